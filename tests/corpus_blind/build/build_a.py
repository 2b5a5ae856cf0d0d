"""Build the blind evaluation groups b1-b4 (writer A).

Every message below is hand-written; labels are hand-set per message. The script
derives only:
  * quiet_hours from the timestamp and the group's window (unless the message carries
    the explicit urgent-exemption flag ``urg``),
  * membership / nickname / invite on a member's first message, from the roster and
    the member records.
Run:  /work/main/.venv/bin/python tests/corpus_blind/build/build_a.py
"""
from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
TZ = timezone(timedelta(hours=8))

VOCAB = [
    "membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
    "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
    "student_privacy", "private_matter", "quiet_hours", "dispute",
]
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长"]


def m(t, s, text="", lab="", k="text", r=None, tag=None, hn=0, urg=0, name=None):
    """One message: time, sender, text, hand labels, kind, reply target, ..."""
    return dict(t=t, s=s, text=text, lab=lab.split(), k=k, r=r, tag=tag, hn=hn,
                urg=urg, name=name)


class Group:
    def __init__(self, gid, school, klass, grade, platform, quiet, domains,
                 teachers, students, supervisor, outsiders, overrides):
        self.gid, self.school, self.klass, self.grade = gid, school, klass, grade
        self.platform, self.quiet, self.domains = platform, quiet, domains
        self.teachers = teachers          # (id, name, subject, role, display)
        self.students = students          # (name, [(gid, relation), ...])
        self.supervisor = supervisor
        self.outsiders = outsiders        # (id, display, joined)
        self.overrides = overrides        # member id -> extra/override fields
        self.days = []

    def day(self, date, msgs):
        self.days.append((date, msgs))

    # roster ---------------------------------------------------------------
    def roster_doc(self):
        teachers = [{"id": i, "name": n, "subject": s, "role": r}
                    for i, n, s, r, _ in self.teachers]
        students = [{"name": n, "guardians": [{"id": g, "relation": rel} for g, rel in gs]}
                    for n, gs in self.students]
        members = []
        for i, _, _, _, disp in self.teachers:
            members.append({"id": i, "display_name": disp})
        for n, gs in self.students:
            for g, rel in gs:
                members.append({"id": g, "display_name": n + rel})
        for i, disp, joined in self.outsiders:
            rec = {"id": i, "display_name": disp}
            if joined:
                rec["joined"] = joined
            members.append(rec)
        for rec in members:
            rec.update(self.overrides.get(rec["id"], {}))
        return {"group": self.gid, "school": self.school, "class": self.klass,
                "roster": {"teachers": teachers, "supervisor": self.supervisor,
                           "students": students},
                "members": members}

    # labels derived from member records -------------------------------------
    def first_message_labels(self, sender, display):
        teacher = {i: (s, r) for i, _, s, r, _ in self.teachers}
        children = {}
        for n, gs in self.students:
            for g, _ in gs:
                children.setdefault(g, []).append(n)
        member = {r["id"]: r for r in self.roster_doc()["members"]}[sender]
        labels = []
        rostered = sender in teacher or sender in children
        if not rostered:
            labels.append("membership")
        elif sender in teacher:
            if teacher[sender][0] not in display:
                labels.append("nickname")
        else:
            ok = any(c in display and any(rel in display for rel in RELATIONS)
                     for c in children[sender])
            if not ok:
                labels.append("nickname")
        joined = member.get("joined") or {}
        admins = {i for i, (_, r) in teacher.items() if r == "head_teacher"}
        if (joined.get("via") == "invite" and not joined.get("approved", False)
                and joined.get("by") not in admins):
            labels.append("invite")
        return labels

    def in_quiet(self, dt):
        hm = dt.strftime("%H:%M")
        start, end = self.quiet
        if start > end:
            return hm >= start or hm < end
        return start <= hm < end

    # transcript -------------------------------------------------------------
    def build(self):
        rnd = random.Random(self.gid)
        members = {r["id"]: r for r in self.roster_doc()["members"]}
        names = {i: r["display_name"] for i, r in members.items()}
        seen = set()
        tags = {}
        out = []
        last = None
        for date, msgs in self.days:
            for msg in msgs:
                t = msg["t"]
                if len(t) == 5:
                    base = datetime.fromisoformat(f"{date}T{t}:00").replace(tzinfo=TZ)
                    dt = base + timedelta(seconds=rnd.randint(0, 50))
                    if last and dt < last:
                        dt = last + timedelta(seconds=rnd.randint(3, 9))
                        if dt.strftime("%H:%M") != t:
                            dt = last
                else:
                    dt = datetime.fromisoformat(f"{date}T{t}").replace(tzinfo=TZ)
                if last and dt < last:
                    sys.exit(f"{self.gid}: time goes back at {date} {t} {msg['text'][:20]}")
                if len(t) == 5 and dt.strftime("%H:%M") != t:
                    sys.exit(f"{self.gid}: minute drift at {date} {t}")
                last = dt
                sender = msg["s"]
                if sender not in members:
                    sys.exit(f"{self.gid}: unknown sender {sender}")
                if msg["name"]:
                    names[sender] = msg["name"]
                mid = f"{self.gid}-{len(out) + 1:04d}"
                labels = list(msg["lab"])
                for lab in labels:
                    if lab not in VOCAB:
                        sys.exit(f"{self.gid}: bad label {lab} in {msg['text'][:20]}")
                    if lab in ("quiet_hours", "membership", "nickname", "invite"):
                        sys.exit(f"{self.gid}: derived label set by hand: {msg['text'][:20]}")
                if sender not in seen:
                    seen.add(sender)
                    labels += self.first_message_labels(sender, names[sender])
                if self.in_quiet(dt) and not msg["urg"]:
                    labels.append("quiet_hours")
                if msg["urg"] and not self.in_quiet(dt):
                    sys.exit(f"{self.gid}: urgent flag outside window {mid}")
                labels = [c for c in VOCAB if c in labels]
                reply = None
                if msg["r"] == "^":
                    reply = out[-1]["id"]
                elif msg["r"]:
                    reply = tags[msg["r"]]
                rec = {"id": mid, "ts": dt.isoformat(), "group": self.gid,
                       "sender": sender, "name": names[sender], "text": msg["text"],
                       "kind": msg["k"], "reply_to": reply, "expect": labels}
                if msg["hn"]:
                    if labels:
                        print(f"warning: hard negative not clean {mid} {labels} {msg['text'][:30]}")
                    else:
                        rec["hard_negative"] = True
                if msg["tag"]:
                    tags[msg["tag"]] = mid
                out.append(rec)
        return out

    def group_doc(self):
        return {"school": self.school, "class": self.klass, "grade": self.grade,
                "platform": self.platform, "timezone": "Asia/Shanghai",
                "quiet_hours": {"start": self.quiet[0], "end": self.quiet[1]},
                "allowed_link_domains": self.domains,
                "transcript": f"transcripts/{self.gid}.jsonl",
                "roster": f"rosters/{self.gid}.yaml"}


GROUPS: list[Group] = []


# ===========================================================================
# b1 梧桐湾第二小学 二年级(3)班 — wechat, quiet 20:00-07:00
# ===========================================================================
b1 = Group(
    "b1", "梧桐湾第二小学", "二年级(3)班", 2, "wechat", ("20:00", "07:00"),
    ["wtw2x.edu.cn", "smartedu.cn"],
    teachers=[
        ("t_shen", "沈佳慧", "语文", "head_teacher", "语文沈佳慧（班主任）"),
        ("t_ma", "马骏", "数学", "teacher", "数学马骏"),
        ("t_he", "何婷", "英语", "teacher", "何老师"),
        ("t_luo", "罗志强", "体育", "teacher", "体育罗老师"),
    ],
    students=[
        ("王一凡", [("p_wangyf_mom", "妈妈"), ("p_wangyf_nainai", "奶奶")]),
        ("李天乐", [("p_lit_mom", "妈妈")]),
        ("陈安心", [("p_chenax_dad", "爸爸")]),
        ("赵欣然", [("p_zhaoxr_mom", "妈妈")]),
        ("刘子墨", [("p_liuzm_mom", "妈妈")]),
        ("孙浩宇", [("p_sunhy_mom", "妈妈"), ("p_sunhy_dad", "爸爸")]),
        ("周如意", [("p_zhouru_waipo", "外婆")]),
        ("吴思远", [("p_wusy_mom", "妈妈")]),
        ("郑可馨", [("p_zhengkx_mom", "妈妈")]),
        ("黄梓涵", [("p_huangzh_mom", "妈妈")]),
        ("徐晨阳", [("p_xucy_dad", "爸爸")]),
        ("胡嘉怡", [("p_hujy_mom", "妈妈")]),
        ("朱俊熙", [("p_zhujx_mom", "妈妈")]),
        ("高铭泽", [("p_gaomz_dad", "爸爸")]),
        ("林诗琪", [("p_linsq_mom", "妈妈")]),
        ("何宇航", [("p_heyh_mom", "妈妈")]),
        ("郭一诺", [("p_guoyn_mom", "妈妈")]),
        ("罗子涵", [("p_luozh_mom", "妈妈")]),
        ("梁晓东", [("p_liangxd_yeye", "爷爷")]),
        ("宋雨桐", [("p_songyt_mom", "妈妈")]),
        ("谢明轩", [("p_xiemx_mom", "妈妈")]),
        ("韩佳琪", [("p_hanjq_mom", "妈妈")]),
        ("唐果", [("p_tangg_mom", "妈妈")]),
        ("冯安然", [("p_fengar_mom", "妈妈")]),
    ],
    supervisor="p_zhaoxr_mom",
    outsiders=[
        ("x_guoyn_gugu", "一诺姑姑", {"via": "qr_code"}),
        ("x_tuoguan", "启航托管·周老师", {"via": "qr_code"}),
        ("x_sunhy_jiujiu", "浩宇舅舅", {"via": "invite", "by": "p_sunhy_mom", "approved": False}),
    ],
    overrides={
        "p_lit_mom": {"display_name": "Grace"},
        "p_wusy_mom": {"display_name": "思远妈妈"},
        "p_xucy_dad": {"display_name": "徐先生"},
        "p_tangg_mom": {"display_name": "唐果妈妈🍬"},
        "p_wangyf_nainai": {"joined": {"via": "invite", "by": "p_wangyf_mom", "approved": False}},
    },
)

b1.day("2025-09-15", [
    m("07:02", "t_shen", "各位家长早上好！从今天起早读时间调整为7:40开始，请孩子们7:35前到校，校门口有值周老师。本条无需回复。", tag="n1"),
    m("07:05", "p_zhouru_waipo", "收到了沈老师我们如意今天七点半就出门了走路过去的", r="n1", hn=1),
    m("07:06", "p_hujy_mom", "收到", r="n1", lab="ack_reply"),
    m("07:38", "t_ma", "今日数学作业：\n1. 口算本第12页\n2. 练习册P8-9\n家长检查后在练习册上签字。", tag="hw1"),
    m("07:40", "p_liuzm_mom", "好的马老师", r="hw1", lab="ack_reply"),
    m("07:41", "p_gaomz_dad", "收到👌", lab="ack_reply"),
    m("08:15", "p_huangzh_mom", "马老师，练习册P9第3题是要列竖式吗？孩子问我我也拿不准", tag="q1"),
    m("08:30", "t_ma", "要列竖式，写在题目旁边的空白处就行。", r="q1"),
    m("08:31", "p_huangzh_mom", "好的谢谢马老师", r="^", hn=1),
    m("10:20", "x_guoyn_gugu", "老师好，我是郭一诺的姑姑，这周她爸妈都出差，我负责接送，有事可以打我电话139 1234 5678"),
    m("10:25", "t_shen", "您好，接送时请带好一诺的接送卡，门卫会核对。"),
    m("12:10", "p_tangg_mom", "谁家孩子拿错水杯了？粉色的，杯身上有只小熊，唐果拿回来一个不是她的", k="image", hn=1),
    m("12:30", "p_fengar_mom", "说到水杯，拼夕夕那个316儿童保温杯今天才39，我一口气买了俩[偷笑]", lab="chat"),
    m("12:32", "p_songyt_mom", "哪个哪个 我也要", r="^", lab="chat"),
    m("12:33", "p_fengar_mom", "【拼多多】儿童316不锈钢保温杯 带吸管 https://mobile.yangkeduo.com/goods.html?goods_id=556612", k="link_card", lab="chat link"),
    m("12:40", "t_shen", "各位家长，购物的话题麻烦私下交流哈，群里主要发孩子学习和在校相关的事情，谢谢配合～", hn=1),
    m("14:00", "p_lit_mom", "请问今天下午是几点放学呀？"),
    m("14:05", "p_zhengkx_mom", "周一是三点四十", r="^"),
    m("14:06", "p_lit_mom", "谢谢～", r="^", hn=1),
    m("14:10", "t_shen", "@Grace 您好，麻烦把群昵称改成“李天乐妈妈”，方便老师认人，谢谢！"),
    m("14:12", "p_lit_mom", "改好啦 不好意思沈老师", name="李天乐妈妈"),
    m("16:30", "t_shen", "今天语文课听写了第一单元的词语，大部分孩子掌握得不错，个别错得多的我会单独联系家长，请大家不用担心。", hn=1),
    m("16:35", "t_he", "今天英语单词默写，王一凡 和 孙浩宇 两位同学 都 没过关，请家长晚上带着再读几遍。", lab="student_privacy", tag="pv1"),
    m("16:40", "p_sunhy_mom", "收到何老师，浩宇今晚我一定陪他好好默", r="pv1", hn=1),
    m("16:42", "t_shen", "@何老师 何老师，群名片麻烦改成“英语何婷”哈～另外孩子默写的情况可以私聊家长，咱们不在群里点名。"),
    m("16:45", "t_he", "好的沈老师，我注意。", name="英语何婷"),
    m("19:20", "p_xucy_dad", "老师，孩子练习册落学校了，今天的作业能明天早上补吗"),
    m("19:25", "t_ma", "可以，明早到校先补上。", r="^"),
    m("19:58:30", "p_hanjq_mom", "请问明天要穿校服还是运动服？", tag="q2", hn=1),
    m("20:03", "t_shen", "明天周二有体育课，穿运动服。", r="q2"),
    m("20:05", "p_hanjq_mom", "好的谢谢沈老师", r="^"),
    m("21:30", "x_tuoguan", "各位家长晚上好，打扰了。孩子放学没人接、作业没人看的，可以了解下学校对面的小饭桌，老师都是师范毕业，接回来吃饭写作业一条龙，名额不多，感兴趣的私我 一三八 二二七六 零九一五", lab="ad"),
    m("22:10", "p_wusy_mom", "明天是不是要带彩笔？"),
])

b1.day("2025-09-16", [
    m("06:45", "p_zhouru_waipo", "沈老师早上好如意昨天咳嗽了一晚上今天想请一天假在家休息谢谢老师"),
    m("07:10", "t_shen", "好的外婆，让如意好好休息，多喝温水。", r="^"),
    m("07:30", "t_shen", "【通知】本周五下午2:30举行“我是小小升旗手”主题班会，欢迎有空的家长来参加，参加的请接龙，方便准备座位。\n1. 赵欣然妈妈", tag="jl1"),
    m("07:35", "p_lit_mom", "1. 赵欣然妈妈\n2. 李天乐妈妈", hn=1),
    m("07:41", "p_heyh_mom", "1. 赵欣然妈妈\n2. 李天乐妈妈\n3. 何宇航妈妈", hn=1),
    m("07:50", "p_guoyn_mom", "1. 赵欣然妈妈\n2. 李天乐妈妈\n3. 何宇航妈妈\n4. 郭一诺妈妈（出差回来了）", hn=1),
    m("08:00", "p_chenax_dad", "我们家那天实在请不出假，就不接了，辛苦沈老师多拍几张照片", hn=1),
    m("10:00", "t_luo", "各位家长，下周三秋季运动会，报名表今天发给孩子了，请家长和孩子商量好项目，周四前把报名表交回。", tag="sp1", hn=1),
    m("10:02", "p_liangxd_yeye", "收到罗老师辛苦了", r="sp1", lab="ack_reply"),
    m("10:03", "p_zhengkx_mom", "收到", lab="ack_reply"),
    m("10:05", "p_linsq_mom", "罗老师，诗琪把报名表弄丢了，还能再要一张吗？", tag="q3"),
    m("10:10", "t_luo", "可以，明天让她课间到体育组找我拿。", r="q3"),
    m("10:11", "p_linsq_mom", "好的，谢谢罗老师！", r="^", hn=1),
    m("12:20", "p_guoyn_mom", "中午好[太阳] 新的一天，愿大家都顺顺利利，平平安安", k="image", lab="chat"),
    m("12:40", "p_heyh_mom", "有没有人知道这周六科技馆有没有儿童免费场？想带娃去", lab="chat"),
    m("12:45", "p_gaomz_dad", "要提前在公众号抢票，周四中午放票，手慢无", r="^", lab="chat"),
    m("13:50", "p_zhujx_mom", "", k="voice"),
    m("14:30", "p_sunhy_mom", "沈老师，想跟您说说浩宇最近的情况。他这两个礼拜晚上老做噩梦，半夜哭醒好几次，早上起来就说肚子疼不想上学。问他是不是有同学欺负他，他也不肯说。他爸爸八月份调去外地工作了，可能孩子心里不踏实，作业也拖到十点多才写完，我真的不知道该怎么办了，您在学校看他有没有什么不对劲？", lab="private_matter", tag="pm1"),
    m("14:36", "p_zhaoxr_mom", "浩宇妈妈别太着急，孩子这个年纪家里有变化都会这样，我家欣然去年也是，晚上多陪陪他，睡前读读绘本会好很多", r="pm1", lab="private_matter"),
    m("14:50", "t_shen", "浩宇妈妈，浩宇这两周在学校确实话少了，课间常一个人坐着，上课注意力也有些分散，我暂时没发现有同学欺负他。我建议晚上固定时间让爸爸和他视频，作业先完成一部分就表扬，我这边也会多找他聊聊，让同桌多带带他。", r="pm1", lab="private_matter student_privacy"),
    m("14:55", "t_shen", "具体的咱们私聊吧，我加您微信。", hn=1),
    m("15:00", "p_sunhy_mom", "好的谢谢沈老师", hn=1),
    m("16:10", "p_xiemx_mom", "最近给孩子喝的这款益生菌真的绝绝子，明轩以前一个月感冒两回，喝了三个月一次没生病，澳洲直邮的，宝妈们要的可以跟我拼单，比专柜便宜一半多", lab="ad"),
    m("16:12", "p_hanjq_mom", "多少钱一盒呀", r="^", lab="chat"),
    m("16:15", "t_shen", "家长们，群里请不要发产品推荐，谢谢理解。", hn=1),
    m("17:30", "t_ma", "今天数学课堂小测的情况已经私信发给各位家长了，请查收。班级平均分91分，整体不错。", hn=1),
    m("17:35", "p_liuzm_mom", "马老师，我家子墨这次排第几呀？", tag="q4", hn=1),
    m("17:40", "t_ma", "子墨 96 分，在班里排第 6，已经很好了。", r="q4", lab="ranking"),
    m("17:45", "p_hujy_mom", "那满分的是哪几个孩子呀，让嘉怡向他们学习学习", hn=1),
    m("17:50", "p_zhengkx_mom", "听我家可馨说满分的有赵欣然、郭一诺、冯安然三个，可馨才88", r="^", lab="ranking"),
    m("17:52", "t_ma", "各位家长，个人成绩和排名我们不在群里公布，想了解的请私信我，谢谢。", hn=1),
    m("18:20", "x_sunhy_jiujiu", "各位老师家长好，我是浩宇舅舅，姐姐拉我进来帮忙看看通知"),
    m("18:30", "t_shen", "浩宇舅舅您好，班级群只限名册上的家长，麻烦您先退群，有事通过浩宇妈妈联系哈，谢谢理解。", r="^"),
])

b1.day("2025-09-17", [
    m("06:59:30", "p_xucy_dad", "早，外面下雨了，今天还做早操吗"),
    m("07:00:10", "p_tangg_mom", "沈老师早，唐果今天肚子疼，请假一天，谢谢", hn=1),
    m("07:15", "t_shen", "好的，让孩子好好休息。今天下雨早操取消。"),
    m("07:40", "p_wangyf_nainai", "沈老师你好我是一凡奶奶今天是我来接孩子几点放学我在门口等着"),
    m("07:45", "t_shen", "奶奶您好，今天3点40放学，在东门等就行。", r="^"),
    m("09:00", "p_guoyn_mom", "转给大家：这是菩萨开过光的平安符，看到的请转发到8个群，孩子考试门门满分，不转的三天之内家里必有血光之灾，宁可信其有！", lab="illegal"),
    m("09:05", "t_shen", "一诺妈妈，这类转发请不要发到班级群，谢谢。", r="^", hn=1),
    m("09:06", "p_guoyn_mom", "哦哦不好意思，别的群转我的，我撤了"),
    m("10:30", "p_zhujx_mom", "刚刷到的视频，咱们区从下周开始小学全部改成八点半到校，双减新规定，已经定下来了", lab="rumor"),
    m("10:35", "p_huangzh_mom", "真的假的？沈老师，学校有这个通知吗？", hn=1),
    m("10:40", "t_shen", "目前没有接到任何作息调整的通知，一切以学校正式通知为准，请不要转发未经证实的消息。", hn=1),
    m("11:00", "p_gaomz_dad", "我同事孩子学校已经改了，下周肯定轮到我们", lab="rumor"),
    m("12:00", "p_songyt_mom", "今天中午基金又是一片绿 我真服了[捂脸]", lab="chat"),
    m("12:02", "p_chenax_dad", "别看了，越看越亏，我都躺平了", r="^", lab="chat"),
    m("12:03", "p_songyt_mom", "哈哈哈蚌埠住了", lab="chat"),
    m("15:30", "t_luo", "运动会彩排", k="image", tag="ph1"),
    m("15:30", "t_luo", "", k="image"),
    m("15:31", "t_luo", "", k="image"),
    m("15:31", "t_luo", "", k="image", hn=1),
    m("15:35", "p_fengar_mom", "罗老师辛苦了[抱拳]", r="ph1", lab="ack_reply"),
    m("15:36", "p_heyh_mom", "辛苦罗老师👍", lab="ack_reply"),
    m("17:00", "p_wusy_mom", "我就想问一句，为什么每次入场式领队都是那几个孩子？我们家思远在家练了一个暑假的口令，连个机会都没有，说好的公平呢", lab="dispute slander", tag="d1"),
    m("17:05", "p_zhaoxr_mom", "思远妈妈，领队是孩子们自己举手投票选出来的，不是老师指定的，您别误会了", r="d1", lab="dispute"),
    m("17:07", "p_wusy_mom", "投票？谁知道怎么投的。有的家长逢年过节就往办公室跑，大家心里都有数", r="^", lab="dispute slander"),
    m("17:09", "p_zhaoxr_mom", "您这话就难听了，没凭没据的别乱讲", r="^", lab="dispute"),
    m("17:10", "p_wusy_mom", "要你管？你家孩子选上了你当然这么说", r="^", lab="abuse dispute"),
    m("17:15", "t_shen", "两位家长先消消气。领队的选拔过程我晚上单独打电话跟思远妈妈说明，群里就不继续讨论了，谢谢大家。", hn=1),
    m("17:40", "p_xiemx_mom", "【拼多多】我正在免费拿儿童滑板车，就差你帮我砍一刀啦 https://p.pinduoduo.com/kX9s2Lm", k="link_card", lab="ad link"),
    m("17:42", "p_hanjq_mom", "已砍", r="^", lab="chat"),
    m("17:43", "p_tangg_mom", "砍好了，你也帮我砍一下呗", lab="ad"),
    m("19:50", "t_ma", "明天数学课要用小棒和计数器，请家长帮孩子检查一下书包。", tag="n2"),
    m("20:15", "p_liangxd_yeye", "马老师好晓东的计数器找不着了明天能不能跟同学借一个用用", r="n2"),
    m("20:20", "t_ma", "可以的爷爷，我多带几个。", r="^"),
    m("20:40", "p_linsq_mom", "[月亮]各位家长晚安，早点休息哦", k="image", lab="chat"),
])

b1.day("2025-09-18", [
    m("06:20", "t_shen", "【紧急通知】受台风外围影响，气象台发布暴雨黄色预警，今天上午到校时间推迟到9:00，请家长注意出行安全，看到请回复“收到”。", tag="u1", urg=1, hn=1),
    m("06:22", "p_zhengkx_mom", "收到", r="u1", urg=1, hn=1),
    m("06:23", "p_chenax_dad", "收到", urg=1, hn=1),
    m("06:25", "p_hujy_mom", "收到，谢谢沈老师", urg=1, hn=1),
    m("06:30", "p_gaomz_dad", "那下午放学时间变不变？", r="u1", tag="q5"),
    m("06:31", "p_wangyf_mom", "收到收到", r="u1", urg=1, hn=1),
    m("07:05", "t_shen", "放学时间不变。", r="q5"),
    m("07:10", "p_gaomz_dad", "好的谢谢老师", r="^", hn=1),
    m("08:40", "p_zhouru_waipo", "沈老师如意的外套丢了蓝色的带帽子有没有看见"),
    m("08:43", "p_zhouru_waipo", "沈老师如意的外套丢了蓝色的带帽子有没有看见"),
    m("08:47", "p_zhouru_waipo", "沈老师如意的外套丢了，蓝色的带帽子，有没有看见？", lab="flood"),
    m("09:30", "t_shen", "外婆别急，我下课帮您去失物招领处找找。"),
    m("10:00", "p_wangyf_mom", "沈老师，一凡奶奶不太会用手机，我前天把她拉进群了，忘了先跟您说，您看可以吗"),
    m("10:05", "t_shen", "可以的，奶奶是监护人没问题。下次拉人先跟我说一声哈。", r="^"),
    m("11:30", "x_tuoguan", "【秋季新班】二年级数学思维·小班4人，同步提优，试听一节不收费，扫下方二维码领课", k="image", lab="ad"),
    m("11:35", "t_shen", "群里禁止发广告，这位已移出。", hn=1),
    m("13:00", "p_luozh_mom", "罗老师拍的照片也太牛X了吧，跟专业摄影师一样", lab="abuse"),
    m("13:05", "p_songyt_mom", "太牛了，孩子们一个个都好帅", hn=1),
    m("14:00", "p_heyh_mom", "课后服务费这学期又涨了，每个月多收一百多，一个说法都没有，这不就是变相乱收费吗？我建议咱们一起写联名信交给校长，不行就打12345", lab="incitement slander dispute", tag="inc1"),
    m("14:03", "p_gaomz_dad", "算我一个", r="inc1", lab="incitement"),
    m("14:04", "p_xucy_dad", "+1 我也签", r="inc1", lab="incitement"),
    m("14:10", "p_zhaoxr_mom", "课后服务费是区里统一定的价，公示文件学校官网上有，大家有疑问可以先找家委会或者直接问学校，先别急着打电话。", hn=1),
    m("14:12", "t_shen", "收费标准的文件在这里：https://www.wtw2x.edu.cn/gsgg/2025/0912.html ，大家可以看一下，有问题随时问我。", hn=1),
    m("14:20", "p_heyh_mom", "看了，原来是区里统一调的，是我误会了，不好意思"),
    m("16:00", "t_he", "英语作业：听读Unit 2课文三遍，家长在“一起作业”App上打卡。", tag="hw2", hn=1),
    m("16:02", "p_zhujx_mom", "收到何老师", r="hw2", lab="ack_reply"),
    m("16:05", "p_fengar_mom", "何老师，一起作业的打卡入口找不到了，是不是要更新？", tag="q6"),
    m("16:10", "t_he", "要更新到最新版，首页“作业”里就有。", r="q6"),
    m("16:11", "p_fengar_mom", "找到了，谢谢何老师❤", r="^", hn=1),
    m("18:00", "p_lit_mom", "有需要整理收纳的宝妈可以找我哈，家里整理一次顶你自己收拾一个月，群里朋友价，V❤：tianle_mama88", lab="ad"),
    m("19:40", "p_wusy_mom", "昨晚跟沈老师电话沟通过了，我当时也有些话说重了，跟欣然妈妈说声抱歉", hn=1),
    m("19:45", "p_zhaoxr_mom", "没事的，都是为了孩子", r="^"),
    m("21:00", "p_songyt_mom", "深夜放毒，这家烤肉店真的yyds https://m.dianping.com/shop/H8k2Qw", k="link_card", lab="chat link"),
])

b1.day("2025-09-19", [
    m("07:20", "t_shen", "今天下午班会照常，接龙的家长请2:20到教室。另外今天放学前会发《秋季安全教育告知书》，请家长签字后周一让孩子带回。", tag="n3"),
    m("07:22", "p_lit_mom", "好的", r="n3", lab="ack_reply"),
    m("07:23", "p_zhujx_mom", "收到，辛苦沈老师！", lab="ack_reply"),
    m("08:30", "p_guoyn_mom", "沈老师，告知书上的“监护人电话”写爸爸的还是妈妈的都行吗？", tag="q7"),
    m("08:35", "t_shen", "都可以，写最方便联系到的那个。", r="q7"),
    m("08:36", "p_guoyn_mom", "明白了，谢谢老师", r="^", hn=1),
    m("10:00", "p_huangzh_mom", "沈老师在孩子们中间特别有威信，梓涵回家天天“沈老师说”，比我们说话管用多了[捂脸]", hn=1),
    m("11:00", "p_chenax_dad", "我得说一下，孙浩宇 昨天 在楼梯口 又 推了我们家安心，膝盖都磕青了，这已经是第二次了", lab="student_privacy dispute", tag="pv2"),
    m("11:03", "p_sunhy_mom", "安心爸爸，真对不起，我回去一定好好说他，明天带他当面给安心道歉", r="pv2", hn=1),
    m("11:05", "p_chenax_dad", "好的，孩子之间说开了就好"),
    m("11:20", "t_shen", "今天课间我特意看了，孩子们都没有磕碰受伤，请各位家长安心。楼梯口我们也加了值日生。", hn=1),
    m("14:30", "t_shen", "班会：我是小小升旗手", k="image"),
    m("14:30", "t_shen", "", k="image"),
    m("14:31", "t_shen", "", k="image", hn=1),
    m("14:35", "p_zhaoxr_mom", "👍👍", lab="ack_reply"),
    m("15:50", "p_liuzm_mom", "周末有一起去露营的吗？湿地公园那个营地，可以带娃烤串", lab="chat"),
    m("15:52", "p_heyh_mom", "算我一个！哪天去？", r="^", lab="chat"),
    m("16:00", "t_ma", "周末数学作业：完成数学小报《生活中的数》，A4纸，周一交。", tag="hw3"),
    m("16:05", "p_xucy_dad", "收到马老师", r="hw3", lab="ack_reply"),
    m("16:20", "p_hanjq_mom", "求数学小报模板🙏"),
    m("16:21", "p_hanjq_mom", "求数学小报模板！"),
    m("16:23", "p_hanjq_mom", "求数学小报模板", lab="flood"),
    m("16:26", "p_hanjq_mom", "求 数学小报模板～", lab="flood"),
    m("16:30", "p_zhengkx_mom", "我私信发你了", r="^"),
    m("20:30", "p_wangyf_mom", "沈老师，安全告知书我们签好了，周一让一凡带去。"),
    m("22:40", "p_gaomz_dad", "今晚这球踢的，气死我了，又输了", lab="chat"),
    m("22:42", "p_chenax_dad", "意料之中，洗洗睡吧", r="^", lab="chat"),
])

b1.day("2025-09-20", [
    m("09:00", "p_linsq_mom", "早安[太阳]周末愉快！", k="image", lab="chat"),
    m("09:30", "p_zhouru_waipo", "家长们早上好今天天气好带孩子出去走走多晒晒太阳补钙长个子身体棒棒的", lab="chat"),
    m("10:00", "p_xiemx_mom", "有没有要期中考试真题的？我朋友在出题组，考前就能拿到原卷，一份五十，要的私我", lab="illegal ad"),
    m("10:10", "t_shen", "请不要在群里发布这类信息，考试试卷是保密的，所谓“原卷”也请大家不要相信。", hn=1),
])
GROUPS.append(b1)
