"""A sentence led by the field it reports on, closed by 方面 with no 在 (reader pass 17; the corpus
conventions of 2026-11-28: a ``…方面`` lead is a heading, never the task): the task is the clause
after it (宁夏 2021-07 ``稳定扩大社会就业方面，全区安置公益性岗位6016个…``, 南安 2019-10
``重点工业项目方面，1-10月，全市312个重点工业项目开工数305个…``)."""

from __future__ import annotations

import pytest

from zqmetrics import read_report

# An article's opening paragraph; each case adds one paragraph after it (a lone paragraph is read
# whole, by the generic reading, whatever its leads).
OPENING = "某市民生实事进展情况\n今年以来，全区28项民生实事进展顺利，3项已完成全年任务。\n"
# (the paragraph, the task its row must start with); one row a case.
LEADS = [
    ("稳定扩大社会就业方面，全区安置公益性岗位6016个，城镇新增就业6.99万人。", "全区安置公益性岗位6016个"),
    ("全区安排民生实事28项，已完成3项。改善教育基础条件方面，全区新建幼儿园20所，已建成15所。",
     "全区新建幼儿园20所"),
    ("重点工业项目方面，1-10月，全市312个重点工业项目开工数305个，开工率达97.8%。",
     "全市312个重点工业项目"),
    ("加强基本民生保障方面，城乡居民每人每月调增基础养老金5元，完成年度调整任务。",
     "城乡居民每人每月调增基础养老金5元"),
]


@pytest.mark.parametrize(("para", "task"), LEADS, ids=[p[:8] for p, _ in LEADS])
def test_a_field_lead_heads_the_task(para: str, task: str) -> None:
    frame = read_report(OPENING + para + "\n")
    tasks = [str(t) for t in frame["task"]]
    assert any(t.startswith(task) for t in tasks), tasks
    assert not any("方面" in t for t in tasks), tasks


# Not a lead: a figure inside (10个方面的28项民生实事中), or a 方面 clause after a ；, not a sentence's
# start (教育方面投入…), keeps its words in the task.
KEPT = [
    ("10个方面的28项民生实事中，3项已完成全年任务，11项过半。", "10个方面的28项民生实事中"),
    ("全市新建学校5所，已建成3所；教育方面，投入资金3亿元，已完成2亿元。", "教育方面"),
]


@pytest.mark.parametrize(("para", "task"), KEPT, ids=[p[:8] for p, _ in KEPT])
def test_no_field_lead(para: str, task: str) -> None:
    frame = read_report(OPENING + para + "\n")
    tasks = [str(t) for t in frame["task"]]
    assert any(t.startswith(task) for t in tasks), tasks
