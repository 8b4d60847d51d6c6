"""A progress cell holding only the stage a named work reached is the row's verdict (statements
pass 16, issue 11).

Reader pass 21 reads a list of names under one outcome as a row per name (A、B建成投运, A和B开通
运营, A、B、C提前开工建设), each with the outcome as its whole progress and no numeric target. The
development gold takes those outcomes as the report's verdict (conventions, second round item 1):
a finished stage is done (jiangxi-2018-08 建成投运, tianjin-2024-q3 开通运营), a start made early or
smoothly is a planned new start done (jiangxi-2018-08 提前开工建设, xingtai-2016-06 順利開工建設),
a start alone, a partial production or work sped up is on track (xilinhaote-2025-09 已开工, 提速推进中;
xingtai-2016-06 實現部分投產). The names and texts below are our own; held-out documents are never
used.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import zqmetrics as zq
import zqmetrics.judge.stages as stages
import zqmetrics.judge.verdicts as verdicts
from zqmetrics.judge.assessment import assess_rows
from zqmetrics.judge.records import records
from zqmetrics.judge.stages import promised_lists, promises_stage, stage_verdict
from zqmetrics.text.lexicon import rows
from zqmetrics.text.quantity import quantities
from zqmetrics.types import Actual, Target

# (progress cell, the verdict it states or None)
STAGES = [
    ("建成投运", "done"),
    ("开通运营", "done"),
    ("完工", "done"),
    ("竣工。", "done"),
    ("完成", "done"),
    ("顺利通车", "done"),
    ("已建成投用", "done"),
    ("建成投運", "done"),  # traditional characters fold
    ("提前开工建设", "done"),
    ("顺利开工建设", "done"),
    ("順利開工建設", "done"),
    ("已提前开工", "done"),
    ("已开工", "on_track"),
    ("已开工建设", "on_track"),
    ("提速推进中", "on_track"),
    ("实现部分投产", "on_track"),
    ("實現部分投產", "on_track"),
    # negatives: a plan, a deadline, a hedge, work going on, a rate, a figure, a bare start
    ("计划建成", None),
    ("计划年底建成投运", None),
    ("力争年底投运", None),
    ("年底前建成", None),
    ("预计10月底完工", None),
    ("基本完工", None),
    ("正在建设中", None),
    ("推进中", None),
    ("正常推进中", None),  # a status cell's loose word claims no pace in a progress cell
    ("进展较快", "on_track"),  # running text's fixed words count
    ("开工率", None),
    ("开工率85%", None),
    ("建成投运3个", None),
    ("完成投资2亿元", None),
    ("开工建设", None),
    ("", None),
]


@pytest.mark.parametrize(("progress", "status"), STAGES, ids=[s[0] or "empty" for s in STAGES])
def test_a_cell_holding_only_a_stage_states_a_verdict(progress: str, status: str | None) -> None:
    found = stage_verdict(progress)
    assert (found or {}).get("status") == status
    if found:
        assert found["quote"] == progress.rstrip("。")
        assert found["source"] == "progress"


def test_the_stage_words_are_well_formed() -> None:
    stages = [(w, v) for w, v, note in rows("cell_verdicts.tsv", 3) if note == "stage"]
    assert stages and all(v in {"done", "on_track"} for _, v in stages), stages
    assert all(stage_verdict(w) == {"status": v, "quote": w, "source": "progress"} for w, v in stages)


# A negation is the readers' verdict before it is a stage: never read as started or done.
# (progress cell, the row's verdict)
NEGATED = [
    ("未开工", "not_started"),
    ("尚未开工", "not_started"),
    ("尚未建成投运", None),
]


@pytest.mark.parametrize(("progress", "status"), NEGATED, ids=[n[0] for n in NEGATED])
def test_a_negated_stage_is_no_start_and_no_completion(progress: str, status: str | None) -> None:
    found = verdicts.row_verdict({"task": "城东污水处理厂扩建工程", "progress": progress})
    assert (found or {}).get("status") == status


# (task cell, whether its end is a promise the stage after it completes)
PROMISE_TAILS = [
    ("滨江大道改造工程力争年底前", True),
    ("滨江大道改造工程计划年内", True),
    ("滨江大道改造工程预计", True),
    ("滨江大道改造工程", False),
    ("将军路改造工程", False),  # a single-character cue (将) inside a name is no promise
    ("城东污水处理厂扩建工程(一期)", False),
]


@pytest.mark.parametrize(("task", "promised"), PROMISE_TAILS, ids=[p[0] for p in PROMISE_TAILS])
def test_a_task_cell_ending_in_a_promise_takes_no_stage(task: str, promised: bool) -> None:
    assert promises_stage(task) is promised
    assert (stage_verdict("建成投运", task) is None) is promised


def test_the_promise_in_the_last_names_cell_is_the_whole_lists() -> None:
    rows = [
        {"task": "城东污水处理厂扩建工程", "progress": "建成投运", "line": 2},
        {"task": "滨江大道改造工程力争年底前", "progress": "建成投运", "line": 2},
        {"task": "将军路改造工程", "progress": "建成投运", "line": 2},  # the next list on the line
        {"task": "北山公园提升工程", "progress": "建成投运", "line": 2},
    ]
    assert promised_lists(rows) == {0, 1}


def _row(progress: str, targets: Sequence[str] = (), figures: Sequence[str] = ()) -> dict:
    """A row handed to the judge with its figures already read (the judge alone)."""
    tasks = []
    for text in targets:
        (q,) = quantities(text)
        tasks.append(Target(text, q, "amount", text, 0, len(text)))
    actuals = []
    for text in figures:
        (q,) = quantities(text)
        actuals.append(Actual(text, q, "ytd", text, 0, len(text), target_index=0, stated=False))
    return {"seq": "1", "task": "城东污水处理厂扩建工程", "progress": progress, "targets": tasks,
            "actuals": actuals, "data_month": "2023-10", "line": 3}


# A row with no numeric target takes the stage as its status; where the figures judge a target,
# they decide. (progress, targets, figures, status)
JUDGED = [
    ("建成投运", [], [], "done"),
    ("提前开工建设", [], [], "done"),
    ("已开工", [], [], "on_track"),
    ("提速推进中", [], [], "on_track"),
    ("计划年底建成投运", [], [], "no_numeric_target"),
    ("未开工", [], [], "not_started"),
    ("已开工", ["10个"], ["2个"], "lagging"),  # 2 of 10 at October: the figures, not the stage
]


@pytest.mark.parametrize(("progress", "targets", "figures", "status"), JUDGED,
                         ids=[f"{j[0]}-{'+'.join(j[1]) or 'none'}" for j in JUDGED])
def test_the_stage_is_the_status_of_a_row_with_no_numeric_target(progress, targets, figures,
                                                                 status) -> None:
    (out,) = assess_rows([_row(progress, targets, figures)], {"year": 2023})
    assert out["status"] == status, out["reasons"]


def test_without_the_rule_a_stage_leaves_no_verdict(monkeypatch) -> None:
    monkeypatch.setattr(stages, "STAGE_CELLS", False)
    (out,) = assess_rows([_row("建成投运")], {"year": 2023})
    assert out["status"] == "no_numeric_target"


_REPORT = ("2023年1-8月全市重点项目建设情况\n"
           "截至8月底,全市重点项目完成投资120亿元,占年度计划的70%。{}\n")

# A report's list of names under one outcome, read a row per name and judged. (list, name, status)
LISTS = [
    ("城东污水处理厂扩建工程、滨江大道改造工程和北山公园提升工程提前开工建设。",
     "城东污水处理厂扩建工程", "done"),
    ("城东污水处理厂扩建工程、滨江大道改造工程和北山公园提升工程提前开工建设。",
     "北山公园提升工程", "done"),
    ("高新区智能装备产业园项目、南湖综合管廊工程建成投运。", "高新区智能装备产业园项目", "done"),
    ("高新区智能装备产业园项目、南湖综合管廊工程建成投运。", "南湖综合管廊工程", "done"),
    ("城东污水处理厂扩建工程、滨江大道改造工程已开工。", "滨江大道改造工程", "on_track"),
    ("北山公园提升工程、南湖综合管廊工程提速推进中。", "北山公园提升工程", "on_track"),
    # negatives: the list's promise holds for each name, the first one too
    ("城东污水处理厂扩建工程、滨江大道改造工程力争年底前建成投运。", "城东污水处理厂扩建工程",
     "no_numeric_target"),
    ("城东污水处理厂扩建工程、滨江大道改造工程计划年内建成投运。", "城东污水处理厂扩建工程",
     "no_numeric_target"),
]


@pytest.mark.parametrize(("sentence", "name", "status"), LISTS,
                         ids=[f"{n[1]}-{n[0][-8:]}" for n in LISTS])
def test_each_name_of_a_list_takes_its_stage(sentence: str, name: str, status: str) -> None:
    rows = {r["task"]: r for r in records(zq.read_report(_REPORT.format(sentence)))}
    assert name in rows, list(rows)
    assert rows[name]["status"] == status
