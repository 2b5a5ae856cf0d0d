"""Per-category precision, recall and F1 of decisions against gold labels (``expect``).

One implementation for ``classmod simulate --report`` and ``benchmarks/corpus_accuracy.py``:
a message's predicted categories are those of its verdicts with any sub-rule cut off
(``ad:group_buy`` counts as ``ad``); a message without ``expect`` is clean.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


def base_categories(labels: Iterable[str]) -> set[str]:
    """``ad:group_buy`` → ``ad``: the categories the gold labels are written in."""
    return {label.split(":", 1)[0] for label in labels}


@dataclass(frozen=True, slots=True, kw_only=True)
class CategoryScore:
    category: str
    tp: int
    fp: int
    fn: int

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Score:
    """The counts of one corpus: true and false positives and misses per category."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    messages: int = 0
    clean: int = 0
    flagged_clean: int = 0
    flagged_clean_ids: tuple[str, ...] = ()

    def categories(self) -> list[CategoryScore]:
        names = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        return [
            CategoryScore(category=c, tp=self.tp[c], fp=self.fp[c], fn=self.fn[c]) for c in names
        ]

    def micro(self) -> CategoryScore:
        return CategoryScore(
            category="micro",
            tp=sum(self.tp.values()),
            fp=sum(self.fp.values()),
            fn=sum(self.fn.values()),
        )

    @property
    def clean_flagged_rate(self) -> float:
        return self.flagged_clean / self.clean if self.clean else 0.0


def score(gold: Mapping[str, set[str]], pred: Mapping[str, set[str]]) -> Score:
    """Compare each gold message's categories with the predicted ones (missing: none)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    clean = 0
    flagged_clean: list[str] = []
    for mid, g in gold.items():
        p = pred.get(mid, set())
        for c in p & g:
            tp[c] += 1
        for c in p - g:
            fp[c] += 1
        for c in g - p:
            fn[c] += 1
        if not g:
            clean += 1
            if p:
                flagged_clean.append(mid)
    return Score(
        tp=tp,
        fp=fp,
        fn=fn,
        messages=len(gold),
        clean=clean,
        flagged_clean=len(flagged_clean),
        flagged_clean_ids=tuple(flagged_clean),
    )
