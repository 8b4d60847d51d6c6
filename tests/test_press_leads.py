"""A press item's lead frames its clause, never its task (reader pass 20, framing.LEAD_SOURCES):
a lead word before a comma (日前，记者从…获悉，; 另悉，), a paper's lead in a traditional copy
(…日報訊(記者…)), an agency's dated lead (…6月26日電 (記者…)), and the source told without the
reporter (從…獲悉，; 據…消息，).

The forms were met in development documents (南昌 2023, 邢台 2016, 西宁—海东 2024, 青岛 2023); the
clauses below are our own words, one a case.
"""

from __future__ import annotations

import pytest

from zqmetrics.read import framing
from zqmetrics.read.articles import _strip_preface

# (clause, the clause left once its lead is dropped)
LEADS = [
    ("日前,记者从市住建局获悉,全市老旧小区改造开工45个", "全市老旧小区改造开工45个"),
    ("日前，记者从区发改委了解到，区重点项目完成投资30亿元", "区重点项目完成投资30亿元"),
    ("另悉,1-6月份,县重点项目完成投资12亿元", "1-6月份,县重点项目完成投资12亿元"),
    ("某某日報訊(記者王明 通訊員李華)從市重點辦獲悉,市重點項目完成投資20億元", "市重點項目完成投資20億元"),
    ("某某網某市5月20日電 (記者王明)據省發展改革委消息,全省重點項目開工80項", "全省重點項目開工80項"),
    ("新华社北京3月5日电 全国重点项目完成投资1万亿元", "全国重点项目完成投资1万亿元"),
    ("从市重点办获悉,全市重点项目开工率90%", "全市重点项目开工率90%"),
    ("据市统计局消息,全市工业投资增长8%", "全市工业投资增长8%"),
]

# Clauses whose opening words are their own.
NOT_LEADS = [
    "从严推进项目建设,完成投资12亿元",
    "据实核定补助资金,已发放300万元",
    "从1月起,全市新开工项目20个",
    "供电所改造工程完成投资2亿元",
    "日前完成投资的项目有12个",
    "另外3个项目已开工",
]


@pytest.mark.parametrize(("clause", "left"), LEADS, ids=[c[0][:10] for c in LEADS])
def test_a_press_lead_frames_the_clause(clause: str, left: str) -> None:
    text, press, _ = _strip_preface(clause)
    assert (text, press) == (left, True)


@pytest.mark.parametrize("clause", NOT_LEADS)
def test_other_openings_stay(clause: str) -> None:
    assert _strip_preface(clause)[0] == clause


def test_with_the_rule_off_the_lead_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    # (日前， alone is an aside word since reader pass 19: 另悉， is the lead word here.)
    monkeypatch.setattr(framing, "LEAD_SOURCES", False)
    assert _strip_preface(LEADS[2][0])[0] == LEADS[2][0]


# (clause, the clause left) with framing.CONTEXTS on: the context or purpose a clause is told in
# (青海 2015, 民和 2019, 黑龙江 2020), when a figure follows.
CONTEXTS = [
    ("面对复杂的外部环境,全市重点项目完成投资60亿元", "全市重点项目完成投资60亿元"),
    ("在重大项目带动下,全县固定资产投资增长9%", "全县固定资产投资增长9%"),
    ("为保持经济平稳增长,保证投资稳定,今年确定重点项目20项", "今年确定重点项目20项"),
    ("為確保任務完成,全州新開工項目45個", "全州新開工項目45個"),
]

# With a figure inside the opening, or none after it, the clause is left as it is.
NOT_CONTEXTS = [
    "为600个行政村配建健身器材,已完成500个",
    "为民办实事项目进展顺利,已完成8项",
    "面对疫情影响,各部门迅速行动",
    "在建项目45个,完成投资30亿元",
]


@pytest.mark.parametrize(("clause", "left"), CONTEXTS, ids=[c[0][:8] for c in CONTEXTS])
def test_a_context_frames_the_clause(clause: str, left: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing, "CONTEXTS", True)
    assert _strip_preface(clause)[0] == left


@pytest.mark.parametrize("clause", NOT_CONTEXTS)
def test_other_openings_are_no_context(clause: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing, "CONTEXTS", True)
    assert _strip_preface(clause)[0] == clause


def test_the_package_leaves_contexts_off() -> None:
    # One development document so far (民和 2019).
    assert not framing.CONTEXTS
    assert _strip_preface(CONTEXTS[0][0])[0] == CONTEXTS[0][0]
