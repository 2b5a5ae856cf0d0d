#!/usr/bin/env python3
"""Print a transcript with its labels, for proof-reading (not part of the bundle checks)."""
import json, sys
from pathlib import Path
for g in sys.argv[1:]:
    for line in open(Path(__file__).resolve().parent.parent / "transcripts" / f"{g}.jsonl", encoding="utf-8"):
        r = json.loads(line)
        t = r["text"].replace("\n", "⏎")
        print(f"{r['id']} {r['ts'][5:16]} {r['name'][:10]:<10} [{r['kind'][:4]}] {t[:70]}  => {','.join(r['expect'])}")
