"""Format checks for the corpus_spam5 bundle (run after build.py).

    /work/main/.venv/bin/python tests/corpus_spam5/build/validate.py

Checks the SIMULATE.md layout and the promises this corpus makes so that only content
categories can apply: six groups t1..t6 over wechat/qq/matrix; every sender a rostered
guardian named <pupil full name><relation>; teachers on the roster but silent; no
`joined` records; every message between 09:00 and 17:59 local time; time order per
group; `expect` in catalogue order with no structural category; no two texts equal
after normalisation; a `link` label exactly where a host off the allow-list appears.
Prints counts per family and per label. Exit 1 on any failure.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from lib import CATALOGUE, foreign_hosts, normalise  # noqa: E402

KEYS = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect", "family"]
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
RELATIONS = ("爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长")
STRUCTURAL = {"membership", "nickname", "invite", "flood", "ack_reply", "quiet_hours"}
CONTEXT_ONLY = {"ranking", "student_privacy", "private_matter"}


def main() -> int:
    errs: list[str] = []

    def err(msg: str) -> None:
        errs.append(msg)

    groups = yaml.safe_load((ROOT / "groups.yaml").read_text(encoding="utf-8"))["groups"]
    if sorted(groups) != [f"t{i}" for i in range(1, 7)]:
        err(f"groups.yaml: expected t1..t6, got {sorted(groups)}")
    plats = {g["platform"] for g in groups.values()}
    if plats != {"wechat", "qq", "matrix"}:
        err(f"groups.yaml: platforms {plats}, want wechat, qq and matrix")

    seen_norm: dict[str, str] = {}
    fam_counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    label_counts: collections.Counter = collections.Counter()
    combo_counts: collections.Counter = collections.Counter()
    total = positives = 0
    ids: set[str] = set()
    for gid, g in sorted(groups.items()):
        for key in ("school", "class", "grade", "platform", "timezone", "quiet_hours",
                    "allowed_link_domains", "transcript", "roster"):
            if key not in g:
                err(f"groups.yaml: {gid}.{key} missing")
        tz = ZoneInfo(g["timezone"])
        roster_path = ROOT / g["roster"]
        r = yaml.safe_load(roster_path.read_text(encoding="utf-8"))
        if r.get("group") != gid:
            err(f"{roster_path.name}: group is {r.get('group')}")
        teachers = {t["id"]: t for t in r["roster"]["teachers"]}
        for t in teachers.values():
            if not t.get("subject") or t.get("role") not in ("head_teacher", "teacher"):
                err(f"{roster_path.name}: teacher {t['id']} lacks subject or role")
        guardian_of: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
        for s in r["roster"]["students"]:
            for gu in s["guardians"]:
                guardian_of[gu["id"]].append((s["name"], gu["relation"]))
        if r["roster"].get("supervisor") not in guardian_of:
            err(f"{roster_path.name}: supervisor is not a guardian")
        members = {}
        if len({m["id"] for m in r["members"]}) != len(r["members"]):
            err(f"{roster_path.name}: member ids repeat")
        for m in r["members"]:
            if "joined" in m:
                err(f"{roster_path.name}: member {m['id']} has a joined record")
            members[m["id"]] = m["display_name"]
        for tid, t in teachers.items():
            dn = members.get(tid, "")
            if t["subject"] not in dn:
                err(f"{roster_path.name}: teacher {tid} display name {dn!r} lacks the subject")
        for pid, kids in guardian_of.items():
            dn = members.get(pid)
            if dn is None:
                err(f"{roster_path.name}: guardian {pid} not among members")
            elif dn not in {k + rel for k, rel in kids}:
                err(f"{roster_path.name}: guardian {pid} display name {dn!r} is not <pupil><relation>")
        pupils = {s["name"] for s in r["roster"]["students"]}
        given = collections.Counter(p[1:] for p in pupils)
        # a given name unique in the class identifies a pupil too (LABELS.md student_privacy)
        pupils |= {gn for gn, k in given.items() if k == 1}

        prev_ts = None
        group_ids: set[str] = set()
        path = ROOT / g["transcript"]
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            try:
                m = json.loads(raw)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON: {e}")
                continue
            if list(m) != KEYS:
                err(f"{where}: keys {list(m)} != {KEYS}")
                continue
            total += 1
            if m["id"] in ids:
                err(f"{where}: duplicate id {m['id']}")
            ids.add(m["id"])
            if not m["id"].startswith(gid + "-") or m["group"] != gid:
                err(f"{where}: id/group do not match {gid}")
            ts = dt.datetime.fromisoformat(m["ts"])
            if ts.tzinfo is None:
                err(f"{where}: timestamp without offset")
            local = ts.astimezone(tz)
            if not (dt.time(9, 0) <= local.time() <= dt.time(17, 59, 59)):
                err(f"{where}: local time {local.time()} outside 09:00-17:59")
            if prev_ts and ts < prev_ts:
                err(f"{where}: out of time order")
            prev_ts = ts
            if m["sender"] in teachers:
                err(f"{where}: a teacher posts")
            if m["sender"] not in guardian_of:
                err(f"{where}: sender {m['sender']} is not a rostered guardian")
            elif m["name"] != members.get(m["sender"]):
                err(f"{where}: name {m['name']!r} differs from the member's display name")
            elif not m["name"].endswith(RELATIONS):
                err(f"{where}: name {m['name']!r} lacks a relation word")
            if m["kind"] not in KINDS:
                err(f"{where}: kind {m['kind']}")
            if m["reply_to"] is not None and m["reply_to"] not in group_ids:
                err(f"{where}: reply_to {m['reply_to']} is not an earlier message of {gid}")
            group_ids.add(m["id"])
            exp = m["expect"]
            if not isinstance(exp, list) or len(set(exp)) != len(exp):
                err(f"{where}: expect must be a list without repeats")
                continue
            if any(c not in CATALOGUE for c in exp):
                err(f"{where}: unknown category in {exp}")
            elif exp != sorted(exp, key=CATALOGUE.index):
                err(f"{where}: expect not in catalogue order: {exp}")
            if set(exp) & (STRUCTURAL | CONTEXT_ONLY):
                err(f"{where}: structural or pupil-context category in {exp}")
            if "chat" in exp and set(exp) & {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}:
                err(f"{where}: chat stacked on a content category")
            if not isinstance(m["family"], str) or not m["family"]:
                err(f"{where}: family missing")
            if not isinstance(m["text"], str) or not m["text"].strip():
                err(f"{where}: empty text")
                continue
            key = normalise(m["text"])
            if not key:
                err(f"{where}: text normalises to nothing")
            elif key in seen_norm:
                err(f"{where}: same normalised text as {seen_norm[key]}")
            seen_norm[key] = m["id"]
            hosts = foreign_hosts(m["text"], g["allowed_link_domains"])
            if bool(hosts) != ("link" in exp):
                err(f"{where}: link label {'link' in exp} but foreign hosts {sorted(hosts)}")
            for p in pupils:
                if p in m["text"]:
                    err(f"{where}: names pupil {p}")
            harmful = [c for c in exp if c != "chat"]
            positives += bool(harmful)
            fam_counts[m["family"]][tuple(exp)] += 1
            for c in exp:
                label_counts[c] += 1
            combo_counts["+".join(exp) or "(clean)"] += 1

    if total < 1100:
        err(f"only {total} messages, want at least 1100")
    share = positives / total if total else 0
    if not 0.50 <= share <= 0.60:
        err(f"positive share {share:.1%} outside 50-60%")

    print(f"messages: {total}; positives (any label but chat): {positives} ({share:.1%}); "
          f"negatives (clean or chat only): {total - positives}")
    print("\nper family (messages; label sets):")
    for fam in sorted(fam_counts, key=lambda f: -sum(fam_counts[f].values())):
        c = fam_counts[fam]
        sets = ", ".join(f"{'+'.join(k) or 'clean'}×{v}" for k, v in c.most_common())
        print(f"  {fam:24s} {sum(c.values()):4d}  {sets}")
    print("\nper label (messages carrying it):")
    for c in CATALOGUE:
        if label_counts[c]:
            print(f"  {c:12s} {label_counts[c]:4d}")
    print("\nlabel sets:")
    for k, v in combo_counts.most_common():
        print(f"  {k:28s} {v:4d}")
    if errs:
        print("\n" + "\n".join(errs), file=sys.stderr)
        print(f"\nFAILED: {len(errs)} problems", file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
