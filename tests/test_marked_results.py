"""A result read by the shape of its line, with no heading around it (statements pass 21).

Two shapes (``extraction/results.py``): a line with no progress cell whose figure is marked
reached in its own clause (``已``, ``共有``, ``累计``: ``cues.tsv`` perfective) or followed by its
share of a plan (``占计划新开工项目的87%``), and a line whose progress cell only breaks its closing
figure down (``其中`` and parts adding up to it). Targets written without a plan word keep their
reading: a line whose progress follows (the sample's ``新增城镇就业2万人``), a line with no marker, a
line with a goal word, a line under a heading that says the work lags. Each case is one made-up
row of a running text (or one of the bundled sample's rows, as written), each its own case.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import zqmetrics.extraction.results as results
from zqmetrics.extraction.rows import extract_row
from zqmetrics.text import lexicon
from zqmetrics.text.clauses import parse


def _figures(items: list[Any]) -> list[tuple[float, str]]:
    return [(float(x.quantity.amount), x.unit) for x in items]


def _row(task: str, progress: str = "", status: str = "", layout: str = "prose"
         ) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    targets, actuals, _, issue = extract_row(
        task, progress, 2024, row={"layout": layout, "status_text": status})
    assert issue is None
    return _figures(targets), _figures(actuals)


# (task, progress, a figure read as reached, not as a target)
MARKED = [
    # a perfective or summing word before the figure in its clause (cues.tsv perfective)
    ("1-3月共有5个项目新增进入市重点项目库", "", (5, "个")),
    ("今年已实施重点项目27个", "", (27, "个")),
    ("已经完成农村改厕320户", "", (320, "户")),
    ("累计改造农村公路86公里", "", (86, "公里")),
    ("累計建成污水管網12公里", "", (12, "公里")),
    # a share of a plan after the figure in its sentence: the plan is elsewhere, the figure reached
    ("新开工建设36个项目,占计划新开工项目的90%", "", (36, "个")),
    ("新开工建设36个项目,占计划新开工项目的90%", "", (90, "%")),
    ("开工建设21个民生项目,占计划开工项目的70%", "", (21, "个")),
    ("竣工项目14个,占年度计划竣工项目的56%", "", (14, "个")),
]


@pytest.mark.parametrize(("task", "progress", "figure"), MARKED)
def test_a_marked_line_with_no_progress_cell_is_a_result(
        task: str, progress: str, figure: tuple[float, str]) -> None:
    targets, actuals = _row(task, progress)
    assert figure in actuals
    assert figure not in targets


# (task, progress, a figure read as reached: its progress cell only breaks it down)
BROKEN_DOWN = [
    ("新增竣工项目9个", "其中甲县4个、乙县5个", (9, "个")),
    ("新建村级养老服务站30个", "其中城区12个、农村18个,运行良好", (30, "个")),
    ("改造老旧小区12个", "其中东区5个,西区7个", (12, "个")),
]


@pytest.mark.parametrize(("task", "progress", "figure"), BROKEN_DOWN)
def test_a_line_its_progress_only_breaks_down_is_a_result(
        task: str, progress: str, figure: tuple[float, str]) -> None:
    targets, actuals = _row(task, progress)
    assert figure in actuals
    assert figure not in targets


# (task, progress, heading, the figure that stays a target)
STILL_TARGETS = [
    # the bundled sample's task cells: targets written without a plan word, their progress follows
    ("实施更加积极的就业政策,大力推广“就在社区”特色微业模式,新增城镇就业2万人。",
     "微业社区工作:围绕示范微业社区打造,区人社局已深入全区17个街道办事处开展实地调研", "",
     (20000, "人")),
    ("实施“一户一表”改造1万户以上。", "截至目前,已完成供电“一户一表”改造4687户。", "", (10000, "户")),
    ("加快“无废城市”建设,实施“无废细胞”工程10个,持续筑牢生态屏障。",
     "已完成10个“无废细胞”工程的选址工作。", "", (10, "个")),
    # the same words with no progress cell and no marker: a plan list's line
    ("新增城镇就业2万人", "", "", (20000, "人")),
    ("新增更新公交车50辆", "", "", (50, "辆")),
    # an achievement verb after the figure is no marker (晋江's 3个…空间并开放运行 is its target)
    ("建设图书馆、少儿馆等3个阅读空间并开放运行", "", "", (3, "个")),
    # the marker in another clause
    ("新建口袋公园5个,已完成选址", "", "", (5, "个")),
    # a plan, goal or requirement word in the figure's sentence
    ("今年计划实施重点项目共有45个", "", "", (45, "个")),
    ("全年累计新增就业1.5万人", "", "", (15000, "人")),
    ("累计建成不少于10个", "", "", (10, "个")),
    # a share of something other than a plan
    ("新开工建设36个项目,占全省的12%", "", "", (36, "个")),
    # a heading that says the work lags lists goals by name
    ("累计完成低效用地再开发800亩", "", "进展偏慢", (800, "亩")),
    # a breakdown whose parts do not add up to the figure, or one part only
    ("新增竣工项目9个", "其中甲县4个、乙县3个", "", (9, "个")),
    ("新建村级养老服务站30个", "其中城区12个", "", (30, "个")),
    # a planned figure broken down (宿州's 安排投资计划6.69亿元 | 其中上年结转0.49亿元,今年下达6.20亿元)
    ("计划新开工项目20个", "其中甲县12个、乙县8个", "", (20, "个")),
    ("水利建设项目已安排投资计划6.69亿元", "其中上年结转0.49亿元,今年下达6.20亿元", "", (6.69e8, "元")),
    # no verb of work before the figure: a list's group, not a result
    ("续建项目20个", "其中甲县12个、乙县8个", "", (20, "个")),
    # the parts not opened by a part word
    ("新增竣工项目9个", "甲县4个、乙县5个", "", (9, "个")),
]


@pytest.mark.parametrize(("task", "progress", "status", "figure"), STILL_TARGETS)
def test_a_target_written_without_a_plan_word_stays_a_target(
        task: str, progress: str, status: str, figure: tuple[float, str]) -> None:
    targets, _ = _row(task, progress, status)
    assert figure in targets


# A table's cells are written apart: the rules read running texts only.
@pytest.mark.parametrize("layout", ["pipe_table", "spaced_table"])
def test_a_table_row_keeps_its_target(layout: str) -> None:
    targets, _ = _row("今年已实施重点项目27个", "", layout=layout)
    assert (27, "个") in targets


def test_a_line_with_a_progress_cell_is_not_marked() -> None:
    assert not results.marked_result("今年已实施重点项目27个", "完成投资23.3亿元")
    assert results.marked_result("今年已实施重点项目27个", "")


def _switched(name: str) -> Iterator[None]:
    # An article's result clause (statements pass 24, ARTICLE_RESULTS) reads the same done lines
    # (已经完成农村改厕320户): it is switched off with each, so each is measured alone.
    old, article = getattr(results, name), results.ARTICLE_RESULTS
    setattr(results, name, False)
    results.ARTICLE_RESULTS = False
    parse.cache_clear()
    lexicon.use(lexicon.current())
    try:
        yield
    finally:
        setattr(results, name, old)
        results.ARTICLE_RESULTS = article
        parse.cache_clear()
        lexicon.use(lexicon.current())


@pytest.fixture()
def marked_off() -> Iterator[None]:
    yield from _switched("MARKED_RESULTS")


@pytest.fixture()
def broken_down_off() -> Iterator[None]:
    yield from _switched("BROKEN_DOWN")


@pytest.mark.usefixtures("marked_off")
@pytest.mark.parametrize(("task", "progress", "figure"), MARKED)
def test_switched_off_a_marked_line_is_a_target(
        task: str, progress: str, figure: tuple[float, str]) -> None:
    targets, _ = _row(task, progress)
    assert figure in targets


@pytest.mark.usefixtures("broken_down_off")
@pytest.mark.parametrize(("task", "progress", "figure"), BROKEN_DOWN)
def test_switched_off_a_broken_down_line_is_a_target(
        task: str, progress: str, figure: tuple[float, str]) -> None:
    targets, _ = _row(task, progress)
    assert figure in targets
