"""Tables in the forms of the trade (reader pass 28).

Each development table written out again as offices draw progress tables (evaluation/
trade_variants.py: a header over two rows, units in the header, 合计/小计 rows, group headings
across the table, 序号 at two levels, notes under the table, 续表, columns in another order, a
status column of ticks or traffic lights, empty cells written as / or 无) must read the same rows;
the rules those copies needed are shown on made-up tables below, one case a row, with negatives
(what must not change). The tables are our own words.
"""

from __future__ import annotations

import pytest

from evaluation.table_variants import Source, cells_lost, pipe_trailing
from evaluation.trade_variants import (
    TRADE_VARIANTS,
    applies,
    cases,
    extra_rows,
    left_out,
    rows_right,
)
from zqmetrics.read import marks, wide
from zqmetrics.read.flatcells import Cell
from zqmetrics.read.flatcells import figure_rows as _figure_rows
from zqmetrics.read.grid import Raw
from zqmetrics.read.reader import read_report
from zqmetrics.read.wide import is_status_cell
from zqmetrics.text import lexicon

# A heading without a number in the first cell of a table whose first column is its task (or
# its group naming the rows): the row of a task with nothing reported yet looks the same.
_PLAIN = ("a heading without a number in the task column (the table's first column) cannot be "
          "told from a task row with every other cell empty")
KNOWN = {(d, "pipe_group_plain"): _PLAIN for d in (
    "dazhou-2018-07", "xiangxi-2021-09", "chongqing-tongliang-2024-09", "deyang-jingyang-2016-fy")}


def _cases() -> list[object]:
    out = []
    for s, name in cases():
        marks_ = ([pytest.mark.xfail(strict=True, reason=KNOWN[(s.doc.id, name)])]
                  if (s.doc.id, name) in KNOWN else [])
        out.append(pytest.param(s, name, marks=marks_, id=f"{s.doc.id}-{name}"))
    return out


@pytest.mark.parametrize(("source", "name"), _cases())
def test_a_trade_copy_reads_the_same_rows(source: object, name: str) -> None:
    frame = read_report(TRADE_VARIANTS[name](source))  # type: ignore[arg-type]
    right, gold = rows_right(source, frame, extra_rows(name, source))  # type: ignore[arg-type]
    assert right == gold, frame["task"].tolist()


# Copies that place fewer of the rows' target, unit, actual and ratio cells than the source read
# as it is (cells a copy empties on purpose aside), with the reason.
_FLAT_GROUP = ("flattened, 完成情况 among the header's cells before the names under it: the figure "
               "columns under it are not told apart")
_SLASHED = ("flattened, an empty cell written / is left out as a copy that drops it does: the row "
            "then holds fewer figures than columns and they are placed one column off")
_REVERSED = ("columns in another order: the row's first target/actual/ratio are the leftmost "
             "columns of each role, not the source's first set (and a part-year plan first is "
             "taken for the target: wide.PART_PLANS_ANY_ORDER, off)")
KNOWN_CELLS = {
    ("hunan-2021-08", "paragraph_merged_header"): _FLAT_GROUP,
    ("yunfu-2017-08", "paragraph_merged_header"): _FLAT_GROUP,
    ("xiangxi-2021-09", "paragraph_slashes"): _SLASHED,
    ("chongqing-tongliang-2024-09", "paragraph_slashes"): _SLASHED,
    ("dazhou-2018-07", "pipe_columns_reversed"): _REVERSED,
    ("hunan-2021-08", "pipe_columns_reversed"): _REVERSED,
    ("qinghai-2018-03", "paragraph_total_last"): "flattened, a 合计 row after a table of one figure "
                                                 "column: the last row's figure is joined to it",
}


def _cell_cases() -> list[object]:
    out = []
    for s, name in cases():
        marks_ = ([pytest.mark.xfail(strict=True, reason=KNOWN_CELLS[(s.doc.id, name)])]
                  if (s.doc.id, name) in KNOWN_CELLS else [])
        out.append(pytest.param(s, name, marks=marks_, id=f"{s.doc.id}-{name}"))
    return out


_WHOLE: dict[str, object] = {}


@pytest.mark.parametrize(("source", "name"), _cell_cases())
def test_a_trade_copy_places_the_same_cells(source: Source, name: str) -> None:
    if source.doc.id not in _WHOLE:
        _WHOLE[source.doc.id] = read_report(pipe_trailing(source))
    frame = read_report(TRADE_VARIANTS[name](source))
    lost = [k for k in cells_lost(source, _WHOLE[source.doc.id], frame, name)
            if k not in left_out(name, source)]
    assert not lost, lost


def test_every_form_applies_to_two_sources_or_more() -> None:
    from evaluation.table_variants import sources

    for name in TRADE_VARIANTS:
        assert sum(applies(name, s) for s in sources()) >= 2, name


# -- a heading across the table written in each cell it spans, or in a lead column alone -----

# (cells of the row, columns left of the task column, a heading?) one a case.
HEADINGS = [
    (("一、产业发展类", "一、产业发展类", "一、产业发展类", "一、产业发展类"), 1, True),
    (("（二）社会民生类", "（二）社会民生类", "（二）社会民生类"), 0, True),
    (("产业发展类", "", "", "", ""), 1, True),
    (("基础设施类", "", ""), 2, True),
    # Negatives: a task column first (a task with nothing reported), figures, a total, a number,
    # two cells only, the same figure repeated, a task and its owner.
    (("产业发展类", "", "", "", ""), 0, False),
    (("100", "100", "100"), 1, False),
    (("合计", "211", "405.34"), 1, False),
    (("3", "", "", ""), 1, False),
    (("12.5%", "", "", ""), 1, False),
    (("新建公园", "新建公园", "新建公园"), 1, False),
    (("新建公园", "市住建局", ""), 1, False),
]


@pytest.mark.parametrize(("cells", "lead", "heading"), HEADINGS)
def test_heading_rows_across_a_table(cells: tuple[str, ...], lead: int, heading: bool) -> None:
    assert marks.section_row(Raw(cells, 1), lead) is heading


_TABLE = ("2024年重点项目推进情况表\n序号 | 项目名称 | 年度计划(万元) | 累计完成(万元) | 完成率 |\n"
          "{head}\n1 | 东城学校 | 3000 | 2100 | 70% |\n2 | 西河公园 | 1200 | 900 | 75% |\n"
          "3 | 南湖大桥 | 8000 | 4000 | 50% |\n")


@pytest.mark.parametrize("head", ["产业发展类 |  |  |  |  |",
                                  "一、产业发展类 | 一、产业发展类 | 一、产业发展类 | 一、产业发展类 | "
                                  "一、产业发展类 |"])
def test_a_heading_row_is_no_row_of_a_pipe_table(head: str) -> None:
    frame = read_report(_TABLE.format(head=head))
    assert frame["task"].tolist() == ["东城学校", "西河公园", "南湖大桥"]


def test_a_row_that_lost_its_seq_with_figures_is_still_a_row() -> None:
    """Negative: a row without a number that has figures (a total) stays a row."""
    frame = read_report(_TABLE.format(head="") + "合计 |  | 12200 | 7000 | 57.4% |\n")
    assert frame["task"].tolist()[-1] == "合计"


def test_a_heading_switched_off_is_a_row() -> None:
    marks.REPEATED_HEADINGS = False
    try:
        frame = read_report(_TABLE.format(head="一、产业发展类 | 一、产业发展类 | 一、产业发展类 | "
                                               "一、产业发展类 | 一、产业发展类 |"))
    finally:
        marks.REPEATED_HEADINGS = True
    assert len(frame) == 4


# -- a flattened table's pages, notes and empty cells ----------------------------------------

_HEADER = ["序号", "项目名称", "年度计划", "累计完成"]
# (data cells after the header, the indexes that are no row's) one a case.
PAGES = [
    (["1", "东城学校", "3000", "续表", "序号", "项目名称", "年度计划", "累计完成", "2", "西河公园"],
     [3, 4, 5, 6, 7]),
    (["1", "东城学校", "3000", "序号", "项目名称", "年度计划", "累计完成", "2"], [3, 4, 5, 6]),
    (["1", "东城学校", "3000", "2100", "注：完成率=累计完成/年度计划", "数据来源：市发改委"], [4, 5]),
    (["1", "东城学校", "3000", "2100", "备注：带*号的为省重点项目"], [4]),
    (["1", "东城学校", "/", "2100", "2", "西河公园", "—", "900"], [2, 6]),
    # Negatives: 注 inside a task, 备注 with no colon (a cell of a 备注 column), a negative
    # figure, a share, the header's cells in another order, a note as the first cell.
    (["1", "关注民生工程：新建学校", "3000", "2100"], []),
    (["1", "东城学校", "3000", "备注"], []),
    (["1", "单位能耗", "-3.92", "1/2"], []),
    (["1", "东城学校", "项目名称", "序号", "年度计划", "累计完成"], []),
    (["注：以下为重点项目", "1", "东城学校"], []),
]


@pytest.mark.parametrize(("texts", "dropped"), PAGES)
def test_cells_of_pages_notes_and_empty_marks(texts: list[str], dropped: list[int]) -> None:
    drop, _ = marks.page_marks(texts, _HEADER)
    assert sorted(drop) == dropped


def test_table_note_and_continued_words_are_data() -> None:
    """Lexicon as data: each table_note word followed by a colon opens a note; each
    table_continued word alone is no row's cell."""
    rows = lexicon.rows("layout_cues.tsv", 2)
    notes = [w for cat, w in rows if cat == "table_note"]
    continued = [w for cat, w in rows if cat == "table_continued"]
    assert notes and continued
    for word in notes:
        assert marks.page_marks(["1", "东城学校", f"{word}：以快报数计"], _HEADER)[0] == [2], word
    for word in continued:
        assert marks.page_marks(["1", "东城学校", word, "2"], _HEADER)[0] == [2], word


_FLAT = "\n".join(["2024年重点项目推进情况表", "项目名称", "年度计划", "累计完成", "完成率", "进度评价",
                   "东城学校", "3000", "2100", "70%", "绿灯", "西河公园", "1200", "600", "50%", "红灯",
                   "南湖大桥", "8000", "6000", "75%", "绿灯"])


def test_a_flattened_table_of_figures_with_a_status_column() -> None:
    frame = read_report(_FLAT)
    assert frame["task"].tolist() == ["东城学校", "西河公园", "南湖大桥"]
    assert frame["status_text"].tolist() == ["绿灯", "红灯", "绿灯"]


# (cells, columns of words after the figures, row starts) one a case.
FIGURE_ROWS = [
    (["甲区", "10", "5", "绿灯", "乙区", "8", "4", "红灯"], 1, [0, 4]),
    (["甲区", "10", "5", "绿灯", "乙区", "8", "4"], 1, [0, 4]),
    (["甲区", "10", "5", "市住建局", "绿灯", "乙区", "8", "4"], 2, [0, 5]),
    # A row whose trailing cell is empty (left out of the copy): its label right after a figure.
    (["甲区", "10", "5", "乙区", "8", "4", "绿灯"], 1, [0, 3]),
    # Negatives: no columns of words after the figures: the first word after a figure opens a
    # row (a label over two cells stays one).
    (["甲区", "10", "5", "乙区", "8", "4"], 0, [0, 3]),
    (["甲区", "10", "5", "乙区", "新区", "8"], 0, [0, 3]),
]


@pytest.mark.parametrize(("texts", "trailing", "starts"), FIGURE_ROWS)
def test_rows_of_a_flattened_table_of_figures(texts: list[str], trailing: int,
                                              starts: list[int]) -> None:
    assert _figure_rows([Cell(t, k) for k, t in enumerate(texts)], trailing) == starts


@pytest.mark.parametrize(("cell", "status"), [("绿灯", True), ("黄灯", True), ("红灯", True),
                                              ("路灯改造", False), ("新建公园", False)])
def test_traffic_lights_are_status_words(cell: str, status: bool) -> None:
    """Lexicon as data (status_words.tsv): a status column rated in traffic lights."""
    assert is_status_cell(cell) is status


# -- a header over two rows, columns in another order ----------------------------------------

_MERGED = ("2024年重点项目推进情况表\n"
           "序号 | 项目名称 | 年度计划(万元) | 完成情况 | 完成情况 | 责任单位 |\n"
           "序号 | 项目名称 | 年度计划(万元) | 1-9月完成(万元) | 完成率 | 责任单位 |\n"
           "1 | 东城学校 | 3000 | 2100 | 70% | 市教育局 |\n2 | 西河公园 | 1200 | 900 | 75% | 市住建局 |\n")


def test_a_repeated_merged_header_names_the_columns_under_it() -> None:
    frame = read_report(_MERGED)
    assert frame["task"].tolist() == ["东城学校", "西河公园"]
    assert frame["actual_text"].tolist() == ["2100", "900"]
    assert frame["ratio_text"].tolist() == ["70%", "75%"]


def test_a_second_header_repeating_the_first_is_no_sub_header() -> None:
    """Negative: a header line written twice (no cell repeated across columns) names nothing
    new; the rows read as under one header."""
    text = _MERGED.replace("完成情况 | 完成情况", "1-9月完成(万元) | 完成率", 1)
    frame = read_report(text)
    assert frame["actual_text"].tolist() == ["2100", "900"]


_ORDER = ("县区 | {cols} |\n甲区 | {a} |\n乙区 | {b} |\n丙区 | {c} |\n")


@pytest.mark.parametrize(("cols", "target"), [
    ("年度投资计划 | 前三季度投资计划 | 1-7月完成投资 | 完成率", "527.3"),
    ("完成率 | 1-7月完成投资 | 前三季度投资计划 | 年度投资计划", "527.3"),
    # Negative: one target column naming a part of the year alone stays the target.
    ("前三季度投资计划 | 1-7月完成投资 | 完成率", "371.5"),
])
def test_a_part_year_plan_on_either_side_of_the_year_target(
        monkeypatch: pytest.MonkeyPatch, cols: str, target: str) -> None:
    """Off in the package (one collection's tables so far): set on here."""
    monkeypatch.setattr(wide, "PART_PLANS_ANY_ORDER", True)
    order = [c.strip() for c in cols.split("|")]
    values = {"年度投资计划": "527.3", "前三季度投资计划": "371.5", "1-7月完成投资": "291.5",
              "完成率": "78.5%"}
    row = " | ".join(values[c] for c in order)
    frame = read_report("2018年投资完成情况\n" + _ORDER.format(cols=cols, a=row, b=row, c=row))
    assert frame["target_text"].tolist()[0] == target


def test_sets_read_right_to_left_when_the_targets_come_last(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Columns in another order (完成率 | 累计完成 | 计划, twice): each set closes with its target.
    Off in the package (one collection's tables so far): set on here; off, the first set holds
    the second set's ratio and actual."""
    text = ("2021年进度表\n序号 | 市州 | 计划投资完成率 | 累计完成投资额 | 计划投资额 | 开工率 | 累计开工数 | "
            "计划完成数 |\n"
            "1 | 东山市 | 42% | 360 | 860 | 95% | 143 | 150 |\n2 | 西河市 | 35% | 47 | 135 | 62% | 44 | 71 |\n"
            "3 | 南湖市 | 50% | 100 | 200 | 80% | 40 | 50 |\n")
    off = read_report(text)["sets"][0]
    monkeypatch.setattr(wide, "REVERSED_SETS", True)
    on = read_report(text)["sets"][0]
    assert [(s["target"], s.get("actual")) for s in on] == [("150", "143"), ("860", "360")]
    assert [(s["target"], s.get("actual")) for s in off] != [("150", "143"), ("860", "360")]
