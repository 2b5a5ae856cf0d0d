"""R12 slander — 诋毁学校、师生形象，在群内发布有关校方的负面信息.

Seed: 1.5 (禁止诋毁学校及师生形象，如有意见或建议可以直接与老师沟通), 2.一.(二).4,
2.二.(二).3 and 4.二.(二).3 (家长不得在群内发布有损学校、教师、学生及家长形象的言论).

Catches, from ``data/slander.txt``: phrases that are disparaging on their own (误人子弟,
不配当老师, 师德败坏, 垃圾学校, 乱收费, 收红包, 没家教, 没素质), and a negative word
(偏心, 不负责任, 敷衍, 体罚, 不称职 …) in the same message as a target (学校, 老师, 班主任,
校长, 那个家长, 他家孩子). Self-talk ("我家孩子字写得太差") and denials ("老师从不收红包",
"严禁乱收费") are not slander.

The message stays; the sender is kindly pointed to the proper channel and the head teacher
is flagged (MINOR, needs staff).

```yaml
rules:
  R12:
    extra_terms: []     # school-specific additions, each enough on its own
    allow_terms: []
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classmod.rules.standard.lexicon import Hit, evidence, strong_or_pair

from classmod.context import MessageContext
from classmod.hookspecs import RuleSpec, hookimpl
from classmod.model import Category, Severity, Verdict

from ._common import TermSettings, gate_for, negated, norm, pair_rule_hits

NAME = "slander"
RULE_ID = "R12"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings(TermSettings):
    """``extra_terms`` (each enough on its own) and ``allow_terms`` (never counted)."""


#: What favouritism hands out: being chosen, on stage, in front, praised.
_PRIVILEGE = (
    r"(?:领队|上台|发言|表演|选上|评上|评优|三好|班干部|领奖|奖状|机会|前排|坐前|主持|升旗手|代表)"
)
#: Accusations by their grammar, each enough alone: money gone missing ("钱进了谁口袋", "这钱
#: 到底去哪了", "收得不明不白"), a sham put on for someone ("排给区里领导看", "做样子给上面检查
#: 的人看"), paid tutoring on the side ("周末在外面开补习班").
_ACCUSATION = re.compile(
    r"钱(?:都)?进了?谁的?口袋|钱(?:最后|到底)?(?:都)?去哪(?:了|儿)|收得不明不白|不知道(?:进了|用到)哪"
    r"|(?:不知道|不晓得|到底|究竟|鬼知道|谁知道)[^，。]{0,4}?钱[^，。]{0,4}?(?:用到|花到|用在|花在)哪"
    # a place or a prize given by connections: "名额都被有关系的拿走了", "座位跟送了礼的排"
    r"|(?:名额|位置|座位|机会|奖状|三好|班干部|好班)[^，。？?]{0,10}?(?:给|被|留给|跟|按)"
    r"[^，。？?]{0,6}?(?:关系好|有关系|送了礼|送礼|塞了钱|给了钱)"
    # paid for, given nothing: "一学期收三百多…啥也不教", "收四百多，就给吃这个"
    r"|收[^，。]{0,10}?[0-9一二两三四五六七八九十百千]+[^。]{0,24}?(?:就给(?:吃|喝|我们)?这|啥也不|什么也不|什么都不|钱收得)"
    r"|(?:没见|不见|也不|从不|没有)公示|账目不公开"
    # gifts behind a favour: "谁知道是不是给老师送了东西"; a teacher's level mocked: "学校老师就这
    # 水平", "比秦老师清楚多了"; the food no better: "我们学校食堂也好不到哪去"
    r"|(?:是不是|难怪|怪不得|肯定是|估计是|八成是)[^，。]{0,4}?(?:给|送)(?:了)?老师(?:送)?(?:了)?"
    r"(?:东西|礼|礼物|红包|钱|购物卡)|老师就这水平|老师(?:的)?水平就这样"
    r"|比[\u4e00-\u9fff]{1,3}老师[^，。]{0,4}?(?:清楚|强|好)多了|食堂(?:也)?好不到哪"
    r"|(?:演|排|做|搞|弄)(?:样子)?给.{0,5}?(?:领导|上面|检查|上级|校长|督导|评估|专家|教育局)"
    r"(?:组|团|的人|们)?看"
    r"|(?:在外面|周末|在家|课后)(?:偷偷)?(?:开|办|带)(?:了个|个|了)?(?:补习班|辅导班|小班|补课班)"
    # favouritism: "每次入场式领队都是那几个孩子", "评三好学生从来都是家委会那几家的孩子"
    r"|(?:每次|总是|从来|永远|回回)[^，。？?]{0,10}?"
    + _PRIVILEGE
    + r"[^，。？?]{0,6}?都是[^，。？?]{0,6}?那几(?:个|家)"
    r"|"
    + _PRIVILEGE
    + r"[^，。？?]{0,8}?(?:每次|总是|从来|永远)(?:都)?是[^，。？?]{0,8}?那几(?:个|家)"
    # gifts hinted at: "逢年过节就往办公室跑"; a cover-up: "学校还不让孩子回家说"
    r"|逢年过节[^，。]{0,6}?(?:往办公室跑|送礼|表示|走动)|(?:学校|老师)[^，。]{0,4}?不让(?:孩子|我们|家长)"
    r"(?:回家)?(?:说|讲|拍|外传)|捂盖子|封口费"
    # incompetence and qualifications: "这个数学老师也不行", "有没有教师资格证"
    r"|(?:这个|那个|这位|那位)[\u4e00-\u9fff]{0,2}老师(?:也|真|太|根本|就是)?不行"
    r"|(?:有没有|没有|没)(?:教师)?资格证|(?:就是|成了)透明人"
    # money spent who knows how, or made off the families: "这钱都花哪去了", "学校又想赚钱"
    r"|钱(?:都|到底)?花(?:到)?哪(?:儿|里)?(?:去)?了"
    r"|(?:学校|老师|食堂)(?:又|就是|就想|是想|又想|变着法)(?:子)?(?:赚钱|捞钱|圈钱|赚家长的钱|收钱|要钱)"
    # a sham and a fob-off: "免费答疑也就是走个形式", "纯属糊弄家长"
    r"|(?:也就是|就是|纯属|都是|无非是)走(?:个)?(?:形式|过场)|糊弄(?:家长|我们|孩子|人)"
    # a teacher hired or able at all: "学校招的什么老师", "跟着能学好才怪"
    r"|招的(?:什么|啥)老师|(?:跟着|跟她|跟他)[^，。]{0,4}?能学好才怪"
    # someone, surely, making money off it: "肯定有人从里面赚", "肯定有人食回佣"
    r"|(?:肯定|一定|估计|八成|绝对|准是)有人(?:从中|从里面|在里面|里面)(?:赚|捞|吃|拿|食)"
    r"|(?:肯定|一定|估计|八成|绝对|准是)有人[^，。]{0,4}?(?:捞|吃回扣|拿回扣|食回佣|拿好处|吃差价"
    r"|中饱私囊)"
    # a fee collected, and the money gone who knows where: "伙食费可没少收，钱都不知道花哪去了"
    r"|(?:费|收)[^。]{0,20}?钱(?:都|也)?不知道(?:花|用|去)(?:到)?哪"
    # the fee diverted: "暖气费肯定被挪去干别的了", "班费被克扣"
    r"|(?:费|钱)[^，。]{0,6}?(?:肯定|估计|八成|是不是|怕是)?被(?:挪|私吞|克扣|截留|贪|吞)"
    r"|(?:费|钱)[^，。]{0,4}?(?:挪用|挪去|挪作)"
    # made off the families: "学校这是又在赚家长的钱吧"
    r"|(?:学校|老师|食堂|校方|幼儿园|园里)[^，。]{0,6}?(?:赚|捞|圈)(?:家长|我们|大家)的钱"
    # something behind it, surely, in a school matter: "供应商换了以后…肯定有猫腻"
    r"|(?:学校|老师|食堂|校服|供应商|午餐|伙食|园里|费)[^。]{0,30}?(?:肯定|一定|估计|八成|绝对)有"
    r"(?:猫腻|回扣|鬼|内幕|好处)"
    # a show put on for the parents: "陪餐那天当然弄得好，演给你们看的"
    r"|(?:当然|就是|都是|只是|专门|故意|不过是|纯粹是?)[^，。]{0,4}?演给(?:你们|我们|大家|家长|人)看"
    r"|演给(?:你们|我们|大家|家长|人)看的(?:吧|罢了|而已)?(?:平时|其实)"
    # places for gifts: "换座位是看谁家给刘老师送了东西", "前排那几个都是送过礼的"
    r"|看谁(?:家)?(?:给[^，。]{0,5}?)?送(?:了|过)?(?:东西|礼|红包|钱|购物卡)|都是送(?:过|了)礼的"
    r"|是不是[^，。]{0,6}?没(?:给)?(?:您|你|老师)?送(?:东西|礼|红包|钱)|关系户(?![吗么嘛?？])"
    # the school making money off the families: "学校在里面赚差价", "学校收了人家多少好处",
    # "拿我们孩子练手"
    r"|(?:学校|老师|校方|校长)[^，。]{0,6}?赚差价|(?:学校|老师|校方|校长)收了[^，。]{0,6}?好处"
    r"|拿(?:我们|孩子|我们孩子|我们的孩子|我们家孩子)[^，。]{0,3}练手"
    # paid tutoring pushed: "就让去他外面的班", "周末在校外开班"
    r"|(?:让|叫|逼)(?:孩子|学生|我们|娃娃)?(?:去|上)(?:他|她)(?:的)?(?:外面|校外|自己)的?(?:班|补习班|辅导班)"
    r"|(?:在校外|校外|在外面)(?:偷偷)?(?:开|办)(?:了个|个|了)?班"
    # paid, and then left alone: "学校收了住宿费就不管"
    r"|收了?[^，。]{0,6}?(?:费|钱)(?:就|也)?(?:不管|不闻不问|撒手不管)"
)
#: Every match of _ACCUSATION holds one of these: one cheap search spares the pattern.
_ACCUSATION_GATE = re.compile(
    r"钱|收|关系|送了礼|送礼|收得不明不白|不知道|看|补习班|辅导班|小班|补课班|那几|逢年过节|不让|捂盖子|封口费|不行|资格证"
    r"|透明人|公示|账目|老师|食堂|形式|过场|糊弄|才怪|有人|送|班|关系户|练手|学校|校方|校长"
    r"|费|演给|园里|供应商|午餐|伙食"
)
#: "这不是乱收费是什么": a negation that asserts (a rhetorical question).
_ASSERTS = re.compile(
    r"不是([^，。]{1,8}?)(?:是什么|又是什么|还能是什么)|(?:还不是|不就是|无非是|说到底是)([^，。]{1,8})"
    # "现在当老师的谁不收礼啊": who doesn't, everyone does
    r"|谁不([^，。]{1,6})"
)
#: Joining an accusation just made: "我也听说过，难怪…", "无风不起浪", "怪不得".
_ECHO = re.compile(
    r"^(?:我也听说|我也听孩子说|难怪|怪不得|果然)|无风不起浪|大家心里都有数|懂的都懂"
    # agreeing, or one's own child saying the same: "是啊，凭什么…", "我们秋燕也说牛奶少了"
    r"|^(?:是啊|是的呀|就是|对啊|确实|没错|可不是)|^(?:我也|我们也)(?:听|发现|遇到)"
    r"|^(?:我们|我家|俺家|阿拉)[\u4e00-\u9fff]{0,3}也(?:说|讲|是这样|觉得|遇到)"
)
_ECHO_MAX_CHARS = 30
#: A join that takes the school's side after all: "…也说听不懂，但是我觉得是刚换方法不适应".
_HEDGES = re.compile(r"但是|不过|可能是|应该是|我觉得是|也许|是不是|吧[?？]?$")
_ECHO_LOOKBACK = 3


#: More accusations by their grammar: the money in someone's pocket ("进了校长腰包"), the
#: school called crooked ("这学校就是黑"), fees as robbery ("这跟抢有什么区别", "拿家长当提款
#: 机"), a margin someone pocketed ("差价谁拿了心里都清楚"), a fee per pupil sent ("人头费"),
#: pupils sold as labour, the same few favoured again ("又是上私教课的那几个孩子", "前三排都
#: 是家委会那几家的"), food fit for no one ("汤跟洗锅水一样", "猪都不吃").
_CLAIMS = re.compile(
    r"进了?[^，。？?]{0,6}?(?:腰包|口袋|兜里)|钱[^。]{0,8}?装(?:进)?(?:了)?(?:自己)?(?:兜里|口袋|腰包)"
    r"|(?:学校|校方|老师|食堂|这学校)[^，。]{0,3}?(?:就是|真|太|好|真是)黑"
    r"|(?:跟|和)(?:抢|抢钱|明抢|强盗)(?:有什么|有啥)区别|不就是抢钱|明抢"
    r"|(?:拿|把)(?:我们|家长|我们家长|大家|我们当家长的)当(?:提款机|韭菜|冤大头|摇钱树)"
    r"|差价[^，。？?]{0,4}?(?:谁|去哪|哪去|进了)|谁(?:拿|赚|吃|得)(?:了|走)?[^，。？?]{0,4}?心里(?:都)?(?:清楚|有数|明白)"
    # pupils who do not pay treated worse: "不报的孩子老师会另眼看待"
    r"|(?:老师|学校)[^。]{0,4}?(?:会|就)?(?:另眼看待|区别对待|给穿小鞋|穿小鞋)"
    r"|人头费|好处费|当?廉价劳动力|卖给[^，。]{0,4}?(?:厂|工厂|公司)"
    r"|又是[^，。？?]{0,14}?那几(?:个|家)(?=[^。]{0,24}?(?:轮不到|没份|后排|凭什么|内定|私教|家委会|送礼"
    r"|关系|明摆着))|(?:都是|总是|全是)[^，。？?]{0,6}?(?:家委会|送了礼|送过礼|有关系"
    r"|关系好|上私教|补课)的?(?:那几|孩子|人)"
    r"|(?:食堂|饭|菜|伙食|午餐|营养餐|汤)[^。]{0,12}?(?:(?:跟|像)(?:洗锅水|刷锅水|泔水|猪食)"
    r"|(?:猪|狗)都不(?:吃|喝))"
    # gifts to a teacher stated as done: "给老师发了红包的娃儿座位都调到前面去了"
    r"|(?:给|送)(?:了|咗|过)?(?:老师|班主任|园长|校长)[^，。]{0,2}?(?:送|发|塞)?(?:了|咗|过)?"
    r"(?:购物卡|红包|礼金|礼物|钱)"
    # what the pupils are given, taken: "剩下的是不是被食堂拿去卖了", "牛奶被克扣了"
    r"|(?:鸡蛋|牛奶|菜|肉|饭|物资|补助|营养餐|水果)[^。]{0,20}?被[^，。]{0,6}?"
    r"(?:拿去卖|拿回家|私吞|克扣|扣下|贪)"
    # a relative's firm given the canteen: "配餐是园长亲戚的公司包的"
    r"|(?:校长|园长|领导|主任|书记)(?:的)?(?:亲戚|小舅子|老婆|老公|弟弟|哥哥|侄子|家属|亲属)"
    r"[^，。]{0,6}?(?:公司|开的|承包|包的|的厂)"
    # staff who never do their job: "宿管晚上根本就不查寝"
    r"|(?:宿管|生活老师|班主任|老师|保安|校医|门卫)[^，。]{0,6}?(?:根本|从来)(?:就)?(?:不|没)"
    r"(?:查|管|看|来|理)"
    # pupils held cheap: "特殊孩子不会说话，是不是就可以随便对待"
    r"|(?:就|就可以|就能)(?:随便|随意)(?:对待|欺负|打|骂|糊弄)"
    # paid classes outside, and those who stay away made to pay: "老师周末在她朋友开的机构里
    # 带奥数课", "班上娃儿不去补的，上课就不点他回答问题"
    r"|老师[^。]{0,8}?在[^，。]{0,8}?(?:机构|培训班|外面|外头|校外)[^，。]{0,4}?"
    r"(?:(?:带|开|教|讲)[^，。]{0,4}?(?:课|班)|上[^，。班]{0,4}?课)"
    r"|(?:不去补|没去补|不去上|没报(?:他|她)的?班|不报(?:他|她)的?班)[^。]{0,16}?"
    r"(?:不点|不理|针对|罚|冷落|爱答不理|穿小鞋)"
)
_CLAIMS_NEEDS = gate_for(_CLAIMS)


def _accusation(norm: str) -> re.Match[str] | None:
    if _ACCUSATION_GATE.search(norm) is not None:
        for m in _ACCUSATION.finditer(norm):
            if "班" in m.group(0) and "我" in norm[max(0, m.start() - 3) : m.start()]:
                continue  # "我周末在家开了个补习班" is the sender's own class (R06's), no claim
            return m
    if _CLAIMS_NEEDS.search(norm) is None:
        return None
    for m in _CLAIMS.finditer(norm):
        if not negated(norm, m.start()):  # "账目会公开，不存在进谁口袋": denied
            return m
    return None


def accusation(norm: str) -> bool:
    """Whether a normalised text makes an accusation by its grammar (see _ACCUSATION)."""
    return _accusation(norm) is not None


#: A question put to the school: "想问学校有组织吗", "请问是学校安排的吗".
_ASKS_SCHOOL = re.compile(r"(?:想问|请问|问一下|问下|想确认)[^吗么]{0,14}?(?:吗|么)")


def _school_only_asked(norm: str, hits: list[Hit]) -> bool:
    """Whether every target of a negative word is named only inside a question put to the
    school, and the negative word stands outside it."""
    asked = (
        [m.span() for m in _ASKS_SCHOOL.finditer(norm)] if "问" in norm or "确认" in norm else []
    )
    if not asked:
        return False
    targets = [h for h in hits if h.tag == "target"]
    negs = [h for h in hits if h.tag != "target"]

    def inside(h: Hit) -> bool:
        return any(b <= h.start < e for b, e in asked)

    return bool(targets) and all(inside(h) for h in targets) and not any(inside(h) for h in negs)


#: Another school, and a question put: what happened elsewhere asked about.
_OTHER_SCHOOL = re.compile(r"(?:隔壁|别的|其他|外地|外面的?|邻近的?)(?:学校|小学|中学)|外校|邻校")
_ASKS = re.compile(r"[?？]|会不会|是不是|有没有")
_OTHER_SCHOOL_REACH = 14  # how far after "隔壁学校" its news runs


def _about_another_school(norm: str, hits: list[Hit]) -> bool:
    """Whether every charge found is told of another school ("隔壁学校有老师体罚学生"), not
    this one ("…我们学校食堂也好不到哪去" is a claim about ours)."""
    others = [m.start() for m in _OTHER_SCHOOL.finditer(norm)]
    charges = [h for h in hits if h.tag != "target"]
    return bool(others and charges) and all(
        any(0 <= h.start - o <= _OTHER_SCHOOL_REACH for o in others) for h in charges
    )


#: A matter closed: the school answered, it was a misunderstanding, an apology ("学校已经回复咗，
#: 话会换承包商", "我问清楚了，是误会，跟您道个歉").
_RESOLVED = re.compile(r"是(?:个)?误会|误会了|道(?:个)?歉|已经回复|已经解决|已经处理|问清楚了")


def find_slander(norm: str, settings: Settings | None = None) -> tuple[str, list[Hit]]:
    """``(sub_rule, hits)``: ``teacher``, ``school``, ``pupil``, ``parent`` or ``neg`` (a
    negative word about a target), or ``("", [])`` when the normalised text is not slander."""
    sub_rule, hits = pair_rule_hits(
        "slander", norm, settings or Settings(), extra_tag="school", first="neg", second="target"
    )
    if not sub_rule and (claim := _accusation(norm)) is not None:
        return "school", [Hit(claim.group(0), "school", 2, claim.start(), claim.end())]
    if sub_rule == "neg" and _school_only_asked(norm, hits):
        # "要先交钱，我觉得不靠谱，想问学校有组织吗": the offer doubted, not the school
        return "", []
    if not sub_rule or not any(negated(norm, h.start) for h in hits):
        return sub_rule, hits
    asserted = [next(m.span(g) for g in (1, 2, 3) if m.group(g)) for m in _ASSERTS.finditer(norm)]
    if any(b <= h.start < e for h in hits for b, e in asserted):
        return sub_rule, hits  # "这不是乱收费是什么" says it is
    # "不存在进谁口袋", "我们不护短": a negated accusation is none; judge what is left
    kept = [h for h in hits if h.tag == "target" or not negated(norm, h.start)]
    tag = strong_or_pair(kept, "neg", "target")
    if tag:
        return tag, kept
    if (claim := _accusation(norm)) is not None:  # "还不是演给领导看的": a claim all the same
        return "school", [Hit(claim.group(0), "school", 2, claim.start(), claim.end())]
    return "", []


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.SLANDER,
    summary="不得在群内诋毁学校、教师、学生及家长形象；意见和建议请私下或通过电话、邮件反映",
    settings=Settings,
    seed_clauses=("1.5", "2.一.(二).4", "2.二.(二).3", "4.二.(二).3"),
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    if ctx.only_acknowledges:
        return []  # 收到, 好的谢谢老师, 👍: nothing of this rule's in an acknowledgement
    settings = ctx.settings_for(Settings)
    sub_rule, hits = ctx.fact_for(find_slander, settings, lambda: find_slander(ctx.norm, settings))
    if sub_rule and _RESOLVED.search(ctx.norm) is not None:
        return []  # the matter closed: the school answered, a misunderstanding owned up to
    if sub_rule and _ASKS.search(ctx.text) and _about_another_school(ctx.norm, hits):
        return []  # "隔壁学校有老师体罚学生…咱们学校会不会也有这种事？": another school's news
    if (
        not sub_rule
        and len(ctx.norm) <= _ECHO_MAX_CHARS
        and (echo := _ECHO.search(ctx.norm)) is not None
        and _HEDGES.search(ctx.norm) is None
        and any(  # joining an accusation someone just made in the group
            m.sender_id != ctx.message.sender_id
            and (
                Category.SLANDER in ctx.earlier.get(m.id, ())
                or find_slander(norm(m.text), settings)[0]
            )
            for m in ctx.history[-_ECHO_LOOKBACK:]
        )
    ):
        sub_rule, hits = "echo", [Hit(echo.group(0), "school", 2, 0, 0)]
    if not sub_rule:
        return []
    return [
        SPEC.verdict(
            severity=Severity.MINOR,
            reason=(
                "根据本群群规（禁止诋毁学校及师生形象，不在群内发布有损学校、教师、学生及家长"
                "形象的言论），如对老师或学校有意见和建议，请私聊班主任，或通过电话、电子邮件"
                "向老师或学校领导反映，问题会解决得更好。"
            ),
            evidence=evidence(hits),
            sub_rule=sub_rule,
            needs_staff=True,
        )
    ]
