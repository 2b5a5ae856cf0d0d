#!/usr/bin/env python3
"""Deterministic generator for corpus_spam9.

Reads build/src/<g>.txt (hand-written) and writes groups.yaml, rosters/<g>.yaml and
transcripts/<g>.jsonl one level up.  Source format (one message per line):

    @ YYYY-MM-DD HH:MM            clock marker (sets the time of the next message)
    # ...                         comment
    sender | labels | family | opts | text

  sender  member id of a rostered guardian or teacher (see ROSTERS below)
  labels  '-' for clean, or comma-separated categories (any order; sorted here)
  family  a family tag (see README.md)
  opts    '-' or space-separated tokens: ^k (quote the message k lines back),
          img | file | card | voice | sticker (message kind; default text)
  text    message text; the two characters \\n stand for a line break

Time: each message is 35..230 s after the previous one (seeded PRNG), unless a
clock marker intervenes.  The build stops on any error (weekend, outside 09:00-17:59,
unknown sender, bad label, link label not matching the allowlist, ...).
"""
import json, os, random, re, sys, unicodedata, datetime as dt
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CATALOGUE = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link",
             "rumor", "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
KINDS = {"img": "image", "file": "file", "card": "link_card", "voice": "voice",
         "sticker": "sticker"}

# group id -> config.  Roster: teachers (id, name, subject, role, display),
# students (name, [(guardian id, relation, display suffix)]).
GROUPS = {
 "s9a": dict(school="青禾路小学", cls="四年级(3)班", grade=4, platform="wechat",
   quiet=("20:00", "07:00"), allowed=["qinghe-xx.cn", "jyj-lanling.cn"],
   supervisor="xu_m",
   teachers=[("t_chen", "陈静", "语文", "head_teacher", "语文陈静"),
             ("t_wu", "吴涛", "数学", "teacher", "数学吴涛"),
             ("t_liu", "刘佳", "英语", "teacher", "英语刘老师")],
   students=[("林沐晞", [("lin_m", "妈妈", "")]),
             ("周屹川", [("zhou_d", "爸爸", ""), ("zhou_n", "奶奶", "")]),
             ("许若岚", [("xu_m", "妈妈", "🌸")]),
             ("韩嘉柠", [("han_m", "妈妈", "")]),
             ("陆骁然", [("lu_d", "爸爸", "")]),
             ("程诗砚", [("cheng_m", "妈妈", "")]),
             ("邵明珏", [("shao_wp", "外婆", "")]),
             ("邱予澄", [("qiu_m", "妈妈", "")]),
             ("贺知遥", [("he_d", "爸爸", "⚽")]),
             ("苏沛涵", [("su_m", "妈妈", "")]),
             ("谭亦航", [("tan_d", "爸爸", "")]),
             ("蒋书禾", [("jiang_m", "妈妈", "")]),
             ("姚景曜", [("yao_y", "爷爷", "")]),
             ("方芷萱", [("fang_m", "妈妈", "")]),
             ("戴梓骞", [("dai_d", "爸爸", "")]),
             ("严翊宸", [("yan_m", "妈妈", "")])]),
 "s9b": dict(school="蓝岭实验小学", cls="二年级(1)班", grade=2, platform="qq",
   quiet=("20:00", "07:00"), allowed=["lanling-sy.cn"],
   supervisor="q_guo_m",
   teachers=[("q_t_ma", "马晓燕", "语文", "head_teacher", "语文马晓燕"),
             ("q_t_deng", "邓凯", "数学", "teacher", "数学邓凯"),
             ("q_t_bai", "白露", "音乐", "teacher", "音乐白老师")],
   students=[("郭昕玥", [("q_guo_m", "妈妈", "")]),
             ("钟皓宇", [("q_zhong_d", "爸爸", "")]),
             ("罗晗熙", [("q_luo_m", "妈妈", "🍀")]),
             ("彭俊逸", [("q_peng_d", "爸爸", ""), ("q_peng_n", "奶奶", "")]),
             ("曾语桐", [("q_zeng_m", "妈妈", "")]),
             ("廖辰希", [("q_liao_d", "爸爸", "")]),
             ("田沁媛", [("q_tian_m", "妈妈", "")]),
             ("石浩霖", [("q_shi_ll", "姥姥", "")]),
             ("卢可馨", [("q_lu_m", "妈妈", "")]),
             ("潘宥朗", [("q_pan_d", "爸爸", "")]),
             ("金雨霏", [("q_jin_m", "妈妈", "")]),
             ("崔铭泽", [("q_cui_d", "爸爸", "")]),
             ("孔思彤", [("q_kong_m", "妈妈", "")]),
             ("龚睿哲", [("q_gong_y", "爷爷", "")]),
             ("薛婉清", [("q_xue_m", "妈妈", "")])]),
 "s9c": dict(school="柏溪中学", cls="初二(5)班", grade=8, platform="wechat",
   quiet=("21:30", "06:30"), allowed=["baixi-zx.cn", "edu-baixi.cn"],
   supervisor="c_wei_m",
   teachers=[("c_t_sun", "孙立伟", "数学", "head_teacher", "数学孙立伟（班主任）"),
             ("c_t_hu", "胡蓉", "英语", "teacher", "英语胡蓉"),
             ("c_t_zhao", "赵志刚", "物理", "teacher", "物理赵老师")],
   students=[("魏子墨", [("c_wei_m", "妈妈", "")]),
             ("杜承泽", [("c_du_d", "爸爸", "")]),
             ("夏晚晴", [("c_xia_m", "妈妈", "")]),
             ("梁峻熙", [("c_liang_d", "爸爸", "🏀")]),
             ("任清越", [("c_ren_m", "妈妈", "")]),
             ("叶星澜", [("c_ye_m", "妈妈", "")]),
             ("吕博文", [("c_lv_d", "爸爸", "")]),
             ("丁若溪", [("c_ding_m", "妈妈", "")]),
             ("沈柏远", [("c_shen_d", "爸爸", "")]),
             ("汪诗琪", [("c_wang_m", "妈妈", "")]),
             ("范启航", [("c_fan_d", "爸爸", "")]),
             ("朱佳怡", [("c_zhu_m", "妈妈", "")]),
             ("秦朗坤", [("c_qin_d", "爸爸", "")]),
             ("蔡欣妍", [("c_cai_m", "妈妈", "")]),
             ("宋煜城", [("c_song_d", "爸爸", "")]),
             ("萧暮雪", [("c_xiao_m", "妈妈", "")])]),
 "s9d": dict(school="云栖第二小学", cls="六年级(2)班", grade=6, platform="wechat",
   quiet=("20:00", "07:00"), allowed=["yunqi2xx.cn"],
   supervisor="d_pei_m",
   teachers=[("d_t_gao", "高文娟", "语文", "head_teacher", "语文高文娟"),
             ("d_t_yang", "杨帆", "数学", "teacher", "数学杨帆"),
             ("d_t_lin", "林巧", "科学", "teacher", "科学林老师")],
   students=[("裴语嫣", [("d_pei_m", "妈妈", "")]),
             ("黎昊天", [("d_li_d", "爸爸", "")]),
             ("康雅琴", [("d_kang_m", "妈妈", "")]),
             ("尹泽楷", [("d_yin_d", "爸爸", "")]),
             ("傅梦琪", [("d_fu_m", "妈妈", "🌷")]),
             ("毛俊熙", [("d_mao_n", "奶奶", ""), ("d_mao_d", "爸爸", "")]),
             ("熊沐阳", [("d_xiong_m", "妈妈", "")]),
             ("万紫琳", [("d_wan_m", "妈妈", "")]),
             ("柯景行", [("d_ke_d", "爸爸", "")]),
             ("岳欣然", [("d_yue_m", "妈妈", "")]),
             ("雷子健", [("d_lei_d", "爸爸", "")]),
             ("常馨月", [("d_chang_wg", "外公", "")]),
             ("顾晨曦", [("d_gu_m", "妈妈", "")]),
             ("包一鸣", [("d_bao_d", "爸爸", "")]),
             ("祁安琪", [("d_qi_m", "妈妈", "")])]),
 "s9e": dict(school="枫桥镇中心小学", cls="三年级(4)班", grade=3, platform="qq",
   quiet=("20:00", "07:00"), allowed=["fengqiao-zx.cn"],
   supervisor="e_hou_m",
   teachers=[("e_t_tang", "唐秀兰", "语文", "head_teacher", "语文唐秀兰"),
             ("e_t_xie", "谢伟", "数学", "teacher", "数学谢伟"),
             ("e_t_qian", "钱敏", "英语", "teacher", "英语钱老师")],
   students=[("侯佳琪", [("e_hou_m", "妈妈", "")]),
             ("阎宇航", [("e_yan_d", "爸爸", "")]),
             ("邹欣怡", [("e_zou_m", "妈妈", "")]),
             ("鲁浩然", [("e_lu_y", "爷爷", "")]),
             ("葛梓涵", [("e_ge_m", "妈妈", "")]),
             ("覃子豪", [("e_qin_d", "爸爸", "")]),
             ("车思琪", [("e_che_m", "妈妈", "")]),
             ("章文博", [("e_zhang_d", "爸爸", "")]),
             ("喻诗涵", [("e_yu_m", "妈妈", "🌙")]),
             ("甘俊杰", [("e_gan_wp", "外婆", "")]),
             ("翁雅婷", [("e_weng_m", "妈妈", "")]),
             ("史家豪", [("e_shi_d", "爸爸", "")]),
             ("易佳悦", [("e_yi_m", "妈妈", "")]),
             ("骆一凡", [("e_luo_d", "爸爸", "")]),
             ("温若曦", [("e_wen_m", "妈妈", "")])]),
 "s9f": dict(school="星河湾初级中学", cls="初一(2)班", grade=7, platform="wechat",
   quiet=("21:00", "07:00"), allowed=["xhw-school.cn", "xhwedu.cn"],
   supervisor="f_ou_m",
   teachers=[("f_t_lu", "卢海燕", "英语", "head_teacher", "英语卢海燕"),
             ("f_t_jia", "贾明", "语文", "teacher", "语文贾明"),
             ("f_t_song", "宋军", "体育", "teacher", "体育宋老师")],
   students=[("欧阳子琦", [("f_ou_m", "妈妈", "")]),
             ("庞乐天", [("f_pang_d", "爸爸", "")]),
             ("蒲心怡", [("f_pu_m", "妈妈", "")]),
             ("聂浩宇", [("f_nie_d", "爸爸", "")]),
             ("闫秋实", [("f_yan_m", "妈妈", "")]),
             ("倪嘉懿", [("f_ni_m", "妈妈", "")]),
             ("柴宏博", [("f_chai_d", "爸爸", "")]),
             ("凌紫萱", [("f_ling_m", "妈妈", "")]),
             ("窦文轩", [("f_dou_d", "爸爸", "")]),
             ("褚梦瑶", [("f_chu_m", "妈妈", "")]),
             ("滕俊豪", [("f_teng_d", "爸爸", "")]),
             ("申思远", [("f_shen_n", "奶奶", ""), ("f_shen_d", "爸爸", "")]),
             ("霍雨萌", [("f_huo_m", "妈妈", "💫")]),
             ("闵天佑", [("f_min_d", "爸爸", "")]),
             ("桂晓棠", [("f_gui_m", "妈妈", "")])]),
}

# ---------------------------------------------------------------- link check
TLDS = ("com|cn|net|org|top|xyz|vip|cc|me|io|info|club|shop|site|app|ink|link|live|"
        "fun|icu|pro|tv|co|ly|la|hk|tw|biz|ren|wang|work|asia|ltd|online|store|tech|"
        "win|bet|game|gg|pw|cyou|buzz|bar|lol")
DOMAIN_RE = re.compile(r"(?<![a-z0-9-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:%s))(?![a-z0-9])" % TLDS)

def deobfuscate(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"\s*(?:点|點|。|•|·|・|\(dot\)|\[\.\]|\(\.\)| dot )\s*(?=(?:%s)(?![a-z]))" % TLDS, ".", t)
    t = re.sub(r"(?<=[a-z0-9])\s*\.\s*(?=[a-z0-9])", ".", t)
    return t

def domains(text):
    return DOMAIN_RE.findall(deobfuscate(text))

def allowed_host(host, allowed):
    return any(host == d or host.endswith("." + d) for d in allowed)

def bad_domains(text, allowed):
    return [h for h in domains(text) if not allowed_host(h, allowed)]

# ---------------------------------------------------------------- build
def display_names(cfg):
    out = {}
    for tid, name, subj, role, disp in cfg["teachers"]:
        out[tid] = disp
    for sname, gs in cfg["students"]:
        for gid, rel, emo in gs:
            out[gid] = sname + rel + emo
    return out

def die(msg):
    sys.stderr.write("build error: " + msg + "\n")
    sys.exit(1)

def parse_src(g):
    path = os.path.join(HERE, "src", g + ".txt")
    rows, clock = [], None
    rng = random.Random("corpus_spam9:" + g)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            where = "%s:%d" % (path, n)
            if line.startswith("@"):
                try:
                    clock = dt.datetime.strptime(line[1:].strip(), "%Y-%m-%d %H:%M")
                except ValueError:
                    die(where + ": bad clock marker")
                fresh = True
                continue
            parts = [p.strip() for p in line.split("|", 4)]
            if len(parts) != 5:
                die(where + ": expected 5 fields")
            sender, labels, family, opts, text = parts
            if clock is None:
                die(where + ": message before first clock marker")
            if not fresh:
                clock = clock + dt.timedelta(seconds=rng.randint(35, 230))
            fresh = False
            labs = [] if labels == "-" else [x.strip() for x in labels.split(",") if x.strip()]
            for x in labs:
                if x not in CATALOGUE:
                    die(where + ": unknown label %r" % x)
            if len(set(labs)) != len(labs):
                die(where + ": duplicate label")
            labs.sort(key=CATALOGUE.index)
            kind, quote = "text", None
            if opts != "-":
                for tok in opts.split():
                    if tok.startswith("^"):
                        quote = int(tok[1:])
                    elif tok in KINDS:
                        kind = KINDS[tok]
                    else:
                        die(where + ": unknown option %r" % tok)
            if not family:
                die(where + ": empty family")
            rows.append(dict(where=where, sender=sender, labels=labs, family=family,
                             kind=kind, quote=quote, text=text.replace("\\n", "\n"),
                             clock=clock))
    return rows

def main():
    os.makedirs(os.path.join(OUT, "rosters"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "transcripts"), exist_ok=True)
    groups = {}
    for g, cfg in GROUPS.items():
        groups[g] = {
            "school": cfg["school"], "class": cfg["cls"], "grade": cfg["grade"],
            "platform": cfg["platform"], "timezone": "Asia/Shanghai",
            "quiet_hours": {"start": cfg["quiet"][0], "end": cfg["quiet"][1]},
            "allowed_link_domains": cfg["allowed"],
            "transcript": "transcripts/%s.jsonl" % g, "roster": "rosters/%s.yaml" % g}
        names = display_names(cfg)
        roster = {"group": g, "school": cfg["school"], "class": cfg["cls"],
                  "roster": {
                      "teachers": [{"id": t[0], "name": t[1], "subject": t[2], "role": t[3]}
                                   for t in cfg["teachers"]],
                      "supervisor": cfg["supervisor"],
                      "students": [{"name": s, "guardians": [{"id": gid, "relation": rel}
                                                              for gid, rel, _ in gs]}
                                   for s, gs in cfg["students"]]},
                  "members": [{"id": mid, "display_name": dn} for mid, dn in names.items()]}
        with open(os.path.join(OUT, "rosters", g + ".yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(roster, f, allow_unicode=True, sort_keys=False, width=1000)
        rows = parse_src(g)
        qs, qe = cfg["quiet"]
        out = []
        for i, r in enumerate(rows):
            w = r["where"]
            if r["sender"] not in names:
                die(w + ": unknown sender %r" % r["sender"])
            c = r["clock"]
            if c.weekday() >= 5:
                die(w + ": weekend date")
            if not (9 <= c.hour <= 17):
                die(w + ": time %s outside 09:00-17:59" % c.strftime("%H:%M"))
            if i and c <= rows[i - 1]["clock"]:
                die(w + ": time not increasing")
            bad = bad_domains(r["text"], cfg["allowed"])
            if bool(bad) != ("link" in r["labels"]):
                die(w + ": link label mismatch, non-allowed hosts: %r" % bad)
            if r["kind"] == "link_card" and not domains(r["text"]):
                die(w + ": link card without URL")
            reply = None
            if r["quote"] is not None:
                if not (1 <= r["quote"] <= i):
                    die(w + ": bad quote offset")
                reply = "%s-%04d" % (g, i + 1 - r["quote"])
            out.append({"id": "%s-%04d" % (g, i + 1),
                        "ts": c.strftime("%Y-%m-%dT%H:%M:%S+08:00"),
                        "group": g, "sender": r["sender"], "name": names[r["sender"]],
                        "text": r["text"], "kind": r["kind"], "reply_to": reply,
                        "expect": r["labels"], "family": r["family"]})
        with open(os.path.join(OUT, "transcripts", g + ".jsonl"), "w", encoding="utf-8") as f:
            for o in out:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        print("%s: %d messages" % (g, len(out)))
    with open(os.path.join(OUT, "groups.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump({"groups": groups}, f, allow_unicode=True, sort_keys=False, width=1000)

if __name__ == "__main__":
    main()
