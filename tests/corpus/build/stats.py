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


if __name__ == "__main__":
    total, clean, hard, multi, per_cat, per_group = stats()
    print(f"messages: {total}")
    print(f"clean: {clean} ({clean / total:.1%})")
    print(f"hard negatives: {hard}")
    print(f"multi-label: {multi}")
    for g, n in sorted(per_group.items()):
        print(f"group {g}: {n}")
    for c, n in per_cat.most_common():
        print(f"{c}: {n}")
