"""R16 private_matter — 不就某一个学生的事情在群内长篇大论，个别问题请私聊。

Seed: 1.6 "一些个别性问题可单独交流（一对一，不打搅他人）"; 2.一.(二).3 "个别突出问题只能私信
交流，不得在群内交流"; 2.二.(一).7, 4.二.(一).7 "一般不要就某一个学生的事情在群内长篇大论。探讨
对个别孩子具体的教育问题请私聊".

What it catches, from anyone:

- **thread**: a message naming a roster pupil when, counting it, ``thread_messages`` of the
  group's last ``window_messages`` messages (within ``window_minutes``) name the same pupil —
  a teacher and a parent going back and forth about one child. Every message of the thread
  from that point on gets the NOTE.
- **dialogue**: a parent and the teachers going back and forth, nobody else in between
  (at most ``dialogue_gap_minutes`` between messages), about the parent's own child — in at
  least two of the parent's messages the child is named (full or given name) or referred to
  as 他/她/孩子 — from the ``thread_messages``-th message of the exchange on, whoever writes
  it. Most such threads never name the pupil in full ("老师，家豪说他坐最后一排看不清黑板").
- **situation**: a message of ``situation_chars`` or more about one pupil (named, or the
  sender's own child as 孩子/他/她/我家) that lays out their personal situation: words of two
  families of ``data/r16_situation.txt`` (health, sleep, mood, family, screens, friends,
  learning, behaviour), or of one family in a message of 80 characters or more. It starts
  private_matter at once (LABELS.md); it does not wait for a thread.
- **follow**: a message of the same parent or of a teacher (nobody else in between) within
  ``follow_minutes`` after such a message: the discussion continuing, a teacher's detailed
  reply included. A one-line move to private chat (私聊, 电话沟通 …) is clean.
- **long**: one message of ``long_chars`` or more (folded characters) that names exactly one
  pupil.

The verdict is a NOTE: a suggestion to continue in private chat, never a strike.

Not caught: praise and congratulations ("恭喜何雨彤获奖", "表扬何雨彤" — encouraged, seed 1.3),
lists naming several pupils (homework, duty rosters), short exchanges, the message that moves
the talk to private (我们私聊 / 电话沟通), a bare acknowledgement, a teacher's notice.

```yaml
rules:
  R16:
    thread_messages: 4
    window_messages: 10
    window_minutes: 60
    long_chars: 150
    dialogue_gap_minutes: 15
    situation_chars: 45
    follow_minutes: 30
    answer_minutes: 120
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from classmod.rules.standard.lexicon import load_lexicon

from classmod.context import MessageContext
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, Member, Message, MessageKind, Roster, Severity, Verdict

from ._common import (
    Lexicon,
    addresses_family,
    corrects_others,
    minutes,
    norm,
    pupil_spans,
    pupils_named,
    without_addresses,
)
from .r11_ack_reply import is_ack, surely_not_ack

NAME = "private_matter"
RULE_ID = "R16"

_PRAISE = Lexicon(
    ("表扬", "恭喜", "祝贺", "点赞", "真棒", "好棒", "优秀", "厉害", "获奖", "获得", "荣获",
     "之星", "学习榜样", "进步", "加油", "生日快乐")
)  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    thread_messages: int = 4
    window_messages: int = 10
    window_minutes: int = 60
    long_chars: int = 150
    dialogue_gap_minutes: int = 15
    situation_chars: int = 45
    follow_minutes: int = 30
    answer_minutes: int = 120


_MOVES_PRIVATE = Lexicon(
    ("私聊", "私下", "私信", "单独聊", "单独沟通", "单独联系", "面谈", "电话沟通", "电话联系",
     "电话聊", "给您打电话", "给你打电话", "打给您", "回电话", "加您微信", "加我微信", "当面聊",
     "当面谈", "当面说", "面聊", "见面聊", "来学校聊", "回家再说", "回去再说", "打个电话",
     "给您打个电话", "详细聊聊", "电话里说", "打电话给您", "打电话给你", "打电话同你", "随时联系我",
     "随时联系", "详细倾", "电话细说", "细说", "细聊", "单独谈", "找他谈谈", "找她谈谈",
     "加你微信", "来学校一趟", "来趟学校", "约个时间", "当面沟通", "当面交流",
     # a teacher speaking to two families, and leaving the group out of it
     "给你们打电话", "跟你们电话", "群里先不说", "群里就不说", "群里不说了", "不在群里说")
)  # fmt: skip

#: A list (接龙, a duty roster) names several pupils: it discusses none of them.
_LIST_PUPILS = 3
#: Praise that a situation cannot hold ("厉害" and "进步" can: 下降得厉害, 没有进步).
_CONGRATULATIONS = Lexicon(("表扬", "恭喜", "祝贺", "获奖", "荣获", "之星", "生日快乐"))
_MOVE_MAX_CHARS = 40  # a one-line move to private; a long reply that ends with one is not
#: A teacher's move to private may say who will help and when ("这些情况我们私下详细聊，我也
#: 会和学校的心理老师一起，周三下午…"): clean while it lays out nothing of the pupil.
_STAFF_MOVE_MAX_CHARS = 90
#: A family's short word back to the teacher: no harm done, and what they will do at home.
_PROMISES = re.compile(
    r"^(?:没事|冒事|没关系|不要紧|好的|谢谢)[\u4e00-\u9fff]{0,6}?(?:我们|我)?(?:回去|回家|回来)?"
    r"[\u4e00-\u9fff]{0,6}?(?:会|再)?(?:督促|好好讲|好好说|说说他|说说她|教育|盯着|注意|配合)"
)
_PROMISE_MAX_CHARS = 28
_CHILD_WORDS = ("他", "她", "孩子", "娃", "儿子", "女儿", "我家", "宝贝")
_SHORT_STAFF_CHARS = 60  # a teacher's turn in a dialogue, not a notice
_SITUATION_LONG_CHARS = 80  # this long, one family of situation words is enough
_DIALOGUE_MIN_CHARS = 30  # what the parent says in an exchange, before it lays anything out
_FOLLOW_LOOKBACK = 8


@lru_cache(maxsize=4096)  # history messages are asked again by each later message
def _situation_families(folded: str) -> int:
    return len({h.tag for h in load_lexicon("r16_situation").find(folded)})


def lays_out_situation(message: Message, member: Member, roster: Roster, min_chars: int) -> str:
    """The pupil whose personal situation (health, sleep, mood, family, screens, friends,
    a learning crisis) ``message`` lays out at length, or ``""``; ``"-"`` when it is the
    sender's own child but the message does not name them."""
    if message.kind is not MessageKind.TEXT or len(message.text) < min_chars:
        return ""
    folded = norm(message.text)
    if len(folded) < min_chars or _CONGRATULATIONS.has(folded):
        return ""
    pupils = pupils_named(roster, message.text)
    own = member.students
    if len(pupils) > 1:
        return ""
    if pupils:
        pupil = pupils[0]
    elif own and any(w in message.text for w in _CHILD_WORDS):
        pupil = own[0]
    elif not member.is_staff and any(w in message.text for w in _CHILD_WORDS):
        pupil = "-"
    else:
        return ""
    families = _situation_families(folded)
    if families >= 2 or (families == 1 and len(folded) >= _SITUATION_LONG_CHARS):
        return pupil
    return ""


#: Another parent joining the discussion of a pupil's situation: sympathy, their own child's
#: like case, advice ("我家也这样", "别着急", "可以试试", "抱抱").
_JOINS_DISCUSSION = Lexicon(
    ("我家也", "我们家也", "也这样", "也是这样", "也有过", "别着急", "别担心", "别太担心",
     "慢慢就好", "抱抱", "试试", "建议", "一定要重视", "得重视", "之前也", "以前也", "会好的",
     "越来越好", "慢慢来", "心疼", "别焦虑", "坚持下去")
)  # fmt: skip
_CHAINED_STAFF_CHARS = 8  # a teacher's short word to the family, in a discussion found to go on
_FOLLOW_GAP = 3  # messages from others that may come between the situation and its follow-up
#: What an earlier message was found to be that lays out no pupil's situation: an ad or vice
#: ("孩子爱哭闹、注意力不集中？可能是童子命！私聊化解").
_NO_SITUATION_IN = frozenset({Category.AD, Category.ILLEGAL})
#: A short word that closes a thread rather than carrying it on: thanks, an apology, an
#: appointment kept ("好的，谢谢老师们", "对不起，我当面跟您道歉", "好，我十点到").
_CLOSING_WORDS = re.compile(
    r"谢谢|感谢|多谢|对不起|抱歉|道歉|好的|好|行|嗯|收到|晓得了|知道了|辛苦了|辛苦|麻烦了|麻烦"
    r"|老师们|老师|大家|你们|恁们|各位|您|师傅|[\u4e00-\u9fff]{1,3}(?:妈妈|爸爸|奶奶|爷爷|外婆|姥姥|家长)"
)
_APPOINTMENT = re.compile(
    r"^(?:好的?|行|嗯)?我?[^，。]{0,6}?(?:点|点钟|点半)(?:前)?(?:到|过来|来)$"
    # a call or a visit awaited, a look promised: "好，等您电话", "好，会后找您", "好，明天下午
    # 我来学校", "好，我看看再说"
    r"|^(?:好的?|行|嗯)?(?:等|恭候)(?:您|你|老师)?的?电话|^(?:好的?|行|嗯)?会后(?:找|联系)"
    r"|^(?:好的?|行|嗯)?[^，。]{0,6}?我?(?:来|去)学校$|^(?:好的?|行|嗯)?我?(?:先)?看看再说$"
)
_CLOSING_MAX_CHARS = 24


def _closes_only(folded: str) -> bool:
    """Whether a short text only thanks, apologises or agrees (with whom it addresses), or
    names the time one comes: what is left of it is a word or two at most."""
    return len(_CLOSING_WORDS.sub("", folded)) <= 1 or _APPOINTMENT.search(folded) is not None


def _continues_situation(ctx: MessageContext, s: Settings, *, chained: bool = False) -> str:
    """The pupil of a situation laid out in the last few messages that this message
    continues: the same parent or a teacher, or another parent who joins the discussion
    (replies in it, speaks to that parent, or offers sympathy, a like case or advice).
    Within ``follow_minutes``; a teacher's answer, and any message that speaks to the
    pupil's family by name or replies in the thread, within ``answer_minutes``."""
    recent = ctx.history[-_FOLLOW_LOOKBACK:]
    longest = max([len(m.text) for m in recent], default=0)
    found = (
        [m.id for m in recent if Category.PRIVATE_MATTER in ctx.earlier.get(m.id, ())]
        if chained
        else []
    )
    if longest < s.situation_chars and not found:
        return ""  # no message long enough to lay out a situation (nearly always)
    msg = ctx.message
    oldest = msg.ts - minutes(max(s.follow_minutes, s.answer_minutes))
    close = msg.ts - minutes(s.follow_minutes)
    roster = ctx.roster
    thread: list[Message] = []
    for earlier in reversed(recent):
        if earlier.ts < oldest:
            return ""
        sender = roster.lookup(earlier.sender_id)
        if not _NO_SITUATION_IN.isdisjoint(ctx.earlier.get(earlier.id, ())):
            thread.append(earlier)  # a pitch listing children's troubles is no pupil's situation
            continue
        pupil = lays_out_situation(earlier, sender, roster, s.situation_chars)
        if not pupil and earlier.id in found:
            # found to continue a discussion itself: the discussion goes on from it
            pupil = sender.students[0] if sender.students else "-"
        if not pupil:
            thread.append(earlier)
            continue
        in_thread = {earlier.id, *(m.id for m in thread)}
        # an answer to the situation itself: quoting it or speaking to the pupil's family
        answers = msg.reply_to == earlier.id or addresses_family(msg.text, pupil)
        recent_enough = earlier.ts >= close
        families = _situation_families(ctx.norm)
        if ctx.member.is_staff:
            # a teacher's word in between (移除, 通知) is not the discussion; a teacher answering
            # the family in a discussion found to go on is ("太好了，晓彤妈妈，咱们一起努力")
            min_chars = _CHAINED_STAFF_CHARS if chained and earlier.id in found else 30
            if not (families or ((answers or pupil_spans(ctx)) and len(ctx.norm) >= min_chars)):
                return ""
            if not (recent_enough or answers):
                return ""
        elif not (recent_enough or (answers and (families or _JOINS_DISCUSSION.has(ctx.norm)))):
            return ""
        if msg.sender_id == earlier.sender_id or ctx.member.is_staff:
            others = [m for m in thread if m.sender_id not in (msg.sender_id, earlier.sender_id)]
            return pupil if len(others) <= _FOLLOW_GAP else ""
        name = sender.display_name
        if (
            answers
            or msg.reply_to in in_thread
            or (name and len(name) >= 3 and name in msg.text)
            or _JOINS_DISCUSSION.has(ctx.norm)
            or families
        ):
            return pupil
        return ""
    return ""


def _about_own_child(text: str, own: tuple[str, ...]) -> bool:
    if any(w in text for w in _CHILD_WORDS):
        return True
    folded = norm(text)
    return any(norm(p) in folded or norm(p)[1:] in folded for p in own if len(norm(p)) >= 3)


def dialogue_length(ctx: MessageContext, gap: timedelta, limit: int) -> int:
    """Messages in the parent–teacher exchange that ``ctx``'s message continues, itself
    included; 0 when it is not such an exchange about the parent's own child."""
    msg = ctx.message
    if msg.kind is not MessageKind.TEXT:
        return 0
    is_staff = ctx.member.is_staff
    if is_staff and len(ctx.norm) > _SHORT_STAFF_CHARS:
        return 0
    roster = ctx.roster
    is_staff_id = roster.is_staff  # the roster's own index: asked of every earlier sender
    parent = "" if is_staff else msg.sender_id
    run = [msg]
    newest = msg
    for earlier in reversed(ctx.history[-limit:]):
        if newest.ts - earlier.ts > gap:
            break
        if is_staff_id(earlier.sender_id):
            if earlier.kind is not MessageKind.TEXT or len(norm(earlier.text)) > _SHORT_STAFF_CHARS:
                break
        elif not parent:
            parent = earlier.sender_id
        elif earlier.sender_id != parent:
            break
        run.append(earlier)
        newest = earlier
    if not parent or len(run) < 3:
        return 0
    from_parent = [m for m in run if m.sender_id == parent]
    # the same question asked again (flood) is not a conversation
    if len({norm(m.text) for m in from_parent}) < 2 or len(from_parent) == len(run):
        return 0
    own = roster.lookup(parent).students
    if sum(1 for m in from_parent if _about_own_child(m.text, own)) < 2:
        return 0
    said = {norm(m.text) for m in from_parent}
    if sum(map(len, said)) < _DIALOGUE_MIN_CHARS:
        return 0  # "晓宇今天请假" - "是身体不舒服吗" - "有点拉肚子": short logistics (LABELS.md)
    return len(run)


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.PRIVATE_MATTER,
    summary="个别学生的具体问题请私聊，不在群里长篇讨论",
    settings=Settings,
    seed_clauses=("1.6", "2.一.(二).3", "2.二.(一).7", "4.二.(一).7"),
    roles=ALL_ROLES,
    # a pitch or vice that lists children's troubles is R06's or R04's, no pupil's situation
    yields_to=frozenset({Category.AD, Category.ILLEGAL}),
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


def _verdict(sub_rule: str, pupil: str) -> Verdict:
    return SPEC.verdict(
        severity=Severity.NOTE,
        reason=(
            "温馨提示：按群规“一般不要就某一个学生的事情在群内长篇大论，探讨对个别孩子具体的教育"
            "问题请私聊”，关于这位同学的事情请转到私聊或电话沟通，不打扰其他家长。"
        ),
        evidence=pupil,
        sub_rule=sub_rule,
    )


#: How a pupil's situation has moved on, in a parent's words: "好多了", "主动把手机交出来了",
#: "愿意吃饭了", "今天早上没哭", "同学冇再笑佢".
_PROGRESS = re.compile(
    r"好多了|好一点了|好些了|好转|主动(?:说|跟|把|交|给|去|找)|愿意(?:去|吃|说|上学|跟|出门)"
    r"|没(?:再)?哭|不哭了|心情好(?:多|些|一点)|情绪好(?:多|些|一点)|能睡着|睡得着了|冇再|没再"
    r"|想去学校|肯去(?:学校|上学)|肯返学"
)
#: The help it came from: a call, a talk, advice, the school's counsellor, a doctor.
_HELPED = re.compile(r"电话|聊|建议|帮忙|心理老师|心理门诊|医生|谈过|商量")
_UPDATE_MIN_CHARS = 15
#: Brought to a teacher or with thanks: "罗老师，…", "谢谢大家上次的建议".
_TOLD_TO = re.compile(r"谢谢|多谢|感谢|唔该|老师")


def _update_on_own_child(ctx: MessageContext) -> str:
    """The pupil whose situation a parent brings the group up to date on, after help from a
    teacher or the group ("罗老师，谢谢您下午跟我电话聊了一个多小时，雨涵今天晚上主动跟我说话
    了"): the discussion goes on, days later (LABELS.md private_matter). ``""`` if none."""
    own = ctx.member.students
    folded = ctx.norm
    if ctx.member.is_staff or not own or len(folded) < _UPDATE_MIN_CHARS:
        return ""
    if _PROGRESS.search(folded) is None or _HELPED.search(folded) is None:
        return ""
    if _TOLD_TO.search(folded) is None:
        return ""  # news brought to the teacher or with thanks, not a call ("愿意去的接龙")
    named = [p for p in own if p in ctx.text or (len(p) >= 3 and p[1:] in ctx.text)]
    if not named and not any(w in ctx.text for w in _CHILD_WORDS):
        return ""
    return (named or own)[0]


def _says_nothing_of_the_pupil(ctx: MessageContext) -> bool:
    """Whether a message neither names a pupil nor speaks of one ("在学校我也会多鼓励她"),
    beyond addressing a parent by the child's name."""
    said = without_addresses(ctx.message.text)
    return not pupils_named(ctx.roster, said) and not any(
        w in said for w in ("他", "她", "孩子", "娃")
    )


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    folded = ctx.norm
    update = _update_on_own_child(ctx)  # "谢谢您电话里跟我聊": a call had, not a move to one
    if update:
        return [_verdict("update", update)]
    if len(folded) <= _MOVE_MAX_CHARS and _MOVES_PRIVATE.has(folded):
        return []
    s = ctx.settings_for(Settings)
    msg = ctx.message
    situation = lays_out_situation(msg, ctx.member, ctx.roster, s.situation_chars)
    if situation:
        return [_verdict("situation", situation.strip("-"))]
    if (
        ctx.member.is_staff
        and len(folded) <= _STAFF_MOVE_MAX_CHARS
        and _MOVES_PRIVATE.has(folded)
        and _situation_families(folded) == 0
        and _says_nothing_of_the_pupil(ctx)
    ):
        return []  # a teacher taking the matter private, saying nothing of the pupil
    if _PRAISE.has(folded):
        return []
    not_ack = surely_not_ack(msg.text, msg.kind, folded) or not is_ack(msg.text, msg.kind)
    if not_ack and len(folded) <= _PROMISE_MAX_CHARS and _PROMISES.search(folded) is not None:
        not_ack = False  # "没事老师，我们回去会督促他的": the family's word back, no situation
    if not_ack and corrects_others(folded):
        return []  # "发错群了，大家别当真": taken back, or a correction, no discussion
    if not_ack and len(folded) <= _CLOSING_MAX_CHARS and _closes_only(folded):
        return []  # "好的，谢谢老师们，谢谢婉清妈妈", "好，我十点到": the thread closed
    if not_ack and msg.kind is MessageKind.TEXT and len(folded) >= 4:
        followed = _continues_situation(ctx, s) or (
            # on from a message found to continue it, unless this one takes it private
            _continues_situation(ctx, s, chained=True) if not _MOVES_PRIVATE.has(folded) else ""
        )
        if followed:
            return [_verdict("follow", followed.strip("-"))]
    if not_ack:
        length = dialogue_length(ctx, minutes(s.dialogue_gap_minutes), s.window_messages)
        if length >= s.thread_messages:
            own = ctx.roster.lookup(msg.sender_id).students
            return [_verdict("dialogue", own[0] if own else "")]
    spans = pupil_spans(ctx)
    if not spans:
        return []  # no pupil named (most messages)
    pupils = tuple(dict.fromkeys(p for _s, _e, p in spans))
    if len(pupils) >= _LIST_PUPILS:
        return []
    if len(pupils) == 1 and len(folded) >= s.long_chars:
        return [_verdict("long", pupils[0])]
    oldest = ctx.message.ts - minutes(s.window_minutes)
    recent = [m for m in ctx.history[-(s.window_messages - 1) :] if m.ts >= oldest]
    if len(recent) < s.thread_messages - 1:
        return []
    # the distinct texts that name each pupil: the same question asked again (flood) is no
    # discussion, and a thread about logistics (几点放学, 失物) has no situation in it
    texts: dict[str, set[str]] = {p: {folded} for p in pupils}
    for earlier in recent:
        named = pupils_named(ctx.roster, earlier.text)
        if not named or len(named) >= _LIST_PUPILS:
            continue
        earlier_folded = norm(earlier.text)
        if _PRAISE.has(earlier_folded):
            continue
        for pupil in named:
            if pupil in texts:
                texts[pupil].add(earlier_folded)
    pupil, said = max(texts.items(), key=lambda item: len(item[1]))
    if len(said) >= s.thread_messages and any(_situation_families(t) for t in said):
        return [_verdict("thread", pupil)]
    return []
