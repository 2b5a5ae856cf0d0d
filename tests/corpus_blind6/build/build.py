#!/usr/bin/env python3
"""Build the corpus_blind6 simulate bundle from build/groups.py + build/src/<group>.txt.

Source line syntax (one message per line):
    HH:MM[:SS] alias [tokens...] | text | labels
tokens: image|file|card|voice|sticker  (message kind, default text)
        >-N      reply to the message N positions back in this group
        >#name   reply to the message anchored as #name
        #name    anchor this message
        noqh     urgent teacher/school notice (or an ack it asked for): exempt from quiet_hours
        jl       this message is a 接龙 entry: text is the entry, the script writes the cumulative list
Directives:
    @day YYYY-MM-DD
    @rename alias 新显示名
    @jl 接龙标题 (starts a new 接龙; following jl lines extend it)
labels: comma separated content categories (short aliases allowed, see ALIAS).
Derived categories are computed here, never written by hand:
    membership, nickname, invite (first message of a member), flood, quiet_hours.
"\\n" in text becomes a newline.
"""
import json, os, re, sys, unicodedata, random, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from groups import GROUPS

LABEL_FIELD = "expect"   # gold label field written into every transcript line (as the other corpora)

CATS = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor", "chat",
        "flood", "ack_reply", "slander", "incitement", "ranking", "student_privacy",
        "private_matter", "quiet_hours", "dispute"]
ALIAS = {"ack": "ack_reply", "sp": "student_privacy", "pm": "private_matter", "inc": "incitement",
         "rk": "ranking", "sl": "slander", "dis": "dispute", "ab": "abuse", "il": "illegal",
         "ru": "rumor"}
DERIVED = {"membership", "nickname", "invite", "flood", "quiet_hours"}
KINDS = {"image": "image", "file": "file", "card": "link_card", "voice": "voice", "sticker": "sticker", "text": "text"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长", "监护人"]


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"\[[^\[\]]{1,6}\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def in_window(hm, qh):
    s, e = qh["start"], qh["end"]
    if s <= e:
        return s <= hm < e
    return hm >= s or hm < e


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def build_group(gid, g, rnd):
    alias = {}
    teachers, guardians = {}, {}
    for t in g["teachers"]:
        alias[t["alias"]] = t["id"]
        teachers[t["id"]] = t
    for s in g["students"]:
        for gd in s["guardians"]:
            alias[gd["alias"]] = gd["id"]
            guardians.setdefault(gd["id"], []).append(s["name"])
    members = {}
    for m in g["members"]:
        alias[m["alias"]] = m["id"]
        members[m["id"]] = dict(m)
    head = [t["id"] for t in g["teachers"] if t["role"] == "head_teacher"]
    cur_name = {m["id"]: m["display_name"] for m in g["members"]}

    def name_ok(mid, name):
        if mid in teachers:
            t = teachers[mid]
            return t["subject"] in name and (t["name"] in name or t["name"][0] + "老师" in name or t["subject"] + "老师" in name)
        return any(st in name for st in guardians[mid]) and any(r in name for r in RELATIONS)

    src = open(os.path.join(HERE, "src", gid + ".txt"), encoding="utf-8").read().splitlines()
    msgs, anchors, seen = [], {}, set()
    day, last_ts, jl = None, None, None
    for ln, raw in enumerate(src, 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        if line.startswith("@day "):
            day = line.split()[1]
            continue
        if line.startswith("@rename "):
            _, a, nm = line.split(" ", 2)
            cur_name[alias[a]] = nm.strip()
            continue
        if line.startswith("@jl "):
            jl = {"title": line[4:].strip().replace("\\n", "\n"), "entries": []}
            continue
        parts = line.split("|")
        if len(parts) != 3:
            sys.exit(f"{gid}.txt:{ln}: need 3 fields: {line}")
        head_tok = parts[0].split()
        text = parts[1].strip().replace("\\n", "\n")
        labels = [ALIAS.get(x.strip(), x.strip()) for x in parts[2].split(",") if x.strip()]
        for l in labels:
            if l not in CATS or l in DERIVED:
                sys.exit(f"{gid}.txt:{ln}: bad label {l}")
        tm, al = head_tok[0], head_tok[1]
        if al not in alias:
            sys.exit(f"{gid}.txt:{ln}: unknown sender {al}")
        sid = alias[al]
        kind, reply, anchor, noqh, isjl = "text", None, None, False, False
        for tok in head_tok[2:]:
            if tok in KINDS:
                kind = KINDS[tok]
            elif tok.startswith(">-"):
                reply = msgs[len(msgs) - int(tok[2:])]["id"]
            elif tok.startswith(">#"):
                reply = anchors[tok[2:]]
            elif tok.startswith("#"):
                anchor = tok[1:]
            elif tok == "noqh":
                noqh = True
            elif tok == "jl":
                isjl = True
            else:
                sys.exit(f"{gid}.txt:{ln}: bad token {tok}")
        hms = tm.split(":")
        if len(hms) == 2:
            base = datetime.datetime.fromisoformat(f"{day}T{tm}:00")
            ts = base + datetime.timedelta(seconds=rnd.randint(3, 40))
            if last_ts and ts <= last_ts:
                ts = last_ts + datetime.timedelta(seconds=rnd.randint(4, 25))
            if ts.strftime("%H:%M") != tm:
                print(f"warn {gid}.txt:{ln}: {tm} spilled to {ts.strftime('%H:%M:%S')}")
        else:
            ts = datetime.datetime.fromisoformat(f"{day}T{tm}")
        if last_ts and ts <= last_ts:
            sys.exit(f"{gid}.txt:{ln}: time not increasing {ts} <= {last_ts}")
        last_ts = ts
        name = cur_name[sid]
        if isjl:
            jl["entries"].append(f"{name} {text}".strip())
            text = "#接龙\n" + jl["title"] + "\n\n" + "\n".join(f"{i}. {e}" for i, e in enumerate(jl["entries"], 1))
        mid = f"{gid}-{len(msgs)+1:04d}"
        if anchor:
            anchors[anchor] = mid
        cats = set(labels)
        if sid not in seen:
            seen.add(sid)
            is_member = sid in teachers or sid in guardians
            if not is_member:
                cats.add("membership")
            elif not name_ok(sid, name):
                cats.add("nickname")
            j = members[sid].get("joined")
            if j and j.get("via") == "invite" and j.get("by") not in head and not j.get("approved", False):
                cats.add("invite")
        hm = ts.strftime("%H:%M")
        if in_window(hm, g["quiet_hours"]) and not noqh:
            cats.add("quiet_hours")
        msgs.append({"id": mid, "ts": ts.strftime("%Y-%m-%dT%H:%M:%S+08:00"), "group": gid, "sender": sid,
                     "name": name, "text": text, "kind": kind, "reply_to": reply,
                     "_cats": cats, "_ln": ln})
    # flood: same sender, unbroken row, identical non-empty normalised text, 3rd and later copies
    run_s, run_t, run_n = None, None, 0
    for m in msgs:
        n = norm(m["text"])
        if m["sender"] == run_s and n and n == run_t:
            run_n += 1
        else:
            run_s, run_t, run_n = m["sender"], n, 1
        if run_n >= 3:
            m["_cats"].add("flood")
    return msgs


def write_group(gid, g, msgs):
    with open(os.path.join(OUT, "transcripts", gid + ".jsonl"), "w", encoding="utf-8") as f:
        for m in msgs:
            o = {k: v for k, v in m.items() if not k.startswith("_")}
            o[LABEL_FIELD] = [c for c in CATS if c in m["_cats"]]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    L = [f"group: {gid}", f"school: {g['school']}", f"class: {g['class']}", "roster:", "  teachers:"]
    for t in g["teachers"]:
        L.append(f"    - {{id: {yq(t['id'])}, name: {t['name']}, subject: {t['subject']}, role: {t['role']}}}")
    L.append(f"  supervisor: {yq(g['supervisor'])}")
    L.append("  students:")
    for s in g["students"]:
        L.append(f"    - name: {s['name']}")
        L.append("      guardians: [" + ", ".join(f"{{id: {yq(x['id'])}, relation: {x['relation']}}}" for x in s["guardians"]) + "]")
    L.append("members:")
    for m in g["members"]:
        extra = ""
        if m.get("joined"):
            j = m["joined"]
            parts = [f"via: {j['via']}"]
            if "by" in j:
                parts.append(f"by: {yq(j['by'])}")
            if "approved" in j:
                parts.append(f"approved: {'true' if j['approved'] else 'false'}")
            extra = ", joined: {" + ", ".join(parts) + "}"
        L.append(f"  - {{id: {yq(m['id'])}, display_name: {yq(m['display_name'])}{extra}}}")
    open(os.path.join(OUT, "rosters", gid + ".yaml"), "w", encoding="utf-8").write("\n".join(L) + "\n")


def main():
    rnd = random.Random(6)
    G = ["groups:"]
    allm = {}
    for gid, g in GROUPS.items():
        if not os.path.exists(os.path.join(HERE, "src", gid + ".txt")):
            continue
        msgs = build_group(gid, g, rnd)
        write_group(gid, g, msgs)
        allm[gid] = msgs
        qh = g["quiet_hours"]
        G += [f"  {gid}:", f"    school: {g['school']}", f"    class: {g['class']}", f"    grade: {g['grade']}",
              f"    platform: {g['platform']}", "    timezone: Asia/Shanghai",
              f"    quiet_hours: {{start: \"{qh['start']}\", end: \"{qh['end']}\"}}",
              "    allowed_link_domains: [" + ", ".join(g["allowed"]) + "]",
              f"    transcript: transcripts/{gid}.jsonl", f"    roster: rosters/{gid}.yaml"]
    open(os.path.join(OUT, "groups.yaml"), "w", encoding="utf-8").write("\n".join(G) + "\n")
    tot = sum(len(v) for v in allm.values())
    clean = sum(1 for v in allm.values() for m in v if not m["_cats"])
    cnt = {c: 0 for c in CATS}
    for v in allm.values():
        for m in v:
            for c in m["_cats"]:
                cnt[c] += 1
    for gid, v in allm.items():
        print(gid, len(v), "clean", sum(1 for m in v if not m["_cats"]))
    print("total", tot, "clean", clean, f"{clean/tot:.1%}")
    for c in CATS:
        print(f"  {c:16s} {cnt[c]}")


if __name__ == "__main__":
    main()
