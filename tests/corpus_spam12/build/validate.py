#!/usr/bin/env python3
"""Format checker for corpus_spam12. Exit 0 = ok, 1 = problems (each printed with file:line)."""
import datetime, json, os, re, sys, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import CATALOGUE, FORBIDDEN, bad_domains, norm_flood, RELATIONS  # noqa: E402

KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
KEYS = {"id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"}
NUMERALS = dict(zip("〇零一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖", "0012345678912123456789"))
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def digit_runs(text):
    t = unicodedata.normalize("NFKC", text)
    t = "".join(NUMERALS.get(c, c) for c in t)
    t = re.sub(r"(?<=\d)[\s\-\._·—]+(?=\d)", "", t)
    return re.findall(r"\d{5,}", t)


groups = yaml.safe_load(open(os.path.join(ROOT, "groups.yaml"), encoding="utf-8"))["groups"]
for gid, g in groups.items():
    for k in ("school", "class", "grade", "platform", "timezone", "quiet_hours",
              "allowed_link_domains", "transcript", "roster"):
        if k not in g:
            err("groups.yaml", "%s lacks %s" % (gid, k))
    if g.get("platform") not in ("wechat", "qq", "matrix"):
        err("groups.yaml", "%s bad platform" % gid)
    rpath = os.path.join(ROOT, g["roster"])
    ro = yaml.safe_load(open(rpath, encoding="utf-8"))
    if ro.get("group") != gid:
        err(g["roster"], "group field mismatch")
    teachers = {t["id"]: t for t in ro["roster"]["teachers"]}
    guardians, pupils = {}, []
    for s in ro["roster"]["students"]:
        pupils.append(s["name"])
        for x in s["guardians"]:
            guardians[x["id"]] = (s["name"], x["relation"])
    if ro["roster"]["supervisor"] not in guardians:
        err(g["roster"], "supervisor is not a guardian")
    members = {}
    for m in ro["members"]:
        if "joined" in m:
            err(g["roster"], "%s has a join record" % m["id"])
        members[m["id"]] = m["display_name"]
        if m["id"] in teachers:
            t = teachers[m["id"]]
            if t["subject"] not in m["display_name"]:
                err(g["roster"], "teacher name %s lacks subject" % m["display_name"])
        elif m["id"] in guardians:
            pn, rel = guardians[m["id"]]
            if pn not in m["display_name"] or rel not in m["display_name"]:
                err(g["roster"], "guardian name %s invalid" % m["display_name"])
        else:
            err(g["roster"], "member %s is neither teacher nor guardian" % m["id"])
    banned = set(pupils) | {p[1:] for p in pupils if len(p) == 3}
    tpath = os.path.join(ROOT, g["transcript"])
    seen, last_ts = set(), None
    run = (None, None, 0)
    for n, line in enumerate(open(tpath, encoding="utf-8"), 1):
        where = "%s:%d" % (g["transcript"], n)
        try:
            m = json.loads(line)
        except ValueError as e:
            err(where, "bad JSON %s" % e)
            continue
        if set(m) != KEYS:
            err(where, "keys %s" % sorted(set(m) ^ KEYS))
            continue
        if m["id"] != "%s-%04d" % (gid, n):
            err(where, "id %s out of sequence" % m["id"])
        if m["group"] != gid:
            err(where, "group mismatch")
        try:
            ts = datetime.datetime.fromisoformat(m["ts"])
        except ValueError:
            err(where, "bad ts")
            continue
        if not m["ts"].endswith("+08:00"):
            err(where, "ts not +08:00")
        if last_ts and ts < last_ts:
            err(where, "ts goes backwards")
        last_ts = ts
        if ts.weekday() >= 5 or not (9 <= ts.hour <= 17):
            err(where, "ts %s not a weekday 09:00-17:59" % m["ts"])
        if m["sender"] not in members:
            err(where, "sender %s not a member" % m["sender"])
        elif m["name"] != members[m["sender"]]:
            err(where, "name %s != roster display name" % m["name"])
        if m["kind"] not in KINDS:
            err(where, "bad kind")
        if m["reply_to"] is not None and m["reply_to"] not in seen:
            err(where, "reply_to %s not an earlier message" % m["reply_to"])
        seen.add(m["id"])
        ex = m["expect"]
        if not isinstance(ex, list) or any(c not in CATALOGUE for c in ex):
            err(where, "bad expect %s" % ex)
        else:
            if ex != [c for c in CATALOGUE if c in ex]:
                err(where, "expect not in catalogue order")
            if set(ex) & FORBIDDEN:
                err(where, "expect has impossible category %s" % (set(ex) & FORBIDDEN))
            bad = bad_domains(m["text"], g["allowed_link_domains"])
            if bool(bad) != ("link" in ex):
                err(where, "link label disagrees with domains %s" % bad)
        for runs in digit_runs(m["text"]):
            err(where, "digit run %s looks like a phone/QQ number" % runs)
        for p in banned:
            if p in m["text"]:
                err(where, "pupil name %s in text" % p)
        nt = norm_flood(m["text"])
        run = (m["sender"], nt, run[2] + 1) if (m["sender"], nt) == run[:2] and nt else (m["sender"], nt, 1)
        if run[2] >= 3:
            err(where, "same sender repeats a text 3 times in a row")

for e in errors:
    print(e)
print("validate: %d problems" % len(errors))
sys.exit(1 if errors else 0)
