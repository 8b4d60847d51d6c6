"""A year alone before a clause's first comma (reader pass 17): before the plan its subject states
(``2024年，我县安排重点项目91宗，…``; ``今年，全市安排百大项目145个，…``) it is part of the task, as the
corpus keeps it; before what the subject achieved (``2020年，厦门市…项目完成投资…``) it is the
clause's period, the item's frame, as ``1-6月，`` is."""

from __future__ import annotations

import pytest

from zqmetrics import read_report
from zqmetrics.read.articles import split_task

# (clause, task, progress) as split_task reads it.
SPLITS = [
    ("2024年，我县安排重点项目91宗，总投资1964.4亿元，年度投资计划304亿元",
     "2024年，我县安排重点项目91宗，总投资1964.4亿元，年度投资计划304亿元", ""),
    ("今年，全市安排百大项目145个，年度投资115亿元，较上年增长17%",
     "今年，全市安排百大项目145个", "年度投资115亿元，较上年增长17%"),
    ("2025年,省政府民生实事共有12类45件53个事项,涉及我市12类39件45个事项",
     "2025年,省政府民生实事共有12类45件53个事项", "涉及我市12类39件45个事项"),
    ("2023年度，全县实施民生实事10件，已完成6件",
     "2023年度，全县实施民生实事10件", "已完成6件"),
    # No year alone: the first comma part is the subject as before.
    ("全市安排百大项目145个，年度投资115亿元", "全市安排百大项目145个", "年度投资115亿元"),
    # A year inside the subject is no year alone.
    ("2024年全县重点项目，完成投资96.4亿元", "2024年全县重点项目", "完成投资96.4亿元"),
]


@pytest.mark.parametrize(("clause", "task", "progress"), SPLITS, ids=[c[:12] for c, *_ in SPLITS])
def test_a_year_alone_runs_on_into_the_subject(clause: str, task: str, progress: str) -> None:
    assert split_task(clause) == (task, progress)


# (text, the task of its first row, that row's progress opening) read whole.
ARTICLES = [
    ("某县重点项目建设情况\n"
     "2024年，我县安排重点项目91宗，年度投资计划304亿元。1-4月，完成投资96.4亿元。\n",
     "2024年，我县安排重点项目91宗"),
    ("某市重点项目建设成绩单\n"
     "2020年，某市105个省重点在建项目完成投资752.6亿元，完成年度投资计划的133.6%。\n",
     "某市105个省重点在建项目"),
    ("某市百大项目开复工\n"
     "今年，全市安排百大项目145个，年度投资115亿元。截至目前，开复工92个，开复工率63%。\n",
     "今年，全市安排百大项目145个"),
]


@pytest.mark.parametrize(("text", "task"), ARTICLES, ids=[t.split("\n")[1][:10] for t, _ in ARTICLES])
def test_first_row_of_an_article(text: str, task: str) -> None:
    frame = read_report(text)
    assert str(frame["task"].iloc[0]).startswith(task), list(frame["task"])
    assert not any(str(t).strip("，, ") in {"2024年", "2020年", "今年"} for t in frame["task"])
