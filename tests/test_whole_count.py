"""A list of names closed by a count equal to their number (reader pass 38): an item per name.

``A、B等40个项目`` names examples of a larger group (the group is the row); ``A、B、C等3个子项目`` and
``A、B、C3个项目`` name every item the count counts, so each name is an item, as in an uncounted list
and as the bulletin reader reads ``A、B2个项目推进较快`` (``named.NAMES_COUNTED``). Met in development
documents read as prose: 莆田 城厢区 2016-09 (``…等5个子项目已完成任务，…等12个子项目正在有序推进``),
安庆 2015-08 (``已完成年度目标任务:A、B、C、D、E5个项目已全部完成年度目标任务``). The rows below are
our own words, one a case.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from zqmetrics.read import listed
from zqmetrics.read.listed import split_listed

# (task, progress) of one item → the items after reading: (task, progress)
WHOLE = [
    (("至9月10日", "城东水厂、南湖公园等2个子项目已完成任务，北山隧道、西环路、东湖公厕等3个子项目正在有序推进"),
     [("至9月10日", ""), ("城东水厂", "已完成任务"), ("南湖公园", "已完成任务"),
      ("北山隧道", "正在有序推进"), ("西环路", "正在有序推进"), ("东湖公厕", "正在有序推进")]),
    # no 等: a bare count after the last name, the list's own size
    (("首先是部分项目", "已完成年度目标任务：城东水厂、南湖公园、北山隧道3个项目已全部完成年度目标任务"),
     [("首先是部分项目", "已完成年度目标任务："), ("城东水厂", "已全部完成年度目标任务"),
      ("南湖公园", "已全部完成年度目标任务"), ("北山隧道", "已全部完成年度目标任务")]),
    # a count in Chinese numerals
    (("民生实事", "城东水厂、南湖公园、北山隧道等三个项目均已开工"),
     [("民生实事", ""), ("城东水厂", "均已开工"), ("南湖公园", "均已开工"), ("北山隧道", "均已开工")]),
]

NOT_WHOLE = [
    ("民生实事", "城东水厂、南湖公园5个项目已全部完成"),  # a bare count not theirs: no list
    ("民生实事", "完成城东水厂、南湖公园2个项目"),  # the first part is a clause: no list of names
    ("民生实事", "城东水厂、南湖公园2个项目完成投资5亿元"),  # a figure of the whole list
    ("民生实事", "城东水厂、南湖公园2个项目现场"),  # no predicate: a noun phrase goes on
]


def _read(task: str, progress: str) -> list[tuple[str, str]]:
    got = split_listed([{"seq": "1", "task": task, "progress": progress, "line": 3}])
    return [(i["task"], i["progress"]) for i in got]


@pytest.mark.parametrize(("item", "items"), WHOLE, ids=[i[0][1][:16] for i in WHOLE])
def test_a_whole_counted_list_is_an_item_per_name(item: tuple[str, str],
                                                  items: list[tuple[str, str]]) -> None:
    assert _read(*item) == items


@pytest.mark.parametrize("item", NOT_WHOLE, ids=[p[:16] for _, p in NOT_WHOLE])
def test_not_a_whole_counted_list(item: tuple[str, str]) -> None:
    assert _read(*item) == [item]


@pytest.fixture
def whole_count_off() -> Iterator[None]:
    listed.WHOLE_COUNT = False
    yield
    listed.WHOLE_COUNT = True


@pytest.mark.usefixtures("whole_count_off")
def test_without_the_rule_a_counted_list_is_one_group() -> None:
    """The switch (evaluation/ablation.py): off, 等 and a count close a group, as before (a
    counted group after a lead is a row; one opening the progress is the item's own report)."""
    assert _read("民生实事", "至9月10日，城东水厂、南湖公园等2个子项目已完成任务") == [
        ("民生实事", "至9月10日"), ("城东水厂、南湖公园等2个子项目", "已完成任务")]
    assert _read("民生实事", "城东水厂、南湖公园3个项目已全部完成") == [
        ("民生实事", "城东水厂、南湖公园3个项目已全部完成")]
