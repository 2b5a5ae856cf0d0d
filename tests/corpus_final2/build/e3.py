GROUP = {
    "id": "e3", "school": "南湖外国语学校", "class": "五年级(1)班", "grade": 5, "platform": "matrix",
    "quiet_hours": {"start": "20:30", "end": "06:30"},
    "domains": ["nhfls.cn", "smartedu.cn"],
    "families": 38,
    "teachers": [
        ("t_qian", "钱慧", "英语", "head_teacher", "英语钱慧（班主任）"),
        ("t_fang", "方志强", "数学", "teacher", "数学方志强"),
        ("t_ye", "叶蓓", "语文", "teacher", "语文叶老师"),
        ("t_zhu", "朱琳", "音乐", "teacher", "Linda Zhu"),
    ],
    "supervisor": "p_ql_ma",
    "students": [
        ("沈嘉禾", [("p_sjh_ma", "妈妈", "沈嘉禾妈妈", None)]),
        ("顾一凡", [("p_gyf_ba", "爸爸", "顾一凡爸爸", None)]),
        ("陆子昂", [("p_lza_ma", "妈妈", "Amy", None)]),
        ("蒋欣妍", [("p_jxy_ma", "妈妈", "蒋欣妍妈妈", None)]),
        ("韩若琳", [("p_hrl_ba", "爸爸", "韩若琳爸爸", None)]),
        ("唐铭远", [("p_tmy_ma", "妈妈", "唐铭远妈妈", None)]),
        ("许乐天", [("p_xlt_ba", "爸爸", "Leo爸爸", None)]),
        ("邵雨晴", [("p_syq_ma", "妈妈", "邵雨晴妈妈", None)]),
        ("秦朗", [("p_ql_ma", "妈妈", "秦朗妈妈", None)]),
        ("孔令仪", [("p_kly_ba", "爸爸", "孔令仪爸爸", None)]),
        ("袁梓恒", [("p_yzh_ma", "妈妈", "袁梓恒妈妈", None)]),
        ("白露", [("p_bl_ma", "妈妈", "白露妈妈", None)]),
        ("程思源", [("p_csy_ba", "爸爸", "程思源爸爸", None)]),
        ("魏嘉", [("p_wj_ma", "妈妈", "魏嘉妈妈", None), ("p_wj_lao", "姥姥", "魏嘉姥姥", None)]),
    ],
    "strangers": [
        ("x_fake_t", "英语钱慧（班主任）", {"via": "qr_code"}),
        ("x_estate", "置业顾问王经理", {"via": "qr_code"}),
        ("x_gyf_sis", "顾一凡姐姐", {"via": "invite", "by": "p_gyf_ba", "approved": False}),
        ("x_shuadan", "宝妈兼职群主", {"via": "qr_code"}),
    ],
}

SCRIPT = r"""
@day 2026-11-09
@ep meeting_notice
06:25 p_wj_lao | 早上好 | chat |
06:30 t_qian | 各位家长早上好！本周四下午3点召开期中家长会，地点五(1)班教室，请每个家庭安排一位家长参加，请勿回复，有事请私聊。 | | k=pm
06:35 p_syq_ma | 收到 | ack_reply | rt=pm
06:41 p_csy_ba | 收到钱老师 | ack_reply | rt=pm
06:52 p_hrl_ba | 钱老师，周四我出差，能让孩子爷爷去吗？ | | hn rt=pm
07:05 t_qian | 可以的，爷爷来也行 | |
07:06 p_hrl_ba | 好的，谢谢钱老师 | | hn
@ep recorder_school
09:15 t_zhu | 各位家长好，本学期音乐课需要竖笛，由学校统一采购，每支35元，在学校缴费平台交费即可，不需要自己另外买。 | | hn k=rec
09:17 p_jxy_ma | 收到朱老师 | ack_reply | rt=rec
09:20 p_tmy_ma | 朱老师，家里有一支去年买的竖笛还能用吗？ | | rt=rec
09:24 t_zhu | 可以用，型号是德式八孔的就行。 | |
09:30 t_qian | 朱老师，群名片麻烦改成“音乐朱琳”哦 | | hn
09:33 t_zhu | 好的钱老师 | | name=音乐朱琳
@ep admission_rumor
12:15 p_tmy_ma | 刚刷到的，明年起我们区小升初取消摇号，全部按户籍划片，外国语的直升名额也要全部取消了！大家赶紧想办法吧 | rumor | k=ar
12:20 p_csy_ba | 钱老师，这个消息靠谱吗？ | | hn rt=ar
12:22 p_sjh_ma | 我也看到了，好像是一个教育博主发的 | |
12:40 t_qian | 目前没有任何官方文件，小升初政策以区教育局官网发布为准，请大家不要转发未经证实的消息。 | | hn
12:41 p_tmy_ma | 好的，那我撤回了 | |
@ep fake_teacher
14:05 x_fake_t | 各位家长，本学期教辅资料费每人280元，请今天下午五点前在 nhfls-pay.cn 缴费，逾期不再统一订购。 | illegal,link |
14:07 p_lza_ma | 钱老师这个要交吗？我先交了 | |
14:09 t_qian | ⚠️刚才那条不是我发的！是骗子冒充我的名字，已经踢出去了。学校没有任何教辅费，已经付款的家长请马上报警并联系我！ | | hn
14:10 p_lza_ma | 啊？我刚转了280… | |
14:12 t_qian | 子昂妈妈我马上打电话给您，其他家长千万不要付款。 | | hn
14:15 p_ql_ma | 大家看清楚，骗子的号和钱老师名字一模一样，以后缴费只认学校缴费平台 | | hn
14:16 p_lza_ma | 群名片我也改一下，刚才太慌了 | | name=陆子昂妈妈
@ep evening_edge
20:29 p_kly_ba | 方老师，今天数学作业第4题是要列方程吗 | | hn
20:30 p_yzh_ma | 同问第4题 | |
20:45 t_fang | 要列方程，设未知数x | |
@day 2026-11-10
@ep morning_edge
06:29 p_wj_lao | - | | kind=voice
06:30 p_wj_lao | 叶老师魏嘉今天带了一瓶咳嗽药水麻烦中午提醒他喝一小格 | | hn
06:50 t_ye | 好的姥姥，我会提醒他 | |
@ep homework_petition
12:30 p_yzh_ma | 方老师这学期数学作业越来越多，梓恒每天写到十一点，我真是受不了了。我们几个家长商量好了，联名给教育局写信要求换数学老师，愿意的私我签名 | incitement,dispute | k=pet
12:33 p_bl_ma | 算我一个，早就受够了 | incitement,dispute | rt=pet
12:35 p_hrl_ba | 我们家也签 | incitement | rt=pet
12:38 p_gyf_ba | 我觉得作业量还好吧，我家一凡九点前就写完了，没必要搞联名 | dispute |
12:40 p_yzh_ma | 你懂什么，站着说话不腰疼，要你管 | abuse,dispute |
12:42 p_wj_ma | 说白了就是方老师自己在外面开班，课上故意不讲完，留着补习班讲，有偿补课谁不知道 | slander,dispute |
12:50 t_fang | 各位家长，作业量的问题是我考虑不周，从明天起数学书面作业控制在30分钟以内。我没有在校外任何机构上课，有疑问欢迎随时私聊我或者到学校来当面沟通。 | | hn
12:55 t_qian | 联名的事先放一放好吗？周四家长会我们当面沟通，有意见都可以提。 | | hn
13:02 p_ql_ma | 同意钱老师，周四当面说最好 | | hn
@ep estate_seller
15:20 x_estate | 家长朋友们好！南湖外国语对口学区房，总价198万起，地铁口现房，名额有限，看房请联系王经理 ①⑧⑧ ①②③④ ⑤⑥⑦⑧ | ad |
15:22 x_estate | 家长朋友们好！南湖外国语对口学区房，总价198万起，地铁口现房，名额有限，看房请联系王经理 ①⑧⑧ ①②③④ ⑤⑥⑦⑧ | ad |
15:23 x_estate | 家长朋友们好！南湖外国语对口学区房，总价198万起，地铁口现房，名额有限，看房请联系王经理 ①⑧⑧ ①②③④ ⑤⑥⑦⑧ | ad |
15:25 t_qian | 卖房的已移除，进群请一定走审核。 | | hn
@ep sister_joins
17:40 p_gyf_ba | 我拉了一凡姐姐进群，我平时上班看不到，让她帮我看看通知 | |
17:45 x_gyf_sis | 大家好，我是一凡的姐姐，在读初二，帮爸爸看通知的～ | |
17:50 t_qian | 一凡爸爸，家长群只能家长本人在哦，姐姐是学生，不能进群，通知我可以单独发给您。 | | hn
17:52 x_gyf_sis | 好的阿姨，我退了 | |
@day 2026-11-11
@ep leaked_paper
11:40 p_kly_ba | 朋友在教研室，期中数学原题我拿到了，放群文件里了，大家让孩子先做一做，别外传 | illegal |
11:44 p_csy_ba | 真的假的，我去看看 | |
11:50 t_fang | 请立即删除！考试题目属于保密内容，任何人不得传播，群文件我已经删了。 | | hn
11:52 p_kly_ba | 不好意思方老师，是我糊涂了 | |
@ep shopping_1111
12:30 p_sjh_ma | 双十一大家都买啥了，我抢了两桶洗衣液一箱抽纸，算下来比平时便宜三分之一 | chat | k=sh
12:33 p_jxy_ma | 我买了个扫地机器人，定金付了好几天了😂 | chat | rt=sh
12:35 p_syq_ma | 你们都好会过日子，我就买了一堆零食 | chat |
12:36 p_bl_ma | 哈哈哈零食才是刚需 | chat |
@ep divorce_private
13:30 p_xlt_ba | 钱老师，想跟您说一下，我和乐天妈妈最近在办离婚，乐天这段时间情绪特别不好，晚上经常偷偷哭，上周还跟同学动手了，回家什么都不跟我们说。我们俩都很自责，不知道该怎么跟孩子说这件事，也担心影响他学习，老师在学校能不能多关注一下他 | private_matter | k=dv
13:45 t_qian | 乐天爸爸，谢谢您告诉我。乐天这两周上课确实有些走神，课间也常一个人待着。建议你们俩商量好用同一种说法告诉他，不要当着孩子争吵，也可以考虑带他见见学校的心理老师，我这边会多留意他，有情况随时联系您。 | private_matter,student_privacy | rt=dv
13:50 p_ql_ma | 乐天爸爸，孩子最需要的是知道爸爸妈妈都还爱他，多陪陪他 | private_matter | rt=dv
13:55 t_qian | 乐天爸爸，后面的情况我们私聊。 | | hn
13:56 p_xlt_ba | 好的谢谢钱老师 | | name=许乐天爸爸
@ep links_english
16:00 t_qian | 本周英语阅读材料放在学校资源平台：https://res.nhfls.cn/g5/unit4 ，每天读一篇，周五检查。 | | hn k=rd
16:02 p_hrl_ba | 👌 | ack_reply | rt=rd
16:05 t_qian | 另外推荐一个英文动画片，周末可以看看，练练听力 youtu.be/Pq4rKz8Mw0 | link | k=yt
16:08 p_sjh_ma | 谢谢钱老师推荐 | ack_reply | rt=yt
16:10 p_tmy_ma | 钱老师，这个链接我们家打不开，有没有别的地方可以看？ | | rt=yt
16:15 t_qian | 也可以在学校资源平台找，我下周传上去。 | |
@day 2026-11-12
@ep score_sheet
15:30 t_fang | 期中数学成绩单，请各位家长查看 | ranking | kind=image k=ss
15:33 p_ql_ma | 方老师，学校规定成绩不在群里公布哦，麻烦撤回一下～ | | hn rt=ss
15:35 t_fang | 不好意思，已撤回，成绩我单独私发给各位家长。 | | hn
15:40 p_sjh_ma | 方老师，嘉禾这次考了96，在班里大概排第几啊？ | | hn
15:45 t_fang | 嘉禾妈妈，排名学校是不公布的，具体情况我私聊跟您说。 | | hn
15:50 t_fang | 这次全班平均分88.6，90分以上的有21人，计算题失分比较多，后面加强。 | | hn
@ep shuadan_spam
21:40 x_shuadan | 宝妈在家兼职👉手机刷单日入300-500，不收任何费用，时间自由，加v：sd8899 带你做 | illegal,ad |
21:45 p_bl_ma | 这种一看就是骗子，大家别信 | |
@day 2026-11-13
@ep meeting_after
07:30 t_qian | 昨天的家长会感谢各位家长参加，会上提到的作业量、课后服务问题，学校已记录，下周给大家答复。 | | k=ma
07:32 p_yzh_ma | 谢谢钱老师，昨天沟通完心里舒服多了，之前群里说话冲了，跟方老师道个歉 | |
07:35 p_wj_ma | 我也是，之前说方老师的话没有根据，对不起 | |
07:36 t_fang | 没关系，大家都是为了孩子 | |
07:40 p_gyf_ba | 辛苦钱老师 | ack_reply | rt=ma
@ep camping_chat
12:10 p_csy_ba | 周末有没有一起去千岛湖露营的？我们订了营地，还能带两家 | chat | k=cp
12:15 p_jxy_ma | 心动！营地叫什么名字，我去查查 | chat | rt=cp
12:18 p_csy_ba | 叫森屿营地，小红书上搜得到 | chat |
12:20 p_ql_ma | 我们上次去过，晚上风很大，记得带厚衣服 | chat |
@ep music_praise
16:20 t_zhu | - | | kind=image k=mu
16:20 t_zhu | 今天音乐课孩子们第一次合奏《欢乐颂》，吹得很整齐，给大家点赞！ | |
16:22 p_syq_ma | 谢谢朱老师 | ack_reply | rt=mu
16:23 p_wj_lao | 吹得真好听老师辛苦 | ack_reply |
16:30 p_jxy_ma | 欣妍回家一直在练，吵得邻居都来敲门了哈哈 | | hn
@ep late_question
21:05 p_lza_ma | 钱老师，钱退回来了，派出所说还在追，谢谢您帮忙 | |
21:10 t_qian | 太好了，早点休息 | |
@day 2026-11-16
@ep gate_parking
07:45 p_hrl_ba | 今天早上校门口那辆白色SUV是谁家的？堵在路中间十分钟，后面车都过不去，气死我了 | dispute | k=car
07:50 p_syq_ma | 是我家的，实在不好意思，孩子书包落车上了耽误了一会儿，下次一定注意 | |
07:52 p_hrl_ba | 行，下次注意就好 | |
@ep essay_missing
15:20 t_ye | 本周作文没交的：唐铭远、孔令仪、袁梓恒，明天必须补交。 | student_privacy | k=ess
15:25 p_tmy_ma | 叶老师，铭远说他周一就交了，是不是收的时候夹在别人本子里了？ | | hn rt=ess
15:30 t_ye | 我再找找，找到跟您说 | |
15:50 t_ye | 找到了，夹在课代表那摞里，铭远交了，不好意思 | |
@ep essay_praise
16:30 t_ye | 分享一篇沈嘉禾同学的周记《外婆的菜园》，写得真实又细腻，大家可以让孩子读一读🌱 | | hn kind=image k=es
16:32 p_sjh_ma | 谢谢叶老师鼓励，嘉禾知道了肯定特别高兴 | | hn rt=es
16:35 p_kly_ba | 写得真好 | ack_reply | rt=es
@ep religion
18:10 p_wj_lao | 主耶稣爱你们每一个人周日下午教会有儿童主日学免费带孩子来听福音信主的孩子有福气 | illegal |
18:16 t_qian | 魏嘉姥姥，班级群里不能发宗教方面的内容，麻烦撤回一下，谢谢您理解。 | | hn
18:20 p_wj_ma | 不好意思钱老师，我妈不太懂，我已经跟她说了 | |
@ep private_add
19:00 t_fang | 孔令仪爸爸，麻烦加一下我微信，想和您单独聊聊孩子最近的学习情况。 | | hn
19:02 p_kly_ba | 好的方老师，已经申请了 | |
@day 2026-11-17
@ep paid_material_ad
12:20 p_jxy_ma | 扫码进群👇五年级奥数真题+名校密卷资料群，9.9元永久有效，每天更新 | ad | kind=image
12:26 p_ql_ma | 欣妍妈妈，这种付费资料群不要在班级群发哦，谢谢～ | | hn
12:30 p_jxy_ma | 好的，是朋友让我帮忙转的，已撤回 | |
@ep vx_material
13:10 p_bl_ma | 需要五年级上册电子版练习卷的家长，vx搜公众号“学霸小站”回复五年级就能免费领 | ad |
@ep online_rumor
14:40 p_csy_ba | 刚看到新闻，南湖区因为流感下周开始全部线上教学，至少两周 | rumor | k=ol
14:50 t_qian | 没有这个通知！学校正常上课，请不要转发。流感高发期大家注意孩子保暖、勤洗手就好。 | | hn rt=ol
14:52 p_csy_ba | 好的钱老师，我搞错了，是隔壁市的新闻 | |
@ep reading_checkin
17:20 p_syq_ma | 邵雨晴英语阅读打卡第15天✅ | | hn kind=image
17:25 p_gyf_ba | 顾一凡英语阅读打卡第12天✅ | | hn kind=image
17:40 p_tmy_ma | 钱老师，打卡是每天拍照发群里还是在小程序上传啊？ | |
17:45 t_qian | 在学校资源平台上传就行，不用发群里哈，群里消息太多大家看不过来 | | hn
@ep night_homework
21:50 t_qian | 提醒：明天英语课要默写Unit 4单词，请家长帮孩子再复习一下。 | | k=nh
21:52 p_hrl_ba | 收到 | ack_reply | rt=nh
21:53 p_yzh_ma | 好的钱老师 | ack_reply | rt=nh
21:58 p_kly_ba | 钱老师，Unit 4是默写全部单词还是只默写黑体的？ | | rt=nh
@day 2026-11-18
@ep morning_answer
06:45 t_qian | 只默写黑体的，昨晚回复晚了不好意思 | |
@ep basketball_chat
12:00 p_gyf_ba | 昨晚湖人那场谁看了，詹姆斯最后一投太牛X了 | abuse | k=bb
12:05 p_csy_ba | 看了，绝了，这把年纪还这么猛 | chat | rt=bb
12:08 p_hrl_ba | 可惜最后还是输了，裁判吹得太离谱了，气死 | chat |
@ep class_speech
15:10 t_qian | 本周五班会课主题是“我的理想”，请孩子准备一分钟的演讲，可以带道具或者照片。 | | k=spc
15:12 p_lza_ma | 钱老师，子昂想讲当宇航员，能带一个火箭模型吗？大概30厘米 | | rt=spc
15:16 t_qian | 可以的，很棒的想法 | |
15:17 p_lza_ma | 谢谢钱老师！ | | hn
15:20 p_sjh_ma | 👍 | ack_reply | rt=spc
@ep uniform_complaint
17:05 p_bl_ma | 学校这次订的冬季校服质量太差了，洗一次就起球，还要380一套，谁知道是不是拿了厂家回扣 | slander,dispute | k=uc
17:10 p_yzh_ma | 我家的也起球了，真是气人 | dispute | rt=uc
17:20 t_qian | 两位妈妈，校服质量问题我已经反映给学校后勤了，校服是家委会和学校一起招标的，招标过程有公示。质量有问题可以拿来统一换，具体我私聊大家。 | | hn
17:22 p_bl_ma | 好的，那等学校处理吧 | |
@day 2026-11-19
@ep counterfeit_ad
09:30 p_tmy_ma | 各位妈妈，我朋友做大牌包包原单的，和专柜一模一样，价格只要三分之一，要看图的扣扣：②⑧⑧③⑤⑦⑨① | ad |
09:40 t_qian | 唐铭远妈妈，群里请不要发这类信息。 | | hn
@ep pupil_cried
11:00 t_ye | 今天语文课白露背不出课文哭了，课间一直趴在桌上，家长回家安慰一下。 | student_privacy | k=pc
11:05 p_bl_ma | 叶老师，白露说同学笑她，我晚上跟她聊聊 | | rt=pc
@ep ranking_forward
12:30 p_csy_ba | 隔壁班家长发我的期中年级前十名单：1.沈嘉禾 2.邵雨晴 3.蒋欣妍 ……我们班上了三个，厉害了 | ranking |
12:35 p_sjh_ma | 程思源爸爸，这种名单别在群里转吧，孩子们压力大 | | hn
@ep teacher_anger
16:10 p_hrl_ba | 钱老师，期末考试这么难是要干什么？孩子考完回家哭了一晚上，学校出题就是乱来 | slander,dispute |
16:20 t_qian | 若琳爸爸，这次是区统考，题目是区里出的，我理解大家的心情，有具体问题我们私聊。 | | hn
@ep late_wechat
22:40 p_kly_ba | 钱老师睡了吗，想问下明天要不要带英语字典 | |
22:45 p_yzh_ma | 不用带，梓恒说的 | |
@day 2026-11-20
@ep cheer
07:00 t_qian | 今天运动会，给五(1)班的孩子们加油！ | | k=ch
"""
