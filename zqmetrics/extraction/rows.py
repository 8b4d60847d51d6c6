"""The whole pipeline over a report frame: read → extract → align → assess → records.

Each row is processed on its own and guarded: an exception inside one row marks that row
``unclear`` with the reason, and the batch goes on. No row is ever dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zqmetrics.extraction.actuals import extract_actuals
from zqmetrics.extraction.targets import extract_targets
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


# Sections of a prose report whose figures are not this year's targets (see read/prose.py).
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


