"""The extraction's verdict readers ask the shared contexts (statements pass 21, after judge pass 3).

Judge pass 3 made every judge path ask ``text/verdict_forms.in_context`` whether a verdict word is
stated (``不滞后``, ``要防止进度滞后``, ``如有滞后``: no verdict; ``均未滞后于序时进度``: on track). Two
readers of the extraction were left outside it: a heading's verdict (``columns.verdict_in``, which
decides whether a line under it reports a result) and the verdict words ``rows._goals_in_progress``
reads in a progress cell (a done word says its sentence reports; a lag or not-started word judges a
figure as the target; through ``results.asserted_verdicts``). Both now read only the words their
clause asserts. Each case is one made-up
cell, each its own case; the negatives are the asserted forms, which read as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import zqmetrics.extraction.columns as columns
import zqmetrics.extraction.results as results
from zqmetrics.extraction.columns import verdict_in
from zqmetrics.extraction.rows import extract_row
from zqmetrics.text import lexicon
from zqmetrics.text.clauses import parse

# (a heading or status cell, the verdict it states)
HEADINGS = [
    ("项目推进顺利，不滞后", None),
    ("要防止进度滞后", None),
    ("未出现滞后情况", None),
    ("如有滞后及时督办", None),
    ("进度滞后的将予以通报", None),
    ("查找滞后原因", None),
    ("没有未开工项目", None),
    # a negated lag compared with a pace noun asserts the pace
    ("均未滞后于序时进度", "on_track"),
    # the denied word passed over, the next word stated is the heading's
    ("不滞后，已全部完成", "done"),
    # asserted: as before
    ("进度滞后", "lagging"),
    ("进展偏慢", "lagging"),
    ("未按序时推进", "lagging"),
    ("进度滞后的项目有：", "lagging"),
    ("以下3个项目进度滞后", "lagging"),
    ("因资金没有到位导致进度滞后", "lagging"),
    ("尚未开工", "not_started"),
    ("已全部完成", "done"),
]


@pytest.mark.parametrize(("text", "status"), HEADINGS)
def test_a_heading_states_only_an_asserted_verdict(text: str, status: str | None) -> None:
    found = verdict_in(text)
    assert (found["status"] if found else None) == status
    if found:
        assert found["quote"] in text


def _figures(items: list[Any]) -> list[tuple[float, str]]:
    return [(float(x.quantity.amount), x.unit) for x in items]


def _row(task: str, progress: str, status: str = "", layout: str = "prose"
         ) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    targets, actuals, _, issue = extract_row(
        task, progress, 2024, row={"layout": layout, "status_text": status})
    assert issue is None
    return _figures(targets), _figures(actuals)


# (heading, a line under it, its figure, whether the line reads as a result)
UNDER = [
    # a heading denying a lag before the word that the work is done: a result line
    ("不滞后，已全部完成", "完成雨污分流改造12公里", (12, "公里"), True),
    # before, the denied lag made the heading lagging and the line a goal; now no heading verdict
    # and nothing else says the line reports: its figure stays a target either way
    ("项目推进顺利，不滞后", "完成雨污分流改造12公里", (12, "公里"), False),
    ("进展偏慢", "完成雨污分流改造12公里", (12, "公里"), False),
    ("已全部完成", "完成雨污分流改造12公里", (12, "公里"), True),
]


@pytest.mark.parametrize(("status", "task", "figure", "result"), UNDER)
def test_a_heading_verdict_in_context_decides_a_result_line(
        status: str, task: str, figure: tuple[float, str], result: bool) -> None:
    targets, actuals = _row(task, "", status, layout="bulletin")
    assert (figure in actuals and figure not in targets) is result
    assert (figure in targets) is not result


# (task, progress of a running text, its figure, whether the figure is a goal of the progress)
PROGRESS = [
    # a lag or not-started word denied judges no figure as the target
    ("重点项目推进", "重点项目23项,无一滞后", (23, "项"), False),
    ("重点项目推进", "重点项目23项,没有未开工项目", (23, "项"), False),
    ("美丽海岸带", "推动“美丽海岸带”建设2公里,不存在未启动情况", (2, "公里"), False),
    # a done word in a condition or under a warning says nothing was done
    ("公园建设", "新建口袋公园5个,一旦全部完工即投入使用", (5, "个"), True),
    ("公园建设", "新建口袋公园5个,避免全部完工后闲置", (5, "个"), True),
    # asserted: as before
    # (a list's count judged so, 重点项目23项,未达序时进度2项, is a band since statements pass 23)
    ("老旧小区改造", "改造老旧小区23个,未达序时进度", (23, "个"), True),
    ("美丽海岸带", "推动“美丽海岸带”建设2公里未启动", (2, "公里"), True),
    ("公园建设", "新建口袋公园5个,全部完工", (5, "个"), False),
]


@pytest.mark.parametrize(("task", "progress", "figure", "goal"), PROGRESS)
def test_a_progress_verdict_in_context_decides_a_goal(
        task: str, progress: str, figure: tuple[float, str], goal: bool) -> None:
    targets, _ = _row(task, progress)
    assert (figure in targets) is goal


@pytest.fixture()
def contexts_off() -> Iterator[None]:
    old = columns.HEADING_CONTEXTS, results.VERDICT_CONTEXTS
    columns.HEADING_CONTEXTS = results.VERDICT_CONTEXTS = False
    parse.cache_clear()
    lexicon.use(lexicon.current())
    try:
        yield
    finally:
        columns.HEADING_CONTEXTS, results.VERDICT_CONTEXTS = old
        parse.cache_clear()
        lexicon.use(lexicon.current())


@pytest.mark.usefixtures("contexts_off")
def test_switched_off_every_word_is_read() -> None:
    assert verdict_in("项目推进顺利，不滞后") == {"status": "lagging", "quote": "滞后"}
    targets, _ = _row("重点项目推进", "重点项目23项,无一滞后")
    assert (23, "项") in targets
    targets, _ = _row("公园建设", "新建口袋公园5个,一旦全部完工即投入使用")
    assert (5, "个") not in targets
