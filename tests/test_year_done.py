"""Periods, pass 3: a lead saying the year's counted items are all done closes the year's account
(docs/reader.md "Periods pass"). Example lines after qingdao-shinan-2008-fy (seventeenth
collection), zhenjiang-runzhou-qilidian-2025-fy (twentieth) and datong-2022-fy (third); the
negatives after taian-2021-08 (a part of the list done) and huizhou-2025-07 (some done)."""

from __future__ import annotations

import pytest

import zqmetrics as zq
from zqmetrics.read import year_done as year_done_module
from zqmetrics.read.items import layout_words
from zqmetrics.read.layouts import report_period
from zqmetrics.read.year_done import year_done

# (an opening line, whether it says the year's counted items are all done)
LINES = [
    ("市南区2008年确定的为民要办的10件实事已全部完成。", True),
    ("截至目前,街道今年4项民生实事项目已全部完成。", True),
    ("大同市10项民生实事已全部如期兑现、办结。", True),
    ("去年承诺的15件民生实事已全部兑现。", True),
    ("市委市政府确定的十件民生实事已全部办结。", True),
    ("市南區2008年確定的為民要辦的10件實事已全部完成。", True),  # a traditional copy
    ("七里甸街道今年4項(xiàng)民生實(shí)事項(xiàng)目已全部完成", True),  # with a mirror's glosses
    # Not the whole list: a part of it, some of it, a negation, a plan, no count.
    ("截至目前,全市69项重点任务中,完成任务量60%以上任务35个,其中全部完成的5个。", False),
    ("今年十件民生实事涉及10个方面19项任务,截至目前,3项已完成,其余16项正稳步推进。", False),
    ("全市10件民生实事尚未全部完成。", False),
    ("确保10件民生实事年底前全部完成。", False),
    ("各项前期工作已全部完成,正在抓紧施工。", False),
    ("其中5个项目已全部完成。", False),
]


@pytest.mark.parametrize(("line", "done"), LINES, ids=[line[:14] for line, _ in LINES])
def test_year_done(line: str, done: bool) -> None:
    assert year_done([line]) is done


# (the opening lines, the report period read)
PERIODS = [
    # A year named only in a sentence, the year's items all done: the whole year.
    (["????市南區(qū)2008年確定的為民要辦的10件實事已全部完成。這10件實事是:奧帆賽城市運行保障工程;"
      "大力推進和諧社區建設;加大舊城改造力度。"], "2008"),
    (["七里甸街道今年4项民生实事项目完成",
      "金山网讯 日前,润州区七里甸街道召开2025年民生实事项目新闻发布会。记者了解到,截至目前,"
      "街道今年4项民生实事项目已全部完成。"], "2025"),
    # The same year in a sentence with no such lead stays unknown (a page of August on the
    # year's tasks would be judged at December's pace).
    (["七里甸街道民生实事项目推进",
      "金山网讯 日前,润州区七里甸街道召开2025年民生实事项目新闻发布会。记者了解到,截至目前,"
      "街道今年4项民生实事项目已完成2项。"], "None"),
    # A dated period phrase is the report's, all done or not.
    (["截至2021年10月底,全市十件民生实事已全部完成。"], "2021-10"),
    # No year anywhere: still unknown (the month is read apart, below).
    (["大同市10项民生实事已全部如期兑现、办结。"], "None"),
]


@pytest.mark.parametrize(("lines", "period"), PERIODS, ids=[ls[-1][:14] for ls, _ in PERIODS])
def test_report_period_of_a_year_all_done(lines: list[str], period: str) -> None:
    found, notes = report_period(lines)
    assert str(found) == period, notes


def test_the_switch_turns_the_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(year_done_module, "YEAR_DONE", False)
    assert not year_done([LINES[0][0]])
    assert str(report_period(PERIODS[0][0])[0]) == "None"


_DATONG = ("三晋传媒网大同讯:民生是人民幸福之基、社会和谐之本。大同市10项民生实事已全部如期兑现、办结。\n"
           "据了解,其中,实施了10条城市“断头路”畅通工程;累计有5258人上岗就业,超额完成任务目标;"
           "建设完成30所普惠性幼儿园;新建城乡养老服务设施试点项目84个。")
_QINGDAO = ("市南区2008年确定的为民要办的10件实事已全部完成。这10件实事是:奥帆赛城市运行保障工程;"
            "大力推进和谐社区建设;加大旧城改造力度;大力开展楼院基础设施建设。\n(责任编辑:某某)")


def test_a_year_all_done_reads_december_and_says_so() -> None:
    frame = zq.read_report(_QINGDAO)
    assert (frame.attrs["period"], frame.attrs["data_month"]) == ("2008", "2008-12")
    warnings = " ".join(frame.attrs["warnings"])
    assert "all done" in warnings and "December" in warnings


def test_a_year_all_done_with_no_year_gives_the_month_only() -> None:
    frame = zq.read_report(_DATONG)
    assert frame.attrs["period"] is None and frame.attrs["data_month"] is None
    assert frame.attrs["month"] == 12
    warnings = " ".join(frame.attrs["warnings"])
    assert "year is not stated" in warnings or "period unknown" in warnings
    assert "all done" in warnings


@pytest.mark.parametrize("word", layout_words("year_done"))
def test_every_year_done_word_is_read(word: str) -> None:
    """Lexicon as data: each year_done word closes the year's account after a count."""
    assert year_done([f"全市10件民生实事{word}。"])
