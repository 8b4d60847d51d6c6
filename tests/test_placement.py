"""The corpus measure of where the reader put an annotated item's text (``evaluation.corpus``):
in a task cell, only inside another row's cell, or in no cell at all (dropped). Made-up cases."""

from __future__ import annotations

from typing import Any

import pytest

from evaluation.corpus import CorpusScore, Document, placement, report, score_document

# (annotated task cell, the frame's rows as (task, progress), where the item's text is)
PLACEMENTS = [
    ("建设幼儿园5所", [("建设幼儿园5所", "")], "task"),
    ("（一）建设幼儿园5所", [("建设幼儿园5所", "已完工3所")], "task"),  # its number is no content
    ("建设幼儿园5所", [("教育工程", "建设幼儿园5所，已完工3所")], "inside"),
    ("建设幼儿园5所", [("教育工程", "已完工3所")], "dropped"),
    ("建设幼儿园5所", [], "dropped"),
    ("建设 幼儿园5所", [("建设幼儿\n园5所", "")], "task"),  # white space is not compared
    ("ＡＢ项目建设", [("AB项目建设", "")], "task"),  # one width
    ("", [("教育工程", "")], "task"),  # nothing to look for
]


@pytest.mark.parametrize(("task", "rows", "where"), PLACEMENTS,
                         ids=[f"{t or 'empty'}-{w}" for t, _, w in PLACEMENTS])
def test_placement(task: str, rows: list[tuple[str, str]], where: str) -> None:
    records = [{"task": t, "progress": p} for t, p in rows]
    assert placement(task, records) == where


def test_the_report_counts_dropped_and_inside_items() -> None:
    import zqmetrics as zq

    text = "一、教育工程。建设幼儿园5所，已完工3所。\n二、交通工程。改造道路8条，已完工2条。\n"
    gold: list[dict[str, Any]] = [
        {"seq": "1", "cells": {"task": "教育工程"}, "targets": [], "actuals": []},
        {"seq": "1.1", "cells": {"task": "建设幼儿园5所"}, "targets": [], "actuals": []},# inside row 1's progress
        {"seq": "3", "cells": {"task": "卫生工程"}, "targets": [], "actuals": []},# in no cell
    ]
    doc = Document("made-up", {"split": "dev"}, text, {"layout": "numbered_items"}, gold)
    sc = CorpusScore()
    score_document(doc, sc, read=zq.read_report)
    assert sc.dropped.rate("dev")[1:] == (1, 3)
    assert sc.inside.rate("dev")[1:] == (1, 3)
    line = report(sc).splitlines()[1]
    assert "dropped 0.333 (1)" in line and "inside 0.333 (1)" in line
