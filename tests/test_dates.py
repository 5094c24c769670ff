"""Tests for claims.extract.dates: spans, kinds and resolved intervals."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from claims.extract.dates import clause_tense, extract_times
from claims.models import ClaimKind, Grain

D, DL, DUR = ClaimKind.DATE, ClaimKind.DEADLINE, ClaimKind.DURATION


def _date(s: str | None) -> dt.date | None:
    return None if s is None else dt.date.fromisoformat(s)


def _find(text: str, published: str | None, span: str):
    mentions = extract_times(text, _date(published))
    hits = [m for m in mentions if m.text == span]
    assert hits, f"{span!r} not found in {[m.text for m in mentions]}"
    return hits[0]


# (published, text, span text, kind, first day, last day)
RESOLVED = [
    # -- published 2014-02-04 (Tuesday)
    ("2014-02-04", "will show up at a new round of peace talks next week", "next week", D, "2014-02-10", "2014-02-16"),
    ("2014-02-04", "during the first round, which ended Friday, the government", "Friday", D, "2014-01-31", "2014-01-31"),
    ("2014-02-04", "an agreement reached by world powers in June 2012 in Geneva", "June 2012", D, "2012-06-01", "2012-06-30"),
    ("2014-02-04", "talks, which are expected to resume on Feb. 10, though", "Feb. 10", D, "2014-02-10", "2014-02-10"),
    ("2014-02-04", "can complete the removal process by March 1, Deputy", "by March 1", DL, "2014-03-01", "2014-03-01"),
    ("2014-02-04", "abandoning his chemical arsenal by mid-year under a deal", "by mid-year", DL, "2014-05-01", "2014-08-31"),
    ("2014-02-04", "the deadline for sending all toxic agents out by this week will be missed", "by this week", DL,
     "2014-02-03", "2014-02-09"),
    ("2014-02-04", "The U.S. and Russia in September brokered the deal after a deadly Aug. 21 poison gas attack.",
     "Aug. 21", D, "2013-08-21", "2013-08-21"),
    ("2014-02-04", "The U.S. and Russia in September brokered the deal after a deadly Aug. 21 poison gas attack.",
     "September", D, "2013-09-01", "2013-09-30"),
    ("2014-02-04", "Activists say an attack on Sunday killed 36 people.", "Sunday", D, "2014-02-02", "2014-02-02"),
    ("2014-02-04", "Russia offered assurances Tuesday that it would finish.", "Tuesday", D, "2014-02-04", "2014-02-04"),
    ("2014-02-04", "a peace process that started last month", "last month", D, "2014-01-01", "2014-01-31"),
    ("2014-02-04", "The conference, planned in February, was put off.", "February", D, "2014-02-01", "2014-02-28"),
    ("2014-02-04", "The inspectors arrive this month.", "this month", D, "2014-02-01", "2014-02-28"),
    ("2014-02-04", "Literally yesterday the Syrians announced a new plan.", "yesterday", D, "2014-02-03", "2014-02-03"),
    ("2014-02-04", "The group reported last week that 20 died.", "last week", D, "2014-01-27", "2014-02-02"),
    ("2014-02-04", "Assad may seek reelection this year.", "this year", D, "2014-01-01", "2014-12-31"),
    # -- published 2013-11-14 (Thursday)
    ("2013-11-14", "The U.N. said in July that it had no access.", "July", D, "2013-07-01", "2013-07-31"),
    ("2013-11-14", "Fighting has raged in the town since May.", "May", D, "2013-05-01", "2013-05-31"),
    ("2013-11-14", "Rebels captured the base late Wednesday.", "late Wednesday", D, "2013-11-13", "2013-11-13"),
    ("2013-11-14", "The vote takes place on Thursday in the capital.", "Thursday", D, "2013-11-14", "2013-11-14"),
    ("2013-11-14", "The ministry said in a statement Monday that talks failed.", "Monday", D, "2013-11-11", "2013-11-11"),
    ("2013-11-14", "a process that began last month", "last month", D, "2013-10-01", "2013-10-31"),
    # -- published 2013-10-07 (Monday)
    ("2013-10-07", "The resolution passed Sept. 28 requires Syria to comply.", "Sept. 28", D, "2013-09-28", "2013-09-28"),
    ("2013-10-07", "a conference to be held in Geneva in mid-November.", "mid-November", D, "2013-11-11", "2013-11-20"),
    ("2013-10-07", "since it began in early 2011", "early 2011", D, "2011-01-01", "2011-04-30"),
    ("2013-10-07", "They will take further steps next month.", "next month", D, "2013-11-01", "2013-11-30"),
    ("2013-10-07", "The team arrived yesterday, Sunday, in Damascus.", "Sunday", D, "2013-10-06", "2013-10-06"),
    ("2013-10-07", "The team arrived yesterday, Sunday, in Damascus.", "yesterday", D, "2013-10-06", "2013-10-06"),
    ("2013-10-07", "The attack happened in May 2013.", "May 2013", D, "2013-05-01", "2013-05-31"),
    # -- published 2014-02-12 (Wednesday)
    ("2014-02-12", "The envoy is bringing forward to Thursday a meeting with both sides.", "Thursday", D,
     "2014-02-13", "2014-02-13"),
    ("2014-02-12", "The envoy is now due to meet both delegations on Thursday, a day earlier than planned.",
     "Thursday", D, "2014-02-13", "2014-02-13"),
    ("2014-02-12", "The delegations met on Tuesday evening.", "Tuesday evening", D, "2014-02-11", "2014-02-11"),
    ("2014-02-12", "The talks resumed on Wednesday.", "Wednesday", D, "2014-02-12", "2014-02-12"),
    ("2014-02-12", "The uprising began in 2011.", "2011", D, "2011-01-01", "2011-12-31"),
    # -- published 2014-01-13 (Monday)
    ("2014-01-13", "The talks are now set for Jan. 22 in Montreux.", "Jan. 22", D, "2014-01-22", "2014-01-22"),
    ("2014-01-13", "a transition required by last year's Geneva Communiqué", "last year", D, "2013-01-01", "2013-12-31"),
    ("2014-01-13", "The next round is scheduled for next week.", "next week", D, "2014-01-20", "2014-01-26"),
    ("2014-01-13", "Syria must hand over the list by Friday, officials said.", "by Friday", DL, "2014-01-17", "2014-01-17"),
    ("2014-01-13", "Kerry will visit Moscow on Friday.", "Friday", D, "2014-01-17", "2014-01-17"),
    ("2014-01-13", "The minister said Sunday that no deal was near.", "Sunday", D, "2014-01-12", "2014-01-12"),
    ("2014-01-13", "In December, the U.S. suspended aid.", "December", D, "2013-12-01", "2013-12-31"),
    ("2014-01-13", "The talks were first scheduled to take place last year.", "last year", D, "2013-01-01", "2013-12-31"),
    # -- year rollover
    ("2013-12-30", "On Jan. 3 the talks will open in Geneva.", "Jan. 3", D, "2014-01-03", "2014-01-03"),
    ("2014-01-05", "On Dec. 28 the talks ended without agreement.", "Dec. 28", D, "2013-12-28", "2013-12-28"),
    ("2014-01-05", "Talks ended in December.", "December", D, "2013-12-01", "2013-12-31"),
    ("2013-12-20", "The new law takes effect in January.", "January", D, "2014-01-01", "2014-01-31"),
    ("2014-01-02", "The summit will be held in late December.", "late December", D, "2014-12-21", "2014-12-31"),
    # -- absolute forms
    ("2016-05-10", "The treaty was signed on January 22, 2014, in Paris.", "January 22, 2014", D, "2014-01-22", "2014-01-22"),
    ("2016-05-10", "The treaty was signed on 22 January 2014 in Paris.", "22 January 2014", D, "2014-01-22", "2014-01-22"),
    ("2016-05-10", "Filed 2014-01-22 with the court.", "2014-01-22", D, "2014-01-22", "2014-01-22"),
    ("2016-05-10", "The law was passed Jan 22 after a long debate.", "Jan 22", D, "2016-01-22", "2016-01-22"),
    ("2016-05-10", "Prices have risen since 2011.", "2011", D, "2011-01-01", "2011-12-31"),
    ("2016-05-10", "Emissions must fall 20 percent by 2020.", "by 2020", DL, "2020-01-01", "2020-12-31"),
    ("2016-05-10", "2011's harvest was poor.", "2011", D, "2011-01-01", "2011-12-31"),
    ("2016-05-10", "He won the 2012 election easily.", "2012", D, "2012-01-01", "2012-12-31"),
    ("2016-05-10", "Talks are set for Friday, May 13.", "Friday, May 13", D, "2016-05-13", "2016-05-13"),
    ("2016-05-10", "The festival runs Aug. 10-12 in Edinburgh.", "Aug. 10-12", D, "2016-08-10", "2016-08-12"),
    ("2016-05-10", "He was born in the 1990s.", "the 1990s", D, "1990-01-01", "1999-12-31"),
    # -- parts and periods
    ("2014-03-05", "Exports fell in late 2011.", "late 2011", D, "2011-09-01", "2011-12-31"),
    ("2014-03-05", "The plant closed late last year.", "late last year", D, "2013-09-01", "2013-12-31"),
    ("2014-03-05", "The bridge opens in mid-2015.", "mid-2015", D, "2015-05-01", "2015-08-31"),
    ("2014-03-05", "The rules change at the end of March.", "the end of March", D, "2014-03-21", "2014-03-31"),
    ("2014-03-05", "Growth slowed at the beginning of 2011.", "the beginning of 2011", D, "2011-01-01", "2011-04-30"),
    ("2014-03-05", "They will sign it by the end of the year.", "by the end of the year", DL, "2014-09-01", "2014-12-31"),
    ("2014-03-05", "Protesters gathered over the weekend.", "the weekend", D, "2014-03-01", "2014-03-02"),
    ("2014-03-05", "The vote is expected early next week.", "early next week", D, "2014-03-10", "2014-03-11"),
    ("2014-03-05", "Sales rose in the third quarter of 2013.", "the third quarter of 2013", D, "2013-07-01", "2013-09-30"),
    ("2014-03-05", "The deal closed last summer.", "last summer", D, "2013-06-01", "2013-08-31"),
    ("2014-03-05", "Results were published in fiscal 2012.", "fiscal 2012", D, "2012-01-01", "2012-12-31"),
    ("2014-03-05", "The plant will be finished no later than June 30.", "no later than June 30", DL,
     "2014-06-30", "2014-06-30"),
    ("2014-03-05", "They missed a deadline of March 1 set by the council.", "deadline of March 1", DL,
     "2014-03-01", "2014-03-01"),
    # -- relative against other dates
    ("2014-03-05", "The company was founded three years ago.", "three years ago", D, "2011-01-01", "2011-12-31"),
    ("2014-03-05", "The mayor resigned Monday.", "Monday", D, "2014-03-03", "2014-03-03"),
    ("2014-03-05", "The mayor will resign Monday.", "Monday", D, "2014-03-10", "2014-03-10"),
    ("2014-03-05", "Police said the body was found on the 2nd.", "the 2nd", D, "2014-03-02", "2014-03-02"),
    ("2014-03-05", "The court will rule on the 22nd.", "the 22nd", D, "2014-03-22", "2014-03-22"),
    ("2014-03-05", "The shop opens tomorrow.", "tomorrow", D, "2014-03-06", "2014-03-06"),
    ("2014-03-05", "Turnout today was low.", "today", D, "2014-03-05", "2014-03-05"),
    ("2014-03-05", "Last year's budget was cut.", "Last year", D, "2013-01-01", "2013-12-31"),
    ("2014-03-05", "The budget is due next Tuesday.", "next Tuesday", D, "2014-03-11", "2014-03-11"),
    ("2014-03-05", "The ship sank last Friday.", "last Friday", D, "2014-02-28", "2014-02-28"),
    ("2014-03-05", "The meeting is at 5 p.m. Monday.", "5 p.m. Monday", D, "2014-03-10", "2014-03-10"),
    ("2014-03-05", "Firefighters arrived Sunday morning.", "Sunday morning", D, "2014-03-02", "2014-03-02"),
    ("2014-03-05", "Prices peaked last March.", "last March", D, "2013-03-01", "2013-03-31"),
    ("2014-12-29", "The law takes effect next year.", "next year", D, "2015-01-01", "2015-12-31"),
    ("2014-12-29", "The law took effect last week.", "last week", D, "2014-12-22", "2014-12-28"),
    ("2014-12-31", "The law took effect last week.", "last week", D, "2014-12-22", "2014-12-28"),
    ("2015-01-01", "It was reported last month.", "last month", D, "2014-12-01", "2014-12-31"),
]


@pytest.mark.parametrize("published,text,span,kind,first,last", RESOLVED)
def test_resolved(published, text, span, kind, first, last):
    m = _find(text, published, span)
    assert m.kind == kind
    assert m.interval is not None, f"{span!r} unresolved"
    assert (m.interval.start, m.interval.end) == (_date(first), _date(last))


# (published, text, span, kind, timex type, timex value)
TIMEX = [
    ("2014-02-04", "the three-year-old conflict", "three-year-old", DUR, "DURATION", "P3Y"),
    ("2014-02-04", "The war has lasted three years.", "three years", DUR, "DURATION", "P3Y"),
    ("2014-02-04", "The truce held for two days.", "two days", DUR, "DURATION", "P2D"),
    ("2014-02-04", "He was held for 72 hours.", "72 hours", DUR, "DURATION", "PT72H"),
    ("2014-02-04", "It took a decade to rebuild.", "a decade", DUR, "DURATION", "P10Y"),
    ("2014-02-04", "the past two months", "the past two months", DUR, "DURATION", "P2M"),
    ("2014-02-04", "talks next week", "next week", D, "DATE", "2014-W07"),
    ("2014-02-04", "talks in June 2012", "June 2012", D, "DATE", "2012-06"),
    ("2014-02-04", "talks in 2013", "2013", D, "DATE", "2013"),
    ("2014-02-04", "sales in the first quarter of 2013", "the first quarter of 2013", D, "DATE", "2013-Q1"),
    ("2014-02-04", "prices rose this summer", "this summer", D, "DATE", "2014-SU"),
    ("2014-02-04", "mid-November", "mid-November", D, "DATE", "2013-11"),
    ("2014-02-04", "the war in the 1990s", "the 1990s", D, "DATE", "199X"),
    ("2014-02-04", "Prices are rising now.", "now", D, "DATE", "PRESENT_REF"),
    ("2014-02-04", "He recently resigned.", "recently", D, "DATE", "PAST_REF"),
    ("2014-02-04", "The paper is published weekly.", "weekly", D, "SET", "P1W"),
    ("2014-02-04", "They met on Tuesday evening.", "Tuesday evening", D, "TIME", "2014-02-04TEV"),
    ("2014-02-04", "The vote closed at 5 p.m. Monday.", "5 p.m. Monday", D, "TIME", "2014-02-03T17:00"),
    ("2014-02-04", "They played over the weekend.", "the weekend", D, "DATE", "2014-W05-WE"),
]


@pytest.mark.parametrize("published,text,span,kind,timex_type,value", TIMEX)
def test_timex_rendering(published, text, span, kind, timex_type, value):
    m = _find(text, published, span)
    assert (m.kind, m.timex_type, m.timex_value) == (kind, timex_type, value)


def test_durations_have_no_interval():
    m = _find("The conflict is three years old.", "2014-02-04", "three years")
    assert m.interval is None and m.kind == DUR


@pytest.mark.parametrize("text,span", [
    ("Talks resume next week.", "next week"),
    ("The rebels retreated Friday.", "Friday"),
    ("Talks resume on Feb. 10.", "Feb. 10"),
    ("It happened last year.", "last year"),
])
def test_unresolved_without_publication_date(text, span):
    m = _find(text, None, span)
    assert m.interval is None and m.relative


def test_absolute_dates_resolve_without_publication_date():
    m = _find("an agreement reached in June 2012 in Geneva", None, "June 2012")
    assert m.interval is not None and m.interval.start == dt.date(2012, 6, 1)
    assert not m.relative


def test_relative_flag():
    text = "Talks in June 2012 failed; new talks start next week."
    by_text = {m.text: m for m in extract_times(text, dt.date(2014, 2, 4))}
    assert by_text["June 2012"].relative is False
    assert by_text["next week"].relative is True


def test_grains():
    by_text = {m.text: m for m in extract_times(
        "In July, next week, Friday, in 2011, mid-November and the weekend.", dt.date(2014, 2, 4))}
    assert by_text["July"].interval.grain == Grain.MONTH
    assert by_text["next week"].interval.grain == Grain.WEEK
    assert by_text["Friday"].interval.grain == Grain.DAY
    assert by_text["2011"].interval.grain == Grain.YEAR
    assert by_text["mid-November"].interval.grain == Grain.PART
    assert by_text["the weekend"].interval.grain == Grain.PART


# (published, text, words that must not be (part of) a date mention)
FALSE_POSITIVES = [
    ("2014-02-04", "Assad may seek reelection.", "may"),
    ("2014-02-04", "Theresa May said the talks would go on.", "May"),
    ("2014-02-04", "They planned a march on the capital.", "march"),
    ("2014-02-04", "The second round of talks opened.", "second"),
    ("2014-02-04", "The Geneva II conference opened.", "II"),
    ("2014-02-04", "He spoke to the Sunday Times about it.", "Sunday"),
    ("2014-02-04", "The Sunday Times reported the deal.", "Sunday"),
    ("2014-02-04", "It is the third year of the war.", "third year"),
    ("2014-02-04", "There were 2011 people at the rally.", "2011"),
    ("2014-02-04", "The delegates arrived a day earlier than planned.", "a day"),
    ("2014-02-04", "Oil output rose by 2000 barrels.", "2000"),
    ("2014-02-04", "She lives on the 22nd floor.", "22nd"),
    ("2014-02-04", "He read it in USA Today.", "Today"),
    ("2014-02-04", "Production will fall this year by a quarter.", "a quarter"),
    ("2014-02-04", "June Carter sang at the event.", "June"),
    ("2014-02-04", "The meeting ends at 14:30.", "14:30"),
]


@pytest.mark.parametrize("published,text,word", FALSE_POSITIVES)
def test_false_positives(published, text, word):
    start = text.index(word)
    end = start + len(word)
    for m in extract_times(text, _date(published)):
        assert m.end <= start or m.start >= end, f"{m.text!r} overlaps {word!r}"


def test_clock_time_is_time_not_date():
    m = _find("The polls close at 8 p.m. today.", "2014-02-04", "8 p.m. today")
    assert m.timex_type == "TIME" and m.timex_value == "2014-02-04T20:00"


def test_agentive_by_is_not_a_deadline():
    m = _find("a transition required by last year's Geneva Communiqué", "2014-01-13", "last year")
    assert m.kind == D


@pytest.mark.parametrize("text,tense", [
    ("The talks ended Friday.", "past"),
    ("The talks will end Friday.", "future"),
    ("Officials said the talks would resume Friday.", "future"),
    ("The meeting is to be held Friday.", "future"),
    ("An attack on Friday killed 36 people.", "past"),
    ("Friday", None),
])
def test_clause_tense(text, tense):
    start = text.index("Friday")
    assert clause_tense(text, start, start + 6) == tense


def test_invariants_on_long_article():
    paragraph = (
        "Syria's government said Sunday it would attend talks in Geneva on Jan. 22, 2014. "
        "The opposition, which met last week in Istanbul, may decide by Friday. "
        "The conflict, now in its third year, has killed more than 100,000 people since March 2011. "
        "In the 1990s Assad's father ruled; 2011 people marched. The U.N. said in July that talks "
        "would begin in mid-November, and the weekend saw clashes. Theresa May spoke on Tuesday evening.\n\n"
    )
    text = paragraph * 50
    mentions = extract_times(text, dt.date(2014, 1, 13))
    assert mentions
    previous_end = -1
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.start >= previous_end
        previous_end = m.end
        assert m.kind in (D, DL, DUR)
        if m.interval is not None:
            assert m.interval.start <= m.interval.end


def test_throughput_is_reasonable():
    text = ("Officials said on Friday that the talks, which began in June 2012, would resume next week "
            "and that the deadline of March 1 could be missed. Prices rose 3 percent in the year. ") * 2000
    extract_times(text, dt.date(2014, 2, 4))
    began = time.perf_counter()
    extract_times(text, dt.date(2014, 2, 4))
    elapsed = time.perf_counter() - began
    kb_per_s = len(text.encode()) / 1024 / elapsed
    assert kb_per_s > 300, kb_per_s  # generous floor; the benchmark target is 1,000 KB/s
