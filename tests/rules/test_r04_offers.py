"""R04's offers by mechanism (plugins/standard/illicit.py): something illicit on offer and a
way to get it; fraud by its moves. Examples written for these tests."""

from __future__ import annotations

import pytest
from classmod.rules.standard import r04_illegal
from classmod.rules.standard.illicit import find_offers

from classmod.model import Category
from classmod.testing import message_context
from classmod.text import normalize


def tags(text: str) -> set[str]:
    return {h.tag for h in find_offers(normalize(text))}


def check(text: str, sender: str = "p_he_mom", **message: str) -> list[str]:
    verdicts = r04_illegal.classmod_check_message(message_context(text, sender=sender, **message))
    assert all(v.category is Category.ILLEGAL for v in verdicts)
    return [v.sub_rule for v in verdicts]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # porn: a strong offer alone, a weak one with a way in
        ("本地学生妹，价格美丽", "porn"),
        ("寂寞的话来找我聊聊，主页有联系方式", "porn"),
        ("同城交个朋友吗，加我vx mm2233", "porn"),
        ("私密相册今晚更新了", "porn"),
        ("萝莉御姐都有，资源合集打包", "porn"),
        # gambling
        ("导师带单，跟着下注稳稳的", "gambling"),
        ("彩票计划群，每期推荐号码，进群私我", "gambling"),
        ("极速赛车 三分钟一期", "gambling"),
        # fraud by its moves
        ("招打字员，一单二十，宝妈在家就能做", "fraud"),
        ("您的医保账户已冻结，请尽快登录完成认证", "fraud"),
        ("请把收到的验证码发给我，帮你办理退款", "fraud"),
        ("恭喜您被抽中为幸运用户，请添加客服领取奖品", "fraud"),
        ("爸，我换号了，出了点事，先转两千到这个卡上 6222020200112233445", "fraud"),
        ("虚拟币平台带你一起赚，日收益百分之五，私聊", "fraud"),
        ("征信修复，黑户也能下款，联系我", "fraud"),
        # illicit trade
        ("代开各类发票，点数低", "illicit"),
        ("办理毕业证学位证，可查可验，私聊", "illicit"),
        ("代收大额资金，走账安全", "illicit"),
        ("收购银行卡，一套三千", "illicit"),
        ("出售一手家长数据，带手机号", "illicit"),
        ("代考包过，不过退款", "illicit"),
    ],
)
def test_offers_are_caught_by_family(text: str, family: str) -> None:
    assert family in tags(text)
    assert check(text)


@pytest.mark.parametrize(
    "text",
    [
        "学 生 妹 上 门",  # spaces
        "代❤开❤发❤票 全国可做",  # emoji between the characters
        "ＵＳＤＴ搬砖，日收益３％，加我ｖｘ",  # full width
        "代開發票 全國可做 聯繫我",  # traditional
        "办证 全国可做 电话一三八零零一三八零零零",  # the number in Chinese numerals
        "菠菜大平台 出款稳 私聊",  # the homophone 菠菜 for 博彩
    ],
)
def test_evasions_are_caught(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    [
        "今天午餐：红烧鸡腿、清炒菠菜、紫菜蛋花汤",
        "学校官网投票，每人一票，截止周五",
        "住校生周日返校带好床上四件套",
        "本学期学费发票已开好，电子发票可在学校缴费平台下载",
        "老师，请问孩子的校服尺码报错了，还能换吗？",
        "坐了一天飞机，一个人很寂寞",
        "会员日积分翻倍，到店有礼",
        "快三个礼拜没下雨了",
        "小米手表有手机定位功能，孩子走丢能找到",
        "新闻说警方集中销毁了一批假证",
        "有不懂的会后找我",
        "这周末带孩子去看足球比赛，大家有推荐的球场吗",
        "请家长提醒孩子不要把验证码告诉任何人",  # a warning names what it warns against
        "警惕刷单诈骗，一单几十块的兼职都是骗局",
        "孩子的电话手表有人加好友发红包，我已经删了，提醒大家注意",
        "今晚直播间儿童秋装清仓，需要的加我",  # an ad (R06), not porn
    ],
)
def test_school_talk_that_shares_words_with_offers_is_clean(text: str) -> None:
    assert check(text) == [], text


def test_a_member_posing_as_staff_and_asking_for_money_or_a_contact_is_fraud() -> None:
    posing = "各位家长好，我是班主任，本学期资料费每人268元，请扫码缴费"
    assert check(posing, sender="p_he_mom") == ["fraud"]
    assert check("我是你们校长，你加一下我私人号码，不要告诉别人", sender="p_he_mom")
    assert check(posing, sender="t_zhou") == []  # the rostered teacher's own notice
    assert check("我是何雨彤妈妈，班费已经转账给家委会了", sender="p_he_mom") == []


def test_free_of_charge_is_no_warning_word() -> None:
    # "不要钱" is no "不要" warning: the lure after it still counts
    assert check("约吗？同城的，不要钱，只要你够持久，私聊")
    assert check("不要钱的讲座，大家可以去听") == []


@pytest.mark.parametrize(
    "text",
    ["跑分车队招人 费率千八 日结", "公务员考试 内部试题 提前一周拿到", "帮你查他的微信聊天记录"],
)  # fmt: skip
def test_laundering_crews_leaked_papers_and_spying_for_hire(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # porn lures in other words
        ("免费看黄，加我拉你进群，群里啥都有", "porn"),
        ("扫码下载👇午夜直播全免费，今晚主播全程无遮挡", "porn"),
        ("一个人睡觉太冷，求一个暖床的，限本地，有意的私我", "porn"),
        ("小哥哥要不要看直播😘 房间号8866，尺度你懂的", "porn"),
        # gambling by the match, the table and the casino
        ("兄弟我现在做菠菜代理，一个月躺赚两三万，你要不要一起", "gambling"),
        ("周末英超曼城让一球半稳了，我已经下了五千，想跟的进群看单", "gambling"),
        ("德州扑克俱乐部招新，线上约局，筹码1:1兑换，进群找我", "gambling"),
        ("线上 casino 新开业, deposit 100 get 200, contact WhatsApp", "gambling"),
        # fraud scripts
        ("【交管】您有一条违章记录未处理，罚款200元，逾期将产生滞纳金，点击处理", "fraud"),
        ("您名下的一张银行卡涉嫌电信诈骗已被冻结，请配合视频笔录，不得告诉任何人", "fraud"),
        ("【淘宝客服】您好，您购买的商品因质量问题已被平台下架，我们将为您办理三倍理赔", "fraud"),
        ("小刘，我是你们王总，我这边在开会，你先转3万到这个账户", "fraud"),
        ("家长您好，您孩子在学校突发疾病正在医院抢救，请速转2万元手术押金到以下账户", "fraud"),
        ("我在一个平台投资黄金，已经赚了20多万，你要不要试试？我把导师微信推给你", "fraud"),
        # papers, data and exams done for money
        ("代办残疾证、低保、贫困证明，内部有人，价格好商量，私聊", "illicit"),
        ("銀行流水、收入證明代做，貸款簽證都能用，聯繫微信：ls_dz88", "illicit"),
        ("帮你查人：手机号查机主、身份证查住址，一次两百，TG搜 chaxun_bot", "illicit"),
        ("收银行卡，一类卡二类卡都要，价格8000起，T G找我", "illicit"),
        ("四六级答案考前30分钟发出，百分百准确，先答案后付款", "illicit"),
        ("网课代刷：学习通、智慧树，包满分，qq见头像", "illicit"),
    ],
)
def test_more_offers_by_their_families(text: str, family: str) -> None:
    assert family in {h.tag for h in find_offers(normalize(text))}


@pytest.mark.parametrize(
    "text",
    ["各位家长，延时服务是自愿的，不报名不会有任何影响",
     "一凡哥哥你好，家长群只能家长在，请让一凡妈妈联系我",
     "孩子住院了，交了五千押金，这周请假", "学生证丢了，家委会可以代办学生证补办吗",
     "我们小区德州扑克比赛周末开赛，孩子爸爸说去看看", "孩子受伤了，麻烦老师帮忙转交作业",
     "我是你们班主任王老师，班费请交给家委会张妈妈", "看黄山的照片，太美了",
     "他家老人住院了，大家都去看看吧", "昨天看球赛，曼城让一球半还是赢了"],
)  # fmt: skip
def test_their_look_alikes_in_class_talk(text: str) -> None:
    assert find_offers(normalize(text)) == []


@pytest.mark.parametrize(
    "name", ["数学李建国", "李建国老师", "语文周敏（班主任）", "二(3)班王老师", "班主任"]
)
def test_an_unknown_account_under_a_teachers_name_asking_for_money_is_fraud(name: str) -> None:
    fee = "各位家长，本学期资料费每人168元，请今天扫下方二维码缴纳，备注孩子姓名"
    assert check(fee, sender="x_stranger", name=name) == ["fraud"]


def test_a_name_alone_or_a_business_named_for_its_teacher_is_no_impostor() -> None:
    fee = "各位家长，本学期资料费每人168元，请今天扫下方二维码缴纳"
    assert check("各位家长好，我是新来的，请多关照", sender="x_stranger", name="数学李建国") == []
    assert check("想了解晚托的家长扫码进群咨询，首月立减200元", sender="x_stranger",
                 name="阳光托管部-刘老师") == []  # fmt: skip
    assert check(fee, sender="t_li", name="数学李建国") == []  # the teacher himself
    assert check(fee, sender="p_he_mom", name="何雨彤妈妈") == []


def test_the_victim_of_a_stolen_account_offers_nothing() -> None:
    assert check("刚发现被盗号了，已经改密码，对不起大家") == []
    assert check("专业盗号，QQ微信都行")


@pytest.mark.parametrize(
    "text",
    ["再让我知道她欺负我家孩子，我直接去学校削她", "出期中数学卷，原题，考前最后一天",
     "我公司有个内部渠道，能搞到月考的题目，要的私我", "给孩子请一道学业符，期末必考高分"],
)  # fmt: skip
def test_threats_leaks_and_talismans_in_other_words(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text", ["削苹果给孩子吃", "我能拿到月考的答案吗？不能吧", "孩子拿到试卷了"]
)
def test_the_same_words_in_class_talk(text: str) -> None:
    assert check(text) == []


def test_a_login_asked_for_at_a_look_alike_page_is_phishing() -> None:
    text = "教务系统升级，请家长重新登录绑定：qsexp-edu.cn.login-verify.top"
    assert check(text) == ["fraud"]
    assert check("请家长重新登录 https://basic.smartedu.cn 完成寒假实践") == []


def test_sure_to_win_is_a_fans_word_unless_a_bet_is_offered() -> None:
    assert check("必须的，利物浦稳赢") == []
    assert check("跟着我买球，稳赢，加我进群")
    assert check("香港马会跑马贴士，第五场7号必赢，俾钱睇全部贴士")


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # a fee first for money promised, in any wording of the fee and the benefit
        ("无业也能贷，放款前需交三百元审核费", "fraud"),
        ("恭喜中得二等奖，请先付二百元个税再发奖品", "fraud"),
        ("入职先交培训费，包分配工作", "fraud"),
        ("领取补贴需要先缴纳五十元工本费办卡", "fraud"),
        ("先 交 手 续 费，补 助 金 马 上 到 账", "fraud"),  # spaced out
        ("需先开通会员才能接任务，三天回本", "fraud"),
        ("把这条转发到五个家长群，截图就送十元红包", "fraud"),
        # money that grows on its own, with a way in
        ("跟着我投，每月返百分之八，想上车的私我", "fraud"),
        ("保底年化二十，名额不多，联系我", "fraud"),
        ("内部额度打新，上市翻三倍，带你一起", "fraud"),
        # credit outside the law: two of its services, or one with a way in
        ("白户黑户都能贷，可做代还", "fraud"),
        ("京东白条额度套出，秒到，微信同号", "fraud"),
        # paid tasks in other words
        ("在家上班，每天刷刷手机多挣两千，私我", "fraud"),
        ("帮忙投票也能赚钱，一票五毛", "fraud"),
        # goods and papers by their trade's own words
        ("货纯度九十以上，量大从优", "illicit"),
        ("电子烟里加了依托咪酯，一口就上头", "illicit"),
        ("隐形作弊耳机，考场专用", "illicit"),
        ("防身用的催泪喷雾，女生必备", "illicit"),
        ("期末原卷内部流出，要的私", "illicit"),
        ("餐饮住宿票据都能开，先验后付", "illicit"),
        ("家长手机号按学校年级分类，一万条五百", "illicit"),
        ("职称证书挂靠出证，网上可查", "illicit"),
    ],
)
def test_fees_first_returns_credit_and_goods_by_their_mechanism(text: str, family: str) -> None:
    assert family in tags(text), text
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    [
        "请家长先交校服费，下周一统一发放",
        "本周五前交研学费用，含保险和车费，多退少补",
        "班费先交两百，期末公布账目",
        "孩子的作文比赛在网络投票，每人每天一票，谢谢大家",
        "学校官网投票，每人一票，给咱们班加油",
        "无抵押信用贷，最快当天下款，额度高",  # a loan's plain marketing: an ad (R06)
        "朋友圈那种“转发到三个群领88元红包”的全是假的，别再转了",
        "期中考试的卷子是全市统考的，复习范围看老师发的资料",
        "孩子作业本上的答案我帮他对了一遍",
        "语文课讲了四大发明，火药和指南针",
        "这次研学每人一套校服两百块",
        "我们家这周电子烟都戒了，孩子爸说到做到",
        "保底收益那种理财别信，都是套路",
        "复习资料打印店都能做，还包邮",
        "学籍信息网上可查，有问题找班主任",
    ],
)
def test_school_money_votes_and_warnings_that_share_those_words_are_clean(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "班主任临时有事，委托我收本月托管费，请大家把钱转到我银行卡，备注孩子姓名",
        "各位家长：本群为临时群，正式群已建好，请扫码加入，以免错过重要通知和缴费",
        "数学老师让收练习册的钱，请发红包到我新建的群里",
        "我是班主任，手机坏了用家长的号，今天收课后服务费420元，请转到这个支付宝",
    ],
)
def test_class_money_collected_into_a_members_own_hands_is_fraud(text: str) -> None:
    assert check(text, sender="p_guo_mom") == ["fraud"], text


def test_the_parent_committee_collecting_the_class_fund_is_not() -> None:
    assert check("班费每人200元，转给我微信，我统一登记", sender="p_guo_mom") == []
    assert check("班主任临时有事，委托我收班费，转到我微信", sender="p_he_mom") == []  # supervisor
    assert check("老师建了新群，大家扫码进一下，以后通知在新群发", sender="p_guo_mom") == []


@pytest.mark.parametrize(
    "text",
    [
        "教育补贴每人2800元，截止日期为本周五，请尽快在 https://edu-subsidy.top 登记",
        "医保局：儿童医保补贴资金发放中，请于三日内完成认证 yibao-rz.cn/child",
        "话费积分即将清零，点击 10086-jf.cn 立即兑换",
    ],
)
def test_money_waiting_at_a_page_nobody_trusts_is_phishing(text: str) -> None:
    assert check(text, sender="p_guo_mom") == ["fraud"], text


@pytest.mark.parametrize(
    "text",
    [
        "学校的补贴申请在 smartedu.cn 上登记",
        "有人在群里发补贴领取的链接，大家别点，是骗子",
        "今年的育儿补贴怎么领取？有家长知道吗",
    ],
)
def test_a_subsidy_at_the_states_page_warned_of_or_asked_about_is_clean(text: str) -> None:
    assert check(text, sender="p_guo_mom") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "郭老师 这个小子 我周末回来收拾他 给老师添麻烦了",  # a parent and their own child
        "收到马老师 韩鹏这个瓜娃子 我周末收拾他",
        "我打算考试第一天给她穿一身红色 图个吉利",  # 红色 图: no 色图
        "郭老师，寒假他偷偷在网上借了网贷，一万多，现在天天有人打电话催债",  # a victim's story
        "这种网贷很多是高利贷 不受法律保护 我私信你电话",  # help offered
        "【德育处提醒】近期有不法分子以“兼职日结”“刷单返利”为名，诱骗学生出售银行卡，这是违法行为",
        "我这里有去年期末全套真题 打印装订好的 一份二十 要的私我",  # last year's papers
        "家长们看看 教育局发的 每个学生有800元营养补贴 点这里登记 https://nn-butie.top/dj",
    ],
)
def test_home_discipline_victims_warnings_past_papers_and_relays_are_not_illegal(
    text: str,
) -> None:
    assert check(text, sender="p_guo_mom") == [], text


@pytest.mark.parametrize(
    "text",
    ["你家那个小子再欺负我儿子，我收拾他", "你等着，我找人收拾他", "发色图给你看，私聊"],
)
def test_threats_at_another_family_and_lures_still_are(text: str) -> None:
    assert check(text, sender="p_guo_mom"), text


def test_someone_elses_offer_told_of_and_asked_about_is_not_offered() -> None:
    text = "刚在别的群看到，有人卖今年二模的押题卷，说是命题组流出来的，一套两百，我们要不要买？"
    assert check(text, sender="p_guo_mom") == []
    assert check("今年二模押题卷，命题组流出，一套两百，要的私我", sender="p_guo_mom")


def test_papers_promised_before_the_exam_and_a_family_threatened_are_illegal() -> None:
    assert check("2026高考押题 内部渠道 考前三天出原题 先交定金500 不中全退", sender="p_guo_mom")
    assert check("再敢冤枉我儿子 我让你们家那个躺着出去", sender="p_guo_mom")
    assert check("考前三天复习原题就行，别熬夜", sender="p_guo_mom") == []


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("祖传药膏三天根治湿疹，永不复发，要的私我", "fraud"),
        ("增高药一个月长五厘米，无效退款，需要的找我", "fraud"),
        ("减 肥 胶 囊 一个月瘦二十斤，私我拿货", "fraud"),
        ("股票群老师每天推荐，跟着买都赚了，想进的扫码", "fraud"),
        ("学生分期不查征信，当天到账，私聊", "fraud"),
        # credit no bank would give, with a way in: the corpora's writers call it fraud
        ("小额周转，不看征信，当天到账，V信 zz8899", "fraud"),
        ("登录网页输入QQ号和密码即可领取皮肤", "fraud"),
        ("招分拣员，需先交两百元健康证办理费", "fraud"),
        ("未成年人办成年身份证，一张三百", "illicit"),
        ("蝴蝶刀 甩棍 防身必备 包邮", "illicit"),
        ("线上扎金花，真人对局，私我进房间", "gambling"),
        ("跟我买码，这期包中", "gambling"),
        ("做一场法事开文昌运，保证考好，私我", "superstition"),
        ("考试前喝一碗符水，保准考好", "superstition"),
        ("少妇独守空房寻找有缘人，可上门", "porn"),
        ("提神聪明药，考前一粒通宵不困，私聊", "drugs"),
    ],
)
def test_schemes_sold_with_their_trade_promise(text: str, family: str) -> None:
    verdicts = r04_illegal.classmod_check_message(message_context(text, sender="p_he_mom"))
    assert [v.sub_rule for v in verdicts] == [family], text


@pytest.mark.parametrize(
    "text",
    ["我家孩子湿疹好久了，医生说很难根治，大家有什么办法吗", "提醒大家：高仿货别买，质量差还违法",
     "建议把微信密码和登录设备都检查一下", "包裹到转运中心了，明天能到，要的找我拿",
     "书包中有孩子的水杯，麻烦联系我", "昨晚比赛一比一，想看回放的找我",
     "这种拉人头返佣的都是传销，大家别信", "高仿球鞋一比一做工，私我看图"],
)  # fmt: skip
def test_the_same_words_in_talk_advice_and_warnings(text: str) -> None:
    assert r04_illegal.classmod_check_message(message_context(text, sender="p_he_mom")) == [], text


def test_a_stock_talked_of_a_card_game_for_money_and_goods_collected_at_the_door() -> None:
    assert check("今天这个股票涨停了，群里有炒股的吗？") == []
    assert check("我朋友搞了个手机打牌的，一块钱一局，想玩的找我") == ["gambling"]
    assert check("收购野生天麻，上门收货，有货的打我电话") == []


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("因平台升级，春游费请改为扫码缴纳，今天截止", "fraud"),
        ("资料费请直接转账到班主任个人账户", "fraud"),
        ("我在医院急用钱，微信转不了，谁能先借我两千，转到我女儿卡上", "fraud"),
        ("我是她朋友，她在医院急需交押金，谁能先借两千块，转到这个卡上", "fraud"),
        ("恭喜您已被抽中“家长开学礼”一等奖：价值三千元的学习机一台！领取请添加客服", "fraud"),
    ],
)
def test_money_asked_by_a_new_way_a_taken_account_and_a_prize(text: str, family: str) -> None:
    assert check(text, sender="p_guo_mom") == [family], text


@pytest.mark.parametrize(
    "text",
    ["提醒大家：学校不会让转到个人账户，千万别信", "缴费系统维护，明天再交也可以",
     "孩子急需手术费，我们家已经凑齐了，谢谢大家关心"],
)  # fmt: skip
def test_payment_warnings_and_a_familys_own_news(text: str) -> None:
    assert check(text, sender="p_guo_mom") == [], text


def test_a_child_at_home_alone_is_no_come_on() -> None:
    assert check("罗老师，我这周上夜班，孩子一个人在家没人管，今晚打电话让他写") == []
    assert check("一个人在家好无聊，小哥哥要不要视频，加我v：aa123456") == ["porn"]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("我出差钱包被偷了，急需一千五回家，谁能先帮我转一下", "fraud"),
        ("把家长的QQ号和密码发给客服就能领皮肤", "fraud"),
    ],
)
def test_a_stranded_account_and_a_password_handed_over(text: str, family: str) -> None:
    assert check(text, sender="p_guo_mom") == [family], text


def test_a_stab_threatened_and_a_teachers_own_code_asked_for() -> None:
    assert check("再挤我家孩子，我一刀捅了他") == ["violence"]
    assert check("因平台故障，请大家直接扫我的二维码缴费，二十八元每人", sender="p_guo_mom") == [
        "fraud"
    ]


def test_a_boiler_room_and_a_teachers_ban_on_match_talk() -> None:
    assert check("锅炉今天刚检修，明天恢复，今晚先用开水房的。", sender="t_zhou") == []
    assert check("群里不讨论球赛，更不能有赌球的内容，请注意。", sender="t_zhou") == []
