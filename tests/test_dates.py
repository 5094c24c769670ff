"""Tests for claims.extract.dates: spans, kinds and resolved intervals."""

from __future__ import annotations

import datetime as dt

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
    ("2013-11-14", "The coalition said in a statement Monday it would only attend the talks if Assad left.",
     "Monday", D, "2013-11-11", "2013-11-11"),
    ("2013-11-14", "Fighting killed 22 in central Damascus on Thursday.", "Thursday", D, "2013-11-14", "2013-11-14"),
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
    ("2014-03-05", "Syria missed the Feb. 5 deadline for the handover.", "Feb. 5", DL, "2014-02-05", "2014-02-05"),
    ("2014-03-05", "Kiev must pay by the end of the month.", "by the end of the month", DL, "2014-03-21", "2014-03-31"),
    ("2014-03-05", "The treaty must be ratified by June 30, 2015.", "by June 30, 2015", DL, "2015-06-30", "2015-06-30"),
    ("2014-03-05", "The plant is to be closed by early 2016.", "by early 2016", DL, "2016-01-01", "2016-04-30"),
    ("2014-03-05", "The rebels must leave by next week.", "by next week", DL, "2014-03-10", "2014-03-16"),
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


# Phase 2 forms: quarters, holidays, ranges, ago, earlier/later, halves, times.
RESOLVED_MORE = [
    ("2013-10-26", "Profit rose in the third quarter.", "the third quarter", D, "2013-07-01", "2013-09-30"),
    ("2013-10-26", "Third-quarter profit rose.", "Third-quarter", D, "2013-07-01", "2013-09-30"),
    ("2013-10-26", "It reported the third-quarter results.", "third-quarter", D, "2013-07-01", "2013-09-30"),
    ("2013-10-26", "Sales fell in the fourth quarter of 2012.", "the fourth quarter of 2012", D, "2012-10-01", "2012-12-31"),
    ("2013-10-26", "Profit rose in the latest quarter.", "the latest quarter", D, "2013-07-01", "2013-09-30"),
    ("2013-10-26", "Third-quarter net rose to $5 million from $4 million a year earlier.", "a year earlier", D,
     "2012-07-01", "2012-09-30"),
    ("2013-10-26", "Net rose in the third quarter, up from the year-ago period.", "the year-ago period", D,
     "2012-07-01", "2012-09-30"),
    ("2013-10-26", "He expects growth in next year's first quarter.", "next year's first quarter", D,
     "2014-01-01", "2014-03-31"),
    ("2013-12-05", "The shops opened on Thanksgiving Day.", "Thanksgiving Day", D, "2013-11-28", "2013-11-28"),
    ("2013-10-26", "The shops will open on Thanksgiving.", "Thanksgiving", D, "2013-11-28", "2013-11-28"),
    ("2013-10-26", "They married at Christmas 2010.", "Christmas 2010", D, "2010-12-25", "2010-12-25"),
    ("2013-10-26", "The company was sold two months ago.", "two months ago", D, "2013-08-01", "2013-08-31"),
    ("2013-10-26", "The firm was founded nearly two decades ago.", "nearly two decades ago", D, "1993-01-01", "1993-12-31"),
    ("2013-10-26", "Earlier this month, the board met.", "Earlier this month", D, "2013-10-01", "2013-10-26"),
    ("2013-10-26", "The law takes effect later this year.", "later this year", D, "2013-10-26", "2013-12-31"),
    ("2013-10-26", "Output rose in the first half of 2013.", "the first half of 2013", D, "2013-01-01", "2013-06-30"),
    ("2013-10-26", "Prices rose from March to May.", "March", D, "2013-03-01", "2013-03-31"),
    ("2013-10-26", "Prices rose from March to May.", "May", D, "2013-05-01", "2013-05-31"),
    ("2013-10-26", "Rates rose between 2011 and 2013.", "2011", D, "2011-01-01", "2011-12-31"),
    ("2013-10-26", "Rates rose between 2011 and 2013.", "2013", D, "2013-01-01", "2013-12-31"),
    ("2013-10-26", "Attacks were reported in 1994, 1995 and 1997.", "1995", D, "1995-01-01", "1995-12-31"),
    ("2013-10-26", "His unsuccessful 1996 campaign was costly.", "1996", D, "1996-01-01", "1996-12-31"),
    ("2013-10-26", "The fair runs Jan. 10-12 in Paris.", "Jan. 10-12", D, "2014-01-10", "2014-01-12"),
    ("2013-10-26", "The offer expires at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", D, "2013-11-06", "2013-11-06"),
    ("2013-10-26", "The rebels attacked Thursday night.", "Thursday night", D, "2013-10-24", "2013-10-24"),
    ("2013-10-26", "Police arrived early Friday morning.", "early Friday morning", D, "2013-10-25", "2013-10-25"),
    ("2013-10-26", "The talks end at midnight Friday.", "midnight Friday", D, "2013-10-25", "2013-10-25"),
    ("2013-10-26", "The merger closed in the summer of 2012.", "the summer of 2012", D, "2012-06-01", "2012-08-31"),
    ("2013-10-26", "Growth slowed in the late 1990s.", "the late 1990s", D, "1997-01-01", "1999-12-31"),
    ("2013-10-26", "It grew fast in the '90s.", "the '90s", D, "1990-01-01", "1999-12-31"),
    ("2013-10-26", "Rates fell in January this year.", "January this year", D, "2013-01-01", "2013-01-31"),
    ("2013-10-26", "The payments are due on the 15th.", "the 15th", D, "2013-11-15", "2013-11-15"),
    ("2013-10-26", "The dividend is payable Dec. 7 to holders of record Nov. 22.", "Dec. 7", D, "2013-12-07", "2013-12-07"),
    ("2013-10-26", "Directors declared a dividend, payable Dec. 7 to holders.", "Dec. 7", D, "2013-12-07", "2013-12-07"),
    ("2013-10-26", "The company extended its offer to Nov. 20.", "Nov. 20", D, "2013-11-20", "2013-11-20"),
    ("2013-10-26", "Sales fell in fiscal 2012.", "fiscal 2012", D, "2012-01-01", "2012-12-31"),
    ("2014-02-04", "He has been chairman since March.", "March", D, "2013-03-01", "2013-03-31"),
    ("2014-02-04", "Elections were held in April.", "April", D, "2013-04-01", "2013-04-30"),
    ("2015-06-02", "Fighters were to withdraw from Aden by July 1, but that deadline will be missed.", "by July 1",
     DL, "2015-07-01", "2015-07-01"),
    ("2014-02-04", "The vote was scheduled for April.", "April", D, "2014-04-01", "2014-04-30"),
    ("2014-02-04", "The offer was extended to Feb. 20.", "Feb. 20", D, "2014-02-20", "2014-02-20"),
    ("2014-02-04", "The company has set Feb. 20 as the deadline.", "Feb. 20", DL, "2014-02-20", "2014-02-20"),
    ("2013-10-26", "Holders tendered their shares by the Tuesday deadline.", "Tuesday", DL, "2013-10-22", "2013-10-22"),
    ("2013-10-26", "The Friday explosions killed 12.", "Friday", D, "2013-10-25", "2013-10-25"),
    ("2013-10-26", "It acted under a June agreement with investors.", "June", D, "2013-06-01", "2013-06-30"),
    ("2013-10-26", "A hearing is set for the week of Nov. 4.", "the week of Nov. 4", D, "2013-11-04", "2013-11-10"),
    ("2013-10-26", "Protests spread this past weekend.", "this past weekend", D, "2013-10-19", "2013-10-20"),
    ("2013-10-26", "The sale should close by year-end.", "by year-end", DL, "2013-12-31", "2013-12-31"),
    ("2013-10-26", "The bridge opened in the 20th century.", "the 20th century", D, "1900-01-01", "1999-12-31"),
]


@pytest.mark.parametrize("published,text,span,kind,first,last", RESOLVED_MORE)
def test_resolved_phase2(published, text, span, kind, first, last):
    test_resolved(published, text, span, kind, first, last)


# Phase 3 forms: anaphoric dates (counted from the last date named, else from
# publication), spelled-out years, two-year seasons, "later in the day", and the
# weekday-of-publication rule. Published 2013-03-21, a Thursday.
RESOLVED_ANAPHORIC = [
    ("2013-03-21", "He fled to Florida in June 1998 and returned to Cuba later that year.", "later that year", D,
     "1998-01-01", "1998-12-31"),
    ("2013-03-21", "The plant opened in 2005 and closed the following year.", "the following year", D,
     "2006-01-01", "2006-12-31"),
    ("2013-03-21", "Shares fell on March 15, down 4% from the previous Friday.", "the previous Friday", D,
     "2013-03-08", "2013-03-08"),
    ("2013-03-21", "He was shot on Oct. 23, 2012. Earlier that day, his family called the police.",
     "Earlier that day", D, "2012-10-23", "2012-10-23"),
    ("2013-03-21", "He appeared in court on March 4 and was released the next morning.", "the next morning", D,
     "2013-03-05", "2013-03-05"),
    ("2013-03-21", "The merger was agreed in May 2011. The following month, regulators objected.",
     "The following month", D, "2011-06-01", "2011-06-30"),
    ("2013-03-21", "Watch imports reached $1.5 billion in 1988; exports fell that year.", "that year", D,
     "1988-01-01", "1988-12-31"),
    ("2013-03-21", "Sales rose 5% from the previous year.", "the previous year", D, "2012-01-01", "2012-12-31"),
    ("2013-03-21", "In nineteen ninety-six the law was struck down.", "nineteen ninety-six", D,
     "1996-01-01", "1996-12-31"),
    ("2013-03-21", "He promised to halve unemployment by the year two thousand.", "by the year two thousand", DL,
     "2000-01-01", "2000-12-31"),
    ("2013-03-21", "The attack came in January nineteen ninety-seven.", "January nineteen ninety-seven", D,
     "1997-01-01", "1997-01-31"),
    ("2013-03-21", "Prices peaked in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", D,
     "1994-12-01", "1995-02-28"),
    ("2013-03-21", "The firm was founded in two thousand and one.", "two thousand and one", D,
     "2001-01-01", "2001-12-31"),
    ("2013-03-21", "The budget for 2013-14 was cut.", "2013-14", D, "2013-01-01", "2014-12-31"),
    ("2013-03-21", "He arrived in Philadelphia later in the day.", "later in the day", D, "2013-03-21", "2013-03-21"),
    ("2013-03-21", "Rain delayed planting earlier in the year.", "earlier in the year", D, "2013-01-01", "2013-03-21"),
    ("2013-03-21", "It forecast higher earnings for the full year.", "the full year", D, "2013-01-01", "2013-12-31"),
    ("2013-03-21", "It expects sales in the current fiscal year to rise.", "the current fiscal year", D,
     "2013-01-01", "2013-12-31"),
    # the weekday of publication is the day of publication, whatever the tense
    ("2013-03-21", "Kerry will travel to Geneva on Thursday.", "Thursday", D, "2013-03-21", "2013-03-21"),
    ("2013-03-21", "The lawyer asked for a visa Thursday for the expected visit.", "Thursday", D,
     "2013-03-21", "2013-03-21"),
    # a past act about a coming day: "until" points ahead when that day is near
    ("2013-03-18", "The agency has given the relatives until Tuesday to sign.", "Tuesday", D,
     "2013-03-19", "2013-03-19"),
    # a second day of the month joined to a date, the decade in words, the period reported on
    ("2013-03-21", "The summit will be held on April 24 and 25 in Washington.", "25", D, "2013-04-25", "2013-04-25"),
    ("2013-03-21", "Hate groups declined through the nineties.", "the nineties", D, "1990-01-01", "1999-12-31"),
    ("2013-03-21", "The index fell on Friday. For the week, it dropped 3.8%.", "the week", D,
     "2013-03-11", "2013-03-17"),
    ("2013-03-21", "Revenue rose through the first nine months of the year.", "the year", D,
     "2013-01-01", "2013-12-31"),
    # a possessive weekday names an event already reported
    ("2013-03-21", "The relatives will look for ways to get around Tuesday's ruling.", "Tuesday", D,
     "2013-03-19", "2013-03-19"),
]


@pytest.mark.parametrize("published,text,span,kind,first,last", RESOLVED_ANAPHORIC)
def test_resolved_phase3(published, text, span, kind, first, last):
    test_resolved(published, text, span, kind, first, last)


# (published, text, span, kind, timex type, timex value)
# Families fixed against 2013 wire and newspaper copy (issue #3): one row per rule.
TIMEX_2013 = [
    # tense: names that look like verbs, "have" as possession, irregular pasts, schedules
    ("2013-08-28", "The Fed could begin tapering its bond purchases in September.", "September", D, "DATE",
     "2013-09"),
    ("2013-02-28", "Japan's economy shrank for a third quarter in the July-September period.", "July", D, "DATE",
     "2012-07"),
    ("2013-12-06", "The tournament starts June 12.", "June 12", D, "DATE", "2014-06-12"),
    # a weekday after a guessed ("-ed") past verb: the one before, even the next day's name
    # (only a forward cue turns it ahead: "extended the offer to Tuesday")
    ("2013-03-22", "A storm dumped snow on the Midwest on Sunday and Monday.", "Sunday", D, "DATE", "2013-03-17"),
    ("1998-08-17", "Albright headed Tuesday to East Africa.", "Tuesday", D, "DATE", "1998-08-11"),
    # a month joined to the month just named follows it, in its year or the next
    ("2013-02-28", "Japan's economy shrank for a third quarter in the July-September period.", "September", D,
     "DATE", "2012-09"),
    ("2013-01-07", "Samsung earned a record profit in the October-December quarter.", "December", D, "DATE",
     "2012-12"),
    ("2013-03-22", "Sales peaked from November to February.", "February", D, "DATE", "2013-02"),
    # the year said after a date picks its year
    ("2013-11-23", "Retailers have six fewer days between Thanksgiving and Christmas this year.", "Thanksgiving",
     D, "DATE", "2013-11-28"),
    ("2013-02-12", "Easter falls on March 31 this year.", "March 31 this year", D, "DATE", "2013-03-31"),
    ("2013-03-20", "People were hurt in the May Day protests last year.", "May Day", D, "DATE", "2012-05-01"),
    # holidays: multi-word names before a capitalized noun, shopping days, more US days
    ("2013-03-29", "Easter Sunday Mass will be celebrated in St. Peter's Square.", "Easter Sunday", D, "DATE",
     "2013-03-31"),
    ("2013-11-23", "Black Friday sales are expected to start on Thanksgiving.", "Black Friday", D, "DATE",
     "2013-11-29"),
    ("2013-11-23", "Online retailers expect record Cyber Monday orders.", "Cyber Monday", D, "DATE", "2013-12-02"),
    ("2013-04-16", "The marathon is held every year on Patriots' Day.", "Patriots' Day", D, "DATE", "2013-04-15"),
    ("2013-05-05", "Cinco de Mayo celebrations were held today.", "Cinco de Mayo", D, "DATE", "2013-05-05"),
    ("2013-02-12", "Revelers marked Shrove Tuesday.", "Shrove Tuesday", D, "DATE", "2013-02-12"),
    ("2013-01-21", "Crowds gathered on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", D, "DATE",
     "2013-01-21"),
    # the Sept. 11 attacks are those of 2001 in any year's copy
    ("2013-07-04", "It was the deadliest day since the Sept. 11 attacks.", "Sept. 11", D, "DATE", "2001-09-11"),
    ("2013-07-04", "The vote is set for Sept. 11.", "Sept. 11", D, "DATE", "2013-09-11"),
    # clock times: with the year of their date, with "Thursday, March 21", and a past midnight
    ("2013-11-23", "Kennedy was shot at 12:30 p.m. on Nov. 22, 1963, in Dallas.", "12:30 p.m.",
     D, "TIME", "1963-11-22T12:30"),
    ("2013-03-20", "The hearing is set for 9 a.m. on Thursday, March 21.", "9 a.m.", D,
     "TIME", "2013-03-21T09:00"),
    ("2013-12-06", "Zuma announced the death shortly before midnight.", "midnight", D, "TIME", "2013-12-05T24:00"),
    ("2013-10-01", "The markets will close at midnight.", "midnight", D, "TIME", "2013-10-01T24:00"),
    # compound lengths are one TIMEX3
    ("2013-09-10", "The final lasted three hours and 21 minutes.", "three hours and 21 minutes", DUR, "DURATION",
     "PT3H21M"),
    ("2013-09-10", "He served two years and three months in jail.", "two years and three months", DUR, "DURATION",
     "P2Y3M"),
    ("2013-09-10", "The flight took 1 day and 6 hours.", "1 day and 6 hours", DUR, "DURATION", "P1DT6H"),
    # earnings: "for the full year" and "the previous quarter" follow the quarter just discussed
    ("2013-02-12", "Fourth-quarter profit rose 4 percent. For the full year, revenue fell.", "the full year", D,
     "DATE", "2012"),
    ("2013-04-16", "Growth was 7.7 percent in the first quarter, after 7.9 percent in the previous quarter.",
     "the previous quarter", D, "DATE", "2012-Q4"),
    # years before 1600 after a preposition of time
    ("2013-02-12", "The last pope to resign was Gregory XII in 1415.", "1415", D, "DATE", "1415"),
    # frequencies keep their count; "a year" after a comma is no rate
    ("2013-03-20", "He visits his mother twice a year.", "twice a year", DUR, "SET", "P1Y"),
    ("2013-03-20", "They meet three times a week.", "three times a week", DUR, "SET", "P1W"),
    ("2013-03-27", "The law took effect in January 2014, a year after it was signed.", "a year", DUR, "DURATION",
     "P1Y"),
    # a two-year winter; "over the next decade" is a stretch, "in the next decade" the 2020s
    ("2013-03-18", "The winter of 2011-12 was unusually mild.", "The winter of 2011-12", D, "DATE", "2011-WI"),
    ("2013-03-27", "The plan would cut spending over the next decade.", "the next decade", DUR, "DURATION",
     "P10Y"),
    ("2013-03-27", "Cars will fly in the next decade.", "the next decade", D, "DATE", "202X"),
]


@pytest.mark.parametrize("published,text,span,kind,timex_type,value", TIMEX_2013)
def test_timex_rendering_2013(published, text, span, kind, timex_type, value):
    test_timex_rendering(published, text, span, kind, timex_type, value)


TIMEX_MORE = [
    ("2013-03-21", "It cited current market conditions.", "current", D, "DATE", "PRESENT_REF"),
    ("2013-03-21", "He entered his current position in April.", "current", D, "DATE", "PRESENT_REF"),
    ("2013-03-21", "Holders may buy shares at half the then current market price.", "then current", D, "DATE",
     "PAST_REF"),
    ("2013-03-21", "Kellogg soon will begin selling smaller boxes.", "soon", D, "DATE", "FUTURE_REF"),
    ("2013-03-21", "It will liquidate the unit as soon as possible.", "as soon as possible", D, "DATE", "FUTURE_REF"),
    ("2013-03-21", "Revenue should rise 20% annually.", "annually", D, "SET", "P1Y"),
    ("2013-03-21", "Dividends are paid quarterly.", "quarterly", D, "SET", "P3M"),
    ("2013-03-21", "Repairs will take two to three weeks.", "two to three weeks", DUR, "DURATION", "P2W"),
    ("2013-03-21", "Acquisitions will be made during the next 12 to 18 months.", "the next 12 to 18 months", DUR,
     "DURATION", "P12M"),
    ("2013-03-21", "The meeting lasted half an hour.", "half an hour", DUR, "DURATION", "PT30M"),
    ("2013-03-21", "But a minute and a half later, a pilot radioed.", "a minute and a half", DUR, "DURATION", "PT1M30S"),
    ("2013-03-21", "Over the years many patients died waiting.", "the years", DUR, "DURATION", "PXY"),
    ("2013-03-21", "The agreement follows months of twists and turns.", "months", DUR, "DURATION", "PXM"),
    ("2013-03-21", "Control Data, which just months ago was losing money, is healthy.", "months ago", D, "DATE",
     "PAST_REF"),
    ("2013-03-21", "They emerged from their third day-long meeting.", "day-long", DUR, "DURATION", "P1D"),
    ("2013-03-21", "Insurance has been a tough business in recent quarters.", "recent quarters", DUR, "DURATION",
     "PXM"),
    ("2013-03-21", "Atlanta, nineteen ninety-six: a bomb shakes the Olympic games.", "nineteen ninety-six", D,
     "DATE", "1996"),
    ("2013-03-21", "A strong season is expected in 2013-14.", "2013-14", D, "DATE", "2013"),
    ("2013-03-21", "Police questioned him again that same day, after the October 2012 raid.", "that same day", D,
     "DATE", "XXXX-XX-XX"),
    ("2013-03-21", "The raid came in October 2012; that same day, he fled.", "that same day", D, "DATE", "2012-10-XX"),
    ("2013-03-21", "He was released on March 4 and left the next morning.", "the next morning", D, "TIME",
     "2013-03-05TMO"),
    # modifiers and "or so" stay inside the TIMEX3 (TimeML records them as mod)
    ("2013-03-21", "The offer must stay open at least 30 days.", "at least 30 days", DUR, "DURATION", "P30D"),
    ("2013-03-21", "Detainees can be held up to 180 days.", "up to 180 days", DUR, "DURATION", "P180D"),
    ("2013-03-21", "Sales will stay flat for the next year or so.", "the next year or so", D, "DATE", "2014"),
    ("2013-03-21", "Gen. Schwarzkopf chose the date a week or so ago.", "a week or so ago", D, "DATE", "2013-W11"),
    ("2013-03-21", "The shop was robbed around 7:15 p.m.", "around 7:15 p.m.", D, "TIME", "2013-03-21T19:15"),
    ("2013-03-21", "Flights will leave on Monday and Tuesday nights.", "Tuesday nights", D, "SET", "XXXX-WXX-2TNI"),
    ("2013-03-21", "It adds pretax profit of about $33 million a year.", "a year", DUR, "SET", "P1Y"),
    ("2013-03-21", "We don't minimize the challenges of the near term.", "the near term", D, "DATE", "FUTURE_REF"),
    ("2013-03-21", "Right now the market is weak.", "Right now", D, "DATE", "PRESENT_REF"),
    ("2013-03-21", "It had revenue of $76 million for the year ended March 31.", "the year", DUR, "DURATION", "P1Y"),
    ("2013-03-21", "The post-1959 politics split families.", "post-1959", D, "DATE", "1959"),
    ("2013-03-21", "Prices doubled over the past decade.", "the past decade", DUR, "DURATION", "P10Y"),
    ("2013-03-21", "In London at mid-afternoon yesterday, shares fell.", "mid-afternoon yesterday", D, "TIME",
     "2013-03-20TAF"),
    ("2013-03-21", "At mid afternoon, officials were saying the town had fallen.", "mid afternoon", D, "TIME",
     "2013-03-21TAF"),
    # "about" stays outside the TIMEX3, as TimeBank and AQUAINT mostly annotate it
    ("2013-03-21", "The flight took about five hours.", "five hours", DUR, "DURATION", "PT5H"),
    ("2013-03-21", "The blast occurred at about 10:35 a.m.", "10:35 a.m.", D, "TIME", "2013-03-21T10:35"),
    ("2013-03-21", "It happened about two years ago.", "two years ago", D, "DATE", "2011"),
    # a noun naming the stretch itself joins a compound length ("a three-year period")
    ("2013-03-21", "Sales were inflated over a three-year period.", "a three-year period", DUR, "DURATION", "P3Y"),
    ("2013-03-21", "He may buy stock during its one-year term.", "one-year term", DUR, "DURATION", "P1Y"),
    ("2013-03-21", "Shares fell in the 30-day span.", "the 30-day span", DUR, "DURATION", "P30D"),
    ("2013-03-21", "She signed a two-year contract.", "two-year", DUR, "DURATION", "P2Y"),
    ("1989-11-07", "It was 45% of sales in the latest nine months.", "the latest nine months", DUR, "DURATION", "P9M"),
    ("2013-03-21", "He will serve the remaining two years of the term.", "the remaining two years", DUR, "DURATION",
     "P2Y"),
    ("2013-03-21", "He probably died within weeks or months of his capture.", "weeks or months", DUR, "DURATION",
     "PXW"),
    # "N days earlier" counts back from the events told, like "N days later": a length
    ("1990-08-16", "A day earlier, scores of trucks crossed the border.", "A day earlier", DUR, "DURATION", "P1D"),
    ("1990-08-16", "Two weeks earlier, the talks had failed.", "Two weeks earlier", DUR, "DURATION", "P2W"),
    ("1990-08-16", "Profit rose from a year earlier.", "a year earlier", D, "DATE", "1989"),
    # "ahead", "the first", "the early" around bare plurals: stretches of unknown length
    ("2013-03-21", "Selling could erode prices in the weeks ahead.", "the weeks ahead", DUR, "DURATION", "PXW"),
    ("2013-03-21", "Prisoners were taken in the first hours of the war.", "the first hours", DUR, "DURATION",
     "PTXH"),
    ("2013-03-21", "Fewer lives are saved in the early years.", "the early years", DUR, "DURATION", "PXY"),
    # sets: every N units, every other unit, every season, per unit
    ("2013-03-21", "Elections are held every four years.", "every four years", D, "SET", "P4Y"),
    ("2013-03-21", "The buses run every two weeks.", "every two weeks", D, "SET", "P2W"),
    ("2013-03-21", "The pump runs every 24 hours.", "every 24 hours", D, "SET", "PT24H"),
    ("2013-03-21", "The magazine comes out every other month.", "every other month", D, "SET", "P2M"),
    ("2013-03-21", "They visit every few years.", "every few years", D, "SET", "PXY"),
    ("2013-03-21", "Fans gather here every summer.", "every summer", D, "SET", "XXXX-SU"),
    ("2013-03-21", "The river floods each spring.", "each spring", D, "SET", "XXXX-SP"),
    ("2013-03-21", "Rent is $900 per month.", "per month", D, "SET", "P1M"),
    ("2013-03-21", "The bond pays 5% per annum.", "per annum", D, "SET", "P1Y"),
    ("2013-03-21", "They meet each week.", "each week", D, "SET", "P1W"),
    ("2013-03-21", "The market opens every weekend.", "every weekend", D, "SET", "XXXX-WXX-WE"),
    ("2013-03-21", "He jogs every Monday morning.", "every Monday morning", D, "SET", "XXXX-WXX-1TMO"),
    ("2013-03-21", "Protesters gather every evening.", "every evening", D, "SET", "P1D"),
    # centuries and millennia: counted ones in years, uncounted ones with their TIMEX3 letters
    ("2013-03-21", "He is the first pope from outside Europe in more than a millennium.", "more than a millennium",
     DUR, "DURATION", "P1L"),
    ("2013-03-21", "They kept the secret for more than two thousand years.", "more than two thousand years", DUR,
     "DURATION", "P2L"),
    ("2013-03-21", "It has been so for almost a hundred years.", "almost a hundred years", DUR, "DURATION", "P100Y"),
    ("2013-03-21", "The bridge stood for 1,500 years.", "1,500 years", DUR, "DURATION", "P1500Y"),
    ("2013-03-21", "The skyline was dominated by the mosque for centuries.", "centuries", DUR, "DURATION", "PXC"),
    ("2013-03-21", "Glassmakers kept the secret for millennia.", "millennia", DUR, "DURATION", "PXL"),
    ("2013-03-21", "The town was founded three centuries ago.", "three centuries ago", D, "DATE", "1713"),
    ("2013-03-21", "The feud has lasted for decades.", "decades", DUR, "DURATION", "PXY"),
    ("2013-03-21", "The party ended a half-century of rule.", "a half-century", DUR, "DURATION", "P50Y"),
    ("2013-03-21", "He ruled for a quarter century.", "a quarter century", DUR, "DURATION", "P25Y"),
    ("2013-03-21", "A half hour later, the police arrived.", "A half hour", DUR, "DURATION", "PT30M"),
    # stretches of unknown length
    ("2013-03-21", "We will have to live without it for a while.", "a while", DUR, "DURATION", "PXX"),
    ("2013-03-21", "Troops could stay in the region for some time.", "some time", DUR, "DURATION", "PXX"),
    # "the quarter ended <date>": the quarter holding most of the three months up to that day
    ("1989-11-02", "In the quarter ended July 31, Jayark had a loss.", "the quarter", D, "DATE", "1989-Q2"),
    ("1989-11-02", "Net rose for the quarter ended Sept. 30.", "the quarter", D, "DATE", "1989-Q3"),
    ("1989-11-02", "Sales fell in the quarter ended Dec. 31, 1988.", "the quarter", D, "DATE", "1988-Q4"),
    ("1989-11-02", "Net fell in the fiscal first quarter. For the quarter ended Sept. 29, sales rose.", "the quarter",
     D, "DATE", "1989-Q1"),
    ("2013-03-21", "Today's vote was close.", "Today", D, "DATE", "2013-03-21"),
    # "earlier"/"later" before a weekday order events and stay outside; "late" is part of the date
    ("2013-03-23", "Earlier Friday, lawyers filed a petition.", "Friday", D, "DATE", "2013-03-22"),
    ("2013-03-23", "Later Thursday night, two relatives left.", "Thursday night", D, "TIME", "2013-03-21TNI"),
    ("2013-03-23", "Late Monday, officials spoke.", "Late Monday", D, "DATE", "2013-03-18"),
    ("1989-11-07", "It won't be profitable until 1994 or later.", "1994 or later", D, "DATE", "1994"),
    ("1989-11-07", "It is confident about earnings for 1990 and beyond.", "1990 and beyond", D, "DATE", "1990"),
    ("1989-11-07", "Sales rose from the low levels of the early summer.", "the early summer", D, "DATE", "1989-SU"),
    ("1989-11-07", "The percentage change is since year-end.", "year-end", D, "DATE", "1988-12-31"),
    ("1989-11-07", "The deal should close around year-end.", "year-end", D, "DATE", "1989-12-31"),
    ("1989-11-07", "The charge will mean lower earnings for the fiscal year.", "the fiscal year", D, "DATE", "1989"),
    ("2000-01-07", "He was found in the Atlantic last Thanksgiving.", "last Thanksgiving", D, "DATE", "1999-11-25"),
    ("2000-01-07", "They will be home next Christmas.", "next Christmas", D, "DATE", "2000-12-25"),
    # clock times: a weekday after a bracketed aside; "N in the morning/evening"
    ("1998-08-08", "The blast occurred at 10:35 a.m. (0735 GMT) Friday.", "10:35 a.m.", D, "TIME",
     "1998-08-07T10:35"),
    ("2000-04-05", "He will leave at 4 in the morning.", "4 in the morning", D, "TIME", "2000-04-05T04:00"),
    ("2000-04-05", "He will leave at 4 in the morning (4 a.m. EDT Thursday).", "4 in the morning", D, "TIME",
     "2000-04-06T04:00"),
    # "N things a week": a rate, a set
    ("2013-03-21", "It will add nearly 700 seats a week on the route.", "a week", DUR, "SET", "P1W"),
    ("2013-03-21", "The store is open seven days a week.", "a week", DUR, "SET", "P1W"),
    ("2000-04-05", "They met until 7:30 in the evening.", "7:30 in the evening", D, "TIME", "2000-04-05T19:30"),
    ("2013-03-21", "They will arrive at noon today.", "noon today", D, "TIME", "2013-03-21T12:00"),
]


@pytest.mark.parametrize("published,text,span,kind,timex_type,value", TIMEX_MORE)
def test_timex_rendering_phase3(published, text, span, kind, timex_type, value):
    test_timex_rendering(published, text, span, kind, timex_type, value)


# (published, text, span, kind, timex type, timex value)
TIMEX = [
    ("2014-02-04", "the three-year-old conflict", "three-year-old", DUR, "DURATION", "P3Y"),
    ("2014-02-04", "The war has lasted three years.", "three years", DUR, "DURATION", "P3Y"),
    ("2014-02-04", "The truce held for two days.", "two days", DUR, "DURATION", "P2D"),
    ("2014-02-04", "He was held for 72 hours.", "72 hours", DUR, "DURATION", "PT72H"),
    ("2014-02-04", "The 1,000-day mark passed.", "1,000-day", DUR, "DURATION", "P1000D"),
    ("2014-02-04", "He offered them a week to withdraw.", "a week", DUR, "DURATION", "P1W"),
    ("2014-02-04", "The truce was extended for two more weeks.", "two more weeks", DUR, "DURATION", "P2W"),
    ("2014-02-04", "It ended a decades-long feud.", "decades-long", DUR, "DURATION", "PXY"),
    ("2014-02-04", "She made a one-day trip to Kiev.", "one-day", DUR, "DURATION", "P1D"),
    ("2014-02-04", "It took a decade to rebuild.", "a decade", DUR, "DURATION", "P10Y"),
    ("2014-02-04", "the past two months", "the past two months", DUR, "DURATION", "P2M"),
    ("2014-02-04", "talks next week", "next week", D, "DATE", "2014-W07"),
    ("2014-02-04", "talks in June 2012", "June 2012", D, "DATE", "2012-06"),
    ("2014-02-04", "talks in 2013", "2013", D, "DATE", "2013"),
    ("2014-02-04", "sales in the first quarter of 2013", "the first quarter of 2013", D, "DATE", "2013-Q1"),
    ("2014-02-04", "prices rose this summer", "this summer", D, "DATE", "2014-SU"),
    ("2014-02-04", "mid-November", "mid-November", D, "DATE", "2013-11"),
    ("2014-02-04", "the war in the 1990s", "the 1990s", D, "DATE", "199X"),  # the year digit unknown
    ("2014-02-04", "Prices are rising now.", "now", D, "DATE", "PRESENT_REF"),
    ("2014-02-04", "He recently resigned.", "recently", D, "DATE", "PAST_REF"),
    ("2014-02-04", "The paper is published weekly.", "weekly", D, "SET", "P1W"),
    ("2014-02-04", "They met on Tuesday evening.", "Tuesday evening", D, "TIME", "2014-02-04TEV"),
    ("2014-02-04", "The vote closed at 5 p.m. Monday.", "5 p.m. Monday", D, "TIME", "2014-02-03T17:00"),
    ("2014-02-04", "They played over the weekend.", "the weekend", D, "DATE", "2014-W05-WE"),
    ("2014-02-04", "The war lasted 2 1/2 years.", "2 1/2 years", DUR, "DURATION", "P2Y6M"),
    ("2014-02-04", "The flight took 5 1/2 hours.", "5 1/2 hours", DUR, "DURATION", "PT5H30M"),
    ("2014-02-04", "Profit rose in the first half of 2013.", "the first half of 2013", D, "DATE", "2013-H1"),
    ("2014-02-04", "Profit rose in the third quarter of 2013.", "the third quarter of 2013", D, "DATE", "2013-Q3"),
    ("2014-02-04", "The company was founded three years ago.", "three years ago", D, "DATE", "2011"),
    ("2014-02-04", "Prices have risen in recent years.", "recent years", D, "DATE", "PAST_REF"),
    ("2014-02-04", "Prices will rise in the coming months.", "the coming months", D, "DATE", "FUTURE_REF"),
    ("2014-02-04", "The tension has lasted for years.", "years", DUR, "DURATION", "PXY"),
    ("2014-02-04", "The paper is delivered every day.", "every day", D, "SET", "P1D"),
    ("2014-02-04", "They meet each Thursday.", "each Thursday", D, "SET", "XXXX-WXX-4"),
    ("2014-02-04", "Fees are $5 a month.", "a month", DUR, "SET", "P1M"),
    ("2014-02-04", "The price will fall in the future.", "the future", D, "DATE", "FUTURE_REF"),
    ("2014-02-04", "The plant is currently closed.", "currently", D, "DATE", "PRESENT_REF"),
    ("2014-02-04", "The vote is at noon Saturday.", "noon Saturday", D, "TIME", "2014-02-08T12:00"),
    ("2014-02-04", "The office closed at 10:30 a.m.", "10:30 a.m.", D, "TIME", "2014-02-04T10:30"),
    ("2014-02-04", "The vote is on Thursday at 9 a.m.", "9 a.m.", D, "TIME", "2014-02-06T09:00"),
    # year ranges: each end is a year ("2010-2011", "covers 2010 to 2012")
    ("2014-02-04", "The museum was closed in 2010-2011.", "2010", D, "DATE", "2010"),
    ("2014-02-04", "The museum was closed in 2010-2011.", "2011", D, "DATE", "2011"),
    ("2014-02-04", "The report covers 2010 to 2012.", "2010", D, "DATE", "2010"),
    ("2014-02-04", "The report covers 2010 through 2012.", "2012", D, "DATE", "2012"),
    ("2014-02-04", "The survey ran 1998 - 2001 in five states.", "1998", D, "DATE", "1998"),
    # fractions of long units counted back
    ("2013-03-22", "Half a century ago, it was a colony.", "Half a century ago", D, "DATE", "1963"),
    ("2013-03-22", "The law passed a quarter century ago.", "a quarter century ago", D, "DATE", "1988"),
    ("2013-03-22", "It began in the 2010s.", "the 2010s", D, "DATE", "201X"),
    # "has until": a limit still running; a schedule told during the event is this year's
    ("2013-03-22", "Cyprus has until Monday to raise the money.", "Monday", D, "DATE", "2013-03-25"),
    ("2013-03-22", "Banks were given until March 1 to comply.", "March 1", D, "DATE", "2013-03-01"),
    ("2013-03-22", "Obama is scheduled to visit on March 20-22.", "March 20-22", D, "DATE", "2013-03-20"),
    ("2013-03-22", "The vote is set for March 2.", "March 2", D, "DATE", "2014-03-02"),
    ("2013-03-22", "The war lasted two-and-a-half years.", "two-and-a-half years", DUR, "DURATION", "P2Y6M"),
    ("2013-03-22", "The talks took 2½ hours.", "2½ hours", DUR, "DURATION", "PT2H30M"),
    ("2013-03-22", "The blast happened at 0630 GMT.", "0630 GMT", D, "TIME", "2013-03-22T06:30"),
    ("2013-03-22", "Polls close at 14:30 UTC Friday.", "14:30 UTC Friday", D, "TIME", "2013-03-22T14:30"),
    # a year said once for two days or two months
    ("2013-03-22", "They met on September 14 and 18, 2010.", "September 14", D, "DATE", "2010-09-14"),
    ("2013-03-22", "It rained in May and June 2011.", "May", D, "DATE", "2011-05"),
    ("2013-03-22", "Sales rose from January to March 2012.", "January", D, "DATE", "2012-01"),
    ("2013-03-22", "Sales rose in January-March.", "January", D, "DATE", "2013-01"),
    ("2013-03-22", "Sales rose in January-March.", "March", D, "DATE", "2013-03"),
    ("2013-03-22", "It was posted on 03/22/2013.", "03/22/2013", D, "DATE", "2013-03-22"),
    ("2013-03-22", "It was posted on 22/03/2013.", "22/03/2013", D, "DATE", "2013-03-22"),
    ("2013-03-22", "It was posted on 3/22/13.", "3/22/13", D, "DATE", "2013-03-22"),
    ("2013-03-22", "The game is on Wed., Oct. 9.", "Wed., Oct. 9", D, "DATE", "2013-10-09"),
    ("2013-03-22", "The talks ended in just over a week.", "just over a week", DUR, "DURATION", "P1W"),
    ("1989-10-30", "It had been due to expire Friday evening.", "Friday evening", D, "TIME", "1989-10-27TEV"),
    # a time zone or "local time" between a clock time and its day
    ("2013-03-22", "The truce began at 6 a.m. local time on Thursday.", "6 a.m. local time",
     D, "TIME", "2013-03-21T06:00"),
    ("2013-03-22", "Polls closed at 8 p.m. ET on Tuesday.", "8 p.m. ET", D, "TIME",
     "2013-03-19T20:00"),
    # British copy: a dot in clock times, the day before the month, 24-hour clocks after "at"
    ("2013-03-22", "The talks ended at 11.30pm on Thursday.", "11.30pm", D, "TIME",
     "2013-03-21T23:30"),
    ("2013-03-22", "The deadline is midnight on 31 March.", "midnight", D, "TIME",
     "2013-03-31T24:00"),
    ("2013-03-22", "The match is at 3pm on Saturday 23 March.", "3pm", D, "TIME",
     "2013-03-23T15:00"),
    ("2013-03-22", "The meeting starts at 14:00 on Monday.", "14:00", D, "TIME",
     "2013-03-25T14:00"),
    # a verb written alike in both tenses is no past after a modal
    ("2013-03-22", "The storm will hit the coast over the weekend.", "the weekend", D, "DATE",
     "2013-W12-WE"),
    ("2013-03-22", "The storm hit the coast over the weekend.", "the weekend", D, "DATE", "2013-W11-WE"),
    # a fortnight is two weeks
    ("2013-03-22", "The ban will be lifted in a fortnight.", "a fortnight", DUR, "DURATION", "P2W"),
    ("2013-03-22", "The ceremony was held a fortnight ago.", "a fortnight ago", D, "DATE", "2013-W10"),
    ("2013-03-22", "Over the past fortnight, prices fell.", "the past fortnight", DUR, "DURATION", "P2W"),
    # a possessive weekday is past, unless a deadline or "ahead of" points ahead
    ("2013-03-22", "The move comes ahead of Monday's deadline.", "Monday", D, "DATE", "2013-03-25"),
    ("2013-03-22", "Lawmakers met ahead of Tuesday's vote.", "Tuesday", D, "DATE", "2013-03-26"),
    ("2013-03-22", "Wednesday's ruling was a surprise.", "Wednesday", D, "DATE", "2013-03-20"),
    # hundreds of years: "the 1800s", "the early 20th century"
    ("2013-03-22", "The tradition goes back to the 1800s.", "the 1800s", D, "DATE", "18"),
    ("2013-03-22", "It began in the early 1900s.", "the early 1900s", D, "DATE", "19"),
    ("2013-03-22", "It was popular in the 2000s.", "the 2000s", D, "DATE", "200X"),
    ("2013-03-22", "The law dates from the early 20th century.", "the early 20th century", D, "DATE", "19"),
    ("2013-03-22", "The measure expires at the end of the fiscal year.", "the end of the fiscal year",
     D, "DATE", "2013"),
    # "this fall" said in March is this year's; "the fall" after "in" is autumn
    ("2013-03-22", "The trial will begin this fall.", "this fall", D, "DATE", "2013-FA"),
    ("2013-03-22", "The trial is set to begin in the fall.", "the fall", D, "DATE", "2013-FA"),
    ("2013-03-22", "The trial began in the fall.", "the fall", D, "DATE", "2012-FA"),
    # a quarter without a year in a future clause is the coming one, unless it just closed
    ("2013-03-22", "The company expects second-quarter revenue of $1 billion.", "second-quarter",
     D, "DATE", "2013-Q2"),
    ("1989-10-20", "The company will report third-quarter results next week.", "third-quarter",
     D, "DATE", "1989-Q3"),
    # a past "-ed" verb keeps a weekday in the past, even tomorrow's name
    ("2013-03-22", "Police arrested ten people on Saturday.", "Saturday", D, "DATE", "2013-03-16"),
    ("2013-03-22", "Ten people died on Sunday.", "Sunday", D, "DATE", "2013-03-17"),
    # modals of what may come; "may have" is a guess about the past
    ("2013-03-22", "Ministers might announce the decision on Tuesday.", "Tuesday", D, "DATE", "2013-03-26"),
    ("2013-03-22", "He may have fled on Tuesday.", "Tuesday", D, "DATE", "2013-03-19"),
    ("2013-03-20", "Obama returns to Washington on Saturday.", "Saturday", D, "DATE", "2013-03-23"),
    # "a year earlier" counts from the date just named in its sentence
    ("2013-03-22", "Sales in 2011 were $5 billion, up from $4 billion a year earlier.", "a year earlier",
     D, "DATE", "2010"),
    ("2013-03-22", "Unemployment was 7.7 percent in February, down from 7.9 percent a month earlier.",
     "a month earlier", D, "DATE", "2013-01"),
    ("2013-03-22", "Prices rose 5 percent from a year earlier.", "a year earlier", D, "DATE", "2012"),
    # put off to a date, or running to one: still ahead
    ("2013-03-22", "The court adjourned the case until Thursday.", "Thursday", D, "DATE", "2013-03-28"),
    ("2013-03-22", "The vote has been postponed until after Easter.", "Easter", D, "DATE", "2013-03-31"),
    ("2013-03-22", "The plan runs through Sept. 30.", "Sept. 30", D, "DATE", "2013-09-30"),
    ("2013-03-22", "The bank remained closed until Tuesday.", "Tuesday", D, "DATE", "2013-03-19"),
    # a capitalised time word opening a sentence or a quotation is still a time
    ("2013-03-22", "He said: \"Today we act.\"", "Today", D, "DATE", "2013-03-22"),
    ("2013-03-22", "The Times reported it on Friday.", "Friday", D, "DATE", "2013-03-22"),
    # holidays of British and Commonwealth copy
    ("2013-03-22", "St Patrick's Day parades were held on Sunday.", "St Patrick's Day", D, "DATE", "2013-03-17"),
    ("2013-03-22", "The tax changes take effect on April Fool's Day.", "April Fool's Day", D, "DATE",
     "2013-04-01"),
    # clock times: "4.15 in the morning", "10 at night", "1830 local time", "11pm tonight"
    ("2013-03-22", "The attack happened at 4.15 in the morning.", "4.15 in the morning", D, "TIME",
     "2013-03-22T04:15"),
    ("2013-03-22", "The shop closes at 10 at night.", "10 at night", D, "TIME", "2013-03-22T22:00"),
    ("2013-03-22", "The plane crashed at 1830 local time.", "1830 local time", D, "TIME", "2013-03-22T18:30"),
    ("2013-03-22", "The warning is in force until 11pm tonight.", "11pm tonight", D, "TIME",
     "2013-03-22T23:00"),
    # "the 4 March election": the article is the noun's
    ("2013-03-22", "He won the 4 March election.", "4 March", D, "DATE", "2013-03-04"),
    ("2013-03-22", "The vote took place on the 19th of March.", "the 19th of March", D, "DATE", "2013-03-19"),
    # a quarter named by its month, a race time, a year opening a sentence, a dotted date
    ("2013-03-22", "Apple posted record sales for the December quarter.", "the December quarter", D, "DATE",
     "2012-Q4"),
    ("2013-03-22", "Kipsang won the race in 2 hours 4 minutes.", "2 hours 4 minutes", DUR, "DURATION",
     "PT2H4M"),
    ("2013-03-22", "2012 was a difficult year for the bank.", "2012", D, "DATE", "2012"),
    ("2013-03-22", "Revenue for 2012 rose 4 percent.", "2012", D, "DATE", "2012"),
    ("2013-03-22", "The shares were listed on 22.03.2013.", "22.03.2013", D, "DATE", "2013-03-22"),
    ("2013-03-22", "In the year 2000, the company had 12 employees.", "the year 2000", D, "DATE", "2000"),
    ("2013-03-22", "The first week of April will be busy.", "The first week of April", D, "DATE", "2013-W14"),
    ("2013-03-22", "It ends on the last day of March.", "the last day of March", D, "DATE", "2013-03-31"),
    # a regular past verb keeps a month-day in the past; adjectives in "-ed" are no verbs
    ("2013-04-08", "The war ended on June 14, when the forces surrendered.", "June 14", D, "DATE", "2012-06-14"),
    ("2013-04-08", "The company extended the offer to June 14.", "June 14", D, "DATE", "2013-06-14"),
    ("1989-10-27", "It said it will redeem 9.5 million preferred shares on Oct. 31.", "Oct. 31", D, "DATE",
     "1989-10-31"),
    ("1989-10-26", "It would be paid on a still unspecified date in January.", "January", D, "DATE", "1990-01"),
    # a month counted from the date last named
    ("2013-04-22", "He went to Russia in January 2012 and returned in July of that year.", "July of that year",
     D, "DATE", "2012-07"),
    ("2013-04-22", "He spent six months in Dagestan in 2012. He returned that July.", "that July", D, "DATE",
     "2012-07"),
    ("2013-04-22", "The bank, nationalised in February 2008, was rescued the previous September.",
     "the previous September", D, "DATE", "2007-09"),
    ("2013-04-22", "The Act was passed in July 1996 and signed the following September.",
     "the following September", D, "DATE", "1996-09"),
    # a bare clock time belongs to the day just named
    ("2013-04-16", "Two bombs exploded on Monday. The first went off at 2:49 p.m.", "2:49 p.m.", D, "TIME",
     "2013-04-15T14:49"),
    # waiting for what is to come
    ("2013-01-15", "Oil fell as investors awaited the release of U.S. data on Wednesday.", "Wednesday", D,
     "DATE", "2013-01-16"),
    ("2013-05-24", "They were remanded in custody to appear in court on Monday.", "Monday", D, "DATE",
     "2013-05-27"),
    # a fronted date before a pronoun takes the pronoun's verb
    ("2013-05-01", "In November, he will seek a third term.", "November", D, "DATE", "2013-11"),
    # a year said once for two months, a year's accounts, a half-year adjective
    ("2013-05-14", "The records covered April and May of 2012.", "April", D, "DATE", "2012-04"),
    ("2013-01-23", "IBM forecast 2013 earnings of at least $16.70 a share.", "2013", D, "DATE", "2013"),
    ("2013-07-26", "Barclays reported a fall in first-half pretax profit.", "first-half", D, "DATE", "2013-H1"),
    # past forms written like the present; a clock time last night; "as early as"; "the prior quarter"
    ("2013-06-10", "The ECB cut rates in July.", "July", D, "DATE", "2012-07"),
    ("2013-06-10", "The ECB will cut rates in July.", "July", D, "DATE", "2013-07"),
    ("2013-06-10", "The fire started at 7.15pm last night.", "7.15pm last night", D, "TIME", "2013-06-09T19:15"),
    ("2013-06-10", "Such cases were reported as early as 2002.", "2002", D, "DATE", "2002"),
    ("2013-06-10", "Revenue fell from the prior quarter.", "the prior quarter", D, "DATE", "2013-Q1"),
    # called, set or forecast for a date; remanded or given until one: still ahead
    ("2013-03-22", "Unions called a strike for Monday.", "Monday", D, "DATE", "2013-03-25"),
    ("2013-03-22", "The judge set a hearing for Tuesday.", "Tuesday", D, "DATE", "2013-03-26"),
    ("2013-03-22", "He was remanded in custody until Thursday.", "Thursday", D, "DATE", "2013-03-28"),
    ("2013-03-22", "Rain is forecast for the weekend.", "the weekend", D, "DATE", "2013-W12-WE"),
    ("1989-10-30", "The offer had been scheduled to end Friday.", "Friday", D, "DATE", "1989-10-27"),
    ("1989-10-30", "The vote has been scheduled for Friday.", "Friday", D, "DATE", "1989-11-03"),
    ("2013-03-22", "The summit runs 3-5 May.", "3-5 May", D, "DATE", "2013-05-03"),
    ("2013-03-22", "The yearlong probe ended.", "yearlong", DUR, "DURATION", "P1Y"),
    ("2013-03-22", "A weeklong festival opened.", "weeklong", DUR, "DURATION", "P1W"),
    ("2013-03-22", "Sales rose 5 percent from the same period last year.", "the same period last year", D, "DATE", "2012"),
    ("2013-03-22", "First-quarter profit rose from the same period last year.", "the same period last year", D, "DATE", "2012-Q1"),
    ("2013-03-22", "It happened in the year 2009.", "the year 2009", D, "DATE", "2009"),
    ("2013-03-22", "The trial is expected to last six weeks.", "six weeks", DUR, "DURATION", "P6W"),
    ("2013-03-22", "In the last two days, it rained.", "the last two days", DUR, "DURATION", "P2D"),
    # "the next year" after a past date in a past clause counts from that date
    ("2013-03-22", "The company was founded in 1998 and went public the next year.", "the next year", D,
     "DATE", "1999"),
    ("2013-03-22", "She was hired in March 2011 and fired the next month.", "the next month", D, "DATE", "2011-04"),
    ("2013-03-22", "Prices fell in 2012. Analysts expect a rebound over the next year.", "the next year", D,
     "DATE", "2014"),
    ("2013-03-22", "The two sides met the day before yesterday.", "the day before yesterday", D, "DATE",
     "2013-03-20"),
    ("2013-03-22", "The funeral will be held the day after tomorrow.", "the day after tomorrow", D, "DATE",
     "2013-03-24"),
    ("2013-03-22", "The monarchy has ruled for a quarter of a century.", "a quarter of a century", DUR,
     "DURATION", "P25Y"),
    ("2013-03-22", "The talks lasted three quarters of an hour.", "three quarters of an hour", DUR,
     "DURATION", "PT45M"),
    ("2013-03-22", "The process takes three-quarters of a year.", "three-quarters of a year", DUR,
     "DURATION", "P9M"),
    ("2013-03-22", "Prices rose in mid-June last year.", "mid-June last year", D, "DATE", "2012-06"),
    ("2013-03-22", "The court will rule at a later date.", "a later date", D, "DATE", "FUTURE_REF"),
    ("2013-03-22", "He retired at the end of the 2009-10 season.", "2009-10", D, "DATE", "2009"),
    # the story's own time: a fronted anaphor takes the verb after its pronoun; "N units
    # earlier" opening the next sentence of a past story counts from the date just named
    ("2013-01-07", "He announced he had cancer in June 2011. The next year, he declared himself cured.",
     "The next year", D, "DATE", "2012"),
    ("2013-03-27", "Voters approved it in November 2008. Five months earlier, the court had legalized it.",
     "Five months earlier", D, "DATE", "2008-06"),
    ("2013-09-13", "The company went public in 1999. A decade earlier, it had been founded.",
     "A decade earlier", D, "DATE", "1989"),
    ("2013-09-13", "He joined the firm in 2005. A year later, he resigned.", "A year", DUR, "DURATION", "P1Y"),
    ("2013-03-14", "Xi is expected to serve two five-year terms.", "five-year", DUR, "DURATION", "P5Y"),
    ("2013-05-21", "A tornado hit Moore on Monday. It was the worst storm since 1999. It touched down at 2:56 p.m.",
     "2:56 p.m.", D, "TIME", "2013-05-20T14:56"),
    ("2013-06-28", "Schools will remain closed Monday.", "Monday", D, "DATE", "2013-07-01"),
    ("2013-06-28", "The new rules come into force on Monday.", "Monday", D, "DATE", "2013-07-01"),
    ("2013-06-28", "The tour kicks off on Monday.", "Monday", D, "DATE", "2013-07-01"),
    ("2012-10-30", "The storm arrived a week before Election Day.", "Election Day", D, "DATE", "2012-11-06"),
    ("2013-10-20", "The summit was scheduled for Oct. 2 but was canceled.", "Oct. 2", D, "DATE", "2013-10-02"),
    ("2013-04-10", "Revenue in the quarter rose 4% from the previous quarter.", "the previous quarter", D, "DATE",
     "2012-Q4"),
    ("2013-10-24", "Amazon reported a third-quarter loss and forecast strong sales for the fourth quarter. "
     "The net loss was $41 million in the quarter.", "the quarter", D, "DATE", "2013-Q3"),
    ("2013-04-24", "Apple forecast revenue of $35 billion for the third quarter.", "the third quarter", D, "DATE",
     "2013-Q3"),
    ("2013-10-24", "The company expects full-year earnings to rise.", "full-year", D, "DATE", "2013"),
    ("2013-03-22", "He arrived in 1990. The following spring, he married.", "The following spring", D, "DATE",
     "1991-SP"),
    # schedules, modals and promises that point ahead
    ("2013-03-19", "The exhibition closes on Sunday.", "Sunday", D, "DATE", "2013-03-24"),
    ("2013-03-22", "The cardinals begin their deliberations on Tuesday.", "Tuesday", D, "DATE", "2013-03-26"),
    ("2013-03-18", "The vote could take place on Thursday.", "Thursday", D, "DATE", "2013-03-21"),
    ("2013-03-20", "Sunday's election will be closely watched.", "Sunday", D, "DATE", "2013-03-24"),
    ("2013-06-01", "Ministers pledged to meet again on Tuesday.", "Tuesday", D, "DATE", "2013-06-04"),
    ("2013-03-22", "The House voted to repeal the law on Wednesday.", "Wednesday", D, "DATE", "2013-03-20"),
    ("2013-12-16", "The company promised to restore service on Dec. 23.", "Dec. 23", D, "DATE", "2013-12-23"),
    ("2013-09-16", "Obama ordered flags lowered until Friday.", "Friday", D, "DATE", "2013-09-20"),
    ("2013-06-04", "The airport will stay shut until Friday.", "Friday", D, "DATE", "2013-06-07"),
    # a day named with its week, or after another day of a list
    ("2013-06-01", "The G8 ministers meet on Friday and Saturday in London.", "Saturday", D, "DATE",
     "2013-06-08"),
    ("2013-03-18", "The talks will resume on Thursday next week.", "Thursday", D, "DATE", "2013-03-28"),
    ("2013-06-07", "The announcement came on Thursday last week.", "Thursday", D, "DATE", "2013-05-30"),
    ("2013-06-07", "The company will announce the results this Monday.", "this Monday", D, "DATE", "2013-06-10"),
    ("2013-06-02", "This week, the Fed will release its minutes.", "This week", D, "DATE", "2013-W23"),
    ("2013-06-03", "Protesters clashed with police this weekend.", "this weekend", D, "DATE", "2013-W22-WE"),
    ("2013-12-20", "The store will close at 3 p.m. on Christmas Eve.", "3 p.m.", D, "TIME", "2013-12-24T15:00"),
    # a year that opens the sentence dates the yearless days after it
    ("2013-12-27", "Last year, sales fell on Black Friday.", "Black Friday", D, "DATE", "2012-11-23"),
    ("2013-12-27", "In 2012, the store closed early on Dec. 24.", "Dec. 24", D, "DATE", "2012-12-24"),
    ("2013-12-27", "In 2010, he visited Paris in June.", "June", D, "DATE", "2010-06"),
    ("2013-12-27", "In 2010, he said. In June, it rained.", "June", D, "DATE", "2013-06"),
    ("2013-03-12", "It landed in Gale Crater on Aug. 5 last year.", "Aug. 5 last year", D, "DATE", "2012-08-05"),
    ("2013-03-12", "The deal was signed on Jan. 3 of last year.", "Jan. 3 of last year", D, "DATE", "2012-01-03"),
    ("2013-03-08", "Exports rose in February, leaving a surplus of $15 billion for the month.", "the month", D,
     "DATE", "2013-02"),
    ("2013-03-08", "Sales fell 2 percent in the week.", "the week", D, "DATE", "2013-W10"),
    ("2013-03-13", "Holmes is charged with killing 12 people in Aurora on July 20.", "July 20", D, "DATE",
     "2012-07-20"),
    ("2013-03-07", "The debate started at 9 p.m. Wednesday and ended at 2 a.m.", "2 a.m.", D, "TIME",
     "2013-03-07T02:00"),
    ("2013-03-20", "Its next meeting ends on May 1. Stocks rose after the statement was released at 2 p.m.",
     "2 p.m.", D, "TIME", "2013-03-20T14:00"),
    ("2013-03-28", "Profit rose in the first quarter. Two years ago, the company nearly collapsed.", "Two years ago",
     D, "DATE", "2011"),
    ("2013-04-01", "Francis celebrated his first Easter Mass on Sunday.", "Easter", D, "DATE", "2013-03-31"),
    ("2013-03-22", "Full-year profit fell 12 percent.", "Full-year", D, "DATE", "2012"),
    ("2013-03-20", "Why did the banks close on Saturday?", "Saturday", D, "DATE", "2013-03-16"),
    ("2013-07-23", "The baby was born on Monday at 16:24 BST. The duchess was admitted at about 05:30 BST.",
     "05:30 BST", D, "TIME", "2013-07-22T05:30"),
    ("2013-03-28", "The Met Office said the cold weather was likely to last well into April.", "April", D, "DATE",
     "2013-04"),
    # a clock time and the day after "on" are two TIMEX3s; the time still takes that day
    ("2013-03-20", "The match starts at 3 p.m. on Sunday.", "3 p.m.", D, "TIME", "2013-03-24T15:00"),
    ("2013-03-20", "The match starts at 3 p.m. on Sunday.", "Sunday", D, "DATE", "2013-03-24"),
    ("2013-08-14", "Police were called at 3am on Sunday.", "Sunday", D, "DATE", "2013-08-11"),
    ("2013-08-14", "By October, the company had run out of cash.", "By October", DL, "DATE", "2012-10"),
    ("2013-03-20", "This financial year, revenue rose.", "This financial year", D, "DATE", "2013"),
    ("2013-03-20", "Police were called between 2 a.m. and 3 a.m. on Sunday.", "2 a.m.", D, "TIME",
     "2013-03-17T02:00"),
    ("2013-03-20", "The hearing is on 15-03-2013.", "15-03-2013", D, "DATE", "2013-03-15"),
    ("2013-03-20", "It happened in the third week of July.", "the third week of July", D, "DATE", "2012-W29"),
    ("2013-03-20", "Bins are collected fortnightly.", "fortnightly", D, "SET", "P2W"),
    ("2013-03-20", "The council meets every fortnight.", "every fortnight", D, "SET", "P2W"),
    ("2013-03-20", "From 1 July, all employers must have a plan.", "1 July", D, "DATE", "2013-07-01"),
    ("2013-03-20", "Pubs were full on St Stephen's Day.", "St Stephen's Day", D, "DATE", "2012-12-26"),
    # a bare plural between two events: an unknown stretch
    ("2013-03-22", "The gunman was arrested days after the shooting.", "days", DUR, "DURATION", "PXD"),
    ("2013-03-22", "Weeks after the election, the results are disputed.", "Weeks", DUR, "DURATION", "PXW"),
    ("2013-03-22", "Hours earlier, a bomber struck.", "Hours", DUR, "DURATION", "PTXH"),
    ("2013-03-22", "The index is updated every 15 minutes.", "every 15 minutes", D, "SET", "PT15M"),
    ("2013-03-22", "The shop is closed on weekends.", "weekends", D, "SET", "XXXX-WXX-WE"),
    ("2013-03-22", "The lottery is drawn every Wednesday and Saturday.", "Saturday", D, "SET", "XXXX-WXX-6"),
    ("2013-03-22", "Cuts began after the March 1 deadline passed.", "March 1", DL, "DATE", "2013-03-01"),
    # holidays counted from Easter, fixed, and by weekday
    ("2013-03-22", "The pope will say Mass on Palm Sunday.", "Palm Sunday", D, "DATE", "2013-03-24"),
    ("2013-03-22", "Pilgrims will gather on Good Friday.", "Good Friday", D, "DATE", "2013-03-29"),
    ("2013-03-22", "Lent began on Ash Wednesday.", "Ash Wednesday", D, "DATE", "2013-02-13"),
    ("2013-03-22", "The parade was held on St. Patrick's Day.", "St. Patrick's Day", D, "DATE", "2013-03-17"),
    ("2013-03-22", "Stores were closed on Memorial Day.", "Memorial Day", D, "DATE", "2012-05-28"),
    ("2013-03-22", "Flowers sold out before Mother's Day.", "Mother's Day", D, "DATE", "2012-05-13"),
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
    # a quarter named after one in focus, with no publication date to tell which is running
    ("Profit rose in the third quarter of 2013. Sales in the fourth quarter rose.", "the fourth quarter"),
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
    ("2014-02-04", "It is just a matter of days before the vote.", "days"),
    ("2014-02-04", "He has been to Iraq nine times, most recently in 2002.", "recently"),
    ("2014-02-04", "Miami trailed by 12 points early in the third quarter.", "third quarter"),
    ("2014-02-04", "The years after the war were hard.", "years"),
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
    ("2014-02-04", "He hopes he will one day lead the party.", "one day"),
    ("2014-02-04", "One day, he said, the war will end.", "One day"),
    ("2014-02-04", "He has lived on Christmas Island for years.", "Christmas"),
    ("2014-02-04", "He appeared on ABC's This Week program.", "This Week"),
    ("2014-02-04", "The Super Tuesday primaries decided it.", "Tuesday"),
    ("2014-02-04", "Output rose to 2000 tons.", "2000"),
    ("2014-02-04", "In 2011, 2000 people died.", "2000"),
    ("2014-02-04", "The second period of the game was tense.", "second period"),
    ("2014-02-04", "The fall of the regime was sudden.", "fall"),
    ("2014-02-04", "They will spring into action.", "spring"),
    ("2014-02-04", "He owns a quarter of the company.", "quarter"),
    ("2013-03-21", "The current account deficit widened.", "current"),
    ("2013-03-21", "The boat drifted with the current of the river.", "current"),
    ("2013-03-21", "He will leave as soon as the talks end.", "soon"),
    ("2013-03-21", "He was soon released from the hospital.", "soon"),
    ("2013-03-21", "He died soon after being captured.", "soon"),
    ("2013-03-21", "Police questioned two thousand people.", "two thousand"),
    ("2013-03-21", "The board declared a quarterly dividend.", "quarterly"),
    ("2013-03-21", "He wrote about the years of war.", "years"),
    ("2013-03-21", "The 2011-13 plan was dropped.", "2011-13"),
    ("2013-03-21", "She is a woman in her fifties.", "fifties"),
    ("2013-03-21", "On May 3 and 4 people died.", "4"),
    ("2013-03-21", "It was the year he was born.", "the year"),
    ("2013-03-21", "Every one of them voted.", "one"),
    ("2013-03-21", "He read each of the reports.", "each"),
    ("2013-03-21", "The results were per the plan.", "per"),
    ("2013-03-21", "Equal pay matters in today's world.", "today"),
    ("2013-03-21", "The chips power many of today's personal computers.", "today"),
    ("2013-03-21", "For Poland, high noon comes at last.", "noon"),
    ("2013-03-21", "He loved the film High Noon.", "Noon"),
    ("2013-03-21", "He was arrested in the early hours of Thursday.", "early hours"),
    ("2013-03-21", "It was a while ago.", "a while"),
    ("2013-03-21", "He has 3 in the morning papers.", "3 in the morning"),
    ("2013-03-21", "Police questioned two thousand people.", "two thousand"),
    ("2013-03-21", "That matters for the future of our peoples.", "the future"),
    ("2013-03-21", "He sold 1500 to 2000 shares.", "1500"),
    ("2013-03-21", "The odds were 3/1 and the service runs 24/7.", "3/1"),
    ("2013-03-21", "He went 2/3/4 in the series.", "2/3/4"),
    ("2013-03-21", "The Easter Rising began in Dublin.", "Easter"),
    ("2013-03-21", "He flew to Christmas Island.", "Christmas"),
    ("2013-03-21", "He sold 1500 to 2000 shares.", "2000"),
    ("2013-03-21", "Call 1800-2013-4455 for help.", "1800"),
    # names and idioms of 2013 copy
    ("2013-03-20", "Mayday calls were heard from the trawler.", "Mayday"),
    ("2013-08-28", "They marked the anniversary of the March on Washington.", "March"),
    ("2013-03-22", "The Sunday Times of London first reported the sale.", "Sunday"),
    ("2013-03-20", "The company may cut 1,000 jobs.", "may"),
    ("2013-03-20", "She finished second in the race.", "second"),
    ("2013-03-20", "He said it would be a cold day in hell before he resigned.", "a cold day"),
    ("2013-02-12", "The odds are one in 1500.", "1500"),
    ("2013-02-12", "Water reached 1 in 1200 homes.", "1200"),
    ("2013-02-12", "Floods hit in 1200 homes.", "1200"),
    ("2013-03-20", "About 800,000 workers were furloughed.", "About"),
    # time words inside names
    ("2013-03-22", "Speaking on BBC Radio 4's Today programme, he said it.", "Today"),
    ("2013-03-22", "USA Today reported the figures.", "Today"),
    ("2013-03-22", "Jon Stewart mocked the plan on The Daily Show.", "Daily"),
    ("2013-03-22", "The Weekend Australian published the interview.", "Weekend"),
    ("2013-03-22", "He watched the interview on CBS's 60 Minutes.", "60 Minutes"),
    ("2013-03-22", "The Independent on Sunday ran the story.", "Sunday"),
    ("2013-03-22", "The Good Friday Agreement was signed in 1998.", "Good Friday"),
    # a period of a game, not of a year
    ("2013-03-22", "James scored 12 of his 32 points in the fourth quarter.", "fourth quarter"),
    ("2013-03-22", "2000 people were killed.", "2000"),
    # "the fall" as a drop
    ("2013-03-20", "Investors worried about the fall in prices.", "fall"),
    ("2013-03-20", "Shares rose after the fall.", "fall"),
    ("2013-03-20", "The market was shaken in the fall in oil prices.", "fall"),
    # a 24-hour clock needs a word of time before it; "$5.30 pm" is a price
    ("2013-03-20", "The ratio was 10:15 in the end.", "10:15"),
    ("2013-03-20", "Shares closed at $5.30 pm trading.", "5.30"),
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
    # a capitalized word inside a sentence is a name, not a verb ("the Fed" is no past "fed")
    ("The Fed could begin buying bonds Friday.", "future"),
    # "have" is the past only as the perfect's auxiliary
    ("Retailers have fewer days before Friday.", None),
    ("Retailers have lost sales since Friday.", "past"),
    ("The economy shrank in the quarter ended Friday.", "past"),
    # a present-tense schedule points ahead
    ("The tournament starts Friday.", "future"),
    ("The law takes effect Friday.", "future"),
    ("The ban comes into force Friday.", "future"),
    ("The two leaders meet separately Friday in London.", "future"),
    ("The minister arrives Friday for talks.", "future"),
    # a base form after "to" or "did not" is no schedule
    ("It was hard to meet demand into Friday.", "past"),
    # "and" before a name joins two subjects; the verb after them still counts
    ("On Friday, Tanzanian police and FBI agents said they found it.", "past"),
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


@pytest.mark.parametrize("text", [
    "1 " * 20000, "a " * 20000, "the " * 20000, " " * 50000, "2011 " * 10000, "May " * 10000,
    "Friday, " * 10000, "-" * 50000, "1-" * 20000,
])
def test_degenerate_long_inputs(text):
    # speed is measured by benchmarks/timeml.py; here, long repetitive input must
    # still give valid, non-overlapping spans
    mentions = extract_times(text, dt.date(2014, 2, 4))
    previous_end = -1
    for m in mentions:
        assert text[m.start:m.end] == m.text and m.start >= previous_end
        previous_end = m.end


_FUZZ_WORDS = (
    "on by the a in since until last next this early mid late end of beginning Friday Sunday May March "
    "Jan. Feb. 29 30 31 1st 22nd 2011 1999 2014-02-30 2013-02-28 three two-year-old years ago earlier "
    "quarter third-quarter year-ago period fiscal '90s 1990s century 20th 5 p.m. noon midnight EST "
    "yesterday today tomorrow tonight morning night weekend week month year decade recent recently now "
    "the past future coming following previous Christmas Thanksgiving spring fall summer winter of and "
    "to - , . said will would be held , . ; 's half first second every each daily $5 %"
).split()


@pytest.mark.parametrize("published", [dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(9999, 1, 1)])
def test_calendar_edges_do_not_crash(published):
    text = ("Talks resume next week and next year; last week, last year and yesterday they met. "
            "On Friday, Jan. 3 and in December, the third quarter, a year ago, the '90s, Christmas, "
            "mid-next month, by the end of the year, in 10 years, 5 p.m. Monday.")
    for m in extract_times(text, published):
        assert text[m.start:m.end] == m.text


def test_no_crash_on_word_salad():
    import random

    rng = random.Random(7)
    for published in (dt.date(2014, 2, 4), dt.date(2012, 2, 29), dt.date(2013, 12, 31), None):
        for _ in range(400):
            text = " ".join(rng.choice(_FUZZ_WORDS) for _ in range(rng.randint(1, 25)))
            previous_end = -1
            for m in extract_times(text, published):
                assert text[m.start:m.end] == m.text
                assert m.start >= previous_end and m.end > m.start
                previous_end = m.end
                if m.interval is not None:
                    assert m.interval.start <= m.interval.end


def test_every_holiday_in_the_data_file_resolves():
    """claims/data/holidays.yaml: each name gives one day a year, in its stated month."""
    from claims.extract import dates

    names = [*dates._FIXED_HOLIDAYS, *dates._EASTER_HOLIDAYS, *dates._NTH_WEEKDAY_HOLIDAYS,
             *dates._AFTER_THANKSGIVING_HOLIDAYS]
    assert len(names) == len(set(names)), "a holiday is listed under two rules"
    for name in names:
        days = {dates._holiday_date(name, year) for year in range(2000, 2031)}
        assert len(days) == 31 and all(d.year in range(2000, 2031) for d in days), name
    for name, (month, weekday, nth) in dates._NTH_WEEKDAY_HOLIDAYS.items():
        d = dates._holiday_date(name, 2013)
        assert (d.month, d.weekday()) == (month, weekday), name
