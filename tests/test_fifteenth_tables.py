"""Table forms of the fifteenth collection, written as small tables in our own words.

The collection's county table (data/corpus/README.md, fifteenth collection) heads its figure
columns 累计完成 | 累计进度: the amount done to date and the share of the target it makes. 累计进度
was read as a progress column (its 进度), so no row had a ratio and no stated completion was read.
Beside it, 时间进度 (the share of the year gone, the pace the figures are judged against) is a
term of the same trade that names no row's figure. The tables below are made up; none is a copy
of that document.
"""

from __future__ import annotations

import pytest

from zqmetrics import extract
from zqmetrics.read.columns import header_column
from zqmetrics.read.grid import Raw
from zqmetrics.read.placement import optional_tail
from zqmetrics.read.reader import read_report
from zqmetrics.read.wide import is_status_cell

# Header words (data/headers.tsv). One case a row.
HEADER_WORDS = [
    ("累计进度", "ratio"),  # the share done to date, beside 累计完成
    ("累计进度(%)", "ratio"),
    ("累计进度（%）", "ratio"),
    ("累计完成", "actual"),  # unchanged: the amount done to date
    ("进度", "progress"),  # alone it still heads progress text
    ("完成进度", "progress"),
    ("工作进度", "progress"),
    ("时间进度", None),  # the pace (the share of the year gone), as 序时进度: no role
    ("序时进度", None),
]


@pytest.mark.parametrize(("cell", "role"), HEADER_WORDS, ids=[c for c, _ in HEADER_WORDS])
def test_header_word(cell: str, role: str | None) -> None:
    assert header_column(cell) == role


# A wide table of 民生实事 whose figure columns are 累计完成 | 累计进度, a 备注 column left empty.
WIDE = """某县2023年1-6月民生实事进展情况
序号 | 项目名称 | 目标任务 | 牵头单位 | 累计完成 | 累计进度 | 备注
1 | 稳定就业 | 城镇新增就业1000人 | 县人社局 | 600 | 60% |
2 | 老旧小区改造 | 改造老旧小区10个 | 县住建局 | 4 | 40% |
3 | 农村公路建设 | 新建农村公路50公里 | 县交通局 | 30 | 60% |
"""
WIDE_ROWS = [("稳定就业", "600", "60%"), ("老旧小区改造", "4", "40%"), ("农村公路建设", "30", "60%")]


@pytest.fixture(scope="module")
def wide() -> object:
    return extract(read_report(WIDE))


@pytest.mark.parametrize(("task", "actual", "ratio"), WIDE_ROWS, ids=[r[0] for r in WIDE_ROWS])
def test_cumulative_progress_is_the_rows_stated_ratio(wide, task: str, actual: str,
                                                      ratio: str) -> None:
    row = wide[wide["task"] == task].iloc[0]
    assert row["actual_text"] == actual
    assert row["ratio_text"] == ratio
    assert not row["progress"]
    stated = [a for a in row["actuals"] if a.stated]
    assert [(str(a.quantity.amount), a.quantity.unit, a.target_index) for a in stated] == [
        (ratio.rstrip("%"), "%", 0)]


# A table of work whose progress is text, with the share done to date in a column of its own.
TEXT = """某县2023年1-9月重点工作推进情况
序号 | 重点任务 | 进展情况 | 累计进度
1 | 新增城镇就业1000人 | 已新增就业800人 | 80%
2 | 改造老旧小区10个 | 已完成改造5个 | 50%
3 | 新建农村公路50公里 | 已建成45公里 | 90%
"""
TEXT_ROWS = [("新增城镇就业1000人", "已新增就业800人", "80%"), ("改造老旧小区10个", "已完成改造5个", "50%"),
             ("新建农村公路50公里", "已建成45公里", "90%")]


@pytest.fixture(scope="module")
def text() -> object:
    return extract(read_report(TEXT))


@pytest.mark.parametrize(("task", "progress", "ratio"), TEXT_ROWS, ids=[r[0] for r in TEXT_ROWS])
def test_cumulative_progress_beside_text_is_not_joined_to_it(text, task: str, progress: str,
                                                             ratio: str) -> None:
    row = text[text["task"] == task].iloc[0]
    assert row["progress"] == progress  # not '已新增就业800人\n80%'
    assert row["ratio_text"] == ratio
    assert [str(a.quantity.amount) for a in row["actuals"] if a.stated] == [ratio.rstrip("%")]


# The same work with the pace in a column of its own: 50% on every row is no row's figure.
PACE = """某县2023年1-6月重点工作推进情况
序号 | 重点任务 | 进展情况 | 时间进度
1 | 新增城镇就业1000人 | 已新增就业600人 | 50%
2 | 改造老旧小区10个 | 已完成改造4个 | 50%
3 | 新建农村公路50公里 | 已建成30公里 | 50%
"""
PACE_ROWS = [("新增城镇就业1000人", "已新增就业600人", "600"), ("改造老旧小区10个", "已完成改造4个", "4"),
             ("新建农村公路50公里", "已建成30公里", "30")]


@pytest.fixture(scope="module")
def pace() -> object:
    return extract(read_report(PACE))


@pytest.mark.parametrize(("task", "progress", "amount"), PACE_ROWS, ids=[r[0] for r in PACE_ROWS])
def test_the_pace_column_gives_no_row_a_figure(pace, task: str, progress: str, amount: str) -> None:
    row = pace[pace["task"] == task].iloc[0]
    assert row["progress"] == progress
    assert not row["ratio_text"]
    assert [str(a.quantity.amount) for a in row["actuals"]] == [amount]


# A 备注 column blank on every row (or on all but one), as 歙县's table ends: the rows that lost a
# merged group cell are still placed under their headers (placement.optional_tail, reader pass 24).
OPTIONAL_TAILS = [
    (["序号", "项目", "完成率", "备注"], [], 1),
    (["序号", "项目", "完成率", "存在问题"], [], 1),  # any header word of no role
    (["序号", "项目", "完成率", "备注", ""], [("1", "甲", "50%", "", "")], 2),  # a trailing bar
    (["序号", "项目", "完成率", ""], [("1", "甲", "50%", "见附件")], 0),  # a blank header over data
    (["序号", "项目", "完成率"], [], 0),  # a figure column last
    (["备注", ""], [], 0),  # a header of nothing but remarks is no tail
]


@pytest.mark.parametrize(("headers", "cells", "tail"), OPTIONAL_TAILS,
                         ids=["|".join(h) for h, _, _ in OPTIONAL_TAILS])
def test_optional_tail(headers: list[str], cells: list[tuple[str, ...]], tail: int) -> None:
    rows = [Raw(c, k + 3) for k, c in enumerate(cells)]
    assert optional_tail(headers, rows) == tail


# 类别 merged over its rows (kept on a group's first row only), 备注 blank but on one row.
MERGED_REMARKS = """某县2023年1-6月重点项目推进情况
类别 | 项目名称 | 年度计划投资 | 完成投资 | 完成率 | 备注 |
产业项目 | 甲产业园 | 10 | 6 | 60% |  |
乙物流园 | 8 | 3 | 37.5% | 已纳入年度考核 |
丙工业园 | 12 | 7 | 58.3% |  |
民生项目 | 丁学校 | 5 | 3 | 60% |  |
戊医院 | 6 | 2 | 33.3% |  |
己公园 | 4 | 1 | 25% |  |
"""
MERGED_ROWS = [("甲产业园", "10", "6", "60%"), ("乙物流园", "8", "3", "37.5%"),
               ("丙工业园", "12", "7", "58.3%"), ("丁学校", "5", "3", "60%"),
               ("戊医院", "6", "2", "33.3%"), ("己公园", "4", "1", "25%")]


@pytest.fixture(scope="module")
def merged_remarks() -> object:
    return read_report(MERGED_REMARKS)


@pytest.mark.parametrize(("task", "target", "actual", "ratio"), MERGED_ROWS,
                         ids=[r[0] for r in MERGED_ROWS])
def test_rows_that_lost_a_group_cell_beside_blank_remarks(merged_remarks, task: str, target: str,
                                                          actual: str, ratio: str) -> None:
    rows = merged_remarks[merged_remarks["task"] == task]
    assert len(rows) == 1, merged_remarks["task"].tolist()
    row = rows.iloc[0]
    assert (row["target_text"], row["actual_text"], row["ratio_text"]) == (target, actual, ratio)


def test_rows_beside_blank_remarks_are_said_placed(merged_remarks) -> None:
    assert len(merged_remarks) == len(MERGED_ROWS)
    assert any("cells placed by content" in w for w in merged_remarks.attrs["warnings"])


# A table copied without its header (平阳 2021, sixteenth collection): 序号 | task | owner |
# progress | status. The canonical order assumed without a header put the offices under plan and
# the status under the owner; the cells say what each column holds (wide._assumed_by_content).
HEADERLESS = """1 | 新建城区公园3个。 | 县住建局 | 已完成2个公园主体工程,第3个在设计中。 | 按时序推进 |
2 | 改造农村公路40公里。 | 县交通局 | 已完成改造25公里。 | 按时序推进 |
3 | 为300户困难家庭实施适老化改造。 | 县民政局 | 已确定改造对象,完成招标。 | 滞后 |
4 | 新增托位120个。 | 县卫生健康局 | 已建成托位60个。 | 按时序推进 |
"""
HEADERLESS_ROWS = [("新建城区公园3个。", "县住建局", "已完成2个公园主体工程", "按时序推进"),
                   ("改造农村公路40公里。", "县交通局", "已完成改造25公里。", "按时序推进"),
                   ("为300户困难家庭实施适老化改造。", "县民政局", "已确定改造对象", "滞后"),
                   ("新增托位120个。", "县卫生健康局", "已建成托位60个。", "按时序推进")]


@pytest.fixture(scope="module")
def headerless() -> object:
    return read_report(HEADERLESS)


@pytest.mark.parametrize(("task", "owner", "progress", "status"), HEADERLESS_ROWS,
                         ids=[r[0] for r in HEADERLESS_ROWS])
def test_columns_without_a_header_read_by_their_cells(headerless, task: str, owner: str,
                                                      progress: str, status: str) -> None:
    row = headerless[headerless["task"] == task].iloc[0]
    assert row["units"] == [owner]
    assert row["progress"].startswith(progress)
    assert row["status_text"] == status


def test_columns_read_by_their_cells_are_said(headerless) -> None:
    assert any("read by their cells" in w for w in headerless.attrs["warnings"])


# Negative: without offices or status words the columns keep the order assumed (progress, plan).
HEADERLESS_TEXT = """1 | 新建城区公园3个。 | 已完成2个公园主体工程。 | 下半年完成第3个。 |
2 | 改造农村公路40公里。 | 已完成改造25公里。 | 9月底前全部完工。 |
3 | 新增托位120个。 | 已建成托位60个。 | 年底前建成其余托位。 |
"""
HEADERLESS_TEXT_ROWS = [("新建城区公园3个。", "已完成2个公园主体工程。", "下半年完成第3个。"),
                        ("改造农村公路40公里。", "已完成改造25公里。", "9月底前全部完工。"),
                        ("新增托位120个。", "已建成托位60个。", "年底前建成其余托位。")]


@pytest.fixture(scope="module")
def headerless_text() -> object:
    return read_report(HEADERLESS_TEXT)


@pytest.mark.parametrize(("task", "progress", "plan"), HEADERLESS_TEXT_ROWS,
                         ids=[r[0] for r in HEADERLESS_TEXT_ROWS])
def test_columns_without_offices_or_status_keep_the_assumed_order(headerless_text, task: str,
                                                                  progress: str, plan: str) -> None:
    row = headerless_text[headerless_text["task"] == task].iloc[0]
    assert (row["progress"], row["plan"]) == (progress, plan)
    assert not row["status_text"]


# Status words (data/status_words.tsv): 时序 names the pace as 序时 does. One case a row.
STATUS_CELLS = [("按时序推进", True), ("达到时序进度", True), ("按时推进", True), ("滞后", True),
                ("县住建局", False), ("已完成2个公园主体工程,第3个在设计中。", False)]


@pytest.mark.parametrize(("cell", "status"), STATUS_CELLS, ids=[c for c, _ in STATUS_CELLS])
def test_status_cell(cell: str, status: bool) -> None:
    assert is_status_cell(cell) is status
