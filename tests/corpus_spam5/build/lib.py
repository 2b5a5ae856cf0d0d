"""Shared helpers for the corpus_spam5 sources: label codes, item records, evasions.

Only the standard library. Every source module builds plain dicts through `fam()` and
`thread()`; build.py turns them into transcript lines.
"""
from __future__ import annotations

import re
import unicodedata

CATALOGUE = [
    "membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
    "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
    "student_privacy", "private_matter", "quiet_hours", "dispute",
]

# one-letter codes used in the sources
CODES = {
    "I": "illegal", "A": "abuse", "D": "ad", "L": "link", "R": "rumor", "C": "chat",
    "S": "slander", "N": "incitement", "P": "dispute",
}


def labels(code: str) -> list[str]:
    cats = {CODES[c] for c in code.split()}
    return [c for c in CATALOGUE if c in cats]


KIND_PREFIX = {"IMG|": "image", "CARD|": "link_card", "FILE|": "file"}


def _split_kind(text: str, default: str) -> tuple[str, str]:
    for prefix, kind in KIND_PREFIX.items():
        if text.startswith(prefix):
            return text[len(prefix):], kind
    return text, default


def fam(family: str, code: str, items: list, plat: str | None = None,
        polarity: str | None = None) -> list[dict]:
    """Standalone messages. An item is a text, or (text, code) to override the code."""
    out = []
    for it in items:
        if isinstance(it, str):
            text, c = it, code
        else:
            text, c = it[0], it[1]
        text, kind = _split_kind(text, "text")
        out.append({"unit": "single", "family": family, "plat": plat,
                    "msgs": [{"role": "A", "text": text, "expect": labels(c),
                              "kind": kind, "reply": None}]})
    return out


def thread(family: str, turns: list, plat: str | None = None) -> dict:
    """A run of messages kept together: (role, text, code[, reply_index])."""
    msgs = []
    for t in turns:
        role, text, c = t[0], t[1], t[2]
        reply = t[3] if len(t) > 3 else None
        text, kind = _split_kind(text, "text")
        msgs.append({"role": role, "text": text, "expect": labels(c), "kind": kind,
                     "reply": reply})
    return {"unit": "thread", "family": family, "plat": plat, "msgs": msgs}


# ---------------------------------------------------------------- normalisation
BRACKET_CODE = re.compile(r"\[[^\[\]\s]{1,8}\]")


def normalise(text: str) -> str:
    """NFKC, lower case, drop whitespace, punctuation, symbols, emoji, [表情] codes.

    Deliberately at least as aggressive as LABELS.md's flood normalisation, so texts
    that are distinct here are distinct there.
    """
    s = unicodedata.normalize("NFKC", text).lower()
    s = BRACKET_CODE.sub("", s)
    keep = []
    for ch in s:
        cat = unicodedata.category(ch)
        if ch.isspace() or cat[0] in "PSZCM":
            continue
        keep.append(ch)
    return "".join(keep)


# ---------------------------------------------------------------- link detection
TLDS = (
    "com|cn|net|org|vip|cc|top|xyz|me|io|co|info|app|link|site|club|shop|live|tv|la|"
    "ly|gl|im|so|ws|pw|bet|win|fun|icu|asia|hk|tw|mo|us|uk|jp|ru|gg|pro|biz|online|"
    "store|tech|work|ink|wang|red|ltd|xin|ren|kim|games|casino|sex|xxx|porn|mp|to|"
    "ph|kh|vn|th|my|sg|in|ai|cx|su|tk|ml|ga|cf|gq|best|today|cloud|space|website"
)
SCHEME_URL = re.compile(r"(?i)\b(?:https?|hxxp)://([a-z0-9.-]+)")
BARE_HOST = re.compile(
    r"(?i)(?<![a-z0-9@_-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + TLDS + r"))(?![a-z0-9-])")
DOT_DISGUISE = re.compile(
    r"(?i)(?<=[a-z0-9])\s*(?:点|。|\[\.\]|\(\.\)|（\.）|\[dot\]|\(dot\)| dot )\s*(?=[a-z0-9])")
SPACED = re.compile(r"(?i)(?<=[a-z0-9.])[ \t]+(?=[a-z0-9.])")


def hosts(text: str) -> set[str]:
    """Every host a reader could type into a browser, disguised dots included."""
    s = unicodedata.normalize("NFKC", text)
    found: set[str] = set()
    variants = {s, DOT_DISGUISE.sub(".", s)}
    variants |= {SPACED.sub("", v) for v in list(variants)}
    for v in variants:
        for m in SCHEME_URL.finditer(v):
            found.add(m.group(1).lower().strip("."))
        for m in BARE_HOST.finditer(v):
            found.add(m.group(1).lower())
    # drop hosts that are only a suffix of a longer host found in the same text
    return {h for h in found if not any(o != h and o.endswith("." + h) for o in found)}


def is_allowed(host: str, allowed: list[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in allowed)


def foreign_hosts(text: str, allowed: list[str]) -> set[str]:
    return {h for h in hosts(text) if not is_allowed(h, allowed)}


# ---------------------------------------------------------------- evasions
CN_DIGITS = "零一二三四五六七八九"
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"


def cn_num(digits: str) -> str:
    return "".join(CN_DIGITS[int(d)] if d.isdigit() else d for d in digits)


def circled(digits: str) -> str:
    return "".join(CIRCLED[int(d)] if d.isdigit() else d for d in digits)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def spaced(s: str, sep: str = " ") -> str:
    return sep.join(s)
