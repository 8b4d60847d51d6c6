"""Paragraphs opening with an opener word (关于…) are items: the word is the trade's heading of a
supervised matter (关于“…”事项。), any report may use it, and it is kept as lexicon data
(``opener`` in data/layout_cues.tsv). Shown on one development document (henan-2018-11); these
examples are the reading's own cases, not that document's text."""

import pytest

from zqmetrics.read.articles import opened_items

# (paragraph lines, (seq, parent, task) of each item read)
OPENED = [
    (["关于“新建城市公园5个”事项。截至9月底，已建成3个，其余2个正在施工。"],
     [("1", None, "关于“新建城市公园5个”事项。")]),
    (["关于农村公路提档升级工作。全年计划改造200公里。一是已完成改造150公里。二是剩余路段正在招标。"],
     [("1", None, "关于农村公路提档升级工作。"), ("一", "1", "一是已完成改造150公里。"),
      ("二", "1", "二是剩余路段正在招标。")]),
    (["關于老舊小區改造事項。已完成改造小區12個，占年度任務的60%。"],
     [("1", None, "關于老舊小區改造事項。")]),
    # no opener word: not an item of this reading
    (["全市新建城市公园5个，截至9月底已建成3个，其余2个正在施工。"], []),
]


@pytest.mark.parametrize(("lines", "expected"), OPENED, ids=[o[0][0][:12] for o in OPENED])
def test_a_paragraph_opening_with_an_opener_word_is_an_item(lines: list[str], expected: list) -> None:
    items = opened_items(lines)
    assert [(i["seq"], i.get("parent_seq"), i["task"]) for i in items] == expected


def test_the_matters_progress_is_the_rest_of_its_paragraph() -> None:
    (item,) = opened_items(["关于“新建城市公园5个”事项。截至9月底，已建成3个，其余2个正在施工。"])
    assert item["progress"] == "截至9月底，已建成3个，其余2个正在施工。"
