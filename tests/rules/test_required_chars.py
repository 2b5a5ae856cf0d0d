"""classmod.rules.standard._common.required_chars and gate_for: the character class a rule
scans for before its costly regex."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import classmod.rules.standard as standard
import pytest
from classmod.rules.standard._common import gate_for, required_chars
from hypothesis import given
from hypothesis import strategies as st

from classmod.text import contact_view, normalize

TESTS = Path(__file__).resolve().parents[1]
#: the corpora whose messages a test may read (not the final ones: only their outputs are
#: compared, never read)
CORPORA = (
    "corpus",
    "corpus_blind",
    "corpus_heldout",
    "corpus_blind2",
    "corpus_blind3",
    "corpus_blind4",
    "corpus_blind5",
    "corpus_spam",
    "corpus_spam2",
)


def gated() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """Every ``_X_NEEDS`` gate of the standard rules, with its pattern ``_X``."""
    out = []
    for info in pkgutil.iter_modules(standard.__path__):
        module: ModuleType = importlib.import_module(f"{standard.__name__}.{info.name}")
        for name, value in vars(module).items():
            if name.endswith("_NEEDS") and isinstance(value, re.Pattern):
                out.append((f"{info.name}.{name}", getattr(module, name[: -len("_NEEDS")]), value))
    return out


GATED = gated()


def corpus_texts() -> list[str]:
    texts: set[str] = set()
    for corpus in CORPORA:
        for path in sorted((TESTS / corpus / "transcripts").glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.add(json.loads(line).get("text") or "")
    return sorted(texts)


def test_the_rules_have_gates() -> None:
    assert len(GATED) >= 7


@pytest.mark.parametrize(("name", "pattern", "gate"), GATED, ids=[g[0] for g in GATED])
def test_a_gate_is_derived_from_its_pattern(
    name: str, pattern: re.Pattern[str], gate: re.Pattern[str]
) -> None:
    assert gate.pattern == gate_for(pattern).pattern, name


def test_no_corpus_text_matches_a_pattern_its_gate_turns_away() -> None:
    texts = corpus_texts()
    assert len(texts) > 1000
    views = [v for t in texts for v in (t, normalize(t), contact_view(t, normalize(t)))]
    for name, pattern, gate in GATED:
        for view in views:
            if gate.search(view) is None:
                assert pattern.search(view) is None, (name, view)


#: characters of the gated patterns' sources, so random texts often come close to a match
ALPHABET = sorted({c for _n, p, _g in GATED for c in p.pattern if not c.isspace()})


@given(st.text(alphabet=ALPHABET, max_size=24))
def test_a_random_text_a_gate_turns_away_matches_no_pattern(text: str) -> None:
    for name, pattern, gate in GATED:
        if gate.search(text) is None:
            assert pattern.search(text) is None, name


def test_a_gate_is_a_class_of_the_characters() -> None:
    gate = gate_for(re.compile(r"[-^]\d|a]"))
    assert required_chars(re.compile(r"[-^]\d|a]")) == {"-", "^", "a"}
    assert all(gate.search(t) for t in ("-", "^", "a]"))
    assert not any(gate.search(t) for t in ("]", "b"))


def test_the_characters_every_match_holds() -> None:
    assert required_chars(re.compile(r"代开(?:各类)?发票")) == {"代"}
    assert required_chars(re.compile(r"(?:一起|带娃)?去[^，]{0,4}玩")) == {"去"}
    assert required_chars(re.compile(r"老师|班主任")) == {"老", "班"}
    assert required_chars(re.compile(r"[!！?？]{3,}|[?？][!！]")) == {"!", "！", "?", "？"}
    # what a lookahead or lookbehind looks at is in the text too
    assert required_chars(re.compile(r"\d+(?=元)")) == {"元"}
    assert required_chars(re.compile(r"(?<=踢)\d比\d")) == {"踢"}


@pytest.mark.parametrize(
    "source", [r"\d{6,}", r".{2}", r"a?b*", r"[^a]", r"(?!x)\w", r"[一-龥]+", r"(?i)qq|vx"]
)
def test_a_pattern_without_required_characters_is_refused(source: str) -> None:
    with pytest.raises(ValueError, match=r"no gate|no required characters"):
        required_chars(re.compile(source))
