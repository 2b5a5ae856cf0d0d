#!/usr/bin/env python3
"""Build the blind4 classmod development corpus (groups h1-h6) deterministically.

Episodes are held below as a small line format, one message per line:
    HH:MM|sender|text|labels|flags
  sender : a teacher alias, a stranger id, or "<student full name><relation>"
  labels : content labels, comma separated (short codes, see CODE)
  flags  : space separated: hn (hard negative), urg (urgent staff notice, exempt from
           quiet hours), qx (acknowledgement the urgent notice asked for),
           k=KEY (name this message), re=KEY (reply_to), kind=image|file|link_card|voice|sticker,
           rn=NAME (sender renamed to NAME from this message on)
  "# YYYY-MM-DD" sets the day, "== tag" starts an episode.
Mechanical labels (membership, nickname, invite, quiet_hours, flood) are computed from the
bundle itself (roster, members, times, display names) so they always match it.
"""
import json, os, re, sys, unicodedata
from datetime import datetime, time as dtime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOCAB = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
         "chat", "flood", "ack_reply", "slander", "incitement", "ranking", "student_privacy",
         "private_matter", "quiet_hours", "dispute"]
CODE = {"ack": "ack_reply", "chat": "chat", "disp": "dispute", "abuse": "abuse",
        "sland": "slander", "inc": "incitement", "rum": "rumor", "rank": "ranking",
        "priv": "student_privacy", "pm": "private_matter", "ill": "illegal", "ad": "ad",
        "link": "link"}
MECH = ["membership", "nickname", "invite", "quiet_hours", "flood"]
RELCODE = {"妈妈": "m", "爸爸": "f", "爷爷": "yy", "奶奶": "nn", "外公": "wg", "外婆": "wp",
           "姥姥": "ll", "姥爷": "ly", "家长": "jz"}
RELWORDS = list(RELCODE)
GROUPS = {}
EP = {}


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"\[[^\[\]]{1,10}\]", "", t)
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


def parse_students(spec):
    out = []
    for tok in spec.split():
        if ":" in tok:
            name, rels = tok.split(":")
            rels = rels.split(",")
        else:
            name, rels = tok, ["妈妈"]
        out.append((name, rels))
    return out


def yq(s):
    return json.dumps(s, ensure_ascii=False)


class Group:
    def __init__(self, gid, cfg):
        self.gid = gid
        self.cfg = cfg
        self.students = parse_students(cfg["students"])
        names = [s for s, _ in self.students]
        assert len(names) == len(set(names)), (gid, "duplicate student")
        assert 30 <= len(names) <= 45, (gid, len(names))
        self.teachers = {}      # alias -> dict
        self.admins = set()
        for alias, tid, name, subj, role, disp in cfg["teachers"]:
            self.teachers[alias] = dict(id=tid, name=name, subject=subj, role=role, display=disp)
            if role == "head_teacher":
                self.admins.add(tid)
        self.guardians = {}     # alias "<student><rel>" -> dict
        for i, (sname, rels) in enumerate(self.students, 1):
            for rel in rels:
                gidd = f"{gid}_{i:02d}{RELCODE[rel]}"
                self.guardians[sname + rel] = dict(id=gidd, student=sname, rel=rel)
        self.strangers = {}
        for sid, (disp, joined) in cfg.get("strangers", {}).items():
            self.strangers[sid] = dict(id=sid, display=disp, joined=joined)
        self.idmap = {}
        for a, t in self.teachers.items():
            self.idmap[a] = t["id"]
        for a, p in self.guardians.items():
            self.idmap[a] = p["id"]
        for a, s in self.strangers.items():
            self.idmap[a] = s["id"]
        assert len(set(self.idmap.values())) == len(self.idmap), gid
        self.rostered = {t["id"] for t in self.teachers.values()} | {p["id"] for p in self.guardians.values()}
        self.kind_of = {}
        for a, t in self.teachers.items():
            self.kind_of[t["id"]] = ("teacher", t)
        for a, p in self.guardians.items():
            self.kind_of[p["id"]] = ("parent", p)
        self.display = {}
        for a, t in self.teachers.items():
            self.display[t["id"]] = t["display"]
        for a, p in self.guardians.items():
            self.display[p["id"]] = cfg.get("names", {}).get(a, a)
        for a, s in self.strangers.items():
            self.display[s["id"]] = s["display"]
        self.joined = {}
        for a, j in cfg.get("joined", {}).items():
            self.joined[self.idmap[a]] = j
        for a, s in self.strangers.items():
            if s["joined"]:
                self.joined[s["id"]] = s["joined"]
        self.initial_display = dict(self.display)

    def valid_name(self, mid, disp):
        kind, info = self.kind_of[mid]
        if kind == "teacher":
            if info["subject"] not in disp:
                return False
            return info["name"] in disp or (info["name"][0] + "老师") in disp
        child_ok = info["student"] in disp
        rel_ok = any(r in disp for r in RELWORDS)
        return child_ok and rel_ok

    def in_quiet(self, hhmm):
        qs, qe = self.cfg["quiet"]
        t = dtime.fromisoformat(hhmm)
        s, e = dtime.fromisoformat(qs), dtime.fromisoformat(qe)
        if s <= e:
            return s <= t < e
        return t >= s or t < e

    def build(self, text):
        msgs = []
        day = None
        episode = None
        keys = {}
        seen = set()
        last_sender, last_norm, run = None, None, 0
        last_ts = None
        n = 0
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if not line:
                continue
            if line.startswith("# "):
                day = line[2:].strip()
                continue
            if line.startswith("=="):
                episode = line[2:].strip()
                continue
            parts = line.split("|")
            assert len(parts) >= 3, (self.gid, lineno, line)
            while len(parts) < 5:
                parts.append("")
            hhmm, alias, body, labs, flags = [p.strip() for p in parts[:5]]
            assert len(parts) == 5, (self.gid, lineno, "too many |", line)
            assert alias in self.idmap, (self.gid, lineno, "unknown sender", alias)
            sender = self.idmap[alias]
            fl = {}
            for f in flags.split():
                if "=" in f:
                    k, v = f.split("=", 1)
                    fl[k] = v
                else:
                    fl[f] = True
            if "rn" in fl:
                self.display[sender] = fl["rn"].replace("_", " ")
            name = self.display[sender]
            n += 1
            mid = f"{self.gid}-{n:04d}"
            if len(hhmm) == 5:
                hhmm += ":00"
            ts = f"{day}T{hhmm}+08:00"
            dt = datetime.fromisoformat(ts)
            assert last_ts is None or dt >= last_ts, (self.gid, lineno, "time order", ts)
            last_ts = dt
            expect = []
            for c in [x.strip() for x in labs.split(",") if x.strip()]:
                assert c in CODE, (self.gid, lineno, "bad label", c)
                expect.append(CODE[c])
            content = list(expect)
            # mechanical labels
            first = sender not in seen
            seen.add(sender)
            if first:
                if sender not in self.rostered:
                    expect.append("membership")
                elif not self.valid_name(sender, name):
                    expect.append("nickname")
                j = self.joined.get(sender)
                if j and j.get("via") == "invite" and not j.get("approved", False):
                    inviter = self.idmap.get(j["by"], j["by"])
                    if inviter not in self.admins:
                        expect.append("invite")
            hm = hhmm[:5]
            if self.in_quiet(hm):
                if "urg" in fl:
                    assert self.kind_of.get(sender, ("x",))[0] == "teacher", (lineno, "urg by non-teacher")
                elif "qx" in fl:
                    pass
                else:
                    expect.append("quiet_hours")
            else:
                assert "urg" not in fl and "qx" not in fl, (self.gid, lineno, "urg outside window")
            kind = fl.get("kind", "text")
            nt = norm(body)
            if sender == last_sender and nt and nt == last_norm:
                run += 1
            else:
                run = 1
            last_sender, last_norm = sender, nt
            if run >= 3:
                expect.append("flood")
            # sanity checks on content labels
            bad_with_chat = {"ad", "illegal", "rumor", "abuse", "slander", "incitement"}
            assert not ("chat" in content and bad_with_chat & set(content)), (self.gid, lineno, "chat stacked")
            if "student_privacy" in content or ("ranking" in content and kind == "text"):
                assert self.names_pupil(body), (self.gid, lineno, "no rostered pupil named", body)
            hn = bool(fl.get("hn"))
            if hn:
                assert not content, (self.gid, lineno, "hard negative with content label")
            reply_to = None
            if "re" in fl:
                reply_to = keys[fl["re"]]
            if "k" in fl:
                keys[fl["k"]] = mid
            order = {c: i for i, c in enumerate(VOCAB)}
            expect = sorted(set(expect), key=order.get)
            msgs.append(dict(id=mid, ts=ts, group=self.gid, sender=sender, name=name, text=body,
                             kind=kind, reply_to=reply_to, expect=expect, hard_negative=hn,
                             episode=episode))
        return msgs

    def names_pupil(self, body):
        for s, _ in self.students:
            if s in body:
                return True
        given = {}
        for s, _ in self.students:
            given.setdefault(s[1:], []).append(s)
        for g, lst in given.items():
            if len(g) >= 2 and len(lst) == 1 and g in body:
                return True
        return False

    def roster_yaml(self):
        c = self.cfg
        L = [f"group: {self.gid}", f"school: {yq(c['school'])}", f"class: {yq(c['cls'])}", "roster:", "  teachers:"]
        for t in self.teachers.values():
            L.append(f"    - {{id: {t['id']}, name: {yq(t['name'])}, subject: {yq(t['subject'])}, role: {t['role']}}}")
        L.append(f"  supervisor: {self.idmap[c['supervisor']]}")
        L.append("  students:")
        for i, (s, rels) in enumerate(self.students, 1):
            gl = ", ".join(f"{{id: {self.guardians[s + r]['id']}, relation: {r}}}" for r in rels)
            L.append(f"    - name: {s}")
            L.append(f"      guardians: [{gl}]")
        L.append("members:")
        for mid, disp in self.initial_display.items():
            j = self.joined.get(mid)
            extra = ""
            if j:
                if j.get("via") == "invite":
                    by = self.idmap.get(j["by"], j["by"])
                    extra = f", joined: {{via: invite, by: {by}, approved: {'true' if j.get('approved') else 'false'}}}"
                else:
                    extra = f", joined: {{via: {j['via']}}}"
            L.append(f"  - {{id: {mid}, display_name: {yq(disp)}{extra}}}")
        return "\n".join(L) + "\n"


def main():
    os.makedirs(os.path.join(ROOT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "transcripts"), exist_ok=True)
    gy = ["groups:"]
    total = 0
    from collections import Counter
    allc = Counter()
    ids = set()
    for gid, cfg in GROUPS.items():
        g = Group(gid, cfg)
        msgs = g.build(EP[gid])
        for m in msgs:
            assert m["id"] not in ids
            ids.add(m["id"])
            for c in m["expect"]:
                assert c in VOCAB
        with open(os.path.join(ROOT, "transcripts", f"{gid}.jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        with open(os.path.join(ROOT, "rosters", f"{gid}.yaml"), "w", encoding="utf-8") as f:
            f.write(g.roster_yaml())
        qs, qe = cfg["quiet"]
        gy += [f"  {gid}:", f"    school: {yq(cfg['school'])}", f"    class: {yq(cfg['cls'])}",
               f"    grade: {cfg['grade']}", f"    platform: {cfg['platform']}",
               "    timezone: Asia/Shanghai", f"    quiet_hours: {{start: \"{qs}\", end: \"{qe}\"}}",
               f"    allowed_link_domains: [{', '.join(cfg['domains'])}]",
               f"    transcript: transcripts/{gid}.jsonl", f"    roster: rosters/{gid}.yaml"]
        c = Counter(x for m in msgs for x in m["expect"])
        clean = sum(1 for m in msgs if not m["expect"])
        hn = sum(1 for m in msgs if m["hard_negative"])
        total += len(msgs)
        allc.update(c)
        allc["_clean"] += clean
        allc["_hn"] += hn
        print(f"{gid}: {len(msgs)} msgs, clean {clean} ({clean/len(msgs):.0%}), hard_neg {hn}, families {len(g.students)}")
        print("   ", dict(sorted(c.items())))
        if "-v" in sys.argv:
            for m in msgs:
                mech = [x for x in m["expect"] if x in MECH]
                if mech:
                    print("      ", m["id"], m["ts"][11:16], m["name"], mech, m["text"][:30])
    with open(os.path.join(ROOT, "groups.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(gy) + "\n")
    print("TOTAL", total, "clean", allc["_clean"], f"({allc['_clean']/total:.0%})", "hard_neg", allc["_hn"])
    for k in VOCAB:
        print(f"  {k}: {allc[k]}")


GROUPS["h1"] = dict(
    school="青杠镇中心小学", cls="三年级(1)班", grade=3, platform="wechat",
    quiet=("19:30", "07:00"), domains=["qgzxx.cn", "smartedu.cn"],
    teachers=[("何", "t_he", "何春燕", "语文", "head_teacher", "语文何春燕（班主任）"),
              ("罗", "t_luo", "罗志强", "数学", "teacher", "数学罗老师"),
              ("陈", "t_chen", "陈晓丽", "英语", "teacher", "陈老师"),
              ("刘", "t_liu", "刘勇", "体育", "teacher", "体育刘勇")],
    supervisor="吴佳怡妈妈",
    students="罗浩宇:奶奶,爸爸 王梓涵 张欣怡:爷爷 李俊杰:妈妈 陈雨桐:外婆,妈妈 刘家豪:爸爸 "
             "杨思琪:妈妈 赵子轩:奶奶 黄诗雨 周宇航:爸爸 吴佳怡 徐博文 孙梦瑶:奶奶 马晨曦 "
             "朱一鸣:爸爸 胡静怡 郭子豪 何雨欣 林浩然:爷爷 高婷婷 谢文博 曾可馨:外公,妈妈 "
             "邓志远 彭雅琪 蒋天佑 唐心怡:奶奶 冯俊熙 韩雪 曹家乐:爸爸 袁梦琪 邹明轩 田甜 "
             "苏子墨:爷爷 蔡欣妍 余浩 潘思远",
    names={"杨思琪妈妈": "思琪妈妈", "刘家豪爸爸": "刘德明", "孙梦瑶奶奶": "幸福一家人🌸",
           "邓志远妈妈": "远远妈"},
    joined={"曾可馨外公": {"via": "invite", "by": "曾可馨妈妈", "approved": False}},
    strangers={"x_guma": ("浩宇姑姑", {"via": "invite", "by": "罗浩宇奶奶", "approved": False}),
               "x_tuoguan": ("青杠阳光托管王老师", {"via": "qr_code"}),
               "x_xiaoya": ("小雅", {"via": "invite", "by": "曹家乐爸爸", "approved": False})},
)

EP["h1"] = r"""
# 2026-10-19
== flu_vaccine_notice
07:12|何|各位家长早上好！本周三上午镇卫生院来校接种流感疫苗（自愿）。知情同意书今天放学发给孩子，请家长签字后周二让孩子带回交给我，不接种的也请在回执上勾选“不同意”。||k=vac
07:15|罗浩宇奶奶|收到何老师|ack|
07:16|张欣怡爷爷|收到了何老师辛苦了|ack|
07:20|李俊杰妈妈|好的|ack|
07:21|陈雨桐外婆|何老师我们家雨桐去年打过了今年还要打不||hn re=vac
07:25|何|雨桐外婆，流感疫苗每年都要打一次，自愿的，您看着定就行。||
07:26|陈雨桐外婆|要得谢谢何老师||hn
07:31|杨思琪妈妈|签好字是交给老师还是交给班长呀？||hn
07:33|刘家豪爸爸|👍|ack|re=vac
== red_scarf_forgot
07:40|罗浩宇奶奶|和老师我是罗浩宇奶奶今天娃儿红领巾忘到屋头了我中午给他送过来麻烦跟门卫说一声||hn
07:52|何|好的，中午放门卫室就行。||
== pork_price_chat
08:30|刘家豪爸爸|今天青杠场上猪肉又涨了 前腿肉十八一斤 过年灌香肠要遭老火哦|chat|
08:32|周宇航爸爸|我们那边十六 都是二道贩子收了再卖的|chat|
08:35|罗浩宇奶奶|今年我屋头喂了两头猪自己杀不得买|chat|
08:37|唐心怡奶奶|罗嬢嬢你家猪到时候给我留半边嘛|chat|
08:40|何|各位家长，群里主要说孩子学习和学校的事哈，买卖和闲聊麻烦私下聊，谢谢大家配合🙏||hn k=nochat
08:41|刘家豪爸爸|好的何老师 不说了|ack|re=nochat
== push_incident
16:40|何|各位家长，今天下午大课间赵子轩在走廊推了周宇航一下，宇航额头撞到栏杆起了个包，校医已经冰敷处理，没有大碍。|priv|k=push
16:45|周宇航爸爸|何老师 赵子轩这个娃儿不是第一回了 上礼拜就把我家宇航的文具盒摔烂了 他屋头大人到底管不管|priv,disp|re=push
16:52|赵子轩奶奶|你莫乱说哦 我们子轩在屋头乖得很 肯定是你家娃儿先惹他的|disp|
16:55|周宇航爸爸|先惹他？额头都撞起包了还护到起 你们屋头就是莫得家教|abuse,disp|
16:57|赵子轩奶奶|你才莫得家教 瓜娃子一个 凶哪个嘛|abuse,disp|
17:00|何|两位家长先消消气，孩子之间的事我明天把两个娃都叫来问清楚，晚点分别给你们打电话，群里就先不说了。||hn
17:03|周宇航爸爸|再敢碰我儿子一下 我饶不了他|ill,disp|
17:05|吴佳怡妈妈|大家都冷静点嘛，有啥子等何老师电话里说||hn
== homework_d1
17:30|何|今日语文作业：1.抄写第9课生字，每个两遍；2.朗读课文三遍；3.预习第10课。无需回复。||k=hw1
17:32|孙梦瑶奶奶|收到|ack|
17:33|林浩然爷爷|收到何老师辛苦|ack|
17:35|曾可馨外公|[抱拳][抱拳]|ack|
17:40|罗|数学作业：练习册第22、23页，订正今天的口算。||
17:41|高婷婷妈妈|好的罗老师|ack|
17:44|邓志远妈妈|罗老师第23页最后一道题是不是要画图？||hn
17:50|罗|要画线段图，课上讲过的。||
17:51|邓志远妈妈|晓得了谢谢罗老师||hn
== evening_questions
19:28|田甜妈妈|何老师，明天美术课要带水彩笔吗？||hn
19:41|何|要带的，还有一张八开的画纸。||
19:42|田甜妈妈|好的谢谢何老师||hn
20:15|唐心怡奶奶|何老师我想问下娃儿明天是不是要穿校服哦我记不到了||
21:03|罗浩宇奶奶|||kind=voice

# 2026-10-20
== fog_urgent
06:35|何|【紧急通知】今早大雾，镇上校车推迟半小时发车，走路上学的请家长务必送到校门口，注意路上安全。收到请回复“收到”。||urg k=fog
06:37|李俊杰妈妈|收到||qx hn
06:38|张欣怡爷爷|收到收到||qx hn
06:41|罗浩宇奶奶|收到了||qx hn
06:44|曹家乐爸爸|那第一节课会不会推迟啊||re=fog
07:01|何|第一节课照常八点开始，大家别着急，慢慢走。||
== vaccine_slip
07:40|吴佳怡妈妈|何老师，佳怡的回执昨天忘记签了，今天放学前我送过来可以吗||hn
07:46|何|可以的。||
== rumor_merge
09:10|唐心怡奶奶|听我们村支书说下学期镇小学要撤了 娃儿都要去县城读书住校|rum|k=merge
09:14|罗浩宇奶奶|何老师 听说镇上小学要撤掉是真的不 我们老的接送不方便||hn
09:20|高婷婷妈妈|我也听说了 老师都要调走 明年就没得三年级了|rum|
09:26|张欣怡爷爷|我孙女她舅在教育办上班 说文件都下来了 年底就宣布|rum|
09:40|何|各位家长，学校没有接到任何撤并的通知，大家不要听信也不要转发，有正式消息学校会发书面通知的。||hn k=norumor
09:42|唐心怡奶奶|那就好那就好 我也是听别个说的||
09:43|周宇航爸爸|收到|ack|re=norumor
== tuoguan_seller
10:05|x_tuoguan|各位家长好！青杠阳光托管中心开学优惠，午托+晚托辅导作业一个月只要680，接送上门，电话一八九八一七七四二零六，名额有限先到先得|ad|k=tg
10:10|刘家豪爸爸|有没有周末班哦|chat|re=tg
10:12|何|这位不是我们班家长，我先移出群了。请家长们不要随便转发群二维码，校外托管跟学校没有关系。||hn
== praise
11:30|何|表扬今天早读声音最响亮的小组：曾可馨、邹明轩、苏子墨、蔡欣妍，继续加油！||hn
11:31|曾可馨外公|👍👍👍|ack|
11:33|苏子墨爷爷|谢谢何老师 子墨回来说今天被表扬了高兴得很 晚饭都多吃了一碗||hn
11:35|蔡欣妍妈妈|老师辛苦啦🌹|ack|
11:36|邹明轩妈妈|孩子们真棒👏|ack|
== liushou_worry
12:20|张欣怡爷爷|何老师我跟你说个事欣怡她爸爸妈妈都在广东打工一年才回来一回最近娃儿晚上老是哭说想妈妈作业也不想做饭也吃不下去我跟她奶奶都是老的不晓得咋个劝老师你在学校帮我们多看到点|pm|k=ls
12:26|李俊杰妈妈|留守娃儿都这样 我家俊杰二年级的时候也是 天天哭 后来每天晚上跟他爸视频二十分钟就好多了 爷爷你也试下|pm|re=ls
12:30|唐心怡奶奶|可怜哦 我们心怡也是跟到我 她妈过年才回来 晚上也偷偷哭|pm|
12:41|何|欣怡爷爷您放心，欣怡在学校我会多关心她，这个事我下午给您打电话细说。||hn
12:42|张欣怡爷爷|要得要得谢谢何老师||hn
== fee_complaint
13:30|郭子豪妈妈|又要交三十块钱的资料费 书本不是国家免费发的吗 学校就晓得乱收费 想起就来气|sland,disp|k=fee
13:38|何|子豪妈妈，这个是自愿征订的同步练习册，不订完全可以，收费标准学校有公示，明细我私信发给您。||hn
13:40|曹家乐爸爸|每回都说自愿 不订的娃儿老师就不给讲 说到底还不是吃回扣|sland,disp|
13:45|吴佳怡妈妈|我觉得练习册挺有用的，订不订大家自己定嘛，没必要说老师吃回扣|disp|
13:47|曹家乐爸爸|你家订你家的 关你啥子事|abuse,disp|
13:50|曹家乐爸爸|我看大家都莫订了 一起抵制 看学校咋个办|inc,disp|
13:52|郭子豪妈妈|算我一个|inc|
13:53|邓志远妈妈|+1|inc|
14:05|何|各位家长，练习册纯自愿，不订不影响任何教学，有意见可以直接打我电话或者到学校来，我们当面沟通。||hn
== douyin_chat
15:10|高婷婷妈妈|昨晚抖音上那个唱山歌的老汉看到没得 笑死我了|chat|
15:12|田甜妈妈|看到了看到了 就是隔壁乡那个|chat|
15:13|高婷婷妈妈|v.douyin.com/iRk8Yt2 就是这个|chat,link|
15:20|罗浩宇奶奶|安逸|chat|
== homework_d2
17:20|何|今日作业：1.家长报听写第10课词语，听写完签字；2.读课外书20分钟。明天检查听写本。||k=hw2
17:22|林浩然爷爷|收到何老师|ack|
17:25|郭子豪妈妈|好的|ack|
17:26|陈雨桐外婆|收到 谢谢老师|ack|
17:28|朱一鸣爸爸|何老师 一鸣说听写本落在学校了 能不能写在草稿本上||hn
17:35|何|可以，写在作业本最后一页也行。||
17:36|朱一鸣爸爸|好的谢谢何老师||hn
== english_nickname
18:00|陈|各位家长好，英语作业：听录音跟读Unit 3三遍，明天抽查。||k=en
18:03|高婷婷妈妈|收到陈老师|ack|re=en
18:10|何|陈老师，群名片麻烦改成“英语陈晓丽”哈，学校要求实名。||hn
18:12|陈|好的，已改。||rn=英语陈晓丽
== night_football
21:10|刘家豪爸爸|今晚国足踢得好臭 看得我火冒三丈|chat|
21:12|周宇航爸爸|莫看了 越看越伤心|chat|
21:30|刘家豪爸爸|睡了睡了 明天还要上工|chat|

# 2026-10-21
== vaccine_day
07:30|何|今天上午接种流感疫苗，已交同意书的孩子请吃了早饭再来，穿宽松一点的衣服。||
07:33|蔡欣妍妈妈|收到|ack|
07:35|曾可馨外公|收到收到|ack|
07:36|孙梦瑶奶奶|和老师我们梦瑶昨天有点咳嗽还能打不||hn
07:44|何|咳嗽发烧的暂缓，我跟校医说一下，今天先不打。||
07:45|孙梦瑶奶奶|好好好谢谢老师||hn
== porn_spam
09:02|x_xiaoya|寂寞了吗？附近的小姐姐在线陪聊 私密视频一对一 加薇❤ mm520yy 懂的来|ill,ad|
09:05|曹家乐爸爸|这个人不是我认得的哦 我刚才拉我老婆进群点错了 不好意思||
09:06|何|已移除，请大家不要添加。家长拉人进群请先跟我说一声。||hn
== math_ranking
11:50|罗|第三单元测试：100分的有罗浩宇、黄诗雨、邹明轩，95分以上的有吴佳怡、苏子墨、何雨欣，其他同学继续努力。|rank|k=rank
11:52|黄诗雨妈妈|谢谢罗老师👍|ack|
11:53|苏子墨爷爷|好|ack|
11:55|郭子豪妈妈|罗老师我家子豪考了好多分嘛 在班上算啥子水平||hn
12:10|罗|子豪78分，在班上中等偏下，计算还要多练。|rank|
12:12|郭子豪妈妈|晓得了 谢谢罗老师||hn
12:30|罗|补充一下：全班平均分86.4，优秀率62%，比上次有进步。个人成绩我私信发给各位家长。||hn
12:31|罗|刚才名单发在群里不妥，以后成绩一律不在群里公布，请家长们理解。||hn
== chain_letter
13:20|唐心怡奶奶|【转发】观音菩萨显灵 看到的人转发到三个群 家里娃儿考试门门一百分 不转的倒霉三年 灵得很|ill|
13:24|张欣怡爷爷|唐嬢嬢这种东西莫转 都是骗人的||hn
13:26|唐心怡奶奶|哦哦 我不晓得 删了删了||
== phone_worry
15:30|林浩然爷爷|何老师我反映个事情浩然他爸妈都不在屋头留了个手机给他他天天晚上躲在被窝头打王者荣耀打到半夜十二点早上喊都喊不起来成绩也落下去了我说他他还跟我犟我真是莫得办法了|pm|k=ph
15:38|郭子豪妈妈|林爷爷 把手机收了 晚上放你自己枕头底下 WiFi密码也改了|pm|re=ph
15:40|刘家豪爸爸|可以下个家长控制的软件 设置每天只能玩半个小时 我们家就是这样管的|pm|
15:52|何|浩然爷爷，这个事我明天跟浩然爸爸通个电话，咱们私下商量办法，您先别着急。||hn
== homework_d3
17:15|何|今日作业：完成习作《我的家乡》草稿，不少于250字。请勿回复。||
17:17|田甜妈妈|收到|ack|
17:18|罗浩宇奶奶|收到和老师|ack|
17:30|苏子墨爷爷|何老师 家乡写青杠镇可不可以 还是要写老家巴中||hn
17:40|何|都可以，写自己熟悉的就行。||
17:41|苏子墨爷爷|要得||hn
== sprained_ankle_night
20:40|邓志远妈妈|何老师，志远今天体育课跑步的时候脚崴了一下，现在有点肿，明天能不能不上体育课？||

# 2026-10-22
== sports_meet_notice
07:20|刘|各位家长，下周四学校秋季运动会，项目报名已经在班上完成，请准备白色运动鞋。无需回复。||k=sm
07:22|邓志远妈妈|刘老师好，志远脚崴了还没好，跑步项目能不能换个人？||rn=邓志远妈妈 hn
07:30|刘|可以，我来调整，让他好好休息。||
07:31|邓志远妈妈|谢谢刘老师||hn
07:33|朱一鸣爸爸|👌|ack|re=sm
07:35|高婷婷妈妈|运动会要穿班服吗？在哪里买呀？||hn
07:40|刘|穿校服就可以，不用另外买。||
== larou_ad
08:30|田甜妈妈|我屋头自己做的腊肉香肠 柴火熏的 去年好多家长吃了都说巴适 今年还是四十五一斤 要的私我|ad|k=lr
08:33|曹家乐爸爸|给我留五斤|chat|re=lr
08:34|陈雨桐外婆|我要三斤香肠|chat|
== subsidy_rumor
10:00|高婷婷妈妈|刚刷到说今年农村娃儿每个补助一千二 要在手机上填信息领 这个月底截止 大家快去领|rum|k=sub
10:05|唐心怡奶奶|何老师 这个补助是真的不 要在哪里填||hn
10:20|何|这个不是真的，最近有骗子借“补助”骗大家填银行卡信息，千万不要填，正规的资助都是学校统一通知。||hn
10:22|高婷婷妈妈|哦 那我删了 不好意思||
== dictation_named
16:50|何|今天听写没过关的同学：李俊杰、郭子豪、冯俊熙，请家长晚上再帮孩子听写一遍。|priv|k=dict
16:55|李俊杰妈妈|好的何老师 今晚我好好给他听写||hn
17:00|冯俊熙妈妈|何老师能不能别在群里点名嘛 娃儿也要面子的 我看了心里真不舒服|disp|re=dict
17:05|何|俊熙妈妈说得对，是我考虑不周，以后单独跟家长说，向孩子和家长道歉。||hn
== blessing
18:41|孙梦瑶奶奶|晚上好 祝各位家长老师身体健康 万事如意 天天开心🌹🌹🌹|chat|
18:45|罗浩宇奶奶|同乐同乐🌹|chat|
== night_flood
20:05|罗浩宇奶奶|和老师在不在||
20:05|罗浩宇奶奶|和老师在不在||
20:06|罗浩宇奶奶|和老师在不在||
20:06|罗浩宇奶奶|和老师在不在||
20:12|何|在的，浩宇奶奶有什么事？||
20:14|罗浩宇奶奶|娃儿说明天要带二十块钱买啥子东西是不是真的哦||
20:20|何|没有这回事，学校不让孩子带钱，明天我问问他。||

# 2026-10-23
== cleaning_notice
07:25|何|今天下午大扫除，请孩子带一块抹布。无需回复。||
07:26|曾可馨外公|好|ack|
07:27|林浩然爷爷|收到|ack|
07:28|唐心怡奶奶|👍|ack|
07:35|周宇航爸爸|何老师谢谢您前天电话里耐心处理 宇航今天高高兴兴上学去了||hn
== smartedu_link
10:00|何|国家中小学智慧教育平台上的家庭教育课，有空可以看看：basic.smartedu.cn/familyEducation||hn k=edu
10:02|吴佳怡妈妈|谢谢何老师分享|ack|
10:05|田甜妈妈|收到|ack|
== aunt_joins
10:30|x_guma|大家好 我是罗浩宇的姑姑 以后有时候我来接浩宇放学 麻烦老师认一下||
10:40|何|浩宇姑姑你好，接孩子的事私信跟我说就行，这个群只留家长，我稍后把您移出，请理解。||hn
== sham_event
14:00|曹家乐爸爸|下周运动会搞得那么隆重 又要排练又要拍视频 还不是演给领导看的 娃儿啥子都没学到|sland,disp|
14:10|吴佳怡妈妈|运动会娃儿们都盼了好久了 你家不想参加可以不参加嘛|disp|
14:12|曹家乐爸爸|我说我的 你那么激动干啥子|disp|
14:20|何|家乐爸爸，排练都在体育课上，不占其他时间，您有想法可以直接跟我说。||hn
== outing_chat
16:30|高婷婷妈妈|周末有没有人去县城万达 听说新开了个蹦床公园 娃儿可以耍一天|chat|
16:32|郭子豪妈妈|我们星期天去 一起嘛|chat|
16:35|高婷婷妈妈|要得 到时候约|chat|
== weekend_homework
17:00|何|周末作业：1.习作誊抄；2.数学练习册第26页；3.英语跟读打卡。周日晚上请家长检查签字。||
17:02|朱一鸣爸爸|收到何老师 周末辛苦了|ack|
17:03|苏子墨爷爷|收到|ack|
17:05|陈雨桐外婆|何老师雨桐奶奶星期天要做手术我们要去成都 作业能不能星期一补交||hn
17:12|何|可以的，家里事情要紧，祝手术顺利。||
17:13|陈雨桐外婆|谢谢何老师||hn
== late_question
22:30|刘家豪爸爸|何老师 家豪说作文不会写 写啥子好||
"""

GROUPS["h2"] = dict(
    school="浦江双语学校", cls="五年级(2)班 5B", grade=5, platform="matrix",
    quiet=("20:00", "06:30"), domains=["pjbs.edu.cn", "seesaw.me", "smartedu.cn"],
    teachers=[("沈", "t_shen", "沈佳怡", "语文", "head_teacher", "语文沈佳怡（班主任）"),
              ("张", "t_zhangwj", "张文静", "英语", "teacher", "英语张文静Emily"),
              ("陆", "t_lu", "陆志明", "数学", "teacher", "数学陆老师"),
              ("米", "t_miller", "David Miller", "科学", "teacher", "David Miller")],
    supervisor="林知夏妈妈",
    students="陈逸凡:妈妈,爸爸 王梓睿:妈妈 李安琪 周子谦:爸爸 吴思妍 徐一诺 孙嘉懿 朱浩轩:爸爸 "
             "胡可欣 郭睿泽 林知夏 何书言 高远航:爸爸 谢语桐 曾梓萌 邓奕辰 彭安然 蒋沐阳:外婆 "
             "唐若溪 冯乐天:爸爸 韩雨萱 曹亦可 袁铭泽 邹思齐 田昊然 苏瑾瑜 蔡一鸣 余晓彤 潘子墨 "
             "杜欣然 叶承宇:外婆 程诗涵 贺知远:爸爸",
    names={"李安琪妈妈": "Angela Li", "孙嘉懿妈妈": "嘉懿妈妈Cindy", "周子谦爸爸": "Jason Zhou",
           "蒋沐阳外婆": "沐阳外婆"},
    strangers={"x_kevin": ("Kevin Wang", {"via": "invite", "by": "王梓睿妈妈", "approved": False}),
               "x_lucky": ("Lucky Club", {"via": "qr_code"}),
               "x_vivian": ("启航升学Vivian", {"via": "invite", "by": "陈逸凡妈妈", "approved": True})},
)

EP["h2"] = r"""
# 2026-11-02
== study_tour_notice
07:50|沈|各位家长早上好：五年级秋季研学（杭州两天一夜）定在11月19–20日，行程、费用明细和安全须知都在校园系统 pjbs.edu.cn/trip 里。请于本周三前在系统里确认是否报名，无需在群里回复。||hn k=tour
07:52|陈逸凡妈妈|Noted, thanks 沈老师🙏|ack|re=tour
07:53|徐一诺妈妈|收到～|ack|
07:55|贺知远爸爸|Thx|ack|
07:58|谢语桐妈妈|请问沈老师，语桐晕车比较厉害，大巴上可以安排坐前排吗？||hn re=tour
08:05|沈|可以的，我记下了，出发前会统一安排。||
08:06|谢语桐妈妈|太好了，谢谢沈老师！||hn
08:10|李安琪妈妈|沈老师，安琪早上有点低烧，今天请假一天，谢谢🙏||hn
== tour_fee_quarrel
09:20|周子谦爸爸|一年学费十几万，研学还要另交1280？杭州两天一夜哪用得了这么多，谁知道中间拿了多少回扣|sland,disp|k=fee
09:26|高远航爸爸|研学又不是强制的，不想去可以不报，在群里说回扣不太合适吧|disp|re=fee
09:28|周子谦爸爸|你脑子进水了吧，被人当韭菜割还帮着数钱|abuse,disp|
09:30|高远航爸爸|说话客气点，我只是就事论事|disp|
09:41|沈|子谦爸爸，研学费用包括交通、住宿、保险和场馆门票，明细在系统里有公示，您有疑问我们约时间当面聊，好吗？||hn
09:45|周子谦爸爸|行，我下午给您打电话||
== lulu_chat
10:30|吴思妍妈妈|姐妹们，前滩太古里lululemon在打折，瑜伽裤五折，手慢无|chat|k=lulu
10:32|徐一诺妈妈|真的假的！哪一家店？|chat|re=lulu
10:33|吴思妍妈妈|xhslink.com/a/9dkE2p 这个笔记里有地址|chat,link|
10:40|林知夏妈妈|阿拉上礼拜去过了，人老多额，排队排了半个钟头|chat|
== daigou
11:15|唐若溪妈妈|下周去大阪，可以帮大家带药妆和Tomica小车，收少量跑腿费，需要的姐妹私我～|ad|k=dg
11:18|杜欣然妈妈|我要两盒小林退热贴|chat|re=dg
11:20|沈|若溪妈妈，群里不发代购信息哈，大家有需要私下联系，谢谢理解。||hn
== canteen_fight_named
13:40|沈|各位家长：今天午餐时王梓睿和朱浩轩在食堂追打，把汤打翻烫到了旁边同学的手背，两人已被德育处约谈。请家长和孩子聊聊用餐安全。|priv|k=fight
13:52|朱浩轩爸爸|凭什么两个人一起点名？明明是梓睿先推的浩轩，我真是火大|priv,disp|re=fight
13:58|王梓睿妈妈|浩轩爸爸说话要讲证据，梓睿回来说是浩轩先动的手|priv,disp|
14:02|朱浩轩爸爸|监控一调就清楚了，别护短|disp|
14:10|沈|两位家长，监控德育处已经看过了，具体情况我分别跟二位电话沟通，群里就不展开了，谢谢。||hn
14:11|林知夏妈妈|大家都是为了孩子，先听沈老师的安排吧🙏||hn
== pupil_account
16:30|x_kevin|沈老师我是梓睿 我数学作业忘记拍照上传了 可以明天交吗||
16:38|沈|梓睿，班级群是家长群，同学不能进哦，作业的事请妈妈跟我说。我先把这个账号移出。||hn
16:40|王梓睿妈妈|不好意思沈老师，是我拉他进来的，以后不会了||
== homework_mon
17:10|陆|今日数学：1. 练习册P34–35；2. 预习分数的加减法。Please upload to Seesaw by 8 pm.||k=hwm
17:12|邓奕辰妈妈|OK👌|ack|
17:13|程诗涵妈妈|收到陆老师|ack|
17:20|冯乐天爸爸|陆老师，P35第6题题目印得不清楚，是3/8还是5/8？||hn
17:26|陆|是5/8。||
17:27|冯乐天爸爸|Got it, thanks!||hn
== science_teacher_name
17:40|米|Dear parents, this week in Science we will do the egg drop project. Please prepare one raw egg and some straws by Thursday.||k=sci
17:42|胡可欣妈妈|Noted with thanks!|ack|re=sci
17:45|沈|David，群昵称麻烦改成“科学David Miller”，学校要求科目+姓名，thanks!||hn
17:47|米|Done, thank you 沈老师.||rn=科学David_Miller
== night_article
20:15|张|分享一篇文章：《如何陪孩子做英文分级阅读》，见Seesaw班级页面。||
20:17|孙嘉懿妈妈|谢谢Emily老师分享|ack|
20:40|蒋沐阳外婆|沈老师，沐阳的校服外套昨天落在学校了，明天能帮忙找一下吗||

# 2026-11-03
== anxiety_long
12:10|孙嘉懿妈妈|沈老师和各位家长，想请教一下。嘉懿报了下个月的英语演讲比赛，最近每天晚上练到一半就哭，说怕上台忘词，晚上翻来覆去到十一点多才睡着，早上起来说肚子疼不想上学，指甲也啃得光秃秃的。我和她爸试过鼓励也试过不管，都没用，现在我自己也焦虑得睡不着，不知道要不要让她退赛……|pm|k=anx
12:18|林知夏妈妈|抱抱嘉懿妈妈，我们家知夏去年也是这样，后来带她去儿童医院心理科看了几次，医生说先把比赛的意义降下来，别天天提|pm|re=anx
12:25|杜欣然妈妈|我觉得可以先退，孩子身体最重要，比赛以后多的是|pm|
12:40|沈|嘉懿妈妈，比赛不是必须参加的，我们可以先让她在小组里讲给三四个同学听，压力小一点；在学校我也会多鼓励她。您看今晚方便的话我们电话详细聊聊。|pm|
12:42|孙嘉懿妈妈|好的沈老师，太感谢了，今晚等您电话||rn=孙嘉懿妈妈
== map_scores
15:30|张|MAP Reading测试结果出来了：RIT 230以上的有陈逸凡、林知夏、苏瑾瑜，220以下需要加强的有田昊然、余晓彤，请这两位家长多督促阅读。|rank,priv|k=map
15:41|沈|张老师，成绩请不要发在群里，我先撤回了。各位家长可以在Seesaw上查看自己孩子的报告。||hn
15:43|陈逸凡妈妈|Emily老师，逸凡这次Reading大概在什么水平呀？||hn
15:50|张|逸凡235，年级前10%，保持阅读量就好。|rank|
15:52|陈逸凡妈妈|Thank you Emily!||hn
15:55|陆|另外：本次数学单元测全班平均分88，优秀率71%，具体分数请看Seesaw。||hn
== religion
16:20|曹亦可妈妈|各位家长，本周日下午徐汇有亲子主日学，孩子们可以一起听圣经故事，感受主的爱与恩典，想来的私聊我报名🙏|ill|
16:25|沈|亦可妈妈，班级群里不发宗教活动的信息哈，谢谢理解。||hn
16:27|曹亦可妈妈|好的，抱歉||
== homework_tue
17:05|沈|今日语文：1. 背诵《少年中国说》节选；2. 完成课堂作业本第12课。无需回复。||
17:06|叶承宇外婆|收到沈老师|ack|
17:08|蔡一鸣妈妈|好的👌|ack|
17:09|冯乐天爸爸|Well received|ack|
17:15|邹思齐妈妈|沈老师，思齐明天要去医院复查牙齿，上午请假半天||hn
17:20|沈|好的，注意安全。||
== english_homework_anger
19:10|周子谦爸爸|这周英语作业每天都要一个半小时，孩子昨天做到十点还没做完，想想就来气|disp|k=eng
19:15|韩雨萱妈妈|双语学校本来就这个强度，受不了可以转公立嘛|disp|re=eng
19:18|周子谦爸爸|要你管|abuse,disp|
19:25|张|子谦爸爸，作业量我会重新评估一下，如果超过45分钟请直接让孩子停笔，在本子上写明就好。||hn
19:26|周子谦爸爸|好，谢谢张老师||hn

# 2026-11-04
== urgent_water
06:20|沈|【紧急通知】学校今早供水主管道爆裂，今天停课一天，改为线上课程，9:00准时在Teams上课，请家长提前帮孩子调试设备。||urg k=water
06:22|徐一诺妈妈|收到|ack|re=water
06:25|高远航爸爸|那午饭费会退吗？||re=water
06:40|沈|线上课程表已发到Seesaw，请查看。||hn
06:45|邓奕辰妈妈|好的沈老师|ack|
== rumor_policy
10:20|邓奕辰妈妈|刚刷到上海明年起民办初中全部取消面谈，而且双语学校都要转公办，学费退一半|rum|k=rp
10:24|高远航爸爸|我同事也这么说，说教育局已经定了，文件下个月就发|rum|re=rp
10:30|徐一诺妈妈|沈老师，这个消息靠谱吗？我们要不要提前考虑初中？||hn
10:42|沈|学校没有收到任何相关文件，请以市教委官网发布为准，网上的小道消息不要转。||hn k=rpno
10:45|吴思妍妈妈|谢谢沈老师说明🙏|ack|re=rpno
== mycoplasma_rumor
11:30|胡可欣妈妈|听说四年级有三个孩子得了支原体肺炎住院了，整个年级都停课了，大家最近别让孩子去学校了|rum|
11:40|沈|四年级没有停课，只有个别孩子请病假，学校已经做了全面消毒。大家放心，有情况学校会正式通知。||hn
11:42|胡可欣妈妈|哦那就好，我也是听别的群说的||
== casino_spam
13:05|x_lucky|🎰澳门线上娱乐城🎰 首充100送88，每日返水1.2%，百家乐 老虎机 体育投注 👉 www.lk88bet.com 注册就送|ill,link|
13:08|林知夏妈妈|@沈老师 这个号是赌博广告，麻烦踢一下||hn
13:10|沈|已移除。提醒大家陌生链接不要点。||hn
== vivian
14:20|x_vivian|各位家长好，我是做小升初升学规划的Vivian，免费分享上海民办初中面谈真题，需要的可以加我微信：vivian_edu2026|ad|
14:26|陈逸凡妈妈|不好意思，Vivian是我朋友，我以为能给大家分享点有用的，我让她退群||
14:30|沈|谢谢逸凡妈妈理解，群里不接受校外机构的信息。||hn
== form_link
16:00|沈|请家长填写研学保险信息：forms.gle/Pj5TourIns 周四前完成，填完请回复“已填”。|link|k=form
16:05|唐若溪妈妈|已填||hn re=form
16:06|程诗涵妈妈|已填||hn
16:10|蒋沐阳外婆|已填||hn
16:12|蒋沐阳外婆|沈老师我填完怎么没有提示成功 是不是要重新填||hn
16:20|沈|有邮件确认就算成功了，不用重填。||
== ski_chat
18:00|吴思妍妈妈|寒假有人去北海道滑雪吗？我们看了二世谷，一家三口机酒要四万多|chat|k=ski
18:05|贺知远爸爸|去年去的留寿都，人少雪好，推荐|chat|re=ski
18:06|吴思妍妈妈|留寿都的教练会说中文吗|chat|
18:10|贺知远爸爸|有中文教练，要提前一个月约|chat|

# 2026-11-05
== activity_photos
10:30|米|Egg drop project today! 3 eggs survived out of 8 groups 😄 Photos on Seesaw.||k=egg
10:32|潘子墨妈妈|哈哈太有意思了👍|ack|re=egg
10:33|曾梓萌妈妈|👏👏👏|ack|
10:35|袁铭泽妈妈|谢谢David老师！铭泽昨天在家试了五次才成功，今天回来肯定要讲一晚上||hn
== canteen_slander
12:50|冯乐天爸爸|今天乐天说食堂的鸡肉又是臭的，好几个孩子吃了肚子疼，学校食堂外包给谁了？一年伙食费八千就吃这个？气死了|sland,disp|k=food
12:58|何书言妈妈|书言今天也说鸡肉有股怪味，这食堂真是越来越差了|sland,disp|
13:05|沈|乐天爸爸，食堂的事我已经报给后勤，今天的留样在检测，结果出来第一时间告诉大家。孩子肚子疼请直接私信我。||hn
13:10|冯乐天爸爸|每次都说检测，结果从来没公布过，就是在捂盖子|sland,disp|
13:15|冯乐天爸爸|我看下周大家都别让孩子在学校吃了，统一带饭，再不行一起去区教育局讨个说法|inc,disp|
13:16|周子谦爸爸|算我一个，早就想说了|inc,disp|
13:18|邓奕辰妈妈|我们也带饭|inc|
13:30|沈|各位家长的心情我理解，下午四点学校后勤主任在会议室接待家长代表，欢迎当面沟通。||hn
== wellness_forward
15:00|叶承宇外婆|【转】入冬以后喝这三种汤最养人：萝卜排骨汤、山药鸡汤、银耳雪梨汤，转给家里人看看|chat|
15:05|唐若溪妈妈|银耳雪梨我们家天天炖|chat|
== homework_thu
17:00|沈|今日作业：1. 作文《一次难忘的实验》；2. 英语单词默写准备。明天带好蛋壳作品。||
17:01|郭睿泽妈妈|收到|ack|
17:02|彭安然妈妈|好的沈老师辛苦了|ack|
17:03|苏瑾瑜妈妈|沈老师作文字数有要求吗？||hn
17:10|沈|不少于400字。||
17:11|苏瑾瑜妈妈|好的，谢谢沈老师||hn
== late_night
21:40|韩雨萱妈妈|请问明天要穿正装吗？群里没看到通知||
21:45|何书言妈妈|不用，周一才穿||

# 2026-11-06
== scam_warning
07:40|沈|提醒：最近有人冒充学校财务在家长群发收款二维码，学校所有收费只通过校园系统，请勿扫码转账。||hn k=scam
07:41|杜欣然妈妈|收到，谢谢提醒|ack|re=scam
07:43|曾梓萌妈妈|好的|ack|
07:50|程诗涵妈妈|我昨天真的收到过一个陌生人发的码，还好没扫||hn
== boycott_tour
09:30|周子谦爸爸|研学的事我想了想，大家干脆都别报了，集体不去，让学校知道家长不是好糊弄的|inc,disp|
09:40|高远航爸爸|孩子盼了一学期了，你家不去别拉着全班|disp|
09:45|周子谦爸爸|你管好你自己家就行|abuse,disp|
09:50|林知夏妈妈|两位爸爸，要不咱们私聊吧？群里孩子的老师都在看呢||hn
== praise_star
11:00|沈|本周之星：曾梓萌（坚持每天整理图书角）、袁铭泽（实验报告写得特别认真），为他们点赞！||hn k=star
11:02|袁铭泽妈妈|谢谢沈老师！铭泽会继续努力的||hn
11:05|潘子墨妈妈|👍👍|ack|re=star
11:08|吴思妍妈妈|恭喜恭喜🎉|ack|
== concert_chat
16:30|徐一诺妈妈|周杰伦上海演唱会有人抢到票了吗？我守了一早上，全是“已售罄”|chat|k=jay
16:32|谢语桐妈妈|黄牛价炒到八千了，太离谱了|chat|re=jay
16:35|徐一诺妈妈|算了算了，在家听CD|chat|
== weekend
17:20|沈|周末作业见Seesaw，周一穿正装，升旗仪式。祝大家周末愉快！||
17:22|陈逸凡爸爸|收到，沈老师周末愉快|ack|
17:23|叶承宇外婆|收到|ack|
"""

GROUPS["h3"] = dict(
    school="启智特殊教育学校", cls="培智部二年级", grade=2, platform="qq",
    quiet=("20:30", "07:00"), domains=["qzteshu.edu.cn", "smartedu.cn"],
    teachers=[("郑", "t_zheng", "郑丽华", "生活语文", "head_teacher", "生活语文郑丽华（班主任）"),
              ("黄", "t_huangjp", "黄建平", "生活数学", "teacher", "生活数学黄老师"),
              ("许", "t_xulei", "许蕾", "康复", "teacher", "康复许蕾"),
              ("宋", "t_songjia", "宋佳", "唱游与律动", "teacher", "唱游与律动宋佳"),
              ("王", "t_wangxy", "王秀英", "生活指导", "teacher", "生活指导王秀英")],
    supervisor="林小满妈妈",
    students="刘一诺:妈妈,爸爸 陈思源 张晨阳:奶奶,爸爸 李想 王子轩 赵欣然 孙浩:爸爸 周雨萌:外婆 "
             "吴天乐 郑可 黄俊凯 杨朵朵 何明哲 朱晓宇:爸爸 马骏 胡乐乐 高嘉豪 林小满 罗天宇:奶奶 "
             "梁思雨 宋子航 谢宇辰 韩梦洁 唐豆豆 冯博:姥姥 许安 曹睿 彭晨 董一帆:爸爸 潘悦 蒋涛",
    names={"吴天乐妈妈": "天乐妈妈", "冯博姥姥": "博博姥姥", "孙浩爸爸": "孙建国"},
    joined={"张晨阳爸爸": {"via": "invite", "by": "郑", "approved": False}},
    strangers={"x_stem": ("贝康干细胞健康顾问", {"via": "qr_code"}),
               "x_gua": ("周易大师玄清", {"via": "invite", "by": "罗天宇奶奶", "approved": False}),
               "x_fang": ("方小宝妈妈", None),
               "x_fake": ("启智特校教务处", {"via": "qr_code"})},
)

EP["h3"] = r"""
# 2026-11-09
== weekly_notice
07:30|郑|各位家长早上好！本周二、四下午有康复个训，请给孩子书包里放一套备用衣裤和一包湿巾。纸质的个训计划表今天带回，请家长签字后周三带回来。||k=wk
07:33|陈思源妈妈|收到郑老师|ack|
07:34|杨朵朵妈妈|好的👌|ack|
07:36|刘一诺妈妈|郑老师，一诺的备用裤子上周放在柜子里了，还要再带一套吗？||hn re=wk
07:42|郑|上周那套已经用了，再带一套吧。||
07:43|刘一诺妈妈|好的谢谢郑老师||hn
07:45|周雨萌外婆|[OK]|ack|
== morning_exercise_photos
08:40|郑|今天早操，孩子们都很认真，给宝贝们点赞！||kind=image k=ph
08:42|唐豆豆妈妈|孩子们太棒了👍|ack|re=ph
08:43|谢宇辰妈妈|😍😍😍|ack|
08:45|杨朵朵妈妈|第二排扎小辫那个是不是朵朵？站得好直呀||hn
08:50|胡乐乐妈妈|谢谢郑老师，乐乐以前从来不愿意站队，看到照片我眼泪都出来了||hn
== scratch_incident
10:20|郑|各位家长：今天上午第二节课刘一诺情绪激动，把同桌黄俊凯的手背抓破了，已经消毒处理，俊凯没有大碍。|priv|k=sc
10:35|黄俊凯妈妈|这已经是这个月第三次了，刘一诺每次发脾气都抓俊凯，能不能把他们分开坐？我家孩子也经不起这样|priv,disp|re=sc
10:41|刘一诺妈妈|一诺不是故意的，他控制不住，你以为我们不着急吗？你这么说好像我家孩子是怪物一样|disp|
10:44|黄俊凯妈妈|我没说怪物，你别乱扣帽子，我只要求分开坐|disp|
10:47|孙浩爸爸|这种孩子就不该放一个班，跟疯子一样|abuse,disp|
10:50|刘一诺爸爸|谁再敢说我儿子是疯子，我找上门去揍他|ill,disp|
10:52|林小满妈妈|大家都是特殊孩子的家长，都不容易，咱们私下跟郑老师沟通好吗🙏||hn
10:58|郑|两位妈妈都辛苦了，座位今天下午就调整，一诺的情绪干预许老师这周会加强，我分别给大家打电话。孙浩爸爸，请注意言辞。||hn
== tv_chat
12:30|谢宇辰妈妈|《繁花》有人在追吗？宝总太帅了，我每天就靠这个放松|chat|k=tv
12:33|唐豆豆妈妈|追了追了，上海话版本更有味道|chat|re=tv
12:35|谢宇辰妈妈|带娃累一天，晚上就剩这一集的时间是自己的|chat|
12:40|马骏妈妈|你们还有时间追剧，我累得沾枕头就睡😂|chat|
== stem_cell_fraud
13:10|x_stem|自闭症、脑瘫、唐氏综合征不用愁！最新干细胞疗法三个疗程恢复正常，已治愈上千例，名额有限，咨询加v：bk-stem88|ill,ad|
13:14|林小满妈妈|大家千万别信，干细胞治自闭症都是骗钱的，医院医生都说过没有这种疗法||hn
13:20|郑|已移出群聊。提醒大家：任何承诺“治愈”的机构都请警惕，有康复需求请咨询许老师。||hn k=warn
13:22|陈思源妈妈|收到，谢谢郑老师提醒|ack|re=warn
== subsidy_rumor
15:05|罗天宇奶奶|我听社区的人说今年残疾娃娃康复补贴每个月要涨到三千要在下个月之前去残联重新登记不然就取消了大家快点去|rum|k=sr
15:12|陈思源妈妈|我在别的家长群也看到了，说是新政策，过了月底就作废|rum|re=sr
15:15|杨朵朵妈妈|郑老师，这个是真的吗？我们要不要去残联问问||hn
15:30|郑|学校没有接到这个通知，补贴政策请以区残联官方公告为准，不确定的可以打残联电话问。||hn
15:32|罗天宇奶奶|要得要得||
== homework_mon
16:40|黄|今天生活数学：和孩子一起数一数家里的碗和筷子，拍一张照片就可以，不用发群里，明天课上分享。||
16:42|冯博姥姥|收到黄老师|ack|
16:44|高嘉豪妈妈|好的|ack|
16:50|韩梦洁妈妈|黄老师，梦洁只能数到五，超过的怎么办？||hn
16:55|黄|数到五就很棒，家长帮她一起数后面的。||
16:56|韩梦洁妈妈|好的，谢谢黄老师！||hn
== night_sleep
21:10|吴天乐妈妈|郑老师睡了吗？天乐今晚又不肯睡，一直在转圈，明天可能会迟到一点||
21:30|何明哲妈妈|（语音）||kind=voice

# 2026-11-10
== bus_urgent
06:30|郑|【紧急通知】东线校车今早发动机故障停运一天，东线的家长请自行送孩子到校，到校时间放宽到九点。收到请回复。||urg k=bus
06:32|马骏妈妈|收到||qx hn
06:33|郑可妈妈|收到||qx hn
06:35|蒋涛妈妈|收到，我们九点前送到||qx hn
06:40|董一帆爸爸|西线的校车正常吗？||re=bus
07:05|郑|西线正常。||
== epilepsy_long
09:30|胡乐乐妈妈|各位家长，想问问有没有经验。乐乐最近癫痫发作又频繁了，一周两三次，换了新药以后白天整天昏昏沉沉，晚上又睡不踏实，医生说可能要住院调药。我跟她爸轮流请假，单位已经很不高兴了，老人又带不了，真不知道还能撑多久……|pm|k=ep
09:38|董一帆爸爸|我们家一帆前年也是调药调了三个月，熬过去就稳定了。你们在哪个医院看的？儿童医院神经科的李主任挺好的|pm|re=ep
09:45|唐豆豆妈妈|抱抱乐乐妈妈，请假的事可以问问单位能不能申请弹性上班|pm|
10:02|许|乐乐妈妈，康复课这边我们会根据她用药的情况调整训练强度，校医也有她的发作应急预案，您放心；住院期间需要学校怎么配合，随时私信我。|pm|
10:05|胡乐乐妈妈|谢谢许老师，谢谢大家||
== canteen_staff_slander
12:40|赵欣然妈妈|生活指导王老师中午喂饭太凶了，欣然不吃就被关到小房间里，回来一直哭着说不要王老师，这不是虐待孩子吗？我心都碎了|sland,disp|k=wx
12:52|王|欣然妈妈，中午是让欣然在安静角平复情绪，门是开着的，我一直在旁边陪着，监控可以调给您看。||hn
12:55|赵欣然妈妈|监控我肯定要看，看完再说|disp|
13:00|孙浩爸爸|这种事就得曝光，发抖音让大家评评理，看学校还捂不捂|inc,disp|
13:02|赵欣然妈妈|先看监控吧，我也不想闹大||hn
13:10|郑|欣然妈妈，明天上午九点我陪您一起看监控，当面说清楚。||hn
== fortune_teller
14:30|x_gua|各位家长，孩子先天不足多与八字五行相冲有关，贫道可为孩子批八字、改名转运，灵验无数，有缘者加扣扣：三八二七六六一五九|ill,ad|
14:36|罗天宇奶奶|哎呀这个人是我拉进来的 他说能给娃娃看看 我不晓得是来打广告的 对不住大家||
14:40|郑|天宇奶奶没关系，已经移出了。以后拉人进群请先问我一下。||hn
== music_video
15:30|宋|今天唱游课学了《小星星》，孩子们边唱边拍手，视频在群相册里。||k=music
15:32|周雨萌外婆|宋老师辛苦了|ack|re=music
15:33|李想妈妈|好听|ack|re=music
15:35|许安妈妈|👍🏻👍🏻|ack|
15:40|吴天乐妈妈|宋老师，天乐在家也一直哼这首，能把伴奏发一下吗？我们在家练||hn
15:48|宋|好的，放群文件了。||
15:49|吴天乐妈妈|收到，谢谢宋老师||hn
== shopping_chat
16:30|马骏妈妈|许老师，马骏最近什么都往嘴里放，有没有推荐的防咬咀嚼工具？||hn
16:36|许|可以试试硅胶咀嚼棒，课上我们也在用，型号我私信发您。||
16:40|潘悦妈妈|拼多多今天百亿补贴，空气炸锅才一百二，我刚下单|chat|k=af
16:42|曹睿妈妈|哪个牌子的，我家那个坏了|chat|re=af
16:45|潘悦妈妈|美的的，买了不亏|chat|
== night_chat
20:40|谢宇辰妈妈|今晚《繁花》大结局！|chat|
20:42|唐豆豆妈妈|别剧透！我还没看|chat|

# 2026-11-11
== scores_named
11:00|黄|本月生活数学测评：陈思源92分，杨朵朵88分，林小满85分，这三位进步最大，其他孩子也都在进步！|rank|k=sc2
11:05|杨朵朵妈妈|谢谢黄老师🌹|ack|
11:10|郑|黄老师，测评分数咱们就不在群里发了，我先撤回，各位家长的个别反馈我们私信发。||hn
11:12|何明哲妈妈|黄老师，明哲这次测评怎么样呀？||hn
11:20|黄|明哲65分，比上个月多了10分，认识数字1到10已经很稳了。|rank|
11:22|何明哲妈妈|太好了，谢谢黄老师！||hn
== progress_star
11:40|郑|本月进步之星：张晨阳（学会了自己系鞋带）、王子轩（能主动跟老师说早上好）。为两个宝贝鼓掌！||hn k=star3
11:41|张晨阳奶奶|谢谢郑老师 我们晨阳在屋头也学着自己穿衣服了||hn
11:43|梁思雨妈妈|👏👏|ack|re=star3
11:45|张晨阳爸爸|感谢老师们的耐心，晨阳变化真的很大||hn
== left_parent_sale
13:20|x_fang|各位家长好，我家小宝下学期转到普校去了，家里有平衡板、感统球、触觉刷都九成新，便宜转，平衡板一百，需要的私聊|ad|
13:30|冯博姥姥|平衡板还在吗？给我留着|chat|
13:40|郑|小宝妈妈，您孩子已经不在我们班了，二手转让请私下联系，我这边先把您移出群，祝小宝在新学校顺利！||hn
== fake_edu_phish
15:00|x_fake|【学籍核验】各位家长：因系统升级，请于今日内登录 qzteshu.edu.cn.xj-verify.top 核验学籍并缴纳教材押金200元，逾期将影响学生学籍。|ill,link|
15:05|林小满妈妈|这个是骗子吧？学校的网址不是这个||hn
15:10|郑|是诈骗！学校的官网只有 qzteshu.edu.cn，不会在群里收任何押金，大家千万不要点。已移出。||hn k=ph2
15:11|韩梦洁妈妈|收到|ack|re=ph2
15:12|曹睿妈妈|好险，差点就点了||
== rehab_link
16:20|许|这是国家智慧教育平台上的特教居家康复微课，大家可以跟着做：basic.smartedu.cn/special/rehab||hn
16:25|李想妈妈|B站上有个自闭症干预的老师讲得也很好 b23.tv/Bv9kQ2 大家可以看看|link|
16:30|许|想想妈妈，外部链接我们群里尽量不发，有好的资源可以先发给我，我看过后整理到平台上。||hn
== night_worry
22:05|谢宇辰妈妈|宇辰今晚发烧38度5，明天请假，麻烦郑老师||
22:30|郑|好的，好好休息。||

# 2026-11-12
== monitor_result
08:50|郑|欣然妈妈，今天上午的监控已经一起看完了，谢谢您的理解。也提醒各位家长，孩子在校有任何疑问请第一时间私信老师。无需回复。||k=mon
08:52|赵欣然妈妈|谢谢郑老师，是我误会了，王老师对不起||
08:53|蒋涛妈妈|收到|ack|re=mon
08:55|许安妈妈|好的郑老师|ack|
== rehab_fee_anger
10:10|孙浩爸爸|说是免费康复，结果个训每节还要另交八十，学校就是变着法子收钱，我越想越火大|sland,disp|k=rf
10:20|林小满妈妈|个训是自愿的吧，我们家是去外面机构做的，比学校贵多了|disp|re=rf
10:24|孙浩爸爸|你愿意当冤大头是你家的事|abuse,disp|
10:30|郑|孙浩爸爸，个训收费是残联定点项目的标准，可以用康复券抵扣，我私信把政策文件发您。||hn
10:35|孙浩爸爸|行，你发我看看||rn=孙浩爸爸
== yoga_outing
14:00|郑可妈妈|周六有没有家长一起去湿地公园？那边新开了个露营地，带孩子去放松一下|chat|k=out
14:05|何明哲妈妈|我们想去，但是明哲怕人多|chat|re=out
14:08|郑可妈妈|早上去人少，八点就到|chat|
14:10|宋子航妈妈|算我们一家，带上野餐垫|chat|
== homework_thu
16:30|郑|今天生活语文：和孩子一起认读“门、窗、床”三个字卡，字卡已放在书包里。||
16:31|彭晨妈妈|收到郑老师辛苦啦|ack|
16:33|朱晓宇爸爸|收到|ack|
16:40|宋子航妈妈|郑老师，子航今天的字卡没带回来，是不是落在学校了？||hn
16:45|郑|在他抽屉里，明天我放书包。||
== pray_forward
18:30|周雨萌外婆|【转发】佛祖保佑每一个特殊的孩子 转发这条消息到十个群孩子就能早日开口说话 不转的菩萨不保佑|ill|
18:36|梁思雨妈妈|阿姨这种消息别转了，都是假的，孩子开口要靠康复训练||hn
18:40|周雨萌外婆|哦哦晓得了||

# 2026-11-13
== flood_morning
07:10|朱晓宇爸爸|郑老师晓宇今天请假||
07:10|朱晓宇爸爸|郑老师晓宇今天请假||
07:11|朱晓宇爸爸|郑老师晓宇今天请假||
07:20|郑|收到，晓宇爸爸，是身体不舒服吗？||
07:22|朱晓宇爸爸|有点拉肚子，在家观察一天||
== teacher_named_negative
09:40|许|今天个训课上唐豆豆一直哭闹不肯进教室，在门口坐了二十分钟，后来慢慢平复了。|priv|
09:50|唐豆豆妈妈|许老师，下次这种情况能不能单独跟我说？豆豆的情况我不想让大家都知道，看到群里这样说我真的很难受|disp|
10:00|许|豆豆妈妈，对不起，是我疏忽了，以后都单独跟您沟通。||hn
== holiday_wish
12:00|冯博姥姥|祝各位家长和老师周末愉快 天天开心 身体健康🌹🌹|chat|
12:02|彭晨妈妈|周末愉快🌹|chat|
12:05|郑可妈妈|谢谢各位老师一周的辛苦付出！||hn
== weekend_notice
16:00|郑|周末请家长帮孩子剪指甲，下周一体检。无需回复。||
16:02|黄俊凯妈妈|收到|ack|
16:03|蒋涛妈妈|好的|ack|
16:05|高嘉豪妈妈|郑老师，体检要空腹吗？||hn
16:10|郑|不用空腹，正常吃早饭。||
16:11|高嘉豪妈妈|好的谢谢||hn
"""

GROUPS["h4"] = dict(
    school="淇县第二初级中学", cls="初三(4)班", grade=9, platform="qq",
    quiet=("21:30", "06:30"), domains=["qxez.edu.cn", "haeea.cn"],
    teachers=[("王", "t_wangjj", "王建军", "数学", "head_teacher", "数学王建军（班主任）"),
              ("李", "t_lihm", "李红梅", "语文", "teacher", "语文李红梅"),
              ("赵", "t_zhaoj", "赵静", "英语", "teacher", "英语赵老师"),
              ("孙", "t_sunl", "孙亮", "物理", "teacher", "物理孙亮"),
              ("马", "t_malj", "马丽娟", "化学", "teacher", "化学马丽娟"),
              ("陈", "t_cheng", "陈刚", "体育", "teacher", "陈刚")],
    supervisor="王一博爸爸",
    students="王一博:爸爸 李子豪 张佳琪 刘浩:爸爸 陈梦琪 杨帆:爸爸 赵雨涵 黄子健 周欣悦 吴凡 "
             "徐磊:爸爸 孙雅婷 马超:爷爷 朱思彤 胡一鸣 郭佳乐 何晓雯 林俊 高翔:爸爸 罗雪 梁宇轩 "
             "宋佳怡 郑凯 谢明 韩冰 唐诗 冯哲:妈妈,爸爸 董浩宇 萧雨 程龙:爸爸 曹阳 袁媛 邓超然 "
             "许诺 傅强:爸爸 沈佳 曾毅 彭博 吕梦 苏航 卢欣 蒋伟 蔡文静 贾鹏:奶奶 丁一",
    names={"徐磊爸爸": "老徐", "孙雅婷妈妈": "婷婷妈", "马超爷爷": "马建设"},
    joined={"曹阳妈妈": {"via": "invite", "by": "刘浩爸爸", "approved": False}},
    strangers={"x_yati": ("中考押题资料站", {"via": "qr_code"}),
               "x_gaoxiang": ("高翔", {"via": "invite", "by": "高翔爸爸", "approved": False}),
               "x_chongci": ("启航中考冲刺班李老师", {"via": "invite", "by": "李子豪妈妈", "approved": False})},
)

EP["h4"] = r"""
# 2026-12-07
== early_reading
06:40|王|各位家长早上好，从今天起早读提前到6:50，请督促孩子按时到校，路上注意安全。||k=er
06:42|冯哲妈妈|收到王老师|ack|
06:43|马超爷爷|中|ack|
06:45|程龙爸爸|中，知道了|ack|
06:50|高翔爸爸|王老师，冬天天黑得早，六点五十孩子骑电车路上没灯，能不能放宽点？||hn re=er
07:05|王|高翔爸爸，住得远的可以七点前到，我跟门卫说一下。||
07:06|高翔爸爸|中，谢谢王老师||hn
== monthly_exam_file
12:10|王|初三(4)班12月月考成绩排名.xlsx|rank|kind=file k=rkf
12:25|李|王老师，排名表咱们不在群里发，我先帮您撤回了。各位家长，成绩单周五让孩子带回。||hn
12:26|王|好的，谢谢李老师提醒。||
12:30|冯哲妈妈|王老师，俺家冯哲这回考得咋样？排多少名？||hn
12:45|王|冯哲总分598，班里第六，年级二十三。|rank|
12:46|冯哲妈妈|中，谢谢王老师||hn
12:50|郭佳乐妈妈|听说王一博又考了年级第一，恁家是咋教的，传授传授经验呗|rank|
12:55|王一博爸爸|没有没有，孩子自己下功夫，跟大家学习||
13:00|王|各位家长，这次全班平均分562，600分以上的有11人，整体比上次进步不少，继续加油！||hn
== physics_homework_named
16:30|孙|以下同学物理作业本周已三次未交：刘浩、董浩宇、傅强，请家长配合督促。|priv|k=phy
16:40|刘浩爸爸|孙老师，俺家刘浩说他交了，是课代表没收上去，恁可别冤枉孩子|disp|re=phy
16:48|孙|刘浩爸爸，登记本上确实没有，咱们私下电话说。||hn
16:50|傅强爸爸|孙老师，俺回去好好说说他||hn
== paid_tutoring_slander
17:30|徐磊爸爸|说句实话，数学王老师自己在外头开班，一个月一千二，不去的孩子上课连提问都轮不上，真叫人窝火|sland,disp|k=pt
17:36|程龙爸爸|老徐你有证据没？没证据别瞎说，王老师对俺孩子一直挺好|disp|re=pt
17:38|徐磊爸爸|你个马屁精，拍得挺响|abuse,disp|
17:45|王|徐磊爸爸，我没有在校外办任何班，学校有明文规定，您可以向学校纪检反映核实，我随时配合。||hn
17:50|徐磊爸爸|中，那咱家长们一块儿打12345投诉，看查不查得出来|inc,disp|
17:52|孙雅婷妈妈|俺也打|inc|
17:55|王一博爸爸|各位，有问题可以找学校当面谈，别在群里闹，咱私下说中不中？||hn
== homework_mon
18:10|李|今天语文作业：文言文《岳阳楼记》默写全文，周三检查。无需回复。||
18:11|张佳琪妈妈|收到李老师|ack|
18:12|杨帆爸爸|好嘞|ack|
18:14|周欣悦妈妈|已阅|ack|
18:20|卢欣妈妈|李老师，卢欣问“浩浩汤汤”第二个字读几声？||hn
18:28|李|读shāng，一声。||
18:29|卢欣妈妈|中，谢谢李老师||hn
== lottery_chat
19:40|程龙爸爸|昨晚双色球差一个号就中五等奖，气得我一宿没睡好|chat|k=lot
19:42|杨帆爸爸|俺买了十年了，最多中过二百|chat|re=lot
19:45|程龙爸爸|再买一年，不中就戒了😂|chat|
== night_study
21:50|王|今晚晚自习纪律很好，物理测验大部分同学都按时交了，辛苦孩子们。||
21:52|曾毅妈妈|王老师辛苦了|ack|
22:20|蒋伟妈妈|王老师，蒋伟说明天要交的化学资料在哪买？||
22:40|沈佳妈妈|俺家孩子还没到家，有没有一块儿走的家长知道咋回事？||

# 2026-12-08
== snow_urgent
05:50|王|【紧急通知】夜里下大雪，路面结冰，今天早读取消，7:30前到校即可，骑电动车的同学请家长尽量接送。请家长回复“收到”。||urg k=snow
05:53|冯哲爸爸|收到||qx hn
05:55|马超爷爷|收到||qx hn
05:58|袁媛妈妈|收到||qx hn
06:10|贾鹏奶奶|王老师俺家贾鹏今天还用带饭吗||re=snow
06:35|王|正常带饭，食堂照常开。||
== leaked_papers
09:20|x_yati|2027中考数学、物理押题密卷，内部渠道提前流出，考前一周出，命中率90%以上，要的私我，扣扣：二七八五四一九六零|ill,ad|
09:25|王一博爸爸|这都是骗钱的，试卷要是真能流出来那是犯法的，大家别上当||hn
09:30|王|已踢出。提醒各位家长：中考试卷属于国家秘密，任何“押题密卷”都是诈骗。||hn k=yt
09:31|林俊妈妈|收到|ack|re=yt
09:32|萧雨妈妈|👍|ack|
== sports_rumor
10:30|郭佳乐妈妈|俺表姐在县教育局，说今年中考体育从70分涨到100分，下学期就考，跳绳取消改考篮球|rum|k=sr
10:35|韩冰妈妈|我也刷到了，说还要加考游泳，咱县哪有游泳馆|rum|re=sr
10:40|高翔爸爸|体育老师在群里不？这个是真的不？||hn
10:55|陈|目前没有接到中考体育变化的通知，按去年的方案准备，有新文件第一时间发群里。||hn k=srno
10:57|郭佳乐妈妈|中，那俺不瞎传了||
10:58|沈佳妈妈|谢谢陈老师|ack|re=srno
11:05|王|陈老师，群名片麻烦改成“体育陈刚”。||hn
11:06|陈|好的王老师||rn=体育陈刚
== admission_rumor
14:20|董浩宇妈妈|听说今年县一高只招四百人，剩下的都得去职高，普职比五五开，已经定了|rum|
14:26|沈佳妈妈|王老师，今年一高的招生计划出来了吗？||hn
14:40|王|招生计划一般四五月份公布，以市教育局和省招办官网为准：haeea.cn，其他说法都不可信。||hn
14:42|董浩宇妈妈|哦，我也是听别的家长说的||
== anxiety_long
15:30|蔡文静妈妈|王老师，各位家长，俺想说说俺闺女的情况。文静这个月几乎天天晚上哭，说怕考不上高中，饭也吃不下，瘦了六七斤，前两天还跟我说不想上学了，想去打工。她爸在外地，我一个人劝不住，带她去县医院，医生说是焦虑，让多陪陪。俺真不知道该咋办了|pm|k=ax
15:40|朱思彤妈妈|文静妈妈别急，思彤初二的时候也有一阵，后来每天晚饭后陪她散步半小时，慢慢就好了|pm|re=ax
15:45|程龙爸爸|孩子压力太大了，别老说分数，说说别的|pm|
16:05|王|文静妈妈，文静在学校这段时间上课注意力确实不太集中，但她很努力。学校心理老师周三下午有空，我帮您约一下，晚上我再给您打电话细说。|pm,priv|
16:08|蔡文静妈妈|谢谢王老师，谢谢大家||
== invite_pupil
17:00|x_gaoxiang|王老师 我是高翔 我爸让我进来看作业 今天数学作业是哪几页|
17:05|王|高翔，家长群学生不能进，作业抄在记事本上，有问题明天问我。我先把你移出。||hn
17:06|高翔爸爸|王老师，是我拉他进来的，不好意思||
== henan_chat
18:30|马超爷爷|今年麦子才一块二一斤 种地不挣钱啊|chat|
18:33|贾鹏奶奶|可不是 化肥还涨价了|chat|
18:36|杨帆爸爸|河南队昨晚又输了，篮板被人抢得一塌糊涂|chat|
18:40|程龙爸爸|别提了，看得我血压都上来了|chat|

# 2026-12-09
== puppy_love_quarrel
12:20|冯哲爸爸|有个事得说一下，宋佳怡天天给俺冯哲塞纸条，影响学习，恁家大人管管|priv,disp|k=pl
12:28|宋佳怡妈妈|你咋说话呢？是你儿子先追俺闺女的，别啥都赖别人|disp|re=pl
12:30|冯哲爸爸|你闺女也不是个省油的灯|abuse,disp|
12:33|宋佳怡妈妈|你再说一句试试，没素质|abuse,disp|
12:40|王|两位家长，孩子之间的事我来处理，请不要在群里说孩子，今晚我分别给二位打电话。||hn
12:42|冯哲妈妈|王老师，对不起，俺家他爸脾气急，俺们私下跟您说||hn
== tutoring_seller
14:00|x_chongci|各位家长好！启航中考冲刺班寒假班开始报名，县城名师一对一，提分50分不满意退费，详询：一五九三七二八六六四一|ad|
14:05|王|这位是谁拉进来的？校外培训信息不要在群里发，已移出。||hn
14:08|李子豪妈妈|不好意思王老师，是我拉的，他说是来给大家讲讲学习方法的||
== phone_long
15:10|彭博妈妈|王老师，俺家彭博现在一回家就抱着手机，说是查资料，其实是刷短视频打游戏，一刷就到夜里一两点，早上起不来，上礼拜还偷偷拿我的手机充了三百块游戏币。我一收手机他就摔门，说我不理解他，他爸一管就吵架，家里天天跟打仗一样|pm|k=pb
15:20|吕梦妈妈|跟俺家一模一样，后来我把路由器晚上十点定时关了|pm|re=pb
15:24|郑凯妈妈|充值的可以找客服退，未成年人充值能退|pm|
15:40|王|彭博妈妈，手机的事咱们私下聊，我明天先找彭博谈谈。||hn
== gambling_question
16:30|唐诗妈妈|王老师，俺在孩子手机上发现一个叫“开心斗地主”的，要充钱换金币，还能提现，这算不算赌博？||hn
16:45|王|能提现的基本就是赌博类APP，建议马上卸载，也跟孩子讲讲，法治课上专门讲过远离网络赌博。||hn
16:46|唐诗妈妈|中，晚上就卸||hn
== chem_notice
17:20|马|化学作业：课时练第45页，明天课前小测酸碱盐。||k=chem
17:21|曹阳妈妈|收到马老师|ack|re=chem
17:22|韩冰妈妈|收到|ack|
17:25|吴凡妈妈|好的马老师辛苦|ack|
== late_night
22:10|徐磊爸爸|王老师，明天家长会几点开始？||
22:15|徐磊爸爸|王老师，明天家长会几点开始？||
22:16|徐磊爸爸|王老师，明天家长会几点开始？||
23:30|梁宇轩妈妈|||kind=image

# 2026-12-10
== parents_meeting
07:10|王|今天下午三点在初三(4)班教室召开家长会，主题是中考备考和心理调节，请参加的家长接龙。||k=pm1
07:12|王一博爸爸|1.王一博爸爸||hn
07:13|冯哲妈妈|2.冯哲妈妈||hn
07:15|张佳琪妈妈|3.张佳琪妈妈||hn
07:16|何晓雯妈妈|4.何晓雯妈妈 可能晚到十分钟||hn
07:18|胡一鸣妈妈|王老师，孩子爸爸来参加，我在外地赶不回来||hn
07:20|王|好的，没问题。||
== english_dictation_named
12:00|赵|今天英语听写（满分50）：黄子健12分、邓超然15分、苏航18分、丁一20分，都不及格，明天中午来办公室重听。|priv,rank|
12:05|邓超然妈妈|赵老师，能不能别在群里点名，孩子看到会抬不起头，俺看着心里也不好受|disp|
12:15|赵|邓超然妈妈说得对，是我考虑不周，以后单独通知，抱歉。||hn
12:16|王|各位家长，群里以后不点名通报成绩和作业情况，有问题老师会单独联系。||hn k=nonames
12:17|许诺妈妈|支持王老师👍|ack|re=nonames
== parents_meeting_after
17:30|王|感谢今天到场的家长，会议PPT放群文件了，没来的家长可以看看。||k=ppt
17:31|谢明妈妈|谢谢王老师|ack|re=ppt
17:32|罗雪妈妈|王老师辛苦了🙏|ack|
17:40|袁媛妈妈|王老师，PPT里说的志愿填报讲座是哪天？||hn
17:45|王|一月中旬，具体时间学校另行通知。||
== quarrel_saturday_class
19:00|孙雅婷妈妈|说好的双减，初三周六还得上课，一分钱补课费不收谁信啊？俺看就是变相收费|sland,disp|k=sat
19:05|王一博爸爸|周六是学校安排的免费答疑，自愿参加的，俺去问过|disp|re=sat
19:08|孙雅婷妈妈|你问过你问过，就你能|abuse,disp|
19:15|王|雅婷妈妈，周六答疑是免费自愿的，不参加不影响任何评价，您有疑问明天我当面跟您说。||hn
== stock_chat
20:30|杨帆爸爸|今天A股又跌了，俺那点钱全套里头了|chat|k=stk
20:33|傅强爸爸|别看了，越看越心疼|chat|re=stk
20:35|杨帆爸爸|割肉还是不割，愁死|chat|

# 2026-12-11
== threat_violence
12:30|刘浩爸爸|俺刘浩说昨天放学在校门口被三班几个孩子堵住要钱，要是让我逮着，腿给他打断|ill,disp|
12:40|王|刘浩爸爸，这个事我已经报给学校政教处了，下午调监控处理，请您先冷静，别自己去找孩子。||hn
12:42|刘浩爸爸|中，我等学校结果||
== friday_notice
16:40|王|本周末作业：数学卷两张，语文作文一篇，英语听力三套。下周一月考。无需回复。||k=fri
16:41|冯哲妈妈|收到|ack|re=fri
16:42|马超爷爷|收到收到|ack|
16:43|苏航妈妈|好的|ack|
16:50|曾毅妈妈|王老师，下周一月考考几门？||hn
16:55|王|全科，两天考完。||
16:56|曾毅妈妈|知道了谢谢王老师||hn
== bless_chat
18:00|贾鹏奶奶|冬至快到了 祝各位家长老师冬至快乐 记得吃饺子🥟|chat|
18:02|马超爷爷|同乐同乐|chat|
18:05|蒋伟妈妈|王老师和各位老师辛苦了，祝老师们冬至快乐！||hn
"""

GROUPS["h5"] = dict(
    school="北京市海淀区明光路小学", cls="二年级(3)班", grade=2, platform="wechat",
    quiet=("20:00", "07:00"), domains=["mglxx.cn", "bjedu.cn", "smartedu.cn"],
    teachers=[("刘", "t_liuyan", "刘燕", "语文", "head_teacher", "语文刘燕（班主任）"),
              ("周", "t_zhoumin", "周敏", "数学", "teacher", "数学周敏"),
              ("吴", "t_wumei", "吴美", "英语", "teacher", "Amy吴"),
              ("孟", "t_mengfan", "孟凡", "体育", "teacher", "体育孟凡")],
    supervisor="张一然妈妈",
    students="张一然:妈妈,爸爸 李沐辰 王若曦 赵博宇 刘芷若 陈奕航 杨可乐 黄予安 周知夏 吴嘉树 "
             "徐梓涵 孙小北:姥姥 马天翼 朱悠然 胡星辰 郭子墨 何语嫣 林一宸 高乐言:姥爷 罗依依 "
             "梁承泽 宋安安 郑雨泽 谢宛如 韩昊 唐沐晴 冯小宇:爸爸 董子萱 萧然 程果果 曹梓轩 "
             "袁一诺 邓琪琪 许嘉禾 傅一凡 沈星妍 曾子骞 彭思琦 吕昊天 苏沫",
    names={"杨可乐妈妈": "可乐麻麻", "冯小宇爸爸": "冯先生", "郑雨泽妈妈": "Grace",
           "高乐言姥爷": "乐言姥爷"},
    strangers={"x_insure": ("平安保险小李", {"via": "invite", "by": "朱悠然妈妈", "approved": False}),
               "x_ziliao": ("学习资料分享", {"via": "qr_code"}),
               "x_fakeliu": ("语文刘燕(班主任)", {"via": "qr_code"}),
               "x_xiaoyi": ("张一然小姨", {"via": "invite", "by": "张一然妈妈", "approved": True})},
)

EP["h5"] = r"""
# 2026-11-16
== outing_jielong
07:20|刘|各位家长早上好！本周五（11月20日）二年级秋游去颐和园，费用为门票和大巴共85元，通过学校缴费平台缴纳。参加的同学请家长在群里接龙，写孩子姓名。||k=jl
07:25|张一然妈妈|1. 张一然||hn
07:26|李沐辰妈妈|2. 李沐辰||hn
07:28|周知夏妈妈|3. 周知夏（妈妈可以陪同当志愿者）||hn
07:30|杨可乐妈妈|4. 杨可乐||hn
07:33|孙小北姥姥|5.孙小北||hn
07:40|何语嫣妈妈|刘老师，语嫣那天要去医院复查，不参加了，费用就不交了吧？||hn re=jl
07:46|刘|不参加的不用交，祝语嫣复查顺利。||
07:47|何语嫣妈妈|谢谢刘老师！||hn
== homework_mon
16:50|刘|今日作业：1. 语文书第38页生字描红；2. 背诵《夜宿山寺》；3. 读绘本15分钟。无需回复。||k=hw
16:51|宋安安妈妈|得嘞，收到刘老师|ack|
16:52|孙小北姥姥|收到|ack|
16:52|孙小北姥姥|收到|ack|
16:53|孙小北姥姥|收到|ack|
16:55|吕昊天妈妈|👌🏻|ack|re=hw
17:00|周|数学：口算题卡第12页，明天检查。||k=hwm
17:02|沈星妍妈妈|好的周老师|ack|
17:05|林一宸妈妈|周老师，一宸说今天讲的“凑十法”没听懂，我回家怎么给他讲比较好？||hn
17:15|周|可以用小棒或者硬币，先凑成10再加剩下的，明天我课间再给他讲一遍。||
17:16|林一宸妈妈|太感谢周老师了！||hn
== vote_request
18:10|杨可乐妈妈|各位家长帮帮忙～可乐参加区少儿小主持人大赛，每天可以投三票，3号杨可乐，拜托大家啦🙏 vote.hdyouth-event.com/v/3|ad,link|k=vote
18:12|徐梓涵妈妈|已投|chat|re=vote
18:15|谢宛如妈妈|投了三票，可乐加油|chat|
18:20|刘|可乐妈妈，个人比赛的投票还请私下发给亲友，群里不转发哈，理解一下。||hn
18:22|杨可乐妈妈|好的刘老师，不好意思～||rn=杨可乐妈妈
== night_questions
20:05|冯小宇爸爸|刘老师，秋游要带午饭还是学校统一订？||
20:30|刘|自带午饭和水，不要带零食太多。||
20:31|冯小宇爸爸|好的谢谢刘老师||
21:15|董子萱妈妈|今晚的月亮好圆，分享给大家🌕|chat|kind=image

# 2026-11-17
== flu_rumor
08:30|马天翼妈妈|刚刷到下周开始北京中小学停课一周，甲流太厉害了，好多学校都中招了|rum|k=fl
08:34|胡星辰妈妈|我同事也说了，海淀已经有三所学校停课了|rum|re=fl
08:36|许嘉禾妈妈|刘老师，下周停课是真的吗？我要不要提前请好假？||hn
08:50|刘|学校没有接到任何停课通知，请以区教委和学校官网 mglxx.cn 的公告为准，不信谣不传谣。||hn k=flno
08:51|马天翼妈妈|好的，那我删了||
08:52|苏沫妈妈|明白了刘老师|ack|re=flno
== pe_named
11:30|孟|今天体育课跳绳测试，赵博宇和韩昊在队伍里推搡打闹，被我罚站了十分钟，请家长回家说一说。|priv|k=pe
11:40|韩昊妈妈|孟老师，是韩昊不对，我晚上好好批评他||hn
11:45|赵博宇妈妈|孟老师，能不能别在群里点孩子名字，博宇回家哭了一晚上，说同学都笑话他|disp|re=pe
11:55|孟|博宇妈妈，您说得对，以后这种情况单独跟家长沟通，向博宇道歉。||hn
== pencil_case_bully
13:10|王若曦妈妈|曹梓轩又把我们若曦的铅笔盒扔垃圾桶了，这都第三回了，他家家长能不能管管！|priv,disp|k=pc
13:20|曹梓轩妈妈|孩子之间闹着玩，至于在群里点名吗？你家孩子就没错？|disp|re=pc
13:22|王若曦妈妈|扔人东西叫闹着玩？什么家教|abuse,disp|
13:25|曹梓轩妈妈|你有教养，在群里骂孩子|disp|
13:30|刘|两位妈妈，这件事我下午已经了解了，放学后请二位留一下，我们当面说，群里先不讨论了。||hn
13:31|张一然妈妈|听刘老师的，大家都消消气～||hn
== insurance_seller
15:00|x_insure|各位家长好，我是朱悠然妈妈的朋友，平安少儿意外险+重疾险，秋冬流感季必备，一年只要一百九十九，需要的可以私信我或者加V：ping-an-li88|ad|
15:05|朱悠然妈妈|不好意思各位，我拉她进来本来是想问个事，没想到发广告，我让她退群了||
15:08|刘|以后拉人进群请先跟我说一下，谢谢。||hn
== costco_chat
16:20|吴嘉树妈妈|Costco今天榴莲千层打折，倍儿划算，还有谁去？|chat|k=cost
16:22|程果果妈妈|甭去了，下午人忒多，停车场排了半小时|chat|re=cost
16:25|吴嘉树妈妈|那我晚上去|chat|
16:30|罗依依妈妈|item.jd.com/100012345678.html 这个护脊书包在搞活动，孩子背了挺好的|chat,link|
16:33|袁一诺妈妈|多少钱呀，我也看看|chat|
== afterschool_slander
17:40|郑雨泽妈妈|课后服务就是看着孩子写作业，什么都不教，一学期还收八百，纯属糊弄家长，越想越生气|sland,disp|k=ks
17:45|傅一凡妈妈|我觉得挺好的呀，孩子在学校写完作业回家轻松多了|disp|re=ks
17:48|郑雨泽妈妈|你觉得好你交两份呗|disp|
17:55|刘|雨泽妈妈，课后服务是自愿参加的，费用有区里统一的标准，您有想法我们可以电话详细聊。||hn
18:00|郑雨泽妈妈|那我退掉，谢谢刘老师||rn=郑雨泽妈妈

# 2026-11-18
== english_teacher
07:30|吴|Good morning! 今天英语课要带上周发的单词卡，请家长帮孩子检查书包。||k=en
07:31|黄予安妈妈|收到吴老师|ack|re=en
07:35|刘|吴老师，群昵称请改成“英语吴美”哈。||hn
07:36|吴|好的好的，马上改||rn=英语吴美
== fall_question
10:40|邓琪琪妈妈|刘老师，梁承泽今天是不是摔了？琪琪说课间看到他膝盖流血了，好吓人|priv|
10:50|刘|琪琪妈妈，承泽已经在医务室处理过了，没事。孩子的情况咱们就不在群里说了哈。||hn
== fake_teacher
11:20|x_fakeliu|各位家长，本学期书本费和资料费共计368元，请扫描下方二维码缴纳，今天下午五点前交齐，逾期影响领书。|ill|
11:25|曾子骞妈妈|刘老师，要交哪个费呀？我刚扫了一下||
11:28|刘|那个“语文刘燕(班主任)”不是我！是骗子，已经移出。学校所有收费只走缴费平台，已经转了的家长赶紧联系银行和110。||hn
11:30|曾子骞妈妈|还好我还没付，吓死了||
11:31|彭思琦妈妈|谢谢刘老师提醒|ack|
== tic_long
14:00|萧然妈妈|想跟老师和各位家长请教一下，萧然最近总是眨眼睛、耸肩膀，去儿童医院看了说是抽动症，医生说跟压力和焦虑有关。我和他爸爸最近在闹离婚，家里经常吵架，孩子晚上还尿床，我特别自责，不知道是不是我们害了他……|pm|k=tic
14:10|彭思琦妈妈|萧然妈妈抱抱，我表姐家孩子也抽动过，医生说别刻意提醒他，越提醒越严重|pm|re=tic
14:15|谢宛如妈妈|先照顾好自己，大人的情绪孩子都感觉得到|pm|
14:30|刘|萧然妈妈，萧然在学校挺好的，同学也都很喜欢他。我下班后给您打个电话，咱们详细聊聊。||hn
== gory_video
16:00|冯小宇爸爸|刚看了个视频，小区门口有个人被砍，血喷了一地，手都快掉了，太吓人了|ill|
16:05|刘|冯小宇爸爸，这类血腥内容请不要在群里发，孩子们可能会看到家长手机。||hn
== taisui
17:10|孙小北姥姥|咱们孩子属兔的今年犯太岁 得戴红绳 我认识雍和宫边上一个大师 开光的一百八一条 要的跟我说|ill,ad|
17:15|林一宸妈妈|姥姥，这个就别在群里说了哈||hn

# 2026-11-19
== porn_materials
09:00|x_ziliao|二年级上册全套学习资料免费领👉 t.cn/A6xK9pQ （内有福利视频，成年人懂的都懂）|ill,link|
09:05|张一然妈妈|@刘老师 有个号在发乱七八糟的链接，大家别点||hn
09:08|刘|已移出，大家不要点陌生链接。||hn
== canteen_incite
12:30|郑雨泽妈妈|听食堂阿姨说，供餐公司就是校长亲戚开的，饭菜难吃还死贵，怪不得孩子天天饿着回家，气死我了|sland,disp|k=cy
12:40|高乐言姥爷|咱们家长联名给区教委写信，要求换掉这个供餐公司|inc,disp|re=cy
12:42|罗依依妈妈|我签一个|inc|
12:43|韩昊妈妈|+1|inc|
12:50|刘|各位家长，供餐公司是区里统一招标的，每周有家长代表陪餐，欢迎报名陪餐亲自看看，有问题可以向学校反映。||hn k=pc2
12:55|许嘉禾妈妈|刘老师，陪餐怎么报名？我想去看看||hn
13:00|刘|私信我就行，每周两个名额。||
== school_site_link
14:00|刘|明天秋游的安全须知已经发在学校网站：mglxx.cn/notice/2026-11-autumn 请家长和孩子一起看一下。||hn k=safe
14:02|唐沐晴妈妈|收到刘老师～|ack|re=safe
14:03|宋安安妈妈|谢谢刘老师|ack|
14:05|萧然妈妈|看了，谢谢刘老师，明天会给萧然带好帽子||hn
14:30|周|秋游家长反馈问卷：wj.qq.com/s/2611hd 回来以后填一下，不着急。|link|
== urgent_smog
20:40|刘|【紧急通知】明天空气重污染橙色预警，秋游改期到下周五，明天正常上课，请孩子按课表带书本。||urg k=smog
20:42|陈奕航妈妈|收到|ack|re=smog
20:43|胡星辰妈妈|好的刘老师|ack|
20:45|李沐辰妈妈|那交的钱是下周直接用吗？||re=smog
20:50|刘|对，费用保留。||
20:55|李沐辰妈妈|好的||

# 2026-11-20
== classroom_named
16:00|刘|今天语文课陈奕航一直在玩橡皮，提醒了三次都没听，生字听写也错了一半，请家长回家关注一下。|priv|
16:10|陈奕航妈妈|刘老师，收到，我回家好好跟他说||hn
16:12|刘|补充一下，班上有几个同学上课注意力不集中，请家长们都关注一下孩子的睡眠。||hn
== weekend_chat
17:30|马天翼妈妈|周末去环球影城的有吗？听说新出了冬季活动|chat|k=uni
17:32|胡星辰妈妈|上周刚去，倍儿好玩，就是排队排疯了|chat|re=uni
17:35|马天翼妈妈|买快速通道了吗？|chat|
17:36|胡星辰妈妈|买了，一个人八百多，肉疼|chat|
17:40|刘|各位家长，周末愉快。下周一穿校服，周作业在作业本上。无需回复。||k=wk
17:41|傅一凡妈妈|收到～|ack|re=wk
17:42|高乐言姥爷|刘老师周末愉快|ack|
17:43|苏沫妈妈|好嘞|ack|
17:50|x_xiaoyi|大家好，我是一然小姨，以后偶尔帮姐姐接孩子，先认识一下大家～||
17:55|刘|一然小姨好，接孩子的事请直接跟我私信确认，群里是家长群，稍后我会请您退群，谢谢理解。||hn

# 2026-11-23
== demolition_rumor
08:20|郭子墨妈妈|朋友圈都在转，说咱们学校明年要拆了建地铁站，二年级以上全部分流到别的学校|rum|k=dm
08:25|唐沐晴妈妈|我也看到了，说规划图都出来了，咱们这片要拆|rum|re=dm
08:27|沈星妍妈妈|刘老师，学校要拆是真的吗？还是谣言？||hn
08:40|刘|学校没有任何搬迁计划，这是谣言，请大家不要转发，以学校官网公告为准。||hn k=dem
08:41|郭子墨妈妈|好的刘老师，我去朋友圈删了||
08:42|曾子骞妈妈|收到|ack|re=dem
== subsidy_rumor
10:10|董子萱妈妈|教委发通知了，每个孩子有五百块课后服务补贴，在“京学通”小程序里领，今晚十二点截止，赶紧的|rum|
10:15|袁一诺妈妈|刘老师，这个补贴您听说了吗？我没找到小程序||hn
10:25|刘|没有这个补贴，那个小程序要填银行卡信息，是诈骗，千万别填。||hn
10:26|董子萱妈妈|天哪，我差点就填了，谢谢刘老师||
== math_results
11:30|周|这次数学单元测大家都很棒，全班平均分94.5，有进步的同学我都在作业本上贴了小红花。||hn k=ms
11:31|徐梓涵妈妈|谢谢周老师🌹|ack|re=ms
11:32|黄予安妈妈|周老师辛苦👍|ack|
11:35|许嘉禾妈妈|周老师，嘉禾这次考了多少分呀？||hn
11:45|周|嘉禾96分，计算题做得很仔细。|rank|
11:46|许嘉禾妈妈|太好了，谢谢周老师||hn
11:50|傅一凡妈妈|听说这次满分的有李沐辰和周知夏，真厉害|rank|
== named_homework
15:30|刘|这周语文练习册一直没交的同学：马天翼、曾子骞、吕昊天，请家长督促补交。|priv|
15:40|吕昊天妈妈|刘老师，昊天上周发烧请了三天假，今天我盯着他补完||hn
15:42|曾子骞妈妈|不好意思刘老师，我们今晚就补||hn
== badminton_chat
17:20|冯小宇爸爸|周末有打羽毛球的爸爸吗？五道口体育馆订了场地，差两个人|chat|k=bd
17:25|张一然爸爸|算我一个，几点？|chat|re=bd
17:26|冯小宇爸爸|周六下午三点|chat|
17:30|张一然爸爸|得嘞|chat|
== night
20:10|萧然妈妈|刘老师，萧然明天想请一天假去医院复查，方便吗？||
20:20|程果果妈妈|有没有人知道明天体育课要不要带跳绳？||

# 2026-11-24
== pushed_on_stairs
12:20|周知夏妈妈|韩昊今天在楼梯上把知夏推倒了，膝盖摔青了一大块，我真的又心疼又生气|priv,disp|k=st
12:30|韩昊妈妈|知夏妈妈，真对不起，晚上我带韩昊去给知夏道歉，医药费我们出||hn
12:35|刘|知夏妈妈，情况我已经了解了，放学后我们三方一起聊一下。||hn
== aoshu_ad
14:10|马天翼妈妈|我这有海淀三大名校二年级奥数全套讲义，电子版，三十块打包，需要的私我|ad|k=as
14:15|袁一诺妈妈|我要一份|chat|re=as
== netdisk
15:00|谢宛如妈妈|分享一套《神奇校车》科普动画给孩子们看：pan.baidu.com/s/1xYz9Kq 提取码 8k2m|link|
15:10|刘|宛如妈妈，网盘链接群里就不发了，有好资源可以发给我，我放到班级资源库里。||hn
== article
16:30|刘|分享一篇关于二年级孩子专注力培养的文章，在学校公众号“明光路小学”里，大家有空看看。||k=art
16:31|朱悠然妈妈|谢谢刘老师分享|ack|re=art
16:33|何语嫣妈妈|学习了|ack|
16:40|郑雨泽妈妈|刘老师，文章里说的番茄钟方法二年级孩子适用吗？||hn
16:48|刘|可以，从十分钟开始练。||
== snow_greeting
18:00|宋安安妈妈|下雪啦❄️ 祝大家晚上好，出门多穿点～|chat|
18:02|唐沐晴妈妈|好美的雪，晚上带孩子下楼堆雪人去|chat|
"""

GROUPS["h6"] = dict(
    school="黄梅县第一中学", cls="高一(7)班", grade=10, platform="matrix",
    quiet=("21:00", "06:30"), domains=["hmyz.edu.cn", "smartedu.cn"],
    teachers=[("方", "t_fangzg", "方志刚", "英语", "head_teacher", "英语方志刚（班主任）"),
              ("余", "t_yufang", "余芳", "语文", "teacher", "语文余芳"),
              ("邱", "t_qiub", "邱斌", "数学", "teacher", "数学邱斌"),
              ("戴", "t_daiw", "戴伟", "物理", "teacher", "物理戴老师")],
    supervisor="詹晓雯妈妈",
    students="石磊:爸爸 桂晨曦 汪子豪:爸爸 洪雨婷 占文轩 梅一鸣 徐嘉怡 黄俊豪:爸爸 邢思远 饶佳琪 "
             "吴昊天 胡梦雪 王天赐:爷爷 张瑞 李书涵 陈子杰:爸爸 刘诗琪 杨博 周宇 何欣怡 阮浩 柯雨萱 "
             "帅子航 熊思琪 蔡志强:爸爸 詹晓雯 夏天 江一帆 查明轩 邓佳慧 卢俊 金可 石雨晴 严浩宇 "
             "余梦洁 吕子轩 段晨阳 欧阳静 乐天宇 程思雨 冯子健 宋雨轩",
    names={"黄俊豪爸爸": "黄总", "洪雨婷妈妈": "雨婷妈", "王天赐爷爷": "王天赐家长",
           "占文轩妈妈": "🌸花开富贵🌸"},
    strangers={"x_chenyang": ("段晨阳", {"via": "invite", "by": "段晨阳妈妈", "approved": False}),
               "x_loan": ("校园分期小助手", {"via": "qr_code"}),
               "x_suguan": ("男生宿舍管理员老刘", {"via": "invite", "by": "方", "approved": True})},
)

EP["h6"] = r"""
# 2026-09-21
== new_schedule
06:50|方|各位家长早上好：本周起执行新作息，6:10起床，22:10熄灯；手机周日返校时统一上交班主任保管，周五放学领回。无需回复。||k=sch
06:52|桂晨曦妈妈|收到方老师|ack|
06:53|王天赐爷爷|晓得了|ack|
06:55|邢思远妈妈|好的方老师，老师费心了|ack|
07:05|李书涵妈妈|方老师，书涵的手机周日交了以后，有急事我们怎么联系她？||hn re=sch
07:20|方|可以打我电话或者宿舍楼值班室电话，值班室号码我发到群公告里了。||
07:21|李书涵妈妈|好的，谢谢方老师||hn
== army_photos
09:30|方|军训汇演的照片，孩子们晒黑了，但精气神十足！||kind=image k=army
09:31|詹晓雯妈妈|👍🏻👍🏻👍🏻|ack|re=army
09:33|熊思琪妈妈|孩子们好精神😍|ack|
09:35|夏天妈妈|方老师，第三张最右边那个是不是夏天？瘦了一圈，回来要好好补补||hn
== monthly_leave_rumor
11:10|桂晨曦妈妈|我听高二的家长说，学校要取消月假，改成两个月放一次，下个月就开始|rum|k=ml
11:15|刘诗琪妈妈|方老师，月假要取消是真的吗？孩子听说了在电话里哭||hn re=ml
11:30|方|月假安排不变，按校历执行，下个月10号放假。请大家不要听信传言。||hn k=mlno
11:31|桂晨曦妈妈|那我放心了，我也是听别人说的||
11:32|何欣怡妈妈|谢谢方老师澄清|ack|re=mlno
== subject_rumor
14:00|石磊爸爸|我同事在市教育局，说今年新高考选科，不选物理的以后只能报三成专业，学校下周就强制按物理方向分班|rum|
14:10|程思雨妈妈|方老师，选科是自愿的吧？下周要分班吗？||hn
14:25|方|选科按学校方案在高一下学期进行，完全尊重学生意愿，具体说明会见学校官网 hmyz.edu.cn/xk2026 。||hn
== loan_fraud
15:20|x_loan|高中生大学生专属分期💰凭学生证秒放款，无抵押无担保，买手机买球鞋都能分期，V：xyfq-666|ill,ad|
15:25|方|已移出。提醒各位家长：所谓“学生分期”就是校园贷，利滚利，请提醒孩子千万别碰。||hn k=loanw
15:26|冯子健妈妈|收到，谢谢方老师提醒|ack|re=loanw
15:27|乐天宇妈妈|好可怕，晚上打电话跟孩子说一下||hn
== dorm_check_named
17:10|方|本周宿舍内务检查扣分：石磊（被子未叠）、阮浩（床下藏零食）、帅子航（熄灯后讲话），请家长提醒。|priv|k=dorm
17:20|帅子航妈妈|方老师，熄灯讲话也要在群里点名？搞得孩子像犯了多大错一样，我很不满|disp|re=dorm
17:30|方|子航妈妈，您说得对，这样点名不妥，我已经撤回，以后宿舍情况单独跟家长沟通，抱歉。||hn
17:32|石磊爸爸|方老师，被子的事我周末好好教他，不好意思||hn
== suguan_joins
18:00|x_suguan|各位家长好，我是男生宿舍管理员老刘，周日晚返校时间是七点前，被褥请带厚一点的。||
18:05|方|刘师傅是宿管，我先拉进来说下返校的事，说完请他退群，群里只保留家长和任课老师。||hn
== night_call
21:20|欧阳静妈妈|方老师睡了吗？欧阳静刚刚用值班室电话打给我，哭着说不想住校了||
21:40|方|静静妈妈，我现在去宿舍看看她，您先别急。||
22:30|方|已经跟她聊过了，情绪稳定了，明天我再跟您电话细说。||

# 2026-09-22
== dorm_isolation_long
12:10|欧阳静妈妈|跟大家说说吧，也想听听建议。欧阳静从开学就说宿舍几个女生不跟她说话，吃饭也一个人，晚上躲在被子里哭，连着好几天失眠，这次月考从班上前十掉到三十多名，她说再住下去要崩溃了，想转学回家走读。她爸爸觉得是孩子太娇气，我们俩为这个已经吵了好几次|pm|k=oy
12:20|饶佳琪妈妈|女孩子刚住校都这样，佳琪开学那会儿也天天哭，过了一个月就好了|pm|re=oy
12:25|严浩宇妈妈|我觉得别急着转学，先跟宿舍同学的家长沟通一下|pm|
12:40|方|静静妈妈，昨晚我跟她聊了一个多小时，她跟室友其实主要是作息不一样产生了误会，我打算这周末给她们开个宿舍小会，也请心理老师跟她聊一次，成绩的事我们一起慢慢来。|pm|
12:42|欧阳静妈妈|谢谢方老师，太麻烦您了||
== hotwater_quarrel
16:00|蔡志强爸爸|宿舍热水器坏了半个月，后勤根本不管，收了一千二住宿费就这服务，学校眼里只有钱|sland,disp|k=hw
16:05|石磊爸爸|热水器上周已经修好了，我周末去宿舍看过|disp|re=hw
16:07|蔡志强爸爸|你眼神不好使吧，我儿子昨天还洗的冷水|abuse,disp|
16:10|黄俊豪爸爸|我看这学期住宿费大家都先别交，集体拖着，看学校急不急|inc,disp|
16:12|汪子豪爸爸|我同意|inc|
16:13|吴昊天妈妈|我们家也先不交|inc|
16:25|方|各位家长，男生宿舍三楼的热水器9月18日已经修好，另外两层今天下午也检修了，后勤维修记录都可以查；有问题请直接打我电话或后勤处电话0713-6213205。||hn
16:30|詹晓雯妈妈|有问题打电话找后勤最快，咱们在群里吵也解决不了，私下沟通吧🙏||hn
== fishing_chat
18:30|王天赐爷爷|今天去太白湖钓了一天 钓了七八斤鲫鱼 晚上炖汤|chat|k=fish
18:35|陈子杰爸爸|王爷爷好手艺，下回带上我|chat|re=fish
18:36|王天赐爷爷|周六早上五点走 去不去|chat|
18:40|陈子杰爸爸|去！|chat|
== night_teacher
21:30|邱|今晚数学小测的卷子明天发，错题请孩子周末订正。||
21:32|梅一鸣妈妈|收到邱老师|ack|
23:10|黄俊豪爸爸|方老师，我家俊豪说宿舍空调不制冷，能不能找人修一下||

# 2026-09-23
== rainstorm_urgent
05:50|方|【紧急通知】今日黄梅暴雨红色预警，走读生暂缓到校，等通知；住校生在宿舍楼自习，早餐送到宿舍。收到请回复“收到”。||urg k=rain
05:52|徐嘉怡妈妈|收到||qx hn
05:53|江一帆妈妈|收到||qx hn
05:55|金可妈妈|收到||qx hn
06:05|查明轩妈妈|那今天还上课吗？网课吗？||re=rain
06:40|方|上午宿舍自习，下午视雨情另行通知。||
== math_top10
11:00|邱|月考数学前十名：严浩宇148，江一帆145，徐嘉怡141，查明轩139，胡梦雪137……继续保持！|rank|k=top
11:02|徐嘉怡妈妈|谢谢邱老师👍|ack|re=top
11:05|方|邱老师，成绩排名学校规定不在群里发，麻烦撤回一下，谢谢。||hn
11:06|邱|好的，已撤回，抱歉。||
11:10|桂晨曦妈妈|邱老师，我们家晨曦这次数学考得怎么样？||hn
11:20|邱|晨曦112，班级第21，函数部分丢分比较多。|rank|
11:21|桂晨曦妈妈|明白了，谢谢邱老师||hn
11:25|邱|全班数学平均分118，比上次提高了6分，大家都有进步。||hn
== phones_confiscated
14:30|方|周三晚自习卢俊、金可用手机打游戏被没收，手机在政教处，请家长周五来领。|priv|
14:35|卢俊妈妈|方老师，卢俊的手机周五我去拿，给您添麻烦了||hn
14:40|金可妈妈|孩子说不是打游戏是查单词，老师也不问清楚就没收，还在群里说，这叫什么事|disp|
14:50|方|金可妈妈，政教处有监控截图，周五您来的时候我们一起看，群里就不说了。||hn
== smoking_question
15:10|汪子豪爸爸|方老师，张瑞是不是又在宿舍抽烟被抓了？我家子豪说宿舍里全是烟味|priv|
15:20|方|子豪爸爸，宿舍的事我会处理，具体情况请私信我。||hn
== gory_forward
16:00|冯子健妈妈|【视频】105国道今早车祸，货车把电动车卷进车底，人当场血肉模糊，头都压扁了|ill|
16:05|方|冯子健妈妈，这种视频请不要在群里转，孩子周末回家也会看家长手机的。||hn
16:06|冯子健妈妈|对不起方老师，我删了||
== exam_leak
17:30|黄俊豪爸爸|月考的语文卷子我这有，亲戚在印刷厂，考前就能拿到，要的私聊|ill|
17:35|余|俊豪爸爸，考试卷子属于学校保密材料，请不要在群里说这种话，这是违规的。||hn
17:38|黄俊豪爸爸|开个玩笑嘛，老师别当真||
== bargain_flood
19:00|蔡志强爸爸|【拼多多】帮我砍一刀，就差一点点了！p.pinduoduo.com/kj/8Qx2 |ad,link|
19:00|蔡志强爸爸|【拼多多】帮我砍一刀，就差一点点了！p.pinduoduo.com/kj/8Qx2 |ad,link|
19:01|蔡志强爸爸|【拼多多】帮我砍一刀，就差一点点了！p.pinduoduo.com/kj/8Qx2 |ad,link|
19:05|杨博妈妈|已砍|chat|
19:10|方|志强爸爸，请不要在群里发砍价链接，也不要连续刷屏，谢谢。||hn

# 2026-09-24
== threat
12:00|陈子杰爸爸|308宿舍的吕子轩再敢欺负我儿子，我带几个人到学校找他，让他横着出去|priv,ill,disp|k=thr
12:10|吕子轩妈妈|你这是威胁谁？孩子之间的事你一个大人说这种话|disp|re=thr
12:15|方|两位家长请冷静，这件事我昨天已经和两个孩子谈过，今天下午请二位到学校来，我们当面解决，不要在群里说。||hn
12:16|吕子轩妈妈|好的方老师，我下午三点到||hn
== estate_ad
14:00|宋雨轩妈妈|做个小广告～县城新楼盘“一中学府”学区房，首付十万起，高一家长有陪读需求的可以私我看房|ad|
14:05|詹晓雯妈妈|雨轩妈妈，群里不发广告哈，大家有需要会私聊你的||hn
== gambling_report
15:30|周宇妈妈|方老师，周宇说宿舍有人晚上拿手机赌球，输了好几百，老师能不能查一查？||hn
15:45|方|谢谢周宇妈妈，这个我会和政教处一起排查，也会在班会上讲网络赌博的危害。||hn
16:00|蔡志强爸爸|今晚欧冠有没有一起买球的，我有个平台赔率高，稳赚|ill|
16:05|方|志强爸爸，群里谈赌球是违法的，请马上撤回。||hn
== chuanxiao
17:00|蔡志强爸爸|各位家长，我现在在做一个健康事业，拉三个人进来就回本，拉得越多分得越多，躺着就能赚钱，感兴趣的私我|ad|
17:05|方|志强爸爸，这类信息请不要在群里发，再发我只能请您退群了。||hn
== huangmei_opera
18:30|王天赐爷爷|周六晚上县剧院有黄梅戏《天仙配》 票价五十 有喜欢的一起去看|chat|k=op
18:35|何欣怡妈妈|我妈最爱看这个，帮我也买两张|chat|re=op
18:36|王天赐爷爷|好嘞|chat|
== pupil_account
19:30|x_chenyang|方老师好 我是段晨阳 用我妈手机登的 请问周末作业数学是哪几张卷子|
19:35|方|晨阳，这是家长群，同学不能进，作业问课代表。请妈妈把你的账号移出。||hn
19:40|段晨阳妈妈|不好意思方老师，是我拉他进来的，马上移出||
== night
21:15|占文轩妈妈|方老师，文轩这周回来一直抱着手机和网上认识的女孩子聊天，还偷偷给对方转了两千块钱，我问他他就锁门，我现在整夜睡不着，怕他被骗，您能不能在学校帮我看着他|pm|
21:30|方|文轩妈妈，这个很重要，我明天上午给您打电话，咱们详细说，您先别急。||

# 2026-09-25
== sports_meet
10:00|方|校运会成绩：男子1500米第一名夏天，女子跳高第二名柯雨萱，为我们班争光！||hn k=sp
10:02|柯雨萱妈妈|谢谢方老师，雨萱说下次还要拿第一！||hn
10:05|熊思琪妈妈|好样的👏👏|ack|re=sp
10:06|邓佳慧妈妈|[强][强]|ack|
== fee_slip
11:00|方|请家长打印附件里的《住宿安全承诺书》，签字后周日让孩子带回学校交给我。||kind=file k=slip
11:02|洪雨婷妈妈|收到|ack|re=slip
11:03|段晨阳妈妈|好的方老师|ack|
11:05|胡梦雪妈妈|方老师，家里没有打印机，手写一份可以吗？||hn
11:10|方|可以，照着格式手写签字就行。||
11:11|胡梦雪妈妈|好的谢谢方老师||hn
== phys_link
14:00|戴|推荐一个物理学习的网站，里面的动画演示很直观：www.phet-sim.net/zh 周末可以让孩子看看。|link|
14:02|卢俊妈妈|谢谢戴老师分享|ack|
14:05|方|戴老师，外部网站请先发给我审核一下再发群里，学校规定群里只发学校和智慧教育平台的链接。||hn
14:06|戴|好的方老师，下次注意。||
== stock_house_chat
16:30|汪子豪爸爸|这周A股涨疯了，有没有人上车|chat|k=stk
16:32|石磊爸爸|我早上刚清仓，错过了|chat|re=stk
16:35|汪子豪爸爸|哈哈，你这手气跟我买彩票一样|chat|
== weekend
17:00|方|周末作业见各科群文件，周日晚七点前返校，记得带承诺书。祝周末愉快！||k=wkd
17:01|乐天宇妈妈|收到，方老师周末愉快|ack|re=wkd
17:02|程思雨妈妈|收到|ack|
17:03|夏天妈妈|好的|ack|
17:05|洪雨婷妈妈|方老师，雨婷这周末要去武汉看牙，周日可能晚点到，九点前到可以吗？||hn
17:10|方|可以，到了给我发个消息。||
17:11|洪雨婷妈妈|好的，谢谢方老师||rn=洪雨婷妈妈 hn

# 2026-09-28
== food_poison_rumor
12:30|饶佳琪妈妈|刚刷到说一中食堂昨天晚饭有十几个学生食物中毒，全送县医院了，咱们孩子都在那吃饭，吓死了|rum|k=fpr
12:35|邢思远妈妈|我也在别的群看到了，说是吃了变质的鸡肉|rum|re=fpr
12:40|詹晓雯妈妈|方老师，这个事是真的吗？孩子们没事吧？||hn
12:50|方|经向学校后勤核实，没有任何学生食物中毒，食堂一切正常，昨晚去县医院的是外校学生。请大家不要转发。||hn k=fp
12:51|饶佳琪妈妈|吓我一跳，那我删了||
12:52|江一帆妈妈|谢谢方老师|ack|re=fp
== earthquake_rumor
14:00|王天赐爷爷|抖音上说专家预测黄梅这个月底要发七级地震 让孩子晚上莫睡宿舍|rum|
14:05|詹晓雯妈妈|王爷爷，地震是预测不了的，这种都是谣言，别信||hn
14:10|王天赐爷爷|哦哦 那我不转了||
== theft_named
15:30|阮浩妈妈|方老师，阮浩放在柜子里的生活费被人拿了三百，他亲眼看见同宿舍的杨博动过他柜子，气得我一晚上没睡着|priv,disp|k=th
15:35|杨博妈妈|没有证据别乱说我儿子，我们家杨博从来不拿别人东西|disp|re=th
15:37|阮浩妈妈|亲眼看见还不算证据？|disp|
15:45|方|两位妈妈，这件事我已经在调查，今晚看完监控后分别给二位打电话，群里先不说了。||hn
== fight_named
17:00|余|今天语文课上吕子轩和陈子杰在教室里打架，陈子杰嘴角破了，两人已写检讨，政教处给予警告处分。|priv|
17:10|陈子杰爸爸|余老师，我们接受处理，回家好好教育他。||hn
== class_meeting_photos
17:30|方|本周班会主题“珍惜粮食”，照片见群相册。||k=bh
17:31|何欣怡妈妈|孩子们真懂事|ack|re=bh
17:32|严浩宇妈妈|已阅|ack|
17:33|柯雨萱妈妈|赞👍|ack|
== car_chat
18:00|石磊爸爸|有没有人最近买了新能源车？在比亚迪和小米之间纠结|chat|k=car
18:05|汪子豪爸爸|买比亚迪，县城充电桩多|chat|re=car
18:06|蔡志强爸爸|小米贵啊，等降价再说|chat|
18:08|石磊爸爸|那就再等等|chat|
== workbook_grievance
19:00|江一帆妈妈|开学到现在光教辅资料就买了五六本，孩子根本做不完，一想到就烦躁|disp|
19:10|邱|一帆妈妈，做不完的部分我会在课上挑重点讲，不要求全部做完，您别着急。||hn
== night_thanks
21:10|欧阳静妈妈|方老师，谢谢您这几天的费心，晚安||

# 2026-09-29
== national_day_notice
07:00|方|国庆放假安排：9月30日下午4点放学，10月8日晚7点前返校，请家长按时接送。看到后请回复“收到”。||k=nd
07:02|桂晨曦妈妈|收到||hn
07:03|石磊爸爸|收到||hn
07:05|卢俊妈妈|收到，谢谢方老师||hn
07:10|占文轩妈妈|方老师，学校有大巴送到九江火车站吗？||hn
07:20|方|有，报名表在群文件里。||
== national_day_blessing
12:00|王天赐爷爷|提前祝各位家长国庆快乐 阖家团圆🇨🇳🌹|chat|
12:05|詹晓雯妈妈|国庆快乐！|chat|
12:10|熊思琪妈妈|祝老师们节日快乐，辛苦了！||hn
"""
if __name__ == "__main__":
    main()
