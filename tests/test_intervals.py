import datetime as dt

import pytest

from claims.intervals import duration_days, numbers_disagree
from claims.models import DateInterval, NumberInterval

INF = None


@pytest.mark.parametrize(
    "a, b, overlap",
    [
        (NumberInterval(100000, INF, low_open=True), NumberInterval(120000, INF, low_open=True), True),
        (NumberInterval(27, 33), NumberInterval(30, INF, low_open=True), True),
        (NumberInterval(100000, 100000), NumberInterval(120000, INF, low_open=True), False),
        (NumberInterval(INF, 5, high_open=True), NumberInterval(5, 5), False),
        (NumberInterval(INF, 5), NumberInterval(5, 5), True),
        (NumberInterval(10, 15), NumberInterval(15, 20), True),
    ],
)
def test_number_overlap(a, b, overlap):
    assert a.overlaps(b) is overlap and b.overlaps(a) is overlap


def test_tolerance_widens():
    assert numbers_disagree(NumberInterval(1000, 1000), NumberInterval(907, 907))
    assert not numbers_disagree(NumberInterval(1000, 1000), NumberInterval(907, 907), relative=0.1)


def test_date_interval():
    nov = DateInterval(dt.date(2013, 11, 11), dt.date(2013, 11, 20))
    assert not nov.overlaps(DateInterval(dt.date(2014, 1, 22), dt.date(2014, 1, 22)))
    assert nov.contains(DateInterval(dt.date(2013, 11, 15), dt.date(2013, 11, 15)))
    assert nov.days == 10


@pytest.mark.parametrize("value, days", [("P3Y", 1095.75), ("P2D", 2), ("PT12H", 0.5), ("P1W", 7), ("PXY", None)])
def test_duration_days(value, days):
    assert duration_days(value) == days


@pytest.mark.parametrize(
    "text, expected_low",
    [("1,000 tons", 1_000_000.0), ("907 tonnes", 907_000.0), ("19 cents", 0.19), ("$5 million", 5e6)],
)
def test_quantities_compare_in_common_units(text, expected_low):
    from claims.extract.quantities import extract_quantities
    from claims.intervals import claim_number_interval
    from claims.models import Claim, ClaimKind

    [quantity] = extract_quantities(f"The figure was {text} last year.")
    claim = Claim("c1", "a.txt", 1, 0, 1, quantity.text, "", ClaimKind.QUANTITY, None, quantity=quantity)
    assert claim_number_interval(claim).low == pytest.approx(expected_low)
