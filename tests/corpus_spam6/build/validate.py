#!/usr/bin/env python3
"""Format checks for corpus_spam6. Exit 1 with a list of problems, else print stats."""
import json, re, sys, unicodedata, datetime as dt
from collections import Counter
from pathlib import Path
import yaml

BUNDLE = Path(__file__).resolve().parent.parent
CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
             "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
KEYS = {"id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"}
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长"]


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"\[[^\[\]]{1,8}\]", "", s)
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


def main():
    errs = []
    groups = yaml.safe_load((BUNDLE / "groups.yaml").read_text(encoding="utf-8"))["groups"]
    seen_norm = {}
    stats = Counter(); total = pos = 0
    for g, gc in groups.items():
        for k in ("school", "class", "platform", "timezone", "quiet_hours", "allowed_link_domains",
                  "transcript", "roster"):
            if k not in gc:
                errs.append(f"groups.yaml {g}: missing {k}")
        if gc.get("quiet_hours") != {"start": "20:00", "end": "07:00"}:
            errs.append(f"groups.yaml {g}: quiet hours not default")
        ros = yaml.safe_load((BUNDLE / gc["roster"]).read_text(encoding="utf-8"))
        if ros.get("group") != g:
            errs.append(f"{gc['roster']}: group mismatch")
        disp = {m["id"]: m["display_name"] for m in ros["members"]}
        if any("joined" in m for m in ros["members"]):
            errs.append(f"{gc['roster']}: a member has a join record")
        children = {}
        names = []
        for s in ros["roster"]["students"]:
            names.append(s["name"])
            for gd in s["guardians"]:
                children.setdefault(gd["id"], []).append((s["name"], gd["relation"]))
        teacher_ids = {t["id"] for t in ros["roster"]["teachers"]}
        if ros["roster"]["supervisor"] not in children:
            errs.append(f"{gc['roster']}: supervisor not a guardian")
        # pupil names: full names and given names (name minus a 1- or 2-char surname)
        forbidden = set(names)
        for n in names:
            forbidden.add(n[1:]) if len(n) == 3 else forbidden.update({n[2:]} if len(n) == 4 else set())
        prev_ts, ids = None, []
        path = BUNDLE / gc["transcript"]
        if not path.exists():
            errs.append(f"{gc['transcript']}: missing"); continue
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gc['transcript']}:{ln}"
            try:
                o = json.loads(line)
            except Exception as e:
                errs.append(f"{where}: bad json {e}"); continue
            if set(o) != KEYS:
                errs.append(f"{where}: keys {sorted(set(o) ^ KEYS)}")
                continue
            total += 1
            if o["group"] != g:
                errs.append(f"{where}: group {o['group']}")
            if o["id"] != f"{g}-{ln:04d}":
                errs.append(f"{where}: id {o['id']}")
            m = re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", o["ts"])
            if not m:
                errs.append(f"{where}: ts format {o['ts']}")
            else:
                t = dt.datetime.fromisoformat(o["ts"])
                if prev_ts and t <= prev_ts:
                    errs.append(f"{where}: ts not increasing")
                prev_ts = t
                if not (9 <= t.hour <= 17):
                    errs.append(f"{where}: ts outside 09:00-17:59")
            if o["reply_to"] is not None and o["reply_to"] not in ids:
                errs.append(f"{where}: reply_to {o['reply_to']} not an earlier message of {g}")
            ids.append(o["id"])
            if o["sender"] in teacher_ids or o["sender"] not in children:
                errs.append(f"{where}: sender {o['sender']} is not a rostered guardian")
            elif o["name"] != disp.get(o["sender"]):
                errs.append(f"{where}: name {o['name']} != roster display name")
            else:
                ok = any(o["name"].startswith(c + r) and r in RELATIONS for c, r in children[o["sender"]])
                if not ok:
                    errs.append(f"{where}: display name {o['name']} not <pupil><relation>")
            if o["kind"] not in KINDS:
                errs.append(f"{where}: kind {o['kind']}")
            if not isinstance(o["text"], str) or not o["text"].strip():
                errs.append(f"{where}: empty text")
            ex = o["expect"]
            if not isinstance(ex, list) or any(c not in CATALOGUE for c in ex):
                errs.append(f"{where}: bad expect {ex}")
            elif ex != sorted(set(ex), key=CATALOGUE.index):
                errs.append(f"{where}: expect not in catalogue order / duplicated {ex}")
            for c in ("membership", "nickname", "invite", "flood", "quiet_hours",
                      "ranking", "student_privacy", "ack_reply"):
                if c in ex:
                    errs.append(f"{where}: {c} is out of scope for this corpus")
            if "chat" in ex and set(ex) & {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}:
                errs.append(f"{where}: chat stacked with a covering category {ex}")
            for n in forbidden:
                if n and n in o["text"]:
                    errs.append(f"{where}: pupil name {n!r} in text")
            nt = norm(o["text"])
            if not nt:
                errs.append(f"{where}: text normalises to nothing")
            elif nt in seen_norm:
                errs.append(f"{where}: duplicate of {seen_norm[nt]}")
            else:
                seen_norm[nt] = where
            if ex:
                pos += 1
            for c in ex:
                stats[c] += 1
            if not ex:
                stats["(clean)"] += 1
    if errs:
        print("\n".join(errs)); print(f"{len(errs)} problem(s)"); sys.exit(1)
    print(f"messages: {total}  positive: {pos} ({pos / total:.1%})")
    for c in CATALOGUE + ["(clean)"]:
        if stats[c]:
            print(f"  {c:16s} {stats[c]}")


if __name__ == "__main__":
    main()
