#!/usr/bin/env python3
"""Regenerate the corpus_blind12 bundle from the hand-written sources in build/src/.

Deterministic, stdlib + PyYAML only.  Usage (from anywhere):

    /work/main/.venv/bin/python tests/corpus_blind12/build/build.py

Source format (one file per group, build/src/<g>.txt)
----------------------------------------------------
The file starts with a YAML front matter between two ``---`` lines: the group's
config (school, class, grade, platform, timezone, quiet_hours,
allowed_link_domains), its ``roster`` (teachers, supervisor, students) and its
``members`` (display names when the transcript starts, ``joined`` info).

After it, line by line:

    // comment                       ignored (also blank lines)
    == 2026-09-07                    sets the date for the following messages
    HH:MM[:SS] SENDER [opts] | text  one message
        continuation                 a line indented by 4 spaces adds "\n"+line

An optional ``idmap: {alias: real_id}`` in the front matter lets the source
use short aliases for member ids (numeric QQ ids, Matrix ids) everywhere.

opts (shlex-split, any order):
    k:KIND       kind (text|image|file|link_card|voice|sticker), default text
    #tag         names this message so that later ones can quote it
    ^tag         reply_to the message named #tag;  ^^ = the previous message
    =a,b         hand-written CONTENT labels (never structural ones)
    n:NAME       the sender renamed to NAME at this message (kept afterwards)
    !urgent      an evidently urgent teacher/school notice about tomorrow's
                 schedule or safety: exempt from quiet_hours (LABELS.md, Time)
    !uack        an acknowledgement that such an urgent notice explicitly asked
                 for: exempt from quiet_hours too
    ~linkok      silence the URL cross-check for this message (a judgement
                 call that is documented in README.md)

If the time has no seconds, a deterministic second is chosen inside that minute
(never moving the message into another minute).

Structural labels are DERIVED here, exactly as LABELS.md defines them:
membership, nickname, invite, flood, quiet_hours.  Content labels come from the
``=`` option.  Every message's list is emitted in RULES.md catalogue order.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shlex
import sys
import unicodedata
import zlib

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")

GROUP_ORDER = ["kgm", "scx", "fjc", "szg", "tej", "xzx", "xsc", "gyz"]

CATALOGUE = [
    "membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
    "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
    "student_privacy", "private_matter", "quiet_hours", "dispute",
]
STRUCTURAL = {"membership", "nickname", "invite", "flood", "quiet_hours"}
CONTENT = [c for c in CATALOGUE if c not in STRUCTURAL]
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长",
             "舅舅", "姑姑", "姨妈", "小姨", "叔叔", "阿姨", "哥哥", "姐姐", "伯伯",
             "监护人"]
TZ = dt.timezone(dt.timedelta(hours=8))

TLDS = ("com|cn|net|org|top|xyz|cc|io|me|vip|club|info|site|shop|link|ly|co|"
        "edu|gov|hk|app|online|fun|ink|pro|icu|tv|life|love|work|store|wang")
HOST_RE = re.compile(
    r"(?<![a-z0-9@.-])(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:%s))"
    r"(?![a-z0-9-])" % TLDS)
DISGUISE_RE = re.compile(r"(点|點|dot|\(\.\)|。)\s*(c\s*o\s*m|c\s*n|n\s*e\s*t|t\s*o\s*p)\b|"
                         r"(点|點)(com|cn|net|top)")


class SrcError(Exception):
    pass


def norm_flood(text: str) -> str:
    """LABELS.md flood normalisation: NFKC, lower case, drop whitespace,
    punctuation, symbols, emoji and [表情] codes."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"\[[^\[\]\s]{1,8}\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def compact(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def hosts_in(text: str) -> list[str]:
    t = unicodedata.normalize("NFKC", text).lower()
    return [m.group(1) for m in HOST_RE.finditer(t)]


def host_allowed(host: str, allowed: list[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in allowed)


def parse_hm(s: str) -> tuple[int, int]:
    h, m = s.split(":")
    return int(h), int(m)


def in_window(t: dt.datetime, start: str, end: str) -> bool:
    sh, sm = parse_hm(start)
    eh, em = parse_hm(end)
    cur = (t.hour, t.minute, t.second)
    s, e = (sh, sm, 0), (eh, em, 0)
    if s <= e:
        return s <= cur < e
    return cur >= s or cur < e


def apply_idmap(front, idmap):
    """Sources may use short aliases for member ids (``idmap: {alias: id}``),
    e.g. for numeric QQ ids; the bundle gets the real ids."""
    if not idmap:
        return front
    f = lambda x: str(idmap.get(x, x))
    r = front["roster"]
    for t in r["teachers"]:
        t["id"] = f(t["id"])
    r["supervisor"] = f(r["supervisor"])
    for s in r["students"]:
        for g in s["guardians"]:
            g["id"] = f(g["id"])
    for m in front["members"]:
        m["id"] = f(m["id"])
        if m.get("joined") and m["joined"].get("by"):
            m["joined"]["by"] = f(m["joined"]["by"])
    vals = list(map(str, idmap.values()))
    if len(set(vals)) != len(vals):
        raise SrcError("idmap maps two aliases to one id")
    return front


def parse_source(path: str):
    gid = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if not lines or lines[0].strip() != "---":
        raise SrcError(f"{path}:1: front matter must start with ---")
    try:
        end = lines.index("---", 1)
    except ValueError:
        raise SrcError(f"{path}: front matter not closed")
    front = yaml.safe_load("\n".join(lines[1:end]))
    idmap = front.pop("idmap", None) or {}
    front = apply_idmap(front, idmap)
    msgs = []
    date = None
    for lineno in range(end + 1, len(lines)):
        raw = lines[lineno]
        where = f"{path}:{lineno + 1}"
        if raw.startswith("    ") and raw.strip():
            if not msgs:
                raise SrcError(f"{where}: continuation before any message")
            msgs[-1]["text"] += "\n" + raw[4:]
            continue
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("=="):
            date = dt.date.fromisoformat(line[2:].strip())
            continue
        if " |" not in line:
            raise SrcError(f"{where}: message line without ' |': {line!r}")
        head, rest = line.split(" |", 1)
        text = rest[1:] if rest.startswith(" ") else rest
        toks = shlex.split(head)
        if len(toks) < 2:
            raise SrcError(f"{where}: need TIME SENDER")
        if date is None:
            raise SrcError(f"{where}: no date set")
        m = {"time": toks[0], "sender": str(idmap.get(toks[1], toks[1])), "kind": "text", "tag": None,
             "reply": None, "labels": [], "rename": None, "urgent": False,
             "uack": False, "linkok": False, "text": text, "date": date,
             "where": where}
        for tok in toks[2:]:
            if tok.startswith("k:"):
                m["kind"] = tok[2:]
            elif tok.startswith("#"):
                m["tag"] = tok[1:]
            elif tok.startswith("^"):
                m["reply"] = tok[1:]
            elif tok.startswith("="):
                m["labels"] = [x for x in tok[1:].split(",") if x]
            elif tok.startswith("n:"):
                m["rename"] = tok[2:]
            elif tok == "!urgent":
                m["urgent"] = True
            elif tok == "!uack":
                m["uack"] = True
            elif tok == "~linkok":
                m["linkok"] = True
            else:
                raise SrcError(f"{where}: unknown option {tok!r}")
        msgs.append(m)
    return gid, front, msgs


def build_group(gid, front, msgs):
    roster = front["roster"]
    qh = front["quiet_hours"]
    allowed = front.get("allowed_link_domains") or []
    teachers = {t["id"]: t for t in roster["teachers"]}
    heads = {t["id"] for t in roster["teachers"] if t["role"] == "head_teacher"}
    children = {}  # guardian id -> [student full names]
    for s in roster["students"]:
        for g in s["guardians"]:
            children.setdefault(g["id"], []).append(s["name"])
    members = {m["id"]: m for m in front["members"]}
    for mid in list(teachers) + list(children):
        if mid not in members:
            raise SrcError(f"{gid}: rostered {mid} missing from members")
    if roster.get("supervisor") not in children:
        raise SrcError(f"{gid}: supervisor must be a rostered guardian")

    def name_ok(mid, name):
        c = compact(name)
        if mid in teachers:
            return teachers[mid]["subject"] in c
        return any(ch + rel in c for ch in children[mid] for rel in RELATIONS)

    names = {mid: m["display_name"] for mid, m in members.items()}
    out = []
    tags = {}
    prev_ts = None
    seen = set()          # members who have posted
    nick_done = set()
    run = None            # (sender, norm, count)
    last_empty_same = None
    last_teacher_msg = None
    urgent_ids = set()
    for idx, m in enumerate(msgs, 1):
        where = m["where"]
        mid = m["sender"]
        if mid not in members:
            raise SrcError(f"{where}: sender {mid} not in members")
        if m["kind"] not in KINDS:
            raise SrcError(f"{where}: bad kind {m['kind']}")
        # ---- time
        parts = [int(x) for x in m["time"].split(":")]
        if len(parts) == 3:
            h, mi, se = parts
            t = dt.datetime.combine(m["date"], dt.time(h, mi, se), TZ)
            if prev_ts and t <= prev_ts:
                raise SrcError(f"{where}: time not increasing")
        else:
            h, mi = parts
            se = 2 + zlib.crc32(f"{gid}:{idx}".encode()) % 16
            t = dt.datetime.combine(m["date"], dt.time(h, mi, se), TZ)
            if prev_ts and t <= prev_ts:
                bump = prev_ts + dt.timedelta(seconds=2 + zlib.crc32(f"b{gid}{idx}".encode()) % 6)
                if (bump.date(), bump.hour, bump.minute) != (m["date"], h, mi):
                    bump = prev_ts + dt.timedelta(seconds=1)
                if (bump.date(), bump.hour, bump.minute) != (m["date"], h, mi):
                    raise SrcError(f"{where}: cannot fit message into minute {m['time']}")
                t = bump
        prev_ts = t
        mid_id = f"{gid}-{idx:04d}"
        # ---- reply
        reply_to = None
        if m["reply"] == "^":
            if not out:
                raise SrcError(f"{where}: ^^ on first message")
            reply_to = out[-1]["id"]
        elif m["reply"]:
            if m["reply"] not in tags:
                raise SrcError(f"{where}: unknown tag ^{m['reply']}")
            reply_to = tags[m["reply"]]
        if m["tag"]:
            if m["tag"] in tags:
                raise SrcError(f"{where}: duplicate tag #{m['tag']}")
            tags[m["tag"]] = mid_id
        # ---- name
        if m["rename"]:
            if mid in seen and mid in nick_done and (mid in teachers or mid in children) \
                    and not name_ok(mid, m["rename"]):
                raise SrcError(f"{where}: rename to another invalid name is ambiguous")
            names[mid] = m["rename"]
        name = names[mid]
        # ---- labels
        for lab in m["labels"]:
            if lab not in CATALOGUE:
                raise SrcError(f"{where}: unknown label {lab}")
            if lab in STRUCTURAL:
                raise SrcError(f"{where}: structural label {lab} must not be hand-written")
        labels = set(m["labels"])
        rostered = mid in teachers or mid in children
        first = mid not in seen
        if first and not rostered:
            labels.add("membership")
        if rostered and mid not in nick_done:
            ok = name_ok(mid, name)
            if first and not ok:
                labels.add("nickname")
            elif not first and not ok:
                raise SrcError(f"{where}: {mid} valid at first post, invalid later: ambiguous")
            nick_done.add(mid)
        if first:
            j = members[mid].get("joined") or {}
            if j.get("via") == "invite" and not j.get("approved", False):
                if j.get("by") in teachers and j.get("by") not in heads:
                    raise SrcError(f"{where}: invite by a co-manager teacher is ambiguous")
                if j.get("by") not in heads:
                    labels.add("invite")
        seen.add(mid)
        # flood
        nt = norm_flood(m["text"])
        if nt:
            if run and run[0] == mid and run[1] == nt:
                if last_empty_same:
                    raise SrcError(f"{where}: empty message of the same sender inside a run")
                run = (mid, nt, run[2] + 1)
            else:
                run = (mid, nt, 1)
            last_empty_same = None
            if run[2] >= 3:
                labels.add("flood")
        else:
            if run and run[0] == mid:
                last_empty_same = where
            else:
                run = None
                last_empty_same = None
        # quiet hours
        if m["urgent"]:
            if mid not in teachers:
                raise SrcError(f"{where}: !urgent on a non-teacher")
            urgent_ids.add(mid_id)
        if m["uack"]:
            target = reply_to or (last_teacher_msg and last_teacher_msg["id"])
            if target not in urgent_ids:
                raise SrcError(f"{where}: !uack does not answer an urgent notice")
        if in_window(t, qh["start"], qh["end"]):
            if not (m["urgent"] or m["uack"]):
                labels.add("quiet_hours")
        elif m["urgent"] or m["uack"]:
            raise SrcError(f"{where}: exemption flag outside the quiet window")
        # URL cross-check
        bad = [hh for hh in hosts_in(m["text"]) if not host_allowed(hh, allowed)]
        disguised = bool(DISGUISE_RE.search(unicodedata.normalize("NFKC", m["text"]).lower()))
        want_link = bool(bad) or disguised
        if want_link != ("link" in labels) and not m["linkok"]:
            raise SrcError(f"{where}: link cross-check: hosts={hosts_in(m['text'])} "
                           f"disguised={disguised} labels={sorted(labels)}")
        if m["kind"] == "link_card" and not hosts_in(m["text"]) and not m["linkok"]:
            raise SrcError(f"{where}: link card without a URL")
        rec = {"id": mid_id, "ts": t.isoformat(), "group": gid, "sender": mid,
               "name": name, "text": m["text"], "kind": m["kind"],
               "reply_to": reply_to,
               "expect": [c for c in CATALOGUE if c in labels]}
        out.append(rec)
        if mid in teachers:
            last_teacher_msg = rec
    return out


def main():
    files = sorted(f for f in os.listdir(SRC) if f.endswith(".txt"))
    found = [os.path.splitext(f)[0] for f in files]
    missing = [g for g in GROUP_ORDER if g not in found]
    extra = [g for g in found if g not in GROUP_ORDER]
    if extra:
        raise SrcError(f"unexpected sources: {extra}")
    order = [g for g in GROUP_ORDER if g in found]
    if missing:
        print(f"warning: sources missing for {missing}", file=sys.stderr)
    groups = {}
    os.makedirs(os.path.join(ROOT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "transcripts"), exist_ok=True)
    stats = {}
    for gid in order:
        _, front, msgs = parse_source(os.path.join(SRC, gid + ".txt"))
        recs = build_group(gid, front, msgs)
        groups[gid] = {
            "school": front["school"], "class": front["class"],
            "grade": front["grade"], "platform": front["platform"],
            "timezone": front["timezone"],
            "quiet_hours": {"start": front["quiet_hours"]["start"],
                            "end": front["quiet_hours"]["end"]},
            "allowed_link_domains": list(front["allowed_link_domains"]),
            "transcript": f"transcripts/{gid}.jsonl",
            "roster": f"rosters/{gid}.yaml",
        }
        roster_doc = {"group": gid, "school": front["school"], "class": front["class"],
                      "roster": front["roster"], "members": front["members"]}
        with open(os.path.join(ROOT, "rosters", gid + ".yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(roster_doc, fh, allow_unicode=True, sort_keys=False,
                           default_flow_style=None, width=200)
        with open(os.path.join(ROOT, "transcripts", gid + ".jsonl"), "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        stats[gid] = recs
    with open(os.path.join(ROOT, "groups.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump({"groups": groups}, fh, allow_unicode=True, sort_keys=False,
                       default_flow_style=None, width=200)
    # summary
    total = clean = 0
    per = {c: 0 for c in CATALOGUE}
    print(f"{'group':6} {'msgs':>5} {'clean':>5}")
    for gid, recs in stats.items():
        n = len(recs)
        c = sum(1 for r in recs if not r["expect"])
        total += n
        clean += c
        for r in recs:
            for lab in r["expect"]:
                per[lab] += 1
        print(f"{gid:6} {n:5d} {c:5d}")
    print(f"{'total':6} {total:5d} {clean:5d}  ({100.0 * clean / max(total, 1):.1f}% clean)")
    for c in CATALOGUE:
        print(f"  {c:16} {per[c]:4d}")


if __name__ == "__main__":
    try:
        main()
    except SrcError as e:
        print(f"build error: {e}", file=sys.stderr)
        sys.exit(1)
