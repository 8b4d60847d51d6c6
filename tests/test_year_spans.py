"""A month span after 今年 or 本年 before a comma (今年1-5月，今年1至9月，) is a data period before the
task, as 1-5月， is (reader pass 20, clauses.PERIOD_OPENER): the task follows it, never the period
alone. Met in development documents (西宁—海东 2024, 四川 2023, 云南 2025, 福建 2022, 安庆 2019,
略阳 2020); the paragraphs below are our own words, one a case.
"""

from __future__ import annotations

import pytest

from zqmetrics.read.articles import read_article
from zqmetrics.read.clauses import PERIOD_OPENER, PERIOD_OPENER_BEFORE

# (paragraph, the items read as (task, progress))
SPANS = [
    ("今年1-5月,全市重点项目完成投资80亿元。", [("全市重点项目", "完成投资80亿元")]),
    ("今年1至9月,全省重大项目年度计划投资完成率76%。", [("全省重大项目", "年度计划投资完成率76%")]),
    ("本年1—6月份,县重点项目完成投资12亿元。", [("县重点项目", "完成投资12亿元")]),
    # As before: a span without 今年.
    ("1-5月,全市重点项目完成投资80亿元。", [("全市重点项目", "完成投资80亿元")]),
]

# Openings that are no month span after 今年: left to the clause reader as before.
NOT_SPANS = [
    "今年计划新开工项目20个",
    "今年新增城镇就业1200人",
    "今年1月份新开工项目5个",
]


@pytest.mark.parametrize(("paragraph", "items"), SPANS, ids=[c[0][:8] for c in SPANS])
def test_a_month_span_after_this_year_frames_the_clause(paragraph: str,
                                                         items: list[tuple[str, str]]) -> None:
    assert [(i["task"], i["progress"]) for i in read_article([paragraph])] == items


@pytest.mark.parametrize("opening", NOT_SPANS)
def test_other_openings_are_no_period(opening: str) -> None:
    assert PERIOD_OPENER.match(opening + ",已完成") is None


def test_before_the_pass_the_year_kept_the_span_out() -> None:
    assert PERIOD_OPENER_BEFORE.match("今年1-5月,") is None
    assert PERIOD_OPENER.match("今年1-5月,") is not None
