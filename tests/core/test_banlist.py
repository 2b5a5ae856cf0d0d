"""Ban-list values: entities, spec globs, hashed rules (MSC4205), parsing policy state."""

from __future__ import annotations

import base64
import hashlib

from hypothesis import given
from hypothesis import strategies as st

from classmod.banlist import (
    PolicyRule,
    RuleIndex,
    RuleKind,
    entity_of,
    glob_pattern,
    member_of,
    parse_entity,
    rule_content,
    rule_from_state,
    rules_from_state,
    sha256_of,
    state_key_for,
)
from classmod.model import Platform


def user_rule(entity: str = "", sha256: str = "", **kw: str) -> PolicyRule:
    return PolicyRule(
        list_name="school",
        kind=RuleKind.USER,
        state_key=state_key_for(entity, sha256),
        entity=entity,
        sha256=sha256,
        **kw,
    )


def test_entities_of_each_platform_and_back() -> None:
    assert entity_of(Platform.MATRIX, "@spam:example.org") == "@spam:example.org"
    assert entity_of(Platform.QQ, "123456") == "classmod:qq:123456"
    assert entity_of(Platform.WECHAT, "wxid_ab") == "classmod:wechat:wxid_ab"
    assert member_of("classmod:qq:123456") == (Platform.QQ, "123456")
    assert member_of("@spam:example.org") == (Platform.MATRIX, "@spam:example.org")
    assert member_of("@*:example.org") is None
    assert member_of("classmod:telegram:1") is None


def test_spec_globs_star_and_question_mark_only() -> None:
    assert glob_pattern("@*:spam.example").fullmatch("@anyone:spam.example")
    assert glob_pattern("@*:spam.example").fullmatch("@:spam.example")  # * may be empty
    assert glob_pattern("@bot??:hs").fullmatch("@bot12:hs")
    assert not glob_pattern("@bot??:hs").fullmatch("@bot1:hs")
    # every other character stands for itself: a dot is not "any character"
    assert not glob_pattern("@a.b:hs").fullmatch("@axb:hs")
    assert not glob_pattern("classmod:qq:1[23]").fullmatch("classmod:qq:12")


@given(st.text(min_size=1, max_size=30).filter(lambda s: "*" not in s and "?" not in s))
def test_a_glob_without_wildcards_matches_only_itself(text: str) -> None:
    assert glob_pattern(text).fullmatch(text)
    assert not glob_pattern(text).fullmatch(text + "x")


def test_hash_is_base64_sha256_of_the_entity() -> None:
    digest = base64.b64encode(hashlib.sha256(b"@yarrgh:example.com").digest()).decode()
    assert sha256_of("@yarrgh:example.com") == digest
    rule = user_rule(sha256=digest)
    assert rule.matches("@yarrgh:example.com")
    assert not rule.matches("@other:example.com")
    # an unpadded hash (as some tools write it) matches as well
    assert user_rule(sha256=digest.rstrip("=")).matches("@yarrgh:example.com")


def test_rule_content_is_spec_shaped_and_reads_back() -> None:
    rule = user_rule("classmod:qq:123456", reason="冒充老师收费")
    content = rule_content(rule)
    assert content == {
        "entity": "classmod:qq:123456",
        "recommendation": "m.ban",
        "reason": "冒充老师收费",
    }
    back = rule_from_state("school", "m.policy.rule.user", rule.state_key, content)
    assert back == rule
    assert rule.state_key == "rule:classmod:qq:123456"


def test_removed_redacted_and_malformed_rules_are_none() -> None:
    assert rule_from_state("s", "m.policy.rule.user", "rule:x", {}) is None  # removed
    assert rule_from_state("s", "m.policy.rule.user", "rule:x", None) is None
    assert rule_from_state("s", "m.policy.rule.user", "rule:x", {"entity": 5}) is None
    assert rule_from_state("s", "m.policy.rule.user", "rule:x", {"recommendation": "m.ban"}) is None
    assert rule_from_state("s", "m.room.topic", "", {"entity": "@a:b"}) is None


def test_legacy_types_and_recommendation_are_read() -> None:
    content = {"entity": "@a:hs", "recommendation": "org.matrix.mjolnir.ban", "reason": "spam"}
    for event_type in ("m.room.rule.user", "org.matrix.mjolnir.rule.user"):
        rule = rule_from_state("d", event_type, "rule:@a:hs", content)
        assert rule is not None and rule.is_ban and rule.event_type == event_type
    server = rule_from_state(
        "d", "m.policy.rule.server", "rule:*.spam", {"entity": "*.spam", "recommendation": "m.ban"}
    )
    assert server is not None and server.kind == RuleKind.SERVER
    assert server.matches("@x:evil.spam", server="evil.spam")


def test_full_state_keeps_live_rules_and_prefers_the_spec_type() -> None:
    events = [
        {"type": "m.room.create", "state_key": "", "content": {}},
        {
            "type": "m.policy.rule.user",
            "state_key": "rule:@a:hs",
            "content": {"entity": "@a:hs", "recommendation": "m.ban"},
        },
        {
            "type": "org.matrix.mjolnir.rule.user",
            "state_key": "rule:@a:hs",
            "content": {"entity": "@a:hs", "recommendation": "m.ban", "reason": "old"},
        },
        {"type": "m.policy.rule.user", "state_key": "rule:@gone:hs", "content": {}},
        {"type": "m.policy.rule.user", "state_key": 7, "content": {"entity": "@b:hs"}},
        "not an event",
    ]
    rules = rules_from_state("d", events)
    assert [(r.entity, r.event_type) for r in rules] == [("@a:hs", "")]


def test_index_matches_exact_hashed_glob_and_server_rules() -> None:
    index = RuleIndex(
        [
            (1, user_rule("classmod:qq:111")),
            (2, user_rule(sha256=sha256_of("classmod:wechat:wxid_x"))),
            (3, user_rule("@*:spam.example")),
            (
                4,
                PolicyRule(
                    list_name="d", kind=RuleKind.SERVER, state_key="rule:bad.hs", entity="bad.hs"
                ),
            ),
            (5, PolicyRule(list_name="d", kind=RuleKind.ROOM, state_key="r", entity="#*:hs")),
            (6, user_rule("@watched:hs", recommendation="org.example.watch")),
        ]
    )
    assert index.match(Platform.QQ, "111") == [1]
    assert index.match(Platform.QQ, "112") == []
    assert index.match(Platform.WECHAT, "wxid_x") == [2]
    assert index.match(Platform.MATRIX, "@x:spam.example") == [3]
    assert index.match(Platform.MATRIX, "@x:bad.hs") == [4]
    assert index.match(Platform.MATRIX, "@watched:hs") == []  # not a ban: not acted on
    assert len(index) == 4  # room rules and other recommendations are not kept
    index.remove(3)
    assert index.match(Platform.MATRIX, "@x:spam.example") == []


def test_entities_staff_type() -> None:
    platforms = (Platform.QQ, Platform.MATRIX)
    assert parse_entity("@x:hs", platforms) == "@x:hs"
    assert parse_entity("classmod:wechat:wxid_1", platforms) == "classmod:wechat:wxid_1"
    assert parse_entity("123456", platforms) == "classmod:qq:123456"
    assert parse_entity("123456", (Platform.MATRIX,)) is None
    assert parse_entity("张三", platforms) is None
