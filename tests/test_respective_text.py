"""A 分别 list opening a clause inside an item's progress (reader pass 38): cut out of its row and
its figures dealt out to each name (``respective_text.RESPECTIVE_TEXT``, off in the package).

Met in development documents of two collections read as prose: 安庆 2015-08 (``其次是参保类项目 |
完成年度参续保任务:A、B参合(保)率分别达到99.5%、97%``), 宁夏 2020 (``从2020年1月1日起 | A、B每人每月已
分别提高5元、40元,C每人每年已提高760元``). The rows below are our own words, one a case.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from zqmetrics.read import respective_text
from zqmetrics.read.respective import split_respective
from zqmetrics.read.respective_text import split_respective_text

# (task, progress) of one item → the items after the cut and the 分别 reading: (task, progress)
CUT = [
    (("其次是参保类项目", "完成年度参保任务：新农合、城镇医保参保率分别达到99.5%、97%"),
     [("其次是参保类项目", "完成年度参保任务："), ("新农合", "达到99.5%"), ("城镇医保参保率", "达到97%")]),
    # the clauses after the list's are the row's again
    (("从1月1日起", "基础养老金、低保标准每人每月已分别提高5元、40元，全面完成年度任务"),
     [("从1月1日起", "全面完成年度任务"), ("基础养老金", "提高5元"), ("低保标准每人每月已", "提高40元")]),
    (("民生工程", "城东水厂、南湖公园、北山隧道分别完成投资1.5亿元、2亿元、0.8亿元"),
     [("民生工程", ""), ("城东水厂", "完成投资1.5亿元"), ("南湖公园", "完成投资2亿元"),
      ("北山隧道", "完成投资0.8亿元")]),
]

NOT_CUT = [
    ("民生工程", "城东水厂、南湖公园分别达到99.5%、97%、90%"),  # three figures for two names
    ("民生工程", "完成了城东水厂、南湖公园分别达到99.5%、97%"),  # the first part is a clause
    ("民生工程", "两项指标分别达到99.5%、97%"),  # one name: no list
    ("城东水厂、南湖公园", "分别达到99.5%、97%"),  # the list is the task: the 分别 reading's own
    ("各县完成情况", "东湖县、西山县分别完成投资5亿元、3亿元"),  # places ranked: units, not items
]


def _read(task: str, progress: str) -> list[tuple[str, str]]:
    got = split_respective(split_respective_text(
        [{"seq": "1", "task": task, "progress": progress, "line": 3}]))
    return [(i["task"], i["progress"]) for i in got]


@pytest.mark.parametrize(("item", "items"), CUT, ids=[i[0][1][:16] for i in CUT])
def test_a_respective_list_in_a_progress_is_an_item_per_name(
        item: tuple[str, str], items: list[tuple[str, str]]) -> None:
    assert _read(*item) == items


@pytest.mark.parametrize("item", NOT_CUT, ids=[p[:16] for _, p in NOT_CUT])
def test_not_a_respective_list_in_a_progress(item: tuple[str, str]) -> None:
    row = {"seq": "1", "task": item[0], "progress": item[1], "line": 3}
    assert split_respective_text([row]) == [row]


def test_a_heading_read_by_its_sub_items_is_left_to_them() -> None:
    """Regression (kaiping-2020-08): a section's body already read into its sub-items gave them a
    second time."""
    items = [{"seq": "三", "task": "分类情况", "progress": "交通类、产业类投资完成率分别为51.4%、70.7%"},
             {"seq": "1", "parent_seq": "三", "task": "交通类", "progress": "投资完成率为51.4%"},
             {"seq": "2", "parent_seq": "三", "task": "产业类", "progress": "投资完成率为70.7%"}]
    assert split_respective_text(items) == items


@pytest.fixture(autouse=True)
def rule_on() -> Iterator[None]:
    """The rule is off in the package (the probes' held-out line, docs/reader.md): on here."""
    respective_text.RESPECTIVE_TEXT = True
    yield
    respective_text.RESPECTIVE_TEXT = False


@pytest.fixture
def rule_off(rule_on: None) -> Iterator[None]:
    respective_text.RESPECTIVE_TEXT = False
    yield
    respective_text.RESPECTIVE_TEXT = True


@pytest.mark.usefixtures("rule_off")
def test_without_the_rule_the_list_stays_in_its_row() -> None:
    """The switch (evaluation/ablation.py; the package's setting)."""
    assert _read(*CUT[0][0]) == [CUT[0][0]]
