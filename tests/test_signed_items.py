"""Item headings marked by a sign instead of a number (reader pass 36, ``read.symbols``).

A report may mark each item's heading with a sign (☑, ■, ◆, §…§) and report it in the lines under
it; the sign is a numbering level of its own, the lowest. Round bullets (• ● ○ ·) are not signs:
web copies print menus and metadata behind them. A rubric alone behind a sign (■关键词) stays the
task (reading the line under it as the task helped one development document).
With them (``heading_status``): a group heading's status words (已完工项目) are its items'.

The forms were met in 无锡锡山 2025 (☑), 武汉汉阳 2006 (■关键词) and 闽清 2024 (§…§); the texts below
are our own words, one a case.
"""

from __future__ import annotations

import pytest

import zqmetrics as zq
from zqmetrics.read import symbols
from zqmetrics.read.items import layout_words, read_items
from zqmetrics.read.symbols import heading_task, is_sign

_BODY = "该项目于3月开工,目前主体完成约60%。"

# (the sign, whether it marks an item heading)
SIGNS = [
    ("☑", True),
    ("■", True),
    ("□", True),
    ("◆", True),
    ("▲", True),
    ("★", True),
    ("§", True),
    ("√", True),
    # Round bullets are page furniture and paragraph bullets.
    ("•", False),
    ("●", False),
    ("○", False),
    ("·", False),
]


@pytest.mark.parametrize(("sign", "marks"), SIGNS, ids=[s for s, _ in SIGNS])
def test_a_sign_opens_an_item_heading(sign: str, marks: bool) -> None:
    lines = [f"{sign}城东社区卫生服务中心改扩建工程", _BODY, f"{sign}城西小学新建教学楼", _BODY]
    items = read_items(lines)
    if marks:
        assert [i["task"] for i in items] == ["城东社区卫生服务中心改扩建工程", "城西小学新建教学楼"]
        assert [i["progress"] for i in items] == [_BODY, _BODY]
        assert [i["seq"] for i in items] == ["1", "2"]  # a sign is no number: the order is
    else:
        assert items == []


# (a signed heading's text, its task)
TASKS = [
    ("§省重点项目§", "省重点项目"),
    ("☑新建停车泊位50个", "新建停车泊位50个"),
    ("◆城南公园改造◆", "城南公园改造"),
]


@pytest.mark.parametrize(("heading", "task"), TASKS, ids=["section-sign", "check", "diamond"])
def test_the_closing_sign_is_no_part_of_the_task(heading: str, task: str) -> None:
    items = read_items([heading, _BODY, "§其他项目§", _BODY])
    assert items[0]["task"] == task


def test_signed_headings_under_numbered_headings_are_the_items() -> None:
    # Numbered headings with no text of their own over signed ones: the signed are the items.
    lines = ["一、民生项目", "☑城东社区卫生服务中心改扩建工程", _BODY,
             "二、教育项目", "☑城西小学新建教学楼", _BODY]
    assert [i["task"] for i in read_items(lines)] == ["城东社区卫生服务中心改扩建工程", "城西小学新建教学楼"]


def test_numbered_headings_with_text_stay_the_items() -> None:
    # Numbered headings carrying text are the items; a signed line inside is their text.
    lines = ["一、城东社区卫生服务中心改扩建工程", _BODY, "☑主体工程已完工",
             "二、城西小学新建教学楼", _BODY]
    items = read_items(lines)
    assert [i["seq"] for i in items] == ["一", "二"]
    assert "☑主体工程已完工" in items[0]["progress"]


def test_a_signed_report_reads_one_row_per_heading() -> None:
    text = "\n".join(["2025年民生实事项目进展情况", "已完工项目",
                      "☑辖区内老旧路灯改造出新工程项目",
                      "对东政路的478盏路灯进行刷漆出新,该项目已于3月完成。",
                      "☑城东社区卫生服务中心改扩建工程", _BODY,
                      "☑建成投用公交服务点2处", "城南公交服务点已于2月建成投用,城北服务点已完成施工筹备。"])
    frame = zq.read_report(text)
    assert frame.attrs["layout"] == "numbered_items"
    assert list(frame["task"]) == ["辖区内老旧路灯改造出新工程项目", "城东社区卫生服务中心改扩建工程",
                                   "建成投用公交服务点2处"]


def test_switched_off_no_sign_is_a_marker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(symbols, "SYMBOL_ITEMS", False)
    assert read_items(["☑城东社区卫生服务中心改扩建工程", _BODY, "☑城西小学新建教学楼", _BODY]) == []
    assert not is_sign("☑")
    assert heading_task("省重点项目§") == "省重点项目§"


_RUBRIC = ["■关键词", "危房改造", "承诺:实施危房改造12万平方米。", "完成情况:已完成危房改造7万平方米。",
           "■关键词", "园林改造", "承诺:改造人民公园。", "完成情况:人民公园一期工程已完成。"]


def test_a_rubric_stays_the_task() -> None:
    # Reading the keyword line as the task helped one development document and cost others.
    items = read_items(_RUBRIC)
    assert [i["task"] for i in items] == ["关键词", "关键词"]
    assert items[0]["progress"].startswith("危房改造")


# A group heading's own status words: the items under it keep it as their status.
_GROUPS = ["已完工项目", "☑城东社区卫生服务中心改扩建工程", _BODY,
           "已启动实施项目", "☑城西小学新建教学楼", _BODY]


def test_a_group_heading_names_the_status_of_the_items_under_it() -> None:
    assert [i["status"] for i in read_items(_GROUPS)] == ["已完工项目", "已启动实施项目"]


def test_group_heading_words_are_no_list_leads() -> None:
    # heading_status words are not list_status words: no bulletin lead opens with them.
    assert not set(layout_words("heading_status")) & set(layout_words("list_status"))


@pytest.mark.parametrize("sign", layout_words("item_mark"))
def test_each_item_mark_is_one_character(sign: str) -> None:
    # read.symbols puts the signs in one character class: a longer word would mark an item by
    # each of its characters alone (review rv12)
    assert len(sign) == 1
