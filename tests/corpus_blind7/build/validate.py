#!/usr/bin/env python3
"""Format checks for the corpus_blind7 bundle (plain json + yaml, no project code).

    .venv/bin/python build/validate.py [BUNDLE_DIR]

Checks the layout described in ../shared/SIMULATE.md plus the gold `expect` field:
groups.yaml keys, roster structure, unique message ids, ISO time stamps with +08:00
that never go backwards within a group, reply_to pointing to an earlier message of
the same group, senders that are members, kinds, and `expect` lists that use only the
RULES.md category vocabulary. Exits non-zero and names file:line on the first errors.
"""
import datetime as dt
import json
import os
import re
import sys

import yaml

CATEGORIES = {"membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
              "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
              "student_privacy", "private_matter", "quiet_hours", "dispute"}
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
PLATFORMS = {"wechat", "qq", "matrix"}
ROLES = {"head_teacher", "teacher"}
KEYS = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"]
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def main(bundle):
    gpath = os.path.join(bundle, "groups.yaml")
    with open(gpath, encoding="utf-8") as f:
        groups = yaml.safe_load(f)
    if not isinstance(groups, dict) or not isinstance(groups.get("groups"), dict):
        err(gpath, "top level must be a mapping with a 'groups' mapping")
        return
    total = 0
    for g, cfg in groups["groups"].items():
        where = "%s [%s]" % (gpath, g)
        for k in ["school", "class", "grade", "platform", "timezone", "quiet_hours",
                  "allowed_link_domains", "transcript", "roster"]:
            if k not in cfg:
                err(where, "missing key %r" % k)
        if cfg.get("platform") not in PLATFORMS:
            err(where, "platform must be one of %s" % sorted(PLATFORMS))
        if not isinstance(cfg.get("grade"), int):
            err(where, "grade must be an integer")
        qh = cfg.get("quiet_hours") or {}
        for k in ("start", "end"):
            if not isinstance(qh.get(k), str) or not HHMM.match(qh.get(k, "")):
                err(where, "quiet_hours.%s must be a quoted HH:MM string" % k)
        doms = cfg.get("allowed_link_domains")
        if not isinstance(doms, list) or not all(isinstance(d, str) and d for d in doms):
            err(where, "allowed_link_domains must be a list of domain strings")
        rpath = os.path.join(bundle, cfg.get("roster", ""))
        tpath = os.path.join(bundle, cfg.get("transcript", ""))
        if not os.path.isfile(rpath):
            err(where, "roster file %s not found" % rpath)
            continue
        if not os.path.isfile(tpath):
            err(where, "transcript file %s not found" % tpath)
            continue
        members = check_roster(g, rpath)
        total += check_transcript(g, tpath, members)
    if not errors:
        print("OK: %d groups, %d messages" % (len(groups["groups"]), total))


def check_roster(g, rpath):
    with open(rpath, encoding="utf-8") as f:
        r = yaml.safe_load(f)
    if r.get("group") != g:
        err(rpath, "group must be %r" % g)
    ro = r.get("roster") or {}
    mem = r.get("members")
    if not isinstance(mem, list) or not mem:
        err(rpath, "members must be a non-empty list")
        return set()
    ids = []
    for i, m in enumerate(mem):
        if not isinstance(m, dict) or not isinstance(m.get("id"), str) or not m.get("display_name"):
            err(rpath, "members[%d] needs string id and display_name" % i)
            continue
        ids.append(m["id"])
    idset = set(ids)
    if len(idset) != len(ids):
        err(rpath, "duplicate member ids")
    for i, m in enumerate(mem):
        j = m.get("joined")
        if j is None:
            continue
        if j.get("via") not in ("invite", "qr_code", "link"):
            err(rpath, "members[%d].joined.via must be invite, qr_code or link" % i)
        if j.get("via") == "invite":
            if j.get("by") not in idset:
                err(rpath, "members[%d].joined.by must be a member id" % i)
            if not isinstance(j.get("approved"), bool):
                err(rpath, "members[%d].joined.approved must be true/false" % i)
    heads = 0
    for t in ro.get("teachers") or []:
        for k in ("id", "name", "subject", "role"):
            if not t.get(k):
                err(rpath, "teacher %r lacks %s" % (t, k))
        if t.get("role") not in ROLES:
            err(rpath, "teacher %s role must be head_teacher or teacher" % t.get("id"))
        heads += t.get("role") == "head_teacher"
        if t.get("id") not in idset:
            err(rpath, "teacher %s is not in members" % t.get("id"))
    if heads != 1:
        err(rpath, "exactly one head_teacher expected, found %d" % heads)
    gids = set()
    for s in ro.get("students") or []:
        if not s.get("name") or not isinstance(s.get("guardians"), list):
            err(rpath, "student %r needs name and guardians list" % s)
            continue
        for gd in s["guardians"]:
            if not gd.get("id") or not gd.get("relation"):
                err(rpath, "guardian of %s needs id and relation" % s["name"])
            gids.add(gd.get("id"))
            if gd.get("id") not in idset:
                err(rpath, "guardian %s is not in members" % gd.get("id"))
    if ro.get("supervisor") not in gids:
        err(rpath, "supervisor must be a rostered guardian")
    return idset


def check_transcript(g, tpath, members):
    seen = set()
    prev = None
    n = 0
    with open(tpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            where = "%s:%d" % (tpath, ln)
            if not line.strip():
                err(where, "blank line")
                continue
            try:
                m = json.loads(line)
            except json.JSONDecodeError as e:
                err(where, "invalid JSON: %s" % e)
                continue
            n += 1
            for k in KEYS:
                if k not in m:
                    err(where, "missing key %r" % k)
            mid = m.get("id")
            if not isinstance(mid, str) or not re.fullmatch(r"%s-\d{4}" % re.escape(g), mid):
                err(where, "id %r must look like %s-0001" % (mid, g))
            if mid in seen:
                err(where, "duplicate id %r" % mid)
            if m.get("group") != g:
                err(where, "group must be %r" % g)
            ts = m.get("ts")
            try:
                t = dt.datetime.fromisoformat(ts)
                if not ts.endswith("+08:00"):
                    err(where, "ts must carry +08:00")
                if prev and t < prev:
                    err(where, "ts goes backwards")
                prev = t
            except (TypeError, ValueError):
                err(where, "ts %r is not ISO 8601" % ts)
            if m.get("sender") not in members:
                err(where, "sender %r is not a member" % m.get("sender"))
            if not isinstance(m.get("name"), str) or not m.get("name"):
                err(where, "name must be a non-empty string")
            if not isinstance(m.get("text"), str):
                err(where, "text must be a string")
            if m.get("kind") not in KINDS:
                err(where, "kind %r not in %s" % (m.get("kind"), sorted(KINDS)))
            rt = m.get("reply_to")
            if rt is not None and rt not in seen:
                err(where, "reply_to %r is not an earlier id of this group" % rt)
            ex = m.get("expect")
            if not isinstance(ex, list):
                err(where, "expect must be a list")
            else:
                bad = [c for c in ex if c not in CATEGORIES]
                if bad:
                    err(where, "unknown categories %s" % bad)
                if len(set(ex)) != len(ex):
                    err(where, "duplicate categories in expect")
            seen.add(mid)
    return n


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    bundle = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(here)
    main(bundle)
    if errors:
        print("\n".join(errors[:50]))
        print("%d error(s)" % len(errors))
        sys.exit(1)
