"""The pint unit registry, built lazily from ``data/units.txt``.

A private registry (``UnitRegistry(None)``) holds only what these reports need: it builds in
milliseconds where pint's default registry takes a third of a second, and it cannot confuse a
Chinese counter with an English unit of the same spelling. Magnitudes are Decimal throughout.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from zqmetrics.text.lexicon import data_text, derived, mapping

if TYPE_CHECKING:  # pragma: no cover
    import pint

@derived
def registry() -> pint.UnitRegistry:
    """The shared registry (Decimal magnitudes); build your own with :func:`new_registry`."""
    return new_registry()


def new_registry() -> pint.UnitRegistry:
    import pint  # lazy: pint is heavy; loaded on first use

    ureg: pint.UnitRegistry = pint.UnitRegistry(
        None, non_int_type=Decimal, autoconvert_offset_to_baseunit=False
    )
    for line in data_text("units.txt").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            ureg.define(line)
    return ureg


def canonical(surface: str) -> str | None:
    """The registry unit a written unit or counter converts through, or None if unknown."""
    return mapping("units.tsv").get(surface)


def quantity(value: Decimal | float | int, unit: str) -> pint.Quantity:
    """A pint Quantity from a number and a unit as written (``亩``) or a registry name (``mu``)."""
    ureg = registry()
    name = canonical(unit) or unit
    return ureg.Quantity(Decimal(str(value)), name)


@derived
def dimension(unit: str) -> str:
    """The dimensionality of a unit as written, as a string (``[person]``); ``""`` if unknown."""
    name = canonical(unit) or unit
    try:
        return str(registry()(name).dimensionality) if name else ""
    except Exception:  # an unknown unit name is not an error for a caller asking about text
        return ""



def convert(value: Decimal | float | int, unit: str, to: str) -> Decimal:
    """``value`` in ``unit`` expressed in ``to``; raises pint's DimensionalityError across kinds."""
    ureg = registry()
    target = canonical(to) or to
    return Decimal(quantity(value, unit).to(ureg(target).units).magnitude)
