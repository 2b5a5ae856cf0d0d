#!/usr/bin/env python3
"""Deterministic generator: build/src/<g>.txt -> groups.yaml, rosters/, transcripts/.

Source format (one file per group):
  --- YAML front matter (group config, teachers, students, members) ---
  @YYYY-MM-DD 周X            day marker (weekday is checked)
  HH:MM[:SS] sender [opts] | labels | text
opts:  =tag (name this message)  >tag / >^ / >^N (quote a tagged / previous message)
       img file card voice stk (kind, default text)   name:新名 (display name from now on)
       !urgent (teacher's urgent next-day/safety notice, exempt from quiet_hours)
       !uack   (acknowledgement explicitly requested by the preceding urgent notice)
labels: hand-written CONTENT labels only (abbreviations below). Structural labels
(membership nickname invite flood quiet_hours link) are computed here and refused
in the sources.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
STRUCTURAL = {"membership", "nickname", "invite", "flood", "quiet_hours", "link"}
ABBR = {"ill": "illegal", "illegal": "illegal", "abuse": "abuse", "ad": "ad",
        "rumor": "rumor", "chat": "chat", "ack": "ack_reply", "ack_reply": "ack_reply",
        "slan": "slander", "slander": "slander", "inc": "incitement",
        "incitement": "incitement", "rank": "ranking", "ranking": "ranking",
        "sp": "student_privacy", "student_privacy": "student_privacy",
        "pm": "private_matter", "private_matter": "private_matter",
        "disp": "dispute", "dispute": "dispute"}
STRUCT_ABBR = STRUCTURAL | {"mem", "nick", "inv", "qh", "quiet"}
KINDS = {"img": "image", "file": "file", "card": "link_card", "voice": "voice",
         "stk": "sticker"}
WEEKDAYS = "一二三四五六日"
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长",
             "爹", "阿爸", "阿妈", "舅舅", "姑姑", "小姨", "姨妈", "监护人", "哥哥", "姐姐"]
CHAT_EXCLUSIVE = {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}

TLDS = ("com|cn|net|org|top|cc|io|xyz|info|vip|club|site|online|shop|link|ly|tv|app|"
        "ltd|store|fun|live|biz|asia|hk|mn|ru|me|co|la|icu|wang|ink")
HOST_RE = re.compile(
    r"(?<![A-Za-z0-9@._-])(?:https?://)?((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
    r"(?:" + TLDS + r"))(?![A-Za-z0-9-])", re.I)
BRACKET_CODE = re.compile(r"\[[\u4e00-\u9fffA-Za-z]{1,6}\]")


class SrcError(Exception):
    pass


def hosts_in(text):
    return [m.group(1).lower() for m in HOST_RE.finditer(text)]


def host_allowed(host, allowed):
    return any(host == d or host.endswith("." + d) for d in allowed)


def normalise(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = BRACKET_CODE.sub("", t)
    return "".join(ch for ch in t
                   if not ch.isspace() and unicodedata.category(ch)[0] not in "PSZC")


def in_window(hhmm, start, end):
    if start < end:
        return start <= hhmm < end
    return hhmm >= start or hhmm < end


def parse_member(s):
    via = None
    if " @" in s:
        s, via = s.rsplit(" @", 1)
    mid, name = s.split(" ", 1)
    m = {"id": mid, "display_name": name.strip()}
    if via:
        parts = via.split(":")
        if parts[0] == "qr_code":
            m["joined"] = {"via": "qr_code"}
        elif parts[0] == "invite":
            m["joined"] = {"via": "invite", "by": parts[1],
                           "approved": len(parts) > 2 and parts[2] == "approved"}
        else:
            raise SrcError("bad join spec " + via)
    return m


def name_ok_parent(name, children):
    return any(c in name for c in children) and any(r in name for r in RELATIONS)


def name_ok_teacher(name, t):
    return t["subject"] in name and (t["name"][0] in name or "老师" in name)


def build_group(path):
    raw = open(path, encoding="utf-8").read()
    _, front, body = raw.split("---\n", 2)
    cfg = yaml.safe_load(front)
    g = cfg["group"]
    teachers = cfg["teachers"]
    tmap = {t["id"]: t for t in teachers}
    students = []
    children_of = {}
    for sname, gl in cfg["students"].items():
        gs = []
        for item in gl:
            gid, rel = item.split()
            gs.append({"id": gid, "relation": rel})
            children_of.setdefault(gid, []).append(sname)
        students.append({"name": sname, "guardians": gs})
    members = [parse_member(s) for s in cfg["members"]]
    mmap = {m["id"]: m for m in members}
    head = [t["id"] for t in teachers if t["role"] == "head_teacher"]
    qs, qe = cfg["quiet_hours"]["start"], cfg["quiet_hours"]["end"]
    allowed = cfg["allowed_link_domains"]

    roster = {"group": g, "school": cfg["school"], "class": cfg["class"],
              "roster": {"teachers": teachers, "supervisor": cfg["supervisor"],
                         "students": students},
              "members": members}
    gentry = {"school": cfg["school"], "class": cfg["class"], "grade": cfg["grade"],
              "platform": cfg["platform"], "timezone": "Asia/Shanghai",
              "quiet_hours": {"start": qs, "end": qe},
              "allowed_link_domains": allowed,
              "transcript": f"transcripts/{g}.jsonl", "roster": f"rosters/{g}.yaml"}

    cur_name = {m["id"]: m["display_name"] for m in members}
    seen = set()
    nick_state = {}
    day = None
    msgs = []
    tags = {}
    last_minute, sec_k = None, 0
    run_sender, run_norm, run_count = None, None, 0
    last_urgent = None
    for ln, line in enumerate(body.splitlines(), 1):
        where = f"{path}:{ln + raw[:raw.index(body)].count(chr(10))}"
        line = line.rstrip()
        if not line or line.startswith("#"):
            continue
        try:
            if line.startswith("@"):
                d, wd = line[1:].split()
                newday = dt.date.fromisoformat(d)
                if day and newday <= day:
                    raise SrcError(f"day {d} not after {day}")
                day = newday
                if "周" + WEEKDAYS[day.weekday()] != wd:
                    raise SrcError(f"{d} is 周{WEEKDAYS[day.weekday()]}, not {wd}")
                continue
            head_part, labels_part, text = line.split("|", 2)
            text = text.strip()
            toks = head_part.split()
            tm, sender, opts = toks[0], toks[1], toks[2:]
            if sender not in mmap:
                raise SrcError("unknown sender " + sender)
            hms = tm.split(":")
            minute = (day, hms[0], hms[1])
            if len(hms) == 3:
                sec = int(hms[2])
            else:
                sec_k = sec_k + 1 if minute == last_minute else 0
                sec = 8 + 9 * sec_k
                if sec > 59:
                    raise SrcError("too many messages in one minute")
            last_minute = minute
            ts = dt.datetime(day.year, day.month, day.day, int(hms[0]), int(hms[1]), sec)
            kind, reply_to, tag, urgent, uack = "text", None, None, False, False
            for o in opts:
                if o in KINDS:
                    kind = KINDS[o]
                elif o.startswith("="):
                    tag = o[1:]
                elif o.startswith(">^"):
                    back = int(o[2:] or 1)
                    reply_to = msgs[-back]["id"]
                elif o.startswith(">"):
                    reply_to = tags[o[1:]]
                elif o.startswith("name:"):
                    cur_name[sender] = o[5:].replace("~", " ")
                elif o == "!urgent":
                    urgent = True
                elif o == "!uack":
                    uack = True
                else:
                    raise SrcError("unknown option " + o)
            labs = set()
            for l in labels_part.split():
                if l in STRUCT_ABBR:
                    raise SrcError(f"hand-written structural label '{l}' refused")
                if l not in ABBR:
                    raise SrcError("unknown label " + l)
                labs.add(ABBR[l])
            if "chat" in labs and labs & CHAT_EXCLUSIVE:
                raise SrcError("chat stacked with " + str(labs & CHAT_EXCLUSIVE))
            mid = f"{g}-{len(msgs) + 1:04d}"
            name = cur_name[sender]
            is_teacher = sender in tmap
            is_guardian = sender in children_of
            first = sender not in seen
            seen.add(sender)
            # membership / invite
            if first and not is_teacher and not is_guardian:
                labs.add("membership")
            j = mmap[sender].get("joined")
            if first and j and j["via"] == "invite":
                if j["by"] in tmap and j["by"] not in head:
                    raise SrcError("invite by a non-head teacher is ambiguous; avoided")
                if j["by"] not in head and not j["approved"]:
                    labs.add("invite")
            # nickname
            if is_teacher or is_guardian:
                ok = (name_ok_teacher(name, tmap[sender]) if is_teacher
                      else name_ok_parent(name, children_of[sender]))
                prev = nick_state.get(sender)
                if prev is None and not ok:
                    labs.add("nickname")
                if prev is True and not ok:
                    raise SrcError("rename from valid to invalid is ambiguous; avoided")
                if prev is False and not ok and "name:" in head_part:
                    raise SrcError("rename from invalid to invalid avoided")
                nick_state[sender] = ok
            # flood
            norm = normalise(text)
            if sender != run_sender:
                run_sender = sender
                run_norm, run_count = (norm, 1) if norm else (None, 0)
            elif norm:
                if norm == run_norm:
                    run_count += 1
                else:
                    run_norm, run_count = norm, 1
            if norm and run_count >= 3:
                labs.add("flood")
            # link
            bad_hosts = [h for h in hosts_in(text) if not host_allowed(h, allowed)]
            if bad_hosts:
                labs.add("link")
            # quiet hours
            hhmm = f"{hms[0]}:{hms[1]}"
            if urgent:
                if not is_teacher:
                    raise SrcError("!urgent only for teachers")
                last_urgent = (ts, text)
            if uack:
                if not last_urgent or (ts - last_urgent[0]).total_seconds() > 6 * 3600:
                    raise SrcError("!uack without a recent urgent notice")
                if not re.search("收到|回复|接龙", last_urgent[1]):
                    raise SrcError("urgent notice did not ask for replies")
                if labs - {"flood"}:
                    raise SrcError("requested ack should be clean")
            if in_window(hhmm, qs, qe) and not urgent and not uack:
                labs.add("quiet_hours")
            if tag:
                tags[tag] = mid
            msgs.append({"id": mid, "ts": ts.strftime("%Y-%m-%dT%H:%M:%S+08:00"),
                         "group": g, "sender": sender, "name": name, "text": text,
                         "kind": kind, "reply_to": reply_to,
                         "expect": [c for c in CATALOGUE if c in labs],
                         "_hosts": bad_hosts})
        except SrcError as e:
            sys.exit(f"{where}: {e}")
        except (ValueError, KeyError, IndexError) as e:
            sys.exit(f"{where}: cannot parse ({e!r}): {line}")
    for a, b in zip(msgs, msgs[1:]):
        if b["ts"] <= a["ts"]:
            sys.exit(f"{path}: timestamps not increasing at {b['id']}")
    return g, gentry, roster, msgs


def main():
    srcdir = os.path.join(HERE, "src")
    groups = {}
    os.makedirs(os.path.join(OUT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "transcripts"), exist_ok=True)
    report = []
    for fn in sorted(os.listdir(srcdir)):
        if not fn.endswith(".txt"):
            continue
        g, gentry, roster, msgs = build_group(os.path.join(srcdir, fn))
        groups[g] = gentry
        with open(os.path.join(OUT, "rosters", g + ".yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(roster, f, allow_unicode=True, sort_keys=False, width=200)
        with open(os.path.join(OUT, "transcripts", g + ".jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                hosts = m.pop("_hosts")
                if hosts:
                    report.append(f"{m['id']}: link hosts {hosts}")
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "groups.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump({"groups": groups}, f, allow_unicode=True, sort_keys=False, width=200)
    if "-v" in sys.argv:
        print("\n".join(report))
    print(f"built {len(groups)} groups")


if __name__ == "__main__":
    main()
