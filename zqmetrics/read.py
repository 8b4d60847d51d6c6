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

import functools
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zqmetrics import lexicon
from zqmetrics.errors import NoTableError, ReportNotFoundError, ReportReadError
from zqmetrics.normalize import normalize
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
    # Fold first: a header cell with a zero-width space, an entity or traditional characters
    # (任務目標完成情況) must still name its column.
    key = _HEADER_NOISE.sub("", normalize(cell).text)
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


_SEQ = re.compile(r"\s*(\d{1,6})\s*[、.．]?\s*")


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
            label = period.label if isinstance(period, Period) else period
            return read_prose(source, period=label)
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
        from zqmetrics.formats import READERS, read_pipe_file

        table, encoding = READERS.get(path.suffix.lower(), read_pipe_file)(path)
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
