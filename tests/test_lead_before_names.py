"""The words before a list of names sharing an outcome (reader pass 26, ``shared.LEAD_READ``): a
list need not open its clause. What comes before it, after more than a short lead, is read as
clauses of their own (their own lists, else one item cut by the article reader), not left as the
first name's frame in no cell; a pair joined by 和 before 等 and the group's bare noun
(A和B等项目进入收尾阶段) is two names. Negatives: names as examples of a counted group stay one
row (the corpus conventions), and a scope before the list (…的项目中) is no item.

The forms were met in 儋州 2013 (``其中，X完工并试生产，A和B等项目进入收尾阶段``) and 锡林浩特 2025
(``截至目前，A、B等重点项目已完工，C、D等重点项目进度已超过90%``); the rows below are our own
words, one a case.
"""

from __future__ import annotations

import pytest

from zqmetrics.read import shared
from zqmetrics.read.articles import _names_sharing_tail, read_article, split_task

# (clause, the items read with the article reader's split: (task, progress))
LEAD_READ_CASES = [
    # A clause of its own before a two-name list closed by a stage word.
    ("城区道路改造完成投资3亿元,东湖排涝工程、北城公厕改造建成投运",
     [("城区道路改造", "完成投资3亿元"), ("东湖排涝工程", "建成投运"), ("北城公厕改造", "建成投运")]),
    # A list before the list: its own items (the first names' clause goes on, so it is read in the lead).
    ("截至目前,东湖水厂、西湖水厂等重点项目已完工,城南道路、城北管网等重点项目进度已超过90%",
     [("东湖水厂", "已完工"), ("西湖水厂", "已完工"), ("城南道路", "进度已超过90%"),
      ("城北管网", "进度已超过90%")]),
    # A short lead (其中，) before the lead's clause is its frame; a pair joined by 和 before 等.
    ("其中,城东管廊项目完成主体工程,南湖剧场和北湖会展中心等项目进入收尾阶段",
     [("城东管廊项目", "完成主体工程"), ("南湖剧场", "进入收尾阶段"), ("北湖会展中心", "进入收尾阶段")]),
    # A clause the split does not cut stays a task alone, not a frame.
    ("其中,城东管廊项目完工并试运行,南湖剧场和北湖会展中心等项目进入收尾阶段",
     [("城东管廊项目完工并试运行", ""), ("南湖剧场", "进入收尾阶段"), ("北湖会展中心", "进入收尾阶段")]),
    # Lists one after another, the last one after more than a short lead.
    ("东线、西线、北线等项目全速推进,南桥、北桥顺利通车,城西立交完成土建工程,甲路、乙路、丙路等项目有序实施",
     [("东线", "全速推进"), ("西线", "全速推进"), ("北线", "全速推进"), ("南桥", "顺利通车"),
      ("北桥", "顺利通车"), ("城西立交", "完成土建工程"), ("甲路", "有序实施"), ("乙路", "有序实施"),
      ("丙路", "有序实施")]),
]

# (clause, the rows it stays: each task)
NOT_LEAD_ITEMS = [
    # A scope before the list (…中), no progress: the first name's frame, no item of its own.
    ("在总投资超过10亿元的项目中,东湖排涝工程、北城公厕改造建成投运", ["东湖排涝工程", "北城公厕改造"]),
]

# Names as examples of a counted group whose clause goes on: one row (the conventions), a lead
# before them or not.
GROUP_ROWS = [
    "城区道路改造完成投资3亿元,东湖水厂、西湖水厂等9个新项目全部开工建设,开工率100%",
    "城区道路改造完成投资3亿元,东风路、青年路、长江路等7条城市道路建设完成",
]


@pytest.mark.parametrize(("clause", "items"), LEAD_READ_CASES, ids=[c[:14] for c, _ in LEAD_READ_CASES])
def test_the_words_before_a_list_are_read(clause: str, items: list[tuple[str, str]]) -> None:
    found = _names_sharing_tail(clause, split_task)
    assert [(i["task"], i["progress"]) for i in found] == items
    assert all(shared.LEAD not in i and shared.REST not in i for i in found)


@pytest.mark.parametrize(("clause", "tasks"), NOT_LEAD_ITEMS, ids=[c[:14] for c, _ in NOT_LEAD_ITEMS])
def test_a_scope_before_a_list_is_its_frame(clause: str, tasks: list[str]) -> None:
    found = _names_sharing_tail(clause, split_task)
    assert [i["task"] for i in found] == tasks
    assert found[0]["frame"].startswith("在总投资超过10亿元的项目中")


@pytest.mark.parametrize("clause", GROUP_ROWS, ids=[c[14:26] for c in GROUP_ROWS])
def test_examples_of_a_counted_group_stay_one_row(clause: str) -> None:
    assert _names_sharing_tail(clause, split_task) == []


def test_switched_off_the_list_after_a_long_lead_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared, "LEAD_READ", False)
    assert _names_sharing_tail("城区道路改造完成投资3亿元,东湖排涝工程、北城公厕改造建成投运", split_task) == []
    # and a pair before 等 keeps the group's noun on its last name
    found = _names_sharing_tail("南湖剧场和北湖会展中心等项目进入收尾阶段", split_task)
    assert [i["task"] for i in found] == ["南湖剧场", "北湖会展中心等项目"]


def test_without_a_split_the_lead_is_the_first_names_frame() -> None:
    found = _names_sharing_tail("城区道路改造完成投资3亿元,东湖排涝工程、北城公厕改造建成投运")
    assert [i["task"] for i in found] == ["东湖排涝工程", "北城公厕改造"]
    assert found[0]["frame"] == "城区道路改造完成投资3亿元"


def test_an_article_reads_every_clause_of_the_sentence() -> None:
    items = read_article(["全市重点项目建设进展",
                          "1-9月,全市120个重点项目完成投资300亿元,占年度计划的78%。",
                          "其中,城东管廊项目完成主体工程,南湖剧场和北湖会展中心等项目进入收尾阶段。"])
    tasks = [i["task"] for i in items]
    assert tasks[-3:] == ["城东管廊项目", "南湖剧场", "北湖会展中心"]
