"""A completion chained to another states the work done (statements pass 20, issue 11).

Two forms, each with its switch in ``zqmetrics.judge.chains`` (measured by
``python -m evaluation.judge_ablation "pass 20"``):

- ``CHAINED_DONE``: an unmarked completion verb with a tail chained to it (完工并试生产, 建成投运)
  closing the sentence of a running-text item's task cell is a result; in a table's task cell it
  is the aim (danzhou-2013-08, xining-haidong-2024-05);
- ``TAIL_CLAUSES``: a clause that is only a link and completion tails (并验收通车, 并投入使用)
  closing its sentence after a clause with a perfective marker (已完成施工,) is done
  (wuxi-xishan-2025-04, jiangshan-dachen-2021-fy).

The examples are written for this file in the trade's words, not copied from a document; held-out
documents are never used. One example per row, negatives beside the positives.
"""

from __future__ import annotations

import pytest

import zqmetrics.judge.chains as chains
from zqmetrics.judge.verdicts import progress_verdict, row_verdict, task_verdict
from zqmetrics.text.clauses import parse

# (task cell, the row's layout, the verdict read from it or None)
TASKS = [
    ("城东污水处理厂二期完工并试生产", "prose", "done"),
    ("城南110千伏变电站主变建成投运。", "prose", "done"),
    ("人民医院新院区建成并投入使用", "bulletin", "done"),
    ("滨江路西延段建成通车", "numbered_items", "done"),
    # negatives
    ("滨江路西延段建成通车", "pipe_table", None),  # a table's task cell: the aim
    ("滨江路西延段建成通车", "paragraph_table", None),
    ("滨江路西延段建成通车", None, None),  # the layout unknown: the aim, as before
    ("确保滨江路西延段年底前建成通车", "prose", None),  # a promise
    ("计划2024年城南变电站建成投运", "prose", None),  # a plan and its date
    ("2025年城南变电站建成投运", "prose", None),  # a date: a deadline
    ("建成投运城南变电站", "prose", None),  # the chain opens the cell: the aim's verb
    ("城南变电站建成投运后新增供电能力", "prose", None),  # the sentence runs on
    ("城南变电站建成投运3台主变", "prose", None),  # a count after the chain
    ("城南变电站尚未建成投运", "prose", None),  # negated
    ("城南变电站基本建成投运", "prose", None),  # hedged
    ("其中城南变电站建成投运", "prose", None),  # a part
    ("设计方案完成并通过验收", "prose", None),  # a step as its subject
    ("城南变电站建成", "prose", None),  # no tail: a bare completion verb stays the aim
]


@pytest.mark.parametrize(("task", "layout", "status"), TASKS, ids=[f"{t}|{lay}" for t, lay, _ in TASKS])
def test_a_chained_completion_closing_a_running_task_cell(task: str, layout: str | None,
                                                          status: str | None) -> None:
    found = row_verdict({"task": task, "progress": "", "layout": layout})
    assert (found or {}).get("status") == status, found


def test_the_chain_is_quoted_as_written() -> None:
    found = task_verdict("郊區水廠二期建成投運", running=True)
    assert found == {"status": "done", "quote": "建成投運", "source": "task"}


# (progress text, the verdict read from it or None)
PROGRESS = [
    ("已完成施工,并验收通车。", "done"),
    ("现已改造成为一座智慧菜市场,并投入使用。", "done"),
    ("目前已完成道路硬化和亮化,并交付使用", "done"),
    ("已完成主体改造;并投入投用", "done"),
    # negatives
    ("正在施工,并投入使用", None),  # no perfective marker before
    ("完成道路硬化,并投入使用", None),  # no marker: a plan's words
    ("已完成招标,目前正在施工,并投入使用", None),  # work still goes on
    ("已基本完成施工,并投入使用", None),  # hedged
    ("尚未完成施工,并投入使用", None),  # not done
    ("预计已完成施工,并投入使用", None),  # a promise
    ("已完成施工,并验收通车后移交管养单位", None),  # the clause runs on
    ("已完成施工,并投入使用5个", None),  # a count after the tails
    ("已完成施工,验收通车", None),  # no link: the clause is no chain of tails
    ("已完成施工", None),  # a step: no verdict, as before
]


@pytest.mark.parametrize(("progress", "status"), PROGRESS, ids=[p for p, _ in PROGRESS])
def test_a_clause_of_tails_after_a_marked_clause(progress: str, status: str | None) -> None:
    assert (progress_verdict(progress) or {}).get("status") == status


@pytest.mark.parametrize(("switch", "row"), [
    ("CHAINED_DONE", {"task": "城东污水处理厂二期完工并试生产", "progress": "", "layout": "prose"}),
    ("TAIL_CLAUSES", {"task": "英才路南延", "progress": "已完成施工,并验收通车。", "layout": "prose"}),
])
def test_each_form_has_its_switch(monkeypatch: pytest.MonkeyPatch, switch: str,
                                  row: dict[str, str]) -> None:
    assert (row_verdict(row) or {}).get("status") == "done"
    monkeypatch.setattr(chains, switch, False)
    parse.cache_clear()
    assert row_verdict(row) is None
