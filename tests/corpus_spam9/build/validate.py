#!/usr/bin/env python3
"""Format checker for corpus_spam9 (exit 0 = ok). Checks the bundle against SIMULATE.md,
the expect labels, the structural constraints of the brief, and the src files."""
import json, os, re, sys, unicodedata, datetime as dt
import yaml
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import CATALOGUE, bad_domains, domains  # shared link detector
errs = []
def err(m): errs.append(m)
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
RELS = ("爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长")
STRUCT = {"membership", "nickname", "invite", "flood", "quiet_hours", "ranking", "student_privacy"}
CN = dict(zip("零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖两", "00123456789123456789" + "2"))
def digitise(t):
    t = unicodedata.normalize("NFKC", t)      # circled / full-width digits -> ASCII
    t = "".join(CN.get(c, c) for c in t)
    return re.sub(r"(?<=\d)[\s\-—_.·]+(?=\d)", "", t)
def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    t = re.sub(r"\[[^\]]{1,6}\]", "", t)
    return "".join(c for c in t if unicodedata.category(c)[0] in "LN")
g = yaml.safe_load(open(os.path.join(ROOT, "groups.yaml"), encoding="utf-8"))
total = 0
for gid, cfg in g["groups"].items():
    for k in ("school", "class", "grade", "platform", "timezone", "quiet_hours",
              "allowed_link_domains", "transcript", "roster"):
        if k not in cfg: err("%s: groups.yaml missing %s" % (gid, k))
    if cfg["platform"] not in ("wechat", "qq", "matrix"): err(gid + ": bad platform")
    qs = cfg["quiet_hours"]
    r = yaml.safe_load(open(os.path.join(ROOT, cfg["roster"]), encoding="utf-8"))
    if r.get("group") != gid: err(gid + ": roster group mismatch")
    ro = r["roster"]
    teachers = {t["id"]: t for t in ro["teachers"]}
    guardians, pupils = {}, []
    for s in ro["students"]:
        pupils.append(s["name"])
        for gu in s["guardians"]:
            guardians[gu["id"]] = (s["name"], gu["relation"])
    if ro["supervisor"] not in guardians: err(gid + ": supervisor not a guardian")
    members = {}
    for m in r["members"]:
        if "joined" in m: err(gid + ": join record for " + m["id"])
        members[m["id"]] = m["display_name"]
    def valid_name(mid, name):
        if mid in teachers:
            t = teachers[mid]
            return t["subject"] in name and (t["name"] in name or name.startswith(t["subject"] + t["name"][0] + "老师"))
        if mid in guardians:
            p, rel = guardians[mid]
            return name.startswith(p + rel) and all(unicodedata.category(c).startswith("S") for c in name[len(p + rel):])
        return False
    for mid, name in members.items():
        if mid not in teachers and mid not in guardians: err("%s: member %s not rostered" % (gid, mid))
        elif not valid_name(mid, name): err("%s: bad display name %s" % (gid, name))
    givens = [p[1:] if len(p) == 3 else p[2:] for p in pupils]
    path = os.path.join(ROOT, cfg["transcript"])
    ids, prev_ts, run = set(), None, []
    lines = open(path, encoding="utf-8").read().splitlines()
    total += len(lines)
    for n, line in enumerate(lines, 1):
        w = "%s:%d" % (path, n)
        try: o = json.loads(line)
        except Exception as e: err(w + ": bad json"); continue
        for k in ("id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"):
            if k not in o: err(w + ": missing " + k)
        if o["group"] != gid: err(w + ": group")
        if o["id"] in ids or o["id"] != "%s-%04d" % (gid, n): err(w + ": id")
        if o["reply_to"] is not None and o["reply_to"] not in ids: err(w + ": reply_to not earlier")
        ids.add(o["id"])
        ts = dt.datetime.fromisoformat(o["ts"])
        if ts.utcoffset() != dt.timedelta(hours=8): err(w + ": tz")
        if prev_ts and ts <= prev_ts: err(w + ": time order")
        prev_ts = ts
        if ts.weekday() >= 5 or not (9 <= ts.hour <= 17): err(w + ": time outside weekday 09-17:59")
        hm = ts.strftime("%H:%M")
        if (qs["start"] <= hm or hm < qs["end"]): err(w + ": in quiet window")
        if o["sender"] not in members: err(w + ": sender not a member")
        if o["name"] != members.get(o["sender"]): err(w + ": name differs from display name")
        if o["kind"] not in KINDS: err(w + ": kind")
        if o["kind"] == "text" and not o["text"].strip(): err(w + ": empty text")
        ex = o["expect"]
        if not isinstance(ex, list) or any(c not in CATALOGUE for c in ex): err(w + ": expect vocabulary")
        elif ex != sorted(set(ex), key=CATALOGUE.index): err(w + ": expect not in catalogue order")
        if set(ex) & STRUCT: err(w + ": structural category present %s" % (set(ex) & STRUCT))
        if "chat" in ex and set(ex) & {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}:
            err(w + ": chat stacked with content category")
        if bool(bad_domains(o["text"], cfg["allowed_link_domains"])) != ("link" in ex):
            err(w + ": link label vs allowlist")
        t = o["text"]
        if re.search(r"\d{5,}", digitise(t).replace("X", "x")): err(w + ": digit run >=5 (phone/QQ-like): " + t)
        for p in pupils:
            if p in t: err(w + ": pupil full name in text")
        for gn in givens:
            if len(gn) >= 2 and gn in t: err(w + ": pupil given name %s in text" % gn)
        key = (o["sender"], norm(t))
        run = run + [key] if run and run[-1] == key else [key]
        if key[1] and len(run) >= 3: err(w + ": same sender same text 3 in a row")
    # src consistency
    src = os.path.join(HERE, "src", gid + ".txt")
    rows = [l for l in open(src, encoding="utf-8").read().splitlines()
            if l.strip() and not l.startswith("#") and not l.startswith("@")]
    if len(rows) != len(lines): err(gid + ": src/transcript count mismatch")
    for l, line in zip(rows, lines):
        o = json.loads(line); parts = [p.strip() for p in l.split("|", 4)]
        labs = [] if parts[1] == "-" else parts[1].split(",")
        if sorted(labs) != sorted(o["expect"]) or parts[2] != o.get("family"): err(gid + ": src/transcript label mismatch at " + o["id"])
if errs:
    for e in errs[:200]: print("FAIL", e)
    print("%d errors" % len(errs)); sys.exit(1)
print("ok: %d groups, %d messages" % (len(g["groups"]), total))
