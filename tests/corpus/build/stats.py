"""Count gold labels in the bundle (used to write README.md)."""
import collections
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def stats():
    per_cat = collections.Counter()
    per_group = collections.Counter()
    total = clean = hard = 0
    multi = 0
    for p in sorted(glob.glob(os.path.join(ROOT, "transcripts", "*.jsonl"))):
        for line in open(p, encoding="utf-8"):
            r = json.loads(line)
            total += 1
            per_group[r["group"]] += 1
            if not r["expect"]:
                clean += 1
            if len(r["expect"]) > 1:
                multi += 1
            hard += bool(r.get("hard_negative"))
            per_cat.update(r["expect"])
    return total, clean, hard, multi, per_cat, per_group


def markdown():
    total, clean, hard, multi, per_cat, per_group = stats()
    vocab = ["membership", "nickname", "invite", "illegal", "abuse", "ad", "link", "rumor",
             "chat", "flood", "ack_reply", "slander", "incitement", "ranking",
             "student_privacy", "private_matter", "quiet_hours", "dispute"]
    out = [f"- messages: **{total}** in {len(per_group)} groups "
           f"({', '.join(f'{g}: {n}' for g, n in sorted(per_group.items()))})",
           f"- clean (`expect: []`): **{clean}** ({clean / total:.1%}), of which hard negatives: {hard}",
           f"- flagged: {total - clean}; with more than one category: {multi}", "",
           "| category | positives |", "|---|---|"]
    out += [f"| `{c}` | {per_cat[c]} |" for c in vocab]
    return "\n".join(out)


def update_readme():
    path = os.path.join(ROOT, "README.md")
    text = open(path, encoding="utf-8").read()
    a, b = "<!-- stats:begin -->", "<!-- stats:end -->"
    head, rest = text.split(a)
    _, tail = rest.split(b)
    open(path, "w", encoding="utf-8").write(head + a + "\n" + markdown() + "\n" + b + tail)


if __name__ == "__main__" and "--readme" in sys.argv:
    update_readme()
elif __name__ == "__main__":
    total, clean, hard, multi, per_cat, per_group = stats()
    print(f"messages: {total}")
    print(f"clean: {clean} ({clean / total:.1%})")
    print(f"hard negatives: {hard}")
    print(f"multi-label: {multi}")
    for g, n in sorted(per_group.items()):
        print(f"group {g}: {n}")
    for c, n in per_cat.most_common():
        print(f"{c}: {n}")
