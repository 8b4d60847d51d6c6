"""Periods pass 2 of helper pd2: the period of a quarterly statistic dates that figure only
(docs/reader.md "Periods pass 2 (helper pd2)"). Example openings after
xiangtan-xiangxiang-2023-10 (sixteenth collection) and the probe p-heihe-2019-08; the negatives
keep a report of those statistics alone, and a monthly statistic, dated by their own phrase."""

from __future__ import annotations

import pytest

import zqmetrics as zq
from evaluation.corpus import ROOT, split_header
from zqmetrics.read import figure_periods as figure_periods_module
from zqmetrics.read.layouts import month_without_year, report_period
from zqmetrics.text import lexicon

_XIANGTAN = ["一、2023年计划执行情况",
             "——年计划完成地区生产总值617亿元以上,1—9月完成428.3亿元,同比增长2.2%。",
             "——年计划完成地方一般公共预算收入16.34亿元,1—10月完成11.43亿元,同比增长6.23%。"]
_HEIHE = ["来源: 黑龙江日报 2019-08-31 13:50:27",
          "截至目前,36个省百大项目已开复工24个,完成投资14.5亿元。",
          "上半年,全市地区生产总值和固定资产投资增幅分列全省第1位和第4位。"]

# (the opening lines, the report period read)
PERIODS = [
    # Another data period in the opening: the quarterly figure's 1—9月 is its own.
    (_XIANGTAN, "2023-10"),
    (["2023年国民经济计划执行情况",
      "1-9月,城乡居民人均可支配收入26659元,同比增长5.2%。",
      "1-10月,固定资产投资完成170.6亿元,同比增长7.9%。"], "2023-10"),
    # 截至目前 under the page's date line: a later 上半年 of GDP is the figure's own.
    (_HEIHE, "2019-08"),
    # A report of the quarterly statistics alone is dated by them.
    (["发布时间:2022-07-20", "1-6月,全市实现地区生产总值1000亿元,同比增长5%。"], "2022-06"),
    # 截至目前 with no date line: nothing else dates the figures, the phrase stays.
    (["2019年百大项目建设情况", "截至目前,已开复工24个。",
      "上半年,全市地区生产总值增幅全省第1位。"], "2019H1"),
    # A monthly statistic (固定资产投资, 规上工业增加值) is no quarterly one: its period is the report's.
    (["来源: 黑龙江日报 2019-08-31 13:50:27", "截至目前,已开复工24个。",
      "上半年,全市固定资产投资增长8%。"], "2019H1"),
    (["2023年经济运行情况", "1-9月,规模以上工业增加值增长5%。", "1-10月,社会消费品零售总额增长9%。"],
     "2023-09"),
    # The phrase of another sentence than the statistic's is the report's.
    (["2023年计划执行情况", "1-9月,全市完成投资100亿元。地区生产总值增长5%。",
      "1-10月,社会消费品零售总额增长9%。"], "2023-09"),
]


@pytest.mark.parametrize(("lines", "period"), PERIODS, ids=[ls[1][:14] for ls, _ in PERIODS])
def test_report_period_beside_a_quarterly_statistic(lines: list[str], period: str) -> None:
    found, notes = report_period(lines)
    assert str(found) == period, notes


def test_the_phrase_left_out_is_said() -> None:
    notes = report_period(_XIANGTAN)[1]
    assert any("quarterly statistic" in n and "1-9月 (地区生产总值)" in n for n in notes), notes


def test_nothing_is_said_when_the_phrase_stays() -> None:
    notes = report_period(["发布时间:2022-07-20", "1-6月,全市实现地区生产总值1000亿元。"])[1]
    assert not any("quarterly statistic" in n for n in notes)


def test_a_text_with_no_year_reads_its_month_past_the_statistic() -> None:
    lines = ["年计划完成地区生产总值617亿元以上,1—9月完成428.3亿元。",
             "年计划完成一般公共预算收入16.34亿元,1—10月完成11.43亿元。"]
    assert month_without_year(lines) == 10


def test_the_switch_turns_the_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(figure_periods_module, "QUARTERLY_FIGURES", False)
    assert str(report_period(_XIANGTAN)[0]) == "2023-09"
    assert str(report_period(_HEIHE)[0]) == "2019H1"


@pytest.mark.parametrize("word", [w for w, k in lexicon.rows("figure_periods.tsv", 2)
                                  if k == "quarterly"])
def test_every_quarterly_word_is_read(word: str) -> None:
    """Lexicon as data: each quarterly word makes its sentence's period the figure's own."""
    lines = ["2023年计划执行情况", f"1-9月,{word}增长5%。", "1-10月,社会消费品零售总额增长9%。"]
    assert str(report_period(lines)[0]) == "2023-10"


@pytest.mark.parametrize("word", [w for w, k in lexicon.rows("figure_periods.tsv", 2)
                                  if k == "as_of"])
def test_every_as_of_word_is_read(word: str) -> None:
    """Lexicon as data: each as_of word, under a date line, dates the figures otherwise."""
    lines = ["发布时间:2019-08-31", f"{word},已开复工24个。", "上半年,全市地区生产总值增长6%。"]
    assert str(report_period(lines)[0]) == "2019-08"


# (a development file, the period and data month it reads): the documents the rule was built on.
DOCUMENTS = [
    ("data/corpus/docs/xiangtan-xiangxiang-2023-10.txt", ("2023-10", "2023-10")),
    ("data/probes/p-heihe-2019-08.txt", ("2019-08", "2019-08")),
]


@pytest.mark.parametrize(("path", "want"), DOCUMENTS, ids=[p.rsplit("/", 1)[1] for p, _ in DOCUMENTS])
def test_the_development_documents_read_their_period(path: str, want: tuple[str, str]) -> None:
    meta, text = split_header((ROOT / path).read_text(encoding="utf-8"))
    assert meta.get("split", "dev") == "dev"  # never a held-out file
    frame = zq.read_report(text)
    assert (frame.attrs["period"], frame.attrs["data_month"]) == want
