"""Pipe-table lines the row reader must not take for what they look like (reader pass 6).

- A 序号 cell holding a dash or a slash (a total row's ``— | 全省 | …``) is an empty 序号 cell,
  not a row that lost its 序号 (whose cells the reader would move one column right).
- A second table in the same text, under a header of its own (a table per category, 附件2 after
  附件1; its columns more, fewer or in another order, at least half of them named as the first
  header names them, so that a row of cells holding header words is no header): its header is
  no row, and each of its rows has its cells placed under the first header's columns by role
  (the k-th column of a role under the k-th of that role; a column of no role under the column
  of the same name), those the first header does not have left out; the reader says so.
- A header whose cells the copy broke over lines (a web page's line break inside a wide header
  cell: ``计划`` / ``完成数 |``): its lines, joined where the break left a cell open, are the
  header, when no line alone is one or the one found opens or closes such a broken cell.
"""

from __future__ import annotations

from collections import Counter

from zqmetrics.read.columns import header_column, header_columns
from zqmetrics.read.grid import Raw, seq_number
from zqmetrics.text.lazy import lazy_re

# Switched off by evaluation/ablation.py (the package runs with them on).
DASHED_SEQ = True
OTHER_HEADERS = True
_DASH = lazy_re(r"[-—–－/／\\]{1,2}")  # an empty cell written as a dash or a slash
_HEADER_CELL = 20  # header cells are short
_SHARED = 2  # a second table's header repeats at least this many of the first's cells


def empty_mark(cell: str) -> bool:
    """``cell`` is an empty cell written as a dash or a slash (a 序号's here, any cell's in
    marks.page_marks)."""
    return bool(_DASH.fullmatch(cell.strip()))


def dashed(cell: str) -> bool:
    """``cell`` is an empty cell written as a dash or a slash."""
    return DASHED_SEQ and empty_mark(cell)


def squashed(text: str) -> str:
    """``text`` without its spaces: header cells compared as written on another page."""
    return "".join(text.split())


def header_map(first: list[str], cells: list[str]) -> tuple[list[int | None], int | None] | None:
    """For a line of ``cells`` that is a header of its own (as :func:`header_columns` reads one),
    where each of the ``first`` header's columns stands in it, and its 序号 column; None when
    the line is no header, or the first header's again."""
    filled = [c for c in cells if c.strip()]
    if not OTHER_HEADERS or not filled or any(len(c.strip()) > _HEADER_CELL for c in filled):
        return None
    theirs = header_columns(cells)  # a task column and another, or figure columns (市州 | …)
    if theirs is None:
        return None
    if [squashed(c) for c in cells] == [squashed(c) for c in first]:
        return None  # the same header again (a page's): no second table
    # Header words inside data cells (任务甲 | 进展甲 | 计划甲) make a row look like a header: a
    # second table's header repeats at least half of the first's cells, two at the least.
    named = {squashed(c) for c in first} - {""}
    shared = sum(squashed(c) in named for c in filled)
    if shared < max(_SHARED, len(filled) / 2):
        return None
    ours = [header_column(c) for c in first]
    used: set[int] = set()
    mapping: list[int | None] = []
    for role, name in zip(ours, first, strict=True):
        found = next((j for j, (r, c) in enumerate(zip(theirs, cells, strict=True))
                      if j not in used and (r == role if role is not None
                                            else squashed(c) == squashed(name) != "")), None)
        if found is not None:
            used.add(found)
        mapping.append(found)
    return mapping, theirs.index("seq") if "seq" in theirs else None


def remapped(row: Raw, mapping: list[int | None] | None) -> Raw:
    """``row`` with its cells under the first header's columns (as it is without a mapping)."""
    if mapping is None:
        return row
    cells = tuple(row.cells[j] if j is not None and j < len(row.cells) else "" for j in mapping)
    return Raw(cells, row.line)


# Switched off by evaluation/ablation.py (the package runs with it on).
WRAPPED_HEADER = True
_WRAPPED_LINES = 6  # a header broken over at most this many lines
_ROWS_SEEN = 50  # the rows whose width a joined header is checked against


def _cells(line: str) -> list[str]:
    parts = line.strip().split("|")
    return [p.strip() for p in (parts[:-1] if not parts[-1].strip() else parts)]


def wrapped_header(lines: list[str], last: int | None = None) -> tuple[list[str], int] | None:
    """``lines`` with a header whose cells the copy broke over lines (计划 / 完成数 |: a cell's own
    line breaks) joined into its first line, the others left blank, and that line's index; None
    when no run of bar lines starting at line ``last`` or before, joined, is a header."""
    if not WRAPPED_HEADER:
        return None
    for i, line in enumerate(lines[: None if last is None else last + 1]):
        if "|" not in line or line.rstrip().endswith("|"):
            continue  # a header broken inside a cell leaves its line's last cell open
        text, j = line.strip(), i
        while not text.endswith("|") and j + 1 < len(lines) and j - i < _WRAPPED_LINES:
            j += 1
            text += lines[j].strip()  # the break was inside a cell: no space is the cell's
        cells = _cells(text)
        if j > i and all(len(c) <= _HEADER_CELL for c in cells) and header_columns(cells) and (
                _row_width(lines[j + 1 :]) == len(cells)):
            return [*lines[:i], text, *[""] * (j - i), *lines[j + 1:]], i
    return None


def _row_width(lines: list[str]) -> int | None:
    """The most common number of cells of the rows closed by a bar below a header: a joined
    header has as many (rows not closed by a bar leave no broken header to join)."""
    widths = Counter(len(_cells(x)) for x in lines[:_ROWS_SEEN] if x.rstrip().endswith("|"))
    return widths.most_common(1)[0][0] if widths else None


# Switched off by evaluation/ablation.py (the package runs with it on).
HEADER_BEFORE = True
_BARE_FIGURE = lazy_re(r"[-+]?\d+(?:\.\d+)?[%％]?")


def header_before(lines: list[str], at: int) -> tuple[list[str], list[str | None]] | None:
    """The lines with the header's first line joined to the one at ``at`` the lexicon found, and
    its columns, when an export broke the header before that line; None otherwise. The bar line
    above holds short cells, none a figure or a row number, and it is either the header's first
    cells (隶属 | 项目个数 | over 年投资计划 | …: both lines together as wide as most rows below)
    or the upper line of a header of two levels (… | 年投资计划 | 进展情况 | | over | | | 完成投资额
    | 完成率 |: each as wide as the rows, the lower naming what it fills, the upper the rest)."""
    if not HEADER_BEFORE:
        return None
    above = [i for i in range(at) if lines[i].strip()]
    if not above or "|" not in lines[above[-1]]:
        return None
    prev = above[-1]
    upper, lower = _cells(lines[prev]), _cells(lines[at])
    filled = [c for c in upper if c]
    if (not filled or seq_number(upper[0]) is not None
            or any(len(c) > _HEADER_CELL or _BARE_FIGURE.fullmatch(c) for c in filled)):
        return None
    width = _row_width(lines[at + 1:])
    named = [c for c in lower if c]
    if len(filled) == len(upper) and width == len(upper) + len(named):
        header = [*upper, *named]
    elif len(upper) == len(lower) == width and all(u or w for u, w in zip(upper, lower,
                                                                          strict=True)):
        header = [w or u for u, w in zip(upper, lower, strict=True)]
    else:
        return None
    columns = header_columns(header)
    if columns is None:
        return None
    out = list(lines)
    out[prev], out[at] = "", " | ".join(header) + " |"
    return out, columns
