#!/usr/bin/env python3
"""Format and consistency checks for the corpus_spam4 bundle (standard library + PyYAML).

Run:  /work/main/.venv/bin/python build/validate.py
Exit 0 when every check passes; otherwise prints each problem with file:line and exits 1.
"""
import json
import os
import re
import sys
import unicodedata
from datetime import datetime

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
             "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
CONTENT_ONLY = {"illegal", "abuse", "ad", "link", "rumor", "chat", "dispute"}
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
KEYS = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect", "family"]
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长"]
TLDS = "com|cn|net|top|vip|cc|xyz|live|org|me|io|info|app|site|club|shop|co|tv|link|cloud|fun"
HOST_RE = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+(?:" + TLDS + r"))(?![a-z0-9-])", re.I)
OBFUSCATED = [("点", "."), ("。", "."), ("[.]", "."), ("[dot]", "."), ("(.)", "."), ("•", "."), ("·", ".")]
EMOJI_CODE = re.compile(r"\[[^\[\]]{1,8}\]")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def normalise(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = EMOJI_CODE.sub("", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] not in "PSZCM")


def hosts(text, deobfuscate):
    t = unicodedata.normalize("NFKC", text).lower()
    found = {m.group(1) for m in HOST_RE.finditer(t)}
    if deobfuscate:
        t2 = t
        for a, b in OBFUSCATED:
            t2 = t2.replace(a, b)
        t2 = re.sub(r"\s+", "", t2)
        found |= {m.group(1) for m in HOST_RE.finditer(t2)}
    return found


def allowed_host(host, allowed):
    host = host.lower()
    if host.startswith("www."):
        host = host[4:]
    return any(host == a or host.endswith("." + a) for a in allowed)


def main():
    gpath = os.path.join(ROOT, "groups.yaml")
    with open(gpath, encoding="utf-8") as f:
        gy = yaml.safe_load(f)
    groups = gy.get("groups") or {}
    if sorted(groups) != ["s1", "s2", "s3", "s4", "s5", "s6"]:
        err("groups.yaml", f"expected groups s1..s6, got {sorted(groups)}")
    platforms = {g["platform"] for g in groups.values()}
    if platforms != {"wechat", "qq", "matrix"}:
        err("groups.yaml", f"platforms must mix wechat, qq, matrix: {platforms}")
    seen_norm = {}
    all_ids = set()
    total = pos = 0
    fams = {}
    pupil_names = set()
    for gid, g in groups.items():
        for k in ("school", "class", "grade", "platform", "timezone", "quiet_hours",
                  "allowed_link_domains", "transcript", "roster"):
            if k not in g:
                err("groups.yaml", f"{gid}: missing {k}")
        if g.get("timezone") != "Asia/Shanghai":
            err("groups.yaml", f"{gid}: timezone")
        if g.get("quiet_hours") != {"start": "20:00", "end": "07:00"}:
            err("groups.yaml", f"{gid}: quiet_hours must be the default window")
        allowed = g["allowed_link_domains"]
        rpath = os.path.join(ROOT, g["roster"])
        with open(rpath, encoding="utf-8") as f:
            ro = yaml.safe_load(f)
        if ro.get("group") != gid:
            err(g["roster"], "group id mismatch")
        r = ro["roster"]
        teachers = {t["id"]: t for t in r["teachers"]}
        guardians = {}
        for s in r["students"]:
            pupil_names.add(s["name"])
            for gd in s["guardians"]:
                if gd["relation"] not in RELATIONS:
                    err(g["roster"], f"bad relation {gd['relation']}")
                guardians[gd["id"]] = (s["name"], gd["relation"])
        if r.get("supervisor") not in guardians:
            err(g["roster"], "supervisor is not a rostered guardian")
        members = {}
        for m in ro["members"]:
            if "joined" in m:
                err(g["roster"], f"member {m['id']} has a joined record")
            members[m["id"]] = m["display_name"]
        for tid, t in teachers.items():
            if members.get(tid) != t["subject"] + t["name"]:
                err(g["roster"], f"teacher {tid} display name must be <subject><name>")
        for pid, (pupil, rel) in guardians.items():
            if members.get(pid) != pupil + rel:
                err(g["roster"], f"guardian {pid} display name must be <pupil><relation>")
        for mid in members:
            if mid not in teachers and mid not in guardians:
                err(g["roster"], f"member {mid} is neither teacher nor guardian")
        # given names unique within class
        givens = [n[1:] for n in (s["name"] for s in r["students"])]
        if len(set(givens)) != len(givens):
            err(g["roster"], "given names not unique in class")

        tpath = os.path.join(ROOT, g["transcript"])
        prev_ts = None
        ids_here = {}
        with open(tpath, encoding="utf-8") as f:
            for lineno, raw in enumerate(f, 1):
                where = f"{g['transcript']}:{lineno}"
                try:
                    m = json.loads(raw)
                except json.JSONDecodeError as e:
                    err(where, f"bad JSON: {e}")
                    continue
                if list(m.keys()) != KEYS:
                    err(where, f"keys must be {KEYS}, got {list(m.keys())}")
                    continue
                total += 1
                if m["group"] != gid:
                    err(where, "group mismatch")
                if not re.fullmatch(gid + r"-\d{4}", m["id"]) or m["id"] in all_ids:
                    err(where, f"bad or duplicate id {m['id']}")
                all_ids.add(m["id"])
                ids_here[m["id"]] = m
                ts = datetime.fromisoformat(m["ts"])
                if ts.utcoffset().total_seconds() != 8 * 3600:
                    err(where, "timestamp must be +08:00")
                if not (9 <= ts.hour <= 17):
                    err(where, f"time {ts.time()} outside 09:00-17:59")
                if prev_ts and ts <= prev_ts:
                    err(where, "timestamps not strictly increasing")
                prev_ts = ts
                if m["sender"] in teachers:
                    err(where, "a teacher posts")
                if m["sender"] not in guardians:
                    err(where, f"sender {m['sender']} is not a rostered guardian")
                elif m["name"] != members[m["sender"]]:
                    err(where, "name differs from the member's display name")
                if m["kind"] not in KINDS:
                    err(where, f"bad kind {m['kind']}")
                if m["reply_to"] is not None:
                    if m["reply_to"] not in ids_here or m["reply_to"] == m["id"]:
                        err(where, "reply_to must name an earlier message of the group")
                exp = m["expect"]
                if not isinstance(exp, list) or any(c not in CATALOGUE for c in exp):
                    err(where, f"bad expect {exp}")
                    continue
                if exp != sorted(set(exp), key=CATALOGUE.index):
                    err(where, f"expect not in catalogue order / duplicated: {exp}")
                if not set(exp) <= CONTENT_ONLY:
                    err(where, f"only content categories may apply here: {exp}")
                if not m["family"] or not isinstance(m["family"], str):
                    err(where, "missing family")
                fams[m["family"]] = fams.get(m["family"], 0) + 1
                if any(c != "chat" for c in exp):
                    pos += 1
                if not m["text"].strip():
                    err(where, "empty text")
                n = normalise(m["text"])
                if not n:
                    err(where, "text normalises to nothing")
                if n in seen_norm:
                    err(where, f"normalises to the same text as {seen_norm[n]}")
                seen_norm[n] = where
                # links
                if "link" in exp:
                    hs = hosts(m["text"], deobfuscate=True)
                    bad = [h for h in hs if not allowed_host(h, allowed)]
                    if not bad:
                        err(where, f"labelled link but no non-allowed domain found: {m['text']}")
                else:
                    hs = hosts(m["text"], deobfuscate=True)
                    bad = [h for h in hs if not allowed_host(h, allowed)]
                    if bad:
                        err(where, f"non-allowed domain {bad} but no link label")
                    if m["family"].startswith("neg_") and "{" in m["text"]:
                        err(where, "unfilled placeholder")
                if m["family"].startswith("neg_") and any(c != "chat" for c in exp):
                    err(where, f"hard negative family with a positive label {exp}")
    # pupil names never in texts
    for gid, g in groups.items():
        with open(os.path.join(ROOT, g["transcript"]), encoding="utf-8") as f:
            for lineno, raw in enumerate(f, 1):
                m = json.loads(raw)
                for p in pupil_names:
                    if p in m["text"] or p[1:] in m["text"]:
                        err(f"{g['transcript']}:{lineno}", f"pupil name {p} appears in text")
    if total < 1100:
        err("corpus", f"only {total} messages (need >= 1100)")
    share = pos / total if total else 0
    if not 0.50 <= share <= 0.60:
        err("corpus", f"positive share {share:.3f} outside 0.50-0.60")
    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {total} messages, {pos} positives ({share:.1%}), {total - pos} hard negatives, "
          f"{len(fams)} families")


if __name__ == "__main__":
    main()
