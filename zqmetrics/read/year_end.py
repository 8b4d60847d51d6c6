"""The data month of a whole year's account: December, when its opening says the figures run
to December's end (截至12月底, 1-12月) or its page is dated once the year is over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zqmetrics.read.layouts import date_of, opening_lines
from zqmetrics.read.periods import to_year_end

if TYPE_CHECKING:
    import pandas as pd


# Switched off by evaluation/ablation.py (the package runs with it on).
YEAR_END_MONTH = True


def year_end_month(lines: list[str], year: int) -> str | None:
    """``YYYY-12`` when the opening lines say the figures of ``year``'s account run to the end of
    December (截至12月底, 截止2019年12月31日, 1-12月): the period is the whole year, and the data
    month is said as well. None when they do not (a year named alone says nothing of how far
    its figures run)."""
    if not YEAR_END_MONTH:
        return None
    opening = opening_lines(lines)
    found = any(to_year_end(line, year) for line in opening) or _dated_after(opening, year)
    return f"{year}-12" if found else None


# Switched off by evaluation/ablation.py (the package runs with it on).
DATED_AFTER_YEAR = True


def _dated_after(opening: list[str], year: int) -> bool:
    """Whether the page's date line (the first the opening holds) is in a year after ``year``: an
    account of a year published once the year is over (2021年度…完成情况, 日期: 2022-01-10) has
    its figures to December's end, as its readers take it."""
    if not DATED_AFTER_YEAR:
        return False
    m = next((m for line in opening if (m := date_of(line))), None)
    return m is not None and int(m[1]) > year


# Switched off by evaluation/ablation.py (the package runs with it on).
WHOLE_YEAR_DECEMBER = True


def with_year_end(frame: pd.DataFrame, lines: list[str]) -> pd.DataFrame:
    """``frame`` with the data month December (attrs and the rows without one of their own) when
    its period is a whole year: said when ``lines`` do not say the figures run to December's end
    (a year named alone, 2019年…完成情况), as the corpus conventions read a whole year's report."""
    period = frame.attrs.get("period")
    if not (isinstance(period, str) and period.isdigit() and len(period) == 4
            and frame.attrs.get("data_month") is None):
        return frame
    month = year_end_month(lines, int(period))
    if month is None and WHOLE_YEAR_DECEMBER and "data_month" in frame.columns:
        # The corpus conventions (2026-11-28): a whole year's report has the data month December.
        # A work report read as prose (no month per row) is the year's plan: it has none.
        month = f"{period}-12"
        frame.attrs["warnings"] = [*frame.attrs.get("warnings", []),
                                   f"data month {month}: a whole year's account whose text names "
                                   "no month runs to December"]
    if month is not None:
        frame.attrs["data_month"] = month
        if "data_month" in frame.columns:  # a frame of another reader may keep no row months
            frame["data_month"] = frame["data_month"].where(frame["data_month"].notna(), month)
    return frame
