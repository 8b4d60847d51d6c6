"""A rate a standard of payment sets is no target and no actual (statements pass 18).

``按1500元/人标准发放求职创业补贴`` (a target cell of shexian-2024-09) and ``市级财政按照2200元/户标准进行补贴``
(a running text, dongying-2017-fy): the money is the rate each person or household is paid at,
neither the year's goal nor an amount done (second round, item 11). A figure opened by a word of
``cues.tsv`` standard_by (按, 按照), a few words between at most, and closed by its word of
standard (标准, after the rest of a per-unit rate or 的) is read as such a rate. A standard a task
raises (``提高到600元/月``) or a count paid under one (``按标准发放补贴1500人``) stays what it was. Each
case is one made-up row or cell.
"""

from __future__ import annotations

import pytest

import zqmetrics.extraction.figures as figures
from zqmetrics.extraction.columns import column_targets
from zqmetrics.extraction.rows import extract_row
from zqmetrics.text import lexicon


def _read(task: str, progress: str) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    targets, actuals, _, issue = extract_row(task, progress, 2024, row={"layout": "prose"})
    assert issue is None
    return ([(float(t.quantity.amount), t.unit) for t in targets],
            [(float(a.quantity.amount), a.unit) for a in actuals])


# (task, progress, the rate of a standard: neither a target nor an actual of the row)
STANDARDS = [
    ("支持毕业生求职创业", "按1500元/人标准发放求职创业补贴,已发放320人", (1500, "元/人")),
    ("农村清洁取暖改造", "完成改造5000户,市级财政按照2200元/户标准进行补贴", (2200, "元")),
    ("按1500元/人标准发放求职创业补贴", "已发放320人", (1500, "元/人")),
    ("散居老年人补助", "按照每人每月200元的标准发放,共发放补助资金153万元", (200, "元")),
]


@pytest.mark.parametrize(("task", "progress", "rate"), STANDARDS)
def test_a_standard_rate_is_neither_target_nor_actual(task: str, progress: str,
                                                      rate: tuple[float, str]) -> None:
    targets, actuals = _read(task, progress)
    assert actuals  # the figure done stays
    assert rate not in targets
    assert rate not in actuals


# (task, progress, a figure that stays a target or an actual): no standard closes it, or the
# standard is what the task raises
NOT_STANDARDS = [
    ("城乡低保标准提高到600元/月", "已提高到600元/月", (600, "元/月")),
    ("按标准发放补贴1500人", "已发放1320人", (1500, "人")),
    ("按计划完成改造1500户", "已完成1320户", (1500, "户")),
    ("发放求职创业补贴1500人", "按时发放1320人", (1500, "人")),
]


@pytest.mark.parametrize(("task", "progress", "target"), NOT_STANDARDS)
def test_a_figure_no_standard_closes_stays(task: str, progress: str,
                                           target: tuple[float, str]) -> None:
    targets, _ = _read(task, progress)
    assert target in targets


# (target cell, the row's target read from it, or None)
CELLS = [
    ("按1500元/人标准发放求职创业补贴", None),
    ("按照2200元/户标准进行补贴", None),
    ("城镇新增就业2450人", (2450, "人")),
    ("培训家政服务人员1185人次", (1185, "人次")),
]


@pytest.mark.parametrize(("cell", "target"), CELLS)
def test_a_target_cell_setting_a_standard_sets_no_target(cell: str,
                                                         target: tuple[float, str] | None) -> None:
    got = [(float(t.quantity.amount), t.unit) for t in column_targets({"target_text": cell})]
    assert got == ([target] if target else [])


def test_the_switch_restores_the_old_reading() -> None:
    figures.STANDARDS = False
    lexicon.use(lexicon.current())
    try:
        targets, _ = _read("按1500元/人标准发放求职创业补贴", "已发放320人")
        assert (1500, "元/人") in targets
    finally:
        figures.STANDARDS = True
        lexicon.use(lexicon.current())


# A rate reached with no date of its own is a level as it stands (statements pass 18): the
# corpus's conventions keep a level `snapshot`; a stated completion and a dated rate keep theirs.
# (progress, the rate, its period)
LEVEL_RATES = [
    ("村庄垃圾桶覆盖率达到95%", 95, "snapshot"),
    ("集中供养率达到50%以上", 50, "snapshot"),
    ("全区垃圾分类覆盖率达到100%", 100, "snapshot"),
    ("新生儿筛查率达到99.5%", 99.5, "snapshot"),
    ("公办幼儿园在园幼儿占比、普惠性幼儿园覆盖率分别达到57%、89%", 89, "snapshot"),
    ("战略性新兴产业增加值占规上工业增加值比重为46.3%", 46.3, "snapshot"),
    ("垃圾减量率可以达到25%", 25, "snapshot"),
    ("1-6月,全市新增就业5000人,完成年度目标的50%", 50, "ytd"),
    ("截至9月底,项目开工率达到90%", 90, "ytd"),
    ("已完成投资6亿元,占年度计划的60%", 60, "ytd"),
]


@pytest.mark.parametrize(("progress", "value", "period"), LEVEL_RATES)
def test_a_rate_with_no_date_is_a_level(progress: str, value: float, period: str) -> None:
    _, actuals, _, issue = extract_row("民生工程", progress, 2020, row={"layout": "prose"})
    assert issue is None
    got = {float(a.quantity.amount): a.period for a in actuals if a.unit == "%"}
    assert got[value] == period


# An action word that names the kind of project (重大建设项目: cues.tsv kind_noun) makes no count
# of a planned list a goal (statements pass 18; shenzhen-baoan-2012-05, nanchang-2023-10): the count
# is the list's size beside the planned money. A step's project (新开工项目, 新建项目) and a count
# an action verb sets (实施…建设项目100个) keep theirs. (task, the targets read as (value, unit))
KIND_NOUNS = [
    ("2012年全区共安排重大建设项目43个,年度投资39.2亿元", [(3920000000.0, "元")]),
    ("城市建设项目16个,年度计划投资52亿元", [(5200000000.0, "元")]),
    ("计划实施重点建设项目100个,年度计划投资300亿元", [(100.0, "个"), (30000000000.0, "元")]),
    ("新开工项目20个,年度计划投资160亿元", [(20.0, "个"), (16000000000.0, "元")]),
    ("新建项目共185个,年度计划投资80亿元", [(185.0, "个"), (8000000000.0, "元")]),
]


@pytest.mark.parametrize(("task", "kept"), KIND_NOUNS)
def test_a_kind_of_project_is_no_verb(task: str, kept: list[tuple[float, str]]) -> None:
    targets, _, _, issue = extract_row(task, "", 2021)
    assert issue is None
    assert [(float(t.quantity.amount), t.unit) for t in targets] == kept


# A change against another period before a progress's opening stated ratio is passed over
# (statements pass 18; yulin-xingye-2016-08, xinjiang-2022-08): the task's last figure is then what
# the ratio is of, an achievement, not a target. (task, progress, the task's figure is a target)
CHANGE_BEFORE_RATIO = [
    ("全社会固定资产投资总额106亿元", "同比增长21.7%;完成全年任务的69.3%", False),
    ("等80个重点项目", "实现新开工建设,较去年同期增加7个,开工率实现100%", False),
    ("全社会固定资产投资总额106亿元", "完成全年任务的69.3%", False),
    # a change with no stated ratio after it: the task's figure stays the target
    ("全社会固定资产投资总额106亿元", "同比增长21.7%", True),
    # a figure done before the ratio: the ratio is of it, the task's figure stays the target
    ("全社会固定资产投资总额106亿元", "同比增长21.7%;已完成投资80亿元,完成全年任务的75.5%", True),
]


@pytest.mark.parametrize(("task", "progress", "target"), CHANGE_BEFORE_RATIO)
def test_a_change_before_an_opening_ratio_is_passed_over(task: str, progress: str, target: bool) -> None:
    targets, actuals, _, issue = extract_row(task, progress, 2016, row={"layout": "numbered_items"})
    assert issue is None
    written = [t for t in targets if t.source == "task"]
    assert bool(written) == target
    if not target:
        assert any("task" in a.cues for a in actuals)
