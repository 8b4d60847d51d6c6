"""Space-separated tables: a name then figures on each line, empty cells collapsed by the copy.

PDF and web copies of statistical tables give lines like ``通川区 13.7% 59.4 43.4 35.9 82.7%``
under a header whose cells are broken over lines (an indented line continues the cell before it:
``1-7月`` / ``  完成投资``) and whose words may be broken by spaces (``单 位``). A data line is a
label followed by at least two figures. The header cells are the fragments between the title and
the first data line; when there are more of them than columns, a fragment naming a text role
(完成情况) above figure columns is a group header over several columns and is dropped. Rows with
fewer cells than the others are placed by content (:func:`zqmetrics.read.wide.place_short_rows`).
"""

from __future__ import annotations

import re
from collections import Counter

from zqmetrics.read import marks
from zqmetrics.read.columns import header_column
from zqmetrics.read.grid import Raw, Table, pick_title
from zqmetrics.read.marks import (
    COLUMN_NUMBERS_SAID,
    any_seq_number,
    column_numbers,
    section_heading,
)
from zqmetrics.text import lexicon
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.units import canonical

_FIGURE = lazy_re(r"[-+−]?\d+(?:\.\d+)?[%％]?")
_SEQ = lazy_re(r"\d{1,3}[、.．]?")  # a row number before the label
_MIN_ROWS = 3  # a table has at least this many data lines
_HEADER_PART = 20  # a header line's cells are short (as a flattened table's)
_GROUP_LABELS = 2  # labels before a row's figures: a group's and the row's own
_TITLE = lazy_re(r"(?:19|20)\d{2}\s*年|表$")  # a title line above the header
_TEXT_ROLES = frozenset({"progress", "plan", "units", "contact"})


def _data_cells(line: str) -> list[str] | None:
    """A data line's cells: an optional row number, a label, then figures (a unit of measure
    may stand among them: ``% 7.2``)."""
    tokens = line.split()
    lead = _lead(tokens)
    if len(tokens) - lead < 2 or _FIGURE.fullmatch(tokens[lead]):
        return None
    # A group label (经济稳定) may stand before the row's own on the group's first row.
    labels = _GROUP_LABELS if len(tokens) - lead > 3 and not _FIGURE.fullmatch(
        tokens[lead + 1]) and not _is_unit(tokens[lead + 1]) else 1
    rest = tokens[lead + labels:]
    figures = sum(bool(_FIGURE.fullmatch(t)) for t in rest)
    units = sum(not _FIGURE.fullmatch(t) and (_is_unit(t) or _worded(t)) for t in rest)
    return tokens if figures >= 1 and figures + units == len(rest) and len(rest) >= 2 else None


# Switched off by evaluation/ablation.py (the package runs with it on).
WORDED_RATES = True


def _worded(token: str) -> bool:
    """A rate cell saying its verdict instead of a share (开工率: 全部开工): a status word."""
    return WORDED_RATES and token in _status_words()


@lexicon.derived
def _status_words() -> frozenset[str]:
    return frozenset(w for (w,) in lexicon.rows("status_words.tsv", 1))


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
            and len(tokens := lines[i].split()) == 2 + _lead(tokens)
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
        parts = line.split()
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
