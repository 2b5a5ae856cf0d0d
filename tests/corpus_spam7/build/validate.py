#!/usr/bin/env python3
"""Format checks for corpus_spam7 (exit 1 on any error).

Checks the bundle against SIMULATE.md and the corpus constraints:
rostered guardians only, valid display names, no joins/renames, teachers never
post, weekday 09:00-17:59 times, reply_to sanity, expect vocabulary and order,
no pupil names in texts, no repeated texts, fake-looking numbers, link labels
consistent with the URLs/domains found in the text.
Run: /work/main/.venv/bin/python build/validate.py
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import Counter

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
IN_PLAY = {"illegal", "abuse", "ad", "link", "rumor", "chat", "dispute"}
NOT_WITH_CHAT = {"ad", "illegal", "rumor", "abuse"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长"]
KINDS = {"text", "image", "file", "link_card"}
KEYS = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"]
TLD = r"(?:com|cn|net|top|vip|xyz|cc|me|org|io|app|club|shop|info|site|link|pw|fun|tv|la|ly|gl|co)"
HOST_RE = re.compile(r"(?<![a-z0-9-])((?:[a-z0-9-]+\.)+" + TLD + r")(?![a-z0-9-])", re.I)
DISGUISED_RE = re.compile(
    r"(\s+\.\s*|点|。|【点】|\[点\]|\[\.\]|\(点\)|（点）|\(\.\)|（\.）|\s+dot\s+|·|ｏ)\s*(com|cn|top|vip|xyz|cc|net|me|co)(?![a-z])"
    r"|\bc\s+o\s+m\b|w\s+w\s+w\s*[.。点]|h\s+t\s*t\s*p|t\s*[。]\s*c\s*n\s*/|t\.me/|magnet:", re.I)

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in t if ch.isalnum())


def host_allowed(host, allowed):
    host = host.lower()
    return any(host == a or host.endswith("." + a) for a in allowed)


def main():
    gpath = os.path.join(ROOT, "groups.yaml")
    try:
        groups = yaml.safe_load(open(gpath, encoding="utf-8"))["groups"]
    except Exception as e:  # noqa: BLE001
        print(f"groups.yaml: cannot load: {e}")
        return 1
    if len(groups) < 6:
        err("groups.yaml", "fewer than 6 groups")
    plats = {g.get("platform") for g in groups.values()}
    if not {"wechat", "qq"} <= plats:
        err("groups.yaml", "platforms must mix wechat and qq")
    # collect all pupil names of the corpus for the name check
    all_pupils = []
    rosters = {}
    for g, cfg in groups.items():
        for k in ["school", "class", "grade", "platform", "timezone", "quiet_hours",
                  "allowed_link_domains", "transcript", "roster"]:
            if k not in cfg:
                err(f"groups.yaml:{g}", f"missing {k}")
        if cfg.get("platform") not in ("wechat", "qq", "matrix"):
            err(f"groups.yaml:{g}", "bad platform")
        qh = cfg.get("quiet_hours", {})
        for k in ("start", "end"):
            if not re.fullmatch(r"\d\d:\d\d", str(qh.get(k, ""))):
                err(f"groups.yaml:{g}", f"quiet_hours.{k} not HH:MM")
        rpath = os.path.join(ROOT, cfg.get("roster", ""))
        try:
            r = yaml.safe_load(open(rpath, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(rpath, f"cannot load: {e}")
            continue
        rosters[g] = r
        if r.get("group") != g:
            err(rpath, "group key mismatch")
        for s in r["roster"]["students"]:
            all_pupils.append(s["name"])
    given = set()
    for p in all_pupils:
        sur = 2 if p.startswith("欧阳") else 1
        given.add(p[sur:])
    if len(set(all_pupils)) != len(all_pupils):
        err("rosters", "pupil full names repeated across corpus")

    seen_norm = {}
    total = positive = 0
    cat = Counter()
    for g, cfg in groups.items():
        if g not in rosters:
            continue
        r = rosters[g]
        rp = f"rosters/{g}.yaml"
        teachers = {t["id"] for t in r["roster"]["teachers"]}
        for t in r["roster"]["teachers"]:
            for k in ("id", "name", "subject", "role"):
                if k not in t:
                    err(rp, f"teacher missing {k}")
            if t.get("role") not in ("head_teacher", "teacher"):
                err(rp, f"bad teacher role {t.get('role')}")
        guardians = {}
        for s in r["roster"]["students"]:
            for gd in s["guardians"]:
                if gd["relation"] not in RELATIONS:
                    err(rp, f"bad relation {gd['relation']}")
                guardians[gd["id"]] = (s["name"], gd["relation"])
        if r["roster"].get("supervisor") not in guardians:
            err(rp, "supervisor is not a guardian")
        members = {}
        for m in r["members"]:
            if m["id"] in members:
                err(rp, f"member id {m['id']} repeated")
            if "joined" in m:
                err(rp, f"member {m['id']} has a join record")
            members[m["id"]] = m["display_name"]
        for tid in teachers:
            if tid not in members:
                err(rp, f"teacher {tid} not a member")
        for t in r["roster"]["teachers"]:
            if members.get(t["id"]) != f"{t['subject']}{t['name']}":
                err(rp, f"teacher {t['id']} display name not <subject><name>")
        for gid, (pupil, rel) in guardians.items():
            if gid not in members:
                err(rp, f"guardian {gid} not a member")
            elif members[gid] != pupil + rel:
                err(rp, f"guardian {gid} display name not <pupil><relation>")
        allowed = [d.lower() for d in cfg["allowed_link_domains"]]
        tpath = os.path.join(ROOT, cfg["transcript"])
        ids = set()
        prev_ts = None
        with open(tpath, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                where = f"{cfg['transcript']}:{ln}"
                try:
                    m = json.loads(line)
                except json.JSONDecodeError as e:
                    err(where, f"bad JSON: {e}")
                    continue
                for k in KEYS:
                    if k not in m:
                        err(where, f"missing key {k}")
                extra = set(m) - set(KEYS)
                if extra:
                    err(where, f"unexpected keys {extra}")
                if any(k not in m for k in KEYS):
                    continue
                total += 1
                if m["group"] != g:
                    err(where, "group mismatch")
                if not re.fullmatch(re.escape(g) + r"-\d{4}", m["id"]) or m["id"] in ids:
                    err(where, f"bad or repeated id {m['id']}")
                try:
                    ts = dt.datetime.fromisoformat(m["ts"])
                except ValueError:
                    err(where, "bad ts")
                    continue
                if ts.utcoffset() != dt.timedelta(hours=8):
                    err(where, "ts not +08:00")
                if prev_ts and ts < prev_ts:
                    err(where, "ts goes backwards")
                prev_ts = ts
                if ts.weekday() >= 5:
                    err(where, "weekend")
                if not (dt.time(9, 0) <= ts.time() <= dt.time(17, 59, 59)):
                    err(where, f"time {ts.time()} outside 09:00-17:59")
                snd = m["sender"]
                if snd in teachers:
                    err(where, "a teacher posts")
                if snd not in guardians:
                    err(where, f"sender {snd} is not a rostered guardian")
                elif m["name"] != members.get(snd) or m["name"] != "".join(guardians[snd]):
                    err(where, "display name differs from roster / not <pupil><relation>")
                if m["kind"] not in KINDS:
                    err(where, f"bad kind {m['kind']}")
                if m["reply_to"] is not None and m["reply_to"] not in ids:
                    err(where, "reply_to not an earlier message of the group")
                ids.add(m["id"])
                exp = m["expect"]
                if not isinstance(exp, list) or any(c not in IN_PLAY for c in exp):
                    err(where, f"bad expect {exp}")
                    continue
                if exp != sorted(set(exp), key=CATALOGUE.index):
                    err(where, "expect not in catalogue order / repeated")
                if "chat" in exp and NOT_WITH_CHAT & set(exp):
                    err(where, "chat stacked with a covering category")
                if exp:
                    positive += 1
                for c in exp:
                    cat[c] += 1
                text = m["text"]
                if not isinstance(text, str):
                    err(where, "text not a string")
                    continue
                n = norm(text)
                if not n:
                    err(where, "text normalises to nothing")
                elif n in seen_norm:
                    err(where, f"text repeats {seen_norm[n]}")
                else:
                    seen_norm[n] = where
                for p in all_pupils:
                    if p in text:
                        err(where, f"pupil named: {p}")
                for gn in given:
                    if gn in text:
                        err(where, f"pupil given name in text: {gn}")
                if re.search(r"[0-9０-９]{5,}", text):
                    err(where, "5+ digit run: use fake numbers (Chinese numerals, ①, XXXX)")
                nf = unicodedata.normalize("NFKC", text)
                hosts = [h for h in HOST_RE.findall(nf)]
                bad_hosts = [h for h in hosts if not host_allowed(h, allowed)]
                disguised = bool(DISGUISED_RE.search(nf))
                if (bad_hosts or disguised) and "link" not in exp:
                    err(where, f"outside URL/domain {bad_hosts or 'disguised'} but no link label")
                if "link" in exp and not (bad_hosts or disguised):
                    err(where, "link label but no outside URL/domain found")
    if total < 1100:
        err("corpus", f"only {total} messages (< 1100)")
    if total and not (0.4 <= positive / total <= 0.6):
        err("corpus", f"positive share {positive}/{total} not about half")
    for e in errors:
        print(e)
    print(f"{total} messages, {positive} positive; " +
          ", ".join(f"{c}={cat[c]}" for c in CATALOGUE if cat[c]))
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
