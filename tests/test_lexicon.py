"""The lexicons are data, and the data is tested (STYLE 3).

- ``numerals.tsv``: every character agrees with ``unicodedata.numeric()`` where that gives a
  value (the check that catches JioNLP's ``'１' → 0``), roles are digit/unit/magnitude and fit
  the value.
- ``comparators.tsv``: every comparator is one of the five; every cue is evidenced by a row of
  the example table in ``test_quantities.py`` (the cue next to an expected quantity that carries
  its comparator), so a cue nobody has seen in a real clause fails.
- ``nonquantities.tsv``: every pattern compiles, matches at least one NOT_QUANTITIES row, and
  never swallows a quantity the table expects.
- ``units.tsv``: the header's promise that magnitudes are never part of a surface.
"""

from __future__ import annotations

import unicodedata

import pytest
import regex
from test_quantities import ALL_ROWS, NOT_QUANTITIES, NOT_QUANTITIES_SYNTHETIC

import zqmetrics as zq
from zqmetrics.text.lexicon import mapping, rows
from zqmetrics.text.normalize import normalize
from zqmetrics.types import COMPARATORS

# --- numerals.tsv -----------------------------------------------------------------------------------

NUMERALS = rows("numerals.tsv", 3)
ROLE_VALUES = {
    "digit": set(range(10)),
    "unit": {10, 100, 1000},
    "magnitude": {10_000, 100_000_000},
}


@pytest.mark.parametrize(("char", "value", "role"), NUMERALS)
def test_numeral_agrees_with_unicodedata(char, value, role):
    try:
        expected = unicodedata.numeric(char)
    except ValueError:  # 两 has no numeric value in Unicode; nothing to check against
        return
    assert int(value) == expected


@pytest.mark.parametrize(("char", "value", "role"), NUMERALS)
def test_numeral_role_fits_its_value(char, value, role):
    assert role in ROLE_VALUES
    assert int(value) in ROLE_VALUES[role]


def test_every_numeral_character_is_listed_once():
    chars = [c for c, _, _ in NUMERALS]
    assert sorted({c for c in chars if chars.count(c) > 1}) == []
    assert all(len(c) == 1 for c in chars)


def test_numerals_cover_every_digit_unit_and_magnitude():
    values = {role: {int(v) for _, v, r in NUMERALS if r == role} for role in ROLE_VALUES}
    assert values == ROLE_VALUES


def test_no_full_width_or_ascii_digit_in_the_numeral_table():
    # Those are folded by normalize(); listing them here would shadow Arabic parsing.
    assert [c for c, _, _ in NUMERALS if unicodedata.category(c) == "Nd"] == []


# --- comparators.tsv ---------------------------------------------------------------------------------

CUES = rows("comparators.tsv", 3)


@pytest.mark.parametrize(("cue", "comparator", "position"), CUES)
def test_comparator_row_is_well_formed(cue, comparator, position):
    assert comparator in COMPARATORS
    assert comparator not in ("exact", "range")  # a cue states a bound or an approximation
    assert position in ("before", "after", "scope")
    assert cue and not any(ch.isspace() for ch in cue)


def test_no_cue_is_listed_twice():
    cues = [c for c, _, _ in CUES]
    assert sorted({c for c in cues if cues.count(c) > 1}) == []


def _evidence(cue: str, comparator: str, position: str) -> list[str]:
    """Clauses of the example table where ``cue`` sets an expected quantity's comparator."""
    found = []
    for clause, expected in ALL_ROWS:
        for surface, _, _, unit, comp in expected:
            if comp != comparator:
                continue
            at = clause.find(surface)
            if position == "before":
                seen = cue + surface in clause
            elif position == "after":  # after the unit, or between number and unit (1500余个)
                seen = surface + cue in clause or surface.endswith(cue + unit)
            else:  # scope: earlier in the clause
                seen = 0 <= clause.find(cue) < at
            if seen:
                found.append(clause)
    return found


@pytest.mark.parametrize(("cue", "comparator", "position"), CUES)
def test_every_cue_has_an_example_row(cue, comparator, position):
    assert _evidence(cue, comparator, position), f"no example row shows {cue} ({position})"


# --- nonquantities.tsv -------------------------------------------------------------------------------

PATTERNS = [p for (p,) in rows("nonquantities.tsv", 1)]
NOT_QUANTITY_TEXTS = [normalize(clause).text for clause, _ in NOT_QUANTITIES + NOT_QUANTITIES_SYNTHETIC]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_nonquantity_pattern_compiles(pattern):
    regex.compile(pattern)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_nonquantity_pattern_matches_a_not_quantities_row(pattern):
    compiled = regex.compile(pattern)
    assert any(compiled.search(text) for text in NOT_QUANTITY_TEXTS)


def _swallowed(pattern: str) -> list[tuple[str, str]]:
    """(clause, surface) pairs where the pattern overlaps a quantity the table expects."""
    compiled = regex.compile(pattern)
    out = []
    for clause, expected in ALL_ROWS:
        text = normalize(clause).text
        spans = [m.span() for m in compiled.finditer(text)]
        at = 0
        for surface, *_ in expected:
            start = clause.find(surface, at)
            end = start + len(surface)
            at = end
            if any(s < end and start < e for s, e in spans):
                out.append((clause, surface))
    return out


# pattern fragment → reason, for a pattern known to swallow an expected quantity (strict xfail).
_SWALLOW_XFAIL: dict[str, str] = {}


def _swallow_params():
    for pattern in PATTERNS:
        reason = next((r for key, r in _SWALLOW_XFAIL.items() if key in pattern), None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(pattern, marks=marks)


@pytest.mark.parametrize("pattern", list(_swallow_params()))
def test_nonquantity_pattern_never_swallows_an_expected_quantity(pattern):
    assert _swallowed(pattern) == []


# --- units.tsv -----------------------------------------------------------------------------------------


# Units that open with a magnitude character (千米, 千克, 千瓦, 千瓦时, 百分点): each is read whole,
# alone and after a magnitude, never as the magnitude times the rest (65千米 is not 65000 米).
_MAGNITUDE_LED = sorted(s for s in mapping("units.tsv") if s[0] in "万亿千百")


@pytest.mark.parametrize("surface", _MAGNITUDE_LED)
def test_a_unit_opening_with_a_magnitude_is_read_whole(surface):
    assert [(q.value, q.unit) for q in zq.quantities(f"完成65{surface}")] == [(65.0, surface)]
    assert [(q.value, q.unit) for q in zq.quantities(f"完成1.2万{surface}")] == [(12000.0, surface)]


# Counters of the trade read as units, each its own dimension (text, value, unit).
COUNTERS = [
    ("安装太阳能路灯6059盏", 6059.0, "盏"),  # liaoning-2021-07
    ("更换路灯1.2万盏", 12000.0, "盏"),
]


@pytest.mark.parametrize(("text", "value", "unit"), COUNTERS, ids=[c[0] for c in COUNTERS])
def test_a_counter_of_the_trade_is_a_unit(text: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in zq.quantities(text)] == [(value, unit)]


# data/word_bounds.tsv: every character listed keeps its word from being read, case by case.
_BOUNDS = [(kind, word, ch) for kind, word, chars in rows("word_bounds.tsv", 3) for ch in chars]


@pytest.mark.parametrize(("kind", "word", "ch"), _BOUNDS, ids=[f"{k}:{ch}{w}" if k == "before"
                                                                else f"{k}:{w}{ch}" for k, w, ch in _BOUNDS])
def test_word_bounds_keep_the_longer_word(kind: str, word: str, ch: str) -> None:
    if kind == "before":  # 通过5个: 过 ends 通过, so 5个 is exact, not at least
        longer = {c: comp for c, comp, _ in rows("comparators.tsv", 3)}.get(f"{ch}{word}")
        found = zq.quantities(f"{ch}{word}5个")  # 超过, 接近 are cues of their own
        assert [q.comparator for q in found] == [longer or "exact"]
    else:  # 九成立: 成 starts 成立, so 九成 is no share
        assert [q for q in zq.quantities(f"九{word}{ch}") if q.unit == "%"] == []
