"""A total's parts listed by place are no actuals of the item (statements pass 14).

The conventions (data/corpus/README.md, second round, item 7): a district (or unit) breakdown
inside an item is part of the item; its total gives the item's actuals. Two or more figures of
the total's unit, listed right after it (其中…、…, or in brackets), each after the name of a place
or an office (``cues.tsv`` place_end, not not_place_end), adding up to the total or less, are
its breakdown. Parts of another kind (其中新建…4个、…站点30个) stay actuals. Each case is one
made-up row (task, progress).
"""

from __future__ import annotations

import pytest

import zqmetrics.extraction.candidates as candidates
from zqmetrics.extraction.candidates import _named_place
from zqmetrics.extraction.rows import extract_row
from zqmetrics.text import lexicon
from zqmetrics.text.clauses import parse


def _actuals(task: str, progress: str) -> list[tuple[float, str]]:
    _, actuals, _, issue = extract_row(task, progress, 2019, row={"layout": "numbered_items"})
    assert issue is None
    return [(float(a.quantity.amount), a.unit) for a in actuals]


# (task, progress, the total that stays, a part that goes)
BREAKDOWNS = [
    ("减少农村扶贫对象6.76万人",
     "全市完成减少农村扶贫对象7.497万人,其中:西秀区完成6962人、平坝区完成3619人、普定县完成7348人、"
     "镇宁自治县完成6182人、关岭自治县完成21056人、紫云自治县完成29803人。", (74970, "人"), (6962, "人")),
    ("易地扶贫搬迁", "全市建设安置点6个(西秀区1个、普定县1个、关岭自治县2个、紫云自治县1个)",
     (6, "个"), (2, "个")),
    ("燃气进村入户", "已入户接通天然气172083户,其中东营区完成26866户、河口区完成6445户、畜牧业示范区完成174户",
     (172083, "户"), (6445, "户")),
    ("农产品质量安全追溯",
     "上传检测数据13950条,其中,农业农村局上传6308条、畜牧业发展中心上传1770条、水产业发展中心上传800条",
     (13950, "条"), (1770, "条")),
    # each place ending of cues.tsv
    ("改造农村户厕", "全省完成改造500户,其中甲市完成200户、乙州完成150户", (500, "户"), (150, "户")),
    ("改造农村户厕", "全盟完成改造500户,其中甲旗完成200户、乙旗完成150户", (500, "户"), (200, "户")),
    ("改造农村户厕", "全县完成改造500户,其中甲镇完成200户、乙乡完成150户", (500, "户"), (150, "户")),
    ("改造农村户厕", "全区完成改造500户,其中甲街道完成200户、乙街道完成150户", (500, "户"), (200, "户")),
]


@pytest.mark.parametrize(("task", "progress", "total", "part"), BREAKDOWNS)
def test_a_breakdown_by_place_is_no_actual(task: str, progress: str, total: tuple[float, str],
                                           part: tuple[float, str]) -> None:
    got = _actuals(task, progress)
    assert total in got
    assert part not in got


# (task, progress, a part that stays an actual)
NOT_BREAKDOWNS = [
    # parts of another kind: actuals of the item (second round, the 其中 line)
    ("养老服务设施", "新建试点项目84个,其中新建省级幸福工程项目4个、社区助老服务站点30个、农村颐养服务站50个",
     (30, "个")),
    # things whose names end as places do: no breakdown by place
    ("城市更新", "改造完成120个,其中老旧小区完成80个、城中村完成30个", (80, "个")),
    ("城市更新", "改造完成120个,其中社区完成80个、城中村完成30个", (80, "个")),
    ("城市更新", "改造完成120个,其中产业园区完成80个、城中村完成30个", (80, "个")),
    ("城市更新", "改造完成120个,其中景区完成80个、城中村完成30个", (80, "个")),
    ("城市更新", "改造完成120个,其中校区完成80个、城中村完成30个", (80, "个")),
    ("城市更新", "改造完成120个,其中棚改片区完成80个、城中村完成30个", (80, "个")),
    ("城市更新", "改造完成120个,其中历史街区完成80个、城中村完成30个", (80, "个")),
    # parts adding up to more than the figure before them: not its breakdown
    ("改造农村户厕", "全县完成改造100户,其中甲镇完成200户、乙乡完成150户", (200, "户")),
    # one place only
    ("改造农村户厕", "全县完成改造500户,其中甲镇完成200户", (200, "户")),
]


@pytest.mark.parametrize(("task", "progress", "kept"), NOT_BREAKDOWNS)
def test_parts_that_are_no_breakdown_by_place_stay(task: str, progress: str,
                                                   kept: tuple[float, str]) -> None:
    assert kept in _actuals(task, progress)


@pytest.mark.parametrize(("words", "place"), [
    ("东营区完成", True), ("镇宁自治县完成", True), ("农业农村局上传", True), ("西秀区", True),
    ("畜牧业发展中心上传", True), ("老旧小区完成", False), ("社区助老服务站点", False),
    ("新建省级幸福工程项目", False),
])
def test_names_of_places_and_offices(words: str, place: bool) -> None:
    assert _named_place(words) is place


def test_switched_off_the_parts_stay() -> None:
    old = candidates.BREAKDOWNS
    candidates.BREAKDOWNS = False
    parse.cache_clear()
    lexicon.use(lexicon.current())
    try:
        assert (6445, "户") in _actuals(*BREAKDOWNS[2][:2])
    finally:
        candidates.BREAKDOWNS = old
        parse.cache_clear()
        lexicon.use(lexicon.current())
