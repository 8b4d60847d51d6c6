"""A clause that is only a counted verb and its count continues the item before it (reader pass 19).

An item set out in one sentence (its subject and plan) and reported in the next, whose first comma
part is only a counted verb and its count: ``…新开工及在建项目44项，年度计划投资141.46亿元。截至目前，
开工33项，开工率75.0%。`` (乌鲁木齐 2013-07, twice), ``—— 水利基础设施项目，年初安排8项，计划完成投资
23.7亿元。目前已开复工7项，完成投资17.6亿元，…`` (青海 2015-09, five categories). The second sentence
names no subject of its own; read as a row of its own, it left the plan and the progress in two
rows. A count with a noun after it (``新开工82个产业项目``) names a subject and stays an item.
"""

from __future__ import annotations

import pytest

from zqmetrics.read import clauses
from zqmetrics.read.articles import clause_items
from zqmetrics.read.clauses import continues

# The clause → whether it continues the item before it.
CLAUSES = [
    ("开工33项，开工率75.0%", True),
    ("目前已开复工7项，完成投资17.6亿元", True),
    ("目前已全部开复工，完成投资256.4亿元", True),
    ("已全部竣工，完成投资3亿元", True),
    ("竣工12个，完成投资2.4亿元", True),
    ("新开工82个产业项目，占计划新开工项目的94.3%", False),  # the count counts a noun: a subject
    ("开工建设产业园10个", False),  # a task named after the verb
    ("开工率75%，完成投资2亿元", False),  # a rate, no count
    ("城区新开工项目12个，完成投资2亿元", False),  # a subject of its own
]


@pytest.mark.parametrize(("clause", "goes_on"), CLAUSES, ids=[c for c, _ in CLAUSES])
def test_a_counted_verb_alone_continues(clause: str, goes_on: bool) -> None:
    assert continues(clause, "") is goes_on


PARAGRAPH = ("道路交通新开工及在建项目44项，年度计划投资141.46亿元。截至目前，开工33项，开工率75.0%。"
             "完成投资44.1亿元，完成年度计划的31.2%。")


def test_the_plan_and_its_progress_are_one_item() -> None:
    items = clause_items([PARAGRAPH])
    assert len(items) == 1
    assert items[0]["task"].startswith("道路交通新开工及在建项目44项")
    assert "开工33项" in items[0]["progress"] and "31.2%" in items[0]["progress"]


def test_switched_off_the_count_is_a_row_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clauses, "COUNTED_CONTINUES", False)
    assert [i["task"] for i in clause_items([PARAGRAPH])][1] == "开工33项"


@pytest.mark.parametrize("verb", list(clauses.layout_words("counted_verb")))
def test_each_counted_verb_with_its_count_continues(verb: str) -> None:
    """Lexicon as data: every counted verb of data/layout_cues.tsv."""
    assert continues(f"已{verb}5项，完成投资1亿元", "")
