"""R08 rumor — 虚假信息、传谣.

Seed: 1.2 (严禁发布虚假、庸俗信息), 4.二.(二).5 (不传谣).

Catches, from ``data/rumor.txt``: chain-forwarding calls (紧急扩散, 速转, 看到请转发),
claimed inside information (内部消息, 小道消息, 朋友圈都在传), classic scare rumours
(人贩子, 抢孩子, 拐卖儿童), and hearsay together with an alarm ("听说明天停课",
"据说食堂饭菜有毒", "朋友说下周全员核酸", "有孩子得了诺如"). A message that debunks a rumour
(辟谣, 不信谣不传谣, 是谣言) is not one, nor a parent *asking* whether hearsay is true: a
hearsay-and-alarm pair in a message that ends as a question ("听说明天停课？", "…是真的吗")
is a question for the teacher, and a parent mentioning an event staff already announced in
the group is passing it on. Chain-forwarding calls count even in a question.

A rule cannot know what is true, so nothing is deleted: the head teacher is flagged to
confirm or correct it in the group (MINOR, needs staff).

```yaml
rules:
  R08:
    extra_terms: []     # school-specific additions, each enough on its own
    allow_terms: []
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from classmod.rules.standard.lexicon import Hit, evidence, find_terms, strong_or_pair

from classmod.context import MessageContext
from classmod.hookspecs import RuleSpec, hookimpl
from classmod.model import Category, Message, Severity, Verdict
from classmod.text import normalize

from ._common import corrects_others, debunks, gate_for
from .illicit import own_words
from .r04_illegal import subsidy_bait
from .r07_link import untrusted_links

NAME = "rumor"
RULE_ID = "R08"

_QUESTION_END = re.compile(
    r"(?:[?？]|吗|么|呢|(?:晓得|知道|是真的|真的|对|是|有)(?:不|没|没有|伐|冇|未))[\s!！。.~～…]*$"
    r"|系唔系|是不是真的|有冇"
    # asked inside the message: "听说镇上小学要撤掉是真的不 我们老的接送不方便",
    # "这个补贴您听说了吗？我没找到小程序"
    r"|是真的不|是真的吗|真的假的|(?:老师|您)[^。！!]{0,20}?(?:吗|么|呢)[?？]"
    # the teacher asked inside: "杨老师，期中后是不是要分快慢班了？我听好几个家长这么说"
    r"|(?:老师|您)[^。！!]{0,24}?(?:是不是|会不会|要不要|有没有|是否)[^。！!?？]{0,24}[?？]"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    extra_terms: tuple[str, ...] = ()
    allow_terms: tuple[str, ...] = ()


# Hearsay by its grammar rather than fixed words: "听我在教育局的表哥说", "我小姨子在医院上班，
# 说…", "小区群里都在传", "刚刷到一个视频，说…" (on the folded text).
_HEARSAY = re.compile(
    r"听(?:我|别的|隔壁|人家|家长|说)?[^，。]{0,12}?(?:说|讲)"
    r"|我(?:的|有个|有一个|一个)?(?:表哥|表姐|表妹|表弟|堂哥|堂姐|姐姐|哥哥|姐|哥|妹妹|弟弟|朋友|同事|邻居|亲戚|闺蜜|"
    r"老公|老婆|小姨子|舅舅|姑姑|阿姨|叔叔|婶婶|同学|婆婆|公公|奶奶|爷爷|外婆|外公|妈|爸|嫂子|大姑"
    r"|小姑|姐夫|妹夫|家里人|亲家|老乡|发小|侄儿|侄子|侄女|外甥女?|小姐妹|姐妹|老同学)"
    r"[^说讲]{0,16}?(?:说|讲)"
    # a neighbour or someone at work by how they are called: "楼下李姐说", "厂里王师傅讲"
    r"|(?:楼下|楼上|隔壁|对门|单位|厂里|村里|小区)(?:的)?[\u4e00-\u9fff]{0,2}?"
    r"(?:姐|哥|阿姨|大妈|大爷|叔|婶|嫂|老板|师傅)(?:说|讲)"
    r"|有消息(?:说|称)|有人说|(?:传遍|疯传|都传)了?|^转(?:发|自)(?!.{0,6}(?:老师|班主任|学校|校长))"
    r"|(?:群|圈|小区|镇上|村里|网上|朋友圈|大家|外面)(?:里|上)?(?:的人)?(?:都在|也在|在)(?:传|说)"
    r"|(?:刷到|看到)[^，。]{0,8}?(?:视频|帖子|新闻|消息)|(?:看到了|听说了)说|^刚刷到"
    r"|(?:好多人|很多人|不少人|人家|别人|大伙)(?:都)?(?:在)?(?:讲|说|传)"
    r"|(?:同事|领导|朋友|亲戚|邻居)[^，。]{0,4}?讲|传疯了|刚收到消息|透个底|重磅"
    # a relative inside: "我孙女她舅在教育办上班 说文件都下来了"
    r"|(?:舅|姨|叔|姑|侄|甥|表哥|表姐|亲戚|朋友|同学|同事|邻居)[^，。]{0,4}?在(?:区|市|县|镇)?(?:教育|教委|学校|教育办"
    r"|教育局|区里)"
    r"|(?:快手|抖音|小红书|朋友圈|微博|本地号|公众号|视频号|(?<![借在跟向])群)(?:上|里)?[^，。]{0,6}?(?:看到|刷到|说|发的|发了|在传|在说)"
    # an authority outside the school quoted by a parent: "村支书都讲了", "教育局都定好了"
    r"|(?:村支书|支书|村长|村干部|居委会|社区|街道|镇上|镇里|县里|市里|区里|上面|上级|教育局)"
    r"(?:的人|的领导|领导)?(?:都|也|已经|早就)?(?:讲了|说了|发话了|定好了|定了|决定了|通知了|传达了)"
)
#: A parent announcing news to everyone: with two alarms it is a claim stated as fact
#: ("大家注意了，明天开始县里所有学校都要查手机，一律没收").
_ANNOUNCING = re.compile(
    r"^(?:大家|各位家长|各位)?(?:注意了|注意啦|注意)|^(?:告诉大家|通知大家|重要消息|最新消息|紧急消息)"
    # news asked after as if everyone knew it: "二班的家长看到了吗，明天整个片区停水…"
    r"|(?:看到了|知道了|听说了)(?:吗|没|么)|看到没"
)
#: Joining a rumour: "我也听说了", "是真的", "我也看到了" right after one.
_ECHO = re.compile(
    # after an exclamation at the news: "天啊真的吗？我在老年群里也看到了"
    r"^(?:(?:天啊|天哪|天呐|我的天|妈呀|哎呀|啊|哇)+(?:真的(?:吗|啊|呀)?)?)?"
    r"(?:(?:这个|这事|这件事)?(?:我也|我们也)?(?:听说了|听说过|听到了|看到了|看到过|听讲了|听人讲)"
    r"|我在[^，。]{0,6}?群(?:里)?也(?:看到|刷到|听到|听说)了?)"
    r"|^我也看到有人(?:这么|这样)?(?:说|讲)|^(?:我们|我家)?(?:那边|这边|村里|小区|单位)也在(?:传|说|讲)"
    r"|^(?:是真的|千真万确|肯定是真的)"
    r"|^我也(?:是)?刷到(?:的|了)"
)
#: An echo may carry the rumour on ("我也听说了，水库要垮了，下游的寨子都在撤"); a long message
#: that merely opens so is the teller's own news, judged by its words.
_ECHO_MAX_CHARS = 32
_ECHO_LOOKBACK = 4
#: Vouching for a rumour just told, by whoever told it or joins it: "八九不离十",
#: "有鼻子有眼的", "这还能有假？到时候你们就知道了".
_VOUCHES = re.compile(
    r"八九不离十|有鼻子有眼|还能有假|肯定是真的|错不了|千真万确|到时候(?:大家|你们)?就知道了"
    r"|肯定没错|应该是真的|(?:好多人|很多人|大家|网上)都(?:在)?(?:转|这么说|这样说|在传)"
    r"|等着瞧吧|不信等着看|不信你们等着|心里有个数"
    # defending it against doubt: "爱信不信", "信不信由你", "你不信就等着", "等官方公布就晚了",
    # "官方当然不会承认", "宁可信其有", "辟谣的也不一定是真的", "官网都是滞后的"
    r"|爱信不信|信不信由你|你不信(?:就|是你的事|拉倒)|(?:等|到)官方[^，。]{0,4}?(?:公布|发|通知|承认)[^，。]{0,2}?就?晚"
    r"|官方(?:当然|肯定|怎么)(?:不会|会)(?:承认|说)|宁可信其有|辟谣的?(?:也)?不一定|官网都是滞后"
    r"|(?:亲眼|亲口)[^，。]{0,4}?(?:看见|看到|说)的"
    # a rumour asked about, confirmed with where it came from: "真的，我们单位群都发了", "我表
    # 姐在教育局做事讲的"
    r"|^(?:真的|是真的|对|没错|确实)(?:啊|呀)?(?:我们|我)?[^，。]{0,4}?群(?:里)?(?:都|也)?(?:发了|在传|说了)"
    r"|^(?:是)?我(?:的|有个)?(?:表哥|表姐|表妹|表弟|堂哥|堂姐|姐姐|哥哥|朋友|同事|邻居|亲戚|老公|老婆"
    r"|舅舅|姑姑|阿姨|叔叔|同学)[^，。]{0,14}?(?:说|讲)的$"
)
#: Doubt about what was heard, or the teacher asked to confirm it: "我也看到了，不过没找到官方
#: 文件，老师知道是真的吗？" checks the news rather than spreading it.
_DOUBTS = re.compile(
    r"没(?:找到|看到|见到)(?:官方|正式|文件|通知)|不知(?:道)?(?:真假|是真是假|是不是真的)|不确定"
    r"|老师[^，。]{0,8}?(?:吗|么|是不是|是真的)"
)
_VOUCH_MAX_CHARS = 40
_VOUCH_WITHIN = timedelta(minutes=30)
#: What a parent's claim says beyond a staff announcement: how long, which days, how widely
#: ("停课三天", "下周一二", "全市") — then it is no mention of what was announced.
_EXTENT = re.compile(
    r"[0-9一二两三四五六七八九十](?:天|周|个月)|周[一二三四五六日天]|下周[一二三四五六日]?|明年"
    r"|下学期|全市|全县|全区|全省|整个|所有学校"
)


#: A change to come, by its grammar: a time ahead and what will then be so ("今年开始中职生
#: 不能考单招了", "明年要整体拆迁", "下学期就停办了"), a closure, a streaming into classes, a
#: score line moving, children snatched. Only with a hearsay source (:data:`_HEARSAY`) is it
#: an alarm: the teller passes on what someone said will happen.
_POLICY_CLAIM = re.compile(
    r"(?:今年|明年|下学期|下半年|下个月|以后|从[^，。]{1,6}开始|(?:下周|下礼拜|下星期)(?:开始|起))"
    r"[^，。]{0,12}?"
    r"(?:要|会|将|不能|不让|不再|取消|统一|必须|全部|一律|实行|实施)"
    r"|停办|撤并|拆迁|分(?:快慢|重点|实验|尖子)班|拐(?:小孩|孩子|卖)|(?:本科|录取|分数)线[^，。]{0,6}(?:涨|降)"
    # children snatched: "已经抱走两个了", "开面包车的在门口抱小孩"
    r"|(?:抱|偷|拐|抢)走(?:了)?(?:[一两三四五六七八九十\d]+个|小孩|孩子|娃)"
    r"|(?:面包车|陌生人)[^，。]{0,12}?(?:抱|偷|拐|抢)(?:小孩|孩子|娃)"
)
_POLICY_CLAIM_NEEDS = gate_for(_POLICY_CLAIM)
#: What a change heard of must be about to alarm: the school, exams and admissions, public
#: bodies and places (not a family's own plan: "我表哥说明年要带孩子回老家").
_PUBLIC_MATTER = re.compile(
    r"学校|教育|班|年级|考|招生|录取|分数|学籍|停课|放假|开学|补贴|补助|政策|文件|规定|省里|市里"
    r"|区里|县里|镇上|村|街道|政府|医院|幼儿园|小学|初中|高中|学生|孩子都|小孩|拐"
)


#: A change to the school year or its rules by its grammar: "寒假提前到12月10号", "开学推迟",
#: "三年级要分快慢班", "按期中成绩分班".
_CHANGE = re.compile(
    r"(?:寒假|暑假|假期|开学|放假|期末考试?|期中考试?|中考|高考|考试|报名)(?:要|会|将)?(?:提前|推迟|延后|延期|改到|改成|取消)"
    r"|(?:要|会|将|开始)分(?:快慢|重点|实验|尖子|好坏)班|按[^，。]{0,6}?成绩分班"
)


def find_rumor(
    norm: str, settings: Settings | None = None, *, question: bool = False
) -> tuple[str, list[Hit]]:
    """``(sub_rule, hits)``: ``chain``, ``hearsay`` or ``alarm``, or ``("", [])``.

    ``question``: the message ends as a question, so a hearsay-and-alarm pair is not enough."""
    s = settings or Settings()
    hits = find_terms(
        "rumor", norm, s.extra_terms, s.allow_terms, extra_tag="chain", extra_weight=2
    )
    if not hits and (change := _CHANGE.search(norm)) is not None:
        hits = [Hit(change.group(0), "alarm", 1, change.start(), change.end())]
    if (
        not any(h.tag == "alarm" for h in hits)
        and _POLICY_CLAIM_NEEDS.search(norm) is not None
        and (claim := _POLICY_CLAIM.search(norm)) is not None
        and (any(h.tag == "hearsay" for h in hits) or _HEARSAY.search(norm) is not None)
        and _PUBLIC_MATTER.search(norm) is not None
    ):
        # a change to come, heard from someone: "我表姐在教育局上班，她讲今年本科线要涨三十分"
        hits = [*hits, Hit(claim.group(0), "alarm", 1, claim.start(), claim.end())]
    if not hits:
        return "", []  # no alarm to pair with hearsay (most messages)
    if (
        not any(h.tag == "hearsay" for h in hits)
        and any(h.tag == "alarm" for h in hits)  # hearsay only counts with an alarm
        and (said := _HEARSAY.search(norm))
    ):
        hits.append(Hit(said.group(0), "hearsay", 1, said.start(), said.end()))
    if (
        not any(h.tag == "hearsay" for h in hits)
        and len({h.term for h in hits if h.tag == "alarm"}) >= 2
        and (voice := _ANNOUNCING.search(norm))
    ):
        hits.append(Hit(voice.group(0), "hearsay", 1, voice.start(), voice.end()))
    if not any(h.tag == "alarm" for h in hits) and (change := _CHANGE.search(norm)) is not None:
        hits.append(Hit(change.group(0), "alarm", 1, change.start(), change.end()))
    tag = strong_or_pair(hits, "hearsay", "alarm")
    if tag == "hearsay" and question and not any(h.weight >= 2 for h in hits):
        return "", []
    return (tag, hits) if tag else ("", [])


#: A question put to the whole group about the news one brings is no question: "你们都知道
#: 不", "大家听说了吗" (the teller asks nobody to check it).
_RHETORICAL = re.compile(
    r"(?:你们|大家|各位)(?:都|也|还)?(?:知道|晓得|听说)(?:了)?(?:不|没|吗|么|没有|伐|冇)"
)


def is_question(text: str) -> bool:
    """Whether the raw ``text`` ends as a question ("？", "吗", "呢"), or opens as one put to
    the group and asks it ("想问下园里今年的园服是统一订吗？去年大班的亲戚说是…")."""
    if _QUESTION_END.search(_RHETORICAL.sub("", text)) is not None:
        return True
    return _ASKS_FIRST.match(text) is not None and _ASKED.search(text) is not None


_ASKS_FIRST = re.compile(r"\s*(?:请问|想问下|想问一下|问一下|问下|想请问)")
_ASKED = re.compile(r"[?？]|吗")


#: Alarm words too general to show a staff message told the same news ("把群名片改成…" is no
#: announcement that the PE exam "改成100分").
_GENERIC_ALARMS = frozenset(
    {"改成", "取消", "执行", "强制", "改革", "新规", "公示", "定好了", "已经定了", "发文件", "延长",
     "推迟", "全市", "全区", "全县", "下学期开始", "明年起", "明年开始", "以后都要"}
)  # fmt: skip
#: How far back a staff announcement makes a parent's mention of it no rumour.
_ANNOUNCED_LOOKBACK = 30


def announced(ctx: MessageContext, hits: list[Hit]) -> bool:
    """Whether the alarms of ``hits`` (停课, 补贴 …) are in a recent message of staff: the
    parent is passing on what the school said, not a rumour. Every alarm must be there: news
    the school did not tell ("肺结核" after the school's "传染病预防指南") is the parent's own."""
    alarms = [h.term for h in hits if h.tag == "alarm" and h.term not in _GENERIC_ALARMS]
    if not alarms:
        return False
    extents = {m.group(0) for m in _EXTENT.finditer(ctx.norm)}
    roster = ctx.roster
    for m in reversed(ctx.history[-_ANNOUNCED_LOOKBACK:]):
        if roster.is_staff(m.sender_id):
            folded = normalize(m.text)
            if all(term in folded for term in alarms):
                # the same news, unless the parent adds how long or how far it goes
                return all(e in folded for e in extents)
    return False


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.RUMOR,
    summary="不传谣，不发布未经证实的虚假信息；学校相关消息以老师和学校的正式通知为准",
    settings=Settings,
    seed_clauses=("1.2", "4.二.(二).5"),
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


#: Money to claim: "资助申请", "补贴申领", "助学金领取", "可以领500".
_SUBSIDY = re.compile(
    r"(?:资助|补贴|助学金|补助|津贴|奖学金|红包)[^，。]{0,6}?(?:申请|申领|领取|登记|入口|发放)"
    r"|(?:申请|申领|领取)[^，。]{0,4}?(?:资助|补贴|助学金|补助)|可以领[\d一二三四五六七八九十百千两]+"
)


def _told_rumor(ctx: MessageContext, m: Message) -> bool:
    """Whether an earlier message told a rumour: by its words, or as the rules found it (an
    echo or a vouch that a rumour had: "我同事说的，八九不离十" after "肯定是真的")."""
    return Category.RUMOR in ctx.earlier.get(m.id, ()) or bool(
        find_rumor(normalize(m.text), ctx.settings_for(Settings), question=is_question(m.text))[0]
    )


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    if ctx.only_acknowledges:
        return []  # 收到, 好的谢谢老师, 👍: nothing of this rule's in an acknowledgement
    if corrects_others(ctx.norm) or debunks(ctx.norm):
        return []  # a correction, or a claim set straight ("县疾控公众号发了，没有大爆发")
    sub_rule, hits = find_rumor(ctx.norm, ctx.settings_for(Settings))
    # only a hearsay verdict depends on the question (asked only then: nearly never)
    if sub_rule == "hearsay" and is_question(ctx.text):
        sub_rule, hits = find_rumor(ctx.norm, ctx.settings_for(Settings), question=True)
    if (
        not sub_rule
        and len(ctx.norm) <= _ECHO_MAX_CHARS
        and _ECHO.search(ctx.norm)
        and _DOUBTS.search(ctx.norm) is None
    ):
        rumor = next(
            (
                m
                for m in reversed(ctx.history[-_ECHO_LOOKBACK:])
                if m.sender_id != ctx.message.sender_id and _told_rumor(ctx, m)
            ),
            None,
        )
        if rumor is not None:
            sub_rule, hits = "echo", [Hit(ctx.norm, "hearsay", 2, 0, len(ctx.norm))]
    if (
        not sub_rule
        and len(ctx.norm) <= _VOUCH_MAX_CHARS
        and (vouch := _VOUCHES.search(ctx.norm)) is not None
    ):
        since = ctx.message.ts - _VOUCH_WITHIN
        if any(m.ts >= since and _told_rumor(ctx, m) for m in ctx.history[-_ECHO_LOOKBACK:]):
            sub_rule, hits = "echo", [Hit(vouch.group(0), "hearsay", 2, 0, 0)]
    if (
        not sub_rule
        and ctx.links
        and (subsidy := _SUBSIDY.search(ctx.norm)) is not None
        and untrusted_links(ctx)
    ):
        # "学生资助申请指南 www.cdedu-zizhu.com/apply", "午餐补贴申领入口 gzxsbt.top": money to
        # claim at a page the group does not trust (LABELS.md rumor: subsidies to claim)
        sub_rule, hits = "subsidy", [Hit(subsidy.group(0), "alarm", 2, 0, 0)]
    if (
        not sub_rule
        and not ctx.member.is_staff
        and subsidy_bait(ctx.norm) is not None
        and (bait := subsidy_bait(own_words(ctx))) is not None  # not one quoted or told of
    ):
        # "补贴开始申领，每人可领二千八百元，请扫描二维码填写": a sum each and a way to claim it
        sub_rule, hits = "subsidy", [bait._replace(tag="alarm", weight=2)]
    if not sub_rule:
        return []
    if sub_rule == "hearsay" and announced(ctx, hits):
        return []  # a mention of what staff already announced (LABELS.md)
    return [
        SPEC.verdict(
            severity=Severity.MINOR,
            reason=(
                "根据本群群规（不传谣，不发布虚假信息），这条消息的内容尚未得到学校证实，"
                "已请班主任核实。学校相关的消息请以老师和学校的正式通知为准，"
                "未经证实的消息请先私下向老师询问，不要在群里转发。"
            ),
            evidence=evidence(hits),
            sub_rule=sub_rule,
            needs_staff=True,
        )
    ]
