"""Two stated completions of one target: the lower decides (the second-round decision 9 of
/work/corpus/CONVENTIONS.md; taijiang-2010-11: 开工率100%, 竣工率97.17% of 建设任务741户, 720 done).

A ratio of another target stays that target's: the row's stated completion is its first target's,
a share started after any other ratio (statements pass 23; hunan-2021-08: 开工率95.33% of the count,
投资完成率42.75% of the money, the row's 0.4275 in its gold).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import zqmetrics.extraction.align as align
import zqmetrics.judge.assessment as assessment
import zqmetrics.judge.targets as judged
from zqmetrics.extraction.rows import extract_row
from zqmetrics.judge.assessment import stated_ratio
from zqmetrics.judge.targets import assess_target

# (task, progress, the row's stated completion, each target's status)
ROWS = [
    ("农村危房改造建设任务741户", "开工741户,完成并入住户数720户,开工率100%,竣工率97.17%",
     "0.9717", ["on_track"]),
    ("农村危房改造建设任务741户", "竣工率97.17%,开工率100%", "0.9717", ["on_track"]),
    # the share started comes after the other ratio (statements pass 23, assessment.STARTS_LAST), as
    # hunan-2021-08's gold reads this row (stated_ratio 0.4275)
    ("改造老旧小区150个,计划投资8.6亿元", "开工143个,开工率95.33%,完成投资3.68亿元,投资完成率42.75%",
     "0.4275", ["on_track", "lagging"]),
]


@pytest.mark.parametrize(("task", "progress", "ratio", "statuses"), ROWS,
                         ids=[r[1][:12] for r in ROWS])
def test_the_lower_of_one_targets_stated_completions(monkeypatch: pytest.MonkeyPatch, task: str,
                                                      progress: str, ratio: str,
                                                      statuses: list[str]) -> None:
    # Off in the package: one development document (taijiang-2010-11) moves with it so far.
    monkeypatch.setattr(judged, "LOWER_STATED", True)
    # The ratios alone: since statements pass 22 the start count 开工741户 measures the target too
    # (align.RULES elided_object), and 741 of 741 started reads done by the figures.
    monkeypatch.setitem(align.RULES, "elided_object", False)
    targets, actuals, _, issue = extract_row(task, progress, 2010, row={"layout": "prose"})
    assert issue is None
    assert stated_ratio(actuals, targets) == Decimal(ratio)
    assert [assess_target(i, t, actuals, 11).status for i, t in enumerate(targets)] == statuses


def test_switched_off_the_first_and_the_higher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(judged, "LOWER_STATED", False)
    monkeypatch.setattr(assessment, "STARTS_LAST", False)  # the first ratio, 开工率100%, as written
    monkeypatch.setitem(align.RULES, "elided_object", False)
    targets, actuals, _, _ = extract_row(*ROWS[0][:2], 2010, row={"layout": "prose"})
    assert stated_ratio(actuals, targets) == Decimal("1")
    assert assess_target(0, targets[0], actuals, 11).status == "done"
