"""Tiny helpers the data files use to declare messages.

P(family, labels, text, ...)   one standalone message
T(msg, msg, ...)               a unit of consecutive messages (a thread); each msg is
                               M(role, family, labels, text, reply=None, ...), role is a
                               small integer: distinct roles get distinct senders, and
                               reply is the index (inside the thread) of the quoted message.

labels is a space-separated string of RULES.md categories ("" = clean).

Slots filled by build.py (every fill is invented):
  {V}     a contact-app word in disguise (威信, V信, vx, 薇 ...)      -> message must carry ad
  {VID}   an invented account id
  {QQW}   a QQ word in disguise (扣扣, 🐧, 企鹅 ...)                   -> must carry ad
  {QQ}    a QQ / group number, often as Chinese or circled numerals
  {TG}    an invented @handle;  {TGH} the bare handle
  {PHONE} an invented phone number in a disguised rendering
  {URL}   an invented off-allowlist domain / URL (dots sometimes written 点 / 。)
  {TME}   a t.me style invite (sometimes t点me)                        -> build adds link
  {@}     "@<display name>" of another rostered guardian of the group
  {@M}    display name (no @) of another guardian whose relation is 妈妈
  {SCHOOLDOM} the group's own allowed school domain (clean)
"""

ITEMS = []


def P(family, labels, text, kind="text", ev=True, hc=None):
    ITEMS.append({"type": "unit", "msgs": [
        {"role": 0, "family": family, "labels": labels.split(), "text": text,
         "reply": None, "kind": kind, "ev": ev, "hc": hc}]})


def M(role, family, labels, text, reply=None, kind="text", ev=False, hc=None):
    return {"role": role, "family": family, "labels": labels.split(), "text": text,
            "reply": reply, "kind": kind, "ev": ev, "hc": hc}


def T(*msgs):
    ITEMS.append({"type": "unit", "msgs": list(msgs)})
