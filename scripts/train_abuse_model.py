"""Train R05's fallback abuse model: a sparse logistic regression over character n-grams.

    .venv/bin/pip install -e '.[train]'        # scikit-learn, for training only
    .venv/bin/python scripts/train_abuse_model.py [--shared ../shared] [--c 0.5] [--report]

R05's word lists and forms catch the insults a class group sees; the contempt of comment
sections (regions, races, the sexes, flaming) comes in wording no list can follow. This
trains a small model on the COLD *train* split (offensive or not) and the labelled
class-group chat of the first own corpora (``tests/corpus``, ``corpus_blind``,
``corpus_heldout``, ``corpus_blind2``; abuse or not), and writes
``plugins/standard/data/abuse_model.json``: the n-grams with a non-zero weight (L1), the
intercept and the training figures. classmod itself never imports scikit-learn.

``--report`` writes nothing and prints, for several thresholds, the share of COLD *dev*
rows flagged (offensive: recall; safe: false flags) and how many messages of the other own
corpora (not trained on) it flags that are not abuse. The test split is never read here;
``benchmarks/public_accuracy.py`` reports it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import public_accuracy  # noqa: E402
from classmod.rules.standard.abuse_model import model_view  # noqa: E402
from classmod.rules.standard.ngram_model import features  # noqa: E402

from classmod.text import normalize  # noqa: E402


def analyzer(text: str) -> set[str]:
    """The n-grams of a text as R05 scores it: normalised, talk about prejudice blanked."""
    view = model_view(normalize(text))
    return features(view, view)


OUT = ROOT / "plugins" / "standard" / "data" / "abuse_model.json"
TRAINED_ON = ("corpus", "corpus_blind", "corpus_heldout", "corpus_blind2")
CHECKED_ON = ("corpus_blind3", "corpus_blind4", "corpus_spam", "corpus_spam2")
THRESHOLDS = (0.8, 0.9, 0.93, 0.95, 0.97, 0.98)


def class_group_rows(bundle: Path) -> list[tuple[str, bool]]:
    rows: list[tuple[str, bool]] = []
    for path in sorted((bundle / "transcripts").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["text"]:
                rows.append((record["text"], "abuse" in record.get("expect", ())))
    return rows


def cold(shared: Path, split: str) -> list[tuple[str, bool]]:
    return [(r["TEXT"], r["label"] == "1") for r in public_accuracy.cold_rows(shared, split)]


def fit(rows: list[tuple[str, bool]], c: float) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = CountVectorizer(analyzer=analyzer, binary=True, min_df=3)
    x = vectorizer.fit_transform([t for t, _ in rows])
    model = LogisticRegression(C=c, l1_ratio=1.0, solver="liblinear", max_iter=5000)
    model.fit(x, [int(label) for _, label in rows])
    return vectorizer, model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=public_accuracy._default_shared())
    parser.add_argument("--c", type=float, default=0.5, help="inverse L1 strength")
    parser.add_argument("--report", action="store_true", help="print dev figures, write nothing")
    args = parser.parse_args(argv)

    train = cold(args.shared, "train")
    group = [row for name in TRAINED_ON for row in class_group_rows(ROOT / "tests" / name)]
    vectorizer, model = fit([*train, *group], args.c)

    if args.report:
        dev = cold(args.shared, "dev")
        checked = [row for name in CHECKED_ON for row in class_group_rows(ROOT / "tests" / name)]
        p_dev = model.predict_proba(vectorizer.transform([t for t, _ in dev]))[:, 1]
        p_chk = model.predict_proba(vectorizer.transform([t for t, _ in checked]))[:, 1]
        for th in THRESHOLDS:
            hit = [p >= th for p in p_dev]
            rec = sum(h for h, (_, y) in zip(hit, dev, strict=True) if y) / sum(y for _, y in dev)
            fp = sum(h for h, (_, y) in zip(hit, dev, strict=True) if not y) / sum(
                not y for _, y in dev
            )
            other = sum(p >= th and not y for p, (_, y) in zip(p_chk, checked, strict=True))
            print(
                f"threshold {th}: COLD dev offensive {rec:.3f}, safe flagged {fp:.3f}; "
                f"own corpora not trained on: {other}/{sum(not y for _, y in checked)} flagged"
            )
        return 0

    names = vectorizer.get_feature_names_out()
    weights = {
        str(names[i]): round(float(w), 4) for i, w in enumerate(model.coef_[0]) if abs(w) >= 1e-4
    }
    document = {
        "about": (
            "R05 fallback abuse model (scripts/train_abuse_model.py): logistic regression over "
            "character 1-3-grams of the folded text, digits as 0; score = sigmoid(intercept "
            "+ sum of the weights of the n-grams present)"
        ),
        "trained_on": {"cold_train": len(train), "class_group": len(group), "corpora": TRAINED_ON},
        "c": args.c,
        "intercept": round(float(model.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
    }
    OUT.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(weights)} n-grams with a weight -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
