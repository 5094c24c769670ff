"""Machine formats for CI: SARIF 2.1.0 and GitHub workflow annotations.

SARIF: one result per finding, a location for each of its claims, and the
rule metadata (id, description, default level) from the YAML rule files, so
code-scanning dashboards show claims findings like any linter's.
GitHub: one ``::error``/``::warning``/``::notice`` line per finding, placed on
its last claim (the newest statement, usually the one to fix).
"""

from __future__ import annotations

import json

from claims import __version__
from claims.baseline import fingerprint
from claims.models import Finding, Severity
from claims.pipeline import RunResult
from claims.rules import CompiledRule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_GITHUB = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_sarif(result: RunResult, rules: list[CompiledRule]) -> str:
    used = sorted({f.rule for f in result.findings})
    by_id = {r.id: r for r in rules}
    descriptors = []
    for rule_id in used:
        rule = by_id.get(rule_id)
        description = " ".join(rule.rule.description.split()) if rule else rule_id
        descriptors.append({
            "id": rule_id,
            "name": "".join(part.title() for part in rule_id.split("-")),
            "shortDescription": {"text": description.split(". ")[0].rstrip(".") + "."},
            "fullDescription": {"text": description},
            "properties": {"file": rule.path if rule else None},
        })
    index = {rule_id: i for i, rule_id in enumerate(used)}
    results = [_sarif_result(f, index[f.rule]) for f in result.findings]
    data = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "claims", "version": __version__, "rules": descriptors}},
            "results": results,
        }],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _sarif_result(finding: Finding, rule_index: int) -> dict:
    return {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.severity],
        "message": {"text": f"{finding.kind.value}: {finding.subject}: {finding.message}"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": claim.path.split("#", 1)[0]},
                    "region": {"startLine": claim.line, "snippet": {"text": claim.text}},
                },
                "message": {"text": f"{claim.published or 'undated'}: {claim.text}"},
            }
            for claim in finding.claims
        ],
        "partialFingerprints": {"claimsFinding/v1": fingerprint(finding)},
        "properties": {"kind": finding.kind.value, "subject": finding.subject},
    }


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: RunResult) -> str:
    """GitHub Actions workflow commands, one line per finding."""
    lines = []
    for finding in result.findings:
        claim = finding.claims[-1]
        title = f"{finding.kind.value}: {finding.subject}"
        lines.append(
            f"::{_GITHUB[finding.severity]} file={_escape_property(claim.path.split('#', 1)[0])},"
            f"line={claim.line},title={_escape_property(title)}::{_escape_data(finding.message)}"
        )
    return "".join(line + "\n" for line in lines)
