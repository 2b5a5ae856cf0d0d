#!/usr/bin/env python3
"""Build the second half (groups h5-h8) of the held-out labelled corpus.

Every message and almost every label is written by hand below.  The script derives
only:
  * quiet_hours  -- from the message time and the group's window, unless the message
                    carries urgent=True (an urgent school notice, or an acknowledgement
                    that such a notice explicitly asked for);
  * membership / nickname / invite -- on a member's FIRST message, from the roster
                    and member records (display name at that moment).

Run:  /work/main/.venv/bin/python tests/corpus_heldout/build/build_b.py
Writes groups_b.yaml, rosters/h5..h8.yaml, transcripts/h5..h8.jsonl next to build/,
then validates the output and prints counts per category.
"""
import json
import os
import sys
import unicodedata
from collections import Counter, defaultdict

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CATEGORIES = [
    "membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
    "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
    "student_privacy", "private_matter", "quiet_hours", "dispute",
]
AUTO = {"quiet_hours", "membership", "nickname", "invite"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长",
             "父亲", "母亲"]


# --------------------------------------------------------------------------- helpers
class M:
    """One hand-written message."""

    def __init__(self, t, sender, text="", exp="", kind="text", re=None, hn=False,
                 urgent=False, key=None, rename=None):
        self.t, self.sender, self.text, self.kind = t, sender, text, kind
        self.exp = exp.split() if exp else []
        self.re, self.hn, self.urgent, self.key, self.rename = re, hn, urgent, key, rename


def D(date, *msgs):
    return (date, list(msgs))


# =========================================================================== GROUPS
GROUPS = {
    "h5": {
        "school": "青禾镇石岭村小学", "class": "三年级(1)班", "grade": 3,
        "platform": "wechat", "timezone": "Asia/Shanghai",
        "quiet_hours": {"start": "20:00", "end": "07:00"},
        "allowed_link_domains": ["shilingcx.edu.cn", "smartedu.cn"],
        "transcript": "transcripts/h5.jsonl", "roster": "rosters/h5.yaml",
    },
    "h6": {
        "school": "东湖区明远路小学", "class": "五年级(3)班", "grade": 5,
        "platform": "qq", "timezone": "Asia/Shanghai",
        "quiet_hours": {"start": "20:30", "end": "07:00"},
        "allowed_link_domains": ["mingyuanlu.edu.cn"],
        "transcript": "transcripts/h6.jsonl", "roster": "rosters/h6.yaml",
    },
    "h7": {
        "school": "松川九年制学校", "class": "六年级(2)班", "grade": 6,
        "platform": "matrix", "timezone": "Asia/Shanghai",
        "quiet_hours": {"start": "21:00", "end": "06:00"},
        "allowed_link_domains": ["songchuan9.edu.cn", "smartedu.cn"],
        "transcript": "transcripts/h7.jsonl", "roster": "rosters/h7.yaml",
    },
    "h8": {
        "school": "云栖区第二实验小学", "class": "一年级(4)班", "grade": 1,
        "platform": "wechat", "timezone": "Asia/Shanghai",
        "quiet_hours": {"start": "20:00", "end": "07:30"},
        "allowed_link_domains": ["yq2sx.edu.cn", "smartedu.cn"],
        "transcript": "transcripts/h8.jsonl", "roster": "rosters/h8.yaml",
    },
}

# =========================================================================== ROSTERS
ROSTERS = {}

ROSTERS["h5"] = dict(
    teachers=[
        ("t5_tan", "谭秀梅", "语文", "head_teacher", "语文谭秀梅（班主任）"),
        ("t5_lu", "陆建国", "数学", "teacher", "数学陆老师"),
        ("t5_he", "何婷", "英语", "teacher", "何老师"),              # bad: no subject
        ("t5_pan", "潘志强", "科学", "teacher", "科学潘志强"),
    ],
    supervisor="p5_zhou_mom",
    students=[
        ("周小满", [("p5_zhou_mom", "妈妈")]),
        ("马上", [("p5_ma_nai", "奶奶"), ("p5_ma_ba", "爸爸")]),
        ("高兴", [("p5_gao_ye", "爷爷")]),
        ("田野", [("p5_tian_mom", "妈妈")]),
        ("向阳", [("p5_xiang_ba", "爸爸")]),
        ("李春生", [("p5_li_wp", "外婆")]),
        ("王秋菊", [("p5_wang_mom", "妈妈"), ("p5_wang_ba", "爸爸")]),
        ("陈浩然", [("p5_chen_ba", "爸爸")]),
        ("刘思琪", [("p5_liu_mom", "妈妈")]),
        ("黄俊杰", [("p5_huang_nai", "奶奶"), ("p5_huang_ba", "爸爸")]),
        ("赵雨欣", [("p5_zhao_mom", "妈妈")]),
        ("吴家豪", [("p5_wu_ba", "爸爸")]),
        ("孙梦瑶", [("p5_sun_mom", "妈妈")]),
        ("郑宇航", [("p5_zheng_ye", "爷爷")]),
        ("冯子涵", [("p5_feng_mom", "妈妈")]),
        ("杨帆", [("p5_yang_ba", "爸爸")]),
        ("何小龙", [("p5_hxl_mom", "妈妈")]),
        ("罗佳怡", [("p5_luo_nai", "奶奶")]),
        ("谢天", [("p5_xie_ba", "爸爸")]),
        ("唐果", [("p5_tang_mom", "妈妈")]),
        ("韩梅", [("p5_han_mom", "妈妈")]),
        ("邓文博", [("p5_deng_wg", "外公")]),
    ],
    display={
        "p5_ma_ba": "马哥",                 # bad: own nickname
        "p5_gao_ye": "兴兴爷爷",            # bad: pet name, not full name
        "p5_luo_nai": "快乐每一天🌸",       # bad
        "p5_xie_ba": "谢先生",              # bad
        "p5_ma_nai": "马上奶奶",            # fine (pupil 马上)
    },
    outsiders=[
        ("x5_tuoguan", "小太阳托管✨王老师"),   # care seller
        ("x5_student", "高兴😊"),               # the pupil's own account
        ("x5_ma_gu", "马上姑姑"),               # aunt, invited by a parent
    ],
    joined={
        "x5_tuoguan": {"via": "qr_code"},
        "x5_student": {"via": "qr_code"},
        "x5_ma_gu": {"via": "invite", "by": "p5_ma_ba", "approved": False},
        "p5_huang_ba": {"via": "invite", "by": "p5_huang_nai", "approved": False},
    },
)

ROSTERS["h6"] = dict(
    teachers=[
        ("t6_song", "宋佳", "数学", "head_teacher", "数学宋佳（班主任）"),
        ("t6_xu", "许文静", "语文", "teacher", "语文许文静"),
        ("t6_amy", "林艾米", "英语", "teacher", "Amy Lin"),            # bad
        ("t6_guo", "郭强", "体育", "teacher", "体育郭老师"),
        ("t6_wei", "魏晨", "科学", "teacher", "科学魏晨"),
    ],
    supervisor="p6_qian_ba",
    students=[
        ("钱思远", [("p6_qian_ba", "爸爸")]),
        ("安静", [("p6_an_mom", "妈妈")]),
        ("夏天", [("p6_xia_mom", "妈妈"), ("p6_xia_ba", "爸爸")]),
        ("方圆", [("p6_fang_ba", "爸爸")]),
        ("白雪", [("p6_bai_mom", "妈妈")]),
        ("程诺", [("p6_cheng_mom", "妈妈")]),
        ("胡一鸣", [("p6_hu_ba", "爸爸")]),
        ("沈梓萱", [("p6_shen_mom", "妈妈")]),
        ("曹宇轩", [("p6_cao_mom", "妈妈")]),
        ("彭欣怡", [("p6_peng_mom", "妈妈")]),
        ("蒋天佑", [("p6_jiang_ba", "爸爸")]),
        ("袁梦", [("p6_yuan_mom", "妈妈")]),
        ("苏浩宇", [("p6_su_mom", "妈妈")]),
        ("叶子", [("p6_ye_mom", "妈妈")]),
        ("卢俊熙", [("p6_lu_ba", "爸爸")]),
        ("丁可欣", [("p6_ding_mom", "妈妈")]),
        ("任嘉乐", [("p6_ren_mom", "妈妈")]),
        ("姚远", [("p6_yao_ba", "爸爸")]),
        ("邹雨桐", [("p6_zou_mom", "妈妈")]),
        ("熊一帆", [("p6_xiong_ba", "爸爸")]),
        ("金鑫", [("p6_jin_mom", "妈妈")]),
        ("陆子墨", [("p6_lzm_mom", "妈妈")]),
        ("戴明轩", [("p6_dai_ba", "爸爸")]),
        ("付诗涵", [("p6_fu_mom", "妈妈")]),
        ("崔浩", [("p6_cui_ba", "爸爸")]),
        ("龚雅琪", [("p6_gong_mom", "妈妈")]),
        ("范文", [("p6_fan_ba", "爸爸")]),
        ("梁晨", [("p6_liang_mom", "妈妈")]),
        ("潘多", [("p6_pan_mom", "妈妈")]),
        ("易凡", [("p6_yi_ba", "爸爸")]),
    ],
    display={
        "p6_hu_ba": "胡建伟",           # bad: parent's own name
        "p6_yuan_mom": "梦梦妈",        # bad
        "p6_jin_mom": "Jenny🌷",        # bad, renames later
        "p6_cui_ba": "崔浩爸爸⚽",      # fine with emoji
    },
    outsiders=[
        ("x6_edu", "学霸1对1·陈老师"),
        ("x6_old", "唐宁妈妈"),           # child transferred out
        ("x6_insure", "曹姐姐保险顾问"),
    ],
    joined={
        "x6_edu": {"via": "qr_code"},
        "x6_insure": {"via": "invite", "by": "p6_cao_mom", "approved": False},
        "p6_xia_ba": {"via": "invite", "by": "p6_xia_mom", "approved": False},
        "t6_wei": {"via": "invite", "by": "t6_song", "approved": True},
    },
)

ROSTERS["h7"] = dict(
    teachers=[
        ("t7_fang", "方丽华", "语文", "head_teacher", "语文方丽华·班主任"),
        ("t7_qiu", "邱明", "数学", "teacher", "数学邱明"),
        ("t7_yan", "严芳", "英语", "teacher", "英语严老师"),
        ("t7_shi", "施卫东", "科学", "teacher", "科学施卫东"),
    ],
    supervisor="p7_ke_mom",
    students=[
        ("柯文静", [("p7_ke_mom", "妈妈")]),
        ("万里", [("p7_wan_ba", "爸爸")]),
        ("常青", [("p7_chang_mom", "妈妈"), ("p7_chang_ye", "爷爷")]),
        ("于是", [("p7_yu_mom", "妈妈")]),
        ("林立", [("p7_lin_ba", "爸爸")]),
        ("江河", [("p7_jiang_mom", "妈妈")]),
        ("朱红", [("p7_zhu_nai", "奶奶")]),
        ("高山", [("p7_gs_ba", "爸爸")]),
        ("雷鸣", [("p7_lei_ba", "爸爸")]),
        ("温暖", [("p7_wen_mom", "妈妈")]),
        ("谷雨", [("p7_gu_mom", "妈妈")]),
        ("贺子轩", [("p7_he_ba", "爸爸")]),
        ("毛思彤", [("p7_mao_mom", "妈妈")]),
        ("秦浩", [("p7_qin_ba", "爸爸")]),
        ("段可馨", [("p7_duan_mom", "妈妈")]),
        ("董一诺", [("p7_dong_mom", "妈妈")]),
        ("汤圆圆", [("p7_tang_mom", "妈妈")]),
        ("邵俊", [("p7_shao_ba", "爸爸")]),
        ("孔令仪", [("p7_kong_wp", "外婆")]),
        ("俞晨曦", [("p7_yu2_mom", "妈妈")]),
        ("蔡文轩", [("p7_cai_ba", "爸爸")]),
        ("杜若", [("p7_du_mom", "妈妈")]),
        ("夏宇", [("p7_xy_ba", "爸爸")]),
        ("萧然", [("p7_xiao_mom", "妈妈")]),
        ("景天", [("p7_jing_ba", "爸爸")]),
        ("廖佳琪", [("p7_liao_mom", "妈妈")]),
    ],
    display={
        "p7_lin_ba": "林大林",          # bad
        "p7_wen_mom": "暖暖妈",         # bad
        "p7_jing_ba": "景先生",         # bad, renames later
        "p7_dong_mom": "Doris",         # bad, renames later
        "p7_yu_mom": "于是妈妈",        # fine (pupil 于是)
    },
    outsiders=[
        ("x7_master", "易经国学·玄机居士"),
        ("x7_sibling", "万里哥哥"),
        ("x7_other", "六(5)班刘泽妈妈"),
    ],
    joined={
        "x7_master": {"via": "qr_code"},
        "x7_sibling": {"via": "invite", "by": "p7_wan_ba", "approved": False},
        "x7_other": {"via": "invite", "by": "p7_liao_mom", "approved": False},
        "p7_chang_ye": {"via": "invite", "by": "p7_chang_mom", "approved": False},
    },
)

ROSTERS["h8"] = dict(
    teachers=[
        ("t8_cen", "岑雪", "语文", "head_teacher", "语文岑雪（班主任）"),
        ("t8_mei", "梅志华", "数学", "teacher", "数学梅志华"),
        ("t8_ou", "欧阳婧", "英语", "teacher", "英语欧阳老师"),
        ("t8_zhang", "章小鹏", "音乐", "teacher", "章老师"),          # bad
        ("t8_lan", "蓝天", "体育", "teacher", "体育蓝天"),
    ],
    supervisor="p8_song_mom",
    students=[
        ("宋知夏", [("p8_song_mom", "妈妈")]),
        ("关心", [("p8_guan_mom", "妈妈")]),
        ("成功", [("p8_cheng_ba", "爸爸"), ("p8_cheng_nai", "奶奶")]),
        ("甘甜", [("p8_gan_mom", "妈妈")]),
        ("花朵", [("p8_hua_wp", "外婆")]),
        ("周子琪", [("p8_zhou_mom", "妈妈")]),
        ("李沐阳", [("p8_li_ba", "爸爸")]),
        ("王梓睿", [("p8_wang_mom", "妈妈")]),
        ("张一诺", [("p8_zhang_mom", "妈妈")]),
        ("陈可乐", [("p8_chen_mom", "妈妈")]),
        ("杨小米", [("p8_yang_ba", "爸爸")]),
        ("黄豆豆", [("p8_huang_mom", "妈妈")]),
        ("吴桐", [("p8_wu_mom", "妈妈")]),
        ("徐子墨", [("p8_xu_ba", "爸爸")]),
        ("孙悦", [("p8_sun_mom", "妈妈")]),
        ("朱一航", [("p8_zhu_lao", "姥姥")]),
        ("郭梓涵", [("p8_guo_mom", "妈妈")]),
        ("何苗", [("p8_he_mom", "妈妈")]),
        ("罗一鸣", [("p8_luo_ba", "爸爸")]),
        ("郑好", [("p8_zheng_mom", "妈妈")]),
        ("谢雨萱", [("p8_xie_mom", "妈妈")]),
        ("韦佳", [("p8_wei_ba", "爸爸")]),
        ("傅子豪", [("p8_fu_ly", "姥爷")]),
        ("马可", [("p8_mk_mom", "妈妈")]),
    ],
    display={
        "p8_gan_mom": "甜甜妈咪",       # bad
        "p8_yang_ba": "小米爸爸",       # bad: given name only, renames later
        "p8_wei_ba": "Wei",             # bad, renames later
        "p8_mk_mom": "马可妈妈🍀",      # fine with emoji
    },
    outsiders=[
        ("x8_estate", "碧桂湾置业顾问小刘"),
        ("x8_nanny", "成功家阿姨"),
        ("x8_aunt", "何苗小姨"),
    ],
    joined={
        "x8_estate": {"via": "qr_code"},
        "x8_aunt": {"via": "qr_code"},
        "x8_nanny": {"via": "invite", "by": "p8_cheng_ba", "approved": False},
        "p8_cheng_nai": {"via": "invite", "by": "p8_cheng_ba", "approved": False},
        "p8_mk_mom": {"via": "invite", "by": "p8_song_mom", "approved": True},
    },
)

# =========================================================================== EPISODES
EPISODES = {}

# ---------------------------------------------------------------- h5: village school
# 青禾镇石岭村小学 三年级(1)班, wechat, quiet 20:00-07:00.  Many grandparents (voice-
# to-text, no punctuation, homophone typos) and migrant-worker parents.
EPISODES["h5"] = [
    D("2026-03-09",
      M("06:52", "p5_ma_nai", "老师早马上今天有点咳嗽我给他带了药在书包侧边那个兜里麻烦老师中午提醒他吃一下"),
      M("07:00", "p5_li_wp", "谭老师早上好春生今天发烧了三十八度多请一天假", hn=True, key="a1"),
      M("07:15", "t5_tan", "收到，春生外婆，让孩子多喝水好好休息，有需要随时跟我说。", re="a1"),
      M("07:40", "t5_tan", "【本周安排】各位家长早上好：\n1. 周三下午第二节课开展消防疏散演练；\n2. 周五前交春季研学安全告知书（纸质，签字后让孩子带回）；\n3. 本周起每天下午4:30放学。\n以上信息请知悉。", key="n1"),
      M("07:42", "p5_zhou_mom", "收到", "ack_reply", re="n1"),
      M("07:43", "p5_tian_mom", "好的谭老师", "ack_reply"),
      M("07:45", "p5_ma_ba", "收到收到 辛苦老师", "ack_reply"),
      M("07:47", "p5_wang_mom", "谭老师，告知书是周五前交给您还是交到学校门卫那里？", key="a2"),
      M("07:50", "t5_tan", "交给我就行，让孩子夹在作业本里带来。", re="a2", key="a3"),
      M("07:51", "p5_wang_mom", "好的，谢谢谭老师", re="a3", hn=True),
      M("08:30", "p5_gao_ye", "", kind="voice"),
      M("08:31", "p5_gao_ye", "老师我是高兴的爷爷刚才那个语音不知道发出去没有我想问一下今天下午几点放学孙子说四点半是不是真的", key="a4"),
      M("08:40", "t5_tan", "高兴爷爷您好，是的，本周起下午4:30放学，您在校门口西边等就行。", re="a4"),
      M("08:41", "p5_gao_ye", "好的好的谢谢老师", hn=True),
      M("10:05", "x5_tuoguan", "各位家长好，我是镇上小太阳托管的王老师，午托晚托辅导作业一条龙，本月报名立减200，有意向的私我 一五八 二六七三 四四九零", "ad", key="a5"),
      M("10:08", "p5_zhou_mom", "这位是哪位孩子的家长？群里不能发广告哦，麻烦先私信谭老师说明一下身份。", re="a5", hn=True),
      M("10:20", "t5_tan", "@小太阳托管✨王老师 本群只限本班老师和家长，已移出。请各位家长不要随便拉人进群，谢谢。", hn=True),
      M("12:10", "t5_lu", "", kind="image"),
      M("12:10", "t5_lu", "", kind="image"),
      M("12:11", "t5_lu", "", kind="image", hn=True),
      M("12:12", "t5_lu", "今天数学作业：练习册第18-19页，口算卡第6天。明早交。"),
      M("12:30", "p5_ma_nai", "", kind="voice"),
      M("12:31", "p5_ma_nai", "陆老师练习册十八页那个第三题我们马上说不会做我也看不懂 麻烦老师有空讲一下", key="a6"),
      M("12:40", "t5_lu", "马上奶奶，第三题是找规律，每次加3，明天课上我再单独给他讲一遍。", re="a6"),
      M("12:41", "p5_ma_nai", "谢谢路老师", hn=True),
      M("15:20", "p5_wu_ba", "镇上惠民超市鸡蛋今天特价 3块9一斤 要的赶紧去", "chat", key="a7"),
      M("15:22", "p5_tian_mom", "真的假的 下班去看看", "chat", re="a7"),
      M("15:23", "p5_han_mom", "上礼拜我在那买还要四块五呢 这么便宜", "chat"),
      M("15:30", "p5_zhou_mom", "各位家长，买菜的消息咱们私下聊哈，群里尽量只说孩子学习的事😊", hn=True),
      M("16:40", "t5_pan", "明天科学课观察蚕宝宝，家里养了蚕的同学可以带来（用纸盒装好，扎几个透气孔）。", key="a9"),
      M("16:45", "p5_zheng_ye", "潘老师我们家有蚕宇航说要带桑叶要不要一起带", re="a9", key="a10"),
      M("16:50", "t5_pan", "带几片就行，爷爷费心了。", re="a10", key="a11"),
      M("16:51", "p5_zheng_ye", "好的谢谢潘老师", re="a11", hn=True),
      M("19:59", "p5_chen_ba", "陆老师，明天口算卡要家长签字吗？", hn=True, key="a8"),
      M("20:03", "t5_lu", "要签，签个名字就行。", re="a8"),
      M("20:04", "p5_chen_ba", "好的谢谢陆老师"),
      M("21:40", "p5_xiang_ba", "向阳爸爸在工地 刚下班 想问下孩子今天作业多不多 他奶奶说看不懂"),
      M("21:41", "p5_xiang_ba", "老师休息了吧 明天再说"),
      ),
    D("2026-03-10",
      M("07:05", "t5_tan", "提醒一下：晚上八点到早上七点老师们不回复群消息，作业以每天中午发的为准，有急事请直接打电话，辛苦大家配合。", hn=True, key="b1"),
      M("07:06", "p5_xiang_ba", "好的 我记住了 昨晚是我问的 不好意思老师", re="b1", hn=True),
      M("08:00", "t5_he", "各位家长好，我是新来的英语老师何婷，以后三年级英语由我负责，请多关照。今天英语作业：听读Unit 2 三遍。"),
      M("08:02", "p5_sun_mom", "何老师好，请问英语听读需要在哪个APP上打卡吗？", key="b2"),
      M("08:05", "t5_he", "不用打卡，在家读给家长听就行，家长在书上签个字。", re="b2", key="b3"),
      M("08:06", "p5_sun_mom", "明白了 谢谢何老师🙏", re="b3", hn=True),
      M("08:20", "t5_tan", "@何老师 何老师，群昵称麻烦改成“英语何婷”哈，方便家长认识～"),
      M("08:25", "t5_he", "已改，谢谢谭老师提醒。", rename="英语何婷", hn=True),
      M("11:30", "t5_lu", "上周数学单元测验成绩：周小满100、刘思琪98、陈浩然96、赵雨欣95，其他同学继续努力。", "ranking", key="b4"),
      M("11:32", "p5_liu_mom", "思琪这次考得不错，回去表扬她😄", hn=True),
      M("11:35", "p5_zhou_mom", "陆老师，按学校规定成绩不在群里带名字公布哈，可以单独发给家长😊", re="b4", hn=True),
      M("11:40", "t5_lu", "好的，抱歉，已撤回。全班平均分87.5，及格率95%，具体分数我私发给各位家长。", hn=True, key="b5"),
      M("11:41", "p5_tang_mom", "收到", "ack_reply", re="b5"),
      M("14:00", "t5_tan", "今天下午吴家豪和黄俊杰在操场追着跑，黄俊杰摔了一跤膝盖擦破皮，已经在医务室处理过了，家长放学注意看看。", "student_privacy", key="b6"),
      M("14:05", "p5_huang_nai", "啊哟我的孙子怎么摔了严不严重啊谭老师我现在就去学校", re="b6", key="b7"),
      M("14:07", "t5_tan", "黄奶奶别担心，只擦破一点皮，孩子已经回教室上课了，放学您来接就行。", re="b7"),
      M("14:20", "p5_wu_ba", "是我家家豪带头追的吧？回去我好好说说他，黄奶奶对不住啊", hn=True),
      M("15:10", "p5_huang_ba", "谭老师您好，我是黄俊杰爸爸，在外地打工，我妈拉我进的群，孩子摔得咋样了", key="b8"),
      M("15:15", "t5_tan", "黄俊杰爸爸您好，孩子没事，我稍后加您微信发张照片给您看看。", re="b8", hn=True),
      M("16:00", "t5_lu", "何小龙这周已经三次数学作业没交了，家长注意督促一下。", "student_privacy"),
      M("16:30", "p5_hxl_mom", "陆老师，我这几天在厂里上夜班没顾上，今晚就让他补", hn=True),
      M("17:00", "t5_tan", "转发学校公众号文章《春季常见传染病预防小知识》，请家长们有空看看，早晚给孩子测测体温。"),
      M("18:30", "p5_luo_nai", "转发：今天是观音菩萨生日 转发十个群全家平安健康 不转的人家里三年不顺 阿弥陀佛", "illegal", key="b9"),
      M("18:35", "p5_zhou_mom", "罗奶奶，这种转发的消息是骗人的，群里别发了哈，也别信。", re="b9", hn=True),
      M("18:40", "p5_luo_nai", "哦哦 我不懂 别人发给我的"),
      M("20:15", "p5_wang_ba", "晚上有人一起去镇上看露天电影不 今晚放战狼", "chat", key="b10"),
      M("20:16", "p5_wu_ba", "去 几点开始", "chat", re="b10"),
      ),
    D("2026-03-11",
      M("07:30", "t5_tan", "今天下午消防疏散演练，请孩子们穿运动鞋，不要穿拖鞋凉鞋。", key="c1"),
      M("07:31", "p5_deng_wg", "好的", "ack_reply", re="c1"),
      M("07:31", "p5_han_mom", "👌", "ack_reply"),
      M("07:35", "p5_feng_mom", "谭老师 子涵只有一双运动鞋昨天洗了还没干 穿布鞋可以吗", key="c2"),
      M("07:38", "t5_tan", "布鞋可以，只要不是拖鞋凉鞋就行。", re="c2"),
      M("07:39", "p5_feng_mom", "好嘞谢谢老师", hn=True),
      M("09:50", "x5_student", "我是高兴 我用爷爷的旧手机 老师今天考试吗", key="c3"),
      M("09:55", "t5_tan", "高兴同学，班级群是家长群，同学们不能进哦。上课时间也不要玩手机，老师先把你移出去了，有事让爷爷找我。", re="c3", hn=True),
      M("12:30", "p5_sun_mom", "各位家长帮个忙，我侄女参加县里小主持人比赛，点开小程序给3号孙小雨投一票，每天能投5次，谢谢大家了🙏🙏", "ad", key="c4"),
      M("12:32", "p5_tian_mom", "投了", "chat", re="c4"),
      M("12:33", "p5_han_mom", "已给3号投了✊", "chat", re="c4"),
      M("12:40", "t5_tan", "各位家长，私人投票拉票的消息请不要发在班级群，谢谢理解。", hn=True),
      M("13:10", "p5_xie_ba", "我表哥在县教育局上班 说下学期我们村小要撤了 全部并到镇中心小学去 孩子要坐校车", "rumor", key="c5"),
      M("13:12", "p5_wang_mom", "真的啊？那以后接送咋办", re="c5", hn=True),
      M("13:15", "p5_chen_ba", "我也听说了 镇上的人都在传 明年九月就并", "rumor"),
      M("13:20", "p5_li_wp", "谭老师是真的要撤吗 我们家离镇上十几里路", hn=True, key="c6"),
      M("13:30", "t5_tan", "各位家长，学校没有接到任何撤并通知，请以学校和教育局正式发布的消息为准，不信谣不传谣。", re="c6", hn=True, key="c7"),
      M("13:32", "p5_li_wp", "那就好 谢谢老师", re="c7", hn=True),
      M("16:40", "p5_chen_ba", "说白了就是学校不想管我们村里的娃 食堂的饭菜都是馊的 老师拿了上面拨的钱也不往孩子身上花", "slander dispute", key="c8"),
      M("16:42", "p5_chen_ba", "要是真撤 咱们一起去镇政府门口坐着 看他们怎么说 愿意去的扣1", "incitement", key="c9"),
      M("16:43", "p5_wu_ba", "1 算我一个", "incitement", re="c9"),
      M("16:45", "p5_zhou_mom", "陈浩然爸爸，食堂每天都有家委会的人去陪餐，饭菜我也吃过，没有您说的情况。撤并的事学校也说明了，有意见咱们可以私下找校长反映。", re="c8", hn=True, key="c10"),
      M("16:47", "p5_chen_ba", "你是家委会的当然帮学校说话 你管好你自己吧", "abuse dispute", re="c10"),
      M("16:50", "t5_tan", "陈浩然爸爸，您的意见我都记下了，我们私聊好吗？我现在给您打电话。", hn=True),
      M("17:30", "p5_han_mom", "谭老师，韩梅说语文作业本放在抽屉里忘带了，明天早上补可以吗", key="c12"),
      M("17:40", "t5_tan", "我看了，在她书包夹层里，让孩子再找找。", re="c12", key="c13"),
      M("17:45", "p5_han_mom", "找到了 谢谢谭老师😂", re="c13", hn=True),
      M("19:20", "p5_ma_nai", "马上的作业本落在学校了哪个家长方便拍一下今天的作业", key="c11"),
      M("19:21", "p5_ma_nai", "马上的作业本落在学校了哪个家长方便拍一下今天的作业", hn=True),
      M("19:21", "p5_ma_nai", "马上的作业本落在学校了 哪个家长方便拍一下今天的作业", "flood"),
      M("19:25", "p5_tian_mom", "给马上奶奶", kind="image", re="c11"),
      M("19:26", "p5_ma_nai", "谢谢田野妈妈 好人一生平安", hn=True),
      ),
    D("2026-03-12",
      M("06:40", "p5_yang_ba", "老师早 杨帆今天跟我去县医院复查眼睛 请假半天 下午送来", key="d1"),
      M("07:10", "t5_tan", "好的杨帆爸爸，路上注意安全。", re="d1"),
      M("07:20", "p5_feng_mom", "谭老师早 子涵今天下午她爷爷来接 还是四点半吧", key="d9"),
      M("07:25", "t5_tan", "是的，四点半。", re="d9"),
      M("09:30", "p5_yang_ba", "谭老师我多说几句 杨帆这孩子从去年开始眼睛就不行了 医生说是弱视加散光 要戴眼镜还要每天遮一只眼睛练 他妈妈在广东打工一年回来一次 我也在外面跑车 平时就他奶奶带 奶奶不识字也管不住他玩手机 晚上躲被窝里看到十一二点 成绩也往下掉 我真不知道怎么办了", "private_matter", key="d2"),
      M("09:40", "p5_tang_mom", "杨帆爸爸别急，手机一定要收走，我家也是晚上把路由器拔了，眼睛的事拖不得", "private_matter", re="d2"),
      M("09:45", "t5_tan", "杨帆爸爸，孩子在学校坐第一排，我会盯着他戴眼镜，遮眼训练中午也可以在办公室做。手机和奶奶管不住的事我们单独聊，我中午给您打电话。", "private_matter", re="d2"),
      M("11:00", "t5_tan", "国家中小学智慧教育平台｜三年级春季学期阅读推荐 https://basic.smartedu.cn/reading/grade3", kind="link_card", hn=True),
      M("11:05", "p5_sun_mom", "三年级下册语文期中真题卷 免费下载 https://pan.baidu.com/s/1xYz3kQ 提取码 8k2m", "link", kind="link_card", key="d3"),
      M("11:06", "p5_hxl_mom", "孙梦瑶妈妈 太感谢了 收藏了", re="d3", hn=True),
      M("11:20", "t5_tan", "提醒：学校的学习资料在 www.shilingcx.edu.cn 上都能找到，外面网盘的链接不确定安不安全，尽量不要点。", hn=True),
      M("11:22", "p5_wu_ba", "淘宝这个电饭煲才99 我刚下单 要的自己看 https://m.tb.cn/h.5Xq2Lp", "link chat"),
      M("12:15", "p5_zheng_ye", "陆老师你好我是郑宇航的爷爷我们宇航说今天的口算卡忘记在在桌子里了能不能明天补上", key="d4"),
      M("12:20", "t5_lu", "可以的爷爷，明天补上就行。", re="d4"),
      M("12:21", "p5_zheng_ye", "好的好的谢谢陆老师费心了", hn=True),
      M("12:30", "t5_tan", "明天下午开家长会（14:30，三楼多媒体教室），能来的家长请接龙：\n1. 周小满妈妈"),
      M("12:32", "p5_tian_mom", "1. 周小满妈妈\n2. 田野妈妈", hn=True),
      M("12:33", "p5_li_wp", "1. 周小满妈妈\n2. 田野妈妈\n3. 李春生外婆", hn=True),
      M("12:40", "p5_ma_ba", "马上爸爸在外地来不了 他奶奶去", rename="马上爸爸"),
      M("12:41", "p5_gao_ye", "4 高兴爷爷", hn=True),
      M("12:45", "t5_tan", "春季研学安全告知书（电子版备用）.pdf", kind="file"),
      M("14:10", "p5_wang_ba", "自家种的脐橙 甜过初恋 十斤包邮 要的加我 威❤：wqj 8 8 6 2 1", "ad", key="d5"),
      M("14:15", "t5_tan", "王秋菊爸爸，班级群不能卖东西哦，请撤回，谢谢。", re="d5", hn=True),
      M("14:16", "p5_wang_ba", "不好意思老师 撤了"),
      M("16:00", "p5_zhao_mom", "隔壁村的群里都在说 今年农村的孩子每人有500块营养补贴 要家长拿户口本去镇上登记 月底前不去就没了", "rumor", key="d6"),
      M("16:10", "t5_tan", "赵雨欣妈妈，营养餐补助是学校直接落实到午餐的，不需要家长去登记领钱，请大家不要相信也不要转发。", re="d6", hn=True),
      M("17:50", "p5_wu_ba", "县城昨天那个车祸视频你们看了没 人被卷到车底下 血肉模糊 脑浆都出来了 太吓人了", "illegal"),
      M("17:52", "p5_zhou_mom", "吴家豪爸爸，这种视频孩子可能会看到，别在群里说了。", hn=True),
      M("21:10", "t5_tan", "【重要·明日到校时间调整】接镇政府通知，明天（周五）有大风降温，学校决定上午延迟到9点到校，校车相应推迟一小时。请家长看到后回复“收到”。", urgent=True, hn=True, key="d7"),
      M("21:12", "p5_zhou_mom", "收到", re="d7", urgent=True, hn=True),
      M("21:12", "p5_tian_mom", "收到", urgent=True, hn=True),
      M("21:13", "p5_han_mom", "收到", urgent=True, hn=True),
      M("21:15", "p5_li_wp", "老师那下午放学时间变不变", key="d8"),
      M("21:20", "t5_tan", "下午放学时间不变。", re="d8"),
      ),
    D("2026-03-13",
      M("09:05", "x5_ma_gu", "大家好我是马上的姑姑 他爸爸拉我进来的 以后我帮着看看孩子作业", key="e1"),
      M("09:10", "t5_tan", "马上姑姑您好，班级群只限登记的监护人，麻烦您通过马上爸爸跟我联系，我先把您请出群哦，谢谢理解。", re="e1", hn=True),
      M("10:30", "p5_wu_ba", "今天早上那个大风 刮得我电动车都倒了 tmd", "abuse"),
      M("10:35", "p5_xiang_ba", "我家这边也是 树都刮断了两棵", "chat"),
      M("12:00", "t5_tan", "今天大课间跳绳比赛，咱们班获得年级第二名！孩子们太给力了🎉", kind="image", hn=True, key="e5"),
      M("12:03", "p5_wang_mom", "孩子们太棒了👏 秋菊回家说她一分钟跳了一百多个", re="e5", hn=True),
      M("12:05", "p5_sun_mom", "为咱班孩子点赞👍👍", "ack_reply", re="e5"),
      M("15:30", "p5_tian_mom", "听我家田野说这次语文听写全班就周小满和韩梅全对，刘思琪错了五个", "ranking student_privacy", key="e2"),
      M("15:35", "p5_liu_mom", "我家思琪错几个碍着你什么了？管好你自己家的吧", "abuse dispute", re="e2", key="e3"),
      M("15:37", "p5_tian_mom", "我就随口一说你至于吗", "dispute", re="e3"),
      M("15:40", "t5_tan", "两位妈妈，听写情况我会单独和每位家长沟通，群里就不讨论具体同学了，谢谢。", hn=True),
      M("16:00", "t5_tan", "周末作业见图，无需回复。", kind="image", key="e4"),
      M("16:02", "p5_deng_wg", "收到谭老师", "ack_reply", re="e4"),
      M("16:05", "p5_gao_ye", "辛苦谭老师啦", "ack_reply"),
      M("17:30", "p5_luo_nai", "周末愉快 好运连连 平安吉祥", "chat", kind="image"),
      ),
    D("2026-03-14",
      M("08:20", "p5_han_mom", "周末有没有人带孩子去水库那边烧烤的 一起呀", "chat", key="f1"),
      M("08:25", "p5_zhao_mom", "水库那边风大，我们打算去镇上新开的农家乐", "chat", re="f1"),
      M("09:10", "p5_wu_ba", "有没有人今天开车去县城 捎我一段", "chat"),
      M("09:12", "p5_wu_ba", "有没有人今天开车去县城 捎我一段", "chat"),
      M("09:15", "p5_wu_ba", "有没有人今天开车去县城？捎我一段！", "chat flood"),
      M("10:00", "p5_ma_nai", "", kind="voice"),
      M("10:01", "p5_ma_nai", "谭老师周末作业那个手抄报要a四纸吗我们家没有打印纸", key="f2"),
      M("10:10", "t5_tan", "用作业本的纸也可以，奶奶别担心。", re="f2"),
      M("10:11", "p5_ma_nai", "好好好谢谢谭老师", hn=True),
      M("20:40", "p5_chen_ba", "周一几点到校 是不是还是九点"),
      ),
]
# ---------------------------------------------------------------- h6: city key school
# 东湖区明远路小学 五年级(3)班, QQ, quiet 20:30-07:00, only mingyuanlu.edu.cn allowed
# (so even smartedu.cn is a `link` here).
EPISODES["h6"] = [
    D("2026-03-16",
      M("06:58", "p6_cheng_mom", "宋老师早，程诺昨晚有点发烧，今天请假一天，谢谢。"),
      M("07:00", "p6_bai_mom", "宋老师早上好，白雪今天牙疼要去看牙医，上午请假，下午到校。", hn=True),
      M("07:20", "t6_song", "收到，两位妈妈辛苦，孩子好好休息。"),
      M("07:35", "t6_song", "【本周事项】1. 周三运动会报名截止；2. 周四下午家长开放日，安排见学校公众号；3. 本周值日表已上传到群文件。请家长留意，不用回复。", hn=True, key="a1"),
      M("07:36", "p6_peng_mom", "收到宋老师", "ack_reply", re="a1"),
      M("07:36", "p6_zou_mom", "[OK]", "ack_reply"),
      M("07:37", "p6_ding_mom", "收到收到🙏", "ack_reply"),
      M("07:38", "p6_su_mom", "宋老师，群文件里的值日表我这边没收到，能再发一下吗？", re="a1", hn=True),
      M("07:40", "p6_fang_ba", "宋老师，运动会报名是在哪里报？班里统一报还是家长自己在小程序上填？", key="a2"),
      M("07:45", "t6_song", "孩子在班里跟体育委员报就行，家长不用操作。值日表已重新上传。", re="a2", key="a3"),
      M("07:46", "p6_fang_ba", "明白，谢谢宋老师", re="a3", hn=True),
      M("08:10", "t6_amy", "Good morning! 今天英语作业：1. 背诵Unit 3课文第一段 2. 完成练习册P24。明天听写Unit 3单词。"),
      M("08:15", "p6_an_mom", "林老师，听写是只听写黑体的单词吗？", key="a4"),
      M("08:20", "t6_amy", "是的，只考黑体词。", re="a4", key="a5"),
      M("08:21", "p6_an_mom", "好的，谢谢林老师！", re="a5", hn=True),
      M("08:30", "t6_song", "@Amy Lin 林老师，群名片麻烦改成“英语林艾米”，谢谢～"),
      M("09:30", "x6_edu", "家长们好，五年级是小升初关键期，我们有明远路小学退休名师一对一辅导，奥数英语全科，试听免费 ➕ V：x u e b a 5 2 0 1", "ad"),
      M("09:32", "p6_qian_ba", "这个账号是谁拉进来的？不认识的人请群主处理一下。", hn=True),
      M("09:40", "t6_song", "已移除。提醒各位：学校从未和任何校外机构合作辅导，所谓“名师一对一”请不要相信。", hn=True),
      M("10:05", "p6_hu_ba", "宋老师，胡一鸣的校服裤子拿错了，拿回来一条不是他的，160码，裤腰上写着“曹”，谁家的联系我", key="a6"),
      M("10:10", "p6_cao_mom", "应该是我家曹宇轩的！明天让孩子换回来，谢谢一鸣爸爸😄", re="a6"),
      M("12:00", "t6_xu", "第三单元测试成绩单（全班），家长们看看自家孩子的", "ranking", kind="image", key="a7"),
      M("12:05", "p6_qian_ba", "许老师，成绩单上有全班名字和分数，按规定不能发群里，麻烦撤回一下🙏", re="a7", hn=True),
      M("12:08", "t6_xu", "不好意思，已撤回。本次测试班级平均分89.2，最高分98，90分以上的同学有17人，个人成绩会单独私信家长。", hn=True),
      M("12:10", "p6_yao_ba", "许老师，姚远这次考了多少，排第几？私信我就行", hn=True, key="a8"),
      M("12:20", "t6_xu", "姚远爸爸，91分，班里第9，详细的我私信您。", "ranking", re="a8"),
      M("14:30", "t6_guo", "今天体育课蒋天佑和卢俊熙推搡打架，罚站了一节课，两位家长回去好好教育一下。", "student_privacy", key="a9"),
      M("14:35", "p6_jiang_ba", "郭老师，是卢俊熙先动的手，我家天佑脖子上都被抓出血印子了，这事不能就这么算了", "student_privacy dispute", re="a9", key="a10"),
      M("14:38", "p6_lu_ba", "凭什么都怪我们家？事情还没弄清楚就在群里嚷嚷，我也很不爽", "dispute", re="a10", key="a11"),
      M("14:40", "p6_jiang_ba", "再敢动我儿子一下，别怪我到学校门口堵他", "illegal dispute", re="a11"),
      M("14:42", "t6_song", "两位爸爸先冷静，老师已经把两个孩子叫到办公室了解情况，放学后我分别给你们打电话，群里就不说了。", hn=True),
      M("14:43", "p6_jiang_ba", "行，等你电话"),
      M("15:30", "t6_xu", "今天语文作业：1. 第3课生字抄写两遍；2. 预习第4课，标出自然段。"),
      M("15:35", "p6_shen_mom", "许老师，生字是抄在田字格本上吗？", key="a15"),
      M("15:40", "t6_xu", "是的，田字格本。", re="a15", key="a16"),
      M("15:41", "p6_shen_mom", "好的谢谢许老师", re="a16", hn=True),
      M("18:00", "p6_cui_ba", "今晚国足出线关键战，有一起看的爸爸们吗🍺", "chat", key="a12"),
      M("18:05", "p6_xiong_ba", "必须的，老地方烧烤摊", "chat", re="a12"),
      M("18:06", "p6_dai_ba", "国足就算了吧，看了血压高🤣", "chat", re="a12"),
      M("18:10", "p6_qian_ba", "各位爸爸，看球的事咱们拉个小群吧😂 班群留给老师发通知", hn=True),
      M("20:29", "p6_fu_mom", "宋老师，付诗涵明天想报跳绳和60米两个项目，可以吗？", hn=True, key="a13"),
      M("20:31", "t6_song", "可以的，每人最多报两项。", re="a13"),
      M("20:45", "p6_xia_ba", "大家好，我是夏天爸爸，以后我也在群里"),
      M("22:10", "p6_cui_ba", "卧槽 点球绝杀！！！", "abuse", key="a14"),
      M("22:11", "p6_xiong_ba", "NB啊 太爽了", "abuse", re="a14"),
      M("22:12", "p6_dai_ba", "太顶了 今晚睡不着了", "chat"),
      ),
    D("2026-03-17",
      M("07:10", "t6_song", "昨晚群里有家长聊球赛到半夜，提醒一下：晚上八点半以后请不要在班群发消息，也不要说粗话，谢谢配合。", hn=True, key="b1"),
      M("07:12", "p6_cui_ba", "不好意思宋老师，昨晚太激动了，以后注意", re="b1"),
      M("09:00", "p6_shen_mom", "刚刷到的，咱们区今年小升初取消摇号，全部按积分入学，没房子的积分不够只能去郊区，大家赶紧准备材料吧！", "rumor", key="b2"),
      M("09:02", "p6_su_mom", "天哪，真的吗", re="b2", hn=True),
      M("09:05", "p6_gong_mom", "我同事的孩子在实验中学，她说已经开会定了，下个月就发文件", "rumor", re="b2"),
      M("09:10", "p6_liang_mom", "宋老师，群里说的小升初积分入学是真的吗？学校有没有接到通知？", hn=True, key="b3"),
      M("09:20", "t6_song", "目前没有任何官方文件，小升初政策以区教育局和学校的正式通知为准，请大家不要转发未经证实的消息。", re="b3", hn=True, key="b4"),
      M("09:21", "p6_liang_mom", "谢谢宋老师解答🙏", re="b4", hn=True),
      M("11:30", "p6_ren_mom", "姐妹们帮我砍一刀，还差0.8元就免费领了🙏 复制这段话打开拼夕夕 ¥Kp7XmQ2¥", "ad", key="b5"),
      M("11:31", "p6_peng_mom", "砍了", "chat", re="b5"),
      M("11:33", "p6_zou_mom", "帮你砍了，也帮我点一下呗，差一点点", "ad", re="b5"),
      M("11:40", "t6_song", "各位家长，砍价助力之类的消息请发朋友圈或私聊，班群里不发哈。", hn=True),
      M("12:30", "p6_pan_mom", "宋老师，潘多中午要去看牙，12:30我到校门口接，下午第一节课前送回来", key="b14"),
      M("12:32", "t6_song", "好的，我跟门卫说一声。", re="b14"),
      M("13:00", "p6_gong_mom", "有门路的家长注意了，区里期中统考的数学卷子我这有，考前流出来的，要的私我，50一份", "illegal ad", key="b6"),
      M("13:05", "t6_song", "龚雅琪妈妈，统考卷子不可能提前流出，这种消息涉嫌违规，请立即撤回。", re="b6", hn=True),
      M("16:00", "p6_yuan_mom", "周四开放日又是工作日下午，上班的家长怎么去？每次都安排在上班时间，我们根本请不了假，越想越窝火", "dispute", key="b7"),
      M("16:05", "p6_ye_mom", "不想来可以不来啊，又没人逼你", "dispute", re="b7", key="b8"),
      M("16:07", "p6_yuan_mom", "你这人说话怎么这么冲，是不是没长脑子", "abuse dispute", re="b8", key="b9"),
      M("16:10", "p6_ye_mom", "呵呵，懒得跟你这种人计较", "abuse dispute", re="b9"),
      M("16:12", "p6_qian_ba", "两位妈妈都消消气，开放日的时间安排我作为家委会会去跟学校反映，有想法的可以私聊我。", hn=True),
      M("17:30", "p6_hu_ba", "说实话，开放日就是做样子给上面检查的人看的，上次孩子们提前排练了三遍，连谁举手回答都安排好了", "slander", key="b10"),
      M("17:32", "p6_xiong_ba", "还有运动会，名次都是内定的，体育老师收了家长的购物卡", "slander", re="b10"),
      M("17:40", "t6_song", "两位爸爸，开放日是常规课，运动会成绩是现场计时，有疑问欢迎直接找我或学校德育处，群里请不要这样说老师。", hn=True),
      M("19:00", "p6_jin_mom", "宋老师好，金鑫这两天在家背书背得很认真，想问问周四开放日可以带弟弟来吗？", key="b11"),
      M("19:05", "t6_song", "金鑫妈妈好，开放日每个孩子限一位家长哦。另外麻烦把群名片改成“金鑫妈妈”～", re="b11"),
      M("19:08", "p6_jin_mom", "改好了，谢谢宋老师！", rename="金鑫妈妈", hn=True),
      M("21:00", "t6_wei", "明天科学课带一个鸡蛋和一个透明塑料杯，做浮力实验。", key="b12"),
      M("21:02", "p6_bai_mom", "生鸡蛋还是熟鸡蛋？", re="b12", key="b13"),
      M("21:05", "t6_wei", "生的，用保鲜袋装好。", re="b13"),
      M("21:06", "p6_bai_mom", "好的谢谢魏老师"),
      ),
    D("2026-03-18",
      M("07:30", "t6_song", "今天下午第三节课运动会开幕式彩排，请孩子们穿校服。", key="c1"),
      M("07:31", "p6_zou_mom", "好的", "ack_reply", re="c1"),
      M("07:31", "p6_peng_mom", "👍", "ack_reply"),
      M("07:32", "p6_ren_mom", "收到宋老师，嘉乐的校服外套落在学校了，今天能在班里找找吗？", re="c1", hn=True, key="c2"),
      M("07:40", "t6_song", "好的，我让孩子找一找。", re="c2"),
      M("08:30", "t6_song", "运动会报名情况：全班共报名38人次，跳绳和60米报的人最多，还有6位同学没报名，今天截止。", hn=True),
      M("10:00", "x6_insure", "各位家长好～我是曹宇轩的小姨，做少儿保险的，孩子运动会磕磕碰碰最需要意外险了，一年只要98元，有需要随时找我📞 13九 八七六 五四三二", "ad"),
      M("10:05", "t6_song", "@曹宇轩妈妈 拉家人进群需要先跟我说一下，这位已移出。学校统一的学平险在学校公众号有说明，家长自愿。", hn=True),
      M("10:07", "p6_cao_mom", "不好意思宋老师，我以为她能帮忙看看通知，没想到她发广告"),
      M("12:00", "x6_old", "宋老师好，唐宁转学以后我一直没退群，想问下他的几本课外书还在班级图书角吗？", key="c3"),
      M("12:10", "t6_song", "唐宁妈妈您好，书找到了，放在门卫室，您有空来拿。唐宁已经转学，我稍后把您移出群，谢谢这些年的支持！", re="c3"),
      M("13:30", "p6_xia_mom", "宋老师，想跟您说说夏天的情况。他最近一个月晚上总是睡不着，躺床上两三个小时还在翻来覆去，说一想到考试就心慌，有一次早上肚子疼到不想上学。我们带去医院看过，医生说是焦虑，建议减少压力。我和他爸爸最近也在闹离婚，可能对孩子影响很大，我真的很自责……", "private_matter", key="c4"),
      M("13:40", "p6_an_mom", "夏天妈妈抱抱，我家安静之前也这样，后来找了心理咨询师慢慢就好了，孩子最需要的是陪伴", "private_matter", re="c4"),
      M("13:45", "p6_xia_ba", "你有完没完，家里的事拿到群里说，嫌不够丢人吗", "abuse dispute private_matter", re="c4"),
      M("13:50", "t6_song", "夏天爸爸妈妈，这事我们私下电话沟通，我现在打给你们。", hn=True),
      M("15:00", "t6_xu", "今天语文课学了《桂花雨》，请孩子回家读一读课后的范文，体会作者的写法，周五交一篇小练笔。", hn=True),
      M("15:05", "p6_fan_ba", "许老师，范文这周在家读书挺积极的，小练笔字数有要求吗？", hn=True, key="c5"),
      M("15:08", "t6_xu", "300字左右就行。", re="c5", key="c6"),
      M("15:09", "p6_fan_ba", "好的，谢谢许老师", re="c6", hn=True),
      M("17:00", "p6_ding_mom", "有没有人捡到一个粉色水杯？可欣的", key="c7"),
      M("17:00", "p6_ding_mom", "有没有人捡到一个粉色水杯？可欣的", hn=True),
      M("17:01", "p6_ding_mom", "有没有人捡到一个粉色水杯？？可欣的！！", "flood"),
      M("17:01", "p6_ding_mom", "有没有人捡到一个粉色水杯 可欣的", "flood"),
      M("17:05", "p6_liang_mom", "好像在操场看台那边看到过一个，明天让孩子去找找", re="c7"),
      M("18:30", "p6_su_mom", "山姆这周车厘子降价了，J级的才89一盒，有囤的吗", "chat", key="c8"),
      M("18:32", "p6_shen_mom", "昨天刚买，确实甜！", "chat", re="c8"),
      M("18:33", "p6_su_mom", "", kind="sticker"),
      M("22:30", "t6_song", "【紧急】刚接学校通知，明天运动会因暴雨预警取消，改为正常上课，孩子请带齐周四的课本，不用带运动装备。请各位家长看到后回复1。", urgent=True, hn=True, key="c9"),
      M("22:31", "p6_fang_ba", "1", re="c9", urgent=True, hn=True),
      M("22:32", "p6_lu_ba", "1", urgent=True, hn=True),
      M("22:33", "p6_fu_mom", "1", urgent=True, hn=True),
      M("22:35", "p6_jiang_ba", "那运动会还补办吗？孩子练了一个月", re="c9"),
      M("23:50", "p6_hu_ba", "又取消，折腾孩子有意思吗，干脆什么活动都别搞了，气死人", "dispute"),
      ),
    D("2026-03-19",
      M("07:05", "t6_song", "运动会改期到下周二，具体时间另行通知。今天下午开放日照常，欢迎家长来校。", key="d1"),
      M("07:06", "p6_qian_ba", "收到", "ack_reply", re="d1"),
      M("08:00", "p6_hu_ba", "开放日停车攻略，学校周边哪里能停都在这 t.cn/A6xYz9Kp", "link"),
      M("12:00", "t6_amy", "今天听写Unit 3，全班全对的有12个同学，大家进步很大👏", rename="英语林艾米", hn=True),
      M("12:02", "p6_yi_ba", "林老师，易凡今天听写错了几个？我回去帮他复习", hn=True, key="d2"),
      M("12:05", "t6_amy", "易凡爸爸，我私信您。", re="d2", hn=True),
      M("12:30", "t6_amy", "叶子今天英语课一直跟同桌讲话，被我请到教室后面站了十分钟，家长回家说说。", "student_privacy", key="d3"),
      M("12:35", "p6_ye_mom", "林老师，我回去说她，下次有这种情况您私信我就行", re="d3", hn=True),
      M("13:00", "p6_liang_mom", "国家中小学智慧教育平台：五年级下册数学同步课 https://basic.smartedu.cn/syncClassroom", "link", kind="link_card"),
      M("13:05", "t6_song", "这个平台是教育部的，内容可以放心看，不过本群外链统一由老师转发，请家长下次先私发我。学校官网 mingyuanlu.edu.cn 上也有资源入口。", hn=True),
      M("15:40", "p6_dai_ba", "【同城交友】寂寞了吗？美女在线一对一视频，点击即看 http://vv88-live.top/m", "illegal link"),
      M("15:45", "p6_dai_ba", "不好意思各位，我QQ被盗了，刚才那条不是我发的，千万别点！", hn=True),
      M("16:30", "p6_xiong_ba", "给大家推荐个好东西，足球竞猜平台，充100送50，我上周赢了两千多，稳赚不赔，要带的私我", "illegal ad", key="d4"),
      M("16:35", "t6_song", "熊一帆爸爸，赌球是违法的，请马上撤回。各位家长不要参与。", re="d4", hn=True),
      M("16:36", "p6_xiong_ba", "开个玩笑，已撤"),
      M("16:40", "t6_song", "", kind="image"),
      M("16:40", "t6_song", "", kind="image"),
      M("16:41", "t6_song", "感谢今天来参加开放日的家长们！照片给大家看看。", key="d9"),
      M("16:45", "p6_lu_ba", "今天听了数学课，孩子们讨论得特别热烈，收获很大，谢谢宋老师", re="d9", hn=True),
      M("17:00", "t6_song", "本周道法课学了《拒绝赌博，防范电信诈骗》，请家长和孩子一起看看课本第42页的案例，提高防范意识。", hn=True),
      M("17:30", "t6_song", "今天数学订正本请家长检查并签字，签好后在群里回复“已签字”，谢谢！", key="d5"),
      M("17:40", "p6_an_mom", "已签字", re="d5", hn=True),
      M("17:45", "p6_fang_ba", "已签字", hn=True),
      M("17:50", "p6_su_mom", "已签字✅", hn=True),
      M("18:00", "p6_hu_ba", "运动会一改再改，开放日又放在工作日，我建议大家联名写信给区教育局，让学校给个说法，同意的接龙👇\n1. 胡一鸣爸爸", "incitement dispute"),
      M("18:02", "p6_xiong_ba", "1. 胡一鸣爸爸\n2. 熊一帆爸爸", "incitement"),
      M("18:03", "p6_yuan_mom", "+1 我也签", "incitement"),
      M("18:10", "p6_qian_ba", "各位，运动会改期是因为天气，不是学校故意的。有意见可以先跟家委会说，我们整理好统一反馈给学校，没必要闹到教育局。", hn=True),
      M("18:20", "p6_bai_mom", "宋老师，白雪的订正本忘带回家了，明早补签可以吗？", key="d6"),
      M("18:25", "t6_song", "可以。", re="d6"),
      M("19:30", "p6_yao_ba", "明天周五是穿校服还是便装？", key="d7"),
      M("19:35", "t6_song", "周五穿便装。", re="d7", key="d8"),
      M("19:36", "p6_yao_ba", "好的谢谢宋老师", re="d8", hn=True),
      ),
    D("2026-03-20",
      M("07:40", "t6_song", "请还没交运动会安全承诺书的家长今天务必让孩子带来"),
      M("07:40", "t6_song", "请还没交运动会安全承诺书的家长今天务必让孩子带来"),
      M("07:41", "t6_song", "请还没交运动会安全承诺书的家长，今天务必让孩子带来！", "flood"),
      M("07:45", "p6_cheng_mom", "宋老师，程诺的承诺书昨天交了吗？我记得签了", key="e1"),
      M("07:50", "t6_song", "交了的，不用再交。", re="e1", key="e2"),
      M("07:51", "p6_cheng_mom", "好的，谢谢宋老师", re="e2", hn=True),
      M("08:30", "p6_yi_ba", "宋老师，易凡的眼镜今天忘带了，我十点送到门卫，麻烦提醒他去拿一下", key="e3"),
      M("08:35", "t6_song", "好的，课间我提醒他。", re="e3"),
      M("12:00", "p6_yuan_mom", "听说这次英语前五是钱思远、白雪、方圆、叶子、姚远，我家袁梦差一点", "ranking"),
      M("12:05", "p6_qian_ba", "我家思远考多少我都还不知道呢，大家别传了哈", hn=True),
      M("16:30", "p6_lzm_mom", "周末愉快呀各位～ 🌸🌸 祝大家周末吃好玩好", "chat"),
      ),
]
# ---------------------------------------------------------------- h7: 九年制 school
# 松川九年制学校 六年级(2)班, matrix, quiet 21:00-06:00.
EPISODES["h7"] = [
    D("2026-04-13",
      M("05:50", "p7_chang_ye", "老师早上好我是常青的爷爷我在城里陪读以后我接送孩子"),
      M("06:00", "p7_kong_wp", "方老师好 孔令仪今天肚子不舒服 请假一天", hn=True),
      M("07:10", "t7_fang", "收到，孔令仪外婆，让孩子好好休息。常青爷爷您好，欢迎！"),
      M("07:30", "t7_fang", "【本周安排】周二语文期中测试；周四下午家长会（六年级毕业升学说明）；周五春游报名截止（纸质回执请签字后让孩子带回）。无需在群里回复。", key="a1"),
      M("07:31", "p7_ke_mom", "收到", "ack_reply", re="a1"),
      M("07:32", "p7_wan_ba", "收到方老师", "ack_reply"),
      M("07:32", "p7_tang_mom", "[抱拳]", "ack_reply"),
      M("07:35", "p7_mao_mom", "方老师，家长会是两位家长都可以来吗？", key="a2"),
      M("07:40", "t7_fang", "可以的，欢迎都来。", re="a2", key="a3"),
      M("07:41", "p7_mao_mom", "谢谢方老师", re="a3", hn=True),
      M("09:00", "x7_master", "小升初在即，孩子文昌位摆对了，考试运势大不同！本居士可按生辰八字为孩子测算升学运程，指点书桌朝向，有缘者私聊", "illegal ad"),
      M("09:05", "t7_fang", "这位不是本班家长，已移除。各位家长请相信科学，升学靠的是平时努力。", hn=True),
      M("10:00", "p7_lin_ba", "方老师，林立的数学练习册找不到了，能不能在学校帮忙买一本？", key="a4"),
      M("10:10", "t7_qiu", "林立爸爸，我这有备用的，明天给他。", re="a4", key="a5"),
      M("10:11", "p7_lin_ba", "太好了，谢谢邱老师", re="a5", hn=True),
      M("12:00", "t7_qiu", "", kind="image"),
      M("12:00", "t7_qiu", "", kind="image"),
      M("12:01", "t7_qiu", "", kind="image", hn=True),
      M("12:01", "t7_qiu", "今天数学作业见图，明天课上讲评。", key="a6"),
      M("12:05", "p7_wen_mom", "👍", "ack_reply", re="a6"),
      M("12:06", "p7_yu_mom", "邱老师，第二张图最后一题是选做吗？", hn=True, key="a7"),
      M("12:10", "t7_qiu", "是选做，学有余力的同学做。", re="a7", key="a8"),
      M("12:11", "p7_yu_mom", "收到，谢谢邱老师", re="a8", hn=True),
      M("14:00", "t7_fang", "下午的班会课，同学们讨论了“温暖”这个主题，于是大家决定给敬老院的爷爷奶奶写信，孩子们都很投入👏", hn=True),
      M("14:05", "p7_jiang_mom", "孩子们真棒！江河回家一直在说这个活动", hn=True),
      M("15:00", "t7_shi", "本周科学作业：观察月相，连续记录5天，画在记录单上。"),
      M("15:10", "p7_du_mom", "施老师，阴天看不到月亮怎么记？", key="a13"),
      M("15:15", "t7_shi", "阴天就写“阴天未观察”，不影响。", re="a13", key="a14"),
      M("15:16", "p7_du_mom", "明白了，谢谢施老师", re="a14", hn=True),
      M("16:00", "p7_duan_mom", "方老师，我想问问段可馨在学校和同学相处怎么样。她最近回家一句话不说，手机一拿就是三四个小时，跟一个网上认识的人聊天，我一问她就哭，说班里女生都孤立她，不跟她玩，晚上还偷偷哭，我看她手腕上还有划痕，我和她爸爸都快急疯了，不知道该怎么办", "private_matter", key="a9"),
      M("16:05", "p7_ke_mom", "可馨妈妈，这种情况得赶紧重视，网上认识的人一定要查清楚，最好带孩子去看看心理门诊", "private_matter", re="a9"),
      M("16:10", "t7_fang", "可馨妈妈，我这周注意到她课间总是一个人，已经和心理老师约了明天跟她聊一聊。班里的情况我也会去了解，手机和网友的事非常重要，我现在给您打电话详细说。", "private_matter", re="a9"),
      M("17:00", "x7_sibling", "方老师好，我是万里的哥哥，在咱们学校读初三，我爸让我进群帮万里看作业", key="a10"),
      M("17:05", "t7_fang", "万里哥哥你好，班级群只限家长，老师先把你移出，作业的事让爸爸直接问我就好，加油备考！", re="a10", hn=True),
      M("18:00", "p7_cai_ba", "周末有去松川湿地公园露营的吗？我有两顶大帐篷，可以拼", "chat", key="a11"),
      M("18:05", "p7_qin_ba", "算我家一个，要带什么吃的", "chat", re="a11"),
      M("18:06", "p7_shao_ba", "我家也去！我带烤炉", "chat", re="a11"),
      M("18:10", "p7_ke_mom", "露营的家长们拉个小群吧，班群不聊哈😄", hn=True),
      M("20:59", "p7_gs_ba", "方老师，明天语文考试需要带字典吗？", hn=True, key="a12"),
      M("21:05", "t7_fang", "不需要带。", re="a12"),
      M("21:30", "p7_lei_ba", "高山爸爸，考试就带笔和橡皮就行，我家雷鸣问过了", re="a12"),
      ),
    D("2026-04-14",
      M("07:20", "p7_dong_mom", "听我在医院上班的闺蜜说，咱们松川这边诺如病毒暴发了，好几个学校都停课了，明天咱们学校也要停，大家提前准备", "rumor", key="b1"),
      M("07:22", "p7_xiao_mom", "啊？那今天还考试吗", re="b1", hn=True),
      M("07:25", "p7_tang_mom", "我们小区群里也在传，说初中部已经有人住院了", "rumor", re="b1"),
      M("07:30", "t7_fang", "各位家长，学校没有停课安排，今天期中考试正常进行。传染病防控信息请以区疾控和学校正式通知为准，请勿转发未证实的消息。", hn=True, key="b2"),
      M("07:31", "p7_du_mom", "谢谢方老师及时说明，放心了", "ack_reply", re="b2"),
      M("07:40", "p7_dong_mom", "不好意思，我也是听说的，已删除。", rename="董一诺妈妈", hn=True),
      M("15:30", "p7_he_ba", "刚听孩子说数学小测成绩出来了，前三名是柯文静、温暖、秦浩，我家子轩才第八😂", "ranking", key="b3"),
      M("15:35", "p7_qin_ba", "我家秦浩第三？回去得奖励一下", re="b3", hn=True),
      M("15:40", "t7_qiu", "各位家长，成绩和排名我们不在群里公布，也请家长们不要转述。个别情况可以私信我。", hn=True),
      M("16:30", "p7_liao_mom", "请问雷鸣的家长在吗？你家孩子这周连着三天在放学路上抢我家佳琪的零食，还把她推倒在水沟边，孩子回来哭了好几次", "student_privacy dispute", key="b4"),
      M("16:35", "p7_lei_ba", "你有证据吗？别张口就来，我家雷鸣从来不欺负人", "dispute", re="b4", key="b5"),
      M("16:37", "p7_liao_mom", "监控都拍到了，自己孩子不管还有脸说", "abuse dispute", re="b5", key="b6"),
      M("16:40", "p7_lei_ba", "你家才缺家教，懒得理你这种泼妇", "abuse dispute", re="b6"),
      M("16:45", "t7_fang", "雷鸣爸爸、廖佳琪妈妈，这件事我来处理，明天我把两个孩子叫来了解清楚，请两位先停一下，我分别给你们打电话。", hn=True),
      M("17:30", "t7_fang", "语文期中考试已经结束，试卷明天讲评。请家长不要只盯着分数，多和孩子聊聊这次考试的收获。"),
      M("21:20", "p7_wan_ba", "方老师 万里说今天作文没写完 明天能补交吗"),
      M("22:45", "p7_cai_ba", "看看我新买的帐篷，周末就用它了⛺", "chat", kind="image"),
      ),
    D("2026-04-15",
      M("06:10", "t7_fang", "万里爸爸，可以，今天补交就行。另外提醒大家，晚上九点后尽量不要在群里发消息。", hn=True),
      M("08:00", "t7_fang", "昨天作文没交的有：秦浩、邵俊、景天，今天放学前必须补上。", "student_privacy", key="c0"),
      M("08:05", "p7_qin_ba", "方老师，秦浩说他交了，放在课代表那里了，麻烦您再看看", re="c0", hn=True),
      M("10:00", "p7_shao_ba", "朋友开的少儿编程课，试听免费，六年级学了对升学有帮助（有意可加ＶＸ：ｓｈａｏ６６８８）", "ad", key="c1"),
      M("10:05", "p7_ke_mom", "邵俊爸爸，这个咱们私下发吧，群里不发广告哈", re="c1", hn=True),
      M("11:30", "p7_jing_ba", "邱老师周末在外面开补习班，一节课两百，不去上的孩子上课就不点名回答问题，大家心里都有数", "slander", key="c2"),
      M("11:35", "p7_gu_mom", "我家谷雨也没去补，邱老师对她挺好的，别乱说", "dispute", re="c2", key="c3"),
      M("11:37", "p7_jing_ba", "你家孩子成绩好当然没感觉", "dispute", re="c3"),
      M("11:40", "t7_fang", "景天爸爸，学校严禁在职教师有偿补课，如果您掌握具体情况，请直接向学校纪检反映，电话在学校官网 songchuan9.edu.cn 上。群里请不要这样说。", hn=True),
      M("11:45", "p7_jing_ba", "行，我找校长说去"),
      M("12:30", "p7_xiao_mom", "方老师，萧然下午要去医院复查，请假两节课，三点我来接", key="c10"),
      M("12:35", "t7_fang", "好的，到了给我打电话。", re="c10"),
      M("13:00", "x7_other", "各位好，我是六五班的，听说你们班家长会要讲小升初政策，我也进来听听", key="c4"),
      M("13:05", "t7_fang", "刘泽妈妈您好，每个班的家长会内容一样，您在本班群里关注就好，这边先移出哈。", re="c4"),
      M("15:00", "p7_zhu_nai", "孩子们要信主才有平安 主会保守考试顺利 礼拜天大家一起到聚会点做礼拜 带上孩子受洗", "illegal", key="c5"),
      M("15:10", "t7_fang", "朱红奶奶，班级群不宣传宗教活动哦，请撤回，谢谢您。", re="c5", hn=True),
      M("16:00", "t7_yan", "明天英语课做口语展示，每位同学准备一分钟自我介绍。", key="c6"),
      M("16:02", "p7_chang_mom", "好的严老师，常青有点紧张，他可以拿稿子看吗？", re="c6", hn=True, key="c7"),
      M("16:05", "t7_yan", "可以看稿子，鼓励尽量脱稿。", re="c7", key="c8"),
      M("16:06", "p7_chang_mom", "收到收到，谢谢严老师", re="c8", hn=True),
      M("16:07", "p7_yu2_mom", "收到", "ack_reply", re="c6"),
      M("18:00", "p7_liao_mom", "有些家长你给我听着，你儿子再敢碰我女儿一根指头，我让他吃不了兜着走，咱们走着瞧", "illegal dispute"),
      M("18:05", "t7_fang", "廖佳琪妈妈，请您冷静，明天上午我和德育主任一起处理，群里请不要说过激的话。", hn=True),
      M("19:30", "p7_kong_wp", "晚上好 祝大家身体健康 万事如意", "chat", kind="image", key="c9"),
      M("19:35", "p7_dong_mom", "[玫瑰][玫瑰]孔外婆晚上好", "chat", re="c9"),
      ),
    D("2026-04-16",
      M("07:30", "t7_fang", "今天下午2:30家长会，地点在初中部一楼报告厅，来参加的家长请接龙。\n1. 柯文静妈妈"),
      M("07:32", "p7_wan_ba", "1. 柯文静妈妈\n2. 万里爸爸", hn=True),
      M("07:33", "p7_gu_mom", "1. 柯文静妈妈\n2. 万里爸爸\n3. 谷雨妈妈", hn=True),
      M("07:35", "p7_lin_ba", "4. 林立爸爸", hn=True),
      M("07:40", "p7_xy_ba", "方老师，我在外地出差来不了，家长会的内容能发个材料吗？", key="d1"),
      M("07:45", "t7_fang", "会后我把PPT放群文件。", re="d1", hn=True),
      M("12:00", "p7_mao_mom", "邱老师，毛思彤这次数学考了多少？", hn=True, key="d2"),
      M("12:10", "t7_qiu", "94分，班里第6名，比上次进步了。", "ranking", re="d2"),
      M("17:00", "t7_fang", "今天家长会的PPT和升学政策解读 https://docs.qq.com/slide/DTmF2YnFaaxk", "link", kind="link_card"),
      M("17:05", "t7_fang", "松川九年制学校官网：2026年小升初工作方案 https://www.songchuan9.edu.cn/notice/2026/0416", kind="link_card", hn=True, key="d3"),
      M("17:06", "t7_qiu", "国家智慧教育平台 六年级数学总复习专题 https://basic.smartedu.cn/syncClassroom/classActivity?id=6f2", kind="link_card", hn=True),
      M("17:08", "t7_fang", "六年级毕业升学家长会.pptx", kind="file"),
      M("17:10", "p7_wen_mom", "辛苦方老师", "ack_reply", re="d3"),
      M("17:12", "p7_jing_ba", "PPT第8页说的“双向选择”是什么意思？跟我们家对口的初中还一样吗？", rename="景天爸爸", key="d4"),
      M("17:20", "t7_fang", "对口关系不变，双向选择是指特长生可以额外报名，具体我私信您。", re="d4"),
      M("18:30", "p7_tang_mom", "今天家长会说得好听，我打听了，学校早就把好初中的名额留给关系户了，普通家庭的孩子根本没戏", "slander", key="d5"),
      M("18:32", "p7_shao_ba", "那我们这些普通家长一起去学校门口拉横幅，拍个抖音让大家评评理", "incitement", re="d5", key="d6"),
      M("18:33", "p7_qin_ba", "我也去，带上我", "incitement", re="d6"),
      M("18:40", "t7_fang", "各位家长，升学名额严格按区里政策分配，全程公开，今天PPT第5页有说明。有任何疑问可以打学校家校办电话，我们一一解答，请不要发这种过激的话。", hn=True),
      M("19:00", "p7_zhu_nai", "朱红的红领巾找不到了谁家孩子拿错了"),
      M("19:00", "p7_zhu_nai", "朱红的红领巾找不到了谁家孩子拿错了", hn=True),
      M("19:01", "p7_zhu_nai", "朱红的红领巾找不到了 谁家孩子拿错了", "flood"),
      M("19:01", "p7_zhu_nai", "朱红的红领巾找不到了谁家孩子拿错了。", "flood"),
      M("19:10", "p7_du_mom", "朱红奶奶别急，明天让孩子问问老师，学校有失物招领箱", hn=True),
      M("20:30", "t7_fang", "家长会PPT已上传群文件，没来的家长可以下载看看。", hn=True),
      M("20:35", "p7_xy_ba", "谢谢方老师，已经下载了", hn=True),
      ),
    D("2026-04-17",
      M("06:30", "t7_yan", "今天英语课口语展示继续，还没轮到的同学准备一下。"),
      M("12:00", "p7_gs_ba", "昨天那几个说要拉横幅的，孩子还要不要在这上学了？真想闹出去丢人现眼吗", "abuse dispute", key="e1"),
      M("12:03", "p7_shao_ba", "关你pi事，sb", "abuse dispute", re="e1"),
      M("12:05", "t7_fang", "邵俊爸爸、高山爸爸，请注意言辞，这件事到此为止，有意见私聊我。", hn=True),
      M("17:00", "t7_yan", "本周口语展示全班都完成了，孩子们都很自信，给大家点赞！", key="e3"),
      M("17:05", "p7_chang_mom", "常青回家说他这次脱稿了，特别开心，谢谢严老师的鼓励", re="e3", hn=True),
      M("21:30", "t7_fang", "【安全提醒】接区教育局紧急通知，明天（周六）松川湿地公园因汛期封闭，请家长不要带孩子去水边露营，注意安全。", urgent=True, hn=True, key="e2"),
      M("21:35", "p7_cai_ba", "啊 帐篷都装车了 那改去哪啊", "chat", re="e2"),
      M("21:40", "p7_ke_mom", "收到", "ack_reply", re="e2"),
      ),
    D("2026-04-18",
      M("09:00", "p7_xiao_mom", "今天去不了湿地公园，有没有家长知道城里哪里有室内游乐场，带孩子去放放电", "chat", key="f1"),
      M("09:05", "p7_jiang_mom", "万达三楼那个蹦床馆不错，69一位", "chat", re="f1"),
      M("10:00", "p7_mao_mom", "方老师，毛思彤周末的作文题目是写“我的母校”还是“难忘的一件事”？她记不清了", key="f2"),
      M("10:30", "t7_fang", "二选一都行，600字以上。", re="f2", key="f3"),
      M("10:31", "p7_mao_mom", "好的，谢谢方老师周末还回复", re="f3", hn=True),
      M("14:00", "p7_kong_wp", "【转发】今天是千年一遇的吉祥日 把这张图转给八个人 孩子考试门门满分 转发的好运马上来 不转的孩子今年考不上好学校", "illegal", key="f4"),
      M("14:10", "p7_ke_mom", "孔外婆，这种都是骗人的，别转了哈😊", re="f4", hn=True),
      M("16:00", "p7_xy_ba", "【松川九年制学校】通知：六年级学生可申请升学补助2000元，家长请点击 songchuan9-edu.cn.vip/apply 填写银行卡信息领取", "illegal link"),
      M("16:05", "t7_fang", "紧急提醒：刚才那条是诈骗信息，学校从未发过任何补助通知，官网是 songchuan9.edu.cn，千万不要填银行卡信息！夏宇爸爸的账号可能被盗了。", hn=True),
      M("16:10", "p7_xy_ba", "是的 我账号被盗了 已经改密码 大家别点", hn=True),
      ),
]
# ---------------------------------------------------------------- h8: city, grade 1
# 云栖区第二实验小学 一年级(4)班, wechat, quiet 20:00-07:30, first week of school.
EPISODES["h8"] = [
    D("2026-09-07",
      M("07:10", "p8_zhou_mom", "岑老师早上好，周子琪第一天上学，早上有点哭闹，麻烦老师多关照🙏"),
      M("07:30", "t8_cen", "各位家长早上好！今天是一年级开学第一天，7:50前到校，家长送到校门口即可，不要进校园。收到的家长请回复“收到”。", hn=True, key="a1"),
      M("07:31", "p8_guan_mom", "收到", re="a1", hn=True),
      M("07:31", "p8_li_ba", "收到", hn=True),
      M("07:32", "p8_wang_mom", "收到，谢谢岑老师", hn=True),
      M("07:32", "p8_huang_mom", "收到", hn=True),
      M("07:33", "p8_gan_mom", "收到"),
      M("07:33", "p8_yang_ba", "收到收到"),
      M("07:35", "p8_sun_mom", "收到，孙悦已经出门啦", hn=True),
      M("07:40", "p8_cheng_nai", "收到老师 成功今天我送"),
      M("09:30", "t8_cen", "", kind="image"),
      M("09:30", "t8_cen", "", kind="image"),
      M("09:31", "t8_cen", "", kind="image", hn=True),
      M("09:31", "t8_cen", "孩子们第一节课都很棒，给大家看看照片😊", key="a2"),
      M("09:35", "p8_he_mom", "感谢岑老师分享照片", "ack_reply", re="a2"),
      M("09:35", "p8_xie_mom", "辛苦了岑老师❤️", "ack_reply"),
      M("09:36", "p8_zheng_mom", "看到郑好坐得端端正正的，太开心了，谢谢岑老师！", re="a2", hn=True),
      M("11:00", "t8_zhang", "各位家长好，我是音乐老师章小鹏。本学期音乐课要用竖笛，由学校统一采购，每支35元，通过学校统一缴费平台自愿购买。", key="a3"),
      M("11:05", "p8_cheng_ba", "章老师，竖笛必须买吗？家里有一支哥哥用过的", re="a3", key="a4"),
      M("11:10", "t8_zhang", "家里有的可以不买，带来检查一下型号就行。", re="a4", key="a5"),
      M("11:11", "p8_cheng_ba", "好的谢谢章老师", re="a5", hn=True),
      M("11:20", "t8_cen", "@章老师 章老师，麻烦把群昵称改成“音乐章小鹏”哈"),
      M("12:00", "p8_mk_mom", "岑老师，铅笔要用HB的还是2B的？需要带卷笔刀吗？", hn=True, key="a6"),
      M("12:10", "t8_cen", "HB的，准备3-5支削好的，不用带卷笔刀。", re="a6", key="a7"),
      M("12:11", "p8_mk_mom", "好的好的，谢谢岑老师～", re="a7", hn=True),
      M("14:00", "x8_estate", "恭喜各位宝贝入学！云栖二实小对口学区房，碧桂湾三期现房在售，首付30万起，长按识别二维码进业主福利群领看房补贴👇", "ad", kind="image"),
      M("14:05", "p8_song_mom", "岑老师，这位好像不是咱们班家长"),
      M("14:06", "t8_cen", "已移出。新生家长注意：进群需实名，请不要把群二维码转给无关人员。", hn=True),
      M("15:00", "t8_cen", "今天放学很顺利，孩子们都能排好队。明天开始我们练习“关心同学”，请家长在家也多鼓励孩子关心身边的人。", hn=True),
      M("15:10", "p8_guan_mom", "关心今天回家说特别喜欢岑老师😄", hn=True),
      M("16:00", "p8_wu_mom", "老师，今天吴桐说班里的黄豆豆一直哭，还把她的铅笔盒扔到地上了，吴桐吓得不敢说话", "student_privacy", key="a8"),
      M("16:05", "p8_huang_mom", "豆豆刚上学不适应，扔铅笔盒是不对，我回去跟她说，给吴桐妈妈道个歉", re="a8", hn=True),
      M("16:10", "t8_cen", "两位妈妈都很好，新生刚入学有情绪很正常，具体情况我私下跟家长沟通，群里就不说孩子的名字啦。", hn=True),
      M("16:30", "t8_mei", "明天数学课需要带一盒彩笔和一个文件袋。"),
      M("16:35", "p8_sun_mom", "梅老师，文件袋要A4大小的吗？", key="a12"),
      M("16:40", "t8_mei", "对，A4的。", re="a12", key="a13"),
      M("16:41", "p8_sun_mom", "好的谢谢梅老师", re="a13", hn=True),
      M("16:50", "t8_cen", "一年级新生入学须知（第二版）.pdf", kind="file"),
      M("19:59", "p8_xu_ba", "岑老师，明天需要带午睡的小被子吗？", hn=True, key="a9"),
      M("20:00", "t8_cen", "需要，学校有床，带薄被和小枕头。", re="a9", key="a10"),
      M("20:01", "p8_xu_ba", "谢谢岑老师", re="a10"),
      M("20:20", "p8_zhu_lao", "老师好我是朱一航的姥姥孩子晚上说不想上学了哭了一晚上怎么办呀", key="a11"),
      M("20:30", "p8_he_mom", "姥姥别担心，刚开始都这样，过一周就好了", re="a11"),
      ),
    D("2026-09-08",
      M("07:20", "t8_cen", "提醒：晚上8点后老师不在群里回复，急事请打电话。朱一航姥姥，今天我会多关注一航，您放心。"),
      M("07:45", "t8_cen", "今天起每天作业会在下午4点前发布。今天作业：跟家长说说学校里的一件事。", key="b1"),
      M("07:46", "p8_fu_ly", "好的老师", "ack_reply", re="b1"),
      M("07:46", "p8_luo_ba", "收到", "ack_reply"),
      M("07:47", "p8_chen_mom", "收到！可乐说她已经交到新朋友了😊", re="b1", hn=True),
      M("09:00", "x8_nanny", "老师好 我是成功家里的阿姨 平时我来接孩子 放学几点", key="b2"),
      M("09:05", "t8_cen", "您好，接送的事请成功爸爸跟我报备，班级群只限家长，我先把您移出，放学时间是3:40。", re="b2"),
      M("10:30", "p8_wei_ba", "家里亲戚做的手工月饼 中秋前预订 打八折 ⓥⓧ同号 🈶意者私", "ad", key="b3"),
      M("10:35", "p8_song_mom", "韦佳爸爸，群里不能卖东西哦～", re="b3", hn=True),
      M("10:40", "p8_wei_ba", "抱歉抱歉，已撤回，顺便把名字也改了", rename="韦佳爸爸", hn=True),
      M("11:30", "p8_fu_ly", "早上空腹喝这个，血管越来越通畅，医生都不说的秘密 https://mp.weixin.qq.com/s/Ab3kq", "chat link", kind="link_card"),
      M("11:32", "p8_zhou_mom", "傅爷爷，这种养生文章不太靠谱，班群里就不发了哈😊", hn=True),
      M("13:00", "p8_zhang_mom", "听幼儿园群里说的，一年级这学期要统一收800块的“课后服务费”，不交的孩子下午三点半就得接走，大家心里有个数", "rumor", key="b4"),
      M("13:05", "p8_guo_mom", "岑老师，请问课后服务要收费吗？收多少？", re="b4", hn=True, key="b5"),
      M("13:15", "t8_cen", "课后服务是自愿报名，收费标准按区里文件执行，学校会发正式通知，请以学校通知为准。", re="b5", hn=True, key="b6"),
      M("13:20", "p8_zhang_mom", "说是自愿，到时候不报的孩子岑老师肯定区别对待，这种课后服务学校都是要拿回扣的", "slander dispute", re="b6", key="b7"),
      M("13:25", "p8_song_mom", "张一诺妈妈，岑老师对每个孩子都一样，课后服务的收费明细学校会公示，有疑问可以直接问学校财务。", re="b7", hn=True),
      M("16:00", "t8_cen", "今天的作业：1. 读拼音卡a o e三遍；2. 家长签字。另外表扬今天拼音小测满分的同学：宋知夏、李沐阳、何苗，继续加油！", "ranking", key="b8"),
      M("16:02", "p8_li_ba", "谢谢岑老师表扬沐阳😄 回家给他加个鸡腿", re="b8", hn=True),
      M("17:00", "p8_xu_ba", "李沐阳今天在校车上咬了我家子墨一口，胳膊上还有牙印，这孩子家里管不管", "student_privacy dispute", key="b9"),
      M("17:05", "p8_li_ba", "子墨爸爸，真对不起，我回去好好教育他，明天带孩子去跟子墨道歉，我们私聊吧", re="b9", hn=True),
      M("17:30", "p8_zhou_mom", "岑老师，子琪说今天午睡后衣服弄湿了，是学校给换的吗？明天我给她书包里放一套备用的", key="b11"),
      M("17:40", "t8_cen", "是的，学校有备用衣服，明天把换下的带回去就行，书包里备一套很好。", re="b11"),
      M("21:00", "p8_yang_ba", "今晚双色球开奖，我买了十注，中了请大家吃饭🤑", "chat", key="b10"),
      M("21:02", "p8_luo_ba", "中了先给班费捐一万哈哈", "chat", re="b10"),
      M("21:03", "p8_luo_ba", "", kind="sticker"),
      M("21:30", "p8_yang_ba", "", kind="image"),
      ),
    D("2026-09-09",
      M("07:35", "t8_ou", "家长们好，我是英语欧阳婧。一年级英语以听说为主，不布置书面作业，每天听课本音频10分钟即可。本条无需回复。", key="c1"),
      M("07:36", "p8_he_mom", "收到欧阳老师", "ack_reply", re="c1"),
      M("07:37", "p8_guan_mom", "好的👌", "ack_reply"),
      M("07:40", "p8_wang_mom", "欧阳老师，音频在哪里下载？", key="c2"),
      M("07:45", "t8_ou", "国家中小学智慧教育平台就有：https://basic.smartedu.cn/tchMaterial 选人教版一年级上册。", re="c2", hn=True, key="c3"),
      M("07:46", "p8_wang_mom", "找到了，谢谢欧阳老师！", re="c3", hn=True),
      M("08:00", "p8_yang_ba", "有个更方便的，英语音频合集网盘 https://pan.quark.cn/s/8d2fa 自取", "link"),
      M("12:30", "p8_gan_mom", "我家孩子说今天午饭的肉是臭的，吃了肚子疼，食堂肯定用的过期肉", "slander dispute", key="c4"),
      M("12:32", "p8_zhang_mom", "我家一诺也说不好吃！明天大家都别让孩子在学校吃了，统一自己带饭，看学校怎么办", "incitement", re="c4", key="c5"),
      M("12:33", "p8_yang_ba", "同意，算上我们家", "incitement", re="c5"),
      M("12:35", "p8_huang_mom", "我也不让豆豆吃了", "incitement", re="c5"),
      M("12:40", "t8_cen", "各位家长，今天午餐是红烧肉和青菜，我和孩子们一起吃的，食材都有检验单，每天也有家长代表陪餐。如果孩子肚子不舒服请单独告诉我，我们会重视。请不要在群里号召不吃学校的饭。", hn=True),
      M("12:45", "p8_song_mom", "我今天就是陪餐家长，菜是新鲜的，大家放心。", hn=True, key="c6"),
      M("12:50", "p8_gan_mom", "你是家委会的当然这么说，谁知道你们是不是一伙的", "dispute", re="c6", key="c7"),
      M("12:52", "p8_song_mom", "甘甜妈妈，有意见欢迎明天一起来陪餐，我们私聊吧。", re="c7", hn=True),
      M("15:00", "p8_zheng_mom", "岑老师，想和您说下郑好的情况，她从小是奶奶带大的，我和她爸爸离婚了，她跟我，晚上一直要开灯睡，说梦话喊奶奶，这周每天早上起来都说肚子疼不想去学校，到了校门口就哭，我上班都迟到好几次了，真的不知道怎么办，是不是要带她去看心理医生？", "private_matter", key="c8"),
      M("15:10", "p8_chen_mom", "郑好妈妈别着急，我们可乐上幼儿园时也这样，可以试试每天早上给她一个小任务，比如帮老师发本子", "private_matter", re="c8"),
      M("15:15", "t8_cen", "郑好妈妈，孩子在学校其实慢慢好起来了，今天中午吃饭都很好。分离焦虑是新生常见情况，早上送到门口就把孩子交给我，不要在门口停留太久。晚上睡觉的问题我们电话里细说。", "private_matter", re="c8", key="c9"),
      M("15:20", "p8_zheng_mom", "好的岑老师，她昨晚又是两点才睡着，我在想是不是换个床头灯，或者让她奶奶过来住一段时间", "private_matter", re="c9"),
      M("15:25", "t8_cen", "郑好妈妈，我们私聊吧😊", hn=True),
      M("16:00", "t8_cen", "今天作业：1. 描红本第3页；2. 读儿歌《上学歌》给家长听。"),
      M("16:05", "p8_wu_mom", "岑老师，描红本是用铅笔写吗？", key="c11"),
      M("16:10", "t8_cen", "用铅笔。", re="c11", key="c12"),
      M("16:11", "p8_wu_mom", "好的谢谢岑老师", re="c12", hn=True),
      M("17:00", "p8_luo_ba", "谁家孩子拿错了一鸣的蓝色水壶，上面贴着奥特曼贴纸", key="c10"),
      M("17:00", "p8_luo_ba", "谁家孩子拿错了一鸣的蓝色水壶，上面贴着奥特曼贴纸🙏", hn=True),
      M("17:01", "p8_luo_ba", "谁家孩子拿错了一鸣的蓝色水壶 上面贴着奥特曼贴纸！！！", "flood"),
      M("17:02", "p8_luo_ba", "谁家孩子拿错了一鸣的蓝色水壶，，，上面贴着奥特曼贴纸", "flood"),
      M("17:03", "p8_chen_mom", "好像是我们可乐拿错了，明天带回去，不好意思！", re="c10"),
      ),
    D("2026-09-10",
      M("07:40", "p8_song_mom", "今天是教师节，祝岑老师、梅老师、欧阳老师、章老师、蓝老师节日快乐！老师们辛苦了💐", hn=True),
      M("07:41", "p8_guo_mom", "祝老师们节日快乐🌹", hn=True),
      M("07:42", "p8_mk_mom", "老师们节日快乐！", hn=True),
      M("07:50", "t8_cen", "谢谢各位家长的祝福！学校倡议不收礼物和红包，孩子的一句祝福就是最好的礼物❤️", hn=True),
      M("12:00", "t8_mei", "今天数学作业：数一数家里有几把椅子、几个碗，明天在课上说一说。", key="d1"),
      M("12:01", "p8_zhu_lao", "收到梅老师", "ack_reply", re="d1"),
      M("12:05", "t8_lan", "周五体育课练习跳绳，请家长准备一根适合孩子身高的跳绳。", key="d2"),
      M("12:06", "p8_cheng_nai", "蓝天老师 跳绳是要买那种计数的吗", re="d2", key="d3"),
      M("12:10", "t8_lan", "普通的就行。", re="d3", key="d4"),
      M("12:11", "p8_cheng_nai", "好 谢谢老师", re="d4", hn=True),
      M("14:00", "x8_aunt", "请问一年级4班今天几点放学呀？我今天去接苗苗", key="d5"),
      M("14:05", "t8_cen", "您好，今天3:40放学。接送请何苗妈妈提前跟我报备，班级群只限监护人，稍后移出哈，谢谢。", re="d5"),
      M("16:30", "p8_xie_mom", "澳门新葡京线上娱乐 首充即送88元 百家乐 真人荷官 网址 ➡️ vn88.cc", "illegal link"),
      M("16:35", "p8_xie_mom", "各位 我微信号被盗了 刚才那个不是我发的 千万不要点", hn=True),
      M("18:00", "p8_gan_mom", "岑老师，为什么我家甘甜被安排在最后一排？她个子又不高，是不是没送礼的就往后排？", "slander dispute", key="d6"),
      M("18:05", "t8_cen", "甘甜妈妈，座位是按身高和视力排的，每两周轮换一次，甘甜下周就会换到前面。有想法可以随时私聊我。", re="d6", hn=True),
      M("18:06", "p8_zhang_mom", "就是，我家也在后面，老师就是看人下菜碟", "slander dispute", re="d6", key="d7"),
      M("18:10", "p8_li_ba", "你们有完没完，老师解释得很清楚了，脑子转不过弯吗", "abuse dispute", re="d7", key="d8"),
      M("18:12", "p8_zhang_mom", "关你啥事，多管闲事", "abuse dispute", re="d8"),
      M("18:15", "t8_cen", "各位家长，座位问题我都会一一回复，请大家文明交流，需要的话我们私聊。", hn=True),
      M("18:30", "t8_cen", "明天是本学期第一次升旗仪式，请孩子们穿白衬衫、戴小黄帽。"),
      M("18:35", "p8_guo_mom", "岑老师，白衬衫长袖短袖都可以吗？", key="d9"),
      M("18:40", "t8_cen", "都可以。", re="d9", key="d10"),
      M("18:41", "p8_guo_mom", "好嘞谢谢岑老师", re="d10", hn=True),
      M("22:00", "p8_gan_mom", "反正我明天就去找校长，这口气咽不下", "dispute"),
      M("23:10", "p8_yang_ba", "有没有人知道明天下雨不 要不要带伞"),
      ),
    D("2026-09-11",
      M("06:50", "t8_cen", "【停课通知】台风“海葵”来袭，区教育局通知今天（周五）全区中小学停课一天，请家长在家看护好孩子，注意安全。收到请回复“收到”。", urgent=True, hn=True, key="e1"),
      M("06:51", "p8_sun_mom", "收到", re="e1", urgent=True, hn=True),
      M("06:52", "p8_wang_mom", "收到", urgent=True, hn=True),
      M("06:52", "p8_fu_ly", "收到收到", urgent=True, hn=True),
      M("06:55", "p8_guo_mom", "那周六要补课吗？", re="e1"),
      M("06:58", "p8_cheng_nai", "收到 老师 孩子他爸已经出门上班了 我在家带", re="e1"),
      M("09:00", "t8_cen", "补充：停课期间不布置书面作业，周六不补课。"),
      M("10:00", "p8_wu_mom", "我老公单位群里说台风下周一还要来一次，下周一二都停课，通知明天就发", "rumor", key="e2"),
      M("10:05", "p8_song_mom", "吴桐妈妈，停不停课以学校通知为准哈，岑老师会第一时间发的", re="e2", hn=True),
      M("11:00", "p8_fu_ly", "台风天 注意安全 好人一生平安 早安", "chat", kind="image"),
      M("15:00", "p8_wang_mom", "开学摸底口算测试成绩单，老师发在家长小群里的，我转过来大家看看", "ranking", kind="image", key="e3"),
      M("15:05", "p8_song_mom", "王梓睿妈妈，成绩单上有孩子们的名字，麻烦撤回哈", re="e3", hn=True),
      ),
    D("2026-09-12",
      M("10:00", "p8_yang_ba", "岑老师周末好，杨小米这周第一次自己整理书包，想跟老师分享一下😄", rename="杨小米爸爸", hn=True, key="f1"),
      M("10:30", "t8_cen", "太棒了！小米爸爸多鼓励她～", re="f1"),
      M("15:00", "p8_hua_wp", "岑老师花朵外婆问下周一几点到校", key="f2"),
      M("15:10", "t8_cen", "周一正常7:50到校。", re="f2", key="f3"),
      M("15:11", "p8_hua_wp", "好的谢谢老师", re="f3", hn=True),
      M("16:00", "p8_gan_mom", "岑老师，前天的事是我太冲动了，不好意思。甘甜听说下周能换到前面，可开心了，谢谢您", hn=True),
      ),
]


# =========================================================================== BUILD
def roster_yaml(gid):
    g, r = GROUPS[gid], ROSTERS[gid]
    teachers = [{"id": i, "name": n, "subject": s, "role": role}
                for i, n, s, role, _ in r["teachers"]]
    students = [{"name": n, "guardians": [{"id": i, "relation": rel} for i, rel in gs]}
                for n, gs in r["students"]]
    members = []
    for i, n, s, role, disp in r["teachers"]:
        members.append({"id": i, "display_name": disp})
    for n, gs in r["students"]:
        for i, rel in gs:
            members.append({"id": i, "display_name": r["display"].get(i, n + rel)})
    for i, disp in r["outsiders"]:
        members.append({"id": i, "display_name": disp})
    for mem in members:
        if mem["id"] in r["joined"]:
            mem["joined"] = dict(r["joined"][mem["id"]])
    return {"group": gid, "school": g["school"], "class": g["class"],
            "roster": {"teachers": teachers, "supervisor": r["supervisor"],
                       "students": students},
            "members": members}


def name_ok(ry, mid, name):
    """Display-name format of LABELS.md 'nickname' (rostered members only)."""
    for t in ry["roster"]["teachers"]:
        if t["id"] == mid:
            return t["subject"] in name
    kids = [s["name"] for s in ry["roster"]["students"]
            if any(gd["id"] == mid for gd in s["guardians"])]
    return any(k in name for k in kids) and any(rel in name for rel in RELATIONS)


def in_quiet(hhmm, window):
    s, e = window["start"], window["end"]
    return (hhmm >= s or hhmm < e) if s > e else (s <= hhmm < e)


def build_group(gid, ry):
    g = GROUPS[gid]
    teacher_ids = {t["id"] for t in ry["roster"]["teachers"]}
    head = {t["id"] for t in ry["roster"]["teachers"] if t["role"] == "head_teacher"}
    guardian_ids = {gd["id"] for s in ry["roster"]["students"] for gd in s["guardians"]}
    members = {m["id"]: m for m in ry["members"]}
    cur_name = {m["id"]: m["display_name"] for m in ry["members"]}
    seen = set()
    keys = {}
    out = []
    last_ts = ""
    minute_count = Counter()
    for date, msgs in EPISODES[gid]:
        for m in msgs:
            if m.sender not in members:
                raise SystemExit(f"{gid}: unknown sender {m.sender}")
            bad = AUTO.intersection(m.exp)
            if bad:
                raise SystemExit(f"{gid}: hand label {bad} is derived: {m.text[:30]}")
            for c in m.exp:
                if c not in CATEGORIES:
                    raise SystemExit(f"{gid}: bad category {c}")
            if m.rename:
                cur_name[m.sender] = m.rename
            t = m.t
            if len(t) == 5:
                k = minute_count[(date, t)]
                minute_count[(date, t)] += 1
                t = f"{t}:{min(59, 5 + 11 * k):02d}"
            ts = f"{date}T{t}+08:00"
            if ts < last_ts:
                raise SystemExit(f"{gid}: time goes back at {ts} ({m.text[:20]})")
            last_ts = ts
            mid = f"{gid}-{len(out) + 1:04d}"
            exp = list(m.exp)
            # ---- derived: first message of a member
            if m.sender not in seen:
                seen.add(m.sender)
                rostered = m.sender in teacher_ids or m.sender in guardian_ids
                if not rostered:
                    exp.append("membership")
                elif not name_ok(ry, m.sender, cur_name[m.sender]):
                    exp.append("nickname")
                j = members[m.sender].get("joined") or {}
                if (j.get("via") == "invite" and j.get("approved") is False
                        and j.get("by") not in head):
                    exp.append("invite")
            # ---- derived: quiet hours
            if in_quiet(t[:5], g["quiet_hours"]) and not m.urgent:
                exp.append("quiet_hours")
            exp = [c for c in CATEGORIES if c in exp]
            if m.hn and exp:
                raise SystemExit(f"{gid}: hard negative with labels {exp}: {m.text[:30]}")
            rec = {"id": mid, "ts": ts, "group": gid, "sender": m.sender,
                   "name": cur_name[m.sender], "text": m.text, "kind": m.kind,
                   "reply_to": None, "expect": exp}
            if m.re is not None:
                if m.re not in keys:
                    raise SystemExit(f"{gid}: unknown reply key {m.re}")
                rec["reply_to"] = keys[m.re]
            if m.hn:
                rec["hard_negative"] = True
            if m.key:
                if m.key in keys:
                    raise SystemExit(f"{gid}: duplicate key {m.key}")
                keys[m.key] = mid
            out.append(rec)
    return out


def main():
    lines = ["# held-out corpus, second half (groups h5-h8); built by build/build_b.py",
             "groups:"]
    for gid, g in GROUPS.items():
        q = g["quiet_hours"]
        lines += [f"  {gid}:",
                  f"    school: {g['school']}",
                  f"    class: {g['class']}",
                  f"    grade: {g['grade']}",
                  f"    platform: {g['platform']}",
                  f"    timezone: {g['timezone']}",
                  f'    quiet_hours: {{start: "{q["start"]}", end: "{q["end"]}"}}',
                  f"    allowed_link_domains: [{', '.join(g['allowed_link_domains'])}]",
                  f"    transcript: {g['transcript']}",
                  f"    roster: {g['roster']}"]
    with open(os.path.join(OUT, "groups_b.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT, "groups_b.yaml"), encoding="utf-8") as f:
        assert yaml.safe_load(f)["groups"] == GROUPS
    all_msgs = {}
    for gid in GROUPS:
        ry = roster_yaml(gid)
        with open(os.path.join(OUT, GROUPS[gid]["roster"]), "w", encoding="utf-8") as f:
            yaml.safe_dump(ry, f, allow_unicode=True, sort_keys=False,
                           default_flow_style=None, width=200)
        msgs = build_group(gid, ry)
        all_msgs[gid] = msgs
        with open(os.path.join(OUT, GROUPS[gid]["transcript"]), "w", encoding="utf-8") as f:
            for rec in msgs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    validate()


# =========================================================================== VALIDATE
def norm(text):
    s = unicodedata.normalize("NFKC", text).lower()
    import re
    s = re.sub(r"\[[^\]]{1,6}\]", "", s)
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


def validate():
    with open(os.path.join(OUT, "groups_b.yaml"), encoding="utf-8") as f:
        groups = yaml.safe_load(f)["groups"]
    total = Counter()
    n = clean = hn = 0
    per_group = {}
    problems = []
    for gid, g in groups.items():
        with open(os.path.join(OUT, g["roster"]), encoding="utf-8") as f:
            ry = yaml.safe_load(f)
        member_ids = {m["id"] for m in ry["members"]}
        assert ry["roster"]["supervisor"] in member_ids
        assert sum(t["role"] == "head_teacher" for t in ry["roster"]["teachers"]) == 1
        assert 3 <= len(ry["roster"]["teachers"]) <= 5
        assert 20 <= len(ry["roster"]["students"]) <= 32
        ids, last = set(), ""
        rows = []
        with open(os.path.join(OUT, g["transcript"]), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                rec = json.loads(line)
                keys = set(rec) - {"hard_negative"}
                want = {"id", "ts", "group", "sender", "name", "text", "kind",
                        "reply_to", "expect"}
                if keys != want:
                    problems.append(f"{gid}:{ln} keys {keys ^ want}")
                if rec["id"] in ids:
                    problems.append(f"{gid}:{ln} dup id")
                if rec["reply_to"] is not None and rec["reply_to"] not in ids:
                    problems.append(f"{gid}:{ln} bad reply_to")
                ids.add(rec["id"])
                if rec["ts"] < last:
                    problems.append(f"{gid}:{ln} ts order")
                last = rec["ts"]
                if rec["group"] != gid or rec["sender"] not in member_ids:
                    problems.append(f"{gid}:{ln} group/sender")
                if rec["kind"] not in {"text", "image", "file", "link_card", "voice",
                                       "sticker"}:
                    problems.append(f"{gid}:{ln} kind")
                for c in rec["expect"]:
                    if c not in CATEGORIES:
                        problems.append(f"{gid}:{ln} category {c}")
                if rec.get("hard_negative") and rec["expect"]:
                    problems.append(f"{gid}:{ln} hard negative not clean")
                rows.append(rec)
        # flood consistency check (same sender, unbroken run, identical normalised)
        run_key, run_len = None, 0
        for rec in rows:
            k = (rec["sender"], norm(rec["text"]))
            if k == run_key and k[1]:
                run_len += 1
            else:
                run_key, run_len = k, 1
            should = run_len >= 3 and bool(k[1])
            if should != ("flood" in rec["expect"]):
                problems.append(f"{gid} {rec['id']} flood mismatch")
        per_group[gid] = len(rows)
        for rec in rows:
            n += 1
            total.update(rec["expect"])
            if not rec["expect"]:
                clean += 1
            if rec.get("hard_negative"):
                hn += 1
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("messages per group:", per_group)
    print(f"total {n}, clean {clean} ({clean / n:.0%}), hard negatives {hn}")
    for c in CATEGORIES:
        print(f"  {c:16s} {total[c]}")
    low = [c for c in CATEGORIES if total[c] < 8]
    if low:
        print("UNDER 8:", low)
        sys.exit(1)


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
