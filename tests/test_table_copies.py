"""Pipe tables as copies give them (reader pass 6): a 序号 cell written as a dash.

A total row (全省, 合计) has no number: many tables write a dash or a slash in its 序号 cell. The
pipe reader took a row whose first cell is no number for a row that lost its 序号 and moved its
cells one column right (its label under the target column). The pipe_dashes copies of the
development tables (hunan-2021-08, yunfu-2017-08) showed it. The tables below are made up.
"""

from __future__ import annotations

import pytest

from zqmetrics.read.reader import read_report

_HEAD = "2021年各市重点民生实事完成进度表\n序号 | 市州 | 计划完成数 | 累计开工数 | 开工率 |\n"
_ROWS = "1 | 东山市 | 150 | 143 | 95.33% |\n2 | 西河市 | 71 | 44 | 61.97% |\n"

# (the total row's 序号 cell) one a case: the row keeps its cells in place.
DASHES = ["—", "-", "/", "——", "－"]


@pytest.mark.parametrize("dash", DASHES)
def test_a_total_row_with_a_dashed_seq_keeps_its_cells(dash: str) -> None:
    frame = read_report(_HEAD + _ROWS + f"{dash} | 全省 | 1500 | 1110 | 74.00% |\n")
    total = frame.iloc[-1]
    assert (total["task"], total["target_text"], total["actual_text"]) == ("全省", "1500", "1110")


def test_a_row_that_lost_its_seq_is_still_moved_right() -> None:
    """Not the form: a row that lost its 序号 and holds one cell less keeps its cells in place."""
    frame = read_report(_HEAD + _ROWS + "南湖市 | 87 | 71 | 81.61% |\n")
    last = frame.iloc[-1]
    assert (last["task"], last["target_text"]) == ("南湖市", "87")
