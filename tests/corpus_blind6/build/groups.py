# Group configs and rosters for corpus_blind6. alias = short key used in src/*.txt
def T(alias, id, name, subject, display, role="teacher", joined=None):
    return dict(alias=alias, id=id, name=name, subject=subject, role=role, display=display, joined=joined)

def build(school, klass, grade, platform, qh, allowed, teachers, students, supervisor, extras):
    """students: [(name, [(alias, id, relation, display, joined?)])]; extras: [(alias, id, display, joined)]"""
    g = dict(school=school, **{"class": klass}, grade=grade, platform=platform,
             quiet_hours=dict(start=qh[0], end=qh[1]), allowed=allowed, teachers=[], students=[], members=[])
    for t in teachers:
        g["teachers"].append(dict(id=t["id"], name=t["name"], subject=t["subject"], role=t["role"], alias=t["alias"]))
        g["members"].append(dict(alias=t["alias"], id=t["id"], display_name=t["display"], joined=t["joined"]))
    for sname, gs in students:
        st = dict(name=sname, guardians=[])
        for gd in gs:
            a, i, rel, disp = gd[:4]
            j = gd[4] if len(gd) > 4 else None
            st["guardians"].append(dict(alias=a, id=i, relation=rel))
            g["members"].append(dict(alias=a, id=i, display_name=disp, joined=j))
        g["students"].append(st)
    for a, i, disp, j in extras:
        g["members"].append(dict(alias=a, id=i, display_name=disp, joined=j))
    g["supervisor"] = next(m["id"] for m in g["members"] if m["alias"] == supervisor)
    return g

def inv(by, ok=False):
    return {"via": "invite", "by": by, "approved": ok}
QR = {"via": "qr_code"}

GROUPS = {}

GROUPS["ia"] = build("青山区实验小学", "一年级(3)班", 1, "wechat", ("20:00", "07:00"), ["qsexp.edu.cn", "smartedu.cn"],
    [T("chen", "t_chen", "陈静", "语文", "语文陈静（班主任）", "head_teacher"),
     T("wu", "t_wu", "吴海涛", "数学", "数学吴老师"),
     T("lin", "t_lin", "林小雨", "英语", "林老师"),
     T("sun", "t_sun", "孙浩", "体育", "体育孙浩")],
    [("王梓涵", [("wangm", "p_wang_mom", "妈妈", "王梓涵妈妈"), ("wangnn", "p_wang_nainai", "奶奶", "王梓涵奶奶")]),
     ("李一诺", [("lid", "p_li_dad", "爸爸", "李一诺爸爸⚽")]),
     ("张书瑶", [("zhangm", "p_zhang_mom", "妈妈", "书瑶妈妈")]),
     ("刘浩然", [("lium", "p_liu_mom", "妈妈", "刘浩然妈妈")]),
     ("陈思远", [("chend", "p_chen_dad", "爸爸", "陈思远爸爸")]),
     ("赵子墨", [("zhaom", "p_zhao_mom", "妈妈", "Grace")]),
     ("黄欣怡", [("huangm", "p_huang_mom", "妈妈", "黄欣怡妈妈"), ("huangwp", "p_huang_waipo", "外婆", "黄欣怡外婆", inv("p_huang_mom"))]),
     ("周子轩", [("zhoud", "p_zhou_dad", "爸爸", "周子轩爸爸")]),
     ("吴雨桐", [("wum", "p_wu_mom", "妈妈", "吴雨桐妈妈")]),
     ("孙一鸣", [("sunm", "p_sun_mom", "妈妈", "向日葵🌻")]),
     ("马嘉琪", [("mam", "p_ma_mom", "妈妈", "马嘉琪妈妈")]),
     ("杨博文", [("yangyy", "p_yang_yeye", "爷爷", "杨博文爷爷")]),
     ("何梦瑶", [("hem", "p_he_mom", "妈妈", "何梦瑶妈妈")]),
     ("郑浩宇", [("zhengd", "p_zheng_dad", "爸爸", "郑浩宇爸爸")])],
    "hem",
    [("tuoguan", "x_tuoguan", "星星托管-小王老师", QR),
     ("aunt", "x_zhang_aunt", "张书瑶小姨", inv("p_zhang_mom")),
     ("insure", "x_insure", "刘姐-少儿保险规划", QR)])

GROUPS["ib"] = build("明德中学", "初二(5)班", 8, "qq", ("21:30", "06:30"), [],
    [T("zheng", "31001", "郑伟", "数学", "数学郑伟（班主任）", "head_teacher"),
     T("xu", "31002", "许丽", "语文", "语文许丽"),
     T("gao", "31003", "高峰", "物理", "物理高老师"),
     T("tang", "31004", "唐敏", "英语", "Tina唐")],
    [("林子豪", [("linm", "32001", "妈妈", "林子豪妈妈")]),
     ("陈一凡", [("chend", "32002", "爸爸", "陈一凡爸爸")]),
     ("许嘉怡", [("xum", "32003", "妈妈", "许嘉怡妈妈")]),
     ("王晨阳", [("wangd", "32004", "爸爸", "王晨阳爸爸")]),
     ("刘佳琪", [("lium", "32005", "妈妈", "刘佳琪妈妈")]),
     ("张宇航", [("zhangm", "32006", "妈妈", "宇航妈")]),
     ("赵一鸣", [("zhaod", "32007", "爸爸", "赵一鸣爸爸")]),
     ("孙雅婷", [("sunm", "32008", "妈妈", "孙雅婷妈妈")]),
     ("周俊杰", [("zhoud", "32009", "爸爸", "周俊杰爸爸")]),
     ("吴思琪", [("wuj", "32010", "家长", "吴思琪家长")]),
     ("郭子涵", [("guod", "32011", "爸爸", "老郭")]),
     ("黄一帆", [("huangm", "32012", "妈妈", "黄一帆妈妈")]),
     ("马思远", [("mad", "32013", "爸爸", "马思远爸爸")]),
     ("何欣然", [("hem", "32014", "妈妈", "何欣然妈妈")]),
     ("罗浩", [("luom", "32015", "妈妈", "罗浩妈妈")])],
    "lium",
    [("kid", "38001", "林子豪", inv("32001")),
     ("tutor", "38002", "数学思维提分-陈老师", QR),
     ("other", "38003", "初二(3)班李航妈妈", inv("32004"))])

GROUPS["ic"] = build("滨江外国语学校", "四年级(2)班", 4, "matrix", ("20:00", "07:00"), ["bjwgy.edu.cn", "smartedu.cn"],
    [T("he", "@he.jing:bjwgy.chat", "何婧", "英语", "英语何婧（班主任）", "head_teacher"),
     T("qian", "@qian.zq:bjwgy.chat", "钱志强", "数学", "数学钱志强"),
     T("fang", "@fang.f:bjwgy.chat", "方芳", "语文", "语文方老师"),
     T("bai", "@bai.xue:bjwgy.chat", "白雪", "音乐", "音乐白雪")],
    [("江雨萱", [("jiangm", "@jiang.mom:bjwgy.chat", "妈妈", "江雨萱妈妈")]),
     ("沈奕辰", [("shend", "@shen.dad:bjwgy.chat", "爸爸", "沈奕辰爸爸")]),
     ("韩笑", [("hanm", "@han.mom:bjwgy.chat", "妈妈", "韩笑妈妈")]),
     ("冯子睿", [("fengd", "@kevin.feng:bjwgy.chat", "爸爸", "Kevin Feng")]),
     ("曹可馨", [("caom", "@cao.mom:bjwgy.chat", "妈妈", "可馨妈")]),
     ("邓嘉豪", [("dengm", "@deng.mom:bjwgy.chat", "妈妈", "邓嘉豪妈妈")]),
     ("彭一诺", [("pengd", "@peng.dad:bjwgy.chat", "爸爸", "彭一诺爸爸")]),
     ("蒋欣悦", [("jiangwg", "@jiang.waigong:bjwgy.chat", "外公", "蒋欣悦外公")]),
     ("谢天佑", [("xiem", "@xie.mom:bjwgy.chat", "妈妈", "谢天佑妈妈")]),
     ("董思涵", [("dongm", "@dong.mom:bjwgy.chat", "妈妈", "董思涵妈妈")]),
     ("袁浩宇", [("yuand", "@yuan.dad:bjwgy.chat", "爸爸", "袁浩宇爸爸")]),
     ("潘雨欣", [("panm", "@pan.mom:bjwgy.chat", "妈妈", "潘雨欣妈妈")]),
     ("苏明哲", [("sum", "@su.mom:bjwgy.chat", "妈妈", "苏明哲妈妈"), ("sud", "@su.dad:bjwgy.chat", "爸爸", "苏明哲爸爸")]),
     ("陆子怡", [("lum", "@lu.mom:bjwgy.chat", "妈妈", "子怡妈咪")])],
    "caom",
    [("fengshui", "@mingxin:matrix.org", "易经国学-明心师傅", QR),
     ("estate", "@xiaozhao.fc:matrix.org", "滨江学区房-小赵", inv("@deng.mom:bjwgy.chat")),
     ("leftmom", "@song.mom:bjwgy.chat", "宋佳怡妈妈", None)])

GROUPS["id"] = build("锦城实验学校", "初一(2)班", 7, "wechat", ("22:00", "06:30"), [],
    [T("luo", "t_luo", "罗晓梅", "语文", "语文罗晓梅（班主任）", "head_teacher"),
     T("deng", "t_deng", "邓刚", "数学", "数学邓刚"),
     T("yang", "t_yang", "杨柳", "英语", "英语杨柳"),
     T("pu", "t_pu", "蒲建", "体育", "体育蒲老师")],
    [("李沐阳", [("lim", "p_limy_mom", "妈妈", "李沐阳妈妈")]),
     ("王子轩", [("wangd", "p_wangzx_dad", "爸爸", "王子轩爸爸")]),
     ("张雨涵", [("zhangm", "p_zhangyh_mom", "妈妈", "张雨涵妈妈")]),
     ("刘星宇", [("liud", "p_liuxy_dad", "爸爸", "刘星宇爸爸")]),
     ("陈梓萌", [("chenm", "p_chenzm_mom", "妈妈", "陈梓萌妈妈")]),
     ("杨浩", [("yangnn", "p_yangh_nainai", "奶奶", "杨浩奶奶", inv("p_zhusq_mom"))]),
     ("赵欣妍", [("zhaom", "p_zhaoxy_mom", "妈妈", "赵欣妍妈妈")]),
     ("黄子健", [("huangd", "p_huangzj_dad", "爸爸", "黄子健爸爸")]),
     ("周雨彤", [("zhoum", "p_zhouyt_mom", "妈妈", "周雨彤妈妈")]),
     ("吴昊天", [("wud", "p_wuht_dad", "爸爸", "吴昊天爸爸")]),
     ("徐可", [("xum", "p_xuk_mom", "妈妈", "徐可妈妈")]),
     ("胡一航", [("hud", "p_huyh_dad", "爸爸", "胡老板")]),
     ("朱思琪", [("zhum", "p_zhusq_mom", "妈妈", "朱思琪妈妈")]),
     ("何俊熙", [("hem", "p_hejx_mom", "妈妈", "俊熙麻麻")]),
     ("冉小雨", [("rand", "p_ranxy_dad", "爸爸", "冉小雨爸爸")])],
    "zhaom",
    [("weishang", "x_laxiang", "蜀香腊味-幺妹", inv("p_zhouyt_mom")),
     ("sister", "x_limy_sister", "李沐阳姐姐", inv("t_luo", True))])

GROUPS["ie"] = build("越秀区育才小学", "三年级(4)班", 3, "wechat", ("20:00", "07:00"), [],
    [T("mai", "t_mai", "麦嘉欣", "语文", "语文麦嘉欣（班主任）", "head_teacher"),
     T("liang", "t_liang", "梁志明", "数学", "数学梁老师"),
     T("ou", "t_ou", "区美玲", "英语", "英语区美玲"),
     T("guan", "t_guan", "关家豪", "科学", "科学关家豪")],
    [("陈嘉乐", [("chenm", "p_chenjl_mom", "妈妈", "陈嘉乐妈妈")]),
     ("李晓彤", [("lim", "p_lixt_mom", "妈妈", "李晓彤妈妈")]),
     ("黄子朗", [("huangd", "p_huangzl_dad", "爸爸", "黄子朗爸爸")]),
     ("梁思颖", [("liangm", "p_liangsy_mom", "妈妈", "梁思颖妈妈")]),
     ("何俊贤", [("henn", "p_hejx_nainai", "奶奶", "何俊贤奶奶")]),
     ("冯乐怡", [("fengm", "p_fengly_mom", "妈妈", "冯乐怡妈妈")]),
     ("罗浩贤", [("luod", "p_luohx_dad", "爸爸", "罗浩贤爸爸")]),
     ("谭晓欣", [("tanm", "p_tanxx_mom", "妈妈", "Cathy")]),
     ("邓卓霖", [("dengd", "p_dengzl_dad", "爸爸", "邓卓霖爸爸")]),
     ("苏颖欣", [("sum", "p_suyx_mom", "妈妈", "苏颖欣妈妈")]),
     ("叶子豪", [("yem", "p_yezh_mom", "妈妈", "叶子豪妈妈")]),
     ("钟雅琳", [("zhongm", "p_zhongyl_mom", "妈妈", "钟雅琳妈妈"), ("zhongwp", "p_zhongyl_waipo", "外婆", "钟雅琳外婆", inv("p_zhongyl_mom"))]),
     ("区俊杰", [("oud", "p_oujj_dad", "爸爸", "俊杰爸")]),
     ("卢家明", [("lum", "p_lujm_mom", "妈妈", "卢家明妈妈")])],
    "liangm",
    [("daigou", "x_daigou", "港货代购Winnie", QR),
     ("othercls", "x_othercls", "三(2)班林妈妈", QR)])

GROUPS["if"] = build("思明区滨海小学", "五年级(1)班", 5, "qq", ("19:30", "07:30"), ["smbhxx.cn"],
    [T("lin", "51001", "林雅琴", "数学", "数学林雅琴(班主任)", "head_teacher"),
     T("chen", "51002", "陈志伟", "语文", "语文陈志伟"),
     T("huang", "51003", "黄丽娟", "英语", "英语黄老师"),
     T("cai", "51004", "蔡明", "科学", "蔡老师")],
    [("林思琪", [("linm", "52001", "妈妈", "林思琪妈妈")]),
     ("陈伟杰", [("chend", "52002", "爸爸", "陈伟杰爸爸")]),
     ("黄雅婷", [("huangm", "52003", "妈妈", "黄雅婷妈妈")]),
     ("吴俊豪", [("wunn", "52004", "奶奶", "吴俊豪奶奶")]),
     ("郑雨欣", [("zhengm", "52005", "妈妈", "郑雨欣妈妈")]),
     ("蔡佳怡", [("caid", "52006", "爸爸", "蔡佳怡爸爸")]),
     ("许文博", [("xum", "52007", "妈妈", "许文博妈妈")]),
     ("洪志明", [("hongd", "52008", "爸爸", "洪志明爸爸")]),
     ("庄晓萱", [("zhuangm", "52009", "妈妈", "萱萱妈")]),
     ("苏一航", [("sum", "52010", "妈妈", "苏一航妈妈")]),
     ("王家乐", [("wangd", "52011", "爸爸", "王家乐爸爸")]),
     ("杨紫涵", [("yangm", "52012", "妈妈", "杨紫涵妈妈")]),
     ("叶俊宇", [("yed", "52013", "爸爸", "叶先生")]),
     ("李诗涵", [("lim", "52014", "妈妈", "李诗涵妈妈"), ("liwp", "58003", "外婆", "李诗涵外婆", inv("51001", True))])],
    "zhengm",
    [("uncle", "58001", "许文博舅舅", inv("52007")),
     ("tutor", "58002", "金牌家教-周老师", QR),
     ("fake", "58004", "数学林雅琴（班主任）", QR)])

GROUPS["ig"] = build("金水区育英中学", "高一(7)班", 10, "wechat", ("22:30", "06:00"), [],
    [T("zhao", "t_zhao", "赵建华", "数学", "数学赵建华（班主任）", "head_teacher"),
     T("wang", "t_wang", "王红", "语文", "语文王红"),
     T("liu", "t_liu", "刘畅", "英语", "英语刘畅"),
     T("ma", "t_ma", "马俊", "物理", "物理马俊")],
    [("李浩然", [("lid", "p_lihr_dad", "爸爸", "李浩然爸爸")]),
     ("王一帆", [("wangm", "p_wangyf_mom", "妈妈", "王一帆妈妈"), ("wangd", "p_wangyf_dad", "爸爸", "王一帆爸爸", inv("p_wangyf_mom", True))]),
     ("张家豪", [("zhangm", "p_zhangjh_mom", "妈妈", "张家豪妈妈")]),
     ("刘思雨", [("lium", "p_liusy_mom", "妈妈", "刘思雨妈妈")]),
     ("陈博", [("chend", "p_chenb_dad", "爸爸", "陈博爸爸")]),
     ("杨雪", [("yangm", "p_yangx_mom", "妈妈", "杨雪妈妈")]),
     ("赵梦琪", [("zhaod", "p_zhaomq_dad", "爸爸", "赵梦琪爸爸")]),
     ("孙浩宇", [("sunm", "p_sunhy_mom", "妈妈", "孙浩宇妈妈")]),
     ("周一鸣", [("zhoud", "p_zhouym_dad", "爸爸", "周总")]),
     ("吴佳怡", [("wum", "p_wujy_mom", "妈妈", "吴佳怡妈妈")]),
     ("郭帅", [("guod", "p_guos_dad", "爸爸", "郭帅爸爸")]),
     ("马晓雯", [("mam", "p_maxw_mom", "妈妈", "马晓雯妈妈")]),
     ("胡天宇", [("hum", "p_huty_mom", "妈妈", "胡天宇妈妈")]),
     ("段雨桐", [("duanm", "p_duanyt_mom", "妈妈", "雨桐妈妈")]),
     ("牛子昂", [("niuyy", "p_nzy_yeye", "爷爷", "牛子昂爷爷", inv("t_zhao", True))])],
    "lium",
    [("gaokao", "x_gaokao", "高考志愿规划-李老师", QR),
     ("cousin", "x_wangyf_cousin", "王一帆表哥", inv("p_wangyf_mom"))])

GROUPS["ih"] = build("道里区红星小学", "二年级(1)班", 2, "matrix", ("20:00", "07:00"), [],
    [T("bai", "@bai.yl:hxxx.im", "白玉兰", "语文", "语文白玉兰（班主任）", "head_teacher"),
     T("guan", "@guan.q:hxxx.im", "关强", "数学", "数学关强"),
     T("yu", "@yu.jia:hxxx.im", "于佳", "音乐", "音乐于老师"),
     T("chang", "@chang.s:hxxx.im", "常胜", "体育", "体育常胜")],
    [("王思博", [("wangd", "@wsb.dad:hxxx.im", "爸爸", "王思博爸爸")]),
     ("刘雨萌", [("lium", "@lym.mom:hxxx.im", "妈妈", "刘雨萌妈妈")]),
     ("张天翼", [("zhangll", "@zty.laolao:hxxx.im", "姥姥", "张天翼姥姥")]),
     ("李欣然", [("lim", "@lxr.mom:hxxx.im", "妈妈", "李欣然妈妈")]),
     ("赵一博", [("zhaod", "@zyb.dad:hxxx.im", "爸爸", "赵一博爸爸")]),
     ("孙美琪", [("sunm", "@smq.mom:hxxx.im", "妈妈", "孙美琪妈妈")]),
     ("高子航", [("gaoly", "@gzh.laoye:hxxx.im", "姥爷", "高子航姥爷")]),
     ("于晓彤", [("yum", "@yxt.mom:hxxx.im", "妈妈", "于晓彤妈妈")]),
     ("邢浩", [("xingd", "@xh.dad:hxxx.im", "爸爸", "浩浩爸")]),
     ("曲诗雨", [("qum", "@qsy.mom:hxxx.im", "妈妈", "曲诗雨妈妈")]),
     ("宋佳琪", [("songm", "@sjq.mom:hxxx.im", "妈妈", "宋佳琪妈妈")]),
     ("崔明远", [("cuid", "@cmy.dad:hxxx.im", "爸爸", "明远爸")]),
     ("姜楠", [("jiangm", "@jn.mom:hxxx.im", "妈妈", "姜楠妈妈")]),
     ("韩冬", [("hanm", "@hd.mom:hxxx.im", "妈妈", "冬冬妈妈")])],
    "lim",
    [("invest", "@wang.jl:matrix.org", "鑫泰理财-王经理", inv("@zyb.dad:hxxx.im")),
     ("photo", "@xiaomei.photo:matrix.org", "儿童摄影-小美", QR)])
