"""A row's whole written in a plan sentence elsewhere in the report (statements pass 12).

A progress article gives the year's plan in one sentence and the result with its stated ratio in
another (hainan-2020-05: 年度计划投资677亿元 … 累计完成投资180亿元,完成率27%; zhuhai-2016-05:
年度计划投资496.37亿元 … 完成投资229.83亿元,完成年度投资计划的46.3%). The one figure of the plan that
agrees with the ratio, to the precision both are written, is the result row's target; otherwise the
target stays implied (the figure ÷ the ratio). Each case is a made-up report of two or three rows.
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


_PLAN = ("全省共安排省重点项目105个,总投资3772亿元,年度计划投资677亿元", "")
_PLAN_COUNT = ("按阶段分,新开工项目20个,年度计划投资145亿元", "")

# (the rows, as task and progress; the result row; its target's value; whether it stays implied)
ROWS = [
    # the plan after the result, an integer ratio: 180/677 = 26.6%, written 27%
    ([("省重点项目", "累计完成投资180亿元,完成率27%"), _PLAN], 0, 677e8, False),
    # the plan before the result, the ratio to one decimal: 229.83/496.37 = 46.30%
    ([("全市安排重点建设项目252个,年度计划投资496.37亿元", ""),
      ("全市重点建设项目", "完成投资229.83亿元,完成年度投资计划的46.3%")], 1, 496.37e8, False),
    # a count: 11 of 20 new starts, 开工率55%
    ([("新开工项目11个", "开工率55%"), _PLAN_COUNT], 0, 20, False),
    # the plan word in the plan sentence's task cell (nantong-haimen-2020-10)
    ([("确保今年我区", "完成4.1万座农村改厕任务"),
      ("截至2020年10月30日", "全区已完成农村户改厕任务40926座,完成率99.82%")], 1, 41000, False),
    # the year's scope word names the year's plan (hengshui-2020-07)
    ([("重点围绕主导产业", "我市全年新谋划重大产业项目200项以上"),
      ("全市新谋划重大项目193项", "任务完成率达到96%")], 1, 200, False),
    # a result of another sentence, no plan, is no whole of this one's
    ([("二季度", "新谋划重大产业项目200项"),
      ("全市新谋划重大项目193项", "任务完成率达到96%")], 1, 201.04, True),
    # a ratio no written figure agrees with: the target stays implied (180 ÷ 40%)
    ([("省重点项目", "累计完成投资180亿元,完成率40%"), _PLAN], 0, 450e8, True),
    # two plan figures the ratio cannot tell apart (to its precision): implied
    ([("省重点项目", "累计完成投资180亿元,完成率27%"), _PLAN,
      ("另安排市重点项目,年度计划投资672亿元", "")], 0, 666.67e8, True),
    # the whole written in a row that reports its own result is that row's, not this one's
    ([("省重点项目", "累计完成投资180亿元,完成率27%"),
      ("市重点项目年度计划投资677亿元", "已完成投资300亿元,完成率44.3%")], 0, 666.67e8, True),
]


@pytest.mark.parametrize(("cells", "row", "value", "implied"), ROWS,
                         ids=[f"{c[0][1][:12]}-{k}" for k, (c, *_) in enumerate(ROWS)])
def test_a_whole_written_elsewhere(cells: list[tuple[str, str]], row: int, value: float,
                                   implied: bool) -> None:
    targets = _rows(*cells)[row]["targets"]
    assert len(targets) == 1
    assert targets[0].value == pytest.approx(value, rel=1e-4)
    assert targets[0].implied is implied
    assert (targets[0].source == "document") is not implied


def test_switched_off_the_target_stays_implied(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(elsewhere, "WRITTEN_ELSEWHERE", False)
    targets = _rows(("省重点项目", "累计完成投资180亿元,完成率27%"), _PLAN)[0]["targets"]
    assert [t.implied for t in targets] == [True]
