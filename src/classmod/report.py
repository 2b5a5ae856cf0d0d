"""``classmod simulate --report report.html``: what the rules would do, on one page.

The page is one self-contained file: inline CSS and SVG, no script, nothing fetched, so it
opens from a file on a machine without network. Every text from the bundle (messages,
names, group names) is untrusted and escaped. Where the bundle's transcript lines carry
gold labels (``expect``), the page adds precision, recall and F1 per category and the clean
messages that were flagged, scored by :mod:`classmod.scoring` (as ``corpus_accuracy.py``).

The figures are marked for machines too: ``data-figure`` / ``data-category`` /
``data-group`` / ``data-action`` attributes carry the exact counts the cells show.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path

from classmod.config import ConfigError, GroupConfig
from classmod.model import Action, Decision, Message
from classmod.scoring import Score, base_categories, score

#: how many characters of a message the flagged-messages table shows
TEXT_LIMIT = 400


@dataclass(frozen=True, slots=True, kw_only=True)
class FlaggedMessage:
    message: Message
    labels: tuple[str, ...]
    verdicts: tuple[tuple[str, str, str], ...]  # (rule, label, reason)
    actions: tuple[Action, ...]


@dataclass(slots=True)
class ReportData:
    """What the report needs, gathered as the replay goes (``observe`` for ``simulate``)."""

    messages: Counter[str] = field(default_factory=Counter)  # per group
    flagged: Counter[str] = field(default_factory=Counter)  # flagged messages per group
    categories: Counter[str] = field(default_factory=Counter)  # flagged messages per category
    group_categories: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    actions: Counter[str] = field(default_factory=Counter)
    group_actions: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    days: dict[str, Counter[date]] = field(default_factory=lambda: defaultdict(Counter))
    flagged_days: dict[str, Counter[date]] = field(default_factory=lambda: defaultdict(Counter))
    predicted: dict[str, set[str]] = field(default_factory=dict)
    texts: dict[str, Message] = field(default_factory=dict)  # every message, for the clean list
    rows: list[FlaggedMessage] = field(default_factory=list)

    def observe(self, msg: Message, decision: Decision) -> None:
        group = msg.group_id
        day = msg.ts.date()
        self.messages[group] += 1
        self.days[group][day] += 1
        labels: list[str] = []
        for v in decision.verdicts:
            if v.label not in labels:
                labels.append(v.label)
        self.predicted[msg.id] = base_categories(labels)
        self.texts[msg.id] = msg
        for a in decision.actions:
            self.actions[str(a.kind)] += 1
            self.group_actions[group][str(a.kind)] += 1
        if not labels and not decision.actions:
            return
        if labels:
            self.flagged[group] += 1
            self.flagged_days[group][day] += 1
            for c in base_categories(labels):
                self.categories[c] += 1
                self.group_categories[group][c] += 1
        self.rows.append(
            FlaggedMessage(
                message=msg,
                labels=tuple(labels),
                verdicts=tuple((v.rule_id, v.label, v.reason) for v in decision.verdicts),
                actions=decision.actions,
            )
        )


def read_gold(files: Iterable[Path]) -> dict[str, set[str]] | None:
    """The ``expect`` labels of the transcripts (a line without one is clean), or None when
    no line carries one. The lines were validated by the replay; a bad ``expect`` is named."""
    gold: dict[str, set[str]] = {}
    labelled = False
    for file in files:
        with file.open(encoding="utf-8") as fh:
            for lineno, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                obj = json.loads(raw)
                expect = obj.get("expect")
                if expect is None:
                    gold[obj["id"]] = set()
                    continue
                if not isinstance(expect, list) or not all(isinstance(c, str) for c in expect):
                    raise ConfigError(file, "expect", "must be a list of categories", lineno)
                labelled = True
                gold[obj["id"]] = base_categories(expect)
    return gold if labelled else None


# -- rendering -----------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328;line-height:1.5}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;margin:.6rem 0}th,td{border:1px solid #d0d7de;padding:.2rem .5rem;
vertical-align:top;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
th{background:#f6f8fa}.msg{white-space:pre-wrap;word-break:break-word;max-width:30rem}
.muted{color:#656d76}.tag{display:inline-block;background:#fff1e5;border:1px solid #f0b37e;
border-radius:.3rem;padding:0 .3rem;margin:0 .2rem .2rem 0;font-size:.85em}
.act{background:#ddf4ff;border-color:#80ccff}.gold{background:#dafbe1;border-color:#6fdd8b}
svg{display:block;margin:.4rem 0}svg text{font-size:12px;fill:#1f2328}
"""

_BAR = "#cf222e"
_LIGHT = "#d0d7de"


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _bar_chart(items: Sequence[tuple[str, float]], *, title: str, fmt: str = "{:g}") -> str:
    """A horizontal SVG bar chart: one labelled bar per item."""
    if not items:
        return ""
    top = max(v for _, v in items) or 1.0
    row, label_w, bar_w = 20, 150, 420
    height = row * len(items) + 6
    parts = [
        f'<svg role="img" aria-label="{_e(title)}" width="{label_w + bar_w + 80}"'
        f' height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{_e(title)}</title>'
    ]
    for i, (label, value) in enumerate(items):
        y = i * row + 3
        w = max(1.0, bar_w * value / top) if value else 0.0
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{_e(label)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{row - 6}" fill="{_BAR}"/>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + 13}">{_e(fmt.format(value))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _timeline(days: Counter[date], flagged: Counter[date], *, title: str) -> str:
    """Messages (grey) and flagged messages (red) per day, one column a day."""
    if not days:
        return ""
    first, last = min(days), max(days)
    span = (last - first).days + 1
    col = max(3, min(24, 700 // span))
    chart_h, top = 120, max(days.values())
    width = col * span + 60
    parts = [
        f'<svg role="img" aria-label="{_e(title)}" width="{width}" height="{chart_h + 36}"'
        f' xmlns="http://www.w3.org/2000/svg"><title>{_e(title)}</title>'
    ]
    for offset in range(span):
        day = date.fromordinal(first.toordinal() + offset)
        n, f = days.get(day, 0), flagged.get(day, 0)
        x = 40 + offset * col
        h = chart_h * n / top
        hf = chart_h * f / top
        parts.append(
            f'<rect x="{x}" y="{chart_h - h + 4:.1f}" width="{col - 1}" height="{h:.1f}"'
            f' fill="{_LIGHT}"><title>{day.isoformat()}: {n} 条消息, {f} 条被标记</title></rect>'
        )
        if f:
            parts.append(
                f'<rect x="{x}" y="{chart_h - hf + 4:.1f}" width="{col - 1}" height="{hf:.1f}"'
                f' fill="{_BAR}"/>'
            )
    parts.append(
        f'<text x="0" y="14">{top}</text><text x="0" y="{chart_h + 4}">0</text>'
        f'<text x="40" y="{chart_h + 22}">{first.isoformat()}</text>'
        f'<text x="{width - 4}" y="{chart_h + 22}" text-anchor="end">{last.isoformat()}</text>'
        "</svg>"
    )
    return "".join(parts)


def _action_text(a: Action) -> str:
    words = str(a.kind)
    if a.duration is not None:
        words += f" {int(a.duration.total_seconds() // 60)} 分钟"
    if a.downgraded_from is not None:
        words += f"（由 {a.downgraded_from} 降级）"
    out = f'<span class="tag act">{_e(words)}</span>'
    if a.text:
        out += f'<div class="msg muted">{_e(a.text)}</div>'
    return out


def _group_name(groups: Mapping[str, GroupConfig], gid: str) -> str:
    g = groups.get(gid)
    if g is None:
        return gid
    name = " ".join(x for x in (g.group.school, g.group.class_name) if x)
    return f"{gid}（{name}，{g.group.platform}）" if name else gid


def render(
    data: ReportData,
    groups: Mapping[str, GroupConfig],
    *,
    bundle: Path,
    gold: Mapping[str, set[str]] | None,
) -> str:
    total = sum(data.messages.values())
    flagged_total = sum(data.flagged.values())
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # no script, no network: nothing on this page runs or loads anything
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
        " style-src 'unsafe-inline'; img-src data:\">",
        f"<title>classmod 模拟报告：{_e(bundle.name)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>classmod 模拟报告：{_e(bundle.name)}</h1>",
        "<p>规则在历史聊天记录上的模拟结果：什么都没有真的执行。"
        f' 共 <b data-figure="messages">{total}</b> 条消息，'
        f'<b data-figure="flagged">{flagged_total}</b> 条被标记，'
        f'<b data-figure="actions">{sum(data.actions.values())}</b> 个动作。</p>',
    ]
    out.append("<h2>各类别标记数</h2>")
    cats = sorted(data.categories.items(), key=lambda x: (-x[1], x[0]))
    out.append(_bar_chart(cats, title="各类别被标记的消息数"))
    out.append("<table><tr><th>类别</th><th>被标记消息</th></tr>")
    for c, n in cats:
        out.append(f'<tr data-category="{_e(c)}"><td>{_e(c)}</td><td class="n">{n}</td></tr>')
    out.append("</table>")

    out.append("<h2>各群标记数</h2>")
    gids = sorted(data.messages)
    out.append(_bar_chart([(g, float(data.flagged[g])) for g in gids], title="各群被标记的消息数"))
    out.append("<table><tr><th>群</th><th>消息</th><th>被标记</th><th>类别</th></tr>")
    for g in gids:
        per = ", ".join(f"{c} {n}" for c, n in sorted(data.group_categories[g].items()))
        out.append(
            f'<tr data-group="{_e(g)}"><td>{_e(_group_name(groups, g))}</td>'
            f'<td class="n" data-figure="messages">{data.messages[g]}</td>'
            f'<td class="n" data-figure="flagged">{data.flagged[g]}</td>'
            f"<td>{_e(per)}</td></tr>"
        )
    out.append("</table>")

    out.append("<h2>处理阶梯的动作</h2>")
    kinds = sorted(data.actions.items(), key=lambda x: (-x[1], x[0]))
    out.append(_bar_chart(kinds, title="各种动作的次数"))
    out.append("<table><tr><th>动作</th><th>合计</th>")
    out += [f"<th>{_e(g)}</th>" for g in gids]
    out.append("</tr>")
    for k, n in kinds:
        out.append(f'<tr data-action="{_e(k)}"><td>{_e(k)}</td><td class="n">{n}</td>')
        out += [f'<td class="n">{data.group_actions[g][k]}</td>' for g in gids]
        out.append("</tr>")
    out.append("</table>")

    out.append("<h2>各群时间线</h2>")
    out.append('<p class="muted">每天一列：灰色为消息数，红色为被标记的消息数。</p>')
    for g in gids:
        out.append(f"<h3>{_e(_group_name(groups, g))}</h3>")
        out.append(_timeline(data.days[g], data.flagged_days[g], title=f"{g} 每天的消息"))

    if gold is not None:
        out += _accuracy(score(gold, data.predicted), data)

    out.append("<h2>被标记或被处理的消息</h2>")
    head = "".join(f"<th>{h}</th>" for h in ("时间", "群", "发送者", "消息", "规则与理由", "动作"))
    gold_head = "<th>标注</th>" if gold is not None else ""
    out.append(f'<table id="flagged"><tr>{head}{gold_head}</tr>')
    for row in data.rows:
        m = row.message
        text = m.text if len(m.text) <= TEXT_LIMIT else m.text[:TEXT_LIMIT] + "…"
        why = "".join(
            f'<div><span class="tag">{_e(rule)} {_e(label)}</span>{_e(reason)}</div>'
            for rule, label, reason in row.verdicts
        )
        acts = "".join(_action_text(a) for a in row.actions) or '<span class="muted">无</span>'
        out.append(
            f'<tr data-message="{_e(m.id)}"><td>{_e(m.ts.isoformat(timespec="minutes"))}'
            f'<div class="muted">{_e(m.id)}</div></td><td>{_e(m.group_id)}</td>'
            f'<td>{_e(m.display_name or m.sender_id)}</td><td class="msg">{_e(text)}</td>'
            f"<td>{why}</td><td>{acts}</td>"
        )
        if gold is not None:
            expect = sorted(gold.get(m.id, set()))
            out.append(
                "<td>"
                + ("".join(f'<span class="tag gold">{_e(c)}</span>' for c in expect) or "干净")
                + "</td>"
            )
        out.append("</tr>")
    out.append("</table>")
    out.append("</body></html>\n")
    return "\n".join(out)


def _accuracy(s: Score, data: ReportData) -> list[str]:
    out = ["<h2>与人工标注对比（expect）</h2>"]
    out.append(
        f'<p><span data-figure="labelled">{s.messages}</span> 条有标注的消息，其中'
        f' <span data-figure="clean">{s.clean}</span> 条干净；干净却被标记：'
        f'<b data-figure="flagged_clean">{s.flagged_clean}</b>/{s.clean} ='
        f' <span data-figure="flagged_clean_rate">{s.clean_flagged_rate:.2%}</span>。</p>'
    )
    rows = s.categories()
    out.append(_bar_chart([(c.category, c.f1) for c in rows], title="各类别 F1", fmt="{:.3f}"))
    out.append(
        '<table id="accuracy"><tr><th>类别</th><th>标注</th><th>命中 tp</th><th>误报 fp</th>'
        "<th>漏报 fn</th><th>精确率 P</th><th>召回率 R</th><th>F1</th></tr>"
    )
    for c in [*rows, s.micro()]:
        cells = "".join(
            f'<td class="n" data-figure="{k}">{v}</td>'
            for k, v in (
                ("gold", c.gold),
                ("tp", c.tp),
                ("fp", c.fp),
                ("fn", c.fn),
                ("precision", f"{c.precision:.3f}"),
                ("recall", f"{c.recall:.3f}"),
                ("f1", f"{c.f1:.3f}"),
            )
        )
        out.append(f'<tr data-category="{_e(c.category)}"><td>{_e(c.category)}</td>{cells}</tr>')
    out.append("</table>")
    out.append("<h3>干净却被标记的消息</h3>")
    if not s.flagged_clean_ids:
        out.append("<p>没有。</p>")
        return out
    head = "".join(f"<th>{h}</th>" for h in ("消息", "发送者", "内容", "标记为"))
    out.append(f'<table id="flagged-clean"><tr>{head}</tr>')
    for mid in s.flagged_clean_ids:
        m = data.texts[mid]
        out.append(
            f'<tr data-message="{_e(mid)}"><td>{_e(mid)}</td>'
            f"<td>{_e(m.display_name or m.sender_id)}</td>"
            f'<td class="msg">{_e(m.text[:TEXT_LIMIT])}</td>'
            f"<td>{_e(', '.join(sorted(data.predicted[mid])))}</td></tr>"
        )
    out.append("</table>")
    return out
