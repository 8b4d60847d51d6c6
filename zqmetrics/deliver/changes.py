"""What changed since the previous report, as the deliverables show it.

The history (``zqmetrics.history``, a later stage) computes the changes; it hands them to the
deliverables as plain columns of the assessed frame (``zqmetrics.history.cli.HISTORY_COLUMNS``),
read here and nowhere else:

- ``previous_period``: the period of the report compared with; None (or no column) when there is
  no history, and then no output shows a history column;
- ``previous_seq``, ``previous_status``: the task in that report (codes);
- ``changes``: change codes; ``lagging_reports``: reports in a row behind;
- ``forecast_ranges``: ``{target_index, metric, low, high}`` per target (fractions);
- ``promises_checked``: ``{due_label, action, status}`` per promise of the previous report.

Only labels are made here (from ``labels.tsv`` and ``templates.tsv``, in the output language);
nothing is judged again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from zqmetrics.deliver.labels import fill, label, period_text, status_label
from zqmetrics.deliver.tables import as_text, is_missing

# Change codes shown in the 较上期变化 column and the page's filter, in this order. ``dropped_task``
# has no row in the current report, so no line shows it.
CODES: tuple[str, ...] = ("newly_lagging", "still_lagging", "recovered", "unchanged_text",
                          "figure_decreased", "new_task")
# A filter and a count for tasks behind in this many reports in a row or more.
LONG_LAGGING = 3
PROMISE_CODES: tuple[str, ...] = ("kept", "not_kept", "not_mentioned", "not_due")


@dataclass(frozen=True, slots=True)
class Forecast:
    target_index: int | None
    metric: str
    low: float   # year-end completion, fraction of the target
    high: float


@dataclass(frozen=True, slots=True)
class Promise:
    due_label: str   # 7月底前, as written
    action: str      # 完成土地性质调整, as written
    status: str      # kept | not_kept | not_mentioned | not_due


@dataclass(frozen=True, slots=True)
class Change:
    """One task against the previous report (see the module docstring for the columns)."""

    previous_period: str
    previous_seq: str
    previous_status: str   # a status code, or "" for a task the previous report did not have
    codes: tuple[str, ...]
    lagging_reports: int
    forecasts: tuple[Forecast, ...]
    promises: tuple[Promise, ...]

    @property
    def filters(self) -> tuple[str, ...]:
        """The codes a page filters by: the changes, and ``long_lagging`` for 3+ reports."""
        extra = ("long_lagging",) if self.lagging_reports >= LONG_LAGGING else ()
        return (*[c for c in CODES if c in self.codes], *extra)


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else []


def _int(value: Any) -> int | None:
    return None if is_missing(value) else int(value)


def read_change(record: dict[str, Any]) -> Change | None:
    """The change of one row of the assessed frame; None without a history."""
    period = record.get("previous_period")
    if period is None or is_missing(period):
        return None
    forecasts = tuple(Forecast(_int(f.get("target_index")), as_text(f.get("metric")),
                               float(f["low"]), float(f["high"]))
                      for f in _list(record.get("forecast_ranges")) if isinstance(f, dict))
    promises = tuple(Promise(as_text(p.get("due_label")), as_text(p.get("action")),
                             as_text(p.get("status")))
                     for p in _list(record.get("promises_checked")) if isinstance(p, dict))
    return Change(as_text(period), as_text(record.get("previous_seq")),
                  as_text(record.get("previous_status")),
                  tuple(as_text(c) for c in _list(record.get("changes"))),
                  _int(record.get("lagging_reports")) or 0, forecasts, promises)


def code_label(code: str, lang: str, n: int | None = None) -> str:
    """连续滞后3期 …; with ``n`` None, the filter's label (连续滞后)."""
    if code == "still_lagging" and n is not None:
        return fill("change.still_lagging", lang, n=n)
    return label(f"change.{code}", lang, default=code)


def change_text(change: Change | None, lang: str) -> str:
    """The 较上期变化 cell: 新增滞后、进展未更新 …"""
    if change is None:
        return ""
    return fill("join.list", lang).join(
        code_label(c, lang, change.lagging_reports) for c in CODES if c in change.codes)


def previous_status_text(change: Change | None, lang: str) -> str:
    """The 上期状态 cell; 上期无此任务 for a task the previous report did not have."""
    if change is None:
        return ""
    if not change.previous_status:
        return label("word.no_previous", lang)
    return status_label(change.previous_status, None, lang)


def _range(f: Forecast) -> str:
    # Whole percents: a year-end estimate is no more precise than that.
    low, high = f"{round(f.low * 100)}%", f"{round(f.high * 100)}%"
    return low if low == high else f"{low}–{high}"


def _forecasts(change: Change | None, target_index: int | None) -> list[Forecast]:
    if change is None:
        return []
    return [f for f in change.forecasts if target_index is None or f.target_index == target_index]


def forecast_text(change: Change | None, lang: str, target_index: int | None = None) -> str:
    """The 年底预计 cell: the range of one target, or ``metric：range`` for each of a task's."""
    found = _forecasts(change, target_index)
    if target_index is not None or len(found) == 1:
        return fill("join.list", lang).join(_range(f) for f in found)
    return "\n".join(fill("forecast_cell", lang, metric=f.metric, range=_range(f)) for f in found)


def promise_text(change: Change | None, lang: str) -> str:
    """The 承诺兑现 cell: each promise of the previous report with its check, one a line."""
    if change is None:
        return ""
    return "\n".join(fill("promise_cell", lang, due=p.due_label, action=p.action,
                          status=label(f"promise.{p.status}", lang, default=p.status))
                     for p in change.promises)


def notes(change: Change | None, lang: str, target_index: int | None = None) -> list[str]:
    """The change and forecast in words, for outputs without columns of their own (the terminal,
    Markdown, a 督办单's lines): 连续滞后3期, 投资：按目前进度，年底预计完成76%–77%."""
    if change is None:
        return []
    words = [code_label(c, lang, change.lagging_reports) for c in CODES if c in change.codes]
    return words + [fill("forecast_note", lang, metric=f.metric, range=_range(f))
                    for f in _forecasts(change, target_index)]


def change_counts(changes: Sequence[Change | None]) -> dict[str, int]:
    """Tasks per change code, ``long_lagging`` (3+ reports behind) and promises per check."""
    counts = {code: sum(1 for c in changes if c is not None and code in c.codes)
              for code in CODES}
    counts["long_lagging"] = sum(1 for c in changes if c is not None and
                                 c.lagging_reports >= LONG_LAGGING)
    promises = [p for c in changes if c is not None for p in c.promises]
    counts["promises"] = len(promises)
    counts.update({code: sum(p.status == code for p in promises) for code in PROMISE_CODES})
    return counts


def summary(changes: Sequence[Change | None], lang: str) -> list[str]:
    """与上期相比 in words: the counts of change, then the promises; nothing without a history."""
    present = [c for c in changes if c is not None]
    if not present:
        return []
    counts = change_counts(present)
    period = period_text(present[0].previous_period, lang)
    previous = (fill("previous_named", lang, period=period) if period
                else label("word.previous_report", lang))
    out = [fill("changes_summary", lang, previous=previous, **counts)]
    if counts["promises"]:
        out.append(fill("promises_summary", lang, **counts))
    return out
