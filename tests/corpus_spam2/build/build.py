#!/usr/bin/env python3
"""Build the blind third-party-spam development bundle (tests/corpus_spam2) deterministically.

Messages live in fam*.txt next to this script, one per line:
  violations (fam1-7):  CODES | text         CODES over I=illegal A=ad L=link B=abuse
  negatives  (fam8):    T|P | text           sender type; a leading '+' attaches the line
                                             to the previous one as a teacher reply
  a text may start with 'img:' or 'card:' (kind image / link_card).
Placeholders in fam8: {HT} head teacher (X老师), {P} a parent's display name, {DOMAIN}
the group's school domain.
"""
import datetime as dt
import json
import os
import random
import re
import shutil
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # the bundle: tests/corpus_spam2
SEED = 20260914
VOCAB = {"membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
         "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
         "student_privacy", "private_matter", "quiet_hours", "dispute"}
CODE = {"I": "illegal", "A": "ad", "L": "link", "B": "abuse"}
ORDER = ["illegal", "abuse", "ad", "link"]
FILES = {1: "fam1_porn.txt", 2: "fam2_gamble.txt", 3: "fam3_fraud.txt",
         4: "fam4_illicit.txt", 5: "fam5_tg.txt", 6: "fam6_sms.txt",
         7: "fam7_abuse.txt", 8: "fam8_neg.txt"}
TZ = dt.timezone(dt.timedelta(hours=8))

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔")
GIVEN = ["子涵", "雨桐", "浩然", "梓萱", "宇轩", "思远", "欣怡", "一诺", "子墨", "若汐",
         "俊熙", "诗涵", "皓轩", "语嫣", "博文", "可馨", "泽宇", "梦琪", "天佑", "佳怡",
         "嘉懿", "煜城", "懿轩", "烨磊", "晟睿", "天翊", "瑾瑜", "沐阳", "芷若", "昕彤",
         "明哲", "清妍", "亦辰", "书瑶", "锦程", "一鸣", "安琪", "景行", "思彤", "奕辰",
         "若曦", "睿泽", "静姝", "梓晨", "雅琪", "子骞", "星辰", "悦然", "承宇", "沛然",
         "诗琪", "乐瑶", "航宇", "歆瑶", "铭泽", "紫萱", "文博", "晨曦", "予安", "知远"]
RELATIONS = ["妈妈"] * 6 + ["爸爸"] * 4 + ["奶奶", "外婆", "爷爷"]
PINYIN_REL = {"妈妈": "ma", "爸爸": "ba", "奶奶": "nai", "外婆": "wp", "爷爷": "ye"}
TEACHERS = [("语文", "head_teacher"), ("数学", "teacher"), ("英语", "teacher"), ("科学", "teacher")]
T_NAMES = ["周敏", "陈静", "刘洋", "王芳", "李娜", "赵磊", "孙丽", "黄海", "吴婷", "郑强",
           "何晓燕", "林峰", "罗佳", "梁宏", "宋雪", "唐建华", "许晴", "韩冬", "冯玉兰", "邓超",
           "曹颖", "彭军", "曾小红", "肖鹏"]

GROUPS = [
    ("c1", "翠湖路第二小学", "三年级(2)班", 3, "wechat", "chl2x.edu.cn", 41,
     ["2026-09-14", "2026-09-15", "2026-09-16", "2026-09-17"]),
    ("c2", "云岭实验学校", "五年级(4)班", 5, "qq", "yunling-sy.cn", 36,
     ["2026-09-21", "2026-09-22", "2026-09-23", "2026-09-24"]),
    ("c3", "南湖区育才小学", "二年级(1)班", 2, "wechat", "nhyc.edu.cn", 44,
     ["2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15"]),
    ("c4", "石桥镇中心小学", "四年级(3)班", 4, "qq", "sqzx.edu.cn", 32,
     ["2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22"]),
    ("c5", "滨海新区外国语小学", "六年级(1)班", 6, "wechat", "bhwgy.cn", 39,
     ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"]),
    ("c6", "桂花园小学", "一年级(5)班", 1, "qq", "guihuayuan-xx.cn", 34,
     ["2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12"]),
]


def parse():
    units = []  # each unit: list of msgs (dict)
    for fam, fn in FILES.items():
        for ln, line in enumerate(open(os.path.join(HERE, fn), encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            cont = line.startswith("+")
            if cont:
                line = line[1:]
            head, sep, text = line.partition(" | ")
            if not sep:
                sys.exit(f"{fn}:{ln}: no ' | ' separator")
            kind = "text"
            head = head.strip()
            for pre, k in (("img:", "image"), ("card:", "link_card")):
                if head.startswith(pre):
                    head, kind = head[len(pre):], k
            text = text.strip()
            if fam == 8:
                if head not in ("T", "P"):
                    sys.exit(f"{fn}:{ln}: bad sender type {head!r}")
                msg = {"fam": 8, "who": head, "text": text, "kind": kind, "expect": [],
                       "src": f"{fn}:{ln}"}
            else:
                if not head or set(head) - set(CODE):
                    sys.exit(f"{fn}:{ln}: bad codes {head!r}")
                cats = {CODE[c] for c in head}
                msg = {"fam": fam, "who": "P", "text": text, "kind": kind,
                       "expect": [c for c in ORDER if c in cats], "src": f"{fn}:{ln}"}
            if cont:
                if not units or fam != 8:
                    sys.exit(f"{fn}:{ln}: continuation without a unit")
                msg["reply"] = True
                units[-1].append(msg)
            else:
                units.append([msg])
    return units


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


LINK_RE = re.compile(r"(https?://|tg://|t\.me/|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|cn|top|vip|net|cc|xyz|io|shop|club|live|org|me|info)\b)")
OBF_RE = re.compile(r"[a-z0-9]\s*(点|。)\s*(com|cn|top|vip|net|cc|xyz)")
AD_HINT = re.compile(r"(加v|v信|vx|薇|徽信|威信|扣扣|qq|私聊|私我|私信|私\b|@|tg|飞机|飛機|电报|電報|扫码|进群|群号|主页|主頁|line|whatsapp|联系|聯繫|电话|咨询|热线|退订|回t)", re.I)


def make_rosters(rng):
    rosters = {}
    used_tnames = set()
    for gi, (gid, school, cls, grade, plat, dom, nstu, days) in enumerate(GROUPS):
        names = set()
        students = []
        while len(students) < nstu:
            n = rng.choice(SURNAMES) + rng.choice(GIVEN)
            if n in names:
                continue
            names.add(n)
            rels = [rng.choice(RELATIONS)]
            if rng.random() < 0.35:
                other = {"妈妈": "爸爸", "爸爸": "妈妈"}.get(rels[0], rng.choice(["妈妈", "爸爸"]))
                rels.append(other)
            guards = []
            for r in rels:
                gidn = f"p_{len(students):02d}_{PINYIN_REL[r]}"
                guards.append({"id": gidn, "relation": r})
            students.append({"name": n, "guardians": guards})
        teachers = []
        for subj, role in TEACHERS:
            while True:
                tn = rng.choice(T_NAMES)
                if tn not in used_tnames:
                    used_tnames.add(tn)
                    break
            teachers.append({"id": f"t_{subj_code(subj)}", "name": tn, "subject": subj, "role": role})
        members = []
        for t in teachers:
            dn = f"{t['subject']}{t['name']}" + ("（班主任）" if t["role"] == "head_teacher" else "")
            members.append({"id": t["id"], "display_name": dn})
        parents = []
        for s in students:
            for g in s["guardians"]:
                dn = s["name"] + g["relation"]
                if rng.random() < 0.08:
                    dn += rng.choice(["🌸", "⚽", "🍀"])
                members.append({"id": g["id"], "display_name": dn})
                parents.append((g["id"], dn))
        supervisor = parents[rng.randrange(len(parents))][0]
        rosters[gid] = {"group": gid, "school": school, "class": cls,
                        "roster": {"teachers": teachers, "supervisor": supervisor,
                                   "students": students},
                        "members": members}
    return rosters


def subj_code(s):
    return {"语文": "yw", "数学": "sx", "英语": "yy", "科学": "kx"}[s]


def main():
    rng = random.Random(SEED)
    units = parse()
    # duplicate check
    seen = {}
    for u in units:
        for m in u:
            k = norm(m["text"])
            if k in seen:
                sys.exit(f"duplicate text: {m['src']} == {seen[k]}")
            seen[k] = m["src"]
    rosters = make_rosters(rng)

    # distribute units to groups
    rng.shuffle(units)
    per = {g[0]: [] for g in GROUPS}
    sizes = {g[0]: 0 for g in GROUPS}
    for u in units:
        gid = min(sizes, key=lambda k: (sizes[k], k))
        per[gid].append(u)
        sizes[gid] += len(u)
    # no two abuse-family units adjacent within a group
    for gid, lst in per.items():
        for _ in range(1000):
            bad = [i for i in range(1, len(lst)) if lst[i][0]["fam"] == 7 and lst[i - 1][0]["fam"] == 7]
            if not bad:
                break
            i = bad[0]
            j = rng.randrange(len(lst))
            lst[i], lst[j] = lst[j], lst[i]
        else:
            sys.exit("could not separate abuse messages")

    os.makedirs(OUT, exist_ok=True)
    for sub in ("rosters", "transcripts"):
        p = os.path.join(OUT, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    groups_yaml = {"groups": {}}
    total = 0
    all_lines = []
    for (gid, school, cls, grade, plat, dom, nstu, days) in GROUPS:
        ro = rosters[gid]
        groups_yaml["groups"][gid] = {
            "school": school, "class": cls, "grade": grade, "platform": plat,
            "timezone": "Asia/Shanghai", "quiet_hours": {"start": "20:00", "end": "07:00"},
            "allowed_link_domains": [dom, "smartedu.cn"],
            "transcript": f"transcripts/{gid}.jsonl", "roster": f"rosters/{gid}.yaml"}
        with open(os.path.join(OUT, "rosters", f"{gid}.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(ro, f, allow_unicode=True, sort_keys=False)
        dname = {m["id"]: m["display_name"] for m in ro["members"]}
        teachers = [t["id"] for t in ro["roster"]["teachers"]]
        head = [t for t in ro["roster"]["teachers"] if t["role"] == "head_teacher"][0]
        ht = head["name"][0] + "老师"
        parents = [g["id"] for s in ro["roster"]["students"] for g in s["guardians"]]
        last = {}
        recent = []
        day_i = 0
        t = dt.datetime.fromisoformat(days[0] + "T09:00:00+08:00") + dt.timedelta(minutes=rng.randint(2, 15))
        n = 0
        lines = []
        for u in per[gid]:
            qid = None
            for m in u:
                if n:
                    t = t + dt.timedelta(minutes=rng.randint(8, 17), seconds=rng.randint(0, 59))
                    if (t.hour, t.minute) >= (17, 25):
                        day_i += 1
                        if day_i >= len(days):
                            sys.exit(f"{gid}: out of days")
                        t = dt.datetime.fromisoformat(days[day_i] + "T09:00:00+08:00") + dt.timedelta(minutes=rng.randint(1, 12))
                pool = teachers if m["who"] == "T" else parents
                if m.get("reply") and head["id"] not in recent[-1:] and t - last.get(head["id"], dt.datetime.min.replace(tzinfo=TZ)) > dt.timedelta(minutes=61):
                    sender = head["id"]
                else:
                    ok = [p for p in pool if p not in recent[-1:] and
                          t - last.get(p, dt.datetime.min.replace(tzinfo=TZ)) > dt.timedelta(minutes=61)]
                    if not ok:
                        ok = sorted([p for p in pool if p not in recent[-1:]], key=lambda p: last.get(p, dt.datetime.min.replace(tzinfo=TZ)))[:1]
                    if m["who"] == "T" and "{HT}" not in m["text"] and head["id"] in ok and rng.random() < 0.5:
                        sender = head["id"]
                    else:
                        sender = rng.choice(ok)
                text = m["text"]
                if "{P}" in text:
                    text = text.replace("{P}", dname[rng.choice(parents)])
                text = text.replace("{HT}", ht).replace("{DOMAIN}", dom)
                n += 1
                mid = f"{gid}-{n:04d}"
                line = {"id": mid, "ts": t.isoformat(timespec="seconds"), "group": gid,
                        "sender": sender, "name": dname[sender], "text": text,
                        "kind": m["kind"], "reply_to": qid if m.get("reply") else None,
                        "expect": list(m["expect"]), "family": m["fam"],
                        "hard_negative": m["fam"] == 8}
                if not m.get("reply"):
                    qid = mid
                lines.append(line)
                last[sender] = t
                recent.append(sender)
        with open(os.path.join(OUT, "transcripts", f"{gid}.jsonl"), "w", encoding="utf-8") as f:
            for line in lines:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        total += len(lines)
        all_lines += [(gid, l) for l in lines]
    with open(os.path.join(OUT, "groups.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(groups_yaml, f, allow_unicode=True, sort_keys=False)
    check(rosters, groups_yaml, all_lines)
    print(f"wrote {total} messages to {OUT}")


def check(rosters, groups_yaml, all_lines):
    errs, warns = [], []
    ids = set()
    by_group = {}
    for gid, l in all_lines:
        by_group.setdefault(gid, []).append(l)
        if l["id"] in ids:
            errs.append(f"dup id {l['id']}")
        ids.add(l["id"])
        if set(l["expect"]) - VOCAB:
            errs.append(f"{l['id']} bad category {l['expect']}")
    for gid, lines in by_group.items():
        ro = rosters[gid]
        dname = {m["id"]: m["display_name"] for m in ro["members"]}
        tids = {t["id"] for t in ro["roster"]["teachers"]}
        studs = [s["name"] for s in ro["roster"]["students"]]
        given_count = {}
        for s in studs:
            given_count[s[1:]] = given_count.get(s[1:], 0) + 1
        dom = groups_yaml["groups"][gid]["allowed_link_domains"]
        prev = None
        lastp = {}
        run = []
        for l in lines:
            ts = dt.datetime.fromisoformat(l["ts"])
            if ts.weekday() > 4 or not (dt.time(9, 0) <= ts.time() <= dt.time(17, 30)):
                errs.append(f"{l['id']} outside school daytime {l['ts']}")
            if prev and ts - prev < dt.timedelta(minutes=7):
                errs.append(f"{l['id']} less than 7 min after previous")
            prev = ts
            if l["sender"] not in dname:
                errs.append(f"{l['id']} sender not rostered")
            elif dname[l["sender"]] != l["name"]:
                errs.append(f"{l['id']} display name mismatch")
            if l["sender"] not in tids:
                if l["sender"] in lastp and ts - lastp[l["sender"]] <= dt.timedelta(hours=1):
                    errs.append(f"{l['id']} parent posts twice within an hour")
                lastp[l["sender"]] = ts
            elif l["family"] != 8:
                errs.append(f"{l['id']} violation sent by a teacher")
            run = run + [l["sender"]] if run and run[-1] == l["sender"] else [l["sender"]]
            if len(run) > 2:
                errs.append(f"{l['id']} same sender 3 in a row")
            txt = l["text"]
            low = unicodedata.normalize("NFKC", txt).lower()
            has_link = bool(LINK_RE.search(low) or OBF_RE.search(low) or LINK_RE.search(re.sub(r"\s+", "", low)))
            allowed_only = False
            if has_link:
                hosts = re.findall(r"https?://([a-z0-9.-]+)", low)
                if hosts and all(any(h == d or h.endswith("." + d) for d in dom) for h in hosts):
                    allowed_only = True
            if has_link and not allowed_only and "link" not in l["expect"]:
                warns.append(f"{l['id']} looks like a link but no 'link': {txt}")
            if "link" in l["expect"] and not has_link:
                warns.append(f"{l['id']} 'link' but no link detected: {txt}")
            if l["family"] != 8 and "ad" not in l["expect"] and AD_HINT.search(low):
                warns.append(f"{l['id']} contact hint but no 'ad': {txt}")
            for s in studs:
                if s in txt and not (l["family"] == 8 and l["sender"] in tids and s + "" in txt):
                    warns.append(f"{l['id']} mentions pupil {s}: {txt}")
            if l["family"] != 8:
                for g, c in given_count.items():
                    if g in txt:
                        warns.append(f"{l['id']} violation contains given name {g}: {txt}")
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    if errs:
        sys.exit(1)


if __name__ == "__main__":
    main()
