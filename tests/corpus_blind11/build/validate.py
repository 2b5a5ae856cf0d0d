#!/usr/bin/env python3
"""Format check for the corpus_blind11 bundle (stdlib + PyYAML).

    /work/main/.venv/bin/python build/validate.py [BUNDLE_DIR]

Checks groups.yaml, rosters/<g>.yaml and transcripts/<g>.jsonl against
SIMULATE.md plus the corpus' `expect` key.  Prints every problem as
`file:line: what` and exits 1 if there is any, 0 otherwise.
"""
import datetime as dt
import json
import os
import re
import sys

import yaml

CATALOGUE = [
    "membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
    "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
    "student_privacy", "private_matter", "quiet_hours", "dispute",
]
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
PLATFORMS = {"wechat", "qq", "matrix"}
KEYS = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"]
GROUP_KEYS = {"school", "class", "grade", "platform", "timezone", "quiet_hours",
              "allowed_link_domains", "transcript", "roster"}
TS_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def check_roster(path, g, cfg):
    try:
        with open(path, encoding="utf-8") as f:
            r = yaml.safe_load(f)
    except Exception as e:  # noqa: BLE001
        bad(path, f"cannot read: {e}")
        return None
    for k in ("group", "school", "class", "roster", "members"):
        if k not in r:
            bad(path, f"missing key {k!r}")
            return None
    if r["group"] != g:
        bad(path, f"group {r['group']!r} != {g!r}")
    if r["school"] != cfg.get("school") or r["class"] != cfg.get("class"):
        bad(path, "school/class differ from groups.yaml")
    ros = r["roster"]
    member_ids = []
    for i, m in enumerate(r["members"]):
        if not isinstance(m, dict) or not isinstance(m.get("id"), str) or not m.get("display_name"):
            bad(path, f"members[{i}] needs string id and display_name")
            continue
        member_ids.append(m["id"])
        j = m.get("joined")
        if j is not None:
            if j.get("via") not in ("invite", "qr_code"):
                bad(path, f"members[{i}] joined.via {j.get('via')!r}")
            if j.get("via") == "invite" and j.get("by") not in member_ids + [x.get("id") for x in r["members"]]:
                bad(path, f"members[{i}] invited by unknown member {j.get('by')!r}")
    if len(set(member_ids)) != len(member_ids):
        bad(path, "duplicate member ids")
    mset = set(member_ids)
    heads = 0
    for t in ros.get("teachers", []):
        if t.get("id") not in mset:
            bad(path, f"teacher {t.get('id')!r} not among members")
        if not t.get("subject") or not t.get("name"):
            bad(path, f"teacher {t.get('id')!r} needs name and subject")
        if t.get("role") not in ("head_teacher", "teacher"):
            bad(path, f"teacher {t.get('id')!r} role {t.get('role')!r}")
        heads += t.get("role") == "head_teacher"
    if heads != 1:
        bad(path, f"{heads} head teachers (want 1)")
    guardians = set()
    for s in ros.get("students", []):
        if not s.get("name") or not s.get("guardians"):
            bad(path, f"student {s!r} needs name and guardians")
            continue
        for gd in s["guardians"]:
            if not gd.get("id") or not gd.get("relation"):
                bad(path, f"guardian of {s['name']} needs id and relation")
            guardians.add(gd.get("id"))
    names = [s.get("name") for s in ros.get("students", [])]
    if len(set(names)) != len(names):
        bad(path, "duplicate student names")
    sup = ros.get("supervisor")
    if sup is not None and sup not in mset:
        bad(path, f"supervisor {sup!r} not among members")
    return mset


def check_transcript(path, g, members, seen_ids):
    prev_ts = None
    ids = []
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        bad(path, f"cannot open: {e}")
        return 0
    n = 0
    with f:
        for lineno, line in enumerate(f, 1):
            where = f"{path}:{lineno}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                bad(where, f"bad JSON: {e}")
                continue
            n += 1
            if list(rec.keys()) != KEYS:
                bad(where, f"keys {list(rec.keys())} != {KEYS}")
                continue
            want = f"{g}-{len(ids) + 1:04d}"
            if rec["id"] != want:
                bad(where, f"id {rec['id']!r}, expected {want!r}")
            if rec["id"] in seen_ids:
                bad(where, f"id {rec['id']!r} used twice")
            seen_ids.add(rec["id"])
            if rec["group"] != g:
                bad(where, f"group {rec['group']!r} != {g!r}")
            if not isinstance(rec["ts"], str) or not TS_RE.match(rec["ts"]):
                bad(where, f"ts {rec['ts']!r} is not YYYY-MM-DDTHH:MM:SS+08:00")
            else:
                t = dt.datetime.fromisoformat(rec["ts"])
                if prev_ts is not None and t <= prev_ts:
                    bad(where, f"ts {rec['ts']} not after the previous message")
                prev_ts = t
            if rec["sender"] not in members:
                bad(where, f"sender {rec['sender']!r} not in roster members")
            if not isinstance(rec["name"], str) or not rec["name"]:
                bad(where, "name must be a non-empty string")
            if not isinstance(rec["text"], str):
                bad(where, "text must be a string")
            if rec["kind"] not in KINDS:
                bad(where, f"kind {rec['kind']!r}")
            if rec["kind"] == "text" and not rec["text"].strip():
                bad(where, "empty text message")
            if rec["reply_to"] is not None and rec["reply_to"] not in ids:
                bad(where, f"reply_to {rec['reply_to']!r} is not an earlier message of {g}")
            exp = rec["expect"]
            if not isinstance(exp, list) or not all(isinstance(c, str) for c in exp):
                bad(where, "expect must be a list of strings")
            else:
                for c in exp:
                    if c not in CATALOGUE:
                        bad(where, f"unknown category {c!r}")
                if len(set(exp)) != len(exp):
                    bad(where, "duplicate category in expect")
                known = [c for c in exp if c in CATALOGUE]
                if known != sorted(known, key=CATALOGUE.index):
                    bad(where, f"expect {exp} not in catalogue order")
            ids.append(rec["id"])
    return n


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    gpath = os.path.join(root, "groups.yaml")
    with open(gpath, encoding="utf-8") as f:
        gy = yaml.safe_load(f)
    if not isinstance(gy, dict) or not isinstance(gy.get("groups"), dict):
        bad(gpath, "top level must be {groups: {...}}")
        return report(0)
    seen_ids = set()
    total = 0
    listed = set()
    for g, cfg in gy["groups"].items():
        where = f"{gpath}:{g}"
        if not re.match(r"^[a-z][a-z0-9_]*$", g):
            bad(where, "group id must be lower-case identifier")
        missing = GROUP_KEYS - set(cfg)
        extra = set(cfg) - GROUP_KEYS
        if missing:
            bad(where, f"missing keys {sorted(missing)}")
            continue
        if extra:
            bad(where, f"unexpected keys {sorted(extra)}")
        if cfg["platform"] not in PLATFORMS:
            bad(where, f"platform {cfg['platform']!r}")
        if cfg["timezone"] != "Asia/Shanghai":
            bad(where, "timezone must be Asia/Shanghai (+08:00 times)")
        qh = cfg["quiet_hours"]
        if not isinstance(qh, dict) or set(qh) != {"start", "end"} or \
                not all(isinstance(v, str) and HHMM.match(v) for v in qh.values()):
            bad(where, f"quiet_hours {qh!r}")
        doms = cfg["allowed_link_domains"]
        if not isinstance(doms, list) or not all(isinstance(d, str) and "." in d and "/" not in d for d in doms):
            bad(where, f"allowed_link_domains {doms!r}")
        if not isinstance(cfg["grade"], int):
            bad(where, "grade must be an integer")
        rpath = os.path.join(root, cfg["roster"])
        tpath = os.path.join(root, cfg["transcript"])
        listed.add(os.path.normpath(tpath))
        members = check_roster(rpath, g, cfg)
        if members is None:
            continue
        total += check_transcript(tpath, g, members, seen_ids)
    tdir = os.path.join(root, "transcripts")
    for fn in sorted(os.listdir(tdir)):
        if fn.endswith(".jsonl") and os.path.normpath(os.path.join(tdir, fn)) not in listed:
            bad(os.path.join(tdir, fn), "transcript not referenced by groups.yaml")
    return report(total, len(gy["groups"]))


def report(total, ngroups=0):
    for p in problems:
        print(p)
    print(f"{ngroups} groups, {total} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
