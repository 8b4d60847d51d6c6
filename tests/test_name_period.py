"""A report whose text names no year is read in the period of its file name, and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from zqmetrics.read.periods import period_from_name
from zqmetrics.read.reader import read_report, sample_path
from zqmetrics.read.stream import stream_frames

# (file name, data month the text names, the period read from the name or None)
NAMES = [
    ("常州市2018年一季度工业项目.docx", None, "2018Q1"),
    ("2019年1-9月重点项目进展情况.txt", None, "2019-09"),
    ("2019年1-9月重点项目进展情况.txt", 6, "2019-09"),  # the name's own period phrase wins
    ("2018_重点项目.txt", None, "2018"),
    ("2018_重点项目.txt", 3, "2018-03"),
    ("report-2021.csv", 8, "2021-08"),
    ("民生实事 2016 上半年.xlsx", None, "2016H1"),
    ("2017-2018对比.txt", None, None),  # two years: no one year
    ("20180512.txt", None, None),  # a date written as digits: no year standing alone
    ("重点项目进展.txt", 9, None),
    ("12345.txt", None, None),
]


@pytest.mark.parametrize(("name", "month", "label"), NAMES, ids=[f"{n}-{m}" for n, m, _ in NAMES])
def test_period_from_name(name: str, month: int | None, label: str | None) -> None:
    found = period_from_name(name, month)
    assert (found.label if found else None) == label


BODY = ("一季度,全市25个重点工业项目完成投资35.9亿元,完成年度投资计划的23.7%。\n"
        "一季度,全市124个重点项目完成投资99.8亿元,完成年度投资计划的21.9%。\n")


def test_a_text_without_a_year_takes_the_year_of_its_file_name(tmp_path: Path) -> None:
    path = tmp_path / "常州市2018年一季度工业项目.txt"
    path.write_text(BODY, "utf-8")
    frame = read_report(path)
    assert frame.attrs["period"] == "2018Q1"
    assert frame["period"].tolist() == ["2018Q1"] * len(frame)
    said = [w for w in frame.attrs["warnings"] if "file name" in w]
    assert said == ["period 2018Q1 taken from the file name '常州市2018年一季度工业项目.txt': "
                    "the text names no year"]


def test_the_year_alone_takes_the_month_the_text_names(tmp_path: Path) -> None:
    path = tmp_path / "cz_2018.txt"
    path.write_text(BODY, "utf-8")
    assert read_report(path).attrs["period"] == "2018-03"


def test_a_year_in_the_text_beats_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2019年一季度.txt"
    path.write_text("2018年" + BODY, "utf-8")
    frame = read_report(path)
    assert frame.attrs["period"] != "2019Q1"
    assert not any("file name" in w for w in frame.attrs["warnings"])


def test_a_given_period_beats_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2019年一季度.txt"
    path.write_text(BODY, "utf-8")
    frame = read_report(path, period="2020Q1")
    assert frame.attrs["period"] == "2020Q1"
    assert not any("file name" in w for w in frame.attrs["warnings"])


def test_a_name_without_a_year_leaves_the_year_unknown(tmp_path: Path) -> None:
    path = tmp_path / "工业项目.txt"
    path.write_text(BODY, "utf-8")
    frame = read_report(path)
    assert frame.attrs["period"] is None
    assert frame.attrs["month"] == 3


def test_a_grid_file_takes_the_year_of_its_name(tmp_path: Path) -> None:
    path = tmp_path / "2021年1-8月民生实事.csv"
    path.write_text("序号,项目,年度目标,完成情况\n1,新建学校,10所,完成6所\n2,改造道路,20公里,完成9公里\n",
                    "utf-8")
    frame = read_report(path)
    assert frame.attrs["period"] == "2021-08"
    assert any("file name" in w for w in frame.attrs["warnings"])


def test_a_streamed_file_takes_the_period_as_the_whole_read_does(tmp_path: Path) -> None:
    # the sample with its title's year taken out, saved under a name that gives it back
    text = sample_path().read_text("utf-8").replace("2025年", "")
    path = tmp_path / "市中区2025年第二季度.txt"
    path.write_text(text, "utf-8")
    whole = read_report(path)
    found = stream_frames(path, chunk_rows=40, head_rows=100)
    assert found is not None
    first, rest = found
    assert whole.attrs["period"] == first.attrs["period"] == "2025Q2"
    for frame in rest:
        assert frame.attrs["period"] == "2025Q2"
        assert any("file name" in w for w in frame.attrs["warnings"])
