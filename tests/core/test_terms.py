"""Learned terms: 误判 and 这是广告 lead to a proposal in the management room; a confirmed
term changes what the rules decide for the group (or the school), is listed by /词表,
removed by /删词, audited, and survives a restart.

The real app, the standard rules and default policy, a FakeBridge and a fake clock; the pure
parts (candidates, bounds, the settings merge, the host's veto) directly.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from classmod.rules.standard import r06_ad, r13_incitement

from classmod.engine import Engine, GroupSetup
from classmod.model import ActionKind, Platform
from classmod.plugins import Host, make_plugin_manager
from classmod.store import Store
from classmod.terms import (
    LearnedTerm,
    TermKind,
    TermState,
    allow_candidate,
    check_term,
    deny_candidate,
    with_terms,
)
from classmod.testing import FakeBridge, FakeClock, make_group, make_message, make_roster
from tests.core.test_management_room import (
    CLASS,
    INCITEMENT,
    alert_posts,
    make_app,
    staff_says,
)

PASSED = "家人们，我这有课外辅导名额，想报的私我"  # the rules let it pass
NOW = datetime(2026, 9, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def term(
    kind: TermKind, word: str, rule: str = "R06", group: str = "g1", **kw: object
) -> LearnedTerm:
    return LearnedTerm(
        id=1,
        group_id=group,
        rule_id=rule,
        kind=kind,
        term=word,
        state=kw.pop("state", TermState.ACTIVE),  # type: ignore[arg-type]
        source_group="g1",
        source_message="m1",
        proposed_by="t_zhou",
        proposed_at=NOW,
    )


# -- the pure parts ---------------------------------------------------------------------------


def test_an_allow_candidate_is_the_clause_the_rule_matched_in() -> None:
    assert allow_candidate("周六学校义卖，欢迎扫码购买！", "扫码购买") == "欢迎扫码购买"
    assert allow_candidate(INCITEMENT, "讨说法") == "所有家长明天一起去教育局讨说法"
    long = "本周六上午九点在学校操场举行一年一度的爱心义卖活动欢迎大家扫码参加"
    candidate = allow_candidate(long, "扫码")
    assert len(candidate) == 20 and "扫码" in candidate and candidate in long
    assert allow_candidate("好", "") == ""


def test_a_deny_candidate_is_a_contact_handle_or_the_longest_clause() -> None:
    assert deny_candidate("暑假托管，加微信 WX-66886688 了解") == "wx66886688"
    assert deny_candidate(PASSED) == "我这有课外辅导名额"
    assert deny_candidate("好的。嗯") == ""


@pytest.mark.parametrize(
    ("kind", "word", "why"),
    [
        (TermKind.ALLOW, "义卖", "词语太短"),
        (TermKind.DENY, "好", "词语太短"),
        (TermKind.DENY, "托" * 21, "词语太长"),
        (TermKind.ALLOW, "学校开放日", "没有出现在原消息中"),
    ],
)
def test_a_term_is_a_few_characters_of_the_message(kind: TermKind, word: str, why: str) -> None:
    folded, reason = check_term(kind, word, "周六学校义卖，欢迎扫码购买")
    assert folded == "" and why in reason


def test_a_term_is_normalised_like_the_message() -> None:
    assert check_term(TermKind.DENY, "WX 6688", "加 wx6688") == ("wx6688", "")


def test_deny_terms_join_extra_terms_and_allow_terms_become_vetoes() -> None:
    rules = {"R06": r06_ad.Settings(extra_terms=("团购群",)), "R13": r13_incitement.Settings()}
    terms = [
        term(TermKind.DENY, "wx6688"),
        term(TermKind.ALLOW, "学校义卖", rule="R13", group=""),  # the whole school
        term(TermKind.DENY, "别的群", group="g2"),  # another group's
        term(TermKind.DENY, "待确认", state=TermState.PROPOSED),
        term(TermKind.DENY, "已删除", state=TermState.REMOVED),
        term(TermKind.DENY, "关了的规则", rule="R05"),  # R05 is off in this group
    ]
    settings, vetoes = with_terms(rules, terms, "g1")
    assert settings["R06"].extra_terms == ("团购群", "wx6688")
    assert settings["R13"] == r13_incitement.Settings()
    assert vetoes == {"R13": ("学校义卖",)}
    assert set(settings) == {"R06", "R13"}
    assert rules["R06"].extra_terms == ("团购群",)  # the config's own settings untouched


def test_the_host_does_not_ask_a_rule_about_a_message_holding_its_allow_term() -> None:
    host = Host(make_plugin_manager())
    group, roster = make_group(), make_roster()
    rules = {"R06": r06_ad.Settings()}
    plain = Engine(host, [GroupSetup(group=group, roster=roster, rules=rules)])
    vetoed = Engine(
        host, [GroupSetup(group=group, roster=roster, rules=rules, vetoes={"R06": ("学校义卖",)})]
    )
    ad = "学校义卖，代购正品包包，加微信 abc12345 下单"
    judged = plain.handle_message(make_message(ad, ts=NOW))
    assert [v.rule_id for v in judged.verdicts] == ["R06"]
    assert vetoed.handle_message(make_message(ad, ts=NOW)).verdicts == ()
    other = "代购正品包包，加微信 abc12345 下单"  # without the term: judged as before
    assert [v.rule_id for v in vetoed.handle_message(make_message(other, ts=NOW)).verdicts] == [
        "R06"
    ]


def test_update_rules_keeps_what_the_group_remembers() -> None:
    host = Host(make_plugin_manager())
    engine = Engine(host, [GroupSetup(group=make_group(), roster=make_roster(), rules={})])
    engine.add_strike("g1", "p_he_mom", NOW, 2)
    engine.handle_message(make_message("大家好", ts=NOW, message_id="m1"))
    engine.update_rules("g1", {"R06": r06_ad.Settings()}, {"R06": ("学校义卖",)})
    assert engine.strikes("g1", "p_he_mom", NOW) == 2
    assert engine.message("g1", "m1") is not None
    assert engine.setup("g1").vetoes == {"R06": ("学校义卖",)}


# -- through the app ----------------------------------------------------------------------------


def proposals(bridge: FakeBridge) -> list[tuple[int, str]]:
    return [
        (i, text)
        for i, (room, text) in enumerate(bridge.posts)
        if room == "!manage" and text.startswith("【建议】")
    ]


def class_posts(bridge: FakeBridge) -> list[str]:
    return [text for room, text in bridge.posts if room == "!class"]


async def term_audit(store: Store) -> list[tuple[str, str, str]]:
    async with store.db.execute(
        "SELECT event_id, rule_id, summary FROM audit WHERE kind = 'term' ORDER BY id"
    ) as cur:
        return [tuple(r) for r in await cur.fetchall()]  # type: ignore[misc]


async def test_误判_proposes_an_allow_term_and_确认_makes_the_rule_let_such_messages_pass(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message(
            INCITEMENT, sender="p_guo_mom", name="郭思远妈妈", ts=clock.now, message_id="$i"
        )
    )
    [(index, _)] = alert_posts(bridge)
    await bridge.deliver(staff_says(clock, "误判", reply_to=f"post:{index}"))
    [(post, text)] = proposals(bridge)
    assert text.splitlines() == [
        f"【建议】根据刚才的“误判”，以后 {CLASS} 含「所有家长明天一起去教育局讨说法」的消息"
        "不再按「煽动性言论」处理。",
        "回复本条：确认（仅本群）/ 确认 全校 / 确认 其他词语（须出现在原消息中）/ 不采纳",
    ]
    # not used before staff confirm it
    assert app.engine.setup("g1").vetoes == {}
    await bridge.deliver(staff_says(clock, "确认 教育局讨说法", reply_to=f"post:{post}"))
    assert bridge.posts[-1] == (
        "!manage",
        f"已采纳（编号 1）：{CLASS} 含「教育局讨说法」的消息不再按「煽动性言论」处理。"
        "查看：/词表；撤销：/删词 1",
    )
    assert app.engine.setup("g1").vetoes == {"R13": ("教育局讨说法",)}
    before = len(bridge.applied)
    again = make_message(
        "明天一起去教育局讨说法吧", sender="p_zhang_dad", ts=clock.advance(minutes=1)
    )
    await bridge.deliver(again)
    assert bridge.applied[before:] == []  # R13 was not asked
    # a second answer to the same proposal changes nothing
    await bridge.deliver(staff_says(clock, "确认", reply_to=f"post:{post}"))
    assert bridge.posts[-1][1] == "这条建议已生效中（编号 1），无需再确认"
    assert await term_audit(store) == [
        ("$i", "R13", "proposed allow 所有家长明天一起去教育局讨说法"),
        ("$i", "R13", "active allow 教育局讨说法"),
    ]
    await store.close()
    # after a restart the term is in use again
    bridge2 = FakeBridge(Platform.MATRIX)
    app2, store2 = await make_app(tmp_path, clock, bridge2)
    assert app2.engine.setup("g1").vetoes == {"R13": ("教育局讨说法",)}
    await store2.close()


async def test_这是广告_proposes_a_deny_term_and_确认_全校_makes_the_rule_catch_it(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message(PASSED, sender="p_guo_mom", name="郭思远妈妈", ts=clock.now, message_id="$p")
    )
    await bridge.deliver(
        make_message(
            "这是广告", sender="t_zhou", name="语文周敏", ts=clock.advance(minutes=1), reply_to="$p"
        )
    )
    [(post, text)] = proposals(bridge)
    assert text.startswith(
        f"【建议】根据“这是广告”，以后 {CLASS} 含「我这有课外辅导名额」的消息按「广告」处理。\n"
    )
    await bridge.deliver(staff_says(clock, "确认 全校", reply_to=f"post:{post}"))
    assert bridge.posts[-1][1].startswith(
        "已采纳（编号 1）：全校各班 含「我这有课外辅导名额」的消息按「广告」处理。"
    )
    assert "我这有课外辅导名额" in app.engine.setup("g1").rules["R06"].extra_terms
    before = len(bridge.applied)
    await bridge.deliver(
        make_message(
            "我这有课外辅导名额，需要的联系",
            sender="p_zhang_dad",
            name="张子涵爸爸",
            ts=clock.advance(minutes=1),
            message_id="$again",
        )
    )
    caught = bridge.applied[before:]
    assert (caught[0].kind, caught[0].message_id, caught[0].rule_id) == (
        ActionKind.DELETE,
        "$again",
        "R06",
    )
    [stored] = await store.terms.in_states()
    assert (stored.group_id, stored.kind, stored.decided_by) == ("", TermKind.DENY, "t_zhou")
    await store.close()


async def test_a_term_not_in_the_message_is_refused_and_不采纳_learns_nothing(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message(
            INCITEMENT, sender="p_guo_mom", name="郭思远妈妈", ts=clock.now, message_id="$i"
        )
    )
    [(index, _)] = alert_posts(bridge)
    await bridge.deliver(staff_says(clock, "误判", reply_to=f"post:{index}"))
    [(post, _)] = proposals(bridge)
    await bridge.deliver(staff_says(clock, "确认 学校开放日", reply_to=f"post:{post}"))
    assert bridge.posts[-1][1] == (
        "未采纳：这个词语没有出现在原消息中，请从原消息里选取。"
        "原建议的词语是「所有家长明天一起去教育局讨说法」。"
    )
    await bridge.deliver(staff_says(clock, "不采纳", reply_to=f"post:{post}"))
    assert bridge.posts[-1][1] == "好的，不采纳（编号 1），机器人不会因此改变判断。"
    assert app.engine.setup("g1").vetoes == {} and await store.terms.in_states() == []
    [declined] = await store.terms.in_states(("declined",))
    assert declined.decided_by == "t_zhou"
    await store.close()


async def test_词表_lists_the_terms_and_删词_removes_one(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(staff_says(clock, "/词表"))
    assert bridge.posts[-1][1].startswith("本校还没有从老师的纠正中学到的词语。")
    await bridge.deliver(
        make_message(
            INCITEMENT, sender="p_guo_mom", name="郭思远妈妈", ts=clock.now, message_id="$i"
        )
    )
    [(index, _)] = alert_posts(bridge)
    await bridge.deliver(staff_says(clock, "误判", reply_to=f"post:{index}"))
    [(post, _)] = proposals(bridge)
    await bridge.deliver(staff_says(clock, "/词表"))
    assert bridge.posts[-1][1].splitlines() == [
        "本校从纠正中学到的词语（生效 0 个，上限 200）：",
        f"1. 【待确认】{CLASS}：含「所有家长明天一起去教育局讨说法」的消息不再按「煽动性言论」处理",
        "删除：/删词 编号",
    ]
    await bridge.deliver(staff_says(clock, "确认", reply_to=f"post:{post}"))
    assert app.engine.setup("g1").vetoes == {"R13": ("所有家长明天一起去教育局讨说法",)}
    # a class group is not where the list is shown
    await bridge.deliver(
        make_message("/词表", sender="t_zhou", name="语文周敏", ts=clock.advance(minutes=1))
    )
    assert class_posts(bridge)[-1].startswith("为保护各家庭的隐私")
    await bridge.deliver(staff_says(clock, "/删词 7"))
    assert bridge.posts[-1][1] == "没有编号为 7 的生效词语，请先发送 /词表 查看编号"
    await bridge.deliver(staff_says(clock, "/删词 1"))
    assert bridge.posts[-1][1] == (
        f"已删除（编号 1）：{CLASS} 不再放行含「所有家长明天一起去教育局讨说法」的消息。"
    )
    assert app.engine.setup("g1").vetoes == {}
    assert [s for _, _, s in await term_audit(store)][-1] == (
        "removed allow 所有家长明天一起去教育局讨说法"
    )
    await store.close()


async def test_a_parent_cannot_confirm_a_proposal(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message(
            INCITEMENT, sender="p_guo_mom", name="郭思远妈妈", ts=clock.now, message_id="$i"
        )
    )
    [(index, _)] = alert_posts(bridge)
    await bridge.deliver(staff_says(clock, "误判", reply_to=f"post:{index}"))
    [(post, _)] = proposals(bridge)
    parent = make_message(
        "确认",
        sender="p_zhang_dad",
        name="张子涵爸爸",
        group_id="_management",
        ts=clock.advance(minutes=1),
        reply_to=f"post:{post}",
    )
    await bridge.deliver(parent)
    assert app.engine.setup("g1").vetoes == {}
    [waiting] = await store.terms.in_states(("proposed",))
    assert waiting.id == 1
    await store.close()


async def test_the_pre_send_judge_honours_the_terms_in_use(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    ad = make_message("团购水果 加V信 abc123 包邮", sender="p_guo_mom", ts=clock.now)
    assert app.presend.judge(ad) is not True  # blocked before it is sent
    term_id = store.terms.propose(
        rule_id="R06",
        kind="allow",
        term="团购水果",
        source_group="g1",
        source_message="$x",
        source_text="团购水果",
        by="t_zhou",
        now=clock.now,
    )
    await app.learning.decided({"term": term_id, "state": "active"}, "t_zhou", clock.now)
    again = make_message("团购水果 加V信 abc123 包邮", sender="p_guo_mom", ts=clock.now)
    assert app.presend.judge(again) is True
    await store.close()


async def test_every_answer_to_a_proposal_is_confirmed_however_many_in_a_row(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    lessons = ("课外", "数学", "英语", "作文", "奥数")
    for i, lesson in enumerate(lessons):
        await bridge.deliver(
            make_message(
                f"家人们，我这有{lesson}辅导名额，想报的私我",  # let pass
                sender="p_guo_mom",
                ts=clock.advance(minutes=1),
                message_id=f"$m{i}",
            )
        )
        await bridge.deliver(
            make_message(
                "这是广告", sender="t_zhou", ts=clock.advance(minutes=1), reply_to=f"$m{i}"
            )
        )
    posts = [index for index, _ in proposals(bridge)]
    assert len(posts) == len(lessons)
    for number, index in enumerate(posts, start=1):
        await bridge.deliver(staff_says(clock, "确认", reply_to=f"post:{index}"))
        # each answered, none withheld as a repeat of the one before
        assert bridge.posts[-1][1].startswith(f"已采纳（编号 {number}）")
    assert len(await store.terms.in_states()) == len(lessons)
    await store.close()


async def test_retention_blanks_the_corrected_messages_text_and_keeps_the_term(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with Store(tmp_path / "s.sqlite") as store:
        term_id = store.terms.propose(
            rule_id="R06",
            kind="deny",
            term="wx6688",
            source_group="g1",
            source_message="$m",
            source_text="郭思远妈妈：加 wx6688 领优惠",
            by="t_zhou",
            now=clock.now,
        )
        await store.terms.decide(term_id, "active", "t_zhou", clock.now)
        assert await store.terms.source_text(term_id) == "郭思远妈妈：加 wx6688 领优惠"
        await store.purge_message_text(clock.advance(days=31), retention=timedelta(days=30))
        assert await store.terms.source_text(term_id) == ""
        [kept] = await store.terms.in_states()
        assert (kept.term, kept.state) == ("wx6688", TermState.ACTIVE)


async def test_a_deny_term_the_rule_would_not_honour_is_proposed_with_a_warning(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    # R06 never flags a message telling the group not to post something (a correction)
    text = "群里不要发广告，加微信 wx12345 的那个别理"
    await bridge.deliver(make_message(text, sender="p_guo_mom", ts=clock.now, message_id="$c"))
    await bridge.deliver(
        make_message("这是广告", sender="t_zhou", ts=clock.advance(minutes=1), reply_to="$c")
    )
    [(_, proposal)] = proposals(bridge)
    lines = proposal.splitlines()
    assert lines[0] == f"【建议】根据“这是广告”，以后 {CLASS} 含「wx12345」的消息按「广告」处理。"
    assert lines[1] == "注意：加入这个词后，原消息仍不会被判为「广告」（规则对它另有例外）。"
    # the label still acts: a plain ad verdict through the ladder
    assert [a.kind for a in bridge.applied][:2] == [ActionKind.DELETE, ActionKind.WARN]
    await store.close()
