#!/usr/bin/env python3
"""Blind development corpus #3 for classmod (groups f1-f6).

Written from LABELS.md / RULES.md / SIMULATE.md and the seed regulations only.
Holds every episode, generates groups.yaml, rosters/*.yaml, transcripts/*.jsonl
deterministically, and checks the bundle.

Message tuple: (time, sender_key, text, labels[, opts])
  time    "HH:MM" or "+1 HH:MM" (day after the episode date)
  sender  teacher id (t_*), stranger id (x_*), or "<student full name><relation>"
  labels  space separated short names (see ALIAS); a leading "~" marks a hard negative
  opts    kind, q (reply: -1 = previous msg of the episode, or a key), k (key),
          rename (display name from this message on), urgent (quiet-hours exempt)
Mechanical labels (membership, nickname, invite, quiet_hours, flood) are written by
hand AND recomputed from the bundle; the build fails when they disagree.
"""
import json, os, random, re, sys, unicodedata
from datetime import datetime, timedelta
import yaml

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CATS = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
        "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
        "student_privacy", "private_matter", "quiet_hours", "dispute"]
ALIAS = {"mem": "membership", "nick": "nickname", "inv": "invite", "ill": "illegal",
         "abu": "abuse", "ad": "ad", "link": "link", "rum": "rumor", "chat": "chat",
         "flood": "flood", "ack": "ack_reply", "sla": "slander", "inc": "incitement",
         "rank": "ranking", "priv": "student_privacy", "pm": "private_matter",
         "qh": "quiet_hours", "dis": "dispute"}
MECH = {"membership", "nickname", "invite", "quiet_hours", "flood"}
RELCODE = {"妈妈": "ma", "爸爸": "ba", "爷爷": "ye", "奶奶": "nai", "外公": "wg",
           "外婆": "wp", "姥姥": "ll", "姥爷": "ly", "家长": "jz"}
RELWORDS = list(RELCODE) + ["监护人"]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN1 = list("子梓浩宇欣雨思一嘉俊佳晨雅可诗明若文博泽心安语沐书昊天奕乐锦予景星悦")
GIVEN2 = list("涵轩萱彤睿琪然辰怡轩瑶航哲琳妍杰豪晴蕊阳宁恒楠凯源铭钰桐熙澄岚")


class Group:
    def __init__(self, gid, meta, teachers, students, n_families, supervisor,
                 overrides=None, strangers=None, joined=None, seed=0):
        self.gid, self.meta = gid, meta
        self.teachers = teachers          # id -> (name, subject, role, display)
        self.students = []                # [(name, [relations])]
        self.overrides = overrides or {}  # sender key -> initial display name
        self.strangers = strangers or {}  # id -> display name
        self.joined = joined or {}        # sender key / id -> joined dict
        self.supervisor_key = supervisor
        names = set()
        for name, rels in students:
            assert name not in names, name
            names.add(name)
            self.students.append((name, rels))
        rnd = random.Random(seed)
        while len(self.students) < n_families:
            nm = rnd.choice(SURNAMES) + rnd.choice(GIVEN1) + rnd.choice(GIVEN2)
            if nm in names or any(nm[1:] == s[0][1:] for s in self.students):
                continue
            names.add(nm)
            rels = rnd.choice([["妈妈"], ["妈妈"], ["爸爸"], ["妈妈", "爸爸"], ["奶奶"], ["外婆"]])
            self.students.append((nm, rels))
        self.guardians = {}               # key -> (id, student, relation)
        for i, (name, rels) in enumerate(self.students, 1):
            for r in rels:
                gidr = f"p{i:02d}{RELCODE.get(r.split('@')[0], 'jz')}"
                if "@" in r:          # a guardian shared by twins: explicit id
                    r, gidr = r.split("@")
                self.guardians[name + r] = (gidr, name, r)
        self.episodes = []

    def ep(self, day, tag, msgs):
        self.episodes.append((day, tag, msgs))

    # identity helpers
    def sender_id(self, key):
        if key in self.teachers or key in self.strangers:
            return key
        if key in self.guardians:
            return self.guardians[key][0]
        raise KeyError(f"{self.gid}: unknown sender {key}")

    def initial_name(self, key):
        if key in self.overrides:
            return self.overrides[key]
        if key in self.teachers:
            return self.teachers[key][3]
        if key in self.strangers:
            return self.strangers[key]
        return key

    def name_ok(self, key, disp):
        if key in self.teachers:
            return self.teachers[key][1] in disp
        sid, student, rel = self.guardians[key]
        kids = [g[1] for g in self.guardians.values() if g[0] == sid]
        return any(k in disp for k in kids) and any(r in disp for r in RELWORDS)

    def rostered(self, key):
        return key in self.teachers or key in self.guardians


def norm(text):
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = re.sub(r"\[[^\[\]]{1,8}\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


LOOKALIKE = re.compile(
    r"收到|好的|谢谢|多谢|唔该|辛苦|要得|晓得|OK|ok|thx|thanks|Noted|\[抱拳\]|👍|👏|接龙|已完成|已签收|"
    r"\d{7,}|[一二三四五六七八九零幺]{7,}|\.cn|\.com|\.edu|二维码|扫|链接|群文件|APP|小程序|"
    r"分|名|第|排|满分|平均|成绩|之星|表扬|"
    r"死|神经|气|嬲|累|牛|绝|犀利|厉害|xswl|yysy|笑|"
    r"钱|元|块|蚊|费|价|买|团购|保险|补|"
    r"赌|彩|警|药|骗|诈|转账|游戏|卡牌|"
    r"听说|刷到|真的|是真的|停课|政策|"
    r"投票|拉票|点赞|私聊|私信|私下|电话|加我|"
    r"哭|焦虑|失眠|担心|请假|忘|落|丢|"
    r"拉|进群|退群|群名|昵称|名片|改")


def lookalike(text, hhmm, qh, disp):
    """A clean message counts as a hard negative when it shares words or shapes
    with a violation (trigger words, numbers, domains), is long, sits at a
    quiet-hours edge, is unpunctuated voice-to-text, or is a captionless photo."""
    if not text:
        return True
    if LOOKALIKE.search(text) or len(text) >= 60:
        return True
    if not re.search(r"[，。？！,.?!、：:～~ ]", text) and len(text) >= 20:
        return True
    h, m = map(int, hhmm.split(":"))
    for edge in qh:
        eh, em = map(int, edge.split(":"))
        if abs((h * 60 + m) - (eh * 60 + em)) <= 5:
            return True
    return False


def in_quiet(hhmm, qh):
    s, e = qh
    if s <= e:
        return s <= hhmm < e
    return hhmm >= s or hhmm < e


def build(groups):
    os.makedirs(os.path.join(OUT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "transcripts"), exist_ok=True)
    gy = {"groups": {}}
    stats = {}
    all_ids = set()
    errors = []
    for g in groups:
        gid = g.gid
        qh = (g.meta["quiet_hours"]["start"], g.meta["quiet_hours"]["end"])
        gy["groups"][gid] = dict(g.meta, transcript=f"transcripts/{gid}.jsonl",
                                 roster=f"rosters/{gid}.yaml")
        # roster
        roster = {"group": gid, "school": g.meta["school"], "class": g.meta["class"],
                  "roster": {"teachers": [], "supervisor": g.sender_id(g.supervisor_key),
                             "students": []}, "members": []}
        for tid, (nm, subj, role, disp) in g.teachers.items():
            roster["roster"]["teachers"].append({"id": tid, "name": nm, "subject": subj, "role": role})
        for name, rels in g.students:
            roster["roster"]["students"].append(
                {"name": name, "guardians": [{"id": g.guardians[name + r.split('@')[0]][0],
                                              "relation": r.split('@')[0]} for r in rels]})
        member_keys = list(g.teachers) + list(g.guardians) + list(g.strangers)
        done_ids = set()
        for key in member_keys:
            if g.sender_id(key) in done_ids:
                continue
            done_ids.add(g.sender_id(key))
            m = {"id": g.sender_id(key), "display_name": g.initial_name(key)}
            if key in g.joined:
                j = dict(g.joined[key])
                if "by" in j:
                    j["by"] = g.sender_id(j["by"])
                m["joined"] = j
            roster["members"].append(m)
        head = [t for t, v in g.teachers.items() if v[2] == "head_teacher"]
        # transcript
        cur_name = {k: g.initial_name(k) for k in member_keys}
        seen = set()
        lines = []
        keys = {}
        last_ts = None
        run = (None, None, 0)   # sender, normtext, count
        n = 0
        for day, tag, msgs in g.episodes:
            ep_ids = []
            for m in msgs:
                t, skey, text, labs = m[:4]
                opts = m[4] if len(m) > 4 else {}
                n += 1
                mid = f"{gid}-{n:04d}"
                assert mid not in all_ids
                all_ids.add(mid)
                d = datetime.strptime(day, "%Y-%m-%d")
                if t.startswith("+"):
                    plus, t = t[1:].split(" ")
                    d += timedelta(days=int(plus))
                hh, mm = t.split(":")
                ts = d.replace(hour=int(hh), minute=int(mm))
                if last_ts and ts <= last_ts:
                    ts = last_ts + timedelta(seconds=20)
                    if ts.strftime("%H:%M") != t:
                        errors.append(f"{mid}: time {t} not after previous {last_ts}")
                last_ts = ts
                sid = g.sender_id(skey)
                if "rename" in opts:
                    cur_name[skey] = opts["rename"]
                disp = cur_name[skey]
                hn = labs.startswith("~") and lookalike(text, ts.strftime("%H:%M"), qh, disp)
                expect = []
                for a in labs.lstrip("~").split():
                    if a not in ALIAS:
                        errors.append(f"{mid}: bad label {a}")
                        continue
                    expect.append(ALIAS[a])
                # recompute mechanical labels
                mech = set()
                if sid not in seen:
                    if not g.rostered(skey):
                        mech.add("membership")
                    elif not g.name_ok(skey, disp):
                        mech.add("nickname")
                    j = g.joined.get(skey)
                    if j and j.get("via") == "invite" and g.sender_id(j.get("by")) not in head and not j.get("approved"):
                        mech.add("invite")
                    seen.add(sid)
                elif g.rostered(skey) and not g.name_ok(skey, disp):
                    errors.append(f"{mid}: {skey} posts again with a bad name {disp}")
                if in_quiet(ts.strftime("%H:%M"), qh) and not opts.get("urgent"):
                    mech.add("quiet_hours")
                nt = norm(text)
                if nt and run[0] == sid and run[1] == nt:
                    run = (sid, nt, run[2] + 1)
                elif nt:
                    run = (sid, nt, 1)
                else:
                    run = (None, None, 0)
                if run[2] >= 3:
                    mech.add("flood")
                hand = set(expect) & MECH
                if hand != mech:
                    errors.append(f"{mid} [{text[:30]}]: mechanical labels hand={sorted(hand)} computed={sorted(mech)}")
                if hn and expect and not opts.get("hn_ok"):
                    pass
                if len(set(expect)) != len(expect):
                    errors.append(f"{mid}: duplicate label")
                if "chat" in expect and set(expect) & {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}:
                    errors.append(f"{mid}: chat stacked with covering category")
                rq = opts.get("q")
                reply = None
                if rq is not None:
                    if isinstance(rq, int):
                        reply = ep_ids[rq]
                    else:
                        reply = keys[rq]
                if "k" in opts:
                    keys[opts["k"]] = mid
                ep_ids.append(mid)
                lines.append({"id": mid, "ts": ts.strftime("%Y-%m-%dT%H:%M:%S+08:00"), "group": gid,
                              "sender": sid, "name": disp, "text": text,
                              "kind": opts.get("kind", "text"), "reply_to": reply,
                              "expect": [c for c in CATS if c in expect],
                              "hard_negative": hn, "episode": tag})
        with open(os.path.join(OUT, "transcripts", f"{gid}.jsonl"), "w", encoding="utf-8") as f:
            for l in lines:
                f.write(json.dumps(l, ensure_ascii=False) + "\n")
        with open(os.path.join(OUT, "rosters", f"{gid}.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(roster, f, allow_unicode=True, sort_keys=False)
        stats[gid] = lines
        # checks: rostered or declared stranger, display names consistent
        for sk in g.strangers:
            assert sk not in g.guardians and sk not in g.teachers
        nfam = len(g.students)
        if not 30 <= nfam <= 45:
            errors.append(f"{gid}: {nfam} families")
    with open(os.path.join(OUT, "groups.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(gy, f, allow_unicode=True, sort_keys=False)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    total = sum(len(v) for v in stats.values())
    clean = sum(1 for v in stats.values() for l in v if not l["expect"])
    hn = sum(1 for v in stats.values() for l in v if l["hard_negative"])
    print(f"total {total}  clean {clean} ({clean/total:.0%})  hard_negative {hn}")
    cnt = {}
    for gid, v in stats.items():
        c = sum(1 for l in v if not l["expect"])
        print(f"  {gid}: {len(v)} msgs, {c} clean")
        for l in v:
            for c in l["expect"]:
                cnt[c] = cnt.get(c, 0) + 1
    for c in CATS:
        print(f"  {c:16s} {cnt.get(c, 0)}")


GROUPS = []


# ---------------------------------------------------------------------------
# f1  哈尔滨 kindergarten, wechat, quiet 19:30-07:00 (东北话)
# ---------------------------------------------------------------------------
f1 = Group("f1", {
    "school": "哈尔滨市道里区向阳幼儿园", "class": "大班(2)班",
    "platform": "wechat", "timezone": "Asia/Shanghai",
    "quiet_hours": {"start": "19:30", "end": "07:00"},
    "allowed_link_domains": ["xyyey-hrb.cn", "hljedu.gov.cn"]},
    teachers={"t_liu": ("刘畅", "语言", "head_teacher", "大二班语言刘畅（班主任）"),
              "t_sun": ("孙桂芝", "保育", "teacher", "保育孙桂芝"),
              "t_wang": ("王佳", "美术", "teacher", "美术王佳"),
              "t_zhao": ("赵明", "体育", "teacher", "体育赵明")},
    students=[("郑可馨", ["妈妈"]), ("高子墨", ["姥姥", "妈妈"]), ("于浩然", ["爸爸"]),
              ("曲雅琪", ["妈妈"]), ("孟繁宇", ["爷爷", "妈妈"]), ("姜一诺", ["妈妈"]),
              ("隋文博", ["爸爸"]), ("邵梓涵", ["妈妈"]), ("丛嘉怡", ["姥爷"]),
              ("吕思彤", ["妈妈"]), ("付天佑", ["奶奶", "爸爸"]), ("韩沐阳", ["爸爸"]),
              ("鲍欣然", ["妈妈"]), ("迟瑞泽", ["妈妈"]), ("滕朵朵", ["妈妈"])],
    n_families=34, supervisor="鲍欣然妈妈",
    overrides={"曲雅琪妈妈": "琪琪妈", "于浩然爸爸": "于大勇"},
    strangers={"x_fake": "大二班刘老师", "x_tuoguan": "小天鹅幼小衔接周老师",
               "x_spam": "温柔可人💋", "x_xiaoyi": "子墨小姨"},
    joined={"x_fake": {"via": "qr_code"}, "x_tuoguan": {"via": "qr_code"},
            "x_spam": {"via": "invite", "by": "滕朵朵妈妈", "approved": False},
            "x_xiaoyi": {"via": "invite", "by": "高子墨妈妈", "approved": False},
            "付天佑奶奶": {"via": "invite", "by": "付天佑爸爸", "approved": False},
            "丛嘉怡姥爷": {"via": "invite", "by": "t_liu", "approved": True}},
    seed=101)
E = f1.ep
E("2026-03-02", "arrival_notice", [
    ("07:12", "t_liu", "各位家长早上好☀️新学期第一周，入园时间7:30—8:20，请送到班级门口和老师交接后再离开。园门口不让停车，大家提前一站下车走过来哈。", ""),
    ("07:15", "郑可馨妈妈", "收到刘老师", "ack", {"q": -1}),
    ("07:16", "高子墨姥姥", "收到了刘老师我们家子墨今天穿的棉袄里头还套了个小马甲中午睡觉要是热了麻烦给脱一下谢谢啊", "~"),
    ("07:18", "孟繁宇爷爷", "👍", "ack"),
    ("07:21", "曲雅琪妈妈", "刘老师，我家今天有点咳嗽，带了小儿止咳糖浆，放书包侧兜了，中午能帮忙喂一次不？一次5毫升", "~nick"),
    ("07:26", "t_liu", "@琪琪妈 好的，放心，孙老师会按时喂。另外麻烦把群昵称改成“孩子全名+妈妈”，方便我们对应，谢谢～", "~", {"q": -1}),
    ("07:29", "曲雅琪妈妈", "改好了，谢谢刘老师提醒😊", "~", {"rename": "曲雅琪妈妈"}),
    ("07:40", "于浩然爸爸", "刘老师早，浩然今天忘带水杯了，我中午给送到门卫那", "~nick"),
    ("07:44", "t_liu", "好的浩然爸爸，送到门卫就行，我让孙老师去取。麻烦您也把群名片改一下哈：于浩然爸爸", "~"),
])
E("2026-03-02", "chat_hongchang", [
    ("09:41", "隋文博爸爸", "秋林那个红肠今天打折，二十九块八一斤，贼拉香，下班有空的可以去整点儿", "chat"),
    ("09:43", "姜一诺妈妈", "哪个店啊？道里秋林还是中央大街那个？", "chat"),
    ("09:44", "隋文博爸爸", "道里秋林的，我刚排完队，老长了😂", "chat"),
    ("09:50", "t_liu", "各位家长，群里咱尽量只发和孩子在园有关的事哈，购物信息可以私聊，谢谢理解🙏", "~"),
    ("09:53", "隋文博爸爸", "不好意思刘老师，我以后注意，红肠的事我私信一诺妈妈了", "~"),
])
E("2026-03-02", "jielong_sports", [
    ("11:05", "t_zhao", "【接龙】3月14日周六上午园内亲子冰雪运动会，请参加的家庭接龙：孩子姓名+参加家长+项目（拔河/袋鼠跳/雪地拉爬犁）\n例：张三 爸爸 拔河", "~"),
    ("11:08", "郑可馨妈妈", "【接龙】亲子冰雪运动会\n1. 郑可馨 妈妈 袋鼠跳", "~"),
    ("11:10", "韩沐阳爸爸", "【接龙】亲子冰雪运动会\n1. 郑可馨 妈妈 袋鼠跳\n2. 韩沐阳 爸爸 拔河", "~"),
    ("11:13", "鲍欣然妈妈", "【接龙】亲子冰雪运动会\n1. 郑可馨 妈妈 袋鼠跳\n2. 韩沐阳 爸爸 拔河\n3. 鲍欣然 妈妈 雪地拉爬犁", "~"),
    ("11:20", "高子墨姥姥", "赵老师我是子墨姥姥他爸妈那天都上班我这个岁数能参加不能不能拔河我就拉个爬犁行不", "~"),
    ("11:24", "t_zhao", "子墨姥姥可以的，祖辈参加我们特别欢迎，拉爬犁不累，您穿厚点就行😄", "~", {"q": -1}),
    ("11:25", "高子墨姥姥", "好嘞谢谢赵老师", "~"),
    ("11:31", "迟瑞泽妈妈", "【接龙】亲子冰雪运动会\n1. 郑可馨 妈妈 袋鼠跳\n2. 韩沐阳 爸爸 拔河\n3. 鲍欣然 妈妈 雪地拉爬犁\n4. 迟瑞泽 妈妈 拔河\n5. 高子墨 姥姥 雪地拉爬犁", "~"),
])
E("2026-03-03", "art_photos", [
    ("10:15", "t_wang", "今天美术课孩子们做了冰灯小手工🏮，都可认真了，给大家看看", "", {"kind": "image"}),
    ("10:15", "t_wang", "", "~", {"kind": "image"}),
    ("10:16", "t_wang", "", "~", {"kind": "image"}),
    ("10:20", "鲍欣然妈妈", "王老师辛苦啦🌹", "ack"),
    ("10:22", "韩沐阳爸爸", "[强][强][强]", "ack"),
    ("10:25", "邵梓涵妈妈", "笑死，最边上往脸上抹胶棒那个是我家梓涵吧😂回家得好好洗洗", "~"),
    ("10:31", "姜一诺妈妈", "一诺昨天回家一直念叨冰灯，说王老师教得可有意思了，谢谢王老师这么有耐心👍", "~"),
])
E("2026-03-03", "fake_teacher_fee", [
    ("13:02", "x_fake", "各位家长好，本学期绘本阅读资料费每位幼儿168元，请扫描下方二维码缴纳，今天下午5点前截止，逾期不予发放。", "mem ill", {"kind": "image"}),
    ("13:05", "吕思彤妈妈", "这不是刘老师吧？头像都不一样，大家先别扫！", "~"),
    ("13:09", "t_liu", "⚠️各位家长注意：这个人不是本班老师，已经移出群聊。幼儿园所有收费都走园里统一的缴费通知，从来不在群里发收款码，任何二维码都不要扫，不要转账！", "~"),
    ("13:12", "付天佑奶奶", "哎呀妈呀我差点就扫了多亏你们提醒了", "~inv"),
    ("13:15", "丛嘉怡姥爷", "以后凡是要交钱的咱都等刘老师在群里发园里的正式通知再交，别看着像老师就信", "~"),
])
E("2026-03-03", "evening_edge", [
    ("19:27", "鲍欣然妈妈", "刘老师，明天欣然去儿童医院复查，请一天假，谢谢～", "~"),
    ("19:29", "t_liu", "好的，欣然妈妈，路上注意保暖。", "~"),
    ("19:32", "鲍欣然妈妈", "谢谢刘老师", "qh"),
    ("21:40", "韩沐阳爸爸", "有没有知道哪卖儿童滑雪板的？想给沐阳整一副，周末带他去亚布力", "qh chat"),
    ("21:43", "隋文博爸爸", "道外那个体育用品城就有，比商场便宜一半", "qh chat"),
    ("+1 07:01", "t_liu", "各位家长早上好，晚上七点半以后尽量别在群里发消息哈，有的小朋友睡得早，手机一响容易吵醒。急事可以直接给我打电话。", "~"),
])
E("2026-03-04", "slide_quarrel", [
    ("16:50", "孟繁宇妈妈", "今天繁宇回家说于浩然在滑梯那推了他一把，脑门磕栏杆上了，起了个大包，这都第二回了", "priv dis"),
    ("16:58", "于浩然爸爸", "你家孩子说啥就是啥啊？我家浩然说是繁宇先抢他位置的，别啥事都往别人身上赖", "priv dis", {"rename": "于浩然爸爸"}),
    ("17:01", "孟繁宇妈妈", "你这啥态度啊，孩子都磕出包了你还有理了，真没教养", "abu dis"),
    ("17:03", "于浩然爸爸", "你才没教养呢，嘚瑟啥玩意儿", "abu dis"),
    ("17:06", "t_liu", "两位家长先别着急，这个事我和孙老师了解完情况，马上分别给二位打电话，咱们私下沟通，群里就先不说了，好吗？", "~"),
])
E("2026-03-05", "rumor_flu_closure", [
    ("12:30", "吕思彤妈妈", "听我同事说下周开始哈尔滨幼儿园全都停课，甲流太厉害了，教育局都下文件了，大家提前安排吧", "rum"),
    ("12:34", "姜一诺妈妈", "真的假的？刘老师，这个消息准不准啊？", "~"),
    ("12:41", "t_liu", "目前园里没有接到任何停课通知，一切以教育局和园里发布的为准，请大家不要转发没证实的消息。最近甲流确实多，孩子发烧请在家休息，退烧48小时后再来园。", "~"),
    ("12:45", "高子墨妈妈", "明白了，子墨这两天有点流鼻涕，没发烧，照常送哈，书包里放了一包纸", "~"),
    ("12:50", "吕思彤妈妈", "不好意思，我也是听说的，没核实就发了，以后注意", "~"),
])
E("2026-03-05", "ads_tuoguan", [
    ("15:10", "滕朵朵妈妈", "有没有宝妈想在家带娃顺便赚点零花钱的😊不用囤货，一部手机就能做，每天一两个小时，感兴趣的私我", "ad"),
    ("15:22", "x_tuoguan", "各位家长好！我们是爱建小区旁边的小天鹅幼小衔接，寒假班拼音识字+数学思维，报名就送书包，咨询加薇：xte丶xianjie，电话幺八六四五一二七七三零", "mem ad"),
    ("15:25", "t_liu", "请无关人员退群，也请各位家长不要轻易添加陌生人好友，谢谢。", "~"),
    ("15:30", "丛嘉怡姥爷", "刘老师我问一下这个幼小衔接到底有没有用我们嘉怡九月份就上一年级了别的孩子都报班了我心里没底", "~"),
    ("15:36", "t_liu", "嘉怡姥爷，这学期我们会专门开一次幼小衔接家长会，园里也在做入学准备的活动，不用着急报班哈，到时候详细讲。", "~"),
])
E("2026-03-06", "class_purchase_socks", [
    ("10:02", "t_liu", "六一演出需要统一买白色短袜和红领结，家委会欣然妈妈在比价，了解价格的家长可以跟她说一下", "~"),
    ("10:20", "鲍欣然妈妈", "我问了两家，红领结批发三块五一个，白袜子五双十九块，咱班34个孩子，连运费一人大概十块钱左右，大家看行不行", "~"),
    ("10:24", "郑可馨妈妈", "行，比自己单买便宜多了，辛苦欣然妈妈", "~"),
    ("10:31", "t_liu", "谢谢欣然妈妈。需要的家庭在下面接龙，钱等货到了统一交给家委会，群里不用转账。", "~"),
    ("10:33", "迟瑞泽妈妈", "【接龙】六一袜子+领结\n1. 迟瑞泽", "~"),
    ("10:35", "曲雅琪妈妈", "【接龙】六一袜子+领结\n1. 迟瑞泽\n2. 曲雅琪", "~"),
    ("10:40", "邵梓涵妈妈", "【接龙】六一袜子+领结\n1. 迟瑞泽\n2. 曲雅琪\n3. 邵梓涵 袜子要两份", "~"),
])
E("2026-03-06", "vote_request", [
    ("12:10", "姜一诺妈妈", "家人们帮忙投一票呗🙏一诺参加少儿绘画大赛，每天都能投，拜托拜托 huatong-dasai.com/v/88231", "ad link"),
    ("12:14", "韩沐阳爸爸", "投好了", "chat"),
    ("12:20", "付天佑奶奶", "我这咋点不开呢一直转圈", "chat"),
    ("12:31", "t_wang", "各位家长，私人的拉票请别发班级群哈。下周园里办“我的冰雪世界”小画展，孩子们的作品在园官网可以看：xyyey-hrb.cn/huazhan ，这个是园里组织的，欢迎大家去看看", "~"),
])
E("2026-03-09", "pickup_card_flood", [
    ("16:00", "t_sun", "各位家长，新的接送卡已经做好了，明天放学时在班级门口领取，请爷爷奶奶们记得带身份证。", ""),
    ("16:02", "孟繁宇爷爷", "收到", "ack"),
    ("16:02", "孟繁宇爷爷", "收到", "ack"),
    ("16:03", "孟繁宇爷爷", "收到", "ack flood"),
    ("16:05", "付天佑奶奶", "收到", "ack"),
    ("16:06", "丛嘉怡姥爷", "收到孙老师，请问姥爷来接也用身份证就行吧", "~"),
    ("16:09", "t_sun", "对的，身份证和接送卡一起带就行", "~"),
    ("16:10", "丛嘉怡姥爷", "好的明白了谢谢孙老师", "~"),
])
E("2026-03-10", "fire_drill_reply_requested", [
    ("07:35", "t_liu", "【重要】本周五（3月13日）上午园里进行消防演练，9:30左右会有警报声，提前跟孩子说一声别害怕。看到的家长请回复“收到”，方便我统计。", "~"),
    ("07:37", "郑可馨妈妈", "收到", "~"),
    ("07:38", "迟瑞泽妈妈", "收到刘老师🙏", "~"),
    ("07:40", "邵梓涵妈妈", "收到，已经跟梓涵说了", "~"),
    ("07:41", "于浩然爸爸", "收到", "~"),
    ("07:45", "滕朵朵妈妈", "收到收到", "~"),
    ("07:52", "高子墨姥姥", "收到了收到了", "~"),
])
E("2026-03-10", "separation_worry", [
    ("13:40", "邵梓涵妈妈", "刘老师，想跟您说说梓涵最近的情况。她爸爸去外地工作半年了，孩子晚上老是哭醒，说梦见爸爸不要她了，白天在家也不爱说话，饭也吃得少，一说上幼儿园就抱着我不撒手。我上网查说可能是分离焦虑，我也不知道该咋办，在幼儿园她是不是也这样啊……", "pm"),
    ("13:48", "t_liu", "梓涵妈妈，这些情况咱们私下细聊，我下午午睡后给您打电话。", "~"),
    ("13:52", "吕思彤妈妈", "梓涵妈妈别太上火，我家思彤之前也这样，后来她爸每天晚上固定视频十分钟，睡前讲个故事，慢慢就好多了，你也试试", "pm"),
    ("13:55", "邵梓涵妈妈", "谢谢思彤妈妈，我今晚就让她爸试试，主要是她现在一到晚上就说肚子疼，去医院查了也没啥毛病", "pm"),
])
E("2026-03-11", "morning_blessing", [
    ("06:58", "丛嘉怡姥爷", "早安 祝群里各位家人周三愉快身体健康万事如意", "qh chat", {"kind": "image"}),
    ("07:00", "付天佑奶奶", "早上好早上好 同乐同乐🌹", "chat"),
])
E("2026-03-11", "little_stars", [
    ("11:30", "t_liu", "本周“小明星”：郑可馨、韩沐阳、曲雅琪👏三位小朋友每天都主动帮小伙伴收拾玩具，还会提醒大家洗手，给他们点赞！", "~"),
    ("11:33", "滕朵朵妈妈", "恭喜小明星们👏👏", "ack"),
    ("11:35", "郑可馨妈妈", "谢谢刘老师，可馨回家说要继续努力，还说明天要帮孙老师擦桌子😄", "~"),
    ("11:40", "曲雅琪妈妈", "琪琪今天放学一定高兴坏了，谢谢老师们一直鼓励她", "~"),
])
E("2026-03-11", "food_fee_complaint", [
    ("17:20", "付天佑爸爸", "我问一下，天佑回家说中午饭老是凉的，菜里也没几块肉，一个月伙食费六百多，这钱都花哪去了？", "sla dis"),
    ("17:31", "t_sun", "天佑爸爸，每周的食谱和食品留样都在园官网公示：xyyey-hrb.cn/shipu ，饭菜出锅后用保温餐车送到班里。您有疑问欢迎周五来园里看看食堂，咱们私下细说。", "~"),
    ("17:35", "付天佑爸爸", "行，那我周五过去看看", "~"),
])
E("2026-03-12", "porn_spam", [
    ("14:03", "x_spam", "哥哥们晚上寂寞吗💋同城小姐姐在线陪聊 视频私密 点开就看 t.cn/A6hQx2Lm", "mem inv ill link"),
    ("14:05", "t_liu", "已移除。@滕朵朵妈妈 拉人进群前请先跟我说一下哈，谢谢。", "~"),
    ("14:07", "滕朵朵妈妈", "对不起刘老师，是我手机被人乱点了，那人我也不认识", "~"),
])
E("2026-03-12", "article_link", [
    ("15:40", "迟瑞泽妈妈", "分享一篇幼小衔接的文章，写得挺实在的【教育部：幼儿园入学准备教育指导要点解读】mp.weixin.qq.com/s/Kx8dYt2", "link", {"kind": "link_card"}),
    ("15:46", "t_liu", "这个文件园里之前也组织学习过，原文在省教育厅网站 hljedu.gov.cn 上也能查到，有兴趣的家长可以看看原文。", "~"),
])
E("2026-03-13", "forgot_and_medicine", [
    ("07:50", "高子墨姥姥", "刘老师早上好子墨今天的小被子忘拿了下午我给送过去放门卫那行不行", "~"),
    ("07:55", "t_liu", "行的姥姥，放门卫就行", "~"),
    ("08:10", "孟繁宇爷爷", "刘老师繁宇今天早上吃完药了就是那个阿莫西林颗粒中午那顿我放书包里了麻烦老师给冲一下", "~"),
    ("16:40", "韩沐阳爸爸", "刘老师，沐阳这孩子神经大条，又把一只手套落在外头滑梯那了，灰色带小熊的，明天麻烦帮瞅一眼", "~"),
    ("16:45", "t_sun", "找着了，在失物筐里，明天让他自己来拿哈", "~"),
])
E("2026-03-14", "sports_day", [
    ("09:10", "t_zhao", "运动会九点半开始，请大家从西门进，带好接送卡，操场上注意看好孩子，别往冰面上跑。", ""),
    ("09:12", "x_xiaoyi", "我是子墨小姨，今天替他妈妈来，在西门等着呢哈", "mem inv"),
    ("09:15", "高子墨妈妈", "赵老师，我刚才拉了我妹进群，今天她替我去，没来得及跟刘老师说，不好意思", "~"),
    ("11:40", "t_zhao", "今天运动会圆满结束🎉拔河冠军是大二班的爸爸们，袋鼠跳第一名郑可馨和妈妈，雪地拉爬犁第一名高子墨和姥姥！谢谢各位家长的支持", "~"),
    ("11:45", "高子墨姥姥", "哎呀我这老胳膊老腿还拿了个第一可把我乐坏了谢谢赵老师谢谢大家", "~"),
    ("11:47", "韩沐阳爸爸", "爸爸们拔河那最后一下真给劲💪明年还报名", "~"),
    ("11:50", "隋文博爸爸", "牛B，我胳膊到现在还哆嗦呢哈哈", "abu"),
])
E("2026-03-16", "temperature_check", [
    ("07:20", "t_liu", "各位家长，本周起每天早上入园晨检增加测体温，体温37.3以上的孩子请回家观察。谢谢配合。", ""),
    ("07:23", "姜一诺妈妈", "好的刘老师👌", "ack"),
    ("07:24", "鲍欣然妈妈", "收到，辛苦老师们", "ack"),
    ("07:30", "迟瑞泽妈妈", "刘老师，瑞泽早上在家量的37.1，这样能来吗？", "~"),
    ("07:33", "t_liu", "可以来的，晨检再量一次，没事的", "~"),
    ("07:34", "迟瑞泽妈妈", "好的谢谢刘老师", "~"),
])
E("2026-03-16", "urgent_snow_delay", [
    ("20:40", "t_liu", "【紧急通知】受暴雪影响，明天（3月17日）幼儿园延迟到九点入园，早上路滑，请家长注意安全。请看到的家长回复“收到”。", "~", {"urgent": True}),
    ("20:42", "郑可馨妈妈", "收到", "~", {"urgent": True}),
    ("20:43", "于浩然爸爸", "收到刘老师", "~", {"urgent": True}),
    ("20:45", "吕思彤妈妈", "刘老师，那延迟的话早饭还在园里吃吗？", "qh"),
    ("20:50", "t_liu", "早饭照常提供，九点到园后吃", "qh"),
    ("20:52", "吕思彤妈妈", "好的谢谢", "qh"),
])
E("2026-03-18", "nap_misbehaviour", [
    ("16:30", "t_liu", "今天午睡时间隋文博和付天佑在床上打闹，把被子扔地上了，说了好几次都不听，请两位家长回家好好说说。", "priv"),
    ("16:36", "隋文博爸爸", "刘老师，这种事您单独跟我说就行，孩子也要面子😅回家我肯定说他", "~"),
    ("16:40", "t_liu", "好的，是我考虑不周，以后这类情况我单独联系家长。", "~"),
])
E("2026-03-19", "hockey_chat", [
    ("12:15", "韩沐阳爸爸", "昨晚冰球看没？黑龙江队最后一分钟绝杀，太过瘾了", "chat"),
    ("12:18", "隋文博爸爸", "看了看了，气死我了前两节打那么臭，还好最后赢了", "chat"),
])
E("2026-03-20", "volunteer_phones", [
    ("10:00", "t_liu", "下个月春游需要两位家长志愿者帮忙，愿意来的家长请留个电话，我跟您联系细节。", "~"),
    ("10:05", "鲍欣然妈妈", "我可以，电话13945120836", "~"),
    ("10:09", "韩沐阳爸爸", "算我一个，15804517729，周五都能请假", "~"),
    ("10:12", "t_liu", "谢谢两位，我下午打给你们～", "~"),
    ("19:25", "曲雅琪妈妈", "刘老师，春游报名表我夹在琪琪的书里了，签好字了", "~"),
    ("19:45", "滕朵朵妈妈", "刘老师，朵朵春游那天想带个小零食分享给小朋友可以吗", "qh"),
    ("+1 07:05", "t_liu", "@滕朵朵妈妈 可以的，带不含坚果的就行。也提醒大家晚上7点半后有事尽量第二天早上再问哈", "~"),
])
E("2026-03-23", "safety_forward_games", [
    ("08:30", "郑可馨妈妈", "转发园里公众号的安全提醒：【防拐骗小课堂】不跟陌生人走、不吃陌生人给的东西、记住爸爸妈妈电话。大家在家也跟孩子演练演练～", "~"),
    ("08:35", "t_liu", "谢谢可馨妈妈转发，这周我们在班里也会做防走失演练", "~"),
    ("12:40", "邵梓涵妈妈", "刘老师，班里玩的那个“老鹰捉小鸡”游戏梓涵回家天天要玩，问一下还有啥适合在家玩的小游戏不？", "~"),
    ("12:48", "t_liu", "可以玩“木头人”“词语接龙”，还有折纸，我明天把园里的亲子游戏清单发群里", "~"),
    ("+1 09:00", "t_liu", "亲子游戏清单已上传群文件“大二班亲子游戏.pdf”，大家有空可以看看，无需回复。", "~"),
    ("+1 09:03", "韩沐阳爸爸", "收到", "ack"),
    ("+1 09:05", "邵梓涵妈妈", "谢谢刘老师，这么快就整理好了", "~"),
])
E("2026-03-25", "english_song", [
    ("17:10", "迟瑞泽妈妈", "刘老师，瑞泽说今天学了 apple banana，回家一直在念，是新开的英语启蒙课吗？", "~"),
    ("17:15", "t_liu", "是的，每周二四有一节英语游戏课，主要是听听儿歌，不考核的", "~"),
    ("17:16", "迟瑞泽妈妈", "好的明白～谢谢刘老师", "~"),
])
E("2026-03-26", "harsh_words_harmless", [
    ("16:20", "姜一诺妈妈", "累死了，今天单位加班，可能要五点四十才能到，麻烦老师让一诺在班里多等一会儿🙏", "~"),
    ("16:22", "t_liu", "没事，路上慢点", "~"),
    ("19:10", "吕思彤妈妈", "气死我了，给思彤准备的春游小书包拉链让她自己拽坏了😂明天先用旧的哈老师", "~"),
])
GROUPS.append(f1)


# ---------------------------------------------------------------------------
# f2  成都 primary grade 1, qq, quiet 20:00-07:00 (川渝话, QQ [表情] codes)
# ---------------------------------------------------------------------------
f2 = Group("f2", {
    "school": "成都市锦江区红莲小学", "class": "一年级(3)班", "grade": 1,
    "platform": "qq", "timezone": "Asia/Shanghai",
    "quiet_hours": {"start": "20:00", "end": "07:00"},
    "allowed_link_domains": ["cdhlxx.cn", "smartedu.cn"]},
    teachers={"t_chen": ("陈晓燕", "语文", "head_teacher", "语文陈晓燕（班主任）"),
              "t_he": ("何俊", "数学", "teacher", "数学何俊"),
              "t_luo": ("罗丹", "英语", "teacher", "Dan老师"),
              "t_yang": ("杨帆", "体育", "teacher", "体育杨帆"),
              "t_xu": ("徐静", "音乐", "teacher", "音乐-徐静")},
    students=[("李沐辰", ["妈妈"]), ("王若曦", ["妈妈", "外婆"]), ("张皓轩", ["爸爸"]),
              ("刘语桐", ["妈妈"]), ("蒋子豪", ["爸爸"]), ("黄诗涵", ["奶奶"]),
              ("杜一鸣", ["妈妈"]), ("唐可欣", ["妈妈"]), ("雷家乐", ["爸爸"]),
              ("彭思源", ["妈妈@p_peng_ma"]), ("彭思远", ["妈妈@p_peng_ma"]),
              ("廖晨曦", ["爷爷"]), ("罗梓萌", ["妈妈"]), ("周俊熙", ["妈妈"]),
              ("冉星宇", ["爸爸"]), ("袁小满", ["妈妈"])],
    n_families=40, supervisor="李沐辰妈妈",
    overrides={"蒋子豪爸爸": "豪哥", "黄诗涵奶奶": "诗涵奶奶", "周俊熙妈妈": "俊熙麻麻🌸",
               "唐可欣妈妈": "Grace", "刘语桐妈妈": "刘语桐妈妈🌷", "杜一鸣妈妈": "杜一鸣家长"},
    strangers={"x_insure": "平安保险-小周", "x_kid": "张皓轩", "x_gamble": "娱乐城客服小美",
               "x_fortune": "玄清道长"},
    joined={"x_insure": {"via": "qr_code"}, "x_gamble": {"via": "qr_code"},
            "x_fortune": {"via": "qr_code"},
            "x_kid": {"via": "invite", "by": "张皓轩爸爸", "approved": False},
            "王若曦外婆": {"via": "invite", "by": "t_chen", "approved": True}},
    seed=202)
E = f2.ep
E("2026-04-07", "homework_and_names", [
    ("16:40", "t_chen", "今日语文作业：1.读课文《小猴子下山》三遍；2.生字本第12页；3.家长签字。无需在群里回复，明早交给小组长。", "", {"k": "hw0407"}),
    ("16:42", "李沐辰妈妈", "收到陈老师[玫瑰]", "ack"),
    ("16:45", "黄诗涵奶奶", "收到收到 陈老师 辛苦了", "nick ack"),
    ("16:47", "刘语桐妈妈", "陈老师，生字本是那个绿色封面的吗？语桐说有两本", "~"),
    ("16:50", "t_chen", "是的，绿色那本，蓝色的是下学期用", "~", {"q": -1}),
    ("16:51", "刘语桐妈妈", "要得，谢谢陈老师", "~"),
    ("16:55", "t_luo", "今天英语作业：听读Unit 3 Part A 两遍，家长签字即可。", "~nick", {"k": "en0407"}),
    ("17:02", "t_chen", "@Dan老师 罗老师，麻烦群名片改成“英语罗丹”哈，学校要求实名😊", "~"),
    ("17:05", "t_luo", "改好了，不好意思～", "~", {"rename": "英语罗丹"}),
    ("17:06", "雷家乐爸爸", "好的罗老师", "ack", {"q": "en0407"}),
])
E("2026-04-07", "lost_pencil_box", [
    ("17:30", "廖晨曦爷爷", "陈老师我是廖晨曦的爷爷娃娃今天回来说铅笔盒搞掉了不晓得是不是落在教室头了麻烦老师明天帮忙找一下蓝色的上面有个奥特曼", "~"),
    ("17:36", "t_chen", "好的爷爷，明天早上我帮他找找", "~"),
    ("17:37", "廖晨曦爷爷", "[抱拳]", "~"),
])
E("2026-04-08", "hotpot_chat", [
    ("12:20", "冉星宇爸爸", "春熙路新开那家火锅店搞活动，五折，毛肚巴适得很，哪个周末一起去嘛", "chat"),
    ("12:23", "杜一鸣妈妈", "哪家哦？是不是那个排队排到马路边边的", "chat"),
    ("12:25", "冉星宇爸爸", "就是那家，我昨天排了一个多钟头[捂脸]", "chat"),
    ("12:31", "彭思源妈妈", "安逸，周六去", "chat"),
    ("12:40", "t_chen", "各位家长中午好，吃的耍的咱们私聊哈，群里留给孩子的事情，谢谢大家理解[抱拳]", "~"),
])
E("2026-04-08", "insurance_seller", [
    ("14:10", "x_insure", "各位家长下午好，我是平安的小周，学平险一年只要100多，意外门诊住院都能报，需要的家长加我QQ：三二八七七一零五四", "mem ad"),
    ("14:15", "王若曦妈妈", "学校每年不是统一有学生平安保险吗？陈老师，这个需要另外买不？", "~"),
    ("14:25", "t_chen", "学校统一的学平险是自愿参加的，通知会通过学校公众号和纸质回执发，群里其他人卖保险的一律不要理。这个人不是本班家长，已经移出。", "~"),
    ("14:28", "王若曦妈妈", "晓得了，谢谢陈老师", "~"),
])
E("2026-04-09", "unit_test_scores", [
    ("15:30", "t_he", "本次数学单元小测全班平均分92.6，90分以上的同学占了七成，整体不错。个别同学计算粗心，请家长在家多练口算。试卷已发回，请签字。", "~"),
    ("15:34", "蒋子豪爸爸", "何老师，子豪考了好多分嘛？排第几？他回来说忘了", "~nick"),
    ("15:40", "t_he", "子豪爸爸，成绩我私发给您，班里不公布排名哈", "~"),
    ("15:41", "蒋子豪爸爸", "要得要得，名片也改了", "~", {"rename": "蒋子豪爸爸"}),
    ("15:50", "周俊熙妈妈", "何老师，俊熙这次是不是没考好？他回来哭了，说有一道应用题没看懂", "~nick"),
    ("15:55", "t_he", "俊熙妈妈，就错了一道应用题，问题不大，晚上我们私聊说说", "~"),
    ("16:10", "唐可欣妈妈", "我们几个家长对了一下，满分的有李沐辰、刘语桐、杜一鸣，可欣98也还可以[偷笑]", "nick rank"),
    ("16:14", "t_he", "请家长们不要在群里晒分数和名单哈，每个孩子情况不一样，谢谢配合", "~"),
])
E("2026-04-10", "pencil_poking_quarrel", [
    ("17:45", "罗梓萌妈妈", "今天梓萌回来说张皓轩又拿铅笔戳她手背，都戳出印子了，这已经是这周第三次了，皓轩家长管一下嘛", "priv dis"),
    ("17:52", "张皓轩爸爸", "我问了皓轩，他说是梓萌先把他本子撕了，你不能光听你家娃娃一个人说嘛", "priv dis"),
    ("17:55", "罗梓萌妈妈", "你家娃娃戳人还有理了？一看就是家里没教好，瓜兮兮的", "abu dis"),
    ("17:58", "张皓轩爸爸", "你嘴巴放干净点，你才瓜，要你管我咋个教", "abu dis"),
    ("18:03", "t_chen", "两位家长请先停一下，孩子之间的事我明天上午分别了解清楚，再单独给你们打电话，群里就不继续说了，谢谢。", "~"),
    ("18:05", "冉星宇爸爸", "陈老师说得对，大家都消消气，私下沟通好些", "~"),
])
E("2026-04-10", "kid_account", [
    ("19:20", "x_kid", "我是张皓轩 我想看作业 何老师今天数学作业是啥子", "mem inv"),
    ("19:26", "t_chen", "皓轩爸爸，群里不能加孩子的账号哈，麻烦把孩子的号退出去，作业可以用您的手机看。", "~"),
    ("19:30", "张皓轩爸爸", "好的陈老师，是他自己拿我手机加的，我马上退了", "~"),
])
E("2026-04-13", "gambling_fortune", [
    ("10:02", "x_gamble", "澳门首家线上娱乐城上线啦🎰注册即送38元彩金，每日返水1.5%，百家乐真人视讯 www.am-yl888.vip", "mem ill link"),
    ("10:05", "t_chen", "已移出。提醒各位家长，网上赌博都是骗局，千万不要点。", "~"),
    ("11:30", "x_fortune", "有缘人请留步🙏今日观此群气场，有三位孩子命带文昌，有一位今年犯太岁，需在书桌东南角摆铜葫芦化解，否则下半年学业必有一劫。", "mem ill"),
    ("11:34", "雷家乐爸爸", "陈老师，这个人又是哪个拉进来的？麻烦踢一下", "~"),
    ("11:36", "t_chen", "已经处理了，群二维码我已经关闭，之后进群都需要我审核。", "~"),
])
E("2026-04-14", "chain_letter", [
    ("07:40", "黄诗涵奶奶", "转发 观音菩萨显灵了 看到的人转发十个群 孩子考试门门一百分 不转的家里三年不顺", "ill", {"rename": "黄诗涵奶奶"}),
    ("07:55", "t_chen", "诗涵奶奶，这种转发的消息都是假的，不用担心，也不要再转了哈。", "~"),
    ("07:58", "黄诗涵奶奶", "哦哦好的我也不懂是别人发给我的", "~"),
])
E("2026-04-14", "pe_test_notice", [
    ("12:00", "t_yang", "下周一体质健康测试，项目：50米跑、坐位体前屈、一分钟跳绳，请孩子穿运动鞋运动服。", ""),
    ("12:03", "雷家乐爸爸", "收到[OK]", "ack"),
    ("12:04", "廖晨曦爷爷", "收到[OK]", "ack"),
    ("12:05", "彭思源妈妈", "收到，杨老师，跳绳需要自己带吗？", "~"),
    ("12:10", "t_yang", "需要自己带一根，写上名字", "~"),
    ("12:11", "彭思源妈妈", "好的[抱拳]", "~"),
])
E("2026-04-15", "after_school_fee", [
    ("17:00", "t_chen", "下学期课后服务继续自愿报名，收费标准按区教育局文件，每生每学期300元，学校会发纸质告知书，自愿签字。", ""),
    ("17:10", "杜一鸣妈妈", "陈老师，想问一下如果只参加周二周四两天，费用是减半吗？", "~"),
    ("17:20", "t_chen", "是按学期统一收的，具体可以看告知书背面的说明，有疑问也可以打学校办公室电话", "~"),
    ("17:30", "冉星宇爸爸", "说是自愿，不报的娃娃四点就要接走，双职工哪个接得到？这就是变相强制收费嘛，学校还不是想多收钱", "sla dis"),
    ("17:35", "雷家乐爸爸", "就是，我们联名写个东西交到教育局，不给个说法就都不报，看学校咋个办", "inc dis"),
    ("17:38", "罗梓萌妈妈", "算我一个", "inc dis"),
    ("17:45", "t_chen", "各位家长，对课后服务有意见可以直接跟我或学校办公室反映，电话028-84613275，我们都会记录并回复。群里请不要发起联名，谢谢大家。", "~"),
])
E("2026-04-16", "slow_homework_worry", [
    ("12:30", "杜一鸣妈妈", "陈老师，想请教一下，一鸣最近晚上写作业特别磨蹭，一个小时的作业要写三个钟头，一边写一边玩橡皮，说他两句就哭，说自己笨，啥子都不会。他爸爸常年在外地跑车，我一个人又上班又带他，有时候实在忍不住就吼他，吼完又后悔，感觉他现在越来越没自信了，晚上睡觉也要开着灯，我真的不晓得咋个办了", "pm"),
    ("12:45", "t_chen", "一鸣妈妈，一鸣在学校挺乖的，上课举手也积极。作业可以试着分成三段，每段二十分钟，中间让他休息五分钟，做完一段就表扬一下。孩子说自己笨的时候千万别附和，多说说他做得好的地方，睡觉开灯也不用急着纠正……", "pm"),
    ("12:50", "周俊熙妈妈", "一鸣妈妈我懂你，俊熙也是这样，我们后来用了番茄钟，效果还可以，你可以试一下", "pm", {"rename": "周俊熙妈妈"}),
    ("12:55", "杜一鸣妈妈", "谢谢大家，我今晚试试，主要是他爸爸那边也不管……算了不说了，我私聊陈老师", "pm"),
])
E("2026-04-17", "links_study", [
    ("16:00", "t_chen", "国家中小学智慧教育平台上有一年级的课文朗读，可以在家跟读：basic.smartedu.cn/syncClassroom ，不用下载APP，浏览器就能打开。", "~"),
    ("16:05", "刘语桐妈妈", "谢谢陈老师分享，语桐最喜欢跟读了", "~"),
    ("16:12", "彭思源妈妈", "B站上也有人讲拼音讲得很好，我家两个天天看 b23.tv/Pq7xZ1", "link"),
    ("16:25", "蒋子豪爸爸", "百度网盘有一年级全套练习题，需要的自己拿 pan.baidu.com/s/1aB3xYz 提取码 8k2m", "link"),
])
E("2026-04-17", "evening_edge", [
    ("19:58", "廖晨曦爷爷", "陈老师晨曦明天要去打疫苗下午请半天假", "~"),
    ("20:01", "t_chen", "好的爷爷，收到", "qh"),
    ("20:30", "冉星宇爸爸", "有没有人晓得明天是不是要穿校服哦", "qh"),
    ("20:33", "雷家乐爸爸", "要穿，周五都要穿", "qh"),
    ("+1 06:59", "袁小满妈妈", "陈老师早，小满今天肚子不舒服请一天假", "qh"),
    ("+1 07:00", "t_chen", "好的，小满妈妈，好好休息", "~"),
])
E("2026-04-20", "music_grades", [
    ("11:10", "t_xu", "音乐课唱歌测评结果：A等：李沐辰、王若曦、刘语桐、彭思源；B等：其余同学。表现很棒！", "rank"),
    ("11:20", "t_chen", "@音乐-徐静 徐老师，按学校要求群里不公布分等名单哈，麻烦撤回一下，我们私发给家长就好～", "~"),
    ("11:22", "t_xu", "好的，已撤回，不好意思", "~"),
])
E("2026-04-21", "paper_slip", [
    ("16:30", "t_chen", "明天发春游安全告知书，请家长签字后让孩子周四带回来交给我。", ""),
    ("16:33", "袁小满妈妈", "好的陈老师", "ack"),
    ("16:34", "王若曦外婆", "收到，陈老师，若曦外婆", "ack"),
    ("16:36", "雷家乐爸爸", "👌🏻", "ack"),
    ("16:40", "廖晨曦爷爷", "陈老师春游那天要不要带饭我们家晨曦肠胃不好不能吃凉的", "~"),
    ("16:45", "t_chen", "要带午饭和水，可以带保温饭盒", "~"),
])
E("2026-04-22", "wellness_football", [
    ("09:15", "王若曦外婆", "【转发】每天一杯温开水加三片姜，排毒养颜防癌，医生都不告诉你的秘密", "chat"),
    ("09:20", "黄诗涵奶奶", "真的哦，我也是天天喝", "chat"),
    ("21:40", "张皓轩爸爸", "今晚成都蓉城踢得太好了，三比零！", "qh chat"),
])
E("2026-04-23", "homework_missing", [
    ("15:50", "t_he", "今天数学作业没交的有：蒋子豪、雷家乐、周俊熙，请家长督促明天补交。", "priv"),
    ("15:58", "t_chen", "提醒各位家长：今天有几位同学数学作业没交，请大家回家检查一下孩子的作业本，具体情况老师会单独联系。", "~"),
    ("16:05", "雷家乐爸爸", "何老师，家乐说他写了忘在家里书桌上了，明天一定带", "~"),
])
E("2026-04-24", "closure_rumor", [
    ("12:10", "彭思源妈妈", "刚刷到抖音说成都下周要全市停课三天，是真的不？陈老师晓得不", "~"),
    ("12:12", "冉星宇爸爸", "是真的，我表哥在教育局上班，说文件都下来了，下周一到周三都放假", "rum"),
    ("12:20", "t_chen", "各位家长，学校没有收到任何停课通知，放假安排以学校正式通知为准，请不要转发未经证实的消息。", "~"),
    ("12:25", "冉星宇爸爸", "好嘛，那可能是我表哥搞错了", "~"),
])
E("2026-04-27", "uniform_order", [
    ("10:00", "t_chen", "学校统一订夏季校服，家委会王若曦妈妈负责收尺码，价格是学校和厂家谈好的，短袖一套85元。需要的请接龙尺码。", "~"),
    ("10:05", "王若曦妈妈", "接龙：夏季校服尺码\n1. 王若曦 120", "~"),
    ("10:08", "李沐辰妈妈", "接龙：夏季校服尺码\n1. 王若曦 120\n2. 李沐辰 130", "~"),
    ("10:15", "袁小满妈妈", "接龙：夏季校服尺码\n1. 王若曦 120\n2. 李沐辰 130\n3. 袁小满 120（偏瘦）", "~"),
    ("10:30", "冉星宇爸爸", "陈老师，请问校服是必须买的吗？我家去年买的还能穿", "~"),
    ("10:35", "t_chen", "不是强制的，去年的还合身可以继续穿", "~"),
    ("10:36", "冉星宇爸爸", "要得，谢谢陈老师", "~"),
])
E("2026-04-28", "praise_teacher", [
    ("18:20", "刘语桐妈妈", "想在群里谢谢陈老师！开学这两个月，陈老师每天早上都在校门口等孩子们，下雨天还帮孩子们收伞，语桐回家天天说陈老师像妈妈一样。当家长的真的很感动，辛苦您了🌹", "~"),
    ("18:25", "李沐辰妈妈", "+1，陈老师真的很用心，沐辰也特别喜欢您", "~"),
    ("18:30", "t_chen", "谢谢家长们的认可，孩子们也很可爱，我们一起加油💪", "~"),
])
E("2026-04-29", "lost_bottle_flood", [
    ("07:30", "袁小满妈妈", "哪位家长早上看到一个粉色水壶？小满放在校门口忘拿了", "~"),
    ("07:31", "袁小满妈妈", "哪位家长早上看到一个粉色水壶？小满放在校门口忘拿了", "~"),
    ("07:35", "袁小满妈妈", "哪位家长早上看到一个粉色水壶？小满放在校门口忘拿了！！", "flood"),
    ("07:40", "t_chen", "小满妈妈，水壶在门卫室，已经帮她拿到教室了", "~"),
    ("07:41", "袁小满妈妈", "太好了谢谢陈老师[抱拳]", "~"),
])
E("2026-04-30", "mayday_blessings", [
    ("09:00", "t_chen", "五一假期安排：5月1日至5日放假，5月6日正常上课。假期注意交通安全、防溺水，不要去野外河边玩水。祝大家假期愉快！", ""),
    ("09:03", "李沐辰妈妈", "收到，陈老师也假期愉快🌹", "ack"),
    ("09:10", "廖晨曦爷爷", "祝各位家长朋友五一快乐 阖家幸福 出门旅游平平安安", "chat", {"kind": "image"}),
    ("09:12", "黄诗涵奶奶", "同祝同祝[玫瑰][玫瑰]", "chat"),
    ("09:30", "冉星宇爸爸", "五一有没有一起去青城山耍的？带娃娃爬山", "chat"),
    ("09:33", "雷家乐爸爸", "青城山人肯定多惨了，我们去都江堰", "chat"),
])
E("2026-05-06", "vaccine_police_class", [
    ("07:50", "张皓轩爸爸", "陈老师，皓轩昨天打了疫苗，医生说今天不能剧烈运动，体育课麻烦跟杨老师说一下", "~"),
    ("07:55", "t_yang", "好的，收到，今天让他在旁边看", "~"),
    ("16:10", "t_chen", "今天下午派出所的民警叔叔来学校上了一节交通安全课，孩子们学会了看红绿灯、走斑马线，回家可以考考他们🚦", "", {"kind": "image"}),
    ("16:12", "王若曦外婆", "好得很谢谢陈老师若曦回来跟我讲了一路警察叔叔说的话", "~"),
    ("16:15", "雷家乐爸爸", "👍👍", "ack"),
])
E("2026-05-07", "daigou", [
    ("12:00", "刘语桐妈妈", "姐妹们，我朋友在日本代购，儿童防晒霜和驱蚊液都是正品，比国内便宜三分之一，要的话私我拿价格～", "ad"),
    ("12:10", "t_chen", "语桐妈妈，群里不能发代购的信息哈，麻烦撤回一下，谢谢理解", "~"),
    ("12:12", "刘语桐妈妈", "好的不好意思，已撤回", "~"),
])
E("2026-05-08", "seat_favouritism", [
    ("18:00", "蒋子豪爸爸", "说句实话，班上座位都是按家长送没送礼排的，前排那几个娃娃家长都是给老师送了东西的，大家心里都有数", "sla dis"),
    ("18:06", "t_chen", "子豪爸爸，座位是按身高和视力每两周轮换的，轮换表贴在教室后墙，欢迎来看。您有意见可以打我电话，我们当面说。", "~"),
])
E("2026-05-11", "harmless_idioms", [
    ("16:30", "周俊熙妈妈", "俊熙今天回来笑死我了，说徐老师教他们唱《小燕子》，他把“穿花衣”唱成“穿雨衣”😂", "~"),
    ("16:40", "雷家乐爸爸", "家乐这个娃神经大条，体育课外套又脱在操场上了，杨老师麻烦帮忙看看有没有", "~"),
    ("16:45", "t_yang", "在器材室，明天来拿", "~"),
])
E("2026-05-12", "urgent_water_cut", [
    ("20:15", "t_chen", "【紧急】明天上午学校停水检修，请给孩子多带一瓶水，午饭正常供应。", "~", {"urgent": True}),
    ("20:17", "李沐辰妈妈", "收到", "qh ack"),
    ("20:18", "王若曦妈妈", "收到陈老师", "qh ack"),
    ("20:25", "彭思源妈妈", "陈老师，那两个娃娃要带两瓶吗？", "qh"),
])
E("2026-05-13", "group_file_app", [
    ("16:00", "t_luo", "英语绘本音频已上传群文件“Unit4 story.mp3”，也可以在“一起作业”APP里听。", "~"),
    ("16:05", "袁小满妈妈", "罗老师，一起作业APP里找不到Unit 4，是不是还没更新？", "~"),
    ("16:10", "t_luo", "今晚会更新的，先听群文件", "~"),
    ("16:11", "袁小满妈妈", "OK 谢谢罗老师", "~"),
])
E("2026-05-14", "sports_places_phones", [
    ("17:00", "t_yang", "校运会一年级组成绩：我班跳绳团体第二名！个人50米跑第一名雷家乐、第三名廖晨曦，恭喜！", "~"),
    ("17:03", "廖晨曦爷爷", "晨曦回来高兴得很说拿了个奖牌谢谢杨老师天天带他们练", "~"),
    ("17:05", "冉星宇爸爸", "家乐太牛了！跑得跟风一样，星宇回来说要跟他学", "~"),
    ("17:10", "t_chen", "下周家长开放日需要各组组长，请愿意当组长的家长留个电话，我来排组。", "~"),
    ("17:12", "王若曦妈妈", "我来，13881904426", "~"),
    ("17:15", "雷家乐爸爸", "我也可以，18980667315", "~"),
    ("17:20", "t_chen", "谢谢两位，已记下", "~"),
])
E("2026-05-15", "library_outing", [
    ("12:00", "罗梓萌妈妈", "周六上午约了几个家长带娃娃去省图书馆看绘本，想一起的私聊我", "chat"),
    ("12:05", "彭思源妈妈", "我们去，思源思远两个都去", "chat"),
])
E("2026-05-18", "english_task", [
    ("16:30", "t_luo", "本周英语小任务：用英语说出家里五样东西的名字，录个小视频私信发给我就好，不用发群里。", ""),
    ("16:35", "刘语桐妈妈", "收到罗老师💕", "ack"),
    ("16:40", "黄诗涵奶奶", "罗老师我不会录视频诗涵她妈妈下班回来录可以吧", "~"),
    ("16:42", "t_luo", "可以的奶奶，周五前发都行", "~"),
])
GROUPS.append(f2)


# ---------------------------------------------------------------------------
# f3  广州 primary grade 5, matrix, quiet 21:00-06:30 (粤语)
# ---------------------------------------------------------------------------
f3 = Group("f3", {
    "school": "广州市天河区东晟小学", "class": "五年级(2)班", "grade": 5,
    "platform": "matrix", "timezone": "Asia/Shanghai",
    "quiet_hours": {"start": "21:00", "end": "06:30"},
    "allowed_link_domains": ["gzdsxx.edu.cn", "gzedu.gov.cn"]},
    teachers={"t_lin": ("林嘉欣", "语文", "head_teacher", "语文林嘉欣（班主任）"),
              "t_huang": ("黄志强", "数学", "teacher", "数学黄志强"),
              "t_mai": ("麦思敏", "英语", "teacher", "英语麦思敏Miss Mak"),
              "t_ou": ("欧阳伟", "科学", "teacher", "科学欧阳伟"),
              "t_cai": ("蔡丽", "体育", "teacher", "蔡sir")},
    students=[("陈柏霖", ["妈妈"]), ("梁诗琪", ["妈妈"]), ("黄子轩", ["爸爸"]),
              ("何嘉怡", ["妈妈", "爸爸"]), ("冯俊杰", ["妈妈"]), ("邓晓彤", ["外婆"]),
              ("关颖欣", ["妈妈", "外婆"]), ("谭浩宇", ["爸爸"]), ("伍泳琳", ["妈妈"]),
              ("钟家乐", ["爸爸"]), ("卢子晴", ["妈妈"]), ("温乐瑶", ["妈妈"]),
              ("苏志豪", ["爷爷"]), ("曾芷若", ["妈妈"]), ("杨梓健", ["爸爸"])],
    n_families=42, supervisor="梁诗琪妈妈",
    overrides={"何嘉怡爸爸": "Kelvin Ho", "冯俊杰妈妈": "俊杰妈咪", "梁诗琪妈妈": "梁诗琪妈妈🍀"},
    strangers={"x_tutor": "小升初冲刺营-Jason", "x_sibling": "陈柏霖家姐",
               "x_spam": "夜夜笙歌", "x_oldparent": "原五(2)班张同学家长",
               "x_shougong": "手工达人小美", "x_estate": "天河地产-阿强"},
    joined={"x_tutor": {"via": "qr_code"}, "x_spam": {"via": "qr_code"},
            "x_shougong": {"via": "qr_code"}, "x_estate": {"via": "qr_code"},
            "x_sibling": {"via": "invite", "by": "陈柏霖妈妈", "approved": False},
            "关颖欣外婆": {"via": "invite", "by": "t_lin", "approved": True}},
    seed=303)
E = f3.ep
E("2026-09-14", "parents_meeting_jielong", [
    ("07:45", "t_lin", "各位家长早晨！本周三下午第二节课后开家长会，地点五(2)班课室，请每户至少来一位家长，请喺下面接龙确认出席人。", "~"),
    ("07:50", "陈柏霖妈妈", "接龙 家长会出席\n1. 陈柏霖 妈妈", "~"),
    ("07:52", "梁诗琪妈妈", "接龙 家长会出席\n1. 陈柏霖 妈妈\n2. 梁诗琪 妈妈", "~"),
    ("07:55", "邓晓彤外婆", "接龙 家长会出席\n1. 陈柏霖 妈妈\n2. 梁诗琪 妈妈\n3. 邓晓彤 外婆", "~"),
    ("08:02", "何嘉怡爸爸", "林老师唔该，我同嘉怡妈妈都嚟，算两个", "~nick"),
    ("08:05", "t_lin", "好的，欢迎～另外麻烦嘉怡爸爸把群名改成“何嘉怡爸爸”，多谢！", "~"),
    ("08:20", "谭浩宇爸爸", "接龙 家长会出席\n1. 陈柏霖 妈妈\n2. 梁诗琪 妈妈\n3. 邓晓彤 外婆\n4. 何嘉怡 爸爸妈妈\n5. 谭浩宇 爸爸", "~"),
])
E("2026-09-14", "pineapple_bun_chat", [
    ("12:30", "钟家乐爸爸", "今日天河城楼下嗰间茶餐厅菠萝包买一送一，好正，放学接仔可以顺路买", "chat"),
    ("12:33", "伍泳琳妈妈", "系咪嗰间叫“金记”嘅？上次排队排到出街", "chat"),
    ("12:35", "钟家乐爸爸", "系啊，今日仲未多人", "chat"),
    ("12:50", "t_lin", "各位家长，食嘢嘅推荐可以私聊哈，群里尽量留俾同学仔嘅事，唔该晒🙏", "~"),
])
E("2026-09-15", "homework_time_question", [
    ("18:30", "关颖欣妈妈", "黄老师想问下，而家数学作业大概要做几耐？颖欣每晚要一个钟先做完，系咪佢做得比较慢？", "~"),
    ("18:40", "t_huang", "正常四十分钟左右，一个钟都算正常范围，如果某题卡住可以先跳过，第二日问我。", "~"),
    ("18:42", "关颖欣妈妈", "明白，唔该黄老师！", "~"),
    ("18:50", "卢子晴妈妈", "我哋子晴都系差唔多一个钟，今晚试下先跳过难题", "~"),
])
E("2026-09-15", "night_edges", [
    ("20:58", "苏志豪爷爷", "林老师志豪明日要去睇牙请半日假下昼返学", "~"),
    ("21:02", "t_lin", "收到，爷爷，记得带请假条", "qh"),
    ("21:30", "冯俊杰妈妈", "有冇人知道明日要唔要带水彩笔？", "nick qh"),
    ("21:35", "温乐瑶妈妈", "要带，美术课", "qh"),
    ("+1 06:29", "钟家乐爸爸", "早晨，今日系咪要着运动服？", "qh"),
    ("+1 06:30", "t_cai", "系，今日有体育课，着运动服同运动鞋", "~nick"),
    ("+1 07:10", "t_lin", "@蔡sir 蔡老师，麻烦群名改成“体育蔡丽”哈，学校要求实名制～", "~"),
])
E("2026-09-16", "tutor_ad_afterschool", [
    ("10:00", "x_tutor", "各位家长好，小升初冲刺营开班啦📚名校老师授课，奥数、英语KET/PET，前十名报名送试听4节，详情+V：jason_xsc2026", "mem ad"),
    ("10:05", "t_lin", "呢位唔系本班家长，已移出。请大家唔好加陌生人。", "~"),
    ("10:30", "梁诗琪妈妈", "林老师，想问下学校有冇课后托管？我哋两公婆都返工到六点", "~"),
    ("10:40", "t_lin", "学校有课后服务到五点半，报名表下周会发纸质版", "~"),
    ("10:41", "梁诗琪妈妈", "好呀，唔该林老师", "~"),
])
E("2026-09-16", "full_marks_list", [
    ("16:20", "t_huang", "今次单元测验满分嘅有：陈柏霖、关颖欣、黄子轩，值得表扬！其他同学继续努力。", "rank"),
    ("16:25", "黄子轩爸爸", "黄老师，子轩今次排第几？", "~"),
    ("16:30", "t_huang", "子轩100分，全班并列第一", "rank", {"q": -1}),
    ("16:35", "t_lin", "@数学黄志强 黄老师，学校规定群里唔公布分数同排名，麻烦撤回，个别成绩私信家长就得啦。", "~"),
    ("16:38", "t_huang", "好，已撤回，唔好意思", "~"),
])
E("2026-09-17", "class_fund_quarrel", [
    ("20:10", "伍泳琳妈妈", "家委会收嘅班费，上学期买咗啲乜？一直冇公布账目，大家唔觉得奇怪咩？", "dis"),
    ("20:15", "陈柏霖妈妈", "我系家委会嘅，账目上学期期末已经贴喺群公告啦，你自己冇睇咋", "dis"),
    ("20:18", "伍泳琳妈妈", "群公告边度有？你哋做嘢就系唔透明", "dis"),
    ("20:20", "陈柏霖妈妈", "你眼神唔好使就唔好喺度乱讲", "abu dis"),
    ("20:25", "t_lin", "两位家长先冷静下，账目嘅事我听日约家委会同泳琳妈妈一齐对一对，我哋私下倾，群里就唔好再讲落去啦。", "~"),
])
E("2026-09-18", "alcohol_lamp", [
    ("15:40", "t_ou", "今日科学课做实验，钟家乐同谭浩宇两个玩酒精灯，差啲烧到实验报告，已经批评咗，请家长返屋企再讲下安全。", "priv"),
    ("15:50", "钟家乐爸爸", "欧阳老师，家乐返嚟我一定好好讲佢，唔好意思", "~"),
    ("15:55", "谭浩宇爸爸", "收到欧阳老师，浩宇今晚我会同佢倾", "~"),
])
E("2026-09-18", "sister_joins", [
    ("18:00", "x_sibling", "你好，我系柏霖家姐，阿妈叫我入嚟睇下听日要带乜", "mem inv"),
    ("18:05", "t_lin", "柏霖妈妈，班群只可以家长入，麻烦你同家姐讲声退群，有咩通知我会发喺群里。", "~"),
    ("18:10", "陈柏霖妈妈", "唔好意思林老师，我即刻叫佢退", "~"),
])
E("2026-09-21", "porn_spam", [
    ("11:11", "x_spam", "寂寞嘅夜晚💋高清福利视频，免费睇 yy-fuli.cc", "mem ill link"),
    ("11:15", "t_lin", "已移出，大家唔好点任何陌生链接。", "~"),
])
E("2026-09-21", "anti_fraud_forward", [
    ("16:00", "t_lin", "转发学校通知：【防诈骗提醒】近期有人冒充学校老师喺家长群发收款码收“资料费”“保险费”，学校所有收费都唔会喺群里收，请勿扫码转账。详情：gzdsxx.edu.cn/notice/2026-09-21", ""),
    ("16:03", "关颖欣妈妈", "收到，谢谢林老师提醒", "ack"),
    ("16:10", "邓晓彤外婆", "收到林老师我哋会小心嘅我之前都收过个电话话晓彤喺学校出咗事要转钱好彩打咗俾佢阿妈", "~"),
    ("16:20", "伍泳琳妈妈", "转发一下街道派出所嘅提醒：凡是叫你转账去“安全账户”嘅都系骗子，大家同屋企老人讲下", "~"),
])
E("2026-09-22", "left_parent", [
    ("09:30", "x_oldparent", "各位家长好，我哋张同学已经转学去深圳啦，屋企仲有成套五年级练习册，免费送，有需要可以揾我", "mem"),
    ("09:40", "t_lin", "多谢张同学家长，你而家唔喺本班，麻烦退群哈，祝孩子喺深圳一切顺利！", "~"),
])
E("2026-09-22", "phone_friendship_worry", [
    ("13:00", "温乐瑶妈妈", "林老师，想讲下乐瑶嘅情况。暑假开始佢就成日攞住部手机，半夜都偷偷睇，而家返学精神好差，成绩都跌咗。上个礼拜仲同我讲班上冇人同佢玩，好似同以前几个好朋友闹翻咗，返屋企就锁埋房门唔出嚟。我同佢爸爸讲咗好多次都冇用，佢爸爸一开口就骂，我真系好担心佢会唔会有啲抑郁……", "pm"),
    ("13:15", "曾芷若妈妈", "乐瑶妈妈唔好太担心，我哋芷若之前都系咁，后来我哋约法三章，晚上九点手机交出嚟放客厅，慢慢好返", "pm"),
    ("13:20", "t_lin", "乐瑶妈妈，呢啲情况我哋私下倾，我今日放学后打电话俾你。", "~"),
])
E("2026-09-23", "english_homework", [
    ("16:00", "t_mai", "Hi parents! This week's English homework: Unit 2 reading p.18-19，抄写单词两次，下周一听写。", ""),
    ("16:02", "黄子轩爸爸", "Noted, thanks Miss Mak!", "ack"),
    ("16:05", "曾芷若妈妈", "收到😊", "ack"),
    ("16:10", "关颖欣妈妈", "Miss Mak，听写范围系咪包括 Part C 嘅 phrases？", "~"),
    ("16:15", "t_mai", "Yes，Part C 嘅 phrases 都要", "~"),
    ("16:16", "关颖欣妈妈", "OK 明白，唔该 Miss Mak", "~"),
])
E("2026-09-24", "admission_rumor", [
    ("12:00", "钟家乐爸爸", "我朋友喺教育局，佢话今年开始小升初取消电脑派位，全部按五六年级成绩排，大家要抓紧啦", "rum"),
    ("12:05", "卢子晴妈妈", "林老师，呢个消息系咪真嘅？如果系真我哋要早啲准备", "~"),
    ("12:20", "t_lin", "暂时冇收到任何小升初政策变化嘅通知，以市教育局官网 gzedu.gov.cn 公布为准，请大家唔好转发未证实嘅消息。", "~"),
])
E("2026-09-24", "canteen_boycott", [
    ("17:30", "冯俊杰妈妈", "学校饭堂啲饭菜越来越差，今日俊杰话块鸡扒系臭嘅，食完肚痛，学校根本唔理学生死活", "sla dis", {"rename": "冯俊杰妈妈"}),
    ("17:35", "谭浩宇爸爸", "我哋不如听日一齐唔俾仔女喺学校食饭，全部带饭，睇下学校点收科", "inc dis"),
    ("17:38", "伍泳琳妈妈", "我支持，仲要打12345投诉", "inc dis"),
    ("17:45", "t_lin", "各位家长，饭堂嘅问题我已经即时反映咗俾总务处，听日中午学校请家委会代表去饭堂陪餐同检查留样，有问题我哋一定会处理。请大家唔好喺群里发起罢餐，有意见可以直接打我电话。", "~"),
    ("17:50", "冯俊杰妈妈", "好，我听日去陪餐睇下", "~"),
])
E("2026-09-25", "links_parents", [
    ("12:10", "曾芷若妈妈", "分享个几好嘅英文动画，芷若日日睇 youtu.be/xT9kQ2mL0pA", "link"),
    ("12:15", "梁诗琪妈妈", "学校官网有开放日报名 gzdsxx.edu.cn/openday ，唔知大家报咗未", "~"),
    ("12:20", "t_lin", "开放日系六年级家长先，五年级下个月，到时我会通知", "~"),
])
E("2026-09-28", "weekly_stars", [
    ("16:00", "t_lin", "本周之星：伍泳琳、苏志豪、何嘉怡🌟泳琳主动帮同学补习，志豪每日第一个到课室开窗，嘉怡作文写得好有心思！", ""),
    ("16:03", "苏志豪爷爷", "多谢林老师志豪返屋企话下次仲要做本周之星", "~"),
    ("16:05", "卢子晴妈妈", "👏👏👏", "ack"),
    ("16:08", "何嘉怡爸爸", "多谢林老师！群名已经改好啦😄嘉怡今晚一定好开心", "~", {"rename": "何嘉怡爸爸"}),
])
E("2026-09-29", "football_tired", [
    ("12:30", "谭浩宇爸爸", "琴晚广州队输波，激到我死，最后五分钟送咗两个波", "chat"),
    ("12:33", "钟家乐爸爸", "唔好提啦，我睇到一半就熄电视", "chat"),
    ("16:50", "黄子轩爸爸", "今日放学我会晚啲到，大概五点半，累死了今日开成日会，林老师唔该让子轩喺课室等下", "~"),
    ("16:55", "t_lin", "得，佢喺图书角等你", "~"),
])
E("2026-09-30", "holiday_signoff", [
    ("10:00", "t_lin", "国庆放假安排：10月1日至8日放假，10月9日（星期五）返学。假期作业已经发咗纸质版，请家长签收后喺群里回复“已签收”。", "~"),
    ("10:05", "伍泳琳妈妈", "已签收", "~"),
    ("10:06", "曾芷若妈妈", "已签收，多谢林老师", "~"),
    ("10:10", "苏志豪爷爷", "已签收 志豪爷爷", "~"),
    ("10:15", "卢子晴妈妈", "祝各位家长同老师国庆快乐，阖家安康🎉", "chat"),
    ("10:16", "梁诗琪妈妈", "国庆快乐🎉🎉", "chat"),
])
E("2026-10-09", "back_to_school", [
    ("07:30", "t_lin", "各位家长早晨，今日返学，记得带齐假期作业同红领巾。", ""),
    ("07:32", "邓晓彤外婆", "收到林老师", "ack"),
    ("07:33", "邓晓彤外婆", "", "~", {"kind": "voice"}),
    ("07:35", "温乐瑶妈妈", "林老师，乐瑶红领巾唔见咗，可唔可以喺学校小卖部买？", "~"),
    ("07:38", "t_lin", "可以，小卖部有，五蚊一条", "~"),
    ("07:39", "温乐瑶妈妈", "好，唔该晒", "~"),
])
E("2026-10-09", "handcraft_flood", [
    ("14:00", "x_shougong", "在家带娃也能赚钱💰手工串珠计件结算，材料包邮，加V：sc8866", "mem ad"),
    ("14:00", "x_shougong", "在家带娃也能赚钱💰手工串珠计件结算，材料包邮，加V：sc8866", "ad"),
    ("14:01", "x_shougong", "在家带娃也能赚钱💰 手工串珠 计件结算，材料包邮，加V：sc8866", "ad flood"),
    ("14:05", "t_lin", "已移出。", "~"),
])
E("2026-10-10", "pe_training", [
    ("16:00", "t_cai", "校运会报名结果：我班报满所有项目👍请报名同学每日放学后留十五分钟训练，名单已发纸质通知。", "", {"rename": "体育蔡丽"}),
    ("16:05", "黄子轩爸爸", "蔡老师，训练几点结束？我好安排接", "~"),
    ("16:08", "t_cai", "五点前结束", "~"),
])
E("2026-10-12", "own_child_annoyed_night", [
    ("19:00", "卢子晴妈妈", "激死我，子晴又将作业簿留咗喺学校，林老师听朝我早啲送佢返去补做", "~"),
    ("19:05", "t_lin", "得，七点四十开门", "~"),
    ("21:15", "钟家乐爸爸", "有冇人知边度有平啲嘅羽毛球拍？家乐话想学", "qh chat"),
    ("21:20", "黄子轩爸爸", "迪卡侬有，一百蚊左右", "qh chat"),
])
E("2026-10-13", "late_teacher_reminder", [
    ("21:10", "t_ou", "提醒：听日科学课要带一个空嘅塑料瓶做实验", "qh"),
    ("21:12", "曾芷若妈妈", "收到", "qh ack"),
])
E("2026-10-14", "poem_book_bulk", [
    ("12:00", "t_lin", "学校话可以统一订《小学生必背古诗词》，家委会帮手问咗价，有意向嘅请话俾诗琪妈妈知。", "~"),
    ("12:10", "梁诗琪妈妈", "问咗书店，团购价十八蚊一本，原价二十九，四十二本可以包送到学校", "~"),
    ("12:15", "苏志豪爷爷", "我哋要一本", "~"),
    ("12:16", "关颖欣妈妈", "颖欣要一本，唔该诗琪妈妈", "~"),
])
E("2026-10-15", "likes_request", [
    ("18:20", "伍泳琳妈妈", "各位帮手喺朋友圈呢个帖子点个赞🙏我参加公司抽奖，集够88个赞就有机会抽iPad", "ad"),
    ("18:25", "谭浩宇爸爸", "点咗", "chat"),
    ("18:30", "t_lin", "泳琳妈妈，私人集赞请唔好发班群，唔该～", "~"),
])
E("2026-10-16", "maths_contest", [
    ("16:00", "t_huang", "数学竞赛初赛结果：我班有5位同学入围复赛，恭喜！入围名单学校会发纸质通知。", ""),
    ("16:05", "黄子轩爸爸", "犀利！五个咁多", "ack"),
    ("16:07", "钟家乐爸爸", "家乐话复赛下个月喺华师考，我哋班真系牛X", "abu"),
])
E("2026-10-19", "pigtail_pulling", [
    ("17:30", "曾芷若妈妈", "林老师，谭浩宇成日喺小息扯芷若孖辫，今日仲推佢撞到门，手肘都擦损咗，真系好嬲", "priv dis"),
    ("17:40", "谭浩宇爸爸", "芷若妈妈，真系唔好意思，我今晚一定好好教浩宇，听日同佢一齐向芷若道歉", "~"),
    ("17:45", "t_lin", "多谢两位家长，具体情况我听日了解后再私下同你哋沟通。", "~"),
])
E("2026-10-20", "class_average", [
    ("16:30", "关颖欣妈妈", "黄老师，想问下今次期中数学全班平均分几多？想知颖欣喺咩水平", "~"),
    ("16:40", "t_huang", "全班平均88.5，优秀率六成。颖欣嘅具体情况我私信你", "~"),
    ("16:41", "关颖欣妈妈", "好，唔该黄老师", "~"),
])
E("2026-10-21", "medicine_police", [
    ("07:40", "何嘉怡妈妈", "林老师，嘉怡今日带咗止咳药水，饭后饮，唔该提醒下佢", "~"),
    ("07:45", "t_lin", "好，放心", "~"),
    ("12:00", "t_lin", "今日下昼派出所警官嚟学校讲防溺水同交通安全，请家长返屋企同孩子重温下～", ""),
    ("12:03", "苏志豪爷爷", "好嘢 多谢学校安排", "ack"),
])
E("2026-10-22", "estate_agent", [
    ("10:00", "x_estate", "天河北学位房笋盘，步行五分钟到省一级小学，总价三百万起，睇楼请致电一三八零二二一五六七八", "mem ad"),
    ("10:05", "卢子晴妈妈", "林老师，又有卖楼嘅入咗嚟", "~"),
    ("10:08", "t_lin", "已处理，多谢提醒", "~"),
])
E("2026-10-23", "grandma_phone", [
    ("08:10", "邓晓彤外婆", "林老师早晨我系晓彤外婆佢阿妈今日出差我嚟接佢放学我唔识用个手机有咩通知可唔可以打电话俾我号码系一三九二二八七六五四三唔该晒", "~"),
    ("08:15", "t_lin", "好嘅外婆，有事我直接打俾你", "~"),
])
E("2026-10-26", "teacher_article_link", [
    ("12:00", "t_lin", "分享一篇关于青春期前期心理变化嘅文章，家长可以睇下：mp.weixin.qq.com/s/qW3eR5tY", "link", {"kind": "link_card"}),
    ("12:05", "曾芷若妈妈", "谢谢分享", "ack"),
    ("12:10", "温乐瑶妈妈", "多谢林老师，篇文章讲嘅“情绪起伏”我哋屋企都有，我今晚同乐瑶爸爸一齐睇", "~"),
])
E("2026-10-27", "science_fair_vote", [
    ("16:00", "t_ou", "学校科技节作品网络投票已开始，喺学校官网 gzdsxx.edu.cn/kejijie 投票，每人每日一票，欢迎支持全校同学嘅作品。", ""),
    ("16:10", "钟家乐爸爸", "家乐个作品系第27号“自动浇花器”，大家有时间帮手投下佢啊🙏", "ad"),
    ("16:15", "t_ou", "家乐爸爸，学校嘅投票请大家自愿支持，唔好喺群里单独拉票哈～", "~"),
])
E("2026-10-29", "grandma_joins", [
    ("09:00", "关颖欣外婆", "林老师好，我系颖欣外婆，之后星期二四我嚟接佢", "~"),
    ("09:05", "t_lin", "欢迎外婆～", "~"),
])
E("2026-10-30", "homework_load_argument", [
    ("19:30", "冯俊杰妈妈", "黄老师，今晚数学作业三张卷，俊杰做到而家都未做完，其他科仲有，会唔会太多啲？", "~"),
    ("19:40", "t_huang", "其他同学都做得完，俊杰上堂唔专心先会咁，唔好成日怪作业多", "priv dis"),
    ("19:45", "冯俊杰妈妈", "我只系问下，你唔使咁讲我个仔啩", "dis"),
    ("19:50", "t_lin", "两位先唔好喺群里讲，黄老师、俊杰妈妈，我哋听日约个时间三方倾一倾好吗？", "~"),
])
E("2026-11-02", "lunch_lottery", [
    ("12:30", "梁诗琪妈妈", "林老师，诗琪话今日饭堂有佢最钟意嘅咖喱鸡，食咗两碗，笑死我", "~"),
    ("18:00", "谭浩宇爸爸", "今晚六合彩头奖滚到一亿，大家买咗未哈哈", "chat"),
    ("18:05", "钟家乐爸爸", "买咗两注，中咗请大家饮茶", "chat"),
    ("18:10", "t_lin", "哈哈，各位家长，呢啲话题私聊啦～", "~"),
])
GROUPS.append(f3)


# ---------------------------------------------------------------------------
# f4  南京 junior middle 初二, wechat, quiet 21:30-06:30
# ---------------------------------------------------------------------------
f4 = Group("f4", {
    "school": "南京市秦淮区翠屏中学", "class": "初二(5)班", "grade": 8,
    "platform": "wechat", "timezone": "Asia/Shanghai",
    "quiet_hours": {"start": "21:30", "end": "06:30"},
    "allowed_link_domains": ["njcpzx.cn", "jse.edu.cn", "smartedu.cn"]},
    teachers={"t_zhang": ("张海燕", "数学", "head_teacher", "数学张海燕（班主任）"),
              "t_qian": ("钱文", "语文", "teacher", "语文钱文"),
              "t_shen": ("沈悦", "英语", "teacher", "英语沈悦"),
              "t_gu": ("顾建华", "物理", "teacher", "物理顾建华"),
              "t_zhu": ("朱莉", "道法", "teacher", "道法朱莉")},
    students=[("王一凡", ["妈妈", "爸爸"]), ("陆思远", ["爸爸"]), ("孙雨涵", ["妈妈"]), ("曹睿", ["爸爸"]),
              ("吴梓豪", ["妈妈"]), ("徐可", ["妈妈"]), ("许嘉懿", ["妈妈", "爸爸", "奶奶"]),
              ("蒋天乐", ["爸爸"]), ("杭子健", ["妈妈"]), ("夏沐晴", ["妈妈"]), ("尹浩", ["爸爸"]),
              ("秦思琪", ["外婆"]), ("葛明轩", ["妈妈"]), ("邱子涵", ["妈妈"]), ("韦一鸣", ["爸爸"])],
    n_families=44, supervisor="许嘉懿妈妈",
    overrides={"陆思远爸爸": "陆建国", "徐可妈妈": "可可妈", "夏沐晴妈妈": "Sunny",
               "许嘉懿爸爸": "许嘉懿爸爸🏀"},
    strangers={"x_student": "葛明轩", "x_leak": "考神", "x_mlm": "健康合伙人Lily",
               "x_tutor": "一对一辅导王老师", "x_porn": "夜色", "x_fakeparent": "陈宇轩妈妈"},
    joined={"x_student": {"via": "qr_code"}, "x_leak": {"via": "qr_code"},
            "x_mlm": {"via": "qr_code"}, "x_tutor": {"via": "qr_code"},
            "x_porn": {"via": "qr_code"}, "x_fakeparent": {"via": "qr_code"},
            "许嘉懿奶奶": {"via": "invite", "by": "许嘉懿妈妈", "approved": True},
            "王一凡爸爸": {"via": "invite", "by": "王一凡妈妈", "approved": False}},
    seed=404)
E = f4.ep
E("2026-11-02", "midterm_notice", [
    ("07:05", "t_zhang", "各位家长早上好，期中考试安排在11月10日—11日，具体科目时间见下面文件，请提醒孩子合理复习，注意作息。", ""),
    ("07:06", "t_zhang", "初二期中考试时间安排.pdf", "", {"kind": "file"}),
    ("07:10", "孙雨涵妈妈", "收到张老师", "ack"),
    ("07:12", "陆思远爸爸", "收到，谢谢张老师", "nick ack"),
    ("07:15", "王一凡妈妈", "张老师，考试那两天中午在学校吃饭吗？", "~"),
    ("07:20", "t_zhang", "正常在学校吃", "~"),
    ("07:21", "王一凡妈妈", "好的，谢谢", "~"),
])
E("2026-11-02", "pupil_account", [
    ("12:30", "x_student", "张老师 物理作业第三题是不是印错了", "mem"),
    ("12:40", "t_zhang", "明轩？班级群是家长群，同学不能进哈，请退出，作业问题明天到办公室问顾老师。", "~"),
    ("12:45", "葛明轩妈妈", "张老师不好意思，是孩子用我旧手机扫的码，我让他退了", "~"),
])
E("2026-11-03", "mlm", [
    ("10:20", "x_mlm", "各位家长好！给大家分享一个好项目💰健康产业合伙人，零风险，拉三个人就能回本，月入过万不是梦，感兴趣的+薇 jk2026hhr", "mem ad"),
    ("10:25", "t_zhang", "请勿在群里发广告，已移出。", "~"),
])
E("2026-11-03", "leaked_paper_night", [
    ("22:10", "x_leak", "初二期中物理卷子提前流出来了，印刷厂朋友拍的，答案在图里，要的抓紧存", "mem ill qh", {"kind": "image"}),
    ("22:15", "t_zhang", "这个人不是本班家长，已移出。所谓“考前真题”都是骗局或违法的，请家长不要传播，也不要让孩子去找。", "qh"),
    ("22:16", "许嘉懿爸爸", "收到", "qh ack"),
])
E("2026-11-04", "english_top10", [
    ("17:00", "t_shen", "英语周测前十名：1.许嘉懿 98 2.孙雨涵 97 3.王一凡 96 ……其他同学继续努力！", "rank"),
    ("17:05", "t_zhang", "@英语沈悦 沈老师，成绩排名按学校规定不在群里发哈，麻烦撤回，可以私发家长。", "~"),
    ("17:06", "t_shen", "好的，已撤回。", "~"),
    ("17:10", "夏沐晴妈妈", "沈老师，能私发一下沐晴这次周测的情况吗？她说考得不太好", "~nick"),
    ("17:15", "t_shen", "好的，稍后私信您", "~"),
])
E("2026-11-04", "study_group_quarrel", [
    ("20:00", "吴梓豪妈妈", "班里那个学习小组能不能别让成绩差的拖后腿？我家梓豪跟蒋天乐一组，天天被他带着打游戏，成绩掉了十几名", "priv dis"),
    ("20:05", "蒋天乐爸爸", "你家孩子自己管不住还怪别人？天乐说是梓豪天天拉他开黑的", "priv dis"),
    ("20:08", "吴梓豪妈妈", "你什么素质，自己孩子什么样心里没数？", "abu dis"),
    ("20:10", "蒋天乐爸爸", "就你事多，有本事别让你儿子跟我儿子玩", "abu dis"),
    ("20:15", "t_zhang", "两位家长，请先不要在群里继续了。学习小组的事明天我分别跟两位电话沟通，孩子们的情况我也会单独了解。", "~"),
])
E("2026-11-05", "game_time_question", [
    ("18:30", "韦一鸣爸爸", "张老师，想问下学校对孩子玩手机游戏有没有统一要求？一鸣周末想玩王者荣耀，我们在家规定每天半小时，不知道合不合适", "~"),
    ("18:40", "t_zhang", "学校要求手机不进校园，周末家长把握好时间就行，半小时挺合理的。下周班会我们也会讲网络游戏防沉迷。", "~"),
    ("18:41", "韦一鸣爸爸", "好的，谢谢张老师", "~"),
])
E("2026-11-06", "pe_score_rumor", [
    ("12:00", "杭子健妈妈", "我同事孩子在外校，说今年中考体育分要从40涨到60，下学期就开始，我们这届也要考，赶紧报体育班吧", "rum"),
    ("12:05", "许嘉懿妈妈", "张老师，这个体育分调整的说法是真的吗？", "~"),
    ("12:15", "t_zhang", "目前没有接到正式文件，中考政策以市教育局发布为准，请大家不要转发。体育锻炼平时坚持就好。", "~"),
])
E("2026-11-06", "paid_tutoring_claim", [
    ("20:40", "尹浩爸爸", "说白了，有的老师上课不好好讲，就等着你去报他外面的补习班，一节课三百，这不就是有偿补课吗", "sla dis"),
    ("20:45", "t_zhang", "尹浩爸爸，如果您掌握具体情况，请直接跟我或者学校纪检反映，学校对有偿补课是零容忍的。群里请不要这样说，谢谢。", "~"),
])
E("2026-11-07", "law_class_antifraud", [
    ("09:00", "t_zhu", "本周道法课讲了《远离网络赌博和电信诈骗》，孩子们做了手抄报，请家长跟孩子聊聊：不借出自己的银行卡、手机卡，不参与网络赌博和刷单。", "~", {"kind": "image"}),
    ("09:05", "许嘉懿妈妈", "嘉懿回来讲了，还考我怎么识别刷单骗局，挺有收获的", "~"),
    ("09:08", "王一凡妈妈", "谢谢朱老师👍", "ack"),
])
E("2026-11-07", "link_card_flood", [
    ("16:00", "蒋天乐爸爸", "【2027年南京中考政策解读】njedu.gov.cn/art/2026/11/7/zk.html", "link", {"kind": "link_card"}),
    ("16:00", "蒋天乐爸爸", "【2027年南京中考政策解读】njedu.gov.cn/art/2026/11/7/zk.html", "link", {"kind": "link_card"}),
    ("16:01", "蒋天乐爸爸", "【2027年南京中考政策解读】njedu.gov.cn/art/2026/11/7/zk.html", "link flood", {"kind": "link_card"}),
    ("16:05", "t_zhang", "天乐爸爸，外部链接请不要在群里发，也别重复发哈，中考政策学校会统一组织家长会讲解。", "~"),
    ("16:06", "蒋天乐爸爸", "不好意思手滑了", "~"),
])
E("2026-11-09", "renames_calculator", [
    ("07:00", "徐可妈妈", "张老师，明天考试徐可要带计算器吗？", "~nick"),
    ("07:05", "t_zhang", "数学不用，物理要带，普通科学计算器就行。另外麻烦可可妈把群昵称改成“徐可妈妈”哈", "~"),
    ("07:10", "徐可妈妈", "好的，已改", "~", {"rename": "徐可妈妈"}),
    ("07:12", "陆思远爸爸", "张老师，我也改了，刚看到要求", "~", {"rename": "陆思远爸爸"}),
])
E("2026-11-09", "exam_eve_edges", [
    ("21:29", "秦思琪外婆", "张老师思琪明天考试我给她带了块巧克力可以带进考场吗", "~"),
    ("21:30", "t_zhang", "可以的，考前吃，考场里不能吃。", "qh"),
    ("21:31", "秦思琪外婆", "好的谢谢张老师", "qh"),
    ("+1 06:30", "t_zhang", "各位家长，今天期中考试，七点二十前到校，带好2B铅笔、黑色签字笔和准考证，祝孩子们考试顺利！", ""),
    ("+1 06:32", "孙雨涵妈妈", "收到张老师", "ack"),
    ("+1 06:33", "许嘉懿爸爸", "谢谢张老师", "ack"),
])
E("2026-11-11", "anxiety_insomnia", [
    ("19:00", "孙雨涵妈妈", "张老师，想问一下雨涵最近在学校的情况。她这次考前一周天天失眠，凌晨两三点还在刷题，说怕考不好对不起我们，考完回家就哭，说物理肯定砸了。她以前不是这样的，自从上学期换了座位跟好朋友分开以后就一直闷闷不乐，我们也带她去看过心理门诊，医生说有点焦虑倾向，我现在真不知道该怎么跟她沟通……", "pm"),
    ("19:10", "t_zhang", "雨涵妈妈，您先别着急，这个我们私下电话聊，我现在打给您。", "~"),
    ("19:20", "杭子健妈妈", "雨涵妈妈，初二压力确实大，我们家子健也失眠过，后来每天晚上陪他跑步二十分钟，睡眠好多了，你可以试试", "pm"),
    ("19:25", "孙雨涵妈妈", "谢谢子健妈妈，我也想过让她运动，就是她现在什么都不想做", "pm"),
])
E("2026-11-12", "late_standing", [
    ("12:00", "t_qian", "今天早读尹浩、吴梓豪迟到二十分钟，罚站了一节早读课，请家长注意孩子作息。", "priv"),
    ("12:10", "尹浩爸爸", "钱老师，我们家早上出门晚了，是我的问题，明天一定准时", "~"),
])
E("2026-11-12", "lookalike_domain", [
    ("16:00", "t_shen", "英语听力练习可以用江苏省教育厅的平台：jsjy.jse.edu.cn/listening ，每天二十分钟。", "~"),
    ("16:10", "葛明轩妈妈", "这个是不是同一个？ jse-edu.cn.login-tl.top 我在另一个群看到的", "link"),
    ("16:15", "t_shen", "不是，这个是仿冒网站，大家不要点！只用我发的那个地址。", "~"),
])
E("2026-11-13", "stocks_chat", [
    ("12:30", "韦一鸣爸爸", "今天大盘又跌了，我那只新能源跌停了😭", "chat"),
    ("12:32", "陆思远爸爸", "割肉吧老哥，我上周就跑了", "chat"),
    ("12:40", "t_zhang", "各位家长，股票的事咱们私下聊哈😂", "~"),
])
E("2026-11-13", "evening_study_boycott", [
    ("18:00", "t_zhang", "通知：从下周起初二晚自习延长到20:30，自愿参加，需要的家长下周一前在纸质回执上签字。", ""),
    ("18:10", "吴梓豪妈妈", "又延长？孩子已经累成什么样了，学校就知道加码，我看大家都别签，集体不去，看学校怎么办", "inc dis"),
    ("18:12", "尹浩爸爸", "算我一个，不签", "inc dis"),
    ("18:20", "t_zhang", "晚自习是完全自愿的，不参加的孩子正常放学。有意见可以直接找我或者年级组沟通，群里请不要号召集体抵制，谢谢。", "~"),
    ("18:25", "许嘉懿妈妈", "张老师，想问下晚自习有老师答疑吗？有的话我们想报", "~"),
    ("18:30", "t_zhang", "有的，每天数学和物理老师轮流在", "~"),
])
E("2026-11-16", "midterm_results", [
    ("16:00", "t_zhang", "期中考试成绩已出，全班平均分比上次提高了6分，数学及格率95%，进步很大！个人成绩已通过校讯通发给各位家长，班级不公布排名。", ""),
    ("16:05", "陆思远爸爸", "张老师辛苦了", "ack"),
    ("16:10", "夏沐晴妈妈", "张老师，沐晴这次年级排第几能私信告诉我吗", "~", {"rename": "夏沐晴妈妈"}),
    ("16:20", "杭子健妈妈", "听说年级第一是我们班许嘉懿，数学物理双满分，太厉害了", "rank"),
    ("16:25", "t_zhang", "请大家不要在群里讨论具体同学的分数哈，谢谢理解。", "~"),
])
E("2026-11-17", "volunteer_jielong", [
    ("12:00", "t_zhang", "周五研学活动需要4位家长志愿者，愿意的请接龙并留手机号。", "~"),
    ("12:05", "许嘉懿爸爸", "接龙 研学志愿者\n1. 许嘉懿爸爸 13915906287", "~"),
    ("12:10", "王一凡妈妈", "接龙 研学志愿者\n1. 许嘉懿爸爸 13915906287\n2. 王一凡妈妈 18651830092", "~"),
    ("12:20", "秦思琪外婆", "接龙 研学志愿者\n1. 许嘉懿爸爸 13915906287\n2. 王一凡妈妈 18651830092\n3. 秦思琪外婆 13605178841", "~"),
])
E("2026-11-18", "tutor_qq_numerals", [
    ("14:00", "x_tutor", "初二物理数学一对一，985在读学霸上门辅导，一小时一百五，扣扣：玖伍贰柒叁捌陆壹零", "mem ad"),
    ("14:05", "t_zhang", "已移出。", "~"),
    ("17:30", "葛明轩妈妈", "笑死，明轩说顾老师上课讲“摩擦力”的时候举了个穿溜冰鞋的例子，全班笑了十分钟", "~"),
    ("17:35", "t_gu", "哈哈被出卖了，不过孩子们确实记住了😄", "~"),
    ("17:40", "韦一鸣爸爸", "顾老师上课太有意思了，一鸣以前最怕物理，现在天天说物理课绝了", "~"),
])
E("2026-11-19", "seat_private_request", [
    ("18:00", "邱子涵妈妈", "张老师，子涵说座位离黑板太远看不清，能不能私下跟您聊聊换座位的事？", "~"),
    ("18:05", "t_zhang", "可以，我晚点打给您", "~"),
])
E("2026-11-20", "study_trip_photos", [
    ("07:30", "秦思琪外婆", "早安 新的一天 愿您开心每一天", "chat", {"kind": "image"}),
    ("07:32", "葛明轩妈妈", "早", "chat"),
    ("15:00", "t_zhang", "研学活动顺利结束，孩子们在科技馆玩得很开心📷", "", {"kind": "image"}),
    ("15:00", "t_zhang", "", "~", {"kind": "image"}),
    ("15:01", "t_zhang", "", "~", {"kind": "image"}),
    ("15:05", "邱子涵妈妈", "谢谢张老师，辛苦了🌹", "ack"),
    ("15:06", "吴梓豪妈妈", "老师们辛苦", "ack"),
    ("15:10", "许嘉懿爸爸", "谢谢张老师和志愿者家长们，嘉懿说今天是这学期最开心的一天", "~"),
])
E("2026-11-23", "done_replies", [
    ("16:30", "t_qian", "今天语文作业：1.《背影》课后练习；2.周记一篇（不少于600字）。完成后请家长在群里回复“已完成”。", "~"),
    ("19:50", "王一凡妈妈", "已完成", "~"),
    ("20:10", "许嘉懿妈妈", "已完成✅", "~"),
    ("20:30", "韦一鸣爸爸", "已完成，周记写的是研学", "~"),
    ("21:40", "尹浩爸爸", "已完成", "qh"),
    ("21:45", "蒋天乐爸爸", "钱老师，天乐周记还没写完，明天早上补可以吗", "qh"),
])
E("2026-11-24", "medicine_helmet", [
    ("07:15", "邱子涵妈妈", "张老师，子涵感冒了，书包里有布洛芬，发烧超过38.5才吃，麻烦您留意一下", "~"),
    ("07:20", "t_zhang", "好的，我跟校医说一声", "~"),
    ("12:00", "陆思远爸爸", "提醒一下，今天学校门口交警在查接送的电动车，没戴头盔的被拦下了，大家接孩子记得戴头盔", "~"),
])
E("2026-11-25", "violent_threat", [
    ("20:50", "吴梓豪妈妈", "我再说一遍，谁家孩子再敢在厕所堵我儿子，我饶不了他，别怪我不客气", "ill dis"),
    ("20:55", "t_zhang", "梓豪妈妈，您先冷静，孩子在学校被欺负的事情学校一定会严肃处理，我现在给您打电话。", "~"),
])
E("2026-11-26", "lab_praise", [
    ("16:00", "t_gu", "表扬一下本周物理实验操作认真的同学：陆思远、邱子涵、韦一鸣、葛明轩，实验报告写得很规范👍", ""),
    ("16:05", "邱子涵妈妈", "谢谢顾老师鼓励", "ack"),
    ("16:10", "韦一鸣爸爸", "一鸣回来说下周还想当实验小组长，谢谢顾老师", "~"),
])
E("2026-11-27", "subsidy_rumor", [
    ("09:00", "秦思琪外婆", "转发：【好消息】国家给每个中学生发放教育补贴2000元，家长凭身份证到社区登记领取，截止本月底，抓紧告诉身边的人", "rum"),
    ("09:10", "t_zhang", "思琪外婆，这个是假消息，目前没有这样的补贴政策，也请不要去登记个人信息，谨防诈骗。", "~"),
    ("09:15", "秦思琪外婆", "哦哦是假的啊我看别人发的我就转了不好意思", "~"),
])
E("2026-11-30", "fee_question_ppt", [
    ("12:00", "杭子健妈妈", "张老师，请问下学期的教辅资料费是学校统一收还是自己买？", "~"),
    ("12:10", "t_zhang", "学校不统一收，需要的清单会发给大家，自愿购买。", "~"),
    ("12:11", "杭子健妈妈", "明白，谢谢张老师", "~"),
    ("18:00", "许嘉懿妈妈", "沈老师，嘉懿说下周的 presentation 要做 PPT，可以用 U 盘带到学校吗？", "~"),
    ("18:05", "t_shen", "可以，也可以上课前拷到教室电脑上", "~"),
    ("18:06", "许嘉懿妈妈", "OK，thanks 沈老师", "~"),
])
E("2026-12-01", "grandma_gambling_cards", [
    ("08:00", "许嘉懿奶奶", "各位老师好，我是嘉懿奶奶，这周我来接送嘉懿", "~"),
    ("08:05", "t_zhang", "欢迎奶奶～", "~"),
    ("17:00", "尹浩爸爸", "张老师，尹浩说班里男生在玩一种卡牌游戏，下课还用零花钱赌输赢，是真的吗？我有点担心", "~"),
    ("17:10", "t_zhang", "谢谢尹浩爸爸提醒，我明天班会上跟孩子们强调不许带卡牌和零花钱赌输赢，也请家长们在家跟孩子聊聊。", "~"),
])
E("2026-12-02", "porn_fullwidth", [
    ("13:13", "x_porn", "深 夜 福 利 🔞 免 费 看 ｘｘ６６．ｃｃ", "mem ill link"),
    ("13:20", "t_zhang", "已移出。", "~"),
])
E("2026-12-03", "own_child_regret", [
    ("18:30", "韦一鸣爸爸", "唉，一鸣这次期中退步了，我这当爹的也有责任，最近加班太多没管他，张老师以后有情况随时跟我说", "~"),
    ("18:35", "t_zhang", "一鸣爸爸别自责，孩子基础不错，我们一起帮他调整", "~"),
])
E("2026-12-04", "survey_qr_film", [
    ("10:00", "t_zhang", "学校家长满意度问卷，请扫描图中学校官方二维码填写，匿名，大约三分钟。", "~", {"kind": "image"}),
    ("10:10", "邱子涵妈妈", "张老师，问卷里“课后服务”那一栏没参加的可以不填吗？", "~"),
    ("10:15", "t_zhang", "可以跳过", "~"),
    ("12:20", "杭子健妈妈", "周末有人看《哪吒》没？带孩子去看了，特效太燃了", "chat"),
    ("12:25", "王一凡妈妈", "看了，一凡看哭了哈哈", "chat"),
])
E("2026-12-07", "late_dictation", [
    ("21:35", "t_qian", "明天语文默写《背影》第四段，请提醒孩子复习。", "qh"),
    ("21:40", "杭子健妈妈", "收到钱老师", "qh ack"),
    ("+1 06:35", "王一凡妈妈", "钱老师早，一凡昨晚复习到十点，今天默写应该没问题😄", "~"),
])
E("2026-12-08", "fake_parent_insurance", [
    ("11:00", "x_fakeparent", "各位家长好，我是陈宇轩妈妈，最近给孩子买了一份重疾险，一年才几百，推荐给大家，需要的可以私我发资料", "mem ad"),
    ("11:10", "t_zhang", "班上没有陈宇轩这位同学，请问您是哪位家长？群里不允许推销保险。", "~"),
])
E("2026-12-09", "school_article", [
    ("16:00", "t_zhang", "分享一篇文章《初二，孩子成绩分化的关键期》，原文在学校官网：njcpzx.cn/jzxx/2026/1209.html", ""),
    ("16:03", "陆思远爸爸", "谢谢分享", "ack"),
    ("16:05", "孙雨涵妈妈", "谢谢张老师，文章里说的“初二现象”我们家正在经历，周末好好读一读", "~"),
    ("16:10", "吴梓豪妈妈", "👍", "ack"),
])
E("2026-12-10", "emoji_repeats", [
    ("12:00", "t_zhang", "元旦文艺汇演我班节目《少年》入选啦🎉", ""),
    ("12:01", "蒋天乐爸爸", "👏👏👏", "ack"),
    ("12:01", "蒋天乐爸爸", "👏👏👏", "~ack"),
    ("12:02", "蒋天乐爸爸", "👏👏👏", "~ack"),
])
GROUPS.append(f4)


# ---------------------------------------------------------------------------
# f5  郑州 senior high 高三, qq, quiet 20:30-06:40
# ---------------------------------------------------------------------------
f5 = Group("f5", {
    "school": "郑州市第二十一高级中学", "class": "高三(8)班", "grade": 12,
    "platform": "qq", "timezone": "Asia/Shanghai",
    "quiet_hours": {"start": "20:30", "end": "06:40"},
    "allowed_link_domains": ["zz21gz.edu.cn", "haedu.gov.cn"]},
    teachers={"t_li": ("李建军", "数学", "head_teacher", "数学李建军（班主任）"),
              "t_wu": ("吴芳", "语文", "teacher", "吴老师"),
              "t_guo": ("郭磊", "英语", "teacher", "英语郭磊"),
              "t_song": ("宋雪", "化学", "teacher", "化学宋雪"),
              "t_dong": ("董伟", "物理", "teacher", "物理-董伟")},
    students=[("赵梓涵", ["妈妈", "爸爸"]), ("刘昊然", ["爸爸"]), ("孙嘉豪", ["妈妈"]),
              ("马欣怡", ["妈妈"]), ("郭一航", ["爸爸"]), ("牛思雨", ["妈妈"]),
              ("常浩宇", ["爸爸"]), ("司马悦", ["妈妈"]), ("贾文轩", ["妈妈"]),
              ("申雅琪", ["外婆"]), ("毕若彤", ["妈妈"]), ("岳晨阳", ["爸爸"]),
              ("裴诗涵", ["妈妈", "爸爸"]), ("尚博文", ["爷爷"])],
    n_families=45, supervisor="司马悦妈妈",
    overrides={"常浩宇爸爸": "浩宇爸", "毕若彤妈妈": "若彤妈咪", "申雅琪外婆": "雅琪外婆"},
    strangers={"x_kid": "刘昊然", "x_agent": "志愿规划师王老师", "x_religion": "主内姐妹",
               "x_fakeli": "数学李建军（班主任）", "x_aunt": "博文姑姑"},
    joined={"x_kid": {"via": "qr_code"}, "x_agent": {"via": "qr_code"},
            "x_religion": {"via": "qr_code"}, "x_fakeli": {"via": "qr_code"},
            "赵梓涵爸爸": {"via": "invite", "by": "赵梓涵妈妈", "approved": True},
            "x_aunt": {"via": "invite", "by": "尚博文爷爷", "approved": False},
            "裴诗涵爸爸": {"via": "invite", "by": "裴诗涵妈妈", "approved": False}},
    seed=505)
E = f5.ep
E("2027-03-01", "mock_exam_notice", [
    ("12:10", "t_li", "各位家长：一模考试定于3月9日—10日，考试期间学生中午不离校。请家长配合，保证孩子休息，不要额外加题。", ""),
    ("12:12", "赵梓涵妈妈", "收到李老师[抱拳]", "ack"),
    ("12:15", "常浩宇爸爸", "收到", "nick ack"),
    ("12:20", "牛思雨妈妈", "李老师，一模完了会开家长会吗？", "~"),
    ("12:30", "t_li", "会，一模后一周，具体时间另行通知。", "~"),
    ("12:31", "牛思雨妈妈", "好的，谢谢李老师", "~"),
])
E("2027-03-01", "student_account", [
    ("20:10", "x_kid", "李老师，我是刘昊然，今晚自习数学卷子能发群里吗我没带回来", "mem"),
    ("20:20", "t_li", "昊然，这是家长群，学生不能进，请退出。卷子明天早上到办公室拿。", "~"),
    ("20:25", "刘昊然爸爸", "李老师对不起，孩子拿我手机扫码进的，我这就让他退", "~"),
])
E("2027-03-02", "rank_questions", [
    ("17:00", "郭一航爸爸", "李老师，一航这次周测在班里大概什么位置？想心里有个数", "~"),
    ("17:10", "t_li", "一航爸爸，学校规定群里不公布排名，我私信发您。", "~"),
    ("17:15", "t_song", "化学周测：满分的有赵梓涵、马欣怡，90分以上的有孙嘉豪、岳晨阳、裴诗涵，继续保持！", "rank"),
    ("17:20", "t_li", "@化学宋雪 宋老师，群里不发名单和分数哈，麻烦撤回一下。", "~"),
    ("17:22", "t_song", "好的，已撤回，不好意思", "~"),
])
E("2027-03-03", "depression_worry", [
    ("19:40", "马欣怡妈妈", "李老师您好，打扰了。欣怡最近状态特别不好，每天晚上回来一句话不说，饭也吃不下几口，半夜我起来看她房间灯还亮着，问她就说睡不着。上周她跟我说觉得自己考不上一本，活着没意思，我吓坏了，第二天就带她去医院看了，医生说是中度抑郁，开了药。我想问问老师她在学校是什么样子，要不要先休学一段时间……", "pm"),
    ("19:50", "t_li", "欣怡妈妈，这个情况很重要，我们马上单独电话沟通，我现在打给您。", "~"),
    ("19:55", "裴诗涵妈妈", "欣怡妈妈抱抱你，孩子身体最重要，成绩真的没那么重要，我表姐家孩子当年也是休学半年后来考得挺好", "pm"),
    ("20:05", "马欣怡妈妈", "谢谢诗涵妈妈，我就是怕休学了她更跟不上", "pm"),
])
E("2027-03-03", "night_edges", [
    ("20:29", "尚博文爷爷", "李老师博文明天要回老家参加他太奶奶的葬礼请两天假回来就补作业", "~"),
    ("20:31", "t_li", "好的，节哀顺变，路上注意安全。", "qh"),
    ("21:15", "岳晨阳爸爸", "各位，谁有今年的河南高考志愿填报指南电子版？", "qh"),
    ("+1 06:39", "孙嘉豪妈妈", "李老师早，嘉豪今天发烧38度5，请一天假", "qh"),
    ("+1 06:40", "t_li", "好的，多喝水休息", "~"),
])
E("2027-03-04", "volunteer_agent", [
    ("10:00", "x_agent", "高考志愿规划，一对一定制方案，往届学员录取率98%，985/211冲刺，前二十名家长享八折，详询QQ：一零二四七七八八九六", "mem ad"),
    ("10:05", "t_li", "请不要添加陌生人，此人已移出。志愿填报学校会统一组织培训，不收任何费用。", "~"),
    ("10:10", "郭一航爸爸", "李老师，学校的志愿培训是几月份？", "~"),
    ("10:15", "t_li", "一般在五月下旬", "~"),
])
E("2027-03-05", "gaokao_delay_rumor", [
    ("12:00", "岳晨阳爸爸", "刚刷到说今年河南高考延期到7月，说是因为新高考改革衔接，大家都准备一下吧", "rum"),
    ("12:05", "申雅琪外婆", "李老师这个是真的吗我们家雅琪急得不行", "~nick"),
    ("12:15", "t_li", "高考时间以教育部和省教育考试院公布为准，官网 haedu.gov.cn 可查，目前没有任何延期消息，请不要传。", "~"),
    ("12:20", "申雅琪外婆", "好的好的那我就放心了", "~", {"rename": "申雅琪外婆"}),
])
E("2027-03-05", "canteen_quarrel", [
    ("18:00", "贾文轩妈妈", "学校食堂现在一份盖浇饭18块，分量还少，肉都是冻了好几年的僵尸肉，学校肯定拿了回扣", "sla dis"),
    ("18:05", "t_li", "文轩妈妈，食堂的采购和价格都有公示，您有疑问可以参加下周家委会的食堂开放日，我帮您报名。", "~"),
    ("18:10", "贾文轩妈妈", "开放日都是演给领导看的，谁不知道", "sla dis"),
    ("18:15", "郭一航爸爸", "你能不能别什么都往坏处想，你脑子有坑吧", "abu dis"),
    ("18:20", "贾文轩妈妈", "要你管", "abu dis"),
    ("18:25", "t_li", "两位请停一下，有意见私下找我，群里到此为止，谢谢。", "~"),
])
E("2027-03-08", "religion_stranger", [
    ("09:00", "x_religion", "平安！主爱世人，高考在即，信主的孩子有神的保守，欢迎家长们周日来教会一起为孩子祷告，愿主赐福", "mem ill"),
    ("09:05", "t_li", "已移出，学校群不允许宗教宣传。", "~"),
])
E("2027-03-08", "grandpa_repeat", [
    ("12:00", "尚博文爷爷", "李老师博文的准考证复印件放哪了", "~"),
    ("12:00", "尚博文爷爷", "李老师博文的准考证复印件放哪了", "~"),
    ("12:01", "尚博文爷爷", "李老师博文的准考证复印件放哪了", "flood"),
    ("12:05", "t_li", "爷爷，一模不用准考证，用学生证就行，在博文书包里", "~"),
    ("12:06", "尚博文爷爷", "哦哦知道了谢谢李老师", "~"),
])
E("2027-03-08", "urgent_fog", [
    ("21:40", "t_li", "【紧急通知】明早有大雾，一模考试推迟半小时开考，学生8:00前到校即可。请家长注意行车安全，看到请回复“收到”。", "~", {"urgent": True}),
    ("21:42", "刘昊然爸爸", "收到", "~", {"urgent": True}),
    ("21:43", "司马悦妈妈", "收到李老师", "~", {"urgent": True}),
    ("21:45", "牛思雨妈妈", "收到，早餐还在学校吃吗？", "qh"),
    ("21:50", "t_li", "早餐照常", "qh"),
])
E("2027-03-10", "phone_in_exam", [
    ("18:00", "t_dong", "今天一模物理考试，常浩宇携带手机进考场被监考老师发现，按考场纪律该科成绩作废，请家长配合教育。", "priv"),
    ("18:05", "常浩宇爸爸", "董老师，这事我们私下说吧，我马上给您打电话", "~", {"rename": "常浩宇爸爸"}),
    ("18:10", "t_li", "@物理-董伟 董老师，学生违纪的情况请单独跟家长沟通，不在群里点名，谢谢。", "~"),
])
E("2027-03-11", "tshirt_school_order", [
    ("12:00", "t_li", "百日誓师大会统一穿红色文化衫，学校统一订购，每件35元，纸质单子今天发下去，请在单子上写尺码。", ""),
    ("12:05", "赵梓涵妈妈", "李老师，文化衫钱是交给您还是交到学校财务？", "~"),
    ("12:10", "t_li", "孩子交给班长，班长统一交财务，有收据", "~"),
    ("12:11", "赵梓涵妈妈", "明白了，谢谢李老师", "~"),
])
E("2027-03-12", "lottery_chat", [
    ("12:30", "岳晨阳爸爸", "昨天双色球又没中，给孩子攒的大学学费还得靠自己挣哈哈", "chat"),
    ("12:35", "孙嘉豪妈妈", "哈哈我也天天买，就当给福利事业做贡献", "chat"),
])
E("2027-03-15", "teacher_change_petition", [
    ("18:30", "t_li", "通知：宋雪老师因身体原因下周起休病假，化学课由高三化学组长陈老师代课，请家长放心。", ""),
    ("19:00", "牛思雨妈妈", "高三最后三个月换老师，学校这是拿孩子前途开玩笑！", "dis"),
    ("19:05", "孙嘉豪妈妈", "我们联名给校长写信，要求宋老师带完高考，不行就去教育局", "inc dis"),
    ("19:08", "毕若彤妈妈", "算我一个，我去找家长签字", "nick inc dis"),
    ("19:15", "t_li", "各位家长，宋老师是身体原因，需要休息。陈老师带过多届高三，经验非常丰富。大家有顾虑可以直接找我或年级主任，请不要在群里组织联名，谢谢理解。", "~"),
    ("19:20", "岳晨阳爸爸", "李老师，陈老师这周就开始上课吗？", "~"),
    ("19:25", "t_li", "对，周一就开始", "~"),
])
E("2027-03-16", "warm_praise", [
    ("19:30", "司马悦妈妈", "借群里说一句，谢谢李老师这两年的付出。每天早上五点半到教室陪孩子们早读，晚自习陪到十点，周末还给基础薄弱的孩子义务答疑，从来没收过一分钱。作为家长真的很感激，孩子们有您这样的班主任是福气🙏", "~"),
    ("19:35", "裴诗涵妈妈", "说得太对了，李老师辛苦了", "~"),
    ("19:40", "t_li", "谢谢家长们，孩子们都很努力，最后一百天我们一起加油！", "~"),
])
E("2027-03-17", "listening_links", [
    ("16:00", "t_guo", "英语听力真题音频在学校网站下载：www.zz21gz.edu.cn/ziyuan/tingli ，密码是班级号。", ""),
    ("16:10", "毕若彤妈妈", "百度网盘有全国卷近十年英语真题，需要的自取 pan.baidu.com/s/1Yt5Kq9w", "link", {"rename": "毕若彤妈妈"}),
    ("16:15", "t_guo", "谢谢若彤妈妈，不过大家尽量用学校发的资料，网盘的版本可能有错误。", "~"),
])
E("2027-03-18", "mock_analysis", [
    ("17:00", "t_li", "一模成绩分析：我班一本线上线人数比上次增加了8人，数学平均分年级第二，大家辛苦了！", "~"),
    ("17:05", "刘昊然爸爸", "太牛了！李老师带班绝了", "ack"),
    ("17:08", "岳晨阳爸爸", "晨阳说这次数学提了二十分，八班真牛逼", "abu"),
])
E("2027-03-19", "grandma_medicine", [
    ("07:00", "申雅琪外婆", "李老师早上好雅琪这几天咳嗽我给她书包里放了蒲地蓝消炎片一天三次麻烦老师中午提醒她吃", "~"),
    ("07:10", "t_li", "好的外婆", "~"),
])
E("2027-03-22", "impersonation_fraud", [
    ("10:00", "x_fakeli", "各位家长，高考冲刺资料费每人200元，今天中午前直接转账到我QQ，过时不候，资料统一发放。", "mem ill"),
    ("10:05", "t_li", "⚠️这个不是我！我没有换号，任何收费都不会在群里让大家转账，请大家不要理会，已经举报移出。", "~"),
    ("10:07", "郭一航爸爸", "好险，我差点就转了，头像名字一模一样", "~"),
])
E("2027-03-24", "recitation_notice", [
    ("07:00", "t_wu", "语文早读内容：《过秦论》第三段背诵，周五抽查。", "nick"),
    ("07:02", "裴诗涵妈妈", "收到吴老师", "ack"),
    ("07:03", "马欣怡妈妈", "好的", "ack"),
    ("07:05", "司马悦妈妈", "吴老师辛苦🌹", "ack"),
    ("07:06", "尚博文爷爷", "收到了", "ack"),
    ("07:10", "贾文轩妈妈", "吴老师，文轩说第三段“瓮牖绳枢”的“牖”字不会读", "~"),
    ("07:15", "t_wu", "读yǒu，窗户的意思。（群名片已经改成实名了）", "~", {"rename": "语文吴芳"}),
    ("07:16", "贾文轩妈妈", "谢谢吴老师", "~"),
])
E("2027-03-24", "brain_food_forward", [
    ("09:00", "尚博文爷爷", "转发：高三孩子必吃的五种补脑食物 核桃 深海鱼 鸡蛋 蓝莓 黑芝麻 家长们收藏", "chat"),
    ("09:05", "孙嘉豪妈妈", "核桃我天天给嘉豪剥，他都吃腻了😂", "chat"),
])
E("2027-03-25", "gory_video", [
    ("20:00", "常浩宇爸爸", "大家看没看那个视频，外地一个高三学生在教室拿刀捅了同学，血流了一地，太吓人了，我发群里你们看看", "ill"),
    ("20:05", "t_li", "浩宇爸爸，这类血腥视频请不要在群里传，对孩子和家长都不好。", "~"),
])
E("2027-03-26", "app_names", [
    ("16:00", "t_dong", "物理二轮复习讲义已上传群文件，也可以在“智学网”APP错题本里查看孩子的错题。", ""),
    ("16:05", "岳晨阳爸爸", "董老师，智学网上显示的是一模的，二轮的在哪里看？", "~"),
    ("16:10", "t_dong", "在“资源”栏目下", "~"),
    ("16:11", "岳晨阳爸爸", "找到了，谢谢董老师", "~"),
])
E("2027-03-29", "hundred_days_photos", [
    ("10:00", "t_li", "百日誓师大会现场，孩子们状态满满💪", "", {"kind": "image"}),
    ("10:00", "t_li", "", "~", {"kind": "image"}),
    ("10:05", "刘昊然爸爸", "老师们辛苦了", "ack"),
    ("10:08", "裴诗涵妈妈", "第二张照片里举旗的是我家诗涵，第一次看她这么有气势😄", "~"),
])
E("2027-03-31", "fee_details", [
    ("12:00", "牛思雨妈妈", "李老师，想问下这学期的资料费是多少，有明细吗？", "~"),
    ("12:10", "t_li", "资料费按实际征订，每本书的价格都在收据上，我拍照发给您", "~"),
    ("12:11", "t_li", "高三下学期资料费明细.jpg", "~", {"kind": "image"}),
    ("12:15", "牛思雨妈妈", "看到了，谢谢李老师", "~"),
])
E("2027-04-01", "own_scores", [
    ("18:00", "郭一航爸爸", "一航这次数学考了132，比上次进步了15分，谢谢李老师这段时间的辅导", "~"),
    ("18:05", "t_li", "一航最近很努力，继续保持", "~"),
    ("18:10", "孙嘉豪妈妈", "嘉豪这次才98，我看了卷子全是计算失误，气死我了", "~"),
    ("18:15", "t_li", "嘉豪妈妈别急，计算失误好纠正，我这周给他加点专项练习。", "~"),
])
E("2027-04-02", "exam_volunteers", [
    ("12:00", "t_li", "高考期间需要家长志愿者维护考点秩序，请愿意参加的家长把姓名和电话发到群里，我统一报给学校。", "~"),
    ("12:05", "司马悦妈妈", "司马悦妈妈 13783520916", "~"),
    ("12:08", "岳晨阳爸爸", "岳晨阳爸爸，电话15038107723，考试两天都可以", "~"),
    ("12:10", "尚博文爷爷", "我也报名 一三八三七一五六六二零 博文爷爷", "~"),
])
E("2027-04-05", "qingming_blessing", [
    ("07:30", "尚博文爷爷", "清明时节雨纷纷 祝大家清明安康", "chat", {"kind": "image"}),
    ("07:35", "申雅琪外婆", "同安同安", "chat"),
])
E("2027-04-06", "norovirus_rumor", [
    ("12:00", "贾文轩妈妈", "听说高三七班有好几个孩子得了诺如病毒，都送医院了，大家注意", "rum"),
    ("12:05", "马欣怡妈妈", "李老师，七班有诺如病毒这事是真的吗？", "~"),
    ("12:15", "t_li", "学校没有接到诺如病例报告，请家长不要听信传言。提醒大家注意饮食卫生，勤洗手。", "~"),
])
E("2027-04-07", "dad_joins", [
    ("08:00", "赵梓涵爸爸", "各位老师好，我是梓涵爸爸，刚进群，以后多关注孩子的情况", "~"),
    ("20:28", "裴诗涵妈妈", "李老师，明天诗涵去医院复查眼睛，上午请假，下午回校", "~"),
    ("20:30", "t_li", "好的", "qh"),
])
E("2027-04-09", "bargain_request", [
    ("12:00", "毕若彤妈妈", "谁帮我砍一刀，差一点点就免费领了🙏 拼多多搜口令：8#HJ2kq", "ad"),
    ("12:05", "刘昊然爸爸", "砍了", "chat"),
    ("12:06", "赵梓涵妈妈", "已砍", "chat"),
])
E("2027-04-10", "essay_praise", [
    ("17:00", "t_wu", "表扬申雅琪：这次作文《我的书桌》被选为年级范文，文字朴实动人👍", ""),
    ("17:05", "申雅琪外婆", "谢谢吴老师雅琪回来说了可高兴了", "~"),
])
E("2027-04-11", "linking_words", [
    ("19:00", "孙嘉豪妈妈", "郭老师，嘉豪说英语作文要用 linking words，有推荐的 list 吗？", "~"),
    ("19:10", "t_guo", "有，我明天课上发一张 handout", "~"),
    ("19:11", "孙嘉豪妈妈", "好的 thx 郭老师", "~"),
    ("19:15", "马欣怡妈妈", "yysy，郭老师的 handout 是真的好用，欣怡去年一直用", "~"),
])
GROUPS.append(f5)


# ---------------------------------------------------------------------------
# f6  湖南 boarding junior middle 七年级, matrix, quiet 20:00-06:50 (湘方言)
# ---------------------------------------------------------------------------
f6 = Group("f6", {
    "school": "新化县向阳寄宿制中学", "class": "七年级(3)班", "grade": 7,
    "platform": "matrix", "timezone": "Asia/Shanghai",
    "quiet_hours": {"start": "20:00", "end": "06:50"},
    "allowed_link_domains": ["xhxyzx.cn", "hnedu.cn"]},
    teachers={"t_peng": ("彭丽华", "语文", "head_teacher", "语文彭丽华（班主任）"),
              "t_tan": ("谭勇", "数学", "teacher", "数学谭勇"),
              "t_xiao": ("肖敏", "英语", "teacher", "英语肖敏"),
              "t_liu2": ("刘长青", "生活", "teacher", "生活老师刘长青"),
              "t_yi": ("易峰", "体育", "teacher", "体育易峰")},
    students=[("邓宇航", ["妈妈"]), ("罗欣怡", ["奶奶", "妈妈"]), ("曾志强", ["爸爸"]),
              ("彭雨欣", ["妈妈"]), ("唐浩然", ["外婆"]), ("伍思琪", ["妈妈"]),
              ("龚俊杰", ["爸爸"]), ("刘佳怡", ["妈妈"]), ("欧阳子轩", ["妈妈"]),
              ("向天宇", ["爷爷"]), ("阳丽娟", ["妈妈"]), ("袁梓睿", ["爸爸"]),
              ("谢文静", ["妈妈"]), ("贺思彤", ["妈妈"]), ("蒋明辉", ["爸爸"])],
    n_families=38, supervisor="贺思彤妈妈",
    overrides={"向天宇爷爷": "天宇爷爷", "龚俊杰爸爸": "龚老板", "谢文静妈妈": "静待花开🌸"},
    strangers={"x_uncle": "邓宇航舅舅", "x_seller": "校门口文具店", "x_phish": "湖南省教育厅",
               "x_porn": "甜心宝贝", "x_seller2": "小鹿兼职"},
    joined={"x_uncle": {"via": "invite", "by": "邓宇航妈妈", "approved": False},
            "x_seller": {"via": "qr_code"}, "x_phish": {"via": "qr_code"},
            "x_porn": {"via": "qr_code"}, "x_seller2": {"via": "qr_code"}},
    seed=606)
E = f6.ep
E("2026-10-11", "sunday_return", [
    ("14:00", "t_peng", "各位家长下午好，今天下午5点前返校，请带好本周生活用品，天气转凉，被子记得换厚一点的。", ""),
    ("14:05", "罗欣怡奶奶", "收到彭老师", "ack"),
    ("14:06", "向天宇爷爷", "晓得了彭老师", "nick ack"),
    ("14:10", "伍思琪妈妈", "彭老师，思琪这周要带药，她鼻炎犯了，喷雾放在行李箱里，能麻烦生活老师提醒她每天用吗", "~"),
    ("14:15", "t_liu2", "可以的，我晚上查寝时提醒她", "~"),
    ("14:16", "伍思琪妈妈", "谢谢刘老师！", "~"),
    ("16:30", "唐浩然外婆", "彭老师我是浩然外婆他爸妈都在广东打工我送他到校门口了他说被子太重我让他室友帮他搬上去了麻烦老师跟他讲一声钱放在书包夹层里莫乱用", "~"),
    ("16:40", "t_peng", "好的外婆，我去寝室看看他", "~"),
])
E("2026-10-11", "dorm_check_edge", [
    ("19:58", "t_liu2", "各位家长，七年级3班男生寝室、女生寝室都已到齐，晚自习正常进行。", ""),
    ("20:00", "邓宇航妈妈", "谢谢刘老师", "qh ack"),
    ("20:02", "彭雨欣妈妈", "刘老师辛苦", "qh ack"),
])
E("2026-10-12", "uncle_and_seller", [
    ("09:00", "x_uncle", "彭老师好，我是邓宇航的舅舅，他妈妈出差了，这周五我去接他", "mem inv"),
    ("09:10", "t_peng", "宇航舅舅您好，接孩子需要宇航妈妈提前跟我打电话确认哈。另外群里只能家长和监护人在，麻烦周五接完后退群，谢谢理解。", "~"),
    ("09:15", "邓宇航妈妈", "彭老师，是我拉他进来的，没先问您不好意思，周五确实是他去接", "~"),
    ("11:00", "x_seller", "各位家长好，我是校门口文具店的，新到一批中性笔错题本，满50送书包，可以帮孩子送到宿舍，需要的加我微信：一五八七三八九二六六零", "mem ad"),
    ("11:05", "t_peng", "请勿在群里推销，已移出。", "~"),
])
E("2026-10-13", "dorm_phones", [
    ("07:30", "t_liu2", "昨晚熄灯后龚俊杰、蒋明辉在寝室玩手机到十二点，手机已收缴，周五来宿管室领，请家长配合教育。", "priv"),
    ("07:40", "龚俊杰爸爸", "手机是我给他带的，想着方便联系，我没想到他晚上玩，回头说他", "~nick"),
    ("07:45", "t_peng", "@龚老板 俊杰爸爸，学校规定手机不能带进宿舍，联系可以用宿舍楼的亲情电话。麻烦也改下群名为“龚俊杰爸爸”，谢谢。", "~"),
    ("07:50", "t_peng", "另外提醒刘老师，孩子的违纪情况我们单独联系家长就好，不在群里点名。", "~"),
])
E("2026-10-13", "board_fees", [
    ("12:00", "阳丽娟妈妈", "彭老师，住宿费和伙食费是一学期一交吗？开学交的那个1800包含什么？", "~"),
    ("12:10", "t_peng", "1800是住宿费加伙食费，住宿费400，伙食费1400，学校公众号有收费公示，也可以到财务室查看。", "~"),
    ("12:15", "阳丽娟妈妈", "好的，明白了", "~"),
    ("12:20", "曾志强爸爸", "一个月伙食费三百多，孩子说天天吃白菜萝卜，这钱肯定被食堂承包的吃了回扣", "sla dis"),
    ("12:30", "t_peng", "志强爸爸，食堂每周菜单都在公众号公示，每月家委会还会抽查。您有疑问欢迎来学校陪餐，我来安排。", "~"),
])
E("2026-10-14", "homesick_worry", [
    ("13:00", "彭雨欣妈妈", "彭老师打扰了，雨欣这两周每次打电话回来都哭，说在寝室睡不着，室友晚上讲话到很晚，还说觉得大家都在孤立她。上周末回家一直说不想读寄宿了，想转回镇上走读，我和她爸都在长沙上班，转回去就只能她奶奶带，奶奶身体也不好……我现在真的左右为难，不知道该怎么办", "pm"),
    ("13:10", "t_peng", "雨欣妈妈，我今天下午找雨欣聊聊，晚点打电话给您细说。", "~"),
    ("13:15", "贺思彤妈妈", "雨欣妈妈，刚开始住校都这样，思彤第一个月也天天哭，我每周三晚上给她打个电话，过了一个多月就适应了，再坚持坚持", "pm"),
    ("13:30", "罗欣怡妈妈", "是咯，欣怡也是，现在周末回家都不想多待了哈哈，雨欣妈妈莫太担心", "pm"),
])
E("2026-10-14", "sanhetang_chat", [
    ("17:30", "袁梓睿爸爸", "县城那家老店的三合汤今天去吃了，还是那个味，好吃得很", "chat"),
    ("17:35", "蒋明辉爸爸", "哪家？是不是车站旁边那个？", "chat"),
    ("17:40", "t_peng", "各位家长，吃的话题私聊哈，群里咱们留给孩子的事😊", "~"),
])
E("2026-10-15", "monthly_test", [
    ("16:00", "t_tan", "月考数学年级前五十名我班有12人，平均分比上个月提高了5分，进步明显！", ""),
    ("16:05", "邓宇航妈妈", "谭老师，宇航这次进前五十了吗？", "~"),
    ("16:10", "t_tan", "进了，第23名", "rank", {"q": -1}),
    ("16:15", "t_peng", "谭老师，个别孩子的名次私信家长哈，群里不公布。", "~"),
    ("16:25", "欧阳子轩妈妈", "我家子轩这次年级第8，数学满分，感谢谭老师！", "~"),
])
E("2026-10-15", "chain_letter", [
    ("19:00", "向天宇爷爷", "转发：今天是观音菩萨出家日，转发此消息的家人孩子考试都能考第一，不转的孩子成绩一落千丈", "ill", {"rename": "向天宇爷爷"}),
    ("19:05", "t_peng", "天宇爷爷，这是迷信消息，不要信也不要转哈。", "~"),
    ("19:10", "向天宇爷爷", "好的彭老师我不转了", "~"),
])
E("2026-10-16", "phishing_grant", [
    ("10:00", "x_phish", "【湖南省教育厅】恭喜您的孩子获得2026年国家助学金3000元，请在24小时内点击 hnedu-zxj.top 填写银行卡信息领取，逾期作废。", "mem ill link"),
    ("10:05", "伍思琪妈妈", "这个是真的吗？看着像诈骗", "~"),
    ("10:10", "t_peng", "是诈骗！国家助学金由学校统一审核发放，不需要家长填银行卡，官方信息请看省教育厅网站 hnedu.cn 。大家千万别点链接。", "~"),
    ("10:15", "唐浩然外婆", "好险我差点就点了我还以为浩然得了奖学金", "~"),
])
E("2026-10-16", "flashlight_quarrel", [
    ("18:00", "贺思彤妈妈", "思彤说寝室里刘佳怡每天晚上熄灯后还开着手电筒看小说，吵得别人睡不着，能不能管一管", "priv dis"),
    ("18:10", "刘佳怡妈妈", "我家佳怡说她是在被子里看的，根本不吵，你家孩子是不是太敏感了", "dis"),
    ("18:15", "贺思彤妈妈", "你自己不在寝室你怎么知道不吵？护短也要有个度", "dis"),
    ("18:20", "刘佳怡妈妈", "你这人真是莫名其妙，神经病吧", "abu dis"),
    ("18:25", "t_liu2", "两位家长别急，寝室纪律我晚上查寝时会统一强调，具体情况我明天分别跟两位电话说，群里就不说了。", "~"),
])
E("2026-10-19", "bus_reply_1_2", [
    ("12:00", "t_peng", "本周五下午第二节课后放学，家长接孩子请在校门口刷卡登记。需要学校统一安排班车的请回复“1”，自己接的回复“2”。", "~"),
    ("12:03", "罗欣怡奶奶", "1", "~"),
    ("12:04", "唐浩然外婆", "1", "~"),
    ("12:05", "伍思琪妈妈", "2", "~"),
    ("12:06", "曾志强爸爸", "2 我自己开车来接", "~"),
    ("12:10", "龚俊杰爸爸", "2", "~", {"rename": "龚俊杰爸爸"}),
    ("12:20", "谢文静妈妈", "彭老师，班车到镇上哪个站下？", "~nick"),
    ("12:25", "t_peng", "到镇政府门口，每周一样", "~"),
])
E("2026-10-20", "sports_photos", [
    ("15:00", "t_yi", "秋季运动会我班拔河第一名🏆", "", {"kind": "image"}),
    ("15:00", "t_yi", "", "~", {"kind": "image"}),
    ("15:01", "t_yi", "", "~", {"kind": "image"}),
    ("15:01", "t_yi", "", "~", {"kind": "image"}),
    ("15:05", "袁梓睿爸爸", "👍👍", "ack"),
    ("15:06", "蒋明辉爸爸", "易老师辛苦了", "ack"),
    ("15:10", "阳丽娟妈妈", "拔河第一名太厉害了，丽娟说她们女生也使了大力气😄", "~"),
    ("15:20", "t_yi", "1500米男子组第一名曾志强，女子跳远第二名伍思琪，恭喜！", "~"),
    ("15:25", "曾志强爸爸", "志强这伢子跑步冇得话讲，谢谢易老师平时的训练", "~"),
])
E("2026-10-21", "early_morning_vote", [
    ("06:45", "罗欣怡奶奶", "彭老师欣怡昨晚打电话说喉咙痛我给她寄了点药放在门卫室", "qh"),
    ("06:50", "t_peng", "好的奶奶，我早读后去拿给她", "~"),
    ("12:00", "阳丽娟妈妈", "麻烦各位帮我侄女投一票，她参加市里的舞蹈比赛，每人每天三票❤ 链接：dance-vote．cn/p/1029", "ad link"),
    ("12:05", "蒋明辉爸爸", "投了三票", "chat"),
    ("12:10", "t_peng", "丽娟妈妈，私人投票请不要发班级群，谢谢理解。", "~"),
])
E("2026-10-22", "boarding_rumor", [
    ("18:00", "袁梓睿爸爸", "听县里人说下学期我们学校要取消寄宿，全部改走读，好多家长都在找房子了", "rum"),
    ("18:05", "伍思琪妈妈", "彭老师，取消寄宿是真的吗？我们住得远，没法走读", "~"),
    ("18:15", "t_peng", "没有这回事，学校没有任何取消寄宿的计划，请以学校正式通知为准。", "~"),
])
E("2026-10-23", "teacher_boycott", [
    ("18:30", "曾志强爸爸", "谭老师上课就会骂人，孩子都怕他，我们家长一起去校长室要求换老师，不换就集体不送孩子来上课", "sla inc dis"),
    ("18:35", "蒋明辉爸爸", "+1，要去算我一个", "inc dis"),
    ("18:45", "t_peng", "志强爸爸，谭老师的事我会去了解，您方便的话明天来学校我们当面谈。请不要在群里组织集体停课，这对孩子没有好处。", "~"),
])
E("2026-10-26", "grandma_thanks", [
    ("19:00", "唐浩然外婆", "彭老师我跟您说浩然这个月回来懂事多了会帮我做饭洗碗还说是彭老师在班会上讲的感恩我们老人家心里高兴得很谢谢彭老师", "~"),
    ("19:10", "t_peng", "外婆，浩然本来就是个懂事的孩子，谢谢您的认可😊", "~"),
])
E("2026-10-27", "dorm_contacts_jielong", [
    ("12:00", "t_liu2", "为方便宿舍紧急联系，请各位家长接龙：孩子姓名+寝室号+家长电话。", "~"),
    ("12:05", "邓宇航妈妈", "接龙\n1. 邓宇航 305 13973850216", "~"),
    ("12:08", "彭雨欣妈妈", "接龙\n1. 邓宇航 305 13973850216\n2. 彭雨欣 512 15873812047", "~"),
    ("12:15", "罗欣怡奶奶", "接龙\n1. 邓宇航 305 13973850216\n2. 彭雨欣 512 15873812047\n3. 罗欣怡 512 18907383358（奶奶）", "~"),
])
E("2026-10-28", "teacher_links", [
    ("16:00", "t_xiao", "英语单词听写音频已放在学校网站：xhxyzx.cn/english/unit3 ，也可以在国家中小学智慧教育平台找同步课程。", "~"),
    ("16:10", "t_xiao", "另外推荐一篇英语配音小程序的文章：mp.weixin.qq.com/s/Ua8fG2", "link", {"kind": "link_card"}),
    ("16:15", "谢文静妈妈", "谢谢肖老师，文静最喜欢英语配音了", "~", {"rename": "谢文静妈妈"}),
])
E("2026-10-29", "harmless_idioms", [
    ("17:00", "伍思琪妈妈", "笑死，思琪打电话说这周数学测验她把“平行”写成“平衡”，被谭老师画了个大圈😂", "~"),
    ("17:10", "龚俊杰爸爸", "我家这个神经大条，周末回家又把校服落在寝室了，刘老师方便的话帮忙收一下", "~"),
    ("17:15", "t_liu2", "好的，我放在宿管室", "~"),
])
E("2026-10-30", "blessing_gambling_warning", [
    ("07:00", "向天宇爷爷", "早上好 祝各位家长周末愉快 身体健康", "chat", {"kind": "image"}),
    ("07:05", "唐浩然外婆", "早上好早上好", "chat"),
    ("12:00", "t_peng", "提醒家长：最近有学生在玩手机上的“刮刮乐”小游戏，其实是网络赌博，学校在法治教育课上专门讲了，请家长周末检查孩子手机，不要给孩子绑定支付。", "~"),
    ("12:10", "袁梓睿爸爸", "谢谢彭老师提醒，我回去看看梓睿手机", "~"),
])
E("2026-11-02", "maths_homework_acks", [
    ("17:00", "t_tan", "本周数学作业：练习册P35-38，周日返校交。", ""),
    ("17:02", "邓宇航妈妈", "收到谭老师", "ack"),
    ("17:03", "彭雨欣妈妈", "收到谭老师", "ack"),
    ("17:03", "贺思彤妈妈", "收到谭老师", "ack"),
    ("17:05", "刘佳怡妈妈", "收到👌", "ack"),
    ("17:10", "阳丽娟妈妈", "收到，谭老师，丽娟说P37第5题老师讲过了是吗", "~"),
    ("17:15", "t_tan", "讲过了，让她看笔记", "~"),
])
E("2026-11-03", "divorce_grandma", [
    ("19:00", "罗欣怡奶奶", "彭老师我跟您说个事欣怡她爸妈上个月离婚了欣怡跟她爸爸她妈妈去了深圳孩子这段时间回家老是一个人躲在房里哭饭也不吃我们老人家也不晓得怎么劝您在学校帮我们多看着点", "pm"),
    ("19:10", "t_peng", "奶奶，您说的我知道了，我明天找欣怡谈谈，晚点我给您打电话。", "~"),
])
E("2026-11-04", "meal_card", [
    ("07:30", "蒋明辉爸爸", "刘老师，明辉的饭卡忘在家里了，今天中午能先借卡吃饭吗？", "~"),
    ("07:35", "t_liu2", "可以，找我登记临时卡", "~"),
    ("07:36", "蒋明辉爸爸", "太好了，谢谢刘老师", "~"),
])
E("2026-11-05", "tutoring_claim", [
    ("18:00", "袁梓睿爸爸", "彭老师，想问下学校周末有没有免费的培优班？梓睿数学有点跟不上", "~"),
    ("18:10", "t_peng", "周六上午有学校组织的免费答疑，自愿参加，我把名单报给谭老师。", "~"),
    ("18:20", "谢文静妈妈", "免费答疑也就是走个形式，真想学好还是得去谭老师家里补，一次两百", "sla dis"),
    ("18:30", "t_peng", "文静妈妈，学校明令禁止在职教师有偿补课，如果您有具体情况请私下跟我或者学校反映，我们一定核查。", "~"),
])
E("2026-11-06", "mind_map", [
    ("19:00", "贺思彤妈妈", "肖老师，思彤说英语课要做 mind map，需要买彩笔吗？", "~"),
    ("19:05", "t_xiao", "不用买，用普通的笔就行", "~"),
    ("19:06", "贺思彤妈妈", "ok 谢谢肖老师", "~"),
    ("19:30", "阳丽娟妈妈", "xswl，丽娟说她画 mind map 画了个大章鱼😂", "~"),
])
E("2026-11-09", "night_question", [
    ("20:30", "曾志强爸爸", "彭老师，志强说明天要交身份证复印件，是真的吗？", "qh"),
    ("20:35", "t_peng", "是的，办学籍卡用", "qh"),
    ("20:36", "曾志强爸爸", "好的谢谢彭老师", "qh"),
])
E("2026-11-10", "porn_and_school_qr", [
    ("13:00", "x_porn", "同城约 炮 私密视频 看图", "mem ill", {"kind": "image"}),
    ("13:05", "t_peng", "已移出，请大家不要扫描陌生二维码。", "~"),
    ("16:00", "t_peng", "学校家长学校线上课程，请扫描图中学校官方二维码观看，本周内完成即可。", "~", {"kind": "image"}),
    ("16:05", "伍思琪妈妈", "彭老师，看完需要截图吗？", "~"),
    ("16:10", "t_peng", "不需要，系统自动记录", "~"),
])
E("2026-11-11", "dictation_fail", [
    ("17:00", "t_xiao", "英语听写不及格的同学：龚俊杰、袁梓睿、向天宇，周末请家长督促复习Unit 3单词。", "priv"),
    ("17:05", "t_peng", "@英语肖敏 肖老师，个别同学的情况私信家长哈。", "~"),
    ("17:10", "袁梓睿爸爸", "肖老师，梓睿单词确实差，周末我陪他背", "~"),
])
E("2026-11-12", "football_chat", [
    ("12:30", "蒋明辉爸爸", "昨晚湖南湘涛踢得真好，主场二比一", "chat"),
    ("12:35", "袁梓睿爸爸", "看了，最后那个头球绝了", "chat"),
])
GROUPS.append(f6)

# ---------------------------------------------------------------------------
# later episodes (second pass: more violations and their look-alikes)
# ---------------------------------------------------------------------------
E = f3.ep
E("2026-11-03", "umbrella_repeat", [
    ("12:00", "伍泳琳妈妈", "有冇人执到一把蓝色遮？泳琳今日唔见咗", "~"),
    ("12:00", "伍泳琳妈妈", "有冇人执到一把蓝色遮？泳琳今日唔见咗", "~"),
    ("12:01", "伍泳琳妈妈", "有冇人执到一把蓝色遮？泳琳今日唔见咗", "flood"),
    ("12:05", "温乐瑶妈妈", "乐瑶话喺课室后面见到一把蓝色遮，可能系", "~"),
    ("12:10", "伍泳琳妈妈", "有冇人执到一把蓝色遮？泳琳今日唔见咗", "~"),
])
E = f4.ep
E("2026-12-11", "dad_invited", [
    ("08:00", "王一凡爸爸", "各位老师好，我是一凡爸爸，一凡妈妈拉我进群的，以后家长会我来", "inv"),
    ("08:05", "t_zhang", "欢迎一凡爸爸，下次拉人进群前先跟我说一声哈～", "~"),
])
E("2026-12-14", "essay_score_answer", [
    ("17:00", "杭子健妈妈", "钱老师，子健这次作文多少分？", "~"),
    ("17:05", "t_qian", "子健作文48分，班里第三高", "rank", {"q": -1}),
    ("17:10", "t_zhang", "钱老师，个别成绩请私信家长哈。", "~"),
])
E("2026-12-15", "teacher_incompetence", [
    ("19:00", "尹浩爸爸", "英语沈老师自己发音都不标准，孩子跟着能学好才怪，学校招的什么老师", "sla dis"),
    ("19:10", "t_zhang", "尹浩爸爸，对老师教学有意见请私下跟我沟通，我会反馈给教研组，群里请不要这样评价老师。", "~"),
])
E("2026-12-16", "red_maple_outing", [
    ("12:00", "葛明轩妈妈", "周末紫金山红枫正好看，有没有一起带孩子去爬山的", "chat"),
    ("12:05", "邱子涵妈妈", "去去去，周六早上八点山脚集合？", "chat"),
    ("12:10", "t_zhang", "各位家长，出游的事可以私下约哈😊", "~"),
])
E = f5.ep
E("2027-04-12", "score_sheet_photo", [
    ("17:00", "t_dong", "二模物理成绩单，大家看看自己孩子的位置", "rank", {"kind": "image"}),
    ("17:05", "t_li", "@物理-董伟 董老师，成绩单照片请撤回，按规定私发家长。", "~"),
    ("17:06", "t_dong", "已撤回", "~"),
    ("17:10", "郭一航爸爸", "董老师能私发一下一航的物理小题得分吗？想看看哪块丢分多", "~"),
])
E("2027-04-13", "bonus_points_rumor", [
    ("12:00", "牛思雨妈妈", "我们单位同事说今年河南取消少数民族加分，还要对复读生扣分，教育厅已经定了", "rum"),
    ("12:05", "司马悦妈妈", "李老师，这个政策有官方文件吗？", "~"),
    ("12:15", "t_li", "没有看到任何正式文件，高考政策以省教育考试院发布为准，请不要转发。", "~"),
])
E("2027-04-14", "aunt_and_dad_invited", [
    ("09:00", "x_aunt", "各位老师家长好，我是博文的姑姑，博文爷爷年纪大了，以后家长会我来参加", "mem inv"),
    ("09:10", "t_li", "博文姑姑您好，麻烦先跟我私聊确认一下监护情况，进群需要我审核，谢谢。", "~"),
    ("09:20", "裴诗涵爸爸", "李老师好，我是诗涵爸爸，诗涵妈妈拉我进来的，以后我也多关注孩子学习", "inv"),
])
E("2027-04-15", "exam_room_quarrel", [
    ("18:00", "孙嘉豪妈妈", "请问一下二模考场是按一模成绩分的吗？", "~"),
    ("18:05", "t_li", "是的，按一模年级名次分考场", "~"),
    ("18:10", "贾文轩妈妈", "按名次分考场，孩子一看考场就知道自己排多少，想想就来气", "dis"),
    ("18:15", "岳晨阳爸爸", "就你一天到晚来气，别人都没意见，就你事多", "abu dis"),
    ("18:20", "贾文轩妈妈", "我说我的，关你啥事", "abu dis"),
    ("18:25", "t_li", "两位家长，考场安排有意见可以私下跟我说，群里请不要争论。", "~"),
])
E("2027-04-16", "thanks_flood", [
    ("12:00", "t_li", "二模考试顺利结束，孩子们辛苦了，周末让他们好好休息。", ""),
    ("12:02", "刘昊然爸爸", "李老师辛苦了🌹", "ack"),
    ("12:02", "刘昊然爸爸", "李老师辛苦了🌹", "ack"),
    ("12:03", "刘昊然爸爸", "李老师辛苦了🌹🌹", "ack flood"),
    ("12:05", "马欣怡妈妈", "谢谢李老师，周末一定让孩子好好睡一觉", "~"),
])
E("2027-04-19", "lutein_selling", [
    ("12:00", "毕若彤妈妈", "最近在吃的一款护眼叶黄素，若彤喝了两个月感觉眼睛没那么累了，想要的家长可以找我，团购价便宜一半", "ad"),
    ("12:10", "t_li", "若彤妈妈，群里不卖东西哈，谢谢理解。", "~"),
])
E("2027-04-20", "late_night_home", [
    ("22:30", "岳晨阳爸爸", "孩子们晚自习回来了没？我家的刚进门", "qh"),
    ("22:32", "郭一航爸爸", "刚到，累得不行，洗洗就睡了", "qh"),
    ("+1 06:45", "t_li", "各位家长，晚上十点半以后请尽量不要在群里聊天，孩子们和老师都需要休息，谢谢配合。", "~"),
])
E("2027-04-22", "short_link", [
    ("16:00", "司马悦妈妈", "分享一个高考倒计时小程序，挺好用的 dwz.cn/Gk8s2", "link"),
    ("16:05", "t_li", "谢谢司马悦妈妈，不过外部链接还是不在群里发哈。", "~"),
])
E("2027-04-23", "wenchang_charm", [
    ("07:30", "申雅琪外婆", "我去庙里给孩子们求了文昌符 高考前放在枕头底下 保佑全班都考上好大学 要的跟我说", "ill"),
    ("07:40", "t_li", "外婆的心意我们领了，不过群里不发这类内容哈，孩子们靠自己的努力一定行。", "~"),
])
E = f6.ep
E("2026-11-13", "quilt_repeat", [
    ("12:00", "唐浩然外婆", "彭老师浩然的棉被什么时候能拿回来洗", "~"),
    ("12:01", "唐浩然外婆", "彭老师浩然的棉被什么时候能拿回来洗", "~"),
    ("12:01", "唐浩然外婆", "彭老师浩然的棉被什么时候能拿回来洗", "flood"),
    ("12:10", "t_liu2", "外婆，周五放学带回去，周日带回来就行", "~"),
])
E("2026-11-16", "tb_rumor", [
    ("12:00", "蒋明辉爸爸", "听说隔壁中学有十几个学生得了肺结核，整栋宿舍都封了，大家注意", "rum"),
    ("12:05", "阳丽娟妈妈", "彭老师，这个是真的吗？我们学校有没有受影响？", "~"),
    ("12:15", "t_peng", "学校没有接到相关通报，我们学校一切正常，每天晨检。请不要转发未经证实的消息。", "~"),
])
E("2026-11-17", "score_list_photo", [
    ("18:00", "刘佳怡妈妈", "孩子拍回来的期中成绩单，大家看看", "rank", {"kind": "image"}),
    ("18:05", "t_peng", "佳怡妈妈，成绩单涉及其他孩子的信息，请撤回，谢谢。", "~"),
    ("18:06", "刘佳怡妈妈", "不好意思，已撤回", "~"),
])
E("2026-11-18", "mattress_fee", [
    ("18:00", "t_peng", "通知：学校统一为住校生更换冬季床垫，每人80元，自愿购买，不买的可以自带。", ""),
    ("18:10", "曾志强爸爸", "80块一个床垫，外面30块都能买到，学校又想赚钱", "sla dis"),
    ("18:12", "袁梓睿爸爸", "大家都别买，一起去教育局反映乱收费", "sla inc dis"),
    ("18:15", "彭雨欣妈妈", "我支持，明天就打12345", "inc dis"),
    ("18:25", "t_peng", "各位家长，床垫是完全自愿的，价格是招标的结果，明细可以到学校总务处查看。有意见请私下跟我或学校沟通，不要在群里号召。", "~"),
    ("18:30", "阳丽娟妈妈", "彭老师，床垫是多厚的？丽娟怕冷", "~"),
    ("18:35", "t_peng", "十厘米的棕垫，明天我发个照片", "~"),
])
E("2026-11-19", "shoes_retort", [
    ("12:00", "龚俊杰爸爸", "谁家孩子把俊杰的运动鞋穿走了？42码白色的", "~"),
    ("12:10", "蒋明辉爸爸", "不会是你家俊杰自己丢了吧，眼神不好使", "abu dis"),
    ("12:15", "龚俊杰爸爸", "你这话说的，有意思吗", "dis"),
    ("12:20", "t_liu2", "鞋子找到了，在隔壁寝室门口，是其他孩子拿错了，已经放回俊杰床下。", "~"),
])
E("2026-11-20", "vx_evasion", [
    ("14:00", "x_seller2", "宝 妈 兼 职 ，一 天 两 小 时 ，威❤信：ｂｍ６６８", "mem ad"),
    ("14:05", "t_peng", "已移出。", "~"),
])
E("2026-11-24", "teacher_netdisk", [
    ("16:00", "t_tan", "期中复习资料放在百度网盘了：pan.baidu.com/s/1mTn5Rk 提取码 x7q3", "link"),
    ("16:05", "t_peng", "谭老师，资料可以传到学校平台或者群文件，外部网盘链接不发群里哈。", "~"),
    ("16:10", "t_tan", "好的，已上传群文件", "~"),
])
E("2026-11-25", "urgent_freezing_rain", [
    ("21:10", "t_peng", "【紧急通知】明天有冻雨，学校决定周五放学提前到中午12点，请家长提前安排接孩子，注意路上安全。", "~", {"urgent": True}),
    ("21:12", "罗欣怡奶奶", "收到", "qh ack"),
    ("21:15", "曾志强爸爸", "彭老师，班车也提前吗？", "qh"),
])

if __name__ == "__main__":
    build(GROUPS)
