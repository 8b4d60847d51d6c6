"""A stated ratio checked by arithmetic (extraction/quotients.py): it states the completion of the
one written target over which the figure right before it is the ratio as written.

Provenance: the forms of changzhou-wujin-2017-09 (a rate of starts after the count started, the
target's own figure repeated in the progress), enping-2024-11 (money paid and its rate) and
tianjin-2020-10 (a list of figures and a list of excesses), written anew; the rows that must stay
unaligned are constructed to show where a quotient proves nothing.
"""

from __future__ import annotations

import pytest

import zqmetrics.extraction.align as align
import zqmetrics.extraction.quotients as quotients
from zqmetrics.extraction.quotients import agrees
from zqmetrics.extraction.rows import extract_row
from zqmetrics.text.clauses import parse

# (task, progress, the stated ratios' texts -> the target index each states the completion of)
QUOTIENT_ROWS = [
    # a rate after the count it is of: 160 of 185 is 86.5%, the money's ratio is the money's
    ("新建项目", "新建项目共185个,年内计划投资246.5亿元。至9月底,开工建设160个,开工率为86.5%,"
     "累计完成投资153.7亿元,完成年度计划的62.4%", {"86.5%": 1, "62.4%": 0}),
    # money paid and its rate, the whole written in the task
    ("标准从每生每年500元提高到600元,全年所需拨付资金703.8万元", "11月底已拨付703.8万元,拨付率100%",
     {"100%": 1}),
    # the n-th of a list of ratios is of the n-th figure listed before it
    ("全年计划新创建示范家庭农场80个,新增农户家庭农场271个,新纳入名录系统家庭农场6581个",
     "实际分别完成95个、310个、7397个,分别超额完成19%、14%和12%", {"19%": 0, "14%": 1, "12%": 2}),
]

# Ratios a quotient does not place: the rule leaves them as alignment by words has them.
UNPLACED_ROWS = [
    # the quotient fits no written target: of an unwritten whole
    ("新建项目", "新建项目共185个,年内计划投资246.5亿元。至9月底,开工建设160个,开工率为80%"),
    # the ratio's clause does not follow the figure: other words name another whole
    ("新建项目", "新建项目共185个,年内计划投资246.5亿元。至9月底,开工建设160个,其中省重点项目开工率为86.5%"),
    # two written targets of the unit fit: the quotient cannot choose
    ("新建学校10所,改扩建学校10所,计划投资2亿元", "已建成8所,完成率80%"),
    # the figure before the ratio is a plan, not a result
    ("新建项目", "新建项目共185个,年内计划投资246.5亿元,计划开工160个,开工率为86.5%"),
]


def _ratios(task: str, progress: str) -> dict[str, int | None]:
    _, actuals, _, issue = extract_row(task, progress, 2021, row={"layout": "prose"})
    assert issue is None
    return {a.quantity.text.split("和")[-1].split("、")[-1]: a.target_index
            for a in actuals if a.stated}


@pytest.mark.parametrize(("task", "progress", "want"), QUOTIENT_ROWS, ids=[r[1][:14] for r in QUOTIENT_ROWS])
def test_a_stated_ratio_checked_by_its_quotient(task: str, progress: str,
                                                want: dict[str, int | None]) -> None:
    got = _ratios(task, progress)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(("task", "progress"), UNPLACED_ROWS, ids=[r[1][-14:] for r in UNPLACED_ROWS])
def test_a_quotient_that_proves_nothing_moves_nothing(task: str, progress: str, monkeypatch) -> None:
    with_rule = _ratios(task, progress)
    monkeypatch.setattr(quotients, "QUOTIENTS", False)
    parse.cache_clear()
    assert _ratios(task, progress) == with_rule


# The first row only: since SAME_DIMENSION was fitted on the development corpus (0.3 -> 0.1), the
# words alone place the second row's 拨付率100% too (拨付 in its clause names 拨付资金), on the
# target the quotient gives.
@pytest.mark.parametrize(("task", "progress", "want"), QUOTIENT_ROWS[:1],
                         ids=[r[1][:14] for r in QUOTIENT_ROWS[:1]])
def test_without_the_rule_the_ratio_has_no_target(task: str, progress: str,
                                                  want: dict[str, int | None], monkeypatch) -> None:
    # The rule is what places these ratios (its ablation switch off, alignment by words alone).
    monkeypatch.setattr(quotients, "QUOTIENTS", False)
    # ... and with the count it is of left unplaced: since statements pass 22 开工建设160个 (a clause
    # of verbs only) counts the row's one target of its unit, and the ratio follows it there.
    monkeypatch.setitem(align.RULES, "elided_object", False)
    parse.cache_clear()
    got = _ratios(task, progress)
    assert any(got.get(k) is None for k in want)


# (part, whole, ratio as written, agrees): rounded, cut, or within half a percent of itself
AGREE_ROWS = [
    ("160", "185", "86.5", True),   # 86.49 rounded
    ("193", "200", "96", True),     # 96.5 cut
    ("691.77", "1237.6", "55.98", True),  # 55.90: a sum rounded in the report
    ("160", "185", "80", False),
    ("7038000", "7038000", "100", True),
    ("1", "0", "100", False),       # no whole
]


@pytest.mark.parametrize(("part", "whole", "ratio", "ok"), AGREE_ROWS,
                         ids=[f"{r[0]}/{r[1]}={r[2]}" for r in AGREE_ROWS])
def test_agrees(part: str, whole: str, ratio: str, ok: bool) -> None:
    from decimal import Decimal

    assert agrees(Decimal(part), Decimal(whole), Decimal(ratio)) is ok
