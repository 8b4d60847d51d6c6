"""Wide tables carry their unit to the figures: a column's own header unit, else the table's unit
line, shared out by the column's kind when it lists several (read/tableunit.py). Example tables
are in our own words, one a case; the word list ``data/table_units.tsv`` is tested as data."""

from __future__ import annotations

from decimal import Decimal

import pytest

from zqmetrics import read_report
from zqmetrics.extraction.columns import column_actuals, column_targets
from zqmetrics.read.tableunit import column_units, header_kind, header_unit, unit_line
from zqmetrics.text.cues import word_table
from zqmetrics.text.lexicon import rows
from zqmetrics.text.units import canonical

# --- data/table_units.tsv -----------------------------------------------------------------------

WORDS = rows("table_units.tsv", 2)
KINDS = ("line", "money", "count")


@pytest.mark.parametrize(("word", "kind"), WORDS, ids=[w for w, _ in WORDS])
def test_word_list_rows(word: str, kind: str) -> None:
    assert kind in KINDS
    assert word.strip() == word and word
    if kind == "line":  # a unit-line lead reads a unit line in both colons and in brackets
        assert unit_line([f"{word}：万元", "表头", "行"], 3) == (["万元"], f"{word}：万元")
        assert unit_line([f"（{word}:个）", "表头", "行"], 3) == (["个"], f"（{word}:个）")
    else:  # a header word names its own kind
        assert header_kind(f"年度{word}") == kind


def test_word_list_has_no_word_twice() -> None:
    words = [w for w, _ in WORDS]
    assert len(words) == len(set(words)) == len(word_table("table_units.tsv"))


# --- unit lines, one a case ----------------------------------------------------------------------

UNIT_LINES = [
    # (lines before the first row, the units found or None)
    (["2020年重点项目完成情况表", "单位:亿元", "县区 | 计划 |"], ["亿元"]),
    (["单位：个、亿元", "2021年各县项目汇总表", "隶属 | 个数 |"], ["个", "亿元"]),
    (["2019年各镇投资情况（单位：万元）", "镇别 | 计划 |"], ["万元"]),
    (["2019年各镇投资情况", "（单位：万元）", "镇别 | 计划 |"], ["万元"]),
    (["表头 | 计划 |", "计量单位：公里"], ["公里"]),
    (["2022年农田建设情况", "单位：万亩，亿元", "表头 |"], ["万亩", "亿元"]),
    (["责任单位：县发改委", "表头 |"], None),  # an office, not a unit of measure
    (["单位：县发改委", "表头 |"], None),
    (["各单位：请于10月底前报送", "表头 |"], None),
    (["2020年情况表", "表头 |"], None),
]


@pytest.mark.parametrize(("lines", "units"), UNIT_LINES,
                         ids=[str(i) for i in range(len(UNIT_LINES))])
def test_unit_line(lines: list[str], units: list[str] | None) -> None:
    found = unit_line([*lines, "1 | 行 |"], len(lines) + 1)
    assert (found[0] if found else None) == units


def test_unit_line_far_above_the_table_is_not_its_unit() -> None:
    lines = ["单位：万元", *[f"第{i}段说明文字。" for i in range(15)], "表头 |", "1 | 行 |"]
    assert unit_line(lines, len(lines)) is None


# --- a column's unit: its header, else the unit line by its kind ---------------------------------

HEADERS = [
    # (header, the table's units, the unit the column takes, or None with a warning)
    ("计划投资额(万元)", None, "万元"),
    ("累计完成投资额（万元）", ["亿元"], "万元"),  # the header's own unit beats the unit line
    ("年投资计划", ["亿元"], "亿元"),
    ("年投资计划", ["个", "亿元"], "亿元"),
    ("完成投资额", ["个", "亿元"], "亿元"),
    ("项目个数", ["个", "亿元"], "个"),
    ("累计开工数", ["个", "万元"], "个"),
    ("到位资金", ["家", "万元"], "万元"),
    ("年度目标", ["个", "亿元"], None),  # neither money nor count: unset, said
    ("完成投资额", ["万元", "亿元"], None),  # two money units: cannot tell
    ("开工率(%)", None, "%"),
]


@pytest.mark.parametrize(("header", "units", "unit"), HEADERS,
                         ids=[f"{h}-{'、'.join(u or [])}" for h, u, _ in HEADERS])
def test_column_unit(header: str, units: list[str] | None, unit: str | None) -> None:
    found, warnings = column_units(["县区", header], ["task", "target"], {}, units)
    assert found.get("target") == unit
    assert bool(warnings) == (unit is None and bool(units))
    if warnings:
        assert header in warnings[0] and "unset" in warnings[0]


def test_header_unit_is_a_unit_of_measure() -> None:
    assert header_unit("完成前三季度目标任务占比(%)") == "%"
    assert header_unit("县(市、区)") is None
    assert header_unit("计划投资额") is None


# --- example tables through the reader and the extraction, one a case ----------------------------

TABLES = [
    # (name, text, target (value in the canonical unit, canonical unit), actual likewise)
    ("unit line before the title",
     "单位：万元\n2020年1-9月各县区重点项目投资完成情况\n"
     "序号 | 县区 | 年度投资计划 | 1-9月完成投资 | 完成率 |\n"
     "1 | 城关区 | 5000 | 3900 | 78% |\n2 | 河西县 | 3000 | 2100 | 70% |\n"
     "3 | 南岭县 | 2000 | 1600 | 80% |\n",
     ("50000000", "yuan"), ("39000000", "yuan")),
    ("unit line after the title, spaced table",
     "2020年1-9月各县区重点项目投资完成情况\n单位:亿元\n县区 年度投资计划 1-9月完成投资 完成率\n"
     "城关区 50.2 39.1 77.9%\n河西县 30.5 21.0 68.9%\n南岭县 20.0 16.2 81.0%\n",
     ("5020000000", "yuan"), ("3910000000", "yuan")),
    ("unit line after the header",
     "2020年1-9月各县区重点项目投资完成情况\n"
     "序号 | 县区 | 年度投资计划 | 1-9月完成投资 | 完成率 |\n单位：万元\n"
     "1 | 城关区 | 5000 | 3900 | 78% |\n2 | 河西县 | 3000 | 2100 | 70% |\n"
     "3 | 南岭县 | 2000 | 1600 | 80% |\n",
     ("50000000", "yuan"), ("39000000", "yuan")),
    ("unit in brackets on the title",
     "2020年1-9月各县区重点项目投资完成情况（单位：万元）\n"
     "序号 | 县区 | 年度投资计划 | 1-9月完成投资 | 完成率 |\n"
     "1 | 城关区 | 5000 | 3900 | 78% |\n2 | 河西县 | 3000 | 2100 | 70% |\n"
     "3 | 南岭县 | 2000 | 1600 | 80% |\n",
     ("50000000", "yuan"), ("39000000", "yuan")),
    ("unit line in brackets",
     "2020年1-9月各县区重点项目投资完成情况\n（单位：万元）\n"
     "序号 | 县区 | 年度投资计划 | 1-9月完成投资 | 完成率 |\n"
     "1 | 城关区 | 5000 | 3900 | 78% |\n2 | 河西县 | 3000 | 2100 | 70% |\n"
     "3 | 南岭县 | 2000 | 1600 | 80% |\n",
     ("50000000", "yuan"), ("39000000", "yuan")),
    ("several units: the money columns take the money unit",
     "2019年1-6月各镇重点项目进展情况表\n单位：个、万元\n"
     "镇 别 | 项目数 | 年度计划投资 | 1-6月完成投资 | 完成率 |\n"
     "东镇 | 12 | 8000 | 4100 | 51.3% |\n西镇 | 9 | 6000 | 2500 | 41.7% |\n"
     "南镇 | 7 | 4000 | 2300 | 57.5% |\n",
     ("80000000", "yuan"), ("41000000", "yuan")),
    ("several units: a column of neither kind keeps none",
     "2019年1-6月各镇重点工作进展情况表\n单位：个、万元\n镇 别 | 年度目标 | 1-6月完成 | 完成率 |\n"
     "东镇 | 80 | 41 | 51.3% |\n西镇 | 60 | 25 | 41.7% |\n南镇 | 40 | 23 | 57.5% |\n",
     ("80", ""), ("41", "")),
    ("header units in full-width brackets; the count columns come first",
     "2021年1-8月各区改造进度表\n序号 | 区 | 计划改造数 | 累计开工数 | 开工率 | 计划投资（万元） | 完成投资（万元） |\n"
     "1 | 东区 | 30 | 25 | 83.3% | 9000 | 4200 |\n2 | 西区 | 20 | 12 | 60% | 7000 | 3100 |\n"
     "3 | 北区 | 10 | 10 | 100% | 2000 | 1500 |\n",
     ("30", ""), ("25", "")),
    ("header units in ASCII brackets",
     "2021年1-8月各区改造进度表\n序号 | 区 | 计划投资(亿元) | 累计完成投资(亿元) | 完成率 |\n"
     "1 | 东区 | 9.5 | 4.2 | 44.2% |\n2 | 西区 | 7.0 | 3.1 | 44.3% |\n3 | 北区 | 2.0 | 1.5 | 75.0% |\n",
     ("950000000", "yuan"), ("420000000", "yuan")),
    ("the row's unit cell beats the unit line",
     "2022年1-9月主要指标完成情况\n单位：万元\n序号 | 指标 | 单位 | 年度目标 | 1-9月完成 | 完成率 |\n"
     "1 | 新建高标准农田 | 万亩 | 8 | 6.2 | 77.5% |\n2 | 固定资产投资 | 亿元 | 120 | 95 | 79.2% |\n"
     "3 | 新增就业 | 人 | 5000 | 4100 | 82% |\n",
     ("80000", "mu"), ("62000", "mu")),
]


@pytest.mark.parametrize(("text", "target", "actual"), [t[1:] for t in TABLES],
                         ids=[t[0] for t in TABLES])
def test_table_unit_reaches_the_figures(text: str, target: tuple[str, str],
                                        actual: tuple[str, str]) -> None:
    df = read_report(text)
    row = df.iloc[0].to_dict()
    targets = column_targets(row)
    actuals = [a for a in column_actuals(row, targets, 9) if not a.stated]
    # A row of two sets (a count, then money) gives a target and an actual per set; the first
    # set's are checked here (tests/test_wide_sets.py checks the others).
    sets = len(row["sets"] or [None])
    assert len(targets) == sets and len(actuals) == sets
    first = next(a for a in actuals if a.target_index == 0)
    for found, (value, unit) in ((targets[0].quantity, target), (first.quantity, actual)):
        assert found.value == Decimal(value)
        assert (canonical(found.unit) or found.unit) == unit


def test_table_unit_is_in_the_attributes_and_the_warnings_say_an_unset_unit() -> None:
    text = TABLES[6][1]
    df = read_report(text)
    assert df.attrs["table_unit"] == "单位：个、万元"
    assert any("年度目标" in w and "unset" in w for w in df.attrs["warnings"])
    assert "target_unit" not in df.iloc[0]["roles"]


def test_a_count_column_keeps_its_own_header() -> None:
    # Two target columns (a count, then money): the target cell and its header are one column's.
    row = read_report(TABLES[7][1]).iloc[0]
    assert row["roles"]["target"] == "计划改造数" and row["target_text"] == "30"


def test_spaced_unit_line_after_the_header() -> None:
    # The unit line under the header is still taken for a header line (the header is not read),
    # but the figures' arithmetic (77.9% = 39.1 ÷ 50.2) names the target, actual and ratio
    # columns, and the unit line gives their unit (zqmetrics.read.arith).
    text = ("2020年1-9月各县区重点项目投资完成情况\n县区 年度投资计划 1-9月完成投资 完成率\n单位:亿元\n"
            "城关区 50.2 39.1 77.9%\n河西县 30.5 21.0 68.9%\n南岭县 20.0 16.2 81.0%\n")
    row = read_report(text).iloc[0].to_dict()
    assert column_targets(row)[0].quantity.value == Decimal("5020000000")
