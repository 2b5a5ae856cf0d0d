#!/usr/bin/env python3
"""Regenerate the corpus_blind9 bundle from the hand-written sources in build/src/.

Sources per group <g>:
  src/<g>.yaml  group parameters, roster and members (with short aliases)
  src/<g>.txt   the transcript in a line format (see README.md, "Source format")

Content labels (illegal, abuse, ad, rumor, chat, ack_reply, slander, incitement,
ranking, student_privacy, private_matter, dispute) are written by hand in the .txt.
membership, nickname, invite, flood, quiet_hours and link are derived here from the
roster, display names, join info, times and allowed domains, as LABELS.md defines them.

Usage: python build.py [--report]
"""
import json
import re
import sys
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE.parent

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
DERIVED = {"membership", "nickname", "invite", "flood", "quiet_hours", "link"}
ALIASES = {"ill": "illegal", "abu": "abuse", "rum": "rumor", "ack": "ack_reply",
           "sla": "slander", "inc": "incitement", "rank": "ranking",
           "priv": "student_privacy", "pm": "private_matter", "dis": "dispute"}
KINDS = {"img": "image", "file": "file", "card": "link_card", "voice": "voice",
         "stk": "sticker", "text": "text"}
RELATION_WORDS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长", "监护人"]

TLDS = ("com|cn|net|org|top|xyz|cc|io|vip|club|info|ly|site|online|shop|link|me|tv|"
        "wang|icu|fun")
URL_RE = re.compile(
    r"(?i)(?:https?://[^\s，。！？、；）)\]」』>\"'，]+"
    r"|(?<![a-z0-9@._-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + TLDS + r")"
    r"(?![a-z0-9-])(?:[:/][^\s，。！？、；）)\]」』>\"']*)?)")
CODE_RE = re.compile(r"\[[^\[\]\s]{1,8}\]")


def norm(text):
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = CODE_RE.sub("", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def hosts(text):
    out = []
    for m in URL_RE.finditer(text or ""):
        u = m.group(0)
        u = re.sub(r"(?i)^https?://", "", u)
        h = re.split(r"[/:?#]", u, 1)[0].lower().rstrip(".")
        out.append(h)
    return out


def host_allowed(h, allowed):
    return any(h == d or h.endswith("." + d) for d in allowed)


def in_window(hhmm, start, end):
    if start <= end:
        return start <= hhmm < end
    return hhmm >= start or hhmm < end


class SourceError(Exception):
    pass


class Q(str):
    """A string always written double-quoted (times like "07:00")."""


yaml.SafeDumper.add_representer(
    Q, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def load_group(g):
    cfg = yaml.safe_load((SRC / f"{g}.yaml").read_text(encoding="utf-8"))
    alias = {}          # alias -> member dict
    roster_teachers, roster_students, members = [], [], []
    for t in cfg["teachers"]:
        m = {"id": str(t["id"]), "display_name": t["display"], "role": "teacher",
             "subject": t["subject"]}
        if "joined" in t:
            m["joined"] = t["joined"]
        alias[t["alias"]] = m
        roster_teachers.append({"id": str(t["id"]), "name": t["name"],
                                "subject": t["subject"], "role": t["role"]})
        members.append(m)
    for s in cfg["students"]:
        gl = []
        for gd in s.get("guardians", []):
            gl.append({"id": str(gd["id"]), "relation": gd["relation"]})
            if gd.get("member", True):
                m = {"id": str(gd["id"]), "display_name": gd["display"], "role": "guardian",
                     "children": [], "relation": gd["relation"]}
                if "joined" in gd:
                    m["joined"] = gd["joined"]
                if gd["alias"] in alias:      # guardian of two pupils
                    alias[gd["alias"]]["children"].append(s["name"])
                    continue
                m["children"].append(s["name"])
                alias[gd["alias"]] = m
                members.append(m)
        roster_students.append({"name": s["name"], "guardians": gl})
    for o in cfg.get("others", []):
        m = {"id": str(o["id"]), "display_name": o["display"], "role": "other"}
        if "joined" in o:
            m["joined"] = o["joined"]
        alias[o["alias"]] = m
        members.append(m)
    # resolve join.by aliases
    for m in members:
        j = m.get("joined")
        if j and "by" in j and j["by"] in alias:
            j["by"] = alias[j["by"]]["id"]
    sup = alias[cfg["supervisor"]]["id"]
    head = [t["id"] for t in roster_teachers if t["role"] == "head_teacher"]
    return cfg, alias, roster_teachers, roster_students, members, sup, head


def name_ok(m, display):
    if m["role"] == "teacher":
        return m["subject"] in display
    words = RELATION_WORDS + [m.get("relation", "")]
    return any(c in display for c in m["children"]) and any(w and w in display for w in words)


def parse_transcript(g, alias):
    lines = (SRC / f"{g}.txt").read_text(encoding="utf-8").splitlines()
    date = None
    names = {a: m["display_name"] for a, m in alias.items()}
    anchors = {}
    msgs = []
    last_ts = None
    for no, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"src/{g}.txt:{no}"
        if line.startswith("@date "):
            date = line.split()[1]
            continue
        if line.startswith("@name "):
            _, a, newname = line.split(" ", 2)
            if a not in alias:
                raise SourceError(f"{where}: unknown alias {a}")
            names[a] = newname.strip()
            continue
        if " | " not in line and not line.endswith(" |"):
            raise SourceError(f"{where}: no ' | ' separator")
        head, rest = (line.split(" | ", 1) + [""])[:2] if " | " in line else (line[:-2], "")
        if " || " in rest:
            text, labels = rest.rsplit(" || ", 1)
        elif rest.endswith(" ||"):
            text, labels = rest[:-3], ""
        else:
            text, labels = rest, ""
        toks = head.split()
        tm, a = toks[0], toks[1]
        if a not in alias:
            raise SourceError(f"{where}: unknown alias {a}")
        kind, reply, anchor, urgent = "text", None, None, False
        for tk in toks[2:]:
            if tk in KINDS:
                kind = KINDS[tk]
            elif tk.startswith(">"):
                if tk[1:] not in anchors:
                    raise SourceError(f"{where}: unknown anchor {tk}")
                reply = anchors[tk[1:]]
            elif tk.startswith("#"):
                anchor = tk[1:]
            elif tk == "!U":
                urgent = True
            else:
                raise SourceError(f"{where}: bad token {tk}")
        hand = []
        for lb in [x.strip() for x in labels.replace("，", ",").split(",") if x.strip()]:
            lb = ALIASES.get(lb, lb)
            if lb not in CATALOGUE:
                raise SourceError(f"{where}: unknown label {lb}")
            if lb in DERIVED:
                raise SourceError(f"{where}: {lb} is derived, do not write it by hand")
            hand.append(lb)
        if date is None:
            raise SourceError(f"{where}: no @date yet")
        parts = tm.split(":")
        base = datetime.strptime(f"{date} {parts[0]}:{parts[1]}", "%Y-%m-%d %H:%M")
        if len(parts) == 3:
            ts = base + timedelta(seconds=int(parts[2]))
        else:
            ts = base + timedelta(seconds=(no * 37) % 50 + 3)
            if last_ts and ts <= last_ts and ts.replace(second=0) == last_ts.replace(second=0):
                ts = last_ts + timedelta(seconds=3 + (no % 5))
                if ts.minute != base.minute:
                    ts = last_ts + timedelta(seconds=1)
        if last_ts and ts <= last_ts:
            raise SourceError(f"{where}: time {ts} not after previous {last_ts}")
        last_ts = ts
        mid = f"{g}-{len(msgs) + 1:04d}"
        if anchor:
            if anchor in anchors:
                raise SourceError(f"{where}: duplicate anchor {anchor}")
            anchors[anchor] = mid
        text = text.replace("\\n", "\n")
        if text == "-":
            text = ""
        msgs.append({"id": mid, "ts": ts, "alias": a, "name": names[a], "text": text,
                     "kind": kind, "reply_to": reply, "urgent": urgent, "hand": hand,
                     "where": where})
    return msgs


def derive(cfg, alias, head, msgs):
    qs, qe = cfg["quiet_hours"]["start"], cfg["quiet_hours"]["end"]
    allowed = cfg["allowed_link_domains"]
    seen_member, nick_done = set(), set()
    run_sender, run_norm, run_len = None, None, 0
    for m in msgs:
        mem = alias[m["alias"]]
        lab = set(m["hand"])
        first = m["alias"] not in seen_member
        seen_member.add(m["alias"])
        if mem["role"] == "other" and first:
            lab.add("membership")
        if mem["role"] != "other" and m["alias"] not in nick_done and not name_ok(mem, m["name"]):
            lab.add("nickname")
            nick_done.add(m["alias"])
        j = mem.get("joined") or {}
        if first and j.get("via") == "invite" and not j.get("approved", False) \
                and j.get("by") not in head:
            lab.add("invite")
        n = norm(m["text"]) if m["kind"] in ("text", "link_card", "file", "image", "sticker") else norm(m["text"])
        if m["alias"] == run_sender and n and n == run_norm:
            run_len += 1
        elif n:
            run_sender, run_norm, run_len = m["alias"], n, 1
        else:
            # an empty message of the same sender does not break a run; another sender's does
            if m["alias"] != run_sender:
                run_sender, run_norm, run_len = m["alias"], None, 0
        if n and run_len >= 3:
            lab.add("flood")
        hs = hosts(m["text"])
        m["hosts"] = hs
        if any(not host_allowed(h, allowed) for h in hs):
            lab.add("link")
        if in_window(m["ts"].strftime("%H:%M"), qs, qe) and not m["urgent"]:
            lab.add("quiet_hours")
        m["labels"] = [c for c in CATALOGUE if c in lab]


def build(report=False):
    groups = sorted(p.stem for p in SRC.glob("*.yaml"))
    gy = {"groups": {}}
    (OUT / "rosters").mkdir(exist_ok=True)
    (OUT / "transcripts").mkdir(exist_ok=True)
    stats = {}
    for g in groups:
        cfg, alias, rt, rs, members, sup, head = load_group(g)
        gy["groups"][g] = {
            "school": cfg["school"], "class": cfg["class"], "grade": cfg["grade"],
            "platform": cfg["platform"], "timezone": "Asia/Shanghai",
            "quiet_hours": {"start": Q(cfg["quiet_hours"]["start"]), "end": Q(cfg["quiet_hours"]["end"])},
            "allowed_link_domains": cfg["allowed_link_domains"],
            "transcript": f"transcripts/{g}.jsonl", "roster": f"rosters/{g}.yaml"}
        roster = {"group": g, "school": cfg["school"], "class": cfg["class"],
                  "roster": {"teachers": rt, "supervisor": sup, "students": rs},
                  "members": []}
        for m in members:
            e = {"id": m["id"], "display_name": m["display_name"]}
            if "joined" in m:
                e["joined"] = m["joined"]
            roster["members"].append(e)
        (OUT / "rosters" / f"{g}.yaml").write_text(
            yaml.safe_dump(roster, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
        msgs = parse_transcript(g, alias)
        derive(cfg, alias, head, msgs)
        with open(OUT / "transcripts" / f"{g}.jsonl", "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps({
                    "id": m["id"], "ts": m["ts"].strftime("%Y-%m-%dT%H:%M:%S+08:00"),
                    "group": g, "sender": alias[m["alias"]]["id"], "name": m["name"],
                    "text": m["text"], "kind": m["kind"], "reply_to": m["reply_to"],
                    "expect": m["labels"]}, ensure_ascii=False) + "\n")
        stats[g] = msgs
        if report:
            for m in msgs:
                print(m["id"], m["ts"].strftime("%m-%d %H:%M"), m["name"], "|",
                      m["text"][:60].replace("\n", " "), "=>", ",".join(m["labels"]),
                      ("hosts=" + ",".join(m["hosts"])) if m["hosts"] else "")
    (OUT / "groups.yaml").write_text(
        yaml.safe_dump(gy, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    total = sum(len(v) for v in stats.values())
    clean = sum(1 for v in stats.values() for m in v if not m["labels"])
    counts = {c: 0 for c in CATALOGUE}
    for v in stats.values():
        for m in v:
            for c in m["labels"]:
                counts[c] += 1
    print(f"groups: {len(stats)}  messages: {total}  clean: {clean} ({clean / total:.1%})")
    for g, v in stats.items():
        c = sum(1 for m in v if not m["labels"])
        print(f"  {g}: {len(v)} messages, clean {c} ({c / len(v):.1%})")
    for c in CATALOGUE:
        print(f"  {c:16s} {counts[c]}")
    return stats


if __name__ == "__main__":
    try:
        build(report="--report" in sys.argv)
    except SourceError as e:
        print("source error:", e, file=sys.stderr)
        sys.exit(1)
    except BrokenPipeError:
        pass
