"""Metamorphic variants of the development corpus's tables: one table, every layout a copy may take.

A development table document is read once; its header and rows are then written out again as a
pipe table (with and without outer bars, with a Markdown rule, a header over two lines, no header,
extra 联系人/电话 columns, a merged group column), a flattened table (one cell per line or per
paragraph, a vertical pipe), a space-separated table, and CSV/XLSX/HTML grids. Each copy must read
to the same rows. Only development documents are used.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

from evaluation.corpus import Document, load_corpus, pair_rows, squash
from zqmetrics.read.columns import header_column
from zqmetrics.read.layouts import table_of
from zqmetrics.read.placement import place_short_rows
from zqmetrics.read.wide import kind


@dataclass(frozen=True)
class Source:
    """A development table: its title, header cells and rows, and the gold rows they hold."""

    doc: Document
    title: str
    header: list[str]
    rows: list[list[str]]


def _flat(cell: str) -> str:
    # A cell's own line breaks are kept apart from the layout's: offices listed one per line
    # become a list, a wrapped word is joined.
    parts = [p.strip() for p in cell.split("\n") if p.strip()]
    return "、".join(parts) if len(parts) > 1 and all(len(p) <= 12 for p in parts) else "".join(parts)


# Development table documents whose every gold row is one table row.
SOURCE_IDS = ("dazhou-2018-07", "hunan-2021-08", "jiaxing-2021-h1", "qinghai-2018-03",
              "shanghai-putuo-2021-h1", "shaoxing-2020-q1", "xiangxi-2021-09",
              # The eighth collection's tables: a label column headed 项目类别, a numbered table
              # with a total row first, an assessment table (项目 | 分值 | 目标任务 | 监考单位).
              "chongqing-tongliang-2024-09", "yunfu-2017-08", "deyang-jingyang-2016-fy")


def sources() -> list[Source]:
    out = []
    docs = {d.id: d for d in load_corpus() if d.split == "dev"}
    for doc_id in SOURCE_IDS:
        doc = docs[doc_id]
        found = table_of(doc.text, doc_id)
        assert found is not None, doc_id
        table = found[0]
        width = len(table.headers)
        # The source's own lost cells are placed first: each variant loses cells its own way.
        placed, _ = place_short_rows(table.rows, width)
        rows = [[_flat(c) for c in r.cells[:width]] + [""] * (width - len(r.cells))
                for r in placed]
        # A 序号 column the header leaves unnamed (row numbers under a header one cell short) is
        # written out with its name: the variants copy the table, not that gap.
        header = ["".join(h.split()) or ("序号" if role == "seq" else "")
                  for h, role in zip(table.headers, table.columns, strict=True)]
        title = (table.title or "").strip() or f"{doc.gold['year']}年进度表"
        out.append(Source(doc, title, header, rows))
    return out


Render = Callable[[Source], str]


def _pipe(cells: list[str], outer: bool = False, close: bool = True) -> str:
    body = " | ".join(cells)
    return f"| {body} |" if outer else body + (" |" if close else "")


def pipe_trailing(s: Source) -> str:
    return "\n".join([s.title, _pipe(s.header), *(_pipe(r) for r in s.rows)])


def pipe_outer(s: Source) -> str:
    return "\n".join([s.title, _pipe(s.header, True), *(_pipe(r, True) for r in s.rows)])


def pipe_markdown(s: Source) -> str:
    rule = "| " + " | ".join("---" for _ in s.header) + " |"
    return "\n".join([s.title, "", _pipe(s.header, True), rule, *(_pipe(r, True) for r in s.rows)])


def pipe_unclosed(s: Source) -> str:
    return "\n".join([s.title, _pipe(s.header, close=False),
                      *(_pipe(r, close=False) for r in s.rows)])


def pipe_header_two_lines(s: Source) -> str:
    half = max(1, len(s.header) // 2)
    return "\n".join([s.title, _pipe(s.header[:half]), _pipe(s.header[half:]),
                      *(_pipe(r) for r in s.rows)])


def pipe_two_level_header(s: Source) -> str:
    """The last two columns under a merged cell: the first header line names the group
    (进展情况, left of an empty cell), the second line the two columns under it."""
    width = len(s.header)
    first = [*s.header[:-2], "进展情况", ""]
    second = [""] * (width - 2) + s.header[-2:]
    return "\n".join([s.title, _pipe(first), _pipe(second), *(_pipe(r) for r in s.rows)])


def pipe_no_header(s: Source) -> str:
    return "\n".join([s.title, *(_pipe(r) for r in s.rows)])


_PEOPLE = ("张伟", "李娜", "王强", "刘洋", "陈静", "杨帆", "赵磊", "黄敏")


def pipe_contacts(s: Source) -> str:
    header = [*s.header, "联系人", "联系电话"]
    rows = [[*r, _PEOPLE[k % len(_PEOPLE)], f"0731-8{k:03d}{k:04d}"] for k, r in enumerate(s.rows)]
    return "\n".join([s.title, _pipe(header), *(_pipe(r) for r in rows)])


def pipe_merged_group(s: Source) -> str:
    """A group column whose merged cell is lost: rows after a group's first have one cell less."""
    header = ["类别", *s.header]
    lines = [s.title, _pipe(header)]
    for k, r in enumerate(s.rows):
        lines.append(_pipe([f"第{k // 3 + 1}类", *r]) if k % 3 == 0 else _pipe(r))
    return "\n".join(lines)


def pipe_remarks_merged_group(s: Source) -> str:
    """A 备注 column last, blank but for one row's note, beside a merged group column lost after a
    group's first row (歙县 2024's table ends in 备注, blank on all but one row): no row is written
    out to the last column."""
    remarked = Source(s.doc, s.title, [*s.header, "备注"],
                      [[*r, "已纳入年度考核" if k == 1 else ""] for k, r in enumerate(s.rows)])
    return pipe_merged_group(remarked)


def _task_group(s: Source, keep_empty: bool) -> str:
    """A group column named like a task (重点任务) over the rows, filled on its group's first row."""
    lines = [s.title, _pipe(["重点任务", *s.header])]
    for k, r in enumerate(s.rows):
        group = f"第{k // 3 + 1}项重点任务" if k % 3 == 0 else ""
        lines.append(_pipe([group, *r]) if group or keep_empty else _pipe(r))
    return "\n".join(lines)


def pipe_task_group(s: Source) -> str:
    return _task_group(s, keep_empty=True)


def pipe_task_group_lost(s: Source) -> str:
    return _task_group(s, keep_empty=False)


def _stream(s: Source) -> list[str]:
    cells = list(s.header)
    for r in s.rows:
        cells.extend(c for c in r if c)  # an empty cell leaves no paragraph in a copy
    return cells


def paragraph_lines(s: Source) -> str:
    return "\n".join([s.title, *_stream(s)])


def paragraph_blank(s: Source) -> str:
    return "\n\n".join([s.title, *_stream(s)])


def vertical_pipe(s: Source) -> str:
    return "\n".join([s.title, *(f"{c} |" for c in _stream(s))])


def _spaced_line(cells: list[str]) -> str:
    return "  ".join("".join(c.split()) for c in cells if c.strip())


def spaced(s: Source) -> str:
    return "\n".join([s.title, _spaced_line(s.header), *(_spaced_line(r) for r in s.rows)])


def spaced_numbered(s: Source) -> str:
    """A space-separated copy whose rows open with their number (a 序号 column)."""
    if s.header[0] == "序号":
        return spaced(s)
    rows = [[str(k), *r] for k, r in enumerate(s.rows, 1)]
    return "\n".join([s.title, _spaced_line(["序号", *s.header]), *map(_spaced_line, rows)])


def spaced_group(s: Source) -> str:
    """A space-separated copy with a group column filled on its group's first row only (a table
    with a group column of its own is copied as it is: two group labels are not a shape copies
    take)."""
    if header_column(s.header[0]) == "group":
        return spaced(s)
    rows = [[f"第{k // 3 + 1}类" if k % 3 == 0 else "", *r] for k, r in enumerate(s.rows)]
    return "\n".join([s.title, _spaced_line(["类别", *s.header]), *map(_spaced_line, rows)])


# A space-separated copy is a table of figures (a label, then figures): only those sources.
FIGURE_SOURCES = ("dazhou-2018-07", "hunan-2021-08", "qinghai-2018-03", "xiangxi-2021-09")

def spaced_unit(s: Source) -> str:
    """A space-separated copy with a 计量单位 column after the label (the unit of the table's
    figures, as a unit column holds it); a table with a unit column of its own as it is."""
    if any(header_column(h) == "unit" for h in s.header):
        return spaced(s)
    rows = [[r[0], "万元", *r[1:]] for r in s.rows]
    return "\n".join([s.title, _spaced_line([s.header[0], "计量单位", *s.header[1:]]),
                      *map(_spaced_line, rows)])


def spaced_group_unit(s: Source) -> str:
    """Both of the above: a group column and a 计量单位 column (as a table of indicators has)."""
    if header_column(s.header[0]) == "group" or any(header_column(h) == "unit" for h in s.header):
        return spaced(s)
    rows = [[f"第{k // 3 + 1}类" if k % 3 == 0 else "", r[0], "万元", *r[1:]]
            for k, r in enumerate(s.rows)]
    return "\n".join([s.title, _spaced_line(["类别", s.header[0], "计量单位", *s.header[1:]]),
                      *map(_spaced_line, rows)])


def spaced_sparse(s: Source) -> str:
    """A space-separated copy whose last row kept one figure (its other cells empty, collapsed
    by the copy)."""
    last = s.rows[-1]
    label = next(i for i, c in enumerate(last) if kind(c) in ("text", "short", "seq"))
    rows = [*s.rows[:-1], [c if i in (label, len(last) - 1) else "" for i, c in enumerate(last)]]
    return "\n".join([s.title, _spaced_line(s.header), *map(_spaced_line, rows)])


# Header cells of the trade for each role, as other units' tables write them (none taken from a
# held-out document): a copy renames each header cell to another name of its role.
TRADE_HEADERS = {
    "seq": "编号", "task": "项目名称", "progress": "截至目前完成情况", "units": "牵头单位",
    "target": "年度目标任务", "actual": "累计完成", "ratio": "完成比例", "status": "是否达到序时进度",
    "unit": "计量单位", "plan": "下步工作计划", "group": "项目类别",
}


# A second set of names, as a 民生实事 table writes them.
TRADE_HEADERS_2 = {
    "task": "民生实事项目", "progress": "形象进度", "units": "责任单位及责任人",
    "target": "全年任务", "actual": "完成数", "ratio": "完成百分比", "status": "进度情况",
    "plan": "下步打算", "group": "类别",
}


def _renamed(s: Source, names: dict[str, str]) -> str:
    header = []
    for h in s.header:
        role = header_column(h)
        keep = role is None or any(ch.isdigit() for ch in h) or role == "actual"
        header.append(h if keep or role is None else names.get(role, h))
    return "\n".join([s.title, _pipe(header), *(_pipe(r) for r in s.rows)])


def pipe_trade_headers(s: Source) -> str:
    """Every header cell named as another unit's table names its role (项目名称, 截至目前完成情况,
    年度目标任务, 完成比例, …); a cell of no role (a place column, 1-3月) as it is. A column named by a
    period (1-3月, 1-7月完成投资) keeps its name: the period is what tells the latest actual."""
    return _renamed(s, TRADE_HEADERS)


def pipe_trade_headers_2(s: Source) -> str:
    return _renamed(s, TRADE_HEADERS_2)


def pipe_task_unnamed(s: Source) -> str:
    """The task column headed by a word the header lexicon does not know (项目)."""
    header = ["项目" if header_column(h) == "task" else h for h in s.header]
    return "\n".join([s.title, _pipe(header), *(_pipe(r) for r in s.rows)])


def _task_unnamed_source(s: Source) -> Source:
    return replace(s, header=["项目" if header_column(h) == "task" else h for h in s.header])


def paragraph_task_unnamed(s: Source) -> str:
    return paragraph_lines(_task_unnamed_source(s))


def vertical_task_unnamed(s: Source) -> str:
    return vertical_pipe(_task_unnamed_source(s))


def pipe_no_seq(s: Source) -> str:
    """The 序号 column left out (a table numbered by its rows' order)."""
    if header_column(s.header[0]) != "seq":
        return pipe_trailing(s)
    return "\n".join([s.title, _pipe(s.header[1:]), *(_pipe(r[1:]) for r in s.rows)])


_PROBLEMS = ("要素保障压力较大", "", "征地拆迁进度偏慢", "", "资金到位不及时")


def pipe_more_columns(s: Source) -> str:
    """Columns of no role added at the end: a leader's name, the problems met, remarks."""
    header = [*s.header, "责任领导", "存在问题", "备注"]
    rows = [[*r, _PEOPLE[k % len(_PEOPLE)], _PROBLEMS[k % len(_PROBLEMS)], ""]
            for k, r in enumerate(s.rows)]
    return "\n".join([s.title, _pipe(header), *(_pipe(r) for r in rows)])


def pipe_lines_above(s: Source) -> str:
    """The title over two lines, a date line and a unit line above the header."""
    cut = max(1, len(s.title) // 2)
    return "\n".join([s.title[:cut], s.title[cut:], "（截至目前）", "单位：万元、%",
                       _pipe(s.header), *(_pipe(r) for r in s.rows)])


_HAN_NUMERALS = "一二三四五六七八九十"
_SECTIONS = ("产业发展类", "基础设施类", "社会民生类", "生态环保类", "城市更新类")


def pipe_section_rows(s: Source) -> str:
    """Section rows across the table (一、第1类 in the first cell, the others empty) every three
    rows: headings of the rows under them, no rows of their own."""
    width = len(s.header)
    lines = [s.title, _pipe(s.header)]
    for k, r in enumerate(s.rows):
        if k % 3 == 0:
            group = _SECTIONS[k // 3 % len(_SECTIONS)]
            lines.append(_pipe([f"{_HAN_NUMERALS[k // 3 % 10]}、{group}", *[""] * (width - 1)]))
        lines.append(_pipe(r))
    return "\n".join(lines)


def _sectioned_stream(s: Source) -> list[str]:
    cells = list(s.header)
    for k, r in enumerate(s.rows):
        if k % 3 == 0:
            cells.append(f"{_HAN_NUMERALS[k // 3 % 10]}、{_SECTIONS[k // 3 % len(_SECTIONS)]}")
        cells.extend(c for c in r if c)
    return cells


def paragraph_sections(s: Source) -> str:
    """A flattened copy with section headings among the cells (一、产业发展类 every three rows)."""
    return "\n".join([s.title, *_sectioned_stream(s)])


def vertical_sections(s: Source) -> str:
    return "\n".join([s.title, *(f"{c} |" for c in _sectioned_stream(s))])


def spaced_sections(s: Source) -> str:
    """A space-separated copy with a section heading line every three rows."""
    lines = [s.title, _spaced_line(s.header)]
    for k, r in enumerate(s.rows):
        if k % 3 == 0:
            lines.append(f"{_HAN_NUMERALS[k // 3 % 10]}、{_SECTIONS[k // 3 % len(_SECTIONS)]}")
        lines.append(_spaced_line(r))
    return "\n".join(lines)


def pipe_column_numbers(s: Source) -> str:
    """A row under the header numbering the columns (1 | 2 | 3 …), as printed tables have."""
    numbers = [str(k) for k in range(1, len(s.header) + 1)]
    return "\n".join([s.title, _pipe(s.header), _pipe(numbers), *(_pipe(r) for r in s.rows)])


_HAN_SEQ = "一二三四五六七八九十"


def _han_seq(k: int) -> str:
    return _HAN_SEQ[k - 1] if k <= 10 else "十" + _HAN_SEQ[k - 11] if k < 20 else "二十"


def _renumbered(s: Source, write: Callable[[int], str]) -> str:
    """The rows numbered another way in the 序号 column (one added where the table has none)."""
    if header_column(s.header[0]) != "seq":
        header, rows = ["序号", *s.header], [[write(k), *r] for k, r in enumerate(s.rows, 1)]
    else:
        header, rows = s.header, [[write(k), *r[1:]] for k, r in enumerate(s.rows, 1)]
    return "\n".join([s.title, _pipe(header), *(_pipe(r) for r in rows)])


def pipe_seq_paren(s: Source) -> str:
    return _renumbered(s, lambda k: f"（{k}）")


def pipe_seq_han(s: Source) -> str:
    return _renumbered(s, lambda k: f"{_han_seq(k)}、")


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _circled(k: int) -> str:
    return _CIRCLED[k - 1]


def pipe_seq_circled(s: Source) -> str:
    # Past ⑳ the circled numbers leave the run reports use (㉑ is rare): a longer table keeps its
    # digits, the shape not applying to it.
    return _renumbered(s, _circled if len(s.rows) <= len(_CIRCLED) else str)


def pipe_group_numbers(s: Source) -> str:
    """Group rows numbered 一, 二 in the 序号 column over the rows numbered 1, 2, 3 (a 序号 column
    added where the table has none): headings, no rows."""
    seq = header_column(s.header[0]) == "seq"
    header = s.header if seq else ["序号", *s.header]
    width = len(header)
    lines = [s.title, _pipe(header)]
    for k, r in enumerate(s.rows):
        if k % 3 == 0:
            group = _SECTIONS[k // 3 % len(_SECTIONS)]
            lines.append(_pipe([_han_seq(k // 3 + 1), group, *[""] * (width - 2)]))
        lines.append(_pipe(r if seq else [str(k + 1), *r]))
    return "\n".join(lines)


def _renumbered_source(s: Source, write: Callable[[int], str]) -> Source:
    if header_column(s.header[0]) != "seq":
        return replace(s, header=["序号", *s.header],
                       rows=[[write(k), *r] for k, r in enumerate(s.rows, 1)])
    return replace(s, rows=[[write(k), *r[1:]] for k, r in enumerate(s.rows, 1)])


def _column_numbered_source(s: Source) -> Source:
    return replace(s, rows=[[str(k) for k in range(1, len(s.header) + 1)], *s.rows])


def paragraph_seq_paren(s: Source) -> str:
    return paragraph_lines(_renumbered_source(s, lambda k: f"（{k}）"))


def vertical_seq_circled(s: Source) -> str:
    return vertical_pipe(_renumbered_source(s, _circled if len(s.rows) <= len(_CIRCLED) else str))


def spaced_seq_paren(s: Source) -> str:
    return spaced(_renumbered_source(s, lambda k: f"（{k}）"))


def paragraph_column_numbers(s: Source) -> str:
    return paragraph_lines(_column_numbered_source(s))


def vertical_column_numbers(s: Source) -> str:
    return vertical_pipe(_column_numbered_source(s))


def spaced_column_numbers(s: Source) -> str:
    return spaced(_column_numbered_source(s))


# A title ending in 表 that holds a column's word (推进情况, 完成进度), with no year.
_TABLE_TITLE = "全市重点项目推进情况汇总表"


def paragraph_table_title(s: Source) -> str:
    return paragraph_lines(replace(s, title=_TABLE_TITLE))


def vertical_table_title(s: Source) -> str:
    return vertical_pipe(replace(s, title=_TABLE_TITLE))


def tab_separated(s: Source) -> str:
    """A table pasted from a spreadsheet or a word processor: cells between tabs, empty ones
    kept (two tabs), no bars."""
    return "\n".join([s.title, "\t".join(s.header), *("\t".join(r) for r in s.rows)])


def pipe_fullwidth_bars(s: Source) -> str:
    return pipe_trailing(s).replace("|", "｜")


def pipe_box_bars(s: Source) -> str:
    return pipe_outer(s).replace("|", "│")


def pipe_content_column(s: Source) -> str:
    """A 建设内容及规模 column after the task column, its text longer than the task's."""
    at = next((i for i, h in enumerate(s.header) if header_column(h) == "task"), None)
    if at is None:
        return pipe_trailing(s)
    header = [*s.header[: at + 1], "建设内容及规模", *s.header[at + 1 :]]
    content = "新建综合楼及附属设施，总建筑面积约3.2万平方米，配套建设道路、管网、绿化等工程"
    rows = [[*r[: at + 1], content, *r[at + 1 :]] for r in s.rows]
    return "\n".join([s.title, _pipe(header), *(_pipe(r) for r in rows)])


def pipe_wrapped_cells(s: Source) -> str:
    """Long cells broken over two lines in the copy (the second part on a line of its own,
    without bars)."""
    return "\n".join([s.title, _pipe(s.header),
                      *_wrap_long(s.rows, _pipe, lambda cells: _pipe(cells, close=False))])


def _wrap_long(rows: list[list[str]], line: Callable[[list[str]], str],
               head: Callable[[list[str]], str]) -> list[str]:
    """The lines of ``rows``, each row whose longest cell runs to 30 characters broken inside
    that cell: ``head`` writes the row up to the cell's first half, ``line`` the rest."""
    out = []
    for r in rows:
        long_at = max(range(len(r)), key=lambda i: len(r[i]))
        cell = r[long_at]
        if len(cell) < 30:
            out.append(line(r))
            continue
        cut = len(cell) // 2
        out.extend([head([*r[:long_at], cell[:cut]]), line([cell[cut:], *r[long_at + 1:]])])
    return out


TEXT_VARIANTS: dict[str, Render] = {
    "pipe_trailing": pipe_trailing,
    "pipe_outer": pipe_outer,
    "pipe_markdown": pipe_markdown,
    "pipe_unclosed": pipe_unclosed,
    "pipe_header_two_lines": pipe_header_two_lines,
    "pipe_two_level_header": pipe_two_level_header,
    "pipe_no_header": pipe_no_header,
    "pipe_contacts": pipe_contacts,
    "pipe_merged_group": pipe_merged_group,
    "pipe_remarks_merged_group": pipe_remarks_merged_group,
    "pipe_task_group": pipe_task_group,
    "pipe_task_group_lost": pipe_task_group_lost,
    "paragraph_lines": paragraph_lines,
    "paragraph_blank": paragraph_blank,
    "vertical_pipe": vertical_pipe,
    "spaced": spaced,
    "spaced_numbered": spaced_numbered,
    "spaced_group": spaced_group,
    "spaced_unit": spaced_unit,
    "spaced_group_unit": spaced_group_unit,
    "spaced_sparse": spaced_sparse,
    "pipe_trade_headers": pipe_trade_headers,
    "pipe_trade_headers_2": pipe_trade_headers_2,
    "pipe_task_unnamed": pipe_task_unnamed,
    "paragraph_task_unnamed": paragraph_task_unnamed,
    "vertical_task_unnamed": vertical_task_unnamed,
    "pipe_no_seq": pipe_no_seq,
    "pipe_more_columns": pipe_more_columns,
    "pipe_lines_above": pipe_lines_above,
    "pipe_section_rows": pipe_section_rows,
    "pipe_content_column": pipe_content_column,
    "pipe_wrapped_cells": pipe_wrapped_cells,
    "pipe_column_numbers": pipe_column_numbers,
    "pipe_seq_paren": pipe_seq_paren,
    "pipe_seq_han": pipe_seq_han,
    "pipe_seq_circled": pipe_seq_circled,
    "pipe_group_numbers": pipe_group_numbers,
    "paragraph_seq_paren": paragraph_seq_paren,
    "vertical_seq_circled": vertical_seq_circled,
    "spaced_seq_paren": spaced_seq_paren,
    "paragraph_column_numbers": paragraph_column_numbers,
    "vertical_column_numbers": vertical_column_numbers,
    "spaced_column_numbers": spaced_column_numbers,
    "paragraph_table_title": paragraph_table_title,
    "vertical_table_title": vertical_table_title,
    "tab_separated": tab_separated,
    "pipe_fullwidth_bars": pipe_fullwidth_bars,
    "pipe_box_bars": pipe_box_bars,
    "paragraph_sections": paragraph_sections,
    "vertical_sections": vertical_sections,
    "spaced_sections": spaced_sections,
}


def _write_csv(s: Source, path: Path, header: bool) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([s.title])
    if header:
        writer.writerow(s.header)
    writer.writerows(s.rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def write_csv(s: Source, folder: Path) -> Path:
    return _write_csv(s, folder / f"{s.doc.id}.csv", header=True)


def write_html(s: Source, folder: Path) -> Path:
    def tr(cells: list[str], tag: str = "td") -> str:
        return "<tr>" + "".join(f"<{tag}>{escape(c)}</{tag}>" for c in cells) + "</tr>"
    body = tr(s.header, "th") + "".join(tr(r) for r in s.rows)
    path = folder / f"{s.doc.id}.html"
    path.write_text(f"<html><body><h1>{escape(s.title)}</h1><table>{body}</table></body></html>",
                    encoding="utf-8")
    return path


def write_xlsx(s: Source, folder: Path) -> Path:
    import openpyxl  # lazy: openpyxl is heavy and only the XLSX variant needs it

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([s.title])
    sheet.append(s.header)
    for r in s.rows:
        sheet.append(r)
    path = folder / f"{s.doc.id}.xlsx"
    book.save(path)
    return path


def write_csv_no_header(s: Source, folder: Path) -> Path:
    return _write_csv(s, folder / f"{s.doc.id}-rows.csv", header=False)


FILE_VARIANTS: dict[str, Callable[[Source, Path], Path]] = {
    "csv": write_csv, "csv_no_header": write_csv_no_header, "html": write_html, "xlsx": write_xlsx,
}


def tasks_found(s: Source, frame: object) -> tuple[int, int, int]:
    """Gold rows whose task the frame holds, gold rows, and frame rows (the table's: text around
    it read as rows of low confidence, reader pass 23, is no row of the table a variant copies)."""
    from zqmetrics.read.rows import UNPLACED

    tasks = [squash(t) for t, issue in zip(frame["task"].tolist(),  # type: ignore[index]
                                            frame["read_issue"].tolist(),  # type: ignore[index]
                                            strict=True) if issue != UNPLACED]
    pairs = pair_rows(s.doc.rows, tasks)
    return len(pairs), len(s.doc.rows), len(tasks)


# Round 2: the shapes of the eighth collection's tables, written from the other development
# tables (each copied unchanged where the shape does not apply).


def _label_column(s: Source) -> int | None:
    """The column naming the rows of a table of figures whose header does not call it a task
    (县(市、区), 市州, 隶属); None for a table that names its task column or has a group column."""
    roles = [header_column(h) for h in s.header]
    if "task" in roles or "group" in roles:
        return None
    return next((i for i, (h, r) in enumerate(zip(s.header, roles, strict=True))
                 if r is None and h and all(kind(row[i]) in ("short", "text") for row in s.rows)),
                None)


def pipe_category_label(s: Source) -> str:
    """The label column headed by a group word (项目类别), as a table by category is."""
    at = _label_column(s)
    if at is None:
        return pipe_trailing(s)
    header = [*s.header[:at], "项目类别", *s.header[at + 1:]]
    return "\n".join([s.title, _pipe(header), *(_pipe(r) for r in s.rows)])


def paragraph_numbered_total(s: Source) -> str:
    """Flattened one cell per line with the rows numbered under a header that names no 序号, the
    first row (a total) without a number, and a last figure column whose header names no role."""
    body = s.rows
    header = list(s.header)
    if header and header[0] == "序号":
        header, body = header[1:], [r[1:] for r in body]
    if _label_column(Source(s.doc, s.title, header, body)) is None:
        return paragraph_lines(s)
    cells = [*header, "本期新增投资(亿元)"]
    for k, row in enumerate(body):
        cells.extend([str(k)] if k else [])
        cells.extend(c for c in [*row, f"{k % 5 + 0.5}"] if c)
    return "\n".join([s.title, *cells])


_SCORES = ("3", "2", "1", "2", "1")


def paragraph_assessment(s: Source) -> str:
    """An assessment copy flattened one cell per line: the task column first, then a 分值 column
    (scores 1-3, a short run 1, 2, 3 by chance), a group column written as a section name on its
    own line before its group's rows, and every third row keeping only its task and score (its
    other cells merged over it in the source, kept on the row above)."""
    roles = [header_column(h) for h in s.header]
    if "task" not in roles or "weight" in roles:  # an assessment table already: as it is
        return paragraph_lines(s)
    task = roles.index("task")
    group = roles.index("group") if "group" in roles else None
    rest = [i for i, r in enumerate(roles) if i != task and i != group and r != "seq"]
    cells = [s.header[task], "分值", *(s.header[i] for i in rest)]
    for k, row in enumerate(s.rows):
        if group is not None and row[group]:
            cells.append(row[group])
        cells.extend([row[task], _SCORES[k % len(_SCORES)]])
        if k % 3 != 2:
            cells.extend(row[i] for i in rest if row[i])
    return "\n".join([s.title, *cells])


def pipe_seq_unnamed(s: Source) -> str:
    """The header one cell short of its rows: its 序号 cell lost (merged with the title above it)
    while every row keeps its number; a table without 序号 as it is."""
    if not s.header or s.header[0] != "序号":
        return pipe_trailing(s)
    return "\n".join([s.title, _pipe(s.header[1:]), *(_pipe(r) for r in s.rows)])


TEXT_VARIANTS.update({
    "pipe_seq_unnamed": pipe_seq_unnamed,
    "pipe_category_label": pipe_category_label,
    "paragraph_numbered_total": paragraph_numbered_total,
    "paragraph_assessment": paragraph_assessment,
})


# Reader pass 6: space-separated copies of text tables (task, progress and owner cells as words),
# as a PDF or web page copied as text gives them, each written from every development table.


def spaced_no_seq(s: Source) -> str:
    """A space-separated copy without its 序号 column (a table numbered by its rows' order)."""
    if header_column(s.header[0]) != "seq":
        return spaced(s)
    return spaced(replace(s, header=s.header[1:], rows=[r[1:] for r in s.rows]))


def spaced_single(s: Source) -> str:
    """Cells set apart by one space (a copy that squeezes the gaps): a header word broken by a
    space is another shape (spaced tables of figures)."""
    def line(cells: list[str]) -> str:
        return " ".join("".join(c.split()) for c in cells if c.strip())
    return "\n".join([s.title, line(s.header), *map(line, s.rows)])


def spaced_wrapped_cells(s: Source) -> str:
    """Long cells broken over two lines in the copy: the line ends inside the cell, and the next
    line holds the rest of it and the row's later cells."""
    rows = [["".join(c.split()) for c in r] for r in s.rows]
    return "\n".join([s.title, _spaced_line(s.header),
                      *_wrap_long(rows, _spaced_line, _spaced_line)])


def spaced_header_two_lines(s: Source) -> str:
    """The header's cells over two lines (a wide header the copy broke), the rows whole."""
    half = max(1, len(s.header) // 2)
    return "\n".join([s.title, _spaced_line(s.header[:half]), _spaced_line(s.header[half:]),
                      *(_spaced_line(r) for r in s.rows)])


# The space-separated copies that apply to a table of words as well as to a table of figures.
SPACED_TEXT = ("spaced", "spaced_numbered", "spaced_no_seq", "spaced_single",
               "spaced_wrapped_cells", "spaced_header_two_lines", "spaced_pages",
               "spaced_spread_labels", "spaced_spread_header", "spaced_thousands",
               "spaced_fullwidth")

TEXT_VARIANTS.update({
    "spaced_no_seq": spaced_no_seq,
    "spaced_single": spaced_single,
    "spaced_wrapped_cells": spaced_wrapped_cells,
    "spaced_header_two_lines": spaced_header_two_lines,
})


def spaced_done_words(s: Source) -> str:
    """A space-separated copy whose rate cells say in words that the whole is reached (全部完成)
    on every third row, as a table of figures writes it for a row at 100%; a table without a
    rate column as it is."""
    rates = [i for i, h in enumerate(s.header) if header_column(h) == "ratio"]
    if not rates:
        return spaced(s)
    rows = [[("全部完成" if i in rates and c.strip() and k % 3 == 0 else c) for i, c in enumerate(r)]
            for k, r in enumerate(s.rows)]
    return spaced(replace(s, rows=rows))


TEXT_VARIANTS["spaced_done_words"] = spaced_done_words


# Reader pass 6: pipe copies as a PDF export gives them, page by page.


def _paged(s: Source, furniture: Callable[[int], list[str]], header: bool) -> str:
    """Rows cut into pages of four: between pages, the page's furniture lines and, when
    ``header``, the header written again (a table that repeats its header on each page)."""
    lines = [s.title, _pipe(s.header)]
    for k, r in enumerate(s.rows):
        if k and k % 4 == 0:
            lines.extend(furniture(k // 4))
            if header:
                lines.append(_pipe(s.header))
        lines.append(_pipe(r))
    return "\n".join(lines)


def pipe_header_repeated(s: Source) -> str:
    """The header written again at the top of each page."""
    return _paged(s, lambda page: [], header=True)


def pipe_page_numbers(s: Source) -> str:
    """A page number line (— 2 —) between pages."""
    return _paged(s, lambda page: [f"— {page + 1} —"], header=False)


def pipe_pages(s: Source) -> str:
    """Both: a page number line, then the header again."""
    return _paged(s, lambda page: ["", f"第 {page + 1} 页", ""], header=True)


def pipe_title_bar(s: Source) -> str:
    """The title inside the table's frame: a first bar line holding it alone (a merged cell
    over the whole width), then the header."""
    title = _pipe([s.title, *[""] * (len(s.header) - 1)])
    return "\n".join([title, _pipe(s.header), *(_pipe(r) for r in s.rows)])


TEXT_VARIANTS.update({
    "pipe_header_repeated": pipe_header_repeated,
    "pipe_page_numbers": pipe_page_numbers,
    "pipe_pages": pipe_pages,
    "pipe_title_bar": pipe_title_bar,
})


def spaced_pages(s: Source) -> str:
    """A space-separated copy cut into pages of four rows: a page number line, then the header
    written again."""
    lines = [s.title, _spaced_line(s.header)]
    for k, r in enumerate(s.rows):
        if k and k % 4 == 0:
            lines.extend(["", f"第 {k // 4 + 1} 页", "", _spaced_line(s.header)])
        lines.append(_spaced_line(r))
    return "\n".join(lines)


TEXT_VARIANTS["spaced_pages"] = spaced_pages


def _spread(cell: str) -> str:
    return " ".join(cell) if 2 <= len(cell) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in cell) \
        else cell


def spaced_spread_labels(s: Source) -> str:
    """A space-separated copy whose two-character names are padded to the width of the others
    with a space between their characters (渠 县 beside 达川区), as tables align them."""
    rows = [[" ".join(c) if len(c) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in c) else c
             for c in r] for r in s.rows]
    return "\n".join([s.title, _spaced_line(s.header),
                      *("  ".join(c for c in r if c.strip()) for r in rows)])


def spaced_spread_header(s: Source) -> str:
    """A space-separated copy whose short header words are spread over their cells (序 号, 单 位,
    市 州), cells set apart by wider gaps."""
    return "\n".join([s.title, "  ".join(_spread(h) for h in s.header if h.strip()),
                      *(_spaced_line(r) for r in s.rows)])


TEXT_VARIANTS.update({
    "spaced_spread_labels": spaced_spread_labels,
    "spaced_spread_header": spaced_spread_header,
})


def pipe_dashes(s: Source) -> str:
    """Every empty cell written as a dash (—), as many tables fill a cell with nothing to say
    (a total row's 序号, a figure not due)."""
    rows = [[c if c.strip() else "—" for c in r] for r in s.rows]
    return pipe_trailing(replace(s, rows=rows))


TEXT_VARIANTS["pipe_dashes"] = pipe_dashes


def _thousands(cell: str) -> str:
    m = re.fullmatch(r"(\d+)(\.\d+)?", cell)
    return f"{int(m[1]):,}{m[2] or ''}" if m else cell


def spaced_thousands(s: Source) -> str:
    """A space-separated copy whose figures set their thousands apart by commas (1,504,786.55),
    as statistical tables print them."""
    return spaced(replace(s, rows=[[_thousands(c) for c in r] for r in s.rows]))


def pipe_thousands(s: Source) -> str:
    return pipe_trailing(replace(s, rows=[[_thousands(c) for c in r] for r in s.rows]))


TEXT_VARIANTS.update({"spaced_thousands": spaced_thousands, "pipe_thousands": pipe_thousands})


def _pdf_spaced(cell: str) -> str:
    """A text cell as a PDF copy spaces it: a space each side of its figures (新引进 5 亿元…)."""
    if kind(cell) != "text":
        return " ".join(cell.split())
    return " ".join(re.sub(r"(\d+(?:\.\d+)?%?)", r" \1 ", cell).split())


def spaced_fullwidth(s: Source) -> str:
    """Cells set apart by one full-width space (U+3000), as a word processor's copy aligns them;
    a text cell keeps single spaces of its own around its figures, as a PDF's copy spaces them
    (新引进 5 亿元以上重大项目)."""
    def line(cells: list[str]) -> str:
        return "\u3000".join(_pdf_spaced(c) for c in cells if c.strip())
    return "\n".join([s.title, line(s.header), *map(line, s.rows)])


TEXT_VARIANTS["spaced_fullwidth"] = spaced_fullwidth


def _halves(s: Source) -> tuple[list[list[str]], list[list[str]]]:
    half = max(1, len(s.rows) // 2)
    return s.rows[:half], s.rows[half:]


def pipe_second_table(s: Source) -> str:
    """The rows in two tables, one after the other (a table per category): the second under a
    heading line and a header of its own with one column more (备注, left empty)."""
    first, second = _halves(s)
    return "\n".join([s.title, _pipe(s.header), *map(_pipe, first), "", "二、第二批项目",
                      _pipe([*s.header, "备注"]), *(_pipe([*r, ""]) for r in second)])


def pipe_second_table_reordered(s: Source) -> str:
    """The second table's columns in another order: its first column, then the others from the
    last back (its header says which is which)."""
    first, second = _halves(s)
    order = [0, *range(len(s.header) - 1, 0, -1)]
    return "\n".join([s.title, _pipe(s.header), *map(_pipe, first), "", "附表",
                      _pipe([s.header[i] for i in order]),
                      *(_pipe([r[i] for i in order]) for r in second)])


TEXT_VARIANTS.update({"pipe_second_table": pipe_second_table,
                      "pipe_second_table_reordered": pipe_second_table_reordered})


_VERDICT_WORDS = ("正常推进", "进度滞后", "已完成")
_OFFICES = ("市发改委", "市住建局", "市交通局")


def spaced_status_column(s: Source) -> str:
    """A space-separated copy of a table of figures with a column of words at its end: the
    row's progress in a word (进展情况: 正常推进, 进度滞后)."""
    return spaced(replace(s, header=[*s.header, "进展情况"],
                          rows=[[*r, _VERDICT_WORDS[k % 3]] for k, r in enumerate(s.rows)]))


def spaced_owner_column(s: Source) -> str:
    """Likewise with a 责任单位 column at its end."""
    return spaced(replace(s, header=[*s.header, "责任单位"],
                          rows=[[*r, _OFFICES[k % 3]] for k, r in enumerate(s.rows)]))


TEXT_VARIANTS.update({"spaced_status_column": spaced_status_column,
                      "spaced_owner_column": spaced_owner_column})


def vertical_strict(s: Source) -> str:
    """The vertical pipe layout in its strict form: each cell on its own line, then a line
    holding only ``|`` (an empty cell: its bar alone)."""
    lines = [s.title, "|"]
    for cell in [*s.header, *(c for r in s.rows for c in r)]:
        lines.extend([cell, "|"] if cell.strip() else ["|"])
    return "\n".join(lines)


TEXT_VARIANTS["vertical_strict"] = vertical_strict


def pipe_header_wrapped_cells(s: Source) -> str:
    """Header cells of four characters or more broken in their middle by a line break (a web
    page's <br> in a wide header), the rows whole."""
    header = [h[: len(h) // 2] + "\n" + h[len(h) // 2 :] if len(h) >= 4 else h for h in s.header]
    return "\n".join([s.title, _pipe(header), *(_pipe(r) for r in s.rows)])


TEXT_VARIANTS["pipe_header_wrapped_cells"] = pipe_header_wrapped_cells


# Reader pass 11: rows are not enough. A copy must place each row's figures in the roles the
# corpus scorer checks, as the source table read as it is places them.
CELL_ROLES = ("target", "unit", "actual", "ratio")


def _bare(text: str) -> str:
    return squash(text).replace(",", "")


def _role_cells(s: Source, frame: object) -> dict[tuple[int, str], bool]:
    """(gold row, role) -> whether the frame's cell in that role begins with the gold cell, as
    the corpus scorer judges it (thousands' commas aside: a copy may print them)."""
    from evaluation.corpus import ROLE_COLUMNS

    tasks = [squash(t) for t in frame["task"].tolist()]  # type: ignore[index]
    pairs = pair_rows(s.doc.rows, tasks)
    out = {}
    for gi, row in enumerate(s.doc.rows):
        for role in CELL_ROLES:
            want = _bare(row.get("cells", {}).get(role))
            if not want:
                continue
            got = ""
            column = ROLE_COLUMNS[role]
            if gi in pairs and column in frame.columns:  # type: ignore[attr-defined]
                got = _bare(frame.iloc[pairs[gi]].get(column))  # type: ignore[attr-defined]
            out[(gi, role)] = bool(got) and got.startswith(want)
    return out


def _left_out(s: Source, variant: str) -> set[tuple[int, str]]:
    """(row, role) cells a copy leaves out or writes otherwise on purpose, which it cannot place:
    a sparse copy keeps one figure of its last row, an assessment copy only the task and score of
    every third row, a rate in words (全部完成) stands for every third row's rate. The sources'
    rows are their gold rows, in order (SOURCE_IDS)."""
    n = len(s.rows)
    rows: list[int] = []
    roles: tuple[str, ...] = CELL_ROLES
    if variant == "spaced_sparse":
        rows = [n - 1]
    elif variant == "paragraph_assessment":
        named = [header_column(h) for h in s.header]
        if "task" in named and "weight" not in named:  # else the copy is paragraph_lines
            rows = list(range(2, n, 3))
    elif variant == "spaced_done_words":
        rows, roles = list(range(0, n, 3)), ("ratio",)
    return {(k, role) for k in rows for role in roles}


def cells_lost(s: Source, source_frame: object, frame: object,
               variant: str = "") -> list[tuple[int, str]]:
    """(gold row, role) placed right in the source table read as it is but not in the copy
    (cells the copy leaves out on purpose aside)."""
    skip = _left_out(s, variant)
    before = _role_cells(s, source_frame)
    after = _role_cells(s, frame)
    return [k for k, ok in before.items() if ok and not after[k] and k not in skip]


def main(argv: list[str] | None = None) -> int:
    """Rows right per text variant over the development tables (the ablation's measure: gold rows
    found less rows read beyond the table's), and copies read whole."""
    from collections import defaultdict

    from zqmetrics.read.reader import read_report

    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for s in sources():
        for name, render in TEXT_VARIANTS.items():
            if name.startswith("spaced") and s.doc.id not in FIGURE_SOURCES and name not in SPACED_TEXT:
                continue
            try:
                found, gold, got = tasks_found(s, read_report(render(s)))
            except Exception:  # a refusal is a result: no row found
                found, gold, got = 0, len(s.doc.rows), 0
            right = found - max(0, got - gold)
            row = per[name]
            for k, v in enumerate((right, gold, right == gold, 1)):
                row[k] += v
    total = [sum(v[k] for v in per.values()) for k in range(4)]
    for name, (right, gold, whole, n) in [*per.items(), ("all", total)]:
        print(f"{name:30s} rows {right}/{gold}  copies whole {whole}/{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
