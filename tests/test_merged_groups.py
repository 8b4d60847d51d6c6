"""A heading cell merged over its rows and kept on the first only (zqmetrics.read.merged)."""

from __future__ import annotations

import pytest

from zqmetrics.read.grid import Raw
from zqmetrics.read.merged import lift_merged_groups

# (header roles, rows as cells, the task of each row after lifting, groups found). One case a row.
CASES = [
    # The group's first row keeps the heading; the rows after it lost it and end one cell early.
    (["task", "target", "progress"],
     [("产业功能区效益", "地均产出率达到2139亿元", "进展甲"), ("劳均产出率达到280万元", "进展乙", "")],
     ["地均产出率达到2139亿元", "劳均产出率达到280万元"], 1),
    # With a 序号 column: the later rows have no 序号 and the heading's owner cell is lost too.
    (["seq", "task", "target", "progress", "status", "units"],
     [("1", "人居环境整治工程", "试点村达到100个", "已达到100个", "已完成", "专班"),
      ("", "建设农村路50公里", "完工50.52公里", "已完成", "", ""),
      ("", "新增绿化面积387亩", "已完成387亩", "已完成", "", "")],
     ["试点村达到100个", "建设农村路50公里", "新增绿化面积387亩"], 1),
    # A task cell holding a figure is a task, not a heading: nothing moves.
    (["task", "target", "progress"],
     [("新增就业2万人", "2万人", "进展甲"), ("新建公园3处", "进展乙", "")],
     ["新增就业2万人", "新建公园3处"], 0),
    # Rows after it that reach as far as it does are rows of their own.
    (["task", "target", "progress"],
     [("地区生产总值", "增长6.5%", "进展甲"), ("一般公共预算收入", "增长5%", "进展乙")],
     ["地区生产总值", "一般公共预算收入"], 0),
    # A row with its own 序号 ends the group.
    (["seq", "task", "target", "progress"],
     [("1", "民生工程", "新建学校3所", "进展甲"), ("2", "养老床位200张", "进展乙", "")],
     ["民生工程", "养老床位200张"], 0),
    # Rows after the heading that name no figure are prose rows, not its indicators.
    (["task", "target", "progress"],
     [("重点工作", "完成投资5亿元", "进展甲"), ("做好宣传", "进展乙", ""), ("加强督查", "进展丙", "")],
     ["重点工作", "做好宣传", "加强督查"], 0),
]


@pytest.mark.parametrize("roles, cells, tasks, groups", CASES)
def test_heading_over_rows(roles, cells, tasks, groups) -> None:
    rows = [Raw(tuple(c), n) for n, c in enumerate(cells, 1)]
    out, notes = lift_merged_groups(rows, roles)
    at = roles.index("task")
    assert [r.cells[at] for r in out] == tasks
    assert len(notes) == groups
    assert [r.line for r in out] == [r.line for r in rows]  # rows keep their lines, none lost


def test_lifted_rows_keep_their_cells_under_their_headers() -> None:
    roles = ["seq", "task", "target", "progress", "status", "units"]
    rows = [Raw(("1", "人居环境整治工程", "试点村达到100个", "已达到", "已完成", "专班"), 1),
            Raw(("", "建设农村路50公里", "完工50.52公里", "正常推进", "", ""), 2)]
    out, notes = lift_merged_groups(rows, roles, ["序号", "项目名称", "项目内容", "进展", "评价", "单位"])
    assert out[1].cells == ("", "建设农村路50公里", "", "完工50.52公里", "正常推进", "")
    assert out[0].cells[2] == "" and out[0].cells[5] == "专班"
    assert "人居环境整治工程" in notes[0] and "项目内容" in notes[0]


# Header words of the sixth collection's tables (data/headers.tsv). One case a row.
@pytest.mark.parametrize("cell, role", [
    ("主办单位", "units"),  # an owner, though it ends in 单位 (a unit-of-measure header word)
    ("进度评价", "status"),  # a self-declared status (已完成, 正常推进), though it holds 进度
    ("当前进展情况", "progress"),
])
def test_header_words(cell: str, role: str) -> None:
    from zqmetrics.read.columns import header_column

    assert header_column(cell) == role
