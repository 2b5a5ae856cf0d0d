"""Notices and acknowledgements: the one place that decides what a staff post and a reply are.

Three questions are asked of class-group messages by the engine (P04's acknowledgement
tracking and ``/acks``), R11 (``ack_reply``), R16 and R17, and they must get one answer:

- :func:`looks_like_notice` — does a staff post inform or instruct parents (homework, a
  schedule, a reminder, a forwarded notice), rather than answer, ask, praise or share photos?
- :func:`asks_for_reply` — does it ask parents to reply in the group (请回复“收到”, 接龙, 回复1,
  在群里回复“已签字”)? 请勿回复 and 无需回复 ask for nothing, and a paper slip to sign and bring
  back is not a request to reply in the group.
- :func:`is_ack_folded` — is a (folded) text only an acknowledgement (收到, 好的, 谢谢王老师,
  辛苦陈老师, 数学老师辛苦了, 谢谢分享, 已签字)? 没收到 is not one.

Pure and synchronous; names to ignore (the pupil's name in "何雨彤妈妈收到") are stripped by
the caller, which knows the roster.
"""

from __future__ import annotations

import re
from functools import lru_cache

from classmod.model import Message, MessageKind
from classmod.text import normalize

#: Common surnames: "收到刘老师", "谢谢王老师" name the teacher without changing the reply.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
    "艾岑邝戚缪卜晏桂巫揭芦"
    # the rest of the 百家姓's single surnames
    "褚卫尤吕施华窦章云奚郎昌凤花酆鲍费廉滕邬时皮卞元平和穆萧湛禹狄米贝明臧计伏谈茅屈项闵席"
    "麻强娄危刁虞支昝经房裘干解应宗宣贲郁杭洪诸吉钮嵇滑荣荀羊於惠甄家封芮羿储汲邴糜松井富乌"
    "巴弓牧隗山车宓蓬全郗班仰秋仲伊宫仇栾暴钭厉戎祖景束幸司韶郜蓟薄印宿怀蒲邰从鄂索咸籍赖卓"
    "蔺屠阴胥能苍双闻莘党贡劳逄姬扶堵宰郦雍郤璩濮寿通边扈燕冀郏浦农别瞿充慕连茹习宦鱼容古慎"
    "戈庾终暨居衡步都满弘匡国寇广禄阙东殳沃利蔚越夔隆师巩厍晁勾敖融冷訾阚那简饶空毋沙乜养鞠"
    "须丰巢蒯相查后荆红竺权逯盖益桓公"
    # the south's own: 麦, 区 (Ou), 冼, 谌, 植, 禤, 佘, 练, 粟, 阳
    "麦区冼谌植禤佘练粟阳"
)
SUBJECTS = (
    "语文",
    "数学",
    "英语",
    "音乐",
    "美术",
    "体育",
    "科学",
    "道法",
    "道德与法治",
    "信息",
    "书法",
    "劳动",
    "心理",
    "物理",
    "化学",
    "生物",
    "历史",
    "地理",
    "政治",
)

_UNIT = (
    "已收到|收到了|收到|收|好的|好滴|好嘞|好哒|好吧|好|行|嗯|哦|噢|喔|了解|明白|知道|已阅|已读|"
    "谢谢您|谢谢你|谢谢大家|谢谢|感谢|多谢|谢|辛苦|没问题|遵命|okay|okk|ok|get|"
    "received|noted|gotit|thankyou[a-z]{0,24}|thanks[a-z]{0,16}|withthanks|amazing|great|nice|"
    # "So cute!!", "Congrats Maple House!!", "Great job!"
    "socute|sosweet|congrats[a-z]{0,16}|congratulations[a-z]{0,16}|welldone|greatjob|goodjob|"
    "cool|wow|awesome|good|"
    "分享|提醒|费心|用心|付出|"  # thanks for the sharing, the reminder, the care
    # reactions
    "太棒了|真棒|好棒|棒棒哒|绝绝子|点赞|学习了|涨知识了|真好看|好看|漂亮|厉害了|厉害|太好了|"
    # noted; pleasantries
    "记着了|记住了|记下了|今天辛苦|周末愉快|也注意安全|注意安全|收藏了|鼓励|推荐|"
    "太强了|太牛了|绝了|好开心|真开心|开心|好拼|真拼|放心了|放心|真好|"
    "晓得|恭喜|祝贺|犀利|好嘢|给力|假期愉快|节日快乐|国庆快乐|中秋快乐|新年快乐|澄清|说明|解答|"
    "支持|好样的|赞|thx|thks|wellreceived|wellnoted|"
    # a holiday wish back, cheering the class on (a welcome to a teacher introduced, "欢迎
    # 赵老师", is no acknowledgement: four of the corpora's six bare welcomes are clean)
    "happy(?:holidays?|newyear|weekend|teachersday)|打call|"
    # in the dialects: 要得 (川渝), 得嘞 (京), 妥了, 受累了, 晓得了; 同乐 to a greeting
    "要得|得嘞|妥妥的|妥了|妥|受累|同乐|同庆|"
    # 粤语: 辛苦晒 (辛苦了), 唔该 (谢谢), 好正 (真好)
    "辛苦晒|唔该晒|唔该|好正|"
    # a reaction to the class's show: "孩子们表现很好"
    "表现很好|表现真好|表现真棒|"
    # a reaction to what the teacher showed: "孩子们真能干", "哎呀太可爱了"
    "真能干|好能干|能干|太可爱了|真可爱|好可爱|可爱|"
    # praise of the work shown: "拍得真好看", "写得真用心", "讲得很清楚"
    "(?:拍|写|画|做|弄|整理|讲|排)得(?:真|很|太|好|特别)?(?:好看|好|棒|漂亮|用心|细致|清楚|仔细|细)|"
    "及时说明|及时回复|及时解答|耐心解答|还回复|就签|马上签|"
    "已签字|已签名|已签|已完成|已提交|已交|已填写|已填|已确认|已报名|确认|"  # the replies asked for
    # done, in other words: "已投", "签咗" (签了), "预约好了", "已约"
    "已投|投了|签咗|签了|已约|约好了|预约好了|填好了|报好了|签好了|交好了|填完了|"
    # cheering the class on after its photos or its news: "加油孩子们", "五班雄起", "冲鸭"
    "加油|雄起|冲鸭|冲冲冲|必胜|好精神|真精神|精神|有气势|逗|笑死|"
    # praise in the dialects: 巴适 (川渝), 板扎 (滇黔), 杠杠的 (东北), 得劲 (中原), 嘹咋咧 (陕)
    "巴适|板扎|杠杠的|得劲|嘹咋咧|嘹咋了|顶呱呱|"
    # in Korean: 받았습니다 (收到), 알겠습니다 (知道了), 네 (好), 감사합니다 (谢谢),
    # 수고하셨습니다 (辛苦了)
    "받았습니다|받았어요|알겠습니다|알겠어요|감사합니다|고맙습니다|수고하셨습니다|수고하세요|축하합니다|네|"
    # in pinyin initials: sd (收到), hd (好的), xxls (谢谢老师), lsxk (老师辛苦)
    "sd|hd|xxls|lsxkl|lsxk|"
    # thanks in 彝语 (卡沙沙) and 藏语 (图吉切), blessings (扎西德勒)
    "卡沙沙|图吉切|扎西德勒|"
    # the class or a pupil honoured: "给咱们班争光了"; profanity-derived praise (牛B), which
    # R05 judges as abuse too (LABELS.md)
    "争光|牛b|牛x|牛逼|牛批|nb|"
    # praise in a word: "孩子们都棒", "好靓" (粤语), the WeChat thumbs-up [强], "Congrats!"
    "都棒|都很棒|都挺棒|棒|好靓|靓|强|congrats|congratulations|bravo|welldone|goodjob"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "司徒", "尉迟")
_TEACHER = (
    "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + SURNAMES + "]{1,2}|" + "|".join(SUBJECTS) + ")?"
    "老师(?:们)?|班主任|班任|师傅|[" + SURNAMES + "]阿姨"
    # a voice-to-text slip after a surname: "收到陈老是"
    "|[" + SURNAMES + "]老是"
)
_FILL = (
    f"{_TEACHER}|了|啦|的|啊|呀|哈|滴|嘞|咯|呢|哒|嘛|噢|哦|您|各位|大家|们|也|吧|文章"
    # degree words before a reaction: "太好看了", "都挺棒", "超可爱"
    "|太|挺|很|真|超|特别|非常"
    # the class cheered by its name: "五三班雄起", "高三十二班 加油"
    "|[高初]?[一二三四五六七八九十0-9]{1,4}(?:年级)?[一二三四五六七八九十0-9]{0,3}班"
    # for the class, over the term: "为7班孩子加油", "谢谢金老师一学期的辛苦"
    "|为|孩子|一学期|这学期|一年|这一年|给咱们班|给咱班|给我们班"
    "|照片|视频|图片|为咱班孩子|为孩子们|为咱们班|孩子们|你们|回去|周末|学校|安排"
    "|同学们|小朋友们|宝贝们|小明星们|小伙伴们|我们|我|哎呀|哇|선생님"
    # why it comes late: "刚下班看到，收到", "不好意思才看到"
    # a title in English, with the name after it or the surname before it: "收到Miss Kwok",
    # "收到黎Sir", "谢谢Mr Wu"
    f"|(?:[{SURNAMES}])?(?:mr|ms|mrs|miss|sir|madam)(?:[a-z]{{2,10}})?|的指导|指导"
    "|刚下班看到|下班看到|到家看到|忙完看到|刚下班|下班|刚到家|刚忙完|刚看到|才看到|回晚了"
)
ACK = re.compile(rf"(?:{_FILL})*(?:(?:{_UNIT})(?:{_FILL})*)+")
#: Every character :data:`ACK` can match (a text with any other character is no acknowledgement).
ACK_CHARS = frozenset(
    _UNIT
    + _FILL
    + SURNAMES
    + "".join(SUBJECTS)
    + "".join(COMPOUND_SURNAMES)
    + "abcdefghijklmnopqrstuvwxyz"  # "thanks emma"
) - frozenset("|()?:[]{},12-") | frozenset("0123456789")  # a class by its number: "5班加油"
ACK_MAX_CHARS = 24  # a folded text longer than this is never only an acknowledgement

#: "没收到", "还未收到", "没看到": a negated acknowledgement answers nothing.
_NEGATED = re.compile(r"[没未不无](?:有)?(?:收到|看到|收|明白|了解|知道)")

_NO_REPLY = re.compile(
    r"(?:无需|无须|不用|不必|不需要|请勿|勿|不要)(?:再)?(?:在群里|在群内|在群|群里|群内)?(?:回复|回|接龙)"
)
_ASKS_REPLY = re.compile(
    r"请.{0,10}?(?:回复|回个|回一下|答复|接龙)|回复.{0,3}?(?:收到|1|一|确认|一下)"
    r"|收到.{0,3}?(?:请|后)?回复|收到请回|收到的请|看到.{0,3}?回复|群里.{0,4}?(?:回复|回|说一声|确认)"
    r"|(?<![已的])接龙(?!的|截止|结束|已(?:截止|结束|满|完)|完毕|满)|扣个?[1一]|回个?[1一](?![\d一二三四五六七八九十点号楼班年层栋次趟下])|已阅请|已读请"
    r"|完成后回复|签好后.{0,4}回复"
    # 回 for 回复: "看到请回“收到”", "看到回1"
    r"|(?:请|看到|看到后)回(?:收到|好的|确认)"
    # asked without 请: "麻烦家长回复一下", "辛苦大家确认", "务必在群里回复"
    r"|(?:麻烦|辛苦|烦请|务必|记得|劳烦)(?:各位|大家|家长|您)?[^，。]{0,6}?(?:回复|回个|回一下|确认|接龙)"
    # the reply's words given: "回复“已完成”", "回复已签字", "回复孩子姓名+收到"
    r"|回复[^，。]{0,8}?(?:已完成|已签字|已签|已读|已阅|已提交|已交|已填|姓名|名字)"
    r"|(?:please|pls|kindly)(?:reply|confirm|acknowledge|respond)|reply(?:with)?(?:received|ok|yes|1)"
)
QUESTION = re.compile(
    r"[?？]|(?:吗|呢|么|吧)\W*$|请问|怎么办|怎么"
    # asked in other words or a dialect, without a question mark: "在班上算啥子水平"
    r"|啥|咋|多少|几点|哪个|哪里|哪儿|为什么|是不是"
)
#: What makes a photo, file or link card a notice rather than an activity photo.
_MEDIA_NOTICE = re.compile(r"作业|通知|告知|告家长|安排|须知|课程表|请|注意|提醒|时间表|放假")
#: Praise and sharing: not a notice to track, though thanks after them are acknowledgements.
PRAISE = re.compile(r"表扬|真棒|点赞|为孩子们|优秀|进步|祝贺|恭喜|棒棒|精彩|风采|合影|留念")


@lru_cache(maxsize=1024)  # every reply to a notice asks this of the same notice text
def asks_for_reply(text: str) -> bool:
    """Whether a notice asks its readers to reply in the group (请回复收到, 接龙, 回复1 ...)."""
    folded = _NO_REPLY.sub("", normalize(text))
    return _ASKS_REPLY.search(folded) is not None


def is_ack_folded(folded: str) -> bool:
    """Whether ``folded`` (:func:`classmod.text.normalize` of a text, names already stripped)
    is only an acknowledgement, thanks or a requested reply."""
    if not folded or len(folded) > ACK_MAX_CHARS:
        return False
    if folded == "1":
        return True
    if _NEGATED.search(folded) is not None:
        return False
    return ACK.fullmatch(folded) is not None


#: Words for a guardian's relation to a pupil, stripped from "何雨彤妈妈收到" with the name.
RELATION_WORDS: tuple[str, ...] = (
    "爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长", "父亲", "母亲",
    "监护人", "哥哥", "姐姐", "叔叔", "阿姨", "舅舅", "舅妈", "姑姑", "姨妈", "小姨", "干妈",
    "老爸", "老妈", "妈咪", "爹地", "爸", "妈", "dad", "mom", "mum",
    # grandparents and kin in the regions' words: 嫲嫲 and 婆婆 (粤), 阿嬷, 公公, 伯伯, 姑妈
    "嫲嫲", "阿嫲", "婆婆", "阿婆", "公公", "阿公", "阿嬷", "伯伯", "婶婶", "姑妈",
    # in Korean (朝鲜族 families): 엄마, 아빠, 어머니, 아버지, 할머니, 할아버지
    "엄마", "아빠", "어머니", "아버지", "할머니", "할아버지",
)  # fmt: skip
_RELATIONS_FOLDED = tuple(sorted({normalize(r) for r in RELATION_WORDS}, key=len, reverse=True))
_OUTSIDE_ACK = re.compile("[^" + "".join(map(re.escape, sorted(ACK_CHARS))) + "]")
_STICKER_ONLY = re.compile(r"(?:\[[^\[\]\s]{1,6}\])+")


def is_ack(
    text: str,
    kind: MessageKind = MessageKind.TEXT,
    *,
    names: tuple[str, ...] = (),
    folded: str | None = None,
) -> bool:
    """Whether a message is only an acknowledgement; ``names`` (the roster's pupils) and
    relation words are ignored, so "何雨彤妈妈收到" is one. ``folded``: ``normalize(text)``
    when already computed. R11 decides the same with a faster path of its own; this is for
    the engine's bookkeeping."""
    if kind is MessageKind.STICKER:
        return True
    if kind is not MessageKind.TEXT or len(text) > 3 * ACK_MAX_CHARS:
        return False
    if "[" in text:  # WeChat/QQ text emoji codes: [强] [抱拳]
        stripped = text.strip()
        if stripped and _STICKER_ONLY.fullmatch(stripped):
            return True
        text, folded = _STICKER_ONLY.sub("", text), None
    if folded is None:
        folded = normalize(text)
    if not folded:
        stripped = text.strip()
        return bool(stripped) and not any(c.isalnum() for c in stripped)
    if len(folded) > 2 * ACK_MAX_CHARS:
        return False
    if _OUTSIDE_ACK.search(folded) is None:
        return is_ack_folded(folded)
    if not names or not _ack_or_name_chars(names).issuperset(folded):
        return False  # a character no acknowledgement, relation word or pupil name holds
    for name in _folded_names(names):
        folded = folded.replace(name, "")
    for relation in _RELATIONS_FOLDED:
        folded = folded.replace(relation, "")
    return is_ack_folded(folded)


@lru_cache(maxsize=4096)  # one per roster
def _ack_or_name_chars(names: tuple[str, ...]) -> frozenset[str]:
    # a set, not a compiled character class: compiling one costs milliseconds per roster
    return (
        ACK_CHARS
        | frozenset("".join(_RELATIONS_FOLDED))
        | frozenset("".join(map(normalize, names)))
    )


@lru_cache(maxsize=4096)  # one per roster
def _folded_names(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted((n for n in map(normalize, names) if len(n) >= 2), key=len, reverse=True))


#: The mention of everyone (OneBot v11 ``at`` with ``qq=all``, v12 ``mention_all``).
MENTION_ALL = "all"
#: "@全体成员" / "@所有人" / "@all" typed at the start of a post: a mention of everyone.
_AT_ALL = re.compile(r"^\s*@(?:全体成员|全体家长|所有人|全体|all|everyone)\s*", re.IGNORECASE)


def is_post_to_everyone(message: Message) -> bool:
    """Whether a post is addressed to the whole group (a notice, homework, photos of an
    activity, praise, a shared article) by its content: not a mention, not a question, not a
    short answer. The caller checks the sender is staff and that it answers nobody."""
    text = _AT_ALL.sub("", message.text, count=1)
    if any(m != MENTION_ALL for m in message.mentions) or text.lstrip().startswith("@"):
        return False  # "@全体成员 …" (QQ's at all: the mention "all") is to everyone
    if message.kind in (MessageKind.IMAGE, MessageKind.FILE, MessageKind.LINK_CARD):
        return True
    if message.kind is not MessageKind.TEXT:
        return False
    if asks_for_reply(message.text):
        return True
    folded = normalize(message.text)
    return len(folded) >= 6 and QUESTION.search(message.text) is None and not is_ack_folded(folded)


def looks_like_notice(message: Message) -> bool:
    """Whether a staff message is a notice to track (P04): informs or instructs parents
    (homework, schedule, reminders, forwards) rather than answers, asks, praises or shares
    activity photos."""
    if not is_post_to_everyone(message):
        return False
    if message.kind in (MessageKind.IMAGE, MessageKind.FILE, MessageKind.LINK_CARD):
        return _MEDIA_NOTICE.search(message.text) is not None
    if asks_for_reply(message.text):
        return True
    return len(normalize(message.text)) >= 8 and PRAISE.search(message.text) is None


__all__ = [
    "ACK",
    "ACK_CHARS",
    "ACK_MAX_CHARS",
    "COMPOUND_SURNAMES",
    "PRAISE",
    "QUESTION",
    "RELATION_WORDS",
    "SUBJECTS",
    "SURNAMES",
    "asks_for_reply",
    "is_ack",
    "is_ack_folded",
    "is_post_to_everyone",
    "looks_like_notice",
]
