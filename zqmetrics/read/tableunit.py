"""The unit of each figure column of a wide table: its own header, else the table's unit line.

Statistical tables often write the unit once for the whole table, on a line of its own before the
header (``单位:亿元``, ``（单位：万元）``, ``单位：个、亿元``) or at the end of the title, and some
headers carry their column's unit in brackets (``计划投资额(万元)``). A column's unit is, in order:
the row's unit cell (applied by the extraction, not here), its header's bracketed unit, the
table's unit line. A unit line listing several units is shared out by the column's kind (money
words take the money unit, count words the counter; ``data/table_units.tsv``); a column whose kind
cannot be told keeps no unit, and the warnings say so.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from zqmetrics.text.cues import word_table, words_alternation
from zqmetrics.text.lazy import lazy_regex
from zqmetrics.text.lexicon import derived
from zqmetrics.text.units import canonical

FIGURE_ROLES = ("target", "plan", "actual")  # the roles whose cells are figures with a unit
_MAGNITUDE = lazy_regex(r"^[万亿千百十]+")
_SEPARATORS = lazy_regex(r"[、，,/／；;\s]+|和|及")
_HEADER_UNIT = regex.compile(r"[(（]([^()（）]{1,6})[)）]\s*$")
_NEAR = 12  # a unit line stands within this many lines with text before the first row


@derived
def _line_pattern() -> regex.Pattern[str]:
    lead = words_alternation("table_units.tsv", "line")
    units = r"(?P<units>[^()（）【】\[\]:：]{1,24}?)"
    whole = rf"^\s*[（(【\[]?\s*(?:{lead})\s*[:：]\s*{units}\s*[)）】\]]?\s*$"
    tail = rf"[（(【\[]\s*(?:{lead})\s*[:：]\s*{units}\s*[)）】\]]\s*$"
    return regex.compile(rf"{whole}|{tail}")


def _unit_words(text: str) -> list[str] | None:
    """The units a unit line lists, or None when any piece is no unit of measure."""
    pieces = [p for p in _SEPARATORS.split(text.strip()) if p]
    if not pieces:
        return None
    for piece in pieces:
        if not (piece in ("%", "％") or canonical(piece) or canonical(_MAGNITUDE.sub("", piece))):
            return None
    return pieces


def unit_line(lines: Sequence[str], first_row: int | None) -> tuple[list[str], str] | None:
    """The units of the table's unit line and the line itself, looked for before the first row.

    ``first_row`` is the 1-based line of the table's first data row; the nearest unit line above
    it wins (a unit line under the header, then one under or in the title).
    """
    if not first_row:
        return None
    pattern = _line_pattern()
    # Counted in lines with text: a header broken over blank lines is still near.
    above = [line for line in lines[: first_row - 1] if line.strip()][-_NEAR:]
    for line in reversed(above):
        m = pattern.search(line)
        if m is None:
            continue
        units = _unit_words(m["units"] or "")
        if units:
            return units, line.strip()
    return None


def header_unit(header: str) -> str | None:
    """A unit written in brackets at the end of a header (``累计完成投资额（万元）``)."""
    m = _HEADER_UNIT.search(header)
    units = _unit_words(m[1]) if m else None
    return units[0] if units and len(units) == 1 else None


def is_money(unit: str) -> bool:
    return canonical(_MAGNITUDE.sub("", unit)) == "yuan"


def header_kind(header: str) -> str | None:
    """``money`` or ``count`` by the header's words (the longest word found decides), else None."""
    table = word_table("table_units.tsv")
    found = sorted((w for w, k in table.items() if k in ("money", "count") and w in header),
                   key=len, reverse=True)
    kinds = {table[w] for w in found if len(w) == len(found[0])} if found else set()
    return kinds.pop() if len(kinds) == 1 else None


def column_units(headers: Sequence[str], roles: Sequence[str | None], chosen: dict[str, int],
                 table_units: list[str] | None) -> tuple[dict[str, str], list[str]]:
    """``{role: unit}`` for the figure roles, and warnings for the columns left without one."""
    out: dict[str, str] = {}
    warnings: list[str] = []
    for role in FIGURE_ROLES:
        index = chosen.get(role, next((i for i, r in enumerate(roles) if r == role), None))
        if index is None or index >= len(headers):
            continue
        header = headers[index]
        own = header_unit(header)
        if own:
            out[role] = own
            continue
        if not table_units:
            continue
        if len(table_units) == 1:
            out[role] = table_units[0]
            continue
        kind = header_kind(header)
        fits = [u for u in table_units if kind is not None and is_money(u) == (kind == "money")]
        if len(fits) == 1:
            out[role] = fits[0]
        else:
            warnings.append(f"column {header!r}: the table's units {'、'.join(table_units)} "
                            "cannot be told apart for it; unit left unset")
    return out, warnings
