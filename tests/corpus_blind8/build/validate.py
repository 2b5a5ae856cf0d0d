#!/usr/bin/env python3
"""Format checks for the corpus_blind8 bundle (no labelling judgement here).

Checks: groups.yaml and rosters parse and have the keys SIMULATE.md names; every
transcript line is JSON with the required keys and types; ids are unique; each line's
group matches its file; timestamps parse, carry an offset and are in time order per
group; every sender is a member of the group (members lists everyone, including those
who joined later with a `joined` record); reply_to ids exist earlier in the same group;
`expect` uses only RULES.md categories, without duplicates, in catalogue order.
Exit 0 when everything passes, 1 otherwise (every problem is printed with file:line).
"""
import datetime as dt
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
             "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
GROUP_KEYS = {"school", "class", "grade", "platform", "timezone", "quiet_hours",
              "allowed_link_domains", "transcript", "roster"}
LINE_KEYS = {"id": str, "ts": str, "group": str, "sender": str, "name": str, "text": str,
             "kind": str}
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
PLATFORMS = {"wechat", "qq", "matrix"}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def hhmm(v):
    try:
        dt.time.fromisoformat(v)
        return len(v) == 5
    except (TypeError, ValueError):
        return False


def main():
    try:
        gy = yaml.safe_load((ROOT / "groups.yaml").read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        sys.exit(f"groups.yaml: cannot parse: {e}")
    groups = gy.get("groups") if isinstance(gy, dict) else None
    if not isinstance(groups, dict) or not groups:
        sys.exit("groups.yaml: no 'groups' mapping")
    seen_ids = set()
    total = 0
    for g, cfg in groups.items():
        where = f"groups.yaml:{g}"
        missing = GROUP_KEYS - set(cfg)
        if missing:
            err(where, f"missing keys {sorted(missing)}")
            continue
        if cfg["platform"] not in PLATFORMS:
            err(where, f"platform {cfg['platform']!r}")
        if not isinstance(cfg["grade"], int):
            err(where, "grade is not an integer")
        qh = cfg["quiet_hours"]
        if not (isinstance(qh, dict) and hhmm(qh.get("start")) and hhmm(qh.get("end"))):
            err(where, "quiet_hours needs start/end as HH:MM")
        if not isinstance(cfg["allowed_link_domains"], list):
            err(where, "allowed_link_domains is not a list")
        # roster
        rpath = ROOT / cfg["roster"]
        try:
            ro = yaml.safe_load(rpath.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(str(rpath.relative_to(ROOT)), f"cannot parse: {e}")
            continue
        rw = str(rpath.relative_to(ROOT))
        if ro.get("group") != g:
            err(rw, f"group is {ro.get('group')!r}, expected {g!r}")
        for k in ("school", "class"):
            if ro.get(k) != cfg[k]:
                err(rw, f"{k} differs from groups.yaml")
        roster = ro.get("roster") or {}
        teachers = roster.get("teachers") or []
        for t in teachers:
            if not {"id", "name", "subject", "role"} <= set(t):
                err(rw, f"teacher entry {t} lacks id/name/subject/role")
            elif t["role"] not in ("head_teacher", "teacher"):
                err(rw, f"teacher {t['id']} role {t['role']!r}")
        if sum(1 for t in teachers if t.get("role") == "head_teacher") != 1:
            err(rw, "expected exactly one head_teacher")
        members = {}
        for m in ro.get("members") or []:
            if not {"id", "display_name"} <= set(m):
                err(rw, f"member entry {m} lacks id/display_name")
                continue
            if m["id"] in members:
                err(rw, f"member {m['id']} listed twice")
            members[m["id"]] = m
            j = m.get("joined")
            if j is not None:
                if j.get("via") not in ("qr_code", "invite"):
                    err(rw, f"member {m['id']} joined.via {j.get('via')!r}")
                if j.get("via") == "invite" and j.get("by") not in members and \
                        j.get("by") not in {x.get("id") for x in ro.get("members") or []}:
                    err(rw, f"member {m['id']} invited by unknown {j.get('by')!r}")
        for t in teachers:
            if t.get("id") not in members:
                err(rw, f"teacher {t.get('id')} is not a member")
        sup = roster.get("supervisor")
        if sup is not None and sup not in members:
            err(rw, f"supervisor {sup} is not a member")
        for s in roster.get("students") or []:
            if "name" not in s or not isinstance(s.get("guardians"), list):
                err(rw, f"student entry {s} lacks name/guardians")
                continue
            for gd in s["guardians"]:
                if not {"id", "relation"} <= set(gd):
                    err(rw, f"guardian entry {gd} of {s['name']} lacks id/relation")
        # transcript
        tpath = ROOT / cfg["transcript"]
        tw = str(tpath.relative_to(ROOT))
        if not tpath.exists():
            err(tw, "missing")
            continue
        prev_ts = None
        group_ids = set()
        for no, line in enumerate(tpath.read_text(encoding="utf-8").splitlines(), 1):
            w = f"{tw}:{no}"
            if not line.strip():
                err(w, "empty line")
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(w, f"bad JSON: {e}")
                continue
            total += 1
            for k, typ in LINE_KEYS.items():
                if not isinstance(r.get(k), typ):
                    err(w, f"key {k!r} missing or not {typ.__name__}")
            if "reply_to" not in r or not (r["reply_to"] is None or isinstance(r["reply_to"], str)):
                err(w, "reply_to missing or not null/string")
            if not isinstance(r.get("expect"), list):
                err(w, "expect missing or not a list")
            else:
                bad = [c for c in r["expect"] if c not in CATALOGUE]
                if bad:
                    err(w, f"unknown categories {bad}")
                elif len(set(r["expect"])) != len(r["expect"]):
                    err(w, "duplicate categories")
                elif r["expect"] != sorted(r["expect"], key=CATALOGUE.index):
                    err(w, "categories not in catalogue order")
            if r.get("kind") not in KINDS:
                err(w, f"kind {r.get('kind')!r}")
            if r.get("group") != g:
                err(w, f"group {r.get('group')!r} in the transcript of {g}")
            rid = r.get("id")
            if rid in seen_ids:
                err(w, f"duplicate id {rid}")
            seen_ids.add(rid)
            try:
                ts = dt.datetime.fromisoformat(r.get("ts", ""))
                if ts.tzinfo is None:
                    err(w, "ts has no UTC offset")
                elif prev_ts and ts < prev_ts:
                    err(w, "ts earlier than the previous message of the group")
                else:
                    prev_ts = ts
            except (TypeError, ValueError):
                err(w, f"bad ts {r.get('ts')!r}")
            if r.get("sender") not in members:
                err(w, f"sender {r.get('sender')!r} is not a member of {g}")
            if r.get("reply_to") is not None and r["reply_to"] not in group_ids:
                err(w, f"reply_to {r['reply_to']} is not an earlier message of {g}")
            group_ids.add(rid)
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(groups)} groups, {total} messages")


if __name__ == "__main__":
    main()
