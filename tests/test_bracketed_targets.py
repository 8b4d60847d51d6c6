"""A target in brackets after a figure makes that figure an achievement (statements pass 19).

``已新增公共租赁住房(租金补贴)149户(年度目标任务为100户)`` (ningbo-haishu-2016-h1) and
``13家医疗机构(原定目标为5家)实现…`` (datong-2022-fy): a task cell that gives a figure and, in a bracket
right after it, a target of the same unit (the bracket's words hold a head word of
``target_words.tsv``: 目标, 目标任务, 年度目标 …) reports the figure as reached. The figure is read with
the progress as an achievement, the bracket's figure stays the row's target (with the words of the
figure before it) and the achievement measures it. Each case is one made-up row.
"""

from __future__ import annotations

import pytest

import zqmetrics.extraction.targets as targets_module
from zqmetrics.extraction.rows import extract_row
from zqmetrics.text import lexicon


def _read(task: str, progress: str = "") -> tuple[list[tuple[float, str]], list[tuple[float, str, int | None]]]:
    targets, actuals, _, issue = extract_row(task, progress, 2016, row={"layout": "prose"})
    assert issue is None
    return ([(float(t.quantity.amount), t.unit) for t in targets],
            [(float(a.quantity.amount), a.unit, a.target_index) for a in actuals])


# (task, the bracket's target, the figure reached, which measures it)
BRACKETED = [
    ("住房保障类项目全面推进,截至6月,已新增公共租赁住房(租金补贴)149户(年度目标任务为100户)",
     (100, "户"), (149, "户")),
    ("全市73家医疗机构实现门诊费用直接结算,13家医疗机构(原定目标为5家)实现慢病费用直接结算",
     (5, "家"), (13, "家")),
    ("新增城镇就业2.1万人(全年目标2万人)", (20000, "人"), (21000, "人")),
    ("改造农村户厕860座（年度目标为1000座）", (1000, "座"), (860, "座")),
]


@pytest.mark.parametrize(("task", "target", "reached"), BRACKETED)
def test_a_figure_before_a_bracketed_target_is_reached(task: str, target: tuple[float, str],
                                                       reached: tuple[float, str]) -> None:
    targets, actuals = _read(task)
    assert target in targets
    assert reached not in targets
    assert (*reached, targets.index(target)) in actuals


# (task, a figure that stays a target): the bracket names no target, holds another unit, or the
# figure is a rate
NOT_BRACKETED = [
    ("新建保障性住房(公共租赁住房)500套", (500, "套")),
    ("新建保障性住房500套(其中公共租赁住房200套)", (500, "套")),
    ("新增城镇就业2万人(目标任务为1.8万户)", (20000, "人")),
    ("新建公园8个(含口袋公园5个)", (8, "个")),
    ("城镇调查失业率控制在5.5%(全年目标6%)", (5.5, "%")),
]


@pytest.mark.parametrize(("task", "target"), NOT_BRACKETED)
def test_no_bracketed_target_leaves_the_figure(task: str, target: tuple[float, str]) -> None:
    targets, _ = _read(task)
    assert target in targets


def test_the_switch_restores_the_old_reading() -> None:
    targets_module.BRACKETED_TARGETS = False
    lexicon.use(lexicon.current())
    try:
        targets, _ = _read("新增城镇就业2.1万人(全年目标2万人)")
        assert (21000, "人") in targets
    finally:
        targets_module.BRACKETED_TARGETS = True
        lexicon.use(lexicon.current())
