from __future__ import annotations

import pytest

from classmod.model import Category, Severity
from classmod.testing import message_context
from plugins.standard import r09_chat
from plugins.standard.r09_chat import CHAT_TOPICS, Settings, chat_topic


def check(text: str, **kw):
    return r09_chat.classmod_check_message(message_context(text, sender="p_guo_mom", **kw))


@pytest.mark.parametrize(
    "text",
    [
        "今天大盘又跌了，我的股票全绿",
        "有人买双色球吗？昨晚差一个号",
        "最近在追剧，《繁花》太好看了",
        "晚上三缺一，有人来打麻将吗",
        "看热搜没，那个明星又塌房了",
        "基 金 涨 了 ！",
        "昨晚世界杯谁看了",
    ],
)
def test_off_topic_chat_gets_a_gentle_reminder(text: str) -> None:
    verdicts = check(text)
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.CHAT
    assert v.severity is Severity.NOTE
    assert v.delete is False and v.needs_staff is False


@pytest.mark.parametrize(
    "text",
    [
        "孩子看电视时间怎么控制",
        "孩子最近迷上追剧，作业都不写了怎么办",
        "周末带娃去看球赛，挺锻炼身体的",
        "大家早上好",
        "明天降温了，注意给孩子加衣服",
        "请问老师，数学作业第3题怎么做",
        "",
    ],
)
def test_home_and_school_topics_are_clean(text: str) -> None:
    assert check(text) == []


def test_helper_and_extra_topics() -> None:
    assert chat_topic("一起打麻将") in {"打麻将", "麻将"}
    assert chat_topic("周末去钓鱼") is None
    assert chat_topic("周末去钓鱼", ("钓鱼",)) == "钓鱼"
    assert check("周末去钓鱼", settings=Settings(extra_topics=("钓鱼",)))


def test_data_file_is_loaded() -> None:
    assert "彩票" in CHAT_TOPICS


def test_declaration() -> None:
    spec = r09_chat.classmod_declare_rule()
    assert (spec.id, spec.category) == ("R09", Category.CHAT)
