#!/usr/bin/env python3
"""Generate the corpus_blind7 bundle from the hand-written sources in build/src/.

    .venv/bin/python build/build.py

Sources
  build/src/meta.yaml    group configs and rosters (keys are short member aliases)
  build/src/<group>.txt  one message per line:

      == 2025-09-01                       sets the date for the following lines
      HH:MM[:SS] <key> [opts] | <text> || <labels>

  opts   #tag        name this message so later lines can quote it
         r=tag       reply_to that tagged message; r=^ the previous message;
                     r=-N the N-th previous message
         k=<kind>    image | file | link_card | voice | sticker (default text)
         n=<name>    the sender renamed themselves; name used from here on
                     (quote it, n="…", when the name has spaces)
         U           evidently urgent teacher/school notice about the next day's
                     schedule or safety (quiet-hours exemption, LABELS.md "Time")
         UA          an acknowledgement that such an urgent notice explicitly asked for
  text   "\\n" becomes a newline; may be empty (captionless photo, voice)
  labels hand-judged content categories: ad abuse illegal rumor slander incitement
         ranking student_privacy private_matter chat dispute ack_reply

Derived mechanically here (never written by hand), following LABELS.md:
  membership, nickname, invite  from the roster, display names and join info
  flood                         from repetition (same sender, >=3 in an unbroken row)
  quiet_hours                   from timestamps and the group's window
  link                          from URLs / bare domains vs allowed_link_domains
"""
import datetime as dt
import hashlib
import json
import os
import random
import re
import shlex
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.dirname(HERE)

CATEGORIES = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
              "rumor", "chat", "flood", "ack_reply", "slander", "incitement",
              "ranking", "student_privacy", "private_matter", "quiet_hours", "dispute"]
DERIVED = {"membership", "nickname", "invite", "flood", "quiet_hours", "link"}
MANUAL = set(CATEGORIES) - DERIVED
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长"]

TLDS = ("com|cn|net|org|top|xyz|cc|io|me|info|vip|site|shop|club|app|link|tv|ly|im|"
        "edu|gov|ai|chat|online|ink|icu|fun|pro|live|store|tech|work|wang|ren|pub|biz|"
        "mobi|la|gd|hk|tw|jp|uk|us|gle|dev|page|ws|one|art|red|run|asia|ltd|group|xin|cloud|plus")
LINK_RE = re.compile(
    r"(?<![a-z0-9@._-])(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:%s))"
    r"(?![a-z0-9-])" % TLDS)
EMOTE_RE = re.compile(r"\[[^\[\]]{1,8}\]")

ACK_HINT = re.compile(r"^(收到|好的|好|已阅|ok|谢谢|感谢|辛苦|老师辛苦|明白|了解|嗯|晓得|知道|"
                      r"👌|👍|🙏|❤️|💪|thanks|thankyou|noted|got it)")


class Quoted(str):
    """A string that is always written double-quoted (HH:MM values in YAML)."""


yaml.SafeDumper.add_representer(
    Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def normalise(text):
    """NFKC, lower case, drop [表情] codes, whitespace, punctuation, symbols, emoji."""
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = EMOTE_RE.sub("", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] not in "PSZCM")


def links(text):
    t = unicodedata.normalize("NFKC", text or "").lower()
    return [m.group(1) for m in LINK_RE.finditer(t)]


def host_allowed(host, allowed):
    return any(host == d or host.endswith("." + d) for d in allowed)


def in_window(hhmmss, start, end):
    if start < end:
        return start <= hhmmss < end
    return hhmmss >= start or hhmmss < end


def member_id(group, cfg, key):
    plat = cfg["platform"]
    if plat == "wechat":
        return "wxid_" + key
    if plat == "qq":
        h = int(hashlib.sha1(("%s/%s" % (group, key)).encode()).hexdigest(), 16)
        return str(100000000 + h % 2800000000)
    return "@%s:%s" % (key.replace("_", "."), cfg["matrix_server"])


class Member:
    def __init__(self, key, mid, display, kind, subject=None, joined=None):
        self.key, self.id, self.display, self.kind = key, mid, display, kind
        self.subject, self.joined = subject, joined
        self.children = []


def load_members(group, cfg):
    members = {}
    for t in cfg["teachers"]:
        m = Member(t["key"], member_id(group, cfg, t["key"]), t["display"], "teacher",
                   subject=t["subject"], joined=t.get("joined"))
        m.role = t["role"]
        m.name = t["name"]
        members[t["key"]] = m
    for s in cfg["students"]:
        for g in s["guardians"]:
            k = g["key"]
            if k not in members:
                members[k] = Member(k, member_id(group, cfg, k), g["display"], "guardian",
                                    joined=g.get("joined"))
            members[k].children.append(s["name"])
    for o in cfg.get("others", []):
        members[o["key"]] = Member(o["key"], member_id(group, cfg, o["key"]), o["display"],
                                   "other", joined=o.get("joined"))
    return members


def name_ok(m, name):
    if m.kind == "teacher":
        return m.subject in name
    return any(c in name for c in m.children) and any(r in name for r in RELATIONS)


def fail(path, lineno, msg):
    sys.exit("%s:%d: %s" % (path, lineno, msg))


def parse_source(group, path):
    rows = []
    date = None
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("=="):
                date = dt.date.fromisoformat(line[2:].strip())
                continue
            if "|" not in line:
                fail(path, lineno, "no ' | ' separator")
            i = line.index("|")
            head, rest = shlex.split(line[:i]), line[i + 1:]
            if "||" in rest:
                j = rest.rindex("||")
                text, labels = rest[:j], rest[j + 2:]
            else:
                text, labels = rest, ""
            text = text.strip().replace("\\n", "\n")
            labels = [x for x in re.split(r"[,\s]+", labels.strip()) if x]
            if date is None:
                fail(path, lineno, "no date header before message")
            if len(head) < 2:
                fail(path, lineno, "need time and sender")
            row = {"lineno": lineno, "date": date, "time": head[0], "key": head[1],
                   "text": text, "labels": labels, "kind": "text", "tag": None,
                   "reply": None, "rename": None, "urgent": False, "urgent_ack": False}
            for opt in head[2:]:
                if opt.startswith("#"):
                    row["tag"] = opt[1:]
                elif opt.startswith("r="):
                    row["reply"] = opt[2:]
                elif opt.startswith("k="):
                    row["kind"] = opt[2:]
                elif opt.startswith("n="):
                    row["rename"] = opt[2:]
                elif opt == "U":
                    row["urgent"] = True
                elif opt == "UA":
                    row["urgent_ack"] = True
                else:
                    fail(path, lineno, "unknown option %r" % opt)
            if row["kind"] not in KINDS:
                fail(path, lineno, "bad kind %r" % row["kind"])
            for lab in labels:
                if lab not in CATEGORIES:
                    fail(path, lineno, "unknown category %r" % lab)
                if lab in DERIVED:
                    fail(path, lineno, "%r is derived, do not write it by hand" % lab)
            rows.append(row)
    return rows


def build_group(group, cfg, review):
    path = os.path.join(SRC, group + ".txt")
    rows = parse_source(group, path)
    members = load_members(group, cfg)
    admins = {m.key for m in members.values() if m.kind == "teacher" and m.role == "head_teacher"}
    qh = cfg["quiet_hours"]
    qstart, qend = qh["start"] + ":00", qh["end"] + ":00"
    allowed = cfg["allowed_link_domains"]
    rng = random.Random("blind7/" + group)

    current_name = {k: m.display for k, m in members.items()}
    seen = set()
    tags = {}
    out = []
    prev_dt = None
    run_sender, run_norm, run_len = None, None, 0
    urgent_seen = False
    for n, row in enumerate(rows, 1):
        p, ln = path, row["lineno"]
        key = row["key"]
        if key not in members:
            fail(p, ln, "unknown sender %r" % key)
        m = members[key]
        # time stamp
        parts = row["time"].split(":")
        hh, mm = int(parts[0]), int(parts[1])
        if len(parts) == 3:
            ss = int(parts[2])
        else:
            if prev_dt and prev_dt.date() == row["date"] and (prev_dt.hour, prev_dt.minute) == (hh, mm):
                ss = min(59, prev_dt.second + rng.randint(2, 9))
            else:
                ss = rng.randint(0, 45)
        ts = dt.datetime(row["date"].year, row["date"].month, row["date"].day, hh, mm, ss,
                         tzinfo=dt.timezone(dt.timedelta(hours=8)))
        if prev_dt and ts < prev_dt:
            fail(p, ln, "time goes backwards (%s < %s)" % (ts, prev_dt))
        prev_dt = ts
        mid = "%s-%04d" % (group, n)
        if row["tag"]:
            if row["tag"] in tags:
                fail(p, ln, "duplicate tag %r" % row["tag"])
            tags[row["tag"]] = mid
        reply = None
        if row["reply"]:
            r = row["reply"]
            if r == "^":
                reply = out[-1]["id"]
            elif re.fullmatch(r"-\d+", r):
                reply = out[int(r)]["id"]
            elif r in tags:
                reply = tags[r]
            else:
                fail(p, ln, "unknown reply target %r" % r)
        if row["rename"]:
            current_name[key] = row["rename"]
        name = current_name[key]
        labels = set(row["labels"])

        # membership / nickname / invite: the member's first message only
        if key not in seen:
            seen.add(key)
            if m.kind == "other":
                labels.add("membership")
            elif not name_ok(m, name):
                labels.add("nickname")
            j = m.joined or {}
            if j.get("via") == "invite" and not j.get("approved", False):
                if j.get("by") in admins:
                    pass
                else:
                    labels.add("invite")
        # flood
        norm = normalise(row["text"])
        if key != run_sender:
            run_sender, run_norm, run_len = key, None, 0
        if norm:
            if norm == run_norm:
                run_len += 1
            else:
                run_norm, run_len = norm, 1
            if run_len >= 3:
                labels.add("flood")
        elif run_len >= 2:
            review.append("WARN %s %s: empty message inside a repetition run" % (mid, key))
        # quiet hours
        hms = ts.strftime("%H:%M:%S")
        if row["urgent"]:
            if m.kind != "teacher":
                fail(p, ln, "U (urgent notice) only for teachers")
            urgent_seen = True
        if row["urgent_ack"] and not urgent_seen:
            fail(p, ln, "UA without an earlier urgent notice")
        if in_window(hms, qstart, qend):
            if row["urgent"] or row["urgent_ack"]:
                review.append("EXEMPT %s %s %s" % (mid, hms, row["text"][:40]))
            else:
                labels.add("quiet_hours")
        # links
        hosts = links(row["text"])
        bad = [h for h in hosts if not host_allowed(h, allowed)]
        if bad:
            labels.add("link")
        if hosts:
            review.append("LINK %s %s -> %s" % (mid, hosts, "link" if bad else "allowed"))
        if row["kind"] == "link_card" and not hosts:
            fail(p, ln, "link_card without a URL in its text")
        # review helpers
        if norm and len(norm) <= 14 and ACK_HINT.match(norm) and "ack_reply" not in labels:
            review.append("ACK? %s %s: %s" % (mid, name, row["text"]))
        if "chat" in labels and labels & {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}:
            fail(p, ln, "chat stacked with a content category that covers it (LABELS.md General 4)")

        expect = [c for c in CATEGORIES if c in labels]
        out.append({"id": mid, "ts": ts.isoformat(), "group": group, "sender": m.id,
                    "name": name, "text": row["text"], "kind": row["kind"],
                    "reply_to": reply, "expect": expect})
    for k, m in members.items():
        if k not in seen:
            review.append("SILENT %s %s (%s)" % (group, k, m.display))
    return out, members


def roster_yaml(group, cfg, members):
    teachers = [{"id": members[t["key"]].id, "name": t["name"], "subject": t["subject"],
                 "role": t["role"]} for t in cfg["teachers"]]
    students = [{"name": s["name"],
                 "guardians": [{"id": members[g["key"]].id, "relation": g["relation"]}
                               for g in s["guardians"]]} for s in cfg["students"]]
    mems = []
    for k, m in members.items():
        e = {"id": m.id, "display_name": m.display}
        if m.joined:
            j = dict(m.joined)
            if "by" in j:
                j["by"] = members[j["by"]].id
            e["joined"] = j
        mems.append(e)
    return {"group": group, "school": cfg["school"], "class": cfg["class"],
            "roster": {"teachers": teachers, "supervisor": members[cfg["supervisor"]].id,
                       "students": students},
            "members": mems}


def main():
    with open(os.path.join(SRC, "meta.yaml"), encoding="utf-8") as f:
        meta = yaml.safe_load(f)
    groups = {}
    review = []
    stats = {}
    for group, cfg in meta.items():
        msgs, members = build_group(group, cfg, review)
        groups[group] = {"school": cfg["school"], "class": cfg["class"], "grade": cfg["grade"],
                         "platform": cfg["platform"], "timezone": "Asia/Shanghai",
                         "quiet_hours": {"start": Quoted(cfg["quiet_hours"]["start"]),
                                         "end": Quoted(cfg["quiet_hours"]["end"])},
                         "allowed_link_domains": list(cfg["allowed_link_domains"]),
                         "transcript": "transcripts/%s.jsonl" % group,
                         "roster": "rosters/%s.yaml" % group}
        with open(os.path.join(OUT, "rosters", group + ".yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(roster_yaml(group, cfg, members), f, allow_unicode=True,
                           sort_keys=False, width=200)
        with open(os.path.join(OUT, "transcripts", group + ".jsonl"), "w", encoding="utf-8") as f:
            for msg in msgs:
                f.write(json.dumps(msg, ensure_ascii=False) + "\n")
        stats[group] = msgs
    with open(os.path.join(OUT, "groups.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump({"groups": groups}, f, allow_unicode=True, sort_keys=False, width=200)
    with open(os.path.join(HERE, "review.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(review) + "\n")

    total = sum(len(v) for v in stats.values())
    clean = sum(1 for v in stats.values() for m in v if not m["expect"])
    print("messages: %d, clean: %d (%.1f%%)" % (total, clean, 100.0 * clean / total))
    for g, v in stats.items():
        c = sum(1 for m in v if not m["expect"])
        print("  %s %4d messages, %3d clean (%.0f%%)" % (g, len(v), c, 100.0 * c / len(v)))
    print("category counts (total | per group %s):" % " ".join(stats))
    for cat in CATEGORIES:
        per = [sum(1 for m in v if cat in m["expect"]) for v in stats.values()]
        print("  %-16s %4d | %s" % (cat, sum(per), " ".join("%3d" % x for x in per)))


if __name__ == "__main__":
    main()
