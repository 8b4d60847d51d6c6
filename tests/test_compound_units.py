"""Standards and productivity in compound units (元/人/月, 万元/人, 亿元/平方公里): one quantity in
one unit, and a target on one is a level (reached as it stands, not summed). One row per case."""

from __future__ import annotations

from decimal import Decimal

import pytest

from zqmetrics.extraction.targets import extract_targets
from zqmetrics.text.quantity import quantities

# (text, amount, unit as written less its magnitude, kind of the target it sets)
ROWS = [
    ("城市低保标准不低于430元/月", Decimal(430), "元/月", "level"),
    ("农村低保标准不低于3200元/年", Decimal(3200), "元/年", "level"),
    ("金融街劳均产出率达到280.0万元/人", Decimal(2800000), "元/人", "level"),
    ("地均产出率达到2139.4亿元/平方公里", Decimal(213940000000), "元/平方公里", "level"),
    ("城乡居民医保财政补助标准提高到640元/人/年", Decimal(640), "元/人/年", "level"),
    ("特困人员基本生活标准不低于1200元/人·月", Decimal(1200), "元/人·月", "level"),
    ("亩均税收达到30万元/亩", Decimal(300000), "元/亩", "level"),
]

@pytest.mark.parametrize(("text", "amount", "unit", "kind"), ROWS, ids=[r[2] for r in ROWS])
def test_compound_unit(text: str, amount: Decimal, unit: str, kind: str) -> None:
    [q] = quantities(text)
    assert (q.amount, q.unit) == (amount, unit)
    [t] = extract_targets(text)
    assert t.kind == kind


def test_slash_between_figures_is_no_compound_unit() -> None:
    first = quantities("一般公共预算收入422.1亿元/388.4亿元")[0]
    assert (first.amount, first.unit) == (Decimal("42210000000"), "元")


def test_a_standard_converts_through_pint() -> None:
    [q] = quantities("亩均税收达到30万元/亩")
    assert str(q.to_pint().to("yuan / hectare").magnitude.normalize()) == "4.5E+6"
