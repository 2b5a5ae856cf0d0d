"""R17 quiet_hours — 晚上 8 点后（至次日早上）非紧急事项不在群内发消息。

Seed: 4.二.(一).9 "教师发布消息除特殊情况外，一般不要超过晚上 8 时"; 4.二.(二).4 "家长发布消息
除特殊情况外，一般不要超过晚上8时，以免影响大家休息".

What it catches: any message — teachers' included — posted inside the group's quiet window
(``quiet_hours`` of ``groups.yaml``, default 20:00–07:00, in the group's ``timezone``). The
verdict is a NOTE: a friendly reminder, never a strike (staff get an alert, not a reminder in
the group).

What it does not catch ("除特殊情况外", as LABELS.md draws it):

- an evidently urgent notice of a teacher or the school to everyone: one of ``urgent_words``
  (停课, 台风, 暴雨, 安全, 紧急, 改由 …) in a staff post that answers no one
  ("【紧急通知】受寒潮影响，明天延迟到十点到校");
- the acknowledgements such a notice asked for ("收到请回复" → "收到", "Please reply
  received" → "Received"), also when a parent's question and the teacher's answer came
  between (within :data:`THREAD_WINDOW`);
- groups whose ``quiet_hours`` is unset (``null``).

A parent's own urgent-sounding message, a question about the notice and a teacher's answer
to it at night are still labelled (the reminder is private and never a strike).

```yaml
rules:
  R17:
    urgent_words: [停课, 停学, 调课, 延迟, 推迟, 取消, 安全, 紧急, 急事, 急, 台风, 暴雨, ...]
```
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from classmod.context import MessageContext
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, Message, Severity, Verdict
from classmod.notices import QUESTION, asks_for_reply, is_post_to_everyone

from ._common import Lexicon, norm, pupil_matcher
from .r11_ack_reply import acknowledged_notice, is_ack

NAME = "quiet_hours"
RULE_ID = "R17"

DEFAULT_URGENT_WORDS: tuple[str, ...] = (
    "停课", "停学", "调课", "延迟", "推迟", "延期", "取消", "提前放学", "安全", "紧急", "急事",
    "急", "台风", "暴雨", "暴雪", "大雪", "冰雹", "寒潮", "雷电", "预警", "地震", "洪水", "火灾",
    "疫情", "发烧", "发热", "生病", "住院", "受伤", "走失", "失联", "找不到", "没回家", "没到家",
    "还没回来", "事故", "意外", "求助", "救命", "报警", "停电", "停水", "隔离", "高烧", "急诊",
    "医院", "请假", "爆裂", "施工", "改由", "封闭", "抢修", "urgent", "紧急通知", "紧急提醒",
)  # fmt: skip

#: How far back (time and messages) an urgent notice keeps the acknowledgements it asked
#: for exempt.
THREAD_WINDOW = timedelta(minutes=30)
THREAD_MESSAGES = 8


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    urgent_words: tuple[str, ...] = DEFAULT_URGENT_WORDS


_LEXICONS: dict[tuple[str, ...], Lexicon] = {}


def _urgent_lexicon(words: tuple[str, ...]) -> Lexicon:
    lexicon = _LEXICONS.get(words)
    if lexicon is None:
        lexicon = _LEXICONS[words] = Lexicon(words)
    return lexicon


def urgent_word(folded: str, words: tuple[str, ...] = DEFAULT_URGENT_WORDS) -> str | None:
    """The urgent word in a normalised text, if any ("明天因台风停课" → "台风")."""
    return _urgent_lexicon(words).first(folded)


#: A change to the next day's schedule, whatever its cause: "明天改为线上上课", "明早到校时间
#:调整为8:30", "明日暂停课后服务", "明天不上体育课，穿校服即可" (LABELS.md: urgent).
_NEXT_DAY_CHANGE = re.compile(
    r"(?:明天|明早|明日|明天早上|明天上午|明天下午|明晚|今晚|今夜)[^。！!]{0,16}?"
    r"(?:改为|改成|改到|改在|调整|调为|暂停|停止|不上|不用到校|无需到校|放假|线上|网课|居家|提前|推迟|延后|停)"
)


def is_urgent_notice(message: Message, words: tuple[str, ...] = DEFAULT_URGENT_WORDS) -> bool:
    """Whether a (staff) message is an urgent notice to everyone: an urgent word, or a change
    to the next day's schedule, in a post that is not an answer to someone
    ("【紧急通知】受寒潮影响，明天延迟到十点到校")."""
    if message.reply_to or not is_post_to_everyone(message):
        return False
    folded = norm(message.text)
    if _POST_NOT_LATE.search(folded) is not None:
        return False  # "晚上九点以后没有急事请不要发消息": the quiet hours asked for, no emergency
    return urgent_word(folded, words) is not None or _NEXT_DAY_CHANGE.search(folded) is not None


#: A reminder not to post late, whose "急事" is the exception it makes (LABELS.md: a reminder
#: not to post late is labelled).
_POST_NOT_LATE = re.compile(
    r"(?:没有?|无)(?:什么)?急事[^。]{0,6}?(?:请|就)?(?:不要|别|勿)|(?:以后|之后|点后)[^。]{0,8}?(?:不要|别|请勿|勿|不)"
    r"(?:在群里)?(?:发|发消息|发语音|发言|说话)"
)


#: Thanks, which no urgent notice asks for ("谢谢杨老师" at night is labelled, LABELS.md: the
#: exemption covers the acknowledgements the notice explicitly asked for).
_THANKS_ONLY = re.compile(r"^(?!.*(?:收到|好的|知道|明白|ok|1))(?=.*(?:谢|辛苦|感恩))")


#: The acknowledgement asked for, with how the family complies: "收到，我们九点前送到",
#: "好的，马上出发" (no question after it).
_ACK_AND_COMPLIES = re.compile(
    r"^(?:收到|好的|知道了|明白|好嘞|ok|已接到|接到了)[，,。！!\s~～]*[^？?吗呢么嘛\n]{0,12}$",
    re.IGNORECASE,
)


def requested_urgent_ack(ctx: MessageContext, words: tuple[str, ...]) -> bool:
    """Whether the latest staff post before the message, within :data:`THREAD_WINDOW` and
    passing over the night's questions and the teacher's answers to them, is an urgent
    notice that asked for replies."""
    since = ctx.message.ts - THREAD_WINDOW
    history = ctx.history
    for i in range(len(history) - 1, max(-1, len(history) - 1 - THREAD_MESSAGES), -1):
        m = history[i]
        if m.ts < since:
            return False
        since = m.ts - THREAD_WINDOW  # the night's thread goes on while it keeps moving
        if not ctx.roster.is_staff(m.sender_id):
            continue
        if is_urgent_notice(m, words):
            return asks_for_reply(m.text)
        if not _answers_someone(history, i):
            return False  # another staff post: acknowledgements now belong to it
    return False


def _without_pupil_first(text: str, ctx: MessageContext) -> str:
    """The text without the pupil's name it opens with ("何佳豪收到 明早送": the
    "孩子姓名+收到" a notice asks for, with how the family complies)."""
    names = pupil_matcher(ctx.roster).names
    first = max((n for n in names if len(n) >= 2 and text.startswith(n)), key=len, default="")
    return text[len(first) :].lstrip(" ，,:：") if first else text


def _quotes_urgent_ask(ctx: MessageContext, words: tuple[str, ...]) -> bool:
    """Whether the message quotes a staff member's urgent notice that asked for replies, of
    the same night: the acknowledgement asked for, however late the family saw it."""
    quoted = ctx.replied
    return (
        quoted is not None
        and ctx.roster.is_staff(quoted.sender_id)
        and ctx.message.ts - quoted.ts <= _SAME_NIGHT
        and is_urgent_notice(quoted, words)
        and asks_for_reply(quoted.text)
    )


#: How long a night's urgent notice is answered by a quoted acknowledgement.
_SAME_NIGHT = timedelta(hours=12)


def _answers_someone(history: Sequence[Message], index: int) -> bool:
    m = history[index]
    if m.reply_to:
        return True
    return index > 0 and QUESTION.search(history[index - 1].text) is not None


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.QUIET_HOURS,
    summary="晚上 8 点后除紧急情况外不在群内发消息，以免影响大家休息",
    settings=Settings,
    seed_clauses=("4.二.(一).9", "4.二.(二).4"),
    roles=ALL_ROLES,
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    quiet = ctx.group.quiet_hours
    if quiet is None:
        return []
    local = ctx.message.ts.astimezone(ctx.group.timezone)
    if not quiet.contains(local.time()):
        return []
    s = ctx.settings_for(Settings)
    msg = ctx.message
    # LABELS.md: the one exemption is an evidently urgent notice of a teacher or the school,
    # with the acknowledgements it explicitly asked for; a parent's question about it, or a
    # parent's own urgent-sounding message, is still labelled (and sent privately).
    if ctx.member.is_staff and is_urgent_notice(msg, s.urgent_words):
        return []
    if (
        is_ack(msg.text, msg.kind, pupils=pupil_matcher(ctx.roster).names)
        and _THANKS_ONLY.search(ctx.norm) is None
    ) or (_ACK_AND_COMPLIES.match(_without_pupil_first(msg.text.strip(), ctx)) is not None):
        notice = acknowledged_notice(ctx)
        if (
            (
                notice is not None
                and notice.asks_reply
                and urgent_word(norm(notice.text), s.urgent_words)
            )
            or requested_urgent_ack(ctx, s.urgent_words)
            or _quotes_urgent_ask(ctx, s.urgent_words)
        ):
            return []
    window = f"{quiet.start:%H:%M}–{quiet.end:%H:%M}"
    if ctx.member.is_staff:
        reason = (
            f"按群规“教师发布消息除特殊情况外，一般不要超过晚上 8 时”，现在是 {local:%H:%M}"
            f"（休息时段 {window}）。非紧急的通知可以明早再发。"
        )
    else:
        reason = (
            f"按群规“家长发布消息除特殊情况外，一般不要超过晚上8时，以免影响大家休息”，现在是 "
            f"{local:%H:%M}（休息时段 {window}）。不急的事情请明早再发，急事请直接电话联系老师。"
        )
    return [
        SPEC.verdict(
            severity=Severity.NOTE,
            reason=reason,
            evidence=f"{local:%H:%M}",
        )
    ]
