"""Frozen result types.

Every span is half-open and indexes the text the user passed in (not a normalised copy), so
``text[q.start:q.end] == q.text`` always holds. Magnitudes are kept exactly as ``Decimal``; the
``value`` floats exist for JSON and DataFrames.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # pragma: no cover
    import pint

Comparator = Literal["exact", "at_least", "at_most", "about", "range"]
Kind = Literal["amount", "level", "change"]
PeriodKind = Literal["quarter", "ytd", "snapshot", "unknown"]

# Units that make a figure a rate: it is a level or a change, never a count.
RATE_UNITS = frozenset({"%", "‰"})
# Units of an absolute change of a rate (提高2个百分点): their sign is meant.
CHANGE_UNITS = frozenset({"个百分点", "百分点"})

COMPARATORS: tuple[str, ...] = ("exact", "at_least", "at_most", "about", "range")
KINDS: tuple[str, ...] = ("amount", "level", "change")
PERIODS: tuple[str, ...] = ("quarter", "ytd", "snapshot", "unknown")


def _num(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit or counter, as found in a text.

    ``amount`` is exact (``Decimal``) with the magnitude folded in: ``2万人`` has amount 20000 and
    unit ``人``. ``unit`` is the unit as written with any magnitude removed (``亿元`` → ``元``);
    ``canonical`` names the pint unit it converts through.
    """

    amount: Decimal
    unit: str
    canonical: str
    comparator: Comparator
    start: int
    end: int
    text: str
    amount_max: Decimal | None = None

    @property
    def value(self) -> float:
        return float(self.amount)

    @property
    def value_max(self) -> float | None:
        return _num(self.amount_max)

    def to_pint(self, registry: pint.UnitRegistry | None = None) -> pint.Quantity:
        """The lower (or only) amount as a pint Quantity in this unit, kept in Decimal."""
        # lazy: the pint registry is heavy; built on the first conversion (tests/test_layout.py)
        from zqmetrics.text.units import registry as default_registry

        ureg = registry if registry is not None else default_registry()
        return ureg.Quantity(self.amount, self.canonical)

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "comparator": self.comparator,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


class _ReadsQuantity:
    """The quantity's own fields, read through: ``target.value`` is ``target.quantity.value``."""

    __slots__ = ()
    quantity: Quantity

    @property
    def value(self) -> float:
        return self.quantity.value

    @property
    def value_max(self) -> float | None:
        return self.quantity.value_max

    @property
    def unit(self) -> str:
        return self.quantity.unit

    @property
    def comparator(self) -> Comparator:
        return self.quantity.comparator

    @property
    def start(self) -> int:
        return self.quantity.start

    @property
    def end(self) -> int:
        return self.quantity.end


@dataclass(frozen=True, slots=True)
class Target(_ReadsQuantity):
    """A numeric annual target found in a task cell."""

    metric: str
    quantity: Quantity
    kind: Kind
    quote: str
    quote_start: int
    quote_end: int
    part: bool = False  # a 其中… sub-target: a part of the target before it
    qualifier: Quantity | None = None  # 过50亿元 in 过50亿元项目2个: which things count
    source: str = "task"  # task | progress | target_column: where it was read
    implied: bool = False  # derived (a figure ÷ its stated ratio), never written

    def to_dict(self) -> dict[str, Any]:
        q = self.quantity
        return {
            "source": self.source,
            "implied": self.implied,
            "metric": self.metric,
            "value": q.value,
            "value_max": q.value_max,
            "unit": q.unit or None,
            "comparator": q.comparator,
            "kind": self.kind,
            "part": self.part,
            "qualifier": self.qualifier.text if self.qualifier else None,
            "quote": self.quote,
            "start": q.start,
            "end": q.end,
        }


@dataclass(frozen=True, slots=True)
class Actual(_ReadsQuantity):
    """A figure in a progress cell, with the period it covers and the target it measures.

    ``stated`` marks a completion the text states itself (``完成全年任务的77%``): its quantity is
    that percentage. ``through_month`` is the last month the figure covers when the text says
    (``1-5月份`` → 5), else None. ``estimate`` marks ``预计``/``初步统计`` figures.
    """

    metric: str
    quantity: Quantity
    period: PeriodKind
    quote: str
    quote_start: int
    quote_end: int
    target_index: int | None = None
    stated: bool = False
    estimate: bool = False
    through_month: int | None = None
    cues: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        q = self.quantity
        return {
            "target_index": self.target_index,
            "metric": self.metric,
            "value": q.value,
            "value_max": q.value_max,
            "unit": q.unit or None,
            "period": self.period,
            "stated": self.stated,
            "estimate": self.estimate,
            "through_month": self.through_month,
            # a task cell that goes on to report progress: its figures' offsets are in `task`
            "source": "task" if "task" in self.cues else "progress",
            "quote": self.quote,
            "start": q.start,
            "end": q.end,
        }
