from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from classmod.rules.standard import r13_incitement
from classmod.rules.standard.r13_incitement import Settings, find_incitement

from classmod.hookspecs import PARENT_ROLES
from classmod.model import Category, Severity, Verdict
from classmod.testing import SHANGHAI, make_message, message_context
from classmod.text import normalize


def check(text: str, sender: str = "p_he_mom", settings: Settings | None = None) -> list[Verdict]:
    return r13_incitement.classmod_check_message(
        message_context(text, sender=sender, settings=settings)
    )


@pytest.mark.parametrize(
    ("text", "sub_rule"),
    [
        ("明天全班罢课，孩子都别送", "action"),
        ("周一我们去学校门口拉横幅", "action"),
        ("大家明天一起去堵校门", "action"),
        ("联名举报这个班主任", "action"),
        ("血债血偿，绝不能就这么算了", "extreme"),
        ("所有家长明天一起去教育局讨个说法", "crowd"),
        ("全体家长团结起来，一起抵制学校这个决定", "crowd"),
        ("家长们团结起来，要个说法", "crowd"),
    ],
)
def test_incitement_is_caught(text: str, sub_rule: str) -> None:
    verdicts = check(text)
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.INCITEMENT
    assert v.severity is Severity.MAJOR
    assert v.delete is True
    assert v.needs_staff is True
    assert v.sub_rule == sub_rule
    assert "煽动性" in v.reason


@pytest.mark.parametrize(
    "text",
    [
        "罷 課",  # traditional, spaced
        "拉🔥横🔥幅",
        "大家一起\u200b去学校闹",
    ],
)
def test_evasions_are_caught(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    [
        "大家一起努力，孩子们加油",
        "所有家长请周五下午按时接孩子",
        "全体家长注意：本周五开家长会",
        "有意见可以向学校反映",
        "孩子早上闹钟没响迟到了",
        "元宵节大家一起闹元宵",
        "班里很热闹，孩子们玩得开心",
        "集体照什么时候发",
        "老师辛苦了",
        "孩子哭闹不肯上学怎么办",
    ],
)
def test_ordinary_talk_is_not_incitement(text: str) -> None:
    assert check(text) == []


def test_declaration_and_settings() -> None:
    spec = r13_incitement.classmod_declare_rule()
    assert spec.roles == PARENT_ROLES
    assert spec.seed_clauses == ("2.二.(二).4", "4.二.(二).4")
    assert check("去校长家门口坐着") == []
    assert check("去校长家门口坐着", settings=Settings(extra_terms=("去校长家",)))


def test_find_incitement_is_pure() -> None:
    assert find_incitement(normalize("大家一起去上访"))[0] == "crowd"
    assert find_incitement(normalize("上访")) == ("", [])


@pytest.mark.parametrize(
    "text",
    [
        "家长们团结起来，明天堵校长办公室门口！",
        "发动所有人给校长打电话，打爆他的电话为止",
        "大家一起在网上发帖，把学校名字顶上热搜",
        "咱们联名写信要求换班主任，不签的就是不关心孩子",
        "下周的家长会大家都别去",
        "咱们另外拉个小群，一起对付这个班主任",
        "我们一起打12345，把这个老师弄走",
        "转起来！让全市人都看看这个学校",
        "所有家长都别走，一起冲进去找校长！",
        "大 家 都 去 评 论 区 骂 学 校",
    ],
)
def test_crowd_pressure(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    [
        "校门口每天都堵，大家都早点出门",
        "大家都签名了吗？回执明天交",
        "大家一起对付这道难题吧",
        "热搜上说明天降温，大家都给孩子加衣服",
        "我家车发动机坏了，大家都注意保养",
        "让大家都看看孩子们的手工作品",
        "这个是骗子号，大家都举报一下",
    ],
)
def test_everyday_crowd_talk_passes(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    ["下周一我们一起去校长室，不行就给教育局写联名信，愿意的私信我",
     "我已经把视频发抖音了，等着上热搜吧"],
)  # fmt: skip
def test_letters_the_heads_office_and_exposure_in_their_forms(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text", ["有问题可以找校长当面说", "老师，我想找校长反映一下食堂的情况", "孩子说想找校长签名"]
)
def test_one_parent_going_to_the_head_is_no_call(text: str) -> None:
    assert check(text) == []


def test_telling_of_comment_section_abuse_is_no_call() -> None:
    text = "孩子说今天班会讲了网络暴力，还说有人在评论区骂别人，他吓到了"
    assert check(text) == []
    assert check("大家都去评论区骂他")


@pytest.mark.parametrize(
    "text",
    ["这学期住宿费大家都先别交，集体拖着，看学校急不急", "这种事就得曝光，发抖音让大家评评理",
     "资料费统一不交，看学校怎么说", "拍 到 快 手 上 让 大 家 评 评 理"],
)  # fmt: skip
def test_holding_back_together_and_the_video_platforms_are_calls(text: str) -> None:
    assert find_incitement(normalize(text))[0]


@pytest.mark.parametrize(
    "text",
    ["大家别交钱给陌生人，是骗子", "我家孩子昨天拍了个抖音，大家看看",
     "这学期的书大家都先别买，老师说会发"],
)  # fmt: skip
def test_warnings_and_videos_of_ones_own_are_no_calls(text: str) -> None:
    assert find_incitement(normalize(text))[0] == ""


def test_doing_it_too_after_a_call_or_a_reply_found_to_join_it() -> None:
    t0 = datetime(2026, 9, 7, 12, 0, tzinfo=SHANGHAI)
    call = make_message("这学期住宿费大家都先别交，集体拖着", sender="p_he_mom", ts=t0)
    for reply in ("我们家也先不交", "俺也不交", "我同意"):
        ctx = message_context(
            reply, sender="p_guo_mom", history=[call], now=t0 + timedelta(minutes=3)
        )
        assert r13_incitement.classmod_check_message(ctx), reply
    ctx = message_context(
        "我也收到了", sender="p_guo_mom", history=[call], now=t0 + timedelta(minutes=3)
    )
    assert r13_incitement.classmod_check_message(ctx) == []
    # a reply found to join the call keeps it open for the next one
    joined = make_message("我同意", sender="p_guo_mom", ts=t0 + timedelta(minutes=3))
    found = {joined.id: frozenset({Category.INCITEMENT})}
    ctx = message_context(
        "俺也是这么想", sender="p_li_mom", history=[joined], now=t0 + timedelta(minutes=4)
    )
    assert r13_incitement.classmod_check_message(ctx) == []  # "也是" is no doing
    ctx = message_context("俺也不交", sender="p_li_mom", history=[joined], earlier=found,
                          now=t0 + timedelta(minutes=4))  # fmt: skip
    assert r13_incitement.classmod_check_message(ctx)


@pytest.mark.parametrize(
    "text",
    ["郭帅爸爸，有意见通过家委会反映，我已经跟年级组约了时间，咱别拉横幅了",
     "隔壁学校有老师体罚学生，被家长发快手曝光了"],
)  # fmt: skip
def test_talking_others_out_of_it_and_news_of_a_video_are_no_calls(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    ["我话大家听日一齐唔好交午餐费，睇下学校点样处理", "我支持，一齐罢餐",
     "我看大家干脆一起打12345投诉，看学校管不管", "咱们家长会上一起不签字，再去校门口拉个横幅"],
)  # fmt: skip
def test_strikes_hotline_calls_and_banners(text: str) -> None:
    assert find_incitement(normalize(text))[0]


@pytest.mark.parametrize("text", ["这个不好交代", "孩子们一起不说话比赛", "有问题可以打12345咨询"])
def test_the_same_words_without_a_call(text: str) -> None:
    assert find_incitement(normalize(text))[0] == ""


@pytest.mark.parametrize(
    "text",
    [
        "大家干脆都莫交，看学校怎么收场",  # 莫 for 别
        "家长们明天都覅送了吧",  # 覅 (Wu) for 别
        "抖音直播一下，让全网都看看这学校",
        "拍下来发小红书，让其他家长都看看",
    ],
)
def test_calls_in_dialect_and_to_more_platforms(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    [
        "大家别去了吧，下雨了在家看直播就行",
        "我们都别去了吧，公园太远了",
        "小红书上看到一个手工教程",
    ],
)
def test_staying_in_and_platform_talk_are_no_call(text: str) -> None:
    assert check(text) == []


def test_a_join_with_a_day_in_it_joins_the_call() -> None:
    from classmod.testing import make_message

    call = make_message("大家明天都别送孩子了，看学校怎么说", sender="p_guo_mom")
    ctx = message_context("我明天也接回来", history=[call])
    assert r13_incitement.classmod_check_message(ctx)


@pytest.mark.parametrize(
    "text",
    [
        "我建议全班家长一起，下周开始都给孩子请假在家复习",
        "我看大家明天直接去校门口要个说法",
    ],
)
def test_mass_leave_and_demands_by_their_grammar(text: str) -> None:
    assert check(text), text


def test_one_familys_leave_is_no_call() -> None:
    assert check("我家孩子明天发烧请假一天") == []
