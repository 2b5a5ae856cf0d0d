"""Build the SIMULATE bundle in tests/corpus from the hand-written episodes.

    python3 tests/corpus/build/build.py      # rewrites groups.yaml, rosters/, transcripts/
"""
from __future__ import annotations

import collections
import datetime as dt
import os
import random
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from engine import Ack, Builder, E, S, dump_jsonl  # noqa: E402
from episodes import GENERIC, HOMEWORK_TASKS, MORNING, NOON_POSTS, NOON_REACT, NOON_REACT_ACKS, specials, GROUP_ONLY  # noqa: E402
from groups import all_groups  # noqa: E402

OUT = os.path.dirname(HERE)
CN_NUM = "一二三四五六七八九十"


def cn_date(d):
    return f"{d.month}月{d.day}日"


def skeleton(g, rng, morning_iter):
    """Daily notices by teachers with their acknowledgement replies."""
    plan = []
    subjects = [t["subject"] for t in g.teachers if t["subject"] in HOMEWORK_TASKS]
    for di in range(len(g.days)):
        text, asked, pool = next(morning_iter)
        mm = rng.randint(15, 50)
        steps = [S("HT", text)]
        if asked:
            steps.append(Ack(rng.randint(14, 22), True, 0, pool))
        else:
            steps.append(Ack(rng.choice([0, 0, 1, 1, 2]), False, 0))
        plan.append((di, E("am", *steps, at=f"07:{mm:02d}")))
        hw_subjects = rng.sample(subjects, k=min(len(subjects), rng.choice([2, 3])))
        for k, subj in enumerate(hw_subjects):
            tasks = rng.sample(HOMEWORK_TASKS[subj], k=rng.choice([2, 3]))
            body = "；".join(f"{n + 1}. {t}" for n, t in enumerate(tasks))
            style = rng.random()
            if style < 0.2:
                steps = [S(subj, f"[img]今日{subj}作业见图，{body}")]
                acks = Ack(rng.choice([0, 0, 1]), False, 0)
            elif style < 0.35:
                steps = [S(subj, f"{subj}作业（{{date}}）：{body}。完成后请家长签字，并在群里回复“已签字”。")]
                acks = Ack(rng.randint(10, 17), True, 0, "sign")
            else:
                steps = [S(subj, f"{subj}作业（{{date}}）：{body}。")]
                acks = Ack(rng.choice([0, 0, 0, 0, 1, 1]), False, 0)
            steps.append(acks)
            hh, mm = 15 + k, rng.randint(20, 55)
            plan.append((di, E("pm", *steps, at=f"{hh}:{mm:02d}")))
        if rng.random() < 0.8:
            post = rng.choice(NOON_POSTS)
            reacts = [S(f"P{k + 1}", r, "ack_reply" if r in NOON_REACT_ACKS else "")
                      for k in range(rng.choice([0, 1, 2, 3]))
                      for r in [rng.choice(NOON_REACT)]]
            plan.append((di, E("noon", S("HT", post), *reacts,
                               at=f"12:{rng.randint(10, 50):02d}")))
    return plan


def main():
    rng = random.Random(20260907)
    groups = all_groups()
    gids = [g.gid for g in groups]
    morning = list(MORNING)
    rng.shuffle(morning)
    morning_iter = iter(morning)
    plans = {g.gid: [] for g in groups}
    for g in groups:
        plans[g.gid] += skeleton(g, rng, morning_iter)
    # deal the generic episodes round-robin over the groups
    pool = list(GENERIC)
    rng.shuffle(pool)
    k = 0
    for ep in pool:
        gid = ep.only or gids[k % len(gids)]
        if not ep.only:
            k += 1
        di = ep.day if ep.day is not None else rng.randrange(4)
        plans[gid].append((di, ep))
    for ep in GROUP_ONLY:
        plans[ep.only].append((ep.day if ep.day is not None else rng.randrange(4), ep))
    for n, g in enumerate(groups, start=1):
        for ep in specials(n):
            plans[g.gid].append((ep.day, ep))

    os.makedirs(os.path.join(OUT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "transcripts"), exist_ok=True)
    gy = {"groups": {}}
    for n, g in enumerate(groups, start=1):
        b = Builder(g, seed=1000 + n)
        full = []
        for di, ep in plans[g.gid]:
            d = dt.date.fromisoformat(g.days[di])
            fri = d + dt.timedelta(days=4 - d.weekday())
            extra = {"date": cn_date(d), "tmr": cn_date(d + dt.timedelta(days=1)),
                     "fri": cn_date(fri)}
            full.append((di, ep, extra))
        recs = b.layout(full)
        dump_jsonl(os.path.join(OUT, "transcripts", f"{g.gid}.jsonl"), recs)
        gy["groups"][g.gid] = {
            "school": g.school, "class": g.cls, "grade": g.grade, "platform": g.platform,
            "timezone": "Asia/Shanghai", "quiet_hours": {"start": "20:00", "end": "07:00"},
            "allowed_link_domains": g.domains,
            "transcript": f"transcripts/{g.gid}.jsonl", "roster": f"rosters/{g.gid}.yaml"}
        members = []
        for m in g.members:
            if m.late:
                continue
            d = {"id": m.id, "display_name": m.display_name}
            if m.joined:
                d["joined"] = m.joined
            members.append(d)
        roster = {"group": g.gid, "school": g.school, "class": g.cls,
                  "roster": {"teachers": g.teachers, "supervisor": g.supervisor,
                             "students": g.students},
                  "members": members}
        with open(os.path.join(OUT, "rosters", f"{g.gid}.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(roster, f, allow_unicode=True, sort_keys=False,
                           default_flow_style=None, width=120)
    with open(os.path.join(OUT, "groups.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(gy, f, allow_unicode=True, sort_keys=False, default_flow_style=None)


if __name__ == "__main__":
    main()
