"""The checks stage: compare the claims that share a subject.

Claims meet only through their (rule, subject) key, so the work is linear in
the number of claims plus the size of each subject group; no check compares
all pairs of a corpus. Every comparison is interval logic from
``claims.intervals``: two claims conflict only when their intervals cannot both
hold.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from claims.classify import MISSED_CUE
from claims.intervals import (
    claim_date_interval,
    claim_number_interval,
    comparable_interval,
    describe,
    numbers_disagree,
    sort_key,
    span_of,
    value_family,
)
from claims.models import Claim, DateInterval, Finding, FindingKind
from claims.rules import (
    AgreementCheck,
    ChangesCheck,
    CompiledRule,
    ConsistentCheck,
    DeadlineCheck,
    FixedDateCheck,
    MonotonicCheck,
    ScheduleCheck,
    SourcesCheck,
)

ALARM_KINDS = frozenset(FindingKind) - {FindingKind.CONSISTENT, FindingKind.UPDATE}
# How many other articles a finding names as witnesses of the accepted value.
MAX_WITNESSES = 3


def run_checks(claims: Iterable[Claim], rules: list[CompiledRule]) -> list[Finding]:
    """All findings for all subject groups, in a stable order."""
    by_rule = {rule.id: rule for rule in rules}
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.rule and claim.subject:
            groups[(claim.rule, claim.subject)].append(claim)
    findings: list[Finding] = []
    for (rule_id, subject), claims_of_subject in sorted(groups.items()):
        rule = by_rule[rule_id]
        families: dict[str, list[Claim]] = defaultdict(list)
        for claim in sorted(claims_of_subject, key=sort_key):
            families[value_family(claim)].append(claim)
        for _, members in sorted(families.items()):
            findings += _check_group(rule, subject, members)
    findings.sort(key=lambda f: (-f.severity.rank, f.kind.value, f.rule, f.subject, sort_key(f.claims[0])))
    return findings


def _check_group(rule: CompiledRule, subject: str, members: list[Claim]) -> list[Finding]:
    """Run a rule's checks on claims that share a subject and a value family."""
    findings: list[Finding] = []
    for check in rule.rule.checks:
        if isinstance(check, MonotonicCheck):
            findings += _monotonic(rule, subject, members, check)
        elif isinstance(check, ChangesCheck):
            findings += _changes(rule, subject, members, check)
        elif isinstance(check, AgreementCheck):
            findings += _agreement(rule, subject, members, check)
        elif isinstance(check, SourcesCheck):
            findings += _sources(rule, subject, members, check)
        elif isinstance(check, ScheduleCheck):
            findings += _schedule(rule, subject, members)
        elif isinstance(check, FixedDateCheck):
            findings += _fixed_date(rule, subject, members)
        elif isinstance(check, DeadlineCheck):
            findings += _deadline(rule, subject, members)
    wants_consistent = any(isinstance(check, ConsistentCheck) for check in rule.rule.checks)
    if wants_consistent and not any(f.kind in ALARM_KINDS for f in findings):
        findings += _consistent(rule, subject, members)
    return findings


def _interval(claim: Claim, tolerance):
    """The claim's interval as the check's tolerance reads qualifiers."""
    return comparable_interval(claim, tolerance.inclusive_bounds, tolerance.approx)


def _finding(rule: CompiledRule, kind: FindingKind, subject: str, claims: list[Claim], message: str) -> Finding:
    return Finding(kind, rule.severity(kind), rule.id, subject, claims, message)


def _date(claim: Claim) -> str:
    day = claim.published
    return day.isoformat() if day else "undated"


def _when(claim: Claim) -> str:
    if claim.as_of is not None:
        start, end = claim.as_of.start, claim.as_of.end
        if start == end:
            return f"as of {start.isoformat()}"
        return f"as of {start.isoformat()[:7 if start.year == end.year else 4]}"
    return _date(claim)


# ---------------------------------------------------------------------------
# Quantities
# ---------------------------------------------------------------------------


def _monotonic(rule: CompiledRule, subject: str, members: list[Claim], check: MonotonicCheck) -> list[Finding]:
    """Cumulative figures: a later, lower figure is a regression; a higher one an update."""
    sign = 1 if check.direction == "increasing" else -1
    tol = check.tolerance
    ordered = sorted(members, key=lambda c: (c.effective_date or dt.date.min, *sort_key(c)))
    best: Claim | None = None
    best_value = 0.0
    findings: list[Finding] = []
    reported: set[tuple[str, str]] = set()
    for claim in ordered:
        interval = claim_number_interval(claim)
        if interval is None or claim.effective_date is None:
            continue
        value = sign * _guaranteed(interval, sign)
        if best is None:
            best, best_value = claim, value
            continue
        margin = tol.absolute + abs(best_value) * tol.relative
        if value < best_value - margin:
            later = claim.effective_date > (best.effective_date or dt.date.min)
            key = (best.id, claim.path)
            if later and claim.path != best.path and key not in reported:
                reported.add(key)
                findings.append(_finding(rule, FindingKind.REGRESSION, subject, [best, claim],
                    f"{_when(claim)} reports {claim.text}; {_when(best)} already reported {best.text}"))
        elif value > best_value + margin:
            if claim.path != best.path:
                findings.append(_finding(rule, FindingKind.UPDATE, subject, [best, claim],
                    f"{_when(best)}: {best.text}; {_when(claim)}: {claim.text}"))
            best, best_value = claim, value
    return findings


def _changes(rule: CompiledRule, subject: str, members: list[Claim], check) -> list[Finding]:
    """A figure that may move either way: each change between articles is an update."""
    findings = []
    previous: Claim | None = None
    ordered = sorted(members, key=lambda c: (c.effective_date or dt.date.min, *sort_key(c)))
    for claim in ordered:
        interval = _interval(claim, check.tolerance)
        if interval is None:
            continue
        if previous is not None and claim.path != previous.path and numbers_disagree(
            _interval(previous, check.tolerance), interval, check.tolerance.absolute, check.tolerance.relative
        ):
            direction = "up" if interval.lo > _interval(previous, check.tolerance).lo else "down"
            findings.append(_finding(rule, FindingKind.UPDATE, subject, [previous, claim],
                f"{direction}: {_when(previous)} {previous.text}; {_when(claim)} {claim.text}"))
        previous = claim
    return findings


def _guaranteed(interval, sign: int) -> float:
    """The figure a claim guarantees in the monotonic direction."""
    if sign > 0:
        return interval.lo if interval.low is not None else interval.hi
    return interval.hi if interval.high is not None else interval.lo


def _agreement(rule: CompiledRule, subject: str, members: list[Claim], check: AgreementCheck) -> list[Finding]:
    """Same subject, same as-of date, incompatible values: a contradiction."""
    buckets: dict[dt.date | None, list[Claim]] = defaultdict(list)
    for claim in members:
        buckets[claim.effective_date].append(claim)
    findings = []
    for day, bucket in sorted(buckets.items(), key=lambda item: item[0] or dt.date.min):
        if len(bucket) < 2:
            continue
        pair = _disagreeing_pair(bucket, check.tolerance)
        if pair is None:
            continue
        a, b = pair
        if a.source and b.source and a.source.lower() != b.source.lower():
            continue  # different sources: the sources check reports it
        findings.append(_finding(rule, FindingKind.CONTRADICTION, subject, [a, b],
            f"{a.text} ({_where(a)}) and {b.text} ({_where(b)}) cannot both hold for {_when(a)}"))
    return findings


def _disagreeing_pair(bucket: list[Claim], tolerance) -> tuple[Claim, Claim] | None:
    numbered = [(c, _interval(c, tolerance)) for c in bucket]
    numbered = [(c, i) for c, i in numbered if i is not None]
    if len(numbered) < 2:
        return None
    # at equal bounds an open one is the tighter: (30, inf) starts "after" [30, 30]
    lowest_high = min(numbered, key=lambda item: (item[1].hi, not item[1].high_open))
    highest_low = max(numbered, key=lambda item: (item[1].lo, item[1].low_open))
    if numbers_disagree(lowest_high[1], highest_low[1], tolerance.absolute, tolerance.relative):
        return lowest_high[0], highest_low[0]
    return None


def _sources(rule: CompiledRule, subject: str, members: list[Claim], check: SourcesCheck) -> list[Finding]:
    """Named sources that give incompatible figures for the same thing."""
    latest: dict[str, Claim] = {}
    for claim in members:
        if claim.source and _interval(claim, check.tolerance) is not None:
            latest[claim.source.lower()] = claim  # members are in order: the last wins
    names = sorted(latest)
    findings = []
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            a, b = latest[first], latest[second]
            if numbers_disagree(_interval(a, check.tolerance), _interval(b, check.tolerance),
                                check.tolerance.absolute, check.tolerance.relative):
                when = "different as-of dates" if a.effective_date != b.effective_date else "the same date"
                findings.append(_finding(rule, FindingKind.SOURCE_DISAGREEMENT, subject, [a, b],
                    f"{a.source}: {a.text} ({_when(a)}); {b.source}: {b.text} ({_when(b)}); {when}"))
    return findings


def _where(claim: Claim) -> str:
    return f"{claim.path}:{claim.line}"


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def _per_article_narrowest(members: list[Claim]) -> list[tuple[Claim, DateInterval]]:
    """One claim per article (its most precise date), in publication order."""
    chosen: dict[str, tuple[Claim, DateInterval]] = {}
    for claim in members:
        interval = claim_date_interval(claim)
        if interval is None:
            continue
        current = chosen.get(claim.path)
        if current is None or interval.days < current[1].days:
            chosen[claim.path] = (claim, interval)
    return sorted(chosen.values(), key=lambda item: sort_key(item[0]))


def _schedule(rule: CompiledRule, subject: str, members: list[Claim]) -> list[Finding]:
    """A scheduled date that later articles move."""
    findings = []
    previous: tuple[Claim, DateInterval] | None = None
    for claim, interval in _per_article_narrowest(members):
        if previous is not None and not previous[1].overlaps(interval):
            before, _ = previous
            findings.append(_finding(rule, FindingKind.RESCHEDULED, subject, [before, claim],
                f"{_date(before)} said {describe(before)}; {_date(claim)} says {describe(claim)}"))
        previous = (claim, interval)
    return findings


def _fixed_date(rule: CompiledRule, subject: str, members: list[Claim]) -> list[Finding]:
    """A past event has one date: absolute dates must agree, relative ones resolve to it."""
    dated = [(c, claim_date_interval(c)) for c in members]
    dated = [(c, i) for c, i in dated if i is not None]
    absolute = [(c, i) for c, i in dated if not (c.time and c.time.relative)]
    relative = [(c, i) for c, i in dated if c.time and c.time.relative]
    findings = []
    if absolute:
        reference, ref_interval = min(absolute, key=lambda item: (item[1].days, sort_key(item[0])))
        for claim, interval in absolute:
            if not interval.overlaps(ref_interval) and claim.path != reference.path:
                findings.append(_finding(rule, FindingKind.CONTRADICTION, subject, [reference, claim],
                    f"{_date(reference)} dates it {describe(reference)}; {_date(claim)} dates it {describe(claim)}"))
        for claim, interval in relative:
            disagreeing = [c for c, i in absolute if not i.overlaps(interval)]
            if disagreeing:
                # the few articles nearest in date are witness enough; listing every one
                # of a long-running story would make the finding unreadable
                witnesses = sorted(_one_per_article(disagreeing),
                                   key=lambda c: abs(((c.published or dt.date.min) - (claim.published or dt.date.min)).days))
                witnesses = sorted(witnesses[:MAX_WITNESSES], key=sort_key)
                # the relative claim goes last: a finding's last claim is the one to look at
                findings.append(_finding(rule, FindingKind.RELATIVE_DATE_MISMATCH, subject, [*witnesses, claim],
                    f"{claim.text!r} in an article of {_date(claim)} means {span_of(interval)}; "
                    + "; ".join(f"{_date(w)} dates it {w.text}" for w in witnesses)))
    return findings


def _one_per_article(claims: list[Claim]) -> list[Claim]:
    seen: dict[str, Claim] = {}
    for claim in claims:
        seen.setdefault(claim.path, claim)
    return list(seen.values())


def _deadline(rule: CompiledRule, subject: str, members: list[Claim]) -> list[Finding]:
    """Deadlines an article declares missed, or that a later article moves after they passed."""
    findings = []
    for claim in members:
        if MISSED_CUE in claim.cues:  # the rules stage read the sentence
            findings.append(_finding(rule, FindingKind.MISSED_DEADLINE, subject, [claim],
                f"{_date(claim)}: the deadline {describe(claim)} is said to be missed"))
    previous: tuple[Claim, DateInterval] | None = None
    for claim, interval in _per_article_narrowest(members):
        if previous is not None and not previous[1].overlaps(interval):
            before, before_interval = previous
            passed = claim.published is not None and claim.published > before_interval.end
            kind = FindingKind.MISSED_DEADLINE if passed else FindingKind.RESCHEDULED
            verb = "passed; now" if passed else "moved to"
            findings.append(_finding(rule, kind, subject, [before, claim],
                f"deadline {describe(before)} ({_date(before)}) {verb} {describe(claim)} ({_date(claim)})"))
        previous = (claim, interval)
    return findings


def _consistent(rule: CompiledRule, subject: str, members: list[Claim]) -> list[Finding]:
    """Corroboration: several articles, and every claim compatible with every other."""
    per_article = _one_per_article(members)
    if len(per_article) < 2:
        return []
    dates = [claim_date_interval(c) for c in per_article]
    if all(d is not None for d in dates):
        if max(d.start for d in dates) > min(d.end for d in dates):  # type: ignore[union-attr]
            return []
    else:
        numbers = [claim_number_interval(c) for c in per_article]
        if any(n is None for n in numbers):
            return []
        if max(n.lo for n in numbers) > min(n.hi for n in numbers):  # type: ignore[union-attr]
            return []
    shown = "; ".join(f"{_date(c)} {c.text}" for c in per_article[:MAX_WITNESSES])
    more = f"; and {len(per_article) - MAX_WITNESSES} more" if len(per_article) > MAX_WITNESSES else ""
    return [_finding(rule, FindingKind.CONSISTENT, subject, per_article,
                     f"{len(per_article)} articles agree: {shown}{more}")]
