from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from classmod.rules.standard import r09_chat
from classmod.rules.standard.r09_chat import CHAT_TOPICS, Settings, chat_topic

from classmod.model import Category, Message, MessageKind, Severity
from classmod.testing import SHANGHAI, make_message, message_context
from classmod.text import normalize


def check(text: str, **kw):
    return r09_chat.classmod_check_message(message_context(text, sender="p_guo_mom", **kw))


@pytest.mark.parametrize(
    "text",
    [
        "今天大盘又跌了，我的股票全绿",
        "有人买双色球吗？昨晚差一个号",
        "最近在追剧，《繁花》太好看了",
        "晚上三缺一，有人来打麻将吗",
        "看热搜没，那个明星又塌房了",
        "基 金 涨 了 ！",
        "昨晚世界杯谁看了",
    ],
)
def test_off_topic_chat_gets_a_gentle_reminder(text: str) -> None:
    verdicts = check(text)
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.CHAT
    assert v.severity is Severity.NOTE
    assert v.delete is False and v.needs_staff is False


@pytest.mark.parametrize(
    "text",
    [
        "孩子看电视时间怎么控制",
        "孩子最近迷上追剧，作业都不写了怎么办",
        "明天降温了，注意给孩子加衣服",
        "请问老师，数学作业第3题怎么做",
        "",
    ],
)
def test_home_and_school_topics_are_clean(text: str) -> None:
    assert check(text) == []


def test_helper_and_extra_topics() -> None:
    assert chat_topic("一起打麻将") in {"打麻将", "麻将"}
    assert chat_topic("周末去学插花") is None
    assert chat_topic("周末去学插花", ("插花",)) == "插花"
    assert check("周末去学插花", settings=Settings(extra_topics=("插花",)))


@pytest.mark.parametrize(
    "text",
    [
        "周末带娃去看球赛，挺过瘾的",  # LABELS.md: naming one's child changes nothing
        "大家早上好",
        "[玫瑰]周末愉快，祝各位家人们身体健康",
        "新的一天，愿大家好心情",
        "京东这个儿童书包今天才59，给娃买了一个",
        "超市鸡蛋8块钱一斤，去晚了就没了",
    ],
)
def test_greetings_to_everyone_and_shopping_tips_are_chat(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text", ["老师早上好", "周末愉快，记得提醒孩子完成阅读打卡", "孩子追剧作业不写怎么办"]
)
def test_greeting_a_teacher_or_a_school_matter_is_not_chat(text: str) -> None:
    assert check(text) == []


def test_taking_part_in_a_bargain_request_is_chat() -> None:
    request = make_message("帮我砍一刀，谢谢大家 https://p.pinduoduo.com/abc", sender="p_guo_mom")
    assert check("已砍", history=[request])
    assert check("帮你砍了", history=[request])
    assert check("已砍") == []  # no request to take part in


def test_taking_part_in_a_vote_or_like_request_in_any_wording_is_chat() -> None:
    for plea in ("我家梦琪参加评选，需要点赞，麻烦大家帮她点一下", "帮手投佢一票！每日可以投三次"):
        request = make_message(plea, sender="p_guo_mom")
        for reply in ("已点", "点了，加油", "投咗", "已投✅"):
            assert check(reply, history=[request]), (plea, reply)


def test_replies_after_the_schools_own_vote_call_are_not_chat() -> None:
    request = make_message("帮我家诗雨投一票", sender="p_guo_mom")
    school = make_message(
        "学校的“最美教室”评选在学校官网投票，每人每天一票，给咱们班加加油。", sender="t_zhou"
    )
    assert check("投了，二年三班冲！", history=[request, school]) == []


def test_data_file_is_loaded() -> None:
    assert "彩票" in CHAT_TOPICS


def test_declaration() -> None:
    spec = r09_chat.classmod_declare_rule()
    assert (spec.id, spec.category) == ("R09", Category.CHAT)


@pytest.mark.parametrize(
    "text",
    ["双十一大家都准备买啥", "求推荐个好用的扫地机器人", "有人知道哪家美甲店做得好吗",
     "今天菜市场的猪肉又涨价了", "新开的那家火锅店还不错，人均八十", "某明星离婚了，微博都炸了",
     "谁家有多余的猫砂", "晚安🌙", "大 家 晚 安"],
)  # fmt: skip
def test_more_off_topic_subjects(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    ["国庆去旅游，孩子请假三天可以吗", "老师晚安", "学校餐厅的饭孩子爱吃",
     "年化收益8%的理财，感兴趣的加我vx：abc123", "足彩内部群，稳赚不赔，想进的私我"],
)  # fmt: skip
def test_school_talk_greetings_to_teachers_and_ads_are_not_chat(text: str) -> None:
    assert check(text) == []


def _earlier(text: str, sender: str, minutes_ago: int) -> Message:
    return make_message(text, sender=sender, ts=NOW - timedelta(minutes=minutes_ago))


NOW = datetime(2026, 9, 7, 12, 0, tzinfo=SHANGHAI)


def test_a_join_in_right_after_a_chat_is_chat() -> None:
    history = [_earlier("《繁花》大结局你们看了吗？太好看了", "p_zhang_dad", 1)]
    assert check("看了看了，哭死", history=history, now=NOW)
    assert check("我也是，基金这个月白干", history=history, now=NOW)


def test_a_reply_to_a_chat_message_is_chat() -> None:
    replied = _earlier("双十一大家都准备买啥", "p_zhang_dad", 30)
    assert check("我只买了一堆零食哈哈", replied=replied, now=NOW)


@pytest.mark.parametrize(
    "text", ["明天要带水杯吗", "我也想问作业的事", "大家别在群里聊这个了", "看了看了，哭死"]
)
def test_no_join_in_without_a_recent_chat_or_with_school_talk(text: str) -> None:
    old = [_earlier("《繁花》大结局你们看了吗", "p_zhang_dad", 30)]
    recent = [_earlier("《繁花》大结局你们看了吗", "p_zhang_dad", 1)]
    assert check(text, history=old, now=NOW) == []
    if text != "看了看了，哭死":
        assert check(text, history=recent, now=NOW) == []


def test_outings_films_shopping_links_and_the_replies_that_carry_them_on_are_chat() -> None:
    assert check("周末谁家约打羽毛球？体育馆订了两片场")
    assert check("昨晚带孩子看了哪吒重映，真的破防了")
    assert check("儿童护眼台灯 无频闪 https://m.tb.cn/h.5Xk2Qp", kind=MessageKind.LINK_CARD)
    outing = make_message("有没有周末一起去森林公园的？银杏黄了", sender="p_li_mom")
    assert check("门票多少？在哪个区呀", history=[outing])
    assert check("投好了，加油！", history=[make_message("帮我家孩子投一票，每天都能投")])


def test_a_reply_to_a_teachers_trip_notice_is_not_chat() -> None:
    trip = make_message("【秋游报名】下周三去森林公园，请家长接龙报名", sender="t_zhou")
    assert check("1. 何雨彤 参加", history=[trip], replied=trip, reply_to=trip.id) == []
    assert check("门票多少？", history=[trip]) == []


@pytest.mark.parametrize(
    "text",
    ["周末愉快！祝各位老师和家长双休快乐", "早～大家都穿暖和点", "楼下超市鸡蛋今天才6块9一板",
     "上半场又丢一个😭", "今晚有人追综艺吗？那个舞台太绝了"],
)  # fmt: skip
def test_blessings_to_everyone_prices_and_match_talk_are_chat(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize("text", ["老师早上好", "请问孩子的跳绳在哪里买比较好？", "宝贝们睡得好香"])
def test_a_teacher_greeted_and_school_shopping_are_not_chat(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["家人们，双十一预售开了，那个学习机定金50抵200，真香", "一口气买了俩儿童保温杯",
     "一年级用的学习平板推荐哪个牌子？", "今晚这球踢的，又输了", "周末带娃去哪玩？",
     "端午有去千岛湖的吗 求推荐个民宿"],
)  # fmt: skip
def test_shopping_sports_and_outings_by_their_forms(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    ["老师，校服在哪里买？什么牌子的都行吗", "孩子在学校上课踢球摔了，膝盖破了点皮",
     "卧槽 点球绝杀！！！"],  # the last is abuse (R05): chat is not added to it
)  # fmt: skip
def test_school_matters_and_abuse_are_not_chat(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize("text", ["去，带两瓶啤酒", "+1", "给我留两板", "好！几点出发", "我要两盒"])
def test_orders_yeses_and_logistics_carry_a_chat_on(text: str) -> None:
    fishing = [_earlier("老秦，今晚钓鱼去不去，老地方", "p_zhang_dad", 2)]
    assert check(text, history=fishing, now=NOW), text


def test_a_thread_goes_on_while_its_messages_follow_each_other() -> None:
    thread = [
        _earlier("周末谁家约打羽毛球？体育馆订了两片场", "p_zhang_dad", 40),
        _earlier("我也去，几点？", "p_li_mom", 28),
        _earlier("好呀好呀", "p_wang_dad", 16),
        _earlier("哈哈我也想去", "p_li_mom", 4),
    ]
    assert check("算我一个", history=thread, now=NOW)


def test_replies_to_an_offer_are_chat_and_replies_to_a_warning_are_not() -> None:
    eggs = [_earlier("群里有没有要土鸡蛋的，自家养的，送到学校门口", "p_zhang_dad", 3)]
    assert check("给我留两板", history=eggs, now=NOW)
    warned = [
        _earlier("宝妈在家无聊的可以做点兼职，点赞一单3块，想做的加我V", "p_guo_mom", 10),
        _earlier("这是刷单诈骗啊，千万别做！", "p_wang_dad", 5),
    ]
    assert check("啊？我也是在朋友圈看到的，那我撤了", history=warned, now=NOW) == []


@pytest.mark.parametrize("text", ["有大个的吗", "多少钱一板呀", "+1", "还有吗"])
def test_a_buyer_taking_up_an_offer_carries_it_on(text: str) -> None:
    eggs = [_earlier("群里有没有要土鸡蛋的，自家养的，送到学校门口", "p_zhang_dad", 3)]
    assert check(text, history=eggs, now=NOW), text


def test_a_word_of_joining_in_that_buys_nothing_does_not_answer_an_offer() -> None:
    # "一起" joins a chat, not an ad: a saying learnt with one's child is no order
    lure = [_earlier("投一千一个月变三千 卫星miao_8754", "p_zhang_dad", 3)]
    assert check("反诈口诀跟孩子一起念：不点链接、不给验证码", history=lure, now=NOW) == []


def test_an_order_for_the_classs_own_group_buy_is_no_chat() -> None:
    books = [
        _earlier("学校可以统一订古诗词读本，请张爸爸问一下价", "t_zhou", 15),
        _earlier("问了书店，团购价十八元一本，可以包送到学校", "p_zhang_dad", 3),
    ]
    assert check("我们要一本", history=books, now=NOW) == []


def test_a_yes_to_a_teacher_is_not_a_chat() -> None:
    notice = [_earlier("明天下午两点开家长会，能来的家长回复一下", "t_zhou", 3)]
    assert check("好，我去", history=notice, now=NOW) == []


@pytest.mark.parametrize(
    "text",
    ["你好，我系柏霖家姐，阿妈叫我入嚟睇下听日要带乜", "大家好，请问明天几点到校",
     "B站上也有人讲拼音讲得很好，我家两个天天看", "百度网盘有全国卷近十年真题，需要的自取"],
)  # fmt: skip
def test_greetings_that_open_a_matter_and_study_material_are_not_chat(text: str) -> None:
    assert check(text) == [], text


def test_lottery_jackpot_talk_is_chat() -> None:
    assert check("今晚六合彩头奖滚到一亿，大家买咗未哈哈")


@pytest.mark.parametrize(
    "text",
    ["今晚蓉城踢得太好了，三比零！", "琴晚广州队输波，激到我死",
     "县城那家老店的三合汤今天去吃了，好吃得很",
     "周六上午约了几个家长带娃去省图书馆看绘本，想一起的私聊我",
     "转发：五种补脑食物 核桃 深海鱼 家长们收藏", "带娃去看了那部动画，特效太燃了", "早",
     "买咗两注，中咗请大家饮茶"],
)  # fmt: skip
def test_matches_meals_outings_forwards_and_films_by_their_forms(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    ["颜料按三比一的比例调", "有你好看的", "大家好 汪洋爸爸报到", "约了王老师下午去学校谈谈",
     "你好，请问明天要带什么"],
)  # fmt: skip
def test_the_same_shapes_that_are_no_chat(text: str) -> None:
    assert check(text) == [], text


def test_replies_to_a_blessing_and_cantonese_join_ins() -> None:
    blessing = [_earlier("清明时节雨纷纷 祝大家清明安康", "p_zhang_dad", 2)]
    assert check("同安同安", history=blessing, now=NOW)
    vote = [_earlier("帮我家孩子投一票，每天都能投", "p_zhang_dad", 5)]
    assert check("点咗", history=vote, now=NOW)
    shoes = [_earlier("周末想去爬山，登山鞋哪里买划算", "p_zhang_dad", 3)]
    assert check("迪卡侬有，一百蚊左右", history=shoes, now=NOW)


@pytest.mark.parametrize(
    "text",
    ["昨晚抖音上那个唱山歌的老汉看到没得 笑死我了",
     "有没有人最近买了新能源车？在比亚迪和小米之间纠结",
     "今年麦子才一块二一斤 种地不挣钱啊", "周六晚上县剧院有黄梅戏 票价五十 有喜欢的一起去看",
     "今天去太白湖钓了一天 钓了七八斤鲫鱼", "冬至快到了 祝各位家长冬至快乐 记得吃饺子",
     "河南队昨晚又输了，篮板被人抢得一塌糊涂", "前腿肉十八一斤，过年灌香肠要遭老火哦"],
)  # fmt: skip
def test_more_everyday_topics(text: str) -> None:
    assert check(text), text


def test_a_short_answer_right_after_a_chat_message_carries_it_on() -> None:
    cars = [_earlier("有没有人最近买了新能源车？在比亚迪和小米之间纠结", "p_zhang_dad", 2)]
    assert check("小米贵啊，等降价再说", history=cars, now=NOW)
    assert check("明天要带水杯吗", history=cars, now=NOW) == []
    assert check("爸，我们回家再说", history=cars, now=NOW) == []
    long_ago = [_earlier("有没有人最近买了新能源车？在比亚迪和小米之间纠结", "p_zhang_dad", 20)]
    assert check("小米贵啊，等降价再说", history=long_ago, now=NOW) == []


@pytest.mark.parametrize(
    "text",
    ["周末有人带孩子去看科幻展吗？西湖文化广场那个", "周末有人去植物园看菊展吗？现在开得正好",
     "有人看昨晚的《歌手》吗，那个谁唱得也太绝了", "周末有人一起去看《哪吒2》吗",
     "今天高架上堵了一个多小时，前面三辆车追尾", "谁家有闲置的跑步机吗，想收一台",
     "阿拉小区门口新开了一家理发店，老便宜额", "有个去哈尔滨看冰雕的冬令营，十天八千八，有点心动"],
)  # fmt: skip
def test_outings_shows_the_road_and_things_second_hand(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    ["明天有人去学校开家长会吗", "有人一起去接孩子吗，我在校门口", "孩子在读《西游记》，要写读后感",
     "下午谁有空去问问老师", "有人去参加学校的科技节吗"],
)  # fmt: skip
def test_their_look_alikes_about_school(text: str) -> None:
    assert check(text) == []


def test_a_teachers_blessing_to_everyone_is_chat_but_not_a_notice_with_a_hello() -> None:
    def staff(text: str):
        return r09_chat.classmod_check_message(message_context(text, sender="t_zhou"))

    assert staff("祝大家周末愉快！")
    assert staff("早上好，今天降温，请给孩子加件外套。") == []
    assert staff("各位家长，周五前交作业，谢谢") == []
    assert staff("股票又跌了") == []  # a teacher's other posts are their work


@pytest.mark.parametrize(
    "text",
    ["初一数学月考练习卷 pan.baidu.com/s/1aBcD3eFgHi 提取码：mk88",
     "东门不能停，可以停菜市场那边，走过来五分钟", "大家注意下，群里说孩子的事哈"],
)  # fmt: skip
def test_a_topic_inside_a_link_a_landmark_and_a_reminder_are_no_chat(text: str) -> None:
    assert check(text) == []


def test_a_latin_topic_as_a_word_of_its_own_is_still_chat() -> None:
    assert check("昨晚的NBA总决赛太精彩了")


@pytest.mark.parametrize(
    "text",
    ["彩排的时候需要化妆吗？要不要家长带化妆品过去", "王老师和各位老师辛苦了，祝老师们冬至快乐！",
     "孩子今天回来说了禁毒课讲的内容，说有的坏人会把药放在奶茶里"],
)  # fmt: skip
def test_class_events_and_blessings_to_the_teachers_are_no_chat(text: str) -> None:
    assert check(text) == []


def _found_chat_before(
    text: str, sender: str = "p_he_mom"
) -> tuple[Message, dict[str, frozenset[Category]]]:
    before = make_message(text, sender=sender, ts=datetime(2026, 5, 9, 10, 0, tzinfo=SHANGHAI))
    return before, {before.id: frozenset({Category.CHAT})}


@pytest.mark.parametrize("reply", ["点了", "那我晚上去", "得嘞", "安逸，周六去", "我要一份"])
def test_a_short_answer_to_a_message_found_to_be_chat_carries_it_on(reply: str) -> None:
    before, earlier = _found_chat_before("系咪嗰间叫金记嘅？上次排队排到出街")
    now = before.ts + timedelta(minutes=2)
    assert check(reply, history=[before], earlier=earlier, now=now)
    # and a reply quoting it
    assert check(reply, history=[before], earlier=earlier, now=now, replied=before)


@pytest.mark.parametrize("reply", ["老师几点到校", "明天要带水杯吗", "", "我是乐乐妈妈，报到"])
def test_what_does_not_carry_on_a_found_chat(reply: str) -> None:
    before, earlier = _found_chat_before("系咪嗰间叫金记嘅？上次排队排到出街")
    assert not check(reply, history=[before], earlier=earlier, now=before.ts + timedelta(minutes=2))


def test_an_answer_long_after_or_to_a_message_found_clean_is_no_chat() -> None:
    before, earlier = _found_chat_before("系咪嗰间叫金记嘅？上次排队排到出街")
    assert not check("点了", history=[before], earlier=earlier, now=before.ts + timedelta(hours=1))
    assert not check("点了", history=[before], now=before.ts + timedelta(minutes=2))


@pytest.mark.parametrize("text", ["我们九点前必须上床，早上好叫", "晚上好睡一点"])
def test_a_time_of_day_that_makes_something_easy_is_no_greeting(text: str) -> None:
    assert not check(text)


@pytest.mark.parametrize(
    "text",
    ["南门在滨河路那边，超市旁边", "我家还没写完，第二题是让找出描写爬山虎脚的句子",
     "大家好，有没有人跟我一样，娃儿初一了还是不会自己整理书包，每天早上都要找东西",
     "娃儿今天说篮球赛拿了第一，班上雄起！"],
)  # fmt: skip
def test_the_way_the_homework_a_hello_opening_a_matter_and_the_class_team(text: str) -> None:
    assert not check(text)


@pytest.mark.parametrize("text", ["大家好呀", "超市今天鸡蛋打折", "京东上那个护脊书包不错，两百多"])
def test_a_bare_hello_and_shopping_are_still_chat(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    ["这裁判今天怎么回事，这都不判", "《熊出没》新出的那部挺好笑的", "今晚全运会开幕式有没有人看的",
     "这个周末去哪里耍？我准备带娃儿去青城山", "各位假期愉快🎉", "早晨各位", "今晚厦门的夜景真美",
     "今晚零下二十八度，老铁们出门多穿点"],
)  # fmt: skip
def test_matches_shows_outings_holidays_and_the_weather(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text", ["早晨七点到校", "学校运动会开幕式几点开始", "刚看了娃儿军训视频，激动"]
)
def test_the_schools_own_events_and_times(text: str) -> None:
    assert not check(text)


def test_chat_yields_to_a_pupils_situation() -> None:
    spec = r09_chat.classmod_declare_rule()
    assert Category.PRIVATE_MATTER in spec.yields_to


@pytest.mark.parametrize(
    "text",
    ["今年果园的橘子收成一般，价钱也不好", "周末带娃去雪场，初级道刚好", "昨晚看了个小品笑死我了",
     "抢到泡泡玛特的盲盒了，开了个隐藏款", "国庆店里客商特别多，进货都来不及"],
)  # fmt: skip
def test_more_topics_of_off_topic_talk(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    ["明天学校组织去果园劳动，要带手套吗", "今天加班，孩子放学能在学校等一会吗"],
)
def test_the_same_topics_about_school_pass(text: str) -> None:
    assert check(text) == []


def test_a_warning_of_what_was_just_posted_is_no_chat() -> None:
    from classmod.testing import make_message

    chat = make_message("周末一起去钓鱼吧，水库那边鱼多", sender="p_guo_mom")
    ctx = message_context("大家千万别点那个链接，他号被盗了", history=[chat])
    assert r09_chat.classmod_check_message(ctx) == []


@pytest.mark.parametrize(
    "text",
    ["今天嘎嘎冷，车都打不着", "热死了，空调都不管用", "国庆去哪玩，有攻略吗", "周末去商场扫货",
     "港股又跌了", "哪家好吃啊，想下馆子"],
)  # fmt: skip
def test_weather_outings_eating_out_and_sales_are_chat(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    ["热死了，今天三十八度，孩子们体育课要多喝水", "风太大了，放学路上注意安全",
     "明天景点研学，记得带水"],
)  # fmt: skip
def test_weather_and_outings_about_school_are_not_chat(text: str) -> None:
    assert check(text) == [], text


def test_correcting_an_ad_or_withdrawing_it_is_not_carrying_on_chat() -> None:
    ad = make_message("家里亲戚做的手工月饼 中秋前预订 打八折 vx同号 有意者私", sender="p_guo_mom")
    ctx = message_context(
        "群里不能卖东西哦～", history=[ad], earlier={ad.id: frozenset({Category.AD})}
    )
    assert r09_chat.classmod_check_message(ctx) == []
    for text in ("群里不能卖东西哦", "抱歉抱歉，已撤回，顺便把名字也改了"):
        ctx = message_context(text, history=[ad], earlier={ad.id: frozenset({Category.AD})})
        assert r09_chat.classmod_check_message(ctx) == [], text
    buyer = message_context("我要两个", history=[ad], earlier={ad.id: frozenset({Category.AD})})
    assert r09_chat.classmod_check_message(buyer)  # a buyer's answer takes part in it
    quoting = message_context(
        "群里不能卖东西哦",
        history=[ad],
        replied=ad,
        reply_to=ad.id,
        earlier={ad.id: frozenset({Category.AD})},
    )
    assert r09_chat.classmod_check_message(quoting) == []  # quoting the ad to correct it


@pytest.mark.parametrize("reply", ["这是赌博吧，千万别进", "吓死我了，还好没转", "已经举报了"])
def test_the_replies_to_vice_react_to_it_and_chat_on_nothing(reply: str) -> None:
    bet = make_message(
        "世界杯竞猜群，麻将扑克都有，一场五十起押", sender="p_zhang_dad",
        ts=datetime(2026, 5, 9, 10, 0, tzinfo=SHANGHAI),
    )  # fmt: skip
    earlier = {bet.id: frozenset({Category.AD, Category.ILLEGAL})}
    now = bet.ts + timedelta(minutes=2)
    assert check(reply, history=[bet], earlier=earlier, now=now) == []
    assert check(reply, history=[bet], earlier=earlier, now=now, replied=bet) == []


def test_after_an_ad_only_a_reply_that_takes_it_up_chats() -> None:
    deal = make_message(
        "超市的车厘子今天特价，三十九一斤，挺划算的", sender="p_zhang_dad",
        ts=datetime(2026, 5, 9, 10, 0, tzinfo=SHANGHAI),
    )  # fmt: skip
    earlier = {deal.id: frozenset({Category.AD})}
    now = deal.ts + timedelta(minutes=2)
    assert check("给我留两斤", history=[deal], earlier=earlier, now=now)
    assert check("发错群了吧😅", history=[deal], earlier=earlier, now=now, replied=deal) == []


@pytest.mark.parametrize(
    "text",
    [
        "今儿个零下十五度了，车都打不着火",
        "又是梅雨，家里的衣服晾了一礼拜都是潮的",
        "这雪下得，单位门口的路全封了",
    ],
)
def test_the_weather_talked_about_to_pass_the_time_is_chat(text: str) -> None:
    assert [v.category for v in check(text)] == [Category.CHAT], text


@pytest.mark.parametrize(
    "text",
    [
        "降温了，大家记得给孩子加件衣服",  # care for the children in the weather
        "下大雪了，明天还上学吗？",  # a school question
        "台风来了，学校会停课吗",
        "雾霾这么大，能不能让孩子们在教室里做操",
        "路上结冰了，送孩子的家长开车慢点",
    ],
)
def test_the_weather_with_the_children_or_school_in_it_is_no_chat(text: str) -> None:
    assert check(text) == [], text


def test_a_warning_right_after_vice_posted_here_is_no_chat() -> None:
    vice = make_message("足球竞猜群，赔率最高，想玩的私我", sender="p_zhang_dad")
    found = {vice.id: frozenset({Category.ILLEGAL, Category.AD})}
    text = "网上私人卖彩票赌球都是违法的，大家别去"
    ctx = message_context(
        text, sender="p_guo_mom", history=[vice], now=vice.ts + timedelta(minutes=2), earlier=found
    )
    assert r09_chat.classmod_check_message(ctx) == []
    # the same talk of lottery out of the blue is chat (LABELS.md: lottery)
    assert check("今晚大乐透开奖，有人买了吗") != []


def test_taking_part_in_a_parents_sale_is_chat() -> None:
    sale = make_message("自家腌的咸鸭蛋，十个装五十，要的留言", sender="p_zhang_dad")
    found = {sale.id: frozenset({Category.AD})}
    ctx = message_context(
        "给我留两盒",
        sender="p_guo_mom",
        history=[sale],
        now=sale.ts + timedelta(minutes=2),
        earlier=found,
        replied=sale,
        reply_to=sale.id,
    )
    assert [v.category for v in r09_chat.classmod_check_message(ctx)] == [Category.CHAT]
    assert check("孩子的维生素要一直补吗？") == []  # 要一直 is no order


@pytest.mark.parametrize(
    "text", ["有没有人在追《繁花》的，太好看了", "刚刷完《我的阿勒泰》，想去新疆"]
)
def test_a_show_asked_about_or_caught_up_on_is_chat(text: str) -> None:
    assert [v.category for v in check(text)] == [Category.CHAT], text


@pytest.mark.parametrize(
    "text",
    [
        "孩子问我彩票是不是赌博，我跟他说未成年人不能买",
        "女儿学了句网络用语，我们跟她约定说一次少看一集动画片",
    ],
)
def test_answering_the_child_about_an_off_topic_thing_is_upbringing(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text", ["祝大家彝族年快乐！", "火把节快乐🎉", "扎西德勒，祝各位家长新年好"]
)
def test_any_festivals_wishes_to_everyone_are_chat(text: str) -> None:
    assert [v.category for v in check(text)] == [Category.CHAT], text


def test_teachers_day_wishes_are_to_the_teachers() -> None:
    assert check("教师节快乐🌹🌹") == []


def test_an_outing_offered_to_the_other_families_is_chat() -> None:
    assert [v.category for v in check("周末有没有家长一起带娃去爬山？")] == [Category.CHAT]
    assert check("有没有家长一起去参加周五的家长会？") == []  # a school matter


@pytest.mark.parametrize(
    "text",
    ["有没有家长这周六想带孩子去科技馆的？人多可以一起", "有冇家长国庆去海洋公园？我哋3号去",
     "谁家周日去看那部动画电影，可以约"],
)  # fmt: skip
def test_an_outing_put_to_the_other_families_by_where_it_goes(text: str) -> None:
    assert [v.category for v in check(text)] == [Category.CHAT], text


@pytest.mark.parametrize(
    "text",
    ["有没有家长明天去学校交材料？帮我带一份", "有没有家长知道科技馆研学要带什么？",
     "有没有家长去接孩子的，顺路带一下思远"],
)  # fmt: skip
def test_errands_and_school_trips_asked_about_are_no_outing(text: str) -> None:
    assert check(text) == [], text


def test_a_chat_taken_out_of_the_group_is_not_carried_on_by_agreeing_to_leave() -> None:
    t0 = datetime(2026, 10, 9, 9, 0, tzinfo=SHANGHAI)
    offer = make_message("周末有没有家长一起去露营？", sender="p_li_mom", ts=t0)
    joined = make_message("算我们家一个", sender="p_he_mom", ts=t0 + timedelta(minutes=2))
    out = make_message(
        "出去玩的事大家拉个小群聊吧", sender="p_zhang_dad", ts=t0 + timedelta(minutes=4)
    )
    found = {offer.id: frozenset({Category.CHAT}), joined.id: frozenset({Category.CHAT})}
    later = t0 + timedelta(minutes=5)
    assert check("好，我拉", history=[offer, joined, out], earlier=found, now=later) == []
    assert check("好，我拉", history=[offer, joined], earlier=found, now=later)


@pytest.mark.parametrize(
    "text",
    [
        "昨晚那部剧大结局太意外了，反派居然洗白了",
        "分享个红烧肉菜谱，先焯水再炒糖色",
        "周末去采摘园摘草莓",
    ],
)
def test_shows_recipes_and_picking_trips_are_chat(text: str) -> None:
    assert [v.category for v in check(text)] == [Category.CHAT], text


@pytest.mark.parametrize(
    "text",
    ["今天早市上白菜两毛一斤，萝卜五毛", "老字号的糖水加价到十五蚊一碗了",
     "羊肉一公斤八十五，又涨了",
     "昨晚那场最后一分钟丢球，气死", "今年这队保级都悬", "有人知道春运火车票几号开抢吗",
     "这个抖音笑死了，狗狗学人打呼噜", "圣诞快乐呀🎄", "外面沙尘，天都黄了",
     "高考完打算带孩子去哪玩？想去海边"],
)  # fmt: skip
def test_market_prices_matches_tickets_clips_christmas_dust_and_trips_after_an_exam(
    text: str,
) -> None:
    assert [v.category for v in check(text)] == [Category.CHAT], text


@pytest.mark.parametrize(
    "text",
    ["请问孩子的跳绳在哪里买比较好？", "研学的火车票学校统一订吗？", "期末考完以后什么时候出成绩？",
     "资料费二十元一份，周五前交给课代表", "放假后作业怎么交？"],
)  # fmt: skip
def test_school_needs_tickets_and_exams_asked_about_are_no_chat(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["薛爸爸，这话带种族歧视了，群里请别这么说。", "这种话在群里不要说，孩子们也在看。",
     "不能这么说一个国家的人，群里别讨论这个了。"],
)  # fmt: skip
def test_a_member_asked_not_to_say_it_here_is_a_correction(text: str) -> None:
    assert check(text) == [], text


def test_a_word_that_it_does_not_fit_the_group_corrects() -> None:
    from classmod.rules.standard._common import corrects_others

    assert corrects_others(normalize("风水改运这类信息不适合在群里，已经请出群，大家不要理"))
    assert not corrects_others(normalize("这双鞋不适合跑步"))


@pytest.mark.parametrize(
    "text",
    ["转发：冬天喝这碗汤，降三高、治失眠", "吃这个菜比吃药还管用", "今晚的德比去不去看？",
     "昨晚那队踢得真差", "双十一洗衣液好便宜，买二送一，我一下囤了四桶"],
)  # fmt: skip
def test_wellness_forwards_derbies_and_a_deal_stocked_up_on(text: str) -> None:
    assert [v.category for v in check(text)] == [Category.CHAT], text


def test_a_places_opening_deal_and_an_order_taken_up() -> None:
    assert [v.category for v in check("周末江边那家铁锅炖开业八折，有去的不？")] == [Category.CHAT]
    t0 = datetime(2026, 10, 9, 9, 0, tzinfo=SHANGHAI)
    offer = make_message("今天早市大白菜三毛一斤，腌酸菜的赶紧去", sender="p_li_mom", ts=t0)
    found = {offer.id: frozenset({Category.CHAT})}
    later = t0 + timedelta(minutes=2)
    assert check("给我来一袋", history=[offer], earlier=found, now=later)
    assert check("学校门口新开的文具店开业打折，校服可以在那里买吗？") == []


@pytest.mark.parametrize(
    "text",
    ["有谁知道公积金贷款现在利率多少？", "金价一克六百多了，涨得好厉害",
     "今天菜市场的草莓十块钱三斤", "哈哈这届球迷太难了"],
)  # fmt: skip
def test_rates_prices_of_the_day_and_fans(text: str) -> None:
    assert [v.category for v in check(text)] == [Category.CHAT], text


def test_taking_part_after_a_teachers_word_that_requests_are_not_for_the_group() -> None:
    t0 = datetime(2026, 10, 9, 9, 0, tzinfo=SHANGHAI)
    request = make_message(
        "麻烦大家帮忙投一票，每天都能投 vote.example.com/x", sender="p_li_mom", ts=t0
    )
    teacher = make_message(
        "邹爸爸，私人的投票链接群里就不发了哈，可以私下转给亲友。", sender="t_zhou",
        ts=t0 + timedelta(minutes=2),
    )  # fmt: skip
    later = t0 + timedelta(minutes=4)
    for text in ("我已经投了", "已拼"):
        assert check(text, history=[request, teacher], now=later), text
