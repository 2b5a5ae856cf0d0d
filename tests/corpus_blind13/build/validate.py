#!/usr/bin/env python3
"""Format checker for the corpus_blind13 bundle. Exit 0 = ok, 1 = problems (listed)."""
import datetime, json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE = ['membership', 'nickname', 'invite', 'illegal', 'abuse', 'ad', 'link', 'rumor',
             'chat', 'flood', 'ack_reply', 'slander', 'incitement', 'ranking',
             'student_privacy', 'private_matter', 'quiet_hours', 'dispute']
KINDS = {'text', 'image', 'file', 'link_card', 'voice', 'sticker'}
KEYS = {'id', 'ts', 'group', 'sender', 'name', 'text', 'kind', 'reply_to', 'expect'}
GROUP_KEYS = {'school', 'class', 'grade', 'platform', 'timezone', 'quiet_hours',
              'allowed_link_domains', 'transcript', 'roster'}
TS_RE = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$')
HM_RE = re.compile(r'^([01]\d|2[0-3]):[0-5]\d$')
# a real-looking mainland mobile number: 1[3-9] + 9 digits, possibly split by spaces or dashes
MOBILE_RE = re.compile(r'(?<!\d)1[3-9]\d(?:[ \-]?\d){8}(?!\d)')
errors = []


def err(where, msg):
    errors.append(f'{where}: {msg}')


def main():
    gpath = os.path.join(ROOT, 'groups.yaml')
    if not os.path.exists(gpath):
        err('groups.yaml', 'missing'); return
    groups = (yaml.safe_load(open(gpath, encoding='utf-8')) or {}).get('groups')
    if not isinstance(groups, dict) or not groups:
        err('groups.yaml', "no 'groups' mapping"); return
    for g, cfg in groups.items():
        where = f'groups.yaml:{g}'
        missing = GROUP_KEYS - set(cfg)
        if missing:
            err(where, f'missing keys {sorted(missing)}')
            continue
        if cfg['platform'] not in ('wechat', 'qq', 'matrix'):
            err(where, f"bad platform {cfg['platform']}")
        if cfg['timezone'] != 'Asia/Shanghai':
            err(where, 'timezone must be Asia/Shanghai (timestamps are +08:00)')
        qh = cfg['quiet_hours']
        if not (isinstance(qh, dict) and set(qh) == {'start', 'end'} and
                all(isinstance(qh[k], str) and HM_RE.match(qh[k]) for k in qh)):
            err(where, f'bad quiet_hours {qh}')
        if not isinstance(cfg['allowed_link_domains'], list):
            err(where, 'allowed_link_domains must be a list')
        rpath = os.path.join(ROOT, cfg['roster'])
        tpath = os.path.join(ROOT, cfg['transcript'])
        if not os.path.exists(rpath):
            err(where, f"roster {cfg['roster']} missing"); continue
        if not os.path.exists(tpath):
            err(where, f"transcript {cfg['transcript']} missing"); continue
        ro = yaml.safe_load(open(rpath, encoding='utf-8'))
        rw = cfg['roster']
        for k in ('group', 'school', 'class', 'roster', 'members'):
            if k not in ro:
                err(rw, f'missing key {k}')
        if ro.get('group') != g:
            err(rw, f"group is {ro.get('group')!r}, expected {g!r}")
        r = ro.get('roster') or {}
        teachers = {t['id'] for t in r.get('teachers', [])}
        for t in r.get('teachers', []):
            if set(t) != {'id', 'name', 'subject', 'role'} or t['role'] not in ('head_teacher', 'teacher'):
                err(rw, f'bad teacher entry {t}')
        if not any(t.get('role') == 'head_teacher' for t in r.get('teachers', [])):
            err(rw, 'no head_teacher')
        guardians = set()
        for s in r.get('students', []):
            if 'name' not in s or not s.get('guardians'):
                err(rw, f'bad student entry {s}')
            for gd in s.get('guardians', []):
                if set(gd) != {'id', 'relation'}:
                    err(rw, f'bad guardian entry {gd}')
                guardians.add(gd['id'])
        members = {}
        for m in ro.get('members', []):
            if 'id' not in m or 'display_name' not in m:
                err(rw, f'bad member {m}')
                continue
            if m['id'] in members:
                err(rw, f"duplicate member {m['id']}")
            members[m['id']] = m
            j = m.get('joined')
            if j is not None:
                if j.get('via') not in ('invite', 'qr_code', 'link', 'search'):
                    err(rw, f"bad joined.via for {m['id']}")
                if j.get('via') == 'invite' and (j.get('by') not in members and j.get('by') not in teachers
                                                 and j.get('by') not in guardians):
                    err(rw, f"inviter of {m['id']} unknown")
        if r.get('supervisor') not in members or r.get('supervisor') not in guardians:
            err(rw, 'supervisor must be a rostered guardian among the members')
        for t in teachers:
            if t not in members:
                err(rw, f'teacher {t} not among members')
        # transcript
        prev_ts, seen = None, set()
        n = 0
        for ln, line in enumerate(open(tpath, encoding='utf-8'), 1):
            where = f"{cfg['transcript']}:{ln}"
            try:
                x = json.loads(line)
            except json.JSONDecodeError as e:
                err(where, f'bad JSON: {e}'); continue
            if set(x) != KEYS:
                err(where, f'keys {sorted(set(x) ^ KEYS)} wrong'); continue
            n += 1
            if x['id'] != f'{g}-{n:04d}':
                err(where, f"id {x['id']} out of sequence (expected {g}-{n:04d})")
            if x['group'] != g:
                err(where, 'wrong group')
            if not isinstance(x['ts'], str) or not TS_RE.match(x['ts']):
                err(where, f"bad ts {x['ts']!r}")
            else:
                ts = datetime.datetime.fromisoformat(x['ts'])
                if prev_ts and ts <= prev_ts:
                    err(where, 'timestamp not strictly increasing')
                if not (datetime.date(2026, 9, 1) <= ts.date() <= datetime.date(2026, 12, 31)):
                    err(where, 'date outside September-December 2026')
                prev_ts = ts
            if x['sender'] not in members:
                err(where, f"sender {x['sender']} not among members")
            if not isinstance(x['name'], str) or not x['name']:
                err(where, 'empty name')
            if x['kind'] not in KINDS:
                err(where, f"bad kind {x['kind']}")
            if not isinstance(x['text'], str):
                err(where, 'text must be a string')
            elif x['kind'] == 'text' and not x['text'].strip():
                err(where, 'empty text message')
            elif MOBILE_RE.search(x['text']) or MOBILE_RE.search(x['name']):
                err(where, 'real-looking mobile number')
            if x['reply_to'] is not None and x['reply_to'] not in seen:
                err(where, f"reply_to {x['reply_to']} is not an earlier message")
            seen.add(x['id'])
            e = x['expect']
            if not isinstance(e, list) or any(c not in CATALOGUE for c in e):
                err(where, f'bad expect {e}')
            elif e != sorted(set(e), key=CATALOGUE.index):
                err(where, f'expect not in catalogue order / duplicated: {e}')
        if n == 0:
            err(where, 'empty transcript')
    for sub in ('rosters', 'transcripts'):
        for f in os.listdir(os.path.join(ROOT, sub)):
            if f'{sub}/{f}' not in {c['roster'] for c in groups.values()} | {c['transcript'] for c in groups.values()}:
                err(f'{sub}/{f}', 'file not referenced by groups.yaml')


if __name__ == '__main__':
    main()
    for e in errors:
        print(e)
    print('OK' if not errors else f'{len(errors)} problem(s)')
    sys.exit(1 if errors else 0)
