"""The cells of a flattened table, and what a single cell is (a row number, a figure, a name).

A table copied from a web page as text keeps its cells in order but loses its grid: one cell per
paragraph (``paragraph_cells``) or one per line closed by ``|`` (``vertical_cells``). The reader
of such tables (:mod:`.flat`) finds the header and the rows in this stream; the predicates here
say what one cell looks like, read alike by every rule that cuts the stream into rows, and how
well a cell fits a column of each role (``prior``: the score the reader's placement adds up).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from zqmetrics.read.marks import any_seq_number, other_seq_number
from zqmetrics.read.wide import figure_words, is_org, is_status_cell, kind
from zqmetrics.text.lazy import lazy_re

_CN_DIGITS = "一二三四五六七八九十"
# A row number alone in its cell (3, 12、, 三), a task cell opening with its number (3、…), a
# bracketed number ((一), （2）).
SEQ_CELL = lazy_re(rf"\s*(\d{{1,3}}|[{_CN_DIGITS}]{{1,3}})\s*[、.．]?\s*")
NUMBERED = lazy_re(r"\s*(\d{1,3})\s*[、.．]")
BRACKETED = lazy_re(rf"\s*[（(][{_CN_DIGITS}\d]{{1,3}}[)）]\s*")
_PIPES = lazy_re(r"\s*\|[|\s]*")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    line: int


# Switched off by evaluation/ablation.py (the package runs with them on).
STRICT_VERTICAL = True
FIGURE_WORDS = True  # a rate cell in words (全部开工) fits a ratio column
TRAILING_WORDS = True  # columns of words after a table of figures's figures close its rows


def vertical_cells(lines: list[str]) -> list[Cell]:
    """Cells of a vertical pipe layout: text up to a line ending with ``|``; a lone ``|`` is empty,
    unless it closes the line of text before it (the strict form: each cell on its line, then a
    line holding only ``|``)."""
    cells: list[Cell] = []
    pending: list[str] = []
    start = 0
    bare = False  # the line before was text without a bar, read as a cell of its own
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped:
            continue
        if "|" not in stripped:  # a title or a note around the table: a cell of its own
            cells.append(Cell(stripped, number))
            bare = True
            continue
        closes, bare = bare and STRICT_VERTICAL, False
        if _PIPES.fullmatch(stripped):
            if pending:
                cells.append(Cell("\n".join(pending), start))
                pending = []
            elif stripped == "|" and not closes:
                cells.append(Cell("", number))
            continue  # several pipes: the debris of merged cells, no cell of its own
        if not pending:
            start = number
        pending.append(stripped.rstrip("|").strip() if stripped.endswith("|") else stripped)
        if stripped.endswith("|"):
            cells.append(Cell("\n".join(pending), start))
            pending = []
    if pending:
        cells.append(Cell("\n".join(pending), start))
    return cells


def paragraph_cells(lines: list[str]) -> list[Cell]:
    """Cells of a flattened table: paragraphs between blank lines (lines, if there are none)."""
    blank = sum(1 for line in lines if not line.strip())
    cells: list[Cell] = []
    pending: list[str] = []
    start = 0
    for number, line in enumerate(lines, 1):
        if not line.strip() or blank * 4 < len(lines):
            if line.strip():
                cells.append(Cell(line.strip(), number))
            elif pending:
                cells.append(Cell("\n".join(pending), start))
                pending = []
            continue
        if not pending:
            start = number
        pending.append(line.strip())
    if pending:
        cells.append(Cell("\n".join(pending), start))
    return cells


def lone_number(text: str) -> int | None:
    """The row number a cell holds alone (3, 三、), or None."""
    m = SEQ_CELL.fullmatch(text)
    return (int(m[1]) if m[1].isdigit() else other_seq_number(m[1]) or 0) if m else None


def numbered_task(text: str) -> int | None:
    """The number a task cell opens with (3、新建…), or None."""
    m = NUMBERED.match(text)
    return int(m[1]) if m and len(text) > len(m[0]) + 1 else None


def run(cells: list[Cell], number: Callable[[str], int | None]) -> int:
    """How long the run 1, 2, 3 … of cells numbered by ``number`` is."""
    last = 0
    for c in cells:
        if number(c.text) == last + 1:
            last += 1
    return last


def is_figure(text: str) -> bool:
    """A figure: a bare number or share, or a short text holding a digit (3家, 6%以上)."""
    s = text.strip()
    return kind(s) in ("num", "pct") or (len(s) <= 16 and any(ch.isdigit() for ch in s))


def is_label(text: str) -> bool:
    """A cell that may name a row: words, not a figure, a number or a list of offices."""
    return kind(text) in ("short", "text") and not is_org(text) and not SEQ_CELL.fullmatch(text)


def prior(text: str, role: str | None) -> float:
    """How well a cell fits a column of a role (higher is better)."""
    return priors(text, [role])[0]


def priors(text: str, roles: list[str | None]) -> list[float]:
    """``prior`` of one cell for each of ``roles``: what the cell's text is, read once."""
    s = text.strip()
    n, shape = len(s), kind(s)
    digit = any(ch.isdigit() for ch in s)
    org = is_org(s)
    status = is_status_cell(s)
    return [_fit(role, s, n, shape, digit, org, status) for role in roles]


def _fit(role: str | None, s: str, n: int, shape: str, digit: bool, org: bool,
         status: bool) -> float:
    if shape == "empty":
        return 0.0
    if role == "seq":
        return 3.0 if any_seq_number(s) is not None else -6.0
    if role == "units":
        return 2.0 if org else (-0.5 if n <= 8 else -3.0)
    if role == "status":
        return 2.0 if status else -2.0
    if role == "ratio":  # a share, with its % sign or under a header saying (%), or in words
        return 2.0 if shape == "pct" or (FIGURE_WORDS and s in figure_words()) else (
            1.0 if shape == "num" else -2.0)
    if role == "unit":
        return 1.5 if n <= 4 and not digit else -2.0
    if role == "actual":
        return 1.5 if shape in ("num", "pct") or (n <= 16 and digit) else (0.0 if n <= 8 else -1.0)
    if role == "target":  # a figure, or a description of what is to be delivered
        return 1.5 if n <= 16 and digit else 0.0 if org else 0.8 if n > 16 else 0.2
    if role == "task":
        return -1.0 if shape in ("num", "pct") else 0.0 if org else 0.4 if n <= 12 and not digit else 1.0
    if role == "progress":
        if shape == "num":
            return 0.2
        return 0.0 if org else 1.2 if status or n > 8 else 1.0 if digit else 0.5
    if role == "weight":  # a score: a small bare figure
        return 2.0 if shape == "num" and n <= 4 else -2.0
    if role == "plan":
        return 0.5
    if role == "group":
        return 0.8 if n <= 12 and not digit and not org else -2.0
    if role == "contact":
        return 1.0 if re.search(r"\d{7,}", s) else -1.0
    return (0.5 if digit else 0.2) if n <= 20 else -0.5  # dates, totals: columns without a role


def trailing_words(roles: list[str | None], figure_roles: frozenset[str]) -> int:
    """How many columns of words close a table of figures's rows (a status, an owner, remarks
    after its last figure column: 进度评价 | 责任单位)."""
    if not TRAILING_WORDS:
        return 0
    last = max((i for i, r in enumerate(roles) if r in figure_roles), default=len(roles) - 1)
    return len(roles) - 1 - last


def figure_rows(cells: list[Cell], trailing: int) -> list[int]:
    """Where the rows of a table of figures start: a label after a figure. With ``trailing``
    columns of words after the figures (绿灯, 市发改委), a run of words after a figure holds the
    row's trailing cells first: when the run is at most one cell longer than those columns and a
    figure follows it, its last cell is the next row's label; no more cells than those columns at
    the end are the last row's. (A row whose trailing cells are empty is dropped from a flattened
    copy's stream, so its label alone comes after a figure.)"""
    found = []
    i = 0
    while i < len(cells):
        if is_figure(cells[i].text) or (i and not is_figure(cells[i - 1].text)):
            i += 1
            continue
        end = i
        while end < len(cells) and not is_figure(cells[end].text):
            end += 1
        if trailing and i and end == len(cells) and end - i <= trailing:
            break  # the last row's trailing cells
        opens = i
        if trailing and i and end < len(cells) and end - i <= trailing + 1:
            opens = end - 1
        found.append(opens)
        i = end
    return found
