"""R09 chat — 班级群只用于家校沟通，不做聊天使用。

Seed: 1.4 "班级网络群只用于家校沟通交流，严禁发布…与家校无关的信息，严禁讨论无关家庭教育的话
题"; 2.一.(二).3, 3.4, 4.一.(二).3 "只用于家校沟通交流，不做聊天使用".

What it catches: chit-chat on topics that have nothing to do with home and school — stocks
and funds, lottery, TV dramas and celebrity gossip, mahjong and cards, ball games, property,
beauty (``data/r09_chat_topics.txt``, plus ``extra_topics``). The verdict is a NOTE: a gentle
reminder, never a punishment.

Not caught: anything that also talks about children, pupils, homework, learning, teachers or
the school ("孩子看电视时间怎么控制", "孩子追剧怎么办", "带孩子去看球赛"); greetings and small talk
without one of the topics. Staff are not judged.

```yaml
rules:
  R09:
    extra_topics: []
```
"""

from __future__ import annotations

from dataclasses import dataclass

from classmod.context import MessageContext
from classmod.hookspecs import RuleSpec, hookimpl
from classmod.model import Category, Severity, Verdict

from ._common import Lexicon, load_terms

NAME = "chat"
RULE_ID = "R09"

CHAT_TOPICS: tuple[str, ...] = load_terms("r09_chat_topics.txt")
EDUCATION_WORDS: tuple[str, ...] = (
    "孩子", "学生", "小孩", "儿子", "女儿", "宝贝", "宝宝", "娃", "小朋友", "同学", "作业",
    "学习", "功课", "教育", "老师", "学校", "班级", "班里", "上课", "课堂", "家长会", "考试",
    "成绩", "视力", "近视", "沉迷", "自律", "管教", "放学", "上学",
)  # fmt: skip
_TOPICS = Lexicon(CHAT_TOPICS)
_EDUCATION = Lexicon(EDUCATION_WORDS)
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
    if topic is None or _EDUCATION.first(folded) is not None:
        return None
    return topic


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
    topic = chat_topic(ctx.norm, s.extra_topics)
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
