"""Per-category precision/recall of the standard rules on the labelled corpus, via simulate.

    .venv/bin/python benchmarks/corpus_accuracy.py [BUNDLE_DIR ...] [--misses]

Runs ``classmod simulate`` (the same engine, rules and policy as ``run``) on each bundle
(default: every own corpus: ``tests/corpus``, written with the rules; ``tests/corpus_blind``,
``tests/corpus_heldout`` and ``tests/corpus_blind2``, written from LABELS.md and the seeds by
people who never read the rules, then read for misses; ``tests/corpus_final``, written the
same way and never read, and ``tests/corpus_final2``, a second such set; ``tests/corpus_spam`` and ``tests/corpus_spam_final``, third-party
style spam, porn, gambling, fraud, illicit trade and insults posted by named parents in the
daytime, with hard negatives, written blind: the first read for misses, the second never),
compares each message's categories with its gold ``expect``
list, and prints per-category precision, recall and F1, the micro-F1 over all categories
and the share of clean messages that were flagged.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

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
    return {r["id"]: {c.split(":", 1)[0] for c in r["categories"]} for r in rows}


def score(gold: dict[str, set[str]], pred: dict[str, set[str]]) -> dict[str, object]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    clean = flagged_clean = 0
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
            flagged_clean += bool(p)
    return {"tp": tp, "fp": fp, "fn": fn, "clean": clean, "flagged_clean": flagged_clean}


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
            "corpus_final",
            "corpus_final2",
            "corpus_spam",
            "corpus_spam_final",
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
    tp, fp, fn = s["tp"], s["fp"], s["fn"]
    assert isinstance(tp, Counter) and isinstance(fp, Counter) and isinstance(fn, Counter)
    cats = sorted(set(tp) | set(fp) | set(fn))
    print(f"corpus: {bundle} — {len(gold)} messages, {s['clean']} clean")
    print(f"{'category':<17}{'gold':>6}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for c in cats:
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        r = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{c:<17}{tp[c] + fn[c]:>6}{tp[c]:>6}{fp[c]:>6}{fn[c]:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    P = T / (T + F) if T + F else 0.0
    R = T / (T + N) if T + N else 0.0
    micro = 2 * P * R / (P + R) if P + R else 0.0
    rate = s["flagged_clean"] / s["clean"] if s["clean"] else 0.0  # type: ignore[operator]
    print(f"{'micro':<17}{T + N:>6}{T:>6}{F:>6}{N:>6}{P:>8.3f}{R:>8.3f}{micro:>8.3f}")
    print(f"clean messages flagged: {s['flagged_clean']}/{s['clean']} = {rate:.2%}")
    if "--misses" in sys.argv[1:]:
        print_misses(bundle, pred)


if __name__ == "__main__":
    main()
