#!/usr/bin/env python3
"""Format checker for corpus_spam10 (exit 0 = ok)."""
import datetime, json, os, re, sys, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
RELATIONS = ("爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "家长")
KEYS = {"id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"}
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def norm_flood(t):
    t = unicodedata.normalize("NFKC", t).lower()
    t = re.sub(r"\[[^\]]*\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def main():
    # 1. files on disk equal a fresh deterministic build
    try:
        fresh = build.generate()
    except build.BuildError as e:
        print("build error:", e)
        return 1
    for rel, content in fresh.items():
        p = os.path.join(ROOT, rel)
        if not os.path.exists(p) or open(p, encoding="utf-8").read() != content:
            err(rel, "differs from a fresh build (run build/build.py)")
    gy = yaml.safe_load(open(os.path.join(ROOT, "groups.yaml"), encoding="utf-8"))
    if set(gy) != {"groups"}:
        err("groups.yaml", "top level must be 'groups'")
    total = 0
    for gid, g in gy["groups"].items():
        w = f"groups.yaml:{gid}"
        for k in ("school", "class", "grade", "platform", "timezone", "quiet_hours",
                  "allowed_link_domains", "transcript", "roster"):
            if k not in g:
                err(w, f"missing {k}")
        if g.get("platform") not in ("wechat", "qq", "matrix"):
            err(w, "bad platform")
        if g.get("timezone") != "Asia/Shanghai":
            err(w, "timezone")
        qs = datetime.time.fromisoformat(g["quiet_hours"]["start"])
        qe = datetime.time.fromisoformat(g["quiet_hours"]["end"])
        allow = g["allowed_link_domains"]
        ro = yaml.safe_load(open(os.path.join(ROOT, g["roster"]), encoding="utf-8"))
        rw = g["roster"]
        if ro.get("group") != gid or ro.get("school") != g["school"] or ro.get("class") != g["class"]:
            err(rw, "group/school/class mismatch")
        teachers = {t["id"]: t for t in ro["roster"]["teachers"]}
        for t in teachers.values():
            if t.get("role") not in ("head_teacher", "teacher") or not t.get("subject") or not t.get("name"):
                err(rw, f"teacher {t}")
        if sum(t["role"] == "head_teacher" for t in teachers.values()) != 1:
            err(rw, "need exactly one head_teacher")
        guardians, pupils = {}, []
        for s in ro["roster"]["students"]:
            pupils.append(s["name"])
            for gd in s["guardians"]:
                guardians.setdefault(gd["id"], []).append((s["name"], gd["relation"]))
        if ro["roster"]["supervisor"] not in guardians:
            err(rw, "supervisor is not a guardian")
        members = {}
        for m in ro["members"]:
            if "joined" in m:
                err(rw, f"{m['id']}: join records are not allowed in this corpus")
            members[m["id"]] = m["display_name"]

        def valid_name(mid_, name):
            if mid_ in teachers:
                return teachers[mid_]["subject"] in name and (teachers[mid_]["name"] in name or "老师" in name)
            if mid_ in guardians:
                return any(name.startswith(sn + rel) and rel in RELATIONS for sn, rel in guardians[mid_])
            return False

        for mid_, dn in members.items():
            if not valid_name(mid_, dn):
                err(rw, f"{mid_}: display name {dn!r} breaks the format")
        given = {p[1:] for p in pupils if len(p) >= 3} | {p[2:] for p in pupils if len(p) >= 4}
        forbidden = set(pupils) | {x for x in given if len(x) >= 2}
        # transcript
        tp = g["transcript"]
        seen, prev_ts, run = set(), None, (None, None, 0)
        for ln, line in enumerate(open(os.path.join(ROOT, tp), encoding="utf-8"), 1):
            w = f"{tp}:{ln}"
            try:
                m = json.loads(line)
            except ValueError as e:
                err(w, f"bad json {e}")
                continue
            total += 1
            missing = KEYS - set(m)
            if missing:
                err(w, f"missing keys {missing}")
                continue
            if m["id"] != f"{gid}-{ln:04d}":
                err(w, f"id {m['id']}")
            if m["group"] != gid:
                err(w, "group")
            try:
                ts = datetime.datetime.fromisoformat(m["ts"])
            except ValueError:
                err(w, "ts")
                continue
            if ts.utcoffset() != datetime.timedelta(hours=8):
                err(w, "ts offset must be +08:00")
            if prev_ts and ts < prev_ts:
                err(w, "time order")
            prev_ts = ts
            if ts.weekday() >= 5:
                err(w, "weekend")
            if not (datetime.time(9) <= ts.time() < datetime.time(18)):
                err(w, "outside 09:00-17:59")
            tt = ts.time()
            inq = (qs <= tt or tt < qe) if qs > qe else (qs <= tt < qe)
            if inq:
                err(w, "inside quiet hours")
            if m["sender"] not in members or m["sender"] not in (set(teachers) | set(guardians)):
                err(w, f"sender {m['sender']} not rostered")
            elif m["name"] != members[m["sender"]] or not valid_name(m["sender"], m["name"]):
                err(w, f"name {m['name']!r}")
            if m["kind"] not in KINDS:
                err(w, "kind")
            if not isinstance(m["text"], str):
                err(w, "text")
            if m["kind"] == "text" and not m["text"].strip():
                err(w, "empty text message")
            if m["reply_to"] is not None and m["reply_to"] not in seen:
                err(w, f"reply_to {m['reply_to']} not an earlier message")
            seen.add(m["id"])
            ex = m["expect"]
            if not isinstance(ex, list) or any(c not in build.CATALOGUE for c in ex):
                err(w, f"expect {ex}")
            elif ex != sorted(set(ex), key=build.CATALOGUE.index):
                err(w, "expect not in catalogue order / duplicated")
            for c in ("membership", "nickname", "invite", "flood", "quiet_hours",
                      "ranking", "student_privacy"):
                if c in ex:
                    err(w, f"structural/unused category {c} present")
            if "chat" in ex and set(ex) & {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}:
                err(w, "chat stacked with a content category")
            fh = build.foreign_hosts(m["text"], allow)
            if bool(fh) != ("link" in ex):
                err(w, f"link label vs hosts {fh}")
            # flood guard
            nt = norm_flood(m["text"])
            if nt and run[0] == m["sender"] and run[1] == nt:
                run = (m["sender"], nt, run[2] + 1)
            else:
                run = (m["sender"], nt, 1) if nt else (m["sender"], None, 0)
            if run[2] >= 3:
                err(w, "same text three times in a row by one sender")
            # contacts and names
            txt = m["text"]
            flat = re.sub(r"(?<=[0-9０-９])\s+(?=[0-9０-９])", "", txt)
            if re.search(r"[0-9０-９]{5,}", flat):
                err(w, "digit run of 5+ (phone/QQ-like number)")
            flat2 = re.sub(r"(?<=[0-9])[\s\-－—.]+(?=[0-9])", "", unicodedata.normalize("NFKC", txt))
            if re.search(r"1[3-9][0-9]{9}", flat2):
                err(w, "mobile number")
            for nm in forbidden:
                if nm in txt:
                    err(w, f"pupil name {nm!r} in text")
    # sources present
    for gid in gy["groups"]:
        if not os.path.exists(os.path.join(HERE, "src", f"{gid}.txt")):
            err("build/src", f"missing {gid}.txt")
    for e in errors[:60]:
        print(e)
    if errors:
        print(f"{len(errors)} error(s)")
        return 1
    print(f"ok: {len(gy['groups'])} groups, {total} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
