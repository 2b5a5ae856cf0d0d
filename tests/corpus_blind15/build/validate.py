#!/usr/bin/env python3
"""Format checker for the corpus_blind15 bundle. Exit 0 = ok."""
import json, re, sys, datetime
from pathlib import Path
import yaml
ROOT = Path(__file__).resolve().parent.parent
CAT = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor", "chat", "flood",
       "ack_reply", "slander", "incitement", "ranking", "student_privacy", "private_matter", "quiet_hours", "dispute"]
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
KEYS = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"]
GKEYS = {"school", "class", "grade", "platform", "timezone", "quiet_hours", "allowed_link_domains", "transcript", "roster"}
PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")
errs = []
def err(m): errs.append(m)
g = yaml.safe_load(open(ROOT / "groups.yaml", encoding="utf-8"))
if set(g) != {"groups"}: err("groups.yaml: top key must be groups")
for gid, c in g["groups"].items():
    if set(c) != GKEYS: err(f"groups.yaml {gid}: keys {sorted(set(c) ^ GKEYS)}")
    if c["platform"] not in ("wechat", "qq", "matrix"): err(f"{gid}: platform")
    if c["timezone"] != "Asia/Shanghai": err(f"{gid}: timezone")
    if not all(re.match(r"^\d\d:\d\d$", c["quiet_hours"][k]) for k in ("start", "end")): err(f"{gid}: quiet_hours")
    r = yaml.safe_load(open(ROOT / c["roster"], encoding="utf-8"))
    if set(r) != {"group", "school", "class", "roster", "members"} or r["group"] != gid: err(f"{c['roster']}: keys/group")
    ro = r["roster"]
    tids = {t["id"] for t in ro["teachers"]}
    for t in ro["teachers"]:
        if set(t) != {"id", "name", "subject", "role"} or t["role"] not in ("head_teacher", "teacher"): err(f"{gid}: teacher {t}")
    gids = {x["id"] for s in ro["students"] for x in s["guardians"]}
    mem = {m["id"]: m for m in r["members"]}
    if ro["supervisor"] not in gids: err(f"{gid}: supervisor not a guardian")
    for i in tids | gids:
        if i not in mem: err(f"{gid}: rostered {i} not in members")
    for m in r["members"]:
        if "joined" in m and m["joined"].get("by") is not None and m["joined"]["by"] not in mem: err(f"{gid}: inviter {m}")
    seen, last, n = set(), None, 0
    for ln_no, ln in enumerate(open(ROOT / c["transcript"], encoding="utf-8"), 1):
        where = f"{c['transcript']}:{ln_no}"
        d = json.loads(ln); n += 1
        if list(d) != KEYS: err(f"{where}: keys {list(d)}")
        if d["id"] != "%s-%04d" % (gid, n): err(f"{where}: id out of sequence {d['id']}")
        if d["group"] != gid: err(f"{where}: group")
        if not TS.match(d["ts"]): err(f"{where}: ts format")
        ts = datetime.datetime.fromisoformat(d["ts"])
        if last and ts <= last: err(f"{where}: ts not strictly increasing")
        last = ts
        if d["reply_to"] is not None and d["reply_to"] not in seen: err(f"{where}: reply_to not earlier")
        seen.add(d["id"])
        if d["sender"] not in mem: err(f"{where}: sender not in members")
        if d["kind"] not in KINDS: err(f"{where}: kind")
        if not isinstance(d["text"], str) or not d["name"]: err(f"{where}: text/name")
        if d["kind"] == "text" and not d["text"]: err(f"{where}: empty text message")
        e = d["expect"]
        if any(x not in CAT for x in e) or e != sorted(set(e), key=CAT.index): err(f"{where}: expect {e}")
        if PHONE.search(d["text"]) or PHONE.search(d["name"]): err(f"{where}: real-looking mobile number")
    if n == 0: err(f"{gid}: empty transcript")
for e in errs: print(e)
print("ok" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
