"""Vice words with a character spelt in pinyin ("huang片", "l u o 聊", "du博")."""

from __future__ import annotations

import pytest
from classmod.rules.standard import r04_illegal
from classmod.rules.standard.lexicon import (
    pinyin_table,
    spelled_out_chars,
    spellings,
    standard_lexicons,
)

from classmod.model import Category
from classmod.testing import message_context
from classmod.text import normalize


def test_the_pinyin_table_covers_every_character_of_the_spelled_out_words() -> None:
    # a word added to a lexicon without rerunning scripts/build_pinyin_table.py fails here
    missing = spelled_out_chars() - set(pinyin_table())
    assert not missing, f"run scripts/build_pinyin_table.py: no readings for {sorted(missing)}"


def test_spellings_put_one_character_in_pinyin_each_way_and_the_whole_word() -> None:
    assert spellings("黄片") == ["huang片", "黄pian", "huangpian"]
    assert "dubo" not in spellings("赌博")  # four letters make other words too
    assert spellings("赌") == []


@pytest.mark.parametrize(
    "text",
    ["看 huang 片 不 用 翻 墙", "还有 l u o 聊 主播一对一", "网du平台日赚三千", "最新huangpian合集",
     "约 pao 同城"],
)  # fmt: skip
def test_vice_words_spelt_in_pinyin_are_illegal(text: str) -> None:
    verdicts = r04_illegal.classmod_check_message(message_context(text))
    assert [v.category for v in verdicts] == [Category.ILLEGAL], text


@pytest.mark.parametrize(
    "text",
    ["周末带孩子去看pianyi的那家电影院", "科普动画给孩子们看：pan.baidu.com/s/1xYz",
     "Huang Pian is my colleague"],
)  # fmt: skip
def test_pinyin_that_runs_on_into_other_letters_is_no_spelling(text: str) -> None:
    assert standard_lexicons().find(normalize(text), "illegal") == [], text
