"""The ``df.zq`` accessor and ``quantity_series``.

Provenance: the bundled sample report (108 rows); the conversions use its 60亿元 (row 28) and
1410亩 (row 27) targets.
"""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest

from zqmetrics.accessor import quantity_series
from zqmetrics.read.reader import from_frame, read_report, sample_path


@pytest.fixture(scope="module")
def df() -> pd.DataFrame:
    return read_report(sample_path())


METHODS = {
    "extract": lambda f: f.zq.extract(),
    "assess": lambda f: f.zq.assess(),
    "assess with period": lambda f: f.zq.assess("2025Q3", tolerance=0.1),
    "at_risk": lambda f: f.zq.at_risk(),
    "targets": lambda f: f.zq.targets(),
    "quantities": lambda f: f.zq.quantities(),
}


@pytest.mark.parametrize("call", METHODS.values(), ids=METHODS.keys())
def test_methods_return_new_objects_and_leave_the_caller_alone(df: pd.DataFrame, call) -> None:
    before, attrs = df.copy(), dict(df.attrs)
    result = call(df)
    assert result is not df
    pd.testing.assert_frame_equal(df, before)
    assert df.attrs == attrs


def test_assess_adds_the_judgement(df: pd.DataFrame) -> None:
    assessed = df.zq.assess()
    assert len(assessed) == len(df)
    assert {"status", "completion", "expected", "reasons", "assessments"} <= set(assessed.columns)


def test_at_risk_rows(df: pd.DataFrame) -> None:
    risky = df.zq.at_risk()
    assert len(risky) > 0
    assert set(risky["status"]) <= {"lagging", "not_started"}
    assert "lead_unit" in risky.columns


def test_at_risk_of_an_assessed_frame_is_a_copy(df: pd.DataFrame) -> None:
    assessed = df.zq.assess()
    risky = assessed.zq.at_risk()
    risky.loc[:, "status"] = "changed"
    assert "changed" not in set(assessed["status"])


def test_targets_one_row_per_target(df: pd.DataFrame) -> None:
    extracted = df.zq.extract()
    assert len(df.zq.targets()) == sum(len(t) for t in extracted["targets"])


def test_quantity_series_index_and_units(df: pd.DataFrame) -> None:
    series = quantity_series(df)
    extracted = df.zq.extract()
    assert len(series) == sum(len(t) for t in extracted["targets"])
    assert series.index.names == ["row", "target"]
    for (row, number), quantity in series.items():
        target = extracted.loc[row, "targets"][number]
        assert quantity.magnitude == target.quantity.amount


CONVERSIONS = {
    # seq: (target quote contains, unit to convert to, expected magnitude)
    "money to 亿元": ("28", "60亿元", "yi_yuan", Decimal(60)),
    "mu to hectare": ("27", "1410亩", "hectare", Decimal(94)),
}


@pytest.mark.parametrize(("seq", "quote", "unit", "expected"), CONVERSIONS.values(),
                         ids=CONVERSIONS.keys())
def test_quantities_convert(df: pd.DataFrame, seq: str, quote: str, unit: str,
                            expected: Decimal) -> None:
    series = df.zq.quantities()
    extracted = df.zq.extract()
    row = extracted.index[extracted["seq"] == seq][0]
    number = next(i for i, t in enumerate(extracted.loc[row, "targets"]) if quote in t.quote)
    assert series[(row, number)].to(unit).magnitude == expected


def test_quantity_series_without_targets() -> None:
    frame = from_frame(pd.DataFrame({"t": ["加强宣传"], "p": ["已开展"]}), task="t", progress="p")
    series = quantity_series(frame)
    assert len(series) == 0 and series.index.names == ["row", "target"]


def test_a_frame_without_tasks_has_no_accessor() -> None:
    with pytest.raises(AttributeError, match="task"):
        pd.DataFrame({"x": [1]}).zq  # noqa: B018

