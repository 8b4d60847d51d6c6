"""Statements pass 26 (issue 11): the report's frame. A report whose title or opening says it gives
an account of work done (``cues.tsv`` account: 进展, 完成情况, 截至 …; a run of months to date) reads
an article's line whose figure's sentence holds no goal word as a result, though no done word
stands before the figure (``accounts.ACCOUNT_FRAMES``, through ``results.article_result``'s
``framed``). A plan's name (``cues.tsv`` plan_document: 工作要点, 实施方案) with no account word after
it is no such frame.

The examples are written for this file in the trade's words, after the development documents'
shapes (ningxia-2020-fy, dezhou-wucheng-2015-11; the guards after gansu-2020-10, shandong-2021-04,
anqing-2015-08, ningxia-2021-07, changle-2017-08, anqing-daguan-2024-04); held-out documents are
never used. One example per row, negatives beside the positives.
"""

from __future__ import annotations

from typing import Any

import pytest

import zqmetrics.extraction.accounts as accounts
from zqmetrics.extraction.accounts import is_account, opening
from zqmetrics.extraction.rows import extract_rows
from zqmetrics.text.clauses import parse

# (an opening, whether it frames an account of work done)
OPENINGS = [
    ("2021年重点建设项目截至5月末进展情况", True),
    ("1~8月份我市33项民生工程累计拨付65.97亿元", True),
    ("河南省重点民生实事前11个月进展情况", True),
    ("2022年十件民生实事完成情况", True),
    ("關于2021年上半年項目進展情況通報", True),
    ("前三季度全市重点项目推进情况", True),
    ("2023年国民经济和社会发展计划执行情况", True),
    ("2023年政府工作报告重点任务实施情况", True),
    ("市政府民生实事办理情况的报告", True),
    ("2020年度民生实事工作总结", True),
    ("截止10月底,全市民生实事项目", True),
    ("关于2024年市政府工作要点落实情况的通报", True),
    # a plan: its name closes the title, whatever came before it
    ("2024年市政府工作要点", False),
    ("关于印发2024年民生实事项目实施方案的通知", False),
    ("截至目前,关于印发2024年民生实事项目实施方案的通知", False),
    ("2024年民生实事工作计划", False),
    ("2024年稳投资行动方案", False),
    ("2024年重点工作任务分解表", False),
    # nothing says what the report is
    ("民生是人民幸福之基、社会和谐之本", False),
    ("", False),
]


@pytest.mark.parametrize(("text", "want"), OPENINGS, ids=[t[:14] or "empty" for t, _ in OPENINGS])
def test_account_openings(text: str, want: bool) -> None:
    assert is_account(text) is want


def test_opening_is_title_lead_and_first_sentence() -> None:
    rows = [{"task": "2015年以来", "progress": "十件为民实事进展顺利。全年完成投资4亿元"}]
    text = opening({"title": None, "lead": "德州新闻网讯"}, rows)
    assert "进展顺利" in text and "全年" not in text


def _read(task: str, progress: str = "", title: str = "2020年民生实事进展情况",
          ) -> tuple[list[float], list[float]]:
    parse.cache_clear()
    attrs: dict[str, Any] = {"year": 2020, "data_month": "2020-11", "title": title}
    row = {"task": task, "progress": progress, "layout": "prose"}
    out = extract_rows([row], attrs)[0]
    assert out["extract_issue"] is None
    return [float(t.value) for t in out["targets"]], [float(a.value) for a in out["actuals"]]


# (task, progress, targets read, the task's first figure, whether it is read as an actual)
ACCOUNT_ROWS = [
    ("共为7.98万名新生儿免费进行了遗传代谢疾病筛查", "筛查率达到99.5%", [], 79800.0, True),
    ("投资4亿元实施集中供热工程", "供热能力达到150万平方米", [], 4e8, True),
    # a goal word in the figure's sentence: the plan's figure stays a target
    ("计划投资4亿元实施集中供热工程", "", [4e8], 4e8, False),
    ("全年新增城镇就业2万人", "", [20000.0], 20000.0, False),
    # the progress measures it in its unit, whatever the verb: the count is the target
    ("500个省重大项目", "开工331个,完成投资999.3亿元", [500.0], 500.0, False),
    # the progress judges the task it names: its figure is the target reached
    ("“新增社区公园停车泊位和体育场停车泊位50个”", "已完成", [50.0], 50.0, False),
    # a list counted (a size or decision 16's target, portfolio's to judge): no result
    ("85个续建项目", "累计完成投资1023.47亿元", [], 85.0, False),
    # every member of the set is told in a state: the count is the set's size
    ("全市11个图书馆、12个文化馆全部对外免费开放", "", [11.0, 12.0], 11.0, False),
    ("全市8个城区养老服务中心都已投用", "", [8.0], 8.0, False),
    ("规划的20所新建幼儿园", "已全部开工", [20.0], 20.0, False),
    # a month after the figure dates the work: a schedule
    ("农村公路养护工程11公里5月份开工", "", [11.0], 11.0, False),
]


@pytest.mark.parametrize(("task", "progress", "want", "first", "actual"), ACCOUNT_ROWS,
                         ids=[r[0][:12] + "|" + r[1][:6] for r in ACCOUNT_ROWS])
def test_account_rows(task: str, progress: str, want: list[float], first: float,
                      actual: bool) -> None:
    targets, actuals = _read(task, progress)
    assert targets == want
    assert (first in actuals) is actual


@pytest.mark.parametrize("title", ["2020年市政府工作要点", "民生是人民幸福之基", ""])
def test_no_account_no_result(title: str) -> None:
    # a plan, or nothing said of the report: a figure no done word precedes stays a target
    assert _read("共为7.98万名新生儿免费进行了遗传代谢疾病筛查", "筛查率达到99.5%", title)[0] == [79800.0]


def test_account_only_in_articles() -> None:
    parse.cache_clear()
    attrs: dict[str, Any] = {"year": 2020, "data_month": "2020-11", "title": "2020年民生实事进展情况"}
    row = {"task": "投资4亿元实施集中供热工程", "progress": "", "layout": "numbered_items"}
    assert [float(t.value) for t in extract_rows([row], attrs)[0]["targets"]] == [4e8]


def test_account_not_while_a_list_is_open() -> None:
    parse.cache_clear()
    attrs: dict[str, Any] = {"year": 2020, "data_month": "2020-11", "title": "2020年民生实事进展情况"}
    rows = [{"task": "计划实施民生工程3项", "progress": "", "layout": "prose"},
            {"task": "投资4亿元实施集中供热工程", "progress": "", "layout": "prose"}]
    assert [float(t.value) for t in extract_rows(rows, attrs)[1]["targets"]] == [4e8]


def test_account_frames_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "ACCOUNT_FRAMES", False)
    assert _read("共为7.98万名新生儿免费进行了遗传代谢疾病筛查", "筛查率达到99.5%")[0] == [79800.0]
