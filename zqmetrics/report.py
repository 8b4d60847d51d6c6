"""Exporters: an assessed frame as the tables an analyst opens.

Three tables, built from the frame that :func:`zqmetrics.assessment.assess` returns (a frame that is
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

import csv
import html
import math
import os
import re
import shutil
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["FORMATS", "LABELS", "SHEETS", "STATUS_COLOURS", "at_risk_table", "csv_safe",
           "targets_table", "tasks_table", "to_terminal", "write"]

FORMATS = (".xlsx", ".csv", ".md", ".html", ".htm")
AT_RISK = ("lagging", "not_started")
SHEETS = {"at_risk": "待关注任务 At risk", "tasks": "全部任务 All tasks", "targets": "指标明细 Targets"}
STATUS_COLOURS = {  # fill colour per status (RGB hex); no_numeric_target stays plain
    "lagging": "F8696B", "not_started": "F4B183", "unclear": "D9D9D9",
    "on_track": "A9D08E", "done": "548235",
}
_WHITE_TEXT = {"done"}

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
_NUMBER_FORMATS = {"gap_points": "0.0", "required_pace": '0.0"x"', "n_targets": "0"}
_SEVERITY_RANK = {"severe": 0, "moderate": 1, "mild": 2}
_XLSX_MAX_CELL = 32767
_WIDTH_CAP, _WIDTH_MIN, _HEADER_CAP = 60, 6, 16

# Characters XML 1.0 (and so xlsx) cannot hold, and that no table needs: C0 controls but tab,
# newline, carriage return. The same set openpyxl rejects (ILLEGAL_CHARACTERS_RE).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LINE_BREAKS = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


# --- values -------------------------------------------------------------------------------------


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, (list, tuple, dict)):
        return False
    try:
        return bool(value != value)  # noqa: PLR0124  NaN and NaT differ from themselves
    except (TypeError, ValueError):  # pd.NA and friends refuse a truth value
        return True


def _text(value: Any) -> str:
    if _missing(value):
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_text(v) for v in value if not _missing(v))
    return str(value)


def _num(value: Any) -> float | None:
    if _missing(value) or isinstance(value, (str, bool)):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _lead(units: Any) -> str:
    if isinstance(units, (list, tuple)):
        return _text(units[0]) if units else ""
    return _text(units)


def csv_safe(text: str) -> str:
    """``text`` made inert for a spreadsheet: a leading ``'`` when it could start a formula.

    >>> csv_safe('=HYPERLINK("x")'), csv_safe("完成 -1"), csv_safe(" @SUM(A1)")
    ('\\'=HYPERLINK("x")', '完成 -1', "' @SUM(A1)")
    """
    text = _ILLEGAL.sub("", text)
    return "'" + text if text.lstrip(" \u3000\xa0").startswith(_FORMULA_START) else text


# --- tables -------------------------------------------------------------------------------------


def _assessed(frame: pd.DataFrame) -> pd.DataFrame:
    if "status" in frame.columns:
        return frame
    from zqmetrics.assessment import assess

    return assess(frame)


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    columns = list(frame.columns)
    return [dict(zip(columns, values, strict=False)) for values in frame.itertuples(index=False, name=None)]


def _task_fields(row: dict[str, Any]) -> dict[str, Any]:
    units = row.get("units")
    return {
        "seq": _text(row.get("seq")),
        "task": _text(row.get("task")),
        "status": _text(row.get("status")) or "unclear",
        "severity": _text(row.get("severity")),
        "completion": _num(row.get("completion")),
        "expected": _num(row.get("expected")),
        "gap_points": None if (g := _num(row.get("gap"))) is None else round(g * 100, 6),
        "required_pace": _num(row.get("required_pace")),
        "n_targets": len(t) if isinstance(t := row.get("targets"), (list, tuple)) else 0,
        "lead_unit": _lead(units),
        "units": "、".join(_text(u) for u in units) if isinstance(units, (list, tuple))
        else _text(units),
        "progress": _text(row.get("progress")),
        "contact": _text(row.get("contact")),
        "reasons": _text(row.get("reasons")),
        "source": _text(row.get("source")),
        "_reasons": [_text(r) for r in reasons] if isinstance(
            reasons := row.get("reasons"), (list, tuple)) else [_text(reasons)],
    }


def _rank(fields: dict[str, Any]) -> tuple[int, int, float]:
    """Sort key, worst first: lagging before not_started, then severity, then the larger gap."""
    gap = fields["gap_points"]
    return (AT_RISK.index(fields["status"]), _SEVERITY_RANK.get(fields["severity"], 3),
            -(gap if gap is not None and math.isfinite(gap) else 0.0))


def _table(records: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame([[r[c] for c in columns] for r in records], columns=list(columns),
                        dtype=object)


def _at_risk_records(assessed: pd.DataFrame) -> list[dict[str, Any]]:
    found = [(i, f) for i, f in enumerate(map(_task_fields, _rows(_assessed(assessed))))
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
    return _table(_at_risk_records(assessed), AT_RISK_COLUMNS)


def tasks_table(assessed: pd.DataFrame) -> pd.DataFrame:
    """Every task, one row each, in report order."""
    return _table([_task_fields(r) for r in _rows(_assessed(assessed))], TASK_COLUMNS)


def targets_table(assessed: pd.DataFrame) -> pd.DataFrame:
    """One row per numeric target: the target, the best figure that measured it, the judgement."""
    records = []
    for row in _rows(_assessed(assessed)):
        base = {"seq": _text(row.get("seq")), "lead_unit": _lead(row.get("units")),
                "source": _text(row.get("source"))}
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
                "completion": _num(a.completion) if a is not None else None,
                "expected": _num(a.expected) if a is not None else None,
                "status": a.status if a is not None else "unclear",
                "reason": a.reason if a is not None else "not assessed",
                "quote": target.quote,
            })
    return _table(records, TARGET_COLUMNS)


def _tables(assessed: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    frame = _assessed(assessed)
    return [("at_risk", at_risk_table(frame)), ("tasks", tasks_table(frame)),
            ("targets", targets_table(frame))]


_BUILDERS = {"at_risk": at_risk_table, "tasks": tasks_table, "targets": targets_table}


# --- writers ------------------------------------------------------------------------------------


def write(assessed: pd.DataFrame, path: str | os.PathLike[str], *, table: str = "at_risk") -> Path:
    """Save the tables to ``path`` by its suffix and return the path.

    .xlsx holds all three tables, one sheet each; .csv (UTF-8 with BOM, for Excel), .md and .html
    hold one, ``table`` (``at_risk``, ``tasks`` or ``targets``). The file is written to a
    temporary name first, so a failure never leaves half a file behind.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot write {suffix or 'a file without suffix'}: "
                         f"use one of {', '.join(FORMATS)}")
    if table not in _BUILDERS:
        raise ValueError(f"unknown table {table!r}: use one of {', '.join(_BUILDERS)}")
    frame = _assessed(assessed)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        if suffix == ".xlsx":
            _write_xlsx(frame, tmp)
        else:
            data = _BUILDERS[table](frame)
            title = f"{SHEETS[table]} · {_title(frame)}".rstrip(" ·")
            if suffix == ".csv":
                _write_csv(data, tmp)
            else:
                render = _markdown if suffix == ".md" else _html
                tmp.write_text(render(data, title), encoding="utf-8", errors="replace")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _title(frame: pd.DataFrame) -> str:
    titles = frame["title"].dropna().unique().tolist() if "title" in frame.columns else []
    if len(titles) == 1 and isinstance(titles[0], str):
        return titles[0]
    title = frame.attrs.get("title")
    return title if isinstance(title, str) and len(titles) <= 1 else ""


def _cell(column: str, value: Any) -> Any:
    """A value for a spreadsheet cell: a number, None, or inert text."""
    if column in PERCENT or column in _NUMBER_FORMATS or column.endswith(("_value", "_max")):
        number = _num(value)
        if number is not None and math.isfinite(number):
            return number
        if number is None:
            return None
    return csv_safe(_text(value))


def _write_csv(data: pd.DataFrame, path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="", errors="replace") as handle:
        out = csv.writer(handle)
        out.writerow([LABELS.get(c, c) for c in data.columns])
        for row in data.itertuples(index=False, name=None):
            out.writerow(["" if v is None else v
                          for v in (_cell(c, v) for c, v in zip(data.columns, row, strict=False))])


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _write_xlsx(frame: pd.DataFrame, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    header_align = Alignment(wrap_text=True, vertical="center")
    wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    fills = {s: PatternFill("solid", fgColor=c) for s, c in STATUS_COLOURS.items()}
    white = Font(color="FFFFFF")

    book = Workbook()
    book.remove(book.active)
    book.properties.title = _ILLEGAL.sub("", _title(frame))[:255] or None
    for key, data in _tables(frame):
        sheet = book.create_sheet(SHEETS[key])
        columns = list(data.columns)
        labels = [LABELS.get(c, c) for c in columns]
        sheet.append(labels)
        for cell in sheet[1]:
            cell.font, cell.fill, cell.alignment = header_font, header_fill, header_align
        widths = [min(_display_width(label), _HEADER_CAP) for label in labels]
        for values in data.itertuples(index=False, name=None):
            cells = [_cell(c, v) for c, v in zip(columns, values, strict=False)]
            cells = [v[:_XLSX_MAX_CELL] if isinstance(v, str) else v for v in cells]
            sheet.append(cells)
            for j, (column, value, cell) in enumerate(zip(columns, cells, sheet[sheet.max_row], strict=False)):
                if isinstance(value, str):
                    width = max(map(_display_width, value.splitlines()), default=0)
                else:
                    width = 0 if value is None else len(f"{value:,.1f}") + 2
                widths[j] = max(widths[j], min(width, _WIDTH_CAP))
                long = isinstance(value, str) and (width > _WIDTH_CAP or "\n" in value)
                cell.alignment = wrap if long else top
                if column in PERCENT:
                    cell.number_format = "0.0%"
                elif column in _NUMBER_FORMATS:
                    cell.number_format = _NUMBER_FORMATS[column]
                if column == "status" and value in fills:
                    cell.fill = fills[value]
                    if value in _WHITE_TEXT:
                        cell.font = white
        for j, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(j)].width = max(width, _WIDTH_MIN) + 2
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(data) + 1}"
    book.save(path)


def _shown(column: str, value: Any) -> str:
    """A value as text for Markdown, HTML and the terminal."""
    if column in PERCENT:
        number = _num(value)
        return "" if number is None else f"{number * 100:.1f}%"
    if column == "gap_points":
        number = _num(value)
        return "" if number is None else f"{number:.1f}"
    if column == "required_pace":
        number = _num(value)
        return "" if number is None else f"{number:.1f}x"
    if isinstance(value, float):
        return "" if math.isnan(value) else format(Decimal(repr(value)).normalize(), "f") \
            if math.isfinite(value) else str(value)
    return _ILLEGAL.sub("", _text(value))


def _md_cell(text: str) -> str:
    text = html.escape(text.replace("\\", "\\\\"), quote=False).replace("|", "\\|")
    return _LINE_BREAKS.sub("<br>", text).replace("\t", " ")


def _markdown(data: pd.DataFrame, title: str) -> str:
    columns = list(data.columns)
    lines = [f"# {_md_cell(title)}", ""] if title else []
    lines.append("| " + " | ".join(_md_cell(LABELS.get(c, c)) for c in columns) + " |")
    lines.append("|" + "|".join(" --- " for _ in columns) + "|")
    for values in data.itertuples(index=False, name=None):
        lines.append("| " + " | ".join(_md_cell(_shown(c, v)) for c, v in zip(columns, values, strict=False))
                     + " |")
    return "\n".join(lines) + "\n"


_CSS = """body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:1.5em}
table{border-collapse:collapse;font-size:14px}th,td{border:1px solid #bbb;padding:4px 6px;
vertical-align:top;text-align:left}th{background:#DDEBF7;position:sticky;top:0}
td.num{text-align:right;white-space:nowrap}"""


def _html(data: pd.DataFrame, title: str) -> str:
    columns = list(data.columns)
    css = _CSS + "".join(
        f"\ntd.status-{s}{{background:#{c}{';color:#fff' if s in _WHITE_TEXT else ''}}}"
        for s, c in STATUS_COLOURS.items())
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{html.escape(title)}</title><style>{css}</style></head><body>",
           f"<h1>{html.escape(title)}</h1>", f"<p>{len(data)} rows</p>",
           "<table><thead><tr>"
           + "".join(f"<th>{html.escape(LABELS.get(c, c))}</th>" for c in columns)
           + "</tr></thead><tbody>"]
    numeric = PERCENT | set(_NUMBER_FORMATS)
    for values in data.itertuples(index=False, name=None):
        cells = []
        for column, value in zip(columns, values, strict=False):
            text = _LINE_BREAKS.sub("<br>", html.escape(_shown(column, value)))
            klass = ("num" if column in numeric else
                     f"status-{html.escape(str(value))}" if column == "status" else "")
            cells.append(f'<td class="{klass}">{text}</td>' if klass else f"<td>{text}</td>")
        status = html.escape(_text(dict(zip(columns, values, strict=False)).get("status")))
        out.append(f'<tr class="row-{status}">' + "".join(cells) + "</tr>")
    out.append("</tbody></table></body></html>")
    return "\n".join(out) + "\n"


# --- terminal -----------------------------------------------------------------------------------

_TERMINAL = (("lead_unit", "牵头单位", 16), ("seq", "序号", 4), ("status", "status", 11),
             ("severity", "severity", 8), ("completion", "done", 6), ("expected", "expect", 6),
             ("gap_points", "gap", 5))


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns (an ellipsis marks a cut) and padded."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    if _display_width(text) > width:
        out, used = [], 0
        for ch in text:
            w = _display_width(ch)
            if used + w > width - 1:
                break
            out.append(ch)
            used += w
        text = "".join(out) + "…"
    return text + " " * max(0, width - _display_width(text))


def _summary(frame: pd.DataFrame) -> list[str]:
    lines = []
    sources = frame["source"].fillna("").astype(str) if "source" in frame.columns else None
    keys = list(dict.fromkeys(sources)) if sources is not None else [""]
    for key in keys:
        part = frame[sources == key] if sources is not None else frame
        counts = part["status"].value_counts()
        parts = ", ".join(f"{int(counts[s])} {s.replace('_', ' ')}"
                          for s in ("lagging", "not_started", "unclear", "on_track", "done",
                                    "no_numeric_target") if s in counts)
        title = _title(part)
        period = part["period"].dropna().astype(str).unique() if "period" in part.columns else []
        head = " · ".join(x for x in (key, period[0] if len(period) == 1 else "", title) if x)
        lines += [head] if head else []
        lines.append(f"{len(part)} tasks: {parts}")
    return lines


def to_terminal(assessed: pd.DataFrame, width: int | None = None, *, reasons: bool = True) -> str:
    """The at-risk tasks as a compact text table, with a summary line per report.

    Each task takes one line (the lead unit shown once per group); with ``reasons`` its evidence
    follows, indented. Lines are cut to ``width`` (the terminal's width by default).
    """
    frame = _assessed(assessed)
    width = width or shutil.get_terminal_size((120, 24)).columns
    lines = [_fit(line, width).rstrip() for line in _summary(frame)]
    table = _at_risk_records(frame)
    if not table:
        return "\n".join([*lines, "No task is lagging or not started."]) + "\n"
    fixed = sum(w + 2 for _, _, w in _TERMINAL)
    task_width = max(10, width - fixed)
    lines.append("")
    lines.append("".join(_fit(h, w) + "  " for _, h, w in _TERMINAL) + "task")
    several = len({row["source"] for row in table}) > 1
    group: tuple[str, str] | None = None
    for row in table:
        key = (row["source"], row["lead_unit"])
        cells = [_fit("" if key == group and c == "lead_unit" else _shown(c, row[c]), w)
                 for c, _, w in _TERMINAL]
        if several and (group is None or group[0] != key[0]):
            lines.append(_fit(f"[{key[0]}]", width).rstrip())
        group = key
        lines.append(("  ".join(cells) + "  " + _fit(_shown("task", row["task"]), task_width))
                     .rstrip())
        if reasons:
            for reason in filter(None, row["_reasons"]):
                lines.append(_fit("      ↳ " + reason, width).rstrip())
    return "\n".join(lines) + "\n"
