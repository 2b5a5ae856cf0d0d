#!/usr/bin/env python3
"""Build the second half (groups f5-f8) of the final, untouched evaluation corpus.

Every message and every content label below is written by hand.  The script only
derives, mechanically:
  * quiet_hours  - from the timestamp and the group's window, unless the message is
                   flagged `urgent` (an urgent school notice about tomorrow / safety and
                   the acknowledgements it explicitly asked for);
  * membership / nickname / invite - on a member's first message, from the roster and
                   the member records (display name at that moment, how they joined).
Then it lays the episodes out, writes groups_b.yaml, rosters/fN.yaml and
transcripts/fN.jsonl, validates them and prints counts.

Run:  /work/main/.venv/bin/python tests/corpus_final/build/build_b.py
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CATS = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
        "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
        "student_privacy", "private_matter", "quiet_hours", "dispute"]
DERIVED = {"membership", "nickname", "invite", "quiet_hours"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长"]
TZ = dt.timezone(dt.timedelta(hours=8))


def norm(text):
    """Normalisation used by LABELS.md for flood: NFKC, lower, no [表情] codes,
    whitespace, punctuation, symbols or emoji."""
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = re.sub(r"\[[^\[\]]{1,8}\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] not in "PSZCM")


class Group:
    def __init__(self, gid, school, klass, grade, platform, quiet, domains, start):
        self.gid, self.school, self.klass, self.grade = gid, school, klass, grade
        self.platform, self.quiet, self.domains = platform, quiet, domains
        self.start = dt.date.fromisoformat(start)
        self.teachers, self.students, self.members = [], [], []
        self.supervisor = None
        self.bad_names = set()       # hand-set: (member id, display name) that break the format
        self.msgs = []

    # ---- roster -------------------------------------------------------------
    def teacher(self, tid, name, subject, role="teacher"):
        self.teachers.append({"id": tid, "name": name, "subject": subject, "role": role})

    def student(self, name, *guardians):
        self.students.append({"name": name,
                              "guardians": [{"id": g, "relation": r} for g, r in guardians]})

    def member(self, mid, display, joined=None, bad=False):
        rec = {"id": mid, "display_name": display}
        if joined:
            rec["joined"] = joined
        self.members.append(rec)
        if bad:
            self.bad_names.add((mid, display))

    # ---- transcript ---------------------------------------------------------
    def m(self, when, sender, text, exp="", kind="text", re_=None, k=None, hn=False,
          urgent=False, rename=None):
        self.msgs.append(dict(when=when, sender=sender, text=text, exp=exp.split(),
                              kind=kind, re=re_, k=k, hn=hn, urgent=urgent,
                              rename=rename))

    # ---- helpers ------------------------------------------------------------
    def guardian_ids(self):
        return {g["id"]: s["name"] for s in self.students for g in s["guardians"]}

    def children_of(self, gid):
        return [s["name"] for s in self.students for g in s["guardians"] if g["id"] == gid]

    def name_ok(self, mid, display):
        tmap = {t["id"]: t for t in self.teachers}
        if mid in tmap:
            return tmap[mid]["subject"] in display
        kids = self.children_of(mid)
        return any(k in display for k in kids) and any(r in display for r in RELATIONS)

    def in_quiet(self, t):
        s = dt.time.fromisoformat(self.quiet[0])
        e = dt.time.fromisoformat(self.quiet[1])
        tt = t.time()
        return (tt >= s or tt < e) if s > e else (s <= tt < e)

    # ---- layout -------------------------------------------------------------
    def build(self):
        teacher_ids = {t["id"] for t in self.teachers}
        admin_ids = {t["id"] for t in self.teachers if t["role"] == "head_teacher"}
        guardians = self.guardian_ids()
        mem = {m["id"]: m for m in self.members}
        cur_name = {m["id"]: m["display_name"] for m in self.members}
        seen = set()
        keys = {}
        out = []
        prev_ts = None
        prev_minute, prev_sec = None, 0
        for i, msg in enumerate(self.msgs, 1):
            mid = f"{self.gid}-{i:04d}"
            s = msg["sender"]
            assert s in mem, (mid, "sender not a member", s)
            if msg["rename"]:
                cur_name[s] = msg["rename"]
            day, hm = msg["when"].split()
            parts = hm.split(":")
            date = self.start + dt.timedelta(days=int(day) - 1)
            minute = (date, int(parts[0]), int(parts[1]))
            if len(parts) == 3:
                sec = int(parts[2])
            elif minute == prev_minute:
                sec = min(59, prev_sec + 4 + (i * 7) % 9)
            else:
                sec = (i * 13 + len(msg["text"])) % 41
            ts = dt.datetime(date.year, date.month, date.day, minute[1], minute[2], sec,
                             tzinfo=TZ)
            assert prev_ts is None or ts >= prev_ts, (mid, "time goes backwards", ts)
            prev_ts, prev_minute, prev_sec = ts, minute, sec

            exp = list(msg["exp"])
            for c in exp:
                assert c in CATS, (mid, "unknown category", c)
                assert c not in DERIVED, (mid, "derived category set by hand", c)
            assert len(set(exp)) == len(exp), (mid, "duplicate label")
            # derived: first message of a member
            if s not in seen:
                seen.add(s)
                name = cur_name[s]
                rostered = s in teacher_ids or s in guardians
                if not rostered:
                    exp.append("membership")
                else:
                    ok = self.name_ok(s, name)
                    assert ok != ((s, name) in self.bad_names), \
                        (mid, "hand nickname flag disagrees with the format check", s, name)
                    if not ok:
                        exp.append("nickname")
                j = mem[s].get("joined") or {}
                if j.get("via") == "invite" and j.get("approved") is False \
                        and j.get("by") not in admin_ids:
                    exp.append("invite")
            # derived: quiet hours
            if self.in_quiet(ts) and not msg["urgent"]:
                exp.append("quiet_hours")
            if msg["urgent"]:
                assert self.in_quiet(ts), (mid, "urgent flag outside the window is pointless")
            exp = [c for c in CATS if c in exp]
            if msg["hn"]:
                assert not exp, (mid, "hard negative must be clean", exp)
            reply = None
            if msg["re"]:
                assert msg["re"] in keys, (mid, "reply_to unknown key", msg["re"])
                reply = keys[msg["re"]]
            if msg["k"]:
                assert msg["k"] not in keys, (mid, "duplicate key", msg["k"])
                keys[msg["k"]] = mid
            assert msg["kind"] in ("text", "image", "file", "link_card", "voice", "sticker")
            out.append({"id": mid, "ts": ts.isoformat(), "group": self.gid, "sender": s,
                        "name": cur_name[s], "text": msg["text"], "kind": msg["kind"],
                        "reply_to": reply, "expect": exp, "hard_negative": bool(msg["hn"])})
        self.check_flood(out)
        for m in self.members:
            assert m["id"] in seen, (self.gid, "member never speaks", m["id"])
        return out

    @staticmethod
    def check_flood(out):
        """Hand flood labels must agree with LABELS.md's definition."""
        run_sender, run_text, run_len = None, None, 0
        for o in out:
            n = norm(o["text"])
            if o["sender"] == run_sender and n and n == run_text:
                run_len += 1
            else:
                run_sender, run_text, run_len = o["sender"], n, (1 if n else 0)
            should = bool(n) and run_len >= 3
            has = "flood" in o["expect"]
            assert should == has, (o["id"], "flood label disagrees with definition",
                                   should, has, o["text"])

    def config(self):
        return {"school": self.school, "class": self.klass, "grade": self.grade,
                "platform": self.platform, "timezone": "Asia/Shanghai",
                "quiet_hours": {"start": self.quiet[0], "end": self.quiet[1]},
                "allowed_link_domains": list(self.domains),
                "transcript": f"transcripts/{self.gid}.jsonl",
                "roster": f"rosters/{self.gid}.yaml"}

    def roster(self):
        sup = self.supervisor
        assert sup in self.guardian_ids(), (self.gid, "supervisor must be a guardian")
        heads = [t for t in self.teachers if t["role"] == "head_teacher"]
        assert len(heads) == 1 and 3 <= len(self.teachers) <= 5
        assert 20 <= len(self.students) <= 30
        for st in self.students:
            assert 1 <= len(st["guardians"]) <= 2, st
        return {"group": self.gid, "school": self.school, "class": self.klass,
                "roster": {"teachers": self.teachers, "supervisor": sup,
                           "students": self.students},
                "members": self.members}


GROUPS = []
