"""Space-separated tables: a name then figures on each line, empty cells collapsed by the copy.

PDF and web copies of statistical tables give lines like ``通川区 13.7% 59.4 43.4 35.9 82.7%``
under a header whose cells are broken over lines (an indented line continues the cell before it:
``1-7月`` / ``  完成投资``) and whose words may be broken by spaces (``单 位``). A data line is a
label followed by at least two figures. The header cells are the fragments between the title and
the first data line; when there are more of them than columns, a fragment naming a text role
(完成情况) above figure columns is a group header over several columns and is dropped. Rows with
fewer cells than the others are placed by content (:func:`zqmetrics.read.placement.place_short_rows`).
"""

from __future__ import annotations

import re
from collections import Counter

from zqmetrics.errors import NoTableError
from zqmetrics.read import marks
from zqmetrics.read.columns import header_column, header_columns
from zqmetrics.read.grid import Raw, Table, pick_title
from zqmetrics.read.marks import (
    COLUMN_NUMBERS_SAID,
    any_seq_number,
    column_numbers,
    section_heading,
)
from zqmetrics.read.pipe import parse_pipe_text
from zqmetrics.read.wide import figure_words, kind
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.units import canonical

# A figure; its thousands may be set apart by commas (1,504,786.55), as statistical tables do.
_FIGURE = lazy_re(r"[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%％]?")
_SEQ = lazy_re(r"\d{1,3}[、.．]?")  # a row number before the label
_MIN_ROWS = 3  # a table has at least this many data lines
_HEADER_PART = 20  # a header line's cells are short (as a flattened table's)
_GROUP_LABELS = 2  # labels before a row's figures: a group's and the row's own
_TITLE = lazy_re(r"(?:19|20)\d{2}\s*年|表$")  # a title line above the header
_TEXT_ROLES = frozenset({"progress", "plan", "units", "contact"})


def _data_cells(line: str) -> list[str] | None:
    """A data line's cells: an optional row number, a label, then figures (a unit of measure
    may stand among them: ``% 7.2``)."""
    tokens = _tokens(line)
    lead = _lead(tokens)
    if len(tokens) - lead < 2 or _FIGURE.fullmatch(tokens[lead]):
        return None
    # A group label (经济稳定) may stand before the row's own on the group's first row.
    labels = _GROUP_LABELS if len(tokens) - lead > 3 and not _FIGURE.fullmatch(
        tokens[lead + 1]) and not _is_unit(tokens[lead + 1]) else 1
    rest = tokens[lead + labels:]
    # Text cells after the figures (a 责任单位 or 进展情况 column at the table's end): the line is
    # still a line of figures when at least two figures stand before them.
    tail = 0
    while TEXT_TAIL and tail < min(_TAIL, len(rest) - 1) and _text_cell(rest[-1 - tail]):
        tail += 1
    rest = rest[: len(rest) - tail]
    figures = sum(bool(_FIGURE.fullmatch(t)) for t in rest)
    units = sum(not _FIGURE.fullmatch(t) and _is_unit(t) for t in rest)
    # A rate cell may say the whole is reached in words (全部开工): a cell of the row's figures,
    # as long as the figures outnumber such words.
    words = sum(t in figure_words() for t in rest) if FIGURE_WORDS else 0
    return tokens if figures >= (2 if tail else 1) and figures + units + words == len(rest) \
        and len(rest) >= 2 and words < figures else None


# Switched off by evaluation/ablation.py (the package runs with it on).
TEXT_TAIL = True
_TAIL = 2  # text cells a line of figures may end with


def _text_cell(token: str) -> bool:
    """A cell of words (市住建局, 正常推进), no figure, unit or figure word."""
    return not _FIGURE.fullmatch(token) and not _is_unit(token) and (
        token not in figure_words()) and not any(ch.isdigit() for ch in token)


# Switched off by evaluation/ablation.py (the package runs with it on).
FIGURE_WORDS = True



# Switched off by evaluation/ablation.py (the package runs with it on).
SPREAD_WORDS = True
_HAN = lazy_re(r"[\u4e00-\u9fff]")
_WIDE_GAP = lazy_re(r"\s{2,}|[\t\u3000]")  # a gap of cells, where single spaces are a word's own


def _tokens(line: str) -> list[str]:
    """The line's parts between spaces, a word spread over its cell joined again: tables pad a
    short name with a space to the width of the others (渠 县 beside 达川区; 序 号, 单 位), so
    single characters side by side are one word (no cell of a table is one character and a
    neighbour of another)."""
    if not SPREAD_WORDS:
        return line.split()
    out: list[str] = []
    # Where cells are set apart by wider gaps, a word's own single spaces are inside a cell.
    for chunk in _WIDE_GAP.split(line) if _WIDE_GAP.search(line.strip()) else [line]:
        tokens = chunk.split()
        for i, token in enumerate(tokens):
            if i and _HAN.fullmatch(token) and _HAN.fullmatch(tokens[i - 1]):
                out[-1] += token
            else:
                out.append(token)
    return out


def _lead(tokens: list[str]) -> int:
    """How many tokens open the row before its label: a row number, or a group label and a
    row number (类别 | 序号 | …, the group filled on its group's first row)."""
    def label(k: int) -> bool:
        return k < len(tokens) and not _FIGURE.fullmatch(tokens[k])

    if label(0) and len(tokens) > 2 and _seq(tokens[1]) and label(2):
        return 2
    return 1 if tokens and _seq(tokens[0]) and label(1) else 0


def _seq(token: str) -> bool:
    """A row number: 1, 1、 and, numbered another way, (1), ①, 一、."""
    return bool(_SEQ.fullmatch(token)) or any_seq_number(token) is not None


def _is_unit(token: str) -> bool:
    return token in ("%", "％", "‰") or bool(canonical(token)) or bool(
        canonical(re.sub(r"^[万亿千百十]", "", token)))


def _one_figure_rows(lines: list[str],
                     data: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Inside the table (up to the line after its last row), a label and one figure is a row too
    (a row whose other cells were empty)."""
    inside = {i for i, _ in data}
    end = min(data[-1][0] + 2, len(lines))
    return [(i, tokens) for i in range(data[0][0], end) if i not in inside
            and len(tokens := _tokens(lines[i])) == 2 + _lead(tokens)
            and bool(_FIGURE.fullmatch(tokens[-1])) and not _FIGURE.fullmatch(tokens[-2])]


def read_spaced(lines: list[str]) -> Table | None:
    data = [(i, cells) for i, line in enumerate(lines) if (cells := _data_cells(line))]
    if len(data) < _MIN_ROWS:
        return None
    data = sorted(data + _one_figure_rows(lines, data))
    widths = Counter(len(c) for _, c in data)
    width = widths.most_common(1)[0][0]
    first = data[0][0]
    fragments: list[str] = []
    warnings: list[str] = []
    top = first
    for i in range(first - 1, -1, -1):  # the header: lines above the data up to the unit line
        stripped = lines[i].strip()
        # A long line is a sentence, unless it is a header of short cells (计划投资额(万元) …).
        long = len(stripped) > 40 and any(len(p) > _HEADER_PART for p in stripped.split())
        is_title = len(stripped.split()) == 1 and bool(_TITLE.search(stripped))
        if stripped and (re.search(r"[:：]", stripped) or long or is_title):
            break
        top = i
    for line in lines[top:first]:
        if not line.strip() or (marks.SECTIONS and section_heading(line)):
            continue  # a section heading over the first rows (一、产业发展类) is no header cell
        if marks.COLUMN_NUMBERS and column_numbers(line.split()):
            warnings.append(COLUMN_NUMBERS_SAID)
            continue
        parts = _tokens(line)
        if line[:1].isspace() and fragments:  # an indented line continues the cell above
            fragments[-1] += parts[0]
            parts = parts[1:]
        fragments.extend(parts)
    if len(fragments) in widths:
        # Rows of several widths (a group label on a group's first row): the header's is the
        # table's, the shorter rows are placed by content.
        width = len(fragments)
    while len(fragments) > width:
        text_role = [k for k, f in enumerate(fragments[1:], 1) if header_column(f) in _TEXT_ROLES]
        if not text_role:
            break
        dropped = fragments.pop(text_role[0])
        warnings.append(f"header cell {dropped!r} spans several columns: dropped")
    if len(fragments) != width:
        warnings.append(f"header not understood ({' '.join(fragments)}): columns assumed")
        fragments = [""] * width
    rows = [Raw(tuple(cells), i + 1) for i, cells in data]
    title = pick_title(lines[:top])
    columns = [header_column(f) if f else None for f in fragments]
    return Table(title, columns, rows, warnings, fragments)


# Switched off by evaluation/ablation.py (the package runs with it on).
NAMED_HEADER = True
_HEADER_CELL = 20  # header cells are short: a line of long parts is a sentence
_NAMED_ROWS = 2  # a table has at least this many lines of cells under its header
# A page number line: 第 2 页, — 2 —, - 2 -, 2/5, 第2页 共5页.
_PAGE = lazy_re(r"第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|[-—–]+\s*\d+\s*[-—–]+|\d+\s*/\s*\d+")


def _cut(line: str, wide: bool) -> list[str]:
    return [p for p in (_WIDE_GAP.split(line.strip()) if wide else line.split()) if p]


def bars_under_header(lines: list[str]) -> list[str] | None:
    """The lines of a space-separated table of text cells (任务 | 进展情况 | 责任单位) written with
    ``|`` between its cells, for the pipe reader; None when no such table is found.

    Its header is a line whose parts name the table's columns (:func:`header_columns`: a task
    column and another); when the header's parts are set apart by two spaces or more, so are its
    rows' cells (a cell's own single space, ``2 万人``, stays in it), else by any space. Lines of
    one part continue a cell (a long cell wrapped in the copy): they are left without bars, and
    the rows are written without a closing bar, so that the pipe reader joins them to the row's
    open last cell; a row that lost empty cells is placed as the pipe reader places short rows."""
    if not NAMED_HEADER:
        return None
    for at, line in enumerate(lines):
        wide = bool(_WIDE_GAP.search(line.strip()))
        parts = _cut(line, wide)
        if not parts or any(len(p) > _HEADER_CELL for p in parts):
            continue
        header = _named(parts)
        if header is None and len(parts) >= 2 and at + 1 < len(lines):
            # A wide header broken over two lines by the copy: its second line's parts are short
            # too, and the two lines together name the columns.
            more = _cut(lines[at + 1], wide)
            header = _named(parts + more) if more and all(
                len(p) <= _HEADER_CELL for p in more) else None
            if header is not None:
                parts, lines = header, [*lines[: at + 1], "", *lines[at + 2:]]
        if header is None:
            continue
        # A page break of the copy: its page number line, and the header written again on the
        # next page, are no cells (as one part, a page number would join the row's open cell).
        body = [[] if _PAGE.fullmatch(x.strip()) or cells == parts else cells
                for x in lines[at + 1:] for cells in [_cut(x, wide)]]
        if sum(len(cells) >= 2 for cells in body) < _NAMED_ROWS:
            return None
        return [*lines[:at], " | ".join(parts),
                *(" | ".join(cells) if len(cells) >= 2 else " ".join(cells)
                  for cells in body)]
    return None


def read_named(lines: list[str], source: str) -> Table | None:
    """The table of words :func:`bars_under_header` finds, read by the pipe reader; None when
    there is none, or when its task column holds figures (a table of figures whose header names
    a count, 重点项目个数, is the figure reading's)."""
    barred = bars_under_header(lines)
    if barred is None:
        return None
    try:
        table = parse_pipe_text("\n".join(barred), source)
    except NoTableError:
        return None
    if "task" not in table.columns:
        return None
    at = table.columns.index("task")
    whole = [r.cells[at] for r in table.rows if len(r.cells) == len(table.columns)]
    if not whole or 2 * sum(kind(c) in ("num", "pct") for c in whole) >= len(whole):
        return None  # no row kept all its cells: nothing says which column is the task
    return table


def _named(parts: list[str]) -> list[str] | None:
    """``parts`` when they are a header naming a task column and at least two columns."""
    columns = header_columns(parts) if len(parts) >= 3 else None
    return parts if columns is not None and "task" in columns else None
