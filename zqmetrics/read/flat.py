"""Tables flattened to a stream of cells: one cell per paragraph, or per line ending with ``|``.

Web pages copied as text lose a table's grid: every cell becomes its own paragraph
(``paragraph_table``), or its own line closed by ``|`` (``vertical_pipe``). A cell may run over
several paragraphs (three 责任单位 one per paragraph, ``提升4个`` + ``百分点``) and merged cells
leave rows with fewer cells, so rows cannot be cut by counting. The reader:

1. finds the header: a run of short cells naming at least three columns (``data/headers.tsv``);
2. finds each row's *anchor*: its 序号 cell when the header has a 序号 column, else a task cell
   opening with its number (``3、…``), else, when the header puts a figure column right after
   the task (项目 | 分值 | …), a name followed by a bare figure, else its 责任单位 cell (names of
   offices); the cells before row 1 of a numbered table are a row of their own (全市 first);
3. gives the cells between two anchors to the columns in order, by content (a score per cell and
   role below, best total by dynamic programming): a cell may continue the previous column, a
   column may stay empty, cells after the last column start a row without a number (a 全省 total)
   or, for a table anchored after its first column, belong to the next row (its group cell).
"""

from __future__ import annotations

import itertools

from zqmetrics.read import wide
from zqmetrics.read.columns import header_column
from zqmetrics.read.flatcells import BRACKETED as _BRACKETED
from zqmetrics.read.flatcells import NUMBERED as _NUMBERED
from zqmetrics.read.flatcells import SEQ_CELL as _SEQ_CELL
from zqmetrics.read.flatcells import (
    Cell,
    figure_rows,
    paragraph_cells,
    trailing_words,
    vertical_cells,
)
from zqmetrics.read.flatcells import is_figure as _figure
from zqmetrics.read.flatcells import is_label as _label
from zqmetrics.read.flatcells import lone_number as _lone_number
from zqmetrics.read.flatcells import numbered_task as _numbered_task
from zqmetrics.read.flatcells import prior as _prior
from zqmetrics.read.flatcells import priors as _priors
from zqmetrics.read.flatcells import run as _run
from zqmetrics.read.grid import Raw, Table, pick_title
from zqmetrics.read.marks import any_seq_number, flat_marks
from zqmetrics.read.wide import is_org, kind, refine_roles
from zqmetrics.text.lazy import lazy_re

_HEADER_CELL = 20  # header cells are short
_LABEL_HEADER = 10  # the unnamed label columns of a figure table have short headers (隶属, 地区)
_FIGURE_ROLES = frozenset({"target", "actual", "ratio", "unit"})
# Columns holding a bare figure on every row: right after the task, they mark where rows start.
_ROW_FIGURES = frozenset({"weight", "target", "actual", "ratio"})
# A caption, a title, a sentence; a cell ending in 表 is a title (…推进情况汇总表), not a column.
_NOT_HEADER = lazy_re(r"[:：,，。;；]|(?:19|20)\d{2}\s*年|^表|表$")
_WRAPS = 10  # a cell shorter than this does not wrap onto a new paragraph…
_SHORT_JOIN = 0.5  # … so joining to it costs this much more
_SECTION_LABEL = 8  # a section label across a table is a short name (宏观调控)
_MAX_WIDENED = 2  # header cells of no role the numbered rows may add to the header run
_EXTRA_ROWS = 6  # unnumbered rows a numbered row's cells may hold
_MERGE = 0.3  # the cost of a cell continuing the previous cell's column
_NEW_ROW = 4.0  # the cost of starting a row without a number inside a numbered row's cells
_FIGURES_JOINED = 1.0  # the extra cost of joining two figures in one cell (15 | 30% are two cells)


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


# Switched off by evaluation/ablation.py (the package runs with them on).
WIDTH_BY_NUMBERS = True
LABEL_THEN_FIGURE = True
TOTAL_ROW = True


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
    if _named_then_figure(roles):
        # A task, then a figure on every row (项目 | 分值 | 目标任务 | 考核单位, 指标 | 目标值 | …):
        # a name followed by a bare figure opens a row, whichever later cells the row lost.
        found = [i for i in range(len(cells)) if _opens_row(cells, i)]
        if len(found) >= 2:
            return 0, found
    if "units" in roles:
        found = [i for i, c in enumerate(cells) if is_org(c.text)]
        # Several office cells in a row are one 责任单位 cell over several paragraphs.
        found = [i for k, i in enumerate(found) if k == 0 or found[k - 1] != i - 1]
        if found:
            return roles.index("units"), found
    labels = (None, "task", "group") if wide.GROUP_LABELS else (None, "task")
    if roles and roles[0] in labels and len(set(roles) & _FIGURE_ROLES) >= 2:
        # A table of figures: each row is a label then figures, so a label after a figure
        # opens a row (its label column may be headed by a group word: 项目类别).
        found = figure_rows(cells, trailing_words(roles, _FIGURE_ROLES))
        if len(found) >= 2:
            return 0, found
    return 0, []


def _named_then_figure(roles: list[str | None]) -> bool:
    """Whether the header puts a figure column right after the task (项目 | 分值 | …)."""
    return LABEL_THEN_FIGURE and len(roles) > 1 and roles[0] == "task" and roles[1] in _ROW_FIGURES


def _opens_row(cells: list[Cell], i: int) -> bool:
    """Whether cell ``i`` opens a row of a table whose task is followed by a figure: words (a
    task may end like an office: 新建养老服务中心), then a bare figure."""
    return (i + 1 < len(cells) and kind(cells[i].text) in ("short", "text")
            and not _SEQ_CELL.fullmatch(cells[i].text) and kind(cells[i + 1].text) in ("num", "pct"))


def _section_labels(cells: list[Cell], roles: list[str | None]) -> set[int]:
    """Short names across a table whose task is followed by a figure (宏观调控, 公共服务 over their
    rows, a page's repeat of them): a name without a figure right before the name opening a row,
    after the header or a cell that ends a row (an office, a target in words); a target right
    after its row's figure (稳步提升) is no section name."""
    if not _named_then_figure(roles):
        return set()
    return {i for i, c in enumerate(cells)
            if _label(c.text) and len(c.text) <= _SECTION_LABEL and not _figure(c.text)
            and (i == 0 or not _figure(cells[i - 1].text)) and _opens_row(cells, i + 1)}


def _total_row(head: list[Cell], width: int) -> bool:
    """Whether the cells between a numbered table's header and its row 1 are a row of their own
    (a 全市 or 合计 total): a label, then figures, no more cells than the row has columns."""
    if not TOTAL_ROW or len(head) < 2 or len(head) > width - 1 or _figure(head[0].text):
        return False
    return 2 * sum(_figure(c.text) for c in head[1:]) >= len(head) - 1


# Switched off by evaluation/ablation.py (the package runs with it on).
NUMBERS_OPEN_ROWS = True


def _unnamed_numbers(cells: list[Cell], roles: list[str | None]) -> bool:
    """Whether lone numbers under a header without 序号 number its rows (an unnamed 序号 column):
    a run 1, 2, 3 … longer than any of numbered tasks. Where the header puts a figure column right
    after the task (项目 | 分值 | …), a figure right after a name is that name's (a score 1, 2, 3
    by chance), not the next row's number."""
    numbers = cells
    if NUMBERS_OPEN_ROWS and _named_then_figure(roles):
        numbers = [Cell("", c.line) if k and _label(cells[k - 1].text) else c
                   for k, c in enumerate(cells)]
    return _run(numbers, _lone_number) >= max(2, _run(cells, _numbered_task))


def _width_by_numbers(cells: list[Cell], end: int, roles: list[str | None]) -> int:
    """How many cells after a numbered table's header run are header cells too: the trailing cells
    of no role the run drops (they may be a total's label) when the rows between two row numbers
    hold that many cells more than the header names, and those cells read like header cells."""
    if not WIDTH_BY_NUMBERS or not roles or roles[0] != "seq":
        return 0
    _, starts = _anchors(cells[end:], roles)
    gaps = sorted(b - a for a, b in itertools.pairwise(starts))
    if len(gaps) < 2:
        return 0
    extra = gaps[len(gaps) // 2] - len(roles)  # the median row: rows that lost cells are shorter
    after = cells[end:end + extra] if 0 < extra <= _MAX_WIDENED else []
    if not after or any(len(c.text) > _HEADER_CELL or _figure(c.text) or _NOT_HEADER.search(c.text)
                        or _SEQ_CELL.fullmatch(c.text) for c in after):
        return 0
    return extra


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
    warnings: list[str] = []
    sections = _section_labels(cells, roles)
    if sections:
        warnings.append(f"{len(sections)} section labels across the table "
                        f"({'、'.join(dict.fromkeys(cells[i].text for i in sections))}) left out "
                        "of its rows")
        cells = [c for i, c in enumerate(cells) if i not in sections]
    anchor, found = _anchors(cells, roles)
    if not found:
        return [], ["no row starts found in the flattened table"]
    rows: list[Raw] = []
    carry: list[str] = [""] * width
    head = cells[: found[0]]
    if anchor == 0 and roles[0] == "seq":
        # A copy that keeps empty cells (a strict vertical pipe) gives the total row's empty
        # 序号 cell: the row starts at its label.
        head = list(itertools.dropwhile(lambda c: not c.text.strip(), head))
    if head and anchor > 0:
        cols = list(range(anchor))
        for c, pos in zip(head, _assign(head, cols, roles, set()), strict=True):
            carry[cols[pos]] = _join(carry[cols[pos]], c.text)
    elif anchor == 0 and roles[0] == "seq" and _total_row(head, width):
        # The cells before the first numbered row are a row without a number (全市, 合计 first).
        cols = list(range(1, width))
        total = [""] * width
        for c, pos in zip(head, _assign(head, cols, roles, set()), strict=True):
            total[cols[pos]] = _join(total[cols[pos]], c.text)
        rows.append(Raw(tuple(total), head[0].line))
        warnings.append(f"a row without a number before row 1 ({head[0].text[:10]!r}): read as "
                        "a row of its own")
    for a, start in enumerate(found):
        segment = cells[start : found[a + 1] if a + 1 < len(found) else len(cells)]
        first = 1 if roles[0] == "seq" else 0
        if first and len(segment) == 1 and a + 1 == len(found) and width > 1:
            # The text ends on a row's number (an excerpt cut there): no row, but said.
            warnings.append(f"the text ends on row number {segment[0].text!r}: no row read")
            continue
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
    drop, marked = flat_marks([c.text for c in cells[end:]], end - first, headers)
    cells = [*cells[:end], *(c for k, c in enumerate(cells[end:]) if k not in set(drop))]
    if "seq" not in roles and _unnamed_numbers(cells[end:], roles):
        # Row numbers on lines of their own under a header without 序号: an unnamed 序号 column.
        roles, headers = ["seq", *roles], ["", *headers]
    widened = _width_by_numbers(cells, end, roles)
    if widened:
        # Header cells of no role the run left off (本期新增投资(亿元) after the named ones): the
        # numbered rows say the header is that much wider.
        roles, headers = [*roles, *[None] * widened], [*headers, *(c.text for c in cells[end:end + widened])]
        end += widened
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
    # An empty cell (a lone | of a vertical copy) adds no line to the cell it is placed in.
    return f"{before}\n{text}" if before and text else before or text
