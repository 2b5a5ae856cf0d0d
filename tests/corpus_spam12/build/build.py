#!/usr/bin/env python3
"""Deterministic builder for corpus_spam12.

Reads build/src/<g>.txt (hand-written, one message a line) and writes
groups.yaml, rosters/<g>.yaml and transcripts/<g>.jsonl one level up.

Source format
  # ...                     comment
  == 2026-11-02             date marker (must be a weekday)
  @09:05                    clock marker; later messages step forward from here
  HEAD | LABELS | TEXT      one message
    HEAD   = alias [#tag] [^tag | ^ | ^N] [/img|/file|/card|/voice|/sticker]
             ^ quotes the previous message, ^N the message N back, ^tag a tagged one
    LABELS = '-' for clean, or codes / category names separated by spaces
"""
import hashlib, json, os, re, sys, unicodedata, datetime
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
CODES = {"il": "illegal", "ab": "abuse", "ad": "ad", "ln": "link", "ru": "rumor",
         "ch": "chat", "ak": "ack_reply", "sl": "slander", "in": "incitement",
         "rk": "ranking", "sp": "student_privacy", "pm": "private_matter", "dp": "dispute"}
# impossible by construction in this corpus (rostered senders, valid names, day time, no triples)
FORBIDDEN = {"membership", "nickname", "invite", "quiet_hours", "flood"}
KINDS = {"img": "image", "file": "file", "card": "link_card", "voice": "voice", "sticker": "sticker"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长"]
SUBJECTS = ["语文", "数学", "英语", "科学", "音乐", "美术", "体育", "道德与法治", "信息"]

TLDS = ("com|cn|net|org|top|vip|xyz|cc|info|site|club|shop|me|io|app|link|icu|live|"
        "fun|pro|win|bet|asia|online|store|tv|ink|work|ltd|wang|gov|edu|hk|tw|co")
DOMAIN_RE = re.compile(r"(?<![a-z0-9\-])((?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:%s))(?![a-z0-9])" % TLDS)
DOT_WORD_RE = re.compile(r"\s*(?:点|點|。|\(\.\)|（\.）|\[\.\]|dot)\s*(?=(?:%s)(?![a-z]))" % TLDS)


def domains_in(text):
    """Every host-like token in a text, including spaced-out or 点com disguises."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = DOT_WORD_RE.sub(".", t)
    found = set(DOMAIN_RE.findall(t))
    squeezed = DOT_WORD_RE.sub(".", re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).lower()))
    found |= set(DOMAIN_RE.findall(squeezed))
    return found


def bad_domains(text, allowed):
    out = []
    for d in sorted(domains_in(text)):
        if not any(d == a or d.endswith("." + a) for a in allowed):
            out.append(d)
    return out


def norm_flood(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"\[[^\]]{1,6}\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def load_groups():
    with open(os.path.join(HERE, "groups_def.yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def display_names(gdef):
    names, kinds = {}, {}
    for t in gdef["teachers"]:
        names[t["id"]] = t.get("display") or (t["subject"] + t["name"])
        kinds[t["id"]] = "teacher"
    for s in gdef["students"]:
        for g in s["guardians"]:
            names[g["id"]] = s["name"] + g["relation"] + g.get("deco", "")
            kinds[g["id"]] = "guardian"
    return names, kinds


def valid_name(gdef, mid, name):
    for t in gdef["teachers"]:
        if t["id"] == mid:
            return t["subject"] in name and (t["name"] in name or t["name"][0] + "老师" in name)
    for s in gdef["students"]:
        for g in s["guardians"]:
            if g["id"] == mid:
                return s["name"] in name and any(r in name for r in RELATIONS)
    return False


def step_seconds(mid):
    h = int(hashlib.sha1(mid.encode()).hexdigest(), 16)
    return 25 + h % 95


def parse(gid, gdef, path):
    names, kinds = display_names(gdef)
    allowed = gdef["allowed_link_domains"]
    msgs, tags, errors = [], {}, []
    date = clock = None
    for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("# "):
            continue
        where = "%s:%d" % (os.path.basename(path), ln)
        if line.startswith("=="):
            date = datetime.date.fromisoformat(line[2:].strip())
            if date.weekday() >= 5:
                errors.append("%s: %s is not a weekday" % (where, date))
            if msgs and date <= datetime.date.fromisoformat(msgs[-1]["ts"][:10]):
                errors.append("%s: date goes backwards" % where)
            clock = None
            continue
        if line.startswith("@"):
            hh, mm = line[1:].strip().split(":")
            new = datetime.datetime.combine(date, datetime.time(int(hh), int(mm)))
            if clock and new < clock:
                errors.append("%s: clock goes backwards" % where)
            clock = new
            continue
        parts = line.split(" | ", 2)
        if len(parts) != 3:
            errors.append("%s: expected HEAD | LABELS | TEXT" % where)
            continue
        head, labs, text = (p.strip() for p in parts)
        toks = head.split()
        alias, kind, reply, tag = toks[0], "text", None, None
        for tk in toks[1:]:
            if tk.startswith("#"):
                tag = tk[1:]
            elif tk.startswith("^"):
                ref = tk[1:]
                if ref == "":
                    reply = msgs[-1]["id"] if msgs else None
                elif ref.isdigit():
                    reply = msgs[-int(ref)]["id"]
                elif ref in tags:
                    reply = tags[ref]
                else:
                    errors.append("%s: unknown reply tag %s" % (where, ref))
            elif tk.startswith("/"):
                kind = KINDS[tk[1:]]
            else:
                errors.append("%s: bad head token %s" % (where, tk))
        if alias not in names:
            errors.append("%s: sender %s not rostered" % (where, alias))
            continue
        if not valid_name(gdef, alias, names[alias]):
            errors.append("%s: display name %s invalid" % (where, names[alias]))
        if clock is None:
            errors.append("%s: no clock" % where)
            continue
        labels = set()
        if labs != "-":
            for c in labs.split():
                cat = CODES.get(c, c)
                if cat not in CATALOGUE:
                    errors.append("%s: unknown label %s" % (where, c))
                elif cat in FORBIDDEN:
                    errors.append("%s: label %s impossible in this corpus" % (where, cat))
                labels.add(cat)
        if text == "_":
            text = ""
        bad = bad_domains(text, allowed)
        if bad and "link" not in labels:
            errors.append("%s: non-allowed domain %s but no link label" % (where, bad))
        if not bad and "link" in labels:
            errors.append("%s: link label but no non-allowed domain found" % where)
        if not (datetime.time(9, 0) <= clock.time() <= datetime.time(17, 59, 59)):
            errors.append("%s: time %s outside 09:00-17:59" % (where, clock.time()))
        mid = "%s-%04d" % (gid, len(msgs) + 1)
        msgs.append({"id": mid, "ts": clock.strftime("%Y-%m-%dT%H:%M:%S+08:00"), "group": gid,
                     "sender": alias, "name": names[alias], "text": text, "kind": kind,
                     "reply_to": reply, "expect": [c for c in CATALOGUE if c in labels]})
        if tag:
            tags[tag] = mid
        clock += datetime.timedelta(seconds=step_seconds(mid))
    # no sender repeats a normalised text three times in a row
    run_sender, run_text, run_n = None, None, 0
    for m in msgs:
        nt = norm_flood(m["text"])
        if m["sender"] == run_sender and nt and nt == run_text:
            run_n += 1
        else:
            run_sender, run_text, run_n = m["sender"], nt, 1
        if run_n >= 3:
            errors.append("%s: %s repeats a text three times in a row" % (m["id"], m["sender"]))
    return msgs, errors


def main():
    gdefs = load_groups()
    groups_yaml, all_errors = {"groups": {}}, []
    os.makedirs(os.path.join(OUT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "transcripts"), exist_ok=True)
    for gid, g in gdefs.items():
        groups_yaml["groups"][gid] = {
            "school": g["school"], "class": g["class"], "grade": g["grade"],
            "platform": g["platform"], "timezone": "Asia/Shanghai",
            "quiet_hours": {"start": "20:00", "end": "07:00"},
            "allowed_link_domains": g["allowed_link_domains"],
            "transcript": "transcripts/%s.jsonl" % gid, "roster": "rosters/%s.yaml" % gid}
        names, _ = display_names(g)
        roster = {"group": gid, "school": g["school"], "class": g["class"],
                  "roster": {"teachers": [{"id": t["id"], "name": t["name"], "subject": t["subject"],
                                           "role": t["role"]} for t in g["teachers"]],
                             "supervisor": g["supervisor"],
                             "students": [{"name": s["name"],
                                           "guardians": [{"id": x["id"], "relation": x["relation"]}
                                                         for x in s["guardians"]]}
                                          for s in g["students"]]},
                  "members": [{"id": k, "display_name": v} for k, v in names.items()]}
        with open(os.path.join(OUT, "rosters", gid + ".yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(roster, f, allow_unicode=True, sort_keys=False)
        msgs, errs = parse(gid, g, os.path.join(HERE, "src", gid + ".txt"))
        all_errors += errs
        with open(os.path.join(OUT, "transcripts", gid + ".jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        print("%s: %d messages, %d labelled" % (gid, len(msgs), sum(1 for m in msgs if m["expect"])))
    with open(os.path.join(OUT, "groups.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(groups_yaml, f, allow_unicode=True, sort_keys=False)
    for e in all_errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main())
