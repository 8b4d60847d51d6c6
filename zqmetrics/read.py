"""Read a progress report into a frame with one row per task.

Reports come as pipe-table text (a web page exported as text, like the bundled sample), CSV/TSV,
XLSX, HTML and DOCX. Each is turned into a grid of cells, the header row is found by its cell
names (the lexicon in ``zqmetrics/data/headers.tsv``), and every row below it becomes one task row
with the columns of ``COLUMNS``. Malformed rows are kept and say what is wrong in ``read_issue``;
only input that holds no table at all raises.

Pipe-table text is the hard case. Rows look like ``N | cell | cell | … |``, but a cell may run
over several physical lines, and the sample (data/jinan-shizhong-2025q2.txt) shows every way a
row continues: a line ending in ``|`` followed by the next cells (row 4), an open last cell closed
by a line holding only ``|`` (row 13), a continuation line starting with ``| `` (rows 19, 41, 90),
and a row that lost its 序号 (after row 14). The rule, line by line:

* ``N | …`` starts a row when N is plausible (a little above the last 序号) or the row being read
  already has all its cells; otherwise it continues the row (a cell may start with a number).
* Any other line continues the row being read, unless that row already has all its cells and the
  line would add more: then it is a row that lost its 序号, which becomes the previous one + 1.
* A line without ``|`` after a finished row is page debris (a footer, a section heading): skipped,
  with a warning in ``df.attrs["warnings"]`` when more rows follow.

Each line is looked at once and a cell's lines are joined once, so the parser is linear in the
size of the text however long a cell is.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

from zqmetrics import lexicon
from zqmetrics.decode import read_text
from zqmetrics.errors import NoTableError, ReportNotFoundError, ReportReadError
from zqmetrics.periods import Period, parse_period, period_from_title

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["COLUMNS", "TABLE_COLUMNS", "from_frame", "header_lexicon", "read_report",
           "sample_path"]

TABLE_COLUMNS = ("seq", "task", "progress", "plan", "units", "contact")
COLUMNS = (*TABLE_COLUMNS, "title", "place", "year", "period", "source", "line", "seq_inferred",
           "read_issue")

_SAMPLE = "jinan-shizhong-2025q2.txt"
_TEXT_SOURCE = "<text>"
_FRAME_SOURCE = "<frame>"
_SEQ_WINDOW = 10  # how far above the last 序号 a number may jump and still start a row
_MAX_HEADER_CELL = 40  # header cells are short; longer cells are data and are not matched

Cells = Sequence[str]


def sample_path() -> Path:
    """Path of the bundled sample report (济南市市中区, 2025年第二季度, 108 task rows)."""
    return Path(str(files("zqmetrics") / "data" / _SAMPLE))


# --- the header lexicon -------------------------------------------------------------------------


@functools.cache
def header_lexicon() -> dict[str, str]:
    """Header synonym → output column, from ``data/headers.tsv`` (read once, on first use)."""
    mapping: dict[str, str] = {}
    for column, synonym in lexicon.rows("headers.tsv", 2):
        if column not in TABLE_COLUMNS or not synonym or synonym in mapping:
            raise ValueError(f"headers.tsv: bad or repeated entry {column!r} {synonym!r}")
        mapping[synonym] = column
    return mapping


_HEADER_NOISE = re.compile(r"[(（][^()（）]*[)）]|\s+|[:：*＊]")


def header_column(cell: str) -> str | None:
    """The output column a header cell names, or None (see headers.tsv for the matching rule)."""
    if len(cell) > _MAX_HEADER_CELL:
        return None
    key = _HEADER_NOISE.sub("", cell)
    lexicon = header_lexicon()
    if not key or key in lexicon:
        return lexicon.get(key)
    best: tuple[int, int, str] | None = None  # (where the synonym ends, its length, column)
    for synonym, column in lexicon.items():
        at = key.rfind(synonym)
        if at >= 0 and (best is None or (at + len(synonym), len(synonym)) > best[:2]):
            best = (at + len(synonym), len(synonym), column)
    return best[2] if best else None


def _header_columns(cells: Cells) -> list[str | None] | None:
    """Column names for a header row, or None when the row is not a header.

    A header names a task column and one more, names at least half its filled cells, and does
    not start with a number: ``1 | 任务甲 | 进展甲 | …`` is data, though 任务 and 进展 are
    synonyms.
    """
    if len(cells) < 2 or _seq_number(cells[0]) is not None:
        return None
    columns = [header_column(c) for c in cells]
    named = set(columns) - {None}
    filled = sum(1 for c in cells if c.strip())
    if "task" in named and len(named) >= 2 and 2 * sum(map(bool, columns)) >= filled:
        return columns
    return None


_NO_TABLE = "no task table: no header row (序号 | 重点任务 | …) and no numbered rows (N | … | …)"
_NO_HEADER = f"no header row found; assumed the columns {', '.join(TABLE_COLUMNS)}"


def _canonical(width: int) -> list[str | None]:
    return [*TABLE_COLUMNS[:width], *[None] * (width - len(TABLE_COLUMNS))]


# --- the shared table shape ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Raw:
    """One table row as cells, before the cells are given names."""

    cells: tuple[str, ...]
    line: int | None


@dataclass(frozen=True, slots=True)
class _Table:
    title: str | None
    columns: list[str | None]
    rows: list[_Raw]
    warnings: list[str]


_SEQ = re.compile(r"\s*(\d{1,4})\s*[、.．]?\s*")


def _seq_number(cell: str) -> int | None:
    m = _SEQ.fullmatch(cell)
    return int(m[1]) if m else None


_YEAR_IN_TITLE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def _pick_title(candidates: Iterable[str]) -> str | None:
    """The first candidate naming a year (titles do), else the first non-blank one."""
    lines = [c.strip() for c in candidates if c and c.strip()]
    return next((c for c in lines if _YEAR_IN_TITLE.search(c)), lines[0] if lines else None)


# --- pipe-table text ----------------------------------------------------------------------------


def _split(line: str, closing: bool) -> tuple[list[str], bool, bool]:
    """Cells of one physical line; whether it starts with ``|`` and ends a cell with ``|``.

    ``closing`` says whether the table ends its rows with ``|``; when it does not, a final ``|``
    is read as the start of an empty last cell.
    """
    parts = line.split("|")
    if len(parts) == 1:
        return parts, False, False
    lead = not parts[0].strip()
    closed = closing and not parts[-1].strip()
    return parts[int(lead) : len(parts) - int(closed)], lead, closed


@dataclass(slots=True)
class _OpenRow:
    """The row being read: each cell as its physical lines, and whether the last is still open."""

    line: int
    cells: list[list[str]] = field(default_factory=list)
    open: bool = False

    def new_cells(self, cells: list[str], lead: bool) -> int:
        return len(cells) - (1 if cells and self.open and not lead else 0)

    def add(self, cells: list[str], lead: bool, closed: bool) -> None:
        if cells and self.open and not lead:
            self.cells[-1].append(cells[0])
            cells = cells[1:]
        self.cells.extend([c] for c in cells)
        self.open = not closed

    def done(self) -> _Raw:
        joined = ("\n".join(s for s in map(str.strip, lines) if s) for lines in self.cells)
        return _Raw(tuple(joined), self.line)


def _parse_pipe_text(text: str, source: str) -> _Table:
    if not text.strip():
        raise NoTableError("the report is empty", source)
    lines = text.split("\n")
    at, columns = _find_pipe_header(lines)
    if columns is None:
        at, width = _find_numbered_rows(lines, source)
        columns, header, warnings = _canonical(width), None, [_NO_HEADER]
    else:
        header, warnings = lines[at].strip(), []
    start = at if header is None else at + 1
    closing = _rows_end_with_pipe(lines[start:])
    rows, skipped = _pipe_rows(lines, start, len(columns), columns[0] == "seq", header, closing)
    if not rows:
        raise NoTableError("a table header but no task rows", source)
    warnings.extend(f"line {n} skipped: not part of a table row" for n in skipped)
    return _Table(_pick_title(lines[:at]), columns, rows, warnings)


def _find_pipe_header(lines: list[str]) -> tuple[int, list[str | None] | None]:
    for i, line in enumerate(lines):
        if "|" in line:
            columns = _header_columns(_split(line, True)[0])
            if columns is not None:
                return i, columns
    return 0, None


def _find_numbered_rows(lines: list[str], source: str) -> tuple[int, int]:
    """Where a table without a header starts, and its width: lines like ``N | … | …``."""
    widths: Counter[int] = Counter()
    first = None
    for i, line in enumerate(lines):
        if "|" not in line:
            continue
        cells, lead, _ = _split(line, True)
        if not lead and len(cells) >= 3 and _seq_number(cells[0]) is not None:
            first = i if first is None else first
            widths[len(cells)] += 1
    if first is None:
        raise NoTableError(_NO_TABLE, source)
    return first, max(widths, key=lambda w: (widths[w], w))


def _rows_end_with_pipe(lines: list[str]) -> bool:
    ends = [line.rstrip().endswith("|") for line in lines if "|" in line]
    return 2 * sum(ends) >= len(ends)


def _pipe_rows(lines: list[str], start: int, width: int, seq_first: bool,
               header: str | None, closing: bool) -> tuple[list[_Raw], list[int]]:
    """Rows of a pipe table from line ``start`` on, and the numbers of lines skipped within it."""
    rows: list[_Raw] = []
    skipped: list[int] = []
    pending: list[int] = []  # lines skipped since the last row: debris, or a footer if last
    row: _OpenRow | None = None
    last_seq = 0
    blank_before = False
    for number, line in enumerate(lines[start:], start + 1):
        if not line.strip():
            blank_before = True
            continue
        after_blank, blank_before = blank_before, False
        if line.strip() == header:
            continue  # the header repeated, as on every page of a printed table
        cells, lead, closed = _split(line, closing)
        has_bar = "|" in line
        seq = _seq_number(cells[0]) if seq_first and has_bar and not lead else None
        complete = row is not None and len(row.cells) >= width
        lost_seq = False
        plausible = seq is not None and last_seq < seq <= last_seq + _SEQ_WINDOW
        if seq is not None and (row is None or complete or plausible):
            last_seq = seq
        elif not has_bar and (row is None or (complete and (not row.open or after_blank))):
            pending.append(number)
            continue
        elif row is None or (complete and row.new_cells(cells, lead) > 0):
            lost_seq, last_seq = True, last_seq + 1
        else:
            row.add(cells, lead, closed)
            continue
        if row is not None:
            rows.append(row.done())
        skipped.extend(pending)
        pending.clear()
        row = _OpenRow(number)
        row.add(([""] if lost_seq and seq_first else []) + cells, False, closed)
    if row is not None:
        rows.append(row.done())
    return rows, skipped


# --- grids: CSV, TSV, XLSX, HTML, DOCX ----------------------------------------------------------


def _grid_table(grids: list[list[list[str]]], before: list[str], source: str,
                lines: list[list[int]] | None = None) -> _Table:
    """The first grid with a header row (else with numbered rows) as a table."""
    for with_header in (True, False):
        for g, raw in enumerate(grids):
            grid = [[c.strip() for c in row] for row in raw]
            found = _grid_header(grid) if with_header else _grid_numbered(grid)
            if found is not None:
                return _grid_rows(grid, *found, before, lines[g] if lines else None)
    raise NoTableError(_NO_TABLE, source)


def _grid_header(grid: list[list[str]]) -> tuple[int, list[str | None], list[str]] | None:
    for i, row in enumerate(grid):
        columns = _header_columns(row)
        if columns is not None:
            return i, columns, []
    return None


def _grid_numbered(grid: list[list[str]]) -> tuple[int, list[str | None], list[str]] | None:
    for i, row in enumerate(grid):
        if len(row) >= 3 and _seq_number(row[0]) is not None:
            return i - 1, _canonical(len(row)), [_NO_HEADER]
    return None


def _grid_rows(grid: list[list[str]], at: int, columns: list[str | None], warnings: list[str],
               before: list[str], lines: list[int] | None) -> _Table:
    header = grid[at] if at >= 0 else None
    rows: list[_Raw] = []
    for i in range(at + 1, len(grid)):
        cells = grid[i]
        filled = [c for c in cells if c]
        if not filled or cells == header:
            continue
        if len(filled) == 1 and len(columns) > 2 and _seq_number(filled[0]) is None:
            # One cell across the table: a section heading (一、产业发展) or a note, not a task.
            warnings.append(f"row {i + 1} skipped: a single cell ({filled[0][:30]})")
            continue
        rows.append(_Raw(tuple(cells), lines[i] if lines else None))
    title = _pick_title([*before, *(" ".join(c for c in row if c) for row in grid[: max(at, 0)])])
    return _Table(title, columns, rows, warnings)


def _read_delimited(path: Path, delimiter: str) -> tuple[_Table, str]:
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


def _read_xlsx(path: Path) -> tuple[_Table, None]:
    # Imported here: openpyxl is slow to import and only .xlsx files need it.
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


def _read_html(path: Path) -> tuple[_Table, str]:
    decoded = read_text(path)
    parser = _HTMLTables()
    parser.feed(decoded.text)
    parser.close()
    grids = [_expand_spans(t) for t in parser.tables]
    return _grid_table(grids, parser.before, str(path)), decoded.encoding


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read_docx(path: Path) -> tuple[_Table, None]:
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


def _read_pipe_file(path: Path) -> tuple[_Table, str]:
    decoded = read_text(path)
    return _parse_pipe_text(decoded.text, str(path)), decoded.encoding


def _read_xls(path: Path) -> tuple[_Table, None]:
    raise ReportReadError("old binary .xls files are not supported; save the file as .xlsx",
                          str(path))


_READERS = {
    ".csv": lambda p: _read_delimited(p, ","),
    ".tsv": lambda p: _read_delimited(p, "\t"),
    ".xlsx": _read_xlsx,
    ".xlsm": _read_xlsx,
    ".xls": _read_xls,
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
}


# --- named rows to a frame ----------------------------------------------------------------------


_UNIT_SEPARATORS = frozenset("、，,；;\n")


def _split_units(cell: str) -> list[str]:
    """责任单位 as a list, lead first: split on 、，,；; and newlines, but not inside brackets."""
    units: list[str] = []
    start = depth = 0
    for i, ch in enumerate(cell):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _UNIT_SEPARATORS:
            units.append(cell[start:i])
            start = i + 1
    units.append(cell[start:])
    return [u.strip() for u in units if u.strip()]


def _records(rows: list[_Raw], columns: Sequence[str | None]) -> dict[str, list[Any]]:
    """Name each row's cells, infer missing 序号 and say what is wrong with a row."""
    width = len(columns)
    out: dict[str, list[Any]] = {k: [] for k in (*TABLE_COLUMNS, "line", "seq_inferred",
                                                   "read_issue")}
    seen: set[str] = set()
    previous = 0
    for row in rows:
        cells = list(row.cells)
        while len(cells) > width and not cells[-1]:
            cells.pop()  # a stray trailing | (row 15 of the sample ends with "| |")
        issues = [f"row has {len(cells)} cells, expected {width}"] if len(cells) != width else []
        if len(cells) > width:  # keep the surplus rather than lose text
            cells[width - 1 :] = ["\n".join(c for c in cells[width - 1 :] if c)]
        cells.extend([""] * (width - len(cells)))
        named: dict[str, list[str]] = {}
        for name, text in zip(columns, cells, strict=True):
            if name and text:
                named.setdefault(name, []).append(text)
        text_of = {k: "\n".join(named.get(k, [])) for k in TABLE_COLUMNS}
        number = _seq_number(text_of["seq"])
        seq = str(number) if number is not None else text_of["seq"]
        inferred = not seq
        if inferred:
            number, seq = previous + 1, str(previous + 1)
        previous = number if number is not None else previous
        if seq in seen:
            issues.append(f"duplicate seq {seq}")
        seen.add(seq)
        if not text_of["task"]:
            issues.append("empty task cell")
        for key in ("task", "progress", "plan", "contact"):
            out[key].append(text_of[key])
        out["seq"].append(seq)
        out["units"].append(_split_units(text_of["units"]))
        out["line"].append(row.line)
        out["seq_inferred"].append(inferred)
        out["read_issue"].append("; ".join(issues) or None)
    return out


def _place(title: str | None) -> str | None:
    """The text before the year in the title: 市中区2025年《…》 → 市中区."""
    m = _YEAR_IN_TITLE.search(title or "")
    if m is None or title is None:
        return None
    place = title[: m.start()].strip(" \t\u3000:：-—（）()《》【】[]「」")
    return place.removeprefix("关于").strip() or None


def _frame(records: dict[str, list[Any]], *, title: str | None, period: Period | None,
           source: str, encoding: str | None, warnings: list[str]) -> pd.DataFrame:
    import pandas as pd

    period = period or (period_from_title(title) if title else None)
    title_year = _YEAR_IN_TITLE.search(title or "")
    year = period.year if period else (int(title_year[1]) if title_year else None)
    place = _place(title)
    n = len(records["seq"])
    frame = pd.DataFrame({
        **{k: pd.Series(records[k], dtype="str") for k in ("seq", "task", "progress", "plan")},
        "units": pd.Series(records["units"], dtype=object),
        "contact": pd.Series(records["contact"], dtype="str"),
        "title": pd.Series([title] * n, dtype=object),
        "place": pd.Series([place] * n, dtype=object),
        "year": pd.array([year] * n, dtype="Int64"),
        "period": pd.Series([period.label if period else None] * n, dtype=object),
        "source": pd.Series([source] * n, dtype="str"),
        "line": pd.array(records["line"], dtype="Int64"),
        "seq_inferred": pd.Series(records["seq_inferred"], dtype=bool),
        "read_issue": pd.Series(records["read_issue"], dtype=object),
    })
    frame.attrs.update(title=title, place=place, year=year,
                       period=period.label if period else None, source=source,
                       encoding=encoding, warnings=list(warnings))
    return frame


# --- public API ---------------------------------------------------------------------------------


def read_report(source: str | os.PathLike[str], *,
                period: str | Period | None = None) -> pd.DataFrame:
    """Read a report into one row per task, in report order, with the columns of ``COLUMNS``.

    ``source`` is a path, or the report text itself (a str holding a newline or `` | ``, or
    blank). A path's extension picks the format: .csv .tsv .xlsx .html/.htm .docx, anything else
    is pipe-table text. ``period`` (``2025Q2``, ``2025H1``, ``2025-05``, ``2025``) overrides the
    period read from the title. ``df.attrs`` holds title, place, year, period, source, encoding
    and warnings.

    Raises ReportNotFoundError, DecodeError, NoTableError (all ReportReadError) when the report
    cannot be used at all, PeriodError for a bad ``period``. Odd rows never raise.
    """
    try:
        return _read_table(source, period)
    except NoTableError:
        # A work report written as prose (政府工作报告) has no table but still has targets.
        from zqmetrics.prose import looks_like_prose_report, read_prose

        if isinstance(source, str) and ("\n" in source or " | " in source):
            text = source
        elif Path(source).is_file() and Path(source).suffix.lower() in ("", ".txt", ".text"):
            from zqmetrics.decode import read_text

            text = read_text(source).text
        else:
            raise
        if looks_like_prose_report(text):
            return read_prose(source, period=period)
        raise


def _read_table(source: str | os.PathLike[str], period: str | Period | None) -> pd.DataFrame:
    if not isinstance(source, (str, os.PathLike)):
        hint = "; use from_frame() for a DataFrame" if hasattr(source, "columns") else ""
        raise TypeError(f"read_report takes a path or the report text, not {type(source).__name__}"
                        f"{hint}")
    chosen = parse_period(period) if period is not None else None
    encoding: str | None
    if isinstance(source, str) and ("\n" in source or " | " in source or not source.strip()):
        text = source.replace("\r\n", "\n").replace("\r", "\n")
        name, encoding = _TEXT_SOURCE, None
        table = _parse_pipe_text(text, name)
    else:
        path = Path(source)
        try:
            exists = path.is_file()
        except OSError:  # e.g. a name too long to be a path
            exists = False
        if not exists:
            if path.is_dir():
                raise ReportReadError("is a directory, not a report file", str(path))
            raise ReportNotFoundError("no such file", str(path))
        name = path.name
        table, encoding = _READERS.get(path.suffix.lower(), _read_pipe_file)(path)
    return _frame(_records(table.rows, table.columns), title=table.title, period=chosen,
                  source=name, encoding=encoding, warnings=table.warnings)


def from_frame(df: pd.DataFrame, *, task: str, progress: str, seq: str | None = None,
               plan: str | None = None, units: str | None = None, contact: str | None = None,
               period: str | Period | None = None, title: str | None = None) -> pd.DataFrame:
    """Shape any frame like ``read_report``'s output; arguments name the caller's columns.

    Units given as a string are split as a report's are; a missing 序号 becomes 1..n. The result
    keeps the caller's index, so it can be joined back; the caller's frame is never changed.
    """
    chosen = parse_period(period) if period is not None else None
    mapping = {"seq": seq, "task": task, "progress": progress, "plan": plan, "units": units,
               "contact": contact}
    given = {k: v for k, v in mapping.items() if v is not None}
    missing = [v for v in given.values() if v not in df.columns]
    if missing:
        raise ReportReadError(f"columns not in the frame: {', '.join(map(str, missing))}",
                              _FRAME_SOURCE)
    values = [[_frame_text(v) for v in df[c].tolist()] for c in given.values()]
    rows = [_Raw(tuple(cells), None) for cells in zip(*values, strict=True)] if values else []
    out = _frame(_records(rows, list(given)), title=title, period=chosen, source=_FRAME_SOURCE,
                 encoding=None, warnings=[])
    out.index = df.index.copy()
    return out


def _frame_text(value: Any) -> str:
    import pandas as pd

    if isinstance(value, (list, tuple)):
        return "\n".join(str(v).strip() for v in value)
    if pd.api.types.is_scalar(value) and pd.isna(value):  # None, NaN, NA, NaT
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
