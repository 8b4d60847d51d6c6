"""Metamorphic variants in the forms of the trade (reader pass 28): the development tables written
out again as offices draw their progress tables, whatever document they come from.

Each form is one a real office uses and no single development document dictates: a header over two
rows with a merged group cell (完成情况 over its figure columns), units in the header's parentheses,
a 合计/小计 row, a group heading spanning the table (one merged cell, or its text repeated in every
cell as converters that expand a merged cell write it), a 序号 column numbered 一、 over 1. or
（一）, a note under the table (注：…, 备注：…, 数据来源：…), a table continued on the next page (续表
and its header again), columns in another order, a status column of ticks or traffic lights, and
empty cells written as ``/`` or 无. Each copy must read to the same rows (a total row is a row
of its own, as the corpus annotates 合计 and 全市 rows); ``applies`` says which sources a form
changes (the others are copied as they are and not counted). Only development documents are used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from evaluation.table_variants import (
    _HAN_NUMERALS,
    _SECTIONS,
    FIGURE_SOURCES,
    Source,
    _pipe,
    _spaced_line,
    _stream,
    paragraph_lines,
    pipe_trailing,
    sources,
    spaced,
)
from zqmetrics.read.columns import header_column
from zqmetrics.read.wide import kind

Render = Callable[[Source], str]


def _roles(s: Source) -> list[str | None]:
    return [header_column(h) for h in s.header]


def _task_at(s: Source) -> int:
    """The column naming the rows: the task column, else the first column of words."""
    roles = _roles(s)
    if "task" in roles:
        return roles.index("task")
    return next(i for i in range(len(s.header))
                if all(kind(r[i]) in ("short", "text", "empty") for r in s.rows) and roles[i] != "seq")


def _lines(s: Source, header: list[list[str]], rows: list[list[str]],
           after: Sequence[str] = ()) -> str:
    return "\n".join([s.title, *map(_pipe, header), *map(_pipe, rows), *after])


# -- a header over two rows ------------------------------------------------------------------


def _figure_group(s: Source) -> list[int]:
    """The actual and ratio columns side by side (the columns a 完成情况 cell spans)."""
    roles = _roles(s)
    return [i for i, r in enumerate(roles) if r in ("actual", "ratio")]


def merged_header(s: Source) -> list[list[str]]:
    """完成情况 merged over the actual and ratio columns: on the first row the group's name over
    its first column (its other columns blank), every other column's name, merged down, blank on
    the second; on the second the names of the columns under the group."""
    group = _figure_group(s)
    # Each run of adjacent columns is one merged cell (a table with two sets has two).
    first = ["完成情况" if i in group and i - 1 not in group else "" if i in group else h
             for i, h in enumerate(s.header)]
    second = [h if i in group else "" for i, h in enumerate(s.header)]
    return [first, second]


def pipe_merged_header(s: Source) -> str:
    if len(_figure_group(s)) < 2:
        return pipe_trailing(s)
    return _lines(s, merged_header(s), s.rows)


def pipe_merged_header_repeated(s: Source) -> str:
    """The same header as a converter that expands merged cells writes it: a cell merged down
    has its name on both rows, the group's name in every column it spans."""
    group = _figure_group(s)
    if len(group) < 2:
        return pipe_trailing(s)
    first = ["完成情况" if i in group else h for i, h in enumerate(s.header)]
    return _lines(s, [first, list(s.header)], s.rows)


def paragraph_merged_header(s: Source) -> str:
    """Flattened one cell per line: 完成情况 among the header's cells before the names under it."""
    if len(_figure_group(s)) < 2:
        return paragraph_lines(s)
    first, second = merged_header(s)
    cells = [c for c in first if c] + [c for c in second if c]
    return "\n".join([s.title, *cells, *_stream(s)[len(s.header):]])


# -- units in the header ---------------------------------------------------------------------


def _unit_of(header: str, role: str | None) -> str | None:
    if "(" in header or "（" in header:
        return None
    if role == "ratio":
        return "%"
    if role in ("target", "actual") and any(w in header for w in ("投资", "金额", "资金")):
        return "万元"
    if role in ("target", "actual") and header.endswith("数"):
        return "个"
    return None


def pipe_header_units(s: Source) -> str:
    """Each figure column's unit in its header's parentheses (完成率（%）, 年度投资计划（万元）),
    where the header gives none."""
    header = []
    for h, role in zip(s.header, _roles(s), strict=True):
        unit = _unit_of(h, role)
        header.append(f"{h}（{unit}）" if unit else h)
    return _lines(s, [header], s.rows)


# -- totals ----------------------------------------------------------------------------------

_TOTALS = ("合计", "小计", "总计", "全市", "全县", "全区", "全省")


def _has_total(s: Source) -> bool:
    return any(c.strip().startswith(_TOTALS) for r in s.rows for c in r[:3])


def _sum_row(s: Source, rows: list[list[str]], name: str) -> list[str]:
    """A total row: the name in the task column, the sum of each column of bare figures."""
    at = _task_at(s)
    roles = _roles(s)
    out = []
    for i in range(len(s.header)):
        cells = [r[i].strip() for r in rows]
        if i == at:
            out.append(name)
        elif roles[i] not in ("ratio", "seq") and cells and all(kind(c) == "num" for c in cells):
            out.append(f"{sum(float(c.replace(',', '')) for c in cells):.2f}")
        else:
            out.append("")
    return out


def pipe_total_last(s: Source) -> str:
    """A 合计 row under the rows (the sums of the figure columns)."""
    return _lines(s, [s.header], [*s.rows, _sum_row(s, s.rows, "合计")])


def pipe_total_first(s: Source) -> str:
    """A 总计 row first, before row 1 (as statistical tables put the whole)."""
    return _lines(s, [s.header], [_sum_row(s, s.rows, "总计"), *s.rows])


def pipe_subtotals(s: Source) -> str:
    """A 小计 row after every three rows and a 合计 row at the end."""
    rows: list[list[str]] = []
    for k in range(0, len(s.rows), 3):
        rows.extend(s.rows[k:k + 3])
        rows.append(_sum_row(s, s.rows[k:k + 3], "小计"))
    return _lines(s, [s.header], [*rows, _sum_row(s, s.rows, "合计")])


def paragraph_total_last(s: Source) -> str:
    total = _sum_row(s, s.rows, "合计")
    return "\n".join([paragraph_lines(s), *(c for c in total if c)])


def _subtotal_rows(s: Source) -> int:
    return (len(s.rows) + 2) // 3 + 1


# -- group headings spanning the table -------------------------------------------------------


def _grouped(s: Source, heading: Callable[[str], list[str]]) -> str:
    rows: list[list[str]] = []
    for k, r in enumerate(s.rows):
        if k % 3 == 0:
            rows.append(heading(f"{_HAN_NUMERALS[k // 3 % 10]}、{_SECTIONS[k // 3 % len(_SECTIONS)]}"))
        rows.append(r)
    return _lines(s, [s.header], rows)


def pipe_group_one_cell(s: Source) -> str:
    """A group heading every three rows as one cell across the table (its merged cell written
    once, no empty cells after it)."""
    return _grouped(s, lambda g: [g])


def pipe_group_repeated(s: Source) -> str:
    """A group heading every three rows written in every cell it spans (a converter that expands
    a merged cell repeats its text)."""
    return _grouped(s, lambda g: [g] * len(s.header))


def pipe_group_plain(s: Source) -> str:
    """A group heading every three rows without a number (产业发展类), merged across the table:
    written in its first cell, the others empty."""
    return _grouped(s, lambda g: [g.split("、")[1], *[""] * (len(s.header) - 1)])


def _seq_levels(s: Source, write: Callable[[int], str], named: bool) -> str:
    """The 序号 column numbered at two levels: a group row 一、 (its name in the task column, or
    with ``named`` in the 序号 cell itself) every three rows, the rows under it numbered again
    from 1 by ``write``."""
    roles = _roles(s)
    seq = roles[0] == "seq"
    header = s.header if seq else ["序号", *s.header]
    at = _task_at(s) + (0 if seq else 1)
    rows: list[list[str]] = []
    for k, r in enumerate(s.rows):
        if k % 3 == 0:
            han = _HAN_NUMERALS[k // 3 % 10]
            name = _SECTIONS[k // 3 % len(_SECTIONS)]
            row = [""] * len(header)
            if named:
                row[0] = f"{han}、{name}"
            else:
                row[0], row[at] = f"{han}、", name
            rows.append(row)
        rows.append([write(k % 3 + 1), *(r[1:] if seq else r)])
    return _lines(s, [header], rows)


def pipe_seq_han_dot(s: Source) -> str:
    return _seq_levels(s, lambda n: f"{n}.", named=False)


def pipe_seq_han_paren(s: Source) -> str:
    return _seq_levels(s, lambda n: f"（{_HAN_NUMERALS[n - 1]}）", named=False)


def pipe_seq_han_named(s: Source) -> str:
    return _seq_levels(s, lambda n: f"{n}.", named=True)


# -- notes under the table -------------------------------------------------------------------

_NOTES = ["注：1.完成率=累计完成/年度计划×100%；2.表中数据为快报数，以统计部门最终核定为准。",
          "备注：带*号的项目为省重点项目。", "数据来源：各责任单位报送。"]


def pipe_notes_after(s: Source) -> str:
    return _lines(s, [s.header], s.rows, ["", *_NOTES])


def pipe_notes_glued(s: Source) -> str:
    """The notes right under the last row, with no blank line between."""
    return _lines(s, [s.header], s.rows, _NOTES)


def paragraph_notes_after(s: Source) -> str:
    return "\n".join([paragraph_lines(s), *_NOTES])


# -- continued on the next page --------------------------------------------------------------


def pipe_continued(s: Source) -> str:
    """Rows in pages of four: 续表 and the header again at the top of each page after the first."""
    rows = [_pipe(s.header)]
    for k, r in enumerate(s.rows):
        if k and k % 4 == 0:
            rows.extend(["", "续表", _pipe(s.header)])
        rows.append(_pipe(r))
    return "\n".join([s.title, *rows])


def paragraph_continued(s: Source) -> str:
    """Flattened: at each page of four rows, 续表 and the header's cells again."""
    cells = list(s.header)
    for k, r in enumerate(s.rows):
        if k and k % 4 == 0:
            cells.extend(["续表", *s.header])
        cells.extend(c for c in r if c)
    return "\n".join([s.title, *cells])


# -- columns in another order ----------------------------------------------------------------


def _order(s: Source, order: list[int]) -> Source:
    return replace(s, header=[s.header[i] for i in order], rows=[[r[i] for i in order] for r in s.rows])


def pipe_columns_reversed(s: Source) -> str:
    """The columns after the task (and 序号) in the reverse order."""
    at = _task_at(s)
    order = [*range(at + 1), *range(len(s.header) - 1, at, -1)]
    return pipe_trailing(_order(s, order))


def pipe_owner_first(s: Source) -> str:
    """The responsible office's column moved before the task column (责任单位 | 项目名称 | …)."""
    roles = _roles(s)
    if "units" not in roles:
        return pipe_trailing(s)
    owner, at = roles.index("units"), _task_at(s)
    rest = [i for i in range(len(s.header)) if i not in (owner, at)]
    first = [i for i in rest if i < at]
    return pipe_trailing(_order(s, [*first, owner, at, *(i for i in rest if i > at)]))


# -- a status column of ticks or colours -----------------------------------------------------

_TICKS = ("√", "√", "×")
_LIGHTS = ("绿灯", "黄灯", "红灯")


def _status_column(s: Source, name: str, marks: tuple[str, ...]) -> Source:
    return replace(s, header=[*s.header, name],
                   rows=[[*r, marks[k % len(marks)]] for k, r in enumerate(s.rows)])


def pipe_status_ticks(s: Source) -> str:
    return pipe_trailing(_status_column(s, "是否达到序时进度", _TICKS))


def pipe_status_lights(s: Source) -> str:
    return pipe_trailing(_status_column(s, "进度评价", _LIGHTS))


def paragraph_status_lights(s: Source) -> str:
    return paragraph_lines(_status_column(s, "进度评价", _LIGHTS))


def spaced_status_lights(s: Source) -> str:
    return spaced(_status_column(s, "进度评价", _LIGHTS))


# -- empty cells written out -----------------------------------------------------------------


def _filled(s: Source, mark: str, seq: bool = True) -> Source:
    """Every empty cell written as ``mark`` (with ``seq`` False, the 序号 cells left as they are:
    a total row's empty 序号 is not written 无)."""
    keep = {0} if not seq and _roles(s)[0] == "seq" else set()
    return replace(s, rows=[[c if c.strip() or i in keep else mark for i, c in enumerate(r)]
                            for r in s.rows])


def _with_empty(s: Source) -> Source:
    """The source, with one figure left empty every fourth row where it has no empty cell (a
    figure not due yet), so that every copy has empty cells to write."""
    if any(not c.strip() for r in s.rows for c in r):
        return s
    last = len(s.header) - 1
    return replace(s, rows=[[c if (i != last or k % 4 != 1) else "" for i, c in enumerate(r)]
                            for k, r in enumerate(s.rows)])


def pipe_slashes(s: Source) -> str:
    return pipe_trailing(_filled(_with_empty(s), "/"))


def pipe_none_word(s: Source) -> str:
    return pipe_trailing(_filled(_with_empty(s), "无", seq=False))


def paragraph_slashes(s: Source) -> str:
    return paragraph_lines(_filled(_with_empty(s), "/"))


def spaced_slashes(s: Source) -> str:
    return "\n".join([s.title, _spaced_line(s.header),
                      *(_spaced_line(r) for r in _filled(_with_empty(s), "/").rows)])


def spaced_dashes(s: Source) -> str:
    return "\n".join([s.title, _spaced_line(s.header),
                      *(_spaced_line(r) for r in _filled(_with_empty(s), "—").rows)])


# -- the share done under a progress header (reader pass 32) -----------------------------------


def _share_column(s: Source) -> int | None:
    """The source's ratio column when every filled cell of it is a percentage, else None."""
    roles = _roles(s)
    if roles.count("ratio") != 1:
        return None
    at = roles.index("ratio")
    filled = [r[at] for r in s.rows if at < len(r) and r[at].strip()]
    return at if len(filled) >= 2 and all(kind(c) == "pct" for c in filled) else None


def pipe_share_as_progress(s: Source) -> str:
    """The ratio column headed by a word of progress, as works offices head the share of work
    done (形象进度: 100.0%, 51%)."""
    at = _share_column(s)
    header = [("形象进度" if k == at else h) for k, h in enumerate(s.header)]
    return _lines(s, [header], s.rows)


TRADE_VARIANTS: dict[str, Render] = {
    "pipe_merged_header": pipe_merged_header,
    "pipe_merged_header_repeated": pipe_merged_header_repeated,
    "paragraph_merged_header": paragraph_merged_header,
    "pipe_header_units": pipe_header_units,
    "pipe_total_last": pipe_total_last,
    "pipe_total_first": pipe_total_first,
    "pipe_subtotals": pipe_subtotals,
    "paragraph_total_last": paragraph_total_last,
    "pipe_group_one_cell": pipe_group_one_cell,
    "pipe_group_repeated": pipe_group_repeated,
    "pipe_group_plain": pipe_group_plain,
    "pipe_seq_han_dot": pipe_seq_han_dot,
    "pipe_seq_han_paren": pipe_seq_han_paren,
    "pipe_seq_han_named": pipe_seq_han_named,
    "pipe_notes_after": pipe_notes_after,
    "pipe_notes_glued": pipe_notes_glued,
    "paragraph_notes_after": paragraph_notes_after,
    "pipe_continued": pipe_continued,
    "paragraph_continued": paragraph_continued,
    "pipe_columns_reversed": pipe_columns_reversed,
    "pipe_owner_first": pipe_owner_first,
    "pipe_status_ticks": pipe_status_ticks,
    "pipe_status_lights": pipe_status_lights,
    "paragraph_status_lights": paragraph_status_lights,
    "spaced_status_lights": spaced_status_lights,
    "pipe_slashes": pipe_slashes,
    "pipe_none_word": pipe_none_word,
    "paragraph_slashes": paragraph_slashes,
    "spaced_slashes": spaced_slashes,
    "spaced_dashes": spaced_dashes,
    "pipe_share_as_progress": pipe_share_as_progress,
}


def applies(name: str, s: Source) -> bool:
    """Whether the form changes this source (a copy of a source it does not fit is the source as
    it is, counted nowhere); space-separated copies are of the tables of figures only."""
    roles = _roles(s)
    if name.startswith("spaced") and s.doc.id not in FIGURE_SOURCES:
        return False
    if "merged_header" in name:  # a merged cell spans two columns or more
        return len(_figure_group(s)) >= 2
    if name == "pipe_header_units":
        return any(_unit_of(h, r) for h, r in zip(s.header, roles, strict=True))
    if "total" in name or name == "pipe_subtotals":
        return not _has_total(s) and any(r in ("target", "actual") for r in roles)
    if name == "pipe_owner_first":
        return "units" in roles
    if name == "pipe_share_as_progress":
        return _share_column(s) is not None
    return True


def extra_rows(name: str, s: Source) -> int:
    """Rows a copy adds that are rows of their own: its total rows."""
    if not applies(name, s):
        return 0
    if name == "pipe_subtotals":
        return _subtotal_rows(s)
    return 1 if "total" in name else 0


_EMPTIED = ("pipe_slashes", "pipe_none_word", "paragraph_slashes", "spaced_slashes", "spaced_dashes")


def left_out(name: str, s: Source) -> set[tuple[int, str]]:
    """(row, role) cells a copy empties on purpose (a figure not due, written /, — or 无): the
    sources' rows are their gold rows, in order."""
    if name not in _EMPTIED or any(not c.strip() for r in s.rows for c in r):
        return set()
    role = _roles(s)[-1]
    return {(k, role) for k in range(len(s.rows)) if k % 4 == 1 and role}


def cases() -> list[tuple[Source, str]]:
    return [(s, name) for s in sources() for name in TRADE_VARIANTS if applies(name, s)]


def rows_right(s: Source, frame: object, extra: int = 0) -> tuple[int, int]:
    """Gold rows found less rows read beyond the copy's (its total rows are its own), and the
    gold rows: the ablation's measure of a variant."""
    from evaluation.table_variants import tasks_found

    found, gold, got = tasks_found(s, frame)
    return found - max(0, got - gold - extra), gold


def main(argv: list[str] | None = None) -> int:
    import argparse
    from collections import defaultdict

    from zqmetrics.read.reader import read_report

    parser = argparse.ArgumentParser(prog="python -m evaluation.trade_variants")
    parser.add_argument("--misses", action="store_true", help="list each copy that loses rows")
    args = parser.parse_args(argv)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for s, name in cases():
        try:
            frame = read_report(TRADE_VARIANTS[name](s))
            right, gold = rows_right(s, frame, extra_rows(name, s))
        except Exception as exc:  # a refusal is a result: no row found
            right, gold = 0, len(s.doc.rows)
            print(f"{s.doc.id}:{name} refused: {exc}")
        row = per[name]
        row[0] += right
        row[1] += gold
        row[2] += right == gold
        row[3] += 1
        if args.misses and right != gold:
            print(f"  miss {s.doc.id}:{name} {right}/{gold}")
    total = [sum(v[k] for v in per.values()) for k in range(4)]
    for name, (right, gold, whole, n) in per.items():
        print(f"{name:30s} rows {right}/{gold}  copies whole {whole}/{n}")
    print(f"{'all':30s} rows {total[0]}/{total[1]}  copies whole {total[2]}/{total[3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
