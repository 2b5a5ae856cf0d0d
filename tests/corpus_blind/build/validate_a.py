"""Check groups b1-b4 of the blind corpus: format, ordering, references, labels.

Run:  /work/main/.venv/bin/python tests/corpus_blind/build/validate_a.py
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
VOCAB = {
    "membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
    "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
    "student_privacy", "private_matter", "quiet_hours", "dispute",
}
FIELDS = {"id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"}
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
MINE = ["b1", "b2", "b3", "b4"]
HOST = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+(?:cn|com|top|net|org|io|xyz|cc))(?=[/:\s?#]|$)", re.I)

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def norm(text: str) -> str:
    text = re.sub(r"\[[^\[\]]{1,8}\]", "", unicodedata.normalize("NFKC", text)).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def in_window(ts: datetime, start: str, end: str) -> bool:
    hm = ts.strftime("%H:%M")
    return (hm >= start or hm < end) if start > end else (start <= hm < end)


def main() -> None:
    groups = yaml.safe_load((ROOT / "groups_a.yaml").read_text(encoding="utf-8"))["groups"]
    if sorted(groups) != MINE:
        err(f"groups_a.yaml has {sorted(groups)}")
    totals: Counter[str] = Counter()
    n_total = n_clean = n_hard = 0
    for gid in MINE:
        g = groups[gid]
        for key in ("school", "class", "grade", "platform", "timezone", "quiet_hours",
                    "allowed_link_domains", "transcript", "roster"):
            if key not in g:
                err(f"{gid}: missing {key}")
        roster = yaml.safe_load((ROOT / g["roster"]).read_text(encoding="utf-8"))
        r = roster["roster"]
        heads = [t for t in r["teachers"] if t["role"] == "head_teacher"]
        if len(heads) != 1 or not 3 <= len(r["teachers"]) <= 5:
            err(f"{gid}: teachers {len(r['teachers'])}, heads {len(heads)}")
        if not 20 <= len(r["students"]) <= 30:
            err(f"{gid}: {len(r['students'])} students")
        guardians = {x["id"] for s in r["students"] for x in s["guardians"]}
        if r["supervisor"] not in guardians:
            err(f"{gid}: supervisor not a guardian")
        members = {m["id"] for m in roster["members"]}
        if len(members) != len(roster["members"]):
            err(f"{gid}: duplicate member ids")
        allowed = g["allowed_link_domains"]
        start, end = g["quiet_hours"]["start"], g["quiet_hours"]["end"]
        ids: dict[str, int] = {}
        last = None
        run_sender, run_text, run_len = None, None, 0
        counts: Counter[str] = Counter()
        urgent_notice = None
        lines = (ROOT / g["transcript"]).read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            where = f"{g['transcript']}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: {e}")
                continue
            extra = set(row) - FIELDS - {"hard_negative"}
            if FIELDS - set(row) or extra:
                err(f"{where}: fields {sorted(FIELDS - set(row))} missing, {sorted(extra)} extra")
            if row["id"] != f"{gid}-{n:04d}" or row["id"] in ids:
                err(f"{where}: id {row['id']}")
            ids[row["id"]] = n
            ts = datetime.fromisoformat(row["ts"])
            if not row["ts"].endswith("+08:00"):
                err(f"{where}: ts offset")
            if last and ts < last:
                err(f"{where}: ts goes back")
            last = ts
            if row["group"] != gid:
                err(f"{where}: group {row['group']}")
            if row["sender"] not in members:
                err(f"{where}: sender {row['sender']} not in members")
            if row["kind"] not in KINDS:
                err(f"{where}: kind {row['kind']}")
            if row["reply_to"] is not None and row["reply_to"] not in ids or row["reply_to"] == row["id"]:
                err(f"{where}: reply_to {row['reply_to']}")
            exp = row["expect"]
            if not isinstance(exp, list) or set(exp) - VOCAB or len(set(exp)) != len(exp):
                err(f"{where}: expect {exp}")
            if row.get("hard_negative") and exp:
                err(f"{where}: hard negative with labels")
            # quiet hours: only an urgent staff notice and the acks it asked for are exempt
            inside = in_window(ts, start, end)
            if inside and "quiet_hours" not in exp:
                urgent = row["sender"].startswith("t_") and "紧急" in row["text"]
                ack = (urgent_notice is not None and (ts - urgent_notice).total_seconds() < 1800
                       and re.fullmatch(r"(收到|1)(收到)?(，?谢谢)?(\w老师)?", norm(row["text"])))
                if urgent:
                    urgent_notice = ts
                elif not ack:
                    err(f"{where}: in window without quiet_hours: {row['text'][:20]}")
                else:
                    print(f"  exempt ack {row['id']} {row['text']}")
            if not inside and "quiet_hours" in exp:
                err(f"{where}: quiet_hours outside window")
            # flood recomputed from the policy's definition
            t = norm(row["text"])
            if t and row["sender"] == run_sender and t == run_text:
                run_len += 1
            else:
                run_sender, run_text, run_len = row["sender"], t, 1 if t else 0
                if not t:
                    run_sender = None
            if (run_len >= 3) != ("flood" in exp):
                err(f"{where}: flood mismatch (run {run_len})")
            # links: any host not allowed must carry `link`, and vice versa
            hosts = [h.lower() for h in HOST.findall(row["text"])]
            bad = [h for h in hosts if not any(h == d or h.endswith("." + d) for d in allowed)]
            if bool(bad) != ("link" in exp):
                err(f"{where}: link mismatch {hosts}")
            if "chat" in exp and set(exp) & {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}:
                err(f"{where}: chat stacked with a covering category")
            counts.update(exp)
            n_total += 1
            n_clean += not exp
            n_hard += bool(row.get("hard_negative"))
            counts["_in_window"] += inside
        totals.update(counts)
        print(f"{gid}: {len(lines)} messages; in window {counts['_in_window']}")
    print(f"\ntotal {n_total}, clean {n_clean} ({n_clean / n_total:.0%}), hard negatives {n_hard}")
    for cat in sorted(VOCAB, key=lambda c: -totals[c]):
        flag = "" if totals[cat] >= 8 else "   <-- fewer than 8"
        print(f"  {cat:16} {totals[cat]}{flag}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
