"""A big pipe-table or CSV/TSV report read a chunk of rows at a time, in bounded memory.

:func:`read_report` holds the decoded text, its lines, every row's cells and the frame at once
(about 6 bytes of memory for each byte of a 100 MB file). A big UTF-8 pipe table is read here
instead in two passes over the file, a line at a time: the first counts what the whole-text
reader decides over every line (Markdown rows, rows closed by ``|``, the report's opening lines
for its period), the second parses the rows with the same row parser and gives a frame for each
chunk of rows. A CSV/TSV file is parsed once to check it parses, then read a record at a time
with the same row rules as ``formats``. The header, title, period, units and warnings are read as
the whole-text reader reads them; the column roles, which it reads from the cells of every row,
are read from the first ``HEAD_ROWS`` rows (said on stderr). Anything else (no header among the
opening lines, another layout, another encoding, rows placed by content) is left to
:func:`read_report`: :func:`stream_frames` then says None before reading any row.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zqmetrics.errors import ReportReadError
from zqmetrics.read.columns import NO_HEADER_CONTENT, header_columns
from zqmetrics.read.decode import decode_bytes
from zqmetrics.read.formats import READERS, grid_rows, grid_title
from zqmetrics.read.grid import Raw, Table
from zqmetrics.read.layouts import pipe_row, report_period, table_of
from zqmetrics.read.marks import seq_style
from zqmetrics.read.periods import Period, name_period, name_warning, parse_period
from zqmetrics.read.pipe import markdown_line, markdown_table, pipe_head, pipe_rows, split_cells
from zqmetrics.read.reader import table_framer, with_text_month

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

# Files above this size are streamed: below it the whole-text reader's memory is small anyway.
STREAM_BYTES = 16 * 2**20
# The column roles are read from this many first rows (the whole-text reader reads every row).
HEAD_ROWS = 2000
# The header and title are looked for among this many opening lines.
HEAD_LINES = 400
_ENCODING_BYTES = 2**20  # the encoding is found from this much of the file's start
_OPENING = 30  # as many opening lines as layouts.report_period looks at
_DELIMITERS = {".csv": ",", ".tsv": "\t"}


def streams(path: str | os.PathLike[str], limit: int = STREAM_BYTES) -> bool:
    """Whether the file is a text file above ``limit`` bytes, one :func:`stream_frames` may read."""
    p = Path(path)
    try:
        suffix = p.suffix.lower()
        return ((suffix not in READERS or suffix in _DELIMITERS) and p.is_file()
                and p.stat().st_size > limit)
    except OSError:
        return False


def _encoding(path: Path) -> str | None:
    with path.open("rb") as f:
        head = f.read(_ENCODING_BYTES)
        more = bool(f.read(1))
    if more:  # cut at a line end: a character cut in two would not decode
        head = head[: head.rfind(b"\n") + 1]
    encoding = decode_bytes(head, str(path)).encoding if head else None
    # Other encodings are chosen by the whole text (a GB18030 guess needs it mostly CJK).
    return encoding if encoding in ("utf-8", "utf-8-sig") else None


def _lines(path: Path, encoding: str) -> Iterator[str]:
    # newline=None turns \r\n and \r into \n, as the decoder does to the whole text
    with path.open(encoding=encoding, newline=None) as f:
        for line in f:
            yield line[:-1] if line.endswith("\n") else line
    yield ""  # the text's split gives an empty last line after its final newline


class _Counts:
    """What the whole-text reader counts over every line, counted a line at a time."""

    def __init__(self) -> None:
        self.head: list[str] = []
        self.opening: list[str] = []
        # per variant (as read, as Markdown rows): bar lines, those closed by |, from line 0 on,
        # and the same for each of the opening lines, to leave out the lines above the rows
        self.bars = [0, 0]
        self.closed = [0, 0]
        self.head_bars: list[tuple[int, int, int, int]] = []
        self.opened = 0
        self.first_opens: bool | None = None

    def add(self, n: int, line: str) -> None:
        if n < HEAD_LINES:
            self.head.append(line)
        if len(self.opening) < _OPENING and line.strip() and not pipe_row(line):
            self.opening.append(line)
        marks = (0, 0, 0, 0)
        if "|" in line:
            stripped = line.strip()
            self.opened += stripped.startswith("|")
            if self.first_opens is None:
                self.first_opens = stripped.startswith("|")
            ends = line.rstrip().endswith("|")
            self.bars[0] += 1
            self.closed[0] += ends
            marks = (1, ends, 0, 0)
            md = markdown_line(line)
            if "|" in md:
                md_ends = md.rstrip().endswith("|")
                self.bars[1] += 1
                self.closed[1] += md_ends
                marks = (1, ends, 1, md_ends)
        if n < HEAD_LINES:
            self.head_bars.append(marks)

    def closing(self, markdown: bool, start: int) -> bool:
        """``pipe._rows_end_with_pipe`` of the lines from ``start`` on."""
        k = int(markdown)
        above = self.head_bars[:start]
        bars = self.bars[k] - sum(m[2 * k] for m in above)
        ends = self.closed[k] - sum(m[2 * k + 1] for m in above)
        return 2 * ends >= bars


def stream_frames(path: str | os.PathLike[str], *, period: str | Period | None = None,
                  chunk_rows: int = 500, head_rows: int | None = None,
                  say: Callable[[str], None] | None = None) -> tuple[pd.DataFrame, Iterator[pd.DataFrame]] | None:
    """The frame of the first chunk of rows of a pipe-table file and an iterator over the frames
    of the later chunks (``read_report``'s rows, ``chunk_rows`` at a time, with its columns and
    attrs), or None when the file is not one this reads alike (see the module text).

    Lines skipped after the first ``head_rows`` rows are told to ``say`` as they are met (the
    whole-text reader lists them among the report's warnings). Raises what ``read_report``
    raises for a file that cannot be read.
    """
    head_rows = HEAD_ROWS if head_rows is None else head_rows
    p = Path(path)
    if not p.is_file():
        raise ReportReadError("no such file", str(path))
    chosen = parse_period(period) if period is not None else None
    found = _stream_frames(p, chosen, chunk_rows, head_rows, say)
    if found is None or chosen is not None or found[0].attrs.get("period") is not None:
        return found
    # as read_report: a text naming no year is read in the period of its file name, if it has one
    named = name_period(found[0].attrs, p.name)
    if named is None:
        return found
    again = _stream_frames(p, named, chunk_rows, head_rows, say)
    if again is None:
        return None
    note = name_warning(named, p.name)

    def noted(frame: pd.DataFrame) -> pd.DataFrame:
        frame.attrs["warnings"] = [*frame.attrs.get("warnings", []), note]
        return frame

    return noted(again[0]), (noted(f) for f in again[1])


def _stream_frames(p: Path, chosen: Period | None, chunk_rows: int, head_rows: int,
                   say: Callable[[str], None] | None
                   ) -> tuple[pd.DataFrame, Iterator[pd.DataFrame]] | None:
    encoding = _encoding(p)
    if encoding is None:
        return None
    delimiter = _DELIMITERS.get(p.suffix.lower())
    if delimiter is not None:
        return _grid_frames(p, encoding, delimiter, chosen, chunk_rows, head_rows, say)
    counts = _Counts()
    try:
        for n, line in enumerate(_lines(p, encoding)):
            counts.add(n, line)
    except UnicodeDecodeError:
        return None  # not UTF-8 after all: the whole-text reader finds its encoding
    head_text = "\n".join(counts.head)
    try:
        found = table_of(head_text, str(p))
    except ReportReadError:
        return None
    if found is None or found[1] != "pipe_table" or not found[0].headers or (
            NO_HEADER_CONTENT in found[0].warnings):
        return None
    plain = pipe_head(counts.head, False)
    if plain is None:
        return None
    # as parse_pipe_text decides it: a header opening with a bar, else most bar lines opening one
    markdown = markdown_table(counts.head[plain.at].strip().startswith("|"), counts.bars[0],
                              counts.opened, bool(counts.first_opens))
    head = pipe_head(counts.head, markdown)
    if head is None or head.columns != found[0].columns or head.start >= len(counts.head):
        return None
    closing = counts.closing(markdown, head.start)
    period_found, notes = (chosen, []) if chosen is not None else report_period(counts.opening)

    def numbered() -> Iterator[tuple[int, str]]:
        for n, line in enumerate(_lines(p, encoding)):
            if n >= head.start:
                yield n + 1, markdown_line(line) if markdown else line

    width = len(head.columns)
    number = seq_style((markdown_line(line) if markdown else line for line in counts.head[head.start:]),
                       head.seq_at, lambda line: split_cells(line, closing))
    parsed = pipe_rows(numbered(), width, head.seq_at, head.header, closing, number)
    first, skipped = _head(parsed, head_rows)
    if not first:
        return None
    # the skipped lines among the first rows, said as the whole-text reader says them
    warnings = [*head.warnings, *(f"line {n} skipped: not part of a table row" for n in skipped)]
    table = Table(head.title, head.columns, first, warnings, head.header_cells)
    rows, make, placing = table_framer(table, "pipe_table", period=chosen, source=p.name,
                                       encoding=encoding, fallback=period_found, notes=notes,
                                       lines=counts.head)
    if placing:
        return None
    frames = (with_text_month(f, counts.opening)
              for f in _frames(rows, make, parsed, chunk_rows, say))
    return next(frames), frames


def _head(parsed: Iterator[Raw | Any], rows: int) -> tuple[list[Raw], list[Any]]:
    """The first ``rows`` rows of ``parsed`` and what it said between them (a skipped line's
    number, a grid's warning), leaving the rest of ``parsed`` unread."""
    first: list[Raw] = []
    said: list[Any] = []
    for item in parsed:
        if isinstance(item, Raw):
            first.append(item)
            if len(first) >= rows:
                break
        else:
            said.append(item)
    return first, said


def _frames(first: list[Raw], make: Callable[[list[Raw]], pd.DataFrame],
            parsed: Iterator[Raw | int | str], chunk_rows: int,
            say: Callable[[str], None] | None) -> Iterator[pd.DataFrame]:
    for start in range(0, len(first), chunk_rows):
        yield make(first[start : start + chunk_rows])
    first.clear()
    chunk: list[Raw] = []
    for item in parsed:
        if isinstance(item, Raw):
            chunk.append(item)
            if len(chunk) >= chunk_rows:
                yield make(chunk)
                chunk = []
        elif say is not None:  # a pipe line's number, or a grid's warning
            say(item if isinstance(item, str) else f"line {item} skipped: not part of a table row")
    if chunk:
        yield make(chunk)


def _records(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, list[str], int]]:
    """(0-based record, stripped cells, line it starts on) of a CSV/TSV file, as
    ``formats._read_delimited`` reads them."""
    with path.open(encoding=encoding, newline=None) as f:
        reader = csv.reader(f, delimiter=delimiter)
        start = 1  # a quoted cell may span lines: a record starts after the previous one ends
        try:
            for i, record in enumerate(reader):
                yield i, [c.strip() for c in record], start
                start = reader.line_num + 1
        except csv.Error as exc:
            raise ReportReadError(f"malformed {path.suffix} file: {exc}", str(path)) from None


def _grid_frames(path: Path, encoding: str, delimiter: str, chosen: Period | None,
                 chunk_rows: int, head_rows: int, say: Callable[[str], None] | None
                 ) -> tuple[pd.DataFrame, Iterator[pd.DataFrame]] | None:
    """:func:`stream_frames` of a CSV/TSV file with a header among its opening records."""
    above: list[list[str]] = []
    try:
        for _ in _records(path, encoding, delimiter):  # the whole file decodes and parses
            pass
    except UnicodeDecodeError:
        return None
    for i, cells, _ in _records(path, encoding, delimiter):
        columns = header_columns(cells)
        if columns is not None:
            at, header = i, cells
            break
        if i >= HEAD_LINES:
            return None
        above.append(cells)
    else:
        return None
    numbered = ((i, cells, line) for i, cells, line in _records(path, encoding, delimiter)
                if i > at)
    parsed = grid_rows(numbered, header, len(columns))
    first, warnings = _head(parsed, head_rows)
    if not first:
        return None
    table = Table(grid_title(above), columns, first, warnings, list(header))
    rows, make, placing = table_framer(table, "grid", period=chosen, source=path.name,
                                       encoding=encoding)
    if placing:
        return None
    frames = _frames(rows, make, parsed, chunk_rows, say)
    return next(frames), frames
