"""Statements of a progress text (issue 11): the clause model, wide-table columns, verdicts, stated
ratios, implied targets, and the records that carry them. One example per row."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from zqmetrics import from_frame
from zqmetrics.extraction import align
from zqmetrics.extraction.actuals import extract_actuals
from zqmetrics.extraction.candidates import candidate_actuals
from zqmetrics.extraction.targets import extract_targets
from zqmetrics.judge.records import records
from zqmetrics.text.clauses import GAP_VERDICTS, parse
from zqmetrics.text.cues import word_table
from zqmetrics.text.lexicon import rows
from zqmetrics.text.normalize import normalize

# (text, kind of mention, its text, value or amount) — what the clause model reads.
MENTIONS = [
    ("12个社区食堂建设已完成7个(58%)", "role", "12个", "target"),
    ("12个社区食堂建设已完成7个(58%)", "ratio", "58%", "58"),
    ("3个口袋公园已建成2个", "role", "3个", "target"),
    ("累计开展45场,已超额完成年度目标(40场)的112.5%", "role", "40场", "target"),
    ("累计开展45场,已超额完成年度目标(40场)的112.5%", "ratio", "112.5%", "112.5"),
    ("超额完成30所的年度目标任务", "role", "30所", "target"),
    ("完成500万人以上的培训任务", "role", "500万人以上", "target"),
    ("完成年度目标任务的23.4%", "ratio", "23.4%", "23.4"),
    ("占总计划的76.2%", "ratio", "76.2%", "76.2"),
    ("完成率135%", "ratio", "135%", "135"),
    ("投资完成率118.3%", "ratio", "118.3%", "118.3"),
    ("完成进度70%", "ratio", "70%", "70"),
    ("为目标任务的61%", "ratio", "61%", "61"),
    ("超额完成49%", "ratio", "49%", "149"),
    ("该项目计划投资480万元,共建设充电桩5000个。完成项目投资380万元", "role", "480万元", "target"),
    ("年内计划完成投资290亿元,1-6月完成投资110.95亿元", "role", "290亿元", "target"),
    # the year's investment written without 计划 (alashan-2021-05, heihe-2020-05)
    ("年度投资480万元,截至5月末,已开复工7个;完成投资380万元,完成年计划的79%", "role", "480万元",
     "target"),
    ("低于目标1.2个百分点", "gap", "低于目标1.2个百分点", "below"),
    ("超目标3个百分点", "gap", "超目标3个百分点", "above"),
]


@pytest.mark.parametrize(("text", "kind", "quote", "value"), MENTIONS,
                         ids=[f"{r[0]}-{r[1]}" for r in MENTIONS])
def test_clause_model_reads(text: str, kind: str, quote: str, value: str) -> None:
    cell = parse(text)
    found = {"role": cell.roles, "ratio": cell.ratios, "gap": cell.gaps}[kind]
    got = [(m.text, m.value if kind != "ratio" else f"{m.amount:g}") for m in found]
    assert (quote, value) in got


# (text, verdict status or None, partial) — the report's own verdict.
VERDICTS = [
    ("目前未达序时进度", "lagging", False),
    ("该项目进度滞后", "lagging", False),
    ("整体进展缓慢", "lagging", False),
    ("未能按序时推进", "lagging", False),
    ("已完成全年目标任务", "done", False),
    ("超额完成", "done", False),
    ("提前完成", "done", False),
    ("已达序", "on_track", False),
    ("按序时推进", "on_track", False),
    ("尚未启动", "not_started", False),
    ("50%(其中一处未开工)", "not_started", True),
    ("尚未完成年度目标任务", None, False),
    ("完成年度目标任务的80%", None, False),
    ("确保年底前全面完成", None, False),
    ("工作正常推进", None, False),
    ("1-6月增长6.8%,低于目标1.2个百分点", "lagging", False),
    ("社会消费品零售总额增速超目标1.5个百分点", "on_track", False),
]


@pytest.mark.parametrize(("text", "status", "partial"), VERDICTS, ids=[r[0] for r in VERDICTS])
def test_verdict_words(text: str, status: str | None, partial: bool) -> None:
    verdicts = parse(text).verdicts
    if status is None:
        assert verdicts == ()
    else:
        assert (verdicts[0].value, verdicts[0].partial) == (status, partial)


def _examples() -> str:
    return "\n".join(t for t, *_ in [*MENTIONS, *VERDICTS])


@pytest.mark.parametrize(("name", "values"), [
    ("verdicts.tsv", {"lagging", "on_track", "done", "not_started", "none"}),
    ("gaps.tsv", {"below", "above"}),
    ("target_words.tsv", {"head", "scope", "not_after"}),
    ("stated_ratios.tsv", {"verb", "scope", "kind", "whole", "measure", "link", "excess", "rank",
                           "done"}),
    ("not_targets.tsv", {"total", "milestone", "previous"}),
    ("period_words.tsv", {"quarter", "ytd", "snapshot", "prior", "year"}),
    ("role_headers.tsv", {"target", "actual", "ratio"}),
])
def test_word_lists_are_well_formed(name: str, values: set[str]) -> None:
    table = rows(name, 2)
    assert table and all(w and v in values for w, v in table), name
    words = [w for w, _ in table]
    pairs = list(table)
    assert len(pairs) == len(set(pairs)), f"{name}: a row repeated"
    assert all(w == w.strip() for w in words)


def test_every_verdict_value_has_an_example() -> None:
    seen = {status for _, status, _ in VERDICTS if status}
    assert seen == {"lagging", "on_track", "done", "not_started"}
    assert "(其中" in _examples()


# --- the columns of a wide table ----------------------------------------------------------------


def _frame(**cells: object) -> pd.DataFrame:
    base = {"seq": "1", "task": "吉首市", "progress": None, "units": [], "plan": None,
            "layout": "pipe_table", "parent_seq": None, "data_month": "2021-09",
            "target_text": None, "unit_text": None, "actual_text": None, "ratio_text": None,
            "status_text": None, "roles": {}}
    base.update(cells)
    frame = pd.DataFrame([base])
    frame.attrs.update(year=2021, period="2021-09", data_month="2021-09", layout="pipe_table")
    return frame


def test_target_actual_and_ratio_columns() -> None:
    frame = _frame(target_text="82.5", unit_text="亿元", actual_text="65.1", ratio_text="78.9%",
                   roles={"target": "年投资计划", "actual": "完成投资额", "ratio": "完成率"})
    (rec,) = records(frame)
    (target,) = rec["targets"]
    assert (target["value"], target["unit"], target["source"], target["implied"]) == (
        8250000000.0, "元", "target_column", False)
    values = [(a["value"], a["unit"], a["stated"], a["target_index"]) for a in rec["actuals"]]
    assert values == [(6510000000.0, "元", False, 0), (78.9, "%", True, 0)]
    assert rec["actuals"][0]["data_month"] == "2021-09"
    assert rec["stated_ratio"] == pytest.approx(0.789)
    assert rec["status"] == "on_track" and rec["layout"] == "pipe_table"


def test_unit_in_the_header_brackets() -> None:
    frame = _frame(target_text="86157.25", actual_text="36836.13",
                   roles={"target": "计划投资额(万元)", "actual": "累计完成投资额(万元)"})
    (rec,) = records(frame)
    assert rec["targets"][0]["value"] == pytest.approx(861572500.0)
    assert rec["status"] == "lagging" and rec["severity"] is not None


def test_status_cell_is_a_verdict_shown_beside_the_figures() -> None:
    frame = _frame(target_text="100", unit_text="个", actual_text="40", status_text="达序",
                   data_month="2021-10")
    (rec,) = records(frame)
    assert rec["verdict"] == {"status": "on_track", "quote": "达序", "source": "status"}
    assert rec["status"] == "lagging"
    assert any("the report says on_track" in r for r in rec["reasons"])


def test_verdict_decides_without_a_figure() -> None:
    frame = _frame(task="新建口袋公园10处", progress="目前进度滞后,正在协调")
    (rec,) = records(frame)
    assert rec["status"] == "lagging" and rec["verdict"]["quote"] == "进度滞后"
    assert rec["unreported"] == [0]


def test_stated_ratio_without_a_target_implies_one() -> None:
    frame = _frame(task="老旧小区改造工程", progress="改造3057个老旧小区,完成年度任务的100%。")
    (rec,) = records(frame)
    (target,) = rec["targets"]
    assert target["implied"] and target["value"] == pytest.approx(3057.0)
    assert rec["stated_ratio"] == pytest.approx(1.0) and rec["status"] == "done"


def test_target_and_actual_in_one_progress_clause() -> None:
    frame = _frame(task="建设社区食堂", progress="12个社区食堂建设已完成7个(58%)")
    (rec,) = records(frame)
    assert [(t["value"], t["source"]) for t in rec["targets"]] == [(12.0, "progress")]
    assert [(a["value"], a["stated"]) for a in rec["actuals"]] == [(7.0, False), (58.0, True)]
    assert rec["status"] == "lagging"  # 7/12 = 58% at September (75%)


# A planned figure is a target only when a later figure of its unit is said to be achieved, and
# never a project total.
NOT_PLANNED_TARGETS = [
    "该项目计划总投资480万元,完成项目投资380万元",
    "该项目计划投资480万元,建设内容包括道路工程",
    "计划投资480万元,计划投资380万元",
    # the plan's figure said reached is a result (完成年度投资…)
    "1-5月完成年度投资480万元,其中续建项目完成投资380万元",
    "已完成计划投资480万元,其中续建项目完成投资380万元",
]


@pytest.mark.parametrize("text", NOT_PLANNED_TARGETS)
def test_planned_figure_without_a_result_is_no_target(text: str) -> None:
    assert "480万元" not in [m.text for m in parse(text).roles]


def test_project_totals_and_milestones_are_no_targets() -> None:
    assert extract_targets("总投资380.7亿元的94个项目") == [
        t for t in extract_targets("总投资380.7亿元的94个项目") if t.unit != "元"]
    assert [t.value for t in extract_targets("概算投资12亿元")] == []


# --- linear time --------------------------------------------------------------------------------


def test_alignment_is_near_linear_in_figures() -> None:
    """11,000 figures in one cell against 49 targets: seconds, and about 10x the time of 1,100."""
    targets = extract_targets("、".join(f"新建公园{i}处" for i in range(1, 50)))

    def run(n: int) -> float:
        text = "".join(f"公园{i}处及" for i in range(n)) + "。"
        # both sizes start from empty per-text caches: a repeated small run would find its words
        # cut already, and the ratio would measure the caches instead of the alignment
        for cached in (align._char_bigrams, parse):
            cached.cache_clear()
        start = time.process_time()
        extract_actuals(text, targets, 2025)
        return time.process_time() - start

    # the best of two runs each: a run that shares the machine with another job can take twice its
    # time, and one such run alone must not read as a superlinear cost
    small = min(run(1_100) for _ in range(2))
    big = min(run(11_000) for _ in range(2))
    assert big / small < 20, f"10x the figures took {big / small:.1f}x the time"


# (progress, figure quoted, period): a stated completion runs to date, and so do the figures it
# states the completion of; a figure with no cue and no ratio after it keeps no period.
PERIODS = [
    ("新开工11万套、基本建成13.21万套,分别完成年度任务的100%、100.1%。", "13.21万套", "ytd"),
    ("新开工11万套、基本建成13.21万套,分别完成年度任务的100%、100.1%。", "100%", "ytd"),
    ("续建项目完成投资191.1亿元,完成年度计划的81.75%。", "191.1亿元", "ytd"),
    ("续建项目完成投资191.1亿元。新开工项目完成年度计划的26.99%。", "191.1亿元", "unknown"),
    ("二季度完成投资19.78亿元,完成年度计划的26.99%。", "19.78亿元", "quarter"),
]


@pytest.mark.parametrize(("progress", "figure", "period"), PERIODS, ids=[f"{r[1]}-{r[2]}" for r in PERIODS])
def test_period_of_a_figure_beside_a_stated_ratio(progress: str, figure: str, period: str) -> None:
    found = [c.actual for c in candidate_actuals(normalize(progress))
             if c.actual.quantity.text == figure]
    assert found and found[0].period == period


def test_every_gap_direction_states_a_verdict() -> None:
    assert set(word_table("gaps.tsv").values()) <= set(GAP_VERDICTS)


def test_a_gap_decides_where_no_figure_shows_pace() -> None:
    frame = from_frame(pd.DataFrame([{"t": "城镇居民人均可支配收入增长8%", "p": "上半年低于目标1.2个百分点"}]),
                       task="t", progress="p", period="2021H1")
    (record,) = records(frame)
    assert record["status"] == "lagging" and record["verdict"]["quote"] == "低于目标1.2个百分点"


# (task, progress, the row's stated completion): a ratio naming the year's whole comes before a
# bare rate (开工率), as the corpus's annotators read such rows (changzhou-2018-q1, alashan-2021-05).
ROW_COMPLETIONS = [
    ("66个新开工项目", "已有28个开工建设,开工率42.4%,完成投资43.4亿元,完成年度投资计划的16.4%", 0.164),
    ("48个新建项目", "开工28个,开工率58%,完成投资16.4亿元,完成年计划的18%", 0.18),
    ("6个新开工项目中", "3个项目已开工建设,开工率达50%,续建项目进展顺利", 0.5),
    ("技能脱贫培训", "完成率125.95%,培训合格率100%", 1.2595),
]


@pytest.mark.parametrize(("task", "progress", "ratio"), ROW_COMPLETIONS,
                         ids=[r[0] for r in ROW_COMPLETIONS])
def test_the_rows_stated_completion_names_the_whole_before_a_rate(task: str, progress: str,
                                                                  ratio: float) -> None:
    frame = _frame(task=task, progress=progress, layout="prose", data_month="2018-03")
    (rec,) = records(frame)
    assert rec["stated_ratio"] == pytest.approx(ratio)


def test_without_the_rule_the_first_ratio_is_the_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    import zqmetrics.judge.assessment as assessment

    monkeypatch.setattr(assessment, "WHOLE_FIRST", False)
    monkeypatch.setattr(assessment, "STARTS_LAST", False)  # else the start rate comes last anyway
    task, progress, _ = ROW_COMPLETIONS[0]
    (rec,) = records(_frame(task=task, progress=progress, layout="prose", data_month="2018-03"))
    assert rec["stated_ratio"] == pytest.approx(0.424)
