"""Matching tasks across reports, change classes, the unchanged-text rule, promises, forecasts.

The reports are the bundled sample (2025Q2) and edited copies (tests/history_edits.py says what
each edit is for); the unchanged-text rule is measured on edits of all 108 real progress texts.
"""

from __future__ import annotations

import pandas as pd
import pytest
from history_edits import write_series
from history_text_edits import CARRIED, UPDATED

import zqmetrics as zq
from zqmetrics.history.changes import chain, compare, snapshot, unchanged
from zqmetrics.history.forecast import forecast, year_end
from zqmetrics.history.match import SEQ_MIN, match_tasks
from zqmetrics.history.promises import Promise, check, find_promises


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    return write_series(tmp_path_factory.mktemp("series"))


@pytest.fixture(scope="module")
def snaps(paths):
    return [snapshot(zq.assess(zq.read_report(paths[k]))) for k in ("q2", "q3", "q4")]


@pytest.fixture(scope="module")
def q3(snaps):
    return {(r["seq"], r["previous_seq"]): r for r in compare(snaps[0], snaps[1])}


# (current seq, previous seq, change expected, current status, previous status)
CHANGES = [
    ("14", "14", "newly_lagging", "lagging", "on_track"),
    ("41", "41", "recovered", "on_track", "lagging"),
    ("36", "36", "still_lagging", "lagging", "lagging"),
    ("27", "27", "unchanged_text", "lagging", "lagging"),
    ("97", "98", "figure_decreased", "lagging", "lagging"),
    ("108", None, "new_task", "lagging", None),
    (None, "50", "dropped_task", None, "no_numeric_target"),
]


@pytest.mark.parametrize(("seq", "prev", "change", "status", "previous"), CHANGES,
                         ids=[c[2] for c in CHANGES])
def test_change_class(q3, seq, prev, change, status, previous):
    rec = q3[(seq, prev)]
    assert change in rec["changes"]
    assert (rec["status"], rec["previous_status"]) == (status, previous)


def test_figure_decreased_quotes_both_figures(q3):
    assert q3[("97", "98")]["evidence"] == ["实施“一户一表”改造: 累计 4687 → 4500 户"]


@pytest.mark.parametrize(("seq", "prev"), [("36", "36"), ("92", "93"), ("3", "3")])
def test_updated_text_is_not_unchanged(q3, seq, prev):
    assert "unchanged_text" not in q3[(seq, prev)]["changes"]


def test_raised_figure_is_not_a_decrease(q3):
    assert q3[("92", "93")]["changes"] == []


def test_renumbered_tasks_match_by_text(q3):
    moved = [r for r in q3.values() if r["seq"] and r["previous_seq"] and r["seq"] != r["previous_seq"]]
    assert len(moved) == 58  # 51-108 became 50-107
    assert all(int(r["previous_seq"]) == int(r["seq"]) + 1 and r["match"] == "text" for r in moved)


def test_reworded_task_matches_with_its_score(q3):
    rec = q3[("51", "52")]
    assert 0.6 <= rec["match_score"] < 0.9


def test_unmatched_listed_not_guessed(q3):
    assert q3[("108", None)]["match_score"] is None and q3[("108", None)]["match"] == "new"
    dropped = [r for r in q3.values() if r["match"] == "dropped"]
    assert [r["previous_seq"] for r in dropped] == ["50"]
    assert len([r for r in q3.values() if r["seq"] is not None]) == 108


def test_lagging_reports_counts_consecutive_reports(snaps):
    by_seq = {r["seq"]: r for r in chain(snaps)}
    assert by_seq["36"]["lagging_reports"] == 3
    assert by_seq["36"]["labels"][0] == "连续滞后3期"
    assert by_seq["14"]["lagging_reports"] == 2  # behind since Q3
    assert by_seq["41"]["lagging_reports"] == 0


def test_distinct_sample_tasks_never_match(snaps):
    """The measured basis of SEQ_MIN: no two different tasks of the sample score that high."""
    tasks = snaps[0]["tasks"]
    from rapidfuzz import fuzz, process

    scores = process.cdist(tasks["task"], tasks["task"], scorer=fuzz.ratio)
    for i in range(len(scores)):
        scores[i][i] = 0
    assert scores.max() / 100 < SEQ_MIN


def test_a_number_given_to_another_task_does_not_match(snaps):
    t = snaps[0]["tasks"]["task"].tolist()
    prev = pd.DataFrame({"seq": ["1", "2", "3"], "task": t[:3], "progress": ["", "", ""]})
    cur = pd.DataFrame({"seq": ["1", "2", "3"], "task": [t[1], t[0], t[40]], "progress": ["", "", ""]})
    m = match_tasks(prev, cur)
    got = {(r["seq"], r["previous_seq"], r["match"]) for r in m.to_dict("records")}
    assert got == {("1", "2", "text"), ("2", "1", "text"), ("3", None, "new"), (None, "3", "dropped")}


def test_two_equal_candidates_are_ambiguous(snaps):
    t = snaps[0]["tasks"]["task"].iloc[10]
    prev = pd.DataFrame({"seq": ["1", "2"], "task": [t + "甲", t + "乙"], "progress": ["", ""]})
    cur = pd.DataFrame({"seq": ["9"], "task": [t + "丙"], "progress": [""]})
    assert match_tasks(prev, cur)["match"].tolist() == ["ambiguous", "dropped", "dropped"]


# --- the unchanged-text rule on edits of every real progress text --------------------------------



def _edit_cases():
    from history_edits import SAMPLE as path

    texts = zq.read_report(path)["progress"].tolist()
    for name, edit in {**CARRIED, **UPDATED}.items():
        for i, text in enumerate(texts):
            edited = edit(text)
            if edited is not None:
                yield pytest.param(text, edited, name in CARRIED, id=f"{name}-row{i}")


@pytest.mark.parametrize(("before", "after", "carried"), list(_edit_cases()))
def test_unchanged_text_rule(before, after, carried):
    assert unchanged(before, after) is carried


# --- promises ------------------------------------------------------------------------------------

FIND = [
    ("争取7月底前完成招标", "2025-07", "完成招标"),
    ("项目计划三季度开工建设", "2025-09", "项目开工建设"),
    ("确保年底前全部完工", "2025-12", "全部完工"),
    ("下一步将于9月开工", "2025-09", "开工"),
    ("7月前完成方案编制", "2025-06", "完成方案编制"),
    ("力争8月中旬前完成验收", "2025-08", "完成验收"),
    ("争取2026年6月底前建成投用", "2026-06", "建成投用"),
    ("十月底前完成", "2025-10", "完成"),
]


@pytest.mark.parametrize(("plan", "due", "action"), FIND, ids=[f[0] for f in FIND])
def test_find_promise(plan, due, action):
    (p,) = find_promises(plan, 2025)
    assert (p.due, p.action) == (due, action) or (p.due == due and action in p.action)
    assert plan[p.start:p.end] == p.due_label


@pytest.mark.parametrize("plan", ["1-6月份完成投资25.9亿元", "待今年8月份市医保局下达指标后开展工作",
                                  "持续推进", "同上", ""])
def test_no_promise(plan):
    assert find_promises(plan, 2025) == []


P = Promise("争取7月底前完成土地性质调整", "7月底前", 2025, 7, "完成土地性质调整", 2, 7)
CHECK = [
    ("7月25日已完成土地性质调整。", "2025-09", "kept"),
    ("土地性质调整正在推进中。", "2025-09", "not_kept"),
    ("土地性质调整尚未完成。", "2025-09", "not_kept"),
    ("组织开展安全检查12次。", "2025-09", "not_mentioned"),
    ("土地性质调整正在推进中。", "2025-06", "not_due"),
]


@pytest.mark.parametrize(("progress", "month", "status"), CHECK, ids=[c[0] + c[1] for c in CHECK])
def test_check_promise(progress, month, status):
    assert check(P, progress, month)[0] == status


def test_ledger_on_the_series(q3):
    promises = {p["action"]: p["status"] for p in q3[("3", "3")]["promises"]}
    assert promises == {"完成土地性质调整": "kept", "完成土地出让": "not_kept"}
    later = {p["due_label"]: p["status"] for p in q3[("33", "33")]["promises"]}
    assert later["2025年底前"] == "not_due"


# --- forecasts -----------------------------------------------------------------------------------

FORECAST = [
    ([(6, 0.5)], "", "按目前进度，年底预计完成100%"),
    ([(6, 0.3), (9, 0.6)], "", "按目前进度，年底预计完成80%–90%"),  # pace 0.6×12/9, trend +0.1 a month
    ([(6, 0.6)], "人工造林", "按目前进度，年底预计完成92%–120%"),  # 造林: 65% of the year by June
    ([(3, 0.1), (9, 0.6), (9, 0.6)], "", "按目前进度，年底预计完成80%–85%"),
]


@pytest.mark.parametrize(("points", "metric", "reason"), FORECAST, ids=[f[2] for f in FORECAST])
def test_year_end(points, metric, reason):
    assert year_end(points, metric).reason == reason


def test_forecast_over_the_series(snaps):
    fc = forecast(snaps)
    row = fc[fc["seq"] == "36"].iloc[0]
    assert row["points"] == [(6, pytest.approx(25.9 / 75)), (9, pytest.approx(40.1 / 75)),
                             (11, pytest.approx(52 / 75))]
    assert row["reason"] == "按目前进度，年底预计完成76%–77%"
    assert "level" not in set(snaps[-1]["targets"].merge(fc, on=["row", "target_index"])["kind"])
