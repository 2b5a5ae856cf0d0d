#!/usr/bin/env python3
"""Format checks for corpus_spam8 (stdlib + PyYAML).  Exit 1 on any error.

Checks the bundle layout of SIMULATE.md plus the corpus's own constraints:
rostered guardians with valid display names only, teachers never post, no joins
or renames, weekday 09:00-17:59 timestamps, no pupil named, no repeated text,
`expect` in catalogue order and within the categories in play, `chat` never
stacked on a content category that covers it, and `link` exactly where a
non-allowed URL or bare domain occurs.  `--lint` also prints review hints.
"""
import json
import os
import re
import sys
import unicodedata
from datetime import datetime

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
IN_PLAY = {"illegal", "abuse", "ad", "link", "rumor", "chat", "dispute"}
COVERS_CHAT = {"illegal", "abuse", "ad", "rumor", "slander", "incitement"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长"]
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
KEYS = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"]
TLDS = ("com|cn|net|org|top|vip|xyz|cc|me|io|app|info|shop|club|site|link|live|bet|"
        "win|co|tv|pro|online|asia|hk|tw|ly|gl|ink|fun|icu|ren|wang|work|cloud|store|"
        "tech|biz|mobi|ws|la|su|to|gg")
HOST_RE = re.compile(r"(?<![A-Za-z0-9\-.@])(?:https?://)?((?:[A-Za-z0-9](?:[A-Za-z0-9\-]*"
                     r"[A-Za-z0-9])?\.)+(?:" + TLDS + r"))(?![A-Za-z0-9\-])", re.I)
LURE_RE = re.compile(r"加\s*[vV薇威微]|[vV]信|vx|VX|威❤|➕V|\+V|扣扣|加扣|私我|私聊我|"
                     r"扫码进群|飞机|电报|Telegram|wechat|进群", re.I)

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in t if ch.isalnum())


def hosts(text):
    t = unicodedata.normalize("NFKC", text)
    return [m.group(1).lower() for m in HOST_RE.finditer(t)]


def allowed(host, domains):
    return any(host == d or host.endswith("." + d) for d in domains)


def valid_parent_name(name, pupils, relation):
    for p in pupils:
        if name.startswith(p + relation):
            rest = name[len(p + relation):]
            if all(not ("\u4e00" <= ch <= "\u9fff") and not ch.isalnum() for ch in rest):
                return True
    return False


def main():
    lint = "--lint" in sys.argv
    gpath = os.path.join(ROOT, "groups.yaml")
    try:
        groups = yaml.safe_load(open(gpath, encoding="utf-8"))["groups"]
    except Exception as e:  # noqa: BLE001
        print(f"groups.yaml: cannot load: {e}")
        return 1
    seen_norm = {}
    total = 0
    platforms = set()
    all_pupils = set()
    hints = []
    for gid, cfg in groups.items():
        for k in ["school", "class", "grade", "platform", "timezone", "quiet_hours",
                  "allowed_link_domains", "transcript", "roster"]:
            if k not in cfg:
                err(f"groups.yaml: {gid}: missing {k}")
        if cfg.get("platform") not in ("wechat", "qq", "matrix"):
            err(f"groups.yaml: {gid}: bad platform")
        platforms.add(cfg.get("platform"))
        if cfg.get("timezone") != "Asia/Shanghai":
            err(f"groups.yaml: {gid}: timezone must be Asia/Shanghai")
        rpath = os.path.join(ROOT, cfg["roster"])
        tpath = os.path.join(ROOT, cfg["transcript"])
        try:
            roster = yaml.safe_load(open(rpath, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"{cfg['roster']}: cannot load: {e}")
            continue
        if roster.get("group") != gid:
            err(f"{cfg['roster']}: group must be {gid}")
        r = roster.get("roster", {})
        teachers = {t["id"]: t for t in r.get("teachers", [])}
        if not teachers:
            err(f"{cfg['roster']}: no teachers")
        for t in teachers.values():
            for k in ("id", "name", "subject", "role"):
                if k not in t:
                    err(f"{cfg['roster']}: teacher missing {k}")
            if t.get("role") not in ("head_teacher", "teacher"):
                err(f"{cfg['roster']}: teacher {t.get('id')} bad role")
        guardians = {}
        pupils = []
        for s in r.get("students", []):
            pupils.append(s["name"])
            for gd in s.get("guardians", []):
                if gd["relation"] not in RELATIONS:
                    err(f"{cfg['roster']}: bad relation {gd['relation']}")
                if gd["id"] in guardians or gd["id"] in teachers:
                    err(f"{cfg['roster']}: duplicate member id {gd['id']}")
                guardians[gd["id"]] = (s["name"], gd["relation"])
        all_pupils.update(pupils)
        if r.get("supervisor") not in guardians:
            err(f"{cfg['roster']}: supervisor is not a guardian")
        members = {}
        for m in roster.get("members", []):
            if "joined" in m:
                err(f"{cfg['roster']}: member {m['id']} has a join record (no joins here)")
            if m["id"] in members:
                err(f"{cfg['roster']}: member {m['id']} listed twice")
            members[m["id"]] = m["display_name"]
            if m["id"] in guardians:
                pupil, rel = guardians[m["id"]]
                if not valid_parent_name(m["display_name"], [pupil], rel):
                    err(f"{cfg['roster']}: display name {m['display_name']} invalid")
            elif m["id"] in teachers:
                t = teachers[m["id"]]
                if t["subject"] not in m["display_name"]:
                    err(f"{cfg['roster']}: teacher name {m['display_name']} lacks subject")
            else:
                err(f"{cfg['roster']}: member {m['id']} not on roster")
        for x in list(guardians) + list(teachers):
            if x not in members:
                err(f"{cfg['roster']}: rostered {x} not a member")
        given = [p[1:] for p in pupils if len(p) == 3]
        domains = cfg.get("allowed_link_domains", [])
        try:
            lines = open(tpath, encoding="utf-8").read().splitlines()
        except OSError as e:
            err(f"{cfg['transcript']}: {e}")
            continue
        prev_ts = None
        ids = set()
        for ln, line in enumerate(lines, 1):
            where = f"{cfg['transcript']}:{ln}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON: {e}")
                continue
            if list(rec.keys()) != KEYS:
                err(f"{where}: keys must be {KEYS}, got {list(rec.keys())}")
                continue
            total += 1
            if rec["id"] != f"{gid}-{ln:04d}":
                err(f"{where}: id {rec['id']} should be {gid}-{ln:04d}")
            ids.add(rec["id"])
            if rec["group"] != gid:
                err(f"{where}: group {rec['group']} != {gid}")
            try:
                ts = datetime.fromisoformat(rec["ts"])
            except ValueError:
                err(f"{where}: bad ts {rec['ts']}")
                continue
            if not rec["ts"].endswith("+08:00"):
                err(f"{where}: ts must carry +08:00")
            if prev_ts and ts <= prev_ts:
                err(f"{where}: ts not increasing")
            prev_ts = ts
            if ts.weekday() >= 5:
                err(f"{where}: weekend timestamp")
            if not (9 <= ts.hour <= 17):
                err(f"{where}: time {ts.time()} outside 09:00-17:59")
            snd = rec["sender"]
            if snd in teachers:
                err(f"{where}: a teacher posts")
            elif snd not in guardians:
                err(f"{where}: sender {snd} is not a rostered guardian")
            elif rec["name"] != members.get(snd):
                err(f"{where}: name {rec['name']} != display name {members.get(snd)}")
            if rec["kind"] not in KINDS or rec["kind"] in ("voice", "sticker"):
                err(f"{where}: kind {rec['kind']} not used in this corpus")
            if rec["reply_to"] is not None and rec["reply_to"] not in ids - {rec["id"]}:
                err(f"{where}: reply_to {rec['reply_to']} is not an earlier message")
            text = rec["text"]
            if not isinstance(text, str) or not text.strip():
                err(f"{where}: empty text")
                continue
            n = norm(text)
            if not n:
                err(f"{where}: text normalises to nothing")
            elif n in seen_norm:
                err(f"{where}: text repeats {seen_norm[n]}")
            else:
                seen_norm[n] = where
            for p in pupils:
                if p in text:
                    err(f"{where}: pupil {p} named")
            for gname in given:
                if gname in text:
                    err(f"{where}: pupil given name {gname} in text")
            exp = rec["expect"]
            if not isinstance(exp, list) or any(c not in CATALOGUE for c in exp):
                err(f"{where}: bad expect {exp}")
                continue
            if sorted(exp, key=CATALOGUE.index) != exp or len(set(exp)) != len(exp):
                err(f"{where}: expect not in catalogue order / duplicated: {exp}")
            if set(exp) - IN_PLAY:
                err(f"{where}: category not in play: {set(exp) - IN_PLAY}")
            if "chat" in exp and set(exp) & COVERS_CHAT:
                err(f"{where}: chat stacked with {set(exp) & COVERS_CHAT}")
            bad_hosts = [h for h in hosts(text) if not allowed(h, domains)]
            if bad_hosts and "link" not in exp:
                err(f"{where}: non-allowed host {bad_hosts} but no link label")
            if "link" in exp and not bad_hosts:
                err(f"{where}: link label but no non-allowed host")
            if rec["kind"] == "link_card" and not hosts(text):
                err(f"{where}: link_card without URL")
            if lint and LURE_RE.search(text) and "ad" not in exp:
                hints.append(f"{where}: lure word, no ad: {exp} {text[:60]}")
    if total < 1100:
        err(f"only {total} messages (< 1100)")
    if len(groups) < 6:
        err(f"only {len(groups)} groups (< 6)")
    if not {"wechat", "qq"} <= platforms:
        err("platforms must mix wechat and qq")
    for h in hints:
        print("hint:", h)
    for e in errors:
        print("error:", e)
    print(f"{total} messages, {len(groups)} groups, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
