"""Groups, rosters and the special members of each group (all chosen by hand)."""
from __future__ import annotations

import random

from engine import Group, Member

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ["雨彤", "思远", "子涵", "浩然", "梓萱", "一诺", "宇轩", "欣怡", "俊杰", "诗涵", "沐阳",
         "梓睿", "若曦", "子墨", "嘉怡", "明轩", "佳琪", "天佑", "可馨", "博文", "语桐", "皓轩",
         "雅琪", "晨曦", "奕辰", "心怡", "泽宇", "梦琪", "子豪", "安然", "一鸣", "思琪", "睿泽",
         "书瑶", "景行", "芷若", "铭泽", "乐瑶", "星辰", "俊熙", "婉清", "子骞", "紫涵", "逸飞",
         "昕玥", "宸宇", "予希", "靖琪", "煜城", "诗雨", "家豪", "舒窈", "梓航", "语嫣", "承泽"]
RELATIONS = ["妈妈"] * 10 + ["爸爸"] * 5 + ["奶奶", "外婆", "爷爷", "外公", "姥姥"]
REL_ID = {"妈妈": "mom", "爸爸": "dad", "奶奶": "nainai", "外婆": "waipo", "爷爷": "yeye",
          "外公": "waigong", "姥姥": "laolao", "舅舅": "jiujiu", "姑姑": "gugu"}

PINYIN = dict(zip(SURNAMES, [
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
    "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song",
    "tang", "xu2", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong",
    "yuan", "pan", "jiang", "cai", "yu", "du", "ye", "cheng", "su", "wei", "lv", "ding",
    "ren", "shen", "yao", "lu", "jiang2", "cui", "zhong", "tan", "lu2", "wang2", "fan", "jin",
    "shi", "liao", "jia", "xia", "wei2", "fu", "fang", "bai", "zou", "meng", "xiong", "qin",
    "qiu", "jiang3", "yin", "xue", "yan", "duan", "lei", "hou", "long", "shi2", "tao", "li2",
    "he2", "gu", "mao", "hao", "gong", "shao", "wan", "qian", "yan2", "qin2", "wu2", "dai",
    "mo", "kong", "xiang", "tang2"]))

USED_NAMES: set[str] = set()


def make_students(rng, n, fixed=()):
    out = list(fixed)
    USED_NAMES.update(fixed)
    while len(out) < n:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if name in USED_NAMES:
            continue
        USED_NAMES.add(name)
        out.append(name)
    return out


def build_group(gid, school, cls, grade, platform, domains, days, teachers, n_students,
                seed, fixed_students, specials):
    """specials (all hand-chosen):
       bad:  [(student_index, relation, display)]   primary guardian shown with a wrong name
       inv:  [(student_index, relation, display, inviter, approved)]  extra guardian who
             joined by invite; inviter is (index, relation) of a primary guardian or a teacher id
       second: [(student_index, relation)]         extra guardian, correctly named
       strangers: [(id, display, joined)]          non-roster members
       supervisor: (index, relation); role_refs: role -> (index, relation); roles: role -> id
    """
    rng = random.Random(seed)
    names = make_students(rng, n_students, fixed_students)
    forced = {}
    for i, r, _ in specials.get("bad", []):
        forced[i] = r
    for i, r, _, by, _ in specials.get("inv", []):
        if isinstance(by, tuple):
            forced[by[0]] = by[1]
    for ref in list(specials.get("role_refs", {}).values()) + [specials["supervisor"]]:
        if not any(ref == (i, r) for i, r, *_ in specials.get("inv", [])) and \
                not any(ref == tuple(x) for x in specials.get("second", [])):
            forced[ref[0]] = ref[1]
    for i, r in specials.get("late_guardians", []):
        forced[i] = "妈妈" if r != "妈妈" else "爸爸"
    members = []
    for t in teachers:
        members.append(Member(t["id"], t.get("display") or t["subject"] + t["name"], "teacher",
                              bad_name=t.get("bad", False), subject=t["subject"],
                              surname=t["name"][0]))
    roster_teachers = [{"id": t["id"], "name": t["name"], "subject": t["subject"],
                        "role": t["role"]} for t in teachers]
    bad = {(i, r): d for i, r, d in specials.get("bad", [])}
    pid_of = {}

    def pid(i, r):
        return f"p_{PINYIN[names[i][0]]}_{i:02d}_{REL_ID.get(r, 'jz')}"

    students = []
    for i, name in enumerate(names):
        rel = forced.get(i) or rng.choice(RELATIONS)
        gl = [{"id": pid(i, rel), "relation": rel}]
        pid_of[(i, rel)] = pid(i, rel)
        if (i, rel) in bad:
            members.append(Member(pid(i, rel), bad[(i, rel)], "parent", bad_name=True,
                                  student=name, relation=rel))
        else:
            members.append(Member(pid(i, rel), name + rel, "parent", student=name, relation=rel))
        for j, r2 in specials.get("second", []):
            if j == i:
                gl.append({"id": pid(i, r2), "relation": r2})
                pid_of[(i, r2)] = pid(i, r2)
                members.append(Member(pid(i, r2), name + r2, "parent", student=name, relation=r2))
        students.append({"name": name, "guardians": gl})
    for i, r, d, by, appr in specials.get("inv", []):
        d = d or names[i] + r
        by_id = by if isinstance(by, str) else pid_of[by]
        students[i]["guardians"].append({"id": pid(i, r), "relation": r})
        pid_of[(i, r)] = pid(i, r)
        members.append(Member(pid(i, r), d, "parent", bad_name=not d.startswith(names[i]),
                              joined={"via": "invite", "by": by_id, "approved": appr},
                              student=names[i], relation=r))
    for i, r in specials.get("late_guardians", []):
        students[i]["guardians"].append({"id": pid(i, r), "relation": r})
        pid_of[(i, r)] = pid(i, r)
        members.append(Member(pid(i, r), names[i] + r, "parent", student=names[i], relation=r,
                              late=True))
    for sid, disp in specials.get("late_strangers", []):
        members.append(Member(sid, disp, "stranger", late=True))
    for sid, disp, joined in specials.get("strangers", []):
        if joined and joined.get("by") and isinstance(joined["by"], tuple):
            joined = dict(joined, by=pid_of[joined["by"]])
        members.append(Member(sid, disp, "stranger", joined=joined))
    roles = dict(specials.get("roles", {}))
    for role, ref in specials.get("role_refs", {}).items():
        roles[role] = pid_of[tuple(ref)]
    sup = pid_of[tuple(specials["supervisor"])]
    return Group(gid, school, cls, grade, platform, domains, days, roster_teachers, students,
                 members, sup, roles, dom=domains[0])


def days_from(monday):
    import datetime as dt
    d0 = dt.date.fromisoformat(monday)
    return [(d0 + dt.timedelta(days=k)).isoformat() for k in range(4)]


def specials_for(i, n, bad_names, nr_display, x1_display, kid_display, x1_via, ht_id):
    """Special members of group i, spread over student indices of an n-pupil class."""
    b = [(5, "妈妈", bad_names[0]), (9, "爸爸", bad_names[1]), (12, "妈妈", bad_names[2])]
    return {
        "bad": b,
        "inv": [(1, "外婆", "", (1, "妈妈"), False),
                (2, "爷爷", "", (2, "妈妈"), False),
                (14, "爸爸", "", (14, "妈妈"), False),
                (20, "爸爸", "", ht_id, True)],
        "strangers": [(f"x_{i}_outsider", x1_display, {"via": x1_via}),
                      (f"s_{i}_pupil", kid_display, {"via": "invite", "by": (0, "妈妈"),
                                                      "approved": False}),
                      (f"x_{i}_relative", nr_display, {"via": "qr_code"})],
        "late_guardians": [(17, "爸爸")],
        "late_strangers": [(f"x_{i}_late", LATE_X[i - 1])],
        "supervisor": (0, "妈妈"),
        "roles": {"LX": f"x_{i}_late", "X1": f"x_{i}_outsider", "KID": f"s_{i}_pupil", "NR": f"x_{i}_relative",
                  "TBAD": f"t_{i}_music"},
        "role_refs": {"B1": (5, "妈妈"), "B2": (9, "爸爸"), "B3": (12, "妈妈"),
                      "I1": (1, "外婆"), "I2": (2, "爷爷"), "I3": (14, "爸爸"),
                      "IOK": (20, "爸爸"), "LG": (17, "爸爸"), "SUP": (0, "妈妈"), "RN": (7, "妈妈")},
    }


LATE_X = ["平安保险小陈", "家政服务王阿姨", "童装店主Amy", "理财顾问刘经理", "少儿编程课程顾问"]

GROUPS = [
    # gid, school, class, grade, platform, domains, monday, teachers, n, fixed, bad names,
    # non-rostered relative, outsider, outsider joined via, pupil account
    ("g1", "青山区实验小学", "一年级(2)班", 1, "wechat", ["qsyx.edu.cn", "smartedu.cn"], "2026-09-07",
     [("t_1_zhou", "周敏", "语文", "head_teacher", None), ("t_1_li", "李娟", "数学", "teacher", "数学李老师"),
      ("t_1_chen", "陈晓", "英语", "teacher", None), ("t_1_music", "王丽", "音乐", "teacher", "王老师")],
     30, ["何雨彤", "郭思远", "李沐阳"], ["快乐的小鱼", "A-王总", "睿睿妈"], "郭思远舅舅",
     "阳光托管李老师", "qr_code", "小雨彤🐰"),
    ("g2", "大塘中心小学", "三年级(1)班", 3, "qq", ["dtzx.edu.cn", "smartedu.cn"], "2026-09-14",
     [("t_2_liu", "刘建国", "数学", "head_teacher", None), ("t_2_zhang", "张芳", "语文", "teacher", "语文张老师"),
      ("t_2_huang", "黄蕾", "英语", "teacher", None), ("t_2_wu", "吴强", "科学", "teacher", "科学吴老师"),
      ("t_2_music", "刘畅", "音乐", "teacher", "刘老师🎵")],
     32, [], ["向日葵", "Tony", "宝宝妈咪"], "陈浩然姑姑", "英才教育-王老师", "qr_code", "zihan2016"),
    ("g3", "明德路小学", "五年级(4)班", 5, "wechat", ["mdlxx.edu.cn", "smartedu.cn", "mp.weixin.qq.com"],
     "2026-09-21",
     [("t_3_sun", "孙丽华", "语文", "head_teacher", None), ("t_3_ma", "马骏", "数学", "teacher", "数学马老师"),
      ("t_3_lin", "林悦", "英语", "teacher", None), ("t_3_zhao", "赵刚", "体育", "teacher", None),
      ("t_3_music", "杨柳", "音乐", "teacher", "Yoyo老师")],
     28, [], ["静待花开", "老张", "🍀"], "干妈", "星辰学堂课程顾问", "invite_link", "我是小胖"),
    ("g4", "滨江第二小学", "四年级(3)班", 4, "matrix", ["bjex.edu.cn", "smartedu.cn"], "2026-10-12",
     [("t_4_zheng", "郑雪", "英语", "head_teacher", None), ("t_4_xu", "徐静", "语文", "teacher", None),
      ("t_4_xie", "谢文", "数学", "teacher", "数学谢老师"), ("t_4_tang", "唐宁", "美术", "teacher", None),
      ("t_4_music", "韩梅", "音乐", "teacher", "梅梅")],
     26, [], ["@dad_lee:matrix.org", "Sunny", "一诺麻麻"], "邻居张阿姨", "童趣托管中心", "qr_code",
     "小明同学"),
    ("g5", "桃源镇中心小学", "六年级(1)班", 6, "qq", ["tyzx.edu.cn", "smartedu.cn"], "2026-10-19",
     [("t_5_peng", "彭志远", "数学", "head_teacher", None), ("t_5_zeng", "曾琳", "语文", "teacher", "语文曾老师"),
      ("t_5_cai", "蔡雯", "英语", "teacher", None), ("t_5_yuan", "袁航", "科学", "teacher", None),
      ("t_5_music", "潘悦", "音乐", "teacher", "唱歌的潘老师")],
     34, [], ["平安是福", "渔夫", "嘉嘉家长"], "小姨", "金色童年艺术培训", "qr_code", "六一班王同学"),
]


def all_groups():
    gs = []
    for k, (gid, school, cls, grade, plat, doms, monday, teachers, n, fixed, bad, nr, x1, via,
            kid) in enumerate(GROUPS, start=1):
        tl = [{"id": a, "name": b, "subject": c, "role": d, "display": e,
               "bad": a.endswith("_music")} for a, b, c, d, e in teachers]
        ht = next(t["id"] for t in tl if t["role"] == "head_teacher")
        sp = specials_for(k, n, bad, nr, x1, kid, via, ht)
        gs.append(build_group(gid, school, cls, grade, plat, doms, days_from(monday), tl, n,
                              100 + k, fixed, sp))
    return gs
