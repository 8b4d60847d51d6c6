"""A heading naming its items' status in the words of a survey report (reader pass 29): the
heading (一)完成事项情况 is the report's word on each item under it, as 一、已完成的项目 is (corpus
conventions: a status heading is evidence for each item under it). Negatives: a heading naming a
topic (投资完成情况) carries nothing; the verdict stops at the next heading of the same level; an
item's own contrary verdict wins, and is the one shown. Met in 唐山路南 2017; our own words below.
"""

from __future__ import annotations

import pytest

import zqmetrics as zq
from zqmetrics.read.items import status_title

# (a numbered heading, the status it names, or None)
HEADINGS = [
    ("(一)完成事项情况", "完成事项情况"),
    ("二、已完成事项", "已完成事项"),
    ("(一)投资完成情况", None),  # a topic: how much was invested, no status
    ("三、实事任务完成情况", None),
]


@pytest.mark.parametrize(("text", "status"), HEADINGS, ids=[h[0] for h in HEADINGS])
def test_status_title(text: str, status: str | None) -> None:
    assert status_title(text) == status


SURVEY = """关于2023年为民办实事落实情况的调查报告
一、实事进展情况
(一)完成事项情况
1、就业服务工程:全年新增就业3200人,发放创业担保贷款1500万元。
2、道路改造工程:投资620万元,翻修改造背街小巷12条。
(二)有待推进事项
3、老旧小区改造:改造小区8个,正在施工。
4、农贸市场提升:计划提升市场3个,目前已完成1个,进展滞后。
二、下一步工作
1、加快推进老旧小区改造工程。
2、做好明年实事项目储备工作。
"""

# (task start, the verdict: status and quote, or None)
EXPECTED = [
    ("就业服务工程", ("done", "完成事项")),
    ("道路改造工程", ("done", "完成事项")),
    ("老旧小区改造", None),  # the next heading of the same level ends the verdict
    ("农贸市场提升", ("lagging", "进展滞后")),  # its own words
    ("加快推进", None),
    ("做好明年", None),
]


@pytest.fixture(scope="module")
def survey() -> list[dict]:
    return zq.assess(zq.read_report(SURVEY, period="2023-12")).to_dict("records")


@pytest.mark.parametrize(("start", "verdict"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_the_heading_verdict_reaches_its_items(survey: list[dict], start: str,
                                               verdict: tuple[str, str] | None) -> None:
    rows = [r for r in survey if str(r["task"]).startswith(start)]
    assert len(rows) == 1, [r["task"] for r in survey]
    got = rows[0]["verdict"]
    assert (None if got is None else (got["status"], got["quote"])) == verdict
