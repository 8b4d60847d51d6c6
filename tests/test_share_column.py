"""A progress column holding only percentages is the share done (reader pass 32,
``read/shares.py``): one table a case, our own words; negatives say what must stay."""

from __future__ import annotations

from unittest import mock

import pytest

from evaluation.table_variants import cells_lost, pipe_trailing
from evaluation.trade_variants import TRADE_VARIANTS, cases
from zqmetrics.read import shares
from zqmetrics.read.reader import read_report


def _ratio_and_progress(text: str) -> list[tuple[str, str]]:
    frame = read_report(text)
    return [(str(r["ratio_text"] or ""), str(r["progress"] or ""))
            for r in frame.to_dict("records")]


# (case, table, each row's (ratio cell, progress cell))
SHARES = [
    ("形象进度 of percentages beside a progress column of words",
     "工作内容 | 当前工作进展 | 形象进度 |\n修建道路10公里 | 已完成10公里 | 100.0% |\n"
     "新建学校2所 | 1所主体完工 | 60% |",
     [("100.0%", "已完成10公里"), ("60%", "1所主体完工")]),
    ("工程进度 of percentages, the only column after the task",
     "项目名称 | 工程进度 |\n甲路改造 | 45% |\n乙桥新建 | 80% |\n丙站建设 | 30% |",
     [("45%", ""), ("80%", ""), ("30%", "")]),
]

# (case, table, each row's (ratio cell, progress cell)): nothing moves
KEPT = [
    ("形象进度 in words stays progress",
     "项目名称 | 形象进度 |\n甲路改造 | 路基完成 |\n乙桥新建 | 完成60% |",
     [("", "路基完成"), ("", "完成60%")]),
    ("a percentage among words stays progress",
     "项目名称 | 形象进度 |\n甲路改造 | 45% |\n乙桥新建 | 主体完工 |",
     [("", "45%"), ("", "主体完工")]),
    ("one row's percentage is no column",
     "项目名称 | 工程进度 |\n甲路改造 | 45% |",
     [("", "45%")]),
]


@pytest.mark.parametrize(("case", "table", "want"), SHARES, ids=[c[0] for c in SHARES])
def test_share_column_is_the_ratio(case: str, table: str, want: list[tuple[str, str]]) -> None:
    assert _ratio_and_progress(table) == want


@pytest.mark.parametrize(("case", "table", "want"), KEPT, ids=[c[0] for c in KEPT])
def test_progress_column_kept(case: str, table: str, want: list[tuple[str, str]]) -> None:
    assert _ratio_and_progress(table) == want


def test_a_ratio_column_named_keeps_its_place() -> None:
    table = ("项目名称 | 完成率 | 形象进度 |\n甲路改造 | 50% | 45% |\n乙桥新建 | 70% | 80% |")
    assert [r for r, _ in _ratio_and_progress(table)] == ["50%", "70%"]


def test_a_gap_to_pace_column_is_no_share() -> None:
    table = ("项目名称 | 年度计划投资 | 累计完成投资 | 与序时进度比较% |\n甲路改造 | 10 | 8 | 3.2% |\n"
             "乙桥新建 | 20 | 15 | 1.5% |")
    assert [r for r, _ in _ratio_and_progress(table)] == ["", ""]


def test_switched_off_the_share_stays_progress_text() -> None:
    with mock.patch.object(shares, "PERCENT_SHARES", False):
        rows = _ratio_and_progress(SHARES[0][1])
    assert [r for r, _ in rows] == ["", ""]


@pytest.mark.parametrize("source", [s for s, n in cases() if n == "pipe_share_as_progress"],
                         ids=lambda s: s.doc.id)
def test_trade_copies_need_the_rule(source: object) -> None:
    """The development tables with their ratio column headed 形象进度 (evaluation.trade_variants):
    every ratio cell placed with the rule, lost without it."""
    whole = read_report(pipe_trailing(source))  # type: ignore[arg-type]
    text = TRADE_VARIANTS["pipe_share_as_progress"](source)  # type: ignore[arg-type]
    assert not cells_lost(source, whole, read_report(text))  # type: ignore[arg-type]
    with mock.patch.object(shares, "PERCENT_SHARES", False):
        lost = cells_lost(source, whole, read_report(text))  # type: ignore[arg-type]
    assert any(role == "ratio" for _, role in lost)
