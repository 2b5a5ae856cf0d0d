#!/usr/bin/env python3
"""Print the README families table (family tag -> count, label combinations) from src/."""
from collections import Counter, defaultdict
from pathlib import Path
import build

fam = defaultdict(Counter)
for p in sorted((Path(__file__).parent / "src").glob("g*.txt")):
    for r in build.parse(p):
        fam[r["family"]][",".join(r["expect"]) or "(clean)"] += 1
print("| family | messages | labels (count) |\n|---|---|---|")
for f in sorted(fam, key=lambda k: -sum(fam[k].values())):
    c = fam[f]
    print(f"| {f} | {sum(c.values())} | " + "; ".join(f"{k} ({v})" for k, v in c.most_common()) + " |")
