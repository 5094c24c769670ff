"""The seed articles: what `claims check seeds/` must find, and must not flag.

These expectations restate, inside the project, the acceptance file written by
reading the five seed articles by hand.
"""

import json

import pytest

from claims.cli import main

from conftest import ROOT

ALARMS = {"contradiction", "regression", "rescheduled", "missed_deadline", "relative_date_mismatch", "source_disagreement"}


@pytest.fixture(scope="module")
def report():
    import contextlib
    import io

    cwd = __import__("os").getcwd()
    __import__("os").chdir(ROOT)
    try:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            main(["check", "seeds/", "--format", "json", "--output", "-"])
    finally:
        __import__("os").chdir(cwd)
    data = json.loads(buffer.getvalue())
    data["by_id"] = {c["id"]: c for c in data["claims"]}
    return data


def members(report, finding):
    return [report["by_id"][c] for c in finding["claims"]]


def has(claims, stem, quote):
    return any(c["path"].split("/")[-1].startswith(stem) and (quote in c["text"] or quote in c["sentence"]) for c in claims)


@pytest.mark.parametrize(
    "kinds, needs",
    [
        ({"regression"}, [("001", "more than 120,000"), ("000", "more than 100,000")]),
        ({"source_disagreement", "update"}, [("001", "120,000"), ("001", "100,000")]),
        ({"rescheduled"}, [("002", "mid-November"), ("004", "Jan. 22")]),
        ({"relative_date_mismatch", "contradiction"}, [("004", "last year's Geneva Communiqu"), ("000", "June 2012")]),
        ({"missed_deadline"}, [("000", "will be missed")]),
    ],
)
def test_expected_findings(report, kinds, needs):
    assert any(
        f["kind"] in kinds and all(has(members(report, f), stem, quote) for stem, quote in needs)
        for f in report["findings"]
    )


@pytest.mark.parametrize(
    "first, second",
    [
        ("killed 36 people", "more than 100,000"),
        ("killed three people", "more than 120,000"),
        ("by March 1", "by mid-year"),
        ("resume on Feb. 10", "Jan. 22"),
        ("some 30 states", "more than 30 countries"),
    ],
)
def test_look_alikes_are_not_tied(report, first, second):
    for finding in report["findings"]:
        if finding["kind"] == "consistent":
            continue
        claims = members(report, finding)
        assert not (any(first in c["sentence"] for c in claims) and any(second in c["sentence"] for c in claims)), finding


def test_corroborated_attack_date_raises_no_alarm(report):
    for finding in report["findings"]:
        if finding["kind"] in ALARMS:
            assert not any("Aug. 21" in c["text"] for c in members(report, finding)), finding


@pytest.mark.parametrize(
    "stem, quote, kind, expected",
    [
        ("002", "1,000-ton", "quantity", {"magnitude": 1000, "unit": "metric_ton", "qualifier": "approx"}),
        ("000", "less than 5 percent", "quantity", {"magnitude": 5, "unit": "percent", "qualifier": "lt"}),
        ("001", "more than 120,000 people", "quantity", {"magnitude": 120000, "low": 120000, "high": None, "qualifier": "gt"}),
        ("000", "36 people", "quantity", {"magnitude": 36, "qualifier": "exact"}),
        ("004", "some 30 states", "quantity", {"magnitude": 30, "qualifier": "approx"}),
        ("004", "11 Western states", "quantity", {"magnitude": 11, "qualifier": "exact"}),
        ("003", "three Western-backed Security Council resolutions", "quantity", {"magnitude": 3}),
        ("000", "Feb. 10", "date", {"start": "2014-02-10", "end": "2014-02-10"}),
        ("000", "by March 1", "deadline", {"start": "2014-03-01", "end": "2014-03-01"}),
        ("000", "by mid-year", "deadline", {"start": "2014-05-01", "end": "2014-08-31"}),
        ("000", "next week", "date", {"start": "2014-02-10", "end": "2014-02-16"}),
        ("000", "Friday", "date", {"start": "2014-01-31", "end": "2014-01-31"}),
        ("000", "June 2012", "date", {"start": "2012-06-01", "end": "2012-06-30"}),
        ("002", "Sept. 28", "date", {"start": "2013-09-28"}),
        ("002", "mid-November", "date", {"start": "2013-11-11", "end": "2013-11-20"}),
        ("002", "early 2011", "date", {"start": "2011-01-01", "end": "2011-04-30"}),
        ("004", "Jan. 22", "date", {"start": "2014-01-22"}),
        ("004", "last year", "date", {"start": "2013-01-01", "end": "2013-12-31"}),
        ("001", "July", "date", {"start": "2013-07-01", "end": "2013-07-31"}),
    ],
)
def test_claims_and_values(report, stem, quote, kind, expected):
    candidates = [c for c in report["claims"] if c["path"].split("/")[-1].startswith(stem) and quote in c["text"]
                  and c["kind"] == kind]
    assert any(all(c["value"].get(k) == v for k, v in expected.items()) for c in candidates), candidates


def test_thursday_in_future_context(report):
    thursdays = [c for c in report["claims"] if c["path"].endswith(("003_dacd239db7034e29.txt",)) and c["text"] == "Thursday"]
    assert any(c["value"]["start"] == "2014-02-13" for c in thursdays)
