from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from classmod.rules.standard import r16_private_matter
from classmod.rules.standard.r16_private_matter import Settings

from classmod.model import Category, Severity
from classmod.testing import SHANGHAI, make_message, message_context

T0 = datetime(2026, 9, 7, 16, 0, tzinfo=SHANGHAI)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def check(text: str, history=(), *, sender: str = "t_zhou", minutes: float = 10, **kw):
    ctx = message_context(text, sender=sender, history=list(history), now=at(minutes), **kw)
    return r16_private_matter.classmod_check_message(ctx)


THREAD = [
    make_message("何雨彤妈妈，孩子最近上课总走神", sender="t_zhou", ts=at(0)),
    make_message("老师，何雨彤在家也是这样，晚上睡得晚", sender="p_he_mom", ts=at(1)),
    make_message("大家好", sender="p_guo_mom", ts=at(2)),
    make_message("建议何雨彤晚上九点前睡觉", sender="t_zhou", ts=at(3)),
]


def test_fourth_message_about_one_pupil_suggests_private_chat() -> None:
    verdicts = check("好的，何雨彤今晚开始早点睡", THREAD, sender="p_he_mom")
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.PRIVATE_MATTER
    assert v.severity is Severity.NOTE
    assert v.label == "private_matter:thread"
    assert v.evidence == "何雨彤"
    assert not v.delete


def test_three_messages_are_not_yet_a_thread() -> None:
    assert check("何雨彤今晚开始早点睡", THREAD[:2] + THREAD[2:3]) == []


def test_messages_without_a_pupil_name_are_not_judged() -> None:
    assert check("好的，今晚开始早点睡", THREAD, sender="p_he_mom") == []


def test_old_messages_fall_out_of_the_window() -> None:
    assert check("何雨彤今晚开始早点睡", THREAD, minutes=200) == []


def test_different_pupils_are_counted_apart() -> None:
    history = [
        make_message("何雨彤明天值日", sender="t_zhou", ts=at(0)),
        make_message("张子涵明天值日", sender="t_zhou", ts=at(1)),
        make_message("李明轩明天值日", sender="t_zhou", ts=at(2)),
    ]
    assert check("陈可欣明天值日", history) == []


def test_praise_threads_are_clean() -> None:
    history = [
        make_message("恭喜何雨彤获得作文比赛一等奖", sender="t_zhou", ts=at(0)),
        make_message("何雨彤真棒", sender="p_guo_mom", ts=at(1)),
        make_message("何雨彤好厉害", sender="p_li_mom", ts=at(2)),
    ]
    assert check("祝贺何雨彤！", history, sender="p_chen_dad") == []
    assert check("何雨彤妈妈怎么教的呀", history, sender="p_chen_dad") == []


def test_one_long_message_about_one_pupil() -> None:
    text = (
        "何雨彤妈妈，"
        + "孩子最近在学校的情况是这样的，上课注意力不太集中，下课也不怎么和同学玩，" * 5
    )
    verdicts = check(text)
    assert verdicts and verdicts[0].sub_rule in {"long", "situation"}


def test_long_message_naming_several_pupils_is_a_list() -> None:
    text = "今天值日的同学：何雨彤、张子涵。" + "请值日生早到十分钟打扫教室，把桌椅摆放整齐。" * 6
    assert check(text) == []


def test_settings() -> None:
    s = Settings(thread_messages=3)
    assert check("何雨彤今晚开始早点睡", THREAD[:2], settings=s)


def test_declaration() -> None:
    spec = r16_private_matter.classmod_declare_rule()
    assert (spec.id, spec.category) == ("R16", Category.PRIVATE_MATTER)


DIALOGUE = [
    make_message(
        "老师，家豪说他坐最后一排看不清黑板，能调一下座位吗？", sender="p_zhang_dad", ts=at(0)
    ),
    make_message("我了解一下情况，孩子视力查过吗？", sender="t_zhou", ts=at(2)),
    make_message("上个月查过，医生说他有点近视了", sender="p_zhang_dad", ts=at(4)),
]


def test_parent_teacher_dialogue_about_own_child_from_the_fourth_message() -> None:
    verdicts = check("他还说同桌老找他说话", DIALOGUE, sender="p_zhang_dad", minutes=6)
    assert verdicts and verdicts[0].label == "private_matter:dialogue"
    assert verdicts[0].evidence == "张子涵"
    assert check("同桌的事下周调座位时一起考虑", DIALOGUE, sender="t_zhou", minutes=6)
    assert check("他还说同桌老找他说话", DIALOGUE[1:], sender="p_zhang_dad", minutes=6) == []


def test_moving_to_private_and_acks_end_a_dialogue_cleanly() -> None:
    assert check("这些情况我们私下电话沟通吧", DIALOGUE, sender="t_zhou", minutes=6) == []
    assert check("好的谢谢老师", DIALOGUE, sender="p_zhang_dad", minutes=6) == []


def test_someone_else_in_between_breaks_the_dialogue() -> None:
    history = [*DIALOGUE, make_message("明天要带水彩笔吗", sender="p_li_mom", ts=at(5))]
    assert check("他还说同桌老找他说话", history, sender="p_zhang_dad", minutes=6) == []


def test_repeated_question_and_answer_is_not_a_dialogue() -> None:
    history = [
        make_message("孩子的校服什么时候发？", sender="p_li_mom", ts=at(i)) for i in range(3)
    ]
    assert check("下周一统一发放。", history, sender="t_zhou", minutes=4) == []


def test_teacher_notice_is_not_a_dialogue_turn() -> None:
    text = "今天英语课学了颜色单词，回家可以和孩子玩找颜色的游戏，说出家里东西的颜色，" * 2
    assert check(text, DIALOGUE, sender="t_zhou", minutes=6) == []


# --- a situation laid out at length starts private_matter at once (LABELS.md) ------------

SITUATIONS = [
    # sleep + screens, the parent's own child as 孩子
    "老师，孩子这段时间晚上老是睡不着，一躺下就说心里慌，白天上课也没精神，"
    "我们发现他偷偷拿平板刷视频到很晚，说了也不听，真不知道怎么办才好",
    # family + mood, named by given name
    "雨彤爸爸这学期一直在外地打工不在身边，她最近特别敏感，一点小事就掉眼泪，"
    "回家也不怎么说话，我挺担心的，想请老师在学校多留意一下她的情绪",
    # friends + learning, grandparent's voice-to-text without punctuation
    "老师我跟你说下我家孙女何雨彤这学期好像没有朋友了下课都一个人坐着回来说没人跟她玩"
    "作业也不想写成绩下降得厉害我们老人也不懂怎么弄",
    # a good turn is still the pupil's situation: sleep + friends + mood
    "王老师跟您说一声，孩子这两天晚上能睡着了，那天您开导她以后，她说愿意跟同桌和好，"
    "早上也愿意去上学了",
]


def test_a_situation_laid_out_at_length_is_private_matter_at_once() -> None:
    for text in SITUATIONS:
        verdicts = check(text, sender="p_he_mom")
        assert [v.label for v in verdicts] == ["private_matter:situation"], text


def test_a_teachers_detailed_reply_continues_the_situation() -> None:
    opener = make_message(SITUATIONS[0], sender="p_he_mom", ts=at(0))
    reply = "雨彤妈妈您好，孩子晚上睡不好确实会影响白天的状态，建议睡前一小时不碰电子产品"
    assert [v.label for v in check(reply, [opener], sender="t_zhou", minutes=3)] == [
        "private_matter:follow"
    ]
    again = make_message(reply, sender="t_zhou", ts=at(3))
    assert check("好的，我们今晚就试试", [opener, again], sender="p_he_mom", minutes=5)


def test_short_logistics_and_a_move_to_private_are_clean() -> None:
    for text in (
        "老师早上好，雨彤昨晚发烧38度5，今天请假一天，在家休息，谢谢老师。",
        "老师，孩子的水杯忘带了，我中午送到门卫可以吗？",
        "孩子最近晚上睡不着，大家都是几点让孩子睡觉的？",
    ):
        assert check(text, sender="p_he_mom") == [], text
    opener = make_message(SITUATIONS[0], sender="p_he_mom", ts=at(0))
    assert check("雨彤妈妈，这个情况我们电话沟通吧", [opener], sender="t_zhou", minutes=2) == []


def test_another_parent_joining_the_discussion_continues_it() -> None:
    # LABELS.md: every further message that continues the discussion is private_matter
    opener = make_message(SITUATIONS[0], sender="p_he_mom", ts=at(0))
    other = make_message("明天要带水彩笔吗", sender="p_li_mom", ts=at(1))
    assert check("我家也经常这样，慢慢就好了", [opener, other], sender="p_guo_mom", minutes=2)
    assert check("明天几点到校？", [opener, other], sender="p_guo_mom", minutes=2) == []


def test_an_answer_to_the_family_continues_the_situation_for_longer() -> None:
    # a teacher answers an hour later, speaking to the family by name; another parent comforts
    # the family by name; a teacher's unrelated word at that time does not continue it
    opener = make_message(SITUATIONS[0], sender="p_he_mom", ts=at(0))
    reply = "雨彤妈妈，雨彤在学校确实话少了，课间常一个人坐着，我这边也会多找她聊聊，您别太担心"
    assert [v.label for v in check(reply, [opener], sender="t_zhou", minutes=60)] == [
        "private_matter:follow"
    ]
    assert check("雨彤妈妈别焦虑，孩子都是慢慢开窍的", [opener], sender="p_guo_mom", minutes=55)
    assert check("周五下午3点半放学，东门接。", [opener], sender="t_zhou", minutes=60) == []
    assert check("雨彤妈妈，群里不能发广告，请撤回。", [opener], sender="t_zhou", minutes=60) == []
    # past the window, an answer no longer continues it
    assert check(reply, [opener], sender="t_zhou", minutes=180) == []


def test_a_short_exchange_about_a_sick_day_is_logistics() -> None:
    history = [
        make_message("周老师，家豪今天请假", sender="p_zhang_dad", ts=at(0)),
        make_message("收到，是身体不舒服吗？", sender="t_zhou", ts=at(2)),
    ]
    assert check("有点拉肚子，在家观察一天", history, sender="p_zhang_dad", minutes=4) == []


@pytest.mark.parametrize(
    "text",
    ["各位家长，有没有孩子五年级数学特别吃力的？雨彤最近分数应用题完全不会，一做就哭，说自己笨，"
     "我辅导也辅导不明白，一讲就吵，现在晚上写作业家里跟打仗一样，真不知道怎么办了",
     "想跟大家聊聊雨彤的情况，她从小跟着爷爷奶奶在老家长大，今年才接到身边上学，到现在跟我们都不亲，"
     "在学校也不怎么说话，午饭经常吃不完，不知道该怎么办"],
)  # fmt: skip
def test_a_parent_laying_out_a_crisis_in_their_own_words(text: str) -> None:
    ctx = message_context(text, sender="p_he_mom")
    assert r16_private_matter.classmod_check_message(ctx)


def test_a_short_logistics_line_in_the_same_words_is_not() -> None:
    ctx = message_context("雨彤今天有点犯困，中午让她睡一会儿", sender="p_he_mom")
    assert r16_private_matter.classmod_check_message(ctx) == []


def test_a_teachers_short_reply_that_moves_to_a_call_is_clean() -> None:
    text = "何雨彤妈妈，雨彤在学校挺好的。我下班后给您打个电话，咱们详细聊聊。"
    assert r16_private_matter.classmod_check_message(message_context(text, sender="t_zhou")) == []


def test_the_discussion_goes_on_from_a_message_found_to_continue_it() -> None:
    # short on its own, but found to continue a pupil's situation laid out before it
    update = make_message("谢谢大家，今天好一点了，愿意去上学了", sender="p_he_mom", ts=at(0))
    found = {update.id: frozenset({Category.PRIVATE_MATTER})}
    reply = "抱抱，孩子会慢慢好起来的"
    assert check(reply, [update], sender="p_guo_mom", minutes=5, earlier=found)
    assert not check(reply, [update], sender="p_guo_mom", minutes=5)
    # a teacher taking it private ends it, and so does time
    closing = "何雨彤妈妈，孩子的情况我明天给您打电话，我们私下细聊，群里先到这里，谢谢大家"
    assert not check(closing, [update], minutes=5, earlier=found)
    assert not check(reply, [update], sender="p_guo_mom", minutes=300, earlier=found)


@pytest.mark.parametrize(
    "text",
    ["周老师，谢谢您下午跟我电话聊了一个多小时，雨彤今天晚上主动跟我说话了",
     "周老师，昨天您电话里说的我都试了，她昨晚主动把手机交出来了，谢谢您。",
     "谢谢大家上次的建议，雨彤这两天早上好多了，今天还主动说想去学校"],
)  # fmt: skip
def test_a_parent_bringing_the_group_up_to_date_after_help(text: str) -> None:
    verdicts = check(text, sender="p_he_mom")
    assert verdicts and verdicts[0].sub_rule == "update"


@pytest.mark.parametrize(
    "text",
    ["我们几个家长商量了，下周一起去教育局反映，孩子老被推来推去，愿意去的接龙",
     "周老师，谢谢您，孩子今天作业写完了", "谢谢老师，我回去让她多练练计算"],
)  # fmt: skip
def test_a_call_and_plain_thanks_are_no_update(text: str) -> None:
    assert [v for v in check(text, sender="p_he_mom") if v.sub_rule == "update"] == []


def test_a_cantonese_outpouring_lays_out_a_situation() -> None:
    text = (
        "我想问下大家，雨彤最近成日话唔想返学，朝早一起身就话肚痛，"
        "带佢去睇医生又话冇事，佢讲班上有人叫佢肥仔"
    )
    assert check(text, sender="p_he_mom")


def test_a_teachers_short_word_goes_on_with_a_discussion_found_to_go_on() -> None:
    update = make_message(
        "周老师，谢谢您电话里陪我聊，雨彤这两天心情好多了", sender="p_he_mom", ts=at(0)
    )
    found = {update.id: frozenset({Category.PRIVATE_MATTER})}
    assert check("太好了，雨彤妈妈，咱们一起努力。", [update], minutes=5, earlier=found)
    # a move to a call ends it, however short
    assert not check("雨彤妈妈，晚点打电话给您细说。", [update], minutes=5, earlier=found)


@pytest.mark.parametrize(
    "text",
    ["晚点我加你微信细聊", "明天我找他单独谈谈，您别担心", "您方便的话来学校一趟，我们当面沟通"],
)
def test_more_ways_of_taking_it_private_are_clean(text: str) -> None:
    from classmod.rules.standard.r16_private_matter import _MOVES_PRIVATE

    from classmod.text import normalize

    assert _MOVES_PRIVATE.has(normalize(text))


@pytest.mark.parametrize("text", ["没事老师，我们回去会督促他的", "好的，回家我跟她好好说说"])
def test_a_familys_short_word_back_continues_no_private_matter(text: str) -> None:
    from classmod.rules.standard.r16_private_matter import _PROMISES

    from classmod.text import normalize

    assert _PROMISES.search(normalize(text))


def test_a_child_in_distress_told_in_other_words_is_a_private_matter() -> None:
    text = (
        "老师，说几句心里话。我家何雨彤这学期像变了一个人，每天回宿舍偷偷哭，周末回家就把自己"
        "关在屋里，头发一把一把地掉，还说想休学。我们两口子三班倒，平时顾不上她，不知道怎么办。"
    )
    assert check(text, sender="p_he_mom")


_OUTPOURING = [
    make_message(
        "老师，何雨彤最近晚上总是睡不着，一到周日就说肚子疼不想上学，我和她爸爸也吵了好几次，"
        "真不知道该怎么办",
        sender="p_he_mom",
        ts=at(0),
    )
]


@pytest.mark.parametrize(
    "text",
    [
        "雨彤妈妈，谢谢您的信任。这些情况我们私下详细聊，我也会请年级组长一起，周三下午您方便吗",
        "雨彤妈妈，这件事我明天了解一下，晚上给你们打电话，群里先不说了",
    ],
)
def test_a_teacher_taking_a_matter_private_without_a_word_of_the_pupil_is_clean(text: str) -> None:
    assert check(text, _OUTPOURING, minutes=5) == [], text


def test_a_teacher_speaking_of_the_pupil_is_not_just_moving_private() -> None:
    says = r16_private_matter._says_nothing_of_the_pupil
    assert not says(message_context("雨彤妈妈，她上课有时会发呆，我们私下聊", sender="t_zhou"))
    assert not says(message_context("雨彤妈妈，何雨彤课间不太说话，我们私下聊", sender="t_zhou"))
    assert says(message_context("雨彤妈妈，我们私下详细聊", sender="t_zhou"))


def test_a_pitch_listing_childrens_troubles_starts_no_discussion() -> None:
    pitch = make_message(
        "孩子晚上总哭闹、身体弱老生病、学习注意力不集中、脾气越来越大？多半是八字太弱，"
        "请大师做法化解，一对一私聊咨询，百分百有效",
        sender="p_guo_mom",
        ts=at(0),
    )
    found = {pitch.id: frozenset({Category.AD, Category.ILLEGAL})}
    after = "哪有这种事，别信，我家孩子以前也老生病，后来多锻炼就好了，慢慢来"
    assert check(after, [pitch], sender="p_he_mom", minutes=2, earlier=found) == []
    assert check("发错群了，大家别当真", [pitch], sender="p_guo_mom", minutes=3) == []


def test_thanks_or_an_appointment_close_a_thread_they_do_not_carry_it_on() -> None:
    situation = make_message(
        "老师，雨彤这两个月晚上总睡不着，白天上课没精神，我们带她看了医生说是焦虑，"
        "吃了药也不见好，我和她爸爸都很着急，不知道该怎么办",
        sender="p_he_mom",
        ts=at(0),
    )
    assert check("好的，谢谢老师们，谢谢思远妈妈", [situation], sender="p_he_mom", minutes=5) == []
    assert check("好，我明天十点到", [situation], sender="p_he_mom", minutes=5) == []
    for closing in ("好，等您电话", "好，会后找您", "好，明天下午我来学校", "好，我看看再说"):
        assert check(closing, [situation], sender="p_he_mom", minutes=5) == [], closing
    # thanks with more of the situation carry it on
    assert check(
        "谢谢，可她最近越来越严重了，昨天还说不想上学", [situation], sender="p_he_mom", minutes=5
    )
