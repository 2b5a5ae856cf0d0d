GROUP = {
    "id": "e6", "school": "城南实验小学", "class": "二年级(4)班", "grade": 2, "platform": "matrix",
    "quiet_hours": {"start": "21:00", "end": "06:30"},
    "domains": ["cnsyxx.cn", "smartedu.cn", "jyj.nanshan.gov.cn"],
    "families": 40,
    "teachers": [
        ("t_xu", "许丹", "语文", "head_teacher", "语文许丹（班主任）"),
        ("t_cai", "蔡明", "数学", "teacher", "数学蔡明"),
        ("t_jin", "金悦", "英语", "teacher", "英语金悦"),
        ("t_du", "杜威", "体育", "teacher", "体育老师杜威"),
    ],
    "supervisor": "p_ryf_ma",
    "students": [
        ("苏子墨", [("p_szm_ma", "妈妈", "苏子墨妈妈", None)]),
        ("丁一", [("p_dy_ba", "爸爸", "丁一爸爸", None)]),
        ("任雨菲", [("p_ryf_ma", "妈妈", "任雨菲妈妈", None)]),
        ("钟浩", [("p_zh_ba", "爸爸", "钟浩爸爸", None)]),
        ("沈星", [("p_sx_ma", "妈妈", "沈星妈妈", None)]),
        ("姜南", [("p_jn_ye", "爷爷", "姜南爷爷", None)]),
        ("崔贝贝", [("p_cbb_ma", "妈妈", "贝贝妈", None)]),
        ("汪洋", [("p_wy_ba", "爸爸", "汪洋爸爸", None)]),
        ("范小鱼", [("p_fxy_ma", "妈妈", "范小鱼妈妈", None)]),
        ("方圆", [("p_fy_wg", "外公", "方圆外公", None)]),
        ("江晓月", [("p_jxy_ma", "妈妈", "江晓月妈妈", None)]),
        ("邱天", [("p_qt_ba", "爸爸", "邱天爸爸", None), ("p_qt_ma", "妈妈", "邱天妈妈", None)]),
    ],
    "strangers": [
        ("x_church", "福音使者", {"via": "qr_code"}),
        ("x_leak", "期末密卷分享", {"via": "qr_code"}),
        ("x_shop", "好物分享小助手", {"via": "invite", "by": "p_cbb_ma", "approved": False}),
        ("x_other", "二(3)班李想奶奶", {"via": "invite", "by": "p_jn_ye", "approved": False}),
    ],
}

SCRIPT = r"""
@day 2026-11-23
@ep week_notice
06:20 p_jn_ye | 许老师早姜南今天咳嗽我给他带了梨水 | |
06:40 t_xu | 各位家长早上好，本周四上午区里来听课，请孩子们穿好校服、系红领巾。本周五下午期中家长会。 | | k=wn
06:42 p_szm_ma | 收到 | ack_reply | rt=wn
06:43 p_wy_ba | 已阅 | ack_reply | rt=wn
06:45 p_fy_wg | 好的许老师 | ack_reply | rt=wn
06:50 p_cbb_ma | 许老师，家长会几点开始？贝贝爸爸想一起来可以吗 | | rt=wn
07:00 t_xu | 下午两点半，爸爸妈妈都来也可以。贝贝妈妈群名片麻烦改成“崔贝贝妈妈”哈 | | hn
07:02 p_cbb_ma | 好的马上改 | | name=崔贝贝妈妈
07:05 t_xu | 姜南爷爷，谢谢告诉我，我会让姜南多喝水。 | |
@ep shop_spam
09:00 x_shop | 【限时秒杀】儿童保温杯原价199今日29.9，点击抢购 t.cn/A6kQz9 | ad,link |
09:01 x_shop | 【限时秒杀】儿童保温杯原价199今日29.9，点击抢购 t.cn/A6kQz9 | ad,link |
09:01 x_shop | 【限时秒杀】儿童保温杯原价199今日29.9，点击抢购 t.cn/A6kQz9 | ad,link |
09:05 t_xu | 贝贝妈妈，以后拉人进群请先跟我说，这个号已经移出了。 | | hn
09:07 p_cbb_ma | 对不起许老师，我以为是卖学习用品的朋友 | |
@ep church
10:30 x_church | 平安！神爱世人，主耶稣基督为你们的罪而死，周日上午城南福音堂有亲子查经班，带孩子来认识真神吧🙏 | illegal |
10:35 t_xu | 宗教宣传请勿在班级群发布，已移出。 | | hn
@ep weekly_test
15:40 t_cai | 数学周测成绩：丁一100，钟浩98，沈星96，苏子墨95，汪洋60，其他同学的我私发。 | ranking,student_privacy | k=wt
15:45 p_wy_ba | 蔡老师，汪洋60分是怎么回事？能不能别在群里公布，孩子被同学笑了 | dispute | rt=wt
15:50 t_cai | 汪洋爸爸，是我考虑不周，已经撤回了，抱歉。 | | hn
15:52 t_cai | 这次周测全班平均91分，只有三位同学没上80。 | | hn
15:55 p_szm_ma | 谢谢蔡老师 | ack_reply |
@ep essay_award
16:30 t_xu | 喜报🎉：江晓月同学在区“童心看世界”作文比赛中获一等奖，苏子墨、任雨菲获二等奖！ | | hn k=aw
16:32 p_jxy_ma | 谢谢许老师的指导，晓月高兴坏了 | | hn rt=aw
16:33 p_jn_ye | [玫瑰] | ack_reply | kind=sticker rt=aw
16:33 p_jn_ye | [玫瑰] | ack_reply | kind=sticker
16:34 p_jn_ye | [玫瑰] | ack_reply | kind=sticker
16:40 p_dy_ba | 孩子们太厉害了，打call📣 | ack_reply | rt=aw
@ep copying_quarrel
18:10 p_sx_ma | 丁一天天抄我家沈星的作业，还拿她的橡皮不还，我真是火大！ | student_privacy,dispute | k=cq
18:13 p_dy_ba | 你家孩子自己愿意给的，关我们什么事 | dispute | rt=cq
18:15 p_sx_ma | 你这当爸的怎么教孩子的，脑子有问题吧 | abuse,dispute |
18:16 p_dy_ba | 你才神经 | abuse,dispute |
18:20 p_ryf_ma | 两位家长，这事我们私聊解决吧？在群里说孩子们看到也不好 | | hn
18:30 t_xu | 沈星妈妈、丁一爸爸，明天我先分别跟两个孩子聊聊，再给你们打电话。 | | hn
@ep edge_evening
20:59 p_qt_ma | 许老师，明天区里听课需要带什么吗？ | | hn
21:00 p_qt_ba | 同问 | |
21:05 p_qt_ma | 好像就是穿校服系红领巾 | |
@day 2026-11-24
@ep adhd_private
12:10 p_fxy_ma | 许老师，想跟您和各位家长说一下小鱼的情况，上周医院确诊了多动症，医生建议吃药，我们很纠结，怕有副作用。她在家写作业坐不住五分钟，一会儿削铅笔一会儿上厕所，我们每天都吵，她爸爸还动手打过她。我现在每天晚上都在哭，不知道这药该不该吃 | private_matter | k=ad
12:20 p_jxy_ma | 小鱼妈妈抱抱，我表姐家孩子也是，吃药后好了很多，遵医嘱就行，千万别打孩子 | private_matter | rt=ad
12:25 p_zh_ba | 我觉得可以先试试感统训练，药物还是慎重 | private_matter | rt=ad
12:40 t_xu | 小鱼妈妈，小鱼在学校其实很有礼貌，就是上课容易走神，我会给她安排第一排，多提醒她。吃药的事一定听医生的，不要打骂孩子，我们找时间当面详细聊。 | private_matter,student_privacy | rt=ad
12:45 p_ryf_ma | 小鱼妈妈，我们私聊 | | hn
@ep gore
14:00 p_zh_ba | 刚刷到城南大道那个车祸视频，电动车被大货车卷到车底，人都碾烂了，血流了一地，太吓人了 | illegal |
14:05 p_ryf_ma | 钟浩爸爸，这种视频别在群里说了，孩子们有时候会看家长手机 | | hn
@ep lawclass
15:30 t_xu | 今天法治课讲了远离毒品、远离赌博，不给陌生人开门，请家长晚上和孩子聊一聊今天学了什么。 | | hn k=law
15:32 p_fy_wg | 收到许老师 | ack_reply | rt=law
15:35 p_szm_ma | 子墨回来就说了，说要监督他爸不打牌了😂 | | hn rt=law
@ep leaked
19:40 x_leak | 二年级期末真题密卷，考前三天出，原卷原题，99元一套，加vx：mj2027 | illegal,ad |
19:45 p_qt_ba | 骗子吧，哪有二年级卷子提前泄露的 | |
19:50 t_xu | 已移出。期末试卷是保密的，任何说能提前拿到卷子的都是骗子，请勿相信。 | | hn
@ep sticker_night
21:30 p_fy_wg | 晚安🌙各位家长好梦 | chat |
21:31 p_jn_ye | [月亮][月亮] | chat | kind=sticker
@day 2026-11-25
@ep maternity
07:30 t_xu | 各位家长，跟大家说一下，我下个月开始休产假，学校安排周芳老师接任班主任，周老师有十年班主任经验，12月1日正式交接。谢谢大家一直以来的支持！ | | k=mat
07:35 p_szm_ma | 许老师，那家长会还是您开吗？还是周老师来？ | | hn
07:40 p_wy_ba | 期中刚过就换班主任，孩子还得重新适应，我们不同意。大家明天一起去校长室联名，要求许老师生完再回来带到毕业！ | incitement,dispute | k=inc
07:42 p_cbb_ma | 算我一个 | incitement | rt=inc
07:43 p_sx_ma | +1 | incitement | rt=inc
07:50 t_xu | 谢谢大家的信任，但休产假是正常安排，周老师非常负责，请大家不要去校长室。有什么想法可以私聊我，我们好好沟通。 | | hn
07:55 p_wy_ba | 好吧，是我冲动了，许老师好好休养 | |
@ep links_policy
10:00 t_xu | 区教育局关于寒假安全的通知：https://jyj.nanshan.gov.cn/tzgg/20261125.html ，请家长阅读。 | | hn k=lk1
10:02 p_jxy_ma | 收到 | ack_reply | rt=lk1
10:10 p_zh_ba | 区政府网站上也有：www.nanshan.gov.cn/xxgk/jy | link |
10:15 t_cai | 数学口算每日练习：https://www.cnsyxx.cn/math/ks2 ，每天5分钟 | | hn
@ep face_cream
12:00 p_qt_ma | 最近好多妈妈问我皮肤怎么变好了，我就不在群里打广告了，想知道用的什么的私我📩 | ad |
12:05 p_ryf_ma | 邱天妈妈，这种就别在群里说啦～ | | hn
@ep voucher_rumor
13:20 p_fy_wg | 【重要】教育局给每个小学生发500元学习消费券，在“南山教育惠民”小程序登记领取，本周五截止 | rumor | k=vr
13:30 p_szm_ma | 许老师，这个是真的吗？我在教育局官网没找到 | | hn rt=vr
13:40 t_xu | 没有这回事，是诈骗，请不要登记任何个人信息！ | | hn
13:42 p_fy_wg | 我是从老年群里看到的，我马上删 | |
@ep lost_cup
16:00 p_zh_ba | 谁捡到一个黄色小黄鸭水杯，钟浩的 | |
16:02 p_zh_ba | 谁捡到一个黄色小黄鸭水杯？钟浩的 | |
16:03 p_zh_ba | 谁捡到一个黄色小黄鸭水杯，钟浩的！！ | |
16:10 t_du | 钟浩爸爸，水杯在操场，我收到体育室了，明天让他来拿。 | |
16:12 p_zh_ba | 太感谢杜老师了 | | hn
@ep wrong_class
17:30 x_other | 老师我是李想奶奶李想今天的作业是什么我没看到 | |
17:35 t_xu | 奶奶您好，这里是二(4)班的群，李想是二(3)班的，我帮您联系二(3)班的班主任。 | | hn
@ep pe_note
18:00 t_du | 周四体育课测跳绳，请孩子在家多练练，一分钟跳80个以上就合格。 | | k=pe
18:02 p_wy_ba | 收到杜老师 | ack_reply | rt=pe
18:03 p_jn_ye | 收到 | ack_reply | rt=pe
18:05 p_qt_ba | 杜老师，邱天脚扭了还没好，周四能不测吗 | | hn rt=pe
18:10 t_du | 可以，下次补测。 | |
@ep pet_chat
19:10 p_cbb_ma | 问一下大家，家里养柯基的掉毛严重吗，贝贝吵着要养狗 | chat | k=pt
19:13 p_sx_ma | 超级严重！我家沙发上全是毛 | chat | rt=pt
19:15 p_jxy_ma | 养猫吧，猫省事 | chat |
19:20 p_cbb_ma | 哈哈我再考虑考虑 | chat |
@day 2026-11-26
@ep listening_day
06:25 p_sx_ma | 许老师早，沈星今天有点发烧，请假一天 | |
06:31 p_jxy_ma | 今天区里听课，孩子们都穿校服了吗？我家晓月非要穿裙子 | |
07:10 t_xu | 沈星妈妈收到，让她好好休息。晓月妈妈，校服裙也可以的。 | |
@ep class_photos
11:00 t_xu | - | | kind=image k=cp
11:00 t_xu | - | | kind=image
11:01 t_xu | 今天区里的老师来听课，孩子们表现得特别好，举手都很积极！ | |
11:03 p_qt_ma | 老师辛苦啦❤️ | ack_reply | rt=cp
11:04 p_wy_ba | 👍🏻👍🏻 | ack_reply | rt=cp
11:05 p_fxy_ma | 谢谢许老师 | ack_reply | rt=cp
11:10 p_dy_ba | 第一张里丁一在挠头哈哈，这孩子 | | hn rt=cp
@ep misbehaviour_named
15:20 t_jin | 今天英语课邱天和钟浩在课上扔橡皮，还把同桌的本子撕了，已经罚站十分钟，请家长回家教育。 | student_privacy | k=mb
15:25 p_qt_ba | 金老师，邱天回来我说他 | | rt=mb
15:26 p_zh_ba | 金老师，罚站可以，但别在群里点名啊，我们家长也要面子的，心里憋屈 | dispute | rt=mb
15:35 t_jin | 钟浩爸爸，您说得对，以后我私下联系家长，抱歉。 | | hn
@ep fee_slander
17:00 p_sx_ma | 班里这次又收200块“活动费”，上次的钱到现在也没个明细，我看老师就是变着法子收钱，想想就来气 | slander,dispute | k=fs
17:05 p_ryf_ma | 沈星妈妈，活动费是家委会收的，明细每月在群公告里，上次春游的账我私发您 | | hn rt=fs
17:10 p_sx_ma | 那我看看再说 | |
@ep niu_b
18:00 p_wy_ba | 今晚国足要是能进球我倒立洗头，牛B吹出去了 | abuse |
18:05 p_dy_ba | 哈哈哈你准备好洗发水 | chat |
@ep night_chat
22:10 p_cbb_ma | 有人知道城南万达的儿童乐园几点关门吗 | chat |
22:15 p_qt_ma | 好像十点，现在去来不及了 | chat |
@day 2026-11-27
@ep early_bird
05:45 p_jn_ye | 早上好🌞🌹祝群里的家长朋友们周末愉快 | chat | kind=image
06:30 p_jn_ye | 许老师我今天送姜南早一点七点可以进校门吗 | | hn
07:00 t_xu | 7点15开门，姜南爷爷不用太早。 | |
@ep homework_phone
07:40 t_cai | 今天数学作业：口算练习第12页。做完请家长拍照发我微信，不用发群里。 | | k=mh
07:42 p_fy_wg | 收到 | ack_reply | rt=mh
07:43 p_dy_ba | 收到蔡老师 | ack_reply | rt=mh
07:45 p_szm_ma | 蔡老师，我没有您微信，能加您一下吗？ | | hn
07:50 t_cai | 可以，我的手机号就是微信号：139 0011 2233 | | hn
@ep vote_private
12:30 p_jxy_ma | 拜托大家帮晓月投一票🙏区少儿才艺大赛，每人每天能投一次，在“艺星少儿”公众号里搜江晓月就行，谢谢各位！ | ad | k=vp
12:35 p_szm_ma | 投了投了 | chat | rt=vp
12:36 p_cbb_ma | 已投，晓月加油 | chat | rt=vp
12:40 p_ryf_ma | 晓月妈妈，私人投票请发朋友圈哈，群规不让发～ | | hn
@ep medicine_note
14:00 p_fxy_ma | 许老师，小鱼今天带了一盒药，中午饭后吃一片，麻烦您提醒一下 | | hn
14:05 t_xu | 好的，我记着了 | |
@ep exam_ask
16:00 p_qt_ma | 蔡老师，邱天这次数学单元测试考了多少分呀？ | | hn
16:05 t_cai | 邱天这次89分，在班里排第20。 | ranking |
16:07 p_qt_ma | 谢谢蔡老师，我们回去订正错题 | | hn
@ep teacher_late
21:20 t_xu | 提醒一下，下周一交《寒假安全承诺书》，家长签字。 | | k=tl
21:22 p_jxy_ma | 收到许老师 | ack_reply | rt=tl
21:25 p_fy_wg | 好的 | ack_reply | rt=tl
21:30 p_zh_ba | 许老师，承诺书是上周发的那张吗？ | | rt=tl
@day 2026-11-30
@ep monday_fight
12:10 p_dy_ba | 钟浩今天又把丁一的水杯摔了，还骂他是笨蛋，这孩子怎么回事 | student_privacy,dispute | k=mf
12:15 p_zh_ba | 你家丁一先动手抢东西的你怎么不说？ | student_privacy,dispute | rt=mf
12:17 p_dy_ba | 你眼神不好使吧，全班都看见了 | abuse,dispute |
12:18 p_zh_ba | 要你管，管好你自己孩子 | abuse,dispute |
12:25 t_xu | 两位爸爸，这件事我下午放学后单独跟你们沟通，群里先不说了。 | | hn
@ep scam_card
14:00 p_fy_wg | 【扩散】我朋友在市政府上班，说明天起全市中小学因为雾霾停课三天，大家提前安排好孩子 | rumor |
14:10 t_xu | 方圆外公，学校没有收到停课通知，明天正常上课，以学校和教育局正式通知为准。 | | hn
@ep weekend_greeting
17:30 p_jxy_ma | 周末愉快🌸各位家长辛苦一周啦 | chat |
17:32 p_szm_ma | 周末愉快～ | chat |
@ep ann_event
18:00 p_cbb_ma | 许老师之前说的周五家长会，是在教室还是报告厅？ | | hn
18:05 t_xu | 在二(4)班教室。 | |
18:06 p_cbb_ma | 好的谢谢许老师 | | hn
@ep late_flood
21:40 p_wy_ba | 许老师在吗 | |
21:41 p_wy_ba | 许老师在吗？ | |
21:41 p_wy_ba | 许老师在吗？？ | |
21:45 p_ryf_ma | 汪洋爸爸，这么晚了，明早再问老师吧 | |
"""
