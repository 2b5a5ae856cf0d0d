"""R06's fallback model: the weights file, the scoring, and where R06 uses it."""

from __future__ import annotations

import json

import pytest
from classmod.rules.standard import r06_ad
from classmod.rules.standard.ad_model import MODEL_FILE, ad_model, features

from classmod.testing import message_context

SPAM = [
    "您好，恒达装饰为您提供全屋设计施工一条龙，xx年老品牌，来电即送设计方案",
    "女神节快乐！本月到店护理一次送一次，亲们别错过",
]
CLASS_TALK = [
    "老师好，孩子今天有点发烧，请假一天",
    "明天秋游记得给孩子带水和帽子",
    "周末带娃去公园放风筝了，天气真好",
    "好的谢谢老师",
]


def test_the_weights_file_is_what_the_trainer_writes() -> None:
    document = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert set(document) >= {"about", "trained_on", "c", "intercept", "weights"}
    assert 100 <= len(document["weights"]) <= 5000
    assert all(1 <= len(g) <= 3 for g in document["weights"])


def test_features_fold_digits_and_evasions() -> None:
    assert features("ａ1２3") == features("a999") == {"a", "0", "a0"}
    assert "加" in features("加 微")


@pytest.mark.parametrize("text", SPAM)
def test_spam_in_wording_no_list_has_scores_high(text: str) -> None:
    assert ad_model().score(text) >= r06_ad.Settings().model_threshold
    assert ad_model().reasons(text)


@pytest.mark.parametrize("text", CLASS_TALK)
def test_class_talk_scores_low(text: str) -> None:
    assert ad_model().score(text) < 0.5


def test_r06_uses_the_model_only_where_its_lists_say_nothing() -> None:
    text = SPAM[0]
    verdicts = r06_ad.classmod_check_message(ctx=message_context(text, sender="stranger"))
    assert [v.label for v in verdicts] == ["ad:similar"]
    assert "相似" in verdicts[0].reason
    off = r06_ad.Settings(model_threshold=0)
    ctx = message_context(text, sender="stranger", settings=off)
    assert r06_ad.classmod_check_message(ctx=ctx) == []
    # a message about the class's own matters is judged by the lists alone
    school = "各位老师家长好，我是孩子舅舅，姐姐拉我进群看通知"
    assert r06_ad.classmod_check_message(ctx=message_context(school, sender="stranger")) == []
