from __future__ import annotations

import pytest
from classmod.rules.standard import r15_student_privacy
from classmod.rules.standard.r15_student_privacy import NEGATIVE_FACTS, Settings, negative_facts

from classmod.hookspecs import ALL_ROLES
from classmod.model import Category, Severity
from classmod.testing import message_context


def check(text: str, sender: str = "t_zhou", **kw):
    return r15_student_privacy.classmod_check_message(message_context(text, sender=sender, **kw))


@pytest.mark.parametrize(
    "text",
    [
        "何雨彤今天在学校和同学打架了",
        "以下同学作业没交：何雨彤、张子涵",
        "张子涵上课讲话被罚站",
        "李明轩这次又不及格",
        "何雨彤妈妈，孩子今天上课讲话，请回家教育一下",
        "何 雨 彤 偷 东 西",
        "雨彤今天又迟到了",
        "陈可欣违反纪律，通报批评",
    ],
)
def test_teacher_naming_a_pupil_with_a_negative_fact(text: str) -> None:
    verdicts = check(text)
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.STUDENT_PRIVACY
    assert v.severity is Severity.MINOR
    assert v.delete is True
    assert "…" in v.evidence


def test_parent_naming_another_child() -> None:
    assert check("张子涵欺负我家孩子", sender="p_he_mom")


def test_parent_about_own_child_is_clean() -> None:
    assert check("老师，何雨彤昨天作业没写完，今天补上", sender="p_he_mom") == []
    assert check("郭思远今天迟到了，不好意思", sender="p_guo_waipo") == []


def test_own_child_and_another_child() -> None:
    verdicts = check("郭思远说张子涵打人", sender="p_guo_mom")
    assert verdicts and verdicts[0].evidence.startswith("张子涵")


@pytest.mark.parametrize(
    "text",
    [
        "表扬何雨彤、张子涵作业书写工整",
        "何雨彤今天没有迟到，进步很大",
        "何雨彤从不迟到",
        "最近有同学上课讲话，请家长提醒孩子",
        "何雨彤今天生病请假",
        "请大家不要迟到。何雨彤明天当升旗手",
        "何雨彤偷偷给老师画了一张贺卡",
    ],
)
def test_clean_messages(text: str) -> None:
    assert check(text) == []


def test_fact_far_from_the_name_does_not_count() -> None:
    text = "何雨彤明天当升旗手，请穿好校服。" + "另外提醒大家，" * 6 + "上学不要迟到早退现象要杜绝"
    assert check(text, settings=Settings(max_distance=10)) == []


def test_extra_terms() -> None:
    assert check("何雨彤没交校服费") == []
    assert check("何雨彤没交校服费", settings=Settings(extra_terms=("没交校服费",)))


def test_negation_helper() -> None:
    assert negative_facts("他没有迟到") == []
    assert [t for _s, t in negative_facts("他没交作业")] == ["没交作业"]


def test_data_file_is_loaded() -> None:
    assert "打架" in NEGATIVE_FACTS and all(NEGATIVE_FACTS)


def test_declaration() -> None:
    spec = r15_student_privacy.classmod_declare_rule()
    assert spec.roles == ALL_ROLES
    assert (spec.id, spec.category) == ("R15", Category.STUDENT_PRIVACY)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("张子涵把我家孩子的书撕了，他家长能不能管管？", "p_he_mom"),
        ("何雨彤是不是有多动症啊，上课老打扰别人", "p_zhang_dad"),
        ("这周卫生检查不合格的值日小组：何雨彤、张子涵，罚扫一周", "t_zhou"),
        ("请李明轩家长注意，孩子最近上课总睡觉，成绩下滑厉害", "t_wang"),
        ("张子涵今天拿了同学的文具不还，已经批评教育", "t_li"),
        ("李 明 轩 上 课 老 讲 话", "t_zhou"),  # spaced
    ],
)
def test_more_negative_facts(text: str, sender: str) -> None:
    assert check(text, sender=sender)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("张子涵上课总是很认真，值得表扬", "t_zhou"),
        ("何雨彤上课经常举手发言", "t_zhou"),
        ("何雨彤从不打扰别人", "t_zhou"),
        ("我家何雨彤把书撕了，我让她粘好", "p_he_mom"),  # own child
        ("谢谢张子涵把我家孩子的书捡回来", "p_he_mom"),
    ],
)
def test_praise_and_own_child_stay_clean(text: str, sender: str) -> None:
    assert check(text, sender=sender) == []


def test_a_parent_speaking_to_another_family_does_not_name_their_child() -> None:
    # "何雨彤妈妈别担心 … 也哭了一早上" comforts a family: the crying is the sender's own child's
    comfort = "何雨彤妈妈别担心，刚开学都这样，我家也哭了一早上，过一周就好了"
    assert check(comfort, sender="p_guo_mom") == []
    # a teacher addressing the family reports on the pupil
    assert check("请何雨彤家长注意，孩子最近上课总睡觉，作业没交", sender="t_zhou")


@pytest.mark.parametrize(
    "text",
    ["雨彤妈妈，何雨彤这两周上课注意力也有些分散，课间常一个人坐着",
     "何雨彤确实入睡比较晚，晚饭也只吃小半碗", "何雨彤分数这块概念没吃透，最近两次小测都不理想"],
)  # fmt: skip
def test_negative_facts_with_adverbs_inside(text: str) -> None:
    assert check(text)


def test_positive_facts_in_the_same_forms_are_clean() -> None:
    assert check("何雨彤上课注意力很集中，成绩也一直很稳定") == []


@pytest.mark.parametrize(
    "text",
    ["明明是张子涵先推的何雨彤，凭什么两个一起罚", "李明轩又抢我家孩子的零食",
     "陈可欣故意踢他椅子好几次了", "问了，是张子涵先动手的"],
)  # fmt: skip
def test_harm_to_another_child_in_the_forms_parents_tell_it(text: str) -> None:
    assert check(text, sender="p_guo_mom"), text


@pytest.mark.parametrize(
    "text",
    ["张子涵推荐的绘本很好看", "李明轩今天先打电话给我了", "陈可欣上课抢答特别积极",
     "张子涵周末踢球进了两个"],
)  # fmt: skip
def test_the_same_verbs_in_harmless_talk(text: str) -> None:
    assert check(text, sender="p_guo_mom") == [], text


def test_a_teacher_answering_the_family_and_taking_it_private() -> None:
    assert check("何雨彤妈妈，就错了一道应用题，问题不大，晚上我们私聊说说") == []
    assert check("何雨彤妈妈您先冷静，孩子被欺负的事学校一定严肃处理，我现在给您打电话") == []
    assert check("请何雨彤家长注意，孩子这周作业没交")


@pytest.mark.parametrize(
    "text",
    ["各位家长：今天上午张子涵情绪激动，把同桌的手背抓破了，已经消毒处理",
     "以下同学作业本周已三次未交：张子涵、李明轩，请家长配合督促。",
     "今天语文课陈可欣一直在玩橡皮，提醒了三次都没听，听写也错了一半",
     "李明轩又把我们孩子的铅笔盒扔垃圾桶了"],
)  # fmt: skip
def test_what_teachers_and_parents_report_in_their_own_words(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize(
    "text",
    ["今天数学课前，张子涵和李明轩因为抢篮球打起来了，李明轩脸上被抓破了，请两位家长放学后留一下",
     "李明轩最近上课也经常趴着睡，我找他聊过两次",
     "今天语文听写，张子涵、陈可欣错了一大半，请家长检查",
     "今天开放课我看到陈可欣一直在下面玩东西，根本没听课", "张 子 涵 上课总是走神"],
)  # fmt: skip
def test_fights_inattention_and_failure_in_other_words(text: str) -> None:
    assert check(text)


def test_bullying_told_by_the_victims_parent() -> None:
    text = "雨彤说今天吃饺子的时候陈可欣把醋倒她碗里了，还骂她"
    assert check(text, sender="p_he_mom")


@pytest.mark.parametrize(
    "text",
    ["前几天我家雨彤不小心把陈可欣的文具盒弄坏了，我们赔了一个新的，可欣爸爸别介意",
     "李明轩今天上课特别认真，没有走神", "张子涵和李明轩今天一起打篮球，玩得很开心"],
)  # fmt: skip
def test_ones_own_child_harming_and_kind_reports(text: str) -> None:
    assert check(text, sender="p_he_mom") == []


@pytest.mark.parametrize(
    "text",
    ["张子涵又拿铅笔戳她手背，都戳出印子了", "李明轩每次发脾气都抓我家孩子",
     "陈可欣成日喺小息扯雨彤孖辫", "问了，说是李明轩推的", "郭思远上堂唔专心",
     "张子涵每天晚上熄灯后还开着手电筒看小说，吵得别人睡不着"],
)  # fmt: skip
def test_poking_scratching_pulling_the_dormitory_night_and_inattention(text: str) -> None:
    assert check(text, sender="p_chen_dad")


@pytest.mark.parametrize(
    "text", ["李明轩抓到一只蝴蝶送给老师", "陈可欣的头发扎得真好看", "郭思远上课很专心"]
)
def test_the_same_verbs_in_good_news_are_no_fact(text: str) -> None:
    assert check(text, sender="p_chen_dad") == []


def test_a_teacher_reassuring_the_family_of_a_scrape_is_no_exposure() -> None:
    assert check("何雨彤妈妈，擦破点皮，已经消毒了，不用担心，放学您看一下就行。") == []


def test_cantonese_fights_and_punishments() -> None:
    assert check("今日郭思远同张子涵喺课室打交，两个都已经罚企咗一阵")


@pytest.mark.parametrize(
    "fact",
    ["昨晚尿床了，床单帮他洗了", "作文是照抄别人的", "课间追跑，额头起了个包", "乘法还没掌握",
     "这次考了班里倒数", "练习册一直没交"],
)  # fmt: skip
def test_more_kinds_of_negative_facts_about_a_named_pupil(fact: str) -> None:
    assert check(f"郭思远{fact}", sender="t_zhou"), fact


@pytest.mark.parametrize(
    "text", ["郭思远听不懂的地方可以问我", "郭思远的作文写得好，可以抄的句子我标出来了"]
)
def test_a_teacher_helping_a_named_pupil_is_no_negative_fact(text: str) -> None:
    assert check(text, sender="t_zhou") == []


def test_a_teacher_telling_a_family_to_take_a_post_down_says_nothing_of_the_pupil() -> None:
    assert (
        check("郭思远妈妈，请立即撤回。组织考试作弊是违法的，请不要上当。", sender="t_zhou") == []
    )
    # the pupil named after the family, with a fact, is still about the pupil
    assert check("郭思远妈妈，思远今天上课睡觉了", sender="t_zhou")


def test_a_standard_not_met_names_pupils() -> None:
    assert check("跳绳没达标的：何雨彤、郭思远，下周补测")
    assert check("何雨彤妈妈，食堂的供应商因为评价不达标被换了") == []  # the caterer


@pytest.mark.parametrize(
    "text",
    [
        "张子涵这两天午睡时又哭了，说想回家",
        "李明轩课间总是一个人在座位上，不太跟同学说话",
        "陈可欣在操场滑倒，膝盖磕破了，已经消毒",
        "郭思远在楼梯口抽电子烟，被值周老师看到了",
        "何雨彤昨晚在宿舍玩游戏到一点，手机已没收",
        "张子涵把同桌的作业本扔到垃圾桶里了",
    ],
)
def test_negative_facts_in_more_words(text: str) -> None:
    assert [v.category for v in check(text)] == [Category.STUDENT_PRIVACY], text


@pytest.mark.parametrize(
    "text",
    ["何雨彤今天笑得特别开心", "郭思远帮同学捡起了掉的书", "请张子涵明天带一个空瓶子做实验"],
)
def test_everyday_words_about_a_pupil_are_no_negative_fact(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "查寝时张子涵在被窝里用手机玩游戏，手机已经收了",
        "李明轩这周上课有点疲惫，作业正确率比上学期低",
        "陈可欣已经错过了两次初稿，请家长督促",
        "郭思远这周三天没来上学",
        "何雨彤今天被同学推到花坛里，膝盖破了",
    ],
)
def test_more_negative_facts_in_their_own_words(text: str) -> None:
    assert [v.category for v in check(text)] == [Category.STUDENT_PRIVACY], text


@pytest.mark.parametrize(
    "text",
    ["张子涵的手机我帮他收好了，放学来拿", "请李明轩明天来学校领奖状", "陈可欣的初稿写得很好"],
)
def test_a_pupils_things_and_praise_are_no_negative_fact(text: str) -> None:
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["张子涵又把我家孩子的铅笔拿走了，第三回了", "李明轩再敢抢我孙子的饭卡，我就去学校找",
     "陈可欣放学路上堵着同学要钱"],
)  # fmt: skip
def test_another_childs_things_taken_and_money_demanded(text: str) -> None:
    assert check(text, sender="p_he_mom"), text


@pytest.mark.parametrize(
    "text",
    ["张子涵把借的书拿走了吗？我们家的还在", "李明轩妈妈，钥匙帮我拿走了吧？谢谢",
     "陈可欣把奖状拿回家了，可高兴了"],
)  # fmt: skip
def test_things_taken_in_everyday_talk(text: str) -> None:
    assert check(text, sender="p_he_mom") == [], text
