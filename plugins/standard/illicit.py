"""R04's offers by their mechanism: what is offered, and how to get it.

Spam that sells porn, gambling, fraud or illicit services is written to slip past word
lists: every sender words it anew, splits and disguises the words, and swaps the contact.
What does not change is its shape: **something illicit on offer** and **a way to get it**
(a handle, a number, 私聊, 主页, 飞机, 进群, 扣1). So each family here has a few *strong*
offers that are illicit whatever surrounds them (学生妹, 代开发票, 代收大额资金, 导师带单),
and *weak* ones that count only with a way to get them or a second sign (同城 + 私聊,
办证 + 全国可做, 兼职 + 一单15元 + 招). Fraud is told by its moves instead: a stranger's
job that pays per task, a request for a code or a card number, an account "frozen" until
you log in, an urgent transfer from a "new number", a prize to claim.

All of it runs on the normalised text (:func:`classmod.text.normalize`: no spaces, emoji or
punctuation, simplified, lower case); R04's warning cues still veto what they govern
("警惕刷单", "远离赌博"), and a message naming 诈骗 or 反诈 is a warning.
"""

from __future__ import annotations

import re

from classmod.rules.standard.lexicon import Hit

from classmod.context import MessageContext
from classmod.text import normalize

from ._common import gate_for, literal_anchors, without_quotes

# A way to get it: a contact, a handle or number, a group, a call to reply.
_LURE = re.compile(
    r"私聊|私我|私信|私发|主页|加我|加好友|加v|加微|加薇|vx|v信|薇|威信|徽信|扣扣|qq|q群|tg"
    r"|卫星|绿泡泡|抠抠|企鹅号|嶶"
    r"|飞机(?=[a-z0-9]|号|群|频道|搜|联系)"
    r"|电报|扣1|联系|进群|入群|群号|电话|客服|详谈|详聊|有意|要的|需要的|想要的|滴滴|下载|注册"
    r"|点击|登录|看我|备注|拉你|留言|找我|同号|带你(?:一起|了解|赚|理财|进|上车)|想上车"
    r"|扫码|二维码|扫一扫|长按识别|加入我们|加入团队|推荐亲友"
)
# ... or an id: a number (in any numerals) or a handle with digits.
_ID = re.compile(r"[0-9零一二三四五六七八九壹贰叁肆伍陆柒捌玖〇]{6,}|[a-z]{2,}[0-9]{3,}")
_ID_NEEDS = gate_for(_ID)
# How illicit trade advertises itself.
_TRADE = re.compile(
    r"全国可做|全国可查|全国发货|全城可到|价格私聊|长期合作|诚信经营|安全保密|老客户介绍|加急"
    r"|可查可验|可查验|可验真|当天出|当天到|包成功|全程保密|货到付款|进店|现货|批发|出售|收购"
    r"|高价收|代办|专业|防身"
    # how goods and papers made to order sell themselves: "都能开", "先验后付", "三个点",
    # "跟真的一模一样", "同城当面交易", "走物流", "网上可查", "包办包进", "内部流出"
    r"|都能(?:开|出|做|办)|均可(?:开|出|做|办)|保真|先验后付|验证后付款?|量大从优|[一二三四五六七八九\d]个点"
    r"|一模一样|跟真的|当面交易|送货|走物流|可以快递|包邮|可代填|网上可查|可查|包办|包进|拿证|出证"
    r"|挂靠|有关系|内部流出|流出|泄露|抢先看|实时发|考场内|实时更新|一万条|批量|按[^。]{0,6}分类"
    r"|[一二三四五六七八九十两\d]+(?:张|套|份|条|箱|克)[一二三四五六七八九十两百千万\d]+"
)

_PORN_STRONG = re.compile(
    r"学生妹|外围(?:女|模特|空姐|服务|资源|妹)|高端外围|真人上门|mm上门|妹子上门|美女上门|小姐姐上门"
    r"|少妇上门|(?:少妇|学生妹|小姐姐)[^。]{0,12}?(?:可上门|上门服务|包夜)"
    r"|约炮|一夜情|纯一夜|原味(?:袜|内衣|内裤|丝袜|私房)|私房照|涩图|涩涩|s情|色图|黄图"
    r"|成人(?:影片|影院|视频|直播|网站|电影|资源|游戏)|不雅(?:视频|照)|大尺度(?:照|视频|图|直播)"
    r"|裸聊|裸照|男公关|迷情|深夜直播|私密(?:直播|相册)|在线脱|不穿了|下海(?!经商|创业)"
    r"|求包养|包养(?:女|学生|大学生)|富婆(?:通讯录|求子)|重金求子|借种|伴游|陪睡|性服务|色片|a片"
    r"|av(?:女|片|资源|网站)|片源|番号|磁力链|看片神器|飞机杯|充气娃娃|情趣用品|成人用品"
    r"|性药|迷奸|约操|激情(?:视频|直播|聊天|裸聊)|裸(?:体|露)(?:视频|直播|照)|露点|走光(?:视频|照)"
    r"|h漫|黄漫|福利社|onlyfans"
    # lures in other words: "免费看黄", "全程无遮挡", "女优同款", "求一个暖床的", "色色的都在"
    r"|看黄(?!瓜|豆|山|河|鹤|金|页)|无遮挡|女优|暖床|色色(?:的|资源|视频|直播)|调教(?:道具|视频|教程)"
)
_PORN_WEAK = re.compile(
    r"同城|附近(?:的)?(?:妹子|美女|小姐姐|单身|女生)|妹子资源|寂寞|空虚|睡不着.{0,6}视频"
    r"|视频陪|陪你|单身的?(?:兄弟|男士|男人|哥哥)|夜猫子|老司机|懂的|资源(?:群|合集|共享)"
    r"|丝袜|美腿|有缘人|不谈感情|只要你(?:够|身体)|足浴|会所|想要的服务|特殊服务|上门服务"
    r"|网红.{0,4}视频|刚流出|完整版|壮阳|情趣|萝莉|御姐|嫩模|私拍|包夜|约吗|聊骚|你懂的"
    # a stranger's come-on: "哥哥在吗", "小哥哥要不要看直播", "尺度你懂的", "一个人在家好无聊"
    r"|小哥哥(?:在吗|要不要|想看)|尺度|一个人(?:在家|睡)|视频(?:聊聊|陪|看全部)"
    r"|来找我玩"
)
#: The stakes of a game: "一块钱一局", "五元一分", "输赢微信结", "带彩".
_STAKES = (
    r"(?:[一二两三四五六七八九十\d]+(?:块|元|毛)(?:钱)?(?:一局|一把|一分|一番|一盘|一底|一炮)"
    r"|输赢(?:用|走)?(?:微信|支付宝|红包|转账|现金)结?|带彩|现金局)"
)
_GAMBLING_STRONG = re.compile(
    r"博彩|网赌|网投(?!票)|百家乐|时时彩|ssc(?![a-z])|幸运28|pc28|龙虎斗|牌九|推筒子|炸金花|真人(?:荷官|视讯)"
    r"|滚球|稳胆|包红|不红退款|回血上岸|专业回血|帮你回血|出款|不黑钱|彩金|返水|首充"
    r"|导师(?:免费)?带单|带单(?:老师|导师)|跟投|连红(?!绿)|期期必(?:中|推)|每期必(?:中|推)|一把回本|再借.{0,4}上桌"
    r"|麻将胡了|pg电子|一元一分|人满即开|下注|押注|梭哈|买码|(?:这期|下期|本期)(?:包中|必中|稳中)"
    r"|赌场|赌博平台|线上赌|真人娱乐|娱乐城|电子游艺|老虎机|特码|投注|盘口|赌球|外围(?:赛|球|盘)"
    r"|首存|存送|彩票平台|幸运飞艇|北京赛车|pk10|极速赛车|快乐十分|骰宝|真钱"
    r"|提现秒到|上下分"
    # a race tipped: "跑马贴士，第五场7号必赢"
    r"|跑马(?:贴士|心水)|马会(?:贴士|心水|内幕)|第[一二三四五六七八九十\d]+场[^，。]{0,4}?(?:必赢|必中|稳赢)"
    # "做菠菜代理", "筹码1:1兑换", an English casino ad
    r"|菠菜(?:代理|平台|网站|担保|盘)|做菠菜|筹码\d*[:比]?\d*兑换|casino|baccarat|slots"
    # a card or mahjong game for money: "斗地主，一块钱一局，输赢微信结", "麻将一块一分"
    r"|(?:斗地主|麻将|扑克|牛牛|斗牛|掼蛋|跑得快|字牌|跑胡子|三公|德州|打牌)[^。]{0,12}?"
    + _STAKES
    + r"|(?:输赢(?:用|走)?(?:微信|支付宝|红包|转账|现金)结?|带彩|现金局)[^。]{0,12}?"
    r"(?:斗地主|麻将|扑克|牛牛|斗牛|掼蛋|跑得快|字牌|跑胡子|三公|德州)"
)
#: Words of betting itself: a weak gambling offer needs one of them ...
_GAMBLING_CORE = re.compile(
    r"菠菜|快三|彩票|竞彩|比分|快乐8|宾果|双色球|大乐透|麻将|跟单|必中|稳单|回本|赢回来|追号|开奖|上分"
    r"|下分|赔率|捕鱼|体彩|福彩|六合|彩"
    # betting on a match or a race: "让一球半", "想跟的进群看单", "24小时开盘", "德州扑克"
    r"|让(?:一|半|两|1)?球|看单|大小球|开盘|赛马|赛狗|虚拟足球|德州扑克|约局"
)
#: ... and one more sign of the trade, with a way in.
_GAMBLING_WEAK = re.compile(
    _GAMBLING_CORE.pattern
    + r"|足球|篮球|nba|老哥|平台|计划|推荐|预测|分析群|战绩|跟上就|翻十倍|上车"
    r"|提现|充值|注册送|娱乐|电子|真人|线上|结算|牌友|俱乐部|下了\d|稳了"
    # sure to win: a fan says it of a match ("利物浦稳赢"); a tipster of a bet
    r"|包赢|稳赢|必赢"
)
_FRAUD = re.compile(
    # a job that pays per task, offered to strangers
    r"(?:刷单|点赞|助力|关注|试玩|打字|手工活|兼职|jz|录入|做任务|刷流水|刷信誉|点赞员|打字员|副业"
    r"|任务员|刷刷手机|在家上班)"
    r"[^。]{0,24}?(?:一单|每单|日结|做完就结|日赚|日入|月入|月赚|佣金|提成|结算|计件|押金|返现|提现"
    r"|一天[0-9一二两三四五六七八九十百千]+|一个赞|收入|多挣|挣[0-9一二两三四五六七八九十百千]|赚钱"
    r"|任务群|提现记录)"
    # votes paid for: "帮忙投票也能赚钱！一票一块"
    r"|投票[^。]{0,6}?赚钱|一票[一二两三四五六七八九十\d]+(?:块|元|毛|角)"
    # a code, a card number or a screen asked for
    r"|(?:提供|回复|发给|发我|告诉|填写|输入|开通|操作)[^。]{0,12}?(?:验证码|银行卡号|身份证号"
    r"|身份证正反面|支付宝账号|(?:支付|银行卡|账户|取款)密码|屏幕共享|共享屏幕)"
    r"|(?:验证码|银行卡号|身份证号|支付宝账号)[^。]{0,8}?(?:进行认证|认证|核验|发给|发我)"
    # an account "frozen" or a parcel "lost" until you act; a fine, a refund or points
    # waiting ("您有一条违章记录未处理…点击", "您名下的银行卡涉嫌…", "您购买的商品因质量问题…")
    r"|(?:您的|你的|您名下|你名下|您有一[笔条份项]|您购买的|你购买的|您在我)[^。]{0,12}?"
    r"(?:冻结|停用|失效|异常|违规|涉嫌|丢失|无法派送|存在风险|被抽中|额度可提升|违章|罚款"
    r"|注销|封禁|下架|卡单|质量问题|未领取|未处理|逾期|已开通)"
    r"[^。]{0,30}?(?:认证|核验|验证|登录|点击|更新|办理|解冻|回复|激活|理赔|退款|领取|保证金|提供"
    r"|处理|拨打|核实|申诉|添加|联系|兑换|申请|回电|配合)"
    # money for a relative or a pupil "in hospital": "孩子…正在医院抢救，请速转2万元手术押金"
    r"|(?:抢救|住院|车祸|摔了一跤|受伤|出事)[^。]{0,30}?(?:请|速|先|马上|赶紧|需要|需)速?(?:转|交|缴|打)"
    r"[^。]{0,10}?"
    r"(?:押金|手术费|医药费|住院费|保证金|到以下|到这个)"
    # the "boss", the "cousin": "我是你们王总…先转3万到这个账户", "对方说账户变了，要转到新账户"
    r"|我是你(?:们|的)?[^，。]{0,3}(?:总|领导|老板|经理|表弟|表哥|表姐|表妹|堂弟|堂哥|舅舅|外甥)"
    r"[^。]{0,40}?(?:转|汇|打)(?:到|给|我|钱|账|[0-9一二两三四五六七八九十])"
    r"|(?:账户变了|换了账户|更换账户|新账户)[^。]{0,12}?(?:转|汇|打)"
    # money that grows for whoever follows: "在一个平台投资黄金，已经赚了20多万…你要不要试试"
    r"|(?:投资|理财|期货|黄金|平台|股票|原始股)[^。]{0,16}?(?:赚了|挣了|翻)[^。]{0,10}?(?:万|倍)"
    r"[^。]{0,30}?(?:你要不要|你想|带你|推给你|试试|了解一下|了解吗|占个名额|先打钱)"
    # a prize to claim
    r"|(?:恭喜|幸运|抽中|被选为|获得本期)[^。]{0,40}?(?:领取|领奖|登记|添加客服|加客服|奖品)"
    # a member's account taken over, asking the group for money: "我在医院急用钱，…谁能先借我
    # 两千，直接转到我女儿卡上"
    r"|(?:急用钱|急需[^。]{0,8}?(?:钱|元|块|费|押金|千|百))[^。]{0,30}?(?:借我|借给我|转(?:到|给|一下)|打到|先借|借两"
    r"|帮我(?:转|垫)|垫一下)"
    # a job abroad too good to be true
    r"|(?:海外|国外|出国|东南亚|缅甸|柬埔寨|迪拜)(?:工作|务工|高薪|招聘)[^。]{0,20}?(?:月入|高薪|包吃住"
    r"|包机票)"
    # an urgent transfer from a "new number" or a "boss"
    r"|(?:新号|手机掉|换号了|在开会|不方便接电话|别告诉|不要告诉|出了点事|被扣了|保释)[^。]{0,30}?"
    r"(?:转到|转账|汇款|打到|垫付|借我|先借|转一笔|打钱|保释金|[0-9]{16,19})"
)
#: Fraud by its price of entry: a fee paid first for money promised ("下款前交五百元保证金",
#: "请先交一千元公证费，奖金即刻到账"), a membership bought to be given paid tasks, a reward
#: for forwarding ("转发这条消息到三个群，截图给我，就能领取88元红包").
_ADVANCE_FEE = re.compile(
    r"(?:先|前)(?:需要|需|要|得|请)?(?:交|付|缴|转|充|打)[^。]{0,8}?(?:手续费|保证金|公证费|解冻费|激活费|审核费|认证费"
    r"|评审费|税费|个税|开卡费|办卡费|会员费|会费|培训费|运费|工本费|办理费)"
    r"|(?:先|需要?)(?:购买|开通|充值)(?:会员|vip)[^。]{0,12}?(?:任务|回本|赚|提现)"
    r"|转发[^。]{0,12}?(?:群|朋友圈)[^。]{0,16}?(?:领取|领|送|得)[^。]{0,6}?(?:红包|元|礼)"
)
_ADVANCE_FEE_NEEDS = gate_for(_ADVANCE_FEE)
#: The words a fraud pattern above can start with: one cheap search spares the pattern.
_FRAUD_FIRST = re.compile(
    r"刷单|点赞|助力|关注|试玩|打字|手工活|兼职|jz|录入|做任务|刷流水|刷信誉|副业|投票|一票|任务员"
    r"|刷刷手机|在家上班|提供|回复|发给|发我|告诉|填写"
    r"|输入|开通|操作|验证码|银行卡号|身份证号|支付宝账号|您的|你的|恭喜|幸运|抽中|被选为|获得本期|海外"
    r"|国外|出国|东南亚|缅甸|柬埔寨|迪拜|新号|手机掉|换号了|在开会|不方便接电话|别告诉|不要告诉|出了点事"
    r"|被扣了|保释|您名下|你名下|您有一|您购买的|你购买的|您在我|抢救|住院|车祸|摔了一跤|受伤|出事"
    r"|我是你|账户变了|换了账户|更换账户|新账户|投资|理财|期货|黄金|平台|股票|原始股|急用钱|急需"
)
#: Fraud that needs a way in: money that grows by itself, credit and debt services outside
#: the law ("稳赚", "日收益3%", "征信修复", "套现" with a contact).
_FRAUD_LURED = re.compile(
    r"稳赚|躺赚|翻(?:五倍|十倍)|收益翻倍|本金翻倍|资金翻倍|日收益|每月分红|保本保息|高收益|内部消息|拉盘"
    r"|稳定套利|搬砖套利|跟着操作|内部牛股|带你一起赚|截图为证"
    r"|征信修复|修复征信|铲单|洗白|套现|代还|空卡垫还|黑户|白户|下款|停催|被爆通讯录"
    r"|无抵押|免息|秒批|当天放款|放款|网贷|额度提升|提额"
    # money that grows on its own: "投一万每天返一百五", "保底年化二十四", "上市后至少翻二十倍"
    r"|(?:每天|每日|每月|每周|日|月)返(?:[一二三四五六七八九十百千\d]|百分之)|保底(?:年化|收益)?[一二三四五六七八九十\d]"
    r"|年化[一二三四五六七八九十\d]|翻[一二三四五六七八九十二\d]+倍|稳赢|必涨|原始股|回本[^。]{0,3}[一二三四五六七八九十\d]+倍"
    r"|内部(?:控制|额度|点位|渠道|方案|持股)|打新"
    # credit outside the law: "均可贷", "不查征信", "空放", "额度套出", "三分钟到账"
    r"|均可贷|都能贷|空放|额度套|套出|消除[^。]{0,6}征信|不良征信"
    r"|(?:数字货币|虚拟币|usdt|比特币|区块链|币圈|期货|外汇)[^。]{0,20}?(?:带你|一起赚|平台|收益|跟单"
    r"|带单|行情)"
)
_FRAUD_LURED_FIRST = re.compile(
    r"稳赚|躺赚|翻|收益|本金|资金|日收益|每月分红|保本|高收益|内部|拉盘|稳定套利|搬砖|跟着操作|带你"
    r"|截图为证|征信|修复|铲单|洗白|套现|代还|空卡|黑户|白户|下款|停催|被爆|无抵押|免息|秒批|当天放款"
    r"|放款|网贷|额度|提额|数字货币|虚拟币|usdt|比特币|区块链|币圈|期货|外汇"
    r"|每天|每日|每月|每周|日返|月返|保底|年化|稳赢|必涨|原始股|回本|打新|均可贷|都能贷|空放|套出|消除"
    r"|不良征信"
)
#: Credit outside the law: two of these make an offer without a way in (a loan's plain
#: marketing, "无抵押…当天下款", is an ad, not this).
_ILLEGAL_CREDIT = re.compile(
    r"套现|代还|额度套|套出|空放|不查征信|不看征信|均可贷|都能贷|黑户|白户|消除[^。]{0,6}征信|不良征信"
    r"|征信修复|修复征信|铲单|洗白|停催|空卡垫还"
)
#: A task job needs a stranger's recruiting voice too: "宝妈学生都能做", "招", "名额有限".
_RECRUITS = re.compile(r"招|都能做|不交押金|名额有限|无需经验|在家就能做|在家也能|轻松|宝妈|学生")
_TASK_PAY = re.compile(
    r"刷单|点赞|助力|关注|试玩|打字|手工活|兼职|jz|录入|做任务|刷流水|刷信誉|副业|任务员|刷刷手机"
    r"|在家上班"
)
_ILLICIT_STRONG = re.compile(
    r"办理各类证件|各类证件办理|制作假证|证件办理|刻章|刻制印章|私刻|代开(?:各类)?(?:正规)?(?:发票|增值税)"
    r"|代开发票|代考|替考|改学籍|查开房|开房记录|查通话记录|查户籍|查聊天记录|盗号"
    r"|查(?:他|她|对方)的?(?:微信|qq)?聊天记录|内部试题|内部原题|试卷提前看|原题答案"
    r"|姓名查身份证|查手机机主|公民信息|收购个人信息|家长数据|学生数据|一手数据"
    r"|代收(?:大额)?(?:资金|款)|承接大额|走账|跑分(?:平台|挂机|赚|车队|app|招人|日结)|洗钱|地下钱庄|收u|回收usdt|高价回收u"
    r"|收购(?:银行卡|电话卡|对公账户)|出售(?:银行卡|实名|手机卡|微信号|qq号)|卖卡|收卡"
    r"|仿真枪|气枪|钢珠|管制刀具|麻醉针|迷药|听话水|不用处方|曲马多|冰毒|k粉|(?:办|做)(?:理)?成年身份证"
    r"|办理(?:学历|文凭|毕业证|学位证|驾照|护照|港澳通行证|健康证|资格证|职称)|真章|假章"
    r"|出售(?:个人信息|身份证|户口|公民|手机号码)|买卖(?:个人信息|身份证|户口|公民|手机号码)"
    r"|收购(?:身份证|户口|公民|手机号码)|猎枪|弓弩|电击器|麻古|笑气"
    r"|听话药|窃听|针孔摄像|偷拍设备|作弊器|恢复聊天记录|开盒|卡农|收款码出租|出租收款码"
    r"|出租银行卡|出租微信|码商|水房|过账|u商|承兑商|赃款|黑客(?:技术|服务|入侵)"
    r"|代孕|卖肾|驾照销分|代扣分|户口代办|包进编|游戏外挂|透视自瞄|代写论文|论文代写"
    # papers made to order: "代办残疾证", "银行流水代做", "病假条…三甲医院盖章", "不用体检当天拿证"
    r"|代(?:办|做|开)(?!学生证|借书证|准考证|校卡|入学|转学|手续)[^。，]{0,6}?"
    r"(?:证(?!明天|书包)|证明|流水|学历|文凭|病假条|诊断)"
    r"|(?:证明|流水|病假条)[^。，]{0,3}代做|(?:病假条|诊断证明|住院证明)[^。]{0,12}?(?:盖章|可查|代开)"
    r"|不用(?:体检|考试)[^。]{0,6}?(?:拿证|当天拿|包过)|学信网可查|驾照分|扣分代消|代消分"
    # people's data and accounts: "手机号查机主", "收银行卡一类卡二类卡", "二手身份证", "接码平台"
    r"|查(?:机主|住址|车主|开房)|(?:手机号|身份证|车牌)查|一类卡|二类卡|二手身份证|接码|改号软件"
    r"|显示任意号码|代实名|过人脸|实名卡|赌粉|贷款粉|不问资金来源|资金盘|卡u|跑分码"
    # exams and courses done for you: "四六级答案考前30分钟发出", "网课代刷", "中考真题提前拿"
    r"|代刷|答案考前|考前[^。]{0,6}?答案|真题提前|提前拿(?:题|卷|答案)|期末考试也能代"
    # drugs by what only their trade says, weapons, cheating gear, invoices to order
    r"|纯度(?:高|[一二三四五六七八九\d])|依托咪酯|开心水|作弊(?:耳机|设备|工具|神器)|催泪(?:喷雾|瓦斯)"
    r"|空白发票|fp代开|代开fp|fpdk|发票代开|(?:试卷|考题|真题|原卷|答案)[^。]{0,6}?(?:泄露|流出|外泄)"
)
_ILLICIT_WEAK = re.compile(
    r"办证|假证|证件|定位|跑分|枪支|发票|包过|改成绩|改分|外挂|病假条|诊断证明|毕业证|学位证|驾驶证|印章|公章|数据|手机卡"
    r"|银行卡|试题|原题|试卷|答案|内部招工|实名号|老号|四件套"
    # papers, data, accounts, exam papers, weapons and drugs sold without a strong word
    r"|票据|开票|专票|普票|fp(?![a-z])|手机号|通讯录|对公账户|公司户|电话卡|出卡|收卡|学籍|户口"
    r"|出生医学证明|准生证|学历|证书|居住证|原卷|考题|卷子|押题卷|真题|电棍|喷雾|弩|火药|雷管|炸药"
    r"|改装|减肥药|电子烟|甩棍|伸缩棍|蝴蝶刀|指虎"
)


#: Exam papers, which are leaked only before the exam: last year's are sold openly.
_PAPERS = frozenset({"试题", "原题", "试卷", "答案", "原卷", "考题", "卷子", "押题卷", "真题"})
_PAST_PAPERS = re.compile(r"去年|往年|历年|前年|上一届|上届|往届")

#: Matches that a letter or character just before undoes: "官网投票" is no 网投, "classc" no
#: ssc, "dav" no av, "不懂的" no 懂的 (checked after the search, so the patterns keep a
#: literal start, which the regex engine scans for fast).
_BAD_BEFORE: dict[str, str] = {
    "网投": "官",
    "ssc": "abcdefghijklmnopqrstuvwxyz",
    "懂的": "不",
    # a colour or a feature before a picture: "一身红色 图个吉利", "彩色图", "特色图"
    "色图": "红黄蓝绿白黑紫粉灰彩颜特角景出音脸物本底金银橙褐棕肤暖冷亮暗浅深",
    # hot water, not laundered money: "今晚先用开水房的"
    "水房": "开热茶洗",
    # a child at home alone: "孩子一个人在家没人管" is no come-on
    "一个人在家": "子娃他她",
    "一个人睡": "子娃他她",
}


def _search(pattern: re.Pattern[str], norm: str) -> re.Match[str] | None:
    for m in pattern.finditer(norm):
        term, start = m.group(0), m.start()
        bad = _BAD_BEFORE.get(term) or (
            "abcdefghijklmnopqrstuvwxyz" if term.startswith("av") else ""
        )
        if not (bad and start and norm[start - 1] in bad):
            return m
    return None


def _distinct(pattern: re.Pattern[str], norm: str) -> int:
    return len({m.group(0) for m in pattern.finditer(norm)})


class _Lure:
    """Whether the text gives a way in, worked out once and only when asked."""

    __slots__ = ("_norm", "_value")

    def __init__(self, norm: str) -> None:
        self._norm = norm
        self._value: bool | None = None

    def __bool__(self) -> bool:
        if self._value is None:
            n = self._norm
            self._value = _LURE.search(n) is not None or _ID.search(n) is not None
        return self._value


def _hit(m: re.Match[str] | None, tag: str) -> Hit | None:
    return None if m is None else Hit(m.group(0), tag, 1, m.start(), m.end())


#: Vice in a word that alone is no offer, with an account, number or site to reach the seller
#: (see :func:`_reached`): a betting table ("骰子局开桌了，一注十块 v❤vivi845"), porn, a
#: money scheme, illicit goods. Each word is a trade's own, not everyday talk.
_VICE_REACHED: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"骰子|一注|开桌|现金局|红包扫雷|扫雷群|合买|倍投|计划群|押注|葡京|斗地主现金|三缺一"
            r"|六合|qi牌|体彩代购|代打票|哈希彩|哈希竞猜"
        ),
        "gambling",
    ),
    (
        re.compile(
            r"大保健|约不约|同城约|裸照|裸体|可脱|小黄书|情趣|新到一批妹|涩|无码|无ma|绅士专属"
            r"|宅男|那种电影|按分钟收费|xing福|男士专享|丝足"
        ),
        "porn",
    ),
    (
        re.compile(
            r"杠杆|喊单|新币|私募|原始股|牛股|挖矿|互助盘|资金盘|外汇|稳定盈利|回血|百倍"
            r"|漏洞|一分钱买|保障服务|学生贷|认证失效|重新实名|捐一百|投一千|返百分之|每年返|到期还本"
        ),
        "fraud",
    ),
    (
        re.compile(
            r"电棍|夜视仪|套牌|处方药|军火|真家伙|科学上网|上网工具|翻墙|监控软件"
            r"|军刺|蝴蝶刀|管制刀具|射钉枪|改装枪|仿真枪|气枪"
            r"|减肥药|西布曲明|户口买卖|学区落户|包入学|发piao|家长信息|学生信息"
            r"|考试答案|考试da案|da案"
        ),
        "illicit",
    ),
)
#: Schemes sold to strangers, each by its trade's own promise, with a way in (LABELS.md
#: illegal: fraud, superstition; the corpora's writers agree on counterfeits and fake cures):
_SCHEMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            # a cure promised: "三天根治", "永不复发", "无效退款", "祖传秘方", "一个月瘦二十斤",
            # "贴七天摘眼镜", "专治多动症"
            r"根治|包治|永不复发|药到病除|无效退款|无效全额退款|专治(?!疗)|神药|特效药|祖传(?:秘方|中药|草药|药)"
            r"|瘦[\d一二三四五六七八九十两]+斤|长[\d一二三四五六七八九十两]+(?:厘米|公分|cm)|摘(?:掉)?眼镜"
            # money that comes back more: "投入三千一个月后返四千五" (a member who brings members,
            # "每拉一位新人返佣一百", is 传销: LABELS.md ad, R06's)
            r"|投入[^。]{0,10}?返"
            # tips that make money, credit no bank would give: "股票群老师每天推荐三只票",
            # "不查征信", "校园分期，凭学生证即可借款"
            r"|(?:股票|炒股|牛股|荐股)[^。]{0,8}?(?:群(?![里有])|老师|导师)|荐股|不查征信|不看征信|不查负债"
            r"|校园贷|学生贷|校园分期|凭学生证|凭学籍"
            # a job that costs a fee first: "入职需缴纳一百五十元培训费", "需办理工作证一百二十元"
            r"|(?:入职|上岗|工作证|健康证)[^。]{0,10}?(?:费|押金|[\d一二三四五六七八九十百两]+元)"
            # an account's password asked for: "登录…输入QQ号和密码" (not advice: "把微信密码…检查")
            r"|(?:输入|提供|填写|发给?|告诉)[^。]{0,6}?(?:qq|微信|游戏|账号)号?(?:和|及|与)?密码"
            r"|(?:qq|微信|游戏|账号)号?(?:和|及|与)?密码[^。]{0,4}?(?:发给|告诉|提供)"
        ),
        "fraud",
    ),
    # (goods made to pass for a brand, "高仿", "一比一复刻", are selling, LABELS.md ad: its
    # list of illegal content has no counterfeits, and the corpora's writers split on them)
    (re.compile(r"假身份证"), "illicit"),
    (
        # numbers and card games for money: "跟我买码，这期包中", "线上扎金花斗牛"
        re.compile(r"买码|扎金花|炸金花|斗牛(?!士)|牛牛"),
        "gambling",
    ),
    (
        # luck sold: "喝一碗符水", "做一场法事开文昌运", "改个名字就能转运", "化太岁"
        re.compile(r"符水|开光|改运|转运(?!中心|站|仓|公司|物流)|法事|化太岁|文昌|算一卦|测八字"),
        "superstition",
    ),
    (
        re.compile(r"私密照|私密视频|(?:美女|妹子)[^。]{0,12}?(?:可上门|上门服务|包夜)"),
        "porn",
    ),
    (re.compile(r"聪明药"), "drugs"),
)
_SCHEMES_ANCHORS = literal_anchors(*(pattern for pattern, _tag in _SCHEMES))


#: The words every offer pattern's match starts with: a text holding none of them (nearly
#: every message) holds no offer.
_ANCHORS = literal_anchors(
    *(pattern for pattern, _tag in _VICE_REACHED),
    *(pattern for pattern, _tag in _SCHEMES),
    _PORN_STRONG,
    _PORN_WEAK,
    _GAMBLING_STRONG,
    _GAMBLING_WEAK,
    _ILLICIT_STRONG,
    _ILLICIT_WEAK,
    _FRAUD_FIRST,
    _FRAUD_LURED_FIRST,
    _ADVANCE_FEE,
)


#: Account theft offered as a service: by the trade's words, a price or a way in.
_STEALING_SOLD = re.compile(
    r"(?:专业|帮你|帮人|代|接单|承接|包)盗号|盗号(?:软件|工具|教程|服务|接单|业务)|服务[^。]{0,10}?盗号"
    r"|盗号[^。]{0,12}?(?:[\d一二三四五六七八九十百]+(?:元|块)|价格|价钱|私聊|私我|联系|加我|v)"
)


def find_offers(norm: str) -> list[Hit]:
    """The illicit offers in a normalised text, by family: ``porn``, ``gambling``, ``fraud``
    and ``illicit`` (documents, records, money laundering, weapons and drugs, fake exams)."""
    if not _ANCHORS.find_matches_as_indexes(norm):
        return []
    lure = _Lure(norm)
    found: list[Hit | None] = []
    m = _search(_PORN_STRONG, norm)
    if m is None and (weak := _search(_PORN_WEAK, norm)) is not None:
        m = weak if lure or _distinct(_PORN_WEAK, norm) >= 2 else None
    found.append(_hit(m, "porn"))
    m = _search(_GAMBLING_STRONG, norm)
    if m is None and (core := _GAMBLING_CORE.search(norm)) is not None:
        m = core if _distinct(_GAMBLING_WEAK, norm) >= 2 and lure else None
    found.append(_hit(m, "gambling"))
    m = _search(_ILLICIT_STRONG, norm)
    if m is not None and m.group(0) == "盗号" and _STEALING_SOLD.search(norm) is None:
        # "刚发现被盗号了", "现在这种盗号的太猖狂了", "看着像盗号发的广告": the victims and the
        # wary telling of it; only a service of it sold is an offer ("专业盗号，一单两百")
        m = None
    if (
        m is None
        and (weak := _ILLICIT_WEAK.search(norm)) is not None
        and not (weak.group(0) in _PAPERS and _PAST_PAPERS.search(norm) is not None)
    ):
        # with a way in, or sold in the trade's voice twice over ("都能开，先验后付")
        m = (
            weak
            if _TRADE.search(norm) is not None and (lure or _distinct(_TRADE, norm) >= 2)
            else None
        )
    found.append(_hit(m, "illicit"))
    m = _FRAUD.search(norm) if _FRAUD_FIRST.search(norm) is not None else None
    if m is not None and _TASK_PAY.match(m.group(0)) is not None:
        m = m if lure or _RECRUITS.search(norm) is not None else None
    if m is None and _ADVANCE_FEE_NEEDS.search(norm) is not None:
        m = _ADVANCE_FEE.search(norm)
    if m is None and _FRAUD_LURED_FIRST.search(norm) is not None:
        # with a way in, or two services of credit outside the law ("信用卡套现、代还、提额")
        m = _FRAUD_LURED.search(norm)
        if m is not None and not lure and _distinct(_ILLEGAL_CREDIT, norm) < 2:
            m = None
    if m is not None and _TASK_PAY.match(m.group(0)) is not None:
        m = m if lure or _RECRUITS.search(norm) is not None else None
    found.append(_hit(m, "fraud"))
    offers = [h for h in found if h is not None]
    if not offers and lure and _SCHEMES_ANCHORS.find_matches_as_indexes(norm):
        for pattern, tag in _SCHEMES:
            if (m := pattern.search(norm)) is not None:
                return [Hit(m.group(0), tag, 1, m.start(), m.end())]
    if not offers and _reached(norm):
        for pattern, tag in _VICE_REACHED:
            if (m := pattern.search(norm)) is not None:
                return [Hit(m.group(0), tag, 1, m.start(), m.end())]
    return offers


#: A site, a phone number or an account named as the way in.
_SITE = re.compile(
    r"[a-z0-9-]{2,}(?:\.|点|。|dot|\(点\))"
    r"(?:com|cn|net|top|me|vip|app|live|tv|cc|xyz|fun|shop|site|club|link|info|pro|io)"
)
_PHONE = re.compile(r"1[3-9][0-9]{9}|[0-9]{3}[0-9-]{6,}")
#: A WeChat handle after its "v" ("v❤vivi845", "Ⓥqing_7654", folded to "vvivi845", "vqing7654").
_V_HANDLE = re.compile(r"(?<![a-z])v(?!ip)[a-z_]*[0-9]{3,}")


def names_a_site(norm: str) -> bool:
    """Whether a normalised text names a site in any disguise ("caijintao(点)tv", "qpye。me")."""
    return _SITE.search(norm) is not None


def _reached(norm: str) -> bool:
    """Whether a normalised text gives an account with its ID, a phone number or a site."""
    if _ID.search(norm) is None and _SITE.search(norm) is None:
        return False
    return (
        _CONTACT.search(norm) is not None
        or _LURE.search(norm) is not None
        or _SITE.search(norm) is not None
        or _PHONE.search(norm) is not None
        or _V_HANDLE.search(norm) is not None
    )


#: The stricter half: an account, number, group or profile to reach the sender by (a call
#: to reply or a link to click is not one).
_CONTACT = re.compile(
    r"加我|加好友|加v|加微|加薇|加q|加扣|vx|v信|薇|威信|徽信|扣扣|qq|q群|tg|飞机(?=[a-z0-9]|号|群|频道)|扣1"
    r"|进群|入群|群号|主页"
    # the disguises of an account: 卫星 and 绿泡泡 for WeChat, 抠抠 and 企鹅 for QQ, 嶶 for 微
    r"|卫星|绿泡泡|抠抠|企鹅号|嶶"
)


def offers_reach(norm: str) -> bool:
    """Whether a normalised text names an account to add, with its ID ("加Q 2233445566",
    "vx：qian8821"): what a warning or a safety notice never gives."""
    return _CONTACT.search(norm) is not None and _ID.search(norm) is not None


def has_contact(norm: str) -> bool:
    """Whether a normalised text gives an account, number, group or profile to reach the
    sender by: what makes an illicit offer a contact lure too (LABELS.md ad)."""
    return _CONTACT.search(norm) is not None or (
        _ID_NEEDS.search(norm) is not None and _ID.search(norm) is not None
    )


#: Talk *about* scams and illicit trade rather than an offer of them (LABELS.md General 3:
#: naming a thing to warn against it is clean): a report (the news, a police notice, a
#: verdict: "新闻说…被判了三年", "通报…已被查处"), a warning ("大家千万别点", "一律挂掉",
#: "都是套路"), or a member asking whether it is one ("这靠谱吗", "是不是骗人的").
_TALKS_ABOUT = re.compile(
    r"新闻|报道|通报|央视|反诈|网信办|净网|纪录片|打掉|端掉|一锅端|捣毁|查处|查获|整治|打击"
    r"|落网|被判|判了|判刑|被抓|抓了|被拘|拘留|刑拘|立案|曝光"
    r"|千万(?:别|不要|不能)(?:点|信|碰|转|交|扫|填|上当|接|下载|加|理|参与|贪|沾)|一律(?:挂|删|不理|举报|拉黑|别|不要)|直接(?:挂|删|拉黑|举报|无视)"
    r"|(?:别|不要|不能|不敢)再?(?:点|碰|信|填|扫|接|回|理|沾|下载|交钱|交|转)"
    r"|(?:都|全)是(?:骗|套路|诈骗|赌博|假|陷阱)"
    r"|套路|骗局|骗人|骗子|被骗|诈骗|杀猪盘|差点被|上当|留个心眼|警惕|提防|举报|拉黑"
    # a victim told of, the scheme seen through, the reader warned: "被“快递理赔”骗了八千",
    # "其实是收集个人信息的", "基本都是引流割韭菜", "大家一定小心", "别急着进"
    r"|被[^，。！？!?]{1,10}骗|其实(?:就)?是|实际上是|说白了|本质上?是|无非是|割韭菜"
    r"|(?:一定|千万|务必)要?(?:小心|当心|注意|警惕|留心|看好)|别(?:急着|随便|乱)(?:进|加|点|信|填|扫|交|买)"
    r"|别浪费|防骗|防诈|告诉(?:家长|大人|老师|爸妈)|什么是|什么叫|是不是(?:出事|被骗|中招|上当)"
    r"|大家注意|(?:别|不要)通过|不会(?:通过|让你|要求你?|叫你)"
    # the law named, a lesson told, care urged: "出售个人信息是犯罪", "财商课讲了…", "大家谨慎"
    r"|是(?:犯罪|违法)|(?:犯罪|违法)的|课(?:上)?讲(?:了)?|大家(?:谨慎|小心|当心|警惕)"
    r"|靠谱吗|靠不靠谱|是不是(?:骗|真的|诈骗|套路)|是真的吗|真的假的|可信吗|能信吗"
    # a victim's story, and the school's warning: "借了网贷…天天有人打电话催债", "建议先报警",
    # "近期有不法分子以…为名，诱骗学生…这是违法行为"
    r"|借了|欠了|催债|催收|还不上|高利贷|不受法律保护|报警|不法分子|诱骗|谨防|防范|违法行为"
    # someone else's offer told of and asked about: "有人卖…押题卷…我们要不要买？"
    r"|有人(?:在)?(?:卖|发|推|拉)|要不要买|能不能买|该不该买"
    r"|刑事责任"
    # a comment on what someone just posted: "这是在招赌场代理，群主赶紧处理一下", "连赌场都
    # 来了", "这个号是怎么回事", "看到这些卖毒品的就来气", "笑气会让人瘫痪的"; the law it
    # breaks ("出事了是要坐牢的", "出租微信号也是帮信，你担责任")
    r"|^这(?:就)?是(?:在|骗|诈骗|赌|传销|广告|毒品|黑话|盗号|套路|跑分|洗钱)"
    r"|^(?:这种|那种|这些|那些|这个号|那个号)|都来了|群主(?:赶紧|快)?(?:处理|看一下|看看|管|踢|删)"
    r"|管理员|怎么回事|不合适|看好孩子|太恶心|来气|人渣|该(?:枪毙|抓|判)|坐牢|犯法|帮信|担责任"
    r"|别搞|别碰|瘫痪|上瘾|写得很清楚|这种说法"
    r"|正规(?:的|公司)?[^，。？?]{0,6}(?:会|吗)|谁了解|怎么看|安全吗|觉得呢|像是?(?:骗|洗钱|诈骗|盗号)"
)
#: A way to reach whoever posted it: what an offer has and talk about one does not.
_REACH = re.compile(
    r"私聊|私我|私信|私发|滴我|戳我|找我|联系我|加我|扫码|二维码|进群|入群|点击|咨询|下载|注册|来玩"
)


#: Someone else reaching out, told of: "有人加我", "对方私聊我", "骗子打电话找我".
_TOLD_OF = re.compile(
    r"(?:有人|有个|对方|陌生人|骗子)[^，。,.!！?？\s]{0,10}?"
    r"(?:加我|私聊我|私信我|找我|联系我|让(?:我|他|她|你|人)(?:加|扫|下载|点))"
)
#: A way in refused or forbidden: "不能随便扫陌生二维码", "我没扫", "千万别点".
_REACH_REFUSED = re.compile(
    r"(?:不能|不要|不敢|别|没有?|不会|从不|从来不)(?:随便|乱|再)?(?:扫码|扫|点击|点|加|下载|注册)"
)


def talks_about_offers(ctx: MessageContext) -> bool:
    """Whether the message reports, warns against or asks about a scam, porn, gambling or
    illicit trade it names, giving no way to reach anyone (no link, number, account or "私我"):
    a parent passing on a warning, not someone offering (R04, R06)."""
    folded = ctx.norm
    if _TALKS_ABOUT.search(folded) is None or ctx.links or "@" in ctx.text:
        return False
    if ctx.member.is_staff:
        return True  # a teacher's warning or advice ("网贷…建议先报警，学校可以帮忙咨询")
    told = own_words(ctx)
    return _REACH.search(told) is None and not has_contact(told)


def own_words(ctx: MessageContext) -> str:
    """The normalised text less what it quotes ("“福利资源+vx”的号", "“点击领取”的链接"),
    tells of someone else doing ("有人加我说…", "对方让他加微信"), offers one member ("我私信
    你") or refuses ("千万别扫"): where a way to reach the poster would have to be."""

    def compute() -> str:
        told = normalize(_TOLD_OF.sub("，", without_quotes(ctx.text)))
        told = _OFFERS_HELP.sub("", told)
        return _REACH_REFUSED.sub("，", told)

    return ctx.fact(own_words, compute)


#: A member offering to message another member privately (help, not a way in for buyers).
_OFFERS_HELP = re.compile(r"我(?:私信|私聊|私发|联系)(?:你|您)")


__all__ = [
    "find_offers",
    "has_contact",
    "names_a_site",
    "offers_reach",
    "own_words",
    "talks_about_offers",
]
