"""R09 chat — 班级群只用于家校沟通，不做聊天使用。

Seed: 1.4 "班级网络群只用于家校沟通交流，严禁发布…与家校无关的信息，严禁讨论无关家庭教育的话
题"; 2.一.(二).3, 3.4, 4.一.(二).3 "只用于家校沟通交流，不做聊天使用".

What it catches: chit-chat on topics that have nothing to do with home and school — stocks
and funds, lottery, TV dramas and celebrity gossip, mahjong and cards, ball games, property,
beauty (``data/r09_chat_topics.txt``, plus ``extra_topics``). The verdict is a NOTE: a gentle
reminder, never a punishment.

It also catches the replies that carry such a chat on: a reply to a chat message, or a short
follow-up within a few minutes that joins in ("我也是", "看了看了", "哈哈我只买了零食"), and a
bare "晚安" posted to everyone (a greeting to the teacher names the teacher and is fine).

Not caught: anything that also talks about children, pupils, homework, learning, teachers or
the school ("孩子看电视时间怎么控制", "孩子追剧怎么办", "带孩子去看球赛", "国庆旅游要请假"); other
greetings and small talk without one of the topics; an ad that happens to name a topic (that is
R06). Staff are not judged.

```yaml
rules:
  R09:
    extra_topics: []
```
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from classmod.context import MessageContext
from classmod.hookspecs import RuleSpec, hookimpl
from classmod.model import Category, Severity, Verdict
from classmod.text import contact_view

from ._common import Lexicon, load_terms, norm
from .r04_illegal import find_illegal_terms
from .r06_ad import find_ad_terms

NAME = "chat"
RULE_ID = "R09"

CHAT_TOPICS: tuple[str, ...] = load_terms("r09_chat_topics.txt")
EDUCATION_WORDS: tuple[str, ...] = (
    "孩子", "学生", "小孩", "儿子", "女儿", "宝贝", "宝宝", "娃", "小朋友", "同学", "作业",
    "学习", "功课", "教育", "老师", "学校", "班级", "班里", "上课", "课堂", "家长会", "考试",
    "成绩", "视力", "近视", "沉迷", "自律", "管教", "放学", "上学", "请假", "接送", "校", "班",
    "课", "书", "考", "题", "读", "写字", "教室", "家长会", "打卡", "签字", "通知",
)  # fmt: skip
#: Whole messages that are small talk to everyone (compared normalised).
SMALL_TALK: frozenset[str] = frozenset({"晚安", "大家晚安", "晚安大家", "各位晚安", "晚安啦"})
#: Words of someone joining in a chat that was just started.
JOIN_IN: tuple[str, ...] = (
    "我也", "我们也", "我家也", "看了", "哈哈", "同感", "是啊", "对啊", "真的", "太好看", "我只",
    "一样", "好看", "哭死", "笑死", "推荐", "白干", "亏了", "涨了", "跌了", "买了", "同问",
)  # fmt: skip
#: How close a join-in must follow the chat message it joins.
THREAD_WINDOW = timedelta(minutes=10)
THREAD_MESSAGES = 3
THREAD_MAX_CHARS = 30
_TOPICS = Lexicon(CHAT_TOPICS)
_EDUCATION = Lexicon(EDUCATION_WORDS)
_JOIN_IN = Lexicon(JOIN_IN)
#: A member asking the others to stop chatting is not chatting.
_STOP = Lexicon(("别聊", "不要聊", "别在群", "不要在群", "私下聊", "私聊", "群规"))
_EXTRA: dict[tuple[str, ...], Lexicon] = {}


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    extra_topics: tuple[str, ...] = ()


def chat_topic(folded: str, extra: tuple[str, ...] = ()) -> str | None:
    """The off-topic subject of a normalised text, or None (also when it is about education)."""
    lexicon = _TOPICS
    if extra:
        lexicon = _EXTRA.get(extra) or _EXTRA.setdefault(extra, Lexicon(CHAT_TOPICS + extra))
    topic = lexicon.first(folded)
    if topic is None or _EDUCATION.has(folded):
        return None
    return topic


def is_ad_or_illegal(text: str, folded: str) -> bool:
    """Whether the message is an ad or illegal content (R06/R04 judge it, not this rule)."""
    return bool(find_ad_terms(contact_view(text, folded))[0] or find_illegal_terms(folded))


def joins_chat(ctx: MessageContext, extra: tuple[str, ...] = ()) -> str | None:
    """The topic of the chat this message carries on, or None: it replies to a chat message,
    or it is a short join-in ("我也是", "看了看了") shortly after one by someone else."""
    folded = ctx.norm
    if _EDUCATION.has(folded) or _STOP.has(folded):
        return None
    replied = ctx.replied
    if replied is not None:
        return chat_topic(norm(replied.text), extra)
    if len(folded) > THREAD_MAX_CHARS or not _JOIN_IN.has(folded):
        return None
    since = ctx.message.ts - THREAD_WINDOW
    for m in reversed(ctx.history[-THREAD_MESSAGES:]):
        if m.ts < since:
            break
        if m.sender_id != ctx.message.sender_id:
            topic = chat_topic(norm(m.text), extra)
            if topic is not None:
                return topic
    return None


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return RuleSpec(
        id=RULE_ID,
        name=NAME,
        category=Category.CHAT,
        summary="班级群只用于家校沟通，不聊与家校无关的话题",
        settings=Settings,
        seed_clauses=("1.4", "2.一.(二).3", "3.4", "4.一.(二).3"),
    )


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    s: Settings = ctx.settings or Settings()
    folded = ctx.norm
    topic = chat_topic(folded, s.extra_topics)
    if topic is not None and is_ad_or_illegal(ctx.text, folded):
        return []
    if topic is None:
        topic = folded if folded in SMALL_TALK else joins_chat(ctx, s.extra_topics)
    if topic is None:
        return []
    return [
        Verdict(
            rule_id=RULE_ID,
            category=Category.CHAT,
            severity=Severity.NOTE,
            reason=(
                "温馨提示：按群规“班级群只用于家校沟通交流，不做聊天使用”，"
                "与孩子学习生活无关的话题请私下聊，谢谢理解。"
            ),
            evidence=topic,
        )
    ]
