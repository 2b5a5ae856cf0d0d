"""End to end over the OneBot peer: R01's grace period removes a stranger who joined a QQ
group once it ends, across a bot restart; the member audit (P06) reads the group's member
list and names the strangers in one message to the management room.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from classmod.membership import AUDIT_FIRST

from .helpers import eventually
from .peer import OneBotPeer
from .test_night import SHANGHAI, G, ShiftedClock, peer, running  # noqa: F401 (the fixture)

DAY = "quiet_hours: false\nmember_audit: false"


async def test_a_stranger_is_removed_when_the_grace_period_ends_across_a_restart(
    tmp_path: Path,
    peer: OneBotPeer,  # noqa: F811 (the fixture)
) -> None:
    clock = ShiftedClock(datetime(2026, 9, 7, 9, 0, tzinfo=SHANGHAI))
    async with running(tmp_path, peer, clock, DAY) as management:
        await peer.member_joins(G, "20007", "优惠多多")

        def alerted() -> bool:
            return any(t.startswith("【需处理】") for _, t in management.posts)

        await eventually(alerted)
        await eventually(lambda: any(t == "private" for t, _, _ in peer.sent))
        [asked] = [m for t, who, m in peer.sent if t == "private" and str(who) == "20007"]
        assert "将被移出本群" in str(asked)
    assert peer.member(G, "20007") is not None  # not removed before its time
    clock.set(datetime(2026, 9, 8, 9, 0, 1, tzinfo=SHANGHAI))
    async with running(tmp_path, peer, clock, DAY) as management:
        await eventually(lambda: peer.member(G, "20007") is None)
        await eventually(lambda: any(t.startswith("【宽限期已到】") for _, t in management.posts))
    [(_, told)] = [(r, t) for r, t in management.posts if t.startswith("【宽限期已到】")]
    assert told.startswith("【宽限期已到】已将 优惠多多 移出 三年级(1)班")
    assert [str(c["user_id"]) for c in peer.calls_of("set_group_kick")] == ["20007"]


async def test_the_member_audit_names_the_strangers_in_one_message(
    tmp_path: Path,
    peer: OneBotPeer,  # noqa: F811 (the fixture)
) -> None:
    group = peer.groups[G]
    for user, name in (("20007", "优惠多多"), ("20008", "托管班王老师")):
        await peer.member_joins(G, user, name)  # before the bot runs: only the audit sees them
    clock = ShiftedClock(datetime(2026, 9, 7, 9, 0, tzinfo=SHANGHAI))
    extra = "quiet_hours: false\nmember_audit: 7d"
    async with running(tmp_path, peer, clock, extra) as management:
        clock.set(clock() + AUDIT_FIRST + timedelta(seconds=1))

        def audits() -> list[str]:
            return [t for _, t in management.posts if t.startswith("【成员核查】")]

        await eventually(audits)
    [text] = audits()
    assert text.startswith("【成员核查】三年级(1)班 有 2 位成员不在本班名单中：")
    assert "优惠多多（20007）" in text and "托管班王老师（20008）" in text
    assert peer.self_id not in text and "20001" not in text
    assert peer.calls_of("get_group_member_list")
    assert group.members["20007"] is not None
