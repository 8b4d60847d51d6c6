"""A count a plan sentence states before a total or a planned figure is a list's size (pass 14).

The conventions (data/corpus/README.md, second round, item 11): planned figures and project
totals are not actuals. ``全市安排重点项目458个,总投资7206.7亿元,年度计划投资853.8亿元``: the 458
counts the projects the plan is for; nothing is said done. Such a count stays only where it measures
a target of the row. Each case is one made-up row (task, progress).
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


# (task, progress, the list's size: no actual of the row)
SIZES = [
    ("市级重点项目", "2018年,全市安排重点项目458个,总投资7206.7亿元,年度计划投资853.8亿元。1-8月共完成投资622.2亿元", (458, "个")),
    ("省级重点项目", "今年我市列入省级重点项目共17个,年度计划投资258.08亿元。1-8月完成投资277.58亿元", (17, "个")),
    ("重点项目", "我市本级重点建设项目155项,总投资658.4亿元,年度投资计划130.6亿元。1-8月,累计完成投资79.2亿元", (155, "项")),
    ("示范区建设", "嘉善县今年排定85个重点项目,年内计划完成投资290亿元,1-6月完成投资110.95亿元", (85, "个")),
    ("民生实事", "今年,全区共安排实施31个民生实事项目,涵盖社会保障、公共教育等领域,总投资170.43亿元,年度计划投资24.26亿元。1至7月完成投资12.09亿元", (31, "个")),
    ("续建项目", "续建项目共118个,计划总投资1238.5亿元,年内计划投资253.9亿元。至9月底,累计完成投资213.3亿元", (118, "个")),
]


@pytest.mark.parametrize(("task", "progress", "size"), SIZES)
def test_a_list_size_is_no_actual(task: str, progress: str, size: tuple[float, str]) -> None:
    got = _actuals(task, progress)
    assert got  # the result stays
    assert size not in got


# (task, progress, a count that stays an actual)
NOT_SIZES = [
    # a count said started before its total: a result (second round, item 12)
    ("重点项目", "全市新开工项目58个,总投资320亿元", (58, "个")),
    ("重点项目", "已开工项目25个,总投资100亿元", (25, "个")),
    ("招商引资", "全年签约项目12个,总投资80亿元", (12, "个")),
    ("项目储备", "全年新增入库项目30个,总投资60亿元", (30, "个")),
    # a count under a date is a result, its total beside it (the sample's rows 20-22)
    ("项目储备", "1-6月份,新提报谋划储备项目133个,总投资400.77亿元", (133, "个")),
    ("重点项目", "复工项目40个,总投资90亿元", (40, "个")),
    ("重点项目", "投产项目9个,总投资20亿元", (9, "个")),
    ("重点项目", "竣工项目7个,总投资15亿元", (7, "个")),
    # a count followed by a result, not a plan
    ("重点项目", "建成公园12个,完成投资4.5亿元", (12, "个")),
    # a count whose next figure is in another sentence
    ("重点项目", "全市安排重点项目458个。总投资7206.7亿元", (458, "个")),
]


@pytest.mark.parametrize(("task", "progress", "count"), NOT_SIZES)
def test_a_count_not_sizing_a_plan_stays(task: str, progress: str, count: tuple[float, str]) -> None:
    assert count in _actuals(task, progress)


def test_switched_off_the_size_stays() -> None:
    old = candidates.LIST_SIZES_IN_PLANS
    candidates.LIST_SIZES_IN_PLANS = False
    parse.cache_clear()
    lexicon.use(lexicon.current())
    try:
        assert (458, "个") in _actuals(*SIZES[0][:2])
    finally:
        candidates.LIST_SIZES_IN_PLANS = old
        parse.cache_clear()
        lexicon.use(lexicon.current())
