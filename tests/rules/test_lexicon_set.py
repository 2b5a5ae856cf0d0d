"""LexiconSet: one pass over a text answers every lexicon's ``has`` at once."""

from __future__ import annotations

import pytest
from classmod.rules.standard import r09_chat
from classmod.rules.standard._common import Lexicon, LexiconSet
from hypothesis import given
from hypothesis import strategies as st

from classmod.text import normalize

SETS = (r09_chat._WORDS,)
#: characters of the rules' own terms, so random texts often hold a term or part of one
ALPHABET = sorted({c for s in SETS for lex in s.lexicons for t in lex.terms for c in t})


@given(st.text(alphabet=ALPHABET, max_size=30))
def test_found_is_has_for_every_lexicon_of_the_rules(text: str) -> None:
    folded = normalize(text)
    for words in SETS:
        found = words.found(folded)
        assert {lex for lex in words.lexicons if lex.has(folded)} == found


def test_found_names_the_lexicons_with_a_term_overlapping_ones_included() -> None:
    calm, harm = Lexicon(("抱歉", "私聊")), Lexicon(("推了", "抱"))
    words = LexiconSet(calm, harm)
    assert words.found(normalize("抱歉，刚才推了一下")) == {calm, harm}
    assert words.found(normalize("抱抱")) == {harm}
    assert words.found(normalize("收到")) == frozenset()


def test_an_empty_lexicon_is_refused() -> None:
    # Lexicon.has is True for every text when it has no term; a set could not say so
    with pytest.raises(ValueError, match="empty lexicon"):
        LexiconSet(Lexicon(()))
