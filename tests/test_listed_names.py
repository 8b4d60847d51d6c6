"""Names listed in an item's running text (reader pass 33): an item each, a counted group one item.

Met in development documents of three collections read as numbered items or prose (象山县 2007-07:
``8个实事工程项目中,A、B…等项目内容均已基本完成、C、D…等项目已在实施中;E、F…等项目还处于落实或筹建
阶段``; 海曙区 2016-h1: ``A、B、C等民生实事项目均按期推进``; 二七区 2016-06: ``…等11个项目新开工建设,
C、D、E等40个项目正在加速建设推进``; 盘锦市 2015; 西宁—海东 2024-05). The rows below are our own
words, one a case: lists that are such lists, and texts that are not.
"""

from __future__ import annotations

import pytest

from zqmetrics.read.items import layout_words
from zqmetrics.read.listed import split_listed

# (task, progress) of one item → the items after reading (the item kept, with the text no list
# took, unless it is only the list): (task, progress)
LISTED = [
    (("8个实事项目中", "城东水厂、南湖公园等项目均已基本完成"),  # names after the clause's comma
     [("8个实事项目中", ""), ("城东水厂", "均已基本完成"), ("南湖公园", "均已基本完成")]),
    (("城东水厂、南湖公园等项目已在实施中；北山隧道、西环路等项目还处于筹建阶段", ""),
     [("城东水厂", "已在实施中"), ("南湖公园", "已在实施中"),
      ("北山隧道", "还处于筹建阶段"), ("西环路", "还处于筹建阶段")]),
    # a 、 where a ； belongs: the first list's words are no name of the second
    (("8个实事项目中", "城东水厂、南湖公园等项目内容均已完成、北山隧道、西环路等项目已在实施中"),
     [("8个实事项目中", ""), ("城东水厂", "内容均已完成"), ("南湖公园", "内容均已完成"),
      ("北山隧道", "已在实施中"), ("西环路", "已在实施中")]),
    # counted: the group is one item; the second group follows the first's words
    (("城东水厂、南湖公园等11个项目", "新开工建设，北山隧道、西环路等40个项目正在加速建设推进"),
     [("城东水厂、南湖公园等11个项目", "新开工建设"),
      ("北山隧道、西环路等40个项目", "正在加速建设推进")]),
    (("一批重大项目取得突破", "城东水厂、南湖公园等项目开工建设，北山隧道、西环路等项目主体竣工"),
     [("一批重大项目取得突破", ""), ("城东水厂", "开工建设"), ("南湖公园", "开工建设"),
      ("北山隧道", "主体竣工"), ("西环路", "主体竣工")]),
    # 一批: a batch, no count; the names in the task, what is said of them in the progress
    (("城东水厂、南湖公园等一批新项目", "顺利开工建设"),
     [("城东水厂", "顺利开工建设"), ("南湖公园", "顺利开工建设")]),
    # the words of a list end at its clause: the next clause is the item's again
    (("民生实事", "城东水厂、南湖公园等项目全速推进，北山隧道顺利通车"),
     [("民生实事", "北山隧道顺利通车"), ("城东水厂", "全速推进"), ("南湖公园", "全速推进")]),
]

NOT_LISTED = [
    # examples of a group with its own figures: the group's row keeps them
    ("水利项目", "完成投资17.6亿元，占年度目标任务74.2%，城东水厂、南湖公园等项目抓紧推进"),
    ("观摩", "代表们观摩了城东水厂、南湖公园等项目现场"),  # no predicate: a noun phrase goes on
    ("谋深谋实城东水厂、南湖公园等项目前期工作", "已梳理诉求"),  # the list is an object
    ("表扬", "东湖镇、西山乡等项目进展较快"),  # places: units, not items of work
    ("城东水厂、南湖公园等项目完成投资5亿元", ""),  # a figure of the whole list, not of each name
    ("严格落实前期工作计划", "城东水厂、南湖公园等30个重点项目已完成前期论证"),  # the item's progress
    # a counted group that is the item keeps its figures
    ("城东水厂、南湖公园等80个重点项目", "实现新开工建设，开工率实现100%"),
    ("城东水厂、南湖公园等5个工作小组和2个指挥部推进69项任务", ""),  # 工作小组: the noun goes on
    ("已完成城东水厂、南湖公园等项目已开工", ""),  # the first part is a clause: no list of names
    ("城东水厂、南湖公园", "均已完成"),  # no 等 and noun: the item reader's list, not this one
]


def _read(task: str, progress: str) -> list[tuple[str, str]]:
    got = split_listed([{"seq": "1", "task": task, "progress": progress, "line": 3}])
    return [(i["task"], i["progress"]) for i in got]


@pytest.mark.parametrize(("item", "items"), LISTED, ids=[i[0][1][:14] or i[0][0][:14] for i in LISTED])
def test_names_listed_in_running_text_are_items(item: tuple[str, str],
                                                items: list[tuple[str, str]]) -> None:
    assert _read(*item) == items


@pytest.mark.parametrize("item", NOT_LISTED, ids=[(p or t)[:14] for t, p in NOT_LISTED])
def test_not_names_listed(item: tuple[str, str]) -> None:
    assert _read(*item) == [item]


@pytest.mark.parametrize("word", list(layout_words("listed_noun")))
def test_each_listed_noun_closes_a_list(word: str) -> None:
    """Lexicon as data: every listed_noun word after 等 closes the names before what is said."""
    assert _read(f"城东水厂、南湖公园等{word}均按期推进", "") == [
        ("城东水厂", "均按期推进"), ("南湖公园", "均按期推进")]


def test_names_keep_the_item_line_and_parent() -> None:
    got = split_listed([{"seq": "二", "task": "城东水厂、南湖公园等项目已在实施中", "line": 7}])
    assert {i["line"] for i in got} == {7}
    assert {i["parent_seq"] for i in got} == {"二"}
