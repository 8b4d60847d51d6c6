"""An owner named before the task (reader pass 17): an office of a level of government as the
label of an item (``（一）县教育局：学前教育促进工程。其中…``) or before ``负责的`` and the task
(``县发改局负责的“<task>”截至目前，…``) is the owner; the task is what follows it."""

from __future__ import annotations

import pytest

from zqmetrics import read_report
from zqmetrics.read.labels import apply_labels

# (an item as a reader gives it, the task, the owner, the progress's opening) after the labels.
OWNER_FIRST = [
    # A numbered line labelled with its office: the reader's label is the office.
    ({"task": "县教育局", "progress": "学前教育促进工程。其中幼师培训任务500人，已培训178人"},
     "学前教育促进工程", "县教育局", "其中幼师培训任务500人"),
    ({"task": "县住建局", "progress": "棚户区改造新开工1827户，任务已完成"},
     "棚户区改造新开工1827户", "县住建局", "任务已完成"),
    ({"task": "市财政局、市人社局", "progress": "发放创业担保贷款。已发放3.2亿元"},
     "发放创业担保贷款", "市财政局、市人社局", "已发放3.2亿元"),
    # Offices before 负责的 and a quoted task; a period opening what follows is the frame.
    ({"task": "县发改局负责的“严格落实重点项目前期工作计划。”截至目前，30个项目已完成前期论证",
      "progress": ""},
     "严格落实重点项目前期工作计划。", "县发改局", "30个项目已完成前期论证"),
    ({"task": "县自然资源局、县水利局负责的“加快推进国债项目实施。”国债项目5个，开工2个",
      "progress": ""},
     "加快推进国债项目实施。", "县自然资源局、县水利局", "国债项目5个"),
    ({"task": "区城管局牵头的“背街小巷整治”已完成12条", "progress": ""},
     "背街小巷整治", "区城管局", "已完成12条"),
]

# Items that keep their task: the name is no office of a level of government, or the office's
# label heads a count of its own projects (the label is then the group, the task).
KEPT = [
    {"task": "三明汽车维修中心", "progress": "滞后"},
    {"task": "国槐路方案市规划局", "progress": "已审批，正在开展施工图设计"},
    {"task": "闽清新区建设工作指挥部", "progress": "项目7项，均达序时进度。"},
    {"task": "县交通局", "progress": "项目12个，已开工9个"},
    {"task": "社会治安技防监控七期年度任务新建高清监控点40处", "progress": "开放式小区监控80处"},
    {"task": "某某公司负责的“厂房建设”已封顶", "progress": ""},
]


@pytest.mark.parametrize(("item", "task", "owner", "progress"), OWNER_FIRST,
                         ids=[i["task"][:12] for i, *_ in OWNER_FIRST])
def test_owner_before_the_task(item: dict[str, str], task: str, owner: str, progress: str) -> None:
    out = apply_labels(item)
    assert out["task"] == task
    assert out.get("units") == owner
    assert out["progress"].startswith(progress)


@pytest.mark.parametrize("item", KEPT, ids=[i["task"][:12] for i in KEPT])
def test_no_owner_before_the_task(item: dict[str, str]) -> None:
    out = apply_labels(item)
    assert out["task"] == item["task"]
    assert not out.get("units")


BULLETIN = (
    "关于全县民生工程实施情况的督查通报\n"
    "一、牵头部门实施情况\n"
    "（一）县教育局：学前教育促进工程。其中幼师培训任务500人，截至督查时只培训178人，低于全市平均进度。\n"
    "（二）县卫健委：基层医疗卫生机构能力建设。改造村卫生室40所，已完工12所，低于全市平均进度。\n"
)


@pytest.mark.parametrize(("task", "owner"), [("学前教育促进工程", "县教育局"),
                                             ("基层医疗卫生机构能力建设", "县卫健委")])
def test_office_labels_in_a_bulletin(task: str, owner: str) -> None:
    frame = read_report(BULLETIN)
    rows = {str(t).rstrip("。"): list(o) for t, o in zip(frame["task"], frame["units"], strict=True)}
    assert rows.get(task) == [owner], rows
