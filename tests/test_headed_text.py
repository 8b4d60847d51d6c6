"""Numbered headings around a table read from text (reader pass 32, ``read/headed_text.py``): the
headings of the report's first numbering style head the first passage read under them, and a
sentence is no title of a report in numbered sections. Our own words, one case a row; the
negatives say what must not change."""

from __future__ import annotations

from unittest import mock

import pytest

from zqmetrics import read_report
from zqmetrics.read import headed_text

_TABLE = """类别 |
年度计划投资(亿元) |
累计完成投资(亿元) |
完成率 |
道路 |
20 |
16 |
80% |
水利 |
30 |
24 |
80% |"""

_A = "2024年,全区列入甲类项目12项,年计划投资20亿元,1-9月完成投资16亿元,完成年度计划的80%。"
_B = "全区列入乙类项目30项,年计划投资50亿元,1-9月完成投资40亿元,完成年度计划的80%。"


def _rows(text: str) -> list[tuple[str, str]]:
    frame = read_report(text)
    return [(str(r["task"]), str(r["progress"] or "")) for r in frame.to_dict("records")]


# (case, text, a row that must be read, a task that must not be read)
CASES = [
    ("sections (一)(二) over passages, the table in the second",
     f"(一)甲类项目进展情况\n{_A}\n(二)乙类项目进展情况\n{_B}\n详见下表:\n{_TABLE}\n",
     ("乙类项目进展情况", _B.rstrip("。")), "全区列入乙类项目30项,年计划投资50亿元"),
    ("the first section's passage, taken for the title before (it names a year)",
     f"(一)甲类项目进展情况\n{_A}\n(二)乙类项目进展情况\n{_B}\n详见下表:\n{_TABLE}\n",
     ("甲类项目进展情况", _A.rstrip("。")), None),
    ("sections 一、二、 with a sub-heading (一) under the first: the top style heads",
     f"一、甲类项目\n(一)计划安排情况\n{_A}\n二、乙类项目\n{_B}\n详见下表:\n{_TABLE}\n",
     ("乙类项目", _B.rstrip("。")), "计划安排情况"),
    ("debris ? around a heading line (a space the copy's encoding lost)",
     f"一、甲类项目\n{_A}\n?????二、乙类项目 ?\n{_B}\n详见下表:\n{_TABLE}\n",
     ("乙类项目", _B.rstrip("。")), None),
]

NEGATIVES = [
    ("one numbered heading is no section list: the passage keeps its first clause",
     f"(一)乙类项目进展情况\n{_B}\n详见下表:\n{_TABLE}\n", "乙类项目进展情况"),
    ("a lead sentence over a table in no numbered section stays the title (a 导读 restating it)",
     f"导读:{_A}\n{_A}\n{_TABLE}\n", "甲类项目进展情况"),
]


@pytest.mark.parametrize(("case", "text", "row", "absent"), CASES, ids=[c[0] for c in CASES])
def test_heading_heads_its_passage(case: str, text: str, row: tuple[str, str],
                                   absent: str | None) -> None:
    rows = _rows(text)
    assert row in rows
    if absent is not None:
        assert all(task != absent for task, _ in rows)


@pytest.mark.parametrize(("case", "text", "task"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_no_heading_task(case: str, text: str, task: str) -> None:
    assert all(t != task for t, _ in _rows(text))


def test_switched_off_the_first_clause_is_the_task() -> None:
    text = CASES[0][1]
    with mock.patch.object(headed_text, "HEADED_PASSAGES", False):
        rows = _rows(text)
    assert all(t != "乙类项目进展情况" for t, _ in rows)
    assert any(t.startswith("全区列入乙类项目30项") for t, _ in rows)


def test_section_opening_with_a_table_row_heads_no_passage() -> None:
    lines = ["(一)甲类项目进展情况", "甲类完成投资16亿元。", "(二)乙类项目进展情况", "道路 |",
             "乙类完成投资40亿元。"]
    rows = [{"line": 2, "task": "甲类", "progress": "完成投资16亿元"},
            {"line": 5, "task": "乙类", "progress": "完成投资40亿元"}]
    out = headed_text.headed_rows(lines, rows, [4])
    assert [r["task"] for r in out] == ["甲类项目进展情况", "乙类"]
    assert out[0]["progress"] == "甲类完成投资16亿元"


def test_cells_not_found_in_their_line_are_left() -> None:
    lines = ["(一)甲类项目", "甲类完成投资16亿元。", "(二)乙类项目", "乙类完成投资40亿元。"]
    rows = [{"line": 2, "task": "丙类", "progress": "完成投资16亿元"},
            {"line": 4, "task": "乙类", "progress": "完成投资40亿元"}]
    out = headed_text.headed_rows(lines, rows, [])
    assert [r["task"] for r in out] == ["丙类", "乙类项目"]


def test_table_rows_untouched() -> None:
    rows = _rows(CASES[0][1])
    assert ("道路", "") in rows and ("水利", "") in rows
