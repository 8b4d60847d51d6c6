"""A header over several lines (zqmetrics.read.headblock): its lower lines are no rows, and the
units its lines write in brackets reach the figure columns."""

from __future__ import annotations

import pytest

import zqmetrics as zq
from zqmetrics.read.grid import Raw
from zqmetrics.read.headblock import block_units, header_block, header_rows, label_columns


def _rows(*cells: tuple[str, ...]) -> list[Raw]:
    return [Raw(c, n) for n, c in enumerate(cells, 1)]


# (header lines, label columns, width, figure columns, {column: unit}). One case a row.
BLOCKS = [
    # Groups with units over repeated names (计划 | 开工 | 开工率 under each): a column takes the
    # unit of the group cell nearest on its left.
    ([["序号", "地区", "改造套数(套)", "投资额(亿元)"], ["计划数", "开工数", "开工率", "计划数", "完成数", "完成率"]],
     2, 8, [2, 5], {2: "套", 5: "亿元"}),
    # Lines packed to the left after the name column, which spans them: the unit at the column's
    # place on the first line that writes one there.
    ([["县名", "计划任务数", "项目建设情况"], ["村数(个)", "里程(公里)", "已完工", "在建"],
      ["里程(公里)", "占计划(%)", "里程(公里)"]],
     1, 7, [2], {2: "公里"}),
    # A unit row as wide as the rows (its empty cells kept): each unit over its own column.
    ([["序号", "地区", "计划", "完成", "完成率"], ["", "", "(个)", "(个)", "(%)"]], 2, 5, [2, 3],
     {2: "个", 3: "个"}),
    # A percentage is no unit of a count: nothing taken.
    ([["序号", "地区", "计划", "完成率(%)"], ["", "", "", "(%)"]], 2, 4, [2], {}),
    # One header line: nothing stacked, nothing taken (the header's own unit is read elsewhere).
    ([["序号", "地区", "计划(个)", "完成"]], 2, 4, [2], {}),
    # No header line writes a unit: the column keeps none.
    ([["序号", "地区", "小区数", "户数"], ["计划", "开工", "计划", "开工"]], 2, 6, [2, 4], {}),
]


@pytest.mark.parametrize("block, labels, width, columns, units", BLOCKS)
def test_units_from_header_lines(block, labels, width, columns, units) -> None:
    assert block_units(block, labels, width, columns) == units


# (rows as read, how many are header lines). One case a row.
UNDER = [
    # Lines without a figure naming units in brackets, before the first row: header lines.
    (_rows(("村数(个)", "里程(公里)", "已完工", "在建"), ("里程(公里)", "占计划(%)", "里程(公里)"),
           ("甲县", "120", "30", "96", "80.0")), 2),
    # A unit row under the header.
    (_rows(("", "", "(个)", "(个)", "(%)"), ("1", "甲市", "100", "80", "80.0")), 1),
    # A task written in words has no bracketed unit: a row.
    (_rows(("农村公路", "新建农村公路", "已完工"), ("甲县", "120", "30")), 0),
    # Columns named by their months, under a header.
    (_rows(("计划(个)", "1-9月完成(个)", "完成率"), ("甲县", "120", "30", "25.0")), 1),
    # A row holding a figure is a row, units or not.
    (_rows(("新建公路(公里)", "120", "96"), ("甲县", "120", "30")), 0),
    # Only lines above every row: a figure-free line after a row stays a row.
    (_rows(("甲县", "120", "30"), ("小计(个)", "合计(户)", "在建")), 0),
]


@pytest.mark.parametrize("rows, taken", UNDER)
def test_header_lines_read_as_rows_are_taken_off(rows, taken) -> None:
    kept, off = header_rows(rows)
    assert len(off) == taken and kept == rows[taken:]


# (rows, label columns). One case a row.
LABELS = [
    (_rows(("甲县", "120", "30", "80.0"), ("乙县", "80", "12", "50.0")), 1),
    (_rows(("1", "甲市", "100", "80"), ("2", "乙市", "50", "25")), 2),
    (_rows(("经济", "1", "甲市", "100", "80"), ("", "2", "乙市", "50", "25")), 3),
    (_rows(("甲", "乙"),), 0),
]


@pytest.mark.parametrize("rows, labels", LABELS)
def test_label_columns(rows, labels) -> None:
    assert label_columns(rows) == labels


def test_header_block_stops_at_a_title_and_passes_a_lost_row() -> None:
    lines = ["2022年某省改造进展情况", "(截至2022年5月末)", "序号 地区 套数(套) 户数(万户)",
             "计划 开工 开工率 计划 开工 开工率", "1 甲市 30 30 全部开工 5.0 5.0 全部开工",
             "2 乙市 40 20 50.0% 4.0 2.0 50.0%"]
    assert header_block(lines, 6) == [["序号", "地区", "套数(套)", "户数(万户)"],
                                      ["计划", "开工", "开工率", "计划", "开工", "开工率"]]


# (table text, the units of each target/actual set of the first row, rows). One case a row.
TABLES = [
    ("2020年某省棚户区改造进展情况\n序号 地区 改造套数(套) 投资额(亿元)\n"
     "计划数 开工数 开工率 计划数 完成数 完成率\n1 甲市 1200 900 75.0% 30.5 20.1 65.9%\n"
     "2 乙市 800 400 50.0% 12.0 6.0 50.0%\n3 丙市 500 450 90.0% 8.0 7.2 90.0%\n"
     "4 丁市 300 150 50.0% 4.0 1.0 25.0%\n",
     [("套", "套"), ("亿元", "亿元")], 4),
    ("序号 | 地区 | 计划 | 完成 | 完成率 |\n| | (个) | (个) | (%) |\n1 | 甲市 | 100 | 80 | 80.0 |\n"
     "2 | 乙市 | 50 | 25 | 50.0 |\n3 | 丙市 | 40 | 10 | 25.0 |\n",
     [("个", "个")], 3),
]


@pytest.mark.parametrize("text, units, rows", TABLES)
def test_units_reach_the_figures(text, units, rows) -> None:
    frame = zq.read_report(text)
    first = frame.iloc[0]
    sets = first["sets"] or [first["roles"]]
    assert [(s.get("target_unit"), s.get("actual_unit")) for s in sets] == units
    assert len(frame) == rows  # every data line a row, no header line one
    assert any("header's lines" in w for w in frame.attrs["warnings"])  # said


# (text, the report period read). One case a row: a bar line holding one cell above the table's
# first row of several cells is the table's title bar; a one-cell bar line inside the table is a
# task's cell and dates nothing.
TITLE_BARS = [
    ("| 某市农村公路建设进度表 | |||||\n| (截至2016年9月30日) | |||||\n| 县名 | 计划 | 完成 | 占计划(%) |\n"
     "| 甲县 | 120 | 96 | 80.0 |\n| 乙县 | 80 | 40 | 50.0 |\n", "2016-09"),
    ("2019年重点工作进展 | ||\n序号 | 任务 | 进展 |\n1 | 新建公路 | 已完成 |\n", "2019"),
    ("序号 | 任务 | 进展 |\n| (截至2016年9月30日) | ||\n1 | 新建公路 | 已完成 |\n", None),
]


@pytest.mark.parametrize("text, period", TITLE_BARS)
def test_a_title_bar_gives_the_period(text, period) -> None:
    from zqmetrics.read.layouts import report_period

    found, _ = report_period(text.split("\n"))
    assert (str(found) if found is not None else None) == period


def test_header_block_takes_lines_naming_columns_by_their_months() -> None:
    lines = ["序号 地区 2021年计划(个) 投资(万元)", "计划 1-9月完成 完成率 计划 1-9月完成 完成率",
             "1 甲市 30 20 66.7% 5.0 4.0 80.0%"]
    block = header_block(lines, 3)
    assert len(block) == 2
    assert block_units(block, 2, 8, [2, 5]) == {2: "个", 5: "万元"}
