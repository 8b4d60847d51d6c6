"""Targets, actuals, stated ratios and verdicts from the columns of a wide table.

The reader names the columns of a row by role (``target_text``, ``unit_text``, ``actual_text``,
``ratio_text``, ``status_text``, and ``roles``: role → header). A target column gives targets with
``source="target_column"``; a bare number takes the unit column's unit, else the column's own
unit (a unit in brackets in its header, ``计划投资额(万元)``, else the table's unit line); an
actual column is year to date at the report's data month; a ratio column is a stated ratio; a
status cell (or the status heading an item sits under) is a verdict.

A row of several target/actual/ratio sets (``sets``: per set, its cells by role, their headers
as ``<role>_header`` and units as ``<role>_unit``) gives a target per set, and each set's actual
and ratio are aligned to its own target.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from zqmetrics.extraction.candidates import with_target
from zqmetrics.extraction.figures import standard_at
from zqmetrics.read.columns import names_role_only
from zqmetrics.text.cues import cue_words, word_keys, word_pattern, word_table
from zqmetrics.text.lazy import lazy_regex
from zqmetrics.text.lexicon import derived
from zqmetrics.text.quantity import comparator_cues, quantities
from zqmetrics.text.units import dimension
from zqmetrics.text.verdict_forms import in_context
from zqmetrics.types import CHANGE_UNITS, RATE_UNITS, Actual, Quantity, Target

# compiled on first use: a report whose headers name no unit in brackets never runs it
_BRACKET = lazy_regex(r"[(（]([^()（）]{1,6})[)）]\s*$")
# A bare number; its thousands may be set apart by commas (1,504,786.55), as tables do.
_BARE = lazy_regex(r"^\s*[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*$")


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def header_of(row: dict[str, Any], role: str) -> str:
    roles = row.get("roles")
    return _text(roles.get(role)) if isinstance(roles, dict) else ""


def column_unit(row: dict[str, Any], role: str) -> str:
    """The unit of a column: the row's unit cell, else the column's own unit.

    The reader gives the column's own unit as ``roles["<role>_unit"]`` (its header's bracketed
    unit, else the table's unit line shared out by the column's kind); a frame built elsewhere
    without it still has the header read here.
    """
    unit = _text(row.get("unit_text"))
    if unit:
        return unit
    roles = row.get("roles")
    own = _text(roles.get(f"{role}_unit")) if isinstance(roles, dict) else ""
    if own:
        return own
    m = _BRACKET.search(header_of(row, role))
    return m.group(1) if m else ""


@derived
def _cues_before() -> tuple[tuple[str, str], ...]:
    """The comparator cues read before a figure, longest first (read once per lexicon, not per
    cell)."""
    return tuple(sorted(((c, k) for c, k in comparator_cues()["before"].items() if c),
                        key=lambda ck: -len(ck[0])))


def _comparator_before(cell: str) -> tuple[str, str]:
    """A comparator cue of ``data/comparators.tsv`` opening the cell (低于 4.1, 不低于 95) and the
    rest of the cell, or ``("exact", cell)``."""
    text = cell.strip()
    for cue, comparator in _cues_before():
        if text.startswith(cue) and _BARE.match(text[len(cue):]):
            return comparator, text[len(cue):]
    return "exact", cell


# Switched off only to measure the rule (evaluation/statement_ablation.py).
BARE_WITH_COMPARATOR = True


def cell_quantity(cell: str, unit: str) -> Quantity | None:
    """The figure of a column cell, spans into the cell; a bare number takes ``unit``, and a
    comparator cue before it (低于 4.1) its comparator."""
    if not cell:
        return None
    found = quantities(cell)
    if found:
        return found[0]
    comparator, rest = _comparator_before(cell) if BARE_WITH_COMPARATOR else ("exact", cell)
    if _BARE.match(rest):
        number = rest.strip()
        start = cell.index(number)
        with_unit = quantities(number + unit) if unit else []
        if with_unit:
            got = replace(with_unit[0], start=start, end=start + len(number), text=number)
            return got if comparator == "exact" else replace(got, comparator=comparator)  # type: ignore[arg-type]
        # A bare number with no unit anywhere (the table's unit is not written): kept, unit "".
        amount = Decimal(number.replace(",", ""))
        return Quantity(amount, "", "", comparator, start,  # type: ignore[arg-type]
                        start + len(number), number)
    return None


# Switched off only to measure the rule (evaluation/statement_ablation.py).
ROLE_HEADERS_NAME_NOTHING = True


def _name(header: str, row: dict[str, Any]) -> str:
    """A column figure's metric: its header, unless the header only names the column's role
    (年度目标, 目标任务) in a table of one set: then the row's task, which names the indicator
    (全社会固定资产投资额). A row of several sets keeps its headers: they tell the sets apart,
    and its rows are mostly places (市州 | 计划完成数 … | 计划投资额 …)."""
    name = _BRACKET.sub("", header).strip()
    task = _text(row.get("task"))
    if ROLE_HEADERS_NAME_NOTHING and name and task and not row.get("in_set") \
            and names_role_only(name):
        return task
    return name or task


def _sets(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The row as one view per target/actual/ratio set, each shaped like a one-set row."""
    sets = row.get("sets")
    if not isinstance(sets, list) or not sets:
        return []
    views = []
    for one in sets:
        roles = {r: one.get(f"{r}_header", "") for r in ("target", "actual", "ratio")}
        roles.update({f"{r}_unit": one[f"{r}_unit"] for r in ("target", "actual", "ratio")
                      if f"{r}_unit" in one})
        views.append({"task": row.get("task"), "unit_text": row.get("unit_text"),
                      "target_text": one.get("target"), "actual_text": one.get("actual"),
                      "ratio_text": one.get("ratio"), "roles": roles, "in_set": True})
    return views


def column_targets(row: dict[str, Any]) -> list[Target]:
    """The target column's target; with several sets, one per set, in their order."""
    views = _sets(row)
    if views:
        return [t for view in views for t in _column_target(view)]
    return _column_target(row)


# Switched off only to measure the rule (evaluation/statement_ablation.py).
DESCRIBED_PROJECTS = True


def _describes(cell: str, q: Quantity) -> bool:
    """A target cell that describes projects (①…建设面积约15万平方米, 全长190米, 总用地面积…): its
    first figure is the size a word of ``data/not_targets.tsv`` introduces, not a goal."""
    before = cell[: q.start].rstrip("".join(cue_words("before_figure")))
    return DESCRIBED_PROJECTS and bool(before) and before.endswith(word_keys("not_targets.tsv"))


def _column_target(row: dict[str, Any]) -> list[Target]:
    cell = _text(row.get("target_text"))
    if not cell:  # no target cell (the rows of most reports): its unit is not looked up
        return []
    q = cell_quantity(cell, column_unit(row, "target"))
    if q is None or _describes(cell, q) or standard_at(cell, 0, q.start, q.end):
        return []
    header = header_of(row, "target")
    name = _name(header, row)
    if q.unit in CHANGE_UNITS:
        kind = "change"
    elif " / " in dimension(q.unit):
        kind = "level"  # a standard (430元/月) is reached, not summed
    elif q.unit in RATE_UNITS:
        # The indicator's own name says whether a rate grows (区级财政收入增长率 | 6%以上).
        words = name + cell + _text(row.get("task"))
        kind = "change" if any(w in words for w in cue_words("change")) else "level"
    else:
        kind = "amount"
    return [Target(name, q, kind, cell, 0, len(cell), source="target_column")]  # type: ignore[arg-type]


def column_actuals(row: dict[str, Any], targets: list[Target], month: int | None) -> list[Actual]:
    """The actual column's figure and the ratio column's stated ratio, aligned to the column
    target; with several sets, each set's to its own set's target (None when it has none)."""
    views = _sets(row)
    if not views:
        index = next((i for i, t in enumerate(targets) if t.source == "target_column"), None)
        return _column_actuals(row, targets, month, index)
    at = iter(i for i, t in enumerate(targets) if t.source == "target_column")
    out: list[Actual] = []
    for view in views:
        index = next(at, None) if _column_target(view) else None
        out += _column_actuals(view, targets, month, index)
    return out


def _column_actuals(row: dict[str, Any], targets: list[Target], month: int | None,
                    index: int | None) -> list[Actual]:
    out: list[Actual] = []
    cell = _text(row.get("actual_text"))
    q = cell_quantity(cell, column_unit(row, "actual") or
                      (targets[index].unit if index is not None else "")) if cell else None
    if q is not None:
        name = _name(header_of(row, "actual"), row)
        kind = "snapshot" if q.unit in RATE_UNITS and index is not None and \
            targets[index].kind == "level" else "ytd"
        out.append(with_target(Actual(name, q, kind, cell, 0, len(cell),  # type: ignore[arg-type]
                                      through_month=month), index))
    ratio = _text(row.get("ratio_text"))
    r = cell_quantity(ratio, "%")
    if r is not None and r.unit == "%":
        name = _name(header_of(row, "ratio"), row)
        out.append(with_target(Actual(name, r, "ytd", ratio, 0, len(ratio), stated=True,
                                      through_month=month), index))
    return out


# Switched off only to measure the rule (evaluation/judge_ablation.py): a heading's verdict word
# asks the shared contexts (judge pass 3) before it is the heading's verdict.
HEADING_CONTEXTS = True


def verdict_in(text: str) -> dict[str, str] | None:
    """The first verdict a status cell or heading states (data/verdicts.tsv), or None.

    A word its clause denies, warns against or puts in a condition (``项目推进顺利,不滞后``,
    ``要防止进度滞后``) states nothing: the heading then reads as the next word it states, or none
    (:func:`zqmetrics.text.verdict_forms.in_context`, as the judge's status cells read it)."""
    if not text:
        return None
    table = word_table("verdicts.tsv")
    for m in word_pattern("verdicts.tsv").finditer(text):
        status = table[m.group()]
        if status == "none":
            continue
        if not HEADING_CONTEXTS:
            return {"status": status, "quote": m.group()}
        found = in_context(text, m.start(), m.end(), status)
        if found is not None:
            return {"status": found[0], "quote": text[found[1] : found[2]]}
    return None
