"""Function calls per message of the all-rules engine, counted by cProfile.

    .venv/bin/python benchmarks/engine_calls.py [--messages 30000] [--top 25]

Replays the stream of ``benchmarks/engine.py`` (same groups, same seed) through the engine
with the full standard rule set, after the same warm-up, and counts the function calls it
makes: in total, of Python functions, of built-ins (regular expression searches among them),
and the functions called most, per message. Counts do not depend on the load of the machine,
so two versions can be compared on a shared machine where timings cannot: run this script
of each and compare, beside the interleaved timings of ``benchmarks/engine.py``.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from engine import run, setups, stream  # noqa: E402  (benchmarks/engine.py)

from classmod.config import default_rule_settings  # noqa: E402
from classmod.engine import Engine  # noqa: E402
from classmod.plugins import Host, make_plugin_manager  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=30_000)
    ap.add_argument("--groups", type=int, default=200)
    ap.add_argument("--top", type=int, default=25, help="functions listed, most called first")
    args = ap.parse_args()

    host = Host(make_plugin_manager(entry_points=False))
    full = default_rule_settings({rid: r.spec for rid, r in host.rules.items()})
    gs = setups(args.groups, full)
    msgs = stream(gs, args.messages)
    run(Engine(host, gs), msgs[: min(2000, len(msgs))])  # the warm-up engine.py does
    engine = Engine(host, gs)
    profile = cProfile.Profile()
    profile.enable()
    for m in msgs:
        engine.handle_message(m)
    profile.disable()

    rows = []
    for (filename, line, name), entry in pstats.Stats(profile).stats.items():  # type: ignore
        calls = entry[1]
        where = "" if filename == "~" else f"{os.path.basename(filename)}:{line}:"
        rows.append((calls, filename == "~", f"{where}{name}"))
    n = len(msgs)
    total = sum(c for c, _b, _w in rows)
    builtin = sum(c for c, b, _w in rows if b)
    searches = sum(c for c, _b, w in rows if w == "<method 'search' of 're.Pattern' objects>")
    print(f"{n:,} messages, all rules: calls per message")
    print(f"  total {total / n:8.1f}")
    print(f"  Python functions {(total - builtin) / n:8.1f}")
    print(
        f"  built-ins {builtin / n:8.1f} (of which regular expression searches {searches / n:.1f})"
    )
    print("most called (per message):")
    for calls, _b, where in sorted(rows, reverse=True)[: args.top]:
        print(f"  {calls / n:8.2f}  {where}")


if __name__ == "__main__":
    main()
