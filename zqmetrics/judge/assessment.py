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

from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from zqmetrics.extraction.rows import EXTRACTED, extract_rows
from zqmetrics.judge.pace import expected_share
from zqmetrics.judge.statuses import qualitative_status, task_status, worst_of
from zqmetrics.judge.targets import assess_target
from zqmetrics.read.frame_rows import row_records
from zqmetrics.read.periods import parse_period
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


@lru_cache(maxsize=64)
def _end_month(label: str) -> int | None:
    """A report's period is the same on every row: parsed once per label, not once per row."""
    try:
        return parse_period(label).end_month
    except Exception:  # an unreadable period leaves the pace unknown; statuses say so
        return None


# The columns judgement adds to a report's rows.
ASSESSED = ("completion", "expected", "gap", "required_pace", "status", "severity", "reasons",
            "assessments", "qualitative", "stated_ratio", "unreported")


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
    out = []
    for row in rows:
        try:
            values = _assess_row(attrs, row, period, tol, profile)
        except Exception as exc:  # one bad row must not stop a batch
            values = dict.fromkeys(ASSESSED)
            values.update(status="unclear", assessments=[], unreported=[],
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
    out = frame.copy()
    for key in (ASSESSED if extracted else EXTRACTED + ASSESSED):
        out[key] = [row[key] for row in rows]
    return out


def _assess_row(
    attrs: Mapping[str, Any], row: Any, period: str | None, tol: Decimal,
    profile: dict[str, Any] | None,
) -> dict[str, Any]:
    targets: list[Target] = list(row.get("targets") or [])
    actuals: list[Actual] = list(row.get("actuals") or [])
    month = _report_month(attrs, row, period)
    progress = row.get("progress") if isinstance(row.get("progress"), str) else ""
    qualitative = qualitative_status(progress)
    issues = [
        r for r in (row.get("read_issue"), row.get("extract_issue")) if isinstance(r, str) and r
    ]
    assessments = [assess_target(i, t, actuals, month, tol, profile) for i, t in enumerate(targets)]
    verdict = row.get("verdict") if isinstance(row.get("verdict"), dict) else None
    stated = stated_ratio(actuals, assessments)
    status = task_status(assessments, qualitative)
    reasons = [a.reason for a in assessments]
    if not targets and stated is not None and not issues:
        status, reason = _from_stated(stated, month)
        reasons.append(reason)
    elif verdict and status in ("unclear", "no_numeric_target") and not issues:
        # No figure shows pace: the report's own verdict is the evidence.
        status = verdict["status"]
        reasons.append(f"no figure shows pace; the report says {verdict['status']} («{verdict['quote']}»)")
    elif verdict and verdict["status"] != status and status in ("lagging", "on_track", "done"):
        reasons.append(f"the report says {verdict['status']} («{verdict['quote']}») but the figures "
                       f"show {status}")
    if issues and status in ("no_numeric_target", "unclear"):
        status = "unclear"
        reasons = [*issues, *reasons]
    if status == "not_started":
        reasons.append("the progress text says the work has not begun")
    section = row.get("section")
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
    )


def stated_ratio(actuals: list[Actual], assessments: list[Any]) -> Decimal | None:
    """The completion the report states for the row (a fraction): the worst target's stated
    ratio, else the first stated ratio of the row."""
    stated = [a for a in actuals if a.stated]
    if not stated:
        return None
    worst = worst_of(assessments)
    if worst is not None:
        mine = [a for a in stated if a.target_index == worst.index]
        if mine:
            return mine[0].quantity.amount / 100
    return stated[0].quantity.amount / 100


def _from_stated(ratio: Decimal, month: int | None) -> tuple[str, str]:
    expected = expected_share(month)
    head = f"stated completion {ratio * 100:.1f}% (no written target)"
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
