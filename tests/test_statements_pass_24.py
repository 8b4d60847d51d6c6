"""Statements pass 24 (issue 11; the corpus conventions' decisions 5, 8 and 11): an article's line
that says what was done is a result, and a result line takes the done verdict that opened its report.

- ``results.ARTICLE_RESULTS``: a prose row whose first figure follows an achievement word in its
  clause (``cues.tsv`` achieved: 完成, 达到 …), with no goal word in its sentence nor in its progress
  cell's first sentence, and no done figure of its unit in the progress cell, is a result.
- ``results.LEAD_VERDICTS``: a result line with no verdict of its own, in a running report a done
  verdict opened (``确定…项目4个,目前均已完工``), takes that verdict.

The examples are written for this file in the trade's words, after the development documents'
shapes (laibin-xingbin-liangjiang-2024-fy, shiyan-fangxian-2018-09); held-out documents are never
used. One example per row, negatives beside the positives.
"""

from __future__ import annotations

import pytest

import zqmetrics.extraction.results as results
import zqmetrics.extraction.running as running
from zqmetrics.extraction.rows import extract_row, extract_rows
from zqmetrics.text.clauses import parse


def _read(task: str, progress: str, layout: str = "prose") -> tuple[list[float], list[float]]:
    parse.cache_clear()
    targets, actuals, _, issue = extract_row(task, progress, 2024, row={"layout": layout})
    assert issue is None
    return [t.value for t in targets], [a.value for a in actuals]


# (task, progress, targets read, whether the task's first figure is read as an actual)
ARTICLE_ROWS = [
    ("完成主干道排水系统建设1229米", "路面升级改造600米", [], True),
    ("完成村道路硬化52米", "公共活动场所硬化85平方米", [], True),
    ("城乡居民人均可支配收入分别达到18687元", "", [], True),
    # a goal word in the sentence: the plan's figure stays a target
    ("完成年度任务老旧小区改造30个", "", [30.0], False),
    ("计划完成道路硬化52米", "", [52.0], False),
    # the progress measures it in its unit with a done word: the task's figure is the target
    ("完成村道路硬化52米", "已完成30米", [52.0], False),
    # ... or counts it in bare parts, with a part word or without
    ("建成村级养老服务站9个", "其中甲县4个、乙县3个", [9.0], False),
    ("建成村级养老服务站9个", "甲县4个、乙县3个", [9.0], False),
    # no achievement word before the figure: nothing is said done
    ("新建口袋公园5个", "", [5.0], False),
]


@pytest.mark.parametrize(("task", "progress", "want", "actual"), ARTICLE_ROWS,
                         ids=[r[0][:12] + "|" + r[1][:6] for r in ARTICLE_ROWS])
def test_article_results(task: str, progress: str, want: list[float], actual: bool) -> None:
    targets, actuals = _read(task, progress)
    assert targets == want
    first = parse(task).figures[0].amount
    assert (float(first) in actuals) is actual


def test_article_results_only_in_articles() -> None:
    # a numbered item or a bulletin lists the plan's tasks: the rule reads articles only
    assert _read("完成村道路硬化52米", "公共活动场所硬化85平方米", "numbered_items")[0] == [52.0]


def test_article_results_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(results, "ARTICLE_RESULTS", False)
    assert _read("完成村道路硬化52米", "公共活动场所硬化85平方米")[0] == [52.0]


LEAD = {"layout": "prose", "task": "确定镇重点民生实事项目4个", "progress": "目前均已完工"}
LINE = {"layout": "prose", "task": "完成村道路硬化52米", "progress": "公共活动场所硬化85平方米"}
PLAN = {"layout": "prose", "task": "计划新建口袋公园5个", "progress": ""}


def _verdicts(records: list[dict[str, str]]) -> list[str | None]:
    parse.cache_clear()
    out = extract_rows(records, {"year": 2024, "data_month": "2024-12"})
    return [r["verdict"]["status"] if r["verdict"] else None for r in out]


def test_lead_verdict_carried_to_result_lines() -> None:
    assert _verdicts([LEAD, LINE, LINE]) == ["done", "done", "done"]


def test_lead_verdict_ends_at_a_goal() -> None:
    assert _verdicts([LEAD, PLAN, LINE])[1:] == [None, None]


def test_lead_verdicts_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(results, "LEAD_VERDICTS", False)
    assert _verdicts([LEAD, LINE]) == ["done", None]


# Open lists (``running.OPEN_LISTS``, the lead's decision on pass 24): after a line that sets a
# goal, names a list of tasks and counts it, or announces work not done, an article's bare
# ``完成…`` lines are that list's items, targets; pass 21's readings of them stand
# (tests/test_result_lines.py::test_a_line_after_no_report_stays_a_target).
# (the line before, whether LINE's 52 米 after it is a target)
BEFORE_LINE = [
    (("计划新建口袋公园5个", ""), True),
    (("年度目标为新建口袋公园5个", ""), True),
    (("省级为民办实事项目", "涉及我市21个小项"), True),
    (("三季度", "未按期完成的工作包括:"), True),
    (("三季度", "进展偏慢的重点工作为:"), True),
    # a report opens no list: a done verdict, a list of work done, a lag denied
    (("确定镇重点民生实事项目4个", "目前均已完工"), False),
    (("三季度", "新增完成的工作包括:"), False),
    (("三季度", "没有滞后的工作包括:"), False),
    # a list named by its money, not counted: no list of items is announced
    (("省级民生实事项目涉及资金2.1亿元", ""), False),
    # a line that neither reports nor opens a list: the article's result stands
    (("社区卫生服务站投入使用", ""), False),
    (("村容村貌明显改善", "群众满意度提高"), False),
]


def _read_after(lines: list[tuple[str, str]]) -> list[list[float]]:
    parse.cache_clear()
    rows = [{"layout": "prose", "task": t, "progress": p} for t, p in lines]
    out = extract_rows(rows, {"year": 2024, "data_month": "2024-12"})
    return [[float(t.quantity.amount) for t in r["targets"]] for r in out]


@pytest.mark.parametrize(("before", "target"), BEFORE_LINE, ids=[b[0][0][:8] + "|" + b[0][1][:8] for b in BEFORE_LINE])
def test_a_bare_line_after_a_list_opener(before: tuple[str, str], target: bool) -> None:
    assert (52.0 in _read_after([before, (LINE["task"], LINE["progress"])])[1]) is target


def test_an_open_list_runs_through_its_items() -> None:
    lines = [("计划新建口袋公园5个", ""), ("完成村道路硬化52米", ""), ("完成主干道排水系统建设1229米", "")]
    assert _read_after(lines)[1:] == [[52.0], [1229.0]]


def test_an_open_list_ends_at_a_line_not_its_item() -> None:
    lines = [("计划新建口袋公园5个", ""), ("村容村貌明显改善", ""), ("完成村道路硬化52米", "")]
    assert _read_after(lines)[2] == []


def test_open_lists_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(running, "OPEN_LISTS", False)
    assert _read_after([("计划新建口袋公园5个", ""), ("完成村道路硬化52米", "")])[1] == []
