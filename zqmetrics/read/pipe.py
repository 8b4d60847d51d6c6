"""Pipe-table text: rows like ``N | cell | cell | … |`` whose cells may run over several lines.

The sample (data/jinan-shizhong-2025q2.txt) shows every way a
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

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from zqmetrics.errors import NoTableError
from zqmetrics.read.columns import (
    NO_HEADER,
    NO_HEADER_CONTENT,
    NO_TABLE,
    canonical_columns,
    header_column,
    header_columns,
)
from zqmetrics.read.grid import Raw, Table, pick_title, seq_number
from zqmetrics.read.later_headers import dashed, header_before, header_map, remapped, wrapped_header
from zqmetrics.read.markdown_rows import markdown_line, markdown_rows
from zqmetrics.read.marks import naming_cells, seq_style, spread, words_heading
from zqmetrics.text.lazy import lazy_re

_FOOTNOTE = lazy_re(r"\s*(?:\[\d+\]|注[:：]|注\d|说明[:：]|备注[:：])")
_SEQ_WINDOW = 10  # how far above the last 序号 a number may jump and still start a row


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

    def done(self) -> Raw:
        joined = ("\n".join(s for s in map(str.strip, lines) if s) for lines in self.cells)
        return Raw(tuple(joined), self.line)


def parse_pipe_text(text: str, source: str) -> Table:
    if not text.strip():
        raise NoTableError("the report is empty", source)
    lines = text.split("\n")
    at, columns = _find_pipe_header(lines)
    # A header line opening or closing a cell the copy broke over lines is a part of the header.
    broken = columns is None or not lines[at].rstrip().endswith("|") or (
        at > 0 and "|" in lines[at - 1] and not lines[at - 1].rstrip().endswith("|"))
    joined = wrapped_header(lines, at if columns is not None else None) if broken else None
    if joined is not None:  # header cells the copy broke over lines, joined
        lines, at = joined
        columns = header_columns(_split(lines[at], True)[0])
    before = header_before(lines, at) if columns is not None else None
    if before is not None:  # the header's first cells on the line above it, joined
        lines, columns = before
    # A header opening with a bar opens every row with one (Markdown, wiki copies).
    lines = markdown_rows(lines, columns is not None and lines[at].strip().startswith("|"))
    extra: list[str] = []
    if columns is None:
        try:
            at, width = _find_numbered_rows(lines, source)
        except NoTableError:
            # Rows of as many cells each, neither numbered nor under a header: the columns are
            # read from the cells (wide.refine_roles), and that is said.
            found = _find_even_rows(lines)
            if found is None:
                raise
            at, width = found
            columns, header, warnings = [None] * width, None, [NO_HEADER_CONTENT]
        else:
            columns, header, warnings = canonical_columns(width), None, [NO_HEADER]
    else:
        header = lines[at].strip()
        columns, warnings, extra, sub = _header_lines(lines, at, columns)
    start = at if header is None else at + 1 + bool(extra or sub)
    closing = _rows_end_with_pipe(lines[start:])
    seq_at = columns.index("seq") if "seq" in columns else None
    rows, skipped = _pipe_rows(lines, start, len(columns), seq_at, header, closing)
    if not rows:
        raise NoTableError("a table header but no task rows", source)
    warnings.extend(n if isinstance(n, str) else f"line {n} skipped: not part of a table row"
                    for n in skipped)
    cells = [*_split(lines[at], True)[0], *extra] if header is not None else []
    return Table(pick_title(lines[:at]), columns, rows, warnings, [c.strip() for c in cells])


def _header_lines(lines: list[str], at: int, columns: list[str | None]
                  ) -> tuple[list[str | None], list[str], list[str], list[str]]:
    """The columns of a header at ``at`` with the line after it when it continues the header
    (a header over two lines, or a second line naming merged columns); warnings; those cells."""
    warnings: list[str] = []
    extra = _header_rest(lines, at, len(columns))
    sub = [] if extra else _sub_header(lines, at, columns)
    if extra:
        columns = [*columns, *(header_column(c) for c in extra)]
        warnings.append(f"the header runs over two lines: {' | '.join(extra)}")
    elif sub:
        # A second header line naming the columns under a merged cell (1-8月完成情况 over
        # 完成量 | 完成率): each names its column, the line above gives what it lacks.
        columns = [header_column(c) or r if c else r for c, r in zip(sub, columns, strict=True)]
        warnings.append(f"a second header line names columns: {' | '.join(c for c in sub if c)}")
    return columns, warnings, extra, sub


@dataclass(frozen=True)
class PipeHead:
    """What the opening lines of a pipe table with a header say about every row below them."""

    title: str | None
    at: int  # the 0-based line of the header
    columns: list[str | None]
    header: str
    header_cells: list[str]
    warnings: list[str]
    start: int  # the 0-based line the rows start on
    seq_at: int | None


def pipe_head(raw: list[str], markdown: bool) -> PipeHead | None:
    """The header of a pipe table among the opening lines ``raw``, as :func:`parse_pipe_text`
    reads it (``markdown``: the rows are Markdown rows), or None without a header."""
    at, columns = _find_pipe_header(raw)
    if columns is None:
        return None
    lines = [markdown_line(line) for line in raw] if markdown else raw
    header = lines[at].strip()
    columns, warnings, extra, sub = _header_lines(lines, at, columns)
    start = at + 1 + bool(extra or sub)
    cells = [c.strip() for c in (*_split(lines[at], True)[0], *extra)]
    seq_at = columns.index("seq") if "seq" in columns else None
    return PipeHead(pick_title(lines[:at]), at, columns, header, cells, warnings, start,
                    seq_at)


def _find_pipe_header(lines: list[str]) -> tuple[int, list[str | None] | None]:
    for i, line in enumerate(lines):
        if "|" in line:
            columns = header_columns(_split(line, True)[0])
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
        if not lead and len(cells) >= 3 and seq_number(cells[0]) is not None:
            first = i if first is None else first
            widths[len(cells)] += 1
    if first is None:
        raise NoTableError(NO_TABLE, source)
    return first, max(widths, key=lambda w: (widths[w], w))


_HEADER_CELL = 20  # header cells are short
_EVEN_ROWS = 3  # rows of one width that make a table without a header or 序号


def _widths(lines: list[str]) -> Counter[int]:
    """How many bar lines hold each number of cells (an empty first cell before a leading bar,
    a merged cell left empty, counts)."""
    widths: Counter[int] = Counter()
    for line in lines:
        if "|" in line:
            cells, lead, _ = _split(line, True)
            widths[len(cells) + (lead and line.strip() != line.strip().lstrip("|"))] += 1
    return widths


def _header_rest(lines: list[str], at: int, width: int) -> list[str]:
    """The header's second line, when an export broke it: short cells naming columns, such that
    both lines together are as wide as most rows below."""
    following = [i for i in range(at + 1, len(lines)) if lines[i].strip()]
    if not following or "|" not in lines[following[0]]:
        return []
    cells = [c.strip() for c in _split(lines[following[0]], True)[0]]
    filled = [c for c in cells if c]
    if (not filled or seq_number(cells[0]) is not None or any(len(c) > _HEADER_CELL for c in filled)
            or 2 * sum(header_column(c) is not None for c in filled) < len(filled)):
        return []
    widths = _widths(lines[following[0] + 1:])
    if not widths or widths.most_common(1)[0][0] != width + len(cells):
        return []
    return cells


def _sub_header(lines: list[str], at: int, columns: list[str | None]) -> list[str]:
    """The header's second line when it names columns under merged cells: as many cells as the
    header, the filled ones short, all naming a column, no 序号, under an empty header cell for
    at least one of them, or under a header cell repeated over two columns or more (a merged
    cell written in each column it spans) and naming something else."""
    following = [i for i in range(at + 1, len(lines)) if lines[i].strip()]
    if not following or "|" not in lines[following[0]]:
        return []
    line = lines[following[0]]
    cells, lead, _ = _split(line, True)
    cells = [c.strip() for c in ([""] if lead else []) + cells]
    cells += [""] * (len(columns) - len(cells))
    header_cells = [c.strip() for c in _split(lines[at], True)[0]]
    header_cells += [""] * (len(columns) - len(header_cells))
    filled = [c for c in cells if c]
    if (len(cells) != len(columns) or not filled or seq_number(cells[0]) is not None
            or any(len(c) > _HEADER_CELL or header_column(c) is None
                   for c in naming_cells(cells, header_cells))
            or not any(c and (not h or spread(header_cells, k) and c != h)
                       for k, (c, h) in enumerate(zip(cells, header_cells, strict=True)))):
        return []
    return cells


def _find_even_rows(lines: list[str]) -> tuple[int, int] | None:
    """Where rows of one width (at least two cells, on at least three lines) start, and that
    width: a table without a header row or 序号."""
    # Lines of one cell are no rows of such a table: section headings (一、经济发展类 |) and the
    # ends of cells broken over lines (…\n31-888810 |) hold one cell each, and may outnumber rows.
    widths = Counter({w: n for w, n in _widths(lines).items() if w >= 2})
    if not widths:
        return None
    # The most frequent width; on a tie the wider.
    width, count = max(widths.items(), key=lambda wc: (wc[1], wc[0]))
    if width < 2 or count < _EVEN_ROWS:
        return None
    first = next(i for i, line in enumerate(lines) if "|" in line and _widths([line])[width])
    return first, width


def _rows_end_with_pipe(lines: list[str]) -> bool:
    ends = [line.rstrip().endswith("|") for line in lines if "|" in line]
    return 2 * sum(ends) >= len(ends)


def _overflows(row: _OpenRow, cells: list[str], lead: bool, width: int) -> bool:
    """Whether a line's cells would give the row being read more cells than the table has.

    A row broken over lines (the sample's row 4) fills up to the width; a row that lost a merged
    cell (a group column filled only on its group's first row) holds nearly the width on its
    own, so it overflows the row above and is a row of its own.
    """
    new = row.new_cells(cells, lead)
    # Empty cells at the line's end (a table exported with trailing empty columns) add nothing.
    trailing = 0
    while trailing < new and not cells[len(cells) - 1 - trailing].strip():
        trailing += 1
    return new - trailing > 0 and len(row.cells) + new - trailing > width


_SECTION = lazy_re(r"\s*(?:[一二三四五六七八九十]{1,3}\s*、|[（(][一二三四五六七八九十]{1,3}[)）])")


def _section(row: _OpenRow) -> bool:
    """A closed row of one cell opening with a section number (一、经济发展类 |): a heading row,
    complete on its own, which the next line does not continue."""
    return not row.open and len(row.cells) == 1 and bool(_SECTION.match("".join(row.cells[0])))


def _shifted_seq(cells: list[str], seq_at: int, last_seq: int) -> tuple[int | None, int]:
    """Cells merged over a group (类别 | 序号 | …) are lost in export on the group's later rows:
    a row opening with the next 序号 has lost the cells before the 序号 column. Its 序号 and how
    far its cells move right, or (None, 0)."""
    first = seq_number(cells[0])
    if first is not None and last_seq < first <= last_seq + _SEQ_WINDOW:
        return first, seq_at
    return None, 0


# The cells of one line, as the streaming reader needs them for the 序号 style.
split_cells = _split


def _pipe_rows(lines: list[str], start: int, width: int, seq_at: int | None,
               header: str | None, closing: bool) -> tuple[list[Raw], list[int | str]]:
    """Rows of a pipe table from line ``start`` on, and the numbers of lines skipped within it
    (and what the reader assumed, said)."""
    rows: list[Raw] = []
    skipped: list[int | str] = []
    seq_of = seq_style(lines[start:], seq_at, lambda line: _split(line, closing))
    for found in pipe_rows(enumerate(lines[start:], start + 1), width, seq_at, header, closing,
                           seq_of):
        if isinstance(found, Raw):
            rows.append(found)
        else:
            skipped.append(found)
    return rows, skipped


def pipe_rows(numbered: Iterable[tuple[int, str]], width: int, seq_at: int | None,
              header: str | None, closing: bool,
              seq_of: Callable[[str], int | None] = seq_number) -> Iterator[Raw | int | str]:
    """Each row of a pipe table as it completes, the number of each line skipped within it, and
    what was assumed (a second table's header), from (line number, line) pairs: a file can be
    read a line at a time."""
    pending: list[int] = []  # lines skipped since the last row: debris, or a footer if last
    row: _OpenRow | None = None
    last_seq = 0
    guessed = False
    blank_before = False
    first = _split(header, True)[0] if header else None
    mapping: list[int | None] | None = None  # a second table's cells under the first's columns
    for number, line in numbered:
        if not line.strip():
            blank_before = True
            continue
        after_blank, blank_before = blank_before, False
        if line.strip() == header:
            continue  # the header repeated, as on every page of a printed table
        cells, lead, closed = _split(line, closing)
        other = header_map(first, _split(line, True)[0]) if first is not None and "|" in line and (
            row is None or len(row.cells) >= width) else None
        if other is not None:  # a second table's header: its rows read under their own columns
            if row is not None:
                yield remapped(row.done(), mapping)
                row = None
            yield from pending
            pending.clear()
            mapping, seq_at = other
            width, last_seq, guessed = len(_split(line, True)[0]), 0, False
            yield (f"line {number}: a second table's header; its rows' cells placed under the "
                   "first header's columns by their roles")
            continue
        has_bar = "|" in line
        seq = seq_of(cells[seq_at]) if (seq_at is not None and has_bar and not lead
                                            and len(cells) > seq_at) else None
        shift = 0
        if seq is None and seq_at and has_bar and not lead:
            seq, shift = _shifted_seq(cells, seq_at, last_seq)
        complete = row is not None and len(row.cells) >= width
        lost_seq = False
        # A row without a 序号 (a section heading 一、经济发展类 |) took the next number as a
        # guess: the real row bearing that number still opens a row.
        plausible = seq is not None and (last_seq < seq or (guessed and seq == last_seq)) and (
            seq <= last_seq + _SEQ_WINDOW)
        if seq is not None and (row is None or complete or plausible):
            last_seq, guessed = seq, False
        elif not has_bar and (row is None or (complete and (not row.open or after_blank))
                              or (closing and not row.open and _FOOTNOTE.match(line))):
            pending.append(number)
            continue
        elif row is None or _section(row) or _overflows(row, cells, lead, width):
            lost_seq, last_seq, guessed = True, last_seq + 1, True
        else:
            row.add(cells, lead, closed)
            continue
        if row is not None:
            yield remapped(row.done(), mapping)
        yield from pending
        pending.clear()
        row = _OpenRow(number)
        # A row that lost its 序号, or opens with a bar after a finished row (a merged cell left
        # empty by the export), keeps that first cell empty: its other cells stay in place. A
        # 序号 cell holding a dash (a total row's — or /), or words alone (产业发展类 | | |), is not.
        lost = [""] if lost_seq and (seq_at == 0 or lead) and not (
            cells and (dashed(cells[0]) or (not lead and words_heading(cells)))) else [""] * shift
        row.add(lost + cells, False, closed)
    if row is not None:
        yield remapped(row.done(), mapping)
