"""classmod.rules.standard._common.literal_anchors: the cheap gate before R04's offer patterns."""

from __future__ import annotations

import re

import pytest
from classmod.rules.standard._common import literal_anchors


def words(automaton: object, text: str) -> bool:
    return bool(automaton.find_matches_as_indexes(text))  # type: ignore[attr-defined]


def test_every_match_starts_with_an_anchor() -> None:
    pattern = re.compile(
        r"代开(?:各类)?发票|(?:出售|收购)(?:银行卡|实名)|网投(?!票)|快三s?x|一单\d"
    )
    gate = literal_anchors(pattern)
    for text in ("代开各类发票", "收购银行卡", "网投平台", "快三x", "一单5元"):
        assert pattern.search(text) and words(gate, text), text
    assert not words(gate, "明天带水彩笔")


@pytest.mark.parametrize(
    "source", [r"[0-9]{6,}", r"(?<!官)网投", r"(?:高端)?外围", r".{0,3}发票", r"a?b"]
)
def test_a_pattern_without_a_literal_start_is_refused(source: str) -> None:
    with pytest.raises(ValueError, match="no literal start"):
        literal_anchors(re.compile(source))
