"""The judgement on one target from the figures aligned with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from zqmetrics.judge.pace import due_month, expected_share, pace_needed, severity_of
from zqmetrics.text.forms import fall_words
from zqmetrics.text.lexicon import mapping
from zqmetrics.text.units import commensurable, convert
from zqmetrics.types import CHANGE_UNITS, RATE_UNITS, Actual, Target

# A stated completion and the computed one agree within two points.
STATED_TOLERANCE = Decimal("0.02")
# Switched off only to measure the rule (evaluation/judge_ablation.py).
# A target due by a part of the year (上半年, 三季度, 6月底前) is expected in full by then.
DEADLINES = True
LOWER_STATED = False  # off until a second development document shows the form (one so far)

# Periods a figure is judged as year to date with.
YEAR_TO_DATE = ("ytd", "snapshot", "unknown")

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


def _in_target_unit(actual: Actual, target: Target) -> Decimal | None:
    if actual.unit == target.unit:
        return actual.quantity.amount
    if commensurable(actual.unit, target.unit):  # units of one kind: pint converts
        try:
            return convert(actual.quantity.amount, actual.unit, target.unit)
        except Exception:  # noqa: BLE001 -- a unit pint cannot convert is no figure for it
            pass
    # counters of one group (个 vs 家) count alike; other units do not convert
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
    signed = unit in CHANGE_UNITS
    if not fall and not signed and unit not in RATE_UNITS:
        # 减少化肥使用量200吨: the fall is in the words, not next to the number.
        fall = any(w in target.quote for w in fall_words())
    if base < 0:
        base = -(high if high is not None else base)  # 减少3-5万吨: the smaller cut is the floor
    name = target.metric or target.quote
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
        # A figure with no period of its own is read as year to date at the data month (its reason
        # says "period not stated"); only a figure marked as one quarter or month is a lower bound.
        if a.period in YEAR_TO_DATE:
            if best is None or completion > best[0]:
                best = (completion, a, month)
        elif bound is None or completion > bound[0]:
            bound = (completion, a, month)
    stated_c = None
    if stated:
        # Two stated completions of one target (开工率100%, 竣工率97.17%): the lower decides.
        pick = min if LOWER_STATED else max
        stated_c = pick(a.quantity.amount for a in stated) / 100

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
    due = due_month(target.quote) if DEADLINES and month and not target.implied else None
    if due is not None and month:
        # 計劃上半年開工建設的113個項目: due in full by June, not by December
        expected = min(Decimal(1), Decimal(month) / Decimal(due))
    if stated_c is not None and basis != "stated":
        diff = abs(stated_c - completion)
        agree = "consistent" if diff <= STATED_TOLERANCE else "DISAGREES"
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
    severity = severity_of(gap) if status == "lagging" and gap is not None else None
    required = pace_needed(completion, month) if month and status != "done" else None
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
        severity_of(gap) if status == "lagging" and gap is not None else None,
    )
