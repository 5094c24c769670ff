"""Run the examples a rule carries: each one is a small test of the rule.

An example with ``expect: true`` must produce a claim taken by the rule (with
the given claim text, subject, value or dates); one with ``expect: false``
must produce none. Failures read as expected-vs-got lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.models import Claim, Document
from claims.pipeline import extract_document
from claims.rules import CompiledRule, Example


@dataclass(slots=True)
class ExampleFailure:
    rule: str
    path: str
    index: int
    text: str
    expected: str
    got: str

    def __str__(self) -> str:
        return (
            f"{self.path}: examples[{self.index}] of rule '{self.rule}'\n"
            f"  text:     {self.text}\n"
            f"  expected: {self.expected}\n"
            f"  got:      {self.got}"
        )


def _describe(claim: Claim) -> str:
    value = ""
    if claim.quantity is not None:
        value = f" value={claim.quantity.magnitude:g}"
    elif claim.time is not None and claim.time.interval is not None:
        value = f" start={claim.time.interval.start} end={claim.time.interval.end}"
    return f"claim {claim.text!r} subject={claim.subject!r}{value}"


def _expected(example: Example) -> str:
    parts = ["a claim"]
    if example.claim is not None:
        parts.append(repr(example.claim))
    if example.subject is not None:
        parts.append(f"subject={example.subject!r}")
    if example.value is not None:
        parts.append(f"value={example.value:g}")
    if example.start is not None:
        parts.append(f"start={example.start}")
    if example.end is not None:
        parts.append(f"end={example.end}")
    return " ".join(parts)


def _fits(claim: Claim, example: Example) -> bool:
    if example.claim is not None and claim.text != example.claim:
        return False
    if example.subject is not None and claim.subject != example.subject:
        return False
    if example.value is not None:
        if claim.quantity is None or abs(claim.quantity.magnitude - example.value) > 1e-9 * max(1, abs(example.value)):
            return False
    interval = claim.time.interval if claim.time is not None else None
    if example.start is not None and (interval is None or interval.start != example.start):
        return False
    if example.end is not None and (interval is None or interval.end != example.end):
        return False
    return True


def run_examples(rule: CompiledRule) -> list[ExampleFailure]:
    """Check every example of ``rule`` in isolation; return the failures."""
    failures = []
    for index, example in enumerate(rule.rule.examples):
        doc = Document(path="<example>", text=example.text, published=example.published, line_starts=[0])
        taken = [c for c in extract_document(doc, [rule]) if c.rule == rule.id]
        if example.expect:
            if not any(_fits(c, example) for c in taken):
                got = "; ".join(_describe(c) for c in taken) or "no claim taken by the rule"
                failures.append(ExampleFailure(rule.id, rule.path, index, example.text, _expected(example), got))
        elif taken:
            failures.append(ExampleFailure(rule.id, rule.path, index, example.text, "no claim",
                                           "; ".join(_describe(c) for c in taken)))
    return failures
