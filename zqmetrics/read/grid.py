"""The shared table shape every format is read into: rows of cells, before the cells are named."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
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


_HAN = "一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_OTHER_SEQ = re.compile(
    r"\s*(?:[（(]\s*(?P<paren>\d{1,3})\s*[)）]|(?P<circled>[①-⑳])"
    r"|[（(]?(?P<han>[一二三四五六七八九十]{1,3})[)）]?\s*[、.．]?)\s*")


def other_seq_number(cell: str) -> int | None:
    """A 序号 written another way than 1, 2, 3: (1), （1）, ①, 一, 一、, （一）."""
    m = _OTHER_SEQ.fullmatch(cell)
    if m is None:
        return None
    if m["paren"]:
        return int(m["paren"])
    if m["circled"]:
        return _CIRCLED.index(m["circled"]) + 1
    han = m["han"]
    tens, _, ones = han.rpartition("十")
    if "十" not in han:
        return _HAN.index(han) + 1 if len(han) == 1 else None
    value = (_HAN.index(tens) + 1 if tens else 1) * 10 + (_HAN.index(ones) + 1 if ones else 0)
    return value if len(tens) <= 1 and len(ones) <= 1 else None


def seq_reader(cells: Iterable[str]) -> Callable[[str], int | None]:
    """How the 序号 column of a table numbers its rows: :func:`seq_number`, unless more of its
    cells (two at least) are numbered another way ((1), ①, 一、) than by digits; then that way.
    A column numbering its rows 1, 2, 3 under groups 一, 二 keeps the digits."""
    digits = other = 0
    for cell in cells:
        if seq_number(cell) is not None:
            digits += 1
        elif other_seq_number(cell) is not None:
            other += 1
    return other_seq_number if OTHER_SEQ and other >= 2 and other > digits else seq_number


# Switched off by evaluation/ablation.py (the package runs with it on).
OTHER_SEQ = True


# Switched off by evaluation/ablation.py (the package runs with it on).
COLUMN_NUMBERS = True
_COLUMN_MARKS = "甲乙丙丁戊"


def column_numbers(cells: Sequence[str]) -> bool:
    """Cells numbering the columns under a header (1 | 2 | 3 | 4, or 甲 | 乙 | 1 | 2): 甲, 乙 …
    then 1, 2, 3 … in order, every cell filled, three cells at least (three numbers when no 甲
    opens them). No row: printed tables number their columns so."""
    cells = [c.strip() for c in cells]
    marks = 0
    while marks < len(cells) and marks < len(_COLUMN_MARKS) and cells[marks] == _COLUMN_MARKS[marks]:
        marks += 1
    numbers = cells[marks:]
    return (len(cells) >= 3 and (marks >= 1 or len(numbers) >= 3)
            and numbers == [str(k) for k in range(1, len(numbers) + 1)])


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
