#!/usr/bin/env python3
"""Build the blind5 test bundle (8 class groups) from hand-written scripts in src/*.txt.

Script line format:  DAY HH:MM SENDER [opts] | TEXT | LABELS
  opts:  k=image|file|voice|link_card|sticker   kind (default text)
         r=-N | r=TAG                           reply_to (N messages back, or a tagged message)
         #TAG                                   tag this message
         n=NAME                                 display name changes to NAME (from this message on)
         x                                      urgent teacher notice / requested ack: quiet-hours exempt
  LABELS: hand labels (content categories), comma separated.
The structural labels membership / nickname / invite / quiet_hours / flood are derived here
from the roster, the member list, the clock and the message sequence, exactly as LABELS.md
defines them.
"""
import json, os, random, re, sys, unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor", "chat",
        "flood", "ack_reply", "slander", "incitement", "ranking", "student_privacy",
        "private_matter", "quiet_hours", "dispute"]
AUTO = {"membership", "nickname", "invite", "quiet_hours", "flood"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长"]
rng = random.Random(20250908)

# ---------------------------------------------------------------- groups
# teachers: (key, name, subject, role, display)
# students: (name, [(key, relation, display), ...])
# outsiders: (key, display, joined-or-None)   members that are not on the roster
# joined: extra join info for rostered members
GROUPS = OrderedDict()

GROUPS["ga"] = dict(
    school="青山区实验小学", cls="一年级(2)班", grade=1, platform="wechat",
    qh=("20:00", "07:00"), domains=[],
    dates=["2025-09-08", "2025-09-09", "2025-09-10", "2025-09-11", "2025-09-12"],
    teachers=[("zhou", "周敏", "语文", "head_teacher", "语文周敏（班主任）"),
              ("li", "李建国", "数学", "teacher", "数学李老师"),
              ("chen_t", "陈晓", "英语", "teacher", "英语陈晓"),
              ("ma", "马骏", "体育", "teacher", "马老师")],
    supervisor="he",
    students=[("何雨彤", [("he", "妈妈", "何雨彤妈妈")]),
              ("郭思远", [("guo", "妈妈", "郭思远妈妈"), ("guowp", "外婆", "郭思远外婆")]),
              ("张子涵", [("zhang", "爸爸", "张子涵爸爸")]),
              ("王一诺", [("wangn", "奶奶", "王一诺奶奶")]),
              ("刘梓萱", [("liu", "妈妈", "萱萱妈")]),
              ("赵宇航", [("zhao", "爸爸", "赵宇航爸爸🏀")]),
              ("孙浩然", [("sun", "妈妈", "孙浩然妈妈")]),
              ("陈沐阳", [("chen", "妈妈", "Grace")]),
              ("李欣怡", [("lidad", "爸爸", "李欣怡爸爸")]),
              ("周子墨", [("zhou_m", "妈妈", "周子墨妈妈")]),
              ("吴思琪", [("wu", "妈妈", "吴思琪妈妈")]),
              ("黄俊熙", [("huang", "爷爷", "黄俊熙爷爷")]),
              ("林可馨", [("lin", "妈妈", "林可馨妈妈")])],
    fillers=16,
    outsiders=[("tuoguan", "阳光小饭桌-小雨", {"via": "qr_code"}),
               ("wangbro", "王一诺哥哥", {"via": "invite", "by": "wangn", "approved": False}),
               ("dashi", "易经起名王大师", {"via": "invite", "by": "wu", "approved": False})],
    joined={"guowp": {"via": "invite", "by": "guo", "approved": False}},
)
GROUPS["gb"] = dict(
    school="青山区实验小学", cls="三年级(1)班", grade=3, platform="qq",
    qh=("21:00", "07:00"), domains=[],
    dates=["2025-09-29", "2025-09-30", "2025-10-05", "2025-10-08", "2025-10-09"],
    teachers=[("wang", "王芳", "英语", "head_teacher", "英语王芳"),
              ("yang_t", "杨丽", "语文", "teacher", "语文杨老师"),
              ("xu_t", "徐刚", "数学", "teacher", "Xu Gang"),
              ("jiang_t", "蒋涛", "科学", "teacher", "科学蒋涛")],
    supervisor="chen",
    students=[("陈可欣", [("chen", "爸爸", "陈可欣爸爸")]),
              ("李明轩", [("li", "妈妈", "明轩妈")]),
              ("张浩宇", [("zhang", "妈妈", "张浩宇妈妈")]),
              ("刘子豪", [("liu", "爸爸", "刘子豪爸爸")]),
              ("杨思彤", [("yang", "妈妈", "杨思彤妈妈")]),
              ("许诺", [("xu", "妈妈", "许诺妈妈")]),
              ("马一鸣", [("ma", "奶奶", "马一鸣奶奶")]),
              ("郑佳怡", [("zheng", "妈妈", "向日葵🌻")]),
              ("胡嘉乐", [("hu", "爸爸", "胡嘉乐爸爸")]),
              ("邓雨泽", [("deng", "妈妈", "邓雨泽妈妈")]),
              ("蔡欣然", [("cai", "妈妈", "蔡欣然妈妈")]),
              ("彭博文", [("peng", "外公", "彭博文外公")])],
    fillers=20,
    outsiders=[("pupil", "李明轩", {"via": "qr_code"}),
               ("insure", "平安保险小刘", {"via": "invite", "by": "hu", "approved": False}),
               ("other3", "三(3)班周子轩妈妈", {"via": "qr_code"})],
    joined={},
)
GROUPS["gc"] = dict(
    school="明德中学", cls="初一(3)班", grade=7, platform="wechat",
    qh=("20:00", "07:00"), domains=[],
    dates=["2025-10-13", "2025-10-14", "2025-10-15", "2025-10-16", "2025-10-17"],
    teachers=[("sun_t", "孙立平", "数学", "head_teacher", "数学孙立平"),
              ("wu_t", "吴燕", "语文", "teacher", "语文吴燕"),
              ("hao_t", "郝佳", "英语", "teacher", "英语郝佳"),
              ("he_t", "何志军", "生物", "teacher", "生物何老师")],
    supervisor="lin",
    students=[("林晨", [("lin", "妈妈", "林晨妈妈")]),
              ("宋雨桐", [("song", "爸爸", "宋雨桐爸爸")]),
              ("钱浩", [("qian", "妈妈", "钱浩妈妈")]),
              ("高梓轩", [("gao", "爸爸", "高梓轩爸爸")]),
              ("冯思远", [("feng", "妈妈", "冯思远妈妈")]),
              ("韩子涵", [("han", "妈妈", "韩子涵妈妈")]),
              ("唐一凡", [("tang", "爸爸", "唐一凡爸爸")]),
              ("董欣悦", [("dong", "妈妈", "欣悦妈妈")]),
              ("袁博", [("yuan", "爸爸", "袁先生")]),
              ("潘雨萱", [("pan", "妈妈", "潘雨萱妈妈")]),
              ("谢天宇", [("xie", "妈妈", "谢天宇妈妈")]),
              ("曹佳琪", [("cao", "妈妈", "曹佳琪妈妈")]),
              ("魏子健", [("wei", "爸爸", "魏子健爸爸")])],
    fillers=27,
    outsiders=[("expar", "方宇航妈妈", None),
               ("porn", "小甜甜💋", {"via": "qr_code"}),
               ("tutor", "启航教育-陈老师", {"via": "invite", "by": "gao", "approved": False})],
    joined={},
)
GROUPS["gd"] = dict(
    school="滨江外国语学校", cls="初二(5)班", grade=8, platform="matrix",
    qh=("20:00", "07:00"), domains=["bjwgy.edu.cn", "smartedu.cn"],
    dates=["2025-11-03", "2025-11-04", "2025-11-05", "2025-11-06", "2025-11-07"],
    matrix_server="bjwgy.edu.cn",
    teachers=[("ye_t", "叶青", "英语", "head_teacher", "英语叶青（班主任）"),
              ("luo_t", "罗军", "数学", "teacher", "数学罗军"),
              ("qin_t", "秦海", "物理", "teacher", "物理秦老师"),
              ("su_t", "苏婉", "语文", "teacher", "语文苏婉")],
    supervisor="shen",
    students=[("沈嘉怡", [("shen", "妈妈", "沈嘉怡妈妈")]),
              ("程子轩", [("cheng", "爸爸", "程子轩爸爸")]),
              ("邹雨晨", [("zou", "妈妈", "邹雨晨妈妈")]),
              ("陆天佑", [("lu", "妈妈", "陆天佑妈妈")]),
              ("江浩然", [("jiangd", "爸爸", "江浩然爸爸")]),
              ("任思雨", [("ren", "妈妈", "任思雨妈妈")]),
              ("姜博", [("jason", "爸爸", "Jason")]),
              ("范小雨", [("fan", "妈妈", "范小雨妈妈")]),
              ("汪明哲", [("wang", "妈妈", "汪明哲妈妈")]),
              ("田甜", [("tian", "外婆", "田甜外婆")]),
              ("严子墨", [("yan", "妈妈", "严子墨妈妈")]),
              ("石磊", [("shi", "爸爸", "石磊爸爸")])],
    fillers=24,
    outsiders=[("uncle", "陆天佑舅舅", {"via": "invite", "by": "lu", "approved": False}),
               ("church", "恩典姐妹", {"via": "qr_code"}),
               ("gamble", "体彩专家老K", {"via": "qr_code"})],
    joined={},
)
GROUPS["ge"] = dict(
    school="红星路小学", cls="五年级(4)班", grade=5, platform="wechat",
    qh=("21:30", "06:30"), domains=[],
    dates=["2025-11-17", "2025-11-18", "2025-11-19", "2025-11-20", "2025-11-21"],
    teachers=[("qiu_t", "邱红梅", "数学", "head_teacher", "数学邱红梅"),
              ("jia_t", "贾文", "语文", "teacher", "语文贾文"),
              ("chu_t", "褚丹", "英语", "teacher", "英语褚老师"),
              ("lu_t", "卢婷", "音乐", "teacher", "音乐卢婷")],
    supervisor="fang",
    students=[("方子睿", [("fang", "妈妈", "方子睿妈妈")]),
              ("白雨涵", [("bai", "爸爸", "白雨涵爸爸")]),
              ("夏天", [("xia", "妈妈", "夏天妈妈")]),
              ("顾一鸣", [("gu", "姥姥", "顾一鸣姥姥")]),
              ("尹浩", [("yin", "爸爸", "尹浩爸爸")]),
              ("龚苗苗", [("gong", "妈妈", "苗苗妈妈")]),
              ("金子航", [("jin", "妈妈", "金子航妈妈")]),
              ("纪晓萌", [("ji", "妈妈", "纪晓萌妈妈")]),
              ("段奕辰", [("duan", "爸爸", "段奕辰爸爸")]),
              ("雷嘉豪", [("lei", "妈妈", "雷嘉豪妈妈")]),
              ("史可", [("shi", "爸爸", "史可爸爸")]),
              ("侯俊杰", [("hou", "妈妈", "侯俊杰妈妈")]),
              ("毛思琪", [("mao", "妈妈", "🌸花开富贵🌸")])],
    fillers=21,
    outsiders=[("estate", "置业顾问小王", {"via": "qr_code"}),
               ("sister", "尹浩姐姐", {"via": "invite", "by": "yin", "approved": False}),
               ("fake", "数学邱红梅", {"via": "qr_code"})],
    joined={},
)
GROUPS["gf"] = dict(
    school="明德中学", cls="初三(1)班", grade=9, platform="qq",
    qh=("20:00", "07:00"), domains=[],
    dates=["2025-12-01", "2025-12-02", "2025-12-03", "2025-12-04", "2025-12-05"],
    teachers=[("liang_t", "梁志强", "语文", "head_teacher", "语文梁志强"),
              ("fu_t", "傅敏", "数学", "teacher", "数学傅敏"),
              ("yi_t", "易小兰", "英语", "teacher", "英语易小兰"),
              ("liao_t", "廖峰", "化学", "teacher", "化学廖峰")],
    supervisor="yao",
    students=[("姚若曦", [("yao", "妈妈", "姚若曦妈妈")]),
              ("万子豪", [("wan", "爸爸", "万子豪爸爸")]),
              ("贺一帆", [("he", "妈妈", "贺一帆妈妈")]),
              ("龙梓涵", [("long", "妈妈", "龙梓涵妈妈")]),
              ("邵宇", [("shao", "爸爸", "邵宇爸爸")]),
              ("孔令杰", [("kong", "妈妈", "孔令杰妈妈")]),
              ("常乐", [("chang", "爸爸", "常乐爸爸")]),
              ("覃思彤", [("qin", "妈妈", "覃思彤妈妈")]),
              ("殷浩宇", [("yin", "爸爸", "殷总")]),
              ("闫佳欣", [("yan", "妈妈", "闫佳欣妈妈")]),
              ("柳晨曦", [("liu", "妈妈", "柳妈")])],
    fillers=27,
    outsiders=[("ziliao", "初三学霸资料分享", {"via": "invite", "by": "wan", "approved": False}),
               ("xiaoyi", "贺一帆小姨", {"via": "qr_code"}),
               ("gore", "热点速递", {"via": "qr_code"})],
    joined={},
)
GROUPS["gg"] = dict(
    school="红星路小学", cls="二年级(3)班", grade=2, platform="wechat",
    qh=("20:00", "07:00"), domains=[],
    dates=["2025-12-15", "2025-12-16", "2025-12-17", "2025-12-18", "2025-12-19"],
    teachers=[("tan_t", "谭静", "语文", "head_teacher", "语文谭静"),
              ("xue_t", "薛明", "数学", "teacher", "数学薛老师"),
              ("tang_t", "汤圆圆", "美术", "teacher", "美术汤老师"),
              ("zhao_t", "赵丹", "英语", "teacher", "英语赵丹")],
    supervisor="kang",
    students=[("康乐乐", [("kang", "妈妈", "康乐乐妈妈")]),
              ("葛宇轩", [("ge", "奶奶", "葛宇轩奶奶")]),
              ("武欣妍", [("wu", "妈妈", "武欣妍妈妈")]),
              ("戴子杰", [("dai", "爸爸", "戴子杰爸爸")]),
              ("莫小北", [("mo", "妈妈", "莫小北妈妈")]),
              ("宁一", [("ning", "爸爸", "宁一爸爸")]),
              ("崔梓萌", [("cui", "外婆", "崔梓萌外婆")]),
              ("钟浩然", [("zhong", "妈妈", "钟浩然妈妈"), ("zhongd", "爸爸", "钟浩然爸爸")]),
              ("包子墨", [("bao", "妈妈", "子墨妈妈")]),
              ("季雨桐", [("jid", "爸爸", "季雨桐爸爸⚽")]),
              ("柴嘉木", [("chai", "妈妈", "A静静")]),
              ("于航", [("yu", "爷爷", "于航爷爷")]),
              ("祁思雨", [("qi", "妈妈", "祁思雨妈妈")])],
    fillers=19,
    outsiders=[("care", "晚托班张姐", {"via": "invite", "by": "dai", "approved": False}),
               ("jimom", "季雨桐妈妈", {"via": "invite", "by": "jid", "approved": False})],
    joined={"zhongd": {"via": "invite", "by": "zhong", "approved": True},
            "yu": {"via": "invite", "by": "tan_t", "approved": False}},
)
GROUPS["gh"] = dict(
    school="育才实验学校", cls="四年级(6)班", grade=4, platform="matrix",
    qh=("20:00", "07:00"), domains=[],
    dates=["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09"],
    matrix_server="matrix.yucai-sy.cn",
    teachers=[("cai_t", "蔡雪", "语文", "head_teacher", "语文蔡雪（班主任）"),
              ("zhang_t", "章伟", "数学", "teacher", "数学章伟"),
              ("xing_t", "邢佳", "英语", "teacher", "英语邢佳"),
              ("zuo_t", "左明", "科学", "teacher", "科学老师-左")],
    supervisor="zeng",
    students=[("曾子轩", [("zeng", "妈妈", "曾子轩妈妈")]),
              ("熊可可", [("xiong", "爸爸", "熊可可爸爸")]),
              ("骆天宇", [("luo", "妈妈", "骆天宇妈妈")]),
              ("牛一诺", [("niu", "奶奶", "牛一诺奶奶")]),
              ("温馨", [("wen", "妈妈", "温馨妈妈")]),
              ("符嘉怡", [("fu", "妈妈", "嘉怡麻麻")]),
              ("车浩宇", [("che", "爸爸", "车浩宇爸爸"), ("chem", "妈妈", "车浩宇妈妈")]),
              ("庞博", [("pang", "妈妈", "庞博妈妈")]),
              ("上官睿", [("sg", "妈妈", "上官睿妈妈")]),
              ("聂梓晴", [("nie", "爸爸", "聂梓晴爸爸")]),
              ("甘雨", [("gan", "外婆", "甘雨外婆")]),
              ("俞浩然", [("yu", "妈妈", "俞妈")])],
    fillers=16,
    outsiders=[("mlm", "健康大使王姐", {"via": "qr_code"}),
               ("other5", "育才四(5)班家长", {"via": "qr_code"})],
    joined={"chem": {"via": "invite", "by": "che", "approved": False}},
)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢骆岳齐")
GIVEN = ["子轩", "梓涵", "一鸣", "欣妍", "浩宇", "雨萱", "宇航", "诗涵", "俊熙", "若汐", "明哲", "思源",
         "嘉懿", "语桐", "天翊", "沐宸", "梓睿", "可欣", "晨阳", "安琪", "奕博", "书瑶", "泽宇", "佳琪",
         "皓轩", "依诺", "子默", "芷若", "煜祺", "语嫣", "锦程", "梦琪", "思彤", "文博", "雅琳", "睿哲",
         "昊天", "若曦", "欣然", "俊豪", "一凡", "紫萱", "瑞霖", "诗雨", "浩然", "可馨", "伟诚", "静怡",
         "宸宇", "雨桐", "嘉佑", "婉清", "子豪", "思琪", "星辰", "乐瑶", "博文", "梓萌", "景行", "知夏",
         "亦舒", "铭泽", "心怡", "承泽", "思远", "晓彤", "振宇", "雪儿", "家豪", "语晨", "海洋", "念慈"]
FILLER_REL = ["妈妈", "妈妈", "妈妈", "爸爸", "爸爸", "奶奶", "外婆", "爷爷"]


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"\[[^\[\]]{1,8}\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def hm(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)


def in_window(minute_of_day, qh):
    s, e = hm(qh[0]), hm(qh[1])
    if s <= e:
        return s <= minute_of_day < e
    return minute_of_day >= s or minute_of_day < e


def make_id(gid, key, cfg, counter):
    p = cfg["platform"]
    if p == "wechat":
        return f"wxid_{gid[1]}_{key}"
    if p == "qq":
        counter[0] += 1
        return str(rng.randint(100000000, 2999999999))
    return f"@{gid[1]}_{key}:{cfg['matrix_server']}"


def build_group(gid, cfg):
    ids = {}
    qqc = [0]
    def mid(key):
        if key not in ids:
            ids[key] = make_id(gid, key, cfg, qqc)
        return ids[key]

    teachers = {t[0]: t for t in cfg["teachers"]}
    head = [t[0] for t in cfg["teachers"] if t[3] == "head_teacher"][0]
    guardians = {}   # key -> (children names list)
    students = []
    display = {}
    for t in cfg["teachers"]:
        display[t[0]] = t[4]
    for name, gs in cfg["students"]:
        students.append((name, gs))
        for key, rel, disp in gs:
            guardians.setdefault(key, []).append(name)
            display[key] = disp
    # fillers
    used_given = {n[1:] if len(n) > 2 else n[1:] for n, _ in cfg["students"]}
    used_given |= {n[2:] for n, _ in cfg["students"] if n.startswith("上官")}
    used_full = {n for n, _ in cfg["students"]}
    pool = [g for g in GIVEN if g not in used_given]
    rng.shuffle(pool)
    for i in range(cfg["fillers"]):
        given = pool.pop()
        while True:
            full = rng.choice(SURNAMES) + given
            if full not in used_full:
                break
        used_full.add(full)
        gs = []
        k1 = f"f{i+1:02d}a"
        r1 = rng.choice(FILLER_REL)
        gs.append((k1, r1, full + r1))
        if rng.random() < 0.25:
            r2 = "爸爸" if r1 != "爸爸" else "妈妈"
            gs.append((f"f{i+1:02d}b", r2, full + r2))
        students.append((full, gs))
        for key, rel, disp in gs:
            guardians.setdefault(key, []).append(full)
            display[key] = disp
    outsiders = {o[0]: o for o in cfg["outsiders"]}
    for o in cfg["outsiders"]:
        display[o[0]] = o[1]
    joined = dict(cfg.get("joined", {}))
    for o in cfg["outsiders"]:
        if o[2]:
            joined[o[0]] = o[2]

    # ---- roster yaml
    J = lambda v: json.dumps(v, ensure_ascii=False)
    lines = [f"group: {gid}", f"school: {J(cfg['school'])}", f"class: {J(cfg['cls'])}", "roster:", "  teachers:"]
    for key, name, subj, role, disp in cfg["teachers"]:
        lines.append(f"    - {{id: {J(mid(key))}, name: {J(name)}, subject: {J(subj)}, role: {role}}}")
    lines.append(f"  supervisor: {J(mid(cfg['supervisor']))}")
    lines.append("  students:")
    for name, gs in students:
        lines.append(f"    - name: {J(name)}")
        gl = ", ".join(f"{{id: {J(mid(k))}, relation: {J(r)}}}" for k, r, _ in gs)
        lines.append(f"      guardians: [{gl}]")
    lines.append("members:")
    order = [t[0] for t in cfg["teachers"]] + [k for _, gs in students for k, _, _ in gs] + list(outsiders)
    for key in order:
        ent = f"  - {{id: {J(mid(key))}, display_name: {J(display[key])}"
        if key in joined:
            j = joined[key]
            parts = [f"via: {j['via']}"]
            if "by" in j:
                parts.append(f"by: {J(mid(j['by']))}")
            if "approved" in j:
                parts.append(f"approved: {'true' if j['approved'] else 'false'}")
            ent += ", joined: {" + ", ".join(parts) + "}"
        ent += "}"
        lines.append(ent)
    roster_yaml = "\n".join(lines) + "\n"

    # ---- transcript
    src = open(os.path.join(HERE, "src", f"{gid}.txt"), encoding="utf-8").read()
    msgs = []
    tags = {}
    first_seen = set()
    cur_name = dict(display)
    run = None  # (sender, norm, count)
    last_ts = None
    warn = []
    for lineno, raw in enumerate(src.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        if line.count("|") != 2:
            sys.exit(f"{gid}.txt:{lineno}: bad line: {line}")
        head_s, text, labels = [p.strip() for p in line.split("|")]
        toks = head_s.split()
        day, clock, sender = int(toks[0]), toks[1], toks[2]
        kind, reply, tag, newname, exempt = "text", None, None, None, False
        for o in toks[3:]:
            if o.startswith("k="): kind = o[2:]
            elif o.startswith("r="): reply = o[2:]
            elif o.startswith("#"): tag = o[1:]
            elif o.startswith("n="): newname = o[2:]
            elif o == "x": exempt = True
            else: sys.exit(f"{gid}.txt:{lineno}: bad opt {o}")
        if sender not in display:
            sys.exit(f"{gid}.txt:{lineno}: unknown sender {sender}")
        hand = [l.strip() for l in labels.split(",") if l.strip()]
        for l in hand:
            if l not in CATS:
                sys.exit(f"{gid}.txt:{lineno}: unknown label {l}")
        if newname:
            cur_name[sender] = newname
        name = cur_name[sender]
        # timestamp
        date = cfg["dates"][day - 1]
        mm = hm(clock)
        base = f"{date}T{clock}"
        if last_ts and last_ts[0] == base:
            sec = min(59, last_ts[1] + rng.randint(3, 12))
        else:
            sec = rng.randint(0, 40)
        if last_ts and (base, sec) < last_ts:
            sys.exit(f"{gid}.txt:{lineno}: time goes backwards")
        last_ts = (base, sec)
        ts = f"{base}:{sec:02d}+08:00"
        mid_ = f"{gid}-{len(msgs)+1:04d}"
        if tag:
            tags[tag] = mid_
        rt = None
        if reply:
            if reply.startswith("-"):
                rt = msgs[len(msgs) - int(reply[1:])]["id"]
            else:
                rt = tags[reply]
        auto = set()
        is_teacher = sender in teachers
        is_guardian = sender in guardians
        if sender not in first_seen:
            first_seen.add(sender)
            if not is_teacher and not is_guardian:
                auto.add("membership")
            else:
                if is_teacher:
                    ok = teachers[sender][2] in name
                else:
                    ok = any(c in name for c in guardians[sender]) and any(r in name for r in RELATIONS)
                if not ok:
                    auto.add("nickname")
            j = joined.get(sender)
            if j and j["via"] == "invite" and j.get("by") != head and not j.get("approved", False):
                auto.add("invite")
        if in_window(mm, cfg["qh"]):
            if exempt:
                pass
            else:
                auto.add("quiet_hours")
        elif exempt:
            warn.append(f"{gid}.txt:{lineno}: x flag outside window")
        n = norm(text)
        if n:
            if run and run[0] == sender and run[1] == n:
                run = (sender, n, run[2] + 1)
            else:
                run = (sender, n, 1)
            if run[2] >= 3:
                auto.add("flood")
        else:
            if not (run and run[0] == sender):
                run = None
        for l in hand:
            if l in AUTO and l not in auto:
                warn.append(f"{gid}.txt:{lineno}: hand label {l} not derived")
        cats = [c for c in CATS if c in set(hand) | auto]
        msgs.append(OrderedDict(id=mid_, ts=ts, group=gid, sender=mid(sender), name=name, text=text,
                                kind=kind, reply_to=rt, expect=cats))
    return roster_yaml, msgs, warn


def main():
    os.makedirs(os.path.join(HERE, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "transcripts"), exist_ok=True)
    gy = ["groups:"]
    total = Counter()
    nmsg = 0
    clean = 0
    allwarn = []
    per_group = {}
    for gid, cfg in GROUPS.items():
        roster, msgs, warn = build_group(gid, cfg)
        allwarn += warn
        open(os.path.join(HERE, "rosters", f"{gid}.yaml"), "w", encoding="utf-8").write(roster)
        with open(os.path.join(HERE, "transcripts", f"{gid}.jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        J = lambda v: json.dumps(v, ensure_ascii=False)
        gy += [f"  {gid}:", f"    school: {J(cfg['school'])}", f"    class: {J(cfg['cls'])}",
               f"    grade: {cfg['grade']}", f"    platform: {cfg['platform']}",
               "    timezone: Asia/Shanghai",
               f"    quiet_hours: {{start: \"{cfg['qh'][0]}\", end: \"{cfg['qh'][1]}\"}}",
               f"    allowed_link_domains: [{', '.join(cfg['domains'])}]",
               f"    transcript: transcripts/{gid}.jsonl", f"    roster: rosters/{gid}.yaml"]
        c = Counter(cat for m in msgs for cat in m["expect"])
        total += c
        nmsg += len(msgs)
        cl = sum(1 for m in msgs if not m["expect"])
        clean += cl
        per_group[gid] = (len(msgs), cl)
    open(os.path.join(HERE, "groups.yaml"), "w", encoding="utf-8").write("\n".join(gy) + "\n")
    for w in allwarn:
        print("WARN", w)
    print(f"messages: {nmsg}, clean: {clean} ({clean/nmsg:.0%}), violating: {nmsg-clean}")
    for g, (n, cl) in per_group.items():
        print(f"  {g}: {n} msgs, {cl} clean")
    for cat in CATS:
        print(f"  {cat:16s} {total[cat]}")


if __name__ == "__main__":
    main()
