"""Labels of the header lexicon inside a line: ``<task>，牵头部门：X。<progress>`` gives the owner,
``任务目标：<task>。 进展情况：<progress>。 任务目标：…`` pairs on one line give one item each."""

from __future__ import annotations

import pytest

from zqmetrics import read_report
from zqmetrics.read.articles import labelled_pairs
from zqmetrics.read.labels import apply_labels

# (an item as a reader gives it, the task, the owner, the progress's opening) after the labels.
INLINE = [
    ({"task": "农村道路畅通工程，牵头部门：市交通局。", "progress": "建设进度相对较慢的县区为东城县。"},
     "农村道路畅通工程", "市交通局", "建设进度相对较慢"),
    ({"task": "棚户区改造，责任单位：市住建局", "progress": "新开工1200套。"},
     "棚户区改造", "市住建局", "新开工1200套"),
    ({"task": "任务目标：新扩建公办幼儿园8所。 进展情况：已建成6所。", "progress": ""},
     "新扩建公办幼儿园8所。", "", "已建成6所"),
    ({"task": "目标任务：改造老旧小区30个", "progress": "已完工28个"},
     "改造老旧小区30个", "", "已完工28个"),
    # No label: a colon inside the task is no role (其中：) and the task stays whole.
    ({"task": "新建道路12公里，其中：主干道5公里", "progress": "已完成8公里"},
     "新建道路12公里，其中：主干道5公里", "", "已完成8公里"),
]


@pytest.mark.parametrize(("item", "task", "owner", "progress"), INLINE,
                         ids=[i["task"][:10] for i, *_ in INLINE])
def test_inline_label(item: dict[str, str], task: str, owner: str, progress: str) -> None:
    out = apply_labels(item)
    assert out["task"] == task
    assert (out.get("units") or "") == owner
    assert out["progress"].startswith(progress)


PAIRS = ("全市十件实事完成情况\n"
         "任务目标:新扩建50所公办幼儿园。 进展情况:截至12月底,已建成50所。 "
         "任务目标:改造老旧小区100个。 进展情况:实际完成120个,超额完成年度任务。 "
         "任务目标:新建公共停车泊位2000个。 进展情况:已建成1800个。\n")
# (task, progress's opening) of each item of PAIRS.
PAIR_ROWS = [
    ("新扩建50所公办幼儿园", "截至12月底,已建成50所"),
    ("改造老旧小区100个", "实际完成120个"),
    ("新建公共停车泊位2000个", "已建成1800个"),
]


@pytest.mark.parametrize(("task", "progress"), PAIR_ROWS, ids=[t for t, _ in PAIR_ROWS])
def test_labelled_pairs_on_one_line(task: str, progress: str) -> None:
    frame = read_report(PAIRS)
    rows = {t: str(p) for t, p in zip(frame["task"], frame["progress"], strict=True)}
    assert rows.get(task, "").startswith(progress), rows


def test_pairs_need_a_task_label_on_every_part() -> None:
    assert labelled_pairs("全市新建幼儿园8所。 进展情况:已建成6所。") == []
    assert labelled_pairs("任务目标:新建幼儿园8所。 任务目标:改造小区3个。") == []
