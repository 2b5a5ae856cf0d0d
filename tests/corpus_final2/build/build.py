#!/usr/bin/env python3
"""Build the blind labelled corpus tests/corpus_final2 deterministically (beside build/).

Episodes live in build/e1.py … build/e6.py as a small line DSL:
    @day 2026-09-07
    @ep tag
    HH:MM sender | text | content-labels | options
content-labels: comma separated categories judged by hand (LABELS.md).
Mechanical labels (membership, nickname, invite, quiet_hours, flood) are derived here
from the roster, display names, times and order, then merged into `expect`.
options: k=KEY (name this msg), rt=KEY|^ (quote; ^ = previous msg), kind=image|voice|file|
link_card|sticker, hn (hard negative), name=NEW (rename from now on), ex (urgent notice,
quiet-hours exempt).
"""
import json, os, random, re, sys, unicodedata, importlib
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

CATS = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor", "chat",
        "flood", "ack_reply", "slander", "incitement", "ranking", "student_privacy",
        "private_matter", "quiet_hours", "dispute"]
MECH = {"membership", "nickname", "invite", "quiet_hours", "flood"}
REL = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长"]
TZ = timezone(timedelta(hours=8))

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ["子墨", "欣怡", "梓轩", "诗涵", "宇航", "雨萱", "浩然", "可欣", "俊杰", "思彤", "博文", "佳怡",
         "泽宇", "梦琪", "皓轩", "语桐", "明哲", "婉清", "睿泽", "紫涵", "家豪", "雅琪", "天翊", "心悦",
         "嘉懿", "铭轩", "安琪", "宸宇", "若曦", "文博", "晨曦", "昊天", "依诺", "锦程", "沛然", "乐瑶",
         "彦霖", "思齐", "语嫣", "煜城", "舒然", "奕辰", "芷若", "承泽", "静怡", "子骞", "梓萌", "一航",
         "逸凡", "书涵", "景行", "初夏", "星河", "知远", "予安", "沐晴", "可乐", "恩熙", "润泽", "佳琪",
         "明轩", "雨泽", "欣然", "嘉树", "晓萌", "瑞希", "子悦", "玥彤", "泓毅", "念慈"]


def norm(text):
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = re.sub(r"\[[^\[\]]{1,8}\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def in_quiet(ts, qh):
    hm = ts.hour * 60 + ts.minute
    s = int(qh["start"][:2]) * 60 + int(qh["start"][3:])
    e = int(qh["end"][:2]) * 60 + int(qh["end"][3:])
    return (hm >= s or hm < e) if s > e else (s <= hm < e)


def valid_parent_name(display, children):
    return any(c in display for c in children) and any(r in display for r in REL)


def valid_teacher_name(display, subject):
    return subject in display


def build_group(mod):
    G = mod.GROUP
    gid = G["id"]
    rnd = random.Random(gid)
    teachers = G["teachers"]            # (id, name, subject, role, display)
    students = G["students"]            # (name, [(pid, rel, display, joined|None)])
    strangers = G["strangers"]          # (id, display, joined|None)
    used_given = {s[0][1:] for s in students}
    used_full = {s[0] for s in students}
    # fill families up to G["families"]
    n_fill = G["families"] - len(students)
    assert n_fill >= 0
    fill = []
    pool = [(s, g) for s in SURN for g in GIVEN]
    rnd.shuffle(pool)
    i = 0
    while len(fill) < n_fill:
        s, g = pool[i]; i += 1
        if g in used_given or (s + g) in used_full:
            continue
        used_given.add(g); used_full.add(s + g)
        rel = rnd.choice(["妈妈", "妈妈", "爸爸", "爸爸", "奶奶", "外婆"])
        pid = f"p_f{len(fill)+1:02d}_{gid}"
        fill.append((s + g, [(pid, rel, s + g + rel, None)]))
    all_students = list(students) + fill
    givens = [s[0][1:] for s in all_students]
    assert len(givens) == len(set(givens)), f"{gid}: given names not unique"
    guardian_children = defaultdict(list)
    for sname, gs in all_students:
        for pid, rel, disp, joined in gs:
            guardian_children[pid].append(sname)
    teacher_ids = {t[0]: t for t in teachers}
    head = [t[0] for t in teachers if t[3] == "head_teacher"]
    assert len(head) == 1
    members = []
    display = {}
    joined_of = {}
    for t in teachers:
        members.append({"id": t[0], "display_name": t[4]}); display[t[0]] = t[4]
    seen = set()
    for sname, gs in all_students:
        for pid, rel, disp, joined in gs:
            if pid in seen:
                continue
            seen.add(pid)
            m = {"id": pid, "display_name": disp}
            if joined:
                m["joined"] = joined; joined_of[pid] = joined
            members.append(m); display[pid] = disp
    stranger_ids = set()
    for sid, disp, joined in strangers:
        assert sid not in display, sid
        m = {"id": sid, "display_name": disp}
        if joined:
            m["joined"] = joined; joined_of[sid] = joined
        members.append(m); display[sid] = disp; stranger_ids.add(sid)
    roster = {
        "group": gid, "school": G["school"], "class": G["class"],
        "roster": {
            "teachers": [{"id": t[0], "name": t[1], "subject": t[2], "role": t[3]} for t in teachers],
            "supervisor": G["supervisor"],
            "students": [{"name": s, "guardians": [{"id": p, "relation": r} for p, r, _, _ in gs]}
                         for s, gs in all_students],
        },
        "members": members,
    }
    assert G["supervisor"] in guardian_children
    # ---- parse script
    msgs = []
    keys = {}
    day = None; ep = None
    cur_name = dict(display)
    first_seen = set()
    last_ts = None
    minute_count = Counter()
    for lineno, raw in enumerate(mod.SCRIPT.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@day "):
            day = line[5:].strip(); continue
        if line.startswith("@ep "):
            ep = line[4:].strip(); continue
        parts = [p.strip() for p in line.split("|")]
        assert 2 <= len(parts) <= 4, f"{gid} line {lineno}: {raw}"
        head_, text = parts[0], parts[1]
        labels = [l for l in (parts[2].split(",") if len(parts) > 2 else []) if l.strip()]
        labels = [l.strip() for l in labels]
        opts = parts[3].split() if len(parts) > 3 else []
        hm, sender = head_.split()
        text = text.replace("\\n", "\n")
        if text == "-":
            text = ""
        o = {"kind": "text", "rt": None, "hn": False, "ex": False, "k": None, "name": None}
        for op in opts:
            if op == "hn": o["hn"] = True
            elif op == "ex": o["ex"] = True
            elif "=" in op:
                a, b = op.split("=", 1); o[a] = b
            else:
                raise ValueError(f"{gid} line {lineno}: bad opt {op}")
        for l in labels:
            assert l in CATS, f"{gid} line {lineno}: unknown label {l}"
            assert l not in MECH, f"{gid} line {lineno}: mechanical label written by hand {l}"
        assert sender in display, f"{gid} line {lineno}: unknown sender {sender}"
        if o["name"]:
            cur_name[sender] = o["name"]
        key = (day, hm)
        minute_count[key] += 1
        sec = 3 + 9 * (minute_count[key] - 1) + (hash(sender) % 1 if False else 0)
        assert sec < 60, f"{gid} line {lineno}: too many msgs in one minute"
        ts = datetime.fromisoformat(f"{day}T{hm}:{sec:02d}").replace(tzinfo=TZ)
        assert last_ts is None or ts > last_ts, f"{gid} line {lineno}: time not increasing"
        last_ts = ts
        mid = f"{gid}-{len(msgs)+1:04d}"
        rt = None
        if o["rt"] == "^":
            rt = msgs[-1]["id"]
        elif o["rt"]:
            rt = keys[o["rt"]]
        if o["k"]:
            assert o["k"] not in keys, o["k"]
            keys[o["k"]] = mid
        assert o["kind"] in ("text", "image", "file", "link_card", "voice", "sticker")
        msgs.append({"id": mid, "ts": ts.isoformat(), "group": gid, "sender": sender,
                     "name": cur_name[sender], "text": text, "kind": o["kind"], "reply_to": rt,
                     "_labels": labels, "_ex": o["ex"], "hard_negative": o["hn"], "episode": ep})
    # ---- mechanical labels
    prev_sender = None; prev_norm = None; run = 0
    for m in msgs:
        exp = set(m.pop("_labels"))
        ex = m.pop("_ex")
        s = m["sender"]
        rostered = s in teacher_ids or s in guardian_children
        if s in stranger_ids:
            assert not rostered
        first = s not in first_seen
        first_seen.add(s)
        if first and not rostered:
            exp.add("membership")
        if first and rostered:
            ok = (valid_teacher_name(m["name"], teacher_ids[s][2]) if s in teacher_ids
                  else valid_parent_name(m["name"], guardian_children[s]))
            if not ok:
                exp.add("nickname")
        j = joined_of.get(s)
        if first and j and j.get("via") == "invite" and not j.get("approved", False) \
                and j.get("by") not in head:
            exp.add("invite")
        ts = datetime.fromisoformat(m["ts"])
        if in_quiet(ts, G["quiet_hours"]):
            if ex:
                assert s in teacher_ids or "ack" in m["episode"] or True
            else:
                exp.add("quiet_hours")
        else:
            assert not ex, f"{m['id']}: ex outside quiet hours"
        n = norm(m["text"])
        if n and s == prev_sender and n == prev_norm:
            run += 1
        else:
            run = 1 if n else 0
        prev_sender, prev_norm = s, n
        if run >= 3:
            exp.add("flood")
        m["expect"] = [c for c in CATS if c in exp]
    return G, roster, msgs


def main():
    groups = {}
    allmsgs = {}
    for g in ["e1", "e2", "e3", "e4", "e5", "e6"]:
        try:
            mod = importlib.import_module(g)
        except ModuleNotFoundError:
            continue
        G, roster, msgs = build_group(mod)
        groups[g] = {"school": G["school"], "class": G["class"], "grade": G["grade"],
                     "platform": G["platform"], "timezone": "Asia/Shanghai",
                     "quiet_hours": G["quiet_hours"],
                     "allowed_link_domains": G["domains"],
                     "transcript": f"transcripts/{g}.jsonl", "roster": f"rosters/{g}.yaml"}
        os.makedirs(os.path.join(OUT, "rosters"), exist_ok=True)
        os.makedirs(os.path.join(OUT, "transcripts"), exist_ok=True)
        with open(os.path.join(OUT, "rosters", f"{g}.yaml"), "w") as f:
            yaml.safe_dump(roster, f, allow_unicode=True, sort_keys=False)
        with open(os.path.join(OUT, "transcripts", f"{g}.jsonl"), "w") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        allmsgs[g] = msgs
    with open(os.path.join(OUT, "groups.yaml"), "w") as f:
        yaml.safe_dump({"groups": groups}, f, allow_unicode=True, sort_keys=False)
    ids = [m["id"] for ms in allmsgs.values() for m in ms]
    assert len(ids) == len(set(ids))
    tot = Counter(); clean = 0; hn = 0; n = 0
    for g, ms in allmsgs.items():
        c = Counter(l for m in ms for l in m["expect"])
        cl = sum(1 for m in ms if not m["expect"])
        print(f"{g}: {len(ms)} msgs, clean {cl} ({cl/len(ms):.0%}), hard_neg {sum(m['hard_negative'] for m in ms)}")
        tot += c; clean += cl; n += len(ms); hn += sum(m["hard_negative"] for m in ms)
    print(f"ALL: {n} msgs, clean {clean} ({clean/max(n,1):.0%}), hard_neg {hn}")
    for c in CATS:
        print(f"  {c:16s} {tot[c]}")
    if "-v" in sys.argv:
        for g, ms in allmsgs.items():
            for m in ms:
                mech = [l for l in m["expect"] if l in MECH]
                if mech:
                    print(m["id"], m["ts"][11:16], m["name"], mech, m["text"][:30].replace("\n", " "))


if __name__ == "__main__":
    main()
