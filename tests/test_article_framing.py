"""What frames an article's clause and is never its task: a bracketed byline (记者 X) before the
clause or as a clause of its own, and the point of view the clause is told from (分行业看，从完成
情况看，) before its comma (that rule, framing.VIEWPOINTS, was off in the package until reader
pass 18, when it no longer moved the held-out line; its cases still set it on, so that they hold
whatever the package's setting).

The forms were met in development documents (bylines: 上海 2015, 黑龙江 2022, 山东 2021, 黑河 2020,
贵州 2020, 宁夏 2022; points of view: 宁夏 2019 and 2022, 陕西 2018, 徐州 2017, 贵州 2020, 淮安 2024);
the clauses below are our own words, one a case.
"""

from __future__ import annotations

import pytest

from zqmetrics.read import framing
from zqmetrics.read.articles import _strip_preface, read_article


@pytest.fixture
def viewpoints_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # The point-of-view rule is a switch (framing.VIEWPOINTS, on since reader pass 18); the cases
    # using this fixture show what it reads when on.
    monkeypatch.setattr(framing, "VIEWPOINTS", True)


def test_points_of_view_are_kept_while_the_rule_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing, "VIEWPOINTS", False)
    assert _strip_preface("分行业看,12个工业项目完成投资30亿元")[0] == "分行业看,12个工业项目完成投资30亿元"


def test_the_package_reads_points_of_view() -> None:
    # Reader pass 18: on in the package (development documents 海南 2020, 儋州 2013, 宁夏 2019 and
    # 2022, 徐州 2017 find rows more; the held-out line is the same).
    assert framing.VIEWPOINTS
    assert _strip_preface("从实施阶段看,竣工项目完成投资计划的54%")[0] == "竣工项目完成投资计划的54%"

# (clause, the clause left once its framing is dropped)
FRAMED = [
    ("(记者 王明)截至6月底,全市重点项目完成投资80亿元", "截至6月底,全市重点项目完成投资80亿元"),
    ("(通讯员 李华)全县民生实事已完成8件", "全县民生实事已完成8件"),
    ("(日报记者 张三 通讯员 李四)", ""),
    ("晚报讯 (记者 王明)截至6月底,全市重点项目完成投资80亿元", "截至6月底,全市重点项目完成投资80亿元"),
    ("分行业看,12个工业项目完成投资30亿元", "12个工业项目完成投资30亿元"),
    ("分区域来看,北部片区完成年度计划的60%", "北部片区完成年度计划的60%"),
    ("从完成情况看,有8个项目超额完成目标任务", "有8个项目超额完成目标任务"),
    ("从统计入库情况上看,31个新建项目完成投资4亿元", "31个新建项目完成投资4亿元"),
    ("從建設性質來看,20個續建項目完成投資9億元", "20個續建項目完成投資9億元"),
    ("分领域看:交通、水利、能源超65%", "交通、水利、能源超65%"),
    # A discourse lead singling out what follows (data/layout_cues.tsv preface).
    ("特别是城北水厂、南湖公园等5个项目已超额完成年度计划", "城北水厂、南湖公园等5个项目已超额完成年度计划"),
    ("尤其是老旧小区改造已完成年度任务", "老旧小区改造已完成年度任务"),
    ("特別是城北水廠已超額完成年度計劃", "城北水廠已超額完成年度計劃"),
]

# Clauses whose opening words are their own: no byline, no point of view before a comma.
NOT_FRAMED = [
    "分三批推进老旧小区改造,已完成两批",
    "从严从实推进项目建设,完成投资12亿元",
    "(一)城北水厂完成投资2亿元",
    "看台改造工程完成投资0.5亿元",
    "分行业看板建设完成80%",
]


@pytest.mark.usefixtures("viewpoints_on")
@pytest.mark.parametrize(("clause", "rest"), FRAMED, ids=[c[:10] for c, _ in FRAMED])
def test_the_framing_is_dropped(clause: str, rest: str) -> None:
    assert _strip_preface(clause)[0] == rest


@pytest.mark.usefixtures("viewpoints_on")
@pytest.mark.parametrize("clause", NOT_FRAMED, ids=[c[:10] for c in NOT_FRAMED])
def test_a_clause_without_framing_keeps_its_words(clause: str) -> None:
    assert _strip_preface(clause)[0] == clause


def test_a_byline_is_read_as_the_press_items_source() -> None:
    _, press, viewed = _strip_preface("(记者 王明)全县民生实事已完成8件")
    assert (press, viewed) == (True, False)


@pytest.mark.usefixtures("viewpoints_on")
def test_a_point_of_view_is_read_as_a_heading() -> None:
    _, press, viewed = _strip_preface("分行业看,12个工业项目完成投资30亿元")
    assert (press, viewed) == (False, True)


@pytest.mark.usefixtures("viewpoints_on")
def test_an_article_reads_no_byline_row_and_no_point_of_view_task() -> None:
    lines = ["全市重点项目建设进展",
             "1-9月,全市120个重点项目完成投资300亿元,占年度计划的78%。",
             "分行业看,40个工业项目完成投资120亿元,占年度计划的80%。(记者 王明)"]
    items = read_article(lines)
    assert [i["task"] for i in items] == ["全市120个重点项目", "40个工业项目"]
    assert items[-1]["frame"] == "分行业看,"


# A share of a total after an item's figures, in either script: the item's, never a subject of
# its own (贵州 2020 一季度 佔省重大工程項目完成投資數的…; 山西 2017 佔上半年完成投資的…).
SHARES = [
    "1-3月,重大產業項目完成投資88.5億元,佔年度計劃的21.4%,佔全部項目完成投資數的40.2%。",
    "1-3月,重大产业项目完成投资88.5亿元,占年度计划的21.4%,占全部项目完成投资数的40.2%。",
    "6月當月完成投資49.4億元,佔全年計劃的15.8%,佔上半年完成投資的48.6%。",
]


@pytest.mark.parametrize("sentence", SHARES, ids=[s[:8] for s in SHARES])
def test_a_share_of_the_total_is_no_item(sentence: str) -> None:
    items = read_article(["全省重點項目建設情況", sentence])
    assert len(items) == 1
    assert items[0]["progress"].endswith(("40.2%", "48.6%"))


def test_a_period_before_the_task_stays_out_of_the_progress() -> None:
    lines = ["全市重点项目建设进展",
             "1-9月,全市120个重点项目完成投资300亿元,占年度计划的78%。"]
    (item,) = read_article(lines)
    assert (item["task"], item["progress"]) == ("全市120个重点项目", "完成投资300亿元,占年度计划的78%")
    assert item["frame"] == "1-9月,"
