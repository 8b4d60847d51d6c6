"""A quarter (一季度，第三季度，), a month's end after 至 or 到 (至9月底，到6月末，) and a month span
with 月 after both months (1月至8月，) before a comma are a data period before the task, as 1-5月，
is (reader pass 22, clauses.PERIOD_OPENER): the task follows it, never the period alone as a row
with no progress. Met in development documents (常州 2018, 武进 2017, 吉林 2020, 宁夏 2019,
陕西 2018, 山西 2017); the paragraphs below are our own words, one a case.
"""

from __future__ import annotations

import pytest

from zqmetrics.read.articles import read_article
from zqmetrics.read.clauses import PERIOD_OPENER, PERIOD_OPENER_PASS20

# (paragraph, the items read as (task, progress))
OPENERS = [
    ("一季度,全市30个重点工业项目完成投资12.5亿元,完成年度计划的21.6%。",
     [("全市30个重点工业项目", "完成投资12.5亿元,完成年度计划的21.6%")]),
    ("第三季度，全县重点建设项目完成投资8.2亿元，占年度计划的76%。",
     [("全县重点建设项目", "完成投资8.2亿元，占年度计划的76%")]),
    ("至9月底,全区重点建设项目累计完成投资120亿元,完成年度计划的70.5%。",
     [("全区重点建设项目", "累计完成投资120亿元,完成年度计划的70.5%")]),
    ("到6月末，全市新建项目累计完成投资45亿元，完成年度计划的52%。",
     [("全市新建项目", "累计完成投资45亿元，完成年度计划的52%")]),
    ("1月至8月，全区重点项目累计完成投资88亿元，完成年度计划的68%。",
     [("全区重点项目", "累计完成投资88亿元，完成年度计划的68%")]),
]

# Openings that are no data period before a comma: left to the clause reader as before.
NOT_OPENERS = [
    "一季度新开工项目5个",  # the quarter is inside the subject: no comma closes it
    "至9月底前完成全部任务",
    "到2025年",  # a year, not a month's end
    "季度考核排名靠前",
    "至9月",  # a month with no 底/末: 至 may open a span's end (…至9月，) as well as a date
]


@pytest.mark.parametrize(("paragraph", "items"), OPENERS, ids=[c[0][:6] for c in OPENERS])
def test_a_period_before_the_comma_frames_the_clause(paragraph: str,
                                                      items: list[tuple[str, str]]) -> None:
    assert [(i["task"], i["progress"]) for i in read_article([paragraph])] == items


@pytest.mark.parametrize("opening", NOT_OPENERS)
def test_other_openings_are_no_period(opening: str) -> None:
    assert PERIOD_OPENER.match(opening + ",已完成") is None


@pytest.mark.parametrize("opening", ["一季度,", "第三季度，", "至9月底,", "到6月末，", "1月至8月，"])
def test_before_the_pass_the_period_stood_alone(opening: str) -> None:
    assert PERIOD_OPENER_PASS20.match(opening) is None
    assert PERIOD_OPENER.match(opening) is not None
