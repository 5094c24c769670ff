"""The one pint registry of claims, extended with news units (claims/units.txt).

Everything that needs a unit goes through :func:`registry` so that quantities
from different stages compare in the same registry. Lookups are cached: the
quantity extractor asks for the same few dozen units over and over.

Currencies are base units with a dimension each ("[currency_USD]"), so dollars
and euros never convert into each other. Percent is pint's dimensionless
``percent``; ``percentage_point`` has its own dimension.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pint

from claims.errors import ClaimsError

UNITS_FILE = Path(__file__).resolve().parent.parent / "units.txt"

# Information units are dimensionless in pint; they get a family of their own so
# that gigabytes meet megabytes but not parts per million.
_INFORMATION_UNITS = ("bit", "byte")


class UnitError(ClaimsError, ValueError):
    """A unit name pint cannot parse, or a conversion between incompatible units."""


@dataclass(slots=True, frozen=True)
class UnitInfo:
    """A unit as the extractor reports it.

    ``name`` is pint's canonical name ("metric_ton", "kilometer / hour"), or the
    ISO code for a currency ("USD"); ``dimension`` is the family used to decide
    what can be compared: "percent", "percentage_point", "currency:USD", or
    pint's dimensionality ("[mass]", "[length] / [time]").
    """

    name: str
    dimension: str


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The shared pint registry: pint's defaults plus claims/units.txt."""
    ureg = pint.UnitRegistry()
    ureg.load_definitions(str(UNITS_FILE))
    return ureg


@lru_cache(maxsize=4096)
def lookup(expression: str) -> UnitInfo:
    """Canonical name and dimension of a pint unit expression ("tonne", "km/h").

    Raises UnitError when pint does not know the expression.
    """
    ureg = registry()
    try:
        unit = ureg.parse_units(expression)
    except (pint.errors.PintError, AttributeError, TypeError, ValueError) as exc:
        raise UnitError(f"unknown unit {expression!r}") from exc
    name = str(unit)
    dims = unit.dimensionality
    currencies = [d[len("[currency_"):-1] for d in dims if d.startswith("[currency_")]
    if currencies and len(dims) == 1:
        dimension = f"currency:{currencies[0]}"
    elif name == "percent":
        dimension = "percent"
    elif dims and set(dims) == {"[percentage_point]"}:
        dimension = "percentage_point"
    elif not dims and name.endswith(_INFORMATION_UNITS):
        dimension = "[information]"
    elif not dims:
        dimension = "dimensionless"
    else:
        dimension = str(dims)
    return UnitInfo(name=name, dimension=dimension)


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """``value`` in ``from_unit`` expressed in ``to_unit`` (5 "kilometer" -> 5000 "meter").

    Raises UnitError for unknown or incompatible units (dollars to euros).
    """
    ureg = registry()
    try:
        return ureg.Quantity(value, from_unit).to(to_unit).magnitude
    except (pint.errors.PintError, AttributeError, TypeError, ValueError) as exc:
        raise UnitError(f"cannot convert {from_unit!r} to {to_unit!r}") from exc


def comparable(unit_a: str, unit_b: str) -> bool:
    """True when two unit expressions share a dimension (so they convert)."""
    try:
        return lookup(unit_a).dimension == lookup(unit_b).dimension
    except UnitError:
        return False
