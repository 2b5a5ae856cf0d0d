"""Generate the corpus_spam5 bundle from the sources in this folder.

    /work/main/.venv/bin/python tests/corpus_spam5/build/build.py

Deterministic (fixed seed); standard library + pyyaml. Rewrites groups.yaml, rosters/
and transcripts/ one level up. Fails loudly when a source breaks a constraint the
bundle promises (a link where none is labelled, a duplicate after normalisation, a
pupil's name in a text).
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import src_abuse  # noqa: E402
import src_commerce  # noqa: E402
import src_fraud  # noqa: E402
import src_neg_a  # noqa: E402
import src_neg_b  # noqa: E402
import src_porn_gamble  # noqa: E402
import src_threads  # noqa: E402
import src_trade_spam  # noqa: E402
from lib import foreign_hosts, normalise  # noqa: E402

SEED = 20260907
TZ = dt.timezone(dt.timedelta(hours=8))

GROUPS = [
    dict(gid="t1", platform="wechat", school="青山区实验小学", cls="二年级(3)班", grade=2,
         dom="qsyx.edu.cn", edu="qsjyj.gov.cn", slug="qsyx", quiet=("20:00", "07:00"),
         teachers=[("周", "zhou", "敏", "语文", "head_teacher"), ("李", "li", "建国", "数学", "teacher"),
                   ("陈", "chen", "悦", "英语", "teacher")]),
    dict(gid="t2", platform="qq", school="河西路小学", cls="四年级(1)班", grade=4,
         dom="hxlxx.cn", edu="hxedu.gov.cn", slug="hxlxx", quiet=("21:00", "07:00"),
         teachers=[("王", "wang", "芳", "英语", "head_teacher"), ("赵", "zhao", "立群", "数学", "teacher")]),
    dict(gid="t3", platform="matrix", school="滨湖外国语学校", cls="五年级(2)班", grade=5,
         dom="bhwgy.org.cn", edu="bhjy.gov.cn", slug="bhwgy", quiet=("20:00", "07:30"),
         teachers=[("孙", "sun", "海燕", "数学", "head_teacher"), ("钱", "qian", "晓", "语文", "teacher"),
                   ("吴", "wu", "凯", "科学", "teacher")]),
    dict(gid="t4", platform="wechat", school="东城区育才小学", cls="三年级(5)班", grade=3,
         dom="dcyc.edu.cn", edu="dcedu.gov.cn", slug="dcyc", quiet=("20:00", "07:00"),
         teachers=[("刘", "liu", "静", "语文", "head_teacher"), ("黄", "huang", "志强", "体育", "teacher")]),
    dict(gid="t5", platform="qq", school="南山第二小学", cls="六年级(4)班", grade=6,
         dom="ns2x.net", edu="nsjy.gov.cn", slug="ns2x", quiet=("20:30", "06:30"),
         teachers=[("郑", "zheng", "丽华", "数学", "head_teacher"), ("冯", "feng", "涛", "英语", "teacher")]),
    dict(gid="t6", platform="matrix", school="江北新区星河小学", cls="一年级(1)班", grade=1,
         dom="xinghe-xx.cn", edu="jbxq-edu.gov.cn", slug="xinghe", quiet=("20:00", "07:00"),
         teachers=[("何", "he", "雪", "语文", "head_teacher"), ("高", "gao", "明", "音乐", "teacher"),
                   ("林", "lin", "琳", "数学", "teacher")]),
]
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ["子轩", "梓涵", "雨桐", "浩然", "欣怡", "一诺", "宇航", "诗涵", "俊杰", "思琪", "铭泽", "可馨",
         "博文", "语嫣", "天佑", "佳怡", "子墨", "雨萱", "皓宇", "若汐", "嘉懿", "晨阳", "梦瑶", "奕辰",
         "书瑶", "泽宇", "安琪", "俊熙", "紫萱", "明轩", "芷若", "睿哲", "婉清", "锦程", "思远", "语桐",
         "沐阳", "欣妍", "昊天", "静怡", "子豪", "一凡", "艺涵", "承泽", "清妍", "逸飞", "乐瑶", "景行"]
RELATIONS = ["妈妈", "爸爸", "妈妈", "爸爸", "妈妈", "奶奶", "爷爷", "外婆", "外公", "姥姥", "姥爷", "家长"]


def pinyin_id(rng: random.Random, platform: str, tag: str) -> str:
    if platform == "qq":
        return str(rng.randint(100_000_000, 3_999_999_999))
    if platform == "matrix":
        return f"@{tag}{rng.randint(10, 99)}:chat.{rng.choice(['jxhome', 'xiaoyuan', 'homeschool'])}.org"
    return "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12))


def make_roster(rng: random.Random, g: dict, used_names: set[str]) -> dict:
    students, guardians = [], []
    n = rng.randint(16, 20)
    while len(students) < n:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if name in used_names:
            continue
        used_names.add(name)
        k = 1 if rng.random() < 0.55 else 2
        rels = []
        while len(rels) < k:
            r = rng.choice(RELATIONS)
            if r not in rels:
                rels.append(r)
        gs = []
        for r in rels:
            gid = pinyin_id(rng, g["platform"], f"p{len(guardians) + 1:02d}")
            gs.append({"id": gid, "relation": r})
            guardians.append({"id": gid, "display_name": name + r, "student": name})
        students.append({"name": name, "guardians": gs})
    teachers = []
    for sur, py, given, subject, role in g["teachers"]:
        tid = pinyin_id(rng, g["platform"], f"t_{py}")
        teachers.append({"id": tid, "name": sur + given, "subject": subject, "role": role,
                         "display_name": subject + sur + given})
    return {"students": students, "guardians": guardians, "teachers": teachers}


def load_units() -> list[dict]:
    units = []
    for mod in (src_porn_gamble, src_fraud, src_trade_spam, src_commerce, src_abuse,
                src_threads, src_neg_a, src_neg_b):
        units.extend(mod.SOURCES)
    return units


PLATFORM_HINTS = {
    "matrix": ("telegram", "t.me", "tg：", "tg频道", "飞机", "@", "whatsapp", "usdt"),
    "qq": ("扣扣", "企鹅", "qq", "q：", "q群", "群号"),
    "wechat": ("朋友圈", "v信", "vx", "微信", "威信", "薇", "绿泡泡", "卫星", "公众号"),
}


def preferred_platform(unit: dict) -> str | None:
    text = " ".join(m["text"] for m in unit["msgs"]).lower()
    for plat, words in PLATFORM_HINTS.items():
        if any(w in text for w in words):
            return plat
    return None


def resolve(text: str, g: dict) -> str:
    head = g["teachers"][0]
    return (text.replace("{DOM}", g["dom"]).replace("{EDU}", g["edu"])
            .replace("{FAKE}", g["slug"] + "-jiaofei.com").replace("{HT_PY}", head[1])
            .replace("{HT}", head[0]).replace("{SCHOOL}", g["school"]))


def next_weekday(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def main() -> int:
    rng = random.Random(SEED)
    used: set[str] = set()
    rosters = {g["gid"]: make_roster(rng, g, used) for g in GROUPS}

    units = load_units()
    rng.shuffle(units)
    per_group: dict[str, list[dict]] = {g["gid"]: [] for g in GROUPS}
    size = {g["gid"]: 0 for g in GROUPS}
    for u in units:
        pref = u.get("plat") or preferred_platform(u)
        cands = [g["gid"] for g in GROUPS]
        if pref and rng.random() < 0.7:
            cands = [g["gid"] for g in GROUPS if g["platform"] == pref]
        low = min(size[c] for c in cands)
        pick = rng.choice([c for c in cands if size[c] <= low + 3])
        per_group[pick].append(u)
        size[pick] += len(u["msgs"])

    errors: list[str] = []
    seen_norm: dict[str, str] = {}
    all_names = {s["name"] for r in rosters.values() for s in r["students"]}
    all_names |= {t["name"] for r in rosters.values() for t in r["teachers"]}
    lines_by_group: dict[str, list[dict]] = {}
    for g in GROUPS:
        gid = g["gid"]
        allowed = [g["dom"], "smartedu.cn", g["edu"]]
        guardians = rosters[gid]["guardians"]
        day = dt.date(2026, 9, 7)
        clock = dt.datetime.combine(day, dt.time(9, rng.randint(0, 25), rng.randint(0, 59)), TZ)
        lines: list[dict] = []
        for u in per_group[gid]:
            n = len(u["msgs"])
            start = clock + dt.timedelta(seconds=rng.randint(120, 3300))
            end_estimate = start + dt.timedelta(minutes=6 * n)
            if (start.date() != clock.date() or end_estimate.date() != start.date()
                    or end_estimate.time() > dt.time(17, 58)):
                day = next_weekday(clock.date())
                start = dt.datetime.combine(day, dt.time(9, rng.randint(0, 30), rng.randint(0, 59)), TZ)
            # distinct people for the roles of a thread
            roles = sorted({m["role"] for m in u["msgs"]})
            people = rng.sample(guardians, len(roles))
            who = dict(zip(roles, people))
            t = start
            ids: list[str] = []
            for i, m in enumerate(u["msgs"]):
                if i:
                    t = t + dt.timedelta(seconds=rng.randint(25, 330))
                mid = f"{gid}-{len(lines) + 1:04d}"
                ids.append(mid)
                text = resolve(m["text"], g)
                p = who[m["role"]]
                line = {"id": mid, "ts": t.isoformat(), "group": gid, "sender": p["id"],
                        "name": p["display_name"], "text": text, "kind": m["kind"],
                        "reply_to": ids[m["reply"]] if m["reply"] is not None else None,
                        "expect": m["expect"], "family": u["family"]}
                lines.append(line)
                key = normalise(text)
                if not key:
                    errors.append(f"{mid}: text normalises to nothing")
                if key in seen_norm:
                    errors.append(f"{mid}: same normalised text as {seen_norm[key]}: {text}")
                seen_norm[key] = mid
                has_link = bool(foreign_hosts(text, allowed))
                if has_link != ("link" in m["expect"]):
                    errors.append(f"{mid}: link label {('link' in m['expect'])} but hosts "
                                  f"{sorted(foreign_hosts(text, allowed))}: {text}")
                for nm in all_names:
                    if nm in text:
                        errors.append(f"{mid}: contains roster name {nm}")
            clock = t
        lines_by_group[gid] = lines

    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} errors; nothing written", file=sys.stderr)
        return 1

    (OUT / "rosters").mkdir(exist_ok=True)
    (OUT / "transcripts").mkdir(exist_ok=True)
    groups_doc = {"groups": {}}
    for g in GROUPS:
        gid = g["gid"]
        groups_doc["groups"][gid] = {
            "school": g["school"], "class": g["cls"], "grade": g["grade"],
            "platform": g["platform"], "timezone": "Asia/Shanghai",
            "quiet_hours": {"start": g["quiet"][0], "end": g["quiet"][1]},
            "allowed_link_domains": [g["dom"], "smartedu.cn", g["edu"]],
            "transcript": f"transcripts/{gid}.jsonl", "roster": f"rosters/{gid}.yaml",
        }
        r = rosters[gid]
        roster_doc = {
            "group": gid, "school": g["school"], "class": g["cls"],
            "roster": {
                "teachers": [{k: t[k] for k in ("id", "name", "subject", "role")} for t in r["teachers"]],
                "supervisor": r["guardians"][0]["id"],
                "students": r["students"],
            },
            "members": ([{"id": t["id"], "display_name": t["display_name"]} for t in r["teachers"]]
                        + [{"id": p["id"], "display_name": p["display_name"]} for p in r["guardians"]]),
        }
        (OUT / "rosters" / f"{gid}.yaml").write_text(
            yaml.safe_dump(roster_doc, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
        with open(OUT / "transcripts" / f"{gid}.jsonl", "w", encoding="utf-8") as fh:
            for line in lines_by_group[gid]:
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    (OUT / "groups.yaml").write_text(
        yaml.safe_dump(groups_doc, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    total = sum(len(v) for v in lines_by_group.values())
    print(f"wrote {total} messages in {len(GROUPS)} groups to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
