"""The golden set is checked, and the evaluation floors are asserted."""

from __future__ import annotations

import json

import pytest

from evaluation.score import default_golden, evaluate, evaluate_rows, load_golden, metric_agrees
from zqmetrics.read.reader import read_report, sample_path
from zqmetrics.types import COMPARATORS, KINDS, PERIODS

STATUSES = {"done", "on_track", "lagging", "not_started", "no_numeric_target", "unclear"}


@pytest.fixture(scope="module")
def golden() -> list[dict]:
    return load_golden(default_golden())


@pytest.fixture(scope="module")
def ev():
    return evaluate()


def test_golden_covers_every_row(golden: list[dict]) -> None:
    assert [g["seq"] for g in golden] == [str(i) for i in range(1, 109)]


def test_golden_quotes_are_verbatim(golden: list[dict]) -> None:
    rows = read_report(sample_path()).set_index("seq")
    for g in golden:
        task, progress = rows.loc[g["seq"], "task"], rows.loc[g["seq"], "progress"]
        for t in g["targets"]:
            assert t["quote"] in task, (g["seq"], t["quote"])
            assert t["comparator"] in COMPARATORS and t["kind"] in KINDS
        for a in g["actuals"]:
            assert a["quote"] in progress, (g["seq"], a["quote"])
            assert a["period"] in PERIODS
            assert 0 <= a["target_index"] < len(g["targets"])
        assert g["status"] in STATUSES
        assert (g["status"] == "no_numeric_target") == (not g["targets"])


def test_golden_is_valid_json_lines() -> None:
    with open(default_golden(), encoding="utf-8") as fh:
        for line in fh:
            json.loads(line)


def test_target_f1_floor(ev) -> None:
    assert ev.targets.f1 >= 0.95, ev.report(misses=True)


def test_actual_f1_floor(ev) -> None:
    # 0.944 before the issue-11 audit; four alignment rules that each helped one sample row only
    # (levels of government, qualifier thresholds, the noun after a counter, component sums) were
    # removed, and the sample's actual F1 fell to 0.853. The 0.90 is not reached honestly.
    # Lowered 0.85 -> 0.68 by the alignment ablation on 118 development documents (README): three
    # rules that helped the sample only (synonym groups as shared words, a figure equal to its
    # target restates it, counters of one group measure each other) were removed, and
    # SAME_DIMENSION was fitted on the development corpus (0.3 -> 0.1: three documents better, none
    # worse, held-out unchanged). The sample fell 0.853 -> 0.687 (P 0.842 -> 0.559): figures that
    # restate a target in a heading and loosely worded figures now align. The lead put `restated`
    # back (README, "The lead's decision on restated": a restated target read as done hides a task
    # that has not started): 0.687 -> 0.810. Statements pass 11 (done_after: 7处教育设施全部按照计划节点施工
    # is a result, row 100): 0.810 -> 0.825.
    assert ev.actuals.f1 >= 0.82, ev.report(misses=True)


def test_period_accuracy(ev) -> None:
    assert ev.fields["actual period"].rate >= 0.95


def test_status_agreement_on_numeric_rows(ev) -> None:
    # Lowered 0.90 -> 0.76 with the actual floor above (same cause): 32/34 -> 26/34; among the
    # rows lost, progress restating its target's figure now reads as done (80, 87, 100, 101), and
    # loosely worded figures now align (README, alignment ablation). With `restated` back (the
    # lead's decision, README): 26/34 -> 29/34, none of 80, 87, 100, 101 read as done. Statements
    # pass 11: 29/34 -> 30/34 (row 100 on track, 7/7 facilities with 新增学位 unreported).
    assert ev.fields["status (numeric rows)"].rate >= 0.88, ev.report(misses=True)


def test_heldout_targets_floor() -> None:
    """Targets on sentences of three 2026 provincial reports, annotated without the program."""
    from evaluation.score import evaluate_heldout

    ev = evaluate_heldout()
    assert ev.targets.f1 >= 0.93, ev.report(misses=True)


# The corpus's measure counts a stated ratio of an unwritten whole on both sides (the gold always
# annotates one, target_index null): the program's extra one is a false actual, its missing one a
# miss. The sample's measure (no count_implied) leaves figures measuring no target out, as before.
_RATIO = {"target_index": None, "metric": "投资", "value": 62.5, "unit": "%", "period": "ytd",
          "stated": True, "quote": "完成年度计划的62.5%"}
_AMOUNT = {**_RATIO, "value": 12.0, "unit": "亿元", "stated": False, "quote": "完成投资12亿元"}


@pytest.mark.parametrize(
    ("gold_actuals", "pred_actuals", "count_implied", "count_unwritten", "tp_fp_fn"),
    [
        pytest.param([_RATIO], [_RATIO], True, False, (1, 0, 0), id="both-state-it"),
        pytest.param([], [_RATIO], True, False, (0, 1, 0), id="program-only-is-false"),
        pytest.param([_RATIO], [], True, False, (0, 0, 1), id="gold-only-is-missed"),
        pytest.param([], [_AMOUNT], True, False, (0, 0, 0), id="unrated-amount-left-out"),
        pytest.param([], [_AMOUNT], True, True, (0, 1, 0), id="unrated-amount-counted"),
        pytest.param([_AMOUNT], [_AMOUNT], True, True, (1, 0, 0), id="unrated-amount-both"),
        pytest.param([], [_RATIO], False, False, (0, 0, 0), id="sample-measure-unchanged"),
    ],
)
def test_stated_ratio_without_target_counted_on_both_sides(
    gold_actuals: list[dict], pred_actuals: list[dict], count_implied: bool,
    count_unwritten: bool, tp_fp_fn: tuple[int, int, int],
) -> None:
    gold = [{"seq": "1", "targets": [], "actuals": gold_actuals}]
    pred = {"1": {"targets": [], "actuals": pred_actuals, "status": None}}
    got = evaluate_rows(gold, pred, count_implied=count_implied,
                        count_unwritten=count_unwritten).actuals
    assert (got.tp, got.fp, got.fn) == tp_fp_fn


# The corpus writes a figure with no date of its own as year to date (issue 11); the program says
# `unknown` ("period not stated") and judges it as year to date: the corpus compares them as one,
# the sample's measure keeps them apart.
@pytest.mark.parametrize(
    ("gold_period", "pred_period", "undated_is_ytd", "agrees"),
    [
        pytest.param("ytd", "unknown", True, True, id="corpus-undated-is-ytd"),
        pytest.param("unknown", "ytd", True, True, id="corpus-older-gold"),
        pytest.param("ytd", "quarter", True, False, id="corpus-quarter-stays-apart"),
        pytest.param("snapshot", "unknown", True, False, id="corpus-snapshot-stays-apart"),
        pytest.param("ytd", "unknown", False, False, id="sample-keeps-them-apart"),
    ],
)
def test_undated_figure_period(gold_period: str, pred_period: str, undated_is_ytd: bool,
                               agrees: bool) -> None:
    gold = [{"seq": "1", "targets": [], "actuals": [{**_RATIO, "period": gold_period}]}]
    pred = {"1": {"targets": [], "actuals": [{**_RATIO, "period": pred_period}], "status": None}}
    got = evaluate_rows(gold, pred, count_implied=True, undated_is_ytd=undated_is_ytd)
    assert got.fields["actual period"].agree == int(agrees)


# A label the gold copies from a traditional-character report meets the program's folded label;
# labels that differ in their words still differ.
@pytest.mark.parametrize(
    ("golden", "predicted", "agrees"),
    [
        pytest.param("年度投資計劃", "年度投资计划", True, id="traditional-gold"),
        pytest.param("年度投资计划", "年度投資計劃", True, id="traditional-program"),
        pytest.param("ＧＤＰ增速", "GDP增速", True, id="full-width"),
        pytest.param("年度投資計劃", "新增就業", False, id="different-words"),
    ],
)
def test_metric_labels_are_compared_folded(golden: str, predicted: str, agrees: bool) -> None:
    assert metric_agrees(golden, predicted) is agrees
