"""R05's fallback abuse model: character n-gram weights learnt from labelled offensive comments.

Not a rule module (no ``rNN_`` prefix). The weights in ``data/abuse_model.json`` are written
by ``scripts/train_abuse_model.py`` from the COLD train split (offensive and safe comments on
region, race and sex) and the labelled class-group chat of ``tests/corpus``; scoring is
:class:`classmod.rules.standard.ngram_model.NgramModel`'s.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from classmod.rules.standard.ngram_model import NgramModel

MODEL_FILE = Path(__file__).parent / "data" / "abuse_model.json"

#: The words of talk *about* prejudice. COLD's train split marks most comments that name
#: 歧视 as offensive, while speech against a prejudice names it just as often; the model
#: reads a text with these words blanked out, in training and in use, so that it weighs
#: what is said of people, not the topic.
PREJUDICE_TALK = re.compile(
    r"歧视|偏见|种族|地域黑|地域|刻板印象|地图炮|平等|尊重|一视同仁|双标|仇恨|对立|引战|拉踩"
)


def model_view(folded: str) -> str:
    """The normalised text as the abuse model reads it (talk about prejudice blanked)."""
    return PREJUDICE_TALK.sub(" ", folded)


@cache
def abuse_model() -> NgramModel:
    """The trained model (read once)."""
    return NgramModel.load(MODEL_FILE)


__all__ = ["MODEL_FILE", "PREJUDICE_TALK", "abuse_model", "model_view"]
