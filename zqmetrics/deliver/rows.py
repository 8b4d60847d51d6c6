"""The tables every deliverable shows, as rows of plain values, from a :class:`SupervisionList`.

Each table is a tuple of column keys (labels in ``labels.tsv`` as ``col.<key>``) and a list of
rows (``dict`` key → value). Codes (``status_code``, ``section_code``) sit beside the labels so a
program can filter without reading Chinese. Shares (``completion``, ``expected``) stay numbers here;
each writer shows them as a percentage (Excel's ``0.0%``, ``34.7%`` in text). Target and figure
values of money are scaled to the unit a person writes (亿元/万元), named in ``unit``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from zqmetrics.deliver.changes import change_text, forecast_text, previous_status_text, promise_text
from zqmetrics.deliver.labels import fill, label, money_scale, status_label, unit_text
from zqmetrics.deliver.reasons import target_name, target_reason
from zqmetrics.deliver.sections import SECTIONS, SupervisionList, Task

Table = tuple[tuple[str, ...], list[dict[str, Any]]]
PERCENT_COLUMNS = frozenset({"completion", "expected", "mean_completion"})

AT_RISK = ("section", "lead_unit", "seq", "task", "metric", "status", "completion", "expected",
           "gap", "reason", "progress", "plan", "units", "office", "phone", "source",
           "section_code", "status_code")
TASKS = ("seq", "task", "status", "completion", "expected", "n_targets", "lead_unit", "units",
         "progress", "plan", "reason", "sections", "office", "phone", "source", "status_code")
TARGETS = ("seq", "lead_unit", "metric", "target_value", "actual_value", "unit", "comparator",
           "kind", "period", "completion", "expected", "status", "reason", "quote", "evidence",
           "status_code")
UNITS = ("rank", "lead_unit", "n_tasks", "n_targets", "n_done", "n_on_track", "n_lagging",
         "n_not_started", "n_unclear", "n_no_numeric_target", "n_listed", "mean_completion",
         "expected")


# With a history (--db), the lists gain these columns, each group after the column named; the
# codes (``change_code``: the page's filter codes, space-separated) come last, for programs.
HISTORY_AFTER = {"status": ("previous_status", "change"), "gap": ("forecast",),
                 "plan": ("promises",)}
HISTORY_COLUMNS = ("previous_status", "change", "forecast", "promises", "change_code")


def with_history(columns: tuple[str, ...], sl: SupervisionList,
                 after: dict[str, tuple[str, ...]] = HISTORY_AFTER) -> tuple[str, ...]:
    """``columns`` with the history columns placed in them, or as they are without a history."""
    if not sl.has_history:
        return columns
    out: list[str] = []
    for column in columns:
        out += [column, *after.get(column, ())]
    return (*out, "change_code")


def history_values(task: Task, lang: str, target_index: int | None = None) -> dict[str, Any]:
    """The history cells of a task (or of one of its targets: its forecast only)."""
    change = task.change
    return {"previous_status": previous_status_text(change, lang),
            "change": change_text(change, lang),
            "forecast": forecast_text(change, lang, target_index),
            "promises": promise_text(change, lang),
            "change_code": " ".join(change.filters) if change is not None else ""}


def _units_text(units: tuple[str, ...], lang: str) -> str:
    return fill("join.list", lang).join(units)


def at_risk_rows(sl: SupervisionList) -> Table:
    """One row per line of the list, in section order, grouped by lead unit worst first."""
    lang = sl.meta.lang
    rows = []
    for item in sl.items:
        task = sl.task(item)
        rows.append({
            "section": label(f"section.{item.section}", lang), "lead_unit": item.lead_unit,
            "seq": item.seq, "task": task.task, "metric": item.metric,
            "status": status_label(item.status, item.severity, lang),
            "completion": item.completion, "expected": item.expected,
            "gap": None if item.gap is None or item.gap <= 0 else round(item.gap * 100, 1),
            "reason": item.reason, "progress": task.progress, "plan": task.plan,
            "units": _units_text(task.units, lang), "office": task.office, "phone": task.phone,
            "source": task.source, "section_code": item.section, "status_code": item.status,
            **history_values(task, lang, item.target_index),
        })
    return with_history(AT_RISK, sl), rows


def task_rows(sl: SupervisionList) -> Table:
    lang = sl.meta.lang
    listed: dict[int, list[str]] = {}
    for item in sl.items:
        names = listed.setdefault(item.row, [])
        name = label(f"section.{item.section}", lang)
        if name not in names:
            names.append(name)
    rows = []
    for task in sl.tasks:
        rows.append({
            "seq": task.seq, "task": task.task,
            "status": status_label(task.status, task.severity, lang),
            "completion": task.completion, "expected": task.expected,
            "n_targets": task.n_targets, "lead_unit": task.lead_unit,
            "units": _units_text(task.units, lang), "progress": task.progress, "plan": task.plan,
            "reason": "\n".join(task.reasons), "sections": fill("join.list", lang).join(listed.get(task.row, [])),
            "office": task.office, "phone": task.phone, "source": task.source,
            "status_code": task.status, **history_values(task, lang),
        })
    return with_history(TASKS, sl, {**HISTORY_AFTER, "expected": ("forecast",)}), rows


def _scaled(value: Decimal | None, unit: str, base: Decimal, lang: str) -> tuple[float | None, str]:
    """A value in the unit a person writes: money in 亿元/万元 (by the target's size)."""
    if unit != "元":
        return (None if value is None else float(value)), unit_text(unit, lang)
    scale, word = money_scale(base, lang)
    return (None if value is None else float(value / scale)), word.format("").strip()


def target_rows(sl: SupervisionList) -> Table:
    lang = sl.meta.lang
    rows = []
    for task in sl.tasks:
        actuals = list(task.record.get("actuals") or [])
        for a in task.record.get("assessments") or []:
            target, actual = a.target, a.actual
            base = target.quantity.amount
            figure = None
            if actual is not None and not actual.stated:
                figure = (actual.quantity.amount if actual.unit == target.unit
                          else None if a.completion is None else a.completion * base)
            target_value, unit = _scaled(base, target.unit, base, lang)
            actual_value, _ = _scaled(figure, target.unit, base, lang)
            rows.append({
                "seq": task.seq, "lead_unit": task.lead_unit, "metric": target_name(target),
                "target_value": target_value, "actual_value": actual_value, "unit": unit,
                "unit_code": target.unit,
                "comparator": label(f"comparator.{target.comparator}", lang),
                "kind": label(f"kind.{target.kind}", lang),
                "period": label(f"period.{actual.period}", lang) if actual is not None else "",
                "completion": None if a.completion is None else float(a.completion),
                "expected": None if a.expected is None else float(a.expected),
                "status": status_label(a.status, a.severity, lang),
                "reason": target_reason(a, actuals, report_month=sl.meta.report_month, lang=lang),
                "quote": target.quote, "evidence": actual.quote if actual is not None else "",
                "status_code": a.status,
            })
    return TARGETS, rows


def unit_rows(sl: SupervisionList) -> Table:
    rows = []
    for u in sl.units:
        rows.append({
            "rank": u.rank if u.rank is not None else label("word.unranked", sl.meta.lang),
            "lead_unit": u.unit, "n_tasks": u.tasks, "n_targets": u.targets,
            **{f"n_{s}": u.counts.get(s, 0) for s in ("done", "on_track", "lagging",
                                                      "not_started", "unclear",
                                                      "no_numeric_target")},
            "n_listed": u.items, "mean_completion": u.mean_completion, "expected": u.expected,
        })
    return UNITS, rows


def section_counts(sl: SupervisionList) -> dict[str, int]:
    return {code: len(sl.section(code)) for code in SECTIONS}
