"""Pipe-table lines the row reader must not take for what they look like (reader pass 6).

- A 序号 cell holding a dash or a slash (a total row's ``— | 全省 | …``) is an empty 序号 cell,
  not a row that lost its 序号 (whose cells the reader would move one column right).
- A second table in the same text, under a header of its own (a table per category, 附件2 after
  附件1; its columns more, fewer or in another order, at least half of them named as the first
  header names them, so that a row of cells holding header words is no header): its header is
  no row, and each of its rows has its cells placed under the first header's columns by role
  (the k-th column of a role under the k-th of that role; a column of no role under the column
  of the same name), those the first header does not have left out; the reader says so.
"""

from __future__ import annotations

from zqmetrics.read.columns import header_column, header_columns
from zqmetrics.read.grid import Raw
from zqmetrics.text.lazy import lazy_re

# Switched off by evaluation/ablation.py (the package runs with them on).
DASHED_SEQ = True
OTHER_HEADERS = True
_DASH = lazy_re(r"[-—–－/／\\]{1,2}")  # an empty cell written as a dash or a slash
_HEADER_CELL = 20  # header cells are short
_SHARED = 2  # a second table's header repeats at least this many of the first's cells


def dashed(cell: str) -> bool:
    """``cell`` is an empty cell written as a dash or a slash."""
    return DASHED_SEQ and bool(_DASH.fullmatch(cell.strip()))


def _squashed(text: str) -> str:
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
    if [_squashed(c) for c in cells] == [_squashed(c) for c in first]:
        return None  # the same header again (a page's): no second table
    # Header words inside data cells (任务甲 | 进展甲 | 计划甲) make a row look like a header: a
    # second table's header repeats at least half of the first's cells, two at the least.
    named = {_squashed(c) for c in first} - {""}
    shared = sum(_squashed(c) in named for c in filled)
    if shared < max(_SHARED, len(filled) / 2):
        return None
    ours = [header_column(c) for c in first]
    used: set[int] = set()
    mapping: list[int | None] = []
    for role, name in zip(ours, first, strict=True):
        found = next((j for j, (r, c) in enumerate(zip(theirs, cells, strict=True))
                      if j not in used and (r == role if role is not None
                                            else _squashed(c) == _squashed(name) != "")), None)
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
