"""Shared fixtures: paths inside the repository only (tests never read ../shared)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claims.models import Claim, ClaimKind, DateInterval, Grain, NumberInterval, Qualifier, QuantityMention, TimeMention

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def quantity_claim(cid: str, path: str, published: str, low, high=None, *, text="", source=None,
                   as_of: str | None = None, low_open=False) -> Claim:
    """A quantity claim built by hand, for check tests."""
    high = low if high is None and not low_open else high
    interval = NumberInterval(low, high, low_open=low_open)
    mention = QuantityMention(0, 1, text or str(low), low if low is not None else high, interval,
                              Qualifier.GT if low_open else Qualifier.EXACT, "people", "count", "people")
    as_of_interval = None
    if as_of:
        day = dt.date.fromisoformat(as_of)
        as_of_interval = DateInterval(day, day)
    return Claim(cid, path, 1, 0, 1, text or str(low), "sentence", ClaimKind.QUANTITY,
                 dt.date.fromisoformat(published), quantity=mention, source=source, as_of=as_of_interval,
                 rule="r", subject="s")


def date_claim(cid: str, path: str, published: str, start: str, end: str | None = None, *, text="",
               relative=False, kind=ClaimKind.DATE, sentence="sentence") -> Claim:
    """A date claim built by hand, for check tests."""
    interval = DateInterval(dt.date.fromisoformat(start), dt.date.fromisoformat(end or start), Grain.DAY)
    mention = TimeMention(0, 1, text or start, kind, interval, "DATE", start, relative)
    return Claim(cid, path, 1, 0, 1, text or start, sentence, kind, dt.date.fromisoformat(published),
                 time=mention, rule="r", subject="s")
