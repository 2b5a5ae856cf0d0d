#!/usr/bin/env python3
"""Regenerate the corpus_blind11 bundle from the hand-written sources.

    /work/main/.venv/bin/python build/build.py

Reads build/src/<g>.txt (a YAML header + one message per line), writes
groups.yaml, rosters/<g>.yaml and transcripts/<g>.jsonl next to build/.
Deterministic: stdlib + PyYAML only, no clock, no randomness.

Source format
-------------
The file starts with a YAML block between two lines `---` (keys: group, config,
roster, members).  After it:

    # comment                      ignored
    = 2026-03-02                   sets the current date
    HH:MM[:SS] | sender | opts | text | labels      (no "|" inside text)

* opts: space separated tokens
    image | file | link_card | voice | sticker   the kind (default text)
    &a      anchor this message as `a`
    ^a      reply_to the message anchored as `a`
    @Name   the sender's display name changes to Name from this message on
    !urgent an evidently urgent teacher/school notice about the next day's
            schedule or safety (exempt from quiet_hours)
    !asks   that urgent notice explicitly asks for an acknowledgement
    !uack   an acknowledgement that an earlier `!urgent !asks` notice asked for
* text: `\\n` is a line break; may be empty for captionless media.
* labels: the hand-written CONTENT labels (space separated, any order, `-` or
  empty = none).  The structural labels membership, nickname, invite, flood and
  quiet_hours are derived here, as LABELS.md defines them; one written in a
  source line is only an assertion (the build fails if the derivation does not
  give it), it never adds a label.
* Without seconds, the seconds are derived deterministically from the text.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
import zlib

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")

CATALOGUE = [
    "membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
    "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
    "student_privacy", "private_matter", "quiet_hours", "dispute",
]
STRUCTURAL = {"membership", "nickname", "invite", "flood", "quiet_hours"}
CONTENT = set(CATALOGUE) - STRUCTURAL
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
RELATION_WORDS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷",
                  "家长", "监护人", "舅舅", "姑姑", "姨妈", "小姨", "叔叔", "伯伯",
                  "哥哥", "姐姐", "阿爸", "阿妈", "엄마", "아빠", "할머니", "할아버지"]
ORDER = ["qx", "gs", "js", "cz", "yn", "ys", "yb", "ce"]


class SrcError(Exception):
    pass


def die(path, lineno, msg):
    raise SrcError(f"{path}:{lineno}: {msg}")


# ---------------------------------------------------------------- structure
def normalise(text):
    """LABELS.md flood normalisation: NFKC, lower case, no whitespace,
    punctuation, symbols, emoji or [表情] codes."""
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = re.sub(r"\[[^\[\]\s]{1,8}\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def parent_name_ok(name, children):
    for child in children:
        i = name.find(child)
        if i < 0:
            continue
        rest = name[i + len(child):]
        if any(rest.startswith(w) or rest.lstrip("的 ").startswith(w) for w in RELATION_WORDS):
            return True
    return False


def teacher_name_ok(name, subject):
    return subject in name


def in_window(t, start, end):
    s = dt.time.fromisoformat(start)
    e = dt.time.fromisoformat(end)
    if s <= e:
        return s <= t < e
    return t >= s or t < e


# ---------------------------------------------------------------- parsing
def parse_src(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0].strip() != "---":
        die(path, 1, "must start with a YAML header between '---' lines")
    try:
        end = lines.index("---", 1)
    except ValueError:
        die(path, 1, "YAML header not closed")
    head = yaml.safe_load("\n".join(lines[1:end]))
    msgs = []
    date = None
    for no in range(end + 1, len(lines)):
        raw = lines[no]
        lineno = no + 1
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("="):
            date = dt.date.fromisoformat(s[1:].strip())
            continue
        parts = raw.split("|")
        if len(parts) != 5:
            die(path, lineno, "expected 'time | sender | opts | text | labels' (no '|' inside text)")
        time_s, sender, opts, text, labels = (p.strip() for p in parts)
        if date is None:
            die(path, lineno, "no '= date' line before the first message")
        msgs.append({"lineno": lineno, "date": date, "time": time_s,
                     "sender": sender, "opts": opts.split(), "text": text,
                     "labels": labels.split()})
    return head, msgs


def build_group(path):
    head, msgs = parse_src(path)
    g = head["group"]
    cfg = head["config"]
    roster = head["roster"]
    members = head["members"]
    mem = {m["id"]: m for m in members}
    teachers = {t["id"]: t for t in roster["teachers"]}
    heads = {t["id"] for t in roster["teachers"] if t.get("role") == "head_teacher"}
    children = {}
    for st in roster["students"]:
        for gd in st["guardians"]:
            children.setdefault(gd["id"], []).append(st["name"])
    qh = cfg["quiet_hours"]

    names = {m["id"]: m["display_name"] for m in members}
    anchors = {}
    seen = set()
    out = []
    prev_ts = None
    prev_key = None
    prev_sec = 0
    run = None  # (sender, normalised text, count, media-in-between)
    urgent_asks = set()
    for i, m in enumerate(msgs, 1):
        lineno = m["lineno"]
        sender = m["sender"]
        if sender not in mem:
            die(path, lineno, f"sender {sender!r} not among members")
        kind = "text"
        reply = None
        flags = set()
        for tok in m["opts"]:
            if tok in KINDS:
                kind = tok
            elif tok.startswith("&"):
                if tok[1:] in anchors:
                    die(path, lineno, f"anchor {tok} reused")
                anchors[tok[1:]] = f"{g}-{i:04d}"
            elif tok.startswith("^"):
                if tok[1:] not in anchors:
                    die(path, lineno, f"unknown anchor {tok}")
                reply = anchors[tok[1:]]
            elif tok.startswith("@"):
                names[sender] = tok[1:]
            elif tok.startswith("!"):
                flags.add(tok[1:])
            else:
                die(path, lineno, f"unknown option {tok!r}")
        text = m["text"].replace("\\n", "\n")
        if text in ("-", '""'):
            text = ""
        if kind == "text" and not text:
            die(path, lineno, "empty text message")
        # time
        tparts = m["time"].split(":")
        hh, mm = int(tparts[0]), int(tparts[1])
        key = (m["date"], hh, mm)
        if len(tparts) == 3:
            sec = int(tparts[2])
        elif key == prev_key:
            sec = prev_sec + 3 + zlib.crc32(text.encode()) % 9
        else:
            sec = 4 + zlib.crc32((text + sender).encode()) % 41
        if sec > 59:
            die(path, lineno, "too many messages in one minute; give seconds")
        prev_key, prev_sec = key, sec
        local = dt.datetime(m["date"].year, m["date"].month, m["date"].day, hh, mm, sec)
        if prev_ts is not None and local <= prev_ts:
            die(path, lineno, f"time {local} not after {prev_ts}")
        prev_ts = local
        ts = local.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00"

        labels = set()
        asserted = set()
        for lab in m["labels"]:
            if lab == "-":
                continue
            if lab not in CATALOGUE:
                die(path, lineno, f"unknown label {lab!r}")
            if lab in STRUCTURAL:
                asserted.add(lab)
                continue
            labels.add(lab)

        # ---- structural labels, as LABELS.md defines them
        first = sender not in seen
        seen.add(sender)
        rostered = sender in teachers or sender in children
        name = names[sender]
        if first and not rostered:
            labels.add("membership")
        if first and rostered:
            ok = (teacher_name_ok(name, teachers[sender]["subject"]) if sender in teachers
                  else parent_name_ok(name, children[sender]))
            if not ok:
                labels.add("nickname")
        j = mem[sender].get("joined") or {}
        if first and j.get("via") == "invite" and j.get("by") not in heads and not j.get("approved", False):
            labels.add("invite")
        # flood
        norm = normalise(text)
        if not norm:
            # media without caption never counts; it neither extends nor (for the
            # same sender) clearly breaks a run, so X, <photo>, X is rejected below.
            if run is not None and run[0] != sender:
                run = None
            elif run is not None:
                run = (run[0], run[1], run[2], True)
        elif run is not None and run[0] == sender and run[1] == norm:
            if run[3]:
                die(path, lineno, "same text around a captionless media message: ambiguous for flood")
            run = (sender, norm, run[2] + 1, False)
        else:
            run = (sender, norm, 1, False)
        if norm and run[2] >= 3:
            labels.add("flood")
        # quiet hours
        if "urgent" in flags and sender not in teachers:
            die(path, lineno, "!urgent only for a teacher's notice")
        if "uack" in flags:
            if reply not in urgent_asks and not urgent_asks:
                die(path, lineno, "!uack without an earlier !urgent !asks notice")
        if "urgent" in flags and "asks" in flags:
            urgent_asks.add(f"{g}-{i:04d}")
        exempt = "urgent" in flags or "uack" in flags
        if in_window(local.time(), qh["start"], qh["end"]) and not exempt:
            labels.add("quiet_hours")
        missing = asserted - labels
        if missing:
            die(path, lineno, f"structural label(s) {sorted(missing)} written but not derived")
        out.append({
            "id": f"{g}-{i:04d}", "ts": ts, "group": g, "sender": sender,
            "name": name, "text": text, "kind": kind, "reply_to": reply,
            "expect": [c for c in CATALOGUE if c in labels],
        })
    return g, head, out


def main():
    files = sorted(f for f in os.listdir(SRC) if f.endswith(".txt"))
    groups = {}
    rosters = {}
    transcripts = {}
    for f in files:
        try:
            g, head, out = build_group(os.path.join(SRC, f))
        except SrcError as e:
            print("ERROR", e, file=sys.stderr)
            return 1
        if g != f[:-4]:
            print(f"ERROR {f}: group {g!r} must match the file name", file=sys.stderr)
            return 1
        cfg = dict(head["config"])
        cfg["transcript"] = f"transcripts/{g}.jsonl"
        cfg["roster"] = f"rosters/{g}.yaml"
        groups[g] = cfg
        rosters[g] = {"group": g, "school": cfg["school"], "class": cfg["class"],
                      "roster": head["roster"], "members": head["members"]}
        transcripts[g] = out
    order = [g for g in ORDER if g in groups] + [g for g in groups if g not in ORDER]
    os.makedirs(os.path.join(OUT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "transcripts"), exist_ok=True)
    dump = dict(allow_unicode=True, sort_keys=False, default_flow_style=None, width=1000)
    with open(os.path.join(OUT, "groups.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump({"groups": {g: groups[g] for g in order}}, fh, **dump)
    for g in order:
        with open(os.path.join(OUT, "rosters", f"{g}.yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(rosters[g], fh, **dump)
        with open(os.path.join(OUT, "transcripts", f"{g}.jsonl"), "w", encoding="utf-8") as fh:
            for rec in transcripts[g]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary
    total = clean = 0
    counts = {c: 0 for c in CATALOGUE}
    print(f"{'group':6} {'msgs':>5} {'clean':>5}")
    for g in order:
        n = len(transcripts[g])
        c = sum(1 for r in transcripts[g] if not r["expect"])
        total += n
        clean += c
        for r in transcripts[g]:
            for lab in r["expect"]:
                counts[lab] += 1
        print(f"{g:6} {n:5} {c:5}")
    print(f"{'total':6} {total:5} {clean:5}  ({100.0 * clean / max(total, 1):.1f}% clean)")
    for c in CATALOGUE:
        print(f"  {c:16} {counts[c]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
