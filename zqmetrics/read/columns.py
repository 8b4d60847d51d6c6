"""Header roles: which output column a header cell names (the lexicon in ``data/headers.tsv``)."""

from __future__ import annotations

import re

from zqmetrics.read.grid import Cells, seq_number
from zqmetrics.text import lexicon
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.normalize import normalize

TABLE_COLUMNS = ("seq", "task", "progress", "plan", "units", "contact")

# Roles of a wide table's columns beyond the text columns: each goes to ``<role>_text``.
WIDE_ROLES = ("target", "unit", "actual", "ratio", "status")
# Every role a header may name; ``group`` is a merged group column (一级指标, 类别), never a task;
# ``weight`` is an assessment's score weight (分值, 权重), a small figure on every row that is
# never a target: named so that no rule takes its figures for one.
ROLES = (*TABLE_COLUMNS, *WIDE_ROLES, "group", "weight")
# headers.tsv may also list words under ``ignore``: headers that name no role although they contain
# a role's word (完成时限 holds a deadline, not an actual).
_IGNORE = "ignore"

COLUMNS = (*TABLE_COLUMNS, "title", "place", "year", "period", "source", "line", "seq_inferred",
           "read_issue", "layout", "parent_seq", "data_month", *(f"{r}_text" for r in WIDE_ROLES),
           "roles", "sets")


_MAX_HEADER_CELL = 40  # header cells are short; longer cells are data and are not matched


@lexicon.derived
def header_lexicon() -> dict[str, str]:
    """Header synonym → output column, from ``data/headers.tsv`` (read once, on first use)."""
    mapping: dict[str, str] = {}
    for column, synonym in lexicon.rows("headers.tsv", 2):
        if column not in (*ROLES, _IGNORE) or not synonym or synonym in mapping:
            raise ValueError(f"headers.tsv: bad or repeated entry {column!r} {synonym!r}")
        mapping[synonym] = column
    return mapping


@lexicon.derived
def whole_cell_lexicon() -> dict[str, str]:
    """Header word → output column for words that name a column only as the whole cell (项目,
    地区: ``data/header_cells.tsv``), never looked for inside a longer header."""
    mapping: dict[str, str] = {}
    for column, word in lexicon.rows("header_cells.tsv", 2):
        if column not in ROLES or not word or word in mapping or word in header_lexicon():
            raise ValueError(f"header_cells.tsv: bad or repeated entry {column!r} {word!r}")
        mapping[word] = column
    return mapping


_PERIOD_HEADER = re.compile(r"(?:\d{4}年)?\d{1,2}[-—–~至到]\d{1,2}月份?(?:完成|累计)?")

# A rate over a period (1-7月增速, 1-6月同比增长) is not the amount done in it.
_RATE = lazy_re(r"增速|增长|增幅|同比|比重|占")
_HEADER_NOISE = re.compile(r"[(（][^()（）]*[)）]|\s+|[:：*＊]")


def header_column(cell: str) -> str | None:
    """The output column a header cell names, or None (see headers.tsv for the matching rule)."""
    found = _header_word(cell)
    return None if found == _IGNORE else found


def _header_word(cell: str) -> str | None:
    """The role a header cell names, ``ignore`` for a header word of no role (备注, 责任领导), or
    None for a cell the lexicon does not know."""
    if len(cell) > _MAX_HEADER_CELL:
        return None
    # Fold first: a header cell with a zero-width space, an entity or traditional characters
    # (任務目標完成情況) must still name its column.
    key = _HEADER_NOISE.sub("", normalize(cell).text)
    whole = whole_cell_lexicon().get(key)
    if whole is not None:
        return whole
    if _PERIOD_HEADER.fullmatch(key):
        return "actual"  # a column headed by a period alone (1-3月, 1-6月完成) holds its figures
    period = _PERIOD_HEADER.match(key)
    rest = key[period.end():] if period else ""
    if period and not _RATE.search(rest) and _header_word(rest) in (None, "actual"):
        return "actual"  # a period and what was done in it (1-10月开工, 1-9月新增): its figures
    lexicon = header_lexicon()
    if not key or key in lexicon:
        return lexicon.get(key)
    # The synonym that ends last in the cell, the longest of those ending there: the first match
    # of the reversed synonyms, longest first, in the reversed cell (tests/test_fast_paths.py
    # checks it against trying every synonym's last occurrence).
    found = _last_synonym().search(key[::-1])
    return lexicon[found.group()[::-1]] if found else None


@lexicon.derived
def _last_synonym() -> re.Pattern[str]:
    words = sorted(header_lexicon(), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w[::-1]) for w in words))


# Switched off by evaluation/ablation.py (the package runs with it on).
KNOWN_NO_ROLE = True


def names_no_role(cell: str) -> bool:
    """Whether a header cell is a word the lexicon knows as naming no role (备注, 责任领导, 存在问题):
    such a column holds people, problems or notes, never the rows' tasks."""
    return _header_word(cell) == "ignore"


def names_role_only(cell: str) -> bool:
    """Whether a header cell, whole, only says what its column is for (年度目标, 目标任务, 完成值:
    ``data/role_headers.tsv``), not which indicator its figures measure."""
    key = _HEADER_NOISE.sub("", normalize(cell).text)
    return bool(key) and key in lexicon.mapping("role_headers.tsv")


def header_columns(cells: Cells) -> list[str | None] | None:
    """Column names for a header row, or None when the row is not a header.

    A header names a task column and one more, names at least half its filled cells, and does
    not start with a number: ``1 | 任务甲 | 进展甲 | …`` is data, though 任务 and 进展 are
    synonyms.
    """
    if len(cells) < 2 or seq_number(cells[0]) is not None:
        return None
    columns = [header_column(c) for c in cells]
    named = set(columns) - {None}
    filled = sum(1 for c in cells if c.strip())
    # A header word of no role (备注, 责任领导, 存在问题) is header evidence as a role's word is:
    # columns a unit adds to its table must not make the header look like data.
    known = sum(1 for c in cells if (_header_word(c) if KNOWN_NO_ROLE else header_column(c)))
    if 2 * known < filled or len(named) < 2:
        return None
    # A wide table may name its task column by a place (市州, 隶属): enough figure columns stand in.
    if "task" in named or len(named & {"target", "actual", "ratio", "unit"}) >= 2:
        return columns
    return None


NO_TABLE = "no task table: no header row (序号 | 重点任务 | …) and no numbered rows (N | … | …)"


NO_HEADER = f"no header row found; assumed the columns {', '.join(TABLE_COLUMNS)}"
NO_HEADER_CONTENT = "no header row and no 序号 found: rows of as many cells each, columns read from their cells"


def canonical_columns(width: int) -> list[str | None]:
    return [*TABLE_COLUMNS[:width], *[None] * (width - len(TABLE_COLUMNS))]
