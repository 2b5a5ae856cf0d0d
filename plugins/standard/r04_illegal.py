"""R04 illegal — 反动、暴力、色情、赌博、毒品、迷信、宗教宣传、泄露国家和学校机密.

Seed: 1.2 (严禁发布或转发反动、暴力、色情、迷信等违法违纪信息或图片), 2.一.(二).1 and
4.一.(二).1 (遵守国家法律法规), 2.一.(二).4 and 4.一.(二).4 (禁止出现不良政治倾向、宗教、
色情、暴力等内容), 3.3 (严格保守国家机密及学校机密), 3.5.

Catches words from ``data/illegal.txt`` in the normalised message. The sub-rules
``porn``, ``gambling``, ``drugs``, ``violence`` (threats, weapons), ``reactionary`` and
``cult`` are CRITICAL: the message goes, the sender is removed and staff are alerted.
``superstition`` (chain letters "不转发就倒霉", charms), ``religion`` (propaganda such as
"信主得永生") and ``secret`` (国家机密, 考题泄露) are MAJOR with a flag to staff: a parent
forwarding a chain letter should be stopped, not thrown out.

Spam offers are caught by their mechanism as well (:mod:`classmod.rules.standard.illicit`): porn,
gambling and illicit trade (``illicit``: fake documents and invoices, records for sale, money
laundering, weapons, exam fraud — MAJOR) as something on offer plus a way to get it, and
``fraud`` (MAJOR) by its moves: a task job paying per order, a code or card number asked
for, an account "frozen" until you log in, a prize to claim, an urgent transfer.

A link to a site known for reactionary or cult material (``BANNED_DOMAINS``: 大纪元, 新唐人,
明慧 …) counts as ``reactionary`` whatever the words around it.

A message with a warning word (警惕, 远离, 拒绝, 严禁, 诈骗, 禁毒, 反对 …) is not judged:
school safety notices name these things to warn against them ("警惕裸聊诈骗"). Everyone is
judged, teachers too.

```yaml
rules:
  R04:
    extra_terms: []     # school-specific additions (counted as CRITICAL)
    allow_terms: []     # phrases never counted
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classmod.rules.standard.illicit import find_offers, offers_reach, talks_about_offers
from classmod.rules.standard.lexicon import Hit, evidence, find_terms

from classmod.context import MessageContext
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, Role, Severity, Verdict
from classmod.text import Link, domain_in

from ._common import (
    BUSINESS_NAME,
    corrects_others,
    debunks,
    gate_for,
    quoted_mention,
    quoted_only,
)
from .r07_link import untrusted_links

NAME = "illegal"
RULE_ID = "R04"

#: sub-rules that are not CRITICAL (see the module documentation)
MAJOR_TAGS: frozenset[str] = frozenset(
    {"superstition", "religion", "secret", "chain", "fraud", "illicit"}
)
CUE = "cue"
#: what is offered or dealt in, which a warning or a report names too (not a threat, a
#: chain letter or propaganda, which are the content itself)
_OFFERED: frozenset[str] = frozenset({"porn", "gambling", "fraud", "illicit", "drugs"})
#: What a member can tell of, warn against or comment on without posting it: the offers, and
#: a fortune-teller's or a preacher's trade ("算命的都来了", "在家长群传教不合适吧").
_TOLD_OF = _OFFERED | {"superstition", "religion"}

#: Warning words that make the whole message a lesson or a notice (法治教育, 禁毒 …).
_CONTEXT_CUES = frozenset(
    ("安全教育", "法治教育", "法制教育", "禁毒", "反诈", "扫黄", "禁赌", "预防", "防范", "诈骗",
     "骗局", "法治课", "安全课",
     # a member asking staff about it or reporting it: "这算不算赌博？", "老师能不能查一查"
     "算不算", "查一查", "管一管", "卸载", "大家小心", "提醒大家",
     # a taken-over account reported: "色情广告，鲍爸爸的号又被盗了，已截图上报"
     "被盗", "上报", "已截图")
)  # fmt: skip
_CUE_BEFORE = 12  # folded characters from a warning word to the word it governs
_CUE_AFTER = 4
#: tag of chain letters in the word list: reported as superstition
CHAIN = "chain"
CHAIN_FORWARD = "chain_forward"

#: Registered domains of reactionary and cult media: a link there is the content itself.
BANNED_DOMAINS: tuple[str, ...] = (
    "epochtimes.com",
    "dajiyuan.com",
    "ntdtv.com",
    "ntd.tv",
    "minghui.org",
    "falundafa.org",
    "secretchina.com",
    "soundofhope.org",
    "aboluowang.com",
    "kanzhongguo.com",
)

_WHAT = {
    "porn": "色情",
    "gambling": "赌博",
    "drugs": "毒品",
    "violence": "暴力",
    "gore": "血腥暴力",
    "reactionary": "反动",
    "cult": "邪教",
    "superstition": "迷信",
    "religion": "宗教宣传",
    "secret": "涉密",
    "fraud": "诈骗",
    "illicit": "违法交易",
    "chain": "迷信（连锁转发）",
    "extra": "违法违纪",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    extra_terms: tuple[str, ...] = ()
    allow_terms: tuple[str, ...] = ()


#: Threats, gore and leaked papers by their grammar rather than fixed phrases (on the folded
#: text): "我找上门去揍他", "腿给他打断", "带几个人到学校找他", "让他横着出去"; "血喷了一地";
#: "月考的卷子我这有，考前就能拿到".
_THREAT = re.compile(
    r"(?:找上门|上门|带(?:几个|一帮|一群|些)?人)[^。]{0,10}?(?:揍|打(?!电话|我电话|给|款|折|包|卡|车)|收拾|教训|算账|找他|找你)"
    r"|(?:我|老子|我们)(?:就|要|非|一定|肯定|非得)?(?:去|过去)?(?:揍|收拾|教训)(?:死|残|废)?(?:他|你|她)"
    r"|腿(?:给|都)?(?:他|你|她)?(?:打断|打折)"
    r"|(?:让|叫)(?:他|你|她|你们?家那个|你家孩子|你儿子|你女儿)(?:横着|躺着)出去"
    r"|(?:弄|打)(?:残|废)(?:他|你|她)|(?:逮着|抓到|碰到)[^。]{0,6}?(?:揍|收拾|打断)"
    # "我直接去学校削她", "信不信我削你"
    r"|(?:我|老子)(?:就|要|直接|非|一定)?(?:去[^，。]{0,4}?)?削(?:死|残)?(?:他|你|她)"
    # others sent, a weapon brought, a beating promised: "明天找人揍你", "我拿刀去你家",
    # "见一次打一次", "看我不揍你", "我打断他的手"
    r"|找人(?:来)?(?:揍|打|收拾|弄|教训)(?:死)?(?:你|他|她)"
    r"|(?:拿|带|提|揣)(?:着|上|把)?(?:刀|菜刀|棍子|棍|棒子|砖头)[^。]{0,4}?(?:去|来|找|砍|堵)"
    r"|见一次打一次|见一回打一回|看我不(?:揍|打|收拾|弄)(?:死|残)?(?:你|他|她)"
    r"|打断(?:他|你|她)的?(?:手|腿|胳膊)"
    # a child threatened: "我明天就去学校找你儿子，看他还敢不敢"
    r"|找你(?:家)?(?:儿子|女儿|孩子|闺女|小孩)[^。]{0,8}?(?:还敢|敢不敢|算账|收拾)"
    # menace by where one lives and what may happen: "你家住哪我都知道，晚上小心点", "别让我在
    # 学校门口碰见", "让你下半辈子在轮椅上"
    r"|(?:你家|你)住哪(?:里|儿)?[^。]{0,4}?(?:我都知道|我知道|我清楚)"
    r"|你[^。]{0,12}?(?:晚上|出门|走路)(?:给我)?小心(?:点|些)"
    r"|别让我(?:再)?(?:在[^。]{1,8}?)?(?:碰见|碰到|遇到|遇见|逮到|撞见)(?:你|他|她)?(?![^。]{0,6}?(?:没|不))"
    r"|(?:一刀|拿刀)(?:捅|砍)(?:了|死)?(?:他|你|她)|捅(?:死|了)(?:他|你|她)"
    r"|下半辈子[^。]{0,6}?(?:轮椅|躺着|床上)"
)
_THREAT_NEEDS = gate_for(_THREAT)
_GORE = re.compile(r"血喷|血溅|血流了一地|一地的血|血肉|脑浆|手都快掉|砍断|被砍[^。]{0,6}血")
_LEAK = re.compile(
    r"(?:卷子|试卷|考卷|考题|试题|答案)[^。]{0,8}?(?:我这有|我有|能拿到|可以拿到|提前拿|流出来|已经?(?:拿到|到手|弄到))"
    # got hold of or offered the other way round: "能搞到月考的题目", "出期中数学卷，原题"
    r"|(?:能|可以)?(?:搞到|弄到|拿到)[^，。]{0,6}?(?:题目|原题|试卷|卷子|答案)(?![吗么呢])"
    r"|^出[^，。]{0,6}?(?:卷|试卷|卷子)[^。]{0,4}?原题"
    # papers promised before the exam: "考前三天出原题", "押题…内部渠道…不中全退"
    r"|考前[^。]{0,6}?出(?:原题|真题|卷子|试卷|答案)|押题[^。]{0,16}?(?:内部渠道|原题|不中全退|包中)"
)
#: Talk about a leak, not a leaked paper passed on: asked whether it is true, denied or
#: warned against ("如有泄题学校会严肃处理", "请不要传播"), or complained of ("照搬原题还能泄题").
_LEAK_TALK = re.compile(
    r"是真的吗|真的假的|是不是真的|有这回事|真的吗|如有|请不要传播|不要传播|别传|不要传|密封|严肃处理"
    r"|谣言|不实|假消息|还能|居然|竟然|有人卖|有人在卖|要不要买|能不能买|该不该买"
)
_BEFORE_EXAM = re.compile(
    r"考前|提前|还没考|明天考|没考|月考|期中|期末|中考|高考|联考|模考|分班考|入学考|小升初"
)
#: Preaching by its claims: salvation only through faith ("只有信主才能得到保守", "信耶稣
#: 就能得救"), God's love for the world, the one saviour ("耶稣是我们唯一的救主").
_PREACHING = re.compile(
    r"(?:只有|唯有)?信(?:主|神|耶稣|上帝|基督)(?:才|就|的人)?(?:能|可以|会)?(?:得救|得到保守|蒙福|得福|永生|平安)"
    r"|神爱世人|(?:唯一的?|我们的)救主|救世主耶稣|基督(?:爱|救)"
)
_FORMS = ((_THREAT, "violence"), (_GORE, "gore"), (_PREACHING, "religion"))
_FORMS_GATE = re.compile(r"[揍打收教算找腿横残废血脑砍掉卷题答削刀棍棒砖家见看信神救基住心别辈]")


def threatens(norm: str) -> bool:
    """Whether a normalised text threatens violence by its grammar (see ``_THREAT``)."""
    return _THREAT_NEEDS.search(norm) is not None and _THREAT.search(norm) is not None


def find_illegal_terms(
    norm: str, settings: Settings | None = None, *, offers: list[Hit] | None = None
) -> list[Hit]:
    """The illegal-content words in a normalised text; ``[]`` when clean or when the text
    warns against them."""
    s = settings or Settings()
    hits = find_terms("illegal", norm, s.extra_terms, s.allow_terms, extra_tag="extra")
    if _FORMS_GATE.search(norm) is not None:  # every match of the forms holds one of these
        for pattern, tag in _FORMS:
            if (m := pattern.search(norm)) is not None:
                hits.append(Hit(m.group(0), tag, 1, m.start(), m.end()))
        if (m := _LEAK.search(norm)) is not None and _BEFORE_EXAM.search(norm) is not None:
            hits.append(Hit(m.group(0), "secret", 1, m.start(), m.end()))
    # ``offers``: find_offers(norm), when the caller has it (a message's fact)
    offers = find_offers(norm) if offers is None else offers
    if offers:  # most messages offer nothing: no list to filter
        offers = [h for h in offers if not any(a in h.term for a in s.allow_terms)]
    if offers:
        hits = sorted([*hits, *offers], key=lambda h: h.start)
    if _CHAIN_LETTER_NEEDS.search(norm) is not None and (m := _CHAIN_LETTER.search(norm)):
        hits.append(Hit(m.group(0), CHAIN_FORWARD, 1, m.start(), m.end()))
        hits.append(Hit(m.group(0), CHAIN, 1, m.start(), m.end()))  # a call and its promise
    if not hits:
        return []
    if any(h.tag == "violence" for h in hits):
        # "郭老师 这个小子 我周末回来收拾他": a parent's word about their own child
        hits = [h for h in hits if not _disciplines_own_child(norm, h)]
    cues = [h for h in hits if h.tag == CUE]
    if cues and offers_reach(norm):
        # an account to add is no warning's: "裸聊一对一，别信那些骗子，加Q 2233445566"
        cues = []
        hits = [h for h in hits if h.tag != CUE]
    if any(h.term in _CONTEXT_CUES for h in cues):
        return []  # a safety lesson or notice names these things to warn against them
    # A warning word vetoes the words it governs ("远离赌博", "警惕裸聊诈骗"), not a threat
    # or a curse elsewhere in the message ("不要不信，不转发就倒霉").
    kept = [
        h
        for h in hits
        if h.tag != CUE
        and not any(
            c.end <= h.start <= c.end + _CUE_BEFORE or h.end <= c.start <= h.end + _CUE_AFTER
            for c in cues
        )
    ]
    # A chain letter is a call to forward with a curse or a promise; either alone is not
    # ("请转发到各班家长群", "祝大家好运").
    forward = any(h.tag == CHAIN_FORWARD for h in kept)
    curse = any(h.tag == CHAIN for h in kept)
    if any(h.tag == "secret" for h in kept) and _LEAK_TALK.search(norm) is not None:
        kept = [h for h in kept if h.tag != "secret"]  # asked about, denied or complained of
    kept = [
        h if h.tag != CHAIN_FORWARD else h._replace(tag=CHAIN)
        for h in kept
        if (h.tag not in (CHAIN, CHAIN_FORWARD)) or (forward and curse)
    ]
    return kept


#: A chain letter by its grammar: forwarding to a count of people or groups with what will
#: follow ("转发给十个人，明天就会有大喜事"), a curse on not forwarding ("不转的孩子这学期会
#: 生病"), or proof it worked ("我家孩子上次转完真考了九十八").
_CHAIN_LETTER = re.compile(
    r"转(?:发)?(?:给|到)?[^，。]{0,3}?[\d一二三四五六七八九十两几]+(?:个|位)?(?:人|群|好友|家长)"
    r"[^。]{0,24}?(?:就会|就能|就有|必有|必定|保佑|好运|喜事|发财|平安|考(?:第一|满分|上)|灵)"
    r"|(?:不转|没转|不发|不转发)[^。]{0,10}?(?:倒霉|出事|生病|遭殃|遭灾|有灾|厄运|不顺|考不好)"
    r"|转(?:完|了以后|了之后)[^。]{0,10}?(?:真|就|果然)(?:考了|中了|好了|灵了|考上)"
)
_CHAIN_LETTER_NEEDS = gate_for(_CHAIN_LETTER)
#: Someone posing as an official or a company's agent ("我是南湾区教育局学籍管理处的工作人员",
#: "我是月湖派出所的民警", "我是快递公司客服"), or a body's name in a header ("【海关总署】",
#: "【人社部通知】") ...
_POSING_OFFICIAL = re.compile(
    r"我是[^，。]{0,12}?(?:局|所|处|科|中心|公司|银行|法院|检察院|派出所|医院|平台|海关|社保|医保)的?"
    r"(?:工作人员|民警|警官|警察|客服|科长|主任|经理|专员|医生|处长)"
    r"|我是[^，。]{0,10}?(?:银行|信用卡中心|快递|客服中心)(?=[^，。]{0,4}(?:您|你))"
)
#: ... on the raw text, a body's or a carrier's name in the header ("【海关总署】", "【郵政速遞】",
#: "【12306】", "【国家智慧教育平台】") ...
_OFFICIAL_HEADER = re.compile(
    r"\s*【[^】]{0,10}(?:部|局|总署|中心|法院|检察院|客服|银行|海关|社保|医保|税务|快递|速递|速运|邮政|郵政"
    r"|12306|平台|通信|移动|联通|电信|学校|小学|中学|学院|幼儿园)(?:通知)?】"
)
_POSING_OFFICIAL_NEEDS = gate_for(_POSING_OFFICIAL)
#: ... and what such a one asks: a fee, a call back, an account, a secret ("需缴纳九十八元核验
#: 费", "请立即联系我", "请提供银行卡号", "致电", "不要告诉别人").
_OFFICIAL_ASKS = re.compile(
    r"缴纳|核验费|手续费|材料费|保证金|联系我|致电|回电|拨打|提供[^，。]{0,4}?(?:银行卡|卡号|验证码|身份证)"
    r"|添加|扣押|冻结|注销|退款|理赔|不要告诉|别告诉|配合调查|报一下|卡号"
    # a page to act at before a deadline: "请于24小时内点击…更新地址", "请于今日登录…完成续期"
    r"|(?:点击|登录|登陆|进入)[^。]{0,24}?(?:更新|续期|预约|办理|领取|认证|验证|核实|核验|确认|绑定|退款|退票)"
)
#: A subsidy to claim, with its sum each and the way to claim it ("补贴开始申领，每人可领二千
#: 八百元，请扫描二维码填写", "每个孩子补贴一千二，需要先交五十元材料费"): LABELS.md names
#: both the fraud and the rumor.
_SUBSIDY = re.compile(
    r"(?:补贴|补助|资助|助学金|救助金|奖励金|慰问金)[^。]{0,24}?(?:每人|每个(?:孩子|学生)|每位|每生|每户)"
    r"[^。]{0,6}?[\d一二三四五六七八九十百千两]+"
    r"|(?:每人|每个(?:孩子|学生)|每位|每生|每户)[^。]{0,6}?(?:可领|可得|补贴|补助|发放)[^。]{0,4}?"
    r"[\d一二三四五六七八九十百千两]+"
)
_SUBSIDY_NEEDS = gate_for(_SUBSIDY)
_CLAIM_IT = re.compile(
    r"申领|领取|扫描|扫码|二维码|填写|登录|点击|入口|链接|材料费|手续费|先交|申报|登记"
)


def subsidy_bait(norm: str) -> Hit | None:
    """A subsidy offered with its sum each and a way to claim it (a fraud, and a rumor), or
    None."""
    if _SUBSIDY_NEEDS.search(norm) is None or (m := _SUBSIDY.search(norm)) is None:
        return None
    return Hit(m.group(0), "fraud", 1, m.start(), m.end()) if _CLAIM_IT.search(norm) else None


def poses_as_official(ctx: MessageContext) -> Hit | None:
    """A fraud by a member who is not staff: posing as an official or a company's agent and
    asking for a fee, a call, an account or secrecy, or offering a subsidy to claim."""
    if ctx.member.is_staff:
        return None  # the school's own notice of a subsidy, a teacher forwarding the police
    norm = ctx.norm
    posing = (
        _POSING_OFFICIAL.search(norm) if _POSING_OFFICIAL_NEEDS.search(norm) is not None else None
    ) or (_OFFICIAL_HEADER.match(ctx.text) if "【" in ctx.text else None)
    if posing is not None and (_ASKS_MONEY_OR_CONTACT.search(norm) or _OFFICIAL_ASKS.search(norm)):
        return Hit(posing.group(0), "fraud", 1, 0, 0)
    return subsidy_bait(norm)


#: A member not on the staff list claiming to be staff ("我是班主任", "我是你们校长") ...
_CLAIMS_STAFF = re.compile(
    r"我是(?:你们的?|本班的?|孩子的|咱们班的?|咱班的?)?(?:班主任|校长|副校长|教导主任|年级主任"
    r"|[\u4e00-\u9fff]{1,3}老师)"
)
#: ... and asking for money, a transfer or a private contact: a fraud (staff impersonated).
_ASKS_MONEY_OR_CONTACT = re.compile(
    r"缴费|交费|转账|扫码|二维码|收款|资料费|费用|红包|私人号码|加一下我|加我|不要告诉|别告诉"
    r"|[\u4e00-\u9fff]{1,3}费[\d一二三四五六七八九十百]|转到|转给|打到|付款|支付宝|银行卡|新微信"
)
#: Money for the class collected into a member's own hands, or through a "new group": what
#: an impostor arranges ("班主任临时有事，委托我收…转到我银行卡", "统一交给我", "本群为临时群，
#: 正式群已建好，请扫码加入…缴费", "请发红包到我新建的群里").
_COLLECTS_PRIVATELY = re.compile(
    r"(?:委托|让|叫|安排)我(?:代)?收|由我(?:代|统一)收|统一交给我|转到我的?(?:银行卡|卡|支付宝|微信|账户)"
    r"|(?:新群|正式群|临时群|新建的群|新建了一个群|建了一个新群|缴费群)[^。]{0,24}?(?:缴|交费|付款|红包|收费)"
    r"|扫我的?(?:个人)?(?:二维码|收款码)|我的?(?:个人)?收款码"
    r"|(?:缴|交费|付款|红包|收费)[^。]{0,12}?(?:我新建的群|我建的群|新群里|临时群)"
)
#: The way to pay "changed", by a member who is not staff: "因平台升级，…请改为扫码缴纳",
#: "转账到班主任个人账户", "请添加班费管理员" (not a warning of it: "千万不要转到个人账户").
_PAYMENT_REDIRECTED = re.compile(
    r"(?:改为|改成|改用)(?:扫码|添加|加入|转账)[^。]{0,16}?(?:缴纳|缴费|转账|支付|交)"
    r"|(?:转|打)(?:账)?到[^。]{0,8}?个人(?:账户|账号|微信|支付宝)"
    r"|添加(?:班费|缴费|收费)(?:管理员|负责人|专员)"
)
_WARNS_OF_PAYING = re.compile(r"不要|别|千万|谨防|冒充|诈骗|骗|提醒|注意|不会")
_COLLECTS_MONEY = re.compile(r"费|钱|红包|付款|转账|缴")


#: A display name that claims a class's post: "大二班刘老师", "李建军（班主任）" (not a business
#: named for its teacher: "阳光托管部-刘老师", "启航托管·周老师").
_NAME_CLAIMS_STAFF = re.compile(
    r"班主任|[\d一二三四五六七八九十大中小](?:\(\d+\))?班[\u4e00-\u9fff]{1,3}老师"
    # the school's offices: "财务处王老师", "教务处李主任" (asking money under that name)
    r"|(?:财务|教务|总务|德育|校办|学校办公室)[处室科]?[\u4e00-\u9fff]{0,3}(?:老师|主任|会计)"
    # in English: "PJBS Finance Office", "Admissions Office"
    r"|(?i:(?:finance|accounts?|bursar|admissions?|school)\s*office)"
)
#: What a teacher's display name carries besides their name.
_TITLE_WORDS = re.compile(
    r"[（(][^)）]*[)）]|老师|班主任|语文|数学|英语|科学|音乐|美术|体育|道法|物理|化学|生物"
    r"|历史|地理|政治|信息|生活|[^\u4e00-\u9fff]"
)
#: Money asked for, which an impostor under a teacher's name is after.
_ASKS_MONEY = re.compile(
    r"缴费|交费|缴纳|转账|收款|资料费|书本费|保险费|班费|费用|红包|\d+元|fee|payment|paid|rmb"
)


def _name_claims_staff(ctx: MessageContext) -> str | None:
    """The display name of a sender the roster does not know, when it claims a class's post
    or carries a rostered teacher's name ("数学邱红梅" beside the real one)."""
    if ctx.member.role is not Role.UNKNOWN:
        return None
    name = ctx.message.display_name or ctx.member.display_name
    if not name:
        return None
    if _NAME_CLAIMS_STAFF.search(name) is not None and BUSINESS_NAME.search(name) is None:
        return name
    for teacher in ctx.roster.teachers:
        core = teacher.name or _TITLE_WORDS.sub("", teacher.display_name)
        if len(core) >= 2 and core in name:
            return name
        # "宋老师", "数学老师" beside 数学宋文杰: the teacher's surname or subject as a title
        titles = [t for t in (core[:1] if len(core) >= 2 else "", teacher.subject) if t]
        if any(f"{t}老师" in name for t in titles) and BUSINESS_NAME.search(name) is None:
            return name  # (not "高考志愿规划·王老师": a business's own teacher)
    return None


def impersonates_staff(ctx: MessageContext) -> Hit | None:
    """A fraud by a member who is not staff posing as staff and asking for money or a
    private contact ("各位家长好，我是班主任，本学期的资料费每人268元，请扫码缴费"), by what
    they say or by the name they post under (an account the roster does not know, named
    "语文刘燕(班主任)", asking for 资料费 by QR code)."""
    if ctx.member.is_staff:
        return None
    claim = _CLAIMS_STAFF.search(ctx.norm) if "我是" in ctx.norm else None
    if claim is not None and _ASKS_MONEY_OR_CONTACT.search(ctx.norm) is not None:
        return Hit(claim.group(0), "fraud", 1, claim.start(), claim.end())
    asks = _ASKS_MONEY.search(ctx.norm)
    if asks is not None and (posing := _name_claims_staff(ctx)) is not None:
        return Hit(f"{posing}：{asks.group(0)}", "fraud", 1, asks.start(), asks.end())
    if (
        ctx.member.role is not Role.SUPERVISOR  # the parent committee collects the class fund
        and (
            (private := _COLLECTS_PRIVATELY.search(ctx.norm)) is not None
            or (
                (private := _PAYMENT_REDIRECTED.search(ctx.norm)) is not None
                and _WARNS_OF_PAYING.search(ctx.norm) is None
            )
        )
        and _COLLECTS_MONEY.search(ctx.norm) is not None
    ):
        return Hit(private.group(0), "fraud", 1, private.start(), private.end())
    return None


#: An account to log into again or a person to verify, at a page: what phishing asks.
_PHISH = re.compile(
    r"重新(?:登录|绑定|认证|验证|激活)|登录绑定|(?:身份|信息|学籍|账号|账户)(?:核验|验证|认证)"
    r"|账号(?:异常|冻结|存在风险)|账户(?:异常|冻结|存在风险)"
    # an account "about to lapse": "积分即将清零…点击兑换", "医保卡异常即将冻结，请点击…解除"
    r"|(?:冻结|清零|过期|失效|异常)[^。]{0,12}?(?:解除|兑换|激活|认证|点击|登录)"
)
#: Money "waiting" to be claimed at the page: "补贴…登录…申领". Posted as one's own it is the
#: scam; passed on by a parent who believed it ("家长们看看 教育局发的…点这里登记") it is a
#: rumour (R08), not fraud.
_BENEFIT_CLAIM = re.compile(
    r"(?:补贴|补助|退税|津贴|奖励|补偿|奖金|退费|退款)[^。]{0,40}?(?:申领|领取|登记|激活|认证|核验|办理"
    r"|兑换|填写)"
    r"|(?:申领|领取|激活|认证|核验)[^。]{0,16}?(?:补贴|补助|退税|津贴|奖励|补偿|奖金)"
)
_PASSED_ON = re.compile(
    r"发的|看到|转发|转自|收到|朋友圈|听说|别的群|家长们看看|大家看看|刚刷到|群里说"
)


def _phishing(ctx: MessageContext) -> Hit | None:
    """A login or a check asked for at a page the group does not trust ("教务系统升级，请家长
    重新登录绑定：qsexp-edu.cn.login-verify.top"): fraud, whoever forwards it."""
    asks = _PHISH.search(ctx.norm)
    if asks is None and _PASSED_ON.search(ctx.norm) is None:
        asks = _BENEFIT_CLAIM.search(ctx.norm)
    if asks is None:
        return None
    if not untrusted_links(ctx) and not offers_reach(ctx.norm):
        return None  # the school's own page, or the state's; no private account to add
    return Hit(asks.group(0), "fraud", 1, asks.start(), asks.end())


#: A parent speaking of their own child: "这个小子", "韩鹏这个瓜娃子", "我家那个", "臭小子".
_OWN_CHILD = re.compile(
    r"这个?小子|臭小子|瓜娃子|兔崽子|这孩子|这娃|我家(?:那个|这个|那小子|这小子)"
    # dealt with at home, later: "回去收拾他", "回头我好好收拾他"
    r"|回(?:头|去|家)(?:我)?(?:再)?(?:好好)?收拾"
)


def _disciplines_own_child(norm: str, hit: Hit) -> bool:
    """A "threat" that is a parent promising to deal with their own child at home, not with
    someone else's through others ("找人收拾", "带几个人")."""
    return (
        hit.tag == "violence"
        and "收拾" in hit.term
        and "找人" not in norm
        and "带" not in hit.term
        and _OWN_CHILD.search(norm) is not None
        and _OTHERS_CHILD.search(norm) is None  # "你家那个小子再欺负我儿子，我收拾他"
    )


_OTHERS_CHILD = re.compile(
    r"你家|他家|她家|别人家|人家的|你(?:儿子|女儿|闺女|孩子)"
    # one's child the victim: the one to be dealt with is whoever did it
    r"|被[^，。]{0,10}?(?:打|欺负|堵|要钱|推|骂|抢)"
)


def offers_of(ctx: MessageContext) -> list[Hit]:
    """:func:`find_offers` of the message, worked out once for R04, R06 and the rules that
    ask whether it is illegal."""
    return ctx.fact(find_offers, lambda: find_offers(ctx.norm))


def banned_link(links: tuple[Link, ...]) -> Hit | None:
    """A hit for the first link to a :data:`BANNED_DOMAINS` site, or None."""
    for link in links:
        if domain_in(link.host, BANNED_DOMAINS):
            return Hit(link.registered_domain, "reactionary", 1, 0, 0)
    return None


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.ILLEGAL,
    summary="严禁发布反动、暴力、色情、赌博、毒品、迷信、宗教宣传等违法违纪信息，严守国家和学校机密",
    settings=Settings,
    seed_clauses=(
        "1.2",
        "2.一.(二).1",
        "2.一.(二).4",
        "3.3",
        "3.5",
        "4.一.(二).1",
        "4.一.(二).4",
    ),
    roles=ALL_ROLES,
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    if ctx.only_acknowledges:
        return []  # 收到, 好的谢谢老师, 👍: nothing of this rule's in an acknowledgement
    if corrects_others(ctx.norm) or debunks(ctx.norm):
        return []  # "这种血腥视频别发群里", "公安局通报了，没有砍人": corrected, set straight
    settings = ctx.settings_for(Settings)
    hits = ctx.fact_for(
        find_illegal_terms,
        settings,
        lambda: find_illegal_terms(ctx.norm, settings, offers=offers_of(ctx)),
    )
    if ctx.links and (banned := banned_link(ctx.links)) is not None:
        hits = [banned, *hits]
    if not hits and (ctx.links or offers_reach(ctx.norm)) and (phish := _phishing(ctx)) is not None:
        hits = [phish]
    if not hits and (posing := impersonates_staff(ctx) or poses_as_official(ctx)) is not None:
        hits = [posing]
    if hits and all(h.tag in _TOLD_OF for h in hits) and talks_about_offers(ctx):
        return []  # "新闻说…被判了三年", "这种“刷单返利”都是骗局": told of, not offered
    if not hits or quoted_mention(
        ctx, lambda folded: bool(find_illegal_terms(folded, settings, offers=find_offers(folded)))
    ):
        return []  # "刚收到短信说“点赞兼职日结300”，是不是骗子": the words quoted, not used
    if all(h.tag == "violence" for h in hits) and quoted_only(
        ctx, lambda folded: bool(find_illegal_terms(folded, settings))
    ):
        return []  # "孩子说有同学说“你再说我就打死你”，请老师关注": a threat reported
    critical = [h for h in hits if h.tag not in MAJOR_TAGS]
    first = (critical or hits)[0]
    what = _WHAT.get(first.tag, "违法违纪")
    return [
        SPEC.verdict(
            severity=Severity.CRITICAL if critical else Severity.MAJOR,
            reason=(
                "根据本群群规（遵守国家法律法规，严禁发布或转发反动、暴力、色情、迷信等违法违纪"
                f"信息，严格保守国家和学校机密），这条消息含有{what}内容，"
                "已报告班主任。请勿再发布或转发此类内容。"
            ),
            evidence=evidence(hits),
            sub_rule=first.tag,
            needs_staff=True,
            delete=True,
        )
    ]
