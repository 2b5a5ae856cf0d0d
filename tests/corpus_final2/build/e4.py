GROUP = {
    "id": "e4", "school": "市实验中学", "class": "初二(5)班", "grade": 8, "platform": "wechat",
    "quiet_hours": {"start": "21:00", "end": "07:00"},
    "domains": ["syzx.edu.cn"],
    "families": 44,
    "teachers": [
        ("t_pan", "潘建华", "数学", "head_teacher", "数学潘建华（班主任）"),
        ("t_li", "李静", "语文", "teacher", "语文李静"),
        ("t_he", "何雪", "英语", "teacher", "英语何雪"),
        ("t_zhao", "赵刚", "物理", "teacher", "赵老师"),
    ],
    "supervisor": "p_lsy_ma",
    "students": [
        ("周泽宇", [("p_zzy_ma", "妈妈", "周泽宇妈妈", None)]),
        ("高子萱", [("p_gzx_ba", "爸爸", "高子萱爸爸", None)]),
        ("宋哲", [("p_sz_ma", "妈妈", "宋哲妈妈", None)]),
        ("孟凡", [("p_mf_ba", "爸爸", "孟凡爸爸", None)]),
        ("田甜", [("p_tt_ma", "妈妈", "田甜妈妈", None)]),
        ("谭浩", [("p_th_ba", "爸爸", "谭浩爸爸", None)]),
        ("卢思雨", [("p_lsy_ma", "妈妈", "卢思雨妈妈", None)]),
        ("贺一鸣", [("p_hym_ba", "爸爸", "贺一鸣爸爸", None)]),
        ("龚佳琪", [("p_gjq_ma", "妈妈", "龚佳琪妈妈", None)]),
        ("邹磊", [("p_zl_ba", "爸爸", "磊磊爸", None)]),
        ("姚梦", [("p_ym_ma", "妈妈", "姚梦妈妈", None)]),
        ("严俊", [("p_yj_ba", "爸爸", "严俊爸爸", None)]),
        ("万晴", [("p_wq_ma", "妈妈", "万晴妈妈", None)]),
        ("毛宇", [("p_my_nai", "奶奶", "毛宇奶奶", None)]),
    ],
    "strangers": [
        ("x_tutor", "金牌物理家教陈老师", {"via": "qr_code"}),
        ("x_fortune", "国学文化传承", {"via": "qr_code"}),
        ("x_tt_cousin", "田甜表哥", {"via": "invite", "by": "p_tt_ma", "approved": False}),
    ],
}

SCRIPT = r"""
@day 2026-12-07
@ep week_notice
06:58 p_my_nai | 潘老师早上好毛宇今天有点拉肚子我让他带了药 | |
07:00 p_my_nai | 潘老师早上好毛宇今天有点拉肚子我让他带了药 | |
07:10 t_pan | 本周安排：周三月考（语数英物），周五下午家长开放日。月考期间手机一律不准带进教室。 | | k=wn
07:12 p_zzy_ma | 收到 | ack_reply | rt=wn
07:12 p_hym_ba | 收到潘老师 | ack_reply | rt=wn
07:13 p_wq_ma | 👌🏻 | ack_reply | rt=wn
07:15 p_tt_ma | 收到，潘老师请问开放日家长几点到？ | | hn rt=wn
07:20 t_pan | 下午2点，在报告厅签到。毛宇奶奶，我看到了，会留意他的。 | |
07:22 p_tt_ma | 好的谢谢潘老师 | | hn
@ep physics_teacher
12:30 t_zhao | 今天物理课谭浩、严俊上课玩手机，被我收了，请家长本周内来学校领。 | student_privacy | k=ph
12:36 p_th_ba | 赵老师收手机我支持，但是当着全班的面说我儿子是“害群之马”，这合适吗？孩子回家一句话都不说，我真是火大 | dispute | rt=ph
12:45 t_zhao | 谭浩爸爸，我当时话说重了，向您和孩子道歉。我们电话沟通一下好吗？ | | hn
12:47 p_th_ba | 行，晚点打给您 | |
12:50 t_pan | @赵老师 群名片麻烦改成“物理赵刚” | | hn
12:52 t_zhao | 已改 | | name=物理赵刚
12:55 p_yj_ba | 赵老师，我明天上午去拿手机，您几点方便？ | |
13:00 t_zhao | 上午第三节课后都在办公室 | |
@ep tutor_seller
14:20 x_tutor | 初二物理一对一，985名校老师，三个月提分20+，试听免费，家长可加V：wl_chen2026 | ad |
14:22 x_tutor | 初二物理一对一，985名校老师，三个月提分20+，试听免费，家长可加V：wl_chen2026 | ad |
14:25 t_pan | 这是谁拉进来的？已移除。大家不要加。 | | hn
@ep disk_link
16:00 t_he | 英语寒假听力材料放在网盘了：pan.baidu.com/s/1Hq7xkLm 提取码 8kd2 | link | k=pan
16:03 p_sz_ma | 谢谢何老师 | ack_reply | rt=pan
16:05 p_lsy_ma | 何老师，学校规定外部链接不在群里发哦，可以放学校平台上吗？ | | hn
16:10 t_he | 好的，我传到学校平台：www.syzx.edu.cn/ziyuan/english8 | | hn
16:12 p_gjq_ma | 收到何老师 | ack_reply |
@ep edge_times
20:59 p_mf_ba | 潘老师，月考考场安排什么时候出？ | | hn
21:00 p_gzx_ba | 同问考场 | |
21:25 t_pan | 明天上午发 | |
@day 2026-12-08
@ep gaming_private
12:10 p_sz_ma | 潘老师，想请教一下，宋哲这学期迷上手游，每天晚上躲在被子里打到一两点，早上叫不起来，成绩从班上中等掉到后面了。手机收了他就绝食、摔门，还跟我说再收就离家出走。他爸爸常年在外地跑车，我一个人真的管不住了，每天晚上都睡不着 | private_matter | k=gm
12:20 p_ym_ma | 宋哲妈妈，我家之前也这样，后来路由器设了定时断网，手机晚上交给我们保管，坚持了一个月就好多了 | private_matter | rt=gm
12:25 p_gzx_ba | 这个年纪最怕硬来，可以跟他约法三章，周末给玩一小时，别一下子全收 | private_matter | rt=gm
12:40 t_pan | 宋哲妈妈，宋哲最近上课确实经常打瞌睡，作业也交得不全。我的建议是先别硬收，找他爸爸一起跟他谈一次，定个规矩，学校这边我也会找他聊。有需要可以请心理老师一起。 | private_matter,student_privacy | rt=gm
12:45 t_pan | 具体的我们电话里说，我下午打给您。 | | hn
12:46 p_sz_ma | 谢谢潘老师，谢谢各位家长 | |
@ep saturday_class
15:30 p_hym_ba | 学校周六“自愿”补课一人收800，谁不交老师就给孩子脸色看，这不就是变相有偿补课吗？大家把这事拍视频发抖音曝光，再一起打12345投诉，看学校怎么说！ | slander,incitement,dispute | k=sc
15:33 p_ym_ma | 支持！我已经打了12345 | incitement | rt=sc
15:34 p_wq_ma | 我也去打，一起 | incitement | rt=sc
15:36 p_gjq_ma | 潘老师，周六的课是学校组织的吗？要交钱吗？ | | hn rt=sc
15:45 t_pan | 各位家长，周六是学校组织的免费自愿答疑，不收任何费用。有家长说的800元是校外机构的课，和学校没有关系。有疑问可以直接找我或者学校办公室。 | | hn
15:50 p_hym_ba | 那是我搞错了，我听别的家长说的，不好意思 | |
@ep zhongkao_rumor
17:10 p_zl_ba | 我表姐在教育局上班，说明年中考体育要加到100分，而且所有加分政策全部取消，大家赶紧让孩子练体育吧 | rumor | k=zk
17:15 p_mf_ba | 潘老师，这个是真的吗？ | | hn rt=zk
17:25 t_pan | 目前没有正式文件，中考政策以市教育局官网公布的为准，大家不要转。 | | hn
17:28 p_zl_ba | 好的我再确认一下 | |
@day 2026-12-09
@ep urgent_snow
22:15 t_pan | 【紧急通知】气象台发布暴雪橙色预警，学校决定明天（12月10日）推迟到上午10点到校，月考顺延一天，请家长注意孩子路上安全。收到请回复“收到”。 | | ex k=snow
22:16 p_zzy_ma | 收到 | | ex rt=snow
22:16 p_lsy_ma | 收到 | | ex rt=snow
22:17 p_hym_ba | 收到 | | ex rt=snow
22:18 p_yj_ba | 收到。那早读是不是也取消了？ | | rt=snow
22:20 p_my_nai | 潘老师明天孩子几点吃早饭啊 | | rt=snow
22:30 t_pan | 早读取消，早饭在家吃好再来。 | |
22:31 p_my_nai | 好的谢谢潘老师 | |
@day 2026-12-10
@ep fortune
09:30 x_fortune | 中考将至！孩子书桌朝东南摆放，文昌位放四支毛笔，成绩必涨。转发此条到三个家长群，孩子中考必上重点，不转者运势受阻 | illegal |
09:40 t_pan | 这个号不是本班家长，已移出，这种迷信内容大家不要转发。 | | hn
@ep cousin_joins
11:00 p_tt_ma | 我把田甜表哥拉进来了，他是大学生，平时帮田甜辅导数学，想看看作业 | |
11:05 x_tt_cousin | 各位家长老师好，我是田甜的表哥，以后帮她看作业，打扰了 | |
11:10 t_pan | 田甜妈妈，群里只能是家长，作业我每天私发给您也行，表哥就先退群吧，谢谢理解。 | | hn
@ep seat_quarrel
16:30 p_zl_ba | 凭什么我家孩子坐最后一排？前排坐的都是成绩好的，这不是明摆着偏心吗 | slander,dispute | k=seat
16:35 p_gzx_ba | 座位是按身高排的，别什么都往成绩上扯 | dispute | rt=seat
16:37 p_zl_ba | 关你屁事，你家孩子坐第一排你当然这么说 | abuse,dispute |
16:39 p_gzx_ba | 说话注意点，脑子有坑吧 | abuse,dispute |
16:45 t_pan | 两位家长别吵了。座位是按身高和视力排的，每两周轮换一次。邹磊爸爸，我们私聊。 | | hn
16:46 p_zl_ba | 行 | |
16:50 t_pan | 另外邹磊爸爸的群名片麻烦改成“邹磊爸爸”，谢谢。 | | hn
16:52 p_zl_ba | 改了 | | name=邹磊爸爸
@day 2026-12-11
@ep exam_rank
15:00 t_pan | 月考班级前十名：1.高子萱 689  2.周泽宇 675  3.卢思雨 668  4.贺一鸣 660  5.龚佳琪 655，后五名明天公布，大家再接再厉！ | ranking | k=rk
15:03 p_gzx_ba | 谢谢潘老师，子萱还要继续努力 | | rt=rk
15:06 p_mf_ba | 潘老师，能不能把全班排名都发一下，我们也好知道差距 | | rt=rk
15:10 p_lsy_ma | 潘老师，学校不让在群里发排名的，要不还是私发吧 | | hn
15:15 t_pan | 好的，刚才的已撤回，以后各科成绩单独发给家长，不在群里公布排名。 | | hn
15:20 p_th_ba | 潘老师，谭浩这次排第几？ | | hn
15:25 t_pan | 谭浩爸爸，我私发给您。 | | hn
15:30 t_pan | 全班数学平均分101.3，比上次提高了6分，整体进步明显。 | | hn
15:33 p_wq_ma | 老师辛苦了 | ack_reply |
@ep drama_chat
19:30 p_tt_ma | 最近《繁花》重播有人看吗，胡歌演得太好了 | chat | k=dr
19:33 p_zzy_ma | 在追！每天晚上看两集 | chat | rt=dr
19:35 p_sz_ma | 我也是，上海话版本更有味道 | chat |
19:40 p_lsy_ma | 各位妈妈，追剧的话题咱们私下聊哈～ | | hn
@ep open_day_photos
@day 2026-12-12
09:00 t_li | - | | kind=image k=od
09:00 t_li | - | | kind=image
09:01 t_li | 昨天家长开放日的照片，感谢各位家长来听课！ | |
09:03 p_hym_ba | 谢谢李老师 | ack_reply | rt=od
09:05 p_gjq_ma | [玫瑰][玫瑰] | ack_reply | kind=sticker rt=od
09:10 p_ym_ma | 李老师讲得真好，姚梦回来说语文课最有意思 | | hn rt=od
@day 2026-12-14
@ep fight_report
12:20 p_zzy_ma | 贺一鸣今天在厕所把泽宇堵住打了两拳，脸都肿了，这种孩子学校到底管不管？ | student_privacy,dispute | k=fg
12:24 p_hym_ba | 你有证据吗？别血口喷人，我儿子从来不惹事 | dispute | rt=fg
12:26 p_zzy_ma | 监控都拍到了，你家孩子就是个小混混 | abuse,dispute |
12:27 p_hym_ba | sb | abuse,dispute |
12:28 p_hym_ba | 再说一句试试，信不信我弄你 | illegal,dispute |
12:35 t_pan | 两位家长请冷静。事情德育处正在调查，今天下午四点请两位来学校当面处理，群里请不要再说了。 | | hn
12:40 p_lsy_ma | 大家都消消气，孩子的事交给学校处理吧 | | hn
@ep lottery_chat
13:30 p_mf_ba | 今晚双色球奖池20多亿，大家买了没😂 | chat | k=lt
13:33 p_yj_ba | 买了两注，中了请大家吃饭 | chat | rt=lt
13:35 p_gzx_ba | 我每期都买，就没中过五块以上 | chat |
@ep orange_groupbuy
14:10 p_ym_ma | 团购赣南脐橙啦🍊果园直发，10斤59元，满20份发货，需要的家长私我报名 | ad |
14:15 p_lsy_ma | 姚梦妈妈，团购的信息不要在班群发哦 | | hn
@ep rude_to_teacher
16:00 t_pan | 本周的《家长安全告知书》今天发给孩子了，请家长签字后周三交回。 | | k=sg
16:05 p_th_ba | 天天签字签字，你们老师是不是闲得没事干 | abuse,dispute | rt=sg
16:15 t_pan | 谭浩爸爸，告知书是教育局统一要求的寒假安全教育，辛苦您配合一下，有意见可以私下跟我说。 | | hn
16:20 p_gzx_ba | 收到 | ack_reply | rt=sg
@ep essay_copy
17:00 t_li | 周末作文有两位同学整段抄袭网上范文：孟凡、万晴，请家长重视，重写后周三交。 | student_privacy | k=ec
17:05 p_wq_ma | 李老师，万晴的作文我回去看看，让她重写。 | | rt=ec
17:10 p_mf_ba | 好的李老师，我盯着他重写 | | rt=ec
@ep canteen
18:30 p_yj_ba | 食堂今天的菜又是馊的，严俊吃完回来就拉肚子，学校就知道赚钱，根本不管孩子死活 | slander,dispute | k=ct
18:35 p_tt_ma | 我家田甜也说最近食堂的肉不新鲜，吃了反胃，真让人窝火 | slander,dispute | rt=ct
18:50 t_pan | 两位家长反映的情况我已经报给学校后勤了。本周四学校安排家长代表陪餐，欢迎大家报名去看看。 | | hn
18:55 p_yj_ba | 好，我报名 | |
@ep night_homework_chat
23:05 p_sz_ma | 有人知道数学卷子最后一题怎么做吗，宋哲说不会 | |
23:10 p_gjq_ma | 佳琪说是用勾股定理，先求斜边 | |
23:12 p_sz_ma | 谢谢谢谢 | |
@day 2026-12-15
@ep flood_private
07:30 p_mf_ba | 潘老师请看一下私信 | |
07:31 p_mf_ba | 潘老师，请看一下私信！ | |
07:31 p_mf_ba | 潘老师请看一下私信！！ | |
07:40 t_pan | 看到了，刚才在开会 | |
@ep lookalike_link
09:20 p_zl_ba | 收到一个短信说学籍信息要在 syzx.edu.cn.login-verify.top 上重新登记，是学校发的吗？ | link |
09:30 t_pan | 是诈骗网站！学校的网址只有 www.syzx.edu.cn ，没有任何重新登记的要求。学籍查询在教务系统 jw.syzx.edu.cn 登录。 | | hn
09:32 p_zl_ba | 幸好问了一下 | |
@ep school_vote
11:00 t_he | 学校“英语配音大赛”网络投票开始了，我们班宋哲和卢思雨入围，大家可以在学校官网投票：www.syzx.edu.cn/vote/2026 | | hn k=sv
11:10 p_sz_ma | 谢谢何老师，宋哲练了好久 | | hn rt=sv
@ep dating_private
13:00 p_lsy_ma | 各位老师，想问问大家，思雨最近好像和隔壁班一个男生走得很近，每天晚上聊微信到很晚，我偷偷看了她手机，聊的都是些很亲密的话。我不知道该不该跟她挑明，怕她逆反，她爸爸知道了要去学校找那个男孩，我拦住了。她最近成绩也下滑了，上课也心不在焉，我真的很焦虑 | private_matter | k=dt
13:10 p_gzx_ba | 这个年纪很正常，千万别让她爸去学校闹，先和孩子好好谈 | private_matter | rt=dt
13:15 p_tt_ma | 偷看手机被发现了孩子会很反感的，还是找机会旁敲侧击问问 | private_matter | rt=dt
13:30 t_pan | 思雨妈妈，我们单独电话聊。 | | hn rt=dt
@ep winter_list
15:00 t_pan | 寒假作业清单已发在学校平台，完成全部作业后请在群里回复“已完成+孩子姓名”，2月20日前。 | | k=wl
15:05 p_zzy_ma | 收到 | ack_reply | rt=wl
@day 2026-12-16
@ep early_completion
19:00 p_gzx_ba | 已完成 高子萱 | | hn rt=wl
19:10 p_ym_ma | 已完成 姚梦 | | rt=wl
19:20 t_pan | 这么快！不过寒假作业是寒假做的哦，孩子们别着急 | |
@ep slander_favour
20:30 p_th_ba | 说到底就是看谁家给老师送礼，送了礼的孩子就坐前面、当班干部 | slander,dispute |
20:40 p_lsy_ma | 谭浩爸爸，这样说对老师不公平，班干部是学生投票选的，您有疑问可以找潘老师当面聊 | | hn
20:50 t_pan | 谭浩爸爸，我明天给您打电话。 | | hn
@day 2026-12-17
@ep pupil_named_fail
12:00 t_he | 英语周测不及格的同学：孟凡52分、毛宇48分、谭浩55分，这周六来学校免费补习。 | student_privacy,ranking | k=pf
12:10 p_my_nai | 何老师毛宇奶奶收到了我让他去 | | rt=pf
12:15 p_th_ba | 又点名？说了多少次别在群里点我儿子的名 | dispute | rt=pf
12:20 t_he | 谭浩爸爸，抱歉，以后私下通知。 | | hn
@ep phone_rumor
14:30 p_wq_ma | 听说下学期起学生带手机进校门直接没收，还要记处分进档案，我同事孩子学校已经这样了 | rumor |
14:40 t_pan | 学校目前的规定是手机统一交到班主任处保管，不存在记处分进档案的事，大家以学校正式通知为准。 | | hn
@ep insult_supervisor
@ep stock_chat
17:30 p_gzx_ba | 今天白酒板块大涨，有持仓的爸爸们吗 | chat | k=sk
17:35 p_yj_ba | 有，终于回本了哈哈 | chat | rt=sk
17:40 p_mf_ba | 我割在了地板上😭 | chat |
17:45 p_lsy_ma | 各位爸爸，股票的话题咱们私下聊哈～ | | hn
17:47 p_mf_ba | 老子想聊什么就聊什么，家委会算什么东西 | abuse,dispute |
17:55 p_lsy_ma | 孟凡爸爸，大家都是为了孩子，有话好好说，我们私聊吧 | | hn
@ep night_teacher_answer
21:30 p_tt_ma | 潘老师，明天家长会要带孩子一起来吗？ | |
21:40 t_pan | 不用带孩子，家长来就行 | |
21:41 p_tt_ma | 好的谢谢潘老师 | |
@day 2026-12-18
@ep morning_ack
06:50 t_pan | - | | kind=voice
07:10 t_pan | 今天家长会下午两点半，报告厅，请各位家长准时。 | | k=pm
07:12 p_zzy_ma | 收到 | ack_reply | rt=pm
07:13 p_gjq_ma | 收到潘老师，辛苦 | ack_reply | rt=pm
"""
