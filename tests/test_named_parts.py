"""Names after 其中 under a status said of each of them (zqmetrics/read/subparts.py NAMED_PARTS,
reader pass 23).

Made-up progress cells in the forms of two development documents (a counted status before 其中
and the names after it; names before 等 and a count, or closed by their count, whose outcome is
said of all of them), one case per row, negatives too; docs/reader.md "Reader pass 23" names the
documents.
"""

from __future__ import annotations

import pytest

from zqmetrics.read import subparts
from zqmetrics.read.subparts import split_parts

# (case, the item's progress, the rows read after the item: (task, progress))
CASES = [
    ("a counted status before 其中",
     "10个补助类项目中，8项进展较快，其中城乡低保提标、残疾人两项补贴、困难群众临时救助",
     [("其中城乡低保提标", "进展较快"), ("残疾人两项补贴", "进展较快"),
      ("困难群众临时救助", "进展较快")]),
    ("names before 等 and a count, all of them started",
     "前9月完成投资120亿元，其中甲产业园项目、乙新材料项目等8个计划新开工项目已全部开工",
     [("其中甲产业园项目", "已全部开工"), ("乙新材料项目", "已全部开工")]),
    ("names closed by their own count",
     "前9月完成投资30亿元，其中甲医院建设项目、乙中学建设项目2个计划新开工项目均已开工",
     [("其中甲医院建设项目", "均已开工"), ("乙中学建设项目", "均已开工")]),
    # negatives
    ("a count that does not count the names (no 等)",
     "前9月完成投资30亿元，其中甲医院建设项目、乙中学建设项目3个计划新开工项目均已开工", []),
    ("the group's own figure, not said of each",
     "前9月完成投资120亿元，其中甲产业园项目、乙新材料项目等12个项目完成投资30亿元", []),
    ("an outcome not said of all (no 均/全部)",
     "前9月完成投资120亿元，其中甲产业园项目、乙新材料项目等12个项目加快建设", []),
    ("no status before the names",
     "完成投资5亿元，其中城乡低保提标、残疾人两项补贴、困难群众临时救助", []),
    ("amounts, not names", "10项工作中，8项进展较快，其中新建学校3所、改造道路5公里", []),
    ("one name only", "10项工作中，8项进展较快，其中城乡低保提标", []),
]


@pytest.mark.parametrize(("progress", "rows"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_names_after_qizhong(progress: str, rows: list[tuple[str, str]]) -> None:
    item = {"seq": "3", "task": "补助类民生实事", "progress": progress, "line": 4}
    out = split_parts([item])
    assert [(r["task"], r["progress"]) for r in out[1:]] == rows
    assert out[0]["task"] == "补助类民生实事"
    if rows:  # the part leaves the item's progress; its rows belong to the item
        assert "其中" not in out[0]["progress"]
        assert all(r["parent_seq"] == "3" for r in out[1:])
    else:
        assert out[0]["progress"] == progress


def test_switched_off_the_names_stay_in_the_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subparts, "NAMED_PARTS", False)
    item = {"seq": "3", "task": "补助类民生实事", "progress": CASES[0][1], "line": 4}
    assert split_parts([item]) == [item]
