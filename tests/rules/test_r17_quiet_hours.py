from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from classmod.rules.standard import r17_quiet_hours
from classmod.rules.standard.r17_quiet_hours import Settings, urgent_word

from classmod.hookspecs import ALL_ROLES
from classmod.model import Category, QuietHours, Severity
from classmod.testing import SHANGHAI, make_group, make_message, message_context


def local(hour: int, minute: int = 0, day: int = 7) -> datetime:
    return datetime(2026, 9, day, hour, minute, tzinfo=SHANGHAI)


def check(text: str, when: datetime, **kw):
    ctx = message_context(text, now=when, **kw)
    return r17_quiet_hours.classmod_check_message(ctx)


@pytest.mark.parametrize(
    "when", [local(20, 0), local(21, 30), local(23, 59), local(0, 10), local(6, 59)]
)
def test_inside_the_window_is_a_reminder(when: datetime) -> None:
    verdicts = check("明天穿什么衣服去学校呀", when)
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.QUIET_HOURS
    assert v.severity is Severity.NOTE
    assert v.delete is False
    assert v.evidence == f"{when:%H:%M}"
    assert "晚上8时" in v.reason


@pytest.mark.parametrize("when", [local(7, 0), local(12, 0), local(19, 59)])
def test_outside_the_window_is_clean(when: datetime) -> None:
    assert check("明天穿什么衣服去学校呀", when) == []


def test_timestamp_is_converted_to_the_group_timezone() -> None:
    # 13:30 UTC is 21:30 in Shanghai
    assert check("大家晚上好", datetime(2026, 9, 7, 13, 30, tzinfo=UTC))
    # 03:00 UTC is 11:00 in Shanghai
    assert check("大家好", datetime(2026, 9, 7, 3, 0, tzinfo=UTC)) == []


def test_group_window_and_unset_window() -> None:
    late = make_group(quiet_hours=QuietHours(start=time(21, 30), end=time(6, 30)))
    assert check("大家好", local(21, 0), group=late) == []
    assert check("大家好", local(21, 45), group=late)
    assert check("大家好", local(23, 0), group=make_group(quiet_hours=None)) == []


def test_teachers_are_reminded_with_the_teacher_clause() -> None:
    verdicts = check("今天的作业是练习册第5页", local(21, 0), sender="t_li")
    assert verdicts
    assert "教师" in verdicts[0].reason


@pytest.mark.parametrize(
    "text",
    ["紧急通知：明天因台风停课", "明天暴雨，学校推迟一小时到校", "假期注意用电安全"],
)
def test_a_teachers_urgent_notice_is_clean(text: str) -> None:
    assert check(text, local(22, 0), sender="t_zhou") == []


@pytest.mark.parametrize(
    "text",
    ["老师，孩子发烧了明天请假", "有人看到何雨彤吗？孩子还没回来", "急事！请班主任看到回电话"],
)
def test_a_parents_urgent_message_is_still_in_quiet_hours(text: str) -> None:
    # LABELS.md: the one exemption is a teacher's or the school's urgent notice
    assert check(text, local(22, 0))


@pytest.mark.parametrize(
    "text",
    ["各位家长，晚上九点以后没有急事请不要在群里发消息", "十点以后请勿在群里发消息，孩子们要休息"],
)
def test_a_teachers_reminder_not_to_post_late_is_no_urgent_notice(text: str) -> None:
    # LABELS.md: "a reminder not to post late" is labelled; its 急事 is no emergency
    assert check(text, local(21, 35), sender="t_zhou")


def test_urgent_word_helper_sees_through_spacing() -> None:
    assert urgent_word("明天停课") == "停课"
    assert urgent_word("明天见") is None


def test_requested_acknowledgement_is_clean_but_a_chat_reply_is_not() -> None:
    notice = make_message(
        "明天的春游安全告知书请签字，收到请回复", sender="t_zhou", ts=local(20, 10)
    )
    assert check("收到", local(20, 15), history=[notice]) == []
    plain = make_message("今天大家表现都很棒，继续加油", sender="t_zhou", ts=local(20, 10))
    assert check("收到", local(20, 15), history=[plain])


def test_only_the_acknowledgements_an_urgent_notice_asked_for_are_clean() -> None:
    urgent = make_message(
        "明天因暴雨停课，在家上网课，收到请回复", sender="t_zhou", ts=local(21, 0)
    )
    assert check("收到", local(21, 5), history=[urgent]) == []
    # a parent's question about the notice is labelled
    assert check("那网课几点开始呀", local(21, 5), reply_to=urgent.id, replied=urgent)
    unasked = make_message("明天因暴雨停课，在家上网课", sender="t_zhou", ts=local(21, 0))
    assert check("好的", local(21, 5), history=[unasked])


def test_reply_to_a_parent_urgent_message_is_not_exempt() -> None:
    parent = make_message("明天停课吗？", sender="p_guo_mom", ts=local(21, 0))
    assert check("不知道呢", local(21, 5), reply_to=parent.id, replied=parent)


def test_custom_urgent_words() -> None:
    s = Settings(urgent_words=("考试",))
    assert check("明天考试带2B铅笔", local(21, 0), settings=s, sender="t_zhou") == []
    assert check("明天停课", local(21, 0), settings=s, sender="t_zhou")


def test_declaration_judges_everyone() -> None:
    spec = r17_quiet_hours.classmod_declare_rule()
    assert spec.id == "R17"
    assert spec.roles == ALL_ROLES


def test_history_is_bounded_by_the_window() -> None:
    earlier = make_message("大家好", ts=local(19, 0) - timedelta(days=1))
    assert check("大家好", local(22, 0), history=[earlier])


def test_a_rumour_is_no_urgent_matter() -> None:
    assert check("【紧急扩散】接内部通知，明天全市停课，请相互转告！！", local(22, 15))
    assert check("明天因台风停课，请注意安全", local(22, 15), sender="t_zhou") == []


def test_a_teachers_answer_at_night_is_labelled() -> None:
    question = make_message("明天要带什么？", sender="p_guo_mom", ts=local(20, 25))
    assert check("带好水杯就行", local(20, 30), sender="t_zhou", history=[question])


def test_an_english_request_for_replies_counts() -> None:
    urgent = make_message(
        "【Urgent】东门管道爆裂，今天全体学生改由西门入校。Please reply “received”.",
        sender="t_zhou",
        ts=local(6, 0),
    )
    assert check("Received", local(6, 2), history=[urgent]) == []
    assert check("received 收到", local(6, 3), history=[urgent]) == []
    assert check("Received，西门那边有停车位吗？", local(6, 4), history=[urgent])


def test_acknowledgement_after_a_question_and_answer_about_the_notice_is_clean() -> None:
    urgent = make_message(
        "【紧急通知】暴雨红色预警，明天停课一天，线上学习。收到请回复。", sender="t_zhou",
        ts=local(21, 50),
    )  # fmt: skip
    question = make_message("那明天线上课几点开始？", sender="p_guo_mom", ts=local(21, 58))
    answer = make_message("上午九点开始，课表明早发群里。", sender="t_zhou", ts=local(22, 5))
    history = [urgent, question, answer]
    assert check("收到收到 老师辛苦了", local(22, 10), history=history) == []
    # the answer itself, and a new question, are still labelled
    assert check("那要准备什么？", local(22, 11), history=history)
    # a later, ordinary staff post takes over: acknowledging it is not exempt
    later = make_message("今天大家表现都很棒，继续加油", sender="t_zhou", ts=local(22, 6))
    assert check("收到", local(22, 10), history=[*history, later])
    # the acknowledgement the notice asked for is exempt however late it comes that night
    # (LABELS.md puts no time on it), while only answers to questions came after
    assert check("收到", local(23, 30), history=history) == []


@pytest.mark.parametrize(
    "text",
    ["各位家长：明早到校时间调整为8:30，请相互转告", "明天改为线上上课，课表稍后发",
     "明日暂停课后服务，放学请按时接孩子"],
)  # fmt: skip
def test_a_change_to_the_next_days_schedule_is_urgent(text: str) -> None:
    assert check(text, local(21, 0), sender="t_zhou") == []


@pytest.mark.parametrize("text", ["明天记得带水彩笔", "今天的作业是练习册第5页"])
def test_an_ordinary_notice_at_night_is_not_urgent(text: str) -> None:
    assert check(text, local(21, 0), sender="t_zhou")


def test_the_acknowledgement_asked_for_with_how_the_family_complies() -> None:
    urgent = make_message(
        "【紧急通知】校车停运一天，请自行送孩子到校，时间放宽到九点。收到请回复",
        sender="t_zhou",
        ts=local(6, 30),
    )
    assert check("收到，我们九点前送到", local(6, 35), history=[urgent]) == []
    assert check("收到，那几点放学呢？", local(6, 35), history=[urgent])  # a question after it
    unasked = make_message("校车停运一天，请自行送孩子到校", sender="t_zhou", ts=local(6, 30))
    assert check("收到，我们九点前送到", local(6, 35), history=[unasked])


def test_the_nights_thread_goes_on_while_it_keeps_moving() -> None:
    urgent = make_message(
        "【紧急通知】明天全天停水，上午十一点提前放学，不供午餐。请家长收到后回复收到。",
        sender="t_zhou", ts=local(20, 30),
    )  # fmt: skip
    question = make_message("中午来不了，孩子能在学校等吗？", sender="p_guo_mom", ts=local(20, 40))
    answer = make_message("可以，我统一安排在教室等。", sender="t_zhou", ts=local(20, 45))
    # 40 minutes after the notice, 25 after the last answer of its thread: still its ack
    assert check("收到", local(21, 10), history=[urgent, question, answer]) == []


def test_a_late_acknowledgement_quoting_the_urgent_notice_is_the_one_it_asked_for() -> None:
    urgent = make_message(
        "【紧急通知】暴雨橙色预警，明天返校推迟到下午四点。请家长收到后回复“收到”。",
        sender="t_zhou", ts=local(21, 50),
    )  # fmt: skip
    late = local(23, 40)
    assert check("刚下班看到，收到，谢谢周老师", late, history=[urgent], replied=urgent) == []
    # a question quoting it is still labelled
    assert check("那周一几点到？", late, history=[urgent], replied=urgent)


def test_the_acks_an_urgent_notice_asked_for_stay_exempt_after_a_question_and_late() -> None:
    # "收到请回复1" at 22:25; a parent's question and the teacher's answer; more 1s come in,
    # the last almost an hour after the thread went quiet
    urgent = make_message(
        "【紧急通知】明天体检集合时间提前到7:00，请家长务必转告孩子。收到请回复1。",
        sender="t_zhou",
        ts=local(22, 25),
    )
    ones = [make_message("1", sender="p_li_mom", ts=local(22, 26 + i)) for i in range(3)]
    question = make_message("1，那早饭是不是体检完在那边吃？", sender="p_guo_mom", ts=local(22, 30))
    answer = make_message("学校给带了面包牛奶，体检完发", sender="t_zhou", ts=local(22, 33))
    history = [urgent, *ones, question, answer]
    assert check("1", local(22, 40), history=history) == []
    assert check("收到", local(23, 35), history=history) == []
    # the parent's question itself is still in the quiet hours
    assert check("那要带水吗？", local(22, 41), history=history)


def test_the_pupils_name_and_how_the_family_complies_are_the_reply_asked_for() -> None:
    urgent = make_message(
        "【紧急】明早第一节改成自习，还没返校的同学请明早6:40前到校，请回复“孩子姓名+收到”。",
        sender="t_zhou",
        ts=local(22, 20),
    )
    assert check("何雨彤收到 明早送", local(22, 32), history=[urgent]) == []
    assert check("何雨彤收到 那早饭在哪吃？", local(22, 33), history=[urgent])  # a question


def test_thanks_at_night_are_not_the_acknowledgement_an_urgent_notice_asked_for() -> None:
    from classmod.testing import make_message

    notice = make_message(
        "【紧急通知】明天暴雪停课一天，收到请回复", sender="t_zhou", ts=local(21, 0)
    )
    assert check("收到", local(21, 5), history=[notice]) == []
    assert check("谢谢周老师", local(21, 5), history=[notice])


def test_a_reminder_after_an_hour_not_to_send_voice_messages_is_no_urgent_notice() -> None:
    text = "奶奶，晚上9点后群里不发语音了哈，有急事打我电话"
    assert check(text, local(21, 30), sender="t_zhou")
