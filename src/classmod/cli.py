"""The ``classmod`` command: run, status, backup, restore, simulate, check-config, labels,
demo, devserver."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import structlog

from classmod.configerrors import ConfigError, ConfigErrors, errors_of
from classmod.model import Decision, Message
from classmod.ops import OpsError
from classmod.scoring import base_categories, score
from classmod.terms import LearnedTerm, TermState

if TYPE_CHECKING:
    from classmod.report import ReportData

log = structlog.get_logger("classmod.cli")

#: the signals that stop ``classmod run`` cleanly (systemd sends SIGTERM, a terminal SIGINT)
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
#: the signal that reloads the config (``systemctl reload classmod``)
RELOAD_SIGNAL = signal.SIGHUP

#: exit codes: a config or state-directory problem; credentials a platform refused. The unit
#: file does not restart on either (RestartPreventExitStatus): only the operator can fix them
EXIT_CONFIG = 2
EXIT_REFUSED = 3


def _cmd_check_config(args: argparse.Namespace) -> int:
    """Every file checked, every problem of each told (errors on stderr, in file order),
    and what to do before ``run`` noted: a secret not set yet does not fail it."""
    from classmod.config import load_config

    failed = False
    for path in args.files:
        try:
            cfg = load_config(path, runnable=True)
        except ConfigError as exc:
            failed = True
            _print_errors(exc)
            continue
        for note in cfg.notes:
            print(f"note: {note}")
        rules = sorted({rid for g in cfg.groups.values() for rid in g.rules})
        print(f"{path}: OK — {cfg.school}, {len(cfg.groups)} group(s), rules {', '.join(rules)}")
    return EXIT_CONFIG if failed else 0


def _print_errors(exc: ConfigError) -> None:
    """``exc``'s errors, one a line, then its notes, on stderr."""
    errors = errors_of(exc)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    for note in exc.notes if isinstance(exc, ConfigErrors) else ():
        print(f"note: {note}", file=sys.stderr)
    if len(errors) > 1:
        print(f"{len(errors)} problems, in file order", file=sys.stderr)


def _writable_target(path: Path, flag: str) -> Path:
    """``path`` checked as a file to write, or a ConfigError naming the flag."""
    if path.is_dir():
        raise ConfigError(path, flag, "is a directory: give the file to write")
    if not path.parent.is_dir():
        raise ConfigError(
            path, flag, f"the directory {path.parent} does not exist: create it first"
        )
    return path


def _cmd_simulate(args: argparse.Namespace) -> int:
    from classmod.report import ReportData, render
    from classmod.simulate import build_engine, replay, transcript_files

    bundle = Path(args.bundle)
    if not (bundle / "groups.yaml").is_file():
        raise ConfigError(bundle / "groups.yaml", "", "file not found (is this a simulate bundle?)")
    out_path = _writable_target(Path(args.out), "--out")
    report_path = _writable_target(Path(args.report), "--report") if args.report else None
    # with --config, the school's store is read too: its labels score the replay (unless
    # --labels names a file) and its learned terms in use judge as the bot would
    stored = _school_store(args.config) if args.config else None
    engine, groups = build_engine(
        bundle, Path(args.config) if args.config else None, terms=stored.terms if stored else ()
    )
    files = transcript_files(bundle, groups)
    data = ReportData() if report_path is not None else None
    progress = Progress(files) if sys.stderr.isatty() else None
    gold: dict[str, set[str]] | None = None
    labels_from: Path | None = None
    if args.labels:
        labels_from = Path(args.labels)
        gold = _read_labels(labels_from)
    elif stored is not None and stored.labels:
        labels_from = stored.path
        gold = stored.labels
    predicted: dict[str, set[str]] = {}

    def observe(msg: Message, decision: Decision) -> None:
        if data is not None:
            data.observe(msg, decision)
        if progress is not None:
            progress.step()
        if gold is not None and (key := f"{msg.group_id}/{msg.id}") in gold:
            predicted[key] = base_categories(v.label for v in decision.verdicts)

    # written beside the target and moved over it at the end: a failed run leaves no half file
    tmp = out_path.with_name(out_path.name + ".tmp")
    try:
        out = tmp.open("w", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(out_path, "--out", f"cannot be written: {exc.strerror or exc}") from None
    try:
        with out:
            summary = replay(engine, groups, bundle, out, observe=observe)
        if progress is not None:
            progress.done()
        if report_path is not None and data is not None:
            page = render(data, groups, bundle=bundle, gold=_report_gold(files, gold, data))
            report_tmp = report_path.with_name(report_path.name + ".tmp")
            try:
                report_tmp.write_text(page, encoding="utf-8")
            except OSError as exc:
                report_tmp.unlink(missing_ok=True)
                raise ConfigError(
                    report_path, "--report", f"cannot be written: {exc.strerror or exc}"
                ) from None
            report_tmp.replace(report_path)
        tmp.replace(out_path)
    except BaseException:
        if progress is not None:
            progress.done()
        tmp.unlink(missing_ok=True)
        raise
    print(summary.table())
    print(f"\n{sum(summary.messages.values())} messages -> {out_path}")
    if report_path is not None:
        print(f"report -> {report_path}")
    if stored is not None and stored.terms:
        print(f"\nlearned terms in use from {stored.path}: {len(stored.terms)}")
    if gold is not None and labels_from is not None:
        print("\n" + labels_table(gold, predicted, labels_from))
    return 0


@dataclass(frozen=True, slots=True)
class SchoolStore:
    """What ``simulate --config`` reads from the school's store."""

    path: Path
    labels: dict[str, set[str]]  # gold categories by ``group/id``
    terms: tuple[LearnedTerm, ...]  # the learned terms in use


def _school_store(config_file: str) -> SchoolStore | None:
    """The labels and learned terms of the store a config names; None when there is no
    store file yet (a school that has not run the bot) or it is in memory."""
    from classmod.config import load_config
    from classmod.ops import open_store_readonly
    from classmod.storage.examples import stored_examples
    from classmod.storage.terms import stored_terms

    config = load_config(config_file)
    if config.store.path == ":memory:":
        return None
    path = Path(config.store.path)
    path = path if path.is_absolute() else config.path.parent / path
    if not path.is_file():
        return None
    conn = open_store_readonly(path)
    try:
        examples = stored_examples(conn)
        terms = tuple(t for t in stored_terms(conn) if t.state == TermState.ACTIVE)
    finally:
        conn.close()
    labels = {f"{e.group_id}/{e.message_id}": base_categories(e.expect) for e in examples}
    return SchoolStore(path=path, labels=labels, terms=terms)


def _report_gold(
    files: list[Path], labels: dict[str, set[str]] | None, data: ReportData
) -> dict[str, set[str]] | None:
    """The labels the report scores against: the bundle's ``expect``, and a school's stored
    labels (``--labels``) for the messages of the bundle they name, which win."""
    from classmod.report import read_gold

    gold = read_gold(files)
    if not labels:
        return gold
    stored = {
        mid: cats
        for key, cats in labels.items()
        if (mid := key.split("/", 1)[-1]) in data.predicted
    }
    return {**(gold or {}), **stored} if stored else gold


def _read_labels(path: Path) -> dict[str, set[str]]:
    """A labels file (``classmod labels export``) as gold categories by ``group/id``."""
    from classmod.labels import read_jsonl

    return {f"{e.group_id}/{e.message_id}": base_categories(e.expect) for e in read_jsonl(path)}


def labels_table(gold: dict[str, set[str]], predicted: dict[str, set[str]], file: Path) -> str:
    """Per-category precision and recall of the replay against the labelled messages it
    met (the others are not in the bundle and are not scored)."""
    found = {key: cats for key, cats in gold.items() if key in predicted}
    lines = [f"labels {file}: {len(gold)} labelled, {len(found)} in the bundle"]
    if not found:
        return "\n".join(lines)
    result = score(found, predicted)
    lines += ["category         precision   recall  labelled"]
    lines += [
        f"{c.category:<16} {c.precision:>9.2f} {c.recall:>8.2f} {c.gold:>9}"
        for c in result.categories()
    ]
    if result.clean:
        lines.append(
            f"clean labelled {result.clean}, flagged by the rules {result.flagged_clean}"
            + (f": {', '.join(result.flagged_clean_ids[:10])}" if result.flagged_clean else "")
        )
    return "\n".join(lines)


class Progress:
    """One line on the terminal (stderr) that a long replay rewrites: a bar and a count."""

    WIDTH = 30

    def __init__(self, files: list[Path]) -> None:
        self.total = sum(_count_lines(f) for f in files)
        self.seen = 0
        self.every = max(1, self.total // 200)

    def step(self) -> None:
        self.seen += 1
        if self.seen % self.every == 0 or self.seen == self.total:
            share = self.seen / self.total if self.total else 1.0
            filled = int(self.WIDTH * min(share, 1.0))
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            sys.stderr.write(f"\rsimulate [{bar}] {self.seen}/{self.total} messages")
            sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()


def _count_lines(file: Path) -> int:
    """The non-empty lines of a transcript (an estimate for the bar; the replay validates)."""
    try:
        with file.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 0


def _cmd_run(args: argparse.Namespace) -> int:
    from classmod.bridge import AuthenticationFailed
    from classmod.logs import configure_logging

    configure_logging()
    from classmod.bridges.factory import run_from_config
    from classmod.ops import StoreInUse

    try:
        asyncio.run(serve_until_stopped(run_from_config, Path(args.config)))
    except KeyboardInterrupt:  # a signal before the handlers were installed
        return 0
    except AuthenticationFailed as exc:
        log.error("stopped", reason="credentials refused", error=str(exc))
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except StoreInUse as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    return 0


async def serve_until_stopped(
    serve: Callable[[Path, asyncio.Event], Awaitable[None]], config: Path
) -> None:
    """``serve(config, reload)`` until SIGTERM or SIGINT, which cancel it: the app then stops
    taking events, lets those in hand finish with the links open, and closes (``App.run``).
    SIGHUP sets ``reload``: ``serve`` reads the config again (``run_from_config``).

    A second signal cancels again, cutting the drain short: what was decided and not yet
    carried out stays in the store's outbox for the next start."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    received: list[str] = []
    reload = asyncio.Event()

    def stop(name: str) -> None:
        log.info("stop_requested", signal=name, again=bool(received))
        received.append(name)
        task.cancel()

    for sig in STOP_SIGNALS:
        loop.add_signal_handler(sig, stop, sig.name)
    loop.add_signal_handler(RELOAD_SIGNAL, reload.set)
    try:
        await serve(config, reload)
    except asyncio.CancelledError:
        if not received:
            raise
        log.info("stopped", signal=received[0])
    finally:
        for sig in (*STOP_SIGNALS, RELOAD_SIGNAL):
            loop.remove_signal_handler(sig)


def _store_of(config_file: str) -> Path:
    """The store a school config names (relative to the config file's directory)."""
    from classmod.config import load_config

    config = load_config(config_file)
    if config.store.path == ":memory:":
        raise OpsError(f"{config_file}: store.path is :memory:, there is no store file")
    store = Path(config.store.path)
    return store if store.is_absolute() else config.path.parent / store


def _cmd_backup(args: argparse.Namespace) -> int:
    from classmod.ops import backup

    report = backup(_store_of(args.config), Path(args.file))
    print("\n".join(report.lines()))
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from classmod.ops import restore

    store = _store_of(args.config)
    kept = restore(Path(args.file), store)
    print(f"{store}: restored from {args.file}")
    if kept is not None:
        print(f"the store it replaced is kept as {kept}")
    return 0


def _cmd_labels_export(args: argparse.Namespace) -> int:
    from classmod.labels import write_jsonl
    from classmod.ops import open_store_readonly
    from classmod.storage.examples import stored_examples

    target = _writable_target(Path(args.file), "FILE")
    conn = open_store_readonly(_store_of(args.config))
    try:
        examples = stored_examples(conn)
    finally:
        conn.close()
    count = write_jsonl(examples, target)
    blanked = sum(not e.text for e in examples)
    print(f"{count} labelled message(s) -> {target}")
    if blanked:
        print(f"({blanked} without text: blanked after store.message_retention)")
    return 0


def _cmd_labels_terms(args: argparse.Namespace) -> int:
    from classmod.ops import open_store_readonly
    from classmod.storage.terms import stored_terms

    conn = open_store_readonly(_store_of(args.config))
    try:
        terms = stored_terms(conn)
    finally:
        conn.close()
    shown = terms if args.all else [t for t in terms if t.state == TermState.ACTIVE]
    print(f"{len(shown)} learned term(s){'' if args.all else ' in use'}")
    if shown:
        print("id  state     scope   rule  kind   term")
    for t in shown:
        decided = f"  by {t.decided_by} {t.decided_at:%Y-%m-%d}" if t.decided_at else ""
        print(
            f"{t.id:<3} {t.state:<9} {t.group_id or 'school':<7} {t.rule_id:<5} {t.kind:<6}"
            f" {t.term}{decided}"
        )
    return 0


def _cmd_labels_import(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from classmod.config import load_config, short_repr
    from classmod.labels import numbered_examples
    from classmod.ops import hold_store
    from classmod.store import Store

    config = load_config(args.config)
    source = Path(args.file)
    examples = []
    for lineno, example in numbered_examples(source):
        if example.group_id not in config.groups:
            raise ConfigError(
                source,
                "group",
                f"unknown group {short_repr(example.group_id)} (not in {args.config})",
                lineno,
            )
        examples.append(example)
    store_path = _store_of(args.config)

    async def load() -> int:
        async with Store(store_path) as store:
            return await store.examples.import_all(examples, datetime.now(UTC))

    with hold_store(store_path):  # a running bot writes the store: stop it first
        count = asyncio.run(load())
    print(f"{count} labelled message(s) imported into {store_path}")
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from classmod.config import load_config
    from classmod.ops import store_status
    from classmod.status import endpoint_status

    config = load_config(args.config)
    lines, healthy = endpoint_status(config.observe.listen)
    print("\n".join(lines))
    print("\n".join(store_status(_store_of(args.config))))
    return 0 if healthy else 1


def _cmd_demo(args: argparse.Namespace) -> int:
    from classmod.dev.demo import main as demo_main

    return demo_main(args.rest)


def _cmd_devserver(args: argparse.Namespace) -> int:
    # the harness is standard library only: it runs Synapse from its own venv, never imports it
    from classmod.dev.devserver import main as devserver_main

    return devserver_main(args.rest)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["demo"]:  # argparse's REMAINDER cannot start with an option (--keep DIR)
        return _cmd_demo(argparse.Namespace(rest=argv[1:]))
    if argv[:1] == ["devserver"]:  # its own options (--port, --state ...), parsed by it
        return _cmd_devserver(argparse.Namespace(rest=argv[1:]))
    parser = argparse.ArgumentParser(
        prog="classmod", description="家校群 moderation: Matrix, QQ, WeChat"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run", help="run the bot for a school config")
    p.add_argument("config")
    p.set_defaults(func=_cmd_run)
    p = sub.add_parser("simulate", help="replay an exported chat bundle (SIMULATE.md)")
    p.add_argument("bundle")
    p.add_argument("--out", required=True)
    p.add_argument("--config")
    p.add_argument("--report", help="also write one self-contained HTML page of the results")
    p.add_argument(
        "--labels",
        help="score the replay against labelled messages (classmod labels export): "
        "per-category precision and recall on the terminal",
    )
    p.set_defaults(func=_cmd_simulate)
    p = sub.add_parser("check-config", help="validate school config files")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=_cmd_check_config)
    p = sub.add_parser("status", help="health, counters and the store of a running bot")
    p.add_argument("config")
    p.set_defaults(func=_cmd_status)
    p = sub.add_parser("backup", help="copy the store to FILE, safely while the bot runs")
    p.add_argument("config")
    p.add_argument("file")
    p.set_defaults(func=_cmd_backup)
    p = sub.add_parser("restore", help="replace the store with a backup (the bot stopped)")
    p.add_argument("config")
    p.add_argument("file")
    p.set_defaults(func=_cmd_restore)
    p = sub.add_parser("labels", help="export or import a school's labelled messages")
    labels = p.add_subparsers(dest="labels_command", required=True)
    p = labels.add_parser("export", help="write the store's labelled messages to FILE.jsonl")
    p.add_argument("config")
    p.add_argument("file")
    p.set_defaults(func=_cmd_labels_export)
    p = labels.add_parser("terms", help="list the terms learned from staff corrections")
    p.add_argument("config")
    p.add_argument("--all", action="store_true", help="also proposed, declined and removed")
    p.set_defaults(func=_cmd_labels_terms)
    p = labels.add_parser("import", help="add labelled messages from FILE.jsonl to the store")
    p.add_argument("config")
    p.add_argument("file")
    p.set_defaults(func=_cmd_labels_import)
    p = sub.add_parser("demo", help="a throwaway homeserver and a scripted class-group scene")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=_cmd_demo)
    p = sub.add_parser("devserver", help="a local test-only Synapse to try the bot with Element")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=_cmd_devserver)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except ConfigError as exc:
        _print_errors(exc)
        return EXIT_CONFIG
    except OpsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_CONFIG


if __name__ == "__main__":
    raise SystemExit(main())
