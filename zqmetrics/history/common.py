"""Small shared pieces: the history lexicons, report months and plan keys.

Kept here rather than borrowed from the stage modules so that this package depends on the public
API of zqmetrics only (the stage modules are being moved into folders).
"""

from __future__ import annotations

import re
import sys
from functools import cache
from importlib import resources
from typing import Any

# Statuses that put a task on the at-risk list (the assessment's lagging and not-started).
BEHIND = frozenset({"lagging", "not_started"})
# Statuses that show a task on pace or done.
FINE = frozenset({"on_track", "done"})

_PERIOD = re.compile(r"^(?P<y>\d{4})(?:Q(?P<q>[1-4])|H(?P<h>[12])|-(?P<m>\d{2}))?$")


@cache
def tsv(name: str, width: int) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated lexicon in zqmetrics/data, ``#`` lines skipped, padded to width."""
    text = resources.files("zqmetrics").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    out = []
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = [f.strip() for f in raw.split("\t")[:width]]
        out.append(tuple(fields + [""] * (width - len(fields))))
    return tuple(out)


def labels() -> dict[str, str]:
    """Change and promise classes → their Chinese labels (history_labels.tsv)."""
    return {key: label for key, label in tsv("history_labels.tsv", 2)}


def period_month(label: Any) -> int | None:
    """The last month a period label covers: 2025Q2 → 6, 2025H1 → 6, 2025-05 → 5, 2025 → 12."""
    m = _PERIOD.match(str(label or ""))
    if m is None:
        return None
    if m["q"]:
        return 3 * int(m["q"])
    if m["h"]:
        return 6 * int(m["h"])
    if m["m"]:
        return int(m["m"])
    return 12


def data_month(period: Any, year: Any) -> str | None:
    """``YYYY-MM`` of the month the report's figures run to, or None when the period is unknown."""
    month = period_month(period)
    m = _PERIOD.match(str(period or ""))
    y = int(m["y"]) if m else (int(year) if year is not None and str(year).isdigit() else None)
    if month is None or y is None:
        return None
    return f"{y}-{month:02d}"


def say(message: str) -> None:
    """An assumption or a skipped input, said on standard error (never silent)."""
    print(f"zqmetrics history: {message}", file=sys.stderr)
