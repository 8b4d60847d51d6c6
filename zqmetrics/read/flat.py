"""Tables flattened to a stream of cells: one cell per paragraph, or per line ending with ``|``.

Web pages copied as text lose a table's grid: every cell becomes its own paragraph
(``paragraph_table``), or its own line closed by ``|`` (``vertical_pipe``). A cell may run over
several paragraphs (three 责任单位 one per paragraph, ``提升4个`` + ``百分点``) and merged cells
leave rows with fewer cells, so rows cannot be cut by counting. The reader:

1. finds the header: a run of short cells naming at least three columns (``data/headers.tsv``);
2. finds each row's *anchor*: its 序号 cell when the header has a 序号 column, else a task cell
   opening with its number (``3、…``), else its 责任单位 cell (names of offices);
3. gives the cells between two anchors to the columns in order, by content (a score per cell and
   role below, best total by dynamic programming): a cell may continue the previous column, a
   column may stay empty, cells after the last column start a row without a number (a 全省 total)
   or, for a table anchored after its first column, belong to the next row (its group cell).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from zqmetrics.read.columns import header_column
from zqmetrics.read.grid import Raw, Table, pick_title
from zqmetrics.read.marks import any_seq_number, flat_marks, other_seq_number
from zqmetrics.read.wide import is_org, kind, refine_roles
from zqmetrics.text import lexicon
from zqmetrics.text.lazy import lazy_re

_CN_DIGITS = "一二三四五六七八九十"
_SEQ_CELL = lazy_re(rf"\s*(\d{{1,3}}|[{_CN_DIGITS}]{{1,3}})\s*[、.．]?\s*")
_NUMBERED = lazy_re(r"\s*(\d{1,3})\s*[、.．]")
_BRACKETED = lazy_re(rf"\s*[（(][{_CN_DIGITS}\d]{{1,3}}[)）]\s*")
_PIPES = lazy_re(r"\s*\|[|\s]*")
_HEADER_CELL = 20  # header cells are short
_LABEL_HEADER = 10  # the unnamed label columns of a figure table have short headers (隶属, 地区)
_FIGURE_ROLES = frozenset({"target", "actual", "ratio", "unit"})
# A caption, a title, a sentence; a cell ending in 表 is a title (…推进情况汇总表), not a column.
_NOT_HEADER = lazy_re(r"[:：,，。;；]|(?:19|20)\d{2}\s*年|^表|表$")
_WRAPS = 10  # a cell shorter than this does not wrap onto a new paragraph…
_SHORT_JOIN = 0.5  # … so joining to it costs this much more
_EXTRA_ROWS = 6  # unnumbered rows a numbered row's cells may hold
_MERGE = 0.3  # the cost of a cell continuing the previous cell's column
_NEW_ROW = 4.0  # the cost of starting a row without a number inside a numbered row's cells
_FIGURES_JOINED = 1.0  # the extra cost of joining two figures in one cell (15 | 30% are two cells)


@lexicon.derived
def _status_pattern() -> re.Pattern[str]:
    words = sorted({w for (w,) in lexicon.rows("status_words.tsv", 1)}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    line: int


def vertical_cells(lines: list[str]) -> list[Cell]:
    """Cells of a vertical pipe layout: text up to a line ending with ``|``; a lone ``|`` is empty."""
    cells: list[Cell] = []
    pending: list[str] = []
    start = 0
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped:
            continue
        if "|" not in stripped:  # a title or a note around the table: a cell of its own
            cells.append(Cell(stripped, number))
            continue
        if _PIPES.fullmatch(stripped):
            if pending:
                cells.append(Cell("\n".join(pending), start))
                pending = []
            elif stripped == "|":
                cells.append(Cell("", number))
            continue  # several pipes: the debris of merged cells, no cell of its own
        if not pending:
            start = number
        pending.append(stripped.rstrip("|").strip() if stripped.endswith("|") else stripped)
        if stripped.endswith("|"):
            cells.append(Cell("\n".join(pending), start))
            pending = []
    if pending:
        cells.append(Cell("\n".join(pending), start))
    return cells


def paragraph_cells(lines: list[str]) -> list[Cell]:
    """Cells of a flattened table: paragraphs between blank lines (lines, if there are none)."""
    blank = sum(1 for line in lines if not line.strip())
    cells: list[Cell] = []
    pending: list[str] = []
    start = 0
    for number, line in enumerate(lines, 1):
        if not line.strip() or blank * 4 < len(lines):
            if line.strip():
                cells.append(Cell(line.strip(), number))
            elif pending:
                cells.append(Cell("\n".join(pending), start))
                pending = []
            continue
        if not pending:
            start = number
        pending.append(line.strip())
    if pending:
        cells.append(Cell("\n".join(pending), start))
    return cells


def find_header(cells: list[Cell]) -> tuple[int, int, list[str | None]] | None:
    """(first, end, roles) of the header run: short cells naming three columns or more."""
    for i, cell in enumerate(cells):
        if (header_column(cell.text) is None or len(cell.text) > _HEADER_CELL
                or _NOT_HEADER.search(cell.text)):
            continue
        end = i
        while end < len(cells) and len(cells[end].text) <= _HEADER_CELL and not (
                end > i and (_SEQ_CELL.fullmatch(cells[end].text) or _NUMBERED.match(cells[end].text)
                             or _BRACKETED.fullmatch(cells[end].text))):
            end += 1
        roles = [header_column(c.text) for c in cells[i:end]]
        while roles and roles[-1] is None:
            roles.pop()
        named = [r for r in roles if r]
        if len(named) >= 3 and len(set(named)) >= 2 and ({"task", "seq"} & set(named)):
            return i, i + len(roles), roles
        if len(set(named) & _FIGURE_ROLES) >= 2:
            # A table of figures may name its label columns by a place (隶属, 县(市、区)) or
            # not at all: the short cells just before the named ones are its first columns.
            first = i
            while (first > 0 and len(cells[first - 1].text) <= _LABEL_HEADER
                   and not _NOT_HEADER.search(cells[first - 1].text)
                   and kind(cells[first - 1].text) not in ("num", "pct")):
                first -= 1
            return first, i + len(roles), [header_column(c.text) for c in cells[first:i]] + roles
    return None


def _prior(text: str, role: str | None) -> float:
    """How well a cell fits a column of a role (higher is better)."""
    return _priors(text, [role])[0]


def _priors(text: str, roles: list[str | None]) -> list[float]:
    """``_prior`` of one cell for each of ``roles``: what the cell's text is, read once."""
    s = text.strip()
    n, shape = len(s), kind(s)
    digit = any(ch.isdigit() for ch in s)
    org = is_org(s)
    status = n <= 10 and bool(_status_pattern().search(s))
    return [_fit(role, s, n, shape, digit, org, status) for role in roles]


def _fit(role: str | None, s: str, n: int, shape: str, digit: bool, org: bool,
         status: bool) -> float:
    if shape == "empty":
        return 0.0
    if role == "seq":
        return 3.0 if any_seq_number(s) is not None else -6.0
    if role == "units":
        return 2.0 if org else (-0.5 if n <= 8 else -3.0)
    if role == "status":
        return 2.0 if status else -2.0
    if role == "ratio":
        return 2.0 if shape == "pct" else -2.0
    if role == "unit":
        return 1.5 if n <= 4 and not digit else -2.0
    if role == "actual":
        return 1.5 if shape in ("num", "pct") or (n <= 16 and digit) else (0.0 if n <= 8 else -1.0)
    if role == "target":  # a figure, or a description of what is to be delivered
        return 1.5 if n <= 16 and digit else 0.0 if org else 0.8 if n > 16 else 0.2
    if role == "task":
        return -1.0 if shape in ("num", "pct") else 0.0 if org else 0.4 if n <= 12 and not digit else 1.0
    if role == "progress":
        if shape == "num":
            return 0.2
        return 0.0 if org else 1.2 if status or n > 8 else 1.0 if digit else 0.5
    if role == "plan":
        return 0.5
    if role == "group":
        return 0.8 if n <= 12 and not digit and not org else -2.0
    if role == "contact":
        return 1.0 if re.search(r"\d{7,}", s) else -1.0
    return (0.5 if digit else 0.2) if n <= 20 else -0.5  # dates, totals: columns without a role


def _anchors(cells: list[Cell], roles: list[str | None]) -> tuple[int, list[int]]:
    """The anchor column and the indexes of the anchor cells."""
    if roles and roles[0] == "seq":
        found, last = [], 0
        for i, c in enumerate(cells):
            # A 序号 is followed by its task, never by a bare figure: 4 | 400% is a figure pair.
            after = kind(cells[i + 1].text) if i + 1 < len(cells) else "empty"
            if any_seq_number(c.text) == last + 1 and after not in ("num", "pct"):
                found.append(i)
                last += 1
        if found:
            return 0, found
    if "task" in roles:
        found, last = [], 0
        for i, c in enumerate(cells):
            m = _NUMBERED.match(c.text)
            if m and int(m[1]) == last + 1 and len(c.text) > len(m[0]) + 1:
                found.append(i)
                last += 1
        if len(found) >= 2:
            return roles.index("task"), found
    if "units" in roles:
        found = [i for i, c in enumerate(cells) if is_org(c.text)]
        # Several office cells in a row are one 责任单位 cell over several paragraphs.
        found = [i for k, i in enumerate(found) if k == 0 or found[k - 1] != i - 1]
        if found:
            return roles.index("units"), found
    if roles and roles[0] in (None, "task") and len(set(roles) & _FIGURE_ROLES) >= 2:
        # A table of figures: each row is a label then figures, so a label after a figure
        # opens a row.
        found = [i for i, c in enumerate(cells)
                 if not _figure(c.text) and (i == 0 or _figure(cells[i - 1].text))]
        if len(found) >= 2:
            return 0, found
    return 0, []


def _lone_number(text: str) -> int | None:
    m = _SEQ_CELL.fullmatch(text)
    return (int(m[1]) if m[1].isdigit() else other_seq_number(m[1]) or 0) if m else None


def _numbered_task(text: str) -> int | None:
    m = _NUMBERED.match(text)
    return int(m[1]) if m and len(text) > len(m[0]) + 1 else None


def _run(cells: list[Cell], number: Callable[[str], int | None]) -> int:
    """How long the run 1, 2, 3 … of cells numbered by ``number`` is."""
    last = 0
    for c in cells:
        if number(c.text) == last + 1:
            last += 1
    return last


def _figure(text: str) -> bool:
    s = text.strip()
    return kind(s) in ("num", "pct") or (len(s) <= 16 and any(ch.isdigit() for ch in s))


def _join_cost(before: str, text: str, role: str | None) -> float:
    """The cost of ``text`` continuing the cell ``before`` ends with (negative: a gain)."""
    cost = _MERGE
    short = len(before.strip()) < _WRAPS and not _BRACKETED.fullmatch(before)
    if short:
        cost += _SHORT_JOIN  # a short cell does not run over to another paragraph
    if _figure(before) and _figure(text):
        cost += _FIGURES_JOINED
    return cost


def _assign(cells: list[Cell], columns: list[int], roles: list[str | None],
            new_row: set[int]) -> list[int]:
    """The position in ``columns`` of each cell (non-decreasing, the first cell at position 0)."""
    import numpy as np  # lazy: loaded with pandas, which every reading ends in

    m, k = len(cells), len(columns)
    neg = float("-inf")
    # Counts over positions by prefix sums, and a cell's fit and join cost once per role, not once
    # per pair of positions (a flattened table of many columns took half a second a document).
    tasks = [0]  # tasks[t]: positions before t whose column is a task column
    rows = [0]  # rows[t]: positions before t that open a new row
    for t, column in enumerate(columns):
        tasks.append(tasks[-1] + (roles[column] == "task"))
        rows.append(rows[-1] + (t in new_row))
    tasks_at = np.array(tasks[:k])  # at position j: tasks[j]
    tasks_after = np.array(tasks[1:])  # after position p: tasks[p + 1]
    rows_after = np.array(rows[1:])  # rows[p + 1] (and rows[j + 1] at position j)
    kinds = list(dict.fromkeys(roles[c] for c in columns))  # the roles met, each scored once
    kind_at = np.array([kinds.index(roles[c]) for c in columns])
    positions = np.arange(k)
    # Every move from a position p reached by the previous cell to a later position j is scored at
    # once (positions by positions): skipped task columns cost 1.5 each (as a product), crossing
    # into a new row costs an opening and a new row for each further one. numpy does the same
    # double arithmetic in the same order as the plain loop, so every score, tie and choice is the
    # same (tests/test_fast_paths.py); a table of 70 positions took 0.1 s a document in Python.
    skipped = tasks_at[:, None] - tasks_after[None, :]
    crossed = rows_after[:, None] - rows_after[None, :]
    move_cost = (np.where(skipped > 0, 1.5 * skipped, 0.0)
                 + np.where(crossed != 0, _NEW_ROW + _NEW_ROW * (crossed - 1), 0.0))
    forward = positions[None, :] < positions[:, None]  # [j, p]: p before j
    last = np.full(k, neg)  # the best score of the previous cell at each position
    last[0] = _prior(cells[0].text, roles[columns[0]])
    back = [np.zeros(k, dtype=int)]
    for i in range(1, m):
        text, before = cells[i].text, cells[i - 1].text
        here = np.array(_priors(text, kinds))[kind_at]
        join = _join_cost(before, text, None)  # the same for every role
        reached = np.flatnonzero(last != neg)
        score = (last[None, reached] + here[:, None]) - move_cost[:, reached]
        score[~forward[:, reached]] = neg  # only moves forward
        # the highest score, and on a tie the latest position (as max over (score, p))
        latest = len(reached) - 1 - score[:, ::-1].argmax(axis=1)
        jump, came = score[positions, latest], reached[latest]
        # staying at j (the cell continues the previous one's column) wins a tie: j is later
        stay = (last + here) - join
        staying = (last != neg) & (stay >= jump)
        now = np.where(staying, stay, jump)
        back.append(np.where(now != neg, np.where(staying, positions, came), 0))
        last = now
    j = int(last.argmax())  # the first of the best, as max over positions gives
    out = [0] * m
    for i in range(m - 1, -1, -1):
        out[i] = j
        j = int(back[i][j])
    return out


def flat_rows(cells: list[Cell], roles: list[str | None]) -> tuple[list[Raw], list[str]]:
    """Rows of a flattened table from the data cells after its header (see the module text)."""
    width = len(roles)
    anchor, found = _anchors(cells, roles)
    warnings: list[str] = []
    if not found:
        return [], ["no row starts found in the flattened table"]
    rows: list[Raw] = []
    carry: list[str] = [""] * width
    head = cells[: found[0]]
    if head and anchor > 0:
        cols = list(range(anchor))
        for c, pos in zip(head, _assign(head, cols, roles, set()), strict=True):
            carry[cols[pos]] = _join(carry[cols[pos]], c.text)
    for a, start in enumerate(found):
        segment = cells[start : found[a + 1] if a + 1 < len(found) else len(cells)]
        first = 1 if roles[0] == "seq" else 0
        cols = list(range(anchor, width))
        new_row: set[int] = set()
        if anchor > 0:
            cols += list(range(anchor))  # the next row's cells before its anchor (its group)
        else:
            for _ in range(_EXTRA_ROWS):  # rows that lost their 序号 (a total, sub-items)
                new_row.add(len(cols))
                cols += list(range(first, width))
        positions = _assign(segment, cols, roles, new_row)
        current, line = carry, segment[0].line
        carry = [""] * width
        cycle = 0
        for c, pos in zip(segment, positions, strict=True):
            if anchor > 0 and pos >= width - anchor:
                carry[cols[pos]] = _join(carry[cols[pos]], c.text)
                continue
            while anchor == 0 and cycle < len(new_row) and pos >= sorted(new_row)[cycle]:
                rows.append(Raw(tuple(current), line))
                current, line, cycle = [""] * width, c.line, cycle + 1
            current[cols[pos]] = _join(current[cols[pos]], c.text)
        rows.append(Raw(tuple(current), line))
    if anchor > 0 and any(carry[i] for i, r in enumerate(roles) if r == "task"):
        rows.append(Raw(tuple(carry), cells[-1].line))  # the last row lost its anchor cell
    return rows, warnings


def read_flat(lines: list[str], vertical: bool) -> tuple[Table, str] | None:
    """A flattened table as a Table and its layout code, or None when there is no header run."""
    cells = vertical_cells(lines) if vertical else paragraph_cells(lines)
    found = find_header(cells)
    if found is None:
        return None
    first, end, roles = found
    headers = [c.text for c in cells[first:end]]
    drop, marked = flat_marks([c.text for c in cells[end:]], end - first)
    cells = [*cells[:end], *(c for k, c in enumerate(cells[end:]) if k not in set(drop))]
    if "seq" not in roles and _run(cells[end:], _lone_number) >= max(
            2, _run(cells[end:], _numbered_task)):
        # Row numbers on lines of their own under a header without 序号: an unnamed 序号 column.
        roles, headers = ["seq", *roles], ["", *headers]
    rows, warnings = flat_rows(cells[end:], roles)
    if not rows:
        return None
    refined, _, _ = refine_roles(roles, headers, rows)
    if refined != roles:  # the content named a column differently: cut the rows again by it
        rows, warnings = flat_rows(cells[end:], refined)
    title = pick_title(c.text for c in cells[:first])
    layout = "vertical_pipe" if vertical else "paragraph_table"
    return Table(title, list(refined), rows, [*warnings, *marked], headers), layout


def _join(before: str, text: str) -> str:
    return f"{before}\n{text}" if before else text
