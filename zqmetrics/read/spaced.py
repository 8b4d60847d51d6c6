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

from zqmetrics.read.columns import header_column
from zqmetrics.read.grid import Raw, Table, pick_title

_FIGURE = re.compile(r"[-+−]?\d+(?:\.\d+)?[%％]?")
_MIN_ROWS = 3  # a table has at least this many data lines
_TEXT_ROLES = frozenset({"progress", "plan", "units", "contact"})


def _data_cells(line: str) -> list[str] | None:
    tokens = line.split()
    if len(tokens) < 3 or _FIGURE.fullmatch(tokens[0]):
        return None
    figures = sum(bool(_FIGURE.fullmatch(t)) for t in tokens[1:])
    return tokens if figures >= 2 and figures == len(tokens) - 1 else None


def read_spaced(lines: list[str]) -> Table | None:
    data = [(i, cells) for i, line in enumerate(lines) if (cells := _data_cells(line))]
    if len(data) < _MIN_ROWS:
        return None
    width = Counter(len(c) for _, c in data).most_common(1)[0][0]
    first = data[0][0]
    fragments: list[str] = []
    top = first
    for i in range(first - 1, -1, -1):  # the header: lines above the data up to the unit line
        stripped = lines[i].strip()
        if stripped and (re.search(r"[:：]", stripped) or len(stripped) > 40):
            break
        top = i
    for line in lines[top:first]:
        if not line.strip():
            continue
        parts = line.split()
        if line[:1].isspace() and fragments:  # an indented line continues the cell above
            fragments[-1] += parts[0]
            parts = parts[1:]
        fragments.extend(parts)
    warnings: list[str] = []
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
