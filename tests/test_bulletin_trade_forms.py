"""Bulletin forms of the trade no development bulletin has (reader pass 31).

The bulletin variants (evaluation/bulletin_variants.py: ``lights``, ``supervised``,
``table_headings``) write the items of ten development bulletins in these forms; the rules they
needed are shown here on lines of our own, one case a row, negatives too.
"""

from __future__ import annotations

import pytest

import zqmetrics as zq
from zqmetrics.judge.records import records
from zqmetrics.read import rows as rows_module
from zqmetrics.read import status_first
from zqmetrics.read.bulletin import read_bulletin
from zqmetrics.read.columns import header_columns
from zqmetrics.read.status_first import status_first_items


def _first(line: str) -> list[tuple[str, str]]:
    return [(i["task"], i["status"]) for i in status_first_items(line, 1)]


# (a sentence, the items named after their status) one a case.
STATUS_FIRST = [
    ("对进展偏慢的老旧小区改造、职业技能提升工程、扶残助残工程等3个项目实行挂牌督办。",
     [("老旧小区改造", "进展偏慢"), ("职业技能提升工程", "进展偏慢"), ("扶残助残工程", "进展偏慢")]),
    ("已完成的新建学校、改造公园等项目将组织验收。", [("新建学校", "已完成"), ("改造公园", "已完成")]),
    # Counted: a name may hold a figure, the count bounding the list.
    ("对进展偏慢的4座台站数字化覆盖、新增直播卫星用户等2个项目实行挂牌督办。",
     [("4座台站数字化覆盖", "进展偏慢"), ("新增直播卫星用户", "进展偏慢")]),
    # A summary count after the list is no item of it.
    ("对进展偏慢的老旧小区改造、职业技能提升工程等2个项目实行挂牌督办，以上2个项目共完成投资3亿元。",
     [("老旧小区改造", "进展偏慢"), ("职业技能提升工程", "进展偏慢")]),
    # Negatives. Units praised are no items of work (places, offices).
    ("对进展较快的甲县、乙区、丙镇等3个县区予以通报表扬。", []),
    ("对进展较快的县发改局、县住建局等2个单位予以通报表扬。", []),
    # A count that does not count the names: examples of a larger group, the group's.
    ("进展偏慢的老旧小区改造、职业技能提升工程等12个项目需加快推进。", []),
    # A bare 等 (or one before a noun of no items) closes examples of anything: causes.
    ("进展偏慢的原因主要是资金不到位、手续办理慢等。", []),
    ("进展偏慢的原因主要是资金不到位、手续办理慢等问题。", []),
    # Inside brackets; one name only; no 等 at all.
    ("（进展偏慢的老旧小区改造、职业技能提升工程等2个项目）", []),
    ("对进展偏慢的老旧小区改造等1个项目实行挂牌督办。", []),
    ("进展偏慢的老旧小区改造、职业技能提升工程需加快推进。", []),
]


@pytest.mark.parametrize(("line", "found"), STATUS_FIRST)
def test_names_after_their_status(line: str, found: list[tuple[str, str]]) -> None:
    assert _first(line) == found


def test_names_after_their_status_in_a_bulletin() -> None:
    got = [(i["task"], i["status"]) for i in read_bulletin(
        ["对进展偏慢的老旧小区改造、职业技能提升工程等2个项目实行挂牌督办。"])]
    assert got == [("老旧小区改造", "进展偏慢"), ("职业技能提升工程", "进展偏慢")]


def test_names_after_their_status_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status_first, "STATUS_FIRST", False)
    assert _first(STATUS_FIRST[0][0]) == []


def _judged(text: str) -> list[tuple[str, str]]:
    return [(str(r["task"]), str(r["status"])) for r in records(zq.read_report(text))]


# (a traffic light's lead, the status of the items it lists) one a case.
LIGHTS = [
    ("亮红灯的项目2项：老旧小区改造、职业技能提升工程。", "lagging"),
    ("亮黄灯的项目2项：老旧小区改造、职业技能提升工程。", "lagging"),
    ("亮绿灯的项目2项：老旧小区改造、职业技能提升工程。", "on_track"),
]


@pytest.mark.parametrize(("line", "status"), LIGHTS)
def test_a_traffic_light_leads_its_list(line: str, status: str) -> None:
    judged = _judged(f"关于民生实事项目推进情况的通报\n{line}\n")
    assert judged == [("老旧小区改造", status), ("职业技能提升工程", status)]


# Negatives: a light in a task's name (红绿灯), a light without 亮 before a count, no list.
NO_LIGHTS = [
    "学园南街、肖厝路交叉口红绿灯新建项目2项：东段、西段。",
    "路口红灯改造工程2项：东段、西段。",
]


@pytest.mark.parametrize("line", NO_LIGHTS)
def test_a_light_in_a_name_leads_no_list(line: str) -> None:
    assert read_bulletin([line]) == []


# (header cells, the columns named) one a case: 事项 names the task column; a count of matters
# names none.
HEADERS = [
    (["序号", "事项", "进度"], ["seq", "task", "progress"]),
    (["序号", "督查事项", "责任单位", "进展情况"], ["seq", "task", "units", "progress"]),
    (["序号", "工作任务", "完成事项数", "进展情况"], ["seq", "task", None, "progress"]),
    (["序号", "工作任务", "事项个数", "进展情况"], ["seq", "task", None, "progress"]),
    (["序号", "重点任务", "事项进展", "备注"], ["seq", "task", "progress", None]),
]


@pytest.mark.parametrize(("cells", "columns"), HEADERS)
def test_matters_name_the_task_column(cells: list[str], columns: list[str | None]) -> None:
    assert header_columns(cells) == columns


_GROUPS = ("序号 | 事项名称 | 进度情况\n一、进展偏慢的项目 | |\n1 | 老旧小区改造 | 进展偏慢\n"
           "2 | 职业技能提升工程 | 进展偏慢\n二、已完成的项目 | |\n1 | 扶残助残工程 | 已完成\n"
           "2 | 设立卫生院分院 | 已完成\n")


def test_groups_numbered_from_one_again_are_no_duplicates() -> None:
    frame = zq.read_report(_GROUPS)
    assert frame["read_issue"].isna().all()
    assert [s for _, s in _judged(_GROUPS)] == ["lagging", "lagging", "done", "done"]


# (the 序号 of a table's rows, the rows read as duplicates) one a case.
RUNS = [
    (["1", "2", "1", "2"], []),
    (["1", "2", "3", "1"], []),
    # Negatives: a number met twice within a run, a run that does not open with 1.
    (["1", "2", "2", "3"], [2]),
    (["1", "2", "3", "2"], [3]),
    # A 1 after a 1 is no new run (a group of one then another cannot be told from a duplicate).
    (["1", "1", "2"], [1]),
]


@pytest.mark.parametrize(("seqs", "duplicates"), RUNS)
def test_a_run_numbered_from_one_again(seqs: list[str], duplicates: list[int]) -> None:
    text = "序号 | 事项名称 | 进展情况\n" + "".join(
        f"{s} | 任务{k} | 已完成\n" for k, s in enumerate(seqs))
    issues = zq.read_report(text)["read_issue"].tolist()
    assert [k for k, i in enumerate(issues) if i and "duplicate seq" in i] == duplicates


def test_a_run_numbered_from_one_again_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rows_module, "RESTARTED_RUNS", False)
    assert zq.read_report(_GROUPS)["read_issue"].notna().sum() == 2
