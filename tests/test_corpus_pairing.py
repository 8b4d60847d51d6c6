"""How the corpus scorer pairs an annotated row with a row the program read (evaluation/corpus.py)."""

from __future__ import annotations

import pytest

from evaluation.corpus import pair_rows, task_key


def _gold(*tasks: str) -> list[dict]:
    return [{"cells": {"task": t}} for t in tasks]


@pytest.mark.parametrize(
    ("cell", "key"),
    [
        pytest.param("（一）新增城镇就业", "新增城镇就业", id="item-number"),
        pytest.param("“互联网+教育”项目", "互联网+教育”项目", id="opening-quote"),
        pytest.param("「十件实事」", "十件实事」", id="corner-quote"),
        pytest.param(" 1. 改造老旧小区", "改造老旧小区", id="spaces-and-number"),
        pytest.param("其中,新开工项目20个", "新开工项目20个", id="part-connective"),
        pytest.param("其中续建项目35宗", "续建项目35宗", id="part-connective-no-comma"),
        pytest.param("其中", "其中", id="connective-alone-kept"),
        pytest.param("1-6月，全市新增城镇就业1.2万人", "全市新增城镇就业1.2万人", id="lead-months"),
        pytest.param("截至9月底，完成投资30亿元", "完成投资30亿元", id="lead-as-of"),
        pytest.param("今年以来,新开工项目12个", "新开工项目12个", id="lead-since"),
        pytest.param("2023年前三季度，实现增加值", "实现增加值", id="lead-year-and-quarters"),
        pytest.param("全年新增就业2万人", "全年新增就业2万人", id="period-word-without-comma-kept"),
        pytest.param("全市农村公路，完成80%", "全市农村公路,完成80%", id="subject-before-comma-kept"),
        pytest.param("上半年，", "上半年,", id="period-alone-kept"),
    ],
)
def test_task_key(cell: str, key: str) -> None:
    assert task_key(cell) == key


@pytest.mark.parametrize(
    ("gold", "tasks", "pairs"),
    [
        pytest.param(_gold("新增城镇就业"), ["新增城镇就业2万人"], {0: 0}, id="prefix"),
        pytest.param(_gold("新增城镇就业2万人"), ["新增城镇就业"], {0: 0}, id="program-cell-shorter"),
        pytest.param(_gold("互联网+教育项目"), ["“互联网+教育项目”"], {0: 0}, id="quote-on-one-side"),
        pytest.param(_gold("全市"), ["全市新增就业", "全市"], {0: 1}, id="short-cell-prefers-the-same-word"),
        pytest.param(_gold("城建類"), ["城建類項目"], {0: 0}, id="short-cell-else-a-prefix"),
        pytest.param(_gold("涪城区"), ["涪城区：完成投资"], {0: 0}, id="short-cell-closed-by-punctuation"),
        pytest.param(_gold("涪城区", "游仙区"), ["涪城区新建学校", "涪城区", "游仙区"], {0: 1, 1: 2},
                     id="short-cell-does-not-take-a-later-row"),
    ],
)
def test_pair_rows(gold: list[dict], tasks: list[str], pairs: dict[int, int]) -> None:
    assert pair_rows(gold, tasks) == pairs


def test_rows_read_counts_the_unpaired() -> None:
    # Rows the program read that no annotated row pairs with (a heading, a row cut in two) are
    # counted apart: the row measure counts annotated rows found and cannot see them.
    from evaluation.corpus import CorpusScore, Document, score_records

    gold = {"doc": "x", "layout": "prose", "period": "2020-09", "data_month": "2020-09"}
    rows = [{"seq": str(k), "cells": {"task": t}, "targets": [], "actuals": [], "status": "unclear"}
            for k, t in enumerate(("新增城镇就业", "改造老旧小区"), 1)]
    doc = Document("x", {"split": "dev"}, "", gold, rows)
    records = [{"task": t, "targets": [], "actuals": [], "status": "unclear"}
               for t in ("一、民生实事", "新增城镇就业2万人", "改造老旧小区30个", "附件")]
    sc = CorpusScore()
    score_records(doc, sc, records, {"period": "2020-09", "data_month": "2020-09"})
    assert sc.read.rate("dev")[1:] == (2, 4)
    assert sc.rows.rate("dev")[1:] == (2, 2)
