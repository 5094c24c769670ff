"""Interval logic in one place.

Every value is an interval: "more than 5,000" is (5000, inf), "about 30"
is [27, 33], "mid-April" is 11-20 April. Checks ask only the questions
below (can both hold? which guarantees more?), never compare strings.
"""

from __future__ import annotations

import functools
import re

from claims.models import Claim, DateInterval, NumberInterval, Qualifier

_DURATION = re.compile(r"^P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
                       r"(?:T(?:(?P<h>[\d.]+)H)?(?:(?P<m>[\d.]+)M)?(?:(?P<s>[\d.]+)S)?)?$")
_DAYS_PER = {"Y": 365.25, "M": 30.4375, "W": 7.0, "D": 1.0, "h": 1 / 24, "m": 1 / 1440, "s": 1 / 86400}


def duration_days(value: str) -> float | None:
    """Days in an ISO 8601 duration ("P3Y" -> 1095.75); None if not one."""
    match = _DURATION.match(value or "")
    if not match or not any(match.groupdict().values()):
        return None
    return sum(float(v) * _DAYS_PER[k] for k, v in match.groupdict().items() if v)


def value_family(claim: Claim) -> str:
    """What a claim's value can be compared with: claims of other families never meet.

    Counts, percentages, each currency and each physical dimension are families
    of their own, so 5 percent never meets 5 people and dollars never meet euros.
    """
    if claim.quantity is not None:
        return claim.quantity.dimension or "count"
    if claim.time is not None and claim.time.timex_type == "DURATION":
        return "duration"
    return "date"


@functools.cache
def _to_base_factor(unit: str, dimension: str) -> float:
    """How many base units one ``unit`` is (1 metric_ton -> 1000 kilogram, 1 cent -> 0.01 USD)."""
    from claims.extract.units import UnitError, convert, registry

    try:
        if dimension.startswith("currency:"):
            return convert(1.0, unit, dimension.split(":", 1)[1])
        return float(registry().Quantity(1.0, unit).to_base_units().magnitude)
    except (UnitError, ValueError, TypeError, AttributeError, KeyError):
        return 1.0  # a unit pint does not know: compare as stated


def _unit_factor(quantity) -> float:
    """What one unit of the quantity is in its family's common unit (1 for counts)."""
    if quantity.unit and quantity.dimension.startswith(("[", "currency:")):
        return _to_base_factor(quantity.unit, quantity.dimension)
    return 1.0


def claim_number_interval(claim: Claim) -> NumberInterval | None:
    """The numeric interval of a quantity or duration, in comparable units.

    Physical quantities are in base units (tonnes and pounds meet as kilograms),
    money in its currency's main unit (cents as dollars), durations in days.
    """
    if claim.quantity is not None:
        quantity = claim.quantity
        factor = _unit_factor(quantity)
        interval = quantity.interval
        if factor == 1.0:
            return interval
        return NumberInterval(
            None if interval.low is None else interval.low * factor,
            None if interval.high is None else interval.high * factor,
            interval.low_open,
            interval.high_open,
        )
    if claim.time is not None and claim.time.timex_type == "DURATION":
        days = duration_days(claim.time.timex_value)
        return None if days is None else NumberInterval(days, days)
    return None


def comparable_interval(claim: Claim, inclusive_bounds: bool = False, approx: float | None = None) -> NumberInterval | None:
    """A claim's numeric interval as a check compares it.

    ``inclusive_bounds`` closes open ends ("more than 30" then agrees with 30);
    ``approx`` resets the width of "about X" figures to X ± approx·X (keeping
    the upper bound of "nearly X").
    """
    interval = claim_number_interval(claim)
    if interval is None:
        return None
    quantity = claim.quantity
    if approx is not None and quantity is not None and quantity.qualifier == Qualifier.APPROX:
        magnitude = quantity.magnitude * _unit_factor(quantity)
        high = interval.high if interval.high == magnitude else magnitude * (1 + approx)
        interval = NumberInterval(magnitude * (1 - approx), high)
    if inclusive_bounds and (interval.low_open or interval.high_open):
        interval = NumberInterval(interval.low, interval.high)
    return interval


def claim_date_interval(claim: Claim) -> DateInterval | None:
    """The date interval of a date or deadline claim, if it was resolved."""
    if claim.time is None or claim.time.timex_type == "DURATION":
        return None
    return claim.time.interval


def numbers_disagree(a: NumberInterval, b: NumberInterval, absolute: float = 0.0, relative: float = 0.0) -> bool:
    """True when no value satisfies both intervals, even after the tolerance."""
    return not a.widened(absolute, relative).overlaps(b)


def span_of(interval: DateInterval) -> str:
    """"2014-01-22", or "2013-11-11 to 2013-11-20"."""
    if interval.start == interval.end:
        return interval.start.isoformat()
    return f"{interval.start.isoformat()} to {interval.end.isoformat()}"


def describe(claim: Claim) -> str:
    """A claim's words and, for dates, the days they resolve to."""
    interval = claim_date_interval(claim)
    if interval is None:
        return repr(claim.text)
    return f"{claim.text!r} ({span_of(interval)})"


def sort_key(claim: Claim) -> tuple:
    """Publication order, then position: the order claims are compared and listed in."""
    published = claim.published.isoformat() if claim.published else "9999"
    return (published, claim.path, claim.start)
