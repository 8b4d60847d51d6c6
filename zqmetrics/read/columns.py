"""Header roles: which output column a header cell names (the lexicon in ``data/headers.tsv``)."""

from __future__ import annotations

import re

from zqmetrics.read.grid import Cells, seq_number
from zqmetrics.text import lexicon
from zqmetrics.text.normalize import normalize

TABLE_COLUMNS = ("seq", "task", "progress", "plan", "units", "contact")


COLUMNS = (*TABLE_COLUMNS, "title", "place", "year", "period", "source", "line", "seq_inferred",
           "read_issue")


_MAX_HEADER_CELL = 40  # header cells are short; longer cells are data and are not matched


@lexicon.derived
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
    if "task" in named and len(named) >= 2 and 2 * sum(map(bool, columns)) >= filled:
        return columns
    return None


NO_TABLE = "no task table: no header row (序号 | 重点任务 | …) and no numbered rows (N | … | …)"


NO_HEADER = f"no header row found; assumed the columns {', '.join(TABLE_COLUMNS)}"


def canonical_columns(width: int) -> list[str | None]:
    return [*TABLE_COLUMNS[:width], *[None] * (width - len(TABLE_COLUMNS))]
