"""Word lists for the lexicon rules (R04-R08, R12, R13), matched with Aho–Corasick.

A lexicon is a data file ``data/<name>.txt``, one entry a line, ``#`` starts a comment::

    微商 | selling | 2       # term | tag | weight (tag and weight optional: "" and 1)
    !垃圾分类                # an exception: a hit lying inside it does not count

Terms are normalised with the same function as the message (:func:`classmod.text.normalize`
unless the rule scans another view), so one entry matches its full-width, spaced-out,
emoji-laced and traditional spellings. A term written only in ASCII only matches at an ASCII
word edge (``sb`` is not found in ``usb``); a mixed term such as ``加v`` matches anywhere,
since the folded text has no spaces left to mark where an ID starts (``加v abc123``).
Where hits overlap, the longest wins (``加微信`` counts once, not also as ``微信``).

Each lexicon is loaded and compiled once (and once more per school that adds terms), so a
message costs one pass over its text per rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from classmod.text import normalize

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Hit:
    """One lexicon entry found in a text view; ``start``/``end`` index that view."""

    term: str  # the normalised entry
    tag: str
    weight: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entry:
    term: str
    tag: str = ""
    weight: int = 1


def _is_ascii_letter(ch: str) -> bool:
    return "a" <= ch <= "z"


def parse_lines(lines: Iterable[str]) -> tuple[list[Entry], list[str]]:
    """Entries and exception phrases of a lexicon file's lines (not yet normalised)."""
    entries: list[Entry] = []
    exceptions: list[str] = []
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!"):
            exceptions.append(line[1:].strip())
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) > 3 or not parts[0]:
            raise ValueError(f"bad lexicon line: {raw!r}")
        tag = parts[1] if len(parts) > 1 else ""
        weight = int(parts[2]) if len(parts) > 2 and parts[2] else 1
        entries.append(Entry(term=parts[0], tag=tag, weight=weight))
    return entries, exceptions


class Lexicon:
    """A compiled set of entries and exception phrases."""

    __slots__ = ("_automaton", "_empty", "size")

    def __init__(
        self,
        entries: Iterable[Entry],
        exceptions: Iterable[str] = (),
        *,
        view: Callable[[str], str] = normalize,
    ) -> None:
        automaton = ahocorasick.Automaton()
        # value: (term, tag, weight, is_exception); on a duplicate term the heavier entry wins
        table: dict[str, tuple[str, str, int, bool]] = {}
        for e in entries:
            term = view(e.term)
            if not term:
                continue
            old = table.get(term)
            if old is None or old[3] or e.weight > old[2]:
                table[term] = (term, e.tag, e.weight, False)
        for phrase in exceptions:
            term = view(phrase)
            if term and term not in table:
                table[term] = (term, "", 0, True)
        for term, value in table.items():
            automaton.add_word(term, value)
        self.size = sum(1 for v in table.values() if not v[3])
        self._empty = not table
        if table:
            automaton.make_automaton()
        self._automaton = automaton

    def find(self, text: str) -> list[Hit]:
        """The entries in ``text`` (a normalised view), longest first where they overlap, in
        order of position, minus those inside an exception phrase."""
        if self._empty or not text:
            return []
        hits: list[Hit] = []
        shields: list[tuple[int, int]] = []
        for end_index, (term, tag, weight, is_exception) in self._automaton.iter(text):
            start = end_index - len(term) + 1
            end = end_index + 1
            if is_exception:
                shields.append((start, end))
                continue
            if term.isascii() and (
                (start > 0 and _is_ascii_letter(text[start - 1]))
                or (end < len(text) and _is_ascii_letter(text[end]))
            ):
                continue
            hits.append(Hit(term=term, tag=tag, weight=weight, start=start, end=end))
        if not hits:
            return hits
        hits.sort(key=lambda h: (h.start, h.start - h.end))
        kept: list[Hit] = []
        reach = -1
        for h in hits:
            if h.end <= reach:  # inside a longer hit already kept
                continue
            if any(s <= h.start and h.end <= e for s, e in shields):
                continue
            kept.append(h)
            reach = max(reach, h.end)
        return kept


def score(hits: Iterable[Hit], tags: Iterable[str] | None = None) -> int:
    """The summed weight of distinct terms (of the given tags, or all)."""
    wanted = None if tags is None else frozenset(tags)
    seen: dict[str, int] = {}
    for h in hits:
        if wanted is None or h.tag in wanted:
            seen[h.term] = max(seen.get(h.term, 0), h.weight)
    return sum(seen.values())


def strong_or_pair(
    hits: list[Hit], first: str, second: str, *, strong: int = 2, cue: str = "cue"
) -> str:
    """The sub-rule of a weighted lexicon's verdict, or ``""``: the tag of the first hit of
    weight ``strong`` or more; else ``first`` when a ``first`` and a ``second`` word are both
    there; nothing at all when a ``cue`` word (a denial, a warning) is there."""
    if not hits or any(h.tag == cue for h in hits):
        return ""
    for h in hits:
        if h.weight >= strong:
            return h.tag
    tags = {h.tag for h in hits}
    return first if first in tags and second in tags else ""


def read_lexicon_file(name: str) -> tuple[list[Entry], list[str]]:
    path = DATA_DIR / f"{name}.txt"
    with path.open(encoding="utf-8") as f:
        return parse_lines(f)


@lru_cache(maxsize=64)
def load_lexicon(
    name: str,
    extra_terms: tuple[str, ...] = (),
    allow_terms: tuple[str, ...] = (),
    *,
    extra_tag: str = "extra",
    extra_weight: int = 1,
    view: Callable[[str], str] = normalize,
) -> Lexicon:
    """The compiled lexicon ``data/<name>.txt``, plus a school's extra terms (with the given
    tag and weight) and allowed phrases (as exceptions). Compiled once per combination."""
    entries, exceptions = read_lexicon_file(name)
    entries.extend(Entry(term=t, tag=extra_tag, weight=extra_weight) for t in extra_terms)
    exceptions.extend(allow_terms)
    return Lexicon(entries, exceptions, view=view)


def evidence(hits: Iterable[Hit]) -> str:
    """The matched terms, distinct and in order, for a verdict's ``evidence``."""
    return "、".join(dict.fromkeys(h.term for h in hits))


__all__ = [
    "DATA_DIR",
    "Entry",
    "Hit",
    "Lexicon",
    "evidence",
    "load_lexicon",
    "parse_lines",
    "read_lexicon_file",
    "score",
    "strong_or_pair",
]
