"""What the command line says on standard error about a report before it delivers anything.

- ``notices``: said and carried on (``--period`` overriding the period read from the title).
- ``assumptions``: said, and with ``--strict`` refused: a report whose period cannot be found
  (the pace cannot be judged) and every reader warning (a table read without a header, lines
  skipped …), each said once per file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zqmetrics.deliver.labels import fill
from zqmetrics.read.periods import period_from_title

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def report_notices(frame: pd.DataFrame, name: str, period: str | None,
                   lang: str = "zh") -> tuple[list[str], list[str]]:
    """(notices, assumptions) about one report read with ``--period period``."""
    notices: list[str] = []
    assumptions: list[str] = []
    title = frame.attrs.get("title")
    found = period_from_title(title) if isinstance(title, str) and title else None
    if period and found is not None and found.label != period:
        notices.append(fill("notice_period_override", lang, path=name, found=found.label,
                            given=period))
    if not period and found is None and not frame.attrs.get("period"):
        month = frame.attrs.get("month")
        assumptions.append(fill("warn_year_missing", lang, path=name, month=month)
                           if isinstance(month, int) else fill("warn_period_missing", lang, path=name))
    for warning in dict.fromkeys(frame.attrs.get("warnings") or []):
        assumptions.append(fill("warn_reader", lang, path=name, warning=warning))
    return notices, assumptions
