"""Goals written in a running text's progress cell (``extraction/rows.py: _goals_in_progress``):
a figure whose clause opens with a goal verb or a plan word, in a sentence that reports no result.
One row per case, in the wording of the corpus's articles and bulletins (made-up figures)."""

from __future__ import annotations

import pytest

from zqmetrics.extraction.rows import extract_row

# (task, progress, goals read from the progress (value, unit))
ROWS = [
    # the task's sentence goes on past the cell boundary
    ("新建英林小漫托育园等10家婴幼儿照护服务机构示范点", "建设阳光颐养园等10个长者食堂,建设青阳永福里等10个助餐点",
     [(10, "个"), (10, "个")]),
    # a target restated beside its status
    ("实施安全应急保障提升工程", "打造2个安全主题公园示范点正着手准备开展招标建设和物资采购工作", [(2, "个")]),
    # a plan with no result written beside it
    ("城区低洼积水地改造工程。", "该项目计划投资290.36万元,对长堎大道西侧现状雨水主管进行改造。", [(2903600, "元")]),
]

# (task, progress, layout, requirements read from the progress (value, unit, kind)): a figure under
# a requirement word is one in any layout, beside the word that it is met
REQUIREMENTS = [
    ("提高城乡低保标准和救助水平", "城市低保标准不低于430元/月,农村低保标准不低于3200元/年,已达标", "prose",
     [(430, "元/月", "level"), (3200, "元/年", "level")]),
    ("单位GDP电耗降低", "市下达的单位GDP电耗降低率不得高于1.4%,上半年降低率为6.52%", "paragraph_table",
     [(1.4, "%", "level")]),
    ("提高残疾人补贴标准", "每人每月已提高到不低于55元", "prose", []),  # 已: a result
]

# (task, progress): results, not goals
RESULTS = [
    ("实施就业稳岗提升工程", "已完成梅岭等5个零工市场建设并投用"),  # 已
    ("城区教育基础设施建设", "新建校舍24.98万平方米,新增学位2.15万个,均超额完成目标任务"),  # a verdict of done
    ("“四好农村路”建设", "截至10月底,新建农村公路322.2公里"),  # a period word
    ("持续推进电力工程", "新改建40个供电台区,完成率100%"),  # a stated ratio
    ("新建城乡养老服务设施试点项目84个", "其中新建省级城镇社区养老幸福工程项目4个"),  # a part
    ("实施残疾人帮扶工程", "补助327人"),  # no goal verb
    ("道路改造工程", "建设内容包括义渡大桥至义渡车站0.58公里"),  # what the project includes
]


@pytest.mark.parametrize(("task", "progress", "goals"), ROWS, ids=[r[1][:12] for r in ROWS])
def test_goals_in_progress(task: str, progress: str, goals: list[tuple[float, str]]) -> None:
    targets, actuals, _, issue = extract_row(task, progress, 2022, row={"layout": "prose"})
    assert issue is None
    got = [(t.value, t.unit) for t in targets if t.source == "progress"]
    assert got == goals
    # a goal's figure is not also read as a result
    assert not {(a.value, a.unit) for a in actuals} & set(goals)


@pytest.mark.parametrize(("task", "progress"), RESULTS, ids=[r[1][:12] for r in RESULTS])
def test_results_are_no_goals(task: str, progress: str) -> None:
    targets, _, _, _ = extract_row(task, progress, 2022, row={"layout": "prose"})
    assert not [t for t in targets if t.source == "progress" and not t.implied]


def test_table_cells_are_left_alone() -> None:
    # a table's progress cell is written apart from its task: the rule reads running texts only
    targets, _, _, _ = extract_row("新建助餐点", "建设青阳永福里等10个助餐点", 2022, row={"layout": "pipe_table"})
    assert not targets


@pytest.mark.parametrize(("task", "progress", "layout", "goals"), REQUIREMENTS,
                         ids=[r[1][:12] for r in REQUIREMENTS])
def test_requirements_in_progress(task: str, progress: str, layout: str,
                                  goals: list[tuple[float, str, str]]) -> None:
    targets, _, _, _ = extract_row(task, progress, 2018, row={"layout": layout})
    assert [(t.value, t.unit, t.kind) for t in targets if t.source == "progress" and not t.implied] == goals
