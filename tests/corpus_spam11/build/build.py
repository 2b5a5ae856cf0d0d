#!/usr/bin/env python3
"""Deterministic generator for corpus_spam11.

Reads build/src/<g>.txt (hand-written) and writes groups.yaml, rosters/<g>.yaml and
transcripts/<g>.jsonl one level up.  Source format (one item per line):

  !group g1                     group key (first line)
  !school NAME / !class NAME / !grade N / !platform wechat|qq
  !quiet 20:00 07:00            quiet-hours window
  !allow a.cn, b.cn             allowed link domains
  !teacher ALIAS 姓名 学科 head_teacher|teacher [DISPLAY]
  !student 全名 ALIAS:关系 [ALIAS:关系 ...]
  !display ALIAS DISPLAY        display-name override (e.g. with an emoji)
  !supervisor ALIAS
  D 2026-03-02                  date marker (must be a weekday)
  T 09:05                       clock marker
  ALIAS[>N] | LABELS | TEXT     a message; >N quotes the message N lines back;
                                LABELS: '-' or comma list of short codes / categories;
                                TEXT may start with [img] [file] [card] [voice] [sticker];
                                '\\n' in TEXT is a line break.
  # comment
Stops (non-zero exit) on any inconsistency, in particular a link label that does not
match the allowlist check.
"""
import json, os, re, sys, unicodedata, datetime
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
SHORT = {"il": "illegal", "ab": "abuse", "ad": "ad", "ln": "link", "ru": "rumor",
         "ch": "chat", "ack": "ack_reply", "sl": "slander", "in": "incitement",
         "di": "dispute", "rk": "ranking", "sp": "student_privacy", "pm": "private_matter"}
KINDS = {"[img]": "image", "[file]": "file", "[card]": "link_card", "[voice]": "voice",
         "[sticker]": "sticker"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长"]
SUBJECTS = ["语文", "数学", "英语", "科学", "音乐", "美术", "体育", "道德与法治", "信息"]

TLDS = ("com|cn|net|org|top|xyz|vip|cc|me|io|info|shop|club|site|app|link|bet|win|live|"
        "pro|fun|icu|ink|tv|co|hk|tw|ws|la|ly|in")
DOMAIN_RE = re.compile(r"(?<![a-z0-9-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:%s))(?![a-z0-9])" % TLDS)


def hosts_in(text):
    """All host names in text, also disguised ones (点com, spaces, full width, dot)."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"\s*(?:点|點|。|\(\.\)|\[\.\]|（\.）|\bdot\b)\s*(?=[a-z])", ".", t)
    t = re.sub(r"(?<=[a-z0-9])\s*\.\s*(?=[a-z0-9])", ".", t)
    # letters split by single spaces / symbols: w w w . x x . c o m
    t2 = re.sub(r"(?<=[a-z0-9.])[\s·•*_]+(?=[a-z0-9.])", "", t)
    found = set()
    for s in (t, t2):
        for m in DOMAIN_RE.finditer(s):
            found.add(m.group(1).strip("."))
    # drop pieces that are suffixes of a longer host found
    return {h for h in found if not any(o != h and o.endswith("." + h) and False for o in found)}


def disallowed(text, allow):
    bad = []
    for h in hosts_in(text):
        if not any(h == a or h.endswith("." + a) for a in allow):
            bad.append(h)
    return sorted(bad)


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"\[[^\]]{1,6}\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def die(msg):
    print("build error: " + msg, file=sys.stderr)
    sys.exit(1)


def parse(path):
    g = {"teachers": [], "students": [], "display": {}, "msgs": [], "allow": [],
         "quiet": ("20:00", "07:00")}
    date = None
    clock = None
    step = 0
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        where = "%s:%d" % (os.path.basename(path), n)
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("!"):
            key, _, rest = line[1:].partition(" ")
            rest = rest.strip()
            if key in ("group", "school", "class", "platform", "supervisor"):
                g[key] = rest
            elif key == "grade":
                g["grade"] = int(rest)
            elif key == "quiet":
                a, b = rest.split()
                g["quiet"] = (a, b)
            elif key == "allow":
                g["allow"] = [d.strip() for d in rest.split(",") if d.strip()]
            elif key == "teacher":
                p = rest.split()
                if len(p) not in (4, 5) or p[3] not in ("head_teacher", "teacher"):
                    die(where + ": bad !teacher")
                g["teachers"].append({"alias": p[0], "name": p[1], "subject": p[2],
                                      "role": p[3], "display": p[4] if len(p) == 5 else p[2] + p[1]})
            elif key == "student":
                p = rest.split()
                gs = []
                for x in p[1:]:
                    a, _, rel = x.partition(":")
                    if rel not in RELATIONS:
                        die(where + ": bad relation " + rel)
                    gs.append((a, rel))
                g["students"].append({"name": p[0], "guardians": gs})
            elif key == "display":
                a, d = rest.split(None, 1)
                g["display"][a] = d
            else:
                die(where + ": unknown directive " + key)
            continue
        if line.startswith("D "):
            date = datetime.date.fromisoformat(line[2:].strip())
            if date.weekday() >= 5:
                die(where + ": %s is not a weekday" % date)
            clock = None
            continue
        if line.startswith("T "):
            hh, mm = line[2:].strip().split(":")
            clock = int(hh) * 3600 + int(mm) * 60
            continue
        parts = line.split("|", 2)
        if len(parts) != 3:
            die(where + ": expected 'ALIAS | LABELS | TEXT'")
        who, labs, text = (p.strip() for p in parts)
        back = 0
        if ">" in who:
            who, b = who.split(">")
            back = int(b)
        if date is None or clock is None:
            die(where + ": message before D/T markers")
        step += 1
        clock += 23 + (step * 53) % 151
        labels = []
        if labs != "-":
            for x in labs.split(","):
                x = x.strip()
                c = SHORT.get(x, x)
                if c not in CATALOGUE:
                    die(where + ": unknown label " + x)
                if c in labels:
                    die(where + ": duplicate label " + x)
                labels.append(c)
        kind = "text"
        for pre, k in KINDS.items():
            if text.startswith(pre):
                kind, text = k, text[len(pre):].strip()
        text = text.replace("\\n", "\n")
        g["msgs"].append({"where": where, "who": who, "back": back, "labels": labels,
                          "kind": kind, "text": text, "date": date, "clock": clock})
    return g


def build_group(g):
    key = g["group"]
    qq = g.get("platform") == "qq"
    ids, names, members = {}, {}, []
    for i, t in enumerate(g["teachers"], 1):
        ids[t["alias"]] = str(10000 + i) if qq else "t_" + t["alias"]
        names[t["alias"]] = t["display"]
    pi = 0
    for s in g["students"]:
        for a, rel in s["guardians"]:
            if a in ids:
                die("%s: alias %s used twice" % (key, a))
            pi += 1
            ids[a] = str(20000 + pi) if qq else "p_" + a
            names[a] = g["display"].get(a, s["name"] + rel)
            if not names[a].startswith(s["name"] + rel):
                die("%s: display name of %s must start with %s%s" % (key, a, s["name"], rel))
    for t in g["teachers"]:
        if not any(t["display"].startswith(sj) for sj in SUBJECTS):
            die("%s: teacher display %s lacks a subject" % (key, t["display"]))
    roster = {"group": key, "school": g["school"], "class": g["class"], "roster": {
        "teachers": [{"id": ids[t["alias"]], "name": t["name"], "subject": t["subject"],
                      "role": t["role"]} for t in g["teachers"]],
        "supervisor": ids[g["supervisor"]],
        "students": [{"name": s["name"], "guardians": [{"id": ids[a], "relation": r}
                                                       for a, r in s["guardians"]]}
                     for s in g["students"]]},
        "members": [{"id": ids[a], "display_name": names[a]} for a in ids]}
    lines, prev_ts = [], None
    for i, m in enumerate(g["msgs"], 1):
        if m["who"] not in ids:
            die(m["where"] + ": unknown sender " + m["who"])
        h, rem = divmod(m["clock"], 3600)
        if not (9 <= h <= 17):
            die(m["where"] + ": time %02d:%02d outside 09:00-17:59" % (h, rem // 60))
        ts = datetime.datetime.combine(m["date"], datetime.time(h, rem // 60, rem % 60))
        if prev_ts and ts <= prev_ts:
            die(m["where"] + ": time not increasing")
        prev_ts = ts
        mid = "%s-%04d" % (key, i)
        bad = disallowed(m["text"], g["allow"])
        if bool(bad) != ("link" in m["labels"]):
            die(m["where"] + ": link label mismatch, disallowed hosts=%s" % bad)
        reply = None
        if m["back"]:
            if m["back"] >= i:
                die(m["where"] + ": reply points before start")
            reply = "%s-%04d" % (key, i - m["back"])
        expect = [c for c in CATALOGUE if c in m["labels"]]
        lines.append({"id": mid, "ts": ts.isoformat() + "+08:00", "group": key,
                      "sender": ids[m["who"]], "name": names[m["who"]], "text": m["text"],
                      "kind": m["kind"], "reply_to": reply, "expect": expect})
    # no sender repeats the same normalised text three times in a row
    for i in range(2, len(lines)):
        a, b, c = lines[i - 2], lines[i - 1], lines[i]
        if a["sender"] == b["sender"] == c["sender"] and norm(a["text"]) and \
                norm(a["text"]) == norm(b["text"]) == norm(c["text"]):
            die("%s: flood at %s" % (key, c["id"]))
    # no pupil name in any text
    for ln in lines:
        for s in g["students"]:
            if s["name"] in ln["text"] or s["name"][1:] in ln["text"]:
                die("%s: pupil name %s in text" % (ln["id"], s["name"]))
    conf = {"school": g["school"], "class": g["class"], "grade": g["grade"],
            "platform": g["platform"], "timezone": "Asia/Shanghai",
            "quiet_hours": {"start": g["quiet"][0], "end": g["quiet"][1]},
            "allowed_link_domains": g["allow"],
            "transcript": "transcripts/%s.jsonl" % key, "roster": "rosters/%s.yaml" % key}
    return key, conf, roster, lines


def main():
    files = sorted(f for f in os.listdir(SRC) if f.endswith(".txt"))
    if not files:
        die("no sources")
    groups = {}
    os.makedirs(os.path.join(OUT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "transcripts"), exist_ok=True)
    total = 0
    for f in files:
        g = parse(os.path.join(SRC, f))
        if g.get("group") != f[:-4]:
            die(f + ": !group must equal the file name")
        key, conf, roster, lines = build_group(g)
        groups[key] = conf
        with open(os.path.join(OUT, "rosters", key + ".yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(roster, fh, allow_unicode=True, sort_keys=False)
        with open(os.path.join(OUT, "transcripts", key + ".jsonl"), "w", encoding="utf-8") as fh:
            for ln in lines:
                fh.write(json.dumps(ln, ensure_ascii=False) + "\n")
        total += len(lines)
        print("%s: %d messages" % (key, len(lines)))
    with open(os.path.join(OUT, "groups.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump({"groups": groups}, fh, allow_unicode=True, sort_keys=False)
    print("total: %d messages" % total)


if __name__ == "__main__":
    main()
