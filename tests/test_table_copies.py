"""Tables as copies give them (reader pass 6): a 序号 cell written as a dash; thousands commas.

A total row (全省, 合计) has no number: many tables write a dash or a slash in its 序号 cell. The
pipe reader took a row whose first cell is no number for a row that lost its 序号 and moved its
cells one column right (its label under the target column). The pipe_dashes copies of the
development tables (hunan-2021-08, yunfu-2017-08) showed it. The tables below are made up.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from zqmetrics.read.reader import read_report
from zqmetrics.read.wide import kind

_HEAD = "2021年各市重点民生实事完成进度表\n序号 | 市州 | 计划完成数 | 累计开工数 | 开工率 |\n"
_ROWS = "1 | 东山市 | 150 | 143 | 95.33% |\n2 | 西河市 | 71 | 44 | 61.97% |\n"

# (the total row's 序号 cell) one a case: the row keeps its cells in place.
DASHES = ["—", "-", "/", "——", "－"]


@pytest.mark.parametrize("dash", DASHES)
def test_a_total_row_with_a_dashed_seq_keeps_its_cells(dash: str) -> None:
    frame = read_report(_HEAD + _ROWS + f"{dash} | 全省 | 1500 | 1110 | 74.00% |\n")
    total = frame.iloc[-1]
    assert (total["task"], total["target_text"], total["actual_text"]) == ("全省", "1500", "1110")


def test_a_row_that_lost_its_seq_is_still_moved_right() -> None:
    """Not the form: a row that lost its 序号 and holds one cell less keeps its cells in place."""
    frame = read_report(_HEAD + _ROWS + "南湖市 | 87 | 71 | 81.61% |\n")
    last = frame.iloc[-1]
    assert (last["task"], last["target_text"]) == ("南湖市", "87")


# Figures whose thousands are set apart by commas (1,504,786.55), as statistical tables print
# them: a space-separated table of them reads row by row, its figures as numbers (the
# spaced_thousands copies of the development tables: hunan-2021-08 read 3 rows of 15 before).
THOUSANDS = """2021年各市城镇老旧小区改造进度表
市州 计划投资额(万元) 累计完成投资额(万元) 投资完成率
东山市 86,157.25 36,836.13 42.75%
西河市 1,213,533.40 4,756.44 0.39%
南湖市 19,099.87 6,930.72 36.29%
"""


def test_figures_with_thousands_commas_read_as_numbers() -> None:
    import zqmetrics as zq

    frame = zq.assess(read_report(THOUSANDS))
    assert frame["task"].tolist() == ["东山市", "西河市", "南湖市"]
    # The header's 万元 applies: 86,157.25 万元 is 861,572,500 元.
    assert [t[0].quantity.amount for t in frame["targets"]] == [
        Decimal("861572500"), Decimal("12135334000"), Decimal("190998700")]


# Cells that are figures and cells that are not (one a case).
FIGURE_CELLS = [
    ("1,504,786.55", "num"),
    ("36,836", "num"),
    ("1,5", "short"),  # a list of two figures, not thousands
    ("12,34", "short"),
    ("1,2345", "short"),
    ("86157.25", "num"),
]


@pytest.mark.parametrize(("cell", "shape"), FIGURE_CELLS, ids=[c for c, _ in FIGURE_CELLS])
def test_a_cell_with_thousands_commas(cell: str, shape: str) -> None:
    assert kind(cell) == shape


# Two tables in one text, the second under a header of its own (a table per category): its
# header is no row, and its cells go under the first header's columns by role. The
# pipe_second_table copies of every development table (its own header with a 备注 column more, or
# its columns in another order) read a row too many, or lost rows, before.
FIRST = """2023年重点项目推进情况表
序号 | 项目名称 | 年度计划投资(万元) | 1-6月完成投资(万元) | 完成率 |
1 | 城东污水处理厂 | 5000 | 2600 | 52% |
2 | 滨河公园二期 | 3000 | 1200 | 40% |
"""
SECOND_TABLES = [
    ("a column more", "二、民生类项目\n序号 | 项目名称 | 年度计划投资(万元) | 1-6月完成投资(万元) | 完成率 | 备注 |\n"
                      "1 | 社区食堂 | 800 | 500 | 62.5% | |\n2 | 城南小学扩建 | 6000 | 2400 | 40% | |\n"),
    ("another order", "附表\n项目名称 | 完成率 | 1-6月完成投资(万元) | 年度计划投资(万元) |\n"
                      "社区食堂 | 62.5% | 500 | 800 |\n城南小学扩建 | 40% | 2400 | 6000 |\n"),
]


@pytest.mark.parametrize("second", [t for _, t in SECOND_TABLES], ids=[n for n, _ in SECOND_TABLES])
def test_a_second_table_under_its_own_header(second: str) -> None:
    frame = read_report(FIRST + "\n" + second)
    cells = frame[["task", "target_text", "actual_text", "ratio_text"]].values.tolist()
    assert cells == [["城东污水处理厂", "5000", "2600", "52%"], ["滨河公园二期", "3000", "1200", "40%"],
                     ["社区食堂", "800", "500", "62.5%"], ["城南小学扩建", "6000", "2400", "40%"]]
    assert any("second table" in w for w in frame.attrs["warnings"])


def test_the_header_again_is_no_second_table() -> None:
    """Not the form: the same header on the next page is skipped, and nothing is said."""
    header = FIRST.splitlines()[1]
    frame = read_report(FIRST + header + "\n3 | 社区食堂 | 800 | 500 | 62.5% |\n")
    assert frame["task"].tolist() == ["城东污水处理厂", "滨河公园二期", "社区食堂"]
    assert not any("second table" in w for w in frame.attrs["warnings"])


def test_a_row_of_header_words_with_a_number_is_a_row() -> None:
    """Not the form: a row opening with its number is data, whatever words its cells hold."""
    frame = read_report(FIRST + "3 | 项目名称变更 | 完成率 | 进展情况 | 40% |\n")
    assert frame["task"].tolist()[-1] == "项目名称变更"


def test_a_row_of_cells_holding_header_words_is_no_second_header() -> None:
    """Not the form: a row that lost its 序号, its cells holding header words (任务甲, 进展甲),
    shares no cell with the header: it is a row."""
    frame = read_report("序号 | 重点任务 | 进展情况 | 责任单位 |\n1 | 任务甲 | 进展甲 | 单位甲 |\n"
                        "任务乙 | 进展乙 | 单位乙 |\n")
    assert frame["task"].tolist() == ["任务甲", "任务乙"]


# The vertical pipe layout in its strict form: each cell on its own line, then a line holding
# only | (全国 2023-09; the vertical_strict copies of the development tables). A rate cell may say
# 全部开工 (a word of data/layout_cues.tsv figure_word): the rate column's, not the next row's.
STRICT = "\n".join(["2023年各省老旧小区改造进展情况", "|", "(截至2023年9月末)", "|",
                    "序号", "|", "省份", "|", "新开工小区数(个)", "|", "开工率", "|",
                    "1", "|", "东山", "|", "329", "|", "全部开工", "|",
                    "2", "|", "西河", "|", "1595", "|", "83.2%", "|",
                    "3", "|", "南湖", "|", "200", "|", "72.7%", "|"])


def test_a_strict_vertical_pipe_reads_one_row_per_number() -> None:
    frame = read_report(STRICT)
    assert frame.attrs["layout"] == "vertical_pipe"
    cells = frame[["task", "actual_text", "ratio_text"]].values.tolist()
    assert cells == [["东山", "329", "全部开工"], ["西河", "1595", "83.2%"], ["南湖", "200", "72.7%"]]


def test_a_lone_bar_after_a_closed_cell_is_an_empty_cell() -> None:
    """Not the strict form: ``cell |`` lines, a lone | standing for an empty cell."""
    from zqmetrics.read.flatcells import vertical_cells

    cells = vertical_cells(["进展情况 |", "|", "区住建局 |"])
    assert [c.text for c in cells] == ["进展情况", "", "区住建局"]


def test_a_lone_bar_after_a_line_of_text_closes_it() -> None:
    from zqmetrics.read.flatcells import vertical_cells

    cells = vertical_cells(["进展情况", "|", "|", "区住建局", "|"])
    assert [c.text for c in cells] == ["进展情况", "", "区住建局"]


# A header whose cells the copy broke over lines (a web page's <br> inside a wide header cell):
# joined, it is the header (the pipe_header_wrapped_cells copies: 8 of the 10 development tables
# lost rows or read a row too many before).
WRAPPED = """2021年各市老旧小区改造进度表
序号 | 市州 | 计划
完成数 | 累计
开工数 | 开工率 |
1 | 东山市 | 150 | 143 | 95.33% |
2 | 西河市 | 71 | 44 | 61.97% |
3 | 南湖市 | 87 | 71 | 81.61% |
"""


def test_a_header_broken_over_lines_is_joined() -> None:
    frame = read_report(WRAPPED)
    cells = frame[["task", "target_text", "actual_text", "ratio_text"]].values.tolist()
    assert cells == [["东山市", "150", "143", "95.33%"], ["西河市", "71", "44", "61.97%"],
                     ["南湖市", "87", "71", "81.61%"]]


def test_rows_broken_over_lines_are_no_header() -> None:
    """Not the form: under a header of its own, a row whose cell runs over lines stays a row."""
    frame = read_report("序号 | 重点任务 | 进展情况 | 责任单位 |\n1 | 新建社区食堂 | 已建成3个，\n"
                        "另有2个在装修 | 区民政局 |\n2 | 改造老旧小区 | 已开工9个 | 区住建局 |\n")
    assert frame["task"].tolist() == ["新建社区食堂", "改造老旧小区"]
