from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from classmod.rules.standard import r10_flood
from classmod.rules.standard.r10_flood import Settings, flood_key

from classmod.model import Category, MessageKind, Severity
from classmod.testing import SHANGHAI, make_message, message_context

T0 = datetime(2026, 9, 7, 9, 0, tzinfo=SHANGHAI)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def check(text: str, history: list, *, sender: str = "p_he_mom", seconds: float = 60, **kw):
    ctx = message_context(text, sender=sender, history=history, now=at(seconds), **kw)
    return r10_flood.classmod_check_message(ctx)


def test_third_identical_message_in_a_row_is_flood_and_deleted() -> None:
    history = [make_message("求投票", ts=at(0)), make_message("求投票", ts=at(10))]
    verdicts = check("求投票", history, seconds=20)
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.FLOOD
    assert v.severity is Severity.MINOR
    assert v.delete is True
    assert v.sub_rule == ""
    assert "3" in v.reason


def test_first_two_copies_are_clean() -> None:
    assert check("求投票", [], seconds=0) == []
    assert check("求投票", [make_message("求投票", ts=at(0))], seconds=10) == []


def test_fourth_copy_is_flagged_too() -> None:
    history = [make_message("求投票", ts=at(i)) for i in range(3)]
    assert check("求投票", history, seconds=5)[0].delete


@pytest.mark.parametrize("variant", ["收 到 ！", "收到!!", "收\u3000到", "收🌹到", "收\u200b到"])
def test_evasions_with_spaces_punctuation_emoji_width_count_as_same(variant: str) -> None:
    history = [make_message("收到", ts=at(0)), make_message("收到。", ts=at(5))]
    assert check(variant, history, seconds=10)


def test_full_width_text_matches_half_width() -> None:
    history = [make_message("ＯＫ好的", ts=at(0)), make_message("ok 好的", ts=at(1))]
    assert check("OK好的", history, seconds=2)


def test_same_text_from_many_parents_is_not_flood() -> None:
    senders = ["p_guo_mom", "p_zhang_dad", "p_li_mom", "p_chen_dad", "p_guo_waipo"]
    history = [make_message("收到", sender=s, ts=at(i)) for i, s in enumerate(senders)]
    assert check("收到", history, seconds=10) == []


def test_others_messages_between_reset_the_row() -> None:
    history = [
        make_message("帮忙砍一刀", ts=at(0)),
        make_message("收到", sender="p_guo_mom", ts=at(1)),
        make_message("帮忙砍一刀", ts=at(2)),
        make_message("好的", sender="p_li_mom", ts=at(3)),
    ]
    assert check("帮忙砍一刀", history, seconds=4) == []


def test_a_different_message_of_the_sender_breaks_the_row() -> None:
    history = [
        make_message("求投票", ts=at(0)),
        make_message("谢谢大家", ts=at(1)),
        make_message("求投票", ts=at(2)),
    ]
    assert check("求投票", history, seconds=3) == []


def test_copies_far_apart_are_not_a_row() -> None:
    history = [make_message("收到", ts=at(0)), make_message("收到", ts=at(3600))]
    assert check("收到", history, seconds=7200) == []


def test_emoji_only_messages_never_flood() -> None:
    # LABELS.md: messages that normalise to nothing never count
    history = [make_message("👍👍", ts=at(0)), make_message("👍👍", ts=at(1))]
    assert check("👍👍", history, seconds=2) == []
    codes = [make_message("[表情][表情]", ts=at(0)), make_message("[表情][表情]", ts=at(1))]
    assert check("[表情][表情]", codes, seconds=2) == []


def test_images_without_caption_are_not_compared() -> None:
    history = [
        make_message("", kind=MessageKind.IMAGE, ts=at(0)),
        make_message("", kind=MessageKind.IMAGE, ts=at(1)),
    ]
    assert check("", history, seconds=2, kind=MessageKind.IMAGE) == []


def test_the_same_sticker_three_times_is_no_repeat() -> None:
    # LABELS.md: a message that normalises to nothing never counts towards flood
    history = [make_message("[捂脸]", kind=MessageKind.STICKER, ts=at(i)) for i in range(2)]
    assert check("[捂脸]", history, seconds=2, kind=MessageKind.STICKER) == []


def test_flood_key_folds_and_is_none_for_nothing_left() -> None:
    assert flood_key(make_message("收 到！")) == flood_key(make_message("收到"))
    assert flood_key(make_message("", kind=MessageKind.IMAGE)) is None
    assert flood_key(make_message("", kind=MessageKind.STICKER)) is None
    assert flood_key(make_message("[表情][表情]")) is None


def test_burst_over_the_limit_is_flagged_without_delete() -> None:
    history = [make_message(f"第{i}句话", ts=at(i * 2)) for i in range(8)]
    verdicts = check("还有一句", history, seconds=17)
    assert len(verdicts) == 1
    assert verdicts[0].sub_rule == "burst"
    assert verdicts[0].label == "flood:burst"
    assert verdicts[0].delete is False


def test_burst_at_the_limit_is_clean() -> None:
    history = [make_message(f"第{i}句话", ts=at(i * 2)) for i in range(7)]
    assert check("还有一句", history, seconds=15) == []


def test_slow_conversation_is_not_a_burst() -> None:
    history = [make_message(f"第{i}句话", ts=at(i * 20)) for i in range(10)]
    assert check("还有一句", history, seconds=205) == []


def test_photo_batches_are_not_a_burst() -> None:
    history = [make_message("", kind=MessageKind.IMAGE, ts=at(i)) for i in range(12)]
    assert check("这是今天的作业", history, seconds=13) == []


def test_settings_change_the_threshold() -> None:
    history = [make_message("求投票", ts=at(0)), make_message("求投票", ts=at(1))]
    assert check("求投票", history, seconds=2, settings=Settings(repeats=4)) == []
    history.append(make_message("求投票", ts=at(2)))
    assert check("求投票", history, seconds=3, settings=Settings(repeats=4))


def test_declaration() -> None:
    spec = r10_flood.classmod_declare_rule()
    assert spec.id == "R10"
    assert spec.category is Category.FLOOD
    assert spec.settings is Settings
