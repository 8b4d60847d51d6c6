"""A group cell merged over several rows, kept by the export on the group's first row only.

A web or Word table often merges a heading cell (高端产业功能区效益, 农村人居环境整治提升工程) over
the rows of its indicators. Copied as text, the first of those rows keeps the heading in the task
column and its indicator in the next column; the rows after it lost the heading cell, so their
indicator sits in the task column and every later cell one column to the left, the line ending
early. Read as they stand, the first row's task is the heading (which names no task of its own)
and the rows after it have their cells under the wrong headers.

What marks such a group, read from the cells alone: a first row whose task cell is a short heading
without a figure and whose next cell states one in words (试点村达到100个), followed by rows
without a 序号 of their own that end before it does and mostly open with such an indicator. Then
the rows after it get the lost cell back (their cells move one column right), and in every row of
the group the task is the indicator cell; the heading is said in a warning, never dropped
silently. Where the header names a group column, the lost cells are that column's: not here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from zqmetrics.read.grid import Raw

_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_HEADING = 20  # a group heading is short: a name, not a sentence


def _padded(cells: Sequence[str], width: int) -> list[str] | None:
    """The row's cells as exactly ``width`` cells, or None when it holds text beyond them."""
    if any(c.strip() for c in cells[width:]):
        return None
    return [*cells[:width], *[""] * (width - len(cells))]


def _reach(cells: list[str]) -> int:
    """How far right the row's filled cells go (the index after its last filled cell)."""
    return max((i + 1 for i, c in enumerate(cells) if c.strip()), default=0)


def _heading(cell: str) -> bool:
    text = cell.strip()
    return bool(text) and len(text) <= _HEADING and not _DIGIT.search(text)


def _indicator(cell: str) -> bool:
    """An indicator states its figure in words (试点村达到100个), not as a bare figure (13.7%)."""
    return bool(_CJK.search(cell) and _DIGIT.search(cell))


def lift_merged_groups(rows: list[Raw], roles: Sequence[str | None],
                       headers: Sequence[str] = ()) -> tuple[list[Raw], list[str]]:
    """Rows under a group cell merged over them, each with its indicator as the task and its
    cells under their headers; a warning per group found."""
    # Where a group column is named, the cells the export lost are its own (placement.place_short_rows).
    if "task" not in roles or "group" in roles:
        return rows, []
    width = len(roles)
    task = list(roles).index("task")
    after = task + 1
    if after >= width:
        return rows, []
    seq_at = list(roles).index("seq") if "seq" in roles else None
    out = list(rows)
    notes: list[str] = []
    i = 0
    while i < len(out):
        head = _padded(out[i].cells, width)
        if head is None or not (_heading(head[task]) and _indicator(head[after])):
            i += 1
            continue
        reach = _reach(head)
        followers: list[list[str]] = []
        for row in out[i + 1:]:
            cells = _padded(row.cells, width)
            if (cells is None or (seq_at is not None and cells[seq_at].strip())
                    or not cells[task].strip() or _reach(cells) >= reach or cells[-1].strip()):
                break
            followers.append(cells)
        figured = sum(_indicator(f[task]) for f in followers)
        if not followers or 2 * figured < len(followers):
            i += 1
            continue
        group = head[task].strip()
        lifted = [head, *(f[:task] + [""] + f[task:-1] for f in followers)]
        for k, cells in enumerate(lifted):
            cells[task], cells[after] = cells[after], ""
            out[i + k] = Raw(tuple(cells), out[i + k].line)
        named = headers[after] if after < len(headers) and headers[after] else f"column {after + 1}"
        notes.append(f"{group!r} heads {len(lifted)} rows (a merged cell kept on its first row "
                     f"only): read as their group, each row's task taken from its {named} cell")
        i += len(lifted)
    return out, notes
