"""Wide tables whose rows carry several target/actual/ratio sets (开工 | 投资 side by side; an
annual plan beside a period plan): a target per set, each set's figures aligned to its own target.

The example tables are written one row per line; each layout is its own case.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from zqmetrics import assess, extract, read_report
from zqmetrics.read.grid import Raw
from zqmetrics.read.wide import role_sets

# Two sets: 计划开工 | 累计开工 | 开工率, then 计划投资 | 完成投资 | 投资完成率 (万元).
PIPE = "\n".join([
    "2021年1-8月各区老旧小区改造进度表",
    "序号 | 区 | 计划开工数 | 累计开工数 | 开工率 | 计划投资额(万元) | 累计完成投资额(万元) | 投资完成率 |",
    "1 | 东区 | 40 | 36 | 90% | 8000 | 2000 | 25% |",
    "2 | 西区 | 30 | 27 | 90% | 6000 | 4800 | 80% |",
    "3 | 北区 | 20 | 10 | 50% | 5000 | 4000 | 80% |",
])

SPACED = "\n".join([
    "2021年1-8月各区老旧小区改造进度表",
    "区 计划开工数 累计开工数 开工率 计划投资额(万元) 累计完成投资额(万元) 投资完成率",
    "东区 40 36 90% 8000 2000 25%",
    "西区 30 27 90% 6000 4800 80%",
    "北区 20 10 50% 5000 4000 80%",
])

# Every cell its own paragraph, the paragraphs parted by blank lines.
PARAGRAPH = "\n\n".join([
    "2021年1-8月各区老旧小区改造进度表",
    "序号", "区", "计划开工数", "累计开工数", "开工率", "计划投资额(万元)", "累计完成投资额(万元)", "投资完成率",
    "1", "东区", "40", "36", "90%", "8000", "2000", "25%",
    "2", "西区", "30", "27", "90%", "6000", "4800", "80%",
    "3", "北区", "20", "10", "50%", "5000", "4000", "80%",
])

LAYOUTS = [("pipe_table", PIPE), ("spaced_table", SPACED), ("paragraph_table", PARAGRAPH)]


@pytest.mark.parametrize(("layout", "text"), LAYOUTS, ids=[name for name, _ in LAYOUTS])
def test_each_set_gives_its_target_and_its_figures(layout: str, text: str) -> None:
    frame = read_report(text)
    assert frame.attrs["layout"] == layout and len(frame) == 3
    row = extract(frame).iloc[0]
    # The first set stays in the cells; both sets are in the row's sets.
    assert row["target_text"] == "40" and row["actual_text"] == "36" and row["ratio_text"] == "90%"
    assert [s["target"] for s in row["sets"]] == ["40", "8000"]
    targets = [(t.metric, t.quantity.amount, t.source) for t in row["targets"]]
    assert targets == [("计划开工数", Decimal("40"), "target_column"),
                       ("计划投资额", Decimal("8000") * 10_000, "target_column")]
    actuals = sorted((a.target_index, a.stated, a.quantity.amount) for a in row["actuals"])
    assert actuals == [(0, False, Decimal("36")), (0, True, Decimal("90")),
                       (1, False, Decimal("2000") * 10_000), (1, True, Decimal("25"))]


@pytest.mark.parametrize(("layout", "text"), LAYOUTS, ids=[name for name, _ in LAYOUTS])
def test_the_worst_set_decides_the_status(layout: str, text: str) -> None:
    # 东区 started 90% of its works (ahead of 8/12) but spent 25% of its money: behind.
    # 西区 is ahead on both.
    assessed = assess(extract(read_report(text)))
    east, west = assessed.iloc[0]["status"], assessed.iloc[1]["status"]
    assert east in ("lagging", "at_risk") and west == "on_track"


# An annual plan beside a period plan, one actual after both, and a ratio of the period plan.
PERIOD_PLAN = "\n".join([
    "2018年1-7月各县重点项目完成情况表",
    "单位:亿元",
    "县区 年度投资计划 前三季度投资计划 1-7月完成投资 完成前三季度目标任务占比",
    "东县 50.0 40.0 30.0 75.0%",
    "西县 20.0 15.0 12.0 80.0%",
    "南县 30.0 24.0 12.0 50.0%",
])


def test_a_period_plan_beside_the_annual_is_a_milestone() -> None:
    # Was: the period plan a second target sharing the actual. The conventions' second round
    # (item 4; statements pass 13, extraction/milestones.py) make a part-year plan beside the
    # year's a milestone: one target, the amount done measures it, the ratio of the period plan
    # measures no written target.
    row = extract(read_report(PERIOD_PLAN)).iloc[0]
    assert [t.quantity.amount for t in row["targets"]] == [Decimal("5000000000")]
    actuals = sorted(((a.target_index, a.stated, a.quantity.amount) for a in row["actuals"]),
                     key=lambda x: (x[0] is None, x))
    assert actuals == [(0, False, Decimal("3000000000")), (None, True, Decimal("75.0"))]


ONE_SET = [
    # (name, roles, headers, a row's cells)
    ("target, actual, ratio", ["task", "target", "actual", "ratio"],
     ["指标", "年度目标", "1-8月完成", "完成率"], ("新增就业", "5000", "4100", "82%")),
    ("two actuals by period", ["task", "target", "actual", "actual", "ratio"],
     ["指标", "年度目标", "1-7月", "1-8月", "完成率"], ("新增就业", "5000", "3600", "4100", "82%")),
    ("a text target before the figures", ["task", "target", "target", "actual"],
     ["项目名称", "建设内容", "年度目标", "1-8月完成"],
     ("新建项目", "新建厂房一座及配套道路", "5000", "4100")),
    ("a text plan named by a part of the year", ["task", "target", "actual", "plan"],
     ["指标", "年度目标", "1-8月完成", "下半年工作计划"],
     ("新增就业", "5000", "4100", "加快推进招聘活动的组织和服务")),
]


@pytest.mark.parametrize(("roles", "headers", "cells"), [c[1:] for c in ONE_SET],
                         ids=[c[0] for c in ONE_SET])
def test_one_set_is_no_sets(roles: list[str], headers: list[str], cells: tuple[str, ...]) -> None:
    rows = [Raw(cells, None)] * 3
    assert role_sets(roles, headers, rows) == []


def test_two_sets_are_found_left_to_right() -> None:
    roles = ["seq", "task", "target", "actual", "ratio", "target", "actual", "ratio"]
    rows = [Raw(("1", "东区", "40", "36", "90%", "8000", "2000", "25%"), None)] * 3
    assert role_sets(roles, [""] * 8, rows) == [{"target": 2, "actual": 3, "ratio": 4},
                                                {"target": 5, "actual": 6, "ratio": 7}]


# One header word set repeated under two group headings (merged cells over three columns each).
GROUPED = "\n".join([
    "2021年1-8月各项目进度表",
    "序号 | 项目名称 | 开工情况 | | | 投资情况 | | |",
    " | | 年度目标 | 1-8月完成 | 完成率 | 年度目标 | 1-8月完成 | 完成率 |",
    "1 | 东区改造 | 40 | 36 | 90% | 8000 | 2000 | 25% |",
    "2 | 西区改造 | 30 | 27 | 90% | 6000 | 4800 | 80% |",
    "3 | 北区改造 | 20 | 10 | 50% | 5000 | 4000 | 80% |",
])


def test_a_group_heading_names_its_set() -> None:
    row = extract(read_report(GROUPED)).iloc[0]
    assert [(t.metric, t.quantity.amount) for t in row["targets"]] == [
        ("开工情况", Decimal("40")), ("投资情况", Decimal("8000"))]
    assert sorted((a.target_index, a.quantity.amount) for a in row["actuals"]) == [
        (0, Decimal("36")), (0, Decimal("90")), (1, Decimal("25")), (1, Decimal("2000"))]
