"""A work's task named right before its figure, and the funding of a project's total (statements
pass 12).

``建设任务1497户`` (taijiang-2010-11), ``培训任务652人``, ``全年民生工程任务12000户`` and ``其中幼师培训任务
500人`` (huoqiu-2019-08) set the amount of the work: targets, wherever the reader put the clause.
A clause reporting the task done (``已完成农村户改厕任务40926座``, ``超额完成…治理任务3.1公里``) or the
task as it turned out (``实际确定改造任务为101个``) sets none. The figures in brackets after a
project's total (``总投资4493.8万元(中央和省级补助资金1578.22万元,…)``) are its funding, no target.
"""

from __future__ import annotations

import pytest

import zqmetrics.extraction.figures as figures
import zqmetrics.text.target_words as target_words
from evaluation.statement_ablation import _clear
from zqmetrics.extraction.rows import extract_row
from zqmetrics.text.clauses import parse

# (progress text, the figures read as targets)
ROLE_ROWS = [
    ("建设任务1497户,完成并入住户数1564户", ["1497户"]),
    ("其中幼师培训任务500人,截至督查时只培训178人", ["500人"]),
    ("培训任务652人,截止督查时已完成方案制定", ["652人"]),
    ("全年民生工程任务12000户,试点工作已完成", ["12000户"]),
    ("已完成农村户改厕任务40926座", []),
    ("提前超额完成中小河流治理堤岸治理任务3.1公里", []),
    ("实际确定改造任务为101个老旧小区", []),
    ("改造任务进展顺利,已改造120户", []),
]


@pytest.mark.parametrize(("text", "roles"), ROLE_ROWS, ids=[r[0][:10] for r in ROLE_ROWS])
def test_a_named_task_sets_the_figure_after_it(text: str, roles: list[str]) -> None:
    assert [m.text for m in parse(text).roles] == roles


# (task cell, the targets' values)
TOTAL_ROWS = [
    ("第一批农村危房改造建设总投资4493.8万元(中央和省级补助资金1578.22万元,县财政匹配419.78万元,"
     "其他投入2495.8万元),建设任务1497户", [1497]),
    # the reader may cut the task inside the brackets: the parts are still the total's
    ("第二批农村危房改造建设总投资3802.77万元(中央和省级补助资金1170.63万元", []),
    # brackets after a figure that is no total hold a target's own detail
    ("新建学校3所(其中小学2所),新增学位2000个", [3, 2, 2000]),
]


@pytest.mark.parametrize(("task", "values"), TOTAL_ROWS, ids=[r[0][:10] for r in TOTAL_ROWS])
def test_the_funding_of_a_total_is_no_target(monkeypatch: pytest.MonkeyPatch, task: str,
                                             values: list[float]) -> None:
    # Off in the package: one development document (taijiang-2010-11) shows the form so far.
    monkeypatch.setattr(figures, "TOTAL_PARTS", True)
    _clear()
    try:
        targets, _, _, issue = extract_row(task, "", 2010, row={"layout": "prose"})
    finally:
        monkeypatch.undo()
        _clear()
    assert issue is None
    assert [t.value for t in targets] == values


def test_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(target_words, "NAMED_TASKS", False)
    monkeypatch.setattr(figures, "TOTAL_PARTS", False)
    _clear()
    try:
        assert parse("建设任务1497户,完成并入住户数1564户").roles == ()
        targets, _, _, _ = extract_row(TOTAL_ROWS[1][0], "", 2010, row={"layout": "prose"})
        assert [t.value for t in targets] == [11706300]
    finally:
        monkeypatch.undo()
        _clear()
