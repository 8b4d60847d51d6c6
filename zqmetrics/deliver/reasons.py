"""Reasons as a supervisor writes them, rendered from the structured judgement.

The English ``reasons`` that :func:`zqmetrics.judge.assessment.assess` keeps are for programs and
debugging; what people read is rendered here from the fields of each ``TargetAssessment``
(status, basis, completion, expected, gap, the figure and its period) with the templates of
``data/templates.tsv``::

    土地收储：完成20亩，年度目标1410亩，完成1.4%；时序进度50.0%，滞后48.6个百分点；
    仅为二季度当季数据，不足以判断全年进度
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from zqmetrics.deliver.labels import (
    amount,
    fill,
    joined,
    label,
    percent,
    points,
    rounded_to,
    status_label,
)
from zqmetrics.judge.targets import STATED_TOLERANCE
from zqmetrics.text.cues import cue_pattern, cue_table
from zqmetrics.types import RATE_UNITS

if TYPE_CHECKING:  # pragma: no cover
    from zqmetrics.judge.targets import TargetAssessment
    from zqmetrics.types import Actual, Target

# Gaps smaller than this (a twentieth of a point) read as "on pace".
_EVEN = Decimal("0.0005")


def target_name(target: Target) -> str:
    return target.metric or target.quote


def _target_text(target: Target, lang: str) -> str:
    text = amount(target.quantity.amount, target.unit, lang)
    if target.quantity.amount_max is not None:
        upper = amount(target.quantity.amount_max, target.unit, lang)
        text = f"{text}—{upper}" if lang == "zh" else f"{text} to {upper}"
    return text


def _achieved(a: TargetAssessment) -> Decimal | None:
    """The figure in the target's unit: completion × target (exact when the units agree)."""
    actual, target = a.actual, a.target
    if actual is None:
        return None
    if actual.unit == target.unit:
        return actual.quantity.amount
    if a.completion is None:
        return None
    return rounded_to(a.completion * target.quantity.amount, 6).normalize()


def _quarter(actual: Actual | None, report_month: int | None, lang: str) -> str:
    month = (actual.through_month if actual is not None else None) or report_month
    if month is None:
        return ""
    return label(f"quarter.{(month - 1) // 3 + 1}", lang)


def stated_pair(a: TargetAssessment, actuals: list[Actual]) -> tuple[Decimal, Decimal] | None:
    """(stated, computed) completion when the report states one beside a computed one."""
    if a.basis in ("stated", "none", "level") or a.completion is None:
        return None
    stated = [x.quantity.amount for x in actuals if x.stated and x.target_index == a.index]
    if not stated:
        return None
    return max(stated) / 100, a.completion


def disagrees(pair: tuple[Decimal, Decimal] | None) -> bool:
    return pair is not None and abs(pair[0] - pair[1]) > STATED_TOLERANCE


def _pace(a: TargetAssessment, lang: str) -> str:
    if a.status == "done":
        return fill("reached", lang)
    if a.expected is None or a.completion is None:
        return fill("period_unknown", lang)
    gap = a.expected - a.completion
    fields = {"expected": percent(a.expected), "gap": points(gap)}
    if abs(gap) < _EVEN:
        return fill("even", lang, **fields)
    return fill("behind" if gap > 0 else "ahead", lang, **fields)


def target_reason(a: TargetAssessment, actuals: list[Actual] | None = None, *,
                  report_month: int | None = None, lang: str = "zh") -> str:
    """One target's judgement as a supervisor's note (see the module docstring)."""
    target = a.target
    clauses: list[str] = []
    if a.basis == "none":
        if target.quantity.amount <= 0 and target.kind == "amount":
            clauses.append(fill("zero_target", lang))
        elif target.kind == "level" or target.unit in RATE_UNITS:
            clauses.append(fill("no_level", lang, target=_target_text(target, lang)))
        else:
            clauses.append(fill("no_figure", lang, target=_target_text(target, lang)))
    elif a.basis == "level":
        growth = target.kind == "change"
        actual = a.actual
        now = amount(actual.quantity.amount, actual.unit, lang) if actual is not None else ""
        clauses.append(fill("growth" if growth else "level", lang, actual=now,
                            target=_target_text(target, lang)))
    elif a.basis == "stated":
        clauses.append(fill("stated", lang, completion=percent(a.completion)))
        clauses.append(_pace(a, lang))
    else:
        estimate = a.actual is not None and a.actual.estimate
        clauses.append(fill("figure_estimate" if estimate else "figure", lang,
                            actual=amount(_achieved(a), target.unit, lang,
                                          base=target.quantity.amount),
                            target=_target_text(target, lang), completion=percent(a.completion)))
        clauses.append(_pace(a, lang))
        if a.basis == "lower_bound" and a.status == "unclear":
            period = a.actual.period if a.actual is not None else "unknown"
            if period == "quarter":
                quarter = _quarter(a.actual, report_month, lang)
                clauses.append(fill("quarter_only", lang, quarter=quarter) if quarter
                               else fill("quarter_only_unnamed", lang))
            else:
                clauses.append(fill("period_unstated", lang))
    pair = stated_pair(a, actuals or [])
    if pair is not None:
        verdict = fill("stated_disagrees" if disagrees(pair) else "stated_agrees", lang)
        clauses.append(fill("stated_check", lang, stated=percent(pair[0]),
                            computed=percent(pair[1]), verdict=verdict))
    if a.required_pace is not None and a.status in ("lagging", "on_track"):
        clauses.append(fill("required_pace", lang, pace=f"{a.required_pace.normalize():f}"))
    return target_name(target) + fill("join.head", lang) + joined(clauses, lang)


def not_started_cue(progress: Any) -> str | None:
    """The words of the progress text that say the work has not begun (未开工, 尚未 …)."""
    if not isinstance(progress, str) or not progress:
        return None
    table = cue_table("status")
    for match in cue_pattern("status").finditer(progress):
        if table.get(match.group()) == "not_started":
            return match.group()
    return None


def not_started_reason(progress: Any, lang: str = "zh") -> str:
    cue = not_started_cue(progress)
    return fill("not_started_text", lang, cue=cue) if cue else fill("not_started_plain", lang)


def verdict_reason(verdict: Any, computed_status: str, severity: str | None,
                   lang: str = "zh") -> str:
    quote = verdict.get("quote", "") if isinstance(verdict, dict) else getattr(verdict, "quote", "")
    return fill("verdict_check", lang, quote=quote,
                status=status_label(computed_status, severity, lang))


def task_reasons(row: dict[str, Any], *, report_month: int | None = None,
                 lang: str = "zh") -> list[str]:
    """Every reason of one assessed row, in the output language."""
    actuals = list(row.get("actuals") or [])
    judged = list(row.get("assessments") or [])
    out = [target_reason(a, actuals, report_month=report_month, lang=lang) for a in judged]
    issues = [r for r in (row.get("read_issue"), row.get("extract_issue"))
              if isinstance(r, str) and r]
    status = row.get("status")
    if issues and status in ("unclear", "no_numeric_target"):
        out = [fill("read_issue", lang, issue=i) for i in issues] + out
    if status == "not_started":
        out.append(not_started_reason(row.get("progress"), lang))
    if not judged and not issues:
        section = row.get("section")
        if isinstance(section, str) and section and section != "plan":
            out.append(fill("not_this_year", lang, section=section))
        else:
            out.append(fill("no_numeric", lang))
            if row.get("qualitative") == "not_started":
                out.append(not_started_reason(row.get("progress"), lang))
    return list(dict.fromkeys(out))  # a not-started task reaches the same sentence twice
