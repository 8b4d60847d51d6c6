"""A task's quoted title counts; the rule is off (statements pass 19).

``“新增更新公交车50辆” | 已完成`` (changle-2017-08): a short quoted span is read as a slogan (“两张网”,
“三公里”), so the figures of a 实事 the report quotes by its title were no quantities, and, with them
read, a line under a done verdict was read as a result line. ``titles.QUOTED_TITLES`` reads a quoted
span that counts things, people or money in Arabic digits (a unit of units.tsv outside durations and
rates) as a title, and a running text's task cell that opens with a quotation mark as the plan's
words, no result line. Only changle-2017-08 moves with it on the development part (yancheng-2023-11's
quoted title stands in a list closed by its count), so it stays off until a second document does;
these cases switch it on.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import zqmetrics.text.titles as titles
from zqmetrics.extraction.results import reports_result
from zqmetrics.text import lexicon
from zqmetrics.text.quantity import read_figures


@pytest.fixture
def titles_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(titles, "QUOTED_TITLES", True)
    lexicon.use(lexicon.current())
    yield
    monkeypatch.setattr(titles, "QUOTED_TITLES", False)
    lexicon.use(lexicon.current())


def _figures(text: str) -> list[tuple[float, str]]:
    return [(float(f.amount), f.unit) for f in read_figures(text)[1]]


# (text, the figures read with the rule on)
QUOTED = [
    ("“新增更新公交车50辆”", [(50, "辆")]),
    ("“全年破获‘打四黑除四害’36起”", [(36, "起")]),
    ("“兜底帮扶2500名困难群体就业”等46件实事", [(2500, "名"), (46, "件")]),
    ("“新建改造供水管网10公里”", [(10, "公里")]),
    # slogans stay slogans: Chinese numerals, durations, codes
    ("落实“两张网”建设", []),
    ("打造“三公里”便民服务圈", []),
    ("构建“圈内1小时、济青1.5小时”通勤圈", []),
    ("对接“13+34”标志性产业链", []),
]


@pytest.mark.parametrize(("text", "figures"), QUOTED)
def test_a_quoted_title_counts(titles_on: None, text: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(text) == figures


def test_off_a_quoted_title_is_a_slogan() -> None:
    assert _figures("“新增更新公交车50辆”") == []


# (task, progress, heading's verdict, whether the line only reports a result, with the rule on)
LINES = [
    ("“新增更新公交车50辆”", "已完成", "done", False),
    ("“新建改造供水管网10公里”", "", "done", False),
    ("完成燃气管网改造128公里", "", "done", True),
]


@pytest.mark.parametrize(("task", "progress", "verdict", "result"), LINES)
def test_a_quoted_line_is_the_plan(titles_on: None, task: str, progress: str, verdict: str,
                                  result: bool) -> None:
    assert reports_result(task, progress, verdict, False) is result
