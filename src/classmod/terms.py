"""Learned terms: what staff corrections teach the rules about one school's messages.

When staff answer ``误判`` (the bot was wrong) or ``这是广告`` (the bot missed it), the bot
proposes a term in the management room; only a term staff confirm is used, for the group
or for the whole school. Two kinds:

- **allow** (from 误判): a message holding the term gets no verdict from that rule, however
  the rule came to it (its words, its patterns, its model). The host does not ask the rule
  about such a message at all (:meth:`classmod.plugins.Host.check_message`).
- **deny** (from 这是广告 …): the term is added to the rule's ``extra_terms`` setting, words
  that are each enough for the rule's verdict. The rule reads it through its settings like
  the terms a school writes in YAML, and decides as it would for those (what it says,
  whether the message is withdrawn, the strikes of the ladder).

A rule takes deny terms if its ``Settings`` has an ``extra_terms`` field (a tuple of
strings) and honours it; every rule takes allow terms. Terms are normalised like the
message text (:func:`classmod.text.normalize`), bounded in length and number, stored with who
proposed and who confirmed them, audited, and removable (``/删词``). See docs/plugins.md.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from classmod.text import normalize

#: the Settings field deny terms are added to
DENY_FIELD = "extra_terms"
#: a term is this many characters at least (normalised): a shorter one matches too much
MIN_CHARS = {"allow": 3, "deny": 2}
MAX_CHARS = 20
#: active terms a school may have (all groups together); a proposal past it is refused
MAX_ACTIVE = 200


class TermKind(StrEnum):
    ALLOW = "allow"
    DENY = "deny"


class TermState(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    DECLINED = "declined"
    REMOVED = "removed"


#: how a head teacher reads a state
STATE_NAMES: dict[TermState, str] = {
    TermState.PROPOSED: "待确认",
    TermState.ACTIVE: "生效中",
    TermState.DECLINED: "未采纳",
    TermState.REMOVED: "已删除",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class LearnedTerm:
    """One term. ``group_id`` is '' for the whole school; ``source_group`` and
    ``source_message`` name the corrected message; ``posted`` is the proposal's post in the
    management room (staff confirm by replying to it)."""

    id: int
    group_id: str
    rule_id: str
    kind: TermKind
    term: str
    state: TermState
    source_group: str
    source_message: str
    proposed_by: str
    proposed_at: datetime
    decided_by: str = ""
    decided_at: datetime | None = None
    posted: str = ""

    def applies_to(self, group_id: str) -> bool:
        return self.state == TermState.ACTIVE and self.group_id in ("", group_id)


def accepts_deny(settings_type: type | None) -> bool:
    """Whether a rule's Settings class takes deny terms (has an ``extra_terms`` field)."""
    return (
        settings_type is not None
        and dataclasses.is_dataclass(settings_type)
        and any(f.name == DENY_FIELD for f in dataclasses.fields(settings_type))
    )


def with_terms(
    rules: Mapping[str, Any], terms: Iterable[LearnedTerm], group_id: str
) -> tuple[dict[str, Any], dict[str, tuple[str, ...]]]:
    """A group's rule settings with its active deny terms added to ``extra_terms``, and
    its allow terms by rule (the host's vetoes). Rules the group has off take none."""
    deny: dict[str, list[str]] = {}
    allow: dict[str, list[str]] = {}
    for t in terms:
        if not t.applies_to(group_id) or t.rule_id not in rules:
            continue
        (allow if t.kind == TermKind.ALLOW else deny).setdefault(t.rule_id, []).append(t.term)
    settings = dict(rules)
    for rule_id, words in deny.items():
        current = settings[rule_id]
        if current is None or not accepts_deny(type(current)):
            continue
        have = tuple(getattr(current, DENY_FIELD))
        settings[rule_id] = dataclasses.replace(
            current, **{DENY_FIELD: tuple(dict.fromkeys((*have, *words)))}
        )
    vetoes = {rid: tuple(dict.fromkeys(words)) for rid, words in allow.items()}
    return settings, vetoes


_CLAUSE = re.compile(r"[，,。.！!？?；;：:、\s~～…]+")
_CONTACT = re.compile(r"[a-z0-9]{5,}")


def _clauses(text: str) -> list[str]:
    """The normalised clauses of a text (normalising drops the punctuation between them)."""
    return [c for c in (normalize(part) for part in _CLAUSE.split(text)) if c]


def check_term(kind: TermKind, term: str, text: str) -> tuple[str, str]:
    """``(normalised term, '')``, or ``('', why not)`` in Chinese: a term is a few characters
    of the corrected message itself."""
    folded = normalize(term)
    low, high = MIN_CHARS[kind], MAX_CHARS
    if len(folded) < low:
        return "", f"词语太短（至少 {low} 个字），会误伤其他消息"
    if len(folded) > high:
        return "", f"词语太长（最多 {high} 个字）"
    if text and folded not in normalize(text):
        return "", "这个词语没有出现在原消息中，请从原消息里选取"
    return folded, ""


def allow_candidate(text: str, evidence: str = "") -> str:
    """The term a 误判 suggests: the clause of the message that holds the first word the rule
    matched (trimmed to at most MAX_CHARS around it), or the first clause long enough; ''
    when the message has none."""
    clauses = _clauses(text)
    words = [normalize(w) for w in re.split(r"[、,，\s]+", evidence) if w.strip()]
    for word in words:
        if not word:
            continue
        for clause in clauses:
            at = clause.find(word)
            if at < 0:
                continue
            if len(clause) <= MAX_CHARS:
                return clause if len(clause) >= MIN_CHARS["allow"] else ""
            start = max(0, min(at - (MAX_CHARS - len(word)) // 2, len(clause) - MAX_CHARS))
            return clause[start : start + MAX_CHARS]
    for clause in clauses:
        if len(clause) >= MIN_CHARS["allow"]:
            return clause[:MAX_CHARS]
    return ""


def deny_candidate(text: str) -> str:
    """The term a 这是广告 suggests: a contact handle in the message (a WeChat id, a phone or
    QQ number: spammers reuse them), else its longest clause (at most MAX_CHARS); ''."""
    folded = normalize(text)
    handles = [m.group(0) for m in _CONTACT.finditer(folded) if not m.group(0).isalpha()]
    if handles:
        return max(handles, key=len)[:MAX_CHARS]
    clauses = [c for c in _clauses(text) if len(c) >= 4]
    if not clauses:
        return ""
    return max(clauses, key=len)[:MAX_CHARS]


def vetoed(norm: str, vetoes: tuple[str, ...]) -> str:
    """The first allow term found in a normalised text, or ''."""
    for term in vetoes:
        if term in norm:
            return term
    return ""


__all__ = [
    "DENY_FIELD",
    "MAX_ACTIVE",
    "MAX_CHARS",
    "MIN_CHARS",
    "STATE_NAMES",
    "LearnedTerm",
    "TermKind",
    "TermState",
    "accepts_deny",
    "allow_candidate",
    "check_term",
    "deny_candidate",
    "vetoed",
    "with_terms",
]
