#!/usr/bin/env python3
"""Deterministic generator: build/src/<g>.txt  ->  groups.yaml, rosters/, transcripts/.

Source format (one file per group):
  header lines   key value           (group, school, class, grade, platform, quiet, domains, supervisor, server)
  T alias 姓名 学科 role 显示名...      rostered teacher (role head_teacher|teacher)
  S 学生姓名                           rostered pupil; following G lines are its guardians
  G alias 关系 显示名... [via=.. by=.. approved=..]
  X alias 显示名... [via=.. by=.. approved=..]   member NOT on the roster
  ---                                  start of transcript
  @YYYY-MM-DD                          day header
  HH:MM[:SS] sender[=新显示名] [~kind] [^anchor|^^] [&anchor] [!U|!UQ|!UA] text || content labels
Text: "\\n" becomes a newline.  Kinds: ~img ~file ~card ~voice ~stk (default text).
!U  = evidently urgent teacher notice about tomorrow's schedule/safety (quiet-hours exempt)
!UQ = same, and it explicitly asks for an acknowledgement
!UA = an acknowledgement asked for by the latest !UQ notice (quiet-hours exempt)
Structural labels (membership nickname invite flood quiet_hours link) are computed here and
may not be written by hand.
"""
import json, re, sys, unicodedata, datetime, hashlib, os
from pathlib import Path
import yaml

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "build" / "src"
CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
             "chat", "flood", "ack_reply", "slander", "incitement", "ranking", "student_privacy",
             "private_matter", "quiet_hours", "dispute"]
STRUCTURAL = {"membership", "nickname", "invite", "flood", "quiet_hours", "link"}
SHORT = {"il": "illegal", "ab": "abuse", "ad": "ad", "ru": "rumor", "ch": "chat",
         "ack": "ack_reply", "sl": "slander", "in": "incitement", "rk": "ranking",
         "sp": "student_privacy", "pm": "private_matter", "dp": "dispute"}
KINDS = {"~img": "image", "~file": "file", "~card": "link_card", "~voice": "voice", "~stk": "sticker"}
RELATIONS = ["爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长", "父亲", "母亲",
             "舅舅", "姑姑", "叔叔", "阿姨", "伯伯", "监护人"]
TLDS = ("com|cn|net|org|top|xyz|cc|io|info|vip|me|co|site|club|shop|link|tv|ly|icu|fun|live|"
        "online|store|pro|ink|work|biz")
URL_RE = re.compile(r"(?i)\b(?:https?|ftp)://([^\s/?#:，。；！）)】」\"']+)")
BARE_RE = re.compile(r"(?i)(?<![a-z0-9\-.@])((?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:%s))(?![a-z0-9\-])" % TLDS)
CODE_RE = re.compile(r"\[[^\[\]\s]{1,8}\]")


def die(msg):
    sys.exit("build.py: " + msg)


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = CODE_RE.sub("", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def hosts(text):
    out = [h.lower().rstrip(".") for h in URL_RE.findall(text)]
    stripped = URL_RE.sub(" ", text)
    out += [h.lower() for h in BARE_RE.findall(stripped)]
    return out


def allowed(host, domains):
    return any(host == d or host.endswith("." + d) for d in domains)


def in_window(hms, start, end):
    if start < end:
        return start <= hms < end
    return hms >= start or hms < end


def parse_opts(tokens):
    opts, rest = {}, []
    for t in tokens:
        k, sep, v = t.partition("=")
        if sep and k in ("via", "by", "approved"):
            opts[k] = v
        else:
            rest.append(t)
    return opts, " ".join(rest)


def build_group(path):
    head, members, body = {}, {}, []
    teachers, students = [], []
    order = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        ln = lines[i].rstrip()
        i += 1
        if not ln or ln.startswith("#"):
            continue
        if ln == "---":
            break
        tok = ln.split()
        if tok[0] == "T":
            _, alias, name, subj, role, *disp = tok
            assert role in ("head_teacher", "teacher"), ln
            opts, d = parse_opts(disp)
            teachers.append({"alias": alias, "name": name, "subject": subj, "role": role})
            members[alias] = {"kind": "teacher", "subject": subj, "role": role, "display": d, "opts": opts}
        elif tok[0] == "S":
            students.append({"name": tok[1], "guardians": []})
        elif tok[0] == "G":
            _, alias, rel, *disp = tok
            opts, d = parse_opts(disp)
            students[-1]["guardians"].append({"alias": alias, "relation": rel})
            if alias in members:
                members[alias]["children"].append(students[-1]["name"])
            else:
                members[alias] = {"kind": "guardian", "children": [students[-1]["name"]], "display": d, "opts": opts}
        elif tok[0] == "X":
            _, alias, *disp = tok
            opts, d = parse_opts(disp)
            members[alias] = {"kind": "other", "display": d, "opts": opts}
        else:
            head[tok[0]] = " ".join(tok[1:])
        if tok[0] in ("T", "G", "X") and tok[1] not in order:
            order.append(tok[1])
    g = head["group"]
    platform = head["platform"]
    qs, qe = head["quiet"].split()
    domains = head["domains"].split()
    # member ids
    ids = {}
    for n, a in enumerate(order):
        if platform == "qq":
            base = int(hashlib.sha1(g.encode()).hexdigest()[:4], 16) % 9000 + 1000
            ids[a] = str(base * 100000 + 3 * n * n + 17 * n + 11)
        elif platform == "matrix":
            ids[a] = "@%s:%s" % (a.replace("_", "."), head["server"])
        else:
            ids[a] = "wxid_" + a
    # transcript
    msgs, anchors, cur_name = [], {}, {a: m["display"] for a, m in members.items()}
    day, last_dt, minute_count = None, None, {}
    for ln in lines[i:]:
        ln = ln.rstrip()
        if not ln or ln.startswith("#"):
            continue
        if ln.startswith("@"):
            day = datetime.date.fromisoformat(ln[1:].split()[0])
            continue
        src_line = ln
        labels = []
        if "||" in ln:
            ln, lab = ln.rsplit("||", 1)
            labels = lab.split()
        ln = ln.rstrip()
        parts = ln.split(" ", 2)
        tm, snd = parts[0], parts[1]
        rest = parts[2] if len(parts) > 2 else ""
        if "=" in snd:
            snd, newname = snd.split("=", 1)
            cur_name[snd] = newname
        if snd not in members:
            die(f"{path.name}: unknown sender {snd!r}: {src_line}")
        kind, reply, anchor, flag = "text", None, None, None
        while True:
            t, _, r2 = rest.partition(" ")
            if t in KINDS:
                kind = KINDS[t]
            elif t.startswith("^") and len(t) > 1:
                reply = t[1:]
            elif t.startswith("&") and len(t) > 1:
                anchor = t[1:]
            elif t in ("!U", "!UQ", "!UA"):
                flag = t
            else:
                break
            rest = r2
        text = rest.replace("\\n", "\n")
        if text in ("-", "∅"):
            text = ""
        hm = tm.split(":")
        if len(hm) == 2:
            key = (day, tm)
            k = minute_count.get(key, 0)
            minute_count[key] = k + 1
            sec = [6, 19, 31, 44, 52, 57][k]
        else:
            sec = int(hm[2])
        dt = datetime.datetime(day.year, day.month, day.day, int(hm[0]), int(hm[1]), sec)
        if last_dt and dt <= last_dt:
            die(f"{path.name}: time not increasing: {src_line}")
        last_dt = dt
        content = []
        for l in labels:
            full = SHORT.get(l, l)
            if full in STRUCTURAL:
                die(f"{path.name}: hand-written structural label {l!r}: {src_line}")
            if full not in CATALOGUE:
                die(f"{path.name}: unknown label {l!r}: {src_line}")
            content.append(full)
        n = len(msgs) + 1
        mid = "%s-%04d" % (g, n)
        if reply == "^":
            reply_id = msgs[-1]["id"]
        elif reply:
            if reply not in anchors:
                die(f"{path.name}: unknown anchor {reply!r}: {src_line}")
            reply_id = anchors[reply]
        else:
            reply_id = None
        if anchor:
            if anchor in anchors:
                die(f"{path.name}: duplicate anchor {anchor}")
            anchors[anchor] = mid
        msgs.append({"id": mid, "dt": dt, "sender": snd, "name": cur_name[snd], "text": text,
                     "kind": kind, "reply_to": reply_id, "content": content, "flag": flag, "src": src_line})
    # structural labels
    head_aliases = {t["alias"] for t in teachers if t["role"] == "head_teacher"}
    seen = set()
    run_sender, run_norm, run_len = None, None, 0
    last_uq = None
    for m in msgs:
        s, mem = m["sender"], members[m["sender"]]
        st = set()
        if s not in seen:
            seen.add(s)
            if mem["kind"] == "other":
                st.add("membership")
            else:
                nm = m["name"]
                if mem["kind"] == "teacher":
                    ok = mem["subject"] in nm
                else:
                    ok = any(c in nm for c in mem["children"]) and any(r in nm for r in RELATIONS)
                if not ok:
                    st.add("nickname")
            o = mem["opts"]
            if o.get("via") == "invite" and o.get("by") not in head_aliases and o.get("approved", "false") != "true":
                st.add("invite")
        # flood
        nt = norm(m["text"])
        if nt:
            if s == run_sender and nt == run_norm:
                run_len += 1
            else:
                run_sender, run_norm, run_len = s, nt, 1
            if run_len >= 3:
                st.add("flood")
        elif s != run_sender:
            run_sender, run_norm, run_len = s, None, 0
        # links
        if any(not allowed(h, domains) for h in hosts(m["text"])):
            st.add("link")
        # quiet hours
        hms = m["dt"].strftime("%H:%M:%S")
        if in_window(hms, qs + ":00", qe + ":00"):
            exempt = False
            if m["flag"] in ("!U", "!UQ"):
                if mem["kind"] != "teacher":
                    die(f"{path.name}: !U on a non-teacher message: {m['src']}")
                exempt = True
                if m["flag"] == "!UQ":
                    last_uq = m
            elif m["flag"] == "!UA":
                if not last_uq or (m["dt"] - last_uq["dt"]).total_seconds() > 12 * 3600:
                    die(f"{path.name}: !UA without a preceding !UQ notice: {m['src']}")
                if m["content"]:
                    die(f"{path.name}: requested ack carries content labels: {m['src']}")
                exempt = True
            if not exempt:
                st.add("quiet_hours")
        elif m["flag"]:
            die(f"{path.name}: urgent flag outside the quiet window: {m['src']}")
        both = st | set(m["content"])
        m["expect"] = [c for c in CATALOGUE if c in both]
    # outputs
    gconf = {"school": head["school"], "class": head["class"], "grade": int(head["grade"]),
             "platform": platform, "timezone": "Asia/Shanghai",
             "quiet_hours": {"start": qs, "end": qe}, "allowed_link_domains": domains,
             "transcript": f"transcripts/{g}.jsonl", "roster": f"rosters/{g}.yaml"}
    roster = {"group": g, "school": head["school"], "class": head["class"], "roster": {
        "teachers": [{"id": ids[t["alias"]], "name": t["name"], "subject": t["subject"], "role": t["role"]} for t in teachers],
        "supervisor": ids[head["supervisor"]],
        "students": [{"name": s["name"], "guardians": [{"id": ids[x["alias"]], "relation": x["relation"]} for x in s["guardians"]]} for s in students]},
        "members": []}
    for a in order:
        mem = members[a]
        e = {"id": ids[a], "display_name": mem["display"]}
        o = mem["opts"]
        if o:
            j = {"via": o["via"]}
            if "by" in o:
                j["by"] = ids[o["by"]]
            if "approved" in o:
                j["approved"] = o["approved"] == "true"
            e["joined"] = j
        roster["members"].append(e)
    out = []
    for m in msgs:
        out.append(json.dumps({"id": m["id"], "ts": m["dt"].strftime("%Y-%m-%dT%H:%M:%S+08:00"), "group": g,
                               "sender": ids[m["sender"]], "name": m["name"], "text": m["text"], "kind": m["kind"],
                               "reply_to": m["reply_to"], "expect": m["expect"]}, ensure_ascii=False))
    return g, gconf, roster, out, msgs


def main():
    groups = {}
    (ROOT / "rosters").mkdir(exist_ok=True)
    (ROOT / "transcripts").mkdir(exist_ok=True)
    stats = {}
    for p in sorted(SRC.glob("*.txt")):
        g, gconf, roster, out, msgs = build_group(p)
        groups[g] = gconf
        with open(ROOT / "rosters" / f"{g}.yaml", "w", encoding="utf-8") as f:
            yaml.safe_dump(roster, f, allow_unicode=True, sort_keys=False)
        with open(ROOT / "transcripts" / f"{g}.jsonl", "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        stats[g] = msgs
    order = ["gx", "bj", "yn", "cq", "jx", "tj", "sx", "sz"]
    groups = {k: groups[k] for k in sorted(groups, key=lambda k: order.index(k) if k in order else 99)}
    with open(ROOT / "groups.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump({"groups": groups}, f, allow_unicode=True, sort_keys=False)
    tot = clean = 0
    for g, msgs in stats.items():
        c = sum(1 for m in msgs if not m["expect"])
        tot += len(msgs); clean += c
        print(f"{g}: {len(msgs)} messages, {c} clean ({100*c/len(msgs):.0f}%)")
    print(f"total {tot}, clean {clean} ({100*clean/max(tot,1):.1f}%)")


if __name__ == "__main__":
    main()
