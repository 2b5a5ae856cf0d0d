"""Text normalisation and link extraction shared by all rules.

``normalize`` folds a message so that one lexicon entry catches its evasions: full-width and
compatibility forms (NFKC), case, traditional characters (folded to simplified, character by
character), Latin look-alikes from Cyrillic and Greek, invalid surrogates, zero-width and
control characters, and everything that is not a letter, digit or CJK character between the
characters (spaces, punctuation, emoji). It stays *precise*: it never folds homophones or
numerals, because every rule (flood detection too) compares its output.

Looser views are separate functions: :func:`contact_view` also keeps a ``+``/``➕`` as ``加``
and folds runs of Chinese numerals to digits (``一三八…`` → ``138…``), for the contact-lure
checks of the ad rule. Homophones (``威信``, ``V信``, ``扣扣``) are lexicon aliases, not folds.

``extract_links`` finds links with or without a scheme (``www.x.com``, ``t.cn/xyz``,
``mp.weixin.qq.com/s/…``), also written with spaces or ``点``/``。`` around the dots, and
``registered_domain`` applies the Public Suffix List (a bundled offline snapshot).
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from publicsuffixlist import PublicSuffixList

# (Hangul syllables too: 朝鲜族 families write 엄마, 받았습니다 beside Chinese)
_KEEP = re.compile(
    r"[0-9a-z\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3\U00020000-\U0003134f]+"
)

# Cyrillic and Greek letters that look like Latin ones (vх, qq written with Cyrillic/Greek).
_CONFUSABLES = {
    "а": "a",
    "в": "b",
    "е": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ј": "j",
    "ԛ": "q",
    "ԝ": "w",
    "ν": "v",
    "ο": "o",
    "α": "a",
    "ρ": "p",
    "τ": "t",
    "κ": "k",
    "ι": "i",
    "χ": "x",
    "ω": "w",
}


@lru_cache(maxsize=1)
def _fold_table() -> tuple[dict[int, str], frozenset[str], re.Pattern[str]]:
    """Traditional → simplified (one character each) plus the look-alikes, built once, the
    set of characters that have a fold (to skip the translate for most messages), and a
    pattern that finds any of them in the Basic Multilingual Plane or any character beyond it
    (one C-level scan with a bitmap; a text it misses has nothing to fold).

    The character pairs are zhconv's ``zh2Hans`` table (the MediaWiki conversion data); only
    one-to-one entries are used, so the cost per message is at most one ``str.translate``.
    The data file is read directly: importing ``zhconv`` itself drags in ``pkg_resources``.
    """
    spec = importlib.util.find_spec("zhconv")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("classmod needs the zhconv package for its conversion table")
    data = Path(next(iter(spec.submodule_search_locations))) / "zhcdict.json"
    hans: dict[str, str] = json.loads(data.read_text(encoding="utf-8"))["zh2Hans"]
    table: dict[int, str] = {}
    for trad, simp in hans.items():
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            # NFKC runs first, so the target must itself be NFKC-stable and lower-case.
            table[ord(trad)] = unicodedata.normalize("NFKC", simp)
    for fake, latin in _CONFUSABLES.items():
        table[ord(fake)] = latin
    bmp = "".join(re.escape(chr(c)) for c in sorted(table) if c <= 0xFFFF)
    return table, frozenset(chr(c) for c in table), re.compile(f"[{bmp}\U00010000-\U0010ffff]")


def _clean_surrogates(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


# Spaces and CJK/full-width punctuation that ``normalize`` drops anyway (not ＋, 〇, 々):
# removing them first lets most messages skip the costly NFKC pass.
_DROPPED_EARLY = re.compile(
    r"[\s\u2018-\u201f\u3000-\u3004\u3008-\u303f\uff01-\uff0a\uff0c-\uff0f"
    r"\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+"
)


def _fold(text: str) -> str:
    text = _DROPPED_EARLY.sub("", _clean_surrogates(text))
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = text.lower()
    table, foldable, maybe_foldable = _fold_table()
    # Most messages are plain simplified Chinese: a scan is far cheaper than a translate, and
    # the pattern's bitmap cheaper than the set check (left for texts with astral characters).
    if maybe_foldable.search(text) is None or foldable.isdisjoint(text):
        return text
    return text.translate(table)


#: Texts up to this long are normalised through a cache: the short ones ("收到", "好的，谢谢老师")
#: are the ones that come again and again, and a long text would cost the cache memory.
_CACHED_MAX_CHARS = 64


#: Characters written in Cantonese and practically never in Mandarin: a folded text with one
#: of them is read in Mandarin words, so the rules' word lists serve 粤语 groups too
#: ("你眼神唔好使就唔好喺度乱讲" is matched as "你眼神不好使就不好在度乱讲").
_CANTONESE_ONLY = re.compile("[嘅咗唔冇喺佢啲嚟睇咩乜哋嘢揾畀俾咁嗰啱攞嬲㗎噉]")
_CANTONESE_WORDS = {
    "系唔系": "是不是", "有冇": "有没有", "边度": "哪里", "点解": "为什么", "点样": "怎么样",
    "乜嘢": "什么", "咩嘢": "什么", "做嘢": "做事", "琴日": "昨天", "寻日": "昨天",
    "听日": "明天", "而家": "现在", "仔女": "孩子", "个仔": "儿子", "个女": "女儿",
    "细路": "小孩", "老豆": "爸爸", "唔该": "谢谢", "好嬲": "很生气", "激到我死": "气死我了",
    "好嘢": "太好了",
}  # fmt: skip
_CANTONESE_WORD = re.compile("|".join(sorted(_CANTONESE_WORDS, key=len, reverse=True)))
_CANTONESE_CHARS = str.maketrans(
    {
        "唔": "不", "冇": "没", "嘅": "的", "咗": "了", "佢": "他", "喺": "在", "嚟": "来",
        "睇": "看", "乜": "什么", "咩": "什么", "哋": "们", "嘢": "东西", "揾": "找", "畀": "给",
        "俾": "给", "咁": "这么", "嗰": "那", "啲": "些", "系": "是", "啱": "对", "攞": "拿",
        "嬲": "生气", "㗎": "的", "噉": "这样",
    }
)  # fmt: skip


#: Northern and south-western words with one Mandarin reading: 俺 (我), 啥/啥子 (什么),
#: 咋 (怎么), 娃儿 (孩子), 屋头 (家里): "俺家娃儿" is matched as "我家孩子".
_DIALECT_WORDS = {
    "啥子": "什么", "啥": "什么", "咋": "怎么", "俺": "我", "娃儿": "孩子", "屋头": "家里",
}  # fmt: skip
_DIALECT_WORD = re.compile("|".join(sorted(_DIALECT_WORDS, key=len, reverse=True)))
_DIALECT_CHARS = re.compile("[啥咋俺娃屋]")


#: Shanghainese (吴语) words, read when a text has 侬 or 囡, which Mandarin never writes: "侬讲
#: 话当心点，要侬管" is matched as "你讲话当心点要你管", "有意思伐" as "有意思吗" (阿拉伯 stays).
_WU_ONLY = re.compile("[侬囡]")
_WU_WORDS = {
    "侬": "你", "小囡": "孩子", "囡囡": "孩子", "伐": "吗", "自家": "自己家", "晓得伐": "知道吗",
}  # fmt: skip
_WU_WORD = re.compile("|".join(sorted(_WU_WORDS, key=len, reverse=True)) + "|阿拉(?![伯斯善])")


def mandarin_view(folded: str) -> str:
    """A folded text in Mandarin words: a Cantonese text (one with a Cantonese-only
    character; 系统, 关系 and 联系 in Mandarin text stay as they are), a Shanghainese one
    (:data:`_WU_WORDS`), and the northern and south-western words of :data:`_DIALECT_WORDS`."""
    if _DIALECT_CHARS.search(folded) is not None:
        folded = _DIALECT_WORD.sub(lambda m: _DIALECT_WORDS[m.group(0)], folded)
    if _WU_ONLY.search(folded) is not None:
        folded = _WU_WORD.sub(lambda m: _WU_WORDS.get(m.group(0), "我们"), folded)
    if _CANTONESE_ONLY.search(folded) is None:
        return folded
    folded = _CANTONESE_WORD.sub(lambda m: _CANTONESE_WORDS[m.group(0)], folded)
    return folded.translate(_CANTONESE_CHARS)


def _normalize(text: str) -> str:
    return mandarin_view("".join(_KEEP.findall(_fold(text))))


_normalize_cached = lru_cache(maxsize=8192)(_normalize)


#: The last text normalised and its result: the rules fold the message being judged several
#: times over (the context's ``norm``, the rules' own cached ``norm`` of raw texts), and a
#: text seen once misses every cache keyed by text; this catches the same object again.
_last: tuple[str, str] = ("", "")


def normalize(text: str) -> str:
    """Fold ``text`` for matching: NFKC, lower case, simplified characters, look-alikes to
    Latin, and only letters, digits, CJK characters and Hangul kept.

    Pure, so short texts are answered from a cache (a repeated "收到" is folded once), and
    the last text from a one-entry memo (the same message, asked again by another rule)."""
    global _last
    last = _last
    if text is last[0]:
        return last[1]
    folded = _normalize_cached(text) if len(text) <= _CACHED_MAX_CHARS else _normalize(text)
    _last = (text, folded)
    return folded


_PLUS = re.compile(r"[+➕✚\u2795]")
#: Emoji that stand for a platform in a contact lure: 🛰️ (卫星, WeChat), 🐧 (企鹅, QQ),
#: ✈️ (飞机, Telegram), 📞 (电话).
_PLATFORM_EMOJI = {"🛰": "卫星", "🐧": "企鹅", "✈": "飞机", "📞": "电话"}
_PLATFORM_EMOJI_RE = re.compile("|".join(_PLATFORM_EMOJI))
_PLUS_OR_FULLWIDTH = re.compile(r"[+➕✚\u2795\uff0b\ufe62\u207a\u208a🛰🐧✈📞]")
_NUMERAL_CHARS = "0123456789零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖幺两"
_NUMERAL_RUN = re.compile(f"[{_NUMERAL_CHARS}]{{5,}}")
_NUMERAL_TABLE = str.maketrans(
    {
        "零": "0",
        "〇": "0",
        "一": "1",
        "壹": "1",
        "幺": "1",
        "二": "2",
        "贰": "2",
        "两": "2",
        "三": "3",
        "叁": "3",
        "四": "4",
        "肆": "4",
        "五": "5",
        "伍": "5",
        "六": "6",
        "陆": "6",
        "七": "7",
        "柒": "7",
        "八": "8",
        "捌": "8",
        "九": "9",
        "玖": "9",
    }
)


def fold_digits(norm: str) -> str:
    """Runs of five or more numerals (Chinese or mixed) become ASCII digits.

    Short runs stay as they are, so ``一年级`` or ``三八妇女节`` keep their meaning while a
    spelled-out phone or QQ number (``一三八一二三四五六七八``) becomes ``13812345678``.
    """
    if not _NUMERAL_RUN.search(norm):
        return norm
    return _NUMERAL_RUN.sub(lambda m: m.group(0).translate(_NUMERAL_TABLE), norm)


def contact_view(text: str, norm: str | None = None) -> str:
    """A looser view of the raw ``text`` for contact-lure checks: like :func:`normalize`, but a
    ``+``/``➕`` is kept as ``加`` (``+V`` → ``加v``), an emoji standing for a platform is its
    word (``🛰️：sm_9981`` → ``卫星sm9981``) and numeral runs are digits.

    Pass ``norm`` (``normalize(text)``, already computed) to skip the second fold when the
    text has no plus sign, which is nearly always."""
    if norm is not None and not _PLUS_OR_FULLWIDTH.search(text):
        return fold_digits(norm)
    folded = _PLUS.sub("加", _fold(text))
    if _PLATFORM_EMOJI_RE.search(folded) is not None:
        folded = _PLATFORM_EMOJI_RE.sub(lambda m: _PLATFORM_EMOJI[m.group(0)], folded)
    return fold_digits("".join(_KEEP.findall(folded)))


_DIGIT_RUN = re.compile(r"\d{5,}")


def contact_numbers(view: str) -> tuple[str, ...]:
    """Digit runs that look like a QQ number (5-11 digits) or a mobile number (11)."""
    out: list[str] = []
    for m in _DIGIT_RUN.finditer(view):
        run = m.group(0)
        # a mobile number, or a QQ number (which never starts with 0)
        if 5 <= len(run) <= 11 and run[0] != "0":
            out.append(run)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Link:
    """A link found in a message, with or without a scheme."""

    url: str
    host: str
    registered_domain: str


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    # The package bundles a snapshot of the list; nothing is fetched at run time.
    return PublicSuffixList(only_icann=False)


@lru_cache(maxsize=4096)
def registered_domain(host: str) -> str:
    """The registrable domain of ``host`` (``a.b.edu.cn`` → ``b.edu.cn``) by the Public Suffix
    List; a host that is itself a suffix or unknown keeps its last two labels."""
    host = host.lower().strip(".")
    if _IPV4.fullmatch(host):
        return host
    found = _psl().privatesuffix(host)
    if found:
        return str(found)
    return ".".join(host.split(".")[-2:])


def is_known_suffix(host: str) -> bool:
    """Whether the host ends in a suffix the Public Suffix List knows (not ``homework.docx``)."""
    return _psl().publicsuffix(host.lower(), accept_unknown=False) is not None


def domain_in(host: str, domains: tuple[str, ...] | list[str]) -> bool:
    """Whether ``host`` is one of ``domains`` or a subdomain of one."""
    host = host.lower().strip(".")
    for d in domains:
        d = d.lower().strip(".")
        if d and (host == d or host.endswith("." + d)):
            return True
    return False


_IPV4 = re.compile(r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}")

_LINK = re.compile(
    r"(?<![a-z0-9@._-])"
    r"(?P<scheme>(?:https?|ftp)://)?"
    r"(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,23}"
    r"|(?:\d{1,3}\.){3}\d{1,3})"
    r"(?P<port>:\d{1,5})?"
    r"(?P<path>[/?#][!-~]*)?",
    re.IGNORECASE,
)

# Written-out dots ("baidu点com", "x 。cn", "www . x . com") glued back between ASCII labels.
_SPACED_DOT = re.compile(
    r"(?<=[a-z0-9])\s*(?:\.|。|｡|点|點|\(\.\)|\[\.\]|\(dot\)|\[dot\])\s*(?=[a-z0-9])",
    re.IGNORECASE,
)

# A host spelt out letter by letter ("w n s r 8 8 . c c", "h t t p s : / / b o y a 8 8"): runs
# of single letters and digits with spaces between are glued back, and so is a spaced "://".
_LETTER_SPACED = re.compile(
    r"(?<![a-z0-9])(?:[a-z0-9][ \t\u3000]+){1,}[a-z0-9](?![a-z0-9])", re.IGNORECASE
)
_SPACED_SCHEME = re.compile(r"(?<=[a-z])\s*:\s*/\s*/\s*", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")

# Top-level domains accepted without a scheme, a www. or a path: a bare "Mr.Li" or "x.so" in a
# sentence is more often not a link than one.
_BARE_TLDS = frozenset(
    {
        *("com", "cn", "net", "org", "top", "xyz", "cc", "vip", "info", "me", "io", "co"),
        *("tv", "shop", "club", "site", "online", "link", "store", "app", "fun", "ink", "ltd"),
        *("work", "live", "tech", "wang", "win", "pro", "biz", "mobi", "asia", "icu", "cyou"),
        *("buzz", "life"),
    }
)


# A cheap pre-check on the raw text: an ASCII or full-width letter/digit, a dot of some kind,
# and another letter/digit ("1. 抄写第5课" is a list, no host).
_MAYBE_LINK = re.compile(
    r"[a-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]\s*(?:[.。｡．]|点|點|dot)"
    r"\s*[a-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]",
    re.IGNORECASE,
)


def extract_links(text: str) -> tuple[Link, ...]:
    """Every link in ``text``, with or without ``http://``.

    A link without a scheme counts when it starts with ``www.``, has a path, or ends in a
    common top-level domain; either way its suffix must be one the Public Suffix List knows,
    so ``作业.docx`` or ``v1.2`` are not links. E-mail addresses are not links.
    """
    if not _MAYBE_LINK.search(text):
        return ()
    folded = unicodedata.normalize("NFKC", _clean_surrogates(text))
    if _LETTER_SPACED.search(folded) is not None:
        folded = _LETTER_SPACED.sub(lambda m: _WHITESPACE.sub("", m.group(0)), folded)
        folded = _SPACED_SCHEME.sub("://", folded)
    folded = _SPACED_DOT.sub(".", folded)
    found: list[Link] = []
    for m in _LINK.finditer(folded):
        host = m.group("host").lower().rstrip(".")
        scheme = m.group("scheme")
        path = m.group("path") or ""
        if _IPV4.fullmatch(host):
            if not (scheme or path or m.group("port")):
                continue
        else:
            if not is_known_suffix(host):
                continue
            tld = host.rsplit(".", 1)[-1]
            if not (scheme or path or host.startswith("www.") or tld in _BARE_TLDS):
                continue
        url = m.group(0).rstrip(".,;:!?)]}'\"")
        found.append(Link(url=url, host=host, registered_domain=registered_domain(host)))
    return tuple(found)


__all__ = [
    "Link",
    "contact_numbers",
    "contact_view",
    "domain_in",
    "extract_links",
    "fold_digits",
    "is_known_suffix",
    "normalize",
    "registered_domain",
]
