"""Statements pass 23 (issue 11; the corpus conventions' decision 16): a list's count and what
the progress says of its members.

- ``portfolio.BANDED_MEMBERS``: a list's count (``cues.tsv`` list_noun: 项目, 工程, 任务, 事项, 实事,
  重点工作) whose members the rest of its sentence counts only by pace or by band (``cues.tsv``
  member_band: 达到和基本达到18个, 112项总体达到…要求; a percentage after the member, 2项完成80%以上)
  or judges all at once by pace (均达序时进度) is no target; ``PACED_COUNTS``: nor is a list's count
  its own clause judges by pace (12个项目推进不理想).
- ``portfolio.MONEY_LISTS``: a list's count whose progress reports money spent and counts nothing is
  the list's size whatever verb names it (计划新开工项目69项 | 完成投资…).
- ``portfolio.STAGE_COUNTS``: a count right after a stage of the work in a progress cell (開工174項) is
  a result, no goal.
- ``counters.tsv`` 宗: a counter of projects, as 个 and 项.
- ``judge.assessment.STARTS_LAST``: a row's stated completion is any other ratio before the share
  of a list started (开工率78% beside 完成年计划的27%).

The examples are written for this file in the trade's words, after the development documents'
shapes (guannan-2017-04, taian-2021-08, yantai-2017-h1, minqing-2024-h1, huidong-2022-05,
fuzhou-mawei-2018-11, xining-haidong-2024-05, nanyang-2021-h1); held-out documents are never used.
One example per row, negatives beside the positives.
"""

from __future__ import annotations

import pytest

import zqmetrics.extraction.portfolio as portfolio
import zqmetrics.judge.assessment as assessment
from zqmetrics.extraction.rows import extract_row
from zqmetrics.judge.assessment import stated_ratio
from zqmetrics.text.clauses import parse
from zqmetrics.text.lexicon import mapping


def _targets(task: str, progress: str, layout: str = "prose") -> list[tuple[float, str]]:
    parse.cache_clear()
    targets, _, _, issue = extract_row(task, progress, 2021, row={"layout": layout})
    assert issue is None
    return [(t.value, t.unit) for t in targets]


# (task, progress, the targets read): a list's members counted by pace or band, and the negatives
BANDED_ROWS = [
    ("建设工程23个", "达到和基本达到18个、占比78.3%", []),
    ("双城同创项目16个", "完成和达到16个、占比100%", []),
    ("城市建设工作小组12项重点任务中,3项完成80%以上,其中快速路征迁已完成。", "", []),
    ("117项重点工作中", "112项总体达到“时间过半,任务过半”要求,5项未达到进度要求", []),
    ("党建工作指挥部", "项目7项,均达序时进度。", []),
    ("城建工作指挥部", "项目9项,都达到时序进度。", []),
    ("續建項目12個", "達到和基本達到10個", []),  # traditional characters, folded before the words are read
    ("城乡建设工作指挥部", "项目23项,未达序时进度2项为:南山片区改造工程、污水厂扩容项目。", []),
    ("续建项目108个", "有12个项目推进不理想", [(108.0, "个")]),  # the 108 is no band; the 12 is
    # members counted at a stage of the work: the count stays the target
    ("乡村振兴工作小组12项重点任务中,2项已完成", "", [(12.0, "项")]),
    # objects that are no list of projects or tasks: their count stays a target
    ("新建口袋公园5个", "均达序时进度", [(5.0, "个")]),
]


@pytest.mark.parametrize(("task", "progress", "want"), BANDED_ROWS, ids=[r[0][:14] for r in BANDED_ROWS])
def test_a_list_counted_by_pace_or_band_sets_no_target(task: str, progress: str, want: list) -> None:
    assert _targets(task, progress) == want


def test_the_banded_members_rule_is_switched_off_for_the_ablation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(portfolio, "BANDED_MEMBERS", False)
    assert _targets("建设工程23个", "达到和基本达到18个、占比78.3%") == [(23.0, "个")]


# (task, progress, targets): a list's count its own clause judges by pace
PACED_ROWS = [
    ("其中12个项目推进不理想", "", []),
    ("天安电工基地等近十个项目进度缓慢", "", []),
    ("新建口袋公园5个进度滞后", "", [(5.0, "个")]),  # no list: a target judged lagging
]


@pytest.mark.parametrize(("task", "progress", "want"), PACED_ROWS, ids=[r[0][:14] for r in PACED_ROWS])
def test_a_list_count_judged_by_pace_is_a_band(task: str, progress: str, want: list) -> None:
    assert _targets(task, progress) == want


def test_the_paced_counts_rule_is_switched_off_for_the_ablation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(portfolio, "PACED_COUNTS", False)
    assert _targets("其中12个项目推进不理想", "") == [(12.0, "个")]


# (task, progress, targets): a list's count beside money spent and no count of its members
MONEY_LIST_ROWS = [
    ("计划新开工项目69项", "1-11月完成投资152.61亿元,完成年度计划投资的100.5%", []),  # (the money implied: 元)
    ("计划新开工项目157项,总投资506.08亿元,年度计划投资194.54亿元", "1-6月累计完成投资101.97亿元",
     [(19454000000.0, "元")]),
    # money planned, nothing reported: the count is left as it was read
    ("该镇实施项目86个", "总投资8.59亿元,年度投资4.54亿元", [(86.0, "个")]),
    # members counted at a stage: the list's count is their target (decision 16)
    ("实施重点项目30个", "已开工26个,完成投资120.5亿元", [(30.0, "个")]),
    # no list of projects: a count of things to build stays a target
    ("计划改造187个老旧小区", "完成投资5.2亿元", [(187.0, "个")]),
]


@pytest.mark.parametrize(("task", "progress", "want"), MONEY_LIST_ROWS, ids=[r[0][:14] for r in MONEY_LIST_ROWS])
def test_a_list_measured_in_money_only_is_its_size(task: str, progress: str, want: list) -> None:
    implied = "完成年度计划投资的" in progress  # the money's target, implied by its stated ratio
    assert [t for t in _targets(task, progress) if not (implied and t[1] == "元")] == want


def test_the_money_lists_rule_is_switched_off_for_the_ablation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(portfolio, "MONEY_LISTS", False)
    got = _targets("计划新开工项目69项", "1-11月完成投资152.61亿元,完成年度计划投资的100.5%")
    assert [t for t in got if t[1] != "元"] == [(69.0, "项")]


# 宗 counts projects (the Guangdong lists): beside money only, the list's size
ZONG_ROWS = [
    ("续建项目35宗", "完成投资47.7亿元,完成年度计划投资的24.3%", []),
    ("县重点建设项目43宗", "完成投资18.5亿元,完成年度计划的29.7%", []),
]


@pytest.mark.parametrize(("task", "progress", "want"), ZONG_ROWS, ids=[r[0] for r in ZONG_ROWS])
def test_zong_counts_projects(task: str, progress: str, want: list) -> None:
    targets = _targets(task, progress)
    assert [t for t in targets if t[1] == "宗"] == want


def test_zong_is_an_object_counter() -> None:
    assert mapping("counters.tsv")["宗"] == "object"


# (task, progress, targets): a count after a stage word in a progress cell reports, a plan stays a goal
STAGE_COUNT_ROWS = [
    ("灾后重建项目", "开工174项,大数据中心等项目加快实施", []),
    ("超长期国债项目", "县自然资源局负责国债项目5个,开工2个,未开工3个", []),
    ("城市更新行动", "新建口袋公园10个", [(10.0, "个")]),
    ("灾后重建项目", "计划开工50个", [(50.0, "个")]),
]


@pytest.mark.parametrize(("task", "progress", "want"), STAGE_COUNT_ROWS, ids=[r[1][:12] for r in STAGE_COUNT_ROWS])
def test_a_count_at_a_stage_in_progress_is_no_goal(task: str, progress: str, want: list) -> None:
    assert _targets(task, progress) == want


def test_the_stage_counts_rule_is_switched_off_for_the_ablation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(portfolio, "STAGE_COUNTS", False)
    assert _targets("灾后重建项目", "开工174项,大数据中心等项目加快实施") == [(174.0, "项")]


# (task, progress, the row's stated completion): the share started comes after any other ratio
STARTS_ROWS = [
    ("农牧林水项目9个,年度计划投资7.2亿元", "开工7个,开工率78%,完成投资1.9亿元,完成年计划的27%", 0.27),
    ("四水同治项目225个,年度计划投资137.3亿元。", "截至6月底,已开工188个,开工率83.6%;完成投资64.3亿元,投资完成率46.8%。", 0.468),
    ("农村危房改造741户", "开工741户,开工率100%,竣工率97.17%", 0.9717),
    # a start rate alone is the row's stated completion
    ("新开工项目23个", "开工率为43.47%", 0.4347),
]


def _stated(task: str, progress: str) -> float | None:
    parse.cache_clear()
    targets, actuals, _, _ = extract_row(task, progress, 2021, row={"layout": "prose"})
    got = stated_ratio(actuals, targets)
    return None if got is None else float(got)


@pytest.mark.parametrize(("task", "progress", "want"), STARTS_ROWS, ids=[r[0][:12] for r in STARTS_ROWS])
def test_the_share_started_is_the_last_stated_completion(task: str, progress: str, want: float) -> None:
    assert _stated(task, progress) == pytest.approx(want)


def test_the_starts_last_rule_is_switched_off_for_the_ablation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assessment, "STARTS_LAST", False)
    # Beside two written targets the lower ratio is the row's anyway (statements pass 28): the
    # first-ratio reading shows only with that rule off too.
    monkeypatch.setattr(assessment, "ROW_LOWEST", False)
    assert _stated(*STARTS_ROWS[1][:2]) == pytest.approx(0.836)
