#!/usr/bin/env python3
"""Build groups k1–k4 of the blind development corpus (half "a").

Writes, relative to tests/corpus_blind2/:
  groups_a.yaml, rosters/k1..k4.yaml, transcripts/k1..k4.jsonl

Every content label is set by hand in the episode tables below. The script derives
only what LABELS.md makes mechanical:
  * quiet_hours  - local time inside the group's [start, end) window, unless the
                   message carries the hand-set ``urgent`` flag (an evidently urgent
                   teacher notice, or an acknowledgement that notice asked for);
  * membership   - first message of a member who is neither a rostered teacher nor a
                   rostered guardian;
  * nickname     - first message of a rostered member whose display name at that
                   moment breaks the format;
  * invite       - first message of a member pulled in by a non-admin, unapproved.
Flood and link labels are hand-set too; the script only cross-checks them and fails
loudly when a hand label and the mechanical reading disagree.

Run:  /work/main/.venv/bin/python tests/corpus_blind2/build/build_a.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TZ = timezone(timedelta(hours=8))

CATEGORIES = [
    "membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
    "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
    "student_privacy", "private_matter", "quiet_hours", "dispute",
]
DERIVED = {"quiet_hours", "membership", "nickname", "invite"}
CHAT_EXCLUDED_BY = {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}

RELATION_CODES = {
    "妈妈": "mom", "爸爸": "dad", "爷爷": "yeye", "奶奶": "nainai",
    "外公": "waigong", "外婆": "waipo", "姥姥": "laolao", "姥爷": "laoye",
}
RELATION_WORDS = tuple(RELATION_CODES) + ("家长",)

# ---------------------------------------------------------------- groups ----

GROUPS: dict[str, dict] = {
    "k1": {
        "school": "清溪县实验小学",
        "class": "三年级(2)班",
        "grade": 3,
        "platform": "qq",
        "quiet": ("20:00", "07:00"),
        "domains": ["qxsyxx.edu.cn", "smartedu.cn"],
    },
    "k2": {
        "school": "枫林外国语寄宿学校",
        "class": "五年级(1)班",
        "grade": 5,
        "platform": "wechat",
        "quiet": ("20:30", "06:30"),
        "domains": ["fenglin-sch.edu.cn"],
    },
    "k3": {
        "school": "临江市解放路小学",
        "class": "二年级(4)班",
        "grade": 2,
        "platform": "wechat",
        "quiet": ("21:00", "07:00"),
        "domains": ["ljjfl.edu.cn", "smartedu.cn"],
    },
    "k4": {
        "school": "清溪县实验小学",
        "class": "六年级(3)班",
        "grade": 6,
        "platform": "matrix",
        "quiet": ("20:00", "07:00"),
        "domains": ["qxsyxx.edu.cn"],
    },
}

# --------------------------------------------------------------- rosters ----
# teachers: (id, name, subject, role, display name at start)
# students: (key, full name, relations separated by spaces); guardian id = p_<key>_<code>
# names:    display-name overrides at start (default "<child><relation>")
# joined:   how a member came in, when it matters
# outsiders: (id, display name, joined or None) - members not on the roster
# expect_nickname: rostered members whose starting display name is meant to break the
#                  format (cross-checked against the validator)

ROSTERS: dict[str, dict] = {
    "k1": {
        "teachers": [
            ("t_lin", "林秀梅", "语文", "head_teacher", "语文林秀梅（班主任）"),
            ("t_zhao", "赵国栋", "数学", "teacher", "数学赵国栋"),
            ("t_he", "何雯", "英语", "teacher", "何老师"),
            ("t_sun", "孙鹏", "体育", "teacher", "体育孙老师"),
        ],
        "supervisor": "p_luoyx_mom",
        "students": [
            ("luoyx", "罗一萱", "妈妈 爸爸"),
            ("chenhy", "陈浩宇", "妈妈"),
            ("wangzh", "王梓涵", "妈妈 奶奶"),
            ("limy", "李沐阳", "爸爸"),
            ("zhangzx", "张子轩", "妈妈 爷爷"),
            ("liuxy", "刘欣怡", "妈妈"),
            ("yangbw", "杨博文", "爸爸 妈妈"),
            ("huangyt", "黄雨桐", "妈妈 外婆"),
            ("zhoujx", "周俊熙", "妈妈"),
            ("wust", "吴思彤", "妈妈"),
            ("xuty", "徐天佑", "爸爸"),
            ("sunjy", "孙嘉怡", "妈妈"),
            ("maym", "马一鸣", "妈妈 爸爸"),
            ("zhucx", "朱晨曦", "奶奶"),
            ("husq", "胡诗琪", "妈妈"),
            ("guojl", "郭家乐", "爸爸"),
            ("heyh", "何宇航", "妈妈"),
            ("gaoyq", "高雅琪", "妈妈"),
            ("linzm", "林子墨", "妈妈"),
            ("zhengkx", "郑可欣", "妈妈 爸爸"),
            ("xiemx", "谢明轩", "妈妈"),
            ("songjq", "宋佳琪", "妈妈"),
            ("tangr", "唐睿", "爸爸"),
            ("hanyx", "韩雨萱", "妈妈"),
        ],
        "names": {
            "p_luoyx_mom": "罗一萱妈妈（家委会）",
            "p_chenhy_mom": "浩宇妈妈",
            "p_wangzh_nainai": "🌸静待花开🌸",
            "p_limy_dad": "李先生",
            "p_yangbw_dad": "杨博文爸爸🏀",
            "p_tangr_dad": "三(2)唐睿爸爸",
        },
        "joined": {
            "p_huangyt_waipo": {"via": "invite", "by": "p_huangyt_mom", "approved": False},
            "p_zhoujx_mom": {"via": "invite", "by": "t_lin", "approved": True},
        },
        "outsiders": [
            ("x_k1_tutor", "清溪学霸托管·周老师", {"via": "qr_code"}),
            ("x_k1_aunt", "王梓涵姑姑",
             {"via": "invite", "by": "p_wangzh_mom", "approved": False}),
            ("x_k1_kid", "陈浩宇", {"via": "invite", "by": "p_chenhy_mom", "approved": False}),
            ("x_k1_fortune", "易学大师·陈居士", {"via": "qr_code"}),
        ],
        "expect_nickname": ["p_chenhy_mom", "p_wangzh_nainai", "p_limy_dad", "t_he"],
    },
    "k2": {
        "teachers": [
            ("t_qian", "钱慧", "英语", "head_teacher", "英语钱慧（班主任）"),
            ("t_fang", "方志强", "数学", "teacher", "数学方志强"),
            ("t_cai", "蔡琳", "语文", "teacher", "蔡老师🌷"),
            ("t_wang", "王春兰", "生活", "teacher", "生活老师王春兰"),
        ],
        "supervisor": "p_shenyh_mom",
        "students": [
            ("shenyh", "沈奕涵", "妈妈 爸爸"),
            ("gucy", "顾晨阳", "妈妈"),
            ("luzm", "陆子萌", "妈妈"),
            ("jiangyf", "蒋一帆", "爸爸 妈妈"),
            ("xun", "许诺", "妈妈"),
            ("qiujj", "邱俊杰", "爸爸"),
            ("yuanmq", "袁梦琪", "妈妈"),
            ("yesy", "叶思远", "妈妈 外公"),
            ("dongjn", "董佳宁", "妈妈"),
            ("panht", "潘昊天", "爸爸"),
            ("durx", "杜若溪", "妈妈"),
            ("pengyx", "彭宇轩", "妈妈"),
            ("zengkx", "曾可馨", "妈妈"),
            ("lvbh", "吕博涵", "爸爸"),
            ("sumq", "苏沐晴", "妈妈"),
            ("weizj", "魏子健", "妈妈 爸爸"),
            ("jiangyuf", "姜雨菲", "妈妈"),
            ("fanyn", "范一诺", "妈妈"),
            ("chengh", "程皓", "爸爸"),
            ("dingyt", "丁语桐", "妈妈"),
            ("hejh", "贺嘉豪", "妈妈"),
            ("yanxy", "严心怡", "妈妈"),
        ],
        "names": {
            "p_shenyh_mom": "沈奕涵妈妈-家委",
            "p_luzm_mom": "Grace",
            "p_panht_dad": "潘总",
            "p_fanyn_mom": "范一凡妈妈",
            "p_durx_mom": "杜若溪妈妈🍀",
        },
        "joined": {
            "p_yesy_waigong": {"via": "invite", "by": "p_yesy_mom", "approved": False},
            "p_weizj_dad": {"via": "invite", "by": "t_qian", "approved": True},
            "p_chengh_dad": {"via": "invite", "by": "p_dongjn_mom", "approved": True},
        },
        "outsiders": [
            ("x_k2_insurance", "平安少儿险-小周",
             {"via": "invite", "by": "p_qiujj_dad", "approved": False}),
            ("x_k2_leftparent", "严思琪妈妈", None),
            ("x_k2_otherclass", "五(3)班杜子航妈妈", {"via": "qr_code"}),
        ],
        "expect_nickname": ["p_luzm_mom", "p_panht_dad", "p_fanyn_mom", "t_cai"],
    },
    "k3": {
        "teachers": [
            ("t_xu", "徐静", "语文", "head_teacher", "语文徐静（班主任）"),
            ("t_deng", "邓磊", "数学", "teacher", "数学邓磊"),
            ("t_kong", "孔佳", "英语", "teacher", "Amy Kong"),
            ("t_lu", "卢晓", "音乐", "teacher", "音乐卢晓"),
            ("t_shi", "石磊", "科学", "teacher", "科学石老师"),
        ],
        "supervisor": "p_zhouyr_mom",
        "students": [
            ("zhouyr", "周亦然", "妈妈 爸爸"),
            ("jiangxy", "江欣悦", "妈妈"),
            ("fangzh", "方子豪", "妈妈 爸爸"),
            ("mengjy", "孟佳怡", "妈妈"),
            ("baiyc", "白宇辰", "爸爸"),
            ("qinsh", "秦诗涵", "妈妈 奶奶"),
            ("yinhr", "尹浩然", "妈妈"),
            ("tanzm", "谭梓萌", "妈妈"),
            ("liuyh", "柳一航", "爸爸"),
            ("zhongxt", "钟晓彤", "妈妈"),
            ("shijm", "石嘉木", "妈妈"),
            ("taoyz", "陶雨泽", "妈妈"),
            ("maosq", "毛思齐", "妈妈 爸爸"),
            ("shaojy", "邵俊宇", "妈妈"),
            ("wangyr", "汪一然", "妈妈"),
            ("cuiy", "崔悦", "妈妈"),
            ("gongzm", "龚子默", "爸爸"),
            ("weijq", "卫嘉琪", "妈妈"),
            ("huacy", "华晨阳", "妈妈"),
            ("renzx", "任梓轩", "妈妈"),
            ("xiongkx", "熊可心", "妈妈 姥姥"),
            ("tianh", "田浩", "爸爸"),
            ("kangyt", "康雨桐", "妈妈"),
            ("jiayn", "贾一诺", "妈妈"),
            ("zuost", "左思彤", "妈妈"),
            ("xuebw", "薛博文", "爸爸"),
            ("yanrx", "闫若曦", "妈妈"),
            ("changl", "常乐", "妈妈"),
        ],
        "names": {
            "p_zhouyr_mom": "周亦然妈妈（家委会主任）",
            "p_jiangxy_mom": "江欣悦妈妈-家委财务",
            "p_shaojy_mom": "邵俊宇妈妈·家委",
            "p_qinsh_nainai": "秦奶奶",
            "p_yinhr_mom": "浩然妈咪",
            "p_gongzm_dad": "Kevin",
            "p_baiyc_dad": "老白",
            "p_jiayn_mom": "一诺妈妈",
            "p_huacy_mom": "华晨阳妈妈🌻",
        },
        "joined": {
            "p_xiongkx_laolao": {"via": "invite", "by": "p_xiongkx_mom", "approved": False},
            "p_jiayn_mom": {"via": "invite", "by": "p_tanzm_mom", "approved": False},
        },
        "outsiders": [
            ("x_k3_estate", "滨江壹号院置业顾问小唐", {"via": "qr_code"}),
            ("x_k3_grandpa", "尹浩然爷爷", None),
            ("x_k3_sister", "秦诗涵姐姐",
             {"via": "invite", "by": "p_qinsh_mom", "approved": False}),
        ],
        "expect_nickname": ["p_qinsh_nainai", "p_yinhr_mom", "p_gongzm_dad",
                            "p_baiyc_dad", "p_jiayn_mom", "t_kong"],
    },
    "k4": {
        "teachers": [
            ("t_cheng", "程海燕", "数学", "head_teacher", "数学程海燕（班主任）"),
            ("t_liang", "梁文博", "语文", "teacher", "语文梁文博"),
            ("t_yu", "余婷", "英语", "teacher", "英语余婷"),
            ("t_tang", "汤建华", "科学", "teacher", "汤老师"),
        ],
        "supervisor": "p_gaox_dad",
        "students": [
            ("gaox", "高翔", "爸爸 妈妈"),
            ("fengyq", "冯雨晴", "妈妈"),
            ("caizh", "蔡子航", "妈妈"),
            ("xuyf", "许一凡", "爸爸"),
            ("zoumz", "邹明哲", "妈妈 奶奶"),
            ("luy", "陆瑶", "妈妈"),
            ("jinhy", "金浩宇", "妈妈"),
            ("xiaym", "夏雨萌", "妈妈"),
            ("daisy", "戴思源", "爸爸"),
            ("duankx", "段可欣", "妈妈"),
            ("houjj", "侯俊杰", "妈妈"),
            ("konglc", "孔令宸", "爸爸"),
            ("qiuyh", "邱雨涵", "妈妈"),
            ("xuezh", "薛梓涵", "妈妈"),
            ("yezh", "叶子恒", "妈妈"),
            ("wuh", "吴昊", "爸爸"),
            ("weisq", "韦思琪", "妈妈"),
            ("baijy", "柏嘉怡", "妈妈"),
            ("luym", "芦一鸣", "妈妈"),
            ("miaoxr", "苗欣然", "妈妈 爸爸"),
            ("jiaozr", "焦子睿", "妈妈"),
            ("buyx", "卜雨欣", "妈妈"),
            ("niuby", "牛博远", "爸爸"),
            ("pangmy", "庞梦瑶", "妈妈"),
            ("nieyh", "聂宇航", "妈妈"),
        ],
        "names": {
            "p_gaox_dad": "高翔爸爸·家委",
            "p_caizh_mom": "子航妈",
            "p_wuh_dad": "吴建国",
            "p_zoumz_nainai": "明哲奶奶",
            "p_fengyq_mom": "冯雨晴妈妈🎈",
        },
        "joined": {
            "p_miaoxr_dad": {"via": "invite", "by": "p_miaoxr_mom", "approved": False},
            "p_buyx_mom": {"via": "invite", "by": "t_cheng", "approved": True},
        },
        "outsiders": [
            ("x_k4_tutor", "清溪小升初冲刺营-王老师", {"via": "qr_code"}),
            ("x_k4_kid", "金浩宇", {"via": "invite", "by": "p_jinhy_mom", "approved": False}),
            ("x_k4_leftparent", "罗子涵妈妈", None),
            ("x_k4_aunt", "叶子恒小姨", {"via": "invite", "by": "p_yezh_mom", "approved": False}),
        ],
        "expect_nickname": ["p_caizh_mom", "p_wuh_dad", "p_zoumz_nainai", "t_tang"],
    },
}

# ------------------------------------------------------------- episodes ----
# A message: M("MM-DD HH:MM[:SS]", sender, text, labels, kind=, rt=, key=, hn=, urgent=,
#              name=) - labels are the hand-set content categories, space separated;
# ``name`` renames the sender from this message on; ``rt`` quotes the message keyed
# ``key`` earlier in the same group.

EPISODES: dict[str, list[dict]] = {}


def M(when: str, sender: str, text: str, labels: str = "", *, kind: str = "text",
      rt: str | None = None, key: str | None = None, hn: bool = False,
      urgent: bool = False, name: str | None = None) -> dict:
    return {"when": when, "sender": sender, "text": text, "labels": labels.split(),
            "kind": kind, "rt": rt, "key": key, "hn": hn, "urgent": urgent,
            "name": name}


# === EPISODES BEGIN ===
# ---- k1: 清溪县实验小学 三年级(2)班, QQ, quiet 20:00-07:00, week of 14 Sep 2026 ----
EPISODES["k1"] = [
    # Mon 14 Sep
    M("09-14 07:05", "t_lin", "各位家长早上好！本周三（9月16日）下午两点半在三(2)班教室召开本学期第一次家长会，每户请至少来一位家长。具体议程周三上午再发，本条无需回复。", key="k1_meet"),
    M("09-14 07:09", "p_yangbw_dad", "收到", "ack_reply", rt="k1_meet"),
    M("09-14 07:11", "p_linzm_mom", "好的林老师", "ack_reply"),
    M("09-14 07:16", "p_wangzh_mom", "林老师，周三下午我在医院值班走不开，能让孩子奶奶去吗？", key="k1_q1", hn=True),
    M("09-14 07:20", "t_lin", "可以的，奶奶来也一样，会后我把资料发群文件。", rt="k1_q1"),
    M("09-14 07:21", "p_wangzh_mom", "太好了，谢谢林老师！", hn=True),
    M("09-14 07:40", "p_husq_mom", "早上好！新的一周开始啦，祝各位家长工作顺利、天天好心情[玫瑰][玫瑰][玫瑰]", "chat"),
    M("09-14 07:42", "p_xiemx_mom", "早上好☀️大家周一快乐", "chat"),
    M("09-14 08:10", "x_k1_tutor", "各位家长好～清溪学霸托管新学期优惠来啦！午托+晚辅导每月只要880，老师一对一检查作业，名额有限，加V：qxxb888 咨询", "ad"),
    M("09-14 08:25", "t_lin", "本群是家校沟通群，不允许发布广告，该账号已移出，请大家不要添加陌生人。", hn=True),
    M("09-14 12:30", "t_zhao", "今天数学作业：1. 练习册第12-13页；2. 口算本一页。明天早读前交给课代表。", key="k1_hw1"),
    M("09-14 12:34", "p_songjq_mom", "收到赵老师", "ack_reply", rt="k1_hw1"),
    M("09-14 12:36", "p_gaoyq_mom", "👌🏻", "ack_reply"),
    M("09-14 12:50", "p_tangr_dad", "赵老师，练习册13页第5题是要列竖式计算吗？", key="k1_q2", hn=True),
    M("09-14 12:58", "t_zhao", "是的，要列竖式，得数写在横线上。", rt="k1_q2"),
    M("09-14 13:00", "p_tangr_dad", "明白了，谢谢赵老师", hn=True),
    M("09-14 16:30", "t_sun", "体育课通知：本周四进行学期初体质测试（50米、跳绳、坐位体前屈），请孩子当天穿运动鞋、运动服。", key="k1_pe"),
    M("09-14 16:41", "p_chenhy_mom", "收到了", "ack_reply", rt="k1_pe"),
    M("09-14 17:05", "p_zhucx_nainai", "", kind="voice", hn=True),
    M("09-14 18:50", "p_chenhy_mom", "林老师，还有各位家长，我想请教一下。我家浩宇开学这两周晚上老是睡不着，躺床上翻来覆去一两个小时，早上叫不起来，一到学校门口就说肚子疼不想进去。带他去县医院查了，医生说肠胃没问题，可能是焦虑。他爸在外地打工，一年回来一次，家里就我一个人带，我真的有点撑不住了，也不知道他在学校是不是遇到了什么事……", "private_matter", key="k1_pm1"),
    M("09-14 18:58", "p_zhengkx_mom", "浩宇妈妈别着急，我家可欣一年级的时候也这样，后来睡前不让看手机、泡个脚讲讲故事，慢慢就好了", "private_matter", rt="k1_pm1"),
    M("09-14 19:03", "p_chenhy_mom", "手机确实是个大问题，他每天晚上躲在被子里用我的旧手机看动画，收了就哭闹，说同学都不跟他玩，只有手机陪他", "private_matter"),
    M("09-14 19:20", "t_lin", "浩宇妈妈，浩宇这几天在学校确实精神不太好，上课经常趴在桌子上，上周还跟同桌闹了矛盾，下课一个人待着。您别太焦虑，我们一起想办法。", "private_matter student_privacy"),
    M("09-14 19:22", "t_lin", "具体的我等会儿私聊您。", hn=True),
    M("09-14 19:58", "p_maym_mom", "请问明天美术课要带水彩笔吗？", hn=True),
    M("09-14 20:05", "p_maym_dad", "要带的，还有一张A4卡纸，我看孩子课表上写了"),
    M("09-14 20:40", "p_limy_dad", "赵老师 孩子口算本落在学校了 明天交行不行", key="k1_q3"),
    M("09-14 21:10", "t_zhao", "可以，明天早上到校补上。", rt="k1_q3"),
    # Tue 15 Sep
    M("09-15 06:50", "p_wangzh_nainai", "林老师早上好我是王梓涵的奶奶今天梓涵有点咳嗽我给她戴了口罩去上学麻烦老师中午提醒她喝点热水谢谢老师", key="k1_nn1"),
    M("09-15 07:10", "t_lin", "好的奶奶，我会留意的。", rt="k1_nn1"),
    M("09-15 07:12", "t_lin", "温馨提醒：请还没改群昵称的家长改成“孩子姓名+关系”，比如“王梓涵奶奶”；老师们请用“学科+姓名”，方便大家认识，谢谢配合。"),
    M("09-15 07:15", "t_lin", "需要单独沟通孩子情况的家长，可以加我QQ好友，验证时备注孩子姓名就行。", hn=True),
    M("09-15 07:31", "p_wangzh_nainai", "林老师我改好了你看看对不对", name="王梓涵奶奶", hn=True),
    M("09-15 07:33", "t_lin", "对的，谢谢奶奶👍"),
    M("09-15 08:00", "t_lin", "周三家长会参会接龙（方便准备座位）：\n1. 罗一萱妈妈", key="k1_jl"),
    M("09-15 08:03", "p_yangbw_dad", "周三家长会参会接龙（方便准备座位）：\n1. 罗一萱妈妈\n2. 杨博文爸爸", rt="k1_jl", hn=True),
    M("09-15 08:05", "p_zhoujx_mom", "周三家长会参会接龙（方便准备座位）：\n1. 罗一萱妈妈\n2. 杨博文爸爸\n3. 周俊熙妈妈", hn=True),
    M("09-15 08:09", "p_zhengkx_mom", "周三家长会参会接龙（方便准备座位）：\n1. 罗一萱妈妈\n2. 杨博文爸爸\n3. 周俊熙妈妈\n4. 郑可欣妈妈", hn=True),
    M("09-15 10:02", "p_xuty_dad", "跟大家说个事，我们单位同事讲的，县里下个月开始所有小学周六上午都要补课，教育局的文件已经下来了，大家周末别报班了", "rumor", key="k1_r1"),
    M("09-15 10:06", "p_husq_mom", "真的假的？林老师，学校有接到这个通知吗？", rt="k1_r1", hn=True),
    M("09-15 10:15", "t_lin", "学校没有接到任何周六补课的通知，双减政策下也不允许。请大家以学校官方通知为准，不要转发未经证实的消息。", hn=True),
    M("09-15 10:18", "p_xuty_dad", "我同事老婆就在教育局上班，这还能有假？到时候你们就知道了", "rumor dispute"),
    M("09-15 10:22", "p_luoyx_mom", "徐天佑爸爸，还是等学校正式通知吧，先别让大家跟着慌。", hn=True),
    M("09-15 12:00", "t_he", "英语作业：听读 Unit 2 课文录音10分钟，并在一起作业App里完成跟读打卡。", key="k1_en1"),
    M("09-15 12:08", "t_lin", "何老师，麻烦把群名片改成“英语何雯”哈😊", hn=True),
    M("09-15 12:10", "t_he", "已改～谢谢林老师提醒", name="英语何雯", hn=True),
    M("09-15 12:15", "p_sunjy_mom", "收到何老师🌹", "ack_reply", rt="k1_en1"),
    M("09-15 15:02", "p_guojl_dad", "问一下有没有家长给孩子买儿童手表的？拼夕夕上这两天有活动，带定位能打电话才199", "chat"),
    M("09-15 15:06", "p_heyh_mom", "我家买的小天才，贵是贵点，用了两年没坏过", "chat"),
    M("09-15 15:09", "p_guojl_dad", "小天才得八九百吧，太贵了，小孩子戴两年就丢了", "chat"),
    M("09-15 15:20", "t_lin", "各位家长，群里请尽量只发和孩子学习、学校相关的内容，谢谢理解。", hn=True),
    M("09-15 17:30", "p_zhangzx_mom", "林老师，想问问今天下午课间是不是出了什么事？子轩回家说被李沐阳推了一把，额头磕到桌角，肿了一个包", "student_privacy", key="k1_d1"),
    M("09-15 17:38", "p_limy_dad", "我问了我家沐阳，是子轩先抢他橡皮还骂人的，你别光听你家孩子一面之词", "student_privacy dispute", rt="k1_d1"),
    M("09-15 17:41", "p_zhangzx_mom", "抢块橡皮就能推人？磕到眼睛怎么办，你负得起这个责吗？", "dispute"),
    M("09-15 17:44", "p_limy_dad", "你这人怎么这么不讲理，脑子有问题吧", "abuse dispute"),
    M("09-15 17:46", "p_zhangzx_mom", "我看你才有病，nt一个", "abuse dispute"),
    M("09-15 17:50", "t_lin", "两位家长先别在群里说了，明天我找两个孩子了解清楚，再分别给你们打电话。", hn=True),
    M("09-15 17:55", "p_zhangzx_yeye", "", kind="voice", hn=True),
    # Wed 16 Sep
    M("09-16 06:30", "p_gaoyq_mom", "林老师，雅琪昨晚发烧38度5，今天请假一天在家休息"),
    M("09-16 07:05", "t_lin", "好的，让孩子多喝水好好休息，早日康复！"),
    M("09-16 07:20", "t_lin", "【家长会提醒】今天下午2:30在三(2)班教室（教学楼三楼东侧）召开家长会，请参会家长提前10分钟到，签到后入座。收到请回复“收到”。", key="k1_meet2"),
    M("09-16 07:22", "p_yangbw_dad", "收到", rt="k1_meet2", hn=True),
    M("09-16 07:23", "p_zhengkx_mom", "已收到", hn=True),
    M("09-16 07:25", "p_luoyx_mom", "收到～", hn=True),
    M("09-16 07:26", "p_sunjy_mom", "收到🙏", hn=True),
    M("09-16 07:30", "p_huangyt_waipo", "收到 我下午去开会"),
    M("09-16 07:34", "x_k1_aunt", "嗯嗯收到"),
    M("09-16 07:36", "p_wust_mom", "收到，我下午请了假，准时到", hn=True),
    M("09-16 10:00", "p_liuxy_mom", "转发：秋季养生，这5种水果一定要多吃，最后一种很多人都不知道 https://mp.weixin.qq.com/s/Ab3kQ9xYz", "link chat", kind="link_card"),
    M("09-16 10:30", "t_lin", "国家中小学智慧教育平台有防溺水安全专题课，请家长这周陪孩子看一看：https://basic.smartedu.cn/special/anti-drowning", key="k1_sm", hn=True),
    M("09-16 10:36", "p_husq_mom", "谢谢林老师分享", "ack_reply", rt="k1_sm"),
    M("09-16 10:40", "p_xiemx_mom", "好的，明轩暑假已经看过一遍了，这周再陪他复习一下", hn=True),
    M("09-16 11:00", "t_lin", "提醒：近期有人冒充老师加家长好友，发收费二维码说是“资料费”。学校和老师不会通过个人微信、QQ收取任何费用，请大家千万不要转账。", hn=True),
    M("09-16 16:05", "t_lin", "感谢各位家长今天参加家长会！会上的PPT和本学期课程安排已上传群文件，大家可以下载查看。", key="k1_after"),
    M("09-16 16:08", "p_zhengkx_dad", "老师们辛苦啦", "ack_reply", rt="k1_after"),
    M("09-16 16:10", "p_maym_mom", "[握手][握手]", "ack_reply"),
    M("09-16 16:15", "p_yangbw_mom", "林老师辛苦了，会上说的每天20分钟亲子阅读我们今晚就开始，博文最近在看《小猪唏哩呼噜》", hn=True),
    M("09-16 17:00", "p_guojl_dad", "说白了家长会就是走个过场，演给校长看的，真有问题从来不解决", "slander dispute"),
    M("09-16 17:06", "p_luoyx_mom", "郭家乐爸爸，有意见可以私下跟林老师或者家委会说，我们会反映给学校。", hn=True),
    M("09-16 17:10", "p_guojl_dad", "反映有什么用，上学期就说食堂的菜孩子吃到嘴里都是冷的，钱一分不少收，到现在也没人管", "slander dispute"),
    M("09-16 19:30", "p_heyh_mom", "大家注意了，明天开始县里所有学校都要查手机，书包里翻出来直接没收，一律不还", "rumor"),
    M("09-16 19:45", "t_lin", "学校没有这项新规定。手机还是按原来的办法：确有需要带的，早上交给班主任保管，放学领回。", hn=True),
    # Thu 17 Sep
    M("09-17 07:30", "t_sun", "今天体质测试，请孩子们穿运动鞋，自带水杯，身体不舒服的提前告诉我。", key="k1_pe2"),
    M("09-17 07:36", "p_zhoujx_mom", "好的孙老师", "ack_reply", rt="k1_pe2"),
    M("09-17 07:40", "p_songjq_mom", "孙老师，佳琪上周脚崴了还没好全，跑步项目能不能先不测？", hn=True),
    M("09-17 07:48", "t_sun", "可以，让她把医院的病历带来，跑步项目下周补测。"),
    M("09-17 11:30", "t_zhao", "上周数学小测满分的同学：罗一萱、杨博文、郑可欣；95分以上：马一鸣、唐睿。大家继续加油！", "ranking", key="k1_rank"),
    M("09-17 11:36", "p_husq_mom", "赵老师，胡诗琪这次考得怎么样？", hn=True),
    M("09-17 11:42", "t_zhao", "诗琪88分，班里排第12", "ranking"),
    M("09-17 11:50", "t_lin", "赵老师，分数和排名我们私下发给家长就好，群里不公布哈。", hn=True),
    M("09-17 11:52", "t_zhao", "好的，是我考虑不周，已经撤回了。", hn=True),
    M("09-17 14:20", "t_sun", "今天体测跳绳项目全班第一名：黄雨桐，一分钟182个！其他同学也都很努力👏", key="k1_jump", hn=True),
    M("09-17 14:25", "p_huangyt_mom", "谢谢孙老师！雨桐暑假天天在楼下练，总算没白练😄", hn=True),
    M("09-17 14:27", "p_hanyx_mom", "太强了吧👍", "ack_reply", rt="k1_jump"),
    M("09-17 16:40", "p_songjq_mom", "有没有人去过县城新开的那家自助烤肉？团购券89一位，我看评价还不错", "chat"),
    M("09-17 16:45", "p_xiemx_mom", "去过！肉挺新鲜的，就是周末人太多，排了快一个小时", "chat"),
    M("09-17 16:47", "p_songjq_mom", "我们打算周六中午去，有一起的吗😋", "chat"),
    M("09-17 19:00", "p_chenhy_mom", "林老师，跟您说一声，浩宇这两天晚上十点前就能睡着了。那天您打电话开导他以后，他说愿意跟同桌和好，早上也不喊肚子疼了", "private_matter", name="陈浩宇妈妈"),
    M("09-17 19:05", "p_zhengkx_mom", "太好了！慢慢来，孩子会越来越好的", "private_matter"),
    M("09-17 21:50", "t_lin", "【紧急通知】县气象台发布暴雨红色预警，根据县教育局通知，明天（9月18日）全县中小学停课一天，孩子在家进行线上学习。请家长做好看护，不要让孩子到河边、低洼处玩耍。收到请回复。", key="k1_storm", urgent=True, hn=True),
    M("09-17 21:52", "p_yangbw_dad", "收到", rt="k1_storm", urgent=True, hn=True),
    M("09-17 21:53", "p_luoyx_mom", "收到了", urgent=True, hn=True),
    M("09-17 21:55", "p_maym_mom", "收到林老师", urgent=True, hn=True),
    M("09-17 21:58", "p_guojl_dad", "那明天线上课几点开始？在哪里上？"),
    M("09-17 22:05", "t_lin", "上午九点开始，平台和课表明早七点半发群里。"),
    M("09-17 22:10", "p_wangzh_nainai", "收到收到 林老师辛苦了", urgent=True, hn=True),
    M("09-17 23:30", "p_zhangzx_mom", "这雨下得太吓人了，明天上班都不知道怎么去", "chat"),
    # Fri 18 Sep (school closed)
    M("09-18 06:40", "x_k1_kid", "林老师早上好，我是陈浩宇，今天的网课在哪里上呀"),
    M("09-18 07:10", "t_lin", "同学你好，这是家长群，学生不能在群里哦，老师先把你移出去，有问题让妈妈来问。", hn=True),
    M("09-18 07:30", "t_lin", "今天线上学习安排：上午通过国家中小学智慧教育平台按课表观看，地址 https://www.smartedu.cn/ ，下午语文直播课。", hn=True),
    M("09-18 07:32", "t_lin", "下午两点语文直播课，腾讯会议链接：https://meeting.tencent.com/dm/Qx7Pz3Lk 会议号 836 221 907", "link", key="k1_mtg"),
    M("09-18 07:40", "p_zhengkx_mom", "收到啦", "ack_reply", rt="k1_mtg"),
    M("09-18 07:45", "p_yangbw_mom", "林老师，我们家只有一台手机，孩子爸爸上班带走了，可以用电视看平台的课吗？", hn=True),
    M("09-18 07:52", "t_lin", "可以的，电视上装了“智慧中小学”就能看，下午直播课的回放我也会发群文件。"),
    M("09-18 09:50", "p_xuty_dad", "我就说吧，停一天就得补一天，下周六肯定要把今天的课补回来，教育局都定好了", "rumor"),
    M("09-18 10:30", "p_guojl_dad", "【砍一刀】帮我砍一下吧，差一点就能免费拿 https://p.pinduoduo.com/k8Hw2Zq", "ad link", kind="link_card"),
    M("09-18 10:35", "p_heyh_mom", "砍了", "chat"),
    M("09-18 11:20", "p_gaoyq_mom", "同城寂寞女生在线陪聊，私密视频点击进入 http://mm-520.top/v8", "illegal link"),
    M("09-18 11:24", "p_gaoyq_mom", "不好意思各位，我的QQ号被盗了，刚才那条不是我发的，大家千万别点！", hn=True),
    M("09-18 11:30", "t_lin", "已删除，大家注意账号安全，不要点不明链接。", hn=True),
    M("09-18 15:00", "t_lin", "本周“学习小标兵”：罗一萱、周俊熙、唐睿，表扬他们这周作业认真、上课积极发言！", key="k1_star", hn=True),
    M("09-18 15:06", "p_zhoujx_mom", "谢谢林老师鼓励！", "ack_reply", rt="k1_star"),
    M("09-18 15:10", "p_tangr_dad", "谢谢林老师，唐睿以前不爱举手，这学期进步了，我们回家好好表扬他", hn=True),
    M("09-18 16:30", "p_husq_mom", "周末愉快各位家长～🌈🌈", "chat"),
    # Sat 19 Sep
    M("09-19 09:00", "p_songjq_mom", "烤肉那家中午11点半门口集合哈，我先去拿号", "chat"),
    M("09-19 10:15", "x_k1_fortune", "孩子成绩上不去、不听话、夜里爱哭闹，多半是家里风水和孩子八字相冲。贫道免费为各位家长测八字、化解改运，加V：chenjushi_66", "illegal ad"),
    M("09-19 10:30", "t_lin", "此人不是本班家长，已移除，请大家不要添加，也不要相信这些说法。", hn=True),
    M("09-19 20:30", "p_maym_mom", "林老师，周一要交的手抄报是A3纸还是A4纸？", key="k1_q4"),
    M("09-19 20:41", "p_maym_mom", "有人知道吗"),
    M("09-19 20:42", "p_maym_mom", "有人知道吗？"),
    M("09-19 20:43", "p_maym_mom", "有人知道吗！！", "flood"),
    M("09-19 20:50", "p_linzm_mom", "A3的，子墨说老师上课讲了", rt="k1_q4"),
]

# ---- k2: 枫林外国语寄宿学校 五年级(1)班, WeChat, quiet 20:30-06:30, 19-25 Oct 2026 ----
EPISODES["k2"] = [
    # Mon 19 Oct
    M("10-19 06:20", "p_gucy_mom", "钱老师早，晨阳今天早上我送校，路上堵车可能晚十分钟到"),
    M("10-19 06:30", "t_qian", "好的，路上注意安全。", hn=True),
    M("10-19 07:00", "t_wang", "各位家长好，我是五(1)班生活老师王春兰。本周起宿舍熄灯时间调整为21:10，请家长周末在家也提醒孩子按时作息。本条无需回复。", key="k2_dorm"),
    M("10-19 07:05", "p_jiangyf_mom", "收到王老师", "ack_reply", rt="k2_dorm"),
    M("10-19 07:06", "p_durx_mom", "好的😊", "ack_reply"),
    M("10-19 07:15", "p_sumq_mom", "王老师，请问熄灯以后孩子睡不着的话，能开小台灯看会儿书吗？", key="k2_q1", hn=True),
    M("10-19 07:22", "t_wang", "熄灯后不能开灯看书，会影响室友休息，可以安静躺着听一会儿宿舍的轻音乐。", rt="k2_q1"),
    M("10-19 07:24", "p_sumq_mom", "明白了，谢谢王老师", hn=True),
    M("10-19 08:10", "p_yuanmq_mom", "钱老师，梦琪的校服外套落在家里了，我中午送到门卫可以吗？", hn=True),
    M("10-19 08:15", "t_qian", "可以，放门卫室写上班级和名字，我让她午饭后去拿。"),
    M("10-19 12:00", "t_cai", "本周语文背诵《少年中国说》（节选），周五回家前逐个检查，请家长周末帮孩子巩固。", key="k2_cn"),
    M("10-19 12:06", "p_hejh_mom", "👍👍", "ack_reply", rt="k2_cn"),
    M("10-19 12:30", "t_qian", "@蔡老师🌷 蔡老师，麻烦把群名片改成“语文蔡琳”，谢谢～", hn=True),
    M("10-19 12:33", "t_cai", "好的钱老师，已修改", name="语文蔡琳", hn=True),
    M("10-19 13:00", "x_k2_insurance", "各位家长中午好！寄宿的孩子磕磕碰碰多，平安少儿意外险一年只要98元，门诊住院都能报销，已经有好几个家长给孩子买了，需要的私我 139 0571 2846", "ad"),
    M("10-19 13:10", "t_qian", "本群禁止推销，该账号请自行退群。邱俊杰爸爸，以后拉人进群请先跟我说一声，需要审核。", hn=True),
    M("10-19 13:15", "p_qiujj_dad", "不好意思钱老师，他说是学校合作的保险我才拉进来的，下次一定先问", hn=True),
    M("10-19 15:00", "p_panht_dad", "方老师，昊天周末回家说数学周测没考好，能不能先把卷子拍给我看看？", key="k2_q2"),
    M("10-19 15:12", "t_fang", "昊天爸爸您好，卷子周五会让孩子带回家，到时候您有问题随时打我电话。", rt="k2_q2"),
    M("10-19 18:30", "p_yanxy_mom", "钱老师、王老师，我想说说心怡的情况。她这两周天天晚上用电话手表给我打电话哭，说想家，宿舍里睡不着，还说跟室友处不来，她们几个不跟她玩，去食堂吃饭都是一个人。她从小就敏感，胆子小，我听了心都碎了，自己也整宿整宿睡不着，真的在考虑要不要让她改走读……", "private_matter", key="k2_pm1"),
    M("10-19 18:36", "p_durx_mom", "心怡妈妈先别着急，刚开始住校都有个适应期，我家若溪头一个月也是天天哭，后来交到好朋友就好了", "private_matter", rt="k2_pm1"),
    M("10-19 18:41", "p_yanxy_mom", "可是都开学快两个月了还这样，她说晚上偷偷在被子里哭，饭也吃不下，周末回来我一称瘦了三斤", "private_matter"),
    M("10-19 19:05", "t_wang", "心怡妈妈，这几天晚上查寝我都特别留意了，心怡确实入睡比较晚，晚饭也只吃小半碗。我会多陪她聊聊，也会跟她们宿舍的孩子沟通。", "private_matter student_privacy"),
    M("10-19 19:10", "t_qian", "心怡妈妈，我待会儿给您打电话细聊。", hn=True),
    M("10-19 20:25", "p_jiangyf_dad", "请问这周五几点可以接孩子？", key="k2_q3", hn=True),
    M("10-19 20:28", "t_qian", "周五下午3点半放学，东门接。", rt="k2_q3", hn=True),
    M("10-19 20:35", "p_jiangyf_dad", "好的谢谢钱老师"),
    M("10-19 21:15", "p_zengkx_mom", "问一下双十一大家都给孩子买什么牌子的羽绒服？宿舍晚上有点冷，想买件轻薄的", "chat"),
    M("10-19 21:20", "p_luzm_mom", "优衣库的轻型羽绒就行，好洗，现在领券两百出头", "chat"),
    # Tue 20 Oct
    M("10-20 07:10", "t_fang", "上周数学周测情况：全班平均分84.5分，优秀率60%，计算题失分较多，周末请家长督促孩子订正。", key="k2_avg", hn=True),
    M("10-20 07:16", "p_weizj_mom", "收到方老师", "ack_reply", rt="k2_avg"),
    M("10-20 07:40", "p_pengyx_mom", "听说这次第一名又是董佳宁，考了100分，许诺98，我家宇轩才七十多，唉", "ranking"),
    M("10-20 07:50", "t_fang", "各位家长，成绩和排名不在群里公布，想了解自己孩子情况的可以私聊我。", hn=True),
    M("10-20 08:30", "p_jiangyuf_mom", "方老师，雨菲说分数应用题老是看不懂题意，周末在家有什么练习可以推荐吗？", hn=True),
    M("10-20 08:42", "t_fang", "可以让她每天做两道课本上的例题，先画线段图再列式，周末我发一份练习到学习平台。"),
    M("10-20 08:44", "p_jiangyuf_mom", "好的，谢谢方老师！", hn=True),
    M("10-20 09:00", "p_xun_mom", "刚刷到本地一个大V发的视频，说咱们市的私立学校明年全部转公办，学费要退一半，让家长赶紧去学校教务处登记，晚了就没了", "rumor", key="k2_r1"),
    M("10-20 09:04", "p_lvbh_dad", "真的吗？那我们一次交的三年学费怎么算？", rt="k2_r1", hn=True),
    M("10-20 09:15", "t_qian", "学校没有收到任何相关通知，请大家不要听信网络视频，一切以学校官网 www.fenglin-sch.edu.cn 的公告为准。", hn=True),
    M("10-20 09:18", "p_xun_mom", "我也是看到了跟大家说一声，没别的意思", hn=True),
    M("10-20 10:30", "p_lvbh_dad", "我老婆她们公司群里都在说，今年冬天寄宿学校要统一加收空调费，每人500，下周就发通知", "rumor"),
    M("10-20 11:00", "p_shenyh_mom", "各位家长好，学校11月初组织五年级秋季研学（杭州两日），费用由学校统一收取，家委会先统计人数，有意向的请接龙：\n1. 沈奕涵妈妈", key="k2_jl"),
    M("10-20 11:04", "p_yesy_mom", "1. 沈奕涵妈妈\n2. 叶思远妈妈", rt="k2_jl", hn=True),
    M("10-20 11:07", "p_dongjn_mom", "1. 沈奕涵妈妈\n2. 叶思远妈妈\n3. 董佳宁妈妈", hn=True),
    M("10-20 11:15", "p_yesy_waigong", "思远妈妈已经接龙了，我就不接了。研学那天要是需要家长帮忙，我退休在家可以去"),
    M("10-20 14:00", "p_panht_dad", "研学说白了就是学校变着法赚钱，两天一个人1280，外面旅行社同样的线路才五六百，中间差价进了谁的口袋大家心里有数", "slander dispute", key="k2_d1"),
    M("10-20 14:08", "p_shenyh_mom", "潘昊天爸爸，费用明细家委会会跟学校要来公示，您有疑问可以私聊我。", hn=True),
    M("10-20 14:10", "p_panht_dad", "公示有什么用，账还不是你们自己做的", "dispute"),
    M("10-20 14:13", "p_jiangyf_mom", "潘总说话注意点，家委会的妈妈们都是义务帮忙的，您不想去可以不报", "dispute"),
    M("10-20 14:15", "p_panht_dad", "关你屁事，你懂个p，少在这装圣母", "abuse dispute"),
    M("10-20 14:20", "t_qian", "各位家长，研学完全自愿，费用明细明天学校会发正式通知。潘昊天爸爸，我稍后给您打电话沟通。", hn=True),
    M("10-20 17:00", "t_wang", "", kind="image", hn=True),
    M("10-20 17:00", "t_wang", "", kind="image", hn=True),
    M("10-20 17:01", "t_wang", "", kind="image", hn=True),
    M("10-20 17:02", "t_wang", "今天宿舍内务检查，咱们班孩子被子叠得整整齐齐，拿了年级第一，给孩子们点赞！", key="k2_dormpic", hn=True),
    M("10-20 17:06", "p_sumq_mom", "辛苦王老师🌹", "ack_reply", rt="k2_dormpic"),
    M("10-20 17:08", "p_gucy_mom", "老师们辛苦了", "ack_reply"),
    M("10-20 17:12", "p_durx_mom", "第二张照片里那个床是若溪的吧，在家从来不叠被子😂 谢谢王老师", hn=True),
    M("10-20 20:40", "p_yanxy_mom", "王老师，心怡今晚怎么样，还哭吗？", "private_matter"),
    M("10-20 20:52", "t_wang", "今晚主动跟室友一起去洗漱了，熄灯前还在小声聊天，比昨天好多了，您放心休息", "private_matter"),
    # Wed 21 Oct
    M("10-21 06:40", "t_qian", "提醒：明天（周四）上午校医室组织体检，请孩子正常吃早餐，体检后正常上课。", key="k2_exam"),
    M("10-21 06:48", "p_fanyn_mom", "好的收到", "ack_reply", rt="k2_exam"),
    M("10-21 07:30", "t_qian", "范一诺妈妈，群昵称麻烦改一下，应该是“范一诺妈妈”哦～", hn=True),
    M("10-21 07:35", "p_fanyn_mom", "哎呀，打错字了，不好意思，已经改了", name="范一诺妈妈", hn=True),
    M("10-21 09:30", "x_k2_leftparent", "各位家长好，思琪上学期转学回老家了，我一直没退群。想问一下咱们学校现在还招插班生吗？我一个朋友的孩子想来读五年级"),
    M("10-21 09:42", "t_qian", "思琪妈妈您好，插班的事可以打招生办电话 0571-8823 6601 咨询。这个群是本班家校群，我先帮您移出哈，谢谢理解。", hn=True),
    M("10-21 10:30", "p_qiujj_dad", "昨晚国足那场看了没，补时丢球，太憋屈了", "chat"),
    M("10-21 10:34", "p_lvbh_dad", "看了，憋了一肚子火，以后再也不熬夜看了", "chat"),
    M("10-21 10:36", "p_qiujj_dad", "哈哈每次都这么说，下次主场一起去现场吼两嗓子", "chat"),
    M("10-21 12:00", "t_fang", "本周数学周末作业已在学习平台布置，周五回家完成即可，无需回复。", key="k2_hw"),
    M("10-21 12:03", "p_yesy_waigong", "收到了", "ack_reply", rt="k2_hw"),
    M("10-21 12:03", "p_yesy_waigong", "收到了", "ack_reply"),
    M("10-21 12:04", "p_yesy_waigong", "收到了", "ack_reply flood"),
    M("10-21 12:10", "p_yesy_mom", "爸，不用一直回，老师说了无需回复😅", hn=True),
    M("10-21 15:00", "p_chengh_dad", "钱老师，程皓周四体检完能请半天假吗？下午要带他去医院复查牙齿", key="k2_leave", hn=True),
    M("10-21 15:08", "t_qian", "可以，填一下请假条，接孩子时在门卫处签字。", rt="k2_leave"),
    M("10-21 15:10", "p_chengh_dad", "好的，谢谢钱老师", hn=True),
    M("10-21 16:30", "p_dongjn_mom", "方老师讲题是真的牛批，佳宁说一听就懂，以前怎么都搞不明白的分数应用题现在全会了", "abuse"),
    M("10-21 16:34", "p_sumq_mom", "方老师讲得确实清楚，沐晴也说方老师上课特别有意思，太厉害了", hn=True),
    M("10-21 19:00", "p_panht_dad", "我听说方老师在外面开了补习班，周末在他那补课的孩子考前都知道题，难怪有人能考100", "slander"),
    M("10-21 19:08", "t_fang", "潘昊天爸爸，我从没在校外办班或补课，学校也明令禁止。您有任何疑问可以直接向校长室反映核实。", hn=True),
    M("10-21 19:12", "p_panht_dad", "谁知道呢，反正好几个家长都这么说，无风不起浪", "slander dispute"),
    M("10-21 20:20", "p_dingyt_mom", "请问明天体检要空腹吗？", key="k2_q5", hn=True),
    M("10-21 20:26", "t_qian", "不用空腹，正常吃早饭。", rt="k2_q5", hn=True),
    M("10-21 22:40", "p_zengkx_mom", "王老师，宿舍是不是还没开空调？可馨刚才用手表发消息说冷"),
    M("10-21 22:45", "t_wang", "今晚已经给每个孩子加发了一床被子，空调明天统一调试，放心。"),
    # Thu 22 Oct
    M("10-22 06:10", "p_xun_mom", "转发给所有家长🙏这是灵隐寺开过光的平安符，转发10个群孩子期中考试门门满分，看了不转的孩子三天内必有灾祸，宁可信其有🙏🙏", "illegal"),
    M("10-22 07:00", "t_qian", "请大家不要在群里转发这类迷信内容，谢谢配合。", hn=True),
    M("10-22 09:30", "t_qian", "", kind="image", hn=True),
    M("10-22 09:31", "t_qian", "体检进行中，孩子们排队很有秩序👍", key="k2_exampic"),
    M("10-22 11:00", "x_k2_otherclass", "打扰一下，我是五(3)班杜子航的妈妈，想问问你们班今天体检抽血了吗？我家孩子怕打针"),
    M("10-22 11:05", "p_durx_mom", "没有抽血，就量身高体重、查视力和口腔", hn=True),
    M("10-22 13:00", "p_luzm_mom", "钱老师，子萌说体检视力只有4.7，需要去医院复查吗？", name="陆子萌妈妈Grace", key="k2_q4", hn=True),
    M("10-22 13:10", "t_qian", "建议周末去眼科散瞳验光再确认一下，体检结果单周五带回。", rt="k2_q4"),
    M("10-22 13:12", "p_luzm_mom", "好的，谢谢钱老师", hn=True),
    M("10-22 15:00", "p_weizj_dad", "各位家长，周六天气不错，有没有一起带孩子去西溪湿地骑车的？", "chat"),
    M("10-22 15:04", "p_hejh_mom", "我们去！几点集合？", "chat"),
    M("10-22 15:06", "p_weizj_dad", "九点半周家村入口，带上水和零食", "chat"),
    M("10-22 17:00", "p_panht_dad", "伙食费一学期又涨了八百，饭菜还是那几样，孩子说肉都是肥的，我看学校就是变着法收钱。下周一咱们都别送孩子回校，看学校急不急", "slander incitement dispute", key="k2_inc"),
    M("10-22 17:05", "p_xun_mom", "我支持，算我一个", "incitement", rt="k2_inc"),
    M("10-22 17:09", "p_jiangyf_mom", "孩子又不是筹码，拿孩子上学来逼学校，耽误的是自己孩子", "dispute"),
    M("10-22 17:15", "t_qian", "各位家长，伙食费调整是家委会参与、在物价部门备过案的，明细可以随时查。请不要让孩子停课，有意见我们当面沟通。", hn=True),
    M("10-22 17:20", "p_panht_dad", "当面沟通有用？我已经把食堂的视频发抖音了，等着上热搜吧，看谁丢人", "incitement dispute"),
    M("10-22 20:10", "p_shenyh_mom", "各位家长，下周二家委会和学校后勤有座谈会，伙食方面的意见可以当面提，想参加的私信我报名。", hn=True),
    # Fri 23 Oct
    M("10-23 07:30", "t_qian", "今天下午3:30放学，请家长准时接孩子，车辆请在东门临时停车区停放，不要堵在校门口。收到请回复。", key="k2_pickup"),
    M("10-23 07:33", "p_gucy_mom", "收到了", rt="k2_pickup", hn=True),
    M("10-23 07:35", "p_hejh_mom", "收到，东门", hn=True),
    M("10-23 07:36", "p_weizj_mom", "收到～", hn=True),
    M("10-23 07:37", "p_yuanmq_mom", "收到，今天爷爷来接", hn=True),
    M("10-23 07:40", "p_dingyt_mom", "钱老师，我没收到学校发的体检结果短信，是还没发吗？", hn=True),
    M("10-23 07:46", "t_qian", "结果单今天随孩子带回，短信下周统一发。"),
    M("10-23 10:00", "p_pengyx_mom", "各位家长帮个忙，宇轩参加市少儿绘画比赛进了复赛，每天都能投一票，麻烦大家点进去投一下，投完截个图给我哦🙏 https://vote.h5hudong.cn/v/38211", "ad link", kind="link_card"),
    M("10-23 10:05", "p_durx_mom", "帮你投了", "chat"),
    M("10-23 13:00", "p_pengyx_mom", "还差20票，求大家投票🙏", "ad"),
    M("10-23 13:00", "p_pengyx_mom", "还差20票，求大家投票🙏", "ad"),
    M("10-23 13:01", "p_pengyx_mom", "还差20票 求大家投票！", "ad flood"),
    M("10-23 13:10", "p_qiujj_dad", "我邻居有两张周日欢乐谷的门票要转，原价280现在半价，要的找我", "ad"),
    M("10-23 14:00", "t_cai", "周末语文作业：1. 背诵《少年中国说》节选；2. 完成《补充习题》第四单元；3. 读课外书30分钟。", key="k2_hw2"),
    M("10-23 14:05", "p_jiangyuf_mom", "蔡老师，补充习题第四单元的作文部分也要写吗？", rt="k2_hw2", hn=True),
    M("10-23 14:12", "t_cai", "作文部分下周课上写，这次不用。"),
    M("10-23 16:00", "t_qian", "孩子们都接到了吗？还没接到的家长请告诉我。"),
    M("10-23 16:03", "p_zengkx_mom", "接到了，谢谢钱老师", hn=True),
    M("10-23 16:10", "p_lvbh_dad", "钱老师，博涵的水杯好像落在宿舍了，下周一再拿可以吗？", hn=True),
    M("10-23 16:15", "t_qian", "可以的，我跟王老师说一声帮他收好。"),
    M("10-23 20:40", "p_yanxy_mom", "跟王老师、钱老师汇报一下，心怡今天回家说这周跟室友和好了，还约了下周一起去图书馆，吃饭也有伴了。我这颗心总算放下了，谢谢两位老师", "private_matter"),
    M("10-23 20:45", "p_durx_mom", "太好了太好了，我就说会好的😊", "private_matter"),
    # Sat 24 Oct
    M("10-24 08:30", "p_gucy_mom", "周末愉快，各位家长！[太阳][太阳]", "chat"),
    M("10-24 08:34", "p_weizj_mom", "同乐同乐～", "chat"),
    M("10-24 10:20", "p_hejh_mom", "", kind="image", hn=True),
    # Sun 25 Oct
    M("10-25 15:00", "t_wang", "提醒：明天返校请带好换季的厚被子和秋衣秋裤，贵重物品不要带。", key="k2_back"),
    M("10-25 15:06", "p_dongjn_mom", "王老师，电热毯能带吗？", rt="k2_back", hn=True),
    M("10-25 15:10", "t_wang", "电热毯不能带，宿舍禁止使用大功率电器，被子可以带厚一点的。"),
    M("10-25 21:00", "t_qian", "【紧急通知】气象台发布大雾橙色预警，明早高速可能封路，明天（周一）返校时间推迟到上午10点前，请家长注意行车安全。收到请回复。", key="k2_fog", urgent=True, hn=True),
    M("10-25 21:03", "p_jiangyf_dad", "收到，谢谢钱老师提醒", rt="k2_fog", urgent=True, hn=True),
    M("10-25 21:04", "p_sumq_mom", "收到钱老师", urgent=True, hn=True),
    M("10-25 21:06", "p_yuanmq_mom", "收到👌", urgent=True, hn=True),
    M("10-25 21:10", "p_lvbh_dad", "那明天早读是不是取消了？要不要带早饭？"),
    M("10-25 21:18", "t_qian", "早读取消，早饭在家吃好再出发。"),
]

# ---- k3: 临江市解放路小学 二年级(4)班, WeChat, quiet 21:00-07:00, 2-7 Nov 2026 ----
EPISODES["k3"] = [
    # Mon 2 Nov
    M("11-02 06:55", "p_qinsh_nainai", "徐老师早上好我是秦诗涵的奶奶孩子她妈妈出差了今天我送孩子可能要晚个十分钟到麻烦老师了", key="k3_nn"),
    M("11-02 07:05", "t_xu", "好的奶奶，不着急，路上慢点。", rt="k3_nn"),
    M("11-02 07:30", "t_xu", "各位家长：本周四上午举行二年级秋季趣味运动会，请孩子穿校服、运动鞋，自带水杯。具体项目和分组今天下午发。", key="k3_sports"),
    M("11-02 07:34", "p_mengjy_mom", "收到徐老师", "ack_reply", rt="k3_sports"),
    M("11-02 07:35", "p_cuiy_mom", "[强][强]", "ack_reply"),
    M("11-02 07:40", "p_zhongxt_mom", "收到，晓彤报了跳绳，需要自己带绳子吗？", key="k3_q1", hn=True),
    M("11-02 07:48", "t_xu", "学校统一提供跳绳，不用带。", rt="k3_q1"),
    M("11-02 09:00", "x_k3_estate", "各位家长好！滨江壹号院学区房最后10套，对口解放路小学和二中，首付30万起，本周认购还送车位，看房请加微信 ljbj1hy", "ad"),
    M("11-02 09:06", "p_zhouyr_mom", "这个群是二(4)班家校群，不允许发广告，已经告诉徐老师了，请自行退群。", hn=True),
    M("11-02 10:30", "t_kong", "Hello各位家长～本周三进行英语Unit 3单词默写，请在家帮孩子复习Unit 3的单词和句型。", key="k3_en"),
    M("11-02 10:35", "p_taoyz_mom", "好的孔老师👌", "ack_reply", rt="k3_en"),
    M("11-02 12:30", "p_fangzh_mom", "我朋友在区教育局上班，说明年起我们这一片划到新建的城东学区，二年级以上的孩子都得转过去，解放路这边只留一年级", "rumor", key="k3_r1"),
    M("11-02 12:34", "p_weijq_mom", "真的假的？徐老师您听说过这个事吗？", rt="k3_r1", hn=True),
    M("11-02 12:45", "t_xu", "没有这个消息。学区划分以区教育局官网公告为准，在校生不会因为新学区转学，请大家不要再转发了。", hn=True),
    M("11-02 14:00", "p_zhouyr_mom", "【家委会通知】本学期班费每位孩子200元，用于图书角购书、节日活动和奖品，请各位家长本周内转给家委会财务江欣悦妈妈，备注孩子姓名。明细期末公示。", key="k3_fee"),
    M("11-02 14:06", "p_baiyc_dad", "上学期的班费明细还没看到呢，这又收？", "dispute", rt="k3_fee"),
    M("11-02 14:10", "p_jiangxy_mom", "白宇辰爸爸，上学期的明细表在群文件“班费”文件夹里，您可以看一下。", hn=True),
    M("11-02 14:15", "p_baiyc_dad", "群文件里就一张表，发票呢？两百块买了什么书，我家孩子一本都没带回来过", "dispute"),
    M("11-02 14:18", "p_shaojy_mom", "白爸爸，家委会都是利用下班时间义务干活的，天天被这样怀疑，谁还愿意干", "dispute"),
    M("11-02 14:20", "p_baiyc_dad", "义务不义务的，钱总得说清楚吧，你算哪根葱，轮得到你说话？", "abuse dispute"),
    M("11-02 14:30", "t_xu", "班费的事请家委会把发票拍照整理一下，周末前再发一次明细。两位家长先别在群里争了，有问题可以私聊我。", hn=True),
    M("11-02 15:10", "p_jiangxy_mom", "收到徐老师，发票我今晚整理好发群文件。", hn=True),
    M("11-02 16:00", "t_deng", "今天数学作业：1. 口算本第8页；2. 数学书第35页“做一做”。", key="k3_hw"),
    M("11-02 16:05", "p_renzx_mom", "收到邓老师", "ack_reply", rt="k3_hw"),
    M("11-02 16:07", "p_gongzm_dad", "Got it 👍", "ack_reply"),
    M("11-02 16:20", "p_shijm_mom", "邓老师，“做一做”第3题的钟面是要画出时针和分针吗？", hn=True),
    M("11-02 16:28", "t_deng", "对，两根针都要画，分针长一点。"),
    M("11-02 19:30", "p_wangyr_mom", "徐老师，想请教一下。一然最近写字特别慢，一页生字要写一个多小时，读课文老跳行，拼音到现在还拼不对。她一写作业就发呆、抠橡皮，我在旁边吼也没用。我怀疑是不是注意力有问题，想带她去儿童医院查查是不是多动症，可她爸坚决不同意，说我小题大做，我俩为这事吵了好几回了。她在学校上课是不是也坐不住？", "private_matter", key="k3_pm1"),
    M("11-02 19:41", "p_kangyt_mom", "一然妈妈，我家雨桐之前也是写字慢，后来发现是握笔姿势不对，你可以先看看这个", "private_matter", rt="k3_pm1"),
    M("11-02 19:46", "p_wangyr_mom", "握笔我纠正过，主要还是坐不住，写两个字就要起来喝水上厕所", "private_matter"),
    M("11-02 20:10", "t_xu", "一然妈妈，一然在课堂上确实比较容易走神，最近两次生字听写都没有过关。我建议可以去医院做个专业评估，具体我们约个时间当面聊。", "private_matter student_privacy"),
    M("11-02 20:20", "p_zuost_mom", "我表姐在市儿童医院，查注意力要提前两周挂号，挺难挂的，需要的话我帮你问问", "private_matter"),
    M("11-02 20:58", "p_wangyr_mom", "谢谢大家，我先跟徐老师约时间面谈。", hn=True),
    M("11-02 21:05", "p_kangyt_mom", "一然妈妈别焦虑，孩子都是慢慢开窍的", "private_matter"),
    # Tue 3 Nov
    M("11-03 07:00", "t_xu", "早上好，今天大降温，请给孩子加件外套，体育课后容易着凉。", hn=True),
    M("11-03 07:02", "p_huacy_mom", "早上好☀️各位家长，降温了大家也注意保暖哦～[爱心]", "chat"),
    M("11-03 07:03", "p_cuiy_mom", "早～大家都穿暖和点", "chat"),
    M("11-03 08:30", "p_jiayn_mom", "徐老师您好，我是贾一诺的妈妈，刚进群，请问孩子的冬季校服在哪里订？"),
    M("11-03 08:40", "t_xu", "欢迎一诺妈妈！请先把群昵称改成“贾一诺妈妈”。冬季校服在学校公众号“家校服务”里订。"),
    M("11-03 08:45", "p_jiayn_mom", "改好了，谢谢徐老师", name="贾一诺妈妈", hn=True),
    M("11-03 08:50", "t_xu", "谭梓萌妈妈，以后邀请家长进群请先跟我说一声哈，需要审核一下身份，谢谢。", hn=True),
    M("11-03 10:00", "t_lu", "音乐课本学期开始学竖笛，学校统一采购，每支35元，需要的家长在学校公众号“校园服务”里下单，已有竖笛的不用重复购买。", key="k3_flute", hn=True),
    M("11-03 10:08", "p_maosq_mom", "卢老师，我们家已经有一支竖笛了，是八孔的，可以用吗？", rt="k3_flute", hn=True),
    M("11-03 10:15", "t_lu", "可以的，德式或英式指法都行，带来我看一下。"),
    M("11-03 11:30", "p_maosq_dad", "竖笛我这有货，雅马哈正品，比学校便宜，28一支，要的私聊我，量大还能再便宜", "ad"),
    M("11-03 11:36", "t_xu", "毛思齐爸爸，请不要在群里销售物品，谢谢。", hn=True),
    M("11-03 13:00", "p_liuyh_dad", "刚看到本地号发的，临江这周流感大爆发，好几个学校已经停课了，解放路小学也停了两个班", "rumor"),
    M("11-03 13:05", "p_shaojy_mom", "徐老师，咱们学校有班级停课吗？我有点担心", hn=True),
    M("11-03 13:15", "t_xu", "目前学校没有停课的班级。学校每天晨午检，孩子有发热会第一时间通知家长，大家不用恐慌。"),
    M("11-03 14:00", "p_taoyz_mom", "隔壁小区群都在传，市里给每个上小学的孩子发500元教育补贴，在这个小程序里填身份证就能领，截止到这周五", "rumor"),
    M("11-03 14:10", "t_xu", "提醒各位家长：没有所谓的“教育补贴”，要求填身份证、银行卡的小程序都可能是诈骗，请不要填写。", hn=True),
    M("11-03 15:00", "t_shi", "科学课小任务：这周请孩子在家观察一种植物（叶子、茎、花），画在观察记录单上，下周一交。", key="k3_sci"),
    M("11-03 15:06", "p_zhongxt_mom", "收到石老师🙏", "ack_reply", rt="k3_sci"),
    M("11-03 15:30", "p_xiongkx_mom", "石老师，家里只有绿萝，观察绿萝可以吗？", hn=True),
    M("11-03 15:36", "t_shi", "可以的，绿萝的叶子和茎很好观察。"),
    M("11-03 16:30", "p_tianh_dad", "我看学校运动会就是搞形式，前几天天天让孩子排练入场式，正课都不上了，就为了拍几张照片给上面看", "slander dispute"),
    M("11-03 16:38", "p_zhouyr_mom", "田浩爸爸，我问过体育老师，入场式只占了两节体育课，没有占用正课。", hn=True),
    M("11-03 19:00", "p_yinhr_mom", "各位家长、徐老师，不好意思占用大家时间。浩然爸爸和我最近在办离婚，孩子跟着我住，这段时间他情绪特别差，回家就把自己关在房间里，作业也不写，昨天晚上还跟我说“活着没意思”，我真的很害怕。徐老师，他在学校能不能麻烦您多关注一下……", "private_matter", key="k3_pm2"),
    M("11-03 19:04", "t_xu", "浩然妈妈，您先别着急，我现在给您打电话。", hn=True),
    M("11-03 19:10", "x_k3_grandpa", "家里的事在群里说什么，都是她非要离婚，孩子才变成这样", "private_matter dispute", rt="k3_pm2"),
    M("11-03 19:12", "p_yinhr_mom", "爸，我们回家再说。", hn=True),
    M("11-03 20:30", "p_zuost_mom", "今晚有人追《乘风2026》吗？上期那个舞台太绝了，我循环了好几遍", "chat"),
    M("11-03 20:36", "p_huacy_mom", "追了追了！那首歌改编得太好听了", "chat"),
    M("11-03 21:10", "p_zuost_mom", "下一期嘉宾阵容更期待😍", "chat"),
    # Wed 4 Nov
    M("11-04 07:30", "t_kong", "今天上午第二节默写Unit 3单词，请孩子带好默写本。"),
    M("11-04 12:00", "t_kong", "今天单词默写全对的同学：周亦然、孟佳怡、钟晓彤、陶雨泽，给你们点赞！", "ranking"),
    M("11-04 12:02", "t_kong", "默写不过关、明天需要重默的同学：白宇辰、龚子默、常乐，请家长今晚帮忙听写一遍。", "student_privacy"),
    M("11-04 12:10", "p_changl_mom", "孔老师，常乐今晚我陪他再默两遍", hn=True),
    M("11-04 12:20", "p_gongzm_dad", "孔老师，能不能别在群里点名啊，孩子在群里被点名，看到了多难受", "dispute", name="龚子默爸爸"),
    M("11-04 12:30", "t_xu", "龚子默爸爸说得对，是我们没注意。以后默写情况老师单独反馈给家长，群里不再点名，请大家谅解。", hn=True),
    M("11-04 12:33", "t_kong", "抱歉各位家长，已撤回，以后我私信反馈。", name="英语孔佳", hn=True),
    M("11-04 14:00", "x_k3_sister", "你们好，我是秦诗涵的姐姐，我妈让我问一下明天运动会几点结束，她要请假来接"),
    M("11-04 14:10", "t_xu", "你好，十一点半左右结束。以后请让妈妈直接跟我联系哈。", hn=True),
    M("11-04 15:30", "p_fangzh_dad", "这次运动会班服谁选的？真tm丑，孩子都不愿意穿", "abuse dispute"),
    M("11-04 15:36", "p_shaojy_mom", "方子豪爸爸，班服是上个月家委会在群里发起投票选的，当时你没投", "dispute"),
    M("11-04 15:40", "p_fangzh_dad", "投票那两天谁看群啊，还不是你们几个家委会的说了算", "dispute"),
    M("11-04 15:48", "p_zhouyr_mom", "方子豪爸爸，下次选班服我们提前三天通知、截止前再提醒一次，这次的投票记录我私发给你。", hn=True),
    M("11-04 17:00", "p_xuebw_dad", "分享一套二年级上册数学口算练习题，免费的，需要的自取 https://pan.baidu.com/s/1aK8mQz 提取码 8k2d", "link"),
    M("11-04 17:08", "p_weijq_mom", "谢谢薛博文爸爸，已经存了", hn=True),
    M("11-04 18:30", "t_deng", "本周数学单元测验全班平均分89分，90分以上18人，比上次进步很大，继续努力！", key="k3_avg", hn=True),
    M("11-04 18:35", "p_mengjy_mom", "邓老师辛苦啦", "ack_reply", rt="k3_avg"),
    M("11-04 18:40", "p_baiyc_dad", "邓老师，我家宇辰考了多少分？", hn=True),
    M("11-04 18:45", "t_deng", "宇辰爸爸，我私信发您。", hn=True),
    M("11-04 20:40", "p_tanzm_mom", "明天运动会家长能进校看吗？", key="k3_q2", hn=True),
    M("11-04 20:50", "t_xu", "可以，八点半从北门凭家长证进校，请在看台指定区域就座。", rt="k3_q2", hn=True),
    M("11-04 21:30", "t_xu", "【紧急通知】受强降雨影响，明天（11月5日）上午的运动会改到下周四举行，明天正常上课，请孩子按周四课表带齐书本、穿校服。收到请回复。", key="k3_rain", urgent=True, hn=True),
    M("11-04 21:32", "p_mengjy_mom", "收到！", rt="k3_rain", urgent=True, hn=True),
    M("11-04 21:33", "p_tanzm_mom", "收到～", urgent=True, hn=True),
    M("11-04 21:35", "p_xiongkx_laolao", "收到了", urgent=True),
    M("11-04 21:40", "p_tianh_dad", "又改？我明天的假都请好了，这学校办事真是一点都不靠谱", "slander dispute"),
    M("11-04 21:44", "p_fangzh_mom", "那明天要带运动鞋吗？"),
    M("11-04 21:50", "t_xu", "明天有体育课，正常穿运动鞋就行。"),
    # Thu 5 Nov
    M("11-05 07:40", "t_xu", "今天下午第三节是语文公开课，欢迎有空的家长来听课，不用报名，也请勿回复。", key="k3_open"),
    M("11-05 07:45", "p_renzx_mom", "好的呢", "ack_reply", rt="k3_open"),
    M("11-05 07:46", "p_kangyt_mom", "好滴", "ack_reply"),
    M("11-05 08:30", "p_xiongkx_mom", "麻烦各位家长帮我朋友圈第一条点个赞🙏集满38个赞就能领一套儿童绘本，谢谢大家！", "ad"),
    M("11-05 08:35", "p_cuiy_mom", "赞了", "chat"),
    M("11-05 10:30", "p_xiongkx_laolao", "徐老师可心的外套落在学校了是蓝色的帽子上有个小熊麻烦老师帮忙找一下谢谢"),
    M("11-05 10:30", "p_xiongkx_laolao", "徐老师可心的外套落在学校了是蓝色的帽子上有个小熊麻烦老师帮忙找一下谢谢"),
    M("11-05 10:31", "p_xiongkx_laolao", "徐老师可心的外套落在学校了，是蓝色的，帽子上有个小熊，麻烦老师帮忙找一下，谢谢", "flood"),
    M("11-05 10:40", "t_xu", "姥姥好，看到了，外套在失物招领处，放学我让可心带回去。", hn=True),
    M("11-05 12:00", "p_tianh_dad", "运动会改期这事我越想越气，我建议请了假的家长一起联名给校长写信，不给说法就打12345投诉", "incitement dispute", key="k3_inc"),
    M("11-05 12:04", "p_fangzh_dad", "+1，我签一个", "incitement", rt="k3_inc"),
    M("11-05 12:08", "p_mengjy_mom", "下雨改期是为了孩子安全，这也要投诉？没必要吧", "dispute"),
    M("11-05 12:20", "t_xu", "田浩爸爸，改期给请了假的家长添麻烦了，我向大家道个歉。有困难的家长可以单独跟我说，我们尽量协调。", hn=True),
    M("11-05 15:00", "p_zhouyr_mom", "家委会统计下周四运动会志愿者（搬器材、维持秩序），能来的家长请接龙：\n1. 周亦然妈妈", key="k3_jl"),
    M("11-05 15:04", "p_shijm_mom", "1. 周亦然妈妈\n2. 石嘉木妈妈", rt="k3_jl", hn=True),
    M("11-05 15:06", "p_kangyt_mom", "1. 周亦然妈妈\n2. 石嘉木妈妈\n3. 康雨桐妈妈", hn=True),
    M("11-05 15:08", "p_zhouyr_dad", "1. 周亦然妈妈\n2. 石嘉木妈妈\n3. 康雨桐妈妈\n4. 周亦然爸爸（可以搬器材）", hn=True),
    M("11-05 15:20", "p_gongzm_dad", "牛逼，家委会效率真高，刚改期就安排上了", "abuse"),
    M("11-05 17:30", "p_yinhr_mom", "谢谢徐老师前天晚上陪我聊了一个多小时。浩然今天愿意去上学了，学校心理老师也约了下周二见面，他回来说心理老师很温柔", "private_matter", name="尹浩然妈妈"),
    M("11-05 17:36", "p_weijq_mom", "浩然妈妈抱抱，孩子会慢慢好起来的，有需要帮忙接送的随时说", "private_matter"),
    M("11-05 19:00", "p_taoyz_mom", "楼下华润万家鸡蛋今天特价，6块9一板，限购两板，要的赶紧去", "chat"),
    M("11-05 19:03", "p_cuiy_mom", "哪个店？江滨路那家吗", "chat"),
    M("11-05 19:05", "p_taoyz_mom", "对，江滨路那家，我刚买完出来", "chat"),
    M("11-05 19:40", "t_deng", "明天数学课用到七巧板，请孩子带上，没有的可以用硬纸板自己剪一副。", key="k3_tangram"),
    M("11-05 19:46", "p_renzx_mom", "邓老师，七巧板是用一年级那副就行吗？", rt="k3_tangram", hn=True),
    M("11-05 19:50", "t_deng", "对，一年级发的那副就行。"),
    # Fri 6 Nov
    M("11-06 07:10", "t_xu", "今天上午学校进行消防疏散演练，请孩子不要穿拖鞋、凉鞋到校。"),
    M("11-06 07:15", "p_qinsh_mom", "徐老师，诗涵昨晚有点发烧，今天请假一天，谢谢", hn=True),
    M("11-06 07:20", "t_xu", "好的，多喝水多休息。"),
    M("11-06 10:00", "p_baiyc_dad", "听说徐老师把家委会几家的孩子都排在前三排，其他孩子只能坐后面，怪不得一个个抢着当家委", "slander"),
    M("11-06 10:05", "p_shaojy_mom", "白宇辰爸爸你有完没完，座位是按身高和视力排的，每个月还轮换，自己没搞清楚别乱说", "dispute"),
    M("11-06 10:08", "p_baiyc_dad", "我说我的，管好你自己，别一天到晚替老师说话", "abuse dispute"),
    M("11-06 10:15", "t_xu", "各位家长，座位按身高、视力每月轮换，安排表我私发给白宇辰爸爸。有疑问可以私聊我，群里就不讨论了。", hn=True),
    M("11-06 11:00", "p_xuebw_dad", "最近有个玩法，手机上买球，世界杯预选赛我上周押了两场赢了两千多，稳赚不赔", "illegal"),
    M("11-06 11:06", "t_xu", "薛博文爸爸，请不要在群里发赌博相关内容，网络赌球是违法的。", hn=True),
    M("11-06 13:00", "t_xu", "今天的道德与法治课主题是“识别网络诈骗和赌博陷阱”，孩子们学得很认真，建议家长晚上和孩子聊一聊。", hn=True),
    M("11-06 14:00", "t_shi", "", kind="image", hn=True),
    M("11-06 14:01", "t_shi", "", kind="image", hn=True),
    M("11-06 14:02", "t_shi", "今天科学课孩子们做了“小苏打火山”实验，玩得可开心了！", key="k3_lab"),
    M("11-06 14:06", "p_tanzm_mom", "孩子们好开心[呲牙]", "ack_reply", rt="k3_lab"),
    M("11-06 14:10", "p_jiayn_mom", "一诺回家一定要在家再做一次火山😂 石老师，小苏打和白醋的比例大概是多少？", hn=True),
    M("11-06 14:20", "t_shi", "两勺小苏打配半杯白醋就行，滴点红色颜料更像，注意别溅到眼睛。"),
    M("11-06 16:30", "p_yanrx_mom", "周末愉快！祝各位老师和家长双休快乐🌸🌸", "chat"),
    M("11-06 16:35", "p_huacy_mom", "周末快乐～出去玩注意安全", "chat"),
    # Sat 7 Nov
    M("11-07 10:00", "p_changl_mom", "请问哪位家长有石老师发的植物观察记录单？常乐的弄丢了", key="k3_q3", hn=True),
    M("11-07 10:12", "p_weijq_mom", "观察记录单.jpg 打印A4就行", kind="image", rt="k3_q3", hn=True),
    M("11-07 10:15", "p_changl_mom", "谢谢嘉琪妈妈！", hn=True),
    M("11-07 15:00", "p_maosq_mom", "二(4)班下周四运动会加油！💪", hn=True),
    M("11-07 22:30", "p_fangzh_mom", "有没有人知道周一要穿运动服还是校服？"),
    M("11-07 22:40", "p_zhongxt_mom", "周一升旗，要穿校服"),
]

# ---- k4: 清溪县实验小学 六年级(3)班, Matrix, quiet 20:00-07:00, 7-12 Dec 2026 ----
EPISODES["k4"] = [
    # Mon 7 Dec
    M("12-07 06:40", "p_xiaym_mom", "程老师早，雨萌今天早上肚子不舒服，请假半天，下午我送她到校"),
    M("12-07 07:00", "t_cheng", "好的，收到，注意观察孩子情况。", hn=True),
    M("12-07 07:30", "t_cheng", "各位家长：本周三下午4点召开期中考试质量分析会，家长自愿参加，地点六(3)班教室。本条无需回复。", key="k4_meet"),
    M("12-07 07:34", "p_luy_mom", "收到程老师", "ack_reply", rt="k4_meet"),
    M("12-07 07:35", "p_houjj_mom", "已收到", "ack_reply"),
    M("12-07 07:40", "p_duankx_mom", "收到，请问分析会大概开多长时间？我五点半要去接小的", hn=True),
    M("12-07 07:46", "t_cheng", "一个小时左右，五点前结束。"),
    M("12-07 09:00", "x_k4_tutor", "小升初冲刺营火热报名中！县一中、育英名师押题班，往年押中率80%，报名链接 http://qx-xsc.cn/bm?from=6-3 前20名立减500", "ad link"),
    M("12-07 09:05", "t_cheng", "请大家不要点击不明链接，该账号已移除。", hn=True),
    M("12-07 10:30", "t_liang", "语文作业：阅读《骆驼祥子》第5-6章，写一篇300字读书笔记，周四交。", key="k4_hw1"),
    M("12-07 10:40", "p_wuh_dad", "梁老师，读书笔记写在作文本上还是摘抄本上？", key="k4_q1"),
    M("12-07 10:48", "t_liang", "写在摘抄本上就行。", rt="k4_q1"),
    M("12-07 10:50", "p_wuh_dad", "好的，谢谢梁老师", hn=True),
    M("12-07 12:00", "t_yu", "英语听力练习请用国家中小学智慧教育平台：https://basic.smartedu.cn/syncClassroom 选六年级上册 Unit 4，每天听15分钟。", "link"),
    M("12-07 12:05", "t_yu", "家里不方便的也可以用学校资源网：https://res.qxsyxx.edu.cn/en6", hn=True),
    M("12-07 12:20", "p_qiuyh_mom", "余老师，资源网要登录吗？用孩子的学号可以吗？", hn=True),
    M("12-07 12:26", "t_yu", "用学号登录，初始密码是学号后六位。"),
    M("12-07 13:00", "p_konglc_dad", "跟大家透个底，今年小升初政策改了，县一中不看学籍只看积分，我们单位领导家孩子已经提前被录了，大家赶紧准备积分材料", "rumor", key="k4_r1"),
    M("12-07 13:06", "p_qiuyh_mom", "程老师，这个是真的吗？我们一点消息都没听到", rt="k4_r1", hn=True),
    M("12-07 13:15", "t_cheng", "学校没有收到任何政策调整的文件，小升初政策以县教育局发布为准，有消息学校会第一时间转发给大家。", hn=True),
    M("12-07 14:30", "p_jinhy_mom", "程老师，各位家长，我实在没办法了想问问大家。浩宇这学期迷上了手机游戏，每天晚上躲在被窝里玩到一两点，我收了手机他就砸门，还说再收就离家出走。成绩从班里前十掉到三十多名，他爸常年在外地跑车，家里就我一个人，根本管不住，大家有没有什么办法……", "private_matter", key="k4_pm1"),
    M("12-07 14:36", "p_gaox_mom", "浩宇妈妈，可以试试手机自带的家长控制，设定每天只能玩半小时，到点自动锁", "private_matter", rt="k4_pm1"),
    M("12-07 14:40", "p_daisy_dad", "我家之前也这样，后来直接换了老人机，哭了一个礼拜就好了", "private_matter"),
    M("12-07 14:45", "p_jinhy_mom", "换了也没用，他拿压岁钱偷偷又买了一个二手的，我在他书包夹层里翻出来的", "private_matter"),
    M("12-07 15:10", "t_cheng", "浩宇妈妈，浩宇最近上课确实经常打瞌睡，作业也有好几次没交，我正想找您。今天放学后我们当面聊一下吧。", "private_matter student_privacy"),
    M("12-07 16:00", "x_k4_kid", "妈你别在群里说我了😭我以后不玩了", "private_matter"),
    M("12-07 16:05", "t_cheng", "同学，这是家长群，学生不能在群里，老师先把你移出去，有什么话放学跟老师说。", hn=True),
    M("12-07 16:30", "t_yu", "明天英语课小测Unit 4单词，请孩子今晚复习一下。"),
    M("12-07 18:30", "p_fengyq_mom", "各位家长，县体育馆周六下午有CBA青年队表演赛，免费领票，想带孩子去看的可以一起", "chat"),
    M("12-07 18:35", "p_baijy_mom", "几点开始？带孩子去感受一下", "chat"),
    M("12-07 19:30", "p_nieyh_mom", "程老师，宇航说明天要交的数学练习卷落在教室抽屉里了，明早到校再写来得及吗？", key="k4_q0", hn=True),
    M("12-07 19:38", "t_cheng", "来得及，早读课前写完交给课代表。", rt="k4_q0"),
    M("12-07 19:59", "p_fengyq_mom", "下午两点开始，一点半体育馆门口见", "chat"),
    M("12-07 20:00", "p_baijy_mom", "好嘞👌", "chat"),
    # Tue 8 Dec
    M("12-08 06:59", "p_zoumz_nainai", "程老师早明哲昨天晚上发烧了今天在家休息一天我给他请个假麻烦程老师了", key="k4_nn"),
    M("12-08 07:05", "t_cheng", "好的奶奶，让孩子好好休息，作业等好了再补。", rt="k4_nn"),
    M("12-08 08:30", "t_tang", "科学课下周做电路实验，请孩子准备2节5号电池，周四带来。", key="k4_sci"),
    M("12-08 08:40", "t_cheng", "汤老师，群名片麻烦改成“科学汤建华”哈～", hn=True),
    M("12-08 08:45", "p_nieyh_mom", "好的汤老师", "ack_reply", rt="k4_sci"),
    M("12-08 10:00", "t_cheng", "期中考试成绩单（含各科分数及班级排名）", "ranking", kind="image", key="k4_sheet"),
    M("12-08 10:05", "t_liang", "程老师，成绩单上有孩子姓名，按学校规定不能发在群里，建议撤回一下。", hn=True),
    M("12-08 10:07", "t_cheng", "抱歉，是我疏忽了，已撤回。成绩单我会私发给每位家长。", hn=True),
    M("12-08 10:20", "p_pangmy_mom", "刚才看到了，第一名又是高翔，全科总分287，年级第二，太厉害了", "ranking"),
    M("12-08 11:00", "p_caizh_mom", "程老师，子航这次数学多少分，在班里排第几？", key="k4_q2"),
    M("12-08 11:08", "t_cheng", "子航妈妈，我私信发您。", rt="k4_q2", hn=True),
    M("12-08 13:30", "p_xuezh_mom", "程老师上课经常拖堂，现在又在群里发成绩单，这种水平的班主任也不知道学校怎么选的", "slander dispute"),
    M("12-08 13:38", "p_gaox_dad", "薛梓涵妈妈，程老师已经道歉撤回了，有建议可以跟家委会说，我们汇总后跟学校沟通。", hn=True),
    M("12-08 13:42", "p_xuezh_mom", "道歉有什么用，该看的都看到了，我家孩子的分数全班都知道了", "dispute"),
    M("12-08 15:00", "t_yu", "", kind="image", hn=True),
    M("12-08 15:01", "t_yu", "今天英语课孩子们表演了课本剧《The Fox and the Grapes》，演得特别投入，分享给大家～", key="k4_play"),
    M("12-08 15:05", "p_weisq_mom", "好棒👏👏", "ack_reply", rt="k4_play"),
    M("12-08 15:07", "p_luym_mom", "辛苦余老师", "ack_reply"),
    M("12-08 15:10", "p_miaoxr_mom", "欣然回家一直在念叨这个课本剧，她演的是狐狸😄谢谢余老师花心思排练", hn=True),
    M("12-08 16:00", "t_liang", "提醒：周四交《骆驼祥子》读书笔记，字数不少于300字，字迹工整。"),
    M("12-08 16:10", "p_jiaozr_mom", "梁老师，读书笔记可以写人物分析吗？子睿想写祥子这个人", hn=True),
    M("12-08 16:18", "t_liang", "可以，写人物分析很好，要结合书里的情节。"),
    M("12-08 17:30", "p_niuby_dad", "我儿子今天又被戴思源堵在厕所要钱，这都第三回了，再有下次我亲自去学校收拾他，说到做到", "illegal student_privacy dispute", key="k4_d1"),
    M("12-08 17:36", "p_daisy_dad", "你说谁堵厕所？有证据吗？敢动我儿子一根手指头试试", "illegal dispute", rt="k4_d1"),
    M("12-08 17:40", "t_cheng", "两位家长请冷静，这件事我和德育处已经在调查了，明天分别约两位到学校面谈，请不要在群里说了。", hn=True),
    M("12-08 19:30", "p_jiaozr_mom", "双十二了，大家有没有什么好物推荐？想给孩子换个保温杯", "chat"),
    M("12-08 19:36", "p_duankx_mom", "膳魔师的不错，保温一天，现在满减完一百出头", "chat"),
    M("12-08 21:00", "p_jiaozr_mom", "谢谢，已经下单了", "chat"),
    # Wed 9 Dec
    M("12-09 07:30", "t_cheng", "提醒：今天下午4点期中质量分析会，在六(3)班教室，自愿参加。"),
    M("12-09 07:40", "p_xuyf_dad", "程老师，下午我来参加，可以带一凡一起来吗？", hn=True),
    M("12-09 07:46", "t_cheng", "孩子在教室上自习就好，会后您直接接走。"),
    M("12-09 09:00", "x_k4_leftparent", "程老师好，打扰了。子涵上学期转学到市里了，现在新学校要一份之前的在校证明，请问应该找谁办？"),
    M("12-09 09:10", "t_cheng", "子涵妈妈您好，找教务处李老师办，电话我私信发您。", hn=True),
    M("12-09 10:00", "p_miaoxr_dad", "各位家长好，我是苗欣然爸爸，刚进群，以后多多关照"),
    M("12-09 10:06", "t_cheng", "欢迎欣然爸爸。欣然妈妈，以后邀请家人进群请先跟我说一声哈，我这边要审核。", hn=True),
    M("12-09 11:00", "p_konglc_dad", "朋友家赣南脐橙，自家果园直发，10斤68包邮，甜过初恋，需要的家长找我下单", "ad"),
    M("12-09 12:30", "p_wuh_dad", "大家注意！听说咱们县这几天有人贩子开白色面包车在学校门口转，已经抓走两个孩子了，接孩子一定要当心！", "rumor", key="k4_r2"),
    M("12-09 12:40", "t_cheng", "县公安局已经辟谣，这是外地的旧视频，请大家不要转发。接送孩子注意安全即可。", rt="k4_r2", hn=True),
    M("12-09 12:43", "p_wuh_dad", "哦哦是我没核实，不好意思", hn=True),
    M("12-09 14:00", "t_tang", "补充：电路实验用的小电珠和导线学校统一准备，自愿购买课后套装的每套12元，在学校服务号登记即可。", name="科学汤建华", hn=True),
    M("12-09 14:10", "p_houjj_mom", "汤老师，电池是要5号的还是7号的？家里只有7号的", hn=True),
    M("12-09 14:15", "t_tang", "5号的，7号的装不进电池盒。"),
    M("12-09 16:00", "p_zoumz_nainai", "主耶稣爱每一个孩子，孩子们信主就有智慧，考试都能考好，这周日上午欢迎家长带孩子来福音堂听道", "illegal"),
    M("12-09 16:05", "t_cheng", "邹明哲奶奶，群里请不要发宗教宣传内容，谢谢您理解。", hn=True),
    M("12-09 17:10", "t_cheng", "感谢今天到场的家长，会议材料已上传到群文件“期中分析”文件夹，没来的家长可以下载看看。", key="k4_after"),
    M("12-09 17:14", "p_houjj_mom", "程老师辛苦啦🙏", "ack_reply", rt="k4_after"),
    M("12-09 17:20", "p_yezh_mom", "程老师，群文件里的材料我下载不了，显示文件过期，能再传一次吗？", hn=True),
    M("12-09 17:28", "t_cheng", "已经重新上传了，您再试试。"),
    M("12-09 18:00", "p_xuyf_dad", "程老师，想跟您说说一凡的情况。这次考试他发挥失常，回家哭了一晚上，说自己是班里最笨的，这几天晚上总做噩梦，早上起来说头疼不想上学。我们也不敢说他，他从小就要强，一次没考好就这样，我很担心他心理出问题", "private_matter", key="k4_pm2"),
    M("12-09 18:10", "p_fengyq_mom", "一凡爸爸，六年级压力大，周末带他出去走走放松一下，别老盯着成绩", "private_matter", rt="k4_pm2"),
    M("12-09 18:20", "p_xuyf_dad", "想周末带他去爬山，又怕他觉得耽误学习，越想越焦虑", "private_matter"),
    M("12-09 19:40", "t_cheng", "一凡爸爸，一凡平时学习很踏实，这次不用太在意。我明天找他谈谈心，学校心理老师那边我也帮您约一下。", "private_matter"),
    M("12-09 20:30", "p_duankx_mom", "请问明天科学课要带电池吗？", key="k4_q3"),
    M("12-09 20:35", "p_duankx_mom", "有家长知道吗"),
    M("12-09 20:50", "p_luy_mom", "要带，2节5号电池，汤老师说周四用", rt="k4_q3"),
    # Thu 10 Dec
    M("12-10 06:45", "t_cheng", "【紧急通知】今晨大雾，能见度不足50米，校车推迟半小时发车，家长接送的孩子正常到校，路上请务必注意交通安全。", key="k4_fog", urgent=True, hn=True),
    M("12-10 06:47", "p_qiuyh_mom", "收到", "ack_reply", rt="k4_fog"),
    M("12-10 06:50", "p_pangmy_mom", "程老师，校车大概几点能到我们东关站？"),
    M("12-10 07:05", "t_cheng", "大约7点20，到站前司机会打电话。"),
    M("12-10 09:00", "p_yezh_mom", "程老师，子恒周六要去参加县里的书法比赛，周五下午能请半天假准备一下吗？", key="k4_leave", hn=True),
    M("12-10 09:08", "t_cheng", "可以的，预祝子恒取得好成绩！", rt="k4_leave"),
    M("12-10 09:10", "x_k4_aunt", "子恒加油！小姨等你的好消息💪"),
    M("12-10 11:00", "t_liang", "县“冬日书香”作文比赛我班获奖名单：一等奖 高翔、段可欣；二等奖 叶子恒、冯雨晴。祝贺他们！", key="k4_prize", hn=True),
    M("12-10 11:06", "p_duankx_mom", "谢谢梁老师的指导！可欣知道后特别开心", hn=True),
    M("12-10 11:10", "p_buyx_mom", "👏👏👏", "ack_reply", rt="k4_prize"),
    M("12-10 13:00", "p_xuezh_mom", "我跟好几个家长商量过了，程老师这样的班主任必须换，下周一我们一起去校长室，不行就给教育局写联名信，愿意的私信我", "incitement dispute", key="k4_inc"),
    M("12-10 13:05", "p_pangmy_mom", "算上我，我也签", "incitement", rt="k4_inc"),
    M("12-10 13:10", "p_gaox_mom", "至于吗？程老师带了咱们三年，就为一张成绩单要换人？", "dispute"),
    M("12-10 13:14", "p_xuezh_mom", "你当然这么说，程老师一直偏心你家孩子，谁不知道", "slander dispute"),
    M("12-10 13:20", "p_gaox_dad", "大家冷静一下，意见家委会收集后统一跟学校沟通，群里就不争了。", hn=True),
    M("12-10 16:00", "t_yu", "明天英语课外阅读打卡请在“一起阅读”小程序里完成，群里不用回复。", key="k4_read"),
    M("12-10 16:05", "p_jiaozr_mom", "好的余老师😊", "ack_reply", rt="k4_read"),
    M("12-10 16:20", "p_weisq_mom", "余老师，小程序里今天的打卡打不开，一直转圈，是我手机的问题吗？", hn=True),
    M("12-10 16:26", "t_yu", "小程序在维护，晚点再试，明天之内完成就行。"),
    M("12-10 17:00", "p_houjj_mom", "今天放学校门口那辆白色SUV是谁家的？停在路中间，后面的车全堵住了，素质呢", "abuse dispute"),
    M("12-10 17:05", "p_konglc_dad", "我家的，就停了两分钟接个孩子，至于吗", "dispute"),
    M("12-10 17:08", "p_houjj_mom", "两分钟？后面排了一长串，你脸皮也真够厚的", "abuse dispute"),
    M("12-10 17:10", "p_konglc_dad", "你算老几，管得着吗？", "abuse dispute"),
    M("12-10 17:15", "t_cheng", "两位家长请不要在群里争吵。接送车辆请按学校指引停到东侧临时车位，谢谢大家配合。", hn=True),
    # Fri 11 Dec
    M("12-11 07:20", "t_cheng", "今天放学后可以领取期中成绩报告单，请家长签字后下周一让孩子带回学校。", key="k4_slip"),
    M("12-11 07:25", "p_baijy_mom", "收到～", "ack_reply", rt="k4_slip"),
    M("12-11 07:28", "p_weisq_mom", "好的，回去就签", "ack_reply"),
    M("12-11 09:00", "p_wuh_dad", "程老师在吗？"),
    M("12-11 09:01", "p_wuh_dad", "程老师在吗"),
    M("12-11 09:02", "p_wuh_dad", "程老师 在吗？？", "flood"),
    M("12-11 09:02", "p_wuh_dad", "程老师在吗！", "flood"),
    M("12-11 09:10", "t_cheng", "在的，吴昊爸爸什么事？"),
    M("12-11 09:12", "p_wuh_dad", "报告单几点能领？我下午要出差", hn=True),
    M("12-11 09:15", "t_cheng", "四点以后到教室领就行，来不了可以让孩子带回。"),
    M("12-11 09:16", "p_wuh_dad", "好的，麻烦程老师了", hn=True),
    M("12-11 10:00", "p_daisy_dad", "孩子说学校食堂的菜里经常吃出头发，炒菜用的都是地沟油，这学校就知道收钱，根本不管孩子死活", "slander dispute"),
    M("12-11 10:08", "t_cheng", "戴思源爸爸，食堂的问题请直接向学校后勤反映，家长也可以预约陪餐实地看看。", hn=True),
    M("12-11 11:00", "p_jiaozr_mom", "前天说的那款保温杯链接在这，今天还有券 https://item.jd.com/100865231.html", "link chat", kind="link_card"),
    M("12-11 12:00", "p_niuby_dad", "有没有家长要期末考试原卷？我表哥在县教研室，考前能弄到，200一份，要的私聊", "illegal ad"),
    M("12-11 12:05", "t_cheng", "牛博远爸爸，泄露考题是违法的，请立即撤回，这件事我会报告学校。", hn=True),
    M("12-11 14:00", "t_cheng", "本周表扬：侯俊杰数学进步明显，芦一鸣主动帮助同学讲题，卜雨欣每天坚持阅读打卡。为你们点赞！", key="k4_praise", hn=True),
    M("12-11 14:05", "p_luym_mom", "谢谢程老师，一鸣回家说被表扬了，开心得饭都多吃了一碗", hn=True),
    M("12-11 14:08", "p_nieyh_mom", "👍👍", "ack_reply", rt="k4_praise"),
    M("12-11 15:30", "t_cheng", "学校“书香家庭”评选在学校官网投票，每户限投一次，欢迎参与：https://www.qxsyxx.edu.cn/vote/2026", hn=True),
    M("12-11 15:40", "t_cheng", "下周三（12月16日）家长开放日，能来听课的家长请接龙报名：\n1. 高翔爸爸", key="k4_jl"),
    M("12-11 15:45", "p_luy_mom", "1. 高翔爸爸\n2. 陆瑶妈妈", rt="k4_jl", hn=True),
    M("12-11 15:47", "p_miaoxr_mom", "1. 高翔爸爸\n2. 陆瑶妈妈\n3. 苗欣然妈妈", hn=True),
    M("12-11 15:52", "p_duankx_mom", "1. 高翔爸爸\n2. 陆瑶妈妈\n3. 苗欣然妈妈\n4. 段可欣妈妈", hn=True),
    M("12-11 16:30", "p_fengyq_mom", "周末愉快呀各位🎄", "chat"),
    M("12-11 20:15", "t_liang", "周末作业：《骆驼祥子》第7章，摘抄5个好词好句，写一段100字感想。", key="k4_hw2"),
    M("12-11 20:20", "p_duankx_mom", "收到梁老师", "ack_reply", rt="k4_hw2"),
    # Sat 12 Dec
    M("12-12 17:30", "p_fengyq_mom", "比赛现场", "chat", kind="image"),
    M("12-12 17:35", "p_baijy_mom", "今天看得好过瘾，孩子说长大也要打篮球🏀", "chat"),
    M("12-12 18:00", "p_jinhy_mom", "程老师，谢谢您那天放学后跟浩宇聊，这周他主动把手机交给我了，每天只玩半小时，昨天还自己把数学错题订正完了", "private_matter"),
    M("12-12 18:05", "p_gaox_mom", "真好，浩宇妈妈辛苦了，坚持下去", "private_matter"),
]

# ---- everyday traffic: routine clean messages merged into the day-time gaps ----
# (stable merge by time: at an equal minute they follow the episode messages)
EXTRA: dict[str, list[dict]] = {
    "k1": [
        M("09-14 09:00", "t_lin", "各位家长：孩子每天早上7:50前到校，如果有特殊情况会迟到，请提前在群里或电话跟我说一声。"),
        M("09-14 09:30", "p_zhucx_nainai", "林老师我是朱晨曦奶奶晨曦的饭卡在哪里充钱呀我不会弄", key="k1x_card", hn=True),
        M("09-14 09:40", "t_lin", "奶奶，饭卡可以在食堂一楼窗口充，也可以让晨曦把钱装信封里交给我，我帮她充。", rt="k1x_card"),
        M("09-14 14:00", "p_linzm_mom", "林老师，子墨下午要去社区医院打疫苗，三点能提前接走吗？", key="k1x_vac", hn=True),
        M("09-14 14:06", "t_lin", "可以，到门卫处给我打电话，我送他下楼。", rt="k1x_vac"),
        M("09-15 13:00", "t_zhao", "今天数学作业：练习册第14页，另外把昨天口算本上的错题订正一下。", key="k1x_hw"),
        M("09-15 13:10", "p_yangbw_mom", "赵老师，订正是直接写在口算本上，还是要另外找个本子抄？", rt="k1x_hw", hn=True),
        M("09-15 13:15", "t_zhao", "直接在口算本错题旁边订正就行。"),
        M("09-15 16:00", "t_sun", "三(2)班体质测试项目及评分说明.pdf", kind="file"),
        M("09-16 12:00", "t_lin", "下午家长会议程：1. 班级情况介绍；2. 各科老师讲本学期学习要求；3. 安全教育；4. 自由交流。"),
        M("09-16 12:10", "p_hanyx_mom", "林老师，家里二宝没人看，可以带着一起来开会吗？", hn=True),
        M("09-16 12:15", "t_lin", "可以的，坐后排就好，注意别让小朋友乱跑。"),
        M("09-16 13:30", "p_gaoyq_mom", "林老师，雅琪中午烧退了，明天能正常上学，麻烦您帮她记一下今天的作业", hn=True),
        M("09-16 13:36", "t_lin", "好的，我让她同桌帮她抄一份放学捎过去。"),
        M("09-17 09:00", "p_zhucx_nainai", "林老师晨曦说今天体测要跳绳我们家的绳子断了学校有没有借的", hn=True),
        M("09-17 09:10", "t_sun", "奶奶您好，学校统一准备了跳绳，不用自己带。"),
        M("09-17 12:30", "t_he", "明天英语课听写Unit 2单词，请孩子今晚读一读、写一写。", key="k1x_en"),
        M("09-17 12:40", "p_sunjy_mom", "何老师，Unit 2的单词表在课本哪一页呀？", rt="k1x_en", hn=True),
        M("09-17 12:45", "t_he", "课本第96页，带★的是要求会写的。"),
        M("09-17 12:46", "p_sunjy_mom", "找到了，谢谢何老师", hn=True),
        M("09-18 13:00", "t_lin", "上午平台课程的学习单已上传群文件“9月18日线上学习”，完成后周一带到学校。"),
        M("09-18 13:20", "p_maym_dad", "bhys林老师，群文件在手机QQ上点不开，是要先下载吗？", hn=True),
        M("09-18 13:25", "t_lin", "要先下载，文件有点大，建议连WiFi下载。"),
        M("09-18 14:00", "p_xuty_dad", "林老师，下周一上学要带什么东西吗？", hn=True),
        M("09-18 14:05", "t_lin", "正常带书本，手抄报和今天的学习单周一交。"),
    ],
    "k2": [
        M("10-19 09:00", "t_qian", "提醒：宿舍不允许存放零食，周日返校时请家长帮孩子检查一下行李箱。"),
        M("10-19 10:00", "p_dingyt_mom", "钱老师，语桐周三下午要去市里参加英语演讲比赛复赛，能请半天假吗？", key="k2x_leave", hn=True),
        M("10-19 10:08", "t_qian", "可以，提前一天把请假条交给我，预祝语桐比赛顺利！", rt="k2x_leave"),
        M("10-19 16:00", "t_fang", "本周数学课重点：分数的基本性质和约分，周末作业会围绕这部分布置。"),
        M("10-20 12:00", "t_wang", "今天午餐：红烧鸡腿、番茄炒蛋、清炒菠菜、紫菜蛋花汤。"),
        M("10-20 12:08", "p_gucy_mom", "王老师，晨阳对鸡蛋过敏，番茄炒蛋他不能吃，食堂那边知道吗？", hn=True),
        M("10-20 12:15", "t_wang", "知道的，食堂有过敏登记，会单独给他打别的菜。"),
        M("10-20 15:30", "t_cai", "本周作文题目《我的一次宿舍生活》，周四课上写，请孩子先想一想素材。", key="k2x_comp"),
        M("10-20 15:40", "p_yuanmq_mom", "蔡老师，作文字数有要求吗？", rt="k2x_comp", hn=True),
        M("10-20 15:45", "t_cai", "不少于400字，写清楚一件具体的事。"),
        M("10-21 08:00", "t_qian", "五(1)班秋季研学安全告知书.pdf", kind="file"),
        M("10-21 13:30", "p_jiangyuf_mom", "王老师，雨菲这两天有点感冒，药放在她书包侧袋里，晚饭后能麻烦您提醒她吃一下吗？", hn=True),
        M("10-21 13:40", "t_wang", "好的，晚饭后我盯着她吃。"),
        M("10-22 08:00", "t_fang", "下周一数学单元测试，范围是第三单元“分数的意义”，周末请复习课本例题。", key="k2x_test"),
        M("10-22 08:10", "p_hejh_mom", "方老师，测试要带量角器吗？", rt="k2x_test", hn=True),
        M("10-22 08:15", "t_fang", "这次不用，带铅笔橡皮就行。"),
        M("10-22 16:00", "p_durx_mom", "王老师，若溪说洗发水用完了，周五回家再带可以吗？", hn=True),
        M("10-22 16:06", "t_wang", "可以，这两天我先给她用宿舍的备用装。"),
        M("10-23 11:00", "t_qian", "本周班级“文明宿舍”：302、305宿舍，孩子们继续保持！", hn=True),
        M("10-23 15:00", "p_shenyh_mom", "家委会提醒：研学报名截止到下周三，学校的费用明细通知已发在学校公众号，大家可以去看一下。", hn=True),
        M("10-24 10:00", "p_sumq_mom", "请问补充习题第四单元是家长批改还是只签字呀？", key="k2x_q", hn=True),
        M("10-24 10:06", "p_jiangyuf_mom", "蔡老师说家长检查一遍签字就行，不用批改", rt="k2x_q", hn=True),
        M("10-24 10:07", "p_sumq_mom", "好的，谢谢雨菲妈妈", hn=True),
        M("10-25 16:00", "p_lvbh_dad", "王老师，博涵的水杯找到了吗？", hn=True),
        M("10-25 16:05", "t_wang", "找到了，放在他床头柜里，明天返校直接用。"),
        M("10-25 17:00", "p_chengh_dad", "钱老师，程皓牙齿复查完了，医生说恢复得不错，谢谢您上次批的假", hn=True),
    ],
    "k3": [
        M("11-02 08:00", "t_xu", "本周值日生名单已经贴在教室门口，值日的孩子请7:40前到校。"),
        M("11-02 11:00", "p_liuyh_dad", "徐老师，一航周三上午要去医院复查视力，请假半天，下午到校", key="k3x_leave", hn=True),
        M("11-02 11:05", "t_xu", "好的，路上注意安全。", rt="k3x_leave"),
        M("11-02 15:30", "t_lu", "本周音乐课学唱《小红帽》，请孩子在家跟着课本二维码里的音频听一听。"),
        M("11-03 09:30", "p_weijq_mom", "徐老师，嘉琪的语文书落在教室了，今晚作业要用，方便的时候能拍一下第45页吗？", key="k3x_book", hn=True),
        M("11-03 09:50", "t_xu", "语文书第45页", kind="image", rt="k3x_book"),
        M("11-03 09:52", "p_weijq_mom", "收到了，太感谢徐老师了！", hn=True),
        M("11-03 11:00", "t_deng", "明天数学课需要带一把直尺，请孩子今晚放进书包。", key="k3x_ruler"),
        M("11-03 11:08", "p_renzx_mom", "邓老师，三角尺可以代替直尺吗？", rt="k3x_ruler", hn=True),
        M("11-03 11:12", "t_deng", "可以的。"),
        M("11-03 17:00", "p_tanzm_mom", "徐老师，梓萌说今天班里发了一张回执，我在书包里没找到，是什么回执呀？", hn=True),
        M("11-03 17:08", "t_xu", "是运动会安全告知回执，明天我再给她一张。"),
        M("11-04 09:00", "t_xu", "二(4)班运动会项目分组名单.xlsx", kind="file"),
        M("11-04 10:00", "p_kangyt_mom", "徐老师，雨桐跑步是第几组？大概几点检录？", hn=True),
        M("11-04 10:06", "t_xu", "第三组，九点半检录。"),
        M("11-04 16:00", "p_cuiy_mom", "请问哪位家长知道，明天运动会需要给孩子带午饭吗？", key="k3x_lunch", hn=True),
        M("11-04 16:05", "p_zhouyr_mom", "运动会十一点半结束，孩子回教室吃午饭，不用带。", rt="k3x_lunch", hn=True),
        M("11-05 09:30", "t_lu", "竖笛订购截止到本周日，还没下单的家长请抓紧。"),
        M("11-05 14:30", "p_shaojy_mom", "徐老师，今天的公开课我来听了，孩子们发言好积极，俊宇回家说下次还要举手", hn=True),
        M("11-06 09:00", "t_deng", "", kind="image", hn=True),
        M("11-06 09:01", "t_deng", "", kind="image", hn=True),
        M("11-06 15:00", "p_mengjy_mom", "徐老师，下周四运动会还是穿校服吗？", hn=True),
        M("11-06 15:05", "t_xu", "对，还是校服加运动鞋。"),
        M("11-07 09:00", "p_zuost_mom", "请问科学观察记录单是画一种植物，还是几种都可以？", key="k3x_sci", hn=True),
        M("11-07 09:06", "p_kangyt_mom", "石老师说画一种就行，把叶子和茎画清楚", rt="k3x_sci", hn=True),
    ],
    "k4": [
        M("12-07 08:00", "t_cheng", "本周六(3)班值周，值周的同学请7:30前到校，在校门口站岗。"),
        M("12-07 09:30", "p_weisq_mom", "程老师，思琪周三上午要去县医院做牙齿矫正，请假半天", key="k4x_leave", hn=True),
        M("12-07 09:36", "t_cheng", "好的，下午到校后来办公室找我销假。", rt="k4x_leave"),
        M("12-07 11:00", "t_liang", "《骆驼祥子》阅读任务单.docx", kind="file"),
        M("12-08 09:00", "p_baijy_mom", "余老师，嘉怡说今天英语小测没带听写本，写在作业本上可以吗？", hn=True),
        M("12-08 09:06", "t_yu", "可以，下次记得带听写本。"),
        M("12-08 12:00", "t_cheng", "天气转冷，请给孩子多带一件外套，中午在教室午休容易着凉。"),
        M("12-08 14:00", "p_luy_mom", "程老师，陆瑶说下周体育考试，是考跳绳还是立定跳远？", hn=True),
        M("12-08 14:06", "t_cheng", "两项都考，体育老师下周会发具体的评分标准。"),
        M("12-09 08:30", "p_nieyh_mom", "bhys程老师，宇航今天早上睡过头了，大概迟到十分钟，已经在路上了", hn=True),
        M("12-09 08:33", "t_cheng", "好的，路上别跑，注意安全。"),
        M("12-09 13:00", "t_yu", "英语期末复习计划已放到群文件“英语复习”，大家可以提前看看。"),
        M("12-09 15:00", "p_yezh_mom", "梁老师，子恒这两天在练书法比赛，读书笔记周五交可以吗？", hn=True),
        M("12-09 15:06", "t_liang", "可以，周五前交就行。"),
        M("12-10 10:00", "t_tang", "", kind="image", hn=True),
        M("12-10 10:01", "t_tang", "今天的电路实验孩子们都成功点亮了小灯泡，动手能力都很强！", key="k4x_lab"),
        M("12-10 10:30", "p_houjj_mom", "汤老师，俊杰回家说想自己做一个小台灯，学校的课后套装还能买吗？", rt="k4x_lab", hn=True),
        M("12-10 10:36", "t_tang", "能买，在学校服务号登记，下周统一发。"),
        M("12-10 15:00", "p_qiuyh_mom", "程老师，雨涵刚给我打电话说头晕，是不是发烧了？", key="k4x_sick", hn=True),
        M("12-10 15:05", "t_cheng", "我这就带她去医务室量体温，有情况马上给您打电话。", rt="k4x_sick", hn=True),
        M("12-10 15:06", "p_qiuyh_mom", "好的，我手机开着，谢谢程老师", hn=True),
        M("12-11 08:00", "t_liang", "本周读书笔记的优秀作品已贴在教室后墙，家长开放日欢迎来看看。", hn=True),
        M("12-11 13:00", "p_zoumz_mom", "程老师，明哲烧退了，周一能正常上学，这两天的作业我让同学拍给他了", hn=True),
        M("12-12 10:00", "p_luym_mom", "请问周末作业的好词好句是摘抄在哪个本子上？", key="k4x_q", hn=True),
        M("12-12 10:05", "p_duankx_mom", "摘抄本，梁老师周五课上说了", rt="k4x_q", hn=True),
    ],
}
for _gid, _extra in EXTRA.items():
    EPISODES[_gid] = sorted(EPISODES[_gid] + _extra, key=lambda m: m["when"])

# === EPISODES END ===

# ------------------------------------------------------------ machinery ----

YEAR = 2026
ADMIN_ROLE = "head_teacher"


def parse_hhmm(s: str) -> time:
    h, m = s.split(":")
    return time(int(h), int(m))


def in_window(t: time, start: time, end: time) -> bool:
    if start <= end:
        return start <= t < end
    return t >= start or t < end


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"\[[^\[\]]{1,8}\]", "", text)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


URL_RE = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(?:/[^\s，。！？、)）]*)?",
                    re.IGNORECASE)


def hosts_in(text: str) -> list[str]:
    return [m.group(1).lower() for m in URL_RE.finditer(text)]


def host_allowed(host: str, domains: list[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def build_roster(gid: str) -> tuple[dict, dict]:
    """Return (roster yaml document, member index)."""
    spec, cfg = ROSTERS[gid], GROUPS[gid]
    teachers = []
    index: dict[str, dict] = {}
    for tid, tname, subject, role, display in spec["teachers"]:
        teachers.append({"id": tid, "name": tname, "subject": subject, "role": role})
        index[tid] = {"kind": "teacher", "subject": subject, "role": role,
                      "display": display}
    students = []
    for key, sname, rels in spec["students"]:
        guardians = []
        for rel in rels.split():
            pid = f"p_{key}_{RELATION_CODES[rel]}"
            guardians.append({"id": pid, "relation": rel})
            display = spec["names"].get(pid, f"{sname}{rel}")
            if pid in index:
                raise SystemExit(f"{gid}: duplicate member id {pid}")
            index[pid] = {"kind": "guardian", "children": [sname], "display": display}
        students.append({"name": sname, "guardians": guardians})
    for name in spec["names"]:
        if name not in index:
            raise SystemExit(f"{gid}: name override for unknown member {name}")
    for oid, display, _joined in spec["outsiders"]:
        index[oid] = {"kind": "outsider", "display": display}
    joined = dict(spec["joined"])
    for oid, _display, j in spec["outsiders"]:
        if j:
            joined[oid] = j
    for mid, j in joined.items():
        index[mid]["joined"] = j
    members = []
    for mid, info in index.items():
        entry = {"id": mid, "display_name": info["display"]}
        if "joined" in info:
            entry["joined"] = info["joined"]
        members.append(entry)
    doc = {
        "group": gid,
        "school": cfg["school"],
        "class": cfg["class"],
        "roster": {"teachers": teachers, "supervisor": spec["supervisor"],
                   "students": students},
        "members": members,
    }
    if spec["supervisor"] not in index or index[spec["supervisor"]]["kind"] != "guardian":
        raise SystemExit(f"{gid}: supervisor must be a rostered guardian")
    heads = [t for t in teachers if t["role"] == "head_teacher"]
    if len(heads) != 1 or not 3 <= len(teachers) <= 5:
        raise SystemExit(f"{gid}: need 3-5 teachers and exactly one head teacher")
    if not 20 <= len(students) <= 30:
        raise SystemExit(f"{gid}: need 20-30 students, have {len(students)}")
    return doc, index


def name_ok(info: dict, display: str) -> bool:
    if info["kind"] == "teacher":
        return info["subject"] in display
    if info["kind"] == "guardian":
        return (any(child in display for child in info["children"])
                and any(rel in display for rel in RELATION_WORDS))
    return True


def build_transcript(gid: str, index: dict) -> list[dict]:
    cfg, spec = GROUPS[gid], ROSTERS[gid]
    start, end = (parse_hhmm(x) for x in cfg["quiet"])
    admins = {t[0] for t in spec["teachers"] if t[3] == ADMIN_ROLE}
    current_name = {mid: info["display"] for mid, info in index.items()}
    seen: set[str] = set()
    keys: dict[str, str] = {}
    out: list[dict] = []
    prev_ts: datetime | None = None
    nick_hits = []
    last_urgent: datetime | None = None
    for n, msg in enumerate(EPISODES[gid], 1):
        where = f"{gid} message {n} ({msg['when']} {msg['sender']})"
        sender = msg["sender"]
        if sender not in index:
            raise SystemExit(f"{where}: sender is not a member")
        date_part, time_part = msg["when"].split()
        month, day = (int(x) for x in date_part.split("-"))
        hms = [int(x) for x in time_part.split(":")]
        ts = datetime(YEAR, month, day, hms[0], hms[1], hms[2] if len(hms) > 2 else 0,
                      tzinfo=TZ)
        if prev_ts is not None and ts <= prev_ts:
            if ts < prev_ts.replace(second=0) or len(hms) > 2:
                raise SystemExit(f"{where}: time goes backwards")
            ts = min(prev_ts + timedelta(seconds=9), prev_ts.replace(second=59))
            if ts < prev_ts:
                raise SystemExit(f"{where}: too many messages in one minute")
        elif len(hms) == 2:
            ts = ts.replace(second=(n * 7) % 23)
        prev_ts = ts
        if msg["name"]:
            current_name[sender] = msg["name"]
        display = current_name[sender]
        labels = list(msg["labels"])
        for lab in labels:
            if lab not in CATEGORIES:
                raise SystemExit(f"{where}: unknown category {lab}")
            if lab in DERIVED:
                raise SystemExit(f"{where}: {lab} is derived, do not hand-set it")
        info = index[sender]
        if msg["urgent"]:
            if info["kind"] == "teacher":
                last_urgent = ts
            elif last_urgent is None or ts - last_urgent > timedelta(hours=3):
                raise SystemExit(f"{where}: urgent ack without a recent urgent notice")
        if sender not in seen:
            seen.add(sender)
            if info["kind"] == "outsider":
                labels.append("membership")
            elif not name_ok(info, display):
                labels.append("nickname")
                nick_hits.append(sender)
            joined = info.get("joined")
            if (joined and joined.get("via") == "invite" and not joined.get("approved")
                    and joined.get("by") not in admins):
                labels.append("invite")
        if in_window(ts.time(), start, end) and not msg["urgent"]:
            labels.append("quiet_hours")
        if "chat" in labels and CHAT_EXCLUDED_BY & set(labels):
            raise SystemExit(f"{where}: chat stacked with {CHAT_EXCLUDED_BY & set(labels)}")
        labels = [c for c in CATEGORIES if c in labels]
        if len(set(labels)) != len(labels):
            raise SystemExit(f"{where}: duplicate label")
        if msg["hn"] and labels:
            raise SystemExit(f"{where}: hard negative must be clean, has {labels}")
        mid = f"{gid}-{n:04d}"
        if msg["key"]:
            if msg["key"] in keys:
                raise SystemExit(f"{where}: duplicate key {msg['key']}")
            keys[msg["key"]] = mid
        reply_to = None
        if msg["rt"]:
            if msg["rt"] not in keys:
                raise SystemExit(f"{where}: reply to unknown key {msg['rt']}")
            reply_to = keys[msg["rt"]]
        if msg["kind"] not in {"text", "image", "file", "link_card", "voice", "sticker"}:
            raise SystemExit(f"{where}: bad kind {msg['kind']}")
        out.append({
            "id": mid, "ts": ts.isoformat(), "group": gid, "sender": sender,
            "name": display, "text": msg["text"], "kind": msg["kind"],
            "reply_to": reply_to, "expect": labels, "hard_negative": msg["hn"],
        })
    if sorted(nick_hits) != sorted(spec["expect_nickname"]):
        raise SystemExit(f"{gid}: nickname hits {sorted(nick_hits)} != expected "
                         f"{sorted(spec['expect_nickname'])}")
    silent_outsiders = [o[0] for o in spec["outsiders"] if o[0] not in seen]
    if silent_outsiders:
        raise SystemExit(f"{gid}: outsiders who never speak: {silent_outsiders}")
    check_flood(gid, out)
    check_links(gid, out)
    return out


def check_flood(gid: str, out: list[dict]) -> None:
    run_sender, run_text, run_len = None, None, 0
    for row in out:
        norm = normalise(row["text"])
        if not norm:
            # empty messages never count, but they are another message in the row
            run_sender, run_text, run_len = row["sender"], None, 0
            mechanical = False
        elif row["sender"] == run_sender and norm == run_text:
            run_len += 1
            mechanical = run_len >= 3
        else:
            run_sender, run_text, run_len = row["sender"], norm, 1
            mechanical = False
        if mechanical != ("flood" in row["expect"]):
            raise SystemExit(f"{row['id']}: flood label {('flood' in row['expect'])} "
                             f"but mechanical reading {mechanical}: {row['text']}")


def check_links(gid: str, out: list[dict]) -> None:
    domains = GROUPS[gid]["domains"]
    for row in out:
        bad = [h for h in hosts_in(row["text"]) if not host_allowed(h, domains)]
        if bool(bad) != ("link" in row["expect"]):
            raise SystemExit(f"{row['id']}: link label {('link' in row['expect'])} "
                             f"but hosts {hosts_in(row['text'])}: {row['text']}")


def main() -> None:
    groups_doc = {"groups": {}}
    totals: Counter[str] = Counter()
    grand = {"messages": 0, "clean": 0, "hard_negative": 0}
    for gid, cfg in GROUPS.items():
        groups_doc["groups"][gid] = {
            "school": cfg["school"], "class": cfg["class"], "grade": cfg["grade"],
            "platform": cfg["platform"], "timezone": "Asia/Shanghai",
            "quiet_hours": {"start": cfg["quiet"][0], "end": cfg["quiet"][1]},
            "allowed_link_domains": cfg["domains"],
            "transcript": f"transcripts/{gid}.jsonl", "roster": f"rosters/{gid}.yaml",
        }
        if gid not in EPISODES:
            raise SystemExit(f"{gid}: no episodes")
        roster_doc, index = build_roster(gid)
        rows = build_transcript(gid, index)
        (ROOT / "rosters" / f"{gid}.yaml").write_text(
            yaml.safe_dump(roster_doc, allow_unicode=True, sort_keys=False,
                           default_flow_style=None, width=100), encoding="utf-8")
        with (ROOT / "transcripts" / f"{gid}.jsonl").open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        per: Counter[str] = Counter(c for r in rows for c in r["expect"])
        clean = sum(1 for r in rows if not r["expect"])
        hard = sum(1 for r in rows if r["hard_negative"])
        days = sorted({r["ts"][:10] for r in rows})
        print(f"{gid}: {len(rows)} messages, {clean} clean, {hard} hard negatives, "
              f"days {days[0]}..{days[-1]} ({len(days)})")
        print("     " + ", ".join(f"{c}={per[c]}" for c in CATEGORIES if per[c]))
        totals.update(per)
        grand["messages"] += len(rows)
        grand["clean"] += clean
        grand["hard_negative"] += hard
    (ROOT / "groups_a.yaml").write_text(
        yaml.safe_dump(groups_doc, allow_unicode=True, sort_keys=False,
                       default_flow_style=None, width=100), encoding="utf-8")
    print(f"TOTAL: {grand['messages']} messages, {grand['clean']} clean "
          f"({grand['clean'] / grand['messages']:.0%}), "
          f"{grand['hard_negative']} hard negatives")
    for c in CATEGORIES:
        print(f"  {c:16s} {totals[c]}")
    short = [c for c in CATEGORIES if totals[c] < 5]
    if short:
        raise SystemExit(f"categories under 5: {short}")


if __name__ == "__main__":
    main()
