"""A running text's line that only reports a result is no target (statements pass 15).

A report's list of work done is read one line a row, the line in the task cell with no progress
cell (conventions: "a line that is only a result … is the task cell"): ``完成燃气管网改造128公里``
under ``新增完成的16项具体工作包括:`` is what was done, not a goal. A task cell's ``完成…`` is as often
a goal, so the report around the line decides (``extraction/results.py``): a heading saying the
work is done or on pace, or lines before it that report results; a line holding a goal word, a
heading saying the work lags, or a progress figure measuring the line keep it a target. Each case
is one made-up row, or a made-up run of rows of one running text.
"""

from __future__ import annotations

from typing import Any

import pytest

import zqmetrics.extraction.results as results
from zqmetrics.extraction.rows import extract_row, extract_rows
from zqmetrics.text import lexicon
from zqmetrics.text.clauses import parse


def _figures(items: list[Any]) -> list[tuple[float, str]]:
    return [(float(x.quantity.amount), x.unit) for x in items]


def _row(status: str, task: str, progress: str = "", layout: str = "bulletin"
         ) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    targets, actuals, _, issue = extract_row(
        task, progress, 2024, row={"layout": layout, "status_text": status})
    assert issue is None
    return _figures(targets), _figures(actuals)


# (status heading above the line, task, progress, a figure read as a result and not as a target)
UNDER_HEADING = [
    ("达到时序进度", "完成雨污分流改造12公里", "", (12, "公里")),
    ("达到时序进度", "城东片区新建口袋公园5个", "", (5, "个")),
    ("达到时序进度", "滨河路改造工程土方完成35%", "", (35, "%")),
    ("达到时序进度", "帮扶困难群体完成再就业300人,提供公益岗位80个", "", (80, "个")),
    ("已全部完成", "完成农村改厕320户", "", (320, "户")),
    # a progress figure of another unit measures nothing the line sets
    ("达到时序进度", "开工改造老旧小区12个", "共35万平方米", (12, "个")),
]


@pytest.mark.parametrize(("status", "task", "progress", "figure"), UNDER_HEADING)
def test_a_line_under_a_heading_of_progress_reports_a_result(
        status: str, task: str, progress: str, figure: tuple[float, str]) -> None:
    targets, actuals = _row(status, task, progress)
    assert figure in actuals
    assert figure not in targets


# (status heading, task, progress, layout, the figure that stays a target)
STILL_GOALS = [
    # a heading saying the work lags lists goals by name
    ("进展偏慢", "完成低效用地再开发800亩", "", "bulletin", (800, "亩")),
    # a word of the year's aim, a plan word, a requirement
    ("达到时序进度", "全年完成造林1000亩", "", "bulletin", (1000, "亩")),
    ("达到时序进度", "力争完成固定资产投资5亿元", "", "bulletin", (5e8, "元")),
    ("达到时序进度", "计划完成危房改造30户", "", "bulletin", (30, "户")),
    ("达到时序进度", "完成棚户区改造任务50户", "", "bulletin", (50, "户")),
    ("达到时序进度", "新增跨境电商企业20家以上", "", "bulletin", (20, "家")),
    ("达到时序进度", "完成年度植树造林2000亩", "", "bulletin", (2000, "亩")),
    ("达到时序进度", "年内新建充电桩120个", "", "bulletin", (120, "个")),
    # a progress figure of its unit measures it
    ("达到时序进度", "新建口袋公园5个", "已建成3个", "bulletin", (5, "个")),
    # no verb says what was done
    ("达到时序进度", "口袋公园5个", "", "bulletin", (5, "个")),
    # a table's cells are written apart: its task cell sets the goal
    ("达到时序进度", "完成雨污分流改造12公里", "", "pipe_table", (12, "公里")),
]


@pytest.mark.parametrize(("status", "task", "progress", "layout", "figure"), STILL_GOALS)
def test_a_goal_stays_a_target(status: str, task: str, progress: str, layout: str,
                               figure: tuple[float, str]) -> None:
    targets, _ = _row(status, task, progress, layout)
    assert figure in targets


def _run(lines: list[tuple[str, str]]) -> list[tuple[list[tuple[float, str]], list[tuple[float, str]]]]:
    rows = [{"task": t, "progress": p, "layout": "prose"} for t, p in lines]
    out = extract_rows(rows, {"year": 2024})
    assert all(r["extract_issue"] is None for r in out)
    return [(_figures(r["targets"]), _figures(r["actuals"])) for r in out]


# (lines of one running text, the index of the line whose figure is a result, the figure)
AFTER_REPORTS = [
    # after a line the report says is done
    ([("省级为民办实事项目3小项", "已完成"), ("完成农村改厕320户", "")], 1, (320, "户")),
    # after a line announcing a list of work done, through lines with no figure
    ([("三季度", "各部门新增完成的工作包括:"), ("城区道路", "建设完成"),
      ("完成供水管网改造15公里", "")], 2, (15, "公里")),
    # a result line carries the report on to the next
    ([("三季度", "各部门新增完成的工作包括:"), ("完成供水管网改造15公里", ""),
      ("完成燃气管道改造9公里", "")], 2, (9, "公里")),
]


@pytest.mark.parametrize(("lines", "index", "figure"), AFTER_REPORTS)
def test_a_line_after_a_report_of_results_is_a_result(
        lines: list[tuple[str, str]], index: int, figure: tuple[float, str]) -> None:
    targets, actuals = _run(lines)[index]
    assert figure in actuals
    assert figure not in targets


# (lines of one running text, the index of the line whose figure stays a target, the figure)
AFTER_OTHERS = [
    # no report before it
    ([("省级为民办实事项目", "涉及我市21个小项"), ("完成农村改厕320户", "")], 1, (320, "户")),
    # a goal word in the line itself
    ([("省级为民办实事项目3小项", "已完成"), ("全年完成农村改厕500户", "")], 1, (500, "户")),
    # a line setting a goal ends the report
    ([("省级为民办实事项目3小项", "已完成"), ("计划新建公园3个", ""),
      ("完成绿道建设20公里", "")], 2, (20, "公里")),
    # a list announced as lagging lists goals
    ([("三季度", "未按期完成的工作包括:"), ("完成供水管网改造15公里", "")], 1, (15, "公里")),
]


@pytest.mark.parametrize(("lines", "index", "figure"), AFTER_OTHERS)
def test_a_line_after_no_report_stays_a_target(
        lines: list[tuple[str, str]], index: int, figure: tuple[float, str]) -> None:
    targets, _ = _run(lines)[index]
    assert figure in targets


def test_switched_off_the_line_is_a_target() -> None:
    old = results.RESULT_LINES
    results.RESULT_LINES = False
    parse.cache_clear()
    lexicon.use(lexicon.current())
    try:
        targets, actuals = _row("达到时序进度", "完成雨污分流改造12公里")
        assert (12, "公里") in targets
        assert (12, "公里") not in actuals
    finally:
        results.RESULT_LINES = old
        parse.cache_clear()
        lexicon.use(lexicon.current())
