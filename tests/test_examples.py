"""Items a report names as examples of a problem after 如 (reader pass 8): an item each.

Met in two development bulletins (罗湖区 2013-10: ``(一)部分在建项目进展不平衡，投资完成率较低，需要
加快项目建设。如A、B、C。``; 罗湖区 2011-10: ``…部分项目需加快进度。如A、B、C等工程进展相对偏慢。``,
``…影响工程进度，如D等项目。``). The rows below are our own words, one a case: lists that are such
lists, and texts that are not (如 inside a word, one name without 等, parts that are clauses).
"""

from __future__ import annotations

import pytest

from zqmetrics.read.examples import split_examples

# (task, progress) of one item → the items after it (the item itself kept unless it is only the
# list): (task, progress)
EXAMPLES = [
    (("部分项目前期工作进展偏慢，影响工程进度。如城东水厂、南湖公园。", ""),
     [("部分项目前期工作进展偏慢，影响工程进度。如城东水厂、南湖公园。", ""),
      ("城东水厂", "部分项目前期工作进展偏慢，影响工程进度"),
      ("南湖公园", "部分项目前期工作进展偏慢，影响工程进度")]),
    (("部分项目需加快进度", "如北山隧道、西环路改造工程等工程进展相对偏慢。"),
     [("部分项目需加快进度", "如北山隧道、西环路改造工程等工程进展相对偏慢。"),
      ("北山隧道", "部分项目需加快进度，工程进展相对偏慢"),
      ("西环路改造工程", "部分项目需加快进度，工程进展相对偏慢")]),
    (("如老城供水管网改造(一期)、新区学校", ""),  # only the list: its names instead
     [("老城供水管网改造(一期)", ""), ("新区学校", "")]),
    (("部分项目受天气影响进度，如福利中心二期等项目", ""),
     [("部分项目受天气影响进度，如福利中心二期等项目", ""),
      ("福利中心二期", "部分项目受天气影响进度")]),
]

NOT_EXAMPLES = [
    ("全市项目如期推进，东区、西区进展顺利", ""),  # 如期: a word
    ("部分项目需加快进度。如城东水厂", ""),  # one name without 等
    ("部分项目需加快进度。如东区已完成投资5亿元、西区开工3个", ""),  # clauses, not names
    ("如果资金到位，城东水厂、南湖公园年内开工", ""),  # 如果
]


@pytest.mark.parametrize(("item", "items"), EXAMPLES, ids=[i[0][0][:12] for i in EXAMPLES])
def test_names_given_as_examples_are_items(item: tuple[str, str],
                                           items: list[tuple[str, str]]) -> None:
    got = split_examples([{"seq": "1", "task": item[0], "progress": item[1], "line": 3}])
    assert [(i["task"], i["progress"]) for i in got] == items
    assert {i["line"] for i in got} == {3}


@pytest.mark.parametrize("item", NOT_EXAMPLES, ids=[t[:12] for t, _ in NOT_EXAMPLES])
def test_not_names_given_as_examples(item: tuple[str, str]) -> None:
    given = [{"seq": "1", "task": item[0], "progress": item[1], "line": 2}]
    assert split_examples(given) == given


def test_a_section_heading_leaves_the_names_to_its_sub_items() -> None:
    items = [{"seq": "三", "task": "存在问题", "progress": "部分项目需加快进度。如东站、西站。", "line": 5},
             {"seq": "1", "parent_seq": "三", "task": "如东站、西站", "progress": "", "line": 6}]
    assert [i["task"] for i in split_examples(items)] == ["存在问题", "东站", "西站"]
