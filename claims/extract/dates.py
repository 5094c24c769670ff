"""Temporal expressions in news text: find them and resolve them to dates.

``extract_times(text, published)`` scans an article once with a single
compiled regular expression (one alternation, one branch per family of
expressions), then resolves each match against the publication date:

* absolute dates ("May 2019", "March 12, 2019", "2019-03-12", "in 2011");
* dates missing their year ("March 12", "in July", "the 12th") and bare weekdays
  ("ended Friday"), whose year / week is chosen from the tense of the clause
  around them (past -> the latest one on or before publication, future -> the
  next one, unclear -> the nearest one);
* relative dates ("next week", "last year's", "yesterday", "three years ago");
* parts of a period ("mid-April", "early 2011", "the end of March",
  "the weekend"): early / mid / late are the first / middle / last third;
* durations ("three years", "72 hours", "three-year-old", "two to three weeks",
  valued at the lower bound as TimeBank does), sets ("daily", "every week",
  "annually"), clock times ("5 p.m. Monday") and vague references ("now",
  "recently", "soon", "current market conditions");
* anaphoric dates ("that year", "later that day", "the following month", "the
  previous Friday", "the next morning"), counted from the last date named
  before them (else, for "following"/"previous", from publication; else left
  unresolved, TIMEX3 "XXXX");
* years in words ("nineteen ninety-six", "the year two thousand") and two-year
  seasons ("2013-14", valued as its first year, interval over both).

TIMEX3 renderings follow TimeML as used in TimeBank / TempEval-3: decades are
three digits ("the 1990s" = "199X"); times of day are TIME values ("Tuesday
evening" = "2014-02-04TEV"); modifiers ("nearly", "at least", "up to", "or so") stay
inside the span but "about" does not (as in most TimeBank/AQUAINT cases), and the
count of a set stays in it ("twice a week"); "the past decade" and "over the next
decade" are durations (P10Y), not calendar decades.

Each result is a ``TimeMention`` whose ``interval`` is the [first day, last
day] the words can mean and whose ``timex_value`` is the TIMEX3 rendering of
that same interval. A date preceded by "by" / "no later than" / "deadline of"
is a DEADLINE and its span starts at that word; "the March 1 deadline" is a
DEADLINE too.

Tense comes from the nearest cue word in the sentence (``clause_tense``):
"will", "is due to", "scheduled", "next" point ahead; "said", "was", "ended",
"ago" point back. Bare weekdays follow the news convention that the day of
publication is named by its weekday ("the minister gave assurances Tuesday" in a
Tuesday paper is that Tuesday), whatever the tense: in TimeBank / AQUAINT every
such weekday, future clauses included, is the day of publication ("a week
ahead" needs "next Tuesday").

Speed: one compiled pattern, each branch guarded by the characters it can
start with, scanned once per article (about 1.4 MB/s of CPU time on TimeBank text);
handlers run only on the few hundred matches.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from claims.models import ClaimKind, DateInterval, Grain, TimeMention
from claims.textmatch import atoms_of, trie_pattern

__all__ = ["extract_times"]

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

MONTH_NUMBERS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAY_NUMBERS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
    # the abbreviations of datelines ("Wed., Oct. 9"), with their period
    "mon.": 0, "tue.": 1, "tues.": 1, "wed.": 2, "thu.": 3, "thur.": 3, "thurs.": 3,
    "fri.": 4, "sat.": 5, "sun.": 6,
}

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "a": 1, "an": 1, "a couple of": 2, "couple of": 2,
}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}

# TIMEX3 season codes and the months each season covers (northern hemisphere;
# winter Y runs from December Y to February Y+1).
SEASONS: dict[str, tuple[str, int]] = {
    "spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
    "winter": ("WI", 12),
}

# (TIMEX3 letter, needs the "T" time designator, multiplier) per duration unit.
DURATION_UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "weekend": ("D", False, 2), "fortnight": ("W", False, 2), "month": ("M", False, 1),
    "quarter": ("M", False, 3),
    "year": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
    "millennium": ("Y", False, 1000),
}

TIMES_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
}

VAGUE_VALUES: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "right now": "PRESENT_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "soon": "FUTURE_REF", "as soon as possible": "FUTURE_REF", "current": "PRESENT_REF",
    "a later date": "FUTURE_REF",
}

# ---------------------------------------------------------------------------
# Regular-expression building blocks
# ---------------------------------------------------------------------------
# The master pattern is case-sensitive so that "May"/"March" (months) differ
# from "may"/"march"; function words are wrapped in (?i:...) instead.

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b)"
_MONTH_ANY = rf"(?:{_MONTH_FULL}\b|{_MONTH_ABBR})"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%])"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|%|[.,]\d)"
_TOD = r"(?:morning|afternoon|evening|night)\b"  # lower case: "Monday Night Football" is a name
_NUM_WORD = (
    r"(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"one|two|three|four|five|six|seven|eight|nine|ten)(?![a-z])"
)
# The second word of a number: a unit after a tens word ("twenty-five") or a scale
# ("two hundred"); not another unit ("two five-year terms" are two terms of five years)
_NUM_WORD_TAIL = (r"(?:(?<=ty)[- ](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z])"
                  r"|[- ](?:hundred|thousand)(?![a-z]))")
_NUM = (
    rf"(?i:(?:an?|one|three)[\s-]+quarters?\s+of\s+an?(?=\s)|(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+|\s+1/2|½|[\s-]+and[\s-]+a[\s-]+half)?(?![\d,])|{_NUM_WORD}{_NUM_WORD_TAIL}?(?:[\s-]+and[\s-]+a[\s-]+half)?|"
    r"half\s+an?|a\s+(?:hundred|thousand)(?=[- ])|an?\s+(?:half|quarter)(?=[- ](?i:century|centuries|hour|day|year)\b)|a\s+few|a\s+couple\s+of|couple\s+of|several|a|an|few|many|some)"
)
_UNIT = (
    r"(?i:(?P<{0}>second|minute|hour|day|night|week(?:end)?|fortnight|month|quarter|year|decade|centur(?=y|ies)|millenni(?=um|a))"
    r"(?:s|y|ies|ums?|a)?)(?![a-z])"
)
# "nearly three years", "nearly two weeks ago": TIMEX3 keeps the modifier in the span
# ("about" is left out, as TimeBank's and AQUAINT's annotators mostly did).
_APPROX = (
    r"(?i:(?:just|well|a\s+little|slightly)\s+(?:over|under|more\s+than|less\s+than)|almost|nearly|(?:no\s+)?more\s+than|(?:no\s+)?less\s+than|fewer\s+than|roughly|around|"
    r"approximately|at\s+least|at\s+most|up\s+to)"
)
_REL_DIR = r"(?i:this\s+past|this\s+coming|this|next|last|past|previous|coming|following|current)"
_SEASON = r"(?i:spring|summer|fall|autumn|winter)"
_PART_MOD = (
    r"(?i:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle|close|first\s+half|"
    r"second\s+half|last\s+half|latter\s+part|later\s+part|early\s+part|first\s+part)\s+of)"
)
# Named holidays, by the rule that dates them: vocabulary in claims/data/holidays.yaml.
with open(Path(__file__).resolve().parent.parent / "data" / "holidays.yaml", encoding="utf-8") as _fh:
    _HOLIDAYS = yaml.safe_load(_fh)
_FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {k: tuple(v) for k, v in _HOLIDAYS["fixed"].items()}
_EASTER_HOLIDAYS: dict[str, int] = _HOLIDAYS["easter"]
_NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {k: tuple(v) for k, v in _HOLIDAYS["nth_weekday"].items()}
_AFTER_THANKSGIVING_HOLIDAYS: dict[str, int] = _HOLIDAYS["after_thanksgiving"]
WEEKDAYS_DATEUTIL = (MO, TU, WE, TH, FR, SA, SU)
_HOLIDAY_NAMES = sorted([*_FIXED_HOLIDAYS, *_EASTER_HOLIDAYS, *_NTH_WEEKDAY_HOLIDAYS,
                         *_AFTER_THANKSGIVING_HOLIDAYS, "election day"],
                        key=len, reverse=True)
_HOLIDAY = (  # one trie of the capitalised names: "Good Friday", "Fourth of July", "Presidents' Day"
    "(?:" + trie_pattern([
        ["['’]" if atom == "'" else atom
         for atom in atoms_of(" ".join(w if w in ("of", "de") else w.capitalize() for w in name.split()))]
        for name in _HOLIDAY_NAMES])
    + r")(?![\w'’])"
)
# Years said in words, as broadcast transcripts write them: "nineteen ninety-six",
# "nineteen oh five", "two thousand and one", "twenty thirteen".
_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPELLED_YEAR = (
    rf"(?i:(?:eighteen|nineteen)[- ](?:hundred|oh[- ]{_UNITS_WORD}|{_TENS_WORD}(?:[- ]{_UNITS_WORD})?|{_TEENS_WORD})"
    rf"|two[- ]thousand(?:(?:\s+and)?[- ](?:{_TEENS_WORD}|{_TENS_WORD}(?:[- ]{_UNITS_WORD})?|{_UNITS_WORD}))?"
    rf"|twenty[- ](?:{_TEENS_WORD}|{_TENS_WORD}(?:[- ]{_UNITS_WORD})?))(?![a-z-])"
    # "two thousand years", "nineteen hundred miles": a count, not a year
    r"(?![\s-]+(?i:years?|months?|weeks?|days?|hours?|decades?|centur|millenni|miles|people|dollars)\b)"
)
_PLURAL_UNIT = r"(?i:years|months|weeks|days|decades|centuries|millennia|quarters|hours|minutes)(?![a-z])"

# (name, characters a match can start with, pattern). The first-character
# class is checked before the pattern: it rejects most words at once, which
# keeps the single scan near 1 MB/s.
_FAMILIES: list[tuple[str, str, str]] = [
    # 2014-01-22
    ("iso", "12", r"(?<![\d-])(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>0[1-9]|1[0-2])-"
                  r"(?P<iso_d>0[1-9]|[12]\d|3[01])(?![\d-])"),
    # 03/22/2013, 22/03/2013, 3/22/13, 15-03-2013: numeric dates (US month first unless it cannot be)
    ("slash", "0-9", r"(?<![\d/.,-])(?P<sl_a>[0-3]?\d)(?P<sl_sep>[/-])(?P<sl_b>[0-3]?\d)(?P=sl_sep)"
                     r"(?P<sl_y>(?:19|20)\d\d|(?<=/)\d\d)(?![\d/-])"  # (two-digit years only between slashes)
                     # 22.03.2013: dotted, day first (continental Europe)
                     r"|(?<![\d/.,])(?P<sl_dd>[0-3]?\d)\.(?P<sl_dm>[01]?\d)\.(?P<sl_dy>(?:19|20)\d\d)(?!\d|\.\d)"),
    # nineteen ninety-six, the year two thousand, January nineteen ninety-seven,
    # the winter of nineteen ninety-four
    ("spyear", "nNeEtTJFMASONDjfmasodwW",
               rf"(?:(?P<sy_the>(?i:the\s+year)\s+)|(?P<sy_mon>{_MONTH_FULL})\s+(?:(?P<sy_day>[12]\d|3[01]|0?[1-9])"
               rf"(?:st|nd|rd|th)?,?\s+)?|(?:(?i:the)\s+)?(?P<sy_season>{_SEASON})\s+(?:(?i:of)\s+)?)?"
               rf"(?P<sy>{_SPELLED_YEAR})"),
    # that year, later that day, the same day, the next day, the following morning
    ("ana", "tTlLeEsS",
            r"(?:(?P<an_pre>(?i:later|earlier|late|early))\s+)?(?:(?P<an_that>(?i:that(?:\s+same)?|the\s+same))"
            r"|(?i:the)\s+(?P<an_dir>(?i:next(?=\s+(?i:day|morning|afternoon|evening|night)\b)|following|previous|"
            r"preceding|prior)))\s+"
            rf"(?:(?P<an_u>(?i:year|month|week|day|morning|afternoon|evening|night))(?![\w-])|(?P<an_mon>{_MONTH_FULL})\b)"),
    # 2013-14, 1998/99: a season or fiscal year spanning two calendar years
    ("yrange", "12", r"(?<![\w$.,-])(?P<yr1>(?:19|20)\d\d)[-–/](?P<yr2>\d\d)(?![\w-]|[.,]\d)"),
    # later in the day, earlier in the year, the full year
    ("inthe", "eElLtT", r"(?P<it_pre>(?i:earlier|later))\s+(?i:in)\s+(?i:the)\s+(?P<it_u>(?i:day|week|month|year))(?![\w-])"
                        r"|(?i:the)\s+(?i:full)\s+(?P<it_full>(?i:year))(?![\w-])"
                        r"|(?i:the)\s+(?:(?P<it_fy>(?i:fiscal|financial))\s+)?(?P<it_the>(?i:year|month|week))(?![\w-]|\s*\d|\s+of\s+[A-Z]|\s+(?i:ended|ending|before|after|"
                        r"earlier|later|since|that|when|to|in|two|nineteen)\b)"),
    # [Friday, ] March 12[-14][, 2019]
    ("mdy", "ADFJMNOSTW", rf"(?:(?P<mdy_wd>{_WEEKDAY}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.),?\s+)?(?P<mdy_mon>{_MONTH_ANY})\s*(?P<mdy_d>{_DAY})"
            # ("April 1-3" is one range; "April 1 to 3" two dates, as the TimeML gold draws them)
            rf"(?:\s*[-–]\s*(?P<mdy_d2>{_DAY}))?(?:,?\s+(?P<mdy_y>{_YEAR}))?"),
    # the week of March 6
    ("weekof", "tT", rf"(?i:the)\s+(?i:week)\s+(?i:of)\s+(?P<wo_mon>{_MONTH_ANY})\s*(?P<wo_d>{_DAY})"
                     rf"(?:,?\s+(?P<wo_y>{_YEAR}))?"
                     # the first week of April, the last day of March [2014]
                     rf"|(?i:the)\s+(?P<wo_end>(?i:first|second|third|fourth|last|final))\s+(?P<wo_u>(?i:week|day))\s+(?i:of)\s+"
                     rf"(?P<wo_month>{_MONTH_FULL})\b(?:,?\s+(?P<wo_my>{_YEAR}))?"),
    # [Friday, ] [the] 22[nd] [of] January[ 2014]
    ("dmy", "0-9TtMWFS", rf"(?:(?P<dmy_wd>{_WEEKDAY}),?\s+)?(?:(?i:the)\s+)?(?:(?P<dmy_d1>{_DAY})\s*(?:-|–|(?i:to|through))\s*)?(?P<dmy_d>{_DAY})\s+(?:(?i:of)\s+)?"
            rf"(?P<dmy_mon>{_MONTH_ANY})(?:,?\s+(?P<dmy_y>{_YEAR}))?"),
    # May 2019, May of 2019
    ("my", "ADFJMNOS", rf"(?P<my_mon>{_MONTH_ANY}),?\s+(?:(?i:of)\s+)?(?P<my_y>{_YEAR})"),
    # January this year, June last year
    ("mrel", "ADFJMNOS", rf"(?P<mr_mon>{_MONTH_FULL})\s+(?P<mr_dir>(?i:this|last|next))\s+(?i:year)(?![a-z-])"),
    # mid-April, early 2011, late last year, mid-year, the end of March, the late 1970s
    ("part", "eEmMlLtTbBsScCfF",
             rf"(?P<p_the>(?i:the)\s+(?=(?i:early|mid|late)[-\s]))?(?P<p_mod>{_PART_MOD})(?:-|\s+)(?:(?i:the)\s+)?(?:"
             rf"(?P<px_mon>{_MONTH_FULL})(?:,?\s+(?P<px_my>{_YEAR}))?"
             rf"|(?P<px_dec>(?:1[6-9]|20)\d)0'?s\b|'(?P<px_dsh>\d)0s\b"
             rf"|(?P<px_cent>1\d|2[01])(?:st|nd|rd|th)[\s-]+(?i:century)\b"
             rf"|(?P<px_y>{_YEAR})(?![-–/]\d)"  # ("the end of the 2009-10 season" is no part of 2009)
             rf"|(?:(?P<px_rel>{_REL_DIR})\s+)?(?:(?i:fiscal|financial)\s+(?=(?i:year)))?"
             rf"(?P<px_unit>(?i:year|month|week|decade|century|quarter))(?![a-z-])"
             rf"|(?:(?P<px_srel>{_REL_DIR})\s+)?(?P<px_season>{_SEASON})(?![a-z])(?:\s+(?P<px_sy>{_YEAR}))?)"),
    # the third quarter [of 1989], third-quarter, the latest quarter, the year-ago period, Q3 2013
    ("quarter", "tTlLnNcCsSpPfFrRyYqQ1-4", rf"(?:(?P<q_yrel2>(?i:this|last|next))\s+(?i:year)'s\s+)?"
                rf"(?:(?P<q_det>(?i:the|this|last|next|that))\s+)?"
                rf"(?:(?P<q_cmp>(?i:comparable|corresponding|same|latest|previous|prior|current|past|final|recent))\s+)?"
                rf"(?:(?P<q_pre>{_YEAR}|(?i:year-ago|year-earlier|fiscal))[\s-]+)?"
                rf"(?:(?P<q_ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+)?"
                rf"(?P<q_word>(?i:quarter|period))(?![a-z-])"
                rf"(?:\s+(?:(?i:of)\s+)?(?:(?i:fiscal|financial)\s+)?"
                rf"(?P<q_y>{_YEAR}|(?P<q_yrel>(?i:this|last|next))\s+(?i:year)))?"
                rf"|\bQ(?P<q_n>[1-4])(?:\s+(?P<q_y2>{_YEAR}))?\b"
                # "the December quarter": the quarter that ends in (or holds) that month
                rf"|(?i:the)\s+(?P<q_mon>{_MONTH_FULL})\s+(?i:quarter)(?![a-z-])"
                # first-half profit, second-half sales: a half-year used as an adjective
                r"|(?<![\w-])(?P<hf>(?i:first|second))-half(?![\w-])"
                # full-year profit: the year reported on
                r"|(?<![\w-])(?P<fullyr>(?i:full-year))(?![\w-])"),
    # year-earlier, year-ago (adjectives comparing with the same period a year before)
    ("yearago", "yY", r"(?P<ya>(?i:year-earlier|year-ago))(?![a-z-])|(?P<ye>(?i:year[-\s]end))(?![a-z-])"),
    # three years, 72 hours, three-year-old, three years ago, a year earlier; "the past" and
    # "nearly" before them are picked up by the handler (optional prefixes here would slow every word)
    ("dur", "0-9aAcCsSfFmMoOtTeEnNhH", rf"(?<!\d[,.])(?P<dur_n>{_NUM})(?P<dur_sep>[\s-]+)"
            rf"(?:(?i:more|additional|extra|full|straight|consecutive|successive|trading|business|working)\s+)?"
            rf"{_UNIT.format('dur_u')}(?P<dur_half>\s+(?i:and\s+a\s+half)\b)?(?:\s+(?i:or\s+so)\b)?"
            rf"(?:(?P<dur_old>-old\b|-long\b)"
            rf"|\s+(?P<ago_dir>(?i:ago|earlier(?!\s+than)|before\s+now|from\s+now))\b)?(?!-)"),
    # [earlier] this week, last year, next Friday, last March, this summer, the weekend
    ("rel", "eElLtTnNpPcCfF", rf"(?P<rel_pre>(?i:earlier|later)\s+)?(?:(?i:the)\s+)?(?P<rel_dir>{_REL_DIR})\s+(?:"
            rf"(?:(?i:fiscal|financial)\s+(?=(?i:year)))?(?P<rel_unit>(?i:week(?:end)?|fortnight|month|year|decade|century))(?![a-z-])"
            rf"(?:\s+(?i:or\s+so)\b)?"
            rf"|(?P<rel_wd>{_WEEKDAY})(?:\s+(?P<rel_tod>{_TOD}))?|(?P<rel_mon>{_MONTH_FULL})\b|(?P<rel_season>{_SEASON})(?![a-z]))"
            rf"|(?P<rel_the>(?i:the))\s+(?P<rel_we>(?i:weekend))(?![a-z])"),
    # recent years, the coming weeks, (for) years
    ("plural", "rRtTcCyYmMwWdDhH",
               rf"(?P<pl_det>(?i:recent|the\s+(?:coming|past|last|next|first|early)|the|coming)\s+)?(?P<pl_u>{_PLURAL_UNIT})"
               r"(?:(?P<pl_adj>-long\b|-old\b)|(?P<pl_ago>\s+(?i:ago)\b)|(?P<pl_ahead>\s+(?i:ahead)\b))?"
               r"|(?P<pl_one>(?i:hour|day|week|month|year))-?long\b"),
    # "the [fiscal] year ended March 31": an accounting period, a duration
    ("period", "tT", r"(?i:the)\s+(?:(?i:fiscal|financial)\s+)?(?P<per_u>(?i:year|quarter|week))(?=\s+(?i:ended|ending)\b)"),
    # [the] summer of 2010, summer 2010, the summer
    ("season", "tTsSfFaAwW",
               rf"(?:(?P<s_the>(?i:the))\s+)?(?P<s_name>{_SEASON})(?:\s+(?:(?i:of)\s+)?(?P<s_y>{_YEAR})(?:[-–/]\d\d(?![\w-]))?)?(?![a-z])"),
    # fiscal 1997, fiscal year 2014, FY2014
    ("fiscal", "fF", rf"(?:(?i:fiscal|financial)(?:\s+(?i:year))?\s+|FY\s?)(?P<fy>{_YEAR}|'?\d\d\b)"),
    # the 1990s, '90s
    ("decade", "tT12'", r"(?:(?i:the)\s+)?(?:(?P<dec_y>(?:1[6-9]|20)\d)0'?s\b|'(?P<dec_s>\d)0s\b)"
                        r"|(?i:the)\s+(?P<dec_w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"),
    # the 20th century
    ("century", "tT12", r"(?:(?i:the)\s+)?(?P<c_n>1\d|2[01])(?:st|nd|rd|th)[\s-]+(?i:century)\b"),
    # 5 p.m., 10:30 a.m. EST Monday, noon, 5 p.m. EST, Nov. 9
    ("clock", "0-9nNmMaA", rf"(?:(?i:around|approximately)\s+(?=\d|(?i:noon|midday|midnight)\b))?"
              rf"(?:(?P<cl_h>[01]?\d|2[0-3])(?:[:.](?P<cl_m>[0-5]\d))?\s*"
              rf"(?P<cl_ap>(?i:a\.m\.?|p\.m\.?|am|pm)(?![a-z]))"
              rf"|(?P<cl_word>(?i:noon|midday|midnight)\b)"
              rf"|(?P<cl_mil>(?:[01]\d|2[0-3]):?[0-5]\d)(?=\s+(?:GMT|UTC|(?i:local\s+time))\b)"
              rf"|(?P<cl_h2>1[0-2]|0?[1-9])(?:[:.](?P<cl_m2>[0-5]\d))?\s+(?:(?i:o'clock)\s+)?"
              rf"(?:(?i:in\s+the)\s+(?P<cl_part>(?i:morning|afternoon|evening))|(?i:at)\s+(?P<cl_night>(?i:night)))\b"
              # "at 10:15", "until 23:30": a 24-hour clock after a word of time (checked)
              rf"|(?P<cl_24>(?:[01]?\d|2[0-3]):[0-5]\d)(?![\d:]))"
              rf"(?:\s+(?P<cl_tz>[ECMP][SD]?T|GMT|UTC|BST|CES?T|JST|(?i:local\s+time))\b)?"
              rf"(?:,?\s+(?:(?i:on)\s+)?(?:(?P<cl_wd>{_WEEKDAY},\s+)?(?P<cl_mon>{_MONTH_ANY})\s*(?P<cl_md>{_DAY})"
              rf"(?:,?\s+(?P<cl_my>{_YEAR}))?"
              # "midnight on 31 March", "3pm on Saturday 23 March": day first, as British copy writes it
              rf"|(?P<cl_wd2>{_WEEKDAY},?\s+)?(?P<cl_dm>{_DAY})\s+(?P<cl_mon2>{_MONTH_FULL}\b|{_MONTH_ABBR})"
              rf"(?:,?\s+(?P<cl_my2>{_YEAR}))?"
              rf"|(?P<cl_day>{_WEEKDAY}|(?i:today|yesterday|tomorrow|tonight|last\s+night)\b)))?"),
    # yesterday, late yesterday, tomorrow morning, tonight, this morning, last night,
# the day before yesterday
    ("dayrel", "lLeEyYtT", rf"(?:(?i:the\s+day\s+)(?P<dr_shift>(?i:before(?=\s+yesterday)|after(?=\s+tomorrow)))\s+"
               rf"|(?P<dr_mod>(?i:late|early|later|earlier))\s+)?"
               rf"(?P<dr_w>(?i:yesterday|today|tomorrow|tonight))\b"
               rf"(?:\s+(?P<dr_tod>{_TOD}))?"
               rf"|(?:(?P<dr_mod2>(?i:early|late))\s+)?(?P<dr_this>(?i:this|last))\s+(?P<dr_tod2>{_TOD})"),
    # mid-afternoon, mid-morning yesterday, mid afternoon Friday
    ("midtod", "mM", rf"(?i:mid)[- ]?(?P<mt>(?i:morning|afternoon))\b"
                     rf"(?:\s+(?P<mt_day>(?i:yesterday|today|tomorrow)\b|{_WEEKDAY}\b))?"),
    # Christmas, New Year's Day, Thanksgiving, Easter [2015]
    ("holiday", "ABCDEFGHIMLNPSTVWlLn", rf"(?:(?P<hol_dir>(?i:last|next))\s+(?=[A-Z]))?(?P<hol>{_HOLIDAY})(?:\s+(?P<hol_y>{_YEAR}))?"),
    # Friday, late Wednesday, Tuesday evening, Mondays
    ("wd", "lLeEMTWFS", rf"(?:(?P<wd_mod>(?i:late|early|later|earlier))\s+)?(?P<wd_n>{_WEEKDAY})(?P<wd_pl>s)?\b"
           rf"(?:\s+(?P<wd_tod>(?:morning|afternoon|evening|night))(?P<wd_todpl>s)?\b)?"),
    # daily, every week, each Thursday, each July (the "a year" of "twice a year" is in "dur")
    # every two weeks, every other day, every few years, every summer, per month
    ("set", "dDwWmMyYhHnNeEaAqQpPfF", rf"(?P<set_adv>(?i:daily|weekly|fortnightly|monthly|yearly|hourly|nightly|annually|quarterly))\b"
            rf"|(?i:every|each)\s+(?:(?P<set_unit>(?i:day|weekend|week|fortnight|month|quarter|year|night|morning|afternoon|"
            rf"evening|hour|decade))\b"
            rf"|(?P<set_wd>{_WEEKDAY})\b(?:\s+(?P<set_tod>{_TOD}))?|(?P<set_mon>{_MONTH_FULL})\b|(?P<set_season>{_SEASON})(?![\w-])"
            rf"|(?P<set_n>(?i:other|few|several|couple\s+of)|\d+|{_NUM_WORD})\s+"
            rf"(?P<set_nu>(?i:minute|hour|day|week|month|quarter|year|decade|centur(?=y|ies)))(?:s|y|ies)?(?![\w-]))"
            # "works weekends", "closed on weekends"
            rf"|(?<![\w-])(?P<set_wes>(?i:weekends))(?![\w'’-])"
            rf"|(?i:per)\s+(?P<set_per>(?i:hour|day|week|month|quarter|year|annum))(?![\w-])"),
    # now, recently, the future
    ("vague", "nNcCpPtTaArRlLsS",
              r"(?P<vg>(?i:right\s+now|now|currently|nowadays|presently|these\s+days|at\s+present|recently|lately|"
              r"the\s+past|the\s+(?:near\s+)?future|the\s+(?:near|short|long)\s+term|as\s+soon\s+as\s+possible|"
              r"soon|current|a\s+while|some\s+time|a\s+later\s+date))(?![a-z])"),
    # the 22nd
    ("ordday", "tT", r"(?i:the)\s+(?P<od>[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)\b"),
    # April 24 and "25": a day of the month joined to a date just named
    ("andday", "0-9", r"(?P<ad>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w%]|[.,:/]\d)"),
    # July, in May (guarded in the handler)
    ("month", "ADFJMNOS", rf"(?P<mon>{_MONTH_FULL})\b(?!-(?!{_MONTH_FULL}\b))"
                          # "July of that year": the year of the date last named
                          r"(?P<mon_that>\s+(?i:of\s+that\s+year)\b)?"),
    # 2011 (guarded in the handler)
    ("year", "12", rf"(?:(?<![\w$.,-])|(?<=(?i:pre)-)|(?<=(?i:post)-)|(?<=\d\d\d\d[-–]))(?P<yr>{_YEAR}|1[0-5]\d\d(?![\d%]))"
                   rf"(?![\w]|-(?!{_YEAR}\b)|,\d|\.\d)"),
]

# One alternation of the families per character a match can start with: the scan finds
# the word starts whose first character opens some family (not inside a word: "May" in
# "Mayor"), then tries only those families, in their order above (the first that
# matches wins). Positions inside words are rejected once, and each family is tried only
# where it can begin: together 3x faster than one alternation tried at every position.
_START_CHARS = "".join(c for c in "0123456789'" + string.ascii_letters
                       if any(re.fullmatch(f"[{first}]", c) for _, first, _ in _FAMILIES))
_WORD_START = re.compile(rf"(?<![\w'])[{re.escape(_START_CHARS)}]")
_BY_FIRST_CHAR = {
    c: re.compile("|".join(rf"(?P<{name}>{pattern})" for name, first, pattern in _FAMILIES
                           if re.fullmatch(f"[{first}]", c)))
    for c in _START_CHARS
}

_NON_WORD = re.compile(r"\W|$")
_SINCE_BEFORE = re.compile(r"\b(?i:since)\s+$")
# Words right before a date that point from the act to a later date ("extended to").
# "has until Monday", "have until the end of the month": a time limit still running
_HAS_UNTIL_BEFORE = re.compile(r"\b(?:has|have|get|gets)\s+(?:\w+\s+)?until\s+(?:the\s+)?$", re.I)
_FORWARD_BEFORE = re.compile(
    r"\b(?:until|till|set(?:\s+for)?|(?:extended|postponed|delayed|moved|pushed\s+back)(?:\s+\w+){0,2}\s+(?:to|until)"
    r"|expires?(?:\s+on)?|due(?:\s+on)?|payable(?:\s+on)?|effective(?:\s+on)?)\s+(?:the\s+)?$",
    re.I,
)
# "Easter falls on March 31 this year": the year of a date said after it
_STATED_YEAR_AFTER = re.compile(r",?\s+(?:(?i:of)\s+)?(?P<dir>(?i:this|last|next))\s+(?i:year)(?![\w'’-])")
# "July-September", "October to December": a month joined to the month just named
_MONTH_RANGE_JOIN = re.compile(r"\s*[-–/]\s*|\s+(?i:to|through|thru|until|till|into|and|or)\s+")
_SENTENCE_START = re.compile(r"(?:^|[.!?\"'”’]\s+|\n\s*)$")
# Words before a date that make it a deadline ("by March 1").
# Putting something off to a date, or a span that runs to one: the date is still ahead.
_POSTPONED_TO_BEFORE = re.compile(
    r"\b(?:extended|extends|postponed|postpones|delayed|delays|adjourned|adjourns|suspended|"
    r"suspends|deferred|defers|put\s+off|puts\s+off|pushed\s+back|rescheduled|remanded|bailed|"
    r"cancell?ed|halted|grounded|banned|ordered|"
    # ("closed the border until Friday", but "remained closed until Tuesday" is a state)
    r"(?<!remained\s)(?<!remains\s)(?<!stayed\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)(?:closed|shut))"
    r"(?:\s+[\w'-]+){0,4}?\s+(?:until|till|to)\s+(?:after\s+)?(?:the\s+)?$"
    # "called a strike for Monday", "set a hearing for May 3", "is forecast for the weekend"
    # (but "was scheduled for Oct. 2 but was canceled" may lie either side of now)
    r"|\b(?<!was\s)(?<!were\s)(?:called|calls|set|sets|scheduled|fixed|forecast|predicted|planned|announced)"
    r"(?:\s+[\w'-]+){0,4}?\s+for\s+(?:the\s+)?$", re.I)
# Waiting for what is to come: "investors awaited the data on Wednesday", "braced for
# the Fed's statement on Wednesday", "remanded to appear on Monday"
_AWAITING_BEFORE = re.compile(
    r"\b(?:await(?:s|ed|ing)?|wait(?:s|ed|ing)?\s+for|brac(?:e|es|ed|ing)\s+for|"
    r"look(?:s|ed|ing)?\s+ahead\s+to|ahead\s+of|to\s+appear|due\s+to\s+appear)\b"
    r"(?:[^.;:,]|(?<=[A-Z])\.)*$", re.I)
_RUNS_UNTIL_BEFORE = re.compile(
    r"\b(?:runs|run|lasts|last|continues|remains?\s+in\s+(?:force|effect|place)|(?:is|are)\s+valid|"
    r"funds\s+the\s+government)\s+(?:through|until|till|thru)\s+(?:the\s+)?$", re.I)
# "-ed" words that are adjectives of a coming date: "a dividend payable Dec. 7", "the
# offer, scheduled for", "an extended deadline of"
# A past promise about a later act: "vowed to return on Sunday", "agreed to meet again on
# Tuesday", "promised to restore service on Dec. 23" (the date is the act's, still ahead)
_COMMITTED_TO_BEFORE = re.compile(
    # (not "voted/decided/agreed to ... on Wednesday": there the date is the vote's)
    r"\b(?i:vowed|promised|pledged|planned|threatened|intended|hoped|aimed|undertook)"
    r"\s+to\s+(?:[\w'-]+\s+){1,6}?(?:(?i:on|by|in|until|from|before)\s+)?(?:(?i:the)\s+)?$")
# What may stand between a sentence's start and a year that opens it: "In 2010, ...",
# "Last year, ..." (the year's own words are in its mention)
_FRONTED_BEFORE = re.compile(r"(?:\A|[.!?:;\n][\"'”’)]*\s+)(?:(?i:in|during|by|throughout)\s+)?$")
_CHARGED_WITH_BEFORE = re.compile(
    r"\b(?i:charged\s+with|accused\s+of|convicted\s+of|suspected\s+of|arrested\s+for|jailed\s+for|"
    r"sentenced\s+for|indicted\s+(?:on|for)|faces?\s+charges\s+(?:of|over|for|in))"
    r"\s+(?:[\w'’-]+\s+){0,10}?$")
_PAST_PERFECT_RE = re.compile(
    r"\bhad\s+(?:(?:not|never|already|just|long|since)\s+)?(?:been\s+)?(?!been\b)[a-z]+(?:ed|en|wn|ne|un|ght|lt|pt|ft)\b")
_BEFORE_DATE_BEFORE = re.compile(
    r"\b(?i:days?|weeks?|a\s+month|months|hours?)\s+(?i:before)\s+(?:(?i:the)\s+)?$")
# (a clock time keeps the past: "shortly before midnight" is the night just gone)
_CLOCK_AHEAD = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*(?i:a\.?m|p\.?m)|(?i:midnight|noon|midday|dawn)")
_PAYABLE_LIKE_BEFORE = re.compile(
    r"\b(?:payable|scheduled|planned|slated|extended|set|record|redeem|expires?|due)\b(?:[^.;]|\.\d)*$", re.I)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|(?:no|not)\s+later\s+than|deadline\s+of)\s+$", re.I)
# A date used as the name of a deadline: "missed the March 1 deadline", "set May 1 as the deadline".
_DEADLINE_AFTER = re.compile(r"\s+(?:as\s+(?:the|a|its|their)\s+)?deadline\b", re.I)
# The word just before a position.
_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z'-]*)\s*$")
_NEXT_WORD = re.compile(r"^\W{0,3}?\s*([A-Za-z][A-Za-z'-]*)")
# "2011 and 2013", "March to May": a second date joined to a first one.
# A year joined to another year by a range word: both are years, whatever comes around them.
_YEAR_RANGE_AROUND = re.compile(rf"(?:\s*[-–]\s*|\s+(?i:to|through|thru|until|till)\s+){_YEAR}(?![-\w])")
_YEAR_RANGE_BEFORE = re.compile(rf"{_YEAR}(?:\s*[-–]\s*|\s+(?i:to|through|thru|until|till)\s+)$")
_DATE_THEN_CONJ = re.compile(
    rf"(?:{_YEAR}|{_MONTH_FULL})(?:\s*,\s*|\s*,?\s*(?:(?i:and|or|to|through|until|till|into)|-|–)\s*)$"
)
# Named days that are not calendar weekdays ("Super Tuesday", "Good Friday").
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Super|Black|Good|Bloody|Ash|Cyber|Easter|Holy|Palm|Shrove|Maundy)\s+$")

# A bare year or month counts as a date only after one of these words.
_YEAR_CUES = frozenset(
    "in since by until till from through thru during before after between for around circa "
    "about early late mid year fiscal throughout within into of spring summer fall autumn "
    "winter end beginning start both due to".split()
)
# Cue words after which "by"/"of"/... + year could still be an amount ("rose by 2000 barrels").
_AMOUNT_PREPOSITIONS = frozenset("by of for around about to".split())
# Words that may follow a year used as a date ("by 1992 it intended", "in 2011 and").
_AFTER_YEAR_OK = frozenset(
    "and or to when through it he she they we the a an as after before was were is are will would "
    "had has have did elections election budget "
    # verbs whose subject is the year's figure: "revenue for 2012 rose 4 percent"
    "rose fell grew declined dropped jumped climbed increased decreased totaled totalled "
    "reached amounted came slipped slumped edged saw marked brought".split()
)
_AS_EARLY_AS_BEFORE = re.compile(r"(?i:\bas\s+(?:early|recently|late|long\s+ago|far\s+back)\s+as)\s+$")
# Nouns of a year's accounts: after a year they make it the year reported on
_YEAR_REPORT_NOUNS = frozenset(
    "earnings revenue revenues sales profit profits results budget guidance outlook forecast "
    "forecasts targets target growth output production deficit dividend bonus bonuses".split())
# Verbs after a year that opens a sentence: "2012 was a difficult year", "2008 saw ..."
_YEAR_SUBJECT_VERBS = frozenset(
    "was is will has had saw sees marked marks brought brings proved proves began ended "
    "became looks looked promises".split())
_MONTH_CUES = frozenset(
    "in since by until till from through thru during before after between of early mid late "
    "last next this each every throughout within into on".split()
)
_WEEKDAY_KEEP_BEFORE = frozenset(
    "on by until till since from through to before after last next this late early said "
    "says and or".split()
)
_DETERMINERS = frozenset("the a an its his her their our this that".split())

# ---------------------------------------------------------------------------
# Calendar helpers: every resolved unit gives (interval, TIMEX3 value)
# ---------------------------------------------------------------------------

Resolved = tuple[DateInterval, str]


def _day(d: dt.date) -> Resolved:
    return DateInterval(d, d, Grain.DAY), d.isoformat()


def _week(d: dt.date) -> Resolved:
    monday = d + relativedelta(weekday=MO(-1))
    iso_year, iso_week, _ = d.isocalendar()
    return DateInterval(monday, monday + relativedelta(days=6), Grain.WEEK), f"{iso_year}-W{iso_week:02d}"


def _weekend(d: dt.date) -> Resolved:
    """The Saturday-Sunday of the Monday-Sunday week containing ``d``."""
    monday = d + relativedelta(weekday=MO(-1))
    iso_year, iso_week, _ = d.isocalendar()
    saturday = monday + relativedelta(days=5)
    return DateInterval(saturday, saturday + relativedelta(days=1), Grain.PART), f"{iso_year}-W{iso_week:02d}-WE"


@lru_cache(maxsize=1024)  # pure and called for every candidate period
def _month(year: int, month: int) -> Resolved:
    first = dt.date(year, month, 1)
    return DateInterval(first, first + relativedelta(day=31), Grain.MONTH), f"{year:04d}-{month:02d}"


@lru_cache(maxsize=1024)  # pure and called for every candidate period
def _quarter(year: int, quarter: int) -> Resolved:
    first = dt.date(year, 3 * quarter - 2, 1)
    return DateInterval(first, first + relativedelta(months=3, days=-1), Grain.QUARTER), f"{year:04d}-Q{quarter}"


@lru_cache(maxsize=1024)  # pure and called for every candidate period
def _season(year: int, code: str) -> Resolved:
    first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    first = dt.date(year, first_month, 1)
    return DateInterval(first, first + relativedelta(months=3, days=-1), Grain.SEASON), f"{year:04d}-{code}"


@lru_cache(maxsize=1024)  # pure and called for every candidate period
def _year(year: int) -> Resolved:
    return DateInterval(dt.date(year, 1, 1), dt.date(year, 12, 31), Grain.YEAR), f"{year:04d}"


def _decade(first_year: int) -> Resolved:
    first_year -= first_year % 10
    return (DateInterval(dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), Grain.DECADE),
            f"{first_year // 10:03d}X")  # "the 1990s" is "199X": the year digit unknown


def _decade_or_hundreds(first_year: int) -> Resolved:
    """ "the 1990s" is a decade; "the 1800s" and "the 1900s" are the hundred years, as
    news uses them ("the 2000s" stays the decade)."""
    if first_year % 100 == 0 and first_year <= 1900:
        return _century(first_year)
    return _decade(first_year)


def _century(first_year: int) -> Resolved:
    first_year -= first_year % 100
    return (DateInterval(dt.date(first_year, 1, 1), dt.date(first_year + 99, 12, 31), Grain.CENTURY),
            f"{first_year // 100:02d}")


def _part(whole: Resolved, modifier: str) -> Resolved:
    """A third (early/mid/late) or half of a period; the value stays the period's.

    Months split at days 10 and 20 ("mid-April" = Apr 11-20); periods made of
    whole months split by months ("early 2011" = January-April); weeks by days.
    """
    interval, value = whole
    start, end = interval.start, interval.end
    mod = " ".join(modifier.lower().split())
    mod = mod.removeprefix("the ").removesuffix(" of")
    if mod in ("first half", "second half", "last half"):
        pieces, index = 2, (0 if mod == "first half" else 1)
    else:
        pieces = 3
        index = {"early": 0, "beginning": 0, "start": 0, "early part": 0, "first part": 0,
                 "mid": 1, "middle": 1}.get(mod, 2)
    if interval.grain == Grain.MONTH and pieces == 3:
        bounds = [start, start.replace(day=11), start.replace(day=21), end + relativedelta(days=1)]
    elif interval.grain == Grain.DECADE and pieces == 3:
        # "the early 1990s" = 1990-93, "mid" = 1994-96, "late" = 1997-99
        bounds = [start + relativedelta(years=k) for k in (0, 4, 7, 10)]
    else:
        delta = relativedelta(end + relativedelta(days=1), start)
        months = delta.years * 12 + delta.months
        if months and not delta.days and months % pieces == 0:
            step = relativedelta(months=months // pieces)
            bounds = [start + relativedelta(months=i * (months // pieces)) for i in range(pieces)]
            bounds.append(bounds[-1] + step)
        else:
            days = (end - start).days + 1
            size = days // pieces
            bounds = [start + relativedelta(days=i * size) for i in range(pieces)]
            bounds.append(end + relativedelta(days=1))
    if pieces == 2 and interval.grain == Grain.YEAR:
        value = f"{value}-H{index + 1}"  # TIMEX3 half-years
    return DateInterval(bounds[index], bounds[index + 1] - relativedelta(days=1), Grain.PART), value


def _latest(cands: list[Resolved], ref: dt.date, strict: bool = False) -> Resolved:
    """The last candidate that has started on/before ``ref`` (strictly ended before, if strict)."""
    ok = [c for c in cands if (c[0].end < ref if strict else c[0].start <= ref)]
    return ok[-1] if ok else cands[0]


def _earliest(cands: list[Resolved], ref: dt.date, strict: bool = False) -> Resolved:
    """The first candidate that has not ended before ``ref`` (strictly starts after, if strict)."""
    ok = [c for c in cands if (c[0].start > ref if strict else c[0].end >= ref)]
    return ok[0] if ok else cands[-1]


def _nearest(cands: list[Resolved], ref: dt.date) -> Resolved:
    return min(cands, key=lambda c: _distance(c, ref))  # min keeps the earlier one on ties


def _distance(c: Resolved, ref: dt.date) -> int:
    iv = c[0]
    if iv.start <= ref <= iv.end:
        return 0
    return (iv.start - ref).days if iv.start > ref else (ref - iv.end).days


def _by_tense(cands: list[Resolved], ref: dt.date, tense: str | None) -> Resolved:
    """Pick among chronologically sorted candidates by the tense of the clause.

    Past -> the latest on/before ``ref``; future -> the next on/after it;
    unclear -> the nearest. A clause whose only past cue is an "-ed" word can
    still name a coming date ("extended the offer to Nov. 20", "declared a
    dividend payable Dec. 7"), so there a future candidate less than half as far
    away as the past one wins; "were held in April" stays in the past.
    """
    if tense == "future":
        return _earliest(cands, ref)
    if tense in ("since", "past"):
        return _latest(cands, ref)
    if tense != "past?":
        return _nearest(cands, ref)
    past, future = _latest(cands, ref), _earliest(cands, ref)
    if 2 * _distance(future, ref) < _distance(past, ref):
        return future
    return past


# ---------------------------------------------------------------------------
# Tense of the clause around a mention
# ---------------------------------------------------------------------------

_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*\n|[;:]\s")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Mr|Mrs|Ms|"
    r"Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|Prof|Rev|Ft|Mt|Adm|Gens?|Reps?|Sens?))$"
)
_TOKEN = re.compile(r"(?<![\d.])[A-Za-z]+(?:'[a-z]+)?")  # (not the "am" of "3am")
_WINDOW_CHARS = 160
_WINDOW_TOKENS = 10

FUTURE_WORDS = frozenset(
    "will 'll shall would upcoming next tomorrow scheduled slated due planned "
    "expected expects aims intends forward postponed delayed rescheduled must "
    "coming resume resumes "
    # a present-tense schedule: "the tournament starts June 12", "the sale ends Sunday",
    # "the two leaders meet Monday", "the minister arrives Tuesday"
    "starts begins opens ends meet meets visits arrive arrives depart departs leaves "
    "convene convenes reconvene reconvenes travels votes reopens returns face faces hosts "
    "closes plays premieres airs launches expires finishes concludes lands testifies "
    "begin expire "
    # modals of what may come, and expectations: "ministers might announce it Tuesday"
    # ("could" is future unless a past follows it: "could not be located Wednesday")
    "might should may expect".split()
)
# Base forms among those: after these words they are no present-tense schedule.
_SCHEDULE_BASE_FORMS = frozenset(
    "meet arrive depart convene reconvene begin expire".split())
# Those that are nouns after a determiner: "the votes on Tuesday", "its returns on Sunday"
_SCHEDULE_NOUNS = frozenset("votes plays returns starts ends face".split())
_NOT_FINITE_BEFORE = frozenset(
    "to not n't did do does could can cannot would should might may must will shall".split())
PAST_WORDS = frozenset(
    "said told was were had did ago yesterday last since previously died lied tied "
    # past forms written like the present ("the ECB cut rates in July"; after "will" or
    # "to" they are base forms, see _word_tense)
    "cut shut put cost let hurt bid quit spread "
    "met held came went took made gave saw left began begun won lost fell rose wrote sent passed expired lapsed "
    "brought thought found became kept ran led fled struck broke spoke stood paid fought "
    "sought bought caught taught drew grew threw knew flew shot sold hit spent built meant "
    "heard felt got withdrew overtook undertook forgot chose froze rode wore tore swore "
    "stole arose awoke bore bound dealt dug fed forbade hung laid lay lent lit quit "
    "sank sang shook slid split spread sprang stuck stung strove swept swam swung wept "
    "wound shrank shrunk dove slept crept leapt sped".split()
)
# "has"/"have" mark the (present perfect) past only before a participle: "has risen",
# "have been"; "retailers have six fewer days" is a present possession.
_PERFECT_AUX = frozenset("has have".split())
# Present-tense copulas ("the vote is Monday" is a schedule); reporting verbs such as
# "says" are neutral, news uses them for past events too.
PRESENT_WORDS = frozenset("is are am".split())
# -ed words that do not mark the past.
_NOT_PAST_ED = frozenset(
    "scheduled planned expected slated postponed delayed rescheduled proposed needed "
    "hundred indeed red bed shed wed sled speed need feed seed proceed succeed exceed "
    "breed creed greed embed kindred united armed based related alleged so-called "
    "concerned interested supposed advanced detailed limited talked-about".split()
)
_MODALS = frozenset("to will 'll shall".split())
# Nouns after which an "-ed" word is an adjective: "preferred shares", "listed companies"
_ADJECTIVE_ED_NOUNS = frozenset("shares stock stocks stake companies company securities notes bonds".split())
# Verbs before an "-ed" adjective: "remain closed", "stay shut"
_COPULAS = frozenset("remain remains remained stay stays stayed keep keeps kept".split())
# Participles that point ahead even after a past "was": "the vote was scheduled for May".
_FUTURE_PARTICIPLES = frozenset("scheduled planned expected slated due rescheduled likely poised".split())
# ... of which these, after a past "was", still look ahead of the past they are told in
_LIKELY_WORDS = frozenset("expected likely poised".split())
# Words that open a new clause after a mention; the tense beyond them is another verb's.
_CLAUSE_STARTERS = frozenset(
    "and but while because which who whom although though whereas when after before "
    "that it he she they we i you there".split()
)
_SUBJECT_PRONOUNS = frozenset("he she they we i you it".split())


def _is_sure_tense_word(word: str) -> bool:
    """True for a word that surely marks a tense ("will", "told", "is"), not an "-ed" guess."""
    return word in FUTURE_WORDS or word in PAST_WORDS or word in PRESENT_WORDS or word in _MODALS
_BE_FORMS = frozenset("be been being is are am was were".split())


def _cue_form(word: str, sentence_initial: bool) -> str:
    """A word as the tense cues see it: lower-cased, or "" for a capitalized word inside
    a sentence, which is a name ("the Fed said", "Rose Kennedy"), never a verb."""
    if word[:1].isupper() and not sentence_initial and word != "I":
        return ""
    return word.lower()


def _clause_tokens(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Lower-cased words before (nearest first) and after a span, within its sentence."""
    left_from = max(0, start - _WINDOW_CHARS)
    left = text[left_from:start]
    cut = 0
    for brk in _BREAK.finditer(left):
        if brk.group().startswith(".") and _ABBREVIATION.search(left, 0, brk.start()):
            continue
        cut = brk.end()
    right = text[end:end + _WINDOW_CHARS]
    stop = len(right)
    for brk in _BREAK.finditer(right):
        if brk.group().startswith(".") and _ABBREVIATION.search(right, 0, brk.start()):
            continue
        stop = min(stop, brk.start())
        break
    words = _TOKEN.findall(left, cut)
    before = [_cue_form(w, k == 0 and (cut or not left_from)) for k, w in enumerate(words)][::-1][:_WINDOW_TOKENS]
    if len(before) > 2:
        # the mention sits inside its clause: what follows a comma is another clause,
        # often the attribution ("..., officials said"); sentence-initial "On Friday, X did"
        # is read on past the comma
        comma = right.find(",", 0, stop)
        if comma >= 0:
            stop = comma
    after = []
    following = [_cue_form(w, False) for w in _TOKEN.findall(right, 0, stop)[:_WINDOW_TOKENS]]
    fronted = len(before) <= 2 and right[:1] == ","  # "In November, he will seek..."
    for k, w in enumerate(following):
        if w in _CLAUSE_STARTERS and not (w == "and" and k + 1 < len(following)
                                          and following[k + 1] == "") \
                and not (fronted and k == 0 and w in _SUBJECT_PRONOUNS and k + 1 < len(following)
                         and (_is_sure_tense_word(following[k + 1])
                              or (following[k + 1].endswith("ed") and len(following[k + 1]) > 4))):
            break  # "... on Saturday and were planning ...": a new clause
        # (but "and" before a name joins two subjects: "On Sunday, Tanzanian police
        # and FBI agents said")
        after.append(w)
        if fronted and k == 1 and following[0] in _SUBJECT_PRONOUNS:
            break  # "In September, it announced plans to ...": the verb after the pronoun governs
    return before, after


def _word_tense(word: str, previous: str | None, following: str | None) -> tuple[str | None, bool]:
    """Tense signalled by one word given its neighbours in reading order.

    Returns (tense, weak): ``weak`` marks a guess from an "-ed" ending, which may
    as well be an adjective ("markets untouched by the crisis").
    """
    if word == "be":
        return ("future" if previous in _MODALS else None), False
    if previous in ("was", "were") and word in _LIKELY_WORDS:
        return "future", False  # "said the cold was likely to last into April": ahead of the saying
    if word in ("was", "were") and following in _LIKELY_WORDS:
        return None, False  # (the participle after it has the tense)
    if (previous in ("was", "were") and word in _FUTURE_PARTICIPLES) \
            or (word in ("was", "were") and following in _FUTURE_PARTICIPLES):
        return None, False  # "was scheduled to begin Jan. 2 but was delayed": either side of now
    if word in ("set", "is", "are", "was", "were") and following in ("to", "for"):
        return "future", False  # "is to", "were to withdraw", "set for"
    if word in ("going", "planning", "plans", "plan", "planned", "hoping", "hopes", "aims", "intends") \
            and following == "to":
        return "future", False
    if word in ("might", "should", "may", "would", "could") and following == "have":
        return "past", False  # "may have fled on Tuesday": a guess about the past
    if word == "must" and following == "have":
        return None, False  # "must have fled" (past) or "must have a plan from 1 July" (ahead)
    if word in ("takes", "comes", "goes", "take", "come", "go") and following in ("effect", "into") \
            and previous not in _NOT_FINITE_BEFORE:
        return "future", False  # "the law takes effect in January", "the rules come into force"
    if word in ("kicks", "kick") and following == "off" and previous not in _NOT_FINITE_BEFORE:
        return "future", False  # "the tour kicks off on Monday"
    if previous in _COPULAS and (word.endswith("ed") or word == "shut"):
        return None, False  # "will remain closed Monday": an adjective, the copula has the tense
    if word == "next" and following == "to":
        return None, False  # "next to the embassy"
    if previous in ("than", "as") and word.endswith("ed"):
        return None, False  # "earlier than planned", "as expected"
    if previous in _BE_FORMS and word in _FUTURE_PARTICIPLES:
        return "future", False  # "is scheduled for March", "is expected in May"
    if previous in _BE_FORMS and (word in PAST_WORDS or word.endswith("ed")) and word not in _BE_FORMS:
        return None, False  # a passive participle ("to be held") takes its tense from "be"
    if previous in _NOT_FINITE_BEFORE and (word in _SCHEDULE_BASE_FORMS or word in PAST_WORDS):
        # a base form: "to meet demand", "did not arrive" are no schedule, and "will hit",
        # "to cut" no past ("hit", "cut", "set" are written alike in both tenses)
        return None, False
    if word == "could":
        # "the vote could take place Thursday"; "could not be reached Wednesday" tells the past
        # ("could be located Wednesday" is as often a past)
        return (None if following in ("not", "n't", "have", "never", "only", "hardly", "be", "")
                else "future"), False
    if word in _SCHEDULE_NOUNS and previous in _DETERMINERS:
        return None, False  # "the end on Tuesday": a noun
    if word in FUTURE_WORDS or word.endswith("'ll"):
        return "future", False
    if word in PRESENT_WORDS:
        return "present", False
    if word in PAST_WORDS:
        return "past", False
    if word in _PERFECT_AUX:
        if following and (following in PAST_WORDS or following.endswith(("ed", "en", "wn", "ne", "un"))
                          or following in ("been", "not", "never", "already", "long", "also", "since", "put", "cut", "set", "let")):
            return "past", False
        return None, False
    if word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST_ED:
        if previous in _DETERMINERS or word.startswith("un") or following in _ADJECTIVE_ED_NOUNS:
            return None, False  # "the armed groups", "an unspecified date", "preferred shares"
        return "past", True
    return None, False


# How much farther a guessed ("-ed") cue counts than a sure one.
_WEAK_CUE_PENALTY = 3


def clause_tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future', 'present' or None: the tense cue nearest to a span.

    See ``clause_tense_cue``, which also tells whether the cue was only a guess.
    """
    return clause_tense_cue(text, start, end)[0]


def clause_tense_cue(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """The tense cue nearest to a span and whether it is a guess from an "-ed" ending.

    Looks at up to ten words on each side within the sentence. A cue before the
    span wins a tie with one after it (the governing verb usually comes first),
    and a guessed cue ("-ed") not next to the span counts as three words farther
    than a sure one.
    """
    before, after = _clause_tokens(text, start, end)
    words = before[::-1] + after  # reading order; the span sits between the two lists
    best: tuple[float, str, bool] | None = None
    for k, word in enumerate(words):
        previous = words[k - 1] if k > 0 else None
        following = words[k + 1] if k + 1 < len(words) else None
        tense, weak = _word_tense(word, previous, following)
        if tense == "future" and previous == "been" and k > 1 and words[k - 2] == "had":
            tense = "past"  # "had been scheduled to expire Friday": a plan told as past
        if tense:
            # words before the span count from 1, after it from 1.5 (a tie goes to the one before)
            i = len(before) - 1 - k if k < len(before) else k - len(before)
            distance = i + (1 if k < len(before) else 1.5) + (_WEAK_CUE_PENALTY if weak and i else 0)
            if best is None or distance < best[0]:
                best = (distance, tense, weak)
    return (best[1], best[2]) if best else (None, False)


# ---------------------------------------------------------------------------
# Handlers: one per family of the master pattern
# ---------------------------------------------------------------------------


class _Unresolved(Exception):
    """Raised when a relative expression needs a publication date that is missing."""

    def __init__(self, grain: Grain):
        super().__init__(grain)
        self.grain = grain


_UNRESOLVED_VALUES = {
    Grain.DAY: "XXXX-XX-XX", Grain.WEEK: "XXXX-WXX", Grain.MONTH: "XXXX-XX",
    Grain.YEAR: "XXXX", Grain.SEASON: "XXXX-XX", Grain.QUARTER: "XXXX-QX",
    Grain.PART: "XXXX", Grain.DECADE: "XXX", Grain.CENTURY: "XX",
}


@dataclass(slots=True)
class _Match:
    """What a handler returns: a span (possibly widened or trimmed) and its meaning."""

    start: int
    end: int
    kind: ClaimKind
    resolved: DateInterval | None
    timex_type: str
    value: str
    relative: bool
    deadline_ok: bool = True  # may "by" before it make it a deadline?


class _Context:
    """Per-call state shared by the handlers."""

    __slots__ = ("text", "ref", "last_quarter", "last_day", "last_date", "last_date_end",
                 "last_month_end", "fronted_year", "last_clock")

    def __init__(self, text: str, ref: dt.date | None):
        self.text, self.ref = text, ref
        # (offset, year, quarter) of the latest quarter named in the text, for
        # "a year earlier" / "the year-ago period" in earnings reports
        self.last_quarter: tuple[int, int, int] | None = None
        # (end offset, date) of the latest single day named, for "Monday at 5 p.m."
        self.last_day: tuple[int, dt.date] | None = None
        # the latest date of any grain named, the anchor of "that year", "the following month"
        self.last_date: DateInterval | None = None
        self.last_date_end = -1  # where that date's mention ends
        # (end offset, first day) of the latest month named alone, for "July-September"
        self.last_month_end: tuple[int, dt.date] | None = None
        # (end offset, year) of a year that opens its sentence ("In 2010, ...", "Last year,
        # ..."): the year of the yearless dates after it in that sentence
        self.fronted_year: tuple[int, int] | None = None
        # (end offset, day, hour) of the latest clock time, for "from 9 p.m. ... to 2 a.m."
        self.last_clock: tuple[int, dt.date, int] | None = None

    def quarter_in_focus(self, pos: int) -> tuple[int, int] | None:
        """The quarter the text was just talking about, if any (within ~2,000 chars)."""
        if self.last_quarter and pos - self.last_quarter[0] < 2000:
            return self.last_quarter[1], self.last_quarter[2]
        return None

    def need_ref(self, grain: Grain) -> dt.date:
        if self.ref is None:
            raise _Unresolved(grain)
        return self.ref

    def tense(self, start: int, end: int) -> str | None:
        """'past', 'future', 'present', None, or two refinements of the past:
        'since' ("since March": surely the past one) and 'past?' (only an "-ed" guess)."""
        if _SINCE_BEFORE.search(self.text, max(0, start - 8), start):
            return "since"
        if _HAS_UNTIL_BEFORE.search(self.text, max(0, start - 40), start):
            return "future"  # "Cyprus has until Monday to raise the money"
        # "cautious ahead of the meeting on Thursday", "squared positions ahead of the weekend"
        awaiting = _AWAITING_BEFORE.search(self.text, max(0, start - 70), start)
        if _POSTPONED_TO_BEFORE.search(self.text, max(0, start - 60), start) \
                or _RUNS_UNTIL_BEFORE.search(self.text, max(0, start - 40), start) \
                or awaiting is not None:
            # "adjourned the case until Thursday", "the plan runs through Sept. 30"
            return "future"
        tense, guessed = clause_tense_cue(self.text, start, end)
        if tense == "past" and _COMMITTED_TO_BEFORE.search(self.text, max(0, start - 80), start):
            return "future"
        if tense != "past" and _CHARGED_WITH_BEFORE.search(self.text, max(0, start - 100), start):
            return "past"  # "is charged with killing 12 people on July 20": the deed is past
        if tense == "past" and _BEFORE_DATE_BEFORE.search(self.text, max(0, start - 24), start) \
                and not _CLOCK_AHEAD.match(self.text, start):
            # "the storm arrived a week before Election Day": the date comes a short while
            # after the past act, and may still be ahead; the nearest one is meant (but
            # "flowers sold out before Mother's Day" in March: last year's)
            return None
        if tense != "past" and _DEADLINE_BEFORE.search(self.text, max(0, start - 24), start):
            return "future"  # "by Friday" points ahead unless the clause is clearly past
        if tense == "past" and (_FORWARD_BEFORE.search(self.text, max(0, start - 40), start)
                                or _DEADLINE_BEFORE.search(self.text, max(0, start - 24), start)
                                or _DEADLINE_AFTER.match(self.text, end)
                                or (guessed and _PAYABLE_LIKE_BEFORE.search(self.text, max(0, start - 80), start))):
            # "was extended to Nov. 16", "has set Nov. 10 as the deadline": a past act
            # about a date that may still be ahead (not in the past perfect: "By October,
            # the company had run out of cash")
            sentence_end = _BREAK.search(self.text, end)
            if _PAST_PERFECT_RE.search(self.text, max(0, start - 60),
                                       sentence_end.start() if sentence_end else len(self.text)):
                return "past"
            return "past?"
        return tense

    def stated_year(self, end: int, start: int | None = None) -> int | None:
        """The year said right after a date ("March 31 this year", "Thanksgiving last year"),
        or (given ``start``) one that opens the date's sentence ("In 2012, the store closed
        on Christmas Eve")."""
        said = _STATED_YEAR_AFTER.match(self.text, end)
        if said is None or self.ref is None:
            if start is not None and self.fronted_year is not None \
                    and self.fronted_year[0] <= start and not _BREAK.search(self.text, self.fronted_year[0], start):
                return self.fronted_year[1]
            return None
        return self.ref.year + {"this": 0, "last": -1, "next": 1}[said["dir"].lower()]

    def forward_cue(self, start: int, end: int) -> bool:
        """Whether words around a date point from the act to a later date ("extended to",
        "by", "the ... deadline"): a past verb may then still name a coming day."""
        return bool(_FORWARD_BEFORE.search(self.text, max(0, start - 40), start)
                    or _DEADLINE_BEFORE.search(self.text, max(0, start - 24), start)
                    or _DEADLINE_AFTER.match(self.text, end))

    def prev_word(self, pos: int) -> str:
        m = _PREV_WORD.search(self.text, max(0, pos - 30), pos)
        return m.group(1).lower().rstrip(".") if m else ""

    def next_word(self, pos: int) -> str:
        m = _NEXT_WORD.match(self.text[pos:pos + 30])
        return m.group(1) if m else ""


def _date(ctx: _Context, m: re.Match, resolved: Resolved, relative: bool,
          start: int | None = None, end: int | None = None, timex_type: str = "DATE") -> _Match:
    return _Match(m.start() if start is None else start, m.end() if end is None else end,
                  ClaimKind.DATE, resolved[0], timex_type, resolved[1], relative)


# How long after a month-day a future-tense sentence may still mean this year's.
_STILL_SCHEDULED = dt.timedelta(days=7)


def _month_day(ctx: _Context, m: re.Match, month: int, day: int, year: str | None,
               weekday: str | None, day2: str | None = None) -> _Match | None:
    """March 12 [, 2019]: without a year, the year that fits the clause's tense."""
    if year:
        try:
            resolved = _day(dt.date(int(year), month, day))
        except ValueError:
            return None
        relative = False
    else:
        ref = ctx.need_ref(Grain.DAY)
        cands = []
        stated = ctx.stated_year(m.end(), m.start())
        for y in ((stated,) if stated else (ref.year - 1, ref.year, ref.year + 1)):
            try:
                cands.append(_day(dt.date(y, month, day)))
            except ValueError:  # Feb. 29 in a common year
                pass
        if not cands:
            return None
        if weekday:  # "Friday, Jan. 17": the weekday picks the year
            fitting = [c for c in cands if c[0].start.weekday() == WEEKDAY_NUMBERS[weekday.lower()]]
            cands = fitting or cands
        tense = ctx.tense(m.start(), m.end())
        resolved = _by_tense(cands, ref, tense)
        if tense == "future" and resolved[0].start.year > ref.year:
            # "the visit is scheduled for March 20-22" in a March 22 paper: a schedule
            # still being told during the event, not one a year ahead
            recent = [c for c in cands if c[0].start.year == ref.year]
            if recent and dt.timedelta(0) < ref - recent[0][0].start <= _STILL_SCHEDULED:
                resolved = recent[0]
        relative = True
    if day2:
        last = _int(day2)
        if last > day:
            try:
                end_day = resolved[0].start.replace(day=last)
            except ValueError:
                return None
            resolved = (DateInterval(resolved[0].start, end_day, Grain.DAY), resolved[1])
    said = None if year else _STATED_YEAR_AFTER.match(ctx.text, m.end())
    # "Aug. 5 last year": one date, the year said after it
    return _date(ctx, m, resolved, relative, end=said.end() if said else None)


def _int(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _h_iso(ctx, m):
    try:
        d = dt.date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    except ValueError:
        return None
    return _date(ctx, m, _day(d), False)


def _h_slash(ctx, m):
    if m["sl_dd"]:
        day, month, year = int(m["sl_dd"]), int(m["sl_dm"]), int(m["sl_dy"])
        try:
            return _date(ctx, m, _day(dt.date(year, month, day)), False)
        except ValueError:
            return None
    month, day, year = int(m["sl_a"]), int(m["sl_b"]), int(m["sl_y"])
    if month > 12:
        month, day = day, month  # 22/03/2013: the day comes first
    if year < 100:
        year += 1900 if year >= 50 else 2000
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return _date(ctx, m, _day(d), False)


# "September 14 and 18, 2010", "May and June 2011": the year said once, after the second
_YEAR_AFTER_SECOND_DAY = re.compile(rf"\s+(?:and|or|&|to|through)\s+{_DAY},?\s+(?P<y>{_YEAR})(?![\w-])")
_YEAR_AFTER_SECOND_MONTH = re.compile(
    rf"\s*(?:(?:and|or|to|through|&)\s+|[-–]\s*){_MONTH_FULL},?\s+(?:of\s+)?(?P<y>{_YEAR})(?![\w-])"
)


# A month-day that names one event of a known year when these words follow:
# "the Sept. 11 attacks" are those of 2001 in any year's news.
_EVENT_DAYS = {(9, 11): (2001, frozenset("attacks attack terrorist terror hijackings hijackers commission".split()))}


def _event_year(ctx: _Context, month: int, day: int, end: int) -> str | None:
    event = _EVENT_DAYS.get((month, day))
    if event and ctx.text[end:end + 1] == " " and ctx.next_word(end).lower() in event[1]:
        return str(event[0])
    return None


def _h_mdy(ctx, m):
    month = MONTH_NUMBERS[m["mdy_mon"].rstrip(".").lower()]
    year = m["mdy_y"] or (None if m["mdy_d2"] else _event_year(ctx, month, _int(m["mdy_d"]), m.end()))
    if not year and (later := _YEAR_AFTER_SECOND_DAY.match(ctx.text, m.end())):
        year = later["y"]
    return _month_day(ctx, m, month, _int(m["mdy_d"]), year, m["mdy_wd"], m["mdy_d2"])


def _h_weekof(ctx, m):
    """"the week of March 6": the Monday-Sunday week holding that day; "the first week of
    April", "the last day of March": the week or day at that end of the month."""
    if m["wo_end"]:
        month = MONTH_NUMBERS[m["wo_month"].lower()]
        if m["wo_my"]:
            whole, relative = _month(int(m["wo_my"]), month), False
        else:
            whole, relative = _bare_month(ctx, month, m.start(), m.end()), True
        nth = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(m["wo_end"].lower())
        first = nth is not None
        edge = whole[0].start if first else whole[0].end
        if m["wo_u"].lower() == "day":
            return _date(ctx, m, _day(edge + relativedelta(days=nth or 0)), relative)
        # the week holding the month's first (last) day, unless only its weekend is in the month;
        # "the third week of July" is two weeks after the first
        if first and edge.weekday() >= 5:
            edge += relativedelta(days=7 - edge.weekday())
        elif not first and edge.weekday() < 3:
            edge -= relativedelta(days=edge.weekday() + 1)
        return _date(ctx, m, _week(edge + relativedelta(weeks=nth or 0)), relative)
    day = _month_day(ctx, m, MONTH_NUMBERS[m["wo_mon"].rstrip(".").lower()], _int(m["wo_d"]), m["wo_y"], None)
    if day is None:
        return None
    return _date(ctx, m, _week(day.resolved.start), day.relative)


def _h_dmy(ctx, m):
    month = MONTH_NUMBERS[m["dmy_mon"].rstrip(".").lower()]
    if m["dmy_d1"] and _int(m["dmy_d1"]) < _int(m["dmy_d"]):
        # "3-5 May", "from 3 to 5 May": the days from the first to the second
        found = _month_day(ctx, m, month, _int(m["dmy_d1"]), m["dmy_y"], m["dmy_wd"], m["dmy_d"])
    else:
        found = _month_day(ctx, m, month, _int(m["dmy_d"]), m["dmy_y"], m["dmy_wd"])
    if found is not None and not m["dmy_wd"] and m.group()[:4].lower() == "the " \
            and m["dmy_d"][-1:].isdigit() and not re.search(r"(?i)\sof\s", m.group()):
        # "the 4 March election": the article is the noun's ("the 22nd of March" keeps it)
        found.start = m.start() + 4
    return found


def _h_my(ctx, m):
    return _date(ctx, m, _month(int(m["my_y"]), MONTH_NUMBERS[m["my_mon"].rstrip(".").lower()]), False)


def _bare_month(ctx: _Context, month: int, start: int, end: int) -> Resolved:
    ref = ctx.need_ref(Grain.MONTH)
    if (stated := ctx.stated_year(end, start)) is not None:
        return _month(stated, month)  # "In 2010, he visited Paris in June"
    cands = [_month(y, month) for y in (ref.year - 1, ref.year, ref.year + 1)]
    return _by_tense(cands, ref, ctx.tense(start, end))


def _unit_ref(ctx: _Context, direction: str | None, unit: str) -> Resolved:
    """this/next/last + week/month/year/quarter/decade/century (``direction`` None = this)."""
    direction = (direction or "this").lower().split()[-1]  # "this past week" = last week
    unit = unit.lower()
    grain = {"week": Grain.WEEK, "weekend": Grain.PART, "month": Grain.MONTH, "year": Grain.YEAR,
             "quarter": Grain.QUARTER, "decade": Grain.DECADE, "century": Grain.CENTURY}[unit]
    ref = ctx.need_ref(grain)
    step = {"next": 1, "coming": 1, "following": 1, "last": -1, "past": -1, "previous": -1}.get(direction, 0)
    if unit == "week":
        return _week(ref + relativedelta(weeks=step))
    if unit == "weekend":
        return _weekend(ref + relativedelta(weeks=step))
    if unit == "month":
        d = ref + relativedelta(months=step)
        return _month(d.year, d.month)
    if unit == "quarter":
        d = ref + relativedelta(months=3 * step)
        return _quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "year":
        return _year(ref.year + step)
    if unit == "decade":
        return _decade(ref.year + 10 * step)
    return _century(ref.year + 100 * step)


def _h_part(ctx, m):
    # "the late 1970s", "the early summer" keep their article
    start = m.start() if (m["px_dec"] or m["px_dsh"] or m["px_season"] or m["px_cent"]) else m.start("p_mod")
    if m["px_dsh"]:
        whole, relative = _short_decade(ctx, m["px_dsh"]), True
        return _date(ctx, m, _part(whole, m["p_mod"]), relative, start=start)
    if m["px_mon"]:
        month = MONTH_NUMBERS[m["px_mon"].lower()]
        stated = None if m["px_my"] else _STATED_YEAR_AFTER.match(ctx.text, m.end())
        if m["px_my"]:
            whole, relative = _month(int(m["px_my"]), month), False
        elif stated is not None and ctx.ref is not None:
            # "mid-June last year": the year is said after the month
            whole = _month(ctx.stated_year(m.end()), month)
            return _date(ctx, m, _part(whole, m["p_mod"]), True, start=start, end=stated.end())
        else:
            whole, relative = _bare_month(ctx, month, m.start(), m.end()), True
    elif m["px_dec"]:
        whole, relative = _decade_or_hundreds(int(m["px_dec"]) * 10), False
    elif m["px_cent"]:
        whole, relative = _century((int(m["px_cent"]) - 1) * 100), False  # "the early 20th century"
    elif m["px_y"]:
        whole, relative = _year(int(m["px_y"])), False
    elif m["px_unit"]:
        whole, relative = _unit_ref(ctx, m["px_rel"], m["px_unit"]), True
    else:
        whole, relative = _season_ref(ctx, m["px_srel"], m["px_season"], m["px_sy"], m.start(), m.end())
    return _date(ctx, m, _part(whole, m["p_mod"]), relative, start=start)


def _quarter_candidates(ref: dt.date) -> list[Resolved]:
    return [_quarter(y, q) for y in (ref.year - 1, ref.year, ref.year + 1) for q in (1, 2, 3, 4)]


def _quarter_of(resolved: Resolved) -> tuple[int, int]:
    start = resolved[0].start
    return start.year, (start.month - 1) // 3 + 1


# "the quarter ended Sept. 30[, 1989]"
_ENDED_AFTER = re.compile(
    rf"\s+(?i:ended|ending)\s+(?P<mon>{_MONTH_ANY})\s*(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?"
)


def _quarter_ended(ended: re.Match, ref: dt.date) -> tuple[int, int] | None:
    month = MONTH_NUMBERS[ended["mon"].rstrip(".").lower()]
    day = int(re.match(r"\d+", ended["day"]).group())
    years = [int(ended["year"])] if ended["year"] else [ref.year, ref.year - 1]
    for year in years:
        try:
            last = dt.date(year, month, day)
        except ValueError:
            return None
        if ended["year"] or last <= ref + dt.timedelta(days=31):
            middle = last - dt.timedelta(days=45)
            return middle.year, (middle.month - 1) // 3 + 1
    return None


# Words of a game around "the fourth quarter" (basketball, American football).
_SPORTS_CUES = re.compile(
    r"\b(?:scor(?:ed|es|ing)|touchdowns?|field\s+goals?|rebounds?|three-pointers?|free\s+throws?|"
    r"quarterbacks?|halftime|half-time|overtime|interceptions?|fumbles?|rushing|dunks?|"
    # a lead in points ("trailed by 12 points early in the third quarter")
    r"(?:led|leads|leading|trailed|trails|trailing)\s+(?:by\s+)?\d+\s+points?|"
    r"\d+-point\s+(?:lead|deficit|run))\b", re.I)
_SPORTS_WINDOW = 120
# How long after a quarter closes its results are still news ("will report third-quarter
# results" in October).
_REPORTING_LAG_DAYS = 92


# "forecast revenue of $35 billion for the third quarter": an outlook names a coming quarter
_OUTLOOK_FOR_BEFORE = re.compile(
    r"\b(?i:forecasts?|forecasted|projects?|projected|expects?|expected|guidance|outlook|predicts?|"
    r"predicted|sees|saw|targets?|targeted)\b[^.;]*\b(?i:for|in)\s+(?:(?i:the|its)\s+)?$")


def _h_quarter(ctx, m):
    """Quarters: named ("third-quarter"), anaphoric ("the quarter") or comparative ("the year-ago period")."""
    if m["hf"]:
        return _h_half(ctx, m)
    if m["fullyr"]:
        return _date(ctx, m, _year(_reported_year(ctx, m.start(), m.end())), True)
    if m["q_n"] or m["q_mon"]:
        if m["q_n"]:
            number, explicit_year, year_rel = int(m["q_n"]), m["q_y2"], None
        else:
            number, explicit_year, year_rel = (MONTH_NUMBERS[m["q_mon"].lower()] - 1) // 3 + 1, None, None
        det = cmp = pre = ""
    else:
        number = ORDINALS.get((m["q_ord"] or "").lower())
        year_rel = m["q_yrel"] or m["q_yrel2"]
        explicit_year = None if year_rel else m["q_y"]
        det, cmp, pre = ((m[g] or "").lower() for g in ("q_det", "q_cmp", "q_pre"))
        if pre.isdigit():
            explicit_year = pre
        if m["q_word"].lower() == "period":
            # "the 1989 period", "the year-ago period", "the latest period"; never a bare "period"
            if not (pre and pre != "fiscal") and cmp not in ("latest", "comparable", "corresponding", "same"):
                return None
        elif number is None and not pre and not cmp and det not in ("the", "this", "that", "last", "next"):
            return None  # "a quarter of the vote"
    if not explicit_year and not year_rel and not pre and _SPORTS_CUES.search(
            ctx.text, max(0, m.start() - _SPORTS_WINDOW), m.end() + _SPORTS_WINDOW):
        return None  # "scored 12 points in the fourth quarter": a period of a game
    if explicit_year and not year_rel and number is not None:
        resolved, relative = _quarter(int(explicit_year), number), False
    else:
        ref = ctx.need_ref(Grain.QUARTER)
        focus = ctx.quarter_in_focus(m.start())
        completed = _quarter_of(_latest(_quarter_candidates(ref), ref, strict=True))
        relative = True
        if number is not None:
            year = (ref.year + {"this": 0, "last": -1, "next": 1}[year_rel.lower()]) if year_rel else None
            if year is None:
                # a quarter named without a year is the latest one that has begun
                cands = [c for c in _quarter_candidates(ref) if c[1].endswith(f"Q{number}")]
                latest = _latest(cands, ref)
                if (latest[0].end < ref and (ref - latest[0].end).days > _REPORTING_LAG_DAYS
                        and (ctx.tense(m.start(), m.end()) == "future"
                             or _OUTLOOK_FOR_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start()))):
                    # "expects second-quarter revenue" in March: the coming one (but in October
                    # "will report third-quarter results" is the quarter just closed)
                    latest = _earliest(cands, ref)
                year = _quarter_of(latest)[0]
            if pre in ("year-ago", "year-earlier"):
                year -= 1
            resolved = _quarter(year, number)
        else:
            base = focus or completed
            ended = None
            if not focus and not pre and not explicit_year and not year_rel:
                ended = _ENDED_AFTER.match(ctx.text, m.end())
            if ended:
                # "the quarter ended Sept. 30": the three months up to that day (a fiscal quarter
                # counts as the calendar quarter holding most of it); a quarter named just before
                # ("fiscal first quarter") wins, the company's numbering may differ
                base = _quarter_ended(ended, ref) or base
                ctx.last_quarter = (m.start(), *base)
            elif det in ("this",) or cmp == "current":
                base = _quarter_of(_latest(_quarter_candidates(ref), ref))
            elif det == "next":
                base = _quarter_of(_earliest(_quarter_candidates(ref), ref, strict=True))
            elif cmp in ("previous", "prior") and focus:
                # "the previous quarter" after "the first quarter": the one before that
                base = (focus[0] - (focus[1] == 1), (focus[1] - 2) % 4 + 1)
            elif det == "last" or cmp in ("previous", "prior", "past", "latest", "recent", "final"):
                base = completed
            year, q = base
            if explicit_year:
                year = int(explicit_year)
            elif year_rel:
                year = ref.year + {"this": 0, "last": -1, "next": 1}[year_rel.lower()]
            if pre in ("year-ago", "year-earlier"):
                year -= 1
            resolved = _quarter(year, q)
            if not focus and not ended and m["q_word"].lower() == "period" \
                    and cmp in ("same", "comparable", "corresponding"):
                # "the same period last year" with no quarter told: only the year is known
                resolved = _year(year)
    start = m.start()
    if m["q_det"] and not m["q_yrel2"] and ctx.text[m.start("q_word") - 1] == "-":
        # "the third-quarter results": the article belongs to the noun, not to the date
        start = m.end("q_det") + len(ctx.text[m.end("q_det"):m.start("q_word")]) \
            - len(ctx.text[m.end("q_det"):m.start("q_word")].lstrip())
    match = _date(ctx, m, resolved, relative, start=start)
    if number is not None and pre not in ("year-ago", "year-earlier"):
        if not (focus_now := ctx.quarter_in_focus(m.start())) or ctx.ref is None \
                or resolved[0].end < ctx.ref or _quarter(*focus_now)[0].end >= ctx.ref:
            # (a quarter still running after one reported on is a forecast's: "reported a
            # third-quarter loss and forecast sales for the fourth quarter. In the quarter, ...")
            ctx.last_quarter = (m.start(), *_quarter_of(resolved))
    elif number is None and not pre and not cmp and det == "the" and not ctx.quarter_in_focus(m.start()):
        ctx.last_quarter = (m.start(), *_quarter_of(resolved))  # "in the quarter ... the previous quarter"
    return match


def _h_half(ctx, m):
    """ "first-half profit": the latest such half-year that has begun (the coming one in a
    future clause), as "first-quarter" is."""
    ref = ctx.need_ref(Grain.YEAR)
    first = m["hf"].lower() == "first"
    year = ref.year
    if not first and ref.month < 7:
        year -= 1  # the second half of this year has not begun
    if first and ref.month >= 7 and ctx.tense(m.start(), m.end()) == "future":
        year += 1
    return _date(ctx, m, _part(_year(year), "first half" if first else "second half"), True)


def _h_yearago(ctx, m):
    """"year-earlier"/"year-ago" results: the quarter in focus a year before, else last year.

    "year-end" ("by year-end") is the last day of the publication year.
    """
    if m["ye"]:
        ref = ctx.need_ref(Grain.DAY)
        # "since year-end", "at year-end net was lower": the last one that has passed
        year = ref.year - 1 if ctx.tense(m.start(), m.end()) in ("since", "past") else ref.year
        return _date(ctx, m, _day(dt.date(year, 12, 31)), True)
    ref = ctx.need_ref(Grain.YEAR)
    focus = ctx.quarter_in_focus(m.start())
    if focus:
        return _date(ctx, m, _quarter(focus[0] - 1, focus[1]), True)
    return _date(ctx, m, _year(ref.year - 1), True)


def _h_mrel(ctx, m):
    """"January this year", "June last year"."""
    ref = ctx.need_ref(Grain.MONTH)
    year = ref.year + {"this": 0, "last": -1, "next": 1}[m["mr_dir"].lower()]
    return _date(ctx, m, _month(year, MONTH_NUMBERS[m["mr_mon"].lower()]), True)


def _number(words: str) -> float | None:
    """'three' -> 3, 'twenty-four' -> 24, '72' -> 72, 'a' -> 1; None for 'several'."""
    w = " ".join(words.lower().replace("-", " ").replace(",", "").split())
    if w in ("half a", "half an", "a half"):
        return 0.5
    if w in ("a quarter", "a quarter of a", "a quarter of an", "one quarter of a", "one quarter of an"):
        return 0.25
    if w in ("three quarters of a", "three quarters of an", "three quarter of an"):
        return 0.75  # "three quarters of an hour"
    for half in (" 1/2", "½", " and a half"):
        if w.endswith(half):
            whole = _number(w[: -len(half)])
            return None if whole is None else whole + 0.5
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    try:
        return float(w)
    except ValueError:
        pass
    total = 0
    for part in w.split():
        if part not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[part]
        total = total * value if value in (100, 1000) and total else total + value
    return total


def _unit_name(unit: str) -> str:
    unit = unit.lower()
    if unit.startswith("centur"):
        return "century"
    return "millennium" if unit.startswith("millenni") else unit


# How far back (characters) "a year earlier" looks for the date it counts from.
_EARLIER_ANCHOR_CHARS = 200


def _ago(ctx: _Context, m: re.Match, start: int) -> _Match:
    """"three years ago", "a year earlier": a date counted back from publication."""
    n = _number(m["dur_n"])
    if m["dur_half"] and n is not None:
        n += 0.5  # "a year and a half ago": no single period, left vague
    unit = _unit_name(m["dur_u"])
    if unit == "fortnight" and n is not None:
        n, unit = n * 2, "week"  # "a fortnight ago": two weeks back
    direction = -1 if m["ago_dir"].lower() in ("ago", "earlier", "before now") else 1
    if m["ago_dir"].lower() == "earlier" and n is not None and unit in ("day", "week", "hour", "minute", "second"):
        # "A day earlier, trucks crossed": counted back from the events just told, not from
        # publication; TimeML keeps it as the length, like "three days later"
        return _Match(start, m.end(), ClaimKind.DURATION, None, "DURATION", _duration_value(n, unit), False,
                      deadline_ok=False)
    if n is not None and n != int(n) and unit in ("decade", "century", "millennium"):
        # "half a century ago": a whole number of years
        n, unit = n * {"decade": 10, "century": 100, "millennium": 1000}[unit], "year"
    if n is None or n != int(n) or unit in ("second", "minute", "hour", "night", "weekend"):
        # "several years ago" / "a few hours ago": only vague
        value = "PAST_REF" if direction < 0 else "FUTURE_REF"
        return _Match(start, m.end(), ClaimKind.DATE, None, "DATE", value, True, deadline_ok=False)
    n = int(n) * direction
    anchor = ctx.last_date
    focus = ctx.quarter_in_focus(m.start())
    breaks = len(_BREAK.findall(ctx.text, ctx.last_date_end, start)) if anchor is not None else 0
    if (m["ago_dir"].lower() == "earlier" and unit in ("year", "month", "decade") and anchor is not None
            and anchor.grain in (Grain.DAY, Grain.MONTH, Grain.YEAR)
            and 0 <= start - ctx.last_date_end <= _EARLIER_ANCHOR_CHARS
            and (breaks == 0 or (breaks == 1 and not focus and ctx.ref is not None
                                 and anchor.end.year < ctx.ref.year))):
        # "7.7 percent in February, down from 7.9 percent a month earlier": counted back
        # from the date just named, at its grain; so in the next sentence of a story
        # told in the past ("in November 2008. Five months earlier, ...")
        if unit == "decade":
            n, unit = n * 10, "year"
        # "7.7 percent in February, down from 7.9 percent a month earlier": counted back
        # from the date just named, at its grain
        d = anchor.start + (relativedelta(years=n) if unit == "year" else relativedelta(months=n))
        if anchor.grain == Grain.DAY:
            resolved = _day(d)
        elif anchor.grain == Grain.MONTH or unit == "month":
            resolved = _month(d.year, d.month)
        else:
            resolved = _year(d.year)
        return _date(ctx, m, resolved, True, start=start)
    if unit == "year" and focus and n == -1:
        # "net income fell from $5 million a year earlier": the same quarter, a year before
        return _date(ctx, m, _quarter(focus[0] + n, focus[1]), True, start=start)
    grain = {"day": Grain.DAY, "week": Grain.WEEK, "month": Grain.MONTH}.get(unit, Grain.YEAR)
    ref = ctx.need_ref(grain)
    if unit == "day":
        resolved = _day(ref + relativedelta(days=n))
    elif unit == "week":
        resolved = _week(ref + relativedelta(weeks=n))
    elif unit in ("month", "quarter"):
        d = ref + relativedelta(months=n * (3 if unit == "quarter" else 1))
        resolved = _month(d.year, d.month)
    else:
        years = n * {"year": 1, "decade": 10, "century": 100, "millennium": 1000}[unit]
        resolved = _year(ref.year + years)
    return _date(ctx, m, resolved, True, start=start)


# Words before "a day"/"a year" that make it a real duration ("for a year").
_DURATION_CUES = frozenset(
    "for in within over than about around nearly almost only just least after another past "
    "last first next lasted lasting spent took half entire whole full following".split()
)
# "a day"/"one day"/"a second" are often idioms or ordinals; longer units rarely are.
_IDIOM_UNITS = frozenset("second minute hour day night week weekend".split())
_AFTER_A_SECOND = frozenset("ago later earlier or and before after longer too".split() + [""])
# What follows "a day" / "one day" when it is an idiom rather than a length of time.
_IDIOM_AFTER = re.compile(
    r"\s+(?:earlier|later|sooner)\s+than\b|\s*,|\s+(?:he|she|they|we|i|you|it)\b|\s+(?:or|and)\s+(?:two|another)",
    re.I,
)
_SET_CUES = frozenset(
    "once twice thrice times per hundred thousand million billion trillion percent cents dollars "
    "euros pounds yen".split()
)  # "twice a week", "$5 million a year", "3 percent a year": frequencies and rates


# The next smaller TIMEX3 unit and how many of it make one of the larger.
_SMALLER_UNIT = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7)}


# Units of unknown count that TIMEX3 writes with their own letter ("for centuries" PXC);
# "decades" stays PXY, as annotated.
_VAGUE_LONG_UNITS = {"century": "PXC", "millennium": "PXL"}


# "700 seats a week", "24 hours a day", "fifty thousand CDs a year": a count of things per unit
_COUNTED_NOUN_BEFORE = re.compile(
    rf"(?:\d|(?<![a-z]){_NUM_WORD}|thousand|million|billion|dozens|hundreds|thousands)"
    rf"(?:\s+[A-Za-z][\w-]*){{0,2}}\s+[A-Za-z][\w'-]*s\s+$"
)


def _duration_value(n: float | None, unit: str) -> str:
    letter, timeish, multiplier = DURATION_UNITS[unit]
    if n is None and unit in _VAGUE_LONG_UNITS:
        return _VAGUE_LONG_UNITS[unit]  # "centuries": TIMEX3 has letters for these (C, L)
    if n is None:
        amount = "X"
    elif letter == "Y" and n * multiplier >= 1000 and (n * multiplier) % 1000 == 0:
        return f"P{int(n * multiplier) // 1000}L"  # "two thousand years", "a millennium": TIMEX3 millennia
    else:
        total = n * multiplier
        if total != int(total):
            # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M, "1.5 days" -> P1DT12H
            whole = int(total)
            # ("half an hour" -> PT30M: no zero whole part)
            head = f"{whole}{letter}" if whole else ""
            if timeish:
                smaller, per = {"H": ("M", 60), "M": ("S", 60)}.get(letter, (None, 0))
                if smaller:
                    return f"PT{head}{round((total - whole) * per)}{smaller}"
            elif letter == "D":
                return f"P{head}T{round((total - whole) * 24)}H"
            elif letter in _SMALLER_UNIT:
                smaller, per = _SMALLER_UNIT[letter]
                return f"P{head}{round((total - whole) * per)}{smaller}"
        amount = str(int(total)) if total == int(total) else f"{total:g}"
    return f"PT{amount}{letter}" if timeish else f"P{amount}{letter}"


# What may precede a duration inside its TIMEX3: "nearly", "at least", "the past", "the first".
_DURATION_PREFIX = re.compile(
    rf"(?P<apx>{_APPROX}\s+)?(?P<det>(?:(?i:the)\s+)?(?i:past|last|next|first|coming|previous|final|following|latest|remaining)\s+"
    rf"|(?i:the)\s+)?$"
)
# Words after which "last" is the verb ("to last six weeks", "will last two days").
_VERB_LAST_BEFORE = frozenset("to will would could can may might should must 'll not also only".split())
_AGO_PREFIX = re.compile(rf"(?P<apx>{_APPROX}\s+)?$")


# "$5 a day", "3% a year" (but "in January 2014, a year after": a comma ends the amount)
_AMOUNT_BEFORE = re.compile(r"[\d%][^\w,.!?;]*$")  # (not "in 2005. A year later")
# "twice a week", "three times a year": TIMEX3 keeps the count of a set in its extent (freq)
_FREQUENCY_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?i:once|twice|thrice)|(?:\d+|{_NUM_WORD}|(?i:several|many))\s+(?i:times))\s+$"
)
# The lower bound of a range right before a duration: "two to" three weeks, "12-" 18 months.
_RANGE_BEFORE = re.compile(
    rf"(?<![\w$.,-])(?P<lo>\d+(?:\.\d+)?|{_NUM_WORD}(?:-{_NUM_WORD})?)\s*(?:(?i:to|or)\s+|-|–)\s*$"
)


# Nouns that name a stretch of time after a compound length ("a two-year period").
_PERIOD_NOUN_AFTER = re.compile(r"\s+(?i:period|term|span|stretch|spell)(?![\w-])")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?i:an?)\s+$")


def _h_dur(ctx, m):
    """Durations ("three years", "the past two months"), ages, rates ("$5 a day") and "N units ago"."""
    if m["ago_dir"]:
        prefix = _AGO_PREFIX.search(ctx.text, max(0, m.start() - 16), m.start())
        return _ago(ctx, m, prefix.start() if prefix.group() else m.start())
    number_text = m["dur_n"].lower()
    n = _number(number_text)
    if m["dur_half"] and n is not None:
        n += 0.5  # "a minute and a half", "two years and a half"
    start = m.start()
    low = None
    if not m["dur_old"] and n is not None:
        # "two to three weeks", "12 to 18 months": one TIMEX3 valued at its lower bound
        rng = _RANGE_BEFORE.search(ctx.text, max(0, start - 24), start)
        if rng:
            low = _number(rng["lo"])
            if low is not None and 0 < low < n:
                start = rng.start()
            else:
                low = None
    prefix = _DURATION_PREFIX.search(ctx.text, max(0, start - 32), start)
    if prefix["det"] and prefix["det"].lower().strip() == "last" and not prefix["apx"] \
            and ctx.prev_word(prefix.start()) in _VERB_LAST_BEFORE:
        # "expected to last six weeks": the verb, not "the last six weeks"
        prefix = _DURATION_PREFIX.search(ctx.text, prefix.end("det"), start)
    det, apx = prefix["det"], prefix["apx"]
    unit = _unit_name(m["dur_u"])
    plural = ctx.text[m.end("dur_u"):m.end("dur_u") + 1].lower() in ("s", "i")
    if not det and not apx and " ".join(number_text.split()) in ("a", "an", "one", "some", "many", "few"):
        previous = ctx.prev_word(start)
        after_amount = _AMOUNT_BEFORE.search(ctx.text, max(0, start - 4), start)
        if number_text in ("a", "an") and (previous in _SET_CUES or after_amount or (
                previous.endswith("s") and previous not in _DURATION_CUES
                and _COUNTED_NOUN_BEFORE.search(ctx.text, max(0, start - 40), start))):
            # "twice a week", "$5 a day": a frequency
            freq = _FREQUENCY_BEFORE.search(ctx.text, max(0, start - 24), start)
            return _Match(freq.start() if freq else start, m.end(), ClaimKind.DURATION, None, "SET",
                          _duration_value(1, unit), False, deadline_ok=False)
        if unit in _IDIOM_UNITS and previous not in _DURATION_CUES and not m["dur_old"] \
                and not m["dur_sep"].startswith("-") \
                and (_IDIOM_AFTER.match(ctx.text, m.end()) or (number_text == "one" and unit == "day")):
            return None  # "a day earlier than planned", "one day, he will"; but "a one-day trip"
        if unit == "second" and not plural and ctx.next_word(m.end()).lower() not in _AFTER_A_SECOND:
            return None  # "a second term": the ordinal
    if number_text in ("a", "an") and plural:
        return None  # "a years-long dispute"
    if m["dur_sep"].startswith("-") and plural:
        return None  # "two-days" is not English; probably a range or list
    if number_text[:1].isdigit() and n != 1 and not plural and m["dur_sep"].strip() == "":
        return None  # "the 1988 second quarter": a number before a singular unit is not a count
    if unit == "quarter" and not det and number_text in ("a", "an"):
        return None  # "a quarter of the vote"
    end = m.end()
    period = None
    if m["dur_sep"].startswith("-") and not plural and not m["dur_old"]:
        # "a three-year period", "its one-year term": the noun names the stretch itself
        period = _PERIOD_NOUN_AFTER.match(ctx.text, end)
        if period:
            end = period.end()
    if period and not prefix.group():
        article = _ARTICLE_BEFORE.search(ctx.text, max(0, start - 6), start)
        if article:
            start = article.start()
    elif prefix.group() and (period or not (m["dur_sep"].startswith("-") and det and det.lower().strip() == "the")):
        start = prefix.start()  # but "the three-year-old conflict": the article modifies the noun
    if number_text in ("a", "an") and m["dur_old"] and m["dur_old"].lower() == "-long":
        start = m.start("dur_u")  # "a week-long break": the adjective, not its article
    value = _duration_value(n if low is None else low, unit)
    if not m["dur_sep"].startswith("-") and not m["dur_half"] and low is None:
        end, value = _compound_duration(ctx, end, n, unit, value)
    return _Match(start, end, ClaimKind.DURATION, None, "DURATION", value, False, deadline_ok=False)


# "three hours and 21 minutes", "two years, three months": the smaller unit that may follow a length
_NEXT_UNIT = {"year": "month", "month": "day", "week": "day", "day": "hour", "hour": "minute", "minute": "second"}
_SMALLER_AFTER = re.compile(
    rf"(?:(?:\s+(?i:and)|,)\s+(?P<n2>\d+|{_NUM_WORD}(?:-{_NUM_WORD})?)"
    # a race time written without "and": "2 hours 4 minutes", "27 minutes 21 seconds"
    rf"|\s+(?P<n2d>\d+))\s+{_UNIT.format('u2')}"
)


def _compound_duration(ctx: _Context, end: int, n: float | None, unit: str, value: str) -> tuple[int, str]:
    """Join "three hours" and "21 minutes" (and "3 seconds") into one TIMEX3 (PT3H21M3S);
    with nothing to join, (end, value) come back unchanged."""
    if n is None or n != int(n):
        return end, value
    while (more := _SMALLER_AFTER.match(ctx.text, end)) is not None \
            and _NEXT_UNIT.get(unit) == _unit_name(more["u2"]):
        n2 = _number(more["n2"] or more["n2d"])
        if n2 is None or n2 != int(n2) or n2 == 0:
            break
        unit = _NEXT_UNIT[unit]
        second = _duration_value(n2, unit)
        if "T" in value or "T" not in second:
            value += second[2 if "T" in second else 1:]  # PT3H + PT21M, P2Y + P3M
        else:
            value += second[1:]  # P1D + PT6H
        end = more.end()
    return end, value


def _season_ref(ctx: _Context, direction: str | None, name: str, year: str | None,
                start: int, end: int) -> tuple[Resolved, bool]:
    code = SEASONS[name.lower()][0]
    if year:
        return _season(int(year), code), False
    ref = ctx.need_ref(Grain.SEASON)
    cands = [_season(y, code) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
    words = (direction or "").lower().split()
    direction = words[-1] if words else ""  # "this past summer" = last summer
    if direction in ("last", "past", "previous"):
        return _latest(cands, ref, strict=True), True
    if direction in ("next", "coming", "following"):
        return _earliest(cands, ref, strict=True), True
    if direction in ("this", "current"):
        if code != "WI":
            # "this fall" said in March is the coming one: the season of this calendar year
            return cands[2], True
        return _nearest(cands, ref), True
    return _by_tense(cands, ref, ctx.tense(start, end)), True


# Prepositions that make "the next decade" a stretch of time rather than a calendar decade
_STRETCH_CUES = frozenset("over for within during throughout".split())


def _h_rel(ctx, m):
    if m["rel_we"]:
        # "the weekend": the one around publication that fits the tense
        ref = ctx.need_ref(Grain.PART)
        cands = [_weekend(ref + relativedelta(weeks=k)) for k in (-1, 0, 1)]
        tense = ctx.tense(m.start(), m.end())
        if tense in ("past", "past?", "since"):
            resolved = _latest(cands, ref, strict=ref.weekday() < 5)
        elif tense == "future":
            resolved = _earliest(cands, ref)
        else:
            resolved = _nearest(cands, ref)
        return _date(ctx, m, resolved, True)
    if m["rel_unit"] and m["rel_unit"][:1].isupper() and m["rel_dir"][:1].isupper() \
            and not _SENTENCE_START.search(ctx.text, max(0, m.start() - 4), m.start()):
        return None  # a title in running text: "ABC's This Week"
    # "this past weekend" = last weekend, "this coming week" = next week
    direction = m["rel_dir"].lower().split()[-1]
    if direction == "next" and m["rel_unit"] and m.group().lower().startswith("the") \
            and ctx.last_date is not None and ctx.ref is not None and ctx.last_date.end < ctx.ref \
            and ctx.tense(m.start(), m.end()) == "past":
        direction = "following"  # "founded in 1998 and went public the next year": 1999
    if direction in ("following", "previous") and m.group().lower().startswith("the"):
        # "the previous Friday", "the following weekend": counted from the date the story is
        # about (the last one named), not from publication
        step = 1 if direction == "following" else -1
        anchor = _anchor(ctx, step)
        if anchor is not None and m["rel_wd"]:
            target = WEEKDAY_NUMBERS[m["rel_wd"].lower()]
            day = anchor.start if step < 0 else anchor.end
            if step < 0:
                d = day - relativedelta(days=(day.weekday() - target - 1) % 7 + 1)
            else:
                d = day + relativedelta(days=(target - day.weekday() - 1) % 7 + 1)
            return _date(ctx, m, _day(d), True)
        if anchor is not None and m["rel_unit"]:
            return _date(ctx, m, _shifted(anchor, m["rel_unit"].lower(), step), True)
        if anchor is not None and m["rel_season"]:
            # "in 1990 ... the following spring": the first such season after that date
            code = SEASONS[m["rel_season"].lower()][0]
            cands = [_season(y, code) for y in range(anchor.start.year - 1, anchor.end.year + 2)]
            if step > 0:
                resolved = min((c for c in cands if c[0].start > anchor.end), key=lambda c: c[0].start)
            else:
                resolved = max((c for c in cands if c[0].end < anchor.start), key=lambda c: c[0].start)
            return _date(ctx, m, resolved, True)
        grain = Grain.DAY if m["rel_wd"] else Grain.YEAR
        return _Match(m.start(), m.end(), ClaimKind.DATE, None, "DATE", _UNRESOLVED_VALUES[grain], True)
    backwards = direction in ("last", "past", "previous")
    forwards = direction in ("next", "coming", "following")
    if m["rel_unit"] and m["rel_unit"].lower() == "fortnight":
        # "the past fortnight": two weeks up to (or from) now; no calendar has fortnights
        return _Match(m.start(), m.end(), ClaimKind.DURATION, None, "DURATION",
                      _duration_value(1, "fortnight"), False, deadline_ok=False)
    if m["rel_unit"]:
        if direction == "current" and m["rel_unit"].lower() == "weekend":
            return None
        if m["rel_unit"].lower() in ("decade", "century") and not m["rel_pre"] and (backwards or (
                forwards and ctx.prev_word(m.start()) in _STRETCH_CUES)):
            # "the past decade", "over the next decade": the ten years up to / from now, not a
            # calendar decade ("in the next decade" stays the 2020s)
            return _Match(m.start(), m.end(), ClaimKind.DURATION, None, "DURATION",
                          _duration_value(1, m["rel_unit"].lower()), False, deadline_ok=False)
        resolved = _unit_ref(ctx, direction, m["rel_unit"])
        unit_word = m["rel_unit"].lower()
        if direction == "this" and unit_word in ("week", "weekend") and ctx.ref is not None:
            weekday = ctx.ref.weekday()
            if unit_word == "week" and weekday == 6 and ctx.tense(m.start(), m.end()) == "future":
                resolved = _unit_ref(ctx, "next", "week")  # "this week, the Fed will meet" on a Sunday
            elif unit_word == "weekend" and weekday <= 1 and ctx.tense(m.start(), m.end()) in ("past", "past?"):
                resolved = _unit_ref(ctx, "last", "weekend")  # "clashed this weekend" on a Monday
        if m["rel_pre"] and direction == "this":
            # "earlier this month" = [first day, publication]; "later this year" = [publication, last day]
            iv, value = resolved
            ref = ctx.ref
            if m["rel_pre"].lower().startswith("earlier"):
                iv = DateInterval(iv.start, max(iv.start, ref), Grain.PART)
            else:
                iv = DateInterval(min(iv.end, ref), iv.end, Grain.PART)
            resolved = (iv, value)
        elif m["rel_pre"]:
            return None  # "earlier last year": let the shorter reading match
        return _date(ctx, m, resolved, True)
    if m["rel_wd"]:
        ref = ctx.need_ref(Grain.DAY)
        target = WEEKDAY_NUMBERS[m["rel_wd"].lower()]
        if backwards:
            d = ref - relativedelta(days=(ref.weekday() - target - 1) % 7 + 1)
        elif forwards:
            d = ref + relativedelta(days=(target - ref.weekday() - 1) % 7 + 1)
        else:  # "this Friday": the one in the publication week
            d = ref + relativedelta(days=target - ref.weekday())
            if d < ref and ctx.tense(m.start(), m.end()) in ("future", "present"):
                d += relativedelta(weeks=1)  # "will announce the results this Monday": the coming one
        interval, value = _day(d)
        if m["rel_tod"]:  # "last Friday night": a time of that day
            return _date(ctx, m, (interval, f"{value}T{TIMES_OF_DAY[m['rel_tod'].lower()]}"), True,
                         timex_type="TIME")
        return _date(ctx, m, (interval, value), True)
    if m["rel_mon"]:
        if direction in ("current",):
            return None
        ref = ctx.need_ref(Grain.MONTH)
        month = MONTH_NUMBERS[m["rel_mon"].lower()]
        cands = [_month(y, month) for y in (ref.year - 1, ref.year, ref.year + 1)]
        if backwards:
            resolved = _latest(cands, ref, strict=True)
        elif forwards:
            resolved = _earliest(cands, ref, strict=True)
        else:
            resolved = _month(ref.year, month)
        return _date(ctx, m, resolved, True)
    resolved, relative = _season_ref(ctx, direction, m["rel_season"], None, m.start(), m.end())
    return _date(ctx, m, resolved, relative)


def _anchor(ctx: _Context, step: int) -> DateInterval | None:
    """The date an anaphoric expression counts from: the last one named, else (for "the
    following"/"the previous", ``step`` != 0) the day of publication."""
    if ctx.last_date is not None:
        return ctx.last_date
    if step and ctx.ref is not None:
        return DateInterval(ctx.ref, ctx.ref, Grain.DAY)
    return None


def _shifted(anchor: DateInterval, unit: str, step: int) -> Resolved:
    """The ``unit`` holding ``anchor``'s first day, moved by ``step`` units ("the following year")."""
    d = anchor.start
    if unit == "day":
        return _day(d + relativedelta(days=step))
    if unit == "week":
        return _week(d + relativedelta(weeks=step))
    if unit == "weekend":
        return _weekend(d + relativedelta(weeks=step))
    if unit == "month":
        d += relativedelta(months=step)
        return _month(d.year, d.month)
    if unit == "decade":
        return _decade(d.year + 10 * step)
    if unit == "century":
        return _century(d.year + 100 * step)
    return _year(d.year + step)


_ANA_GRAINS = {"year": Grain.YEAR, "month": Grain.MONTH, "week": Grain.WEEK}


def _anaphoric_month(ctx: _Context, m: re.Match, month: int, step: int) -> _Match:
    """"that July", "July of that year" (the year of the date last named), "the
    following September", "the previous March" (the next or last such month from it)."""
    anchor = ctx.last_date
    if anchor is None:
        if ctx.ref is None:
            return _Match(m.start(), m.end(), ClaimKind.DATE, None, "DATE", "XXXX-XX", True)
        anchor = DateInterval(ctx.ref, ctx.ref, Grain.DAY)
    if step == 0:
        year = anchor.start.year
    elif step > 0:
        year = anchor.end.year + (month <= anchor.end.month)
    else:
        year = anchor.start.year - (month >= anchor.start.month)
    return _date(ctx, m, _month(year, month), True)


def _h_ana(ctx, m):
    """"that year", "later that day", "the same day", "the next morning", "the previous month".

    These point at the date the story is about, taken to be the last one named
    before them; with none, they stay unresolved (TIMEX3 "XXXX").
    """
    step = 0 if m["an_that"] else (-1 if m["an_dir"].lower() in ("previous", "preceding", "prior") else 1)
    if m["an_mon"]:
        return _anaphoric_month(ctx, m, MONTH_NUMBERS[m["an_mon"].lower()], step)
    unit = m["an_u"].lower()
    tod = TIMES_OF_DAY.get(unit)
    anchor = _anchor(ctx, step)
    if anchor is None or (anchor.grain != Grain.DAY and unit not in _ANA_GRAINS):
        if anchor is not None and anchor.grain == Grain.MONTH:
            # "that same day" after "in October 1998": the month is known, the day is not
            value = f"{anchor.start.year:04d}-{anchor.start.month:02d}-XX"
        else:
            value = _UNRESOLVED_VALUES[_ANA_GRAINS.get(unit, Grain.DAY)]
        return _Match(m.start(), m.end(), ClaimKind.DATE, None, "TIME" if tod else "DATE",
                      value + (f"T{tod}" if tod else ""), True)
    resolved = _shifted(anchor, "day" if tod else unit, step)
    if tod:
        return _date(ctx, m, (resolved[0], f"{resolved[1]}T{tod}"), True, timex_type="TIME")
    return _date(ctx, m, resolved, True)


# "for the year", "the first nine months of the year", "during the week": the period reported on
_THE_PERIOD_CUES = frozenset("for of during throughout through over in".split())


def _reported_year(ctx: _Context, pos: int, end: int | None = None) -> int:
    """The year "for the year" / "the full year" reports on: that of the quarter just
    discussed (fourth-quarter results published in February close the year before),
    else the year of publication (but a full year told in the past early in the year,
    "full-year profit fell" in March, is the year before)."""
    focus = ctx.quarter_in_focus(pos)
    if focus:
        return focus[0]
    ref = ctx.need_ref(Grain.YEAR)
    if end is not None and ref.month <= 3 and ctx.tense(pos, end) in ("past", "past?"):
        return ref.year - 1
    return ref.year


def _h_inthe(ctx, m):
    """"later in the day" (the day the story is about), "earlier in the year", "the full year".

    "For the year" / "the full year" in a report are the year of the quarter just discussed,
    else of publication (``_reported_year``); "for the week" is the week of the day just named.
    """
    if m["it_the"]:
        if ctx.prev_word(m.start()) not in _THE_PERIOD_CUES and not ctx.text.startswith(("'s", "’s"), m.end()):
            return None  # "the year he was born"
        if m["it_fy"] and m["it_the"].lower() == "week":
            return None
        if m["it_the"].lower() == "week":
            day = ctx.last_day[1] if ctx.last_day else ctx.need_ref(Grain.WEEK)
            return _date(ctx, m, _week(day), True)
        if m["it_the"].lower() == "month":
            # "a surplus of $15 billion for the month": the month just reported on, else this one
            if ctx.last_date is not None and ctx.last_date.grain == Grain.MONTH:
                return _date(ctx, m, _month(ctx.last_date.start.year, ctx.last_date.start.month), True)
            ref = ctx.need_ref(Grain.MONTH)
            return _date(ctx, m, _month(ref.year, ref.month), True)
        return _date(ctx, m, _year(_reported_year(ctx, m.start())), True)
    if m["it_full"]:
        return _date(ctx, m, _year(_reported_year(ctx, m.start(), m.end())), True)
    unit = m["it_u"].lower()
    if unit == "day":
        ref = ctx.last_day[1] if ctx.last_day else ctx.need_ref(Grain.DAY)
        return _date(ctx, m, _day(ref), True)
    resolved = _unit_ref(ctx, "this", unit)
    if m["it_pre"]:
        iv, value = resolved
        ref = ctx.ref
        if m["it_pre"].lower() == "earlier":
            iv = DateInterval(iv.start, max(iv.start, ref), Grain.PART)
        else:
            iv = DateInterval(min(iv.end, ref), iv.end, Grain.PART)
        resolved = (iv, value)
    return _date(ctx, m, resolved, True)


def _spelled_number(words: list[str]) -> int | None:
    total = 0
    for w in words:
        if w not in NUMBER_WORDS or w in ("a", "an", "hundred"):
            return None
        total += NUMBER_WORDS[w]
    return total


def _spelled_year(phrase: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'nineteen oh five' -> 1905, 'two thousand and one' -> 2001."""
    words = [w for w in re.split(r"[\s-]+", phrase.lower()) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = _spelled_number(words[2:]) if words[2:] else 0
        return None if rest is None else 2000 + rest
    century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[words[0]]
    rest = words[1:]
    if rest == ["hundred"]:
        return century
    if rest[:1] == ["oh"]:
        rest = rest[1:]
    n = _spelled_number(rest)
    return None if n is None or n > 99 else century + n


def _h_yrange(ctx, m):
    first = int(m["yr1"])
    if int(m["yr2"]) != (first + 1) % 100:
        return None  # "2011-12" is a season only when the years follow each other
    interval = DateInterval(dt.date(first, 1, 1), dt.date(first + 1, 12, 31), Grain.YEAR)
    return _date(ctx, m, (interval, f"{first:04d}"), False)


def _h_spyear(ctx, m):
    year = _spelled_year(m["sy"])
    if year is None:
        return None
    if not (m["sy_the"] or m["sy_mon"] or m["sy_season"]) and not m["sy"].lower().startswith(("nineteen", "eighteen")):
        # "two thousand", "twenty twelve" are also counts: only after a year cue ("in two thousand and one")
        nxt = ctx.next_word(m.end())
        if ctx.prev_word(m.start()) not in _YEAR_CUES or (
                ctx.text[m.end():m.end() + 1] == " " and nxt.islower() and nxt not in _AFTER_YEAR_OK):
            return None
    if m["sy_mon"]:
        month = MONTH_NUMBERS[m["sy_mon"].lower()]
        if m["sy_day"]:
            try:
                return _date(ctx, m, _day(dt.date(year, month, int(m["sy_day"]))), False)
            except ValueError:
                return None
        return _date(ctx, m, _month(year, month), False)
    if m["sy_season"]:
        return _date(ctx, m, _season(year, SEASONS[m["sy_season"].lower()][0]), False)
    return _date(ctx, m, _year(year), False)


_PLURAL_CUES = frozenset("for in within over take takes took taking last lasted lasting spent".split())


# "days after the shooting", "Weeks later": an unknown stretch between two events
# (not after a quantifier or "of": "a matter of days before")
_ORDERING_AFTER = re.compile(r"\s+(?i:after|before|later|earlier)\b")
_QUANTIFIERS = frozenset("many few several some most all those these more other of".split())
# "over the years", "in the months that followed"
_THE_PLURAL_CUES = frozenset("over through throughout during for in".split())
# "months of talks", "years of war": a stretch of time spent on something
_OF_NOUN_AFTER = re.compile(r"\s+of\s+[a-z]")


_PLURAL_OR_AFTER = re.compile(rf"\s+(?i:or|to)\s+(?:(?i:even|perhaps|possibly)\s+)?{_PLURAL_UNIT}")


def _h_plural(ctx, m):
    """"for years", "recent months": durations of unknown length (PXY, PXM).

    "recent years" and "the coming weeks" are vague past / future references instead.
    """
    if m["pl_one"]:
        # "a day-long meeting", "his year-long campaign"
        return _Match(m.start(), m.end(), ClaimKind.DURATION, None, "DURATION",
                      _duration_value(1, m["pl_one"].lower()), False, deadline_ok=False)
    det = (m["pl_det"] or "").lower().split()
    unit = _unit_name(m["pl_u"]).rstrip("s")
    previous = ctx.prev_word(m.start())
    if m["pl_ago"]:
        if det:
            return None
        # "just months ago": some time back, a vague past reference
        return _Match(m.start(), m.end(), ClaimKind.DATE, None, "DATE", "PAST_REF", True, deadline_ok=False)
    if det and det[-1] == "early" and unit in ("hour", "minute"):
        return None  # "the early hours of Thursday": a part of the day, not a stretch
    if m["pl_ahead"] or (det and det[-1] in ("first", "early")):
        # "the weeks ahead", "the first hours of the war", "the early years": stretches of unknown length
        if m["pl_adj"] or (not det and previous in _DETERMINERS):
            return None
        return _Match(m.start(), m.end(), ClaimKind.DURATION, None, "DURATION", _duration_value(None, unit), False,
                      deadline_ok=False)
    if det == ["the"]:
        if m["pl_adj"] or previous not in _THE_PLURAL_CUES:
            return None  # "the years of war"; but "over the years"
        return _Match(m.start(), m.end(), ClaimKind.DURATION, None, "DURATION", _duration_value(None, unit), False,
                      deadline_ok=False)
    if not det and not m["pl_adj"] and previous not in _PLURAL_CUES and not (
            previous not in _DETERMINERS and _OF_NOUN_AFTER.match(ctx.text, m.end())) and not (
            previous not in _DETERMINERS and previous not in _QUANTIFIERS
            and _ORDERING_AFTER.match(ctx.text, m.end())):
        return None  # "for years", "months of talks" and "decades-long" are durations; a bare "years" is not
    if det and (unit == "year" or det[-1] != "recent"):
        # "recent years", "the coming weeks": vague past / future references
        value = "PAST_REF" if det[-1] in ("recent", "past", "last") else "FUTURE_REF"
        return _Match(m.start(), m.end(), ClaimKind.DATE, None, "DATE", value, True, deadline_ok=False)
    # "for years", "in recent months": a stretch of unknown length; "within weeks or months" is one
    more = _PLURAL_OR_AFTER.match(ctx.text, m.end()) if not m["pl_adj"] else None
    return _Match(m.start(), more.end() if more else m.end(), ClaimKind.DURATION, None, "DURATION",
                  _duration_value(None, unit), False, deadline_ok=False)


def _h_period(ctx, m):
    return _Match(m.start(), m.end(), ClaimKind.DURATION, None, "DURATION",
                  _duration_value(1, m["per_u"].lower()), False, deadline_ok=False)


# "the fall" is autumn only after these, and not before words that make it a drop.
_FALL_CUES = frozenset("in during until till by through early late mid throughout".split())
_FALL_AS_DROP_AFTER = frozenset("in to from of was is has had and".split())
_SEASON_CUES = frozenset(
    "in during since until till by over through before after from early late mid into throughout".split()
)


def _h_season(ctx, m):
    name = m["s_name"].lower()
    if not m["s_y"] and not m["s_the"]:
        return None  # bare "spring"/"fall" are usually not dates
    if not m["s_y"] and ctx.prev_word(m.start()) not in _SEASON_CUES:
        return None  # "the spring in his step"; "in the spring" is a date
    if name == "fall" and not m["s_y"] and (ctx.prev_word(m.start()) not in _FALL_CUES
                                            or ctx.next_word(m.end()).lower() in _FALL_AS_DROP_AFTER):
        return None  # "after the fall in prices", "since the fall to $80": a drop, not autumn
    if m["s_the"] and not m["s_y"] and ctx.next_word(m.end()).lower() == "of":
        return None
    resolved, relative = _season_ref(ctx, None, name, m["s_y"], m.start(), m.end())
    return _date(ctx, m, resolved, relative)


def _h_fiscal(ctx, m):
    year = m["fy"].lstrip("'")
    if len(year) == 2:
        ref_year = ctx.ref.year if ctx.ref else 2000
        century = ref_year - ref_year % 100
        full = century + int(year)
        year = str(full - 100 if full > ref_year + 20 else full)
    return _date(ctx, m, _year(int(year)), False)


def _short_decade(ctx: _Context, digit: str) -> Resolved:
    """"'90s": the latest such decade that has begun by publication."""
    ref_year = ctx.need_ref(Grain.DECADE).year
    year = ref_year - ref_year % 100 + int(digit) * 10
    return _decade(year - 100 if year > ref_year else year)


_DECADE_WORDS = {"twenties": "2", "thirties": "3", "forties": "4", "fifties": "5", "sixties": "6",
                 "seventies": "7", "eighties": "8", "nineties": "9"}


def _h_decade(ctx, m):
    if m["dec_w"]:
        # "the nineties" (but "in his fifties" is an age and has no "the")
        return _date(ctx, m, _short_decade(ctx, _DECADE_WORDS[m["dec_w"].lower()]), True)
    if m["dec_y"]:
        return _date(ctx, m, _decade_or_hundreds(int(m["dec_y"]) * 10), False)
    return _date(ctx, m, _short_decade(ctx, m["dec_s"]), True)


def _h_century(ctx, m):
    return _date(ctx, m, _century((int(m["c_n"]) - 1) * 100), False)


_POSSESSIVE_FUTURE_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:will|is\s+(?:expected|set|due|scheduled|likely)|"
    r"are\s+(?:expected|set|due|scheduled|likely))\b")


def _weekday_date(ctx: _Context, weekday: str, start: int, end: int, tense: str | None = None) -> dt.date:
    """A bare weekday: most recent in the past, next one in the future, else nearest.

    On the publication weekday the publication day itself is meant ("the minister
    gave assurances Tuesday", "the envoy flies to Vienna on Tuesday" in a Tuesday
    paper): in TimeBank/AQUAINT every such weekday, future clauses included, is
    the day of publication. A possessive weekday ("Wednesday's ruling") names an
    event already reported, so it is the latest such day.
    """
    ref = ctx.need_ref(Grain.DAY)
    target = WEEKDAY_NUMBERS[weekday.lower()]
    tense = tense or ctx.tense(start, end)
    back = (ref.weekday() - target) % 7  # days since the latest such day (0 = today)
    if back == 0:
        # news reports name the day of publication by its weekday, whatever the tense
        # ("said Tuesday", "will travel on Tuesday" in a Tuesday paper); a week ahead
        # needs "next Tuesday"
        return ref
    if ctx.text.startswith(("'s", "’s"), end):
        if tense not in ("past", "since") and (_AWAITING_BEFORE.search(ctx.text, max(0, start - 70), start)
                                               or _DEADLINE_AFTER.match(ctx.text, end + 2)):
            tense = "future"  # "comes ahead of Monday's vote", "Monday's deadline": still to come
        elif _POSSESSIVE_FUTURE_AFTER.match(ctx.text, end):
            tense = "future"  # "Sunday's election will be closely watched": the subject of a future
        else:
            tense = "past"  # "Wednesday's ruling": an event already reported
    if tense == "past?" and ctx.forward_cue(start, end) and (back == 6 or 2 * (7 - back) < back):
        # "has given them until Tuesday" (a Monday paper): a past act about a coming day; an
        # "-ed" guess alone turns only to the next day ("headed Tuesday" in wire copy dated
        # Monday), as "dumped snow on Sunday" in a Friday paper is the Sunday before
        return ref + relativedelta(days=7 - back)
    if tense in ("past", "past?", "since"):
        return ref - relativedelta(days=back)
    if tense in ("future", "present"):  # "the vote is Monday": a schedule
        return ref + relativedelta(days=7 - back)
    # unclear: news mostly reports what happened, so lean to the past
    return ref - relativedelta(days=back) if back <= 4 else ref + relativedelta(days=7 - back)


# How far (characters) after a named day a bare clock time still belongs to it.
_CLOCK_DAY_CHARS = 250
_CLOCK_AFTER_DAY = re.compile(r",?\s+(?:(?i:at|from|around|about|before|after|until|till|by)\s+)?")


# "10:35 a.m. (0735 GMT) Friday": a weekday right after a bracketed aside
_DAY_AFTER_TIME_RANGE = re.compile(
    rf"\s*(?:-|–|(?i:and|to|until|till))\s*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?i:a\.m\.?|p\.m\.?|am|pm)"
    rf"(?:\s+[ECMP][SD]?T|\s+GMT|\s+(?i:local\s+time))?,?\s+(?:(?i:on)\s+)?(?P<day>{_WEEKDAY})\b")
_DAY_AFTER_ASIDE = re.compile(rf"\s*\((?:[^()\n]{{1,30}}\)\s*,?\s*(?:(?i:on)\s+)?(?P<day>{_WEEKDAY})\b"
                              rf"|[^()\n]{{0,30}}\s(?P<day2>{_WEEKDAY})\))")


_CLOCK_CUES = frozenset("at by until till around about before after from since to".split())


def _h_clock(ctx, m):
    if m["cl_word"] and m.group()[:1].isalpha() and ctx.prev_word(m.start()) == "high":
        return None  # "high noon": the idiom (and the film)
    if m["cl_word"]:
        # TIMEX3 writes midnight at the end of its day as T24:00
        hour, minute = (24, 0) if m["cl_word"].lower() == "midnight" else (12, 0)
    elif m["cl_mil"]:
        # "0630 GMT", "14:30 UTC": wire services give world time on a 24-hour clock;
        # "10:35 a.m. (0735 GMT)" restates the local time just given
        if re.search(r"(?i:[ap]\.?m\.?|[ECMP][SD]T)\s*\($", ctx.text[max(0, m.start() - 12):m.start()]):
            return None
        hour, minute = int(m["cl_mil"][:2]), int(m["cl_mil"][-2:])
    elif m["cl_24"]:
        if ctx.prev_word(m.start()) not in _CLOCK_CUES:
            return None  # "won 10:15", "a 2:30 ratio": only "at 10:15" is surely a time
        hour, minute = (int(part) for part in m["cl_24"].split(":"))
    elif m["cl_h2"]:
        # "at 4 in the morning", "until 7:30 in the evening" (but "3 in the morning papers")
        if ctx.prev_word(m.start()) not in _CLOCK_CUES:
            return None
        hour, minute = int(m["cl_h2"]) % 12, int(m["cl_m2"] or 0)
        if m["cl_night"]:
            if hour >= 6:
                hour += 12  # "10 at night" (but "2 at night" is early morning)
        elif m["cl_part"].lower() != "morning":
            hour += 12
    else:
        hour, minute = int(m["cl_h"]), int(m["cl_m"] or 0)
        if hour > 12 or hour == 0 or ctx.text[max(0, m.start() - 1):m.start()] in ("$", "€", "£", "¥"):
            return None  # "$5.30 pm" is a price
        pm = m["cl_ap"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    day_word = (m["cl_day"] or "").lower()
    ref = ctx.need_ref(Grain.DAY)
    if m["cl_mon"] or m["cl_mon2"]:
        weekday = m["cl_wd"] or m["cl_wd2"]
        weekday = weekday.rstrip(", \n") if weekday else None  # "9 a.m. Thursday, March 21"
        month = MONTH_NUMBERS[(m["cl_mon"] or m["cl_mon2"]).rstrip(".").lower()]
        day = _month_day(ctx, m, month, _int(m["cl_md"] or m["cl_dm"]), m["cl_my"] or m["cl_my2"],
                         weekday)
        if day is None:
            return None
        d = day.resolved.start
    elif day_word in WEEKDAY_NUMBERS:
        d = _weekday_date(ctx, day_word, m.start(), m.end())
    elif day_word:
        d = ref + relativedelta(days={"yesterday": -1, "tomorrow": 1}.get(day_word.split()[0], 0)
                                - (day_word.startswith("last")))  # "7.15pm last night"
    elif (holiday := _HOLIDAY_AFTER_CLOCK.match(ctx.text, m.end())) is not None:
        # "at 3 p.m. on Christmas Eve": the holiday's day (it stays a date of its own)
        d = _holiday_resolved(ctx, holiday["hol"], holiday.start("hol"), holiday.end(), None)[0].start
    elif ctx.last_day and (_CLOCK_AFTER_DAY.fullmatch(ctx.text, ctx.last_day[0], m.start())
                           or (0 <= m.start() - ctx.last_day[0] <= _CLOCK_DAY_CHARS
                               and "\n\n" not in ctx.text[ctx.last_day[0]:m.start()]
                               and not (ctx.last_day[1] > ref
                                        and ctx.tense(m.start(), m.end()) in ("past", "past?")))):
        # "Monday at 5 p.m.", "bombs exploded on Monday. The first went off at 2:49 p.m.":
        # the day just named (a year or month named since is background: "the worst
        # storm since 1999. It touched down at 2:56 p.m."; a coming day named before a
        # past clause is not: "meets on May 1. Stocks rose after the 2 p.m. statement")
        d = ctx.last_day[1]
        if ctx.last_clock is not None and ctx.last_clock[1] == d and hour < ctx.last_clock[2] \
                and _UNTIL_LINK_BEFORE.search(ctx.text, ctx.last_clock[0], m.start()) \
                and not _BREAK.search(ctx.text, ctx.last_clock[0], m.start()):
            d += relativedelta(days=1)  # "began at 9 p.m. Wednesday and ended at 2 a.m.": the next day
    elif (later := _DAY_AFTER_ASIDE.match(ctx.text, m.end())) is not None:
        # "at 10:35 a.m. (0735 GMT) Friday": the day comes after the aside
        d = _weekday_date(ctx, (later["day"] or later["day2"]).lower(), m.start(), later.end())
    elif (pair := _DAY_AFTER_TIME_RANGE.match(ctx.text, m.end())) is not None:
        # "between 2 a.m. and 3 a.m. on Sunday", "from 6 a.m. to 6 p.m. Friday": the day
        # named after the range's second time holds its first too
        d = _weekday_date(ctx, pair["day"].lower(), m.start(), pair.end())
    elif hour == 24 and ctx.tense(m.start(), m.end()) in ("past", "past?", "since"):
        d = ref - relativedelta(days=1)  # "shut down at midnight": the night that ended the day before
    else:
        d = ref  # a bare clock time in a news story is on the day of publication
    interval, value = _day(d)
    ctx.last_clock = (m.end(), d, hour)
    end = None
    day_start = min((m.start(g) for g in ("cl_wd", "cl_mon", "cl_wd2", "cl_dm", "cl_day") if m[g]), default=None)
    if day_start is not None and (on := _ON_DAY_BEFORE.search(ctx.text, m.start(), day_start)) is not None:
        end = on.start()  # "3 p.m. on Sunday": two TIMEX3s, the time (on that day) and the day
    return _date(ctx, m, (interval, f"{value}T{hour:02d}:{minute:02d}"), True, timex_type="TIME", end=end)


# "USA Today": a capitalized word before a capitalized "Today" that is not sentence-initial
_CAPITALIZED_BEFORE = re.compile(r"[A-Z][A-Za-z]*\s+$")
_SENTENCE_FIRST_WORD_BEFORE = re.compile(r"(?:^|[.!?\"]\s+)[A-Z][A-Za-z]*\s+$")


# "today's" before nouns for a whole age or population: the present era, not the day.
_GENERIC_TODAY_AFTER = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:world|youth|society|societies|generation|generations|children|kids|teenagers|"
    r"young|economy|culture|standards|technology|computers|consumers|families|students|workers|workplace)\b"
)


def _h_dayrel(ctx, m):
    if m["dr_this"]:
        ref = ctx.need_ref(Grain.DAY)
        d = ref - relativedelta(days=1) if m["dr_this"].lower() == "last" else ref
        if m["dr_this"].lower() == "last" and m["dr_tod2"].lower() != "night":
            return None  # "last morning" is not an English date
        interval, value = _day(d)
        return _date(ctx, m, (interval, f"{value}T{TIMES_OF_DAY[m['dr_tod2'].lower()]}"), True, timex_type="TIME")
    word = m["dr_w"]
    if word == "Today" and _CAPITALIZED_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()) \
            and not _SENTENCE_FIRST_WORD_BEFORE.search(ctx.text, max(0, m.start() - 22), m.start()):
        return None  # a title such as "USA Today"
    if word.lower() == "today" and _GENERIC_TODAY_AFTER.match(ctx.text, m.end()):
        return None  # "today's world", "today's youth": the present age, not the day
    ref = ctx.need_ref(Grain.DAY)
    offset = {"yesterday": -1, "tomorrow": 1}.get(word.lower(), 0)
    if m["dr_shift"]:  # "the day before yesterday", "the day after tomorrow"
        offset += -1 if m["dr_shift"].lower() == "before" else 1
    interval, value = _day(ref + relativedelta(days=offset))
    tod = "night" if word.lower() == "tonight" else (m["dr_tod"] or "").lower()
    if tod:
        return _date(ctx, m, (interval, f"{value}T{TIMES_OF_DAY[tod]}"), True, timex_type="TIME")
    return _date(ctx, m, (interval, value), True)


def _h_midtod(ctx, m):
    """"mid-afternoon [yesterday]": a part of the day named, else of the day just named, else of publication."""
    word = (m["mt_day"] or "").lower()
    if word in WEEKDAY_NUMBERS:
        d = _weekday_date(ctx, word, m.start(), m.end())
    elif word:
        d = ctx.need_ref(Grain.DAY) + relativedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
    else:
        d = ctx.last_day[1] if ctx.last_day else ctx.need_ref(Grain.DAY)
    interval, value = _day(d)
    return _date(ctx, m, (interval, f"{value}T{TIMES_OF_DAY[m['mt'].lower()]}"), True, timex_type="TIME")


def _holiday_date(name: str, year: int) -> dt.date:
    """The (US) date of a named holiday in a year; dateutil does the Easter and weekday counting."""
    name = " ".join(name.split()).lower().replace("’", "'")
    if name in _FIXED_HOLIDAYS:
        return dt.date(year, *_FIXED_HOLIDAYS[name])
    if name in _EASTER_HOLIDAYS:
        return easter(year) + dt.timedelta(days=_EASTER_HOLIDAYS[name])
    if name in _AFTER_THANKSGIVING_HOLIDAYS:
        return _holiday_date("thanksgiving", year) + dt.timedelta(days=_AFTER_THANKSGIVING_HOLIDAYS[name])
    if name in _NTH_WEEKDAY_HOLIDAYS:
        month, weekday, nth = _NTH_WEEKDAY_HOLIDAYS[name]
        first = dt.date(year, month, 1) if nth > 0 else dt.date(year, month, 1) + relativedelta(day=31)
        return first + relativedelta(weekday=WEEKDAYS_DATEUTIL[weekday](nth))
    # Election Day: the Tuesday after the first Monday of November
    return dt.date(year, 11, 2) + relativedelta(weekday=TU(+1))


# Between a clock time and a later one that ends what it began
_UNTIL_LINK_BEFORE = re.compile(r"\b(?i:and|until|till|to|through|before)\b[^.;]{0,60}$")
_ON_DAY_BEFORE = re.compile(r",?\s+(?i:on)\s+$")
_HOLIDAY_RITE_AFTER = re.compile(r" (?:Mass|Masses|Vigil|Services?|Liturgy|Message|Address|Speech)\b")
_HOLIDAY_AFTER_CLOCK = re.compile(rf",?\s+(?i:on)\s+(?P<hol>{_HOLIDAY})(?![\w'’-])")


def _holiday_resolved(ctx: _Context, name: str, start: int, end: int, direction: str | None) -> Resolved:
    """A yearless holiday: the year said after it, else the one "last"/"next" or the
    clause's tense points to."""
    ref = ctx.need_ref(Grain.DAY)
    if (stated := ctx.stated_year(end, start)) is not None:
        return _day(_holiday_date(name, stated))  # "Thanksgiving this year", "In 2012, ... on Christmas Eve"
    cands = [_day(_holiday_date(name, y)) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if direction:
        # "last Thanksgiving", "next Christmas": the one before / after publication
        if direction.lower() == "last":
            return _latest(cands, ref, strict=True)
        return _earliest(cands, ref, strict=True)
    return _by_tense(cands, ref, ctx.tense(start, end))


def _h_holiday(ctx, m):
    name = m["hol"]
    if m["hol_y"]:
        return _date(ctx, m, _day(_holiday_date(name, int(m["hol_y"]))), False)
    if (name in ("Christmas", "Easter", "Thanksgiving", "Pentecost")
            and re.match(r" [A-Z]", ctx.text[m.end():m.end() + 2])
            and not _HOLIDAY_RITE_AFTER.match(ctx.text, m.end())):
        return None  # "Christmas Island", "Easter Rising"; but "Easter Sunday Mass", "Easter Mass" are dates
    return _date(ctx, m, _holiday_resolved(ctx, name, m.start(), m.end(), m["hol_dir"]), True)


_WEEK_AFTER_DAY = re.compile(r",?\s+(?:(?i:of)\s+)?(?P<dir>(?i:next|last|this))\s+(?i:week)\b")
_DAY_LIST_BEFORE = re.compile(rf"{_WEEKDAY},?\s+(?:(?i:and|or|through|to|until|till)\s+|[-–]\s*)$|{_WEEKDAY},\s+$")
_EVERY_DAY_LIST_BEFORE = re.compile(
    rf"\b(?i:every|each)\s+{_WEEKDAY}(?:,\s*{_WEEKDAY})*,?\s+(?i:and|or)\s+$")


def _h_wd(ctx, m):
    start = m.start()
    text = ctx.text
    before = text[max(0, start - 12):start]
    if _NAMED_DAY_BEFORE.search(before):
        return None
    previous = ctx.prev_word(start)
    if m["wd_pl"] or m["wd_todpl"]:
        # "Mondays", "Tuesday nights": every such day (evening)
        value = f"XXXX-WXX-{WEEKDAY_NUMBERS[m['wd_n'].lower()] + 1}"
        if m["wd_tod"]:
            value += f"T{TIMES_OF_DAY[m['wd_tod'].lower()]}"
        return _Match(start, m.end(), ClaimKind.DATE, None, "SET", value, False, deadline_ok=False)
    if _EVERY_DAY_LIST_BEFORE.search(text, max(0, start - 60), start):
        # "every Wednesday and Saturday": the list shares the "every"
        return _Match(start, m.end(), ClaimKind.DATE, None, "SET",
                      f"XXXX-WXX-{WEEKDAY_NUMBERS[m['wd_n'].lower()] + 1}", False, deadline_ok=False)
    nxt = ctx.next_word(m.end())
    if previous in _DETERMINERS and not m["wd_mod"] and not (nxt[:1].islower() and text[m.end():m.end() + 1] == " "):
        return None  # "the Sunday Times"; but "the Friday explosions", "the Tuesday deadline"
    if (nxt[:1].isupper() and nxt.rstrip(".").lower() not in MONTH_NUMBERS and not m["wd_tod"]
            and previous not in _WEEKDAY_KEEP_BEFORE and text[m.end():m.end() + 1] == " "):
        return None  # "Sunday Times reported", "Monday Night Football"
    target = WEEKDAY_NUMBERS[m["wd_n"].lower()]
    week = _WEEK_AFTER_DAY.match(text, m.end())
    listed = _DAY_LIST_BEFORE.search(text, max(0, start - 40), start)
    if week is not None and ctx.ref is not None:
        # "Thursday next week", "Thursday of last week": that day of the week named
        shift = {"next": 1, "last": -1, "this": 0}[week["dir"].lower()]
        monday = ctx.ref - relativedelta(days=ctx.ref.weekday()) + relativedelta(weeks=shift)
        d = monday + relativedelta(days=target)
    elif listed is not None and ctx.last_day is not None and ctx.ref is not None \
            and start - ctx.last_day[0] <= 12 and (ctx.last_day[1] > ctx.ref or (
                ctx.last_day[1] == ctx.ref and ctx.tense(start, m.end()) not in ("past", "past?", "since"))):
        # "meet on Friday and Saturday" in a Saturday paper: the days run on from the first
        first = ctx.last_day[1]
        d = first + relativedelta(days=(target - first.weekday() - 1) % 7 + 1)
    else:
        d = _weekday_date(ctx, m["wd_n"], start, m.end())
    interval, value = _day(d)
    if m["wd_mod"] and m["wd_mod"].lower() in ("earlier", "later"):
        # "Earlier Friday, lawyers filed": the adverb orders events, it is not part of the
        # date (unlike "late Friday", the end of the day)
        start = m.start("wd_n")
    if m["wd_tod"]:
        return _date(ctx, m, (interval, f"{value}T{TIMES_OF_DAY[m['wd_tod'].lower()]}"), True, timex_type="TIME",
                     start=start)
    return _date(ctx, m, (interval, value), True, start=start)


def _h_set(ctx, m):
    if m["set_adv"] and m["set_adv"].lower() == "quarterly" and ctx.text[m.end():m.end() + 1] == " " \
            and ctx.next_word(m.end())[:1].islower():
        return None  # "a quarterly dividend": the adjective is not tagged; "paid quarterly" is a set
    if m["set_wd"]:
        value = f"XXXX-WXX-{WEEKDAY_NUMBERS[m['set_wd'].lower()] + 1}"
        if m["set_tod"]:
            value += f"T{TIMES_OF_DAY[m['set_tod'].lower()]}"  # "every Monday morning"
        return _Match(m.start(), m.end(), ClaimKind.DATE, None, "SET", value, False, deadline_ok=False)
    if m["set_mon"]:
        value = f"XXXX-{MONTH_NUMBERS[m['set_mon'].lower()]:02d}"
        return _Match(m.start(), m.end(), ClaimKind.DATE, None, "SET", value, False, deadline_ok=False)
    if m["set_season"]:
        value = f"XXXX-{SEASONS[m['set_season'].lower()][0]}"
        return _Match(m.start(), m.end(), ClaimKind.DATE, None, "SET", value, False, deadline_ok=False)
    if m["set_nu"]:
        # "every two weeks" P2W, "every other day" P2D, "every few years" PXY
        count = " ".join(m["set_n"].lower().split())
        n = 2 if count == "other" else _number(count)
        return _Match(m.start(), m.end(), ClaimKind.DATE, None, "SET",
                      _duration_value(n, _unit_name(m["set_nu"])), False, deadline_ok=False)
    if m["set_per"]:
        unit = "year" if m["set_per"].lower() == "annum" else m["set_per"].lower()
        return _Match(m.start(), m.end(), ClaimKind.DATE, None, "SET", _duration_value(1, unit), False,
                      deadline_ok=False)
    word = (m["set_adv"] or m["set_unit"] or m["set_wes"]).lower()
    if word in ("weekend", "weekends"):
        return _Match(m.start(), m.end(), ClaimKind.DATE, None, "SET", "XXXX-WXX-WE", False, deadline_ok=False)
    unit = {"daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month", "annually": "year",
            "yearly": "year",
            "hourly": "hour", "nightly": "night", "morning": "day", "afternoon": "day", "evening": "day",
            "quarterly": "quarter"}.get(word, word)
    return _Match(m.start(), m.end(), ClaimKind.DATE, None, "SET", _duration_value(1, unit), False,
                  deadline_ok=False)


_COUNT_AHEAD = re.compile(rf"\s+(?:{_NUM}|(?i:few|several|couple))\b")


# "soon after", "as soon as": a conjunction, not a time
_NOT_AFTER_SOON = frozenset("after before as thereafter afterward afterwards enough".split())
# "the current account", "the current of the river": "current" that is not "present"
_NOT_AFTER_CURRENT = frozenset(
    "account accounts affairs events assets liabilities flow flows of and or is was to in from "
    "that which carrying".split()
)


# Words before "a while" / "some time" that make it a length of time ("for a while").
_WHILE_CUES = frozenset("for in after within".split())
_WHILE_NOT_AFTER = frozenset("ago later earlier before after back".split())
_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _h_vague(ctx, m):
    phrase = " ".join(m["vg"].lower().split())
    start = m.start()
    if phrase == "the past" and _COUNT_AHEAD.match(ctx.text, m.end()):
        return None  # "the past two months" is a duration
    if phrase in ("a while", "some time"):
        # "for a while", "in some time": a stretch of unknown length; "a while ago" and
        # "some time later" are vague dates, left out
        if ctx.prev_word(start).lower() not in _WHILE_CUES or ctx.next_word(m.end()).lower() in _WHILE_NOT_AFTER:
            return None
        return _Match(start, m.end(), ClaimKind.DURATION, None, "DURATION", "PXX", False, deadline_ok=False)
    if phrase == "the future" and _OF_AFTER.match(ctx.text, m.end()):
        return None  # "the future of the company": its fate, not a time
    if phrase == "recently" and ctx.prev_word(start) == "most":
        return None  # "nine times, most recently in 2002": the last of a series, no time of its own
    if phrase == "soon":
        if ctx.next_word(m.end()).lower() in _NOT_AFTER_SOON or ctx.prev_word(start) in ("as", "how", "too"):
            return None
        if ctx.tense(start, m.end()) in ("past", "since"):
            return None  # "was soon released": a sequence in a past story, not a future reference
    elif phrase == "current":
        # only the adjective before a noun: "current market conditions", "its current position"
        nxt = ctx.next_word(m.end())
        if ctx.text[m.end():m.end() + 1] != " " or not nxt[:1].islower() or nxt in _NOT_AFTER_CURRENT:
            return None
        if ctx.text[max(0, start - 5):start].lower() == "then ":
            # "the then current price": the present of a past moment
            return _Match(start - 5, m.end(), ClaimKind.DATE, None, "DATE", "PAST_REF", True, deadline_ok=False)
    return _Match(start, m.end(), ClaimKind.DATE, None, "DATE", VAGUE_VALUES[phrase], True,
                  deadline_ok=False)


_ORDDAY_FOLLOWERS = frozenset("of and or to at in on when through until till by".split())


def _h_ordday(ctx, m):
    nxt = ctx.next_word(m.end())
    gap = ctx.text[m.end():m.end() + 2]
    if nxt and gap[:1] == " " and gap[1:2].isalpha() and nxt.lower() not in _ORDDAY_FOLLOWERS:
        return None  # "the 22nd floor", "the 3rd Division"
    ref = ctx.need_ref(Grain.DAY)
    day = int(m["od"])
    cands = []
    for k in (-1, 0, 1):
        first = ref.replace(day=1) + relativedelta(months=k)
        try:
            cands.append(_day(first.replace(day=day)))
        except ValueError:
            pass
    return _date(ctx, m, _by_tense(cands, ref, ctx.tense(m.start(), m.end())), True)


_AND_BETWEEN = re.compile(r",?\s+(?:and|or|to|through)\s+")


def _h_andday(ctx, m):
    """"on April 24 and 25": the second day takes the month and year of the first."""
    if not ctx.last_day or not 0 < m.start() - ctx.last_day[0] <= 6 \
            or not _AND_BETWEEN.fullmatch(ctx.text, ctx.last_day[0], m.start()):
        return None
    first = ctx.last_day[1]
    try:
        day = first.replace(day=int(m["ad"]))
    except ValueError:
        return None
    if day <= first:
        return None  # "May 3 and 2 others"
    nxt = ctx.next_word(m.end())
    if ctx.text[m.end():m.end() + 1] == " " and nxt[:1].islower() and nxt not in _ORDDAY_FOLLOWERS:
        return None  # "on May 3 and 4 people died"
    return _date(ctx, m, _day(day), True)


def _h_month(ctx, m):
    name = m["mon"]
    if m["mon_that"]:
        return _anaphoric_month(ctx, m, MONTH_NUMBERS[name.lower()], 0)
    start, end = m.start(), m.end()
    previous = ctx.prev_word(start)
    joined = _DATE_THEN_CONJ.search(ctx.text, max(0, start - 30), start)
    cued = previous in _MONTH_CUES or bool(joined)
    if name == "May" and not cued:
        return None  # "he may ...", "Theresa May"
    nxt = ctx.next_word(end)
    if not cued:
        if nxt[:1].isupper() and ctx.text[end:end + 1] == " ":
            return None  # a name: "June Carter", "August Strindberg"
        if name == "March" and nxt.lower() in ("on", "to", "for", "against", "through", "of"):
            return None  # "the March on Washington"
        if previous in ("a", "an") and not (nxt[:1].islower() and ctx.text[end:end + 1] == " "):
            return None  # but "a June agreement"
    month = MONTH_NUMBERS[name.lower()]
    if (later := _YEAR_AFTER_SECOND_MONTH.match(ctx.text, end)) is not None:
        return _date(ctx, m, _month(int(later["y"]), month), False)
    first = ctx.last_month_end
    if first and _MONTH_RANGE_JOIN.fullmatch(ctx.text, first[0], start):
        # "the July-September period": the second month follows the first, in its year or the next
        year = first[1].year + (month < first[1].month)
        found = _date(ctx, m, _month(year, month), True)
    else:
        found = _date(ctx, m, _bare_month(ctx, month, start, end), True)
    ctx.last_month_end = (end, found.resolved.start)
    return found


# "his unsuccessful 1996 campaign": a determiner and one adjective before the year
_DETERMINER_ADJECTIVE_BEFORE = re.compile(
    r"\b(?i:the|a|an|its|his|her|their|our|this|that|[a-z]+'s)\s+[a-z]+\s+$"
)


# Years before 1600 ("the last pope to resign, in 1415") only after a preposition of time
# that does not follow a number ("one in 1500") and before no counted noun.
_OLD_YEAR_BEFORE = re.compile(r"(?<!\d )(?<!\bone )\b(?i:in|since|until|till|from|year|circa|before|after)\s+$")


_THE_YEAR_BEFORE = re.compile(r"(?i:\bthe\s+year)\s+$")


def _h_year(ctx, m):
    """A bare year is a date only in date-like company ("in 2011", "2011's", "the 2011 election")."""
    start, end = m.start(), m.end()
    text = ctx.text
    if int(m["yr"]) < 1600 and (not _OLD_YEAR_BEFORE.search(text, max(0, start - 24), start) or (
            text[end:end + 1] == " " and ctx.next_word(end).islower() and ctx.next_word(end) not in _AFTER_YEAR_OK)):
        return None  # "in 1415" is a year, "one in 1500" and "in 1200 homes" are counts
    range_after = _YEAR_RANGE_AROUND.match(text, end)
    if range_after or _YEAR_RANGE_BEFORE.search(text, max(0, start - 12), start):
        # "2010-2011", "from 2010 to 2012", "covers 2010 through 2012": each end is a year,
        # unless a counted noun follows the range ("1500 to 2000 shares")
        range_end = range_after.end() if range_after else end
        after = ctx.next_word(range_end)
        if not (text[range_end:range_end + 1] == " " and after.islower()
                and after not in _AFTER_YEAR_OK and after not in _MONTH_CUES):
            return _date(ctx, m, _year(int(m["yr"])), False)
    if text[max(0, start - 1):start] == "-":
        # "post-1959 politics", "pre-2008 levels": TimeML tags the year with its prefix; the
        # words mean an open stretch before / after it, so no interval is claimed
        first = start - (5 if text[start - 5:start - 1].isalpha() else 4)
        return _Match(first, end, ClaimKind.DATE, None, "DATE", m["yr"], False, deadline_ok=False)
    previous = ctx.prev_word(start)
    nxt = ctx.next_word(end)
    word_follows = text[end:end + 1] == " " and text[end + 1:end + 2].isalpha()
    # "by 2000 barrels", "a total of 1999 people": a count, not a year
    counted = word_follows and nxt.islower() and nxt not in _AFTER_YEAR_OK
    if text[end:end + 2] in ("'s", "’s") or previous == "year":
        the_year = _THE_YEAR_BEFORE.search(text, max(0, start - 12), start)
        if the_year is not None:
            # "in the year 2000": TimeML tags the phrase, as "the year two thousand"
            return _Match(the_year.start(), end, ClaimKind.DATE, _year(int(m["yr"]))[0], "DATE",
                          m["yr"], False)
        # "2011's harvest"
    elif previous in _DETERMINERS or previous.endswith(("'s", "’s")) or (
            previous.islower() and _DETERMINER_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)):
        if not word_follows:
            return None
        # "the 2011 election", "his unsuccessful 1996 campaign", "the company's 1989 results"
    elif previous in _YEAR_CUES:
        if previous in _AMOUNT_PREPOSITIONS and counted:
            return None
    elif _DATE_THEN_CONJ.search(text, max(0, start - 30), start):
        if counted:
            return None  # "In 2011, 2000 people died"
        # "between 2011 and 2013", "in 1994, 1995 and 1997"
    elif _AS_EARLY_AS_BEFORE.search(text, max(0, start - 24), start):
        pass  # "as early as 2002", "as recently as 2010"
    elif _SENTENCE_START.search(text, max(0, start - 4), start) and nxt in _YEAR_SUBJECT_VERBS:
        pass  # "2012 was a difficult year for the bank"
    elif nxt in _YEAR_REPORT_NOUNS and 1900 <= int(m["yr"]) <= 2100:
        pass  # "IBM forecast 2013 earnings", "had 2022 sales of $1.1 billion": a year's figures
    else:
        return None  # "2011 people"
    return _date(ctx, m, _year(int(m["yr"])), False)


_HANDLERS: dict[str, Callable[[_Context, re.Match], _Match | None]] = {
    "iso": _h_iso, "slash": _h_slash, "spyear": _h_spyear, "midtod": _h_midtod, "andday": _h_andday, "inthe": _h_inthe, "yrange": _h_yrange, "ana": _h_ana,
    "weekof": _h_weekof, "mdy": _h_mdy, "dmy": _h_dmy, "my": _h_my, "mrel": _h_mrel, "part": _h_part,
    "quarter": _h_quarter, "yearago": _h_yearago, "dur": _h_dur, "rel": _h_rel, "plural": _h_plural,
    "period": _h_period, "season": _h_season, "fiscal": _h_fiscal, "decade": _h_decade,
    "century": _h_century, "clock": _h_clock, "dayrel": _h_dayrel, "holiday": _h_holiday, "wd": _h_wd,
    "set": _h_set, "vague": _h_vague, "ordday": _h_ordday, "month": _h_month, "year": _h_year,
}
assert set(_HANDLERS) == {name for name, _, _ in _FAMILIES}


# "until 1994 or later", "for 1990 and beyond": the open end stays in the TIMEX3
_OPEN_END_AFTER = re.compile(r"\s+(?i:or\s+(?:later|earlier|sooner|before)|and\s+beyond)(?![\w-])")
_OPEN_END_FAMILIES = frozenset("year my mdy month fiscal quarter rel".split())


# Time words news writes in lower case: capitalised inside a sentence they are part of a
# name ("BBC Radio 4's Today programme", "The Daily Show", "CBS's 60 Minutes",
# "The Weekend Australian").
_LOWERCASE_TIME_WORDS = frozenset(
    "today tonight tomorrow yesterday daily weekly monthly annually nightly weekend minutes hours "
    "days weeks months years now currently recently morning evening afternoon night".split())
_WORD_RE = re.compile(r"[A-Za-z]+")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;(\"“‘'`\n]\s*|[.!?]['’\"”]\s*)$")
# "the Mail on Sunday", "the Independent on Sunday": Sunday papers (but "The New York
# Times on Friday" is a day)
_PAPER_ON_BEFORE = re.compile(r"\b(?:Mail|Independent|Herald|Express|Mirror|Post|Star)\s+on\s+$")
# "the Good Friday Agreement", "the Tet Offensive", "Christmas Island": names
_NAME_AFTER = re.compile(r"\s+(?:Agreement|Accords?|Offensive|Uprising|Rising|Massacre|Island|Islands)\b")


# The families whose words news writes in lower case, or that a name may end in
_TITLE_FAMILIES = frozenset("dayrel set rel dur vague plural holiday wd clock".split())


def _names_a_title(text: str, found: _Match, family: str) -> bool:
    """True when a found expression is part of a name rather than a time (a holiday's
    own name is capitalised: "Bonfire Night")."""
    for word in _WORD_RE.finditer(text, found.start, found.end if family != "holiday" else found.start):
        w = word.group()
        if w[0].isupper() and w.lower() in _LOWERCASE_TIME_WORDS \
                and not _OPENS_SENTENCE.search(text, max(0, word.start() - 3), word.start()):
            return True
    if text.startswith("Sunday", found.start) and found.end - found.start == 6 \
            and _PAPER_ON_BEFORE.search(text, max(0, found.start - 16), found.start):
        return True
    return bool(_NAME_AFTER.match(text, found.end))


def _to_mention(text: str, found: _Match) -> TimeMention:
    start, end, kind = found.start, found.end, found.kind
    if found.deadline_ok and kind == ClaimKind.DATE and text[end:end + 2] not in ("'s", "’s"):
        prefix = _DEADLINE_BEFORE.search(text, max(0, start - 24), start)
        if prefix:
            start, kind = prefix.start(), ClaimKind.DEADLINE
        elif _DEADLINE_AFTER.match(text, end):
            kind = ClaimKind.DEADLINE  # "the March 1 deadline"
    return TimeMention(start=start, end=end, text=text[start:end], kind=kind,
                       interval=found.resolved, timex_type=found.timex_type,
                       timex_value=found.value, relative=found.relative)


def extract_times(text: str, published: dt.date | None) -> list[TimeMention]:
    """Find the temporal expressions in ``text`` and resolve them.

    ``published`` anchors relative expressions ("next week", "Friday",
    "March 12"); without it they are still returned, with ``interval=None``.
    Results are sorted by start offset and do not overlap; ``text[m.start:m.end]
    == m.text`` for every mention.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    ctx = _Context(text, published)
    mentions: list[TimeMention] = []
    pos = 0
    find_start, by_char = _WORD_START.search, _BY_FIRST_CHAR
    while True:
        start = find_start(text, pos)
        if start is None:
            break
        m = by_char[text[start.start()]].match(text, start.start())
        if m is None:
            pos = start.end()
            continue
        family = m.lastgroup
        try:
            found = _HANDLERS[family](ctx, m)
        except _Unresolved as missing:
            found = _Match(m.start(), m.end(), ClaimKind.DATE, None,
                           "TIME" if family == "clock" else "DATE",
                           _UNRESOLVED_VALUES.get(missing.grain, "XXXX"), True)
        except (OverflowError, ValueError):
            # the date would fall outside year 1..9999 ("next week" in a paper dated 9999-12-31)
            found = _Match(m.start(), m.end(), ClaimKind.DATE, None,
                           "TIME" if family == "clock" else "DATE", "XXXX", True)
        if found is None:
            # rejected: look again from the next word, a shorter reading may fit
            nxt = _NON_WORD.search(text, m.start() + 1)
            pos = max(m.start() + 1, nxt.end() if nxt else m.end())
            continue
        if family in _TITLE_FAMILIES and _names_a_title(text, found, family):
            pos = found.end
            continue
        if mentions and found.start < mentions[-1].end:
            found.start = mentions[-1].end  # never overlap a deadline prefix we already took
        if family in _OPEN_END_FAMILIES and found.timex_type == "DATE":
            open_end = _OPEN_END_AFTER.match(text, found.end)
            if open_end:
                found.end = open_end.end()  # "1994 or later", "2015 and beyond": one TIMEX3
        mentions.append(_to_mention(text, found))
        if found.resolved is not None:
            ctx.last_date, ctx.last_date_end = found.resolved, found.end
            if found.resolved.grain == Grain.YEAR and _FRONTED_BEFORE.search(text, max(0, found.start - 12), found.start) \
                    and text.startswith(",", found.end):
                ctx.fronted_year = (found.end, found.resolved.start.year)
            if found.resolved.grain == Grain.DAY:
                ctx.last_day = (found.end, found.resolved.start)
        # (a clock time may leave the day it names to a mention of its own: "3 p.m. on Sunday")
        pos = found.end if family == "clock" and found.end < m.end() else max(m.end(), found.end)
    return mentions
