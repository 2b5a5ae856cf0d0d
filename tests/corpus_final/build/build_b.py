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
        def order(msg):
            d, hm = msg["when"].split()
            h, mi = hm.split(":")[:2]
            return (int(d), int(h), int(mi))
        self.msgs.sort(key=order)   # stable: same-minute messages keep their written order
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
            j = m.get("joined") or {}
            if j.get("via") == "invite":
                assert j.get("by") in mem, (self.gid, "inviter not a member", m["id"])
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


# =============================================================================
# f5 - 府前街小学 (an old downtown school), 三年级(4)班, QQ, quiet 21:00-06:30
# =============================================================================
def f5():
    g = Group("f5", "府前街小学", "三年级(4)班", 3, "qq", ("21:00", "06:30"),
              ["fqjxx.edu.cn", "smartedu.cn"], "2026-03-09")
    g.teacher("t_shen", "沈佩华", "语文", "head_teacher")
    g.teacher("t_gu", "顾立", "数学")
    g.teacher("t_ma", "马晓燕", "英语")
    g.teacher("t_qian", "钱俊", "体育")
    g.supervisor = "p_wu_mom"
    S = g.student
    S("高兴", ("p_gao_mom", "妈妈"))
    S("夏天", ("p_xia_dad", "爸爸"), ("p_xia_mom", "妈妈"))
    S("周到", ("p_zhou_nai", "奶奶"), ("p_zhou_mom", "妈妈"))
    S("王子豪", ("p_wang_mom", "妈妈"))
    S("李欣怡", ("p_li_mom", "妈妈"))
    S("陈浩然", ("p_chen_dad", "爸爸"))
    S("刘雨桐", ("p_liu_mom", "妈妈"))
    S("赵一鸣", ("p_zhao_dad", "爸爸"))
    S("孙悦", ("p_sun_mom", "妈妈"))
    S("吴思琪", ("p_wu_mom", "妈妈"))
    S("郑凯", ("p_zheng_mom", "妈妈"), ("p_zheng_waipo", "外婆"))
    S("黄梓萱", ("p_huang_mom", "妈妈"))
    S("林立", ("p_lin_dad", "爸爸"))
    S("冯晨曦", ("p_feng_mom", "妈妈"))
    S("许诺", ("p_xu_dad", "爸爸"))
    S("蒋文博", ("p_jiang_dad", "爸爸"))
    S("韩梅", ("p_han_mom", "妈妈"))
    S("朱小北", ("p_zhu_nai", "奶奶"))
    S("曹阳", ("p_cao_dad", "爸爸"))
    S("彭程", ("p_peng_mom", "妈妈"))
    S("邓佳琪", ("p_deng_mom", "妈妈"))
    S("谢天", ("p_xie_mom", "妈妈"))
    S("罗雨", ("p_luo_mom", "妈妈"))
    S("唐小鱼", ("p_tang_dad", "爸爸"))
    S("安康", ("p_an_mom", "妈妈"))
    M = g.member
    M("t_shen", "语文沈佩华（班主任）")
    M("t_gu", "数学顾老师")
    M("t_ma", "马老师", bad=True)
    M("t_qian", "体育钱俊")
    M("p_gao_mom", "高兴妈妈")
    M("p_xia_dad", "夏天爸爸")
    M("p_zhou_nai", "周到奶奶")
    M("p_wang_mom", "王子豪妈妈")
    M("p_li_mom", "欣怡妈妈", bad=True)
    M("p_chen_dad", "陈浩然爸爸")
    M("p_liu_mom", "刘雨桐妈妈")
    M("p_zhao_dad", "老赵", bad=True)
    M("p_sun_mom", "孙悦妈妈")
    M("p_wu_mom", "吴思琪妈妈（家委会）")
    M("p_zheng_mom", "郑凯妈妈")
    M("p_zheng_waipo", "郑凯外婆", joined={"via": "invite", "by": "p_zheng_mom", "approved": False})
    M("p_huang_mom", "黄梓萱妈妈")
    M("p_lin_dad", "林立爸爸")
    M("p_xu_dad", "许诺爸爸")
    M("p_jiang_dad", "蒋文博爸爸")
    M("p_han_mom", "韩梅妈妈")
    M("p_zhu_nai", "朱小北奶奶")
    M("p_cao_dad", "曹阳爸爸")
    M("p_peng_mom", "彭程妈妈")
    M("p_deng_mom", "邓佳琪妈妈")
    M("p_xie_mom", "谢天妈妈")
    M("p_luo_mom", "罗雨妈妈")
    M("p_feng_mom", "冯晨曦妈妈")
    M("p_tang_dad", "唐小鱼爸爸")
    M("p_an_mom", "安康妈妈")
    M("p_xia_mom", "夏天妈妈")      # silent
    M("x_tutor", "启航托管小周老师", joined={"via": "qr_code"})
    M("x_sister", "王子豪姐姐", joined={"via": "invite", "by": "p_wang_mom", "approved": False})
    M("x_kid_xia", "夏天", joined={"via": "qr_code"})
    m = g.m

    # ---- day 1, Mon
    m("1 06:18", "p_zhou_nai", "沈老师早上好周到今天有点咳嗽我把药放他书包侧边那个袋子里了中午麻烦提醒他喝一下谢谢老师")
    m("1 06:31", "p_xia_dad", "沈老师早，夏天今天上午去儿童医院复查眼睛，请半天假，中午吃完饭我送他到校。", hn=True)
    m("1 07:10", "t_shen", "各位家长早上好！本周三下午第二节课后全校进行消防疏散演练，孩子们正常上课，家长不需要到校，无需回复。", k="drill")
    m("1 07:12", "p_gao_mom", "收到～", "ack_reply", re_="drill")
    m("1 07:13", "p_huang_mom", "好的沈老师👌🏻", "ack_reply")
    m("1 07:15", "p_chen_dad", "收到，演练那天需要穿校服吗？还是穿运动服？", k="c1", re_="drill", hn=True)
    m("1 07:19", "t_shen", "穿校服就可以，谢谢陈浩然爸爸。", re_="c1")
    m("1 07:20", "p_chen_dad", "好嘞，谢谢沈老师", hn=True)
    m("1 07:41", "t_gu", "今天数学：练习册P23-24，口算本第8页，明早交。", kind="image")
    m("1 12:05", "x_tutor", "各位家长中午好～我是学校对面启航托管的周老师，午托晚托、接送、作业辅导一条龙，本月报名送半个月餐费，名额不多，需要的私我 幺三八 零零九九 二七六五", "ad", k="tutor")
    m("1 12:31", "t_shen", "@启航托管小周老师 这是班级家校群，不能发招生广告，已移出。各位家长如有托管需求请自行核实机构资质。", re_="tutor", hn=True)
    m("1 17:30", "t_shen", "今天语文作业：1.背诵古诗《赠刘景文》；2.生字本第三课每字两遍；3.预习第四课。背完家长在书上签个字，群里不用回复。", k="yw1")
    m("1 17:33", "p_li_mom", "沈老师，背诵需要录音发群里吗？", k="qli", re_="yw1")
    m("1 17:40", "t_shen", "不用录音，家长听一遍签字就行。另外麻烦@欣怡妈妈 把群昵称改成“李欣怡妈妈”，方便老师对应，谢谢～", re_="qli")
    m("1 17:42", "p_li_mom", "改好啦，谢谢沈老师！", rename="李欣怡妈妈", hn=True)
    m("1 19:48", "p_zhao_dad", "练习册24页第5题啥意思啊 我看了半天没看懂 娃也说不会", k="qzhao")
    m("1 20:06", "t_gu", "赵一鸣爸爸您好，第5题是先估一估再算准确结果，两步都写上就行，明天课上我再讲一遍。", re_="qzhao", hn=True)
    m("1 20:08", "p_zhao_dad", "明白了 谢谢顾老师", hn=True)
    m("1 21:16", "p_sun_mom", "顾老师打扰了，孙悦口算本忘在学校抽屉里了，今晚那页还写吗？", k="qsun")
    m("1 21:20", "t_gu", "明天到校补写就行，不着急。", re_="qsun")

    # ---- day 2, Tue
    m("2 07:05", "t_ma", "Good morning everyone! 今天英语课听写Unit 2的单词，请孩子早读再过一遍～", k="ma1")
    m("2 07:28", "p_wu_mom", "马老师早～按学校群规老师的群名片要带学科，麻烦改成“英语马晓燕”这样哈，辛苦啦", re_="ma1", hn=True)
    m("2 07:33", "t_ma", "已改，谢谢提醒！", rename="英语马晓燕", hn=True)
    m("2 08:10", "x_sister", "大家好～我是王子豪的姐姐，我妈上班看不了手机，以后我帮她看群里的通知")
    m("2 08:14", "p_wang_mom", "是我拉她进来的，她上初二了，帮我盯一下作业", hn=True)
    m("2 08:40", "t_shen", "@王子豪姐姐 你好，家校群只限老师和登记过的监护人，学生不能在群里哦。子豪妈妈，通知我会单独发您一份，我先把姐姐移出了。")
    m("2 10:20", "p_gao_mom", "求各位家长帮个忙🙏拼夕夕帮我砍一刀，就差0.8元就能免费领了，搜我昵称“高兴妈妈”就能找到", "ad", k="kan")
    m("2 10:22", "p_huang_mom", "砍完了～", "chat", re_="kan")
    m("2 10:24", "p_liu_mom", "我也帮你点了，提示我砍了0.01😂", "chat", re_="kan")
    m("2 10:41", "t_shen", "温馨提醒：群里请不要发砍价、助力、拉票这类请求，有需要的请私下联系，谢谢大家配合🙏", hn=True)
    m("2 12:10", "t_ma", "今天听写情况：全对的有王子豪、刘雨桐、冯晨曦、孙悦；错三个以上的是赵一鸣、朱小北，请家长今晚督促订正。", "ranking student_privacy", k="dict")
    m("2 12:32", "p_zhao_dad", "马老师 错几个能不能私下跟我说 别在群里点名 孩子中午回家哭了一场 我心里也挺不是滋味的", "dispute", re_="dict", k="zc")
    m("2 12:40", "t_ma", "赵一鸣爸爸，非常抱歉，是我考虑不周，以后听写情况我单独发给各位家长。", re_="zc", hn=True)
    m("2 16:00", "t_qian", "各位家长好，本周四体育课进行一分钟跳绳测试，请孩子这两天在家练一练，周四记得穿运动鞋。", k="rope")
    m("2 16:04", "p_chen_dad", "收到钱老师", "ack_reply", re_="rope")
    m("2 16:11", "p_xia_dad", "辛苦钱老师🙏", "ack_reply")
    m("2 19:31", "p_zhou_nai", "钱老师我问一下跳绳是明天就要带去还是后天带去我们家周到说明天要带我怕他记错了", k="qzn", hn=True)
    m("2 19:35", "t_qian", "周到奶奶您好，周四带就行，明天不用带。", re_="qzn")
    m("2 19:36", "p_zhou_nai", "好的好的谢谢钱老师", hn=True)
    m("2 22:40", "p_zheng_waipo", "", kind="voice")
    m("2 22:42", "p_zheng_mom", "不好意思啊 我妈刚学用手机 误按了 已经跟她说了晚上别发")

    # ---- day 3, Wed
    m("3 06:45", "p_wang_mom", "沈老师早，子豪夜里烧到38度5，今天请一天假，退烧了明天再送。", hn=True)
    m("3 06:58", "t_shen", "好的，让孩子好好休息，早日康复。")
    m("3 08:30", "p_lin_dad", "跟大家说一声，我同事有亲戚在区教育局，说下学期开始三年级以上每周六上午都要到校补课，文件已经下来了，大家提前安排好时间吧", "rumor", k="rum")
    m("3 08:33", "p_sun_mom", "真的假的？沈老师，学校有接到这个通知吗？", re_="rum", hn=True)
    m("3 08:52", "t_shen", "没有收到任何周六补课的通知，学校也不会组织，一切以学校正式发布的为准，请大家不要转发没核实的消息。", hn=True)
    m("3 09:05", "p_lin_dad", "不好意思，是我没核实就发了，抱歉抱歉。")
    m("3 10:02", "p_huang_mom", "问一下步行街新开的那家茶百道，买一送一活动到几号啊？", "chat", k="tea")
    m("3 10:04", "p_liu_mom", "到这周日！杨枝甘露巨好喝😋", "chat", re_="tea")
    m("3 10:05", "p_liu_mom", "", kind="image", hn=True)
    m("3 14:30", "t_shen", "今天下午消防演练，全班2分10秒全部撤到操场，孩子们捂口鼻、弯腰走，动作很标准👏", kind="image", k="drillpic")
    m("3 14:30", "t_shen", "", kind="image", hn=True)
    m("3 14:31", "t_shen", "", kind="image", hn=True)
    m("3 14:31", "t_shen", "", kind="image", hn=True)
    m("3 14:40", "p_chen_dad", "👍👍👍", "ack_reply", re_="drillpic")
    m("3 14:42", "p_gao_mom", "辛苦沈老师啦🌹", "ack_reply")
    m("3 14:45", "p_xia_dad", "夏天回家说他是第一个跑到操场的，高兴坏了😂", hn=True)
    m("3 17:20", "t_gu", "今天数学作业：练习册P25，订正第二单元测试卷，试卷请家长签字明天带回。", k="unit")
    m("3 17:31", "p_wu_mom", "顾老师，想问下这次单元测试班里整体情况怎么样？心里有个数", k="avg")
    m("3 17:40", "t_gu", "整体不错，班级平均分88.5，90分及以上的有14人，个人分数请看试卷，群里不公布排名哈。", re_="avg", hn=True)
    m("3 17:43", "p_zhao_dad", "顾老师 我家赵一鸣这次考多少 在班里大概什么位置", hn=True)
    m("3 17:46", "t_gu", "赵一鸣爸爸，我晚点私聊您。", hn=True)
    m("3 20:10", "p_peng_mom", "有需要正品代购的宝妈可以找我哈，港澳直邮，奶粉面霜都有，+薇 pc8899，备注家长有优惠", "ad", k="daigou")
    m("3 20:13", "t_shen", "彭程妈妈，群里不能发代购信息，麻烦撤回一下，谢谢理解。", re_="daigou", hn=True)
    m("3 20:15", "p_peng_mom", "不好意思不好意思，发错群了")

    # ---- day 4, Thu
    m("4 07:20", "t_qian", "今天跳绳测试，没带跳绳的学校有备用的，家长不用专门送。")
    m("4 11:40", "t_qian", "今天跳绳测试全班都达标啦，平均每分钟158个，比上学期多了20多个，孩子们真棒👍", k="ropeok", hn=True)
    m("4 11:46", "p_xie_mom", "谢天谢地！我家那个终于过关了，在家天天练到楼下邻居来敲门😂", hn=True)
    m("4 11:50", "p_han_mom", "孩子们太厉害啦", "ack_reply", re_="ropeok")
    m("4 15:00", "p_cao_dad", "说句实在话，这学期食堂的饭一天不如一天，孩子说肉都有股味，伙食费一分没少交，我看承包的跟学校肯定有回扣", "slander", k="food")
    m("4 15:03", "p_deng_mom", "真是，我家也说菜少得可怜，交那么多钱吃这个，越想越窝火", "slander dispute", re_="food")
    m("4 15:12", "t_shen", "两位家长，伙食方面的意见欢迎私聊我，也可以直接打后勤处电话 8702 5631 反映。学校每周都有家长陪餐，欢迎报名实地看看。", hn=True)
    m("4 15:16", "p_wu_mom", "下周三陪餐还有两个名额，想去的家长私我报名～", hn=True)
    m("4 16:00", "p_cao_dad", "陪什么餐啊，那天肯定做得好好的，演给家长看的。要我说大家联名写封信直接交到教育局，不行就打12345", "slander incitement", k="inc")
    m("4 16:02", "p_deng_mom", "我签一个", "incitement", re_="inc")
    m("4 16:03", "p_zheng_mom", "+1 算上我家", "incitement", re_="inc")
    m("4 16:15", "t_shen", "各位家长，食堂的问题我已经报给学校后勤和分管校长了，明天中午请家委会代表跟我一起去看，有结果第一时间告诉大家。", hn=True)
    m("4 17:30", "t_shen", "今日语文：完成语文园地三，周五默写《赠刘景文》《山行》。", k="yw4")
    m("4 17:32", "p_gao_mom", "收到了沈老师", "ack_reply", re_="yw4")
    m("4 18:50", "p_xu_dad", "有个事得说一下，许诺的新文具盒这学期第三次被弄坏了，问了好几个同学都说是朱小北干的，家长能不能管一管？", "student_privacy dispute", k="box")
    m("4 18:58", "p_zhu_nai", "你凭啥说是我家小北弄的你看见了吗我家孩子在家乖得很你别在这血口喷人自己孩子东西不爱惜赖别人", "abuse dispute", re_="box", k="box2")
    m("4 19:02", "p_xu_dad", "老太太你讲不讲理？孩子弄坏东西还护着，一看就是家里没教好", "abuse dispute", re_="box2")
    m("4 19:06", "t_shen", "许诺爸爸、小北奶奶，这件事我明天了解清楚后分别给两位打电话，群里先不说了，好吗？", hn=True)
    m("4 19:20", "t_ma", "本周英语趣配音作业在“一起作业”App里，截止周日晚八点，完成后App会自动提交。", hn=True)
    m("4 21:30", "p_li_mom", "马老师，一起作业里找不到配音入口怎么办呀")
    m("4 21:36", "t_shen", "【紧急】刚接到通知，明早府前街东口路面抢修封闭，明天请从学校西门（百货大楼那侧）送孩子，7:40开门。收到的家长回个“收到”。", k="urg", urgent=True, hn=True)
    m("4 21:38", "p_chen_dad", "收到！", re_="urg", urgent=True, hn=True)
    m("4 21:38", "p_huang_mom", "收到～", re_="urg", urgent=True, hn=True)
    m("4 21:40", "p_sun_mom", "收到沈老师", re_="urg", urgent=True, hn=True)
    m("4 21:43", "p_zhou_nai", "西门是哪个门啊是卖菜那边还是邮局那边", re_="urg", k="west")
    m("4 21:45", "t_shen", "奶奶，是百货大楼那边的门，明天门口有老师举牌子。", re_="west")

    # ---- day 5, Fri
    m("5 07:25", "p_zhou_nai", "早上好 新的一天 平安喜乐 好运连连🌸🌸", "chat", kind="image")
    m("5 07:40", "t_shen", "昨天的语文作业林立、曹阳又没交，已经是这周第三次了，请两位家长今晚一定督促一下。", "student_privacy")
    m("5 07:44", "p_lin_dad", "沈老师不好意思，这两天我上夜班没看住他，今晚一定补上", hn=True)
    m("5 07:50", "p_xia_dad", "沈老师，想说说夏天最近的情况。开学后他晚上一直睡不踏实，一到周日晚上就喊肚子疼说不想上学，去儿童医院查了没毛病，医生说可能是焦虑。他回家说班里没人跟他玩，我们也不知道真假，老师在学校有没有发现他哪里不对劲？", "private_matter", k="pm")
    m("5 08:05", "t_shen", "夏天爸爸，这个情况我中午私信您，咱们电话详细聊。", re_="pm", hn=True)
    m("5 08:08", "p_xia_dad", "好的，他昨晚又说梦话，哭着喊不去不去，他妈妈现在都不敢跟他提学校的事，我们真的挺愁的", "private_matter", k="pm2")
    m("5 08:20", "p_gao_mom", "夏天爸爸别太着急，我家高兴一年级时也这样，后来去做了一个多月沙盘游戏治疗，慢慢就好了，可以试试", "private_matter", re_="pm2")
    m("5 12:00", "t_gu", "第二单元测试成绩登记表", "ranking", kind="image", k="sheet")
    m("5 12:06", "p_wu_mom", "顾老师，成绩表发群里不太合适哦，学校要求不公开的，麻烦撤回一下～", re_="sheet", hn=True)
    m("5 12:07", "t_gu", "是我疏忽了，已撤回，谢谢提醒。", hn=True)
    m("5 14:00", "p_luo_mom", "跟大家分享一下，城隍庙后面有个张师傅看八字特别准，能看出孩子适合学文还是学理、今年有没有文昌运，我家罗雨的名字就是他起的", "illegal", k="bazi")
    m("5 14:10", "t_shen", "罗雨妈妈，算命看八字这类内容不适合在家校群里发，请撤回，谢谢。", re_="bazi", hn=True)
    m("5 16:30", "t_shen", "周末作业：阅读《小英雄雨来》第一、二章，做一张读书卡。春游回执已经让孩子带回，请家长签好字周一带来。", k="wk")
    m("5 16:32", "p_chen_dad", "好的好的👌", "ack_reply", re_="wk")
    m("5 16:34", "p_liu_mom", "收到！", "ack_reply", re_="wk")
    m("5 16:41", "p_zhao_dad", "沈老师 春游回执我家孩子说没拿到 是放在书包里了吗", re_="wk", k="nohz", hn=True)
    m("5 16:50", "t_shen", "赵一鸣爸爸，回执夹在他的语文书里，您翻一下。", re_="nohz")
    m("5 17:02", "x_kid_xia", "沈老师我是夏天 我爸在上班 我可以用这个号发读书卡吗", k="kid")
    m("5 17:06", "t_shen", "夏天，这个群是给爸爸妈妈的，小朋友不能在里面哦，读书卡周一交给老师就好，老师先把你移出去啦。", re_="kid", hn=True)
    m("5 18:30", "p_cao_dad", "今晚国足主场打阿曼，有一起看的家长吗？楼下烧烤店开了大屏", "chat", k="fb")
    m("5 18:33", "p_lin_dad", "必须看！这场再不赢就真没戏了", "chat", re_="fb")
    m("5 21:40", "p_lin_dad", "武磊这球牛批！！", "abuse")
    m("5 21:52", "p_cao_dad", "唉 又没进", "chat")
    m("5 21:53", "p_cao_dad", "唉，又没进！！", "chat")
    m("5 21:55", "p_cao_dad", "唉 又 没 进😭", "chat flood")
    m("5 21:58", "p_cao_dad", "唉……又没进", "chat flood")

    # ---- day 6, Sat
    m("6 09:00", "p_gao_mom", "麻烦大家帮高兴投一票🙏少儿绘画大赛，点进去选18号作品，每天能投3次，谢谢各位啦 https://h5.votemaster.cn/act/88231", "ad link", k="vote")
    m("6 09:05", "p_sun_mom", "帮你投了，18号没错吧", "chat", re_="vote")
    m("6 09:07", "p_xia_dad", "投了✌️", "chat", re_="vote")
    m("6 09:40", "p_wu_mom", "祝大家周末愉快！今天天气超好，带娃出去晒晒太阳吧☀️🌼", "chat")
    m("6 10:00", "t_shen", "分享一个区里推荐的春季安全教育专题课，在国家智慧教育平台上：https://basic.smartedu.cn/special/safety ，周末有空可以和孩子一起看，不做要求。", hn=True)
    m("6 10:12", "p_huang_mom", "这个也挺好，有全套的三年级同步课，pan.baidu.com/s/1qXz8Kd 提取码 7h2m", "link")
    m("6 11:00", "p_jiang_dad", "有没有要期中卷的？朋友说是这次区统考的原卷，提前流出来的，我这有电子版可以发大家", "illegal", k="leak")
    m("6 11:12", "t_gu", "蒋文博爸爸，区期中卷还没开始命题，网上说的“原卷”都是骗人的，请不要传，也提醒大家别花钱买。", re_="leak", hn=True)
    m("6 11:20", "t_shen", "我许诺过孩子们，这个月表现好下周五就多上一节阅读课，大家周末也鼓励孩子多读书📚", hn=True)

    # ---- everyday traffic (laid out by time among the episodes above)
    m("1 08:15", "p_feng_mom", "沈老师，晨曦今天忘带红领巾了，我中午送到门卫可以吗？", k="scarf")
    m("1 08:30", "t_shen", "可以的，放门卫室写上名字就行。", re_="scarf")
    m("1 13:20", "t_qian", "下午体育课改在室内上，孩子们不用换衣服。")
    m("1 18:10", "p_tang_dad", "顾老师，练习册P24第3题的答案是不是印错了？书后答案和我算的不一样", k="typo")
    m("1 18:25", "t_gu", "唐小鱼爸爸您好，确实印错了，应该是156，明天我跟孩子们说一下，谢谢您细心。", re_="typo")
    m("1 18:26", "p_tang_dad", "不客气，我还以为是我算错了😂")
    m("2 13:30", "p_an_mom", "马老师，安康说英语书借给同桌了，明天听写前还需要用书复习吗？", k="book")
    m("2 13:40", "t_ma", "复习用课本后面的单词表就行，明天让同桌带回来就好。", re_="book")
    m("3 12:10", "t_shen", "提醒：原定本周四下午的家长会改到下周二，具体时间另行通知。", k="pta")
    m("3 12:12", "p_feng_mom", "沈老师，下周二是下午还是晚上呀？我要提前跟单位请假", re_="pta", k="ptaq", hn=True)
    m("3 12:20", "t_shen", "暂定下周二下午三点，到时候会再发正式通知。", re_="ptaq")
    m("4 08:10", "p_han_mom", "钱老师，韩梅前天脚踝扭了一下，今天跳绳测试能不能缓考？医院的证明我放她书包里了", k="ankle", hn=True)
    m("4 08:20", "t_qian", "可以，让她把证明交给我，下周再补测。", re_="ankle")
    m("4 12:30", "t_shen", "今天午餐：番茄炒蛋、红烧鸡腿、清炒西兰花，孩子们都吃得挺香。", kind="image")
    m("5 10:00", "p_an_mom", "沈老师，春游回执上的紧急联系人可以填孩子爷爷的电话吗？", k="contact")
    m("5 10:10", "t_shen", "可以的，写能随时接通的电话就行。", re_="contact")
    m("6 14:00", "p_chen_dad", "请问各位家长，《小英雄雨来》买哪个出版社的好？孩子说老师推荐的是人教版配套的", k="ed")
    m("6 14:10", "p_wu_mom", "我们买的是人民文学出版社的，字大，插图也多", re_="ed")
    m("6 14:12", "p_chen_dad", "好的谢谢思琪妈妈")
    return g


GROUPS.append(f5)


# =============================================================================
# f6 - 明德双语学校 (a bilingual school), 五年级(2)班, WeChat, quiet 20:00-07:00
#      only the school's own domain is allowed here (smartedu.cn is NOT)
# =============================================================================
def f6():
    g = Group("f6", "明德双语学校", "五年级(2)班", 5, "wechat", ("20:00", "07:00"),
              ["mdsy.edu.cn"], "2026-04-13")
    g.teacher("t_fang", "方晴", "数学", "head_teacher")
    g.teacher("t_lisa", "陈丽莎", "英语")
    g.teacher("t_yu", "于海涛", "语文")
    g.teacher("t_kong", "孔蕾", "科学")
    g.supervisor = "p_song_mom"
    S = g.student
    S("宋嘉禾", ("p_song_mom", "妈妈"))
    S("金秋", ("p_jin_mom", "妈妈"))
    S("常乐", ("p_chang_mom", "妈妈"))
    S("方向", ("p_fangx_dad", "爸爸"))
    S("白露", ("p_bai_mom", "妈妈"))
    S("温暖", ("p_wen_mom", "妈妈"), ("p_wen_nai", "奶奶"))
    S("龚欣然", ("p_gong_dad", "爸爸"))
    S("杜若溪", ("p_du_mom", "妈妈"))
    S("潘俊熙", ("p_pan_dad", "爸爸"))
    S("严可馨", ("p_yan_mom", "妈妈"))
    S("袁博文", ("p_yuan_dad", "爸爸"))
    S("胡一帆", ("p_hu_mom", "妈妈"))
    S("孟子琪", ("p_meng_mom", "妈妈"))
    S("贾明轩", ("p_jia_dad", "爸爸"))
    S("丁语桐", ("p_ding_mom", "妈妈"))
    S("梁思远", ("p_liang_dad", "爸爸"))
    S("范小雨", ("p_fan_mom", "妈妈"))
    S("钟睿", ("p_zhong_dad", "爸爸"))
    S("汪晨阳", ("p_wangc_mom", "妈妈"))
    S("苏沐橙", ("p_su_mom", "妈妈"))
    S("姚乐乐", ("p_yao_mom", "妈妈"))
    S("邱天宇", ("p_qiu_dad", "爸爸"))
    S("秦朗", ("p_qin_mom", "妈妈"))
    S("傅晓", ("p_fu_dad", "爸爸"))
    S("崔浩宇", ("p_cui_mom", "妈妈"))
    S("万里", ("p_wanli_dad", "爸爸"))
    M = g.member
    M("t_fang", "数学方晴（班主任）")
    M("t_lisa", "Lisa Chen", bad=True)
    M("t_yu", "语文于老师")
    M("t_kong", "科学孔蕾")
    M("p_song_mom", "宋嘉禾妈妈-家委")
    M("p_jin_mom", "金秋妈妈🍂")
    M("p_chang_mom", "常乐妈妈")
    M("p_fangx_dad", "方向爸爸")
    M("p_bai_mom", "白露家长")
    M("p_wen_mom", "温暖妈妈")  # silent; she invited her mother-in-law
    M("p_wen_nai", "温暖奶奶", joined={"via": "invite", "by": "p_wen_mom", "approved": False})
    M("p_gong_dad", "龚欣然爸爸")
    M("p_du_mom", "杜若溪妈妈")
    M("p_pan_dad", "熙熙爸", bad=True)
    M("p_yan_mom", "Sunny🌻", bad=True)
    M("p_yuan_dad", "袁博文爸爸")
    M("p_hu_mom", "胡一帆妈妈")
    M("p_meng_mom", "孟子琪妈妈")
    M("p_jia_dad", "贾明轩爸爸")
    M("p_ding_mom", "丁语桐妈妈")
    M("p_liang_dad", "梁思远爸爸")
    M("p_fan_mom", "范小雨妈妈")
    M("p_zhong_dad", "钟睿爸爸")
    M("p_su_mom", "苏沐橙妈妈")
    M("p_wangc_mom", "汪晨阳妈妈")
    M("p_yao_mom", "姚乐乐妈妈")
    M("p_qiu_dad", "邱天宇爸爸")
    M("p_qin_mom", "秦朗妈妈")
    M("p_fu_dad", "傅晓爸爸")
    M("p_cui_mom", "崔浩宇妈妈")
    M("p_wanli_dad", "万里爸爸")
    M("x_insure", "少儿保险顾问刘姐", joined={"via": "invite", "by": "p_du_mom", "approved": False})
    M("x_uncle", "常乐舅舅", joined={"via": "invite", "by": "p_chang_mom", "approved": False})
    M("x_other", "五(3)班孟琪妈妈", joined={"via": "qr_code"})
    m = g.m

    # ---- day 1, Mon
    m("1 06:50", "p_hu_mom", "方老师早，一帆昨晚吐了两次，今天请假一天在家观察，作业我让她在家补上")
    m("1 07:00:05", "p_yuan_dad", "方老师早上好，博文今天牙齿矫正复诊，下午两点我来接一下，三点半前送回。", hn=True)
    m("1 07:15", "t_fang", "各位家长早上好。本周五（4月17日）春游去植物园，费用从班费里出，不另外收钱。周四会发安全告知书，请签字后周五交回。今天先不用回复，谢谢。", k="spring")
    m("1 07:17", "p_song_mom", "收到，辛苦方老师", "ack_reply", re_="spring")
    m("1 07:18", "p_jin_mom", "方老师，春游需要带午饭吗？还是学校统一安排？", re_="spring", k="lunch", hn=True)
    m("1 07:25", "t_fang", "自带午饭和水，零食别带太多，再带一个垃圾袋。", re_="lunch")
    m("1 07:26", "p_jin_mom", "好的谢谢方老师🙏", hn=True)
    m("1 07:40", "t_lisa", "Morning! Today's homework: 1) Read the Unit 4 story aloud 3 times 2) Workbook p.31. 朗读视频不需要发群里。", k="lisa1")
    m("1 08:02", "p_song_mom", "Lisa老师好，群名片麻烦加上学科和中文名哈，比如“英语陈丽莎”，学校统一要求的～", re_="lisa1", hn=True)
    m("1 08:30", "t_lisa", "Sure, done! 谢谢宋嘉禾妈妈提醒", rename="英语Lisa陈丽莎", hn=True)
    m("1 09:15", "x_insure", "各位家长好，我是杜若溪妈妈的朋友，做少儿医疗和意外险十年了，春游季一年一百多块保意外和住院，有需要的可以加我v信：liujie_bx520，免费帮您规划～", "ad", k="ins")
    m("1 09:18", "p_du_mom", "我朋友很专业的，大家有需要可以问问她", "ad", re_="ins")
    m("1 09:30", "t_fang", "杜若溪妈妈，本群不允许推销，请您朋友退群，之后拉人进群请先跟我说一声。学校已经统一给孩子买了校方责任险，家长不用担心。", hn=True)
    m("1 12:20", "p_pan_dad", "问下各位 数学卷子最后一道题 分数乘法那个 有没有家长会讲的 孩子卡半天了", k="pan1")
    m("1 12:25", "p_gong_dad", "画个线段图就出来了，先求全长的3/4，再减掉已经走的那段", re_="pan1")
    m("1 12:27", "p_pan_dad", "懂了懂了 谢了兄弟", hn=True)
    m("1 16:40", "t_kong", "科学课通知：下周一科学课做“种子发芽”实验，请每位同学带5颗绿豆和一个透明塑料杯，杯子上贴好名字。", k="sci")
    m("1 16:45", "p_bai_mom", "好滴～", "ack_reply", re_="sci")
    m("1 16:46", "p_qin_mom", "收到收到 孔老师辛苦啦🌹", "ack_reply", re_="sci")
    m("1 16:50", "p_fangx_dad", "孔老师，黄豆行吗？家里绿豆刚好吃完了", re_="sci", k="soy")
    m("1 16:55", "t_kong", "黄豆也可以的，方向爸爸。", re_="soy")
    m("1 19:10", "p_yan_mom", "各位宝妈有没有用过“作业帮”拍照搜题的，会不会让孩子变懒啊，纠结要不要给装", k="yan")
    m("1 19:14", "p_su_mom", "我家装了，只让检查的时候用，平时手机在我这", re_="yan")
    m("1 19:16", "t_fang", "可以装，但建议家长管着用，先独立做完再拍照检查。@Sunny🌻 麻烦把群名改成“严可馨妈妈”哦～", re_="yan")
    m("1 19:20", "p_yan_mom", "改好啦，谢谢方老师", rename="严可馨妈妈", hn=True)
    m("1 20:15", "p_chang_mom", "方老师 常乐说明天要交英语手抄报 是A3还是A4的纸啊", k="a4")
    m("1 20:40", "t_lisa", "A4就可以～", re_="a4")
    m("1 20:42", "p_chang_mom", "好的谢谢老师")

    # ---- day 2, Tue
    m("2 07:30", "t_yu", "语文作业：1.《青山处处埋忠骨》课后第二题；2.周三交小练笔《我的心爱之物》，三百字以上。", k="yu1")
    m("2 07:32", "p_ding_mom", "收到于老师", "ack_reply", re_="yu1")
    m("2 09:05", "p_liang_dad", "家长们注意了！我老婆单位群里都传疯了，说区里甲流爆发，下周起全区小学停课一周，咱们提前准备吧", "rumor", k="flu")
    m("2 09:06", "p_fan_mom", "啊？真的吗，方老师有通知吗？我还得提前跟单位请假", re_="flu", hn=True)
    m("2 09:20", "t_fang", "各位家长，学校和区教育局都没有发布停课通知，请以学校公众号和班主任通知为准，不信谣不传谣。最近流感多发，请孩子勤洗手，发烧了在家休息并告知老师。", re_="flu", hn=True)
    m("2 09:22", "p_liang_dad", "好的方老师，我撤回了")
    m("2 11:00", "x_uncle", "大家好，我是常乐舅舅，他爸妈在外地出差，平时我接送，有事可以找我")
    m("2 11:05", "p_chang_mom", "我弟，平时帮我们接孩子，我就拉进来了", hn=True)
    m("2 11:30", "t_fang", "常乐妈妈，接送人可以在学校门卫登记，但群里只保留登记的监护人。舅舅的电话我记下了，先请他退群，有事我打电话联系。")
    m("2 12:30", "p_wanli_dad", "【转发】今天是观音菩萨诞辰，看到这条消息转发到8个群，孩子今年考试顺顺利利，不转的三年不顺，宁可信其有！", "illegal", k="chain")
    m("2 12:40", "p_song_mom", "万里爸爸，这种转发的就别发班级群啦，学校有规定的～", re_="chain", hn=True)
    m("2 14:00", "p_qiu_dad", "最近玩球赛竞猜挺上头，上周押德甲赢了小两千，下个“金球汇”注册就送58彩金，有兴趣的家长可以试试", "illegal", k="bet")
    m("2 14:03", "p_yao_mom", "上周那场我也看了！拜仁踢得太憋屈了", "chat", re_="bet")
    m("2 14:10", "t_fang", "邱天宇爸爸，赌球的内容不能在群里发，请撤回。下周班会课正好讲网络赌博的危害，也请家长们在家多提醒孩子。", re_="bet", hn=True)
    m("2 17:00", "t_lisa", "Grade 5 English speech contest 结果出来啦：一等奖 宋嘉禾、苏沐橙，二等奖 龚欣然、秦朗、万里，祝贺孩子们！🎉", k="speech", hn=True)
    m("2 17:02", "p_cui_mom", "恭喜恭喜👏👏", "ack_reply", re_="speech")
    m("2 17:05", "p_gong_dad", "欣然今天回家一直在嘚瑟，晚饭都是笑着吃的，谢谢Lisa老师平时的指导🙏", re_="speech", hn=True)
    m("2 17:20", "t_lisa", "另外这次单元测试前五名：宋嘉禾98，苏沐橙97，秦朗96，龚欣然95，钟睿95，大家继续加油！", "ranking", k="top5")
    m("2 17:35", "p_meng_mom", "Lisa老师，单元测试能不能别这样公布啊，我们家的没进前五，回家闷闷不乐一晚上，孩子压力已经够大了", "dispute", re_="top5")
    m("2 17:40", "t_fang", "孟子琪妈妈说得对，学校规定不公布排名，Lisa老师已经撤回了，个人成绩请私信任课老师。", hn=True)
    m("2 18:30", "p_yao_mom", "yyds！今晚《繁花》终于更新了，有没有追剧的宝妈，胡歌演得绝绝子", "chat", k="drama")
    m("2 18:32", "p_su_mom", "追！每天等孩子睡了偷偷看哈哈", "chat", re_="drama")
    m("2 20:20", "p_yao_mom", "xswl 刚看完，宝总太帅了", "chat", re_="drama")

    # ---- day 3, Wed
    m("3 07:10", "t_fang", "下周护学岗家长志愿者排班（7:20-7:50校门口）：周一 宋嘉禾妈妈、方向爸爸；周二 金秋妈妈、贾明轩爸爸；周三 胡一帆妈妈、钟睿爸爸；周四 苏沐橙妈妈、傅晓爸爸；周五 秦朗妈妈、万里爸爸。有冲突的请私信我调换，记得穿志愿者马甲。", k="rota", hn=True)
    m("3 07:12", "p_jia_dad", "没问题，周二准时到", re_="rota", hn=True)
    m("3 07:14", "p_fu_dad", "方老师，周四我出差，能换到周五吗", re_="rota", k="swap")
    m("3 07:20", "t_fang", "傅晓爸爸可以，周四我另外找人。", re_="swap")
    m("3 08:45", "p_wen_nai", "", kind="voice")
    m("3 08:46", "p_wen_nai", "方老师好我是温暖奶奶以后温暖她妈妈不在家的时候我来接她放学", hn=True)
    m("3 10:00", "p_du_mom", "说个事，Lisa老师在外面开了英语班，一节课三百，班里好几个都去了，去了的孩子上课就被叫起来表扬，没去的就不搭理，这不就是变相逼着报班吗", "slander", k="slan")
    m("3 10:05", "p_song_mom", "若溪妈妈，这种事没有证据别在群里说，有意见可以找方老师或者直接跟学校反映", re_="slan", k="slan2", hn=True)
    m("3 10:08", "p_du_mom", "我怎么没证据了？你是家委你当然帮老师说话，你家孩子一等奖怎么来的大家心里都清楚", "slander dispute", re_="slan2", k="slan3")
    m("3 10:12", "p_song_mom", "好，那咱们私聊说吧，群里不吵。", re_="slan3", hn=True)
    m("3 10:30", "t_fang", "杜若溪妈妈，英语老师校外兼课的事如果有具体情况，请直接打学校家校协作办公室电话，学校会核实。群里请不要继续了。", hn=True)
    m("3 12:00", "p_du_mom", "行，我也不跟你们废话了，有同样想法的家长私聊我，咱们拍个视频发抖音，让大家看看这学校怎么回事", "incitement", k="tiktok")
    m("3 12:05", "p_meng_mom", "我也去，加我一个", "incitement", re_="tiktok")
    m("3 12:30", "p_gong_dad", "各位冷静一下，有事找学校当面说，拍视频对孩子们不好。", hn=True)
    m("3 15:30", "p_bai_mom", "方老师，白露好像把水杯落在教室了，明天早上能去拿一下吗？", k="cup")
    m("3 15:40", "t_fang", "在讲台上，我帮她收着了，明天直接来拿。", re_="cup")
    m("3 16:00", "t_fang", "给大家分享一个课外阅读资源，国家中小学智慧教育平台五年级课外阅读专题：https://basic.smartedu.cn/syncClassroom/read ，自愿看看。", "link", k="sedu")
    m("3 16:03", "p_song_mom", "谢谢方老师分享～", "ack_reply", re_="sedu")
    m("3 16:30", "t_yu", "《给五年级家长的一封信：如何陪孩子度过青春前期》 https://www.mdsy.edu.cn/jxhz/2026/0415.html", kind="link_card", k="letter", hn=True)
    m("3 16:35", "p_fan_mom", "感谢于老师分享，写得真好", "ack_reply", re_="letter")
    m("3 17:40", "p_yuan_dad", "重磅！教育部：2026年起小升初全面取消划片，按积分入学 https://mp.weixin.qq.com/s/Xk9aP2cQ7wLm", "rumor link", kind="link_card", k="xsc")
    m("3 17:45", "p_qiu_dad", "方老师 这个是真的吗？我们明年就小升初了", re_="xsc", hn=True)
    m("3 17:55", "t_fang", "这是自媒体标题党，目前没有任何官方文件，小升初政策以区教育局发布为准，请大家别转。", re_="xsc", hn=True)
    m("3 18:00", "p_yuan_dad", "不好意思，转发前应该先核实的")
    m("3 19:30", "p_pan_dad", "后天春游是7点半到校还是8点啊", k="when")
    m("3 19:40", "t_fang", "7:40到校，8:00统一坐大巴出发。", re_="when")

    # ---- day 4, Thu
    m("4 07:05", "p_yan_mom", "方老师，可馨这学期上课总走神，回家作业拖到十一点，我们一说她就哭，手机也管不住，半夜偷偷起来玩，她爸跟我为这事天天吵，真不知道怎么办了，老师觉得她在学校状态怎么样？", "private_matter", k="kx")
    m("4 07:30", "t_fang", "可馨妈妈别急。可馨在学校挺认真的，就是最近数学课有点心不在焉，我观察到她和同桌闹了点小矛盾。回家先别一下子没收手机，和她一起定个规矩，每天固定半小时，做到了就表扬……", "student_privacy private_matter", re_="kx", k="kx2")
    m("4 07:40", "p_yan_mom", "谢谢方老师，她昨晚又哭到一点多，说班里同学都不理她……", "private_matter", re_="kx2")
    m("4 07:45", "t_fang", "咱们中午电话聊吧。", hn=True)
    m("4 10:00", "t_fang", "明天春游的安全告知书今天发给孩子了，请家长签字明早交回；孩子穿校服、运动鞋，带好午饭和水。", k="safe")
    m("4 10:02", "p_zhong_dad", "收到！", "ack_reply", re_="safe")
    m("4 10:05", "p_cui_mom", "[OK]", "ack_reply", kind="sticker", re_="safe")
    m("4 10:06", "t_fang", "五年级春游安全告知书.docx", kind="file", hn=True)
    m("4 12:30", "p_cui_mom", "听说这次期中年级前十里咱们班有宋嘉禾、苏沐橙、秦朗，真厉害，我家的得好好学学", "ranking")
    m("4 14:30", "t_kong", "今天科学课上，胡一帆、邱天宇两位同学做实验时打闹，把酒精灯碰倒了，幸好没出事，已经批评教育，请家长回家再强调一下实验安全。", "student_privacy", k="lamp")
    m("4 14:40", "p_qiu_dad", "孔老师，辛苦您了，这种事以后可以私信我哈，我回家一定好好说他。", re_="lamp", hn=True)
    m("4 14:45", "t_kong", "好的邱天宇爸爸，以后我单独沟通，抱歉。", hn=True)
    m("4 16:00", "x_other", "打扰了，我是五(3)班的家长，我们班群还没通知春游集合时间，想问问你们班是几点呀", k="other")
    m("4 16:10", "t_fang", "您好，请以五(3)班班主任的通知为准哦，这是五(2)班的群，稍后我会把您移出，不好意思。", re_="other")
    m("4 18:40", "p_pan_dad", "明天春游能让孩子带手机拍照吗？", k="phone")
    m("4 18:44", "p_yao_mom", "老师前天说过不让带手机的，可以往上翻翻群消息～", re_="phone", k="ph2", hn=True)
    m("4 18:46", "p_pan_dad", "关你什么事，我问老师又没问你", "abuse dispute", re_="ph2", k="ph3")
    m("4 18:49", "p_yao_mom", "你这人说话怎么这么冲，脑子进水了吧", "abuse dispute", re_="ph3")
    m("4 18:55", "t_fang", "两位家长，明天不带手机，老师会拍照发群里。大家都别争了，有事私聊我。", hn=True)
    m("4 20:05", "t_fang", "【紧急通知】刚接到学校通知，明天有雷暴大风预警，春游改到下周五，明天正常上课，请带齐课本，不用带午饭。收到请回复“收到”。", k="rain", urgent=True, hn=True)
    m("4 20:06", "p_song_mom", "收到了方老师", re_="rain", urgent=True, hn=True)
    m("4 20:07", "p_jin_mom", "收到🙏", re_="rain", urgent=True, hn=True)
    m("4 20:07", "p_fu_dad", "收到方老师", re_="rain", urgent=True, hn=True)
    m("4 20:10", "p_pan_dad", "啊？那买好的零食咋办 白买了😂", re_="rain")
    m("4 20:12", "p_hu_mom", "那春游的费用还是照旧吗？", re_="rain", k="fee")
    m("4 20:30", "t_fang", "费用不变，下周五照常去。大家早点休息。", re_="fee")

    # ---- day 5, Fri
    m("5 07:50", "t_lisa", "English homework: finish the mind map of Unit 4，下周一检查，不用拍照上传。", k="lisa5")
    m("5 08:10", "p_jia_dad", "周末有没有一起去郊野公园露营的？我们约了三家，带娃挖野菜🌿", "chat", k="camp")
    m("5 08:12", "p_wanli_dad", "算我家一个！", "chat", re_="camp")
    m("5 08:30", "p_song_mom", "各位家长周末愉快～提醒一下孩子们下周一要带绿豆和透明杯哦😊", hn=True)
    m("5 12:00", "p_hu_mom", "求助！！一帆的粉色保温杯丢在学校了，有哪位家长的孩子看到吗")
    m("5 12:20", "p_hu_mom", "求助！！一帆的粉色保温杯丢在学校了，有哪位家长的孩子看到吗")
    m("5 12:35", "p_hu_mom", "求助 一帆的粉色保温杯丢在学校了 有哪位家长的孩子看到吗🙏🙏", "flood")
    m("5 12:50", "p_hu_mom", "求助！一帆的粉色保温杯丢在学校了，有哪位家长的孩子看到吗？？", "flood")
    m("5 13:00", "t_fang", "一帆妈妈，保温杯在失物招领处，下午放学让她去拿，不用一直发哈。", hn=True)
    m("5 15:00", "t_yu", "谢谢家委会给老师们送来的润喉糖，心里很温暖❤️ 下周语文课我们开始学习古典名著单元。", hn=True)
    m("5 15:20", "p_meng_mom", "于老师，这次语文小测孟子琪多少分呀？", k="mq", hn=True)
    m("5 15:30", "t_yu", "孟子琪89分，班里第12名，比上次进步了不少。", "ranking", re_="mq")
    m("5 15:40", "p_meng_mom", "谢谢于老师，我回家好好鼓励她", hn=True)
    m("5 16:10", "p_pan_dad", "bhys问一下，下周五春游还要重新交告知书吗", rename="潘俊熙爸爸", k="bh")
    m("5 16:20", "t_fang", "不用，已经交的继续有效。谢谢潘俊熙爸爸改了群名～", re_="bh")

    # ---- everyday traffic (laid out by time among the episodes above)
    m("1 10:30", "p_zhong_dad", "方老师，钟睿的校服裤子短了，学校还能单独订吗？", k="uni")
    m("1 10:45", "t_fang", "可以，学校总务处每周三统一订，尺码报给我就行，费用直接交到总务处。", re_="uni", hn=True)
    m("1 10:46", "p_zhong_dad", "好的，160的，谢谢方老师", hn=True)
    m("2 08:00", "p_gong_dad", "方老师早，欣然今天有点低烧，我上午带她去医院看看，下午能去的话我直接送到学校。")
    m("2 08:10", "t_fang", "好的，多喝水，有情况跟我说。")
    m("2 15:30", "t_kong", "明天科学课去生物园观察植物，孩子们带上记录本和铅笔。", k="garden")
    m("2 15:40", "p_jin_mom", "孔老师，记录本是哪一本？蓝色封面那个吗", re_="garden", k="nb")
    m("2 15:45", "t_kong", "对，蓝色的科学记录本。", re_="nb")
    m("3 14:00", "p_qin_mom", "于老师，小练笔可以写家里的小狗吗？秦朗纠结半天了", k="dog")
    m("3 14:10", "t_yu", "当然可以，写出它的样子和你们之间的小故事就好。", re_="dog")
    m("3 14:11", "p_qin_mom", "好嘞谢谢于老师，他听完马上去写了😄", hn=True)
    m("4 08:30", "p_wangc_mom", "方老师，周五春游结束后能不能在植物园门口直接接孩子？我们家就住附近", k="pick")
    m("4 08:40", "t_fang", "可以，提前在告知书上写明，到时候家长找我签字接走。", re_="pick")
    m("5 09:00", "p_su_mom", "Lisa老师，mind map是画在作业本上还是A4纸上？", re_="lisa5", k="mm")
    m("5 09:10", "t_lisa", "A4纸或者作业本都可以～", re_="mm")
    m("5 17:00", "t_fang", "本周表扬：宋嘉禾、傅晓、白露主动帮值日生打扫教室，常乐每天坚持早读，给他们点赞！", k="praise", hn=True)
    m("5 17:10", "p_bai_mom", "白露回家一直在说这件事，特别开心，谢谢方老师的鼓励！", re_="praise", hn=True)
    return g


GROUPS.append(f6)


# =============================================================================
# f7 - 柳溪镇中心小学 (a township central school), 二年级(1)班, WeChat,
#      quiet 20:30-07:00
# =============================================================================
def f7():
    g = Group("f7", "柳溪镇中心小学", "二年级(1)班", 2, "wechat", ("20:30", "07:00"),
              ["lxzx.edu.cn", "smartedu.cn"], "2026-05-11")
    g.teacher("t_tan", "谭春梅", "语文", "head_teacher")
    g.teacher("t_luo", "罗建国", "数学")
    g.teacher("t_mo", "莫晓丹", "音乐")
    g.supervisor = "p_yang_dad"
    S = g.student
    S("田野", ("p_tian_dad", "爸爸"), ("p_tian_yeye", "爷爷"))
    S("向阳", ("p_xiang_nai", "奶奶"))
    S("黎明", ("p_li_mom", "妈妈"))
    S("杨子轩", ("p_yang_dad", "爸爸"))
    S("龙小飞", ("p_long_dad", "爸爸"))
    S("覃思雨", ("p_qin_dad", "爸爸"), ("p_qin_mom", "妈妈"))
    S("韦春花", ("p_wei_waipo", "外婆"))
    S("蒙家豪", ("p_meng_mom", "妈妈"))
    S("陆一诺", ("p_lu_mom", "妈妈"))
    S("黄小龙", ("p_huang_dad", "爸爸"))
    S("莫凡", ("p_mofan_mom", "妈妈"))
    S("吕星辰", ("p_lv_mom", "妈妈"))
    S("梁晓", ("p_liang_yeye", "爷爷"))
    S("潘雨欣", ("p_pan_mom", "妈妈"))
    S("廖俊杰", ("p_liao_mom", "妈妈"))
    S("周晴", ("p_zhou_mom", "妈妈"))
    S("卢浩", ("p_luh_dad", "爸爸"))
    S("石磊", ("p_shi_dad", "爸爸"))
    S("谢雨涵", ("p_xie_mom", "妈妈"))
    S("何丰收", ("p_he_dad", "爸爸"))
    S("唐甜甜", ("p_tang_mom", "妈妈"))
    S("农心怡", ("p_nong_mom", "妈妈"))
    M = g.member
    M("t_tan", "语文谭春梅（班主任）")
    M("t_luo", "数学罗建国")
    M("t_mo", "莫老师🎵", bad=True)
    M("p_tian_dad", "田野爸爸")
    M("p_tian_yeye", "田野爷爷", joined={"via": "invite", "by": "p_tian_dad", "approved": False})
    M("p_xiang_nai", "向阳奶奶")
    M("p_li_mom", "黎明妈妈")
    M("p_yang_dad", "杨子轩爸爸（家委）")
    M("p_long_dad", "龙小飞爸爸")
    M("p_qin_dad", "覃思雨爸爸")
    M("p_wei_waipo", "春花外婆", bad=True)
    M("p_lu_mom", "陆一诺妈妈")
    M("p_huang_dad", "黄老板", bad=True)
    M("p_mofan_mom", "莫凡妈妈")
    M("p_lv_mom", "吕星辰妈妈")
    M("p_liang_yeye", "梁晓爷爷")
    M("p_pan_mom", "潘雨欣妈妈")
    M("p_liao_mom", "廖俊杰妈妈")
    M("p_zhou_mom", "周晴妈妈")
    M("p_luh_dad", "卢浩爸爸")
    M("p_shi_dad", "石磊爸爸")
    M("p_xie_mom", "谢雨涵妈妈")
    M("p_he_dad", "何丰收爸爸")
    M("p_nong_mom", "农心怡妈妈")
    M("p_tang_mom", "唐甜甜妈妈")
    M("p_meng_mom", "蒙家豪妈妈")
    M("x_fortune", "易经起名改运陈大师", joined={"via": "qr_code"})
    M("x_church", "以马内利王姊妹", joined={"via": "invite", "by": "p_lu_mom", "approved": False})
    m = g.m

    # ---- day 1, Mon
    m("1 06:40", "p_xiang_nai", "谭老师早我是向阳奶奶向阳昨天晚上拉肚子今天我带他去镇卫生院打针上午不去了下午看情况")
    m("1 07:05", "t_tan", "向阳奶奶好，知道了，先看病，下午要是还不舒服就在家休息，跟我说一声就行。", hn=True)
    m("1 07:20", "t_tan", "各位家长：本周三上午镇卫生院来校给二年级孩子免费涂氟（预防蛀牙），知情同意书今天放学带回，请签字后周二交回，不参加的也请在同意书上写明。", k="fl")
    m("1 07:22", "p_long_dad", "收到谭老师", "ack_reply", re_="fl")
    m("1 07:25", "p_li_mom", "涂氟要不要钱的？会不会对牙齿不好", re_="fl", k="flq")
    m("1 07:40", "t_tan", "免费的，是县里的公共卫生项目，对牙齿有保护作用，放心。", re_="flq")
    m("1 07:41", "p_li_mom", "那就好，谢谢谭老师", hn=True)
    m("1 08:30", "x_fortune", "各位家长好，本人研习易经二十年，专业宝宝起名改名、看八字学业运，孩子成绩上不去可能是名字五行缺了，加威❤：chen-ds168 免费测一个名字", "illegal ad", k="fort")
    m("1 08:35", "t_tan", "这个人不是本班家长，已经移出群了，大家不要加他，谨防上当。", re_="fort", hn=True)
    m("1 12:00", "p_tian_dad", "谭老师好，我在广东打工，田野平时是他爷爷带，我把他爷爷拉进群了，爷爷不太会打字，有事可以打他电话 139 7712 6608", hn=True)
    m("1 12:10", "p_tian_yeye", "", kind="voice")
    m("1 12:11", "p_tian_yeye", "谭老师我是田野爷爷", hn=True)
    m("1 12:30", "t_tan", "田野爷爷好，欢迎！田野爸爸，以后拉人进群要先跟我说一下哈，我来审核。")
    m("1 16:30", "t_luo", "数学作业：口算练习本第12页，课本第45页做一做第1、2题。", kind="image", k="mh1")
    m("1 16:32", "p_yang_dad", "收到罗老师，辛苦", "ack_reply", re_="mh1")
    m("1 16:40", "p_he_dad", "罗老师，第二题我家丰收说看不懂图，是比多少还是求一共", re_="mh1", k="hq", hn=True)
    m("1 16:50", "t_luo", "是求一共有多少，把两部分加起来。", re_="hq")
    m("1 16:51", "p_he_dad", "明白了谢谢罗老师", hn=True)
    m("1 19:00", "p_huang_dad", "自家养的土鸡蛋，跑山鸡下的，两块五一个，三十个起送到校门口，要的私我 一五九 二六八八 七七零三", "ad", k="egg")
    m("1 19:10", "p_yang_dad", "黄小龙爸爸，群里不让卖东西哈，有需要的家长会私下找你。另外群名改成“黄小龙爸爸”吧", re_="egg", hn=True)
    m("1 19:15", "p_huang_dad", "好的杨哥，改了", rename="黄小龙爸爸", hn=True)
    m("1 20:40", "p_wei_waipo", "老师春花的同意书我不会写字怎么弄", k="wq")
    m("1 20:45", "t_tan", "外婆，不会写的话按个手印，旁边写“同意”两个字也行。", re_="wq")
    m("1 20:46", "p_wei_waipo", "好的谢谢老师")

    # ---- day 2, Tue
    m("2 07:10", "p_qin_dad", "哪个是龙小飞家长？你家孩子这礼拜第二次把我家丫头推倒，膝盖都磕破了，再有下次我直接上你家，打断他的手，别怪我不客气", "illegal student_privacy dispute", k="thr")
    m("2 07:15", "p_long_dad", "你吼什么吼？小孩子打打闹闹不是很正常，你家丫头自己走路不看路摔的也赖我们？有本事你来啊", "abuse dispute", re_="thr", k="thr2")
    m("2 07:18", "p_qin_dad", "你等着，看我放学在校门口怎么收拾你", "illegal dispute", re_="thr2")
    m("2 07:30", "t_tan", "两位爸爸都冷静一下，这件事我今天调查清楚，中午请两位分别来学校，我们当面说，群里不要再争了。", hn=True)
    m("2 07:32", "p_yang_dad", "都是为了孩子，大家私下解决吧🙏", hn=True)
    m("2 11:00", "t_mo", "各位家长好，我是音乐老师，六一节目二（1）班排的是合唱《小小少年》，这周每天放学后练20分钟，5点10分放学，请家长晚一点来接。", k="mo")
    m("2 11:05", "p_lv_mom", "收到莫老师", "ack_reply", re_="mo")
    m("2 11:10", "p_pan_mom", "莫老师，合唱要统一买衣服吗？多少钱", re_="mo", k="cloth")
    m("2 11:30", "t_mo", "服装学校统一借，不用买，只需要自己准备一双白色运动鞋。", re_="cloth")
    m("2 11:32", "t_tan", "@莫老师🎵 莫老师，群名片帮忙加一下学科哈，改成“音乐莫晓丹”～")
    m("2 11:35", "t_mo", "改好了谢谢谭老师", rename="音乐莫晓丹", hn=True)
    m("2 14:00", "p_zhou_mom", "听说了吗？镇上要撤点并校，咱们柳溪小学下学期就并到县城二小去了，我表姐在县里上班说方案都定了，以后孩子每天要坐一个多小时车", "rumor", k="merge")
    m("2 14:02", "p_liao_mom", "啊？谭老师，是真的吗？那我们家住那么远怎么办", re_="merge", hn=True)
    m("2 14:05", "p_luh_dad", "我也听说了，隔壁坝头村小学已经关了，下一个就是我们", "rumor", re_="merge")
    m("2 14:20", "t_tan", "各位家长，学校没有接到任何合并的通知，柳溪中心小学下学期正常招生上课，请不要相信和转发。有疑问可以直接问我或打学校电话。", hn=True)
    m("2 14:25", "p_zhou_mom", "好的谭老师，是我听岔了")
    m("2 16:30", "t_tan", "语文作业：1.读课文《蜘蛛开店》三遍，家长听读后签字；2.写字本第15页。今天作业完成后请在群里回复“已完成”。", k="hw2")
    m("2 19:20", "p_yang_dad", "已完成", re_="hw2", hn=True)
    m("2 19:25", "p_lu_mom", "已完成✅", re_="hw2", hn=True)
    m("2 19:32", "p_xie_mom", "已完成，雨涵今天自己读的，没让我催", re_="hw2", hn=True)
    m("2 19:40", "p_xiang_nai", "谭老师")
    m("2 19:40", "p_xiang_nai", "谭老师")
    m("2 19:41", "p_xiang_nai", "谭老师。", "flood")
    m("2 19:41", "p_xiang_nai", "谭老师", "flood")
    m("2 19:42", "p_xiang_nai", "向阳的作业写好了我不会在手机上弄那个已完成怎么打上去", hn=True)
    m("2 19:50", "t_tan", "奶奶，您就打“已完成”三个字发出来就行，向阳今天的作业我明天看。有事发一条就行哈，不用一直喊～")
    m("2 19:52", "p_xiang_nai", "已完成", re_="hw2", hn=True)

    # ---- day 3, Wed
    m("3 07:30", "t_tan", "今天涂氟现场，孩子们都很勇敢，一个都没哭😁", kind="image", k="flpic")
    m("3 07:31", "t_tan", "", kind="image", hn=True)
    m("3 07:35", "p_long_dad", "赞👍", "ack_reply", re_="flpic")
    m("3 09:00", "x_church", "平安！各位家长，主爱你们！孩子学习压力大、身体不好，只要信主祷告就能得医治，本周日上午镇上福音堂有儿童主日学，免费接送，欢迎带孩子来认识神🙏", "illegal", k="church")
    m("3 09:05", "p_lu_mom", "这是我婶婶，我以为家里人都可以进群，拉错了不好意思", hn=True)
    m("3 09:10", "t_tan", "陆一诺妈妈，宗教宣传的内容不能在学校群里发，我先把这位阿姨移出了。", re_="church", hn=True)
    m("3 10:30", "p_mofan_mom", "大家看到没有，昨晚国道上那个车祸，电动车被大货车卷进去，人都碾烂了，血流了一地，肠子都出来了，太惨了，我存了视频谁要看我发", "illegal", k="gore")
    m("3 10:40", "t_tan", "莫凡妈妈，血腥的内容请不要在群里发，孩子们有时也会看家长手机。不过也提醒大家，接送孩子骑电动车一定戴头盔、慢点开。", re_="gore", hn=True)
    m("3 12:00", "p_luh_dad", "自家炒的明前茶，今年丰收了，一斤两百，要的家长私我", "ad", k="tea")
    m("3 12:05", "t_luo", "卢浩爸爸，群里不卖货哈。", re_="tea", hn=True)
    m("3 15:00", "p_liao_mom", "谭老师，想跟您说一下俊杰的事。我和他爸前几年都在外地打工，他是奶奶带大的，我年后才回来，他跟我不亲，晚上一直哭着要找奶奶，作业一个字不写，我一说他就摔东西，我也不知道怎么办了，老师在学校他是不是也这样？", "private_matter", k="lj")
    m("3 15:10", "p_shi_dad", "俊杰妈妈，我家石磊以前也是留守的，刚接回来那会儿也这样，你多陪他睡几天，别急着逼作业，慢慢会好的", "private_matter", re_="lj")
    m("3 15:20", "t_tan", "俊杰妈妈，这事咱们晚点电话聊，我也把他在学校的情况跟您详细说说。", re_="lj", hn=True)
    m("3 17:00", "t_luo", "今天数学单元小测，100分的是：杨子轩、黎明、周晴、何丰收；不到60分的有石磊、卢浩，明天中午留下来补一补。", "ranking student_privacy", k="test")
    m("3 17:10", "p_shi_dad", "罗老师，您这样在群里说我们家石磊不及格，孩子以后在班里怎么抬头？真让人窝心", "dispute", re_="test", k="sd")
    m("3 17:15", "t_luo", "石磊爸爸，对不起，是我欠考虑，以后成绩单独发给家长。", re_="sd", hn=True)
    m("3 17:30", "p_yang_dad", "罗老师，全班的平均分能在群里说一下吗？我们也好心里有数", k="avg")
    m("3 17:40", "t_luo", "这次全班平均分86，及格率95%，整体不错。", re_="avg", hn=True)
    m("3 18:20", "p_pan_mom", "听我家雨欣说这次黎明和周晴都是满分，杨子轩98，她才85，唉", "ranking")
    m("3 20:40", "t_tan", "【紧急】刚接到镇供电所通知，明天全天停电，食堂无法供应午餐，明天中午11:30提前放学，请家长务必按时来接。看到的家长请回复“收到”。", k="power", urgent=True, hn=True)
    m("3 20:42", "p_yang_dad", "收到了", re_="power", urgent=True, hn=True)
    m("3 20:43", "p_li_mom", "收到谭老师", re_="power", urgent=True, hn=True)
    m("3 20:45", "p_shi_dad", "好的，收到", re_="power", urgent=True, hn=True)
    m("3 20:50", "p_zhou_mom", "那下午还上课吗？要不要带饭", re_="power", k="pq")
    m("3 20:55", "t_tan", "下午不上课，明天不用带饭。", re_="pq")

    # ---- day 4, Thu
    m("4 06:55", "p_tian_dad", "谭老师，今天我爸要去镇上卖菜，田野中午放学我让邻居石磊爸爸顺带接一下，麻烦跟门卫说一声")
    m("4 07:00", "t_tan", "好的，已经跟门卫说了。", hn=True)
    m("4 09:30", "p_pan_mom", "姐妹们，某宝上那个儿童电话手表今天降了一百，399，有想买的赶紧", "chat", k="watch")
    m("4 09:32", "p_xie_mom", "哪个牌子的？我家也想买一个", "chat", re_="watch")
    m("4 09:35", "p_pan_mom", "小天才的，旗舰店就有", "chat")
    m("4 10:00", "p_nong_mom", "家长们快去登记！县里今年给农村户口的小学生每人发800元营养补贴，拿户口本到村委会登记就能领，过了月底就没了，我嫂子已经领到了", "rumor", k="subs")
    m("4 10:10", "t_tan", "农心怡妈妈，目前学校和教育局都没有这个补贴的通知，请不要转发。营养餐是国家统一补助，直接用在孩子午餐上，不发现金。最近有骗子冒充政府收“手续费”，大家警惕。", re_="subs", hn=True)
    m("4 10:15", "p_nong_mom", "啊这样啊，那我不说了")
    m("4 10:40", "t_tan", "【转】县教育局：进入汛期，请家长教育孩子不私自下河下塘游泳，不在无大人陪同的情况下到水边玩耍。", hn=True)
    m("4 10:41", "t_tan", "柳溪镇中心小学防溺水安全告知书.pdf", kind="file", hn=True)
    m("4 14:00", "p_long_dad", "说实话这学校就会搞形式，上次县里来检查，头一天让孩子们把教室擦到天黑，检查一走午饭又是一荤一素，补助的钱都去哪了", "slander", k="form")
    m("4 14:05", "p_qin_dad", "这回我跟你站一边，校长就是个摆设，啥事都不管", "slander", re_="form")
    m("4 14:10", "p_long_dad", "明天谁家都别送孩子来上学了，让学校看看，不给说法就一直不送", "incitement", k="strike")
    m("4 14:12", "p_qin_dad", "我家明天不去了", "incitement", re_="strike")
    m("4 14:13", "p_luh_dad", "同意，我家也不送", "incitement", re_="strike")
    m("4 14:30", "t_tan", "各位家长，午餐标准和补助使用每月都在学校公示栏公开，欢迎来学校看账目。孩子不能无故缺课，有意见请找我或校长当面谈。", hn=True)
    m("4 14:35", "p_yang_dad", "我是家委会的，上个月刚跟学校一起核过伙食账，有疑问可以找我一起去看，孩子还是正常上学吧。", hn=True)
    m("4 14:38", "p_long_dad", "你个家委会的狗腿子，少在这装好人", "abuse dispute")
    m("4 16:30", "t_luo", "数学作业：课本第48页1-3题。", k="mh4")
    m("4 16:31", "p_he_dad", "收到罗老师👌", "ack_reply", re_="mh4")
    m("4 20:25", "p_li_mom", "谭老师，明天有体育课，黎明能直接穿运动服去吗？", k="pe", hn=True)
    m("4 20:28", "t_tan", "可以的，穿运动服更方便。", re_="pe", hn=True)
    m("4 20:35", "p_lv_mom", "莫老师，明天合唱要不要化妆啊", k="mk")
    m("4 20:50", "t_mo", "明天只是彩排，不用化妆，六一当天再化。", re_="mk")
    m("4 21:10", "p_lv_mom", "好的谢谢莫老师")

    # ---- day 5, Fri
    m("5 07:15", "p_xiang_nai", "谭老师早上好今天向阳穿的是他哥哥的校服有点大您别怪他", hn=True)
    m("5 08:00", "p_wei_waipo", "早安 周末快乐 平安吉祥", "chat", kind="image")
    m("5 10:00", "t_tan", "学校“最美书香班级”评选在学校官网投票，每人每天一票，欢迎家长为二（1）班投票：https://www.lxzx.edu.cn/vote/2026sxbj", k="svote", hn=True)
    m("5 10:05", "p_yang_dad", "投了💪 二一班加油！", re_="svote", hn=True)
    m("5 10:20", "p_lu_mom", "也帮我家侄子投一下吧，他在县实验小学参加小主播比赛，3号，每天能投5次 t.cn/A6hQz9Rk", "ad link", k="pvote")
    m("5 10:25", "p_liang_yeye", "给3号投了五票", "chat", re_="pvote")
    m("5 11:00", "t_tan", "提醒大家，私人拉票请不要发在班级群，谢谢理解。", hn=True)
    m("5 15:00", "p_xie_mom", "孩子暑假想报个书法班，看到这个网站说是官方的，家长们看看靠谱吗 lxzx-edu.cn.kcbm.top/shufa", "link", k="fake")
    m("5 15:10", "t_tan", "雨涵妈妈，这不是学校网站，学校官网是lxzx.edu.cn，这种仿冒网站千万别填信息。", re_="fake", hn=True)
    m("5 16:00", "t_tan", "周末作业：读一本喜欢的绘本，讲给家里人听。下周一交涂氟回访单。祝大家周末愉快！", k="wk", hn=True)
    m("5 16:02", "p_li_mom", "谢谢谭老师～", "ack_reply", re_="wk")
    m("5 21:30", "p_long_dad", "刚刷到的，咱们镇今晚十点以后停水两天，大家赶紧存水！！", "rumor")
    m("5 21:40", "p_yang_dad", "自来水公司公众号没发，别慌，可能说的是别的镇")

    # ---- everyday traffic (laid out by time among the episodes above)
    m("1 07:50", "p_tang_mom", "谭老师，同意书我晚上签好，明早让甜甜带去", re_="fl")
    m("1 09:00", "p_meng_mom", "罗老师，家豪的口算本用完了，学校小卖部有卖吗？", k="kb")
    m("1 09:10", "t_luo", "有的，两块钱一本，也可以到镇上文具店买。", re_="kb")
    m("2 08:00", "p_liang_yeye", "谭老师梁晓今天早上起来有点发烧我带他去卫生院看看请一天假")
    m("2 08:05", "t_tan", "好的梁晓爷爷，看完医生跟我说一声。")
    m("3 07:40", "p_lv_mom", "莫老师，白色运动鞋一定要全白吗？星辰的鞋边上有一点蓝色", re_="cloth", k="shoe")
    m("3 07:50", "t_mo", "没关系，大体是白色就行。", re_="shoe")
    m("3 16:00", "t_tan", "今天写字课，孩子们的字进步很大，这几位同学的作业贴到了展示墙上。", kind="image", k="wall")
    m("3 16:05", "p_zhou_mom", "周晴说她的字也贴上去了，回家高兴得不得了，谢谢谭老师！", re_="wall", hn=True)
    m("4 11:00", "p_he_dad", "谭老师，丰收的涂氟回访单丢了，能再给一张吗？", k="form2", hn=True)
    m("4 11:05", "t_tan", "可以，明天让他来我办公室拿。", re_="form2")
    m("5 07:30", "p_tian_yeye", "谭老师田野今天我送他去了放学还是我来接", hn=True)
    m("5 07:35", "t_tan", "好的爷爷，放学在校门口等就行。")
    m("5 12:00", "p_nong_mom", "谭老师，绘本家里没有，学校图书室能借吗？", k="lib")
    m("5 12:10", "t_tan", "可以借，让心怡中午找图书管理员，每人能借两本。", re_="lib")
    m("5 12:11", "p_nong_mom", "太好了，谢谢谭老师！", hn=True)
    return g


GROUPS.append(f7)


# =============================================================================
# f8 - 启明国际双语学校 (a bilingual school), 一年级(3)班, Matrix,
#      quiet 20:00-07:00
# =============================================================================
def f8():
    g = Group("f8", "启明国际双语学校", "一年级(3)班", 1, "matrix", ("20:00", "07:00"),
              ["qmbl.edu.cn", "smartedu.cn"], "2026-10-12")
    g.teacher("t_he", "何静", "语文", "head_teacher")
    g.teacher("t_emma", "吴艾玛", "英语")
    g.teacher("t_xu", "徐志远", "数学")
    g.teacher("t_bai", "白雪", "体育")
    g.supervisor = "p_zhang_dad"
    S = g.student
    S("张亦辰", ("p_zhang_dad", "爸爸"))
    S("安心", ("p_an_mom", "妈妈"), ("p_an_waigong", "外公"))
    S("丁香", ("p_dingx_mom", "妈妈"))
    S("蓝天", ("p_lan_dad", "爸爸"))
    S("林一一", ("p_lin_mom", "妈妈"))
    S("高远", ("p_gao_dad", "爸爸"))
    S("欧阳朵朵", ("p_ouyang_mom", "妈妈"))
    S("许嘉树", ("p_xu_mom", "妈妈"))
    S("陶然", ("p_tao_dad", "爸爸"))
    S("聂小满", ("p_nie_mom", "妈妈"))
    S("柯睿", ("p_ke_dad", "爸爸"))
    S("季晨", ("p_ji_mom", "妈妈"))
    S("骆星河", ("p_luo_mom", "妈妈"))
    S("颜若", ("p_yanr_mom", "妈妈"))
    S("司马逸", ("p_sima_dad", "爸爸"))
    S("邵乐", ("p_shao_mom", "妈妈"))
    S("薛安琪", ("p_xue_mom", "妈妈"))
    S("尹子墨", ("p_yin_dad", "爸爸"))
    S("祁峰", ("p_qi_mom", "妈妈"))
    S("卓雅", ("p_zhuo_mom", "妈妈"))
    M = g.member
    M("t_he", "语文何静（班主任）")
    M("t_emma", "英语Emma吴")
    M("t_xu", "Mr. Xu", bad=True)
    M("t_bai", "体育白雪")
    M("p_zhang_dad", "张亦辰爸爸")
    M("p_an_mom", "安心妈妈")
    M("p_an_waigong", "安心外公", joined={"via": "invite", "by": "p_an_mom", "approved": False})
    M("p_dingx_mom", "丁香妈妈🌸")
    M("p_lan_dad", "蓝天爸爸")
    M("p_lin_mom", "Mia妈妈", bad=True)
    M("p_gao_dad", "高远爸爸")
    M("p_ouyang_mom", "欧阳朵朵妈妈")
    M("p_xu_mom", "嘉树妈", bad=True)
    M("p_tao_dad", "陶然爸爸")
    M("p_nie_mom", "聂小满妈妈")
    M("p_ke_dad", "柯睿爸爸")
    M("p_ji_mom", "季晨妈妈")
    M("p_luo_mom", "骆星河妈妈")
    M("p_yanr_mom", "颜若妈妈")
    M("p_sima_dad", "司马逸爸爸")
    M("p_shao_mom", "邵乐妈妈")
    M("p_xue_mom", "薛安琪妈妈")
    M("p_yin_dad", "尹子墨爸爸")
    M("p_qi_mom", "祁峰妈妈")
    M("p_zhuo_mom", "卓雅妈妈")
    M("x_estate", "滨江置业顾问小陈", joined={"via": "invite", "by": "p_ke_dad", "approved": False})
    M("x_fraud", "一年级(3)班财务处", joined={"via": "qr_code"})
    M("x_spam", "💋同城小雅", joined={"via": "qr_code"})
    m = g.m

    # ---- day 1, Mon
    m("1 06:45", "p_an_mom", "何老师早，安心昨晚做噩梦没睡好，今天可能会有点蔫，麻烦您多留意一下，谢谢！")
    m("1 07:02", "t_he", "各位家长早上好！本周五（10月16日）秋游去滨江湿地公园，需要4位家长志愿者，有意愿的请在下面接龙报名，格式：孩子姓名+家长+手机后四位。", k="jl")
    m("1 07:10", "p_zhang_dad", "1. 张亦辰爸爸 6621", re_="jl", hn=True)
    m("1 07:12", "p_dingx_mom", "1. 张亦辰爸爸 6621\n2. 丁香妈妈 0937", re_="jl", hn=True)
    m("1 07:15", "p_lan_dad", "1. 张亦辰爸爸 6621\n2. 丁香妈妈 0937\n3. 蓝天爸爸 4410（可以开车帮忙运物资）", re_="jl", hn=True)
    m("1 07:30", "p_tao_dad", "1. 张亦辰爸爸 6621\n2. 丁香妈妈 0937\n3. 蓝天爸爸 4410（可以开车帮忙运物资）\n4. 陶然爸爸 1185", re_="jl", hn=True)
    m("1 07:40", "t_he", "志愿者满员啦，谢谢四位家长！", k="full")
    m("1 07:42", "p_gao_dad", "何老师辛苦！", "ack_reply", re_="full")
    m("1 08:20", "t_xu", "Hi all，今天数学回家小任务：和孩子数一数家里有几把椅子、几扇窗，用画图的方式记录下来，不用拍照发群。", k="xu1")
    m("1 08:25", "t_he", "@Mr. Xu 徐老师，群名片麻烦改成“数学徐志远”哦～", re_="xu1")
    m("1 08:40", "t_xu", "Done，谢谢何老师", rename="数学徐志远", hn=True)
    m("1 09:30", "p_lin_mom", "何老师，Mia（林一一）中午在学校不肯午睡，能让她在教室安静看会儿书吗？", k="nap")
    m("1 09:45", "t_he", "一一妈妈，可以的，午休时她可以安静看绘本。麻烦把群名改为“林一一妈妈”～", re_="nap")
    m("1 09:50", "p_lin_mom", "改好了，谢谢何老师🙏", rename="林一一妈妈", hn=True)
    m("1 12:00", "x_estate", "各位家长中午好，启明学校旁边学区房“滨江壹号”最后几套，首付三成，买房送车位，看房加vx：lj_xiaochen88，带孩子来看房还送乐高一套！", "ad", k="house")
    m("1 12:03", "p_ke_dad", "这是我朋友，想换房的可以了解下", "ad", re_="house")
    m("1 12:10", "t_he", "柯睿爸爸，班级群不允许发房产广告，邀请人进群需要我审核，我先把小陈移出了。", re_="house", hn=True)
    m("1 16:00", "t_emma", "Today we learned colors! 请孩子回家用英语说出家里五样东西的颜色，不用拍视频，下节课我会请孩子来说。", k="col")
    m("1 16:02", "p_shao_mom", "Got it! Thanks Emma老师", "ack_reply", re_="col")
    m("1 16:04", "p_xue_mom", "👍🏻", "ack_reply", re_="col")
    m("1 16:10", "p_yin_dad", "Emma老师，孩子说不出来的时候可以先提示中文吗？", re_="col", k="yq")
    m("1 16:20", "t_emma", "可以的，先说中文再一起想英文，以鼓励为主😊", re_="yq")
    m("1 16:21", "p_yin_dad", "Thanks Emma老师!", hn=True)
    m("1 20:30", "p_xu_mom", "请问明天要带水彩笔吗", k="pen")
    m("1 20:35", "p_sima_dad", "要带，明天有美术课", re_="pen")
    m("1 20:36", "p_xu_mom", "谢谢")

    # ---- day 2, Tue
    m("2 07:30", "t_he", "温馨提示：本周起早上7:50前到校，7:50后进校需要在门卫登记。请大家按时送孩子，无需回复。", k="gate")
    m("2 07:31", "p_ji_mom", "好的何老师", "ack_reply", re_="gate")
    m("2 07:32", "p_qi_mom", "已读～", "ack_reply", re_="gate")
    m("2 07:33", "p_nie_mom", "收到，小满这周我都会早点送", re_="gate", hn=True)
    m("2 09:00", "x_fraud", "【启明学校通知】各位家长，本学期教辅资料费及保险费共计380元，请于今天18:00前扫码缴纳，逾期将影响孩子领书 http://qmbl-edu.cn-pay.vip/fee", "illegal link", k="fraud")
    m("2 09:05", "p_luo_mom", "要交380吗？何老师我们要交吗", re_="fraud", hn=True)
    m("2 09:10", "t_he", "【防骗提醒】这是假冒的收费信息！学校所有收费只通过学校缴费平台，从不在群里发二维码或链接，请大家千万不要点，已把该账号移出。", re_="fraud", hn=True)
    m("2 09:12", "p_zhang_dad", "大家注意啊，我差点就点进去了，幸亏何老师提醒", hn=True)
    m("2 12:00", "t_bai", "体育课通知：下周一开始每天大课间跳绳，请给孩子准备一根短跳绳，长度到腋下就行。学校小卖部不卖，家长自行准备。", k="rope")
    m("2 12:05", "p_ouyang_mom", "白老师，哪种跳绳好？有推荐吗", re_="rope", k="rq")
    m("2 12:10", "t_bai", "普通的竹节跳绳或者带计数的都行，十几块钱的就够用，不用买贵的。", re_="rq", hn=True)
    m("2 12:15", "p_tao_dad", "我刚在某东买了一根带计数的才19块9，质量还行，链接发大家 https://item.jd.com/100045231.html", "link")
    m("2 12:30", "p_yanr_mom", "双十一快到了，有没有一起拼单买纸尿裤、湿巾的，我来开团，满减叠券超划算", "ad", k="pin")
    m("2 12:32", "p_ouyang_mom", "我要！拉我一个", "chat", re_="pin")
    m("2 12:40", "t_he", "双十一拼单的话请家长们私下约哈，群里只聊孩子的事～", re_="pin", hn=True)
    m("2 17:00", "t_he", "今天拼音小测全班都完成得不错，平均96分！老师给每个孩子都贴了小红花🌺", hn=True)
    m("2 17:05", "t_emma", "今天英语课表现超棒的小朋友：安心、高远、陶然，奖励Super Star贴纸⭐", k="star", hn=True)
    m("2 17:10", "p_an_mom", "哈哈，安心回家一直在显摆她的贴纸，谢谢Emma老师！", re_="star", hn=True)
    m("2 17:20", "p_gao_dad", "何老师，拼音小测我家高远考了多少分呀？", k="gq", hn=True)
    m("2 17:30", "t_he", "高远98分，全班第三，很棒！", "ranking", re_="gq")
    m("2 17:35", "p_xue_mom", "那第一第二是谁啊，想让孩子学习学习😄", hn=True)
    m("2 17:40", "t_he", "成绩和名次不在群里公布哦，刚才我说多了，抱歉，个人情况请私信我。", hn=True)
    m("2 18:00", "p_sima_dad", "有没有看昨晚S赛的，T1又赢了，Faker yyds", "chat", k="lol")
    m("2 18:02", "p_yin_dad", "看了！熬到两点，今天上班困死了😂", "chat", re_="lol")

    # ---- day 3, Wed
    m("3 07:20", "p_an_waigong", "", kind="voice")
    m("3 07:25", "p_an_waigong", "何老师你好我是安心的外公她妈妈出差这几天我来接送下午几点放学", k="wg", hn=True)
    m("3 07:35", "t_he", "外公您好，一年级下午3:40放学，在东门接。安心妈妈，下次拉家人进群先跟我说一声哈。", re_="wg")
    m("3 09:00", "x_spam", "寂寞的时候点这里，同城约会，真人视频聊天，宝爸专享👉 http://xy69.love/app", "illegal link", k="spam")
    m("3 09:05", "p_zhang_dad", "@语文何静（班主任） 又混进来一个，赶紧踢掉", re_="spam", hn=True)
    m("3 09:06", "t_he", "已移出，今后进群一律要我审核，大家别点陌生链接。", hn=True)
    m("3 10:30", "p_xu_mom", "何老师，想请教一下，嘉树从开学到现在每天早上在校门口都哭，拉着我不放，晚上也要抱着我才睡得着，他说怕老师、怕上厕所来不及，在家一提上学就肚子疼，我们两口子轮流请假送他，真的快撑不下去了…", "private_matter", k="js")
    m("3 10:50", "t_he", "嘉树妈妈，嘉树进教室后情绪很快就好了，中午吃饭也很香。我已经跟他约好，想上厕所可以直接举手。早上送到门口建议您别停留太久，说好放学谁来接，他会慢慢适应的……", "private_matter", re_="js")
    m("3 10:55", "p_dingx_mom", "嘉树妈妈抱抱，我家丁香上幼儿园时也哭了一个月，后来我们每天在门口拉个小勾，说好放学第一个来接，慢慢就好了", "private_matter", re_="js")
    m("3 11:00", "t_he", "大家有经验可以私下和嘉树妈妈交流哈，群里就不展开了。", hn=True)
    m("3 14:00", "p_qi_mom", "转发：秋天多吃这5种食物，孩子少感冒、长得高，医生都在偷偷吃！", "chat")
    m("3 15:30", "t_bai", "今天体育课，骆星河和祁峰追跑时撞在一起，骆星河额头磕了个包，已经冰敷处理，校医看过没有大碍，家长放学注意观察。", "student_privacy", k="bump")
    m("3 15:35", "p_luo_mom", "白老师，谢谢您及时处理，我下午早点去接她", re_="bump", hn=True)
    m("3 15:36", "p_qi_mom", "对不起星河妈妈，祁峰回家我好好说他", re_="bump", hn=True)
    m("3 16:40", "p_nie_mom", "何老师，小满说今天尹子墨抢她橡皮还推了她一下，麻烦您明天了解一下", "student_privacy")
    m("3 16:50", "t_he", "小满妈妈，我明天问问两个孩子，之后私信您。", hn=True)
    m("3 17:30", "p_sima_dad", "说句不好听的，一学期学费十几万，请的英语老师连教师资格证都没有，那点口语我都比她强，学校就是拿双语当噱头圈钱", "slander", k="sl")
    m("3 17:35", "p_gao_dad", "司马逸爸爸，Emma老师是剑桥毕业的，资质学校官网都有公示，别乱说。", "dispute", re_="sl", k="sl2")
    m("3 17:40", "p_sima_dad", "官网公示你也信？你是学校请的托吧，天真", "abuse dispute", re_="sl2", k="sl3")
    m("3 17:45", "p_gao_dad", "你这人真是不可理喻，懒得理你", "abuse dispute", re_="sl3")
    m("3 17:50", "t_he", "两位爸爸，外教和老师的资质问题我请学校国际部明天给大家书面说明，有疑问可以随时私信我，群里先到这里好吗？", hn=True)
    m("3 18:00", "p_sima_dad", "行，那大家明天都别让孩子上英语课了，一起表个态，看学校怎么回应", "incitement", k="boy")
    m("3 18:05", "p_zhang_dad", "司马逸爸爸，孩子的课还是要上的，资质的事等学校明天回复，我也会跟进。", re_="boy", hn=True)

    # ---- day 4, Thu
    m("4 07:10", "t_he", "明天秋游：7:45到校，穿校服和运动鞋，带午饭、水和一个垃圾袋。孩子参加的请在下面回复1，不参加的私信我。", k="one")
    m("4 07:12", "p_an_mom", "1", re_="one", hn=True)
    m("4 07:12", "p_zhang_dad", "1", re_="one", hn=True)
    m("4 07:13", "p_dingx_mom", "1", re_="one", hn=True)
    m("4 07:15", "p_ji_mom", "1", re_="one", hn=True)
    m("4 07:20", "p_ouyang_mom", "1 朵朵期待一整周了😆", re_="one", hn=True)
    m("4 09:00", "p_ke_dad", "刚刷到区教育局的消息，说下学期起一年级取消期末考试，英语课也要砍掉一半，已经定了", "rumor", k="r1")
    m("4 09:05", "p_shao_mom", "何老师，这个是真的吗？英语课真的要减吗？", re_="r1", hn=True)
    m("4 09:20", "t_he", "目前没有接到相关文件。一年级本来就不进行纸笔期末考试，这是之前就实行的；英语课时按学校课程计划不变，请以学校官方公众号为准。", re_="r1", hn=True)
    m("4 12:00", "t_he", "启明学校家长课堂：如何帮助一年级新生适应校园生活 https://www.qmbl.edu.cn/parents/2026/1015", kind="link_card", k="art", hn=True)
    m("4 12:05", "p_nie_mom", "感谢分享🙏", "ack_reply", re_="art")
    m("4 12:06", "p_ji_mom", "谢谢何老师分享，收藏了", "ack_reply", re_="art")
    m("4 15:00", "p_tao_dad", "明天秋游有家长开车的吗？能顺路带一下陶然吗，我早上开会走不开", k="car")
    m("4 15:05", "p_lan_dad", "我可以带，7:30在小区门口等", re_="car")
    m("4 19:55", "t_emma", "Reminder: 明天秋游不上英语课，颜色练习周一再交。", k="rem", hn=True)
    m("4 20:00:00", "p_shao_mom", "Emma老师，周一交的是画还是录音？", re_="rem", k="sq")
    m("4 20:10", "t_emma", "画就可以～", re_="sq")
    m("4 20:30", "p_sima_dad", "白天那事我不多说了，但我保留意见，这学校真让人失望", "dispute")

    # ---- day 5, Fri
    m("5 06:30", "t_he", "【紧急】今早滨江路发生交通事故封路，秋游大巴改从学校北门出发，集合时间不变7:45，请家长送到北门。看到请回复“收到”。", k="north", urgent=True, hn=True)
    m("5 06:32", "p_an_mom", "收到啦", re_="north", urgent=True, hn=True)
    m("5 06:33", "p_lan_dad", "收到何老师", re_="north", urgent=True, hn=True)
    m("5 06:35", "p_tao_dad", "北门那边能停车吗？", re_="north", k="park")
    m("5 06:50", "t_he", "北门旁边有临时停车位。", re_="park")
    m("5 10:30", "t_he", "秋游啦🍁孩子们在湿地公园观察芦苇和白鹭", kind="image", k="trip")
    m("5 10:31", "t_he", "", kind="image", hn=True)
    m("5 10:31", "t_he", "", kind="image", hn=True)
    m("5 10:35", "p_xue_mom", "好可爱😍", "ack_reply", re_="trip")
    m("5 12:00", "p_yanr_mom", "姐妹们帮我砍一刀🙏", "ad")
    m("5 12:01", "p_yanr_mom", "姐妹们帮我砍一刀🙏🙏", "ad")
    m("5 12:01", "p_yanr_mom", "姐妹们 帮我砍一刀！", "ad flood")
    m("5 12:02", "p_yanr_mom", "姐妹们帮我砍一刀", "ad flood")
    m("5 12:03", "p_yanr_mom", "姐妹们帮我砍一刀🙏", "ad flood", k="kan")
    m("5 12:10", "p_zhang_dad", "颜若妈妈，刷屏了哈，砍价的私下发吧", re_="kan", hn=True)
    m("5 12:12", "p_ouyang_mom", "砍好了～", "chat", re_="kan")
    m("5 15:30", "t_he", "秋游圆满结束，孩子们都已安全返校🎉 下周一正常上课。", k="back")
    m("5 15:32", "p_ke_dad", "何老师和志愿者们辛苦了👏", "ack_reply", re_="back")
    m("5 15:40", "p_lan_dad", "蓝天回来说何老师带他们认了十种鸟，何老师牛X", "abuse", re_="back")
    m("5 16:00", "p_qi_mom", "周末愉快各位！有没有一起带娃去看《熊出没》新电影的？听说超好看", "chat")
    m("5 16:30", "p_yanr_mom", "说实话，班里小组长全是家委会家的孩子，何老师偏心也太明显了吧", "slander", k="fav")
    m("5 16:40", "t_he", "颜若妈妈，小组长是每两周轮换的，下一轮名单周一公布，有想法欢迎私信我。", re_="fav", hn=True)

    # ---- day 6, Sat
    m("6 10:00", "p_luo_mom", "星河额头的包已经消了，谢谢白老师和校医周三的处理🙏", hn=True)
    m("6 10:20", "p_yin_dad", "tx大家一下，下周一开始大课间跳绳，记得给娃带跳绳哈", hn=True)
    m("6 11:00", "p_gao_dad", "高远说这次拼音小测满分的是卓雅和季晨，都是100，他差两分，回家还挺不服气的😂", "ranking")
    m("6 21:00", "p_xue_mom", "听隔壁班家长说，下学期校车费要涨到每月800，学校已经定了", "rumor")
    m("6 21:05", "p_zhuo_mom", "zsbd，明天周日大家好好休息～", "chat")

    # ---- everyday traffic (laid out by time among the episodes above)
    m("1 10:30", "p_ouyang_mom", "何老师，朵朵的水杯盖子坏了，今天先用一次性杯子可以吗", k="cup")
    m("1 10:40", "t_he", "可以，教室里有备用纸杯。", re_="cup")
    m("1 17:00", "t_xu", "明天数学课要用小棒，每位同学带20根，用橡皮筋捆好贴上名字。", k="sticks")
    m("1 17:10", "p_ke_dad", "徐老师，小棒是那种塑料计数棒，还是冰棍棍就行？", re_="sticks", k="stq")
    m("1 17:15", "t_xu", "都可以，冰棍棍也行。", re_="stq")
    m("2 08:30", "p_zhuo_mom", "何老师早，卓雅今天去打流感疫苗，上午第二节课后我来接，下午送回。", k="vac")
    m("2 08:35", "t_he", "好的，到门口给我打电话。", re_="vac")
    m("3 12:30", "p_ji_mom", "Emma老师，季晨说今天学了一首颜色的歌，歌名叫什么呀？想在家陪她听", k="song")
    m("3 12:40", "t_emma", "是《I Can Sing a Rainbow》，学校的英语学习平台上能找到～", re_="song")
    m("3 12:41", "p_ji_mom", "Thanks！", hn=True)
    m("4 16:00", "p_shao_mom", "请问明天秋游需要带坐垫吗？", re_="one", k="mat")
    m("4 16:05", "t_he", "带一张小野餐垫或者报纸就可以。", re_="mat")
    m("5 17:00", "t_he", "下周一起分批进行视力筛查，结果会单独发给各位家长，不在群里公布。", k="eye", hn=True)
    m("5 17:10", "p_lin_mom", "何老师，一一上次查出来有点散光，这次需要戴眼镜去测吗？", re_="eye", k="eyeq", hn=True)
    m("5 17:15", "t_he", "需要的，戴着眼镜来测。", re_="eyeq")
    m("6 09:00", "p_dingx_mom", "周末的亲子阅读单是周一交还是周二交啊？", k="read")
    m("6 09:20", "p_an_mom", "周一交，何老师周五放学时说的～", re_="read")
    return g


GROUPS.append(f8)


def main():
    groups = [f() for f in GROUPS]
    os.makedirs(os.path.join(OUT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "transcripts"), exist_ok=True)
    cfg = {"groups": {g.gid: g.config() for g in groups}}
    lines = ["# groups f5-f8 of the final evaluation corpus (written by build/build_b.py)",
             "groups:"]
    for g in groups:
        c = g.config()
        lines += [f"  {g.gid}:",
                  f"    school: {c['school']}",
                  f"    class: {c['class']}",
                  f"    grade: {c['grade']}",
                  f"    platform: {c['platform']}",
                  f"    timezone: {c['timezone']}",
                  f"    quiet_hours: {{start: \"{g.quiet[0]}\", end: \"{g.quiet[1]}\"}}",
                  f"    allowed_link_domains: [{', '.join(c['allowed_link_domains'])}]",
                  f"    transcript: {c['transcript']}",
                  f"    roster: {c['roster']}"]
    with open(os.path.join(OUT, "groups_b.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    loaded = yaml.safe_load(open(os.path.join(OUT, "groups_b.yaml"), encoding="utf-8"))
    assert loaded == cfg, "groups_b.yaml does not round-trip"
    allmsgs = {}
    for g in groups:
        msgs = g.build()
        allmsgs[g.gid] = msgs
        with open(os.path.join(OUT, "rosters", f"{g.gid}.yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(g.roster(), fh, allow_unicode=True, sort_keys=False, width=200)
        with open(os.path.join(OUT, "transcripts", f"{g.gid}.jsonl"), "w", encoding="utf-8") as fh:
            for o in msgs:
                fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    validate(groups)


def validate(groups):
    """Re-read what was written and check it independently of the builder."""
    cfg = yaml.safe_load(open(os.path.join(OUT, "groups_b.yaml"), encoding="utf-8"))["groups"]
    total, clean, hard = 0, 0, 0
    per_cat = {c: 0 for c in CATS}
    per_group = {}
    keys = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect",
            "hard_negative"]
    ids = set()
    for gid, gc in cfg.items():
        assert gc["timezone"] == "Asia/Shanghai" and gc["platform"] in ("wechat", "qq", "matrix")
        ro = yaml.safe_load(open(os.path.join(OUT, gc["roster"]), encoding="utf-8"))
        assert ro["group"] == gid and set(ro) == {"group", "school", "class", "roster", "members"}
        member_ids = {m["id"] for m in ro["members"]}
        assert len(member_ids) == len(ro["members"]), "duplicate member"
        prev = None
        seen_ids = []
        n = 0
        cat_g = {c: 0 for c in CATS}
        for ln, line in enumerate(open(os.path.join(OUT, gc["transcript"]), encoding="utf-8"), 1):
            o = json.loads(line)
            where = f"{gc['transcript']}:{ln}"
            assert list(o) == keys, (where, list(o))
            assert o["group"] == gid, where
            assert o["id"] == f"{gid}-{ln:04d}" and o["id"] not in ids, where
            ids.add(o["id"])
            t = dt.datetime.fromisoformat(o["ts"])
            assert o["ts"].endswith("+08:00"), where
            assert prev is None or t >= prev, (where, "ts order")
            prev = t
            assert o["sender"] in member_ids, (where, "unknown sender")
            assert o["reply_to"] is None or o["reply_to"] in seen_ids, (where, "reply_to")
            assert all(c in CATS for c in o["expect"]), where
            assert isinstance(o["hard_negative"], bool)
            assert not (o["hard_negative"] and o["expect"]), where
            seen_ids.append(o["id"])
            n += 1
            total += 1
            if not o["expect"]:
                clean += 1
            if o["hard_negative"]:
                hard += 1
            for c in o["expect"]:
                per_cat[c] += 1
                cat_g[c] += 1
        per_group[gid] = (n, cat_g)
    print(f"groups: {', '.join(per_group)}")
    for gid, (n, cg) in per_group.items():
        nz = {c: v for c, v in cg.items() if v}
        print(f"  {gid}: {n} messages; " + ", ".join(f"{c} {v}" for c, v in nz.items()))
    print(f"total {total}, clean {clean} ({clean / total:.0%}), positive {total - clean}, "
          f"hard negatives {hard}")
    print("positives per category:")
    for c in CATS:
        flag = "" if per_cat[c] >= 8 else "   <-- fewer than 8"
        print(f"  {c:16s} {per_cat[c]:3d}{flag}")


if __name__ == "__main__":
    main()
