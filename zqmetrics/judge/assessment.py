"""Judge each task against the pace expected at the report's date (时间过半、任务过半).

Per target:

- *amount* (and absolute *change*, 提高4个百分点): completion = figure / target (the lower end for
  at_least and ranges), judged against the expected share at the figure's own data month: linear
  (month/12) unless ``data/pace.tsv`` holds a seasonal profile for the metric.
- *level* (进厅率99%) and *growth rate* (增长14%): the current figure against the target as it
  stands, never prorated.
- A year-to-date or snapshot figure shows progress; a figure with no period of its own is read as
  year to date at the report's data month, and its reason says the period was not stated. A
  figure marked as one quarter or month (二季度, 当月) is a lower bound: it can show a target on
  pace or reached, never lagging ("insufficient basis").
- A stated completion (完成全年任务的77%) is used when no figure is, and cross-checked otherwise.

A task's status is its worst target with evidence (lagging > on_track > done); with none, it is
``not_started`` when the progress text says so (``data/cues.tsv``) and ``unclear`` otherwise.
``done`` needs every target reached. Every status carries reasons that quote the evidence.
Arithmetic is Decimal, in the target's unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from zqmetrics.extraction.rows import EXTRACTED, extract_rows
from zqmetrics.judge import targets as judged
from zqmetrics.judge import verdicts
from zqmetrics.judge.pace import expected_share
from zqmetrics.judge.stages import promised_lists
from zqmetrics.judge.statuses import STATUS_ORDER, qualitative_status, task_status, worst_of
from zqmetrics.judge.steady import steady_verdict
from zqmetrics.judge.targets import assess_target
from zqmetrics.judge.verdicts import row_verdict, summary_verdict
from zqmetrics.read.frame_rows import row_records, with_columns
from zqmetrics.read.periods import parse_period
from zqmetrics.read.rows import UNPLACED
from zqmetrics.text.clauses import parse
from zqmetrics.text.cues import cue_words
from zqmetrics.text.lexicon import derived
from zqmetrics.text.normalize import normalize
from zqmetrics.types import Actual, Target

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def _report_month(attrs: Mapping[str, Any], row: Any, period: str | None) -> int | None:
    # The month the figures run to, when the reader found it, is the pace's month.
    data_month = (row.get("data_month") if hasattr(row, "get") else None) or attrs.get("data_month")
    if period is None and isinstance(data_month, str) and len(data_month) == 7:
        try:
            return int(data_month[5:])
        except ValueError:
            pass

    label = (
        period or (row.get("period") if hasattr(row, "get") else None) or attrs.get("period")
    )
    if not isinstance(label, str) or not label:
        return None
    return _end_month(label)


def _year(attrs: Mapping[str, Any], row: Any) -> int | None:
    """The report's year, for the clause model's cache key (the extraction stage used the same)."""
    for year in (row.get("year"), attrs.get("year")):
        if year is None:
            continue
        try:
            return int(year)
        except (TypeError, ValueError):  # None, NaN, pandas.NA, words
            continue
    return None


@lru_cache(maxsize=64)
def _end_month(label: str) -> int | None:
    """A report's period is the same on every row: parsed once per label, not once per row."""
    try:
        return parse_period(label).end_month
    except Exception:  # an unreadable period leaves the pace unknown; statuses say so
        return None


# Rules of this stage that evaluation/judge_ablation.py switches off one at a time (the package
# always runs with them on).
# A stated completion no target claims (完成年计划的27%) is the row's evidence, one rule with two
# cases: where no target's figures judge the row it decides alone; beside targets the figures judge,
# below pace it makes the task lag and short of 100% it keeps a task whose targets are reached from
# being done. (Two switches until the one-document review: the first case moved one development
# document alone.)
UNCLAIMED = True
# A row's stated completion is a ratio naming the year's whole before a bare rate (开工率).
WHOLE_FIRST = True
# ... and any other ratio before the share of a list that started (开工率83.6%, 开复工率73%:
# ``cues.tsv`` start_step), which a list's count may now hold (statements pass 23).
STARTS_LAST = True
# The report's own done verdict speaks for the targets no figure measures, when every target a
# figure measures is reached (3个省级美丽乡村已建设完成 | 已完成, the other target with no figure): the
# figures do not contradict it, so the task is done, not only on track.
VERDICT_COVERS = True
# Of the completions a row states of two or more targets it writes, the lower is the row's (the
# corpus's decision 9: the one that decides status), not the first (statements pass 28).
ROW_LOWEST = True

# The columns judgement adds to a report's rows.
ASSESSED = ("completion", "expected", "gap", "required_pace", "status", "severity", "reasons",
            "assessments", "qualitative", "stated_ratio", "unreported", "verdict")


def assess_rows(
    rows: Iterable[dict[str, Any]],
    attrs: Mapping[str, Any],
    period: str | None = None,
    *,
    tolerance: float = 0.0,
    profile: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Each row record with ``ASSESSED`` added (extracting first where it was not), as a new
    dict: the stage the row loop of ``assess`` and the contract records share."""
    rows = list(rows)
    if rows and not all("targets" in r and "actuals" in r for r in rows):
        rows = extract_rows(rows, attrs)
    tol = Decimal(str(tolerance))
    summary = summary_verdict(attrs, rows)
    promised = promised_lists(rows)
    out = []
    for i, row in enumerate(rows):
        try:
            stage = i not in promised
            values = _assess_row(attrs, row, period, tol, profile, summary, stage)
        except Exception as exc:  # one bad row must not stop a batch
            values = dict.fromkeys(ASSESSED)
            values.update(status="unclear", assessments=[], unreported=[], verdict=row.get("verdict"),
                          reasons=[f"assessment failed: {type(exc).__name__}: {exc}"])
        out.append({**row, **values})
    return out


def assess(
    frame: pd.DataFrame,
    period: str | None = None,
    *,
    tolerance: float = 0.0,
    profile: dict[str, Any] | None = None,
) -> pd.DataFrame:
    """A new frame with a judgement per task: ``completion``, ``expected``, ``gap``,
    ``required_pace``, ``status``, ``severity``, ``reasons`` and ``assessments`` (per target).

    ``period`` overrides the report's own (``2025Q2``); ``tolerance`` (0.1 = 10 points) relaxes the
    strict 时间过半、任务过半 rule. Never raises on odd rows: a failure marks the row unclear.
    """
    extracted = "targets" in frame.columns and "actuals" in frame.columns
    rows = assess_rows(row_records(frame), frame.attrs, period, tolerance=tolerance,
                       profile=profile)
    keys = dict.fromkeys(ASSESSED if extracted else EXTRACTED + ASSESSED)
    return with_columns(frame, {key: [row[key] for row in rows] for key in keys})


def _reached_or_unmeasured(assessments: list[Any]) -> bool:
    """Some target reached, and every other one with no figure at all (none is behind or short)."""
    return any(a.status == "done" for a in assessments) and all(
        a.status == "done" or (a.actual is None and a.basis == "none") for a in assessments)


def _assess_row(
    attrs: Mapping[str, Any], row: Any, period: str | None, tol: Decimal,
    profile: dict[str, Any] | None, summary: dict[str, str] | None = None, stage: bool = True,
) -> dict[str, Any]:
    targets: list[Target] = list(row.get("targets") or [])
    actuals: list[Actual] = list(row.get("actuals") or [])
    month = _report_month(attrs, row, period)
    notes = []
    # A report that names no year still gives the pace's month through its text (截至9月底, a
    # title's 1-9月份: the reader's MONTH_WITHOUT_YEAR); the title was read here too, a second
    # path that moved no development document once the reader's was in (statements pass 7).
    if month is None and isinstance(attrs.get("month"), int):
        month = attrs["month"]
        notes.append(f"the report's year is not stated; its text gives the data month ({month}月)")
    progress = row.get("progress") if isinstance(row.get("progress"), str) else ""
    # The clause model of the progress is the one the row's verdict below reads (cached), so its
    # folded text costs nothing more here.
    qualitative = qualitative_status(
        progress, parse(progress, _year(attrs, row)).text if progress.strip() else None)
    # A row of text no reader placed (read with low confidence) is judged like any other: the
    # reader made it only of a passage stating a figure or a status (read/coverage.py).
    issues = [
        r for r in (row.get("read_issue"), row.get("extract_issue"))
        if isinstance(r, str) and r and r != UNPLACED
    ]
    assessments = [assess_target(i, t, actuals, month, tol, profile) for i, t in enumerate(targets)]
    # The report's opening on all its items (10件民生实事顺利完成) is the verdict of a row that says none.
    verdict = row_verdict(row, _year(attrs, row), month == 12, stage) or summary
    stated = stated_ratio(actuals, targets)
    status = task_status(assessments, qualitative)
    reasons = [a.reason for a in assessments] + notes
    # Here, after task_status and before the stated completions no target claims: the verdict
    # covers only targets no figure measures, so an unclaimed completion short of 100% may still
    # take the task back to on track (the figures decide where they contradict a verdict). A row
    # with no numeric target never meets this rule: it takes the verdict in the no-figure branch
    # below (tests/test_judge_verdicts.py, VERDICT_COVERS, pins the order).
    if (VERDICT_COVERS and verdict and verdict["status"] == "done" and status == "on_track"
            and not issues and _reached_or_unmeasured(assessments)):
        status = "done"
        reasons.append(f"the report says done («{verdict['quote']}») and every target a figure "
                       "measures is reached: the verdict covers the targets with no figure")
    # A stated completion no target claims (完成年计划的27% beside targets no figure measures) is
    # still the row's evidence: the worst one, as the worst target decides a task.
    unclaimed = [a.quantity.amount / 100 for a in actuals if a.stated and a.target_index is None]
    ratio = stated if not targets else min(unclaimed, default=None) if UNCLAIMED else None
    if ratio is not None and status in ("unclear", "no_numeric_target") and not issues:
        from_stated, reason = _from_stated(ratio, month, bool(targets))
        reasons.append(reason)
        if from_stated != "unclear" or not verdict:
            status = from_stated
    elif (targets and UNCLAIMED and not issues and status in ("on_track", "done")
          and (to_date := [a.quantity.amount / 100 for a in actuals if a.stated
                           and a.target_index is None and a.period != "quarter"])):
        # 开工28个,开工率42.4%,完成投资43.4亿元,完成年度投资计划的16.4%: the count is on pace, the
        # year's investment plan (unwritten) is not; the task is its worst evidence. One month's
        # share (4月份完成年度计划的14.4%) is a lower bound, never a sign of lag.
        from_stated, reason = _from_stated(min(to_date), month, True)
        if from_stated != "unclear" and STATUS_ORDER.index(from_stated) < STATUS_ORDER.index(status):
            reasons.append(reason)
            status = from_stated
    if (verdicts.LAG_OVER_NOT_STARTED and status == "not_started" and verdict
            and verdict["status"] == "lagging"):
        # 112项总体达到…要求,5项未达到进度要求: a not-started cue (未达到, 尚未) beside the report's
        # own lag is no evidence that nothing began (statements pass 17, yantai-2017-h1).
        status = "lagging"
        reasons.append(f"the report says lagging («{verdict['quote']}»); its not-started words name "
                       "a part")
    if verdict and status in ("unclear", "no_numeric_target") and not issues:
        # No figure shows pace: the report's own verdict is the evidence.
        status = verdict["status"]
        reasons.append(f"no figure shows pace; the report says {verdict['status']} («{verdict['quote']}»)")
    elif verdict and verdict["status"] != status and status in ("lagging", "on_track", "done"):
        reasons.append(f"the report says {verdict['status']} («{verdict['quote']}») but the figures "
                       f"show {status}")
    section = row.get("section")
    if (not targets and not verdict and not issues and status == "no_numeric_target"
            and not (isinstance(section, str) and section != "plan")
            and (steady := steady_verdict(("progress", progress),
                                          ("status", row.get("status_text"))))):
        # 正常进行中, 常态化开展 on a row that sets no numeric target: the report's own verdict
        # (the corpus's decision 1); on a numeric target the same words claim no pace (judge pass 4).
        status, verdict = "on_track", steady
        reasons.append(f"no numeric target; the report says the work goes on as it should "
                       f"(«{steady['quote']}»): on track")
    if issues and status in ("no_numeric_target", "unclear"):
        status = "unclear"
        reasons = [*issues, *reasons]
    if status == "not_started":
        reasons.append("the progress text says the work has not begun")
    if not targets and not issues and status == "no_numeric_target":
        if isinstance(section, str) and section != "plan":
            reasons.append(
                f"{section} section of a work report: its figures are not this year's targets"
            )
        else:
            reasons.append("the task sets no numeric target")
    worst = worst_of(assessments)
    expected_all = expected_share(month)
    return dict(
        completion=float(worst.completion) if worst and worst.completion is not None else None,
        expected=float(worst.expected)
        if worst and worst.expected is not None
        else (float(expected_all) if expected_all is not None else None),
        gap=float(worst.gap) if worst and worst.gap is not None else None,
        required_pace=float(worst.required_pace)
        if worst and worst.required_pace is not None
        else None,
        status=status,
        severity=worst.severity if worst and status == "lagging" else None,
        reasons=reasons,
        assessments=assessments,
        qualitative=qualitative,
        stated_ratio=float(stated) if stated is not None else None,
        unreported=[a.index for a in assessments if a.actual is None and a.basis == "none"
                    and not any(x.target_index == a.index for x in actuals)],
        verdict=verdict,
    )


def stated_ratio(actuals: list[Actual], targets: list[Target] | None = None) -> Decimal | None:
    """The completion the report states for the row (a fraction): the lowest ratio it states of
    the targets the row writes (``[100, 27.64] → 0.2764``, the corpus's decision 9), else the first
    of a target it implies, else the first it states at all; a rate of an
    achievement no written target sets (``开工率78%`` beside an investment plan) is not the row's
    completion while the plan's own ratio is there. The worst target's own is in its assessment."""
    stated = [a for a in actuals if a.stated]
    if WHOLE_FIRST:
        # 开工率42.4%,…,完成年度投资计划的16.4%: a ratio naming the year's whole is the row's
        # completion before a rate that names none (a step's: started of those to start).
        stated = [a for a in stated if "measure" not in a.cues] or stated
    if STARTS_LAST:
        # 已開工188個,開工率83.6%;完成投資64.3億元,投資完成率46.8%: the starts are a step toward
        # the work; the row's completion is the other ratio, whichever target holds each (the
        # corpus reads every row stating both so)
        stated = [a for a in stated if not _start_rate(a)] or stated
    implied = {i for i, t in enumerate(targets or []) if t.implied}
    of_target = [a for a in stated if a.target_index is not None]
    written = [a for a in of_target if a.target_index not in implied]
    first = (written or of_target or stated)[:1]
    if ROW_LOWEST and len({a.target_index for a in written}) > 1:
        # 100户 | 95.33% ‖ 8.6亿元 | 42.75%; 分别超额完成19%、14%和12% of three written targets: the
        # row is as far as its worst target, as a task's status is. Only targets the row writes:
        # ratios of implied or unwritten wholes may be a part's or a merged neighbour's (前者…、后者…).
        return min(a.quantity.amount for a in written) / 100
    if judged.LOWER_STATED and first and first[0].target_index is not None:
        # Two stated completions of one target (开工率100%, 竣工率97.17%): the lower decides, as
        # it does the target's status; a ratio of another target is that target's.
        return min(a.quantity.amount for a in stated
                   if a.target_index == first[0].target_index) / 100
    return first[0].quantity.amount / 100 if first else None


def _start_rate(a: Actual) -> bool:
    """A stated ratio that is the share of a list started (开工率, 開復工率为96%, 动工率)."""
    return _start_rate_pattern().search(normalize(a.quote).text) is not None


@derived  # not lru_cache: rebuilt when another lexicon (a user's start_step words) is installed
def _start_rate_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{'|'.join(map(re.escape, cue_words('start_step')))})率")


def _from_stated(ratio: Decimal, month: int | None, targets: bool = False) -> tuple[str, str]:
    expected = expected_share(month)
    which = "of no target read in the row" if targets else "no written target"
    head = f"stated completion {ratio * 100:.1f}% ({which})"
    if ratio >= 1:
        return "done", head
    if expected is None:
        return "unclear", head + " (report period unknown)"
    status = "on_track" if ratio >= expected else "lagging"
    return status, f"{head} vs {expected * 100:.1f}% expected"


def at_risk(frame: pd.DataFrame, period: str | None = None, **kwargs: Any) -> pd.DataFrame:
    """The lagging and not-started tasks, worst first, grouped by lead responsible unit."""
    assessed = frame if "status" in frame.columns else assess(frame, period, **kwargs)
    risky = assessed[assessed["status"].isin(["lagging", "not_started"])].copy()
    risky["lead_unit"] = [
        u[0] if isinstance(u, (list, tuple)) and u else "" for u in risky.get("units", [])
    ]
    rank = {"severe": 0, "moderate": 1, "mild": 2}
    risky["_rank"] = [
        (0 if s == "lagging" else 1, rank.get(sev or "", 3), -(g or 0))
        for s, sev, g in zip(risky["status"], risky["severity"], risky["gap"], strict=False)
    ]
    # Groups by lead unit, the group with the worst task first; worst first inside each group.
    first: dict[str, int] = {}
    for unit, _ in sorted(zip(risky["lead_unit"], risky["_rank"], strict=True), key=lambda p: p[1]):
        first.setdefault(unit, len(first))
    risky["_group"] = risky["lead_unit"].map(first)
    risky = risky.sort_values(["_group", "_rank"], kind="stable").drop(columns=["_rank", "_group"])
    return risky.reset_index(drop=True)
