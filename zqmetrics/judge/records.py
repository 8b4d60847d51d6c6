"""The contract records (CONTRACT.md) of a report frame: read → extract → assess → one dict per row."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from zqmetrics.extraction.rows import missing
from zqmetrics.judge.assessment import assess_rows
from zqmetrics.read.frame_rows import row_records
from zqmetrics.text.cells import cell_text

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def records(frame: pd.DataFrame, period: str | None = None) -> Iterator[dict[str, Any]]:
    """The contract records (see CONTRACT.md) of a report frame, one per row, in order."""

    attrs = dict(frame.attrs)
    for row in assess_rows(row_records(frame), attrs, period):
        yield record(row, attrs)


def _clean(value: Any) -> Any:
    return None if missing(value) else value


def _month_label(year: Any, month: int | None, fallback: Any) -> str | None:
    if month and isinstance(year, int):
        return f"{year:04d}-{month:02d}"
    return fallback if isinstance(fallback, str) and fallback else None


def record(row: Any, attrs: dict[str, Any] | None = None) -> dict[str, Any]:
    """One contract record from an assessed row."""
    attrs = attrs or {}
    units = row.get("units")
    data_month = _clean(row.get("data_month")) or attrs.get("data_month")
    year = _clean(row.get("year")) or attrs.get("year")
    try:
        year = int(year) if year is not None else None
    except (TypeError, ValueError):
        year = None
    actuals = []
    for a in row.get("actuals") or []:
        d = a.to_dict()
        d["data_month"] = (_month_label(year, a.through_month, None)
                           or (data_month if a.period in ("ytd", "snapshot", "unknown") else None))
        actuals.append(d)
    verdict = row.get("verdict")
    parent = _clean(row.get("parent_seq"))
    return {
        "seq": str(row.get("seq")),
        "task": cell_text(row.get("task")),
        "progress": cell_text(row.get("progress")),
        "units": list(units) if isinstance(units, (list, tuple)) else [],
        "contact": cell_text(row.get("contact")),
        "targets": [t.to_dict() for t in row.get("targets") or []],
        "actuals": actuals,
        "completion": _clean(row.get("completion")),
        "expected": _clean(row.get("expected")),
        "status": row.get("status"),
        "severity": _clean(row.get("severity")),
        "reasons": list(row.get("reasons") or []),
        "layout": _clean(row.get("layout")) or attrs.get("layout"),
        "parent_seq": None if parent is None else str(parent),
        "data_month": data_month,
        "stated_ratio": _clean(row.get("stated_ratio")),
        "verdict": dict(verdict) if isinstance(verdict, dict) else None,
        "unreported": list(row.get("unreported") or []),
    }
