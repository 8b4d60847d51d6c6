"""A group's verdict carried to the names given of it (reader pass 35, ``group_status``).

A report judges a group and names some of its members (其中A、B等12个计划新开工项目已全部开工;
A、B等11个项目进展较快，均已完成年度投资目标): what is said of each member is each named item's
status, as a list lead's is. Negatives: words of the group's own (a figure) or no verdict carry
nothing past the status word; the carrying stops at the sentence's end (。；); switched off, the
names keep the status word alone, or none.

The forms were met in 南昌 2023 and 宁夏 2022 (two collections); the sentences below are our own
words, one a case.
"""

from __future__ import annotations

import pytest

from zqmetrics.judge.verdicts import cell_verdict
from zqmetrics.read import group_status
from zqmetrics.read.named import named_items
from zqmetrics.read.subparts import split_parts

_NAMES = "其中,东湖水厂扩建项目、城南公园改造工程等11个项目"

# (sentence, the status each name keeps, the verdict the judge reads from it)
NAMED = [
    (_NAMES + "进展较快,均已完成年度投资目标。", "均已完成年度投资目标", "done"),
    (_NAMES + "进展较快,都已完成年度投资目标。", "都已完成年度投资目标", "done"),
    # A figure of the group's own is not said of each: the status word stays.
    (_NAMES + "进展较快,投资完成率达到98%。", "进展较快", "on_track"),
    # No outcome said of each.
    (_NAMES + "进展较快,下一步将加快建设。", "进展较快", "on_track"),
    # The sentence ends at ；: what follows is another statement.
    (_NAMES + "进展较快;均已完成年度投资目标。", "进展较快", "on_track"),
]


@pytest.mark.parametrize(("sentence", "status", "verdict"), NAMED,
                         ids=[str(k) for k in range(len(NAMED))])
def test_what_is_said_of_each_is_each_names_status(sentence: str, status: str, verdict: str) -> None:
    items = named_items(sentence, 1)
    assert [i["task"] for i in items] == ["东湖水厂扩建项目", "城南公园改造工程"]
    assert {i["status"] for i in items} == {status}
    found = cell_verdict(status)
    assert found is not None and found["status"] == verdict


def test_named_switched_off_keeps_the_status_word(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(group_status, "GROUP_STATUS", False)
    items = named_items(NAMED[0][0], 1)
    assert {i["status"] for i in items} == {"进展较快"}


_ITEM = {"seq": "1", "task": "工业项目35个", "progress": "完成投资46.9亿元,"}

# (the 其中 part of an item's progress, the status each name keeps: None when not rows)
PARTS = [
    ("其中东湖产业园项目、城南针纺产业园项目等12个计划新开工项目已全部开工", "已全部开工"),
    # Without 等 the count closes the names and counts them.
    ("其中东湖产业园项目、城南针纺产业园项目2个计划新开工项目已全部开工", "已全部开工"),
]


@pytest.mark.parametrize(("part", "status"), PARTS, ids=["deng", "counted"])
def test_names_after_qizhong_keep_the_outcome_as_status(part: str, status: str) -> None:
    rows = split_parts([{**_ITEM, "progress": _ITEM["progress"] + part}])
    named = [r for r in rows if r.get("parent_seq") == "1"]
    assert len(named) == 2 and all(r.get("status") == status for r in named)
    found = cell_verdict(status)
    assert found is not None and found["status"] == "done"


def test_parts_switched_off_carry_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(group_status, "GROUP_STATUS", False)
    rows = split_parts([{**_ITEM, "progress": _ITEM["progress"] + PARTS[0][0]}])
    assert [r.get("status") for r in rows if r.get("parent_seq") == "1"] == [None, None]


def test_a_count_of_some_is_no_outcome_of_each() -> None:
    # 已开工8个 of 12: the group's own figure, not said of each name; no rows, no status.
    rows = split_parts([{**_ITEM, "progress": _ITEM["progress"]
                         + "其中东湖产业园项目、城南针纺产业园项目等12个计划新开工项目已开工8个"}])
    assert all(not r.get("status") for r in rows)
