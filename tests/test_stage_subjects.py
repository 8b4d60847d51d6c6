"""A later subject with its own stage after an item's stage is an item (reader pass 10, issue 10).

A bulletin's paragraph on projects still in preparation (前期项目) lists them by stage, often two to a
sentence: ``A正在进行方案深化，B正在开展施工图设计``; ``A已完成初步设计，B项目建议书已批复``. Such a
list has no figures, so the comma split that asks a later subject for what it achieved and a figure
did not see the second project. Met in two development documents (罗湖 2011 10月, 罗湖 2009 9月);
the rows below are our own words, one a case.
"""

from __future__ import annotations

from unittest import mock

import pytest

from zqmetrics.read import articles
from zqmetrics.read.articles import clause_items

# (paragraph, the items read: (task, progress))
FORMS = [
    # Two subjects, each with 正在.
    ("城东片区慢行系统工程正在进行方案深化，北门人行天桥工程正在开展施工图设计；区妇幼保健院正在进行初步设计。",
     [("城东片区慢行系统工程", "正在进行方案深化"), ("北门人行天桥工程", "正在开展施工图设计"),
      ("区妇幼保健院", "正在进行初步设计")]),
    # 已 after each subject, the second naming the document its stage is about.
    ("南湖片区交通改善工程已完成初步设计，边坡治理2024年项目建议书已批复；北区学校已完成审图。",
     [("南湖片区交通改善工程", "已完成初步设计"), ("边坡治理2024年项目建议书", "已批复"),
      ("北区学校", "已完成审图")]),
    # Three in one sentence.
    ("老城供水管网改造已完成招标，滨河步道工程正在施工，体育公园项目尚未开工。",
     [("老城供水管网改造", "已完成招标"), ("滨河步道工程", "正在施工"), ("体育公园项目", "尚未开工")]),
]

NON_FORMS = [
    # A part of the item's group, not a subject of its own (部分…, 其余…).
    ("全市20个预备项目已开工5个，部分项目已开展征地拆迁工作，完成投资3亿元。",
     [("全市20个预备项目", "已开工5个，部分项目已开展征地拆迁工作，完成投资3亿元")]),
    ("城南污水处理厂已完成设计，其余配套管网正在开展招标。",
     [("城南污水处理厂", "已完成设计，其余配套管网正在开展招标")]),
    # The item's progress opens with no stage word: a later stage is the item's detail.
    ("全区重点项目30个，完成投资12亿元，东区医院工程正在进行主体施工。",
     [("全区重点项目30个", "完成投资12亿元，东区医院工程正在进行主体施工")]),
    # A stage with a plan after it states a target, not a stage reached.
    ("北区学校已完成审图，新城道路工程已安排投资计划2亿元。",
     [("北区学校", "已完成审图，新城道路工程已安排投资计划2亿元")]),
    # A period or a share after the comma names no subject.
    ("南湖公园工程已完成主体施工，至9月底已完成绿化。",
     [("南湖公园工程", "已完成主体施工，至9月底已完成绿化")]),
    # Too short to name a subject.
    ("城北水厂扩建工程已完成初步设计，方案已批复。",
     [("城北水厂扩建工程", "已完成初步设计，方案已批复")]),
]


def _items(paragraph: str) -> list[tuple[str, str]]:
    return [(i["task"], i["progress"]) for i in clause_items(["重点前期项目进展情况", paragraph])]


@pytest.mark.parametrize(("paragraph", "items"), FORMS, ids=[p[0][:12] for p in FORMS])
def test_a_later_subject_with_its_own_stage_is_an_item(
        paragraph: str, items: list[tuple[str, str]]) -> None:
    assert _items(paragraph) == items


@pytest.mark.parametrize(("paragraph", "items"), NON_FORMS, ids=[p[0][:12] for p in NON_FORMS])
def test_what_stays_the_items_progress(paragraph: str, items: list[tuple[str, str]]) -> None:
    assert _items(paragraph) == items


@pytest.mark.parametrize(("paragraph", "items"), FORMS[:1], ids=["switched-off"])
def test_the_switch_turns_the_rule_off(paragraph: str, items: list[tuple[str, str]]) -> None:
    with mock.patch.object(articles, "STAGE_SUBJECTS", False):
        assert len(_items(paragraph)) == len(items) - 1
