"""The contract records (CONTRACT.md) of a report frame: read → extract → assess → one dict per row."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from zqmetrics.extraction.rows import missing
from zqmetrics.judge.assessment import assess

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def records(frame: pd.DataFrame, period: str | None = None) -> Iterator[dict[str, Any]]:
    """The contract records (see CONTRACT.md) of a report frame, one per row, in order."""

    assessed = assess(frame, period=period)
    for row in assessed.to_dict("records"):
        yield record(row)


def _clean(value: Any) -> Any:
    return None if missing(value) else value


def record(row: Any) -> dict[str, Any]:
    """One contract record from an assessed row."""
    units = row.get("units")
    return {
        "seq": str(row.get("seq")),
        "task": _text(row.get("task")),
        "progress": _text(row.get("progress")),
        "units": list(units) if isinstance(units, (list, tuple)) else [],
        "contact": _text(row.get("contact")),
        "targets": [t.to_dict() for t in row.get("targets") or []],
        "actuals": [a.to_dict() for a in row.get("actuals") or []],
        "completion": _clean(row.get("completion")),
        "expected": _clean(row.get("expected")),
        "status": row.get("status"),
        "severity": _clean(row.get("severity")),
        "reasons": list(row.get("reasons") or []),
    }
