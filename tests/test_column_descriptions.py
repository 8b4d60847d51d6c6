"""A target column that describes projects instead of setting a goal (``extraction/columns.py:
_describes``): its first figure is a size a word of ``data/not_targets.tsv`` introduces. One row
per case (made-up cells in the wording of the corpus's tables)."""

from __future__ import annotations

import pytest

from zqmetrics.extraction.columns import column_targets
from zqmetrics.extraction.targets import extract_targets

# (target cell, whether it sets a target)
ROWS = [
    ("①社区建设项目:综合服务站改造等,建设面积约15万平方米;②商城社区提升改造,面积约17.36万平方米。", False),
    ("①道路项目:东起天马小学,西至和平路,全长190米,宽12米", False),
    ("项目总用地面积24938.8㎡(37.4082亩),总床位数348床", False),
    ("道路总长2.6公里,双向四车道", False),
    ("新建道路2.6公里", True),
    ("完成投资2000万元", True),
]


@pytest.mark.parametrize(("cell", "sets"), ROWS, ids=[r[0][:12] for r in ROWS])
def test_described_projects(cell: str, sets: bool) -> None:
    got = column_targets({"task": "重点项目", "target_text": cell})
    assert bool(got) == sets


@pytest.mark.parametrize("text", ["道路全长286米。", "建设面积约15万平方米。", "用地面积30亩。"])
def test_sizes_in_a_task_are_no_targets(text: str) -> None:
    assert extract_targets(text) == []


def test_a_standard_in_a_column_is_a_level() -> None:
    [t] = column_targets({"task": "城市低保标准", "target_text": "不低于430元/月"})
    assert (t.unit, t.kind) == ("元/月", "level")
