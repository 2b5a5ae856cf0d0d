"""``classmod simulate --report``: the page's figures, its escaping, and the progress line.

The figures are read back with a real HTML parser (and, where Debian's ``chromium`` is
installed, from the DOM headless Chromium built from the file) and compared with what
``benchmarks/corpus_accuracy.py`` prints for the same corpus.
"""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from classmod.cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
MINI = ROOT / "tests" / "bundles" / "mini"
HOSTILE = "<script>document.title='pwned';document.body.innerHTML=''</script>加微信 ad12345 领福利"


class Figures(HTMLParser):
    """Collects the page's marked figures, its elements and its visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.accuracy: dict[str, dict[str, str]] = {}
        self.top: dict[str, str] = {}
        self._table: list[str] = []
        self._category = ""
        self._figure = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        a = dict(attrs)
        if tag == "table":
            self._table.append(a.get("id") or "")
        if tag == "tr":
            self._category = a.get("data-category") or ""
        if a.get("data-figure"):
            self._figure = a["data-figure"] or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._table:
            self._table.pop()
        if tag in {"td", "b", "span"}:
            self._figure = ""

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if not self._figure:
            return
        if self._table and self._table[-1] == "accuracy" and self._category:
            self.accuracy.setdefault(self._category, {})[self._figure] = data.strip()
        elif not self._table:
            self.top[self._figure] = data.strip()


def parse(page: str) -> Figures:
    figures = Figures()
    figures.feed(page)
    figures.close()
    return figures


def benchmark_table(bundle: Path) -> tuple[dict[str, dict[str, str]], str]:
    """corpus_accuracy.py's rows (category → figures) and its clean-flagged line."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    printed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "corpus_accuracy.py"), str(bundle)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout.splitlines()
    keys = ("gold", "tp", "fp", "fn", "precision", "recall", "f1")
    rows = {}
    for line in printed[2:]:
        if line.startswith("clean messages flagged:"):
            return rows, line
        name, *values = line.split()
        rows[name] = dict(zip(keys, values, strict=True))
    raise AssertionError(f"no clean-flagged line in {printed}")


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    page = tmp / "report.html"
    assert (
        main(["simulate", str(CORPUS), "--out", str(tmp / "d.jsonl"), "--report", str(page)]) == 0
    )
    return page


def test_corpus_figures_match_corpus_accuracy(corpus_page: Path) -> None:
    figures = parse(corpus_page.read_text(encoding="utf-8"))
    rows, clean_line = benchmark_table(CORPUS)
    assert len(rows) > 10 and "micro" in rows
    assert figures.accuracy == rows
    flagged, clean = clean_line.split(":")[1].split("=")[0].strip().split("/")
    assert figures.top["flagged_clean"] == flagged
    assert figures.top["clean"] == clean
    assert figures.top["messages"] == "1121"


def test_report_leaves_the_decisions_file_as_it_was(tmp_path: Path) -> None:
    plain, with_report = tmp_path / "plain.jsonl", tmp_path / "with.jsonl"
    assert main(["simulate", str(MINI), "--out", str(plain)]) == 0
    assert (
        main(
            ["simulate", str(MINI), "--out", str(with_report), "--report", str(tmp_path / "r.html")]
        )
        == 0
    )
    assert plain.read_bytes() == with_report.read_bytes()


def hostile_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    shutil.copytree(MINI, bundle)
    line = {
        "id": "g1-9001",
        "ts": "2026-09-07T10:00:00+08:00",
        "group": "g1",
        "sender": "p_he_mom",
        "name": "<b onmouseover=alert(1)>何雨彤妈妈</b>",
        "text": HOSTILE + " http://evil.example/<img src=x onerror=alert(2)>",
        "kind": "text",
        "reply_to": None,
    }
    with (bundle / "transcripts" / "g1.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return bundle


def test_untrusted_text_shows_as_text(tmp_path: Path) -> None:
    page_path = tmp_path / "r.html"
    bundle = hostile_bundle(tmp_path)
    assert (
        main(
            [
                "simulate",
                str(bundle),
                "--out",
                str(tmp_path / "d.jsonl"),
                "--report",
                str(page_path),
            ]
        )
        == 0
    )
    page = page_path.read_text(encoding="utf-8")
    figures = parse(page)
    assert "script" not in figures.tags and "img" not in figures.tags
    assert "b" in figures.tags  # the page's own bold figures, never the sender's
    text = "".join(figures.text)
    assert HOSTILE in text
    assert "<b onmouseover=alert(1)>何雨彤妈妈</b>" in text
    assert "http://evil.example/<img src=x onerror=alert(2)>" in text
    assert 'data-message="g1-9001"' in page  # it was flagged, so it is listed


def test_no_network_and_no_script_on_the_page(corpus_page: Path) -> None:
    page = corpus_page.read_text(encoding="utf-8")
    figures = parse(page)
    assert "script" not in figures.tags and "link" not in figures.tags
    assert "http://" not in page.split("<body>")[0] and "https://" not in page.split("<body>")[0]
    assert figures.tags.count("svg") >= 4  # categories, groups, actions, a timeline at least


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_dom(page: Path) -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",  # root in CI has no user namespace sandbox
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={page.parent / 'chromium-profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium (scripts/test installs Debian's as root)")
def test_chromium_renders_the_corpus_figures(corpus_page: Path) -> None:
    dom = chromium_dom(corpus_page)
    figures = parse(dom)
    rows, _ = benchmark_table(CORPUS)
    assert figures.accuracy == rows
    assert figures.top["messages"] == "1121"


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium (scripts/test installs Debian's as root)")
def test_chromium_runs_no_message_script(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    bundle = hostile_bundle(tmp_path)
    assert (
        main(["simulate", str(bundle), "--out", str(tmp_path / "d.jsonl"), "--report", str(page)])
        == 0
    )
    dom = chromium_dom(page)
    figures = parse(dom)
    assert "<title>classmod 模拟报告：bundle</title>" in dom  # the script would have renamed it
    assert HOSTILE in "".join(figures.text)
    assert "script" not in figures.tags and "img" not in figures.tags


def test_progress_line_only_on_a_terminal(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    argv = [
        sys.executable,
        "-m",
        "classmod.cli",
        "simulate",
        str(MINI),
        "--out",
        str(tmp_path / "d.jsonl"),
    ]
    piped = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
    assert piped.stderr == ""
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=follower, env=env, check=True)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the terminal's other end is closed
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    assert proc.returncode == 0
    shown = b"".join(chunks).decode()
    total = sum(
        1
        for f in (MINI / "transcripts").glob("*.jsonl")
        for line in f.read_text().splitlines()
        if line.strip()
    )
    assert f"{total}/{total} messages" in shown
    assert "[" + "#" * 30 + "]" in shown


def test_stored_labels_are_scored_on_the_page(tmp_path: Path) -> None:
    # a school's labels (classmod labels export) for a bundle without `expect`: the page
    # scores the replay against them
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        '{"id": "g1-0006", "group": "g1", "ts": "2026-09-07T08:00:00+08:00", "expect": ["ad"]}\n',
        encoding="utf-8",
    )
    page = tmp_path / "report.html"
    args = ["simulate", str(MINI), "--out", str(tmp_path / "d.jsonl"), "--report", str(page)]
    assert main([*args, "--labels", str(labels)]) == 0
    with_labels = parse(page.read_text(encoding="utf-8"))
    assert main(args) == 0
    without = parse(page.read_text(encoding="utf-8"))
    assert "ad" in with_labels.accuracy and with_labels.accuracy != without.accuracy
