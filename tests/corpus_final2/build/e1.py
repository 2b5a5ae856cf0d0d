GROUP = {
    "id": "e1", "school": "青禾路小学", "class": "一年级(3)班", "grade": 1, "platform": "wechat",
    "quiet_hours": {"start": "19:30", "end": "07:00"},
    "domains": ["qhlxx.edu.cn", "smartedu.cn"],
    "families": 36,
    "teachers": [
        ("t_chen", "陈雅琴", "语文", "head_teacher", "语文陈雅琴（班主任）"),
        ("t_wu", "吴昊", "数学", "teacher", "数学吴昊"),
        ("t_lin", "林小溪", "英语", "teacher", "林老师"),
        ("t_gao", "高远", "体育", "teacher", "体育高老师"),
    ],
    "supervisor": "p_zyt_ma",
    "students": [
        ("周书瑶", [("p_zsy_ma", "妈妈", "周书瑶妈妈", None), ("p_zsy_ye", "爷爷", "周书瑶爷爷", None)]),
        ("何子涵", [("p_hzh_ba", "爸爸", "何子涵爸爸⚽", None),
                   ("p_hzh_nai", "奶奶", "何子涵奶奶", {"via": "invite", "by": "p_hzh_ba", "approved": False})]),
        ("李沐阳", [("p_lmy_ma", "妈妈", "沐阳妈妈", None)]),
        ("王一诺", [("p_wyn_nai", "奶奶", "王一诺奶奶", None)]),
        ("赵俊熙", [("p_zjx_ma", "妈妈", "赵俊熙妈妈", None)]),
        ("孙浩宇", [("p_shy_ba", "爸爸", "孙浩宇爸爸", None)]),
        ("陈可馨", [("p_ckx_ma", "妈妈", "陈可馨妈妈", None)]),
        ("刘星辰", [("p_lxc_wp", "外婆", "刘星辰外婆", None)]),
        ("杨梓萱", [("p_yzx_ma", "妈妈", "Grace", None)]),
        ("吴思远", [("p_wsy_ba", "爸爸", "吴思远爸爸", None)]),
        ("郑雨桐", [("p_zyt_ma", "妈妈", "郑雨桐妈妈", None)]),
        ("黄嘉乐", [("p_hjl_ma", "妈妈", "黄嘉乐妈妈", None)]),
        ("马天佑", [("p_mty_ye", "姥爷", "马天佑姥爷", None)]),
        ("徐若汐", [("p_xrx_ma", "妈妈", "徐若汐家长", None)]),
        ("冯小北", [("p_fxb_ba", "爸爸", "冯小北爸爸", None), ("p_fxb_ma", "妈妈", "小北麻麻", None)]),
        ("邓佳宁", [("p_djn_ba", "爸爸", "邓先生", None)]),
    ],
    "strangers": [
        ("x_tuoguan", "阳光托管中心-刘老师", {"via": "qr_code"}),
        ("x_zsy_gu", "书瑶姑姑", {"via": "invite", "by": "p_zsy_ma", "approved": False}),
        ("x_spam1", "甜心小鹿", {"via": "qr_code"}),
        ("x_wang_ba", "王梓豪爸爸（一4班）", {"via": "invite", "by": "p_shy_ba", "approved": False}),
    ],
}

SCRIPT = r"""
@day 2026-09-07
@ep opening_notice
07:02 t_chen | 各位家长早上好！今天是一年级小朋友正式上课的第一天，请7:40前到校，东门有老师接，家长送到黄线外即可，请勿进入校园。今天开始午餐在学校吃，下午3:30放学。 | | k=open1
07:03 p_zsy_ma | 收到 | ack_reply | rt=open1
07:03 p_hzh_ba | 收到，谢谢陈老师 | ack_reply | rt=open1
07:04 p_wyn_nai | 好的 | ack_reply | rt=open1
07:05 p_lmy_ma | 收到，陈老师请问下午放学也是在东门接吗？ | | hn
07:08 t_chen | 是的，一年级统一东门，按班牌排队接 | |
07:08 p_lmy_ma | 好的谢谢陈老师 | | hn
07:10 p_zsy_ye | 陈老师好我是周书瑶的爷爷今天我送孩子到校门口了孩子的水壶放在书包侧边麻烦老师提醒她喝水谢谢老师 | |
07:11 p_zyt_ma | 👍 | ack_reply | rt=open1
07:12 p_djn_ba | 老师好，孩子中午要带餐具吗 | |
07:14 t_chen | 不用带，学校统一提供餐具。另外邓佳宁家长麻烦改一下群名片，格式是孩子姓名+爸爸/妈妈哈 | | hn
07:15 p_djn_ba | 好的马上改 | | name=邓佳宁爸爸
@ep class_photos
10:20 t_chen | - | | kind=image k=ph1
10:20 t_chen | - | | kind=image
10:21 t_chen | - | | kind=image
10:21 t_chen | 孩子们第一节课都坐得端端正正，特别棒！ | | k=ph2
10:23 p_hjl_ma | 老师辛苦了 | ack_reply | rt=ph2
10:24 p_zsy_ma | [强][强] | ack_reply | kind=sticker
10:26 p_hjl_ma | 看到我家嘉乐了，第二排那个小胖墩哈哈，在家从来没坐这么直过 | | hn
10:31 p_xrx_ma | 谢谢老师分享照片🙏 | ack_reply | rt=ph1
@ep pupil_crying
12:35 t_chen | 跟大家说一下，刘星辰今天上午哭了两节课，怎么哄都不肯进教室，午饭也只吃了几口，星辰家长晚上多跟孩子聊聊。 | student_privacy | k=cry
12:50 p_lxc_wp | 谢谢陈老师，晚上我们好好跟他说，给老师添麻烦了 | | rt=cry
@ep forgot_item
13:05 p_shy_ba | 陈老师不好意思，孙浩宇的午睡毯忘带了，我一点半送到门卫室 | | hn
13:07 t_chen | 好的，我让他下课去门卫室拿 | |
@ep english_teacher_name
15:40 t_lin | 各位家长好，我是一(3)班的英语老师，今天没有书面作业，请孩子回家听一听课本Unit 1的录音，跟读两遍就可以。 | | k=en1
15:42 p_wsy_ba | 收到林老师 | ack_reply | rt=en1
15:43 p_fxb_ba | 好的林老师 | ack_reply | rt=en1
15:50 t_chen | @林老师 麻烦把群昵称改成“英语林小溪”哈，方便家长认识～ | | hn
15:52 t_lin | 已改，谢谢陈老师提醒 | | name=英语林小溪
@ep evening_edge
19:28 p_xrx_ma | 陈老师，明天需要带彩笔吗？ | | hn
19:31 p_hjl_ma | 同问，是12色还是24色 | |
19:40 t_chen | 明天不用带，周三美术课再带，12色就够了 | |
19:41 p_xrx_ma | 好的谢谢老师 | |
@day 2026-09-08
06:59 p_zsy_ye | - | | kind=voice
07:00 p_zsy_ye | 陈老师不好意思刚才按错了发了个语音不用管它 | | hn
@ep uniform_jielong
07:30 t_chen | 【校服征订接龙】请家长按格式接龙：序号+孩子姓名+上衣尺码+裤子尺码，今天中午12点截止。尺码参考：身高115-125选120，125-135选130。\n1. 郑雨桐 130 130 | | k=jl
07:36 p_zsy_ma | 【校服征订接龙】\n1. 郑雨桐 130 130\n2. 周书瑶 120 125 | | hn
07:41 p_wyn_nai | 【校服征订接龙】\n1. 郑雨桐 130 130\n2. 周书瑶 120 125\n3. 王一诺 120 120 | |
07:44 p_ckx_ma | 请问孩子身高124，建议选120还是130呀？怕明年穿不下 | |
07:47 t_chen | 可以选大一码，一年级长得快 | |
07:49 p_ckx_ma | 【校服征订接龙】\n1. 郑雨桐 130 130\n2. 周书瑶 120 125\n3. 王一诺 120 120\n4. 陈可馨 130 130 | |
07:55 p_hzh_ba | 【校服征订接龙】\n1. 郑雨桐 130 130\n2. 周书瑶 120 125\n3. 王一诺 120 120\n4. 陈可馨 130 130\n5. 何子涵 130 135 | |
@ep grape_ad
09:30 p_zjx_ma | 各位家长打扰一下🙏自家果园的阳光玫瑰熟了，不打药不催熟，5斤装68元顺丰包邮，需要的家长私我哈～ | ad | k=grape
09:34 p_hjl_ma | 甜不甜呀，上次买的酸得很 | chat | rt=grape
09:36 p_zjx_ma | 超甜的，糖度20+，不甜包退😄 | ad |
09:40 p_zyt_ma | 俊熙妈妈，群里不方便发广告哦，感兴趣的家长私下加好友就行～ | | hn
09:41 p_zjx_ma | 不好意思不好意思，我撤回了 | |
@ep bargain_link
10:40 p_wsy_ba | 帮我砍一刀吧各位！就差0.3元免费拿儿童电动牙刷 https://mobile.yangkeduo.com/bargain.html?s=8f2kaQ | ad,link | kind=link_card k=kan
10:42 p_wyn_nai | 已砍 | chat | rt=kan
10:45 p_mty_ye | 砍了 没砍动哈哈 | chat | rt=kan
@ep scam_warning
11:30 t_chen | 【防骗提醒】近期有人冒充老师在家长群收“资料费”“校服费”，学校所有收费都走统一缴费平台，绝不会在群里让大家扫个人二维码或转账，遇到请第一时间私聊我核实！ | | hn k=scam
11:32 p_shy_ba | 收到，谢谢提醒 | ack_reply | rt=scam
11:35 p_zsy_ma | 好的，我把这个也转给家里老人看看，他们最容易上当 | | hn
@ep tutoring_seller
14:10 x_tuoguan | 各位家长好，我是学校对面阳光托管的刘老师😊提供午托、晚托、作业辅导，一年级新生报名立减300，咨询电话138 2671 5590，名额有限先到先得～ | ad |
14:14 t_chen | 这位不是我们班家长，请自行退群，谢谢。 | | hn
14:15 x_tuoguan | 打扰了，有需要的家长可以加我威信 yg-tuoguan88 | ad |
@ep norovirus_rumor
15:20 p_lxc_wp | 我听我女儿单位同事讲，咱们区好几个学校都有诺如病毒了，下周全区小学都要停课一周，大家早做准备吧 | rumor | k=rum
15:23 p_hzh_ba | 真的假的？陈老师有这回事吗 | | hn rt=rum
15:30 t_chen | 没有接到任何停课通知，请大家以学校官方通知为准，不信谣不传谣。注意孩子饭前洗手就好。 | | hn
15:32 p_lxc_wp | 哦哦那是我听岔了，不好意思哈 | |
@ep grandpa_flood
16:40 p_mty_ye | 老师孩子几点放学 | |
16:41 p_mty_ye | 老师 孩子几点放学？ | |
16:41 p_mty_ye | 老师孩子几点放学？？ | |
16:45 t_chen | 马天佑姥爷您好，一年级每天下午3:30放学，东门接，今天已经放学了哦 | | hn
@day 2026-09-09
@ep math_talking
16:00 t_wu | 今天数学课孙浩宇和黄嘉乐一直讲小话，提醒了三次都不听，请两位家长回家教育一下。 | student_privacy | k=talk
16:05 p_shy_ba | 吴老师，收到，我回去好好说他 | | rt=talk
16:06 p_hjl_ma | 不好意思吴老师，回家我批评他 | | rt=talk
16:20 t_wu | 另外今天有个别同学作业本封面没写名字，请家长帮孩子把班级和姓名写好。 | | hn k=noname
16:22 p_fxb_ma | 收到 | ack_reply | rt=noname
@day 2026-09-10
@ep anxious_mother
12:40 p_ckx_ma | 陈老师，想请教一下，我家可馨这一周每天早上起床就哭，说肚子疼不想上学，带去医院查了也没什么问题。晚上也睡不踏实，半夜惊醒好几次，说怕老师嫌她写字慢。她在幼儿园就比较胆小，我和她爸爸工作都忙，平时是外婆带，现在真不知道怎么办了，是不是我们哪里做错了😭 | private_matter | k=pm1
12:46 p_zyt_ma | 抱抱可馨妈妈，我家雨桐刚开学也这样，睡前多陪她聊聊学校里开心的事，慢慢就好了 | private_matter | rt=pm1
12:50 p_xrx_ma | 可以试试每天早上给她一个小贴纸奖励，坚持一周，我家就是这么过来的，别太自责 | private_matter | rt=pm1
12:58 t_chen | 可馨妈妈别着急，我加您微信私聊，咱们详细说。 | | hn rt=pm1
13:00 p_ckx_ma | 好的谢谢陈老师🙏 | | hn
@ep football_chat
13:20 p_hzh_ba | 昨晚国足那场谁看了，最后五分钟被绝杀，气得我一宿没睡着 | chat | k=fb
13:24 p_shy_ba | 看了，后防太拉胯了，年年都这样 | chat | rt=fb
13:26 p_wsy_ba | 别提了，白熬一晚上🤦‍♂️下场我是不看了 | chat |
13:31 t_chen | 各位爸爸，聊球赛就到这儿哈，群里咱们还是说孩子的事～ | | hn
@ep link_share
14:30 t_chen | 国家中小学智慧教育平台上有一年级拼音的微课，周末可以让孩子看一看：https://basic.smartedu.cn/syncClassroom/prepare | | hn k=sm
14:32 p_djn_ba | 收到陈老师 | ack_reply | rt=sm
14:40 t_wu | 数学思维小游戏合集｜周末亲子玩起来 mp.weixin.qq.com/s/Xk2d8FqLmT0 | link | kind=link_card k=wx
14:43 p_yzx_ma | 谢谢吴老师分享 | ack_reply | rt=wx
14:47 p_hzh_ba | 吴老师，这个小游戏适合一年级上学期玩吗？有没有难度分级 | | hn rt=wx
14:52 t_wu | 前面十个就行，后面是二年级的 | |
@ep lost_bottle
15:10 p_xrx_ma | 谁家孩子拿错了一个蓝色水壶，上面贴着徐若汐的名字，麻烦看到的联系我一下 139 1234 5678 | | hn
15:16 p_hjl_ma | 我回去看看嘉乐书包 | |
@ep pe_shoes
16:35 t_gao | 各位家长好，明天上午有体育课，请孩子穿运动鞋、带水杯，不要穿凉鞋和裙子。 | | k=pe
16:38 p_yzx_ma | 高老师，运动服也要穿吗？还是穿校服就行 | | rt=pe
16:42 t_gao | 穿校服就可以。这位家长麻烦把群名片改成孩子姓名+关系哈，谢谢 | | hn
16:44 p_yzx_ma | 好的已改～谢谢高老师 | | name=杨梓萱妈妈
@ep night_question
19:52 p_lmy_ma | 陈老师，沐阳说明天要带一张全家福，是要洗出来的照片还是打印的就行？ | |
19:58 p_hjl_ma | 打印的就行，我刚问过别的家长了 | |
@day 2026-09-11
@ep grandma_invited
07:20 p_hzh_ba | 陈老师早，我把孩子奶奶也拉进群了，平时都是她接送 | |
07:25 p_hzh_nai | 大家好我是何子涵的奶奶以后孩子放学我来接麻烦老师多关照 | |
07:31 t_chen | 欢迎奶奶～以后拉人进群请先跟我说一声哈 | | hn
@ep aunt_invited
08:10 p_zsy_ma | 我把书瑶姑姑也拉进来了，她周三周五帮我接孩子 | |
08:14 x_zsy_gu | 大家好，我是书瑶的姑姑，以后周三周五我来接书瑶，请多关照～ | |
08:20 t_chen | 书瑶妈妈，群里只能是家长本人哦，接送人变更您私聊我登记一下就行，麻烦姑姑先退一下群，谢谢理解。 | | hn
08:22 x_zsy_gu | 好的好的，那我退了 | |
@ep star_of_week
16:10 t_chen | 本周之星🌟：周书瑶、王一诺、郑雨桐、马天佑！上课专心，课间还主动帮老师发作业本，给孩子们点赞！ | | hn k=star
16:12 p_mty_ye | 谢谢陈老师鼓励，天佑回家一直说今天得了小星星 | | hn rt=star
16:13 p_lxc_wp | 老师辛苦了👍 | ack_reply | rt=star
16:15 p_zsy_ye | 👏👏👏 | ack_reply | rt=star
@ep weekend_blessing
17:30 p_zsy_ye | 周末愉快！祝各位家长朋友们身体健康万事如意🌹🌹🌹 | chat | kind=image
17:32 p_wyn_nai | 同乐同乐🌹 | chat |
@ep stranger_other_class
18:05 p_shy_ba | 拉了个朋友进来，他家孩子在隔壁四班，想问问这边作业是不是一样 | |
18:09 x_wang_ba | 大家好，我是一4班王梓豪的爸爸，想问下你们班今天语文作业是抄写第几课？ | |
18:15 t_chen | 您好，这里是一(3)班的家长群，作业请在四班群里问哈，麻烦先退群，谢谢～ | | hn
@ep night_spam
23:42 x_spam1 | 宝贝们晚上好～同城寂寞少妇在线视频聊天👄 点开 tt-live69.com 你懂的 | illegal,link |
23:50 p_xrx_ma | 这是什么人啊，陈老师快踢了 | |
@day 2026-09-12
@ep weekend_morning
07:40 t_chen | 昨晚有陌生人进群发不良信息，已经移出去了，请大家不要点任何陌生链接。以后进群一律需要我审核。 | | hn k=clean1
07:45 p_zyt_ma | 收到，辛苦陈老师了 | ack_reply | rt=clean1
@day 2026-09-14
@ep math_quiz_scores
15:50 t_wu | 第一单元小测成绩出来了，满分的有王一诺、郑雨桐、冯小北、吴思远，其他同学继续加油！ | ranking | k=rk
15:53 p_fxb_ba | 谢谢吴老师 | ack_reply | rt=rk
15:56 p_shy_ba | 吴老师，孙浩宇这次考了多少分呀？ | | hn
16:01 t_wu | 孙浩宇爸爸，具体分数我私发给您。 | | hn
16:03 t_wu | 这次小测全班平均分92.5，大部分同学20以内加减法掌握得不错，个别孩子口算速度还要多练。 | | hn
@ep fee_question
16:30 p_wyn_nai | 老师我想问一下那个课后服务费是多少钱在哪里交我不会弄手机 | |
16:36 t_chen | 王一诺奶奶您好，课后服务费在学校统一缴费平台交，明天我把操作截图发给您，不会的话让孩子爸妈帮您弄一下。 | |
16:37 p_wyn_nai | 好的谢谢陈老师 | | hn
@ep whining_parent_fight
17:05 p_hjl_ma | 陈老师，嘉乐今天回来说又被赵俊熙推倒了，膝盖破了一大块，这都第二次了，我真是火大！ | student_privacy,dispute | k=push
17:12 p_zjx_ma | 我问了俊熙，他说是嘉乐先抢他跳绳的，怎么就成我家推人了？ | student_privacy,dispute | rt=push
17:15 p_hjl_ma | 抢跳绳就能推人吗？膝盖破了一大块你去看看 | dispute |
17:16 p_zjx_ma | 小孩子玩闹磕磕碰碰很正常，老师都没说什么，我觉得没必要在群里上纲上线 | dispute |
17:18 p_hjl_ma | 你这当妈的什么素质，没教养的孩子就是家长惯的 | abuse,dispute |
17:20 t_chen | 两位妈妈先别在群里说了，事情我明天了解清楚，分别给你们打电话，好吗？ | | hn
17:22 p_zjx_ma | 好的陈老师 | |
17:23 p_hjl_ma | 听老师的 | |
@day 2026-09-15
@ep sign_slip
15:45 t_chen | 今天给孩子带回去一张《安全责任告知书》，请家长阅读后签字，明天让孩子带回交给我。 | | k=slip
15:47 p_lxc_wp | 好的 | ack_reply | rt=slip
15:48 p_djn_ba | 收到 | ack_reply | rt=slip
15:52 p_wsy_ba | 陈老师，思远说告知书落在教室抽屉里了，明天能补交吗？ | | hn
15:55 t_chen | 可以的，明天我再给他一张 | |
@ep ask_for_reply
16:30 t_chen | 周五下午2点召开一年级家长会，地点在学校报告厅，每户来一位家长。能参加的请回复“收到+孩子姓名”，有事来不了的私聊我。 | | k=meet
16:32 p_zsy_ma | 收到 周书瑶 | | hn rt=meet
16:33 p_hzh_ba | 收到，何子涵 | | hn rt=meet
16:35 p_yzx_ma | 收到 | | hn rt=meet
16:41 p_ckx_ma | 收到，陈可馨。请问家长会大概开多久？下午四点要回单位 | | rt=meet
16:44 t_chen | 一个半小时左右 | |
@ep reading_class_ad
17:10 p_fxb_ma | 有没有想给孩子报拼音衔接班的？我闺蜜开的，小班教学效果超好，感兴趣的+薇 pinyin_666 备注一(3)班有优惠 | ad |
17:14 p_zyt_ma | 小北妈妈，这类信息不要在班群发哈，谢谢理解 | | hn
@ep late_teacher_reminder
19:35 t_wu | 提醒一下，明天数学课要用小棒，请家长帮孩子准备20根放进笔袋。 | | k=stick
19:38 p_hzh_nai | 收到吴老师 | ack_reply | rt=stick
@ep urgent_typhoon
21:05 t_chen | 【紧急通知】接区教育局通知，受台风“桦加沙”影响，明天（9月16日）全区中小学停课一天，请孩子在家注意安全，不要外出。收到请回复“收到”。 | | ex k=typ
21:06 p_zsy_ma | 收到 | | ex rt=typ
21:06 p_shy_ba | 收到 | | ex rt=typ
21:07 p_wyn_nai | 收到收到 | | ex rt=typ
21:10 p_xrx_ma | 陈老师，那明天的课后服务费会退吗？ | | rt=typ
21:12 p_hjl_ma | 收到，请问后天正常上学吗？ | | rt=typ
21:20 t_chen | 后天另行通知，请大家留意群消息。 | |
@day 2026-09-17
@ep after_typhoon
07:10 t_chen | 今天恢复正常上课，校园已经清理完毕，请放心送孩子。学校通知原文在官网：www.qhlxx.edu.cn/tzgg/0917.html | | hn k=back
07:12 p_mty_ye | 好的 | ack_reply | rt=back
07:20 p_lmy_ma | 有没有家长看到一个链接说台风补课费要在 qhlxx-edu.cn.vip 上交？我有点怀疑是骗子 | link |
07:25 t_chen | 这个是假的！学校没有任何补课费，大家千万不要点开，更不要付钱。 | | hn
@ep wellness_forward
08:30 p_zsy_ye | 【转发】秋季养生：早上喝一杯温蜂蜜水，晚上泡脚二十分钟，胜过吃补药，转给你关心的人 | chat |
08:33 p_lxc_wp | 说得对，我天天泡脚 | chat |
"""