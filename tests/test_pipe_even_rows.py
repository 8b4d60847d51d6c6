"""Pipe rows without header or 序号 (zqmetrics.read.pipe._find_even_rows): one-cell lines (section
headings, the ends of cells broken over lines) do not set the table's width."""

from __future__ import annotations

import pytest

from zqmetrics import read_report

# (text, tasks that must be read). One case a row; the first is the property test's example.
CASES = [
    ("2023年重点工作进展情况表\n一、经济发展类 |\n丁丁丁工程 | 10 | 07\n31-888810 |\n二、社会民生类 |\n"
     "丁丁丙工程 | 11 | 07\n31-888811 |\n丁丁丁丁工程 | 12 | 07\n31-888812 |",
     ["丁丁丁工程", "丁丁丙工程", "丁丁丁丁工程"]),
    ("重点工作进展情况表\n甲工程 | 10 | 0731-\n888810 |\n乙工程 | 11 | 0731-\n888811 |\n"
     "丙工程 | 12 | 0731-\n888812 |",
     ["甲工程", "乙工程", "丙工程"]),
]


@pytest.mark.parametrize("text, tasks", CASES, ids=["sections-outnumber-rows", "broken-cells-tie-rows"])
def test_rows_of_one_width_under_one_cell_lines(text: str, tasks: list[str]) -> None:
    got = read_report(text)["task"].tolist()
    assert all(t in got for t in tasks), got
