"""Fixtures for the Matrix contract tests: one real Synapse per session, users on demand.

Synapse runs from its own venv (``bash scripts/install-synapse.sh`` → ``.synapse-venv``, or
``SYNAPSE_PYTHON``). Without it the server tests are skipped with the reason, except on CI
(``CI`` or ``CLASSMOD_REQUIRE_SYNAPSE`` set), where a missing Synapse is an error: the
contract tests must really run there.
"""

from __future__ import annotations

import itertools
import os
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import pytest
from nio import AsyncClient, AsyncClientConfig

from classmod.dev.devserver import Synapse, User, find_synapse_python

MakeUser = Callable[..., User]
MakeClient = Callable[[User], Awaitable[AsyncClient]]

_names = itertools.count(1)


def _require_synapse() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("CLASSMOD_REQUIRE_SYNAPSE"))


def synapse_or_skip() -> str:
    python = find_synapse_python()
    if python is None:
        reason = (
            "no test Synapse: run `bash scripts/install-synapse.sh` (creates .synapse-venv)"
            " or set SYNAPSE_PYTHON to a python that can import synapse"
        )
        if _require_synapse():
            pytest.fail(reason + " — required on CI", pytrace=False)
        pytest.skip(reason)
    return python


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synapse]:
    server = Synapse(tmp_path_factory.mktemp("synapse"), python=synapse_or_skip())
    server.start()
    yield server
    assert server.stop() == 0


@pytest.fixture(scope="session")
def bot_user(synapse: Synapse) -> User:
    """The classmod bot: a server admin, exempt from rate limits."""
    user = synapse.register(f"classmod{secrets.token_hex(3)}", admin=True, displayname="班级助手")
    synapse.override_ratelimit(user)
    return user


def new_name(prefix: str) -> str:
    return f"{prefix}{next(_names)}x{secrets.token_hex(2)}"


@pytest.fixture
def make_user(synapse: Synapse) -> MakeUser:
    """Register a uniquely named user: ``make_user("parent", displayname="何雨彤妈妈")``."""

    def make(prefix: str = "user", *, displayname: str | None = None, admin: bool = False) -> User:
        return synapse.register(new_name(prefix), displayname=displayname, admin=admin)

    return make


@pytest.fixture
async def make_client(synapse: Synapse) -> AsyncIterator[MakeClient]:
    """A logged-in nio client for a user (closed after the test)."""
    clients: list[AsyncClient] = []

    async def make(user: User) -> AsyncClient:
        client = AsyncClient(
            synapse.url,
            user.user_id,
            config=AsyncClientConfig(request_timeout=30, max_limit_exceeded=0, max_timeouts=2),
        )
        client.restore_login(user.user_id, user.device_id, user.access_token)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


@pytest.fixture
def events_dir() -> Path:
    return Path(__file__).parent / "events"
