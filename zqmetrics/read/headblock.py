"""A header over several lines: its lower lines are no rows, and its units reach the figures.

Statistical tables often stack their header over two to four lines: groups on top, the columns
under them, and each column's unit in brackets on whichever line names it (``户数(户)`` under
``计划任务数``; ``新开工改造小区数(个)`` over ``计划任务数 开工数 开工率``). The export keeps every
header line but packs its cells to the left, dropping the cells merged from the lines above. Two
things follow, and this module does both:

* lines under the header that hold no figure and name a unit in brackets are header lines, not
  rows (:func:`header_rows`);
* a figure column the header did not give a unit gets the bracketed unit written over it
  (:func:`block_units`). The label columns (序号, the name column) are taken to span every header
  line, as they do in such tables, so a lower line's cells start after them. A column takes the
  unit of the cell at its place on the first line that has one there; else of the nearest cell
  to its left on a line (a group cell merged over the column and those after it). The actual and
  the ratio of a set measure what its target measures, so they share its unit when theirs is
  unset.

A column where no header line says a unit keeps none, and nothing is guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from zqmetrics.read.arith import number
from zqmetrics.read.grid import Raw
from zqmetrics.read.tableunit import header_unit

_FIGURE_TEXT = re.compile(r"\d")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
# Dates name columns (2021年计划, 1-9月完成, 第3季度): they are no figures of a row.
_DATED = re.compile(r"\d+\s*[-－—–~～至]\s*\d+\s*月份?|(?:19|20)\d{2}\s*年|\d{1,2}\s*月份?|第?\d\s*季度?")
_NEAR = 6  # a header stands on at most this many lines above the first row
_PERCENT = ("%", "％")


def _cells(line: str, markdown: bool) -> list[str]:
    """A header line's cells: bar-separated when it has bars (a Markdown row's opening bar opens
    no cell), else separated by spaces."""
    if "|" in line:
        parts = [p.strip() for p in line.split("|")]
        if markdown and parts and not parts[0]:
            parts = parts[1:]
        while parts and not parts[-1]:
            parts.pop()
        return parts
    return line.split()


def _figure_free(cells: Sequence[str]) -> bool:
    """No digit outside brackets and dates: a unit ``(万户)`` or a footnote mark may be
    bracketed, a column named by its months (1-9月完成)."""
    return not any(_FIGURE_TEXT.search(_DATED.sub("", _BRACKETED.sub("", c))) for c in cells)


def _names_unit(cells: Sequence[str]) -> bool:
    return any((u := header_unit(c)) is not None and u not in _PERCENT for c in cells)


def header_rows(rows: list[Raw]) -> tuple[list[Raw], list[Raw]]:
    """The rows with the header lines read as rows taken off their top, and those lines.

    Only rows before the first row holding a figure, each without a figure and naming a unit in
    brackets: a task row written in words has no bracketed unit.
    """
    taken: list[Raw] = []
    for row in rows:
        cells = [c for c in row.cells if c.strip()]
        if len(cells) < 2 or not _figure_free(cells) or not _names_unit(cells):
            break
        taken.append(row)
    return rows[len(taken):], taken


def label_columns(rows: Sequence[Raw]) -> int:
    """How many label columns open the rows (group, 序号, name): most rows' first figure cell,
    a number before a name being the row's 序号."""
    counts: Counter[int] = Counter()
    for row in rows:
        cells = row.cells
        at = next((i for i, c in enumerate(cells) if number(c) is not None
                   and (i + 1 == len(cells) or number(cells[i + 1]) is not None)), None)
        if at is not None:
            counts[at] += 1
    return counts.most_common(1)[0][0] if counts else 0


def header_block(lines: Sequence[str], first_row: int | None) -> list[list[str]]:
    """The header lines above the table's first row (1-based ``first_row``), top down: the run of
    lines of two or more cells without figures nearest above it (a line the reader did not take
    as a row, holding figures, is passed over; a one-cell line, a title, ends the run)."""
    if not first_row:
        return []
    above = [x for x in lines[: first_row - 1] if x.strip()][-_NEAR:]
    barred = [x for x in above if "|" in x]
    markdown = bool(barred) and all(x.lstrip().startswith("|") for x in barred)
    block: list[list[str]] = []
    for line in reversed(above):
        cells = _cells(line, markdown)
        if len([c for c in cells if c]) < 2:
            break
        if _figure_free(cells):
            block.append(cells)
        elif block:
            break
    return block[::-1]


def block_units(block: Sequence[Sequence[str]], labels: int, width: int,
                columns: Sequence[int]) -> dict[int, str]:
    """``{column: unit}`` for the given figure columns, from the header lines ``block``.

    ``labels``: how many label columns open each row (they span every header line).
    """
    if len(block) < 2 or not 0 < labels < width:
        return {}
    placed: list[tuple[range, dict[int, str]]] = []  # per line: its columns, their units
    for k, cells in enumerate(block):
        # The first line holds the label headers; a lower one starts after them, unless it is
        # as wide as the rows (nothing merged into it).
        offset = 0 if k == 0 or len(cells) >= width else labels
        units = {offset + j: u for j, cell in enumerate(cells)
                 if (u := header_unit(cell)) is not None and u not in _PERCENT}
        placed.append((range(offset, offset + len(cells)), units))
    out: dict[int, str] = {}
    for column in columns:
        unit = next((units[column] for _, units in placed if column in units), None)
        if unit is None:
            # A group cell merged over the column: the nearest cell to its left on a line.
            unit = next((units.get(left) for at, units in placed
                         if (left := max((c for c in at if labels <= c <= column), default=None))
                         is not None and units.get(left)), None)
        if unit:
            out[column] = unit
    return out
