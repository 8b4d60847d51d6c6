"""Space-separated tables of words (reader pass 6): a header naming its columns, rows of text cells.

A PDF or a web page copied as text leaves a table of tasks (序号 主要任务 进展情况 责任单位) as lines
of cells set apart by spaces. No development document has that shape yet; the metamorphic copies
of every development table (evaluation.table_variants: spaced, spaced_no_seq, spaced_single,
spaced_wrapped_cells, spaced_header_two_lines) showed it was not read: before this pass the text
readers took such a table for prose. The tables below are made up, in the style of the corpus.
"""

from __future__ import annotations

import re

import pytest

from zqmetrics.read.items import layout_words
from zqmetrics.read.reader import read_report
from zqmetrics.read.spaced import _data_cells, _tokens, bars_under_header

_TITLE = "某区2023年政府工作报告重点任务上半年进展情况"
_ROWS = [
    ("1", "新建城市书房10个", "已建成城市书房6个，其余4个完成选址", "区文旅局", "按时推进"),
    ("2", "改造提升农贸市场5个", "3个已完工，2个正在施工", "区商务局", "按时推进"),
    ("3", "新增停车泊位2000个", "受用地影响，新增泊位420个", "区城管局", "进度滞后"),
]
_HEADER = ("序号", "主要任务", "进展情况", "责任单位", "进展状态")


def _lines(gap: str, header: tuple[str, ...] = _HEADER,
           rows: list[tuple[str, ...]] | None = None) -> list[str]:
    return [gap.join(header), *(gap.join(r) for r in (rows or _ROWS))]


NO_SEQ = [r[1:] for r in _ROWS]
# Each table a row: its name, its text.
TABLES = [
    ("two spaces", "\n".join([_TITLE, *_lines("  ")])),
    ("one space", "\n".join([_TITLE, *_lines(" ")])),
    ("three spaces", "\n".join([_TITLE, *_lines("   ")])),
    ("no 序号", "\n".join([_TITLE, *_lines("  ", _HEADER[1:], NO_SEQ)])),
    # A word processor's full-width spaces between cells, a PDF's single spaces around a
    # cell's figures (受用地影响，新增泊位 420 个): the single spaces are the cell's own.
    ("full-width spaces", "\n".join([_TITLE, *_lines("\u3000", rows=[
        tuple(re.sub(r"(\d+)", r" \1 ", c).strip() if k == 2 else c for k, c in enumerate(r))
        for r in _ROWS])])),
    ("header over two lines", "\n".join([_TITLE, "序号  主要任务  进展情况", "责任单位  进展状态",
                                        *_lines("  ")[1:]])),
    ("a page break: its number, the header again", "\n".join([
        _TITLE, *_lines("  ")[:3], "", "— 2 —", "", _lines("  ")[0], _lines("  ")[3]])),
    ("a page break: 第 2 页 共 3 页", "\n".join([
        _TITLE, *_lines("  ")[:2], "第 2 页 共 3 页", *_lines("  ")[2:]])),
    ("a cell wrapped onto the next line", "\n".join([
        _TITLE, "  ".join(_HEADER),
        "1  新建城市书房10个  已建成城市书房6个，",
        "其余4个完成选址  区文旅局  按时推进",
        *_lines("  ")[2:]])),
]


@pytest.mark.parametrize("text", [t for _, t in TABLES], ids=[n for n, _ in TABLES])
def test_a_spaced_table_of_words_reads_row_by_row(text: str) -> None:
    frame = read_report(text)
    assert frame["task"].tolist() == [r[1] for r in _ROWS]
    # A cell's lines are kept apart by a line break, as in every table the reader reads.
    assert ["".join(p.split()) for p in frame["progress"]] == [r[2] for r in _ROWS]
    assert [list(u) for u in frame["units"]] == [[r[3]] for r in _ROWS]
    # A page number line is no part of the cell above it.
    assert frame["status_text"].tolist() == [r[4] for r in _ROWS]
    assert set(frame["layout"]) == {"spaced_table"}


# Lines that are not such a table: bars_under_header finds none (each its own case).
NOT_TABLES = [
    ("a page's furniture line", ["时间:2024-05-11  来源:区发改委  浏览:4678次", "正文第一段。"]),
    ("a title alone over a header of two cells", ["2018年进度表", "一级指标  二级指标"]),
    ("a header with one row under it", ["序号  主要任务  进展情况", "1  新建城市书房10个  已建成6个"]),
    ("a sentence with spaces", ["今年以来 全区 重点任务 总体进展顺利", "其中 新建城市书房 6个"]),
    ("header words in a long sentence", ["主要任务进展情况总体较好，责任单位均按时报送了进度。"
                                         "  序号  主要任务", "1  甲  乙", "2  丙  丁"]),
]


@pytest.mark.parametrize("lines", [x for _, x in NOT_TABLES], ids=[n for n, _ in NOT_TABLES])
def test_lines_that_are_no_table_of_words(lines: list[str]) -> None:
    assert bars_under_header(lines) is None


def test_a_table_of_figures_whose_header_names_a_count_stays_the_figure_reading() -> None:
    """重点项目个数 is header evidence for a task column to the header words, but its cells are
    figures: the rows are named by the place column, as the figure reading names them."""
    text = "\n".join([
        "某市2017年重点建设项目督查情况通报",
        "序号  地区  重点项目个数  年度计划投资(亿元)  累计投资(亿元)  完成年度百分比(%)",
        "1  东城区  7  17.52  7.54  43.04",
        "2  西城区  19  49.2  23.06  46.87",
        "3  新区  13  18.22  9.12  50.05",
    ])
    frame = read_report(text)
    assert frame["task"].tolist() == ["东城区", "西城区", "新区"]


# A table of figures whose rate cells may say in words that the whole is reached (全部开工): the
# line is a data line (全国 2022-05's row 1, and the spaced_done_words copies of the development
# tables of figures). Each line its own case: (line, a data line).
FIGURE_WORD_LINES = [
    ("1 北山县 3698 3698 全部开工 53.00 53.25 全部开工", True),
    ("东城区 40.5 40.5 全部完成", True),
    ("2 西城区 22 22 已完成 8 3 37.5%", True),
    ("南湖区 12 已竣工", False),  # as many words as figures
    ("北山县 全部开工 全部开工", False),  # no figure
    ("北山县 3698 全部开工了 53.00", False),  # not a word of the list: a sentence's part
    ("北山县 3698 进展顺利 53.00", False),  # a status of pace is no figure
]


@pytest.mark.parametrize(("line", "data"), FIGURE_WORD_LINES, ids=[x for x, _ in FIGURE_WORD_LINES])
def test_a_word_in_a_figure_cell(line: str, data: bool) -> None:
    assert (_data_cells(line) is not None) is data


@pytest.mark.parametrize("word", list(layout_words("figure_word")))
def test_every_figure_word_makes_a_data_line(word: str) -> None:
    assert _data_cells(f"东城区 40.5 40.5 {word} 12 6") is not None


# Words spread over their cells: a short name padded to the others' width (渠 县 beside 达川区)
# and header words (序 号, 单 位). Each line its own case: (line, its parts).
SPREAD = [
    ("渠 县  12.4%  31.3  20.9", ["渠县", "12.4%", "31.3", "20.9"]),
    ("渠 县 12.4% 31.3 20.9", ["渠县", "12.4%", "31.3", "20.9"]),
    ("序 号  市 州  计划完成数  开工率", ["序号", "市州", "计划完成数", "开工率"]),
    ("单 位  完 成 率", ["单位", "完成率"]),
    ("3  达川区  13.4%", ["3", "达川区", "13.4%"]),  # no single character: as it is
    ("东城区 % 7.2", ["东城区", "%", "7.2"]),  # a unit sign is no word's character
    ("东 区  西 区", ["东区", "西区"]),  # wide gaps part two spread names
]


@pytest.mark.parametrize(("line", "parts"), SPREAD, ids=[x for x, _ in SPREAD])
def test_a_word_spread_over_its_cell_is_one_part(line: str, parts: list[str]) -> None:
    assert _tokens(line) == parts


def test_a_padded_name_reads_as_its_row() -> None:
    text = "\n".join(["2018年1-7月各县(市、区)固定资产投资完成情况表",
                      "县(市、区)  年度投资计划  1-7月完成投资  完成率",
                      "通川区  59.4  35.9  60.4%", "渠 县  31.3  16.9  54.0%",
                      "万源市  34  15.1  44.4%"])
    frame = read_report(text)
    assert frame["task"].tolist() == ["通川区", "渠县", "万源市"]
    assert frame["actual_text"].tolist() == ["35.9", "16.9", "15.1"]


# A line of figures ending with text cells (a 责任单位 or 进展情况 column at the table's end): a
# data line when two figures or more stand before them. Each line its own case.
TEXT_TAIL_LINES = [
    ("东城区 40.5 31.2 77.0% 正常推进", True),
    ("2 东城区 40.5 31.2 77.0% 区发改委 正常推进", True),
    ("东城区 40.5 区发改委", False),  # one figure: a label and a word or two, not a table's row
    ("东城区 40.5 31.2 区发改委 区住建局 正常推进", False),  # three cells of words
    ("新增就业 1.2 万人 完成 目标", False),  # a sentence spaced out: one figure
]


@pytest.mark.parametrize(("line", "data"), TEXT_TAIL_LINES, ids=[x for x, _ in TEXT_TAIL_LINES])
def test_a_line_of_figures_ending_in_words(line: str, data: bool) -> None:
    assert (_data_cells(line) is not None) is data


def test_a_table_of_figures_with_an_owner_column_reads_its_rows() -> None:
    text = "\n".join(["2019年1-9月各县市区投资完成情况", "单位:亿元",
                      "县市区 年度计划 1-9月完成 完成率 责任单位",
                      "东城区 40.5 31.2 77.0% 东城区政府", "西城区 22.0 15.4 70.0% 西城区政府",
                      "北山县 18.4 11.0 59.8% 北山县政府"])
    frame = read_report(text)
    assert frame["task"].tolist() == ["东城区", "西城区", "北山县"]
    assert frame["actual_text"].tolist() == ["31.2", "15.4", "11.0"]
    assert [list(u) for u in frame["units"]] == [["东城区政府"], ["西城区政府"], ["北山县政府"]]
