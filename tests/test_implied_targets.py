"""A stated completion whose target the row does not write implies that target (figure ÷ ratio).

One row per case (made-up rows in the wording of the corpus's reports). Beside written targets,
only a ratio that names the year's whole (完成年度目标的X%) implies one, of a figure in a unit no
written target has; a rate (开工率, 完成率) or a figure compared with last year does not.
"""

from __future__ import annotations

import pytest

from zqmetrics.extraction.rows import extract_row

# (task, progress, implied target value and unit, or None when no target is implied)
ROWS = [
    # no written target: the figure before the ratio, whatever its form
    ("农村饮水安全工程", "完成项目478处,完成率100%", (478, "处")),
    ("城市老旧小区整治", "累计完成投资额26970万元,投资完成率101.5%", (265714285.71, "元")),
    # written targets of another unit: a ratio naming the year's whole implies the unwritten one
    ("全区新增外资项目62个", "完成协议注册外资6.33亿美元,完成年度目标的57.62%", (1098576883.03, "美元")),
    ("48个新建项目开工28个", "完成投资16.4亿元,完成年计划的18%", (9111111111.11, "元")),
    # ... but not a rate of a step beside them (开工34个 of the 47 the list holds)
    ("重大产业47个,年度计划投资135.7亿元", "开工34个,开工率72%,完成投资20.3亿元,完成年计划的15%", None),
    # a row whose written targets are measured has its evidence: a ratio beside them is of
    # something else (the money, not the places)
    ("新增义务教育公办学校学位5万个", "省级财政补助资金下达5.4519亿元,完成年度计划的104.44%。全省新增学位5.2万个", None),
    # a figure of a written target's unit measures that target or none
    ("新增外资项目62个", "新增项目40个,完成年度目标的64.5%", None),
    # a figure compared with last year is no achievement the ratio is of
    ("240个本级在建重点项目", "完成投资291.48亿元,同比增加46.38亿元,完成年度投资计划的88.20%",
     (33047619047.62, "元")),
    ("本级在建重点项目", "完成投资100亿元,比上年增加10亿元,完成年度投资计划的80%", (12500000000, "元")),
    ("本级在建重点项目", "完成投资100亿元,较上年多10亿元,完成年度投资计划的80%", (12500000000, "元")),
    ("本级在建重点项目", "完成投资100亿元,较去年同期多10亿元,完成年度投资计划的80%", (12500000000, "元")),
    ("370个自治区重点项目", "1—8月,累计完成投资1803亿元,比去年同期增加169亿元,完成年计划的67%",
     (269104477611.94, "元")),  # xinjiang-2022-08
    # ... in a traditional report too: the compare words are read in the folded quote
    ("全市重點建設項目1-3月項目累計", "完成投資313.64億元,較去年同期增長153.34億元,為年度投資計劃的30.90%",
     (101501618122.98, "元")),  # jiangmen-2021-03
]


@pytest.mark.parametrize(("task", "progress", "implied"), ROWS, ids=[r[1][:14] for r in ROWS])
def test_implied_target(task: str, progress: str, implied: tuple[float, str] | None) -> None:
    targets, actuals, _, issue = extract_row(task, progress, 2021)
    assert issue is None
    made = [t for t in targets if t.implied]
    if implied is None:
        assert not made
        return
    assert [(round(t.value, 2), t.unit) for t in made] == [implied]
    k = targets.index(made[0])
    # the figure and its ratio both measure it
    assert sum(1 for a in actuals if a.target_index == k) == 2
    assert any(a.stated and a.target_index == k for a in actuals)


# (task, progress, the written figure the ratio makes the target (value, comparator) or None)
WHOLES = [
    # the whole the ratio implies is written before it: that figure is the target
    ("重大谋划项目储备增加", "我市全年新谋划重大产业项目200项以上。1至7月份,全市新谋划重大项目193项,"
     "任务完成率达到96%", (200, "at_least")),  # 193/200 = 96.5%, written 96%
    ("新开工项目", "计划新开工项目90个,完成投资53.17亿元。已开工44个,新开工率48.9%", (90, "exact")),
    ("城市书房", "全年建设城市书房20个,已建成13个,完成率65%", (20, "exact")),
    # the whole's own figure inside the ratio's words (mianyang-2013-fy), the sums a little off
    ("重点项目", "截至12月底,已完成投资224.17亿元,占年度计划投资(184.08亿元)的121.79%",
     (18408000000, "exact")),  # 224.17/184.08 = 121.78%, written 121.79%
    ("固定资产投资", "累计完成投资691.77亿元,为年度投资目标(1237.6亿元)的55.98%",
     (123760000000, "exact")),  # 55.90%, written 55.98%
    # a figure the ratio does not make whole stays apart, and the whole is implied
    ("重点项目", "已完成投资224.17亿元,占年度计划投资(150亿元)的121.79%", None),
    ("城市书房", "全年建设城市书房30个,已建成13个,完成率65%", None),
    # a figure compared with last year is no whole
    ("城市书房", "比上年增加20个,已建成13个,完成率65%", None),
]


@pytest.mark.parametrize(("task", "progress", "whole"), WHOLES, ids=[r[1][:14] for r in WHOLES])
def test_the_whole_a_ratio_implies_when_written_is_the_target(
        task: str, progress: str, whole: tuple[float, str] | None) -> None:
    targets, actuals, _, issue = extract_row(task, progress, 2021)
    assert issue is None
    if whole is None:
        assert all(t.implied for t in targets)
        return
    (target,) = targets
    assert not target.implied and (target.value, target.comparator) == whole
    assert sum(1 for a in actuals if a.target_index == 0) == 2  # the figure and its ratio
    assert not any(a.value == target.value and not a.stated for a in actuals)
