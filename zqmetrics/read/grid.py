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


_SECTION_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*、|[（(][一二三四五六七八九十]{1,3}[)）])\s*[^\d\s][^\d]{0,24}")


def section_heading(cell: str) -> bool:
    """A cell that is a section heading across a table (一、产业发展类, （二）社会民生类): a
    section number, then a short name without a figure; no task of its own."""
    return _SECTION_HEADING.fullmatch(cell.strip()) is not None


def pick_title(candidates: Iterable[str]) -> str | None:
    """The first candidate naming a year (titles do), else the first non-blank one."""
    lines = [c.strip() for c in candidates if c and c.strip()]
    return next((c for c in lines if YEAR_IN_TITLE.search(c)), lines[0] if lines else None)
