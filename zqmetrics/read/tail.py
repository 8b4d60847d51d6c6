"""Paragraphs of the report after a table that its last row took into a figure cell.

A table copied as text runs on into the report's next paragraphs: a flattened table's last
cell (合计 | 5512.0 | 2765.1 | 50.2) takes every paragraph after it, and a pipe table's last
row takes the lines without a bar after it as its last cell's continuation. A figure column
(target, actual, ratio, unit) holds a figure; a paragraph after that figure (从项目推进情况看，
1708个…。) is the text after the table, left to :func:`.tabletext.around_table`, which reads it as
rows of its own when it states a figure or a status.
"""

from __future__ import annotations

from dataclasses import replace

from zqmetrics.read.grid import Raw, Table
from zqmetrics.text.lazy import lazy_re

# Switched off by evaluation/ablation.py: the last row keeps whatever its reader gave it.
TEXT_AFTER = True
_FIGURE_ROLES = frozenset({"target", "actual", "ratio", "unit"})
_PARAGRAPH = 30  # a paragraph of the report: this long, with sentence punctuation
_SENTENCE_MARK = lazy_re(r"[，,。；;]")
_FIGURE = lazy_re(r"^\s*[-+]?\d[\d,.]*\s*%?\s*$|^.{0,16}\d")


def last_row(row: Raw, roles: list[str | None]) -> tuple[Raw, int]:
    """``row`` without the paragraphs after a figure in its figure cells, and how many were cut:
    a line at least ``_PARAGRAPH`` long with sentence punctuation, after a first line holding a
    figure (50.2; 6%以上)."""
    cells = list(row.cells)
    cut = 0
    for k, (cell, role) in enumerate(zip(cells, roles, strict=False)):
        if role not in _FIGURE_ROLES or "\n" not in cell:
            continue
        parts = cell.split("\n")
        if not _FIGURE.search(parts[0]):
            continue
        at = next((i for i in range(1, len(parts)) if len(parts[i].strip()) >= _PARAGRAPH
                   and _SENTENCE_MARK.search(parts[i])), None)
        if at is not None:
            cells[k] = "\n".join(parts[:at])
            cut += len(parts) - at
    return (Raw(tuple(cells), row.line), cut) if cut else (row, 0)


def without_text_after(table: Table) -> Table:
    """``table`` whose last row has left the paragraphs after the table (see the module text),
    said among its warnings."""
    if not (TEXT_AFTER and table.rows):
        return table
    last, cut = last_row(table.rows[-1], table.columns)
    if not cut:
        return table
    return replace(table, rows=[*table.rows[:-1], last], warnings=[
        *table.warnings, f"{cut} paragraphs after the table's last row left out of its cells"])
