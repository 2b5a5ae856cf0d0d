#!/usr/bin/env python3
"""Deterministic generator: build/src/<g>.txt  ->  groups.yaml, rosters/, transcripts/.

Source file layout
  YAML front matter (group settings, roster, members), then a line '---', then chat lines:
    # comment                       ignored
    = 2026-09-07                    date marker (all following lines are on that day)
    ~ <member_id> <new display name>   rename, effective for following messages
    HH:MM[:SS] <sender> [tokens] | <LABELS> | <text>
  <sender> is a member id, or a short alias from the optional 'aliases:' map of the front matter.
  tokens : kind  img|file|card|voice|stk   (default: text)
           #name   anchor this message
           ^name   reply_to the anchored message; '^-' = the previous message
           !U      evidently urgent teacher/school notice about tomorrow / safety (quiet-hours exemption)
           !UA     an acknowledgement that such an urgent notice explicitly asked for
  LABELS : hand-written CONTENT labels only, one letter each:
           I illegal  A abuse  D ad  R rumor  C chat  K ack_reply  S slander
           N incitement  P ranking  V student_privacy  M private_matter  X dispute
  text   : '\\n' is a newline.
Structural labels (membership, nickname, invite, flood, quiet_hours, link) are computed here
and may NOT be written by hand.
"""
import json, os, re, sys, unicodedata, zlib, datetime
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, 'src')

CATALOGUE = ['membership', 'nickname', 'invite', 'illegal', 'abuse', 'ad', 'link', 'rumor',
             'chat', 'flood', 'ack_reply', 'slander', 'incitement', 'ranking',
             'student_privacy', 'private_matter', 'quiet_hours', 'dispute']
CONTENT = {'I': 'illegal', 'A': 'abuse', 'D': 'ad', 'R': 'rumor', 'C': 'chat', 'K': 'ack_reply',
           'S': 'slander', 'N': 'incitement', 'P': 'ranking', 'V': 'student_privacy',
           'M': 'private_matter', 'X': 'dispute'}
STRUCTURAL = {'membership', 'nickname', 'invite', 'flood', 'quiet_hours', 'link'}
KINDS = {'img': 'image', 'file': 'file', 'card': 'link_card', 'voice': 'voice', 'stk': 'sticker',
         'text': 'text'}
RELATIONS = ['爸爸', '妈妈', '爷爷', '奶奶', '外公', '外婆', '姥姥', '姥爷', '家长', '监护人',
             '叔叔', '阿姨', '舅舅', '舅妈', '姑姑', '姑父', '姨妈', '小姨', '姨父', '伯伯',
             '伯母', '婶婶', '哥哥', '姐姐', '爹', '娘']
TLDS = ('com|cn|net|org|top|xyz|vip|cc|io|me|info|site|shop|club|online|link|app|tv|co|ly|ink|'
        'fun|icu|work|live|wang|mobi|biz|pro|asia|hk|tw|us|uk|ru|edu|gov|im|so|to|gl|gd|ws|la')
HOST_RE = re.compile(r'(?i)(?<![A-Za-z0-9.\-@])(?:https?://)?((?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:'
                     + TLDS + r'))(?![A-Za-z0-9\-])')
CODE_RE = re.compile(r'\[[^\[\]]{1,8}\]')
LINE_RE = re.compile(r'^(\d{2}):(\d{2})(?::(\d{2}))?\s+(\S+)((?:\s+\S+)*?)\s*\|\s*([A-Za-z_, ]*)\s*\|\s?(.*)$')


def die(path, n, msg):
    sys.exit(f'{path}:{n}: {msg}')


def norm(text):
    t = unicodedata.normalize('NFKC', text or '').lower()
    t = CODE_RE.sub('', t)
    return ''.join(ch for ch in t if unicodedata.category(ch)[0] in 'LN')


def hosts(text):
    return [m.group(1).lower() for m in HOST_RE.finditer(text or '')]


def host_allowed(h, allowed):
    return any(h == d or h.endswith('.' + d) for d in allowed)


def in_window(hm, qh):
    s, e = qh['start'], qh['end']
    return (s <= hm < e) if s < e else (hm >= s or hm < e)


def parent_name_ok(name, children):
    return any(c in name and any(r in name for r in RELATIONS) for c in children)


def build_group(key, path):
    raw = open(path, encoding='utf-8').read()
    head, sep, body = raw.partition('\n---\n')
    if not sep:
        die(path, 1, "missing '---' after front matter")
    meta = yaml.safe_load(head)
    head_lines = head.count('\n') + 2
    teachers = {t['id']: t for t in meta['teachers']}
    admins = {t['id'] for t in meta['teachers'] if t['role'] == 'head_teacher'}
    children_of = {}
    for s in meta['students']:
        for g in s['guardians']:
            children_of.setdefault(g['id'], []).append(s['name'])
    members = {m['id']: dict(m) for m in meta['members']}
    names = {m['id']: m['display_name'] for m in meta['members']}
    qh = meta['quiet_hours']
    aliases = {str(k): str(v) for k, v in (meta.get('aliases') or {}).items()}
    allowed = [d.lower() for d in meta['allowed_link_domains']]

    msgs, anchors = [], {}
    day = None
    minute_count = {}
    seen_sender = set()
    run = {'sender': None, 'norm': None, 'n': 0}
    urgent_ids = set()
    for n, line in enumerate(body.split('\n'), start=head_lines):
        s = line.rstrip()
        if not s.strip() or s.lstrip().startswith('#'):
            continue
        if s.startswith('= '):
            day = datetime.date.fromisoformat(s[2:].split()[0])
            continue
        if s.startswith('~ '):
            _, mid, newname = s.split(None, 2)
            mid = aliases.get(mid, mid)
            if mid not in members:
                die(path, n, f'rename of unknown member {mid}')
            names[mid] = newname.strip()
            continue
        m = LINE_RE.match(s)
        if not m:
            die(path, n, f'cannot parse: {s!r}')
        hh, mm, ss, sender, toks, labs, text = m.groups()
        sender = aliases.get(sender, sender)
        if day is None:
            die(path, n, 'message before first date marker')
        if sender not in members:
            die(path, n, f'sender {sender} not in members')
        kind, reply_to, anchor, flags = 'text', None, None, set()
        for tok in toks.split():
            if tok in KINDS:
                kind = KINDS[tok]
            elif tok.startswith('#'):
                anchor = tok[1:]
            elif tok == '^-':
                reply_to = msgs[-1]['id'] if msgs else die(path, n, 'nothing to reply to')
            elif tok.startswith('^'):
                if tok[1:] not in anchors:
                    die(path, n, f'unknown anchor {tok}')
                reply_to = anchors[tok[1:]]
            elif tok in ('!U', '!UA'):
                flags.add(tok)
            else:
                die(path, n, f'unknown token {tok}')
        labels = set()
        for ch in labs.replace(',', '').replace(' ', ''):
            if ch not in CONTENT:
                die(path, n, f'label {ch!r} is not a content label (structural labels are computed)')
            labels.add(CONTENT[ch])
        for w in re.findall(r'[a-z_]+', labs):
            if w in STRUCTURAL:
                die(path, n, f'hand-written structural label {w}')
        text = text.replace('\\n', '\n')
        # timestamp
        k = (day, hh, mm)
        c = minute_count.get(k, 0)
        minute_count[k] = c + 1
        if ss is None:
            sec = 2 + c * 9 + zlib.crc32(text.encode()) % 7
            if sec > 59:
                die(path, n, 'too many messages in one minute')
        else:
            sec = int(ss)
        ts = datetime.datetime(day.year, day.month, day.day, int(hh), int(mm), sec)
        if msgs and ts <= msgs[-1]['_ts']:
            die(path, n, f'timestamp not increasing: {ts}')
        mid = f'{key}-{len(msgs) + 1:04d}'
        if anchor:
            if anchor in anchors:
                die(path, n, f'duplicate anchor {anchor}')
            anchors[anchor] = mid
        name = names[sender]
        # ---- structural labels ----
        first = sender not in seen_sender
        seen_sender.add(sender)
        is_teacher = sender in teachers
        is_guardian = sender in children_of
        if first:
            if not (is_teacher or is_guardian):
                labels.add('membership')
            else:
                ok = (teachers[sender]['subject'] in name) if is_teacher else \
                    parent_name_ok(name, children_of[sender])
                if not ok:
                    labels.add('nickname')
            j = members[sender].get('joined') or {}
            if j.get('via') == 'invite' and j.get('by') not in admins and not j.get('approved', False):
                labels.add('invite')
        nt = norm(text)
        if nt and run['sender'] == sender and run['norm'] == nt:
            run['n'] += 1
        else:
            run = {'sender': sender, 'norm': nt, 'n': 1}
        if nt and run['n'] >= 3:
            labels.add('flood')
        if not nt:   # an empty message never counts; it still breaks nothing for others
            run = {'sender': sender, 'norm': None, 'n': 0}
        hm = f'{int(hh):02d}:{mm}'
        if in_window(hm, qh):
            exempt = False
            if '!U' in flags:
                if not is_teacher:
                    die(path, n, '!U on a non-teacher message')
                exempt = True
                urgent_ids.add(mid)
            elif '!UA' in flags:
                if reply_to not in urgent_ids and not (msgs and any(x in urgent_ids for x in
                                                                   [mm_['id'] for mm_ in msgs[-8:]])):
                    die(path, n, '!UA without a preceding urgent notice')
                exempt = True
            if not exempt:
                labels.add('quiet_hours')
        elif flags:
            die(path, n, '!U/!UA outside the quiet window')
        bad = [h for h in hosts(text) if not host_allowed(h, allowed)]
        if bad:
            labels.add('link')
        msgs.append({'id': mid, 'ts': ts.strftime('%Y-%m-%dT%H:%M:%S+08:00'), 'group': key,
                     'sender': sender, 'name': name, 'text': text, 'kind': kind,
                     'reply_to': reply_to, 'expect': [c_ for c_ in CATALOGUE if c_ in labels],
                     '_ts': ts})
    for x in msgs:
        x.pop('_ts')
    gcfg = {'school': meta['school'], 'class': meta['class'], 'grade': meta['grade'],
            'platform': meta['platform'], 'timezone': 'Asia/Shanghai',
            'quiet_hours': {'start': qh['start'], 'end': qh['end']},
            'allowed_link_domains': meta['allowed_link_domains'],
            'transcript': f'transcripts/{key}.jsonl', 'roster': f'rosters/{key}.yaml'}
    roster = {'group': key, 'school': meta['school'], 'class': meta['class'],
              'roster': {'teachers': meta['teachers'], 'supervisor': meta['supervisor'],
                         'students': meta['students']},
              'members': meta['members']}
    return gcfg, roster, msgs


def main():
    keys = sorted(f[:-4] for f in os.listdir(SRC) if f.endswith('.txt'))
    order = [k for k in ['dongbei2', 'gz_chu1', 'xj4', 'fudu', 'wugong5', 'sh3', 'zuqiu8', 'liushou7']
             if k in keys] + [k for k in keys if k not in
                              ['dongbei2', 'gz_chu1', 'xj4', 'fudu', 'wugong5', 'sh3', 'zuqiu8', 'liushou7']]
    groups = {}
    os.makedirs(os.path.join(ROOT, 'rosters'), exist_ok=True)
    os.makedirs(os.path.join(ROOT, 'transcripts'), exist_ok=True)
    total = 0
    for k in order:
        gcfg, roster, msgs = build_group(k, os.path.join(SRC, k + '.txt'))
        groups[k] = gcfg
        with open(os.path.join(ROOT, 'rosters', k + '.yaml'), 'w', encoding='utf-8') as f:
            yaml.safe_dump(roster, f, allow_unicode=True, sort_keys=False, width=1000)
        with open(os.path.join(ROOT, 'transcripts', k + '.jsonl'), 'w', encoding='utf-8') as f:
            for x in msgs:
                f.write(json.dumps(x, ensure_ascii=False) + '\n')
        clean = sum(1 for x in msgs if not x['expect'])
        total += len(msgs)
        print(f'{k}: {len(msgs)} messages, {clean} clean ({clean / max(1, len(msgs)):.0%})')
    with open(os.path.join(ROOT, 'groups.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump({'groups': groups}, f, allow_unicode=True, sort_keys=False, width=1000)
    print('total', total)


if __name__ == '__main__':
    main()
