"""R06's fallback ad model: character n-gram weights learnt from labelled spam.

Not a rule module (no ``rNN_`` prefix). The weights in ``data/ad_model.json`` are written by
``scripts/train_ad_model.py`` from the train splits of the public benchmarks; scoring is
:class:`classmod.rules.standard.ngram_model.NgramModel`'s.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from classmod.rules.standard.ngram_model import MAX_N, NgramModel, features

MODEL_FILE = Path(__file__).parent / "data" / "ad_model.json"
AdModel = NgramModel


@cache
def ad_model() -> NgramModel:
    """The trained model (read once)."""
    return NgramModel.load(MODEL_FILE)


__all__ = ["MAX_N", "MODEL_FILE", "AdModel", "ad_model", "features"]
