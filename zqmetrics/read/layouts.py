"""Which layout a text report has, and the report period its opening lines give.

Layouts are tried from the most to the least structured, each by a test of its own shape:
vertical pipe (cells on lines closed by ``|``), pipe table (rows ``a | b | c``), flattened table
(a header run of short cells, one per paragraph), space-separated table (a name then figures),
then the text layouts: a 督查 bulletin (status leads with lists), numbered items, a prose article.
"""

from __future__ import annotations

import re

from zqmetrics.errors import NoTableError
from zqmetrics.read.flat import read_flat
from zqmetrics.read.grid import Table
from zqmetrics.read.periods import Period, period_from_title
from zqmetrics.read.pipe import parse_pipe_text
from zqmetrics.read.spaced import read_spaced

_VERTICAL_SHARE = 0.3  # this share of the lines are cells closed by a lone trailing |
_VERTICAL_MIN = 8
_OPENING = 30  # the report period is looked for in this many non-blank opening lines
_LINE = 300
_DATE_LINE = 60  # a date line is short (a dateline, 发布日期); a date in a sentence dates an event
_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*\d{1,2}")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def is_vertical(lines: list[str]) -> bool:
    filled = [line.strip() for line in lines if line.strip()]
    closed = [s for s in filled if s.endswith("|") and s.count("|") == 1 and len(s) > 1]
    return len(closed) >= _VERTICAL_MIN and len(closed) >= _VERTICAL_SHARE * len(filled)


def table_of(text: str, source: str) -> tuple[Table, str] | None:
    """The table of a text report and its layout, or None when it has no table."""
    lines = text.split("\n")
    if is_vertical(lines):
        found = read_flat(lines, vertical=True)
        if found is not None:
            return found
    try:
        return parse_pipe_text(text, source), "pipe_table"
    except NoTableError as exc:
        header_only = exc if "no task rows" in str(exc) else None
    found = read_flat(lines, vertical=False)
    if found is not None:
        return found
    spaced = read_spaced(lines)
    if spaced is not None:
        return spaced, "spaced_table"
    if header_only is not None:  # a pipe header without rows says more than "no table"
        raise header_only
    return None


def report_period(lines: list[str]) -> tuple[Period | None, list[str]]:
    """The period the opening lines give: a period phrase with its year, else a year alone (a
    whole-year report), else the month of the page's date line; with what was assumed."""
    # Cut: a line may be a whole table cell of 100,000 characters; a period is said early.
    opening = [line.strip()[:_LINE] for line in lines if line.strip()][:_OPENING]
    year: int | None = None
    for line in opening:
        found = period_from_title(line)
        if found is not None and found.kind != "year":
            return found, []
        if year is None:
            m = _YEAR.search(line)
            year = found.year if found is not None else int(m[1]) if m else None
    for line in opening:
        m = _DATE.search(line) if len(line) <= _DATE_LINE else None
        if m and (year is None or int(m[1]) == year) and 1 <= int(m[2]) <= 12:
            note = f"period {m[1]}-{int(m[2]):02d} taken from the date line {m[0]!r}"
            return Period.of(int(m[1]), "month", int(m[2])), [note]
    if year is not None:
        return Period.of(year, "year"), [f"no period phrase: read as the whole year {year}"]
    return None, ["period unknown: no year in the text (give --period)"]
