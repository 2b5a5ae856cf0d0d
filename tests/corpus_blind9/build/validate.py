#!/usr/bin/env python3
"""Format checks for the corpus_blind9 bundle (no label logic).

Checks: groups.yaml and rosters parse and have the keys SIMULATE.md names; every
transcript line is JSON with the required keys and types; ids are unique; times are
ISO-8601 with offset and non-decreasing per group; every sender is in the group's
members; reply_to ids exist earlier in the same group; `expect` uses only RULES.md
categories, without repeats, in catalogue order.
Usage: python validate.py [BUNDLE_DIR]   (default: the folder above build/)
"""
import json
import sys
from datetime import datetime
from pathlib import Path

import yaml

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
PLATFORMS = {"wechat", "qq", "matrix"}
KEYS = {"id": str, "ts": str, "group": str, "sender": str, "name": str, "text": str,
        "kind": str, "expect": list}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    gfile = root / "groups.yaml"
    try:
        groups = yaml.safe_load(gfile.read_text(encoding="utf-8"))["groups"]
    except Exception as e:  # noqa: BLE001
        print(f"{gfile}: cannot read: {e}")
        return 1
    all_ids = set()
    total = 0
    for g, cfg in groups.items():
        where = f"groups.yaml:{g}"
        for k in ("school", "class", "grade", "platform", "timezone", "quiet_hours",
                  "allowed_link_domains", "transcript", "roster"):
            if k not in cfg:
                err(where, f"missing key {k}")
        if cfg.get("platform") not in PLATFORMS:
            err(where, f"bad platform {cfg.get('platform')}")
        qh = cfg.get("quiet_hours") or {}
        for k in ("start", "end"):
            try:
                datetime.strptime(str(qh.get(k)), "%H:%M")
            except ValueError:
                err(where, f"quiet_hours.{k} not HH:MM")
        if not isinstance(cfg.get("allowed_link_domains"), list):
            err(where, "allowed_link_domains not a list")
        rpath = root / cfg.get("roster", "")
        try:
            roster = yaml.safe_load(rpath.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(str(rpath), f"cannot read: {e}")
            continue
        if roster.get("group") != g:
            err(str(rpath), "group key does not match")
        r = roster.get("roster") or {}
        tids = [t.get("id") for t in r.get("teachers", [])]
        for t in r.get("teachers", []):
            for k in ("id", "name", "subject", "role"):
                if k not in t:
                    err(str(rpath), f"teacher missing {k}")
            if t.get("role") not in ("head_teacher", "teacher"):
                err(str(rpath), f"bad teacher role {t.get('role')}")
        gids = []
        for s in r.get("students", []):
            if "name" not in s:
                err(str(rpath), "student without name")
            for gd in s.get("guardians", []):
                if "id" not in gd or "relation" not in gd:
                    err(str(rpath), f"guardian of {s.get('name')} missing id/relation")
                gids.append(gd.get("id"))
        members = {}
        for m in roster.get("members", []):
            if "id" not in m or "display_name" not in m:
                err(str(rpath), f"member missing id/display_name: {m}")
                continue
            if m["id"] in members:
                err(str(rpath), f"duplicate member {m['id']}")
            members[m["id"]] = m
            j = m.get("joined")
            if j is not None:
                if j.get("via") not in ("invite", "qr_code", "link", "search"):
                    err(str(rpath), f"member {m['id']}: bad joined.via")
                if j.get("via") == "invite" and j.get("by") not in members and j.get("by") not in tids + gids:
                    err(str(rpath), f"member {m['id']}: joined.by {j.get('by')} unknown")
        if r.get("supervisor") not in gids:
            err(str(rpath), "supervisor is not a rostered guardian")
        tpath = root / cfg.get("transcript", "")
        seen, last = set(), None
        try:
            lines = tpath.read_text(encoding="utf-8").splitlines()
        except Exception as e:  # noqa: BLE001
            err(str(tpath), f"cannot read: {e}")
            continue
        for no, line in enumerate(lines, 1):
            where = f"{tpath.relative_to(root)}:{no}"
            try:
                m = json.loads(line)
            except json.JSONDecodeError as e:
                err(where, f"bad JSON: {e}")
                continue
            for k, typ in KEYS.items():
                if k not in m:
                    err(where, f"missing key {k}")
                elif not isinstance(m[k], typ):
                    err(where, f"{k} is not {typ.__name__}")
            if "reply_to" not in m:
                err(where, "missing key reply_to")
            if m.get("group") != g:
                err(where, f"group {m.get('group')} != {g}")
            if m.get("kind") not in KINDS:
                err(where, f"bad kind {m.get('kind')}")
            mid = m.get("id")
            if mid in all_ids:
                err(where, f"duplicate id {mid}")
            all_ids.add(mid)
            try:
                ts = datetime.fromisoformat(m.get("ts", ""))
                if ts.utcoffset() is None:
                    err(where, "ts without offset")
                if last and ts < last:
                    err(where, f"ts {m['ts']} earlier than previous")
                last = ts
            except (ValueError, TypeError):
                err(where, f"bad ts {m.get('ts')}")
            if m.get("sender") not in members:
                err(where, f"sender {m.get('sender')} not in members of {g}")
            rt = m.get("reply_to")
            if rt is not None and rt not in seen:
                err(where, f"reply_to {rt} not an earlier id of {g}")
            seen.add(mid)
            ex = m.get("expect", [])
            if isinstance(ex, list):
                bad = [c for c in ex if c not in CATALOGUE]
                if bad:
                    err(where, f"unknown categories {bad}")
                elif len(set(ex)) != len(ex) or ex != sorted(ex, key=CATALOGUE.index):
                    err(where, "expect has repeats or is not in catalogue order")
            total += 1
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        return 1
    print(f"ok: {len(groups)} groups, {total} messages, {len(all_ids)} unique ids")
    return 0


if __name__ == "__main__":
    sys.exit(main())
