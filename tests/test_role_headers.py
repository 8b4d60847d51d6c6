"""A column header that only names its column's role (``data/role_headers.tsv``) names no metric:
the row's task does (``extraction/columns.py:_name``). One row per case (made-up rows in the
wording of the corpus's tables)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from zqmetrics.extraction.columns import cell_quantity, column_actuals, column_targets
from zqmetrics.read.columns import names_role_only

# (task, target header, target cell, the target's metric)
ROWS = [
    ("全社会固定资产投资额", "目标任务", "增长12%", "全社会固定资产投资额"),
    ("一般公共预算收入", "年度目标", "388.4亿元", "一般公共预算收入"),
    ("新增跨国公司地区总部数", "年度目标(个)", "5", "新增跨国公司地区总部数"),
    ("城镇新增就业人数", "全年目标任务", "1.2万人", "城镇新增就业人数"),
    ("吉首市", "年投资计划", "35.2亿元", "年投资计划"),  # the header names what is measured
    ("长沙市", "计划投资额(万元)", "5000", "计划投资额"),
]


@pytest.mark.parametrize(("task", "header", "cell", "metric"), ROWS, ids=[r[0] for r in ROWS])
def test_target_metric(task: str, header: str, cell: str, metric: str) -> None:
    [t] = column_targets({"task": task, "target_text": cell, "roles": {"target": header}})
    assert t.metric == metric


def test_actual_metric_under_a_role_header() -> None:
    row = {"task": "发明专利申请量", "target_text": "1500件", "actual_text": "820件",
           "roles": {"target": "目标任务", "actual": "完成情况"}}
    targets = column_targets(row)
    [a] = column_actuals(row, targets, 6)
    assert a.metric == "发明专利申请量"


def test_a_set_keeps_its_headers() -> None:
    # Rows of several sets are mostly places; the headers tell the sets apart.
    row = {"task": "株洲市", "roles": {},
           "sets": [{"target": "150", "target_header": "计划完成数", "actual": "143",
                     "actual_header": "累计开工数"}]}
    [t] = column_targets(row)
    assert t.metric == "计划完成数"


@pytest.mark.parametrize(("cell", "only"), [
    ("年度目标", True), ("目标任务", True), ("目 标 任 务", True), ("完成情况", True),
    ("年度目标(亿元)", True), ("年投资计划", False), ("完成投资", False), ("计划投资额", False),
])
def test_names_role_only(cell: str, only: bool) -> None:
    assert names_role_only(cell) is only


# A target cell of a comparator and a bare number (the table writes no unit): (cell, unit of the
# column, comparator, amount, unit read). One row per case.
CAPS = [
    ("低于 4.1", "", "at_most", "4.1", ""),
    ("不低于95", "", "at_least", "95", ""),
    ("不超过 3.5", "%", "at_most", "3.5", "%"),
    ("控制在8", "", "at_most", "8", ""),
    ("4.1", "", "exact", "4.1", ""),
]


@pytest.mark.parametrize(("cell", "unit", "comparator", "amount", "got_unit"), CAPS,
                         ids=[c[0] for c in CAPS])
def test_comparator_before_a_bare_number(cell: str, unit: str, comparator: str, amount: str,
                                         got_unit: str) -> None:
    q = cell_quantity(cell, unit)
    assert q is not None
    assert (q.comparator, q.amount, q.unit) == (comparator, Decimal(amount), got_unit)
    assert cell[q.start:q.end] == amount


def test_words_before_a_bare_number_are_no_comparator() -> None:
    assert cell_quantity("年终考核 4.1", "") is None
