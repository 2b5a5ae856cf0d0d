#!/usr/bin/env python3
"""Generate the corpus_spam4 bundle from the hand-written sources in build/sources/.

Deterministic: a fixed seed, only the standard library and PyYAML.
Run:  /work/main/.venv/bin/python build/build.py      (from tests/corpus_spam4/ or anywhere)

Source format (one message per line, '#' comments):
    [options] labels | text
labels: comma-separated categories, or '-' for clean.
options (any number, each in brackets, before the labels):
    [image] [file] [card]      message kind (default text); text is the caption / file name / card title+URL
    [fam=NAME]                 family override (default: the source file's stem)
    [T=X] / [T=X:hint]         start a thread; X is a speaker letter
    [R=X]                      next message of the current thread by speaker X, quoting the previous one
    [C=X]                      next message of the current thread by speaker X, no quote
speaker hints (first appearance): mom dad old f m
In insults.txt a thread opener whose labels are only '-' or 'chat' gets family neg_thread_context.
Placeholders {SCHOOL} and {EDU} are replaced by the group's allowed link domains.
"""
import json
import os
import random
import re
import sys
from datetime import date, datetime, timedelta, timezone

import yaml

SEED = 20260907
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "sources")

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
             "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]

GROUPS = [
    # id, platform, school, class, grade, allowed domains, first day
    ("s1", "wechat", "东湖区实验小学", "三年级(2)班", 3, ["dhsyxx.cn", "smartedu.cn"], date(2026, 9, 7)),
    ("s2", "qq", "滨江区第二小学", "四年级(1)班", 4, ["bjex.edu.cn"], date(2026, 9, 14)),
    ("s3", "matrix", "城南外国语学校", "五年级(3)班", 5, ["cnwgy.cn", "zxx.edu.cn"], date(2026, 9, 8)),
    ("s4", "wechat", "高新区育才小学", "二年级(4)班", 2, ["gxyc-school.cn", "smartedu.cn"], date(2026, 10, 12)),
    ("s5", "qq", "青石镇中心小学", "六年级(1)班", 6, ["qszx.edu.cn"], date(2026, 10, 19)),
    ("s6", "matrix", "明德实验学校", "初一(5)班", 7, ["mdsy.cn", "jyj.mdq.gov.cn"], date(2026, 11, 2)),
]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤")
GIVEN = ("子轩 梓涵 浩然 雨桐 欣怡 宇航 思彤 俊熙 诗涵 思远 若汐 嘉怡 子墨 梓萱 铭泽 语桐 沐阳 皓轩 可馨 宸睿 "
         "佳琪 奕辰 安琪 明哲 芷若 天佑 书瑶 昊天 梦琪 俊杰 雅琪 博文 晓彤 子豪 紫萱 睿泽 嘉懿 泽宇 欣妍 雨萱 "
         "思琪 浩宇 佳怡 若曦 铭轩 诗琪 宇轩 歆瑶 家豪 清妍 梓睿 悦然 浚哲 语嫣 天翊 靖雯 煜祺 艺涵 楷瑞 婉清 "
         "振宇 紫涵 俊宇 馨月 嘉树 瑾萱 一诺 乐瑶 子琪 锦程 昕妍 予安 宥辰 知夏 朗逸 沐辰 亦菲 思颖 景行 曼婷 "
         "承泽 晗玥 景瑜 思妤 奕霖 芮涵 煦然 禹辰").split()
TEACHER_GIVEN = "敏 建国 丽华 海燕 志强 晓燕 文静 红梅 国栋 春雨 雪芳 立新 秀兰 伟 静怡 卫东 玉兰 晓东".split()
SUBJECTS = [("语文", "head_teacher"), ("数学", "teacher"), ("英语", "teacher"), ("科学", "teacher")]
FEMALE = ["妈妈", "奶奶", "外婆", "姥姥"]
MALE = ["爸爸", "爷爷", "外公", "姥爷"]
OLD = ["奶奶", "外婆", "姥姥", "爷爷", "外公", "姥爷"]

OPT_RE = re.compile(r"^\[([^\]]*)\]")


def parse_sources():
    """Return a list of units; a unit is a list of message dicts (len > 1 for threads)."""
    units = []
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith(".txt"):
            continue
        stem = fn[:-4]
        thread = None
        with open(os.path.join(SRC, fn), encoding="utf-8") as f:
            for lineno, raw in enumerate(f, 1):
                line = raw.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                opts = {}
                rest = line
                while True:
                    m = OPT_RE.match(rest)
                    if not m:
                        break
                    body = m.group(1)
                    if "=" in body:
                        k, v = body.split("=", 1)
                        opts[k.strip()] = v.strip()
                    else:
                        opts[body.strip()] = True
                    rest = rest[m.end():]
                if " | " not in rest:
                    sys.exit(f"{fn}:{lineno}: missing ' | ' separator")
                lab, text = rest.split(" | ", 1)
                lab = lab.strip()
                labels = [] if lab == "-" else [x.strip() for x in lab.split(",") if x.strip()]
                for x in labels:
                    if x not in CATALOGUE:
                        sys.exit(f"{fn}:{lineno}: unknown category {x!r}")
                kind = "text"
                for k, v in (("image", "image"), ("file", "file"), ("card", "link_card")):
                    if opts.get(k):
                        kind = v
                family = opts.get("fam", stem)
                msg = {"text": text.strip(), "expect": sorted(set(labels), key=CATALOGUE.index),
                       "kind": kind, "family": family, "src": f"{fn}:{lineno}"}
                if "T" in opts:
                    spk, _, hint = opts["T"].partition(":")
                    msg.update(speaker=spk, hint=hint or None, quote=False)
                    if stem == "insults" and "fam" not in opts and set(msg["expect"]) <= {"chat"}:
                        msg["family"] = "neg_thread_context"
                    thread = [msg]
                    units.append(thread)
                elif "R" in opts or "C" in opts:
                    if thread is None:
                        sys.exit(f"{fn}:{lineno}: thread continuation without [T=..]")
                    key = "R" if "R" in opts else "C"
                    spk, _, hint = opts[key].partition(":")
                    msg.update(speaker=spk, hint=hint or None, quote=(key == "R"))
                    thread.append(msg)
                else:
                    thread = None
                    units.append([msg])
    return units


def make_roster(rng, gid, platform, allowed, used_full):
    n_students = 32
    students = []
    given_used = set()
    while len(students) < n_students:
        sur = rng.choice(SURNAMES)
        giv = rng.choice(GIVEN)
        full = sur + giv
        if giv in given_used or full in used_full:
            continue
        given_used.add(giv)
        used_full.add(full)
        students.append(full)

    def new_id(prefix, i):
        if platform == "wechat":
            return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))
        if platform == "qq":
            return str(rng.randint(100000000, 2999999999))
        return f"@{prefix}{i:02d}_{rng.randint(1000, 9999)}:im.{allowed[0]}"

    teachers = []
    t_surnames = rng.sample(SURNAMES, 4)
    for i, (subj, role) in enumerate(SUBJECTS[:3 + (gid in ("s3", "s6"))]):
        name = t_surnames[i] + rng.choice(TEACHER_GIVEN)
        teachers.append({"id": new_id("t", i), "name": name, "subject": subj, "role": role,
                         "display_name": subj + name})
    guardians = []  # dicts id, pupil, relation, display_name
    roster_students = []
    gi = 0
    for s in students:
        r = rng.random()
        if r < 0.55:
            rels = [rng.choice(["妈妈", "妈妈", "妈妈", "爸爸", "爸爸"])]
        elif r < 0.85:
            rels = ["妈妈", "爸爸"]
        else:
            rels = [rng.choice(["妈妈", "爸爸"]), rng.choice(OLD)]
        gl = []
        for rel in rels:
            gid_ = new_id("p", gi)
            gi += 1
            g = {"id": gid_, "pupil": s, "relation": rel, "display_name": s + rel}
            guardians.append(g)
            gl.append({"id": gid_, "relation": rel})
        roster_students.append({"name": s, "guardians": gl})
    # make sure every group has enough grandparents / dads / moms for thread hints
    return teachers, guardians, roster_students


def pick_guardian(rng, guardians, hint, exclude):
    pool = [g for g in guardians if g["id"] not in exclude]
    if hint == "mom":
        pool = [g for g in pool if g["relation"] == "妈妈"]
    elif hint == "dad":
        pool = [g for g in pool if g["relation"] == "爸爸"]
    elif hint == "old":
        pool = [g for g in pool if g["relation"] in OLD]
    elif hint == "f":
        pool = [g for g in pool if g["relation"] in FEMALE]
    elif hint == "m":
        pool = [g for g in pool if g["relation"] in MALE]
    if not pool:
        raise RuntimeError(f"no guardian for hint {hint}")
    return rng.choice(pool)


def main():
    rng = random.Random(SEED)
    units = parse_sources()
    rng.shuffle(units)

    groups = {}
    used_full = set()
    for gid, platform, school, klass, grade, allowed, day0 in GROUPS:
        teachers, guardians, students = make_roster(rng, gid, platform, allowed, used_full)
        groups[gid] = dict(platform=platform, school=school, klass=klass, grade=grade,
                           allowed=allowed, day0=day0, teachers=teachers, guardians=guardians,
                           students=students, units=[], n=0)

    # balanced assignment: each unit to the group with the fewest messages so far
    order = list(groups)
    for u in units:
        least = min(groups[g]["n"] for g in order)
        cands = [g for g in order if groups[g]["n"] == least]
        g = rng.choice(cands)
        groups[g]["units"].append(u)
        groups[g]["n"] += len(u)

    tz = timezone(timedelta(hours=8))
    os.makedirs(os.path.join(ROOT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "transcripts"), exist_ok=True)
    groups_yaml = {"groups": {}}
    stats = {"families": {}, "labels": {}, "groups": {}, "positives": 0, "negatives": 0}

    for gid, G in groups.items():
        allowed = G["allowed"]
        school_dom = allowed[0]
        edu_dom = allowed[1] if len(allowed) > 1 else allowed[0]
        # days: weekdays from day0
        per_day = 15
        days = []
        d = G["day0"]
        while len(days) * per_day < G["n"] + per_day:
            if d.weekday() < 5:
                days.append(d)
            d += timedelta(days=1)
        # split units into days, ~per_day messages each
        day_units = [[] for _ in days]
        di, cnt = 0, 0
        for u in G["units"]:
            if cnt + len(u) > per_day and cnt > 0 and di < len(days) - 1:
                di += 1
                cnt = 0
            day_units[di].append(u)
            cnt += len(u)
        lines = []
        seq = 0
        last_sender = None
        for day, dus in zip(days, day_units):
            if not dus:
                continue
            start = datetime(day.year, day.month, day.day, 9, 0, 0, tzinfo=tz)
            end = datetime(day.year, day.month, day.day, 17, 59, 59, tzinfo=tz)
            span = (end - start).total_seconds()
            # thread durations at most ~ 5 msgs * 240 s
            offsets = sorted(rng.uniform(60, span - 1800) for _ in dus)
            t_prev = start
            for off, u in zip(offsets, dus):
                t = start + timedelta(seconds=int(off))
                if t <= t_prev:
                    t = t_prev + timedelta(seconds=rng.randint(20, 90))
                speakers = {}
                prev_id = None
                for k, m in enumerate(u):
                    if k > 0:
                        t = t + timedelta(seconds=rng.randint(25, 240))
                    if "speaker" in m:
                        spk = m["speaker"]
                        if spk not in speakers:
                            speakers[spk] = pick_guardian(rng, G["guardians"], m.get("hint"),
                                                          {g["id"] for g in speakers.values()})
                        g = speakers[spk]
                    else:
                        while True:
                            g = rng.choice(G["guardians"])
                            if g["id"] != last_sender:
                                break
                    seq += 1
                    mid = f"{gid}-{seq:04d}"
                    text = m["text"].replace("{SCHOOL}", school_dom).replace("{EDU}", edu_dom)
                    reply_to = prev_id if m.get("quote") else None
                    lines.append({"id": mid, "ts": t.isoformat(), "group": gid, "sender": g["id"],
                                  "name": g["display_name"], "text": text, "kind": m["kind"],
                                  "reply_to": reply_to, "expect": m["expect"], "family": m["family"]})
                    prev_id = mid
                    last_sender = g["id"]
                    fam = stats["families"].setdefault(m["family"], {"n": 0, "labels": {}})
                    fam["n"] += 1
                    key = ",".join(m["expect"]) or "clean"
                    fam["labels"][key] = fam["labels"].get(key, 0) + 1
                    for c in m["expect"] or ["clean"]:
                        stats["labels"][c] = stats["labels"].get(c, 0) + 1
                    if any(c != "chat" for c in m["expect"]):
                        stats["positives"] += 1
                    else:
                        stats["negatives"] += 1
                t_prev = t
                if t > end:
                    sys.exit(f"{gid}: message after 17:59:59 on {day}")
        with open(os.path.join(ROOT, "transcripts", f"{gid}.jsonl"), "w", encoding="utf-8") as f:
            for ln in lines:
                f.write(json.dumps(ln, ensure_ascii=False) + "\n")
        stats["groups"][gid] = len(lines)

        roster = {
            "group": gid, "school": G["school"], "class": G["klass"],
            "roster": {
                "teachers": [{"id": t["id"], "name": t["name"], "subject": t["subject"], "role": t["role"]}
                             for t in G["teachers"]],
                "supervisor": rng.choice(G["guardians"])["id"],
                "students": G["students"],
            },
            "members": [{"id": t["id"], "display_name": t["display_name"]} for t in G["teachers"]]
                       + [{"id": g["id"], "display_name": g["display_name"]} for g in G["guardians"]],
        }
        with open(os.path.join(ROOT, "rosters", f"{gid}.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(roster, f, allow_unicode=True, sort_keys=False, width=1000)
        groups_yaml["groups"][gid] = {
            "school": G["school"], "class": G["klass"], "grade": G["grade"], "platform": G["platform"],
            "timezone": "Asia/Shanghai", "quiet_hours": {"start": "20:00", "end": "07:00"},
            "allowed_link_domains": allowed, "transcript": f"transcripts/{gid}.jsonl",
            "roster": f"rosters/{gid}.yaml",
        }
    with open(os.path.join(ROOT, "groups.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(groups_yaml, f, allow_unicode=True, sort_keys=False, width=1000)
    stats["total"] = stats["positives"] + stats["negatives"]
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(f"messages: {stats['total']}  positives: {stats['positives']}  "
          f"hard negatives (clean or chat only): {stats['negatives']}")
    for gid, n in stats["groups"].items():
        print(f"  {gid}: {n}")


if __name__ == "__main__":
    main()
