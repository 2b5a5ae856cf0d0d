"""R06 ad — 广告、微商、代购、传销、私人集赞/投票/砍一刀、加V引流.

Seed: 1.4 (严禁发布广告), 2.二.(二).5 (不在群内发布广告或推销商品), 4.二.(二).5 (不传销、
不上传带有商业性质的广告或推销商品信息，不发布私人原因的集赞、投票、推销等信息).

What it catches, from the word list ``data/ad.txt`` matched on a folded view of the message
(full-width, spaces, emoji, traditional characters, ``+V``/``➕V``, numerals spelled in Chinese):

- ``selling``: 微商, 代购, 一件代发, 低价出售, 券后, 淘口令, 无门槛红包, 有意私聊 …
- ``recruit`` / ``pyramid``: 招代理, 刷单, 日结, 躺赚, 发展下线, 宝妈兼职 …
- ``group_buy``: 团购群, 开团, 接龙团购; ``tutoring``: 火热招生, 免费试听, 报名从速
- ``bargain`` / ``like`` / ``vote``: 砍一刀, 帮忙助力, 集赞, 帮忙点赞, 帮我投票, 拉票
- ``lure``: contact lures that only an advertiser writes: 加V, V信, 薇信, 加威信, vx号, 扫码进群,
  and a QQ number right after 加/进群/群号 ("进群571557439", "加 675899789")

Weaker words (出售, 特价, 优惠, 招生, 团购, 兼职 …) count only two together, or one together
with a contact word (私聊, 加我微信, 群号), a phone/QQ number, a price (``20元``, ``13r``) or a
link. Contact words alone never count: parents rightly ask each other to talk in private,
and "老师在学生中很有威信" is not about WeChat.

Porn, gambling and illicit goods that R04 finds offered are ads (``illicit``) when they are
promoted: a way to reach the seller, a price, a site or an app to go to, a bonus for joining
(首充送, 注册就送), the claims and verbs of the trade (提现秒到, 发货隐秘, 都能办, 出售). A member
telling of their own gambling, a film described or a fraud script (which sells nothing) is
R04's alone.

Where the word lists find nothing, a small model has the last word (``sub_rule: similar``):
the weights of character n-grams learnt from labelled commercial spam (SMS blasts, QQ-group
ads; ``plugins/standard/ad_model.py``, trained by ``scripts/train_ad_model.py`` on the public
train splits). It judges messages of ``model_min_chars`` or more that are not about the
class's own matters (老师, 作业, 请假 …), and only at ``model_threshold`` or above; its verdict
names the n-grams that weighed most. ``model_threshold: 0`` turns it off. Its bar is lower
(``stranger_model_threshold``) for an account the roster does not know: strangers in a
class group post ads far more often than its families do.

A warning against a scam or a request not to post ads is never an ad. It does not judge
staff (teachers post school activities such as a 跳蚤市场义卖 or a class vote), and it does
not judge links by themselves (that is R07).

```yaml
rules:
  R06:
    extra_terms: [团购群]      # school-specific additions, each enough on its own
    allow_terms: []            # phrases never counted, e.g. [学校义卖]
    model_threshold: 0.98      # the fallback model's bar (0-1); 0 turns it off
    stranger_model_threshold: 0.9   # its bar for accounts the roster does not know
    model_min_chars: 8
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from classmod.rules.standard.ad_model import ad_model
from classmod.rules.standard.illicit import (
    find_offers,
    has_contact,
    names_a_site,
    own_words,
    talks_about_offers,
)
from classmod.rules.standard.lexicon import Hit, evidence, find_terms
from classmod.rules.standard.r04_illegal import Settings as IllegalSettings
from classmod.rules.standard.r04_illegal import find_illegal_terms, offers_of

from classmod.context import MessageContext
from classmod.hookspecs import RuleSpec, hookimpl
from classmod.model import Category, MessageKind, Role, Severity, Verdict
from classmod.text import contact_numbers, contact_view, domain_in, normalize

from ._common import (
    BUSINESS_NAME,
    corrects_others,
    gate_for,
    quoted_mention,
    quoted_only,
    required_chars,
)
from .r07_link import untrusted_links
from .r12_slander import find_slander

NAME = "ad"
RULE_ID = "R06"
STRONG = 2
OFFERS_ALONE = 2  # weak offer words that make an ad without a contact, number or price

_MENTION = re.compile(r"@\S+")
# Promotion figures on the folded view (punctuation gone: "8.8折" reads "88折"): a discount,
# "满300减50", "买二送一", "99元起". An x stands for a digit, as in masked message logs.
_PROMO = re.compile(
    r"(?<![第\d])[\dx]{1,2}折(?!纸|叠|腾|返|断|磨)|满[\dx]{2,5}元?(?:即|就|可|还)?(?:减|送|返|享|获)"
    r"|买[\dx一二两三]送[\dx一二三]|[\dx]{2,}元起"
)
_PRICE = re.compile(
    r"\d(?:元|块钱|块|rmb|r(?![a-z]))"
    # 元 in homophones after a figure: "可得200原", "99圆"
    r"|\d(?:圆|园|原)(?![来因本则先地创理始路])"
)
# A price asked of whoever wants the thing, with or without 元: "140一个", "20一套",
# "一个月20永久60".
_PRICE_ASKED = re.compile(
    _PRICE.pattern
    + r"|\d(?:一|每)(?:个|张|套|份|件|盒|箱|斤|袋|本)"
    + r"|(?:一个月|包月|月付|永久|终身|一年)\d{2,}"
    # in numerals: "五十块", "三十元" (not "一块去")
    + r"|[二两三四五六七八九十百][一二两三四五六七八九十百千万]*(?:元|块钱|块(?![去儿走玩吃做]))"
    # by the hour or the lesson: "一对一一百五一小时", "200一节"
    + r"|(?:\d+|[一二两三四五六七八九十百]{2,})(?:元|块)?一(?:小时|节课|节|课时)"
    # the unit first, or how little: "一套68", "一万条只要300", "年卡仅需19.9", "转账88发你"
    + r"|(?:一|每)(?:个|张|套|份|件|盒|本|条|次|颗|粒|期)\d{1,5}"
    + r"(?!\d*(?:个|张|人|天|岁|点|号|页|题))"
    # the unit first in numerals: "一份二十", "一套五十"
    + r"|(?:一|每)(?:张|套|份|件|盒|本)[二两三四五六七八九十][十百]?[一二两三四五六七八九]?"
    + r"(?![个张人天岁点号页题分年])"
    + r"|(?:只要|仅需|仅要|只需|低至|转账)\d{1,5}"
)
# A QQ group or account number right after "join"/"add": an invitation to an outside group.
# (a bare 加 before a mobile number may be a parent giving their own phone: not counted).
_GROUP_LURE = re.compile(
    r"(?:进[群裙]|加[群裙]|入[群裙]|[群裙]号|q[群裙]|加入)(?:号|号码)?(?:是|为)?[1-9]\d{4,10}(?!\d)"
    r"|(?<![a-z0-9])加[1-9]\d{4,9}(?!\d)"  # not "3GB RAM+500/2100万"
    r"|[群裙][1-9]\d{5,10}(?!\d)"  # "可商群596370929", "外部二群：279314535", 裙 for 群
    # the number first: "595502586纪群来人", "123456群速进"
    r"|(?<!\d)[1-9]\d{5,10}[^\d]{0,2}[群裙](?:来人|速来|速进|快来|快进|欢迎|进来|加入)"
    # whoever needs it, told whom to reach at what number: "需要联系夏栖2260771613",
    # "需要的加我 2233445566"
    r"|需要(?:的)?(?:请|可以|就|直接)?(?:联系|加|找|私)[^，。\d]{0,6}?[1-9]\d{5,10}(?!\d)"
)


# "出个二手平板 300", "出b站年度大会员 40r", "卖一套闲置绘本 50元": something offered for a
# price. A bare 出 starts many messages (出门, 出发): it needs an item word or a price.
_FOR_SALE = re.compile(
    # (the verbs in pinyin too: "chu个迁移正版", "mai一台二手琴")
    r"^(?:出|卖|chu|mai)(?:个|一个|一台|一套|一张|二手|2手|闲置)(?!门|发|来|去|现|了|事|席|差|院)"
    # "出10加", "售卖vape": an item code or a number right after the verb
    r"|^(?:出售|售卖|出|收)(?:个|一个|一张|一台|一套|二手|2手|闲置)?[a-z0-9]"
    r"|(?:^|[^支付演出])(?:出|卖|售)[^\d出]{1,12}?\d{1,5}(?:元|块|r(?![a-z])|rmb)"
)


# A seller vouching for themselves: "从未跑路", "不是网骗", "诚信交易", "支持担保", "先款后货".
_ASSURANCE = re.compile(
    r"(?:不|从不|从未|绝不|永不|永远不|没)跑路|(?:不是|非|绝非)(?:网骗|圈钱)|拒绝圈钱"
    r"|诚信(?:经营|交易|商家|卖家|出售)|支持(?:验货|担保|中介)|可走(?:担保|中介)"
    r"|先款后货|先货后款|款到发货|当面交易"
)
_ASSURANCE_NEEDS = gate_for(_ASSURANCE)


#: A warning against a scam, or a member asking others not to post ads: clean (LABELS.md).
_AGAINST = re.compile(
    # (not a seller's reassurance: "不是骗子", "刷单不是骗局"; but "这不是骗子吗" warns)
    r"(?<!不是)(?<!并非)(?:诈骗|骗局|骗子)|不是(?:诈骗|骗局|骗子)(?=吗|吧|么|嘛)"
    r"|别信|不要信|千万别|警惕|谨防|(?<!不了)(?<!不会)上当|防骗"
    # the school's own, denied: "学校说订校服没有任何返利，大家不用找外面代购"; a request to
    # stop: "这种“免费试听”的大家就别发了"
    r"|没有(?:任何)?(?:返利|回扣|提成|额外)|不用找[^，。]{0,6}(?:代购|外面)|(?:就)?别(?:再)?发了"
    r"|不要再?发了"
    r"|(?:不要|别|勿|禁止|不得|不能)再?(?:在|往|发)?(?:班级|班)?群(?:里|内)?(?:发|转|带货|拉票)?"
    r"|群里不(?:带货|发|拉票)|(?:请不要|不要|别)发(?:在|到)"
    # a member reporting it: "我已经删了，提醒大家注意", "学校能不能管一下"
    r"|提醒大家|大家(?:注意|小心|当心)|已经(?:删|拉黑|举报)|能不能管(?:一下|管)|管一管"
)


#: A notice's header: "【通知】", "【家委会通知】".
_NOTICE_HEAD = re.compile(r"\s*【[^】]{0,8}(?:通知|提醒|公告)】")
# Characters every match of the patterns below holds: one cheap search spares the pattern.
_DIGIT = re.compile(r"\d")
_PROMO_NEEDS = gate_for(_PROMO)
_FOR_SALE_NEEDS = gate_for(_FOR_SALE)
# A disguised contact word with an ID after it, on the contact view (spaces, emoji and
# punctuation gone, numerals as digits): "V❤：tianle_88", "VX：sq 8 8 6 6", "加我薇：pc_8866",
# "扣扣 二七六…", "威芯：tt_0512", "🛰️：sm_9981", "绿泡泡搜 xt_889", "wei xin zq_8866". Plain
# 微信/QQ with an ID is a parent's own contact and needs an offer too. A handle holds two
# digits, or after an unmistakable disguise is six letters or more ("ｗｘ：ｅｒｓｈｏｕｓｈｕ").
#: The platform's name in a disguise (alternatives, to go inside a group).
_DISGUISED_PLATFORM = (
    r"(?<![a-z])(?:vx|wx|v信|q群|qq群)|weixin|koukou|薇信|薇芯|威信|威芯|徽信|维信|微x|扣扣|蔻蔻"
    r"|抠抠|企鹅|卫星|绿泡泡|绿色泡泡|绿色软件|绿色app"
)
_HANDLE = re.compile(
    r"(?:(?<![a-z])v|薇|微(?=[a-z]{2})|" + _DISGUISED_PLATFORM + r")"
    r"(?:号|号码|搜索?|id)?(?:是|为)?"
    r"(?:(?=[a-z0-9]*\d\d)[a-z0-9]{5,20}|(?<=[^v薇微])[a-z]{6,20}(?![a-z0-9]))"
)
_HANDLE_NEEDS = gate_for(_HANDLE)
#: "微❤同号", "绿色泡泡同名": the account is the number or the name already shown.
_SAME_AS = re.compile(r"(?:微|v|" + _DISGUISED_PLATFORM + r")(?:同号|同名|同步)")
# The fallback model learnt spam from outside; a message about the class's own matters is
# judged by the word lists alone ("各位老师家长好，我是浩宇舅舅" reads like an SMS greeting).
_SCHOOL_TALK = re.compile(
    r"老师|作业|学校|班级|班里|家长会|请假|校服|开学|放学|退群|进群|拉我|接龙|^我?也?报名"
    # the class's own money and papers, shared or collected: "家委会通知…班费", "口算练习题，自取"
    r"|家委会|班费|练习题|习题|口算|自取"
)
# A member's short blessing to everyone ("祝各位家长五一快乐 阖家幸福 平平安安"); a shop's
# greeting blast names the shop, a figure or goes on to its offer.
#: What a blessing wishes: "新年快乐，家庭和睦，孩子金榜题名".
_WISHES = (
    r"(?:快乐|安康|幸福|如意|吉祥|平安|顺利|健康|和睦|美满|顺心|团圆|金榜题名|学业进步|心想事成)"
)
_BLESSING = re.compile(
    _WISHES
    + r"[^，。]{0,12}"
    + _WISHES
    # one wish, said as a wish: "祝各位妈妈、奶奶三八节快乐"
    + r"|^祝[^，。]{0,24}"
    + _WISHES
    + "$"
)
_SENDER_IS_A_SHOP = re.compile(r"[\dx]|店|公司|我司|集团|银行|有限|专卖|品牌|全体员工")
_BLESSING_MAX_CHARS = 40


_YEAR = re.compile(r"(?:19|20)\d\d年?")


def _blessing_only(norm: str) -> bool:
    return (
        len(norm) <= _BLESSING_MAX_CHARS
        and _BLESSING.search(norm) is not None
        and _SENDER_IS_A_SHOP.search(_YEAR.sub("", norm)) is None  # "祝大家2026年万事如意"
    )


# A parent passing on a deal rather than selling: they send the others to the shop.
_SHARES = re.compile(
    r"去看看|赶紧去|自己看|自己去|我刚下单|我也买了|我买了|刚买了|挺划算|可以去|去抢|快去|囤了"
    r"|早点去|要买的(?:早点|赶紧|快)?去"
)
# A parent telling of a deal at a shop nearby, in the third person: "楼下华润万家鸡蛋今天特价",
# "镇上新开那家超市周末鸡蛋特价". A seller names no place of someone else's.
_PLACE_DEAL = re.compile(
    r"(?:楼下|镇上|小区|附近|门口|对面|那家|这家|嗰间|嗰家|新开的?|街上|村口|县城)[^，。！!]{0,8}?"
    r"(?:超市|商场|菜场|菜市场|市场|店|药房|药店|专卖店|商店|面包房|水果店|餐厅|饭店|面馆|酒楼)"
    r"[^。！!]{0,16}?(?:特价|打折|便宜|促销|搞活动|优惠|半价|折|买[一二两]送[一二])"
)
# ... unless it is their own shop, a referral or a group buy they run: "报我名字再送小料",
# "我朋友开的", "小区团的鲜奶…接龙".
_OWN_SHOP = re.compile(
    r"报我|提我|说是我|找我|我开的|我家的?店|我们店|我朋友开|亲戚开|本店|团的|团购|接龙|拼单|成本价"
)


# Someone asking who wants what they offer: "有要土鸡蛋的吗", "有需要的私我", "接龙报数".
_SOLICITS = re.compile(
    r"有(?:没有)?(?:家长|人|宝妈|朋友|哪位)?(?:要|需要|想要|想买|要买|订)[^，。！!？?]{0,12}?的"
    r"|要的(?:私|找|滴|联系|说|留言|扣)"
    # offering to get it for the group: "要的话我帮大家带", "要额人跟我讲", "有需要可以找我"
    r"|要(?:的|额)(?:话|人)?(?:我|跟我|找我|私我|联系我)|需要的话(?:我|找我|私我|跟我)"
    r"|想要的(?:话)?(?:找我|私我|跟我)|(?:我|可以)帮大家(?:带|订|团|买)|有需要(?:的)?(?:可以)?找我"
    r"|有(?:人|谁|没有人)(?:要|需要|想要|想买|要买)[^，。！!？?]{1,16}?(?:吗|么|不)"
    r"|报数|接龙|私我|滴我|戳我|找我|联系我|跟我(?:拼|买|订|团)|报我|提我|(?:数量|名额)有限"
)
# Asking who wants a thing ("有人要Minecraft账号吗"): with a price after it, someone selling.
_WHO_WANTS = re.compile(
    r"有(?:人|谁|没有人)(?:要|需要|想要|想买|要买)[^，。！!？?]{1,16}?(?:吗|么|不)"
    r"|有没有(?:家长|人|谁|宝妈|朋友|哪位)?(?:要|需要|想要|想买)[^，。！!？?]{1,16}"
)
# Getting it for whoever wants it ("…五十块钱十斤，要的话我帮大家带"): with a price anywhere.
_FOR_WHOEVER = re.compile(
    r"要(?:的|额)(?:话|人)?(?:我|跟我|找我|私我)|(?:我|可以)帮大家(?:带|订|团|买)"
)
#: Selling by its moves, where no word of the lists is said: a group buy counting down
#: ("橙子还差五箱就成团了"), a membership that pays for recruits ("拉三个人就能回本"), a
#: side group opened to whoever wants in ("我拉个小群，要的私我").
_GROUP_BUY_LEFT = re.compile(
    r"还差[\d一二三四五六七八九十几]+(?:箱|份|斤|个|盒|单|人|件)就?(?:能|可以)?成团"
)
_RECRUITS_FOR_PAY = re.compile(
    r"拉[\d一二三四五六七八九十两]+个人(?:进来)?就?(?:能|可以)?(?:回本|免费|返|拿)"
)
_SIDE_GROUP = re.compile(r"拉(?:个|一个)(?:小)?群[^，。！!？?]{0,6}?(?:要的|私我|想进|进的|私聊)")
#: Tickets passed on for sale: "我有两张飞转让", "转让两张门票".
_TICKETS = re.compile(
    r"[\d一二两三四五六七八九十]+张[^，。！!？?]{0,6}?转让|转让[\d一二两三四五六七八九十]+张"
)
#: A vote asked for by its grammar, whoever it is for: help or give a vote to someone
#: ("帮我侄女投一票", "给3号投一票", "帮手投下佢"), or the votes each may cast ("每人每天三票",
#: "每天能投5次"). Not a reply that took part ("我给你投了一票": no 了, no 我 before it).
_VOTE_PLEA = re.compile(
    r"(?<![我已都])(?:帮|给|替|为)(?:手|忙)?[^，。！？!?；\n]{0,12}?投(?:上)?(?:佢|她|他)?[一个两几\d]?票"
    r"|(?<![我已都])(?:帮|帮手|给)[^，。！？!?；\n]{0,8}?投(?:下|一下)(?:佢|她|他|吧|呗|啦|啊|哦|嘛)"
    r"|每(?:天|日)[^，。！？!?]{0,3}(?:能|可以|可)?(?:投[\d一二两三四五六七八九十]+次|[\d一二两三四五六七八九十]+票)"
    # a like asked for with help ("帮我家诗雨点个赞", "麻烦大家帮她点一下"), not praise given
    # ("给孩子们点个赞", "为孩子们点赞"); or said to be needed ("需要点赞")
    r"|(?<![我已都])帮(?:忙|手)?[^，。！？!?；\n]{0,6}?点(?:个|一个|下|一下)?赞"
    r"|帮(?:她|他|佢|孩子|宝贝|我家[^，。！？!?；\n]{0,3})点(?:一下|下)"
    r"|需要(?:大家)?(?:帮忙)?(?:点赞|投票|助力)(?![吗么嘛?？])"
)
#: How sure the fallback model must be that two weak offer words alone are an ad: a parent
#: telling of a purchase ("我去年在专柜买的原价") names them too, an ad reads like one.
_TWO_OFFERS_MODEL = 0.3


def _offers_are_sales(view: str) -> bool:
    """Weak offer words without a contact, number or price: an ad when the sender solicits
    buyers or the message reads like the ads the model learnt, not a parent's shopping talk."""
    return _SOLICITS.search(view) is not None or ad_model().score(view, view) >= _TWO_OFFERS_MODEL


# A member asking about something ("请问哪里可以学塔罗", "是都能返利50欧呢还是只能返一次"):
# a seller states an offer, a question asks about one.
_QUESTION = re.compile(
    r"^(?:请问|问下|问一下|想问|有没有人|有谁|谁知道|哪里|哪儿|哪家|有木有)|(?:吗|呢|么|嘛)[?？]*$|[?？]$"
)
_ASKED_WITHIN = re.compile(r"(?:吗|呢|么|嘛)[?？]")  # on the raw text: "能退订吗？我老是收到…"


def _asks_about(norm: str, hits: list[Hit], text: str = "") -> bool:
    """A question about one offer word, with no way to reach a seller in it (an ad's own
    questions come with more: "春装八折…快快来吧！还有新款等着你呢", "利息低，您需要资金吗")."""
    return (
        len({h.term for h in hits}) == 1
        and "您" not in norm
        and (_QUESTION.search(norm) is not None or _ASKED_WITHIN.search(text) is not None)
        and _SOLICITS.search(norm) is None
        and not contact_numbers(norm)
        and not any(h.tag in ("contact", "lure") for h in hits)
    )


# The footer a seller adds in QQ groups that allow no ads: "禁商请撤回勿踢", "晋商请撤回qwq".
# It asks the admins to withdraw the ad rather than kick the seller: no correction of others.
_SELLERS_FOOTER = re.compile(r"[禁晋进]商(?:的话)?(?:请|麻烦)?(?:撤回|撤|勿踢|勿t|别踢|不要踢)")


#: A deal told by a parent is a line or two; a shop's own blast is longer, with its number.
_DEAL_TOLD_MAX_CHARS = 60


def _passes_on_a_deal(view: str) -> bool:
    return _PLACE_DEAL.search(view) is not None and _OWN_SHOP.search(view) is None


#: Contact words a parent sharing a deal uses too ("有需要的可以去看看").
SOFT_CONTACTS = frozenset({"有需要的", "需要的", "有兴趣的", "想了解的", "宝妈们", "姐妹们"})
# "还差3票", "排第三了，再拜托": a member following up their own vote or like request.
_FOLLOW_UP = re.compile(
    r"还差\d*(?:票|个赞|刀|人)|就差一点|再拜托|再求|拜托大家|帮帮忙|排第|冲一冲|再投"
)
_FOLLOW_UP_WITHIN = timedelta(days=2)
_FOLLOW_UP_LOOKBACK = 30


def request_follow_up(ctx: MessageContext) -> str | None:
    """A follow-up of the member's own recent 砍一刀/投票/集赞 request, or None."""
    found = _FOLLOW_UP.search(ctx.norm)
    if found is None:
        return None
    since = ctx.message.ts - _FOLLOW_UP_WITHIN
    for m in reversed(ctx.history[-_FOLLOW_UP_LOOKBACK:]):
        if m.ts < since:
            break
        if m.sender_id == ctx.message.sender_id:
            sub_rule, _ = find_ad_terms(contact_view(m.text, normalize(m.text)))
            if sub_rule in ("bargain", "vote", "like"):
                return sub_rule
    return None


def _group_lure(view: str) -> re.Match[str] | None:
    # every match has a 群 (裙), a 加 or a 需要 in it: substring checks spare most texts the regex
    if "群" not in view and "加" not in view and "裙" not in view and "需要" not in view:
        return None
    return _GROUP_LURE.search(view)


#: A trip the school runs fills its group too ("研学还差五个就成团"): no group buy.
_SCHOOL_TRIP = re.compile(r"研学|春游|秋游|游学|营地|学校|老师|报名")
#: Group spam's own moves: a group moved or filled for a reward ("新群在这，大家移步
#: 2027224341", "拉满就发大红包"), a side group for whoever replies ("要进的扣1我拉"), a
#: profile to follow ("点我主页进").
_GROUP_SPAM = re.compile(
    r"(?:[群裙](?:快)?满了|移步)[^\d]{0,12}?[1-9]\d{5,10}(?!\d)"
    r"|拉(?:拉|几个|一下)?人[^。]{0,8}?(?:就|才)(?:发|送)(?:大)?红包|拉满(?:就|了)?(?:发|送)"
    r"|(?:要进|想进|要加)(?:的)?(?:扣|回|打)[1一](?:我拉|拉你)?"
    r"|点?(?:我的?|进)主页(?:进|看|有)"
)
#: Groups traded: a fee to get in ("入群费19.9元", "群费九块九", "进会员群"), groups
#: bought or filled for pay ("我这边收群", "专业拉群", "拉我进一百个群给两百块",
#: "每邀请一位家长入群奖励五元"), an invitation code to sign up with ("注册填我的邀请码").
_GROUP_TRADE = re.compile(
    r"入?群费|进群费|付费群|会员群|收群(?!里|内|中|的)|(?:专业|帮忙|帮人)拉群"
    r"|拉我?进[^。]{0,8}?群[^。]{0,8}?(?:给|送|奖)|拉人有奖"
    r"|邀请[^。]{0,8}?(?:入群|进群|注册)[^。]{0,8}?(?:奖励|送|返|得|拿)"
    r"|(?:填|输入|用)我的?邀请码|邀请码[^。]{0,12}?(?:注册|都能?拿|都有|送|领)"
)
#: Follows asked for, like likes (LABELS.md: private 集赞 requests): "互粉互赞", "回关",
#: "扫码关注", "关注一下我们公司的公众号" — not "关注孩子的视力" (关注 is also to mind).
_FOLLOW_PLEA = re.compile(
    r"互粉|互关|回关|互赞|互助点赞|点赞收藏互换|关注我(?!们)|扫码关注|关注就送"
    r"|关注(?:一下)?(?:我的|我们的|我们公司的)?(?:公众号|视频号|抖音|快手|小红书|店铺|账号|频道)"
)
_MOVES = (
    (_GROUP_TRADE, "lure"),
    (_FOLLOW_PLEA, "like"),
    (_GROUP_SPAM, "lure"),
    (_GROUP_BUY_LEFT, "group_buy"),
    (_RECRUITS_FOR_PAY, "pyramid"),
    (_SIDE_GROUP, "lure"),
    (_VOTE_PLEA, "vote"),
    (_TICKETS, "selling"),
)
#: Every match of every move holds one of these characters (derived: required_chars).
_MOVES_GATE = re.compile(
    "["
    + "".join(
        re.escape(c) for c in sorted(frozenset().union(*(required_chars(p) for p, _ in _MOVES)))
    )
    + "]"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    extra_terms: tuple[str, ...] = ()
    allow_terms: tuple[str, ...] = ()
    model_threshold: float = 0.98  # 0 turns the fallback model off
    #: the bar for an account the roster does not know (0: the same as model_threshold)
    stranger_model_threshold: float = 0.9
    model_min_chars: int = 8


DEFAULT_SETTINGS = Settings()


def find_ad_terms(view: str, *, settings: Settings | None = None) -> tuple[str, list[Hit]]:
    """``(sub_rule, hits)`` when the contact view of a message reads as an ad, else ``("", [])``.

    ``view`` is :func:`classmod.text.contact_view` of the message.
    """
    s = settings or Settings()
    hits = find_terms("ad", view, s.extra_terms, s.allow_terms, extra_weight=STRONG)
    handle = None
    if _HANDLE_NEEDS.search(view) is not None:
        handle = _HANDLE.search(view) or _SAME_AS.search(view)
    if handle is not None:
        hits.append(Hit(handle.group(0), "lure", STRONG, handle.start(), handle.end()))
    promo = _PROMO.search(view) if _PROMO_NEEDS.search(view) else None
    if promo is not None:
        hits.append(Hit(promo.group(0), "offer", 1, promo.start(), promo.end()))
    sale = _FOR_SALE.search(view) if _FOR_SALE_NEEDS.search(view) else None
    if sale is not None:
        hits.append(Hit(sale.group(0), "selling", STRONG, sale.start(), sale.end()))
    vouch = _ASSURANCE.search(view) if _ASSURANCE_NEEDS.search(view) else None
    if vouch is not None:
        hits.append(Hit(vouch.group(0), "selling", STRONG, vouch.start(), vouch.end()))
    if _MOVES_GATE.search(view) is not None:  # every move's match holds one of its characters
        for pattern, tag in _MOVES:
            if (move := pattern.search(view)) is not None and _SCHOOL_TRIP.search(view) is None:
                hits.append(Hit(move.group(0), tag, STRONG, move.start(), move.end()))
    if not any(
        h.weight >= STRONG or (h.term not in SOFT_CONTACTS and h.tag != "contact") for h in hits
    ):
        # nothing found, or only a word of contact ("私我", "有需要的"): the forms of selling
        lure = _group_lure(view) if not hits else None
        if lure is not None:
            return "lure", [Hit(lure.group(0), "lure", STRONG, lure.start(), lure.end())]
        wants = _WHO_WANTS.search(view) if "要" in view else None
        if wants is not None and _PRICE_ASKED.search(view, wants.end()) is not None:
            # "有人要二手校服吗 30一套": who wants it, and at what price
            return "selling", [Hit(wants.group(0), "selling", STRONG, wants.start(), wants.end())]
        whoever = _FOR_WHOEVER.search(view) if "要" in view or "帮" in view else None
        if whoever is not None and _PRICE_ASKED.search(view) is not None:
            return "selling", [
                Hit(whoever.group(0), "selling", STRONG, whoever.start(), whoever.end())
            ]
        if not hits:
            return "", []
    strong = [h for h in hits if h.weight >= STRONG]
    if (
        strong
        and len(view) <= _DEAL_TOLD_MAX_CHARS
        and not contact_numbers(view)
        and _passes_on_a_deal(view)
        and not any(h.tag in ("lure", "contact") and h.term not in SOFT_CONTACTS for h in hits)
    ):
        return "", []  # "楼下那家茶餐厅菠萝包买一送一": a deal told, no one selling
    if strong:
        return strong[0].tag, hits
    lure = _group_lure(view)
    if lure is not None:
        return "lure", [*hits, Hit(lure.group(0), "lure", STRONG, lure.start(), lure.end())]
    offers = {h.term for h in hits if h.tag == "offer"}
    if not offers:
        return "", []
    if (_SHARES.search(view) is not None or _passes_on_a_deal(view)) and not any(
        h.tag == "contact" and h.term not in SOFT_CONTACTS for h in hits
    ):
        # a parent passing on a deal they found ("满600减100，挺划算的，可以去看看") is chat;
        # someone selling asks to be contacted (私聊, 加我, 找我)
        return "", []
    if len(offers) > OFFERS_ALONE or (len(offers) == OFFERS_ALONE and _offers_are_sales(view)):
        return "selling", hits
    has_contact = any(h.tag == "contact" for h in hits)
    # A link alone with one offer word is a parent sharing a product page (chat, LABELS.md);
    # a contact, a number or a price is someone selling.
    if (
        has_contact
        or contact_numbers(view)
        or _PRICE.search(view)
        or (_FOR_WHOEVER.search(view) and _PRICE_ASKED.search(view))
    ):
        return "selling", hits
    return "", []


def offers_something(text: str, folded: str) -> bool:
    """Whether an earlier message of the group reads as an offer by its words (not a warning
    against one): the replies to it ("给我留两板") carry on that talk."""
    return (
        bool(find_ad_terms(contact_view(text, folded))[0])
        and _AGAINST.search(folded) is None
        and not corrects_others(folded)
    )


def _text_without_links(ctx: MessageContext) -> str:
    text = ctx.text
    for link in ctx.links:
        # digits in a URL (goods_id=556612) are no number someone is told to call or add
        text = text.replace(link.url, " ")
    return text


def ad_terms(ctx: MessageContext, settings: Settings = DEFAULT_SETTINGS) -> tuple[str, list[Hit]]:
    """:func:`find_ad_terms` of the message's contact view (links and mentions left out),
    worked out once per event for R06 and the rules that ask whether it is an ad (R09)."""

    def compute() -> tuple[str, list[Hit]]:
        text = _text_without_links(ctx)
        if "@" in text:
            # "@123456789" is a mention, not a number someone is told to add
            view = contact_view(_MENTION.sub(" ", text))
        else:
            # the message's own contact view, shared (R13 reads it too), when no link is cut
            view = ctx.facts.contact_view if text is ctx.text else contact_view(text)
        return find_ad_terms(view, settings=settings)

    return ctx.fact_for(find_ad_terms, settings, compute)


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.AD,
    summary="不得发布广告、推销商品、微商代购、传销，或私人原因的集赞、投票、砍价、加V引流",
    settings=Settings,
    seed_clauses=("1.4", "2.二.(二).5", "4.二.(二).5"),
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


# A Telegram account given as the contact: "TG：@dan666", "纸飞机@kf_bot", "联系@zhuan_77"
# (on the raw text, lower case: the normalised text drops the @). A mention of a member is
# "@名字" in the platform's own form, never a Latin handle after 联系/TG.
_TG_CONTACT = re.compile(
    r"(?:tg|电报|纸?飞机|telegram|✈️?|联系|找|私聊|加|搜索?)\s*(?:群主|客服|管理|我)?\s*[：:]?\s*"
    r"@[a-z][a-z0-9_]{2,}"
    # a platform's handle further on: "加一下我的纸飞机，这边说话方便：@yy3854", "推特 @x"
    r"|(?:tg|电报|纸飞机|telegram|推特|twitter|频道|pin道|ins)(?:[^@\n]{0,14}?[：:]|id[：:]?|号[：:]?)?"
    r"@[a-z][a-z0-9_]{2,}"
    r"|t\.me/"
)

_ILLEGAL_DEFAULTS = IllegalSettings()

#: Where a link is an invitation into a chat elsewhere (a Telegram channel, a Discord server,
#: a QQ group): a member posting one lures the class out (LABELS.md: 扫码进群 in any form).
CHAT_INVITE_HOSTS = (
    "t.me", "telegram.me", "telegram.dog", "discord.gg", "qm.qq.com", "jq.qq.com",
    "chat.whatsapp.com", "line.me",
)  # fmt: skip


#: A Telegram link is an invitation by its path (t.me/joinchat/…, t.me/+…) or its words
#: (进群, 频道, 订阅); a post shared from a channel (t.me/CN_news/79) is a link like any other.
_TELEGRAM_HOSTS = ("t.me", "telegram.me", "telegram.dog")
_INVITES_IN = re.compile(r"进群|入群|加入|频道|订阅|群组|进|资源|福利|更新")


def _chat_invite(ctx: MessageContext) -> str | None:
    """The host of a link inviting into another chat, or a Telegram address (tg://)."""
    for link in ctx.links:
        if not domain_in(link.host, CHAT_INVITE_HOSTS):
            continue
        if not domain_in(link.host, _TELEGRAM_HOSTS):
            return link.host
        if "/joinchat" in link.url or "/+" in link.url or _INVITES_IN.search(ctx.norm):
            return link.host
    return "tg://" if "tg://" in ctx.text.lower() else None


def _unspaced(text: str) -> str:
    """The raw text in lower case with its spaces taken out ("推 特  @x" is "推特@x")."""
    return "".join(text.lower().split())


def _reads_as_ad(folded: str, s: Settings) -> bool:
    """Whether a normalised text reads as an ad by R06's words or model (for the text left
    when quotations are taken out)."""
    if find_ad_terms(contact_view(folded, folded), settings=s)[0]:
        return True
    return bool(s.model_threshold) and ad_model().score(folded, folded) >= s.model_threshold


def _illegal_terms(ctx: MessageContext) -> list[Hit]:
    return ctx.fact_for(
        find_illegal_terms,
        _ILLEGAL_DEFAULTS,
        lambda: find_illegal_terms(ctx.norm, _ILLEGAL_DEFAULTS, offers=offers_of(ctx)),
    )


def _illegal_without_contact(ctx: MessageContext, hits: list[Hit]) -> bool:
    """Illegal content (R04's words) with no account, number or group to reach the sender:
    LABELS.md makes such content an ad only as a contact lure; a link is R07's."""
    if any(h.tag == "lure" for h in hits) or has_contact(_NO_URL.sub("", ctx.norm)):
        return False
    return bool(_illegal_terms(ctx))


def _fraud_script(ctx: MessageContext, hits: list[Hit]) -> bool:
    """A fraud script (R04 finds fraud and nothing else: a fake customer service, a frozen
    account, a fee before a prize) with no contact lure in it: it sells nothing, whatever
    commercial words it borrows (贷款, 信用卡, 尊敬的客户). With a number, account, handle or
    link to reach them it is advertised as well (LABELS.md: a contact lure is an ad)."""
    if any(h.tag in ("lure", "contact", "recruit", "pyramid") for h in hits):
        return False  # recruiting for 刷单, a loan "私聊": a scam advertised (LABELS.md: ad too)
    if _SOLICITS.search(ctx.norm) is not None or _FRAUD_INVITES.search(ctx.norm) is not None:
        return False
    if ctx.links or "@" in ctx.text or has_contact(ctx.norm):
        return False  # a way to reach them: an account, a number, a page, a handle
    illegal = _illegal_terms(ctx)
    return bool(illegal) and all(h.tag == "fraud" for h in illegal)


#: What can be sold of R04's content: papers, fortunes, porn, forged goods. (A betting site's
#: 彩金 and a scam's fee are no price of goods; R04 judges them.)
_SALEABLE = frozenset({"secret", "superstition", "porn", "illicit", "drugs"})
#: What of R04's content is traded when buyers are invited to it.
_TRADED = frozenset({"gambling", "porn", "illicit", "drugs"})
#: ... and what else of it a contact lure invites to: a sect, a fortune-teller
#: ("想求道的加我微信", "想了解的私我要资料"): LABELS.md ad, a contact lure in any form (a leaked
#: paper handed out for "要的私聊" is R04's alone: the writers split on it).
_INVITED = _TRADED | {"religion", "cult", "reactionary", "superstition"}
#: A business offering the service: "本馆专业…", "本工作室承接…".
_SERVICE = re.compile(r"本(?:馆|店|居士|工作室|大师)(?:专业|可|提供|承接)")


#: What a business's post offers: its service, its goods, a way in.
_PITCH = re.compile(
    r"我们|本店|本馆|服务|优惠|二维码|扫码|要的|需要的|预约|报名|还有|最后|[斤份套盒]|[\d]元|价"
    r"|试听|体验|免费|名额|招生|开班|上门|欢迎"
)


def _business_pitch(ctx: MessageContext) -> Hit | None:
    """A post by an account the roster does not know that is named for a business, offering
    what the business sells ("补充一下，我们托管还有午餐服务", "冬日写真二维码")."""
    if ctx.member.role is not Role.UNKNOWN:
        return None
    name = ctx.message.display_name or ctx.member.display_name
    if not name or BUSINESS_NAME.search(name) is None:
        return None
    pitch = _PITCH.search(ctx.norm)
    if pitch is None or _AGAINST.search(ctx.norm) is not None:
        return None
    return Hit(f"{name}：{pitch.group(0)}", "selling", STRONG, pitch.start(), pitch.end())


#: A text message blast: a business's name in 【】 first ("【思学教育】暑期班早鸟价…",
#: "【华安保险】…", "【阳_光_驾_校】包过班…"), then a way to reach it (a number, a
#: site, 退订) and what it sells. Not the header of a class's or an authority's
#: notice passed on (【通知】, 【失物招领】, 【家长开放日】, 【区教育局】, 【反诈中心】).
_BLAST_HEAD = re.compile(r"^【([^】]{2,24})】")
_NOT_A_BRAND = re.compile(
    r"通知|提醒|提示|公告|紧急|重要|作业|安全|转发|转自|转|分享|求助|寻|招领|失物|接龙|报名|统计|投票"
    r"|班费|缴费|收费|打卡|安排|活动|课表|食谱|菜单|值日|名单|成绩|考试|假期|放假|开学|家长|温馨|注意"
    r"|预警|天气|交通|返校|到校|放学|接送|教育局|政府|社区|街道|派出所|公安|反诈|卫健|疾控|气象|应急"
    r"|学校|小学|中学|幼儿园|年级|班级|[一二三四五六七八九\d]班|家委|老师|学生|孩子|[局厅委办处]$"
    r"|链接|视频|图片|文件|语音|通报|倡议|一封信|公示|说明|答疑|问答|须知|指南|攻略|小贴士|科普|健康|防"
    r"|学籍|核验|认证|系统|账户|账号"
)
_UNSUBSCRIBE = re.compile(r"退订|拒收|回t退|tui订")
#: What a business calls itself in its header: "【思学培训】", "【顺心搬家】".
_BRAND = re.compile(
    r"培训|保险|人寿|眼科|口腔|体检|医院|诊所|商城|超市|健身|铺子|烹饪|家居|汽车|电动|考研|书画|美术"
    r"|舞蹈|钢琴|游泳|武术|跆拳道|课堂|机构|店|馆|坊|会所|科技|公司|集团|贷|彩|娱乐|地产|置业|楼盘"
    r"|装修|装饰|火锅|餐厅|托育|托管|早教|手机|数码|电器|家政|月嫂|婚纱|摄影|影楼|驾校|搬家|宽带"
    r"|珠宝|母婴|留学|广场|府|苑"
)
#: What a blast's body sells: a course, a flat, a sale, a service booked.
_BLAST_SELLS = re.compile(
    r"包过|退款|暑期班|寒假班|课|房源|学区房|即买即住|首付|搬运|拆装|新品|上市|保障|顾问|咨询|大促|立减"
    r"|直降|半价|满\d+减|补贴|以旧换新|到期|续|一站式|包就业|月薪|订阅|优惠|价|元|免费|名额|招生"
    r"|开班|上门|欢迎|预约|体验|特惠|折|送|领取|会员|办理|额度|开业|热线"
)


def _header(text: str) -> str | None:
    """The folded name in the 【header】 a text opens with ("阳_光_驾_校", "苏💰易💰购": the
    separators go), or None."""
    if "【" not in text[:8]:
        return None  # every header opens the text
    head = _BLAST_HEAD.match(_unspaced(text))
    return normalize(head.group(1)) if head is not None else None


def _notice_header(text: str) -> bool:
    """Whether the text opens with the header of a class's or an authority's notice
    (【通知】, 【家长开放日】, 【区教育局】): the fallback model leaves such a post alone."""
    name = _header(text)
    return name is not None and _NOT_A_BRAND.search(name) is not None


def _sms_blast(ctx: MessageContext) -> Hit | None:
    if ctx.message.kind is not MessageKind.TEXT:
        return None  # a link card's title is the platform's: 【拼多多】, 【小红书】, 【视频】
    name = _header(ctx.text)
    if not name or _NOT_A_BRAND.search(name) is not None:
        return None
    folded = ctx.norm
    if _UNSUBSCRIBE.search(folded) is None:
        if not (
            untrusted_links(ctx) or names_a_site(folded) or contact_numbers(ctx.facts.contact_view)
        ):
            return None  # a header with nothing to reach: no blast
        if _BRAND.search(name) is None and _BLAST_SELLS.search(folded, len(name)) is None:
            return None
    return Hit(f"【{name}】", "selling", STRONG, 0, 0)


#: A member selling their own goods or produce, in its words: made or grown at home, straight
#: from the factory, as good as new, collected or posted, made to order, cheaper than the
#: shops, "要的留言" (LABELS.md ad: selling by individuals, to other parents too).
_OWN_GOODS = re.compile(
    r"自家(?!孩子|娃|小孩|宝|儿子|女儿|闺女|人|门|楼|老|亲戚|事|的事)|自己(?:做|种|养|烤|腌|酿|织|熬|熏)的"
    r"|家里(?:做|种|养)|拼单|拼团|开团|现摘|现发|现货|发货"
    r"|手工(?:做|皂|制)|纯手工|工厂(?:直销|尾单|直供|价)|尾单|新到一批|到了一批|九成新|八成新"
    r"|全新未拆|自提|包邮|可以(?:定|订|预订)|都能(?:定|订)|提前一天(?:预订|订)|价格实在|成本价"
    r"|比(?:商场|超市|外面|网上|实体店)便宜|要的(?:留言|说一声|跟我说|私|找我|联系)|欢迎(?:订购|选购)"
    # fresh from the kitchen, brought round, ordered for all: "今年新腌的", "周末送货上门",
    # "要的在下面接个龙", "团购价", "我统一下单"
    r"|新(?:腌|做|摘|烤|酿|熏|炒)的|送货上门|上门送|要的(?:在下面|在群里)?接(?:个)?龙|团购价"
    r"|(?:我)?统一下单|帮大家(?:带|订|团)"
)
#: Its price, in numerals too, by the unit ("一斤五十", "二十五一块", "十斤装59") or asked for
#: the thing ("八千出", "三千出").
_GOODS_PRICE = re.compile(
    r"(?:一|每|半)(?:斤|件|块|个|盒|箱|瓶|袋|套|份|本|只|双|条|罐)(?:[二两三四五六七八九十百千\d]|一[十百千])"
    r"|[二两三四五六七八九十百千\d][十百千万]?[一二三四五六七八九]?(?:块|元)?(?:一|每)"
    r"(?:斤|件|块|个|盒|箱|瓶|袋|套|份|本|只|双|条|罐)(?![一二三四五六七八九十两\d]*[个张人天岁点号页题])"
    r"|[二两三四五六七八九十百千\d]+[十百千万]出"
    # by the pack: "十斤装一百二", "三盒198"
    r"|[一二两三四五六七八九十\d]+(?:斤|盒|瓶|袋|箱|个|件|支)装[^，。]{0,2}?[一二两三四五六七八九十百\d]+"
    r"|[一二两三四五六七八九十\d]+(?:盒|瓶|袋|箱|件|套)[\d一二两三四五六七八九十百]{2,}(?:元|块)?"
)
#: Given away, not sold: "九成新，免费送给需要的家长，自提".
_GIVEN_AWAY = re.compile(r"免费|送给|白送|不要钱|赠送|送人|捐")


def _sells_own_goods(ctx: MessageContext) -> Hit | None:
    """A member's own goods offered: two of :data:`_OWN_GOODS`, or one with a price."""
    folded = ctx.norm
    own = {m.group(0) for m in _OWN_GOODS.finditer(folded)}
    if not own or _GIVEN_AWAY.search(folded) is not None:
        return None
    if len(own) < 2 and _GOODS_PRICE.search(ctx.facts.contact_view) is None:
        return None
    term = min(own)
    return Hit(term, "selling", STRONG, 0, 0)


#: What a member paid or lost ("算命花了200元"): told, not sold.
_PAID_FOR = re.compile(r"花了|被骗|骗了|交了|付了|转了|上当|被坑")


def _illicit_sold(ctx: MessageContext, text: str) -> list[Hit]:
    """R04's content offered for a price or as a business's service ("考前能弄到，200一份",
    "开光的一百八一条", "本馆专业起名改运"): selling (LABELS.md ad) as well as illegal. Without
    a price ("卷子流出来了，要的私我") it is R04's alone."""
    illegal = [h for h in _illegal_terms(ctx) if h.tag in _SALEABLE]
    if not illegal or _PAID_FOR.search(ctx.norm) is not None:
        return []
    view = ctx.facts.contact_view if text is ctx.text else contact_view(text)
    sale = _PRICE_ASKED.search(view) or _SERVICE.search(ctx.norm)
    if sale is None:
        return []
    return [
        *(h._replace(weight=STRONG) for h in illegal),
        Hit(sale.group(0), "selling", STRONG, 0, 0),
    ]


#: A scam advertised to whoever wants in, not a script played on one victim.
_FRAUD_INVITES = re.compile(
    r"私聊|私信|私我|找我|联系|加我|添加|加微|加客服|加助理|加入|进群|拉你|详询|咨询|有意|感兴趣"
    r"|想了解|想玩|想做|懂的来|扣1|主页|头像|电话|热线"
    # "要链接的私", "飞机私", "想进的扣我", "ID在签名", "需要的留言我私发"
    r"|(?<![隐自无])私$|扣我|签名|留言我|私发"
)


#: How porn, gambling and illicit goods are promoted (LABELS.md ad: commercial promotion),
#: beyond a contact or a price: a site or an app to go to, a bonus for joining, the claims a
#: seller makes of the service, the trade's own verbs, buyers invited. Not a member's brag
#: ("百家乐赢了两万八，下周继续梭哈"), a film described, a leaked paper passed on for nothing.
_PROMOTES = re.compile(
    # the way in: "注册就送", "下载地址", "复制打开", "房间号8866", "扫码下载"
    r"下载|注册|註冊|官网|官網|网址|入口|扫码|复制打开|点击|点开|房间号|直播间|镜像"
    # the bonus: "首充100送88", "首存送58%", "充一百送五十", "彩金", "返水1.2%", "免费看"
    r"|首充|首存|充[\d一二三四五六七八九十百千]+送|送[\d一二三四五六七八九十百千]+|彩金|返水|体验金"
    r"|礼金|免费(?:看|玩|领)|免費"
    # the claims of the service: "赔率全网最高", "应有尽有", "每天上新", "提现秒到", "包过"
    r"|赔率(?:最高|全网|更高|高)|全有|应有尽有|都能(?:玩|买|做|办|开|看)|每[天日]更新|上新|秒出|秒到|出款|提现|提款"
    r"|不限额|包过|包中|必中|稳中|不中退|先玩后付|先办后付|成功再付|信誉|实力雄厚|发货|到家|速递"
    r"|加急|一条龙|全国通用|必备|一站|专属客服|客服在线"
    # the trade's verbs and terms: "出售", "代办", "提供…服务", "收费三千", "手续费面谈"
    r"|出售|出货|代办|办理|提供|承接|接单|可定制|收费|费用|价格|面谈|定金|手续费|包月|只要|只收"
    # buyers invited: "欢迎各路大佬", "想翻本的来", "快来试试手气", "导师带单", "进会员群"
    r"|欢迎|大佬|老哥|想[^，。]{0,6}的来|快来|试试手气|上车|带单|跟单|会员群"
)


def _promoted(ctx: MessageContext, offers: list[Hit]) -> bool:
    """Whether R04's porn, gambling or illicit offer is promoted (a fraud script is not: it
    sells nothing; a file's name is judged by its contact alone). A bare link to a porn or
    betting page is R04's and R07's: the writers of the project's corpora split on it, and
    precision comes first."""
    if ctx.message.kind is MessageKind.FILE or all(h.tag == "fraud" for h in offers):
        return False
    return _PROMOTES.search(ctx.norm) is not None


# A link's own letters and digits are no account to add (the link is R07's).
_NO_URL = re.compile(r"(?:https?|www)[a-z0-9]*")

#: The seller's own voice: "我周末在家开了个补习班".
_OWN_OFFER = re.compile(r"我(?:们|家)?(?:周末|在家|这边|自己|现在)?(?:开|办|带|做|卖|代)")
#: A member's own private requests (LABELS.md ad), never a scam's script.
_REQUESTS = frozenset({"bargain", "like", "vote"})

_REASONS = {
    "illicit": "请不要在群内发布违法违规的广告或引流信息",
    "similar": "这条消息与已知的广告、推销信息非常相似，请不要在群内发布此类内容",
    "bargain": "请不要在群里发砍价、助力、集赞之类的私人请求",
    "like": "请不要在群里发砍价、助力、集赞之类的私人请求",
    "vote": "请不要在群里为私人原因拉票",
}


#: The offers a site or a handle sells: a betting table or illicit goods are a trade, with
#: their shop's address ("线上葡京 官方直营 caijinqp88(点)fun", "洗钱通道 走账 @jinbot").
_SOLD_AT_A_SITE = frozenset({"gambling", "illicit"})
_AT_HANDLE = re.compile(r"@[a-z][a-z0-9_]{3,}")
#: A betting tip's words, which a tipster's page gives rather than a table to play at.
_TIPS = re.compile(r"稳胆|特码|平特|必中|推荐|预测|走势|心水|串一|串1")


def _sold_at_a_site(ctx: MessageContext, offers: list[Hit]) -> bool:
    """LABELS.md ad (commercial promotion): a trade's offer with its site, link or handle."""
    if not any(h.tag in _SOLD_AT_A_SITE and _TIPS.search(h.term) is None for h in offers):
        return False  # a tip's link ("今晚英超前瞻，专家稳胆推荐 …") gives the tip, no table
    return bool(ctx.links) or names_a_site(ctx.norm) or _AT_HANDLE.search(ctx.text) is not None


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    if ctx.only_acknowledges:
        return []  # 收到, 好的谢谢老师, 👍: nothing of this rule's in an acknowledgement
    s = ctx.settings_for(Settings)
    text = _text_without_links(ctx)
    sub_rule, hits = ad_terms(ctx, s)
    if not sub_rule and (follow := request_follow_up(ctx)) is not None:
        sub_rule, hits = follow, [Hit(ctx.norm[:20], follow, STRONG, 0, 0)]
    if not sub_rule and "@" in ctx.text and (tg := _TG_CONTACT.search(_unspaced(ctx.text))):
        sub_rule, hits = "lure", [Hit(tg.group(0), "lure", STRONG, 0, 0)]
    if not sub_rule and (invite := _chat_invite(ctx)) is not None:
        sub_rule, hits = "lure", [Hit(invite, "lure", STRONG, 0, 0)]
    if not sub_rule:
        # porn, gambling, fraud or illicit trade with a way to reach the sender is also a
        # contact lure (LABELS.md ad); R04 judges the content
        offers = ctx.fact(find_offers, lambda: find_offers(ctx.norm))  # R04's offers_of
        if offers and (
            has_contact(_NO_URL.sub("", ctx.norm))
            or _FRAUD_INVITES.search(ctx.norm) is not None
            # a price, but not a betting site's bonus ("首充送88元")
            or (
                any(h.tag != "gambling" for h in offers)
                and _PRICE_ASKED.search(ctx.norm) is not None
            )
            or _promoted(ctx, offers)
            or _sold_at_a_site(ctx, offers)
        ):
            sub_rule, hits = "illicit", [h._replace(weight=STRONG) for h in offers]
        elif not offers and (
            _FRAUD_INVITES.search(ctx.norm) is not None or has_contact(_NO_URL.sub("", ctx.norm))
        ):
            # R04's words for a betting table, porn or illicit goods, with buyers invited
            # ("菠菜大群，每天稳定带单，私聊我进群")
            traded = [h for h in _illegal_terms(ctx) if h.tag in _INVITED]
            if traded:
                sub_rule, hits = "illicit", [h._replace(weight=STRONG) for h in traded]
    if not sub_rule and (sold := _illicit_sold(ctx, text)):
        sub_rule, hits = "illicit", sold
    if not sub_rule and (own := _sells_own_goods(ctx)) is not None:
        sub_rule, hits = "selling", [own]
    if not sub_rule and (pitch := _business_pitch(ctx)) is not None:
        sub_rule, hits = "business", [pitch]
    if not sub_rule and (blast := _sms_blast(ctx)) is not None:
        sub_rule, hits = "selling", [blast]
    if (
        not sub_rule
        and s.model_threshold
        and len(ctx.norm) >= s.model_min_chars
        and _SCHOOL_TALK.search(ctx.norm) is None
        and not _blessing_only(ctx.norm)
        and not _passes_on_a_deal(ctx.norm)
        and _SHARES.search(ctx.norm) is None  # "…特价，要的赶紧去": a deal passed on
        and not _notice_header(ctx.text)
    ):
        model = ad_model()
        score = model.score(text, ctx.norm if text is ctx.text else None)
        # an account the roster does not know posts ads far more often than a class's own
        # families do: its bar is lower (stranger_model_threshold)
        bar = s.model_threshold
        if ctx.member.role is Role.UNKNOWN and s.stranger_model_threshold:
            bar = min(bar, s.stranger_model_threshold)
        if score >= bar:
            sub_rule = "similar"
            hits = [Hit(g, "similar", STRONG, 0, 0) for g in model.reasons(text)]
    footer = _SELLERS_FOOTER.search(ctx.norm)
    if footer is not None:
        sub_rule = sub_rule or "selling"
        hits = [*hits, Hit(footer.group(0), "selling", STRONG, 0, 0)]
    elif not sub_rule or _AGAINST.search(ctx.norm) is not None or corrects_others(ctx.norm):
        return []
    if sub_rule in ("selling", "pyramid") and _asks_about(ctx.norm, hits, ctx.text):
        return []
    if talks_about_offers(ctx) and not any(
        h.tag in ("lure", "contact") and h.term not in SOFT_CONTACTS and h.term in own_words(ctx)
        for h in hits
    ):
        return []  # "“无视黑白户，秒批五万”这种短信我天天收，直接拉黑就行": told of, not sent
    if quoted_mention(ctx, lambda folded: _reads_as_ad(folded, s)) or quoted_only(
        ctx, lambda folded: _reads_as_ad(folded, s)
    ):
        return []  # "手机上弹出个“贷款额度已到账”的广告，孩子点进去了": quoted, not posted
    if sub_rule == "similar" and _illegal_without_contact(ctx, hits):
        return []  # porn, gambling or fraud with no way to reach the sender is R04's alone
    if (
        sub_rule in ("selling", "tutoring", "similar")
        and not any(h.tag in ("lure", "contact") for h in hits)
        and _OWN_OFFER.search(ctx.norm) is None
        and find_slander(ctx.norm)[0]
    ):
        return []  # "听说还在外面开有偿补习班，一节课三百": a claim about a teacher (R12's)
    if sub_rule not in _REQUESTS and _fraud_script(ctx, hits):
        return []  # "您好，我是银行信用卡中心的，您的额度可以提升…需要您提供验证码"
    if _NOTICE_HEAD.match(ctx.text) and not any(h.weight >= STRONG for h in hits):
        return []  # "【家委会通知】本学期班费每位200元…": a notice names fees, it sells nothing
    ask = _REASONS.get(sub_rule, "请不要在群内发布广告、推销商品或拉人加好友")
    return [
        SPEC.verdict(
            severity=Severity.MINOR,
            reason=(
                "根据本群群规（班级群只用于家校沟通，不得发布广告、推销商品，"
                f"不发布私人原因的集赞、投票、推销等信息），{ask}；"
                "如有需要请私下联系。"
            ),
            evidence=evidence(hits),
            sub_rule=sub_rule,
            delete=True,
        )
    ]
