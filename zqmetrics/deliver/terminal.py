"""The at-risk tasks as a compact text table for a terminal."""

from __future__ import annotations

import shutil
import unicodedata
from typing import TYPE_CHECKING

from zqmetrics.deliver.tables import (
    at_risk_records,
    display_width,
    ensure_assessed,
    report_title,
    shown,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


_TERMINAL = (("lead_unit", "牵头单位", 16), ("seq", "序号", 4), ("status", "status", 11),
             ("severity", "severity", 8), ("completion", "done", 6), ("expected", "expect", 6),
             ("gap_points", "gap", 5))


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns (an ellipsis marks a cut) and padded."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    if display_width(text) > width:
        out, used = [], 0
        for ch in text:
            w = display_width(ch)
            if used + w > width - 1:
                break
            out.append(ch)
            used += w
        text = "".join(out) + "…"
    return text + " " * max(0, width - display_width(text))


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
        title = report_title(part)
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
    frame = ensure_assessed(assessed)
    width = width or shutil.get_terminal_size((120, 24)).columns
    lines = [_fit(line, width).rstrip() for line in _summary(frame)]
    table = at_risk_records(frame)
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
        cells = [_fit("" if key == group and c == "lead_unit" else shown(c, row[c]), w)
                 for c, _, w in _TERMINAL]
        if several and (group is None or group[0] != key[0]):
            lines.append(_fit(f"[{key[0]}]", width).rstrip())
        group = key
        lines.append(("  ".join(cells) + "  " + _fit(shown("task", row["task"]), task_width))
                     .rstrip())
        if reasons:
            for reason in filter(None, row["_reasons"]):
                lines.append(_fit("      ↳ " + reason, width).rstrip())
    return "\n".join(lines) + "\n"
