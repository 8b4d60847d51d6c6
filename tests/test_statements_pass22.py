"""Statements pass 22 (issue 11): figures read but tied to no target, and figures that are no
progress (docs/statements.md, "Statements pass 22").

- A comparison's earlier period (较去年同期, 比上年) covers the figure of its own clause only: the
  clauses after it are this year's (``candidates.CLOSED_COMPARISONS``; alashan-2021-05,
  heihe-2020-05).
- A count whose clause is nothing but a verb of progress (已开工19个, 开工建设91个) names no object
  of its own: it counts the row's subject, the one target of its dimension, whatever other figures
  share its unit (``align.RULES["elided_object"]``; six development documents).
- 开复工率 and 复工率 are stated rates of the count before them, as 开工率 is (``stated_ratios.tsv``);
  a task's last count that does not name the step such a rate counts is the rate's whole, no
  achievement (``tails.STEP_RATES_OF_LISTS``: 11個市級重點項目 | 開復工率100%).
- The rest of a list (其余8个, 另外35个, 还有30个) counts work not done, as a pending word does,
  unless its clause says it was done (``candidates.REMAINDERS``).
- A target its own words make due by a part of the year (計劃上半年開工建設的113個項目, 6月底前开工)
  is expected in full by that month (``judge.targets.DEADLINES``).

The examples are written for this file in the trade's words (made-up figures); held-out documents
are never used. One example a row, negatives beside the positives.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import zqmetrics.extraction.align as align
import zqmetrics.extraction.candidates as candidates
import zqmetrics.extraction.tails as tails
import zqmetrics.judge.targets as judged
from evaluation.statement_ablation import _clear
from zqmetrics.extraction.candidates import candidate_actuals
from zqmetrics.extraction.rows import extract_row
from zqmetrics.extraction.tails import achieved_tail
from zqmetrics.judge.pace import due_month
from zqmetrics.judge.targets import assess_target
from zqmetrics.text.clauses import parse
from zqmetrics.text.lexicon import rows


def _aligned(task: str, progress: str, layout: str = "prose") -> list[tuple[float, str, int | None]]:
    """The row's figures, each with the target it measures (None for none)."""
    _, actuals, _, issue = extract_row(task, progress, 2021, row={"layout": layout})
    assert issue is None
    return [(float(a.quantity.amount), a.unit, a.target_index) for a in actuals]


# (task, progress, the figure (value, unit), its target index)
CLOSED_COMPARISONS = [
    ("计划实施重点项目60个,年度投资120亿元",
     "截至6月末,已开复工52个,较去年同期提高5个百分点;完成投资48.6亿元,完成年计划的40.5%",
     (4860000000.0, "元"), 1),
    ("年度计划投资80亿元", "1-8月,投资同比增长12%,比上年提高3个百分点;完成投资50.2亿元",
     (5020000000.0, "元"), 0),
    # a comparison with no figure of its own frames the clause after it: last year's
    ("年度计划投资80亿元", "与去年同期相比,完成投资50.2亿元", (5020000000.0, "元"), None),
]


@pytest.mark.parametrize(("task", "progress", "figure", "index"), CLOSED_COMPARISONS,
                         ids=[p[:16] for _, p, _, _ in CLOSED_COMPARISONS])
def test_a_comparison_closes_with_its_own_figure(task: str, progress: str,
                                                  figure: tuple[float, str], index: int | None) -> None:
    assert (*figure, index) in _aligned(task, progress)


def test_closed_comparisons_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    task, progress, figure, _ = CLOSED_COMPARISONS[0]
    monkeypatch.setattr(candidates, "CLOSED_COMPARISONS", False)
    _clear()
    try:
        assert (*figure, None) in _aligned(task, progress)  # read as last year's: measures none
    finally:
        monkeypatch.undo()
        _clear()


# (task, progress, the figure (value, unit), its target index)
ELIDED = [
    ("25个市重大项目", "已开工21个,完成投资60.2亿元,已达序时进度项目18个", (21.0, "个"), 0),
    ("新建项目共90个,年内计划投资30亿元", "开工建设72个,完成投资20亿元,还有8个项目未开工",
     (72.0, "个"), 0),
    ("危房改造建设任务500户", "开工500户,竣工420户", (500.0, "户"), 0),
    ("危房改造建设任务500户", "开工500户,竣工420户", (420.0, "户"), 0),
    ("新建公园8处", "完成设计5处,开工建设3处", (3.0, "处"), 0),
    # an early step (设计) counts something else, as before
    ("新建公园8处", "完成设计5处,开工建设3处", (5.0, "处"), None),
    # two targets of the figure's dimension: no single subject to take
    ("新建学校4所、幼儿园6所", "已开工3所,竣工1所", (3.0, "所"), None),
]


@pytest.mark.parametrize(("task", "progress", "figure", "index"), ELIDED,
                         ids=[f"{t[:8]}|{f[0]:g}" for t, _, f, _ in ELIDED])
def test_a_count_with_no_object_counts_the_rows_subject(task: str, progress: str,
                                                        figure: tuple[float, str], index: int | None) -> None:
    assert (*figure, index) in _aligned(task, progress)


def test_elided_object_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(align.RULES, "elided_object", False)
    assert (21.0, "个", None) in _aligned(*ELIDED[0][:2])


# (task, progress, the rate (value), its target index): a rate of starts after its count
START_RATES = [
    ("计划实施重点项目60个", "已开复工45个,开复工率75%", 75.0, 0),
    ("40个续建项目", "复工32个,复工率80%", 80.0, 0),
    ("新建项目共90个", "至8月底,开工建设72个,开工率为80%", 80.0, 0),
]


@pytest.mark.parametrize(("task", "progress", "rate", "index"), START_RATES,
                         ids=[p[:10] for _, p, _, _ in START_RATES])
def test_a_rate_of_starts_is_stated_of_its_count(task: str, progress: str, rate: float, index: int) -> None:
    _, actuals, _, _ = extract_row(task, progress, 2021, row={"layout": "prose"})
    got = [a for a in actuals if a.unit == "%"]
    assert [(float(a.quantity.amount), a.stated, a.target_index) for a in got] == [(rate, True, index)]


@pytest.mark.parametrize("word", ["开复工率", "复工率"])
def test_start_rate_words_are_in_the_lexicon(word: str) -> None:
    assert (word, "measure") in [(w, p) for w, p in rows("stated_ratios.tsv", 2)]


# (task, progress of a running text, whether the task's last figure opens an achievement)
TAILS = [
    ("11个市级重点项目", "开复工率100%,完成投资7.19亿元", False),  # the rate's whole
    ("续建项目4项,计划年内完成投资4.5亿元", "复工率100%,完成投资7272万元", False),
    ("52个续建项目45个复工", "复工率87%,完成投资14.1亿元", True),  # names the step: done
    ("全市共有36个", "项目已开工,开工率90%", True),  # the sentence runs on into the progress
    ("全市重点项目已开工36个", "开工率为90%", True),
    ("全县农村公路改造完工2985公里", "完工率92.83%", True),  # no step rate: as before
]


@pytest.mark.parametrize(("task", "progress", "achieved"), TAILS, ids=[t[:10] for t, _, _ in TAILS])
def test_a_step_rate_is_of_the_list_it_rates(task: str, progress: str, achieved: bool) -> None:
    assert (achieved_tail(task, progress, 2020, True) is not None) is achieved


def test_step_rates_of_lists_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tails, "STEP_RATES_OF_LISTS", False)
    assert achieved_tail("11个市级重点项目", "开复工率100%,完成投资7.19亿元", 2020, True) is not None


def _flags(progress: str, value: float) -> tuple[str, ...]:
    cell = parse(progress, 2021)
    found = [c for c in candidate_actuals(cell.norm, 2021, cell) if float(c.actual.quantity.amount) == value]
    assert found
    return found[0].actual.cues


# (progress, the remainder's value, counted as work not done)
REMAINDERS = [
    ("已完成11个,其余8个正开展编制招标工作", 8.0, True),
    ("调整64个,另外35个因设置围栏不需调整", 35.0, True),
    ("开工建设30个,还有10个项目因资金不到位", 10.0, True),
    ("其余120个县级单位均已完成发放工作", 120.0, False),  # said done: a result
    ("另外新建幼儿园5所", 5.0, False),  # not right before the count: an addition
]


@pytest.mark.parametrize(("progress", "value", "pending"), REMAINDERS, ids=[p[:10] for p, _, _ in REMAINDERS])
def test_the_rest_of_a_list_is_work_not_done(progress: str, value: float, pending: bool) -> None:
    assert ("pending" in _flags(progress, value)) is pending


@pytest.mark.parametrize("word", [w for w, c in rows("cues.tsv", 2) if c == "remainder"])
def test_every_remainder_word_has_an_example(word: str) -> None:
    assert any(p[p.index(word) + len(word)].isdigit() for p, _, pending in REMAINDERS if pending and word in p)


def test_remainders_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(candidates, "REMAINDERS", False)
    _clear()
    try:
        assert "pending" not in _flags(REMAINDERS[0][0], 8.0)
    finally:
        monkeypatch.undo()
        _clear()


# (a target's words, the month it is due by)
DUE = [
    ("計劃上半年開工建設的113個", 6),
    ("6月底前开工", 6),
    ("前三季度完成投资30亿元", 9),
    ("一季度新增就业1000人", 3),
    ("全年新增就业2万人", None),
    ("年底前建成", None),  # the year's end: the ordinary pace
]


@pytest.mark.parametrize(("words", "month"), DUE, ids=[w for w, _ in DUE])
def test_the_month_a_target_is_due_by(words: str, month: int | None) -> None:
    assert due_month(words) == month


def _part_year_status(month: int) -> str:
    targets, actuals, _, _ = extract_row("其中,计划上半年开工建设的113个项目",
                                         "开工建设103个,10个项目至目前未开工", 2014,
                                         row={"layout": "prose"})
    return assess_target(0, targets[0], actuals, month, Decimal(0)).status


def test_a_target_due_by_june_lags_after_june_short_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _part_year_status(7) == "lagging"  # 103/113 after the deadline
    assert _part_year_status(5) == "on_track"  # 91% in May of a June deadline
    monkeypatch.setattr(judged, "DEADLINES", False)
    assert _part_year_status(7) == "on_track"  # against the year's pace, 7/12
