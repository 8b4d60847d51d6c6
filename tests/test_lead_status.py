"""A counted lead's verdict carried to the items it lists (reader pass 29, ``lead_status``).

A lead that counts a group and judges it before a colon (基本完成节点计划的30个项目分别是：A、B…;
a paragraph closed by 新增完成的16项具体工作包括： over the next paragraph's clauses) is the report's
word on each item it lists, as a status heading is (corpus conventions). Negatives: a lead naming
a topic carries nothing, nor one without a count; the verdict stops at the end of its list (the
paragraph after the list's keeps none); an item's own contrary verdict wins, and is the one shown.

The forms were met in 徐州 2016 and 天津 2024 (two collections); the rows below are our own words,
one a case.
"""

from __future__ import annotations

import pytest

from zqmetrics.judge.verdicts import cell_verdict, row_verdict
from zqmetrics.read import lead_status
from zqmetrics.read.articles import read_article
from zqmetrics.read.lead_status import carry_lead_status

# A first sentence with a figure: an article reports some (read_article reads none otherwise).
_PRE = "全市30个重点项目完成投资12亿元。"
_NAMES = "东湖水厂扩建、城南公园改造、北城道路拓宽。"

# (paragraphs, {task: the verdict its row is given (status, quote)}): every item named.
CARRIED = [
    # The list follows the colon in the lead's own paragraph.
    ([_PRE + "此外,基本完成节点计划的12个项目分别是:" + _NAMES],
     {"东湖水厂扩建": ("on_track", "基本完成节点计划"), "城南公园改造": ("on_track", "基本完成节点计划"),
      "北城道路拓宽": ("on_track", "基本完成节点计划")}),
    ([_PRE + "超额完成节点任务的3个项目分别是:" + _NAMES],
     {"东湖水厂扩建": ("done", "超额完成"), "城南公园改造": ("done", "超额完成"),
      "北城道路拓宽": ("done", "超额完成")}),
    # The lead closes its paragraph: the next paragraph's clauses are the list.
    (["今年以来,各部门加快推进,新增完成的5项工作包括:", "完成燃气管网改造20公里;建成开放东湖公园"],
     {"完成燃气管网改造20公里": ("done", "新增完成"), "建成开放东湖公园": ("done", "新增完成")}),
    # The list's own paragraph, not the one after it (the verdict stops where its list does).
    (["今年以来,新增完成的5项工作包括:", "完成燃气管网改造20公里;建成开放东湖公园",
      "下一步,将推进城西道路建设,年底前完成投资5亿元"],
     {"完成燃气管网改造20公里": ("done", "新增完成"), "下一步": None}),
    # An item's own contrary verdict wins, and is the one quoted.
    (["今年以来,新增完成的5项工作包括:", "完成燃气管网改造20公里;东湖公园改造进展滞后"],
     {"完成燃气管网改造20公里": ("done", "新增完成"), "东湖公园改造进展滞后": ("lagging", "进展滞后")}),
    # A topic lead (no verdict) carries nothing.
    ([_PRE + "今年实施的12个项目分别是:" + _NAMES],
     {"东湖水厂扩建": None, "城南公园改造": None, "北城道路拓宽": None}),
    (["今年以来,全市重点工作主要包括:", "完成燃气管网改造20公里;建成开放东湖公园"],
     {"完成燃气管网改造20公里": None, "建成开放东湖公园": None}),
    # A verdict without a count is no lead over a counted list.
    ([_PRE + "基本完成节点计划的项目分别是:" + _NAMES],
     {"东湖水厂扩建": None, "城南公园改造": None, "北城道路拓宽": None}),
]


def _verdicts(paragraphs: list[str]) -> dict[str, tuple[str, str] | None]:
    out: dict[str, tuple[str, str] | None] = {}
    for item in read_article(paragraphs):
        found = row_verdict({"task": item["task"], "progress": item["progress"],
                             "status_text": item.get("status")})
        out[item["task"]] = (found["status"], found["quote"]) if found else None
    return out


@pytest.mark.parametrize(("paragraphs", "want"), CARRIED, ids=[str(k) for k in range(len(CARRIED))])
def test_a_counted_leads_verdict_reaches_each_item(
        paragraphs: list[str], want: dict[str, tuple[str, str] | None]) -> None:
    got = _verdicts(paragraphs)
    assert {task: got.get(task, "not read") for task in want} == want


@pytest.mark.parametrize("paragraphs", [c[0] for c in CARRIED[:3]], ids=["same", "done", "next"])
def test_switched_off_nothing_is_carried(paragraphs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lead_status, "LEAD_STATUS", False)
    assert all(not item.get("status") for item in read_article(paragraphs))


def test_an_items_own_status_is_kept() -> None:
    items = [{"line": 2, "task": "东湖公园改造", "progress": "", "status": "进展滞后"},
             {"line": 2, "task": "城南公园改造", "progress": ""}]
    carry_lead_status(items, ["新增完成的5项工作包括:", "东湖公园改造;城南公园改造"])
    assert [i["status"] for i in items] == ["进展滞后", "新增完成的5项工作包括"]


# The status-cell words this pass added (data/cell_verdicts.tsv), as data: (lead, status).
WORDS = [
    ("基本完成节点计划的30个项目分别是", "on_track"),
    ("基本完成节点任务的8个项目", "on_track"),
    ("新增完成的16项具体工作包括", "done"),
]


@pytest.mark.parametrize(("lead", "status"), WORDS, ids=[w for w, _ in WORDS])
def test_lead_words(lead: str, status: str) -> None:
    found = cell_verdict(lead)
    assert found is not None and found["status"] == status
