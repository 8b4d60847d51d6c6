"""A change against another period, the pace or a place is no actual (statements pass 14).

The conventions (data/corpus/README.md, second round, item 11): last year's figures and
year-on-year changes are not actuals. A figure a comparison word opens (``cues.tsv`` compare:
较去年同期, 同比, 增幅; pace_gap: 超序时进度), one listed right after such a figure, and any figure
in percentage points (a difference of two rates) is a change. It stays an actual only where it
measures a target of the row (a growth target: 同比增长7%). Each case is one made-up row.
"""

from __future__ import annotations

import pytest

import zqmetrics.extraction.candidates as candidates
from zqmetrics.extraction.rows import extract_row
from zqmetrics.text import lexicon
from zqmetrics.text.clauses import parse


def _figures(task: str, progress: str) -> list[tuple[float, str, int | None]]:
    _, actuals, _, issue = extract_row(task, progress, 2020, row={"layout": "prose"})
    assert issue is None
    return [(float(a.quantity.amount), a.unit, a.target_index) for a in actuals]


# (task, progress, the change's figure and unit: never an actual of the row)
CHANGES = [
    ("重点项目", "完成投资30.5亿元,较去年同期增加8.1亿元", 8.1e8, "元"),
    ("重点项目", "完成投资273.2亿元,同比增长24.4%", 24.4, "%"),
    ("重点项目", "累计完成投资1431.11亿元,较去年同期增长373亿元,增幅35.25%", 35.25, "%"),
    ("重点项目", "累计完成投资1431.11亿元,较去年同期增长373亿元,增幅35.25%", 373e8, "元"),
    ("重点项目", "累计完成投资273.2亿元,比2019年同期增长45.4%", 45.4, "%"),
    ("重点项目", "累计完成投资273.2亿元,两年平均增长20.6%", 20.6, "%"),
    ("重点项目", "完成投资46.9亿元,比去年同期多完成11.004亿元", 11.004e8, "元"),
    ("重点项目", "完成投资36.55亿元,投资完成率较去年同期下降5个百分点", -5, "个百分点"),
    ("重点项目", "完成投资160.45亿元,完成年度计划的73.87%,超序时进度23.87个百分点", 23.87, "个百分点"),
    ("重点项目", "完成投资96.4亿元,完成年度计划投资的31.7%,低于序时进度1.6个百分点", 1.6, "个百分点"),
    ("重点项目", "完成投资15亿元,完成年度计划的65.2%,超过时间进度约23.5个百分点", 23.5, "个百分点"),
    ("固定资产投资", "完成投资15亿元,完成年度计划的65%,高于全省平均水平1.7个百分点", 1.7, "个百分点"),
    # each pace word of cues.tsv, with a figure in % (not points) after it
    ("重点项目", "完成年度计划的60%,高于序时进度5%", 5, "%"),
    ("重点项目", "完成年度计划的60%,快于序时进度5%", 5, "%"),
    ("重点项目", "完成年度计划的50%,慢于序时进度5%", 5, "%"),
    ("重点项目", "完成年度计划的50%,落后序时进度5%", 5, "%"),
    ("重点项目", "完成年度计划的60%,超出序时进度5%", 5, "%"),
    ("重点项目", "完成年度计划的60%,超时序5%", 5, "%"),
    ("重点项目", "完成年度计划的60%,超序时进度5%", 5, "%"),
    ("重点项目", "完成年度计划的50%,低于序时进度5%", 5, "%"),
    ("重点项目", "完成年度计划的50%,落后时间进度5%", 5, "%"),
    ("重点项目", "完成年度计划的60%,高于时间进度5%", 5, "%"),
    ("重点项目", "完成年度计划的60%,超过时间进度5%", 5, "%"),
    ("重点项目", "完成年度计划的50%,低于时间进度5%", 5, "%"),
    ("重点项目", "完成投资15亿元,降幅12%", 12, "%"),
    ("重点项目", "累计完成投资861亿元,增速30.8%", 30.8, "%"),
    ("重点项目", "年度计划18.2亿元,总投资和年度计划分别较上年度增加17%、26%", 26, "%"),  # listed after one
    ("重点项目", "已开工47个,开工率94%,较去年同期提高14个百分点", 14, "个百分点"),
]


@pytest.mark.parametrize(("task", "progress", "value", "unit"), CHANGES)
def test_a_change_is_no_actual(task: str, progress: str, value: float, unit: str) -> None:
    figures = _figures(task, progress)
    assert figures  # the row's own result stays
    assert not [f for f in figures if abs(f[0] - value) < 1e-6 and f[1] == unit]


# (task, progress, a figure that stays an actual, its target_index)
NOT_CHANGES = [
    # a growth target: the year-on-year growth measures it
    ("固定资产投资同比增长7%", "1-6月全县固定资产投资同比增长5.5%", (5.5, "%", 0)),
    ("规模以上工业增加值增速8%", "1-6月规模以上工业增加值增速9.2%", (9.2, "%", 0)),
    # a rate target in points: the points measure it
    ("城市空气优良天数比例提升4个百分点", "优良天数比例提升3.89个百分点", (3.89, "个百分点", 0)),
    # a figure dated last year, no comparison word: not a change (it stays, whatever it measures)
    ("改造老旧小区300个", "截至去年12月底,实际完成对277个老旧小区的改造", (277, "个", None)),
    # the figure before the comparison is the row's result (an unwritten target's amount)
    ("重点项目", "完成投资30.5亿元,较去年同期增加8.1亿元", (30.5e8, "元", None)),
    # a list after a comparison word in another clause is not the comparison's
    ("重点项目", "同比增长12%,已开工10个、竣工3个", (3, "个", None)),
]


@pytest.mark.parametrize(("task", "progress", "kept"), NOT_CHANGES)
def test_not_a_change_stays(task: str, progress: str, kept: tuple[float, str, int | None]) -> None:
    assert kept in _figures(task, progress)


def test_switched_off_the_change_stays() -> None:
    old = candidates.CHANGES
    candidates.CHANGES = False
    parse.cache_clear()
    lexicon.use(lexicon.current())
    try:
        assert (8.1e8, "元", None) in _figures("重点项目", "完成投资30.5亿元,较去年同期增加8.1亿元")
    finally:
        candidates.CHANGES = old
        parse.cache_clear()
        lexicon.use(lexicon.current())

