"""Named rows of a table to the frame ``read_report`` returns: 序号 inferred, units split, issues said."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from zqmetrics.read.columns import TABLE_COLUMNS, WIDE_ROLES
from zqmetrics.read.grid import YEAR_IN_TITLE, Raw, seq_number
from zqmetrics.read.periods import Period, period_from_title
from zqmetrics.read.spellings import year_of_december

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


_UNIT_SEPARATORS = frozenset("、，,；;\n")


def _split_units(cell: str) -> list[str]:
    """责任单位 as a list, lead first: split on 、，,；; and newlines, but not inside brackets."""
    units: list[str] = []
    start = depth = 0
    for i, ch in enumerate(cell):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _UNIT_SEPARATORS:
            units.append(cell[start:i])
            start = i + 1
    units.append(cell[start:])
    return [u.strip() for u in units if u.strip()]


_EXTRA = ("line", "seq_inferred", "read_issue", "parent_seq", "data_month", "roles",
          *(f"{r}_text" for r in WIDE_ROLES), "sets")


# The read_issue of a row made of text no reader placed in a cell (read/coverage.py): read with
# low confidence, still extracted and judged (judge/assessment.py lets its figures speak).
UNPLACED = "text no reader placed in a cell, read as a row of its own (low confidence)"


def empty_records() -> dict[str, list[Any]]:
    return {k: [] for k in (*TABLE_COLUMNS, *_EXTRA)}


# Reader pass 31 (switched off by evaluation/ablation.py): a table whose groups each number their
# rows from 1 (under 一、进展偏慢的项目 and 二、已完成的项目, or a section heading across the table)
# holds no duplicate row: a 序号 of 1 after a higher one opens a new run. A 序号 met twice within
# a run (1, 2, 2) still is one.
RESTARTED_RUNS = True


def _restarts(number: int | None, previous: int, inferred: bool) -> bool:
    """Whether the row numbered ``number`` (after ``previous``) opens a new run of numbers."""
    return RESTARTED_RUNS and not inferred and number == 1 and previous > 1


def named_rows(rows: list[Raw], columns: Sequence[str | None],
               headers: Sequence[str] | None = None,
               chosen: dict[str, int] | None = None,
               sets: Sequence[dict[str, int]] = (),
               carry: dict[str, Any] | None = None) -> dict[str, list[Any]]:
    """Name each row's cells, infer missing 序号 and say what is wrong with a row.

    ``headers`` are the source header cells (for ``roles``); ``chosen`` names, for a wide role
    held by several columns, the column that gives ``<role>_text`` (else the first one).
    ``sets`` (role → column, see ``wide.role_sets``) give each row's ``sets``: per set, its
    cells by role and their headers as ``<role>_header``; None for a row of one set.
    """
    width = len(columns)
    out = empty_records()
    chosen = dict(chosen or {})
    for i, name in enumerate(columns):
        if name in WIDE_ROLES:
            chosen.setdefault(name, i)
    # A wide role's header is the one of the column its cell comes from (the first, or the
    # chosen one), never a later column of the same role (a count column must not be named,
    # and given the unit of, a money column beside it).
    source = {name: (headers[i] if headers and i < len(headers) else name)
              for i, name in enumerate(columns) if name and name != "group"
              and (name not in WIDE_ROLES or chosen[name] == i)}
    # ``carry`` holds the 序号 seen and the last one across calls over successive slices of rows
    carry = {} if carry is None else carry
    seen: set[str] = carry.setdefault("seen", set())
    previous = carry.get("previous", 0)
    for row in rows:
        cells = list(row.cells)
        while len(cells) > width and not cells[-1]:
            cells.pop()  # a stray trailing | (row 15 of the sample ends with "| |")
        issues = [f"row has {len(cells)} cells, expected {width}"] if len(cells) != width else []
        if len(cells) > width:  # keep the surplus rather than lose text
            cells[width - 1 :] = ["\n".join(c for c in cells[width - 1 :] if c)]
        cells.extend([""] * (width - len(cells)))
        named: dict[str, list[str]] = {}
        for i, (name, text) in enumerate(zip(columns, cells, strict=True)):
            if name in WIDE_ROLES:
                if i == chosen.get(name) and text:
                    named.setdefault(name, []).append(text)
            elif name and text:
                named.setdefault(name, []).append(text)
        text_of = {k: "\n".join(named.get(k, [])) for k in TABLE_COLUMNS}
        number = seq_number(text_of["seq"])
        seq = str(number) if number is not None else text_of["seq"]
        inferred = not seq
        if inferred:
            number, seq = previous + 1, str(previous + 1)
        if _restarts(number, previous, inferred):
            seen.clear()  # a group numbered from 1 again (一、… 1 2 3, 二、… 1 2): a new run
        previous = number if number is not None else previous
        if seq in seen:
            issues.append(f"duplicate seq {seq}")
        seen.add(seq)
        if not text_of["task"]:
            issues.append("empty task cell")
        for key in ("task", "progress", "plan", "contact"):
            out[key].append(text_of[key])
        out["seq"].append(seq)
        out["units"].append(_split_units(text_of["units"]))
        out["line"].append(row.line)
        out["seq_inferred"].append(inferred)
        out["read_issue"].append("; ".join(issues) or None)
        for role in WIDE_ROLES:
            out[f"{role}_text"].append("\n".join(named.get(role, [])) or None)
        out["parent_seq"].append(None)
        out["data_month"].append(None)
        out["roles"].append(dict(source))
        out["sets"].append([{k: v for role, i in one.items() for k, v in (
            (role, cells[i]),
            (f"{role}_header", headers[i] if headers and i < len(headers) else role))}
            for one in sets] or None)
    carry["previous"] = previous
    return out


def _place(title: str | None) -> str | None:
    """The text before the year in the title: 市中区2025年《…》 → 市中区."""
    m = YEAR_IN_TITLE.search(title or "")
    if m is None or title is None:
        return None
    place = title[: m.start()].strip(" \t\u3000:：-—（）()《》【】[]「」")
    return place.removeprefix("关于").strip() or None


def to_frame(records: dict[str, list[Any]], *, title: str | None, period: Period | None,
           source: str, encoding: str | None, warnings: list[str], layout: str | None = None,
           data_month: str | None = None) -> pd.DataFrame:
    import numpy as np  # lazy: the pandas import is the caller's
    import pandas as pd  # lazy: pandas is heavy; loaded on first use

    period = period or (period_from_title(title) if title else None)
    if data_month is None and period is not None and period.kind != "year":
        data_month = f"{period.year}-{period.end_month:02d}"
    # Data through December are the year (the data month, kept above, says December).
    period, december = year_of_december(period)
    warnings = [*warnings, *december]
    title_year = YEAR_IN_TITLE.search(title or "")
    year = period.year if period else (int(title_year[1]) if title_year else None)
    place = _place(title)
    n = len(records["seq"])

    # Every column on one shared index: a Series with an index of its own was aligned to the
    # frame's and copied (most of the reading time of a small report). The values and dtypes are
    # those separate Series gave: ``str`` through the same string array, objects one to a slot
    # (never unpacked into a second dimension) in an object Series, so that the frame does not
    # infer ``str`` for them as it would for a bare object array.
    index = pd.RangeIndex(n)

    def objects(values: list[Any]) -> Any:
        return pd.Series(np.fromiter(values, dtype=object, count=len(values)), index=index,
                         dtype=object, copy=False)

    # Each dtype named once per frame: resolving the name "str" costs more than the array of a
    # small report's column (it follows the options, so it is resolved here, not kept).
    text, whole = pd.api.types.pandas_dtype("str"), pd.Int64Dtype()

    def texts(values: list[Any]) -> Any:
        return pd.array(values, dtype=text)

    frame = pd.DataFrame({
        **{k: texts(records[k]) for k in ("seq", "task", "progress", "plan")},
        "units": objects(records["units"]),
        "contact": texts(records["contact"]),
        "title": objects([title] * n),
        "place": objects([place] * n),
        "year": pd.array([year] * n, dtype=whole),
        "period": objects([period.label if period else None] * n),
        "source": texts([source] * n),
        "line": pd.array(records["line"], dtype=whole),
        "seq_inferred": np.array(records["seq_inferred"], dtype=bool),
        "read_issue": objects(records["read_issue"]),
        "layout": objects([layout] * n),
        "parent_seq": objects(records["parent_seq"]),
        # A row's own period (its 1-5月 column, its 截至 phrase) beats the report's.
        "data_month": objects([m or data_month for m in records["data_month"]]),
        **{f"{r}_text": objects(records[f"{r}_text"]) for r in WIDE_ROLES},
        "roles": objects(records["roles"]),
        "sets": objects(records["sets"]),
    }, index=index)
    frame.attrs.update(title=title, place=place, year=year,
                       period=period.label if period else None, source=source,
                       encoding=encoding, warnings=list(warnings), layout=layout,
                       data_month=data_month, table_unit=None)
    return frame


def item_records(items: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
    """Records of rows read from running text: each item a dict of role → text (and seq, line)."""
    out = empty_records()
    for item in items:
        for key in ("task", "progress", "plan", "contact"):
            out[key].append(item.get(key) or "")
        out["seq"].append(item.get("seq") or str(len(out["seq"]) + 1))
        out["units"].append(_split_units(item.get("units") or ""))
        out["line"].append(item.get("line"))
        out["seq_inferred"].append(not item.get("seq"))
        out["read_issue"].append(item.get("read_issue") if item.get("task") else "empty task cell")
        for role in WIDE_ROLES:
            out[f"{role}_text"].append(item.get(role) or None)
        out["parent_seq"].append(item.get("parent_seq"))
        out["data_month"].append(item.get("data_month"))
        out["roles"].append({k: k for k in ("task", "progress", "units", "status") if item.get(k)})
        out["sets"].append(None)
    return out
