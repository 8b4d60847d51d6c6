"""The pint unit registry, built lazily from ``data/units.txt``.

A private registry (``UnitRegistry(None)``) holds only what these reports need: it builds in
milliseconds where pint's default registry takes a third of a second, and it cannot confuse a
Chinese counter with an English unit of the same spelling. Magnitudes are Decimal throughout.
"""

from __future__ import annotations

import ast
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


# A unit's dimension as base dimension -> exponent ({"[length]": 2} for 亩).
Dimension = dict[str, int]


def _evaluate(node: ast.expr, known: dict[str, Dimension]) -> Dimension | None:
    """The dimension of a definition's expression (``1000 * meter``, ``meter ** 2``,
    ``microgram / cubic_meter``); None when it uses a name defined nowhere above it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return {}
    if isinstance(node, ast.Name):
        return known.get(node.id)
    if isinstance(node, ast.BinOp):
        left = _evaluate(node.left, known)
        if isinstance(node.op, ast.Pow):
            if left is None or not isinstance(node.right, ast.Constant) or not isinstance(
                node.right.value, int
            ):
                return None
            return {base: power * node.right.value for base, power in left.items()}
        right = _evaluate(node.right, known)
        if left is None or right is None or not isinstance(node.op, (ast.Mult, ast.Div)):
            return None
        sign = 1 if isinstance(node.op, ast.Mult) else -1
        out = dict(left)
        for base, power in right.items():
            out[base] = out.get(base, 0) + sign * power
        return {base: power for base, power in out.items() if power}
    return None


@derived
def _dimensions() -> dict[str, Dimension]:
    """Every unit name, symbol and alias of ``data/units.txt`` with its dimension, read as data:
    the common question (are these two units of one kind?) needs no pint."""
    known: dict[str, Dimension] = {}
    for line in data_text("units.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, definition, *aliases = (part.strip() for part in line.split("="))
        if definition.startswith("[") and definition.endswith("]"):
            dim: Dimension | None = {definition: 1}
        else:
            try:
                dim = _evaluate(ast.parse(definition, mode="eval").body, known)
            except SyntaxError:
                dim = None
        if dim is None:
            continue  # a definition this reader does not follow: dimension() says "" for it
        for key in (name, *aliases):
            if key and key != "_":
                known[key] = dim
    return known


def _format(dim: Dimension) -> str:
    """A dimension written the way pint writes it: ``[mass] / [length] ** 3``, ``dimensionless``."""
    if not dim:
        return "dimensionless"

    def power(base: str, exponent: int) -> str:
        return base if exponent == 1 else f"{base} ** {exponent}"

    up = [power(b, e) for b, e in dim.items() if e > 0]
    down = [power(b, -e) for b, e in dim.items() if e < 0]
    text = " * ".join(up) if up else "1"
    text += "".join(f" / {d}" for d in down)  # pint writes 元/人/月 as [currency] / [person] / [month_duration]
    return text


@derived
def dimension(unit: str) -> str:
    """The dimensionality of a unit as written, as pint writes it (``[person]``); ``""`` if
    unknown. Read from ``data/units.txt`` without pint: comparing kinds must not cost an import."""
    name = canonical(unit) or unit
    dim = _dimensions().get(name) if name else None
    return "" if dim is None else _format(dim)


def commensurable(unit: str, other: str) -> bool:
    """False when both units are known and of different kinds (人 and 户): a conversion would
    fail, and saying so needs no pint. True when they may convert (pint has the last word)."""
    a, b = dimension(unit), dimension(other)
    return not (a and b) or a == b


def convert(value: Decimal | float | int, unit: str, to: str) -> Decimal:
    """``value`` in ``unit`` expressed in ``to``; raises pint's DimensionalityError across kinds."""
    target = canonical(to) or to
    if (canonical(unit) or unit) == target:
        return Decimal(str(value))  # two names of one registry unit (名, 人): no pint import
    ureg = registry()
    return Decimal(quantity(value, unit).to(ureg(target).units).magnitude)
