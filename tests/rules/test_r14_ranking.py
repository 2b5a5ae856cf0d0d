from __future__ import annotations

import pytest
from classmod.rules.standard import r14_ranking

from classmod.hookspecs import ALL_ROLES
from classmod.model import Category, MessageKind, Severity
from classmod.testing import message_context


def check(text: str, sender: str = "t_li"):
    return r14_ranking.classmod_check_message(message_context(text, sender=sender))


@pytest.mark.parametrize(
    "text",
    [
        "本次数学单元测试排名：何雨彤、张子涵、李明轩",
        "这次期中考试何雨彤第一名，张子涵第二名",
        "何雨彤98分，张子涵95分，李明轩90分",
        "何雨彤 考了 100 分，大家向她学习",
        "何 雨 彤：98，张 子 涵：95",
        "满分的同学：何雨彤、陈可欣",
        "前三名是何雨彤、张子涵、郭思远",
        "倒数几名是李明轩和陈可欣，家长多督促",
        "雨彤这次考了96分",
        "第一名：王小明，第二名：李小华，第三名：赵小刚",
    ],
)
def test_rankings_and_scores_with_names_are_flagged(text: str) -> None:
    verdicts = check(text)
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.RANKING
    assert v.severity is Severity.MAJOR
    assert v.delete and v.needs_staff
    assert v.evidence


@pytest.mark.parametrize(
    "text",
    [
        "本次测试班级平均分85分，及格率95%，最高分100分",
        "表扬何雨彤、张子涵作业书写工整",
        "何雨彤在区作文比赛中获得一等奖",
        "祝贺何雨彤在区运动会跳绳比赛中获得第一名",
        "何雨彤明天8点到校",
        "请何雨彤同学把第15页的作业补交",
        "今天的作业：数学练习册第20页",
        "何雨彤迟到了10分钟",
        "各位家长，期中考试成绩已发到各位私信，请查收",
    ],
)
def test_clean_teacher_messages(text: str) -> None:
    assert check(text) == []


def test_single_bare_number_is_not_a_list() -> None:
    assert check("何雨彤 12 号值日") == []


def test_everyone_is_judged_by_declaration() -> None:
    spec = r14_ranking.classmod_declare_rule()
    assert spec.roles == ALL_ROLES
    assert (spec.id, spec.category) == ("R14", Category.RANKING)


def test_a_parent_posting_other_pupils_scores_is_ranking_but_not_their_own() -> None:
    def parent(text: str) -> list:
        return r14_ranking.classmod_check_message(message_context(text, sender="p_he_mom"))

    assert parent("张子涵这次考了100分，李明轩才78分")
    assert parent("何雨彤这次考了92分，排第5") == []  # her own child


@pytest.mark.parametrize(
    "text",
    ["跳绳比赛结果：第一名 张子涵 198个/分钟，第二名 李明轩 185个/分钟",
     "50米跑男子组张子涵第一名", "张子涵爸爸，学校不公布排名，具体情况我私聊您"],
)  # fmt: skip
def test_sports_places_and_a_refusal_to_rank_are_clean(text: str) -> None:
    assert r14_ranking.classmod_check_message(message_context(text, sender="t_zhou")) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("期中英语成绩排名.xlsx", "file"),
        ("9月月考成绩表（按总分排序）.xls", "file"),
        ("英语单元测试分数表（附名次）", "image"),
        ("期中考试各科成绩单", "image"),
        ("本次数学测验成绩排名如下", "text"),
    ],
)
def test_ranking_documents_without_names(text: str, kind: str) -> None:
    assert r14_ranking.classmod_check_message(
        message_context(text, sender="t_li", kind=MessageKind(kind))
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("期末成绩单已发放，请家长签字后带回", "text"),
        ("本次测验成绩已通过短信单独发给各位家长", "text"),
        ("本次考试不排名，请家长不要打听名次", "text"),
        ("本次考试我班平均分年级排名第二", "text"),
        ("班费收支明细（2026秋季）.xlsx", "file"),
        ("期中考试成绩已私发，请查收", "image"),
    ],
)
def test_private_or_class_level_results_pass(text: str, kind: str) -> None:
    ctx = message_context(text, sender="t_li", kind=MessageKind(kind))
    assert r14_ranking.classmod_check_message(ctx) == []


def test_order_of_results_and_class_contest_lists() -> None:
    assert check("古诗背诵：何雨彤第一个背完，张子涵第二，李明轩最后一个才过关")
    assert check("口算比赛前三名：何雨彤、张子涵、李明轩，祝贺他们！")
    assert check("本次听写全对的同学：何雨彤、张子涵")
    # an order that is not a result, and external or sports awards
    assert check("明天演讲顺序：何雨彤第一个，张子涵第二个") == []
    assert check("何雨彤在区口算比赛中获得第一名，张子涵第二名") == []
    assert check("运动会跳绳比赛第一名何雨彤，第二名张子涵") == []


def test_a_teacher_saying_ranks_stay_out_of_the_group_and_sports_places() -> None:
    assert check("王老师，排名表咱们不在群里发，我先帮您撤回了。成绩单周五让孩子带回。") == []
    assert check("校运会成绩：男子1500米第一名张子涵，女子跳高第二名何雨彤，为我们班争光！") == []
    assert check("数学测验排名：第一名张子涵98分，第二名何雨彤95分")


@pytest.mark.parametrize(
    "text",
    ["孙老师，月考会排名吗？", "蔡老师，期末成绩出来后会公布排名吗？",
     "学校规定成绩排名不公开，大家关注自己孩子的进步就好。", "叶老师，这次期中会按成绩分快慢班吗",
     "听说期末考试后要按成绩排下学期的座位", "月考成绩排名什么时候出"],
)  # fmt: skip
def test_talk_about_ranking_is_no_ranking(text: str) -> None:
    assert check(text) == []


def test_a_ranking_title_with_its_results_is_one() -> None:
    assert check("期中数学成绩排名：98、97、95、93")
    assert check("本次数学测验成绩排名如下")


def test_a_jielong_list_of_sizes_growing_is_no_ranking() -> None:
    from classmod.testing import make_message

    first = make_message("1. 何雨彤 33", sender="p_he_mom")
    second = make_message("1. 何雨彤 33\n2. 李子涵 32", sender="p_li_mom")
    ctx = message_context(
        "1. 何雨彤 33\n2. 李子涵 32\n3. 郭思远 34", sender="p_guo_mom", history=[first, second]
    )
    assert r14_ranking.classmod_check_message(ctx) == []
    # a teacher's list of scores is still one, and a parent posting it fresh too
    scores = "1. 何雨彤 98分\n2. 李子涵 95分\n3. 郭思远 90分"
    assert r14_ranking.classmod_check_message(message_context(scores, sender="p_guo_mom"))


def test_the_class_figures_beside_a_pupils_name_are_no_ranking() -> None:
    for text in (
        "物理班级平均71分，这次题目偏难，雨彤的卷子我明天单独跟她分析。",
        "何雨彤爸爸，期中数学我们班是年级第四，不是倒数。",
    ):
        assert check(text) == [], text
    assert check("何雨彤这次物理71分，班里第五名")


def test_the_classs_figures_do_not_hide_the_names_after_them() -> None:
    assert check("期中成绩：全班平均92.3，年级第四。前三名：何雨彤138、郭思远135、张子涵133")
    assert check("全班平均92.3，及格率98%，我们班年级第四") == []


def test_a_failing_mark_named_without_the_score_is_no_ranking() -> None:
    assert check("数学第一次小测，不及格的同学：何雨彤、张子涵，周末要订正。") == []
    assert check("单元测验不及格的：何雨彤52分、张子涵55分，明天中午补习。")
    assert check("满分的有何雨彤；不及格的有张子涵。")
