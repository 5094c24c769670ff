"""Accepted findings: a baseline file and inline ignore comments.

A finding's fingerprint depends on what it says, not where: the rule, the
finding kind, the subject, and each claim's file and quote. Line numbers are
left out so that editing elsewhere in an article keeps the finding accepted;
changing a quoted figure or date makes it a new finding that shows again.

Inline, ``<!-- claims: ignore RULE_ID -->`` on a line of its own suppresses
that rule's findings for claims in the paragraph that follows it.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from claims.errors import ConfigError
from claims.models import Claim, Document, Finding

BASELINE_VERSION = 1
_IGNORE = re.compile(r"<!--\s*claims:\s*ignore\s+(?P<rules>[\w\s,-]+?)\s*-->")


def fingerprint(finding: Finding) -> str:
    """A stable id for a finding (hex)."""
    parts = [finding.rule, finding.kind.value, finding.subject]
    parts += sorted(f"{Path(c.path).name}\u241f{c.text}" for c in finding.claims)
    return hashlib.sha256("\u241e".join(parts).encode("utf-8")).hexdigest()[:16]


def write_baseline(path: Path, findings: list[Finding]) -> None:
    entries = sorted(
        ({"fingerprint": fingerprint(f), "rule": f.rule, "kind": f.kind.value, "subject": f.subject,
          "message": f.message} for f in findings),
        key=lambda e: (e["rule"], e["subject"], e["fingerprint"]),
    )
    data = {"version": BASELINE_VERSION, "findings": entries}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write baseline ({exc.strerror})") from None


def read_baseline(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: baseline file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not a claims baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
        raise ConfigError(f"{path}: baseline version {data.get('version') if isinstance(data, dict) else '?'} "
                          f"is not supported (expected {BASELINE_VERSION})")
    return {entry["fingerprint"] for entry in data.get("findings", []) if isinstance(entry, dict) and "fingerprint" in entry}


def inline_ignores(doc: Document) -> list[tuple[int, int, frozenset[str]]]:
    """``(start, end, rule_ids)`` for each paragraph an ignore comment covers."""
    spans = []
    text = doc.text
    for match in _IGNORE.finditer(text):
        rules = frozenset(r for r in re.split(r"[\s,]+", match.group("rules")) if r)
        # the paragraph after the comment: up to the next blank line after some text
        rest = re.search(r"\S", text[match.end():])
        start = match.end() + (rest.start() if rest else 0)
        blank = re.search(r"\n[ \t]*\n", text[start:])
        end = start + blank.start() if blank else len(text)
        spans.append((start, end, rules))
    return spans


def is_ignored_inline(claim: Claim, rule: str, ignores: dict[str, list[tuple[int, int, frozenset[str]]]]) -> bool:
    for start, end, rules in ignores.get(claim.path, ()):
        if start <= claim.start < end and (rule in rules or "all" in rules):
            return True
    return False


def filter_findings(findings: list[Finding], accepted: set[str],
                    ignores: dict[str, list[tuple[int, int, frozenset[str]]]]) -> tuple[list[Finding], int, int]:
    """Drop accepted findings; return ``(kept, hidden_by_baseline, hidden_inline)``."""
    kept, by_baseline, inline = [], 0, 0
    for finding in findings:
        if any(is_ignored_inline(c, finding.rule, ignores) for c in finding.claims):
            inline += 1
        elif accepted and fingerprint(finding) in accepted:
            by_baseline += 1
        else:
            kept.append(finding)
    return kept, by_baseline, inline
