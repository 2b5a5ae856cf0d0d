"""Lay hand-written episodes out into a SIMULATE bundle with gold labels.

Every label on a message is written by hand in the episode texts (episodes.py,
groups.py). Only four labels follow mechanically from definitions in LABELLING.md,
and are derived here from facts the author fixed by hand:

* quiet_hours  -- local time in [20:00, 07:00) and the step is not marked urgent
                  (``night_ok``) and is not an acknowledgement a notice asked for;
* membership / invite -- first message of a member whose roster status /
                  join record (set by hand in groups.py) says so;
* nickname     -- first message seen under a display name that the author marked
                  as not real-name (again after a rename to such a name).

Nothing here inspects message text to decide a label.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field

VOCAB = {
    "membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
    "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
    "student_privacy", "private_matter", "quiet_hours", "dispute",
}
TZ = dt.timezone(dt.timedelta(hours=8))

SLOTS = {  # (earliest, latest) start in minutes after midnight
    "early": (5 * 60 + 40, 6 * 60 + 40),
    "am": (7 * 60 + 5, 11 * 60 + 20),
    "noon": (11 * 60 + 30, 13 * 60 + 50),
    "pm": (14 * 60, 17 * 60 + 30),
    "eve": (17 * 60 + 35, 19 * 60 + 20),
    "night": (20 * 60 + 10, 23 * 60),
}


@dataclass
class Step:
    role: str
    text: str = ""
    labels: str = ""
    r: int | None = None          # reply to step index within the episode
    hard: bool = False            # a hard negative (must stay clean)
    night_ok: bool = False        # urgent: exempt from quiet_hours
    gap: tuple[int, int] = (20, 150)


@dataclass
class Ack:
    n: int
    asked: bool
    r: int = 0
    pool: str = "plain"


@dataclass
class Flood:
    role: str
    texts: list[str]
    labels: str = ""


@dataclass
class Rename:
    role: str
    new_name: str
    bad: bool


@dataclass
class Episode:
    slot: str
    steps: list
    only: str | None = None       # restrict to a group id
    day: int | None = None        # force a day index
    at: str | None = None         # force a start time HH:MM


def S(role, text="", labels="", **kw):
    return Step(role, text, labels, **kw)


def E(slot, *steps, only=None, day=None, at=None):
    return Episode(slot, list(steps), only, day, at)


ACK_PLAIN_NOREPLY = ["收到", "收到，谢谢老师", "好的", "谢谢老师", "收到👌", "好的老师",
                     "嗯嗯收到", "OK", "收到！", "好的，谢谢老师", "收到了", "[sticker]👌"]
ACK_ASKED = {
    "plain": ["收到", "{s}家长收到", "收到，{s}", "{s}妈妈收到", "收到 {s}", "好的，收到",
              "{s}收到"],
    "sign": ["{s}已签字", "已签字 {s}", "{s}家长已签字", "已签"],
    "done": ["{s}已完成", "已完成 {s}", "{s}已学习", "已完成"],
    "jielong": ["{k}. {s} 参加", "{k}. {s} 参加", "{k}. {s} 不参加", "{k}. {s} 参加"],
}


@dataclass
class Member:
    id: str
    display_name: str
    kind: str                  # teacher | parent | stranger
    bad_name: bool = False
    joined: dict | None = None
    student: str | None = None  # full name of the child, for parents
    relation: str | None = None
    subject: str | None = None
    surname: str | None = None
    late: bool = False          # joins during the transcript: not in the start members


@dataclass
class Group:
    gid: str
    school: str
    cls: str
    grade: int
    platform: str
    domains: list[str]
    days: list[str]
    teachers: list[dict]
    students: list[dict]        # {name, guardians:[{id, relation}]}
    members: list[Member]
    supervisor: str
    roles: dict[str, str] = field(default_factory=dict)  # special role -> member id
    dom: str = ""


class Builder:
    def __init__(self, group: Group, seed: int):
        self.g = group
        self.rng = random.Random(seed)
        self.out: list[dict] = []
        self.mem = {m.id: m for m in group.members}
        self.cur_name = {m.id: m.display_name for m in group.members}
        self.cur_bad = {m.id: m.bad_name for m in group.members}
        self.flagged_name: set[tuple[str, str]] = set()
        self.posted: set[str] = set()
        self.clock: dt.datetime | None = None
        self.n = 0
        self.special = set(group.roles.values())
        self.regular_parents = [m.id for m in group.members
                                if m.kind == "parent" and not m.bad_name and not m.joined
                                and m.id not in self.special]

    # ---- helpers -------------------------------------------------------
    def teacher_for(self, role):
        subj = {"HT": None}.get(role, role)
        for t in self.g.teachers:
            if role == "HT" and t["role"] == "head_teacher":
                return t["id"]
            if subj and t["subject"] == subj:
                return t["id"]
        return self.teacher_for("HT")

    def stamp(self):
        return self.clock.isoformat()

    def emit(self, sender, text, kind, labels, reply_to, hard=False, night_ok=False,
             asked_ack=False):
        labs = [x for x in labels.split() if x]
        for x in labs:
            assert x in VOCAB, x
        m = self.mem[sender]
        name = self.cur_name[sender]
        if sender not in self.posted:
            self.posted.add(sender)
            if m.kind == "stranger":
                labs.append("membership")
            if m.joined and m.joined.get("via") == "invite" and not m.joined.get("approved"):
                labs.append("invite")
        if m.kind != "stranger" and self.cur_bad[sender] and (sender, name) not in self.flagged_name:
            self.flagged_name.add((sender, name))
            labs.append("nickname")
        local = self.clock.hour * 60 + self.clock.minute
        if (local >= 20 * 60 or local < 7 * 60) and not night_ok and not asked_ack:
            labs.append("quiet_hours")
        labs = sorted(set(labs), key=labs.index)
        if hard:
            assert not labs, (text, labs)
        self.n += 1
        rec = {"id": f"{self.g.gid}-{self.n:04d}", "ts": self.stamp(), "group": self.g.gid,
               "sender": sender, "name": name, "text": text, "kind": kind,
               "reply_to": reply_to, "expect": labs}
        if hard:
            rec["hard_negative"] = True
        self.out.append(rec)
        return rec["id"]

    def advance(self, lo, hi):
        self.clock += dt.timedelta(seconds=self.rng.randint(lo, hi))

    @staticmethod
    def split_kind(text):
        for k in ("img", "file", "card", "voice", "sticker"):
            tag = f"[{k}]"
            if text.startswith(tag):
                kind = {"img": "image", "card": "link_card"}.get(k, k)
                return kind, text[len(tag):]
        return "text", text

    # ---- episode layout -------------------------------------------------
    def bind(self, ep: Episode):
        roles = {}
        wanted = []
        for st in ep.steps:
            r = getattr(st, "role", None)
            if r and r not in roles and r not in wanted:
                wanted.append(r)
        pool = list(self.regular_parents)
        self.rng.shuffle(pool)
        for r in wanted:
            if r.startswith("P") and r[1:].isdigit():
                roles[r] = pool.pop()
            elif r in self.g.roles:
                roles[r] = self.g.roles[r]
            elif r in ("HT", "语文", "数学", "英语", "科学", "体育", "音乐", "美术"):
                roles[r] = self.teacher_for(r)
            else:
                raise KeyError(f"{self.g.gid}: unknown role {r}")
        used_students = {self.mem[v].student for v in roles.values() if self.mem[v].student}
        others = [s["name"] for s in self.g.students if s["name"] not in used_students]
        self.rng.shuffle(others)
        fmt = {"school": self.g.school, "cls": self.g.cls, "dom": self.g.dom,
               "grade": "一二三四五六"[self.g.grade - 1]}
        for i in range(1, 7):
            fmt[f"o{i}"] = others[i - 1]
            fmt[f"go{i}"] = others[i - 1][1:]
        for r, mid in roles.items():
            m = self.mem[mid]
            key = r.lower()
            fmt[f"n_{key}"] = self.cur_name[mid]
            if m.student:
                fmt[f"s_{key}"] = m.student
                fmt[f"g_{key}"] = m.student[1:]
            if m.surname:
                fmt[f"t_{key}"] = m.surname + "老师"
            if m.kind == "teacher":
                t = next(t for t in self.g.teachers if t["id"] == mid)
                fmt[f"fix_{key}"] = t["subject"] + t["name"]
            elif m.student:
                fmt[f"fix_{key}"] = m.student + m.relation
        return roles, fmt, pool

    def run_episode(self, ep: Episode, fmt_extra):
        roles, fmt, pool = self.bind(ep)
        fmt.update(fmt_extra)
        ids = []
        for st in ep.steps:
            if isinstance(st, Rename):
                mid = roles[st.role]
                self.cur_name[mid] = st.new_name.format(**fmt)
                self.cur_bad[mid] = st.bad
                self.advance(60, 400)
                ids.append(None)
                continue
            if isinstance(st, Ack):
                candidates = [p for p in pool]
                self.rng.shuffle(candidates)
                texts = ACK_PLAIN_NOREPLY if not st.asked else ACK_ASKED[st.pool]
                for k in range(st.n):
                    pid = candidates[k]
                    self.advance(8, 110)
                    t = self.rng.choice(texts).format(s=self.mem[pid].student, k=k + 1)
                    kind, t = self.split_kind(t)
                    rt = ids[st.r] if self.rng.random() < 0.35 else None
                    self.emit(pid, t, kind, "" if st.asked else "ack_reply", rt,
                              asked_ack=st.asked, hard=st.asked)
                ids.append(None)
                continue
            if isinstance(st, Flood):
                mid = roles[st.role]
                for k, t in enumerate(st.texts):
                    self.advance(4, 25)
                    t = t.format(**fmt)
                    kind, t = self.split_kind(t)
                    labs = st.labels + (" flood" if k >= 2 else "")
                    self.emit(mid, t, kind, labs, None)
                ids.append(None)
                continue
            self.advance(*st.gap)
            text = st.text.format(**fmt)
            kind, text = self.split_kind(text)
            rt = ids[st.r] if st.r is not None else None
            ids.append(self.emit(roles[st.role], text, kind, st.labels, rt,
                                 hard=st.hard, night_ok=st.night_ok))

    def layout(self, plan):
        """plan: list of (day_index, Episode, extra_fmt)."""
        starts = []
        for di, ep, extra in plan:
            day = dt.date.fromisoformat(self.g.days[di])
            if ep.at:
                h, m = map(int, ep.at.split(":"))
                minute = h * 60 + m
            else:
                lo, hi = SLOTS[ep.slot]
                minute = self.rng.randint(lo, hi)
            start = dt.datetime(day.year, day.month, day.day, tzinfo=TZ) + dt.timedelta(
                minutes=minute, seconds=self.rng.randint(0, 59))
            starts.append((start, len(starts), ep, extra))
        starts.sort(key=lambda x: (x[0], x[1]))
        for start, _, ep, extra in starts:
            if self.clock is None or start > self.clock:
                self.clock = start
            else:
                self.clock += dt.timedelta(seconds=self.rng.randint(30, 240))
            self.run_episode(ep, extra)
        self.check_no_accidental_flood()
        return self.out

    def check_no_accidental_flood(self):
        import re
        def norm(t):
            return re.sub(r"[\s\W_]+", "", t.lower())
        run = 1
        for a, b in zip(self.out, self.out[1:]):
            if a["sender"] == b["sender"] and norm(a["text"]) == norm(b["text"]):
                run += 1
            else:
                run = 1
            if run >= 3:
                assert "flood" in b["expect"], b
            else:
                assert "flood" not in b["expect"], b


def dump_jsonl(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
