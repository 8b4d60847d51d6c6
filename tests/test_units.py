"""Units as data: ``data/units.tsv`` (surface → canonical) against ``data/units.txt`` (the pint
registry), then the conversions an analyst relies on, all in exact ``Decimal``.

The expected dimension of every canonical unit is written out by hand below, so a change to
``units.txt`` that makes 人 convertible to 户, or 亩 something other than an area, fails here.
"""

from __future__ import annotations

from decimal import Decimal

import pint
import pytest

from zqmetrics.text.lexicon import data_text, rows
from zqmetrics.text.quantity import quantities
from zqmetrics.text.units import (
    canonical,
    convert,
    dimension,
    quantity,
    registry,
)
from zqmetrics.types import Quantity

SURFACES = rows("units.tsv", 2)

# Every counter (量词) is a base unit of its own dimension, named after itself.
COUNTERS = [
    "person", "person_time", "household", "household_time", "establishment", "establishment_time",
    "piece", "piece_time", "site", "structure", "unit_set", "item", "parcel", "case", "event",
    "event_time", "institution", "machine", "machine_time", "vehicle", "building", "strip",
    "branch", "batch", "occurrence", "group", "volume", "copy", "village", "village_time", "room",
    "sheet", "plant", "animal", "article", "session", "seat", "kind", "example", "incident",
    "transaction", "round", "lesson", "berth", "bed", "lamp", "batch_time", "round_time", "pair",
]

EXPECTED_DIMENSION = {
    **{name: f"[{name}]" for name in COUNTERS},
    "meter": "[length]",
    "kilometer": "[length]",
    "centimeter": "[length]",
    "square_meter": "[length] ** 2",
    "hectare": "[length] ** 2",
    "mu": "[length] ** 2",
    "square_kilometer": "[length] ** 2",
    "cubic_meter": "[length] ** 3",
    "kilogram": "[mass]",
    "microgram_per_cubic_meter": "[mass] / [length] ** 3",  # 微克/立方米, a concentration
    # standards and productivity: levels in compound units
    "yuan_per_person": "[currency] / [person]",  # 劳均产出率280.0万元/人
    "yuan_per_month": "[currency] / [month_duration]",  # 低保标准430元/月
    "yuan_per_year": "[currency] / [year_duration]",  # 农村低保标准3200元/年
    "yuan_per_person_month": "[currency] / [person] / [month_duration]",  # 560元/人/月
    "yuan_per_person_year": "[currency] / [person] / [year_duration]",  # 89元/人/年
    "yuan_per_square_kilometer": "[currency] / [length] ** 2",  # 地均产出率2139.4亿元/平方公里
    "yuan_per_mu": "[currency] / [length] ** 2",  # 亩均税收30万元/亩
    "jin": "[mass]",
    "ton": "[mass]",
    "kilowatt": "[power]",
    "megawatt": "[power]",
    "kilowatt_hour": "[power] * [time]",
    "day": "[time]",
    "hour": "[time]",
    "month_duration": "[month_duration]",
    "year_of_age": "[age]",  # 岁: an age, not a span of time (年 is no unit)
    "yuan": "[currency]",
    "us_dollar": "[us_currency]",
    "hk_dollar": "[hk_currency]",
    "euro": "[euro_currency]",
    "yen": "[yen_currency]",
    "pound_sterling": "[sterling_currency]",
    "won": "[won_currency]",
    "australian_dollar": "[australian_currency]",
    "macau_pataca": "[pataca_currency]",
    "percent": "dimensionless",
    "permille": "dimensionless",
    "percentage_point": "[percentage_point]",
    "times": "[ratio]",
}
DIMENSION_XFAIL = {
    "kilowatt_hour": "千瓦时 is a base unit of its own [energy], so it is not 千瓦 × 小时 and cannot "
    "be compared with power over time",
}


# --- units.tsv against the registry ---------------------------------------------------------------


@pytest.mark.parametrize(("surface", "name"), SURFACES)
def test_every_surface_maps_to_a_registry_unit(surface, name):
    ureg = registry()
    assert name in ureg
    assert ureg.get_name(name) == name  # the canonical is the unit's own name, not an alias


def test_no_surface_maps_to_two_canonicals():
    seen: dict[str, set[str]] = {}
    for surface, name in SURFACES:
        seen.setdefault(surface, set()).add(name)
    assert {s: names for s, names in seen.items() if len(names) > 1} == {}


def test_no_surface_is_listed_twice():
    surfaces = [s for s, _ in SURFACES]
    assert sorted({s for s in surfaces if surfaces.count(s) > 1}) == []


def _aliases_in_units_txt() -> dict[str, str]:
    """alias → unit name, read from the definition lines of units.txt (name = definition = aliases)."""
    out: dict[str, str] = {}
    for line in data_text("units.txt").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _definition, *aliases = (part.strip() for part in line.split("="))
        for alias in aliases:
            out[alias] = name
    return out


def test_units_txt_aliases_agree_with_units_tsv():
    """A Chinese spelling defined in both files names the same unit in both."""
    aliases = _aliases_in_units_txt()
    disagree = {s: (n, aliases[s]) for s, n in SURFACES if s in aliases and aliases[s] != n}
    assert disagree == {}


def test_every_canonical_has_an_expected_dimension():
    canonicals = {name for _, name in SURFACES}
    assert sorted(canonicals - set(EXPECTED_DIMENSION)) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param(n, d, marks=pytest.mark.xfail(strict=True, reason=DIMENSION_XFAIL[n]))
        if n in DIMENSION_XFAIL
        else (n, d)
        for n, d in EXPECTED_DIMENSION.items()
    ],
)
def test_canonical_dimension(name, expected):
    assert str(registry()(name).dimensionality) == expected


def test_counters_are_pairwise_incommensurable():
    dims = [str(registry()(name).dimensionality) for name in COUNTERS]
    assert len(set(dims)) == len(COUNTERS)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("亩", "公顷", True),
        ("亩", "平方米", True),
        ("公里", "米", True),
        ("元", "亿元", True),
        ("人", "名", True),
        ("人", "户", False),
        ("人", "人次", False),
        ("家", "家次", False),
        ("个", "项", False),
        ("%", "个百分点", False),
        ("元", "美元", False),
        ("亩", "立方米", False),
        ("人", "火星", False),
    ],
)
def test_same_dimension(a, b, expected):
    assert (dimension(a) == dimension(b) != "") is expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("人", "person"), ("名", "person"), ("人次", "person_time"), ("亩", "mu"), ("个百分点", "percentage_point"),
     ("%", "percent"), ("平米", "square_meter"), ("火星", None), ("万元", None), ("亿", None)],
)
def test_canonical(surface, expected):
    assert canonical(surface) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("亩", "[length] ** 2"), ("公顷", "[length] ** 2"), ("平方米", "[length] ** 2"), ("元", "[currency]"),
     ("人", "[person]"), ("户", "[household]"), ("火星", "")],
)
def test_dimension(surface, expected):
    assert dimension(surface) == expected


# --- Conversions -------------------------------------------------------------------------------------

CONVERSIONS = [
    # (value, from, to, exact result)
    ("1500", "亩", "公顷", "100"),
    ("1", "公顷", "亩", "15"),
    ("15", "亩", "公顷", "1"),
    ("1", "亩", "平方米", "666.6666666666666666666666667"),  # hectare / 15, to 28 digits
    ("4174000000", "元", "亿元", "41.74"),
    ("26.07", "亿元", "元", "2607000000"),
    ("4860", "万元", "亿元", "0.486"),
    ("6", "公里", "米", "6000"),
    ("12.944", "公里", "米", "12944"),
    ("130", "万元", "元", "1300000"),
    ("3150", "吨", "公斤", "3150000"),
    ("1", "斤", "千克", "0.5"),
    ("1", "平方公里", "公顷", "100"),
    ("24", "小时", "天", "1"),
    ("20000", "人", "名", "20000"),
    ("67.6", "%", "dimensionless", "0.676"),
    ("3", "‰", "%", "0.3"),
    ("37", "微克/立方米", "kilogram / cubic_meter", "3.7E-8"),
]


@pytest.mark.parametrize(("value", "unit", "to", "expected"), CONVERSIONS)
def test_convert(value, unit, to, expected):
    result = convert(Decimal(value), unit, to)
    assert isinstance(result, Decimal)
    assert result == Decimal(expected)


@pytest.mark.parametrize(("unit", "to"), [("人", "户"), ("人", "人次"), ("亩", "吨"), ("元", "美元"), ("%", "个百分点")])
def test_convert_refuses_across_dimensions(unit, to):
    with pytest.raises(pint.DimensionalityError):
        convert(1, unit, to)


def test_two_wan_people_are_twenty_thousand_persons_and_never_households():
    (q,) = quantities("新增城镇就业2万人")
    p = q.to_pint()
    assert p.magnitude == Decimal(20000)
    assert isinstance(p.magnitude, Decimal)
    assert p.units == registry().person
    assert p.to("名").magnitude == Decimal(20000)
    with pytest.raises(pint.DimensionalityError):
        p.to("household")


def test_percent_is_exact_in_decimal():
    (q,) = quantities("空气质量优良天数比例达到67.6%")
    ratio = q.to_pint().to("dimensionless").magnitude
    assert ratio == Decimal("0.676")
    assert str(ratio) == "0.676"  # no 0.6759999999999999
    assert quantity(Decimal("67.6"), "%").to("dimensionless").magnitude == Decimal("0.676")


def test_to_pint_on_a_built_quantity():
    q = Quantity(Decimal(1500), "亩", "mu", "exact", 0, 6, "1500亩")
    assert q.to_pint().to("hectare").magnitude == Decimal(100)
    assert q.to_pint(registry()).units == registry().mu


def test_money_to_yi_yuan_from_a_found_quantity():
    (q,) = quantities("第二季度完成投资41.74亿元。")
    assert q.canonical == "yuan"
    assert q.to_pint().to("yi_yuan").magnitude == Decimal("41.74")

