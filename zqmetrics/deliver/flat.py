"""The supervisor's list as flat text: CSV (UTF-8 with BOM, for Excel), Markdown and the terminal.

Same content as the workbook's list sheet, in the output language; completion and time elapsed
as percentages, never fractions. Text that a spreadsheet could run as a formula gets a leading
``'``; Markdown escapes ``|``, ``\\`` and HTML; the terminal gets no control characters.
"""

from __future__ import annotations

import csv
import os
import shutil
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zqmetrics.deliver.labels import joined, label, percent
from zqmetrics.deliver.sections import SECTIONS, SupervisionList, item_status, summary_sentences
from zqmetrics.deliver.tables import csv_safe, display_width, replacing

if TYPE_CHECKING:  # pragma: no cover
    from zqmetrics.deliver.changes import Change

_TEXT_COLUMNS = ("section", "lead_unit", "seq", "task", "metric", "status", "completion",
                 "expected", "gap", "reason", "progress", "plan", "units", "office", "phone",
                 "section_code", "status_code")


# The history's module (deliver/changes.py) and the file outputs' rows load only for a row
# compared with an earlier report (--db) or for a file: a cold at-risk on the terminal does without
# them (issue 15). Each test below is the one the function it stands before makes first.
def history_summary(sl: SupervisionList) -> list[str]:
    """与上期相比 in words (deliver.changes.summary); nothing without a history."""
    changes = [t.change for t in sl.tasks]
    if all(c is None for c in changes):
        return []
    from zqmetrics.deliver.changes import summary

    return summary(changes, sl.meta.lang)


def history_notes(change: Change | None, lang: str, target_index: int | None = None) -> list[str]:
    """A task's change and forecast in words (deliver.changes.notes); nothing without one."""
    if change is None:
        return []
    from zqmetrics.deliver.changes import notes

    return notes(change, lang, target_index)


def _shown(column: str, value: Any) -> str:
    from zqmetrics.deliver.rows import PERCENT_COLUMNS  # lazy: see history_summary

    if value is None:
        return ""
    if column in PERCENT_COLUMNS:
        return percent(value)
    if column == "gap":
        return f"{value:.1f}"
    return str(value)


def write_csv(sl: SupervisionList, path: str | os.PathLike[str]) -> Path:
    from zqmetrics.deliver.rows import at_risk_rows  # lazy: see history_summary

    path = Path(path)
    columns, rows = at_risk_rows(sl)
    with replacing(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="",
                                      errors="replace") as handle:
        out = csv.writer(handle)
        out.writerow([label(f"col.{c}", sl.meta.lang) for c in columns])
        for row in rows:
            out.writerow([csv_safe(_shown(c, row.get(c))) for c in columns])
    return path


def _md(text: str) -> str:
    import html  # lazy: html loads its entity table; only the markdown output needs it

    text = html.escape(text.replace("\\", "\\\\"), quote=False).replace("|", "\\|")
    return text.replace("\r\n", "<br>").replace("\n", "<br>").replace("\t", " ")


def render_markdown(sl: SupervisionList) -> str:
    lang = sl.meta.lang
    columns: tuple[str, ...] = ("lead_unit", "seq", "metric", "status", "completion", "expected",
                                "reason", "office", "phone")
    if sl.has_history:
        columns = (*columns[:4], "change", *columns[4:6], "forecast", *columns[6:])
    from zqmetrics.deliver.rows import at_risk_rows  # lazy: see history_summary

    _, rows = at_risk_rows(sl)
    lines = [f"# {_md(sl.meta.heading(label('word.list_title', lang)))}", ""]
    lines += [_md(s) for s in [*summary_sentences(sl),
                               *history_summary(sl)]] + [""]
    for code in SECTIONS:
        mine = [r for r in rows if r["section_code"] == code]
        lines += [f"## {_md(label(f'section.{code}', lang))}（{len(mine)}）"
                  if lang == "zh" else f"## {_md(label(f'section.{code}', lang))} ({len(mine)})", ""]
        if not mine:
            lines += [label("word.none", lang), ""]
            continue
        lines.append("| " + " | ".join(_md(label(f"col.{c}", lang)) for c in columns) + " |")
        lines.append("|" + "|".join(" --- " for _ in columns) + "|")
        for row in mine:
            lines.append("| " + " | ".join(_md(_shown(c, row.get(c))) for c in columns) + " |")
        lines.append("")
    return "\n".join(lines)


def write_markdown(sl: SupervisionList, path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    with replacing(path) as tmp:
        tmp.write_text(render_markdown(sl), encoding="utf-8", errors="replace")
    return path


def _fit(text: str, width: int) -> str:
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        if used + display_width(ch) > width - 1:
            break
        out.append(ch)
        used += display_width(ch)
    return "".join(out) + "…"


def to_text(sl: SupervisionList, width: int | None = None) -> str:
    """The list for a terminal: the summary, then each section by lead unit, one line per target
    with its reason. Lines are cut to ``width`` (the terminal's by default)."""
    lang = sl.meta.lang
    width = width or shutil.get_terminal_size((120, 24)).columns
    lines = [_fit(sl.meta.heading(label("word.list_title", lang)), width)]
    lines += [_fit(s, width) for s in [*summary_sentences(sl),
                                       *history_summary(sl)]]
    for code in SECTIONS:
        items = sl.section(code)
        lines += ["", f"【{label(f'section.{code}', lang)}】{len(items)}"]
        unit = None
        for item in items:
            if (item.source, item.lead_unit) != unit:
                unit = (item.source, item.lead_unit)
                lines.append(_fit(f"  {item.lead_unit or '—'}", width))
            reason = joined([*history_notes(sl.task(item).change, lang, item.target_index),
                             item.reason], lang)
            lines.append(_fit(f"    #{item.seq} {item_status(item, lang)}  {reason}", width))
    return "\n".join(lines) + "\n"
