from __future__ import annotations

import pytest
from classmod.rules.standard import r07_link
from classmod.rules.standard.r07_link import Settings, disallowed_links, link_kind

from classmod.model import Category, Severity, Verdict
from classmod.testing import make_group, message_context
from classmod.text import extract_links


def check(text: str, sender: str = "p_he_mom", **kw: object) -> list[Verdict]:
    return r07_link.classmod_check_message(message_context(text, sender=sender, **kw))


@pytest.mark.parametrize(
    ("text", "sub_rule"),
    [
        ("看看这个 https://www.xyz-game.com/play", "external"),
        ("www.taobao.com 有卖", "external"),
        ("x.cn/abc", "external"),
        ("t.cn/A6xyz 点开", "short_link"),
        ("dwz.cn/abc", "short_link"),
        ("mp.weixin.qq.com/s/AbCdEf", "external"),
        ("http://192.168.1.10:8080/x", "ip"),
        ("baidu 点 com", "external"),
        ("ｗｗｗ．ｐｏｒｎ．ｃｏｍ", "external"),
        ("HTTP://WWW.EVIL.CN/A", "external"),
    ],
)
def test_outside_links_are_caught(text: str, sub_rule: str) -> None:
    verdicts = check(text)
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.LINK
    assert v.severity is Severity.MINOR
    assert v.delete is True
    assert v.sub_rule == sub_rule
    assert v.evidence
    assert "链接" in v.reason


@pytest.mark.parametrize(
    "text",
    [
        "学校公众号链接 https://www.example-school.cn/news/1",
        "国家中小学智慧教育平台 https://basic.smartedu.cn/x",
        "作业.docx 已上传",
        "Mr.Li 说明天交",
        "数学卷子第3题怎么做",
        "下午3点30分放学",
        "老师的邮箱 teacher@qq.com",
    ],
)
def test_allowed_links_and_non_links_pass(text: str) -> None:
    assert check(text) == []


def test_group_allowlist_and_settings() -> None:
    text = "mp.weixin.qq.com/s/AbCdEf"
    assert check(text)
    assert check(text, settings=Settings(extra_allowed_domains=("mp.weixin.qq.com",))) == []
    group = make_group(allowed_link_domains=("qq.com",))
    assert check(text, group=group) == []
    # LABELS.md: only the group's allowlist decides; gov/edu sites pass only when asked to
    assert check("教育部通知 www.moe.gov.cn/jyb")
    assert check("大学招生网 https://zs.example.edu.cn")
    assert check("www.moe.gov.cn", settings=Settings(allow_gov_edu=True)) == []


def test_short_links_are_never_allowed() -> None:
    group = make_group(allowed_link_domains=("t.cn",))
    assert check("t.cn/xyz", group=group)[0].sub_rule == "short_link"


def test_teachers_are_judged_too() -> None:
    # LABELS.md General 3: links are judged for teachers too (the policy alerts, not mutes)
    spec = r07_link.classmod_declare_rule()
    assert spec.seed_clauses == ("3.7",)
    from classmod.model import Role

    assert Role.TEACHER in spec.roles
    assert check("请填写问卷 https://www.wjx.cn/vm/abc.aspx", sender="t_zhou")


def test_pure_helpers() -> None:
    links = extract_links("a https://basic.smartedu.cn/x b https://evil.com")
    assert [(k, link.host) for k, link in disallowed_links(links, ("smartedu.cn",))] == [
        ("external", "evil.com")
    ]
    assert link_kind(links[0], ("smartedu.cn",)) == ""
