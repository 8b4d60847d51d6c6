"""A count of a part after its counted whole is no target (statements pass 19).

``50个争取开工项目中23个项目 | 已经开工`` (kaifeng-2016-04), ``19个计划新开工项目目前只有10个 | 已开工``
(gansu-2015-10), ``乡村振兴工作小组12项重点任务中,2项已完成`` (taian-2021-08): a task cell that counts
a whole and then, after a word of ``cues.tsv`` partitive (中, 有, 只有 …), a part of it of the same
unit and no larger, said done or started in its clause, reports what was done. The part is read
with the progress as an achievement; the whole keeps whatever role the other rules give it. Before
the rule the whole was read as a qualifier of the part (``过50亿元项目2个``) and the part as the
target. Each case is one made-up row.
"""

from __future__ import annotations

import pytest

import zqmetrics.extraction.tails as tails
from zqmetrics.extraction.rows import extract_row
from zqmetrics.text import lexicon


def _read(task: str, progress: str) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    targets, actuals, _, issue = extract_row(task, progress, 2016, row={"layout": "prose"})
    assert issue is None
    return ([(float(t.quantity.amount), t.unit) for t in targets],
            [(float(a.quantity.amount), a.unit) for a in actuals])


# (task, progress, the part: an actual and no target)
PARTS = [
    ("50个争取开工项目中23个项目", "已经开工", (23, "个")),
    ("30个计划新开工项目目前只有12个", "已开工", (12, "个")),
    ("乡村振兴工作小组12项重点任务中,2项已完成", "", (2, "项")),
    ("40个城建实事项目中,有10个已经竣工", "", (10, "个")),
    ("86个计划新开工重点项目中有85个", "开工建设", (85, "个")),
    ("15项民生实事已有9项", "全面完成", (9, "项")),
    ("10个重点项目当中,6个已开工", "", (6, "个")),
    ("8所学校之中,5所已建成", "", (5, "所")),
    ("12项实事中有7项", "已完成", (7, "项")),
    ("20项民心工程又有16项完成", "", (16, "项")),
    ("19个计划新开工项目仅有8个", "开工", (8, "个")),
]


@pytest.mark.parametrize(("task", "progress", "part"), PARTS)
def test_a_part_said_done_is_an_achievement(task: str, progress: str,
                                            part: tuple[float, str]) -> None:
    targets, actuals = _read(task, progress)
    assert part not in targets
    assert part in actuals


# (task, progress, the whole, a target of the row where nothing else strikes it)
WHOLES = [
    ("50个争取开工项目中23个项目", "已经开工", (50, "个")),
    ("40个城建实事项目中,有10个已经竣工", "", (40, "个")),
]


@pytest.mark.parametrize(("task", "progress", "whole"), WHOLES)
def test_the_whole_keeps_its_role(task: str, progress: str, whole: tuple[float, str]) -> None:
    targets, _ = _read(task, progress)
    assert whole in targets


# (task, progress, the second figure, which stays a target): no part of a whole, or a part the
# report does not say was done
NOT_PARTS = [
    # a part said to lag: left as it was (a list's part said to lag, 108个续建项目有12个项目推进不理想,
    # is a band since statements pass 23: decision 16, portfolio.PACED_COUNTS)
    ("新建口袋公园20个有5个公园推进不理想", "有2个公园未开工", (5, "个")),
    # larger than the figure before it: no part (11件民生实事共有20个事项)
    ("11个民生实事共有20个子项目", "已完成", (20, "个")),
    # another unit: a qualifier and its count (过50亿元项目2个)
    ("新引进过50亿元项目2个", "已签约1个", (2, "个")),
    # no partitive word between them
    ("改造老旧小区10个、新建公园5个", "已完成", (5, "个")),
    # a clause mark between the whole's noun and the word: no partitive
    ("建设公园8个,其中5个为口袋公园", "", (5, "个")),
]


@pytest.mark.parametrize(("task", "progress", "target"), NOT_PARTS)
def test_no_part_of_a_whole_stays(task: str, progress: str, target: tuple[float, str]) -> None:
    targets, _ = _read(task, progress)
    assert target in targets


def test_the_switch_restores_the_old_reading() -> None:
    tails.PARTS_OF_WHOLE = False
    lexicon.use(lexicon.current())
    try:
        targets, _ = _read("50个争取开工项目中23个项目", "已经开工")
        assert (23, "个") in targets
    finally:
        tails.PARTS_OF_WHOLE = True
        lexicon.use(lexicon.current())
