"""What changed for each task between two reports of one plan, and for how long it has lagged.

Both reports are taken as *snapshots*: the store's tables (``tasks``, ``targets``,
``assessments``, ``promises``) for one report, so a comparison reads the same whether the reports
come from files (``zqmetrics compare PREV CUR``) or from the store (``at-risk --db``).

Change classes (a task may have several):

- ``newly_lagging``: behind now (lagging or not started), not behind before;
- ``recovered``: behind before, on track or done now;
- ``still_lagging``: behind in both; ``lagging_reports`` counts the reports in a row;
- ``unchanged_text``: the progress text is the same as last time: similarity ≥ ``UNCHANGED_MIN``
  *and* the same figures (the numbers in it, in order). Texts under ``MIN_TEXT`` characters
  (``同上``) are not judged. The threshold is measured in ``tests/test_history_changes.py`` on
  edits of all 108 real progress texts of the sample (see the README);
- ``figure_decreased``: a year-to-date figure of the same target went down (ytd cannot fall within
  a year: a likely data error);
- ``new_task`` / ``dropped_task``: in one report only (``match.py``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from zqmetrics.history.common import BEHIND, FINE, labels
from zqmetrics.history.match import match_tasks
from zqmetrics.history.promises import check_promises
from zqmetrics.history.store import TABLES, report_rows

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

# Measured on edits of the sample's 108 real progress texts (tests/test_history_text.py, README):
# a carried-over text (reformatted, or only its period words moved on) keeps similarity 1.0 after
# the fold below; an added or dropped sentence moves it by far more than MAX_EDITS characters even
# in the longest texts, where the ratio alone stays high (0.97 for 30 characters added to 1,000).
UNCHANGED_MIN = 0.90
MAX_EDITS = 12
# 同上 ("as above") refers to another row; shorter texts are not judged.
MIN_TEXT = 3
# Two targets of matched tasks are the same target when the unit agrees and the metric does.
METRIC_MIN = 0.6

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Dates and period words move on in a copied text (1-6月份 → 1-9月份, 二季度 → 三季度); they are
# folded out before texts and figures are compared, with spaces and punctuation.
_FOLD = re.compile(
    r"(?:20\d\d年)?(?:\d{1,2}\s*[-—–~至到]\s*)?\d{1,2}月(?:份)?(?:\d{1,2}[日号])?(?:底|末|初)?"
    r"|[一二三四]季度|上半年|下半年|前三季度|年初以来"
    r"|[\s,.;:!?，。；：！？、“”‘’\"'()（）《》【】\[\]]")

Snapshot = dict[str, "pd.DataFrame"]


def snapshot(assessed: pd.DataFrame, source: str | None = None) -> Snapshot:
    """An assessed report as the store's tables (without report_id)."""
    import pandas as pd


    rows = report_rows(assessed, source)
    snap = {table: pd.DataFrame(rows[table], columns=[c for c, _t, _m in TABLES[table][1:]])
            for table in ("tasks", "targets", "actuals", "assessments", "promises")}
    snap["report"] = pd.DataFrame([rows["report"]])
    return snap


def text_similarity(a: Any, b: Any) -> float | None:
    """RapidFuzz ratio of two texts, spaces ignored, 0-1; None when either is missing."""
    if not isinstance(a, str) or not isinstance(b, str):
        return None
    from rapidfuzz import fuzz  # lazy: compiled matcher

    return fuzz.ratio("".join(a.split()), "".join(b.split())) / 100.0


def fold(text: str) -> str:
    """The text without dates, period words, spaces and punctuation: what a copy keeps."""
    return _FOLD.sub("", text)


def unchanged(previous: Any, current: Any) -> bool:
    """The progress text was carried over: the same words and figures once dates are folded out.

    Similarity ≥ ``UNCHANGED_MIN`` and at most ``MAX_EDITS`` characters inserted or deleted, on
    the folded texts, and the same numbers in the same order.
    """
    if not isinstance(previous, str) or not isinstance(current, str):
        return False
    a, b = fold(previous), fold(current)
    if len(b) < MIN_TEXT:
        return False
    from rapidfuzz.distance import Indel  # lazy: compiled matcher

    return (Indel.normalized_similarity(a, b) >= UNCHANGED_MIN
            and Indel.distance(a, b) <= MAX_EDITS and _NUMBER.findall(a) == _NUMBER.findall(b))


def _ytd_figures(snap: Snapshot, row: int) -> list[dict[str, Any]]:
    """The row's targets with the year-to-date figure judged against each, if any."""
    import pandas as pd

    targets = snap["targets"][snap["targets"]["row"] == row]
    judged = snap["assessments"][snap["assessments"]["row"] == row].set_index("target_index")
    out = []
    for t in targets.to_dict("records"):
        a = judged.loc[t["target_index"]] if t["target_index"] in judged.index else None
        figure = None
        if (a is not None and a["actual_period"] == "ytd" and a["basis"] == "ytd"
                and not pd.isna(a["actual_value"])):
            figure = float(a["actual_value"])
        out.append({**t, "figure": figure})
    return out


def decreased_figures(prev: Snapshot, prev_row: int, cur: Snapshot,
                      cur_row: int) -> list[str]:
    """Evidence for every target whose year-to-date figure went down between the two reports."""
    from rapidfuzz import fuzz  # lazy: compiled matcher

    before = [t for t in _ytd_figures(prev, prev_row) if t["figure"] is not None]
    found = []
    for t in _ytd_figures(cur, cur_row):
        if t["figure"] is None:
            continue
        same = [b for b in before if b["unit"] == t["unit"]
                and fuzz.ratio(b["metric"], t["metric"]) / 100.0 >= METRIC_MIN]
        if same and same[0]["figure"] > t["figure"]:
            found.append(f"{t['metric']}: 累计 {same[0]['figure']:g} → {t['figure']:g} {t['unit']}")
    return found


def compare(previous: pd.DataFrame | Snapshot, current: pd.DataFrame | Snapshot,
            previous_lagging: dict[int, int] | None = None) -> list[dict[str, Any]]:
    """One record per current task, then one per dropped task (see the module docstring).

    ``previous_lagging`` maps a previous row to its ``lagging_reports`` (from older reports in a
    store); without it a task behind in the previous report counts one report.
    """

    prev = previous if isinstance(previous, dict) else snapshot(previous)
    cur = current if isinstance(current, dict) else snapshot(current)
    names = labels()
    matches = match_tasks(prev["tasks"], cur["tasks"])
    ledger = check_promises(prev, cur, matches)
    prev_tasks = prev["tasks"].to_dict("records")
    cur_tasks = cur["tasks"].to_dict("records")
    out = []
    for m in matches.to_dict("records"):
        row, prow = m["row"], m["previous_row"]
        c = cur_tasks[int(row)] if row is not None and row == row else None
        p = prev_tasks[int(prow)] if prow is not None and prow == prow else None
        changes: list[str] = []
        evidence: list[str] = []
        lagging = 0
        if c is None:
            changes.append("dropped_task")
        elif p is None:
            changes.append("new_task")
        if c is not None:
            behind = c["status"] in BEHIND
            was_behind = p is not None and p["status"] in BEHIND
            if behind:
                before = (previous_lagging or {}).get(int(prow), 1) if was_behind else 0
                lagging = before + 1
                changes.append("still_lagging" if was_behind else "newly_lagging")
            elif was_behind and c["status"] in FINE:
                changes.append("recovered")
        if c is not None and p is not None:
            if unchanged(p["progress"], c["progress"]):
                changes.append("unchanged_text")
            drops = decreased_figures(prev, int(prow), cur, int(row))
            if drops:
                changes.append("figure_decreased")
                evidence += drops
        promises = ledger[ledger["previous_row"] == prow] if p is not None else ledger.iloc[0:0]
        out.append({
            "row": None if c is None else int(row),
            "previous_row": None if p is None else int(prow),
            "seq": None if c is None else c["seq"],
            "previous_seq": None if p is None else p["seq"],
            "match_score": None if m["match_score"] != m["match_score"] else m["match_score"],
            "match": m["match"],
            "task": (c or p or {}).get("task"),
            "status": None if c is None else c["status"],
            "previous_status": None if p is None else p["status"],
            "changes": changes,
            "lagging_reports": lagging,
            "labels": [names[k].format(n=lagging) for k in changes],
            "text_similarity": (None if c is None or p is None
                                else _round(text_similarity(p["progress"], c["progress"]))),
            "evidence": evidence,
            "promises": [{k: v for k, v in r.items() if k in ("due", "due_label", "action",
                                                              "status", "label", "evidence")}
                         for r in promises.to_dict("records")],
        })
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def chain(snapshots: list[Snapshot]) -> list[dict[str, Any]]:
    """``compare`` of the last two snapshots, with ``lagging_reports`` counted over all of them."""
    if len(snapshots) < 2:
        return []
    lagging: dict[int, int] | None = None
    records: list[dict[str, Any]] = []
    for prev, cur in zip(snapshots, snapshots[1:], strict=False):
        records = compare(prev, cur, lagging)
        lagging = {r["row"]: r["lagging_reports"] for r in records if r["row"] is not None}
    return records
