"""Read a progress report into a frame with one row per task.

Reports come as pipe-table text (a web page exported as text, like the bundled sample), CSV/TSV,
XLSX, HTML and DOCX. Each is turned into a grid of cells, the header row is found by its cell
names (the lexicon in ``zqmetrics/data/headers.tsv``), and every row below it becomes one task row
with the columns of ``COLUMNS``. Malformed rows are kept and say what is wrong in ``read_issue``;
only input that holds no table at all raises.

The pipeline inside this package: :mod:`.grid` (the shared table shape), :mod:`.columns` (header
roles), :mod:`.pipe` and :mod:`.formats` (the layouts), :mod:`.rows` (named rows to the frame),
:mod:`.prose` (reports without a table).
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zqmetrics.errors import NoTableError, ReportNotFoundError, ReportReadError
from zqmetrics.read.decode import read_text
from zqmetrics.read.formats import READERS
from zqmetrics.read.grid import Raw
from zqmetrics.read.periods import Period, parse_period
from zqmetrics.read.pipe import parse_pipe_text
from zqmetrics.read.prose import looks_like_prose_report, prose_frame
from zqmetrics.read.rows import named_rows, to_frame

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["from_frame", "read_report", "sample_path"]


_SAMPLE = "jinan-shizhong-2025q2.txt"
_TEXT_SOURCE = "<text>"
_FRAME_SOURCE = "<frame>"


def sample_path() -> Path:
    """Path of the bundled sample report (济南市市中区, 2025年第二季度, 108 task rows)."""
    return Path(str(files("zqmetrics") / "data" / _SAMPLE))


# --- the header lexicon -------------------------------------------------------------------------


# --- the shared table shape ---------------------------------------------------------------------


# --- pipe-table text ----------------------------------------------------------------------------


# --- named rows to a frame ----------------------------------------------------------------------


# --- public API ---------------------------------------------------------------------------------


def read_report(source: str | os.PathLike[str], *,
                period: str | Period | None = None) -> pd.DataFrame:
    """Read a report into one row per task, in report order, with the columns of ``COLUMNS``.

    ``source`` is a path, or the report text itself (a str holding a newline or `` | ``, or
    blank). A path's extension picks the format: .csv .tsv .xlsx .html/.htm .docx, anything else
    is pipe-table text. ``period`` (``2025Q2``, ``2025H1``, ``2025-05``, ``2025``) overrides the
    period read from the title. ``df.attrs`` holds title, place, year, period, source, encoding
    and warnings.

    Raises ReportNotFoundError, DecodeError, NoTableError (all ReportReadError) when the report
    cannot be used at all, PeriodError for a bad ``period``. Odd rows never raise.
    """
    if not isinstance(source, (str, os.PathLike)):
        hint = "; use from_frame() for a DataFrame" if hasattr(source, "columns") else ""
        raise TypeError(f"read_report takes a path or the report text, not {type(source).__name__}"
                        f"{hint}")
    chosen = parse_period(period) if period is not None else None
    label = period.label if isinstance(period, Period) else period
    encoding: str | None = None
    if isinstance(source, str) and ("\n" in source or " | " in source or not source.strip()):
        name = _TEXT_SOURCE
        try:
            table = parse_pipe_text(source.replace("\r\n", "\n").replace("\r", "\n"), name)
        except NoTableError:
            # A work report written as prose (政府工作报告) has no table but still has targets.
            if ("\n" in source or " | " in source) and looks_like_prose_report(source):
                return prose_frame(source, name, period=label)
            raise
    else:
        path = _existing_file(source)
        name, suffix = path.name, path.suffix.lower()
        if suffix in READERS:
            table, encoding = READERS[suffix](path)
        else:
            # Decoded once: the pipe-table reader and, failing it, the prose reader share the text.
            decoded = read_text(path)
            encoding = decoded.encoding
            try:
                table = parse_pipe_text(decoded.text, str(path))
            except NoTableError:
                if suffix in ("", ".txt", ".text") and looks_like_prose_report(decoded.text):
                    return prose_frame(decoded.text, name, period=label)
                raise
    return to_frame(named_rows(table.rows, table.columns), title=table.title, period=chosen,
                    source=name, encoding=encoding, warnings=table.warnings)


def _existing_file(source: str | os.PathLike[str]) -> Path:
    path = Path(source)
    try:
        exists = path.is_file()
    except OSError:  # e.g. a name too long to be a path
        exists = False
    if not exists:
        if path.is_dir():
            raise ReportReadError("is a directory, not a report file", str(path))
        raise ReportNotFoundError("no such file", str(path))
    return path


def from_frame(df: pd.DataFrame, *, task: str, progress: str, seq: str | None = None,
               plan: str | None = None, units: str | None = None, contact: str | None = None,
               period: str | Period | None = None, title: str | None = None) -> pd.DataFrame:
    """Shape any frame like ``read_report``'s output; arguments name the caller's columns.

    Units given as a string are split as a report's are; a missing 序号 becomes 1..n. The result
    keeps the caller's index, so it can be joined back; the caller's frame is never changed.
    """
    chosen = parse_period(period) if period is not None else None
    mapping = {"seq": seq, "task": task, "progress": progress, "plan": plan, "units": units,
               "contact": contact}
    given = {k: v for k, v in mapping.items() if v is not None}
    missing = [v for v in given.values() if v not in df.columns]
    if missing:
        raise ReportReadError(f"columns not in the frame: {', '.join(map(str, missing))}",
                              _FRAME_SOURCE)
    values = [[_frame_text(v) for v in df[c].tolist()] for c in given.values()]
    rows = [Raw(tuple(cells), None) for cells in zip(*values, strict=True)] if values else []
    out = to_frame(named_rows(rows, list(given)), title=title, period=chosen, source=_FRAME_SOURCE,
                 encoding=None, warnings=[])
    out.index = df.index.copy()
    return out


def _frame_text(value: Any) -> str:
    import pandas as pd  # lazy: pandas is heavy; loaded on first use

    if isinstance(value, (list, tuple)):
        return "\n".join(str(v).strip() for v in value)
    if pd.api.types.is_scalar(value) and pd.isna(value):  # None, NaN, NA, NaT
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
