#!/usr/bin/env python3
"""Deterministic builder for corpus_spam6.

Reads build/config.yaml and build/src/<group>.txt and writes groups.yaml,
rosters/<group>.yaml and transcripts/<group>.jsonl into the bundle directory.

Source line format (one message per line):
    key|family|labels|meta|text
  key     sender key from config.yaml
  family  content family tag (for the README table only, not written out)
  labels  comma list of categories, or '-' for clean
  meta    comma list: '>N' = reply to the message N lines back, 'img' | 'file' | 'card' = kind
  text    message text (may contain '|')
Day marker:  == YYYY-MM-DD      Comment: lines starting with '#'.
Timestamps come from a seeded RNG, so every run gives the same bundle.
"""
import json, random, sys, datetime as dt
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
BUNDLE = HERE.parent
CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
             "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
KINDS = {"img": "image", "file": "file", "card": "link_card", "voice": "voice", "sticker": "sticker"}


def members(g, cfg):
    """Return (teachers, students, members list, key->member dict)."""
    qq = cfg["platform"] == "qq"
    keymap, mem = {}, []
    for t in cfg["teachers"]:
        mem.append({"id": str(t["id"]), "display_name": t["display"]})
    n = 0
    students = []
    for s in cfg["students"]:
        gl = []
        for gd in s["guardians"]:
            n += 1
            mid = str(int(cfg["teachers"][0]["id"]) + 100 + n) if qq else f"p_{g}_{gd['key']}"
            disp = s["name"] + gd["relation"] + gd.get("suffix", "")
            keymap[gd["key"]] = {"id": mid, "name": disp, "relation": gd["relation"]}
            gl.append({"id": mid, "relation": gd["relation"]})
            mem.append({"id": mid, "display_name": disp})
        students.append({"name": s["name"], "guardians": gl})
    teachers = [{"id": str(t["id"]), "name": t["name"], "subject": t["subject"], "role": t["role"]}
                for t in cfg["teachers"]]
    return teachers, students, mem, keymap


def parse(path):
    rows, day = [], None
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("=="):
            day = line[2:].strip()
            continue
        parts = line.split("|", 4)
        if len(parts) != 5:
            sys.exit(f"{path}:{ln}: expected 5 fields")
        key, fam, labels, meta, text = (p.strip() for p in parts)
        labs = [] if labels == "-" else [x.strip() for x in labels.split(",") if x.strip()]
        for x in labs:
            if x not in CATALOGUE:
                sys.exit(f"{path}:{ln}: bad label {x}")
        labs = sorted(set(labs), key=CATALOGUE.index)
        kind, back = "text", None
        for m in [x.strip() for x in meta.split(",") if x.strip()]:
            if m.startswith(">"):
                back = int(m[1:])
            elif m in KINDS:
                kind = KINDS[m]
            else:
                sys.exit(f"{path}:{ln}: bad meta {m}")
        if day is None:
            sys.exit(f"{path}:{ln}: no day marker")
        rows.append(dict(day=day, key=key, family=fam, expect=labs, kind=kind, back=back,
                         text=text, src_line=ln))
    return rows


def build():
    cfg_all = yaml.safe_load((HERE / "config.yaml").read_text(encoding="utf-8"))
    groups = {}
    for g, cfg in cfg_all.items():
        teachers, students, mem, keymap = members(g, cfg)
        groups[g] = {"school": cfg["school"], "class": cfg["class"], "grade": cfg["grade"],
                     "platform": cfg["platform"], "timezone": "Asia/Shanghai",
                     "quiet_hours": {"start": "20:00", "end": "07:00"},
                     "allowed_link_domains": cfg["allowed"],
                     "transcript": f"transcripts/{g}.jsonl", "roster": f"rosters/{g}.yaml"}
        roster = {"group": g, "school": cfg["school"], "class": cfg["class"],
                  "roster": {"teachers": teachers, "supervisor": keymap[cfg["supervisor"]]["id"],
                             "students": students},
                  "members": mem}
        (BUNDLE / "rosters" / f"{g}.yaml").write_text(
            yaml.safe_dump(roster, allow_unicode=True, sort_keys=False), encoding="utf-8")
        if not (HERE / "src" / f"{g}.txt").exists() and "--partial" in sys.argv:
            continue
        rows = parse(HERE / "src" / f"{g}.txt")
        out, last_day, t = [], None, None
        for i, r in enumerate(rows):
            if r["day"] != last_day:
                rng = random.Random(f"{g}/{r['day']}")
                t = dt.datetime.fromisoformat(r["day"] + "T09:00:00") + dt.timedelta(seconds=rng.randint(60, 1500))
                last_day = r["day"]
            else:
                gap = rng.randint(15, 170) if r["back"] else rng.randint(40, 400)
                t = t + dt.timedelta(seconds=gap)
            if t.hour >= 18:
                sys.exit(f"{g}: day {r['day']} runs past 18:00 at src line {r['src_line']}")
            mid = f"{g}-{i + 1:04d}"
            r["id"] = mid
            reply = None
            if r["back"]:
                if r["back"] > i or rows[i - r["back"]]["day"] is None:
                    sys.exit(f"{g}: bad reply offset at src line {r['src_line']}")
                reply = rows[i - r["back"]]["id"]
            s = keymap.get(r["key"])
            if s is None:
                sys.exit(f"{g}: unknown sender key {r['key']} at src line {r['src_line']}")
            out.append({"id": mid, "ts": t.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00", "group": g,
                        "sender": s["id"], "name": s["name"], "text": r["text"], "kind": r["kind"],
                        "reply_to": reply, "expect": r["expect"]})
        with open(BUNDLE / "transcripts" / f"{g}.jsonl", "w", encoding="utf-8") as fh:
            for o in out:
                fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    (BUNDLE / "groups.yaml").write_text(
        yaml.safe_dump({"groups": groups}, allow_unicode=True, sort_keys=False), encoding="utf-8")


if __name__ == "__main__":
    build()
    print("built", BUNDLE)
