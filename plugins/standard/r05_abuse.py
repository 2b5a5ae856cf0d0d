"""R05 abuse — 不文明、侮辱性、低俗性语言，不礼貌的应答.

Seed: 1.2 (严禁出现有违社会公德、不文明、侮辱性、低俗性语言), 2.一.(二).4, 4.一.(二).4,
3.5 (a teacher's offence is fined), 2.二.(二).6 and 4.二.(二).6 (不能出现不礼貌的应答).

Catches words from ``data/abuse.txt`` in the normalised message (so ``傻 B``, ``ＳＢ``,
``傻🙂逼`` and traditional spellings count): ``insult`` (脑残, 智障, 滚蛋, 你有病, 去死吧 …),
``vulgar`` (他妈的, 卧槽, tmd …) and ``slur`` (region, race and sex slurs). Only words that
are abusive in practically every use are listed; an exception list keeps their innocent
look-alikes out (``妈妈的``, ``废物利用``, ``usb`` for ``sb``). Mild, kind exclamations a parent
uses (笑死我了, 累死了, 气死我了) are not abuse, nor is plain disagreement: that is R18.

A few words are an insult only when they are the whole message — a bare ``滚``, ``神经病``,
``有病``, ``闭嘴`` or ``垃圾`` said back to someone — while inside a sentence they are innocent
("孩子在床上滚来滚去", "神经病医院", "有病要及时就医"): those count only alone
(:data:`SHORT_INSULTS`, compared after normalisation, so ``神 经 病`` and ``滚！！`` count).

Where the words and forms find nothing, a small model has the last word (``sub_rule:
similar``): the weights of character n-grams learnt from the COLD train split (offensive and
safe comments on regions, races and the sexes) and labelled class-group chat
(``plugins/standard/abuse_model.py``, trained by ``scripts/train_abuse_model.py``). It hears
the contempt of comment sections that no list follows; it judges texts of
``model_min_chars`` or more, at ``model_threshold`` or above, and abstains on speech against
a prejudice (平等, 不要歧视, 刻板印象 …); its verdict names the n-grams that weighed most.

Teachers are judged too (school 3 fines a teacher's offence), so this rule covers all roles.

```yaml
rules:
  R05:
    extra_terms: []          # school-specific additions
    allow_terms: []          # phrases never counted
    model_threshold: 0.97    # the fallback model's bar (0-1); 0 turns it off
    model_min_chars: 10
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classmod.rules.standard.abuse_model import abuse_model, model_view
from classmod.rules.standard.lexicon import Hit, evidence, find_terms

from classmod.context import MessageContext
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, Severity, Verdict
from classmod.text import normalize

from ._common import corrects_others, gate_for, pupil_spans, quoted_only

NAME = "abuse"
RULE_ID = "R05"

#: Insults only when they are the whole (normalised) message: a rude one-word answer.
SHORT_INSULTS: frozenset[str] = frozenset(
    {
        *("滚", "你滚", "滚开", "滚吧", "快滚", "滚远点", "滚出去", "神经病", "神经", "有病"),
        *("你有病", "闭嘴", "去死", "垃圾", "呸", "傻子", "蠢", "白痴", "弱智", "傻"),
        *("爬", "爪巴", "滚粗", "一边去", "一边去吧你", "边儿去"),
    }
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    extra_terms: tuple[str, ...] = ()
    allow_terms: tuple[str, ...] = ()
    model_threshold: float = 0.97  # 0 turns the fallback model off
    model_min_chars: int = 10


DEFAULT_SETTINGS = Settings()


#: Contempt aimed at the reader: "你才神经", "你就是个蠢货", "你这种人真恶心", "你是不是傻".
_RETORT = re.compile(
    r"你(?:们|丫)?(?:才|就是|真是|真|是不是|这种人|这人|这个人|这个|个|也配|也|也太|太|好|可真|这么|简直"
    r"|(?:这种|这样的)(?:人|思想|素质|脑子)?){0,2}(?:个)?"
    r"(?:神经|有病|傻|蠢|笨|白痴|弱智|智障|脑残|没脑子|恶心|丑|贱|无耻|可笑|废物|垃圾|猪|狗|瓜娃子"
    r"|龌龊|龌蹉|猥琐|下流|可悲|双标|奇葩|胡扯|鬼扯|算老几|欠揍|欠骂|找打|找骂|键盘侠)"
    # a name called: "你个小人", "你就是个骗子", "你这种伪君子" (not "你好，骗子电话…")
    r"|你(?:就是|真是|简直是|简直就是|是|才是)?(?:个|这个|这种)"
    r"(?:小人|白眼狼|伪君子|马屁精|势利眼|骗子|流氓|混蛋|王八蛋|小偷|疯子)"
    r"|你(?:了解|懂|知道|明白)个(?:啥|屁|什么|毛|p)"
    # called an animal to one's face: "你是猪吗", "你就是条狗" (not "你是狗狗的主人")
    r"|你(?:是|就是|真是|真像|像)(?:头|只|条|个)?(?:猪|狗)(?:吗|啊|呀|吧|呢|$)"
    r"|你(?:是不是|就是|真是|是)?有(?:毛病|大病)"
    r"|你(?:那|这)(?:德行|德性|熊样|尿性|副德行)"
    # a name called in dialect: "你个瓜婆娘", "你个憨包老头", "你个龟儿子"
    r"|你(?:个|这个)(?:瓜婆娘|瓜娃子|瓜皮|憨包|憨批|哈批|龟儿子|二货|二百五|傻帽|蠢货|老不死|死老头"
    r"|臭婆娘|婆娘|老太婆|泼妇|怂包|软蛋|废柴)"
    # the family's manners sneered at: "你家娃娃哪样德性", "你家那个什么德性"
    r"|你(?:家|们家)[^，。！!？?]{0,6}?(?:什么|哪样|啥)(?:德性|德行|玩意)"
    # mock praise and put-on airs: "就你懂事", "装什么清高"
    r"|就你(?:懂事|能|能耐|厉害|聪明|会说|清高|高贵|明白|懂)(?:吗|是吧|了)?$"
    # told to stop, rudely: "你有完没完", "你烦不烦", "你够了没有"
    r"|你(?:还)?(?:有完没完|烦不烦|够了没(?:有)?|累不累)"
)


#: Sneers in the forms people use for them, with or without a "你": the mind or manners of
#: the reader mocked ("你的智商被狗吃了", "语文是体育老师教的吧", "替你的智商捉急"),
#: mock titles ("逻辑鬼才", "大聪明"), shamelessness ("还有脸说", "你还好意思讲别人"),
#: being sent away or told to get treated ("滚回老家去", "你有病就去治"), upbringing
#: ("有人生没人教", "你爸妈没教过你吗"), showing off ("别在这刷存在感"), biting like a dog
#: ("出来乱咬人") and the reader's whole family ("你全家都是骗子").
_SNEER = re.compile(
    r"(?<!我)(?<!我的)(?:智商|脑子|脑袋|情商|逻辑|阅读理解|理解能力)(?:是|真的|真|也|都)?"
    r"(?:被狗吃了|让狗吃了|喂狗了|被驴踢了|让驴踢了|被门挤了|让门挤了|被门夹了|进水了|余额不足|欠费|下线"
    r"|掉线|感人|捉急)"
    r"|[你他她](?:的)?(?:语文|数学|英语|中文|阅读理解|逻辑)?(?:是|都是)体育老师教的"
    r"|替你(?:的)?(?:智商|脑子|脑袋|思想|逻辑|情商|理解能力|阅读理解|三观)(?:感到)?"
    r"(?:捉急|着急|担忧|担心|悲哀|汗颜)"
    r"|逻辑(?:鬼才|带师|大师)|鬼才逻辑|大聪明|卧龙凤雏"
    # told to bring a brain, mocked for schooling: "麻烦把脑子带上再说话", "字都认不全"
    r"|把脑子带上|带(?:点|个|上)脑子|脑子(?:够使|够用)吗|脑子不够用|字都认不全|小学(?:没毕业|文化)吧"
    r"|(?:这|你这|就这)智商(?:也就|就)|蠢得(?:要死|不行|像猪)|你(?:咋|怎么)不上天"
    r"|装(?:什么|啥)(?:清高|好人|正经|大尾巴狼|蒜|圣母|白莲花|积极|可怜|大款|文化人)"
    r"|(?:哪来的|哪儿来的|还有|你有|他有|她有)脸(?:说|来|讲|提|骂|要求|指责|在这|评论|叫)"
    r"|你(?:还|也|竟然|居然)好意思(?:说|讲|骂|指责|评论|要求)"
    r"|滚回(?:你|他|她|你们)?(?:的|家的)?(?:老家|家|娘胎|妈肚子|原地|火星)"
    r"|你(?:是不是|就是)?有病(?:就|得|赶紧|早点)?(?:去)?(?:治|吃药|看医生)"
    r"|有人生没人教|有娘生没娘养|(?:你|你们家)(?:的)?(?:爹妈|爸妈|父母|妈|爸)(?:就|从小)?没教(?:过)?你"
    r"|(?:你|别|少|在这|就知道|出来|又来)(?:在这|在这里|在群里)?(?:刷|秀|找)(?:什么|啥)?存在感"
    r"|你(?:是|还)?活在(?:哪个|什么)(?:年代|朝代|世纪)|哪个朝代穿越"
    r"|(?<![狗犬])(?:乱咬人|逮谁咬谁|见谁咬谁|见人就咬)"
    r"|你(?:是|算)?(?:个)?(?:什么|啥)玩意"
    r"|(?:你|你们|这位|这帮人|那帮人|这人|这种人)[^，。！!？?]{0,6}?没救了|[蠢笨傻贱]到家"
    r"|(?:九年)?义务教育的?漏网之鱼|一看就(?:是)?没读过书|你(?:是)?没读过书|屁都不敢放|你(?:妈|娘|全家)(?:死|炸|没了|爆炸)"
    r"|(?:爹妈|爸妈|父母)(?:就|从小)?没教(?:过)?你"
    # the reader's senses, speech and showing off: "脑子不好使", "会不会说人话", "少在这装"
    r"|你(?:的)?(?:脑子|眼睛|眼神|耳朵)(?:是不是)?(?:不好使|不好用|瞎了)|你瞎(?:啊|吗|了)"
    r"|会不会说人话|说的(?:什么|啥)鬼话|你是不是闲的|闲得慌|就你能"
    r"|(?:少|别)在(?:这|这里|群里)(?:装|叭叭|bb|逼逼|显摆|嘚瑟)|装什么装|(?:显摆|嘚瑟)什么"
    r"|你(?:个|这个|这)老东西"
    # mock praise and net taunts: "地球离了您都不转了", "急了急了", "破防了是吧"
    r"|地球离了(?:你|您)(?:都|就)?不(?:会)?转|急了急了|你急了|破防了是吧|天下第一聪明"
    # disgust at the reader, their mind, or the reader sent to a doctor: "看见你就恶心",
    # "就你这智商", "建议回炉重造", "建议去精神科挂个号"
    r"|(?:看见|看到|见到)你就(?:恶心|烦|想吐)|就你这(?:智商|脑子|水平|德行|素质)"
    r"|回炉重造|(?:去|挂)精神科|你爹我|你爸爸我"
    # the reader put in their place: "你以为你是谁", "你算哪根葱", "你算什么东西", "你配吗"
    r"|你(?:以为|当)你(?:自己)?是(?:谁|哪位|老几|什么人|天王老子)|你算(?:哪根葱|哪根蒜|老几|(?:个)?(?:什么|啥)东西)"
    r"|你(?:也)?配(?:吗|么|嘛|[?？]|$)|你(?:是|算)(?:个)?(?:什么|啥)东西"
    # a person called a thing with a vice: "欺软怕硬的东西", "不要脸的东西", "不是个东西"
    r"|(?:欺软怕硬|不要脸|没良心|忘恩负义|没教养|狼心狗肺|吃里扒外|缺德|没皮没脸|恶毒)的(?:东西|玩意儿?)"
    r"|(?:你|他|她|这人|那人|这家伙|那家伙)(?:真|就|简直|根本|真的)?不是(?:个)?东西(?![的吗么呢])"
    # shamelessness: "你脸怎么那么大", "脸皮真厚", "还要不要脸"
    r"|(?:你|他|她|这人)(?:的)?脸(?:皮)?(?:怎么|咋)?(?:就)?(?:那么|这么|真|可真|比城墙还)(?:大|厚)"
    r"|(?:还)?要不要(?:点)?(?:脸|b脸|逼脸)|(?:你|这人|他|她)(?:还)?要脸吗"
    # missing senses: "没长嘴吗", "出门没带脑子", "瞎了你的狗眼", "你瞎？"
    r"|(?:你|是不是|出门)(?:没长|没带)(?:嘴|眼|眼睛|脑子|耳朵)|瞎了你的(?:狗)?眼|你(?:是)?瞎(?=[?？!！。，,]|$)"
    # told to go back: "滚回你的台湾去吧", "滚回你老家去"
    r"|滚回(?:你|你们|他|她|他们)(?:的)?[^，。！!？?\s]{1,5}?(?:去|吧)"
    r"|你(?:们)?(?:就是|真是)?活该(?![，,]?(?:没|不|这))"
    # taunts in a quarrel: "你急什么，心虚啊", "你心里没数？", "你是托吧", "那是你闲"
    r"|心虚(?:了吧|啊|吧|什么)|你(?:自己)?心里没(?:点)?数"
    r"|你(?:就)?是(?:个)?(?:托|托儿|水军|学校的托)(?:吧|吗|啊|[?？]|$)|那是你闲|你是闲的"
    # a third party called sick or their work dirt: "出题的人是不是有病", "管理就是一坨"
    r"|(?:的人|这人|那人|出题的|他们|她|他)是不是有病|就是一坨|一坨(?:屎|狗屎|shit)"
    # the mind called broken, the dullness inherited: "脑子都有坑", "脑子里全是屎",
    # "智商和你家网速一样感人", "你家遗传的笨吧"
    r"|脑子(?:里)?(?:都|全)?(?:有坑|有泡|是屎|全是屎|被门夹|秀逗|瓦特)"
    r"|智商[^，。！!？?]{1,10}?(?:感人|捉急|堪忧|欠费|为负)|遗传的?(?:笨|傻|蠢)"
    # the reader's showing off and malice mocked: "显摆给谁看", "凡尔赛给谁看", "真当别人都
    # 是傻子", "见不得别人好", "心理阴暗", "嘴怎么这么臭", "你是瞎还是不识字", "好好说话会死啊"
    r"|(?:显摆|凡尔赛|晒|秀|装|演)给谁看|真当(?:别人|我们|大家|人家)(?:都)?是傻子|见不得别人好"
    r"|心理(?:阴暗|扭曲|变态)|(?<!我)(?<!我的)嘴(?:这么|怎么这么|咋这么|真|可真)(?:毒|臭|贱)|瞎还是不识字"
    r"|好好说话(?:会|能)死|(?<!我)(?<!我们)(?<!咱)(?<!就是)(?<!都)没见过世面"
    # worse than a dog, a life wasted, a death wished: "狗都不如", "活到狗身上", "怎么不早点进棺材"
    r"|狗都不如|猪狗不如|活到狗身上|(?:早点|赶紧|怎么不)(?:早点)?(?:进棺材|入土|去死)|没爹妈教的"
    # a family told it has no upbringing: "莫得家教", "什么家教", "家里没教好" (not hiring a
    # tutor: "请什么家教好", "有没有家教推荐")
    r"|(?<![有请找])(?:莫得|没得|没有|什么|啥|缺)家教(?![老师费课好呢吗比辅机一推的])"
    r"|(?:一看就|就|肯定|明显|你们?)(?:是)?(?:家里|家长|爹妈|爸妈|父母|大人)(?:就)?没(?:有)?教好"
    # a person called trouble or a fool: "不是个省油的灯", "你愿意当冤大头"
    r"|不是(?:个|盏)?省油的灯|(?:你|他|她)[^，。！!？?]{0,4}冤大头"
)

#: Groups people are stereotyped by: regions, nations, races, sexes and the like.
_GROUP = (
    r"(?:(?:河南|河北|山东|山西|东北|湖南|湖北|广东|广西|福建|浙江|江苏|安徽|江西|四川|重庆|贵州"
    r"|云南|陕西|甘肃|青海|宁夏|新疆|西藏|内蒙|内蒙古|黑龙江|吉林|辽宁|海南|台湾|香港|澳门|上海"
    r"|北京|天津|温州|潮汕|苏北|外地|本地|农村|乡下|南方|北方|日本|韩国|印度|美国|越南|非洲|欧美"
    r"|西方|外国|黄种|黑|白|穷|有钱|城里)人"
    r"|女人|男人|女的|男的|老男人|老女人|亚裔|穆斯林|同性恋|基佬|农民|乡巴佬"
    # a place's people and a band of strangers: "那个地方出来的人", "乡下来的", "那帮人"
    r"|(?:那个|那些|某些|有些)(?:地方|省|地区)(?:出来|来)?的人|(?:乡下|农村|外地|山沟)(?:出)?来的"
    r"|[^，。！!？?\s]{1,3}来的那?帮人|黑哥们?"
    # people typed by sex, age or trade: "女司机就是不行", "剩女就是挑剔", "外卖小哥都是些…"
    r"|女司机|剩女|大妈|老头老太太|老太太|老头子|外卖小哥|暴发户"
    # a people, strangers, a band from elsewhere: "这些少数民族", "老外", "那边的人"
    r"|少数民族|老外|黑鬼|外地佬|那边的人|那地方的人|老娘们|娘们)"
)
#: What a stereotype says of the whole group.
_GROUP_TRAIT = (
    r"(?:吹牛|马路杀手|头发长见识短|没一个靠谱|会装|骗子|小偷|贼|坏人|坏种|坏(?![了掉的])|垃圾|人渣|败类|畜生|流氓|土鳖|素质(?:太|很|极|都)?(?:差|低)|没素质"
    r"|没文化|没教养|落后|野蛮|蛮横|愚昧|懒|脏|臭|蠢|傻|笨|贱|恶心|下等|劣等|低等|低贱|配不上|不是好东西"
    r"|没一个好|排外|抠门|小气|不要脸|自私|虚伪|奸诈|狡猾|有病|变态|偷东西|偷井盖"
    r"|事多|不行(?![^吧啊呀啦])|麻烦|挑剔|看不起|鼻孔朝天|嫁不出去|(?:都是)?些没文化"
    r"|能吹|能喷|官迷|算计|不正经|没进化|不讲理|差(?![不点])|低(?![于调])|不顾家|不讲卫生|拖后腿|甩手掌柜"
    r"|抱怨|爱喝酒|没用)"
)
#: Contempt for a whole group stated as fact: "大部分山西人思想落后且蛮横", "女人都很坏".
#: Anti-bias speech ("不是所有河南人都偷井盖", "别说东北人都排外") is not matched.
_GROUP_CONTEMPT = re.compile(
    r"(?<!不是)(?<!并非)(?<!别说)(?<!谁说)(?<!并不是)"
    r"(?:(?:所有|大部分|大多数|绝大多数|基本上)" + _GROUP + r"(?:素质|人品|思想)?"
    r"(?:都|全|全都|就是|基本都|大多|普遍)?"
    r"|" + _GROUP + r"(?:素质|人品|思想)?"
    # what they do, then the judgement: "女的开车真是马路杀手", "温州人做生意就是精"
    r"(?:开车|做事|办事|说话|干活|读书|做生意|一多)?"
    r"(?:都|全|全都|就是|基本都|大多|普遍|天生|果然|向来|一向|本来就|就知道|就会|果然是|最|真|真的|极其"
    r"|真是|是不是都是|是不是都))"
    r"(?:是|很|特别|非常|那么|这么|太|比较)?"
    + _GROUP_TRAIT
    # a whole group judged with no adverb needed: "男的没一个好东西", "某些省的人素质就那样"
    + r"|"
    + _GROUP
    + r"(?:里|中|当中)?(?:就|基本|根本)?(?:没一个|没几个)(?:好|老实|靠谱|正常|干净|正经|懂规矩|讲理"
    r"|讲卫生|有素质|像样)"
    r"|"
    + _GROUP
    + r"(?:的)?(?:素质|人品)就(?:那样|这样)|"
    + _GROUP
    + r"(?:就是|都|果然)?没见过世面"
    # told what they may not do: "女的就不该开车", "这群老头老太太就不该玩手机"
    r"|" + _GROUP + r"(?:就|都|根本)?(?:不该|不配|不应该|就该(?:在家|待在家|回家))"
)
#: People called by a word of contempt for what they are (LABELS.md abuse: contempt), said of
#: a person pointed at or a kind of people, with only adverbs between: "这男的真傻", "男的贱女
#: 的贱", "这种人真恶心", "东北人最恶心", "太恶心了这种男的", "恶心的男人", "垃圾男人",
#: "这种人不是蠢就是坏", "别在群里恶心人". Not the senses that describe a body or a thing:
#: "孩子有点恶心想吐", "看呆了都傻眼了", "蠢蠢欲动", "贱卖", "这些人乱扔垃圾".
_PEOPLE_POINTED = (
    r"(?:(?:这|那)(?:个|种|些|帮|群|样的|号)?(?:男的|女的|男人|女人|男生|女生|人|家伙|货)"
    r"|(?:你|他|她)们?这种人|" + _GROUP + r")"
)
_CONTEMPT_WORD = (
    r"(?:恶心(?!想吐|得想吐|呕|吐|反胃|头晕|难受|不舒服)|傻(?![眼乐笑傻了福])|蠢(?!蠢欲)|贱(?![卖价])"
    r"|垃圾(?![分桶袋站车场箱堆处回短邮食])|脑残|无耻|恶毒)"
)
_DISPARAGED = re.compile(
    _PEOPLE_POINTED
    + r"(?:真的?|好|太|最|很|极其|极度|非常|特别|有点|就是|真是|都|也|一样|全都?|都是|是|个"
    r"|一个个|简直|着实){0,3}"
    + _CONTEMPT_WORD
    + r"|(?:恶心|垃圾|贱|无耻|脑残)(?:的|死的)?(?:男人|女人|男的|女的|家伙|"
    + _GROUP
    + r")"
    r"|恶心了?(?<=太恶心了)(?:这种|这些|那些|这帮)|(?:蠢|傻)就是(?:蠢|傻|坏)"
    r"|恶心人(?![的家])"
    # a place's slur alluded to: "单位来了个河南的，赶紧看好井盖" (one of them speaking, or
    # the slur rejected, is none: _REJECTS_SLUR)
    r"|河南[^。]{0,16}?井盖"
)
_DISPARAGED_NEEDS = gate_for(_DISPARAGED)

#: A rude dismissal of someone who spoke (LABELS.md abuse: rude retorts, 要你管): "不懂就别乱
#: 说", "你懂什么", "不需要的就别说话", "不买就别说", "你清高你的".
_DISMISSAL = re.compile(
    r"(?:不懂|不知道|不了解|没搞清楚|搞不清楚)(?:的)?(?:就)?(?:别|不要|少)(?:在这)?(?:乱|瞎)?"
    r"(?:说|讲|插嘴|bb|逼逼|叭叭)|你懂(?:什么|啥|个啥)"
    r"|不(?:需要|买|要|想要|想看|爱看)的?(?:就)?(?:别|少)(?:说话|说|管|插嘴|bb|逼逼)"
    r"|(?:你)?清高你的"
)
_DISMISSAL_NEEDS = gate_for(_DISMISSAL)


#: Contempt for the one addressed or their child, in everyday forms: "你是憨的吗", "你是眼睛不
#: 好使还是不认字", "你们家这种素质真的low到爆", "护短护到
#: 没边了，难怪娃儿也是那个样子", "你家孩子这种情况就不适合在普通的班", "你是个伞兵吧".
_CONTEMPT_FORMS = re.compile(
    r"你(?:是)?(?:憨|傻|瞎|聋|蠢|笨|痴)的(?:吗|吧|啊|呀)"
    r"|你(?:是)?[^，。？?]{0,6}?(?:不认字|不识字|眼睛不好使|眼瞎)"
    r"|(?:素质|人品)[^，。？?]{0,6}?low|low到爆"
    r"|难怪[^，。？?]{0,4}?(?:娃|孩子|儿子|女儿|小孩)[^，。？?]{0,3}(?:也是|这么|那个)(?:那个)?样"
    r"|(?:不适合|不配|不该)[^，。？?]{0,4}?(?:在|上|进)(?:普通|正常)(?:的)?(?:班|学校)"
    r"|(?:是个|就是个)伞兵|伞兵一个"
    # a face or a look likened to an animal, two faults in one: "长得跟猪一样", "嘴脸跟猪似的",
    # "又蠢又坏", "又懒又馋"
    r"|(?:长得|嘴脸|那张脸|样子|德行)[^，。？?]{0,3}?(?:跟|像)(?:头|只)?(?:猪|狗|猴子?|癞蛤蟆|王八)"
    r"|又(?:蠢|笨|傻|丑|懒|毒|坏)又(?:蠢|笨|傻|丑|懒|毒|坏|馋)"
    # the vulgar self-aggrandising 老子 ("老子那天等了半小时", "看老子不抽你"; not the sage:
    # "学老子的名言")
    r"|(?:^|看|就是|是|让|等)老子(?!的?(?:名言|道德经|说过|曰|思想|庄子|故事|学说))"
    # girls held worth less: "女孩子读那么多书干嘛，还不是要嫁人", "男孩子就是比女孩子聪明",
    # "生女儿有什么用", "女儿养大了也是别人家的", "还是生儿子好"
    r"|(?:女孩子?|女生|女的|女人)[^。]{0,14}?(?:有什么用|有啥用|干嘛|还不是要嫁人|学不好的?$|不如男)"
    r"|(?:男孩子?|男生|男的)就是比(?:女孩子?|女生|女的)(?:聪明|强|厉害|好)"
    r"|生女儿有(?:什么|啥)用|女儿养大了?(?:也|就|都)?是别人家的|还是(?:生)?儿子好"
    # sneers: "你家是有多穷啊", "缺德不缺德", "一点礼貌都没有", "当自己是警察啊", "摆官架子",
    # "装什么模范", "手贱", "一群文盲"
    r"|有多(?:穷|蠢|笨|傻|懒)|(?:缺德|要脸)不(?:缺德|要脸)|一点(?:礼貌|教养|素质)都没有"
    r"|当自己是(?:警察|领导|老师|皇帝|班主任|校长|法官)|(?:少|别)(?:在这|在群里)?摆(?:官)?架子"
    r"|装什么(?:模范|好人|清高|圣人|老好人|正经|可怜|无辜|大尾巴狼)|手贱"
    r"|一群(?:文盲|傻子|废物|蠢货|白痴|流氓|土鳖|乡巴佬|神经病|巨婴)"
    # "行行行，你最有理", "急了？", "对号入座，有病", "幼儿园没上过吗"
    r"|你最有理|(?:^|而已|这就|就)急了(?:吗|吧|啊)?$|对号入座[^。]{0,3}?(?:有病|神经)|幼儿园没(?:上过|毕业)"
)
_CONTEMPT_FORMS_NEEDS = gate_for(_CONTEMPT_FORMS)


#: Every match of _SNEER holds one of these: one cheap search spares the pattern.
_SNEER_GATE = re.compile(
    r"看见你|看到你|见到你|就你这|回炉|精神科|你爹我|你爸爸我|"
    r"智商|脑子|脑袋|情商|逻辑|阅读理解|理解能力|体育老师|替你|鬼才|大聪明|卧龙|脸|好意思|滚回|有病"
    r"|有人生|有娘生|没教|存在感|活在|朝代|咬|玩意|没救|到家|漏网|没读过书|屁都不敢|你妈|你娘|你全家"
    r"|不好使|不好用|瞎|说人话|鬼话|闲|就你能|装|叭叭|bb|逼逼|显摆|嘚瑟|老东西|地球|急了|破防|天下第一"
    r"|你以为|你当|你算|配|东西|玩意|要脸|没长|没带|活该"
    r"|心虚|心里没|是托|托儿|水军|你闲|你是闲|是不是有病|一坨|家教|教好|省油|冤大头|蠢得|上天|认不全|小学"
    r"|遗传|给谁看|真当|见不得|心理|嘴|不识字|好好说话|世面|狗|活到|早点|赶紧|怎么不|没爹妈"
)
#: Every match of _GROUP_CONTEMPT holds one of these.
_GROUP_TRAIT_RE = re.compile(
    _GROUP_TRAIT
    + r"|没几个|没一个|就那样|就这样|没见过世面|不该|不配|不应该|就该(?:在家|待在家|回家)"
)
_GROUP_TRAIT_RE_NEEDS = gate_for(_GROUP_TRAIT_RE)
#: The reader's whole family given a trait: "你全家都是骗子".
_FAMILY_TRAIT = re.compile(
    r"你(?:全家|一家子?|家里人)(?:人)?(?:都|全)?(?:是|很|那么|太)?"
    + _GROUP_TRAIT
    # a family named without 你: "真是一家子不讲理" (not one's own: "我们全家都懒")
    + r"|(?<!我)(?<!我们)(?:全家|一家子)(?:人)?(?:都|全)?(?:是|很|那么|太)?(?:"
    + _GROUP_TRAIT
    + r"|不讲理|蛮不讲理)"
)
_ANTI_BIAS = re.compile(r"歧视|偏见|地域黑|刻板印象|以偏概全|不是所有|并非所有|别一竿子|一竿子打")
#: Narrower: a slur quoted in order to reject it.
_REJECTS_SLUR = re.compile(
    r"以偏概全|不是所有|并非所有|一竿子|反对(?:地域|种族|性别)?(?:歧视|偏见)"
    # one of the group speaking, and a slur put back to whoever uses it: "我也是河南人，但我
    # 不偷井盖的", "作为一个河南人，一看到井盖的新闻就…", "别再拿偷井盖说事了", "是什么梗"
    r"|我(?:也|就)?是[^，。！!？?\s]{1,4}人|作为(?:一个|一名)?[^，。！!？?\s]{1,4}人|同为?[^，。！!？?\s]{1,3}人"
    r"|[^，。！!？?\s]{1,4}人路过|别(?:再|老|总)?(?:拿|用)[^，。！!？?]{1,8}说事|什么梗|刻板印象|地图炮"
)


def find_abuse_terms(norm: str, settings: Settings | None = None) -> list[Hit]:
    """The abusive words in a normalised text (``[]`` when clean)."""
    s = settings or Settings()
    hits = find_terms("abuse", norm, s.extra_terms, s.allow_terms, extra_tag="insult")
    if hits and all(h.tag == "slur" for h in hits) and _REJECTS_SLUR.search(norm):
        return []  # a slur quoted to reject it: "不是所有河南人都偷井盖"
    if not hits and "你" in norm and (retort := _RETORT.search(norm)) is not None:
        return [Hit(retort.group(0), "insult", 1, retort.start(), retort.end())]
    if (
        not hits
        and _DISMISSAL_NEEDS.search(norm) is not None
        and (dismissal := _DISMISSAL.search(norm)) is not None
    ):
        return [Hit(dismissal.group(0), "insult", 1, dismissal.start(), dismissal.end())]
    if (
        not hits
        and _CONTEMPT_FORMS_NEEDS.search(norm) is not None
        and (contempt := _CONTEMPT_FORMS.search(norm)) is not None
    ):
        return [Hit(contempt.group(0), "insult", 1, contempt.start(), contempt.end())]
    if (
        not hits
        and _DISPARAGED_NEEDS.search(norm) is not None
        and (disparaged := _DISPARAGED.search(norm)) is not None
        and _REJECTS_SLUR.search(norm) is None
    ):
        return [Hit(disparaged.group(0), "contempt", 1, disparaged.start(), disparaged.end())]
    if not hits and (
        (_SNEER_GATE.search(norm) is not None and (sneer := _SNEER.search(norm)) is not None)
        or (
            ("你" in norm or "全家" in norm or "一家子" in norm)
            and (sneer := _FAMILY_TRAIT.search(norm)) is not None
        )
    ):
        return [Hit(sneer.group(0), "insult", 1, sneer.start(), sneer.end())]
    group = (
        None
        if hits
        or _GROUP_TRAIT_RE_NEEDS.search(norm) is None
        or _GROUP_TRAIT_RE.search(norm) is None
        or _ANTI_BIAS.search(norm)
        else _GROUP_CONTEMPT.search(norm)
    )
    if group is not None:
        return [Hit(group.group(0), "contempt", 1, group.start(), group.end())]
    if not hits and norm in SHORT_INSULTS and norm not in s.allow_terms:
        return [Hit(norm, "insult", 1, 0, len(norm))]
    return hits


#: Speech against a prejudice: it names the groups and the slurs it argues against, which
#: the model learnt as contempt ("不要歧视任何地方的人，哪里都有好人坏人").
_AGAINST_PREJUDICE = re.compile(
    r"不要歧视|别歧视|反对\S{0,4}歧视|拒绝\S{0,2}歧视|不应该?歧视|抵制\S{0,4}歧视|平等|尊重|一视同仁"
    r"|高低贵贱|刻板印象|以偏概全|一竿子|不是所有|并非所有|都是人|不分(?:肤色|地域|男女|种族|民族)"
    r"|地域黑(?:要不得|可耻|没意思)|哪里都有|哪儿都有|任何地方都有|都有好人|个例|少数人"
)


#: A lesson or the law told of: what the model, which learnt the words of crime and
#: violence as contempt, must not judge.
_LESSON = re.compile(r"法治|法律|违法|犯罪法|安全教育|课上|学了|老师讲|讲了|告诉孩子|教育孩子")


#: A scam named and warned against, or a post reported ("这个视频太恶心了，已经举报"), which the
#: model (that learnt 骗子 and 恶心 as contempt) must not judge when no one here is addressed
#: and no group is named ("X地人都是骗子，别信" is contempt).
_SCAM_WARNING = re.compile(r"别信|不要信|别点|别上当|千万别|骗人的|骗局|诈骗|刷单|被骗|举报")
_A_GROUP = re.compile(_GROUP)


def model_hits(norm: str, settings: Settings | None) -> list[Hit]:
    """The fallback model's verdict on a text the word lists and forms found clean: the
    n-grams that weighed most, tagged ``similar``, when it scores ``model_threshold`` or more
    and the text does not argue against a prejudice."""
    s = settings or DEFAULT_SETTINGS
    if not s.model_threshold or len(norm) < s.model_min_chars:
        return []
    if _AGAINST_PREJUDICE.search(norm) is not None or corrects_others(norm):
        return []  # "请立即撤回，这类人全是骗子": a correction's contempt is for the post
    if _LESSON.search(norm) is not None:
        return []  # "孩子学了《预防未成年人犯罪法》，说打架斗殴…都是违法的": a lesson told
    if "你" not in norm and _SCAM_WARNING.search(norm) is not None and not _A_GROUP.search(norm):
        return []  # "是骗子，刷单都是骗人的，大家千万别信": a scam warned against, no one insulted
    model, view = abuse_model(), model_view(norm)
    if model.score(view, view) < s.model_threshold:
        return []
    return [Hit(g, "similar", 1, 0, 0) for g in model.reasons(view)] or [
        Hit(norm[:12], "similar", 1, 0, 0)
    ]


#: An insult told of, right after who said it to whom: "骂他猪脑子", "喊她死胖子", "笑我们是…".
_REPORTED_INSULT = re.compile(
    r"(?:骂|喊|叫|笑话|笑|嘲笑)(?:他|她|我|我们|他们|她们|孩子|娃|人家|别人|同学|人)(?:是|为|成|作)?$"
)


#: An insult the writer says of themself: "我这猪脑子", "我真是个笨蛋", "我就是个路痴".
_SELF_AIMED = re.compile(r"我(?:这|这个|真是|就是|真是个|就是个|这种|这人)?$")


def _reported(norm: str, hits: list[Hit]) -> bool:
    """Whether every word found is an insult the message tells someone else used."""
    return all(
        h.tag != "similar"
        and h.start > 0
        and _REPORTED_INSULT.search(norm, max(0, h.start - 6), h.start) is not None
        for h in hits
    )


#: Insults in a rebus or a sound-alike: "你是🐷", "沙13" (傻13), "老不si" (老不死).
_ANIMALS = str.maketrans({"🐷": "猪", "🐖": "猪", "🐽": "猪", "🐶": "狗", "🐕": "狗"})
#: A rebus or a mask on the raw text: "🐮🍺" (牛逼), "去你🐴的" (你妈), "s🅱️", "傻*" (傻逼).
_REBUS = (
    (re.compile(r"[🐮🐂]\s*🍺"), "牛逼"),
    (re.compile(r"[草操艹]\s*(?:🌿|🌱|☘️?)?\s*泥\s*🐴"), "草泥马"),
    (re.compile(r"你\s*🐴"), "你妈"),
    (re.compile(r"🅱️?"), "b"),
    (re.compile(r"(?<=[傻煞沙])\s*[*＊×✖]+"), "逼"),
)
_REBUS_CHARS = frozenset("🐮🐂🐴🅱*＊×✖")  # every _REBUS pattern's match holds one
_SOUNDS_LIKE = (
    (re.compile(r"[沙煞啥](?=[比逼笔叉缺bx]|13)"), "傻"),
    (re.compile(r"(?<=[不要打弄])si"), "死"),
    (re.compile(r"(?<=牛)13"), "逼"),  # "牛13": 13 read as B
)


def sounded_out(ctx: MessageContext) -> str:
    """The message's normalised text with animal emoji and sound-alikes read as words (what
    the word lists find in it besides ``ctx.norm``), or "" when it has neither."""
    text = ctx.text
    if any(c in _REBUS_CHARS for c in text):
        for pattern, word in _REBUS:
            text = pattern.sub(word, text)
    view = (
        normalize(text.translate(_ANIMALS))
        if text != ctx.text or any(c in text for c in "🐷🐖🐽🐶🐕")
        else ctx.norm
    )
    for pattern, word in _SOUNDS_LIKE:
        view = pattern.sub(word, view)
    return view if view != ctx.norm else ""


def _outside_names(ctx: MessageContext, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the words inside a rostered pupil's name the message names, and those
    that are part of a rostered pupil's or teacher's name (Tibetan 尼玛 "sun" in 尼玛次仁 and
    扎西尼玛, called 尼玛 for short, is no 你妈)."""
    spans = [(b, e) for b, e, _p in pupil_spans(ctx)]
    names = ctx.roster.student_names() + tuple(t.name for t in ctx.roster.teachers if t.name)
    return [
        h
        for h in hits
        if not any(b <= h.start and h.end <= e for b, e in spans)
        and not any(h.term in n for n in names)
    ]


def abuse_in_use(ctx: MessageContext, settings: Settings | None) -> list[Hit]:
    """The abusive words the message uses (not those it only quotes to talk about them:
    "孩子问“杠精”是什么意思"), worked out once for R05 and the rules that ask (R09, R18)."""

    def compute() -> list[Hit]:
        hits = find_abuse_terms(ctx.norm, settings)
        if not hits and (alt := sounded_out(ctx)):
            hits = find_abuse_terms(alt, settings)
        if hits:
            hits = _outside_names(ctx, hits)  # "尼玛次仁", "扎西尼玛": a pupil's name, no slur
        hits = hits or model_hits(ctx.norm, settings)
        if hits and _reported(ctx.norm, hits):
            return []  # "有小朋友骂他猪脑子，他回来哭了": told of, not said
        if hits and all(_SELF_AIMED.search(ctx.norm, max(0, h.start - 5), h.start) for h in hits):
            return []  # "我这猪脑子，又忘了签字": said of oneself
        if hits and quoted_only(ctx, lambda folded: bool(find_abuse_terms(folded, settings))):
            return []  # "孩子说有人骂他“娘娘腔”": reported, not said
        return hits

    return ctx.fact_for(abuse_in_use, settings, compute)


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.ABUSE,
    summary="不得使用不文明、侮辱性、低俗性语言，不得对他人发言作不礼貌的应答",
    settings=Settings,
    seed_clauses=("1.2", "2.一.(二).4", "2.二.(二).6", "3.5", "4.一.(二).4", "4.二.(二).6"),
    roles=ALL_ROLES,
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    hits = abuse_in_use(ctx, ctx.settings_for(Settings))
    if not hits:
        return []
    return [
        SPEC.verdict(
            severity=Severity.MINOR,
            reason=(
                "根据本群群规（禁止出现不文明、侮辱性、低俗性语言，请尊重群内他人的发言），"
                "这条消息用了不文明的字眼。有意见可以心平气和地说，"
                "或私下与老师沟通。"
            ),
            evidence=evidence(hits),
            sub_rule=hits[0].tag,
            delete=True,
        )
    ]
