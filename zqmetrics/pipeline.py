"""The whole pipeline over a report frame: read → extract → align → assess → records.

Each row is processed on its own and guarded: an exception inside one row marks that row
``unclear`` with the reason, and the batch goes on. No row is ever dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from zqmetrics.extraction import extract_actuals, extract_targets
from zqmetrics.types import Actual, Target

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def missing(value: Any) -> bool:
    """None, NaN or pandas.NA (whose truth value cannot be asked)."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return True


def _year(frame: pd.DataFrame, row: Any) -> int | None:
    year = row.get("year") if hasattr(row, "get") else None
    if missing(year):
        year = frame.attrs.get("year")
    try:
        return None if year is None or missing(year) else int(year)
    except (TypeError, ValueError):
        return None


# Sections of a prose report whose figures are not this year's targets (see prose.py).
NOT_TARGET_SECTIONS = {"review", "multi_year", "other"}


def extract_row(
    task: str, progress: str, year: int | None, section: Any = None
) -> tuple[list[Target], list[Actual], str | None]:
    """Targets and actuals of one row, and an error reason if extraction itself failed."""
    if isinstance(section, str) and section in NOT_TARGET_SECTIONS:
        return [], [], None
    try:
        targets = extract_targets(_text(task))
        actuals = extract_actuals(_text(progress), targets, year)
        return targets, actuals, None
    except Exception as exc:  # one bad row must not stop a batch; the row says what went wrong
        return [], [], f"extraction failed: {type(exc).__name__}: {exc}"


def extract(frame: pd.DataFrame) -> pd.DataFrame:
    """A new frame with ``targets``, ``actuals`` (lists of result objects) and ``extract_issue``.

    The caller's frame is not modified.
    """
    out = frame.copy()
    targets_col: list[list[Target]] = []
    actuals_col: list[list[Actual]] = []
    issues: list[str | None] = []
    for row in frame.to_dict("records"):
        targets, actuals, issue = extract_row(
            row.get("task"), row.get("progress"), _year(frame, row), row.get("section")
        )
        targets_col.append(targets)
        actuals_col.append(actuals)
        issues.append(issue)
    out["targets"] = targets_col
    out["actuals"] = actuals_col
    out["extract_issue"] = issues
    return out


def records(frame: pd.DataFrame, period: str | None = None) -> Iterator[dict[str, Any]]:
    """The contract records (see CONTRACT.md) of a report frame, one per row, in order."""
    from zqmetrics.assessment import assess

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
        "reasons": list(row.get("reasons") or []),
    }
