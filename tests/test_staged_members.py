"""A list's count whose members the progress counts at a stage of the work is the list's target
(statements pass 20, issue 11; the corpus conventions' decision 16).

Beside money done and no rate, a count of projects was read as the size of the list the money went
to (``UNRATED_COUNTS``: 20个省重大项目 | 已开工19个,完成投资…). Decision 16 reads it as the target
the count started measures: the progress counts the list's members that reached a stage of the work
(``cues.tsv`` member_stage: 开工, 复工, 开复工, 动工, 竣工, 完工, 建成, 办结, 投产). The count at
the stage must be in the list's unit and no larger than it. The same holds where the row plans the
list's money (``STAGED_BESIDE_PLAN``: alashan-2021-05, heihe-2020-05, qinghai-2015-09), written and
left off in pass 20 (the count's start rate became one held-out row's stated completion) and on
since statements pass 23, whose judge reads any other ratio before a start rate (``STARTS_LAST``).
``STAGED_MEMBERS`` switches the first rule off
(``python -m evaluation.statement_ablation "pass 20"``: gansu-2020-10, hanzhong-2018-08,
huaian-2024-06, qinghai-2015-09, shandong-2021-04).

The examples are written for this file in the trade's words; held-out documents are never used.
One example per row, negatives beside the positives.
"""

from __future__ import annotations

import pytest

import zqmetrics.extraction.portfolio as portfolio
from zqmetrics.extraction.rows import extract_row
from zqmetrics.text.lexicon import rows

# (task, progress, the list's count kept as a target)
CASES = [
    ("30个省重点项目", "已开工26个,完成投资120.5亿元", True),
    ("全年安排市重大项目80个", "截至6月底,开复工72个,完成投资56.3亿元", True),
    ("计划新开工项目40个", "目前已动工31个,累计完成投资18.2亿元", True),
    ("12项民生实事", "已办结5项,完成投资2.1亿元", True),
    ("续建项目25个", "已竣工6个,完成投资9.8亿元", True),
    ("重点工业项目15个", "建成投产4个,完成投资7.7亿元", True),
    ("城建项目18个", "完工3个,完成投资4.4亿元", True),
    # negatives: no member counted at a stage, or a count that is no member of the list
    ("30个省重点项目", "完成投资120.5亿元", False),  # money only: the list's size
    ("30个省重点项目", "签约项目12个,完成投资120.5亿元", False),  # no stage of the work
    ("30个省重点项目", "未开工8个,完成投资120.5亿元", False),  # work not begun
    ("30个省重点项目", "已开工26户,完成投资120.5亿元", False),  # another unit
    ("30个省重点项目", "新开工项目45个,完成投资120.5亿元", False),  # more than the list
]


def _counts(task: str, progress: str) -> list[float]:
    targets, _, _, issue = extract_row(task, progress, 2024, row={"layout": "prose"})
    assert issue is None
    return [float(t.quantity.amount) for t in targets if t.unit in ("个", "项")]


@pytest.mark.parametrize(("task", "progress", "kept"), CASES, ids=[f"{t}|{p}" for t, p, _ in CASES])
def test_a_list_counted_at_a_stage_keeps_its_count(task: str, progress: str, kept: bool) -> None:
    assert bool(_counts(task, progress)) is kept


@pytest.mark.parametrize("word", [w for w, c in rows("cues.tsv", 2) if c == "member_stage"])
def test_every_stage_word_has_an_example(word: str) -> None:
    assert any(word in p for _, p, kept in CASES if kept)


def test_the_switch_restores_the_list_size(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _counts("30个省重点项目", "已开工26个,完成投资120.5亿元") == [30.0]
    monkeypatch.setattr(portfolio, "STAGED_MEMBERS", False)
    assert _counts("30个省重点项目", "已开工26个,完成投资120.5亿元") == []


# Beside the list's planned money (STAGED_BESIDE_PLAN, on since statements pass 23):
# (task, progress, the list's count kept as a target)
BESIDE_PLAN = [
    ("农林水利项目8个,年度计划投资6.5亿元", "开工6个,开工率75%,完成投资1.7亿元", True),
    ("社会事业项目20个,年度计划投资12亿元", "已开复工16个,完成投资5.2亿元", True),
    ("县级重点项目共420项,年度计划投资380亿元", "1-6月累计完成投资190亿元", False),  # money only
    ("续建项目40个,年度计划投资55亿元", "完成投资30亿元,新开工项目50个", False),  # more than the list
]


@pytest.mark.parametrize(("task", "progress", "kept"), BESIDE_PLAN, ids=[f"{t}|{p}" for t, p, _ in BESIDE_PLAN])
def test_a_planned_list_counted_at_a_stage(monkeypatch: pytest.MonkeyPatch, task: str,
                                           progress: str, kept: bool) -> None:
    assert bool(_counts(task, progress)) is kept
    monkeypatch.setattr(portfolio, "STAGED_BESIDE_PLAN", False)
    assert _counts(task, progress) == []  # off: the size of the list the money is planned for
