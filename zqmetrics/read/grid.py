"""The shared table shape every format is read into: rows of cells, before the cells are named."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Cells = Sequence[str]


@dataclass(frozen=True, slots=True)
class Raw:
    """One table row as cells, before the cells are given names."""

    cells: tuple[str, ...]
    line: int | None


@dataclass(frozen=True, slots=True)
class Table:
    title: str | None
    columns: list[str | None]
    rows: list[Raw]
    warnings: list[str]
    headers: list[str] = field(default_factory=list)  # the source header cells, when there is one


_SEQ = re.compile(r"\s*(\d{1,6})\s*[、.．]?\s*")


def seq_number(cell: str) -> int | None:
    m = _SEQ.fullmatch(cell)
    return int(m[1]) if m else None


YEAR_IN_TITLE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def pick_title(candidates: Iterable[str]) -> str | None:
    """The first candidate naming a year (titles do), else the first non-blank one."""
    lines = [c.strip() for c in candidates if c and c.strip()]
    return next((c for c in lines if YEAR_IN_TITLE.search(c)), lines[0] if lines else None)
