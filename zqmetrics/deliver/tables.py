"""Exporters: an assessed frame as the tables an analyst opens.

Three tables, built from the frame that :func:`zqmetrics.judge.assessment.assess` returns (a frame that is
not yet assessed is assessed first):

- :func:`at_risk_table`: the lagging and not-started tasks, grouped by lead responsible unit; the
  groups are ordered by their worst task and the tasks worst first inside each group.
- :func:`tasks_table`: every task, one row each, in report order.
- :func:`targets_table`: one row per numeric target, with the figure that measured it.

:func:`write` saves them by file suffix (.xlsx: all three sheets; .csv .md .html: one table) and
:func:`to_terminal` renders the at-risk table as text. No writer drops a row.

Safety: report text is untrusted. Text cells of CSV and Excel output that a spreadsheet could run
as a formula (starting with ``= + - @``, a tab or a carriage return) get a leading ``'``; HTML
escapes everything; Markdown escapes ``|``, ``\\`` and HTML; the terminal gets no control
characters. Characters XML cannot hold are removed everywhere.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from zqmetrics.judge.assessment import assess

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["LABELS", "SHEETS", "STATUS_COLOURS", "at_risk_table", "csv_safe", "targets_table",
           "tasks_table"]

AT_RISK = ("lagging", "not_started")
SHEETS = {"at_risk": "待关注任务 At risk", "tasks": "全部任务 All tasks", "targets": "指标明细 Targets"}
STATUS_COLOURS = {  # fill colour per status (RGB hex); no_numeric_target stays plain
    "lagging": "F8696B", "not_started": "F4B183", "unclear": "D9D9D9",
    "on_track": "A9D08E", "done": "548235",
}
WHITE_TEXT = {"done"}

AT_RISK_COLUMNS = ("lead_unit", "seq", "task", "status", "severity", "completion", "expected",
                   "gap_points", "required_pace", "contact", "reasons", "source")
TASK_COLUMNS = ("seq", "task", "status", "severity", "completion", "expected", "gap_points",
                "required_pace", "n_targets", "lead_unit", "units", "progress", "contact",
                "reasons", "source")
TARGET_COLUMNS = ("seq", "lead_unit", "metric", "target_value", "target_value_max",
                  "target_unit", "comparator", "kind", "actual_value", "actual_unit",
                  "actual_period", "completion", "expected", "status", "reason", "quote", "source")
LABELS = {
    "lead_unit": "牵头单位 Lead unit", "seq": "序号 No.", "task": "重点任务 Task",
    "status": "状态 Status", "severity": "程度 Severity", "completion": "完成率 Completion",
    "expected": "应完成 Expected", "gap_points": "差距(百分点) Gap (points)",
    "required_pace": "所需进度倍数 Pace needed", "contact": "监督科室电话 Contact",
    "reasons": "依据 Reasons", "source": "来源 Source", "n_targets": "指标数 Targets",
    "units": "责任单位 Units", "progress": "完成情况 Progress", "metric": "指标 Metric",
    "target_value": "目标值 Target", "target_value_max": "目标上限 Target max",
    "target_unit": "单位 Unit", "comparator": "比较 Comparator", "kind": "类型 Kind",
    "actual_value": "实际值 Actual", "actual_unit": "实际单位 Actual unit",
    "actual_period": "口径 Period", "reason": "依据 Reason", "quote": "目标原文 Quote",
}
PERCENT = frozenset({"completion", "expected"})
NUMBER_FORMATS = {"gap_points": "0.0", "required_pace": '0.0"x"', "n_targets": "0"}
_SEVERITY_RANK = {"severe": 0, "moderate": 1, "mild": 2}

# Characters XML 1.0 (and so xlsx) cannot hold, and that no table needs: C0 controls but tab,
# newline, carriage return. The same set openpyxl rejects (ILLEGAL_CHARACTERS_RE).
ILLEGAL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LINE_BREAKS = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


# --- values -------------------------------------------------------------------------------------


def is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, (list, tuple, dict)):
        return False
    try:
        return bool(value != value)  # noqa: PLR0124  NaN and NaT differ from themselves
    except (TypeError, ValueError):  # pd.NA and friends refuse a truth value
        return True


def as_text(value: Any) -> str:
    if is_missing(value):
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(as_text(v) for v in value if not is_missing(v))
    return str(value)


def as_number(value: Any) -> float | None:
    if is_missing(value) or isinstance(value, (str, bool)):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def first_unit(units: Any) -> str:
    if isinstance(units, (list, tuple)):
        return as_text(units[0]) if units else ""
    return as_text(units)


def csv_safe(text: str) -> str:
    """``text`` made inert for a spreadsheet: a leading ``'`` when it could start a formula.

    >>> csv_safe('=HYPERLINK("x")'), csv_safe("完成 -1"), csv_safe(" @SUM(A1)")
    ('\\'=HYPERLINK("x")', '完成 -1', "' @SUM(A1)")
    """
    text = ILLEGAL_CHARS.sub("", text)
    return "'" + text if text.lstrip(" \u3000\xa0").startswith(_FORMULA_START) else text


# --- tables -------------------------------------------------------------------------------------


def ensure_assessed(frame: pd.DataFrame) -> pd.DataFrame:
    if "status" in frame.columns:
        return frame

    return assess(frame)


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    columns = list(frame.columns)
    return [dict(zip(columns, values, strict=False)) for values in frame.itertuples(index=False, name=None)]


def _task_fields(row: dict[str, Any]) -> dict[str, Any]:
    units = row.get("units")
    return {
        "seq": as_text(row.get("seq")),
        "task": as_text(row.get("task")),
        "status": as_text(row.get("status")) or "unclear",
        "severity": as_text(row.get("severity")),
        "completion": as_number(row.get("completion")),
        "expected": as_number(row.get("expected")),
        "gap_points": None if (g := as_number(row.get("gap"))) is None else round(g * 100, 6),
        "required_pace": as_number(row.get("required_pace")),
        "n_targets": len(t) if isinstance(t := row.get("targets"), (list, tuple)) else 0,
        "lead_unit": first_unit(units),
        "units": "、".join(as_text(u) for u in units) if isinstance(units, (list, tuple))
        else as_text(units),
        "progress": as_text(row.get("progress")),
        "contact": as_text(row.get("contact")),
        "reasons": as_text(row.get("reasons")),
        "source": as_text(row.get("source")),
        "_reasons": [as_text(r) for r in reasons] if isinstance(
            reasons := row.get("reasons"), (list, tuple)) else [as_text(reasons)],
    }


def _rank(fields: dict[str, Any]) -> tuple[int, int, float]:
    """Sort key, worst first: lagging before not_started, then severity, then the larger gap."""
    gap = fields["gap_points"]
    return (AT_RISK.index(fields["status"]), _SEVERITY_RANK.get(fields["severity"], 3),
            -(gap if gap is not None and math.isfinite(gap) else 0.0))


def _table(records: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd  # lazy: pandas is heavy; loaded on first use

    return pd.DataFrame([[r[c] for c in columns] for r in records], columns=list(columns),
                        dtype=object)


def at_risk_records(assessed: pd.DataFrame) -> list[dict[str, Any]]:
    found = [(i, f) for i, f in enumerate(map(_task_fields, _rows(ensure_assessed(assessed))))
             if f["status"] in AT_RISK]
    sources = list(dict.fromkeys(f["source"] for _, f in found))
    groups: dict[tuple[str, str], list[tuple[tuple[Any, ...], dict[str, Any]]]] = {}
    for i, fields in found:
        key = (fields["source"], fields["lead_unit"])
        groups.setdefault(key, []).append(((*_rank(fields), i), fields))
    ordered = sorted(groups.items(), key=lambda kv: (sources.index(kv[0][0]),
                                                     min(k for k, _ in kv[1])))
    return [f for _, members in ordered for _, f in sorted(members, key=lambda m: m[0])]


def at_risk_table(assessed: pd.DataFrame) -> pd.DataFrame:
    """The lagging and not-started tasks, grouped by lead unit, worst group and task first.

    Groups stay inside their report (``source``), reports in the order they come. Worst means
    lagging before not started, then severity, then the larger gap. ``gap_points`` is in
    percentage points; ``completion`` and ``expected`` are fractions; reasons are joined by '; '.
    """
    return _table(at_risk_records(assessed), AT_RISK_COLUMNS)


def tasks_table(assessed: pd.DataFrame) -> pd.DataFrame:
    """Every task, one row each, in report order."""
    return _table([_task_fields(r) for r in _rows(ensure_assessed(assessed))], TASK_COLUMNS)


def targets_table(assessed: pd.DataFrame) -> pd.DataFrame:
    """One row per numeric target: the target, the best figure that measured it, the judgement."""
    records = []
    for row in _rows(ensure_assessed(assessed)):
        base = {"seq": as_text(row.get("seq")), "lead_unit": first_unit(row.get("units")),
                "source": as_text(row.get("source"))}
        judged = row.get("assessments")
        judged = list(judged) if isinstance(judged, (list, tuple)) else []
        targets = row.get("targets")
        targets = list(targets) if isinstance(targets, (list, tuple)) else []
        items = [(a.target, a) for a in judged] or [(t, None) for t in targets]
        for target, a in items:
            actual = a.actual if a is not None else None
            records.append({
                **base, "metric": target.metric, "target_value": target.value,
                "target_value_max": target.value_max, "target_unit": target.unit,
                "comparator": target.comparator, "kind": target.kind,
                "actual_value": actual.value if actual is not None else None,
                "actual_unit": actual.unit if actual is not None else "",
                "actual_period": actual.period if actual is not None else "",
                "completion": as_number(a.completion) if a is not None else None,
                "expected": as_number(a.expected) if a is not None else None,
                "status": a.status if a is not None else "unclear",
                "reason": a.reason if a is not None else "not assessed",
                "quote": target.quote,
            })
    return _table(records, TARGET_COLUMNS)


def all_tables(assessed: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    frame = ensure_assessed(assessed)
    return [("at_risk", at_risk_table(frame)), ("tasks", tasks_table(frame)),
            ("targets", targets_table(frame))]


BUILDERS = {"at_risk": at_risk_table, "tasks": tasks_table, "targets": targets_table}


# --- writers ------------------------------------------------------------------------------------


def report_title(frame: pd.DataFrame) -> str:
    titles = frame["title"].dropna().unique().tolist() if "title" in frame.columns else []
    if len(titles) == 1 and isinstance(titles[0], str):
        return titles[0]
    title = frame.attrs.get("title")
    return title if isinstance(title, str) and len(titles) <= 1 else ""


def cell_value(column: str, value: Any) -> Any:
    """A value for a spreadsheet cell: a number, None, or inert text."""
    if column in PERCENT or column in NUMBER_FORMATS or column.endswith(("_value", "_max")):
        number = as_number(value)
        if number is not None and math.isfinite(number):
            return number
        if number is None:
            return None
    return csv_safe(as_text(value))


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def shown(column: str, value: Any) -> str:
    """A value as text for Markdown, HTML and the terminal."""
    if column in PERCENT:
        number = as_number(value)
        return "" if number is None else f"{number * 100:.1f}%"
    if column == "gap_points":
        number = as_number(value)
        return "" if number is None else f"{number:.1f}"
    if column == "required_pace":
        number = as_number(value)
        return "" if number is None else f"{number:.1f}x"
    if isinstance(value, float):
        return "" if math.isnan(value) else format(Decimal(repr(value)).normalize(), "f") \
            if math.isfinite(value) else str(value)
    return ILLEGAL_CHARS.sub("", as_text(value))


# --- terminal -----------------------------------------------------------------------------------


