from __future__ import annotations

import timeit

import pytest

from classmod.text import (
    contact_numbers,
    contact_view,
    domain_in,
    extract_links,
    fold_digits,
    normalize,
    registered_domain,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＡＢＣ１２３", "abc123"),  # full-width
        ("加\u200bV\u200d信", "加v信"),  # zero-width characters
        ("微 信 ， 号", "微信号"),  # spaces and punctuation
        ("傻🙂逼！！", "傻逼"),  # emoji between characters
        ("後來髮型裡麵條", "后来发型里面条"),  # traditional characters
        ("вх", "bx"),  # Cyrillic look-alikes fold to Latin
        ("ⓥⓧ", "vx"),  # circled letters (NFKC)
        ("𝐯𝐱", "vx"),  # mathematical letters (NFKC)
        ("a\udcffb", "ab"),  # an invalid surrogate does not raise
        ("二〇二六年", "二〇二六年"),  # numerals are not folded here
        ("\x00\x07好\u202e的", "好的"),  # control characters
    ],
)
def test_normalize_folds_evasions(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_keeps_plain_text_and_is_idempotent() -> None:
    text = "孩子今天发烧请假，老师辛苦了！"
    assert normalize(text) == "孩子今天发烧请假老师辛苦了"
    assert normalize(normalize(text)) == normalize(text)


def test_normalize_is_precise_about_homophones_and_plus() -> None:
    # homophones and "+" belong to the lexicons and the contact view, not to normalize
    assert normalize("威信") == "威信"
    assert normalize("1+1=2") == "112"


def test_contact_view_reads_plus_as_jia_and_numerals_as_digits() -> None:
    assert contact_view("➕V：一三八一二三四五六七八") == "加v13812345678"
    assert contact_view("＋ｖ") == "加v"
    assert contact_view("一年级二班") == "一年级二班"
    # with the normalised text given and no plus sign, the second fold is skipped
    text = "家长电话壹叁捌零零零零零零零零"
    assert contact_view(text, normalize(text)) == contact_view(text)


def test_fold_digits_only_touches_long_runs() -> None:
    assert fold_digits("三八妇女节") == "三八妇女节"
    assert fold_digits("qq九八七六五四三") == "qq9876543"


def test_contact_numbers() -> None:
    assert contact_numbers("电话13812345678") == ("13812345678",)
    assert contact_numbers("qq2260771613") == ("2260771613",)
    assert contact_numbers("2026年9月7日第3题") == ()
    assert contact_numbers("邮编010010") == ()


@pytest.mark.parametrize(
    ("text", "host", "domain"),
    [
        (
            "学校公众号链接 https://www.example-school.cn/a/b?x=1。",
            "www.example-school.cn",
            "example-school.cn",
        ),
        ("看这个 t.cn/A6xyz", "t.cn", "t.cn"),
        ("dwz.cn/abc", "dwz.cn", "dwz.cn"),
        ("mp.weixin.qq.com/s/AbC-d_e", "mp.weixin.qq.com", "qq.com"),
        ("打开www.taobao.com看看", "www.taobao.com", "taobao.com"),
        ("baidu点com", "baidu.com", "baidu.com"),
        ("www . x . com", "www.x.com", "x.com"),
        ("ｗｗｗ．ｘｘ．ｃｏｍ", "www.xx.com", "xx.com"),
        ("http://192.168.1.1:8080/x", "192.168.1.1", "192.168.1.1"),
        ("a.b.example.edu.cn/x", "a.b.example.edu.cn", "example.edu.cn"),
        ("shop.example.com.cn", "shop.example.com.cn", "example.com.cn"),
    ],
)
def test_extract_links_finds_links_with_and_without_scheme(
    text: str, host: str, domain: str
) -> None:
    links = extract_links(text)
    assert [(link.host, link.registered_domain) for link in links] == [(host, domain)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr.Li 说 作业.docx 交了",
        "版本 v1.2.3",
        "邮箱 abc@qq.com",
        "下午3点30分放学",
        "数学卷子第3题怎么做",
        "e.g. 这样写",
        "homework.docx",
    ],
)
def test_extract_links_ignores_non_links(text: str) -> None:
    assert extract_links(text) == ()


def test_registered_domain_uses_the_public_suffix_list() -> None:
    assert registered_domain("www.moe.gov.cn") == "moe.gov.cn"
    assert registered_domain("basic.smartedu.cn") == "smartedu.cn"
    assert registered_domain("news.bbc.co.uk") == "bbc.co.uk"
    assert registered_domain("x.y.z.com.hk") == "z.com.hk"
    assert registered_domain("EXAMPLE.COM.") == "example.com"


def test_domain_in_matches_subdomains_only() -> None:
    assert domain_in("basic.smartedu.cn", ("smartedu.cn",))
    assert domain_in("smartedu.cn", ("smartedu.cn",))
    assert not domain_in("fakesmartedu.cn", ("smartedu.cn",))
    assert not domain_in("smartedu.cn.evil.com", ("smartedu.cn",))


def test_normalize_and_extract_links_are_cheap() -> None:
    text = "各位家长好，明天下午三点开家长会，请准时参加，谢谢配合！"
    normalize(text)  # warm the tables
    per_call = timeit.timeit(lambda: (normalize(text), extract_links(text)), number=2000) / 2000
    assert per_call < 50e-6  # generous: about 3 µs on a laptop core


def test_cantonese_is_read_in_mandarin_words() -> None:
    from classmod.text import mandarin_view

    assert normalize("你眼神唔好使就唔好喺度乱讲") == "你眼神不好使就不好在度乱讲"
    assert normalize("我哋听日唔俾仔女喺学校食饭") == "我们明天不给孩子在学校食饭"
    assert normalize("系唔系真㗎") == "是不是真的"
    # Mandarin words with 系 stay: only a Cantonese-only character turns the view on
    assert normalize("请联系老师，关系到孩子的学习系统") == "请联系老师关系到孩子的学习系统"
    assert mandarin_view("收到") == "收到"


def test_shanghainese_is_read_in_mandarin_words() -> None:
    assert normalize("侬讲话当心点，要侬管") == "你讲话当心点要你管"
    assert normalize("三年级小囡有必要这么卷伐？") == "三年级孩子有必要这么卷吗"
    assert normalize("阿拉小囡欢喜阿拉伯数字") == "我们孩子欢喜阿拉伯数字"
    # without 侬 or 囡 a text is Mandarin: 伐 and 阿拉 stay
    assert normalize("阿拉善盟的砍伐工作") == "阿拉善盟的砍伐工作"


def test_northern_and_south_western_words_are_read_in_mandarin() -> None:
    assert normalize("俺家娃儿说他交了") == "我家孩子说他交了"
    assert normalize("你那么激动干啥子") == "你那么激动干什么"
    assert normalize("娃娃们咋样") == "娃娃们怎么样"


def test_a_host_spelt_out_letter_by_letter_is_a_link() -> None:
    from classmod.text import extract_links

    hosts = lambda t: [link.host for link in extract_links(t)]  # noqa: E731
    assert hosts("入口 ➡ w n s r 8 8 . c c") == ["wnsr88.cc"]
    assert hosts("网 址 ： h t t p s : / / b o y a 8 8 . b e t") == ["boya88.bet"]
    assert hosts("照片看这里 → l a o y u e 点 t o p") == ["laoyue.top"]
    # single letters in a sentence, a numbered list: no host
    assert hosts("选 A B C 三个选项") == []
    assert hosts("1 . 抄写 2 . 朗读") == []
