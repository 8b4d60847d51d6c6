"""A count of work not done or still under way is no actual of its own (statements pass 14).

``今年全县39个重点项目,截至5月份,15个项目未开工,24个项目已开工``: the 24 started are progress (second
round, item 12); the 15 not started are what is left, no progress. A figure whose clause holds a
pending word (``cues.tsv`` pending) and no 已 nor achievement word stays only where it measures a
target of the row. Each case is one made-up row (task, progress).
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


# (task, progress, the pending count: no actual; the result beside it stays)
PENDING = [
    ("项目开工情况", "截至5月份,15个项目未开工,24个项目已开工", (15, "个"), (24, "个")),
    ("非重点项目", "已开工46个,未开工22个", (22, "个"), (46, "个")),
    ("续建项目", "已复工40个,未复工5个", (5, "个"), (40, "个")),
    ("重点项目", "已开复工73个,未开复工27个", (27, "个"), (73, "个")),
    ("前期工作", "30个重点项目已完成前期论证工作,下余87个项目前期工作推进中", (87, "个"), (30, "个")),
    ("收储点建设", "秸秆收储点已完成5个,剩余9个", (9, "个"), (5, "个")),
    ("三品一标认证", "已完成10个,正在申报11个", (11, "个"), (10, "个")),
    ("茶宿项目", "达到验收标准8家,尚未验收10家", (10, "家"), (8, "家")),
]


@pytest.mark.parametrize(("task", "progress", "pending", "result"), PENDING)
def test_pending_work_is_no_actual(task: str, progress: str, pending: tuple[float, str],
                                   result: tuple[float, str]) -> None:
    got = _actuals(task, progress)
    assert result in got
    assert pending not in got


# (task, progress, a count that stays an actual)
NOT_PENDING = [
    # the rest said done: a result
    ("低保资金发放", "除三个县外,其余191个县级单位均已完成11月份城市低保资金发放工作", (191, "个")),
    ("项目建设", "完成了剩余2个贫困村通客车方案", (2, "个")),
    # a pending word in another clause
    ("重点项目", "3个项目未开工,已开工项目20个", (20, "个")),
]


@pytest.mark.parametrize(("task", "progress", "kept"), NOT_PENDING)
def test_work_said_done_stays(task: str, progress: str, kept: tuple[float, str]) -> None:
    assert kept in _actuals(task, progress)


def test_pending_work_measuring_a_target_stays() -> None:
    # the row's target is the work in progress itself
    assert (56, "个") in _actuals("全年正在实施项目60个", "上半年正在实施项目56个")


def test_switched_off_the_pending_count_stays() -> None:
    old = candidates.PENDING
    candidates.PENDING = False
    parse.cache_clear()
    lexicon.use(lexicon.current())
    try:
        assert (22, "个") in _actuals("非重点项目", "已开工46个,未开工22个")
    finally:
        candidates.PENDING = old
        parse.cache_clear()
        lexicon.use(lexicon.current())
