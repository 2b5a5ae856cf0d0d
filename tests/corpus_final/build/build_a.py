#!/usr/bin/env python3
"""Build half A (groups f1-f4) of the final untouched evaluation corpus.

Every message text is hand-written below; every content label is hand-set.
The script derives only: quiet_hours (from the timestamp and the group's window,
unless the message carries the urgent flag), and the first-message labels
membership / nickname / invite (from the roster and member records).
"""
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

BASE = Path(__file__).resolve().parent.parent          # tests/corpus_final
CATS = {"membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
        "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
        "student_privacy", "private_matter", "quiet_hours", "dispute"}
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长",
             "叔叔", "阿姨", "舅舅", "姑姑", "哥哥", "姐姐", "小姨"]

GROUPS = {
    "f1": dict(school="青岚山寄宿制小学", klass="四年级(1)班", grade=4, platform="wechat",
               quiet=("20:00", "07:00"), domains=["qinglanshan-jx.edu.cn", "smartedu.cn"],
               day1="2026-10-12"),
    "f2": dict(school="滨江新区第三实验小学", klass="二年级(3)班", grade=2, platform="matrix",
               quiet=("21:00", "07:00"), domains=["bjxq3x.edu.cn"],
               day1="2026-11-02"),
    "f3": dict(school="东郊春苗学校", klass="五年级(2)班", grade=5, platform="qq",
               quiet=("20:00", "06:30"), domains=["dongjiao-chunmiao.edu.cn", "smartedu.cn"],
               day1="2026-03-09"),
    "f4": dict(school="临港新区明德学校", klass="三年级(4)班", grade=3, platform="wechat",
               quiet=("19:30", "07:00"), domains=["lgxq-mingde.edu.cn", "smartedu.cn"],
               day1="2026-12-07"),
}

# --------------------------------------------------------------------------
# Rosters: teachers (id, name, subject, role), supervisor, students
# (name, [(guardian id, relation)]), members (id, display name, joined|None)
# --------------------------------------------------------------------------
ROSTERS = {}

ROSTERS["f1"] = dict(
    teachers=[("t_yang", "杨春梅", "语文", "head_teacher"), ("t_luo", "罗建国", "数学", "teacher"),
              ("t_ma", "马丽", "英语", "teacher"), ("t_shi", "石磊", "体育", "teacher")],
    supervisor="p_wangzh_ma",
    students=[
        ("马上", [("p_mashang_ye", "爷爷"), ("p_mashang_ba", "爸爸")]),
        ("高兴", [("p_gaoxing_nai", "奶奶")]),
        ("田野", [("p_tianye_ma", "妈妈")]),
        ("向前", [("p_xiangqian_ba", "爸爸")]),
        ("杨雨涵", [("p_yangyh_ma", "妈妈")]),
        ("龙思琪", [("p_longsq_wp", "外婆"), ("p_longsq_ma", "妈妈")]),
        ("吴家豪", [("p_wujh_ba", "爸爸"), ("p_wujh_ma", "妈妈")]),
        ("陈浩然", [("p_chenhr_ma", "妈妈")]),
        ("罗小燕", [("p_luoxy_nai", "奶奶")]),
        ("杨子轩", [("p_yangzx_ba", "爸爸")]),
        ("王梓涵", [("p_wangzh_ma", "妈妈")]),
        ("李欣怡", [("p_lixy_ma", "妈妈")]),
        ("张俊杰", [("p_zhangjj_ye", "爷爷")]),
        ("刘诗雨", [("p_liusy_ma", "妈妈")]),
        ("何明亮", [("p_heml_ba", "爸爸")]),
        ("赵一鸣", [("p_zhaoym_ma", "妈妈")]),
        ("黄雅琪", [("p_huangyq_nai", "奶奶")]),
        ("孙宇航", [("p_sunyh_ba", "爸爸")]),
        ("周佳怡", [("p_zhoujy_ma", "妈妈")]),
        ("蒙婷婷", [("p_mengtt_ma", "妈妈")]),
        ("石晓东", [("p_shixd_ye", "爷爷")]),
        ("潘美玲", [("p_panml_ma", "妈妈")]),
        ("覃思源", [("p_qinsy_ba", "爸爸")]),
        ("韦文斌", [("p_weiwb_ma", "妈妈")]),
    ],
    members=[
        ("t_yang", "语文杨春梅（班主任）", None), ("t_luo", "罗老师", None),
        ("t_ma", "英语马丽", None), ("t_shi", "体育石老师", None),
        ("p_mashang_ye", "马上爷爷", None), ("p_mashang_ba", "马上爸爸", None),
        ("p_gaoxing_nai", "兴兴奶奶", None), ("p_tianye_ma", "田野妈妈", None),
        ("p_xiangqian_ba", "向前建材批发", None), ("p_yangyh_ma", "杨雨涵妈妈", None),
        ("p_longsq_wp", "夕阳红", None), ("p_wujh_ba", "吴家豪爸爸", None),
        ("p_wujh_ma", "家豪妈妈", None), ("p_chenhr_ma", "陈浩然妈妈", None),
        ("p_luoxy_nai", "罗小燕奶奶", None), ("p_yangzx_ba", "杨子轩爸爸", None),
        ("p_wangzh_ma", "王梓涵妈妈", None), ("p_lixy_ma", "李欣怡妈妈", None),
        ("p_zhangjj_ye", "张俊杰爷爷", None), ("p_liusy_ma", "刘诗雨妈妈", None),
        ("p_heml_ba", "何明亮爸爸", None), ("p_zhaoym_ma", "赵一鸣妈妈", None),
        ("p_huangyq_nai", "黄雅琪奶奶", None), ("p_sunyh_ba", "孙宇航爸爸", None),
        ("p_zhoujy_ma", "周佳怡妈妈", None), ("p_mengtt_ma", "蒙婷婷妈妈", None),
        ("p_shixd_ye", "石晓东爷爷", None), ("p_panml_ma", "潘美玲妈妈", None),
        ("p_qinsy_ba", "覃思源爸爸", None), ("p_weiwb_ma", "韦文斌妈妈", None),
        ("x_tutor", "山城优学托管-周老师", {"via": "qr_code"}),
        ("x_tianye_yi", "田野小姨", {"via": "invite", "by": "p_tianye_ma", "approved": False}),
        ("s_gaoxing", "高兴", {"via": "invite", "by": "p_gaoxing_nai", "approved": False}),
    ],
)

ROSTERS["f2"] = dict(
    teachers=[("t_chen", "陈静", "语文", "head_teacher"), ("t_zhou", "周凯", "数学", "teacher"),
              ("t_lin", "林晓", "英语", "teacher"), ("t_he", "何芳", "美术", "teacher")],
    supervisor="p_sunyn_ma",
    students=[
        ("孙一诺", [("p_sunyn_ma", "妈妈")]),
        ("周末", [("p_zhoumo_ba", "爸爸")]),
        ("安静", [("p_anjing_ma", "妈妈"), ("p_anjing_nai", "奶奶")]),
        ("方圆", [("p_fangyuan_ba", "爸爸")]),
        ("许诺", [("p_xunuo_ma", "妈妈")]),
        ("谢天", [("p_xietian_ba", "爸爸")]),
        ("叶子", [("p_yezi_ma", "妈妈")]),
        ("郑子墨", [("p_zhengzm_ba", "爸爸")]),
        ("彭欣然", [("p_pengxr_ma", "妈妈")]),
        ("邓雨萱", [("p_dengyx_ma", "妈妈")]),
        ("宋可欣", [("p_songkx_ba", "爸爸")]),
        ("卢俊熙", [("p_lujx_ma", "妈妈")]),
        ("曹博文", [("p_caobw_wp", "外婆"), ("p_caobw_ma", "妈妈")]),
        ("韩梦瑶", [("p_hanmy_ma", "妈妈")]),
        ("蒋思远", [("p_jiangsy_ba", "爸爸")]),
        ("沈一凡", [("p_shenyf_ma", "妈妈")]),
        ("袁诗涵", [("p_yuansh_ma", "妈妈")]),
        ("冯子豪", [("p_fengzh_ba", "爸爸")]),
        ("程乐", [("p_chengle_ma", "妈妈")]),
        ("贺佳琪", [("p_hejq_ma", "妈妈")]),
        ("董浩宇", [("p_donghy_ye", "爷爷")]),
        ("林小满", [("p_linxm_ma", "妈妈")]),
    ],
    members=[
        ("t_chen", "语文陈静（班主任）", None), ("t_zhou", "数学周凯", None),
        ("t_lin", "Lily Lin", None), ("t_he", "美术何老师", None),
        ("p_sunyn_ma", "孙一诺妈妈", None), ("p_zhoumo_ba", "周末爸爸", None),
        ("p_anjing_ma", "安静妈妈", None), ("p_fangyuan_ba", "方总", None),
        ("p_xunuo_ma", "诺诺妈", None), ("p_xietian_ba", "谢天爸爸", None),
        ("p_yezi_ma", "叶子妈妈🍃", None), ("p_zhengzm_ba", "郑子墨爸爸", None),
        ("p_pengxr_ma", "彭欣然妈妈", None), ("p_dengyx_ma", "邓雨萱妈妈", None),
        ("p_songkx_ba", "宋可欣爸爸", None), ("p_lujx_ma", "卢俊熙妈妈", None),
        ("p_caobw_wp", "曹博文外婆", None), ("p_caobw_ma", "曹博文妈妈", None),
        ("p_hanmy_ma", "韩梦瑶妈妈", None),
        ("p_jiangsy_ba", "蒋思远爸爸", None), ("p_linxm_ma", "林小满妈妈", None),
        ("p_anjing_nai", "安静奶奶", {"via": "invite", "by": "p_anjing_ma", "approved": False}),
        ("x_insure", "滨江少儿险-小王", {"via": "qr_code"}),
        ("x_otherclass", "二(1)班唐果妈妈", {"via": "qr_code"}),
        ("s_zhoumo_ge", "周末哥哥", {"via": "invite", "by": "p_zhoumo_ba", "approved": False}),
    ],
)

ROSTERS["f3"] = dict(
    teachers=[("t_hu", "胡海燕", "数学", "head_teacher"), ("t_gu", "顾文", "语文", "teacher"),
              ("t_jiang", "蒋敏", "英语", "teacher"), ("t_pan", "潘志强", "科学", "teacher")],
    supervisor="p_liuhao_ba",
    students=[
        ("江山", [("p_jiangshan_ba", "爸爸")]),
        ("白云", [("p_baiyun_ma", "妈妈")]),
        ("成功", [("p_chenggong_ma", "妈妈")]),
        ("杨帆", [("p_yangfan_nai", "奶奶")]),
        ("雷鸣", [("p_leiming_ba", "爸爸")]),
        ("严冬", [("p_yandong_ba", "爸爸")]),
        ("刘浩", [("p_liuhao_ba", "爸爸")]),
        ("何佳乐", [("p_hejl_ma", "妈妈")]),
        ("张小龙", [("p_zhangxl_ba", "爸爸")]),
        ("邱梦洁", [("p_qiumj_ma", "妈妈")]),
        ("廖子健", [("p_liaozj_ma", "妈妈")]),
        ("罗晨", [("p_luochen_ba", "爸爸")]),
        ("胡欣悦", [("p_huxy_ma", "妈妈")]),
        ("魏晓峰", [("p_weixf_ma", "妈妈")]),
        ("谭雪儿", [("p_tanxe_ma", "妈妈")]),
        ("钟文博", [("p_zhongwb_ma", "妈妈")]),
        ("熊思雨", [("p_xiongsy_ma", "妈妈")]),
        ("万佳", [("p_wanjia_ma", "妈妈")]),
        ("史天宇", [("p_shity_ye", "爷爷")]),
        ("常青", [("p_changqing_ba", "爸爸")]),
        ("陶乐乐", [("p_taoll_ma", "妈妈")]),
        ("农海波", [("p_nonghb_ba", "爸爸")]),
        ("彭小鱼", [("p_pengxy_wg", "外公")]),
    ],
    members=[
        ("t_hu", "数学胡海燕", None), ("t_gu", "语文顾老师", None),
        ("t_jiang", "蒋老师", None), ("t_pan", "科学潘志强", None),
        ("p_jiangshan_ba", "江山爸爸", None), ("p_baiyun_ma", "云朵妈", None),
        ("p_chenggong_ma", "成功妈妈", None), ("p_yangfan_nai", "杨帆奶奶", None),
        ("p_leiming_ba", "雷哥", None), ("p_yandong_ba", "严冬爸爸", None),
        ("p_liuhao_ba", "刘浩爸爸", None), ("p_hejl_ma", "佳乐妈妈", None),
        ("p_zhangxl_ba", "张小龙爸爸", None), ("p_qiumj_ma", "邱梦洁妈妈", None),
        ("p_weixf_ma", "魏晓峰妈妈", None), ("p_tanxe_ma", "谭雪儿妈妈", None),
        ("p_zhongwb_ma", "钟文博妈妈", None), ("p_xiongsy_ma", "熊思雨妈妈", None),
        ("p_wanjia_ma", "万佳妈妈", None), ("p_changqing_ba", "常青爸爸", None),
        ("p_pengxy_wg", "彭小鱼外公", None), ("p_taoll_ma", "陶乐乐妈妈", None),
        ("p_nonghb_ba", "农海波爸爸", None),
        ("x_church", "恩典姐妹🙏", {"via": "qr_code"}),
        ("s_jiangshan", "江山", {"via": "qr_code"}),
        ("x_yandong_shu", "严冬叔叔", {"via": "invite", "by": "p_yandong_ba", "approved": False}),
        ("x_former", "原五(2)班毛欣妈妈", None),
    ],
)

ROSTERS["f4"] = dict(
    teachers=[("t_wu", "吴倩", "语文", "head_teacher"), ("t_xu", "徐晨", "数学", "teacher"),
              ("t_zheng", "郑雪", "英语", "teacher"), ("t_gao", "高远", "音乐", "teacher")],
    supervisor="p_jincx_ma",
    students=[
        ("夏天", [("p_xiatian_ma", "妈妈")]),
        ("于是", [("p_yushi_ma", "妈妈"), ("p_yushi_ye", "爷爷")]),
        ("方向", [("p_fangxiang_ba", "爸爸")]),
        ("文静", [("p_wenjing_nai", "奶奶")]),
        ("宁可", [("p_ningke_ma", "妈妈")]),
        ("钱程", [("p_qiancheng_ba", "爸爸")]),
        ("唐果", [("p_tangguo_ma", "妈妈")]),
        ("金晨曦", [("p_jincx_ma", "妈妈")]),
        ("崔浩", [("p_cuihao_ba", "爸爸")]),
        ("郭子航", [("p_guozh_ma", "妈妈")]),
        ("苏小米", [("p_suxm_ma", "妈妈")]),
        ("罗一帆", [("p_luoyf_ba", "爸爸")]),
        ("吕梓萱", [("p_lvzx_ma", "妈妈")]),
        ("丁一", [("p_dingyi_ma", "妈妈")]),
        ("易安", [("p_yian_ba", "爸爸")]),
        ("马思远", [("p_masy_ma", "妈妈")]),
        ("柯宇轩", [("p_keyx_ba", "爸爸")]),
        ("蔡依晨", [("p_caiyc_ma", "妈妈")]),
        ("邹明哲", [("p_zoumz_ma", "妈妈")]),
        ("梁欣妍", [("p_liangxy_ma", "妈妈")]),
        ("侯天佑", [("p_houty_ba", "爸爸")]),
        ("姚若溪", [("p_yaorx_ma", "妈妈")]),
        ("秦朗", [("p_qinlang_ba", "爸爸")]),
        ("任佳慧", [("p_renjh_ma", "妈妈")]),
        ("崔小雨", [("p_cuixy_wp", "外婆")]),
        ("易卓然", [("p_yizr_ma", "妈妈")]),
    ],
    members=[
        ("t_wu", "语文吴倩（班主任）", None), ("t_xu", "数学徐晨", None),
        ("t_zheng", "英语郑老师", None), ("t_gao", "高老师🎵", None),
        ("p_xiatian_ma", "Summer🌞", None), ("p_yushi_ma", "于是妈妈", None),
        ("p_fangxiang_ba", "方向爸爸", None), ("p_wenjing_nai", "文静奶奶", None),
        ("p_ningke_ma", "宁可妈妈", None), ("p_qiancheng_ba", "钱总", None),
        ("p_tangguo_ma", "唐果妈妈", None), ("p_jincx_ma", "金晨曦妈妈", None),
        ("p_cuihao_ba", "崔浩爸爸", None), ("p_guozh_ma", "郭子航妈妈", None),
        ("p_suxm_ma", "苏小米妈妈", None), ("p_luoyf_ba", "罗一帆爸爸", None),
        ("p_lvzx_ma", "吕梓萱妈妈", None), ("p_dingyi_ma", "丁一妈妈", None),
        ("p_yian_ba", "易安爸爸", None), ("p_masy_ma", "马思远妈妈", None),
        ("p_yushi_ye", "于是爷爷", {"via": "invite", "by": "p_yushi_ma", "approved": False}),
        ("x_estate", "临港楼盘置业顾问-阿杰", {"via": "qr_code"}),
        ("x_fortune", "国学易经-周大师", {"via": "invite", "by": "p_fangxiang_ba", "approved": False}),
    ],
)


class Quoted(str):
    """A string always written in double quotes (clock times such as 07:00)."""


yaml.SafeDumper.add_representer(
    Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def m(t, s, text, e="", h=0, k="text", r=None, tag=None, n=None, u=0):
    """One message: t='D HH:MM[:SS]' (day index from the group's day1), sender,
    text, hand-set categories e (space separated), hard negative h, kind k,
    reply_to tag r, own tag, rename n (new display name from this message),
    urgent flag u (exempts from quiet_hours)."""
    return dict(t=t, s=s, text=text, e=e.split(), h=bool(h), k=k, r=r, tag=tag, n=n, u=bool(u))


EPISODES = {}

# ==========================================================================
# f1 青岚山寄宿制小学 四年级(1)班 — boarding pupils, grandparents, migrant parents
# ==========================================================================
EPISODES["f1"] = [
    # --- day 1 (Mon) ---
    m("1 07:05", "t_yang", "各位家长早上好，本周住校生已全部返校，行李和被褥都清点过了，请放心。", tag="n1"),
    m("1 07:08", "p_mashang_ye", "收到杨老师辛苦了", "ack_reply", r="n1"),
    m("1 07:09", "p_gaoxing_nai", "杨老师我家兴兴的药放在书包侧边那个口袋了麻烦老师中午提醒他吃一下谢谢", tag="med"),
    m("1 07:15", "t_yang", "好的奶奶，中午我提醒他吃。另外麻烦奶奶把群名片改成“高兴奶奶”哦，学校要求实名。", r="med"),
    m("1 07:20", "p_gaoxing_nai", "好的改了谢谢老师", h=1, n="高兴奶奶"),
    m("1 07:30", "t_luo", "今天晚自习数学作业：练习册第18-19页，口算本一页。", tag="hw1"),
    m("1 07:31", "p_lixy_ma", "收到", "ack_reply", r="hw1"),
    m("1 07:33", "p_zhoujy_ma", "👌🏻", "ack_reply"),
    m("1 08:10", "t_yang", "罗老师，麻烦把群名片改成“数学罗建国”，学校要求实名。"),
    m("1 08:12", "t_luo", "已改，谢谢杨老师提醒。", h=1, n="数学罗建国"),
    m("1 10:30", "x_tutor", "各位家长好，周末孩子回家没人辅导作业？我们在镇上开了晚托班，包接送包晚饭，名额有限，想了解的➕薇 qlyx2026", "ad"),
    m("1 10:35", "p_wangzh_ma", "@山城优学托管-周老师 这里是班级群，不能打广告，请你退群。", h=1),
    m("1 10:40", "t_yang", "此人不是本班家长，已移出群。请各位家长不要随便扫码拉人进群，谢谢配合。", h=1),
    m("1 12:20", "t_yang", "", k="image"),
    m("1 12:20:30", "t_yang", "", k="image", h=1),
    m("1 12:21", "t_yang", "今天午餐：番茄炒蛋、土豆丝、冬瓜排骨汤", k="image", tag="lunch"),
    m("1 12:25", "p_chenhr_ma", "看着不错👍", "ack_reply", r="lunch"),
    m("1 12:30", "p_wujh_ma", "老师，我家家豪不吃冬瓜，在家就挑食，能不能跟食堂说给他换个菜", tag="wg"),
    m("1 12:40", "t_yang", "食堂是统一供餐，没办法单独换，我会鼓励他多吃一点。麻烦把名片改成“吴家豪妈妈”哦。", r="wg"),
    m("1 13:00", "p_wujh_ma", "好的", h=1, n="吴家豪妈妈", r="wg"),
    m("1 19:58", "t_ma", "英语作业：听读Unit 3课文三遍，明天早读抽查。", h=1, tag="en1"),
    m("1 20:05", "p_tianye_ma", "马老师，听读是用哪个app？", r="en1", tag="app"),
    m("1 20:12", "t_ma", "用学校发的点读笔就行，有问题明天再说哈，大家早点休息。", r="app"),
    # --- day 2 (Tue) ---
    m("2 07:00", "t_yang", "【通知】本周四下午开展消防疏散演练，住校生晚自习照常。无需回复。", h=1, tag="fire"),
    m("2 07:02", "p_mashang_ye", "好的好的", "ack_reply", r="fire"),
    m("2 07:40", "x_tianye_yi", "各位老师家长好，我是田野的小姨，他妈妈在外地打工，家里的事以后我来对接"),
    m("2 07:50", "t_yang", "田野小姨您好，按学校规定群里只能是登记过的监护人，请田野妈妈先和我私聊确认一下。"),
    m("2 08:30", "p_xiangqian_ba", "杨老师，这周五校车几点到镇上？", tag="bus"),
    m("2 08:35", "t_yang", "周五下午3点半从学校发车，大概4点20到镇上。", r="bus"),
    m("2 08:36", "p_xiangqian_ba", "谢谢杨老师", h=1, r="bus"),
    m("2 08:50", "p_qinsy_ba", "杨老师，覃思源下周一要去县医院复查眼睛，请一天假，周二早上我送他回学校。", tag="leave"),
    m("2 08:55", "t_yang", "好的，已登记，路上注意安全。", r="leave"),
    m("2 09:50", "p_longsq_wp", "杨老师我是龙思琪外婆孩子她妈说这周末不回来了周五我自己去镇上接孩子要不要签字", tag="lq"),
    m("2 10:00", "t_yang", "外婆好，周五到车站登记一下就行。麻烦把名字改成“龙思琪外婆”。", r="lq"),
    m("2 10:05", "p_longsq_wp", "好嘞", h=1, r="lq"),
    m("2 11:20", "p_heml_ba", "各位家长帮个忙，我在参加单位的摄影比赛，帮我投一票，第8号作品，每天都能投 https://vote.weixin-h5.cn/p/88321", "ad link", tag="vote"),
    m("2 11:25", "p_yangzx_ba", "投完了👍", "chat", r="vote"),
    m("2 11:26", "p_zhaoym_ma", "已投，8号加油", "chat", r="vote"),
    m("2 11:40", "p_wangzh_ma", "提醒一下，个人拉票请私下发，班级群只说孩子和学校的事哈。", h=1),
    m("2 11:50", "t_yang", "本周班会主题是“远离网络赌博和电信诈骗”，请家长周末在家也和孩子聊一聊，不要让孩子随便用大人手机扫码。", h=1),
    m("2 14:30", "t_luo", "这次数学单元测验全班平均86.5分，90分以上的有11人，整体不错，继续加油。", h=1, tag="avg"),
    m("2 14:35", "t_luo", "这次考满分的是杨雨涵、李欣怡、周佳怡，提出表扬！", "ranking"),
    m("2 14:40", "p_chenhr_ma", "罗老师，我家浩然这次错哪里了？他说考得不好", h=1, r="avg", tag="ch"),
    m("2 14:50", "t_luo", "试卷周五带回家，您看一下错题，有疑问私信我。", r="ch"),
    m("2 14:52", "p_yangzx_ba", "罗老师子轩考了多少分", tag="zx"),
    m("2 14:55", "t_luo", "子轩88分，班上第15名，还要加油。", "ranking", r="zx"),
    m("2 16:00", "p_lixy_ma", "谢谢罗老师表扬欣怡😊", "ack_reply"),
    m("2 19:40", "p_gaoxing_nai", "", k="voice", h=1),
    m("2 19:41", "p_gaoxing_nai", "杨老师高兴这几天晚上在宿舍哭没有啊他上周回来跟我说想他爸妈晚上睡不着觉他爸妈在浙江打工过年才回来我一个老太婆也不知道咋办孩子最近饭也吃得少", "private_matter", tag="pm1"),
    m("2 19:50", "t_yang", "奶奶别着急，高兴这几天晚上我和生活老师都看着，他睡前会有点想家，我们陪他说说话就睡着了。周末回家您多让他和爸妈视频。", "private_matter", r="pm1"),
    m("2 19:55", "p_gaoxing_nai", "好的老师我晓得了要不要给他带个手机晚上跟他爸妈视频他一个人在宿舍哭我心里难受", "private_matter"),
    m("2 20:02", "t_yang", "奶奶，这个我们私聊说，我加您微信。"),
    m("2 21:15", "p_shixd_ye", "各位家长晚上好祝大家身体健康万事如意🌹🌹🌹", "chat"),
    # --- day 3 (Wed) ---
    m("3 06:20", "p_mashang_ba", "杨老师早，我在工地上早班，问下马上这周的生活费交了没？", tag="fee"),
    m("3 07:10", "t_yang", "马上爸爸早，生活费已经交了，放心。", h=1, r="fee"),
    m("3 07:30", "t_yang", "周五回家的作业单提前发一下：语文抄写第7课生字，背诵《山行》；数学练习册第20页。请家长周日返校前检查签字，看到请回复“收到”。", tag="list"),
    m("3 07:32", "p_mashang_ye", "收到", h=1, r="list"),
    m("3 07:33", "p_tianye_ma", "收到", h=1, r="list"),
    m("3 07:33:30", "p_lixy_ma", "收到", h=1, r="list"),
    m("3 07:35", "p_chenhr_ma", "收到了收到了", h=1, r="list"),
    m("3 09:00", "p_xiangqian_ba", "各位家长，本人经营瓷砖卫浴防水材料，家里建房装修的找我，本班家长一律出厂价，电话一三九八七六五四三二一", "ad"),
    m("3 09:10", "t_yang", "向前爸爸，群里不能发广告，请撤回。另外名片请改成“向前爸爸”。"),
    m("3 09:12", "p_xiangqian_ba", "不好意思老师，已撤回", h=1, n="向前爸爸"),
    m("3 10:20", "p_zhangjj_ye", "我听村里人讲下个月镇上的学校要合并到县里去住校生都要转到县城读书是不是真的啊杨老师", h=1, tag="merge"),
    m("3 10:30", "t_yang", "爷爷，学校没有接到任何合并的通知，大家不要信。", h=1, r="merge"),
    m("3 10:40", "p_yangzx_ba", "我表哥就在县教育局上班，他说县里明年撤并我们这几个教学点，已经定了，下学期就要交转学材料", "rumor", tag="rum1"),
    m("3 10:42", "p_sunyh_ba", "真的假的？杨老师这个有没有准信", h=1, r="rum1"),
    m("3 10:50", "t_yang", "请不要转发未经证实的消息。学校有任何调整都会正式发通知。", h=1),
    m("3 14:00", "p_longsq_wp", "", k="voice", n="龙思琪外婆"),
    m("3 15:00", "t_shi", "今天体育课800米测试，有几个孩子跑不下来。罗小燕中途停下来走路，吴家豪跑完吐了，请家长周末在家带孩子多锻炼。", "student_privacy", tag="pe"),
    m("3 15:05", "p_wujh_ma", "石老师，家豪吐了现在怎么样了，要不要紧", h=1, r="pe", tag="vomit"),
    m("3 15:10", "t_shi", "没事了，休息一会儿就好了，校医看过了。", r="vomit"),
    m("3 15:20", "p_luoxy_nai", "石老师你在群里点我孙女的名是啥意思啊 她从小就有哮喘 跑不动有啥奇怪的 你们当老师的不能这样说孩子", "dispute", r="pe"),
    m("3 15:25", "t_shi", "奶奶对不起，是我考虑不周，不该在群里点名。我私下跟您沟通。", h=1),
    m("3 15:30", "p_yangzx_ba", "体育老师就是想在领导面前表现，天天搞这种测试，上回运动会也是做样子给上面看的", "slander dispute"),
    m("3 15:40", "p_wangzh_ma", "各位家长有意见可以私下跟老师或者家委会说，群里就不讨论了。", h=1),
    m("3 20:40", "p_heml_ba", "各位家长，把这条祈福转发给十个群，孩子这学期考试门门满分，不转的家里三个月不顺🙏🙏", "illegal", tag="chain"),
    m("3 20:45", "t_yang", "这是迷信的转发链，请不要转。", r="chain"),
    # --- day 4 (Thu) ---
    m("4 07:20", "t_ma", "今天英语单词听写。周末可以用国家中小学智慧教育平台复习：https://basic.smartedu.cn/syncClassroom", h=1, tag="sm"),
    m("4 07:22", "p_zhoujy_ma", "谢谢马老师分享", "ack_reply", r="sm"),
    m("4 10:00", "t_yang", "【消防演练】今天下午两点半开始，演练照片稍后发群里。"),
    m("4 10:10", "t_ma", "今天早读课堂", k="image"),
    m("4 10:20", "p_weiwb_ma", "马老师，韦文斌的英语书落在家里了，这周先和同桌一起看可以吗？", tag="book"),
    m("4 10:25", "t_ma", "可以的，我跟他同桌说一下。", r="book"),
    m("4 12:00", "t_yang", "寄宿生想家怎么办？给家长的五条建议 https://mp.weixin.qq.com/s/Qx7bR2kLm", "link", k="link_card", tag="art"),
    m("4 12:05", "p_zhaoym_ma", "谢谢杨老师分享", "ack_reply", r="art"),
    m("4 15:00", "t_yang", "消防演练现场", k="image"),
    m("4 15:00:20", "t_yang", "", k="image"),
    m("4 15:00:40", "t_yang", "", k="image", h=1, tag="drill"),
    m("4 15:05", "p_mashang_ye", "", k="voice"),
    m("4 15:06", "p_mashang_ye", "孩子们真棒👍👍", "ack_reply", r="drill"),
    m("4 15:30", "p_panml_ma", "群里有用拼多多的吗，帮我砍一刀，就差0.3元就能领电饭煲了🙏", "ad", tag="kan"),
    m("4 15:32", "p_liusy_ma", "砍好了，你看看到了没", "chat", r="kan"),
    m("4 15:33", "p_mengtt_ma", "砍了，我这也差几刀，求大家回砍一下", "ad", r="kan"),
    m("4 15:40", "t_yang", "请各位家长不要在班级群发砍价助力，谢谢。", h=1),
    m("4 16:30", "p_chenhr_ma", "罗老师，练习册第20页第3题怎么讲比较好？孩子周末回来肯定要问", tag="q3"),
    m("4 16:40", "t_luo", "画线段图，先求出一份是多少，再求几份，周末让他先画图。", r="q3"),
    m("4 16:45", "p_chenhr_ma", "懂了，谢谢罗老师", h=1, r="q3"),
    # --- day 5 (Fri) ---
    m("5 06:50", "t_yang", "【紧急通知】今早山路有塌方，校车改走下河线，今天下午放学发车推迟到4点半，请接孩子的家长注意安全。收到请回复。", h=1, u=1, tag="urg"),
    m("5 06:52", "p_mashang_ye", "收到", h=1, u=1, r="urg"),
    m("5 06:55", "p_longsq_wp", "收到", h=1, u=1, r="urg"),
    m("5 06:58", "p_tianye_ma", "老师那走下河线几点能到镇上", r="urg", tag="xh"),
    m("5 07:05", "t_yang", "大概5点10分，到时候我在群里说。", r="xh"),
    m("5 10:00", "p_wujh_ba", "住校欺负我儿子的是谁我已经知道了，杨子轩你给我听着，下周再敢动我儿子一根指头，我到学校打断你的腿", "illegal student_privacy dispute", tag="thr"),
    m("5 10:05", "p_yangzx_ba", "你吓唬谁呢？你算个什么东西，有本事你来试试", "abuse dispute", r="thr"),
    m("5 10:08", "p_wujh_ba", "你等着瞧", "dispute"),
    m("5 10:10", "t_yang", "两位家长请冷静，这件事我已经在了解，请都私聊我，不要在群里说。", h=1),
    m("5 10:12", "p_wangzh_ma", "同意杨老师，大家私下解决。"),
    m("5 16:50", "p_mashang_ye", "杨老师校车到镇上没有"),
    m("5 16:51", "p_mashang_ye", "杨老师校车到镇上没有"),
    m("5 16:51:30", "p_mashang_ye", "杨老师校车到镇上没有", "flood"),
    m("5 16:52", "p_mashang_ye", "杨老师校车到镇上没有？", "flood"),
    m("5 16:55", "p_zhangjj_ye", "马上爷爷莫急，校车马上就到了，我在车站看得到", h=1),
    m("5 17:12", "t_yang", "校车已经到镇上，孩子们都安全下车了。", tag="arr"),
    m("5 17:13", "p_lixy_ma", "收到", "ack_reply", r="arr"),
    # --- day 6 (Sat) ---
    m("6 09:00", "s_gaoxing", "老师好我是高兴我在用奶奶的手机"),
    m("6 09:05", "t_yang", "高兴，小朋友不能进家长群哦，老师先把你移出去，有事让奶奶联系我。", h=1),
    m("6 10:30", "p_sunyh_ba", "周末有没有家长带孩子去县城看电影的，新上的那个动画片听说不错", "chat", tag="film"),
    m("6 10:35", "p_zhaoym_ma", "我们上周看了，还可以，票价35", "chat", r="film"),
    m("6 11:00", "p_liusy_ma", "我妹妹说县里要给住校生每人发500块生活补贴，要家长自己去镇政府登记，这周不去就作废了", "rumor"),
    m("6 11:10", "t_yang", "这个补贴学校没有接到任何通知，请以学校正式通知为准。", h=1),
    # --- day 7 (Sun) ---
    m("7 14:00", "t_yang", "请住校生下午5点前返校，带好被褥和签过字的作业单。到校后请家长在群里接龙报平安。", tag="jl"),
    m("7 17:30", "p_tianye_ma", "#接龙\n1. 田野 已到校", h=1, r="jl"),
    m("7 17:40", "p_lixy_ma", "#接龙\n1. 田野 已到校\n2. 李欣怡 已到校", h=1, r="jl"),
    m("7 17:42", "p_mashang_ba", "#接龙\n1. 田野 已到校\n2. 李欣怡 已到校\n3. 马上 已到校", h=1, r="jl"),
    m("7 19:45", "p_yangyh_ma", "老师请问明天要穿校服吗", tag="uni"),
    m("7 19:50", "t_yang", "要穿，周一升旗。", r="uni"),
    m("7 20:10", "p_yangyh_ma", "谢谢老师", r="uni"),
]

# ==========================================================================
# f2 滨江新区第三实验小学 二年级(3)班 — new district, young working parents
# ==========================================================================
EPISODES["f2"] = [
    # --- day 1 (Mon) ---
    m("1 07:30", "t_chen", "各位家长早上好！本周三下午学校统一教研，课后服务暂停一次，孩子三点半放学，请按时接。看到请回复“收到”。", tag="wed"),
    m("1 07:31", "p_sunyn_ma", "收到", h=1, r="wed"),
    m("1 07:31:40", "p_zhoumo_ba", "收到，周末爸爸", h=1, r="wed"),
    m("1 07:32", "p_xunuo_ma", "收到", r="wed"),
    m("1 07:35", "p_anjing_ma", "收到～", h=1, r="wed"),
    m("1 07:36", "p_linxm_ma", "收到，周三我们三点半准时到", h=1, r="wed"),
    m("1 07:40", "t_chen", "@诺诺妈 麻烦把名字改成“许诺妈妈”，谢谢。"),
    m("1 07:42", "p_xunuo_ma", "好的陈老师，已改", h=1, n="许诺妈妈"),
    m("1 08:15", "t_lin", "Good morning! 今天英语作业：跟读Unit 4 Let's talk三遍，录音发到班级小管家。", tag="en"),
    m("1 08:20", "t_chen", "林老师名片改一下“英语林晓”哈。"),
    m("1 08:21", "t_lin", "OK 已改～", h=1, n="英语林晓"),
    m("1 12:00", "p_fangyuan_ba", "陈老师，方圆中午在学校吃饭了吗？他早上说肚子不舒服", tag="fy"),
    m("1 12:10", "t_chen", "方圆爸爸，他中午吃了半碗饭，精神还行，我会留意。麻烦把名片改为“方圆爸爸”。", r="fy"),
    m("1 12:11", "p_fangyuan_ba", "好的，谢谢陈老师", h=1, n="方圆爸爸", r="fy"),
    m("1 13:30", "x_insure", "家长们好～孩子上学磕磕碰碰难免，学平险一年只要98，住院门诊都能报，需要的私我 一五八零零一二三四五六", "ad"),
    m("1 13:35", "p_sunyn_ma", "这是谁拉进来的？陈老师，这个人不是咱们班家长", h=1),
    m("1 13:40", "t_chen", "已移出。学校从来不会通过群推销保险，请大家提高警惕，谨防诈骗。", h=1),
    m("1 16:40", "t_zhou", "今天数学作业：口算天天练第12页。", tag="ma"),
    m("1 16:41", "p_anjing_ma", "收到", "ack_reply", r="ma"),
    m("1 16:42", "p_yezi_ma", "收到周老师", "ack_reply", r="ma"),
    m("1 16:45", "p_xietian_ba", "周老师，第12页第5题括号里填大于号还是小于号？孩子说看不清", tag="q5"),
    m("1 16:50", "t_zhou", "大于号，那一题印得有点模糊，大家注意一下。", r="q5"),
    m("1 16:51", "p_xietian_ba", "谢天谢地，我还以为是孩子抄错了😂 谢谢周老师", h=1, r="q5"),
    m("1 17:10", "p_caobw_ma", "没收到周三提前放学的通知，是哪天来着？", h=1),
    m("1 17:15", "t_chen", "周三（后天）三点半放学，上面有通知哈。"),
    m("1 20:30", "p_anjing_ma", "各位家长，想问下大家孩子晚上几点睡？我家最近写完作业都九点多了", h=1, tag="sleep"),
    m("1 20:35", "p_sunyn_ma", "我们一般八点半就上床了，作业基本在课后服务写完了", h=1, r="sleep"),
    m("1 20:50", "p_anjing_ma", "安静最近晚上老做噩梦，半夜哭醒好几次，说学校厕所里有人吓她，白天也不敢一个人去上厕所，问她是谁她也不说，我和她爸都很担心，是不是在学校遇到什么事了", "private_matter", tag="pm"),
    m("1 21:05", "t_chen", "安静妈妈，这个情况我明天会留意她在学校的状态，也会问问同桌和厕所附近的值日老师，有情况第一时间告诉您。", "private_matter", r="pm"),
    m("1 21:10", "p_anjing_ma", "好的谢谢陈老师，她还说最近不想去上学，早上起床就哭，我都不知道怎么劝", "private_matter"),
    m("1 21:12", "t_chen", "我们私聊说，我现在给您打电话。"),
    # --- day 2 (Tue) ---
    m("2 06:45", "p_caobw_wp", "", k="voice"),
    m("2 07:10", "p_caobw_wp", "陈老师今天我去接博文他妈妈加班下午几点钟在哪个门接", tag="wp"),
    m("2 07:20", "t_chen", "外婆好，今天课后服务五点半结束，在东门接。", r="wp"),
    m("2 07:25", "p_linxm_ma", "陈老师，林小满今天牙疼，上午请假去看牙医，下午送回学校。", tag="tooth"),
    m("2 07:28", "t_chen", "好的，收到，看完牙直接送到教室就行。", h=1, r="tooth"),
    m("2 09:30", "p_zhengzm_ba", "我同事就在区教育局，说咱们新校区的教学楼甲醛检测超标了，学校一直捂着不让说，好几个班的孩子都流鼻血了", "rumor slander", tag="hcho"),
    m("2 09:32", "p_pengxr_ma", "真的假的？陈老师这个是真的吗？", h=1, r="hcho"),
    m("2 09:35", "p_zhengzm_ba", "我建议大家明天都别送孩子来了，一起请假，再拉个群联名找教育局讨说法！", "incitement", tag="inc"),
    m("2 09:36", "p_dengyx_ma", "算我一个，明天不送了", "incitement", r="inc"),
    m("2 09:37", "p_songkx_ba", "+1 联名我签", "incitement", r="inc"),
    m("2 09:40", "p_lujx_ma", "要不要打12345，再发个抖音曝光一下", "incitement", r="inc"),
    m("2 09:50", "t_chen", "各位家长，新教学楼开学前做过第三方空气检测，报告在学校官网公示：https://www.bjxq3x.edu.cn/tzgg/2026/0825.html 。请不要传播未经核实的消息，有疑问欢迎来学校查看原件。", h=1),
    m("2 09:55", "p_sunyn_ma", "支持陈老师，大家有疑问私下沟通，报告可以去学校看。", h=1),
    m("2 09:58", "p_zhengzm_ba", "官网上的报告谁知道是不是花钱买的？你们学校说啥就是啥？", "slander dispute", tag="d1"),
    m("2 10:00", "p_sunyn_ma", "郑子墨爸爸，你这么说话就没意思了，有本事去学校当面问。", "dispute", r="d1"),
    m("2 10:02", "p_zhengzm_ba", "关你什么事？家委会就是学校的狗腿子", "abuse dispute"),
    m("2 10:05", "t_chen", "请两位家长停止争论。郑子墨爸爸，请私聊我，我带您去看检测报告原件。", h=1),
    m("2 14:00", "t_he", "下周美术课需要带：旧报纸、胶棒、彩色卡纸。", tag="art"),
    m("2 14:02", "p_yezi_ma", "好嘞👍", "ack_reply", r="art"),
    m("2 14:03", "p_xunuo_ma", "ok的", "ack_reply", r="art"),
    m("2 14:10", "p_hanmy_ma", "何老师，卡纸要几张？A4大小可以吗", h=1, r="art", tag="card"),
    m("2 14:15", "t_he", "五六张就够，A4可以。", r="card"),
    m("2 17:30", "p_anjing_nai", "陈老师好 我是安静奶奶 以后下午我来接她"),
    m("2 17:35", "t_chen", "奶奶好，欢迎！接孩子在东门。"),
    # --- day 3 (Wed) ---
    m("3 08:00", "t_zhou", "昨天口算测试成绩：周末100，许诺98，孙一诺98，叶子95，其他同学继续努力。", "ranking"),
    m("3 08:05", "p_lujx_ma", "周老师，我们俊熙考了多少分啊？", h=1, tag="jx"),
    m("3 08:10", "t_zhou", "俊熙72分，在班里是倒数的，回家多练练。", "ranking student_privacy", r="jx"),
    m("3 08:15", "t_chen", "周老师，成绩我们单独发给家长，群里不公布哈。", h=1),
    m("3 08:16", "t_zhou", "好的，已撤回，以后私发。", h=1),
    m("3 09:00", "t_chen", "上课时请孩子们保持安静，这周我们在练习专心听讲，家长在家也可以配合提醒。", h=1),
    m("3 10:30", "p_xietian_ba", "周末有没有一起去新区湿地公园露营的？我们几家组了个亲子露营，人均200包装备", "chat", tag="camp"),
    m("3 10:32", "p_zhoumo_ba", "周末我们要上兴趣班，下次吧", "chat", r="camp"),
    m("3 10:35", "p_songkx_ba", "我们去！帐篷要自己带吗", "chat", r="camp"),
    m("3 10:40", "p_sunyn_ma", "露营的可以拉个小群聊哈～", h=1),
    m("3 11:00", "x_otherclass", "不好意思打扰了，我是二(1)班的，想问下你们班明天带不带美术材料"),
    m("3 11:05", "t_chen", "唐果妈妈您好，这里是二(3)班群，请在本班群里问哈，我先把您移出。"),
    m("3 11:30", "t_chen", "今天美术课上韩梦瑶和同桌打起来了，我让她在后面站了十分钟，请家长回去跟孩子聊聊。", "student_privacy"),
    m("3 11:40", "p_hanmy_ma", "陈老师，我私聊您。", h=1),
    m("3 15:30", "t_chen", "【提醒】今天三点半放学，无需回复。", h=1, tag="early"),
    m("3 15:31", "p_caobw_wp", "好的老师", "ack_reply", r="early"),
    m("3 15:31:30", "p_anjing_nai", "收到", "ack_reply", r="early"),
    m("3 19:00", "p_pengxr_ma", "陈老师，我家欣然这次期中考试排第几啊？", h=1, tag="rk"),
    m("3 19:05", "t_chen", "欣然妈妈，学校不公布排名，具体情况我私信您。", h=1, r="rk"),
    # --- day 4 (Thu) ---
    m("4 07:05", "p_dengyx_ma", "各位家长，我弟弟开了家少儿编程，免费试听一节，就在新区万达三楼，名额有限，扫图里的码进群领试听券", "ad", k="image"),
    m("4 07:06", "p_dengyx_ma", "", k="image", h=1),
    m("4 07:30", "t_chen", "邓雨萱妈妈，班级群请不要发推广信息，谢谢理解。", h=1),
    m("4 08:40", "t_zhou", "今日课堂作业展示", k="image"),
    m("4 09:10", "p_jiangsy_ba", "听邻居说下学期新区要重新划片，我们这几个小区都划到别的学校去了，孩子要转学", "rumor"),
    m("4 09:20", "t_chen", "没有这回事，已经入学的孩子不受划片影响，请以区教育局公告为准。", h=1),
    m("4 12:00", "p_lujx_ma", "每天转发一次，平安喜乐，诸事顺遂🙏 转到三个群以上，家里必有好运，不转的自己掂量", "illegal"),
    m("4 12:10", "t_he", "这类转发好运的消息属于迷信，请不要在班级群转发哈。", h=1),
    m("4 13:00", "p_fangyuan_ba", "二年级上册同步练习全套，免费分享给大家 https://pan.baidu.com/s/1aBcD9xY 提取码8866", "link"),
    m("4 13:05", "t_chen", "谢谢方圆爸爸的好意，不过群里不能发外部链接，需要的家长私下找他。", h=1),
    m("4 13:30", "t_lin", "推荐英语同步资源，国家中小学智慧教育平台：https://basic.smartedu.cn/tchMaterial", "link"),
    m("4 13:35", "t_chen", "学校网站上也有评选“最美教室”的投票，欢迎家长在学校官网参与：https://www.bjxq3x.edu.cn/vote/2026", h=1),
    m("4 16:00", "t_zhou", "今晚作业：数学书第45页做一做，完成后家长在群里回复“已完成”。", tag="done"),
    m("4 19:30", "p_xietian_ba", "已完成", h=1, r="done"),
    m("4 19:32", "p_zhoumo_ba", "已完成", h=1, r="done"),
    m("4 19:40", "p_songkx_ba", "已完成", h=1, r="done"),
    m("4 19:40:08", "p_songkx_ba", "已完成", h=1, r="done"),
    m("4 19:40:15", "p_songkx_ba", "已完成！", "flood", r="done"),
    m("4 21:30", "p_caobw_wp", "已完成", r="done"),
    # --- day 5 (Fri) ---
    m("5 07:00", "t_chen", "本周表现之星：孙一诺、谢天、方圆、叶子，掌声送给他们！👏", h=1, tag="star"),
    m("5 07:02", "p_sunyn_ma", "谢谢陈老师👏", "ack_reply", r="star"),
    m("5 07:05", "p_zhoumo_ba", "周末这周又没上榜，回家我好好说说他😂", h=1, r="star"),
    m("5 09:00", "s_zhoumo_ge", "大家好 我是周末的哥哥 上初二 爸爸让我进来帮他看作业"),
    m("5 09:05", "t_chen", "你好，群里只能是家长，作业可以让爸爸转给你，先请你退群哈。"),
    m("5 10:00", "p_pengxr_ma", "有需要的家长吗，我在做日本代购，奶粉、药妆、儿童零食都有，本群家长九折 v❤: bjmama_88", "ad"),
    m("5 11:00", "p_lujx_ma", "我看到个测孩子天赋的，报上生辰八字就能算出孩子以后适合学什么，大师算得特别准", "illegal"),
    m("5 11:10", "t_chen", "这种算命的东西不科学，请大家不要相信。", h=1),
    m("5 12:30", "p_jiangsy_ba", "陈老师，蒋思远的水杯落在教室了，明天能帮忙找找吗", tag="cup"),
    m("5 12:40", "t_chen", "好的，明早我在讲台上看一下。", r="cup"),
    m("5 15:00", "t_he", "孩子们的美术作品《我的新家》", k="image", tag="draw"),
    m("5 15:00:20", "t_he", "", k="image"),
    m("5 15:00:40", "t_he", "", k="image", h=1),
    m("5 15:05", "p_anjing_ma", "安静画的那个房子好可爱😍 她回家说想当设计师", h=1, r="draw"),
    m("5 15:06", "p_yezi_ma", "孩子们太有才了，牛批👍", "abuse ack_reply", r="draw"),
    m("5 15:10", "p_sunyn_ma", "太厉害了，绝了👏", "ack_reply", r="draw"),
    # --- day 6 (Sat) ---
    m("6 10:00", "p_xietian_ba", "露营回来了，孩子们玩疯了😄 下次再约", "chat", k="image"),
    m("6 23:40", "p_zhengzm_ba", "我就说这学校有问题，我家孩子这周又流了两次鼻血，越想越窝火，明天谁跟我去教育局门口拉横幅？", "incitement dispute", tag="ban"),
    m("6 23:45", "p_dengyx_ma", "我去", "incitement", r="ban"),
    # --- day 7 (Sun) ---
    m("7 09:00", "t_chen", "郑子墨爸爸，学校安排周一上午请您和家委会代表一起查看检测报告，也欢迎其他家长参加，请私信我报名。", h=1),
    m("7 09:05", "p_zhengzm_ba", "行，周一见"),
]

# ==========================================================================
# f3 东郊春苗学校 五年级(2)班 — migrant workers' children, shift-working parents
# ==========================================================================
EPISODES["f3"] = [
    # --- day 1 (Mon) ---
    m("1 06:35", "t_hu", "早上好，今天降温，孩子们多穿点。", h=1, tag="cold"),
    m("1 06:36", "p_yangfan_nai", "", k="voice", h=1),
    m("1 06:40", "p_jiangshan_ba", "收到胡老师", "ack_reply", r="cold"),
    m("1 07:30", "t_hu", "本周五下午4点开家长会，地点五(2)班教室，主要讲小升初政策。能来的家长请接龙报名。", tag="meet"),
    m("1 07:35", "p_jiangshan_ba", "#接龙\n1.江山爸爸 能来", h=1, r="meet"),
    m("1 07:40", "p_baiyun_ma", "#接龙\n1.江山爸爸 能来\n2.白云妈妈 来", r="meet"),
    m("1 07:45", "p_chenggong_ma", "#接龙\n1.江山爸爸 能来\n2.白云妈妈 来\n3.成功妈妈 请的到假就来", h=1, r="meet"),
    m("1 08:00", "t_hu", "@云朵妈 请把群名片改成“白云妈妈”哦"),
    m("1 08:02", "p_baiyun_ma", "好哒 改了", h=1, n="白云妈妈"),
    m("1 09:00", "t_jiang", "英语单词本今天检查，没带的明天补交。"),
    m("1 09:05", "t_hu", "蒋老师，群名片加上科目哈，“英语蒋敏”。"),
    m("1 09:06", "t_jiang", "好的胡老师～", h=1, n="英语蒋敏"),
    m("1 10:30", "x_church", "主爱你们每一位家长，孩子学习压力大，来教会一起祷告，神会保守孩子的前途，周日上午城中村活动室聚会，欢迎带孩子来", "illegal"),
    m("1 10:35", "p_liuhao_ba", "这人是谁拉进来的，胡老师处理下吧", h=1),
    m("1 10:40", "t_hu", "已移出。提醒大家班级群里不能传教，也不能发宗教宣传。", h=1),
    m("1 12:00", "p_hejl_ma", "胡老师 佳乐今天作叶本忘带了 我中午送过去放门卫那行不", tag="forgot"),
    m("1 12:05", "t_hu", "可以，放门卫我去拿。", r="forgot"),
    m("1 12:06", "p_hejl_ma", "好的谢谢胡老师🙏", h=1, r="forgot"),
    m("1 16:30", "t_gu", "语文作业：1.《祖父的园子》课后题；2.预习第3课。", tag="yw"),
    m("1 16:31", "p_yangfan_nai", "收到", "ack_reply", r="yw"),
    m("1 16:32", "p_chenggong_ma", "收到，谢谢顾老师", "ack_reply", r="yw"),
    m("1 16:35", "t_hu", "今天的数学作业", k="image"),
    m("1 16:40", "p_leiming_ba", "顾老师 课后题第二题是写本子上还是书上 俺家雷鸣问的", tag="lm"),
    m("1 16:45", "t_gu", "写在书上就行。雷鸣爸爸麻烦把名片改成“雷鸣爸爸”哦。", h=1, r="lm"),
    m("1 19:50", "p_leiming_ba", "ok 改了 谢了老师", h=1, n="雷鸣爸爸"),
    m("1 20:30", "p_xiongsy_ma", "谁要五年级下册数学期中考试的原卷？我表姐在教研室拿到的，考前流出来的，要的私聊，10块一份", "illegal ad"),
    m("1 20:35", "t_hu", "考试卷没有提前流出，这种说法是诈骗，请立即撤回！"),
    # --- day 2 (Tue) ---
    m("2 06:10", "p_jiangshan_ba", "胡老师bhys这么早 我跟他妈都在厂里上夜班 晚上家里就江山一个人 他天天抱着手机打游戏到半夜 作业也不写 说他两句就摔门 我们是真没办法了 老师你能不能在学校说说他", "private_matter", tag="pm"),
    m("2 07:20", "t_hu", "江山爸爸，孩子晚上一个人在家确实容易管不住手机，建议把手机设置成家长模式，睡前交给邻居或者锁起来。我在学校也会多找他聊。", "private_matter", r="pm"),
    m("2 07:25", "p_jiangshan_ba", "家长模式咋设置 他比我还懂 上次偷偷改了密码 我们俩下班回来他都睡了 根本管不到", "private_matter"),
    m("2 07:30", "p_baiyun_ma", "江山爸爸 我家以前也这样 后来买了个定时锁手机的盒子 晚上九点就锁上 你可以试试", "private_matter"),
    m("2 07:35", "t_hu", "江山爸爸，咱们私聊，我把方法发给您。", h=1),
    m("2 09:00", "p_chenggong_ma", "我们厂里的人都在说今年随迁子女不给在这边考初中了，要回老家考，学籍也要转回去，好多人已经在办了", "rumor", tag="rum"),
    m("2 09:05", "p_yangfan_nai", "胡老师这个是真的吗我们老家都没人了孩子回去谁管啊", h=1, r="rum"),
    m("2 09:10", "t_hu", "没有这个政策。升学政策以区教育局公布的为准，周五家长会会专门讲解，大家不要听信传言。", h=1, r="rum"),
    m("2 09:15", "p_leiming_ba", "我老乡的孩子去年就是被弄回老家的，学校就是想把我们外地孩子都赶走，收了借读费又不管", "slander dispute"),
    m("2 09:20", "p_leiming_ba", "大家下学期的书本费都别交了，看他们怎么办，一起去区里打12345投诉", "incitement", tag="inc"),
    m("2 09:22", "p_xiongsy_ma", "支持 我也不交", "incitement", r="inc"),
    m("2 09:25", "p_liuhao_ba", "雷鸣爸爸，有疑问周五家长会当面问校长，群里这样说不合适。", h=1),
    m("2 09:30", "p_leiming_ba", "你是学校派来的吧 少在这装好人", "abuse dispute"),
    m("2 09:35", "t_hu", "请大家冷静，政策问题我可以单独解答，欢迎私信。", h=1),
    m("2 12:30", "t_pan", "科学课的种子发芽观察记录表，请家长帮孩子拍照上传到班级群相册，不用在群里回复。", tag="seed"),
    m("2 12:32", "p_hejl_ma", "收到潘老师", "ack_reply", r="seed"),
    m("2 12:40", "p_wanjia_ma", "潘老师 我们的种子一直没发芽 是不是水浇多了", tag="sq"),
    m("2 12:45", "t_pan", "有可能，放到有阳光的窗台，土保持湿润就行，不要泡着。", r="sq"),
    m("2 12:46", "p_wanjia_ma", "明白了谢谢潘老师", h=1, r="sq"),
    m("2 14:00", "p_qiumj_ma", "分享个好东西，在家动动手指一天赚两三百，宝妈都在玩，yy彩票注册就送38，稳赚不赔 www.yy8cai.com", "illegal ad link"),
    m("2 14:05", "t_hu", "这是网络赌博诈骗，千万不要注册！邱梦洁妈妈的号可能被盗了，请尽快处理。", h=1),
    m("2 14:30", "p_qiumj_ma", "dbq各位 我号被盗了 刚改了密码 大家千万别点", h=1),
    m("2 16:00", "t_pan", "今天科学课讲了封建迷信和网络赌博的危害，请家长在家提醒孩子：不信算命，不碰网赌。", h=1),
    # --- day 3 (Wed) ---
    m("3 07:00", "t_gu", "昨天的听写全班平均88分，全对的有12人。听写本今天发回，请家长签字后让孩子带回。", h=1, tag="dict"),
    m("3 07:05", "p_chenggong_ma", "收到", "ack_reply", r="dict"),
    m("3 07:06", "p_jiangshan_ba", "好的", "ack_reply", r="dict"),
    m("3 07:10", "t_gu", "没及格的有：张小龙、廖子健、魏晓峰，回家要多读多写。", "student_privacy", tag="fail"),
    m("3 07:15", "p_zhangxl_ba", "顾老师能不能别在群里点名啊，孩子也要面子的，看了心里很不舒服", "dispute", r="fail"),
    m("3 07:20", "t_gu", "张小龙爸爸说得对，是我欠考虑，已撤回，以后单独跟家长沟通。", h=1),
    m("3 08:00", "t_hu", "上周数学测验前五名：刘浩98，白云96，常青95，胡欣悦94，成功93。", "ranking"),
    m("3 08:05", "p_liuhao_ba", "胡老师，这个也撤了吧，家委会之前说好不发排名的。", h=1),
    m("3 08:06", "t_hu", "好的，已撤回，谢谢提醒。", h=1),
    m("3 10:00", "s_jiangshan", "胡老师我是江山 今天作业是啥 我爸不在家"),
    m("3 10:05", "t_hu", "江山，小朋友不能在家长群，作业我让爸爸转给你。", h=1),
    m("3 11:00", "x_yandong_shu", "各位好 我是严冬他叔 帮他爸看看群消息"),
    m("3 11:05", "p_yandong_ba", "胡老师 是我拉我弟进来的 我上班不方便看手机", h=1),
    m("3 11:10", "t_hu", "严冬爸爸，群里只能是监护人，通知我可以私发给您，我先把叔叔移出。"),
    m("3 11:30", "p_changqing_ba", "胡老师 常青明天上午请个假 带他去办居住证 下午回来上课", h=1, tag="jzz"),
    m("3 11:35", "t_hu", "好的，下午直接到教室。", r="jzz"),
    m("3 13:00", "t_hu", "课后服务报名请扫描学校二维码填写，周四截止。", k="image", h=1),
    m("3 15:00", "p_weixf_ma", "有没有人一起拼单买校服的，拼多多上一样的款便宜一半，满10件包邮，有意向的回我", "ad", tag="pin"),
    m("3 15:05", "p_tanxe_ma", "算我一件，150码", "chat", r="pin"),
    m("3 15:10", "t_hu", "校服请统一通过学校订购，外面买的款式颜色会不一样。", h=1),
    m("3 16:00", "p_changqing_ba", "这个网站是学校让登记学籍的吗 http://smartedu-xueji.top/reg 我同事发给我的", "link"),
    m("3 16:05", "t_hu", "不是！这是仿冒网站，学校不会让家长在外部网站登记学籍，大家不要点。", h=1),
    m("3 19:55", "p_tanxe_ma", "潘老师 明天科学课要带放大镜吗", h=1, tag="mag"),
    m("3 20:00", "t_pan", "要带的", r="mag"),
    # --- day 4 (Thu) ---
    m("4 06:29", "p_jiangshan_ba", "胡老师早 今天江山请一天假 他发烧了", tag="sick"),
    m("4 06:30", "t_hu", "各位家长早，今天下雨，接送注意安全。", h=1),
    m("4 06:31", "t_hu", "好的，注意休息，病假条回来补。", h=1, r="sick"),
    m("4 09:00", "p_leiming_ba", "顾老师我家雷鸣说班上有人天天骂他乡巴佬，是钟文博带头的，今天还在厕所推了他", "student_privacy", tag="bully"),
    m("4 09:10", "p_zhongwb_ma", "雷鸣爸爸你别血口喷人，我儿子从来不骂人，你家孩子自己先动的手吧", "dispute", r="bully"),
    m("4 09:12", "p_leiming_ba", "你儿子啥德行你心里没数？有娘生没娘教的东西", "abuse dispute"),
    m("4 09:15", "t_gu", "两位家长先别吵，这件事我下午分别找两个孩子了解，然后私下联系你们。", h=1),
    m("4 11:00", "p_pengxy_wg", "老师我是彭小鱼外公孩子说作业本用完了要买新的学校小卖部有没有卖的", tag="book"),
    m("4 11:10", "t_gu", "外公好，小卖部有，两块钱一本。", r="book"),
    m("4 12:00", "p_liuhao_ba", "各位，周末厂里组织去农家乐，有没有一起的，带小孩的也行", "chat", tag="farm"),
    m("4 12:05", "p_chenggong_ma", "农家乐多少钱一个人 xswl上次去的那家鸡都没熟", "chat", r="farm"),
    m("4 14:00", "p_xiongsy_ma", "家人们帮我助力一下 领鸡蛋🙏", "ad"),
    m("4 14:00:20", "p_xiongsy_ma", "家人们帮我助力一下 领鸡蛋🙏", "ad"),
    m("4 14:00:40", "p_xiongsy_ma", "家人们帮我助力一下 领鸡蛋🙏", "ad flood"),
    m("4 14:01", "p_xiongsy_ma", "家人们帮我助力一下，领鸡蛋！！", "ad flood"),
    m("4 14:05", "t_hu", "熊思雨妈妈，不要刷屏，助力的请私下发。", h=1),
    m("4 15:00", "t_hu", "听老乡群里说下周区里要来查居住证，没办的孩子要停课，是真的吗？——有家长私信问我，统一回复：没有这回事。", h=1),
    m("4 15:20", "p_nonghb_ba", "我老乡在街道办的，他说下周开始查居住证，没有居住证的孩子一律停课回家", "rumor"),
    m("4 15:25", "t_hu", "农海波爸爸，学校和街道都没有这个通知，请不要再传了。", h=1),
    # --- day 5 (Fri) ---
    m("5 07:00", "t_hu", "今天下午4点家长会，请报名的家长准时到，没报名的也欢迎来。", tag="m2"),
    m("5 07:01", "p_jiangshan_ba", "收到", "ack_reply", r="m2"),
    m("5 08:00", "t_hu", "今天的复习资料可以在国家智慧教育平台查看：https://www.smartedu.cn/ ，家长会议程见学校通知 https://www.dongjiao-chunmiao.edu.cn/notice/312", h=1),
    m("5 08:05", "t_jiang", "推荐一个英语绘本音频，睡前可以听 https://www.ximalaya.com/album/112233", "link", tag="xm"),
    m("5 08:06", "p_baiyun_ma", "谢谢蒋老师分享", "ack_reply", r="xm"),
    m("5 09:00", "t_gu", "这周的语文作业大家完成得都很认真，表扬全班同学！", tag="praise"),
    m("5 12:00", "p_taoll_ma", "胡老师 我家乐乐今天数学作业全对了 她可开心了 谢谢老师这段时间天天给她讲题", h=1),
    m("5 17:30", "t_hu", "家长会现场", k="image", tag="mp"),
    m("5 17:30:20", "t_hu", "", k="image"),
    m("5 17:35", "p_liuhao_ba", "感谢各位老师，今天家长会讲得很清楚，升学政策也解释明白了，没来的家长可以找我要笔记", h=1),
    m("5 20:20", "p_chenggong_ma", "辛苦老师们了🙏", "ack_reply", r="mp"),
    # --- day 6 (Sat) ---
    m("6 10:00", "x_former", "各位家长好，毛欣转学回老家了，我在老家开了个土特产店，腊肉香肠需要的联系我 V：mx_lr888", "ad"),
    m("6 10:10", "t_hu", "毛欣妈妈，孩子已经转学，按规定要退群了，祝孩子在老家一切顺利。"),
    m("6 21:00", "p_leiming_ba", "钟文博妈妈你再敢在厂里造我的谣，我见你一次打你一次", "illegal dispute"),
    m("6 21:05", "t_hu", "雷鸣爸爸，请冷静，这些话不能在群里说，明天我约你们两家到学校谈。"),
]

# ==========================================================================
# f4 临港新区明德学校 三年级(4)班 — new district, early quiet window 19:30
# ==========================================================================
EPISODES["f4"] = [
    # --- day 1 (Mon) ---
    m("1 07:00", "t_wu", "各位家长早上好！本周四三年级去科技馆研学，请家长在学校小程序里填写安全告知书，填好的请在群里回复“已填写”。", tag="form"),
    m("1 07:10", "p_ningke_ma", "已填写", h=1, r="form"),
    m("1 07:12", "p_xiatian_ma", "已填写 夏天", r="form"),
    m("1 07:15", "p_fangxiang_ba", "已填写", h=1, r="form"),
    m("1 07:20", "t_wu", "夏天妈妈麻烦把群昵称改成“夏天妈妈”，方便老师核对。"),
    m("1 07:25", "p_xiatian_ma", "好的改了～", h=1, n="夏天妈妈"),
    m("1 08:30", "t_gao", "音乐课下周开始学竖笛，竖笛由学校统一采购，每支28元，在学校缴费平台缴纳，不需要自己买。", tag="flute"),
    m("1 08:35", "t_wu", "高老师，群名片请改为“音乐高远”。"),
    m("1 08:36", "t_gao", "改好了", h=1, n="音乐高远"),
    m("1 08:40", "p_qiancheng_ba", "竖笛我家有现成的，能不能不买", r="flute", tag="fl"),
    m("1 08:45", "t_gao", "可以的，型号一样就行，德式八孔。", r="fl"),
    m("1 08:46", "p_qiancheng_ba", "好的谢谢高老师", h=1, r="fl"),
    m("1 09:10", "p_yian_ba", "吴老师，易安明天上午要去社区医院打疫苗，请半天假。", tag="vac"),
    m("1 09:15", "t_wu", "好的，打完注意观察，下午正常来上课就行。", r="vac"),
    m("1 12:00", "x_estate", "各位家长中午好！明德学校旁边的学区房最后10套，首付20万起，买房直接落户入学，想了解的扫码加我", "ad", k="image"),
    m("1 12:05", "p_jincx_ma", "这个人不是咱班家长吧，吴老师处理一下", h=1),
    m("1 12:10", "t_wu", "已移除。提醒大家：入学政策以教育局公布为准，不要相信中介“买房保入学”的说法。", h=1),
    m("1 16:00", "t_xu", "今天的数学作业：课本第56页1-4题，明天交。", tag="mh"),
    m("1 16:02", "p_wenjing_nai", "收到", "ack_reply", r="mh"),
    m("1 16:03", "p_fangxiang_ba", "收到徐老师", "ack_reply", r="mh"),
    m("1 16:10", "p_tangguo_ma", "徐老师，第3题的“几倍”孩子不理解，怎么给她讲比较好？", tag="bei"),
    m("1 16:20", "t_xu", "可以用小棒摆一摆，一份是几根，三份就是三倍。", r="bei"),
    m("1 16:21", "p_tangguo_ma", "谢谢徐老师，懂了", h=1, r="bei"),
    m("1 19:25", "t_wu", "明天降温，请孩子穿厚外套。", h=1, tag="coat"),
    m("1 19:30", "p_yushi_ma", "好的吴老师", "ack_reply", r="coat"),
    # --- day 2 (Tue) ---
    m("2 06:50", "t_wu", "【紧急通知】受大雾影响，今天早上校车延迟半小时，请家长在站点耐心等候，注意安全。请回复“收到”。", h=1, u=1, tag="fog"),
    m("2 06:52", "p_fangxiang_ba", "收到", h=1, u=1, r="fog"),
    m("2 06:53", "p_wenjing_nai", "收到", h=1, u=1, r="fog"),
    m("2 06:55", "p_ningke_ma", "吴老师，那第一节课会推迟吗？", r="fog", tag="first"),
    m("2 07:05", "t_wu", "第一节课照常，坐校车的孩子不算迟到。", r="first"),
    m("2 09:30", "p_fangxiang_ba", "吴老师，我把我表舅拉进来了，他懂国学，可以给孩子们讲讲", h=1),
    m("2 09:32", "x_fortune", "各位家长好，鄙人研究易经三十年，可根据孩子生辰八字测算学业运势、取名改名，本群家长免费看一次，私信即可", "illegal ad"),
    m("2 09:35", "t_wu", "方向爸爸，拉人进群要先经过班主任同意，算命这类内容也不能在班级群发布，我先把他移出。", h=1),
    m("2 09:40", "p_fangxiang_ba", "不好意思吴老师，是我没考虑周到", h=1),
    m("2 11:00", "p_yushi_ye", "吴老师好我是于是爷爷以后放学我来接于是"),
    m("2 11:05", "t_wu", "爷爷好，欢迎！放学在南门接。"),
    m("2 14:00", "t_zheng", "英语单元测试成绩已经私信发给各位家长，请查收，有问题私聊我。", h=1),
    m("2 14:20", "t_xu", "三(4)班数学期中成绩一览（按分数从高到低）", "ranking", k="image"),
    m("2 14:25", "t_wu", "徐老师，成绩表请撤回，学校规定不公开排名。", h=1),
    m("2 14:26", "t_xu", "抱歉，已撤回。", h=1),
    m("2 14:30", "p_cuihao_ba", "撤回了也没用，我都看到了，崔浩倒数第三，孩子被同学笑话你们负责吗？老师连这点小事都做不好", "slander dispute"),
    m("2 14:35", "t_wu", "崔浩爸爸，非常抱歉，是我们工作失误，我马上给您打电话。", h=1),
    # --- day 3 (Wed) ---
    m("3 07:40", "t_wu", "今日语文作业：背诵《望天门山》，家长听完背诵后在群里接龙。", tag="jl"),
    m("3 07:45", "t_zheng", "英语作业：读Unit 5单词，周五听写。", tag="dict"),
    m("3 07:50", "p_dingyi_ma", "郑老师，听写范围是单词表上加粗的那些吗？", r="dict", tag="dq"),
    m("3 07:55", "t_zheng", "对，只听写加粗的。", r="dq"),
    m("3 08:00", "t_xu", "昨天没交作业的：马思远、柯宇轩、蔡依晨，请家长督促补交。", "student_privacy"),
    m("3 08:10", "p_masy_ma", "徐老师，作业在书包夹层里，他忘了拿出来，今天带给您。", h=1),
    m("3 08:20", "p_lvzx_ma", "昨天梓萱作业没写完就睡着了，于是我让她今天早上起来补的，徐老师见谅", h=1),
    m("3 12:30", "p_xiatian_ma", "吴老师，想跟您说一下夏天的情况，她最近一到晚上就说肚子疼，去医院查了也没毛病，医生说可能是焦虑。她说班里有几个女生不跟她玩了，下课就一个人坐着，回家也不爱说话。我和她爸最近在闹离婚，孩子可能也感觉到了，我真的很自责……", "private_matter", tag="pm"),
    m("3 12:40", "t_wu", "夏天妈妈，辛苦了。孩子这段时间在学校确实比较安静，我会安排她和几个性格温和的同学一组，也会请心理老师跟她聊聊。家里的事尽量别当着孩子面说。", "private_matter", r="pm"),
    m("3 12:45", "p_qiancheng_ba", "我家之前也这样，孩子焦虑就带去儿童医院看心理科，别拖", "private_matter", r="pm"),
    m("3 12:50", "p_xiatian_ma", "谢谢吴老师，她晚上还会偷偷哭，我不知道该怎么跟她说", "private_matter"),
    m("3 12:55", "t_wu", "夏天妈妈，我下午给您打电话详细聊。", h=1),
    m("3 15:00", "p_guozh_ma", "我在抖音上看到的，明天全市中小学因为流感停课一周，教育局已经发文了，大家赶紧准备", "rumor", tag="flu"),
    m("3 15:02", "p_suxm_ma", "真的吗？吴老师，学校收到通知了吗？", h=1, r="flu"),
    m("3 15:10", "t_wu", "没有收到停课通知，明天正常上课。如有变化，学校会第一时间正式通知。", h=1, r="flu"),
    m("3 15:15", "p_guozh_ma", "不好意思，我看错了，是外省的", h=1),
    m("3 16:00", "p_luoyf_ba", "各位，我们公司在做少儿财商课，周末免费体验，需要的家长V我：luoyf_caishang", "ad"),
    m("3 16:05", "p_jincx_ma", "罗一帆爸爸，群里不让发这个哈", h=1),
    m("3 16:06", "p_luoyf_ba", "关你屁事，又没发你家", "abuse dispute"),
    m("3 16:10", "t_wu", "罗一帆爸爸，金晨曦妈妈是家委会监督员，提醒是按群规来的，请撤回广告。", h=1),
    m("3 18:00", "p_ningke_ma", "#接龙\n1. 宁可 已背", h=1, r="jl"),
    m("3 18:05", "p_wenjing_nai", "#接龙\n1. 宁可 已背\n2. 文静 已背", h=1, r="jl"),
    m("3 18:10", "p_xiatian_ma", "#接龙\n1. 宁可 已背\n2. 文静 已背\n3. 夏天 已背", h=1, r="jl"),
    # --- day 4 (Thu) ---
    m("4 07:20", "t_wu", "研学的孩子7点40在校门口集合，带水杯和午餐。"),
    m("4 10:30", "t_wu", "科技馆研学", k="image", tag="trip"),
    m("4 10:30:20", "t_wu", "", k="image"),
    m("4 10:31", "t_wu", "", k="image", h=1),
    m("4 10:35", "p_yushi_ye", "好好好", "ack_reply", r="trip"),
    m("4 10:36", "p_lvzx_ma", "孩子们玩得真开心😊", "ack_reply", r="trip"),
    m("4 10:40", "p_lvzx_ma", "科技馆新开了个恐龙馆，门票才50，周末带娃去的可以看看，美团上有优惠券", "chat", tag="dino"),
    m("4 10:45", "p_suxm_ma", "美团上现在39，我刚买了", "chat", r="dino"),
    m("4 13:00", "t_wu", "研学回来请孩子写一篇小日记，明天交，不需要在群里回复。", tag="diary"),
    m("4 13:01", "p_yushi_ma", "好的", "ack_reply", r="diary"),
    m("4 13:01:20", "p_yushi_ma", "好的", "ack_reply", r="diary"),
    m("4 13:01:40", "p_yushi_ma", "好的", "ack_reply flood", r="diary"),
    m("4 14:00", "p_cuihao_ba", "我听说这次研学每人收了120，科技馆门票才30，剩下的钱进了谁的口袋大家心里有数", "slander", tag="fee"),
    m("4 14:05", "p_jincx_ma", "研学费用明细学校上周发过公示，门票、大巴、保险、午餐都列了，大家可以看家长通知书。", h=1, r="fee"),
    m("4 14:10", "p_cuihao_ba", "公示谁不会做？我看就是借研学捞钱。大家下次都别交了，集体不参加，看学校还怎么搞", "incitement slander dispute", tag="boy"),
    m("4 14:12", "p_guozh_ma", "算我一个，下次不交了", "incitement", r="boy"),
    m("4 14:15", "p_ningke_ma", "我觉得没必要这样，孩子们玩得挺开心的，钱的事去学校问清楚不就行了", "dispute", r="boy"),
    m("4 14:20", "t_wu", "各位家长，研学费用有任何疑问欢迎到学校查看票据，请私信我约时间。", h=1),
    m("4 16:30", "t_wu", "下周五学校举办爱心义卖，孩子可以带两三件闲置文具或图书来，所得款项捐给山区学校。", h=1),
    m("4 17:00", "p_yushi_ye", "吴老师明天几点放学"),
    m("4 17:00:30", "p_yushi_ye", "吴老师明天几点放学"),
    m("4 17:01", "p_yushi_ye", "吴老师明天几点放学", "flood"),
    m("4 17:05", "t_wu", "爷爷，明天下午三点四十放学。"),
    # --- day 5 (Fri) ---
    m("5 07:10", "t_xu", "本次数学口算比赛获奖名单：一等奖方向、宁可，二等奖丁一、易安，请家长多多鼓励。", h=1),
    m("5 07:12", "p_fangxiang_ba", "谢谢徐老师！方向回家说要再接再厉", h=1),
    m("5 08:00", "t_xu", "口算比赛具体成绩：方向100分，宁可99分，丁一97分，易安96分。", "ranking"),
    m("5 09:00", "p_dingyi_ma", "https://t.cn/A6xYz9 各位家长帮忙看下这个，孩子们的安全教育视频", "link"),
    m("5 09:05", "p_jincx_ma", "短链接不建议点，安全教育的链接以学校发的为准：https://www.lgxq-mingde.edu.cn/aqjy", h=1),
    m("5 09:30", "t_wu", "丁一妈妈，方便的话加我一下微信，有点事想私下跟您聊。", h=1),
    m("5 10:00", "p_qiancheng_ba", "今天A股大涨，群里有炒股的没，推荐个票", "chat", tag="stk"),
    m("5 10:05", "p_guozh_ma", "别提了，我还套着呢😭", "chat", r="stk"),
    m("5 19:35", "p_cuihao_ba", "晚上好，转发：冬至养生十法，多喝姜汤，转给你在乎的人", "chat"),
    m("5 19:40", "p_lvzx_ma", "吴老师，明天周六社区活动要穿校服吗？", tag="sat"),
    m("5 19:50", "t_wu", "不用穿校服。大家晚上早点休息。", r="sat"),
    m("5 22:10", "p_luoyf_ba", "@金晨曦妈妈 你个长舌妇，天天在群里管东管西，就你管得宽", "abuse dispute"),
    m("5 22:15", "p_jincx_ma", "我不跟你吵，有事找吴老师。"),
    # --- day 6 (Sat) ---
    m("6 10:00", "p_wenjing_nai", "各位家长周末好祝大家周末愉快身体健康", "chat"),
    m("6 10:30", "p_suxm_ma", "有一起拼团买橙子的吗 赣南脐橙10斤39 我是团长 拉你们进群", "ad"),
    m("6 10:40", "p_ningke_ma", "徐老师，宁可这周数学课说有一块没听懂，是分数那里", tag="nk"),
    m("6 11:00", "t_xu", "宁可上课挺认真的，分数初步认识确实有点抽象，周一我给她单独讲讲。", h=1, r="nk"),
    m("6 11:02", "p_ningke_ma", "太好了，谢谢徐老师", h=1, r="nk"),
]


# ==========================================================================
# derivation, output, validation
# ==========================================================================
ORDER = ["membership", "nickname", "invite", "illegal", "ad", "link", "rumor", "abuse",
         "slander", "incitement", "ranking", "student_privacy", "private_matter", "dispute",
         "chat", "flood", "ack_reply", "quiet_hours"]
DERIVED = {"membership", "nickname", "invite", "quiet_hours"}
COVERS_CHAT = {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}


def hm(s):
    h, mi = s.split(":")[:2]
    return int(h) * 60 + int(mi)


def in_quiet(ts, window):
    start, end = hm(window[0]), hm(window[1])
    t = ts.hour * 60 + ts.minute
    return (t >= start or t < end) if start > end else (start <= t < end)


def norm(text):
    text = re.sub(r"\[[^\[\]]{1,8}\]", "", unicodedata.normalize("NFKC", text)).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def name_ok(name, sender, ros):
    for tid, tname, subj, role in ros["teachers"]:
        if tid == sender:
            return subj in name
    kids = [st for st, gs in ros["students"] if any(g == sender for g, _ in gs)]
    return any(k in name for k in kids) and any(r in name for r in RELATIONS)


def build_group(g):
    cfg, ros, eps = GROUPS[g], ROSTERS[g], EPISODES[g]
    teachers = {t[0] for t in ros["teachers"]}
    head = {t[0] for t in ros["teachers"] if t[3] == "head_teacher"}
    guardians = {gid for _, gs in ros["students"] for gid, _ in gs}
    members = {mid: (dn, j) for mid, dn, j in ros["members"]}
    assert ros["supervisor"] in guardians and ros["supervisor"] in members, g
    assert len(members) == len(ros["members"]), g + " duplicate member"
    assert len(guardians) == sum(len(gs) for _, gs in ros["students"]), g + " duplicate guardian"
    assert 3 <= len(teachers) <= 5 and len(head) == 1 and 20 <= len(ros["students"]) <= 30, g
    cur = {mid: dn for mid, (dn, _) in members.items()}
    seen, tags, out = set(), {}, []
    day1 = dt.date.fromisoformat(cfg["day1"])
    tz = dt.timezone(dt.timedelta(hours=8))
    for i, e in enumerate(eps, 1):
        mid = f"{g}-{i:04d}"
        day, clock = e["t"].split()
        parts = [int(x) for x in clock.split(":")] + [0]
        ts = dt.datetime.combine(day1 + dt.timedelta(days=int(day) - 1),
                                 dt.time(parts[0], parts[1], parts[2]), tz)
        s = e["s"]
        assert s in members, f"{mid}: sender {s} not a member"
        assert not (set(e["e"]) & DERIVED), f"{mid}: derived category hand-set"
        if e["n"]:
            cur[s] = e["n"]
        cats = set(e["e"])
        if s not in seen:
            seen.add(s)
            rostered = s in teachers or s in guardians
            if not rostered:
                cats.add("membership")
            elif not name_ok(cur[s], s, ros):
                cats.add("nickname")
            j = members[s][1]
            if j and j.get("via") == "invite" and not j.get("approved") and j.get("by") not in head:
                cats.add("invite")
        if in_quiet(ts, cfg["quiet"]) and not e["u"]:
            cats.add("quiet_hours")
        if e["u"]:
            assert in_quiet(ts, cfg["quiet"]), f"{mid}: urgent flag outside window"
        reply = None
        if e["r"]:
            assert e["r"] in tags, f"{mid}: unknown reply tag {e['r']}"
            reply = tags[e["r"]]
        if e["tag"]:
            assert e["tag"] not in tags, f"{mid}: duplicate tag"
            tags[e["tag"]] = mid
        out.append({"id": mid, "ts": ts.isoformat(), "group": g, "sender": s, "name": cur[s],
                    "text": e["text"], "kind": e["k"], "reply_to": reply,
                    "expect": [c for c in ORDER if c in cats], "hard_negative": e["h"]})
    return out


def validate(g, rows):
    ros = ROSTERS[g]
    members = {mid for mid, _, _ in ros["members"]}
    ids, last = set(), None
    run_sender, run_text, run_len = None, None, 0
    for r in rows:
        assert set(r) == {"id", "ts", "group", "sender", "name", "text", "kind",
                          "reply_to", "expect", "hard_negative"}, r["id"]
        assert r["id"] not in ids, r["id"]
        ts = dt.datetime.fromisoformat(r["ts"])
        assert last is None or ts >= last, f"{r['id']}: ts order"
        assert r["reply_to"] is None or r["reply_to"] in ids, f"{r['id']}: reply_to"
        ids.add(r["id"])
        last = ts
        assert r["sender"] in members and r["group"] == g
        assert r["kind"] in KINDS, r["id"]
        assert set(r["expect"]) <= CATS, r["id"]
        assert isinstance(r["hard_negative"], bool)
        if "chat" in r["expect"]:
            assert not (set(r["expect"]) & COVERS_CHAT), f"{r['id']}: chat stacked"
        # flood consistency: recompute from the definition
        n = norm(r["text"])
        if r["sender"] == run_sender and n and n == run_text:
            run_len += 1
        else:
            run_sender, run_text, run_len = r["sender"], n, (1 if n else 0)
            if not n:
                run_sender = r["sender"]
        should = bool(n) and run_len >= 3
        assert should == ("flood" in r["expect"]), f"{r['id']}: flood label mismatch"
        if not n and r["kind"] in ("image", "voice"):
            assert not (set(r["expect"]) - {"quiet_hours", "membership", "nickname", "invite"}), r["id"]


def main():
    groups_yaml = {"groups": {}}
    all_rows = {}
    for g, cfg in GROUPS.items():
        ros = ROSTERS[g]
        groups_yaml["groups"][g] = {
            "school": cfg["school"], "class": cfg["klass"], "grade": cfg["grade"],
            "platform": cfg["platform"], "timezone": "Asia/Shanghai",
            "quiet_hours": {"start": Quoted(cfg["quiet"][0]), "end": Quoted(cfg["quiet"][1])},
            "allowed_link_domains": cfg["domains"],
            "transcript": f"transcripts/{g}.jsonl", "roster": f"rosters/{g}.yaml"}
        roster = {
            "group": g, "school": cfg["school"], "class": cfg["klass"],
            "roster": {
                "teachers": [{"id": i, "name": n, "subject": s, "role": r}
                             for i, n, s, r in ros["teachers"]],
                "supervisor": ros["supervisor"],
                "students": [{"name": n, "guardians": [{"id": i, "relation": rel} for i, rel in gs]}
                             for n, gs in ros["students"]]},
            "members": [dict({"id": i, "display_name": dn}, **({"joined": j} if j else {}))
                        for i, dn, j in ros["members"]]}
        (BASE / "rosters").mkdir(parents=True, exist_ok=True)
        (BASE / "rosters" / f"{g}.yaml").write_text(
            yaml.safe_dump(roster, allow_unicode=True, sort_keys=False), encoding="utf-8")
        rows = build_group(g)
        (BASE / "transcripts").mkdir(parents=True, exist_ok=True)
        (BASE / "transcripts" / f"{g}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        all_rows[g] = rows
    (BASE / "groups_a.yaml").write_text(
        yaml.safe_dump(groups_yaml, allow_unicode=True, sort_keys=False), encoding="utf-8")

    # ---- re-read everything from disk and validate ----
    gy = yaml.safe_load((BASE / "groups_a.yaml").read_text(encoding="utf-8"))
    assert set(gy["groups"]) == set(GROUPS)
    for g, gc in gy["groups"].items():
        assert (gc["quiet_hours"]["start"], gc["quiet_hours"]["end"]) == GROUPS[g]["quiet"], g
    counts, total, clean, hn, hn_clean = {c: 0 for c in ORDER}, 0, 0, 0, 0
    for g, gc in gy["groups"].items():
        rost = yaml.safe_load((BASE / gc["roster"]).read_text(encoding="utf-8"))
        assert rost["group"] == g
        rows = [json.loads(line) for line in
                (BASE / gc["transcript"]).read_text(encoding="utf-8").splitlines()]
        validate(g, rows)
        days = sorted({r["ts"][:10] for r in rows})
        inq = sum("quiet_hours" in r["expect"] for r in rows)
        gclean = sum(not r["expect"] for r in rows)
        print(f"{g}: {len(rows)} msgs, {len(days)} days {days[0]}..{days[-1]}, "
              f"clean {gclean}, hard_neg {sum(r['hard_negative'] for r in rows)}, "
              f"quiet_hours {inq}, students {len(rost['roster']['students'])}, "
              f"members {len(rost['members'])}")
        for r in rows:
            total += 1
            clean += not r["expect"]
            hn += r["hard_negative"]
            hn_clean += r["hard_negative"] and not r["expect"]
            for c in r["expect"]:
                counts[c] += 1
    print(f"TOTAL {total}  clean {clean} ({100 * clean / total:.0f}%)  "
          f"hard_negative {hn} (of which clean {hn_clean})")
    for c in ORDER:
        print(f"  {c:16s} {counts[c]}")
    low = [c for c in ORDER if counts[c] < 6]
    if low or total < 320 or hn < 100:
        print("REQUIREMENT NOT MET:", low, total, hn)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
