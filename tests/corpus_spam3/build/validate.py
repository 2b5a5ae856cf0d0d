#!/usr/bin/env python3
"""Format and consistency checks for the corpus_spam3 bundle (plain json + yaml only).

    .venv/bin/python build/validate.py [BUNDLE_DIR]

Exit 0 when every check passes; otherwise prints each problem as file:line: message.
Checks the SIMULATE.md bundle format and the brief's constraints (daytime only, rostered
guardians with correct display names, no flood runs, labels from RULES.md, extra keys
present), plus a few label sanity heuristics (domains -> link, contact lures -> ad).
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import unicodedata

import yaml

CATS = {"membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor", "chat",
        "flood", "ack_reply", "slander", "incitement", "ranking", "student_privacy",
        "private_matter", "quiet_hours", "dispute"}
FORBIDDEN = {"membership", "nickname", "invite", "quiet_hours", "flood", "ack_reply"}
RELATIONS = ("爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长")
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
REQ = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect", "family",
       "hard_negative"]
POSITIVE_FAMILIES = {"porn", "gambling", "fraud", "illicit_trade", "group_spam", "sms_ad", "insult"}
TS_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")
# a host: labels joined by '.', '。', '点', '(点)', '[.]', ' . ', ' dot ' ending in a known TLD
TLD = r"(?:com|cn|net|vip|cc|top|xyz|me|app|club|tv|site|live|fun|shop|gg)"
SEP = r"(?:\.|。|点|\(点\)|\[\.\]| \. | dot )"
HOST_RE = re.compile(r"((?:[a-z0-9-]+%s)+%s)(?![a-z0-9])" % (SEP, TLD), re.I)
CONTACT_RE = re.compile(r"(vx|v信|威信|薇|卫星|绿泡泡|扣扣|🐧|企鹅|qq|纸飞机|飞机号|@[a-z]|私我|扫码|进群|群号|☎)", re.I)

problems = []


def bad(where, msg):
    problems.append("%s: %s" % (where, msg))


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"\[[^\]]{1,6}\]", "", s)
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN")


def host_allowed(host, allowed):
    h = re.sub(SEP, ".", host.lower())
    return any(h == a or h.endswith("." + a) for a in allowed)


def main(root):
    gpath = os.path.join(root, "groups.yaml")
    groups = yaml.safe_load(open(gpath, encoding="utf-8"))["groups"]
    if len(groups) != 6:
        bad(gpath, "expected 6 groups, got %d" % len(groups))
    platforms = collections.Counter()
    all_recs = []
    seen_norm = {}
    for gid, g in groups.items():
        for k in ["school", "class", "grade", "platform", "timezone", "quiet_hours",
                  "allowed_link_domains", "transcript", "roster"]:
            if k not in g:
                bad(gpath, "%s: missing %s" % (gid, k))
        platforms[g["platform"]] += 1
        if g["platform"] not in ("wechat", "qq", "matrix"):
            bad(gpath, "%s: bad platform" % gid)
        if g["quiet_hours"] != {"start": "20:00", "end": "07:00"}:
            bad(gpath, "%s: quiet hours must be 20:00-07:00" % gid)
        rpath = os.path.join(root, g["roster"])
        ro = yaml.safe_load(open(rpath, encoding="utf-8"))
        if ro.get("group") != gid:
            bad(rpath, "group key mismatch")
        members = {m["id"]: m for m in ro["members"]}
        for m in ro["members"]:
            if "joined" in m:
                bad(rpath, "member %s has a joined record (invite must never apply)" % m["id"])
        guardians = {}
        for s in ro["roster"]["students"]:
            for gd in s["guardians"]:
                if gd["relation"] not in RELATIONS:
                    bad(rpath, "bad relation %s" % gd["relation"])
                guardians[gd["id"]] = s["name"] + gd["relation"]
        for t in ro["roster"]["teachers"]:
            dn = members.get(t["id"], {}).get("display_name", "")
            if t["subject"] not in dn:
                bad(rpath, "teacher %s display name lacks subject" % t["id"])
        for gidd, want in guardians.items():
            if gidd not in members:
                bad(rpath, "guardian %s not in members" % gidd)
            elif members[gidd]["display_name"] != want:
                bad(rpath, "guardian %s display name %s != %s" % (gidd, members[gidd]["display_name"], want))
        if ro["roster"]["supervisor"] not in guardians:
            bad(rpath, "supervisor is not a guardian")
        allowed = g["allowed_link_domains"]
        tpath = os.path.join(root, g["transcript"])
        ids = set()
        last_ts = None
        run = (None, None, 0)
        for ln, line in enumerate(open(tpath, encoding="utf-8"), 1):
            where = "%s:%d" % (tpath, ln)
            try:
                r = json.loads(line)
            except ValueError as e:
                bad(where, "bad json: %s" % e)
                continue
            for k in REQ:
                if k not in r:
                    bad(where, "missing key %s" % k)
            if any(k not in r for k in REQ):
                continue
            all_recs.append(r)
            if r["group"] != gid:
                bad(where, "group mismatch")
            if r["id"] in ids:
                bad(where, "duplicate id")
            ids.add(r["id"])
            if not TS_RE.match(r["ts"]):
                bad(where, "bad ts format")
                continue
            ts = dt.datetime.strptime(r["ts"][:19], "%Y-%m-%dT%H:%M:%S")
            if last_ts and ts < last_ts:
                bad(where, "not in time order")
            last_ts = ts
            if not (9 <= ts.hour < 18):
                bad(where, "outside 09:00-18:00")
            if r["sender"] not in guardians:
                bad(where, "sender is not a rostered guardian")
            elif r["name"] != guardians[r["sender"]]:
                bad(where, "display name %s is not the roster name" % r["name"])
            if r["kind"] not in KINDS:
                bad(where, "bad kind")
            if r["reply_to"] is not None and r["reply_to"] not in ids:
                bad(where, "reply_to does not point to an earlier message of the group")
            if not isinstance(r["expect"], list) or not set(r["expect"]) <= CATS:
                bad(where, "expect has unknown categories: %s" % r["expect"])
            if set(r["expect"]) & FORBIDDEN:
                bad(where, "expect contains a category the brief rules out: %s" % r["expect"])
            if not isinstance(r["hard_negative"], bool):
                bad(where, "hard_negative must be a bool")
            fam = r["family"]
            if r["hard_negative"] != fam.startswith("neg_"):
                bad(where, "hard_negative disagrees with family %s" % fam)
            if fam in POSITIVE_FAMILIES and not set(r["expect"]) & {"illegal", "abuse", "ad", "rumor"}:
                bad(where, "positive family without a harmful label")
            if r["hard_negative"] and set(r["expect"]) & {"illegal", "abuse", "ad", "rumor", "slander",
                                                          "incitement", "ranking", "student_privacy"}:
                bad(where, "hard negative carries a harmful label")
            if "chat" in r["expect"] and set(r["expect"]) & {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}:
                bad(where, "chat stacked with a covering category (LABELS General 4)")
            n = norm(r["text"])
            if not n:
                bad(where, "text normalises to nothing")
            if n in seen_norm:
                bad(where, "same normalised text as %s" % seen_norm[n])
            seen_norm[n] = r["id"]
            # flood: same sender, identical normalised text, 3 in a row
            if run[0] == r["sender"] and run[1] == n:
                run = (run[0], n, run[2] + 1)
            else:
                run = (r["sender"], n, 1)
            if run[2] >= 3:
                bad(where, "flood run")
            # heuristics on labels
            tx = unicodedata.normalize("NFKC", r["text"])
            squeezed = re.sub(r"(?<=[a-z0-9.:/])\s(?=[a-z0-9.:/])", "", tx, flags=re.I)
            hosts = [h for h in HOST_RE.findall(tx) + HOST_RE.findall(squeezed)]
            off = [h for h in hosts if not host_allowed(h, allowed)]
            if ("t.me" in tx or "tg://" in tx or "t点me" in tx):
                off.append("t.me")
            if off and "link" not in r["expect"]:
                bad(where, "text has off-allowlist host %s but no link label" % off[0])
            if not off and "link" in r["expect"]:
                bad(where, "link label but no off-allowlist host found")
            if fam in POSITIVE_FAMILIES and fam != "insult" and CONTACT_RE.search(unicodedata.normalize("NFKC", r["text"])) \
                    and "ad" not in r["expect"]:
                bad(where, "positive with a contact lure but no ad label")
    if set(platforms) != {"wechat", "qq", "matrix"}:
        bad(gpath, "platforms not mixed: %s" % dict(platforms))
    n = len(all_recs)
    if n < 1000:
        bad(root, "fewer than 1000 messages (%d)" % n)
    pos = sum(r["family"] in POSITIVE_FAMILIES for r in all_recs)
    hn = sum(r["hard_negative"] for r in all_recs)
    print("messages %d  positives %d (%.1f%%)  hard negatives %d (%.1f%%)" %
          (n, pos, 100.0 * pos / max(n, 1), hn, 100.0 * hn / max(n, 1)))
    for p in problems:
        print(p)
    print("OK" if not problems else "%d problem(s)" % len(problems))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
