"""A sentence opening with the group the item before it counted is that item's progress (reader
pass 30, :mod:`zqmetrics.read.renamed`).

A plan sentence sets out a counted group and its plan; the next sentence reports on the group
under its name again, the count left out or put first with words after the name. Development
documents showed it in three collections (江门 2021 1-3月, 江华 2012 1-9月, 锡林浩特 2025 1-9月); the
rows below are our own words, one a case, negatives too.
"""

from __future__ import annotations

import pytest

from zqmetrics.read import renamed
from zqmetrics.read.articles import clause_items

# (paragraphs, the items read: (task, progress))
JOINED = [
    # The count left out: the name opens the later subject.
    (["2023年全县安排重点建设项目50项，年度投资计划80亿元。重点建设项目1-6月累计完成投资42亿元，占年度计划的52.5%。"],
     [("2023年全县安排重点建设项目50项，年度投资计划80亿元",
       "重点建设项目1-6月累计完成投资42亿元，占年度计划的52.5%")]),
    # The count first, words after the name before the verb (who checked the figure).
    (["2020年我区区级重点项目12个，年度计划投资30亿元。1-9月，12个区级重点项目经区重点办审核完成投资25亿元。"],
     [("2020年我区区级重点项目12个，年度计划投资30亿元",
       "1-9月，12个区级重点项目经区重点办审核完成投资25亿元")]),
    # A plan told with its own verb (计划完成) has reported nothing yet.
    (["2025年全市计划实施重点项目80个，年度计划完成投资60亿元。重点项目建设有序推进，已开复工项目70个。"],
     [("2025年全市计划实施重点项目80个", "年度计划完成投资60亿元。重点项目建设有序推进，已开复工项目70个")]),
    # The pinyin gloss some pages print after a character hides neither the name nor the plan.
    (["2021年安排全市重點(diǎn)項(xiàng)目30項(xiàng)，年度投資計(jì)劃90億元。"
      "全市重點(diǎn)項(xiàng)目1-3月累計完成投資20億元。"],
     [("2021年安排全市重點(diǎn)項(xiàng)目30項(xiàng)",
       "年度投資計(jì)劃90億元。全市重點(diǎn)項(xiàng)目1-3月累計完成投資20億元")]),
]

# What must not change: each reads as with the rule off.
KEPT = [
    # Another count before the name is another group: the next item's figure stays with it.
    (["全县安排重点建设项目50项，年度投资计划80亿元。35项重点建设项目已开工，完成投资30亿元。"],
     [("全县安排重点建设项目50项，年度投资计划80亿元", ""), ("35项重点建设项目", "已开工，完成投资30亿元")]),
    # The item before has its figures already: the later sentence is a report of its own.
    (["全县重点建设项目50项完成投资40亿元，占年度计划的50%。重点建设项目1-6月新开工12项，完成投资8亿元。"],
     [("全县重点建设项目50项", "完成投资40亿元，占年度计划的50%"),
      ("重点建设项目1-6月", "新开工12项，完成投资8亿元")]),
    # No plan set out (a count describing the group): nothing waits for its progress.
    (["全区民生实事项目20件涵盖教育、医疗等领域。民生实事项目推进中完成投资5亿元。"],
     [("全区民生实事项目20件涵盖教育、医疗等领域", ""), ("民生实事项目推进中", "完成投资5亿元")]),
    # A part of the group with a count of its own in the subject.
    (["全市重点项目120个，年度计划投资300亿元。重点项目中新开工项目45个，完成投资60亿元。"],
     [("全市重点项目120个，年度计划投资300亿元", ""), ("重点项目中新开工项目45个", "完成投资60亿元")]),
    # A sibling group sharing only 项目 (续建, then 新建) is an item of its own.
    (["续建项目40个，年度计划投资50亿元。新建项目累计完成投资10亿元。"],
     [("续建项目40个，年度计划投资50亿元", ""), ("新建项目", "累计完成投资10亿元")]),
    # A summary sentence after a list belongs to no item.
    (["续建项目40个，年度计划投资50亿元。新开工项目20个，年度计划投资30亿元。全部项目累计完成投资45亿元。"],
     [("续建项目40个，年度计划投资50亿元", ""), ("新开工项目20个，年度计划投资30亿元", ""),
      ("全部项目", "累计完成投资45亿元")]),
    # The group named two items back: only the item just before is continued.
    (["全县重点项目30个，年度计划投资60亿元。全县民生实事10件，年度计划投资8亿元。"
      "重点项目1-6月累计完成投资20亿元，占年度计划的33%。"],
     [("全县重点项目30个，年度计划投资60亿元", ""), ("全县民生实事10件，年度计划投资8亿元", ""),
      ("重点项目1-6月", "累计完成投资20亿元，占年度计划的33%")]),
]


def _read(paragraphs: list[str]) -> list[tuple[str, str]]:
    return [(i["task"], i["progress"]) for i in clause_items(["全县重点项目建设进展", *paragraphs])]


@pytest.mark.parametrize(("paragraphs", "items"), JOINED, ids=[p[0][:14] for p, _ in JOINED])
def test_a_subject_opening_with_the_group_before_gives_its_progress(
        paragraphs: list[str], items: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    assert _read(paragraphs) == items
    monkeypatch.setattr(renamed, "RENAMED", False)
    assert len(_read(paragraphs)) == len(items) + 1  # off: the report is a row of its own


@pytest.mark.parametrize(("paragraphs", "items"), KEPT, ids=[p[0][:14] for p, _ in KEPT])
def test_other_groups_parts_and_summaries_are_left(
        paragraphs: list[str], items: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    assert _read(paragraphs) == items
    monkeypatch.setattr(renamed, "RENAMED", False)
    assert _read(paragraphs) == items
