"""R13 incitement — 煽动性、过激性信息.

Seed: 2.二.(二).4 and 4.二.(二).4 (不得发布带有煽动性、过激性的信息).

Catches, from ``data/incitement.txt``: calls to collective pressure actions that are enough
alone (罢课, 拉横幅, 堵校门, 去学校闹, 集体上访, 联名举报), extreme talk (血债血偿, 以暴制暴,
让他们付出代价), and a call to the crowd together with a pressure action ("所有家长明天一起去
教育局讨说法"). A crowd word alone ("大家一起努力") or an action word alone ("有意见可以向学校
反映") is not incitement; a parent's own complaint is R12/R18, not this rule. A short "count me
in" (算我一个, +1, 扣1, 我也签) is incitement when the nearest call before it (within two hours
and eight messages) is one; when it is a teacher's, "1" answers a notice.

The message is removed and the head teacher is told (MAJOR).

```yaml
rules:
  R13:
    extra_terms: []     # school-specific additions, each enough on its own
    allow_terms: []
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from classmod.rules.standard.lexicon import Hit, evidence

from classmod.context import MessageContext
from classmod.hookspecs import RuleSpec, hookimpl
from classmod.model import Category, Severity, Verdict
from classmod.text import normalize

from ._common import TermSettings, corrects_others, gate_for, pair_rule_hits

NAME = "incitement"
RULE_ID = "R13"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings(TermSettings):
    """``extra_terms`` (each enough on its own) and ``allow_terms`` (never counted)."""


#: Collective pressure by its grammar, where the word lists need a fixed phrase: refusing
#: together ("作业再这么多就集体不写了", "大家这周别送孩子来了"), a petition ("联名给校长写
#: 封信"), going together to the authorities or to make a scene ("下周一起去教育局反映",
#: "要不我们也去闹一闹").
_CALL_FORMS = re.compile(
    r"集体不(?:写|交|去|来|上|参加|签|送|做)"
    r"|联名(?:给|写|向|找|上书|要求|举报|投诉|签)"
    r"|(?:大家|家长们|咱们|我们|所有人|全班)[^，。！!？?]{0,6}?(?:都|也|就)?(?:别|不要|不)送孩子"
    r"|(?:咱们|我们|大家|家长们)[^，。！!？?]{0,4}?(?:一起|都|也|干脆|直接|明天就)去[^，。！!？?]{0,6}?"
    r"(?:闹|讨说法|讨个说法|要说法|要个说法|问个说法|理论|堵|静坐)"
    # leave taken together: "全班家长一起，从下周开始都给孩子请假"
    r"|(?:大家|我们|咱们|全班|家长们)[^。！!？?]{0,14}?(?:都|一起|统一|集体)(?:给孩子|帮孩子)?请假"
    r"|(?:一起|集体|都)去(?:教育局|区教育局|市教育局|政府|镇政府|校长室)[^，。！!？?]{0,8}?"
    r"(?:反映|讨|找|理论|说理|投诉|举报|上访)"
    r"|(?:要不|干脆)(?:咱们|我们|大家)[^，。！!？?]{0,4}?(?:也)?去[^，。！!？?]{0,3}?闹"
    # holding back together what the school asks for: "大家都先别交，集体拖着", "统一不订"
    r"|集体(?:拖着|拒交|抵制|罢课|请假)|统一不(?:交|去|送|签|订|报)|(?:一起|一齐)不(?:签|交|去|送)"
    r"|罢(?:餐|课|考)|(?:去|到)(?:校门口|学校门口|校门)?拉(?:个|条)?横幅"
    r"|(?:大家|咱们|我们|家长们)[^，。！!？?]{0,4}?(?:一起|一齐|都)(?:去)?(?:打|拨)(?:12345|市长热线|热线)"
    r"|(?:大家|咱们|我们|家长们|全班)[^，。！!？?]{0,3}?(?:都|也)?(?:明天|听日)?(?:一起|一齐)?先?"
    r"(?:别|不要|唔好|不好|莫|覅|甭|勿)(?:交|缴|签)"
    r"(?=[^，。！!？?]{0,12}?(?:集体|一起|统一|看学校|学校))"
    # keeping the children home together, in any dialect: "大家明天覅送了吧", "都莫送了"
    r"|(?:大家|家长们|咱们|我们|全班)[^，。！!？?]{0,6}?(?:都|也|就)?(?:别|不要|莫|覅|甭|勿|唔好)(?:送|去上学|去学校|上学)了?吧"
    # taking it to the short-video platforms: "发抖音让大家评评理", "这种事就得曝光"
    r"|(?<!被)(?<!被家长)(?:发|上|拍)(?:到)?(?:个)?(?:抖音|快手|微博|网上|小红书)[^，。！!？?]{0,8}?(?:评评理|曝光(?!了)|讨说法|看看)"
    r"|(?:抖音|快手|微博|小红书|视频号)(?:上)?(?:直播|曝光)[^，。！!？?]{0,3}?(?:让|给)"
    r"(?:全国|全网|大家|所有人|其他家长|别人)[^，。！!？?]{0,6}?(?:看看|评评理|知道)"
    r"|(?:就得|必须|一定要|咱们|我们)(?:去)?曝光"
)
_CALL_FORMS_NEEDS = gate_for(_CALL_FORMS)


#: Talking others out of it: "有意见通过家委会反映…咱别拉横幅了".
_DISSUADES = re.compile(
    r"有(?:问题|意见|建议)[^，。]{0,3}?(?:通过|找|跟|向)(?:家委会|老师|学校|班主任|年级)"
    r"|(?:别|不要|咱别|咱们别|我们别)(?:去)?(?:拉横幅|堵校门|静坐)"
)


def find_incitement(norm: str, settings: Settings | None = None) -> tuple[str, list[Hit]]:
    """``(sub_rule, hits)``: ``action``, ``extreme`` or ``crowd`` (a crowd called to act), or
    ``("", [])`` when the normalised text is not inflammatory."""
    found = pair_rule_hits(
        "incitement", norm, settings or Settings(), extra_tag="action", first="crowd", second="act"
    )
    if found[0] and _DISSUADES.search(norm) is not None:
        return "", []  # "有意见通过家委会反映…咱别拉横幅了": talked out of it (R18 reads this too)
    if found[0] or _CALL_FORMS_NEEDS.search(norm) is None:
        return found
    form = _CALL_FORMS.search(norm)
    if form is None or (settings and any(a in form.group(0) for a in settings.allow_terms)):
        return found
    return "action", [Hit(form.group(0), "action", 2, form.start(), form.end())]


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.INCITEMENT,
    summary="不得发布带有煽动性、过激性的信息",
    settings=Settings,
    seed_clauses=("2.二.(二).4", "4.二.(二).4"),
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


#: "Count me in": a short reply that joins a call (算我一个, +1, 扣1, 我也签, 同意联名).
_JOINS = re.compile(
    r"^(?:支持|同意|赞成|加1|扣1|1)?(?:算我一个|算我一份|算上我|加我一个|我参加|我也参加|我签一个|"
    r"我也签|我签|拉我|带上我|我去|我也去|同意联名|支持联名|加1|扣1|1|一)(?:个|份|家)?(?:了|吧)?"
    r"|算我一个|算我一份|算上我|加我一个|带上我|我也签|我也投诉|我也去|我也不让|现在就打|明天就拍|"
    r"我支持|支持|我签一个|(?:我|那我|我家)(?:明天|这周|也|就)*不送了|也不送|也不去了|我们也不去"
    r"|^(?:我|俺)?(?:同意|赞成)(?:了|吧)?$"
    # doing it too: "俺也打", "我们也带饭", "我们家也先不交" (not "我也收到了", "我也是")
    r"|^(?:那)?(?:我|俺|我们|俺们|我家|俺家|我们家)(?:明天|今天|这周|下周|明早)?(?:也|都)(?:先|一起|跟着)?"
    r"(?!收到|知道|是|觉得|想|有|好|谢|看|明白|了解)[\u4e00-\u9fff]{1,5}$"
)
_JOINS_NEEDS = gate_for(_JOINS)
#: A 接龙 list ("1.段奕辰爸爸 2.金子航妈妈 3.苗苗妈妈（我也去）"), copied on from the call's own.
_LIST_ENTRY = re.compile(r"1[.．、]?\s*([^\s\d]{2,10})")
_JOIN_MAX_CHARS = 14
_SUGGESTION = re.compile(
    r"有(?:问题|意见|疑问|想法|建议)(?:的话)?(?:可以|欢迎)|不合适|不同意|不赞成|不参与|不支持"
)  # a calm suggestion, or disagreeing with a call
_CALL_LOOKBACK = 8
_CALL_WITHIN = timedelta(hours=2)


def joins_call(ctx: MessageContext, settings: Settings | None = None) -> str | None:
    """The call to act that this short reply joins, or None: the nearest earlier call for
    everyone (a staff notice asking for 接龙/1 is one too) must be an incitement."""
    folded = ctx.norm
    entry = _LIST_ENTRY.match(ctx.text.strip())
    if entry is not None:
        # a 接龙 list that goes on from a call's own list joins that call
        first = entry.group(1)
        for m in reversed(ctx.history[-_CALL_LOOKBACK:]):
            if m.ts < ctx.message.ts - _CALL_WITHIN:
                break
            if first in m.text and (call := _call_in(m.text, settings)):
                return call
    if len(folded) > _JOIN_MAX_CHARS:
        return None
    view = ctx.facts.contact_view  # computed once a message (R06 reads it too)
    if _JOINS_NEEDS.search(view) is None or _JOINS.search(view) is None:
        return None
    since = ctx.message.ts - _CALL_WITHIN
    for m in reversed(ctx.history[-_CALL_LOOKBACK:]):
        if m.ts < since:
            return None
        if ctx.roster.is_staff(m.sender_id):
            return None  # the nearest call is the teacher's: "1" answers a notice
        call = _call_in(m.text, settings)
        if call:
            return call
        if Category.INCITEMENT in ctx.earlier.get(m.id, ()):
            return "响应号召"  # a reply found to join the call: the call is still open
    return None


@lru_cache(maxsize=4096)  # each earlier message is asked by the few replies after it
def _call_in(text: str, settings: Settings | None) -> str:
    sub_rule, hits = find_incitement(normalize(text), settings)
    return evidence(hits) if sub_rule else ""


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    if corrects_others(ctx.norm) or _SUGGESTION.search(ctx.norm):
        return []  # a correction, or a calm suggestion ("有问题可以一起去找校长当面说")
    settings = ctx.settings_for(Settings)
    sub_rule, hits = ctx.fact_for(
        find_incitement, settings, lambda: find_incitement(ctx.norm, settings)
    )
    if not sub_rule:
        call = joins_call(ctx, settings)
        if call is None:
            return []
        sub_rule, hits = "join", [Hit(ctx.norm, "join", 2, 0, len(ctx.norm))]
    return [
        SPEC.verdict(
            severity=Severity.MAJOR,
            reason=(
                "根据本群群规（不得发布带有煽动性、过激性的信息），"
                "已告知班主任。有意见或诉求，请私下与班主任沟通，或通过电话、书面方式"
                "向学校反映，学校会认真处理。"
            ),
            evidence=evidence(hits),
            sub_rule=sub_rule,
            needs_staff=True,
            delete=True,
        )
    ]
