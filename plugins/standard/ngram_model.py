"""Character n-gram models (R06's fallback ad model, R05's fallback abuse model).

Not a rule module (no ``rNN_`` prefix). A model is a logistic regression over the character
1-3-grams of the folded text (runs of digits as one ``0``), learnt by a script in
``scripts/`` from the train splits of the public benchmarks and kept as a JSON file of the
n-grams with a non-zero weight. Here a message is scored by summing the weights of the
n-grams it contains, in pure Python (one automaton pass), so classmod needs no
machine-learning library at run time.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import ahocorasick_rs

from classmod.text import normalize

_DIGITS = re.compile(r"[0-9x]+")  # masked logs write digits as x
MAX_N = 3


def features(text: str, folded: str | None = None) -> set[str]:
    """The character 1-3-grams of the folded ``text`` (pass ``folded``, its
    :func:`classmod.text.normalize`, when already computed), with runs of digits as one ``0``."""
    view = _DIGITS.sub("0", normalize(text) if folded is None else folded)
    return {view[i : i + n] for n in range(1, MAX_N + 1) for i in range(len(view) - n + 1)}


class NgramModel:
    """The intercept and the weight of each n-gram; scores a text in one automaton pass."""

    __slots__ = ("_automaton", "_grams", "_values", "intercept", "weights")

    def __init__(self, intercept: float, weights: dict[str, float]) -> None:
        self.intercept = intercept
        self.weights = weights
        self._grams = tuple(weights)
        self._values = tuple(weights[g] for g in self._grams)
        # every occurrence of every weighted n-gram (they overlap: 1-, 2- and 3-grams)
        self._automaton = ahocorasick_rs.AhoCorasick(
            self._grams, matchkind=ahocorasick_rs.MatchKind.Standard
        )

    @classmethod
    def load(cls, path: Path) -> NgramModel:
        """A model from the JSON file its training script wrote."""
        document = json.loads(path.read_text(encoding="utf-8"))
        return cls(intercept=float(document["intercept"]), weights=dict(document["weights"]))

    def score(self, text: str, folded: str | None = None) -> float:
        """The probability the model gives ``text``, 0-1: the same as summing the weights of
        :func:`features` (each n-gram present counts once)."""
        view = _DIGITS.sub("0", normalize(text) if folded is None else folded)
        found = {i for i, _s, _e in self._automaton.find_matches_as_indexes(view, overlapping=True)}
        values = self._values
        z = self.intercept + sum(values[i] for i in found)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def reasons(self, text: str, top: int = 3) -> tuple[str, ...]:
        """The n-grams of ``text`` that pushed its score up most (for a verdict's evidence)."""
        present = [
            (w, g) for g in features(text) if len(g) >= 2 and (w := self.weights.get(g, 0.0)) > 0
        ]
        return tuple(g for _w, g in sorted(present, reverse=True)[:top])


__all__ = ["MAX_N", "NgramModel", "features"]
