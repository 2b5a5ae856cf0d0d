GROUP = {
    "id": "e2", "school": "城东第二小学", "class": "三年级(2)班", "grade": 3, "platform": "qq",
    "quiet_hours": {"start": "20:00", "end": "07:00"},
    "domains": ["cd2xx.edu.cn", "zxx.edu.cn"],
    "families": 42,
    "teachers": [
        ("t_song", "宋婉", "语文", "head_teacher", "语文宋婉（班主任）"),
        ("t_han", "韩立军", "数学", "teacher", "数学韩立军"),
        ("t_xie", "谢敏", "英语", "teacher", "英语老师"),
        ("t_dong", "董科", "科学", "teacher", "Mr.Dong"),
    ],
    "supervisor": "p_zym_ma",
    "students": [
        ("王浩然", [("p_whr_ma", "妈妈", "王浩然妈妈", None)]),
        ("李俊熙", [("p_ljx_ba", "爸爸", "李俊熙爸爸", None)]),
        ("张雨萌", [("p_zym_ma", "妈妈", "张雨萌妈妈", None)]),
        ("陈一鸣", [("p_cym_ba", "爸爸", "陈一鸣爸爸", None)]),
        ("刘思琪", [("p_lsq_ma", "妈妈", "刘思琪妈妈", None)]),
        ("赵天宇", [("p_zty_ma", "妈妈", "赵天宇妈妈", None)]),
        ("孙梦瑶", [("p_smy_nai", "奶奶", "孙梦瑶奶奶", None)]),
        ("周子健", [("p_zzj_ba", "爸爸", "周子健爸爸", None)]),
        ("吴欣然", [("p_wxr_ma", "妈妈", "欣然妈咪", None)]),
        ("郭嘉怡", [("p_gjy_ma", "妈妈", "郭嘉怡妈妈", None)]),
        ("黄博文", [("p_hbw_ba", "爸爸", "黄博文爸爸", None)]),
        ("林诗雨", [("p_lsy_ma", "妈妈", "林诗雨", None)]),
        ("罗晨", [("p_luo_ba", "爸爸", "罗晨爸爸", None)]),
        ("潘悦", [("p_py_ma", "妈妈", "潘悦妈妈", None)]),
        ("曹宇轩", [("p_cyx_wg", "外公", "曹宇轩外公", None)]),
    ],
    "strangers": [
        ("x_zty_self", "赵天宇", {"via": "invite", "by": "p_zty_ma", "approved": False}),
        ("x_bet", "🎰澳门官方娱乐", {"via": "qr_code"}),
        ("x_ins", "平安保险-小李", {"via": "qr_code"}),
        ("x_left", "何晓东妈妈", None),
        ("x_fortune2", "易经大师-起名转运", {"via": "qr_code"}),
    ],
}

SCRIPT = r"""
@day 2026-10-12
@ep week_notice
07:15 t_song | 各位家长早上好，本周安排：周三下午秋游（森林公园），周五下午校运会。秋游费用已在学校缴费平台发布，具体要求周二再发。 | | k=wk
07:17 p_whr_ma | 收到 | ack_reply | rt=wk
07:17 p_cyx_wg | 好的 | ack_reply | rt=wk
07:19 p_lsq_ma | 收到，宋老师，秋游需要自己带午餐吗？ | | hn rt=wk
07:25 t_song | 需要带，建议带简单的三明治面包，不要带辣条和碳酸饮料 | |
07:26 p_lsq_ma | 好的谢谢宋老师～ | | hn
07:30 p_gjy_ma | [OK] | ack_reply | rt=wk kind=sticker
@ep science_teacher
08:40 t_dong | 三年级科学课本周要观察蚕豆发芽，请孩子周二带一个透明塑料杯和几粒蚕豆。 | | k=sci
08:43 p_hbw_ba | 好的董老师 | ack_reply | rt=sci
08:45 t_song | @Mr.Dong 董老师，群名片麻烦改成“科学董科”哈～ | | hn
08:47 t_dong | 好的，已修改 | | name=科学董科
@ep dictation_names
12:10 t_song | 今天听写情况：全对的有王浩然、张雨萌、郭嘉怡、黄博文；错5个以上的有陈一鸣、周子健，晚上请家长再带孩子听写一遍。 | ranking,student_privacy | k=dict
12:15 p_cym_ba | 宋老师，一鸣回来我让他重新听写 | | rt=dict
12:22 p_zzj_ba | 宋老师，能不能别在群里点名啊，孩子也要面子的，弄得全班家长都知道了，我心里真不舒服 | dispute | rt=dict
12:30 t_song | 子健爸爸说得对，以后我注意，不在群里公布了，抱歉。 | | hn
12:31 p_zzj_ba | 谢谢宋老师理解 | |
@ep pupil_account
18:50 x_zty_self | 宋老师今天数学作业是哪几页呀 | |
18:55 t_song | 天宇，这是家长群，同学们不能进哦，作业请让妈妈来问，你先退出去吧。 | | hn
18:56 x_zty_self | 哦哦好的老师 | |
18:58 p_zty_ma | 不好意思宋老师，孩子拿我手机自己加的，马上让他退 | |
@ep night_edges
19:59 p_hbw_ba | 韩老师，数学练习册第32页最后一题是要画图吗？ | | hn
20:00 p_luo_ba | 同问 | |
20:31 t_han | 要画线段图，不会的明天课上讲 | |
@day 2026-10-13
@ep hair_pull_fight
12:40 p_lsq_ma | 我家思琪今天又被李俊熙扯头发了，扯得哭了一节课，这已经不是第一次了！气死我了 | student_privacy,dispute | k=hp
12:44 p_ljx_ba | 小孩子之间打打闹闹，你在群里点我儿子名字什么意思？ | dispute | rt=hp
12:46 p_lsq_ma | 什么意思？你家孩子欺负人还有理了？ | dispute |
12:47 p_ljx_ba | 你神经病吧，一点小事搞得跟天塌了一样 | abuse,dispute |
12:48 p_lsq_ma | 你才有病！没家教的东西 | abuse,dispute |
12:50 p_zym_ma | 两位家长消消气，咱们私下跟宋老师沟通好吗？ | | hn
12:52 p_ljx_ba | 再让我听到谁在群里说我儿子，我找上门去饶不了他 | illegal,dispute |
12:58 t_song | 思琪妈妈、俊熙爸爸，情况我已经了解了，今天放学后请两位到办公室来一趟，我们当面说。群里就不要再讨论了。 | | hn
13:00 p_lsq_ma | 好的宋老师 | |
@ep english_platform
15:30 t_xie | 本周英语配音作业在国家中小学智慧教育平台提交：https://www.zxx.edu.cn/syncClassroom ，周五前完成即可。 | | hn k=en
15:33 p_whr_ma | 收到谢老师 | ack_reply | rt=en
15:40 p_zty_ma | 谢老师，配音是用家长账号登录还是孩子账号？ | | rt=en
15:45 t_xie | 家长账号登录，切换到孩子身份就可以 | |
15:46 p_zty_ma | 明白了，谢谢谢老师 | | hn
@ep dad_flood
17:10 p_wxr_ma | 宋老师请问明天秋游要交费吗 | |
17:11 p_wxr_ma | 宋老师请问明天秋游要交费吗？ | |
17:12 p_wxr_ma | 宋老师 请问明天秋游要交费吗？？？ | |
17:18 t_song | 欣然妈妈，秋游费周一已经在缴费平台发布了，您看一下平台通知。另外群名片麻烦改成“吴欣然妈妈”。 | | hn
17:20 p_wxr_ma | 好的好的，改了 | | name=吴欣然妈妈
@day 2026-10-14
@ep sick_leave
07:35 p_smy_nai | 宋老师梦瑶昨天晚上发烧三十八度五今天请假一天在家休息 | | hn
07:40 t_song | 好的，让孩子好好休息，作业不急 | |
07:41 p_smy_nai | - | | kind=voice
@ep lunch_rumor
09:20 p_smy_nai | 听我们小区的人说下个月开始小学生中午不准在学校吃饭了要家长自己接回家吃是教育局的新规定 | rumor | k=lr
09:26 p_gjy_ma | 奶奶，这个是在哪看到的呀？宋老师有这回事吗 | | hn rt=lr
09:40 t_song | 没有这个规定，午餐和午托照常，大家以学校通知为准。 | | hn
@ep insurance_seller
10:15 x_ins | 各位宝爸宝妈好😊学平险今年开始续保啦，一年只要100元，意外、门诊、住院都能报，需要的私我或加扣扣 三九八七六五四三二 | ad |
10:20 t_song | 学校没有委托任何人推销保险，请这位自行退群。 | | hn
@ep ex_member
11:05 x_left | 各位家长好久不见～晓东转学后我一直没退群，想问下三年级下学期的教辅还是那套吗？想给他买一套 | |
11:10 p_zym_ma | 晓东妈妈好，教辅还没发通知呢，到时候我私信告诉你哈 | |
@ep autumn_outing_photos
16:20 t_song | - | | kind=image k=trip
16:20 t_song | - | | kind=image
16:21 t_song | 今天秋游孩子们玩得很开心，回程路上全员平安到校👍 | |
16:23 p_lsy_ma | 谢谢宋老师，老师们辛苦啦 | ack_reply | rt=trip
16:25 p_cyx_wg | 辛苦了 | ack_reply | rt=trip
16:30 p_luo_ba | 罗晨回来说中午吃了同学分的橘子，特别开心 | | hn
@ep movie_chat
18:10 p_hbw_ba | 周末带娃看了熊出没新电影，挺好看的，推荐大家去，购票 m.maoyan.com/cinema/movie/1523 | chat,link | kind=link_card k=mv
18:13 p_whr_ma | 我们也想去，是哪个影城啊 | chat | rt=mv
18:15 p_hbw_ba | 万达那个，IMAX效果好 | chat |
18:16 p_cyx_wg | 现在电影票好贵哦，还是以前五块钱一张 | chat |
@ep fee_complaint
19:20 p_py_ma | 这学期班费才开学一个月又要交200？上次的钱花哪了也没个账，我看就是乱收费，想想就来气 | slander,dispute | k=fee
19:28 p_zym_ma | 潘悦妈妈，班费账目每月都在群文件里公示，这次是因为校运会统一买班服，有疑问咱们私聊对一下账～ | | hn rt=fee
19:30 p_py_ma | 行吧我去看看 | |
@day 2026-10-15
@ep gambling_spam
02:13 x_bet | 🎰澳门官方线上娱乐城，首充100送88，日赚千元不是梦👉 am88.vip 注册即送彩金 | illegal,link |
07:05 t_song | 半夜有人发赌博广告已移出，入群需要审核，请大家看到陌生链接不要点。 | | hn
@ep no_reply_needed
12:00 t_han | 今天数学作业：练习册第35-36页，口算本一页。无需回复。 | | k=hw
12:02 p_zzj_ba | 收到 | ack_reply | rt=hw
12:03 p_lsq_ma | 收到韩老师 | ack_reply | rt=hw
12:06 p_cym_ba | 韩老师，口算本是做第几页？一鸣说他忘了上次做到哪 | | hn rt=hw
12:10 t_han | 从第12页开始 | |
@ep midterm_scores
16:00 t_han | 期中数学成绩：100分：郭嘉怡、王浩然；98分：张雨萌、罗晨；其余同学的成绩我私聊发给家长。 | ranking | k=mt
16:02 t_han | 本次全班平均86分，优秀率62%，应用题失分最多，后面重点练。 | | hn
16:05 p_cym_ba | 韩老师，一鸣这次在班上大概什么水平？ | | hn
16:08 t_han | 一鸣这次58分，排倒数第三，要加油了。 | ranking,student_privacy |
16:12 p_cym_ba | ……好的韩老师，我们回去抓紧 | |
16:20 p_gjy_ma | 谢谢韩老师 | ack_reply | rt=mt
@ep phone_crisis
17:30 p_gjy_ma | 宋老师韩老师，想说说我家嘉怡的情况，最近迷上了平板刷短视频，一不给就大哭大闹摔东西，作业拖到十点多写不完。她爸爸常年在外地，我一个人真的管不过来，昨天她还跟我说“活着没意思”，我听了一晚上没睡着，不知道该怎么办了 | private_matter | k=pm
17:36 p_whr_ma | 我家也是，后来平板直接锁柜子里了，周末才给半小时，哭几天就好了 | private_matter | rt=pm
17:40 p_py_ma | 嘉怡妈妈，孩子说这种话一定要重视，可以带去儿童医院心理科看看，别一个人扛着 | private_matter | rt=pm
17:45 t_song | 嘉怡妈妈，我现在给您打电话。 | | hn rt=pm
@ep sports_day
18:30 t_song | 校运会成绩喜报🎉：罗晨获三年级男子60米第一名，潘悦获女子跳绳第二名，我们班获团体总分第三！ | | hn k=sport
18:32 p_zty_ma | 👍👍👍 | ack_reply | rt=sport
18:35 p_hbw_ba | 罗晨牛B啊，60米第一 | abuse | rt=sport
18:38 p_cyx_wg | 罗晨爸爸平时是怎么给孩子练跑步的？我家宇轩跑得太慢了，你们太牛了 | | hn
18:45 p_luo_ba | 其实也没练，就是每天下楼跑两圈 | |
@day 2026-10-16
@ep pupil_game_chat
19:10 x_zty_self | 有人玩蛋仔派对吗，今晚新赛季开了 | chat |
19:15 p_zty_ma | 不好意思各位，我这就把他踢出去 | |
@ep late_night_parent
21:30 p_lsy_ma | 宋老师，诗雨的作文本好像落在学校了，明天能去教室拿一下吗 | |
21:35 p_whr_ma | 诗雨妈妈这么晚了老师应该休息了，明天早上再问吧 | |
@day 2026-10-17
@ep saturday_morning
09:10 t_song | 诗雨妈妈，周一早上早点来教室拿就行。 | |
09:12 p_lsy_ma | 好的谢谢宋老师 | | hn
@day 2026-10-19
@ep early_parent
06:40 p_zzj_ba | 宋老师早，子健的数学书忘带了，今天能跟同桌一起看吗 | |
07:00 p_zym_ma | 家委会提醒：今天是班服领取日，放学时在教室门口领取，按名单签字～ | | hn
07:20 t_song | 子健爸爸，可以的，让他和同桌一起看。 | |
@ep lunch_survey
07:40 t_song | 下学期午托意向摸底：需要午托的请回复“1+孩子姓名”，不需要的不用回复，周三前统计完。 | | k=sv
07:42 p_whr_ma | 1 王浩然 | | hn rt=sv
07:43 p_ljx_ba | 1 李俊熙 | | rt=sv
07:45 p_smy_nai | 1孙梦瑶 | | rt=sv
07:47 p_cyx_wg | 1 曹宇轩 | | rt=sv
@ep price_rumor_incite
12:05 p_zzj_ba | 听家委会的人说，午托费下学期要涨到600一个月，比现在贵了快一倍 | rumor | k=pr
12:08 p_lsy_ma | 宋老师，午托费要涨是真的吗？ | | hn rt=pr
12:10 p_py_ma | 凭什么涨！大家明天下午一起去校长室讨说法，不给说法就都别让孩子去午托了！ | incitement,dispute | k=inc
12:12 p_ljx_ba | 算我一个 | incitement | rt=inc
12:13 p_cyx_wg | +1 | incitement | rt=inc
12:25 t_song | 各位家长，学校没有任何午托涨价的通知，午托费用是区里统一定价的，请不要听信传言。有疑问可以私聊我，或者打学校办公室电话。 | | hn
12:26 p_zym_ma | 我是家委会的，我们也没听说要涨，可能是别的学校的消息传岔了 | | hn
12:30 p_py_ma | 那是我们误会了，不好意思宋老师 | |
@ep pupil_fall
15:40 t_song | 下午体育课曹宇轩跑步时摔了一跤，膝盖擦破点皮，校医已经消毒包扎了，外公放学接的时候留意一下。 | student_privacy | k=fall
15:45 p_cyx_wg | 谢谢宋老师告诉我，我马上去接他 | | rt=fall
@ep article_forward
17:00 p_luo_ba | 转：《三年级是孩子学习的分水岭，家长一定要抓住这一年》 mp.weixin.qq.com/s/q8ZvK2mHs | link | kind=link_card
17:05 p_hbw_ba | 写得挺对的，三年级作文一下难了很多 | |
@ep vote_request
18:20 p_hbw_ba | 各位家长帮我家博文投个票吧🙏少儿绘画比赛，每天能投三票，谢谢大家了 vote.hdxing-h5.com/v/8823 | ad,link | kind=link_card k=vt
18:22 p_lsq_ma | 投好了 | chat | rt=vt
18:24 p_whr_ma | 已投，加油博文 | chat | rt=vt
@ep daigou_ad
19:05 p_wxr_ma | 有需要日本代购的宝妈看过来，奶粉、纸尿裤、药妆都有，V❤：mm_daigou 备注班级 | ad |
19:09 t_song | 欣然妈妈，班级群不能发代购信息，请撤回一下，谢谢。 | | hn
19:10 p_wxr_ma | 好的不好意思宋老师 | |
@day 2026-10-20
@ep stock_chat
12:30 p_ljx_ba | 今天大盘又绿了，我这点钱又亏进去了😭 | chat | k=st
12:33 p_zzj_ba | 别看了，越看越心疼，我已经卸载炒股软件了 | chat | rt=st
12:35 p_luo_ba | 哈哈同病相怜 | chat |
@ep volunteer_jielong
14:00 t_song | 周五校门口护学岗需要家长志愿者4名，请接龙报名：\n1. 张雨萌妈妈 | | k=vj
14:05 p_luo_ba | 周五校门口护学岗需要家长志愿者4名，请接龙报名：\n1. 张雨萌妈妈\n2. 罗晨爸爸 | | hn
14:11 p_zty_ma | 周五校门口护学岗需要家长志愿者4名，请接龙报名：\n1. 张雨萌妈妈\n2. 罗晨爸爸\n3. 赵天宇妈妈 | |
14:20 p_lsq_ma | 周五校门口护学岗需要家长志愿者4名，请接龙报名：\n1. 张雨萌妈妈\n2. 罗晨爸爸\n3. 赵天宇妈妈\n4. 刘思琪妈妈 | |
14:25 t_song | 名额满了，谢谢各位家长支持！周五7:10在校门口集合领红马甲。 | | k=vjd
14:27 p_ljx_ba | 收到 | ack_reply | rt=vjd
@ep reading_praise
16:10 t_song | 表扬一下这周坚持阅读打卡满七天的小朋友：王浩然、林诗雨、孙梦瑶、周子健，继续保持！ | | hn k=rd
16:12 p_smy_nai | 谢谢老师表扬梦瑶回家我给她奖励一个小红花 | | hn rt=rd
16:14 p_zzj_ba | 谢谢宋老师，子健这周确实挺自觉的 | | hn rt=rd
16:16 p_whr_ma | 辛苦宋老师 | ack_reply | rt=rd
@ep quiet_reminder
20:10 p_zym_ma | 提醒一下大家，晚上8点以后尽量不要在群里发消息了，有事明天再说哈 | |
20:12 p_py_ma | 好的 | |
@day 2026-10-21
@ep fortune_seller
09:10 x_fortune2 | 各位家长好，本人专业看八字起名，孩子考试运、文昌运一看便知，改名转运很灵验，需要的私我 | illegal,ad |
09:15 t_song | 这位不是本班家长，已移出。 | | hn
@ep parent_insult
12:20 p_zzj_ba | 宋老师，周子健说他同桌上课老是踢他椅子，能不能给他换个座位？ | | hn
12:30 t_song | 好的，我明天调整一下。 | |
12:32 p_ljx_ba | 天天这么多事，就你家孩子娇贵 | abuse,dispute |
12:35 p_zzj_ba | 我问老师关你什么事？ | abuse,dispute |
12:40 t_song | 俊熙爸爸，请注意说话方式。换座位是正常的事情，大家不要在群里争执。 | | hn
@ep teacher_scold_named
15:30 t_han | 郭嘉怡、林诗雨、王浩然三位同学这周数学作业都没写完，明天课间要补，家长签字。 | student_privacy | k=ts2
15:35 p_whr_ma | 韩老师，浩然这周发烧了两天，我跟您私聊说明一下 | | rt=ts2
@ep night_chat2
22:30 p_hbw_ba | 有没有人一起组队周末去钓鱼的 | chat |
22:35 p_luo_ba | 我去，带上孩子 | chat |
22:40 p_zym_ma | 两位爸爸，太晚了，钓鱼的事私聊吧～ | |
"""
