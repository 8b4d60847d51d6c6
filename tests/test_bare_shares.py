"""A percentage that is a list item's whole progress is its stated completion (statements pass 17,
``extraction.shares.bare_share``). One case per row: the progress cell as the reader leaves it after
a name (厦门、福州、莆田、泉州超80%: fujian-2022-08; A、B等重点项目进度已超过90%: xilinhaote-2025-09),
with the negatives (a rate that names its measure, another figure, a target of the row, a table)."""

from __future__ import annotations

import pytest

import zqmetrics.extraction.shares as extraction_shares
from zqmetrics.extraction.rows import extract_row
from zqmetrics.judge.assessment import assess_rows

# (task, progress, whether the share is read as the stated completion)
CASES = [
    ("厦门", "超80%", True),
    ("城建环保", "超75%", True),
    ("老旧小区改造主体工程建设等重点项目进度", "已超过90%", True),
    ("工业项目", "达到65%", True),
    ("社会事业项目", "已达70%。", True),
    ("服务业项目", "68.5%", True),
    ("城乡低保", "覆盖率达98%", False),  # a rate that names its measure
    ("规上工业增加值", "增长8.5%", False),  # a growth rate
    ("新建幼儿园", "已建成3所,完成80%", False),  # another figure beside it
    ("新建幼儿园10所", "完成80%", False),  # a target of the row: the ratio is aligned to it
    ("保障性住房", "开工率达85%", False),
]


def _stated(task: str, progress: str, layout: str = "prose") -> list[bool]:
    _, actuals, _, issue = extract_row(task, progress, 2022, row={"layout": layout})
    assert issue is None
    return [a.stated for a in actuals]


@pytest.mark.parametrize(("task", "progress", "stated"), CASES, ids=[f"{c[0]}|{c[1]}" for c in CASES])
def test_a_bare_share_is_the_stated_completion(task: str, progress: str, stated: bool) -> None:
    # What the rule adds: the same row read with it switched off (开工率达85% is a stated rate
    # either way, by the clause model's own forms).
    on = _stated(task, progress)
    was = extraction_shares.BARE_SHARES
    extraction_shares.BARE_SHARES = False
    try:
        off = _stated(task, progress)
    finally:
        extraction_shares.BARE_SHARES = was
    assert (on != off) is stated, (on, off)
    if stated:
        assert on == [True]


def test_a_table_cell_is_left_to_the_columns() -> None:
    # A table's ratio is read from its ratio column; a lone share in a progress cell is not guessed.
    assert _stated("厦门", "超80%", "pipe_table") == [False]


# (progress, period, status): the share judged against the pace at the report's month
JUDGED = [
    ("超80%", "2022-08", "on_track"),  # 80% vs 8/12
    ("超75%", "2022-08", "on_track"),
    ("达到54.2%", "2022-08", "lagging"),  # 54.2% vs 66.7%
    ("已超过90%", "2025-09", "on_track"),
    ("100%", "2022-08", "done"),
]


@pytest.mark.parametrize(("progress", "period", "status"), JUDGED, ids=[j[0] for j in JUDGED])
def test_the_share_is_judged_against_the_pace(progress: str, period: str, status: str) -> None:
    row = {"seq": "1", "task": "厦门", "progress": progress, "line": 3, "status_text": None,
           "layout": "prose"}
    (out,) = assess_rows([row], {"year": int(period[:4]), "period": period})
    assert out["status"] == status, out["reasons"]
