"""Grid formats of a progress report: CSV, TSV, XLSX, HTML and DOCX.

Each reader turns its file into a grid of cells and hands it to the same header and row rules as
pipe-table text (see pipe.py), so every format gives the same columns. Only the standard library
and openpyxl are used: HTML tables through html.parser, DOCX through its XML.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

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
    for i in range(at + 1, len(grid)):
        cells = grid[i]
        filled = [c for c in cells if c]
        if not filled or cells == header:
            continue
        if len(filled) == 1 and len(columns) > 2 and seq_number(filled[0]) is None:
            # One cell across the table: a section heading (一、产业发展) or a note, not a task.
            warnings.append(f"row {i + 1} skipped: a single cell ({filled[0][:30]})")
            continue
        rows.append(Raw(tuple(cells), lines[i] if lines else None))
    above = grid[: max(at, 0)] if header is not None else grid[: at + 1]
    title = pick_title([*before, *(" ".join(c for c in row if c) for row in above)])
    return Table(title, columns, rows, warnings, list(header or []))


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


class _HTMLTables(HTMLParser):
    """Top-level <table>s as rows of (text, rowspan, colspan), and the text blocks before them."""

    _BLOCKS = frozenset({"title", "h1", "h2", "h3", "h4", "h5", "h6", "p", "caption", "div"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self.before: list[str] = []
        self._depth = 0
        self._row: list[tuple[str, int, int]] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._block: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "table":
            self._depth += 1
            if self._depth == 1:
                self._end_block()
                self.tables.append([])
            else:
                self._text("\n")  # a table nested in a cell is that cell's text, line by line
        elif self._depth > 1 and tag in ("tr", "td", "th"):
            self._text("\n")
        elif self._depth == 1 and tag == "tr":
            self._end_row()
            self._row = []
        elif self._depth == 1 and tag in ("td", "th"):
            self._end_cell()
            self._row = [] if self._row is None else self._row
            self._cell = []
            spans = dict(attrs)
            self._span = (_span(spans.get("rowspan")), _span(spans.get("colspan")))
        elif tag == "br" or (tag in self._BLOCKS and self._cell is not None):
            self._text("\n")
        elif tag in self._BLOCKS and not self.tables:
            self._end_block()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "table" and self._depth:
            if self._depth == 1:
                self._end_row()
            self._depth -= 1
        elif self._depth == 1 and tag == "tr":
            self._end_row()
        elif self._depth == 1 and tag in ("td", "th"):
            self._end_cell()
        elif tag in self._BLOCKS and not self.tables:
            self._end_block()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            # Source line breaks and indentation mean nothing in HTML; <br> and blocks do.
            self._text(re.sub(r"[ \t\r\n\f]+", " ", data))

    def close(self) -> None:
        super().close()
        self._end_row()
        self._end_block()

    def _text(self, s: str) -> None:
        if self._cell is not None:
            self._cell.append(s)
        elif not self.tables:
            self._block.append(s)

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            text = "\n".join(s for s in map(str.strip, "".join(self._cell).split("\n")) if s)
            self._row.append((text, *self._span))
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None and self.tables:
            self.tables[-1].append(self._row)
        self._row = None

    def _end_block(self) -> None:
        text = "".join(self._block).strip()
        if text:
            self.before.append(text)
        self._block = []


def _span(value: str | None) -> int:
    return min(max(int(value), 1), 1000) if value and value.strip().isdigit() else 1


def _expand_spans(rows: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """A grid from cells with rowspan/colspan; a cell spanning rows is repeated in each."""
    grid: list[list[str]] = []
    carried: dict[int, tuple[str, int]] = {}  # column → (text, rows still to fill)
    for row in rows:
        out: list[str] = []
        cells = iter(row)
        cell = next(cells, None)
        while cell is not None or any(col >= len(out) for col in carried):
            col = len(out)
            if col in carried:
                text, left = carried.pop(col)
                out.append(text)
                if left > 1:
                    carried[col] = (text, left - 1)
            elif cell is None:
                out.append("")
            else:
                text, rowspan, colspan = cell
                for k in range(colspan):
                    if rowspan > 1:
                        carried[col + k] = (text if k == 0 else "", rowspan - 1)
                    out.append(text if k == 0 else "")
                cell = next(cells, None)
        grid.append(out)
    return grid


def _read_html(path: Path) -> tuple[Table, str]:
    decoded = read_text(path)
    parser = _HTMLTables()
    parser.feed(decoded.text)
    parser.close()
    grids = [_expand_spans(t) for t in parser.tables]
    return _grid_table(grids, parser.before, str(path)), decoded.encoding


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read_docx(path: Path) -> tuple[Table, None]:
    try:
        with zipfile.ZipFile(path) as archive:
            body = ElementTree.fromstring(archive.read("word/document.xml")).find(f"{_W}body")
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as exc:
        raise ReportReadError(f"not a readable .docx file ({exc})", str(path)) from None
    before: list[str] = []
    grids: list[list[list[str]]] = []
    for element in body if body is not None else ():
        if element.tag == f"{_W}p" and not grids:
            before.append(_docx_text(element))
        elif element.tag == f"{_W}tbl":
            grids.append(_docx_grid(element))
    return _grid_table(grids, before, str(path)), None


def _docx_text(paragraph: ElementTree.Element) -> str:
    marks = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n"}
    return "".join((el.text or "") if el.tag == f"{_W}t" else marks.get(el.tag, "")
                   for el in paragraph.iter())


def _docx_grid(table: ElementTree.Element) -> list[list[str]]:
    grid: list[list[str]] = []
    for tr in table.findall(f"{_W}tr"):  # direct rows only: a table nested in a cell is text
        row: list[str] = []
        for tc in tr.findall(f"{_W}tc"):
            props = tc.find(f"{_W}tcPr")
            span = props.find(f"{_W}gridSpan") if props is not None else None
            merge = props.find(f"{_W}vMerge") if props is not None else None
            text = "\n".join(t for t in map(_docx_text, tc.iter(f"{_W}p")) if t.strip())
            if merge is not None and merge.get(f"{_W}val") != "restart" and grid:
                # A continued vertical merge: the cell above (one 责任单位 for several tasks).
                above = grid[-1]
                text = above[len(row)] if len(row) < len(above) else ""
            row.append(text)
            row.extend([""] * (_span(span.get(f"{_W}val") if span is not None else None) - 1))
        grid.append(row)
    return grid


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
