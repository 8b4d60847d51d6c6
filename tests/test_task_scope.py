"""An article's task holds its subject's scope and plan, written before any progress: the parts
after the subject that hold a figure and no achieved word, up to the last one naming a plan
(，计划总投资251.8亿元，年度计划投资24.6亿元，至8月底累计完成…), with their commas as written.

The forms were met in development documents (常州 武进区 2016, 福州 闽侯县 2023, 阿拉善 2021,
阿坝 2019); the clauses below are our own words, one a case.
"""

from __future__ import annotations

import pytest

from zqmetrics.read.articles import _split_task

# (clause, task, progress)
CLAUSES = [
    ("在建项目120项,总投资800亿元,年度计划投资200亿元,1-6月累计完成投资110亿元",
     "在建项目120项,总投资800亿元,年度计划投资200亿元", "1-6月累计完成投资110亿元"),
    ("列入省重点的8个项目，计划总投资90亿元，年度计划投资20亿元，至8月底累计完成投资15亿元",
     "列入省重点的8个项目，计划总投资90亿元，年度计划投资20亿元", "至8月底累计完成投资15亿元"),
    # The comma as written, whatever its width.
    ("交通项目9个,年度计划投资7.2亿元", "交通项目9个,年度计划投资7.2亿元", ""),
    ("交通项目9个，年度计划投资7.2亿元，已完成投资3亿元", "交通项目9个，年度计划投资7.2亿元", "已完成投资3亿元"),
    # A scope part with no plan after it is progress (no plan, nothing to keep with the task).
    ("全县重点项目40个,总投资80亿元,完成投资30亿元", "全县重点项目40个", "总投资80亿元,完成投资30亿元"),
    # A part without a figure ends the run.
    ("新建幼儿园5所,进展顺利,年度计划投资2亿元", "新建幼儿园5所", "进展顺利,年度计划投资2亿元"),
]


@pytest.mark.parametrize(("clause", "task", "progress"), CLAUSES, ids=[c[0][:10] for c in CLAUSES])
def test_the_scope_and_plan_stay_with_the_task(clause: str, task: str, progress: str) -> None:
    assert _split_task(clause) == (task, progress)
