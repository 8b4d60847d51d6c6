"""Grid formats of a progress report: CSV, TSV, XLSX, HTML and DOCX.

Each reader turns its file into a grid of cells and hands it to the same header and row rules as
pipe-table text (see pipe.py), so every format gives the same columns. Only the standard library
and openpyxl are used: HTML tables through html.parser, DOCX through its XML.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from zqmetrics.errors import NoTableError, ReportReadError
from zqmetrics.read.columns import (
    NO_HEADER,
    NO_HEADER_CONTENT,
    NO_TABLE,
    canonical_columns,
    header_columns,
)
from zqmetrics.read.decode import read_text
from zqmetrics.read.grid import Raw, Table, pick_title, seq_number
from zqmetrics.read.pipe import parse_pipe_text

# --- grids: CSV, TSV, XLSX, HTML, DOCX ----------------------------------------------------------

_EVEN_ROWS = 3  # rows with two cells or more that make a table without a header or 序号


def _grid_table(grids: list[list[list[str]]], before: list[str], source: str,
                lines: list[list[int]] | None = None) -> Table:
    """The first grid with a header row (else with numbered rows) as a table."""
    # A header, else numbered rows, else rows of one width (columns read from their cells): a
    # grid that holds rows is never refused.
    for find in (_grid_header, _grid_numbered, _grid_even):
        for g, raw in enumerate(grids):
            grid = [[c.strip() for c in row] for row in raw]
            found = find(grid)
            if found is not None:
                return _grid_rows(grid, *found, before, lines[g] if lines else None)
    raise NoTableError(NO_TABLE, source)


def _grid_header(grid: list[list[str]]) -> tuple[int, list[str | None], list[str]] | None:
    for i, row in enumerate(grid):
        columns = header_columns(row)
        if columns is not None:
            return i, columns, []
    return None


def _grid_numbered(grid: list[list[str]]) -> tuple[int, list[str | None], list[str]] | None:
    for i, row in enumerate(grid):
        if len(row) >= 3 and seq_number(row[0]) is not None:
            return i - 1, canonical_columns(len(row)), [NO_HEADER]
    return None


def _grid_even(grid: list[list[str]]) -> tuple[int, list[str | None], list[str]] | None:
    """Rows of one width (at least two filled cells, on at least three rows) without header or
    序号: the rows start at the first of them."""
    widths = [sum(1 for c in row if c) for row in grid]
    wide = [i for i, w in enumerate(widths) if w >= 2]
    if len(wide) < _EVEN_ROWS:
        return None
    width = max(len(grid[i]) for i in wide)
    return wide[0] - 1, [None] * width, [NO_HEADER_CONTENT]


def _grid_rows(grid: list[list[str]], at: int, columns: list[str | None], warnings: list[str],
               before: list[str], lines: list[int] | None) -> Table:
    # Columns read from the cells (all unnamed) had no header: the row above is a title.
    header = grid[at] if at >= 0 and any(columns) else None
    rows: list[Raw] = []
    numbered = ((i, grid[i], lines[i] if lines else None) for i in range(at + 1, len(grid)))
    for found in grid_rows(numbered, header, len(columns)):
        if isinstance(found, Raw):
            rows.append(found)
        else:
            warnings.append(found)
    above = grid[: max(at, 0)] if header is not None else grid[: at + 1]
    title = pick_title([*before, *(" ".join(c for c in row if c) for row in above)])
    return Table(title, columns, rows, warnings, list(header or []))


def grid_rows(numbered: Iterable[tuple[int, list[str], int | None]], header: list[str] | None,
              width: int) -> Iterator[Raw | str]:
    """The rows under a grid's header from (0-based row, stripped cells, line) triples, each as
    it comes, and a warning for each row skipped."""
    for i, cells, line in numbered:
        filled = [c for c in cells if c]
        if not filled or cells == header:
            continue
        if len(filled) == 1 and width > 2 and seq_number(filled[0]) is None:
            # One cell across the table: a section heading (一、产业发展) or a note, not a task.
            yield f"row {i + 1} skipped: a single cell ({filled[0][:30]})"
            continue
        yield Raw(tuple(cells), line)


def grid_title(above: list[list[str]]) -> str | None:
    """The title of a grid from its rows above the header."""
    return pick_title(" ".join(c for c in row if c) for row in above)


def _read_delimited(path: Path, delimiter: str) -> tuple[Table, str]:
    decoded = read_text(path)
    grid: list[list[str]] = []
    starts: list[int] = []
    reader = csv.reader(io.StringIO(decoded.text), delimiter=delimiter)
    next_start = 1  # a quoted cell may span lines: a record starts after the previous one ends
    try:
        for record in reader:
            starts.append(next_start)
            grid.append(record)
            next_start = reader.line_num + 1
    except csv.Error as exc:
        raise ReportReadError(f"malformed {path.suffix} file: {exc}", str(path)) from None
    return _grid_table([grid], [], str(path), [starts]), decoded.encoding


def _read_xlsx(path: Path) -> tuple[Table, None]:
    # Imported here: openpyxl is slow to import and only .xlsx files need it.
    # lazy: openpyxl is heavy and only the .xlsx reader needs it
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:  # not read_only: merged cells are only visible in the normal mode
        book = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ReportReadError(f"not a readable .xlsx file ({exc})", str(path)) from None
    grids = []
    for sheet in book.worksheets:
        grid = [[_xlsx_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        for merged in sheet.merged_cells.ranges:
            # A cell merged down several rows (one 责任单位 for three tasks) belongs to each row.
            value = grid[merged.min_row - 1][merged.min_col - 1]
            for r in range(merged.min_row, min(merged.max_row, len(grid)) + 1):
                grid[r - 1][merged.min_col - 1] = value
        grids.append(grid)
    book.close()
    return _grid_table(grids, [], str(path)), None


def _xlsx_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _read_html(path: Path) -> tuple[Table, str]:
    from zqmetrics.read.markup import html_grids  # lazy: html.parser loads only for HTML files

    decoded = read_text(path)
    grids, before = html_grids(decoded.text)
    return _grid_table(grids, before, str(path)), decoded.encoding


def _read_docx(path: Path) -> tuple[Table, None]:
    from zqmetrics.read.markup import docx_grids  # lazy: zipfile and xml.etree for DOCX only

    grids, before = docx_grids(path)
    return _grid_table(grids, before, str(path)), None


def read_pipe_file(path: Path) -> tuple[Table, str]:
    decoded = read_text(path)
    return parse_pipe_text(decoded.text, str(path)), decoded.encoding


def _read_xls(path: Path) -> tuple[Table, None]:
    raise ReportReadError("old binary .xls files are not supported; save the file as .xlsx",
                          str(path))


READERS = {
    ".csv": lambda p: _read_delimited(p, ","),
    ".tsv": lambda p: _read_delimited(p, "\t"),
    ".xlsx": _read_xlsx,
    ".xlsm": _read_xlsx,
    ".xls": _read_xls,
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
}
