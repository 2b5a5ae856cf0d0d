"""Shared ban lists in the Matrix policy-list format: values, matching, parsing.

A ban list is a Matrix policy room (spec, "Moderation policy lists"; MSC2313): each rule is
a state event ``m.policy.rule.user`` (or ``.room``, ``.server``) whose content is
``{"entity": <glob>, "recommendation": "m.ban", "reason": <text>}``, under the state key
``rule:<entity>``. A rule is removed by sending the same state event with empty content,
or by redacting it (whose content is then empty too). The legacy event types
``m.room.rule.*`` and ``org.matrix.mjolnir.rule.*`` are read as the same rules, and the
legacy recommendation ``org.matrix.mjolnir.ban`` as ``m.ban``.

Entities. A Matrix member is their plain user id (``@spam:example.org``), so Draupnir,
Mjolnir and Meowlnir read classmod's rules and classmod reads theirs. A QQ or WeChat
member has no Matrix id: classmod writes them under its own prefix, which no Matrix bot
matches against a user it sees::

    classmod:qq:<QQ number>        classmod:qq:123456789
    classmod:wechat:<wxid>         classmod:wechat:wxid_abc123

Globs follow the spec: ``*`` is any run of characters (none included), ``?`` exactly one;
every other character stands for itself. A hashed rule (MSC4205) carries no entity but
``"hashes": {"sha256": <base64 of SHA-256 of the entity>}``: a list need not say who is on
it, and a member is matched by hashing their entity (padded or unpadded base64 alike).

Everything here is a pure value or function; the store keeps the rules and the bans they
caused (``classmod.banwatch``), the Matrix bridge reads and writes the rooms.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from classmod.model import Platform

#: the prefix of a non-Matrix member's entity
ENTITY_PREFIX = "classmod:"

BAN = "m.ban"
#: recommendations read as a ban (the spec's, and Mjolnir's before it was specified)
BAN_RECOMMENDATIONS = frozenset({BAN, "org.matrix.mjolnir.ban"})


class RuleKind(StrEnum):
    USER = "user"
    ROOM = "room"
    SERVER = "server"


#: the event types of each kind: the spec's first (the one classmod writes), then legacy
EVENT_TYPES: dict[RuleKind, tuple[str, ...]] = {
    kind: (f"m.policy.rule.{kind}", f"m.room.rule.{kind}", f"org.matrix.mjolnir.rule.{kind}")
    for kind in RuleKind
}
KIND_OF_TYPE: dict[str, RuleKind] = {t: k for k, types in EVENT_TYPES.items() for t in types}
RULE_EVENT_TYPES: tuple[str, ...] = tuple(KIND_OF_TYPE)


def entity_of(platform: Platform, member_id: str) -> str:
    """A member's entity on a list: a Matrix id as it is, else ``classmod:<platform>:<id>``."""
    if platform == Platform.MATRIX:
        return member_id
    return f"{ENTITY_PREFIX}{platform}:{member_id}"


def member_of(entity: str) -> tuple[Platform, str] | None:
    """The (platform, member id) an entity without wildcards names, or None."""
    if has_wildcard(entity):
        return None
    if entity.startswith("@") and ":" in entity:
        return Platform.MATRIX, entity
    if entity.startswith(ENTITY_PREFIX):
        platform, _, member_id = entity[len(ENTITY_PREFIX) :].partition(":")
        if platform in (Platform.QQ, Platform.WECHAT) and member_id:
            return Platform(platform), member_id
    return None


def sha256_of(entity: str) -> str:
    """MSC4205: the base64 of the SHA-256 of the entity (padded, as the proposal shows)."""
    return base64.b64encode(hashlib.sha256(entity.encode("utf-8")).digest()).decode("ascii")


def _unpadded(digest: str) -> str:
    return digest.rstrip("=")


def has_wildcard(entity: str) -> bool:
    return "*" in entity or "?" in entity


def glob_pattern(glob: str) -> re.Pattern[str]:
    """The spec's glob as a regular expression matching whole entities."""
    parts = [".*" if c == "*" else "." if c == "?" else re.escape(c) for c in glob]
    return re.compile("".join(parts), re.DOTALL)


@dataclass(frozen=True, slots=True, kw_only=True)
class PolicyRule:
    """One rule of one list. ``entity`` is empty for a hashed rule (``sha256`` set)."""

    list_name: str  # the config's name of the list
    kind: RuleKind
    state_key: str
    entity: str = ""
    sha256: str = ""
    recommendation: str = BAN
    reason: str = ""
    event_type: str = ""  # as read (a legacy type stays legacy); '' for the spec's

    @property
    def is_ban(self) -> bool:
        return self.recommendation in BAN_RECOMMENDATIONS

    @property
    def wildcard(self) -> bool:
        return has_wildcard(self.entity)

    @property
    def shown(self) -> str:
        """The entity as staff read it (a hashed rule by the start of its hash)."""
        return self.entity or f"（哈希 {self.sha256[:10]}…）"

    def matches(self, entity: str, server: str = "") -> bool:
        """Whether the rule names ``entity`` (a user rule) or its ``server`` (a server
        rule: Matrix members only). Room rules name no member."""
        if self.kind == RuleKind.USER:
            if self.entity:
                if not self.wildcard:
                    return self.entity == entity
                return glob_pattern(self.entity).fullmatch(entity) is not None
            return bool(self.sha256) and _unpadded(sha256_of(entity)) == _unpadded(self.sha256)
        if self.kind == RuleKind.SERVER and server and self.entity:
            return glob_pattern(self.entity).fullmatch(server) is not None
        return False

    def same_rule(self, other: PolicyRule) -> bool:
        """Whether ``other`` says the same as this rule (a re-read that changes nothing)."""
        return (self.kind, self.entity, _unpadded(self.sha256), self.recommendation) == (
            other.kind,
            other.entity,
            _unpadded(other.sha256),
            other.recommendation,
        )


def state_key_for(entity: str = "", sha256: str = "") -> str:
    """The state key classmod writes a rule under: ``rule:<entity>`` as Draupnir does;
    a hashed rule under its hash (its entity must not show)."""
    return f"rule:{entity}" if entity else f"rule:sha256:{sha256}"


def rule_content(rule: PolicyRule) -> dict[str, Any]:
    """The state event content of a rule, as the spec shapes it."""
    content: dict[str, Any] = {"recommendation": rule.recommendation}
    if rule.entity:
        content["entity"] = rule.entity
    if rule.sha256:
        content["hashes"] = {"sha256": rule.sha256}
    if rule.reason:
        content["reason"] = rule.reason
    return content


def rule_from_state(
    list_name: str, event_type: str, state_key: str, content: Mapping[str, Any] | None
) -> PolicyRule | None:
    """The rule a policy room's state event says, or None: not a rule type, removed (empty
    content, a redaction), or malformed (no entity nor hash, not strings)."""
    kind = KIND_OF_TYPE.get(event_type)
    if kind is None or not isinstance(content, Mapping) or not content:
        return None
    entity = content.get("entity", "")
    recommendation = content.get("recommendation")
    reason = content.get("reason", "")
    hashes = content.get("hashes")
    digest = hashes.get("sha256", "") if isinstance(hashes, Mapping) else ""
    if not isinstance(entity, str) or not isinstance(recommendation, str):
        return None
    if not isinstance(digest, str) or not (entity or digest):
        return None
    if recommendation == "org.matrix.mjolnir.ban":
        recommendation = BAN
    return PolicyRule(
        list_name=list_name,
        kind=kind,
        state_key=state_key,
        entity=entity,
        sha256=digest,
        recommendation=recommendation,
        reason=reason if isinstance(reason, str) else "",
        event_type="" if event_type == EVENT_TYPES[kind][0] else event_type,
    )


def rules_from_state(list_name: str, events: Iterable[Any]) -> list[PolicyRule]:
    """Every live rule of a room's full state (``GET /rooms/{id}/state``); other events,
    removed rules and malformed ones are left out. Where a spec type and a legacy type
    share a state key, the spec's wins."""
    found: dict[tuple[RuleKind, str], PolicyRule] = {}
    for event in events:
        if not isinstance(event, Mapping):
            continue
        event_type, state_key = event.get("type"), event.get("state_key")
        if not isinstance(event_type, str) or not isinstance(state_key, str):
            continue
        rule = rule_from_state(list_name, event_type, state_key, event.get("content"))
        if rule is None:
            continue
        key = (rule.kind, state_key)
        if key not in found or not rule.event_type:
            found[key] = rule
    return list(found.values())


class RuleIndex:
    """Rules to match members against quickly: exact entities and hashes in dicts, globs
    in a list (few, and each compiled once)."""

    def __init__(self, rules: Iterable[tuple[int, PolicyRule]] = ()) -> None:
        self._exact: dict[str, list[int]] = {}
        self._hashed: dict[str, list[int]] = {}
        self._globs: list[tuple[int, PolicyRule, re.Pattern[str]]] = []
        self._rules: dict[int, PolicyRule] = {}
        for rule_id, rule in rules:
            self.add(rule_id, rule)

    def __len__(self) -> int:
        return len(self._rules)

    def add(self, rule_id: int, rule: PolicyRule) -> None:
        if not rule.is_ban or rule.kind == RuleKind.ROOM:
            return
        self._rules[rule_id] = rule
        if rule.kind == RuleKind.SERVER or rule.wildcard:
            self._globs.append((rule_id, rule, glob_pattern(rule.entity)))
        elif rule.entity:
            self._exact.setdefault(rule.entity, []).append(rule_id)
        elif rule.sha256:
            self._hashed.setdefault(_unpadded(rule.sha256), []).append(rule_id)

    def remove(self, rule_id: int) -> None:
        rule = self._rules.pop(rule_id, None)
        if rule is None:
            return
        for table in (self._exact, self._hashed):
            for key in [k for k, ids in table.items() if rule_id in ids]:
                table[key].remove(rule_id)
                if not table[key]:
                    del table[key]
        self._globs = [g for g in self._globs if g[0] != rule_id]

    def rule(self, rule_id: int) -> PolicyRule | None:
        return self._rules.get(rule_id)

    def match(self, platform: Platform, member_id: str) -> list[int]:
        """The ids of the rules naming this member, oldest first."""
        entity = entity_of(platform, member_id)
        hits = list(self._exact.get(entity, ()))
        if self._hashed:
            hits += self._hashed.get(_unpadded(sha256_of(entity)), ())
        server = member_id.partition(":")[2] if platform == Platform.MATRIX else ""
        for rule_id, rule, pattern in self._globs:
            target = server if rule.kind == RuleKind.SERVER else entity
            if target and pattern.fullmatch(target):
                hits.append(rule_id)
        return sorted(set(hits))


def parse_entity(text: str, platforms: Sequence[Platform]) -> str | None:
    """An entity staff typed: a Matrix id or glob (``@x:hs``, ``@*:spam.example``), a
    prefixed one (``classmod:qq:123``), or a bare QQ number where QQ is the school's only
    OneBot platform (``123456789``); None for anything else."""
    text = text.strip()
    if text.startswith("@") and ":" in text:
        return text
    if text.startswith(ENTITY_PREFIX):
        platform = text[len(ENTITY_PREFIX) :].partition(":")[0]
        return text if platform in (Platform.QQ, Platform.WECHAT) else None
    if text.isdigit() and Platform.QQ in platforms:
        return entity_of(Platform.QQ, text)
    return None


__all__ = [
    "BAN",
    "BAN_RECOMMENDATIONS",
    "ENTITY_PREFIX",
    "EVENT_TYPES",
    "RULE_EVENT_TYPES",
    "PolicyRule",
    "RuleIndex",
    "RuleKind",
    "entity_of",
    "glob_pattern",
    "has_wildcard",
    "member_of",
    "parse_entity",
    "rule_content",
    "rule_from_state",
    "rules_from_state",
    "sha256_of",
    "state_key_for",
]
