"""R15 student_privacy — 不在群内公布学生姓名连同违纪、惩罚或其他负面信息。

Seed: 1.7 "教师如通报学生违纪行为或其他不良现象，禁止在群内公布学生姓名，可单独与相应家长取得
联系"; 2.一.(二).6, 4.一.(二).6 "在群内一般只批评不良现象，不批评具体学生"; 2.二.(一).6,
4.二.(一).6 "不得发布学生的负面信息".

What it catches: a message — from anyone, teachers included — naming a roster pupil (full
name, or a distinctive given name; "何雨彤妈妈，…" names 何雨彤 too) within ``max_distance``
folded characters of a violation, punishment or negative fact: 打架, 作业没交, 被罚站, 违纪,
不及格, 偷东西, 撒谎, 迟到 … (``data/r15_negative_facts.txt``). The verdict is MINOR with
``delete``: the message goes and the sender gets a private note (staff: an alert only).

Not caught: a parent about their own child (the roster's guardians); a negated fact
("何雨彤今天没有迟到", "从不迟到"); bad behaviour without a name ("最近有同学上课讲话");
names without a negative fact (praise, 请假, 生病).

```yaml
rules:
  R15:
    max_distance: 30
    extra_terms: []       # more negative facts for this school
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classmod.context import MessageContext
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, Severity, Verdict

from ._common import RELATION_WORDS, Lexicon, corrects_others, load_terms, pupil_spans

NAME = "student_privacy"
RULE_ID = "R15"

NEGATIVE_FACTS: tuple[str, ...] = load_terms("r15_negative_facts.txt")
_NEGATIVE = Lexicon(NEGATIVE_FACTS)
_NEGATION = re.compile(r"(?:没有|没|不|未|从不|从没|从来不|不会|不要|别|防止|避免|杜绝|禁止|无)$")
_EXTRA: dict[tuple[str, ...], Lexicon] = {}


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    max_distance: int = 30
    extra_terms: tuple[str, ...] = ()


def _lexicon(extra: tuple[str, ...]) -> Lexicon:
    if not extra:
        return _NEGATIVE
    lexicon = _EXTRA.get(extra)
    if lexicon is None:
        lexicon = _EXTRA[extra] = Lexicon(NEGATIVE_FACTS + extra)
    return lexicon


#: Mistakes counted: "错了五个", "错3道".
_MISTAKES = re.compile(r"错了?[\d一二三四五六七八九十两几]+(?:个|道|处|题)")
_DEGREE = r"(?:也|都|又|总|总是|常|常常|确实|比较|有些|有点|一直|越来越|很|特别|还是|经常)*"
#: Negative facts with the adverbs teachers put inside them: "注意力也有些分散", "情绪确实比较
#: 低落", "入睡比较晚", "只吃小半碗", "最近两次小测都不理想", "概念没吃透", "话少了".
_FACT_FORMS = re.compile(
    r"(?:注意力|情绪|精神|状态|心情)" + _DEGREE + r"(?:分散|不集中|低落|不好|很差|不稳定|不高)"
    r"|(?:成绩|分数)" + _DEGREE + r"(?:下滑|下降|退步|不理想|很差|不及格|掉)"
    r"|(?:小测|测验|单元测|考试|期中|期末|听写|默写)[^，。]{0,4}?"
    + _DEGREE
    + r"(?:不理想|不及格|没及格|没过关|没过|很差|退步)"
    r"|入睡"
    + _DEGREE
    + r"晚|只吃(?:了)?(?:小)?半碗|吃得"
    + _DEGREE
    + r"少|没吃透|跟不上|话(?:变)?少了"
    r"|一个人坐着|不合群|不跟(?:同学|别人|大家)玩"
    # harm done to another child, in the forms a parent tells it: "方子健先推的莫凡",
    # "又抢我家佳琪的零食", "故意踢他", "先动手打了他" (not 推荐, 打电话, 抢答, 踢球)
    r"|(?:先|又|总是?|老是|故意|经常|一直|天天)(?:推(?:了|的|倒|人|我|他|她)|动手"
    r"|打(?:了|人|伤|哭|架|我|他|她)|踢(?:了|的|人|我|他|她)|咬(?:了|人|我|他|她)"
    r"|抢(?:了|走|我|他|她|人家|别人|东西|零食|玩具)|掐(?:了|我|他|她)|骂(?:了|人|我|他|她))"
    r"|抢(?:我家|我们家|人家|别人家?)[\u4e00-\u9fff]{0,4}?的(?:零食|东西|玩具|文具|橡皮|笔|书)"
    # another child's things taken, money demanded: "把我家思彤的橡皮拿走了", "抢我孙子的饭票",
    # "在放学路上堵我家丹丹要钱"
    r"|把(?:我家|我们家|我孙子|我孙女|我外孙女?|我儿子|我女儿|人家|别人家?|同学|同桌)[^。]{0,8}?的"
    r"[^。]{0,4}?(?:拿走|抢走|偷走|藏起来|弄丢)"
    r"|(?:抢|偷)(?:走)?(?:了)?(?:我家|我们家|我孙子|我孙女|我外孙女?|我儿子|我女儿|人家|别人家?)"
    r"[\u4e00-\u9fff]{0,4}?的|堵[^，。]{0,8}?要钱|勒索"
    # what was done to another's things or body: "把同桌的手背抓破了", "把汤打翻烫到了同学",
    # "把我们若曦的铅笔盒扔垃圾桶了", "把我家宇航的文具盒摔烂了"
    r"|把[^。]{0,12}?(?:抓|摔|撕|弄|打|踢|咬|扔|剪|划|推)(?:破|烂|坏|碎|翻|伤|哭|倒|进|到垃圾|垃圾)"
    r"|烫到了|追打|打架|塞纸条|扔垃圾桶|动过[^。]{0,4}柜子"
    # school work not done, in a teacher's words: "三次未交", "听写也错了一半", "提醒了三次都没听"
    r"|[一二三四五两\d]次(?:未交|没交|没带|迟到)|(?:作业|作业本)[^。]{0,6}(?:未交|没交)"
    r"|错了一半|错了[一二三四五六七八九十\d]+(?:道|个|处)|提醒了[^。]{0,4}(?:都)?没听"
    r"|扣分|需要加强|影响(?:学习|上课|别人)"
    # a fight and its marks: "因为抢篮球打起来了", "脸上被抓破了", "动起手来"
    r"|打起来|打了起来|动起手|扭打|推搡|被(?:抓|挠|打|咬|踢)(?:破|伤|肿|青|哭)|脸上[^，。]{0,3}?(?:破|伤|红肿)"
    # not paying attention, in class: "上课也经常趴着睡", "一直在下面玩东西，根本没听课"
    r"|趴(?:着|在桌上|桌子)睡|(?:上课|课上|课堂上)"
    + _DEGREE
    + r"(?:睡觉|打瞌睡|走神|开小差|讲话|讲小话|说话)"
    r"|(?:没|不)(?:在)?听课|根本没听|一直在(?:下面)?玩|在下面玩|做小动作|东张西望"
    # most of the work wrong: "错了一大半", "全错了"
    r"|错了(?:一大半|大半|很多|好多|不少)|全错了|大半都错"
    # done to one's own child by another, told by the parent: "把醋倒他碗里", "还骂他"
    r"|(?:倒|扔|吐|泼)(?:在|到|进)?(?:他|她)(?:的)?(?:碗|身上|头上|脸上|桌上|书包)"
    r"|还(?:骂|打|推|踢|咬|掐)(?:了)?(?:他|她|我们)"
    # poked, scratched, pulled, and who did the pushing: "拿铅笔戳她手背", "每次发脾气都抓俊凯",
    # "扯芷若孖辫", "说是庄严推的"
    r"|(?:拿|用)[^，。]{1,4}?(?:戳|扎|划|砸)|(?:戳|抓|扯|拽)(?:出|破|伤|哭)"
    r"|(?:都|又|先|总|老|老是|还)(?:抓|戳|扯|拽)(?:了)?(?:我家|人|他|她|[\u4e00-\u9fff]{2,3}的)"
    r"|扯[^，。]{0,3}?(?:辫|头发)|是[\u4e00-\u9fff]{2,3}推的|发脾气"
    # the dormitory's night: "熄灯后还开着手电筒看小说，吵得别人睡不着"
    r"|熄灯后[^，。]{0,8}?(?:看|玩|说话|讲话|吵)|吵得(?:别人|大家|同学|室友)"
    + r"|(?:上课|上堂|课上|课堂上)"
    + _DEGREE
    + r"(?:不专心|唔专心)"
    # crying, alone, listless, in other words: "晚上哭过两回", "老是哭", "哭到半夜", "课间常一个
    # 人在座位上", "比较孤单", "上课没精神"
    r"|哭(?:过|了|着|到|闹|鼻子|一会|得很|个不停)|(?:会|在|老是|总是|又|常常|经常|一直)哭"
    r"|孤单|孤独|一个人(?:在|坐|待|呆)|没(?:有)?(?:人|朋友)(?:跟|和|陪)(?:他|她)|没精神|无精打采|没精打采"
    # smoking, and taking without paying: "在厕所抽电子烟", "拿了两包零食没给钱"
    r"|抽(?:电子)?烟|吸烟|电子烟|没(?:给|付)钱|顺走|偷拿|偷(?:了|同学|别人)"
    # hurt: "滑倒", "头磕了个包", "拉伤了大腿", "崴了脚"
    r"|滑倒|磕(?:了个包|破|伤|出血)|拉伤|扭到|崴(?:了|到)?脚|缝了[\d一二三四五六七八九十几]+针"
    # talk of a pupil's romance, and things thrown: "传他和方若琳谈恋爱", "书包扔到厕所里"
    r"|谈恋爱|处对象|扔(?:到|进|在)[^，。]{0,3}?(?:厕所|垃圾|地上|楼下|窗外|水里)"
    # at night with a phone or a game: "用手机打游戏到十二点", "手机已没收", "手机已经收了"
    r"|(?:打|玩)游戏(?:打|玩)?到|手机(?:已|已经|被)?没收|用手机(?:打|玩)游戏|手机(?:已经|已|被)收了"
    r"|睡得(?:很|比较|太)?晚"
    # tired in class, work going wrong, a draft missed, others' work taken: "上课有点疲惫",
    # "正确率也比上学期低", "错过了一次初稿", "几乎什么都没做", "拿去抄了好几次"
    r"|(?:上课|课上)[^，。]{0,4}?(?:疲惫|犯困|打不起精神)|正确率[^，。]{0,8}?(?:低|下降|差)"
    r"|错过了[^，。]{0,4}?(?:初稿|截止|期限|作业|考试)|什么都没(?:做|干)|啥都没(?:做|干)|拿去抄"
    # missing school, danger sought, a push, a scratch, a thing kept: "三天没来上学", "一个人去
    # 河边玩水", "推到路边的水沟里", "脸上一道血印子", "拿去耍了一直没还"
    r"|[\d一二三四五六七八九十两几]+天没(?:来|去)(?:上学|学校)?|(?:河边|水库|池塘|水沟)[^，。]{0,4}?玩水"
    r"|推(?:到|进|过|下)(?:了)?|血印|印子|抓痕|(?:一直|还)没还"
    # a child's distress shown at school: "下午容易烦躁", "咬手的动作", "情绪激动要冲出教室"
    r"|烦躁|咬手|情绪激动|冲出教室"
)


_FAMILY = (*RELATION_WORDS, "妈", "爸")
#: A teacher's answer that soothes the family or moves the matter to a private talk.
_TAKES_IT_PRIVATE = re.compile(
    r"私聊|私下|单独(?:聊|说|沟通|联系)|打电话|电话(?:联系|沟通)|问题不大|别担心|您放心|先冷静"
    r"|不用担心|不要担心|没什么大碍|无大碍|没大碍"
)


def negative_facts(folded: str, lexicon: Lexicon = _NEGATIVE) -> list[tuple[int, str]]:
    """``(start, term)`` of each negative fact in normalised text that is not negated."""
    facts: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in _MISTAKES.finditer(folded)]
    facts += [(m.start(), m.group(0)) for m in _FACT_FORMS.finditer(folded)]
    for start, term in lexicon.find_all(folded):
        if term[0] in "没不未" or not _NEGATION.search(folded[max(0, start - 3) : start]):
            facts.append((start, term))
    return facts


def exposed_pupil(
    folded: str,
    names: list[tuple[int, int, str]],
    own: tuple[str, ...] = (),
    *,
    max_distance: int = 30,
    lexicon: Lexicon = _NEGATIVE,
) -> tuple[str, str] | None:
    """``(pupil, fact)`` for a pupil other than ``own`` named near a negative fact."""
    others = [(s, e, p) for s, e, p in names if p not in own]
    if not others:
        return None
    facts = negative_facts(folded, lexicon)
    # "我家浩宇不小心把聂梓晴的文具盒弄坏了": who is named inside a 把 phrase was harmed
    harmed = [(b, b + len(t)) for b, t in facts if t[0] == "把"]
    for fact_start, term in facts:
        fact_end = fact_start + len(term)
        for start, end, pupil in others:
            if any(b < start < e and b <= fact_start < e for b, e in harmed):
                continue
            if start - fact_end <= max_distance and fact_start - end <= max_distance:
                return pupil, term
    return None


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.STUDENT_PRIVACY,
    summary="不在群内点名学生的违纪、惩罚或其他负面信息，请单独与家长联系",
    settings=Settings,
    seed_clauses=("1.7", "2.二.(一).6", "2.一.(二).6", "4.一.(二).6", "4.二.(一).6"),
    roles=ALL_ROLES,
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    if ctx.only_acknowledges:
        return []  # 收到, 好的谢谢老师, 👍: nothing of this rule's in an acknowledgement
    s = ctx.settings_for(Settings)
    folded = ctx.norm
    # a parent's "沐晨妈妈别担心", "@宋佳宁妈妈 …": a name before a relation word speaks to
    # the family, not about the pupil (a teacher's "请宋铭泽家长注意，孩子…" reports on them)
    # ... unless the teacher answers that family and takes it private, as the rule asks
    # ("俊熙妈妈，就错了一道应用题，问题不大，晚上我们私聊说说")
    names = pupil_spans(ctx)
    if not names:
        return []  # no pupil named (most messages)
    if (
        not ctx.member.is_staff
        or _TAKES_IT_PRIVATE.search(folded) is not None
        # "马俊豪爸爸，请立即撤回…": the family told to take a post down, not about the pupil
        or corrects_others(folded)
    ):
        names = [(b, e, p) for b, e, p in names if not folded.startswith(_FAMILY, e)]
    if not names:
        return []
    found = exposed_pupil(
        folded,
        names,
        ctx.member.students,
        max_distance=s.max_distance,
        lexicon=_lexicon(s.extra_terms),
    )
    if found is None:
        return []
    pupil, fact = found
    return [
        SPEC.verdict(
            severity=Severity.MINOR,
            reason=(
                "按群规“通报学生违纪行为或其他不良现象，禁止在群内公布学生姓名，可单独与相应家长"
                "取得联系”。涉及具体学生的情况请私下与老师或家长沟通。"
            ),
            evidence=f"{pupil}…{fact}",
            delete=True,
        )
    ]
