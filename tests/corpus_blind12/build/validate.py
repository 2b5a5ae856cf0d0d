#!/usr/bin/env python3
"""Format check for the corpus_blind12 bundle (SIMULATE.md + the "expect" key).

    /work/main/.venv/bin/python tests/corpus_blind12/build/validate.py [BUNDLE_DIR]

Exit 0 when everything is fine; otherwise every problem is printed as
FILE:LINE: message and the exit status is 1.  stdlib + PyYAML only.
"""
from __future__ import annotations

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
LINE_KEYS = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"]
GROUP_KEYS = {"school", "class", "grade", "platform", "timezone", "quiet_hours",
              "allowed_link_domains", "transcript", "roster"}
HM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
QQNUM = re.compile(r"(qq|扣扣|q号|企鹅)\D{0,4}\d{5,}", re.I)

errors: list[str] = []


def err(where: str, msg: str) -> None:
    errors.append(f"{where}: {msg}")


def check_roster(path: str, gid: str, g: dict) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            doc = yaml.safe_load(fh)
    except Exception as e:  # noqa: BLE001
        err(path, f"cannot read: {e}")
        return {}
    if not isinstance(doc, dict):
        err(path, "not a mapping")
        return {}
    for k in ("group", "school", "class", "roster", "members"):
        if k not in doc:
            err(path, f"missing key {k}")
    if doc.get("group") != gid:
        err(path, f"group is {doc.get('group')!r}, expected {gid!r}")
    for k in ("school", "class"):
        if doc.get(k) != g.get(k):
            err(path, f"{k} differs from groups.yaml")
    roster = doc.get("roster") or {}
    teacher_ids, guardian_ids = set(), set()
    for i, t in enumerate(roster.get("teachers") or []):
        w = f"{path}: teachers[{i}]"
        for k in ("id", "name", "subject", "role"):
            if not isinstance(t.get(k), str) or not t.get(k):
                err(w, f"missing/invalid {k}")
        if t.get("role") not in ("head_teacher", "teacher"):
            err(w, f"bad role {t.get('role')!r}")
        teacher_ids.add(t.get("id"))
    if not any(t.get("role") == "head_teacher" for t in roster.get("teachers") or []):
        err(path, "no head_teacher")
    names = set()
    for i, s in enumerate(roster.get("students") or []):
        w = f"{path}: students[{i}]"
        if not isinstance(s.get("name"), str) or not s.get("name"):
            err(w, "missing name")
        if s.get("name") in names:
            err(w, f"duplicate student {s.get('name')}")
        names.add(s.get("name"))
        gs = s.get("guardians")
        if not isinstance(gs, list) or not gs:
            err(w, "no guardians")
            continue
        for gd in gs:
            if not isinstance(gd.get("id"), str) or not isinstance(gd.get("relation"), str):
                err(w, f"bad guardian {gd}")
            guardian_ids.add(gd.get("id"))
    if roster.get("supervisor") not in guardian_ids:
        err(path, "supervisor is not a rostered guardian")
    members = {}
    for i, m in enumerate(doc.get("members") or []):
        w = f"{path}: members[{i}]"
        if not isinstance(m.get("id"), str) or not isinstance(m.get("display_name"), str):
            err(w, "member needs string id and display_name")
            continue
        if m["id"] in members:
            err(w, f"duplicate member id {m['id']}")
        members[m["id"]] = m
        j = m.get("joined")
        if j is not None:
            if j.get("via") not in ("invite", "qr_code", "link", "search"):
                err(w, f"bad joined.via {j.get('via')!r}")
            if j.get("via") == "invite":
                if j.get("by") not in members and j.get("by") not in teacher_ids | guardian_ids:
                    err(w, f"inviter {j.get('by')!r} is not a member")
                if not isinstance(j.get("approved"), bool):
                    err(w, "invite needs approved: true/false")
        for txt in (m["display_name"],):
            if PHONE.search(txt):
                err(w, "display name holds a real-looking phone number")
    for mid in teacher_ids | guardian_ids:
        if mid not in members:
            err(path, f"rostered id {mid} missing from members")
    return members


def check_transcript(path: str, gid: str, members: dict, seen_ids: set) -> int:
    prev_ts = None
    ids_here = []
    n = 0
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        err(path, f"cannot open: {e}")
        return 0
    with fh:
        for lineno, raw in enumerate(fh, 1):
            w = f"{path}:{lineno}"
            if not raw.strip():
                err(w, "empty line")
                continue
            try:
                r = json.loads(raw)
            except json.JSONDecodeError as e:
                err(w, f"bad JSON: {e}")
                continue
            n += 1
            if list(r.keys()) != LINE_KEYS:
                err(w, f"keys {list(r.keys())} != {LINE_KEYS}")
            want = f"{gid}-{lineno:04d}"
            if r.get("id") != want:
                err(w, f"id {r.get('id')!r}, expected {want!r} (consecutive)")
            if r.get("id") in seen_ids:
                err(w, f"duplicate id {r.get('id')}")
            seen_ids.add(r.get("id"))
            if r.get("group") != gid:
                err(w, f"group {r.get('group')!r} != {gid!r}")
            ts = r.get("ts")
            if not isinstance(ts, str) or not TS.match(ts):
                err(w, f"ts {ts!r} is not ISO-8601 with +08:00")
            else:
                try:
                    t = dt.datetime.fromisoformat(ts)
                    if prev_ts and t <= prev_ts:
                        err(w, "ts not strictly increasing")
                    prev_ts = t
                except ValueError:
                    err(w, f"ts {ts!r} is not a valid time")
            if r.get("sender") not in members:
                err(w, f"sender {r.get('sender')!r} not in roster members")
            if not isinstance(r.get("name"), str) or not r.get("name"):
                err(w, "name must be a non-empty string")
            if not isinstance(r.get("text"), str):
                err(w, "text must be a string")
            if r.get("kind") not in KINDS:
                err(w, f"kind {r.get('kind')!r} not in {sorted(KINDS)}")
            if r.get("kind") == "text" and not (r.get("text") or "").strip():
                err(w, "text message with empty text")
            rt = r.get("reply_to")
            if rt is not None and rt not in ids_here:
                err(w, f"reply_to {rt!r} is not an earlier message of {gid}")
            ex = r.get("expect")
            if not isinstance(ex, list):
                err(w, "expect must be a list")
            else:
                bad = [c for c in ex if c not in CATALOGUE]
                if bad:
                    err(w, f"unknown categories {bad}")
                if len(set(ex)) != len(ex):
                    err(w, f"duplicate categories {ex}")
                idx = [CATALOGUE.index(c) for c in ex if c in CATALOGUE]
                if idx != sorted(idx):
                    err(w, f"expect {ex} not in catalogue order")
            text = r.get("text") or ""
            if PHONE.search(text):
                err(w, "text holds a real-looking phone number")
            if QQNUM.search(text):
                err(w, "text holds a numeric QQ id")
            ids_here.append(r.get("id"))
    return n


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    gpath = os.path.join(root, "groups.yaml")
    try:
        with open(gpath, encoding="utf-8") as fh:
            gdoc = yaml.safe_load(fh)
    except Exception as e:  # noqa: BLE001
        print(f"{gpath}: cannot read: {e}")
        return 1
    groups = (gdoc or {}).get("groups")
    if not isinstance(groups, dict) or not groups:
        err(gpath, "no groups mapping")
        groups = {}
    used_transcripts = set()
    seen_ids: set = set()
    total = 0
    for gid, g in groups.items():
        w = f"{gpath}: {gid}"
        if set(g) != GROUP_KEYS:
            err(w, f"keys {sorted(g)} != {sorted(GROUP_KEYS)}")
        if g.get("platform") not in PLATFORMS:
            err(w, f"platform {g.get('platform')!r}")
        if g.get("timezone") != "Asia/Shanghai":
            err(w, "timezone must be Asia/Shanghai (+08:00 times)")
        if not isinstance(g.get("grade"), int):
            err(w, "grade must be an integer")
        qh = g.get("quiet_hours") or {}
        for k in ("start", "end"):
            if not isinstance(qh.get(k), str) or not HM.match(qh.get(k)):
                err(w, f"quiet_hours.{k} must be HH:MM")
        if not isinstance(g.get("allowed_link_domains"), list):
            err(w, "allowed_link_domains must be a list")
        tpath = os.path.join(root, g.get("transcript", ""))
        rpath = os.path.join(root, g.get("roster", ""))
        if g.get("transcript") != f"transcripts/{gid}.jsonl":
            err(w, "transcript path should be transcripts/<g>.jsonl")
        if g.get("roster") != f"rosters/{gid}.yaml":
            err(w, "roster path should be rosters/<g>.yaml")
        used_transcripts.add(os.path.normpath(tpath))
        members = check_roster(rpath, gid, g)
        total += check_transcript(tpath, gid, members, seen_ids)
    tdir = os.path.join(root, "transcripts")
    if os.path.isdir(tdir):
        for f in os.listdir(tdir):
            p = os.path.normpath(os.path.join(tdir, f))
            if f.endswith(".jsonl") and p not in used_transcripts:
                err(p, "transcript not referenced by groups.yaml")
    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"ok: {len(groups)} groups, {total} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
