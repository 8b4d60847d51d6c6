"""Text around a table read from text (zqmetrics/read/tabletext.py ``around_table``,
read/around.py; paragraphs after a table's last row, read/tail.py ``TEXT_AFTER``).

Made-up tables in the forms of the development pages (a 督查 page's lead paragraph over a
flattened table, paragraphs of figures after its 合计 row, a lead restating the table's total),
one case per row; the documents the rules help are in docs/reader.md, "Reader pass 23".
"""

from __future__ import annotations

import pytest

from zqmetrics.read import tabletext, tail
from zqmetrics.read.grid import Raw
from zqmetrics.read.reader import read_report
from zqmetrics.read.rows import UNPLACED

_HEADER = ["地区", "年度计划投资(亿元)", "累计完成投资(亿元)", "完成比例%"]
_ROWS = [["甲县", "120.5", "66.3", "55.0"], ["乙县", "80.2", "35.1", "43.8"],
         ["合计", "200.7", "101.4", "50.5"]]


def _paragraphs(before: list[str], after: list[str]) -> str:
    """A flattened table (a cell a paragraph) with ``before`` over it and ``after`` under it."""
    cells = [*_HEADER, *(c for row in _ROWS for c in row)]
    return "\n\n".join(["某市2024年重点项目1-9月推进情况", *before, *cells, *after]) + "\n"


def _pipe(before: list[str], after: list[str]) -> str:
    table = [" | ".join(["序号", *_HEADER])] + [
        " | ".join([str(n), *row]) for n, row in enumerate(_ROWS, start=1)]
    return "\n".join(["某市2024年重点项目1-9月推进情况", *before, *table, *after]) + "\n"


LEAD = "1-9月,全市安排的86个重点项目共到位资金310亿元,占年度计划的62%。"
AFTER = "从项目开工情况看,1-9月全市新开工项目42个,开工率为87.5%。"
NARRATIVE = "市委、市政府高度重视重点项目建设,各地各部门密切配合,形成了合力。"
RESTATES = "截至9月底,全市重点项目完成投资101.4亿元,完成全年任务的50.5%,进度符合预期。"
SOURCE = "来源：市发展改革委 2024年10月12日"

# (case, text, the tasks of the rows read with low confidence (their first characters), in order)
CASES = [
    ("a lead paragraph over a flattened table", _paragraphs([LEAD], []), ["全市安排的86个重点项目"]),
    ("a paragraph after a flattened table's 合计 row", _paragraphs([], [AFTER]),
     ["1-9月全市新开工项目"]),
    ("both, in text order", _paragraphs([LEAD], [AFTER]),
     ["全市安排的86个重点项目", "1-9月全市新开工项目"]),
    ("a lead paragraph over a pipe table", _pipe([LEAD], []), ["全市安排的86个重点项目"]),
    ("a paragraph after a pipe table", _pipe([], [AFTER]), ["1-9月全市新开工项目"]),
    # negatives: no figure or status, page furniture, a lead restating the table's own figures
    ("narrative over the table is no row", _paragraphs([NARRATIVE], []), []),
    ("page furniture under the table is no row", _paragraphs([], [SOURCE]), []),
    ("a lead restating the 合计 row is the table's", _paragraphs([RESTATES], []), []),
    ("a table with no text around it", _paragraphs([], []), []),
]


@pytest.mark.parametrize(("text", "tasks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_text_around_a_table(text: str, tasks: list[str]) -> None:
    frame = read_report(text)
    low = frame[frame["read_issue"] == UNPLACED]
    assert [str(t)[: len(w)] for t, w in zip(low["task"], tasks, strict=False)] == tasks
    assert len(low) == len(tasks)
    # The table's own rows are all there, in order, and the text rows are said once.
    assert [t for t in frame["task"] if t in ("甲县", "乙县", "合计")] == ["甲县", "乙县", "合计"]
    said = [w for w in frame.attrs["warnings"] if "no reader placed in a cell read as rows" in w]
    assert len(said) == (1 if tasks else 0)


def test_rows_around_the_table_stand_in_text_order() -> None:
    frame = read_report(_paragraphs([LEAD], [AFTER]))
    tasks = [str(t) for t in frame["task"]]
    assert tasks.index("甲县") < tasks.index("合计") < len(tasks) - 1
    assert tasks[0].startswith("全市安排") and tasks[-1].startswith("1-9月全市新开工")
    assert list(frame["seq"])[0] == "0.1" and list(frame["seq"])[-1] == "3.1"


def test_the_last_row_keeps_its_figure_and_not_the_paragraph() -> None:
    frame = read_report(_paragraphs([], [AFTER]))
    total = frame[frame["task"] == "合计"].iloc[0]
    assert total["ratio_text"] == "50.5"


def test_a_restating_lead_is_said() -> None:
    frame = read_report(_paragraphs([RESTATES], []))
    assert any("restating figures of its rows" in w for w in frame.attrs["warnings"])


@pytest.mark.parametrize(("cell", "kept"), [
    ("50.5\n从项目开工情况看,1-9月全市新开工项目42个,开工率为87.5%。", "50.5"),
    ("50.5\n(含追加)", "50.5\n(含追加)"),  # a short note under the figure stays in its cell
    ("力争完成\n全年目标任务的百分之六十以上,确保按期完成各项建设任务", None),  # no figure first
])
def test_text_after_cuts_only_a_paragraph_after_a_figure(cell: str, kept: str | None) -> None:
    row = Raw(("合计", "200.7", "101.4", cell), 9)
    out, cut = tail.last_row(row, ["task", "target", "actual", "ratio"])
    assert out.cells[3] == (kept if kept is not None else cell)
    assert cut == (1 if kept == "50.5" else 0)


def test_switched_off_the_text_around_a_table_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabletext, "TABLE_TEXT", False)
    frame = read_report(_paragraphs([LEAD], []))
    assert (frame["read_issue"] == UNPLACED).sum() == 0


def test_switched_off_the_paragraph_stays_in_the_last_cell(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tail, "TEXT_AFTER", False)
    frame = read_report(_paragraphs([], [AFTER]))
    assert "开工率" in str(frame[frame["task"] == "合计"].iloc[0]["ratio_text"])
