"""Validate the labelled replay corpus in tests/corpus (SIMULATE.md bundle + gold labels)."""

from __future__ import annotations

import collections
import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).parent / "corpus"
VOCAB = {
    "membership",
    "nickname",
    "invite",
    "illegal",
    "abuse",
    "ad",
    "link",
    "rumor",
    "chat",
    "flood",
    "ack_reply",
    "slander",
    "incitement",
    "ranking",
    "student_privacy",
    "private_matter",
    "quiet_hours",
    "dispute",
}
KINDS = {"text", "image", "file", "link_card", "voice", "sticker"}
REQUIRED = {"id", "ts", "group", "sender", "name", "text", "kind", "reply_to", "expect"}
MIN_POSITIVES = 10


def _groups():
    return yaml.safe_load((CORPUS / "groups.yaml").read_text(encoding="utf-8"))["groups"]


def _roster(gid):
    return yaml.safe_load((CORPUS / "rosters" / f"{gid}.yaml").read_text(encoding="utf-8"))


def _lines(gid):
    path = CORPUS / _groups()[gid]["transcript"]
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"{path}:{n}: empty line"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:  # pragma: no cover - failure path
            pytest.fail(f"{path}:{n}: not JSON: {e}")
        out.append((n, rec))
    return path, out


GIDS = sorted(_groups())


def test_groups_yaml_shape():
    groups = _groups()
    assert 4 <= len(groups) <= 6
    platforms = set()
    for gid, g in groups.items():
        platforms.add(g["platform"])
        assert g["platform"] in {"wechat", "qq", "matrix"}
        assert 1 <= g["grade"] <= 6
        assert g["timezone"] == "Asia/Shanghai"
        assert g["quiet_hours"] == {"start": "20:00", "end": "07:00"}
        assert g["allowed_link_domains"], gid
        assert (CORPUS / g["roster"]).is_file(), f"{gid}: roster missing"
        assert (CORPUS / g["transcript"]).is_file(), f"{gid}: transcript missing"
    assert platforms == {"wechat", "qq", "matrix"}


@pytest.mark.parametrize("gid", GIDS)
def test_roster_shape(gid):
    r = _roster(gid)
    assert r["group"] == gid
    ro = r["roster"]
    assert 3 <= len(ro["teachers"]) <= 5
    assert sum(t["role"] == "head_teacher" for t in ro["teachers"]) == 1
    assert 20 <= len(ro["students"]) <= 35
    guardian_list = [x["id"] for s in ro["students"] for x in s["guardians"]]
    assert len(guardian_list) == len(set(guardian_list)), "duplicate guardian ids"
    guardian_ids = set(guardian_list)
    teacher_ids = {t["id"] for t in ro["teachers"]}
    assert ro["supervisor"] in guardian_ids
    member_ids = [m["id"] for m in r["members"]]
    assert len(member_ids) == len(set(member_ids)), "duplicate member ids"
    assert teacher_ids <= set(member_ids), "every teacher is in the group at the start"
    for m in r["members"]:
        j = m.get("joined")
        if j and j.get("via") == "invite":
            assert j["by"] in set(member_ids), f"{m['id']} invited by unknown {j['by']}"


@pytest.mark.parametrize("gid", GIDS)
def test_transcript_lines(gid):
    path, lines = _lines(gid)
    r = _roster(gid)
    teachers = {t["id"] for t in r["roster"]["teachers"]}
    guardians = {x["id"] for s in r["roster"]["students"] for x in s["guardians"]}
    members = {m["id"] for m in r["members"]}
    seen_ids: set[str] = set()
    seen_senders: set[str] = set()
    last = None
    for n, rec in lines:
        where = f"{path}:{n}"
        assert rec.keys() >= REQUIRED, f"{where}: missing {REQUIRED - rec.keys()}"
        assert rec["group"] == gid, where
        assert rec["id"] not in seen_ids, f"{where}: duplicate id {rec['id']}"
        assert rec["kind"] in KINDS, where
        assert isinstance(rec["text"], str) and isinstance(rec["name"], str) and rec["name"], where
        ts = dt.datetime.fromisoformat(rec["ts"])
        assert ts.tzinfo is not None and ts.utcoffset() == dt.timedelta(hours=8), where
        if last is not None:
            assert ts >= last, f"{where}: out of time order"
        last = ts
        if rec["reply_to"] is not None:
            assert rec["reply_to"] in seen_ids, f"{where}: reply_to {rec['reply_to']} not earlier"
        assert isinstance(rec["expect"], list), where
        assert len(rec["expect"]) == len(set(rec["expect"])), where
        for c in rec["expect"]:
            assert c in VOCAB, f"{where}: unknown category {c}"
        s = rec["sender"]
        known = s in members or s in teachers
        if not known:
            # a later joiner must be a rostered guardian or be flagged on first sight
            assert s in guardians or s in seen_senders or "membership" in rec["expect"], (
                f"{where}: unknown sender {s}"
            )
        seen_ids.add(rec["id"])
        seen_senders.add(s)


@pytest.mark.parametrize("gid", GIDS)
def test_labels_consistent_with_bundle(gid):
    """Structural label checks that follow from LABELLING.md without reading text."""
    path, lines = _lines(gid)
    r = _roster(gid)
    guardians = {x["id"] for s in r["roster"]["students"] for x in s["guardians"]}
    teachers = {t["id"] for t in r["roster"]["teachers"]}
    first: dict[str, dict] = {}
    for n, rec in lines:
        first.setdefault(rec["sender"], rec)
        local = dt.datetime.fromisoformat(rec["ts"])
        minutes = local.hour * 60 + local.minute
        if "quiet_hours" in rec["expect"]:
            assert minutes >= 20 * 60 or minutes < 7 * 60, f"{path}:{n}: quiet_hours by day"
        if "membership" in rec["expect"]:
            assert rec["sender"] not in guardians | teachers, f"{path}:{n}"
    recs = [rec for _, rec in lines]
    for k, rec in enumerate(recs):
        if "flood" in rec["expect"]:
            assert k >= 2 and recs[k - 1]["sender"] == recs[k - 2]["sender"] == rec["sender"], (
                f"{gid}: flood without two earlier posts in a row: {rec['id']}"
            )
    for m in r["members"]:
        rec = first.get(m["id"])
        if rec is None:
            continue
        j = m.get("joined") or {}
        if m["id"] not in guardians | teachers:
            assert "membership" in rec["expect"], f"{gid}: first message of {m['id']}"
        if j.get("via") == "invite" and j.get("approved") is False:
            assert "invite" in rec["expect"], f"{gid}: first message of {m['id']}"


def test_every_category_has_positives():
    counts = collections.Counter()
    total = clean = 0
    for gid in GIDS:
        for _, rec in _lines(gid)[1]:
            counts.update(rec["expect"])
            total += 1
            clean += not rec["expect"]
    missing = {c: counts[c] for c in VOCAB if counts[c] < MIN_POSITIVES}
    assert not missing, f"categories with fewer than {MIN_POSITIVES} positives: {missing}"
    assert total >= 600
    assert 0.6 <= clean / total <= 0.8  # most class-group messages are clean


def test_ids_unique_across_corpus():
    ids = [rec["id"] for gid in GIDS for _, rec in _lines(gid)[1]]
    assert len(ids) == len(set(ids))
