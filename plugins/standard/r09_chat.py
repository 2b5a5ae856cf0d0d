"""R09 chat — 班级群只用于家校沟通，不做聊天使用。

Seed: 1.4 "班级网络群只用于家校沟通交流，严禁发布…与家校无关的信息，严禁讨论无关家庭教育的话
题"; 2.一.(二).3, 3.4, 4.一.(二).3 "只用于家校沟通交流，不做聊天使用".

What it catches: chit-chat on topics that have nothing to do with home and school — stocks
and funds, lottery, TV dramas and celebrity gossip, mahjong and cards, ball games, property,
beauty (``data/r09_chat_topics.txt``, plus ``extra_topics``). The verdict is a NOTE: a gentle
reminder, never a punishment.

It also catches the replies that carry such a chat on: a reply to a chat message, or a short
follow-up within a few minutes that joins in ("我也是", "看了看了", "哈哈我只买了零食"), and a
bare "晚安" posted to everyone (a greeting to the teacher names the teacher and is fine).

Not caught: anything that also talks about children, pupils, homework, learning, teachers or
the school ("孩子看电视时间怎么控制", "孩子追剧怎么办", "带孩子去看球赛", "国庆旅游要请假"); other
greetings and small talk without one of the topics; an ad that happens to name a topic (that is
R06). Staff are not judged.

```yaml
rules:
  R09:
    extra_topics: []
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from classmod.context import MessageContext
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, Message, Severity, Verdict
from classmod.text import Link, contact_view, domain_in

from ._common import Lexicon, LexiconSet, corrects_others, debunks, gate_for, load_terms, norm
from .r04_illegal import Settings as IllegalSettings
from .r04_illegal import find_illegal_terms, offers_of
from .r05_abuse import Settings as AbuseSettings
from .r05_abuse import abuse_in_use
from .r06_ad import ad_terms, find_ad_terms, offers_something

_ILLEGAL_DEFAULTS = IllegalSettings()

NAME = "chat"
RULE_ID = "R09"

CHAT_TOPICS: tuple[str, ...] = load_terms("r09_chat_topics.txt")
#: School matters: a message about one of these is home-school talk, whatever else it says.
#: (Not the child alone: "给娃买了件羽绒服" is a shopping tip. LABELS.md)
EDUCATION_WORDS: tuple[str, ...] = (
    "学生", "同学", "作业", "学习", "功课", "教育", "老师", "学校", "班级", "班里", "上课",
    "课堂", "家长会", "考试", "成绩", "视力", "近视", "沉迷", "自律", "管教", "放学", "上学",
    "请假", "接送", "写字", "教室", "打卡", "签字", "通知", "校服", "课本", "学期", "年级",
    "课程", "练习", "阅读", "辅导", "校门", "开学", "午托", "托管", "食堂", "午餐", "体检",
    "秋游", "春游", "研学", "运动会", "报名", "接龙",
    # what is learnt: a video on 拼音, past papers, words to learn
    "拼音", "识字", "生字", "单词", "真题", "试卷", "卷子", "错题", "复习", "预习", "课文",
    "口算", "网课", "早读", "晚自习", "高考", "中考", "小升初", "练习册", "教辅",
    # the class's own events and tasks: "彩排的时候需要化妆吗", "禁毒课讲的内容", "手抄报"
    "彩排", "排练", "汇演", "班会", "手抄报", "课上", "这个课", "节课", "禁毒课", "安全课",
    "法治课", "心理课", "课讲", "停课", "复课", "到校",
    # the work itself and the class as a team: "第二题是让找出…的句子", "班上雄起"
    "军训", "写完", "道题", "题目", "句子", "造句", "班上", "咱班", "我们班", "全班", "校队",
    # the lessons by name: "体育课要多喝水", "明天有美术课"
    "体育课", "美术课", "音乐课", "语文课", "数学课", "英语课", "科学课", "下课", "课间",
)  # fmt: skip
#: A question of upbringing: "孩子追剧怎么办", "孩子看电视时间怎么控制".
_CHILD = ("孩子", "小孩", "儿子", "女儿", "宝贝", "宝宝", "娃", "小朋友")
_UPBRINGING = (
    "怎么办", "怎么控制", "怎么管", "如何", "办法", "影响", "控制", "限制", "管不住",
    # a parent answering the child or agreeing on a rule: "孩子问我彩票是不是赌博，我跟他说…",
    # "我用买房子的例子给她解释了半天", "我们就跟他约定说一次少看一集"
    "问我", "跟他说", "跟她说", "解释", "告诉他", "告诉她", "跟孩子讲", "教孩子", "约定",
)  # fmt: skip
#: Whole messages that are small talk to everyone (compared normalised).
SMALL_TALK: frozenset[str] = frozenset(
    {"晚安", "大家晚安", "晚安大家", "各位晚安", "晚安啦", "早", "早安", "大家早"}
)
#: Greetings and blessings posted to everyone (早安图, 周末愉快): chat, unless they greet a
#: teacher ("老师早上好") or carry a school matter.
GREETINGS: tuple[str, ...] = (
    "早安", "午安", "晚安", "早上好", "中午好", "下午好", "晚上好", "周末愉快", "周末快乐",
    # any festival's or new year's wishes, the minorities' own too: "彝族年快乐", "火把节快乐",
    # "库斯木撒" (彝语, new year), "扎西德勒" (藏语)
    "节快乐", "年快乐", "库斯木撒", "扎西德勒",
    "节日快乐", "端午安康", "中秋快乐", "国庆快乐", "新年快乐", "元旦快乐", "春节快乐",
    "新春快乐", "元宵快乐", "万事如意", "冬至快乐", "冬至安康", "小年快乐", "腊八", "重阳快乐",
    "七夕快乐", "元宵节快乐", "端午节快乐", "中秋节快乐", "国庆节快乐", "身体健康", "新的一天",
    "好心情", "开心快乐每一天",
    "美好的一天", "如约而至", "平平安安", "顺顺利利", "同乐", "同喜", "同祝", "同安",
    "也祝", "清明安康", "重阳安康", "元旦安康", "除夕快乐", "五一快乐", "劳动节快乐",
    "端午快乐", "元宵安康", "小年安康", "冬至快乐",
    "假期愉快", "假期快乐", "节日愉快", "早晨各位", "各位早晨", "大家早晨",
    "圣诞快乐", "平安夜快乐", "merrychristmas", "happynewyear",
)  # fmt: skip
_GREETING_MAX_CHARS = 40
#: A blessing (not a hello): what a teacher's greeting to everyone must be to count as chat.
_BLESSING = re.compile(r"愉快|快乐|安康|如意|吉祥|顺利|幸福|平安|好心情")
#: A teacher telling parents something: a notice, not a greeting.
_TELLS = re.compile(r"请|记得|注意|提醒|带|穿|天气|降温|作业|放学|到校|返校")
#: The teachers addressed as a body: "各位老师", "老师们" (not everyone).
_TEACHERS = re.compile(r"各位老师(?![和与及、]?(?:各位)?家长)|老师们(?![和与及、]?家长)")
#: Addressed to the whole group: "各位老师和家长", "老师们家长们", "大家".
_TO_EVERYONE = re.compile(r"各位|大家|家长们|群里的|老师们家长们|老师和家长")
#: A morning greeting to all, or a hello that opens the message (not "有你好看的").
_MORNING = re.compile(r"^早(?:啊|呀|哦|～)?(?:大家|各位)|^(?:你好|大家好|各位好)")
#: How much may follow a bare hello ("大家好呀～") for it to be a greeting post.
_HELLO_TAIL = 4
#: A greeting that opens a matter: a self-introduction or a question after it.
_CARRIES_MORE = re.compile(
    r"我是|我系|我叫|报到|报道|新来|新进|请问|问下|问一下|要带|带什么|带乜|几点|怎么|什么时候|吗$|嘛$|乜$|呢$"
)
#: Words of someone joining in a chat that was just started.
JOIN_IN: tuple[str, ...] = (
    "我也", "我们也", "我家也", "看了", "哈哈", "同感", "是啊", "对啊", "真的", "太好看", "我只",
    "一样", "好看", "哭死", "笑死", "推荐", "白干", "亏了", "涨了", "跌了", "买了", "同问",
    "哪个", "哪家", "哪里", "在哪", "多少钱", "几块", "求链接", "链接", "真香", "绝了", "太顶",
    "破防", "蚌埠住", "算我一个", "哪天", "一起", "带上我", "我去", "去过", "吃过", "买过",
    "用过", "好吃", "好用", "划算", "便宜", "我要", "yyds", "xswl", "awsl",
    "牌子", "门票", "哪个区", "带上我们", "去的去的", "我我我", "同乐", "看了两遍", "不错",
    "改去哪", "几点去", "怎么去", "多少一位", "哪个影城", "nsdd", "太顶", "别提了", "睡不着了",
    "下单", "去看看", "感谢推荐", "几点集合", "我们去", "哪个店", "那家", "价格多少",
)  # fmt: skip
#: The forms a reply in a chat takes beyond its words: an order ("给我留两板", "我要两盒"),
#: a count-me-in ("+1"), the when and where of an outing ("几点开始", "一点半门口见"), a plain
#: yes to a plan ("去，带两瓶啤酒", "对，江滨路那家").
_JOIN_FORM = re.compile(
    r"(?:我要|给我留|帮我留|给我带|帮我带|我订|来)[一二两三四五六七八九十\d]+(?:个|盒|箱|板|份|瓶|袋|斤|件|张|杯)"
    r"|^\+\d?$|^(?:去|好|对|行|可以|走)(?=[，,！!\s]|$)"
    r"|几点(?:开始|集合|出发|见|到)|(?:门口|入口|楼下|路口|山脚)(?:见|集合|等)|(?:能|可以)坐[一二两三四\d]个人"
    r"|[\d一二三四五六七八九十]点[^，。]{0,6}集合|^去去去|^(?:系啊|系咪|係)"
    r"|[\d一二三四五六七八九十百]+(?:块|元|蚊)(?:左右|多|上下)"
)
#: Taking part in a private 砍一刀 / 投票 / 助力 / 集赞 request ("已砍", "投了", "帮你点了").
_TAKES_PART = re.compile(
    r"^(?:我也?)?(?:已经?|帮你|帮您|给你|给您)?(?:给[^投砍拼]{0,4})?(?:砍|投|拼|助力|点赞|赞|点)"
    r"(?:了|咗|好了|好啦|啦|过了|\d+票)(?:砍了|投了|了)?"
    r"|^(?:我也?)?(?:已经?|帮你|帮您|给你|给您)(?:砍|投|拼|助力|点赞|赞|点)"
)
_TAKES_PART_MAX_CHARS = 16
_REQUEST_LOOKBACK = 15
_REQUEST_WITHIN = timedelta(hours=3)
#: How close a join-in must follow the chat message it joins.
THREAD_WINDOW = timedelta(minutes=15)
THREAD_MESSAGES = 10
THREAD_MAX_CHARS = 30
_TOPICS = Lexicon(CHAT_TOPICS)
_EDUCATION = Lexicon(EDUCATION_WORDS)
_CHILD_WORDS = Lexicon(_CHILD)
_UPBRINGING_WORDS = Lexicon(_UPBRINGING)
_GREETINGS = Lexicon(GREETINGS)
_JOIN_IN = Lexicon(JOIN_IN)
#: A member asking the others to stop chatting is not chatting.
_STOP = Lexicon(
    (
        "别聊",
        "不要聊",
        "别在群",
        "不要在群",
        "私下聊",
        "去私聊",
        "请私聊",
        "私聊吧",
        "私聊哈",
        "群规",
        "别的群",
        "其他群",
        "小群",
        "进群",
        "拉我",
        "拉进",
        "说孩子的事",
        "聊孩子的事",
        "只说孩子",
    )
)
#: The word lists the check reads of the message itself, found in one pass.
_WORDS = LexiconSet(
    _TOPICS, _EDUCATION, _CHILD_WORDS, _UPBRINGING_WORDS, _GREETINGS, _JOIN_IN, _STOP
)
_EXTRA: dict[tuple[str, ...], Lexicon] = {}
_ABUSE_DEFAULTS = AbuseSettings()


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    extra_topics: tuple[str, ...] = ()


#: Shopping talk by its figures: a price per unit ("8块钱一斤", "39一个"), "多少钱一盒".
_PRICE_TALK = re.compile(
    r"\d+(?:\.\d+)?(?:块|元|毛|角|蚊)?\d?(?:钱)?一(?:斤|公斤|盒|个|箱|件|袋|瓶|套|板|双|支|位|张|份|碗|杯)"
    r"|[一二三四五六七八九十两百]{1,4}(?:块|元|毛|角|蚊)?(?:钱)?一(?:斤|公斤|盒|箱|件|袋|瓶|板|双|碗|杯)"
    r"|(?:几|多少)(?:块)?钱一"
    # the weight first: "羊肉一公斤九十八"; several for a price: "十块钱三斤"
    r"|一(?:斤|公斤)[\d一二三四五六七八九十两百]+(?:块|元|毛|蚊)?"
    r"|(?:块|元)(?:钱)?[\d一二三四五六七八九十两]+(?:斤|公斤)"
)
_PRICE_TALK_NEEDS = gate_for(_PRICE_TALK)


#: A film or show by its title marks ("看了《哪吒》重映" folds to "看了哪吒重映"; the marks
#: go with folding, so the title is matched on the words around it).
_FILM = re.compile(
    r"(?:看了|去看|要看|在看|看完)[\u4e00-\u9fff]{1,8}(?:电影|重映|上映|首映|挺好看|太好看)"
)
#: Shops and reviews: a link there from a parent is a shopping tip.
SHOPPING_HOSTS = (
    "tb.cn", "taobao.com", "tmall.com", "jd.com", "3.cn", "pinduoduo.com", "yangkeduo.com",
    "dianping.com", "meituan.com", "xiaohongshu.com", "xhslink.com", "douyin.com",
)  # fmt: skip


#: Shopping by what people do and say when they buy: "一口气买了俩", "入手", "预售定金",
#: "推荐哪个牌子". A shopping tip for a child's things is still shopping (LABELS.md).
_SHOPPING = re.compile(
    r"一口气买|买了(?:俩|两个|两件|两盒|一堆)|入手了?|剁手|拼夕夕|预售|付定金|定金\d|双十一"
    r"|双11|到手价|券后|凑单|回购|种草|拔草|好物推荐|哪个牌子|什么牌子"
)
#: Sports, outings and food, by their forms: "今晚这球踢的", "去哪玩", "求推荐个民宿".
_PASTIME = re.compile(
    r"这场?球(?:踢|打|赛|输|赢|有人看)|那场?球(?:踢|打|赛|输|赢|有人看)"
    r"|昨晚场?球(?:踢|打|赛|输|赢)|今晚场?球(?:踢|打|赛|输|赢|有人看)|进球|国足|输球|赢球|绝杀"
    r"|丢球|失球|保级|降级|红牌|德比|球迷"
    # rates and prices of the day: "公积金贷款现在利率多少", "金价一克六百多了"
    r"|利率|金价|油价|房价"
    r"|去哪(?:儿)?玩|哪里好玩|民宿|景区|赏(?:花|枫)|银杏|露营|自驾游|郊游|农家乐|游乐园|亲子乐园"
    r"|欢乐谷|海洋馆|螺蛳粉|点的外卖|火锅|奶茶店"
    # an outing offered to the other families: "有没有家长一起带娃去香港看展", "周末谁一起去爬山"
    r"|(?:有没有|有没|谁)(?:家长|人)?(?:想)?[^，。？?]{0,4}?一起(?:带娃|带孩子|带小孩)?去[^，。？?]{1,10}?"
    r"(?:看展|看电影|看演出|玩|逛|爬山|露营|徒步|钓鱼|野餐|吃|旅游|自驾)"
    # a match by its score or its team ("蓉城踢得太好了，三比零", "广州队输波")
    r"|[\d一二三四五六七八九]比[\d零一二三四五六七八九](?=.{0,8}(?:赢|输|踢|打|球|波|队))"
    r"|(?<=[踢打赢输])[^，。]{0,6}[\d一二三四五六七八九]比[\d零一二三四五六七八九]"
    r"|[\u4e00-\u9fff]{1,4}队(?:昨晚|今晚|又|昨天)?(?:又)?(?:赢|输)|输波|赢波"
    r"|(?:踢|打)得(?:太好|太臭|真好|真臭|好烂|真差|太差)"
    # a meal out, reviewed: "县城那家老店的三合汤今天去吃了", "那家茶餐厅排了一个钟"
    r"|(?:那家|这家|嗰间|嗰家|老店|馆子|饭店|餐厅|小吃)[^，。]{0,10}?(?:去吃|吃了|好吃|排队|排了)"
    r"|[买咗了]{1,2}[一二两三四五\d]注|买咗|中咗"
    # an outing arranged with other families: "约了几个家长带娃去省图书馆看绘本，想一起的私聊"
    r"|约了?[^，。]{0,10}?(?:一起|带娃|带孩子|带娃娃)?去[^，。]{0,10}?(?:玩|看|逛|爬|吃|钓)"
    r"(?=.{0,16}(?:一起|想去|报名|私聊|私我|接龙))"
    # a film by its screen: "特效太燃了", "IMAX厅"
    r"|特效|票房|电影院|影院|imax"
    # a wellness forward: "高三孩子必吃的五种补脑食物 … 家长们收藏"
    r"|必吃|补脑|养生|偏方|秘方|食疗|排毒|降血压|降血糖|防癌|抗癌|降三高|治失眠|比吃药还"
    # an outing put to the other families, by where it goes: "周末有没有家长想带孩子去美术馆
    # 看新展", "有冇家长国庆去…一齐睇大马戏，团体票平啲"
    r"|(?:有没有|有冇|有没|谁)(?:家长|人|宝妈|宝爸)?.{0,8}?去(?=.{0,24}?(?:看展|展览|新展|美术馆"
    r"|博物馆|科技馆|公园|乐园|露营|爬山|钓鱼|野餐|旅游|自驾|电影|演出|马戏|动物园|植物园|海洋馆|滑雪"
    r"|溜冰|温泉|烧烤|团体票|亲子场|门票))"
    # an outing asked about: "周末有人带孩子去看科幻展吗", "有人一起去植物园吗"
    r"|有(?:人|没有人|谁)(?:带孩子|带娃)?(?:一起)?去(?!接|送|学校|开会|交|问)[^，。？?]{1,12}?"
    r"(?:吗|不|没)"
    r"|(?:科幻|菊|花|画|车|漫|灯|书|摄影|恐龙|动漫|艺术)展|植物园|动物园|灯会|庙会|冰雕|冰雪大世界"
    r"|演唱会|音乐节|话剧|脱口秀|冬令营|夏令营"
    # the road, the barber, things bought second hand: "高架上堵了一个多小时", "新开了一家理发店",
    # "想收一台跑步机", "有没有在用护眼台灯的，推荐一下"
    r"|堵车|追尾|高架上|堵了一个|新开了?一?家|理发店|想收一(?:台|个|辆|件)|有闲置的"
    # tickets home, a funny clip: "春运火车票几号开抢", "这个抖音好笑死了" (not where a thing
    # is sold: "跳绳在哪里买" asks for what school needs)
    r"|火车票|高铁票|机票|春运|抢票"
    # a place's deal passed on: "那家铁锅炖开业八折，有去的不"
    r"|开业[^，。]{0,4}?(?:[五六七八九]折|打折|优惠|特价)"
    r"|(?:抖音|快手|视频号|b站|小红书)[^，。]{0,10}?(?:好笑|笑死|搞笑|太逗)"
    r"|有没有(?:人|家长)?在用|(?:推荐一下|求推荐)[^，。]{0,6}?(?:牌子|哪款|哪个|哪家)"
)
_PASTIME_NEEDS = gate_for(_PASTIME)
#: The weather talked about to pass the time: "这雪下得老大了", "今天38度 秋老虎硬是凶", "又是回
#: 南天 地板湿得可以养鱼了", "出门吃了一嘴沙子", "一天过四季" (a message about school in the
#: weather, "下雪了明天还上学吗", is about school: :func:`about_school`).
_WEATHER = re.compile(
    r"雪下得|下(?:大|好大的|了好大的)?雪了|暴雪|大雪|降温了|降了[\d一二三四五六七八九十]+度|升温|回南天|沙尘"
    r"|秋老虎|倒春寒|桑拿天|梅雨|雾霾|霜冻|冰雹|冻成狗|热成狗|一天(?:过)?四季|[\d零一二三四五六七八九十]+度了?"
    r"(?:的天|啊|呀|哦|[，,\s]|$)|出太阳了|晒被子|风(?:好|太|很|贼)大|停电了|天气(?:真|太|好)(?:好|热|冷|怪|差)"
    r"|日怪天气|鬼天气|这天气"
)
#: Care in the weather, said to the families: "开车慢点", "记得穿长袖", "别感冒了".
_WEATHER_CARE = re.compile(
    r"慢点|小心|注意安全|注意保暖|记得|别感冒|加衣|外套|长袖|口罩|孙|学生|早操"
)
#: A show or a film by its title, on the raw text (the marks go with folding): "有人看昨晚的
#: 《歌手》吗", "一起去看《哪吒2》吗", "《歌手》那个外国选手也好强".
_TITLE_TALK = re.compile(
    r"(?:昨晚|今晚|最近|昨天)的?《[^》]{1,12}》|(?:去|一起去|一起|带孩子去|带娃去)看《[^》]{1,12}》"
    # a show asked about or caught up on: "有没有看《繁花》的", "有人看了《我的阿勒泰》吗"
    r"|(?:有没有人?|有人|谁)(?:在)?(?:看|追|刷)(?:了|过|完)?《[^》]{1,12}》|(?:在补|追完了?|刷完了?)《[^》]{1,12}》"
    r"|《[^》]{1,12}》[^，。]{0,6}?(?:唱|选手|嘉宾|综艺|决赛|首映|上映|票房|二刷|好看|好笑|追|新出|那部|电影)"
)
#: A place named to give the way: "超市旁边", "银行对面", "菜市场门口".
_LANDMARK = re.compile(
    r"(?:超市|商场|银行|药店|菜市场|医院|饭店|餐厅|酒店|加油站|公园)"
    r"(?:旁边|对面|门口|那边|附近|后面|隔壁|楼上|楼下|斜对面|往前|往里)"
)
#: What makes a shopping tip a school matter after all: the school, the class, homework.
_SCHOOL_MATTER = re.compile(r"老师|作业|学校|班里|班级|上课|考试|家长会|校服|放学|开学|课本")


_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")


def _word_topic(lexicon: Lexicon, folded: str) -> str | None:
    """The first topic word of ``folded``; a Latin one only as a word of its own ("nba", not
    the "nba" of "pan.baidu")."""
    topic = lexicon.first(folded)
    if topic is None or topic[0] not in _LATIN:
        return topic
    for start, term in lexicon.find_all(folded):
        end = start + len(term)
        if term[0] not in _LATIN or not (
            (start and folded[start - 1] in _LATIN) or (end < len(folded) and folded[end] in _LATIN)
        ):
            return term
    return None


def chat_topic(
    folded: str, extra: tuple[str, ...] = (), words: frozenset[Lexicon] | None = None
) -> str | None:
    """The off-topic subject of a normalised text, or None (also when it is about education).
    ``words``: :data:`_WORDS` found in ``folded``, when already known."""
    if extra:
        lexicon = _EXTRA.get(extra) or _EXTRA.setdefault(extra, Lexicon(CHAT_TOPICS + extra))
        topic = _word_topic(lexicon, folded)
    elif words is None or _TOPICS in words:
        topic = _word_topic(_TOPICS, folded)
    else:
        topic = None
    if (
        topic is None
        and _PRICE_TALK_NEEDS.search(folded) is not None
        and (price := _PRICE_TALK.search(folded)) is not None
    ):
        topic = price.group(0)
    if topic is None and (film := _FILM.search(folded)) is not None:
        topic = film.group(0)
    if (
        topic is None
        and _PASTIME_NEEDS.search(folded) is not None
        and (pastime := _PASTIME.search(folded)) is not None
    ):
        topic = pastime.group(0)
    if (
        topic is None
        and (weather := _WEATHER.search(folded)) is not None
        and not _CHILD_WORDS.has(folded)
        and _WEATHER_CARE.search(folded) is None
    ):
        # the weather with the children in it is care ("降温了，记得给孩子带外套")
        topic = weather.group(0)
    shopping = _SHOPPING.search(folded)
    if topic is None and shopping is not None:
        topic = shopping.group(0)
    if topic is None:
        return None
    if (place := _LANDMARK.search(folded)) is not None and topic in place.group(0):
        return None  # "南门在滨河路那边，超市旁边": a landmark giving the way, no shopping
    if shopping is not None:
        # a study gadget or a child's cup bought is shopping unless the school comes in
        return None if _SCHOOL_MATTER.search(folded) else topic
    if (when := _EXAM_AS_TIME.search(folded)) is not None and when.start() < folded.find(topic):
        # "高考完打算去哪玩": the exam says when, the talk is of the trip
        return None if about_school(_EXAM_AS_TIME.sub("", folded)) else topic
    return None if about_school(folded, words) else topic


#: An exam or a term named only as a time, before the talk: "高考完", "期末考完以后", "放假后".
_EXAM_AS_TIME = re.compile(
    r"(?:高考|中考|期末|期中|月考|考试|开学|放假|毕业)(?:考)?(?:完了?|结束|以后|之后|后)"
)


@lru_cache(maxsize=4096)  # an earlier message is asked about by each of the few after it
def _earlier_topic(folded: str, extra: tuple[str, ...]) -> str | None:
    return chat_topic(folded, extra)


def about_school(folded: str, words: frozenset[Lexicon] | None = None) -> bool:
    """Whether a normalised text is about a school matter or a question of upbringing.
    ``words``: :data:`_WORDS` found in ``folded``, when already known."""
    if words is not None:
        return _EDUCATION in words or (_CHILD_WORDS in words and _UPBRINGING_WORDS in words)
    if _EDUCATION.has(folded):
        return True
    return _CHILD_WORDS.has(folded) and _UPBRINGING_WORDS.has(folded)


#: "早上好叫", "晚上好睡": a time of day that makes something easy, not a hello.
_EASY_TO = re.compile(r"(?:早上|中午|下午|晚上)好(?=[叫起醒送走做吃买找停接睡带管])")


def greets_everyone(folded: str, words: frozenset[Lexicon] | None = None) -> str | None:
    """The greeting of a short greeting or blessing posted to everyone, or None. A greeting
    to a teacher ("老师早上好") is not chat; a blessing to 各位老师和家长 is. ``words``:
    :data:`_WORDS` found in ``folded``, when already known."""
    if len(folded) > _GREETING_MAX_CHARS or _CARRIES_MORE.search(folded) is not None:
        return None  # "你好，我是柏霖家姐，明天要带什么": a greeting that opens a matter
    if _EASY_TO.search(folded) is not None:
        folded = _EASY_TO.sub("", folded)  # "九点前上床，早上好叫": easy to wake, no hello
    if "教师节" in folded and not _TO_EVERYONE.search(folded):
        return None  # "教师节快乐🌹": to the teachers
    if "老师" in folded:
        if not _TO_EVERYONE.search(_TEACHERS.sub("", folded)):
            return None  # "王老师和各位老师辛苦了，祝老师们冬至快乐": to the teachers
        words = None  # the education words are looked for without 老师
    if words is None:
        words = _WORDS.found(folded)
        if _EDUCATION.has(folded.replace("老师", "")):
            return None
    elif _EDUCATION in words:
        return None
    if _CHILD_WORDS in words and _UPBRINGING_WORDS in words:
        return None
    greeting = _GREETINGS.first(folded) if _GREETINGS in words else None
    if greeting is not None:
        return greeting
    hello = _MORNING.match(folded)
    # "大家好，有没有人跟我一样…": a hello that opens a matter is no greeting post
    if hello is None:
        return None
    # "大家好，有没有人跟我一样…": a hello that opens a matter is no greeting post
    opens_matter = hello.group(0)[-1] == "好" and len(folded) - hello.end() > _HELLO_TAIL
    return None if opens_matter else folded


def _shopping_host(links: tuple[Link, ...]) -> str | None:
    """The host of the first link to a shop or a review site, or None."""
    return next((link.host for link in links if domain_in(link.host, SHOPPING_HOSTS)), None)


def takes_part_in_request(ctx: MessageContext) -> str | None:
    """ "已砍", "投了": the reply to a recent private 砍一刀/投票/助力/集赞 request, or None."""
    folded = ctx.norm
    if len(folded) > _TAKES_PART_MAX_CHARS or _TAKES_PART.match(folded) is None:
        return None
    since = ctx.message.ts - _REQUEST_WITHIN
    for m in reversed(ctx.history[-_REQUEST_LOOKBACK:]):
        if m.ts < since:
            break
        if (
            ctx.roster.is_staff(m.sender_id)
            and _STAFF_VOTE.search(m.text) is not None
            and (
                _SCHOOLS_OWN_VOTE.search(m.text) is not None
                or (not corrects_others(norm(m.text)) and _NOT_HERE.search(m.text) is None)
            )
        ):
            return None  # "学校的评选在官网投票": the later replies take part in the school's
        sub_rule, _hits = find_ad_terms(contact_view(m.text, norm(m.text)))
        if sub_rule in ("bargain", "vote", "like"):
            return folded
    return None


#: A staff post about a vote or a like: the replies after it answer the school's call (not
#: a teacher asking the request be taken out of the group: "私人的投票链接群里就不发了哈").
_STAFF_VOTE = re.compile(r"投票|投一票|点赞|助力")
_NOT_HERE = re.compile(r"不发|别发|不要发|私下|私发|私人的")
_SCHOOLS_OWN_VOTE = re.compile(r"官网|学校的|学校组织|班级的|咱们班|我们班")


def is_ad_or_illegal(ctx: MessageContext) -> bool:
    """Whether the message is an ad or illegal content (R06/R04 judge it, not this rule),
    by what those rules found for it with their default word lists."""
    if ad_terms(ctx)[0]:
        return True
    abuse = abuse_in_use(ctx, _ABUSE_DEFAULTS)
    if abuse:
        return True  # LABELS.md: chat is not added when abuse covers the message
    illegal = ctx.fact_for(
        find_illegal_terms,
        _ILLEGAL_DEFAULTS,
        lambda: find_illegal_terms(ctx.norm, offers=offers_of(ctx)),
    )
    return bool(illegal)


#: How soon, and how short, a reply without words of joining in must follow a chat message.
_ANSWER_WITHIN = timedelta(minutes=5)
_ANSWER_MAX_CHARS = 16


def _answers_chat_just_said(ctx: MessageContext, folded: str, extra: tuple[str, ...]) -> str | None:
    if not folded or len(folded) > _ANSWER_MAX_CHARS or not ctx.history:
        return None  # a bare sticker says nothing
    last = ctx.history[-1]
    if (
        last.sender_id == ctx.message.sender_id
        or ctx.message.ts - last.ts > _ANSWER_WITHIN
        or ctx.roster.is_staff(last.sender_id)
        or _TO_STAFF.search(folded)
        or _ASKS.search(ctx.text) is not None  # "明天要带水杯吗" may ask about school
        or _CARRIES_MORE.search(folded) is not None  # "大家好 汪洋爸爸报到"
        or _TAKEN_ELSEWHERE.search(folded) is not None  # "爸，我们回家再说"
    ):
        return None
    if _spam_before(ctx, last, ads=True):
        return None
    last_folded = norm(last.text)
    if _MOVES_OUT.search(last_folded) is not None:
        return None
    return (
        _earlier_topic(last_folded, extra)
        or _joined_topic(last, ctx, extra)
        or _found_chat(ctx, last)
    )


def _found_chat(ctx: MessageContext, m: Message) -> str | None:
    return _CARRIED_ON if Category.CHAT in ctx.earlier.get(m.id, ()) else None


#: What an earlier message was found to be that starts no chat: the replies to vice or a
#: claim react to it ("这是赌博吧，别进", "吓死我了，还好没转", "已经举报了"). (An ad does:
#: "给我留五斤", "这个我买了，蛮好用的" take it up; so does abuse of an off-topic thing: "这
#: 裁判就是个🐶" and the match talk after it.)
_NO_CHAT_AFTER = frozenset({Category.ILLEGAL, Category.RUMOR, Category.SLANDER})


_NO_CHAT_AFTER_AN_AD = _NO_CHAT_AFTER | {Category.AD}


def _spam_before(ctx: MessageContext, m: Message, *, ads: bool = False) -> bool:
    """Whether the earlier message ``m`` was found to be vice or a claim (or, with
    ``ads``, an ad: what a reply without a word of taking it up only reacts to — "博文爸爸😅",
    "发错群了")."""
    found = ctx.earlier.get(m.id, ())
    return not (_NO_CHAT_AFTER_AN_AD if ads else _NO_CHAT_AFTER).isdisjoint(found)


def _topic_of(ctx: MessageContext, m: Message, extra: tuple[str, ...]) -> str | None:
    """The chat topic an earlier message ``m`` started or carried on, or None (also when it
    was found to be vice or a claim: what follows reacts to it)."""
    if _spam_before(ctx, m):
        return None
    return _earlier_topic(norm(m.text), extra) or _found_chat(ctx, m)


#: The evidence of a short answer to a message found to be chat ("点了", "那我晚上去" after a
#: chat the message before carried on): the chat it continues, not a word of its own.
_CARRIED_ON = "接着闲聊"


def _joined_topic(last: Message, ctx: MessageContext, extra: tuple[str, ...]) -> str | None:
    """The topic a short join-in (the last message) carried on, one step back."""
    folded = norm(last.text)
    if len(folded) > THREAD_MAX_CHARS or not _JOIN_IN.has(folded):
        return None
    for m in reversed(ctx.history[-4:-1]):
        if ctx.roster.is_staff(m.sender_id) or last.ts - m.ts > THREAD_WINDOW:
            return None
        if _spam_before(ctx, m):
            return None
        topic = _earlier_topic(norm(m.text), extra)
        if topic is not None:
            return topic
    return None


#: A member taking up an offer just posted: "给我留两板", "多少钱一斤", "还有吗", "+1" (not a
#: word of joining in that says nothing of buying: "跟孩子一起背").
_BUYS = re.compile(
    r"我要|要(?!一直|一下|一起|一定|一样|一天|一次)[一二两三四五六七八九十\d]|给我留|帮我留|给我来|多少钱|几多钱|几块|什么价|价格|怎么(?:买|卖|订)|还有吗"
    r"|有货|求链接|发个?链接|链接发|下单|我订|订[一二两三四五六七八九十\d]|算我|^\+?1$|^\d$"
    # what is asked of the goods: "有思雨穿的码吗", "尺码偏大吗"
    r"|^(?:还)?有[^，。]{0,8}吗|尺码|码数"
)
#: A question to staff is no chat, however short: "老师几点到校".
_TO_STAFF = re.compile(r"老师|班主任")
_ASKS = re.compile(r"[?？]|吗|呢|么|请问|怎么|几点|要不要|是不是")
_TAKEN_ELSEWHERE = re.compile(r"回家再说|回头再说|私下说|私下聊|别在群里|不说了")
#: A message that takes the talk out of the group ("出去玩嘅事大家拉个小群倾啦", "建个群聊"):
#: a short answer to it ("好，我拉") agrees to leave, and carries no chat on.
_MOVES_OUT = re.compile(r"拉个?小?群|建个?小?群|另外建|另建|小群(?:里|倾|聊|说)|私下(?:约|聊|说)")


def joins_chat(
    ctx: MessageContext, extra: tuple[str, ...] = (), words: frozenset[Lexicon] | None = None
) -> str | None:
    """The topic of the chat this message carries on, or None: it replies to a chat message,
    or it is a short join-in ("我也是", "看了看了") shortly after one by someone else.
    ``words``: :data:`_WORDS` found in the message, when already known."""
    folded = ctx.norm
    if words is None:
        words = _WORDS.in_message(ctx)
    if about_school(folded, words) or _STOP in words:
        return None
    buys = _BUYS.search(folded) is not None
    replied = ctx.replied
    if replied is not None:
        if ctx.replied_member is not None and ctx.replied_member.is_staff:
            return None  # a reply to a teacher's post (秋游报名 接龙) joins no chat
        if _spam_before(ctx, replied, ads=not (buys or _JOIN_IN in words)):
            return None  # "这是赌博吧" quoting the vice reacts to it
        if buys and Category.AD in ctx.earlier.get(replied.id, ()):
            return "回应广告"  # "给我来两盒试试" quoting a parent's sale: taking part (LABELS.md)
        return chat_topic(norm(replied.text), extra) or _found_chat(ctx, replied)
    if len(folded) > THREAD_MAX_CHARS:
        return None
    if not (buys or _JOIN_IN in words or _JOIN_FORM.search(ctx.text.strip()) is not None):
        # no words of joining in: only a short answer right after another member's chat
        # message carries it on ("得嘞" after "周六下午三点", "小米贵啊，等降价再说")
        return _answers_chat_just_said(ctx, folded, extra)
    since = ctx.message.ts - THREAD_WINDOW
    offered = False  # an offer taken up ("给我留两板" after "有没有要土鸡蛋的"; R06 judged it)
    for m in reversed(ctx.history[-THREAD_MESSAGES:]):
        if m.ts < since:
            break
        since = m.ts - THREAD_WINDOW  # a thread goes on while its messages follow each other
        earlier = norm(m.text)
        if ctx.roster.is_staff(m.sender_id):
            # a teacher's post ends the chat: what follows answers the teacher (a class's
            # own group buy the teacher asked a parent to arrange included)
            return None
        if offered:
            continue  # looking only for the teacher's call the offer answered
        if _MOVES_OUT.search(earlier) is not None:
            return None  # the talk was taken out of the group: what follows agrees to leave
        if m.sender_id != ctx.message.sender_id:
            topic = _topic_of(ctx, m, extra)
            if topic is not None:
                return topic
            if buys and (
                Category.AD in ctx.earlier.get(m.id, ()) or offers_something(m.text, earlier)
            ):
                offered = True
                continue
        if about_school(earlier):
            return None  # the talk has turned to a school matter
    return "回应广告" if offered else None


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.CHAT,
    summary="班级群只用于家校沟通，不聊与家校无关的话题",
    settings=Settings,
    seed_clauses=("1.4", "2.一.(二).3", "3.4", "4.一.(二).3"),
    roles=ALL_ROLES,  # staff only for greetings to everyone (see classmod_check_message)
    # LABELS.md: chat is only for otherwise harmless off-topic talk
    yields_to=frozenset(
        {
            Category.AD,
            Category.ILLEGAL,
            Category.RUMOR,
            Category.ABUSE,
            Category.SLANDER,
            Category.INCITEMENT,
            # a pupil's situation laid out is no off-topic talk, whatever words it uses
            Category.PRIVATE_MATTER,
        }
    ),
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


#: A warning of something just posted in the group: "大家千万别点那个链接", "赶紧改一下密码"
#: (a class matter; a warning about scams out in the world is talk like any other).
_WARNS_OF_THIS = re.compile(
    r"(?:千万|大家|都)?(?:别|不要|不能)(?:点|扫|填|信)(?:那个|这个|刚才|群里|上面)"
    r"|(?:赶紧|快|马上)(?:改|换)(?:一下)?密码|号被盗|被盗号了"
)


#: Words that judge or warn ("违法", "骗子", "别信", "千万别点", "暗语", "地域黑"): said right
#: after vice, a scam or a rumour posted in the group, the message reacts to it.
_WARNING_WORDS = re.compile(
    r"违法|犯法|犯罪|骗子|骗人|被骗|诈骗|骗局|是假的|别信|别点|别转|别碰|别去|千万别|千万不要|小心"
    r"|不靠谱|暗语|地域黑|一竿子|号被盗|盗号|被盗|不适合发|不能发"
)
_AFTER_SPAM_LOOKBACK = 4
_AFTER_SPAM_WITHIN = timedelta(minutes=15)


def _after_spam(ctx: MessageContext) -> bool:
    """Whether one of the last few messages (by someone else) was found to be vice, a scam,
    an ad or a rumour."""
    since = ctx.message.ts - _AFTER_SPAM_WITHIN
    return any(
        m.ts >= since and m.sender_id != ctx.message.sender_id and _spam_before(ctx, m, ads=True)
        for m in ctx.history[-_AFTER_SPAM_LOOKBACK:]
    )


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    s = ctx.settings_for(Settings)
    folded = ctx.norm
    words = _WORDS.in_message(ctx)
    if _STOP in words or corrects_others(folded) or _WARNS_OF_THIS.search(folded) is not None:
        return []  # a correction, or a warning of what was just posted here, is no chat
    if debunks(folded):
        return []  # "水务集团公众号发了声明，水质正常，那是谣言": a claim set straight
    if _WARNING_WORDS.search(folded) is not None and _after_spam(ctx):
        return []  # "这种视频别转了，是违法的" right after vice or a scam here: a reaction to it
    if ctx.member.is_staff:
        # LABELS.md holds teachers to the content rules: a greeting or blessing to everyone
        # ("祝大家周末愉快！") is chat from anyone; a teacher's other posts are their work
        topic = greets_everyone(folded, words)
        if (
            topic is None
            or ctx.message.reply_to
            or _BLESSING.search(folded) is None
            or _TELLS.search(folded) is not None
        ):
            return []  # "早上好，今天降温，请给孩子加件外套": a notice that opens with a hello
        return [_verdict(topic)]
    title = _TITLE_TALK.search(ctx.text) if "《" in ctx.text else None
    topic = (
        (title.group(0) if title is not None and not about_school(folded, words) else None)
        or chat_topic(folded, s.extra_topics, words)
        or (_shopping_host(ctx.links) if ctx.links else None)
        or (folded if folded in SMALL_TALK else None)
        or greets_everyone(folded, words)
        or takes_part_in_request(ctx)
        or joins_chat(ctx, s.extra_topics, words)
    )
    # chat is only for otherwise harmless talk: an ad or illegal content is judged by R06/R04
    if topic is None or is_ad_or_illegal(ctx):
        return []
    return [_verdict(topic)]


def _verdict(topic: str) -> Verdict:
    return SPEC.verdict(
        severity=Severity.NOTE,
        reason=(
            "温馨提示：按群规“班级群只用于家校沟通交流，不做聊天使用”，"
            "与孩子学习生活无关的话题请私下聊，谢谢理解。"
        ),
        evidence=topic,
    )
