"""Text normalisation and link extraction shared by all rules.

``normalize`` folds a message so that one lexicon entry catches its evasions: full-width and
compatibility forms (NFKC), case, zero-width and control characters, and everything that is
not a letter, digit or CJK character between the characters (spaces, punctuation, emoji).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_KEEP = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def normalize(text: str) -> str:
    """Fold ``text`` for matching: NFKC, lower case, only letters, digits and CJK kept."""
    folded = unicodedata.normalize("NFKC", _clean_surrogates(text)).lower()
    return "".join(_KEEP.findall(folded))


def _clean_surrogates(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


@dataclass(frozen=True, slots=True)
class Link:
    """A link found in a message, with or without a scheme."""

    url: str
    host: str
    registered_domain: str


_LINK = re.compile(
    r"(?:(?:https?|ftp)://)?"
    r"((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}))"
    r"(?::\d{1,5})?(?:/[^\s\u3000-\u303f\uff00-\uffef]*)?",
    re.IGNORECASE,
)

_TWO_LEVEL = {"com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn", "ac.cn", "com.hk", "co.uk"}


def registered_domain(host: str) -> str:
    parts = host.lower().strip(".").split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in _TWO_LEVEL:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def extract_links(text: str) -> tuple[Link, ...]:
    folded = unicodedata.normalize("NFKC", _clean_surrogates(text))
    found: list[Link] = []
    for m in _LINK.finditer(folded):
        host = m.group(1).lower()
        found.append(Link(url=m.group(0), host=host, registered_domain=registered_domain(host)))
    return tuple(found)
