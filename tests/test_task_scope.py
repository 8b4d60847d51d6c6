"""An article's task holds its subject's scope and plan, written before any progress: the parts
after the subject that hold a figure and no achieved word, up to the last one naming a plan
(，计划总投资251.8亿元，年度计划投资24.6亿元，至8月底累计完成…), with their commas as written.

The forms were met in development documents (常州 武进区 2016, 福州 闽侯县 2023, 阿拉善 2021,
阿坝 2019); the clauses below are our own words, one a case.
"""

from __future__ import annotations

import pytest

from zqmetrics.read.articles import split_task

# (clause, task, progress)
CLAUSES = [
    ("在建项目120项,总投资800亿元,年度计划投资200亿元,1-6月累计完成投资110亿元",
     "在建项目120项,总投资800亿元,年度计划投资200亿元", "1-6月累计完成投资110亿元"),
    ("列入省重点的8个项目，计划总投资90亿元，年度计划投资20亿元，至8月底累计完成投资15亿元",
     "列入省重点的8个项目，计划总投资90亿元，年度计划投资20亿元", "至8月底累计完成投资15亿元"),
    # The comma as written, whatever its width.
    ("交通项目9个,年度计划投资7.2亿元", "交通项目9个,年度计划投资7.2亿元", ""),
    ("交通项目9个，年度计划投资7.2亿元，已完成投资3亿元", "交通项目9个，年度计划投资7.2亿元", "已完成投资3亿元"),
    # A scope part with no plan after it is progress (no plan, nothing to keep with the task).
    ("全县重点项目40个,总投资80亿元,完成投资30亿元", "全县重点项目40个", "总投资80亿元,完成投资30亿元"),
    # A part without a figure ends the run.
    ("新建幼儿园5所,进展顺利,年度计划投资2亿元", "新建幼儿园5所", "进展顺利,年度计划投资2亿元"),
]


@pytest.mark.parametrize(("clause", "task", "progress"), CLAUSES, ids=[c[0][:10] for c in CLAUSES])
def test_the_scope_and_plan_stay_with_the_task(clause: str, task: str, progress: str) -> None:
    assert split_task(clause) == (task, progress)


# Names closing with their group: the group's noun ends the subject (新疆 2022 …等80个重点项目实现
# 新开工建设; 徐州 2017 …等8个项目较好完成序时进度).
GROUPS = [
    ("城北水厂、南湖公园等20个重点项目实现新开工建设,开工率100%",
     "城北水厂、南湖公园等20个重点项目", "实现新开工建设,开工率100%"),
    ("东环路等8个项目较好完成序时进度", "东环路等8个项目", "较好完成序时进度"),
    ("北湖水库、西站枢纽等一批重大工程加快建设进度,投资完成率超过75%",
     "北湖水库、西站枢纽等一批重大工程", "加快建设进度,投资完成率超过75%"),
    ("城东污水厂等10个项目因征地拆迁等原因进度滞后", "城东污水厂等10个项目", "因征地拆迁等原因进度滞后"),
]


@pytest.mark.parametrize(("clause", "task", "progress"), GROUPS, ids=[c[0][:10] for c in GROUPS])
def test_names_closing_with_their_group_end_the_subject(clause: str, task: str, progress: str) -> None:
    assert split_task(clause) == (task, progress)


def test_a_count_is_named_again_only_whole() -> None:
    from zqmetrics.read.articles import clause_items

    # 8个项目 is not the 18个项目 of the sentence before: an item of its own.
    found = clause_items(["重点项目督察情况",
                          "督察范围包括东区、西区等3个板块18个项目。东环路等8个项目较好完成序时进度。"])
    assert [i["task"] for i in found][-1] == "东环路等8个项目"


# Reader pass 18: a year before a comma, then the subject of the plan it sets out (惠东 2024-04
# 2024年,我县安排重点项目91宗…; 连云港 2025-09 2025年,省政府民生实事共有…; 黑河 2020-05 今年,
# 全市安排…): the year stays in the
# task; before a subject reporting its figures it is left as the clause was read (the year dates
# them). Our own words, one a case.
YEAR_LEADS = [
    ("2023年,全区安排重点项目60个,总投资400亿元,年度计划投资90亿元",
     "2023年,全区安排重点项目60个,总投资400亿元,年度计划投资90亿元", ""),
    ("2024年，市政府民生实事共有10类32件，涉及各镇街28件",
     "2024年，市政府民生实事共有10类32件", "涉及各镇街28件"),
    ("2022年度,县级重点项目45個,年度計劃投資30億元", "2022年度,县级重点项目45個,年度計劃投資30億元", ""),
    ("2021年,城东片区计划新建道路12公里", "2021年,城东片区计划新建道路12公里", ""),
    # A word naming the year (黑河 2020-05 今年,全市安排百大項目145個…; 天津 2020-10 本年度,…).
    ("今年,全县安排重点项目80个,年度计划投资60亿元", "今年,全县安排重点项目80个,年度计划投资60亿元", ""),
    ("本年度，全区农村公路计划新改建150公里", "本年度，全区农村公路计划新改建150公里", ""),
]


@pytest.mark.parametrize(("clause", "task", "progress"), YEAR_LEADS, ids=[c[0][:12] for c in YEAR_LEADS])
def test_a_year_before_the_plan_stays_in_the_task(clause: str, task: str, progress: str) -> None:
    assert split_task(clause) == (task, progress)


# A year before a subject that reports what it did, and a year inside the subject: not this rule.
NOT_YEAR_LEADS = [
    ("2020年,全市105个重点项目完成投资750亿元", ("2020年", "全市105个重点项目完成投资750亿元")),
    ("2023年重点项目60个,年度计划投资90亿元", ("2023年重点项目60个,年度计划投资90亿元", "")),
    ("今年以来,全县重点项目完成投资30亿元", ("今年以来", "全县重点项目完成投资30亿元")),
]


@pytest.mark.parametrize(("clause", "split"), NOT_YEAR_LEADS, ids=[c[:12] for c, _ in NOT_YEAR_LEADS])
def test_a_year_not_before_a_plan_is_not_kept_so(clause: str, split: tuple[str, str]) -> None:
    assert split_task(clause) == split
