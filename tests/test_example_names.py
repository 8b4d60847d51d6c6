"""Projects a bulletin names as examples of a problem after 如 (部分项目需加快进度。如A、B等工程进展
相对偏慢): each name is an item with the problem as its status. Example rows in own words, one row
a case: lists that are such examples, and clauses that are not (如期/如实, no problem said, a part
that holds a figure or a verb, a lone name without 等)."""

from __future__ import annotations

from unittest import mock

import pytest

from zqmetrics.read import named
from zqmetrics.read.counted import split_examples
from zqmetrics.read.named import example_names

# (text, the names, the problem said of them)
EXAMPLES = [
    ("部分项目需加快进度。如城东小学、河滨公园改造工程等工程进展相对偏慢",
     ["城东小学", "河滨公园改造工程"], "部分项目需加快进度，进展相对偏慢"),
    ("部分项目前期工作进展偏慢,影响工程建设进度。如区中心医院设备购置、老街风貌提升工程。",
     ["区中心医院设备购置", "老街风貌提升工程"], "部分项目前期工作进展偏慢,影响工程建设进度"),
    ("部分项目受雨季影响,影响工程进度,如体育中心二期等项目",
     ["体育中心二期"], "部分项目受雨季影响,影响工程进度"),
    ("部分项目前期工作推进不力。如北区水厂、南环路等项目前期工作进展仍不够理想",
     ["北区水厂", "南环路"], "部分项目前期工作推进不力，前期工作进展仍不够理想"),
    # traditional characters with a mirror's pinyin: the words are found through it
    ("部分項(xiàng)目進(jìn)展不平衡。如文化中心(xīn)、社區(qū)食堂",
     ["文化中心(xīn)", "社區(qū)食堂"], "部分項(xiàng)目進(jìn)展不平衡"),
]

NOT_EXAMPLES = [
    "各单位要如期完成年度任务,如实上报进度",  # 如期, 如实: no example list
    "今年以来全区重点项目进展顺利。如城东小学、河滨公园已竣工",  # no problem said
    "部分项目进展偏慢。如城东小学完成投资70%、河滨公园改造",  # a part holds a figure
    "部分项目进展偏慢。如城东小学已开工、河滨公园正在招标",  # parts hold verbs of progress
    "部分项目进展偏慢,如城东小学",  # a lone name with no 等: not an example list
    "部分项目进展偏慢。如何加快进度,各单位要研究",  # 如何
]


@pytest.mark.parametrize(("text", "names", "problem"), EXAMPLES)
def test_example_names(text: str, names: list[str], problem: str) -> None:
    assert example_names(text) == (names, problem)


@pytest.mark.parametrize("text", NOT_EXAMPLES)
def test_not_example_names(text: str) -> None:
    assert example_names(text) is None


def test_split_examples_replaces_the_problem_item() -> None:
    items = [{"task": "城东水厂", "progress": "已完工", "line": 3},
             {"task": "部分项目需加快进度。如城东小学、河滨公园改造工程等工程进展相对偏慢", "line": 4}]
    out = split_examples(items)
    assert [i["task"] for i in out] == ["城东水厂", "城东小学", "河滨公园改造工程"]
    assert out[1]["status"] == "部分项目需加快进度，进展相对偏慢" and out[1]["line"] == 4
    assert "progress" not in out[1]


def test_split_examples_reads_the_progress_too() -> None:
    item = {"task": "部分项目因雨季暂停施工", "progress": "影响工程进度,如体育中心二期等项目", "line": 2}
    assert [i["task"] for i in split_examples([item])] == ["体育中心二期"]


def test_switch_off() -> None:
    with mock.patch.object(named, "EXAMPLES", False):
        assert example_names(EXAMPLES[0][0]) is None
