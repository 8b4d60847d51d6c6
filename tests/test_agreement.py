"""evaluation.agreement: one annotation scored against another with the corpus measures."""

from __future__ import annotations

from typing import Any

import pytest

from evaluation.agreement import (
    DIRECTIONS,
    SECOND,
    Agreement,
    as_records,
    measure,
    report,
    score_pair,
)
from evaluation.corpus import CorpusScore, Document

TEXT = "1.新增城镇就业2万人。完成15501人,完成全年任务的77%。\n2.建设公园2处、绿道5公里。均已完成。\n"
META = {"split": "dev", "layout": "numbered_items"}
HEAD = {"doc": "made-up", "layout": "numbered_items", "period": "2021-09", "data_month": "2021-09"}


def row(seq: str, task: str, targets: list[dict[str, Any]] | None = None,
        actuals: list[dict[str, Any]] | None = None, status: str = "unclear",
        stated: float | None = None, **cells: str) -> dict[str, Any]:
    return {"seq": seq, "parent_seq": None, "cells": {"task": task, **cells},
            "targets": targets or [], "actuals": actuals or [], "stated_ratio": stated,
            "verdict": None, "status": status, "status_note": ""}


def target(value: float, unit: str, quote: str) -> dict[str, Any]:
    return {"metric": quote, "value": value, "value_max": None, "unit": unit,
            "comparator": "exact", "kind": "amount", "quote": quote, "source": "task"}


def actual(ti: int | None, value: float, unit: str, stated: bool = False) -> dict[str, Any]:
    return {"target_index": ti, "metric": "m", "value": value, "value_max": None, "unit": unit,
            "period": "ytd", "data_month": "2021-09", "stated": stated, "quote": "q"}


JOBS = row("1", "新增城镇就业2万人。", [target(20000, "人", "新增城镇就业2万人")],
           [actual(0, 15501, "人"), actual(0, 77, "%", stated=True)], "on_track", 0.77,
           progress="完成15501人,完成全年任务的")
# The first annotator: one row for item 2; the second splits it in two, and starts item 1's task
# one word later (no 新增), so the pairing cannot find it.
GOLD = [JOBS, row("2", "建设公园2处、绿道5公里。", [target(2, "处", "建设公园2处"), target(5, "公里", "绿道5公里")],
                  status="done", progress="均已完成。")]
SECOND_ROWS = [
    {**JOBS, "cells": {**JOBS["cells"], "task": "城镇就业2万人。"}},
    row("2", "建设公园2处", [target(2, "处", "建设公园2处")], status="done", progress="均已完成。"),
    row("2.1", "绿道5公里", [target(5, "公里", "绿道5公里")], status="lagging", progress="均已完成。"),
]


def scored() -> dict[str, CorpusScore]:
    doc = Document("made-up", META, TEXT, HEAD, GOLD)
    scores = {d: CorpusScore() for d in DIRECTIONS}
    score_pair(doc, {**HEAD, "period": "2021Q3"}, SECOND_ROWS, scores)
    return scores


def test_records_carry_cells_under_frame_columns() -> None:
    rec = as_records([{**JOBS, "cells": {**JOBS["cells"], "owner": "市人社局"}}])[0]
    assert rec["task"] == "新增城镇就业2万人。"
    assert rec["units"] == "市人社局"
    assert rec["status"] == "on_track" and rec["stated_ratio"] == 0.77


def test_a_task_cell_starting_one_word_later_is_a_missed_row() -> None:
    sc = scored()["2nd|gold"]
    # Gold row 1 is not found (its cell does not start the second's); gold row 2 pairs with the
    # first half of the split.
    assert sc.rows.rate("dev") == (0.5, 1, 2)
    misses = [m for _, m in sc.misses]
    assert any("row 1 not found" in m for m in misses)


def test_a_split_row_costs_rows_found_the_other_way() -> None:
    sc = scored()["gold|2nd"]
    # With the second as reference: its row 1 does not start gold's 新增城镇就业 cell; 2 pairs
    # with gold's row 2 (gold's cell starts with 建设公园2处); 2.1 has nothing left to pair with.
    assert sc.rows.rate("dev") == (pytest.approx(1 / 3), 1, 3)


def test_targets_of_a_split_row_count_as_found_and_missed() -> None:
    score = scored()["2nd|gold"].targets.counts[("dev", "*")]
    # Gold: 1 target on the unpaired row (missed), 2 on row 2 of which the paired half holds one.
    assert (score.tp, score.fp, score.fn) == (1, 0, 2)


def test_period_is_compared_as_written() -> None:
    assert scored()["2nd|gold"].period.rate("dev") == (0.0, 0, 1)  # 2021Q3 vs 2021-09


def test_status_is_counted_over_the_references_numeric_rows() -> None:
    both = scored()
    assert both["2nd|gold"].status.rate("dev")[2] == 2
    # The second's lagging row 2.1 was not paired: a miss, and no at-risk row in gold's sense.
    assert both["gold|2nd"].status.rate("dev")[2] == 3
    assert both["gold|2nd"].at_risk.counts[("dev", "*")].fn == 1


def test_identical_annotations_agree_fully() -> None:
    doc = Document("made-up", META, TEXT, HEAD, GOLD)
    scores = {d: CorpusScore() for d in DIRECTIONS}
    score_pair(doc, HEAD, GOLD, scores)
    for sc in scores.values():
        assert sc.rows.rate("dev")[0] == 1.0
        assert sc.cells.rate("dev")[0] == 1.0
        assert sc.targets.f1("dev")[2] == 1.0
        assert sc.actuals.f1("dev")[2] == 1.0
        assert sc.status.rate("dev")[0] == 1.0


def test_bundled_second_annotations_load_and_score() -> None:
    result = measure()
    assert len(result.per_doc) >= 11
    assert result.heldout_docs >= 10
    assert len(result.per_doc) + result.heldout_docs == len(list(SECOND.glob("*.jsonl")))
    assert not result.skipped
    for direction in DIRECTIONS:
        rate, good, total = result.total[direction].rows.rate("dev")
        assert total > 0 and 0.0 < rate <= 1.0
        # The total is the sum of the documents.
        assert total == sum(per[direction].rows.rate("dev")[2] for per in result.per_doc.values())


def test_amounts_of_an_unwritten_target_agree_when_both_write_them() -> None:
    # 完成投资 with the plan not written: target_index null on both sides, as the corpus writes it.
    plan = row("1", "新增城镇就业2万人。", actuals=[actual(None, 15501, "人"), actual(None, 77, "%", stated=True)],
               status="on_track", stated=0.77)
    doc = Document("made-up", META, TEXT, HEAD, [plan])
    scores = {d: CorpusScore() for d in DIRECTIONS}
    score_pair(doc, HEAD, [plan], scores)
    for sc in scores.values():
        counts = sc.actuals.counts[("dev", "*")]
        assert (counts.tp, counts.fp, counts.fn) == (2, 0, 0)
        assert sc.targets.counts[("dev", "*")].fp == 0  # the implied target is not a written one
    rec = as_records([plan])[0]
    assert rec["targets"][0]["implied"] and rec["actuals"][0]["target_index"] == 0
    assert rec["actuals"][1]["target_index"] is None


def _heldout_result() -> Agreement:
    """A development and a held-out made-up document, each with a second annotation that
    differs from its gold (the second writes row 1's task one word later)."""
    result = Agreement()
    for doc_id, split in (("made-up-dev", "dev"), ("secret-heldout-doc", "heldout")):
        doc = Document(doc_id, {**META, "split": split}, TEXT, {**HEAD, "doc": doc_id}, GOLD)
        target = result.heldout if split == "heldout" else result.total
        if split == "dev":
            result.per_doc[doc_id] = {d: CorpusScore() for d in DIRECTIONS}
            score_pair(doc, HEAD, SECOND_ROWS, result.per_doc[doc_id])
        else:
            result.heldout_docs += 1
        score_pair(doc, HEAD, SECOND_ROWS, target)
    return result


def test_heldout_documents_are_one_aggregate_line_per_direction() -> None:
    text = report(_heldout_result(), misses=True)
    heldout = [ln for ln in text.splitlines() if ln.startswith("held out")]
    assert heldout == ["held out: 1 documents, aggregate only"]
    after = text.splitlines()[text.splitlines().index(heldout[0]) + 1:][:2]
    assert [ln.split()[0] for ln in after] == list(DIRECTIONS)
    # The held-out part's aggregate is the same score as the development one (same annotations).
    assert "rows 0.50 (1/2)" in after[0]
    # Never its id, never its differences, even with --misses; the development ones are listed.
    assert "secret-heldout-doc" not in text
    assert "made-up-dev: row 1 not found" in text


def test_bundled_heldout_ids_are_never_printed() -> None:
    result = measure()
    text = report(result, misses=True)
    for path in SECOND.glob("*.jsonl"):
        if path.stem not in result.per_doc:
            assert path.stem not in text
