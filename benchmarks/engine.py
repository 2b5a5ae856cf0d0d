"""Engine throughput, decision latency and state memory, beside a zero-rule baseline.

    .venv/bin/python benchmarks/engine.py [--messages 100000] [--groups 200] [--state-groups 10000]

Replays a synthetic but realistic class-group stream (teachers' notices, 收到 replies,
questions, photos, chit-chat and a few percent of violations with evasions) through the
engine with the full standard rule set, and through the same engine with no rules, in the
same run. Prints messages/s, p50/p99 decision time and the resident memory of the state of
many groups. Runs on one core (the engine is synchronous).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from classmod.capabilities import PLATFORM_CAPABILITIES
from classmod.config import default_rule_settings
from classmod.engine import Engine, GroupSetup
from classmod.model import (
    Group,
    Guardian,
    Member,
    Message,
    MessageKind,
    Platform,
    Role,
    Roster,
    Student,
)
from classmod.plugins import Host, make_plugin_manager

TZ = ZoneInfo("Asia/Shanghai")
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
    "许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
GIVEN = "子涵雨彤思远明轩可欣浩然梓萱俊熙欣怡宇航诗琪嘉怡博文晨阳一诺佳琪天佑若汐"
RELATIONS = ["妈妈", "爸爸", "奶奶", "外婆", "爷爷"]

CLEAN = [
    "老师辛苦了！",
    "请问明天需要穿校服吗？",
    "孩子今天有点发烧，请假一天，谢谢老师",
    "好的，谢谢老师",
    "今天的数学作业是练习册第12页",
    "请问周五几点放学？",
    "[图片]",
    "收到",
    "收到，谢谢老师",
    "👍",
    "孩子说今天的科学课很有意思",
    "请问校服在哪里订？",
    "作业已经拍照上传了",
    "老师，孩子的水杯落在教室了",
    "明天的家长会几点开始？",
    "谢谢老师的耐心指导",
    "请问体检要空腹吗",
    "孩子回家背了课文，进步很大",
]
NOTICES = [
    "各位家长好，明天上午学校组织体检，请孩子不要吃早餐，带好水杯。",
    "通知：本周五下午开家长会，请各位家长准时参加，收到请回复。",
    "今天的语文作业：1. 抄写第5课生字 2. 朗读课文三遍，请家长签字。",
    "下周一起学校实行新的作息时间，早上7:50前到校，请家长注意接送时间。",
]
VIOLATIONS = [
    "暑假托管班火热招生中，加 V 信 sun123 了解详情",
    "代购正品化妆品，需要的私聊我，➕ｖ：abc888",
    "帮我家孩子投个票吧，链接 www.vote-now.com/abc",
    "你脑子有病吧，天天在群里问",
    "今天股票大涨，大家买了吗",
    "听说明天全市停课，大家转发一下",
    "這個老師就是不負責任",
]


def make_roster(gid: str, rng: random.Random) -> Roster:
    teachers = (
        Member(id=f"{gid}-t0", role=Role.HEAD_TEACHER, name="周敏", subject="语文"),
        Member(id=f"{gid}-t1", role=Role.TEACHER, name="李建国", subject="数学"),
        Member(id=f"{gid}-t2", role=Role.TEACHER, name="王芳", subject="英语"),
    )
    students = []
    for i in range(47):
        name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2))
        students.append(
            Student(
                name=name,
                guardians=(Guardian(member_id=f"{gid}-p{i}", relation=rng.choice(RELATIONS)),),
            )
        )
    members = tuple(
        [Member(id=t.id, display_name=f"{t.subject}{t.name}") for t in teachers]
        + [
            Member(id=s.guardians[0].member_id, display_name=f"{s.name}{s.guardians[0].relation}")
            for s in students
        ]
    )
    return Roster(
        group_id=gid,
        teachers=teachers,
        students=tuple(students),
        supervisor=f"{gid}-p0",
        members=members,
    )


def setups(n_groups: int, rules: dict[str, object], seed: int = 7) -> list[GroupSetup]:
    rng = random.Random(seed)
    out = []
    for i in range(n_groups):
        gid = f"g{i}"
        group = Group(
            id=gid, platform=Platform.QQ, timezone=TZ, allowed_link_domains=("smartedu.cn",)
        )
        out.append(
            GroupSetup(
                group=group,
                roster=make_roster(gid, rng),
                rules=rules,
                capabilities=PLATFORM_CAPABILITIES[Platform.QQ],
            )
        )
    return out


def stream(gs: list[GroupSetup], n: int, seed: int = 11) -> list[Message]:
    rng = random.Random(seed)
    start = datetime(2026, 9, 7, 7, 30, tzinfo=TZ)
    msgs = []
    last_notice: dict[str, str] = {}
    for k in range(n):
        setup = gs[k % len(gs)]
        gid = setup.group.id
        ts = start + timedelta(seconds=k * 0.5)
        r = rng.random()
        members = setup.roster.members
        if r < 0.05:
            sender = members[rng.randrange(3)]
            text, reply = rng.choice(NOTICES), None
            last_notice[gid] = f"m{k}"
        else:
            sender = members[3 + rng.randrange(len(members) - 3)]
            if r < 0.30 and gid in last_notice:
                text, reply = rng.choice(["收到", "好的", "收到，谢谢老师", "👍"]), last_notice[gid]
            elif r < 0.95:
                text, reply = rng.choice(CLEAN), None
            else:
                text, reply = rng.choice(VIOLATIONS), None
        kind = MessageKind.IMAGE if text == "[图片]" else MessageKind.TEXT
        msgs.append(
            Message(
                id=f"m{k}",
                group_id=gid,
                sender_id=sender.id,
                display_name=sender.display_name,
                text=text,
                ts=ts,
                kind=kind,
                reply_to=reply,
            )
        )
    return msgs


def run(engine: Engine, msgs: list[Message]) -> tuple[float, list[float]]:
    lat = []
    gc.collect()
    t0 = time.perf_counter()
    for m in msgs:
        s = time.perf_counter()
        engine.handle_message(m)
        lat.append(time.perf_counter() - s)
    return time.perf_counter() - t0, lat


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--groups", type=int, default=200)
    ap.add_argument("--state-groups", type=int, default=10_000)
    args = ap.parse_args()

    host = Host(make_plugin_manager(entry_points=False))
    full = default_rule_settings({rid: r.spec for rid, r in host.rules.items()})
    print(f"rules: {', '.join(sorted(full))} ({len(full)})")
    print(f"stream: {args.messages:,} messages over {args.groups} groups of 50 members")
    print(f"{'engine':<14}{'msg/s':>10}{'p50 µs':>10}{'p99 µs':>10}{'max µs':>10}")
    for label, rules in (("zero rules", {}), ("all rules", full)):
        gs = setups(args.groups, rules)
        engine = Engine(host, gs)
        msgs = stream(gs, args.messages)
        run(engine, msgs[: min(2000, len(msgs))])  # warm up caches and lexicons
        engine = Engine(host, gs)
        elapsed, lat = run(engine, msgs)
        lat.sort()
        q = statistics.quantiles(lat, n=100)
        print(
            f"{label:<14}{len(msgs) / elapsed:>10,.0f}"
            f"{q[49] * 1e6:>10.1f}{q[98] * 1e6:>10.1f}{lat[-1] * 1e6:>10.0f}"
        )

    # state memory: many groups, each with a full history, member names and strikes
    gc.collect()
    before = rss_mb()
    gs = setups(args.state_groups, full, seed=3)
    gc.collect()
    rosters = rss_mb()
    engine = Engine(host, gs)
    for m in stream(gs, args.state_groups * 35, seed=5):
        engine.handle_message(m)
    replayed = args.state_groups * 35
    gc.collect()  # the input stream is gone; what the engine keeps of it (history) stays
    after = rss_mb()
    print(
        f"state: {args.state_groups:,} groups × 50 members, {replayed:,} messages replayed: "
        f"{after - before:,.0f} MB resident (rosters, rules, history, names, strikes)"
    )
    print(
        f"  of which rosters (config values, before the engine): {rosters - before:,.0f} MB; "
        f"engine and rule state: {after - rosters:,.0f} MB"
    )


if __name__ == "__main__":
    main()
