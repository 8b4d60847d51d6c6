"""Rows that lost cells in export (a merged group cell, an empty cell collapsed by spaces), placed
by content: their cells keep their order and go to the columns whose other cells they resemble
(the shapes learnt from the rows written out in full). Split from ``wide`` (reader pass 24).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from zqmetrics.read.columns import names_no_role
from zqmetrics.read.grid import Raw
from zqmetrics.read.wide import kind

_GROUP_EMPTY = 0.5  # how likely a group column's cell is empty (merged over its group's rows)


def _profile(rows: list[tuple[str, ...]], width: int) -> list[dict[str, float]]:
    profiles = []
    for i in range(width):
        kinds = [kind(r[i]) for r in rows]
        counts = {k: (kinds.count(k) + 0.2) / (len(kinds) + 1.2)
                  for k in ("empty", "pct", "num", "seq", "short", "text")}
        profiles.append(counts)
    return profiles


# Switched off by evaluation/ablation.py (the package runs with it on).
OPTIONAL_TAIL = True


def optional_tail(headers: Sequence[str], rows: Sequence[Raw] = (),
                  roles: Sequence[str | None] | None = None) -> int:
    """How many columns at the table's right end may be empty on every row: a column the header
    names as holding no figure or task of a row (备注, 存在问题: ``ignore`` in headers.tsv), or a
    header cell left blank over a column no row fills (a copy's trailing bar). A blank header
    over cells is an unnamed column of data, and ends the tail.

    With the table's ``roles``, only where a group column says rows lost merged cells: without
    one, the rows that lost cells are a heading's, lifted by ``merged``, and placing them too
    moved a heading's sub-lines' names out of the task column (歙县 2024, reader pass 24)."""
    if not OPTIONAL_TAIL or (roles is not None and "group" not in roles):
        return 0
    n = 0
    for at in range(len(headers) - 1, -1, -1):
        header = headers[at]
        if header.strip():
            if not names_no_role(header):
                break
        elif any(len(r.cells) > at and r.cells[at].strip() for r in rows):
            break
        n += 1
    return n if n < len(headers) else 0


def place_short_rows(rows: list[Raw], width: int, groups: Sequence[int] = (),
                     optional: int = 0) -> tuple[list[Raw], int]:
    """Rows with empty or missing cells moved to the columns they fit; how many were moved.

    Only rows that do not fill every column are looked at, and only when at least two rows do (the
    full rows teach each column's shape). Cells keep their order. ``groups`` are the columns a
    merged cell may span (a group column): the cells an export loses are most likely theirs, so
    between two equally good places the one leaving a group column empty is taken. ``optional``:
    how many columns at the right end may be empty on every row (``optional_tail``: a 备注 column
    blank on most rows): where no row is written out to the last column, a row reaching the
    last column before them is full.
    """
    # Rows reaching the last column with at most one empty cell (a merged cell, a blank remark)
    # teach the shapes too: their cells are in place. Where the last columns are remarks, blank
    # on most rows, the last column a row must reach is the one before them.
    need = width - optional if 0 < optional < width else width

    def teaches(cells: tuple[str, ...], last: int) -> bool:
        return bool(cells[last - 1].strip()) and sum(not c.strip() for c in cells[:last]) <= 1

    full = [r.cells[:width] for r in rows if len(r.cells) >= width and teaches(r.cells, width)]
    if len(full) < 2 and need < width:
        # The remarks are blank on (nearly) every row: a row written out to the last column,
        # its remarks left blank, is full; one that stops before the remarks is full only when
        # no row is written out (a row that lost a merged cell and kept its remark stops there).
        full = [r.cells[:width] for r in rows if len(r.cells) >= width and teaches(r.cells, need)
                and not any(c.strip() for c in r.cells[need:width])]
        if len(full) < 2:
            full = [r.cells[:width] + ("",) * (width - len(r.cells)) for r in rows
                    if len(r.cells) >= need and teaches(r.cells, need)]
    if len(full) < 2:
        return rows, 0
    profile = _profile(full, width)
    for i in groups:
        if i < width:
            profile[i] = {**profile[i], "empty": max(profile[i]["empty"], _GROUP_EMPTY)}
    out: list[Raw] = []
    moved = 0
    for row in rows:
        cells = [c for c in row.cells if c.strip()]
        # A row whose cells reach the last column knows where each is, empty ones included (a
        # merged group cell left empty); a row that lost cells is short, or ends in empty cells
        # (the export shifted it left and padded it): only those are placed.
        reach = len(row.cells)
        while reach and not row.cells[reach - 1].strip():
            reach -= 1
        if reach >= width or not cells:
            out.append(row)
            continue
        here = list(row.cells[:width]) + [""] * max(0, width - len(row.cells))
        best, best_score = here, _fit(here, profile)
        if width <= 12:
            for spots in itertools.combinations(range(width), len(cells)):
                placed = [""] * width
                for s, c in zip(spots, cells, strict=True):
                    placed[s] = c
                score = _fit(placed, profile)
                if score > best_score + 1e-9:
                    best, best_score = placed, score
        if best != here:
            moved += 1
        out.append(Raw(tuple(best), row.line))
    return out, moved


def group_columns(roles: Sequence[str | None]) -> list[int]:
    """Columns that may hold merged cells: group columns, and a task-like column left of another
    (重点任务 | 指标名称: the first groups the second)."""
    tasks = [i for i, r in enumerate(roles) if r == "task"]
    return [i for i, r in enumerate(roles) if r == "group"] + tasks[:-1]


def _fit(cells: list[str], profile: list[dict[str, float]]) -> float:
    return sum(math.log(p[kind(c)]) for c, p in zip(cells, profile, strict=True))
