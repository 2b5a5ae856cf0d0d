"""R05's fallback abuse model: character n-gram weights learnt from labelled offensive comments.

Not a rule module (no ``rNN_`` prefix). The weights in ``data/abuse_model.json`` are written
by ``scripts/train_abuse_model.py`` from the COLD train split (offensive and safe comments on
region, race and sex) and the labelled class-group chat of ``tests/corpus``; scoring is
:class:`plugins.standard.ngram_model.NgramModel`'s.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from plugins.standard.ngram_model import NgramModel

MODEL_FILE = Path(__file__).parent / "data" / "abuse_model.json"


@cache
def abuse_model() -> NgramModel:
    """The trained model (read once)."""
    return NgramModel.load(MODEL_FILE)


__all__ = ["MODEL_FILE", "abuse_model"]
