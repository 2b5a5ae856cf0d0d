#!/usr/bin/env python3
"""Validate the corpus_blind6 bundle: parse, ids, order, senders, replies, label vocabulary,
plus heuristic cross-checks (URL vs link label) printed for human review."""
import json, os, re, sys, datetime
import yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {"membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor", "chat", "flood",
        "ack_reply", "slander", "incitement", "ranking", "student_privacy", "private_matter", "quiet_hours", "dispute"}
REQ = ["id", "ts", "group", "sender", "name", "text", "kind", "reply_to"]
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
URL = re.compile(r"(https?://|www\.|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|cn|top|net|vip|org|im)\b)", re.I)
errs = []
G = yaml.safe_load(open(os.path.join(ROOT, "groups.yaml"), encoding="utf-8"))["groups"]
ids = set()
for gid, g in G.items():
    ro = yaml.safe_load(open(os.path.join(ROOT, g["roster"]), encoding="utf-8"))
    assert ro["group"] == gid
    members = {str(m["id"]): m for m in ro["members"]}
    rostered = {str(t["id"]) for t in ro["roster"]["teachers"]} | {str(x["id"]) for s in ro["roster"]["students"] for x in s["guardians"]}
    if not rostered <= set(members):
        errs.append(f"{gid}: rostered ids missing from members: {rostered - set(members)}")
    if str(ro["roster"]["supervisor"]) not in rostered:
        errs.append(f"{gid}: supervisor not rostered")
    last = None
    seen = set()
    for n, line in enumerate(open(os.path.join(ROOT, g["transcript"]), encoding="utf-8"), 1):
        where = f"{g['transcript']}:{n}"
        try:
            o = json.loads(line)
        except Exception as e:
            errs.append(f"{where}: bad json {e}"); continue
        for k in REQ:
            if k not in o:
                errs.append(f"{where}: missing {k}")
        if o["id"] in ids:
            errs.append(f"{where}: duplicate id")
        ids.add(o["id"])
        if o["group"] != gid:
            errs.append(f"{where}: group mismatch")
        ts = datetime.datetime.fromisoformat(o["ts"])
        if ts.utcoffset() != datetime.timedelta(hours=8):
            errs.append(f"{where}: tz")
        if last and ts <= last:
            errs.append(f"{where}: ts not increasing")
        last = ts
        if o["sender"] not in members:
            errs.append(f"{where}: sender {o['sender']} not in members")
        if o["kind"] not in KINDS:
            errs.append(f"{where}: kind")
        if o["reply_to"] is not None and o["reply_to"] not in seen:
            errs.append(f"{where}: reply_to not an earlier id")
        seen.add(o["id"])
        labs = o.get("expect")
        if not isinstance(labs, list) or not set(labs) <= CATS or len(set(labs)) != len(labs):
            errs.append(f"{where}: bad labels {labs}")
        if "chat" in labs and set(labs) & {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}:
            errs.append(f"{where}: chat stacked with a covering category {labs}")
        # heuristic: url present vs link label
        allowed = g["allowed_link_domains"] or []
        hosts = re.findall(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/|\b)", o["text"], re.I)
        bad = [h for h in hosts if not any(h.lower() == a or h.lower().endswith("." + a) for a in allowed)]
        if bad and "link" not in labs:
            print(f"REVIEW {where}: host {bad} without link label: {o['text'][:50]}")
        if not bad and "link" in labs:
            print(f"REVIEW {where}: link label without disallowed host: {o['text'][:50]}")
print("files ok" if not errs else "\n".join(errs))
print("messages", len(ids))
sys.exit(1 if errs else 0)
