"""A task cell that goes on to report what was done: the figure a stated completion is of is an
achievement, not a target (``extraction/rows.py: achieved_tail``).

One row per case, in the wording of the corpus's running texts (made-up figures).
"""

from __future__ import annotations

import pytest

from zqmetrics.extraction.rows import achieved_tail, extract_row

# (task, progress, running text?, the task's targets left (value, unit), the achievements read)
ROWS = [
    # the ratio in the task: its figure and all after it report progress
    ("困难群众存量危房改造,全年任务为3800户,实际改造4559户,超额完成20%", "", False,
     [(3800, "户")], [(4559, "户"), (120, "%")]),
    # a list of n ratios is of the n figures before it
    ("全区城镇新增就业7.3万人、农村劳动力转移就业80.27万人,分别完成目标任务的101.4%、114.7%;", "",
     True, [], [(73000, "人"), (802700, "人"), (101.4, "%"), (114.7, "%")]),
    ("全年计划新创建示范家庭农场80个,新增农户家庭农场271个,实际分别完成95个、310个,分别超额完成19%、14%",
     "", False, [(80, "个"), (271, "个")], [(95, "个"), (310, "个"), (119, "%"), (114, "%")]),
    # a running sentence cut at the figure: the progress cell opens with the ratio
    ("“四好农村路”建设项目农村公路扩面延伸完工2985公里", "完工率92.83%", True,
     [], [(2985, "公里"), (92.83, "%")]),
    ("新建自然村水泥(沥青)路2062.642公里", "为任务的103.13%", True, [], [(2062.642, "公里"), (103.13, "%")]),
    ("农村危房改造竣工3493户", "(不含宿松县),竣工率100.5%", True, [], [(3493, "户"), (100.5, "%")]),
]

# (task, progress, running text?): the task sets targets only
TARGETS_ONLY = [
    ("力争完成年度目标任务的100%", "", True),  # a promise, not a report
    ("确保项目完成年度计划的100%以上", "", True),
    ("新开工项目开工率达到90%", "", True),  # a rate the task names is its target
    ("新增城镇就业2万人", "完成率60%", False),  # table cells are written apart
    ("新增城镇就业2万人。", "完成率60%", True),  # the sentence ended in the task
    ("新增城镇就业2万人", "全区新增城镇就业1.2万人,完成率60%", True),  # the progress opens with a figure
]


@pytest.mark.parametrize(("task", "progress", "running", "targets", "actuals"), ROWS,
                         ids=[r[0][:12] for r in ROWS])
def test_task_reports_progress(task: str, progress: str, running: bool,
                               targets: list[tuple[float, str]], actuals: list[tuple[float, str]]) -> None:
    row = {"layout": "prose" if running else "pipe_table"}
    got_t, got_a, _, issue = extract_row(task, progress, 2020, row=row)
    assert issue is None
    assert [(round(t.value, 3), t.unit) for t in got_t if not t.implied] == targets
    assert [(round(a.value, 3), a.unit) for a in got_a] == actuals
    cut = achieved_tail(task, progress, 2020, running)
    assert cut is not None
    # a figure read from the task points into the task cell, past the cut
    for a in got_a:
        if "task" in a.cues:
            assert cut <= a.start < a.end <= len(task)
            assert task[a.quote_start : a.quote_end] == a.quote


@pytest.mark.parametrize(("task", "progress", "running"), TARGETS_ONLY, ids=[r[0][:12] for r in TARGETS_ONLY])
def test_task_sets_targets_only(task: str, progress: str, running: bool) -> None:
    assert achieved_tail(task, progress, 2020, running) is None


def test_progress_figures_keep_their_offsets() -> None:
    task, progress = "全年任务为3800户,实际改造4559户", "超额完成20%,另有100户在建"
    _, actuals, _, _ = extract_row(task, progress, 2020, row={"layout": "prose"})
    by_value = {a.value: a for a in actuals}
    assert "task" not in by_value[100].cues
    assert progress[by_value[100].start : by_value[100].end] == "100户"
