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


# ===========================================================================
# b2 柳岸路小学 四年级(1)班 — qq, quiet 21:00-06:30
# ===========================================================================
b2 = Group(
    "b2", "柳岸路小学", "四年级(1)班", 4, "qq", ("21:00", "06:30"),
    ["lianlu-xx.edu.cn"],
    teachers=[
        ("t_fang", "方雪梅", "语文", "head_teacher", "语文方雪梅（班主任）"),
        ("t_cao", "曹磊", "数学", "teacher", "数学曹老师"),
        ("t_amy", "刘宁", "英语", "teacher", "Amy Liu"),
        ("t_qiu", "邱晓", "科学", "teacher", "科学邱晓"),
    ],
    students=[
        ("张梓轩", [("p_zhangzx_dad", "爸爸")]),
        ("许诺", [("p_xun_mom", "妈妈")]),
        ("高远", [("p_gaoy_dad", "爸爸")]),
        ("周全", [("p_zhouq_mom", "妈妈")]),
        ("王文静", [("p_wangwj_mom", "妈妈")]),
        ("李佳音", [("p_lijy_mom", "妈妈")]),
        ("陈子涵", [("p_chenzh_mom", "妈妈")]),
        ("杨思彤", [("p_yangst_mom", "妈妈")]),
        ("刘浩然", [("p_liuhr_dad", "爸爸")]),
        ("赵晨曦", [("p_zhaocx_mom", "妈妈")]),
        ("黄子轩", [("p_huangzx_mom", "妈妈")]),
        ("吴雨萱", [("p_wuyx_mom", "妈妈")]),
        ("孙乐乐", [("p_sunll_nainai", "奶奶")]),
        ("马一鸣", [("p_may_dad", "爸爸")]),
        ("朱欣怡", [("p_zhuxy_mom", "妈妈")]),
        ("胡可可", [("p_hukk_mom", "妈妈")]),
        ("郭俊豪", [("p_guojh_mom", "妈妈")]),
        ("何雨涵", [("p_heyuhan_mom", "妈妈")]),
        ("罗天宇", [("p_luoty_dad", "爸爸")]),
        ("林小满", [("p_linxm_mom", "妈妈")]),
        ("徐子豪", [("p_xuzh_mom", "妈妈")]),
        ("郑美琪", [("p_zhengmq_mom", "妈妈")]),
        ("谢宇轩", [("p_xieyx_mom", "妈妈")]),
        ("韩笑", [("p_hanx_mom", "妈妈")]),
        ("曾可欣", [("p_zengkx_mom", "妈妈")]),
        ("潘睿", [("p_panr_mom", "妈妈"), ("p_panr_yeye", "爷爷")]),
    ],
    supervisor="p_yangst_mom",
    outsiders=[
        ("x_baoxian", "小刘-保险规划", {"via": "qr_code"}),
        ("x_other", "四(3)班 陈浩妈妈", {"via": "invite", "by": "p_hukk_mom", "approved": False}),
        ("x_zhangzx_stu", "梓轩", {"via": "invite", "by": "p_zhangzx_dad", "approved": False}),
    ],
    overrides={
        "p_xieyx_mom": {"display_name": "快乐每一天🌸"},
        "p_wuyx_mom": {"display_name": "A雨萱妈咪"},
        "p_chenzh_mom": {"display_name": "子涵妈妈"},
        "p_panr_yeye": {"joined": {"via": "invite", "by": "p_panr_mom", "approved": False}},
        "p_zengkx_mom": {"joined": {"via": "invite", "by": "p_hanx_mom", "approved": True}},
    },
)

b2.day("2025-10-20", [
    m("06:20", "t_fang", "各位家长早上好，今天大幅降温，请给孩子加件外套。", tag="n1"),
    m("06:30:05", "p_wangwj_mom", "收到，谢谢方老师提醒", r="n1", lab="ack_reply"),
    m("06:40", "p_sunll_nainai", "好的方老师乐乐穿了毛衣还带了件外套", r="n1", hn=1),
    m("07:30", "t_cao", "今天数学作业：第三单元练习卷，订正错题，明天交。", tag="hw1", hn=1),
    m("07:35", "p_liuhr_dad", "收到曹老师", r="hw1", lab="ack_reply"),
    m("07:36", "p_xieyx_mom", "收到", r="hw1", lab="ack_reply"),
    m("07:40", "t_fang", "@快乐每一天🌸 请按“孩子姓名+关系”修改群名片，比如“谢宇轩妈妈”，谢谢配合。"),
    m("07:41", "p_xieyx_mom", "改了改了", name="谢宇轩妈妈"),
    m("08:10", "t_amy", "Good morning! 今天请孩子带英语绘本《Oxford Reading Tree》第3册，课上要用。"),
    m("09:00", "x_baoxian", "各位家长好，打扰一下~孩子在学校磕磕碰碰难免，学平险一年一百出头，意外门诊住院都能报，有兴趣的加我扣扣：三九七五二八一零六", lab="ad"),
    m("09:05", "p_yangst_mom", "@语文方雪梅（班主任） 方老师，这个人好像不是咱班家长", r="^", hn=1),
    m("09:06", "t_fang", "已移出。提醒大家：学校从来没有委托任何人在群里推销保险，学生保险以学校的书面通知为准，请勿轻信。", hn=1),
    m("10:30", "p_zhengmq_mom", "请问今天科学课要带什么材料？孩子说记不清了", tag="q1"),
    m("10:40", "t_qiu", "带一个空塑料瓶和两根吸管，做简易喷泉用。", r="q1"),
    m("10:41", "p_zhengmq_mom", "谢谢邱老师！", r="^", hn=1),
    m("12:15", "p_hukk_mom", "家人们，双十一预售开了，那个学习机定金50抵200，真香", lab="chat"),
    m("12:17", "p_linxm_mom", "哪家的？求链接", r="^", lab="chat"),
    m("12:18", "p_hukk_mom", "【淘宝】××学习机 双11预售 到手立减 https://m.tb.cn/h.5Xq8zpL", k="link_card", lab="chat link"),
    m("12:20", "x_other", "这个我买了，蛮好用的", r="^", lab="chat"),
    m("12:30", "t_fang", "@胡可可妈妈 这位是其他班的家长吧？咱们群只限本班家长，拉人之前麻烦先跟我说一下。"),
    m("12:32", "p_hukk_mom", "啊不好意思方老师，她说想看看咱班的作业，我这就让她退", r="^"),
    m("14:00", "p_gaoy_dad", "我表哥在教育局上班，说下学期开始四年级也要参加区统考，成绩进档案，直接影响小升初", lab="rumor", tag="ru1"),
    m("14:05", "p_chenzh_mom", "天哪，那岂不是得赶紧给孩子报班了？", r="ru1", name="陈子涵妈妈", hn=1),
    m("14:10", "p_zhouq_mom", "方老师，这个是真的吗？有没有正式文件？", r="ru1", hn=1),
    m("14:20", "t_fang", "没有接到任何相关文件，一切以教育局和学校的正式通知为准，请大家不要传播。", hn=1),
    m("14:25", "p_gaoy_dad", "那我再问问，可能是他听岔了", hn=1),
    m("16:30", "t_cao", "第三单元测验成绩表，家长们看一下自己孩子在什么位置", k="image", lab="ranking", tag="rk1"),
    m("16:35", "p_yangst_mom", "曹老师，这个表上有全班的名字和分数，按学校规定不能发在群里，您要不撤回一下？", r="rk1", hn=1),
    m("16:37", "t_cao", "好的，已撤回，谢谢提醒。成绩我单独私发各位。", hn=1),
    m("16:40", "p_luoty_dad", "我截了图哈，前五是 许诺100、周全99、高远98、赵晨曦98、李佳音97", lab="ranking"),
    m("16:42", "t_fang", "罗天宇爸爸，请删除这条，成绩不在群里公布，谢谢。", r="^", hn=1),
    m("16:45", "p_luoty_dad", "好的好的 删了"),
    m("18:30", "p_may_dad", "曹老师，一鸣今天把数学卷子落学校了，订正明天在学校做可以吗", tag="q2", hn=1),
    m("18:35", "t_cao", "可以，明天早读前来找我拿。", r="q2"),
    m("20:45", "p_zhuxy_mom", "请问明天需要带跳绳吗？", tag="q3", hn=1),
    m("20:50", "t_fang", "要带，明天体育课测一分钟跳绳。", r="q3", hn=1),
    m("21:10", "p_hanx_mom", "方老师，孩子说明天要交什么费？多少钱呀", tag="q4"),
    m("21:15", "t_fang", "明天不用交，是下周统一收资料费，到时候会发书面通知。", r="q4"),
    m("23:30", "p_xuzh_mom", "求问：科学的实验报告是写在本子上还是要打印出来？"),
])

b2.day("2025-10-21", [
    m("06:29:40", "p_panr_yeye", "方老师早上好我是潘睿的爷爷以后就由我来接送他爸妈都要上班"),
    m("06:50", "t_fang", "爷爷您好，欢迎！接送请走西门。", r="^"),
    m("07:00", "p_panr_mom", "方老师，爷爷是我拉进来的，没提前跟您说，不好意思"),
    m("07:20", "t_fang", "【通知】周四下午学校组织四年级秋游（植物园），费用已含在研学费中，无需另交。回执单今天发下，请家长签字后明天让孩子交回。", tag="n2"),
    m("07:22", "p_guojh_mom", "收到", r="n2", lab="ack_reply"),
    m("07:22", "p_heyuhan_mom", "好的方老师", r="n2", lab="ack_reply"),
    m("07:30", "p_sunll_nainai", "方老师秋游要不要带饭 乐乐常胃不好 能不能不趣", r="n2"),
    m("07:40", "t_fang", "奶奶，学校统一订午餐。乐乐如果身体不舒服可以请假，提前跟我说就行。", r="^"),
    m("08:30", "p_xuzh_mom", "四年级上册全套练习卷合集，需要的自取 链接: https://pan.baidu.com/s/1aB3cD9kLm 提取码: 8k9m", lab="link"),
    m("08:35", "t_fang", "谢谢子豪妈妈，不过网盘链接群里不发哈，有需要的家长私下交流。", r="^", hn=1),
    m("08:36", "p_xuzh_mom", "好嘞"),
    m("10:00", "p_wuyx_mom", "宝妈们～我家自己做的手工辣酱和腊肠，纯手工无添加，孩子们都爱吃，需要的qq私聊，同号v", lab="ad"),
    m("10:05", "t_fang", "雨萱妈妈，群里不能发售卖信息哦；另外麻烦把群名片改成“吴雨萱妈妈”。", r="^", hn=1),
    m("10:08", "p_wuyx_mom", "好的 抱歉", name="吴雨萱妈妈"),
    m("11:40", "p_zhaocx_mom", "中午好呀～家人们午饭都吃了吗[表情]", lab="chat"),
    m("11:42", "p_lijy_mom", "吃了吃了，我今天点的螺蛳粉，办公室同事都嫌弃我哈哈", r="^", lab="chat"),
    m("13:30", "p_chenzh_mom", "说句实话，咱们学校这个食堂，菜一顿比一顿少，一餐收15块，我看连8块的成本都没有，钱都不知道进了谁的口袋", lab="slander dispute", tag="sl1"),
    m("13:35", "p_liuhr_dad", "就是，上次浩然说鸡腿都是冻过头发臭的，学校还不让孩子回家说", r="sl1", lab="slander"),
    m("13:37", "p_yangst_mom", "食堂的事家委会下个月有陪餐开放日，大家可以报名去看看，有问题我们一起通过正规渠道跟学校反映，群里先别这样说。", hn=1),
    m("13:40", "p_chenzh_mom", "陪餐那天肯定做得好好的，演给家长看的呗", r="^", lab="slander dispute"),
    m("13:45", "t_fang", "子涵妈妈，食堂有具体的问题您可以私聊我，我帮您反映给后勤处。", hn=1),
    m("15:00", "p_gaoy_dad", "这次测验我家高远98，比上次进步了5分，谢谢曹老师这段时间的辛苦", hn=1),
    m("15:30", "t_qiu", "科学作业：观察一株植物一周，记录它每天的变化，可以画图。", tag="hw2"),
    m("15:31", "p_hanx_mom", "收到邱老师", r="hw2", lab="ack_reply"),
    m("15:32", "p_zengkx_mom", "👌", r="hw2", lab="ack_reply"),
    m("15:33", "p_zengkx_mom", "邱老师，可以拍照代替画图吗？", tag="q5"),
    m("15:40", "t_qiu", "可以，拍照后打印出来贴在记录本上。", r="q5"),
    m("15:41", "p_zengkx_mom", "[抱拳]谢谢邱老师", r="^", hn=1),
    m("17:00", "x_zhangzx_stu", "大家好我是张梓轩"),
    m("17:01", "x_zhangzx_stu", "有人吗"),
    m("17:01", "x_zhangzx_stu", "有人吗？"),
    m("17:02", "x_zhangzx_stu", "有人吗！！", lab="flood"),
    m("17:05", "t_fang", "张梓轩同学你好，班级群是家长群，同学不能在里面哦。@张梓轩爸爸 麻烦把孩子的号移出。", hn=1),
    m("17:10", "p_zhangzx_dad", "不好意思方老师，这小子偷偷用我手机把自己拉进来的，马上退"),
    m("19:00", "t_cao", "明天数学课前小测：两位数乘两位数，请孩子晚上复习一下。", tag="n3"),
    m("19:02", "p_zhouq_mom", "收到，谢谢曹老师", r="n3", lab="ack_reply"),
    m("20:58", "p_liuhr_dad", "曹老师，前测会算进平时成绩吗", r="n3", tag="q6", hn=1),
    m("21:05", "t_cao", "不算，主要看看大家掌握得怎么样。", r="q6"),
    m("21:06", "p_liuhr_dad", "好的，谢谢曹老师", r="^"),
])

b2.day("2025-10-22", [
    m("07:10", "p_zhaocx_mom", "早安！秋天的第一杯奶茶[爱心]", k="image", lab="chat"),
    m("08:00", "t_amy", "英语听写：今天听写Unit 3单词，明天发本子。", name="英语刘宁"),
    m("09:30", "p_heyuhan_mom", "学校那个延时服务延到六点的通知大家都看了吧？孩子七点出门六点半才到家，作业写到十点，我是真的窝火。我建议下周一大家统一不报延时，一个都别去，看学校怎么弄", lab="incitement dispute", tag="inc1"),
    m("09:32", "p_hukk_mom", "支持！算我一个", r="inc1", lab="incitement"),
    m("09:33", "p_xieyx_mom", "➕1", r="inc1", lab="incitement"),
    m("09:35", "p_gaoy_dad", "我觉得还是先和学校沟通吧，延时本来就是自愿报名的，不想上可以不报，没必要搞这么大", r="inc1", lab="dispute"),
    m("09:37", "p_heyuhan_mom", "自愿？你信吗？不报的孩子老师都会给穿小鞋的", r="^", lab="slander dispute"),
    m("09:40", "t_fang", "各位家长，延时服务确实是自愿的，不报名不会有任何影响。具体安排周五会发书面说明，大家有想法可以单独找我，或者通过家委会提。", hn=1),
    m("09:45", "p_yangst_mom", "家委会这周会收集大家的意见，私信我就行。", hn=1),
    m("11:00", "p_wangwj_mom", "方老师，文静最近回家总说不想上学，一说到上学就哭，说是跟最好的朋友闹翻了，现在班上几个女生都不跟她玩。晚上也睡不好，饭吃得很少，我们一问她就把自己关在房间里，我和她爸都快急死了，不知道她在学校是不是受了什么委屈……", lab="private_matter", tag="pm1"),
    m("11:05", "p_zhuxy_mom", "文静妈妈别急，女孩子这个年纪都容易这样，我家欣怡上学期也闹过，过一阵就好了", r="pm1", lab="private_matter"),
    m("11:08", "p_lijy_mom", "可以带她去做做心理疏导，我们小区有个儿童心理咨询室，老师很温柔，孩子愿意说", r="pm1", lab="private_matter"),
    m("11:20", "t_fang", "文静妈妈，文静这几天在学校确实有点闷闷不乐，课间跟几个女生好像有点小矛盾。我今天下午找她单独聊一聊，也会分别跟那几个孩子谈谈，您放心。晚点我给您打电话详细说。", r="pm1", lab="private_matter"),
    m("11:22", "p_wangwj_mom", "谢谢方老师", r="^", hn=1),
    m("13:00", "p_may_dad", "昨晚双色球差一个号，中了个五块，哈哈哈", lab="chat"),
    m("13:02", "p_luoty_dad", "xswl 我连五块都没中过", r="^", lab="chat"),
    m("13:05", "p_may_dad", "下回拉你一起买，沾沾喜气", lab="chat"),
    m("13:10", "t_fang", "两位爸爸，聊天的话请移步私聊哈，谢谢～", hn=1),
    m("14:00", "t_amy", "今天听写，黄子轩、徐子豪、马一鸣 三位同学 错了十个以上，明天中午留下来重新听写。", lab="student_privacy", tag="pv1"),
    m("14:05", "p_xuzh_mom", "刘老师，子豪昨晚是复习了的，可能是紧张，我今晚再陪他练练", r="pv1", hn=1),
    m("14:06", "p_may_dad", "好的刘老师，我们一鸣今晚加油", r="pv1", hn=1),
    m("14:10", "t_fang", "@英语刘宁 刘老师，听写情况以后私发给家长哈。"),
    m("14:30", "t_fang", "今天有同学忘带作业本，请家长们晚上考虑周全一些，帮孩子检查一下书包。", hn=1),
    m("15:30", "p_linxm_mom", "有没有需要英语陪读的？我表妹英专毕业，在家带两三个孩子写作业，离学校五分钟，+ v 看环境：l x m 1 9 9 0", lab="ad"),
    m("15:35", "t_fang", "请勿在群里发布此类信息，谢谢。", r="^", hn=1),
    m("17:00", "p_sunll_nainai", "各位家长好周日有空带孩子来我们教会听听福音主会保佑孩子们平平安安学习进步阿们", lab="illegal"),
    m("17:05", "t_fang", "奶奶，宗教方面的内容群里不能发哦，请您理解。", r="^", hn=1),
    m("17:06", "p_sunll_nainai", "", k="voice"),
    m("19:30", "t_fang", "明天秋游，请孩子7:20到校，穿校服，带水壶和雨衣，回执还没交的明早一定带来。", tag="n4"),
    m("19:35", "p_chenzh_mom", "收到", r="n4", lab="ack_reply"),
    m("19:36", "p_xieyx_mom", "收到方老师", r="n4", lab="ack_reply"),
    m("21:20", "p_zhaocx_mom", "方老师，晨曦有点低烧，明天秋游还能去吗？", tag="q7"),
    m("21:30", "t_fang", "烧退了就可以去，明早七点前跟我说一声，注意观察。", r="q7"),
])

b2.day("2025-10-23", [
    m("05:50", "t_fang", "【紧急】植物园今天临时闭园检修，秋游改到下周四，今天正常上课，请带齐课本！收到请回复1", tag="u1", urg=1, hn=1),
    m("05:55", "p_zhouq_mom", "1", r="u1", urg=1, hn=1),
    m("05:56", "p_guojh_mom", "1", urg=1, hn=1),
    m("05:58", "p_xuzh_mom", "1", urg=1, hn=1),
    m("06:05", "p_lijy_mom", "那今天午饭还是学校订的吗？", r="u1", tag="q8"),
    m("06:10", "p_hanx_mom", "晕，孩子零食都装好了[捂脸]"),
    m("06:35", "t_fang", "午饭正常。", r="q8"),
    m("07:00", "p_zhaocx_mom", "方老师，晨曦退烧了，今天正常上学"),
    m("08:00", "p_panr_yeye", "潘睿的水壶落在家里了我送到门卫了"),
    m("08:00", "p_panr_yeye", "潘睿的水壶落在家里了我送到门卫了"),
    m("08:01", "p_panr_yeye", "潘睿的水壶落在家里了我送到门卫了", lab="flood"),
    m("08:02", "p_panr_yeye", "潘睿的水壶落在家里了 我送到门卫了", lab="flood"),
    m("08:10", "t_fang", "爷爷收到了，我让潘睿下课去门卫拿。"),
    m("10:00", "t_qiu", "今天科学课做简易喷泉", k="image", tag="ph1"),
    m("10:00", "t_qiu", "", k="image"),
    m("10:01", "t_qiu", "", k="image", hn=1),
    m("10:05", "p_zengkx_mom", "邱老师辛苦了", r="ph1", lab="ack_reply"),
    m("12:00", "p_gaoy_dad", "昨晚湖人那场看了没，老詹最后那几分钟太顶了", lab="chat"),
    m("12:03", "p_luoty_dad", "看了，绝杀那个三分绝了", r="^", lab="chat"),
    m("13:30", "p_heyuhan_mom", "@高远爸爸 昨天你说延时是自愿的，我问了隔壁班，报名表都是老师一个个打电话催的，你就别当好人了", lab="dispute", tag="d1"),
    m("13:33", "p_gaoy_dad", "我就说了句实话，你有意见找学校去，冲我来干嘛", r="d1", lab="dispute"),
    m("13:35", "p_heyuhan_mom", "就你事多，懂王", r="^", lab="abuse dispute"),
    m("13:36", "p_gaoy_dad", "你这人真没素质 sb", r="^", lab="abuse dispute"),
    m("13:40", "t_fang", "两位家长请停止争吵。延时的事周五会有书面说明，有意见请私聊我，谢谢配合。", hn=1),
    m("13:45", "p_heyuhan_mom", "气不打一处来，这学期班里的事就没一件让人省心的", lab="dispute"),
    m("15:00", "p_zhangzx_dad", "麻烦大家帮我点一下助力，抢回老家的火车票，谢谢各位🙏 https://m.ctrip.com/webapp/help/zl?code=88Kq", k="link_card", lab="ad link"),
    m("15:02", "p_zhengmq_mom", "助力了", r="^", lab="chat"),
    m("15:03", "p_wuyx_mom", "帮你点了～", r="^", lab="chat"),
    m("16:00", "t_cao", "本次单元测验班级平均分88.6，优秀率62%，比上次有进步。个人成绩已私发。", hn=1),
    m("16:05", "p_zhuxy_mom", "曹老师，欣怡这次排第几？", tag="q9", hn=1),
    m("16:10", "t_cao", "欣怡92分，班里第8名，计算还要再细心一点。", r="q9", lab="ranking"),
    m("16:12", "p_zhuxy_mom", "好的，谢谢曹老师", r="^", hn=1),
    m("16:20", "p_hanx_mom", "我家韩笑才考了76，是不是倒数了[大哭]", hn=1),
    m("18:00", "p_xieyx_mom", "转发：【教育局】家长您好，您孩子的营养餐补贴385元可以领取了，请点击 http://jyj-butie.cn 填写银行卡信息领取，今天截止", lab="illegal link rumor"),
    m("18:05", "p_yangst_mom", "这是诈骗短信！大家千万别点，学校从来没有要填银行卡的补贴", r="^", hn=1),
    m("18:10", "t_fang", "是诈骗，请谢宇轩妈妈撤回。学校发放任何补贴都会发书面通知，建议大家都装上国家反诈中心App。", hn=1),
    m("18:12", "p_xieyx_mom", "天呐我差点就填了，已撤回，谢谢提醒"),
    m("19:50", "p_zhouq_mom", "各位家长，谁家孩子拿错了一件蓝色校服外套？领子里写着周全两个字", hn=1),
    m("20:30", "p_huangzx_mom", "方老师，子轩明天去医院复查，请假一天。", hn=1),
    m("20:35", "t_fang", "好的，注意安全。", r="^"),
])

b2.day("2025-10-24", [
    m("07:05", "t_fang", "【书面说明】关于延时服务的说明已经让孩子带回，请家长阅读后在回执上选择是否参加，周一交回。本条无需回复。", tag="n5"),
    m("07:07", "p_sunll_nainai", "收到", r="n5", lab="ack_reply"),
    m("07:08", "p_wangwj_mom", "好的", r="n5", lab="ack_reply"),
    m("08:30", "t_fang", "本周之星：许诺、周全、王文静、罗天宇，为他们点赞！", hn=1),
    m("08:32", "p_luoty_dad", "谢谢方老师！天宇回家一定高兴坏了", r="^", hn=1),
    m("09:00", "t_fang", "今天班会主题“诚信”，孩子们对自己许诺的事情要努力做到，请家长在家也多鼓励。", hn=1),
    m("10:00", "p_zengkx_mom", "给大家分享一下，孩子书桌千万别对着门，我找师傅看过，文昌位摆四支毛笔，成绩蹭蹭往上涨，亲测有效，信的可以试试", lab="illegal"),
    m("10:05", "t_fang", "可欣妈妈，这类内容群里就不发了哈。", r="^", hn=1),
    m("11:00", "p_gaoy_dad", "孩子回来说法治课讲了网络赌博的危害，还知道了不能随便给陌生人转账，这课上得好", hn=1),
    m("12:00", "p_hanx_mom", "周末有人去看《长安的荔枝》吗？听说挺好看", lab="chat"),
    m("12:05", "p_zhaocx_mom", "看了，雷佳音演得太好了，最后我直接破防", r="^", lab="chat"),
    m("14:00", "p_luoty_dad", "方老师，天宇下午三点要去看牙，我两点半来接他可以吗", tag="q10", hn=1),
    m("14:05", "t_fang", "可以，到门卫处给我打电话：0571-8866 2301。", r="q10", hn=1),
    m("16:00", "t_amy", "国家中小学智慧教育平台｜四年级英语 Unit 3 微课 https://basic.smartedu.cn/syncClassroom/classActivity?activityId=7f3a", k="link_card", lab="link"),
    m("16:02", "p_zhuxy_mom", "谢谢刘老师分享", r="^", lab="ack_reply"),
    m("16:10", "t_fang", "延时服务书面说明的原文学校官网也有：https://www.lianlu-xx.edu.cn/tzgg/1024.html", hn=1),
    m("16:20", "p_hukk_mom", "学生综合素质评价填报入口 https://lianlu-xx.edu.cn.pingjia-login.top/", k="link_card", lab="link"),
    m("16:25", "t_fang", "这个不是学校的网址，请大家不要点！评价填报用学校发的纸质通知上的二维码。", r="^", hn=1),
    m("21:30", "p_linxm_mom", "[月亮]晚安各位，周末愉快", k="image", lab="chat"),
])

b2.day("2025-10-26", [
    m("10:00", "p_wuyx_mom", "有要给孩子订牛奶的吗？我们小区团的鲜奶，一箱比超市便宜20，群里家长我都给成本价，接龙报数就行：\n1. 吴雨萱妈妈 2箱", lab="ad"),
    m("10:03", "p_chenzh_mom", "1. 吴雨萱妈妈 2箱\n2. 陈子涵妈妈 1箱", r="^", lab="chat"),
    m("10:30", "t_fang", "各位家长，群里请不要组织团购，谢谢理解。", hn=1),
    m("19:00", "t_fang", "明天周一正常上课，提醒孩子带好延时服务回执。", tag="n6"),
    m("19:05", "p_zhouq_mom", "收到", r="n6", lab="ack_reply"),
    m("20:10", "p_xun_mom", "方老师，许诺的回执上“是否参加”两个都勾了，能改吗？", hn=1),
    m("20:20", "t_fang", "可以，划掉一个旁边签个字就行。", r="^"),
    m("20:21", "p_xun_mom", "好的，谢谢方老师", r="^", hn=1),
])
GROUPS.append(b2)
