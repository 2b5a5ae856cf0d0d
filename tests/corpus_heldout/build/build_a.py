#!/usr/bin/env python3
"""Build the held-out corpus, half A (groups h1-h4): hand-written episodes + layout.

Run: /work/main/.venv/bin/python tests/corpus_heldout/build/build_a.py

Episodes are hand-written in build_a.py; this module turns them into a
SIMULATE.md bundle (groups_a.yaml, rosters/hN.yaml, transcripts/hN.jsonl).

Labels are hand-set.  The only derived labels are
  * quiet_hours   from the timestamp and the group's window (a message marked
                  urgent=True -- an evidently urgent teacher/school notice or an
                  acknowledgement it explicitly asked for -- is exempt);
  * membership / nickname / invite  on a member's first message, from the
                  roster and member records.
"""
import json
import re
import unicodedata
from collections import OrderedDict, defaultdict

import yaml

CATEGORIES = [
    "membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
    "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
    "student_privacy", "private_matter", "quiet_hours", "dispute",
]
DERIVED = {"quiet_hours", "membership", "nickname", "invite"}
ABBR = {
    "ack": "ack_reply", "sp": "student_privacy", "pm": "private_matter",
    "inc": "incitement", "rank": "ranking", "disp": "dispute", "ill": "illegal",
    "sl": "slander",
}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长",
             "父亲", "母亲"]
SUBJECTS = ["语文", "数学", "英语", "科学", "体育", "音乐", "美术", "道德与法治",
            "信息", "劳动"]
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}


# ---------------------------------------------------------------- DSL
class M:
    def __init__(self, t, sender, text="", lab="", kind="text", re=None,
                 hn=False, key=None, urgent=False):
        self.t, self.sender, self.text, self.kind = t, sender, text, kind
        self.re, self.hn, self.key, self.urgent = re, hn, key, urgent
        labs = []
        for x in lab.split():
            x = ABBR.get(x, x)
            if x not in CATEGORIES:
                raise ValueError(f"unknown label {x!r} in {text[:30]!r}")
            if x in DERIVED:
                raise ValueError(f"derived label {x!r} hand-set in {text[:30]!r}")
            labs.append(x)
        self.labels = labs


class RN:
    """rename: sender's display name changes before the next message."""
    def __init__(self, sender, name):
        self.sender, self.name = sender, name


def D(date, items):
    return (date, items)


# ---------------------------------------------------------------- helpers
def parse_hm(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)


def in_quiet(hhmm, start, end):
    t = parse_hm(hhmm[:5])
    s, e = parse_hm(start), parse_hm(end)
    if s > e:
        return t >= s or t < e
    return s <= t < e


def nick_ok_parent(display, children):
    return any(c in display for c in children) and any(r in display for r in RELATIONS)


def nick_ok_teacher(display, subject):
    return subject in display


_code = re.compile(r"\[[^\[\]]{1,8}\]")


def normalise(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = _code.sub("", t)
    out = []
    for ch in t:
        cat = unicodedata.category(ch)
        if cat[0] in "PSZC":
            continue
        out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- yaml output
def yv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {yv(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(yv(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def roster_yaml(r):
    out = [f"group: {r['group']}", f"school: {yv(r['school'])}", f"class: {yv(r['class'])}",
           "roster:", "  teachers:"]
    for t in r["roster"]["teachers"]:
        out.append(f"    - {yv(t)}")
    out.append(f"  supervisor: {r['roster']['supervisor']}")
    out.append("  students:")
    for s in r["roster"]["students"]:
        out.append(f"    - name: {yv(s['name'])}")
        out.append(f"      guardians: {yv(s['guardians'])}")
    out.append("members:")
    for m in r["members"]:
        out.append(f"  - {yv(m)}")
    return "\n".join(out) + "\n"


def groups_yaml(groups, header):
    out = [header, "groups:"]
    for gid, c in groups.items():
        out.append(f"  {gid}:")
        for k, v in c.items():
            out.append(f"    {k}: {yv(v)}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- build
def build_group(gid, cfg, roster, days, outdir):
    teachers = {t["id"]: t for t in roster["roster"]["teachers"]}
    head = [t for t in teachers.values() if t["role"] == "head_teacher"]
    assert len(head) == 1, gid
    children_of = defaultdict(list)
    for s in roster["roster"]["students"]:
        for g in s["guardians"]:
            children_of[g["id"]].append(s["name"])
    members = {m["id"]: m for m in roster["members"]}
    names = {mid: m["display_name"] for mid, m in members.items()}
    spoken = set()
    keys = {}
    rows = []
    n = 0
    qs, qe = cfg["quiet_hours"]["start"], cfg["quiet_hours"]["end"]
    last_ts = ""
    for date, items in days:
        per_min = defaultdict(int)
        for it in items:
            if isinstance(it, RN):
                assert it.sender in members, (gid, it.sender)
                names[it.sender] = it.name
                continue
            n += 1
            mid = f"{gid}-{n:04d}"
            hhmm = it.t
            if len(hhmm) == 5:
                k = per_min[hhmm]
                per_min[hhmm] += 1
                sec = min(59, 4 + 9 * k + (n * 7) % 5)
                hhmm = f"{hhmm}:{sec:02d}"
            ts = f"{date}T{hhmm}+08:00"
            assert ts >= last_ts, (mid, ts, last_ts)
            last_ts = ts
            if it.sender not in members:
                raise ValueError(f"{mid}: unknown sender {it.sender}")
            labels = list(it.labels)
            # first-message membership / nickname / invite
            if it.sender not in spoken:
                spoken.add(it.sender)
                rec = members[it.sender]
                is_teacher = it.sender in teachers
                is_guardian = it.sender in children_of
                if not (is_teacher or is_guardian):
                    labels.append("membership")
                elif is_teacher:
                    if not nick_ok_teacher(names[it.sender], teachers[it.sender]["subject"]):
                        labels.append("nickname")
                else:
                    if not nick_ok_parent(names[it.sender], children_of[it.sender]):
                        labels.append("nickname")
                j = rec.get("joined") or {}
                if j.get("via") == "invite" and not j.get("approved", True) \
                        and j.get("by") != head[0]["id"]:
                    labels.append("invite")
            if in_quiet(hhmm, qs, qe) and not it.urgent:
                labels.append("quiet_hours")
            if it.urgent:
                assert in_quiet(hhmm, qs, qe), f"{mid}: urgent flag outside window"
            reply = None
            if it.re is not None:
                if it.re not in keys:
                    raise ValueError(f"{mid}: unknown reply key {it.re}")
                reply = keys[it.re]
            if it.key:
                assert it.key not in keys, it.key
                keys[it.key] = mid
            assert it.kind in KINDS, it.kind
            labels = [c for c in CATEGORIES if c in set(labels)]
            if it.hn and labels:
                raise ValueError(f"{mid}: hard negative but labelled {labels}: {it.text[:30]}")
            rows.append(OrderedDict([
                ("id", mid), ("ts", ts), ("group", gid), ("sender", it.sender),
                ("name", names[it.sender]), ("text", it.text), ("kind", it.kind),
                ("reply_to", reply), ("expect", labels), ("hard_negative", bool(it.hn)),
            ]))
    silent = [m for m in members if m not in spoken]
    with open(f"{outdir}/transcripts/{gid}.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(f"{outdir}/rosters/{gid}.yaml", "w", encoding="utf-8") as f:
        f.write(roster_yaml(roster))
    assert yaml.safe_load(roster_yaml(roster)) == roster
    return rows, silent


# ---------------------------------------------------------------- validate
def validate(outdir, group_ids, groups_file):
    errs = []
    gy = yaml.safe_load(open(f"{outdir}/{groups_file}", encoding="utf-8"))
    counts = defaultdict(int)
    total = clean = hard = 0
    per_group = {}
    for gid in group_ids:
        cfg = gy["groups"][gid]
        ro = yaml.safe_load(open(f"{outdir}/{cfg['roster']}", encoding="utf-8"))
        assert ro["group"] == gid
        tids = {t["id"] for t in ro["roster"]["teachers"]}
        gids = {g["id"] for s in ro["roster"]["students"] for g in s["guardians"]}
        assert ro["roster"]["supervisor"] in gids, gid
        nstu = len(ro["roster"]["students"])
        assert 20 <= nstu <= 32, (gid, nstu)
        assert 3 <= len(tids) <= 5, gid
        for s in ro["roster"]["students"]:
            assert 1 <= len(s["guardians"]) <= 2, s
        mem = {m["id"]: m for m in ro["members"]}
        seen_ids = set()
        last = ""
        rows = [json.loads(l) for l in open(f"{outdir}/{cfg['transcript']}", encoding="utf-8")]
        per_group[gid] = len(rows)
        prev_sender, prev_norm, run = None, None, 0
        first = set()
        for r in rows:
            keyset = ["id", "ts", "group", "sender", "name", "text", "kind",
                      "reply_to", "expect", "hard_negative"]
            if list(r.keys()) != keyset:
                errs.append(f"{r.get('id')}: keys {list(r.keys())}")
            if r["id"] in seen_ids:
                errs.append(f"dup id {r['id']}")
            if r["ts"] < last:
                errs.append(f"{r['id']}: ts order")
            last = r["ts"]
            if r["reply_to"] is not None and r["reply_to"] not in seen_ids:
                errs.append(f"{r['id']}: reply_to {r['reply_to']} not earlier")
            seen_ids.add(r["id"])
            if r["group"] != gid:
                errs.append(f"{r['id']}: group")
            if r["sender"] not in mem:
                errs.append(f"{r['id']}: sender {r['sender']} not a member")
            if r["kind"] not in KINDS:
                errs.append(f"{r['id']}: kind")
            for c in r["expect"]:
                if c not in CATEGORIES:
                    errs.append(f"{r['id']}: bad category {c}")
            if r["hard_negative"] and r["expect"]:
                errs.append(f"{r['id']}: hard negative with labels")
            # membership/nickname/invite only on first message
            fm = r["sender"] not in first
            first.add(r["sender"])
            if not fm and set(r["expect"]) & {"membership", "nickname", "invite"}:
                errs.append(f"{r['id']}: member label on non-first message")
            if "membership" in r["expect"] and (r["sender"] in tids or r["sender"] in gids):
                errs.append(f"{r['id']}: membership on rostered member")
            # flood recomputation (same sender, unbroken row, identical normalised text)
            norm = normalise(r["text"])
            if prev_sender != r["sender"]:
                run, prev_norm = 0, None
            prev_sender = r["sender"]
            if norm:
                if norm == prev_norm:
                    run += 1
                else:
                    run, prev_norm = 1, norm
            want = bool(norm) and run >= 3
            if want != ("flood" in r["expect"]):
                errs.append(f"{r['id']}: flood label mismatch (run={run})")
            # quiet recomputation
            hhmm = r["ts"][11:16]
            if "quiet_hours" in r["expect"] and not in_quiet(hhmm, cfg["quiet_hours"]["start"], cfg["quiet_hours"]["end"]):
                errs.append(f"{r['id']}: quiet label outside window")
            # links: text contains a URL-ish token but no link label -> must be allowed
            for host in re.findall(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/|\b)", r["text"].lower()):
                ok = any(host == d or host.endswith("." + d) for d in cfg["allowed_link_domains"])
                if not ok and "link" not in r["expect"]:
                    errs.append(f"{r['id']}: host {host} not allowed but no link label")
                if ok and "link" in r["expect"] and len(re.findall(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", r["text"].lower())) == 1:
                    errs.append(f"{r['id']}: allowed host {host} labelled link")
            total += 1
            if not r["expect"]:
                clean += 1
            if r["hard_negative"]:
                hard += 1
            for c in r["expect"]:
                counts[c] += 1
    return errs, total, clean, hard, counts, per_group


# ================================================================ episodes
DATA = {}

def _data_h1():
    # h1: county-town school, QQ, quiet 20:00-07:00

    GROUP = dict(
        school="临溪县城关镇中心小学", cls="三年级(4)班", grade=3, platform="qq",
        quiet=("20:00", "07:00"), domains=["lxczzx.edu.cn", "smartedu.cn"],
    )

    TEACHERS = [
        ("t_h1_wang", "王秀梅", "语文", "head_teacher", "语文王秀梅（班主任）"),
        ("t_h1_li", "李建国", "数学", "teacher", "数学李建国"),
        ("t_h1_zhao", "赵婷", "英语", "teacher", "赵老师"),          # bad nickname
        ("t_h1_chen", "陈刚", "体育", "teacher", "体育陈刚"),
    ]
    SUPERVISOR = "g_h1_gaoxing_ma"
    STUDENTS = [
        ("马上", [("g_h1_mashang_ba", "爸爸", "马上爸爸")]),
        ("高兴", [("g_h1_gaoxing_ma", "妈妈", "高兴妈妈")]),
        ("王凯旋", [("g_h1_wangkx_nai", "奶奶", "凯旋奶奶")]),        # bad nickname
        ("李梓涵", [("g_h1_lizh_ma", "妈妈", "李梓涵妈妈"), ("g_h1_lizh_ba", "爸爸", "李梓涵爸爸")]),
        ("张晨曦", [("g_h1_zhangcx_ma", "妈妈", "张晨曦妈妈🌸")]),
        ("刘一鸣", [("g_h1_liuym_ba", "爸爸", "刘一鸣爸爸")]),
        ("陈思雨", [("g_h1_chensy_ma", "妈妈", "Cici")]),             # bad nickname
        ("杨乐乐", [("g_h1_yangll_ye", "爷爷", "杨乐乐爷爷"), ("g_h1_yangll_ma", "妈妈", None)]),
        ("赵文博", [("g_h1_zhaowb_ma", "妈妈", "赵文博妈妈")]),
        ("黄小米", [("g_h1_huangxm_ma", "妈妈", "黄小米妈妈")]),
        ("周子墨", [("g_h1_zhouzm_ba", "爸爸", "周子墨爸爸")]),
        ("吴佳怡", [("g_h1_wujy_ma", "妈妈", "吴佳怡妈妈")]),
        ("徐浩宇", [("g_h1_xuhy_ma", "妈妈", "徐浩宇妈妈")]),
        ("孙悦", [("g_h1_sunyue_ma", "妈妈", "孙悦妈妈")]),
        ("胡天宇", [("g_h1_huty_ba", "爸爸", "胡天宇爸爸")]),
        ("朱雨桐", [("g_h1_zhuyt_wp", "外婆", "朱雨桐外婆")]),
        ("郭明轩", [("g_h1_guomx_ma", "妈妈", "郭明轩妈妈")]),
        ("何欣怡", [("g_h1_hexy_ma", "妈妈", "何欣怡妈妈")]),
        ("林安静", [("g_h1_linaj_ba", "爸爸", "林安静爸爸")]),
        ("罗晓峰", [("g_h1_luoxf_ma", "妈妈", "罗晓峰妈妈")]),
        ("梁诗涵", [("g_h1_liangsh_ma", "妈妈", "梁诗涵妈妈")]),
        ("宋一凡", [("g_h1_songyf_ma", "妈妈", "宋一凡妈妈"), ("g_h1_songyf_ba", "爸爸", "宋一凡爸爸")]),
        ("谢雨萱", [("g_h1_xieyx_ma", "妈妈", "谢雨萱妈妈")]),
        ("韩金宝", [("g_h1_hanjb_ma", "妈妈", "韩金宝妈妈")]),
        ("蒋小北", [("g_h1_jiangxb_ma", "妈妈", "蒋小北妈妈")]),
        ("冯乐天", [("g_h1_fenglt_ba", "爸爸", None)]),
    ]
    GUARDIAN_JOINED = {
        "g_h1_songyf_ba": {"via": "invite", "by": "g_h1_songyf_ma", "approved": False},
    }
    OUTSIDERS = [
        ("x_h1_tuoguan", "阳光托管部-刘老师", {"via": "qr_code"}),
        ("x_h1_zhangcx_jj", "张晨曦姐姐", {"via": "invite", "by": "g_h1_zhangcx_ma", "approved": False}),
        ("x_h1_mashang", "马上", {"via": "qr_code"}),                 # the pupil's own account
        ("x_h1_linhao_ma", "原三(4)班林浩妈妈", None),                 # child transferred away
    ]

    W, LI, ZH, CH = "t_h1_wang", "t_h1_li", "t_h1_zhao", "t_h1_chen"

    DAYS = [
    D("2026-10-12", [
        M("07:05", W, "各位家长早上好！本周三（10月14日）下午学校组织消防疏散演练，孩子们正常上课，不需要另外准备东西。本条无需回复。", key="n1"),
        M("07:06", "g_h1_lizh_ma", "收到", "ack", re="n1"),
        M("07:06", "g_h1_yangll_ye", "", kind="voice"),
        M("07:08", "g_h1_wangkx_nai", "王老师早上好我家凯旋今天穿的厚外套中午热了麻烦老师让他脱一下谢谢老师"),
        M("07:10", W, "好的奶奶，我会留意的。", hn=True),
        M("07:31", LI, "数学作业：练习册第23-24页，口算卡第5组。明早交。", key="hw1"),
        M("07:32", "g_h1_zhaowb_ma", "👍", "ack", re="hw1"),
        M("07:40", ZH, "今天英语课默写了Unit 3的单词，请家长晚上帮孩子再复习一遍，默写完请在群里回复“已默写”。", key="dx"),
        M("12:15", "g_h1_hexy_ma", "李老师，练习册23页第4题是要画线段图吗？孩子说课上没听懂", key="q1"),
        M("12:40", LI, "是的，先画线段图再列式，不用算得很复杂。", re="q1", key="a1"),
        M("12:41", "g_h1_hexy_ma", "明白了，谢谢李老师！", re="a1", hn=True),
        M("12:50", "x_h1_tuoguan", "各位家长好～城关阳光托管晚托班开始报名啦🎉 专业老师辅导作业、营养晚餐，名额有限，咨询请➕V：y g t g 6 6 8 8", "ad"),
        M("12:52", W, "群里不允许发广告。请这位说明一下是哪位学生的家长，否则我会移出群聊。", hn=True),
        M("13:05", "g_h1_songyf_ba", "大家好，我是宋一凡爸爸，孩子妈妈拉我进来的，以后接送我也会看群。"),
        M("13:06", "g_h1_songyf_ma", "王老师，我把孩子爸爸拉进群了，麻烦您审核一下～", hn=True),
        M("17:30", "g_h1_zhuyt_wp", "老师好今天雨桐的水杯忘在教室了明天再带回来可以吗"),
        M("17:34", W, "可以的外婆，水杯在讲台上，明天给她。"),
        M("19:20", "g_h1_chensy_ma", "已默写", re="dx"),
        M("19:25", "g_h1_lizh_ba", "已默写，错了两个，已经订正了", re="dx"),
        M("19:40", "g_h1_huangxm_ma", "已默写", re="dx", hn=True),
        M("19:59", "g_h1_xuhy_ma", "已默写✅", re="dx", hn=True),
        M("20:00", "g_h1_sunyue_ma", "已默写", re="dx"),
        M("20:15", "g_h1_guomx_ma", "赵老师，默写本要家长签字吗？", key="q2"),
        M("20:18", ZH, "要签字的，明早交给课代表。", re="q2", key="a2"),
        M("20:20", "g_h1_guomx_ma", "好的谢谢赵老师", re="a2"),
        M("21:40", "g_h1_yangll_ye", "王老师你好我是杨乐乐爷爷乐乐说明天要带菜笔是不是真的要带吗"),
    ]),
    D("2026-10-13", [
        M("06:30", "g_h1_mashang_ba", "早安🌞 新的一天，愿大家都顺顺利利！", "chat", kind="image"),
        M("06:58", "g_h1_liuym_ba", "王老师，刘一鸣昨晚发烧了，今天请假一天，已经私信跟您说过了。"),
        M("07:00", "g_h1_hanjb_ma", "王老师早，韩金宝今天肚子不舒服，晚一点到校，大概九点前", hn=True),
        M("07:02", W, "好的，路上注意安全。昨晚乐乐爷爷问的彩笔，今天美术课要用，记得带上。"),
        M("07:50", W, "", kind="image", key="ph1"),
        M("07:50", W, "", kind="image"),
        M("07:51", W, "", kind="image", hn=True),
        M("07:52", W, "孩子们早读很认真👏", key="praise1"),
        M("07:53", "g_h1_wujy_ma", "老师辛苦了", "ack", re="praise1"),
        M("07:53", "g_h1_zhouzm_ba", "[抱拳]", "ack"),
        M("07:55", "g_h1_yangll_ye", "乐乐在第二排看到了看到了坐得真直", hn=True),
        M("09:30", "g_h1_liangsh_ma", "有谁家孩子知道今天体育课要不要穿运动鞋的？"),
        M("09:35", CH, "每节体育课都请穿运动鞋，周四有一分钟跳绳测试。", key="a3"),
        M("09:36", "g_h1_liangsh_ma", "好的，谢谢陈老师", re="a3", hn=True),
        M("10:20", "x_h1_mashang", "王老师我是马上，我用我爸的旧手机进的群，我的练习册放学忘拿了"),
        M("10:25", "g_h1_mashang_ba", "不好意思王老师，孩子自己拿旧手机扫码进群了，我马上让他退出。", hn=True),
        M("12:10", "g_h1_xieyx_ma", "【求助】我女儿参加市“美德少年”网络评选，麻烦大家帮忙投个票，每天可以投3次🙏 投票入口：http://vote.h5xiu.cn/v/88213", "ad link", key="vote"),
        M("12:12", "g_h1_hexy_ma", "投好了，雨萱加油！", "chat", re="vote"),
        M("12:13", "g_h1_sunyue_ma", "已投3票💪", "chat", re="vote"),
        M("12:20", "g_h1_gaoxing_ma", "各位家长，个人拉票的链接请不要发在班级群，大家私下转发就好，谢谢配合。", hn=True),
        M("12:25", "g_h1_xieyx_ma", "不好意思，是我没注意。"),
        M("15:40", LI, "今天数学单元小测：满分的有李梓涵、黄小米、周子墨，90分以上的有高兴、孙悦、林安静，请这几位同学继续保持！", "rank", key="rk1"),
        M("15:42", "g_h1_lizh_ma", "谢谢李老师！", "ack", re="rk1"),
        M("15:45", "g_h1_zhaowb_ma", "李老师，我家赵文博这次考了多少？方便的话私信告诉我一下", hn=True, key="q3"),
        M("15:50", LI, "赵文博76分，班里排第19，计算题错得比较多。", "rank sp", re="q3"),
        M("15:52", W, "李老师，成绩还是单独发给家长吧，咱们不在群里公布。", hn=True),
        M("15:53", LI, "好的，是我疏忽了，抱歉。", hn=True),
        M("16:30", "g_h1_guomx_ma", "今天放学我家郭明轩哭着回来说被罗晓峰推倒在走廊上，膝盖都擦破了，罗晓峰家长能不能管管自己孩子？", "sp disp", key="fight"),
        M("16:35", "g_h1_luoxf_ma", "你亲眼看见了吗就说是我家推的？小孩子打打闹闹很正常，别什么都往别人身上赖。", "disp", re="fight"),
        M("16:37", "g_h1_guomx_ma", "膝盖都流血了还叫打闹？真是有其母必有其子。", "abuse disp"),
        M("16:38", "g_h1_luoxf_ma", "你嘴巴放干净点，我怎么教孩子轮得到你来说？", "abuse disp"),
        M("16:40", W, "两位家长先别急，这件事我明天了解清楚后分别跟你们电话沟通，群里就先不讨论了。", hn=True),
        M("16:42", "g_h1_guomx_ma", "好，等王老师电话。"),
    ]),
    D("2026-10-14", [
        M("07:10", W, "今天下午消防演练，请孩子们不要穿拖鞋或凉鞋到校。", key="n2"),
        M("07:12", "g_h1_yangll_ye", "收到收到王老师辛苦了", "ack", re="n2"),
        M("08:30", W, "转发：国家中小学智慧教育平台《秋冬季学生传染病预防提示》 https://basic.smartedu.cn/jkjy/2026autumn", kind="link_card", key="art1", hn=True),
        M("08:31", "g_h1_wujy_ma", "谢谢分享", "ack", re="art1"),
        M("09:00", "g_h1_yangll_ye", "老年人早上空腹喝一杯这个，血管干干净净 https://m.toutiao.com/is/iJx8AbC/", "chat link", kind="link_card"),
        M("09:40", "x_h1_zhangcx_jj", "大家好我是张晨曦的姐姐，在读初二，妈妈让我进群帮忙看作业通知😊"),
        M("09:42", W, "晨曦妈妈，群里只能是家长，通知还是麻烦您来看，姐姐我稍后移出，谢谢理解。", hn=True),
        M("09:43", "g_h1_zhangcx_ma", "好的王老师，是我没注意，不好意思"),
        M("11:00", "g_h1_linaj_ba", "听我在县教育局上班的表哥说，下学期开始县里小学全部取消期末考试，改成等级评价，以后也不分快慢班了。", "rumor", key="rum1"),
        M("11:05", "g_h1_lizh_ba", "真的假的？王老师，学校有接到这个通知吗？", re="rum1", hn=True),
        M("11:20", W, "目前没有接到任何相关通知，请以学校正式通知为准，大家不要再传了。", hn=True),
        M("13:30", "g_h1_hanjb_ma", "谁家有多的跳绳？周四测试，我家的断了，网上买来不及了"),
        M("13:32", "g_h1_huangxm_ma", "我家有两根，明天让小米带一根给金宝", hn=True),
        M("14:00", CH, "消防演练现场", kind="image", key="ph2"),
        M("14:01", CH, "", kind="image"),
        M("14:05", "g_h1_liuym_ba", "👍👍👍", "ack", re="ph2"),
        M("14:06", "g_h1_songyf_ba", "我家一凡跑在最前面，牛B", "abuse"),
        M("17:00", "g_h1_xuhy_ma", "王老师，想跟您说说浩宇最近的情况。他这学期开始晚上经常睡不着，躺到十一点多还翻来覆去，早上叫不起来，说一上学心里就慌，怕被点名回答问题。我们带他去县医院看过，医生说可能有点焦虑，让多陪伴。我跟他爸爸这阵子一直在闹离婚，可能孩子也感觉到了……不知道他在学校是不是也这样？", "pm", key="pm1"),
        M("17:20", W, "浩宇妈妈，孩子在学校最近话确实少了，课间也不太出去玩。我这边会多鼓励他，给他安排一些能成功的小任务；也建议您和孩子爸爸尽量别在孩子面前争吵，睡前多陪他聊聊天，必要时可以找学校的心理老师。", "pm", re="pm1"),
        M("17:25", "g_h1_xuhy_ma", "谢谢王老师，他爸爸那边……唉，一言难尽，孩子晚上还老问我们是不是不要他了", "pm"),
        M("17:30", W, "浩宇妈妈，这些我们私下细聊，我现在加您微信。", hn=True),
        M("19:50", W, "周四作业：语文抄写第8课生字，背诵《秋天的雨》第二段。", key="hw2"),
        M("19:52", "g_h1_gaoxing_ma", "收到", "ack", re="hw2"),
        M("20:45", W, "【紧急通知】接县教育局通知，明天（10月15日）上午有雷暴大风预警，全校推迟到9:30到校，请各位家长看到后回复“收到”。", key="urg1", urgent=True, hn=True),
        M("20:46", "g_h1_lizh_ma", "收到", re="urg1", urgent=True, hn=True),
        M("20:46", "g_h1_zhaowb_ma", "收到", re="urg1", urgent=True, hn=True),
        M("20:47", "g_h1_huty_ba", "收到", re="urg1", urgent=True, hn=True),
        M("20:48", "g_h1_liuym_ba", "收到！", re="urg1", urgent=True),
        M("20:50", "g_h1_sunyue_ma", "那早饭是在家吃还是学校照常供应？", re="urg1"),
        M("20:52", "g_h1_wangkx_nai", "收到王老师", re="urg1", urgent=True, hn=True),
        M("21:05", "g_h1_mashang_ba", "收到", re="urg1", urgent=True),
    ]),
    D("2026-10-15", [
        M("06:20", W, "【紧急提醒】今天9:30到校，风还很大，请勿提前送孩子到校门口等候。", urgent=True, hn=True),
        M("07:30", "g_h1_zhuyt_wp", "王老师雨桐外婆问一下今天是九点半送过来是吧"),
        M("07:33", W, "是的外婆，九点半。"),
        M("11:10", "g_h1_jiangxb_ma", "家长群里都在传，下周开始县里要统一收每人200块的“课后服务费”，不交的孩子不能参加课后托管。", "rumor"),
        M("11:15", W, "课后服务收费以学校书面通知为准，目前没有任何调整，请不要转发。", hn=True),
        M("15:00", "g_h1_wujy_ma", "学校这次又要交校服费280，去年才换的，听说校服厂是校长亲戚开的，谁知道里面吃了多少回扣。", "sl disp", key="xf"),
        M("15:03", "g_h1_zhouzm_ba", "我也觉得太贵了，一套280比外面贵一倍，凭什么", "disp", re="xf"),
        M("15:05", "g_h1_wujy_ma", "咱们三(4)班家长联名写封信，谁都别交，看学校能拿我们怎么样！", "inc disp", key="call1"),
        M("15:06", "g_h1_zhouzm_ba", "算我一个", "inc", re="call1"),
        M("15:06", "g_h1_hanjb_ma", "+1，我家也不交", "inc", re="call1"),
        M("15:10", "g_h1_gaoxing_ma", "校服是自愿征订的，有疑问可以跟家委会反映，我统一收集意见交给学校，群里就不要号召了。", hn=True),
        M("15:12", W, "各位家长，校服征订遵循自愿原则，不订的同学可以继续穿旧校服，价格明细学校下周会公示。", hn=True),
        M("15:14", "g_h1_wujy_ma", "行，那等公示。"),
        M("16:40", "g_h1_zhouzm_ba", "听说这次小测黄小米又是满分，高兴才88，差距有点大啊", "rank"),
        RN(ZH, "英语赵婷"),
        M("17:30", ZH, "今天英语课表现突出的同学：梁诗涵、刘一鸣、谢雨萱，大家为他们点赞👏", hn=True, key="pr2"),
        M("17:31", "g_h1_liangsh_ma", "谢谢赵老师的鼓励，诗涵回家一直说英语课好玩", re="pr2", hn=True),
        M("17:40", ZH, "另外，胡天宇、何欣怡、罗晓峰三位同学今天单词默写不及格，请家长今晚督促重默。", "sp", key="sp1"),
        M("17:45", "g_h1_hexy_ma", "赵老师，这种能不能私信说呀……", re="sp1"),
        M("17:46", ZH, "抱歉，是我考虑不周，以后单独联系家长。", hn=True),
        M("18:30", "g_h1_yangll_ye", "王老师乐乐的跳绳测试成绩出来了没有"),
        M("18:31", "g_h1_yangll_ye", "王老师 乐乐的跳绳测试成绩出来了没有？"),
        M("18:33", "g_h1_yangll_ye", "王老师乐乐的跳绳测试成绩出来了没有？？", "flood"),
        M("18:35", CH, "乐乐爷爷，跳绳成绩明天统一私发给各位家长，不在群里公布。", hn=True, key="a4"),
        M("18:36", "g_h1_yangll_ye", "好的谢谢陈老师", re="a4", hn=True),
    ]),
    D("2026-10-16", [
        M("07:20", W, "本周五放学时间调整为15:30，请家长准时接孩子。收到请回复。", key="n3"),
        M("07:21", "g_h1_lizh_ma", "收到", re="n3", hn=True),
        M("07:21", "g_h1_gaoxing_ma", "收到", re="n3", hn=True),
        RN("g_h1_chensy_ma", "陈思雨妈妈"),
        M("07:22", "g_h1_chensy_ma", "收到", re="n3", hn=True),
        M("07:24", "g_h1_xieyx_ma", "收到～", re="n3"),
        M("08:00", "x_h1_linhao_ma", "请问王老师，林浩原来的作业本还在教室吗？我们转学走得急没拿"),
        M("08:05", W, "林浩妈妈，作业本在我办公室，您方便时来拿。另外您已经不是本班家长了，稍后我会把您移出群，谢谢理解。", hn=True),
        M("09:30", "g_h1_songyf_ma", "某东羽绒服今天有满减，满600减100，挺划算的，有需要的可以去看看", "chat"),
        M("09:32", "g_h1_hexy_ma", "什么牌子的？孩子的码数全吗", "chat"),
        M("09:35", "g_h1_songyf_ma", "波司登的，童装码挺全的", "chat"),
        M("10:00", "g_h1_wangkx_nai", "转发给十个群菩萨保佑全家平安孩子考试考第一不转的家里这个月要倒大霉我已经转了", "ill"),
        M("10:05", "g_h1_gaoxing_ma", "凯旋奶奶，这种是迷信转发，群里不能发的哈，以后看到别转了🙏", hn=True),
        M("10:06", "g_h1_wangkx_nai", "哦哦晓得了不好意思"),
        M("11:00", "g_h1_liuym_ba", "有没有人周末一起去钓鱼的，城西水库最近鲫鱼多得很", "chat"),
        M("11:02", "g_h1_huty_ba", "刘哥带上我，上周我钓了三斤多", "chat"),
        M("12:30", "x_h1_tuoguan", "想了解晚托的家长扫码进群咨询～首月立减200", "ad", kind="image"),
        M("12:30", "x_h1_tuoguan", "想了解晚托的家长扫码进群咨询～首月立减200！", "ad", kind="image"),
        M("12:31", "x_h1_tuoguan", "想了解晚托的家长 扫码进群咨询 首月立减200", "ad flood", kind="image"),
        M("12:35", W, "这位托管机构的人员已移出，请大家不要扫码。", hn=True),
        M("14:00", "g_h1_lizh_ba", "你们看昨晚国足了吗，踢得我都破防了，xswl", "chat"),
        M("14:01", "g_h1_zhouzm_ba", "别提了，气死我了，白熬一晚上", "chat"),
        M("15:40", W, "本周优秀作业展示", kind="image", key="ph3"),
        M("15:41", W, "", kind="image"),
        M("15:45", "g_h1_xieyx_ma", "好的", "ack", re="ph3"),
        M("15:47", "g_h1_jiangxb_ma", "王老师，小北的作业本上有个字被圈出来了，是写错了还是笔顺不对？", hn=True),
        M("15:55", W, "是笔顺，“北”字第一笔是竖，回家让他再练练。"),
        M("16:00", "g_h1_mashang_ba", "周末愉快！祝大家周末玩得开开心心🎉🎉", "chat"),
        M("16:01", "g_h1_sunyue_ma", "同乐同乐", "chat"),
    ]),
    D("2026-10-17", [
        M("10:15", "g_h1_jiangxb_ma", "dbq刚刚发错群了，大家忽略", hn=True),
        M("21:10", "g_h1_luoxf_ma", "睡不着，孩子今天又在家哭，说郭明轩天天在学校笑话他、抢他东西。再有下次我亲自去校门口等着，见一次收拾一次，让他家吃不了兜着走！", "sp ill disp"),
        M("21:20", W, "晓峰妈妈，您的心情我理解，周一我约两家当面沟通，请不要在群里说这样的话。"),
    ]),
    ]
    DAYS.append(D("2026-10-19", [
        M("07:15", W, "新的一周开始啦！本周三上午学校体检，请孩子早上空腹到校，书包里带一个面包或一盒牛奶，体检完再吃。", key="e1"),
        M("07:18", "g_h1_songyf_ma", "王老师，空腹是连水也不能喝吗？", re="e1", key="eq1"),
        M("07:25", W, "少量喝水可以，牛奶和早饭先不要吃。", re="eq1", key="ea1"),
        M("07:26", "g_h1_songyf_ma", "好的，谢谢王老师～", re="ea1", hn=True),
        M("07:40", LI, "数学作业：课本第45页做一做，练习册第27页。"),
        M("07:41", ZH, "英语作业：听读Unit 4 Part A三遍，家长签字。"),
        M("07:42", W, "语文作业：1.抄写第9课词语；2.读课外书20分钟。", hn=True),
        M("08:30", "g_h1_lizh_ba", "王老师，李梓涵周三体检完能不能提前接走？下午要去医院复查牙齿"),
        M("08:40", W, "可以的，下午来接的时候在门卫处登记一下。"),
        M("08:55", "g_h1_zhouzm_ba", "上周数学小测我家子墨98，黄小米和李梓涵都是100，这次题目是不是太简单了", "rank"),
        M("09:00", LI, "子墨爸爸，成绩就不在群里说了哈，题目难度是按课标出的。", hn=True),
        M("09:10", "g_h1_gaoxing_ma", "各位家长，下周学校护学岗还缺4位家长志愿者，早上7:20-7:50在校门口，愿意参加的请直接在下面报名。"),
        M("09:12", "g_h1_guomx_ma", "算我一个，周三早上我可以", hn=True),
        M("09:15", "g_h1_hanjb_ma", "我也报名+1", hn=True),
        M("09:20", "g_h1_huty_ba", "接龙：\n1. 郭明轩妈妈\n2. 韩金宝妈妈\n3. 胡天宇爸爸", hn=True),
        M("10:00", W, "本周之星：林安静、宋一凡、马上，他们这周每天都认真完成作业，值得大家学习👍", key="star", hn=True),
        M("10:02", "g_h1_linaj_ba", "谢谢王老师的鼓励！安静在家也说要继续努力", re="star", hn=True),
        M("10:03", "g_h1_mashang_ba", "马上看到要高兴坏了，谢谢王老师", re="star", hn=True),
        M("11:30", "g_h1_xieyx_ma", "请问有家长捡到一个粉色水壶吗？上面贴着谢雨萱的名字"),
        M("11:45", "g_h1_zhuyt_wp", "好像在雨桐书包里看到一个粉色的我晚上翻翻看"),
        M("12:00", W, "郭明轩妈妈，麻烦加一下我微信，上周的事我们单独聊聊。", hn=True),
        M("14:00", CH, "提醒：本周五体育课测50米跑，请孩子穿运动鞋，女生不要穿裙子。"),
        M("14:20", "g_h1_liangsh_ma", "陈老师，诗涵脚踝上周扭了一下，现在走路还有点疼，这次能不能缓测？", key="lq", hn=True),
        M("14:30", CH, "可以，先休息，好了再补测。", re="lq", key="la"),
        M("14:31", "g_h1_liangsh_ma", "谢谢陈老师！", re="la", hn=True),
        M("15:20", "g_h1_liuym_ba", "我表弟开的少儿英语网课，外教一对一，试听免费，感兴趣的加扣扣 八六七五三零九一，报我名字打八折", "ad"),
        M("15:25", W, "一鸣爸爸，班级群不发推广信息，请撤回一下，谢谢。", hn=True),
        M("16:10", W, "今天法治课讲了远离网络赌博和游戏充值陷阱，请家长回家和孩子再聊一聊，管好手机支付密码。", hn=True),
        M("16:12", "g_h1_zhouzm_ba", "这个很有必要，子墨上次差点就点了游戏里的充值链接", hn=True),
        M("17:00", "g_h1_jiangxb_ma", "王老师，小北说明天要带一个鸡蛋做实验，生的还是熟的？", key="jq"),
        M("17:05", W, "生鸡蛋，用保鲜袋装好，防止路上碎了。", re="jq", key="ja"),
        M("17:06", "g_h1_jiangxb_ma", "好的👌", re="ja", hn=True),
        M("19:58", W, "今晚作业不多，请大家早点让孩子休息，明天体检要空腹。"),
    ]))

    return dict(GROUP=GROUP, TEACHERS=TEACHERS, SUPERVISOR=SUPERVISOR, STUDENTS=STUDENTS,
                GUARDIAN_JOINED=GUARDIAN_JOINED, OUTSIDERS=OUTSIDERS, DAYS=DAYS)


DATA["h1"] = _data_h1()

def _data_h2():
    # h2: urban private school, WeChat, quiet 21:30-07:00, smartedu.cn NOT allowed

    GROUP = dict(
        school="滨江区启明外国语学校（民办）", cls="五年级(2)班", grade=5, platform="wechat",
        quiet=("21:30", "07:00"), domains=["qmwgy.edu.cn"],
    )

    TEACHERS = [
        ("t_h2_shen", "沈佳宁", "英语", "head_teacher", "英语沈佳宁（班主任）"),
        ("t_h2_lu", "陆海涛", "数学", "teacher", "数学陆海涛"),
        ("t_h2_fang", "方瑜", "语文", "teacher", "语文方瑜"),
        ("t_h2_ke", "柯文", "科学", "teacher", "Kevin老师"),         # bad nickname
    ]
    SUPERVISOR = "g_h2_jiangh_ba"
    STUDENTS = [
        ("周末", [("g_h2_zhoumo_ma", "妈妈", "周末妈妈")]),
        ("夏天", [("g_h2_xiatian_ba", "爸爸", "夏天爸爸")]),
        ("钱多多", [("g_h2_qdd_ma", "妈妈", "多多妈妈")]),             # bad nickname
        ("方圆", [("g_h2_fangy_ma", "妈妈", "方圆妈妈")]),
        ("江海", [("g_h2_jiangh_ba", "爸爸", "江海爸爸")]),
        ("程诺", [("g_h2_chengn_ma", "妈妈", "程诺妈妈")]),
        ("沈若曦", [("g_h2_shenrx_ma", "妈妈", "沈若曦妈妈")]),
        ("陆子昂", [("g_h2_luza_ba", "爸爸", "陆子昂爸爸")]),
        ("顾言", [("g_h2_guyan_ma", "妈妈", "顾言妈妈")]),
        ("唐宁", [("g_h2_tangn_ma", "妈妈", "Tina唐")]),              # bad nickname
        ("许嘉禾", [("g_h2_xujh_ma", "妈妈", "许嘉禾妈妈")]),
        ("邓子涵", [("g_h2_dengzh_ba", "爸爸", "邓子涵爸爸")]),
        ("冯一诺", [("g_h2_fengyn_ma", "妈妈", "冯一诺妈妈")]),
        ("曹睿", [("g_h2_caorui_ma", "妈妈", "曹睿妈妈"), ("g_h2_caorui_ba", "爸爸", "曹睿爸爸")]),
        ("彭欣然", [("g_h2_pengxr_ma", "妈妈", "彭欣然妈妈")]),
        ("曾宇航", [("g_h2_zengyh_ba", "爸爸", "曾宇航爸爸")]),
        ("蒋梦琪", [("g_h2_jiangmq_ma", "妈妈", "蒋梦琪妈妈")]),
        ("蔡文轩", [("g_h2_caiwx_ma", "妈妈", "蔡文轩妈妈")]),
        ("贾思彤", [("g_h2_jiast_nai", "奶奶", "贾思彤奶奶")]),
        ("丁浩然", [("g_h2_dinghr_ba", "爸爸", "丁浩然爸爸")]),
        ("魏晨", [("g_h2_weichen_ma", "妈妈", "魏晨妈妈")]),
        ("薛佳琪", [("g_h2_xuejq_ma", "妈妈", "薛佳琪妈妈")]),
        ("叶子", [("g_h2_yezi_ma", "妈妈", "叶子妈妈")]),
        ("潘达", [("g_h2_panda_ba", "爸爸", "潘达爸爸🐼")]),
        ("杜若", [("g_h2_duruo_ma", "妈妈", "杜若妈妈")]),
        ("戴维", [("g_h2_daiwei_ba", "爸爸", "戴维爸爸")]),
        ("夏雨", [("g_h2_xiayu_ma", "妈妈", "夏雨妈妈")]),
        ("于洋", [("g_h2_yuyang_ma", "妈妈", "于洋妈妈"), ("g_h2_yuyang_wp", "外婆", "于洋外婆")]),
    ]
    GUARDIAN_JOINED = {
        "g_h2_caorui_ba": {"via": "invite", "by": "g_h2_caorui_ma", "approved": False},
        "g_h2_yuyang_wp": {"via": "invite", "by": "g_h2_yuyang_ma", "approved": True},
    }
    OUTSIDERS = [
        ("x_h2_baoxian", "少儿保险规划师小陈", {"via": "invite", "by": "g_h2_dengzh_ba", "approved": False}),
        ("x_h2_dashi", "易学国学馆-周大师", {"via": "invite", "by": "g_h2_jiast_nai", "approved": False}),
        ("x_h2_wu3", "五(3)班刘畅妈妈", {"via": "qr_code"}),
        ("x_h2_fake", "英语沈佳宁（班主任）", {"via": "qr_code"}),   # impersonator
    ]

    S, LU, FA, KE = "t_h2_shen", "t_h2_lu", "t_h2_fang", "t_h2_ke"

    DAYS = [
    D("2026-10-19", [
        M("07:00", S, "Good morning！本周四为学校开放日，家长可进班听课，报名请填写学校官网表单：https://www.qmwgy.edu.cn/openday/2026 （截止周二中午），本条不用回复。", key="n1", hn=True),
        M("07:02", "g_h2_zhoumo_ma", "收到👌", "ack", re="n1"),
        M("07:05", "g_h2_tangn_ma", "沈老师，开放日可以带弟弟一起来吗？", key="q1"),
        M("07:10", S, "不建议带低龄弟妹，教室空间有限，谢谢理解。", re="q1", key="a1"),
        M("07:11", "g_h2_tangn_ma", "好的谢谢沈老师", re="a1", hn=True),
        M("08:00", LU, "数学作业：1.《课时练》P31-32；2.订正单元卷错题。完成后请在群里回复“已完成”。", key="hw1"),
        M("12:30", "g_h2_yezi_ma", "求问五年级课外阅读大家都给孩子买哪个版本的《西游记》？", hn=True, key="q2"),
        M("12:35", "g_h2_chengn_ma", "我们买的人民文学原著版，上学期语文老师推荐过", re="q2", hn=True),
        M("12:36", FA, "推荐人民文学出版社的原著版，不用买青少版。", re="q2", key="a2"),
        M("12:40", "g_h2_yezi_ma", "好的谢谢方老师", re="a2", hn=True),
        M("14:00", "x_h2_baoxian", "各位宝爸宝妈下午好☀️孩子校园意外险、重疾险一年只要几十块，理赔快～需要规划的加我威❤：b x 1 3 5 7 2 4 6", "ad"),
        M("14:02", "g_h2_dengzh_ba", "不好意思，这是我朋友，我以为群里可以互相帮忙，我让她退了", hn=True),
        M("14:05", S, "已移出。也提醒大家，邀请人进群需要先经过我同意。", hn=True),
        M("16:20", "g_h2_weichen_ma", "听别的年级家长群说，我们学校明年起学费要涨30%，而且不交赞助费的不能直升初中部，已经定了。", "rumor", key="rum1"),
        M("16:22", "g_h2_pengxr_ma", "啊？真的吗？沈老师有没有听说？", re="rum1", hn=True),
        M("16:25", "g_h2_duruo_ma", "我同事孩子在七年级，也说下学期直升要加考了，学校一直瞒着家长不说", "rumor sl"),
        M("16:40", S, "学费和直升政策都以学校官网和书面通知为准，目前没有任何调整，请大家不要转发未经证实的消息。", hn=True),
        M("19:30", "g_h2_xiatian_ba", "已完成", re="hw1", hn=True),
        M("19:32", "g_h2_fangy_ma", "已完成", re="hw1"),
        M("19:40", "g_h2_qdd_ma", "已完成", re="hw1"),
        M("19:41", "g_h2_luza_ba", "已完成，最后一题孩子用方程做的，不知道行不行", re="hw1"),
        M("21:10", "g_h2_jiangmq_ma", "沈老师，梦琪的英语听写本今天忘带回家了，明早能在学校补吗？", hn=True, key="q3"),
        M("21:15", S, "可以，明早早读前交给我。", re="q3", hn=True, key="a3"),
        M("21:29", "g_h2_jiangmq_ma", "谢谢沈老师～", re="a3", hn=True),
        M("21:30", "g_h2_dinghr_ba", "请问明天要穿校服还是运动服？", key="q4"),
        M("21:45", "g_h2_xuejq_ma", "运动服，明天有体育课", re="q4"),
        M("22:30", "g_h2_panda_ba", "今天课后服务篮球课教练说潘达投篮姿势进步很大，哈哈"),
    ]),
    D("2026-10-20", [
        M("06:50", "g_h2_jiast_nai", "早上好各位家长祝大家今天开开心心身体健康", "chat"),
        M("07:15", KE, "科学课下周做种子发芽实验，请孩子周五前带一个透明塑料杯和几粒绿豆。", key="n2"),
        M("07:16", "g_h2_zengyh_ba", "收到，谢谢老师", "ack", re="n2"),
        M("07:17", "g_h2_caiwx_ma", "绿豆是生的还是要泡过的？", key="q5"),
        M("07:20", KE, "生的就可以。", re="q5", key="a5"),
        RN(KE, "科学柯文"),
        M("07:21", "g_h2_caiwx_ma", "明白，谢谢柯老师", re="a5", hn=True),
        M("09:00", LU, "本次单元测验情况：全班平均分88.6，优秀率72%，最高分100，最低分61。试卷已发回，请家长签字后让孩子带回。", key="n3", hn=True),
        M("09:02", "g_h2_fangy_ma", "收到陆老师", "ack", re="n3"),
        M("09:03", "g_h2_chengn_ma", "已签字", "ack", re="n3"),
        M("09:10", "g_h2_caorui_ma", "陆老师，请问我家曹睿这次排第几呀？", hn=True, key="q6"),
        M("09:12", LU, "曹睿妈妈，学校规定不公布排名，具体情况我私信您。", re="q6", hn=True),
        M("09:30", "g_h2_xujh_ma", "这次61分的是谁啊？估计又是邓子涵吧，上次也是他垫底🤭", "rank sp", key="d1"),
        M("09:33", "g_h2_dengzh_ba", "我家孩子考多少跟你有什么关系？管好你自己家就行，少在群里阴阳怪气。", "abuse disp", re="d1"),
        M("09:35", "g_h2_xujh_ma", "开个玩笑而已，至于吗，玻璃心", "abuse disp"),
        M("09:36", "g_h2_jiangh_ba", "两位家长都消消气，孩子成绩是隐私，大家都别在群里说了。", hn=True),
        M("11:00", "g_h2_yuyang_wp", "各位好我是于洋外婆以后我来接于洋放学有事情可以找我", hn=True),
        M("11:30", "x_h2_dashi", "家长朋友们，孩子学习不开窍，多半是名字五行缺水。本馆免费为孩子测名批八字，升学考试提前布局文昌位，详询☎一三九 零八七六 五四三二", "ill ad"),
        M("11:32", "g_h2_jiast_nai", "这是我老家的周大师很准的大家可以让他给孩子算算", "ill"),
        M("11:35", S, "贾思彤奶奶，算命测八字属于封建迷信，不能在班级群里发，这位我先移出了。", hn=True),
        M("13:00", "g_h2_panda_ba", "昨晚湖人那场太精彩了，詹姆斯yyds！", "chat"),
        M("13:01", "g_h2_daiwei_ba", "绝绝子，最后三秒那个三分我直接从沙发上跳起来", "chat"),
        RN("g_h2_tangn_ma", "唐宁妈妈"),
        M("15:00", "g_h2_tangn_ma", "各位家长，唐宁参加区里“小小演说家”进了决赛，主办方要网络投票，麻烦大家每天动动手指帮投一票，感激不尽🙏", "ad", key="vote"),
        M("15:01", "g_h2_zhoumo_ma", "投了投了", "chat", re="vote"),
        M("15:02", "g_h2_xiayu_ma", "已投，唐宁加油！", "chat", re="vote"),
        M("15:03", FA, "唐宁妈妈，拉票请私下进行哦，班级群不方便发，谢谢～", hn=True),
        M("15:30", S, "开放日听课科目请家长在学校公众号的小程序里投票选择，每位家长限投一次，周三截止。", hn=True),
        M("17:00", FA, "推荐孩子们看一下这节阅读指导课：https://basic.smartedu.cn/syncClassroom/yuwen5", "link", kind="link_card"),
    ]),
    D("2026-10-21", [
        M("07:40", FA, "语文作业：1.完成《语文园地四》；2.阅读《西游记》第十回并写批注。", key="hw2"),
        M("07:41", "g_h2_xiatian_ba", "收到", "ack", re="hw2"),
        M("07:41", "g_h2_yezi_ma", "收到", "ack", re="hw2"),
        M("07:42", "g_h2_weichen_ma", "收到～", "ack", re="hw2"),
        RN("g_h2_qdd_ma", "钱多多妈妈"),
        M("10:00", "g_h2_qdd_ma", "我在做日本代购，药妆零食都有，班里家长给内部价，朋友圈天天更新，想看的私我～", "ad"),
        M("10:02", "g_h2_qdd_ma", "我在做日本代购，药妆零食都有，班里家长给内部价，朋友圈天天更新，想看的私我～", "ad"),
        M("10:02", "g_h2_qdd_ma", "我在做日本代购 药妆零食都有 班里家长给内部价 朋友圈天天更新 想看的私我", "ad flood"),
        M("10:05", S, "多多妈妈，群里禁止发广告，也请不要重复刷屏。", hn=True),
        M("12:00", "g_h2_caorui_ba", "沈老师好，我是曹睿爸爸，以后家长会我来参加。"),
        M("12:05", S, "曹睿爸爸好，欢迎～以后拉人进群请先和我说一声。", hn=True),
        M("14:00", "g_h2_chengn_ma", "想请教一下各位老师和家长：程诺最近迷上手机游戏，每天写完作业就躲在房间里打到十一点，收手机就摔门哭闹，上周还偷偷用我的支付宝充了六百多块。跟他讲道理根本听不进去，他爸常年在外地，我一个人真的管不住了，这学期成绩也往下掉，怎么办啊……", "pm", key="pm1"),
        M("14:10", "g_h2_xiayu_ma", "我家也有过，可以试试手机的家长控制模式，每天限定一小时", "pm", re="pm1"),
        M("14:12", "g_h2_chengn_ma", "试过了，他会偷偷改密码，还骗我说是老师要用手机查资料", "pm"),
        M("14:20", S, "程诺妈妈，这个情况我们单独电话沟通吧，我下午放学后打给您。", hn=True),
        M("15:10", LU, "周末同学这周有三次作业没有按时交，请周末妈妈多关注一下。", "sp"),
        M("15:12", "g_h2_zhoumo_ma", "陆老师，是我们的问题，这周我出差没盯着，今晚一定补上", hn=True),
        M("15:20", FA, "周末作业：写一篇300字的观察日记，下周一交。", hn=True),
        M("16:00", LU, "第三单元测验成绩表", "rank", kind="image"),
        M("16:05", "g_h2_jiangh_ba", "陆老师，成绩表建议私发，咱们群规定不公布成绩。", hn=True),
        M("16:06", LU, "谢谢提醒，已撤回。", hn=True),
        M("17:00", "g_h2_duruo_ma", "学校食堂今天的鸡腿是臭的！好几个孩子回家都拉肚子了，肯定是为了省钱进的便宜货，这种黑心食堂还有脸收那么贵的餐费？！", "sl disp", key="st"),
        M("17:03", "g_h2_caiwx_ma", "我家也说今天鸡腿味道怪，气死了，一学期餐费四千多就吃这个", "sl disp", re="st"),
        M("17:05", "g_h2_duruo_ma", "明天咱们家长都别让孩子在学校吃午饭了，统一带饭，再拍视频发抖音，看学校管不管！", "inc disp", key="call"),
        M("17:06", "g_h2_caiwx_ma", "支持！我明天就拍", "inc", re="call"),
        M("17:06", "g_h2_dinghr_ba", "我家也带饭，加我一个", "inc", re="call"),
        M("17:08", "g_h2_duruo_ma", "学校必须给个说法！", "disp"),
        M("17:08", "g_h2_duruo_ma", "学校必须给个说法！！", "disp"),
        M("17:09", "g_h2_duruo_ma", "学校必须给个说法！！！", "disp flood"),
        M("17:10", S, "各位家长，食堂问题我已经上报学校后勤，明天中午会请家委会代表陪餐检查，有孩子身体不舒服的请私信我，我们逐一了解。请大家先不要发到网上。", hn=True),
        M("17:12", "g_h2_jiangh_ba", "我明天去陪餐，有情况第一时间跟大家同步。", hn=True),
        M("21:20", S, "明天陪餐结果出来后我会第一时间告知大家。", hn=True),
        M("21:35", "g_h2_duruo_ma", "老师，学校要是不给说法我们就去教育局！", "inc disp"),
        M("21:40", S, "杜若妈妈，已经很晚了，明天我们当面沟通。"),
    ]),
    D("2026-10-22", [
        M("07:05", S, "今天开放日，家长请8:10前到校，从东门凭身份证登记入校。", key="n4"),
        M("08:30", "g_h2_panda_ba", "开放日现场", kind="image"),
        M("10:00", S, "孩子们在开放日上的英语展示", kind="image", key="ph1"),
        M("10:01", "g_h2_pengxr_ma", "老师辛苦了🌹", "ack", re="ph1"),
        M("10:02", "g_h2_fengyn_ma", "辛苦沈老师！孩子们展示得太棒了，一诺回家肯定要嘚瑟了", re="ph1", hn=True),
        M("12:30", S, "今天中午家委会代表陪餐，饭菜正常，后勤已把昨天那批鸡腿送检，结果出来会公示。", key="n5"),
        M("12:31", "g_h2_duruo_ma", "好，谢谢沈老师和江海爸爸，是我昨天太激动了", re="n5", hn=True),
        M("13:10", "g_h2_shenrx_ma", "方老师，沈若曦这次作文得了多少分？她说没看到分数", key="q7"),
        M("13:20", FA, "28分（满分30），是班里最高的，写得很真实。", "rank", re="q7"),
        M("14:00", "x_h2_wu3", "不好意思，是不是有家长把我拉错群了？我是五(3)班的，想问下开放日下午还有没有活动"),
        M("15:30", "g_h2_xiatian_ba", "上周末带孩子去的这家农场采摘还不错，推荐一下 https://www.dianping.com/shop/G8kd21", "chat link", kind="link_card", key="farm"),
        M("15:31", "g_h2_zhoumo_ma", "在哪个区呀？门票多少", "chat", re="farm"),
        M("15:33", "g_h2_xiatian_ba", "城北，大人68小孩免费", "chat"),
        M("16:00", "g_h2_guyan_ma", "顾言说今天开放日数学课陆老师提问他没答上来，回来一直自责，问是不是给妈妈丢脸了。这孩子从小就敏感，一点小事会想很久，晚上还做噩梦，我们一直在纠结要不要带他去看心理医生，老师们平时在学校有没有注意到他有什么情绪问题？", "pm", key="pm2"),
        M("16:20", LU, "顾言妈妈，孩子今天其实表现挺好的，只是那道题本身有难度。他做事很认真，但确实比较在意别人的评价，课上我会多给他一些正向反馈；如果睡眠一直不好，可以咨询一下专业的儿童心理门诊。", "pm", re="pm2"),
        M("16:25", "g_h2_guyan_ma", "谢谢陆老师，他还说同桌总笑他笨……算了，我私信您吧", "pm"),
        M("17:00", "g_h2_fengyn_ma", "五年级是分水岭？这三个习惯决定孩子初中成绩 https://mp.weixin.qq.com/s/k2Pq9Zr", "link", kind="link_card"),
        M("17:05", S, "学校官网 qmwgy.edu.cn 的“家长学校”栏目也有很多类似文章，大家可以去看看。", hn=True),
    ]),
    D("2026-10-23", [
        M("06:30", "g_h2_jiast_nai", "", kind="voice"),
        M("07:10", S, "本周五下午家长会，14:30在五(2)班教室，请每家至少一位家长参加。参加的请接龙。", key="jl"),
        M("07:12", "g_h2_xiatian_ba", "接龙：\n1. 夏天爸爸", re="jl"),
        M("07:13", "g_h2_zhoumo_ma", "接龙：\n1. 夏天爸爸\n2. 周末妈妈", hn=True),
        M("07:15", "g_h2_yezi_ma", "接龙：\n1. 夏天爸爸\n2. 周末妈妈\n3. 叶子妈妈", hn=True),
        M("07:20", "g_h2_caorui_ba", "接龙：\n1. 夏天爸爸\n2. 周末妈妈\n3. 叶子妈妈\n4. 曹睿爸爸", hn=True),
        M("07:25", "g_h2_fangy_ma", "收到，下午我来", re="jl", hn=True),
        M("07:26", "g_h2_xiayu_ma", "收到", re="jl", hn=True),
        M("09:00", "g_h2_luza_ba", "周末谁家约打羽毛球？滨江体育馆订了两片场", "chat"),
        M("09:05", "g_h2_dengzh_ba", "我我我，带儿子一起", "chat"),
        M("10:00", "g_h2_shenrx_ma", "提醒各位家长：最近有骗子冒充班主任拉群收“资料费”，让加vx转账，千万别信，有疑问直接打电话给老师核实。", hn=True),
        M("10:05", "x_h2_fake", "各位家长，本学期教辅资料费每人198元，请于今天中午前扫码转账至本人，逾期不补。", "ill", kind="image"),
        M("10:07", S, "⚠️各位家长注意，刚才那个不是我本人！是冒充的账号，已移出，学校不会在群里收任何费用，请大家不要转账！", hn=True),
        M("10:08", "g_h2_jiangmq_ma", "吓死了，差点就扫了", hn=True),
        M("11:00", "g_h2_xuejq_ma", "有家长要期中考试原卷吗？我朋友在区教研室，卷子已经出来了，需要的私聊，不多收，50一份", "ill ad"),
        M("11:05", LU, "考试卷属于保密材料，传播是违规的，请立即停止，我会报告学校。", hn=True),
        M("11:06", "g_h2_xuejq_ma", "开玩笑的啦，别当真"),
        M("14:00", "g_h2_caiwx_ma", "看💋美女直播，深夜福利在线，点击 hxz8.vip 免费观看", "ill link"),
        M("14:02", "g_h2_caiwx_ma", "不好意思大家，我微信被盗了，刚才那条不是我发的，千万别点！", hn=True),
        M("15:00", S, "家长会PPT已上传群文件，没能到场的家长请查阅。", key="n6", hn=True),
        M("15:01", "g_h2_pengxr_ma", "好的", "ack", re="n6"),
        M("15:05", "g_h2_yuyang_ma", "沈老师，群文件里我只看到上学期的PPT，是不是还没传完？", re="n6", hn=True),
        M("15:08", S, "刚传好，文件名是“五2班期中家长会”，请刷新一下。"),
        M("16:00", "g_h2_jiangh_ba", "周末愉快～祝大家周末吃好睡好🌙", "chat"),
        M("21:25", "g_h2_daiwei_ba", "沈老师，戴维的科学实验杯落在教室了，周一再带可以吗？", hn=True),
        M("23:10", "g_h2_panda_ba", "有人还没睡吗，刚看完球，太刺激了", "chat"),
    ]),
    ]
    DAYS.append(D("2026-10-26", [
        M("07:05", S, "本周英语口语测试安排：周二、周三分组进行，每人3分钟，测试内容见学校官网 https://www.qmwgy.edu.cn/eng/oral 。无需回复。", hn=True),
        M("07:30", "g_h2_fengyn_ma", "沈老师，口语测试是自我介绍加朗读吗？", key="oq"),
        M("07:40", S, "是的，自我介绍1分钟，朗读课文2分钟。", re="oq", key="oa"),
        M("07:41", "g_h2_fengyn_ma", "明白了，谢谢沈老师", re="oa", hn=True),
        M("08:10", LU, "数学作业：《课时练》P35，错题本整理第四单元。"),
        M("09:00", "g_h2_pengxr_ma", "陆老师，欣然昨天发烧，今天在家休息，作业明天补交可以吗？", key="pq"),
        M("09:05", LU, "可以，先把身体养好。", re="pq"),
        M("09:20", "g_h2_shenrx_ma", "请问学校统一订的冬季校服什么时候发？", key="xq"),
        M("09:30", S, "冬装下周一发，请孩子那天带个大袋子。", re="xq"),
        M("10:00", S, "学校本月举办“爱心义卖”，孩子们可以带闲置的书和文具来义卖，所得款项全部捐给山区学校，具体安排见学校通知。", hn=True),
        M("10:05", "g_h2_xiayu_ma", "太有意义了，夏雨已经在整理她的绘本了", hn=True),
        M("10:06", "g_h2_luza_ba", "子昂说要卖他的乐高，我还没同意😂", hn=True),
        M("10:08", "g_h2_daiwei_ba", "说白了这种义卖就是演给领导看的，拍完照片就没人管了", "sl"),
        M("10:10", S, "戴维爸爸，义卖的账目和捐赠回执都会在学校官网公示，欢迎监督。", hn=True),
        M("11:00", FA, "本周之星：顾言、程诺、叶子，他们的读书笔记写得特别用心，给他们点赞！", key="star", hn=True),
        M("11:02", "g_h2_guyan_ma", "谢谢方老师！顾言听到会开心好几天", re="star", hn=True),
        M("13:00", "g_h2_weichen_ma", "请问沈老师，听其他家长说下学期要分层走班上课，是真的吗？", key="wq", hn=True),
        M("13:10", S, "目前没有这个安排，如有调整学校会正式通知。", re="wq", key="wa"),
        M("13:11", "g_h2_weichen_ma", "好的，谢谢沈老师解答", re="wa", hn=True),
        M("15:00", KE, "种子发芽实验第一周", kind="image", key="kph"),
        M("15:00", KE, "", kind="image"),
        M("15:01", KE, "", kind="image", hn=True),
        M("15:05", "g_h2_caiwx_ma", "文轩的绿豆终于发芽了，他说要每天写观察日记", re="kph", hn=True),
        M("16:30", "g_h2_yuyang_wp", "沈老师我是于洋外婆今天于洋的外套穿错了穿回来一件别人的领子上写着丁浩然"),
        M("16:40", "g_h2_dinghr_ba", "哈哈是我家的，明天让孩子换回来，谢谢外婆"),
        M("18:20", "g_h2_xuejq_ma", "刚刷到的，今年每个小学生都能领500元教育补贴，在“惠民助学”小程序上登记，月底前不领就作废了，大家赶紧。", "rumor", key="rum2"),
        M("18:30", S, "这是网上的诈骗信息，教育部门没有这类补贴，请不要填写任何个人信息和银行卡号。", re="rum2", hn=True),
        M("20:50", "g_h2_jiangh_ba", "提醒各位家长，周四家委会开会讨论期末联欢会安排，有建议的可以私信我。", hn=True),
        M("21:05", S, "明天口语测试第一组：周末、夏天、钱多多、方圆、江海，请这几位同学提前准备。", hn=True),
        M("21:10", "g_h2_zhoumo_ma", "好的沈老师，周末今晚在练了", hn=True),
        M("21:50", "g_h2_qdd_ma", "沈老师，多多的口语测试能换到第二组吗？她明天上午要去医院"),
    ]))

    return dict(GROUP=GROUP, TEACHERS=TEACHERS, SUPERVISOR=SUPERVISOR, STUDENTS=STUDENTS,
                GUARDIAN_JOINED=GUARDIAN_JOINED, OUTSIDERS=OUTSIDERS, DAYS=DAYS)


DATA["h2"] = _data_h2()

def _data_h3():
    # h3: district experimental school, WeChat, quiet 20:00-06:40

    GROUP = dict(
        school="南湖区育才实验小学", cls="一年级(6)班", grade=1, platform="wechat",
        quiet=("20:00", "06:40"), domains=["nhyc.edu.cn", "smartedu.cn"],
    )

    TEACHERS = [
        ("t_h3_zheng", "郑丽娟", "语文", "head_teacher", "语文郑丽娟 班主任"),
        ("t_h3_he", "何明", "数学", "teacher", "数学何明"),
        ("t_h3_yin", "尹莉", "音乐", "teacher", "音乐尹老师"),
        ("t_h3_song", "宋佳", "美术", "teacher", "宋佳"),            # bad nickname
    ]
    SUPERVISOR = "g_h3_tianye_ma"
    STUDENTS = [
        ("田野", [("g_h3_tianye_ma", "妈妈", "田野妈妈")]),
        ("向前", [("g_h3_xiangq_ba", "爸爸", "向前爸爸")]),
        ("常乐", [("g_h3_changle_nai", "奶奶", "常乐奶奶")]),
        ("于海洋", [("g_h3_yuhy_ma", "妈妈", "海洋妈妈")]),            # bad nickname
        ("郑可欣", [("g_h3_zhengkx_ma", "妈妈", "郑可欣妈妈")]),
        ("王梓萌", [("g_h3_wangzm_ba", "爸爸", "王梓萌爸爸")]),
        ("李沐阳", [("g_h3_limy_ma", "妈妈", "李沐阳妈妈")]),
        ("张一诺", [("g_h3_zhangyn_ma", "妈妈", "张一诺妈妈")]),
        ("陈果", [("g_h3_chenguo_ba", "爸爸", "陈果爸爸")]),
        ("刘星辰", [("g_h3_liuxc_ma", "妈妈", "刘星辰妈妈")]),
        ("杨柳", [("g_h3_yangliu_ma", "妈妈", "杨柳妈妈")]),
        ("赵小雨", [("g_h3_zhaoxy_lao", "姥姥", "赵小雨姥姥")]),
        ("黄子轩", [("g_h3_huangzx_ma", "妈妈", "黄子轩妈妈")]),
        ("周雨涵", [("g_h3_zhouyh_ma", "妈妈", "周雨涵妈妈")]),
        ("吴昊天", [("g_h3_wuht_ba", "爸爸", "吴昊天爸爸"), ("g_h3_wuht_ma", "妈妈", "吴昊天妈妈")]),
        ("孙小满", [("g_h3_sunxm_ma", "妈妈", "小满麻麻")]),            # bad nickname
        ("马思远", [("g_h3_masy_ma", "妈妈", "马思远妈妈")]),
        ("胡桃", [("g_h3_hutao_ma", "妈妈", "胡桃妈妈")]),
        ("林森", [("g_h3_linsen_ba", "爸爸", "林森爸爸")]),
        ("高原", [("g_h3_gaoyuan_ma", "妈妈", "高原妈妈")]),
        ("罗一航", [("g_h3_luoyh_ma", "妈妈", "罗一航妈妈")]),
        ("宋雨桐", [("g_h3_songyt_ma", "妈妈", None)]),
    ]
    GUARDIAN_JOINED = {}
    OUTSIDERS = [
        ("x_h3_jiajiao", "南湖一对一家教 王老师", {"via": "qr_code"}),
        ("x_h3_xiaoyi", "陈果小姨", {"via": "invite", "by": "g_h3_chenguo_ba", "approved": False}),
        ("x_h3_tuan", "社区团购-小美", {"via": "invite", "by": "g_h3_yangliu_ma", "approved": False}),
        ("x_h3_left", "原一(6)班钱一鸣爸爸", None),
    ]

    Z, HE, YIN, SO = "t_h3_zheng", "t_h3_he", "t_h3_yin", "t_h3_song"

    DAYS = [
    D("2026-11-02", [
        M("06:35", "g_h3_changle_nai", "郑老师早常乐今天有点咳嗽我给他带了要中午麻烦老师提醒他吃一下谢谢"),
        M("06:40", "g_h3_wuht_ba", "郑老师早上好，吴昊天今天请假一天，带他去医院复查，已在钉钉上提交请假条。", hn=True),
        M("06:50", Z, "好的，昊天爸爸。常乐奶奶，药请交给生活老师，写好服用时间和剂量。"),
        M("07:30", Z, "一年级家长请注意：本周三上午有全区一年级拼音过关测试，学校不组织任何收费辅导，请勿轻信校外机构宣传。无需回复。", key="n1", hn=True),
        M("07:31", "g_h3_zhengkx_ma", "收到", "ack", re="n1"),
        M("07:31", "g_h3_liuxc_ma", "好的郑老师", "ack", re="n1"),
        M("08:00", "x_h3_jiajiao", "一年级拼音过关冲刺班🔥 三节课包过，不过全额退！南湖区一对一上门，咨询请加 ❤️ Ｖ：ｎｈｊｊ２０２６", "ad"),
        M("08:02", Z, "请问这位是哪位孩子的家长？群里禁止发广告，已移出。", hn=True),
        M("09:10", "g_h3_sunxm_ma", "请问拼音测试要带什么文具吗？", key="q1"),
        M("09:15", Z, "带铅笔和橡皮就可以，卷子学校发。另外小满妈妈记得把群名片改成“孙小满妈妈”哦。", re="q1", key="a1", hn=True),
        RN("g_h3_sunxm_ma", "孙小满妈妈"),
        M("09:16", "g_h3_sunxm_ma", "改好啦，谢谢郑老师😊", re="a1", hn=True),
        M("11:00", HE, "数学作业：数一数练习单（一张），家长检查后在练习单上签字即可，明天带回。", key="hw1"),
        M("11:02", "g_h3_yangliu_ma", "已阅", "ack", re="hw1"),
        M("11:05", "g_h3_gaoyuan_ma", "何老师，练习单第3题“比8多2”孩子不理解，我怎么给他讲比较好？", key="q2"),
        M("11:20", HE, "可以用小棒摆一摆，先摆8根，再多摆2根，数一数一共几根。", re="q2", key="a2"),
        M("11:22", "g_h3_gaoyuan_ma", "👍", re="a2", hn=True),
        M("13:30", "g_h3_xiangq_ba", "双十一预售开始了，某宝上那个儿童护眼台灯降了一百多，需要的赶紧冲", "chat", key="sh"),
        M("13:32", "g_h3_huangzx_ma", "哪个牌子？链接发一下", "chat", re="sh"),
        M("13:33", "g_h3_xiangq_ba", "儿童护眼台灯 国AA级无频闪 https://m.tb.cn/h.5Xk2Qp", "chat link", kind="link_card"),
        M("13:40", "g_h3_tianye_ma", "各位家长，购物信息请私下交流哈，咱们群尽量只发孩子学习相关的～", hn=True),
        M("15:50", Z, "今天放学排队时有同学推推搡搡，再次提醒家长教育孩子排队不推不挤。", hn=True),
        M("16:30", "g_h3_limy_ma", "郑老师，今天李沐阳回家说胡桃排队时把他推倒了，手肘破了皮。能不能麻烦您了解一下？", "sp", key="push"),
        M("16:35", "g_h3_hutao_ma", "李沐阳妈妈，真的很抱歉，我刚问了胡桃，她说后面的人挤过来她没站稳，不过确实是她撞到的，我替她道歉，孩子手肘还好吗？", re="push", hn=True),
        M("16:40", Z, "两位家长别着急，我明天找两个孩子了解情况，后续私下联系你们。", hn=True),
        M("19:30", YIN, "下周音乐课学唱《小星星》，可以提前在国家中小学智慧教育平台听一听：https://basic.smartedu.cn/syncClassroom/music1", kind="link_card", key="art", hn=True),
        M("19:35", "g_h3_zhouyh_ma", "谢谢尹老师分享", "ack", re="art"),
        M("20:10", "g_h3_masy_ma", "尹老师，这个链接手机上打不开怎么办？", re="art", key="q3"),
        M("20:15", YIN, "可以下载智慧中小学APP，搜索“小星星”。", re="q3", key="a3"),
        M("20:16", "g_h3_masy_ma", "好的谢谢尹老师", re="a3"),
    ]),
    D("2026-11-03", [
        M("06:20", "g_h3_xiangq_ba", "早安，新的一天从微笑开始🌅", "chat", kind="image"),
        M("06:45", "g_h3_changle_nai", "", kind="voice", hn=True),
        M("07:20", Z, "【通知】明天拼音测试，请孩子7:50前到校，今晚早点睡。请各位家长接龙确认。", key="jl"),
        M("07:25", "g_h3_zhengkx_ma", "1. 郑可欣妈妈 已知晓", re="jl"),
        M("07:26", "g_h3_wangzm_ba", "1. 郑可欣妈妈 已知晓\n2. 王梓萌爸爸 已知晓", hn=True),
        M("07:28", "g_h3_yuhy_ma", "1. 郑可欣妈妈 已知晓\n2. 王梓萌爸爸 已知晓\n3. 于海洋妈妈 已知晓"),
        M("07:30", "g_h3_limy_ma", "1. 郑可欣妈妈 已知晓\n2. 王梓萌爸爸 已知晓\n3. 于海洋妈妈 已知晓\n4. 李沐阳妈妈 已知晓", hn=True),
        M("07:32", "g_h3_zhaoxy_lao", "收到收到小雨姥姥知道了", re="jl", hn=True),
        M("09:30", "x_h3_xiaoyi", "大家好，我是陈果小姨，平时帮忙接送孩子。想跟大家分享主的福音，信靠耶稣全家蒙福，周日上午南湖礼拜堂有亲子主日学，欢迎带孩子一起来～", "ill"),
        M("09:33", "g_h3_chenguo_ba", "不好意思各位，小姨帮我接孩子我才拉她进来的，宗教的事不该发群里，我已经跟她说了。", hn=True),
        M("09:35", Z, "陈果爸爸，接送人可以在学校登记，群里只保留家长，小姨我先移出了哈。", hn=True),
        M("10:30", "g_h3_wangzm_ba", "听我们小区群里说，南湖区这周有孩子得了诺如病毒，育才已经有两个班停课了，明天估计全校都要放假。", "rumor", key="rum"),
        M("10:32", "g_h3_hutao_ma", "真的吗？吓死了，那明天拼音测试还考吗", re="rum", hn=True),
        M("10:35", "g_h3_zhangyn_ma", "是真的，我邻居孩子就在育才，说二年级一个班全班都吐了", "rumor", re="rum"),
        M("10:40", Z, "学校没有任何停课安排，一年级拼音测试照常进行。请大家不要转发未经核实的消息，孩子如有呕吐腹泻请及时就医并告诉我。", hn=True),
        M("10:42", "g_h3_wangzm_ba", "好的，是我没核实就发了，抱歉", hn=True),
        M("12:00", SO, "美术课需要准备：超轻黏土一盒（12色）、黏土工具一套，周四美术课用。", key="n2"),
        M("12:05", "g_h3_huangzx_ma", "宋老师，超轻黏土买哪种？", key="q4"),
        M("12:06", SO, "普通的就行，不用买太贵的。", re="q4", key="a4"),
        M("12:07", "g_h3_huangzx_ma", "好的谢谢宋老师", re="a4", hn=True),
        RN(SO, "美术宋佳"),
        M("12:30", "x_h3_tuan", "宝妈们～明天社区团购鲜牛奶、土鸡蛋特价，下单请扫码进群👇", "ad", kind="image"),
        M("12:31", "g_h3_yangliu_ma", "这是我们小区的团长，东西挺新鲜的，大家可以看看", "ad"),
        M("12:35", Z, "杨柳妈妈，拉人进群需要先经过我同意，团购群也请不要在班级群推广哦。", hn=True),
        M("14:00", HE, "课堂练习优秀作业", kind="image", key="ph1"),
        M("14:00", HE, "", kind="image"),
        M("14:01", HE, "", kind="image", hn=True),
        M("14:05", "g_h3_liuxc_ma", "太棒了👏👏", "ack", re="ph1"),
        RN("g_h3_yuhy_ma", "于海洋妈妈"),
        M("14:06", "g_h3_yuhy_ma", "看到海洋的了，字比以前工整多了，谢谢何老师", re="ph1", hn=True),
        M("16:00", Z, "今天课堂上向前、常乐两位同学讲话被批评后还不改，中午被罚站了十分钟，请家长回家好好说说。", "sp", key="sp1"),
        M("16:05", "g_h3_xiangq_ba", "郑老师，罚站这种事能不能私下跟我们说？孩子也要面子的，在群里点名真的有点过分了", "disp", re="sp1"),
        M("16:10", Z, "向前爸爸说得对，是我处理得不妥，以后个别问题单独沟通。", hn=True),
        M("16:12", "g_h3_changle_nai", "常乐在家也不听话老师该批评就批评我们不护短", hn=True),
        M("19:55", Z, "明早拼音测试，请孩子带好铅笔橡皮，早点休息。", key="n3"),
        M("19:58", "g_h3_gaoyuan_ma", "收到", "ack", re="n3"),
        M("20:00", "g_h3_linsen_ba", "好的郑老师", "ack", re="n3"),
        M("20:05", "g_h3_masy_ma", "收到", "ack", re="n3"),
    ]),
    D("2026-11-04", [
        M("06:39", "g_h3_zhouyh_ma", "郑老师早，周雨涵今天有点发烧，请假一天，拼音测试能补考吗？", key="q5"),
        M("06:41", Z, "好的雨涵妈妈，测试可以之后补，让孩子好好休息。", re="q5", hn=True),
        M("10:00", "g_h3_hutao_ma", "今天拼音测试孩子们出来都说好简单，一（6）班的宝贝们加油💪", hn=True),
        M("11:00", "g_h3_liuxc_ma", "想问问郑老师和有经验的家长，星辰上学两个月了，每天早上到校门口都抱着我哭，说不想上学，晚上也睡不踏实，半夜会醒来找我。家里老人总说我太惯着她，我老公又天天出差，我自己也快崩溃了。这是不是分离焦虑？需要带她去看医生吗？", "pm", key="pm1"),
        M("11:10", "g_h3_gaoyuan_ma", "我家开学第一个月也这样，后来慢慢就好了，别太担心", "pm", re="pm1"),
        M("11:15", "g_h3_liuxc_ma", "谢谢，可她最近越来越严重了，昨天在家还说肚子疼不想去……", "pm"),
        M("11:30", Z, "星辰妈妈，孩子进了教室以后情绪还可以，午饭也吃得不错。早上分别时建议您干脆一点，不要反复安抚；晚上多陪她聊聊学校里开心的事，如果睡眠问题一直持续，可以去儿保科咨询一下。我们也可以约个时间当面聊。", "pm", re="pm1"),
        M("11:40", HE, "口算每日打卡小程序链接：https://smartedu.cn.ks-daka.top/d/1 请孩子每天练习10分钟", "link", kind="link_card"),
        M("11:45", Z, "何老师，这个不是平台官方的链接，建议用国家智慧教育平台的口算资源：https://basic.smartedu.cn", hn=True),
        M("14:00", "g_h3_wuht_ba", "刚刷到一个视频，说南湖区某小学门口有人拿糖骗小孩上面包车，大家接孩子一定要准时！", "rumor"),
        M("14:05", "g_h3_tianye_ma", "昊天爸爸，这个视频我查了，是外省去年的旧闻，被改了地名，大家别转了。", hn=True),
        M("14:06", "g_h3_wuht_ba", "啊，原来如此，不好意思"),
        M("15:30", "g_h3_chenguo_ba", "有没有周末一起去森林公园的？听说银杏黄了，超级好看", "chat"),
        M("15:31", "g_h3_zhaoxy_lao", "去的去的我家小雨也想去银杏林拍照片", "chat"),
        M("15:33", "g_h3_linsen_ba", "带上我们，林森天天念叨要去捡树叶", "chat"),
        M("15:35", "g_h3_tianye_ma", "周末出游的可以单独拉个小群哈😄", hn=True),
        M("16:50", "g_h3_masy_ma", "有人吗？", ),
        M("16:50", "g_h3_masy_ma", "有人吗？？"),
        M("16:51", "g_h3_masy_ma", "有人吗", "flood"),
        M("16:51", "g_h3_masy_ma", "有 人 吗？", "flood"),
        M("16:53", "g_h3_tianye_ma", "思远妈妈，怎么了？"),
        M("16:54", "g_h3_masy_ma", "思远把语文书落学校了，谁家能拍一下今天学的那一课吗"),
        M("16:56", "g_h3_zhengkx_ma", "", kind="image"),
        M("16:56", "g_h3_zhengkx_ma", "", kind="image"),
        M("16:57", "g_h3_zhengkx_ma", "", kind="image", hn=True),
        M("16:58", "g_h3_masy_ma", "太感谢了可欣妈妈！", hn=True),
    ]),
    D("2026-11-05", [
        M("07:00", Z, "拼音测试成绩已出，全班平均96分，全部达标，孩子们都很棒！具体成绩已单独发给各位家长。", key="n4", hn=True),
        M("07:01", "g_h3_changle_nai", "老师辛苦", "ack", re="n4"),
        M("07:05", "g_h3_zhangyn_ma", "张一诺100分，李沐阳、郑可欣也是100，我们这几个娃可以组个学霸小组了哈哈，其他小朋友多少分呀？", "rank"),
        M("07:07", "g_h3_huangzx_ma", "我家黄子轩才88，真是被你们卷到了😂", hn=True),
        M("07:10", "g_h3_wangzm_ba", "高原好像是全班最低的吧？听梓萌说他好几个都没读出来", "rank sp", key="d1"),
        M("07:12", "g_h3_gaoyuan_ma", "你家孩子嘴巴真碎，管好你自己吧！拿别人孩子比来比去有意思吗？", "abuse disp", re="d1"),
        M("07:14", "g_h3_wangzm_ba", "我就随口一问，至于吗，神经兮兮的", "abuse disp"),
        M("07:15", "g_h3_gaoyuan_ma", "说谁神经呢？你有病吧", "abuse disp"),
        M("07:18", Z, "两位家长请停一下，成绩是孩子的隐私，群里不讨论任何孩子的分数，有问题请私聊我。", hn=True),
        M("09:00", "x_h3_left", "各位好，钱一鸣已经转到外地上学了，我这两天翻群才发现还没退，想问下剩下的班费能退吗？"),
        M("09:05", Z, "一鸣爸爸，班费的事我让家委会私下联系您，群我稍后帮您移出，谢谢这段时间的支持。", hn=True),
        M("10:30", "g_h3_limy_ma", "说句难听的，何老师上课根本不管纪律，孩子说数学课一半人在说话，他自己坐在讲台上玩手机，这样的老师也能教一年级？", "sl disp"),
        M("10:35", "g_h3_huangzx_ma", "我也听孩子说过何老师经常迟到", "sl"),
        M("10:40", "g_h3_tianye_ma", "沐阳妈妈，有意见可以直接和何老师或郑老师沟通，群里这样说对老师不公平。", hn=True),
        M("10:41", "g_h3_limy_ma", "行吧，我私下找郑老师。"),
        M("11:00", HE, "各位家长，课堂纪律我会加强，欢迎有意见直接私信我。", hn=True),
        M("14:00", SO, "黏土作品《我的小动物》", kind="image", key="ph2"),
        M("14:01", "g_h3_sunxm_ma", "绝绝子！", "ack", re="ph2"),
        M("14:02", "g_h3_xiangq_ba", "卧槽这个小猫是谁捏的，牛X", "abuse", re="ph2"),
        M("14:03", "g_h3_xiangq_ba", "原来是我家向前捏的😂", hn=True),
        M("16:00", "g_h3_changle_nai", "郑老师常乐的外套落在操场上了麻烦帮忙找一下"),
        M("16:00", "g_h3_changle_nai", "郑老师常乐的外套落在操场上了麻烦帮忙找一下"),
        M("16:01", "g_h3_changle_nai", "郑老师常乐的外套落在操场上了麻烦帮忙找一下", "flood"),
        M("16:01", "g_h3_changle_nai", "郑老师常乐的外套落在操场上了麻烦帮忙找一下", "flood"),
        M("16:05", Z, "常乐奶奶，外套找到了，放在门卫室，放学时去拿就行。", key="a5"),
        M("16:06", "g_h3_changle_nai", "好的好的谢谢郑老师", re="a5", hn=True),
        M("19:50", Z, "明天（周五）下午学校组织秋季亲子运动会，家长可以来观看，请穿运动鞋。", key="n5"),
        M("20:30", "g_h3_zhouyh_ma", "郑老师，运动会家长几点可以入校？", re="n5"),
        M("20:31", "g_h3_tianye_ma", "应该是下午一点半，上周家长会说过"),
        M("20:40", "g_h3_xiangq_ba", "今晚有人看球吗？国足踢泰国，我押五百国足赢，有没有人一起下注的，我有个靠谱的盘口", "ill"),
        M("20:41", "g_h3_wuht_ba", "我跟一千", "ill"),
    ]),
    D("2026-11-06", [
        M("06:30", Z, "【紧急通知】今天上午有大雾红色预警，校车推迟一小时发车，运动会改到下午2:00开始，请家长注意接送安全。看到请回复“收到”。", key="urg", urgent=True, hn=True),
        M("06:32", "g_h3_zhengkx_ma", "收到", re="urg", urgent=True, hn=True),
        M("06:33", "g_h3_limy_ma", "收到", re="urg", urgent=True, hn=True),
        M("06:35", "g_h3_changle_nai", "收到了", re="urg", urgent=True, hn=True),
        M("06:36", "g_h3_wangzm_ba", "校车几点到我们小区？原来是7:10", re="urg"),
        M("06:50", Z, "校车时间统一往后推一小时。"),
        M("10:00", "g_h3_hutao_ma", "运动会还要每家交80块买班服，才穿一次，这钱到底进了谁的口袋？", "sl disp", key="bf"),
        M("10:03", "g_h3_zhangyn_ma", "就是，每次活动都要钱，我看就是变相乱收费", "sl disp", re="bf"),
        M("10:05", "g_h3_hutao_ma", "要不咱们都别买，一起打12345投诉，看学校还敢不敢", "inc disp", key="call"),
        M("10:06", "g_h3_zhangyn_ma", "我支持，我现在就打", "inc", re="call"),
        M("10:07", "g_h3_huangzx_ma", "带上我，我也投诉", "inc", re="call"),
        M("10:10", "g_h3_tianye_ma", "各位家长，班服是家委会上周投票自愿定的，不买的孩子穿校服就行，钱由家委会收，账目会公开，不存在进谁口袋。有意见可以找我私聊。", hn=True),
        M("10:12", Z, "班服完全自愿，请大家不要再在群里讨论这个话题了。", hn=True),
        M("14:00", Z, "运动会开幕式", kind="image", key="ph3"),
        M("14:00", Z, "", kind="image"),
        M("14:30", "g_h3_chenguo_ba", "拍得真好看，辛苦老师们了！", "ack", re="ph3"),
        M("15:30", Z, "运动会圆满结束！跳绳比赛田野获得年级第一名，向前获得第三名，接力赛我班获得年级第二名👏", key="n6", hn=True),
        M("15:31", "g_h3_tianye_ma", "田野回家一定高兴坏了，谢谢老师们！", re="n6", hn=True),
        M("15:35", "g_h3_xiangq_ba", "向前加油！爸爸为你骄傲", hn=True),
        M("16:00", "g_h3_yangliu_ma", "周末愉快各位～🌸 祝大家周末吃好喝好", "chat"),
        M("17:00", "g_h3_wuht_ma", "昊天这周请了一天假，郑老师方便的话能发一下周一的作业吗？", key="q6"),
        M("17:05", Z, "周一的作业在群公告里。", re="q6", key="a6"),
        M("17:06", "g_h3_wuht_ma", "找到了，谢谢郑老师！", re="a6", hn=True),
    ]),
    ]
    DAYS.append(D("2026-11-09", [
        M("06:41", "g_h3_luoyh_ma", "郑老师早，罗一航今天起晚了，可能会迟到十分钟，不好意思", hn=True),
        M("06:50", Z, "好的，路上慢点。"),
        M("07:20", Z, "本周五下午学校有“家长进课堂”活动，需要2位家长来给孩子们讲讲自己的职业，有意愿的请私信我。"),
        M("07:25", "g_h3_wuht_ma", "郑老师，我是护士，可以给孩子们讲讲怎么正确洗手，我私信您哈", hn=True),
        M("07:40", HE, "数学作业：课本第38页第1、2题，口算卡第6页。", key="hw"),
        M("08:30", "g_h3_yangliu_ma", "何老师，口算卡第6页有括号的题不会做，是要先算括号里面的吗？", key="yq"),
        M("08:40", HE, "一年级还没学括号运算，第6页是填空，比如 3+（ ）=7，括号里填要求的数。", re="yq", key="ya"),
        M("08:41", "g_h3_yangliu_ma", "哦哦原来是这样，谢谢何老师🙏", re="ya", hn=True),
        M("09:30", YIN, "音乐课要用的小沙锤学校已统一采购，不需要家长另外买，请不要在网上下单。", hn=True),
        M("09:32", "g_h3_masy_ma", "太好了，我差点就下单了", hn=True),
        M("10:00", "g_h3_tianye_ma", "各位家长，下周二学校秋游去植物园，家委会需要4位家长志愿者跟队，愿意的请接龙～\n1. 田野妈妈"),
        M("10:02", "g_h3_gaoyuan_ma", "1. 田野妈妈\n2. 高原妈妈", hn=True),
        M("10:05", "g_h3_chenguo_ba", "1. 田野妈妈\n2. 高原妈妈\n3. 陈果爸爸", hn=True),
        M("10:06", "g_h3_linsen_ba", "算我一个！\n1. 田野妈妈\n2. 高原妈妈\n3. 陈果爸爸\n4. 林森爸爸", hn=True),
        M("11:30", Z, "提醒：学校已通知本周三下午全校停水检修，请孩子带足饮用水。", key="ws"),
        M("11:35", "g_h3_hutao_ma", "收到，我给胡桃多带一瓶", re="ws", hn=True),
        M("14:00", SO, "今天美术课画了《秋天的树》", kind="image", key="tree"),
        M("14:02", "g_h3_zhaoxy_lao", "小雨画的那棵是红叶子的吧她回来说了一路", re="tree", hn=True),
        M("16:30", "g_h3_zhouyh_ma", "今天雨涵的小熊橡皮不见了，哪位家长在孩子笔袋里看到帮忙留意一下哈"),
        M("16:35", "g_h3_linsen_ba", "我回家翻翻林森的笔袋"),
        M("17:10", "g_h3_huangzx_ma", "我在做儿童绘本团购，正版低至三折，需要的私我 158 6677 2231，或者+薇 hz_book88", "ad"),
        M("17:12", "g_h3_tianye_ma", "子轩妈妈，团购的事麻烦私下发朋友圈哈，咱们群不发这些～", hn=True),
        M("19:10", Z, "明天作业：读拼音儿歌《小白兔》三遍，家长听读后在群里回复“已读”。", key="rd"),
        M("19:20", "g_h3_zhengkx_ma", "已读", re="rd", hn=True),
        M("19:25", "g_h3_wangzm_ba", "已读", re="rd", hn=True),
        M("19:40", "g_h3_changle_nai", "已读常乐读得很好", re="rd"),
        M("19:59", "g_h3_gaoyuan_ma", "已读", re="rd", hn=True),
        M("20:05", "g_h3_masy_ma", "已读", re="rd"),
    ]))

    return dict(GROUP=GROUP, TEACHERS=TEACHERS, SUPERVISOR=SUPERVISOR, STUDENTS=STUDENTS,
                GUARDIAN_JOINED=GUARDIAN_JOINED, OUTSIDERS=OUTSIDERS, DAYS=DAYS)


DATA["h3"] = _data_h3()

def _data_h4():
    # h4: city experimental school, Matrix, quiet 19:45-07:15

    GROUP = dict(
        school="东港市第三实验小学", cls="六年级(1)班", grade=6, platform="matrix",
        quiet=("19:45", "07:15"), domains=["dg3sx.edu.cn"],
    )

    TEACHERS = [
        ("t_h4_qin", "秦海燕", "数学", "head_teacher", "数学秦海燕（班主任）"),
        ("t_h4_bai", "白晓东", "语文", "teacher", "语文白晓东"),
        ("t_h4_lin", "林娜", "英语", "teacher", "Nina Lin"),          # bad nickname
        ("t_h4_xu", "徐志强", "科学", "teacher", "科学徐老师"),
    ]
    SUPERVISOR = "g_h4_fangz_ba"
    STUDENTS = [
        ("王者", [("g_h4_wangzhe_ma", "妈妈", "王者妈妈")]),
        ("张扬", [("g_h4_zhangyang_ba", "爸爸", "张扬爸爸")]),
        ("毕业", [("g_h4_biye_ma", "妈妈", "毕业妈妈")]),
        ("郝运", [("g_h4_haoyun_ma", "妈妈", "郝运妈妈")]),
        ("齐心", [("g_h4_qixin_ba", "爸爸", "齐心爸爸")]),
        ("白云", [("g_h4_baiyun_nai", "奶奶", "白云奶奶")]),
        ("方正", [("g_h4_fangz_ba", "爸爸", "方正爸爸")]),
        ("秦朗", [("g_h4_qinlang_ma", "妈妈", "朗朗妈")]),              # bad nickname
        ("袁梦", [("g_h4_yuanmeng_ma", "妈妈", "袁梦妈妈")]),
        ("段可馨", [("g_h4_duankx_ma", "妈妈", "段可馨妈妈")]),
        ("侯宇", [("g_h4_houyu_ba", "爸爸", "侯宇爸爸")]),
        ("邵雨晴", [("g_h4_shaoyq_ma", "妈妈", "邵雨晴妈妈")]),
        ("孟凡", [("g_h4_mengfan_ba", "爸爸", "孟凡爸爸")]),
        ("龙飞", [("g_h4_longfei_ma", "妈妈", "龙飞妈妈")]),
        ("万里", [("g_h4_wanli_ba", "爸爸", "万里爸爸")]),
        ("钟灵", [("g_h4_zhongling_ma", "妈妈", "钟灵妈妈")]),
        ("汪洋", [("g_h4_wangyang_ba", "爸爸", "汪洋爸爸")]),
        ("田园", [("g_h4_tianyuan_wg", "外公", "田园外公")]),
        ("严骏", [("g_h4_yanjun_ma", "妈妈", "严骏妈妈")]),
        ("夏青", [("g_h4_xiaqing_ma", "妈妈", "夏青妈妈")]),
        ("姜涛", [("g_h4_jiangtao_ba", "爸爸", "老姜（建材批发）")]),   # bad nickname
        ("范思哲", [("g_h4_fansz_ma", "妈妈", "范思哲妈妈")]),
        ("尹若楠", [("g_h4_yinrn_ma", "妈妈", "尹若楠妈妈")]),
        ("易晨", [("g_h4_yichen_ma", "妈妈", "易晨妈妈")]),
        ("黎明", [("g_h4_liming_ba", "爸爸", "黎明爸爸")]),
        ("雷鸣", [("g_h4_leiming_ma", "妈妈", "雷鸣妈妈"), ("g_h4_leiming_nai", "奶奶", "雷鸣奶奶")]),
    ]
    GUARDIAN_JOINED = {
        "g_h4_leiming_nai": {"via": "invite", "by": "g_h4_leiming_ma", "approved": False},
        "g_h4_yichen_ma": {"via": "invite", "by": "t_h4_qin", "approved": True},
    }
    OUTSIDERS = [
        ("x_h4_zhangyang", "张扬", {"via": "qr_code"}),                 # the pupil himself
        ("x_h4_fangchan", "东港壹号院置业顾问-Lily", {"via": "invite", "by": "g_h4_wanli_ba", "approved": False}),
        ("x_h4_jiujiu", "齐心舅舅", {"via": "invite", "by": "g_h4_qixin_ba", "approved": False}),
    ]

    Q, B, LN, XU = "t_h4_qin", "t_h4_bai", "t_h4_lin", "t_h4_xu"

    DAYS = [
    D("2026-11-16", [
        M("07:10", Q, "各位家长早上好，本周五上午进行期中质量检测，请督促孩子复习，注意休息。", key="n1"),
        M("07:15", "g_h4_yuanmeng_ma", "收到秦老师", "ack", re="n1"),
        M("07:16", "g_h4_biye_ma", "秦老师，期中考哪几科？", key="q1"),
        M("07:20", Q, "语数英三科，科学不考。", re="q1", key="a1"),
        M("07:21", "g_h4_biye_ma", "👌谢谢秦老师", re="a1", hn=True),
        M("08:00", LN, "English homework: 1. 背诵Unit 4课文 2. 完成练习册P40。请家长听孩子背诵后在群里回复“已背”。", key="hw1"),
        RN(LN, "英语林娜"),
        M("12:00", "g_h4_wanli_ba", "听说今年东港小升初要改成全部摇号了，划片也重新调整，咱们三实小以后不对口二中了，我一个在区教育局的朋友说的，文件下个月就出。", "rumor", key="rum"),
        M("12:05", "g_h4_longfei_ma", "秦老师，这个是真的吗？学校有没有收到通知？", re="rum", hn=True),
        M("12:10", Q, "目前没有收到任何小升初政策调整的通知，一切以市教育局官网发布为准。", hn=True),
        M("12:12", "g_h4_wanli_ba", "我朋友说得有鼻子有眼的，反正大家早做准备吧，摇不上的据说只能去城郊那所新学校", "rumor"),
        M("13:30", "x_h4_fangchan", "各位家长好～小升初择校季，东港壹号院紧邻二中，现房在售，首付35万起，学位名额有限！看房请联系：壹叁捌-贰贰伍伍-陆柒捌玖（同微）", "ad"),
        M("13:32", Q, "万里爸爸，请不要拉无关人员进群，房产广告已删除，人已移出。", hn=True),
        M("13:33", "g_h4_wanli_ba", "抱歉秦老师，她说是给家长提供信息我就拉了"),
        M("16:00", B, "语文作业：1.完成《补充习题》第5课；2.预习第6课，查找作者资料。", key="hw2"),
        M("16:01", "g_h4_zhongling_ma", "好的收到", "ack", re="hw2"),
        M("16:01", "g_h4_yichen_ma", "收到，谢谢白老师", "ack", re="hw2"),
        M("19:00", "g_h4_duankx_ma", "已背", re="hw1", hn=True),
        M("19:10", "g_h4_shaoyq_ma", "已背～第三段有点卡壳，明天再练练", re="hw1"),
        M("19:20", "g_h4_fansz_ma", "已背", re="hw1", hn=True),
        M("19:44", "g_h4_haoyun_ma", "已背", re="hw1", hn=True),
        M("19:45", "g_h4_xiaqing_ma", "已背", re="hw1"),
        M("19:50", "g_h4_jiangtao_ba", "林老师，我家姜涛说背了，我听不懂英语，签个字就行吗？", re="hw1", key="q2"),
        M("19:55", LN, "可以的，您签字就行，明天我课上再抽查。", re="q2", key="a2"),
        M("19:56", "g_h4_jiangtao_ba", "好嘞谢谢林老师", re="a2"),
    ]),
    D("2026-11-17", [
        M("07:00", "g_h4_baiyun_nai", "早上好啊各位家长今天降温了大家都多穿点衣服别冻着了", "chat"),
        M("07:14", "g_h4_liming_ba", "秦老师，黎明今天牙疼要去看牙医，上午请假。"),
        M("07:15", "g_h4_tianyuan_wg", "秦老师早田园外公今天送他晚几分钟路上堵车", hn=True),
        M("07:30", Q, "好的，收到。"),
        M("08:30", "x_h4_zhangyang", "秦老师我是张扬 我用平板登的 今天数学作业是哪几页啊"),
        M("08:35", "g_h4_zhangyang_ba", "秦老师抱歉，孩子用平板偷偷进来的，我这就让他退。", hn=True),
        M("08:36", Q, "没关系，群里不能有学生，作业让他看家长手机就行。", hn=True),
        M("10:00", Q, "上周数学周测前五名：王者98、段可馨97、秦朗96、袁梦95、钟灵95。其他同学继续努力！", "rank", key="rk"),
        M("10:02", "g_h4_duankx_ma", "谢谢秦老师", "ack", re="rk"),
        M("10:03", "g_h4_wangzhe_ma", "王者这次总算没粗心😂 谢谢秦老师", re="rk", hn=True),
        M("10:05", "g_h4_qinlang_ma", "秦老师，能不能不要在群里公布前几名啊，别的孩子看到了压力很大", re="rk"),
        M("10:08", Q, "朗朗妈妈说得对，以后不在群里公布名次了。也请您把群名片改成“秦朗妈妈”哈。", hn=True),
        RN("g_h4_qinlang_ma", "秦朗妈妈"),
        M("10:09", "g_h4_qinlang_ma", "好的，已改", hn=True),
        M("11:00", "g_h4_wangyang_ba", "王者荣耀新赛季开了，有没有家长一起开黑的？我钻石段位带飞", "chat"),
        M("11:02", "g_h4_houyu_ba", "哈哈哈算我一个，晚上九点上线", "chat"),
        M("11:05", "g_h4_fangz_ba", "两位爸爸，打游戏的事私聊哈，马上期中考了，咱给孩子做个榜样😄", hn=True),
        M("13:00", "g_h4_leiming_nai", "各位家长好我是雷鸣奶奶以后雷鸣放学我来接有事情可以找我"),
        M("13:01", "g_h4_leiming_ma", "秦老师，我把孩子奶奶拉进来了，麻烦您通过一下", hn=True),
        M("14:30", XU, "科学课小组作业：观察月相，连续记录一周，下周一交记录表。", key="n2", hn=True),
        M("14:31", "g_h4_qixin_ba", "👍👍", "ack", re="n2"),
        M("15:00", "x_h4_jiujiu", "大家好我是齐心舅舅，这周他爸妈出差，我负责接送，请问周五考试几点结束？"),
        M("15:05", Q, "齐心舅舅好，周五11:30结束。接送需要在学校登记，群里我稍后请齐心爸爸来确认一下。", hn=True),
        M("16:30", "g_h4_yanjun_ma", "各位老师，严骏最近回家总说班里有几个男生孤立他，不跟他说话，体育课分组也没人要他，他现在动不动就说活着没意思，吓得我们晚上都不敢让他一个人睡。他本来就内向，五年级转学过来一直没什么朋友。我们真的不知道该怎么办了……", "pm", key="pm1"),
        M("16:45", Q, "严骏妈妈，我马上给您打电话，我们电话里细说。", re="pm1", hn=True),
        M("16:50", "g_h4_mengfan_ba", "严骏妈妈别着急，孩子说这种话一定要重视，我表姐家孩子之前也这样，后来看了心理医生，吃了一段时间药才好", "pm", re="pm1"),
        M("16:55", "g_h4_yanjun_ma", "谢谢孟凡爸爸，我们下周就去儿童医院挂号", "pm"),
        M("19:30", Q, "【提醒】明早学校门口修路，请家长送孩子从北门进，注意安全。", key="n3"),
        M("20:10", "g_h4_zhangyang_ba", "北门那边能停车吗？", re="n3"),
        M("20:12", "g_h4_liming_ba", "不能停，只能临停放下孩子就走"),
    ]),
    D("2026-11-18", [
        M("07:20", B, "昨天的作文优秀片段", kind="image", key="ph1"),
        M("07:21", "g_h4_xiaqing_ma", "学习了", "ack", re="ph1"),
        M("09:00", "g_h4_wangzhe_ma", "给大家分享一份小升初真题资料，网盘自取：https://pan.baidu.com/s/1Ab3xYz 提取码 k8m2", "link"),
        M("09:05", "g_h4_fangz_ba", "网盘链接群里不让发，资料可以私发给有需要的家长。", hn=True),
        M("10:00", "g_h4_mengfan_ba", "白老师这周作业也太多了吧，孩子每天写到十一点，这是要把孩子累垮吗？想想就来气", "disp", key="d1"),
        M("10:03", "g_h4_haoyun_ma", "我觉得还好啊，郝运九点就写完了，是不是你家孩子写得慢？", "disp", re="d1"),
        M("10:05", "g_h4_mengfan_ba", "关你p事，你家孩子聪明行了吧", "abuse disp"),
        M("10:06", "g_h4_haoyun_ma", "有话好好说，动不动就急，素质呢", "abuse disp"),
        M("10:07", "g_h4_mengfan_ba", "tmd我说作业多碍着谁了", "abuse disp"),
        M("10:10", B, "孟凡爸爸，作业量我会调整，麻烦您私信告诉我孩子每科大概用时，我们一起看看。", hn=True),
        M("10:15", "g_h4_fangz_ba", "大家都是为了孩子，群里不要吵了，有意见找我或者老师私聊。", hn=True),
        M("13:00", "g_h4_yuanmeng_ma", "昨晚带孩子看了《哪吒》重映，真的破防了，强烈推荐！", "chat"),
        M("13:02", "g_h4_yinrn_ma", "nsdd，我们看了两遍", "chat"),
        M("13:05", "g_h4_duankx_ma", "周末哪个影城有优惠？", "chat"),
        M("14:00", Q, "今天数学课堂作业没交的有：张扬、侯宇、龙飞，请家长督促今晚补齐。", "sp", key="sp1"),
        M("14:01", "g_h4_houyu_ba", "秦老师，侯宇说他交了啊？是不是课代表漏收了？", re="sp1", hn=True),
        M("14:05", Q, "侯宇爸爸，我再查一下，私信回复您。"),
        M("15:00", "g_h4_longfei_ma", "说实话，秦老师就是偏心那几个成绩好的，我家龙飞举手从来不叫，座位一直在最后一排，交的班费也不知道花哪去了", "sl disp", key="sl1"),
        M("15:05", "g_h4_zhangyang_ba", "我家也是，成绩不好的孩子在这个班就是透明人", "sl disp", re="sl1"),
        M("15:06", "g_h4_longfei_ma", "咱们几个家长联名给校长写信，要求换班主任，愿意的私我", "inc disp", key="call"),
        M("15:07", "g_h4_zhangyang_ba", "我签", "inc", re="call"),
        M("15:08", "g_h4_wanli_ba", "算上我家，早该换了", "inc disp", re="call"),
        M("15:15", "g_h4_fangz_ba", "班费账目每月都在群公告里公示，座位是每两周轮换一次的。大家有具体意见可以来家委会反映，我会和学校沟通，联名的事请先别在群里发起。", hn=True),
        M("15:20", Q, "各位家长，如果我哪里做得不好，欢迎私下指出，我会认真改进。", hn=True),
        M("15:40", "g_h4_yuanmeng_ma", "秦老师，今天袁梦说侯宇上课一直在后面踢她椅子，能不能给她换个座位", "sp"),
        M("15:45", Q, "袁梦妈妈，我了解一下，私下回复您。", hn=True),
        M("19:44", "g_h4_duankx_ma", "秦老师，明天要带量角器吗？", key="q3", hn=True),
        M("19:47", Q, "需要，明天讲角的度量。", re="q3"),
    ]),
    D("2026-11-19", [
        M("07:30", LN, "明天英语考试带2B铅笔和橡皮，听力部分用答题卡。", key="n4"),
        M("07:31", "g_h4_fansz_ma", "明白", "ack", re="n4"),
        M("09:00", "g_h4_wangyang_ba", "东港期中数学卷子已经流出来了，我这有照片，需要的私我，只给本班家长", "ill"),
        M("09:02", Q, "试卷是保密的，传播泄露试卷属于违法违纪行为，请立即删除，否则上报学校。", hn=True),
        M("09:05", "g_h4_wangyang_ba", "我开玩笑的，哪有什么卷子"),
        M("10:00", "g_h4_jiangtao_ba", "家里装修的可以找我，建材出厂价，瓷砖地板卫浴一站式，🅥🅧同号 壹伍捌 零零壹贰 叁肆伍陆", "ad", key="adv"),
        M("10:02", "g_h4_haoyun_ma", "又来发广告，脸都不要了", "abuse", re="adv"),
        M("11:00", "g_h4_biye_ma", "提醒一下，马上期末了，网上有人卖所谓“押题卷”“泄露真题”，都是骗钱的，大家别上当。", hn=True),
        M("12:00", "g_h4_wangyang_ba", "刚看到一个视频，隔壁市一个初中生在厕所被几个人按着打，满脸是血，牙都打掉了，太惨了大家看看 https://v.douyin.com/iR8kPqW/", "ill link", kind="link_card"),
        M("12:03", "g_h4_fangz_ba", "汪洋爸爸，这种血腥视频别发群里，孩子们可能会看家长手机。", hn=True),
        M("13:10", LN, "今天单词听写：满分的有邵雨晴、易晨、黎明，其余同学都有错，请回家订正。", "rank"),
        M("14:00", Q, "期中复习重点", kind="image", key="ph2"),
        M("14:01", "g_h4_xiaqing_ma", "谢谢秦老师", "ack", re="ph2"),
        M("14:02", "g_h4_xiaqing_ma", "谢谢秦老师", "ack", re="ph2"),
        M("15:55", "g_h4_baiyun_nai", "白云奶奶问一下今天几点放学"),
        M("15:56", "g_h4_baiyun_nai", "白云奶奶问一下今天几点放学"),
        M("15:58", "g_h4_baiyun_nai", "白云奶奶问一下今天几点放学", "flood"),
        M("16:00", Q, "白云奶奶，今天3:50放学，已经放了哈。", key="a4"),
        M("16:01", "g_h4_baiyun_nai", "好好好", re="a4", hn=True),
        M("16:20", "g_h4_haoyun_ma", "求期中复习资料！！！"),
        M("16:20", "g_h4_haoyun_ma", "求期中复习资料!!!"),
        M("16:21", "g_h4_haoyun_ma", "求 期中复习资料～", "flood"),
        M("16:25", "g_h4_yichen_ma", "[表情][表情]", kind="sticker"),
        M("16:25", "g_h4_yichen_ma", "[表情][表情]", kind="sticker"),
        M("16:25", "g_h4_yichen_ma", "[表情][表情]", kind="sticker", hn=True),
        M("16:30", "g_h4_duankx_ma", "复习资料就是秦老师下午发的那张重点，群相册里有", hn=True),
        M("17:00", "g_h4_yichen_ma", "姐妹们帮我砍一刀吧🙏 还差0.8元就能免费领了 https://mobile.yangkeduo.com/kj.html?goods=8876", "ad link", key="kan"),
        M("17:01", "g_h4_duankx_ma", "砍了", "chat", re="kan"),
        M("17:02", "g_h4_zhongling_ma", "已砍✔", "chat", re="kan"),
        M("19:40", Q, "明天期中考试，孩子7:40前到校，带齐文具，今晚早点休息。本条无需回复。", key="n5"),
        M("19:42", "g_h4_shaoyq_ma", "收到", "ack", re="n5"),
        M("19:45", "g_h4_zhongling_ma", "收到", "ack", re="n5"),
        M("20:30", "g_h4_yanjun_ma", "秦老师，今天心理老师跟严骏聊完，他回家情绪好了一点，说明天想去考试了，谢谢您……他还说最怕的就是体育课分组，不知道以后能不能……", "pm"),
        M("20:40", Q, "严骏妈妈，我们微信私聊。"),
        M("21:30", "g_h4_mengfan_ba", "明天考试加油！六(1)班的孩子们都是最棒的💪"),
    ]),
    D("2026-11-20", [
        M("06:50", Q, "【紧急通知】因北门施工管道破裂，今天考试学生一律从南门进校，7:30开门，请家长相互转告，收到请回复“收到”。", key="urg", urgent=True, hn=True),
        M("06:52", "g_h4_liming_ba", "收到", re="urg", urgent=True, hn=True),
        M("06:52", "g_h4_yuanmeng_ma", "收到", re="urg", urgent=True, hn=True),
        M("06:53", "g_h4_wangzhe_ma", "收到", re="urg", urgent=True, hn=True),
        M("06:55", "g_h4_tianyuan_wg", "南门是在菜市场那边吗我没去过", re="urg"),
        M("07:16", Q, "田园外公，是的，菜市场对面那个门。"),
        M("12:00", B, "考试结束，孩子们辛苦了，周末好好放松。", key="n6"),
        M("12:01", "g_h4_yinrn_ma", "老师们辛苦了🌹", "ack", re="n6"),
        M("12:30", "g_h4_wangzhe_ma", "问一下各位，有没有六年级数学一对一家教推荐？想给王者补补", hn=True, key="q4"),
        M("12:32", "g_h4_biye_ma", "我家找的是二中退休的老师，挺负责的，联系方式我私发你", re="q4", hn=True),
        M("13:00", LN, "英语课外听力材料：https://www.dg3sx.edu.cn/english/listening", kind="link_card", hn=True),
        M("13:01", LN, "另外推荐一个配音练口语的：https://t.cn/A6xYz9Kp", "link"),
        M("14:00", "g_h4_qixin_ba", "祝大家周末愉快！", "chat", kind="image"),
        M("14:02", "g_h4_houyu_ba", "同乐[抱拳]", "chat"),
        M("15:00", "g_h4_shaoyq_ma", "体育老师说下周一体测，邵雨晴最近膝盖有点疼，能申请免测吗？找谁申请？", hn=True, key="q5"),
        M("15:10", Q, "可以的，带医院证明交给体育老师就行。", re="q5", key="a5"),
        M("15:11", "g_h4_shaoyq_ma", "好的，谢谢秦老师", re="a5", hn=True),
        M("16:00", "g_h4_yichen_ma", "Vlog素材：今天孩子们考完试在操场比V字手势的照片，挺可爱的", kind="image", hn=True),
    ]),
    ]
    DAYS.append(D("2026-11-23", [
        M("07:15", Q, "期中考试成绩已通过学校系统私发给各位家长，群里不公布个人成绩和排名，有疑问请私聊。", key="gr", hn=True),
        M("07:20", "g_h4_wangzhe_ma", "收到，谢谢秦老师", "ack", re="gr"),
        M("07:30", "g_h4_houyu_ba", "秦老师，侯宇这次数学退步了，能不能私下跟您约个时间聊聊？", hn=True, key="hq"),
        M("07:35", Q, "好的，今天放学后可以，我私信您。", re="hq"),
        M("08:00", B, "语文作业：完成期中试卷订正，错题抄在错题本上。"),
        M("08:30", "g_h4_biye_ma", "各科平均分出来了吗？想知道孩子大概在什么水平", key="bq", hn=True),
        M("08:40", Q, "全班数学平均分89.2，语文86.5，英语91.0，整体比上学期有进步。", re="bq", hn=True),
        M("09:00", XU, "科学课月相记录表本周五交，没记完的同学可以参考课本第23页补充。"),
        M("10:00", "g_h4_fangz_ba", "各位家长，学校下周组织六年级毕业照拍摄，需要统计服装尺码，请在学校小程序里填写，周三截止。"),
        M("10:05", "g_h4_biye_ma", "毕业照是全班一起拍还是也有单人的？", hn=True),
        M("10:10", "g_h4_fangz_ba", "全班合照加小组照，没有单人的。"),
        M("11:00", LN, "英语绘本阅读打卡第三周，请孩子继续在学校英语平台打卡：https://english.dg3sx.edu.cn/daka", kind="link_card", hn=True),
        M("11:05", "g_h4_yinrn_ma", "林老师，若楠的打卡记录显示少了一天，但她每天都打了，是不是系统问题？", key="yq"),
        M("11:20", LN, "我看了一下是系统延迟，已经补上了。", re="yq", key="ya"),
        M("11:21", "g_h4_yinrn_ma", "好的，谢谢林老师！", re="ya", hn=True),
        M("13:00", Q, "请方正爸爸、汪洋爸爸加我一下微信，下周家长会场地布置的事私下沟通。", hn=True),
        M("14:00", "g_h4_wangyang_ba", "好的秦老师，已加"),
        M("15:30", Q, "今天数学课分组讨论“圆的面积”，几个小组的展示都很精彩👏", kind="image", key="ph3"),
        M("15:31", "g_h4_duankx_ma", "可馨回家说她们组的方法被老师表扬了，开心了一晚上😄", re="ph3", hn=True),
        M("16:10", "g_h4_longfei_ma", "秦老师，上周的事是我冲动了，不该在群里那样说，向您道歉。", hn=True),
        M("16:15", Q, "龙飞妈妈，没关系，孩子的事我们一起努力。"),
        M("16:40", "g_h4_zhangyang_ba", "听说隔壁六(3)班的数学老师周末在家开小班，一节课两百，他们班好几个孩子都去了，难怪成绩好", "sl"),
        M("16:45", "g_h4_fangz_ba", "张扬爸爸，这类事情没有证据别在群里说，如果确有其事可以向学校反映。", hn=True),
        M("17:00", "g_h4_tianyuan_wg", "秦老师田园外公问一下明天要不要带画图的圆规", key="tq"),
        M("17:10", Q, "要带的外公，明天数学课要用。", re="tq", key="ta"),
        M("17:11", "g_h4_tianyuan_wg", "好好好晓得了", re="ta", hn=True),
        M("18:00", "g_h4_wanli_ba", "我小姨子在市医院上班，说这周儿童流感住院的特别多，下周全市小学都要停课一周了", "rumor"),
        M("18:10", Q, "万里爸爸，学校没有收到停课通知，请以教育局通知为准，大家不要转发。", hn=True),
        M("19:30", Q, "提醒：明天降温，请孩子多穿一件外套。", key="cold"),
        M("19:44", "g_h4_mengfan_ba", "收到", "ack", re="cold"),
    ]))

    return dict(GROUP=GROUP, TEACHERS=TEACHERS, SUPERVISOR=SUPERVISOR, STUDENTS=STUDENTS,
                GUARDIAN_JOINED=GUARDIAN_JOINED, OUTSIDERS=OUTSIDERS, DAYS=DAYS)


DATA["h4"] = _data_h4()


# ================================================================ layout + validation
import os
import sys

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
GROUP_IDS = ["h1", "h2", "h3", "h4"]


def make_roster(gid, d):
    g = d["GROUP"]
    teachers = [{"id": i, "name": n, "subject": s, "role": r} for i, n, s, r, _ in d["TEACHERS"]]
    students = []
    members = [{"id": i, "display_name": disp} for i, _, _, _, disp in d["TEACHERS"]]
    for sname, guards in d["STUDENTS"]:
        students.append({"name": sname,
                         "guardians": [{"id": gi, "relation": rel} for gi, rel, _ in guards]})
        for gi, rel, disp in guards:
            if disp is None:
                continue
            m = {"id": gi, "display_name": disp}
            if gi in d["GUARDIAN_JOINED"]:
                m["joined"] = d["GUARDIAN_JOINED"][gi]
            members.append(m)
    for oi, disp, joined in d["OUTSIDERS"]:
        m = {"id": oi, "display_name": disp}
        if joined:
            m["joined"] = joined
        members.append(m)
    return {
        "group": gid, "school": g["school"], "class": g["cls"],
        "roster": {"teachers": teachers, "supervisor": d["SUPERVISOR"], "students": students},
        "members": members,
    }


def main():
    groups = {}
    allrows = {}
    for gid in GROUP_IDS:
        d = DATA[gid]
        g = d["GROUP"]
        cfg = {
            "school": g["school"], "class": g["cls"], "grade": g["grade"],
            "platform": g["platform"], "timezone": "Asia/Shanghai",
            "quiet_hours": {"start": g["quiet"][0], "end": g["quiet"][1]},
            "allowed_link_domains": g["domains"],
            "transcript": f"transcripts/{gid}.jsonl", "roster": f"rosters/{gid}.yaml",
        }
        groups[gid] = cfg
        roster = make_roster(gid, d)
        rows, silent = build_group(gid, cfg, roster, d["DAYS"], OUT)
        allrows[gid] = rows
    with open(f"{OUT}/groups_a.yaml", "w", encoding="utf-8") as f:
        f.write(groups_yaml(groups, "# held-out corpus, half A (h1-h4); generated by build/build_a.py"))

    errs, total, clean, hard, counts, per_group = validate(OUT, GROUP_IDS, "groups_a.yaml")
    for e in errs:
        print("ERROR", e)
    print("messages per group:", per_group)
    print(f"total {total}  clean {clean} ({clean / total:.0%})  hard_negative {hard}")
    for c in CATEGORIES:
        flag = "" if counts[c] >= 8 else "   <-- below 8"
        print(f"  {c:16s} {counts[c]:4d}{flag}")
    if errs:
        sys.exit(1)


if __name__ == "__main__":
    main()
