"""Accuracy of the lexicon rules on the public benchmarks in ``shared/benchmarks``.

- COLD (Chinese Offensive Language Dataset) for R05 abuse: precision, recall and F1 of
  "offensive", recall on attack-individual (fine label 1) and attack-group (2), and the
  false-positive rate on safe-other (0) and anti-bias (3) rows (fine labels: test split only).
- QQ group ads (ADDetector4J) for R06 ad, and for R06 ∪ R07 link.
- Chinese SMS spam (tensorlayer/text-antispam) for R06 ad and R06 ∪ R04 illegal (fraud).

Each rule is called through its public ``classmod_check_message`` hook with a context from
:func:`classmod.testing.message_context`, sent by an unknown member (every rule judges one).

    .venv/bin/python benchmarks/public_accuracy.py                # test splits
    .venv/bin/python benchmarks/public_accuracy.py --split dev    # COLD dev, QQ train part
    .venv/bin/python benchmarks/public_accuracy.py --misses 20    # print some errors

``--split dev`` is what to tune on: COLD dev, the lines of ``mc_qq_group.txt`` that are
not in ``test.txt`` (compared after normalisation, since ``test.txt`` is pre-normalised),
and the SMS ``train.tsv``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from classmod.rules.standard import r04_illegal, r05_abuse, r06_ad, r07_link  # noqa: E402

from classmod.testing import make_roster, message_context  # noqa: E402
from classmod.text import normalize  # noqa: E402

SENDER = "stranger"  # not on the roster: Role.UNKNOWN, judged by every rule


def _default_shared() -> Path:
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / "benchmarks").is_dir():
            return candidate
    return ROOT.parent / "shared"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    by_fine: dict[str, list[int]] = field(default_factory=dict)  # fine -> [flagged, total]
    misses: list[tuple[str, str]] = field(default_factory=list)

    def add(self, truth: bool, flagged: bool, text: str, fine: str = "") -> None:
        if truth and flagged:
            self.tp += 1
        elif truth:
            self.fn += 1
            self.misses.append(("FN", text))
        elif flagged:
            self.fp += 1
            self.misses.append(("FP", text))
        else:
            self.tn += 1
        if fine:
            seen = self.by_fine.setdefault(fine, [0, 0])
            seen[0] += int(flagged)
            seen[1] += 1

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


def flags(modules: Iterable[ModuleType]) -> Callable[[str], bool]:
    mods = tuple(modules)
    roster = make_roster()

    def check(text: str) -> bool:
        ctx = message_context(text, sender=SENDER, roster=roster)
        return any(bool(m.classmod_check_message(ctx=ctx)) for m in mods)

    return check


def cold_rows(shared: Path, split: str) -> list[dict[str, str]]:
    with (shared / "benchmarks" / "cold" / f"{split}.csv").open(encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def run_cold(shared: Path, split: str) -> Counts:
    check = flags([r05_abuse])
    counts = Counts()
    for row in cold_rows(shared, split):
        text = row["TEXT"]
        counts.add(row["label"] == "1", check(text), text, row.get("fine-grained-label", ""))
    return counts


def _qq_lines(path: Path) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\r\n").split("==")
            if len(parts) != 2 or parts[1].strip() not in ("0", "1"):
                continue
            out.append((parts[0], parts[1].strip() == "1"))
    return out


def qq_rows(shared: Path, split: str) -> list[tuple[str, bool]]:
    base = shared / "benchmarks" / "qq_group_ads"
    test = _qq_lines(base / "test.txt")
    if split == "test":
        return test
    held_out = {normalize(t) for t, _ in test}
    return [(t, y) for t, y in _qq_lines(base / "mc_qq_group.txt") if normalize(t) not in held_out]


def run_qq(shared: Path, split: str, modules: Iterable[ModuleType]) -> Counts:
    check = flags(modules)
    counts = Counts()
    for text, is_ad in qq_rows(shared, split):
        counts.add(is_ad, check(text), text)
    return counts


def sms_rows(shared: Path, split: str) -> list[tuple[str, bool]]:
    path = shared / "benchmarks" / "sms_spam" / f"{split}.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(text, label == "1") for label, text in rows[1:]]


def run_sms(shared: Path, split: str, modules: Iterable[ModuleType]) -> Counts:
    check = flags(modules)
    counts = Counts()
    for text, is_spam in sms_rows(shared, split):
        counts.add(is_spam, check(text), text)
    return counts


def _row(name: str, c: Counts) -> str:
    n = c.tp + c.fp + c.fn + c.tn
    return (
        f"{name:<26} {n:>6} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"
        f" {c.tp:>5} {c.fp:>5} {c.fn:>5}"
    )


FINE_NAMES = {
    "0": "safe-other  (FP rate)",
    "1": "attack-individual (recall)",
    "2": "attack-group (recall)",
    "3": "anti-bias   (FP rate)",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "dev"), default="test")
    parser.add_argument("--shared", type=Path, default=_default_shared())
    parser.add_argument("--misses", type=int, default=0, help="print up to N FP/FN texts")
    args = parser.parse_args(argv)

    cold_split = "test" if args.split == "test" else "dev"
    qq_split = "test" if args.split == "test" else "train"
    cold = run_cold(args.shared, cold_split)
    ad = run_qq(args.shared, qq_split, [r06_ad])
    ad_link = run_qq(args.shared, qq_split, [r06_ad, r07_link])
    sms_split = "test" if args.split == "test" else "train"
    sms = run_sms(args.shared, sms_split, [r06_ad])
    sms_fraud = run_sms(args.shared, sms_split, [r06_ad, r04_illegal])

    cols = ("rows", "P", "R", "F1")
    print(f"{'benchmark / rule':<26}", *(f"{c:>6}" for c in cols), f"{'TP':>5} {'FP':>5} {'FN':>5}")
    print(_row(f"COLD {cold_split} R05 abuse", cold))
    for fine in sorted(cold.by_fine):
        flagged, total = cold.by_fine[fine]
        label = FINE_NAMES.get(fine, fine)
        print(f"  fine {fine} {label:<28} {flagged / total:>6.3f}  ({flagged}/{total})")
    print(_row(f"QQ ads {qq_split} R06 ad", ad))
    print(_row(f"QQ ads {qq_split} R06|R07", ad_link))
    print(_row(f"SMS {sms_split} R06 ad", sms))
    print(_row(f"SMS {sms_split} R06|R04", sms_fraud))
    normal = sms_fraud.fp + sms_fraud.tn
    print(f"  SMS normal flagged by R06|R04 (FP rate) {sms_fraud.fp / normal if normal else 0:.3f}")
    if args.misses:
        for name, c in (("COLD", cold), ("QQ R06", ad), ("SMS R06|R04", sms_fraud)):
            print(f"\n-- {name} errors (first {args.misses} of each kind)")
            for kind in ("FP", "FN"):
                shown = [t for k, t in c.misses if k == kind][: args.misses]
                for t in shown:
                    print(f"{kind}  {t[:120]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
