from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from classmod.rules.standard import r08_rumor
from classmod.rules.standard.r08_rumor import Settings, find_rumor

from classmod.hookspecs import PARENT_ROLES
from classmod.model import Category, Severity, Verdict
from classmod.testing import SHANGHAI, make_message, message_context
from classmod.text import normalize


def check(text: str, sender: str = "p_he_mom", settings: Settings | None = None) -> list[Verdict]:
    return r08_rumor.classmod_check_message(message_context(text, sender=sender, settings=settings))


@pytest.mark.parametrize(
    ("text", "sub_rule"),
    [
        ("紧急扩散！学校门口有人贩子抢孩子", "chain"),
        ("看到请转发，明天全市停课", "chain"),
        ("内部消息，下学期要换班主任", "hearsay"),
        ("朋友圈都在传学校要合并", "hearsay"),
        ("听说明天停课，大家别送孩子了", "hearsay"),
        ("据说食堂饭菜有毒", "hearsay"),
        ("最近有人贩子在校门口转悠", "alarm"),
        # forwarded scare stories, friends "in the know", outbreaks, policies stated as fact
        ("转疯了！今早路口出车祸，一个孩子当场没了", "chain"),
        ("我朋友在疾控，说下个月又要全员核酸", "hearsay"),
        ("听说隔壁学校有孩子得了肺结核，一直瞒着家长", "alarm"),
        ("有孩子得了诺如，好几个班都封了", "hearsay"),
        ("最新消息：下学期开始取消期末考试", "hearsay"),
        ("教育局新规定，作业超过一小时可以举报老师", "hearsay"),
        ("听说打了这批疫苗好几个孩子住院了，千万别给孩子打", "hearsay"),
        ("听说今年小升初取消划片，全部摇号", "hearsay"),
        ("速转！明天全市停课？", "chain"),  # a chain call counts even as a question
    ],
)
def test_rumors_are_flagged(text: str, sub_rule: str) -> None:
    verdicts = check(text)
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.RUMOR
    assert v.severity is Severity.MINOR
    assert v.needs_staff is True
    assert v.delete is False
    assert v.sub_rule == sub_rule
    assert "班主任" in v.reason


@pytest.mark.parametrize(
    "text",
    [
        "緊急擴散",  # traditional
        "速🔥转",
        "人 贩 子",
        "转 疯 了！",
        "聽說 學校 要 封校",  # traditional, spaced
        "听 说 全 员 核 酸 了",
    ],
)
def test_evasions_are_caught(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    [
        "老师辛苦了",
        "明天放假吗？",  # a question, no hearsay
        "听说孩子今天表现很好，谢谢老师",
        "网传明天停课是谣言，请大家不信谣不传谣",
        "学校辟谣：人贩子的消息是假的",
        "孩子今天发烧请假",
        "国庆节放假安排收到",
        # a parent asking whether hearsay is true (LABELLING: asking is not asserting)
        "听说明天停课，是真的吗",
        "听说明天停课？",
        "有人说要封校，有这回事吗",
        "听说下周要打疫苗，需要带什么吗",
        # own child, calm facts, a teacher's-style notice repeated by a parent
        "我家孩子拉肚子了，今天请假一天",
        "孩子的流感疫苗已经打过了，谢谢老师提醒",
        "朋友说这本练习册不错，推荐给大家",
    ],
)
def test_ordinary_talk_and_debunking_pass(text: str) -> None:
    assert check(text) == []


def test_declaration_and_settings() -> None:
    assert r08_rumor.classmod_declare_rule().roles == PARENT_ROLES
    assert check("明天地铁全线停运") == []
    assert check("明天地铁全线停运", settings=Settings(extra_terms=("全线停运",)))


def test_find_rumor_is_pure() -> None:
    assert find_rumor(normalize("听说封校了"))[0] == "hearsay"
    assert find_rumor(normalize("封校")) == ("", [])


def test_is_question() -> None:
    assert r08_rumor.is_question("听说明天停课？")
    assert r08_rumor.is_question("是真的吗 ！")
    assert not r08_rumor.is_question("听说明天停课！")


@pytest.mark.parametrize(
    "text",
    ["早就定了，我们村支书都讲了，九月份就撤点", "下周六肯定要补课，教育局都定好了",
     "大家注意了，明天开始县里所有学校都要查手机，翻出来一律没收",
     "上面已经发话了，下学期开始强制补课"],
)  # fmt: skip
def test_claims_from_outside_authorities_and_announced_as_fact(text: str) -> None:
    verdicts = check(text)
    assert verdicts and verdicts[0].sub_rule == "hearsay"


@pytest.mark.parametrize(
    "text",
    ["大家注意了，明天降温，记得给孩子加衣服", "村支书说了明天上午修路，绕行一下",
     "大家注意了，县里所有学校都要查手机吗？", "注意安全，路上慢点"],
)  # fmt: skip
def test_announcements_without_an_official_claim_pass(text: str) -> None:
    assert check(text) == []


def _ctx(text: str, history: list, sender: str = "p_he_mom", minutes: float = 5):
    t0 = datetime(2026, 9, 7, 12, 0, tzinfo=SHANGHAI)
    msgs = [
        make_message(t, sender=s, ts=t0 + timedelta(minutes=i)) for i, (s, t) in enumerate(history)
    ]
    return message_context(text, sender=sender, history=msgs, now=t0 + timedelta(minutes=minutes))


def test_vouching_for_a_rumour_just_told_is_rumour_too() -> None:
    rumour = ("p_guo_mom", "听我同事说下学期开始取消摇号，直接按学区分")
    ctx = _ctx("我同事说的，八九不离十，到时候大家就知道了", [rumour], sender="p_guo_mom")
    assert r08_rumor.classmod_check_message(ctx)
    alone = _ctx("我同事说的，八九不离十，到时候大家就知道了", [("p_li_mom", "明天带水彩笔")])
    assert r08_rumor.classmod_check_message(alone) == []


def test_a_claim_beyond_what_staff_announced_is_rumour() -> None:
    notice = ("t_zhou", "各位家长，受台风影响，明天停课一天，请做好安排。")
    same = _ctx("听说明天停课，大家注意安全", [notice])
    assert r08_rumor.classmod_check_message(same) == []
    beyond = _ctx("刚看到朋友圈说台风要停课三天，周四周五也不上了", [notice])
    assert r08_rumor.classmod_check_message(beyond)


def test_news_the_school_did_not_tell_is_no_mention_of_its_notice() -> None:
    guide = ("t_zhou", "【区教育局】秋冬季常见传染病预防指南，请家长阅读")
    outbreak = _ctx("听隔壁班的奶奶说，他们班有孩子得了肺结核，已经传染好几个了", [guide])
    assert r08_rumor.classmod_check_message(outbreak)
    told = ("t_zhou", "隔壁班一名幼儿确诊水痘，已停课消毒，其他班正常上课")
    same = _ctx("听说隔壁班有孩子得了水痘，停课了", [told])
    assert r08_rumor.classmod_check_message(same) == []


@pytest.mark.parametrize(
    "text",
    ["听幼儿园群里说的，一年级要统一收800块，不交的孩子下午就得接走",
     "镇上的人都在传，明年九月就并校"],
)  # fmt: skip
def test_hearsay_with_fees_and_mergers(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    ["有消息说咱们学校要和二小合并了", "转发：紧急通知，明天起全市中小学放假一周",
     "家长群都传遍了，期末考试取消了", "听说下学期要重新分班", "我婆婆说村里小学要撤了"],
)  # fmt: skip
def test_more_sources_and_alarms(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    ["转发一下班主任的通知：明天放假", "我妈说明天降温，给孩子多穿点", "老师，五一放假几天？"],
)  # fmt: skip
def test_forwarding_the_school_and_plain_questions_are_clean(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    ["刚刷到抖音说成都下周要全市停课三天，是真的不？陈老师晓得不", "听说明天停课，系唔系真㗎",
     "听说下周全市停课，是不是真的"],
)  # fmt: skip
def test_asking_whether_hearsay_is_true_in_dialect_forms(text: str) -> None:
    assert check(text) == [], text


def test_using_the_group_to_speak_and_money_not_taken_are_no_rumour() -> None:
    assert check("借群里说一句，谢谢李老师这两年的付出，周末义务答疑，从来没收过一分钱") == []
    assert check("群里说明天全市停课")


def test_a_question_inside_the_message_asks() -> None:
    assert check("何老师 听说镇上小学要撤掉是真的不 我们老的接送不方便") == []
    assert check("刘老师，这个补贴您听说了吗？我没找到小程序") == []


@pytest.mark.parametrize(
    "text",
    ["朋友圈都在转，说咱们学校明年要拆了建地铁站，二年级以上全部分流",
     "我孙女她舅在教育办上班 说文件都下来了 年底就合并",
     "刚刷到说今年农村孩子每个补助一千二 要在手机上填信息领 这个月底截止"],
)  # fmt: skip
def test_more_hearsay_and_alarms(text: str) -> None:
    assert check(text), text


def test_a_rumour_with_a_rhetorical_question_inside_is_still_one() -> None:
    assert check("听说明天全市停课，你们知道吗？我亲戚在教育局说的")


@pytest.mark.parametrize(
    "text",
    ["你们听说没，今年期中数学卷子是从外省原题照搬的，有人考前就在网上买到了答案",
     "俺听楼下老李太太说，咱这片儿下礼拜要停水停电三天，学校也得放假，你们都知道不",
     "你们知道吗，我小舅子在区教育局，说今年中考取消指标到校，全凭分数",
     "【转发】寒假延长通知！教育部最新：今年中小学寒假延长至40天",
     "跟大家说个事，听说期末考试后要按成绩排下学期的座位"],
)  # fmt: skip
def test_hearsay_told_to_the_group_with_a_rhetorical_question(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    ["叶老师，这次期中会按成绩分快慢班吗？我听别的家长说初二下学期要分",
     "老师，听说寒假要延长，是真的吗？"],
)  # fmt: skip
def test_hearsay_asked_of_the_teacher_is_a_question(text: str) -> None:
    assert check(text) == []


def test_a_general_alarm_word_in_a_staff_message_announces_nothing() -> None:
    staff = make_message("也麻烦您把群名片改成“袁博爸爸”。", sender="t_zhou")
    claim = "我在区教育局的朋友说，今年中考体育要改成100分，游泳必考"
    ctx = message_context(claim, history=[staff])
    assert r08_rumor.classmod_check_message(ctx=ctx)


@pytest.mark.parametrize(
    "text",
    ["我同事孩子在外校，说今年中考体育分要从40涨到60，下学期就开始",
     "我孙女她舅在教育办上班 说文件都下来了 年底就宣布",
     "我也看到了，说规划图都出来了，咱们这片要拆",
     "二班的家长看到了吗，明天整个片区停水，学校下午提前放学"],
)  # fmt: skip
def test_policy_news_and_news_asked_after_as_if_known(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text", ["你们看到了吗，孩子的画在学校橱窗里", "体育分怎么算的，老师？", "文件下来了吗？老师"]
)
def test_sightings_and_questions_are_no_news(text: str) -> None:
    assert check(text) == []


def test_vouching_after_a_message_found_to_be_rumor() -> None:
    echo = make_message(
        "肯定是真的", sender="p_guo_mom", ts=datetime(2026, 9, 7, 10, 0, tzinfo=SHANGHAI)
    )
    found = {echo.id: frozenset({Category.RUMOR})}
    now = echo.ts + timedelta(minutes=2)
    text = "我同事说的，八九不离十"
    ctx = message_context(text, sender="p_he_mom", history=[echo], earlier=found, now=now)
    assert r08_rumor.classmod_check_message(ctx)
    ctx = message_context(text, sender="p_he_mom", history=[echo], now=now)
    assert r08_rumor.classmod_check_message(ctx) == []


@pytest.mark.parametrize(
    "text",
    ["我有个同事在教育局，她说下学期要取消期末考试",
     "大家看到没有，说是初一要取消期中考试了，教育厅发的文",
     "刚刷到抖音说明年高考要改全国卷，教育厅都发文了",
     "[链接] 2026年义务教育阶段学生资助申请指南 www.cdedu-zizhu.com/apply",
     "小学生午餐补贴申领入口 gzxsbt.top/apply 可以领500"],
)  # fmt: skip
def test_hearsay_forms_official_papers_and_subsidies_to_claim(text: str) -> None:
    assert check(text)


def test_a_subsidy_page_of_the_state_or_an_allowed_domain_is_no_rumor() -> None:
    assert check("学生资助申请指南 https://www.cdedu.gov.cn/zizhu") == []


@pytest.mark.parametrize(
    "vouch", ["肯定没错", "应该是真的", "好多人都在转", "网上都这么说", "我也是刷到的"]
)
def test_vouching_and_echoing_forms(vouch: str) -> None:
    t0 = datetime(2026, 9, 7, 10, 0, tzinfo=SHANGHAI)
    told = make_message("听说下周全市停课", sender="p_guo_mom", ts=t0)
    ctx = message_context(vouch, sender="p_he_mom", history=[told], now=t0 + timedelta(minutes=2))
    assert r08_rumor.classmod_check_message(ctx)
    assert check(vouch) == []  # with nothing told before it


@pytest.mark.parametrize(
    "text",
    [
        "听小区物业讲，下学期起我们这片划到别的学校了",  # 讲 for 说, as many speak
        "刚看到一个视频，说明年起中考改革，体育要考满分一百",
        "听村里人讲下个月开始学校统一收住宿费，不交的孩子不能住",
    ],
)
def test_hearsay_in_other_words_with_an_alarm_is_rumor(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text", ["听老师讲明天要带水彩笔", "我看到一个视频讲怎么做手工灯笼，挺好的"]
)
def test_hearsay_words_without_an_alarm_pass(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "听隔壁班家长讲，寒假要提前到元旦前",  # the school year changed, by its grammar
        "我同事说下学期开始要分快慢班了",
    ],
)
def test_a_change_to_the_school_year_passed_on_is_rumour(text: str) -> None:
    assert check(text), text


def test_a_change_asked_of_the_teacher_is_no_rumour() -> None:
    assert check("周老师，下学期是不是要分快慢班了？我听好几个家长这么说") == []


def test_a_rumour_asked_about_confirmed_with_its_source_is_rumour() -> None:
    asked = ("p_guo_mom", "刚刷到说全市停课到下周三，真的假的")
    assert r08_rumor.classmod_check_message(_ctx("真的，我们小区群都发了，全市都要停课", [asked]))
    source = ("p_guo_mom", "听说下学期开始按成绩分班，要分快慢班")
    assert r08_rumor.classmod_check_message(_ctx("我表姐在教育局上班讲的", [source]))


@pytest.mark.parametrize(
    "text",
    [
        "跟大家说一声，我发小在区教育局，他讲明年开始小学也要按成绩分快慢班了",
        "我们小区好多人都在讲，下学期学校要并到镇上去，这边就停办了",
        "我表哥在县里上班，说高考录取线今年要比往年降二十分",
    ],
)
def test_a_change_to_come_heard_from_someone_is_a_rumor(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    [
        "今年的伙食费又涨了，菜还是那么少",  # what happened, no change to come heard of
        "明年要上一年级了，大家都准备什么文具？",  # a plan, no hearsay
        "我表哥说明年要带孩子回老家过年",  # hearsay of a family plan, no school change
    ],
)
def test_a_fact_or_a_family_plan_is_no_rumor(text: str) -> None:
    assert check(text) == [], text


def test_defending_a_rumor_against_doubt_is_an_echo() -> None:
    told = make_message("我同事说下周全市停课，教育局马上发通知", sender="p_guo_mom")
    for text in ("爱信不信，到时候别说我没提醒", "等官方公布就晚了", "官方当然不会承认"):
        ctx = message_context(text, history=[told], now=told.ts + timedelta(minutes=3))
        assert r08_rumor.classmod_check_message(ctx), text
        ctx = message_context(text, now=told.ts + timedelta(minutes=3))
        assert r08_rumor.classmod_check_message(ctx) == [], text  # no rumor before it


def test_a_subsidy_to_claim_is_a_rumor_and_one_told_of_is_not() -> None:
    assert check("取暖补贴开始发放，每个学生补贴六百元，点击链接登记银行卡")
    assert check("上次那个“每人补贴一千八”的链接我点了，还好没填，大家别学我") == []


@pytest.mark.parametrize(
    "echo",
    ["我也听说了，水库那边要放水，下游几个村都在搬", "天哪真的啊？我在小区群里也看到了",
     "我也听讲了，好像下个月就开始，好多人都在讲"],
)  # fmt: skip
def test_an_echo_that_carries_the_rumor_on(echo: str) -> None:
    told = make_message("我同事说下周全市停课，教育局马上发通知", sender="p_guo_mom")
    ctx = message_context(echo, history=[told], now=told.ts + timedelta(minutes=3))
    assert r08_rumor.classmod_check_message(ctx), echo
    assert check(echo) == [], echo  # nothing told before it


def test_an_echo_that_doubts_or_asks_the_teacher_checks_the_news() -> None:
    told = make_message("我同事说下周全市停课，教育局马上发通知", sender="p_guo_mom")
    for text in (
        "这个我也看到了，不过没找到官方文件，老师知道是真的吗？",
        "我也听说了，不知道真假",
    ):
        ctx = message_context(text, history=[told], now=told.ts + timedelta(minutes=3))
        assert r08_rumor.classmod_check_message(ctx) == [], text


def test_an_echo_of_a_question_is_no_echo_of_a_rumor() -> None:
    asked = make_message("听别的家长说下周要停课，是真的吗？", sender="p_guo_mom")
    ctx = message_context(
        "我也听说过，等老师通知吧", history=[asked], now=asked.ts + timedelta(minutes=2)
    )
    assert r08_rumor.classmod_check_message(ctx) == []


@pytest.mark.parametrize(
    "text",
    ["楼下张姐说这几天有陌生人在小学门口抱孩子，已经抱走一个了",
     "我外甥在县教育局上班，他讲明年开始要按户口划片", "厂里王师傅讲，下学期县里的村小全部撤并"],
)  # fmt: skip
def test_hearsay_from_neighbours_and_nephews_and_children_snatched(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    ["楼下张姐说她孙子也在这个学校", "孩子被外婆抱走去打针了", "我外甥说明年要去他爸那边读书"],
)  # fmt: skip
def test_the_same_sources_and_words_without_an_alarm(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["我小姐妹在区教育局，讲明年开始公办初中不摇号了",
     "刚刷到的，讲下礼拜开始全市小学实行冬令时，八点半才上课"],
)  # fmt: skip
def test_hearsay_from_a_close_friend_and_a_clip_with_a_change_next_week(text: str) -> None:
    assert check(text), text


def test_next_week_and_a_want_are_no_change_to_come() -> None:
    assert check("朋友说下周的亲子活动要带水杯，大家别忘了") == []


def test_a_question_put_first_with_hearsay_after_it_asks() -> None:
    assert check("想问下园里今年的园服是统一订吗？去年大班的亲戚说明年要统一收费") == []
    assert check("请问区里的入学登记在哪个网站？大班的亲戚说明年要提前登记") == []
