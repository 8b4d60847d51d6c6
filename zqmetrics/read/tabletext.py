"""The text around a table read from text that no cell holds (reader pass 23): the sentences of a
lead paragraph over the table, or of paragraphs after it, are looked up in the table's cells as
:mod:`.coverage` looks up the text readers' items, and those stating a figure or a status are
rows of their own (the same tests: furniture, headings, framing, owners and narrative are none).
The table's own lines are left to its reader: a line with a bar, a row's own line holding no
words but its task, the header lines right above the first row. A passage restating the table's
figures is the table's, said as such. Loaded by :mod:`.around` only for a table with text around.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from zqmetrics.read import coverage
from zqmetrics.read.columns import WIDE_ROLES
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.normalize import fold_chars

# Switched off by evaluation/ablation.py: text around a table read from text is looked at too.
TABLE_TEXT = True
# The frame columns whose text a table's rows hold (rows.to_frame), as the item keys above: the
# inverse of rows.item_records (a wide role's cell is its ``<role>_text`` column).
_FRAME_KEYS = {**{k: k for k in ("task", "progress", "plan", "contact")},
               **{f"{r}_text": r for r in WIDE_ROLES}}


def around_table(lines: Sequence[str], barred: Sequence[str],
                 records: Sequence[dict[str, Any]], title: str | None = None
                 ) -> tuple[list[dict[str, Any]], list[str]]:
    """Rows of the text around a table read from ``lines`` (``barred``: the same lines as the
    table reader saw them) that no row's cell holds, and the notes saying so; the same tests as
    :func:`unplaced_rows` (furniture, headings, framing, owners and narrative are no rows). The
    header's cells and the title are the table's: they count as placed."""
    if not (TABLE_TEXT and coverage.UNPLACED_ROWS):
        return [], []
    items: list[dict[str, Any]] = []
    for record in records:
        item = {key: record.get(column) for column, key in _FRAME_KEYS.items()
                if isinstance(record.get(column), str) and record.get(column)}
        # A row's further target/actual/ratio sets (a wide table's second set of columns).
        item["sets"] = [str(v) for one in record.get("sets") or () for r, v in one.items()
                        if v and not r.endswith(("_header", "_unit"))]
        headers = record.get("roles")
        if isinstance(headers, dict):
            # the header cells (a column's unit, 亿元, is no cell of the text)
            item["frame"] = [str(h) for r, h in headers.items() if h and not r.endswith("_unit")]
        line = record.get("line")
        if isinstance(line, int) and line > 0:
            item["line"] = line
        items.append(item)
    if title:
        items.append({"frame": title})
    # A line with a bar is a table's line (a pipe row, a vertical cell, a header): its reader says
    # what it skipped. So is a row's own line holding no words but its task (万源市  65.1%: a
    # space-separated row whose empty cells collapsed, its figures placed by content).
    own = {int(i["line"]): str(i.get("task") or "") for i in items if i.get("line")}
    table_lines = frozenset(n for n, line in enumerate(barred, start=1) if "|" in line or (
        n in own and not coverage.HAN.search(line.replace(own[n], "", 1)))) | _header_lines(barred, own)
    rows, notes = coverage.unplaced_rows(lines, items, table_lines)
    if not rows:
        return rows, notes
    # A passage most of whose figures stand in the table's cells restates the table (a lead giving
    # the 全市 row's total and share): nothing is lost without it, and as a row it would stand for
    # the table's own row twice.
    figures = {f for i in items for k in coverage.CELL_KEYS if k != "frame"
               for v in ([i[k]] if isinstance(i.get(k), str) else i.get(k) or ())
               for f in _figures(v)}
    kept: list[dict[str, Any]] = []
    restating: list[dict[str, Any]] = []
    for row in rows:
        (restating if _restates(row, figures) else kept).append(row)
    if not restating:
        return rows, notes
    where = ", ".join(dict.fromkeys(str(r["line"]) for r in restating))
    said = [n for n in notes if n != coverage.rows_note(rows)]
    if kept:
        said.insert(0, coverage.rows_note(kept))
    said.append(f"{len(restating)} passages around the table restating figures of its rows "
                f"read as the table's, not as rows (lines {where})")
    return kept, said


_NUMBER = lazy_re(r"\d+(?:\.\d+)?")
# A header line's cells: split at bars, tabs, ideographic spaces or runs of spaces.
_HEADER_CUT = lazy_re(r"\s{2,}|[\t\u3000|]")
_HEADER_CELLS = 3


def _header_lines(lines: Sequence[str], rows: dict[int, str]) -> frozenset[int]:
    """The lines right above a table's first row that are its header (three cells or more, no
    sentence punctuation: 县(市、区)　1 - 7 月固投增速情况　年度投资计划…), blank lines passed over;
    the table's reader read them whether or not it named their columns."""
    if not rows:
        return frozenset()
    out = set()
    for n in range(min(rows) - 1, 0, -1):
        line = lines[n - 1].strip()
        if not line:
            continue
        cells = [c for c in _HEADER_CUT.split(line) if c.strip()]
        if len(cells) < _HEADER_CELLS or any(ch in line for ch in "。，,；;"):
            break
        out.add(n)
    return frozenset(out)


def _figures(text: str) -> list[str]:
    """The figures a passage states (a date, a period or a cited document aside)."""
    return _NUMBER.findall(coverage.NOT_FIGURE.sub("", fold_chars(text)))


# A figure this long (1720, 50.2) standing in a table's cells is the table's, not a coincidence (3).
_TELLING = 3


def _restates(row: dict[str, Any], figures: set[str]) -> bool:
    """Whether at least half of ``row``'s figures stand in the table's cells, one of them at least
    ``_TELLING`` characters long (上半年全国新开工改造1720个 over a 合计 row of 1720)."""
    own = _figures(f"{row.get('task') or ''} {row.get('progress') or ''}")
    found = [f for f in own if f in figures]
    return (bool(own) and 2 * len(found) >= len(own)
            and any(len(f) >= _TELLING for f in found))
