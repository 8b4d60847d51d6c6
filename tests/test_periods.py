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
    # 前三季度 runs January to September: data/corpus/README.md gives it as 1-9月 (2025-09).
    ("2025年前三季度推进情况", "2025-09"),
    # Reader pass 13: a span of quarters from the first, and a quarter's end, run from January.
    ("2025年一至三季度重点项目推进情况", "2025-09"),
    ("2025年1-3季度重点项目推进情况", "2025-09"),
    ("2025年第一至第二季度民生实事进展", "2025-06"),
    ("截至2025年三季度末重点项目进展情况", "2025-09"),
    ("2025年二季度末民生实事推进情况", "2025-06"),
    ("截至2025年四季度末民生实事完成情况", "2025"),
    ("2025年第三季度重点任务推进情况", "2025Q3"),
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
    # A year in Chinese numerals, as official documents write it.
    ("二〇二三年上半年重点任务推进情况", "2023H1"),
    ("二○二三年第三季度推进情况", "2023Q3"),
    ("二零二一年1-9月重点项目推进情况", "2021-09"),
    ("二O二二年度民生实事完成情况", "2022"),
    ("一九九八年上半年工作总结", "1998H1"),
]

TITLES_WITHOUT_PERIOD = [
    "第十二三年推进情况",  # no year: numerals that are no four-digit year
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
    # Reader pass 13: an approximate amount (多, 余) and traditional units are amounts as well.
    ("前5月完成投资2000多亿元，截至5月底", None),
    ("改造老旧小区1900余户，截至6月底", None),
    ("前5月完成投資2000多億元，截至5月底", None),
    ("新建2020個停車位，截至6月底", None),
    ("2016年前5月完成投資2000多億元，截至5月底", "2016-05"),
]

# Reader pass 13: a mirrored copy's pinyin glosses are no text in a period phrase, as the
# normaliser has it for figures. (title, period)
GLOSSED = [
    ("2022年前4個(gè)月全省重大項(xiàng)目建設(shè)進(jìn)展良好", "2022-04"),
    ("2012年1-10月重點(diǎn)項(xiàng)目建設(shè)情況", "2012-10"),
    ("2021年第三季(jì)度重點(diǎn)工作推進情況", "2021Q3"),
]


@pytest.mark.parametrize(("title", "label"), GLOSSED, ids=[t for t, _ in GLOSSED])
def test_pinyin_glosses_in_a_period_phrase(title: str, label: str) -> None:
    found = period_from_title(title)
    assert (found.label if found else None) == label


def test_only_glosses_are_folded_out() -> None:
    from zqmetrics.read.periods import fold

    # Brackets of digits, of capitals or after no Chinese character are text.
    assert fold("建設(shè)(2021)(AB) (xiàng)") == "建設(2021)(AB) (xiàng)"


@pytest.mark.parametrize(("line", "label"), AMOUNTS_NO_YEAR, ids=[a for a, _ in AMOUNTS_NO_YEAR])
def test_an_amount_is_no_year(line: str, label: str | None) -> None:
    found = period_from_title(line, sentence=True)
    assert (found.label if found else None) == label


# Spellings of a data span read in a report's opening lines (own words, in the corpus's forms):
# (the opening lines, the report period read from them)
REPORT_OPENINGS = [
    # 至N月底 opening a clause is 截至N月底 (the figure cues of text/period_cues.py read it so).
    (["某区重点项目推进会召开", "发布日期:2016-09-02 |",
      "全区重点项目年度计划投资300亿元,至8月底,累计完成投资210亿元。"], "2016-08"),
    (["2019年全区重点项目进展", "至9月底，全区累计完成投资213亿元，完成年度计划的86%。"], "2019-09"),
    (["2019年全区重点项目进展", "全区累计完成投资213亿元。至9月末，开工率90%。"], "2019-09"),
    # 至 inside a clause is no span: a deadline or a postponement.
    (["2019年全区重点项目进展", "项目竣工时间推迟至9月底，目前已完成主体工程。"], "2019"),
    (["2019年全区重点项目进展", "计划至10月底全部完工，目前完成投资8亿元。"], "2019"),
    # 前N个月 and 前N月: data through that month.
    (["2023年全区重点项目进展", "今年前5月，全区完成投资120亿元。"], "2023-05"),
    (["2023年全区重点项目进展", "前11个月，全区完成投资120亿元。"], "2023-11"),
    # 截止到, 截至今年, and a month alone before a comma.
    (["2023年全区重点项目进展", "截止到6月底，全区完成投资120亿元。"], "2023-06"),
    (["2023年全区民生实事进展", "截至今年7月，31个项目已全部开工。"], "2023-07"),
    (["2023年全区重点项目进展", "截至7月份，全区完成投资120亿元。"], "2023-07"),
    (["2023年全区重点项目进展", "截至到2023年9月底，全区完成投资120亿元。"], "2023-09"),
    (["2023年全区重点项目进展", "该项目截至7月完成主体施工。"], "2023"),
    # A span to December's end is the whole year, as 1-12月 is; to a day before it, December.
    (["截止2019年12月31日,全市十件实事涉及的16项工作任务全面完成。具体情况如下:"], "2019"),
    (["2018年全市民生实事完成情况", "截至12月底，各项指标均已完成年度任务。"], "2018"),
    (["2021年全市民生实事完成情况", "截至12月17日，各项指标均已完成年度任务。"], "2021-12"),
    (["截至2021年12月6日，全市中小河流治理完成年度任务。"], "2021-12"),
    # A page's date line with its furniture in bars is the page's date, not a table row.
    (["黑河大项目建设快马加鞭", "2020-05-08 09:39:38|来源:黑龙江日报|编辑:张三|责编:李四",
      "截至目前,全市145个百大项目开复工92个。"], "2020-05"),
    (["某市项目建设提速", "2021/7/3|来源:某某日报", "截至目前，全市开工项目120个。"], "2021-07"),
    # A title's year in Chinese numerals gives a data span without its own year its year.
    (["二〇二三年民生实事推进情况", "截至9月底，十件民生实事均已开工。"], "2023-09"),
    (["二〇二三年民生实事推进情况", "十件民生实事均已开工。"], "2023"),
]


@pytest.mark.parametrize(("lines", "label"), REPORT_OPENINGS, ids=[x[-1][:16] for x, _ in REPORT_OPENINGS])
def test_report_period_of_the_opening(lines: list[str], label: str) -> None:
    from zqmetrics.read.layouts import report_period

    found, _ = report_period(lines)
    assert (found.label if found else None) == label
