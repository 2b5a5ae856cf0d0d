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

The standard lexicons are compiled once into one automaton (and a lexicon once more per school
that adds terms), so a message costs one pass over its text for all the lexicon rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick_rs

from classmod.text import normalize

DATA_DIR = Path(__file__).parent / "data"


class Hit(NamedTuple):
    """One lexicon entry found in a text view; ``start``/``end`` index that view.

    A named tuple, not a dataclass: hits are made per message, and this is several times
    cheaper to build."""

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
    #: a Latin start or end of the term matches only at a Latin word edge (a word spelt in
    #: pinyin: "看pian" is not in "看pianyi", 便宜)
    edged: bool = False


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


#: Scans of texts up to this long are kept (at most _SCAN_CACHE_SIZE of them per lexicon).
_SCAN_CACHE_MAX_CHARS = 64
_SCAN_CACHE_SIZE = 4096


class Lexicon:
    """A compiled set of entries and exception phrases.

    Several named lexicons may share one automaton (see :func:`standard_lexicons`): one pass
    over a message then serves every rule, and :meth:`find` picks one lexicon's hits.
    """

    __slots__ = (
        "_automaton",
        "_edged",
        "_empty",
        "_last",
        "_scans",
        "_seen",
        "_terms",
        "_values",
        "names",
        "size",
    )

    def __init__(
        self,
        entries: Iterable[Entry] | Mapping[str, tuple[Iterable[Entry], Iterable[str]]],
        exceptions: Iterable[str] = (),
        *,
        view: Callable[[str], str] = normalize,
    ) -> None:
        named = entries if isinstance(entries, Mapping) else {"": (entries, exceptions)}
        # per term: [(lexicon, tag, weight, is_exception)]; one entry per lexicon, the
        # heavier one on a duplicate
        table: dict[str, dict[str, tuple[str, str, int, bool]]] = {}
        edged: set[str] = set()
        for name, (lex_entries, lex_exceptions) in named.items():
            for e in lex_entries:
                term = view(e.term)
                if not term:
                    continue
                if e.edged:
                    edged.add(term)
                per = table.setdefault(term, {})
                old = per.get(name)
                if old is None or old[3] or e.weight > old[2]:
                    per[name] = (name, e.tag, e.weight, False)
            for phrase in lex_exceptions:
                term = view(phrase)
                if term and name not in table.setdefault(term, {}):
                    table[term][name] = (name, "", 0, True)
        self._terms = tuple(table)
        self._edged = frozenset(i for i, term in enumerate(self._terms) if term in edged)
        self._values = tuple(tuple(per.values()) for per in table.values())
        self.names = tuple(named)
        self.size = sum(1 for per in table.values() for v in per.values() if not v[3])
        self._empty = not table
        # ahocorasick_rs (Rust): every overlapping match, as character offsets, ~4x faster
        # than pyahocorasick on this automaton, whose root has ~500 first characters
        self._automaton = (
            ahocorasick_rs.AhoCorasick(self._terms, matchkind=ahocorasick_rs.MatchKind.Standard)
            if table
            else None
        )
        self._last: tuple[str, dict[str, list[Hit]]] = ("", {})
        self._scans: dict[str, dict[str, list[Hit]]] = {}  # short texts' scans
        self._seen: set[str] = set()  # short texts scanned once

    def find(self, text: str, name: str = "") -> list[Hit]:
        """The entries of lexicon ``name`` in ``text`` (a normalised view), longest first
        where they overlap, in order of position, minus those inside an exception phrase.

        The last text's scan is kept, so the rules that share this automaton and read the
        same text pay for one pass; so are the scans of a few thousand short texts seen more
        than once (the "收到" and "谢谢老师" that make up much of a class group). Each call
        gets its own list."""
        if self._empty or not text:
            return []
        last_text, last = self._last
        if text is not last_text and text != last_text:
            cached = self._scans.get(text)
            if cached is not None:
                last = cached
            else:
                last = self._scan(text)
                if len(text) <= _SCAN_CACHE_MAX_CHARS:
                    self._keep(text, last)
            self._last = (text, last)
        hits = last.get(name)
        return [] if hits is None else hits.copy()

    def last_scan(self) -> dict[str, list[Hit]]:
        """The hits per lexicon name of the last text :meth:`find` was asked about (read
        only: the lists are the scan's own)."""
        return self._last[1]

    def _keep(self, text: str, scan: dict[str, list[Hit]]) -> None:
        # A scan is kept from a text's second sighting on: most texts come once, and keeping
        # their scans (dicts of lists of hits) would cost more than it saves.
        seen = self._seen
        if text in seen:
            if len(self._scans) >= _SCAN_CACHE_SIZE:
                self._scans.clear()
            self._scans[text] = scan
        else:
            if len(seen) >= 4 * _SCAN_CACHE_SIZE:
                seen.clear()
            seen.add(text)

    def _scan(self, text: str) -> dict[str, list[Hit]]:
        assert self._automaton is not None  # find() returns early for an empty lexicon
        matches = self._automaton.find_matches_as_indexes(text, overlapping=True)
        if not matches:  # most messages
            return {}
        raw: dict[str, list[Hit]] = {}
        shields: dict[str, list[tuple[int, int]]] = {}
        size = len(text)
        terms, all_values, edged = self._terms, self._values, self._edged
        for index, start, end in matches:
            term, values = terms[index], all_values[index]
            # a Latin neighbour: an ASCII term, or a spelt one's Latin end, runs on into a word
            before = start > 0 and _is_ascii_letter(text[start - 1])
            after = end < size and _is_ascii_letter(text[end])
            edge_bound = (before or after) and (
                term.isascii()
                or (
                    index in edged
                    and (
                        (before and _is_ascii_letter(term[0]))
                        or (after and _is_ascii_letter(term[-1]))
                    )
                )
            )
            for name, tag, weight, is_exception in values:
                if is_exception:
                    shields.setdefault(name, []).append((start, end))
                elif not edge_bound:
                    raw.setdefault(name, []).append(Hit(term, tag, weight, start, end))
        return {name: _settle(hits, shields.get(name, ())) for name, hits in raw.items()}


def _settle(hits: list[Hit], shields: Sequence[tuple[int, int]]) -> list[Hit]:
    """Longest hit wins where hits overlap; hits inside an exception phrase go."""
    if len(hits) == 1 and not shields:
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


def _read_file(name: str) -> tuple[list[Entry], list[str]]:
    path = DATA_DIR / f"{name}.txt"
    with path.open(encoding="utf-8") as f:
        return parse_lines(f)


#: The words people spell out in pinyin to dodge a filter ("huang片", "l u o 聊", "du博"):
#: per lexicon, the tags whose entries also match so spelt. Vice offers do it; a parent
#: writing pinyin amid characters otherwise is rare, so these spellings cost no precision.
SPELLED_OUT: Mapping[str, frozenset[str]] = {
    "illegal": frozenset({"porn", "gambling", "drugs"}),
}
#: ``data/`` file of the readings of their characters (scripts/build_pinyin_table.py).
PINYIN_FILE = "pinyin.txt"
#: A word spelt wholly in pinyin counts from this many letters ("huangpian", "dubo" not:
#: four letters make other words too).
_WHOLE_PINYIN_MIN_LETTERS = 6


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def spelled_out_chars() -> set[str]:
    """The characters of the words in :data:`SPELLED_OUT` (what the pinyin table covers)."""
    chars: set[str] = set()
    for name, tags in SPELLED_OUT.items():
        for e in _read_file(name)[0]:
            if e.tag in tags:
                chars.update(c for c in normalize(e.term) if _is_cjk(c))
    return chars


@lru_cache(maxsize=1)
def pinyin_table() -> Mapping[str, tuple[str, ...]]:
    """Character -> its readings, from :data:`PINYIN_FILE`."""
    table: dict[str, tuple[str, ...]] = {}
    for line in (DATA_DIR / PINYIN_FILE).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, *readings = line.split()
            table[ch] = tuple(readings)
    return table


def spellings(term: str) -> list[str]:
    """``term`` (normalised) with one character in pinyin, each way ("huang片", "黄pian"), and
    wholly in pinyin when that is long enough ("huangpian"); [] for a word of one character.
    A character's commonest reading only: its others make words of their own."""
    table = pinyin_table()
    positions = [i for i, c in enumerate(term) if _is_cjk(c)]
    if len(positions) < 2:
        return []
    out: dict[str, None] = {}
    for i in positions:
        readings = table.get(term[i])
        if readings:  # the commonest reading: "看pian", not "看pan" (in "看pan.baidu.com")
            out[term[:i] + readings[0] + term[i + 1 :]] = None
    if len(positions) == len(term) <= 4 and all(c in table for c in term):
        # each character's first (commonest) reading: "huangpian", not "huangpan" (黄攀)
        whole = "".join(table[c][0] for c in term)
        if len(whole) >= _WHOLE_PINYIN_MIN_LETTERS:
            out[whole] = None
    out.pop(term, None)
    return list(out)


def read_lexicon_file(name: str) -> tuple[list[Entry], list[str]]:
    """A lexicon file's entries (with the pinyin spellings of :data:`SPELLED_OUT`) and its
    exception phrases."""
    entries, exceptions = _read_file(name)
    tags = SPELLED_OUT.get(name)
    if tags:
        known = {normalize(e.term) for e in entries}
        spelt = [
            Entry(term=variant, tag=e.tag, weight=e.weight, edged=True)
            for e in entries
            if e.tag in tags
            for variant in spellings(normalize(e.term))
            if variant not in known
        ]
        entries.extend(spelt)
    return entries, exceptions


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


#: the lexicons of the standard rules, compiled into one shared automaton
STANDARD_LEXICONS: tuple[str, ...] = ("abuse", "ad", "illegal", "incitement", "rumor", "slander")


@lru_cache(maxsize=1)
def standard_lexicons() -> Lexicon:
    """Every standard lexicon in one automaton, so a message is scanned once for all."""
    return Lexicon({name: read_lexicon_file(name) for name in STANDARD_LEXICONS})


def find_terms(
    name: str,
    text: str,
    extra_terms: tuple[str, ...] = (),
    allow_terms: tuple[str, ...] = (),
    *,
    extra_tag: str = "extra",
    extra_weight: int = 1,
) -> list[Hit]:
    """The hits of standard lexicon ``name`` in ``text`` (a view built like ``normalize``).

    Without school additions this reads the shared scan; with them, the school's own
    compiled copy of the lexicon."""
    if not extra_terms and not allow_terms:
        return standard_lexicons().find(text, name)
    return load_lexicon(
        name, extra_terms, allow_terms, extra_tag=extra_tag, extra_weight=extra_weight
    ).find(text)


def lexicons_found(text: str) -> Mapping[str, list[Hit]]:
    """The standard lexicons with a hit in ``text`` (a normalised view), by name, from the
    shared scan (the one pass the rules share; nothing is scanned twice). Read only."""
    lexicon = standard_lexicons()
    lexicon.find(text)  # makes ``text`` the last scan
    return lexicon.last_scan()


def evidence(hits: Iterable[Hit]) -> str:
    """The matched terms, distinct and in order, for a verdict's ``evidence``."""
    return "、".join(dict.fromkeys(h.term for h in hits))


__all__ = [
    "DATA_DIR",
    "STANDARD_LEXICONS",
    "Entry",
    "Hit",
    "Lexicon",
    "evidence",
    "find_terms",
    "lexicons_found",
    "load_lexicon",
    "parse_lines",
    "read_lexicon_file",
    "score",
    "standard_lexicons",
    "strong_or_pair",
]
