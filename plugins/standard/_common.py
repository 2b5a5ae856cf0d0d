"""Helpers shared by the roster- and context-driven rules: pupil names, lexicons, history.

Not a rule module (no ``rNN_`` prefix), so :func:`classmod.rules.standard.standard_rule_modules`
does not load it as one. Everything here is pure and cached: automata are built once per
roster or lexicon, normalised texts of history messages once per text.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from functools import cache, lru_cache
from importlib import resources
from operator import itemgetter
from typing import Any

import ahocorasick
import ahocorasick_rs

from classmod.context import MessageContext
from classmod.model import Roster
from classmod.notices import RELATION_WORDS as _RELATION_WORDS
from classmod.text import normalize

from .lexicon import Hit, find_terms, strong_or_pair

with warnings.catch_warnings():
    # re's parser, under the name typeshed types it by (re._parser since Python 3.11)
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as _sre
    import sre_parse

#: Two-character names that are also everyday words ("浩然正气", "一诺千金", "考虑周全"): such a
#: name (a given name, or a whole two-character name) names a pupil only where a name stands:
#: at the start, after words that introduce a person (让, 表扬, 我家 …) or before words that
#: follow one (妈妈, 同学, 今天, 又 …). See :class:`PupilMatcher`.
COMMON_WORD_GIVEN_NAMES: frozenset[str] = frozenset(
    {
        "浩然", "一诺", "天天", "乐乐", "安然", "欣然", "怡然", "文静", "晨曦", "阳光", "明天",
        "开心", "快乐", "家乐", "欣欣", "周全", "高兴", "安心", "如意", "平安", "夏天", "叶子",
        "万里", "汪洋", "常乐", "施展", "庄严", "许诺", "蓝天", "天乐", "一凡", "可可", "果果",
        "多多", "甜甜", "笑笑", "洪亮", "方圆", "顾念", "杜若", "甘甜", "田甜", "高远", "向阳",
        "明明", "亮亮", "晴天", "春天", "秋天", "冬天", "海洋", "天空", "远方", "未来", "希望",
        "美好", "幸福", "如愿", "吉祥", "彩虹", "星星", "月亮", "小雨", "大海", "平凡", "自然",
        "安静", "开朗", "阳阳", "朗朗", "思源", "志远", "一鸣", "思远", "可欣", "心怡", "嘉怡",
        "佳怡", "子轩", "成功", "永远", "文明", "和平", "光明", "正义", "伟大", "英明", "博学",
    }
)  # fmt: skip
_NAME_BEFORE = re.compile(
    r"(?:让|叫|请|和|跟|给|替|把|被|表扬|批评|提醒|同学|小朋友|我家|我们家|你家|他家|她家|说|问|"
    r"知道|告诉|通知|看到|发现|是|的)$"
)
_NAME_AFTER = re.compile(
    r"^(?:妈妈|爸爸|家长|爷爷|奶奶|外公|外婆|姥姥|姥爷|同学|小朋友|今天|昨天|最近|这周|上周|又|总是|"
    r"老是|经常|也|还|在|上课|的|没|不|被|把|和|跟|说|打|推|哭|考|第|同桌|\d)"
)


def names_a_person(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (folded) stands where a name stands."""
    return (
        start == 0
        or end == len(text)
        or _NAME_BEFORE.search(text, 0, start) is not None
        or _NAME_AFTER.match(text, end) is not None
    )


#: Words for a guardian's relation to the pupil (R02 nicknames, ack and address stripping):
#: the core's one list (:data:`classmod.notices.RELATION_WORDS`).
RELATION_WORDS: tuple[str, ...] = _RELATION_WORDS


@lru_cache(maxsize=256)
def seconds(n: int) -> timedelta:
    """``timedelta(seconds=n)``, built once per value (settings hold plain numbers, and a
    timedelta per message and rule is measurable)."""
    return timedelta(seconds=n)


@lru_cache(maxsize=256)
def minutes(n: int) -> timedelta:
    """``timedelta(minutes=n)``, built once per value."""
    return timedelta(minutes=n)


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """:func:`classmod.text.normalize`, cached: history messages are folded once, not per rule."""
    return normalize(text)


_FEW_TERMS = 40


class Lexicon:
    """A fixed set of (normalised) terms found in normalised text with one automaton."""

    __slots__ = ("_any", "_automaton", "_pattern", "terms")

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms = tuple(dict.fromkeys(t for t in (normalize(x) for x in terms) if t))
        # Whether any term is there at all (most texts hold none): a regular expression of
        # the alternatives for a few terms; for many, one pass of a Rust automaton, which
        # costs the same for 300 terms as for 10 (a regex grows with them: 0.4 -> 3.4 us)
        few = len(self.terms) <= _FEW_TERMS
        self._pattern = re.compile("|".join(map(re.escape, self.terms))) if few else None
        self._any = None if few or not self.terms else ahocorasick_rs.AhoCorasick(self.terms)
        self._automaton = ahocorasick.Automaton()
        for term in self.terms:
            self._automaton.add_word(term, term)
        if self.terms:
            self._automaton.make_automaton()

    def has(self, text: str) -> bool:
        """Whether any term is found in ``text`` (``first(text) is not None``, cheaper)."""
        if self._pattern is not None:
            return self._pattern.search(text) is not None
        found = self._any
        return found is not None and bool(found.find_matches_as_indexes(text))

    def first(self, text: str) -> str | None:
        """The first term (by end position) found in ``text``, or None."""
        if not self.has(text):
            return None
        for _end, term in self._automaton.iter(text):
            return str(term)
        return None

    def find_all(self, text: str) -> list[tuple[int, str]]:
        """Every ``(start, term)`` found in ``text``, in order of end position."""
        if not self.has(text):
            return []
        return [(end - len(t) + 1, str(t)) for end, t in self._automaton.iter(text)]


_EMPTY_SET: frozenset[Lexicon] = frozenset()
_FIRST = itemgetter(0)


class LexiconSet:
    """Several :class:`Lexicon` s found in one text with one pass: a rule with many small
    word lists asks which of them the message holds once, then tests membership
    (``_HARM in words``), instead of one search per list."""

    __slots__ = ("_automaton", "_owners", "lexicons")

    def __init__(self, *lexicons: Lexicon) -> None:
        self.lexicons = lexicons
        owners: dict[str, list[Lexicon]] = {}
        for lexicon in lexicons:
            if not lexicon.terms:
                raise ValueError("an empty lexicon in a LexiconSet")  # has() is True for it
            for term in lexicon.terms:
                owners.setdefault(term, []).append(lexicon)
        self._owners = tuple(frozenset(o) for o in owners.values())
        self._automaton = ahocorasick_rs.AhoCorasick(tuple(owners)) if owners else None

    def found(self, folded: str) -> frozenset[Lexicon]:
        """The lexicons of this set with a term in ``folded`` (a normalised text): ``lexicon
        in found(t)`` is ``lexicon.has(t)``."""
        if self._automaton is None:
            return _EMPTY_SET
        matches = self._automaton.find_matches_as_indexes(folded, overlapping=True)
        if not matches:
            return _EMPTY_SET
        owners = self._owners
        if len(matches) == 1:
            return owners[matches[0][0]]
        return _EMPTY_SET.union(*map(owners.__getitem__, map(_FIRST, matches)))

    def in_message(self, ctx: MessageContext) -> frozenset[Lexicon]:
        """:meth:`found` for the message's normalised text, worked out once per message."""
        return ctx.fact(self, lambda: self.found(ctx.norm))


@dataclass(frozen=True, slots=True, kw_only=True)
class TermSettings:
    """Settings of a lexicon rule: a school's extra terms and its allowed phrases."""

    extra_terms: tuple[str, ...] = ()
    allow_terms: tuple[str, ...] = ()


#: Someone telling the group not to post something: "这种视频别发群里", "群里不让发", "不能在班级
#: 群里发", "请立即撤回". A correction names what it corrects and is clean (LABELS.md General 3).
_CORRECTION = re.compile(
    r"(?:别|不要|不能|不让|不得|勿|不许|禁止|就不)再?(?:在|往|发到|发在)?(?:班级|班|家长|这个)?群"
    r"|群(?:里|内|上)?(?:千万|可|就|是|都)?(?:不让|不能|别|不要|就不|不|勿|禁止)再?(?:发|转|聊|传|搞|卖|讨论"
    r"|推销|打广告|拉票|推|团购|拼团|带货|代购)"
    # sent elsewhere: "想拼团的另外建个群吧"
    r"|另外?(?:建|拉|开)(?:个|一个)?群"
    r"|(?:别|不要|勿|不能|不|莫)再?(?:发|转)(?:到|在)?(?:班级|班|家长)?群"
    r"|(?:请|麻烦)(?:您|你)?(?:立即|马上|及时)?撤回"
    # asked to take it private or elsewhere: "拉票的话建议私聊哈", "股票的事大家私下聊吧",
    # "球赛咱们去别的群聊"; or to talk less of it: "高三群咱少聊球哈"
    r"|建议私|还是私下|私下(?:发|说|聊|沟通|交流)(?:吧|哈|啊|哦|呀|好)"
    r"|(?:去|到|回)(?:别的|其他|另外的|小)群(?:里)?(?:聊|说|发)|咱?们?(?:少|别|莫)聊"
    # not fit for the group: "风水改运这类信息不适合在群里", "唔适合喺群度"
    r"|不适合(?:在|发在|发到)?(?:班级|班|家长|这个)?群"
    # asked not to say it here: "群里请别这么说", "这种话在群里不要说", "群里别讨论这个了"
    r"|群里(?:请)?(?:别|不要|不能|莫)(?:再)?(?:这么|这样)?(?:说|讲|讨论)"
    # the one corrected complying: "撤了", "已撤回，不好意思"
    r"|^(?:[a-z]+)?(?:好的|抱歉|不好意思|sorry)?(?:我)?(?:(?:撤了|撤回了|已撤回|已撤|删了|已删)(?:哈|啦)?)+"
    r"(?:不好意思|抱歉|sorry|对不起)?$"
    # an apology, then the withdrawal, then more: "抱歉抱歉，已撤回，顺便把名字也改了"
    r"|^(?:抱歉|不好意思|sorry|对不起)+(?:我)?(?:撤了|撤回了|已撤回|已撤|删了|已删)"
)


#: A quoted stretch of a message: “…”, "…", 「…」, 『…』, ‘…’.
_QUOTED = re.compile(r"“[^”]{1,40}”|\"[^\"]{1,40}\"|「[^」]{1,40}」|『[^』]{1,40}』|‘[^’]{1,40}’")


def without_quotes(text: str) -> str:
    """``text`` with its quoted stretches replaced by a comma (what the writer says, not quotes)."""
    return _QUOTED.sub("，", text)


#: Talk about words rather than in them: asking what one means, calling it a swear word or a
#: scam, quoting a survey or a message one received ("孩子问“杠精”是什么意思", "收到一条短信说
#: “点赞兼职日结300”，是不是骗子", "班会调查第三题“家里有没有人玩网络棋牌”").
_ABOUT_WORDS = re.compile(
    r"什么意思|啥意思|是什么|是啥|什么是|什么叫|这种词|这类|这个词|骂人|脏话|粗话|不文明|不能学|别学"
    r"|少学|网络用语|批评"
    r"|是不是骗|骗人|骗子|不靠谱|诈骗|如实填|改写|调查|冒出一句|听到有人说|弹出|收到一条|短信说"
    r"|有人发|有人给我推|提醒大家|提醒一下|要注意|收到|(?:这种|这类|那种)(?:短信|电话|广告|消息|链接|号|群|的)"
)


def quoted_mention(ctx: MessageContext, finds: Callable[[str], bool]) -> bool:
    """Whether what a rule found in the message lies only inside quotation marks, in a message
    that talks about those words (asks what they mean, calls them a swear word or a scam): the
    words are mentioned, not used. ``finds``: the rule's finder on a normalised text."""
    text = ctx.text
    if _QUOTED.search(text) is None or _ABOUT_WORDS.search(ctx.norm) is None:
        return False
    return not finds(normalize(_said_words(text)))


#: A quotation said to someone's face: "你就是个“废物”", "你才“脑残”" (scare quotes).
_ADDRESSED_QUOTE = re.compile(
    # (not "别人骂你“笨蛋”": a word someone else said to the child, told)
    r"(?<![骂说叫喊让对])(?:你|您|你们)(?:就|才|真|也)?(?:是|像)?(?:个|一个|这个|这)?\s*[“\"「『‘]"
)


#: Words that report or judge what someone said: "有人骂他", "孩子学了句", "当口头禅", "这种话
#: 伤人", "被封了", "太没素质".
_REPORTED_SPEECH = re.compile(
    r"骂|喊|叫他|叫她|叫我|叫别人|学了|学的|学来|口头禅|这种话|这样的话|这句话|那句话|伤人|难听"
    r"|没素质|不文明|不礼貌|不对|不好|标签|语言暴力|写了|评论区|弹幕|被封|被拘|吵起来|告诉老师"
)


#: A quotation opened right after who said it: "孩子说“…”", "学哥哥说“你是猪吗”".
_SAID_QUOTE = re.compile(
    r"(?:说|讲|喊|骂|问|叫|写|刷|打|让)(?:了|着|过)?(?:你|我|他|她|它|人|别人|我们|他们|孩子)?"
    r"(?:一次|一声|一遍|一句|句)?\s*[“\"「『‘]"
)  # "骂你“笨蛋”", "让他“滚开”", "说一次“傻X”"


#: A word asked about or explained: "她问我脑残是什么", "代购是什么意思", "什么叫割韭菜".
_ASKED_WORD = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,4}(?=是什么意思|是什么|是啥意思|是啥|什么意思|啥意思)"
    r"|(?<=什么是)[\u4e00-\u9fffA-Za-z]{1,4}|(?<=什么叫)[\u4e00-\u9fffA-Za-z]{1,4}"
)


def _said_words(text: str) -> str:
    """What the writer says in a text: its quotations and the words it asks the meaning of
    taken out (a comma in their place)."""
    return _ASKED_WORD.sub("，", without_quotes(text))


def reports_speech(ctx: MessageContext) -> bool:
    """Whether the message quotes what someone said, none of it to someone's face, and
    talks about it: reported speech ("孩子说有人骂他“娘娘腔”", "“nmsl”这种话特别伤人",
    "同学说“你再说我就打死你”，请老师关注"). Scare quotes of contempt ("这些“专家”懂什么")
    are the writer's own words."""
    text = ctx.text
    if _QUOTED.search(text) is None or _ADDRESSED_QUOTE.search(text) is not None:
        return False
    return (
        _REPORTED_SPEECH.search(ctx.norm) is not None
        or _ABOUT_WORDS.search(ctx.norm) is not None
        or _SAID_QUOTE.search(text) is not None
    )


def said_norm(ctx: MessageContext) -> str:
    """The normalised words the writer says themselves: without the speech a message
    reports (:func:`reports_speech`), else the whole normalised text."""
    return ctx.fact(
        said_norm, lambda: normalize(_said_words(ctx.text)) if reports_speech(ctx) else ctx.norm
    )


def quoted_only(ctx: MessageContext, finds: Callable[[str], bool]) -> bool:
    """Whether what a rule found lies only inside the speech a message reports
    (:func:`reports_speech`). A member insulting someone does not quote their own words."""
    return reports_speech(ctx) and not finds(said_norm(ctx))


#: The writer taking back a post of their own: sent to the wrong group, forwarded without
#: reading, sent by someone else on their phone or account ("发错群了", "转错了，抱歉",
#: "号被盗了", "是我婆婆用我手机发的", "我刚才那条是被人盗号发的").
_WITHDRAWS = re.compile(
    r"发错(?:群|了|地方)|转错(?:群|了)|手滑|没细看就转|(?:号|账号|微信|qq)(?:被|让人)盗|被(?:人)?盗号"
    r"|盗(?:了)?我的?号|用我的?(?:号|手机|账号)发|不是我发的|那条不是我|(?:婆婆|公公|奶奶|爷爷|老人|孩子)"
    r"(?:用我的?手机|拿我手机|拿我的手机)"
)


#: A claim set straight by an official source or by what the source would never do: "公众号
#: 刚发了声明，水质检测正常，那是谣言", "公安局刚发了通报，没有砍人，视频是外地的", "检察院不会
#: 发这种东西", "官网说没有这个补贴，是钓鱼网站", "内部消息怎么会传到家长群里".
_DEBUNKS = re.compile(
    r"(?:官网|公众号|官方|通报|声明|公告|疾控|卫健委|公安|警方|派出所|教育局|水务|气象台)[^。]{0,16}?"
    r"(?:没有|并没有|不会(?!承认|说|告诉|公布|让你知道)|不存在|正常|谣言|不实|假的|辟谣|是外地的|是旧闻|是以前的)"
    r"|(?:不会|从来不|从不|根本不)(?:发|打|让)这种|是钓鱼|钓鱼(?:网站|链接|短信)|怎么会传到"
    r"|(?:是|都是|纯属)谣言|谣言(?:来的|而已)"
)


def debunks(folded: str) -> bool:
    """Whether a normalised text sets a claim or a scam straight (see :data:`_DEBUNKS`)."""
    return _DEBUNKS_NEEDS.search(folded) is not None and _DEBUNKS.search(folded) is not None


def corrects_others(folded: str) -> bool:
    """Whether a normalised text tells the group not to post something (a correction), or
    takes back the writer's own post (:data:`_WITHDRAWS`)."""
    if _CORRECTION_NEEDS.search(folded) is not None and _CORRECTION.search(folded) is not None:
        return True  # every correction names the group, a withdrawal or a private talk
    return _WITHDRAWS_NEEDS.search(folded) is not None and _WITHDRAWS.search(folded) is not None


#: A word that negates what follows it ("不存在进谁口袋", "我们不护短").
_NEGATED_BEFORE = re.compile(
    r"(?:不存在|没有任何|并没有|绝没有|绝不|(?<!是)不是|不会|从不|从没|(?<!是)不|别)$"
)  # "是不是看人下菜碟" asks, it does not deny


#: A negated act a few words before: "也不组织集体送礼了", "不再搞统一收费".
_NEGATED_ACT_BEFORE = re.compile(
    r"(?:不|不再|没有|没|别|不会)(?:组织|搞|统一|再|用|弄)[\u4e00-\u9fff]{0,3}$"
)


def negated(folded: str, start: int) -> bool:
    """Whether the word at ``start`` of a normalised text is negated by the words before it."""
    return (
        _NEGATED_BEFORE.search(folded, max(0, start - 3), start) is not None
        or _NEGATED_ACT_BEFORE.search(folded, max(0, start - 8), start) is not None
    )


def pair_rule_hits(
    lexicon: str, norm: str, settings: TermSettings, *, extra_tag: str, first: str, second: str
) -> tuple[str, list[Hit]]:
    """``(sub_rule, hits)`` of a rule whose lexicon has strong entries and pairs (R12, R13):
    the tag of a strong hit (a school's extra term counts as one, tagged ``extra_tag``), or
    ``first`` when a ``first`` and a ``second`` word are both in the normalised text; or
    ``("", [])``. See :func:`classmod.rules.standard.lexicon.strong_or_pair`."""
    hits = find_terms(
        lexicon,
        norm,
        settings.extra_terms,
        settings.allow_terms,
        extra_tag=extra_tag,
        extra_weight=2,
    )
    tag = strong_or_pair(hits, first, second)
    return (tag, hits) if tag else ("", [])


_REGEX_META = frozenset("()[]{}?*+.^$|\\")


def _top_level(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression's source."""
    out: list[str] = []
    depth, cur, i, in_class = 0, "", 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur += pattern[i : i + 2]
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(cur)
            cur, i = "", i + 1
            continue
        cur += c
        i += 1
    out.append(cur)
    return out


def _starts(alternative: str) -> list[str]:
    if alternative.startswith("(?:"):
        depth, end = 0, 0
        while end < len(alternative):
            c = alternative[end]
            depth += (c == "(") - (c == ")")
            if depth == 0:
                break
            end += 1
        if alternative[end + 1 : end + 2] in ("?", "*", "{"):
            raise ValueError(f"no literal start: {alternative!r}")
        return [a for inner in _top_level(alternative[3:end]) for a in _starts(inner)]
    literal = ""
    for c in alternative:
        if c in _REGEX_META:
            if c in "?*{" and literal:
                literal = literal[:-1]  # the quantifier makes its character optional
            break
        literal += c
    if not literal:
        raise ValueError(f"no literal start: {alternative!r}")
    return [literal]


def literal_anchors(*patterns: re.Pattern[str]) -> ahocorasick_rs.AhoCorasick:
    """An automaton of the literal words every match of ``patterns`` starts with: when it
    finds none in a text, none of the patterns can match there (one Rust scan instead of a
    regex search each). Raises ValueError for a pattern with an alternative that does not
    start with a literal (so the guarantee cannot be broken by an edit unnoticed)."""
    words = {w for p in patterns for a in _top_level(p.pattern) for w in _starts(a)}
    return ahocorasick_rs.AhoCorasick(sorted(words))


#: A character class of more characters than this gives no gate (``\\d``, ``[一-龥]``).
_GATE_CLASS_MAX = 32


def _needed(items: Iterable[Any]) -> frozenset[str] | None:
    """The smallest set of characters one of which a text must hold for the sequence of
    parsed regular expression ``items`` to match in it, or None (no such set is known)."""
    best: frozenset[str] | None = None
    for op, av in items:
        found = _needed_by(op, av)
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


def _needed_by(op: object, av: Any) -> frozenset[str] | None:
    if op is _sre.LITERAL:
        return frozenset(chr(av))
    if op is _sre.IN:
        chars: set[str] = set()
        for member, value in av:
            if member is _sre.LITERAL:
                chars.add(chr(value))
            elif member is _sre.RANGE and value[1] - value[0] < _GATE_CLASS_MAX:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # a negated class, a category (\\d, \\w), a wide range
                return None
        return frozenset(chars) if len(chars) <= _GATE_CLASS_MAX else None
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _needed(sub)
    if op is _sre.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            found = _needed(alternative)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _needed(sub) if low >= 1 else None
    if op is _sre.ASSERT:  # a lookahead or lookbehind looks at characters of the text too
        return _needed(av[1])
    if op is _sre.ATOMIC_GROUP:
        return _needed(av)
    return None  # ANY, NOT_LITERAL, a negative lookaround, an anchor, a back reference


def required_chars(pattern: re.Pattern[str]) -> frozenset[str]:
    """Characters one of which every text ``pattern`` matches in holds, derived from the
    pattern (a match, or what a lookaround looks at, holds one). Raises ValueError for a
    pattern with no such set (so an edit cannot turn a gate wrong unnoticed)."""
    if pattern.flags & re.IGNORECASE:
        raise ValueError(f"no gate for a case-insensitive pattern: {pattern.pattern!r}")
    found = _needed(sre_parse.parse(pattern.pattern, pattern.flags).data)
    if found is None:
        raise ValueError(f"no required characters: {pattern.pattern!r}")
    return found


def gate_for(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A character class of :func:`required_chars`: where it finds nothing, ``pattern`` finds
    nothing either. For a costly pattern searched in nearly every message (alternatives that
    start with a class or a lookbehind, which the regex engine tries at every position): a
    class is scanned in C at a fraction of the cost. (``frozenset.isdisjoint`` is slower
    than both: it builds a string for every CJK character of the text.)"""
    chars = "".join(re.escape(c) for c in sorted(required_chars(pattern)))
    return re.compile(f"[{chars}]")


_CORRECTION_NEEDS = gate_for(_CORRECTION)
_WITHDRAWS_NEEDS = gate_for(_WITHDRAWS)
_DEBUNKS_NEEDS = gate_for(_DEBUNKS)


#: Relation words a pupil's family is addressed by ("思琪妈妈", "浩宇外婆").
_ADDRESS_RELATIONS = ("妈妈", "爸爸", "外婆", "外公", "奶奶", "爷爷", "姥姥", "姥爷", "家长")


def addresses_family(text: str, pupil: str) -> bool:
    """``text`` speaks to the pupil's family by name: "思琪妈妈、外婆", "汪一然妈妈"."""
    if len(pupil) < 2:
        return False
    names = {pupil, pupil[-2:]} if len(pupil) >= 3 else {pupil}
    return any(n + r in text for n in names for r in _ADDRESS_RELATIONS)


#: A member addressed by the name they go by ("@苏嘉懿爸爸", "以恒妈妈，…"): the child's name
#: in it is the parent's, no word about the child.
_ADDRESS = re.compile(r"@\S+|[\u4e00-\u9fff]{2,3}(?:" + "|".join(RELATION_WORDS) + ")")


def without_addresses(text: str) -> str:
    """``text`` with the members it addresses by name taken out (a comma in their place)."""
    return _ADDRESS.sub("，", text)


def load_terms(filename: str) -> tuple[str, ...]:
    """Terms of ``data/<filename>``: one a line, ``#`` starts a comment."""
    raw = resources.files(__package__).joinpath("data", filename).read_text(encoding="utf-8")
    terms: list[str] = []
    for line in raw.splitlines():
        term = line.split("#", 1)[0].strip()
        if term:
            terms.append(term)
    return tuple(terms)


class PupilMatcher:
    """Finds a roster's pupils in normalised text by full name, or by a distinctive given name."""

    # The automaton stores a C int per word, not a Python object: ``index << 1 | given``
    # (the pupil's index in ``names``; whether the word is their two-character given name).
    # With ten thousand rosters, a tuple and a string per word cost twice the automaton.
    __slots__ = ("_automaton", "_lengths", "names")

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        lengths: list[int] = []
        given_owner: dict[str, list[int]] = {}
        for index, name in enumerate(names):
            folded = normalize(name)
            lengths.append(len(folded))
            if len(folded) >= 2:
                self._automaton.add_word(folded, index << 1)
            if len(folded) == 3:
                given_owner.setdefault(folded[1:], []).append(index)
        for given, owners in given_owner.items():
            # A given name shared by two pupils names no one.
            if len(owners) == 1 and given not in self._automaton:
                self._automaton.add_word(given, owners[0] << 1 | 1)
        self._lengths = tuple(lengths)  # of the folded names
        if len(self._automaton):
            self._automaton.make_automaton()

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, pupil)`` of each mention in ``text``; a given name inside a full
        name counts once."""
        if not len(self._automaton) or not text:
            return []
        names, lengths = self.names, self._lengths
        found: list[tuple[int, int, str]] = []
        for end, value in self._automaton.iter(text):
            index = value >> 1
            start = end - (2 if value & 1 else lengths[index]) + 1
            pupil = names[index]
            if (
                end - start == 1
                and text[start : end + 1] in COMMON_WORD_GIVEN_NAMES
                and not names_a_person(text, start, end + 1)
            ):
                continue  # an everyday word, not the pupil: "考虑周全", "一诺千金"
            if found and found[-1][2] == pupil and found[-1][0] <= start < found[-1][1]:
                continue
            found.append((start, end + 1, pupil))
        return found

    def find(self, text: str) -> tuple[str, ...]:
        """The distinct pupils named in ``text``, in order of first mention."""
        return tuple(dict.fromkeys(p for _s, _e, p in self.spans(text)))


@cache  # one per class roster; a school has hundreds of groups
def _matcher_of(names: tuple[str, ...]) -> PupilMatcher:
    return PupilMatcher(names)


# The same matchers by the identity of the names tuple: a roster hands out one tuple, and
# hashing fifty names (what ``_matcher_of`` does) several times per message adds up. The
# tuple is kept beside its matcher, so its id cannot be reused by another tuple meanwhile.
_BY_ID: dict[int, tuple[tuple[str, ...], PupilMatcher]] = {}
_BY_ID_MAX = 65536


def pupil_matcher_for(names: tuple[str, ...]) -> PupilMatcher:
    """The (cached) matcher of these pupil names."""
    found = _BY_ID.get(id(names))
    if found is not None and found[0] is names:
        return found[1]
    matcher = _matcher_of(names)
    if len(_BY_ID) >= _BY_ID_MAX:
        _BY_ID.clear()
    _BY_ID[id(names)] = (names, matcher)
    return matcher


def pupil_spans(ctx: MessageContext) -> list[tuple[int, int, str]]:
    """The pupils named in the message (:meth:`PupilMatcher.spans` of its normalised text),
    found once for all the rules that ask. Each caller gets its own list."""
    return list(ctx.fact(pupil_spans, lambda: tuple(pupil_matcher(ctx.roster).spans(ctx.norm))))


def pupil_matcher(roster: Roster) -> PupilMatcher:
    """The (cached) matcher of ``roster``'s pupil names."""
    return pupil_matcher_for(roster.student_names())


@lru_cache(maxsize=65536)
def _pupils_in(matcher: PupilMatcher, text: str) -> tuple[str, ...]:
    # keyed by the matcher (hashed by identity; one per distinct names tuple), not the names
    return matcher.find(norm(text))


def pupils_named(roster: Roster, text: str) -> tuple[str, ...]:
    """The roster's pupils named in the raw ``text`` (cached per text, for history scans)."""
    return _pupils_in(pupil_matcher_for(roster.student_names()), text)


#: A display name that is a business's, not a person's: "星星托管-小王老师", "蜀香腊味-幺妹",
#: "易经国学-明心师傅", "阳光托管部-刘老师" (a trade, or a name set off by a dash from the trade).
#: R06 reads it as a business account; R04 as no impostor of a teacher.
BUSINESS_NAME = re.compile(
    r"托管|机构|培训|辅导|教育(?![局厅部办委])|国学|摄影|写真|腊味|美食|商行|工作室|公司|保险|置业"
    r"|房产|地产|家政|代购|微商|小饭桌|午托|晚托|课堂|学堂|[^\s]{2,}[-—·｜|][^\s]{1,6}$|[·\-—]"
)


__all__ = [
    "BUSINESS_NAME",
    "COMMON_WORD_GIVEN_NAMES",
    "RELATION_WORDS",
    "Lexicon",
    "LexiconSet",
    "PupilMatcher",
    "TermSettings",
    "addresses_family",
    "corrects_others",
    "debunks",
    "gate_for",
    "literal_anchors",
    "load_terms",
    "minutes",
    "names_a_person",
    "negated",
    "norm",
    "pair_rule_hits",
    "pupil_matcher",
    "pupil_matcher_for",
    "pupil_spans",
    "pupils_named",
    "quoted_mention",
    "reports_speech",
    "required_chars",
    "said_norm",
    "seconds",
    "without_addresses",
    "without_quotes",
]
