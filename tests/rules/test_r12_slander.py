from __future__ import annotations

import pytest
from classmod.rules.standard import r05_abuse, r12_slander
from classmod.rules.standard.r12_slander import Settings, find_slander

from classmod.hookspecs import PARENT_ROLES
from classmod.model import Category, Severity, Verdict
from classmod.testing import make_message, message_context
from classmod.text import normalize


def check(text: str, sender: str = "p_he_mom", settings: Settings | None = None) -> list[Verdict]:
    return r12_slander.classmod_check_message(
        message_context(text, sender=sender, settings=settings)
    )


@pytest.mark.parametrize(
    ("text", "sub_rule"),
    [
        ("这个老师真是误人子弟", "teacher"),
        ("她根本不配当老师", "teacher"),
        ("听说班主任收红包", "teacher"),
        ("什么垃圾学校", "school"),
        ("学校又乱收费了", "school"),
        ("老师太偏心了，只管成绩好的", "neg"),
        ("班主任一点都不负责任", "neg"),
        ("学校就是不作为", "neg"),
    ],
)
def test_slander_is_caught(text: str, sub_rule: str) -> None:
    verdicts = check(text)
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.SLANDER
    assert v.severity is Severity.MINOR
    assert v.needs_staff is True
    assert v.delete is False
    assert v.sub_rule == sub_rule
    assert "私聊" in v.reason


@pytest.mark.parametrize(
    "text",
    [
        "誤 人 子 弟",  # traditional, spaced
        "老😡师😡偏😡心",
        "垃圾\u200b学校",
    ],
)
def test_evasions_are_caught(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    [
        "老师辛苦了",
        "我家孩子字写得太差了，回家多练",
        "我家熊孩子又忘带作业了",
        "老师从不收红包，大家放心",
        "学校严禁乱收费",
        "学校禁止体罚，请家长放心",
        "孩子今天恶心想吐，请个假",
        "学校垃圾分类活动很有意义",
        "老师对每个孩子都不偏心",
        "感谢学校和老师的付出",
    ],
)
def test_ordinary_talk_is_not_slander(text: str) -> None:
    assert check(text) == []


def test_declaration_and_settings() -> None:
    spec = r12_slander.classmod_declare_rule()
    assert spec.roles == PARENT_ROLES
    assert check("学校是个草台班子") == []
    assert check("学校是个草台班子", settings=Settings(extra_terms=("草台班子",)))


def test_find_slander_is_pure() -> None:
    assert find_slander(normalize("老师敷衍"))[0] == "neg"
    assert find_slander(normalize("敷衍")) == ("", [])


@pytest.mark.parametrize(
    "text",
    [
        "学校收黑钱，给了钱的孩子都坐前排",
        "资料费肯定有回扣",
        "校长就是个摆设",
        "食堂的饭猪都不吃，也不知道学校怎么想的",
        "数学老师上课就知道念PPT，根本不会教",
        "英语老师自己发音都不标准，还好意思教孩子",
        "这学校怎么天天要钱！",
        "学校领导只会搞形式主义",
        "你们老师就是不想管事，出了事就推给家长",
        "學校收黑錢",  # traditional
    ],
)
def test_accusations_and_disparagement(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    [
        "孩子身体素质差，体育课跑不动，老师多担待",
        "孩子天天要钱买零食，老师有什么好办法吗",
        "我家孩子发音不标准，老师能帮忙纠正吗",
        "孩子上课话多，老师说了好几次，回家我说他了",
        "学校从来没有回扣这回事，大家别信",
        "孩子回家什么都不管，老师怎么办",
    ],
)
def test_parents_own_worries_are_not_slander(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text", ["那个孩子就是没家教", "有些家长真没素质", "有些家长素质真低，车乱停"]
)
def test_name_calling_between_parents_is_not_slander(text: str) -> None:
    # LABELS.md: abuse + dispute, not slander (slander is about the school and its staff)
    assert check(text) == []
    assert r05_abuse.find_abuse_terms(normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "这次收的资料费，剩下的钱进了谁的口袋大家心里清楚",
        "食堂用的地沟油，学校还不承认",
        "运动会就是给领导看的，排练耽误多少课",
        "老师周末在外面开补习班，不报班就被针对",
        "出了事学校就想压下去，一直瞒着家长",
        "体育老师上课就在旁边玩手机，不管孩子",
    ],
)
def test_families_of_accusations(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    ["毕业照明细我发群文件了，没有任何回扣", "孩子说午饭吃不饱，能不能让食堂多打点",
     "老师辛苦了，补习班我们不报，孩子自己复习"],
)  # fmt: skip
def test_families_hard_negatives(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["为什么每次入场式领队都是那几个孩子？说好的公平呢", "评优从来都是家委会那几家的孩子",
     "有的家长逢年过节就往办公室跑，大家心里都有数", "学校还不让孩子回家说",
     "我看这个数学老师也不行",
     "你去问问那几个外教有没有教师资格证", "成绩不好的孩子在这个班就是透明人"],
)  # fmt: skip
def test_accusations_in_their_forms(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text", ["每次运动会那几个孩子都跑得特别快", "学校不让孩子带手机进教室", "这个动作老师说不行"]
)
def test_school_talk_that_shares_their_words(text: str) -> None:
    assert check(text) == []


def test_joining_an_accusation_just_made() -> None:
    claim = make_message("听说方老师周末在外面开补习班，考试前都知道题", sender="p_guo_mom")
    ctx = message_context("我也听说过，难怪有几个孩子分数那么高", history=[claim])
    assert r12_slander.classmod_check_message(ctx)
    alone = message_context("我也听说过，难怪有几个孩子分数那么高")
    assert r12_slander.classmod_check_message(alone) == []


@pytest.mark.parametrize(
    "text",
    ["有些人家孩子就一直坐前排，谁知道是不是给老师送了东西",
     "我问了别的学校都不收，这不是乱收费是什么",
     "这个UP主讲物理比秦老师清楚多了，学校老师就这水平",
     "跳蚤市场的钱最后都去哪了，去年也没见公示",
     "隔壁学校食堂吃出虫子，我们学校食堂也好不到哪去"],
)  # fmt: skip
def test_claims_in_their_grammar(text: str) -> None:
    assert check(text)


@pytest.mark.parametrize(
    "text",
    ["教师节我们给老师送了一束花，孩子自己做的贺卡", "这不是乱收费，是保险费，自愿的",
     "班费的账目家委会每月都公示", "食堂今天的饭菜还不错"],
)  # fmt: skip
def test_their_kind_look_alikes(text: str) -> None:
    assert check(text) == []


def test_doubting_an_offer_and_asking_the_school_about_it_is_no_slander() -> None:
    text = "有人给我推一个夏令营名额，要先交钱，我觉得不靠谱，想问学校有组织吗？"
    assert find_slander(normalize(text)) == ("", [])
    assert find_slander(normalize("学校太不靠谱了，想问问大家怎么看"))[0]


@pytest.mark.parametrize(
    "text",
    ["一个月伙食费六百多，这钱都花哪去了？", "学校招的什么老师", "孩子跟着能学好才怪",
     "免费答疑也就是走个形式", "一个床垫八十，学校又想赚钱", "纯属糊弄家长",
     "说到底还不是老师吃回扣", "还不是演给领导看的", "钱 都 花 哪 去 了"],
)  # fmt: skip
def test_claims_by_their_grammar_money_a_sham_a_teacher_hired(text: str) -> None:
    assert find_slander(normalize(text))[0]


@pytest.mark.parametrize(
    "text",
    ["签字只是走个形式，大家签一下就好", "这学期的钱都花在哪了我记个账", "别糊弄我，作业写完没",
     "我们不是想赚钱，是成本价"],
)  # fmt: skip
def test_the_same_words_in_class_talk_are_no_claim(text: str) -> None:
    assert find_slander(normalize(text))[0] == ""


@pytest.mark.parametrize(
    "text",
    ["各位家长，上次说的午餐问题，学校已经回复了，会换承包商，多谢大家",
     "白老师，昨天我说的购物卡的事，我问清楚了，是误会，跟您道个歉",
     "刚才看见有人说，隔壁学校有老师体罚学生，咱们学校会不会也有这种事？"],
)  # fmt: skip
def test_a_matter_closed_and_news_of_another_school_asked_about(text: str) -> None:
    assert check(text) == []


def test_a_claim_about_ours_beside_news_of_another_school_stands() -> None:
    text = "隔壁学校食堂吃出虫子了，我们学校食堂也好不到哪去，要不要去看看？"
    assert check(text)


def test_who_doesnt_is_everyone_does() -> None:
    assert find_slander(normalize("现在当老师的谁不收礼啊，嘴上说不收"))[0]
    assert find_slander(normalize("我们老师从不收礼")) == ("", [])


def test_the_canteens_food_claimed_unsafe() -> None:
    assert find_slander(normalize("说咱学校食堂的肉都是冻了好几年的僵尸肉"))[0]
    assert find_slander(normalize("新闻说查出一批僵尸肉")) == ("", [])


@pytest.mark.parametrize(
    "text",
    [
        "每学期收那么多伙食费，真不知道这钱花到哪里去了",  # where the money went
        "三好学生的名额都给了关系好的几家",  # favours by connections
        "班干部都是按送礼多少排的吧，我们家从来轮不到",
        "托管一个月收六百，老师啥也不管，啥也不教",  # paid for, given nothing
        "营养餐的鸡蛋经常少发，谁知道是不是被拿回家了",
        "连孩子的午餐补助都敢克扣",
    ],
)
def test_claims_of_money_favours_and_shortfalls_in_other_words(text: str) -> None:
    assert check(text), text


def test_joining_a_claim_just_made_is_slander_but_a_hedge_is_not() -> None:
    from classmod.testing import make_message

    claim = make_message("食堂的饭菜每天都是冷的，一餐收十五块，钱都去哪了", sender="p_guo_mom")
    join = message_context("我们家子轩也说饭是冷的", history=[claim])
    assert r12_slander.classmod_check_message(join)
    hedge = message_context("我们家子轩也说冷，不过可能是冬天路上放凉了", history=[claim])
    assert r12_slander.classmod_check_message(hedge) == []
    agree = message_context("是啊，我也听孩子讲过", history=[claim])
    assert r12_slander.classmod_check_message(agree)


def test_an_act_called_off_is_no_claim() -> None:
    assert check("好的老师，家委会这边就不组织集体送礼了") == []
    assert check("听说老师收了家长的购物卡")


@pytest.mark.parametrize(
    "text",
    [
        "去个古村吃顿饭收八十五，肯定有人从里面赚",
        "饭堂贵过外面，肯定有人食回佣",
        "一个月伙食费可没少收，钱都不知道花哪去了",
        "换座位是看谁家给刘老师送了东西，前排那几个都是送过礼的",
        "张老师课上啥都不讲透，就让去他外面的班，一个月两千",
        "听说那个数学老师周末在校外开班，一节课三百",
        "学校收了住宿费就不管，孩子晚上冻得睡不着",
    ],
)
def test_money_made_off_families_gifts_and_tutoring_pushed_are_slander(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    [
        "学校课后服务开班了，报名的家长注意看通知",
        "我家孩子周末在外面上的班，老师挺好",
        "钱都不知道花哪去了，这个月又超支了",
        "肯定有人会喜欢这个活动",
        "学校收了校服费，下周发",
    ],
)
def test_school_money_and_classes_told_plainly_are_not_slander(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "为什么又被换到最后一排？是不是我们家没给您送东西？",
        "这一家送餐公司又不晓得是哪个的关系户",
        "这个价格摆明了学校在里面赚差价",
        "学校收了人家多少好处谁知道",
        "学校就是拿我们孩子练手",
    ],
)
def test_gifts_connections_and_profit_claimed_are_slander(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize("text", ["代购赚差价很正常", "他是关系户吗？", "练手的题目我打印好了"])
def test_the_same_words_without_the_claim_are_not(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "交了那么多取暖费，我看肯定被挪去干别的了",  # a fee diverted
        "这次研学两千多，学校这是又在赚家长的钱",  # made off the families
        "换了供应商以后饭菜明显变差，肯定有猫腻",  # something behind it
        "检查那天当然弄得好，演给你们看的",  # a show put on
        "伙食费又涨了，菜还是那么差，钱也不知道去哪了",
    ],
)
def test_money_diverted_profit_made_and_shows_put_on_are_claims(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    [
        "那家网店肯定有猫腻，评价都是刷的",  # a shop, not the school
        "孩子们排练的节目周五演给大家看",  # the class's own show
        "取暖费已经交了，收据在孩子书包里",
    ],
)
def test_a_shops_trick_the_classs_own_show_and_a_fee_paid_are_no_slander(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "资料费收了又收，我看一大半进了班主任的腰包",
        "这破学校真是黑，什么都要钱",
        "一套校服四百，这跟明抢有啥区别",
        "学校这是拿我们家长当提款机吧",
        "春游的钱每人多收五十，差价谁拿了大家心里都清楚",
        "合唱比赛又是班主任喜欢的那几个孩子站前面，我们家的永远轮不到",
        "食堂的菜跟猪食一样，一份还要十二块",
    ],
)
def test_accusations_in_more_grammars(text: str) -> None:
    assert [v.category for v in check(text)] == [Category.SLANDER], text


@pytest.mark.parametrize(
    "text",
    [
        "班费账目都公开了，不存在进谁腰包",  # denied
        "今天又是那几个孩子最早到校，真自觉",  # praise
    ],
)
def test_denials_and_praise_are_no_accusation(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["听说给班主任送了购物卡的，孩子都当上了班干部", "开放日那些课就是排给督导组看的",
     "剩下的牛奶是不是被食堂的人拿回家了", "小卖部是校长小舅子开的，难怪那么贵",
     "生活老师晚上根本不查寝，孩子玩手机到一点", "孩子小不会告状，就可以随便糊弄吗",
     "英语老师周末在外头的培训班带课，一节两百", "没报她的班的孩子，上课提问都爱答不理"],
)  # fmt: skip
def test_gifts_goods_taken_relatives_neglect_and_paid_classes(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    ["孩子奶奶在外面上班，麻烦老师帮忙看一下他有没有盖被子", "我给老师发了请假条，麻烦看一下",
     "鸡蛋被孩子不小心摔碎了", "老师从来没批评过他，孩子很喜欢老师",
     "排练给大家看，孩子们可认真了"],
)  # fmt: skip
def test_the_same_words_in_everyday_class_talk(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["刘老师，我家孙子的数学书好像少发了一本练习册", "谢谢黄老师，孩子拿回家特别开心",
     "好的顾老师，我中午去拿，回家一定好好教育"],
)  # fmt: skip
def test_things_brought_home_or_missing_from_a_pile_are_no_claim(text: str) -> None:
    assert check(text) == [], text


def test_the_pupils_food_taken_home_is_still_a_claim() -> None:
    assert check("剩下的牛奶是不是被食堂的人拿回家了")


@pytest.mark.parametrize(
    "text",
    ["一个月交一千多，钱都让园长装兜里了", "市场价一千出头，差价去哪了？",
     "不报的孩子老师会另眼看待，谁敢不报"],
)  # fmt: skip
def test_money_pocketed_a_margin_gone_and_those_who_do_not_pay_treated_worse(text: str) -> None:
    assert check(text), text


def test_a_pocket_and_a_different_look_in_everyday_talk() -> None:
    assert check("孩子把糖装兜里带回家了") == []
    assert check("这件衣服换了颜色，真让人另眼相看") == []


def test_the_coach_and_the_dormitory_keeper_are_staff_a_claim_is_about() -> None:
    assert check("教练就是偏心，每场首发都是那几个")
    assert check("宿管根本不管，晚上都在睡觉")
    assert check("教练今天带孩子们加练了一小时，辛苦了") == []
