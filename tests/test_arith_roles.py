"""Figure columns named by their arithmetic (zqmetrics.read.arith): ratio = 100 × actual ÷ target."""

from __future__ import annotations

import pytest

from zqmetrics.read.arith import arithmetic_sets, read_by_arithmetic
from zqmetrics.read.grid import Raw


def _rows(*cells: tuple[str, ...]) -> list[Raw]:
    return [Raw(c, n) for n, c in enumerate(cells, 1)]


# (rows, the (target, actual, ratio) column triples read). One case a row.
SETS = [
    # One set: plan, done, rate with a percent sign.
    (_rows(("甲", "3053", "2660", "87.1%"), ("乙", "3889", "3159", "81.2%"), ("丙", "400", "283", "70.8%")),
     [(1, 2, 3)]),
    # Two sets with targets of their own (小区数 | 户数): each read on its own.
    (_rows(("甲", "3053", "2660", "87.1%", "43.31", "38.87", "89.7%"),
           ("乙", "3889", "3159", "81.2%", "67.14", "57.60", "85.8%"),
           ("丙", "400", "283", "70.8%", "20.84", "14.14", "67.9%")),
     [(1, 2, 3), (4, 5, 6)]),
    # Two sets of one target (在建 | 完成): one set, the latest actual.
    (_rows(("甲", "20034", "17282", "86.3", "2752", "13.7"), ("乙", "91", "74", "81.3", "17", "18.7"),
           ("丙", "1105", "904", "81.8", "201", "18.2")),
     [(1, 4, 5)]),
    # Whole numbers are counts, not rates: no set.
    (_rows(("甲", "100", "50", "50"), ("乙", "200", "100", "50"), ("丙", "10", "5", "50")), []),
    # Borne out by fewer than three rows: no set.
    (_rows(("甲", "100", "50", "50.0%"), ("乙", "200", "100", "50.0%"), ("丙", "7", "3", "12.5%")), []),
]


@pytest.mark.parametrize("rows, triples", SETS)
def test_sets_from_the_figures(rows, triples) -> None:
    width = max(len(r.cells) for r in rows)
    assert arithmetic_sets(rows, width) == triples


# (header roles, rows, what the rows' target/actual/ratio cells are after reading). One case a row.
READS = [
    # The header named no figure column: they are named, and a row that lost cells (西昌: its
    # empty 改建 cells collapsed) gets its own set moved under the columns.
    ([None, None, None, None, None, None, None, None],
     _rows(("凉山州", "20034", "17282", "15951", "86.3", "2752", "2090", "13.7"),
           ("德昌县", "91", "74", "69", "81.3", "17", "10", "18.7"),
           ("普格县", "1105", "904", "904", "81.8", "201", "201", "18.2"),
           ("西昌市", "305", "299", "98.0", "6", "2.0", "", "")),
     [("20034", "2752", "13.7"), ("91", "17", "18.7"), ("1105", "201", "18.2"), ("305", "6", "2.0")]),
    # A named target or ratio is never overruled: nothing moves.
    ([None, "target", None, None],
     _rows(("甲", "3053", "2660", "87.1%"), ("乙", "3889", "3159", "81.2%"), ("丙", "400", "283", "70.8%")),
     None),
]


@pytest.mark.parametrize("roles, rows, cells", READS)
def test_rows_read_by_arithmetic(roles, rows, cells) -> None:
    out, named, chosen, warnings = read_by_arithmetic(rows, roles)
    if cells is None:
        assert out == rows and named == roles and not chosen and not warnings
        return
    got = [(r.cells[chosen["target"]], r.cells[chosen["actual"]], r.cells[chosen["ratio"]])
           for r in out]
    assert got == cells
    assert [named[chosen[k]] for k in ("target", "actual", "ratio")] == ["target", "actual", "ratio"]
    assert warnings and [r.line for r in out] == [r.line for r in rows]  # said; no row lost


# Reader pass 11: rows without a header, their columns assumed (序号, 任务, 进展, 计划, 责任单位):
# the assumed roles give way to the set the figures bear out; a header's named roles would not.
# (roles, whether assumed, the roles read). One case a row.
_PLAIN = _rows(("1", "甲项目", "3053", "2660", "87.1%"), ("2", "乙项目", "3889", "3159", "81.2%"),
               ("3", "丙项目", "400", "283", "70.8%"))
ASSUMED = [
    (["seq", "task", "progress", "plan", "units"], True,
     ["seq", "task", "target", "actual", "ratio"]),
    (["seq", "task", "progress", "plan", "units"], False,
     ["seq", "task", "progress", "plan", "units"]),
    (["seq", "task", "progress", "plan", "units"], None,  # assumed, the rule switched off
     ["seq", "task", "progress", "plan", "units"]),
]


@pytest.mark.parametrize("roles, assumed, read", ASSUMED)
def test_assumed_roles_give_way_to_arithmetic(roles, assumed, read, monkeypatch) -> None:
    from zqmetrics.read import arith

    if assumed is None:
        monkeypatch.setattr(arith, "ASSUMED_GIVE_WAY", False)
    _, named, _, warnings = read_by_arithmetic(_PLAIN, roles, bool(assumed) or assumed is None)
    assert named == read
    assert bool(warnings) == (named != roles)


def test_a_numbered_table_without_header_places_its_figures() -> None:
    """Numbered rows with no header: the figures go to target, actual and ratio by their sum."""
    from zqmetrics.read.reader import read_report

    text = "\n".join(["2021年重点项目进度表", "1 | 甲项目 | 3053 | 2660 | 87.1% |",
                      "2 | 乙项目 | 3889 | 3159 | 81.2% |", "3 | 丙项目 | 400 | 283 | 70.8% |"])
    frame = read_report(text)
    assert frame[["task", "target_text", "actual_text", "ratio_text"]].values.tolist() == [
        ["甲项目", "3053", "2660", "87.1%"], ["乙项目", "3889", "3159", "81.2%"],
        ["丙项目", "400", "283", "70.8%"]]
    assert any("by their arithmetic" in w for w in frame.attrs["warnings"])
