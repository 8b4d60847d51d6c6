"""The history store: every report's rows, targets, actuals, assessments and promises in DuckDB.

One file holds the store (``zqmetrics history add REPORT... --db history.duckdb``). Each report goes
in with one transaction: a crash part-way leaves the file as it was. A report is identified by the
SHA-256 of its content as read (title, period and the cells of every row), so adding the same
report twice changes nothing, whatever the file is called. A report with the same place, plan year
and period as a stored one but other content is a correction: it becomes the current version and
the earlier one stays, marked ``superseded`` (with ``superseded_by`` and ``version``).

DuckDB lets one process write a file and, while it does, no other process open it at all (not even
read-only); several processes may read at once. So writers here hold the file only for the
transaction of one report, and readers open it read-only; both wait and retry while the other has
it (``connect(..., timeout=)``). The tables are described in ``TABLES`` and in the README.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from zqmetrics.history.common import data_month, say
from zqmetrics.history.promises import find_promises
from zqmetrics.judge.assessment import assess
from zqmetrics.read.reader import read_report

if TYPE_CHECKING:  # pragma: no cover
    import duckdb
    import pandas as pd

DEFAULT_DB = "zqmetrics-history.duckdb"

# table -> (column, SQL type, meaning). The README's table section is written from this.
TABLES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "reports": (
        ("report_id", "INTEGER", "key of the report version"),
        ("content_hash", "VARCHAR", "SHA-256 of the content as read; the same content is stored once"),
        ("plan", "VARCHAR", "place and plan year (市中区 2025): reports of one plan are compared"),
        ("place", "VARCHAR", "place read from the title, or null"),
        ("year", "INTEGER", "plan year"),
        ("period", "VARCHAR", "report period label (2025Q2, 2025H1, 2025-05, 2025)"),
        ("data_month", "VARCHAR", "YYYY-MM the report's figures run to"),
        ("title", "VARCHAR", "report title"),
        ("source", "VARCHAR", "file it was read from"),
        ("version", "INTEGER", "1 for the first report of this plan and period, 2 for a correction …"),
        ("superseded", "BOOLEAN", "true once a corrected report of the same plan and period came in"),
        ("superseded_by", "INTEGER", "report_id of the correction, or null"),
        ("n_tasks", "INTEGER", "rows in tasks for this report"),
        ("added_at", "TIMESTAMP", "when it was stored (UTC)"),
    ),
    "tasks": (
        ("report_id", "INTEGER", "reports.report_id"),
        ("row", "INTEGER", "0-based row of the task in the report"),
        ("seq", "VARCHAR", "the row's 序号"),
        ("task", "VARCHAR", "重点任务 cell"),
        ("progress", "VARCHAR", "任务目标完成情况 cell"),
        ("plan_text", "VARCHAR", "下一步计划 cell"),
        ("units", "VARCHAR", "responsible units joined by 、, lead first"),
        ("lead_unit", "VARCHAR", "the lead responsible unit"),
        ("contact", "VARCHAR", "监督科室 / 监督电话"),
        ("status", "VARCHAR", "done | on_track | lagging | not_started | no_numeric_target | unclear"),
        ("completion", "DOUBLE", "worst target's best year-to-date completion, fraction"),
        ("expected", "DOUBLE", "pace expected at the report's period, fraction"),
        ("gap", "DOUBLE", "share behind the pace"),
        ("severity", "VARCHAR", "mild | moderate | severe for lagging tasks"),
        ("reasons", "VARCHAR", "the reasons, joined by '; '"),
    ),
    "targets": (
        ("report_id", "INTEGER", "reports.report_id"),
        ("row", "INTEGER", "tasks.row"),
        ("target_index", "INTEGER", "index of the target within the task"),
        ("metric", "VARCHAR", "what is counted (土地收储)"),
        ("value", "DOUBLE", "target value, magnitudes folded in"),
        ("value_max", "DOUBLE", "upper end of a range, or null"),
        ("unit", "VARCHAR", "unit or counter as written (亩, 元, %)"),
        ("comparator", "VARCHAR", "exact | at_least | at_most | about | range"),
        ("kind", "VARCHAR", "amount | level | change"),
        ("quote", "VARCHAR", "the clause it came from"),
    ),
    "actuals": (
        ("report_id", "INTEGER", "reports.report_id"),
        ("row", "INTEGER", "tasks.row"),
        ("actual_index", "INTEGER", "index of the figure within the task"),
        ("target_index", "INTEGER", "target it measures, or null"),
        ("metric", "VARCHAR", "what the figure counts"),
        ("value", "DOUBLE", "the figure"),
        ("unit", "VARCHAR", "unit as written"),
        ("period", "VARCHAR", "quarter | ytd | snapshot | unknown"),
        ("through_month", "INTEGER", "last month the figure covers, or null"),
        ("stated", "BOOLEAN", "a completion ratio the report states itself"),
        ("estimate", "BOOLEAN", "预计 / 初步统计"),
        ("quote", "VARCHAR", "the clause, verbatim from the progress text"),
    ),
    "assessments": (
        ("report_id", "INTEGER", "reports.report_id"),
        ("row", "INTEGER", "tasks.row"),
        ("target_index", "INTEGER", "targets.target_index"),
        ("status", "VARCHAR", "done | on_track | lagging | unclear"),
        ("completion", "DOUBLE", "fraction of the target reached"),
        ("expected", "DOUBLE", "fraction expected by the figure's month"),
        ("basis", "VARCHAR", "ytd | lower_bound | stated | level | none"),
        ("actual_value", "DOUBLE", "the figure used, or null"),
        ("actual_period", "VARCHAR", "its period kind"),
        ("actual_month", "INTEGER", "month it runs to, or null"),
        ("gap", "DOUBLE", "points behind the expected pace"),
        ("severity", "VARCHAR", "mild | moderate | severe, or null"),
        ("reason", "VARCHAR", "the arithmetic, in words"),
    ),
    "promises": (
        ("report_id", "INTEGER", "reports.report_id"),
        ("row", "INTEGER", "tasks.row"),
        ("promise_index", "INTEGER", "index within the plan cell"),
        ("due", "VARCHAR", "YYYY-MM it falls due"),
        ("due_label", "VARCHAR", "the date words (7月底前)"),
        ("action", "VARCHAR", "what is promised"),
        ("quote", "VARCHAR", "the clause, verbatim from the 下一步计划 cell"),
    ),
}


# --- turning an assessed frame into rows (pure; runs in worker processes too) -------------------


def _clean(value: Any) -> Any:
    """None for the missing values pandas uses (NaN, NA), plain Python for numbers."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    if hasattr(value, "item") and not isinstance(value, (list, tuple, str)):
        return value.item()  # numpy scalar
    return value


def _float(value: Any) -> float | None:
    value = _clean(value)
    return None if value is None else float(value)


def _text(value: Any) -> str | None:
    value = _clean(value)
    return None if value is None else str(value)


def _units(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [str(u) for u in value]
    return [] if _clean(value) is None else [str(value)]


def content_hash(assessed: pd.DataFrame) -> str:
    """SHA-256 of what was read: title, place, period and every row's cells, not the file bytes."""
    attrs = assessed.attrs
    cells = [[_text(r.get("seq")), _text(r.get("task")), _text(r.get("progress")),
              _text(r.get("plan")), _units(r.get("units")), _text(r.get("contact"))]
             for r in assessed.to_dict("records")]
    blob = json.dumps([attrs.get("title"), attrs.get("place"), str(attrs.get("period")), cells],
                      ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def report_rows(assessed: pd.DataFrame, source: str | None = None) -> dict[str, Any]:
    """The rows of every table for one assessed report (no report_id yet), as plain tuples."""
    attrs = assessed.attrs
    year = _clean(attrs.get("year"))
    period = _text(attrs.get("period"))
    place = _text(attrs.get("place"))
    if place is None:
        say(f"{source or attrs.get('source')}: no place in the title; the report is keyed by its "
            "title instead, so it is compared only with reports of the same title")
    plan = f"{place or attrs.get('title') or source} {year}"
    out: dict[str, Any] = {
        "report": {"content_hash": content_hash(assessed), "plan": plan, "place": place,
                   "year": year, "period": period, "data_month": data_month(period, year),
                   "title": _text(attrs.get("title")),
                   "source": source or _text(attrs.get("source")), "n_tasks": len(assessed)},
        "tasks": [], "targets": [], "actuals": [], "assessments": [], "promises": [],
    }
    for row, r in enumerate(assessed.to_dict("records")):
        units = _units(r.get("units"))
        reasons = r.get("reasons")
        out["tasks"].append((
            row, _text(r.get("seq")), _text(r.get("task")), _text(r.get("progress")),
            _text(r.get("plan")), "、".join(units), units[0] if units else None,
            _text(r.get("contact")), _text(r.get("status")), _float(r.get("completion")),
            _float(r.get("expected")), _float(r.get("gap")), _text(r.get("severity")),
            "; ".join(reasons) if isinstance(reasons, (list, tuple)) else _text(reasons)))
        targets = r.get("targets") if isinstance(r.get("targets"), (list, tuple)) else []
        actuals = r.get("actuals") if isinstance(r.get("actuals"), (list, tuple)) else []
        for i, t in enumerate(targets):
            out["targets"].append((row, i, t.metric, t.value, t.value_max, t.unit, t.comparator,
                                   t.kind, t.quote))
        for i, a in enumerate(actuals):
            out["actuals"].append((row, i, a.target_index, a.metric, a.value, a.unit, a.period,
                                   a.through_month, a.stated, a.estimate, a.quote))
        assessments = r.get("assessments")
        for ta in assessments if isinstance(assessments, (list, tuple)) else []:
            act = ta.actual
            out["assessments"].append((
                row, ta.index, ta.status, _float(ta.completion), _float(ta.expected), ta.basis,
                act.value if act else None, act.period if act else None,
                act.through_month if act else None, _float(ta.gap), ta.severity, ta.reason))
        if isinstance(year, int):
            for i, p in enumerate(find_promises(r.get("plan"), year)):
                out["promises"].append((row, i, p.due, p.due_label, p.action, p.quote))
    return out


# --- the database ---------------------------------------------------------------------------------


def connect(db: str | os.PathLike[str], *, read_only: bool = False,
            timeout: float = 30.0) -> duckdb.DuckDBPyConnection:
    """Open the store, waiting up to ``timeout`` seconds while another process holds it.

    A read-only open of a file that does not exist yet is an error (nothing to read).
    """
    import duckdb  # lazy: the embedded database is loaded only when a store is used

    if read_only and not os.path.exists(db):
        raise FileNotFoundError(f"{db}: no history store here (add a report first)")
    deadline, pause = time.monotonic() + timeout, 0.02
    while True:
        try:
            con = duckdb.connect(str(db), read_only=read_only)
            break
        except duckdb.IOException as exc:
            # Another process has the file: DuckDB allows one writer process, and no reader while
            # it writes. Wait for it to close; give up after the timeout with its own message.
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)
    if not read_only:
        _create(con)
    return con


def _create(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE SEQUENCE IF NOT EXISTS report_ids START 1")
    for table, columns in TABLES.items():
        cols = ", ".join(f'"{c}" {t}' for c, t, _ in columns)
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")


def _insert(con: duckdb.DuckDBPyConnection, table: str, report_id: int,
            rows: Sequence[tuple[Any, ...]]) -> None:
    if not rows:
        return
    import pandas as pd

    # A frame scanned in one statement: executemany would run one INSERT per row (~25x slower).
    names = [c for c, _t, _m in TABLES[table]]
    frame = pd.DataFrame([(report_id, *r) for r in rows], columns=names, dtype=object)
    con.register("incoming", frame)
    try:
        casts = ", ".join(f'CAST("{c}" AS {t})' for c, t, _m in TABLES[table])
        con.execute(f"INSERT INTO {table} SELECT {casts} FROM incoming")
    finally:
        con.unregister("incoming")


def _store(con: duckdb.DuckDBPyConnection, rows: dict[str, Any]) -> tuple[int, str]:
    """Write one report's rows in one transaction: (report_id, 'added'|'replaced'|'unchanged')."""
    rep = rows["report"]
    con.execute("BEGIN TRANSACTION")
    try:
        same = con.execute("SELECT report_id FROM reports WHERE content_hash = ?",
                           [rep["content_hash"]]).fetchone()
        if same is not None:
            con.execute("ROLLBACK")
            return int(same[0]), "unchanged"
        earlier = con.execute(
            "SELECT report_id, version FROM reports WHERE plan = ? AND period IS NOT DISTINCT "
            "FROM ? AND NOT superseded", [rep["plan"], rep["period"]]).fetchone()
        (report_id,) = con.execute("SELECT nextval('report_ids')").fetchone()  # type: ignore[misc]
        version = int(earlier[1]) + 1 if earlier else 1
        con.execute(
            "INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, NULL, ?, "
            "now()::TIMESTAMP)",
            [report_id, rep["content_hash"], rep["plan"], rep["place"], rep["year"],
             rep["period"], rep["data_month"], rep["title"], rep["source"], version,
             rep["n_tasks"]])
        for table in ("tasks", "targets", "actuals", "assessments", "promises"):
            _insert(con, table, report_id, rows[table])
        if earlier is not None:
            con.execute("UPDATE reports SET superseded = true, superseded_by = ? "
                        "WHERE report_id = ?", [report_id, earlier[0]])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return int(report_id), "replaced" if earlier is not None else "added"


def add_rows(db: str | os.PathLike[str], rows: dict[str, Any],
             timeout: float = 30.0) -> tuple[int, str]:
    """Store rows made by ``report_rows``; the file is held only for this one transaction."""
    con = connect(db, timeout=timeout)
    try:
        return _store(con, rows)
    finally:
        con.close()


def add_frame(db: str | os.PathLike[str], assessed: pd.DataFrame,
              source: str | None = None) -> tuple[int, str]:
    """Store one assessed report frame: (report_id, 'added' | 'replaced' | 'unchanged')."""
    return add_rows(db, report_rows(assessed, source))


def add(db: str | os.PathLike[str], reports: Iterable[str | os.PathLike[str]],
        period: str | None = None) -> list[tuple[str, int, str]]:
    """Read, assess and store report files, one transaction each: [(file, report_id, outcome)]."""

    done = []
    for path in reports:
        assessed = assess(read_report(path, period=period), period=period)
        report_id, outcome = add_frame(db, assessed, str(path))
        done.append((str(path), report_id, outcome))
    return done


def load(db: str | os.PathLike[str], *, current: bool = False,
         timeout: float = 30.0) -> dict[str, pd.DataFrame]:
    """Every table as a DataFrame, keyed by table name; ``current`` drops superseded versions."""
    con = connect(db, read_only=True, timeout=timeout)
    try:
        # One read transaction, so the tables agree with each other.
        con.execute("BEGIN TRANSACTION")
        keep = "WHERE report_id IN (SELECT report_id FROM reports WHERE NOT superseded)"
        out = {}
        for table in TABLES:
            where = keep if current else ""
            order = "report_id" + (", row" if table != "reports" else "")
            out[table] = con.execute(f"SELECT * FROM {table} {where} ORDER BY {order}").df()
        con.execute("COMMIT")
        return out
    finally:
        con.close()


def snapshots(tables: dict[str, pd.DataFrame], report_ids: Sequence[int]) -> list[dict[str, Any]]:
    """The tables of each report (report_id dropped), in the order given."""
    out = []
    for rid in report_ids:
        snap = {}
        for table, frame in tables.items():
            part = frame[frame["report_id"] == rid]
            snap["report" if table == "reports" else table] = (
                part.drop(columns=["report_id"]).reset_index(drop=True))
        out.append(snap)
    return out


def earlier_snapshots(db: str | os.PathLike[str], report: dict[str, Any]) -> list[dict[str, Any]]:
    """Current reports of the same plan whose figures run to an earlier month, oldest first."""
    if not os.path.exists(db):
        say(f"{db}: no history store yet; nothing to compare with")
        return []
    tables = load(db, current=True)
    reports = tables["reports"]
    month = report.get("data_month")
    same = reports[(reports["plan"] == report.get("plan"))
                   & (reports["content_hash"] != report.get("content_hash"))]
    if month is not None:
        same = same[same["data_month"].notna() & (same["data_month"] < month)]
    else:
        say("the report has no period: every stored report of its plan counts as earlier")
    same = same.sort_values(["data_month", "report_id"])
    return snapshots(tables, [int(r) for r in same["report_id"]])
