"""A result row named by a category of a plan written elsewhere takes that category's planned
money (statements pass 19).

A report plans by category in one sentence (hainan-2020-05: 按项目建设进度分为四类:竣工项目22个,总投资718亿元,
年度计划投资160亿元;续建项目63个,…) and reports by category in another (竣工 | 完成率为38%;
jingyuan-2019-06: 续建项目30项,…年度计划完成投资14.56亿元 … 续建30个 | 开工29个,完成投资3.11亿元). The one
planned sum whose segment (from the last ``:``, ``;``, ``。`` or ``其中`` before it) opens with the
row's category, or counts as many objects as the row targets, is the row's target; the row's money
done, and its stated ratio when it has no other target, measure it. A row that already has planned
money, or nothing that would measure it, is left. Each case is a made-up report of a few rows.
"""

from __future__ import annotations

from typing import Any

import pytest

import zqmetrics.extraction.elsewhere as elsewhere
from zqmetrics.extraction.rows import extract_rows


def _rows(*cells: tuple[str, str]) -> list[dict[str, Any]]:
    rows = [{"seq": str(k + 1), "task": t, "progress": p, "layout": "prose"}
            for k, (t, p) in enumerate(cells)]
    return extract_rows(rows, {"year": 2020, "data_month": "2020-05"})


_BY_STAGE = [
    ("按项目建设进度分为三类:竣工项目22个,总投资718亿元,年度计划投资160亿元", ""),
    ("续建项目63个,总投资2515亿元,年度计划投资372亿元", ""),
    ("新开工项目20个,总投资539亿元,年度计划投资145亿元", ""),
]
_BY_COUNT = [
    ("新建项目52项", "总投资62.62亿元,年度计划完成投资13.84亿元"),
    ("续建项目30项", "总投资52.28亿元,年度计划完成投资14.56亿元"),
]

# (the rows, as task and progress; the result row; the planned money it takes, or None)
ROWS = [
    # the category opens the plan's segment, after a colon or a row boundary
    ([*_BY_STAGE, ("竣工", "完成率为38%")], 3, 160e8),
    ([*_BY_STAGE, ("续建", "完成率为27%")], 3, 372e8),
    ([*_BY_STAGE, ("新开工项目", "完成率为14%")], 3, 145e8),
    # the category and the count agree (续建30个 ~ 续建项目30项); the money done measures the plan
    ([*_BY_COUNT, ("续建30个", "开工29个,完成投资3.11亿元")], 2, 14.56e8),
    ([*_BY_COUNT, ("新建52个", "开工20个,开工率38.46%,完成投资1.95亿元")], 2, 13.84e8),
    # the count alone agrees, in a segment a 其中 part does not open
    ([("全区安排重点实施类项目160个,总投资585.66亿元,计划投资107.68亿元,其中续建项目79个,计划投资54.37亿元", ""),
      ("重点实施类项目:160个", "完成投资55.29亿元")], 1, 107.68e8),
    # nothing of the row would measure the money: its count's own rate is aligned
    ([*_BY_STAGE, ("新开工项目11个", "开工率55%")], 3, None),
    # the row plans its own money
    ([*_BY_STAGE, ("竣工项目年度计划投资150亿元", "完成投资60亿元")], 3, None),
    # no category of the plan, no count of it
    ([*_BY_STAGE, ("民生项目", "完成率为40%")], 3, None),
    # two segments open with the category: which one, the text does not say
    ([*_BY_STAGE, ("竣工项目5个,年度计划投资30亿元", ""), ("竣工", "完成率为38%")], 4, None),
]


@pytest.mark.parametrize(("cells", "row", "value"), ROWS,
                         ids=[f"{c[row][0][:8]}-{k}" for k, (c, row, _) in enumerate(ROWS)])
def test_a_category_takes_its_planned_money(cells: list[tuple[str, str]], row: int,
                                            value: float | None) -> None:
    got = _rows(*cells)[row]
    taken = [t for t in got["targets"] if t.source == "document" and t.unit == "元"]
    if value is None:
        assert not taken
        return
    assert [t.value for t in taken] == [pytest.approx(value, rel=1e-4)]
    index = got["targets"].index(taken[0])
    assert any(a.target_index == index for a in got["actuals"])


def test_switched_off_the_row_keeps_no_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(elsewhere, "CATEGORY_PLANS", False)
    got = _rows(*_BY_STAGE, ("竣工", "完成率为38%"))[3]
    assert not any(t.source == "document" and t.unit == "元" for t in got["targets"])
