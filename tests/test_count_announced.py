"""A count that announces the parts after it (reader pass 27, ``announced.COUNT_ANNOUNCED``).

The parts are split only when their number is the count: in one clause, parts joined by 、 after a
comma part holding only a count and what is said of the counted items (a status or progress word);
over clauses, the ``；``-clauses to the sentence's end after a count closed by a colon. Negatives: a
count of things with its own figures (a target with its sub-figures) stays one item; a list whose
number disagrees with the count stays as it was read; figures given 分别 are one item's.

Met in 大观区 2024-04 (``3项进展较快，A完成率35%、B…、C…；4项正在抓紧实施，…``) and 永州 2018
(``有9个指标超额完成年度任务，即：…；…``, nine clauses); the rows below are our own words, one a case.
"""

from __future__ import annotations

import pytest

from zqmetrics.read import announced
from zqmetrics.read.announced import in_clause, over_clauses
from zqmetrics.read.articles import read_article

# (clause, the parts the count announces)
IN_CLAUSE = [
    ("3项进展较快,城东托育中心完成率35%、社区书屋建设完成率50%、职工驿站建设完成率100%",
     ["城东托育中心完成率35%", "社区书屋建设完成率50%", "职工驿站建设完成率100%"]),
    ("5项民生工程中,2项正在抓紧实施,河道清淤工程正在施工、“口袋公园”建设新增公园8个,完成率40%",
     ["河道清淤工程正在施工", "“口袋公园”建设新增公园8个,完成率40%"]),
    ("有两项进展较慢,老旧小区改造完成率12%、城区停车场建设完成率20%",
     ["老旧小区改造完成率12%", "城区停车场建设完成率20%"]),
]


@pytest.mark.parametrize(("clause", "parts"), IN_CLAUSE, ids=[c[0][:12] for c in IN_CLAUSE])
def test_parts_as_many_as_the_count_are_split(clause: str, parts: list[str]) -> None:
    found = in_clause(clause)
    assert found is not None
    assert found[1] == parts
    assert clause.startswith(found[0])


# Clauses a count does not split.
NOT_IN_CLAUSE = [
    # The parts are fewer than the count.
    "3项进展较快,城东托育中心完成率35%、社区书屋建设完成率50%",
    # A count of things with their own figures: a target with its sub-figures, no status said.
    "3所学校,新增学位1200个、教师120名、食堂3个",
    # Figures given 分别: one item's.
    "2项进展较快,投资分别为3亿元、5亿元",
    # A part that is only a figure.
    "2项进展较快,完成率35%、50%",
    # A 、 inside a name makes one part more than the count.
    "2项进展较快,餐饮油烟、噪声整治完成率80%、城区停车场建设完成率20%",
    # Names as examples of a counted group: the count follows the names, not before them.
    "东湖公园、西湖公园等3项进展较快,完成投资2亿元",
]


@pytest.mark.parametrize("clause", NOT_IN_CLAUSE, ids=[c[:12] for c in NOT_IN_CLAUSE])
def test_no_split_without_the_count_agreeing(clause: str) -> None:
    assert in_clause(clause) is None


def test_each_part_is_an_item_with_the_lead_as_frame() -> None:
    got = read_article(["某区民生实事进展情况",
                        "9项工程类实事中,3项进展较快,城东托育中心完成率35%、社区书屋建设完成率50%、"
                        "职工驿站建设完成率100%;2项正在进行前期工作。"])
    assert [(i["task"], i["progress"]) for i in got][:3] == [
        ("城东托育中心", "完成率35%"), ("社区书屋建设", "完成率50%"), ("职工驿站建设", "完成率100%")]
    assert got[0]["frame"] == "9项工程类实事中,3项进展较快,"


# (clause, ；-clauses from it to its sentence's end, lead, first part)
OVER_CLAUSES = [
    ("其中,有3个指标超额完成年度任务,即:新增城镇就业5000人,为任务的110%", 3,
     "其中,有3个指标超额完成年度任务,即:", "新增城镇就业5000人,为任务的110%"),
    ("此外,有2个指标全面完成年度任务,即:完成棚户区改造800套,为任务的100%", 2,
     "此外,有2个指标全面完成年度任务,即:", "完成棚户区改造800套,为任务的100%"),
    ("4项提前完成的指标包括:美丽村庄建设,全年任务为20个村,已全部完成", 4,
     "4项提前完成的指标包括:", "美丽村庄建设,全年任务为20个村,已全部完成"),
]


@pytest.mark.parametrize(("clause", "left", "lead", "first"), OVER_CLAUSES,
                         ids=[c[0][:12] for c in OVER_CLAUSES])
def test_a_count_closed_by_a_colon_announces_its_clauses(clause: str, left: int, lead: str,
                                                        first: str) -> None:
    assert over_clauses(clause, left) == (lead, first)


@pytest.mark.parametrize(("clause", "left"), [
    # Two clauses follow where the count says three.
    ("其中,有3个指标超额完成年度任务,即:新增城镇就业5000人,为任务的110%", 2),
    # A single clause: nothing is announced over clauses.
    ("有1个指标未完成,即:新增城镇就业5000人", 1),
    # No colon closes the count: the clause is an item as it stands.
    ("有3个指标超额完成年度任务,新增城镇就业5000人,为任务的110%", 3),
])
def test_no_lead_without_the_clauses_agreeing(clause: str, left: int) -> None:
    assert over_clauses(clause, left) is None


def test_the_first_clause_leaves_its_lead() -> None:
    got = read_article(["某市民生实事完成情况",
                        "其中,有3个指标超额完成年度任务,即:新增城镇就业5000人,为任务的110%;"
                        "新建农村公路120公里,为任务的105%;完成农村危房改造900户,为任务的112%。"])
    assert [i["task"] for i in got] == ["新增城镇就业5000人", "新建农村公路120公里",
                                        "完成农村危房改造900户"]
    assert got[0]["frame"].endswith("即:")


def test_off_the_lead_and_the_first_part_stay_together(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(announced, "COUNT_ANNOUNCED", False)
    assert in_clause(IN_CLAUSE[0][0]) is None
    assert over_clauses(OVER_CLAUSES[0][0], 3) is None
