"""Record the real Synapse events that ``test_convert.py`` replays (needs the test Synapse).

    .venv/bin/python -m tests.matrix.record_events      # rewrites tests/matrix/events/*.json

A teacher creates a room (Synapse's default room version 12), a parent is invited and joins,
writes, replies, edits, reacts, sends an image, reads, renames, knocks, leaves; the observer's
raw ``/sync`` bodies are cut into one file per case.
"""

from __future__ import annotations

import json
import tempfile
import time
import urllib.parse
import uuid
from pathlib import Path
from typing import Any

from classmod.dev.devserver import Synapse, User

OUT = Path(__file__).parent / "events"


def q(value: str) -> str:
    return urllib.parse.quote(value, safe="")


def send(
    server: Synapse, user: User, room: str, content: dict[str, Any], kind: str = "m.room.message"
) -> str:
    path = f"/_matrix/client/v3/rooms/{q(room)}/send/{kind}/{uuid.uuid4().hex}"
    return str(server.request("PUT", path, content, token=user.access_token)["event_id"])


def sync(
    server: Synapse, user: User, since: str | None = None, full_state: bool = False, limit: int = 0
) -> dict[str, Any]:
    params = {"timeout": "0"}
    if limit:
        params["filter"] = json.dumps({"room": {"timeline": {"limit": limit}}})
    if since:
        params["since"] = since
    if full_state:
        params["full_state"] = "true"
    path = "/_matrix/client/v3/sync?" + urllib.parse.urlencode(params)
    return server.request("GET", path, token=user.access_token)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, Synapse(Path(tmp)) as server:
        bot = server.register("classmod", admin=True, displayname="班级助手")
        teacher = server.register("zhou", displayname="周敏老师")
        parent = server.register("hemom", displayname="何雨彤妈妈")
        stranger = server.register("stranger", displayname="优惠多多")
        room = server.request(
            "POST",
            "/_matrix/client/v3/createRoom",
            {
                "name": "三年级二班家校群",
                "preset": "private_chat",
                "invite": [bot.user_id],
                "power_level_content_override": {"users": {bot.user_id: 100}},
            },
            token=teacher.access_token,
        )["room_id"]
        server.request("POST", f"/_matrix/client/v3/join/{q(room)}", {}, token=bot.access_token)
        first = sync(server, bot, full_state=True)
        since = first["next_batch"]
        state = first["rooms"]["join"][room]["state"]["events"]
        timeline = first["rooms"]["join"][room]["timeline"]["events"]
        dump("state_v12_room", [*state, *timeline])

        server.request(
            "POST",
            f"/_matrix/client/v3/rooms/{q(room)}/invite",
            {"user_id": parent.user_id},
            token=teacher.access_token,
        )
        server.request("POST", f"/_matrix/client/v3/join/{q(room)}", {}, token=parent.access_token)
        notice = send(
            server,
            teacher,
            room,
            {
                "msgtype": "m.text",
                "body": "@何雨彤妈妈 明天带齐作业，请回复收到",
                "m.mentions": {"user_ids": [parent.user_id]},
            },
        )
        send(
            server,
            parent,
            room,
            {
                "msgtype": "m.text",
                "body": "> <@zhou:localhost> 明天带齐作业，请回复收到\n\n收到",
                "m.relates_to": {"m.in_reply_to": {"event_id": notice}},
            },
        )
        ad = send(server, parent, room, {"msgtype": "m.text", "body": "团购水果 加V信 abc123"})
        send(
            server,
            parent,
            room,
            {
                "msgtype": "m.text",
                "body": "* 团购水果 加ｖｘ abc123",
                "m.new_content": {"msgtype": "m.text", "body": "团购水果 加ｖｘ abc123"},
                "m.relates_to": {"rel_type": "m.replace", "event_id": ad},
            },
        )
        send(
            server,
            parent,
            room,
            {"msgtype": "m.image", "body": "作业.jpg", "url": "mxc://localhost/abc", "info": {}},
        )
        send(
            server,
            parent,
            room,
            {
                "msgtype": "m.image",
                "body": "扫码进群领资料",
                "filename": "qr.png",
                "url": "mxc://localhost/def",
            },
        )
        send(
            server,
            parent,
            room,
            {
                "msgtype": "m.file",
                "body": "成绩单.xlsx",
                "filename": "成绩单.xlsx",
                "url": "mxc://localhost/x",
            },
        )
        send(server, teacher, room, {"msgtype": "m.notice", "body": "本周五家长会"})
        send(
            server,
            parent,
            room,
            {"m.relates_to": {"rel_type": "m.annotation", "event_id": notice, "key": "👍"}},
            kind="m.reaction",
        )
        server.request(
            "POST",
            f"/_matrix/client/v3/rooms/{q(room)}/receipt/m.read/{q(notice)}",
            {},
            token=parent.access_token,
        )
        server.request(
            "PUT",
            f"/_matrix/client/v3/rooms/{q(room)}/state/m.room.member/{q(parent.user_id)}",
            {"membership": "join", "displayname": "何雨彤妈妈-138"},
            token=parent.access_token,
        )
        doomed = send(server, parent, room, {"msgtype": "m.text", "body": "要删的"})
        server.request(
            "PUT",
            f"/_matrix/client/v3/rooms/{q(room)}/redact/{q(doomed)}/{uuid.uuid4().hex}",
            {"reason": "R06"},
            token=bot.access_token,
        )
        server.request(
            "POST",
            f"/_matrix/client/v3/rooms/{q(room)}/invite",
            {"user_id": stranger.user_id},
            token=parent.access_token,
        )
        server.request(
            "POST",
            f"/_matrix/client/v3/rooms/{q(room)}/kick",
            {"user_id": stranger.user_id, "reason": "未经班主任同意邀请"},
            token=bot.access_token,
        )
        server.request(
            "POST", f"/_matrix/client/v3/rooms/{q(room)}/leave", {}, token=parent.access_token
        )
        time.sleep(0.2)
        body = sync(server, bot, since=since)  # the default limit (10): a limited timeline
        dump("sync_body", body)
        joined = sync(server, bot, since=since, limit=100)["rooms"]["join"][room]
        dump("timeline", joined["timeline"]["events"])
        dump("ephemeral", joined["ephemeral"]["events"])
    print(f"recorded into {OUT}")


def dump(name: str, data: Any) -> None:
    (OUT / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
