"""Data shared by every stage of the pipeline.

documents -> sentences -> extract -> rules -> checks -> report

Hot-loop records are slotted dataclasses; pydantic is used only at the edges
(rule files, configuration). Enumerations used on the command line and in the
JSON report are string enums so that their values are the documented words.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import math
from dataclasses import dataclass, field


class Qualifier(enum.StrEnum):
    """How the words around a number bound it ("more than 5" is GT 5)."""

    EXACT = "exact"
    APPROX = "approx"
    GT = "gt"
    GE = "ge"
    LT = "lt"
    LE = "le"


class ClaimKind(enum.StrEnum):
    QUANTITY = "quantity"
    DATE = "date"
    DEADLINE = "deadline"
    DURATION = "duration"


class Grain(enum.StrEnum):
    """The precision a date was stated with."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    # a part of a larger unit: "mid-April", "early 2011", "the weekend"
    PART = "part"
    # PRESENT_REF / PAST_REF / FUTURE_REF: no usable interval
    VAGUE = "vague"


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class FindingKind(enum.StrEnum):
    CONTRADICTION = "contradiction"
    REGRESSION = "regression"
    UPDATE = "update"
    RESCHEDULED = "rescheduled"
    MISSED_DEADLINE = "missed_deadline"
    RELATIVE_DATE_MISMATCH = "relative_date_mismatch"
    SOURCE_DISAGREEMENT = "source_disagreement"
    CONSISTENT = "consistent"


# ---------------------------------------------------------------------------
# Intervals
# ---------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class NumberInterval:
    """A set of real numbers the words allow: [low, high] with open ends.

    ``low=None`` / ``high=None`` mean unbounded. ``low_open`` excludes the
    bound itself ("more than 100" is (100, inf)).
    """

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    @property
    def lo(self) -> float:
        return -math.inf if self.low is None else self.low

    @property
    def hi(self) -> float:
        return math.inf if self.high is None else self.high

    def widened(self, absolute: float = 0.0, relative: float = 0.0) -> NumberInterval:
        """The interval grown on both finite ends by a tolerance."""
        low = None if self.low is None else self.low - absolute - abs(self.low) * relative
        high = None if self.high is None else self.high + absolute + abs(self.high) * relative
        return NumberInterval(low, high, self.low_open, self.high_open)

    def overlaps(self, other: NumberInterval) -> bool:
        """True when some number satisfies both intervals."""
        if self.hi < other.lo or other.hi < self.lo:
            return False
        if self.hi == other.lo:
            return not (self.high_open or other.low_open)
        if other.hi == self.lo:
            return not (other.high_open or self.low_open)
        return True


@dataclass(slots=True, frozen=True)
class DateInterval:
    """The first and last day a date expression can mean, with its grain."""

    start: dt.date
    end: dt.date
    grain: Grain = Grain.DAY

    def overlaps(self, other: DateInterval) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: DateInterval) -> bool:
        return self.start <= other.start and other.end <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


# ---------------------------------------------------------------------------
# Documents and sentences
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Document:
    """One article as read from disk, with its metadata."""

    path: str  # as given on the command line, with forward slashes
    text: str
    title: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    url: str | None = None
    # character offset where each line starts, for offset -> line number
    line_starts: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # a feed item reports every claim at its line in the feed
    fixed_line: int | None = None

    @property
    def file(self) -> str:
        """The file on disk ("feed.jsonl" for the item "feed.jsonl#12")."""
        return self.path.split("#", 1)[0]

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        if self.fixed_line is not None:
            return self.fixed_line
        return bisect.bisect_right(self.line_starts, offset)


@dataclass(slots=True, frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(slots=True, frozen=True)
class Skipped:
    """An input that was not checked, and why."""

    path: str
    reason: str


# ---------------------------------------------------------------------------
# Extractor output (offsets relative to the text given to the extractor)
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class QuantityMention:
    """A number with its unit and qualifier, as found in text.

    ``magnitude`` is the number as stated (the low end for a range);
    ``interval`` is what the words allow ("more than 5" -> (5, inf),
    "about 30" -> [27, 33], "10 to 15" -> [10, 15]).
    ``unit`` is a pint unit name ("metric_ton", "kilometer"), an ISO currency
    code ("USD"), "percent", "percentage_point", or, for counts, the counted
    noun in lower case ("people", "states"). ``dimension`` names the family the
    unit belongs to ("count", "percent", "[mass]", "currency:USD", ...), so that
    only commensurable quantities are compared.
    """

    start: int
    end: int
    text: str
    magnitude: float
    interval: NumberInterval
    qualifier: Qualifier = Qualifier.EXACT
    unit: str | None = None
    dimension: str = "count"
    noun: str | None = None  # counted noun as written ("European states" -> "states")
    is_range: bool = False
    change: str | None = None  # "up" / "down" for signed changes ("fell 2.5%")


@dataclass(slots=True)
class TimeMention:
    """A temporal expression with its resolved interval.

    ``interval`` is None when it cannot be resolved (a relative date with no
    publication date, a duration, a vague reference such as "recently").
    ``timex_type`` / ``timex_value`` are the TIMEX3 rendering of the same
    interval ("DATE", "2013-03"), so reports and benchmarks share it.
    ``kind`` is DATE, DEADLINE ("by June 30") or DURATION ("three years").
    ``relative`` marks expressions resolved against the publication date
    ("next week", "last year's", "Friday").
    """

    start: int
    end: int
    text: str
    kind: ClaimKind
    interval: DateInterval | None
    timex_type: str
    timex_value: str
    relative: bool = False


# ---------------------------------------------------------------------------
# Claims and findings
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Claim:
    """An extracted mention placed in its document, possibly typed by a rule."""

    id: str
    path: str
    line: int
    start: int  # offsets into the document text
    end: int
    text: str
    sentence: str
    kind: ClaimKind
    published: dt.date | None
    quantity: QuantityMention | None = None
    time: TimeMention | None = None
    source: str | None = None  # attribution: "the health ministry"
    as_of: DateInterval | None = None  # when the figure was stated, if the text says
    rule: str | None = None
    subject: str | None = None
    cues: tuple[str, ...] = ()  # canonical names of the cues found near the claim
    speech_date: bool = False  # a date telling when something was said ("said Monday")

    @property
    def effective_date(self) -> dt.date | None:
        """The date the claim speaks for: its as-of date, else publication."""
        if self.as_of is not None:
            return self.as_of.end
        return self.published


@dataclass(slots=True)
class Finding:
    """What a check found. ``claims`` are in reading order; the last one is the
    statement the finding is about (the later figure, the moved date)."""

    kind: FindingKind
    severity: Severity
    rule: str
    subject: str
    claims: list[Claim]
    message: str
