"""Data through December are the year (periods pass 2, issue 10): one spelling, ``2024``, with the
data month ``2024-12``, however the text gave the span (a page of December on the year's account,
截至12月17日, 1-12月); the corpus scorer and the probes count ``2024-12`` and ``2024`` one period
and still compare the data month as written."""

from __future__ import annotations

import pytest

from evaluation.corpus import CorpusScore, Document, score_records
from zqmetrics.deliver.notices import note_in_chinese
from zqmetrics.read.periods import Period
from zqmetrics.read.spellings import one_spelling, year_of_december

# (a period label, its one spelling)
SPELLINGS = [
    ("2024-12", "2024"),
    ("2024", "2024"),
    # Not through December, or not from January: as they are.
    ("2024-11", "2024-11"),
    ("2024-01", "2024-01"),
    ("2024Q4", "2024Q4"),
    ("2024H2", "2024H2"),
    ("2024H1", "2024H1"),
    ("None", "None"),
]


@pytest.mark.parametrize(("label", "spelled"), SPELLINGS, ids=[s for s, _ in SPELLINGS])
def test_one_spelling(label: str, spelled: str) -> None:
    assert one_spelling(label) == spelled


def test_one_spelling_of_none() -> None:
    assert one_spelling(None) is None


# (the period read, the period the frame says, whether a note says so)
PERIODS = [
    (Period.of(2024, "month", 12), "2024", True),
    # The fourth quarter and the second half end in December but start after January: no year.
    (Period.of(2024, "quarter", 4), "2024Q4", False),
    (Period.of(2024, "half", 2), "2024H2", False),
    (Period.of(2024, "month", 11), "2024-11", False),
    (Period.of(2024, "year"), "2024", False),
]


@pytest.mark.parametrize(("period", "label", "said"), PERIODS, ids=[p.label for p, _, _ in PERIODS])
def test_year_of_december(period: Period, label: str, said: bool) -> None:
    found, notes = year_of_december(period)
    assert found is not None and found.label == label
    assert bool(notes) is said


def test_year_of_no_period() -> None:
    assert year_of_december(None) == (None, [])


_ITEMS = "全市新建幼儿园10所，完成年度任务的100%。\n全市新增城镇就业2.1万人，完成年度目标的105%。"

# Whole reports in the forms the corpus showed (own words): (the text, period, data month, whether
# a note says December was read as the year; 1-12月 names the year itself)
READS = [
    # A page of December on the year's account (gansu-2024-fy, nansha-wanqingsha-2021-fy,
    # qingdao-shinan-2006-fy gave the month of their date line: 2024-12, 2021-12, 2006-12).
    (f"2024年全省为民实事全面完成\n2024-12-27 09:58:23 来源:某某网\n{_ITEMS}", "2024", "2024-12", True),
    (f"某镇2021年民生实事项目推进情况\n2021-12-25 01:00:41\n{_ITEMS}", "2021", "2021-12", True),
    # A span to a day in December.
    (f"2021年全市民生实事完成情况\n截至12月17日，{_ITEMS}", "2021", "2021-12", True),
    (f"2021年全市民生实事完成情况\n1-12月，{_ITEMS}", "2021", "2021-12", False),
    # Not through December: as before.
    (f"2021年全市民生实事完成情况\n截至11月底，{_ITEMS}", "2021-11", "2021-11", False),
    (f"2021年全市民生实事推进情况\n2021-11-28 09:00:00 来源:某某网\n{_ITEMS}", "2021-11", "2021-11", False),
    (f"2021年第四季度全市民生实事推进情况\n{_ITEMS}", "2021Q4", "2021-12", False),
    (f"2021年下半年全市民生实事推进情况\n{_ITEMS}", "2021H2", "2021-12", False),
]


@pytest.mark.parametrize(("text", "period", "month", "said"), READS,
                         ids=[t.split("\n")[1][:12] for t, _, _, _ in READS])
def test_a_report_through_december_reads_as_the_year(text: str, period: str, month: str,
                                                      said: bool) -> None:
    import zqmetrics as zq

    frame = zq.read_report(text)
    assert (frame.attrs["period"], frame.attrs["data_month"]) == (period, month)
    assert set(frame["period"]) == {period}
    notes = [w for w in frame.attrs["warnings"] if "data through December" in w]
    assert bool(notes) is said


def test_the_note_says_december_and_the_year() -> None:
    import zqmetrics as zq

    frame = zq.read_report(f"2021年全市民生实事完成情况\n截至12月17日，{_ITEMS}")
    note = next(w for w in frame.attrs["warnings"] if "data through December" in w)
    assert note == "period 2021: data through December (2021-12) are the whole year"
    assert note_in_chinese(note) == "报告期 2021：数据截至12月（2021-12），即全年"


def test_a_given_december_is_the_year_too() -> None:
    import zqmetrics as zq

    frame = zq.read_report(f"全市民生实事完成情况\n{_ITEMS}", period="2021-12")
    assert (frame.attrs["period"], frame.attrs["data_month"]) == ("2021", "2021-12")


def test_the_switch_keeps_the_month_form() -> None:
    from unittest import mock

    import zqmetrics as zq
    from zqmetrics.read import spellings

    with mock.patch.object(spellings, "DECEMBER_IS_YEAR", False):
        frame = zq.read_report(f"2021年全市民生实事完成情况\n截至12月17日，{_ITEMS}")
    assert (frame.attrs["period"], frame.attrs["data_month"]) == ("2021-12", "2021-12")


def _doc(period: str, month: str | None) -> Document:
    gold = {"doc": "x", "layout": "prose", "period": period, "data_month": month}
    return Document("x", {"split": "dev"}, "2024年全省为民实事完成情况", gold, [])


# (gold period, gold data month, the reader's attrs, (period right, data month right))
SCORED = [
    ("2024", "2024-12", {"period": "2024-12", "data_month": "2024-12"}, (1, 1)),
    ("2024-12", "2024-12", {"period": "2024", "data_month": "2024-12"}, (1, 1)),
    ("2024", "2024-12", {"period": "2024", "data_month": "2024-12"}, (1, 1)),
    # The data month is still compared as written: the year with no month is no December.
    ("2024", "2024-12", {"period": "2024", "data_month": None}, (1, 0)),
    # Another month, a quarter or a half ending in December are no year.
    ("2024", "2024-12", {"period": "2024-11", "data_month": "2024-11"}, (0, 0)),
    ("2024", "2024-12", {"period": "2024Q4", "data_month": "2024-12"}, (0, 1)),
    ("2024-12", "2024-12", {"period": "2024H2", "data_month": "2024-12"}, (0, 1)),
    ("2024", "2024-12", {"period": "2023-12", "data_month": "2023-12"}, (0, 0)),
]


@pytest.mark.parametrize(("period", "month", "attrs", "right"), SCORED,
                         ids=[f"{p}-vs-{a['period']}-{a['data_month']}" for p, _, a, _ in SCORED])
def test_the_scorer_counts_december_the_year(period: str, month: str, attrs: dict,
                                             right: tuple[int, int]) -> None:
    sc = CorpusScore()
    score_records(_doc(period, month), sc, [], {**attrs, "warnings": []})
    assert (sc.period.rate("dev")[1], sc.data_month.rate("dev")[1]) == right
