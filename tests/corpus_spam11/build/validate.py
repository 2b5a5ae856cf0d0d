#!/usr/bin/env python3
"""Format checker for corpus_spam11 (exit 0 = ok). Re-checks the bundle independently
of build.py: SIMULATE.md layout, expect labels, senders/names, times, links, no
real-looking phone/QQ numbers, no pupil names in text, no triple repeats."""
import json, os, re, sys, datetime, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import CATALOGUE, disallowed, norm, RELATIONS, SUBJECTS  # noqa: E402

STRUCTURAL = {"membership", "nickname", "invite", "quiet_hours", "flood"}
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
KEYS = {"id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"}
GROUP_KEYS = {"school", "class", "grade", "platform", "timezone", "quiet_hours",
              "allowed_link_domains", "transcript", "roster"}
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def emoji_tail_ok(rest):
    return all(unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") or c in "\ufe0f\u200d"
               for c in rest)


def main():
    gy = yaml.safe_load(open(os.path.join(ROOT, "groups.yaml"), encoding="utf-8"))
    groups = gy.get("groups") or {}
    if len(groups) != 6:
        err("groups.yaml", "expected 6 groups, got %d" % len(groups))
    total = 0
    for g, conf in groups.items():
        w = "groups.yaml:" + g
        if set(conf) != GROUP_KEYS:
            err(w, "keys %s" % sorted(set(conf) ^ GROUP_KEYS))
            continue
        if conf["platform"] not in ("wechat", "qq", "matrix"):
            err(w, "bad platform")
        qs, qe = conf["quiet_hours"]["start"], conf["quiet_hours"]["end"]
        for p in ("transcript", "roster"):
            if not os.path.exists(os.path.join(ROOT, conf[p])):
                err(w, "missing " + conf[p])
        if not os.path.exists(os.path.join(HERE, "src", g + ".txt")):
            err(w, "missing build/src/%s.txt" % g)
        r = yaml.safe_load(open(os.path.join(ROOT, conf["roster"]), encoding="utf-8"))
        rw = conf["roster"]
        if r.get("group") != g:
            err(rw, "group key")
        ro = r["roster"]
        teachers = {t["id"]: t for t in ro["teachers"]}
        for t in ro["teachers"]:
            if t["role"] not in ("head_teacher", "teacher") or t["subject"] not in SUBJECTS:
                err(rw, "bad teacher %s" % t)
        guardians = {}
        pupils = []
        for s in ro["students"]:
            pupils.append(s["name"])
            for gd in s["guardians"]:
                if gd["relation"] not in RELATIONS:
                    err(rw, "bad relation %s" % gd)
                guardians.setdefault(gd["id"], []).append(s["name"] + gd["relation"])
        members = {}
        for m in r["members"]:
            if "joined" in m:
                err(rw, "join record for %s" % m["id"])
            members[m["id"]] = m["display_name"]
        if ro["supervisor"] not in members:
            err(rw, "supervisor not a member")
        for mid, dn in members.items():
            if mid in teachers:
                t = teachers[mid]
                if not (dn.startswith(t["subject"]) and (t["name"] in dn or "老师" in dn)):
                    err(rw, "teacher display name %s" % dn)
            elif mid in guardians:
                if not any(dn.startswith(p) and emoji_tail_ok(dn[len(p):]) for p in guardians[mid]):
                    err(rw, "parent display name %s" % dn)
            else:
                err(rw, "member %s neither teacher nor guardian" % mid)
        allow = conf["allowed_link_domains"]
        seen, prev, rows = set(), None, []
        for n, line in enumerate(open(os.path.join(ROOT, conf["transcript"]), encoding="utf-8"), 1):
            w = "%s:%d" % (conf["transcript"], n)
            try:
                o = json.loads(line)
            except ValueError as e:
                err(w, "bad json %s" % e)
                continue
            if set(o) != KEYS:
                err(w, "keys %s" % sorted(set(o) ^ KEYS))
                continue
            if o["id"] != "%s-%04d" % (g, n) or o["group"] != g:
                err(w, "id/group")
            ts = datetime.datetime.fromisoformat(o["ts"])
            if o["ts"][-6:] != "+08:00":
                err(w, "timezone offset")
            if ts.weekday() >= 5 or not (9 <= ts.hour <= 17):
                err(w, "time %s not weekday 09:00-17:59" % o["ts"])
            hm = ts.strftime("%H:%M")
            inq = (qs <= hm < qe) if qs < qe else (hm >= qs or hm < qe)
            if inq:
                err(w, "inside quiet window")
            if prev and ts <= prev:
                err(w, "time order")
            prev = ts
            if o["sender"] not in members:
                err(w, "unknown sender")
            elif o["name"] != members[o["sender"]]:
                err(w, "name differs from roster display name")
            if o["kind"] not in KINDS:
                err(w, "kind")
            if o["reply_to"] is not None and o["reply_to"] not in seen:
                err(w, "reply_to not an earlier id")
            seen.add(o["id"])
            ex = o["expect"]
            if not isinstance(ex, list) or len(set(ex)) != len(ex) or \
                    any(c not in CATALOGUE for c in ex) or \
                    ex != sorted(ex, key=CATALOGUE.index):
                err(w, "expect not a catalogue-ordered category list: %s" % ex)
            if STRUCTURAL & set(ex):
                err(w, "structural category in expect")
            if bool(disallowed(o["text"], allow)) != ("link" in ex):
                err(w, "link label mismatch")
            txt = o["text"]
            digits = re.sub(r"(?<=\d)[\s\-]+(?=\d)", "",
                            unicodedata.normalize("NFKC", re.sub(r"[\u2460-\u24ff\u2776-\u2793]", "", txt)))
            if re.search(r"\d{5,}", digits):
                err(w, "real-looking number")
            for p in pupils:
                if p in txt or p[1:] in txt:
                    err(w, "pupil name %s in text" % p)
            rows.append(o)
        for i in range(2, len(rows)):
            a, b, c = rows[i - 2:i + 1]
            if a["sender"] == b["sender"] == c["sender"] and norm(a["text"]) and \
                    norm(a["text"]) == norm(b["text"]) == norm(c["text"]):
                err(c["id"], "same sender repeats text three times")
        total += len(rows)
    for f in ("build.py", "validate.py"):
        if not os.path.exists(os.path.join(HERE, f)):
            err("build", "missing " + f)
    if not os.path.exists(os.path.join(ROOT, "README.md")):
        err("README.md", "missing")
    if errors:
        print("\n".join(errors))
        print("%d error(s)" % len(errors))
        sys.exit(1)
    print("ok: %d groups, %d messages" % (len(groups), total))


if __name__ == "__main__":
    main()
