"""Wide tables: column roles from content where the header is silent or ambiguous, and short rows.

A header names most columns (``data/headers.tsv``); what it cannot say is read from the cells:

- a task-like column filled only on a group's first rows (重点任务 over its indicators) is a
  group; a second task-like column (项目名称 | 具体任务及目标) describes the task's target;
- with no task column, a target column holding text (项目内容) is the task; and whatever the
  header said, a task column that names no tasks on most rows (figures, units, dates, empty cells)
  gives way to the leftmost column that does (市州, 隶属, 县(市、区)), and that is said;
- a progress column holding short figures beside a target column of figures (年度目标 | 完成情况)
  is the actual; a second target column naming a part of the year (前三季度投资计划) is a period plan;
- with several actual columns named by periods (1-5月 | 1-6月), the latest is the actual;
- a row may carry several target/actual/ratio sets (开工 | 投资 side by side, or an annual plan
  beside a period plan): each target column of figures opens a set (``role_sets``).

Rows that lost cells in export (a merged group cell, an empty cell collapsed by spaces) are placed
by content (``zqmetrics.read.placement``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import regex

from zqmetrics.read.columns import names_no_role
from zqmetrics.read.grid import Raw
from zqmetrics.read.shares import share_columns
from zqmetrics.text import lexicon
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.units import canonical

# A figure; its thousands may be set apart by commas (1,504,786.55), as statistical tables do.
_NUMBER = re.compile(r"[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*[%％]?")
_NUMBERING = re.compile(r"\s*(?:\d{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|[①-⑳])")
_MONTHS = lazy_re(r"(\d{1,2})\s*[-—–~至到]\s*(\d{1,2})\s*月|(\d{1,2})\s*月")
_MAGNITUDE = re.compile(r"^[万亿千百十]")
_PHONE = lazy_re(r"\d{7,}")
_PART_OF_YEAR = lazy_re(r"季度|半年|\d{1,2}\s*月")
_PERCENT = ("%", "％", "百分点", "个百分点", "元")
_FILLED = 0.6  # a column standing in for the task is filled on at least this share of rows
_MIN_GROUP_ROWS = 3  # a column's fill says it is a group only over this many rows
_SHORT = 16  # a cell this short is a figure or a label, not a description
_TARGET_FIGURE = 8  # a target cell this short with a digit is a figure (3家, 6%以上), not a task


@lexicon.derived
def figure_words() -> frozenset[str]:
    """Words a table of figures writes in a figure's cell when the figure would only say the
    whole is reached (全部开工, 已完成: ``data/layout_cues.tsv`` figure_word)."""
    return frozenset(w for cat, w in lexicon.rows("layout_cues.tsv", 2) if cat == "figure_word")


def kind(cell: str) -> str:
    """A cell's shape: empty, pct, num, seq, short (a label or unit) or text."""
    s = cell.strip()
    if not s:
        return "empty"
    if _NUMBER.fullmatch(s):
        return "pct" if s[-1] in "%％" else "num"
    if _NUMBERING.match(s) and len(s) > 4:
        return "seq"
    return "short" if len(s) <= 6 else "text"


def _figures(cells: list[str], short: int = _SHORT) -> float:
    """The share of filled cells that are figures (a number, or a short text with one)."""
    filled = [c for c in cells if c.strip()]
    if not filled:
        return 0.0
    return sum(kind(c) in ("num", "pct") or (len(c) <= short and any(ch.isdigit() for ch in c))
               for c in filled) / len(filled)


def refine_roles(columns: Sequence[str | None], headers: Sequence[str], rows: list[Raw],
                 assumed: bool = False) -> tuple[list[str | None], dict[str, int], list[str]]:
    """Roles by content (see the module text); the column chosen per wide role; warnings.

    ``assumed``: the columns were assumed without a header (序号, 任务, 进展…), so they are no
    evidence and any of them may be the task.
    """
    roles = list(columns)
    width = len(roles)
    full = [r.cells for r in rows if len(r.cells) >= width]
    body = [[r[i] if i < len(r) else "" for r in full] for i in range(width)]
    fill = [sum(bool(c.strip()) for c in col) / max(len(col), 1) for col in body]
    warnings: list[str] = []
    for i, role in enumerate(roles):
        # 单位 names a measure (计量单位) or a reporting unit (a district, an office): the cells say.
        if role == "unit" and body[i] and _units_share(body[i]) < 0.5:
            roles[i] = None
            warnings.append(f"column {headers[i]!r} holds names, not units of measure")
    tasks = [i for i, r in enumerate(roles) if r == "task"]
    # A task-like column filled only on its group's first rows (重点任务 over its indicators, a
    # merged cell) is the group; the task is a column filled on every row.
    sparse = sparse_tasks(tasks, fill, len(rows), body)
    if sparse and not any(fill[j] >= _FILLED and _names(body[j]) and _distinct(body[j])
                          for j in range(width) if j not in sparse and roles[j] not in (
                              "seq", "contact", "units")):
        # No other column names the rows: the sparse column is the task column, though few of
        # its rows are named (a group needs rows that another column names; a random table's).
        sparse = []
    if sparse:
        for i in sparse:
            roles[i] = "group"
            warnings.append(f"column {headers[i]!r} is filled on few rows: read as a group column")
        tasks = [i for i in tasks if i not in sparse]
    for i in tasks[1:]:
        roles[i] = "target"
    if not tasks:
        texts = [i for i, r in enumerate(roles) if r == "target" and _figures(body[i]) < 0.5]
        # Else the column naming the tasks is found by _check_task (names, not figures, units,
        # dates or empty cells).
        if texts:
            pick = texts[0]
            roles[pick] = "task"
            warnings.append(f"no task column named: column {headers[pick]!r} assumed to be the task")
    _check_task(roles, headers, body, warnings, assumed)
    if assumed and ASSUMED_BY_CONTENT and "task" in roles:
        # Columns assumed without a header are no evidence: right of the task column (the
        # header's order guessed, or the one the cells chose), offices are the owner and status
        # words the status, whatever the canonical order put there (序号 | 任务 | 责任单位 | 进展 |
        # 状态 copied without its header).
        before = list(roles)
        _assumed_by_content(roles, body, roles.index("task"))
        moved = [f"column {i + 1} {r or 'no role'}" for i, (b, r) in enumerate(
            zip(before, roles, strict=True)) if b != r]
        if moved:
            warnings.append("columns assumed without a header read by their cells (offices, "
                            f"status words): {', '.join(moved)}")
    share_columns(roles, headers, body, warnings)
    # Beside a target column of figures, a 完成情况 column of figures is the actual.
    figure_targets = any(r == "target" and _figures(body[i], _TARGET_FIGURE) >= 0.5
                         for i, r in enumerate(roles))
    for i, role in enumerate(roles):
        if role == "progress" and figure_targets and body[i] and _figures(body[i]) >= 0.5:
            roles[i] = "actual"
    targets = [i for i, r in enumerate(roles) if r == "target"]
    parts = [i for i in targets if i < len(headers) and _PART_OF_YEAR.search(headers[i])]
    # A target column naming a part of the year beside one that does not is a period plan, on
    # either side of it (columns in another order put 前三季度投资计划 first).
    for i in (parts if PART_PLANS_ANY_ORDER and len(parts) < len(targets) else targets[1:]):
        if _PART_OF_YEAR.search(headers[i]):
            roles[i] = "plan"
    chosen: dict[str, int] = {}
    actuals = [i for i, r in enumerate(roles) if r == "actual"]
    months = {i: _last_month(headers[i]) for i in actuals}
    if len(actuals) > 1 and sum(m is not None for m in months.values()) > 1:
        chosen["actual"] = max(actuals, key=lambda i: (months[i] or 0, -i))
    return roles, chosen, warnings


_DATE_CELL = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|末|前)?\s*")
# The regex module keeps a range as a range; re compiles a set of 20,992 characters into a map one
# character at a time (about 1.3 ms of every cold start, issue 15). Both find the same characters.
_CJK = regex.compile(r"[\u4e00-\u9fff]")
_TASK_SHARE = 0.6  # a task column holds a name or a sentence on at least this share of rows
# Columns that may stand in for a task the header put elsewhere: unnamed ones, task-like ones,
# and a target column holding text (项目内容).
_TASK_CANDIDATES = (None, "task", "target")


def _task_like(cell: str) -> bool:
    """A cell that can name a task: words, not a figure, a unit of measure or a date."""
    s = cell.strip()
    if kind(s) in ("empty", "num", "pct") or _DATE_CELL.fullmatch(s):
        return False
    han = _CJK.finditer(s)  # two Chinese characters are enough: the rest are not collected
    return next(han, None) is not None and next(han, None) is not None and not _is_measure(s)


def _names(cells: list[str]) -> bool:
    """Whether the filled cells mostly name something (words, not figures)."""
    filled = [c for c in cells if c.strip()]
    return bool(filled) and 2 * sum(map(_task_like, filled)) >= len(filled)


def _distinct(cells: list[str]) -> bool:
    """Whether the filled cells mostly differ: tasks are named each their own way (a column
    repeating one word, 电话 or 已完成, names no tasks)."""
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) < 2 or 2 * len(set(filled)) > len(filled)


@lexicon.derived
def _org_pattern() -> re.Pattern[str]:
    """Names of offices end with one of the suffixes of ``data/org_suffixes.tsv``."""
    suffixes = sorted({s for (s,) in lexicon.rows("org_suffixes.tsv", 1)}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, suffixes)) + r")[)）]?$")


def is_org(cell: str) -> bool:
    """Whether a cell lists offices (区发改委、区财政局; 市住建局): every part ends like one."""
    if len(cell) > 60:  # a sentence, not names (said first: the tests below cost more)
        return False
    # A remark in brackets after a name (区教体局(区国资公司代建)) is not part of the name.
    bare = _ORG_REMARK.sub("", cell.strip())
    parts = [p for p in _ORG_SEPARATORS.split(bare) if p]
    return bool(parts) and all(_org_pattern().search(p) for p in parts)


_ORG_REMARK = lazy_re(r"[(（][^()（）]*[)）]\s*$")
_ORG_SEPARATORS = lazy_re(r"[、，,；;\s]+")


# Switched off by evaluation/ablation.py (the package runs with it on).
ASSUMED_BY_CONTENT = True
_STATUS_CELL = 10  # a status cell is short: 按时序推进, 已完成, 滞后


@lexicon.derived
def _status_word() -> re.Pattern[str]:
    """Words of a self-declared status (``data/status_words.tsv``)."""
    words = sorted({w for (w,) in lexicon.rows("status_words.tsv", 1)}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def is_status_cell(cell: str) -> bool:
    """Whether a cell says a status in a few words (按时序推进, 已完成, 滞后: ``data/status_words.tsv``)."""
    s = cell.strip()
    return len(s) <= _STATUS_CELL and bool(_status_word().search(s))


def _most(test: Callable[[str], object], filled: list[str]) -> bool:
    """Whether ``test`` holds for more than half of the ``filled`` cells of a column: what the
    cells of a column assumed without a header say it holds."""
    return 2 * sum(bool(test(c)) for c in filled) > len(filled)


def _assume_after(roles: list[str | None], body: list[list[str]], task: int) -> None:
    """Columns assumed without a header, right of a task column found by content: offices are
    the owner, telephone numbers the contact, short status words (按时序推进) the status, the
    others progress then plan, in order."""
    texts = iter(("progress", "plan"))
    for i in range(task + 1, len(roles)):
        filled = [c for c in body[i] if c.strip()]
        if not filled:
            continue
        if _most(is_org, filled):
            roles[i] = "units"
        elif _most(_PHONE.search, filled):
            roles[i] = "contact"
        elif ASSUMED_BY_CONTENT and _most(is_status_cell, filled):
            roles[i] = "status"
        else:
            roles[i] = next(texts, None)


def _assumed_by_content(roles: list[str | None], body: list[list[str]], task: int) -> None:
    """Columns the canonical order assumed right of the assumed task column: only where the
    cells of one say it is the owner (offices) or the status (status words) against its assumed
    role are the roles dealt again: those columns take theirs, the columns assumed progress or
    plan holding text take progress then plan, in order; others keep theirs."""
    said: dict[int, str] = {}
    for i in range(task + 1, len(roles)):
        filled = [c for c in body[i] if c.strip()]
        if filled and _most(is_org, filled):
            said[i] = "units"
        elif filled and _most(is_status_cell, filled):
            said[i] = "status"
    if all(roles[i] == role for i, role in said.items()):
        return
    texts = iter(("progress", "plan"))
    for i in range(task + 1, len(roles)):
        if i in said:
            roles[i] = said[i]
        elif roles[i] in ("progress", "plan") and any(c.strip() for c in body[i]):
            roles[i] = next(texts, None)


SET_ROLES = ("target", "actual", "ratio")


def role_sets(roles: Sequence[str | None], headers: Sequence[str], rows: list[Raw],
              chosen: dict[str, int] | None = None) -> list[dict[str, int]]:
    """The target/actual/ratio sets of a row, left to right, or [] when there is only one.

    Each column of figure targets (a target column, or a period plan such as 前三季度投资计划)
    opens a set; the actual and ratio columns after it, up to the next target, are the set's
    (of several actuals the chosen, latest one). A set without an actual shares the next set's:
    in 年度投资计划 | 前三季度投资计划 | 1-7月完成投资 the figure done measures both plans,
    while the ratio after it is of its own set's plan only.
    """
    width = len(roles)
    full = [r.cells for r in rows if len(r.cells) >= width]

    def figures(i: int) -> bool:
        return bool(full) and _figures([c[i] for c in full], _TARGET_FIGURE) >= 0.5

    chosen = chosen or {}

    def scan(order: Sequence[int]) -> list[dict[str, int]]:
        sets: list[dict[str, int]] = []
        for i in order:
            role = roles[i]
            period_plan = role == "plan" and i < len(headers) and bool(
                _PART_OF_YEAR.search(headers[i]))
            if (role == "target" or period_plan) and figures(i):
                sets.append({"target": i})
            elif role in ("actual", "ratio") and sets and (role not in sets[-1]
                                                             or chosen.get(role) == i):
                sets[-1][role] = i
        return sets

    sets = scan(range(width))
    first = min((one["target"] for one in sets), default=width)
    if REVERSED_SETS and len(sets) >= 2 and any(
            roles[i] in ("actual", "ratio") for i in range(first)):
        # Actual or ratio columns before the first target (columns in another order: 完成率 |
        # 完成 | 计划): each set closes with its target, so the sets are read right to left.
        sets = scan(range(width - 1, -1, -1))
    if len(sets) < 2:
        return []
    for k, one in enumerate(sets):
        if "actual" not in one:
            later = next((s["actual"] for s in sets[k + 1:] if "actual" in s), None)
            if later is not None:
                one["actual"] = later
    return sets


# Switched off by evaluation/ablation.py (the package runs with it on).
GROUP_LABELS = True
# Reader pass 28, off in the package (the variants of one development table so far, dazhou-2018-07's
# pipe_columns_reversed copy; hunan-2021-08's sets, same collection): a target column naming a
# part of the year is a period plan on either side of the year's target, and actual/ratio columns
# before the targets make the sets read right to left. The tests and the ablation set them on.
PART_PLANS_ANY_ORDER = False
REVERSED_SETS = False


def _check_task(roles: list[str | None], headers: Sequence[str], body: list[list[str]],
                warnings: list[str], assumed: bool = False) -> None:
    """The task column must name tasks; when the one the header gave (or none) holds figures,
    units, dates or empty cells on most rows, the leftmost column naming them is taken, said.
    Columns assumed without a header may all stand in once the assumed task column turned out a
    group (filled on a group's first rows only)."""
    if not body or len(body[0]) < 2:
        return
    at = next((i for i, r in enumerate(roles) if r == "task"), None)
    if at is not None and sum(map(_task_like, body[at])) / len(body[at]) >= _TASK_SHARE:
        return  # the header's task column names tasks: the other columns need no reading
    share = [sum(map(_task_like, col)) / len(col) for col in body]
    # With no task column, a column the header calls a group (项目类别, 类别) but that names a
    # different thing on most rows is the table's only label: its rows' task.
    grouped = GROUP_LABELS and at is None
    better = [i for i, r in enumerate(roles)
              if (r in _TASK_CANDIDATES or (assumed and at is None and r not in ("seq", "group"))
                  or (grouped and r == "group"))
              and i != at and _distinct(body[i])
              and not (i < len(headers) and names_no_role(headers[i]))
              and share[i] >= _TASK_SHARE and (at is None or share[i] > share[at])]
    if not better:
        return
    # A group column stands in only when no other column names the rows; of two (类别 | 项目类别),
    # the finer one, next to the figures, names the rows and the broader one groups them.
    others = [i for i in better if roles[i] != "group"]
    pick = others[0] if others else better[-1]
    if at is not None:
        roles[at] = "group"
    roles[pick] = "task"
    if assumed:
        _assume_after(roles, body, pick)
    def name(i: int) -> str:
        return repr(headers[i]) if i < len(headers) and headers[i] else f"{i + 1}"

    was = f"column {name(at)} holds no task names" if at is not None else "no task column"
    warnings.append(f"{was}: column {name(pick)} assumed to be the task")


def sparse_tasks(tasks: list[int], fill: list[float], rows: int,
                 body: list[list[str]]) -> list[int]:
    """The task-like columns filled on few rows (a group's first rows only): over enough rows, or
    beside a task-like column that is filled."""
    # A group column names its groups on their first rows: filled on some rows, with names (an
    # empty column or one of stray figures groups nothing).
    sparse = [i for i in tasks if 0 < fill[i] < _FILLED and _names(body[i])]
    return sparse if rows >= _MIN_GROUP_ROWS or len(sparse) < len(tasks) else []


def _is_measure(cell: str) -> bool:
    """Whether a cell is a unit of measure (亩, 万元, %, 个百分点)."""
    return bool(canonical(cell) or canonical(_MAGNITUDE.sub("", cell)) or cell in _PERCENT)


def _units_share(cells: list[str]) -> float:
    """The share of filled cells that are units of measure (亩, 万元, %, 个百分点)."""
    filled = [c.strip() for c in cells if c.strip()]
    return sum(map(_is_measure, filled)) / max(len(filled), 1)


def _last_month(header: str) -> int | None:
    found = [int(m[2] or m[3]) for m in _MONTHS.finditer(header)]
    return found[-1] if found else None
