from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest
from classmod.rules.standard import r11_ack_reply
from classmod.rules.standard.r11_ack_reply import is_ack

from classmod.context import Notice
from classmod.model import Category, MessageKind, Severity
from classmod.notices import asks_for_reply, looks_like_notice
from classmod.testing import SHANGHAI, make_message, message_context

T0 = datetime(2026, 9, 7, 8, 0, tzinfo=SHANGHAI)
NOTICE = "各位家长好，明天学校组织秋游，请给孩子准备好午餐和水，8点前到校。"
NOTICE_ASKING = "明天秋游的安全告知书请家长签字，收到请回复。"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def teacher_post(text: str = NOTICE, minutes: float = 0, **kw):
    return make_message(text, sender="t_zhou", ts=at(minutes), **kw)


def check(text: str, *, history=(), minutes: float = 5, **kw):
    ctx = message_context(text, history=list(history), now=at(minutes), **kw)
    return r11_ack_reply.classmod_check_message(ctx)


# --- helpers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "收到",
        "收到！",
        "收 到",
        "好的",
        "好的，谢谢老师",
        "谢谢老师！",
        "老师辛苦了",
        "OK",
        "ｏｋ",
        "👍",
        "🙏🙏",
        "[强]",
        "[抱拳][抱拳]",
        "收到收到",
        "嗯嗯，知道了",
        "已收到，谢谢",
        "1",
        "好嘞",
    ],
)
def test_is_ack(text: str) -> None:
    assert is_ack(text)


@pytest.mark.parametrize(
    "text",
    [
        "收到，请问明天几点集合？",
        "好的，那孩子需要带水杯吗",
        "谢谢老师，孩子回家说很喜欢秋游活动",
        "？？？",
        "",
        "明天",
        "老师，何雨彤今天发烧请假",
        "何雨彤",
    ],
)
def test_is_not_ack(text: str) -> None:
    assert not is_ack(text)


def test_pupil_name_and_relation_are_ignored() -> None:
    assert is_ack("何雨彤妈妈收到", pupils=("何雨彤",))
    assert is_ack("何 雨 彤 家长：收到！", pupils=("何雨彤",))
    assert not is_ack("何雨彤妈妈收到", pupils=())


def test_sticker_is_ack_but_image_is_not() -> None:
    assert is_ack("", MessageKind.STICKER)
    assert not is_ack("", MessageKind.IMAGE)


@pytest.mark.parametrize(
    "text",
    [
        NOTICE_ASKING,
        "请各位家长回复收到",
        "收到请回复1",
        "请接龙报名",
        "签好后在群里回复“已签字”",
        "回复1确认参加",
        "看到请回复",
        "完成后回复“已学习”",
    ],
)
def test_asks_for_reply(text: str) -> None:
    assert asks_for_reply(text)


@pytest.mark.parametrize(
    "text", [NOTICE, "今天的作业：语文练习册第5页，无需回复。", "明天降温，注意保暖"]
)
def test_does_not_ask_for_reply(text: str) -> None:
    assert not asks_for_reply(text)


def test_looks_like_notice() -> None:
    assert looks_like_notice(teacher_post())
    assert looks_like_notice(teacher_post("今日语文作业见图", kind=MessageKind.IMAGE))
    assert not looks_like_notice(teacher_post("", kind=MessageKind.IMAGE))
    assert not looks_like_notice(teacher_post("今天的午餐，孩子们吃得很香", kind=MessageKind.IMAGE))
    assert not looks_like_notice(teacher_post("本周单词小达人活动，全班都有进步，为孩子们点赞！"))
    assert not looks_like_notice(teacher_post("何雨彤妈妈明天能来学校一趟吗？"))
    assert not looks_like_notice(teacher_post("@何雨彤妈妈 明天来一趟", mentions=("p_he_mom",)))
    assert not looks_like_notice(teacher_post("好的"))


# --- the rule --------------------------------------------------------------------------------


def test_reply_ack_to_notice_without_reply_request_is_flagged() -> None:
    notice = teacher_post()
    verdicts = check("收到", reply_to=notice.id, replied=notice)
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.ACK_REPLY
    assert v.severity is Severity.NOTE
    assert v.delete is False
    assert dict(v.data) == {"notice_id": notice.id}


def test_reply_ack_when_notice_asked_for_replies_is_clean() -> None:
    notice = teacher_post(NOTICE_ASKING)
    assert check("收到", reply_to=notice.id, replied=notice) == []


def test_tracked_notice_decides() -> None:
    notice = teacher_post()
    tracked = Notice(
        message_id=notice.id, group_id="g1", sender_id="t_zhou", ts=at(0), asks_reply=True
    )
    assert check("收到", reply_to=notice.id, replied=notice, notice=tracked) == []
    tracked = Notice(
        message_id=notice.id, group_id="g1", sender_id="t_zhou", ts=at(0), asks_reply=False
    )
    verdicts = check("好的", reply_to=notice.id, replied=notice, notice=tracked)
    assert dict(verdicts[0].data) == {"notice_id": notice.id}


def test_non_reply_ack_after_a_notice_and_other_acks_is_flagged() -> None:
    notice = teacher_post()
    history = [
        notice,
        make_message("收到", sender="p_guo_mom", ts=at(1)),
        make_message("[强]", sender="p_li_mom", ts=at(2)),
        make_message("", sender="p_chen_dad", kind=MessageKind.STICKER, ts=at(2)),
    ]
    verdicts = check("谢谢老师", history=history)
    assert dict(verdicts[0].data) == {"notice_id": notice.id}


def test_notice_in_pieces_asking_for_reply_is_clean() -> None:
    history = [
        teacher_post(NOTICE_ASKING, 0),
        teacher_post("告家长书见图", 1, kind=MessageKind.IMAGE),
        make_message("收到", sender="p_guo_mom", ts=at(2)),
    ]
    assert check("收到", history=history) == []


def test_many_acks_do_not_hide_the_notice() -> None:
    senders = ["p_guo_mom", "p_zhang_dad", "p_li_mom", "p_chen_dad", "p_guo_waipo"] * 8
    history = [teacher_post()] + [make_message("收到", sender=s, ts=at(1)) for s in senders]
    assert check("收到", history=history)


def test_thanks_after_an_activity_photo_is_an_acknowledgement() -> None:
    # LABELS.md: thanks after a teacher's photos, praise or shared article are acknowledgements
    photo = teacher_post("今天的午餐：米饭、糖醋排骨，孩子们吃得很香", kind=MessageKind.IMAGE)
    assert check("老师辛苦了", history=[photo])
    assert check("", history=[photo], kind=MessageKind.STICKER)
    praise = teacher_post("本周单词小达人活动，全班都有进步，为孩子们点赞！")
    assert check("谢谢老师", history=[praise])
    article = teacher_post("分享一篇关于亲子阅读的好文章", kind=MessageKind.LINK_CARD)
    assert check("谢谢分享", history=[article])


def test_thanks_after_a_teacher_answers_a_question_is_clean() -> None:
    history = [
        make_message("孩子字写得潦草，有没有好的字帖推荐？", sender="p_guo_mom", ts=at(0)),
        teacher_post("用课本配套的同步字帖就可以，每天写一页，贵在坚持。", 1),
    ]
    assert check("好的谢谢老师", sender="p_guo_mom", history=history) == []


def test_engine_hint_for_an_unquoted_ack_is_not_trusted_blindly() -> None:
    question = make_message("请问明天要带水彩笔吗？", sender="p_guo_mom", ts=at(0))
    answer = teacher_post("要带的，还有调色盘。", 1)
    hint = Notice(
        message_id=answer.id, group_id="g1", sender_id="t_zhou", ts=at(1), asks_reply=False
    )
    assert check("好的谢谢老师", sender="p_guo_mom", history=[question, answer], notice=hint) == []


@pytest.mark.parametrize(
    "text",
    ["收到刘老师", "谢谢王老师", "辛苦陈老师", "周老师辛苦了", "好的谢谢老师提醒", "谢谢分享",
     "收到，谢谢数学老师", "谢谢班主任", "已签字"],
)  # fmt: skip
def test_a_teacher_named_inside_an_acknowledgement_changes_nothing(text: str) -> None:
    assert is_ack(text)
    assert check(text, history=[teacher_post()])


@pytest.mark.parametrize("text", ["没收到", "还没收到", "我没收到通知", "未收到"])
def test_a_negated_acknowledgement_is_none(text: str) -> None:
    assert not is_ack(text)
    assert check(text, history=[teacher_post()]) == []


def test_do_not_reply_and_paper_slips_ask_for_nothing() -> None:
    assert not asks_for_reply("本周作业已发，请勿回复，以免刷屏。")
    assert not asks_for_reply("回执单请家长签字后，明天让孩子带回交给班主任。")
    slip = teacher_post("安全告知书请家长签字，明天让孩子带回学校。")
    assert check("收到", history=[slip])


def test_one_unrecognised_acknowledgement_does_not_hide_the_notice() -> None:
    history = [
        teacher_post(),
        make_message("收到，马上准备", sender="p_guo_mom", ts=at(1)),
        make_message("收到", sender="p_li_mom", ts=at(2)),
    ]
    assert check("收到", history=history)


def test_a_question_long_before_a_notice_does_not_make_it_an_answer() -> None:
    history = [
        make_message("请问明天要穿校服吗？", sender="p_guo_mom", ts=at(-300)),
        teacher_post(NOTICE, 0),
    ]
    assert check("收到", history=history)


def test_quoting_a_teachers_answer_to_ones_own_question_is_clean() -> None:
    question = make_message("请问明天要带水彩笔吗？", sender="p_he_mom", ts=at(0))
    answer = teacher_post("要带的，还有调色盘和小水桶，记得写上名字。", 1)
    assert (
        check("好的谢谢老师", history=[question, answer], replied=answer, reply_to=answer.id) == []
    )


def test_ack_after_a_parent_question_is_clean() -> None:
    history = [
        teacher_post(),
        make_message("请问需要带雨伞吗？", sender="p_guo_mom", ts=at(1)),
    ]
    assert check("好的", history=history) == []


def test_ack_to_teacher_answering_a_question_is_clean() -> None:
    history = [
        make_message("老师，明天几点集合？", sender="p_he_mom", ts=at(0)),
        make_message("8点", sender="t_zhou", ts=at(1)),
    ]
    assert check("好的谢谢老师", history=history) == []
    question = teacher_post("何雨彤妈妈，明天能来学校一趟吗？")
    assert check("好的", reply_to=question.id, replied=question) == []


def test_thanks_for_praise_that_names_own_child_is_still_an_acknowledgement() -> None:
    # LABELS.md: thanks after a teacher's praise are acknowledgements; only thanks for an
    # answer to one's own question, or thanks with a word about one's child, are clean
    praise = teacher_post("表扬一下：何雨彤、郭思远今天主动帮同学打扫教室，奖励小红花")
    assert check("谢谢老师", history=[praise])
    assert check("谢谢老师", reply_to=praise.id, replied=praise)
    assert check("👍", sender="p_guo_mom", history=[praise])
    assert check("谢谢老师，雨彤回家一直在说这件事", history=[praise]) == []


def test_a_post_addressed_to_the_family_is_personal() -> None:
    to_family = teacher_post("何雨彤妈妈，雨彤今天主动帮同学打扫教室，回家多表扬她")
    assert check("谢谢老师", history=[to_family]) == []


@pytest.mark.parametrize(
    "text",
    ["谢谢褚老师", "收到褚老师，谢谢", "要得要得", "妥了，陈老师", "得嘞秦老师",
     "好的徐老师我们晓得了", "收到，老师受累了", "孩子们真能干", "哎呀太可爱了",
     "叶老师辛苦了，讲得很细"],
)  # fmt: skip
def test_acknowledgements_in_dialects_rare_surnames_and_reactions(text: str) -> None:
    assert check(text, history=[teacher_post("数学作业：练习册第12页，明天交。")])


def test_a_dialect_question_makes_the_teachers_post_an_answer() -> None:
    history = [
        make_message("罗老师我家雨彤考了好多分嘛 在班上算啥子水平", sender="p_he_mom", ts=at(0)),
        make_message("雨彤78分，中等，计算还要多练。", sender="t_zhou", ts=at(10)),
    ]
    assert check("晓得了 谢谢罗老师", history=history) == []


def test_an_answer_about_what_the_member_had_just_posted_is_an_answer_to_them() -> None:
    history = [
        make_message("听说下个月补贴要涨，大家快去登记", sender="p_he_mom", ts=at(0)),
        make_message("老师，这个是真的吗？", sender="p_guo_mom", ts=at(5)),
        make_message("学校没有接到这个通知，请以官方公告为准。", sender="t_zhou", ts=at(15)),
    ]
    assert check("要得要得", history=history) == []
    assert check("谢谢老师澄清", sender="p_li_mom", history=history)


def test_reply_to_a_parent_is_clean() -> None:
    parent = make_message("明天记得带水彩笔哦", sender="p_guo_mom", ts=at(0))
    assert check("好的谢谢", reply_to=parent.id, replied=parent) == []


def test_ack_with_more_content_is_clean() -> None:
    notice = teacher_post()
    assert check("收到，请问午餐需要带几份？", reply_to=notice.id, replied=notice) == []


def test_stale_notice_is_not_acknowledged() -> None:
    assert check("收到", history=[teacher_post(minutes=0)], minutes=60 * 10) == []


def test_no_history_is_clean() -> None:
    assert check("收到") == []


def test_declaration() -> None:
    spec = r11_ack_reply.classmod_declare_rule()
    assert (spec.id, spec.category) == ("R11", Category.ACK_REPLY)


def test_surely_not_ack_never_contradicts_is_ack() -> None:
    """The shortcut may only say "surely not an acknowledgement" where is_ack agrees; on
    every acknowledgement it must defer to is_ack. Checked over the labelled corpus, the
    acknowledgements above, their evasions and pupil-name variants."""
    import json
    from pathlib import Path

    from classmod.rules.standard._common import pupil_matcher_for
    from classmod.rules.standard.r11_ack_reply import surely_not_ack

    from classmod.text import normalize

    pupils = ("何雨彤", "李一鸣")
    matcher = pupil_matcher_for(pupils)
    texts = [
        "收到",
        "好的，谢谢老师",
        "👍",
        "[强]",
        "1",
        "ｏｋ",
        "收 到",
        "收～到！",
        "何雨彤妈妈收到",
        "何 雨 彤 家长：收到！",
        "李一鸣爸爸：好的",
        "收到，请问明天几点集合？",
        "明天",
        "？？？",
        "何雨彤",
        "",
        " ",
        "一鸣收到",
        "好的好的好的好的好的好的好的好的好的好的好的好的",
    ]
    corpus = Path(__file__).parents[1] / "corpus" / "transcripts"
    for path in sorted(corpus.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    assert len(texts) > 1000
    kinds = (MessageKind.TEXT, MessageKind.STICKER, MessageKind.IMAGE)
    deferred = 0
    for text in texts:
        for kind in kinds:
            for names, m in ((pupils, matcher), ((), None)):
                if surely_not_ack(text, kind, normalize(text), m):
                    assert not is_ack(text, kind, pupils=names), (text, kind, names)
                elif is_ack(text, kind, pupils=names):
                    deferred += 1
    assert deferred > 20  # the acknowledgements were all deferred to is_ack, not refused


def test_no_reply_in_the_group_asks_for_nothing() -> None:
    assert not asks_for_reply("周五春游回执请签字后让孩子带回。无需在群里回复。")
    assert check("收到", history=[teacher_post("本周安排见图，纸质回执签字带回，无需在群里回复。")])


def test_compound_surnames_and_reactions_are_acknowledgements() -> None:
    assert is_ack("收到欧阳老师")
    for text in ("太棒了👏👏", "绝绝子！", "学习了"):
        assert is_ack(text), text
    assert not is_ack("孩子们真棒，我家的也在里面")


def test_thanks_after_a_teacher_answers_ones_own_request_is_clean() -> None:
    request = make_message(
        "郑老师，孩子的外套落在操场上了，麻烦帮忙找一下", sender="p_he_mom", ts=at(0)
    )
    answer = teacher_post("外套找到了，放在门卫室，放学时去拿就行。", 3)
    assert check("好的好的谢谢老师", history=[request, answer]) == []
    assert (
        check("好的好的谢谢老师", history=[request, answer], replied=answer, reply_to=answer.id)
        == []
    )


def test_thanks_after_a_teacher_speaks_to_the_family_or_moves_to_private_are_clean() -> None:
    # the sender (p_he_mom, 何雨彤's mother) is addressed by her child's name and relation
    to_family = teacher_post("雨彤妈妈，雨彤这两周在学校话少了，我这边会多找她聊聊", minutes=0)
    assert check("好的谢谢周老师", history=[to_family], minutes=3) == []
    private = teacher_post("具体的咱们私聊吧，我加您微信。", minutes=6)
    assert check("好的谢谢周老师", history=[to_family, private], minutes=9) == []
    # a notice to everyone is still acknowledged
    assert check("好的谢谢周老师", history=[teacher_post(minutes=0)], minutes=3)


@pytest.mark.parametrize(
    "text",
    ["拍得真好看，辛苦老师们了！", "为咱班孩子点赞👍👍", "谢谢方老师及时说明，放心了",
     "感谢岑老师分享照片",
     "孩子们好开心[呲牙]", "太棒了，孩子们好拼", "好的，回去就签", "谢谢陈老师周末还回复",
     "好的范老师 你们也注意安全", "孩子们真棒", "真好"],
)  # fmt: skip
def test_reactions_and_thanks_in_more_words_are_acknowledgements(text: str) -> None:
    assert is_ack(text)


@pytest.mark.parametrize("text", ["你好", "回复", "还好", "孩子们都好", "说明一下", "周末去哪玩"])
def test_words_that_only_look_like_reactions(text: str) -> None:
    assert not is_ack(text)


@pytest.mark.parametrize(
    "text",
    ["明天交回执，麻烦家长回复一下", "完成后回复“已完成”", "签好字的回复已签字", "家长们看到回个1",
     "看到扣个1", "请在群里回复孩子姓名+收到", "辛苦大家确认一下"],
)  # fmt: skip
def test_requests_for_a_reply_without_please(text: str) -> None:
    assert asks_for_reply(text), text


@pytest.mark.parametrize(
    "text", ["明天回1号楼集合", "孩子们回一下头就看到了", "记得带水杯", "辛苦各位家长配合"]
)
def test_no_request_for_a_reply(text: str) -> None:
    assert not asks_for_reply(text), text


@pytest.mark.parametrize(
    "text",
    ["晓得了彭老师", "恭喜小明星们👏👏", "收到，陈老师也假期愉快🌹", "谢谢顾老师鼓励",
     "好嘢 多谢学校安排"],
)  # fmt: skip
def test_reactions_pleasantries_and_dialect_acks_are_acknowledgements(text: str) -> None:
    assert is_ack(text), text


def test_thanks_for_an_answer_another_family_got_is_an_acknowledgement() -> None:
    from datetime import timedelta

    from classmod.rules.standard import r11_ack_reply

    from classmod.testing import make_message, message_context

    question = make_message("周老师，月假要取消是真的吗？", sender="p_li_mom")
    answer = make_message(
        "月假安排不变，按校历执行，请大家不要听信传言。",
        sender="t_zhou",
        ts=question.ts + timedelta(minutes=5),
    )
    later = answer.ts + timedelta(minutes=2)

    def check(text: str, sender: str) -> list:  # type: ignore[type-arg]
        ctx = message_context(text, sender=sender, history=[question, answer], now=later)
        return r11_ack_reply.classmod_check_message(ctx)

    assert check("谢谢周老师澄清", "p_he_mom")  # another family read the answer too
    assert check("谢谢周老师", "p_li_mom") == []  # thanks for one's own answer are clean


def test_a_request_is_not_passed_over_and_a_greeting_to_all_is_no_ack() -> None:
    from datetime import timedelta

    from classmod.rules.standard import r11_ack_reply

    from classmod.testing import make_message, message_context

    notice = make_message("今日作业：练习册第5页。", sender="t_zhou")
    ask = make_message("求期中复习资料", sender="p_li_mom", ts=notice.ts + timedelta(minutes=1))
    ctx = message_context(
        "👍", sender="p_he_mom", history=[notice, ask], now=notice.ts + timedelta(minutes=2)
    )
    assert r11_ack_reply.classmod_check_message(ctx) == []
    soon = notice.ts + timedelta(minutes=2)
    ctx = message_context("周末愉快各位家长～", sender="p_he_mom", history=[notice], now=soon)
    assert r11_ack_reply.classmod_check_message(ctx) == []


def test_a_homework_post_after_a_question_is_no_answer_to_it() -> None:
    from datetime import timedelta

    from classmod.rules.standard import r11_ack_reply

    from classmod.testing import make_message, message_context

    q = make_message("各位，有问题可以找学校当面谈，咱私下说中不中？", sender="p_li_mom")
    hw = make_message(
        "今天语文作业：默写全文，周三检查。无需回复。",
        sender="t_zhou",
        ts=q.ts + timedelta(minutes=10),
    )
    soon = hw.ts + timedelta(minutes=1)
    ctx = message_context("收到周老师", sender="p_he_mom", history=[q, hw], now=soon)
    assert r11_ack_reply.classmod_check_message(ctx)


def test_thanks_after_a_teacher_sets_the_members_claim_straight_is_clean() -> None:
    history = [
        make_message("听邻居说隔壁学校有手足口，咱们也快停课了", sender="p_guo_mom", ts=at(0)),
        teacher_post("学校目前没有病例，也没有停课安排，请以学校通知为准。", 4),
    ]
    assert check("好的周老师", sender="p_guo_mom", history=history) == []


def test_thanks_after_a_teacher_answers_the_family_by_name_hours_later_is_clean() -> None:
    history = [
        make_message("老师孩子第一次住校晚上睡得好不好", sender="p_guo_mom", ts=at(0)),
        teacher_post("子轩妈妈，孩子昨晚睡得很好，早上还帮同学叠被子。", 50),
    ]
    assert check("谢谢周老师", sender="p_guo_mom", history=history, minutes=55) == []


@pytest.mark.parametrize(
    "text", ["收到楼老师", "楼老师辛苦了", "谢谢楼慧老师🙏", "辛苦Emily！", "Thanks Emily"]
)
def test_a_teacher_named_by_a_rare_surname_or_a_latin_name_changes_nothing(text: str) -> None:
    from classmod.model import Role
    from classmod.testing import make_roster

    roster = make_roster(
        teachers=(
            ("t_lou", "楼慧", "语文", Role.HEAD_TEACHER),
            ("t_em", "张雅", "英语", Role.TEACHER),
        )
    )
    emily = roster.teachers[1]
    emily = dataclasses.replace(emily, display_name="英语张雅 Emily")
    roster = dataclasses.replace(roster, teachers=(roster.teachers[0], emily))
    post = make_message(NOTICE, sender="t_lou", ts=at(0))
    ctx = message_context(text, history=[post], now=at(3), roster=roster)
    assert r11_ack_reply.classmod_check_message(ctx), text
    # an everyday word after the surname stays no acknowledgement
    ctx = message_context("收到楼下的快递了", history=[post], now=at(3), roster=roster)
    assert r11_ack_reply.classmod_check_message(ctx) == []


@pytest.mark.parametrize("text", ["Happy holiday!", "为孩子们打call👏"])
def test_holiday_wishes_and_cheers_are_acknowledgements(text: str) -> None:
    assert is_ack(text), text


def test_a_welcome_to_a_teacher_introduced_is_no_acknowledgement() -> None:
    # four of the corpora's six bare welcomes ("欢迎赵老师") are labelled clean
    assert not is_ack("欢迎赵老师")


def test_the_replies_a_notice_asked_for_go_on_past_the_teachers_answers_to_questions() -> None:
    # the notice asks for "孩子姓名+已完成"; a parent asks how to log in, the teacher answers;
    # the completions that come in after are still the replies the notice asked for
    notice = teacher_post(
        "本周安全教育平台专题请带孩子完成，完成后在群里回复“孩子姓名+已完成”。", 0
    )
    done = make_message("何雨彤已完成", sender="p_he_mom", ts=at(10))
    question = make_message("老师我点开要登录，账号是啥来着？", sender="p_li_mom", ts=at(30))
    answer = teacher_post("账号是孩子的学籍号，初始密码在开学发的那张条上", 32)
    thanks = make_message("找着了 谢谢老师", sender="p_li_mom", ts=at(33))
    history = [notice, done, question, answer, thanks]
    for text in ("李子涵已完成", "已完成", "收到", "1"):
        assert check(text, sender="p_guo_mom", history=history, minutes=90) == [], text
    # thanks are for the answer another family got, read by everyone: acknowledged as before
    assert check("谢谢周老师解答", sender="p_guo_mom", history=history, minutes=34)
    # a new post to everyone that asked for nothing takes the acknowledgements over
    post = teacher_post("明天降温，请给孩子加衣服。", 60)
    assert check("收到", sender="p_guo_mom", history=[*history, post], minutes=62)


def test_thanks_for_an_answer_that_quotes_the_teachers_own_notice_are_clean() -> None:
    notice = teacher_post("各位家长，明天开学，请给孩子准备好文具盒和书包。", 0)
    question = make_message(
        "收到，请问文具盒里要放啥子？需要带卷笔刀不", sender="p_guo_mom", ts=at(3)
    )
    answer = teacher_post("两支削好的铅笔、一块橡皮就够了，卷笔刀不用带。", 5, reply_to=notice.id)
    history = [notice, question, answer]
    assert check("好的谢谢周老师", sender="p_guo_mom", history=history, minutes=6) == []


@pytest.mark.parametrize(
    "text",
    ["收到何Sir", "收到Miss Chan", "谢谢Mr Lee", "[强][强]", "孩子们都棒", "好靓啊", "签咗",
     "已投", "预约好了", "Congrats! 🎉"],
)  # fmt: skip
def test_titles_in_english_done_replies_and_one_word_praise_are_acknowledgements(
    text: str,
) -> None:
    assert is_ack(text), text


@pytest.mark.parametrize(
    "text", ["强烈反对", "投了反对票", "我们班最棒的是谁", "Miss Chan 明天几点到"]
)
def test_longer_words_around_the_same_characters_are_not(text: str) -> None:
    assert not is_ack(text), text


@pytest.mark.parametrize(
    "text",
    [
        "秋游接龙已截止，共28人，费用在缴费平台交，交完不用在群里说。",
        "报名接龙结束了，名单我发到群文件。",
    ],
)
def test_a_closed_jielong_asks_for_nothing(text: str) -> None:
    assert not asks_for_reply(text), text
    # while a request to reply with words after 接龙 still asks
    assert asks_for_reply("填好后在下面接龙“已填+孩子姓名”")


@pytest.mark.parametrize("lead", ["@全体成员 ", "@所有人 ", ""])
def test_a_notice_at_everyone_is_a_post_to_everyone(lead: str) -> None:
    notice = teacher_post(f"{lead}下周三期中考试，这周开始复习，手机一律不得带入教室。", 0)
    assert [v.category for v in check("收到", history=[notice], minutes=1)] == [Category.ACK_REPLY]
    # the platform's mention of everyone (OneBot at all) is no mention of one member
    at_all = dataclasses.replace(notice, mentions=("all",))
    assert [v.category for v in check("收到", history=[at_all], minutes=1)] == [Category.ACK_REPLY]


@pytest.mark.parametrize(
    "text",
    ["加油孩子们💪", "四班雄起！", "太精神了", "都挺棒的", "杠杠的", "收到王老是", "签好了"],
)
def test_cheers_dialect_praise_and_slips_are_acknowledgements(text: str) -> None:
    assert is_ack(text), text


@pytest.mark.parametrize("text", ["孩子们加油，考试别紧张，记得带2B铅笔", "老是忘带作业本", "真"])
def test_words_around_a_cheer_are_no_acknowledgement(text: str) -> None:
    assert not is_ack(text), text


def test_thanks_after_a_file_sent_in_reply_to_the_members_own_question_are_clean() -> None:
    question = make_message("老师，练习卷丢了，能发个电子版吗？", sender="p_he_mom", ts=at(0))
    file = teacher_post("练习卷.pdf", 40, kind=MessageKind.FILE, reply_to=question.id)
    after = teacher_post("打印出来做就行", 41)
    assert check("太感谢了老师", history=[question, file, after], minutes=42) == []


@pytest.mark.parametrize(
    "text",
    ["5班加油！", "为3班孩子加油💪", "sd", "师傅辛苦了", "축하합니다!", "谢谢老师一学期的辛苦"],
)
def test_class_numbers_pinyin_initials_and_more_titles_are_acknowledgements(text: str) -> None:
    assert is_ack(text), text


@pytest.mark.parametrize("text", ["孩子发烧了", "明天7点到校", "3班的作业在哪"])
def test_digits_and_a_child_alone_are_no_acknowledgement(text: str) -> None:
    assert not is_ack(text), text


@pytest.mark.parametrize("text", ["好的陈阿姨", "辛苦刘阿姨了", "卡沙沙杨老师"])
def test_staff_called_auntie_and_thanks_in_minority_languages(text: str) -> None:
    assert is_ack(text), text


def test_an_ack_quoting_another_parents_reaction_to_a_post_reacts_to_the_post() -> None:
    post = teacher_post("本周之星：小明、小红，作业书写工整，给他们点赞！")
    reaction = make_message(
        "谢谢老师鼓励，孩子听到肯定乐坏了", sender="p_li_mom", ts=at(2), reply_to=post.id
    )
    second = make_message("谢谢老师！", sender="p_zhang_dad", ts=at(3), reply_to=reaction.id)
    history = [post, reaction, second]
    verdicts = check("👍", history=history, reply_to=reaction.id, replied=reaction)
    assert [v.category for v in verdicts] == [Category.ACK_REPLY]
    assert dict(verdicts[0].data) == {"notice_id": post.id}
    # two quotes away
    assert check("👍", history=history, reply_to=second.id, replied=second)


def test_an_ack_quoting_a_parents_question_or_a_post_that_asked_for_replies_is_clean() -> None:
    post = teacher_post(NOTICE_ASKING)
    reaction = make_message("好的，已签字", sender="p_li_mom", ts=at(2), reply_to=post.id)
    history = [post, reaction]
    assert check("收到", history=history, reply_to=reaction.id, replied=reaction) == []
    question = make_message("请问明天几点到校？", sender="p_li_mom", ts=at(2))
    answer = make_message("八点前", sender="p_zhang_dad", ts=at(3), reply_to=question.id)
    history = [teacher_post(), question, answer]
    assert check("👍", history=history, reply_to=answer.id, replied=answer) == []


def test_a_reply_asked_for_with_hui_for_huifu() -> None:
    assert asks_for_reply("【紧急通知】明天停课一天。看到请回“收到”。")
    assert not asks_for_reply("请回收旧书本，周五带到学校")


def test_an_ack_to_a_teacher_passes_over_other_members_replies_to_the_post() -> None:
    post = teacher_post("区赛服装费用明细已上传群文件，请家长查看。")
    reply = make_message("看了明细，是我冲动了，不好意思。", sender="p_li_mom", ts=at(2))
    history = [post, reply]
    for text in ("辛苦周老师", "收到", "👍👍"):
        verdicts = check(text, history=history, minutes=3)
        assert [v.category for v in verdicts] == [Category.ACK_REPLY], text
    # thanks to whoever just spoke, a question or a list in between: not the teacher's post
    assert check("谢谢分享", history=history, minutes=3) == []
    asked = make_message("服装什么时候发？", sender="p_li_mom", ts=at(2))
    assert check("收到", history=[post, asked], minutes=3) == []
    listed = make_message(
        "1. 陈思彤 午托\n2. 李浩宇 午托\n3. 周子墨 午托", sender="p_li_mom", ts=at(2)
    )
    assert check("收到", history=[post, listed], minutes=3) == []


def test_a_festivals_wish_to_the_teachers_is_no_acknowledgement_unless_it_receipts() -> None:
    history = [teacher_post("今天是教师节，感谢各位家长一直以来的支持！")]
    for text in ("老师们节日快乐🌹", "祝老师们节日快乐，辛苦了！"):
        assert check(text, history=history) == [], text
    for text in ("收到，老师节日快乐", "谢谢王老师，您也节日快乐"):
        assert check(text, history=history), text


def test_a_teachers_aside_about_their_name_does_not_hide_their_post() -> None:
    post = teacher_post("大家好，我是物理徐立新。物理第一次作业：课本P15习题1-6。")
    aside = make_message("名字已改", sender="t_zhou", ts=at(1))
    verdicts = check("收到", history=[post, aside], minutes=3)
    assert [v.category for v in verdicts] == [Category.ACK_REPLY]


@pytest.mark.parametrize(
    "text", ["So cute!! 😍", "Congrats Maple House!! 👏", "Thank you for the reminder!"]
)
def test_english_reactions_are_acknowledgements(text: str) -> None:
    assert is_ack(text), text


def test_an_english_question_is_no_acknowledgement() -> None:
    assert not is_ack("Thanks for asking about the trip, when is it?")
