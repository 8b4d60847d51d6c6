"""Targets and actuals, one example per row.

Task clauses are taken from the bundled sample (济南市市中区 2025Q2) and, where marked, from the
2026 provincial work reports in shared/data; expectations are written by hand.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zqmetrics import extract_actuals, extract_targets

# (task text, [(metric, value, unit, comparator, kind), ...])
TARGETS = [
    ("新增城镇就业2万人。", [("新增城镇就业", 20000, "人", "exact", "amount")]),
    ("力争获批60亿元以上。", [("获批", 6e9, "元", "at_least", "amount")]),
    ("空气质量优良天数比例达到67.6%。", [("空气质量优良天数比例", 67.6, "%", "exact", "level")]),
    (
        "强化土地要素保障,完成土地收储1410亩,推进土地征收930亩,力争实现出让供地923亩。",
        [
            ("土地收储", 1410, "亩", "exact", "amount"),
            ("土地征收", 930, "亩", "exact", "amount"),
            ("出让供地", 923, "亩", "at_least", "amount"),
        ],
    ),
    (
        "新建公园2处、古树公园2处、绿道6公里,完成人工造林1000亩。",
        [
            ("新建公园", 2, "处", "exact", "amount"),
            ("新建古树公园", 2, "处", "exact", "amount"),
            ("新建绿道", 6, "公里", "exact", "amount"),
            ("人工造林", 1000, "亩", "exact", "amount"),
        ],
    ),
    (
        "力争引进产业项目200个以上,其中签约落地过亿元项目10个以上、过50亿元项目2个以上。",
        [
            ("引进产业项目", 200, "个", "at_least", "amount"),
            ("签约落地过亿元项目", 10, "个", "at_least", "amount"),
            ("过50亿元项目", 2, "个", "at_least", "amount"),
        ],
    ),
    (
        "加快山东电力战新产业园等总投资380.7亿元的94个落地项目开工建设。",
        [("落地项目开工建设", 94, "个", "exact", "amount")],
    ),
    (
        "力争民间投资占固定资产投资比重提高4个百分点以上。",
        [("民间投资占固定资产投资比重提高", 4, "个百分点", "at_least", "change")],
    ),
    ("实现研发经费投入增长14%。", [("研发经费投入增长", 14, "%", "exact", "change")]),
    ("扩大科创基金管理规模10亿元。", [("扩大科创基金管理规模", 1e9, "元", "exact", "change")]),
    ("创建全国示范性老年友好型社区1—2个。", [("创建全国示范性老年友好型社区", 1, "个", "range", "amount")]),
    ("实施“一户一表”改造1万户以上。", [("实施“一户一表”改造", 10000, "户", "at_least", "amount")]),
    ("对宅科村、寨而头村等11个村庄实施连片改造。", [("村庄实施连片改造", 11, "个", "exact", "amount")]),
    # From the 2026 provincial reports (another level of government, prose layout).
    ("城镇新增就业110万人以上。", [("城镇新增就业", 1_100_000, "人", "at_least", "amount")]),
]

NO_TARGETS = [
    "举办第十五届全民健身运动会,规划建设全民健身示范项目。",
    "以信息通信网、能源互联网“两张网”建设为重点,深入实施“人工智能+”“5G+”等数智赋能行动。",
    "对接济南市“13+34”标志性产业链。",
    "谋划启动一批衔接“十四五”和“十五五”发展的重点投资项目。",
    "深入开展安全生产治本攻坚三年行动。",
]


@pytest.mark.parametrize(("text", "expected"), TARGETS, ids=[t[:18] for t, _ in TARGETS])
def test_targets(text: str, expected: list[tuple]) -> None:
    got = [(t.metric, t.value, t.unit, t.comparator, t.kind) for t in extract_targets(text)]
    assert [g[1:] for g in got] == [(e[1], e[2], e[3], e[4]) for e in expected]
    for (metric, *_), (want, *_) in zip(got, expected, strict=False):
        assert want in metric or metric in want


@pytest.mark.parametrize("text", NO_TARGETS, ids=[t[:18] for t in NO_TARGETS])
def test_not_targets(text: str) -> None:
    assert extract_targets(text) == []


def test_target_quote_and_span_point_into_the_text() -> None:
    text = "强化土地要素保障,完成土地收储1410亩,推进土地征收930亩。"
    for t in extract_targets(text):
        assert text[t.start : t.end] == t.quantity.text
        assert text[t.quote_start : t.quote_end] == t.quote


# (progress text, targets text, [(value, unit, period, target_index, stated)])
ACTUALS = [
    (
        "新增城镇就业工作:1-6月份,城镇新增就业完成15501人,完成全年任务的77%。",
        "新增城镇就业2万人。",
        [(15501, "人", "ytd", 0, False), (77, "%", "ytd", 0, True)],
    ),
    (
        "收储方面:二季度完成土地储备入库20亩。供地方面:1-6月份,全区累计完成土地出让17宗、面积320亩。",
        "完成土地收储1410亩,推进土地征收930亩,力争实现出让供地923亩。",
        [(20, "亩", "quarter", 0, False), (17, "宗", "ytd", None, False), (320, "亩", "ytd", 2, False)],
    ),
    (
        "截至目前,区级事项线下进厅率99%,可全程网办率82.1%。",
        "力争实现区级事项线下进厅率99%,线上可全程网办率80%。",
        [(99, "%", "snapshot", 0, False), (82.1, "%", "snapshot", 1, False)],
    ),
    (
        "对企业进行检查,出动355人次、检查企业44家次。",
        "新增城镇就业2万人。",
        [(355, "人次", "unknown", None, False), (44, "家次", "unknown", None, False)],
    ),
    (
        "2024年完成土地出让500亩。",
        "力争实现出让供地923亩。",
        [(500, "亩", "unknown", None, False)],
    ),
    (
        "新建公园2处:甲公园、乙公园均已建设完成。",
        "新建公园2处、古树公园2处。",
        [(2, "处", "unknown", 0, False)],
    ),
    (
        "新建公园2处:正在设计。",
        "新建公园2处、古树公园2处。",
        [(2, "处", "unknown", None, False)],
    ),
    # A figure equal to its target is a result when its own clause says it was reached before it
    # (anshun-2019-fy, wenshang-2023-fy), and still not when what was reached is a step of it.
    (
        "截至12月底,全市完成新建、改扩建幼儿园8所。",
        "新建、改扩建公办幼儿园8所。",
        [(8, "所", "ytd", 0, False)],
    ),
    (
        "今年已建成口袋公园2处。",
        "新建口袋公园2处。",
        [(2, "处", "unknown", 0, False)],
    ),
    (
        "已完成10个“口袋公园”项目的选址工作。",
        "建设“口袋公园”项目10个。",
        [(10, "个", "unknown", None, False)],
    ),
    # ... or when its clause says after it that the things counted were done (a marker, or a verb
    # with 了), the figure closing its clause (jinan-2014-fy, wenshang-2023-fy; the sample's row 100);
    # a heading's colon, or another figure later in the clause (what was done is that one), keep
    # the restating reading.
    (
        "3个省级美丽乡村已建设完成,已上报验收材料。",
        "新增省级美丽乡村3个。",
        [(3, "个", "unknown", 0, False)],
    ),
    (
        "为600个行政村配建(更新)了健身器材。",
        "为600个行政村配建(更新)健身器材。",
        [(600, "个", "unknown", 0, False)],
    ),
    (
        "目前,7处教育设施全部按照计划节点施工。",
        "新建、续建教育设施7处。",
        [(7, "处", "snapshot", 0, False)],
    ),
    (
        "全省新增41家场馆均已落实有关要求。",
        "新增41家场馆错时延时开放。",
        [(41, "家", "unknown", 0, False)],
    ),
    (
        "针对28条背街小巷已完成广告牌匾规范48处。",
        "改造提升背街小巷28条。",
        [(28, "条", "unknown", None, False), (48, "处", "unknown", None, False)],
    ),
    (
        "7处教育设施尚未全部开工。",
        "新建、续建教育设施7处。",
        [(7, "处", "unknown", None, False)],
    ),
    (
        "7处教育设施将于年底前全部建成。",
        "新建、续建教育设施7处。",
        [(7, "处", "unknown", None, False)],
    ),
    (
        "改造提升背街小巷28条:已完成方案设计。",
        "改造提升背街小巷28条。",
        [(28, "条", "unknown", None, False)],
    ),
]


# Known failures (strict xfail), none at present. The two restating cases above (新建公园2处:,
# …10个项目的选址工作) rest on the rule that a figure equal to its target restates it, kept for the
# cost of the opposite error (README, alignment ablation).
KNOWN_ACTUAL_MISSES: dict[str, str] = {}


def _actual_case(progress: str, task: str, expected: list[tuple]) -> Any:
    reason = KNOWN_ACTUAL_MISSES.get(progress)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(progress, task, expected, marks=marks, id=progress[:18])


@pytest.mark.parametrize(("progress", "task", "expected"), [_actual_case(*c) for c in ACTUALS])
def test_actuals(progress: str, task: str, expected: list[tuple]) -> None:
    actuals = extract_actuals(progress, extract_targets(task), report_year=2025)
    got = [(a.value, a.unit, a.period, a.target_index, a.stated) for a in actuals]
    assert got == [(float(v), u, p, i, s) for v, u, p, i, s in expected]
    for a in actuals:
        assert progress[a.start : a.end] == a.quantity.text
        assert progress[a.quote_start : a.quote_end] == a.quote


def test_month_span_sets_through_month() -> None:
    [a] = extract_actuals("1-5月份,城镇新增就业完成12000人。", extract_targets("新增城镇就业2万人。"))
    assert (a.period, a.through_month, a.target_index) == ("ytd", 5, 0)


def test_estimate_is_flagged() -> None:
    [a] = extract_actuals("上半年预计可实现进出口额72.8亿元。", extract_targets("进出口总额实现130亿元。"))
    assert a.estimate and a.target_index == 0


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_and_spans_index_the_input(text: str) -> None:
    targets = extract_targets(text)
    for t in targets:
        assert 0 <= t.start < t.end <= len(text) and text[t.start : t.end] == t.quantity.text
    for a in extract_actuals(text, targets):
        assert 0 <= a.start < a.end <= len(text) and text[a.start : a.end] == a.quantity.text
        assert a.value == a.value  # finite, not NaN


@pytest.mark.parametrize("odd", [None, 12, "", "   ", "\x00\x01", "%%%", "亿元万人"])
def test_odd_input_gives_empty_lists(odd: object) -> None:
    assert extract_targets(odd) == []  # type: ignore[arg-type]
    assert extract_actuals(odd, []) == []  # type: ignore[arg-type]


# Rules prompted by other reports: a baseline is not a target, an age says who is counted, a
# rate before 的 is still a goal.
DESCRIPTIVE = [
    ("重度残疾人护理补贴标准分别从每人每月209元提高到220元。", [("重度残疾人护理补贴标准", 220, "元")]),
    ("其中65岁以上老年人健康管理率达到75%。", [("老年人健康管理率", 75, "%")]),
    ("使67.5%的初中毕业生就读普通高中。", [("初中毕业生就读普通高中", 67.5, "%")]),
    ("力争人均预期寿命达81.2岁。", [("人均预期寿命", 81.2, "岁")]),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIPTIVE, ids=[t[:16] for t, _ in DESCRIPTIVE])
def test_descriptive_figures_are_not_targets(text: str, expected: list[tuple]) -> None:
    got = extract_targets(text)
    assert [(t.value, t.unit) for t in got] == [(float(v), u) for _, v, u in expected]
    for t, (metric, _, _) in zip(got, expected, strict=False):
        assert metric in t.metric


# Lists: rates named before one figure share it; 分别 hands the listed names to the figures in order.
LISTS = [
    ("其中孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上。",
     [("孕产妇产后访视率", 90), ("儿童健康管理率", 90)]),
    ("城镇化率、森林覆盖率分别达到70%和40%。", [("城镇化率", 70), ("森林覆盖率", 40)]),
    ("水果、蔬菜、茶叶产量分别达到1000万吨、2000万吨、30万吨。",
     [("水果", 1e7), ("蔬菜", 2e7), ("茶叶产量", 3e5)]),
    ("新建公园2处、古树公园2处。", [("新建公园", 2), ("新建古树公园", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS, ids=[t[:12] for t, _ in LISTS])
def test_lists_share_or_distribute_names(text: str, expected: list[tuple]) -> None:
    got = extract_targets(text)
    assert [t.value for t in got] == [float(v) for _, v in expected]
    for t, (metric, _) in zip(got, expected, strict=True):
        assert metric in t.metric
        assert text[t.quote_start : t.quote_end] == t.quote


def test_without_the_done_after_rule_a_figure_equal_to_its_target_restates_it(monkeypatch) -> None:
    import zqmetrics.extraction.align as align

    monkeypatch.setitem(align.RULES, "done_after", False)
    [a] = extract_actuals("3个省级美丽乡村已建设完成,已上报验收材料。", extract_targets("新增省级美丽乡村3个。"))
    assert a.target_index is None
