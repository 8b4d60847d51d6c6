"""A part-year target beside the year's is a milestone, not a target (statements pass 13).

The conventions (data/corpus/README.md, second round, item 4; issue 11): a target a quarter, a
half, ``1-N月``, ``前三季度`` or a node (``节点``) names is not a target of the row when the row
also has the year's target, or one naming no period, of the same unit family; when it is the row's
only target it is the target. Its stated ratios measure no written target. Each case is one
made-up row (task, progress), or one header or column set.
"""

from __future__ import annotations

from typing import Any

import pytest

import zqmetrics.extraction.milestones as milestones
from zqmetrics.extraction.milestones import names_part_year
from zqmetrics.extraction.rows import extract_row

# (words, whether they name a target of a part of the year)
WORDS = [
    ("前三季度投资计划", True),
    ("为上半年投資目標(610億元", True),  # a mirrored copy's traditional characters
    ("9月底节点目标", True),
    ("1-6月目标任务", True),
    ("二季度目标", True),
    ("完成前三季度目标任务占比(%)", True),
    ("年度投资计划", False),
    ("年度", False),
    ("上半年完成年度目标", False),  # the year's target, reached in the first half
    ("6月底前完成目标任务", False),  # a deadline, not a part of the year
    ("1-7月完成投资", False),  # a figure's period, no target named
    ("1-12月目标", False),  # the whole year
    ("上半年", False),  # a period alone names no target
]


@pytest.mark.parametrize(("words", "part"), WORDS)
def test_words_naming_a_part_year_target(words: str, part: bool) -> None:
    assert names_part_year(words) is part


def _row(task: str, progress: str) -> tuple[list[Any], list[Any]]:
    targets, actuals, _, issue = extract_row(task, progress, 2020, row={"layout": "prose"})
    assert issue is None
    return targets, actuals


# (task, progress, the row's target values, the stated ratios' target_index)
ROWS = [
    # the half-year target in brackets beside the year's: dropped, its ratio measures none
    ("全州重点项目年计划投资1237.6亿元",
     "累计完成投资691.77亿元,为上半年投资目标(610亿元)的113.39%", [1237.6e8], [None]),
    # the same, the year's ratio first: it keeps the year's target
    ("全州重点项目年计划投资1237.6亿元",
     "累计完成投资691.77亿元,为年度投资目标(1237.6亿元)的55.98%,为上半年投资目标(610亿元)的113.39%",
     [1237.6e8], [0, None]),
    # a half-year plan beside the year's in the task
    ("全年计划投资100亿元,上半年计划投资50亿元", "上半年完成投资55亿元,完成上半年计划的110%", [100e8], [None]),
    # a node target in the task, beside the year's
    ("全年改造老旧小区200个,9月底节点目标150个", "已完成改造120个,完成节点目标的80%", [200], [None]),
    # the half-year plan is the row's only target: it is the target
    ("上半年计划投资50亿元", "上半年完成投资55亿元,完成上半年计划的110%", [50e8], [0]),
    # 年度 alone names the year: both kept apart from any milestone
    ("年度计划投资100亿元", "完成投资60亿元,完成年度计划的60%", [100e8], [0]),
    # a deadline is no part of the year: the target stands
    ("6月底前完成老旧小区改造100个", "已完成改造80个,完成率80%", [100], [0]),
]


@pytest.mark.parametrize(("task", "progress", "values", "ratio_index"), ROWS)
def test_part_year_targets(task: str, progress: str, values: list[float],
                           ratio_index: list[int | None]) -> None:
    targets, actuals = _row(task, progress)
    assert [float(t.quantity.value) for t in targets] == values
    assert [a.target_index for a in actuals if a.stated] == ratio_index


# A part-year target of another unit family than the year's is not dropped: 60% is no share of
# 200个 (the year's target counts places, the node a rate).
def test_a_part_year_target_of_another_family_stays() -> None:
    targets, _ = _row("全年改造老旧小区200个,二季度目标开工率60%", "")
    assert sorted(float(t.quantity.value) for t in targets) == [60.0, 200.0]


def _columns(**sets: Any) -> dict[str, Any]:
    return {"task": "通川区", "layout": "spaced_table", "target_text": "59.4", "actual_text": "35.9",
            "roles": {"target": "年度投资计划", "target_unit": "亿元", "actual_unit": "亿元"},
            "sets": [
                {"target": "59.4", "target_header": "年度投资计划", "actual": "35.9",
                 "actual_header": "1-7月完成投资", "target_unit": "亿元", "actual_unit": "亿元"},
                {"target": "43.4", "target_header": sets.get("header", "前三季度投资计划"),
                 "actual": "35.9", "actual_header": "1-7月完成投资", "ratio": "82.7%",
                 "ratio_header": "完成前三季度目标任务占比(%)", "target_unit": "亿元",
                 "actual_unit": "亿元"}]}


# A spaced table's 前三季度投资计划 column beside 年度投资计划 (dazhou-2018-07): one target, the
# 1-7月 figure once, aligned to the year's, the ratio of the part-year plan of none.
def test_a_part_year_column_beside_the_years() -> None:
    targets, actuals, _, _ = extract_row("通川区", "", 2018, row=_columns())
    assert [float(t.quantity.value) for t in targets] == [59.4e8]
    assert [(float(a.quantity.value), a.stated, a.target_index) for a in actuals] == [
        (35.9e8, False, 0), (82.7, True, None)]


def test_the_switch_turns_the_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(milestones, "PART_YEAR_MILESTONES", False)
    targets, _, _, _ = extract_row("通川区", "", 2018, row=_columns())
    assert len(targets) == 2


@pytest.mark.parametrize(("name", "values"), [("part_year.tsv", {"part", "plan"})])
def test_the_lexicon_is_well_formed(name: str, values: set[str]) -> None:
    from zqmetrics.text.lexicon import rows
    table = rows(name, 2)
    assert table and all(w and v in values and w == w.strip() for w, v in table)
    assert len(table) == len(set(table))
