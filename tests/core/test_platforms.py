"""Platforms register themselves (classmod.platforms): the core knows a platform by its
registration alone, and the bridges' capabilities are the registered ones."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import toyplatform
from classmod.bridges.factory import build_bridges, run_from_config

from classmod.capabilities import PLATFORM_CAPABILITIES
from classmod.config import ConfigErrors, load_config
from classmod.model import ActionKind, Platform
from classmod.platforms import platform_spec, register, registry, unregister
from classmod.startup import startup_text
from classmod.store import Store
from classmod.testing import make_group


@pytest.fixture
def toychat() -> Iterator[None]:
    register(toyplatform.SPEC)
    toyplatform.built.clear()
    toyplatform.bridges.clear()
    try:
        yield
    finally:
        unregister("toychat")


def _school(tmp_path: Path, bridges: str, platform: str = "toychat") -> Path:
    (tmp_path / "roster.yaml").write_text(
        'group: g1\nroster:\n  teachers: [{id: "1", name: 周敏, role: head_teacher}]\n'
        "  students: []\nmembers: []\n",
        encoding="utf-8",
    )
    path = tmp_path / "school.yaml"
    path.write_text(
        f"school: 青山区实验小学\nbridges:\n{bridges}\n"
        f"groups:\n  g1: {{platform: {platform}, platform_id: room-1, roster: roster.yaml}}\n",
        encoding="utf-8",
    )
    return path


def test_the_standard_platforms_come_from_the_bridges_registrations() -> None:
    from classmod.bridges.matrix.bot import MatrixBridge
    from classmod.bridges.onebot.v11 import OneBotV11Bridge
    from classmod.bridges.onebot.v12 import OneBotV12Bridge

    assert {"matrix", "qq", "wechat"} <= set(registry())
    # one source of truth: what the policy and simulate read is what each bridge does
    assert PLATFORM_CAPABILITIES[Platform.MATRIX] == MatrixBridge.capabilities
    assert PLATFORM_CAPABILITIES[Platform.QQ] == OneBotV11Bridge.capabilities
    assert PLATFORM_CAPABILITIES[Platform.WECHAT] == OneBotV12Bridge.capabilities
    assert ActionKind.MUTE not in PLATFORM_CAPABILITIES[Platform.WECHAT]
    assert platform_spec("wechat").label == "微信"


async def test_a_new_platform_needs_only_its_registration(tmp_path: Path, toychat: None) -> None:
    config = load_config(_school(tmp_path, "  toychat: {endpoint: http://127.0.0.1:9}"))
    group = config.groups["g1"].group
    assert group.platform == "toychat" and isinstance(group.platform, Platform)
    assert config.bridges.section("toychat") == toyplatform.ToyChatModel(
        endpoint="http://127.0.0.1:9"
    )
    assert PLATFORM_CAPABILITIES["toychat"] == toyplatform.CAPABILITIES
    async with Store(":memory:") as store:
        [bridge] = build_bridges(config, store)
    assert bridge.platform == "toychat"
    assert toyplatform.built == [("http://127.0.0.1:9", ["g1"])]
    text = startup_text("青山区实验小学", [group], {"toychat": toyplatform.CAPABILITIES})
    assert "· 玩具群：警告" in text and "不能撤回消息" in text


def test_its_config_is_checked_by_its_own_model_at_the_key_path(
    tmp_path: Path, toychat: None
) -> None:
    with pytest.raises(ConfigErrors) as err:
        load_config(_school(tmp_path, "  toychat: {endpoint: http://127.0.0.1:9, tokn: x}"))
    assert "bridges.toychat.tokn: unknown key" in str(err.value)


def test_an_unregistered_platform_is_refused_with_the_registered_ones(tmp_path: Path) -> None:
    with pytest.raises(ConfigErrors) as err:
        load_config(_school(tmp_path, "  matrx: {homeserver: x}", platform="wechta"))
    text = str(err.value)
    assert 'bridges.matrx: unknown key (did you mean "matrix"?)' in text
    assert "groups.g1.platform: must be one of" in text and 'did you mean "wechat"' in text
    assert make_group().platform in registry()


async def test_run_closes_the_bridges_it_built(tmp_path: Path, toychat: None) -> None:
    running = asyncio.create_task(
        run_from_config(_school(tmp_path, "  toychat: {endpoint: http://127.0.0.1:9}"))
    )
    for _ in range(500):
        if toyplatform.bridges and toyplatform.bridges[0].connected:
            break
        await asyncio.sleep(0.01)
    [bridge] = toyplatform.bridges
    assert bridge.connected and bridge.closed == 0
    running.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await running
    assert bridge.closed == 1 and not bridge.connected
