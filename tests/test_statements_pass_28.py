"""Statements pass 28 (issue 11): stated ratios the program did not give.

- ``judge.assessment.ROW_LOWEST``: of the completions a row states of two or more targets it
  writes, the lower is the row's (the corpus's decision 9: the one that decides status), not the
  first. Ratios of implied or unwritten wholes keep the first: in a row the reader merged they may
  be a neighbour's (前者…、后者…), and a share at a stage may be a part's.

The examples are written for this file in the trade's words, after the development documents'
shapes (hunan-2021-08, tianjin-2020-10, fujian-2023-fy, danzhou-2014-05, jiangxi-2018-08);
held-out documents are never used.
One example per row, negatives beside the positives.
"""

from __future__ import annotations

import pytest

import zqmetrics.judge.assessment as assessment
from zqmetrics.extraction.rows import extract_row
from zqmetrics.judge.assessment import stated_ratio
from zqmetrics.text.clauses import parse


def _stated(task: str, progress: str) -> float | None:
    parse.cache_clear()
    targets, actuals, _, issue = extract_row(task, progress, 2021, row={"layout": "prose"})
    assert issue is None
    got = stated_ratio(actuals, targets)
    return None if got is None else float(got)


# (task, progress, the row's stated completion)
LOWEST_ROWS = [
    # two written targets, a ratio of each: the lower
    ("全年计划新创建示范家庭农场80个,新增农户家庭农场271个", "实际分别完成95个、310个,分别超额完成19%、14%", 1.14),
    ("新增义务教育公办学校学位5万个,改造近视防控教室照明2万间",
     "新增学位10.74万个,完成年度计划的214.8%;完成改造21702间,完成年度计划的108.5%", 1.085),
    ("改造老旧小区150个,计划投资8.6亿元", "开工143个,开工率95.33%,完成投资3.68亿元,投资完成率42.75%", 0.4275),
    # implied wholes: the first (the second may be a neighbour's in a merged row)
    ("政府投资项目的投资进度快于社会投资项目",
     "前者完成投资10亿元、占年度计划的29.2%,后者完成投资20.5亿元、占年度计划26.9%", 0.292),
    # no target written: the first
    ("火电、煤炭油气项目分别", "完成年计划进度100%和96.9%", 1.0),
]


@pytest.mark.parametrize(("task", "progress", "want"), LOWEST_ROWS, ids=[r[1][:12] for r in LOWEST_ROWS])
def test_the_lower_of_the_written_targets_stated_completions(task: str, progress: str, want: float) -> None:
    assert _stated(task, progress) == pytest.approx(want)


def test_the_row_lowest_rule_is_switched_off_for_the_ablation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assessment, "ROW_LOWEST", False)
    assert _stated(*LOWEST_ROWS[0][:2]) == pytest.approx(1.19)
