"""Month over month: every report kept in an embedded DuckDB store, and what changed.

    import zqmetrics.history as zh
    zh.add("history.duckdb", ["2025q2.txt", "2025q3.txt"])   # idempotent, one transaction each
    tables = zh.load("history.duckdb")                       # {"reports": DataFrame, "tasks": ...}
    records = zh.compare(previous_assessed, current_assessed)

This package uses only the public API of zqmetrics (``read_report``, ``assess``, the frames'
columns and the result types), so the stage modules can move without breaking it. DuckDB,
RapidFuzz and Dask are imported on first use only (nothing heavy at import).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "add": "zqmetrics.history.store",
    "add_frame": "zqmetrics.history.store",
    "load": "zqmetrics.history.store",
    "connect": "zqmetrics.history.store",
    "TABLES": "zqmetrics.history.store",
    "match_tasks": "zqmetrics.history.match",
    "compare": "zqmetrics.history.changes",
    "compare_store": "zqmetrics.history.changes",
    "find_promises": "zqmetrics.history.promises",
    "check_promises": "zqmetrics.history.promises",
    "forecast": "zqmetrics.history.forecast",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'zqmetrics.history' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
