#!/usr/bin/env python3
"""Deterministic builder for corpus_spam8.

Reads build/src/<group>.txt (hand-written) and writes groups.yaml,
rosters/<group>.yaml and transcripts/<group>.jsonl (with an extra "expect" key),
plus build/stats.json.  Only stdlib + PyYAML.  Same input -> same output.

Source format (one directive or message per line, '#' starts a comment line):
  !group g1                       group id (first directive)
  !platform wechat|qq
  !school 青禾路小学
  !class 二年级(3)班
  !grade 2
  !domains a.cn b.cn              allowed link domains
  !start 2026-03-02               first day (moved forward to a weekday)
  !teacher <id> <subject> <name> <role> <display_name>
  !student <key> <full name> <relation> [<relation> ...]
  !deco <key>.<rel> <suffix>      decoration appended to a display name
  !supervisor <key>.<rel>
  @day                            next weekday (the first @day is the start day)
  @t HH:MM                        set the clock
  <key>.<rel> | <labels> | <family> | [^N ][{img}|{file}|{card}] text
     labels: '-' or space separated codes: ill abu ad lnk rum cht dsp
     family: family code, '~' prefix = hard negative of that family
     ^N: reply to the message N messages earlier in this group
"""
import hashlib
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
CODES = {"ill": "illegal", "abu": "abuse", "ad": "ad", "lnk": "link", "rum": "rumor",
         "cht": "chat", "dsp": "dispute"}
REL = {"ma": "妈妈", "ba": "爸爸", "nn": "奶奶", "yy": "爷爷", "wp": "外婆", "wg": "外公",
       "ll": "姥姥", "ly": "姥爷", "jz": "家长"}
REL_INV = {v: k for k, v in REL.items()}
KINDS = {"{img}": "image", "{file}": "file", "{card}": "link_card"}


class BuildError(Exception):
    pass


def jitter(seed, lo, hi):
    h = int(hashlib.sha256(seed.encode("utf-8")).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def next_weekday(d):
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def parse(path):
    g = {"teachers": [], "students": [], "deco": {}, "messages": [], "domains": []}
    day = None
    clock = None
    started = False
    qq_counter = [0]
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for ln, raw in enumerate(lines, 1):
        line = raw.rstrip()
        where = f"{os.path.basename(path)}:{ln}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("!"):
            parts = line[1:].split()
            key, args = parts[0], parts[1:]
            if key == "group":
                g["id"] = args[0]
            elif key in ("platform", "school", "class"):
                g[key] = " ".join(args)
            elif key == "grade":
                g["grade"] = int(args[0])
            elif key == "domains":
                g["domains"] = args
            elif key == "start":
                g["start"] = date.fromisoformat(args[0])
            elif key == "teacher":
                tid, subj, name, role, disp = args
                g["teachers"].append({"id": tid, "subject": subj, "name": name,
                                      "role": role, "display": disp})
            elif key == "student":
                skey, name, rels = args[0], args[1], args[2:]
                g["students"].append({"key": skey, "name": name, "rels": rels})
            elif key == "deco":
                g["deco"][args[0]] = args[1]
            elif key == "supervisor":
                g["supervisor"] = args[0]
            else:
                raise BuildError(f"{where}: unknown directive {key}")
            continue
        if line.startswith("@day"):
            if not started:
                day = next_weekday(g["start"])
                started = True
            else:
                day = next_weekday(day + timedelta(days=1))
            clock = datetime(day.year, day.month, day.day, 9, 0,
                             jitter(f"{g['id']}{day}s", 0, 59))
            continue
        if line.startswith("@t"):
            hh, mm = line.split()[1].split(":")
            new = datetime(day.year, day.month, day.day, int(hh), int(mm),
                           jitter(f"{g['id']}{day}{hh}{mm}", 0, 40))
            if new <= clock:
                raise BuildError(f"{where}: @t {hh}:{mm} is not after {clock.time()}")
            clock = new
            continue
        parts = line.split(" | ", 3)
        if len(parts) != 4:
            raise BuildError(f"{where}: expected 'sender | labels | family | text'")
        sender, labels, family, text = (p.strip() for p in parts)
        if day is None:
            raise BuildError(f"{where}: message before first @day")
        reply = None
        m = re.match(r"^\^(\d+)\s+", text)
        if m:
            reply = int(m.group(1))
            text = text[m.end():]
        kind = "text"
        for tag, k in KINDS.items():
            if text.startswith(tag):
                kind = k
                text = text[len(tag):].strip()
        cats = []
        if labels != "-":
            for c in labels.split():
                if c not in CODES:
                    raise BuildError(f"{where}: unknown label code {c!r}")
                cats.append(CODES[c])
        if len(set(cats)) != len(cats):
            raise BuildError(f"{where}: duplicate label")
        cats.sort(key=CATALOGUE.index)
        n = len(g["messages"])
        gap = jitter(f"{g['id']}-{n}", 35, 290)
        clock = clock + timedelta(seconds=gap)
        if not (9 <= clock.hour <= 17):
            raise BuildError(f"{where}: time {clock.time()} outside 09:00-17:59")
        g["messages"].append({"sender": sender, "cats": cats, "family": family,
                              "text": text, "kind": kind, "reply": reply,
                              "ts": clock, "where": where})
    return g


def member_ids(g):
    """Return {sender_token: (member_id, display_name)} for guardians."""
    out = {}
    n = 0
    for s in g["students"]:
        for rel in s["rels"]:
            code = REL_INV[rel]
            tok = f"{s['key']}.{code}"
            n += 1
            if g["platform"] == "qq":
                gnum = int(re.sub(r"\D", "", g["id"]) or 0)
                mid = f"2{gnum}{n:03d}{jitter(tok + g['id'], 10, 99)}"
            else:
                mid = f"p_{g['id']}_{s['key']}_{code}"
            disp = s["name"] + rel + g["deco"].get(tok, "")
            out[tok] = (mid, disp)
    return out


def teacher_id(g, t):
    if g["platform"] == "qq":
        gnum = int(re.sub(r"\D", "", g["id"]) or 0)
        idx = g["teachers"].index(t) + 1
        return f"1{gnum}{idx:03d}{jitter(t['id'] + g['id'], 10, 99)}"
    return t["id"]


def build():
    files = sorted(f for f in os.listdir(SRC) if re.match(r"g\d+\.txt$", f))
    groups = {}
    stats = {"groups": {}, "categories": {}, "families": {}}
    os.makedirs(os.path.join(ROOT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "transcripts"), exist_ok=True)
    for f in files:
        g = parse(os.path.join(SRC, f))
        gid = g["id"]
        mids = member_ids(g)
        groups[gid] = {
            "school": g["school"], "class": g["class"], "grade": g["grade"],
            "platform": g["platform"], "timezone": "Asia/Shanghai",
            "quiet_hours": {"start": "20:00", "end": "07:00"},
            "allowed_link_domains": g["domains"],
            "transcript": f"transcripts/{gid}.jsonl", "roster": f"rosters/{gid}.yaml",
        }
        teachers = []
        members = []
        for t in g["teachers"]:
            tid = teacher_id(g, t)
            teachers.append({"id": tid, "name": t["name"], "subject": t["subject"],
                             "role": t["role"]})
            members.append({"id": tid, "display_name": t["display"]})
        students = []
        for s in g["students"]:
            gl = []
            for rel in s["rels"]:
                tok = f"{s['key']}.{REL_INV[rel]}"
                gl.append({"id": mids[tok][0], "relation": rel})
                members.append({"id": mids[tok][0], "display_name": mids[tok][1]})
            students.append({"name": s["name"], "guardians": gl})
        roster = {"group": gid, "school": g["school"], "class": g["class"],
                  "roster": {"teachers": teachers,
                             "supervisor": mids[g["supervisor"]][0],
                             "students": students},
                  "members": members}
        with open(os.path.join(ROOT, "rosters", f"{gid}.yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(roster, fh, allow_unicode=True, sort_keys=False,
                           default_flow_style=None, width=1000)
        out_lines = []
        gs = {"messages": 0, "positive": 0}
        for i, m in enumerate(g["messages"]):
            if m["sender"] not in mids:
                raise BuildError(f"{m['where']}: unknown sender {m['sender']}")
            mid, disp = mids[m["sender"]]
            msg_id = f"{gid}-{i + 1:04d}"
            reply_to = None
            if m["reply"] is not None:
                j = i - m["reply"]
                if j < 0:
                    raise BuildError(f"{m['where']}: reply target before start")
                reply_to = f"{gid}-{j + 1:04d}"
            rec = {"id": msg_id, "ts": m["ts"].strftime("%Y-%m-%dT%H:%M:%S+08:00"),
                   "group": gid, "sender": mid, "name": disp, "text": m["text"],
                   "kind": m["kind"], "reply_to": reply_to, "expect": m["cats"]}
            out_lines.append(json.dumps(rec, ensure_ascii=False))
            gs["messages"] += 1
            gs["positive"] += bool(m["cats"])
            for c in m["cats"]:
                stats["categories"][c] = stats["categories"].get(c, 0) + 1
            fam = m["family"]
            hard = fam.startswith("~")
            fam = fam.lstrip("~")
            fs = stats["families"].setdefault(fam, {"messages": 0, "positive": 0,
                                                    "hard_negative": 0,
                                                    "hard_negative_clean": 0,
                                                    "labels": {}})
            fs["messages"] += 1
            fs["positive"] += bool(m["cats"]) and not hard
            fs["hard_negative"] += hard
            fs["hard_negative_clean"] += hard and not m["cats"]
            key = "+".join(m["cats"]) or "clean"
            fs["labels"][key] = fs["labels"].get(key, 0) + 1
        stats["groups"][gid] = dict(gs, platform=g["platform"])
        with open(os.path.join(ROOT, "transcripts", f"{gid}.jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out_lines) + "\n")
    with open(os.path.join(ROOT, "groups.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump({"groups": groups}, fh, allow_unicode=True, sort_keys=False,
                       default_flow_style=None, width=1000)
    tot = sum(v["messages"] for v in stats["groups"].values())
    pos = sum(v["positive"] for v in stats["groups"].values())
    stats["total"] = {"messages": tot, "positive": pos, "clean": tot - pos}
    stats["categories"] = {c: stats["categories"][c] for c in CATALOGUE
                           if c in stats["categories"]}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(stats, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(json.dumps(stats["total"], ensure_ascii=False))
    for gid, v in stats["groups"].items():
        print(gid, v)
    print(json.dumps(stats["categories"], ensure_ascii=False))


if __name__ == "__main__":
    try:
        build()
    except BuildError as e:
        print("build error:", e, file=sys.stderr)
        sys.exit(1)
