#!/usr/bin/env python3
"""Build the blind4 classmod development corpus (groups h1-h6) deterministically.

Episodes are held below as a small line format, one message per line:
    HH:MM|sender|text|labels|flags
  sender : a teacher alias, a stranger id, or "<student full name><relation>"
  labels : content labels, comma separated (short codes, see CODE)
  flags  : space separated: hn (hard negative), urg (urgent staff notice, exempt from
           quiet hours), qx (acknowledgement the urgent notice asked for),
           k=KEY (name this message), re=KEY (reply_to), kind=image|file|link_card|voice|sticker,
           rn=NAME (sender renamed to NAME from this message on)
  "# YYYY-MM-DD" sets the day, "== tag" starts an episode.
Mechanical labels (membership, nickname, invite, quiet_hours, flood) are computed from the
bundle itself (roster, members, times, display names) so they always match it.
"""
import json, os, re, sys, unicodedata
from datetime import datetime, time as dtime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOCAB = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
         "chat", "flood", "ack_reply", "slander", "incitement", "ranking", "student_privacy",
         "private_matter", "quiet_hours", "dispute"]
CODE = {"ack": "ack_reply", "chat": "chat", "disp": "dispute", "abuse": "abuse",
        "sland": "slander", "inc": "incitement", "rum": "rumor", "rank": "ranking",
        "priv": "student_privacy", "pm": "private_matter", "ill": "illegal", "ad": "ad",
        "link": "link"}
MECH = ["membership", "nickname", "invite", "quiet_hours", "flood"]
RELCODE = {"妈妈": "m", "爸爸": "f", "爷爷": "yy", "奶奶": "nn", "外公": "wg", "外婆": "wp",
           "姥姥": "ll", "姥爷": "ly", "家长": "jz"}
RELWORDS = list(RELCODE)
GROUPS = {}
EP = {}


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"\[[^\[\]]{1,10}\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def parse_students(spec):
    out = []
    for tok in spec.split():
        if ":" in tok:
            name, rels = tok.split(":")
            rels = rels.split(",")
        else:
            name, rels = tok, ["妈妈"]
        out.append((name, rels))
    return out


def yq(s):
    return json.dumps(s, ensure_ascii=False)


class Group:
    def __init__(self, gid, cfg):
        self.gid = gid
        self.cfg = cfg
        self.students = parse_students(cfg["students"])
        names = [s for s, _ in self.students]
        assert len(names) == len(set(names)), (gid, "duplicate student")
        assert 30 <= len(names) <= 45, (gid, len(names))
        self.teachers = {}      # alias -> dict
        self.admins = set()
        for alias, tid, name, subj, role, disp in cfg["teachers"]:
            self.teachers[alias] = dict(id=tid, name=name, subject=subj, role=role, display=disp)
            if role == "head_teacher":
                self.admins.add(tid)
        self.guardians = {}     # alias "<student><rel>" -> dict
        for i, (sname, rels) in enumerate(self.students, 1):
            for rel in rels:
                gidd = f"{gid}_{i:02d}{RELCODE[rel]}"
                self.guardians[sname + rel] = dict(id=gidd, student=sname, rel=rel)
        self.strangers = {}
        for sid, (disp, joined) in cfg.get("strangers", {}).items():
            self.strangers[sid] = dict(id=sid, display=disp, joined=joined)
        self.idmap = {}
        for a, t in self.teachers.items():
            self.idmap[a] = t["id"]
        for a, p in self.guardians.items():
            self.idmap[a] = p["id"]
        for a, s in self.strangers.items():
            self.idmap[a] = s["id"]
        assert len(set(self.idmap.values())) == len(self.idmap), gid
        self.rostered = {t["id"] for t in self.teachers.values()} | {p["id"] for p in self.guardians.values()}
        self.kind_of = {}
        for a, t in self.teachers.items():
            self.kind_of[t["id"]] = ("teacher", t)
        for a, p in self.guardians.items():
            self.kind_of[p["id"]] = ("parent", p)
        self.display = {}
        for a, t in self.teachers.items():
            self.display[t["id"]] = t["display"]
        for a, p in self.guardians.items():
            self.display[p["id"]] = cfg.get("names", {}).get(a, a)
        for a, s in self.strangers.items():
            self.display[s["id"]] = s["display"]
        self.joined = {}
        for a, j in cfg.get("joined", {}).items():
            self.joined[self.idmap[a]] = j
        for a, s in self.strangers.items():
            if s["joined"]:
                self.joined[s["id"]] = s["joined"]
        self.initial_display = dict(self.display)

    def valid_name(self, mid, disp):
        kind, info = self.kind_of[mid]
        if kind == "teacher":
            if info["subject"] not in disp:
                return False
            return info["name"] in disp or (info["name"][0] + "老师") in disp
        child_ok = info["student"] in disp
        rel_ok = any(r in disp for r in RELWORDS)
        return child_ok and rel_ok

    def in_quiet(self, hhmm):
        qs, qe = self.cfg["quiet"]
        t = dtime.fromisoformat(hhmm)
        s, e = dtime.fromisoformat(qs), dtime.fromisoformat(qe)
        if s <= e:
            return s <= t < e
        return t >= s or t < e

    def build(self, text):
        msgs = []
        day = None
        episode = None
        keys = {}
        seen = set()
        last_sender, last_norm, run = None, None, 0
        last_ts = None
        n = 0
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if not line:
                continue
            if line.startswith("# "):
                day = line[2:].strip()
                continue
            if line.startswith("=="):
                episode = line[2:].strip()
                continue
            parts = line.split("|")
            assert len(parts) >= 3, (self.gid, lineno, line)
            while len(parts) < 5:
                parts.append("")
            hhmm, alias, body, labs, flags = [p.strip() for p in parts[:5]]
            assert len(parts) == 5, (self.gid, lineno, "too many |", line)
            assert alias in self.idmap, (self.gid, lineno, "unknown sender", alias)
            sender = self.idmap[alias]
            fl = {}
            for f in flags.split():
                if "=" in f:
                    k, v = f.split("=", 1)
                    fl[k] = v
                else:
                    fl[f] = True
            if "rn" in fl:
                self.display[sender] = fl["rn"].replace("_", " ")
            name = self.display[sender]
            n += 1
            mid = f"{self.gid}-{n:04d}"
            if len(hhmm) == 5:
                hhmm += ":00"
            ts = f"{day}T{hhmm}+08:00"
            dt = datetime.fromisoformat(ts)
            assert last_ts is None or dt >= last_ts, (self.gid, lineno, "time order", ts)
            last_ts = dt
            expect = []
            for c in [x.strip() for x in labs.split(",") if x.strip()]:
                assert c in CODE, (self.gid, lineno, "bad label", c)
                expect.append(CODE[c])
            content = list(expect)
            # mechanical labels
            first = sender not in seen
            seen.add(sender)
            if first:
                if sender not in self.rostered:
                    expect.append("membership")
                elif not self.valid_name(sender, name):
                    expect.append("nickname")
                j = self.joined.get(sender)
                if j and j.get("via") == "invite" and not j.get("approved", False):
                    inviter = self.idmap.get(j["by"], j["by"])
                    if inviter not in self.admins:
                        expect.append("invite")
            hm = hhmm[:5]
            if self.in_quiet(hm):
                if "urg" in fl:
                    assert self.kind_of.get(sender, ("x",))[0] == "teacher", (lineno, "urg by non-teacher")
                elif "qx" in fl:
                    pass
                else:
                    expect.append("quiet_hours")
            else:
                assert "urg" not in fl and "qx" not in fl, (self.gid, lineno, "urg outside window")
            kind = fl.get("kind", "text")
            nt = norm(body)
            if sender == last_sender and nt and nt == last_norm:
                run += 1
            else:
                run = 1
            last_sender, last_norm = sender, nt
            if run >= 3:
                expect.append("flood")
            # sanity checks on content labels
            bad_with_chat = {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}
            assert not ("chat" in content and bad_with_chat & set(content)), (self.gid, lineno, "chat stacked")
            if "student_privacy" in content or ("ranking" in content and kind == "text"):
                assert self.names_pupil(body), (self.gid, lineno, "no rostered pupil named", body)
            hn = bool(fl.get("hn"))
            if hn:
                assert not content, (self.gid, lineno, "hard negative with content label")
            reply_to = None
            if "re" in fl:
                reply_to = keys[fl["re"]]
            if "k" in fl:
                keys[fl["k"]] = mid
            order = {c: i for i, c in enumerate(VOCAB)}
            expect = sorted(set(expect), key=order.get)
            msgs.append(dict(id=mid, ts=ts, group=self.gid, sender=sender, name=name, text=body,
                             kind=kind, reply_to=reply_to, expect=expect, hard_negative=hn,
                             episode=episode))
        return msgs

    def names_pupil(self, body):
        for s, _ in self.students:
            if s in body:
                return True
        given = {}
        for s, _ in self.students:
            given.setdefault(s[1:], []).append(s)
        for g, lst in given.items():
            if len(g) >= 2 and len(lst) == 1 and g in body:
                return True
        return False

    def roster_yaml(self):
        c = self.cfg
        L = [f"group: {self.gid}", f"school: {yq(c['school'])}", f"class: {yq(c['cls'])}", "roster:", "  teachers:"]
        for t in self.teachers.values():
            L.append(f"    - {{id: {t['id']}, name: {yq(t['name'])}, subject: {yq(t['subject'])}, role: {t['role']}}}")
        L.append(f"  supervisor: {self.idmap[c['supervisor']]}")
        L.append("  students:")
        for i, (s, rels) in enumerate(self.students, 1):
            gl = ", ".join(f"{{id: {self.guardians[s + r]['id']}, relation: {r}}}" for r in rels)
            L.append(f"    - name: {s}")
            L.append(f"      guardians: [{gl}]")
        L.append("members:")
        for mid, disp in self.initial_display.items():
            j = self.joined.get(mid)
            extra = ""
            if j:
                if j.get("via") == "invite":
                    by = self.idmap.get(j["by"], j["by"])
                    extra = f", joined: {{via: invite, by: {by}, approved: {'true' if j.get('approved') else 'false'}}}"
                else:
                    extra = f", joined: {{via: {j['via']}}}"
            L.append(f"  - {{id: {mid}, display_name: {yq(disp)}{extra}}}")
        return "\n".join(L) + "\n"


def main():
    os.makedirs(os.path.join(ROOT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "transcripts"), exist_ok=True)
    gy = ["groups:"]
    total = 0
    from collections import Counter
    allc = Counter()
    ids = set()
    for gid, cfg in GROUPS.items():
        g = Group(gid, cfg)
        msgs = g.build(EP[gid])
        for m in msgs:
            assert m["id"] not in ids
            ids.add(m["id"])
            for c in m["expect"]:
                assert c in VOCAB
        with open(os.path.join(ROOT, "transcripts", f"{gid}.jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        with open(os.path.join(ROOT, "rosters", f"{gid}.yaml"), "w", encoding="utf-8") as f:
            f.write(g.roster_yaml())
        qs, qe = cfg["quiet"]
        gy += [f"  {gid}:", f"    school: {yq(cfg['school'])}", f"    class: {yq(cfg['cls'])}",
               f"    grade: {cfg['grade']}", f"    platform: {cfg['platform']}",
               "    timezone: Asia/Shanghai", f"    quiet_hours: {{start: \"{qs}\", end: \"{qe}\"}}",
               f"    allowed_link_domains: [{', '.join(cfg['domains'])}]",
               f"    transcript: transcripts/{gid}.jsonl", f"    roster: rosters/{gid}.yaml"]
        c = Counter(x for m in msgs for x in m["expect"])
        clean = sum(1 for m in msgs if not m["expect"])
        hn = sum(1 for m in msgs if m["hard_negative"])
        total += len(msgs)
        allc.update(c)
        allc["_clean"] += clean
        allc["_hn"] += hn
        print(f"{gid}: {len(msgs)} msgs, clean {clean} ({clean/len(msgs):.0%}), hard_neg {hn}, families {len(g.students)}")
        print("   ", dict(sorted(c.items())))
        if "-v" in sys.argv:
            for m in msgs:
                mech = [x for x in m["expect"] if x in MECH]
                if mech:
                    print("      ", m["id"], m["ts"][11:16], m["name"], mech, m["text"][:30])
    with open(os.path.join(ROOT, "groups.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(gy) + "\n")
    print("TOTAL", total, "clean", allc["_clean"], f"({allc['_clean']/total:.0%})", "hard_neg", allc["_hn"])
    for k in VOCAB:
        print(f"  {k}: {allc[k]}")

