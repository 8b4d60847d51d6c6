"""Figure columns named by their arithmetic: a ratio column is 100 × an actual column ÷ a target.

A table whose header the reader could not read (a header over several lines whose merged cells
the export packed to the left, a two-line header of groups above repeated column names) still
says which column is which in its figures: where one column equals 100 × one column ÷ another on
most rows, the divisor is the target, the dividend the actual and the quotient the ratio
(完成住房 2752 ÷ 计划户数 20034 = 13.7; 开工数 2660 ÷ 计划任务数 3053 = 87.1%).

Only when the header named no target and no ratio: a named column is never overruled. Several
such sets may stand in a row. Sets sharing a target (在建 | 完成 of one plan) are one set whose
actual is the latest, rightmost one; sets with targets of their own (小区数 | 户数) are read each
on its own. A row that lost empty cells in export (its cells shifted left) is matched on its own
cells and its set moved back under the columns the other rows give it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from zqmetrics.read.grid import Raw

_FIGURE = re.compile(r"\s*([-+]?\d+(?:\.\d+)?)\s*([%％])?\s*")
_MIN_ROWS = 3  # a set is read from the cells only when this many rows bear it out
_SHARE = 0.3  # ... and at least this share of the rows holding figures
_MAX_WIDTH = 24  # wider tables are not searched (the search is cubic in the width)
_SAMPLE = 400  # rows the columns' sets are read from: a long table says it in its first rows


def number(cell: str) -> float | None:
    """A cell holding a bare figure (12, 87.1%, -3.5), as a float; None for any other cell."""
    m = _FIGURE.fullmatch(cell)
    return float(m[1]) if m else None


def _ratio_like(cell: str) -> bool:
    """A rate as tables write it: with a percent sign or a decimal point (13.7, 87.1%, 0.0)."""
    m = _FIGURE.fullmatch(cell)
    return m is not None and (bool(m[2]) or "." in m[1])


def _fits(target: float | None, actual: float | None, ratio: float | None) -> bool:
    if target is None or actual is None or ratio is None or target <= 0:
        return False
    # A rate is rounded to one or two decimals; the cells it is computed from are exact.
    return abs(100 * actual / target - ratio) <= 0.051 + 0.002 * abs(ratio)


def _row_sets(cells: Sequence[str]) -> list[tuple[int, int, int]]:
    values = [number(c) for c in cells]
    return [(i, j, k) for k, c in enumerate(cells) if _ratio_like(c)
            for i, j in itertools.combinations(range(k), 2)
            if _fits(values[i], values[j], values[k])]


def arithmetic_sets(rows: list[Raw], width: int) -> list[tuple[int, int, int]]:
    """(target, actual, ratio) column triples that most rows bear out, left to right; one per
    target (the rightmost actual of a shared target)."""
    if width > _MAX_WIDTH:
        return []
    counts: dict[tuple[int, int, int], int] = {}
    figured = 0
    for row in rows[:_SAMPLE]:
        cells = row.cells[:width]
        if sum(number(c) is not None for c in cells) >= 3:
            figured += 1
        for triple in _row_sets(cells):
            counts[triple] = counts.get(triple, 0) + 1
    need = max(_MIN_ROWS, _SHARE * figured)
    kept: dict[int, tuple[int, int, int]] = {}  # target column → its latest set
    used: set[int] = set()
    for triple, n in sorted(counts.items(), key=lambda tn: (-tn[1], tn[0])):
        target, actual, ratio = triple
        if n < need or {actual, ratio} & used or target in used - set(kept):
            continue
        if target in kept and kept[target][2] > ratio:
            continue
        kept[target] = triple
        used |= {actual, ratio, target}
    return sorted(kept.values())


def _moved(cells: list[str], triple: tuple[int, int, int]) -> list[str] | None:
    """A row whose cells do not fit its columns' set, with the set its own cells bear out
    (same target column, the latest ratio) moved under those columns; None when none fits."""
    target = triple[0]
    own = [t for t in _row_sets(cells) if t[0] == target]
    if not own:
        return None
    _, actual, ratio = max(own, key=lambda t: (t[2], -t[1]))
    out = list(cells)
    out[triple[1]], out[triple[2]] = cells[actual], cells[ratio]
    return out


# Switched off by evaluation/ablation.py (the package runs with it on): without a header row the
# roles right of the task (进展, 计划, 责任单位, in the order of a task table) are assumed, not
# read, so a set the figures bear out names those columns; the 序号 and the task stay.
ASSUMED_GIVE_WAY = True
_ASSUMED_ROLES = ("progress", "plan", "units", "contact")


def read_by_arithmetic(rows: list[Raw], roles: Sequence[str | None], assumed: bool = False
                       ) -> tuple[list[Raw], list[str | None], dict[str, int], list[str]]:
    """Rows, roles, the columns chosen per role and warnings, with the figure columns named by
    their arithmetic; the input unchanged when the header named a target or a ratio, or no set
    is borne out by the rows. ``assumed``: no header named the columns (see ASSUMED_GIVE_WAY)."""
    width = len(roles)
    if {"target", "ratio"} & set(roles):
        return rows, list(roles), {}, []
    free = (None, "actual", *(_ASSUMED_ROLES if assumed and ASSUMED_GIVE_WAY else ()))
    sets = [s for s in arithmetic_sets(rows, width)
            if roles[s[0]] in free and roles[s[1]] in free and roles[s[2]] in free]
    if not sets:
        return rows, list(roles), {}, []
    named = [r if r != "actual" else None for r in roles]  # the header's actual gives way
    for target, actual, ratio in sets:
        named[target], named[actual], named[ratio] = "target", "actual", "ratio"
    first = sets[0]
    chosen = {"target": first[0], "actual": first[1], "ratio": first[2]}
    out: list[Raw] = []
    moved = 0
    for row in rows:
        cells = list(row.cells[:width]) + [""] * max(0, width - len(row.cells))
        values = [number(c) for c in cells]
        if not _fits(values[first[0]], values[first[1]], values[first[2]]):
            fixed = _moved(cells, first)
            if fixed is not None:
                cells, moved = fixed, moved + 1
        out.append(Raw((*cells, *row.cells[width:]), row.line))
    said = ", ".join(f"columns {t + 1}, {a + 1}, {r + 1}" for t, a, r in sets)
    warnings = [f"figure columns named by their arithmetic (ratio = 100 × actual ÷ target): "
                f"{said} read as target, actual and ratio"]
    if moved:
        warnings.append(f"{moved} rows that lost cells: their target, actual and ratio found by "
                        f"the same arithmetic and moved under those columns")
    return out, named, chosen, warnings
