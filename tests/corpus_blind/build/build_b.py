#!/usr/bin/env python3
"""Builder for the blind evaluation corpus, groups b5-b8.

Every message below is hand-written; labels are hand-set per message.
The only labels derived here are:
  * quiet_hours  - from the timestamp and the group's own window [start, end),
                   unless the message carries the explicit urgent-exemption flag;
  * membership / nickname / invite - on a member's first message, from the
                   member records (roster, display name at that moment, joined).

Run:  /work/main/.venv/bin/python tests/corpus_blind/build/build_b.py
"""
import datetime as dt
import json
import os
import random

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # tests/corpus_blind
TZ = dt.timezone(dt.timedelta(hours=8))

VOCAB = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
         "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
         "student_privacy", "private_matter", "quiet_hours", "dispute"]
DERIVED = {"membership", "nickname", "invite", "quiet_hours"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长"]


def m(t, s, text="", L="", k="text", r=None, key=None, hn=False, urg=False, name=None):
    """One message: time 'HH:MM' or 'HH:MM:SS', sender id, text, hand labels
    (space separated), kind, reply key, own key, hard-negative flag, urgent
    exemption flag, rename (display name from this message on)."""
    return dict(t=t, s=s, text=text, L=L.split(), k=k, r=r, key=key, hn=hn, urg=urg,
                name=name)


# ---------------------------------------------------------------------------
# b5: 乡镇 primary school, QQ, grandparents and migrant-worker parents
# ---------------------------------------------------------------------------
B5 = dict(
    gid="b5", school="云岭县石桥镇中心小学", klass="三年级(1)班", grade=3, platform="qq",
    quiet=("20:00", "07:00"), domains=["sqzzx.edu.cn", "smartedu.cn"],
    teachers=[
        dict(id="t_yang", name="杨春梅", subject="语文", role="head_teacher", dn="语文杨春梅（班主任）"),
        dict(id="t_luo", name="罗建国", subject="数学", role="teacher", dn="数学罗建国"),
        dict(id="t_wu", name="吴小燕", subject="英语", role="teacher", dn="吴老师"),
        dict(id="t_tan", name="谭志明", subject="体育", role="teacher", dn="体育谭志明"),
    ],
    supervisor="p_tang_mom",
    students=[
        ("李一凡", [("p_li_yeye", "爷爷", "李一凡爷爷"), ("p_li_mom", "妈妈", "Lily🌸")]),
        ("王天乐", [("p_wang_nainai", "奶奶", "天乐奶奶")]),
        ("陈安心", [("p_chen_mom", "妈妈", "陈安心妈妈")]),
        ("赵平安", [("p_zhao_waipo", "外婆", "赵平安外婆"),
                  ("p_zhao_dad", "爸爸", "赵平安爸爸", dict(via="invite", by="p_zhao_waipo", approved=False))]),
        ("周向阳", [("p_zhou_dad", "爸爸", "周向阳爸爸")]),
        ("黄如意", [("p_huang_mom", "妈妈", "黄如意妈妈")]),
        ("刘浩然", [("p_liu_yeye", "爷爷", "刘浩然爷爷"), ("p_liu_dad", "爸爸", "刘浩然爸爸")]),
        ("唐心怡", [("p_tang_mom", "妈妈", "唐心怡妈妈（家委）")]),
        ("韦小龙", [("p_wei_nainai", "奶奶", "韦小龙奶奶")]),
        ("蒙秋菊", [("p_meng_mom", "妈妈", "蒙秋菊妈妈")]),
        ("覃家宝", [("p_qin_dad", "爸爸", "覃师傅")]),
        ("莫金花", [("p_mo_nainai", "奶奶", "莫金花奶奶")]),
        ("梁志强", [("p_liang_mom", "妈妈", "梁妈")]),
        ("潘雨涵", [("p_pan_mom", "妈妈", "潘雨涵妈妈")]),
        ("蓝天", [("p_lan_dad", "爸爸", "蓝天爸爸")]),
        ("何俊杰", [("p_he_mom", "妈妈", "何俊杰妈妈", dict(via="invite", by="t_yang", approved=True))]),
        ("农春燕", [("p_nong_waipo", "外婆", "农春燕外婆")]),
        ("卢明亮", [("p_lu_dad", "爸爸", "卢明亮爸爸")]),
        ("罗思雨", [("p_luo_mom", "妈妈", "罗思雨妈妈")]),
        ("谢宇航", [("p_xie_mom", "妈妈", "谢宇航妈妈")]),
        ("黄子轩", [("p_huang2_dad", "爸爸", "黄子轩爸爸")]),
        ("邓开心", [("p_deng_mom", "妈妈", "邓开心妈妈")]),
        ("杨柳", [("p_yang2_mom", "妈妈", "杨柳妈妈")]),
    ],
    outsiders=[
        ("x_li_gege", "李一凡哥哥", None),
        ("x_tuoguan", "石桥小饭桌·芳姐", dict(via="qr_code")),
        ("p_zhou_mom", "周向阳妈妈", dict(via="invite", by="p_zhou_dad", approved=False)),
    ],
    start="2025-10-13",
    days=[
        # ---- day 0 : Monday
        [
            m("06:41", "p_li_yeye", "", k="voice"),
            m("07:05", "t_yang", "各位家长早上好！今天起降温，早晚凉，请给孩子加件外套。本周五下午学校开秋季运动会，具体安排另行通知。", key="n1"),
            m("07:08", "p_wang_nainai", "收到", "ack_reply", r="n1"),
            m("07:09", "p_chen_mom", "好的杨老师", "ack_reply"),
            m("07:12", "p_liu_yeye", "杨老师好我家浩然昨天晚上有点发烧三十八度今天请个价在家休息一天麻烦老师了", key="q1", hn=True),
            m("07:20", "t_yang", "好的浩然爷爷，让孩子多喝水好好休息，有什么情况跟我说。", r="q1", hn=True),
            m("07:21", "p_liu_yeye", "谢谢杨老师", hn=True),
            m("12:30", "t_luo", "数学作业：1.练习册第23-24页 2.口算天天练第12天。明天早读前交到组长处，组长登记。", key="hw1"),
            m("12:35", "p_huang_mom", "罗老师，练习册24页第5题是要列竖式吗？", key="q2"),
            m("12:50", "t_luo", "要列竖式，并且要验算，验算写在旁边。", r="q2"),
            m("12:51", "p_huang_mom", "好的谢谢罗老师", hn=True),
            m("12:52", "p_meng_mom", "收到", "ack_reply", r="hw1"),
            m("16:40", "x_tuoguan", "各位家长好，石桥街上新开的小饭桌，中午管饭晚上看作业，离学校走路三分钟，干净卫生，有需要的可以先来看看环境，电话同微：139 7725 6618", "ad"),
            m("16:45", "t_yang", "这里是班级家长群，请不要发布此类信息，谢谢。", hn=True),
            m("17:30", "p_wei_nainai", "杨老师我是小龙奶奶今天小龙的作业本忘在学校了名天能不能补交", key="q3", hn=True),
            m("17:40", "t_yang", "可以的，明天早上交给组长就行。", r="q3"),
            m("19:20", "p_li_mom", "杨老师您好，我和一凡爸爸在东莞打工，一凡平时跟爷爷住，爷爷年纪大了不太会看群，有事麻烦老师直接打我电话，谢谢！"),
            m("19:31", "t_yang", "好的一凡妈妈，麻烦你把群名片改成'李一凡妈妈'，方便老师认人。", hn=True),
            m("19:58:10", "p_li_mom", "改好了", name="李一凡妈妈", hn=True),
            m("20:00:05", "p_li_mom", "谢谢杨老师[抱拳]"),
            m("21:15", "p_qin_dad", "明天早上几点到校啊"),
            m("21:22", "p_tang_mom", "7点50前到校。覃家宝爸爸记得改一下群名片哦"),
        ],
        # ---- day 1 : Tuesday
        [
            m("06:58", "t_luo", "今天数学课带好直尺和三角板。"),
            m("07:00:00", "p_mo_nainai", "", k="voice", hn=True),
            m("07:30", "p_wang_nainai", "老师早上好天乐今天穿的棉袄是他姐姐的上面写着他姐的名字不要弄错了", name="王天乐奶奶", hn=True),
            m("08:10", "p_lu_dad", "转发！！观音菩萨显灵图，看到的人转发到8个群，三天之内必有大喜事，不转的家里要倒霉三年，灵验得很", "illegal", k="image", key="ch1"),
            m("08:12", "p_chen_mom", "明亮爸爸，这种东西别往家长群里发啦", r="ch1", hn=True),
            m("08:15", "p_lu_dad", "管得着吗你，我转我的，又没碍着你", "abuse dispute"),
            m("08:20", "t_yang", "卢明亮爸爸，群里只发和孩子学习有关的内容，这类转发请不要发，谢谢配合。", hn=True),
            m("10:00", "t_wu", "各位家长好，我是新来的英语老师吴小燕～今天英语作业：听读Unit 3第一课三遍，家长在书上签名就行，不用在群里打卡哦～", key="hw2"),
            m("10:05", "p_deng_mom", "好的吴老师", "ack_reply", r="hw2"),
            m("10:06", "p_pan_mom", "欢迎吴老师！我们雨涵英语底子薄，以后麻烦老师多费心了", hn=True),
            m("10:30", "t_wu", "我把群名片改好啦，大家英语方面有问题随时问我～", name="英语吴小燕"),
            m("12:10", "p_zhao_waipo", "老师好 我们家平安的爸爸从外地回来了 我把他拉进群了 以后开家长会他来", hn=True),
            m("12:20", "p_zhao_dad", "各位老师好，我是赵平安爸爸，刚从浙江回来，以后孩子学习上有事可以找我。"),
            m("12:25", "t_yang", "欢迎平安爸爸。", hn=True),
            m("15:30", "p_zhou_dad", "杨老师，我把向阳妈妈也拉进来了，她在县城上班，平时看群方便些", hn=True),
            m("15:40", "p_zhou_mom", "大家好，我是周向阳妈妈，请多关照"),
            m("15:45", "t_yang", "向阳妈妈好，学校登记的监护人是向阳爸爸，我私聊您核对一下信息。", hn=True),
            m("16:30", "t_luo", "第三单元小测已批改，全班平均84.5分，90分以上11人。试卷已发回，请家长签字后明天交回。分数不在群里公布，需要了解的私聊我。", key="sc1", hn=True),
            m("16:35", "p_huang2_dad", "罗老师，子轩这次考了多少？在班上排第几？", key="q4", hn=True),
            m("16:50", "t_luo", "子轩88分，班上第9名。", "ranking", r="q4"),
            m("16:52", "p_huang2_dad", "好的谢谢罗老师"),
            m("17:00", "p_liang_mom", "我家志强才考了65，回去得好好收拾他了"),
            m("17:05", "p_meng_mom", "听说这次考一百的是唐心怡和何俊杰，太厉害了", "ranking"),
            m("17:10", "p_tang_mom", "孩子们都很棒，分数的事咱们别在群里说了哈", hn=True),
            m("18:00", "p_liang_mom", "罗老师，志强的卷子我签好字了，明天让他带去", name="梁志强妈妈"),
            m("20:05", "x_li_gege", "我是李一凡的哥哥 我弟作业写完了吗 爷爷叫我问一下"),
            m("20:10", "t_yang", "一凡哥哥你好，家长群只能家长在，请让一凡爷爷或者妈妈联系我。"),
            m("22:30", "p_qin_dad", "", k="image"),
        ],
        # ---- day 2 : Wednesday
        [
            m("07:10", "t_yang", "【通知】本周五（10月17日）下午举行秋季运动会，请孩子穿校服、运动鞋，自带水杯。请家长看到后回复“收到”。", key="n2"),
            m("07:11", "p_chen_mom", "收到", r="n2", hn=True),
            m("07:12", "p_wei_nainai", "收到 谢谢老师", hn=True),
            m("07:13", "p_he_mom", "收到", hn=True),
            m("07:14", "p_mo_nainai", "收到", hn=True),
            m("07:14", "p_mo_nainai", "收到", hn=True),
            m("07:15", "p_mo_nainai", "收到", "flood"),
            m("07:16", "p_zhao_dad", "收到👌", hn=True),
            m("07:18", "p_nong_waipo", "收到了杨老师", hn=True),
            m("07:20", "p_luo_mom", "收到！", hn=True),
            m("07:45", "p_lan_dad", "老师，运动会家长能进去看吗？", key="q5", hn=True),
            m("07:50", "t_yang", "这次家长不入校，会拍照片发群里。", r="q5"),
            m("08:30", "p_xie_mom", "家人们帮我砍一刀，就差一点点了🙏 【拼多多】帮我砍一刀领电饭煲 https://mobile.yangkeduo.com/bargain.html?id=88213", "ad link", k="link_card", key="kan"),
            m("08:32", "p_luo_mom", "砍好啦", "chat", r="kan"),
            m("08:33", "p_deng_mom", "砍了砍了", "chat"),
            m("09:00", "t_tan", "运动会项目报名表已上传群文件，请家长和孩子商量后在群文件表格里填写，今晚之前填完。", hn=True),
            m("11:00", "p_nong_waipo", "杨老师我是春燕外婆春燕说班上有人推她是不是真的我不认得字帮我看看", key="q6", hn=True),
            m("11:20", "t_yang", "春燕外婆，我了解过了，是课间玩游戏碰到了，不是推她，您放心，晚点我给您打电话。", r="q6", hn=True),
            m("12:00", "p_qin_dad", "群里有没有要土鸡蛋的，自家养的鸡，30个一板，送到学校门口", "ad", key="egg"),
            m("12:05", "p_liu_dad", "给我留两板", "chat", r="egg"),
            m("12:10", "t_yang", "覃家宝爸爸，群里不卖东西哦，需要的家长私下联系。另外麻烦把群名片改成'覃家宝爸爸'。", hn=True),
            m("12:30", "p_qin_dad", "好的老师 改了", name="覃家宝爸爸"),
            m("14:00", "x_tuoguan", "小饭桌还剩3个名额 接送+午托+看作业 一个月只要八百 有意向的加扣扣：三九六 七七二 一八零五", "ad"),
            m("14:05", "p_tang_mom", "@石桥小饭桌·芳姐 这里是班级群，请不要再发了", hn=True),
            m("16:20", "t_yang", "请各位家长今天完成安全教育平台的“防溺水专题”学习 https://qingyuan.xueanquan.com/JiaTing/", "link"),
            m("16:25", "p_huang_mom", "杨老师，这个平台账号是孩子学号吗？", key="q7"),
            m("16:40", "t_yang", "账号是孩子姓名拼音加学号，初始密码123456。", r="q7"),
            m("16:41", "p_huang_mom", "好了，谢谢杨老师", hn=True),
            m("19:45", "t_luo", "今晚数学作业：课本第45页练一练1-4题，明天交。", key="hw3"),
            m("19:59:30", "p_pan_mom", "罗老师第3题雨涵看不懂题目，能讲一下吗", hn=True, key="q8"),
            m("20:03", "t_luo", "第3题先算两个数的和，再乘2，让她自己先想想。", r="q8"),
            m("20:04", "p_pan_mom", "谢谢罗老师"),
            m("20:30", "p_lu_dad", "运动会能不能不跑啊 明亮腿前几天扭了"),
        ],
        # ---- day 3 : Thursday
        [
            m("07:15", "p_liu_yeye", "杨老师浩然烧退了今天去上学了谢谢老师关心", hn=True),
            m("07:30", "t_yang", "好的，欢迎浩然回来！"),
            m("09:30", "p_he_mom", "姐妹们最近我在用一款儿童益生菌 孩子吃了胃口特别好 俊杰吃了一个月长了两斤 想了解的私我哦", "ad"),
            m("10:00", "p_meng_mom", "镇上的人都在说下个学期咱们学校要合并到县城去了，以后孩子都得去县里住校", "rumor", key="ru1"),
            m("10:05", "p_wei_nainai", "真的假的那我们小龙怎么办 我们老人家又去不了县里", hn=True),
            m("10:10", "p_chen_mom", "杨老师，听说学校要合并，是真的吗？", r="ru1", hn=True),
            m("10:30", "t_yang", "没有这回事，学校没有接到任何合并的通知，请大家不要传，有消息会第一时间正式通知。", hn=True),
            m("10:35", "p_meng_mom", "我也是听别人讲的，不好意思哈", hn=True),
            m("11:00", "t_luo", "今天韦小龙、蒙秋菊两位同学作业又没交，课上还讲小话，已经罚抄课文两遍，请家长回去督促。", "student_privacy"),
            m("11:10", "p_wei_nainai", "罗老师对不起我们小龙回去我好好说他", hn=True),
            m("13:00", "p_lan_dad", "老师，蓝天这孩子最近在家天天抱着手机玩游戏，作业也不写，叫他也不听，晚上玩到十一二点，早上起不来，眼睛也看不清黑板了。他妈在广州打工管不到，我一说他就跟我顶嘴摔门，我是真没办法了，老师有什么法子吗", "private_matter", key="pm1"),
            m("13:20", "p_tang_mom", "蓝天爸爸，我家以前也这样，手机一定要收起来，定好时间给他玩，玩完就交", "private_matter", r="pm1"),
            m("13:40", "t_yang", "蓝天爸爸，孩子在学校挺懂事的。建议晚上九点前把手机收走，周末给半小时，作业写完您先检查一遍再签字。我这周找时间跟他谈一谈，也给他妈妈打个电话一起商量。", "private_matter", r="pm1"),
            m("15:00", "t_tan", "运动会报名结果：跳绳、50米、接力都报满了，周五上午八点各班按顺序入场。", key="n3"),
            m("15:05", "p_zhao_dad", "好的", "ack_reply", r="n3"),
            m("16:10", "p_zhou_dad", "黄子轩今天放学在校车上把我家向阳的书包扔出窗外了，书都湿了，老师管一管", "student_privacy dispute"),
            m("16:20", "t_yang", "向阳爸爸，这事我明天了解清楚，先私聊您。", hn=True),
            m("17:30", "p_lu_dad", "运动会每人收30块服装费，那衣服质量差得要死，一件撑死十块钱，剩下的钱进了谁口袋谁心里清楚", "slander dispute", key="sl1"),
            m("17:35", "p_tang_mom", "明亮爸爸，服装费是家委会统一订的，发票和账目都在我这，可以私聊给你看", r="sl1", hn=True),
            m("17:40", "p_lu_dad", "账谁都会做，我是不信", "dispute"),
            m("17:45", "p_lu_dad", "明天大家都别让孩子穿那衣服，让学校自己看着办", "incitement dispute", key="inc1"),
            m("17:46", "p_qin_dad", "算我一个", "incitement", r="inc1"),
            m("17:50", "t_yang", "各位家长，服装是自愿购买的，不买的孩子穿校服参加也一样。有意见请私聊我或者打学校电话，群里就不讨论了。", hn=True),
            m("19:10", "p_huang_mom", "杨老师明天运动会要带午饭吗", key="q9"),
            m("19:15", "t_yang", "学校统一供餐，不用带。", r="q9"),
            m("19:16", "p_huang_mom", "好的谢谢杨老师", hn=True),
            m("21:40", "t_yang", "【紧急通知】气象台发布大风黄色预警，明天的运动会推迟到下周二，明天正常上课，请带齐课本。请家长看到后回复“收到”。", urg=True, key="urg1", hn=True),
            m("21:42", "p_chen_mom", "收到", r="urg1", urg=True, hn=True),
            m("21:43", "p_zhao_dad", "收到", urg=True, hn=True),
            m("21:45", "p_huang2_dad", "收到，那服装明天还要穿吗？"),
            m("21:50", "p_wang_nainai", "收到", urg=True, hn=True),
        ],
        # ---- day 4 : Friday
        [
            m("06:45", "p_he_mom", "早上好 新的一天开心快乐每一天", "chat", k="image"),
            m("07:20", "t_yang", "今天降温，孩子们多穿点。", key="n4"),
            m("07:30", "p_he_mom", "谢谢杨老师，记着了", "ack_reply", r="n4"),
            m("10:00", "t_wu", "英语课上孩子们在排练英文儿歌，给大家看看～", k="image", key="ph1"),
            m("10:01", "t_wu", "", k="image", hn=True),
            m("10:01", "t_wu", "", k="image", hn=True),
            m("10:05", "p_xie_mom", "👍👍👍", "ack_reply", r="ph1"),
            m("10:06", "p_pan_mom", "孩子们唱得真好，雨涵回家也一直在哼", hn=True),
            m("12:00", "p_deng_mom", "杨老师，开心说她下周二运动会想报跳绳，还能报吗", key="q10", hn=True),
            m("12:30", "t_yang", "可以，我跟谭老师说一下。", r="q10"),
            m("12:31", "p_deng_mom", "谢谢杨老师", hn=True),
            m("15:00", "p_mo_nainai", "各位家长看到这条要转发 是真的 外地有小孩吃了辣条中毒死了三个 卖辣条的都是黑心厂家 快转给身边有孩子的人", "rumor", key="ru2"),
            m("15:10", "p_zhou_dad", "这种消息一般是假的吧，杨老师说过不要乱转", r="ru2", hn=True),
            m("16:00", "t_yang", "本周表扬榜：唐心怡、何俊杰、韦小龙、邓开心，上课积极举手，作业认真，值得表扬！周末愉快！", key="star", hn=True),
            m("16:05", "p_wei_nainai", "谢谢杨老师小龙上了表扬榜高兴得很回家一直讲", hn=True),
            m("16:10", "p_liu_yeye", "杨老师辛苦", "ack_reply", r="star"),
            m("17:00", "p_meng_mom", "听村里人说，国家给农村小学生每人发500块营养补贴，要家长拿户口本去村委会登记，过了月底就作废了", "rumor"),
            m("17:20", "t_yang", "营养餐补助是直接用在学生午餐上的，不发现金，也不需要去村委会登记，大家别被骗了。", hn=True),
            m("18:00", "p_he_mom", "【限时福利】儿童益生菌买二送一 点击领取 https://weidian.com/item.html?itemID=55120", "ad link", k="link_card"),
            m("19:30", "p_liang_mom", "周末愉快各位家长[玫瑰][玫瑰]", "chat"),
            m("20:10", "p_li_yeye", "祝大家周末快乐身体健康万事如意", "chat"),
            m("20:15", "p_lu_dad", "下周二运动会服装到底穿不穿"),
            m("20:15", "p_lu_dad", "下周二运动会服装到底穿不穿"),
            m("20:16", "p_lu_dad", "下周二运动会服装到底穿不穿？？", "flood"),
            m("20:30", "p_tang_mom", "明亮爸爸，自愿的，穿校服也可以"),
        ],
        # ---- day 5 : Saturday
        [
            m("10:00", "p_liu_dad", "有没有家长周末去县城的，一起拼个车", "chat"),
            m("10:05", "p_lu_dad", "我下午去，能坐三个人", "chat"),
            m("14:00", "p_lu_dad", "这学校乱收费也没人管，谁有抖音号的拍个视频曝光一下，看他们还敢不敢", "slander incitement dispute"),
            m("14:10", "p_tang_mom", "明亮爸爸，服装不是学校收的，账我周一在群里公示，有问题可以一起去找校长当面说。", hn=True),
            m("23:05", "x_tuoguan", "想赚零花钱的家长看过来，手机上玩几把就能提现，一晚上两三百，带你上岸", "illegal ad"),
        ],
        # ---- day 6 : Sunday
        [
            m("09:30", "p_nong_waipo", "", k="voice"),
            m("19:50", "t_yang", "明天周一升旗，请孩子戴好红领巾。", key="n5"),
            m("19:55", "p_deng_mom", "好的", "ack_reply", r="n5"),
            m("20:20", "p_yang2_mom", "杨老师，杨柳的红领巾丢了，明天能在学校买吗"),
            m("20:40", "p_tang_mom", "你才老糊涂，不会看通知就别在群里瞎嚷嚷", "abuse dispute"),
            m("20:45", "t_yang", "唐心怡妈妈，请注意措辞。杨柳妈妈，明天到办公室找我拿一条。"),
        ],
    ],
)

# NB: the last b5 quarrel needs its trigger; inserted in days[6] below.
B5["days"][6].insert(4, m("20:35", "p_lu_dad", "家委会的人都老糊涂了吧，账本拖了一个礼拜还不公示", "abuse dispute"))

# ---------------------------------------------------------------------------
# b6: urban 初中, Matrix, busy working parents, internet slang
# ---------------------------------------------------------------------------
B6 = dict(
    gid="b6", school="滨江区明德实验学校（初中部）", klass="初一(3)班", grade=6, platform="matrix",
    quiet=("20:30", "06:30"), domains=["mdsy.edu.cn", "smartedu.cn"],
    teachers=[
        dict(id="t_shen", name="沈立群", subject="数学", role="head_teacher", dn="数学沈立群（班主任）"),
        dict(id="t_xu", name="许蔓", subject="语文", role="teacher", dn="语文许蔓"),
        dict(id="t_chen", name="陈艾米", subject="英语", role="teacher", dn="Amy Chen"),
        dict(id="t_guo", name="郭峰", subject="生物", role="teacher", dn="生物郭峰"),
        dict(id="t_ma", name="马琳", subject="道德与法治", role="teacher", dn="道德与法治马琳"),
    ],
    supervisor="p_fang_dad",
    students=[
        ("方子墨", [("p_fang_dad", "爸爸", "方子墨爸爸-家委")]),
        ("林一鸣", [("p_lin_mom", "妈妈", "林一鸣妈妈")]),
        ("郑致远", [("p_zheng_mom", "妈妈", "Cindy郑"),
                  ("p_zheng_dad", "爸爸", "郑致远爸爸", dict(via="invite", by="p_zheng_mom", approved=False))]),
        ("钱安然", [("p_qian_mom", "妈妈", "钱安然妈妈")]),
        ("孙浩宇", [("p_sun_dad", "爸爸", "孙总")]),
        ("吴思齐", [("p_wu_mom", "妈妈", "吴思齐妈妈")]),
        ("冯晨曦", [("p_feng_mom", "妈妈", "冯晨曦妈妈")]),
        ("许诺", [("p_xu2_dad", "爸爸", "许诺爸爸")]),
        ("韩欣然", [("p_han_mom", "妈妈", "韩欣然妈妈")]),
        ("杨一诺", [("p_yang_mom", "妈妈", "一诺妈妈")]),
        ("朱子涵", [("p_zhu_mom", "妈妈", "朱子涵妈妈")]),
        ("秦宇轩", [("p_qin_dad", "爸爸", "秦宇轩爸爸")]),
        ("何嘉怡", [("p_he_mom", "妈妈", "何嘉怡妈妈")]),
        ("吕博文", [("p_lv_dad", "爸爸", "吕博文爸爸")]),
        ("施雨桐", [("p_shi_mom", "妈妈", "施雨桐妈妈")]),
        ("张未来", [("p_zhang_mom", "妈妈", "张未来妈妈")]),
        ("曹阳光", [("p_cao_dad", "爸爸", "曹阳光爸爸")]),
        ("严思远", [("p_yan_mom", "妈妈", "严思远妈妈")]),
        ("邵乐", [("p_shao_mom", "妈妈", "邵乐妈妈")]),
        ("唐果", [("p_tang_mom", "妈妈", "唐果妈妈")]),
        ("陆明", [("p_lu_mom", "妈妈", "陆明妈妈")]),
        ("魏然", [("p_wei_dad", "爸爸", "魏然爸爸")]),
        ("彭静", [("p_peng_mom", "妈妈", "彭静妈妈", dict(via="invite", by="t_shen", approved=True))]),
        ("潘越", [("p_pan_dad", "爸爸", "潘越爸爸")]),
        ("汪洋", [("p_wang_mom", "妈妈", "汪洋妈妈")]),
        ("金晓", [("p_jin_dad", "爸爸", "金晓爸爸")]),
    ],
    outsiders=[
        ("x_edu", "启航教育-王老师", dict(via="qr_code")),
        ("x_kid", "博文", None),
        ("p_wang_dad", "汪洋爸爸", dict(via="invite", by="p_wang_mom", approved=False)),
        ("x_fortune", "静心国学·易老师", dict(via="qr_code")),
    ],
    start="2025-11-03",
    days=[
        # ---- Monday
        [
            m("06:20", "p_sun_dad", "沈老师早，孩子今天肚子不舒服，晚点到校"),
            m("06:30:00", "p_qian_mom", "沈老师早上好，安然今天值日，需要提前到吗？", key="q1", hn=True),
            m("06:45", "t_shen", "值日生7:10前到。另外请孙浩宇家长把群名片改为'孙浩宇爸爸'。", r="q1", hn=True),
            m("07:00", "p_sun_dad", "已改", name="孙浩宇爸爸"),
            m("07:30", "t_shen", "本周三下午14:30在学校报告厅召开期中质量分析家长会，请家长准时参加。确实来不了的私信我。", key="n1"),
            m("07:31", "p_he_mom", "收到", "ack_reply", r="n1"),
            m("07:31", "p_lin_mom", "收到", "ack_reply", hn=False),
            m("07:32", "p_feng_mom", "收到", "ack_reply"),
            m("07:33", "p_fang_dad", "大家看到就行，不用一个个回收到哈，老师翻消息太累了😂", hn=True),
            m("07:40", "p_shi_mom", "沈老师，家长会可以线上参加吗？我那天在外地出差", key="q2", hn=True),
            m("08:00", "t_shen", "可以，到时候发腾讯会议号。", r="q2", hn=True),
            m("08:01", "p_shi_mom", "好的谢谢沈老师🙏", hn=True),
            m("12:00", "t_xu", "语文作业：1.背诵《论语》十二章前六章 2.周记一篇，题目自拟，不少于600字。", key="hw1"),
            m("12:05", "p_yang_mom", "许老师，周记是写在周记本上还是作文本上？", r="hw1", key="q3"),
            m("12:10", "t_xu", "周记本上～一诺妈妈麻烦群名片加上孩子全名哈", r="q3", hn=True),
            m("12:11", "p_yang_mom", "好的谢谢许老师", name="杨一诺妈妈", hn=True),
            m("13:00", "x_edu", "家长们好～初一是拉开差距的关键期，我们专注初中数理化，一对一、小班都有，本周报名送两节试听，有需要的家长戳我 V❤：qh_edu2025", "ad"),
            m("13:02", "p_wu_mom", "这是谁拉进来的啊", hn=True),
            m("13:05", "t_shen", "已移除。请大家不要随意拉人进群，进群需要经过我审核。", hn=True),
            m("18:30", "p_cao_dad", "家人们 今晚国足 有一起看的吗 感觉又要寄😂", "chat", key="ft"),
            m("18:32", "p_qin_dad", "必输，我赌一包烟", "chat", r="ft"),
            m("18:40", "p_fang_dad", "两位爸爸，球赛去别的群聊哈～", hn=True),
            m("20:29:50", "p_zhu_mom", "许老师，子涵周记不知道写什么，可以写看电影的感受吗", key="q4", hn=True),
            m("20:31", "t_xu", "可以的，写观后感，要有自己的想法。", r="q4"),
            m("22:10", "x_kid", "老师我作业本忘在学校了 能拍一下今天的作业吗"),
            m("22:15", "p_lv_dad", "不好意思，孩子拿我旧手机进的群，我马上让他退出来"),
        ],
        # ---- Tuesday
        [
            m("07:10", "t_chen", "Good morning! 今天英语默写Unit 4单词，请同学们早读认真复习。"),
            m("07:30", "p_zheng_mom", "Amy老师，致远昨天英语练习册忘带了，今天补交可以吗", key="q5"),
            m("07:35", "t_chen", "可以哦～", r="q5"),
            m("08:00", "t_shen", "请各位老师和家长统一修改群名片：老师'学科+姓名'，家长'孩子全名+称谓'。", hn=True),
            m("08:10", "t_chen", "改好啦～", name="英语陈艾米"),
            m("08:15", "p_zheng_mom", "已改", name="郑致远妈妈"),
            m("09:00", "p_zheng_mom", "沈老师我把致远爸爸拉进群了，家长会他来", hn=True),
            m("09:10", "p_zheng_dad", "沈老师好，各位家长好，我是郑致远爸爸"),
            m("10:00", "p_wang_mom", "我老公也拉进来了，他平时接孩子多", hn=True),
            m("10:05", "p_wang_dad", "大家好 汪洋爸爸报到"),
            m("10:20", "t_shen", "汪洋爸爸你好，学校登记的监护人只有汪洋妈妈，请先到学校补登记，我私信你。", hn=True),
            m("12:30", "t_chen", "今日默写全对的同学：林一鸣、钱安然、韩欣然、何嘉怡，为他们鼓掌👏 不及格的孙浩宇、邵乐，明天中午重默。", "ranking student_privacy", key="dx"),
            m("12:35", "p_shao_mom", "陈老师，在群里点名我家孩子不及格，全班家长都看得到，孩子回家哭了一中午，这样真的好吗？", "dispute", r="dx"),
            m("12:40", "t_chen", "邵乐妈妈对不起，是我考虑不周，已经撤回了，之后单独沟通。", hn=True),
            m("12:45", "p_han_mom", "欣然默写全对？这孩子在家从来不复习的哈哈", hn=True),
            m("14:00", "p_zhang_mom", "姐妹们，有没有要日本带东西的，我闺蜜下周去大阪，药妆零食都能带，比专柜便宜三成，需要的私我😘", "ad", key="dg"),
            m("14:02", "p_tang_mom", "我要两盒面膜", "chat", r="dg"),
            m("14:05", "p_fang_dad", "@张未来妈妈 群里不带货哈，私下联系。", hn=True),
            m("16:00", "t_guo", "明天生物课观察洋葱表皮细胞，请孩子带半个洋葱，用保鲜袋装好。", key="n2"),
            m("16:01", "p_peng_mom", "好的郭老师", "ack_reply", r="n2"),
            m("16:30", "p_qin_dad", "郭老师，紫洋葱白洋葱都行吗", key="q6"),
            m("16:40", "t_guo", "紫洋葱更好观察，白的也可以。", r="q6"),
            m("16:41", "p_qin_dad", "了解，谢谢郭老师", hn=True),
            m("19:00", "p_lu_mom", "初中数学必考知识点汇总，分享给大家 https://basic.smartedu.cn/syncClassroom/classActivity?activityId=3c1f", k="link_card", hn=True),
            m("19:10", "p_feng_mom", "家长必看！初一上学期学习规划 https://mp.weixin.qq.com/s/Xa8fJk2Lq", "link", k="link_card"),
            m("20:29:30", "p_jin_dad", "沈老师，金晓今天数学作业第5题我也不会，明天能讲一下吗", hn=True),
            m("20:45", "p_sun_dad", "刷到一个视频，一个初中生在厕所被几个人围殴，头都打破了，满脸是血，地上一大摊，太惨了", "illegal"),
            m("20:50", "p_fang_dad", "浩宇爸爸，这种视频内容别发群里了，孩子们也会看到"),
        ],
        # ---- Wednesday
        [
            m("06:10", "p_he_mom", "早安 美好的一天从微笑开始", "chat", k="image"),
            m("07:20", "t_shen", "今天下午家长会，请带笔记本。学校停车位有限，建议绿色出行。无需回复。", key="n3"),
            m("07:21", "p_wu_mom", "好的沈老师", "ack_reply", r="n3"),
            m("07:25", "p_lin_mom", "沈老师，我能带二宝来吗？家里没人带", key="q7", hn=True),
            m("07:40", "t_shen", "可以，注意别影响会场就行。", r="q7"),
            m("07:41", "p_lin_mom", "谢谢沈老师", hn=True),
            m("12:30", "p_jin_dad", "期中数学卷子有人提前拿到原题了，我这有照片，下次单元考要的私我", "illegal ad"),
            m("12:35", "t_shen", "金晓爸爸，这是不实信息，请马上撤回。试卷保密是有纪律的，不要传播。", hn=True),
            m("16:30", "t_shen", "今天家长会到场42位，谢谢大家。期中全班数学平均87.3，及格率100%，优秀率63%。各科分析PPT已上传群文件。", hn=True),
            m("16:31", "t_shen", "初一(3)班期中质量分析.pptx", k="file", hn=True),
            m("16:35", "p_pan_dad", "沈老师，潘越这次排第几啊？", key="q8", hn=True),
            m("16:40", "t_shen", "潘越爸爸，学校不公布排名，具体情况我私聊您。", r="q8", hn=True),
            m("16:50", "p_yan_mom", "我看了群文件的表，年级前十咱班有林一鸣、方子墨、何嘉怡三个，一鸣还是年级第二！", "ranking"),
            m("16:52", "p_fang_dad", "严思远妈妈，这个就别发群里了哈", hn=True),
            m("17:00", "p_wei_dad", "说句实话，这次卷子出这么难，就是为了逼家长去报老师自己开的补习班，懂的都懂", "slander dispute", key="sl1"),
            m("17:05", "p_xu2_dad", "魏然爸爸说得没错，郭老师周末在外面带班我都亲眼看见了", "slander dispute", r="sl1"),
            m("17:08", "p_lu_mom", "别乱说，没证据的事", "dispute"),
            m("17:10", "p_wei_dad", "你是老师派来的托吧？这么护着", "abuse dispute"),
            m("17:15", "t_shen", "各位家长，学校严禁教师有偿补课，如果有具体线索请直接向校长室反映，电话0571-86120345。群里就不讨论了。", hn=True),
            m("17:20", "p_xu2_dad", "行，那我们直接打12345，觉得卷子出得离谱的一起投诉，人多才有用", "incitement dispute", key="inc1"),
            m("17:21", "p_wei_dad", "扣1", "incitement", r="inc1"),
            m("17:21", "p_cao_dad", "1", "incitement"),
            m("17:30", "p_fang_dad", "大家先冷静，有意见可以通过家委会统一收集，我来跟学校沟通。", hn=True),
            m("21:00", "p_wu_mom", "沈老师，想说一下思齐的情况。这学期开始他晚上经常失眠，一两点还睡不着，说一想到考试就心慌、手心出汗，有几次早上肚子疼不肯出门。带他去医院看了，医生说是焦虑，建议少给压力。家里最近也有些变化，他爸爸调到外地工作了，孩子可能也受影响。想请老师在学校多留意一下他。", "private_matter", key="pm1"),
            m("21:10", "t_shen", "思齐妈妈，孩子考试前确实容易紧张。我会跟各科老师打个招呼，课堂上先不点他回答难题，作业量可以适当减一些。晚上尽量十点前睡。学校心理老师周四下午有咨询时间，可以预约。我们明天电话细聊。", "private_matter", r="pm1"),
            m("21:15", "p_feng_mom", "我家晨曦也是，考前一晚睡不着，思齐妈妈可以试试睡前泡脚听点轻音乐", "private_matter", r="pm1"),
            m("21:20", "p_fang_dad", "这个话题建议私聊哈～"),
        ],
        # ---- Thursday
        [
            m("06:29", "t_guo", "今天生物课，带洋葱的同学别忘了"),
            m("08:00", "p_tang_mom", "姐妹们！！我闺女参加市里的'最美书香少年'评选，麻烦大家帮忙投一票🙏每人每天能投3次 https://vote.h5xiu.cn/v/8823", "ad link", k="link_card", key="vt"),
            m("08:01", "p_he_mom", "投了", "chat", r="vt"),
            m("08:02", "p_zhu_mom", "已投3票💪", "chat", r="vt"),
            m("08:10", "t_ma", "提醒：学校'法治小卫士'评选在学校官网投票，不需要拉票，每人限投一次 https://www.mdsy.edu.cn/vote/2025fz", hn=True),
            m("08:12", "p_shi_mom", "收到马老师", "ack_reply"),
            m("10:00", "p_zheng_dad", "问一下，有没有家长知道给孩子买什么意外险好？", "chat"),
            m("10:05", "p_qin_dad", "我老婆就是做这个的，学平险一年一百多，意外医疗都包，私我发你方案", "ad"),
            m("12:00", "t_xu", "今天的默写整体不错，全班只有三位同学有错字，已订正。", hn=True),
            m("12:05", "t_xu", "朱子涵、秦宇轩两位同学周记到现在还没交，请家长今晚督促补上。", "student_privacy"),
            m("13:00", "p_lv_dad", "许老师，博文的周记交了吗？他说交了我不太信哈哈", key="q9", hn=True),
            m("13:10", "t_xu", "交了，写得挺有意思。", r="q9"),
            m("13:11", "p_lv_dad", "那就好，谢谢许老师", hn=True),
            m("15:00", "p_pan_dad", "xswl 潘越回来说生物课切洋葱哭倒一片", hn=True),
            m("15:05", "p_cao_dad", "哈哈哈 阳光也是 眼睛红了一下午", hn=True),
            m("17:00", "p_xu2_dad", "我表哥在教育系统的，说下学期开始初中取消期中考试，中考体育也改成100分，文件都下来了", "rumor", key="ru1"),
            m("17:05", "p_yang_mom", "真的吗？沈老师知道这事吗", r="ru1", hn=True),
            m("17:20", "t_shen", "目前没有收到相关文件，一切以教育局正式发布为准。", hn=True),
            m("19:00", "p_sun_dad", "老秦，今晚钓鱼去不去，老地方", "chat"),
            m("19:02", "p_qin_dad", "去，带两瓶啤酒", "chat"),
            m("22:00", "x_fortune", "各位家长，孩子成绩上不去，很可能是书桌朝向犯冲、文昌位没找对，本人可免费帮看孩子八字和书桌风水，需要的留言", "illegal ad"),
            m("22:05", "t_shen", "请勿在班级群发布此类内容，已移除。"),
        ],
        # ---- Friday
        [
            m("07:15", "t_shen", "#接龙\n下周一升旗仪式，请孩子穿正装校服，请家长接龙确认（格式：孩子姓名+称谓 已知晓）\n1. ", key="jl"),
            m("07:16", "p_fang_dad", "#接龙\n下周一升旗仪式，请孩子穿正装校服，请家长接龙确认\n1. 方子墨爸爸 已知晓", hn=True),
            m("07:18", "p_lin_mom", "#接龙\n下周一升旗仪式，请孩子穿正装校服，请家长接龙确认\n1. 方子墨爸爸 已知晓\n2. 林一鸣妈妈 已知晓", hn=True),
            m("07:19", "p_qian_mom", "#接龙\n下周一升旗仪式，请孩子穿正装校服，请家长接龙确认\n1. 方子墨爸爸 已知晓\n2. 林一鸣妈妈 已知晓\n3. 钱安然妈妈 已知晓", hn=True),
            m("07:22", "p_xu2_dad", "#接龙\n下周一升旗仪式，请孩子穿正装校服，请家长接龙确认\n1. 方子墨爸爸 已知晓\n2. 林一鸣妈妈 已知晓\n3. 钱安然妈妈 已知晓\n4. 许诺爸爸 已知晓", hn=True),
            m("09:00", "p_wang_mom", "咱们学校食堂的油一股怪味，肯定用的便宜地沟油，承包食堂的就是校长亲戚，我算是看透了", "slander dispute"),
            m("09:05", "p_zheng_mom", "真的吗？我家致远也说最近饭菜不好吃", hn=True),
            m("09:20", "t_shen", "食堂食材和用油都有检测报告，下周家长开放日可以去参观后厨。对伙食有意见可以填家委会问卷。", hn=True),
            m("11:00", "t_guo", "今天同学们第一次用显微镜～", k="image", key="ph"),
            m("11:00", "t_guo", "", k="image", hn=True),
            m("11:01", "t_guo", "", k="image", hn=True),
            m("11:05", "p_he_mom", "👍", "ack_reply", r="ph"),
            m("11:06", "p_han_mom", "孩子们好认真！欣然回家说终于看到细胞了，特别兴奋", hn=True),
            m("14:00", "p_cao_dad", "卧槽这实验牛批啊，阳光回来讲了半小时", "abuse"),
            m("14:05", "p_peng_mom", "太牛了，我们小时候哪有这条件", hn=True),
            m("16:00", "p_sun_dad", "今天大盘又绿了，这周亏了两万，有炒股的家长交流一下", "chat", key="st"),
            m("16:02", "p_lu_mom", "别提了，我也套着呢", "chat", r="st"),
            m("16:30", "p_qian_mom", "国家智慧教育平台提醒：您的账号存在异常，请家长在今天内重新认证，否则影响孩子使用 http://smartedu.cn-renzheng.top/login", "illegal link"),
            m("16:35", "t_shen", "这是钓鱼网站，不是官方平台！官方地址只有 smartedu.cn，大家千万别点，安然妈妈的号可能被盗了，请尽快改密码。", hn=True),
            m("18:00", "t_xu", "周末作业：阅读《朝花夕拾》前三篇，做批注，下周一检查。周末愉快！", key="hw2"),
            m("18:05", "p_yan_mom", "谢谢许老师，周末愉快", "ack_reply", r="hw2"),
            m("20:40", "p_qin_dad", "沈老师，下周一升旗要戴红领巾还是团徽啊？"),
        ],
        # ---- Saturday
        [
            m("10:00", "p_tang_mom", "再求一波票🙏 每天都能投 https://vote.h5xiu.cn/v/8823", "ad link", k="link_card"),
            m("10:00", "p_tang_mom", "再求一波票🙏 每天都能投 https://vote.h5xiu.cn/v/8823", "ad link", k="link_card"),
            m("10:01", "p_tang_mom", "再求一波票🙏 每天都能投 https://vote.h5xiu.cn/v/8823", "ad link flood", k="link_card"),
            m("10:01", "p_tang_mom", "再求一波票🙏🙏 每天都能投 https://vote.h5xiu.cn/v/8823", "ad link flood", k="link_card"),
            m("10:05", "p_fang_dad", "唐果妈妈，拉票的就别在班级群发了，谢谢理解。", hn=True),
            m("10:10", "p_tang_mom", "投个票怎么了，又不让你花钱，管得真宽", "abuse dispute"),
            m("10:12", "p_fang_dad", "群规是这么写的，不是针对你，有啥想法单独找我聊。", hn=True),
            m("15:00", "p_han_mom", "许老师，《朝花夕拾》批注是写在书上还是另外写在本子上？", key="q10"),
            m("15:30", "t_xu", "直接写在书上就行。", r="q10"),
            m("15:31", "p_han_mom", "好的，谢谢许老师～", hn=True),
        ],
    ],
)

# ---------------------------------------------------------------------------
# b7: city primary school grade 5, WeChat, chatty head teacher
# ---------------------------------------------------------------------------
B7 = dict(
    gid="b7", school="桐城市梧桐路小学", klass="五年级(2)班", grade=5, platform="wechat",
    quiet=("21:00", "07:00"), domains=["wutonglu.edu.cn", "docs.qq.com"],
    teachers=[
        dict(id="t_zhao", name="赵晓雯", subject="语文", role="head_teacher", dn="语文赵晓雯"),
        dict(id="t_sun", name="孙立", subject="数学", role="teacher", dn="孙老师"),
        dict(id="t_li", name="李婷", subject="英语", role="teacher", dn="英语李婷"),
        dict(id="t_he", name="何佳", subject="音乐", role="teacher", dn="音乐何佳"),
    ],
    supervisor="p_gu_mom",
    students=[
        ("顾家乐", [("p_gu_mom", "妈妈", "顾家乐妈妈")]),
        ("白一诺", [("p_bai_mom", "妈妈", "白一诺妈妈"),
                  ("p_bai_waipo", "外婆", "白一诺外婆", dict(via="invite", by="p_bai_mom", approved=False))]),
        ("程安", [("p_cheng_dad", "爸爸", "程安爸爸")]),
        ("丁浩然", [("p_ding_mom", "妈妈", "丁浩然妈妈")]),
        ("范晓", [("p_fan_dad", "爸爸", "范晓爸爸")]),
        ("高欣怡", [("p_gao_mom", "妈妈", "高欣怡妈妈")]),
        ("江宁", [("p_jiang_mom", "妈妈", "江宁妈妈")]),
        ("李思远", [("p_li_dad", "爸爸", "李思远爸爸")]),
        ("马天宇", [("p_ma_mom", "妈妈", "天宇妈")]),
        ("倪平安", [("p_ni_nainai", "奶奶", "倪平安奶奶")]),
        ("欧阳晴", [("p_ouyang_mom", "妈妈", "欧阳晴妈妈")]),
        ("彭程", [("p_peng_dad", "爸爸", "彭程爸爸")]),
        ("任一鸣", [("p_ren_mom", "妈妈", "任一鸣妈妈")]),
        ("宋雨", [("p_song_mom", "妈妈", "宋雨妈妈")]),
        ("田甜", [("p_tian_mom", "妈妈", "田甜妈妈")]),
        ("王小明", [("p_wang_dad", "爸爸", "王建军")]),
        ("王梓涵", [("p_wang2_mom", "妈妈", "王梓涵妈妈")]),
        ("夏天", [("p_xia_mom", "妈妈", "夏天妈妈")]),
        ("徐子豪", [("p_xu_dad", "爸爸", "徐子豪爸爸")]),
        ("杨光", [("p_yang_dad", "爸爸", "杨光爸爸")]),
        ("叶子", [("p_ye_mom", "妈妈", "叶子妈妈")]),
        ("余乐", [("p_yu_mom", "妈妈", "余乐妈妈")]),
        ("张若曦", [("p_zhang_mom", "妈妈", "张若曦妈妈"),
                  ("p_zhang_waigong", "外公", "张若曦外公", dict(via="invite", by="p_zhang_mom", approved=False))]),
        ("周全", [("p_zhou_dad", "爸爸", "周全爸爸")]),
        ("庄严", [("p_zhuang_dad", "爸爸", "庄严爸爸")]),
    ],
    outsiders=[
        ("x_insure", "平安保险小周", dict(via="invite", by="p_ni_nainai", approved=False)),
        ("x_xia_jiejie", "夏天姐姐", None),
        ("x_oldclass", "四班刘宇妈妈", dict(via="qr_code")),
    ],
    start="2025-05-26",
    days=[
        # ---- Monday
        [
            m("06:50", "p_ni_nainai", "", k="voice"),
            m("07:00:00", "t_zhao", "宝贝们早上好☀️ 今天开始换夏季校服啦，天气热，记得带水杯，防晒也要做好哦～", key="n1"),
            m("07:02", "p_bai_mom", "好的赵老师", "ack_reply", r="n1"),
            m("07:03", "p_gao_mom", "收到", "ack_reply"),
            m("07:05", "p_gu_mom", "老师辛苦啦", "ack_reply"),
            m("07:20", "p_ma_mom", "赵老师，天宇的夏季校服短袖小了，能在学校换大一号的吗？", key="q1"),
            m("07:40", "t_zhao", "可以的～天宇妈妈下午放学来办公室换。顺便把群昵称改成'马天宇妈妈'哦😊", r="q1", hn=True),
            m("07:41", "p_ma_mom", "好的谢谢赵老师", name="马天宇妈妈", hn=True),
            m("08:30", "t_sun", "今天数学作业：练习册P56-57，订正昨天的错题。"),
            m("08:35", "t_zhao", "@孙老师 孙老师也改一下群名片哈，'数学孙立'～", hn=True),
            m("08:40", "t_sun", "已改", name="数学孙立"),
            m("10:00", "x_insure", "各位家长好，我是平安奶奶介绍进来的，马上放暑假了，孩子溺水、摔伤这些意外多，我们这款少儿意外险一年98元，保额20万，有兴趣的家长可以找我了解～", "ad"),
            m("10:05", "p_ni_nainai", "我是平安奶奶 这个小周是我们楼下的 说是对孩子好的我就拉进来了 对不起老师", hn=True),
            m("10:10", "t_zhao", "平安奶奶没关系😊 群里只能是老师和家长，保险的事大家私下了解哦，我先请小周出群啦～", hn=True),
            m("12:00", "p_xu_dad", "赵老师，子豪中午发烧38度5，我现在去接他，下午请个假", key="q2", hn=True),
            m("12:05", "t_zhao", "好的，子豪爸爸路上慢点，孩子在医务室等你。", r="q2"),
            m("12:06", "p_xu_dad", "谢谢赵老师", hn=True),
            m("15:00", "t_li", "英语作业：背诵Unit 5课文，家长听背后在书上签字，明天抽查。"),
            m("15:30", "t_zhao", "端午假期安全告知书签收表 https://docs.qq.com/form/page/DRmFxWk9aTUx 请家长在腾讯文档里填写，不用在群里回复～", k="link_card", key="n2", hn=True),
            m("15:35", "p_song_mom", "好的", "ack_reply", r="n2"),
            m("15:40", "p_ren_mom", "赵老师，我把一鸣的名字填成他弟弟的了，怎么改？", key="q3", hn=True),
            m("15:50", "t_zhao", "点进去直接修改就行～", r="q3"),
            m("15:51", "p_ren_mom", "改好了 谢谢赵老师🌹", hn=True),
            m("17:00", "p_wang_dad", "谁家孩子把我家小明的保温杯摔坏了，一个杯子两百多，真是窝火", "dispute", key="d1"),
            m("17:10", "p_peng_dad", "小明爸爸，孩子们玩闹难免的，问问老师吧", r="d1", hn=True),
            m("17:20", "p_wang_dad", "问了，说是庄严推的，我家小明胳膊也青了一块", "student_privacy dispute"),
            m("17:25", "p_zhuang_dad", "我儿子不会无缘无故推人，是小明先抢他东西的，别什么都往别人身上赖", "student_privacy dispute"),
            m("17:28", "p_wang_dad", "你家孩子家教有问题还有理了？", "abuse dispute"),
            m("17:30", "p_zhuang_dad", "你家才缺家教，一个杯子至于吗，穷疯了吧", "abuse dispute"),
            m("17:35", "t_zhao", "两位爸爸先别在群里说了，明天我把两个孩子叫到一起问清楚，再分别给你们打电话，好吗？", hn=True),
            m("17:40", "p_gu_mom", "大家都冷静一下哈～", hn=True),
            m("19:00", "p_wang_dad", "好，等赵老师处理", name="王小明爸爸", hn=True),
            m("20:50", "p_bai_mom", "孙老师，白一诺说今天数学作业第三题不会，明天课上会讲吗", key="q4", hn=True),
            m("20:58", "t_sun", "明天课上讲。", r="q4", hn=True),
            m("21:05", "p_bai_mom", "谢谢孙老师"),
            m("21:30", "p_yang_dad", "有看今晚NBA的吗 步行者这波太猛了", "chat"),
        ],
        # ---- Tuesday
        [
            m("07:10", "t_zhao", "今天语文默写第六单元词语，昨晚复习过的孩子肯定没问题💪", key="n3"),
            m("09:00", "p_jiang_mom", "家人们，我家楼下新开的奶茶店今天开业全场五折，报我名字再送小料😂 就在梧桐路和长江路路口", "ad", key="ad1"),
            m("09:05", "p_tian_mom", "真的假的 下午接娃顺路去", "chat", r="ad1"),
            m("10:00", "x_xia_jiejie", "大家好我是夏天的姐姐，妈妈让我进群帮忙看作业"),
            m("10:05", "p_xia_mom", "赵老师不好意思，我上班忙，让她姐姐帮着看群，她读高二了", hn=True),
            m("10:10", "t_zhao", "夏天妈妈，群里只能家长哦，作业我每天都会发，姐姐用您的手机看就行～我先把姐姐移出啦", hn=True),
            m("11:30", "t_zhao", "今天默写全班都过关啦🎉 有12个小朋友全对，给自己鼓鼓掌！", key="pr1", hn=True),
            m("11:32", "p_ding_mom", "👏👏👏", "ack_reply", r="pr1"),
            m("11:35", "p_ding_mom", "赵老师，浩然全对了吗？他昨晚复习到十点", key="q5", hn=True),
            m("11:50", "t_zhao", "浩然妈妈我私聊您哈～", r="q5", hn=True),
            m("14:00", "t_li", "今天英语课上有几个孩子课文背得还不太熟，请家长今晚再听一遍。", hn=True),
            m("14:10", "t_li", "没背出来的：周全、叶子、彭程、余乐，今晚家长务必听背。", "student_privacy"),
            m("14:15", "p_ye_mom", "李老师，叶子昨天背了好几遍，可能是紧张了，今晚再练", hn=True),
            m("16:00", "p_li_dad", "都在传咱们区下学期课后服务要强制收费，每月600，我同事孩子的学校已经通知了", "rumor", key="ru1"),
            m("16:10", "p_zhou_dad", "真的？赵老师有这事吗？", r="ru1", hn=True),
            m("16:30", "t_zhao", "目前没有收到任何收费通知哦，课后服务都是自愿报名，收费以学校正式文件为准～", hn=True),
            m("16:35", "p_li_dad", "我同事说的，八九不离十，到时候大家就知道了", "rumor"),
            m("18:00", "p_zhang_waigong", "老师好 我是若曦外公 以后接送都是我"),
            m("18:05", "t_zhao", "若曦外公好～欢迎！", hn=True),
            m("19:00", "p_fan_dad", "有没有家长一起拼团买学习机的，小度的，五个人成团便宜400", "ad", key="tg"),
            m("19:05", "p_cheng_dad", "+1", "chat", r="tg"),
            m("20:59:50", "p_gao_mom", "赵老师明天要带什么吗", key="q6", hn=True),
            m("21:00:10", "t_zhao", "明天带彩笔和剪刀哦～", r="q6"),
            m("21:01", "p_gao_mom", "好的谢谢赵老师"),
        ],
        # ---- Wednesday
        [
            m("06:30", "p_ni_nainai", "赵老师早上好 平安今天肚子疼 请一天价 晚点我带他去诊所看看"),
            m("07:20", "t_zhao", "好的平安奶奶，祝平安早日康复～", hn=True),
            m("09:00", "t_he", "六一文艺汇演我们班的节目是合唱《童年》，周四下午彩排，请孩子穿白衬衫、深色裤子。", key="n4"),
            m("09:10", "p_ouyang_mom", "何老师，白衬衫长袖还是短袖？", r="n4", key="q7"),
            m("09:15", "t_he", "短袖就可以～", r="q7"),
            m("09:16", "p_ouyang_mom", "好的谢谢何老师", hn=True),
            m("10:00", "p_song_mom", "这次六一汇演说白了就是排给区里领导看的，为了排练耽误孩子多少课，节目全是老师定好的，孩子根本没得选", "slander dispute"),
            m("10:10", "t_he", "宋雨妈妈，排练都安排在音乐课和课后服务时间，不占正课。有想法可以私聊我～", hn=True),
            m("11:00", "x_oldclass", "二班的家长看到了吗，明天整个片区停水，学校下午提前放学", "rumor"),
            m("11:05", "p_gu_mom", "学校没发过这个通知哈，以赵老师发的为准", hn=True),
            m("12:00", "t_zhao", "今天体育课跳绳比赛🏆", k="image", key="ph1"),
            m("12:00", "t_zhao", "", k="image", hn=True),
            m("12:01", "t_zhao", "", k="image", hn=True),
            m("12:05", "p_bai_mom", "好的", "ack_reply", r="ph1"),
            m("12:06", "p_yu_mom", "太有爱了，余乐跳了多少个呀哈哈", hn=True),
            m("12:10", "t_zhao", "跳绳比赛前三名：徐子豪、高欣怡、夏天，恭喜三位小朋友！夏天到了，大家运动完记得补水哦～", hn=True),
            m("15:00", "p_peng_dad", "给宝妈们推荐个兼职，在家用手机点赞关注就有佣金，一单三到五块，一天轻松一两百，想做的加我薇：pc_8866", "illegal ad"),
            m("15:05", "p_zhuang_dad", "这是刷单骗局吧，大家别信", hn=True),
            m("15:10", "t_zhao", "提醒各位家长：刷单返利都是诈骗！学校反诈宣传讲过好多次了，千万别参与！", hn=True),
            m("16:00", "p_wang2_mom", "赵老师，想请教一下，梓涵最近回家总说班里女生不跟她玩，下课就一个人坐着，午饭也一个人吃，说她们建了个小群不带她。她现在晚上经常偷偷哭，早上说不想来学校，成绩也往下掉。问她是不是有人欺负她也不说。我和她爸爸最近在闹离婚，可能孩子心里也有事……", "private_matter", key="pm1"),
            m("16:20", "p_gao_mom", "梓涵妈妈别太着急，女孩子之间这种事挺常见的，我家欣怡四年级也有过一阵，后来慢慢就好了", "private_matter", r="pm1"),
            m("16:30", "t_zhao", "梓涵妈妈，我也注意到梓涵最近课间比较安静。明天我找几个女生聊聊，安排她和欣怡、若曦一组做值日，心理老师那边我也约一下。家里的事尽量别当着孩子的面吵。晚上我给您打电话。", "private_matter", r="pm1"),
            m("16:35", "p_gu_mom", "这种事还是私下聊吧～", hn=True),
            m("19:30", "t_sun", "今天数学测验：100分的有丁浩然、任一鸣、张若曦，95分以上的还有顾家乐、欧阳晴。", "ranking"),
            m("19:35", "p_ding_mom", "哇浩然考了100！这孩子总算争气一回", hn=True),
            m("19:40", "p_ma_mom", "孙老师，天宇考了多少？", key="q8", hn=True),
            m("19:45", "t_sun", "天宇83分，班里中等偏下，要加油。", "ranking", r="q8"),
            m("20:00", "p_ma_mom", "好的谢谢孙老师", hn=True),
            m("21:20", "p_cheng_dad", "NB 步行者又赢了", "abuse"),
        ],
        # ---- Thursday
        [
            m("07:30", "t_zhao", "今天下午彩排，白衬衫别忘了👕 另外提醒：端午假期5月31日-6月2日，6月3日正常上课。", key="n5"),
            m("07:31", "p_song_mom", "收到", "ack_reply", r="n5"),
            m("07:31", "p_song_mom", "收到", "ack_reply"),
            m("07:32", "p_song_mom", "收到", "ack_reply flood"),
            m("09:00", "p_xu_dad", "子豪烧退了，今天正常上学，谢谢老师关心", hn=True),
            m("10:00", "p_li_dad", "小升初家长必看：择校十问十答 https://mp.weixin.qq.com/s/9Lk2mWq", "link", k="link_card"),
            m("10:30", "t_li", "英语课文朗读示范音频在国家中小学智慧教育平台上 https://basic.smartedu.cn/tchMaterial/detail?id=8e2f 大家可以跟读。", "link"),
            m("11:00", "p_tian_mom", "赵老师，田甜今天彩排完能早点接吗，下午要去医院复查牙齿", key="q9", hn=True),
            m("11:10", "t_zhao", "可以，四点前到校门口就行。", r="q9"),
            m("11:11", "p_tian_mom", "谢谢赵老师", hn=True),
            m("14:00", "p_zhou_dad", "这次彩排赵老师和何老师安排得真周全，孩子们都很开心", hn=True),
            m("15:00", "p_jiang_mom", "我儿子说班里有人偷偷带手机玩游戏，就是李思远，课间还拿给别人看", "student_privacy", key="d2"),
            m("15:10", "p_li_dad", "你儿子亲眼看见了？没证据别乱说我家孩子", "dispute", r="d2"),
            m("15:15", "p_jiang_mom", "我家孩子从来不撒谎，你回去问问你儿子就知道了", "dispute"),
            m("15:20", "t_zhao", "手机的事我来调查，两位家长先私下沟通，群里就到这儿～", hn=True),
            m("16:00", "p_bai_waipo", "这个是灵验的转给十个群孩子考试门门一百分不转的考不好 我也不懂老人家转一下", "illegal"),
            m("16:05", "p_gao_mom", "一诺外婆，这个是假的，不用转哈", hn=True),
            m("16:30", "p_song_mom", "咱们班节目排在最后一个，前面全是校长点名的班，摆明了偏心，我们孩子白排练这么久", "slander dispute"),
            m("16:40", "p_li_dad", "我看这个数学老师也不行，教了一学期班级均分倒数，咱们联名写信给教育局，要求换老师", "slander incitement dispute", key="inc1"),
            m("16:42", "p_song_mom", "算我一个", "incitement", r="inc1"),
            m("16:43", "p_fan_dad", "+1", "incitement", r="inc1"),
            m("16:50", "t_zhao", "各位家长，对教学有意见可以直接找我或者学校教导处，我们都会认真听。群里就先不讨论了，谢谢理解。", hn=True),
            m("20:30", "t_zhao", "今天彩排孩子们表现超棒💯 明天正式演出，家长可以看学校直播：https://live.wutonglu.edu.cn/61", key="n6", hn=True),
            m("20:35", "p_ouyang_mom", "太好了！谢谢赵老师", "ack_reply", r="n6"),
            m("20:40", "p_ren_mom", "直播几点开始呀？", key="q10", hn=True),
            m("20:45", "t_zhao", "下午两点～", r="q10", hn=True),
            m("22:10", "p_yang_dad", "刚看到个帖子，咱们区有小学出现手足口病，一个班都停课了，就在梧桐路附近", "rumor"),
        ],
        # ---- Friday
        [
            m("06:55", "t_zhao", "【紧急】今天早上梧桐路施工封闭，请家长送孩子从长江路北门进校，7:40前到。请互相转告，看到请回复1。", urg=True, key="urg1", hn=True),
            m("06:56", "p_gu_mom", "1", r="urg1", urg=True, hn=True),
            m("06:57", "p_xia_mom", "1", urg=True, hn=True),
            m("06:58", "p_fan_dad", "北门那边能停车吗？"),
            m("07:05", "p_cheng_dad", "1", hn=True),
            m("09:00", "p_gao_mom", "提前祝大家端午安康 早上好", "chat", k="image"),
            m("14:30", "t_he", "演出照片～", k="image", key="ph2"),
            m("14:30", "t_he", "", k="image", hn=True),
            m("14:31", "t_he", "", k="image", hn=True),
            m("14:40", "p_xu_dad", "孩子们唱得太好了，yyds！子豪在家偷偷练了一个礼拜", hn=True),
            m("14:42", "p_peng_dad", "tql 这合唱绝了👍 彭程说他站第二排最中间", hn=True),
            m("15:00", "p_fan_dad", "五年级下册期末真题（泄题版）.pdf", "illegal", k="file"),
            m("15:05", "t_zhao", "范晓爸爸，这种所谓泄题的文件不要转，已经删了。", hn=True),
            m("16:00", "t_zhao", "端午假期作业：1.语文练习卷一张 2.数学口算三页 3.每天阅读半小时。请家长在作业上签字，假期后交纸质回执。", key="hw3"),
            m("16:05", "p_ni_nainai", "好的赵老师", "ack_reply", r="hw3"),
            m("16:06", "p_zhang_waigong", "收到", "ack_reply"),
            m("17:00", "p_fan_dad", "端午有去千岛湖的吗 求推荐个民宿", "chat", key="tr"),
            m("17:05", "p_yang_dad", "去年住的那家不错，我私你", "chat", r="tr"),
        ],
        # ---- Saturday
        [
            m("10:00", "p_ye_mom", "赵老师，叶子的课文背熟了，视频发您微信了", hn=True),
            m("21:30", "p_li_dad", "赵老师，思远手机的事问清楚了，是他表哥给的旧手机，已经没收了"),
        ],
    ],
)

# ---------------------------------------------------------------------------
# b8: new-district primary grade 1, QQ, young parents, chatty young head teacher
# ---------------------------------------------------------------------------
B8 = dict(
    gid="b8", school="江北新区育才小学", klass="一年级(4)班", grade=1, platform="qq",
    quiet=("19:00", "07:00"), domains=["yucai-jb.edu.cn", "smartedu.cn"],
    teachers=[
        dict(id="t_lin", name="林悦", subject="语文", role="head_teacher", dn="语文林悦"),
        dict(id="t_zhou", name="周海", subject="数学", role="teacher", dn="数学周海"),
        dict(id="t_hu", name="胡斌", subject="体育", role="teacher", dn="体育胡斌"),
    ],
    supervisor="p_song_dad",
    students=[
        ("宋一帆", [("p_song_dad", "爸爸", "宋一帆爸爸")]),
        ("陈小米", [("p_chen_mom", "妈妈", "小米妈妈")]),
        ("刘星", [("p_liu_mom", "妈妈", "刘星妈妈")]),
        ("赵乐乐", [("p_zhao_mom", "妈妈", "赵乐乐妈妈")]),
        ("孙悦", [("p_sun_mom", "妈妈", "孙悦妈妈")]),
        ("李朵朵", [("p_li_mom", "妈妈", "李朵朵妈妈")]),
        ("吴迪", [("p_wu_dad", "爸爸", "迪爸")]),
        ("郭果果", [("p_guo_mom", "妈妈", "郭果果妈妈")]),
        ("姜天乐", [("p_jiang_mom", "妈妈", "姜天乐妈妈"),
                  ("p_jiang_nainai", "奶奶", "姜天乐奶奶", dict(via="invite", by="p_jiang_mom", approved=True))]),
        ("毛一诺", [("p_mao_dad", "爸爸", "毛一诺爸爸")]),
        ("邱晨", [("p_qiu_mom", "妈妈", "邱晨妈妈")]),
        ("林小满", [("p_lin_mom", "妈妈", "林小满妈妈")]),
        ("施展", [("p_shi_dad", "爸爸", "施展爸爸")]),
        ("殷子墨", [("p_yin_mom", "妈妈", "殷子墨妈妈")]),
        ("董心怡", [("p_dong_mom", "妈妈", "董心怡妈妈")]),
        ("谭笑", [("p_tan_dad", "爸爸", "谭笑爸爸")]),
        ("段奕辰", [("p_duan_mom", "妈妈", "Grace段")]),
        ("车晓彤", [("p_che_mom", "妈妈", "车晓彤妈妈")]),
        ("龚浩宇", [("p_gong_dad", "爸爸", "龚先生")]),
        ("万里", [("p_wan_mom", "妈妈", "万里妈妈")]),
        ("易安", [("p_yi_mom", "妈妈", "易安妈妈")]),
        ("袁满", [("p_yuan_mom", "妈妈", "袁满妈妈")]),
        ("常乐", [("p_chang_dad", "爸爸", "常乐爸爸"),
                 ("p_chang_waipo", "外婆", "常乐外婆", dict(via="invite", by="p_chang_dad", approved=False))]),
        ("戴思琪", [("p_dai_mom", "妈妈", "戴思琪妈妈")]),
    ],
    outsiders=[
        ("x_shufa", "墨韵书法启蒙·陈老师", dict(via="qr_code")),
        ("x_church", "恩典姐妹", dict(via="invite", by="p_li_mom", approved=False)),
        ("x_left", "黄子睿妈妈", None),
        ("x_bot", "小雅🍒", dict(via="qr_code")),
    ],
    start="2025-09-08",
    days=[
        # ---- Monday
        [
            m("06:50", "p_jiang_mom", "林老师早，天乐今天说要自己走进校门，有点紧张😂"),
            m("07:00:00", "t_lin", "各位家长早上好🌞 开学第二周啦！今天起孩子们在学校吃午饭，请给孩子准备一套餐具（勺子+叉子），贴上名字。", key="n1"),
            m("07:05", "p_chen_mom", "林老师，筷子需要带吗？", r="n1", key="q1"),
            m("07:10", "t_lin", "不用带筷子哦，勺子叉子就行～小米妈妈记得把群名片改成'陈小米妈妈'哈", r="q1", hn=True),
            m("07:11", "p_chen_mom", "改啦，谢谢林老师😘", name="陈小米妈妈", hn=True),
            m("07:15", "p_guo_mom", "好的林老师", "ack_reply", r="n1"),
            m("07:16", "p_dai_mom", "收到🌹", "ack_reply"),
            m("08:00", "p_duan_mom", "请问今天放学是几点呀？还是11:30吗", key="q2"),
            m("08:10", "t_lin", "这周开始下午也上课啦，放学时间15:30～", r="q2"),
            m("08:11", "p_duan_mom", "OK 谢谢林老师", hn=True),
            m("09:30", "t_zhou", "一年级数学不布置书面作业，请家长每天陪孩子数一数家里的物品，从1数到20。", key="hw1"),
            m("09:31", "p_wu_dad", "收到周老师", "ack_reply", r="hw1"),
            m("10:00", "x_shufa", "家长好，一年级是练字黄金期，握笔姿势不对以后很难改，我们工作室周末有免费体验课，名额有限，有需要的家长扣扣：伍贰柒玖捌叁壹零", "ad"),
            m("10:05", "t_lin", "请非本班家长退群，谢谢～", hn=True),
            m("12:00", "p_shi_dad", "", k="image"),
            m("12:01", "p_shi_dad", "发错群了sorry", hn=True),
            m("15:40", "p_gong_dad", "我家孩子今天回来说跟同桌吵架了，老师知道怎么回事吗？", key="q3"),
            m("15:50", "t_lin", "浩宇爸爸，我了解一下，一会儿私聊您～另外群名片麻烦改成'龚浩宇爸爸'哦", r="q3", hn=True),
            m("16:00", "p_gong_dad", "好的", name="龚浩宇爸爸", hn=True),
            m("18:30", "t_lin", "今天孩子们午睡都很乖～分享几张照片", k="image", key="ph1"),
            m("18:30", "t_lin", "", k="image", hn=True),
            m("18:40", "p_dong_mom", "awsl 宝贝们睡得好香，心怡居然也睡着了，在家从来不午睡的😂", hn=True),
            m("18:59:30", "p_liu_mom", "林老师，明天需要带跳绳吗？", key="q4", hn=True),
            m("19:00:20", "t_lin", "体育课周三才需要哦～", r="q4"),
            m("19:02", "p_liu_mom", "好的谢谢林老师"),
            m("20:10", "p_chang_dad", "林老师，我把常乐外婆拉进群了，平时都是她接送"),
            m("20:15", "p_chang_waipo", "老师好我是常乐的外婆"),
        ],
        # ---- Tuesday
        [
            m("06:59", "p_chang_waipo", "", k="voice"),
            m("07:00:00", "p_chang_waipo", "", k="voice", hn=True),
            m("07:10", "t_lin", "今日温馨提示：请检查孩子书包，语文书、数学书、铅笔盒、水杯都带齐。", key="n2"),
            m("07:11", "p_sun_mom", "👌", "ack_reply", r="n2"),
            m("07:12", "p_yin_mom", "好的好的", "ack_reply"),
            m("08:30", "x_church", "各位家长平安！主耶稣爱每一个孩子，周日上午江北恩典堂有儿童主日学，免费教孩子唱诗歌、听故事，欢迎带孩子来感受神的爱🙏", "illegal"),
            m("08:35", "p_li_mom", "林老师不好意思，她是我小区的邻居，说想认识下家长，我不知道她会发这个", hn=True),
            m("08:40", "t_lin", "朵朵妈妈，以后拉人进群请先跟我说一声哈～这位我先移出了。", hn=True),
            m("10:00", "p_mao_dad", "一诺昨晚写拼音写哭了😂 有没有家长有好办法", key="q5", hn=True),
            m("10:05", "p_che_mom", "我们家也是，可以玩拼音卡片，边玩边认", r="q5", hn=True, key="tip"),
            m("10:08", "p_mao_dad", "nsdd 今晚就试试，zqsg感谢", r="tip", hn=True),
            m("12:00", "t_zhou", "今天课上段奕辰、吴迪两位同学一直讲话，提醒三次都不听，下午留下来罚站十分钟。", "student_privacy", key="fz"),
            m("12:05", "p_wu_dad", "周老师，吴迪回家我好好教育，对不起", hn=True),
            m("12:10", "p_duan_mom", "周老师，一年级孩子罚站合适吗？还在群里点名，孩子以后怎么面对同学", "dispute", r="fz"),
            m("12:15", "t_zhou", "课堂纪律必须从一年级抓起，我这是对孩子负责。", "dispute"),
            m("12:20", "p_duan_mom", "负责就是让全群家长都知道我家孩子被罚站？越想越憋屈", "dispute"),
            m("12:30", "t_lin", "奕辰妈妈，点名的方式确实不妥，已经撤回了。孩子的事我放学后跟您当面聊，好吗？", hn=True),
            m("14:00", "p_zhao_mom", "一年级小朋友用的学习平板推荐哪个牌子？我看小米的挺好", "chat", key="pad"),
            m("14:05", "p_wan_mom", "我买的学而思的，还行，双十一便宜", "chat", r="pad"),
            m("14:10", "p_song_dad", "购物的话题大家私聊哈～", hn=True),
            m("16:00", "p_tan_dad", "各位宝爸宝妈，本人做儿童安全座椅，德国品牌正品，群里家长一律出厂价，另有餐椅推车，需要的➕V信：t a n 1 9 8 8 0 6", "ad"),
            m("17:00", "p_dai_mom", "一年级开学就要交800块'班级建设费'，别的班都没有就我们班有，这钱到底去哪了", "slander dispute", key="sl1"),
            m("17:10", "t_lin", "思琪妈妈，我们班没有收过任何'班级建设费'，只有家委会代收的作业本费，收据都在家委会。您是在哪里看到的呢？", r="sl1", hn=True),
            m("17:15", "p_dai_mom", "我们小区业主群里有人说的", hn=True),
            m("19:20", "p_jiang_nainai", "林老师好我是天乐奶奶天乐今天回来说想幼儿园的老师了哭了一晚上"),
            m("19:40", "t_lin", "天乐奶奶别担心，刚上一年级都这样，过两周就好啦"),
            m("21:00", "p_guo_mom", "林老师，果果明天过生日，可以带蛋糕去班里分吗？"),
        ],
        # ---- Wednesday
        [
            m("07:20", "t_lin", "【接龙】本周五下午开学家长会，请参加的家长接龙：\n1. 宋一帆爸爸", key="jl"),
            m("07:22", "p_chen_mom", "【接龙】本周五下午开学家长会，请参加的家长接龙：\n1. 宋一帆爸爸\n2. 陈小米妈妈", hn=True),
            m("07:24", "p_liu_mom", "【接龙】本周五下午开学家长会，请参加的家长接龙：\n1. 宋一帆爸爸\n2. 陈小米妈妈\n3. 刘星妈妈", hn=True),
            m("07:25", "p_dong_mom", "【接龙】本周五下午开学家长会，请参加的家长接龙：\n1. 宋一帆爸爸\n2. 陈小米妈妈\n3. 刘星妈妈\n4. 董心怡妈妈", hn=True),
            m("07:30", "p_wan_mom", "【接龙】本周五下午开学家长会，请参加的家长接龙：\n1. 宋一帆爸爸\n2. 陈小米妈妈\n3. 刘星妈妈\n4. 董心怡妈妈\n5. 万里妈妈", hn=True),
            m("07:40", "p_yi_mom", "收到", r="jl", hn=True),
            m("09:00", "p_qiu_mom", "xdm 有知道学校附近哪里买校服的吗 孩子的小了", key="q6", hn=True),
            m("09:10", "t_lin", "校服统一在学校订，登记表在群文件里～", r="q6", hn=True),
            m("09:11", "p_qiu_mom", "好嘞，谢谢林老师", hn=True),
            m("10:00", "x_left", "大家好，我是原来一(4)班黄子睿妈妈，孩子转学了，群里还能看到通知挺好的。提醒下各位，数学周老师出了名的凶，我们就是因为他才转走的", "slander dispute"),
            m("10:05", "t_lin", "子睿妈妈，孩子已经转学，按规定要退群了，谢谢理解～", hn=True),
            m("11:00", "p_yuan_mom", "另一个群里说了，江北新区下个月起一年级取消午休，因为教育局认为午休耽误学习时间", "rumor", key="ru1"),
            m("11:05", "p_sun_mom", "林老师，这是真的吗？😰", r="ru1", hn=True),
            m("11:15", "t_lin", "假的哈，学校午休照常～", hn=True),
            m("13:00", "p_shi_dad", "【拼多多】就差你一刀！帮我砍一刀领儿童手表 https://p.pinduoduo.com/Xk8mQ2", "ad link", k="link_card", key="kan"),
            m("13:01", "p_gong_dad", "砍了兄弟", "chat", r="kan"),
            m("13:02", "p_wu_dad", "帮你砍了", "chat", r="kan"),
            m("13:05", "p_song_dad", "各位家长，砍一刀、投票、助力这类请不要发在班级群，谢谢配合🙏", hn=True),
            m("15:00", "t_hu", "体育课通知：请孩子周三、周五穿运动鞋，不要穿凉鞋和皮鞋，防止扭伤。", key="n3"),
            m("15:02", "p_che_mom", "好的胡老师", "ack_reply", r="n3"),
            m("15:10", "p_wan_mom", "胡老师，万里脚后跟磨了个泡，这两天体育课能不跑步吗？", key="q7", hn=True),
            m("15:20", "t_hu", "可以，上课前跟我说一声，在旁边看就行。", r="q7"),
            m("15:21", "p_wan_mom", "谢谢胡老师", hn=True),
            m("16:00", "p_gong_dad", "谁家孩子再推我儿子一下，我上门打断他的腿，说到做到", "illegal dispute"),
            m("16:05", "t_lin", "浩宇爸爸，有情况我们私下沟通处理，群里请不要说这样的话。", hn=True),
            m("19:05", "t_lin", "温馨提醒：晚上七点以后请家长尽量不要在群里发消息，有急事直接打电话～"),
            m("19:30", "p_lin_mom", "林老师，小满从小跟奶奶在老家长大，这个月才接回来，跟我们还不太亲，晚上要抱着奶奶的旧衣服才能睡着。在学校也不敢举手说上厕所，已经尿了两次裤子了，回家也不说话，我真的很担心她心理上有问题……", "private_matter", key="pm1"),
            m("19:45", "t_lin", "小满妈妈，孩子刚换环境需要时间。我会每节课下课提醒她去厕所，也会多鼓励她、安排同桌多陪她玩。明天放学我们当面聊一下好吗？", "private_matter", r="pm1"),
        ],
        # ---- Thursday
        [
            m("06:40", "p_tan_dad", "早上好 愿你今天好心情 [玫瑰][玫瑰]", "chat", k="image"),
            m("07:30", "t_zhou", "数学口算本请家长检查并签名，明天收。", key="n4"),
            m("07:31", "p_jiang_mom", "收到周老师", "ack_reply", r="n4"),
            m("09:00", "p_zhao_mom", "群里有宝妈想做兼职吗，我朋友在招打字员，在家就能做，日结两百，先交99入会费就行", "illegal ad"),
            m("09:05", "p_song_dad", "乐乐妈妈，要先交钱的兼职基本都是骗局，别信也别转哈", hn=True),
            m("10:00", "p_chen_mom", "林老师，小米发烧了今天请假一天🤒", key="q8", hn=True),
            m("10:05", "t_lin", "好的，小米妈妈，多喝水好好休息～", r="q8", hn=True),
            m("11:00", "t_lin", "本周小标兵🌟：施展、谭笑、万里、袁满，坐姿端正，排队最快！", key="star", hn=True),
            m("11:05", "p_shi_dad", "施展这小子终于施展了一回哈哈哈 谢谢林老师", hn=True),
            m("11:06", "p_yuan_mom", "谢谢林老师！", "ack_reply", r="star"),
            m("14:00", "p_gong_dad", "xswl 浩宇说体育课胡老师带他们玩老鹰捉小鸡，他当老鹰", hn=True),
            m("15:00", "p_dai_mom", "听说周老师在外面开了个幼小衔接班，一节课三百，不去上的孩子上课就被针对", "slander dispute", key="sl2"),
            m("15:05", "p_duan_mom", "我也听说了，我家奕辰上次被罚站就是因为没报他的班", "slander dispute"),
            m("15:10", "p_shi_dad", "有证据吗就瞎说，周老师对孩子挺好的", "dispute"),
            m("15:15", "p_duan_mom", "你眼瞎啊，罚站的又不是你家孩子你当然这么说", "abuse dispute"),
            m("15:20", "p_dai_mom", "大家明天都别让孩子上数学课了，集体请假，看学校换不换老师", "incitement dispute", key="inc1"),
            m("15:21", "p_duan_mom", "算我一个", "incitement", r="inc1"),
            m("15:30", "t_lin", "各位家长，周老师没有在校外办班，学校也严禁在职教师有偿补课，如有证据欢迎直接向学校纪检反映。明天正常上课，请不要让孩子缺课。", hn=True),
            m("15:35", "p_song_dad", "有事私聊林老师，别在群里吵了", hn=True),
            m("17:00", "p_wu_dad", "林老师，吴迪说今天体育课膝盖磕破了，严重吗？", name="吴迪爸爸", key="q9", hn=True),
            m("17:10", "t_hu", "吴迪爸爸，吴迪跑步摔了一跤，膝盖擦破点皮，校医已经消毒了，不影响。", "student_privacy", r="q9"),
            m("18:00", "p_mao_dad", "今晚大乐透奖池十几亿 有合买的吗 哈哈", "chat", key="lt"),
            m("18:02", "p_tan_dad", "算我一个 十块钱", "chat", r="lt"),
            m("18:50", "t_lin", "明天家长会，请家长把孩子的'成长档案'带来，记得准时哦～", key="n5"),
            m("18:52", "p_guo_mom", "好的", "ack_reply", r="n5"),
            m("20:00", "p_jiang_mom", "林老师，家长会可以带天乐一起来吗"),
            m("23:30", "x_bot", "寂寞了吗 同城真人视频陪聊 私聊看照片 q群：8899 5271", "illegal ad"),
            m("23:30", "x_bot", "寂寞了吗 同城真人视频陪聊 私聊看照片 q群：8899 5271", "illegal ad"),
            m("23:31", "x_bot", "寂寞了吗 同城真人视频陪聊 私聊看照片 q群：8899 5271", "illegal ad flood"),
        ],
        # ---- Friday
        [
            m("07:05", "t_lin", "今天下午家长会，14:30在一(4)班教室，请家长准时到，无需回复。", key="n6"),
            m("07:06", "p_che_mom", "收到林老师", "ack_reply", r="n6"),
            m("07:06", "p_yi_mom", "好的", "ack_reply"),
            m("10:00", "p_liu_mom", "开学第一课观后感怎么写 https://www.smartedu.cn/special/kxdyk2025", k="link_card", hn=True),
            m("10:05", "p_qiu_mom", "幼小衔接 拼音学习动画，娃很爱看 https://b23.tv/Ab3kLm", "link", k="link_card"),
            m("11:00", "t_zhou", "上周口算小测：陈小米100，刘星98，宋一帆96，易安95，其他同学继续努力。", "ranking"),
            m("11:05", "p_liu_mom", "周老师，以后成绩能私发吗，孩子们还小", hn=True),
            m("12:00", "p_jiang_nainai", "林老师我们天乐说中午饭里有虫子是不是真的啊我们老人家不放心", key="q10", hn=True),
            m("12:10", "t_lin", "天乐奶奶，我问过食堂了，是一片紫苏叶，孩子看错了，放心哈～", r="q10", hn=True),
            m("16:30", "t_lin", "感谢各位家长参加家长会！会上说的三件事：1.每天亲子阅读20分钟 2.7:50前到校 3.周一穿校服。", key="n7"),
            m("16:31", "p_song_dad", "辛苦林老师！", "ack_reply", r="n7"),
            m("16:31", "p_dong_mom", "辛苦了林老师", "ack_reply"),
            m("16:40", "p_mao_dad", "今天家长会一诺的作业本被拿出来当范例，开心😄", hn=True),
            m("17:00", "p_chang_waipo", "林老师常乐的水杯忘在学校了", key="fl"),
            m("17:00", "p_chang_waipo", "林老师常乐的水杯忘在学校了"),
            m("17:01", "p_chang_waipo", "林老师常乐的水杯忘在学校了", "flood"),
            m("17:10", "t_lin", "看到啦外婆，明天我拿给他～", hn=True),
            m("18:00", "p_tan_dad", "周末愉快各位～ 祝孩子们学业有成，知足常乐[玫瑰]", "chat"),
            m("18:20", "p_dai_mom", "林老师，今天家长会上说的阅读打卡是在哪个小程序？", key="q11", hn=True),
            m("18:30", "t_lin", "在“一起阅读”小程序里，班级码我发群文件了～", r="q11", hn=True),
        ],
        # ---- Saturday
        [
            m("10:00", "p_wu_dad", "周末带娃去哪玩？推荐下江北新区的亲子乐园", "chat", key="wk"),
            m("10:05", "p_zhao_mom", "欢乐谷啊 我们上周去的 门票团购很便宜", "chat", r="wk"),
            m("15:00", "p_duan_mom", "沙雕，你家孩子考个满分就嘚瑟上了，关你屁事", "abuse dispute"),
            m("20:00", "p_guo_mom", "帮忙点个赞呀，集满38个赞可以免费领绘本，谢谢大家[抱拳]", "ad", k="image", key="zan"),
            m("20:01", "p_dai_mom", "赞了", "chat", r="zan"),
        ],
    ],
)

# the Saturday insult needs a trigger: a boast about a test result
B8["days"][5].insert(2, m("14:50", "p_zhao_mom", "乐乐这次口算又是满分😏 有些家长天天在群里抱怨老师，不如多管管自己孩子", "dispute"))


# ---------------------------------------------------------------------------
# extra school days: mostly ordinary traffic
# ---------------------------------------------------------------------------
B5["days"] += [
    # Monday 10/20
    [
        m("07:02", "t_yang", "各位家长早上好，明天（周二）运动会照常举行，孩子穿校服或运动服都可以，带好水杯和帽子。", key="x1"),
        m("07:10", "p_nong_waipo", "", k="voice"),
        m("07:25", "p_wei_nainai", "杨老师小龙的跳绳找到了在书包夹层里 昨天还以为丢了"),
        m("08:40", "t_yang", "防溺水安全责任书还有5份没交，请家长检查孩子书包，签好字明天带来。", key="x2"),
        m("09:15", "p_huang2_dad", "杨老师，子轩的责任书签好了，昨天忘了放书包，今天下午送过来可以吗", key="x3", hn=True),
        m("09:30", "t_yang", "可以，放门卫室就行。", r="x3"),
        m("09:31", "p_huang2_dad", "好的，谢谢杨老师", hn=True),
        m("11:20", "t_luo", "单元测验订正后仍不及格的：卢明亮52分、覃家宝55分、莫金花58分，明天中午留下来补习。", "ranking student_privacy"),
        m("11:50", "t_luo", "数学作业：练习册第25-26页，第3题不用做。"),
        m("12:10", "p_liu_dad", "罗老师，浩然前几天请假落下的课，需要补些什么吗？", key="x4"),
        m("12:30", "t_luo", "把第21、22页的例题看一遍，不会的课间来问我。", r="x4"),
        m("12:31", "p_liu_dad", "好的，谢谢罗老师", hn=True),
        m("14:00", "t_tan", "明天运动会入场顺序：三(1)班第5个入场，口号“三一三一，勇争第一”，孩子们今天已经练过了。"),
        m("16:00", "p_yang2_mom", "杨老师，红领巾拿到了，谢谢您", hn=True),
        m("16:30", "t_wu", "英语作业：Unit 3第二课单词抄写两遍，听读三遍。明天运动会，作业周三交就行～", key="x5"),
        m("16:40", "p_pan_mom", "吴老师，抄写是抄在英语本上吗", r="x5", key="x6"),
        m("16:45", "t_wu", "对的，英语作业本～", r="x6"),
        m("16:46", "p_pan_mom", "好的谢谢吴老师", hn=True),
        m("17:30", "p_tang_mom", "各位家长，运动会服装费收支我整理好了：共收23人690元，服装单价28元，剩余46元买了饮用水，明细表在群文件，有疑问私聊我。", hn=True),
        m("17:40", "p_lu_dad", "看到了，是我误会了，不好意思", hn=True),
        m("18:20", "p_chen_mom", "杨老师，明天运动会结束几点放学？", key="x7"),
        m("18:30", "t_yang", "和平时一样，四点半。", r="x7"),
        m("18:31", "p_chen_mom", "好的谢谢老师", hn=True),
        m("19:10", "p_lu_dad", "罗老师，明亮的卷子我看了，都是粗心，今晚我陪他再做一遍", hn=True),
        m("19:40", "p_zhao_waipo", "杨老师明天我们平安跑五十米 他说球鞋小了 可以穿布鞋吗", key="x8"),
        m("19:50", "t_yang", "可以的外婆，穿着舒服就行。", r="x8"),
    ],
    # Tuesday 10/21: sports meeting
    [
        m("07:05", "t_yang", "今天运动会，孩子们七点五十到班级集合，不要迟到。"),
        m("09:00", "t_yang", "入场式", k="image", key="y1"),
        m("09:00", "t_yang", "", k="image", hn=True),
        m("09:01", "t_yang", "", k="image", hn=True),
        m("09:05", "p_deng_mom", "孩子们精神真好！开心站第一排呢", hn=True),
        m("09:06", "p_li_mom", "一凡在哪里啊，我找了半天没找到😂", key="y2"),
        m("09:10", "t_yang", "第二张照片左边第三个就是～", r="y2"),
        m("10:30", "t_tan", "三(1)班战报：50米跑男子组周向阳第一名，女子组唐心怡第二名，跳绳团体第三名！", key="y3", hn=True),
        m("10:32", "p_zhou_dad", "向阳跑第一了？太牛了儿子！", hn=True),
        m("10:35", "p_meng_mom", "厉害厉害👍", "ack_reply", r="y3"),
        m("11:00", "p_luo_mom", "请问思雨跳绳比了吗 她昨晚练到很晚", key="y4"),
        m("11:10", "t_tan", "比了，发挥得挺好。", r="y4"),
        m("14:30", "p_liang_mom", "接力没拿到名次，志强回来估计又要哭鼻子了😂", hn=True),
        m("15:00", "p_wei_nainai", "", k="voice"),
        m("16:40", "t_yang", "运动会圆满结束，孩子们都很棒！今天不布置书面作业，回家好好休息。", key="y5"),
        m("16:45", "p_zhou_dad", "各位老师今天辛苦！", "ack_reply", r="y5"),
        m("16:46", "p_huang_mom", "谢谢老师们，如意说今天是她最开心的一天", hn=True),
        m("17:10", "p_qin_dad", "杨老师，家宝的校服外套好像落在操场了，明天能帮忙找找吗", key="y6"),
        m("17:20", "t_yang", "好的，失物都放在门卫室，明天让他去看看。", r="y6"),
    ],
]

B6["days"] += [
    # Sunday 11/09
    [
        m("09:00", "p_fang_dad", "各位家长，明天周一升旗，正装校服别忘了～"),
        m("10:30", "p_zhu_mom", "许老师，朝花夕拾批注要写多少处啊？", key="x1"),
        m("11:00", "t_xu", "每篇至少五处，写清楚自己的想法，不要只划线。", r="x1"),
        m("11:01", "p_zhu_mom", "明白了，谢谢许老师🌹", hn=True),
        m("20:20", "p_yan_mom", "沈老师，明天升旗是7:20集合吗？", key="x2", hn=True),
        m("20:28", "t_shen", "7:20在班级集合。", r="x2", hn=True),
        m("20:31", "p_yan_mom", "好的"),
    ],
    # Monday 11/10
    [
        m("06:35", "t_shen", "早上好，今天升旗仪式，请检查孩子校服、团徽。", key="y1", hn=True),
        m("06:40", "p_he_mom", "好的沈老师", "ack_reply", r="y1"),
        m("07:50", "t_shen", "升旗仪式", k="image"),
        m("07:50", "t_shen", "", k="image", hn=True),
        m("10:00", "t_chen", "英语作业：完成练习册Unit 5 Section A，明天交。上周重默的同学今天中午都过了，很棒！"),
        m("10:05", "p_shao_mom", "谢谢陈老师，邵乐回来说这次认真背了", hn=True),
        m("12:00", "t_guo", "生物兴趣小组招募，有兴趣的同学周三下午第八节课到实验室，自愿参加。", key="y2"),
        m("12:10", "p_qin_dad", "郭老师，兴趣小组要交费吗？", r="y2", key="y3"),
        m("12:20", "t_guo", "不收费，是学校的社团课。", r="y3", hn=True),
        m("12:21", "p_qin_dad", "好的，谢谢郭老师", hn=True),
        m("13:30", "p_wei_dad", "上周补课那个事是我说话冲动了，沈老师、郭老师，不好意思", hn=True),
        m("13:40", "t_shen", "没关系，有问题随时沟通。"),
        m("15:00", "t_ma", "道法作业：收集一则关于“网络安全”的新闻，写100字感想，周五交。", key="y4"),
        m("15:10", "p_pan_dad", "马老师，新闻可以从电视上找吗？", r="y4", key="y5"),
        m("15:15", "t_ma", "可以，电视、报纸、学习强国都行，注明来源。", r="y5", hn=True),
        m("15:16", "p_pan_dad", "好的谢谢马老师", hn=True),
        m("16:30", "p_jin_dad", "沈老师在吗"),
        m("16:31", "p_jin_dad", "沈老师在吗"),
        m("16:33", "p_jin_dad", "沈老师在吗？", "flood"),
        m("16:40", "t_shen", "在的，金晓爸爸请讲。"),
        m("16:41", "p_jin_dad", "金晓说数学作业本丢了，能在学校买新的吗", key="y6"),
        m("16:50", "t_shen", "可以，学校文具店有，让他写好名字。", r="y6"),
        m("17:30", "p_zhang_mom", "隔壁学校好几个学生流感住院了，咱们学校下周也要停课，大家早做准备", "rumor", key="ru2"),
        m("17:35", "p_qian_mom", "沈老师，下周会停课吗？", r="ru2", hn=True),
        m("17:45", "t_shen", "没有停课安排。流感季节请注意孩子保暖，有发烧症状在家休息，及时请假。", hn=True),
        m("18:30", "p_feng_mom", "沈老师，晨曦明天上午去医院复查，请半天假", key="y7", hn=True),
        m("18:35", "t_shen", "好的，下午到校先到办公室报到。", r="y7"),
    ],
]

B7["days"] += [
    # Sunday 6/1 (holiday)
    [
        m("10:00", "p_ren_mom", "赵老师，假期的语文练习卷一鸣找不到了，能发个电子版吗？", key="x1"),
        m("10:30", "t_zhao", "五年级语文端午练习卷.pdf", k="file", r="x1"),
        m("10:31", "t_zhao", "打印出来做就行～"),
        m("10:32", "p_ren_mom", "太感谢了赵老师", hn=True),
        m("15:00", "p_song_mom", "赵老师，前两天我说汇演的那些话有点过激了，不好意思，孩子们演得很好", hn=True),
    ],
    # Monday 6/2 (holiday)
    [
        m("19:30", "t_zhao", "明天（6月3日）正常上课，请孩子带齐假期作业，家长签好字。", key="y1"),
        m("19:35", "p_ni_nainai", "好的赵老师", "ack_reply", r="y1"),
        m("19:35", "p_ni_nainai", "好的赵老师", "ack_reply"),
        m("19:36", "p_ni_nainai", "好的赵老师", "ack_reply flood"),
        m("20:10", "p_fan_dad", "赵老师，数学口算本落在学校了，明天先交练习卷可以吗", key="y2"),
        m("20:20", "t_zhao", "可以的，口算本明天到校再补。", r="y2"),
        m("20:21", "p_fan_dad", "好的谢谢赵老师", hn=True),
    ],
    # Tuesday 6/3
    [
        m("07:10", "t_zhao", "欢迎孩子们假期归来～今天请交假期作业和签字回执。"),
        m("07:40", "p_zhou_dad", "赵老师，周全的回执签好了，在作业袋里", hn=True),
        m("08:30", "t_sun", "数学作业：练习册P60-61，明天交。", key="z1"),
        m("08:40", "p_li_dad", "孙老师，P61第4题的图看不清，能拍一下吗", r="z1", key="z2"),
        m("08:50", "t_sun", "第4题", k="image", r="z2"),
        m("08:51", "p_li_dad", "看清了，谢谢孙老师", hn=True),
        m("10:00", "t_li", "下周三英语口语测试，形式是朗读+对话，请孩子每天读课文15分钟。", key="z3"),
        m("10:10", "p_ouyang_mom", "李老师，口语测试需要家长陪练吗？", r="z3", key="z4"),
        m("10:15", "t_li", "有空可以陪读，没空孩子自己读也行，我会在班级小程序里布置跟读。", r="z4"),
        m("10:16", "p_ouyang_mom", "明白，谢谢李老师", hn=True),
        m("12:30", "t_zhao", "孩子们在学校吃粽子啦🍙", k="image"),
        m("12:30", "t_zhao", "", k="image", hn=True),
        m("12:35", "p_tian_mom", "田甜说今天吃了两个肉粽，哈哈", hn=True),
        m("15:00", "p_zhuang_dad", "赵老师，水杯的事我跟小明爸爸私下说好了，新杯子也买了，谢谢老师调解", hn=True),
        m("15:10", "t_zhao", "两位爸爸都很大度👍 孩子们也和好啦～", hn=True),
        m("16:00", "t_he", "下周音乐课开始学竖笛，竖笛由学校统一采购，每支25元，自愿购买，已有竖笛的不用买。登记表：https://docs.qq.com/sheet/DVkdZbGhqRm", key="z5", hn=True),
        m("16:10", "p_yu_mom", "何老师，我家有一支哥哥以前用的，型号一样就可以吗？", r="z5", key="z6"),
        m("16:15", "t_he", "可以的，德式八孔的就行～", r="z6"),
        m("16:16", "p_yu_mom", "好的谢谢何老师", hn=True),
        m("17:00", "p_gu_mom", "家委会提醒：本周四下午家长开放日，想进课堂听课的家长在腾讯文档登记，名额20个。"),
        m("18:30", "p_cheng_dad", "赵老师，程安今天说肚子有点疼，明早看情况，不舒服的话就请假", hn=True),
        m("18:40", "t_zhao", "好的，注意观察，不舒服随时跟我说。"),
    ],
]

B8["days"] += [
    # Sunday 9/14
    [
        m("10:30", "p_song_dad", "家委会通知：下周起每周五下午两位家长轮流做护学岗，排班表已发群文件，时间有冲突的私聊我调整。", key="x1"),
        m("11:00", "p_yi_mom", "宋爸，我周五下午上班走不开，能换到周一早上吗", r="x1", key="x2"),
        m("11:10", "p_song_dad", "可以，我帮你调。", r="x2"),
        m("11:11", "p_yi_mom", "谢谢宋爸"),
        m("16:00", "p_dong_mom", "林老师，心怡的成长档案我忘交了，明天带去可以吗", key="x3"),
        m("16:30", "t_lin", "可以的～", r="x3"),
        m("18:45", "p_liu_mom", "林老师，阅读打卡是每天都要拍照上传吗？", key="x4"),
        m("18:55", "t_lin", "在小程序里点“完成”就行，不用拍照～", r="x4"),
        m("18:56", "p_liu_mom", "好的谢谢林老师", hn=True),
    ],
    # Monday 9/15
    [
        m("07:00:30", "t_lin", "早上好～今天周一，记得穿校服哦。", hn=True),
        m("07:20", "p_jiang_mom", "林老师，天乐今天早上自己进校门了，没哭！🎉"),
        m("07:30", "t_lin", "天乐真棒👍"),
        m("09:00", "t_zhou", "今天数学课学习“比大小”，请家长在家用扑克牌和孩子玩比大小游戏。", key="y1"),
        m("09:10", "p_mao_dad", "周老师，扑克牌要不要去掉大小王？", r="y1", key="y2", hn=True),
        m("09:20", "t_zhou", "去掉大小王和JQK，只用1到10。", r="y2"),
        m("09:21", "p_mao_dad", "明白，谢谢周老师", hn=True),
        m("10:30", "p_zhao_mom", "上周的口算成绩表我拍下来了，大家看看自家孩子多少分", "ranking", k="image"),
        m("10:35", "t_lin", "乐乐妈妈，成绩表请不要发群里，我先撤回了，需要了解的私聊我～", hn=True),
        m("11:00", "t_hu", "本周三体育课测跳绳，请孩子在家每天练五分钟。"),
        m("11:05", "p_wan_mom", "胡老师，万里的脚好了，这周可以正常上体育课了", hn=True),
        m("11:10", "t_hu", "好的，知道了。"),
        m("14:00", "t_lin", "今日拼音小练习，孩子们写得很认真～", k="image"),
        m("14:00", "t_lin", "", k="image", hn=True),
        m("14:05", "p_che_mom", "字写得真工整，晓彤回家也练了半小时", hn=True),
        m("15:30", "p_qiu_mom", "林老师，邱晨今天下午她爷爷来接，爷爷不在群里，我跟门卫说过了", key="y3", hn=True),
        m("15:35", "t_lin", "好的收到～", r="y3", hn=True),
        m("16:00", "p_duan_mom", "林老师，上周的事谢谢您当面沟通，奕辰这周挺开心的", hn=True),
        m("16:10", "p_gong_dad", "林老师，前两天我说话太冲了，抱歉，浩宇跟同桌已经和好了", hn=True),
        m("17:00", "p_dai_mom", "林老师，阅读打卡的小程序打不开，有别的办法吗？", key="y4"),
        m("17:10", "t_lin", "可以先在纸上记下书名，周五交给我～", r="y4"),
        m("17:11", "p_dai_mom", "好的谢谢林老师", hn=True),
        m("18:30", "t_lin", "明天上午第二节课接种疫苗（自愿），同意的家长请在回执上签字，明早交给我。", key="y5"),
        m("18:40", "p_sun_mom", "好的", "ack_reply", r="y5"),
        m("18:45", "p_chen_mom", "林老师，小米上个月打过流感疫苗了，这次还要打吗", key="y6"),
        m("18:58", "t_lin", "这次是百白破加强针，和流感疫苗不一样，您看下接种本～", r="y6"),
        m("19:10", "p_chen_mom", "好的我看看"),
    ],
]

GROUPS = [B5, B6, B7, B8]


# ---------------------------------------------------------------------------
# engine
# ---------------------------------------------------------------------------
def name_ok(member, name):
    if member["kind"] == "teacher":
        return member["subject"] in name
    if member["kind"] == "guardian":
        return any(c in name for c in member["children"]) and any(r in name for r in RELATIONS)
    return True


def build(g):
    gid = g["gid"]
    rng = random.Random(gid)
    head = [t["id"] for t in g["teachers"] if t["role"] == "head_teacher"]
    assert len(head) == 1
    head = head[0]
    members = {}
    for t in g["teachers"]:
        members[t["id"]] = dict(kind="teacher", subject=t["subject"], dn=t["dn"], joined=None)
    for sname, gs in g["students"]:
        for gd in gs:
            gidd, rel, dn = gd[0], gd[1], gd[2]
            joined = gd[3] if len(gd) > 3 else None
            if gidd in members:
                members[gidd]["children"].append(sname)
            else:
                members[gidd] = dict(kind="guardian", children=[sname], dn=dn, joined=joined, rel=rel)
    for oid, dn, joined in g["outsiders"]:
        members[oid] = dict(kind="outsider", dn=dn, joined=joined)

    roster = {
        "group": gid, "school": g["school"], "class": g["klass"],
        "roster": {
            "teachers": [dict(id=t["id"], name=t["name"], subject=t["subject"], role=t["role"])
                         for t in g["teachers"]],
            "supervisor": g["supervisor"],
            "students": [dict(name=s, guardians=[dict(id=gd[0], relation=gd[1]) for gd in gs])
                         for s, gs in g["students"]],
        },
        "members": [],
    }
    for mid, mm in members.items():
        rec = {"id": mid, "display_name": mm["dn"]}
        if mm.get("joined"):
            rec["joined"] = dict(mm["joined"])
        roster["members"].append(rec)

    qs = dt.time.fromisoformat(g["quiet"][0])
    qe = dt.time.fromisoformat(g["quiet"][1])

    def in_quiet(ts):
        t = ts.time()
        return (t >= qs or t < qe) if qs > qe else (qs <= t < qe)

    cur_name = {mid: mm["dn"] for mid, mm in members.items()}
    spoken = set()
    keys = {}
    lines = []
    last = None
    start = dt.date.fromisoformat(g["start"])
    n = 0
    for di, day in enumerate(g["days"]):
        date = start + dt.timedelta(days=di)
        for msg in day:
            parts = [int(x) for x in msg["t"].split(":")]
            if len(parts) == 3:
                ts = dt.datetime(date.year, date.month, date.day, parts[0], parts[1], parts[2], tzinfo=TZ)
                assert last is None or ts >= last, (gid, msg)
            else:
                ts = dt.datetime(date.year, date.month, date.day, parts[0], parts[1], rng.randint(2, 40), tzinfo=TZ)
                if last is not None and ts <= last:
                    ts = last + dt.timedelta(seconds=rng.randint(3, 12))
                base = dt.datetime(date.year, date.month, date.day, parts[0], parts[1], tzinfo=TZ)
                assert ts >= base, (gid, msg)
            last = ts
            n += 1
            mid = f"{gid}-{n:04d}"
            s = msg["s"]
            assert s in members, (gid, s)
            if msg["name"]:
                cur_name[s] = msg["name"]
            labels = set(msg["L"])
            for lab in labels:
                assert lab in VOCAB and lab not in DERIVED, (gid, msg)
            mm = members[s]
            if s not in spoken:
                spoken.add(s)
                if mm["kind"] == "outsider":
                    labels.add("membership")
                elif not name_ok(mm, cur_name[s]):
                    labels.add("nickname")
                j = mm.get("joined")
                if j and j.get("via") == "invite" and j.get("by") != head and not j.get("approved"):
                    labels.add("invite")
            if in_quiet(ts) and not msg["urg"]:
                labels.add("quiet_hours")
            if msg["urg"]:
                assert s in (head,) or mm["kind"] != "outsider"
            reply = None
            if msg["r"]:
                reply = keys[msg["r"]]
            if msg["key"]:
                assert msg["key"] not in keys, (gid, msg["key"])
                keys[msg["key"]] = mid
            expect = [c for c in VOCAB if c in labels]
            rec = {"id": mid, "ts": ts.isoformat(), "group": gid, "sender": s,
                   "name": cur_name[s], "text": msg["text"], "kind": msg["k"],
                   "reply_to": reply, "expect": expect}
            if msg["hn"]:
                assert not expect, ("hard negative with labels", mid, expect, msg["text"])
                rec["hard_negative"] = True
            lines.append(rec)
    gcfg = {
        "school": g["school"], "class": g["klass"], "grade": g["grade"],
        "platform": g["platform"], "timezone": "Asia/Shanghai",
        "quiet_hours": {"start": Quoted(g["quiet"][0]), "end": Quoted(g["quiet"][1])},
        "allowed_link_domains": g["domains"],
        "transcript": f"transcripts/{gid}.jsonl", "roster": f"rosters/{gid}.yaml",
    }
    return gcfg, roster, lines


class Quoted(str):
    pass


yaml.SafeDumper.add_representer(
    Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style="'"))


def main():
    os.makedirs(os.path.join(OUT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "transcripts"), exist_ok=True)
    groups = {}
    for g in GROUPS:
        gcfg, roster, lines = build(g)
        groups[g["gid"]] = gcfg
        with open(os.path.join(OUT, "rosters", g["gid"] + ".yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(roster, f, allow_unicode=True, sort_keys=False, width=200)
        with open(os.path.join(OUT, "transcripts", g["gid"] + ".jsonl"), "w", encoding="utf-8") as f:
            for rec in lines:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(g["gid"], len(lines), "messages")
    with open(os.path.join(OUT, "groups_b.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump({"groups": groups}, f, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
