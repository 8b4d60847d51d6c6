"""A later comma part whose own subject is closed by the stage it reached is a row (reader pass 34).

Decision 17 (data/corpus/README.md), case (b): a clause is a row of its own when it names a distinct
piece of work and carries its own progress, a figure or words giving its stage (``已全部接入``,
``通过省验收``). An article often reports a group's money and then, after a comma, one project that
reached a stage: ``…占年计划61.3%，赣州稍江220千伏输变电工程(南康区)建成投运`` (jiangxi-2018-08);
``…順利通車，瞿壇至化隆高速完成土建工程，…`` (xining-haidong-2024-05). The comma split asked such a
part for an achieved word and a figure, so the project stayed in the group's progress. The stage
words are data (``own_stage`` of data/layout_cues.tsv). What stays in the row before: a part or
stage of the item's own work (``主体工程已完工``, ``一期工程建成投产``: ``work_part``), a forecast
(``预计年内全部完工``), names joined by 、 (read.shared's lists), a count opening the subject
(``12个项目已完工``: the count of the item's group), a part of the group (``部分项目…``) and what
names no subject (a period, a share). The rows below are our own words, one a case.
"""

from __future__ import annotations

from unittest import mock

import pytest

from zqmetrics.read import clauses
from zqmetrics.read.articles import clause_items
from zqmetrics.read.clauses import closed_stage_at

# (paragraph, the items read: (task, progress))
FORMS = [
    # A project after the group's money and share.
    ("全市重点项目完成投资50亿元，占年计划的65%，城南220千伏输变电工程建成投运。",
     [("全市重点项目", "完成投资50亿元，占年计划的65%"), ("城南220千伏输变电工程", "建成投运")]),
    # Two in a row, after a data period.
    ("1-8月，交通项目完成投资20亿元，北环快速路顺利通车，东湖隧道完成土建工程。",
     [("交通项目", "完成投资20亿元"), ("北环快速路", "顺利通车"), ("东湖隧道", "完成土建工程")]),
    # A stage of the main works, then an acceptance.
    ("全县水利项目完成投资3亿元，红星水库完成主体工程，滨河堤防工程通过验收。",
     [("全县水利项目", "完成投资3亿元"), ("红星水库", "完成主体工程"), ("滨河堤防工程", "通过验收")]),
    # A verdict reached by another group of people than the indicator's.
    ("全市新增城镇就业2万人，完成目标任务的80%，“零就业”家庭实现动态清零。",
     [("全市新增城镇就业2万人", "完成目标任务的80%"), ("“零就业”家庭", "实现动态清零")]),
]

NON_FORMS = [
    # A part of the item's own work.
    ("城西物流园完成投资5亿元，主体工程已完工。", [("城西物流园", "完成投资5亿元，主体工程已完工")]),
    ("城西物流园完成投资5亿元，一期工程建成投产。", [("城西物流园", "完成投资5亿元，一期工程建成投产")]),
    # A forecast or a plan: no stage reached.
    ("城西物流园完成投资5亿元，预计年内全部完工。", [("城西物流园", "完成投资5亿元，预计年内全部完工")]),
    ("城西物流园完成投资5亿元，计划年底建成投产。", [("城西物流园", "完成投资5亿元，计划年底建成投产")]),
    # A count of the item's group opens the subject.
    ("全县重点项目完成投资5亿元，12个项目已完工。", [("全县重点项目", "完成投资5亿元，12个项目已完工")]),
    # A period names no subject.
    ("全县重点项目完成投资5亿元，同比增长8%，至8月底全部完工。",
     [("全县重点项目", "完成投资5亿元，同比增长8%，至8月底全部完工")]),
]

# (comma part, where its stage starts or -1)
PARTS = [
    ("城南220千伏输变电工程建成投运", 12),
    ("东湖隧道完成土建工程", 4),
    ("城北水厂、城南水厂建成投运", -1),  # names joined by 、: read.shared's list
    ("部分项目已完工", -1),  # a part of the item's group
    ("主体工程已完工", -1),  # a part of the item's own work
    ("该项目已投产", -1),  # the item named again
    ("预计年内全部完工", -1),  # a forecast
    ("12个项目已完工", -1),  # a count opens the subject
    ("建成投运", -1),  # no subject
]


def _items(paragraph: str) -> list[tuple[str, str]]:
    return [(i["task"], i["progress"]) for i in clause_items(["重点项目进展情况", paragraph])]


@pytest.mark.parametrize(("paragraph", "items"), FORMS, ids=[p[0][:12] for p in FORMS])
def test_a_later_subject_closed_by_its_stage_is_a_row(
        paragraph: str, items: list[tuple[str, str]]) -> None:
    assert _items(paragraph) == items


@pytest.mark.parametrize(("paragraph", "items"), NON_FORMS, ids=[p[0][:14] for p in NON_FORMS])
def test_what_stays_in_the_row_before(paragraph: str, items: list[tuple[str, str]]) -> None:
    assert _items(paragraph) == items


@pytest.mark.parametrize(("part", "at"), PARTS, ids=[p[0] for p in PARTS])
def test_where_the_stage_starts(part: str, at: int) -> None:
    assert closed_stage_at(part) == at


@pytest.mark.parametrize(("paragraph", "items"), FORMS[:1], ids=["switched-off"])
def test_the_switch_turns_the_rule_off(paragraph: str, items: list[tuple[str, str]]) -> None:
    with mock.patch.object(clauses, "STAGE_CLOSED", False):
        assert len(_items(paragraph)) == len(items) - 1
