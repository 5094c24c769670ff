"""Render a run as Markdown (tables, for people) or JSON (the public contract).

The JSON fields read by tools are documented in the README ("JSON report").
Output is deterministic: the same inputs give byte-identical reports.
"""

from __future__ import annotations

import io
import json
import os
import urllib.parse
from typing import TextIO
from collections import Counter, defaultdict

from tabulate import tabulate

from claims import __version__
from claims.intervals import claim_date_interval, claim_number_interval, sort_key
from claims.models import Claim, Severity
from claims.pipeline import RunResult


def summary_counts(result: RunResult) -> dict:
    severities = Counter(f.severity.value for f in result.findings)
    return {
        "articles": len(result.documents),
        "skipped": len(result.skipped),
        "claims": len(result.claims),
        "typed_claims": sum(1 for c in result.claims if c.rule),
        "findings": {s.value: severities.get(s.value, 0) for s in Severity},
        "hidden": {"baseline": result.hidden_by_baseline, "inline": result.hidden_inline},
    }


# ---------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------


def claim_value(claim: Claim) -> dict:
    if claim.quantity is not None:
        q = claim.quantity
        return {
            "magnitude": q.magnitude,
            "low": q.interval.low,
            "high": q.interval.high,
            "low_open": q.interval.low_open,
            "high_open": q.interval.high_open,
            "unit": q.unit,
            "dimension": q.dimension,
            "noun": q.noun,
            "qualifier": q.qualifier.value,
            "range": q.is_range,
            "change": q.change,
        }
    t = claim.time
    assert t is not None
    interval = t.interval
    return {
        "start": interval.start.isoformat() if interval else None,
        "end": interval.end.isoformat() if interval else None,
        "grain": interval.grain.value if interval else None,
        "timex_type": t.timex_type,
        "timex_value": t.timex_value,
        "relative": t.relative,
        "resolved": interval is not None,
    }


def claim_json(claim: Claim) -> dict:
    return {
        "id": claim.id,
        "path": claim.path,
        "line": claim.line,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "sentence": claim.sentence,
        "kind": claim.kind.value,
        "rule": claim.rule,
        "subject": claim.subject,
        "source": claim.source,
        "as_of": claim.as_of.start.isoformat() if claim.as_of else None,
        "published": claim.published.isoformat() if claim.published else None,
        "value": claim_value(claim),
    }


def _document_json(d) -> dict:
    return {
        "path": d.path,
        "title": d.title,
        "byline": d.byline,
        "published": d.published.isoformat() if d.published else None,
        "url": d.url,
        "warnings": d.warnings,
    }


def _finding_json(f) -> dict:
    return {
        "kind": f.kind.value,
        "severity": f.severity.value,
        "rule": f.rule,
        "subject": f.subject,
        "claims": [c.id for c in f.claims],
        "message": f.message,
    }


def write_json(result: RunResult, out: TextIO) -> None:
    """Write the JSON report to ``out``, one record a line.

    Streaming keeps memory flat on large runs (a pretty-printed dump of a
    10,000-article report takes several times its size in memory); one record
    a line still reads and diffs well.
    """
    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False)

    out.write('{"tool": ' + dump({"name": "claims", "version": __version__}) + ",\n")
    out.write(' "summary": ' + dump(summary_counts(result)) + ",\n")
    sections = (
        ("documents", (_document_json(d) for d in result.documents)),
        ("skipped", ({"path": s.path, "reason": s.reason} for s in result.skipped)),
        ("claims", (claim_json(c) for c in result.claims)),
        ("findings", (_finding_json(f) for f in result.findings)),
    )
    for number, (name, records) in enumerate(sections):
        out.write(f' "{name}": [')
        first = True
        for record in records:
            out.write(("\n  " if first else ",\n  ") + dump(record))
            first = False
        out.write("\n ]" if not first else "]")
        out.write(",\n" if number < len(sections) - 1 else "\n}\n")


def render_json(result: RunResult) -> str:
    """The JSON report as a string (see ``write_json``)."""
    buffer = io.StringIO()
    write_json(result, buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _link(claim_path: str, line: int, base_dir: str | None) -> str:
    """``[path:line](relative/path#Lline)``, safe inside a table cell."""
    target = claim_path.split("#", 1)[0]  # a feed item links to its feed file
    if base_dir is not None:
        target = os.path.relpath(target, base_dir).replace(os.sep, "/")
    label = _cell(f"{claim_path}:{line}").replace("[", "\\[").replace("]", "\\]")
    return f"[{label}]({urllib.parse.quote(target, safe='/.~-_')}#L{line})"


def _claim_cell(claim: Claim, base_dir: str | None) -> str:
    date = claim.published.isoformat() if claim.published else "undated"
    source = f", per {claim.source}" if claim.source else ""
    return f"{date}{source}: “{_cell(claim.text)}” ({_link(claim.path, claim.line, base_dir)})"


def _value_cell(claim: Claim) -> str:
    interval = claim_date_interval(claim)
    if interval is not None:
        if interval.start == interval.end:
            return interval.start.isoformat()
        return f"{interval.start.isoformat()} to {interval.end.isoformat()}"
    if claim.quantity is not None:
        q = claim.quantity
        low = "−∞" if q.interval.low is None else f"{q.interval.low:,g}"
        high = "∞" if q.interval.high is None else f"{q.interval.high:,g}"
        if q.interval.low == q.interval.high:
            span = low
        else:
            span = f"{'(' if q.interval.low_open or q.interval.low is None else '['}{low}, {high}{')' if q.interval.high_open or q.interval.high is None else ']'}"
        return f"{span} {q.unit or ''}".strip()
    if claim.time is not None and claim.time.relative and claim.time.interval is None and claim.published is None:
        return "unresolved (no publication date)"
    return claim.time.timex_value if claim.time else ""


def _hidden_note(result: RunResult) -> str:
    parts = []
    if result.hidden_by_baseline:
        parts.append(f"{result.hidden_by_baseline} hidden by the baseline")
    if result.hidden_inline:
        parts.append(f"{result.hidden_inline} hidden by ignore comments")
    return f" ({', '.join(parts)})" if parts else ""


def _mermaid_text(text: str) -> str:
    """Text safe inside a Mermaid label."""
    return " ".join(str(text).replace('"', "'").replace(":", " ").replace(";", ",").replace("#", "").split())


def _mermaid(subject: str, members: list[Claim]) -> list[str]:
    """A chart of the subject over article dates: a line for figures, a Gantt for dates."""
    dated = [c for c in members if c.effective_date is not None]
    intervals = [(c, claim_date_interval(c)) for c in dated]
    if intervals and all(i is not None for _, i in intervals):
        out = ["```mermaid", "gantt", f"    title {_mermaid_text(subject)}", "    dateFormat YYYY-MM-DD",
               "    axisFormat %Y-%m-%d"]
        for claim, interval in intervals:
            out.append(f"    section {claim.published.isoformat() if claim.published else 'undated'}")
            out.append(f"    {_mermaid_text(claim.text)} : {interval.start.isoformat()}, {interval.days}d")
        return out + ["```", ""]
    points: dict[str, float] = {}
    unit = ""
    for claim in dated:
        interval = claim_number_interval(claim)
        if interval is None:
            continue
        value = interval.low if interval.low is not None else interval.high
        if value is None:
            continue
        label = claim.effective_date.isoformat()
        points.setdefault(label, value)
        if claim.quantity is not None and not unit:
            unit = claim.quantity.unit or ""
    if len(points) < 2:
        return []
    labels = sorted(points)
    values = [points[label] for label in labels]
    top = max(values)
    return [
        "```mermaid",
        "xychart-beta",
        f'    title "{_mermaid_text(subject)}"',
        "    x-axis [" + ", ".join(f'"{label}"' for label in labels) + "]",
        f'    y-axis "{_mermaid_text(unit or "value")}" 0 --> {top * 1.1:g}',
        "    line [" + ", ".join(f"{v:g}" for v in values) + "]",
        "```",
        "",
        "Chart: the figure each date's claims guarantee (the low end of \"more than\"), by as-of or article date.",
        "",
    ]


def _appendix(result: RunResult, base_dir: str | None) -> list[str]:
    """Every claim, folded away: the evidence behind the tables."""
    rows = [
        [c.id, _link(c.path, c.line, base_dir), c.kind.value, _cell(f"“{c.text}”"), _cell(_value_cell(c)),
         _cell(c.rule or ""), _cell(c.subject or ""), _cell(c.source or "")]
        for c in result.claims
    ]
    if not rows:
        return []
    table = tabulate(rows, headers=["id", "Where", "Kind", "Quote", "Value", "Rule", "Subject", "Source"], tablefmt="github")
    return [f"<details><summary>All claims ({len(rows)})</summary>", "", table, "", "</details>", ""]


def render_markdown(result: RunResult, title: str, base_dir: str | None = None) -> str:
    """The report for people: summary, findings, timelines, inputs."""
    counts = summary_counts(result)
    f = counts["findings"]
    lines = [
        f"# Claims report: {title}",
        "",
        f"**{counts['articles']} articles checked**, {counts['skipped']} skipped · "
        f"{counts['claims']} claims ({counts['typed_claims']} typed by rules) · "
        f"findings: **{f['error']} errors**, **{f['warning']} warnings**, {f['info']} info"
        + _hidden_note(result),
        "",
        "## Findings",
        "",
    ]
    if result.findings:
        rows = []
        for finding in result.findings:
            rows.append([
                finding.severity.value,
                finding.kind.value,
                _cell(f"{finding.subject} ({finding.rule})"),
                "<br>".join(_claim_cell(c, base_dir) for c in finding.claims),
                _cell(finding.message),
            ])
        lines.append(tabulate(rows, headers=["Severity", "Kind", "Subject (rule)", "What the articles say", "Why"], tablefmt="github"))
    else:
        lines.append("No findings.")
    lines += ["", "## Timelines", "", "Every subject that more than one claim speaks of, in publication order.", ""]
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in result.claims:
        if claim.rule and claim.subject:
            groups[(claim.subject, claim.rule)].append(claim)
    shown = 0
    for (subject, rule), members in sorted(groups.items()):
        if len(members) < 2:
            continue
        shown += 1
        members.sort(key=sort_key)
        lines += [f"### {subject} ({rule})", ""]
        lines += _mermaid(subject, members)
        rows = [
            [
                c.published.isoformat() if c.published else "undated",
                _cell(_value_cell(c)),
                _cell(c.source or ""),
                _link(c.path, c.line, base_dir),
                _cell(f"“{c.text}”"),
            ]
            for c in members
        ]
        lines.append(tabulate(rows, headers=["Article date", "Value", "Source", "Where", "Quote"], tablefmt="github"))
        lines.append("")
    if not shown:
        lines += ["No subject is spoken of by more than one claim.", ""]
    lines += _appendix(result, base_dir)
    lines += ["## Inputs", ""]
    rows = [
        [_link(d.path, 1, base_dir), _cell(d.title or ""), d.published.isoformat() if d.published else "**undated**",
         sum(1 for c in result.claims if c.path == d.path)]
        for d in result.documents
    ]
    if rows:
        lines.append(tabulate(rows, headers=["Article", "Title", "Published", "Claims"], tablefmt="github"))
        lines.append("")
    undated = [d for d in result.documents if d.published is None]
    if undated:
        lines += ["Undated articles: their relative dates (\"next week\", \"Friday\") are left unresolved.", ""]
    warned = [(d.path, w) for d in result.documents for w in d.warnings]
    if warned:
        lines += ["### Warnings", ""]
        lines.append(tabulate([[_cell(p), _cell(w)] for p, w in warned], headers=["Article", "Warning"], tablefmt="github"))
        lines.append("")
    if result.skipped:
        lines += ["### Skipped", ""]
        lines.append(tabulate([[_cell(s.path), _cell(s.reason)] for s in result.skipped], headers=["Input", "Reason"], tablefmt="github"))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
