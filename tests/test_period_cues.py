"""Period words of a progress text read with a year inside them (截至2019年12月底), and the words
that name the whole year (2021年, 全年) at the head of a clause: one row per case (made-up
sentences in the corpus's wording)."""

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
    # the report's year heading a clause (wuhu-2021-fy), 全年 (kunming-2021-12): the year so far
    ("2021年,全市实现地区生产总值4302亿元,同比增长11.6%", 2021, ("ytd", None)),
    ("全年提供有效就业岗位16.63万个,城镇新增就业17.19万人", 2021, ("ytd", None)),
    ("2020年,全市完成投资300亿元", 2021, ("prior", None)),
    # the end of a quarter is the year so far through its last month (tianjin-2020-10)
    ("截至三季度末,一产固定资产投资已达65.5亿元", 2020, ("ytd", 9)),
    ("第二季度末,全市在库项目120个", 2020, ("ytd", 6)),
    ("三季度完成投资20亿元", 2020, ("quarter", 9)),
]

# (text, report year): the report's year inside a clause is no period cue (a plan's year, a name)
NO_CUE = [
    ("全市计划2021年完成投资300亿元", 2021),
    ("2021年度重点项目完成投资300亿元", 2021),
    ("完成2021年投资300亿元", 2021),
]


def test_the_whole_year_before_a_plan_is_no_cue() -> None:
    assert period_cues("全年任务为282个村,已全部建设完成", 2020) == []
    assert period_cues("计划全年完成投资300亿元", 2020) == []


def test_without_the_rule_the_year_is_no_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    import zqmetrics.text.period_cues as cues

    monkeypatch.setattr(cues, "YEAR_HEAD", False)
    assert period_cues("2021年,全市实现地区生产总值4302亿元", 2021) == []
    assert period_cues("全年提供有效就业岗位16.63万个", 2021) == []


@pytest.mark.parametrize(("text", "year"), NO_CUE, ids=[r[0][:12] for r in NO_CUE])
def test_the_reports_year_inside_a_clause_is_no_cue(text: str, year: int) -> None:
    assert not [c for c in period_cues(text, year) if "2021" in c.text]


@pytest.mark.parametrize(("text", "year", "expected"), ROWS, ids=[r[0][:14] for r in ROWS])
def test_period_cue_with_a_year(text: str, year: int | None, expected: tuple[str, int | None]) -> None:
    cue = period_cues(text, year)[0]
    assert (cue.period, cue.through_month) == expected
