#!/usr/bin/env python3
"""Format checker for the corpus_blind14 bundle. Exit 0 = ok."""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
KEYS = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"]
GKEYS = {"school", "class", "grade", "platform", "timezone", "quiet_hours",
         "allowed_link_domains", "transcript", "roster"}
TS_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def phone_like(text):
    t = unicodedata.normalize("NFKC", text)
    if re.search(r"1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}", t):
        return True
    return re.search(r"\d(?:[\s-]?\d){6,}", t) is not None


def main():
    gpath = os.path.join(ROOT, "groups.yaml")
    cfg = yaml.safe_load(open(gpath, encoding="utf-8"))
    if set(cfg) != {"groups"}:
        err("groups.yaml", "top level must be 'groups'")
    used_transcripts = set()
    for g, gc in cfg["groups"].items():
        w = f"groups.yaml:{g}"
        if set(gc) != GKEYS:
            err(w, f"keys {sorted(set(gc) ^ GKEYS)}")
            continue
        if gc["platform"] not in {"wechat", "qq", "matrix"}:
            err(w, "bad platform")
        if gc["timezone"] != "Asia/Shanghai":
            err(w, "timezone")
        q = gc["quiet_hours"]
        if set(q) != {"start", "end"} or not all(HHMM.match(str(q[k])) for k in q):
            err(w, "quiet_hours")
        if not isinstance(gc["allowed_link_domains"], list) or not gc["allowed_link_domains"]:
            err(w, "allowed_link_domains")
        if not isinstance(gc["grade"], int):
            err(w, "grade must be int")
        rpath = os.path.join(ROOT, gc["roster"])
        tpath = os.path.join(ROOT, gc["transcript"])
        used_transcripts.add(os.path.abspath(tpath))
        if not os.path.exists(rpath) or not os.path.exists(tpath):
            err(w, "roster/transcript missing")
            continue
        r = yaml.safe_load(open(rpath, encoding="utf-8"))
        rw = gc["roster"]
        if set(r) != {"group", "school", "class", "roster", "members"}:
            err(rw, "roster keys")
        if r["group"] != g or r["school"] != gc["school"] or r["class"] != gc["class"]:
            err(rw, "group/school/class mismatch")
        ro = r["roster"]
        if set(ro) != {"teachers", "supervisor", "students"}:
            err(rw, "roster.roster keys")
        tids = set()
        for t in ro["teachers"]:
            if set(t) != {"id", "name", "subject", "role"} or t["role"] not in {"head_teacher", "teacher"}:
                err(rw, f"teacher {t}")
            tids.add(t["id"])
        if sum(t["role"] == "head_teacher" for t in ro["teachers"]) != 1:
            err(rw, "exactly one head_teacher")
        gids = set()
        snames = set()
        for s in ro["students"]:
            if set(s) != {"name", "guardians"} or s["name"] in snames:
                err(rw, f"student {s}")
            snames.add(s["name"])
            for gd in s["guardians"]:
                if set(gd) != {"id", "relation"}:
                    err(rw, f"guardian {gd}")
                gids.add(gd["id"])
        if ro["supervisor"] not in gids:
            err(rw, "supervisor is not a guardian")
        mids = {}
        for m in r["members"]:
            if "id" not in m or "display_name" not in m or set(m) - {"id", "display_name", "joined"}:
                err(rw, f"member {m}")
                continue
            if m["id"] in mids:
                err(rw, f"duplicate member {m['id']}")
            mids[m["id"]] = m
            j = m.get("joined")
            if j is not None:
                if j.get("via") not in {"qr_code", "invite"}:
                    err(rw, f"joined {j}")
                if j.get("via") == "invite" and (j.get("by") not in mids and j.get("by") not in
                                                  [x["id"] for x in r["members"]]):
                    err(rw, f"inviter unknown {j}")
        for i in tids | gids:
            if i not in mids:
                err(rw, f"rostered id {i} not in members")
        prev_ts = None
        ids = set()
        n = 0
        for ln, line in enumerate(open(tpath, encoding="utf-8"), 1):
            lw = f"{gc['transcript']}:{ln}"
            try:
                m = json.loads(line)
            except json.JSONDecodeError as e:
                err(lw, f"json {e}")
                continue
            n += 1
            if list(m) != KEYS:
                err(lw, f"keys {list(m)}")
                continue
            if m["id"] != f"{g}-{n:04d}":
                err(lw, f"id {m['id']} out of sequence")
            if m["group"] != g:
                err(lw, "group")
            if not TS_RE.match(m["ts"]):
                err(lw, "ts format")
            else:
                ts = dt.datetime.fromisoformat(m["ts"])
                if prev_ts and ts <= prev_ts:
                    err(lw, "ts not strictly increasing")
                prev_ts = ts
            if m["sender"] not in mids:
                err(lw, f"sender {m['sender']} not a member")
            if not isinstance(m["name"], str) or not m["name"]:
                err(lw, "name")
            if m["kind"] not in KINDS:
                err(lw, "kind")
            if not isinstance(m["text"], str):
                err(lw, "text")
            if m["kind"] == "text" and not m["text"]:
                err(lw, "empty text message")
            if m["reply_to"] is not None and m["reply_to"] not in ids:
                err(lw, "reply_to does not point to an earlier message")
            e = m["expect"]
            if not isinstance(e, list) or any(c not in CATALOGUE for c in e) \
                    or e != [c for c in CATALOGUE if c in e]:
                err(lw, f"expect {e} not catalogue-ordered vocabulary")
            if phone_like(m["text"]) or phone_like(m["name"]):
                err(lw, "real-looking phone number")
            ids.add(m["id"])
        if n == 0:
            err(gc["transcript"], "empty")
    for f in os.listdir(os.path.join(ROOT, "transcripts")):
        if os.path.abspath(os.path.join(ROOT, "transcripts", f)) not in used_transcripts:
            err("transcripts/" + f, "not referenced by groups.yaml")
    for d in ["build/build.py", "build/validate.py", "README.md"]:
        if not os.path.exists(os.path.join(ROOT, d)):
            err(d, "missing")
    srcs = {f[:-4] for f in os.listdir(os.path.join(ROOT, "build", "src")) if f.endswith(".txt")}
    if srcs != set(cfg["groups"]):
        err("build/src", f"sources {sorted(srcs)} != groups {sorted(cfg['groups'])}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
