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
    # the report's verdict on the work a figure sizes, no result said (minqing-2024-h1,
    # putian-chengxiang-2022-08); the count after the verdict is the lagging part, no target
    # a list's count whose members are counted by pace is no target since statements pass 23
    # (decision 16, portfolio.BANDED_MEMBERS): minqing-2024-h1's gold
    ("城乡建设工作指挥部", "项目23项,未达序时进度2项为:南山片区老旧小区改造工程、污水处理厂扩容项目。", []),
    ("党建引领基层治理工作指挥部", "项目7项,均达序时进度。", []),
    ("老旧小区改造", "改造老旧小区23个,未达序时进度", [(23, "个")]),
    ("综合治理海漂垃圾", "推动“美丽海岸带”建设2公里未启动", [(2, "公里")]),
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
    ("城乡建设工作指挥部", "项目23项,已完成18项,未达序时进度2项"),  # a result is said
    ("老旧小区改造", "其中5个小区未开工"),  # the verdict names a part
    ("新开工项目", "46个未开工项目牵头责任单位均按计划推进前期工作"),  # a noun's attribute
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


def test_without_the_rule_a_judged_figure_is_no_goal(monkeypatch: pytest.MonkeyPatch) -> None:
    import zqmetrics.extraction.rows as rows

    monkeypatch.setattr(rows, "VERDICT_TARGETS", False)
    targets, _, _, _ = extract_row("党建引领基层治理工作指挥部", "项目7项,均达序时进度。", 2024,
                                   row={"layout": "bulletin"})
    assert not targets


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


# (task, progress, layout, targets read from the progress (value, unit), results aligned to them
# (value, target index)): a clause or a heading sentence that opens with a target word sets
# targets, in any layout (kunming-2021-12's 目標任務: headings, wenshang-2023-fy's table cell)
OPENINGS = [
    ("促进城乡就业", "目标任务:全年提供有效就业岗位14万个,城镇新增就业13万人。全年提供有效就业岗位16.63万个,"
     "城镇新增就业17.19万人。", "numbered_items", [(140000, "个"), (130000, "人")],
     [(166300, 0), (171900, 1)]),
    ("扶贫小额到户贷款", "目标任务:新增贷款户5000户。新增贷款户7645户。", "numbered_items",
     [(5000, "户")], [(7645, 0)]),
    ("推动生活垃圾分类", "开展宣传活动10余次,2023年目标建成垃圾分类亭100个", "pipe_table", [(100, "个")], []),
    ("新建垃圾分类亭", "今年目标为建成垃圾分类亭100个,已建成60个", "prose", [(100, "个")], [(60, 0)]),
]

# (task, progress): a target word that opens no target (a ratio of it, the word used as a noun)
NOT_OPENINGS = [
    ("城中村改造", "目标任务完成率达到96%"),
    ("推进城中村改造", "目标完成率达到96%"),
    ("老旧小区改造", "完成年度目标任务的85%,共改造30个"),
]


@pytest.mark.parametrize(("task", "progress", "layout", "goals", "results"), OPENINGS,
                         ids=[r[1][:12] for r in OPENINGS])
def test_a_target_word_opening_a_clause_sets_targets(task: str, progress: str, layout: str,
                                                      goals: list[tuple[float, str]],
                                                      results: list[tuple[float, int]]) -> None:
    targets, actuals, _, issue = extract_row(task, progress, 2021, row={"layout": layout})
    assert issue is None
    assert [(t.value, t.unit) for t in targets if t.source == "progress"] == goals
    assert [(a.value, a.target_index) for a in actuals if a.target_index is not None] == results


@pytest.mark.parametrize(("task", "progress"), NOT_OPENINGS, ids=[r[1][:10] for r in NOT_OPENINGS])
def test_a_target_word_that_opens_no_target(task: str, progress: str) -> None:
    targets, _, _, _ = extract_row(task, progress, 2021, row={"layout": "prose"})
    assert not [t for t in targets if t.source == "progress" and not t.implied]


def test_without_the_rule_a_heading_sets_no_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    import zqmetrics.text.clauses as clauses
    import zqmetrics.text.target_words as target_words

    monkeypatch.setattr(target_words, "TARGET_OPENING", False)
    clauses.parse.cache_clear()
    try:
        targets, _, _, _ = extract_row(*OPENINGS[0][:2], 2021, row={"layout": "numbered_items"})
    finally:
        clauses.parse.cache_clear()
    assert (140000, "个") not in [(t.value, t.unit) for t in targets]
