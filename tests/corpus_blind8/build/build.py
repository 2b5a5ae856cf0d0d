#!/usr/bin/env python3
"""Regenerate the corpus_blind8 bundle from the hand-written sources in build/src/.

Sources per group <g>:
  src/<g>.yaml  group config (school, class, grade, platform, timezone, quiet_hours,
                allowed_link_domains), roster (teachers, supervisor, students) and members.
  src/<g>.txt   the transcript in a line format:

    # comment
    @date 2026-11-16                 set the current date
    @rename <member-id> <new name>   the member's display name from here on
    HH:MM[:SS] <sender> [tokens] | <text> [| <labels>]

  tokens: img file voice sticker card   message kind (default text; card = link_card)
          =tag                          name this message
          ^tag | ^-N                    reply_to a named message / the Nth previous message
          !urgent                       an evidently urgent teacher/school notice (quiet-hours exemption)
          !uack                         an acknowledgement that urgent notice asked for (exempt too)
          ?category                     a hard negative for that category (documentation only:
                                        the build fails if the message is labelled with it)
  text:   "\\n" is a line break; "-" alone means empty text (captionless media).
  labels: hand-judged content categories (space separated); aliases:
          ack=ack_reply priv=student_privacy pm=private_matter rank=ranking inc=incitement

The categories membership, nickname, invite, flood, quiet_hours and link are NOT written
by hand: they are derived here from the roster, display names, join info, times and
link domains, as LABELS.md defines them.
"""
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE.parent

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
             "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
DERIVED = {"membership", "nickname", "invite", "flood", "quiet_hours", "link"}
ALIASES = {"ack": "ack_reply", "priv": "student_privacy", "pm": "private_matter",
           "rank": "ranking", "inc": "incitement"}
KINDS = {"img": "image", "file": "file", "voice": "voice", "sticker": "sticker",
         "card": "link_card", "text": "text"}
GROUP_KEYS = ["school", "class", "grade", "platform", "timezone", "quiet_hours",
              "allowed_link_domains"]
RELATION_WORDS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长",
                  "监护人"]
# An ASCII host with a real-looking top-level domain, optionally with a scheme and a path.
TLDS = ("com|cn|net|org|top|xyz|cc|io|me|info|vip|club|site|online|shop|link|ink|ltd|tv|"
        "hk|co|app|fun|icu|work|wang|live|store|tech|pro|asia|chat|edu")
HOST_RE = re.compile(
    r"(?<![A-Za-z0-9@._-])(?:https?://)?((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:"
    + TLDS + r"))(?![A-Za-z0-9-])(?::\d+)?(?:/[\x21-\x7e]*)?", re.I)
EMOTE_RE = re.compile(r"\[[^\[\]\s]{1,8}\]")


class SourceError(Exception):
    pass


class Quoted(str):
    """A string written with double quotes (times such as "07:00")."""


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", v, style='"'))


def dump(obj):
    return yaml.dump(obj, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000,
                     default_flow_style=None)


def norm(text):
    """LABELS.md flood normalisation: NFKC, lower case, no whitespace, punctuation,
    symbols, emoji or [表情] codes. Only letters and digits remain."""
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = EMOTE_RE.sub("", t)
    return "".join(c for c in t if unicodedata.category(c)[0] in "LN")


def hosts(text):
    return [m.group(1).lower() for m in HOST_RE.finditer(text or "")]


def host_allowed(host, allowed):
    return any(host == d or host.endswith("." + d) for d in allowed)


def in_window(t, start, end):
    s = dt.time.fromisoformat(start)
    e = dt.time.fromisoformat(end)
    if s <= e:
        return s <= t < e
    return t >= s or t < e


def nickname_ok(name, member_id, cfg):
    roster = cfg["roster"]
    for t in roster["teachers"]:
        if t["id"] == member_id:
            return t["subject"] in name
    children = [s["name"] for s in roster["students"]
                if any(g["id"] == member_id for g in s.get("guardians", []))]
    return any(c in name for c in children) and any(r in name for r in RELATION_WORDS)


def apply_ids(cfg):
    """Optional `ids: {alias: real_id}` lets a source use short aliases for e.g. QQ numbers."""
    ids = cfg.pop("ids", None) or {}
    cfg["_ids"] = ids
    if not ids:
        return
    r = lambda x: ids.get(x, x)
    ro = cfg["roster"]
    for t in ro["teachers"]:
        t["id"] = r(t["id"])
    if ro.get("supervisor"):
        ro["supervisor"] = r(ro["supervisor"])
    for s in ro["students"]:
        for gd in s.get("guardians", []):
            gd["id"] = r(gd["id"])
    for m in cfg["members"]:
        m["id"] = r(m["id"])
        if m.get("joined", {}).get("by"):
            m["joined"]["by"] = r(m["joined"]["by"])


def parse_group(g):
    cfg = yaml.safe_load((SRC / f"{g}.yaml").read_text(encoding="utf-8"))
    apply_ids(cfg)
    tz = ZoneInfo(cfg["timezone"])
    members = {m["id"]: m for m in cfg["members"]}
    names = {m["id"]: m["display_name"] for m in cfg["members"]}
    lines = (SRC / f"{g}.txt").read_text(encoding="utf-8").splitlines()
    msgs, tags = [], {}
    date = None
    for no, raw in enumerate(lines, 1):
        line = raw.strip()
        where = f"src/{g}.txt:{no}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@date "):
            date = dt.date.fromisoformat(line.split()[1])
            continue
        if line.startswith("@rename "):
            _, mid, new = line.split(" ", 2)
            mid = cfg["_ids"].get(mid, mid)
            if mid not in members:
                raise SourceError(f"{where}: rename of unknown member {mid}")
            names[mid] = new.strip()
            continue
        parts = line.split(" | ")
        if len(parts) < 2 or len(parts) > 3:
            raise SourceError(f"{where}: expected 'head | text [| labels]'")
        head = parts[0].split()
        text = parts[1].strip()
        text = "" if text == "-" else text.replace("\\n", "\n")
        labels = parts[2].split() if len(parts) == 3 else []
        if date is None:
            raise SourceError(f"{where}: no @date yet")
        hm = head[0].split(":")
        sender = cfg["_ids"].get(head[1], head[1])
        if sender not in members:
            raise SourceError(f"{where}: sender {sender} not in members")
        m = {"src": where, "date": date, "hm": [int(x) for x in hm], "sender": sender,
             "name": names[sender], "text": text, "kind": "text", "reply_tag": None,
             "flags": set(), "manual": []}
        for tok in head[2:]:
            if tok in KINDS:
                m["kind"] = KINDS[tok]
            elif tok.startswith("="):
                tags[tok[1:]] = m
            elif tok.startswith("^"):
                m["reply_tag"] = tok[1:]
            elif tok in ("!urgent", "!uack"):
                m["flags"].add(tok[1:])
            elif tok.startswith("?"):
                cat = ALIASES.get(tok[1:], tok[1:])
                if cat not in CATALOGUE:
                    raise SourceError(f"{where}: unknown hard-negative category {tok}")
                m.setdefault("hardneg", []).append(cat)
            else:
                raise SourceError(f"{where}: unknown token {tok}")
        for lab in labels:
            lab = ALIASES.get(lab, lab)
            if lab not in CATALOGUE:
                raise SourceError(f"{where}: unknown category {lab}")
            if lab in DERIVED:
                raise SourceError(f"{where}: {lab} is derived, do not write it by hand")
            m["manual"].append(lab)
        if m["reply_tag"] is not None:
            rt = m["reply_tag"]
            if re.fullmatch(r"-\d+", rt):
                idx = len(msgs) + int(rt)
                if idx < 0:
                    raise SourceError(f"{where}: relative reply out of range")
                m["reply_msg"] = msgs[idx]
            elif rt in tags:
                m["reply_msg"] = tags[rt]
            else:
                raise SourceError(f"{where}: unknown reply tag {rt}")
        msgs.append(m)

    # seconds: explicit, or spread over the minute in source order
    by_minute = {}
    for m in msgs:
        if len(m["hm"]) == 2:
            by_minute.setdefault((m["date"], m["hm"][0], m["hm"][1]), []).append(m)
    for key, group in by_minute.items():
        n = len(group)
        for i, m in enumerate(group):
            base = int(i * 58 / n)
            jitter = (sum(map(ord, m["text"][:6])) + i * 7) % max(1, int(58 / n) - 1 or 1)
            m["hm"] = m["hm"] + [min(59, base + jitter)]
    prev = None
    for i, m in enumerate(msgs, 1):
        h, mi, s = m["hm"]
        local = dt.datetime.combine(m["date"], dt.time(h, mi, s), tz)
        if prev and local < prev:
            raise SourceError(f"{m['src']}: time goes backwards")
        prev = local
        m["local"] = local
        m["id"] = f"{g}-{i:04d}"
    return cfg, members, msgs


def derive(g, cfg, members, msgs):
    roster = cfg["roster"]
    teacher_ids = {t["id"] for t in roster["teachers"]}
    head_ids = {t["id"] for t in roster["teachers"] if t.get("role") == "head_teacher"}
    guardian_ids = {gd["id"] for s in roster["students"] for gd in s.get("guardians", [])}
    allowed = [d.lower() for d in cfg.get("allowed_link_domains", [])]
    qh = cfg["quiet_hours"]
    seen = set()
    run_sender, run_norm, run_len = None, None, 0
    for m in msgs:
        cats = set(m["manual"])
        sid = m["sender"]
        first = sid not in seen
        seen.add(sid)
        rostered = sid in teacher_ids or sid in guardian_ids
        if first:
            if not rostered:
                cats.add("membership")
            elif not nickname_ok(m["name"], sid, cfg):
                cats.add("nickname")
            j = members[sid].get("joined") or {}
            if (j.get("via") == "invite" and j.get("by") not in head_ids
                    and not j.get("approved", False)):
                cats.add("invite")
        # flood
        n = norm(m["text"])
        if n and sid == run_sender and n == run_norm:
            run_len += 1
        else:
            run_sender, run_norm, run_len = sid, n, 1 if n else 0
        if n and run_len >= 3:
            cats.add("flood")
        # quiet hours
        if in_window(m["local"].time(), qh["start"], qh["end"]):
            exempt = False
            if "urgent" in m["flags"]:
                if sid not in teacher_ids:
                    raise SourceError(f"{m['src']}: !urgent on a non-teacher message")
                exempt = True
            if "uack" in m["flags"]:
                exempt = True
            if not exempt:
                cats.add("quiet_hours")
        # links
        hs = hosts(m["text"])
        m["hosts"] = hs
        if any(not host_allowed(h, allowed) for h in hs):
            cats.add("link")
        if "chat" in cats and cats & {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}:
            raise SourceError(f"{m['src']}: chat together with a covering category")
        m["expect"] = [c for c in CATALOGUE if c in cats]
        for c in m.get("hardneg", []):
            if c in cats:
                raise SourceError(f"{m['src']}: marked as a hard negative for {c} but labelled {c}")


def main():
    groups = sorted(p.stem for p in SRC.glob("k*.yaml"))
    (OUT / "rosters").mkdir(exist_ok=True)
    (OUT / "transcripts").mkdir(exist_ok=True)
    gy = {"groups": {}}
    stats = {}
    all_hosts = Counter()
    try:
        for g in groups:
            cfg, members, msgs = parse_group(g)
            derive(g, cfg, members, msgs)
            entry = {k: cfg[k] for k in GROUP_KEYS}
            entry["quiet_hours"] = {k: Quoted(v) for k, v in cfg["quiet_hours"].items()}
            entry["transcript"] = f"transcripts/{g}.jsonl"
            entry["roster"] = f"rosters/{g}.yaml"
            gy["groups"][g] = entry
            roster = {"group": g, "school": cfg["school"], "class": cfg["class"],
                      "roster": cfg["roster"], "members": cfg["members"]}
            (OUT / "rosters" / f"{g}.yaml").write_text(dump(roster), encoding="utf-8")
            with open(OUT / "transcripts" / f"{g}.jsonl", "w", encoding="utf-8") as f:
                for m in msgs:
                    rec = {"id": m["id"], "ts": m["local"].isoformat(), "group": g,
                           "sender": m["sender"], "name": m["name"], "text": m["text"],
                           "kind": m["kind"],
                           "reply_to": m["reply_msg"]["id"] if m.get("reply_msg") else None,
                           "expect": m["expect"]}
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for m in msgs:
                for h in m["hosts"]:
                    all_hosts[h] += 1
            stats[g] = (cfg, msgs)
    except SourceError as e:
        sys.exit(f"build error: {e}")
    (OUT / "groups.yaml").write_text(dump(gy), encoding="utf-8")
    write_readme_stats(stats)
    total = sum(len(ms) for _, ms in stats.values())
    clean = sum(1 for _, ms in stats.values() for m in ms if not m["expect"])
    cnt = Counter(c for _, ms in stats.values() for m in ms for c in m["expect"])
    print(f"messages {total}, clean {clean} ({clean / total:.1%})")
    for c in CATALOGUE:
        print(f"  {c:16s} {cnt.get(c, 0)}")
    if "-v" in sys.argv:
        print("hosts seen:", dict(all_hosts))


def write_readme_stats(stats):
    readme = OUT / "README.md"
    if not readme.exists():
        return
    rows = ["| group | school / class | grade | platform | quiet hours | allowed domains | messages | clean |",
            "|---|---|---|---|---|---|---|---|"]
    tot = Counter()
    total = clean = 0
    per_group = {}
    for g, (cfg, msgs) in stats.items():
        n = len(msgs)
        c = sum(1 for m in msgs if not m["expect"])
        total += n
        clean += c
        qh = cfg["quiet_hours"]
        rows.append(f"| {g} | {cfg['school']} {cfg['class']} | {cfg['grade']} | {cfg['platform']} | "
                    f"{qh['start']}–{qh['end']} | {', '.join(cfg['allowed_link_domains']) or '—'} | "
                    f"{n} | {c / n:.0%} |")
        cc = Counter(x for m in msgs for x in m["expect"])
        per_group[g] = cc
        tot.update(cc)
    rows.append(f"| **all** | | | | | | **{total}** | **{clean / total:.1%}** |")
    lab = ["| category | messages | " + " | ".join(stats) + " |",
           "|---|---|" + "---|" * len(stats)]
    for c in CATALOGUE:
        lab.append(f"| `{c}` | {tot.get(c, 0)} | " +
                   " | ".join(str(per_group[g].get(c, 0)) for g in stats) + " |")
    lab.append(f"| clean (`[]`) | {clean} | " + " | ".join(
        str(sum(1 for m in stats[g][1] if not m['expect'])) for g in stats) + " |")
    pos_ids = {c: [] for c in CATALOGUE}
    neg_ids = {c: [] for c in CATALOGUE}
    for g, (cfg, msgs) in stats.items():
        for m in msgs:
            for c in m["expect"]:
                pos_ids[c].append(m["id"])
            for c in m.get("hardneg", []):
                neg_ids[c].append(m["id"])
    hn = ["| category | positives | marked hard negatives | hard-negative ids |", "|---|---|---|---|"]
    for c in CATALOGUE:
        hn.append(f"| `{c}` | {len(pos_ids[c])} | {len(neg_ids[c])} | {', '.join(neg_ids[c])} |")
    block = ("<!-- stats:start (generated by build/build.py) -->\n## Groups\n\n" + "\n".join(rows)
             + "\n\n## Label counts\n\nA message can carry several categories.\n\n" + "\n".join(lab)
             + "\n\n## Hard negatives\n\nMessages marked `?category` in the sources: they share vocabulary "
             "or form with that category but are clean of it by LABELS.md (they may carry other labels). "
             "The build refuses a marked message that is labelled with the category. Many more unmarked "
             "clean messages play the same role.\n\n" + "\n".join(hn)
             + "\n<!-- stats:end -->")
    text = readme.read_text(encoding="utf-8")
    new = re.sub(r"<!-- stats:start.*?<!-- stats:end -->", lambda _: block, text, flags=re.S)
    readme.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
