"""R06's fallback ad model: character n-gram weights learnt from labelled spam.

Not a rule module (no ``rNN_`` prefix). The weights in ``data/ad_model.json`` are written by
``scripts/train_ad_model.py`` from the train splits of the public benchmarks; here a message
is scored by summing the weights of the n-grams it contains, in pure Python (a dict lookup
per n-gram), so classmod needs no machine-learning library at run time.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from classmod.text import normalize

MODEL_FILE = Path(__file__).parent / "data" / "ad_model.json"
_DIGITS = re.compile(r"[0-9x]+")  # masked logs write digits as x
MAX_N = 3


def features(text: str, folded: str | None = None) -> set[str]:
    """The character 1-3-grams of the folded ``text`` (pass ``folded``, its
    :func:`classmod.text.normalize`, when already computed), with runs of digits as one ``0``."""
    view = _DIGITS.sub("0", normalize(text) if folded is None else folded)
    return {view[i : i + n] for n in range(1, MAX_N + 1) for i in range(len(view) - n + 1)}


@dataclass(frozen=True, slots=True)
class AdModel:
    intercept: float
    weights: dict[str, float]

    def score(self, text: str, folded: str | None = None) -> float:
        """The probability the model gives ``text`` of being an ad, 0-1."""
        weights = self.weights
        z = self.intercept + sum(weights.get(g, 0.0) for g in features(text, folded))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def reasons(self, text: str, top: int = 3) -> tuple[str, ...]:
        """The n-grams of ``text`` that pushed its score up most (for a verdict's evidence)."""
        present = [
            (w, g) for g in features(text) if len(g) >= 2 and (w := self.weights.get(g, 0.0)) > 0
        ]
        return tuple(g for _w, g in sorted(present, reverse=True)[:top])


@cache
def ad_model() -> AdModel:
    """The trained model (read once)."""
    document = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return AdModel(intercept=float(document["intercept"]), weights=dict(document["weights"]))


__all__ = ["MAX_N", "MODEL_FILE", "AdModel", "ad_model", "features"]
