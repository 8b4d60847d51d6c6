"""Table forms of the ninth collection, written as small tables in our own words.

Each form was met in a development document (data/corpus/README.md, the ninth collection): the
strict vertical pipe (every cell on its own line, then a line holding only ``|``) of a table by
province whose rate cells may say 全部开工 instead of a share (全国 2023 1—9月份; the same words in
the space-separated table of 全国 2022 截至5月末); a table by 性质 whose figure columns hold the
funds that arrived beside the investment done and a share headed …的比例(%) (黔西南州 2020 1-6月).
The tables below are made up; none is a copy of those documents.
"""

from __future__ import annotations

import pytest

from zqmetrics.read.columns import header_column
from zqmetrics.read.flatcells import vertical_cells
from zqmetrics.read.layouts import table_of
from zqmetrics.read.reader import read_report

# Header words (data/headers.tsv, data/header_cells.tsv). One case a row.
HEADER_WORDS = [
    ("省份", "task"),  # the rows of a table by province are the provinces
    ("区县", "task"),
    ("县区", "task"),
    ("市州", "task"),
    ("市 州", "task"),
    ("县(市、区)", "task"),  # the bracketed kinds fold away: 县
    ("县(市)、新区", "task"),
    ("縣(市)、新區", "task"),  # traditional characters fold to the same word
    ("新开工小区数(个)", "actual"),  # a count of what has been started
    ("新开工项目数", "actual"),
    ("计划新开工小区数", "target"),  # the same count planned
    ("累计到位资金(万元)", None),  # funds that arrived: never the actual
    ("1-6月底累计到位资金(万元)", None),  # a period before it does not make it the actual
    ("1-6月底累计完成投资(万元)", "actual"),
    ("完成投资占年度投资目标的比例(%)", "ratio"),  # a share, though 目标 stands inside it
    ("完成年度投资目标比例(%)", "ratio"),
    ("省份数量", None),  # a place word names the rows only as the whole cell
]


@pytest.mark.parametrize(("cell", "role"), HEADER_WORDS, ids=[c for c, _ in HEADER_WORDS])
def test_header_word(cell: str, role: str | None) -> None:
    assert header_column(cell) == role


def _strict(cells: list[str]) -> str:
    return "\n".join(line for c in cells for line in ([c, "|"] if c else ["|"]))


PROVINCES = ["甲省", "乙省", "丙省", "丁省"]
# A table by province in the strict vertical pipe form, its title and date one-cell bars above
# the header, two rate cells saying 全部开工, a total row without a number.
STRICT = ("某项改造工程2024年1-6月进展情况\n根据各地上报数据,上半年全国新开工改造1720个。\n"
          + _strict(["2024年各省份改造进展情况", "(截至2024年6月末)",
                     "序号", "省份", "新开工小区数(个)", "开工率",
                     "1", "甲省", "500", "全部开工",
                     "2", "乙省", "620", "全部开工",
                     "3", "丙省", "400", "88.5%",
                     "4", "丁省", "200", "61.0%",
                     "", "合计", "1720", "91.2%"])
          + "\n来源:某部门网站\n")


def test_the_strict_form_is_a_vertical_pipe_and_a_few_bars_are_not() -> None:
    found = table_of(STRICT, "strict")
    assert found is not None and found[1] == "vertical_pipe"
    # A page's menu between bars (首页 | 新闻 | …) over an article is no table.
    menu = "\n".join(line for w in ["首页", "新闻", "政务", "服务"] for line in (w, "|"))
    assert table_of(menu + "\n1-6月,全市完成投资30亿元,占年度计划的55%。", "menu") is None


def test_strict_cells_leave_no_bar_inside_a_cell() -> None:
    cells = [c.text for c in vertical_cells(STRICT.split("\n"))]
    assert not any("|" in c for c in cells)
    assert cells[:3] == ["某项改造工程2024年1-6月进展情况",
                         "根据各地上报数据,上半年全国新开工改造1720个。", "2024年各省份改造进展情况"]
    assert cells[-1] == "来源:某部门网站"


def test_a_table_by_province_in_the_strict_form_reads_a_row_per_province() -> None:
    df = read_report(STRICT)
    assert df["task"].tolist() == [*PROVINCES, "合计"]
    assert df["actual_text"].tolist() == ["500", "620", "400", "200", "1720"]
    assert df["ratio_text"].tolist()[:4] == ["全部开工", "全部开工", "88.5%", "61.0%"]
    assert set(df["layout"]) == {"vertical_pipe"}


def test_a_rate_cell_saying_all_started_is_the_rows_verdict() -> None:
    from zqmetrics import assess

    out = assess(read_report(STRICT))
    assert [v and v["status"] for v in out["verdict"].tolist()[:2]] == ["done", "done"]
    assert out["status"].tolist()[:2] == ["done", "done"]


# The same words in a space-separated table (a plan, the count started and the rate).
SPACED = """2024年各省份改造进展情况(截至2024年5月末)
序号 省份 计划任务数 开工数 开工率
1 甲省 300 300 全部开工
2 乙省 400 310 77.5%
3 丙省 250 120 48.0%
4 丁省 150 90 60.0%
"""


def test_a_rate_cell_in_words_keeps_its_row_in_a_spaced_table() -> None:
    df = read_report(SPACED)
    assert df["task"].tolist() == PROVINCES
    assert df["layout"].iloc[0] == "spaced_table"


# A table by 性质 (new, continued, finishing projects) in the looser vertical pipe form: the
# funds that arrived stand between the target and the investment done.
FUNDS = """表2:
性 质 |
年度投资目标(万元) |
1-6月底累计到位资金(万元) |
1-6月底累计完成投资(万元) |
完成投资占年度投资目标的比例(%) |
新建项目 |
200000 |
90000 |
95000 |
47.50% |
续建项目 |
500000 |
300000 |
280000 |
56.00% |
收尾项目 |
100000 |
99000 |
98000 |
98.00% |
合计 |
800000 |
489000 |
473000 |
59.13% |
"""


def test_funds_that_arrived_are_not_the_actual_and_the_share_is_the_ratio() -> None:
    df = read_report(FUNDS)
    assert df["task"].tolist() == ["新建项目", "续建项目", "收尾项目", "合计"]
    assert df["actual_text"].tolist() == ["95000", "280000", "98000", "473000"]
    assert df["ratio_text"].tolist() == ["47.50%", "56.00%", "98.00%", "59.13%"]


@pytest.mark.parametrize(("cell", "status"), [("全部开工", "done"), ("88.5%", None), ("", None)])
def test_a_rate_cell_in_words_is_read_as_a_status_cell(cell: str, status: str | None) -> None:
    from zqmetrics.judge.verdicts import cell_verdict

    found = cell_verdict(cell)
    assert (found and found["status"]) == status
