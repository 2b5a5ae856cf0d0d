"""R10 flood — 刷屏：同一人连续发送相同内容 3 次及以上；短时间内连续发言。

Seed: 2.一.(二).5, 3.6, 4.一.(二).5 "严禁恶意刷屏（相同的文字连续出现3次及以上视为刷屏）";
2.二.(二).6, 4.二.(二).6 "不能就同一信息多次刷屏".

What it catches:

- **repeat** (no sub-rule): one member posting the same text ``repeats`` times or more in a
  row — no other message in between (seed: "相同的文字连续出现") — all within
  ``repeat_window_seconds``. Texts are compared after
  :func:`classmod.text.normalize`, so "收 到 ！" and "收到" are the same; a message of
  emoji, ``[表情]`` codes or punctuation only, like a photo without caption, is never a
  repeat. Only the repeats are flagged (the 3rd, 4th, ...), with ``delete``: the first two
  copies stay.
- **burst**: more than ``burst_messages`` text or sticker messages from one member within
  ``burst_seconds`` (the 9th and later of a burst with the defaults). Not deleted.

What it does not catch: "收到" from thirty different parents (different senders); a parent
posting several photos or files in a row (media without a caption cannot be compared and are
not counted in a burst: homework photos come in batches); the same question asked again
an hour later. Staff are not judged by default.

```yaml
rules:
  R10:
    repeats: 3
    repeat_window_seconds: 600
    burst_messages: 8
    burst_seconds: 30
```
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from classmod.context import MessageContext
from classmod.hookspecs import RuleSpec, hookimpl
from classmod.model import Category, Message, MessageKind, Severity, Verdict

from ._common import norm
from ._common import seconds as _seconds

NAME = "flood"
RULE_ID = "R10"

#: Kinds whose content the transcript does not carry: without a caption two of them cannot
#: be told apart, and a batch of them is not chatter.
_BURST_KINDS = frozenset({MessageKind.TEXT, MessageKind.STICKER})


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    repeats: int = 3  # the n-th identical message in a row is flood
    repeat_window_seconds: int = 600  # identical messages further apart are not a row
    burst_messages: int = 8  # the most messages one member may post within burst_seconds
    burst_seconds: int = 30


_EMOJI_CODE = re.compile(r"\[[^\[\]\s]{1,6}\]")  # WeChat/QQ text emoji: [表情] [强] [抱拳]


def flood_key(message: Message) -> str | None:
    """What two messages must share to be "the same": the normalised text without emoji
    codes. None when nothing survives (LABELS.md: captionless photos, voice, a row of
    emoji or stickers never flood)."""
    text = message.text
    if "[" in text:
        text = _EMOJI_CODE.sub("", text)
    return norm(text) or None


def repeat_count(
    message: Message, history: Sequence[Message], *, limit: int, window: timedelta
) -> int:
    """How many copies of ``message`` end the group's history in a row (same sender, same
    flood key, nothing else in between), itself included, counting back at most ``limit``."""
    key = flood_key(message)
    if key is None:
        return 0
    count = 1
    oldest = message.ts - window
    for earlier in reversed(history):
        if earlier.ts < oldest:
            break
        if earlier.sender_id != message.sender_id or flood_key(earlier) != key:
            break
        count += 1
        if count >= limit:
            break
    return count


def burst_count(message: Message, history: Sequence[Message], *, seconds: int) -> int:
    """The sender's text/sticker messages within ``seconds`` before ``message``, itself
    included."""
    if message.kind not in _BURST_KINDS:
        return 0
    oldest = message.ts - _seconds(seconds)
    count = 1
    for earlier in reversed(history):
        if earlier.ts < oldest:
            break
        if earlier.sender_id == message.sender_id and earlier.kind in _BURST_KINDS:
            count += 1
    return count


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.FLOOD,
    summary="刷屏：同一内容连续发送 3 次及以上，或短时间内连续发言",
    settings=Settings,
    seed_clauses=("2.一.(二).5", "3.6", "4.一.(二).5", "2.二.(二).6", "4.二.(二).6"),
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    s = ctx.settings_for(Settings)
    history = ctx.history
    if not history:
        return []
    msg = ctx.message
    repeats = repeat_count(msg, history, limit=s.repeats, window=_seconds(s.repeat_window_seconds))
    if repeats >= s.repeats:
        return [
            SPEC.verdict(
                severity=Severity.MINOR,
                reason=(
                    f"同一内容已连续发送 {s.repeats} 次，"
                    "按群规“相同的文字连续出现3次及以上视为刷屏”。同一信息发一次就好，老师和家长都能看到。"
                ),
                evidence=msg.text[:60],
                delete=True,
            )
        ]
    burst = burst_count(msg, history, seconds=s.burst_seconds)
    if burst > s.burst_messages:
        return [
            SPEC.verdict(
                severity=Severity.MINOR,
                reason=(
                    f"{s.burst_seconds} 秒内已连续发送 {burst} 条消息，按群规不能多次刷屏。"
                    "请把想说的内容合成一条再发，以免重要通知被淹没。"
                ),
                evidence=msg.text[:60],
                sub_rule="burst",
            )
        ]
    return []
