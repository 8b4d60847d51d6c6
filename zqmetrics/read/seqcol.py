"""A 序号 column the header does not name, read from the rows.

Copies lose the 序号 header cell in two ways: the header is one cell short of its rows (the cell
merged with the title above it, or left out), or the header cell is there but empty. Either way
the rows open with their numbers 1, 2, 3 …, and reading the header as it stands puts every cell
one column off (the 序号 under the task's header, the task under a figure's). When most rows
are one cell wider than the header and open with a run of row numbers, or the header's first
cell is empty over such a run, the column is a 序号; a row that lacks the number (a 全市 or 合计
total first) keeps its cells under the header's columns.
"""

from __future__ import annotations

from dataclasses import replace

from zqmetrics.read.grid import Raw, Table, seq_number

# Switched off by evaluation/ablation.py (the package runs with it on).
UNNAMED_SEQ = True


def _reach(row: Raw) -> int:
    """The cells a row fills up to its last filled one (a closing bar adds an empty cell)."""
    n = len(row.cells)
    while n and not row.cells[n - 1].strip():
        n -= 1
    return n


def _numbered(rows: list[Raw]) -> bool:
    """Whether the rows' first cells run 1, 2, 3 … (a row in between may lack its number)."""
    found = [seq_number(r.cells[0]) for r in rows if r.cells and r.cells[0].strip()]
    numbers = [n for n in found if n is not None]
    if len(numbers) < 2 or len(numbers) < len(found):
        return False
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1


def with_unnamed_seq(table: Table) -> Table:
    """``table`` with its unnamed 序号 column named (see the module text), said in its
    warnings; the table itself when its header names one or the rows show none."""
    columns, headers = table.columns, table.headers
    if not UNNAMED_SEQ or not headers or "seq" in columns:
        return table
    width = len(columns)
    if columns[0] is None and not headers[0].strip() and _numbered(table.rows):
        note = "an empty header cell over row numbers 1, 2, 3 …: read as the 序号 column"
        return replace(table, columns=["seq", *columns[1:]], warnings=[*table.warnings, note])
    wider = [r for r in table.rows if _reach(r) == width + 1]
    if 2 * len(wider) <= len(table.rows) or not _numbered(wider):
        return table
    # A row opening with its number keeps its cells (it may have lost later ones); a row without
    # one (a total first) moves under the header's columns.
    rows = [r if _reach(r) > width or (r.cells and seq_number(r.cells[0]) is not None)
            else Raw(("", *r.cells), r.line) for r in table.rows]
    note = ("the rows are one cell wider than the header and open with row numbers 1, 2, 3 …: "
            "an unnamed 序号 column before the header's")
    return replace(table, columns=["seq", *columns], rows=rows, headers=["", *headers],
                   warnings=[*table.warnings, note])
