"""Shared helpers for the blind spam development corpus (bundles spam_a / spam_b).

Messages live in build_a.py / build_b.py.  This module only holds obfuscation helpers,
roster/schedule generation, the bundle writer and the format checks.

Message source format: one entry per line, "CODES|text".  CODES are label letters:
  I = illegal, A = ad, L = link, B = abuse;  "-" = clean (hard negative).
For hard negatives a second letter says who posts it: "-T" teacher, "-P" parent.
Placeholders filled deterministically at build time:
  {QQ} obfuscated QQ number, {WX} wechat id, {TG} telegram handle (with @),
  {DOM} spam bare domain (-> needs L), {URL} spam URL with scheme (-> needs L),
  {PH} phone number (maybe obfuscated), {N} small number, {SD} the group's allowed
  school domain (clean), {CARD} bank card number.
"""
import json
import random
import re
import datetime as dt
from pathlib import Path

import yaml

CATEGORIES = {"membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
              "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
              "student_privacy", "private_matter", "quiet_hours", "dispute"}
CODE2CAT = {"I": "illegal", "A": "ad", "L": "link", "B": "abuse"}

CN_DIG = "零一二三四五六七八九"
CN_DIG_BIG = "零壹贰叁肆伍陆柒捌玖"
CIRC = "⓪①②③④⑤⑥⑦⑧⑨"
FW = "０１２３４５６７８９"


def obf_digits(rng, s, mode=None):
    mode = mode or rng.choice(["plain", "cn", "big", "fw", "space", "circ", "mix", "dash"])
    if mode == "plain":
        return s
    if mode == "cn":
        return "".join(CN_DIG[int(c)] if c.isdigit() else c for c in s)
    if mode == "big":
        return "".join(CN_DIG_BIG[int(c)] if c.isdigit() else c for c in s)
    if mode == "fw":
        return "".join(FW[int(c)] if c.isdigit() else c for c in s)
    if mode == "space":
        return " ".join(s)
    if mode == "circ":
        return "".join(CIRC[int(c)] if c.isdigit() else c for c in s)
    if mode == "dash":
        return "-".join(s[i:i + 3] for i in range(0, len(s), 3))
    out = []
    for c in s:
        if c.isdigit():
            out.append(rng.choice([c, CN_DIG[int(c)], FW[int(c)], CN_DIG_BIG[int(c)]]))
        else:
            out.append(c)
    return "".join(out)


LETTERS = "abcdefghjkmnpqrstuvwxyz"
TLDS = ["top", "xyz", "vip", "cc", "com", "net", "club", "site", "shop", "icu", "fun", "me", "app",
        "cn", "live", "life", "wang", "pro", "info", "bet", "asia"]
SPAM_WORDS = ["ku", "bo", "vip", "hg", "yl", "bet", "jm", "ys", "av", "hh", "lu", "fx", "am", "ok",
              "cai", "pj", "sm", "qy", "tt", "dd", "xs", "88", "66", "999", "168", "app", "go"]


def rand_domain(rng):
    a = rng.choice(SPAM_WORDS) + rng.choice(SPAM_WORDS + [""]) + str(rng.randint(1, 999)) * rng.randint(0, 1)
    return f"{a}.{rng.choice(TLDS)}"


def rand_url(rng):
    d = rand_domain(rng)
    path = "".join(rng.choice(LETTERS + "0123456789") for _ in range(rng.randint(4, 8)))
    sub = rng.choice(["", "www.", "m.", "h5.", "app."])
    return f"{rng.choice(['https', 'http'])}://{sub}{d}/{rng.choice(['', '#/', '?c='])}{path}"


def rand_wx(rng):
    base = rng.choice(["lm", "xx", "tt", "qq", "yy", "zh", "wx", "ok", "mm", "ab", "vip", "kf", "jj",
                       "xiao", "tian", "ai", "bb", "hh", "miss", "lucky"])
    num = str(rng.randint(10, 99999))
    w = base + rng.choice(["", "_", "-"]) + num
    return obf_digits(rng, w, rng.choice(["plain", "plain", "fw", "space", "mix"]))


def rand_qq(rng):
    n = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(7, 9)))
    return obf_digits(rng, n)


def rand_tg(rng):
    base = rng.choice(["kf", "dan", "hui", "xx", "boss", "laoge", "ok", "vip", "zhuan", "fuli",
                       "a", "tiger", "long", "bao", "jin", "hw", "cn", "qiang"])
    return "@" + base + rng.choice(["", "_", ""]) + rng.choice(["88", "666", "9", "2026", "bot",
                                                                  "_bot", "01", "77", "Service", "hk"])


def rand_phone(rng):
    n = "1" + rng.choice("3456789") + "".join(str(rng.randint(0, 9)) for _ in range(9))
    return obf_digits(rng, n, rng.choice(["plain", "plain", "dash", "space", "cn", "fw", "mix"]))


def rand_card(rng):
    return "62" + "".join(str(rng.randint(0, 9)) for _ in range(16))


DOMAIN_RE = re.compile(r"(?i)(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|cn|top|xyz|vip|cc|net|club|site|shop|icu|"
                       r"fun|me|app|live|life|wang|pro|info|bet|asia|org|io|co|tk|link|ly)(?![a-z])")


def fill(rng, text, school_domain):
    def rep(m):
        k = m.group(1)
        if k == "QQ":
            return rand_qq(rng)
        if k == "WX":
            return rand_wx(rng)
        if k == "TG":
            return rand_tg(rng)
        if k == "DOM":
            return rand_domain(rng)
        if k == "URL":
            return rand_url(rng)
        if k == "PH":
            return rand_phone(rng)
        if k == "N":
            return str(rng.choice([3, 5, 6, 8, 10, 12, 15, 18, 20, 30, 50]))
        if k == "SD":
            return school_domain
        if k == "CARD":
            return rand_card(rng)
        raise KeyError(k)
    return re.sub(r"\{([A-Z]+)\}", rep, text)


def parse_block(block, family):
    """Parse 'CODES|text' lines into message dicts."""
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        codes, text = line.split("|", 1)
        codes = codes.strip()
        uncertain = "?" in codes
        codes = codes.replace("?", "")
        who = "P"
        if codes.startswith("-"):
            labels = []
            if len(codes) > 1:
                who = codes[1]
        else:
            labels = [CODE2CAT[c] for c in codes]
        kind = "text"
        if text.startswith("CARD::"):
            kind = "link_card"
            text = text[len("CARD::"):]
        m = {"text": text.strip(), "labels": labels, "family": family, "who": who, "kind": kind,
             "uncertain": uncertain}
        if who == "R":
            m["who"] = "T"
            assert out and out[-1]["family"] == 8 and out[-1]["who"] == "P"
            out[-1].setdefault("followups", []).append(m)
            continue
        out.append(m)
    return out


# ---------------------------------------------------------------- rosters
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN1 = list("子梓浩宇雨欣思俊一诗嘉可佳若semi".replace("semi", "") + "晨睿博铭语书泽涵逸沐清安乐承景奕依雅芷梦文天明")
GIVEN2 = list("涵轩萱彤琪瑶辰阳然宁怡妍霖睿哲航杰琳菲晴璇淇桐桥远航豪鑫洋悦蕊婷川岚澄舟朗楠")
RELS = ["妈妈", "妈妈", "妈妈", "爸爸", "爸爸", "奶奶", "爷爷", "外婆", "外公", "姥姥", "家长"]
REL_PINYIN = {"妈妈": "ma", "爸爸": "ba", "奶奶": "nai", "爷爷": "ye", "外婆": "wp", "外公": "wg",
              "姥姥": "ll", "家长": "jz"}
SUFFIX = ["", "", "", "", "", "", "⚽", "🌻", "🌸", "（二胎）", "🍀", "😊"]
SUBJECTS = ["语文", "数学", "英语", "科学", "美术", "音乐", "体育", "道德与法治", "信息"]


def make_roster(rng, gid, n_families, used_names):
    teachers = []
    subjects = ["语文", "数学", "英语"] + rng.sample(SUBJECTS[3:], rng.randint(1, 2))
    for i, subj in enumerate(subjects):
        while True:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN1 + GIVEN2) + rng.choice(["", rng.choice(GIVEN2)])
            if name not in used_names:
                used_names.add(name)
                break
        tid = f"t_{gid}_{i}"
        role = "head_teacher" if i == 0 else "teacher"
        disp = f"{subj}{name}" + ("（班主任）" if i == 0 else "")
        teachers.append({"id": tid, "name": name, "subject": subj, "role": role, "display": disp})
    students, guardians = [], []
    names = set()
    while len(students) < n_families:
        nm = rng.choice(SURNAMES) + rng.choice(GIVEN1) + rng.choice(GIVEN2)
        if rng.random() < 0.15:
            nm = rng.choice(SURNAMES) + rng.choice(GIVEN1 + GIVEN2)
        if nm in names:
            continue
        names.add(nm)
        k = len(students)
        rels = rng.sample(["妈妈", "爸爸", "奶奶", "爷爷", "外婆", "外公", "姥姥", "家长"], 2)
        if rng.random() < 0.7:
            rels[0] = "妈妈"
            if rels[1] == "妈妈":
                rels[1] = "爸爸"
        rels = rels[: 1 if rng.random() < 0.35 else 2]
        gl = []
        for r in rels:
            gidm = f"p_{gid}_{k:02d}_{REL_PINYIN[r]}"
            disp = nm + r + rng.choice(SUFFIX)
            gl.append({"id": gidm, "relation": r})
            guardians.append({"id": gidm, "display": disp, "child": nm})
        students.append({"name": nm, "guardians": gl})
    return teachers, students, guardians


# ---------------------------------------------------------------- schedule
def school_days(start, n):
    d = start
    out = []
    while len(out) < n:
        if d.weekday() < 5 and not (dt.date(d.year, 10, 1) <= d <= dt.date(d.year, 10, 8)):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def schedule_group(rng, msgs, teachers, guardians, start_date):
    """Assign times and senders. msgs is the ordered list for the group (already shuffled)."""
    tz = dt.timezone(dt.timedelta(hours=8))
    days = school_days(start_date, 60)
    day_i = 0
    t = dt.datetime.combine(days[0], dt.time(9, 0), tz) + dt.timedelta(minutes=rng.randint(0, 20))
    last_post = {}
    last_sender = None
    queue = list(msgs)
    placed = []
    prev_family = None
    while queue:
        # pick first message in the head window that can be placed
        chosen = None
        window = 1 if queue[0].get("forced") else min(8, len(queue))
        for qi in range(window):
            m = queue[qi]
            if m["family"] == 7 and prev_family == 7:
                continue
            pool = teachers if m["who"] == "T" else guardians
            elig = [p for p in pool if p["id"] != last_sender and
                    (p["id"] not in last_post or (t - last_post[p["id"]]).total_seconds() >= 3700)]
            if elig:
                chosen = (qi, rng.choice(elig))
                break
        if chosen is None:
            t += dt.timedelta(minutes=15)
        else:
            qi, p = chosen
            m = queue.pop(qi)
            m = dict(m)
            m["ts"] = t
            m["sender"] = p["id"]
            m["name"] = p["display"]
            placed.append(m)
            for fu in reversed(m.pop("followups", [])):
                fu = dict(fu)
                fu["forced"] = True
                fu["reply_idx"] = len(placed) - 1
                queue.insert(0, fu)
            last_post[p["id"]] = t
            last_sender = p["id"]
            prev_family = m["family"]
            t += dt.timedelta(minutes=rng.choice([8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 22, 25, 28, 31, 35, 40]),
                              seconds=rng.randint(0, 59))
        if t.time() > dt.time(17, 25):
            day_i += 1
            t = dt.datetime.combine(days[day_i], dt.time(9, 0), tz) + dt.timedelta(minutes=rng.randint(0, 25))
    return placed


# ---------------------------------------------------------------- writer + checks
def build_bundle(out_dir, seed, groups_spec, messages, start_date):
    """groups_spec: list of dicts {gid, school, class, grade, platform, domain, n_families}."""
    rng = random.Random(seed)
    out = Path(out_dir)
    (out / "rosters").mkdir(parents=True, exist_ok=True)
    (out / "transcripts").mkdir(parents=True, exist_ok=True)
    for f in (out / "transcripts").glob("*.jsonl"):
        f.unlink()
    used = set()
    msgs = list(messages)
    rng.shuffle(msgs)
    # deal messages to groups round-robin
    per = {g["gid"]: [] for g in groups_spec}
    for i, m in enumerate(msgs):
        per[groups_spec[i % len(groups_spec)]["gid"]].append(m)
    groups_yaml = {"groups": {}}
    all_lines = []
    seen_keys = set()
    for g in groups_spec:
        gid = g["gid"]
        teachers, students, guardians = make_roster(rng, gid, g["n_families"], used)
        supervisor = guardians[rng.randrange(len(guardians))]["id"]
        roster = {
            "group": gid, "school": g["school"], "class": g["class"],
            "roster": {
                "teachers": [{"id": t["id"], "name": t["name"], "subject": t["subject"], "role": t["role"]}
                             for t in teachers],
                "supervisor": supervisor,
                "students": students,
            },
            "members": [{"id": t["id"], "display_name": t["display"]} for t in teachers] +
                       [{"id": p["id"], "display_name": p["display"]} for p in guardians],
        }
        (out / "rosters" / f"{gid}.yaml").write_text(yaml.safe_dump(roster, allow_unicode=True, sort_keys=False),
                                                     encoding="utf-8")
        groups_yaml["groups"][gid] = {
            "school": g["school"], "class": g["class"], "grade": g["grade"], "platform": g["platform"],
            "timezone": "Asia/Shanghai", "quiet_hours": {"start": "20:00", "end": "07:00"},
            "allowed_link_domains": [g["domain"], "smartedu.cn"],
            "transcript": f"transcripts/{gid}.jsonl", "roster": f"rosters/{gid}.yaml",
        }
        filled = []
        for m in per[gid]:
            m = dict(m)
            m["text"] = fill(rng, m["text"], g["domain"])
            if "followups" in m:
                m["followups"] = [dict(fu, text=fill(rng, fu["text"], g["domain"])) for fu in m["followups"]]
            key = re.sub(r"\W", "", m["text"])
            if key in seen_keys:
                continue
            seen_keys.add(key)
            filled.append(m)
        placed = schedule_group(rng, filled, teachers, guardians, start_date)
        lines = []
        for i, m in enumerate(placed, 1):
            lines.append({
                "id": f"{gid}-{i:04d}", "ts": m["ts"].isoformat(), "group": gid, "sender": m["sender"],
                "name": m["name"], "text": m["text"], "kind": m["kind"],
                "reply_to": f"{gid}-{m['reply_idx'] + 1:04d}" if "reply_idx" in m else None,
                "expect": m["labels"], "family": m["family"], "hard_negative": m["family"] == 8,
                **({"uncertain": m["uncertain"]} if m.get("uncertain") else {}),
            })
        with open(out / "transcripts" / f"{gid}.jsonl", "w", encoding="utf-8") as fh:
            for ln in lines:
                fh.write(json.dumps(ln, ensure_ascii=False) + "\n")
        all_lines.append((g, roster, lines))
    (out / "groups.yaml").write_text(yaml.safe_dump(groups_yaml, allow_unicode=True, sort_keys=False),
                                     encoding="utf-8")
    check_bundle(out, all_lines)
    return all_lines


def check_bundle(out, all_lines):
    ids = set()
    texts = {}
    for g, roster, lines in all_lines:
        members = {m["id"]: m["display_name"] for m in roster["members"]}
        teacher_ids = {t["id"] for t in roster["roster"]["teachers"]}
        guardian_ids = {gd["id"] for s in roster["roster"]["students"] for gd in s["guardians"]}
        assert set(members) == teacher_ids | guardian_ids
        for s in roster["roster"]["students"]:
            for gd in s["guardians"]:
                assert members[gd["id"]].startswith(s["name"] + gd["relation"]), members[gd["id"]]
        for t in roster["roster"]["teachers"]:
            assert t["subject"] in members[t["id"]] and t["name"] in members[t["id"]]
        prev_ts = None
        last = {}
        run_sender, run_len = None, 0
        seen_in_group = set()
        for ln in lines:
            assert ln["id"] not in ids, ln["id"]
            ids.add(ln["id"])
            ts = dt.datetime.fromisoformat(ln["ts"])
            assert ts.utcoffset() == dt.timedelta(hours=8)
            assert dt.time(9, 0) <= ts.time() <= dt.time(17, 30), ln
            assert ts.weekday() < 5
            if prev_ts is not None:
                assert ts > prev_ts, ln
                if ts.date() == prev_ts.date():
                    assert (ts - prev_ts).total_seconds() >= 7 * 60, ln
            prev_ts = ts
            if ln["reply_to"] is not None:
                assert ln["reply_to"] in seen_in_group, ln
            seen_in_group.add(ln["id"])
            assert ln["sender"] in members, ln
            assert ln["name"] == members[ln["sender"]], ln
            if ln["sender"] in last:
                assert (ts - last[ln["sender"]]).total_seconds() >= 3600, ln
            last[ln["sender"]] = ts
            run_len = run_len + 1 if ln["sender"] == run_sender else 1
            run_sender = ln["sender"]
            assert run_len <= 2
            assert all(c in CATEGORIES for c in ln["expect"]), ln
            assert len(set(ln["expect"])) == len(ln["expect"])
            assert "chat" not in ln["expect"] and "membership" not in ln["expect"]
            # link consistency: any bare domain/URL must be allowed or labelled link
            hosts = DOMAIN_RE.findall(ln["text"])
            allowed = [g["domain"], "smartedu.cn"]
            bad = []
            for h in hosts:
                host = re.sub(r"(?i)^https?://", "", h).lower()
                if not any(host == a or host.endswith("." + a) for a in allowed):
                    bad.append(host)
            if bad:
                assert "link" in ln["expect"], (ln["id"], ln["text"], bad)
            if "link" in ln["expect"] and not ln.get("uncertain"):
                assert bad or "t.me/" in ln["text"] or ln["kind"] == "link_card", (ln["id"], ln["text"])
            if ln["family"] == 8:
                assert ln["expect"] == [], ln
            else:
                assert ln["expect"], ln
            if ln["sender"] in teacher_ids:
                assert ln["family"] == 8, ln
            key = re.sub(r"\W", "", ln["text"])
            assert key not in texts, ("duplicate text", ln["id"], texts.get(key))
            texts[key] = ln["id"]
    print(f"checked {len(ids)} messages OK")


def summary(all_lines):
    from collections import Counter
    fam = Counter()
    lab = Counter()
    combo = Counter()
    for g, r, lines in all_lines:
        for ln in lines:
            fam[ln["family"]] += 1
            for c in ln["expect"]:
                lab[c] += 1
            combo["+".join(sorted(ln["expect"])) or "clean"] += 1
    print("per family:", dict(sorted(fam.items())))
    print("per label:", dict(lab))
    print("per label set:", dict(combo))
    print("groups:", {g["gid"]: len(lines) for g, r, lines in all_lines})
