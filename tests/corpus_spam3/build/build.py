#!/usr/bin/env python3
"""Generate the corpus_spam3 bundle from the hand-written data in this folder.

    python3 build/build.py            # writes groups.yaml, rosters/, transcripts/, README counts

Deterministic (fixed seed). Uses only the standard library; YAML is written by hand in
JSON-compatible flow style (YAML is a superset of JSON for these scalars).
Nothing here reads or runs any part of the project.
"""
import collections
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import items  # noqa: E402
import data_pos  # noqa: E402,F401
import data_insult  # noqa: E402,F401
import data_neg  # noqa: E402,F401

SEED = 20260914
CATS = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor", "chat",
        "flood", "ack_reply", "slander", "incitement", "ranking", "student_privacy",
        "private_matter", "quiet_hours", "dispute"]
POSITIVE_FAMILIES = ["porn", "gambling", "fraud", "illicit_trade", "group_spam", "sms_ad", "insult"]

# ------------------------------------------------------------------ groups and rosters
GROUPS = [
    # gid, platform, school, class, grade, school domain, teachers [(name, subject)], member-id domain
    ("d1", "wechat", "青山区实验小学", "一年级(3)班", 1, "qsyz.edu.cn", [("周敏", "语文"), ("李建国", "数学")], None),
    ("d2", "qq", "滨江路小学", "二年级(1)班", 2, "bjlxx.edu.cn", [("王芳", "英语"), ("陈立", "数学")], None),
    ("d3", "matrix", "南湖第二小学", "三年级(4)班", 3, "nhex.edu.cn", [("赵雪", "语文"), ("孙浩", "科学")], "chat.nhex.example"),
    ("d4", "wechat", "城东实验学校", "四年级(2)班", 4, "cdsy.edu.cn", [("刘洁", "数学"), ("何平", "语文")], None),
    ("d5", "qq", "丰华小学", "五年级(5)班", 5, "fhxx.edu.cn", [("高丽", "语文"), ("吴刚", "体育")], None),
    ("d6", "matrix", "晨光外国语学校", "六年级(1)班", 6, "cgwgy.edu.cn", [("郑琳", "英语"), ("罗斌", "数学")], "im.cgwgy.example"),
]
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ["子涵", "雨桐", "浩然", "梓萱", "一诺", "欣怡", "宇轩", "思彤", "俊熙", "可馨", "嘉怡", "子墨",
         "语嫣", "博文", "若曦", "天佑", "沐阳", "诗涵", "梓睿", "依依", "明哲", "雅琪", "皓轩", "安琪",
         "晨曦", "乐瑶", "家豪", "芷若", "瑞泽", "思源", "佳琪", "奕辰", "梦瑶", "煜祺", "书瑶", "子豪",
         "婉清", "俊杰", "静怡", "泽宇", "雨萱", "昊天", "紫涵", "文轩", "晓彤", "铭泽", "欣妍", "嘉懿"]
REL_2ND = ["爸爸", "奶奶", "外婆", "爷爷", "姥姥", "外公", "姥爷"]


def make_rosters(rng):
    rosters = {}
    used_ids = set()
    for gid, platform, school, klass, grade, dom, teachers, mdom in GROUPS:
        names = set()
        students = []
        while len(students) < 18:
            n = rng.choice(SURNAMES) + rng.choice(GIVEN)
            if n in names:
                continue
            names.add(n)
            students.append(n)

        def new_id(tag):
            while True:
                if platform == "qq":
                    i = str(rng.randint(100000000, 3999999999))
                elif platform == "wechat":
                    i = "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(10))
                else:
                    i = "@%s_%s:%s" % (tag, "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(5)), mdom)
                if i not in used_ids:
                    used_ids.add(i)
                    return i

        tlist = []
        for k, (tn, subj) in enumerate(teachers):
            tlist.append({"id": new_id("t"), "name": tn, "subject": subj,
                          "role": "head_teacher" if k == 0 else "teacher",
                          "display_name": subj + tn})
        slist = []
        guardians = []
        for k, s in enumerate(students):
            rels = ["妈妈" if rng.random() < 0.72 else "爸爸"]
            if k % 4 == 1:
                second = rng.choice(REL_2ND)
                if second == rels[0]:
                    second = "妈妈" if rels[0] == "爸爸" else "爸爸"
                rels.append(second)
            gs = []
            for r in rels:
                g = {"id": new_id("p"), "relation": r, "student": s, "display_name": s + r}
                gs.append(g)
                guardians.append(g)
            slist.append({"name": s, "guardians": gs})
        rosters[gid] = {"gid": gid, "platform": platform, "school": school, "class": klass,
                        "grade": grade, "domain": dom, "teachers": tlist, "students": slist,
                        "guardians": guardians, "supervisor": guardians[0]["id"]}
    return rosters


# ------------------------------------------------------------------ slot fillers (all invented)
V_WORDS = ["威信", "V信", "vx", "ＶＸ", "薇", "+薇", "嶶", "卫星", "绿泡泡", "威❤信", "v❤", "微.信",
           "wei信", "VX号", "𝐯𝐱", "Ⓥ", "徽信", "威 信", "v x", "🟩泡泡", "薇❤", "➕V", "ｖ", "魏信"]
QQ_WORDS = ["QQ", "扣扣", "🐧", "企鹅", "Q", "抠抠", "qq", "ＱＱ", "蔻蔻", "扣", "Q Q", "🐧🐧"]
ID_HEAD = ["lily", "mm", "xy", "tt", "baby", "ak", "jj", "xiao", "meimei", "kk", "yy", "love",
           "sweet", "nana", "tian", "dudu", "coco", "vivi", "ning", "ruo", "fei", "bao", "miao", "qing"]
CN_DIG = "零一二三四五六七八九"
CN_CAP = "零壹贰叁肆伍陆柒捌玖"
CIRC = "⓪①②③④⑤⑥⑦⑧⑨"
TLDS = ["com", "vip", "cc", "top", "xyz", "me", "app", "club", "net", "tv", "site", "live", "fun", "shop"]
DOM_PARTS = ["hg", "xjj", "fuli", "yy", "lc", "bet", "cp", "ssc", "tz", "kk", "sy", "dy", "mt", "ff",
             "ye", "se", "pk", "bjl", "jz", "dk", "zq", "qp", "hx", "lm", "tiantian", "haoyun",
             "kuaile", "caijin", "fa", "ying", "meng", "xiu", "mi", "tao", "ju", "wan"]


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def render_digits(rng, ds):
    m = rng.randrange(7)
    if m == 0:
        return ds
    if m == 1:
        return "".join(CN_DIG[int(c)] for c in ds)
    if m == 2:
        return "".join(CN_CAP[int(c)] for c in ds)
    if m == 3:
        return "".join(CIRC[int(c)] for c in ds)
    if m == 4:
        return " ".join(ds[i:i + 3] for i in range(0, len(ds), 3))
    if m == 5:
        return "".join(fw(c) if i % 2 else c for i, c in enumerate(ds))
    return "-".join(ds[i:i + 4] for i in range(0, len(ds), 4))


def gen_id(rng):
    h = rng.choice(ID_HEAD)
    f = rng.randrange(5)
    if f == 0:
        return "%s_%d" % (h, rng.randint(100, 9999))
    if f == 1:
        return "%s%d%s" % (h, rng.randint(10, 999), rng.choice(["xx", "a", "z", "v", "hh", "o"]))
    if f == 2:
        return "%s%s%d" % (h, rng.choice(ID_HEAD), rng.randint(1, 99))
    if f == 3:
        return "%s-%d" % (h, rng.randint(1000, 99999))
    return "%s%d" % (h, rng.randint(1980, 2026))


def gen_handle(rng):
    return "%s%s%s" % (rng.choice(ID_HEAD), rng.choice(["_", "", "x", "bot", "_vip"]), rng.randint(6, 9999))


def gen_base(rng):
    b = rng.choice(DOM_PARTS) + rng.choice(DOM_PARTS)
    if rng.random() < 0.6:
        b += str(rng.choice([8, 88, 666, 520, 99, 168, 365, 777, 1688, 2026, 51, 918]))
    return b


def gen_url(rng):
    """-> (text, obfuscated?)"""
    b, t = gen_base(rng), rng.choice(TLDS)
    path = rng.choice(["a", "vip", "reg", "h5", "s", "?code=%d" % rng.randint(100, 9999), "index.html", "m"])
    m = rng.randrange(16)
    forms = [
        ("www.%s.%s" % (b, t), False), ("%s.%s" % (b, t), False),
        ("https://%s.%s/%s" % (b, t, path), False), ("http://m.%s.%s" % (b, t), False),
        ("%s.%s/%s" % (b, t, path), False), ("%s点%s" % (b, t), True),
        ("www。%s。%s" % (b, t), True), ("%s . %s" % (b, t), True),
        ("%s(点)%s" % (b, t), True), ("t.cn/%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(7)), False),
        ("dwz.cn/%s" % "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6)), False),
        ("%s[.]%s" % (b, t), True), ("h t t p s : / / %s.%s" % (b, t), True),
        ("WWW.%s.%s" % (b.upper(), t.upper()), False), ("%s。%s/%s" % (b, t, path), True),
        ("%s dot %s" % (b, t), True),
    ]
    return forms[m]


def gen_tme(rng, h):
    m = rng.randrange(4)
    return [("t.me/%s" % h, False), ("https://t.me/%s" % h, False), ("t点me/%s" % h, True),
            ("t.me/+%s" % "".join(rng.choice("ABCDEFGHabcdefgh0123456789_") for _ in range(10)), False)][m]


def gen_phone(rng):
    ds = "1" + rng.choice("3456789") + "".join(str(rng.randrange(10)) for _ in range(9))
    m = rng.randrange(6)
    if m == 0:
        return "%s %s %s" % (ds[:3], ds[3:7], ds[7:])
    if m == 1:
        return "".join(CN_DIG[int(c)] for c in ds)
    if m == 2:
        return "☎" + "-".join([ds[:3], ds[3:7], ds[7:]])
    if m == 3:
        return "".join(CIRC[int(c)] for c in ds)
    if m == 4:
        return fw(ds)
    return ds[:3] + "幺" + ds[4:] if ds[3] == "1" else ds


SLOT_RE = re.compile(r"\{(V|VID|QQW|QQ|TG|TGH|PHONE|URL|TME|@M|@|SCHOOLDOM)\}")


# ------------------------------------------------------------------ evasion transforms
HOMO = [("福利", "福.利"), ("资源", "zy"), ("赌", "du"), ("彩票", "cai票"),
        ("百家乐", "BJL"), ("色", "涩"), ("裸", "luo"), ("加我", "+我"), ("进群", "进qun"),
        ("赚", "zhuan"), ("兼职", "jian职"), ("贷款", "带款"), ("代开", "代kai"), ("发票", "发piao"),
        ("刷单", "shua单"), ("返利", "反利"), ("日结", "日jie"), ("下注", "xia注"), ("充值", "冲值"),
        ("约", "yue"), ("私我", "私wo"), ("同城", "tong城"), ("稳赚", "稳zhuan"), ("棋牌", "qi牌"),
        ("理财", "li财"), ("翻墙", "fq"), ("答案", "da案"), ("作弊", "zuo弊"), ("推广", "tui广"),
        ("频道", "pin道"), ("群", "裙"), ("傻", "沙"), ("滚", "gun"), ("死", "si"),
        ("屎", "shi"), ("贱", "jian"), ("装修", "zhuang修"), ("退订", "tui订"), ("看片", "看pian"),
        ("小姐姐", "小jj"), ("私密", "si密"), ("一夜情", "419"), ("免费", "mian费")]
SEPS = ["·", "丨", "/", "~", "✨", "❤", "🌸", "*", " ", "…", "💰", "🔥", "_"]
CJK = re.compile(r"[\u4e00-\u9fff]{2,}")


def spaced_already(s):
    return bool(re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", s))


def transform(rng, lits):
    """lits: list of literal segments (between slots). Returns (new lits, evasion name)."""
    whole = "".join(lits)
    if spaced_already(whole):
        return lits, "handwritten"
    r = rng.random()
    if r < 0.42:
        return lits, "none"
    if r < 0.53:
        return [" ".join(list(x)) if x else x for x in lits], "char_spacing"
    if r < 0.69:
        sep = rng.choice(SEPS)
        out, done = [], False
        for x in lits:
            if not done:
                m = CJK.search(x)
                if m:
                    a = m.start()
                    w = min(len(m.group()), rng.randint(2, 4))
                    x = x[:a] + sep.join(list(x[a:a + w])) + x[a + w:]
                    done = True
            out.append(x)
        return out, "separator_in_word"
    if r < 0.79 and re.search(r"[A-Za-z0-9]", whole):
        return [fw(x) for x in lits], "fullwidth"
    cands = [(a, b) for a, b in HOMO if a in whole]
    if cands:
        rng.shuffle(cands)
        out = list(lits)
        for a, b in cands[:2]:
            out = [x.replace(a, b, 1) for x in out]
        return out, "homophone"
    return [" ".join(list(x)) if x else x for x in lits], "char_spacing"


# ------------------------------------------------------------------ normalisation (LABELS flood definition)
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"\[[^\]]{1,6}\]", "", s)
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN")


# ------------------------------------------------------------------ main
def main():
    rng = random.Random(SEED)
    rosters = make_rosters(rng)
    units = list(items.ITEMS)
    rng.shuffle(units)

    # assign units to groups, balancing message counts
    per_group = {g[0]: [] for g in GROUPS}
    load = {g[0]: 0 for g in GROUPS}
    for u in units:
        gid = min(load, key=lambda k: (load[k], k))
        per_group[gid].append(u)
        load[gid] += len(u["msgs"])

    seen_norm = {}
    out_lines = {}
    stats = []
    start_day = dt.date(2026, 9, 14)
    for gid, platform, *_ in GROUPS:
        ro = rosters[gid]
        guardians = ro["guardians"]
        # pack units into days
        days, cur, cnt = [], [], 0
        target = rng.randint(11, 17)
        for u in per_group[gid]:
            cur.append(u)
            cnt += len(u["msgs"])
            if cnt >= target:
                days.append(cur)
                cur, cnt, target = [], 0, rng.randint(11, 17)
        if cur:
            days.append(cur)
        lines = []
        seq = 0
        for di, day_units in enumerate(days):
            day = start_day + dt.timedelta(days=di)
            gaps = []
            for u in day_units:
                for k in range(len(u["msgs"])):
                    gaps.append(rng.randint(20, 200) if k else rng.randint(240, 2700))
            window = (17 * 3600 + 55 * 60) - (9 * 3600)
            first = rng.randint(0, 1500)
            total = sum(gaps[1:])
            scale = min(1.0, (window - first) / total) if total else 1.0
            t = 9 * 3600 + first
            gi = 0
            for u in day_units:
                roles = sorted({m["role"] for m in u["msgs"]})
                picks = rng.sample(guardians, len(roles))
                who = dict(zip(roles, picks))
                ids_in_unit = []
                for k, m in enumerate(u["msgs"]):
                    if gi:
                        t += max(5, int(gaps[gi] * scale))
                    gi += 1
                    assert 9 * 3600 <= t < 18 * 3600, (gid, t)
                    sender = who[m["role"]]
                    seq += 1
                    mid = "%s-%04d" % (gid, seq)
                    ids_in_unit.append(mid)
                    reply_to = ids_in_unit[m["reply"]] if m["reply"] is not None else None
                    reply_sender = who[u["msgs"][m["reply"]]["role"]] if m["reply"] is not None else None
                    text, labels, hcs, evasion = fill(rng, m, sender, reply_sender, ro, seen_norm)
                    ts = dt.datetime.combine(day, dt.time(t // 3600, (t % 3600) // 60, t % 60))
                    rec = {"id": mid, "ts": ts.strftime("%Y-%m-%dT%H:%M:%S+08:00"), "group": gid,
                           "sender": sender["id"], "name": sender["display_name"], "text": text,
                           "kind": m["kind"], "reply_to": reply_to,
                           "expect": [c for c in CATS if c in labels],
                           "family": m["family"],
                           "hard_negative": m["family"].startswith("neg_")}
                    if hcs:
                        rec["hard_call"] = hcs
                    if evasion not in ("none", None):
                        rec["evasion"] = evasion
                    lines.append(rec)
                    stats.append(rec)
        out_lines[gid] = lines

    write_bundle(rosters, out_lines)
    write_counts(stats)


def fill(rng, m, sender, reply_sender, ro, seen_norm):
    labels = set(m["labels"])
    for tries in range(60):
        hcs = [m["hc"]] if m["hc"] else []
        tpl = m["text"]
        parts = SLOT_RE.split(tpl)
        lits, slots = parts[0::2], parts[1::2]
        evasion = None
        if m["family"] in POSITIVE_FAMILIES and m.get("ev", True):
            lits, evasion = transform(rng, lits)
        vals = []
        for s in slots:
            if s == "V":
                vals.append(rng.choice(V_WORDS))
            elif s == "VID":
                vals.append(gen_id(rng))
            elif s == "QQW":
                vals.append(rng.choice(QQ_WORDS))
            elif s == "QQ":
                vals.append(render_digits(rng, str(rng.randint(10000000, 3999999999))))
            elif s == "TG":
                vals.append("@" + gen_handle(rng))
            elif s == "TGH":
                vals.append(gen_handle(rng))
            elif s == "PHONE":
                vals.append(gen_phone(rng))
            elif s == "URL":
                u, ob = gen_url(rng)
                vals.append(u)
                if ob:
                    hcs.append("obfuscated_domain")
            elif s == "TME":
                u, ob = gen_tme(rng, gen_handle(rng))
                vals.append(u)
                if ob:
                    hcs.append("obfuscated_domain")
            elif s == "@":
                tgt = reply_sender if reply_sender and reply_sender is not sender else \
                    rng.choice([g for g in ro["guardians"] if g is not sender])
                vals.append("@" + tgt["display_name"])
            elif s == "@M":
                moms = [g for g in ro["guardians"] if g is not sender and g["relation"] == "妈妈"]
                vals.append(rng.choice(moms)["display_name"])
            elif s == "SCHOOLDOM":
                vals.append(ro["domain"])
        text = lits[0]
        for v, l in zip(vals, lits[1:]):
            text += v + l
        if any(s in ("URL", "TME") for s in slots) or "tg://" in tpl:
            labels.add("link")
        if any(s in ("V", "QQW") for s in slots):
            assert "ad" in labels, tpl
        n = norm(text)
        if n and n not in seen_norm:
            seen_norm[n] = True
            return text, labels, sorted(set(hcs)), evasion
    raise SystemExit("cannot make a unique text for: " + tpl)


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_bundle(rosters, out_lines):
    os.makedirs(os.path.join(ROOT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "transcripts"), exist_ok=True)
    g = ["groups:"]
    for gid, platform, school, klass, grade, dom, _t, _m in GROUPS:
        g += ["  %s:" % gid,
              "    school: %s" % school,
              "    class: %s" % q(klass),
              "    grade: %d" % grade,
              "    platform: %s" % platform,
              "    timezone: Asia/Shanghai",
              '    quiet_hours: {start: "20:00", end: "07:00"}',
              "    allowed_link_domains: [%s, smartedu.cn]" % dom,
              "    transcript: transcripts/%s.jsonl" % gid,
              "    roster: rosters/%s.yaml" % gid]
    with open(os.path.join(ROOT, "groups.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(g) + "\n")
    for gid, ro in rosters.items():
        r = ["group: %s" % gid, "school: %s" % ro["school"], "class: %s" % q(ro["class"]),
             "roster:", "  teachers:"]
        for t in ro["teachers"]:
            r.append("    - {id: %s, name: %s, subject: %s, role: %s}" % (q(t["id"]), t["name"], t["subject"], t["role"]))
        r.append("  supervisor: %s" % q(ro["supervisor"]))
        r.append("  students:")
        for s in ro["students"]:
            r.append("    - name: %s" % s["name"])
            r.append("      guardians: [%s]" % ", ".join(
                "{id: %s, relation: %s}" % (q(x["id"]), x["relation"]) for x in s["guardians"]))
        r.append("members:")
        for t in ro["teachers"]:
            r.append("  - {id: %s, display_name: %s}" % (q(t["id"]), t["display_name"]))
        for x in ro["guardians"]:
            r.append("  - {id: %s, display_name: %s}" % (q(x["id"]), x["display_name"]))
        with open(os.path.join(ROOT, "rosters", gid + ".yaml"), "w", encoding="utf-8") as f:
            f.write("\n".join(r) + "\n")
        with open(os.path.join(ROOT, "transcripts", gid + ".jsonl"), "w", encoding="utf-8") as f:
            for rec in out_lines[gid]:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def write_counts(stats):
    n = len(stats)
    fam = collections.Counter(r["family"] for r in stats)
    lab = collections.Counter(c for r in stats for c in r["expect"])
    hn = sum(r["hard_negative"] for r in stats)
    pos = sum(r["family"] in POSITIVE_FAMILIES for r in stats)
    ctx = n - hn - pos
    clean = sum(not r["expect"] for r in stats)
    hcalls = collections.Counter(h for r in stats for h in r.get("hard_call", []))
    ev = collections.Counter(r.get("evasion", "none") for r in stats if r["family"] in POSITIVE_FAMILIES)
    grp = collections.Counter(r["group"] for r in stats)
    hn_lab = collections.Counter(("+".join(r["expect"]) or "clean") for r in stats if r["hard_negative"])
    L = ["<!-- counts:begin (generated by build/build.py) -->",
         "| | messages |", "|---|---:|",
         "| total | %d |" % n,
         "| positives (harmful families) | %d (%.1f%%) |" % (pos, 100.0 * pos / n),
         "| hard negatives | %d (%.1f%%) |" % (hn, 100.0 * hn / n),
         "| context openers (clean, not hard negatives) | %d (%.1f%%) |" % (ctx, 100.0 * ctx / n),
         "| clean (`expect: []`) overall | %d |" % clean, "",
         "Per group: " + ", ".join("%s %d" % (k, grp[k]) for k in sorted(grp)), "",
         "| family | hard_negative | messages |", "|---|---|---:|"]
    for k in POSITIVE_FAMILIES:
        L.append("| %s | false | %d |" % (k, fam[k]))
    for k in sorted(fam):
        if k not in POSITIVE_FAMILIES:
            L.append("| %s | %s | %d |" % (k, "true" if k.startswith("neg_") else "false", fam[k]))
    L += ["", "| label | messages carrying it |", "|---|---:|"]
    for c in CATS:
        if lab[c]:
            L.append("| %s | %d |" % (c, lab[c]))
    L += ["", "Hard-negative label mix: " + ", ".join("%s %d" % kv for kv in sorted(hn_lab.items(), key=lambda x: -x[1])),
          "", "Evasion applied by the generator to positives (`evasion` key): " +
          ", ".join("%s %d" % kv for kv in sorted(ev.items(), key=lambda x: -x[1])),
          "", "Hard-call tags (`hard_call` key): " + ", ".join("%s %d" % kv for kv in sorted(hcalls.items(), key=lambda x: -x[1])),
          "<!-- counts:end -->"]
    block = "\n".join(L)
    path = os.path.join(ROOT, "README.md")
    if os.path.exists(path):
        s = open(path, encoding="utf-8").read()
        if "<!-- counts:begin" in s:
            s = re.sub(r"<!-- counts:begin.*?<!-- counts:end -->", lambda _m: block, s, flags=re.S)
            open(path, "w", encoding="utf-8").write(s)
    print(block)


if __name__ == "__main__":
    main()
