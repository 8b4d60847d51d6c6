"""The pace expected of a target by a month (时间过半、任务过半), linear or seasonal (``data/pace.tsv``)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from zqmetrics.text.lexicon import derived, rows
from zqmetrics.text.normalize import fold_chars


@derived
def _profiles() -> tuple[tuple[str, tuple[Decimal, ...]], ...]:
    out = []
    for word, shares in rows("pace.tsv", 2):
        values = tuple(Decimal(s) for s in shares.split(","))
        if len(values) == 12:
            out.append((word, values))
    return tuple(out)


def expected_share(
    month: int | None, metric: str = "", profile: dict[str, Any] | None = None
) -> Decimal | None:
    """The share of a year's target expected by the end of ``month`` (linear unless seasonal)."""
    if month is None:
        return None
    month = max(1, min(12, month))
    share = seasonal_share(month, metric, profile)
    return share if share is not None else Decimal(month) / Decimal(12)


def seasonal_share(
    month: int, metric: str, profile: dict[str, Any] | None = None
) -> Decimal | None:
    """The seasonal profile's share of the year expected by the end of ``month`` (``profile``
    first, then ``data/pace.tsv``; the first word the metric holds wins), or None when no profile
    names the metric. The one reader of the profiles: the year-end forecast uses it too."""
    month = max(1, min(12, month))
    for word, shares in list((profile or {}).items()) + list(_profiles()):
        if word in metric:
            return Decimal(str(shares[month - 1]))
    return None


def severity_of(gap: Decimal) -> str:
    points = gap * 100
    return "mild" if points < 10 else "moderate" if points <= 30 else "severe"


def pace_needed(completion: Decimal, month: int) -> Decimal | None:
    """Pace the rest of the year needs, as a multiple of the pace so far."""
    if completion <= 0 or month >= 12 or completion >= 1:
        return None
    so_far = completion / month
    needed = (1 - completion) / (12 - month)
    return (needed / so_far).quantize(Decimal("0.1"))


# The month a part of the year ends (the words that name one: data/part_year.tsv, class part).
_DUE_WORDS = {"一季度": 3, "二季度": 6, "上半年": 6, "三季度": 9, "前三季度": 9, "四季度": 12}
_DUE = re.compile(r"(上半年|前三季度|[一二三四]季度)|(?<!\d)(1[0-2]|[1-9])月(?:底|末)?前")


def due_month(words: str) -> int | None:
    """The month a target's own words make it due by (計劃上半年開工建設的113個, 6月底前开工), or
    None when they name no part of the year."""
    m = _DUE.search(fold_chars(words))
    if m is None:
        return None
    return _DUE_WORDS[m.group(1)] if m.group(1) else int(m.group(2))
