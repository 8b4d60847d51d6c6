"""A share of a result is no actual (statements pass 14).

``完成投资321.74亿元,占年度计划的15.5%,占省重大工程项目完成投资数的23.6%``: the 15.5% states the
completion of the group's plan; the 23.6% is the group's share of what all the projects did, a
share of a result, no completion and no progress (the gold's note on guizhou-2020-q1). A
percentage whose whole, opened by a share word (``cues.tsv`` share: 占), names what was done and
no plan, target or task stays only where it measures a target of the row. Each case is one
made-up row (task, progress).
"""

from __future__ import annotations

import pytest

import zqmetrics.extraction.candidates as candidates
from zqmetrics.extraction.rows import extract_row
from zqmetrics.text import lexicon
from zqmetrics.text.clauses import parse


def _actuals(task: str, progress: str) -> list[tuple[float, str]]:
    _, actuals, _, issue = extract_row(task, progress, 2020, row={"layout": "prose"})
    assert issue is None
    return [(float(a.quantity.amount), a.unit) for a in actuals]


# (task, progress, the share: no actual of the row)
SHARES = [
    ("重大基础设施项目", "完成投资321.74亿元,占年度计划的15.5%,占省重大工程项目完成投资数的23.6%", (23.6, "%")),
    ("市重大产业项目", "已开工326个,已达或超序时进度项目305个,占已开工项目数93.56%", (93.56, "%")),
    ("民生工程", "完成投资12亿元,占全市已完成投资的30%", (30, "%")),
]


@pytest.mark.parametrize(("task", "progress", "share"), SHARES)
def test_a_share_of_a_result_is_no_actual(task: str, progress: str, share: tuple[float, str]) -> None:
    got = _actuals(task, progress)
    assert got  # the result stays
    assert share not in got


# (task, progress, a percentage that stays an actual)
NOT_SHARES = [
    # the whole is a plan: a completion
    ("重点项目", "累计完成投资20760万元,占已开工项目年度投资计划31.1%", (31.1, "%")),
    ("重大基础设施项目", "完成投资321.74亿元,占年度计划的15.5%", (15.5, "%")),
    ("农村危房改造", "竣工9356户,占年度任务的70.84%", (70.84, "%")),
    # a share word far before the figure, in another clause
    ("重点项目", "占地120亩的园区已完成建设,竣工率95%", (95, "%")),
]


@pytest.mark.parametrize(("task", "progress", "kept"), NOT_SHARES)
def test_a_completion_stays(task: str, progress: str, kept: tuple[float, str]) -> None:
    assert kept in _actuals(task, progress)


def test_switched_off_the_share_stays() -> None:
    old = candidates.SHARES
    candidates.SHARES = False
    parse.cache_clear()
    lexicon.use(lexicon.current())
    try:
        assert (23.6, "%") in _actuals(*SHARES[0][:2])
    finally:
        candidates.SHARES = old
        parse.cache_clear()
        lexicon.use(lexicon.current())
