#!/usr/bin/env python3
"""Format checks for the corpus_blind10 bundle (stdlib + PyYAML). Exit 1 on any error.

Checks: groups.yaml fields and file references; roster structure; transcript keys,
ids (group-NNNN, consecutive, unique), group field, +08:00 timestamps strictly
increasing per group, reply_to naming an earlier message of the same group, senders in
the roster's member list, kind vocabulary, expect categories valid, unique and in
catalogue order. Warnings (not errors): URL-looking text vs the `link` label.
"""
import datetime as dt
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
KEYS = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"]
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
GROUP_KEYS = ["school", "class", "grade", "platform", "timezone", "quiet_hours",
              "allowed_link_domains", "transcript", "roster"]
URL = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/\S*)?", re.I)
errors, warnings = [], []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def main():
    gdoc = yaml.safe_load(open(os.path.join(ROOT, "groups.yaml"), encoding="utf-8"))
    total = 0
    for g, cfg in gdoc["groups"].items():
        where = f"groups.yaml:{g}"
        for k in GROUP_KEYS:
            if k not in cfg:
                err(where, f"missing {k}")
        if cfg.get("platform") not in ("wechat", "qq", "matrix"):
            err(where, "bad platform")
        qh = cfg.get("quiet_hours", {})
        for k in ("start", "end"):
            if not re.fullmatch(r"\d{2}:\d{2}", str(qh.get(k, ""))):
                err(where, f"bad quiet_hours.{k}")
        rpath = os.path.join(ROOT, cfg["roster"])
        tpath = os.path.join(ROOT, cfg["transcript"])
        if not os.path.exists(rpath) or not os.path.exists(tpath):
            err(where, "missing roster or transcript file")
            continue
        ro = yaml.safe_load(open(rpath, encoding="utf-8"))
        if ro.get("group") != g:
            err(cfg["roster"], "group mismatch")
        members = {}
        for m in ro["members"]:
            if m["id"] in members:
                err(cfg["roster"], f"duplicate member {m['id']}")
            if not isinstance(m["id"], str):
                err(cfg["roster"], f"member id not a string: {m['id']}")
            members[m["id"]] = m
        teachers = {t["id"] for t in ro["roster"]["teachers"]}
        guardians = {x["id"] for s in ro["roster"]["students"] for x in s["guardians"]}
        for t in ro["roster"]["teachers"]:
            if t.get("role") not in ("head_teacher", "teacher") or not t.get("subject"):
                err(cfg["roster"], f"bad teacher {t}")
        for pid in teachers | guardians:
            if pid not in members:
                err(cfg["roster"], f"rostered {pid} not in members")
        if ro["roster"].get("supervisor") not in guardians:
            err(cfg["roster"], "supervisor is not a rostered guardian")
        names = [s["name"] for s in ro["roster"]["students"]]
        if len(names) != len(set(names)):
            err(cfg["roster"], "duplicate pupil names")
        allowed = [d.lower() for d in cfg["allowed_link_domains"]]
        seen, prev = set(), None
        for n, line in enumerate(open(tpath, encoding="utf-8"), 1):
            where = f"{cfg['transcript']}:{n}"
            try:
                r = json.loads(line)
            except ValueError as e:
                err(where, f"bad json {e}")
                continue
            total += 1
            if list(r.keys()) != KEYS:
                err(where, f"keys {list(r.keys())}")
            if r.get("id") != f"{g}-{n:04d}" or r["id"] in seen:
                err(where, f"bad id {r.get('id')}")
            seen.add(r["id"])
            if r["group"] != g:
                err(where, "group mismatch")
            if not r["ts"].endswith("+08:00"):
                err(where, "timestamp not +08:00")
            ts = dt.datetime.fromisoformat(r["ts"])
            if prev and ts <= prev:
                err(where, "timestamp not strictly increasing")
            prev = ts
            if r["reply_to"] is not None and r["reply_to"] not in seen - {r["id"]}:
                err(where, f"reply_to {r['reply_to']} is not an earlier message of {g}")
            if r["sender"] not in members:
                err(where, f"sender {r['sender']} not in roster members")
            if not isinstance(r["name"], str) or not r["name"]:
                err(where, "empty name")
            if r["kind"] not in KINDS:
                err(where, f"bad kind {r['kind']}")
            if not isinstance(r["text"], str):
                err(where, "text not a string")
            exp = r["expect"]
            if not isinstance(exp, list) or any(c not in CATALOGUE for c in exp):
                err(where, f"bad expect {exp}")
            elif exp != sorted(set(exp), key=CATALOGUE.index):
                err(where, f"expect not unique/in catalogue order {exp}")
            hosts = [h.lower() for h in URL.findall(r["text"])]
            bad = [h for h in hosts if not any(h == d or h.endswith("." + d) for d in allowed)
                   and not re.fullmatch(r"[\d.]+", h)]
            if bad and "link" not in exp:
                warnings.append(f"{where}: host {bad} outside allowlist but no link label")
            if "link" in exp and not bad:
                warnings.append(f"{where}: link label without a plain URL (disguised?)")
    for w in warnings:
        print("warning", w)
    for e in errors:
        print("ERROR", e)
    print(f"{total} messages checked, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
