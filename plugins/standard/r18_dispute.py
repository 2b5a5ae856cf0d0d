"""R18 dispute — 群内争执或家长负面情绪：引导私下解决，并通知班主任。

Seed: 2.二.(一).8 "不得在群内与家长发生争执，当家长在群内出现负责情绪时，应当引导家长以私密的方式
解决"; 4.二.(一).8 "当家长在群内出现负责情绪时，教师应当引导家长以私密的方式解决".

What it catches, from anyone (a teacher in an argument too):

- **argument**: a heated line aimed at another member — 你凭什么, 你什么意思, 你算老几, 有本事你,
  别血口喷人, 关你什么事, 管好你家孩子, 你再说一遍 …; or a weaker sign (凭什么, 说清楚, 道歉,
  过分, "！！！", "？？？") in a reply to or mention of a member who, within the last
  ``exchange_window`` messages, replied to or mentioned the sender or was heated themselves:
  a back-and-forth.
- **emotion**: a member's angry message at the school or a teacher — 太不负责任了, 气死我了,
  忍无可忍, 讨个说法, 怎么当老师的, 误人子弟 …; or 投诉 / 举报 / 教育局 / 12345 / 曝光 together
  with an angry sign ("！", "？？", 凭什么).

The verdict is MINOR with ``needs_staff`` and no ``delete``: the head teacher is alerted and
the members are guided to a private channel.

Not caught: a calm question ("请问投诉食堂的问题找谁？"), a confused "明天几点？？？" that
answers nobody, strong punctuation in excitement ("太棒了！！！"). Insults themselves are R05
abuse; complaints as such are R12 slander.

```yaml
rules:
  R18:
    exchange_window: 8
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from classmod.rules.standard.lexicon import Hit, lexicons_found

from classmod.context import MessageContext
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, Message, Severity, Verdict

from ._common import (
    Lexicon,
    corrects_others,
    gate_for,
    norm,
    pupils_named,
    said_norm,
    without_addresses,
)
from .r04_illegal import Settings as IllegalSettings
from .r04_illegal import find_illegal_terms, offers_of, threatens
from .r05_abuse import Settings as AbuseSettings
from .r05_abuse import abuse_in_use, find_abuse_terms
from .r09_chat import chat_topic, joins_chat
from .r12_slander import Settings as SlanderSettings
from .r12_slander import accusation, find_slander
from .r13_incitement import Settings as IncitementSettings
from .r13_incitement import find_incitement

NAME = "dispute"
RULE_ID = "R18"

HEATED: tuple[str, ...] = (
    "你凭什么", "凭什么说我", "凭什么说我家", "你什么意思", "你这是什么意思", "你算老几",
    "你算什么东西", "有本事你", "你有本事", "血口喷人", "关你什么事", "关你啥事", "关你屁事",
    "管好你自己", "管好你家孩子", "管好你家", "少管闲事", "你再说一遍", "你说谁呢", "说谁呢",
    "你懂什么", "你闭嘴", "给我闭嘴", "别污蔑", "污蔑我", "你家孩子才", "讲不讲道理", "欺人太甚",
    "走着瞧", "你等着", "不可理喻", "无理取闹", "你给我道歉", "必须给我道歉", "你先搞清楚",
    "你吼什么", "你骂谁", "你这人怎么说话", "有没有点素质", "有点公德心", "你这种家长", "扣帽子",
    "还我公道", "站出来", "管不管", "能不能管管", "看人下菜碟", "敷衍", "推给家长", "投诉你",
    "天天要钱", "到底有没有考虑", "太磨蹭了", "闭嘴", "神经病", "狗东西", "sb吧你", "滚吧", "滚开",
    "管管自己孩子", "管好自己孩子", "多管管自己", "管好自己家",
    "滚蛋", "凭什么罚", "用得着在群里说",
)  # fmt: skip
WEAK: tuple[str, ...] = (
    "凭什么", "说清楚", "道歉", "过分", "什么意思", "搞清楚", "别乱说", "胡说", "瞎说", "冤枉",
    "莫名其妙", "你们家", "你家孩子",
    # pushing back in an exchange
    "别误会", "没凭没据", "没证据", "别乱讲", "乱讲", "你这话", "难听", "至于吗", "有理了",
    "别什么都", "赖别人", "往别人身上", "冲我来", "你信吗", "护着", "轮得到你", "当好人",
    "爱信不信", "又没说", "不是这么个", "回去问问", "你才", "你家才", "别血口", "上纲上线",
    "谁心里清楚", "心里都有数", "帮学校说话", "你是没", "你懂个",
    "当然这么说", "一伙的", "又没人逼你", "可以不来", "你就别", "碍着谁了", "别误会",
    "没必要", "何必", "说话注意点", "注意点", "你当然", "站着说话不腰疼", "风凉话", "你怎么知道",
    "你在现场", "不能乱说", "有证据吗", "有什么用", "有啥用", "你说谁", "好意思", "一面之词",
    "少在这", "装好人", "传声筒", "这也要", "谁知道", "无风不起浪", "还不是", "说了算",
    "好好教育", "不是这么说的", "别光听", "负得起", "你负责", "客气点", "有种冲我来",
)  # fmt: skip
EMOTION: tuple[str, ...] = (
    "太不负责任", "不负责任", "气死我了", "气死人", "气死了", "太过分了", "忍无可忍", "受够了",
    "讨个说法", "给个说法", "太失望了", "寒心", "破学校", "怎么当老师", "怎么当的老师",
    "不配当老师", "误人子弟", "什么老师啊", "这是什么学校", "太让人失望",
)  # fmt: skip
#: Anger idioms: a grievance when the message is about a school or class matter (anger at a
#: football match is chat, LABELS.md).
ANGER: tuple[str, ...] = (
    "窝火", "气不打一处来", "火大", "来气", "憋屈", "看透了", "受不了了", "忍不了", "太欺负人",
    "说好的公平", "为什么每次", "凭什么每次", "一个说法都没有", "没个说法", "不让人省心",
    "糟心", "闹心", "堵得慌", "血压都上来", "气得我", "心寒", "太离谱", "离谱",
    "不能就这么算了", "咽不下", "这口气", "不爽", "越想越", "烦躁", "心烦", "我很不满", "很不满",
    "真不舒服", "心里不好受", "很难受", "心都碎了",
    "气人", "很不舒服", "没完没了", "乱成一锅粥", "太不像话", "不像话", "想想就气", "越想越气",
    "挺失望", "很失望", "好失望", "我也不高兴", "我很不高兴", "哪次不是", "哪回不是",
    "upset", "so angry", "frustrated",
)  # fmt: skip
_SCHOOL_MATTER = (
    "学校", "老师", "班主任", "校长", "班里", "班级", "孩子", "作业", "食堂", "收费", "家委会",
    "考试", "成绩", "课", "通知", "开放日", "活动", "家长会", "义卖", "运动会", "班费", "学费",
    "伙食", "校服", "点名",
    # the class's daily life: seats, the gate, punishments, other pupils
    "座位", "黑板", "放学", "上学", "校门", "门口", "罚", "同学", "体育课", "上课", "班上",
    "年级", "接孩子", "排座", "训练", "教练", "校队",
    # marks and honours: "分数三个人一样", "评优", "推优"
    "分数", "打分", "评分", "分组", "小组", "评优", "推优", "三好",
)  # fmt: skip
#: An apology or a calm word ends a quarrel; it does not continue it.
_CALM = (
    "对不起", "抱歉", "不好意思", "我的错", "我误会了", "是我误会", "私聊", "私下", "道歉",
    "考虑不周", "说得对", "说得是", "别介意", "面谈",
)  # fmt: skip
#: A parent telling the group another pupil harmed their own child: a grievance about a
#: class matter, and the start of a quarrel between families.
HARM: tuple[str, ...] = (
    "推了", "推倒", "打了", "打我", "抢走", "抢了", "扔进", "扔出", "扔地上", "踢了", "咬了",
    "欺负", "弄坏", "摔坏", "撕了", "撕坏", "掐", "骂我家", "堵我", "要钱",
    "先动的手", "先动手", "抓伤", "抓出", "打伤", "咬了", "弄伤", "推的", "抢走", "扔地上",
    "打了我家", "欺负我家", "抓了", "抓的", "咬的", "咬了他", "咬了她", "绊", "推到", "推进",
)  # fmt: skip
OWN_CHILD: tuple[str, ...] = ("我家", "我们家", "我儿子", "我女儿", "我闺女", "我家孩子")
COMPLAINT: tuple[str, ...] = ("投诉", "举报", "12345", "曝光", "找媒体", "找记者")
#: Calls on everyone to act are R13 incitement, not one member's emotion.
_COLLECTIVE = Lexicon(("大家一起", "一起去", "联名"))

_HEATED = Lexicon(HEATED)
_WEAK = Lexicon(WEAK)
_EMOTION = Lexicon(EMOTION)
_COMPLAINT = Lexicon(COMPLAINT)
_HARM = Lexicon(HARM)
_ANGER = Lexicon(ANGER)
_SCHOOL = Lexicon(_SCHOOL_MATTER)
_CALM_WORDS = Lexicon(_CALM)
#: Someone calming the others down: "有建议可以跟家委会说", "已经道歉撤回了".
_CALMING = re.compile(
    r"有(?:问题|意见|建议|想法)(?:的话)?(?:可以|欢迎)|已经道歉|冷静一下|大家冷静"
    # making peace: "大家别这么说吧", "都少说两句", "消消气", "到此为止"
    r"|(?:大家|都|咱们|两位)?别这么说|少说两句|(?:都|大家)?别吵了?|消消气|到此为止|各退一步|请(?:先)?停一下"
)
_OWN_CHILD = Lexicon(OWN_CHILD)
#: How close a reply must follow a contentious message to be part of the exchange.
#: A teacher moving a matter to a meeting ("当面说清楚", "来学校当面聊").
_FACE_TO_FACE = re.compile(
    r"当面(?:说|聊|谈|沟通|交流|解决)|见面(?:聊|谈|说)"
    # ... or to a call, or out of the group: "当面把事情说清楚", "我中午给您打电话一项一项说清楚",
    # "群里先不讨论了"
    r"|当面[^。]{0,8}?说清楚|(?:电话|打电话)[^。]{0,10}?(?:说清楚|沟通|说)|群里(?:先|就|不再|别)?不?(?:再)?(?:讨论|说|聊)"
)
#: A warning against a scam or an impostor.
_WARNS = re.compile(r"不要理会|别理会|不要相信|别相信|谨防|冒充|诈骗|骗子|举报")
_EXCHANGE_WITHIN = timedelta(minutes=15)
_ANGRY_PUNCT = re.compile(r"[!！?？]{3,}|[?？][!！]|[!！][?？]")
_ANY_EXCLAIM = re.compile(r"[!！]|[?？]{2,}")
#: Any word of the lexicons that can make a verdict: a text with none of them can only be
#: judged by its angry punctuation (one regex pass instead of a search per lexicon).
_ANY_WORD = Lexicon(
    term
    for lexicon in (_HEATED, _WEAK, _EMOTION, _COMPLAINT, _ANGER)  # every word _weak, emotion
    for term in lexicon.terms  # and the heated check read
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    exchange_window: int = 8


def heat(text: str) -> str | None:
    """A heated or weaker angry sign in ``text`` (raw), or None."""
    return _HEATED.first(norm(text)) or _weak(text, norm(text))


def _weak(text: str, folded: str) -> str | None:
    """:func:`heat` once ``_HEATED`` is known to be absent from ``folded``."""
    term = _WEAK.first(folded)
    if term is not None:
        return term
    punct = _ANGRY_PUNCT.search(text)
    return punct.group(0) if punct else None


def emotion(text: str, folded: str | None = None) -> str | None:
    """A member's anger at the school or a teacher in ``text`` (raw), or None. ``folded``:
    ``normalize(text)`` when already computed."""
    if folded is None:
        folded = norm(text)
    if _COLLECTIVE.has(folded):
        return None
    term = _EMOTION.first(folded)
    if term is not None:
        return term
    term = _ANGER.first(folded)
    if term is not None and _SCHOOL.has(folded):
        return term
    complaint = _COMPLAINT_STRICT.search(text) if _COMPLAINT_STRICT_NEEDS.search(text) else None
    if complaint is not None and _SCHOOL.has(folded):
        return complaint.group(0)
    complained = _COMPLAINT.first(folded)
    if complained is not None and (
        _ANY_EXCLAIM.search(text) or _WEAK.first(folded) or _HEATED.first(folded)
    ):
        return complained
    return None


#: Whom anger can be aimed at in a school matter: the school, its staff, its money, other
#: families ("气死我了" with none of them is a parent venting at home news).
#: Hurt at a class matter: what makes "能不能别在群里点名" a grievance rather than a correction.
_HURT = re.compile(
    r"不舒服|难受|不好受|不满|哭了|哭着|面子|抬不起头|笑话他|笑话她|委屈|伤心|心都碎|过分"
)
_ANGER_TARGET = re.compile(
    r"学校|校长|老师(?![。！!～~]*$)|班主任|食堂|收费|收钱|乱收|回扣|班费|家委|你们|你家|他家|她家"
    r"|别人家|凭什么|为什么|怎么回事|说法"
)


def _vented_privately(ctx: MessageContext, folded: str) -> bool:
    """Anger at one's own child, named ("嘉豪这次才98，全是计算失误，气死我了", "思彤把书包拉链
    拽坏了😂"), or at an off-topic thing (a match: chat, LABELS.md): no grievance."""
    if chat_topic(folded) is not None or joins_chat(ctx) is not None:
        return True
    own = _OWN_CHILD.has(folded) or any(
        len(p) >= 2 and p[-2:] in folded for p in ctx.member.students
    )
    return own and _ANGER_TARGET.search(folded) is None


#: A typed mention ("@高远爸爸 你就别…"): platforms that carry no mention ids, or a member
#: who types the name.
_TYPED_MENTION = re.compile(r"@([^\s@，,：:。！!？?]{2,12})")


def _targets(ctx: MessageContext) -> set[str]:
    targets = set(ctx.message.mentions)
    if ctx.replied is not None:
        targets.add(ctx.replied.sender_id)
    if "@" in ctx.message.text:
        for typed in _TYPED_MENTION.findall(ctx.message.text):
            for earlier in reversed(ctx.history):
                name = earlier.display_name
                if name and (name.startswith(typed) or typed.startswith(name)):
                    targets.add(earlier.sender_id)
                    break
    targets.discard(ctx.message.sender_id)
    return targets


def _back_and_forth(ctx: MessageContext, targets: set[str], window: int) -> bool:
    sender = ctx.message.sender_id
    recent: list[Message] = list(ctx.history[-window:]) if window > 0 else []
    mine = {m.id for m in recent if m.sender_id == sender}
    for m in recent:
        if m.sender_id not in targets:
            continue
        if m.reply_to in mine or sender in m.mentions or heat(m.text) is not None:
            return True
    return False


#: How anger shows in an accusation or a call to act (LABELS.md: a calm, gossiping claim is
#: slander alone; voiced in anger or as a complaint it is a dispute too).
_RHETORIC = re.compile(
    r"凭什么|为什么|难道|有意思吗|什么意思|还谈什么|怎么能|还敢不敢|能拿我们怎么样|看学校|咽不下"
    r"|不能就这么算了|太过分|过分|真是的|受不了|凭啥|说好的"
    r"|说白了|有什么用|有啥用|从来不|从来没|就知道|根本不|一点都不|坑家长|真是坑|不靠谱|也不知道"
)
#: A complaint by its form alone, strict enough to stand without an angry word: "这又收？",
#: "有必要这样吗", "能不能别在群里点名" (a plain question with 吗？ is not one).
_COMPLAINT_STRICT = re.compile(
    # "这又收？", "又要交钱？" (not the plain question "还要再带一套吗？")
    r"(?:又|还|再)(?:收|改|交|要|取消|调|拖)[^，。？?吗]{0,8}[？?]|有必要这样吗|能不能别|"
    r"别在群里点|多难受|多没面子|看着都不舒服|这样(?:真的)?好吗"
    r"|(?:罚站|点名|批评|体罚|罚抄|留堂)[^。]{0,12}合适吗[？?]"
    # "在群里一比，我们做家长的心里好受么？"
    r"|心里(?:好受|舒服)(?:吗|么)[？?]"
    # the fairness of a class matter put in doubt: "最后分数三个人一样，这公平吗？"
    r"|这(?:样|还|也)?(?:叫|算)?(?:公平|公正|合理)(?:吗|么|嘛)?[？?]"
)
_COMPLAINT_STRICT_NEEDS = gate_for(_COMPLAINT_STRICT)
#: A complaint by its form, as a sign of anger in an accusation: the strict forms above,
#: and a rhetorical 呢？/吗？ ("发票呢？") …
_COMPLAINT_FORM = re.compile(
    r"(?:又|还|再)(?:收|改|交|要|取消|调|拖)[^，。？?]{0,8}[？?]|[呢吗][？?]|有必要这样吗|能不能别|"
    r"别在群里点|多难受|多没面子|看着都不舒服|太大了|太多了"
)


def angry(text: str, folded: str) -> bool:
    """Whether a message is voiced in anger or as a complaint: its words, its exclamation
    marks, its rhetoric, a complaining question ("这又收？")."""
    return bool(
        "!" in text
        or "！" in text
        or _RHETORIC.search(folded)
        or (text and _COMPLAINT_FORM.search(text))
        or _EMOTION.has(folded)
        or _ANGER.has(folded)
        or _HEATED.has(folded)
    )


#: A message that begins by speaking to a teacher: "宋老师，…", "老师您好".
_TO_TEACHER = re.compile(r"^[\u4e00-\u9fff]{0,4}老师")
#: Profanity-derived words people also praise with (abuse by LABELS.md, but no grievance).
_PRAISE = frozenset({"牛逼", "牛b", "牛x", "牛批", "牛掰", "nb"})
#: Vulgar exclamations that open praise as well as anger ("卧槽，太好看了").
_EXCLAIMS = frozenset({"卧槽", "我靠", "握草", "wc", "我去", "卧靠", "我草"})
_PRAISING = re.compile(r"牛|厉害|棒|好看|漂亮|爽|帅|可爱|入选|优秀|太强|绝了|nb|获奖|第一")
#: Someone an insult is aimed at: 你, a family (谁家, 你家), 有些人, 这种人 …
_PERSON = re.compile(r"你|谁家|有些人|这种人|那种人|有的人|有的家长|某些家长|家长|他家|她家")
#: The standard lexicons a grievance needs a hit of (besides R12's grammar, below).
_GRIEVANCE_LEXICONS = frozenset({"slander", "incitement", "illegal", "abuse"})
_SLANDER_DEFAULTS = SlanderSettings()
_INCITEMENT_DEFAULTS = IncitementSettings()
_ILLEGAL_DEFAULTS = IllegalSettings()
_ABUSE_DEFAULTS = AbuseSettings()


class _Finders:
    """The other rules' finders on a normalised text; through the context's facts for the
    message being judged, so what R04, R05, R12 and R13 found is not worked out again."""

    __slots__ = ("ctx", "folded")

    def __init__(self, folded: str, ctx: MessageContext | None) -> None:
        self.folded, self.ctx = folded, ctx

    def slander(self) -> tuple[str, list[Hit]]:
        if self.ctx is None:
            return find_slander(self.folded)
        if "R12" in self.ctx.vetoed:
            return "", []  # staff confirmed such messages are no slander
        return self.ctx.fact_for(
            find_slander, _SLANDER_DEFAULTS, lambda: find_slander(self.folded, _SLANDER_DEFAULTS)
        )

    def incitement(self) -> tuple[str, list[Hit]]:
        if self.ctx is None:
            return find_incitement(self.folded)
        if "R13" in self.ctx.vetoed:
            return "", []
        return self.ctx.fact_for(
            find_incitement,
            _INCITEMENT_DEFAULTS,
            lambda: find_incitement(self.folded, _INCITEMENT_DEFAULTS),
        )

    def illegal(self) -> list[Hit]:
        if self.ctx is None:
            return find_illegal_terms(self.folded)
        if "R04" in self.ctx.vetoed:
            return []
        ctx = self.ctx
        if self.folded != ctx.norm:  # the writer's own words of a message reporting speech
            return find_illegal_terms(self.folded, _ILLEGAL_DEFAULTS)
        return ctx.fact_for(
            find_illegal_terms,
            _ILLEGAL_DEFAULTS,
            lambda: find_illegal_terms(self.folded, _ILLEGAL_DEFAULTS, offers=offers_of(ctx)),
        )

    def abuse(self) -> list[Hit]:
        if self.ctx is None:
            return find_abuse_terms(self.folded)
        if "R05" in self.ctx.vetoed:
            return []
        return abuse_in_use(self.ctx, _ABUSE_DEFAULTS)  # words quoted to talk about them go


#: An accusation voiced as one's own grievance rather than passed on: one's own child hurt
#: by it ("我家孩子说今天午饭的肉是臭的"), where the money went ("这钱到底去哪了", "进了谁
#: 的口袋谁心里清楚", "懂的都懂"), or siding with a complaint just made ("就是，…", "我家也是").
_OWN_GRIEVANCE = re.compile(
    r"^(?:就是|对|没错|我家也|我们家也|我也是|我家孩子|我家娃|我们孩子)"
    r"|到底|进了谁|去哪了|花哪|谁心里清楚|谁不知道|懂的都懂|大家心里都有数|摆明了"
)
_PASSED_ON = re.compile(
    r"听说|听别的|听人说|打听|据说|你们知道吗|同事|亲戚|朋友说"
    # heard from someone named: "俺听楼下老李太太说", "听人讲"
    r"|听[^，。！？!?]{0,10}(?:说|讲)"
)


def _voices_grievance(folded: str) -> bool:
    return _OWN_GRIEVANCE.search(folded) is not None and _PASSED_ON.search(folded) is None


def grievance(
    folded: str, *, addressed: bool, text: str = "", ctx: MessageContext | None = None
) -> str | None:
    """Why a non-staff message is contentious on its own, or None: it accuses the school or a
    teacher (R12's words), calls for action against them (R13's), threatens (R04 violence),
    insults someone it addresses (R05, with 你 or a reply/mention), or tells of another pupil
    harming one's own child. LABELS.md: slander, incitement and insults in a quarrel are
    voiced as grievances; one list of these words (the rules' own) serves both."""
    find = _Finders(folded, ctx)
    sub_rule, _ = find.slander()
    if sub_rule and (angry(text or folded, folded) or _voices_grievance(folded)):
        # an angry accusation, or one voiced as one's own grievance; a claim passed on
        # calmly ("听说…") is slander alone
        return "slander"
    sub_rule, _ = find.incitement()
    if sub_rule:
        # a call to act against the school, or a "count me in", voices a grievance at it
        # (LABELS.md dispute (b)), calm or not
        return "incitement"
    if any(h.tag == "violence" for h in find.illegal()) and _AT_A_SCAMMER.search(folded) is None:
        # a threat against another family is a quarrel, whoever it names (one at the scammer
        # who took an account over is R04's alone: no member is its other side)
        return "threat"
    abuse = find.abuse()
    if abuse and _PRAISING.search(folded) and all(h.term in _PRAISE | _EXCLAIMS for h in abuse):
        abuse = []  # "卧槽这也太牛X了，孩子的画入选了": vulgar in praise is abuse, no grievance
    if ((addressed or _PERSON.search(folded)) and abuse) or (
        _SCHOOL.has(folded)
        and any(h.term not in _PRAISE for h in abuse)
        and not _at_outsiders(folded, addressed)
    ):
        # an insult at someone, the quarrel LABELS.md stacks it with; or vulgar words about
        # a class matter ("班服谁选的？真tm丑"): a grievance voiced rudely
        return "insult"
    if (
        _HARM.has(folded)
        and (_TO_TEACHER.match(folded) is None or _GRIEVED.search(folded) is not None)
        and (
            _OWN_CHILD.has(folded)
            or (
                ctx is not None
                and any(len(p) >= 2 and p[-2:] in folded for p in ctx.member.students)
            )
        )
    ):
        # another pupil harmed one's own child, told to the group ("跟大家说一下，董小宝…把
        # 我们思齐的眼镜抢走"); told to the teacher ("宋老师，天佑这周…") it is a report,
        # unless it is a grievance all the same: again, and again ("又咬了…这是这个月第二次
        # 了"), or a demand ("这个事情你要管一管", "这样下去其他孩子怎么上课")
        return "harm"
    return None


_GRIEVED = re.compile(
    r"(?:这|已经)是(?:这个月|这周|这学期|本周|本月)?(?:的)?第[二三四五六七八九十两\d]+次|不止一次"
    r"|好几次了|三番五次|又(?:在|把|咬|打|推|抢|骂|欺负)|每次都|这样下去|(?:要|得|该)管一管"
    r"|(?:总是|老是|天天|经常)(?:抢|打|推|咬|骂|欺负|拿)|不是第一次|上个月就|(?:得|要)管管"
    r"|该换个?班|不该跟|心疼得"
)


#: The sub-rule of each kind of grievance: an argument with someone, or emotion at the school.
_GRIEVANCE_KIND = {
    "slander": "emotion",
    "incitement": "emotion",
    "harm": "emotion",
    "insult": "argument",
    "threat": "argument",
}


def _contentious(message: Message, ctx: MessageContext) -> bool:
    """An earlier message that a reply can continue a quarrel from (cached per text: each
    earlier message is asked about by the few after it)."""
    if ctx.roster.is_staff(message.sender_id):
        return False
    if Category.DISPUTE in ctx.earlier.get(message.id, ()):
        return True  # found to be in a quarrel already: the reply carries it on
    return _contentious_text(message.text, bool(message.mentions or message.reply_to))


@lru_cache(maxsize=4096)
def _contentious_text(text: str, addressed: bool) -> bool:
    folded = norm(text)
    return bool(
        _HEATED.first(folded)
        or emotion(text, folded)
        or grievance(folded, addressed=addressed, text=text)
        or find_slander(folded)[0]  # an accusation, calm or not
        or _WEAK.has(folded)  # pushing back: the quarrel goes on
        or (_COMPLAINT_STRICT.search(text) and _SCHOOL.has(folded))
    )


def _exchange_partner(ctx: MessageContext) -> bool:
    """The message answers (by adjacency, within a few minutes) another member's contentious
    message: the other side of an exchange."""
    msg = ctx.message
    since = msg.ts - _EXCHANGE_WITHIN
    for m in reversed(ctx.history[-3:]):
        if m.ts < since:
            return False
        if m.sender_id != msg.sender_id and _contentious(m, ctx):
            return True
    return False


#: How long and how many messages back an exchange stays open for a member to join it.
_JOIN_WITHIN = timedelta(minutes=20)
_JOIN_LOOKBACK = 6
#: Comfort and agreement-to-calm are not taking a side: "抱抱", "别担心，会好的".
_SOOTHE = Lexicon(
    ("抱抱", "别难过", "别担心", "别着急", "会好的", "会好起来", "心疼", "辛苦了", "谢谢", "感谢")
)
#: Two-character words too common in class talk to show two messages are about one thing.
_COMMON_PAIRS = frozenset(
    (
        "老师", "孩子", "家长", "我们", "你们", "大家", "今天", "明天", "昨天", "学校",
        "班里", "一下", "这个", "那个", "什么", "就是", "还是", "不是", "可以", "没有",
        "知道", "觉得", "现在", "时候", "一个", "自己", "他们", "怎么", "这样", "妈妈",
        "爸爸", "已经", "真的", "如果", "因为", "所以", "但是", "还有", "这次", "上次",
        "下次", "一起", "一样", "这么", "那么",
    )
)  # fmt: skip
_RELATIONS = ("爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长")


def _pairs(folded: str) -> set[str]:
    return {
        folded[i : i + 2]
        for i in range(len(folded) - 1)
        if "\u4e00" <= folded[i] <= "\u9fff" and "\u4e00" <= folded[i + 1] <= "\u9fff"
    } - _COMMON_PAIRS


def _forms_of_address(member_id: str, display_name: str, ctx: MessageContext) -> set[str]:
    """How others address a member in text: "方子豪爸爸", "子豪爸爸", "方爸爸", "白爸爸"."""
    forms = {display_name} if len(display_name) >= 2 else set()
    m = ctx.roster.lookup(member_id)
    relation = m.relation if m.relation in _RELATIONS else ""
    for pupil in m.students:
        if relation and len(pupil) >= 2:
            forms |= {pupil + relation, pupil[-2:] + relation, pupil[0] + relation}
    return forms


def _engages(ctx: MessageContext, other: Message, folded: str) -> bool:
    """The message answers ``other``: it quotes or mentions them, addresses them by name,
    or takes up what they said (two uncommon words in common)."""
    msg = ctx.message
    if msg.reply_to == other.id or other.sender_id in msg.mentions:
        return True
    if any(f in msg.text for f in _forms_of_address(other.sender_id, other.display_name, ctx)):
        return True
    return len(_pairs(folded) & _pairs(norm(other.text))) >= 2


#: Taking a side against what someone said: pointing at them ("当时你没投", "你家住得近当然
#: 无所谓"), contradicting ("明明是", "可不是这么说的", "又不是"), a rhetorical question
#: ("谁看群啊", "至于吗", "当面沟通有用？", "能摔成这样？"), blaming ("是不是孩子自己磨蹭"),
#: or feeling wronged ("天天被这样怀疑").
_PUSHBACK = re.compile(
    r"你(?:家|们|们家)?[^，。？?！!您]{0,10}?(?:当然|根本|又没|没有?|不是|才|就(?!好)|也不|还不)"
    r"|明明|可不是|不是这么|根本(?:不|没|就)|本来就|又不是|还不是|难道|凭什么|凭啥|至于"
    r"|谁(?:知道|看|信|还|会|愿意|让|说)|有用[吗？?]|什么用|啥用|怎么就|说得(?:好听|轻巧)"
    r"|能[^，。？?]{1,8}成这样|自己(?:磨蹭|不看|没看|不会|没投)|是不是(?:孩子)?自己"
    r"|被(?:这样|这么|人)?(?:怀疑|冤枉|污蔑|指责)|好吗(?:[？?，,]|$)|一面之词|呢[？?]"
    # "你那么激动干什么", "你觉得好你交两份呗", "你家不去别拉着全班", "你以为我们不着急吗"
    r"|你[^，。]{0,4}?(?:那么|这么)?(?:激动|着急)(?:干什么|干嘛|做什么)|你(?:觉得|认为)[^，。]{0,6}你"
    r"|别拉着|别扯上|别带上|还不算|你以为[^，。]{0,8}吗|叫(?:闹着玩|不小心|不是故意)"
    r"|你(?:有|多)(?:教养|素质)|管好你(?:家|自己)|是你家的事"
    # taking the other side, calmly: "我觉得还好吧", "也不至于这么说老师吧", "别一竿子打死",
    # "没觉得是排练过的", "我说的是事实", "你听清楚了再说"
    r"|我觉得(?:还好|还行|挺|没那么|不至于|也没)|也不至于|一竿子|没觉得|说的是事实|我说的是实话"
    r"|听清楚了?再说|我就是说实话|怎么不合适了|传声筒"
    # "我只是说事实", "也不代表她在学校不抄", "这个说法我不认同", "话不能这么说", "不要啥子都往
    # 我们身上推", "您这么说不太合适吧", "心里不舒服"
    r"|只是(?:说|讲)(?:事实|实话)|(?:也|并)不代表|不认同|话不能这么说|(?:不要|别|莫)(?:啥子|什么)都往"
    r"|(?:你|您)(?:这样|这么)(?:讲|说)[^，。]{0,6}?(?:不太?合适|咋想|怎么想)|心里不舒服"
    # "我倒觉得学校安排有老师陪同", "这跟差不差钱有什么关系", "就事论事"
    r"|我倒(?:觉得|认为)|(?:跟|和)[^，。？?]{1,8}有(?:什么|啥|半毛钱)关系|就事论事"
    # a claim answered: "说话要有根据", "话别说太满", "你这么说对老师不公平", "不是那样的人",
    # "你不用这么敏感", "我没说针对我，我是说…", "谁晓得是怎么数的"
    r"|说话(?:要|得)?(?:有|讲|凭)(?:根据|证据|良心)|话(?:别|不要|莫)说(?:得)?(?:太满|这么|那么|太绝)"
    r"|(?:这么|这样)(?:讲|说)对[^，。]{0,4}?不公平|不是(?:那样|那种)的人"
    r"|(?:不用|不必|别|不使)(?:这么|那么)敏感|我没(?:说|话|讲)[^，。]{0,8}?我是(?:说|话|讲)|谁晓得"
    # "请你说话注意一点", "不能因为自己孩子犯错就说…", "不能一棍子打死", "打了电话也没用"
    r"|说话注意(?:一)?点|不能因为[^，。]{0,10}?就|一棍子打死"
    r"|(?:打了电话|反映了?|说了)(?:也)?没用|也没人管"
)
#: A calm answer in an exchange: polite address, papers offered, a question passed on, the
#: police or a calmer word called for ("交给警察就好，群里别说这种话", "有话好好说").
_CALM_ANSWER = re.compile(
    r"您|私发|可以看看|可以直接问|有疑问|问问老师|别急|不合适|请大家|我会|我问问|回去说|难免"
    r"|还是别|先别|别说了|交给警察|报警|别说这种话|有话好好说"
)
#: A member warning the others of a scam just posted: "大家千万别理", "已经举报了".
_SPAM_WARNED = re.compile(r"(?:千万|大家)(?:别|不要)(?:理|信|点|加|扫)|已经?举报|是骗子")
#: A scammer or an account thief, the one a threat is aimed at.
_AT_A_SCAMMER = re.compile(r"骗子|盗号|盗我|冒充|诈骗")


def _joins_exchange(ctx: MessageContext, folded: str) -> bool:
    """LABELS.md dispute (a): any contentious message in a back-and-forth, whichever side it
    takes. A member answers another member's contentious message of the last few minutes
    (quoting them, naming them or taking up what they said), or the one who started it comes
    back at whoever answered them."""
    msg = ctx.message
    if (
        ctx.member.is_staff
        or len(folded) < 6
        or _PUSHBACK.search(folded) is None
        or _SOOTHE.has(folded)
        or _CALM_ANSWER.search(folded)
    ):
        return False
    find = _Finders(folded, ctx)
    if find.incitement()[0] or find.slander()[0] or find.illegal():
        return False  # joining a call, passing on a claim: those rules' own (LABELS.md)
    since = msg.ts - _JOIN_WITHIN
    recent = list(ctx.history[-_JOIN_LOOKBACK:])
    for i in range(len(recent) - 1, -1, -1):
        m = recent[i]
        if m.ts < since:
            return False
        if not _contentious(m, ctx):
            continue
        if m.sender_id != msg.sender_id:
            if _engages(ctx, m, folded):
                return True
            continue  # a quarrel nearer by that this message does not take up
        # the one who started it pushes back at whoever answered them
        return any(o.sender_id != msg.sender_id for o in recent[i + 1 :])
    return False


#: Strangers an insult is aimed at, told of from outside the group: someone in a video or the
#: news, a referee, a streamer, scammers ("网上看到一个胖子…长得跟猪一样", "这裁判…一群垃圾").
_OUTSIDERS = re.compile(
    r"视频|网上|新闻|刷到|抖音|快手|微博|地铁|公交|马路上|裁判|主播|明星|球员|那些搞|骗子|传销|诈骗"
    r"|盗号|队友|对面|网友"
)


def _at_outsiders(folded: str, addressed: bool) -> bool:
    """Whether an insult is aimed at strangers told of, not at anyone here (no 你, no reply,
    no mention): no quarrel in the group."""
    return not addressed and "你" not in folded and _OUTSIDERS.search(folded) is not None


#: An apology taken back at once: "咬人的事我很抱歉，但这个说法我不认同".
_BUT_PUSHES_BACK = re.compile(
    r"(?:但|但是|不过|可是)[^。]{0,16}?(?:不认同|不同意|不接受|不代表|没有|不是)"
)


#: A family aggrieved that their child was talked of before the whole group: "你在群里这么一
#: 讲", "全班家长都看着", "私聊不行吗", "有必要在群里公开说吗", "在群里点我家孩子名字不合适
#: 吧", "为孩子好就在群里点名？" (not a teacher's "在群里点名表扬").
_NAMED_IN_PUBLIC = re.compile(
    r"(?:你|您)[^，。？?]{0,3}在群里(?:这么|公开|点名|点|说(?:孩子|娃|我家|人家))"
    r"|在?群里公开(?:说|讲|点|批评)"
    r"|在群里(?:点|提|说|讲|曝光|公布)(?:我家|我们家|我孩子|我们孩子|人家孩子|别人家孩子|我儿子|我女儿)"
    r"|(?:就|就要|非要|非得|偏要|这样|这么)在群里(?:点名|点|说|讲)[^。！!]{0,8}?(?:吗|么)"
    # "但直接在群里点名，孩子以后怎么抬头", "写出来孩子多难为情，别的家长都看着呢"
    r"|直接在群里(?:点名|点|说|公布)|(?:别的|其他|所有的?)家长都(?:看着|看到|知道)"
    r"|当着(?:全班|全群|大家|所有)|全(?:班|群)(?:家长|的人)?都(?:看着|知道|看到|晓得)"
    r"|私(?:聊|下|信)(?:说|讲)?不行|有必要在群里|能不能私下(?:跟我|和我)?(?:说|讲|聊)[^。！!]{0,2}[？?]"
)


#: How a member opens a grievance to the group: "我就直说了", "有个事不吐不快", "我实在忍不住
#: 了", "说句心里话", "说实话", "我说个事", "有件事我想问问" (not asking others' advice:
#: "有个事想问问大家").
_SPEAKS_UP = re.compile(
    # on the raw text: the opener opens the message, and a mark ends it ("…实在忍不住就吼他"
    # is no opener)
    r"\s*[^，,。！!？?\s]{0,6}?"
    r"(?:我就直说|直说了吧|有话直说|不吐不快|实在忍不住|我忍不住|说句心里话|说句实话|说实话|说真的"
    r"|(?:说|讲)(?:句|一句)(?:不好听|不中听|难听)的?|我?想提个意见|我有个意见"
    r"|我(?:就|想|来)?说个事|我说句|有件事我想问问|有个事(?:想|我想)?问一下|我还是想说一下|我还是想说"
    r"|有(?:件|个)事我?(?:必须|得|一定要)说(?:一下)?|我必须说(?:一下)?"
    r"|我想说一句|我(?:想)?讲(?:个事|句))[了吧啊哈儿]*\s*(?=[，,：:！!。…\s])"
)
_SPEAKS_UP_MIN_CHARS = 15
#: (a claim passed on from someone else, _PASSED_ON, is R08's rumor or R12's claim)


_NAMED_IN_PUBLIC_NEEDS = gate_for(_NAMED_IN_PUBLIC)


#: How long, and how many messages back, a quarrel two members are in stays open.
_QUARREL_WITHIN = timedelta(minutes=15)
_QUARREL_LOOKBACK = 6
#: Winding down, not carrying on: a concession ("行，等你电话", "好吧", "那就好"), soothing,
#: thanks, an apology, a move to a private talk, a call to let it rest ("就到这吧").
_WINDS_DOWN = re.compile(
    r"^(?:行|好|中|嗯|那就|那我|没事|可以|是的|ok)|对不起|抱歉|不好意思|私聊|私下|私信|冷静|算了"
    r"|别吵|吵起来|消消气|谢谢|辛苦|收到|好的|别着急|别急|先别|为准|到这吧|不是我发的|理解"
)
#: The form a word in a quarrel takes: a question or a retort ("我问老师又没问你", "这叫什么
#: 话", "你签你的 别代表我", "至于吗"), an exclamation, a word at "你".
_RETORT_FORM = re.compile(
    r"[？?！!]|吗|呢|谁|什么|啥|咋|凭|有什么用|有啥用|别|莫|唔好|唔使|你|又没|又冇|至于|就你"
)


#: Joining a call to act, which R13 judges: "算我一个", "支持！我明天就拍", "+1 我也签".
_JOINS_A_CALL = re.compile(r"^(?:支持|同意|\+1|➕1|扣1|1)|算我|算上我|加我一个|带上我|我签|我也签")


#: A message put to the teacher: "老师，…", "王老师您好", "请问…" (not "我问的是老师…").
_ASKS_TEACHER = re.compile(r"\s*(?:(?:[\u4e00-\u9fff]{1,2})?老师(?:[，,：:\s]|您|你好|好)|请问)")


def _carries_on_quarrel(ctx: MessageContext, folded: str) -> bool:
    """LABELS.md dispute (a), "whichever side it takes": two members are in a quarrel (the
    rules found another member's message of the last few minutes to be one), and this member
    is one of its sides or answers a side, with a retort rather than winding it down — in
    words no list of heated ones holds ("你签你的 别代表我", "我问老师又没问你")."""
    msg = ctx.message
    if ctx.member.is_staff or len(folded) < 3 or not ctx.earlier:
        return False
    if _RETORT_FORM.search(msg.text) is None and _BUT_PUSHES_BACK.search(folded) is None:
        return False
    if _WINDS_DOWN.search(folded) is not None and _BUT_PUSHES_BACK.search(folded) is None:
        return False
    if _ASKS_TEACHER.match(msg.text) is not None:
        return False  # a question to the teacher, even from one side of it
    since = msg.ts - _QUARREL_WITHIN
    sides: set[str] = set()
    for m in ctx.history[-_QUARREL_LOOKBACK:]:
        if m.ts >= since and Category.DISPUTE in ctx.earlier.get(m.id, ()):
            sides.add(m.sender_id)
    others = sides - {msg.sender_id}
    if not others:
        return False
    replied = ctx.replied
    if msg.sender_id not in sides and (replied is None or replied.sender_id not in others):
        return False
    # "支持！算我一个" after a call is R13's (LABELS.md incitement)
    return _JOINS_A_CALL.search(folded) is None and not _Finders(folded, ctx).incitement()[0]


#: A guardian's denial of what their child was accused of: "我家志强不会打人的", "我们小军
#: 不会偷东西", "是不是自己讲错了", "你唔好乱讲".
_DEFENDS = re.compile(
    r"不会(?:打|推|骂|偷|欺负|咬|抢|拿)|没有?(?:打|推|骂|偷|欺负|咬|抢)|讲错|说错|搞错|乱讲|乱说|瞎说"
    r"|冤枉|诬赖|才不会|怎么可能|不可能"
)
#: What an earlier message said of a pupil that their guardian's answer takes up.
_ACCUSED = frozenset({Category.STUDENT_PRIVACY, Category.DISPUTE, Category.ABUSE})
#: How long an accusation stays open for the accused pupil's guardian to answer it.
_DEFEND_WITHIN = timedelta(hours=1)


def _defends_own_child(ctx: MessageContext, folded: str) -> bool:
    """LABELS.md dispute (a): a guardian answers another family's message that named their
    child with a wrong done (or in a quarrel) by denying it or pushing back — the two
    families are in a back-and-forth, whoever is right."""
    own = ctx.member.students
    if not own or ctx.member.is_staff or len(folded) < 6:
        return False
    if _SOOTHE.has(folded) or _CALM_ANSWER.search(folded):
        return False
    if _DEFENDS.search(folded) is None and _PUSHBACK.search(folded) is None:
        return False
    since = ctx.message.ts - _DEFEND_WITHIN
    for m in reversed(ctx.history[-_JOIN_LOOKBACK:]):
        if m.ts < since:
            return False
        if m.sender_id == ctx.message.sender_id or ctx.roster.is_staff(m.sender_id):
            continue
        if _ACCUSED.isdisjoint(ctx.earlier.get(m.id, ())):
            continue
        if not set(own).isdisjoint(pupils_named(ctx.roster, without_addresses(m.text))):
            return True
    return False


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.DISPUTE,
    summary="群内不争执；有情绪或矛盾请私下与老师沟通解决",
    settings=Settings,
    seed_clauses=("2.二.(一).8", "4.二.(一).8"),
    roles=ALL_ROLES,
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


def _verdict(sub_rule: str, evidence: str) -> Verdict:
    return SPEC.verdict(
        severity=Severity.MINOR,
        reason=(
            "按群规“当家长在群内出现负面情绪时，应当引导家长以私密的方式解决”，群里不适合争论，"
            "已请班主任跟进。有意见或矛盾请私聊老师或打电话沟通，问题会解决得更好。"
        ),
        evidence=evidence,
        sub_rule=sub_rule,
        needs_staff=True,
    )


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    text = ctx.message.text
    if not text:
        return []
    # "孩子说高年级有人让他“滚开”": the heat of the words a member reports is not theirs
    folded = said_norm(ctx)
    named = (
        _NAMED_IN_PUBLIC.search(folded)
        if not ctx.member.is_staff and _NAMED_IN_PUBLIC_NEEDS.search(folded) is not None
        else None
    )
    if named is not None:
        # "这种事能不能私下跟我说，你在群里这么一讲，全班都知道了": a grievance at being
        # named in the group (a class matter, LABELS.md dispute (b)), not a move to private
        return [_verdict("emotion", named.group(0))]
    if (_CALM_WORDS.has(folded) or _CALMING.search(folded)) and _BUT_PUSHES_BACK.search(
        folded
    ) is None:
        return []  # an apology or a move to private is clean (LABELS.md)
    if (
        not ctx.member.is_staff
        and len(folded) >= _SPEAKS_UP_MIN_CHARS
        and (up := _SPEAKS_UP.match(ctx.text)) is not None
        and _SCHOOL.has(folded)
        and _PASSED_ON.search(folded) is None
    ):
        # "我就直说了，…", "有个事不吐不快：…", "说句心里话，…": a grievance about a class
        # matter brought before the group (LABELS.md dispute (b))
        return [_verdict("emotion", up.group(0))]
    if ctx.member.is_staff and (
        _FACE_TO_FACE.search(folded) is not None or _WARNS.search(folded) is not None
    ):
        # "明天我陪您一起看监控，当面说清楚": a teacher taking it off the group; "这个不是我！
        # …请大家不要理会": a teacher warning of an impostor
        return []
    if (
        not ctx.member.is_staff
        and _SPAM_WARNED.search(folded) is not None
        and "你" not in folded
        and not _SCHOOL.has(folded)
    ):
        return []  # "大家千万别理！这种是骗子，已经举报了": a scam warned of, no grievance
    if corrects_others(folded) and _HURT.search(folded) is None:
        return []  # a calm correction ("别在群里发这个"); "能不能别在群里点名，孩子哭了一晚上"
        # is a grievance about a class matter
    standard = lexicons_found(folded)
    # abuse by R05's word list, or by its grammar (a retort, a sneer, contempt)
    abusive = "abuse" in standard or bool(_Finders(folded, ctx).abuse())
    if not ctx.member.is_staff and (
        abusive
        or not _GRIEVANCE_LEXICONS.isdisjoint(standard)
        or _HARM.has(folded)
        or accusation(folded)
        or threatens(folded)
    ):
        addressed = bool(ctx.message.mentions or ctx.replied)
        why = grievance(folded, addressed=addressed, text=text, ctx=ctx)
        if why is not None:
            return [_verdict(_GRIEVANCE_KIND[why], why)]
    if _defends_own_child(ctx, folded):
        return [_verdict("argument", "defends")]
    if folded != "滚" and not _ANY_WORD.has(folded):
        # no heated, emotional, complaining or weak word: a complaint by its form ("这又收？"),
        # or what _weak would find, if anything
        complaint = _COMPLAINT_STRICT.search(text) if _COMPLAINT_STRICT_NEEDS.search(text) else None
        if complaint is not None and _SCHOOL.has(folded) and not ctx.member.is_staff:
            return [_verdict("emotion", complaint.group(0))]
        punct = _ANGRY_PUNCT.search(text)
        weak = punct.group(0) if punct else None
    else:
        strong = "滚" if folded == "滚" else _HEATED.first(folded)
        if strong is not None:
            return [_verdict("argument", strong)]
        angry = emotion(text, folded)
        if angry is not None and not _vented_privately(ctx, folded):
            return [_verdict("emotion", angry)]
        weak = _weak(text, folded)  # _HEATED is not in folded (checked above)
    if (
        weak is None
        and abusive
        and not _at_outsiders(folded, bool(ctx.message.mentions or ctx.replied))
        and any(h.tag != "vulgar" for h in _Finders(folded, ctx).abuse())
    ):
        # an insult at someone here (not a swear word: 卧槽, 牛X; not one at a stranger in a
        # video, a referee, scammers) right after a contentious one
        weak = "abuse"
    if weak is None:
        if _joins_exchange(ctx, folded):
            return [_verdict("argument", "exchange")]
        return [_verdict("argument", "quarrel")] if _carries_on_quarrel(ctx, folded) else []
    targets = _targets(ctx)
    if not targets:
        if _exchange_partner(ctx) or _joins_exchange(ctx, folded):
            return [_verdict("argument", weak)]
        return [_verdict("argument", "quarrel")] if _carries_on_quarrel(ctx, folded) else []
    s = ctx.settings_for(Settings)
    if (
        _back_and_forth(ctx, targets, s.exchange_window)
        or _exchange_partner(ctx)
        or _joins_exchange(ctx, folded)
        or _carries_on_quarrel(ctx, folded)
    ):
        return [_verdict("argument", weak)]
    return []
