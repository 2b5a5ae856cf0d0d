"""Per-category precision/recall of the standard rules on the labelled corpus, via simulate.

    .venv/bin/python benchmarks/corpus_accuracy.py [BUNDLE_DIR ...] [--misses]

Runs ``classmod simulate`` (the same engine, rules and policy as ``run``) on each bundle
(default: every own corpus: ``tests/corpus``, written with the rules; ``tests/corpus_blind``,
``tests/corpus_heldout`` and ``tests/corpus_blind2`` to ``tests/corpus_blind12``, written from
LABELS.md and the seeds by people who never read the rules, then read for misses;
``tests/corpus_final`` and ``tests/corpus_final2``, written the same way and never read;
``tests/corpus_spam``, ``tests/corpus_spam2``, ``tests/corpus_spam_final``,
``tests/corpus_spam3`` to ``tests/corpus_spam8``, third-party style spam, porn, gambling,
fraud, illicit trade and insults posted by named parents in the daytime, with hard
negatives, written blind: all but ``corpus_spam_final`` and ``corpus_spam5`` read for
misses, those two never),
compares each message's categories with its gold ``expect`` list, and prints per-category
precision, recall and F1, the micro-F1 over all categories and the share of clean messages
that were flagged.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from classmod.scoring import base_categories, score

ROOT = Path(__file__).resolve().parents[1]


def transcript_records(bundle: Path) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for file in sorted((bundle / "transcripts").glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


def gold_labels(bundle: Path) -> dict[str, set[str]]:
    return {str(r["id"]): set(r.get("expect", [])) for r in transcript_records(bundle)}  # type: ignore[call-overload]


def predictions(bundle: Path) -> dict[str, set[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "decisions.jsonl"
        subprocess.run(
            [sys.executable, "-m", "classmod.cli", "simulate", str(bundle), "--out", str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    return {r["id"]: base_categories(r["categories"]) for r in rows}


def print_misses(bundle: Path, pred: dict[str, set[str]]) -> None:
    rows: list[tuple[str, str, str]] = []
    for rec in transcript_records(bundle):
        g = set(rec.get("expect", []))  # type: ignore[call-overload]
        p = pred.get(str(rec["id"]), set())
        text = str(rec["text"]).replace("\n", " ")[:140]
        where = f"{rec['id']} {rec['kind']} {rec['name']}"
        rows += [(c, "FN", f"{where}: {text}  gold={sorted(g)}") for c in g - p]
        rows += [(c, "FP", f"{where}: {text}  gold={sorted(g)}") for c in p - g]
    for cat, kind, line in sorted(rows):
        print(f"{kind} {cat:<16} {line}")


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--misses"]
    defaults = [
        ROOT / "tests" / name
        for name in (
            "corpus",
            "corpus_blind",
            "corpus_heldout",
            "corpus_blind2",
            "corpus_blind3",
            "corpus_blind4",
            "corpus_blind5",
            "corpus_blind6",
            "corpus_blind7",
            "corpus_blind8",
            "corpus_blind9",
            "corpus_blind10",
            "corpus_blind11",
            "corpus_blind12",
            "corpus_final",
            "corpus_final2",
            "corpus_spam",
            "corpus_spam2",
            "corpus_spam_final",
            "corpus_spam3",
            "corpus_spam4",
            "corpus_spam5",
            "corpus_spam6",
            "corpus_spam7",
            "corpus_spam8",
        )
    ]
    bundles = [Path(a) for a in args] or [b for b in defaults if (b / "groups.yaml").is_file()]
    for i, bundle in enumerate(bundles):
        if i:
            print()
        report(bundle)


def report(bundle: Path) -> None:
    gold = gold_labels(bundle)
    pred = predictions(bundle)
    s = score(gold, pred)
    print(f"corpus: {bundle} — {s.messages} messages, {s.clean} clean")
    print(f"{'category':<17}{'gold':>6}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for c in [*s.categories(), s.micro()]:
        print(
            f"{c.category:<17}{c.gold:>6}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
            f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}"
        )
    print(f"clean messages flagged: {s.flagged_clean}/{s.clean} = {s.clean_flagged_rate:.2%}")
    if "--misses" in sys.argv[1:]:
        print_misses(bundle, pred)


if __name__ == "__main__":
    main()
