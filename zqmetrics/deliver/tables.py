"""The programs' side of delivery: values read from an assessed frame, report text made inert for a
spreadsheet, and one row per target as a frame (``df.zq.targets``).

People read the supervisor's list (:mod:`zqmetrics.deliver.sections` and the writers built on it);
programs read codes and numbers, so :func:`targets_table` keeps status codes, fractions and raw
magnitudes. ``csv_safe`` is the one rule for text a spreadsheet could run as a formula: every CSV
and Excel writer (``zqmetrics extract --format csv``, the workbook, the flat list) uses it.
"""

from __future__ import annotations

import math
import os
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from zqmetrics.judge.assessment import assess
from zqmetrics.text.lazy import lazy_re

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["TARGET_COLUMNS", "as_number", "as_text", "csv_safe", "display_title", "display_width",
           "is_missing", "replacing", "targets_table"]

TARGET_COLUMNS = ("seq", "lead_unit", "metric", "target_value", "target_value_max",
                  "target_unit", "comparator", "kind", "actual_value", "actual_unit",
                  "actual_period", "completion", "expected", "status", "reason", "quote", "source")

# Characters XML 1.0 (and so xlsx) cannot hold, and that no table needs: C0 controls but tab,
# newline, carriage return. The same set openpyxl rejects (ILLEGAL_CHARACTERS_RE).
ILLEGAL_CHARS = lazy_re(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX_MAX_CELL = 32767


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


# A supervision contact cell holds one or more "office phone" pairs, run together:
# 区发展改革局投资和重点项目科 51806563区重点工程服务中心82746558
_CONTACT = regex.compile(
    r"""
    (?P<office>[^\d、，,；;/]+?) [\s:：]*              # the office, up to its number
    (?P<phone>(?:[(（]?0\d{2,3}[)）-]?)?\d{7,8}(?:[-转]\d{1,5})? | 1[3-9]\d{9})   # 0531-51806563, 13812345678
    """,
    regex.VERBOSE,
)


def split_contact(cell: Any) -> tuple[str, str]:
    """(offices, phones) of a 监督科室/电话 cell, one pair per line; the cell as office when it
    holds no phone number."""
    text = cell if isinstance(cell, str) else ""
    pairs = [(m["office"].strip(), m["phone"]) for m in _CONTACT.finditer(text)]
    if not pairs:
        return text.strip(), ""
    return "\n".join(o for o, _ in pairs), "\n".join(p for _, p in pairs)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal or a spreadsheet: a Chinese character counts 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# --- the per-target frame -------------------------------------------------------------------------


def ensure_assessed(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` when ``assess`` made it, else a new frame assessed with the report's own period."""
    if "status" in frame.columns and "assessments" in frame.columns:
        return frame
    return assess(frame)


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    columns = list(frame.columns)
    return [dict(zip(columns, values, strict=False)) for values in frame.itertuples(index=False, name=None)]


def _table(records: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd  # lazy: pandas is heavy; loaded on first use

    return pd.DataFrame([[r[c] for c in columns] for r in records], columns=list(columns),
                        dtype=object)


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


@contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary name beside ``path`` to write to, moved onto ``path`` only when the block
    succeeds: a failed write never leaves half a file where the last good one was."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


# A heading is one line and no longer than this; a report's "title" read from a page copied
# without one is often its opening sentence or the page's metadata block.
_TITLE_MAX = 60


def display_title(title: str) -> str:
    """The report's title as the outputs' headings show it: its first line, or nothing when that
    is a sentence (it holds 。, or runs past a heading's length) rather than a title. The frame
    keeps the title as read (``df.attrs["title"]``)."""
    first = title.strip().split("\n", 1)[0].strip()
    return "" if "。" in first or len(first) > _TITLE_MAX else first
