from __future__ import annotations

import pytest
from classmod.rules.standard import r04_illegal
from classmod.rules.standard.r04_illegal import Settings, find_illegal_terms

from classmod.hookspecs import ALL_ROLES
from classmod.model import Category, Severity, Verdict
from classmod.testing import message_context
from classmod.text import normalize


def check(text: str, sender: str = "p_he_mom", settings: Settings | None = None) -> list[Verdict]:
    return r04_illegal.classmod_check_message(
        message_context(text, sender=sender, settings=settings)
    )


@pytest.mark.parametrize(
    ("text", "sub_rule"),
    [
        ("免费看黄片的网站", "porn"),
        ("寂寞吗？裸聊加我", "porn"),
        ("澳门赌场上线，开户送彩金", "gambling"),
        ("有冰毒要的来", "drugs"),
        ("我要炸学校", "violence"),
        ("出售枪支弹药", "violence"),
        ("法轮大法好", "reactionary"),
        ("全能神教会欢迎你", "cult"),
    ],
)
def test_critical_content_is_caught(text: str, sub_rule: str) -> None:
    verdicts = check(text)
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.ILLEGAL
    assert v.severity is Severity.CRITICAL
    assert v.delete is True
    assert v.needs_staff is True
    assert v.sub_rule == sub_rule
    assert "法律法规" in v.reason


@pytest.mark.parametrize(
    ("text", "sub_rule"),
    [
        ("转发此消息到十个群就会好运", "superstition"),
        ("信主得永生，哈利路亚", "religion"),
        ("期末考题泄露了，我有", "secret"),
    ],
)
def test_lesser_content_is_major_and_flagged(text: str, sub_rule: str) -> None:
    (v,) = check(text)
    assert v.severity is Severity.MAJOR
    assert v.needs_staff is True
    assert v.sub_rule == sub_rule


@pytest.mark.parametrize(
    "text",
    [
        "黃 片 網 站",  # traditional, spaced
        "裸🔥聊",
        "冰\u200b毒",
        "ＡＶ女优",
    ],
)
def test_evasions_are_caught(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    [
        "请家长警惕裸聊诈骗，不要轻信陌生人",
        "远离毒品，拒绝赌博，珍爱生命",
        "学校开展禁毒教育，请家长配合",
        "我们坚决反对台独",
        "孩子周末去溜冰场了",
        "天津大麻花很好吃",
        "运动会改到周五",
        "东边突然下雨了",
        "老师辛苦了",
        "孩子今天发烧请假",
        "历史课讲了鸦片战争",
    ],
)
def test_safety_notices_and_ordinary_talk_pass(text: str) -> None:
    assert check(text) == []


def test_everyone_is_judged() -> None:
    assert r04_illegal.classmod_declare_rule().roles == ALL_ROLES
    assert check("法轮大法好", sender="t_zhou")


def test_settings_and_pure_helper() -> None:
    assert check("某某神功") == []
    assert check("某某神功", settings=Settings(extra_terms=("某某神功",)))[0].severity is (
        Severity.CRITICAL
    )
    assert find_illegal_terms(normalize("免费黄片")) != []
    assert find_illegal_terms(normalize("警惕黄片诈骗")) == []


@pytest.mark.parametrize(
    ("text", "sub_rule"),
    [
        ("同城交友，美女视频一对一", "porn"),
        ("深夜福利 懂的都懂 私聊发资源", "porn"),
        ("足彩内部群，稳赚不赔", "gambling"),
        ("转发此符保佑孩子考试满分，不转全家倒霉🙏", "superstition"),
        ("找大师看了，说家里风水不好，要挂桃木剑", "superstition"),
        ("期末语文试卷原题，提前流出的，让孩子背一背", "secret"),
        ("这是明天单元测验的原题，今晚先做一遍", "secret"),
        ("考试卷子内部渠道拿的，要的私聊", "secret"),
        ("被删的真相，趁还没删快看", "reactionary"),
        ("看看这个 https://www.epochtimes.com/gb/2026", "reactionary"),
        ("转 发 此 符", "superstition"),  # spaced
    ],
)
def test_more_illegal_kinds(text: str, sub_rule: str) -> None:
    verdicts = check(text, sender="t_li" if "测验" in text else "p_he_mom")
    assert [v.sub_rule for v in verdicts] == [sub_rule]


@pytest.mark.parametrize(
    "text",
    [
        "孩子自信主动了很多，谢谢老师",
        "请大家帮忙转运动会的通知",
        "书包中间那层放水杯",
        "孩子拍了片子，带单词本去医院复习",
        "错题要抄原题再订正",
        "明天考试的题型和练习册差不多",
        "科学课讲了破除迷信，不要信算命",
        "此符号表示约等于",
    ],
)
def test_innocent_look_alikes_pass(text: str) -> None:
    assert check(text) == []


def test_lottery_talk_is_no_gambling_but_betting_tips_are() -> None:
    assert check("今晚六合彩头奖滚到一亿，大家买咗未哈哈") == []
    assert check("六合彩今晚开奖，特码推荐18，跟上的发财")


@pytest.mark.parametrize(
    "text",
    ["转发一下街道派出所嘅提醒：凡是叫你转账去“安全账户”嘅都系骗子",
     "凡是让你转到安全账户的都是骗子", "陌生电话叫你转账到安全账户的，别信"],
)  # fmt: skip
def test_warnings_against_a_scam_in_any_wording(text: str) -> None:
    assert check(text) == [], text


def test_a_scam_that_accuses_the_reader_is_no_warning() -> None:
    assert check("【公安局】您的账户涉嫌洗钱，请立即转账到安全账户配合调查")


@pytest.mark.parametrize(
    "text",
    ["刚收到一条短信说“点赞兼职日结300”，这种是不是骗子啊？",
     "班会小调查第三题“家里有没有人玩网络棋牌”，这个如实填就行吗？",
     "提醒大家一下，小区群里有人发“在家手工活外发”，要先交押金的，都是骗人的"],
)  # fmt: skip
def test_scam_words_quoted_to_ask_or_warn(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["王老师，孩子手机上有个斗地主要充钱换金币，还能提现，这算不算赌博？",
     "能提现的基本就是赌博类APP，建议马上卸载，法治课上专门讲过远离网络赌博",
     "方老师，周宇说宿舍有人晚上拿手机赌球，输了好几百，老师能不能查一查？"],
)  # fmt: skip
def test_asking_staff_about_gambling_or_reporting_it(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["谁再敢说我儿子是疯子，我找上门去揍他", "要是让我逮着，腿给他打断",
     "再敢欺负我儿子，我带几个人到学校找他，让他横着出去",
     "刚看了个视频，小区门口有个人被砍，血喷了一地",
     "月考的语文卷子我这有，考前就能拿到，要的私聊"],
)  # fmt: skip
def test_threats_gore_and_leaked_papers_by_their_grammar(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    ["我打他电话没人接", "这次月考卷子发下来了吗", "答案我有，晚上发你对一下", "我带孩子去医院了"],
)  # fmt: skip
def test_the_same_words_in_everyday_talk(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["代办港澳通行证，不用本人到场，三天出证", "高仿假币1:10出售，验钞机能过，包邮到家",
     "妈，我手机掉水里了，这是我新号，先给我转5000，别打电话我在上课",
     "您好，我是抖音客服，您开通了百万保障会员，如不关闭每月将自动扣费800元并影响征信",
     "【皇冠体育】注册就送88元体验金，提款无上限", "有种你别走，出来单挑",
     "助考神器：隐形耳机、作弊橡皮、无线接收器，考试必备"],
)  # fmt: skip
def test_third_party_spam_families(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    ["住校生请在周日返校时带好床上四件套", "今天午餐：清炒菠菜、紫菜蛋花汤", "会员日积分翻倍",
     "我刚接到电话让我下载APP开屏幕共享，我直接挂了，大家小心", "新款手机安兔兔跑分出来了",
     "业主福利群里在发物业通知"],
)  # fmt: skip
def test_their_words_in_ordinary_talk(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["唐一凡爸爸，这种说法请不要传播，试卷都是密封保管的，如有泄题学校会严肃处理。",
     "梁老师，思彤说班上有同学在传模考卷子，说是从印刷厂流出来的，是真的吗？",
     "初一数学月考押题卷（含答案），需要的可以看看"],
)  # fmt: skip
def test_talk_about_a_leak_and_prep_papers_are_no_leak(text: str) -> None:
    assert check(text) == []


def test_an_insider_prep_paper_and_a_leak_passed_on_are_illegal() -> None:
    assert check("考研内部押题卷，押中率90%，考前三天发货，私我")
    assert check("期中数学卷子已经流出来了，我这有电子版，要的私我")


@pytest.mark.parametrize(
    "text",
    [
        # the news or a police notice telling of it
        "看到报道，有个团伙靠直播卖淫被一锅端了，主犯判了五年",
        "区里通报：居民楼里的私人棋牌室其实是赌场，已被查处",
        "新闻里说那些网络博彩平台专门骗刚毕业的年轻人，太坑了",
        # a warning, with the thing named
        "那种号称日结三百的刷单群都是骗局，大家一律拉黑",
        "又来了，赌博网站的广告，千万别点，孩子也要教育好",
        # a member asking whether it is one
        "有人说帮他代收货款就给提成，这种靠谱吗？",
        "朋友推荐一个刷单兼职，正规公司会先收押金吗",
    ],
)
def test_scams_and_vice_told_of_warned_against_or_asked_about_pass(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a way to reach the poster keeps an offer an offer, whatever the warning words
        "刷单日结一单八块，被骗过的别来，有意加我 vx：qian8821",
        "百家乐首充送百分之五十，新闻报道过的大平台，进群领",
        "裸聊一对一，别信那些骗子，我是真人，加Q 2233445566",
    ],
)
def test_an_offer_with_a_way_to_reach_the_poster_is_no_warning(text: str) -> None:
    assert check(text)


def test_what_a_warning_quotes_or_tells_of_someone_else_is_no_contact() -> None:
    assert check("看到带“加V领福利”的号，大家直接举报就好") == []
    assert check("有人加我说做“点赞兼职”日结，这种是不是骗人的") == []


@pytest.mark.parametrize(
    "text",
    ["再多嘴明天找人收拾你", "你等着，我提着棍子去找你", "见一回打一回", "再这样看我不揍死你",
     "谁再欺负我闺女我打断他的腿", "明天我去学校找你家儿子，看他还敢不敢"],
)  # fmt: skip
def test_threats_by_their_grammar(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    ["明天带家伙去钓鱼", "找你家孩子玩，看他在不在家", "我拿刀切了个西瓜", "老师说找人来打扫教室"],
)
def test_everyday_words_of_threats_are_no_threat(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "sub_rule"),
    [
        ("线上骰子局开桌了，一注二十 vx：dice8821", "gambling"),
        ("三缺一，斗地主现金局，五十起 薇ning-85505", "gambling"),
        ("男士专享大保健，新店开业 ☎16991459813", "porn"),
        ("原始股认购，明年上市 威信ruo_780", "fraud"),
        ("科学上网工具，外网随便看 vx：vpn2233", "illicit"),
    ],
)
def test_vice_in_a_trade_word_with_a_way_to_reach_the_seller(text: str, sub_rule: str) -> None:
    verdicts = check(text)
    assert verdicts and verdicts[0].sub_rule == sub_rule, text


@pytest.mark.parametrize(
    "text",
    [
        "周末打斗地主三缺一，谁来？",  # no way to reach a seller
        "我的微信号是 zhang2020，有事联系",  # an account alone
        "澳门三日游，跟团价三千八 vx：travel2288",  # a place, no vice
        "知识竞猜的题目发群文件了，大家准备 www.school-quiz.cn",
        "全套练习册需要的加我 vx：book1234",
    ],
)
def test_trade_words_of_everyday_life_with_a_contact_are_no_vice(text: str) -> None:
    assert check(text) == []


def test_a_shops_new_stock_with_its_number_is_no_vice() -> None:
    assert check("文具店新到一批中性笔和错题本，需要的加我微信 wj15873") == []


@pytest.mark.parametrize(
    "text",
    [
        "找人算了一下，说孩子八字缺火，名字里要加个火字旁",
        "请了个神婆来家里跳大神，说屋里有不干净的东西",
    ],
)
def test_superstition_practised_is_caught(text: str) -> None:
    verdicts = check(text)
    assert verdicts and verdicts[0].sub_rule == "superstition", text


@pytest.mark.parametrize(
    "text",
    [
        "这种算命的说法不科学，别花冤枉钱",
        "神婆烧纸治不了病，要去看医生",
        "清明节回老家烧纸，周一请假一天",
        "五行缺什么我不信这个",
    ],
)
def test_superstition_debunked_or_custom_passes(text: str) -> None:
    assert check(text) == []


def test_a_wechat_handle_after_its_v_is_a_way_to_reach_the_seller() -> None:
    verdicts = check("线上骰子局开桌了，一注十块 v❤vivi845hh")
    assert verdicts and verdicts[0].sub_rule == "gambling"
    assert check("斗地主三缺一，vip会员周末打八折") == []  # no handle with digits


@pytest.mark.parametrize(
    "text",
    [
        "出售套牌，手续齐全 卫星miao_8754",
        "互助盘投一千变三千 绿泡泡fei_4877",
        "情趣直播 抠抠 458343373",
    ],
)
def test_an_account_in_disguise_is_a_way_to_reach_the_seller(text: str) -> None:
    assert check(text), text


def test_a_threat_a_child_reports_is_not_made_by_the_parent() -> None:
    assert check("孩子说同桌说“你再告状我就打死你”，虽然是气话，还是请老师关注") == []
    assert check("你再告状试试，我打死你")  # the parent's own threat


@pytest.mark.parametrize(
    "text",
    [
        "连开赌场的都来了，群主管一下",  # a comment on what was just posted
        "这是在招赌博代理，大家别理",
        "看相算命的都来了，真是什么人都有",
        "在家长群里传教不合适吧",
        "出租银行卡也是帮信，出事了是要坐牢的",  # the law it breaks
        "这是毒品黑话，“冰糖”就是冰毒，大家看好孩子",
    ],
)
def test_a_comment_on_someone_elses_post_is_no_offer(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "这是我老家的王大师，算得很准，大家可以让他给孩子算算",  # a recommendation, not a comment
        "这是菩萨保佑的图，转发十个群，三天内必有好事",
    ],
)
def test_this_is_opening_an_offer_is_still_one(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    [
        "各位家长平安，神爱世人，只有信耶稣才能得救，周日下午欢迎来聚会",  # salvation claimed
        "耶稣是我们唯一的救主，孩子们都需要他",
        "麻将群三缺一，五块一底，输赢微信结",  # a game for stakes
        "晚上斗地主，两块钱一把，想玩的私我",
    ],
)
def test_preaching_and_card_games_for_money_by_their_grammar(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    [
        "我们相信孩子就能得到进步",  # faith in the child
        "这个托管班是双职工家长的救星",
        "周末在家跟孩子玩斗地主，输了的洗碗",  # a game for no money
    ],
)
def test_faith_in_a_child_and_games_at_home_are_no_preaching_or_gambling(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "name", ["周老师", "语文老师", "Qingshan Finance Office"]
)  # the head teacher's surname, a teacher's subject, an office in English
def test_an_unknown_account_titled_as_a_teacher_asking_money_is_fraud(name: str) -> None:
    ctx = message_context(
        "各位家长，补缴资料费每人180元，请扫码缴纳，下午五点前 fee due today",
        sender="x_stranger",
        name=name,
    )
    assert r04_illegal.classmod_check_message(ctx), name


def test_a_businesss_own_teacher_is_no_impostor() -> None:
    ctx = message_context(
        "志愿填报一对一规划，费用咨询", sender="x_stranger", name="志愿规划·周老师"
    )
    assert r04_illegal.classmod_check_message(ctx) == []


@pytest.mark.parametrize(
    "text",
    [
        # a victim told of, with the scheme's name between 被 and 骗
        "我表姐上个月被“海关扣件”骗走三千，对方冒充快递员，大家多留意",
        # the scheme seen through
        "那个“免费体检送鸡蛋”其实就是推销保健品的，老人别去",
        # a lesson on spotting it
        "防诈知识：真警察不会通过微信给你看通缉令，更不会让你转钱",
        "学校讲了，孩子在网上看到赌博广告要马上告诉家长",
        # a member asking what it is, or whether something happened
        "孩子问我什么是洗钱，我该怎么讲",
        "刚才有个陌生号说是教育局的，让我报验证码，我报了，是不是出事了",
    ],
)
def test_warnings_victims_and_lessons_in_other_wordings_pass(text: str) -> None:
    assert check(text) == [], text


def test_an_offer_that_borrows_warning_words_is_still_caught() -> None:
    # the seller's own way in survives the warning words around it
    assert check("其实是内部渠道，百家乐稳赚，充值返水，加我v：bjl_一二三")


def test_a_teachers_advice_about_a_scam_is_no_offer() -> None:
    text = "网贷催收的事不要怕，很多是违规放贷，先报警，学校也可以帮忙咨询律师"
    assert check(text, sender="t_zhou") == []
    assert check("网贷秒批，不看征信，需要的可以咨询我")  # the same words from a seller


@pytest.mark.parametrize(
    "text",
    [
        "这张锦鲤图转给八个好友，三天内必有喜事",  # a count and a promise
        "不转的孩子下学期考不好，我反正转了",  # a curse
        "上次转完我家孩子真考了满分，大家也转",  # proof it worked
    ],
)
def test_chain_letters_by_their_grammar(text: str) -> None:
    assert [v.sub_rule for v in check(text)] == ["chain"], text


@pytest.mark.parametrize(
    "text",
    [
        "我是市社保中心的工作人员，您的医保卡异常，请致电核实",
        "【税务局通知】您有一笔退税未领取，请添加专员办理",
        "惠民补助开始登记，每个孩子可领一千元，扫码填写家长信息",
    ],
)
def test_officials_posed_as_and_subsidies_to_claim_are_fraud(text: str) -> None:
    assert [v.sub_rule for v in check(text)] == ["fraud"], text


def test_forwarding_and_subsidies_in_plain_words_are_no_fraud() -> None:
    # from staff, a subsidy with its sum and its form is the school's own notice
    assert check("惠民补助开始登记，每个孩子可领一千元，扫码填写家长信息", sender="t_zhou") == []
    assert check("麻烦大家把运动会通知转给家里老人看看") == []
    assert check("学校的助学金今年每人一千五，具体等班主任通知") == []


def test_account_theft_told_of_is_no_offer_sold_is() -> None:
    assert check("现在这种盗号的太猖狂了，大家保护好账号") == []
    assert check("看着像盗号发的，别点") == []
    assert check("专业盗号，微信QQ都行，一单两百，私聊")


@pytest.mark.parametrize(
    "text",
    [
        "【顺风快递】您的包裹派送失败，请在24小时内点击 sf-xxxx.top 重新预约派送",
        "【国家政务平台】您的账号即将过期，请于今日登录 gov-xxxx.top 完成认证",
        "您好，我是XX银行信用卡中心，您的卡将收取年费，如需取消请把卡号报一下",
    ],
)
def test_a_body_or_a_carrier_posed_as_in_a_header_is_fraud(text: str) -> None:
    assert [v.sub_rule for v in check(text)] == ["fraud"], text


def test_a_real_notice_header_asking_nothing_is_no_fraud() -> None:
    assert check("【教育局通知】下周一起全区中小学执行冬季作息时间") == []


def test_a_parent_dealing_with_their_own_child_at_home_is_no_threat() -> None:
    assert check("问清楚了，是他自己拿同学手机注册的，回头我好好收拾他") == []
    assert check("谁再欺负我儿子，我找人收拾他")


def test_a_school_posed_as_in_a_header_by_a_parent_is_fraud() -> None:
    text = "【青松小学】家长您好，学籍系统升级，请于今日登录 qs-xxxx.top 重新核验学生信息"
    assert [v.sub_rule for v in check(text)] == ["fraud"]


def test_weapons_offered_with_a_way_in_are_illicit() -> None:
    assert check("出一把蝴蝶刀，开过刃的，要的私聊 vx：dao_xxx888")
    assert check("学校通知：禁止携带蝴蝶刀等管制刀具进校") == []


@pytest.mark.parametrize(
    "text",
    [
        "你家住哪我都知道，晚上小心点",
        "我记住你了，别让我在学校门口碰见",
        "我让你下半辈子在轮椅上过",
    ],
)
def test_menace_by_where_one_lives_and_what_may_happen(text: str) -> None:
    verdicts = r04_illegal.classmod_check_message(message_context(text))
    assert [v.sub_rule for v in verdicts] == ["violence"], text


@pytest.mark.parametrize(
    "text",
    [
        "下雨路滑，晚上开车小心点",
        "别让我再碰到你家孩子没带伞😂",
        "住哪里我知道，顺路捎上孩子",
        "明天下雪，大家晚上小心点",
    ],
)
def test_care_and_jokes_that_share_the_words(text: str) -> None:
    assert r04_illegal.classmod_check_message(message_context(text)) == [], text


def test_a_taken_over_account_reported_is_no_offer() -> None:
    text = "色情广告，鲍爸爸的号又被盗了，已截图上报，请大家别点"
    assert r04_illegal.classmod_check_message(message_context(text, sender="t_zhou")) == []


def test_a_placement_exam_paper_got_hold_of_is_a_leak() -> None:
    text = "初中入学分班考试卷已经拿到了，各校通用，一份一百二"
    verdicts = r04_illegal.classmod_check_message(message_context(text))
    assert [v.sub_rule for v in verdicts] == ["secret"], verdicts
    assert (
        r04_illegal.classmod_check_message(message_context("分班考试卷已经发下来了，请家长签字"))
        == []
    )
