"""R07 link — 外部网站链接（允许名单之外）.

Seed: 3.7 (严禁在群内发布其他网站链接，尤其是色情、病毒链接，一经发现，严肃处理).

Catches a link whose domain is not on the group's allowlist (``allowed_link_domains`` of the
group: the school's own site, the education authority, …), found with or without ``http://``
(``www.x.com``, ``x.cn/abc``, ``baidu点com``). Sub-rules: ``short_link`` for link shorteners
(``t.cn``, ``dwz.cn``, ``url.cn`` …, which hide where they lead, so they are never allowed),
``ip`` for a bare IP address, ``external`` for the rest.

Subdomains of an allowed domain are allowed (``basic.smartedu.cn`` under ``smartedu.cn``).
Government and education sites (``*.gov.cn``, ``*.edu.cn``) not on the list are links like
any other (LABELS.md: only the group's allowlist decides); ``allow_gov_edu: true`` lets them
all through. Teachers are judged too (LABELS.md General 3: the policy gives them an alert,
not a mute).
E-mail addresses, file names (``作业.docx``) and version numbers are not links.

```yaml
rules:
  R07:
    extra_allowed_domains: [mp.weixin.qq.com]   # on top of the group's allowlist
    allow_gov_edu: false
```
"""

from __future__ import annotations

from dataclasses import dataclass

from classmod.context import MessageContext
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, Severity, Verdict
from classmod.text import Link, domain_in

NAME = "link"
RULE_ID = "R07"

SHORTENERS: frozenset[str] = frozenset(
    {
        "t.cn",
        "dwz.cn",
        "url.cn",
        "suo.im",
        "suo.nz",
        "suo-l.cn",
        "sina.lt",
        "mrw.so",
        "rrd.me",
        "tb.cn",
        "bit.ly",
        "tinyurl.com",
        "goo.gl",
        "is.gd",
        "ow.ly",
        "t.co",
        "cutt.ly",
        "rebrand.ly",
        "s.id",
        "c.tb.cn",
        "m.tb.cn",
        "0x3.me",
        "985.so",
        "6du.in",
        "kurl.cn",
    }
)
GOV_EDU: tuple[str, ...] = ("gov.cn", "edu.cn")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    extra_allowed_domains: tuple[str, ...] = ()
    allow_gov_edu: bool = False


def link_kind(link: Link, allowed: tuple[str, ...]) -> str:
    """``""`` for an allowed link, else the sub-rule: ``short_link``, ``ip`` or ``external``."""
    if link.host in SHORTENERS or link.registered_domain in SHORTENERS:
        return "short_link"
    if domain_in(link.host, allowed):
        return ""
    if link.host.replace(".", "").isdigit():
        return "ip"
    return "external"


def disallowed_links(links: tuple[Link, ...], allowed: tuple[str, ...]) -> list[tuple[str, Link]]:
    return [(kind, link) for link in links if (kind := link_kind(link, allowed))]


def untrusted_links(ctx: MessageContext) -> list[tuple[str, Link]]:
    """The message's links to neither the group's allowed domains nor the state's and schools'
    (gov.cn, edu.cn): the pages R04 (a login asked for) and R08 (a subsidy to claim) distrust."""
    return disallowed_links(ctx.links, (*ctx.group.allowed_link_domains, *GOV_EDU))


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.LINK,
    summary="不得发布学校、教育部门以外的网站链接，尤其是色情、病毒链接和短链接",
    settings=Settings,
    seed_clauses=("3.7",),
    roles=ALL_ROLES,
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    links = ctx.links
    if not links:
        return []
    s = ctx.settings_for(Settings)
    allowed = tuple(ctx.group.allowed_link_domains) + s.extra_allowed_domains
    if s.allow_gov_edu:
        allowed += GOV_EDU
    bad = disallowed_links(links, allowed)
    if not bad:
        return []
    kinds = {kind for kind, _ in bad}
    sub_rule = next(k for k in ("short_link", "ip", "external") if k in kinds)
    return [
        SPEC.verdict(
            severity=Severity.MINOR,
            reason=(
                "根据本群群规（严禁在群内发布其他网站链接），请不要在群里发学校和教育部门以外的"
                "链接；如确有需要分享的资料，请先发给老师，由老师确认后发布。"
            ),
            evidence=" ".join(link.url for _, link in bad),
            sub_rule=sub_rule,
            delete=True,
        )
    ]
