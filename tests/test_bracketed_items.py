"""Items of an article that open with a bracket (reader pass 32, ``read/bracketed.py``): a bracket
closing a paragraph with no figure inside is a byline or a source, no item; an opening bracket
left open in a task comes off only under the switch ``OPEN_BRACKET`` (off). Our own words, one
case a row; the negatives say what must stay."""

from __future__ import annotations

from unittest import mock

import pytest

from zqmetrics import read_report
from zqmetrics.read import bracketed

# (case, the item's task, its progress): no item
BYLINES = [
    ("a reporter's byline", "(记者 王某 通讯员 李某)", ""),
    ("a name alone", "(张三)", ""),
    ("a source", "(供稿:某某镇)", ""),
    ("an editor, full-width brackets and a stop", "（编校:某某）", "。"),
    ("a space inside the bracket", "( 李四)", ""),
]

# (case, the item's task, its progress): kept as it stands
KEPT = [
    ("a bracket with figures", "(其中省级项目8个", "完成投资6亿元)"),
    ("a numbering mark", "(一)道路建设", "完成投资6亿元"),
    ("a bracket closed inside the task", "(含支线)主干道改造", "完成80%"),
    ("no bracket", "新建道路15公里", "已完成9公里"),
    ("a bracket that does not close the item", "(张三)负责的道路", "已完工"),
]


@pytest.mark.parametrize(("case", "task", "progress"), BYLINES, ids=[c[0] for c in BYLINES])
def test_bracketed_byline_is_no_item(case: str, task: str, progress: str) -> None:
    items = [{"task": "新建道路15公里", "progress": "已完成9公里"},
             {"task": task, "progress": progress}]
    assert bracketed.bracketed_items(items) == items[:1]


@pytest.mark.parametrize(("case", "task", "progress"), KEPT, ids=[c[0] for c in KEPT])
def test_kept(case: str, task: str, progress: str) -> None:
    items = [{"task": task, "progress": progress}]
    assert bracketed.bracketed_items(items) == items


def test_switched_off_the_byline_stays() -> None:
    items = [{"task": "(张三)", "progress": ""}]
    with mock.patch.object(bracketed, "BRACKETED", False):
        assert bracketed.bracketed_items(items) == items


def test_open_bracket_comes_off_under_its_switch_only() -> None:
    items = [{"task": "(省、市重点建设项目29宗", "progress": "完成投资69.9亿元"}]
    assert bracketed.bracketed_items(items) == items
    with mock.patch.object(bracketed, "OPEN_BRACKET", True):
        assert bracketed.bracketed_items(items)[0]["task"] == "省、市重点建设项目29宗"


def test_an_article_ending_in_a_byline() -> None:
    text = "标题\n今年全县实施重点项目20个,1-6月完成投资12亿元,占年度计划的60%。(张三)\n"
    rows = [(r["task"], r["progress"]) for r in read_report(text).to_dict("records")]
    assert rows == [("今年全县实施重点项目20个", "1-6月完成投资12亿元,占年度计划的60%")]
