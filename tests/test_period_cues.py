"""Period words of a progress text read with a year inside them (截至2019年12月底): one row per
case (made-up sentences in the corpus's wording)."""

from __future__ import annotations

import pytest

from zqmetrics.text.period_cues import period_cues

# (text, report year, (period, through month) of the first cue)
ROWS = [
    ("截至6月底,全区完成投资12亿元", 2025, ("ytd", 6)),
    ("截至2019年12月底,全市完成减少农村扶贫对象7.497万人", 2019, ("ytd", 12)),
    ("截止2024年6月10日,开工2个", 2024, ("ytd", 6)),
    ("截至2021年8月底,开工改造城镇老旧小区1110个", None, ("ytd", 8)),  # the report's year unknown
    ("截至2018年12月底,全市累计完成投资300亿元", 2019, ("prior", None)),  # an earlier year
]


@pytest.mark.parametrize(("text", "year", "expected"), ROWS, ids=[r[0][:14] for r in ROWS])
def test_period_cue_with_a_year(text: str, year: int | None, expected: tuple[str, int | None]) -> None:
    cue = period_cues(text, year)[0]
    assert (cue.period, cue.through_month) == expected
