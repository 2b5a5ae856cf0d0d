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
    m("17:10", "p_wusy_mom", "关你什么事？你家孩子选上了你当然这么说", r="^", lab="abuse dispute"),
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
    m("10:00", "p_wangyf_mom", "沈老师，一凡奶奶不太会用手机，我前天把她拉进群了，忘了先跟您说，您看可以吗", hn=1),
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
    m("22:40", "p_gaomz_dad", "今晚这球踢的，气得我肝疼，又输了", lab="chat"),
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
    m("12:32", "p_hukk_mom", "bhys方老师，她说想看看咱班的作业，我这就让她退", r="^"),
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
    m("13:35", "p_heyuhan_mom", "就数你能说，懂王", r="^", lab="abuse dispute"),
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


# ===========================================================================
# b3 东篱实验学校（小学部） 五年级(2)班 — matrix, quiet 19:30-07:30
# ===========================================================================
b3 = Group(
    "b3", "东篱实验学校（小学部）", "五年级(2)班", 5, "matrix", ("19:30", "07:30"),
    ["donglisy.edu.cn", "smartedu.cn"],
    teachers=[
        ("t_song", "宋立华", "语文", "head_teacher", "语文宋立华（班主任）"),
        ("t_xu", "许静", "数学", "teacher", "数学许静"),
        ("t_yan", "严海", "英语", "teacher", "英语严海"),
        ("t_bai", "白洁", "音乐", "teacher", "白老师"),
        ("t_lei", "雷鸣", "体育", "teacher", "体育雷鸣"),
    ],
    students=[
        ("高兴", [("p_gaox_mom", "妈妈")]),
        ("钱多多", [("p_qiandd_dad", "爸爸")]),
        ("沈平安", [("p_shenpa_mom", "妈妈")]),
        ("叶知秋", [("p_yezq_mom", "妈妈")]),
        ("程乐天", [("p_chenglt_dad", "爸爸")]),
        ("贺新年", [("p_hexn_mom", "妈妈")]),
        ("卢一鸣", [("p_luym_mom", "妈妈")]),
        ("田甜", [("p_tiant_mom", "妈妈")]),
        ("江河", [("p_jiangh_dad", "爸爸")]),
        ("戴欣悦", [("p_daixy_mom", "妈妈")]),
        ("方圆", [("p_fangy_mom", "妈妈")]),
        ("苏晴", [("p_suq_mom", "妈妈")]),
        ("段子豪", [("p_duanzh_dad", "爸爸")]),
        ("邓佳琪", [("p_dengjq_mom", "妈妈")]),
        ("任思源", [("p_rensy_mom", "妈妈")]),
        ("姚梦瑶", [("p_yaomy_mom", "妈妈")]),
        ("崔浩", [("p_cuih_dad", "爸爸")]),
        ("魏语桐", [("p_weiyt_mom", "妈妈")]),
        ("潘俊杰", [("p_panjj_mom", "妈妈")]),
        ("袁梓萌", [("p_yuanzm_mom", "妈妈")]),
        ("蒋文博", [("p_jiangwb_mom", "妈妈"), ("p_jiangwb_waigong", "外公")]),
        ("陆嘉欣", [("p_lujx_mom", "妈妈")]),
        ("汪晨", [("p_wangc_mom", "妈妈")]),
        ("石磊", [("p_shil_dad", "爸爸")]),
        ("邵雨晴", [("p_shaoyq_mom", "妈妈")]),
        ("毛俊宇", [("p_maojy_mom", "妈妈")]),
        ("熊天天", [("p_xiongtt_mom", "妈妈")]),
        ("严可心", [("p_yankx_mom", "妈妈")]),
    ],
    supervisor="p_dengjq_mom",
    outsiders=[
        ("x_dashi", "明心国学·起名测字", {"via": "qr_code"}),
        ("x_gaox_ayi", "高兴小姨", {"via": "invite", "by": "p_gaox_mom", "approved": False}),
        ("x_left", "吴昊妈妈", None),
    ],
    overrides={
        "p_xiongtt_mom": {"display_name": "天天妈"},
        "p_luym_mom": {"display_name": "一鸣妈妈"},
        "p_suq_mom": {"display_name": "Lily🌷"},
        "p_jiangwb_waigong": {"joined": {"via": "invite", "by": "p_jiangwb_mom", "approved": False}},
        "p_yankx_mom": {"joined": {"via": "invite", "by": "t_song", "approved": True}},
    },
)

b3.day("2025-11-10", [
    m("07:15", "t_song", "各位家长早上好，本周是学校“诚信周”，每天晨读7:50开始。"),
    m("07:29:50", "p_gaox_mom", "宋老师早上好，高兴今天有点咳嗽，我给他带了药，麻烦中午提醒他吃一下"),
    m("07:30:20", "t_song", "好的，我中午提醒他。", r="^", hn=1),
    m("07:45", "t_xu", "今日数学作业：课本P45练习十一1-6题；《口算天天练》第15页。", tag="hw1"),
    m("07:46", "p_xiongtt_mom", "收到许老师", r="hw1", lab="ack_reply"),
    m("07:47", "p_shil_dad", "收到", r="hw1", lab="ack_reply"),
    m("08:10", "t_song", "@天天妈 请把群名片改成“熊天天妈妈”，谢谢～"),
    m("08:12", "p_xiongtt_mom", "改好了宋老师", name="熊天天妈妈"),
    m("09:30", "x_dashi", "各位家长好，五年级是关键期，名字和八字不合会影响孩子的学业运势。本馆专业测名改名、看书桌文昌位，报班级名免费测一次，威❤：mingxin_guoxue", lab="illegal ad"),
    m("09:35", "p_dengjq_mom", "@语文宋立华（班主任） 宋老师，这个人是谁拉进来的？", r="^", hn=1),
    m("09:40", "t_song", "已移出。提醒各位：有新成员进群请先跟我说，不是任何人都能拉进来。", hn=1),
    m("10:30", "p_tiant_mom", "请问这周诚信周要交什么作品吗？", tag="q1"),
    m("10:35", "t_song", "每个孩子写一篇关于诚信的小短文，周五交，手写就行不用打印。", r="q1"),
    m("10:36", "p_tiant_mom", "明白，谢谢宋老师", r="^", hn=1),
    m("12:00", "p_qiandd_dad", "今天大盘又跳水了，白酒股绿得发慌", lab="chat"),
    m("12:03", "p_duanzh_dad", "割肉吧兄弟，别等了", r="^", lab="chat"),
    m("12:05", "p_qiandd_dad", "割了就真亏了，再扛扛hhh", lab="chat"),
    m("12:10", "t_song", "两位爸爸，股票的话题可以私聊哈😊", hn=1),
    m("14:00", "t_lei", "本周四上午年级跳绳比赛，请孩子穿运动鞋，跳绳自带。", tag="n1"),
    m("14:02", "p_jiangh_dad", "雷老师，江河的跳绳断了，学校有借的吗？", r="n1", tag="q2", hn=1),
    m("14:05", "t_lei", "有备用的，比赛当天找我领。", r="q2"),
    m("14:06", "p_jiangh_dad", "好的，谢谢雷老师", r="^", hn=1),
    m("16:30", "t_yan", "英语作业：背诵Unit 4 Part A对话，明天抽查。", tag="hw2"),
    m("16:32", "p_weiyt_mom", "收到严老师", r="hw2", lab="ack_reply"),
    m("16:33", "p_yuanzm_mom", "好的严老师辛苦了", r="hw2", lab="ack_reply"),
    m("17:30", "p_luym_mom", "严老师，一鸣说Part A有两段对话，都要背吗？", r="hw2", tag="q3"),
    m("17:40", "t_yan", "只背第一段Let's talk就行。", r="q3"),
    m("17:41", "p_luym_mom", "谢谢严老师", r="^", hn=1),
    m("19:29:30", "p_rensy_mom", "宋老师，诚信短文要写多少字呀？", tag="q4", hn=1),
    m("19:31", "t_song", "三百字左右就可以。", r="q4"),
    m("19:40", "p_rensy_mom", "好的谢谢", r="^"),
    m("20:10", "p_shaoyq_mom", "大家知道小区门口新开的那个超市吗，今天鸡蛋一块九一斤", lab="chat"),
    m("20:12", "p_lujx_mom", "真的假的，明早去抢", r="^", lab="chat"),
])

b3.day("2025-11-11", [
    m("07:00", "p_jiangwb_waigong", "宋老师好我是蒋文博外公文博今天穿少了麻烦老师看一下别冻着"),
    m("07:35", "t_song", "外公好，我会留意的，教室里有空调。", r="^"),
    m("07:50", "p_jiangwb_mom", "宋老师，外公是我拉进群的，他每天负责接送，没提前跟您说"),
    m("07:52", "t_song", "好的，外公是监护人可以的，下次拉人先跟我说一声。", r="^"),
    m("08:30", "p_gaox_mom", "今天双十一，大家都抢到啥了？我凌晨蹲了两个小时给娃买了件羽绒服", lab="chat"),
    m("08:33", "x_gaox_ayi", "姐我也抢了一件，一样的款", r="^", lab="chat"),
    m("08:40", "t_song", "高兴妈妈，小姨如果不是监护人，就先请她退群哈，班级群只限名册上的家长。", hn=1),
    m("08:41", "p_gaox_mom", "好的宋老师，我让她退"),
    m("10:00", "t_xu", "昨天的数学作业 熊天天、段子豪 还是没有交，已经是第三次了，请家长重视。", lab="student_privacy", tag="pv1"),
    m("10:05", "p_xiongtt_mom", "许老师对不起，天天昨晚说写完了，我没检查，今晚一定补上", r="pv1", hn=1),
    m("10:06", "p_duanzh_dad", "许老师，子豪作业在书包里，他忘交了", r="pv1", hn=1),
    m("10:10", "t_song", "@数学许静 许老师，作业的情况咱们私信家长哈。"),
    m("11:00", "p_suq_mom", "各位家长好，我是苏晴妈妈，想问一下学校附近哪里有修眼镜的？孩子眼镜腿断了"),
    m("11:05", "p_cuih_dad", "校门口往东一百米有家眼镜店", r="^"),
    m("11:06", "p_suq_mom", "谢谢崔浩爸爸", r="^"),
    m("13:00", "p_fangy_mom", "分享一下，我们家方圆用的这个护眼台灯，用了一学期视力没涨，国AA级，群里家长要的话我有内部价，私我发链接", lab="ad"),
    m("13:05", "p_yaomy_mom", "多少钱？", r="^", lab="chat"),
    m("13:06", "t_song", "方圆妈妈，群里不发产品推荐，谢谢理解。", hn=1),
    m("14:30", "p_lujx_mom", "刚刷到消息，隔壁二小有孩子得了诺如，已经全校停课了，咱们学校估计也快了", lab="rumor", tag="ru1"),
    m("14:35", "p_tiant_mom", "宋老师，二小停课是真的吗？我们需要做什么防护吗？", r="ru1", hn=1),
    m("14:40", "t_song", "学校没有收到相关通报，咱们学校一切正常。请不要转发未经核实的信息，有情况以学校通知为准。", hn=1),
    m("14:45", "p_wangc_mom", "是真的，我朋友孩子就在二小，说一个班倒了一半", lab="rumor"),
    m("15:00", "t_song", "二小的情况我们不清楚，请大家不要再讨论了，学校有情况会第一时间通知。", hn=1),
    m("16:00", "t_bai", "下周一音乐课孩子需要带竖笛，没有的可以通过学校统一购买，每支28元，周五前把钱交给文艺委员。", tag="n2"),
    m("16:05", "p_gaox_mom", "白老师，竖笛可以自己在网上买吗？", r="n2", tag="q5"),
    m("16:10", "t_bai", "可以，买C调八孔的高音竖笛就行。", r="q5"),
    m("16:20", "t_song", "@白老师 白老师，群名片麻烦改成“音乐白洁”～"),
    m("16:22", "t_bai", "好的～", name="音乐白洁"),
    m("16:30", "p_yankx_mom", "白老师，可心想走学校统一买，钱是直接给文艺委员吗？", r="n2", hn=1),
    m("16:35", "t_bai", "对的，放信封里写上名字。", r="^"),
    m("17:30", "p_xiongtt_mom", "宋老师我想请教一下，天天最近手机玩得特别厉害，每天放学回来就抱着打游戏，不让玩就摔东西，有一次还跟我动了手。他爸常年在外地，我一个人真的管不住了，作业也敷衍，成绩从八十多掉到六十多，我都不知道怎么办了", lab="private_matter", tag="pm1"),
    m("17:35", "p_shil_dad", "天天妈妈，手机一定要收，我们家设了家长模式，一天只能玩半小时", r="pm1", lab="private_matter"),
    m("17:38", "p_dengjq_mom", "可以跟孩子约法三章，写下来贴在墙上，做到了就奖励，做不到就没收", r="pm1", lab="private_matter"),
    m("17:50", "t_song", "天天妈妈，天天这段时间上课确实常常走神，作业质量也不高，我之前找他谈过两次。手机的问题建议您先和他一起定规则，周末再适当放宽，别硬碰硬。我也会请心理老师找他聊聊，我们约个时间当面沟通。", r="pm1", lab="private_matter student_privacy"),
    m("17:52", "t_song", "具体的我们私聊，我加您。", hn=1),
    m("19:20", "t_yan", "明天英语课外阅读材料已经上传到群文件，请家长下载打印。", hn=1),
    m("19:25", "p_panjj_mom", "严老师，群文件在哪里看？", tag="q6"),
    m("19:28", "t_yan", "点聊天室右上角，找“文件”就行。", r="q6"),
    m("19:35", "p_panjj_mom", "找到了，谢谢严老师", r="^"),
    m("21:00", "p_maojy_mom", "【福利】高清无删减在线看，深夜必备 https://t.cn/A6xYz2Pq", k="link_card", lab="illegal link"),
    m("21:05", "p_dengjq_mom", "毛俊宇妈妈号被盗了吧？大家千万别点！"),
    m("21:30", "p_maojy_mom", "不好意思各位，我号被盗了，已经改了密码，那个链接千万别点"),
])

b3.day("2025-11-12", [
    m("07:40", "t_song", "【通知】本周五下午3点家长会，地点五(2)班教室，请每家至少一位家长参加。请回复“参加”或“请假”，方便统计。", tag="n3"),
    m("07:42", "p_gaox_mom", "参加", r="n3", hn=1),
    m("07:43", "p_chenglt_dad", "参加", r="n3", hn=1),
    m("07:45", "p_yezq_mom", "请假，那天要出差，孩子爸爸也不在，能不能线上参加？", r="n3", tag="q7"),
    m("07:46", "p_weiyt_mom", "参加", r="n3", hn=1),
    m("07:55", "t_song", "知秋妈妈，可以的，会后我单独跟您沟通。", r="q7"),
    m("09:00", "p_hexn_mom", "咱们班许老师是不是在外面开补习班？听别的家长说周末在她家补课一节两百，上了的孩子考试前都知道题", lab="slander", tag="sl1"),
    m("09:05", "p_daixy_mom", "我也听说过，难怪有几个孩子分数那么高", r="sl1", lab="slander"),
    m("09:08", "p_dengjq_mom", "两位家长，没有证据的事情不要在群里说，这对老师很不公平。有问题可以向学校反映。", hn=1),
    m("09:10", "p_hexn_mom", "我就是问问，又没说一定是", r="^", lab="dispute"),
    m("09:12", "p_dengjq_mom", "问也不是这么个问法", r="^", lab="dispute"),
    m("09:20", "t_song", "关于许老师，我可以负责任地说：学校严禁有偿补课，许老师也从来没有。家长有疑虑可以直接找我或者校长室。", hn=1),
    m("11:00", "p_yezq_mom", "宋老师，学校组织的爱心义卖是周五吗？我们家准备了几本书和手工", hn=1),
    m("11:05", "t_song", "是的，周五下午爱心义卖，所得全部捐给结对的山区学校，欢迎大家支持！", r="^", hn=1),
    m("12:30", "p_chenglt_dad", "", k="voice"),
    m("13:00", "p_shenpa_mom", "孩子说期中语文成绩出来了，全班最高的是叶知秋98，我家平安96，第三是方圆95", lab="ranking"),
    m("13:05", "t_song", "各位家长，成绩请以老师私发为准，群里不讨论排名。", hn=1),
    m("13:10", "p_shenpa_mom", "好的好的，不说了"),
    m("14:00", "p_jiangwb_waigong", "宋老师文博的红领今是不是落在学校了"),
    m("14:01", "p_jiangwb_waigong", "宋老师文博的红领今是不是落在学校了"),
    m("14:03", "p_jiangwb_waigong", "宋老师文博的红领今是不是落在学校了", lab="flood"),
    m("14:10", "t_song", "外公，在教室抽屉里，明天让他戴上。"),
    m("15:00", "p_cuih_dad", "我不管是谁，再有人在厕所堵我儿子要钱，我直接去学校找他，打断他的腿，说到做到", lab="illegal dispute"),
    m("15:05", "t_song", "崔浩爸爸您先冷静，这件事我已经在处理了，请下午放学后到办公室来，我们当面说。", r="^", hn=1),
    m("15:06", "p_cuih_dad", "行，我等学校的处理结果"),
    m("16:00", "t_xu", "期中数学成绩已经私发给各位家长，按学校规定不公布排名，也请家长们不要互相打听。", hn=1),
    m("16:10", "p_rensy_mom", "我家思源数学才79分，回家被我说了一顿[捂脸] 许老师，他是不是上课不认真啊", hn=1),
    m("16:15", "t_xu", "思源妈妈，我私信跟您说。", r="^", hn=1),
    m("17:00", "p_qiandd_dad", "许老师这次题出得太NB了，孩子说做得特别过瘾", lab="abuse"),
    m("17:02", "p_duanzh_dad", "tql，五年级的题我都不会做了", hn=1),
    m("19:00", "t_song", "明天学校体检，请孩子早上不要吃早饭，需要空腹抽血，可以带点面包体检完吃。", tag="n4"),
    m("19:02", "p_tiant_mom", "收到", r="n4", lab="ack_reply"),
    m("19:45", "p_yaomy_mom", "宋老师，体检要带什么证件吗？", r="n4", tag="q8"),
    m("19:50", "t_song", "不需要。", r="q8"),
    m("22:30", "p_lujx_mom", "震惊！这三种食物孩子千万别吃，很多家长都不知道 https://mp.weixin.qq.com/s/Xy7KpQ2", k="link_card", lab="chat link"),
])

b3.day("2025-11-13", [
    m("06:00", "t_song", "【紧急通知】体检车辆延误，今天体检改到明天上午，今天请孩子正常吃早饭！看到请回复“收到”。", tag="u1", urg=1, hn=1),
    m("06:02", "p_fangy_mom", "收到", r="u1", urg=1, hn=1),
    m("06:03", "p_gaox_mom", "收到宋老师", r="u1", urg=1, hn=1),
    m("06:05", "p_shaoyq_mom", "那明天还要空腹吗？", r="u1", tag="q9"),
    m("06:10", "p_lujx_mom", "幸好看到了，孩子差点饿着肚子去"),
    m("07:35", "t_song", "明天空腹，今天正常吃。", r="q9"),
    m("08:00", "x_left", "各位家长好，吴昊转学以后我一直没退群。这学期的教辅资料我家都用不上了，有需要的可以免费送"),
    m("08:05", "t_song", "吴昊妈妈您好，谢谢您，资料可以私下联系需要的家长。群我这边先把您移出啦，祝吴昊在新学校一切顺利！", r="^"),
    m("10:00", "t_lei", "跳绳比赛现场", k="image"),
    m("10:00", "t_lei", "", k="image"),
    m("10:01", "t_lei", "", k="image", hn=1),
    m("10:20", "t_lei", "跳绳比赛结果：个人第一名 石磊 198个/分钟，第二名 田甜 185个/分钟，祝贺！", hn=1),
    m("10:22", "p_shil_dad", "石磊回家又要嘚瑟了哈哈，谢谢雷老师", r="^", hn=1),
    m("10:23", "p_tiant_mom", "雷老师辛苦了👍", lab="ack_reply"),
    m("11:00", "t_lei", "另外，江河 同学 比赛时 不小心 摔了一跤，膝盖擦破了点皮，已经在医务室处理过了，家长放学后留意一下。", lab="student_privacy"),
    m("11:02", "p_jiangh_dad", "谢谢雷老师，我下午早点去接他", r="^", hn=1),
    m("11:10", "p_dengjq_mom", "孩子们回家都很高兴，说虽然有人摔了，但大家都没事，挺好", hn=1),
    m("13:00", "p_hexn_mom", "这学期又要收研学费680，去的地方就是郊区农家乐，谁愿意的一起去教育局反映，我已经在写材料了，明天拉个小群", lab="incitement slander dispute", tag="inc1"),
    m("13:03", "p_daixy_mom", "我参加，拉我", r="inc1", lab="incitement"),
    m("13:05", "p_chenglt_dad", "算上我，这钱收得不明不白", r="inc1", lab="incitement slander"),
    m("13:10", "p_dengjq_mom", "研学是自愿参加的，费用明细学校发过公示，家委会也一项项审过。大家有意见周五家长会上可以当面提，我们一起跟学校沟通。", hn=1),
    m("13:15", "p_hexn_mom", "家委会当然帮学校说话", r="^", lab="dispute"),
    m("13:20", "t_song", "新年妈妈，研学费用的公示文件在这里：https://www.donglisy.edu.cn/xxgk/yanxue2025.pdf ，家长会上我会详细说明，欢迎您当面提意见。", hn=1),
    m("15:00", "p_yezq_mom", "国家中小学智慧教育平台｜五年级上册语文《父爱之舟》课堂实录 https://basic.smartedu.cn/tchMaterial/detail?contentId=5c1e", k="link_card", hn=1),
    m("15:02", "t_song", "谢谢知秋妈妈，这节课讲得很好，大家可以让孩子看看。", r="^"),
    m("16:00", "p_yaomy_mom", "宋老师，梦瑶说她同桌上课老找她说话，能不能给她换个座位？", tag="q10", hn=1),
    m("16:05", "t_song", "好的，下周我调整一下。", r="q10"),
    m("16:10", "p_wangc_mom", "我家汪晨就是她同桌，孩子说是梦瑶先找他说话的，别什么都赖别人", r="q10", lab="student_privacy dispute", tag="d1"),
    m("16:12", "p_yaomy_mom", "你这话什么意思？我家孩子我还不了解？", r="d1", lab="dispute"),
    m("16:14", "p_wangc_mom", "你了解个啥，你是没长眼睛吧", r="^", lab="abuse dispute"),
    m("16:15", "p_yaomy_mom", "你才眼瞎，一点家教都没有", r="^", lab="abuse dispute"),
    m("16:20", "t_song", "两位家长请先停一下。换座位是正常调整，不是谁的错。这件事请私聊我，不要在群里继续了。", hn=1),
    m("16:30", "p_wangc_mom", "好的宋老师，我也是一时着急"),
    m("19:10", "t_song", "明天家长会请准时参加，会前可以先翻翻孩子的作业本。", tag="n5"),
    m("19:20", "p_gaox_mom", "收到，宋老师辛苦了", r="n5", lab="ack_reply"),
    m("20:00", "p_suq_mom", "需要给孩子洗羽绒服的找我，上门取送，VX：sq 8 8 6 6", lab="ad"),
    m("20:30", "p_yuanzm_mom", "宋老师，明天家长会能带孩子一起去吗？", r="n5"),
])

b3.day("2025-11-14", [
    m("07:20", "p_chenglt_dad", "宋老师，乐天今天肚子不舒服，请假半天，体检能补吗"),
    m("07:30:15", "t_xu", "今天体检，孩子们别吃早饭！", hn=1),
    m("07:40", "t_song", "乐天爸爸，可以补，下周去校医室补检。"),
    m("09:00", "p_qiandd_dad", "转自家长群：今天是福德正神诞辰，转发此消息到三个群，孩子期末门门优秀，已经有人转了孩子考了第一，不转后果自负", lab="illegal"),
    m("09:05", "t_song", "多多爸爸，请不要转发这类信息。", r="^", hn=1),
    m("10:00", "p_weiyt_mom", "你们周末去哪玩？西山的银杏黄了，超美，awsl", k="image", lab="chat"),
    m("10:03", "p_lujx_mom", "真的吗，这周就去打卡", r="^", lab="chat"),
    m("11:30", "t_yan", "英语听写本发下去了，没过关的同学请家长签字，明天重听。", hn=1),
    m("12:00", "p_shaoyq_mom", "严老师，雨晴的听写本上没写分数，是过了吗？", tag="q11"),
    m("12:05", "t_yan", "过了，放心。", r="q11"),
    m("12:06", "p_shaoyq_mom", "好的谢谢严老师[玫瑰]", r="^", hn=1),
    m("15:10", "t_song", "家长会", k="image"),
    m("15:10", "t_song", "", k="image"),
    m("15:11", "t_song", "", k="image"),
    m("16:30", "t_song", "今天家长会到场26位家长，谢谢大家的支持！会上讲的研学、体检安排请看家长会纪要，已上传群文件。", tag="n6"),
    m("16:32", "p_dengjq_mom", "辛苦宋老师！", r="n6", lab="ack_reply"),
    m("16:33", "p_fangy_mom", "宋老师辛苦了[抱拳][抱拳]", r="n6", lab="ack_reply"),
    m("16:40", "p_hexn_mom", "研学费凭什么这么贵，气死了", lab="dispute"),
    m("16:40", "p_hexn_mom", "研学费凭什么这么贵，气死了！", lab="dispute"),
    m("16:41", "p_hexn_mom", "研学费凭什么这么贵 气死了", lab="dispute flood"),
    m("16:45", "t_song", "新年妈妈，我给您打个电话。", hn=1),
    m("17:00", "p_xiongtt_mom", "宋老师，今天谈完心里好受多了，谢谢您"),
    m("17:10", "p_rensy_mom", "跟大家说个好消息，我老公单位同事说今年五年级学生都有一笔800块的教育补贴，月底前去社区登记，过期作废", lab="rumor"),
    m("17:15", "p_yezq_mom", "宋老师，这个补贴真的有吗？", r="^", hn=1),
    m("17:20", "t_song", "没有听说，请以官方通知为准，不要轻信。", r="^", hn=1),
    m("19:15", "t_song", "周末作业：诚信短文修改稿；数学练习十二；英语Unit 4单词听读。周末愉快！", tag="n7"),
    m("19:20", "p_daixy_mom", "收到宋老师", r="n7", lab="ack_reply"),
    m("20:00", "p_weiyt_mom", "大家周末愉快🎉🎉", lab="chat"),
])

b3.day("2025-11-15", [
    m("09:00", "p_shenpa_mom", "谁有空帮我砍一刀，就差0.5元了，谢谢大家！复制这段话打开拼多多￥Ab3xY9￥", lab="ad"),
    m("09:02", "p_qiandd_dad", "砍了", r="^", lab="chat"),
    m("09:05", "p_fangy_mom", "我也砍了，没砍动哈哈", lab="chat"),
    m("10:00", "p_duanzh_dad", "有玩球的吗？今晚英超，我这有个平台赔率高，首充送88，懂的来", lab="illegal"),
    m("10:05", "p_dengjq_mom", "子豪爸爸，这种不能发，涉赌的，请撤回。", r="^", hn=1),
    m("10:20", "p_gaox_mom", "宋老师，高兴的短文写了四百多字，超了会不会扣分？", hn=1),
    m("10:40", "t_song", "不会，写得好就行。", r="^"),
])
GROUPS.append(b3)


# ===========================================================================
# b4 白鹭洲小学 六年级(4)班 — wechat, quiet 20:00-07:00
# ===========================================================================
b4 = Group(
    "b4", "白鹭洲小学", "六年级(4)班", 6, "wechat", ("20:00", "07:00"),
    ["blzxx.edu.cn", "smartedu.cn"],
    teachers=[
        ("t_pei", "裴红", "数学", "head_teacher", "数学裴红（班主任）"),
        ("t_wen", "温晓雯", "语文", "teacher", "语文温老师"),
        ("t_zhao", "赵一航", "英语", "teacher", "英语赵一航"),
        ("t_kong", "孔令", "道德与法治", "teacher", "孔令"),
    ],
    students=[
        ("林可欣", [("p_linkx_mom", "妈妈")]),
        ("张安", [("p_zhanga_dad", "爸爸")]),
        ("宋佳宁", [("p_songjn_mom", "妈妈")]),
        ("钟思齐", [("p_zhongsq_mom", "妈妈")]),
        ("欧阳乐", [("p_ouyl_mom", "妈妈")]),
        ("杜若", [("p_dur_mom", "妈妈")]),
        ("夏天", [("p_xiat_mom", "妈妈")]),
        ("秦朗", [("p_qinl_dad", "爸爸")]),
        ("廖凡", [("p_liaof_mom", "妈妈")]),
        ("庞博", [("p_pangb_dad", "爸爸")]),
        ("彭悦", [("p_pengy_mom", "妈妈")]),
        ("董小宝", [("p_dongxb_nainai", "奶奶")]),
        ("范志远", [("p_fanzy_mom", "妈妈")]),
        ("邹雨", [("p_zouy_mom", "妈妈")]),
        ("施展", [("p_shiz_dad", "爸爸")]),
        ("洪亮", [("p_hongl_dad", "爸爸")]),
        ("曹如玉", [("p_caory_mom", "妈妈")]),
        ("贾明", [("p_jiam_mom", "妈妈")]),
        ("康宁", [("p_kangn_waipo", "外婆")]),
        ("顾念", [("p_gun_mom", "妈妈")]),
        ("蔡子健", [("p_caizj_mom", "妈妈")]),
        ("武思琪", [("p_wusq_mom", "妈妈")]),
        ("甘甜", [("p_gant_dad", "爸爸"), ("p_gant_mom", "妈妈")]),
    ],
    supervisor="p_wusq_mom",
    outsiders=[
        ("x_fangchan", "学区房顾问-小孟", {"via": "qr_code"}),
        ("x_linkx_jiejie", "林可欣姐姐", {"via": "invite", "by": "p_linkx_mom", "approved": False}),
    ],
    overrides={
        "p_pengy_mom": {"display_name": "悦悦妈"},
        "p_xiat_mom": {"display_name": "夏天"},
        "p_hongl_dad": {"display_name": "洪先生"},
        "p_shiz_dad": {"display_name": "施展爸爸🏀"},
        "p_gant_mom": {"joined": {"via": "invite", "by": "p_gant_dad", "approved": False}},
        "p_kangn_waipo": {"joined": {"via": "invite", "by": "t_pei", "approved": True}},
    },
)

b4.day("2025-12-01", [
    m("06:50", "p_dongxb_nainai", "裴老师早小宝今天发烧了三十八度五请假一天去医院看看"),
    m("07:05", "t_pei", "好的奶奶，看完医生好好休息，好了再来。", r="^"),
    m("07:20", "t_pei", "各位家长早上好！本周四进行六年级第一次模拟考，请督促孩子复习。本条无需回复。", tag="n1"),
    m("07:22", "p_caory_mom", "收到裴老师", r="n1", lab="ack_reply"),
    m("07:23", "p_jiam_mom", "好的老师，辛苦了", r="n1", lab="ack_reply"),
    m("07:25", "p_kangn_waipo", "裴老师，模拟考考几门呀？宁宁问我我也说不清", r="n1", tag="q1", hn=1),
    m("07:40", "t_pei", "语数英三门。", r="q1"),
    m("07:41", "p_kangn_waipo", "晓得了，谢谢裴老师", r="^", hn=1),
    m("08:30", "x_fangchan", "各位家长好，六年级该考虑初中了，白鹭洲附近对口好初中的房源还有几套老破小，总价低，落户就能上，有意向的私聊我，电话同微💚", lab="ad"),
    m("08:35", "p_wusq_mom", "裴老师，这位是？", r="^", hn=1),
    m("08:36", "t_pei", "不是咱班家长，已移出，大家不要相信。", hn=1),
    m("10:00", "t_wen", "语文作业：1.《少年闰土》课后第三题；2. 摘抄本积累五个好句。", tag="hw1", hn=1),
    m("10:02", "p_pengy_mom", "温老师，摘抄本是哪一本呀", r="hw1", tag="q2"),
    m("10:05", "t_wen", "绿色封面那本。", r="q2"),
    m("10:06", "p_pengy_mom", "好嘞，谢谢温老师", r="^", hn=1),
    m("10:10", "t_pei", "@悦悦妈 麻烦把群名片改成“彭悦妈妈”哦。"),
    m("12:00", "p_ouyl_mom", "中午吃啥好纠结，有推荐的外卖吗哈哈", lab="chat"),
    m("12:02", "p_dur_mom", "楼下那家麻辣烫绝了", r="^", lab="chat"),
    m("13:00", "t_kong", "各位家长好，我是道德与法治孔老师。本周法治课讲“远离赌博与网络诈骗”，请家长在家和孩子一起看看反诈宣传片。", tag="n2"),
    m("13:05", "p_zhongsq_mom", "孔老师这节课太及时了，我们家思齐上次差点被游戏里的“免费送皮肤”骗了", r="n2", hn=1),
    m("13:10", "p_qinl_dad", "收到孔老师", r="n2", lab="ack_reply"),
    m("14:00", "p_xiat_mom", "老师好，夏天今天把校服外套忘在学校了，在教室吗？", tag="q3"),
    m("14:05", "t_pei", "在，明天来拿。另外麻烦夏天妈妈把群名改成“夏天妈妈”。", r="q3"),
    m("14:07", "p_xiat_mom", "好的改了", name="夏天妈妈"),
    m("15:30", "p_pangb_dad", "确定了，明年小升初取消摇号，按片区分配加积分，我朋友在区教育局说的，文件下个月出", lab="rumor", tag="ru1"),
    m("15:33", "p_fanzy_mom", "啊？那我们这片对口的是哪个学校啊？", r="ru1", hn=1),
    m("15:35", "p_songjn_mom", "裴老师，这个消息属实吗？", r="ru1", hn=1),
    m("15:45", "t_pei", "小升初政策以区教育局官网发布为准，目前没有任何新文件，请大家不要传播小道消息。", hn=1),
    m("15:50", "p_pangb_dad", "人家内部人士说的，你们爱信不信", r="^", lab="rumor dispute"),
    m("16:00", "p_wusq_mom", "庞博爸爸，没出文件之前还是别说了，大家本来就焦虑", r="^", hn=1),
    m("17:00", "t_zhao", "英语作业：Module 6单词默写准备，明天默写。", tag="hw2"),
    m("17:02", "p_hongl_dad", "赵老师，洪亮这周感冒嗓子哑了，明天默写能推迟吗", r="hw2", tag="q4"),
    m("17:10", "t_zhao", "可以，好了再补。", r="q4"),
    m("18:30", "p_linkx_mom", "麻烦各位家长帮我家可欣投个票，市里的绘画比赛，每天都能投，1号林可欣，谢谢大家🙏 https://vote.hdtoupiao.com/v/3321", k="link_card", lab="ad link"),
    m("18:32", "p_caizj_mom", "投了", r="^", lab="chat"),
    m("18:33", "p_zouy_mom", "已投，加油可欣", r="^", lab="chat"),
    m("18:40", "t_pei", "可欣妈妈，群里不发拉票的哈，理解一下。", hn=1),
    m("19:30", "t_pei", "提醒：学校组织的“我最喜爱的校园节目”评选在学校官网投票，每人一票：https://www.blzxx.edu.cn/tp/2025 ，截止周五。", hn=1),
    m("21:00", "p_linkx_mom", "再拜托一下大家，可欣现在排第三，就差一点点了", lab="ad"),
])

b4.day("2025-12-02", [
    m("07:00:05", "t_pei", "早上好，今天降温，孩子们记得带手套。", hn=1),
    m("07:10", "x_linkx_jiejie", "裴老师好，我是可欣的姐姐，在读高二，妈妈让我帮忙看群里的作业"),
    m("07:15", "t_pei", "可欣姐姐你好，班级群只限家长，作业可以让妈妈转给你，请先退群哈。", r="^"),
    m("07:16", "p_linkx_mom", "不好意思裴老师，我不知道有这个规定"),
    m("08:00", "p_gant_mom", "各位老师好，我是甘甜妈妈，刚被孩子爸拉进来"),
    m("08:05", "t_pei", "欢迎甘甜妈妈。", r="^"),
    m("09:00", "t_wen", "昨天的作文，欧阳乐、蔡子健 两位同学 都 只写了一半，还有 庞博 同学 根本 没交。", lab="student_privacy", tag="pv1"),
    m("09:05", "p_pangb_dad", "温老师，这种能私下说吗？在群里点名孩子多难受", r="pv1", hn=1),
    m("09:10", "t_wen", "好的，抱歉，以后我单独联系家长。", r="^", hn=1),
    m("10:30", "p_ouyl_mom", "温老师，乐乐最近到了青春期，脾气特别大，回家就关房门，一句话都不跟我们说，晚上偷偷玩手机到一两点，早上起不来，成绩也下滑得厉害。她和班上一个女生原来特别好，现在闹掰了，天天在房间里哭，我真的担心她心理出问题……", lab="private_matter", tag="pm1"),
    m("10:40", "p_pengy_mom", "乐乐妈妈，我们家也这样，青春期都这样，手机一定要没收，晚上放客厅充电", r="pm1", lab="private_matter", name="彭悦妈妈"),
    m("10:45", "p_caory_mom", "可以带她去看看心理门诊，别硬来，越管越叛逆", r="pm1", lab="private_matter"),
    m("10:50", "t_pei", "乐乐妈妈，乐乐这几周在学校情绪确实比较低落，上课偶尔趴在桌上，跟好朋友的事我也了解一些，我和心理老师会一起跟她谈谈。手机建议家里统一放客厅，晚上我打电话给您细说。", r="pm1", lab="private_matter student_privacy"),
    m("11:00", "t_pei", "其他家长有类似困惑的，欢迎私信我，群里就不展开了。", hn=1),
    m("12:00", "p_zhanga_dad", "有需要买车险的家长吗？我在做这个，年底返点高，群里家长八折，扣扣：二七五六六零九八三", lab="ad"),
    m("12:05", "t_pei", "张安爸爸，群里不能发广告，请撤回。", r="^", hn=1),
    m("12:06", "p_zhanga_dad", "好的裴老师，不好意思"),
    m("13:30", "p_gun_mom", "十二月你好，愿所有的美好都如约而至🌸", k="image", lab="chat"),
    m("14:00", "p_qinl_dad", "说句不好听的，这次拍毕业照每人收120，照片质量还不如照相馆30块的，中间肯定有人拿了回扣", lab="slander", tag="sl1"),
    m("14:03", "p_shiz_dad", "我也觉得有点贵，不过是自愿的吧？", r="sl1", hn=1),
    m("14:05", "p_wusq_mom", "毕业照是家委会比了三家定的，明细我发群文件了，120包括相册和电子版，没有任何回扣，大家可以看看。", hn=1),
    m("14:08", "p_qinl_dad", "那算了，我就随口一说"),
    m("15:00", "p_gant_dad", "@洪先生 你家孩子昨天把我们家孩子的书包扔进垃圾桶了，你知道吗", lab="dispute", tag="d1"),
    m("15:03", "p_hongl_dad", "小孩子闹着玩，至于吗", r="d1", lab="dispute"),
    m("15:05", "p_gant_dad", "闹着玩？你这当爹的什么素质，难怪孩子这样", r="^", lab="abuse dispute"),
    m("15:06", "p_hongl_dad", "你脑子进水了吧，一点小事上纲上线", r="^", lab="abuse dispute"),
    m("15:07", "p_hongl_dad", "我怎么教孩子轮得到你管？", lab="abuse dispute"),
    m("15:10", "t_pei", "两位家长，这件事我已经了解了，下午放学后请两位到办公室，我们当面解决，群里请不要再说了。", hn=1),
    m("15:12", "p_gant_dad", "行，听裴老师的"),
    m("16:30", "t_zhao", "今天英语默写满分的同学：夏天、杜若、钟思齐、顾念，其他同学继续努力！", lab="ranking", tag="rk1"),
    m("16:35", "p_xiat_mom", "谢谢赵老师！", r="rk1", lab="ack_reply"),
    m("16:40", "t_pei", "@英语赵一航 赵老师，成绩相关的名单咱们不在群里公布哈。"),
    m("16:42", "t_zhao", "明白，下次注意。"),
    m("19:00", "t_pei", "明天有雨，请孩子带伞。", tag="n3"),
    m("19:58", "p_gun_mom", "裴老师，明天早读还是七点四十吗？", r="n3", tag="q5", hn=1),
    m("20:05", "t_pei", "是的。", r="q5"),
    m("23:15", "p_shiz_dad", "今晚这球有人看吗，踢得我血压都上来了", lab="chat"),
])

b4.day("2025-12-03", [
    m("06:40", "p_fanzy_mom", "裴老师早，志远今天去医院打针，晚一点到校，大概九点"),
    m("07:30", "t_pei", "好的。", r="^"),
    m("08:00", "t_pei", "【回执】周四模拟考后，下午组织观看法治教育电影，需要家长同意。同意的请回复“同意”，有异议请私信我。", tag="n4"),
    m("08:01", "p_zhongsq_mom", "同意", r="n4", hn=1),
    m("08:02", "p_dur_mom", "同意", r="n4", hn=1),
    m("08:02", "p_kangn_waipo", "同意", r="n4", hn=1),
    m("08:03", "p_caizj_mom", "同意👌", r="n4", hn=1),
    m("08:05", "p_gun_mom", "同意", r="n4", hn=1),
    m("09:00", "p_zouy_mom", "谁家孩子拿错了邹雨的数学书？封面写了名字，麻烦看一下"),
    m("09:01", "p_zouy_mom", "谁家孩子拿错了邹雨的数学书？封面写了名字，麻烦看一下"),
    m("09:03", "p_zouy_mom", "谁家孩子拿错了邹雨的数学书，封面写了名字，麻烦看一下！", lab="flood"),
    m("09:10", "p_caory_mom", "我让如玉看看书包"),
    m("10:00", "p_zhanga_dad", "内部消息，周四模拟考的数学卷子已经流出来了，我这有电子版，要的私我，别外传", lab="illegal"),
    m("10:05", "t_pei", "模拟考试卷是保密的，所谓“流出”的都是假的，请勿传播，再发就移出群。", hn=1),
    m("11:00", "p_songjn_mom", "六年级作业多到孩子天天写到十一点，我们是不是联名给校长写封信？不行就打12345投诉，谁愿意签名私我", lab="incitement dispute", tag="inc1"),
    m("11:05", "p_fanzy_mom", "我签一个", r="inc1", lab="incitement"),
    m("11:06", "p_jiam_mom", "同意联名", r="inc1", lab="incitement"),
    m("11:08", "p_ouyl_mom", "算我一份", r="inc1", lab="incitement"),
    m("11:15", "t_pei", "各位家长，作业量的问题我非常重视，今天就和各科老师商量减量。大家有意见直接跟我说，不需要联名，我们一起解决。", hn=1),
    m("11:20", "p_songjn_mom", "好的裴老师，我们等您消息"),
    m("13:00", "p_dongxb_nainai", "大家好小宝奶奶给大家推荐个好东西磁疗床垫我用了腰不疼了小区里搞活动五百八要的找我", lab="ad"),
    m("13:05", "t_pei", "奶奶，群里不卖东西哈。", r="^", hn=1),
    m("14:00", "p_pengy_mom", "裴老师的课件牛逼了，孩子回来讲得头头是道", lab="abuse"),
    m("15:00", "t_kong", "反诈宣传｜这些骗局专盯孩子，家长一定要看 https://mp.weixin.qq.com/s/Fz0aB1c", k="link_card", lab="link"),
    m("15:02", "p_jiam_mom", "谢谢孔老师分享", r="^", lab="ack_reply"),
    m("15:03", "t_pei", "@孔令 孔老师，公众号链接按规定群里不发哈，可以截图发。另外群名片麻烦改成“道德与法治孔令”～"),
    m("15:05", "t_kong", "好的，谢谢裴老师提醒", name="道德与法治孔令"),
    m("16:00", "p_dur_mom", "杜若这次默写满分，回来开心坏了，谢谢赵老师", hn=1),
    m("17:00", "t_pei", "作业调整：从今天起，六年级书面作业总量控制在一个半小时以内，各科已经协调好。", tag="n5"),
    m("17:02", "p_songjn_mom", "谢谢裴老师！", r="n5", hn=1),
    m("17:03", "p_caory_mom", "辛苦裴老师了", r="n5", lab="ack_reply"),
    m("19:50", "t_pei", "明天模拟考，请孩子带好2B铅笔、橡皮、直尺，早点休息。", tag="n6"),
    m("20:10", "p_hongl_dad", "裴老师，考试可以带计算器吗？", r="n6", tag="q6"),
    m("20:15", "t_pei", "不能。", r="q6"),
    m("20:40", "p_gant_mom", "孩子们加油！明天考出好成绩💪"),
])

b4.day("2025-12-04", [
    m("06:15", "t_pei", "【紧急通知】夜间降雪路面结冰，今天模拟考推迟到9:00开始，8:30前到校即可，路上注意安全，请回复“收到”。", tag="u1", urg=1, hn=1),
    m("06:16", "p_zouy_mom", "收到", r="u1", urg=1, hn=1),
    m("06:17", "p_linkx_mom", "收到裴老师", r="u1", urg=1, hn=1),
    m("06:18", "p_gant_dad", "收到", r="u1", urg=1, hn=1),
    m("06:20", "p_hongl_dad", "收到，那考试时间会延长吗？", r="u1", tag="q7"),
    m("06:40", "p_pangb_dad", "路上真的好滑，大家慢点开"),
    m("07:10", "t_pei", "考试时长不变，整体顺延。", r="q7"),
    m("08:00", "p_caory_mom", "考试前给孩子在文昌帝君像前烧了高香，大家要的话我把大师画的符发群里，转发的孩子都能考好", lab="illegal"),
    m("08:05", "t_wen", "如玉妈妈，这类内容请不要发。", r="^", hn=1),
    m("10:00", "p_wusq_mom", "提醒大家：最近有人冒充老师加家长微信收资料费，一律是骗子，裴老师从来不私下收钱。", hn=1),
    m("11:30", "p_shiz_dad", "今天雪景好美，下午去公园堆雪人的有吗", lab="chat"),
    m("11:32", "p_qinl_dad", "算我一个，带上娃", r="^", lab="chat"),
    m("11:35", "p_zhanga_dad", "nsdd，下雪天就得堆雪人，我们也去！", lab="chat"),
    m("14:00", "t_pei", "模拟考顺利结束，孩子们辛苦了！", tag="n7"),
    m("14:02", "p_gun_mom", "老师们也辛苦了[抱拳]", r="n7", lab="ack_reply"),
    m("14:05", "p_fanzy_mom", "裴老师，志远说数学最后一道题没写完，会不会影响很大？", hn=1),
    m("14:10", "t_pei", "模拟考主要是查漏补缺，不用太担心。", r="^"),
    m("15:00", "t_pei", "法治教育电影观影", k="image"),
    m("15:00", "t_pei", "", k="image"),
    m("15:01", "t_pei", "", k="image", hn=1),
    m("16:00", "p_kangn_waipo", "裴老师，宁宁爸妈都在外地打工，孩子一直跟着我过，我年纪大了作业辅导不了。孩子最近老说肚子疼不想上学，去医院查了也没毛病，医生说可能是压力太大了，我也不知道怎么办才好，能不能麻烦老师多关心关心她", lab="private_matter", tag="pm2"),
    m("16:10", "t_pei", "外婆您别着急，宁宁在学校很乖，最近确实有点紧张，我会多留意，也请心理老师跟她聊聊，放学后我给您打电话。", r="pm2", lab="private_matter"),
    m("16:12", "p_kangn_waipo", "谢谢裴老师", r="^", hn=1),
    m("17:00", "p_zhongsq_mom", "跟大家说一下，董小宝这周 已经 两次 在课间 把我们思齐的眼镜抢走扔地上，镜片都碎了", lab="student_privacy dispute", tag="pv2"),
    m("17:05", "p_dongxb_nainai", "思齐妈妈对不起对不起小宝不懂事我回去说他眼镜钱我们赔", r="pv2", hn=1),
    m("17:10", "t_pei", "思齐妈妈，这件事我明天处理，我们私下沟通。", r="pv2", hn=1),
    m("19:30", "t_zhao", "英语模拟卷明天讲评，请孩子带好卷子。"),
    m("21:00", "p_xiat_mom", "赵老师，模拟考成绩什么时候出？"),
])

b4.day("2025-12-05", [
    m("07:30", "t_pei", "【通知】下周一学校开展“小升初政策解读”家长讲座，由区教育局老师主讲，线上参加：https://basic.smartedu.cn/live/xsc2025 ，本条无需回复。", tag="n8", hn=1),
    m("07:32", "p_zouy_mom", "收到裴老师", r="n8", lab="ack_reply"),
    m("07:33", "p_gun_mom", "👍", r="n8", lab="ack_reply"),
    m("08:00", "p_pangb_dad", "看吧，讲座都安排上了，取消摇号肯定是真的", r="n8", lab="rumor"),
    m("08:05", "t_pei", "讲座是常规的政策解读，和传言无关，请不要再传了。", r="^", hn=1),
    m("09:30", "t_pei", "模拟考成绩已私发家长。班级平均分：语文86.5、数学89.2、英语90.1，按学校规定不公布个人排名。", hn=1),
    m("09:35", "p_caizj_mom", "裴老师，子健的数学排在班里什么位置？", hn=1),
    m("09:40", "t_pei", "私信您。", r="^", hn=1),
    m("10:00", "p_fanzy_mom", "我在几个家长那问了一圈，这次数学前三是钟思齐99、杜若97、施展96，我们志远才80，压力好大", lab="ranking"),
    m("10:05", "t_pei", "志远妈妈，请撤回一下，群里不讨论别的孩子的成绩哈。", r="^", hn=1),
    m("11:00", "p_ouyl_mom", "温老师，乐乐的作文本落在学校了，周末的作文怎么办", tag="q8", hn=1),
    m("11:05", "t_wen", "题目是《那一刻，我长大了》，写在稿纸上，周一贴进本子就行。", r="q8"),
    m("11:06", "p_ouyl_mom", "好的，谢谢温老师", r="^", hn=1),
    m("13:00", "p_gant_dad", "书包那件事，学校到现在也没个说法，就想压下去，出了事就捂着，这种学校还谈什么育人", lab="slander dispute"),
    m("13:05", "t_pei", "甘甜爸爸，周二已经当面处理了，对方家长也道了歉。如果您还有不满意的地方，我们再约时间谈。", r="^", hn=1),
    m("13:10", "p_gant_dad", "道歉有什么用，我这火压了好几天了", r="^", lab="dispute"),
    m("13:15", "t_pei", "理解您的心情，我下午给您打电话。", r="^", hn=1),
    m("15:00", "p_liaof_mom", "宝妈在家无聊的可以做点兼职，手机上点点赞一单3块，日结，不要押金，想做的加我V看图", k="image", lab="illegal ad"),
    m("15:05", "p_wusq_mom", "廖凡妈妈，这是刷单诈骗啊，千万别做！", r="^", hn=1),
    m("15:10", "p_liaof_mom", "啊？我也是在朋友圈看到的，那我撤了"),
    m("16:00", "t_zhao", "周末英语作业：完成模拟卷订正，背诵Module 6课文。", tag="hw3"),
    m("16:02", "p_jiam_mom", "好的赵老师", r="hw3", lab="ack_reply"),
    m("16:03", "p_xiat_mom", "收到，夏天这周默写有进步，谢谢赵老师", r="hw3", hn=1),
    m("20:30", "p_dur_mom", "老师们周末愉快，辛苦一周了！"),
    m("21:40", "p_pangb_dad", "取消摇号是真的，信不信由你们", lab="rumor"),
    m("21:41", "p_pangb_dad", "取消摇号是真的，信不信由你们！", lab="rumor"),
    m("21:41", "p_pangb_dad", "取消摇号是真的 信不信由你们", lab="rumor flood"),
    m("21:45", "t_pei", "庞博爸爸，请不要再发了，周一讲座大家听官方解读。", hn=0),
])

b4.day("2025-12-07", [
    m("10:00", "p_gun_mom", "周日愉快[太阳]各位家长", k="image", lab="chat"),
    m("10:10", "p_zhanga_dad", "这个天文科普视频挺好，孩子爱看 https://www.bilibili.com/video/BV1xx411c7mD", k="link_card", lab="link"),
    m("16:00", "t_pei", "下周一的讲座别忘了，链接在周五的通知里。", tag="n9"),
    m("16:05", "p_zouy_mom", "好的", r="n9", lab="ack_reply"),
    m("19:59", "p_hongl_dad", "裴老师，洪亮周一要去复查嗓子，请假半天", hn=1),
])
GROUPS.append(b4)


# ===========================================================================
# the following school week (mostly ordinary traffic)
# ===========================================================================
b1.day("2025-09-22", [
    m("07:10", "t_shen", "各位家长早上好！今天请孩子把签好字的《安全教育告知书》交给组长。周三运动会，孩子们穿班服，班服周二下午发。", tag="n4"),
    m("07:15", "p_fengar_mom", "沈老师，班服需要交钱吗？", r="n4", tag="q8"),
    m("07:20", "t_shen", "不用，班服是用班费买的，运动会后可以带回家。", r="q8"),
    m("07:21", "p_fengar_mom", "好的，明白了[愉快]", r="^", hn=1),
    m("07:40", "t_ma", "今日数学作业：练习册P12-13，口算本第14页。"),
    m("08:05", "p_tangg_mom", "马老师，唐果上周五请假了，数学小报能今天补交吗？", tag="q9"),
    m("08:10", "t_ma", "可以，今天交给课代表。", r="q9"),
    m("08:12", "p_tangg_mom", "谢谢马老师！", r="^", hn=1),
    m("09:30", "t_luo", "二年级(3)班运动会项目安排.xlsx", k="file"),
    m("09:35", "p_liangxd_yeye", "", k="voice"),
    m("09:36", "p_liangxd_yeye", "罗老师晓东报的是五十米跑还是跳远我记不清了"),
    m("09:40", "t_luo", "爷爷，是五十米跑，上午第二项。", r="^"),
    m("12:30", "p_heyh_mom", "请问运动会那天家长能进校看吗？", tag="q10"),
    m("12:40", "t_shen", "家长可以在看台观看，进校请戴好家长证，从东门进。", r="q10"),
    m("12:41", "p_heyh_mom", "好的谢谢沈老师", r="^", hn=1),
    m("15:45", "p_zhujx_mom", "俊熙说鞋带断了在东门等我，有没有在东门的家长帮忙看一下他？我十分钟就到"),
    m("15:50", "p_songyt_mom", "我在东门，我先陪着他", r="^"),
    m("16:20", "t_he", "英语作业：Unit 3单词卡片认读，明天小组比赛。"),
    m("16:21", "p_wangyf_mom", "何老师，一凡上次默写没过的单词我们在家又练了几遍，今天能再给他默一次吗？", hn=1),
    m("16:30", "t_he", "可以，明天课间我给他单独默一次。", r="^"),
    m("17:00", "t_shen", "今天表扬：王一凡、孙浩宇 英语单词重默全部过关，进步很大！", hn=1),
    m("17:05", "p_sunhy_mom", "谢谢沈老师和何老师！浩宇今天回家特别开心，zqsg", r="^", hn=1),
    m("19:30", "p_gaomz_dad", "沈老师，铭泽后天运动会要带午饭吗？", tag="q11"),
    m("19:35", "t_shen", "不用，学校统一供应午餐。", r="q11"),
    m("19:36", "p_gaomz_dad", "好的谢谢", r="^", hn=1),
])

b1.day("2025-09-23", [
    m("07:15", "t_shen", "明天运动会，请孩子7:30到校，穿班服和运动鞋，带水杯和小毛巾。看到请回复“收到”。", tag="n5"),
    m("07:16", "p_zhaoxr_mom", "收到", r="n5", hn=1),
    m("07:16", "p_lit_mom", "收到", r="n5", hn=1),
    m("07:17", "p_xucy_dad", "收到，谢谢沈老师", r="n5", hn=1),
    m("07:18", "p_hujy_mom", "收到～", r="n5", hn=1),
    m("07:20", "p_chenax_dad", "收到", r="n5", hn=1),
    m("07:30", "p_zhouru_waipo", "收到沈老师如意咳嗽好了明天能去跑步了", r="n5", hn=1),
    m("10:00", "p_linsq_mom", "沈老师，诗琪想带个小风扇可以吗，她怕热"),
    m("10:05", "t_shen", "可以带手持的小风扇，贵重的东西就别带了。", r="^"),
    m("14:00", "t_ma", "今天练习册订正全对的有：郑可馨、胡嘉怡、黄梓涵，其他同学订正后明天再交一次。", lab="ranking", tag="rk2"),
    m("14:05", "p_huangzh_mom", "谢谢马老师！", r="rk2", lab="ack_reply"),
    m("16:00", "t_shen", "今天下午体育课 徐晨阳 和 朱俊熙 追着打闹，朱俊熙 额头磕了一下，校医已经处理，请两位家长放学后来一下办公室。", lab="student_privacy"),
    m("16:03", "p_zhujx_mom", "沈老师，我马上到", r="^", hn=1),
    m("16:05", "p_xucy_dad", "好的沈老师，我也过来", hn=1),
    m("18:00", "p_luozh_mom", "班服穿上真精神，谁挑的，牛b", lab="abuse"),
    m("18:05", "p_zhaoxr_mom", "是家委会几个妈妈一起挑的，孩子们喜欢就好😊", r="^"),
    m("19:00", "t_luo", "明天运动会预报晴，请孩子涂好防晒，带遮阳帽。", tag="n6"),
    m("19:10", "p_wusy_mom", "罗老师，思远的跳绳项目是几点？", r="n6", tag="q12"),
    m("19:15", "t_luo", "下午一点半。", r="q12"),
    m("19:16", "p_wusy_mom", "好的谢谢罗老师", r="^", hn=1),
])

b2.day("2025-10-27", [
    m("07:10", "t_fang", "各位家长早上好，请孩子今天交延时服务回执。秋游改到本周四，带的东西和上周一样。", tag="n7"),
    m("07:12", "p_xun_mom", "方老师，秋游还需要再交一次回执吗？", r="n7", tag="q11"),
    m("07:15", "t_fang", "不用，上周交的回执继续有效。", r="q11"),
    m("07:16", "p_xun_mom", "好的，谢谢方老师", r="^", hn=1),
    m("07:40", "t_cao", "数学作业：课本P52练习八第1-5题，计算题写在作业本上。"),
    m("08:20", "p_zhaocx_mom", "曹老师，晨曦上周四请假那张卷子还没做，要补吗？", tag="q12"),
    m("08:30", "t_cao", "要补，卷子我放她桌上了。", r="q12"),
    m("08:31", "p_zhaocx_mom", "谢谢曹老师", r="^", hn=1),
    m("10:00", "t_qiu", "四年级科学第二单元复习提纲.docx", k="file"),
    m("10:01", "t_qiu", "复习提纲已上传群文件，有需要的家长可以打印给孩子。", hn=1),
    m("12:00", "p_sunll_nainai", "方老师乐乐今天中午要去医院拿药下午一点半回来麻烦跟老师说一声"),
    m("12:05", "t_fang", "好的奶奶，路上慢点。", r="^"),
    m("15:00", "t_amy", "英语作业：朗读Unit 4 Story time，在App上打卡。", tag="hw3"),
    m("15:05", "p_may_dad", "刘老师，一鸣打卡时一直提示网络错误，能明天再打吗？", r="hw3", tag="q13"),
    m("15:10", "t_amy", "可以的，不着急。", r="q13"),
    m("15:11", "p_may_dad", "好的谢谢刘老师", r="^", hn=1),
    m("16:30", "p_huangzx_mom", "子轩复查完了，一切正常，谢谢方老师关心"),
    m("17:00", "t_cao", "今天数学课上 刘浩然 和 罗天宇 又 在后排讲话，被我罚站了十分钟，请家长回家说一说。", lab="student_privacy", tag="pv2"),
    m("17:05", "p_liuhr_dad", "曹老师对不起，我回去好好说他", r="pv2", hn=1),
    m("17:06", "p_luoty_dad", "收到曹老师，天宇今晚我跟他好好谈谈", r="pv2", hn=1),
    m("17:10", "t_fang", "@数学曹老师 曹老师，这类情况咱们私信家长哈。"),
    m("19:30", "t_fang", "明天学校大扫除，请孩子带一块抹布。", tag="n8"),
    m("20:00", "p_zengkx_mom", "方老师，抹布要干的还是湿的？", r="n8", tag="q14", hn=1),
    m("20:10", "t_fang", "干的就行，学校有水。", r="q14", hn=1),
    m("20:59", "p_wuyx_mom", "方老师，雨萱明天要带小水桶吗？", r="n8", tag="q15", hn=1),
    m("21:02", "t_fang", "不用带桶。", r="q15"),
])

b2.day("2025-10-28", [
    m("07:00", "t_fang", "【接龙】周四秋游需要4位家长志愿者协助带队，愿意的请接龙：\n1. 杨思彤妈妈", tag="jl1"),
    m("07:05", "p_zhouq_mom", "1. 杨思彤妈妈\n2. 周全妈妈", r="jl1", hn=1),
    m("07:08", "p_gaoy_dad", "1. 杨思彤妈妈\n2. 周全妈妈\n3. 高远爸爸", r="jl1", hn=1),
    m("07:15", "p_lijy_mom", "1. 杨思彤妈妈\n2. 周全妈妈\n3. 高远爸爸\n4. 李佳音妈妈", r="jl1", hn=1),
    m("07:30", "t_fang", "志愿者满了，谢谢四位家长！周四7:10到校集合。"),
    m("10:00", "p_zhengmq_mom", "听说这次期中语文许诺考了99，周全98，我们美琪才85，差距好大", lab="ranking"),
    m("10:05", "t_fang", "美琪妈妈，成绩咱们不在群里比较哈，每个孩子有自己的节奏。", r="^", hn=1),
    m("11:00", "t_qiu", "今天科学课孩子们用放大镜观察树叶", k="image"),
    m("11:01", "t_qiu", "", k="image"),
    m("14:00", "p_guojh_mom", "方老师，俊豪的校服裤子破了，学校能单买一条吗？", tag="q16"),
    m("14:10", "t_fang", "可以，找总务处登记，一条45元。", r="q16"),
    m("14:11", "p_guojh_mom", "好的，谢谢方老师！", r="^", hn=1),
    m("16:00", "t_fang", "温馨提示：今天有几个孩子没带红领巾，明天周一补升旗，请家长帮忙检查。", tag="n9", hn=1),
    m("16:02", "p_heyuhan_mom", "收到", r="n9", lab="ack_reply"),
    m("17:30", "p_panr_mom", "方老师，潘睿爷爷今天去接孩子没带接送卡，门卫不让进，能跟门卫说一下吗？爷爷电话13588201466", hn=1),
    m("17:35", "t_fang", "我已经跟门卫说了，让爷爷在门口稍等。", r="^"),
])

b3.day("2025-11-17", [
    m("07:35", "t_song", "各位家长早上好。本周三下午学校消防演练，孩子们在校正常上课，请家长放心。无需回复。", tag="n8"),
    m("07:36", "p_jiangwb_waigong", "好的", r="n8", lab="ack_reply"),
    m("07:50", "t_xu", "数学作业：练习十三第1-4题，订正期中试卷错题。", tag="hw3"),
    m("08:10", "p_tiant_mom", "许老师，期中试卷订正要家长签字吗？", r="hw3", tag="q12"),
    m("08:15", "t_xu", "要签，签在卷子右上角。", r="q12"),
    m("08:16", "p_tiant_mom", "好的，谢谢许老师", r="^", hn=1),
    m("09:00", "t_yan", "五年级上册Unit5单词表.pdf", k="file"),
    m("09:01", "t_yan", "Unit 5单词表已上传，请孩子提前预习。"),
    m("10:30", "p_panjj_mom", "宋老师，周三消防演练要给孩子带湿毛巾吗？", r="n8", tag="q13"),
    m("10:40", "t_song", "学校统一准备，不用带。", r="q13"),
    m("12:00", "p_cuih_dad", "宋老师，上周那件事谢谢您处理得这么及时，崔浩这周上学开心多了", hn=1),
    m("12:05", "t_song", "不客气，有问题随时联系我。", r="^"),
    m("14:00", "t_xu", "期中数学90分以上的同学：叶知秋、方圆、石磊、高兴，请继续保持！", lab="ranking", tag="rk2"),
    m("14:05", "p_gaox_mom", "谢谢许老师", r="rk2", lab="ack_reply"),
    m("14:10", "t_song", "@数学许静 许老师，这个名单咱们私下表扬哈，群里不发分数。", hn=1),
    m("15:30", "p_lujx_mom", "宋老师，嘉欣今天放学我晚到十分钟，麻烦让她在教室等一下", hn=1),
    m("15:35", "t_song", "好的。", r="^"),
    m("16:00", "t_song", "消防演练告知书今天发下，请家长签字后明天交回。", tag="n9"),
    m("16:01", "p_rensy_mom", "收到宋老师", r="n9", lab="ack_reply"),
    m("16:30", "p_yankx_mom", "白老师，可心的竖笛钱已经交给文艺委员了"),
    m("17:00", "p_weiyt_mom", "语桐说明天美术课要带水彩笔和调色盘，有家长知道调色盘买哪种吗？"),
    m("17:05", "p_yuanzm_mom", "文具店那种白色塑料的就行，五块钱", r="^"),
    m("17:06", "p_weiyt_mom", "谢谢梓萌妈妈", r="^", hn=1),
    m("19:25", "t_song", "提醒：明天降温，孩子注意保暖。", tag="n10"),
    m("19:29", "p_shil_dad", "好的宋老师，谢谢提醒", r="n10", lab="ack_reply"),
])

b3.day("2025-11-18", [
    m("07:31", "t_song", "早上好，今天最低5度，孩子们穿厚一点。", hn=1),
    m("07:40", "p_chenglt_dad", "宋老师，乐天的体检补检是今天吗？", tag="q14"),
    m("07:45", "t_song", "今天上午第二节课，在校医室。", r="q14"),
    m("07:46", "p_chenglt_dad", "好的，谢谢宋老师", r="^", hn=1),
    m("10:00", "p_hexn_mom", "宋老师，上次家长会后您跟我解释了研学的安排，我想通了，之前在群里说话冲了，跟大家道个歉", hn=1),
    m("10:05", "p_dengjq_mom", "没事的，说开了就好", r="^"),
    m("13:00", "t_bai", "下周一音乐课竖笛考试，曲目《小星星》，请孩子在家多练练。"),
    m("13:05", "p_fangy_mom", "白老师，方圆的竖笛有个孔漏气，能换吗？", tag="q15"),
    m("13:10", "t_bai", "可以，带到学校我帮她看看。", r="q15"),
    m("15:00", "t_song", "今天的书法课", k="image"),
    m("15:01", "t_song", "", k="image"),
    m("16:00", "p_xiongtt_mom", "宋老师，天天这周作业都按时交了，谢谢您和许老师", hn=1),
    m("16:05", "t_song", "天天进步很大，继续加油！", r="^", hn=1),
])

b4.day("2025-12-08", [
    m("07:10", "t_pei", "各位家长早上好，今晚7点小升初政策讲座，链接见周五的通知。本周三数学单元测，请孩子复习第四单元。", tag="n10"),
    m("07:12", "p_songjn_mom", "裴老师，讲座有回放吗？晚上要加班", r="n10", tag="q9"),
    m("07:20", "t_pei", "有，讲座结束后学校官网可以看回放。", r="q9"),
    m("07:21", "p_songjn_mom", "好的，谢谢裴老师", r="^", hn=1),
    m("07:40", "t_wen", "语文作业：《月光曲》生字每个写两遍，预习课后习题。"),
    m("09:00", "t_zhao", "六年级英语Module7复习卷.pdf", k="file"),
    m("09:01", "t_zhao", "复习卷请打印完成，周三交。", tag="hw4"),
    m("09:05", "p_jiam_mom", "赵老师，家里打印机坏了，能手抄吗？", r="hw4", tag="q10"),
    m("09:10", "t_zhao", "可以，直接在本子上写答案。", r="q10"),
    m("09:11", "p_jiam_mom", "好的谢谢赵老师", r="^", hn=1),
    m("11:00", "p_shiz_dad", "裴老师，施展明天牙科复诊，上午请假，下午到校", hn=1),
    m("11:05", "t_pei", "好的。", r="^"),
    m("14:00", "t_kong", "本周道法课讲“宪法伴我成长”，请家长和孩子一起看一段宪法宣传日的视频，学校公众号里有。", tag="n11"),
    m("14:05", "p_zhongsq_mom", "收到孔老师", r="n11", lab="ack_reply"),
    m("15:30", "t_pei", "今天午休 张安 同学 偷偷 带手机 进教室，被没收了，放学后请家长到办公室领取。", lab="student_privacy"),
    m("15:35", "p_zhanga_dad", "裴老师对不起，我放学就过来", r="^", hn=1),
    m("16:00", "p_dur_mom", "请问周三单元测需要带量角器吗？", tag="q11"),
    m("16:05", "t_pei", "要带，还有圆规。", r="q11"),
    m("16:06", "p_dur_mom", "好的谢谢裴老师", r="^", hn=1),
    m("18:00", "p_caory_mom", "@宋佳宁妈妈 你家孩子借了如玉的笔记本一个礼拜都不还，真是不要脸", lab="abuse dispute"),
    m("18:05", "p_songjn_mom", "我问问她是不是忘了，明天一定还", r="^", hn=1),
    m("18:10", "t_pei", "两位家长，这种小事私下沟通就好，不要在群里说哈。", hn=1),
    m("19:00", "p_pangb_dad", "讲座听了，之前是我信了小道消息，给大家添乱了，不好意思", hn=1),
    m("19:50", "t_pei", "讲座回放：https://www.blzxx.edu.cn/jz/xsc-replay ，需要的家长可以看。", tag="n12", hn=1),
    m("19:55", "p_fanzy_mom", "谢谢裴老师", r="n12", lab="ack_reply"),
])

b4.day("2025-12-09", [
    m("06:58", "p_gun_mom", "裴老师早，顾念今天发烧了，请假一天"),
    m("07:05", "t_pei", "好的，注意休息。", r="^"),
    m("07:30", "t_pei", "【接龙】元旦联欢会需要家长帮忙布置教室，12月31日下午，有空的家长请接龙：\n1. 武思琪妈妈", tag="jl1"),
    m("07:35", "p_dur_mom", "1. 武思琪妈妈\n2. 杜若妈妈", r="jl1", hn=1),
    m("07:40", "p_shiz_dad", "1. 武思琪妈妈\n2. 杜若妈妈\n3. 施展爸爸 可以带气球打气筒", r="jl1", hn=1),
    m("07:50", "p_xiat_mom", "1. 武思琪妈妈\n2. 杜若妈妈\n3. 施展爸爸 可以带气球打气筒\n4. 夏天妈妈", r="jl1", hn=1),
    m("10:00", "t_wen", "今天作文课孩子们写得都很认真，几篇优秀作文会贴在教室后面的展示栏。", tag="n13"),
    m("10:05", "p_ouyl_mom", "温老师辛苦了", r="n13", lab="ack_reply"),
    m("12:00", "p_linkx_mom", "裴老师，可欣的绘画比赛结果出来了，得了市二等奖，谢谢老师们平时的鼓励", hn=1),
    m("12:05", "t_pei", "祝贺可欣！", r="^"),
    m("15:00", "t_pei", "元旦联欢会节目排练", k="image"),
    m("15:01", "t_pei", "", k="image"),
])


def main():
    (OUT / "rosters").mkdir(parents=True, exist_ok=True)
    (OUT / "transcripts").mkdir(parents=True, exist_ok=True)
    groups = {}
    for g in GROUPS:
        groups[g.gid] = g.group_doc()
        with open(OUT / "rosters" / f"{g.gid}.yaml", "w", encoding="utf-8") as f:
            yaml.safe_dump(g.roster_doc(), f, allow_unicode=True, sort_keys=False,
                           default_flow_style=None, width=200)
        rows = g.build()
        with open(OUT / "transcripts" / f"{g.gid}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(g.gid, len(rows))
    with open(OUT / "groups_a.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump({"groups": groups}, f, allow_unicode=True, sort_keys=False,
                       default_flow_style=None, width=200)


if __name__ == "__main__":
    main()
