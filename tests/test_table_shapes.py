"""Table shapes of the eighth collection, written as small tables in our own words.

Each shape was met in a development document (data/corpus/README.md, the eighth collection):
a label column headed by a group word (项目类别) with the data month only in a figure column's
header (重庆 铜梁区's pipe table); a flattened table whose header is one cell short of its rows
(an unnamed 序号, a total row first without one; 云浮); an assessment table flattened one cell
per line whose rows lost their merged cells (项目 | 分值 | 目标任务 | 监考单位; 德阳 旌阳区). The
tables below are made up; none is a copy of those documents.
"""

from __future__ import annotations

import pytest

from zqmetrics.read.columns import header_column, header_lexicon, whole_cell_lexicon
from zqmetrics.read.reader import read_report

# Header words (data/headers.tsv, data/header_cells.tsv). One case a row.
HEADER_WORDS = [
    ("项目", "task"),  # alone: the item column of an assessment or statistics table
    ("项 目", "task"),  # a copy keeps the space that spread it over its cell
    ("地区", "task"),
    ("单位名称", "task"),
    ("项目数量", None),  # counts projects: 项目 is no task word inside a longer header
    ("重点项目个数", None),
    ("地区生产总值", None),  # an indicator, not the places column
    ("分值", "weight"),
    ("分值(分)", "weight"),
    ("权重", "weight"),
    ("监考单位", "units"),  # an owner, though it ends in 单位 like a unit-of-measure header
    ("考核单位", "units"),
    ("考核部门", "units"),
    ("主管单位", "units"),  # the office in charge, not a unit of measure
    ("主管部门", "units"),
    ("牵头处室", "units"),
    ("责任处室", "units"),
    ("累计投资金额(亿元)", "actual"),
    ("累计投资", "actual"),
    ("完成年度百分比(%)", "ratio"),  # a share, though 完成 stands inside it
    ("完成年度百分比", "ratio"),
    ("投资完成百分比(%)", "ratio"),
    # Reader pass 6 (全国 2022-05 and 2023-09, tables by province).
    ("省份", "task"),  # alone: the places column of a table by province
    ("省份数", None),
    ("新开工小区数(个)", "actual"),  # the newly started: what a 开工 programme reports
    ("新开工项目数", "actual"),
    ("计划新开工数", "target"),  # the plan of it
    ("新开工率", "ratio"),
]


@pytest.mark.parametrize(("cell", "role"), HEADER_WORDS, ids=[c for c, _ in HEADER_WORDS])
def test_header_word(cell: str, role: str | None) -> None:
    assert header_column(cell) == role


def test_whole_cell_words_are_not_also_looked_for_inside_headers() -> None:
    assert whole_cell_lexicon()
    assert not set(whole_cell_lexicon()) & set(header_lexicon())


# A pipe table by project category: the label column is headed 项目类别 (a group word) and no
# column is headed as the task; the month of the figures is only in the actual column's header.
BY_CATEGORY = """2023年重点项目分类推进情况表
单位:亿元
项目类别 | 项目个数 | 2023年度 计划投资 | 1-6月 完成投资 | 完成率 |
合计 | 120 | 300.50 | 160.20 | 53.31% |
工业项目 | 50 | 150.00 | 90.00 | 60.00% |
城建项目 | 40 | 100.50 | 45.20 | 44.98% |
社会事业项目 | 30 | 50.00 | 25.00 | 50.00% |
"""

# The same table with a broader group column before it, filled on its groups' first rows.
BY_CATEGORY_GROUPED = """2023年重点项目分类推进情况表
类别 | 项目类别 | 项目个数 | 年度计划投资 | 1-6月完成投资 | 完成率 |
总计 | 合计 | 120 | 300.50 | 160.20 | 53.31% |
产业 | 工业项目 | 50 | 150.00 | 90.00 | 60.00% |
城建项目 | 40 | 100.50 | 45.20 | 44.98% |
民生 | 社会事业项目 | 30 | 50.00 | 25.00 | 50.00% |
"""

CATEGORIES = ["合计", "工业项目", "城建项目", "社会事业项目"]


def test_a_group_word_over_the_only_label_column_heads_the_tasks() -> None:
    df = read_report(BY_CATEGORY)
    assert df["task"].tolist() == CATEGORIES
    assert df["target_text"].tolist() == ["300.50", "150.00", "100.50", "50.00"]
    assert df["ratio_text"].tolist() == ["53.31%", "60.00%", "44.98%", "50.00%"]
    assert any("项目类别" in w and "task" in w for w in df.attrs["warnings"])


def test_of_two_group_columns_the_finer_one_names_the_rows() -> None:
    df = read_report(BY_CATEGORY_GROUPED)
    assert df["task"].tolist() == CATEGORIES


def test_the_actual_header_gives_the_month_when_the_text_gives_a_year_only() -> None:
    df = read_report(BY_CATEGORY)
    assert df.attrs["period"] == "2023-06"
    assert any("1-6月" in w for w in df.attrs["warnings"])


def test_a_stated_period_is_not_overruled_by_a_header() -> None:
    text = BY_CATEGORY.replace("2023年重点项目", "2023年上半年重点项目").replace("1-6月", "1-5月")
    assert read_report(text).attrs["period"] == "2023H1"


def test_a_plan_header_gives_no_month() -> None:
    text = BY_CATEGORY.replace("1-6月 完成投资", "累计完成投资")
    assert read_report(text).attrs["period"] == "2023"


# Flattened one cell per line: the header names no 序号, the rows open with their number, the
# total row comes first without one, and a last column of no role (本月新增) follows the ratio.
NUMBERED_FLAT = """某市2019年重点项目建设进展通报
1至6月,全市重点项目完成年度计划的52.0%。
地区
项目个数
年度计划投资(亿元)
累计投资金额(亿元)
完成率(%)
本月新增投资(亿元)
全市
60
150.0
78.0
52.0
9.5
1
东城区
20
60.0
33.0
55.0
3.1
2
西城区
25
50.0
26.0
52.0
4.2
3
南山县
15
40.0
19.0
47.5
2.2
"""


def test_a_numbered_flattened_table_keeps_its_total_row_and_last_column() -> None:
    df = read_report(NUMBERED_FLAT)
    assert df.attrs["layout"] == "paragraph_table"
    assert df["task"].tolist() == ["全市", "东城区", "西城区", "南山县"]
    assert df["target_text"].tolist() == ["150.0", "60.0", "50.0", "40.0"]
    assert df["actual_text"].tolist() == ["78.0", "33.0", "26.0", "19.0"]
    assert df["ratio_text"].tolist() == ["52.0", "55.0", "52.0", "47.5"]
    assert any("before row 1" in w for w in df.attrs["warnings"])


def test_a_text_ending_on_a_row_number_reads_no_empty_row() -> None:
    df = read_report(NUMBERED_FLAT + "4\n")
    assert df["task"].tolist() == ["全市", "东城区", "西城区", "南山县"]
    assert any("ends on row number" in w for w in df.attrs["warnings"])


# An assessment table flattened one cell per line: rows of 2 to 4 cells (the merged target and
# owner cells kept on their first row only), section names on lines of their own, and scores
# (分值 3, 2, 1 …) that make a short run 1, 2 without being row numbers.
ASSESSMENT = """附件
某区2020年度目标任务分解表
项 目
分值
目标任务
考核单位
经济发展
地区生产总值增速
3
7.5
区发改局区统计局
规上工业增加值增速
3
一般公共预算收入
2
12.6
区财政局
固定资产投资
1
年终按全市平均水平考核
社会民生
城镇新增就业
2
4200
区人社局
城镇登记失业率
1
低于 4
新建养老服务中心
1
3
区民政局
"""

ASSESSMENT_TASKS = ["地区生产总值增速", "规上工业增加值增速", "一般公共预算收入", "固定资产投资",
                    "城镇新增就业", "城镇登记失业率", "新建养老服务中心"]


def test_an_assessment_table_reads_a_row_per_indicator() -> None:
    df = read_report(ASSESSMENT)
    assert df.attrs["layout"] == "paragraph_table"
    assert df["task"].tolist() == ASSESSMENT_TASKS
    # A score is a weight, never a target; rows that lost their target or owner keep none.
    assert df["target_text"].tolist() == ["7.5", None, "12.6", "年终按全市平均水平考核", "4200",
                                          "低于 4", "3"]
    assert [u for u in df["units"]] == [["区发改局区统计局"], [], ["区财政局"], [], ["区人社局"],
                                        [], ["区民政局"]]
    assert df["roles"][0]["weight"] == "分值"
    # The scores are no 序号: the rows keep their own order.
    assert df["seq"].tolist() == [str(k) for k in range(1, 8)]


def test_section_names_across_an_assessment_table_are_no_rows() -> None:
    df = read_report(ASSESSMENT)
    assert not {"经济发展", "社会民生"} & set(df["task"])
    assert not any("经济发展" in "".join(u) or "社会民生" in "".join(u) for u in df["units"])
    assert any("section labels" in w and "经济发展" in w for w in df.attrs["warnings"])


# The same table as a pipe table whose header lost its 序号 cell (one cell short of its rows),
# and as one whose 序号 header cell is there but empty.
SEQ_UNNAMED = """某市2019年1-6月重点项目建设进展情况
地区 | 项目个数 | 年度计划投资(亿元) | 累计投资金额(亿元) | 完成率(%) |
全市 | 60 | 150.0 | 78.0 | 52.0% |
1 | 东城区 | 20 | 60.0 | 33.0 | 55.0% |
2 | 西城区 | 25 | 50.0 | 26.0 | 52.0% |
3 | 南山县 | 15 | 40.0 | 19.0 | 47.5% |
"""


@pytest.mark.parametrize("text", [SEQ_UNNAMED, SEQ_UNNAMED.replace("\n地区", "\n | 地区")],
                         ids=["header-one-cell-short", "empty-header-cell"])
def test_rows_numbered_under_a_header_without_seq(text: str) -> None:
    df = read_report(text)
    assert df["task"].tolist() == ["全市", "东城区", "西城区", "南山县"]
    assert df["target_text"].tolist() == ["150.0", "60.0", "50.0", "40.0"]
    assert df["ratio_text"].tolist() == ["52.0%", "55.0%", "52.0%", "47.5%"]
    # No row is short of cells: each figure stands under its own header.
    assert not any("cells, expected" in (i or "") for i in df["read_issue"])
    assert any("序号" in w for w in df.attrs["warnings"])


def test_numbers_in_a_named_column_are_no_unnamed_seq() -> None:
    text = SEQ_UNNAMED.replace("地区 |", "序号 | 地区 |").replace("全市 |", " | 全市 |")
    df = read_report(text)
    assert df["task"].tolist() == ["全市", "东城区", "西城区", "南山县"]
    assert not any("unnamed 序号" in w for w in df.attrs["warnings"])
