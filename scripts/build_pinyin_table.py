"""Write the pinyin of every character of the words people spell out to dodge a filter.

    .venv/bin/pip install -e '.[train]'        # pypinyin, for this script only
    .venv/bin/python scripts/build_pinyin_table.py

Vice offers dodge word lists by writing a character of the word in pinyin ("huang片",
"l u o 聊", "du博"). The standard lexicons (plugins/standard/lexicon.py) add those spellings
of the words in the categories of :data:`SPELLED_OUT`, from ``plugins/standard/data/
pinyin.txt``: one character a line, then its readings without tones. This script writes that
file with pypinyin (every reading of a character with more than one), so classmod reads a
small table at run time and never imports pypinyin; a test fails when a word is added whose
characters the table lacks.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pypinyin import Style, pinyin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from classmod.rules.standard.lexicon import DATA_DIR, PINYIN_FILE, spelled_out_chars  # noqa: E402


def main() -> int:
    chars = sorted(spelled_out_chars())
    lines = [
        "# The readings (pinyin without tones) of the characters of the words people spell out",
        "# to dodge a filter; written by scripts/build_pinyin_table.py, do not edit by hand.",
    ]
    for ch in chars:
        readings = dict.fromkeys(pinyin(ch, style=Style.NORMAL, heteronym=True)[0])
        readings.pop(ch, None)  # no reading known: the character itself comes back
        if readings:
            lines.append(f"{ch} {' '.join(readings)}")
    (DATA_DIR / PINYIN_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 2} characters written to {DATA_DIR / PINYIN_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
