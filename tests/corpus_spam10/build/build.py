#!/usr/bin/env python3
"""Deterministic generator for the corpus_spam10 bundle.

Source format (build/src/<g>.txt), one message per line:
    ## YYYY-MM-DD                      day marker (must be a weekday)
    HH:MM SENDER LABELS FAMILY [FLAGS..] | TEXT
    .     SENDER LABELS FAMILY [FLAGS..] | TEXT     ('.' = a few minutes after the previous line)
  SENDER  member alias (p01, t1 ...) from the group's roster below
  LABELS  '-' (clean) or codes joined by '+': il ab ad ln ru ch ak sl ic di
          (illegal abuse ad link rumor chat ack_reply slander incitement dispute)
  FAMILY  a family tag (see README)
  FLAGS   ^N   quotes the message N lines back (reply_to)
          img | file | card | voice | sticker   (media kind; text = caption / file name / card)
  TEXT    the message; '\\n' is a line break
Lines starting with '#' (but not '## ') and blank lines are ignored.
"""
import datetime, hashlib, json, os, re, sys, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
             "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
CODES = {"il": "illegal", "ab": "abuse", "ad": "ad", "ln": "link", "ru": "rumor", "ch": "chat",
         "ak": "ack_reply", "sl": "slander", "ic": "incitement", "di": "dispute"}
KINDS = {"img": "image", "file": "file", "card": "link_card", "voice": "voice", "sticker": "sticker"}

# ---------------------------------------------------------------- groups and rosters
# teachers: (alias, name, subject, role, display_name)
# students: (full name, [(alias, relation, display suffix)])
GROUPS = {
    "g1": dict(school="青禾路小学", cls="二年级(3)班", grade=2, platform="wechat",
               quiet=("20:00", "07:00"), allow=["qhl-xx.cn"],
               teachers=[("t1", "周晓岚", "语文", "head_teacher", "语文周晓岚（班主任）"),
                         ("t2", "孟凡青", "数学", "teacher", "数学孟凡青"),
                         ("t3", "邵可欣", "英语", "teacher", "英语邵可欣")],
               supervisor="p01",
               students=[("林沐阳", [("p01", "妈妈", ""), ("p02", "爸爸", "")]),
                         ("郝沁禾", [("p03", "妈妈", "🌷")]),
                         ("程昱霖", [("p04", "爸爸", "")]),
                         ("苏芮溪", [("p05", "妈妈", "")]),
                         ("卢泽恺", [("p06", "奶奶", "")]),
                         ("伍嘉珩", [("p07", "妈妈", "")]),
                         ("雷栩然", [("p08", "爸爸", "⚽")]),
                         ("钟语桐", [("p09", "妈妈", "")]),
                         ("何骁野", [("p10", "爸爸", "")]),
                         ("葛星澜", [("p11", "外婆", "")]),
                         ("詹若汐", [("p12", "妈妈", "")]),
                         ("邬梓墨", [("p13", "爸爸", "")])]),
    "g2": dict(school="柳湾实验小学", cls="四年级(1)班", grade=4, platform="qq",
               quiet=("20:00", "07:00"), allow=["lwsyxx.cn", "lw-jiaoyu.cn"],
               teachers=[("t1", "贺婉清", "数学", "head_teacher", "数学贺婉清"),
                         ("t2", "严立川", "语文", "teacher", "语文严立川"),
                         ("t3", "顾晴", "科学", "teacher", "科学顾晴")],
               supervisor="p05",
               students=[("唐亦辰", [("p01", "妈妈", "")]),
                         ("秦煜祺", [("p02", "爸爸", "")]),
                         ("骆芷晴", [("p03", "妈妈", "🍀")]),
                         ("宁浩铭", [("p04", "爷爷", "")]),
                         ("包诗妍", [("p05", "妈妈", "")]),
                         ("祁俊熙", [("p06", "爸爸", "")]),
                         ("谭若菲", [("p07", "妈妈", ""), ("p08", "爸爸", "")]),
                         ("柏羽彤", [("p09", "姥姥", "")]),
                         ("凌子骞", [("p10", "爸爸", "")]),
                         ("甘慕言", [("p11", "妈妈", "")]),
                         ("邱皓轩", [("p12", "家长", "")]),
                         ("卓语嫣", [("p13", "妈妈", "")])]),
    "g3": dict(school="北塘中心小学", cls="五年级(2)班", grade=5, platform="wechat",
               quiet=("20:00", "07:00"), allow=["btzx-school.cn"],
               teachers=[("t1", "韦振东", "语文", "head_teacher", "语文韦振东"),
                         ("t2", "梁小蔓", "数学", "teacher", "数学梁小蔓"),
                         ("t3", "郁青", "英语", "teacher", "英语郁青老师")],
               supervisor="p02",
               students=[("杭思远", [("p01", "妈妈", "")]),
                         ("费雨桐", [("p02", "妈妈", "")]),
                         ("薛铭泽", [("p03", "爸爸", "")]),
                         ("韩沐晴", [("p04", "外公", "")]),
                         ("殷梓航", [("p05", "爸爸", "")]),
                         ("闻笑笑", [("p06", "妈妈", "🌈")]),
                         ("项嘉懿", [("p07", "妈妈", "")]),
                         ("尹博文", [("p08", "爸爸", "")]),
                         ("裴欣妍", [("p09", "奶奶", "")]),
                         ("黎宇航", [("p10", "爸爸", "")]),
                         ("车梦琪", [("p11", "妈妈", "")]),
                         ("施景行", [("p12", "爸爸", "")])]),
    "g4": dict(school="南溪第二中学", cls="初一(4)班", grade=7, platform="wechat",
               quiet=("20:00", "07:00"), allow=["nxez.cn", "nxjy-cloud.cn"],
               teachers=[("t1", "陶建平", "数学", "head_teacher", "数学陶建平（班主任）"),
                         ("t2", "欧阳瑾", "语文", "teacher", "语文欧阳瑾"),
                         ("t3", "麦嘉", "英语", "teacher", "英语麦嘉"),
                         ("t4", "鲍志成", "体育", "teacher", "体育鲍志成")],
               supervisor="p03",
               students=[("岑一帆", [("p01", "爸爸", "")]),
                         ("蒲晓琳", [("p02", "妈妈", "")]),
                         ("訾天佑", [("p03", "妈妈", "")]),
                         ("栾可馨", [("p04", "爸爸", "")]),
                         ("籍浩然", [("p05", "妈妈", "")]),
                         ("阙思琪", [("p06", "妈妈", "🌻")]),
                         ("戚书恒", [("p07", "爸爸", "")]),
                         ("喻佳音", [("p08", "妈妈", "")]),
                         ("敖子谦", [("p09", "爸爸", "")]),
                         ("荆若彤", [("p10", "妈妈", "")]),
                         ("巫承泽", [("p11", "奶奶", "")]),
                         ("晏星辰", [("p12", "爸爸", "")]),
                         ("窦雅琪", [("p13", "妈妈", "")])]),
    "g5": dict(school="云岗路小学", cls="六年级(1)班", grade=6, platform="qq",
               quiet=("21:00", "06:30"), allow=["ygl-xx.cn"],
               teachers=[("t1", "童慧", "语文", "head_teacher", "语文童慧"),
                         ("t2", "钱永年", "数学", "teacher", "数学钱永年"),
                         ("t3", "申晓雯", "英语", "teacher", "英语申晓雯")],
               supervisor="p04",
               students=[("萧泊然", [("p01", "爸爸", "")]),
                         ("苗清歌", [("p02", "妈妈", "")]),
                         ("房予安", [("p03", "妈妈", "")]),
                         ("解明哲", [("p04", "妈妈", "")]),
                         ("冼乐瑶", [("p05", "爸爸", "")]),
                         ("穆景程", [("p06", "外婆", "")]),
                         ("翟欣然", [("p07", "妈妈", "")]),
                         ("糜子豪", [("p08", "爸爸", "")]),
                         ("仲夏沫", [("p09", "妈妈", "")]),
                         ("乔奕晨", [("p10", "爸爸", "")]),
                         ("邰雨萱", [("p11", "妈妈", "")]),
                         ("桂俊逸", [("p12", "爷爷", "")])]),
    "g6": dict(school="桐林外国语学校", cls="初二(3)班", grade=8, platform="wechat",
               quiet=("20:00", "07:00"), allow=["tlfls.cn", "tl-edu.cn"],
               teachers=[("t1", "司马蕾", "英语", "head_teacher", "英语司马蕾（班主任）"),
                         ("t2", "简宏", "数学", "teacher", "数学简宏"),
                         ("t3", "聂雪", "物理", "teacher", "物理聂雪"),
                         ("t4", "柯永", "语文", "teacher", "语文柯永")],
               supervisor="p06",
               students=[("满天骄", [("p01", "爸爸", "")]),
                         ("左依依", [("p02", "妈妈", "")]),
                         ("隆博涛", [("p03", "爸爸", "")]),
                         ("芮佳宁", [("p04", "妈妈", "")]),
                         ("经纬航", [("p05", "爸爸", "")]),
                         ("祖梓萌", [("p06", "妈妈", "")]),
                         ("乐正宇", [("p07", "爸爸", "")]),
                         ("双语晨", [("p08", "妈妈", "")]),
                         ("桑卓然", [("p09", "妈妈", "🎹")]),
                         ("文墨涵", [("p10", "外婆", "")]),
                         ("宓晨曦", [("p11", "妈妈", "")]),
                         ("段可卿", [("p12", "爸爸", "")])]),
}

DOMAIN_RE = re.compile(
    r"(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    r"(?:com|cn|net|org|top|vip|cc|xyz|me|io|club|app|shop|info|site|live|fun|link|tv|co|win|bet|icu|online|cm|la|ly|asia|wang))"
    r"(?![a-z0-9])")


def normalise_for_links(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"[ \t]*(?:点|dot|。|．|｡)[ \t]*(?=[a-z0-9])", ".", t)
    t = re.sub(r"(?<=[a-z0-9.:/-])[ \t]+(?=[a-z0-9.:/-])", "", t)
    return t


def hosts(text):
    return [m.group(1) for m in DOMAIN_RE.finditer(normalise_for_links(text))]


def foreign_hosts(text, allow):
    out = []
    for h in hosts(text):
        if not any(h == a or h.endswith("." + a) for a in allow):
            out.append(h)
    return out


def roster_members(g):
    members, by_alias = [], {}
    for al, name, subj, role, disp in g["teachers"]:
        by_alias[al] = disp
        members.append((al, disp))
    for sname, guards in g["students"]:
        for al, rel, suf in guards:
            disp = sname + rel + suf
            by_alias[al] = disp
            members.append((al, disp))
    return members, by_alias


def mid(gid, alias):
    return f"{gid}_{alias}"


def jitter(gid, n, mod):
    return int(hashlib.sha1(f"{gid}:{n}".encode()).hexdigest(), 16) % mod


class BuildError(Exception):
    pass


def parse(gid, g):
    path = os.path.join(HERE, "src", f"{gid}.txt")
    _, names = roster_members(g)
    msgs, day, clock = [], None, None
    with open(path, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            where = f"{path}:{ln}"
            if line.startswith("## "):
                day = datetime.date.fromisoformat(line[3:].strip())
                if day.weekday() >= 5:
                    raise BuildError(f"{where}: {day} is not a weekday")
                clock = None
                continue
            if line.startswith("#"):
                continue
            if " | " not in line:
                raise BuildError(f"{where}: missing ' | '")
            head, text = line.split(" | ", 1)
            text = text.replace("\\n", "\n").strip()
            parts = head.split()
            if len(parts) < 4:
                raise BuildError(f"{where}: need TIME SENDER LABELS FAMILY")
            tm, sender, labels, family, *flags = parts
            if day is None:
                raise BuildError(f"{where}: no day marker")
            n = len(msgs)
            if tm == ".":
                if clock is None:
                    raise BuildError(f"{where}: '.' before any clock time")
                clock = clock + datetime.timedelta(minutes=1 + jitter(gid, n, 4))
            else:
                hh, mm = map(int, tm.split(":"))
                clock = datetime.datetime.combine(day, datetime.time(hh, mm))
            ts = clock.replace(second=jitter(gid, n + 7777, 60))
            if sender not in names:
                raise BuildError(f"{where}: unknown sender {sender}")
            if labels == "-":
                cats = []
            else:
                cats = []
                for c in labels.split("+"):
                    c = CODES.get(c, c)
                    if c not in CATALOGUE:
                        raise BuildError(f"{where}: unknown label {c}")
                    cats.append(c)
                cats = sorted(set(cats), key=CATALOGUE.index)
            kind, reply = "text", None
            for f in flags:
                if f.startswith("^"):
                    k = int(f[1:])
                    if k < 1 or k > n:
                        raise BuildError(f"{where}: bad quote {f}")
                    reply = msgs[n - k]["id"]
                elif f in KINDS:
                    kind = KINDS[f]
                else:
                    raise BuildError(f"{where}: unknown flag {f}")
            fh_ = foreign_hosts(text, g["allow"])
            if bool(fh_) != ("link" in cats):
                raise BuildError(f"{where}: link label mismatch (foreign hosts: {fh_})")
            msgs.append({
                "id": f"{gid}-{n + 1:04d}",
                "ts": ts.strftime("%Y-%m-%dT%H:%M:%S+08:00"),
                "group": gid, "sender": mid(gid, sender), "name": names[sender],
                "text": text, "kind": kind, "reply_to": reply, "expect": cats,
                "family": family,
            })
    # time checks
    qs, qe = [datetime.time.fromisoformat(x) for x in g["quiet"]]
    prev = None
    for m in msgs:
        t = datetime.datetime.fromisoformat(m["ts"])
        if prev and t < prev:
            raise BuildError(f"{gid} {m['id']}: time goes backwards")
        prev = t
        if not (datetime.time(9, 0) <= t.time() <= datetime.time(17, 59, 59)):
            raise BuildError(f"{gid} {m['id']}: {t.time()} outside 09:00-17:59")
        if t.weekday() >= 5:
            raise BuildError(f"{gid} {m['id']}: weekend")
    return msgs


def generate():
    """Return {relative path: file content}."""
    files = {}
    gy = {"groups": {}}
    for gid, g in GROUPS.items():
        gy["groups"][gid] = {
            "school": g["school"], "class": g["cls"], "grade": g["grade"],
            "platform": g["platform"], "timezone": "Asia/Shanghai",
            "quiet_hours": {"start": g["quiet"][0], "end": g["quiet"][1]},
            "allowed_link_domains": list(g["allow"]),
            "transcript": f"transcripts/{gid}.jsonl", "roster": f"rosters/{gid}.yaml",
        }
        members, _ = roster_members(g)
        roster = {
            "group": gid, "school": g["school"], "class": g["cls"],
            "roster": {
                "teachers": [{"id": mid(gid, a), "name": n, "subject": s, "role": r}
                             for a, n, s, r, _ in g["teachers"]],
                "supervisor": mid(gid, g["supervisor"]),
                "students": [{"name": sn, "guardians": [{"id": mid(gid, a), "relation": rel}
                                                        for a, rel, _ in gs]}
                             for sn, gs in g["students"]],
            },
            "members": [{"id": mid(gid, a), "display_name": d} for a, d in members],
        }
        files[f"rosters/{gid}.yaml"] = yaml.safe_dump(roster, allow_unicode=True, sort_keys=False)
        msgs = parse(gid, g)
        files[f"transcripts/{gid}.jsonl"] = "".join(
            json.dumps(m, ensure_ascii=False) + "\n" for m in msgs)
    files["groups.yaml"] = yaml.safe_dump(gy, allow_unicode=True, sort_keys=False)
    return files


def main():
    try:
        files = generate()
    except BuildError as e:
        print("build error:", e, file=sys.stderr)
        return 1
    for rel, content in files.items():
        p = os.path.join(ROOT, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(content)
    # summary
    from collections import Counter
    total, harmful, cats, fams = 0, 0, Counter(), Counter()
    per = Counter()
    for rel, content in files.items():
        if rel.startswith("transcripts/"):
            for line in content.splitlines():
                m = json.loads(line)
                total += 1
                per[m["group"]] += 1
                harmful += bool(m["expect"])
                cats.update(m["expect"])
                fams[m["family"]] += 1
    print(f"messages: {total} ({dict(per)}); labelled: {harmful}; clean: {total - harmful}")
    for c in CATALOGUE:
        if cats[c]:
            print(f"  {c}: {cats[c]}")
    if "-v" in sys.argv:
        for f, k in sorted(fams.items()):
            print(f"  family {f}: {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
