#!/usr/bin/env python3
"""Deterministic builder for corpus_spam7.

Reads the hand-written sources build/src/<group>.txt and writes
groups.yaml, rosters/<group>.yaml, transcripts/<group>.jsonl (+ build/stats.md).

Source line format (one message per line):
    FAMILY SENDER REPLY KIND LABELS :: TEXT
  FAMILY  family tag; a leading "!" marks a hard negative of that family
  SENDER  guardian key: <pupil number><relation letter>, e.g. 3m, 12d
  REPLY   "-" (none), "^" (previous message) or "^N" (N messages back)
  KIND    t=text i=image f=file l=link_card
  LABELS  "." for clean, else comma-separated categories (any order)
  TEXT    message text; "\\n" is a line break
Other lines: "#" comment, blank, "--" (gap of one to three hours),
"---" (next weekday).
Only stdlib + PyYAML.  Run: /work/main/.venv/bin/python build/build.py
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter, defaultdict

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
IN_PLAY = {"illegal", "abuse", "ad", "link", "rumor", "chat", "dispute"}
KINDS = {"t": "text", "i": "image", "f": "file", "l": "link_card"}
REL = {"m": "妈妈", "d": "爸爸", "n": "奶奶", "y": "爷爷", "w": "外婆", "g": "外公",
       "l": "姥姥", "e": "姥爷", "j": "家长"}
TZ = dt.timezone(dt.timedelta(hours=8))

# ---------------------------------------------------------------- groups
# students: (full name, guardian letters); teachers: (name, subject, role)
GROUPS = {
    "g1": dict(
        school="青禾路小学", cls="一年级(3)班", grade=1, platform="wechat",
        quiet=("20:00", "07:00"),
        domains=["example-qinghe.cn", "smartedu.cn"],
        start=dt.date(2026, 10, 12), seed=7101, supervisor="12m",
        teachers=[("周婉清", "语文", "head_teacher"), ("李建平", "数学", "teacher"),
                  ("陈露", "英语", "teacher")],
        students=[("林梓萱", "md"), ("陈浩宇", "m"), ("王若汐", "mw"), ("张铭泽", "d"),
                  ("刘语桐", "m"), ("杨子墨", "mn"), ("赵思琪", "m"), ("黄俊熙", "md"),
                  ("周欣妍", "m"), ("吴宇航", "dy"), ("徐诗涵", "m"), ("孙嘉懿", "m"),
                  ("胡睿泽", "d"), ("朱雨萌", "m"), ("高梓轩", "ml"), ("林沐辰", "m"),
                  ("何安琪", "md"), ("郭天翊", "m"), ("马晨曦", "d"), ("罗佳怡", "m"),
                  ("梁煜城", "m"), ("宋雅涵", "mg"), ("郑皓轩", "d"), ("谢可馨", "m"),
                  ("韩奕辰", "m"), ("唐诗琪", "j"), ("冯泽楷", "m"), ("于书瑶", "md")]),
    "g2": dict(
        school="东湖实验小学", cls="三年级(1)班", grade=3, platform="wechat",
        quiet=("20:00", "07:00"),
        domains=["example-donghu.cn", "smartedu.cn"],
        start=dt.date(2026, 11, 2), seed=7202, supervisor="2m",
        teachers=[("高秀英", "语文", "head_teacher"), ("罗志强", "数学", "teacher"),
                  ("孔婷婷", "英语", "teacher")],
        students=[("曹宇轩", "md"), ("许欣悦", "m"), ("邓子豪", "d"), ("萧婉清", "m"),
                  ("程博文", "mn"), ("袁诗雨", "m"), ("蔡俊杰", "d"), ("潘梓涵", "m"),
                  ("田嘉乐", "m"), ("董若曦", "mw"), ("袁明哲", "d"), ("蒋雨桐", "m"),
                  ("沈皓然", "md"), ("韦思彤", "m"), ("钟子健", "m"), ("姜一凡", "d"),
                  ("崔梦琪", "m"), ("任俊宇", "my"), ("陆晓萱", "m"), ("贾天昊", "d"),
                  ("方紫涵", "m"), ("石家豪", "md"), ("廖雨欣", "m"), ("邹明轩", "d"),
                  ("熊可欣", "m"), ("金宇辰", "m"), ("白芷若", "m"), ("秦浩轩", "j")]),
    "g3": dict(
        school="南湾小学", cls="五年级(2)班", grade=5, platform="wechat",
        quiet=("21:00", "07:00"),
        domains=["example-nanwan.cn", "smartedu.cn", "example-jyj.gov.cn"],
        start=dt.date(2026, 9, 14), seed=7303, supervisor="7m",
        teachers=[("姚建华", "语文", "head_teacher"), ("许丹", "数学", "teacher"),
                  ("汤佳", "英语", "teacher"), ("段涛", "体育", "teacher")],
        students=[("彭思远", "md"), ("吕雅琪", "m"), ("苏博涛", "d"), ("卢欣蕾", "m"),
                  ("蒋佑宁", "m"), ("丁梓睿", "d"), ("魏诗颖", "m"), ("薛浩楠", "mn"),
                  ("叶书妍", "m"), ("阎俊豪", "d"), ("余佳琪", "m"), ("潘宇泽", "m"),
                  ("杜若彤", "mw"), ("戴嘉伟", "d"), ("夏雨菲", "m"), ("钟亦凡", "d"),
                  ("汪诗妍", "m"), ("田子骞", "m"), ("任紫萱", "m"), ("姚俊驰", "dy"),
                  ("卢思涵", "m"), ("傅梓琳", "m"), ("侯宇豪", "d"), ("邵雨泽", "m"),
                  ("孟可妍", "m"), ("龙浩辰", "m"), ("万欣彤", "ml"), ("段嘉琪", "m")]),
    "q1": dict(
        school="北山路小学", cls="四年级(2)班", grade=4, platform="qq",
        quiet=("20:00", "07:00"),
        domains=["example-beishan.cn", "smartedu.cn"],
        start=dt.date(2026, 10, 19), seed=7404, supervisor="4m", qqbase=41,
        teachers=[("韩雪", "语文", "head_teacher"), ("毛国栋", "数学", "teacher"),
                  ("温晓", "英语", "teacher")],
        students=[("雷子轩", "md"), ("黎思雨", "m"), ("史俊逸", "d"), ("陶雨婷", "m"),
                  ("贺晨阳", "m"), ("龚欣怡", "mw"), ("文梓豪", "d"), ("严语嫣", "m"),
                  ("易铭轩", "m"), ("常思涵", "d"), ("武泓宇", "m"), ("乔诗语", "m"),
                  ("赖子昂", "d"), ("庞雨彤", "m"), ("樊嘉怡", "m"), ("兰博宇", "mn"),
                  ("殷梓涵", "m"), ("施俊凯", "d"), ("洪雅静", "m"), ("左天乐", "m"),
                  ("石梦瑶", "m"), ("崔振宇", "d"), ("覃欣妤", "m"), ("翟明远", "m"),
                  ("祁若琳", "m"), ("景睿阳", "dj"), ("裴诗媛", "m"), ("牛子睿", "m")]),
    "q2": dict(
        school="西河小学", cls="六年级(1)班", grade=6, platform="qq",
        quiet=("20:00", "07:00"),
        domains=["example-xihe.cn"],
        start=dt.date(2026, 11, 16), seed=7505, supervisor="8m", qqbase=52,
        teachers=[("潘丽", "语文", "head_teacher"), ("黄海", "数学", "teacher"),
                  ("邢悦", "英语", "teacher")],
        students=[("符梓航", "md"), ("甘雨涵", "m"), ("毕晨宇", "d"), ("房思妍", "m"),
                  ("卜嘉豪", "m"), ("蓝可怡", "mw"), ("谭宇森", "d"), ("尹诗晴", "m"),
                  ("欧阳子萱", "m"), ("郝天泽", "d"), ("岳雨晴", "m"), ("申俊楠", "m"),
                  ("宁欣瑶", "m"), ("童博睿", "dy"), ("颜紫琪", "m"), ("葛梓杰", "m"),
                  ("舒雅琳", "m"), ("柯浩铭", "d"), ("车语涵", "m"), ("管思齐", "m"),
                  ("邱天宇", "d"), ("尚依诺", "m"), ("柴嘉航", "m"), ("路心怡", "m"),
                  ("褚铭瀚", "d"), ("苗若伊", "m"), ("凌皓宸", "m"), ("滕思琦", "ml")]),
    "q3": dict(
        school="月湖小学", cls="二年级(4)班", grade=2, platform="qq",
        quiet=("19:30", "07:00"),
        domains=["example-yuehu.cn", "smartedu.cn"],
        start=dt.date(2026, 12, 7), seed=7606, supervisor="11m", qqbase=63,
        teachers=[("庄敏", "语文", "head_teacher"), ("季伟", "数学", "teacher"),
                  ("童欢", "英语", "teacher")],
        students=[("项梓萌", "md"), ("包宇晨", "m"), ("贝子琪", "d"), ("倪思语", "m"),
                  ("齐嘉逸", "m"), ("骆雨珊", "mw"), ("麦浩文", "d"), ("喻诗淇", "m"),
                  ("薄若楠", "m"), ("晏天朗", "d"), ("花语彤", "m"), ("詹俊宸", "m"),
                  ("原雅萱", "m"), ("栾博涵", "dy"), ("臧欣雨", "m"), ("阮泽宇", "m"),
                  ("柏诗雯", "m"), ("鲍俊熹", "d"), ("单若溪", "m"), ("储思源", "m"),
                  ("钱雨嘉", "m"), ("卫铭宇", "d"), ("饶可心", "m"), ("连佳宁", "m"),
                  ("荣皓天", "d"), ("毛悦溪", "m"), ("郁晨宁", "m"), ("邬书涵", "ml")]),
}
ORDER = ["g1", "g2", "g3", "q1", "q2", "q3"]
FAMILIES = [
    ("porn lures, adult content, sex-service ads", ["porn"]),
    ("gambling", ["gamb"]),
    ("fraud", ["fraud"]),
    ("illicit trade (certificates, 代考, answers, surveillance, data, cards, drugs, weapons)",
     ["trade", "drug", "weapon"]),
    ("superstition, chain letters, religious proselytising", ["superst", "religion"]),
    ("SMS-style marketing blasts", ["sms"]),
    ("Telegram/QQ-group recruitment", ["tg"]),
    ("individual selling by a parent", ["sell"]),
    ("contact lures (ads with a handle)", ["lure"]),
    ("insults, flaming, quarrels, threats", ["insult", "flame", "quarrel", "debate", "threat", "joke"]),
    ("rumors from outside", ["rumor"]),
    ("off-topic chat (incl. violent-drama talk)", ["chat", "violence"]),
    ("outside links / allowed school links", ["link"]),
    ("ordinary class traffic (background)", ["class"]),
]


class Quoted(str):
    """A string always written in double quotes (HH:MM must never look like a number)."""


yaml.SafeDumper.add_representer(
    Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def member_id(g, meta, key_num, letter):
    if meta["platform"] == "qq":
        return str(meta["qqbase"] * 100000 + 10000 + key_num * 10 + "mdnywglej".index(letter))
    return f"wxid_{g}p{key_num:02d}{letter}"


def teacher_id(g, meta, i):
    if meta["platform"] == "qq":
        return str(meta["qqbase"] * 100000 + 90000 + i)
    return f"wxid_{g}t{i}"


def build_roster(g, meta):
    teachers, members, students, keys = [], [], [], {}
    for i, (name, subj, role) in enumerate(meta["teachers"], 1):
        tid = teacher_id(g, meta, i)
        teachers.append({"id": tid, "name": name, "subject": subj, "role": role})
        members.append({"id": tid, "display_name": f"{subj}{name}"})
    for n, (pupil, letters) in enumerate(meta["students"], 1):
        gs = []
        for letter in letters:
            mid = member_id(g, meta, n, letter)
            gs.append({"id": mid, "relation": REL[letter]})
            dn = f"{pupil}{REL[letter]}"
            members.append({"id": mid, "display_name": dn})
            keys[f"{n}{letter}"] = (mid, dn)
        students.append({"name": pupil, "guardians": gs})
    sup = keys[meta["supervisor"]][0]
    roster = {"group": g, "school": meta["school"], "class": meta["cls"],
              "roster": {"teachers": teachers, "supervisor": sup, "students": students},
              "members": members}
    return roster, keys


def next_weekday(d):
    d += dt.timedelta(days=1)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def parse_src(g):
    path = os.path.join(SRC, f"{g}.txt")
    items = []
    with open(path, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            if s in ("--", "---"):
                items.append(("gap", s, ln))
                continue
            if " :: " not in line:
                sys.exit(f"{path}:{ln}: missing ' :: '")
            head, text = line.split(" :: ", 1)
            parts = head.split()
            if len(parts) != 5:
                sys.exit(f"{path}:{ln}: header needs 5 fields, got {parts}")
            fam, sender, reply, kind, labels = parts
            if kind not in KINDS:
                sys.exit(f"{path}:{ln}: bad kind {kind}")
            labs = [] if labels == "." else labels.split(",")
            for lab in labs:
                if lab not in IN_PLAY:
                    sys.exit(f"{path}:{ln}: category {lab} not in play")
            if len(set(labs)) != len(labs):
                sys.exit(f"{path}:{ln}: duplicate label")
            labs = sorted(labs, key=CATALOGUE.index)
            text = text.strip().replace("\\n", "\n")
            items.append(("msg", dict(fam=fam, sender=sender, reply=reply,
                                      kind=KINDS[kind], labels=labs, text=text), ln))
    return items


def main():
    os.makedirs(os.path.join(OUT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "transcripts"), exist_ok=True)
    groups_yaml = {"groups": {}}
    stats = []
    fam_counter = defaultdict(Counter)   # fam -> label counter
    fam_total = Counter()
    cat_total = Counter()
    for g in ORDER:
        meta = GROUPS[g]
        rng = random.Random(meta["seed"])
        roster, keys = build_roster(g, meta)
        groups_yaml["groups"][g] = {
            "school": meta["school"], "class": meta["cls"], "grade": meta["grade"],
            "platform": meta["platform"], "timezone": "Asia/Shanghai",
            "quiet_hours": {"start": Quoted(meta["quiet"][0]), "end": Quoted(meta["quiet"][1])},
            "allowed_link_domains": meta["domains"],
            "transcript": f"transcripts/{g}.jsonl", "roster": f"rosters/{g}.yaml"}
        with open(os.path.join(OUT, "rosters", f"{g}.yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(roster, fh, allow_unicode=True, sort_keys=False, width=1000)
        day = meta["start"]
        t = dt.datetime.combine(day, dt.time(9, 0), TZ) + dt.timedelta(minutes=rng.randint(2, 50))
        first = True
        out = []
        for typ, item, ln in parse_src(g):
            if typ == "gap":
                if item == "---":
                    day = next_weekday(t.date())
                    t = dt.datetime.combine(day, dt.time(9, 0), TZ) + \
                        dt.timedelta(minutes=rng.randint(1, 80), seconds=rng.randint(0, 59))
                    first = True
                else:
                    t += dt.timedelta(minutes=rng.randint(60, 170), seconds=rng.randint(0, 59))
                continue
            if not first:
                t += dt.timedelta(seconds=rng.randint(15, 420))
            first = False
            if t.time() > dt.time(17, 59, 0):
                day = next_weekday(t.date())
                t = dt.datetime.combine(day, dt.time(9, 0), TZ) + \
                    dt.timedelta(minutes=rng.randint(1, 40), seconds=rng.randint(0, 59))
            if item["sender"] not in keys:
                sys.exit(f"src/{g}.txt:{ln}: unknown sender {item['sender']}")
            mid, dn = keys[item["sender"]]
            reply = None
            r = item["reply"]
            if r != "-":
                if not r.startswith("^"):
                    sys.exit(f"src/{g}.txt:{ln}: bad reply {r}")
                back = int(r[1:] or "1")
                if back > len(out):
                    sys.exit(f"src/{g}.txt:{ln}: reply beyond start")
                reply = out[-back]["id"]
            msg = {"id": f"{g}-{len(out) + 1:04d}", "ts": t.isoformat(), "group": g,
                   "sender": mid, "name": dn, "text": item["text"], "kind": item["kind"],
                   "reply_to": reply, "expect": item["labels"]}
            out.append(msg)
            fam = item["fam"]
            fam_total[fam] += 1
            for lab in item["labels"] or ["clean"]:
                fam_counter[fam][lab] += 1
            for lab in item["labels"]:
                cat_total[lab] += 1
        with open(os.path.join(OUT, "transcripts", f"{g}.jsonl"), "w", encoding="utf-8") as fh:
            for m in out:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
        pos = sum(1 for m in out if m["expect"])
        per = Counter(l for m in out for l in m["expect"])
        stats.append((g, meta["platform"], len(out), pos, per))
    with open(os.path.join(OUT, "groups.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(groups_yaml, fh, allow_unicode=True, sort_keys=False, width=1000)

    cats = [c for c in CATALOGUE if c in IN_PLAY]
    lines = ["| group | platform | messages | positive | " + " | ".join(cats) + " |",
             "|---|---|---|---|" + "---|" * len(cats)]
    tm = tp = 0
    for g, plat, n, pos, per in stats:
        tm += n
        tp += pos
        lines.append(f"| {g} | {plat} | {n} | {pos} | " + " | ".join(str(per[c]) for c in cats) + " |")
    lines.append(f"| **all** | | **{tm}** | **{tp}** | " +
                 " | ".join(f"**{cat_total[c]}**" for c in cats) + " |")
    lines += ["", "| family | messages | clean | " + " | ".join(cats) + " |",
              "|---|---|---|" + "---|" * len(cats)]
    for fam in sorted(fam_total, key=lambda f: (f.lstrip("!"), f.startswith("!"))):
        c = fam_counter[fam]
        lines.append(f"| {fam} | {fam_total[fam]} | {c['clean']} | " +
                     " | ".join(str(c[x]) for x in cats) + " |")
    # families of the brief: family tag -> family
    lines += ["", "| family (brief) | tags | messages | positive | hard negatives (\"!\" lines) | of which clean |",
              "|---|---|---|---|---|---|"]
    for fam_name, tags in FAMILIES:
        n = sum(fam_total[t] + fam_total["!" + t] for t in tags)
        hn = sum(fam_total["!" + t] for t in tags)
        hn_clean = sum(fam_counter["!" + t]["clean"] for t in tags)
        clean = sum(fam_counter[t]["clean"] + fam_counter["!" + t]["clean"] for t in tags)
        lines.append(f"| {fam_name} | {', '.join(tags)} | {n} | {n - clean} | {hn} | {hn_clean} |")
    with open(os.path.join(HERE, "stats.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
