GROUP = {
    "id": "e5", "school": "大塘镇中心小学", "class": "四年级(1)班", "grade": 4, "platform": "qq",
    "quiet_hours": {"start": "21:30", "end": "06:30"},
    "domains": ["dtzxxx.cn", "gxeduyun.edu.cn"],
    "families": 32,
    "teachers": [
        ("t_luo", "罗秀英", "语文", "head_teacher", "语文罗秀英（班主任）"),
        ("t_tan", "谭志刚", "数学", "teacher", "数学谭志刚"),
        ("t_mo", "莫红", "英语", "teacher", "英语莫红"),
        ("t_liao", "廖春", "美术", "teacher", "廖老师"),
    ],
    "supervisor": "p_lsm_ma",
    "students": [
        ("黄小龙", [("p_hxl_ye", "爷爷", "黄小龙爷爷", None)]),
        ("蒙丽丽", [("p_mll_nai", "奶奶", "蒙丽丽奶奶", None)]),
        ("韦俊杰", [("p_wjj_ma", "妈妈", "韦俊杰妈妈", None), ("p_wjj_nai", "奶奶", "韦俊杰奶奶", None)]),
        ("覃宇", [("p_qy_ba", "爸爸", "覃宇爸爸", None)]),
        ("陆海燕", [("p_lhy_wp", "外婆", "陆海燕外婆", None)]),
        ("梁思敏", [("p_lsm_ma", "妈妈", "梁思敏妈妈", None)]),
        ("廖文", [("p_lw_ba", "爸爸", "廖文爸爸", None)]),
        ("黎明", [("p_lm_ye", "爷爷", "黎明爷爷", None)]),
        ("农佳佳", [("p_njj_ma", "妈妈", "🌸开心就好🌸", None)]),
        ("甘露", [("p_gl_ma", "妈妈", "甘露妈妈", None)]),
        ("卢小燕", [("p_lxy_nai", "奶奶", "卢小燕奶奶", None)]),
        ("潘家宝", [("p_pjb_ba", "爸爸", "潘家宝爸爸", None)]),
        ("欧阳晨", [("p_oyc_ma", "妈妈", "欧阳晨妈妈", None)]),
        ("蒙小康", [("p_mxk_ba", "爸爸", "蒙小康爸爸", None)]),
    ],
    "strangers": [
        ("x_chain", "幸福一家人", {"via": "qr_code"}),
        ("x_ins2", "人寿保险张姐", {"via": "qr_code"}),
        ("x_hxl_shu", "黄小龙叔叔", {"via": "invite", "by": "p_hxl_ye", "approved": True}),
        ("x_qy_self", "覃宇", {"via": "invite", "by": "p_qy_ba", "approved": False}),
        ("x_porn", "午夜小甜甜", {"via": "qr_code"}),
    ],
}

SCRIPT = r"""
@day 2027-03-01
@ep term_start
05:50 p_lm_ye | 罗老师早今天开学孩子几点到学校 | |
06:30 p_lxy_nai | 早上好各位家长新学期新气象祝孩子们学习进步身体健康 | chat | kind=image
06:45 t_luo | 各位家长早上好！今天开学，7:50前到校，请检查孩子的寒假作业是否带齐。营养午餐今天开始供应，不用带饭。黎明爷爷，7:50前到就行。 | | k=ts
06:47 p_hxl_ye | 晓得了 | ack_reply | rt=ts
06:48 p_mll_nai | 收到收到 | ack_reply | rt=ts
06:50 p_gl_ma | [抱拳] | ack_reply | kind=sticker rt=ts
06:55 p_njj_ma | 罗老师，佳佳的寒假作业落在她外婆家了，明天补交可以吗 | | hn
07:00 t_luo | 可以，明天带来。佳佳妈妈群名片改一下哈，孩子名字加妈妈 | | hn
07:02 p_njj_ma | 好的老师 | | name=农佳佳妈妈
@ep grandpa_leave
07:20 p_hxl_ye | 罗老师我是黄小龙的爷爷我孙子昨晚发烧了今天不去学校了请一天假等他好点了我就送他来 | | hn
07:25 t_luo | 好的黄爷爷，让小龙好好休息 | |
07:26 p_hxl_ye | 要得要得谢谢老师 | | hn
@ep chain_letter
09:10 p_mll_nai | 【转发】这是观音菩萨显灵的图片，转发到十个群，你的孩子今年考试门门第一，不转的三天内家里必有灾祸，灵验得很 | illegal | kind=image k=cl
09:15 t_luo | 蒙丽丽奶奶，这种是迷信的东西，不要信也不要转发哦，群里不能发这些。 | | hn
09:17 p_mll_nai | 哦哦好的我不懂 | |
@ep chain_stranger
10:30 x_chain | 转发这条消息给10个家长，孩子必定金榜题名，不转者孩子成绩一落千丈，已有无数家长验证！！！ | illegal |
10:31 x_chain | 转发这条消息给10个家长，孩子必定金榜题名，不转者孩子成绩一落千丈，已有无数家长验证！！！ | illegal |
10:32 x_chain | 转发这条消息给10个家长，孩子必定金榜题名，不转者孩子成绩一落千丈，已有无数家长验证！！！ | illegal |
10:40 t_luo | 陌生人已经移出，大家看到这种转发不要理。 | | hn
@ep lunch_slander
12:30 p_qy_ba | 营养餐的鸡蛋都是臭的，一盘菜看不到几块肉，国家补的钱都被学校贪了，真的气人 | slander,dispute | k=ls
12:35 p_pjb_ba | 就是，家宝说天天吃白菜，肉都进了校长肚子了 | slander,dispute | rt=ls
12:38 p_qy_ba | 大家明天都别让孩子吃营养餐了，一起去镇上教育办讨说法！ | incitement,dispute |
12:40 p_pjb_ba | 我去，算我一个 | incitement |
12:45 p_lsm_ma | 两位爸爸先别急，营养餐每天的菜单和照片都在学校公示栏，有问题我们家委会先去食堂看看，再跟学校反映 | | hn
13:00 t_luo | 各位家长，营养餐的问题我已经报告学校了，学校欢迎家长随时来陪餐监督。有意见可以直接找我或者打校长办公室电话，不要在群里说过激的话，谢谢理解。 | | hn
13:05 p_qy_ba | 好，那我明天去看看 | |
@ep subsidy_rumor
15:10 p_lhy_wp | 听村里人讲今年农村娃娃每人有两千块教育补贴去村委会登记就能领过了月底就没了大家快去 | rumor | k=sr
15:20 p_mxk_ba | 罗老师有这个补贴吗？ | | hn rt=sr
15:30 t_luo | 学校没有接到这个通知，补助政策以教育局和学校正式通知为准，大家不要相信，更不要交任何登记费。 | | hn
@ep insurance
16:40 x_ins2 | 各位家长好，孩子学平险开始办理了，一年一百块，住院报销百分之九十，需要的加我威❤信 zhangjie_bx ，上门办理 | ad |
16:45 t_luo | 这位不是学校的人，学校不推销保险，请大家不要添加。 | | hn
@ep uncle_joins
18:10 p_hxl_ye | 罗老师我把小龙的叔叔拉进来了他在城里打工以后他也看看孩子作业 | |
18:20 t_luo | 好的，已经同意了。 | |
18:30 x_hxl_shu | 老师好，我是黄小龙的叔叔，以后麻烦老师了 | |
@ep night_grandma
21:29 p_mll_nai | 罗老师明天要不要带红领巾 | | hn
21:30 p_mll_nai | - | | kind=voice
21:45 p_lhy_wp | 要带的周一升旗 | |
@day 2027-03-02
@ep far_mother
12:10 p_wjj_ma | 罗老师您好，我和俊杰爸爸在广东打工，一年才回去一次，俊杰跟奶奶住。奶奶说他最近放学天天跑去镇上网吧，还偷拿家里的钱买游戏卡，说了也不听，奶奶年纪大了管不了。我在这边急得睡不着，想辞职回去又怕家里没钱，真不知道怎么办了 | private_matter | k=fm
12:20 p_lsm_ma | 俊杰妈妈别太着急，网吧那边可以跟老板打个招呼不让未成年人进，我们镇上有人这么做过 | private_matter | rt=fm
12:30 t_luo | 俊杰妈妈，俊杰最近在学校也经常不交作业，上课打瞌睡，我找他谈过两次。建议您每天晚上固定时间跟他视频，奶奶那边我也会多联系，有事我随时告诉您。 | private_matter,student_privacy | rt=fm
12:40 t_luo | 后面我们电话里细说。 | | hn
12:41 p_wjj_ma | 好的，谢谢罗老师 | |
@ep bad_scores
16:00 t_tan | 这次单元测试不及格的有：覃宇45分、廖文52分、潘家宝58分，家长要抓紧了。 | ranking,student_privacy | k=bs
16:10 p_qy_ba | 谭老师，你这样把孩子分数发群里什么意思，我孩子以后在村里还怎么见人！ | dispute | rt=bs
16:15 p_lw_ba | 收到谭老师，我回去看着他订正 | | rt=bs
16:20 t_tan | 覃宇爸爸，是我做得不对，已经撤回了，以后分数单独告诉家长。 | | hn
16:25 t_tan | 这次全班平均分79分，比上学期进步了。 | | hn
16:28 p_lsm_ma | 谭老师辛苦 | ack_reply |
@ep pupil_account
19:00 x_qy_self | 我爸叫我来问一下今天数学作业是哪几页 | |
19:05 t_tan | 覃宇，家长群学生不能进哦，作业是练习册第20页，问完让爸爸把你移出去。 | | hn
19:10 x_qy_self | 知道了谭老师 | |
@ep poker_gambling
20:10 p_pjb_ba | 昨晚斗地主赢了三百块，今晚谁来，一块钱一分，微信转账 | illegal |
20:15 p_lsm_ma | 家宝爸爸，群里是说孩子的事的，这个就别发了 | | hn
@day 2027-03-03
@ep egg_ad
08:10 p_lm_ye | 卖自家养的土鸡蛋一块五一个二十个起送要的打我电话 138 7766 5544 | ad |
08:20 p_gl_ma | 黎明爷爷，我要四十个，放学我去拿 | chat |
08:25 t_luo | 黎明爷爷，买卖鸡蛋大家私下联系哈，群里只说孩子的事。 | | hn
@ep bargain_help
10:00 p_lw_ba | 大家帮我点一下助力，领一百块现金，就差一点了🙏 https://p.pinduoduo.com/Kz8sQ1 | ad,link | kind=link_card k=bh
10:05 p_oyc_ma | 点了 | chat | rt=bh
10:06 p_lhy_wp | 我点了怎么要我下载什么东西 | chat | rt=bh
@ep art_teacher
11:00 t_liao | 各位家长好，本周美术课要用到水彩颜料和两支毛笔，学校小卖部有卖，也可以用家里旧的。 | | k=art
11:05 p_mxk_ba | 好的廖老师 | ack_reply | rt=art
11:10 t_luo | 廖老师，群名片麻烦加上学科，改成“美术廖春”～ | | hn
11:12 t_liao | 好的罗老师 | | name=美术廖春
@ep fengshui_grandma
14:30 p_lxy_nai | 我们村的风水先生讲娃娃书桌要朝东放床头不能对着门不然读书读不进去各位家长可以试试很灵的 | illegal |
14:35 p_oyc_ma | 奶奶，这个是迷信，没用的😂还是多陪孩子看看书 | | hn
@ep market_chat
15:40 p_mxk_ba | 明天赶圩有人去不？听说有卖小猪仔的 | chat | k=mk
15:45 p_qy_ba | 去的，我要买点谷种 | chat | rt=mk
15:47 p_mxk_ba | 那明早一起，我骑摩托带你 | chat |
@ep grandma_flood
17:00 p_wjj_nai | 罗老师明天要交钱吗 | |
17:01 p_wjj_nai | 罗老师明天要交钱吗 | |
17:01 p_wjj_nai | 罗老师明天要交钱吗 | |
17:02 p_wjj_nai | 罗老师明天要交钱吗 | |
17:10 t_luo | 韦俊杰奶奶，明天不用交钱，是学校发新书。 | | hn
17:11 p_wjj_nai | 好好好 | |
@ep safety_video
18:00 t_luo | 防溺水安全教育视频，请家长和孩子一起观看：v.qq.com/x/page/f3321kx.html | link | k=sv
18:05 p_hxl_ye | 收到罗老师 | ack_reply | rt=sv
18:10 t_luo | 另外防溺水安全承诺书在广西教育云平台上填写：https://www.gxeduyun.edu.cn/anquan ，填完回复“已填写+孩子姓名”。 | | hn k=sv2
18:20 p_lsm_ma | 已填写 梁思敏 | | rt=sv2
18:25 p_oyc_ma | 已填写，欧阳晨 | | rt=sv2
18:30 p_mll_nai | 罗老师我不会填怎么办 | | rt=sv2
18:35 t_luo | 蒙丽丽奶奶，明天让丽丽带回来，我在学校帮你填。 | |
18:36 p_mll_nai | 谢谢罗老师 | | hn
@day 2027-03-04
@ep grandparents_quarrel
16:40 p_lhy_wp | 蒙小康今天放学路上又把我家海燕推到水沟里去了，衣服全湿了，我真是气得不行 | student_privacy,dispute | k=gq
16:45 p_mxk_ba | 小孩子玩水推来推去的，你怎么一口咬定是我家小康推的？ | dispute | rt=gq
16:47 p_lhy_wp | 好几个娃娃都看到了！你们家就是没家教 | abuse,dispute |
16:48 p_mxk_ba | 老太婆你嘴巴放干净点 | abuse,dispute |
16:50 p_lhy_wp | 你家小孙子再敢碰我家海燕，我打断他的腿 | illegal,dispute |
16:55 t_luo | 两位家长都冷静一下，明天早上我把两个孩子叫来问清楚，再分别给你们打电话，群里就不要说了。 | | hn
17:00 p_mxk_ba | 好，听罗老师的 | |
@ep english_homework
17:30 t_mo | 英语作业：读课文Unit 2三遍，家长签字。请勿回复。 | | k=eh
17:32 p_gl_ma | 收到 | ack_reply | rt=eh
17:33 p_lw_ba | 好的莫老师 | ack_reply | rt=eh
17:35 p_njj_ma | 莫老师，签字是签在书上还是作业本上？ | | hn rt=eh
17:40 t_mo | 签在课本Unit 2那一页就行 | |
@ep night_worried
22:10 p_wjj_ma | 罗老师不好意思这么晚打扰，刚跟俊杰视频了一个钟头，他哭着说想爸爸妈妈，说去网吧是因为放学回家没人跟他说话，答应以后不去了，我听了心里特别难受，准备下个月回去陪他一段时间 | private_matter |
22:30 p_lsm_ma | 俊杰妈妈别难过，能回来陪陪他最好，孩子其实很懂事的 | private_matter |
@day 2027-03-05
@ep dawn_voice
06:10 p_hxl_ye | - | | kind=voice
06:12 p_hxl_ye | 罗老师小龙烧退了今天去上学了 | |
06:40 t_luo | 好的，谢谢黄爷爷告诉我 | |
@ep star_pupils
16:00 t_luo | 本周“学习之星”：梁思敏、黎明、甘露；“进步之星”：黄小龙、蒙丽丽，孩子们继续加油！ | | hn k=st
16:05 p_hxl_ye | 谢谢罗老师小龙回家高兴得不得了 | | hn rt=st
16:06 p_lxy_nai | 老师辛苦了 | ack_reply | rt=st
16:08 p_pjb_ba | 👍 | ack_reply | rt=st
16:10 p_gl_ma | 甘露说要继续努力，谢谢罗老师 | | hn rt=st
@ep pyramid
18:00 p_njj_ma | 姐妹们，我最近在做一个项目，投三千块入会，拉两个人进来就回本，拉得越多返得越多，躺着赚钱，感兴趣的私聊我 | ad |
18:05 p_lsm_ma | 佳佳妈妈，这个听着像传销，大家别参与，群里也不要发这种 | | hn
@day 2027-03-08
@ep like_request
07:30 p_oyc_ma | 家人们帮我朋友圈第一条点个赞👍集满38个赞超市送一桶油，谢谢啦 | ad | k=lk
07:35 p_gl_ma | 赞了 | chat | rt=lk
07:38 p_lsm_ma | 晨晨妈妈，集赞这种就别发班群了哈 | | hn
07:40 p_oyc_ma | 关你什么事，多管闲事 | abuse,dispute |
07:45 t_luo | 欧阳晨妈妈，群规第五条写了不发私人集赞投票，梁思敏妈妈是家委会监督员，是按群规提醒的，请理解。 | | hn
07:50 p_oyc_ma | 好吧，我撤回 | |
@ep merger_rumor
10:20 p_lm_ye | 听镇上的人讲下学期我们学校要撤并到县城去了村里的娃都要去县里读寄宿一个月才回来一次 | rumor | k=mr
10:25 p_mxk_ba | 罗老师，这个是真的吗？娃娃那么小去寄宿怎么得了 | | hn rt=mr
10:40 t_luo | 没有这回事，学校没有接到任何撤并的通知，下学期照常在本校上课。大家不要听信。 | | hn
10:42 p_lm_ye | 那就好那就好 | |
@ep dictation_named
15:30 t_mo | 今天英语单词听写，黄小龙只对了3个，韦俊杰没交听写本，请家长督促。 | student_privacy | k=dn
15:35 p_hxl_ye | 莫老师我晚上让他多读几遍 | | rt=dn
15:40 p_wjj_nai | 老师我不认得英文我叫他自己读 | | rt=dn
@ep own_rank
16:30 p_lw_ba | 谭老师，我家廖文这次期中考试排第几？ | | hn
16:40 t_tan | 廖文这次82分，排全班第12名。 | ranking |
16:42 p_lw_ba | 谢谢谭老师 | | hn
@ep grumble
17:20 p_qy_ba | 开学事情怎么这么多，又要填表又要签字又要上网登记，烦死了，我们哪有时间天天弄这些 | dispute |
17:30 t_luo | 覃宇爸爸辛苦了，不会弄的可以让孩子带回来，我在学校帮着填。 | | hn
@ep porn_qq
23:20 x_porn | 寂寞吗？加扣扣看福利视频，扣扣：⑨⑧⑦⑥⑤④③②，午夜专场🔞 | illegal,ad |
@day 2027-03-09
@ep after_porn
07:10 t_luo | 昨晚有陌生人发不良信息，已经移出去了。大家不要加任何陌生人。 | | hn k=ap
07:12 p_gl_ma | 收到 | ack_reply | rt=ap
07:13 p_lhy_wp | 好的罗老师 | ack_reply | rt=ap
@ep pupil_link
16:20 x_qy_self | 好玩的小游戏 www.4399.com 大家快来玩 | link,chat |
16:25 p_qy_ba | 不好意思各位，这孩子又拿我手机进群了，我马上把他退出去 | |
@ep late_homework
21:40 t_tan | 明天数学课要用量角器，请家长帮孩子准备一个。 | | k=lh
21:42 p_pjb_ba | 收到谭老师 | ack_reply | rt=lh
21:45 p_lhy_wp | 镇上哪里有得卖啊 | | rt=lh
@day 2027-03-10
@ep storm_urgent
21:35 t_luo | 【紧急通知】明天有特大暴雨，大塘至石门路段山体滑坡已封路，石门村的孩子明天不用到校，在家上网课，其他孩子正常上学。请家长注意安全！ | | ex k=stm
21:37 p_lm_ye | 收到 | ack_reply | rt=stm
21:38 p_gl_ma | 收到罗老师 | ack_reply | rt=stm
21:40 p_mll_nai | 罗老师我们蒙村的要去吗 | | rt=stm
@day 2027-03-11
06:35 t_luo | 蒙丽丽奶奶，蒙村的正常上学，路是通的。 | |
@ep storm_after
07:20 t_luo | 今天石门村的孩子网课链接在广西教育云：https://zy.gxeduyun.edu.cn/live/4a ，8点开始。 | | hn k=lv
07:22 p_hxl_ye | 要得 | ack_reply | rt=lv
07:25 p_mxk_ba | 我家不是石门的，正常送 | |
@ep spring_outing_chat
12:30 p_lsm_ma | 这周末油菜花开了，有没有一起带娃去看的？ | chat | k=oc
12:35 p_gl_ma | 去去去，去年拍的照片可好看了 | chat | rt=oc
12:40 p_oyc_ma | 周六上午去吧，下午怕下雨 | chat |
@ep craft_photos
16:00 t_liao | - | | kind=image k=cr
16:00 t_liao | - | | kind=image
16:01 t_liao | - | | kind=image
16:02 t_liao | 孩子们今天用树叶做的贴画，都很有创意！ | |
16:05 p_lxy_nai | 好看 | ack_reply | rt=cr
16:06 p_wjj_nai | [强] | ack_reply | kind=sticker rt=cr
16:10 p_njj_ma | 第二张左边那个是佳佳做的，她回来说做了一只小兔子 | | hn rt=cr
"""