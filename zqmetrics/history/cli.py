"""Command-line wiring of the history: ``history add``, ``compare`` and ``at-risk --db``.

    zqmetrics history add REPORT... [--db FILE] [--period P]
    zqmetrics compare PREVIOUS CURRENT [--format jsonl|table] [--period P]
    zqmetrics at-risk REPORT --db FILE       (the at-risk list with what changed since last time)

``register(commands, at_risk)`` adds these to the main parser; the main command calls
``annotate_at_risk`` when ``--db`` is given. This module imports nothing heavy at import.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

from zqmetrics.judge.assessment import assess
from zqmetrics.read.reader import read_report

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

PROG = "zqmetrics"
DEFAULT_DB = "zqmetrics-history.duckdb"


def register(commands: Any, at_risk: argparse.ArgumentParser | None = None) -> None:
    """Add ``history`` and ``compare`` to the subcommands, and ``--db`` to at-risk."""
    history = commands.add_parser(
        "history", help="keep reports in a history store (DuckDB)",
        description="Keep every report in an embedded DuckDB file for month-over-month "
        "comparison. Adding the same report again changes nothing; a corrected report of the "
        "same place, year and period replaces the stored one, which is kept as superseded.")
    actions = history.add_subparsers(dest="history_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="read, assess and store reports",
                             description="Read, assess and store reports, one transaction each.")
    add.add_argument("reports", nargs="+", metavar="REPORT", help="report files")
    add.add_argument("--db", default=DEFAULT_DB, metavar="FILE",
                     help=f"history store (default: ./{DEFAULT_DB})")
    add.add_argument("--period", metavar="PERIOD", help="report period, if the title lacks it")
    add.set_defaults(handler=cmd_history_add)

    compare = commands.add_parser(
        "compare", help="what changed for each task between two reports",
        description="Match the tasks of two reports of one plan and print, for each task of "
        "CURRENT, its status change, whether its progress text is unchanged, figures that "
        "went down and the promises of PREVIOUS checked; dropped tasks come last.")
    compare.add_argument("previous", metavar="PREVIOUS")
    compare.add_argument("current", metavar="CURRENT")
    compare.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    compare.set_defaults(handler=cmd_compare)
    if at_risk is not None:
        at_risk.add_argument("--db", metavar="FILE",
                             help="history store: add 新增滞后, 已好转, 连续滞后N期, 进展未更新 "
                             "and year-end forecasts from the earlier reports stored there")


def cmd_history_add(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from zqmetrics.history.store import add  # lazy: the store loads only for history commands

    failed = 0
    for path in args.reports:
        try:
            ((_path, report_id, outcome),) = add(args.db, [path], period=args.period)
        except Exception as exc:  # one bad file must not stop the others
            if os.environ.get("ZQMETRICS_DEBUG"):
                raise
            print(f"{PROG}: {path}: {exc}", file=err)
            failed += 1
            continue
        print(f"{PROG}: {path}: {outcome} (report {report_id}) in {args.db}", file=err)
    return 1 if failed else 0


def _read(path: str) -> pd.DataFrame:

    return assess(read_report(path))


def cmd_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from zqmetrics.history.changes import compare  # lazy: loads only for the compare command

    try:
        previous, current = _read(args.previous), _read(args.current)
    except Exception as exc:
        if os.environ.get("ZQMETRICS_DEBUG"):
            raise
        print(f"{PROG}: {exc}", file=err)
        return 1
    for frame, path in ((previous, args.previous), (current, args.current)):
        if not frame.attrs.get("period"):
            print(f"{PROG}: {path}: no period in the title; promises are checked as if due",
                  file=err)
    pa, ca = previous.attrs, current.attrs
    if (pa.get("place"), pa.get("year")) != (ca.get("place"), ca.get("year")):
        print(f"{PROG}: the reports are of different plans ({pa.get('place')} {pa.get('year')} "
              f"vs {ca.get('place')} {ca.get('year')}); compared anyway", file=err)
    records = compare(previous, current)
    if args.format == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        out.write(table(records))
    return 0


def table(records: list[dict[str, Any]]) -> str:
    """The records with a change, one line each, in Chinese."""
    lines = ["序号\t上期序号\t匹配\t本期状态\t上期状态\t变化"]
    for r in records:
        if not r["labels"] and not r["promises"]:
            continue
        promised = "；".join(f"{p['due_label']}{p['action']}：{p['label']}" for p in r["promises"])
        lines.append("\t".join([str(r["seq"] or "—"), str(r["previous_seq"] or "—"),
                                "—" if r["match_score"] is None else f"{r['match_score']:.2f}",
                                str(r["status"] or "—"), str(r["previous_status"] or "—"),
                                "、".join(r["labels"]) + (f"（承诺：{promised}）" if promised else "")]))
    return "\n".join(lines) + "\n"


# The columns ``annotate_at_risk`` adds to the assessed frame, the only channel from the history
# to the deliverables (which come earlier in the stage order and never import this package).
# Codes and numbers only: the deliverables label them in the output language.
HISTORY_COLUMNS = {
    "previous_period": "period label of the report compared with (2025Q2; '' when it has none), "
                       "or None when the store holds no earlier report of the plan",
    "previous_seq": "the task's 序号 in that report, or None (a new or unmatched task)",
    "previous_status": "the task's status code in that report, or None",
    "changes": "list of change codes (newly_lagging, recovered, still_lagging, unchanged_text, "
               "figure_decreased, new_task)",
    "lagging_reports": "reports in a row the task has been behind, this one included (0 if not)",
    "change_labels": "the changes as Chinese labels (连续滞后3期), for programs and notebooks",
    "forecast_ranges": "list of {target_index, metric, low, high}: year-end completion range "
                       "of each target, fractions of the target",
    "forecast": "the forecasts as Chinese sentences (metric: 按目前进度，年底预计完成78%–85%)",
    "promises_checked": "list of {due, due_label, action, status, evidence}: the dated promises "
                        "of the previous report's 下一步计划, checked against this report "
                        "(status: kept, not_kept, not_mentioned, not_due)",
}


def annotate_at_risk(assessed: pd.DataFrame, db: str | os.PathLike[str]) -> pd.DataFrame:
    """The assessed frame with what changed since the stored reports of its plan (a new frame).

    Adds the ``HISTORY_COLUMNS``; ``reasons`` are left as they are (the deliverables show the
    history in columns of their own). Reports of the same plan stored with an earlier data month
    are the history; without any, ``previous_period`` is None on every row, the other columns are
    empty, and a note goes to stderr.
    """

    frame = assessed.copy()
    parts = []
    sources = frame["source"] if "source" in frame else [None] * len(frame)
    for source in dict.fromkeys(sources):
        part = frame[frame["source"] == source] if "source" in frame else frame
        part = part.copy()
        part.attrs = dict(assessed.attrs)
        parts.append(_annotate_one(part, db))
    import pandas as pd

    out = pd.concat(parts) if len(parts) > 1 else parts[0]
    out.attrs = dict(assessed.attrs)
    return out


_PROMISE_KEYS = ("due", "due_label", "action", "status", "evidence")


def _annotate_one(part: pd.DataFrame, db: str | os.PathLike[str]) -> pd.DataFrame:
    # lazy: the history modules load only when --db is given (at-risk stays light without it)
    from zqmetrics.history.changes import chain, snapshot
    from zqmetrics.history.forecast import forecast
    from zqmetrics.history.store import earlier_snapshots

    current = snapshot(part)
    history = earlier_snapshots(db, current["report"].iloc[0].to_dict())
    n = len(part)
    empty: dict[str, list[Any]] = {"previous_seq": [None] * n, "previous_status": [None] * n,
                                   "changes": [[] for _ in range(n)],
                                   "change_labels": [[] for _ in range(n)],
                                   "lagging_reports": [0] * n,
                                   "promises_checked": [[] for _ in range(n)]}
    columns = empty
    previous_period = None
    if not history:
        print(f"{PROG}: no earlier report of this plan in {db}; no changes to show",
              file=sys.stderr)
    else:
        period = history[-1]["report"]["period"].iloc[0]
        previous_period = period if isinstance(period, str) else ""  # "": a history, no period
        for rec in chain([*history, current]):
            row = rec["row"]
            if row is None:
                continue
            columns["previous_seq"][row] = rec["previous_seq"]
            columns["previous_status"][row] = rec["previous_status"]
            columns["changes"][row], columns["change_labels"][row] = rec["changes"], rec["labels"]
            columns["lagging_reports"][row] = rec["lagging_reports"]
            columns["promises_checked"][row] = [{k: p.get(k) for k in _PROMISE_KEYS}
                                                for p in rec["promises"]]
    ranges: list[list[dict[str, Any]]] = [[] for _ in range(n)]
    sentences: list[list[str]] = [[] for _ in range(n)]
    for fc in forecast([*history, current]).to_dict("records"):
        ranges[fc["row"]].append({"target_index": int(fc["target_index"]),
                                  "metric": fc["metric"], "low": float(fc["low"]),
                                  "high": float(fc["high"])})
        sentences[fc["row"]].append(f"{fc['metric']}: {fc['reason']}")
    part["previous_period"] = [previous_period] * n
    for name, values in columns.items():
        part[name] = values
    part["forecast_ranges"], part["forecast"] = ranges, sentences
    return part
