"""Checks on hand-built claims: each finding kind, and the look-alikes that are not findings."""

from claims.checks import run_checks
from claims.classify import MISSED_CUE
from claims.models import ClaimKind, FindingKind
from claims.rules import compile_rule, parse_rule_text

from conftest import date_claim, quantity_claim


def rule(checks: str, kind: str = "quantity"):
    text = f"id: r\ndescription: d\nkind: {kind}\nsubject: {{template: '{{place}}'}}\nchecks:\n{checks}"
    return compile_rule(parse_rule_text(text, "r.yaml"), "r.yaml")


MONOTONIC = rule("  - type: monotonic\n  - type: sources\n  - type: agreement\n")


def kinds(findings):
    return [(f.kind, [c.id for c in f.claims]) for f in findings]


def test_lower_figure_in_a_later_article_is_a_regression():
    claims = [
        quantity_claim("a", "a.txt", "2013-11-14", 120000, None, low_open=True, text="more than 120,000"),
        quantity_claim("b", "b.txt", "2014-02-04", 100000, None, low_open=True, text="more than 100,000"),
    ]
    assert kinds(run_checks(claims, [MONOTONIC])) == [(FindingKind.REGRESSION, ["a", "b"])]


def test_higher_figure_later_is_an_update():
    claims = [quantity_claim("a", "a.txt", "2013-10-07", 100000), quantity_claim("b", "b.txt", "2013-11-14", 120000)]
    assert kinds(run_checks(claims, [MONOTONIC])) == [(FindingKind.UPDATE, ["a", "b"])]


def test_older_figure_with_its_as_of_date_is_no_regression_but_sources_disagree():
    claims = [
        quantity_claim("obs", "a.txt", "2013-11-14", 120000, None, low_open=True, source="Observatory"),
        quantity_claim("un", "a.txt", "2013-11-14", 100000, source="U.N.", as_of="2013-07-31"),
    ]
    assert kinds(run_checks(claims, [MONOTONIC])) == [(FindingKind.SOURCE_DISAGREEMENT, ["obs", "un"])]


def test_same_day_incompatible_figures_contradict():
    claims = [quantity_claim("a", "a.txt", "2014-01-13", 11), quantity_claim("b", "b.txt", "2014-01-13", 30)]
    agreement = rule("  - type: agreement\n")
    assert kinds(run_checks(claims, [agreement])) == [(FindingKind.CONTRADICTION, ["a", "b"])]


def test_compatible_intervals_do_not_contradict():
    claims = [
        quantity_claim("some", "a.txt", "2014-01-13", 27, 33, text="some 30"),
        quantity_claim("more", "a.txt", "2014-01-13", 30, None, low_open=True, text="more than 30"),
    ]
    assert run_checks(claims, [rule("  - type: agreement\n")]) == []


def test_moved_date_is_rescheduled():
    claims = [
        date_claim("a", "a.txt", "2013-10-07", "2013-11-11", "2013-11-20", text="mid-November"),
        date_claim("b", "b.txt", "2014-01-13", "2014-01-22", text="Jan. 22"),
    ]
    schedule = rule("  - type: schedule\n  - type: consistent\n", kind="date")
    assert kinds(run_checks(claims, [schedule])) == [(FindingKind.RESCHEDULED, ["a", "b"])]


def test_same_date_in_several_articles_is_consistent():
    claims = [date_claim(c, f"{c}.txt", "2014-01-0" + n, "2013-08-21") for c, n in (("a", "1"), ("b", "2"), ("c", "3"))]
    fixed = rule("  - type: fixed_date\n  - type: consistent\n", kind="date")
    assert kinds(run_checks(claims, [fixed])) == [(FindingKind.CONSISTENT, ["a", "b", "c"])]


def test_relative_date_that_resolves_elsewhere_is_a_mismatch():
    claims = [
        date_claim("abs", "a.txt", "2014-02-04", "2012-06-01", "2012-06-30", text="June 2012"),
        date_claim("rel", "b.txt", "2014-01-13", "2013-01-01", "2013-12-31", text="last year's", relative=True),
    ]
    fixed = rule("  - type: fixed_date\n", kind="date")
    assert kinds(run_checks(claims, [fixed])) == [(FindingKind.RELATIVE_DATE_MISMATCH, ["abs", "rel"])]


def test_declared_missed_deadline():
    deadline = rule("  - type: deadline\n    missed_cues: ['will be missed']\n", kind="deadline")
    claim = date_claim("d", "a.txt", "2014-02-04", "2014-02-03", "2014-02-09", kind=ClaimKind.DEADLINE,
                       sentence="the deadline by this week will be missed")
    assert run_checks([claim], [deadline]) == []  # the rules stage marks a missed deadline
    claim.cues = (MISSED_CUE,)
    assert kinds(run_checks([claim], [deadline])) == [(FindingKind.MISSED_DEADLINE, ["d"])]


def test_deadline_moved_after_it_passed_is_missed():
    deadline = rule("  - type: deadline\n", kind="deadline")
    claims = [
        date_claim("a", "a.txt", "2014-01-10", "2014-02-01", kind=ClaimKind.DEADLINE),
        date_claim("b", "b.txt", "2014-02-10", "2014-03-01", kind=ClaimKind.DEADLINE),
    ]
    assert kinds(run_checks(claims, [deadline])) == [(FindingKind.MISSED_DEADLINE, ["a", "b"])]


def test_claims_of_different_subjects_never_meet():
    a = quantity_claim("a", "a.txt", "2013-11-14", 120000)
    b = quantity_claim("b", "b.txt", "2014-02-04", 36)
    b.subject = "aleppo incident"
    assert run_checks([a, b], [MONOTONIC]) == []


def test_qualifier_compatibility_is_a_rule_setting():
    claims = [
        quantity_claim("exact", "a.txt", "2014-01-13", 30, text="30"),
        quantity_claim("more", "b.txt", "2014-01-13", 30, None, low_open=True, text="more than 30"),
    ]
    strict = rule("  - type: agreement\n")
    lenient = rule("  - type: agreement\n    tolerance: {inclusive_bounds: true}\n")
    assert kinds(run_checks(claims, [strict])) == [(FindingKind.CONTRADICTION, ["exact", "more"])]
    assert run_checks(claims, [lenient]) == []


def test_approx_width_is_a_rule_setting():
    from claims.models import Qualifier

    about = quantity_claim("about", "a.txt", "2014-01-13", 27, 33, text="about 30")
    about.quantity.magnitude = 30
    about.quantity.qualifier = Qualifier.APPROX
    exact = quantity_claim("exact", "b.txt", "2014-01-13", 32, text="32")
    assert run_checks([about, exact], [rule("  - type: agreement\n")]) == []
    narrow = rule("  - type: agreement\n    tolerance: {approx: 0.05}\n")
    assert kinds(run_checks([about, exact], [narrow])) == [(FindingKind.CONTRADICTION, ["about", "exact"])]
