"""Judge each task against the pace expected at the report's date (时间过半、任务过半).

Per target:

- *amount* (and absolute *change*, 提高4个百分点): completion = figure / target (the lower end for
  at_least and ranges), judged against the expected share at the figure's own data month: linear
  (month/12) unless ``data/pace.tsv`` holds a seasonal profile for the metric.
- *level* (进厅率99%) and *growth rate* (增长14%): the current figure against the target as it
  stands, never prorated.
- A year-to-date or snapshot figure shows progress. A quarter-only or undated figure is a lower
  bound: it can show a target on pace or reached, never lagging ("insufficient basis").
- A stated completion (完成全年任务的77%) is used when no figure is, and cross-checked otherwise.

A task's status is its worst target with evidence (lagging > on_track > done); with none, it is
``not_started`` when the progress text says so (``data/cues.tsv``) and ``unclear`` otherwise.
``done`` needs every target reached. Every status carries reasons that quote the evidence.
Arithmetic is Decimal, in the target's unit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from zqmetrics.cues import cue_pattern, cue_table
from zqmetrics.lexicon import rows
from zqmetrics.types import RATE_UNITS, Actual, Target

# Units of an absolute change of a rate: their sign is meant (提高2个百分点 vs 下降1个百分点).
_CHANGE_UNITS = frozenset({"个百分点", "百分点"})

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

STATUS_ORDER = ("lagging", "not_started", "unclear", "on_track", "done", "no_numeric_target")
_PERIOD_WORDS = {
    "ytd": "year to date",
    "snapshot": "as it stands",
    "quarter": "this quarter only",
    "unknown": "period not stated",
}


@dataclass(frozen=True, slots=True)
class TargetAssessment:
    """The judgement on one target, with the arithmetic behind it."""

    index: int
    target: Target
    status: str  # done | on_track | lagging | unclear
    completion: Decimal | None
    expected: Decimal | None
    actual: Actual | None
    basis: str  # ytd | lower_bound | stated | level | none
    reason: str
    gap: Decimal | None = None  # percentage points behind the expected pace (positive = behind)
    required_pace: Decimal | None = None  # pace the rest of the year needs, as a multiple of so far
    severity: str | None = None  # mild | moderate | severe, for lagging targets
    notes: tuple[str, ...] = field(default=())


@cache
def _profiles() -> tuple[tuple[str, tuple[Decimal, ...]], ...]:
    out = []
    for word, shares in rows("pace.tsv", 2):
        values = tuple(Decimal(s) for s in shares.split(","))
        if len(values) == 12:
            out.append((word, values))
    return tuple(out)


def expected_share(
    month: int | None, metric: str = "", profile: dict[str, Any] | None = None
) -> Decimal | None:
    """The share of a year's target expected by the end of ``month`` (linear unless seasonal)."""
    if month is None:
        return None
    month = max(1, min(12, month))
    profiles = list((profile or {}).items()) + list(_profiles())
    for word, shares in profiles:
        if word in metric:
            return Decimal(str(shares[month - 1]))
    return Decimal(month) / Decimal(12)


def _in_target_unit(actual: Actual, target: Target) -> Decimal | None:
    if actual.unit == target.unit:
        return actual.quantity.amount
    try:
        from zqmetrics.units import convert

        return convert(actual.quantity.amount, actual.unit, target.unit)
    except Exception:  # counters of one group (个 vs 家) count alike; other units do not convert
        from zqmetrics.lexicon import mapping

        groups = mapping("counters.tsv")
        if actual.unit in groups and groups.get(actual.unit) == groups.get(target.unit):
            return actual.quantity.amount
        return None


def _fmt(d: Decimal | None) -> str:
    if d is None:
        return "?"
    text = f"{d:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _ratio(value: Decimal | None, base: Decimal, unit: str) -> str:
    """``25.9/75 亿元`` rather than ``2590000000/7500000000 元``: money shown in 亿元 or 万元."""
    if unit == "元" and value is not None:
        for scale, name in ((Decimal(10) ** 8, "亿元"), (Decimal(10) ** 4, "万元")):
            if base >= scale:
                return f"{_fmt(value / scale)}/{_fmt(base / scale)} {name}"
    return f"{_fmt(value)}/{_fmt(base)} {unit}"


def _pct(d: Decimal | None) -> str:
    return "?" if d is None else f"{(d * 100):.1f}%"


def _severity(gap: Decimal) -> str:
    points = gap * 100
    return "mild" if points < 10 else "moderate" if points <= 30 else "severe"


def _required_pace(completion: Decimal, month: int) -> Decimal | None:
    """Pace the rest of the year needs, as a multiple of the pace so far."""
    if completion <= 0 or month >= 12 or completion >= 1:
        return None
    so_far = completion / month
    needed = (1 - completion) / (12 - month)
    return (needed / so_far).quantize(Decimal("0.1"))


def assess_target(
    index: int,
    target: Target,
    actuals: list[Actual],
    report_month: int | None,
    tolerance: Decimal = Decimal(0),
    profile: dict[str, Any] | None = None,
) -> TargetAssessment:
    """The judgement on one target from the figures aligned with it."""
    mine = [a for a in actuals if a.target_index == index]
    figures = [a for a in mine if not a.stated]
    stated = [a for a in mine if a.stated]
    base = target.quantity.amount
    unit = target.unit
    # A fall to achieve (减少200吨, 降低2个百分点) is judged by its size. A change of a rate keeps
    # its sign (a rise of 1个百分点 is no progress on 降低2个百分点); a count does not, since progress
    # texts state a cut as an amount (累计减排150吨) as often as a fall (减少了150吨).
    high = target.quantity.amount_max
    fall = base < 0 or (high is not None and high < 0)
    signed = unit in _CHANGE_UNITS
    if not fall and not signed and unit not in RATE_UNITS:
        # 减少化肥使用量200吨: the fall is in the words, not next to the number.
        from zqmetrics.quantity import fall_words

        fall = any(w in target.quote for w in fall_words())
    if base < 0:
        base = -(high if high is not None else base)  # 减少3-5万吨: the smaller cut is the floor
    name = target.metric or target.quote
    unit = target.unit
    notes: list[str] = []

    if target.kind == "level" or (target.kind == "change" and unit in RATE_UNITS):
        return _assess_level(index, target, figures, report_month)

    if base <= 0:
        return TargetAssessment(
            index, target, "unclear", None, None, None, "none", f"{name}: target is zero"
        )

    best: tuple[Decimal, Actual, int | None] | None = None  # ytd
    bound: tuple[Decimal, Actual, int | None] | None = None  # lower bound
    for a in figures:
        value = _in_target_unit(a, target)
        if value is None:
            continue
        if fall:
            value = -value if signed else abs(value)
        completion = value / base
        month = a.through_month or report_month
        if a.period in ("ytd", "snapshot"):
            if best is None or completion > best[0]:
                best = (completion, a, month)
        elif bound is None or completion > bound[0]:
            bound = (completion, a, month)
    stated_c = None
    if stated:
        stated_c = max(a.quantity.amount for a in stated) / 100

    def label(a: Actual) -> str:
        flag = " (estimate)" if a.estimate else ""
        return _PERIOD_WORDS.get(a.period, a.period) + flag

    if best is not None:
        completion, a, month = best
        basis = "ytd"
    elif stated_c is not None:
        completion, a, month = stated_c, stated[0], stated[0].through_month or report_month
        basis = "stated"
    elif bound is not None:
        completion, a, month = bound
        basis = "lower_bound"
    else:
        return TargetAssessment(
            index,
            target,
            "unclear",
            None,
            expected_share(report_month, name, profile),
            None,
            "none",
            f"{name}: no figure in the progress text measures the target of {_fmt(base)} {unit}",
        )
    expected = expected_share(month, name, profile)
    if stated_c is not None and basis != "stated":
        diff = abs(stated_c - completion)
        agree = "consistent" if diff <= Decimal("0.02") else "DISAGREES"
        notes.append(f"stated completion {_pct(stated_c)} vs computed {_pct(completion)}: {agree}")
    if basis == "stated":
        head = f"{name}: stated completion {_pct(completion)}"
    else:
        shown = _in_target_unit(a, target)
        if fall and shown is not None:
            shown = -shown if signed else abs(shown)
        head = f"{name}: {_ratio(shown, base, unit)} ({label(a)}) = {_pct(completion)}"
    tail = f" vs {_pct(expected)} expected" if expected is not None else " (report period unknown)"
    if completion >= 1:
        status = "done"
    elif expected is None:
        status = "unclear"
    elif completion + tolerance >= expected:
        status = "on_track"
    elif basis == "lower_bound":
        status = "unclear"
        tail += "; a figure for part of the year only cannot show year-to-date progress (insufficient basis)"
    else:
        status = "lagging"
    gap = (expected - completion) if expected is not None else None
    severity = _severity(gap) if status == "lagging" and gap is not None else None
    required = _required_pace(completion, month) if month and status != "done" else None
    reason = head + tail + "".join(f"; {n}" for n in notes)
    if required is not None and status in ("lagging", "on_track"):
        reason += f"; the rest of the year needs {required}x the pace so far"
    return TargetAssessment(
        index,
        target,
        status,
        completion,
        expected,
        a,
        basis,
        reason,
        gap,
        required,
        severity,
        tuple(notes),
    )


def _assess_level(
    index: int, target: Target, figures: list[Actual], report_month: int | None
) -> TargetAssessment:
    name = target.metric or target.quote
    usable = [a for a in figures if a.unit == target.unit]
    if not usable:
        return TargetAssessment(
            index,
            target,
            "unclear",
            None,
            None,
            None,
            "none",
            f"{name}: no current figure for the target level of {_fmt(target.quantity.amount)}{target.unit}",
        )
    # The latest statement of a level is the one that counts; several are rare.
    a = usable[-1]
    current, goal = a.quantity.amount, target.quantity.amount
    if goal < 0 and target.quantity.amount_max is not None:
        goal = target.quantity.amount_max  # 下降3-5%: the smaller fall is the floor
    completion = current / goal if goal else None
    if goal < 0:
        # A fall to achieve (下降5%) is met by a fall at least as large: -6% meets it, -3.8% and
        # any rise do not; 下降不超过5% (at_most) is the reverse.
        reached = current >= goal if target.comparator == "at_most" else current <= goal
    elif target.comparator == "at_most":
        reached = current <= goal
    else:
        reached = current >= goal
    growth = target.kind == "change"
    if reached:
        status = "on_track" if growth and (report_month or 12) < 12 else "done"
    else:
        status = "lagging"
    gap = None if completion is None or reached else (1 - completion)
    what = "growth so far" if growth else "level now"
    reason = (
        f"{name}: {what} {_fmt(current)}{a.unit} vs target {_fmt(goal)}{target.unit} (not prorated)"
    )
    return TargetAssessment(
        index,
        target,
        status,
        completion,
        Decimal(1),
        a,
        "level",
        reason,
        gap,
        None,
        _severity(gap) if status == "lagging" and gap is not None else None,
    )


def qualitative_status(progress: str) -> str | None:
    """The status the progress words give without numbers: not_started, done, in_progress, or None."""
    if not isinstance(progress, str) or not progress:
        return None
    found = {cue_table("status")[m.group()] for m in cue_pattern("status").finditer(progress)}
    for status in ("not_started", "done", "in_progress"):
        if status in found:
            return status
    return None


def task_status(assessments: list[TargetAssessment], qualitative: str | None) -> str:
    if not assessments:
        return "no_numeric_target"
    evidenced = [a for a in assessments if a.status in ("done", "on_track", "lagging")]
    if any(a.status == "lagging" for a in evidenced):
        return "lagging"
    if not evidenced:
        return "not_started" if qualitative == "not_started" else "unclear"
    if all(a.status == "done" for a in assessments):
        return "done"
    return "on_track"


def _report_month(frame: pd.DataFrame, row: Any, period: str | None) -> int | None:
    from zqmetrics.periods import parse_period

    label = (
        period or (row.get("period") if hasattr(row, "get") else None) or frame.attrs.get("period")
    )
    if not isinstance(label, str) or not label:
        return None
    try:
        return parse_period(label).end_month
    except Exception:  # an unreadable period leaves the pace unknown; statuses say so
        return None


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
    from zqmetrics.pipeline import extract

    work = frame if "targets" in frame.columns and "actuals" in frame.columns else extract(frame)
    out = work.copy()
    tol = Decimal(str(tolerance))
    cols: dict[str, list[Any]] = {
        k: []
        for k in (
            "completion",
            "expected",
            "gap",
            "required_pace",
            "status",
            "severity",
            "reasons",
            "assessments",
            "qualitative",
        )
    }
    for row in work.to_dict("records"):
        try:
            values = _assess_row(work, row, period, tol, profile)
        except Exception as exc:  # one bad row must not stop a batch
            values = dict(
                completion=None,
                expected=None,
                gap=None,
                required_pace=None,
                status="unclear",
                severity=None,
                reasons=[f"assessment failed: {type(exc).__name__}: {exc}"],
                assessments=[],
                qualitative=None,
            )
        for key in cols:
            cols[key].append(values[key])
    for key, column in cols.items():
        out[key] = column
    return out


def _assess_row(
    frame: pd.DataFrame, row: Any, period: str | None, tol: Decimal, profile: dict[str, Any] | None
) -> dict[str, Any]:
    targets: list[Target] = list(row.get("targets") or [])
    actuals: list[Actual] = list(row.get("actuals") or [])
    month = _report_month(frame, row, period)
    progress = row.get("progress") if isinstance(row.get("progress"), str) else ""
    qualitative = qualitative_status(progress)
    issues = [
        r for r in (row.get("read_issue"), row.get("extract_issue")) if isinstance(r, str) and r
    ]
    assessments = [assess_target(i, t, actuals, month, tol, profile) for i, t in enumerate(targets)]
    status = task_status(assessments, qualitative)
    reasons = [a.reason for a in assessments]
    if issues and status in ("no_numeric_target", "unclear"):
        status = "unclear"
        reasons = [*issues, *reasons]
    if status == "not_started":
        reasons.append("the progress text says the work has not begun")
    section = row.get("section")
    if not targets and not issues:
        if isinstance(section, str) and section != "plan":
            reasons.append(
                f"{section} section of a work report: its figures are not this year's targets"
            )
        else:
            reasons.append("the task sets no numeric target")
    worst = _worst(assessments)
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
    )


def _worst(assessments: list[TargetAssessment]) -> TargetAssessment | None:
    scored = [
        a
        for a in assessments
        if a.completion is not None and a.status in ("lagging", "on_track", "done")
    ]
    if not scored:
        return None
    return min(
        scored,
        key=lambda a: (STATUS_ORDER.index(a.status), (a.completion or 0) - (a.expected or 0)),
    )


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
