"""Rows of a table that are no rows, and how its 序号 column numbers the rows.

A copy of a table keeps lines that belong to no row: section headings across it (一、产业发展类,
its other cells empty; 一 | 产业发展类 among rows numbered 1, 2, 3) and the row numbering its
columns under the header (1 | 2 | 3 …, 甲 | 乙 | 1 | 2). Each text layout leaves them out of its
rows and says so. A 序号 column may number its rows another way than 1, 2, 3 ((1), ①, 一、): the
way most of its cells take is the column's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from zqmetrics.read.grid import Raw, seq_number
from zqmetrics.read.later_headers import empty_mark, squashed
from zqmetrics.text import lexicon
from zqmetrics.text.numerals import parse_chinese

# Switched off by evaluation/ablation.py (the package runs with them on).
SECTIONS = True
OTHER_SEQ = True
COLUMN_NUMBERS = True
REPEATED_HEADINGS = True
PAGE_MARKS = True
EMPTY_MARKS = True
REPEATED_MERGES = True
LEAD_COLUMN_HEADINGS = True

_SECTION_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*、|[（(][一二三四五六七八九十]{1,3}[)）])\s*[^\d\s][^\d]{0,24}")


def section_heading(cell: str) -> bool:
    """A cell that is a section heading across a table (一、产业发展类, （二）社会民生类): a
    section number, then a short name without a figure; no task of its own."""
    return _SECTION_HEADING.fullmatch(cell.strip()) is not None


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
    # A row number is one numeral (三, 十) or one 十 with a digit each side at most (十二, 二十一);
    # 一一, 十十 and 十二三 are not.
    tens, ten, ones = han.partition("十")
    if (len(tens) > 1 or len(ones) > 1 or "十" in ones) if ten else len(han) > 1:
        return None
    value = parse_chinese(han)
    return int(value) if value is not None else None


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


_WORDS_ONLY = re.compile(r"\s*[^\d\s|][^\d|]{1,23}")


def words_heading(cells: Sequence[str]) -> bool:
    """Cells of a line whose first cell alone is filled, with words and no figure or number
    (产业发展类 | | |): a heading merged across the table, when that cell stands left of the task
    column."""
    return (LEAD_COLUMN_HEADINGS and bool(cells) and bool(_WORDS_ONLY.fullmatch(cells[0]))
            and seq_number(cells[0]) is None and any_seq_number(cells[0]) is None
            and not any(c.strip() for c in cells[1:]))


def section_row(row: Raw, lead: int = 0) -> bool:
    """A row whose one filled cell is a section heading (一、产业类项目 | | |), or whose cells are
    a group's number and a short name (一 | 产业发展类 | |), or whose three or more filled cells
    all repeat one section heading, or (``lead`` columns left of the task column) whose one
    filled cell is words in the first of those: a heading over the rows under it, no task of
    its own."""
    filled = [c for c in row.cells if c.strip()]
    if lead > 0 and words_heading(row.cells):
        # A merged heading across the table lands in its first cell: words with no figure in a
        # column left of the task's (序号, a group column), every other cell empty. A row of
        # the task column alone may be a task with nothing reported yet, so only those columns.
        return True
    if REPEATED_HEADINGS and len(filled) >= 3 and len({c.strip() for c in filled}) == 1:
        # A heading merged across the table, written by a converter that expands a merged cell
        # into each column it spans (一、产业发展类 | 一、产业发展类 | …): read as written once.
        filled = filled[:1]
    if len(filled) == 2 and other_seq_number(filled[0]) is not None and seq_number(filled[0]) is None:
        return section_heading(f"{filled[0].strip().rstrip('、')}、{filled[1]}")
    return len(filled) == 1 and section_heading(filled[0])


def _sectioned(rows: list[Raw], lead: int = 0) -> bool:
    """The table has section heading rows among rows of several cells (two or more of them)."""
    return any(section_row(r, lead) for r in rows) and sum(
        1 for r in rows if sum(1 for c in r.cells if c.strip()) >= 2) >= 2


def table_marks(rows: list[Raw], lead: int = 0) -> tuple[list[Raw], list[str], bool]:
    """``rows`` without its section headings and the row numbering its columns, what was said
    of them, and whether section headings are left out (of a streamed slice's rows too);
    ``lead`` columns stand left of the task column (:func:`section_row`)."""
    said: list[str] = []
    sectioned = SECTIONS and _sectioned(rows, lead)
    if sectioned:
        rows = [r for r in rows if not section_row(r, lead)]
    if COLUMN_NUMBERS and rows and column_numbers(rows[0].cells):
        rows = rows[1:]
        said.append(COLUMN_NUMBERS_SAID)
    if sectioned:
        said.append("section headings across the table (一、…, （一）…, their other cells empty) "
                    "read as headings of the rows under them, not as rows")
    return rows, said, sectioned


COLUMN_NUMBERS_SAID = "the row under the header numbers the columns (1 | 2 | 3 …): no row"


def seq_style(lines: Iterable[str], seq_at: int | None,
              split: Callable[[str], tuple[list[str], bool, bool]]) -> Callable[[str], int | None]:
    """How the rows of ``lines`` write their 序号 (:func:`seq_reader`), their cells cut by
    ``split``."""
    if seq_at is None:
        return seq_number
    cells = []
    for line in lines:
        if "|" in line:
            found, lead, _ = split(line)
            if not lead and len(found) > seq_at:
                cells.append(found[seq_at])
    return seq_reader(cells)


_PLAIN_HAN = re.compile(r"\s*[一二三四五六七八九十]{1,3}\s*[、.．]?\s*")


def any_seq_number(text: str) -> int | None:
    """A cell of a column named 序号: 1, 一、 and, numbered another way, (1) or ①. (Alone, (一) is
    as often a group's number over unnumbered rows: only a header naming the column says.)"""
    found = seq_number(text)
    if found is None and (OTHER_SEQ or _PLAIN_HAN.fullmatch(text)):
        found = other_seq_number(text)
    return found


@lexicon.derived
def _note_opener() -> re.Pattern[str]:
    """A note under a table: 注：, 备注：, 数据来源： (``data/layout_cues.tsv`` table_note)."""
    words = sorted((w for cat, w in lexicon.rows("layout_cues.tsv", 2) if cat == "table_note"),
                   key=len, reverse=True)
    alternatives = "|".join(map(re.escape, words))
    return re.compile(rf"\s*(?:{alternatives})\s*[:：]")


@lexicon.derived
def _continued_words() -> frozenset[str]:
    return frozenset(w for cat, w in lexicon.rows("layout_cues.tsv", 2) if cat == "table_continued")


def page_marks(texts: Sequence[str], header: Sequence[str]) -> tuple[list[int], list[str]]:
    """Cells of a flattened table's data ``texts`` that are no row's: an empty cell written as a
    dash or a slash (/, —), the header's cells written again on a later page (after 续表, or
    alone), a 续表 cell, and a note under the table (注：…, 备注：…, 数据来源：…) with every cell
    after it; what was said."""
    drop: list[int] = []
    said: list[str] = []
    if EMPTY_MARKS:
        # An empty cell written as a dash or a slash: a copy that keeps it gives it a paragraph
        # of its own, which a copy leaving the cell empty does not; read as that copy.
        drop.extend(k for k, t in enumerate(texts) if empty_mark(t))
    if not PAGE_MARKS:
        return drop, said
    want = [squashed(h) for h in header]
    width = len(want)
    flat = [squashed(t) for t in texts]  # once each, not once per window that holds it
    k = 0
    while k < len(texts):
        if width >= 2 and flat[k:k + width] == want:
            drop.extend(range(k, k + width))
            said.append(f"the header written again (cell {k + 1} of the rows): a new page, no row")
            k += width
            continue
        if flat[k] in _continued_words():
            drop.append(k)
        elif k and _note_opener().match(texts[k]):
            drop.extend(range(k, len(texts)))
            said.append(f"a note under the table ({texts[k][:12]!r}…): the rows end before it")
            break
        k += 1
    return drop, said


def flat_marks(texts: Sequence[str], width: int,
               header: Sequence[str] = ()) -> tuple[list[int], list[str]]:
    """Which of a flattened table's data cells ``texts`` (after a header of ``width`` cells) are
    no row's: the row numbering the columns, section headings, the pages' and notes' cells
    (:func:`page_marks`, with the ``header``'s cells); what was said of them."""
    drop, said = page_marks(texts, header)
    if COLUMN_NUMBERS and len(texts) > width and column_numbers(texts[:width]):
        drop.extend(range(width))
        said.append(COLUMN_NUMBERS_SAID)
    if SECTIONS:
        # Joined to the next label, a section heading would make it another task.
        sections = [k for k, t in enumerate(texts) if k not in drop and section_heading(t)]
        drop.extend(sections)
        if sections:
            said.append(f"{len(sections)} section headings across the table (一、…, （一）…) read "
                        "as headings of the rows under them, not as rows")
    return drop, said

def spread(cells: list[str], k: int) -> bool:
    """Whether header cell ``k`` repeats its neighbour's text: a merged cell over several columns
    (完成情况 | 完成情况) as a converter that expands merged cells writes it."""
    return REPEATED_MERGES and bool(cells[k]) and (
        (k > 0 and cells[k - 1] == cells[k]) or (k + 1 < len(cells) and cells[k + 1] == cells[k]))


def naming_cells(cells: Sequence[str], above: Sequence[str]) -> list[str]:
    """The filled cells of a second header line that must name a column: a cell repeating the
    one above it (a cell merged down, written on both lines by a converter) need not."""
    # A header line shorter or longer than the cells compares the cells it has (zip stops).
    return [c for c, h in zip(cells, above, strict=False) if c and not (REPEATED_MERGES and c == h)]
