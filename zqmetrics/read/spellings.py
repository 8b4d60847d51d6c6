"""One spelling for a period the words give two ways: data through December are the year.

``2024-12`` (data January to December) and ``2024`` are one span with one pace (a December figure
is judged against the whole year's target), so the reader writes the year and the corpus scorer
and the probes compare through :func:`one_spelling` (corpus conventions, decision 15: periods pass
2, issue 10). Kept apart from periods.py, which reads the words.
"""

from __future__ import annotations

import re

from zqmetrics.read.periods import Period

__all__ = ["one_spelling", "year_of_december"]

# Switched off by evaluation/ablation.py (the package runs with it on).
DECEMBER_IS_YEAR = True
# A label of data through December: 2024-12.
_DECEMBER_LABEL = re.compile(r"(\d{4})-12")


def one_spelling(label: str | None) -> str | None:
    """``label`` in the one spelling of its span: data from January through December (``2024-12``)
    are the year (``2024``), whatever words gave them (1-12月, 截至12月17日, a page of December
    on the year's account); every other label as it is. The pace at December is the whole
    year's either way, so the corpus conventions (periods pass 2) count them one period: the
    reader writes the year, the corpus scorer and the probes compare through this."""
    if label is None:
        return None
    m = _DECEMBER_LABEL.fullmatch(label)
    return m[1] if m else label


def year_of_december(period: Period | None) -> tuple[Period | None, list[str]]:
    """``period`` spelled as the year when its data run through December (``2024-12`` →
    ``2024``), with the note that says so; any other period unchanged, with no note. The data
    month (``2024-12``) is the caller's to keep: the figures still run to December."""
    if not DECEMBER_IS_YEAR or period is None or period.kind != "month" or period.index != 12:
        return period, []
    year = Period.of(period.year, "year")
    return year, [f"period {year.label}: data through December ({period.label}) are the whole "
                  "year"]
