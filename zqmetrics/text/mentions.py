"""What a clause says beside its figures (:mod:`zqmetrics.text.clauses` finds them)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Mention:
    """Something a clause says, beside its figures: a ratio, a verdict, a gap or a role."""

    kind: str  # ratio | verdict | gap | role
    start: int
    end: int
    text: str
    value: str = ""  # verdict: its status; gap: below | above; role: target; ratio: whole | measure
    figure: int | None = None  # index into Cell.figures of the figure it reads
    amount: Decimal | None = None  # ratio: the completion in %, excess folded in (超额完成49% → 149)
    partial: bool = False  # a verdict that names a part only (其中一处未开工)
