"""R11 ack_reply — 对无需回复的老师通知回复“收到”“好的”“谢谢老师”。

Seed: 4.二.(二).7 "由班群老师统一发布的信息，无特殊说明群成员阅读后无需回复，防止没必要的刷屏，
避免重要的信息被“淹没”".

What it catches: a message that is *only* an acknowledgement — 收到, 好的, 谢谢老师, 老师辛苦了,
OK, 👍, 🙏, ``[强]``, a sticker, "何雨彤妈妈收到" (the pupil's name and a relation word are
ignored) — posted

- as a reply to a teacher's notice that did not ask for replies (the tracked notice of P04
  when the engine has one, otherwise the quoted staff message), or
- not as a reply, right after such a notice: walking back through the group's recent messages
  over other acknowledgements, the first real message is a staff post of at most
  ``notice_window_minutes`` ago.

The verdict is a NOTE: the reply counts as the member's acknowledgement of the notice
(``data: (("notice_id", <message id>),)``) and may be tidied away; it is never a strike.

What it does not catch: acknowledgements a notice asked for (请回复收到, 收到请回复, 接龙,
已签字, 回复1, 请确认, 报名, 填写 …; "无需回复" asks for nothing); an answer to a teacher's
question or to a message addressed to the member or naming their own child; thanks to another
parent; an acknowledgement with anything more in it ("收到，请问几点集合？"). Staff are not
judged.

```yaml
rules:
  R11:
    notice_window_minutes: 360
```
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from classmod.context import MessageContext
from classmod.hookspecs import RuleSpec, hookimpl
from classmod.model import Category, Member, Message, MessageKind, Roster, Severity, Verdict
from classmod.notices import (
    ACK_CHARS,
    ACK_MAX_CHARS,
    QUESTION,
    asks_for_reply,
    is_ack_folded,
    is_post_to_everyone,
)

from ._common import (
    RELATION_WORDS,
    PupilMatcher,
    addresses_family,
    minutes,
    norm,
    pupil_matcher,
    pupil_matcher_for,
)

NAME = "ack_reply"
RULE_ID = "R11"

_ACK_MAX_CHARS = ACK_MAX_CHARS
_EMOJI_CODE = re.compile(r"\[[^\[\]\s]{1,6}\]")  # WeChat/QQ text emoji: [强] [抱拳] [OK]
_PIECES_WITHIN = timedelta(minutes=5)
#: A teacher moving a talk with one family to private: no notice to everyone, whatever
#: thanks follow ("具体的咱们私聊吧，我加您微信").
_TO_ONE_FAMILY = re.compile(
    r"私聊|私信您|加您|给您打电话|电话联系您|当面聊|单独聊|私下细说|电话沟通"
)
#: A member's question this long before a teacher's post makes the post an answer to it.
_ANSWER_WITHIN = timedelta(minutes=30)
_SHORT_ANSWER_WITHIN = timedelta(minutes=10)
_SHORT_ANSWER_CHARS = 24
_GREETS_ALL = re.compile(r"各位|大家|家长们|家人们")
_REQUEST = re.compile(r"麻烦|帮忙|能不能|可不可以|可以吗|请问|问一下|想问|^求")
_RELATIONS = tuple(sorted({norm(r) for r in RELATION_WORDS}, key=len, reverse=True))
#: An acknowledgement with something after it ("收到，马上签"): not one itself, but it does not
#: hide the notice from the acknowledgements that follow it.
_ACK_LEAD = re.compile(
    r"^(?:已收到|收到|好的|好滴|好嘞|谢谢|感谢|多谢|辛苦|明白|了解|晓得|知道了|太好了|好得很|ok)"
)
_ACK_LEAD_MAX_CHARS = 40
_REACTION_MAX_CHARS = 8


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    notice_window_minutes: int = 360  # an acknowledgement further from the notice is not one


@dataclass(frozen=True, slots=True, kw_only=True)
class NoticeRef:
    """The staff message an acknowledgement answers."""

    message_id: str
    asks_reply: bool
    text: str = ""


def _is_emoji(char: str) -> bool:
    return ord(char) >= 0x2190 and unicodedata.category(char) in ("So", "Sk", "Mn", "Cf")


def is_ack(
    text: str, kind: MessageKind = MessageKind.TEXT, *, pupils: tuple[str, ...] = ()
) -> bool:
    """Whether ``text`` is only an acknowledgement (收到, 好的, 谢谢老师, 👍, a sticker ...).

    ``pupils``: pupil names to ignore, so "何雨彤妈妈收到" counts as "收到".
    """
    if kind is MessageKind.STICKER:
        return True
    if kind is not MessageKind.TEXT or len(text) > 3 * _ACK_MAX_CHARS:
        return False
    # cached by the pupils' matcher (hashed by identity), not by the tuple of their names
    return _is_ack_text(text, pupil_matcher_for(pupils) if pupils else None)


_ACK_CHARS = ACK_CHARS  # every character an acknowledgement can hold
_RELATION_CHARS = frozenset("".join(_RELATIONS))


@lru_cache(maxsize=4096)
def _name_chars(matcher: PupilMatcher) -> str:
    """The roster's folded pupil names run together (a string: a set per roster costs ~20x)."""
    return "".join(norm(name) for name in matcher.names)


def _char_class_outside(chars: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[^" + "".join(map(re.escape, sorted(chars))) + "]")


#: A character _ACK never matches; one that stripping relation words cannot remove either.
#: One C-level scan each, where sets of the text's characters cost several allocations.
_OUTSIDE_ACK = _char_class_outside(_ACK_CHARS)
_OUTSIDE_ACK_OR_RELATION = _char_class_outside(_ACK_CHARS | _RELATION_CHARS)


def _has_unremovable(folded: str, matcher: PupilMatcher | None) -> bool:
    """Whether ``folded`` has a character that _ACK does not match and that stripping pupil
    names and relation words (done only with a matcher) cannot remove: the same as
    ``not _ACK_CHARS.issuperset(folded) and not _removable(set(folded) - _ACK_CHARS,
    matcher)``."""
    if matcher is None:
        return _OUTSIDE_ACK.search(folded) is not None
    names = _name_chars(matcher)
    found = _OUTSIDE_ACK_OR_RELATION.search(folded)
    while found is not None:
        if found.group() not in names:
            return True
        found = _OUTSIDE_ACK_OR_RELATION.search(folded, found.end())
    return False


def _removable(chars: set[str], matcher: PupilMatcher | None) -> bool:
    """Whether stripping pupil names and relation words (done only with a matcher) could
    remove all of ``chars``."""
    if matcher is None:
        return False
    names = _name_chars(matcher)
    return all(c in names for c in chars - _RELATION_CHARS)


@lru_cache(maxsize=8192)
def _is_ack_text(text: str, matcher: PupilMatcher | None) -> bool:
    stripped, codes = _EMOJI_CODE.subn("", text)
    folded = norm(stripped)
    if not folded:
        rest = "".join(stripped.split())
        return codes > 0 or (
            bool(rest)
            and all(_is_emoji(c) or not c.isalnum() for c in rest)
            and any(_is_emoji(c) for c in rest)
        )
    if len(folded) > _ACK_MAX_CHARS:
        return False
    if folded == "1":
        return True
    # Removing names and relation words only removes characters, and _ACK is made of
    # literals: a character outside all three can never be matched ("作业…" is no ack).
    if not _ACK_CHARS.issuperset(folded) and not _removable(set(folded) - _ACK_CHARS, matcher):
        return False
    if matcher is not None:
        for start, end, _pupil in reversed(matcher.spans(folded)):
            folded = folded[:start] + folded[end:]
        for relation in _RELATIONS:
            folded = folded.replace(relation, "")
    return is_ack_folded(folded)


def surely_not_ack(
    text: str, kind: MessageKind, folded: str, matcher: PupilMatcher | None = None
) -> bool:
    """True when ``is_ack(text, kind, pupils=...)`` is surely False, decided from ``folded``
    (``normalize(text)``, already computed) without the per-text cache of :func:`is_ack`:
    the common case of a text seen once. False means "ask :func:`is_ack`". ``matcher``: the
    pupils' matcher (None for no pupils)."""
    if kind is not MessageKind.TEXT:
        return kind is not MessageKind.STICKER
    if len(text) > 3 * _ACK_MAX_CHARS:
        return True
    if "[" in text or not folded or folded == "1":
        return False  # emoji codes, nothing left after folding, or "1": the full check
    if len(folded) > _ACK_MAX_CHARS:
        return True
    return _has_unremovable(folded, matcher)


def _is_personal(notice: Message, member: Member, roster: Roster) -> bool:
    """The staff message speaks to the member: mentions them or addresses their family
    ("浩宇妈妈，浩宇这两周…"). A post to everyone that names their child among others (praise,
    a list of who did well) is still a post to everyone: LABELS.md makes thanks after a
    teacher's praise an acknowledgement."""
    if member.id in notice.mentions:
        return True
    return bool(member.students) and any(addresses_family(notice.text, p) for p in member.students)


def _ack_in_history(message: Message, roster: Roster) -> bool:
    return is_ack(message.text, message.kind, pupils=roster.student_names())


def acknowledged_notice(
    ctx: MessageContext, *, window: timedelta | None = None
) -> NoticeRef | None:
    """The staff notice the message of ``ctx`` would acknowledge, if any (see module doc).

    Does not check that the message itself is an acknowledgement.
    """
    notice = ctx.notice
    if notice is not None and ctx.message.reply_to == notice.message_id:
        replied = ctx.replied
        if replied is not None and (replied.reply_to or _answers_member(replied, ctx)):
            return None  # the teacher answered this member: thanks for it are clean
        text = replied.text if replied is not None else ""
        return NoticeRef(
            message_id=notice.message_id,
            asks_reply=notice.asks_reply or asks_for_reply(text),
            text=text,
        )
    if ctx.message.reply_to:
        replied, who = ctx.replied, ctx.replied_member
        if replied is None or who is None:
            return None
        if not who.is_staff:
            # "👍" quoting another parent's "谢谢老师，孩子这次进步了" under the teacher's post:
            # it joins the reactions to that post
            replied = _post_reacted_to(replied, ctx)
            if replied is None:
                return None
        if replied.reply_to or _answers_member(replied, ctx):
            return None  # the teacher answered someone: thanks for an answer are clean
        if not is_post_to_everyone(replied) or _is_personal(replied, ctx.member, ctx.roster):
            return None
        return NoticeRef(
            message_id=replied.id, asks_reply=asks_for_reply(replied.text), text=replied.text
        )
    window = window or timedelta(minutes=Settings().notice_window_minutes)
    found = _notice_in_history(ctx, window)
    if (found is not None and found.asks_reply) or _THANKS.search(ctx.norm) is not None:
        return found  # thanks are for the latest post or answer
    return _asked_before_the_answers(ctx, window) or found


#: How many quotes back a chain of reactions is followed to the post they react to.
_REACTION_CHAIN = 3


def _post_reacted_to(quoted: Message, ctx: MessageContext) -> Message | None:
    """The staff post a member's quoted message reacts to, through a chain of quotes of
    members' reactions (thanks, praise: no question, no request), or None."""
    roster = ctx.roster
    m: Message | None = quoted
    for _ in range(_REACTION_CHAIN + 1):
        if m is None:
            return None
        if roster.is_staff(m.sender_id):
            return m
        if QUESTION.search(m.text) is not None or _REQUEST.search(m.text) is not None:
            return None  # an answer to it would be to the member, not the post
        if not m.reply_to:
            return None
        wanted = m.reply_to
        m = next((h for h in reversed(ctx.history) if h.id == wanted), None)
    return None


#: Thanks, which answer the latest post or answer rather than a notice before it.
_THANKS = re.compile(r"谢|辛苦|感恩|麻烦")


def _asked_before_the_answers(ctx: MessageContext, window: timedelta) -> NoticeRef | None:
    """The notice that asked for replies, when the teacher has since only answered members'
    questions (a parent asks how to log in, the teacher answers, and the "孩子姓名+已完成"
    the notice asked for go on coming in): those answers do not take its replies over."""
    history = ctx.history
    oldest = ctx.message.ts - window
    answered = False
    for i in range(len(history) - 1, -1, -1):
        m = history[i]
        if m.ts < oldest:
            return None
        if not ctx.roster.is_staff(m.sender_id):
            continue
        if _answered_whom(history, i, ctx.roster) is not None and not _GREETS_ALL.search(m.text):
            answered = True  # an answer to a member: the walk goes on to what it answered
            continue
        if not answered or not is_post_to_everyone(m) or _is_personal(m, ctx.member, ctx.roster):
            return None
        text = "\n".join(piece.text for piece in _pieces(history, i))
        return (
            NoticeRef(message_id=m.id, asks_reply=True, text=text) if asks_for_reply(text) else None
        )
    return None


def _pieces(history: Sequence[Message], index: int) -> list[Message]:
    """The staff post at ``index`` with the pieces the same teacher posted just before it
    (a notice in text, then photos, within a few minutes), oldest first."""
    anchor = history[index]
    j = index - 1
    while (
        j >= 0
        and history[j].sender_id == anchor.sender_id
        and anchor.ts - history[j].ts <= _PIECES_WITHIN
    ):
        j -= 1
    return list(history[j + 1 : index + 1])


def _answers_this_member_or_noted(whom: str | None, ctx: MessageContext) -> bool:
    """Whether a teacher's answer (to ``whom``) leaves the message no acknowledgement of it:
    the answer was to this member, or to no one known. An answer another member got, read
    by everyone ("谢谢方老师澄清"), is acknowledged like a post."""
    if whom is None:
        return False
    return whom in ("", ctx.message.sender_id)


def _answered_whom(history: Sequence[Message], index: int, roster: Roster) -> str | None:
    """Whom the staff message at ``index`` answers, or None when it answers no one: the
    sender of the message it quotes ("" when that is not in the history), or the member
    whose question (or request) came right before it and the teacher's other pieces."""
    staff_message = history[index]
    if staff_message.reply_to:
        quoted = next((m for m in history if m.id == staff_message.reply_to), None)
        if quoted is None:
            return ""
        if quoted.sender_id != staff_message.sender_id:
            return quoted.sender_id
        # quoting their own notice: whom it answers is told by the question just before it
    # a piece just before, in the same answer, quoting the member: the file sent in reply to
    # "能发个电子版吗？", then "打印出来做就行～"
    k = index - 1
    while (
        k >= 0
        and history[k].sender_id == staff_message.sender_id
        and staff_message.ts - history[k].ts <= _PIECES_WITHIN
    ):
        if history[k].reply_to:
            quoted = next((m for m in history if m.id == history[k].reply_to), None)
            if quoted is not None and quoted.sender_id != staff_message.sender_id:
                return quoted.sender_id
        k -= 1
    if staff_message.kind is not MessageKind.TEXT:
        return None  # homework photos or a file after a question are posts, not answers
    j = index - 1
    while j >= 0 and history[j].sender_id == staff_message.sender_id:
        j -= 1
    if j < 0:
        return None
    before = history[j]
    if roster.is_staff(before.sender_id) or not _answered(staff_message, before):
        return None
    return before.sender_id


#: How a teacher's post to everyone opens: a notice's header, homework, 各位家长.
_OPENS_A_NOTICE = re.compile(
    r"\s*(?:【|各位家长|家长们|亲爱的家长|通知|提醒|温馨提示"
    r"|(?:今天|今日|明天|本周|周末|假期)?的?[\u4e00-\u9fff]{0,4}作业[:：（(]"
    r"|[\u4e00-\u9fff]{0,8}(?:通知|安排|提醒)[:：])"
)


#: A member's question asked as "A not A", without a question mark: "睡得好不好", "要不要带".
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没]\1")
#: A teacher setting a member's claim straight: "请以学校通知为准", "没有这回事", "不要传".
_SETS_STRAIGHT = re.compile(
    r"以[^，。]{0,8}为准|(?:不要|别|请勿|勿)(?:再)?(?:传|转发|乱传|相信)|不实|谣言|澄清|辟谣"
    r"|没有这回事|没有此事|并没有|目前(?:没有|还没有|暂无|并无)|没有[^，。]{0,8}(?:通知|病例|安排)"
)
#: A teacher's post opening by calling a family: "奶奶放心，…", "浩然妈妈，…", "雨欣爷爷您好".
_CALLS_A_FAMILY = re.compile(
    r"\s*[\u4e00-\u9fff]{0,3}(?:爸爸|妈妈|奶奶|爷爷|外公|外婆|姥姥|姥爷|家长)(?:您好|你好)?[，,：:\s]"
)
#: How long after a family's message a teacher calling that family still answers it.
_CALLED_WITHIN = timedelta(hours=2)


def _answered(staff_message: Message, before: Message) -> bool:
    """Whether a teacher's post answers the member's message right before it: a question or
    a request within 30 minutes, or a short reply within 10 ("外套找到了，放在门卫室")."""
    gap = staff_message.ts - before.ts
    if _OPENS_A_NOTICE.match(staff_message.text) is not None:
        return False  # "数学作业：…", "【通知】…", "各位家长，…": a post to all, not an answer
    if gap <= _CALLED_WITHIN and _CALLS_A_FAMILY.match(staff_message.text) is not None:
        return True  # "奶奶放心，美玲昨晚睡得很好": said to the family who asked, hours on too
    if gap > _ANSWER_WITHIN:
        return False
    if (
        QUESTION.search(before.text) is not None
        or _REQUEST.search(before.text) is not None
        or _A_NOT_A.search(before.text) is not None
    ):
        return True
    if _SETS_STRAIGHT.search(staff_message.text) is not None:
        return True  # "学校目前没有病例，也没有停课通知，请以通知为准": the member's claim answered
    return (
        gap <= _SHORT_ANSWER_WITHIN
        and before.kind is MessageKind.TEXT
        and len(norm(staff_message.text)) <= _SHORT_ANSWER_CHARS
    )


def _answers_member(staff_message: Message, ctx: MessageContext) -> bool:
    """The quoted staff message came right after a question of this member's own."""
    history = ctx.history
    for i in range(len(history) - 1, -1, -1):
        if history[i].id == staff_message.id:
            j = i - 1
            while j >= 0 and history[j].sender_id == staff_message.sender_id:
                j -= 1
            if j < 0:
                return False
            before = history[j]
            return before.sender_id == ctx.member.id and _answered(staff_message, before)
    return False


#: How many messages before the question a teacher answered still belong to its thread.
_THREAD_BEFORE = 3


def _took_part(history: Sequence[Message], index: int, member_id: str) -> bool:
    """Whether the member posted in the few messages before the question that the staff
    message at ``index`` answers, within the answer window."""
    answer = history[index]
    j = index - 1
    while j >= 0 and history[j].sender_id == answer.sender_id:
        j -= 1
    for m in history[max(0, j - _THREAD_BEFORE) : j]:
        if m.sender_id == member_id and answer.ts - m.ts <= _ANSWER_WITHIN:
            return True
    return False


#: A teacher's aside about their own account, right after a post: "名片已改", "名字已改".
_STAFF_ASIDE = re.compile(
    r"^(?:群)?(?:名片|名字|昵称|备注)(?:已经?)?(?:改|修改|更改)(?:好)?了?$|^已改名$"
)


def _passes_over(message: Message, roster: Roster) -> bool:
    """An acknowledgement in the history (or one with a few words after it, from a member
    who is not staff, or a teacher's aside about their name): the walk back to the notice
    goes over it."""
    if _ack_in_history(message, roster):
        return True
    if roster.is_staff(message.sender_id) and _STAFF_ASIDE.match(norm(message.text)):
        return True
    if message.kind is not MessageKind.TEXT or roster.is_staff(message.sender_id):
        return False
    if QUESTION.search(message.text) is not None or _REQUEST.search(message.text) is not None:
        return False  # a question or a request ("求期中复习资料"), which a teacher would answer
    folded = norm(message.text)
    if len(folded) <= _REACTION_MAX_CHARS:
        return True  # another parent's short reaction: 真好, 孩子们真棒, 太可爱了
    return len(folded) <= _ACK_LEAD_MAX_CHARS and _ACK_LEAD.match(folded) is not None


#: An acknowledgement that names a teacher or a title staff go by ("辛苦吴老师", "收到田阿姨").
_TO_A_TEACHER = re.compile(r"老师|指导|教练|阿姨|师傅|teacher|ms|mr|miss")
#: A bare acknowledgement that thanks no one: "收到", "👍👍", "👏".
_BARE_ACK = re.compile(r"(?:已?收到)+[!！。~]*|[👍👏🙏👌]+")
#: How many other members' replies to a post the walk back to it passes over.
_REPLIES_PASSED = 2
_REPLY_MAX_CHARS = 60
#: How a member opens a post of their own to everyone: "各位家长，…", "提醒大家…", "【…】".
_OWN_POST = re.compile(r"^(?:各位|大家|通知|提醒|重要|【)")


def _replies_to_a_post(message: Message, ctx: MessageContext) -> bool:
    """A member's reply after a teacher's post (a word about their child, an apology, a
    reaction at length: "看了明细，是我冲动了，不好意思"): no question, no request, no post
    of their own to everyone; what follows it may acknowledge the teacher's post still."""
    if message.kind is not MessageKind.TEXT or ctx.roster.is_staff(message.sender_id):
        return False
    if message.sender_id == ctx.message.sender_id:
        return False
    text = message.text
    if QUESTION.search(text) is not None or _REQUEST.search(text) is not None:
        return False
    if _LIST_ENTRY.match(text) is not None:
        return False  # a 接龙 list ("1. 陈思彤 午托"): what follows answers the list
    folded = norm(text)
    return 0 < len(folded) <= _REPLY_MAX_CHARS and _OWN_POST.match(folded) is None


_LIST_ENTRY = re.compile(r"\s*[0-9一二三四五六七八九十]+\s*[.、．]")


def _notice_in_history(ctx: MessageContext, window: timedelta) -> NoticeRef | None:
    history = ctx.history
    oldest: datetime = ctx.message.ts - window
    i = len(history) - 1
    # other members' replies to the post passed over ("看了明细，是我冲动了"), for a word to a
    # teacher ("辛苦杨老师") or a bare 收到 / 👍 (not thanks to whoever just spoke: "谢谢分享")
    replies = 0 if _TO_A_TEACHER.search(ctx.norm) or _BARE_ACK.fullmatch(ctx.text.strip()) else 2
    while i >= 0 and history[i].ts >= oldest:
        if _passes_over(history[i], ctx.roster):
            i -= 1
        elif replies < _REPLIES_PASSED and _replies_to_a_post(history[i], ctx):
            replies += 1
            i -= 1
        else:
            break
    if i < 0:
        return None
    anchor = history[i]
    if anchor.ts < oldest or not ctx.roster.is_staff(anchor.sender_id):
        return None
    whom = _answered_whom(history, i, ctx.roster)
    if (
        # the teacher answered this member (or someone unknown): thanks for it are clean; an
        # answer to another member everyone read ("谢谢方老师澄清") is acknowledged like a post
        _answers_this_member_or_noted(whom, ctx)
        # ... unless the question was about what this member had just posted: the answer is
        # to them too ("这个是真的吗？" after their hearsay, then "要得要得")
        or (whom and _took_part(history, i, ctx.message.sender_id))
        or not is_post_to_everyone(anchor)
        or _TO_ONE_FAMILY.search(anchor.text) is not None
    ):
        return None
    # A teacher often posts a notice in pieces (text, then photos) within a few minutes:
    # the request for replies may be in any piece, and so may the family it speaks to
    # ("浩宇妈妈，浩宇这两周…" then "具体的咱们私聊吧").
    block = _pieces(history, i)
    if any(_is_personal(piece, ctx.member, ctx.roster) for piece in block):
        return None
    text = "\n".join(m.text for m in block)
    return NoticeRef(message_id=anchor.id, asks_reply=asks_for_reply(text), text=text)


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.ACK_REPLY,
    summary="老师通知无特殊说明时无需回复“收到”，阅读即可",
    settings=Settings,
    seed_clauses=("4.二.(二).7",),
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


#: A festival's wish ("老师们节日快乐", "祝老师们节日快乐，辛苦了") and the words that make a
#: message with one an acknowledgement all the same ("收到，杨老师国庆快乐", a wish back: "您也节日
#: 快乐").
_FESTIVAL_WISH = re.compile(r"节日快乐|节快乐")
_RECEIPT = re.compile(
    r"收到|好的|好滴|好嘞|了解|明白|知道|已阅|已读|ok|received|noted|您也|你也|同乐"
)


#: The Latin names in a teacher's display name: "英语张雅 Emily（班主任）", "Mr. Baker".
_LATIN_NAME = re.compile(r"[A-Za-z]{3,}")


def _teachers_as_title(text: str, roster: Roster) -> str | None:
    """``text`` with the roster's teachers called plain 老师 (by full name, surname and title,
    or Latin name: "收到楼老师", "谢谢楼慧老师", "辛苦Emily"), or None when it names none: a
    surname the acknowledgement grammar does not list is still a teacher's."""
    if "老师" not in text and _LATIN_NAME.search(text) is None:
        return None  # every form it reads says 老师 or a Latin name
    names: list[str] = []
    for teacher in roster.teachers:
        full = teacher.name or ""
        if len(full) >= 2:
            names += [full, f"{full[0]}老师"]
        names += _LATIN_NAME.findall(teacher.display_name)
    lowered = text.lower()
    found = [n for n in names if n.lower() in lowered]
    if not found:
        return None
    pattern = "|".join(re.escape(n) for n in sorted(found, key=len, reverse=True))
    return re.sub(pattern, "老师", text, flags=re.IGNORECASE)


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    s = ctx.settings_for(Settings)
    msg = ctx.message
    folded = ctx.norm
    if len(folded) > _ACK_MAX_CHARS + 8:
        return []
    pupils = pupil_matcher(ctx.roster)
    if surely_not_ack(msg.text, msg.kind, folded, pupils if pupils.names else None) or not is_ack(
        msg.text, msg.kind, pupils=pupils.names
    ):
        titled = _teachers_as_title(msg.text, ctx.roster)
        if titled is None or not is_ack(titled, msg.kind, pupils=pupils.names):
            return []
    if _GREETS_ALL.search(folded) is not None and "老师" not in folded:
        return []  # "周末愉快各位家长～": a greeting to everyone (R09), no acknowledgement
    if _FESTIVAL_WISH.search(folded) is not None and _RECEIPT.search(folded) is None:
        return []  # "老师们节日快乐！辛苦了！": a festival's wish to the teachers, no receipt
    notice = acknowledged_notice(ctx, window=minutes(s.notice_window_minutes))
    if notice is None or notice.asks_reply:
        return []
    return [
        SPEC.verdict(
            severity=Severity.NOTE,
            reason=(
                "按群规“由班群老师统一发布的信息，无特殊说明群成员阅读后无需回复”，"
                "已为您记为已读，不必再回复“收到”，以免重要通知被刷屏淹没。"
            ),
            evidence=msg.text[:30],
            data=(("notice_id", notice.message_id),),
        )
    ]
