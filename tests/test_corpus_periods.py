"""How the corpus scorer scores a report's period and data month (evaluation/corpus.py): a text
that names no year is scored on what the program can know, beside the strict line."""

from __future__ import annotations

import pytest

from evaluation.corpus import (
    CorpusScore,
    Document,
    layout_report,
    load_corpus,
    names_year,
    score_records,
    unknown_said,
)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param("2021年重点项目推进情况", True, id="year-with-nian"),
        pytest.param("发布时间:2022-01-10 15:25", True, id="dash-date"),
        pytest.param("日期：2019/8/31", True, id="slash-date"),
        pytest.param("30.10.2015  14:07", True, id="day-first-date"),
        pytest.param("二〇二三年全县民生实事", True, id="han-numeral-year"),
        pytest.param("２０２０年全市", True, id="full-width-digits"),
        pytest.param("全市重点项目2021Q3进展", True, id="year-with-quarter-code"),
        pytest.param("（2019）民生实事", True, id="bare-year-errs-strict"),
        pytest.param("截至6月底，开工建设重点项目3114个，新开工2063个", False, id="counts-are-no-year"),
        pytest.param("完成投资2000万元，新建住房2019套", False, id="amounts-are-no-year"),
        pytest.param("1-9月份，全区17件惠民实事项目进展顺利", False, id="month-only"),
        pytest.param("今年以来，全市新增就业1.2万人", False, id="this-year-only"),
    ],
)
def test_names_year(text: str, named: bool) -> None:
    assert names_year(text) is named


# The development documents whose text names no year (checked by hand, 2026-11-28: each page's
# year is only in its address, its site furniture or a date the copy dropped; qianxinan-2014-07
# and xingtai-2016-06 of the thirteenth collection: 今年, 1至7月 / 1—6月份 only; jilin-2020-06,
# qinghai-2015-09 and xining-haidong-2024-05 of the fourteenth: 至6月底, 截至9月底, 今年1-5月 only;
# wenzhou-pingyang-2021-07 of the sixteenth: an excerpt of table rows, 8月10日 and 7月14日 only).
YEARLESS_DEV = [
    "changzhou-2018-q1", "changzhou-wujin-2017-09",
    # The twenty-first collection's two articles whose year is in the page's address only
    # (今年1月至5月; 前三季度 and 元至九月).
    "danzhou-2014-05",
    "datong-2022-fy", "heilongjiang-2022-h1",
    "jilin-2020-06",
    # The twenty-second collection's prefecture article (截止9月9日; its year in the address only).
    "liangshan-2011-09",
    "lueyang-2020-06", "putian-chengxiang-2020-09", "qianxinan-2014-07",
    "qinghai-2015-09", "qinghai-2018-03", "shandong-2021-04",
    # The twentieth collection's year-end table (its year from the page's date, the text has none).
    "shaoxing-shangyu-2024-fy",
    "shiyan-fangxian-2018-09", "sichuan-2023-05",
    "suqian-suyu-2023-07", "suzhou-2019-09", "tianjin-2020-10", "wenzhou-pingyang-2021-07",
    "xiangxi-2021-09",
    "xingtai-2016-06", "xining-haidong-2024-05", "xinjiang-2022-08",
]


@pytest.fixture(scope="module")
def dev_docs() -> dict[str, Document]:
    return {d.id: d for d in load_corpus() if d.split == "dev"}


@pytest.mark.parametrize("doc_id", YEARLESS_DEV)
def test_a_yearless_dev_text_names_no_year(dev_docs: dict[str, Document], doc_id: str) -> None:
    assert not names_year(dev_docs[doc_id].text)


def test_only_the_hand_checked_dev_texts_name_no_year(dev_docs: dict[str, Document]) -> None:
    assert sorted(k for k, d in dev_docs.items() if not names_year(d.text)) == YEARLESS_DEV


def _doc(text: str, period: str, month: str | None) -> Document:
    gold = {"doc": "x", "layout": "prose", "period": period, "data_month": month}
    return Document("x", {"split": "dev"}, text, gold, [])


SAID = ["period unknown: no year in the text (give --period)",
        "the year is not stated; the text gives the data month (9月): the pace is judged at that "
        "month (give --period for the year)"]


@pytest.mark.parametrize(
    ("text", "attrs", "strict", "known"),
    [
        # No year in the text: unknown and said, the month read, is all a program can give.
        pytest.param("截至9月底，全区完成投资5亿元。",
                     {"period": None, "data_month": None, "month": 9, "warnings": SAID},
                     (0, 0), (1, 1), id="yearless-said-month-read"),
        pytest.param("截至9月底，全区完成投资5亿元。",
                     {"period": None, "data_month": None, "month": 8, "warnings": SAID},
                     (0, 0), (1, 0), id="yearless-wrong-month"),
        pytest.param("截至9月底，全区完成投资5亿元。",
                     {"period": None, "data_month": None, "month": 9, "warnings": []},
                     (0, 0), (0, 0), id="yearless-not-said"),
        # A guessed year is no better than the gold's where the text names none.
        pytest.param("截至9月底，全区完成投资5亿元。",
                     {"period": "2020-09", "data_month": "2020-09", "warnings": []},
                     (1, 1), (0, 0), id="yearless-year-guessed"),
        # A text naming its year is scored strictly in both lines.
        pytest.param("2020年1-9月，全区完成投资5亿元。",
                     {"period": None, "data_month": None, "month": 9, "warnings": SAID},
                     (0, 0), (0, 0), id="named-year-left-unknown"),
        pytest.param("2020年1-9月，全区完成投资5亿元。",
                     {"period": "2020-09", "data_month": "2020-09", "warnings": []},
                     (1, 1), (1, 1), id="named-year-read"),
    ],
)
def test_period_scored_on_what_the_text_gives(text: str, attrs: dict, strict: tuple[int, int],
                                              known: tuple[int, int]) -> None:
    sc = CorpusScore()
    score_records(_doc(text, "2020-09", "2020-09"), sc, [], attrs)
    assert (sc.period.rate("dev")[1], sc.data_month.rate("dev")[1]) == strict
    assert (sc.period_known.rate("dev")[1], sc.data_month_known.rate("dev")[1]) == known


def test_unknown_said_needs_the_note() -> None:
    assert unknown_said({"period": None, "data_month": None, "warnings": SAID[:1]})
    assert not unknown_said({"period": None, "data_month": None, "warnings": []})
    assert not unknown_said({"period": "2020", "data_month": None, "warnings": SAID})


def test_the_report_prints_both_lines() -> None:
    sc = CorpusScore()
    score_records(_doc("截至9月底，完成5亿元。", "2020-09", "2020-09"), sc, [],
                  {"period": None, "data_month": None, "month": 9, "warnings": SAID})
    lines = layout_report(sc)
    assert any(line.startswith("dev      period 0.000 (0/1)") for line in lines)
    assert any("1 texts name no year (said unknown 1)" in line and "period 1.000 (1/1)" in line
               for line in lines)
