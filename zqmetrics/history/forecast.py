"""Where each target will end the year at its present pace, as a range with its reason.

From a target's year-to-date completions through the year (one point per report), up to three
estimates of the completion in December:

- ``pace``: the pace since January carried on, ``c × 12 / m`` (linear);
- ``trend``: the pace between the last two reports carried on (needs two reports);
- ``seasonal``: for a metric with a seasonal profile in ``data/pace.tsv`` (造林, 植树), the last
  completion divided by the share of the year's work the profile expects by then.

The range runs from the lowest estimate to the highest; the reason says it in Chinese
(``按目前进度，年底预计完成78%–85%``). Only year-to-date figures of amounts and absolute changes
are forecast: a level (a rate reached) or a quarter-only figure says nothing of December.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from zqmetrics.history.common import period_month
from zqmetrics.history.match import match_tasks
from zqmetrics.judge import pace

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


@dataclass(frozen=True, slots=True)
class Forecast:
    low: float                     # lowest year-end completion estimate, fraction of the target
    high: float
    methods: tuple[str, ...]       # pace | trend | seasonal: the estimates the range spans
    reason: str                    # 按目前进度，年底预计完成78%–85%


def seasonal_share(metric: str, month: int) -> float | None:
    """The profile's share of the year expected by the end of ``month``, if the metric has one:
    judgement's own reading of ``data/pace.tsv`` (one reader, so the two never disagree)."""
    share = pace.seasonal_share(month, metric)
    return None if share is None else float(share)


def _percent(x: float) -> str:
    return f"{round(x * 100)}%"


def year_end(points: list[tuple[int, float]], metric: str = "") -> Forecast | None:
    """Forecast from ``(month, completion)`` points of one year, oldest first; None without any."""
    # One point a month: a later report repeating a month's figure adds nothing to the trend.
    points = sorted({m: c for m, c in points if 1 <= m <= 12 and c == c}.items())
    if not points:
        return None
    month, last = points[-1]
    estimates = {"pace": last * 12 / month}
    if len(points) >= 2 and points[-2][0] < month:
        m0, c0 = points[-2]
        estimates["trend"] = last + (last - c0) / (month - m0) * (12 - month)
    share = seasonal_share(metric, month)
    if share:
        estimates["seasonal"] = last / share
    low, high = min(estimates.values()), max(estimates.values())
    span = _percent(low) if _percent(low) == _percent(high) else f"{_percent(low)}–{_percent(high)}"
    return Forecast(low, high, tuple(estimates), f"按目前进度，年底预计完成{span}")


def forecast(snapshots: list[dict[str, pd.DataFrame]]) -> pd.DataFrame:
    """Year-end forecasts for every target of the last snapshot, from all the snapshots given.

    The snapshots are reports of one plan, oldest first. Tasks are followed back through
    ``match_tasks``; a target is the same target in an older report when it has the same index
    and unit there. Columns: row, seq, target_index, metric, points, low, high, methods, reason.
    """
    import pandas as pd


    columns = ["row", "seq", "target_index", "metric", "points", "low", "high", "methods",
               "reason"]
    if not snapshots:
        return pd.DataFrame(columns=columns)
    # chains[k][row of the last snapshot] = row in snapshot k (or absent)
    last = snapshots[-1]
    chains: list[dict[int, int]] = [{} for _ in snapshots]
    chains[-1] = {int(r): int(r) for r in last["tasks"]["row"]}
    for k in range(len(snapshots) - 1, 0, -1):
        m = match_tasks(snapshots[k - 1]["tasks"], snapshots[k]["tasks"]).dropna()
        back = dict(zip(m["row"].astype(int), m["previous_row"].astype(int), strict=True))
        chains[k - 1] = {r: back[c] for r, c in chains[k].items() if c in back}
    out = []
    for t in last["targets"].to_dict("records"):
        if t["kind"] == "level":
            continue
        points: list[tuple[int, float]] = []
        for k, snap in enumerate(snapshots):
            row = chains[k].get(int(t["row"]))
            if row is None:
                continue
            point = _point(snap, row, int(t["target_index"]), t["unit"])
            if point is not None:
                points.append(point)
        fc = year_end(points, t["metric"])
        if fc is not None:
            seq = last["tasks"]["seq"].iloc[int(t["row"])]
            out.append((int(t["row"]), seq, int(t["target_index"]), t["metric"], points, fc.low,
                        fc.high, list(fc.methods), fc.reason))
    return pd.DataFrame(out, columns=columns)


def _point(snap: dict[str, Any], row: int, index: int, unit: str) -> tuple[int, float] | None:

    targets = snap["targets"]
    same = targets[(targets["row"] == row) & (targets["target_index"] == index)]
    if same.empty or same["unit"].iloc[0] != unit:
        return None
    judged = snap["assessments"]
    a = judged[(judged["row"] == row) & (judged["target_index"] == index)]
    import pandas as pd

    if a.empty or a["basis"].iloc[0] != "ytd" or pd.isna(a["completion"].iloc[0]):
        return None
    month = a["actual_month"].iloc[0]
    if pd.isna(month):
        month = period_month(snap["report"]["period"].iloc[0])
    return (int(month), float(a["completion"].iloc[0])) if month else None
