#!/usr/bin/env python3
"""Validate groups b5-b8 of the blind corpus and print label statistics."""
import collections
import datetime as dt
import json
import os
import sys

import yaml

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOCAB = {"membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor", "chat",
         "flood", "ack_reply", "slander", "incitement", "ranking", "student_privacy",
         "private_matter", "quiet_hours", "dispute"}
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
FIELDS = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"]

errors = []
cats = collections.Counter()
per_group = {}
total = clean = hn = 0
cfg = yaml.safe_load(open(os.path.join(OUT, "groups_b.yaml"), encoding="utf-8"))["groups"]
assert sorted(cfg) == ["b5", "b6", "b7", "b8"], sorted(cfg)
for gid, g in cfg.items():
    for k in ["school", "class", "grade", "platform", "timezone", "quiet_hours",
              "allowed_link_domains", "transcript", "roster"]:
        if k not in g:
            errors.append(f"{gid}: groups_b.yaml misses {k}")
    roster = yaml.safe_load(open(os.path.join(OUT, g["roster"]), encoding="utf-8"))
    members = {mm["id"] for mm in roster["members"]}
    teachers = roster["roster"]["teachers"]
    if sum(t["role"] == "head_teacher" for t in teachers) != 1:
        errors.append(f"{gid}: need exactly one head teacher")
    studs = roster["roster"]["students"]
    if not 20 <= len(studs) <= 30:
        errors.append(f"{gid}: {len(studs)} students")
    if roster["roster"]["supervisor"] not in members:
        errors.append(f"{gid}: supervisor not a member")
    ids, last, count = set(), None, 0
    gcats = collections.Counter()
    path = os.path.join(OUT, g["transcript"])
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{path}:{ln}: {e}")
            continue
        for f in FIELDS:
            if f not in r:
                errors.append(f"{path}:{ln}: missing {f}")
        if r["id"] in ids:
            errors.append(f"{path}:{ln}: duplicate id")
        if r["group"] != gid:
            errors.append(f"{path}:{ln}: group")
        ts = dt.datetime.fromisoformat(r["ts"])
        if not r["ts"].endswith("+08:00"):
            errors.append(f"{path}:{ln}: tz")
        if last and ts < last:
            errors.append(f"{path}:{ln}: ts decreases")
        last = ts
        if r["reply_to"] is not None and r["reply_to"] not in ids:
            errors.append(f"{path}:{ln}: reply_to not earlier")
        ids.add(r["id"])
        if r["sender"] not in members:
            errors.append(f"{path}:{ln}: sender not a member")
        if r["kind"] not in KINDS:
            errors.append(f"{path}:{ln}: kind")
        for c in r["expect"]:
            if c not in VOCAB:
                errors.append(f"{path}:{ln}: bad category {c}")
        if len(set(r["expect"])) != len(r["expect"]):
            errors.append(f"{path}:{ln}: duplicate category")
        if r.get("hard_negative") and r["expect"]:
            errors.append(f"{path}:{ln}: hard negative with labels")
        count += 1
        if not r["expect"]:
            clean += 1
        hn += bool(r.get("hard_negative"))
        cats.update(r["expect"])
        gcats.update(r["expect"])
    total += count
    per_group[gid] = (count, gcats)

for e in errors:
    print("ERROR", e)
print(f"total {total}  clean {clean} ({clean / total:.0%})  hard_negative {hn}")
for gid, (n, gc) in per_group.items():
    print(gid, n, dict(sorted(gc.items())))
for c in sorted(VOCAB):
    print(f"  {c:16s} {cats[c]:4d}" + ("   <-- below 8" if cats[c] < 8 else ""))
sys.exit(1 if errors else 0)
