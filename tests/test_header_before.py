"""A pipe header an export broke before the line the lexicon finds (reader pass 11): the line
above it, short cells naming no figure, is its first half when both lines together are as wide
as the rows (隶属 | 项目个数 | over 年投资计划 | 完成投资额 | 完成率 |)."""

from __future__ import annotations

import pytest

from zqmetrics.read import later_headers
from zqmetrics.read.reader import read_report

_ROWS = ["甲县 | 12 | 82.5 | 65.1 | 78.9% |", "乙县 | 9 | 42.6 | 31.2 | 73.2% |",
         "丙县 | 7 | 30.0 | 12.0 | 40.0% |"]
_UNDER = "年投资计划 | 完成投资额 | 年计划投资完成率 |"

# (the lines above the rows, the first row's task, target, actual and ratio). One case a row.
CASES = [
    # The header's first two cells alone on the line above: joined, every figure in its role.
    (["2021年1-9月重点项目投资完成情况表", "隶属 | 项目个数 |", _UNDER],
     ["甲县", "82.5", "65.1", "78.9%"]),
    # A header of two levels found on its lower line: the upper names the merged group
    # (进展情况) and the columns the lower leaves empty.
    (["2021年1-9月重点项目投资完成情况表", "隶属 | 项目个数 | 年投资计划 | 进展情况 |  |",
      " |  |  | 完成投资额 | 年计划投资完成率 |"], ["甲县", "82.5", "65.1", "78.9%"]),
    # The same with other words of the trade over the label and the count (地区, 项目数量).
    (["2021年1-9月重点项目投资完成情况表", "地区 | 项目数量 |", _UNDER],
     ["甲县", "82.5", "65.1", "78.9%"]),
]


@pytest.mark.parametrize("head, first", CASES)
def test_the_header_broken_before_is_joined(head: list[str], first: list[str]) -> None:
    frame = read_report("\n".join([*head, *_ROWS]))
    assert len(frame) == len(_ROWS)
    assert frame.iloc[0][["task", "target_text", "actual_text", "ratio_text"]].tolist() == first


@pytest.mark.parametrize("head, first", CASES)
def test_switched_off_the_figures_are_lost(head: list[str], first: list[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(later_headers, "HEADER_BEFORE", False)
    frame = read_report("\n".join([*head, *_ROWS]))
    assert frame.iloc[0][["task", "target_text", "actual_text", "ratio_text"]].tolist() != first


# Lines above a header that are not its first half. One case a row.
NOT_JOINED = [
    ["说明 | 单位：亿元 | 截至9月 |", _UNDER.replace("年投资计划", "项目 | 项目个数 | 年投资计划")],
    ["合计 | 28 |", "项目 | 项目个数 | " + _UNDER],
    ["1 | 2 |", _UNDER],
]


@pytest.mark.parametrize("above, header", NOT_JOINED)
def test_a_line_that_does_not_complete_the_header_is_left(above: str, header: str) -> None:
    lines = [above, header, *_ROWS]
    assert later_headers.header_before(lines, 1) is None
