#!/usr/bin/env python3
"""Regenerate the corpus_blind10 bundle from build/src/*.txt (stdlib + PyYAML only).

Source format (one file per group):
  ---            YAML front matter: group, config, roster, members
  ---
  @YYYY-MM-DD    sets the current date
  HH:MM[:SS] SENDER [tokens] | TEXT {labels}
tokens:  $tag (name this message)  >tag | >^ | >^N (reply to tag / previous / N back)
         img file card voice sticker (kind; default text)   =NAME (display-name change, _ = space,
         persists)   ~q (urgent notice or the ack it asked for: exempt from quiet_hours)
TEXT:    "\\n" becomes a newline.  A trailing {a b c} holds the content labels.
Structural labels (membership, nickname, invite, flood, quiet_hours) are derived here
from roster, members, times and group config exactly as LABELS.md defines them.
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
ABBR = {"mem": "membership", "nick": "nickname", "inv": "invite", "ill": "illegal",
        "abu": "abuse", "ad": "ad", "link": "link", "rum": "rumor", "chat": "chat",
        "fl": "flood", "ack": "ack_reply", "sla": "slander", "inc": "incitement",
        "rank": "ranking", "sp": "student_privacy", "pm": "private_matter",
        "qh": "quiet_hours", "dis": "dispute"}
for c in CATALOGUE:
    ABBR[c] = c
AUTO = {"membership", "nickname", "invite", "flood", "quiet_hours"}
KINDS = {"img": "image", "file": "file", "card": "link_card", "voice": "voice",
         "sticker": "sticker", "text": "text"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长",
             "监护人", "妈咪"]  # plus the guardian's own roster relation (姑妈, 嫲嫲, 婆婆...)
TZ = dt.timezone(dt.timedelta(hours=8))
LINE = re.compile(r"^(\d{2}:\d{2}(?::\d{2})?)\s+(\S+)((?:\s+\S+)*?)\s+\|\s?(.*)$")
LABELS = re.compile(r"\s*\{([a-z_ ,]*)\}\s*$")


def normalise(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"\[[^\[\]]{1,8}\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def valid_nickname(name, member_id, roster):
    for t in roster["teachers"]:
        if t["id"] == member_id:
            return t["subject"] in name
    for s in roster["students"]:
        for g in s["guardians"]:
            if g["id"] == member_id and s["name"] in name and (
                    any(r in name for r in RELATIONS) or g["relation"] in name):
                return True
    return False


def in_quiet(ts, qh):
    h1, m1 = map(int, qh["start"].split(":"))
    h2, m2 = map(int, qh["end"].split(":"))
    start, end = h1 * 60 + m1, h2 * 60 + m2
    now = ts.hour * 60 + ts.minute + ts.second / 60.0
    if start <= end:
        return start <= now < end
    return now >= start or now < end


def parse(path):
    raw = open(path, encoding="utf-8").read()
    _, front, body = raw.split("---\n", 2)
    meta = yaml.safe_load(front)
    gid = meta["group"]
    msgs, tags = [], {}
    day = None
    prev_ts = None
    names = {m["id"]: m["display_name"] for m in meta["members"]}
    for lineno, line in enumerate(body.splitlines(), 1):
        line = line.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@"):
            day = dt.date.fromisoformat(line[1:].strip())
            continue
        m = LINE.match(line)
        if not m:
            sys.exit(f"{path}:{lineno}: cannot parse: {line}")
        tstr, sender, toks, text = m.groups()
        labels = []
        lm = LABELS.search(text)
        if lm:
            labels = [ABBR[x] for x in re.split(r"[ ,]+", lm.group(1).strip()) if x]
            text = text[:lm.start()]
        text = text.replace("\\n", "\n").strip()
        if text == "-":
            text = ""
        kind, reply, exempt, tag = "text", None, False, None
        for tok in toks.split():
            if tok in KINDS:
                kind = KINDS[tok]
            elif tok.startswith("$"):
                tag = tok[1:]
            elif tok.startswith(">^"):
                back = int(tok[2:] or 1)
                reply = msgs[-back]["id"]
            elif tok.startswith(">"):
                reply = tags[tok[1:]]
            elif tok.startswith("="):
                names[sender] = tok[1:].replace("_", " ")
            elif tok == "~q":
                exempt = True
            else:
                sys.exit(f"{path}:{lineno}: bad token {tok}")
        if sender not in names:
            sys.exit(f"{path}:{lineno}: unknown sender {sender}")
        parts = list(map(int, tstr.split(":")))
        if len(parts) == 2:
            h = hashlib.sha1(f"{gid}{len(msgs)}{text}".encode()).digest()[0]
            parts.append(h % 50 + 5)
        ts = dt.datetime(day.year, day.month, day.day, *parts, tzinfo=TZ)
        if prev_ts and ts <= prev_ts:
            if len(tstr) > 5:
                sys.exit(f"{path}:{lineno}: explicit time not increasing")
            ts = prev_ts + dt.timedelta(seconds=7)
            if ts.strftime("%H:%M") != tstr:
                print(f"warning {path}:{lineno}: time bumped to {ts}", file=sys.stderr)
        prev_ts = ts
        mid = f"{gid}-{len(msgs) + 1:04d}"
        if tag:
            tags[tag] = mid
        for l in labels:
            if l in AUTO:
                sys.exit(f"{path}:{lineno}: {l} is derived, do not write it")
        msgs.append({"id": mid, "ts": ts, "sender": sender, "name": names[sender],
                     "text": text, "kind": kind, "reply_to": reply, "labels": set(labels),
                     "exempt": exempt, "src": f"{os.path.basename(path)}:{lineno}"})
    return meta, msgs


def derive(meta, msgs):
    roster = meta["roster"]
    cfg = meta["config"]
    teachers = {t["id"]: t for t in roster["teachers"]}
    guardians = {g["id"] for s in roster["students"] for g in s["guardians"]}
    admins = {t["id"] for t in roster["teachers"] if t["role"] == "head_teacher"}
    joined = {m["id"]: m.get("joined") for m in meta["members"]}
    seen = set()
    for i, m in enumerate(msgs):
        s = m["sender"]
        if s not in seen:
            seen.add(s)
            member = s in teachers or s in guardians
            if not member:
                m["labels"].add("membership")
            elif not valid_nickname(m["name"], s, roster):
                m["labels"].add("nickname")
            j = joined.get(s) or {}
            if j.get("via") == "invite" and j.get("by") not in admins and not j.get("approved"):
                m["labels"].add("invite")
        if in_quiet(m["ts"], cfg["quiet_hours"]) and not m["exempt"]:
            m["labels"].add("quiet_hours")
        if m["exempt"] and not in_quiet(m["ts"], cfg["quiet_hours"]):
            print(f"warning {m['src']}: ~q outside quiet hours", file=sys.stderr)
        n = normalise(m["text"])
        if n and i >= 2:
            a, b = msgs[i - 1], msgs[i - 2]
            if all(x["sender"] == s and normalise(x["text"]) == n for x in (a, b)):
                m["labels"].add("flood")


def main():
    groups = {}
    total = 0
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith(".txt"):
            continue
        meta, msgs = parse(os.path.join(SRC, fn))
        derive(meta, msgs)
        g = meta["group"]
        cfg = dict(meta["config"])
        cfg.setdefault("timezone", "Asia/Shanghai")
        cfg["transcript"] = f"transcripts/{g}.jsonl"
        cfg["roster"] = f"rosters/{g}.yaml"
        groups[g] = cfg
        os.makedirs(os.path.join(OUT, "rosters"), exist_ok=True)
        os.makedirs(os.path.join(OUT, "transcripts"), exist_ok=True)
        roster_doc = {"group": g, "school": cfg["school"], "class": cfg["class"],
                      "roster": meta["roster"], "members": meta["members"]}
        with open(os.path.join(OUT, "rosters", f"{g}.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(roster_doc, f, allow_unicode=True, sort_keys=False, width=200)
        with open(os.path.join(OUT, "transcripts", f"{g}.jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                rec = {"id": m["id"], "ts": m["ts"].isoformat(), "group": g,
                       "sender": m["sender"], "name": m["name"], "text": m["text"],
                       "kind": m["kind"], "reply_to": m["reply_to"],
                       "expect": [c for c in CATALOGUE if c in m["labels"]]}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        total += len(msgs)
    order = ["school", "class", "grade", "platform", "timezone", "quiet_hours",
             "allowed_link_domains", "transcript", "roster"]
    doc = {"groups": {g: {k: c[k] for k in order} for g, c in groups.items()}}
    with open(os.path.join(OUT, "groups.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=200)
    print(f"built {len(groups)} groups, {total} messages")


if __name__ == "__main__":
    main()
