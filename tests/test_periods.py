"""Report periods: labels typed by users, and periods named in Chinese report titles.

The title forms are those seen on Chinese government sites (区/市 progress-report pages); the first
title is the bundled sample's.
"""

from __future__ import annotations

import pytest

from zqmetrics.errors import PeriodError
from zqmetrics.read.periods import Period, parse_period, period_from_title

# label typed → (canonical label, kind, index, start_month, end_month)
LABELS = [
    ("2025Q2", ("2025Q2", "quarter", 2, 4, 6)),
    ("2025q2", ("2025Q2", "quarter", 2, 4, 6)),
    ("2025-Q2", ("2025Q2", "quarter", 2, 4, 6)),
    ("2025Q1", ("2025Q1", "quarter", 1, 1, 3)),
    ("2025Q4", ("2025Q4", "quarter", 4, 10, 12)),
    ("2025H1", ("2025H1", "half", 1, 1, 6)),
    ("2025h2", ("2025H2", "half", 2, 7, 12)),
    ("2025-H2", ("2025H2", "half", 2, 7, 12)),
    ("2025-05", ("2025-05", "month", 5, 5, 5)),
    ("2025-5", ("2025-05", "month", 5, 5, 5)),
    ("2025-12", ("2025-12", "month", 12, 12, 12)),
    ("2025", ("2025", "year", 1, 1, 12)),
    (" 2025Q3 ", ("2025Q3", "quarter", 3, 7, 9)),
    ("2025年二季度", ("2025Q2", "quarter", 2, 4, 6)),
    ("2025年上半年", ("2025H1", "half", 1, 1, 6)),
]

BAD_LABELS = [
    ("", "cannot read period"),
    ("abc", "cannot read period"),
    ("2025Q5", "quarter index 5"),
    ("2025Q0", "quarter index 0"),
    ("2025H3", "half index 3"),
    ("2025-13", "month index 13"),
    ("2025-00", "month index 0"),
    ("25Q1", "cannot read period"),
    ("2025/05", "cannot read period"),
    ("2025年", "cannot read period"),
    ("0999", "year 999"),
    ("2025Q2x", "cannot read period"),
]

TITLES = [
    ("市中区2025年《政府工作报告》主要工作任务推进情况(2025年第二季度)", "2025Q2"),
    ("市中区2025年《政府工作报告》主要工作任务推进情况（2025年第二季度）", "2025Q2"),
    ("2025年第二季度重点任务推进情况", "2025Q2"),
    ("（2025年第二季度）", "2025Q2"),
    ("2025年二季度重点工作进展", "2025Q2"),
    ("2025年第2季度推进情况", "2025Q2"),
    ("2025年一季度推进情况", "2025Q1"),
    ("2025年第三季度推进情况", "2025Q3"),
    ("2025年四季度推进情况", "2025Q4"),
    ("2025年前三季度推进情况", "2025Q3"),
    ("2025年上半年推进情况", "2025H1"),
    ("2025年下半年推进情况", "2025H2"),
    ("2025年半年工作推进情况", "2025H1"),
    ("2025年1-5月重点任务推进情况", "2025-05"),
    ("2025年1—5月份重点任务推进情况", "2025-05"),
    ("2025年1至5月推进情况", "2025-05"),
    ("2025年1月至5月推进情况", "2025-05"),
    ("2025年1～5月推进情况", "2025-05"),
    ("2025年1-6月推进情况", "2025-06"),
    ("2025年4-6月推进情况", "2025Q2"),
    ("2025年7-12月推进情况", "2025H2"),
    ("2025年1-12月推进情况", "2025"),
    ("2025年5月重点任务推进情况", "2025-05"),
    ("2025年5月份重点任务推进情况", "2025-05"),
    ("2025年十二月推进情况", "2025-12"),
    ("截至2025年9月底推进情况", "2025-09"),
    ("2025年《政府工作报告》重点任务第三季度推进情况", "2025Q3"),
    ("第三季度推进情况（2025年）", "2025Q3"),
    ("2025年全年重点任务完成情况", "2025"),
    ("2025年度重点任务完成情况", "2025"),
    ("2025年年底完成情况", "2025"),
    ("2025年度重点任务第二季度推进情况", "2025Q2"),
    ("2025年上半年工作总结和下半年工作计划", "2025H1"),
    ("２０２５年第一季度推进情况", "2025Q1"),
    ("2025Q2 progress", "2025Q2"),
    ("2025H1重点任务", "2025H1"),
    ("2024年部署、2025年第一季度推进情况", "2025Q1"),
    ("2025年3月印发的重点任务第二季度推进情况", "2025Q2"),
]

TITLES_WITHOUT_PERIOD = [
    "市中区2025年《政府工作报告》主要工作任务推进情况",
    "第二季度推进情况",
    "重点任务推进情况",
    "2025年5月20日发布",
    "2025年H2O项目推进情况",
    "关于Q2项目的2025年报告",
    "",
]


@pytest.mark.parametrize(("text", "expected"), LABELS, ids=[t for t, _ in LABELS])
def test_parse_period(text: str, expected: tuple[str, str, int, int, int]) -> None:
    p = parse_period(text)
    assert (p.label, p.kind, p.index, p.start_month, p.end_month) == expected


@pytest.mark.parametrize(("text", "message"), BAD_LABELS, ids=[t or "empty" for t, _ in BAD_LABELS])
def test_parse_period_rejects(text: str, message: str) -> None:
    with pytest.raises(PeriodError, match=message):
        parse_period(text)


def test_parse_period_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_period("next quarter")


def test_parse_period_passes_a_period_through() -> None:
    p = Period.of(2025, "half", 1)
    assert parse_period(p) is p


def test_period_str_is_its_label() -> None:
    assert str(parse_period("2025-5")) == "2025-05"


@pytest.mark.parametrize(("title", "label"), TITLES, ids=[t for t, _ in TITLES])
def test_period_from_title(title: str, label: str) -> None:
    found = period_from_title(title)
    assert found is not None
    assert found.label == label
    assert found == parse_period(label)


@pytest.mark.parametrize("title", TITLES_WITHOUT_PERIOD, ids=lambda t: t or "empty")
def test_period_from_title_none(title: str) -> None:
    assert period_from_title(title) is None


@pytest.mark.parametrize(
    ("year", "kind", "index"),
    [(2025, "quarter", 5), (2025, "month", 0), (2025, "week", 1), (1800, "year", 1)],
    ids=["quarter-5", "month-0", "unknown-kind", "year-1800"],
)
def test_period_validates(year: int, kind: str, index: int) -> None:
    with pytest.raises(PeriodError):
        Period.of(year, kind, index)  # type: ignore[arg-type]


def test_period_is_frozen() -> None:
    p = parse_period("2025Q2")
    with pytest.raises(AttributeError):
        p.year = 2024  # type: ignore[misc]


# An amount of 1900 to 2099 is no year: the data period after it takes no year from it.
AMOUNTS_NO_YEAR = [
    ("总投资1901.7亿元。截至7月底，累计完成投资", None),
    ("完成投资2000万元，截至9月底", None),
    ("新建2020个停车位，截至6月底", None),
    ("2021年投资2000万元，截至9月底", "2021-09"),
]


@pytest.mark.parametrize(("line", "label"), AMOUNTS_NO_YEAR, ids=[a for a, _ in AMOUNTS_NO_YEAR])
def test_an_amount_is_no_year(line: str, label: str | None) -> None:
    found = period_from_title(line, sentence=True)
    assert (found.label if found else None) == label
