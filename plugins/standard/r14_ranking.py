"""R14 ranking — 老师在群内公布学生成绩排名或可对比学生成绩优劣的信息。

Seed: 2.二.(一).6, 4.二.(一).6 "群内不得公布学生的成绩排名或可以对比学生成绩优劣的信息".

Judges everyone (LABELS.md: a teacher's list, or a parent posting other pupils' scores); a
parent's own children are left out of the names, so a parent speaking of their own child's
score or rank is never caught. What it catches, with roster pupils named (full name, or a
distinctive given name):

- a rank next to pupils: 排名, 名次, 第一名, 前十名, 倒数第…, 最高分, 年级第… in a message
  naming a pupil;
- a pupil's score: "何雨彤 98分", "张子涵考了100分", "满分：何雨彤、李明轩";
- a list of names with bare numbers: "何雨彤 98，张子涵 95" (two or more);
- without roster names, a rank list: "第一名：王小明 第二名：李华";
- without names, a ranking document: a text, file or image titled with a rank of results
  ("期中英语成绩排名.xlsx", "单元测试分数表（附名次）", "月考成绩表（按总分排序）"), and for files
  and images also a score sheet of the class ("期中考试各科成绩单");
- an order of results next to two or more pupils: "张三第一个背完，李四第二，王五最后一个过关";
- a class-internal contest's top list ("口算比赛前五名：…").

The verdict is MAJOR with ``delete`` and ``needs_staff``: the message goes, the teacher gets a
private note and the head teacher an alert (teachers are never muted for it).

Not caught: class statistics without names (平均分 85 分, 及格率 95%, "我班平均分年级第二");
praise without scores ("表扬何雨彤、张子涵作业书写工整"); competition awards ("何雨彤在区作文
比赛中获得一等奖", "…比赛获得第一名", 运动会); times and pages next to a name ("何雨彤明天8点
到校", "第15页"); a notice that scores are sent privately or not ranked ("成绩单已私发",
"本次考试不排名"); a paper report card to sign ("成绩单请签字带回", a text).

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
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, MessageKind, Severity, Verdict

from ._common import Lexicon, pupil_spans

NAME = "ranking"
RULE_ID = "R14"

_NUM = "[0-9一二三四五六七八九十两]"
_RANK = re.compile(
    rf"排名|名次|排行|第{_NUM}{{1,3}}名|前{_NUM}{{1,3}}(?:名|是|有)|倒数|最高分|最低分|年级第|班级第"
    r"|班里第|排第|垫底|全班最(?:高|低|好|差)|班里最(?:高|低)|最高的|最低的"
)
#: Awards and sports: a placing there is an honour, not a comparison of class results.
_AWARD = Lexicon(
    ("运动会", "校运会", "田径", "评选", "征文", "演讲", "获奖", "等奖", "奖状", "荣获", "锦标赛",
     "联赛", "选拔", "争光")
)  # fmt: skip
#: Sports: a placing is an honour, unless it is a test of the class ("跳绳测试成绩").
_SPORTS = Lexicon(
    ("跳绳", "跑步", "米跑", "男子组", "女子组", "团体", "接力", "拔河", "踢毽", "篮球", "足球",
     "乒乓", "羽毛球", "游泳", "跳远", "跳高", "战报")
)  # fmt: skip
_RESULTS = re.compile(r"成绩|分数|测试|考试|测验|体测")
#: A contest is an award when it is won ("获得第一名") or outside the school ("区…比赛"); a
#: class contest's top list ("口算比赛前五名") is a ranking.
_CONTEST = Lexicon(("比赛", "竞赛", "大赛"))
_OUTSIDE = re.compile(r"获|区|市|省|全国|县")
#: (a failing mark named without the score, "不及格的同学：李浩、刘欢", is a pupil's negative
#: fact, R15's: the corpora's writers label it student_privacy alone)
_SCORE = re.compile(
    r"\d{1,3}分(?!钟)|满分|全对|全部正确|错\d{1,2}个|错了\d{1,2}"
    r"|(?:考了|得了|成绩|分数|得分|考|都是|拿了)\d{1,3}(?!\d)"
)
_RESULT_WORD = "成绩|分数|得分|考试|测验|测试|月考|期中|期末|单元|听写|默写|口算|竞赛"
#: A document (any kind) that ranks results: "成绩排名", "分数表（附名次）", "按总分排序".
_RANK_TITLE = re.compile(
    rf"(?:{_RESULT_WORD}).{{0,8}}(?:排名|排序|名次|排行)|排名表|名次表|附名次|按总分|按分数|按成绩"
)
#: A score sheet of the class, counted when it is a file or an image.
_SCORE_SHEET = re.compile(r"成绩单|成绩表|分数表|分数单|成绩汇总|成绩统计|得分表|成绩册|分数统计")
_SHEET_KINDS = frozenset({MessageKind.FILE, MessageKind.IMAGE, MessageKind.LINK_CARD})
#: Scores sent privately, not ranked, or class-level only.
_PRIVATE = re.compile(
    r"不排名|不(?:在群里|在群内|再)?公布|不进行排名|不做排名|私发|私信|单独发|单独告知|短信"
    r"|不(?:在|往)(?:班级|班|家长|这个)?群(?:里|内)?(?:发|公布|晒)|撤回"
)
#: The class's own figures without a pupil named: "及格率95%", "本班平均88".
_CLASS_FIGURES = re.compile(r"平均|及格率|优秀率|我班|本班")
#: An order of results next to pupils: "第一个背完", "第二", "最后一个才过关".
_ORDINAL = re.compile(rf"^(?:是|为)?(?:第{_NUM}{{1,2}}(?:个|位|名)?|最后一(?:个|名|位))")
_RESULT_VERB = re.compile(r"背完|背诵|完成|过关|做完|写完|交|考|分|成绩|默写|听写|口算|跑完")
_BARE_NUMBER = re.compile(r"\d{2,3}(?!\d)")
_RANK_LIST = re.compile(rf"第{_NUM}{{1,3}}名\s*[:：，,、是为]?\s*[\u4e00-\u9fff]{{2,3}}")


#: Every verdict of this rule needs one of these (a digit, or a word of ranks, scores,
#: results or documents): one search spares most messages the rest.
_CAN_RANK = re.compile(r"[\d名第分满排序垫倒最低高前全错对成绩表单格]")


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
        if len(lists) >= 2 and not is_award(folded):
            return "、".join(lists[:3])
        return None
    rank = _RANK.search(folded)
    if rank is not None and not is_award(folded):
        return f"{names[0][2]}…{rank.group(0)}"
    ordered = [
        f"{pupil}{m.group(0)}"
        for _start, end, pupil in names
        if (m := _ORDINAL.match(folded[end : end + 6])) is not None
    ]
    if len(ordered) >= 2 and _RESULT_VERB.search(folded) and not is_award(folded):
        return "、".join(ordered[:3])
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
    if len(bare) >= 2 and not is_award(folded):  # "198个/分钟" in a sports result is no score
        return "、".join(bare[:3])
    # "满分的同学：何雨彤、张子涵" puts the score before the names
    before = folded[max(0, names[0][0] - max_gap) : names[0][0]]
    score = _SCORE.search(before)
    if score is not None and not is_award(folded):
        return f"{score.group(0)}…{names[0][2]}"
    return None


def is_award(folded: str) -> bool:
    """Whether the text is about an award or a sports placing (not a class ranking)."""
    if _AWARD.has(folded):
        return True
    if _SPORTS.has(folded) and _RESULTS.search(folded) is None:
        return True
    return _CONTEST.has(folded) and _OUTSIDE.search(folded) is not None


#: Talk about ranking rather than a ranking: asked ("月考会排名吗？", "会按成绩分班吗"), a rule
#: told ("学校规定成绩排名不公开"), or hearsay passed on ("听说要按成绩排座位": R08's).
_ABOUT_RANKING = re.compile(
    r"吗|么|呢|是不是|会不会|要不要|有没有|怎么|[?？]|不公开|规定|听说|要按|会按|将按|准备按"
)


#: A title that announces the results below it: "成绩排名如下", "名次见图".
_FOLLOWS = re.compile(r"如下|见下|见图|见附件|附后|以下")


def ranking_document(
    folded: str, kind: MessageKind = MessageKind.TEXT, raw: str = ""
) -> str | None:
    """What makes a text, file or image (by its title) a ranking of results, or None. A text
    is one only when it holds results after its title (a file or image is its title)."""
    if _PRIVATE.search(folded):
        return None
    title = _RANK_TITLE.search(folded)
    if title is None and kind in _SHEET_KINDS:
        title = _SCORE_SHEET.search(folded)
    if title is None:
        return None
    if kind not in _SHEET_KINDS and (
        _ABOUT_RANKING.search(raw or folded) is not None
        or (
            _BARE_NUMBER.search(folded, title.end()) is None
            and _FOLLOWS.search(folded, title.end()) is None
        )
    ):
        return None  # a question, a rule or hearsay about ranking, or a title with no results
    return title.group(0)


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.RANKING,
    summary="不在群内公布学生成绩排名或可对比学生成绩优劣的信息",
    settings=Settings,
    seed_clauses=("2.二.(一).6", "4.二.(一).6"),
    roles=ALL_ROLES,
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


#: The class's own figures, which the group may be told: its average, its place among the
#: classes ("物理班级平均71分", "期中数学我们班是年级第四").
_AGGREGATE = re.compile(
    r"(?:班级|全班|年级|我们班|咱班|本班|班上)?(?:的)?(?:平均分?|均分)(?:是|为|在)?\d{1,3}(?:\.\d)?分?"
    r"|(?:我们班|咱班|本班|全班|班级)(?:是|排|在|排在)?年级第[一二三四五六七八九十\d]+(?:名)?"
    r"(?:不是倒数)?"
)

#: How far back the list a 接龙 entry copies may be.
_LIST_LOOKBACK = 12


def joins_a_list(ctx: MessageContext) -> bool:
    """Whether a member's message is an entry of a 接龙: it opens with the list's first line
    and copies a list another member posted a little before, adding to it (the numbers in it
    are what each family wrote: sizes, counts, times, not results to compare)."""
    text = ctx.message.text.strip()
    if not text[:1].isdigit():
        return False
    for m in reversed(ctx.history[-_LIST_LOOKBACK:]):
        earlier = m.text.strip()
        if m.sender_id != ctx.message.sender_id and len(earlier) >= 4 and text.startswith(earlier):
            return not ctx.roster.is_staff(m.sender_id)  # not a teacher's list of results
    return False


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    if ctx.only_acknowledges:
        return []  # 收到, 好的谢谢老师, 👍: nothing of this rule's in an acknowledgement
    s = ctx.settings_for(Settings)
    folded = ctx.norm
    if _CAN_RANK.search(folded) is None:
        return []  # no digit and no word of a rank, score or result: nothing to rank
    names = pupil_spans(ctx)
    own = ctx.member.students
    if own and names:
        names = [span for span in names if span[2] not in own]
        if not names and not ctx.member.is_staff:
            return []  # a parent speaking of their own child (LABELS.md General 5)
    if _SCORE.search(folded) is None and (
        _PRIVATE.search(folded) is not None
        or (not names and _CLASS_FIGURES.search(folded) is not None)
    ):
        return []  # "学校不公布排名", "成绩单已私发", "本班平均88，及格率95%"
    if not ctx.member.is_staff and joins_a_list(ctx):
        return []  # "1. 班佳怡 33 2. 龙雨晴 32 3. 王欢 34": a 接龙 of shoe sizes grows
    evidence = ranking_document(folded, ctx.message.kind, ctx.message.text)
    if evidence is None and (names or "名" in folded):
        # the class's own figures are allowed (平均71分, 我们班是年级第四): masked, same length
        pupils_only = _AGGREGATE.sub(lambda m: "·" * len(m.group(0)), folded)
        evidence = ranking_evidence(pupils_only, ctx.message.text, names, max_gap=s.max_gap)
    if evidence is None and ctx.member.is_staff and ctx.message.reply_to:
        # a teacher answering a parent in the group: "94分，班里第6名" (LABELS.md)
        score, rank = _SCORE.search(folded), _RANK.search(folded)
        if score is not None and rank is not None and not is_award(folded):
            evidence = f"{score.group(0)}…{rank.group(0)}"
    if evidence is None:
        return []
    return [
        SPEC.verdict(
            severity=Severity.MAJOR,
            reason=(
                "按群规“群内不得公布学生的成绩排名或可以对比学生成绩优劣的信息”。"
                "学生个人成绩请私信告知家长，群里可以发班级整体情况（如平均分）或不带分数的表扬。"
            ),
            evidence=evidence,
            needs_staff=True,
            delete=True,
        )
    ]
