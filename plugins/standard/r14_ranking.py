"""R14 ranking — 老师在群内公布学生成绩排名或可对比学生成绩优劣的信息。

Seed: 2.二.(一).6, 4.二.(一).6 "群内不得公布学生的成绩排名或可以对比学生成绩优劣的信息".

Judges teachers' messages (head teacher and subject teachers). What it catches, with roster
pupils named (full name, or a distinctive given name):

- a rank next to pupils: 排名, 名次, 第一名, 前十名, 倒数第…, 最高分, 年级第… in a message
  naming a pupil;
- a pupil's score: "何雨彤 98分", "张子涵考了100分", "满分：何雨彤、李明轩";
- a list of names with bare numbers: "何雨彤 98，张子涵 95" (two or more);
- without roster names, a rank list: "第一名：王小明 第二名：李华".

The verdict is MAJOR with ``delete`` and ``needs_staff``: the message goes, the teacher gets a
private note and the head teacher an alert (teachers are never muted for it).

Not caught: class statistics without names (平均分 85 分, 及格率 95%); praise without scores
("表扬何雨彤、张子涵作业书写工整"); competition awards ("何雨彤在区作文比赛中获得一等奖",
"…比赛获得第一名"); times and pages next to a name ("何雨彤明天8点到校", "第15页").

```yaml
rules:
  R14:
    max_gap: 8    # how far (folded characters) a score may follow a pupil's name
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classmod.context import MessageContext
from classmod.hookspecs import RuleSpec, hookimpl
from classmod.model import Category, Role, Severity, Verdict

from ._common import Lexicon, pupil_matcher

NAME = "ranking"
RULE_ID = "R14"

_NUM = "[0-9一二三四五六七八九十两]"
_RANK = re.compile(
    rf"排名|名次|排行|第{_NUM}{{1,3}}名|前{_NUM}{{1,3}}名|倒数|最高分|最低分|年级第|班级第"
)
_AWARD = Lexicon(
    ("比赛", "竞赛", "大赛", "运动会", "评选", "征文", "演讲", "获奖", "等奖", "奖状", "荣获",
     "锦标赛", "联赛", "选拔")
)  # fmt: skip
_SCORE = re.compile(r"\d{1,3}分(?!钟)|满分|不及格|零分|(?:考了|得了|成绩|分数|得分|考)\d{1,3}")
_BARE_NUMBER = re.compile(r"\d{2,3}(?!\d)")
_RANK_LIST = re.compile(rf"第{_NUM}{{1,3}}名\s*[:：，,、是为]?\s*[\u4e00-\u9fff]{{2,3}}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    max_gap: int = 8


def ranking_evidence(
    folded: str, raw: str, names: list[tuple[int, int, str]], *, max_gap: int = 8
) -> str | None:
    """What makes the message a ranking or score comparison, or None (see module doc).

    ``folded`` is the normalised text, ``names`` the pupil spans in it, ``raw`` the text as
    typed (for rank lists of pupils the roster does not know).
    """
    if not names:
        lists = _RANK_LIST.findall(raw)
        if len(lists) >= 2 and _AWARD.first(folded) is None:
            return "、".join(lists[:3])
        return None
    rank = _RANK.search(folded)
    if rank is not None and _AWARD.first(folded) is None:
        return f"{names[0][2]}…{rank.group(0)}"
    bare: list[str] = []
    for i, (_start, end, pupil) in enumerate(names):
        stop = names[i + 1][0] if i + 1 < len(names) else len(folded)
        window = folded[end : min(stop, end + max_gap)]
        score = _SCORE.search(window)
        if score is not None:
            return f"{pupil}{window[: score.end()]}"
        number = _BARE_NUMBER.match(window)
        if number is not None:
            bare.append(f"{pupil}{number.group(0)}")
    if len(bare) >= 2:
        return "、".join(bare[:3])
    # "满分的同学：何雨彤、张子涵" puts the score before the names
    before = folded[max(0, names[0][0] - max_gap) : names[0][0]]
    score = _SCORE.search(before)
    if score is not None and _AWARD.first(folded) is None:
        return f"{score.group(0)}…{names[0][2]}"
    return None


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return RuleSpec(
        id=RULE_ID,
        name=NAME,
        category=Category.RANKING,
        summary="不在群内公布学生成绩排名或可对比学生成绩优劣的信息",
        settings=Settings,
        seed_clauses=("2.二.(一).6", "4.二.(一).6"),
        roles=frozenset({Role.HEAD_TEACHER, Role.TEACHER}),
    )


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    s: Settings = ctx.settings or Settings()
    folded = ctx.norm
    names = pupil_matcher(ctx.roster).spans(folded)
    if not names and "名" not in folded:
        return []
    evidence = ranking_evidence(folded, ctx.message.text, names, max_gap=s.max_gap)
    if evidence is None:
        return []
    return [
        Verdict(
            rule_id=RULE_ID,
            category=Category.RANKING,
            severity=Severity.MAJOR,
            reason=(
                "按群规“群内不得公布学生的成绩排名或可以对比学生成绩优劣的信息”，这条消息已撤回。"
                "学生个人成绩请私信告知家长，群里可以发班级整体情况（如平均分）或不带分数的表扬。"
            ),
            evidence=evidence,
            needs_staff=True,
            delete=True,
        )
    ]
