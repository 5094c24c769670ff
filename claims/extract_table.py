"""``claims extract``: the claims alone, as a table, JSON Lines or CSV."""

from __future__ import annotations

import csv
import io
import json

from tabulate import tabulate

from claims.models import Claim
from claims.report import claim_json

COLUMNS = ["where", "kind", "text", "value", "low", "high", "unit", "qualifier", "rule", "subject", "source"]


def _row(claim: Claim) -> dict:
    value = claim_json(claim)["value"]
    if claim.quantity is not None:
        shown, low, high = f"{claim.quantity.magnitude:g}", value["low"], value["high"]
    else:
        shown, low, high = value["timex_value"], value["start"], value["end"]
    return {
        "where": f"{claim.path}:{claim.line}",
        "kind": claim.kind.value,
        "text": claim.text,
        "value": shown,
        "low": low,
        "high": high,
        "unit": value.get("unit") or (value.get("grain") or ""),
        "qualifier": value.get("qualifier") or "",
        "rule": claim.rule or "",
        "subject": claim.subject or "",
        "source": claim.source or "",
    }


def render_claims(claims: list[Claim], fmt: str) -> str:
    """Claims as ``table`` (GitHub Markdown), ``jsonl`` (the JSON report's claim objects) or ``csv``."""
    if fmt == "jsonl":
        return "".join(json.dumps(claim_json(c), ensure_ascii=False) + "\n" for c in claims)
    rows = [_row(c) for c in claims]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()
    return tabulate([[r[c] if r[c] is not None else "" for c in COLUMNS] for r in rows], headers=COLUMNS, tablefmt="github") + "\n"
