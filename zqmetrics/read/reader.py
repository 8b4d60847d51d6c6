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
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zqmetrics.errors import NoTableError, ReportNotFoundError, ReportReadError
from zqmetrics.read.arith import read_by_arithmetic
from zqmetrics.read.around import with_text_around
from zqmetrics.read.columns import NO_HEADER_CONTENT, NO_TABLE, WIDE_ROLES
from zqmetrics.read.decode import read_text
from zqmetrics.read.formats import READERS
from zqmetrics.read.grid import Raw, Table
from zqmetrics.read.headblock import block_units, header_block, header_rows, label_columns
from zqmetrics.read.layouts import month_said, report_period, table_of, with_bars
from zqmetrics.read.marks import section_row, table_marks
from zqmetrics.read.periods import (
    Period,
    month_of_figures,
    name_period,
    name_warning,
    parse_period,
    period_from_title,
)
from zqmetrics.read.placement import group_columns, optional_tail, place_short_rows
from zqmetrics.read.rows import named_rows, to_frame
from zqmetrics.read.scripts import in_simplified
from zqmetrics.read.seqcol import with_unnamed_seq
from zqmetrics.read.tableunit import column_units, unit_line
from zqmetrics.read.wide import refine_roles, role_sets
from zqmetrics.read.year_end import with_year_end

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["from_frame", "read_report", "sample_path"]


_SAMPLE = "jinan-shizhong-2025q2.txt"
_TEXT_SOURCE = "<text>"
_FRAME_SOURCE = "<frame>"


def sample_path() -> Path:
    """Path of the bundled sample report (济南市市中区, 2025年第二季度, 108 task rows)."""
    return Path(str(files("zqmetrics") / "data" / _SAMPLE))


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
    if isinstance(source, str) and ("\n" in source or " | " in source or not source.strip()):
        if not source.strip():
            raise NoTableError("the report is empty", _TEXT_SOURCE)
        text = source.replace("\r\n", "\n").replace("\r", "\n")
        return in_simplified(text, lambda t: _text_frame(t, _TEXT_SOURCE, chosen, label, None))
    path = _existing_file(source)
    name, suffix = path.name, path.suffix.lower()
    if suffix in READERS:
        table, encoding = READERS[suffix](path)

        def read_grid(given: Period | None) -> pd.DataFrame:
            return table_frame(table, "grid", period=given, source=name, encoding=encoding)

        frame = read_grid(chosen)
        return frame if chosen is not None else _named(frame, name, read_grid)
    decoded = read_text(path)  # decoded once: every text layout shares the text
    if not decoded.text.strip():
        raise NoTableError("the report is empty", str(path))

    def read_body(given: Period | None) -> pd.DataFrame:
        return in_simplified(decoded.text, lambda text: _text_frame(
            text, name, given, given.label if given else label, decoded.encoding,
            prose_ok=suffix in ("", ".txt", ".text"), where=str(path)))

    frame = read_body(chosen)
    return frame if chosen is not None else _named(frame, name, read_body)


def _named(frame: pd.DataFrame, name: str,
           read: Callable[[Period | None], pd.DataFrame]) -> pd.DataFrame:
    """``frame``, or the report read again in the period its file name gives when its text names
    no year, saying so; a file read whole and one read in chunks (:mod:`.stream`) both do this."""
    found = name_period(frame.attrs, name)
    if found is None:
        return frame
    again = read(found)
    again.attrs["warnings"] = [*again.attrs.get("warnings", []), name_warning(found, name)]
    return again


def table_frame(table: Table, layout: str, *, period: Period | None, source: str,
                encoding: str | None, fallback: Period | None = None,
                notes: list[str] | None = None, lines: list[str] | None = None) -> pd.DataFrame:
    """A table's frame: roles by content where the header is silent, short rows placed.

    With the text's ``lines``, the table's unit line (``单位:亿元``) is looked for above the first
    row; it is ``attrs["table_unit"]``, and each figure column's unit (its header's, else the
    unit line's) is ``roles["<role>_unit"]``.
    """
    rows, make, _ = table_framer(table, layout, period=period, source=source,
                                 encoding=encoding, fallback=fallback, notes=notes, lines=lines)
    return make(rows)


def table_framer(table: Table, layout: str, *, period: Period | None, source: str,
                 encoding: str | None, fallback: Period | None = None,
                 notes: list[str] | None = None, lines: list[str] | None = None
                 ) -> tuple[list[Raw], Callable[[list[Raw]], pd.DataFrame], bool]:
    """The rows of ``table`` (short ones placed), what makes the frame of some of them, in
    order, with the roles, units and report facts read from the whole ``table`` (the frames of
    successive slices of its rows are the slices of :func:`table_frame`'s frame), and whether
    short rows were placed by content (which looks at every row)."""
    table = with_unnamed_seq(table)
    headers = table.headers or [c or "" for c in table.columns]
    assumed = not table.headers  # columns assumed without a header row
    rows, under = header_rows(table.rows) if lines else (table.rows, [])
    # Columns left of the task column (序号, a group): a merged heading across the table lands
    # in the first of them.
    lead = table.columns.index("task") if "task" in table.columns else 0
    rows, marked, sectioned = table_marks(rows, lead)
    roles, chosen, warnings = refine_roles(table.columns, headers, rows, assumed)
    warnings.extend(marked)
    if under:
        warnings.append(f"{len(under)} lines under the header read as header lines, not rows "
                        f"(lines {', '.join(str(r.line) for r in under)})")
    # Flattened tables were placed cell by cell already (flat.py); rows of a grid are moved here.
    placed = layout in ("paragraph_table", "vertical_pipe")
    named = [r for r in table.columns if r is not None]
    placing = not placed and (any(r in WIDE_ROLES or r == "group" for r in roles)
                              or named.count("task") > 1)
    if placing:
        # A heading merged over its rows first (its rows' cells back under their headers), then
        # whatever else lost cells is placed by content.
        from zqmetrics.read.merged import lift_merged_groups  # lazy: see text_items_frame
        rows, lifted = lift_merged_groups(rows, roles, headers)
        # Not a group column the cells took for the task (项目类别 naming the rows): none merged.
        groups = [g for g in group_columns(table.columns) if (table.columns[g], roles[g]) != (
            "group", "task")]
        rows, moved = place_short_rows(rows, len(roles), groups=groups,  # 备注 blank on every row
                                       optional=optional_tail(headers, rows, roles))
        if moved:
            # Roles read from the cells are read again once every row has its cells in place.
            roles, chosen, warnings = refine_roles(table.columns, headers, rows, assumed)
            warnings.append(f"{moved} rows with missing cells: cells placed by content")
        warnings.extend(lifted)
    # Figure columns the header did not name (a garbled export) named by arithmetic borne out.
    rows, roles, by_sum, summed = read_by_arithmetic(rows, roles, assumed)
    if summed:
        chosen = {**chosen, **by_sum}
        warnings.extend(summed)
    if period is None and not (table.title and period_from_title(table.title)):
        period, warnings = fallback, [*warnings, *(notes or [])]
    period, said_month = month_of_figures(period, table.title, headers, roles, chosen)
    warnings.extend(said_month)
    first = next((r.line for r in rows if r.line), None)
    found = unit_line(lines, first) if lines else None
    units, unit_notes = column_units(headers, roles, chosen, found[0] if found else None)
    sets = role_sets(roles, headers, rows, chosen)
    if sets:
        warnings.append(f"{len(sets)} target/actual/ratio sets in a row: each read on its own")
    # Each set's units: its own columns' (the warnings were said for the first set already).
    set_units = [column_units(headers, roles, one, found[0] if found else None)[0]
                 for one in sets]
    if lines:
        block_notes = _header_block_units(lines, first, rows, roles, chosen, units, sets,
                                          set_units)
        unit_notes.extend(block_notes)
    said = [*table.warnings, *warnings, *unit_notes]
    carry: dict[str, Any] = {}  # the 序号 seen so far: a later slice continues the earlier ones

    def make(part: list[Raw]) -> pd.DataFrame:
        if sectioned:  # a streamed slice's rows come straight from the file
            part = [r for r in part if not section_row(r, lead)]
        frame = to_frame(named_rows(part, roles, headers, chosen, sets, carry=carry),
                         title=table.title, period=period, source=source, encoding=encoding,
                         warnings=said, layout=layout)
        frame.attrs["table_unit"] = found[1] if found else None
        for named in frame["roles"]:
            named.update({f"{role}_unit": unit for role, unit in units.items()})
        for row_sets in frame["sets"]:
            for one, own in zip(row_sets or (), set_units, strict=False):
                one.update({f"{role}_unit": own[role] for role in one if role in own})
        return frame

    return rows, make, placing


def _header_block_units(lines: list[str], first: int | None, rows: list[Raw],
                        roles: list[str | None],
                        chosen: dict[str, int], units: dict[str, str],
                        sets: list[dict[str, int]], set_units: list[dict[str, str]]
                        ) -> list[str]:
    """Units written in the header's lines over the figure columns left without one, filled into
    ``units`` / ``set_units`` in place; the notes saying so."""
    wanting = [(one, own) for one, own in zip(sets, set_units, strict=True)] if sets else [
        ({r: chosen.get(r, roles.index(r)) for r in ("target", "actual") if r in roles}, units)]
    if not any("target" in one and "target" not in own for one, own in wanting):
        return []
    block = header_block(lines, first)
    found = block_units(block, label_columns(rows), len(roles),
                        [one["target"] for one, own in wanting if "target" in one])
    notes: list[str] = []
    for one, own in wanting:
        unit = found.get(one.get("target", -1))
        if unit is None or "target" in own:
            continue
        own["target"] = unit
        # The actual measures what the target measures: it shares the unit when it has none.
        if "actual" in one:
            own.setdefault("actual", unit)
        notes.append(f"column {one['target'] + 1}: unit {unit} from the header's lines")
    return notes


def _text_frame(text: str, name: str, chosen: Period | None, label: str | None,
                encoding: str | None, prose_ok: bool = True,
                where: str | None = None) -> pd.DataFrame:
    frame = _read_text_frame(text, name, chosen, label, encoding, prose_ok, where)
    return with_text_month(with_text_around(frame, text), text.split("\n"))


def with_text_month(frame: pd.DataFrame, lines: list[str]) -> pd.DataFrame:
    """``frame`` with ``attrs["month"]`` when its year is unknown but the opening lines name the
    data month (截至9月底), said among its warnings; a whole year's, with the data month December
    when its figures run to December's end (截至12月底). The text reader and the streaming reader
    both end here, so a file reads the same whole or in chunks."""
    if frame.attrs.get("period") is not None:
        return with_year_end(frame, lines)
    if frame.attrs.get("data_month") is None:
        month, notes = month_said(lines)
        if month is not None:
            # Kept apart from ``data_month`` (YYYY-MM): the year stays unknown and is not guessed.
            frame.attrs["month"] = month
            frame.attrs["warnings"] = [
                *frame.attrs.get("warnings", []), *notes,
                f"the year is not stated; the text gives the data month ({month}月): the pace "
                "is judged at that month (give --period for the year)"]
    return frame


def _read_text_frame(text: str, name: str, chosen: Period | None, label: str | None,
                     encoding: str | None, prose_ok: bool = True,
                     where: str | None = None) -> pd.DataFrame:
    lines = text.split("\n")
    # A table copied with tabs or other bars is read, and its lines are seen, with ``|``: its
    # rows are no title for the period, its header lines no text.
    barred = with_bars(text).split("\n")
    header_only: NoTableError | None = None
    try:
        found = table_of(text, where or name)
    except NoTableError as exc:
        # A table header without rows: the text around it may still hold the items.
        found, header_only = None, exc
    period, notes = (chosen, []) if chosen is not None else report_period(barred)
    if header_only is not None:
        notes = ["a table header but no task rows under it: the text read without the table",
                 *notes]
    if found is not None:
        table, layout = found
        if NO_HEADER_CONTENT not in table.warnings:
            return table_frame(table, layout, period=chosen, source=name, encoding=encoding,
                               fallback=period, notes=notes, lines=barred)
        # Rows of one width with neither header nor 序号 are a table only by their shape: a page's
        # metadata block (索引号 | … | 发布机构 | …) has it too. The text readers compete with it,
        # and the text is taken when it finds more items on lines without a bar than the table has
        # rows (a cell may run over every line after it, so the lines a reading covers, or the
        # characters it holds, would not tell them apart).
        text_frame = text_items_frame(lines, name, period, encoding, notes)
        if text_frame is not None and _off_bars(text_frame, barred) > len(table.rows):
            text_frame.attrs["warnings"] = [
                f"{len(table.rows)} rows of a table without header or 序号 set aside: the text "
                "around them holds more of the report", *text_frame.attrs.get("warnings", [])]
            return text_frame
        return table_frame(table, layout, period=chosen, source=name, encoding=encoding,
                           fallback=period, notes=notes, lines=barred)
    if prose_ok and _is_work_report(text):
        # A work report written as prose (政府工作报告) has no table but still has targets.
        from zqmetrics.read.prose import prose_frame  # lazy: see text_items_frame

        return prose_frame(text, name, period=label)
    frame = text_items_frame(lines, name, period, encoding, notes)
    if frame is not None:
        return frame
    if header_only is not None:
        raise header_only
    raise NoTableError(NO_TABLE, where or name)


def text_items_frame(lines: list[str], name: str, period: Period | None, encoding: str | None,
                     notes: list[str]) -> pd.DataFrame | None:
    # lazy: the text readers load only for a report that is not a table, so that a table's cold
    # start (the command line on one report, issue 15) does not import the readers it never runs
    from zqmetrics.read.textitems import text_items_frame as read_items

    return read_items(lines, name, period, encoding, notes)


def _off_bars(frame: pd.DataFrame, lines: list[str]) -> int:
    """How many of a text reading's items start on a line without a bar."""
    starts = (int(n) for n in frame["line"].dropna())
    return sum(0 < n <= len(lines) and "|" not in lines[n - 1] for n in starts)


def _is_work_report(text: str) -> bool:
    titled = any("工作报告" in line and len(line.strip()) < 60 for line in text.split("\n")[:40])
    if not titled:
        return False
    from zqmetrics.read.prose import looks_like_prose_report  # lazy: see text_items_frame

    return looks_like_prose_report(text)


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
               target: str | None = None, unit: str | None = None, actual: str | None = None,
               ratio: str | None = None, status: str | None = None,
               period: str | Period | None = None, title: str | None = None) -> pd.DataFrame:
    """Shape any frame like ``read_report``'s output; arguments name the caller's columns.

    ``target``, ``unit``, ``actual``, ``ratio`` and ``status`` name a wide table's columns: they
    go to ``target_text`` … ``status_text`` as a report's do.

    Units given as a string are split as a report's are; a missing 序号 becomes 1..n. The result
    keeps the caller's index, so it can be joined back; the caller's frame is never changed.
    """
    chosen = parse_period(period) if period is not None else None
    mapping = {"seq": seq, "task": task, "progress": progress, "plan": plan, "units": units,
               "contact": contact, "target": target, "unit": unit, "actual": actual,
               "ratio": ratio, "status": status}
    given = {k: v for k, v in mapping.items() if v is not None}
    missing = [v for v in given.values() if v not in df.columns]
    if missing:
        raise ReportReadError(f"columns not in the frame: {', '.join(map(str, missing))}",
                              _FRAME_SOURCE)
    values = [[_frame_text(v) for v in df[c].tolist()] for c in given.values()]
    rows = [Raw(tuple(cells), None) for cells in zip(*values, strict=True)] if values else []
    out = to_frame(named_rows(rows, list(given), list(given.values())), title=title,
                   period=chosen, source=_FRAME_SOURCE, encoding=None, warnings=[], layout="grid")
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
