"""Tables as copies give them (reader pass 6): a 序号 cell written as a dash; thousands commas.

A total row (全省, 合计) has no number: many tables write a dash or a slash in its 序号 cell. The
pipe reader took a row whose first cell is no number for a row that lost its 序号 and moved its
cells one column right (its label under the target column). The pipe_dashes copies of the
development tables (hunan-2021-08, yunfu-2017-08) showed it. The tables below are made up.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from zqmetrics.read.reader import read_report
from zqmetrics.read.wide import kind

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


# Figures whose thousands are set apart by commas (1,504,786.55), as statistical tables print
# them: a space-separated table of them reads row by row, its figures as numbers (the
# spaced_thousands copies of the development tables: hunan-2021-08 read 3 rows of 15 before).
THOUSANDS = """2021年各市城镇老旧小区改造进度表
市州 计划投资额(万元) 累计完成投资额(万元) 投资完成率
东山市 86,157.25 36,836.13 42.75%
西河市 1,213,533.40 4,756.44 0.39%
南湖市 19,099.87 6,930.72 36.29%
"""


def test_figures_with_thousands_commas_read_as_numbers() -> None:
    import zqmetrics as zq

    frame = zq.assess(read_report(THOUSANDS))
    assert frame["task"].tolist() == ["东山市", "西河市", "南湖市"]
    # The header's 万元 applies: 86,157.25 万元 is 861,572,500 元.
    assert [t[0].quantity.amount for t in frame["targets"]] == [
        Decimal("861572500"), Decimal("12135334000"), Decimal("190998700")]


# Cells that are figures and cells that are not (one a case).
FIGURE_CELLS = [
    ("1,504,786.55", "num"),
    ("36,836", "num"),
    ("1,5", "short"),  # a list of two figures, not thousands
    ("12,34", "short"),
    ("1,2345", "short"),
    ("86157.25", "num"),
]


@pytest.mark.parametrize(("cell", "shape"), FIGURE_CELLS, ids=[c for c, _ in FIGURE_CELLS])
def test_a_cell_with_thousands_commas(cell: str, shape: str) -> None:
    assert kind(cell) == shape
