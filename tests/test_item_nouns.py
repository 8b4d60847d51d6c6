"""The item nouns and place endings of data/layout_cues.tsv (item_noun, item_noun_built,
place_end), tested as data: each word read where the bulletin readers read it."""

from __future__ import annotations

import pytest

from zqmetrics.read.items import layout_words
from zqmetrics.read.named import named_items
from zqmetrics.read.status_first import status_first_items

# (sentence, the names read as items, in order); [] where no item is read
NAMES_THEN_STATUS = [
    ("其中，城东水厂、西环路改造等项目进展较快", ["城东水厂", "西环路改造"]),
    ("其中，城东水厂、西环路改造等3项工作进展较快", ["城东水厂", "西环路改造"]),
    ("城东水厂、西环路改造等任务滞后", ["城东水厂", "西环路改造"]),
    ("城东水厂、西环路改造2个事项推进较快", ["城东水厂", "西环路改造"]),
    ("城东水厂、西环路改造2个项目推进较快", ["城东水厂", "西环路改造"]),
    ("城东水厂、西环路改造等工程进展较快", []),  # 工程 is no noun of these lists
]

STATUS_FIRST = [
    ("对进展偏慢的城东水厂、西环路改造等2个项目实行挂牌督办", ["城东水厂", "西环路改造"]),
    ("对进展偏慢的城东水厂、西环路改造等2项工作实行挂牌督办", ["城东水厂", "西环路改造"]),
    ("已完成的城东水厂、西环路改造等任务将组织验收", ["城东水厂", "西环路改造"]),
    ("对进展偏慢的城东水厂、西环路改造等2个工程实行挂牌督办", ["城东水厂", "西环路改造"]),
    ("进展偏慢的原因主要是城东水厂、西环路改造等。", []),  # a bare 等: examples of anything
    ("进展较快的城东县、城西区等2个单位受到表扬", []),  # places: units, not items
    ("进展较快的东湖镇、西山乡等2个单位受到表扬", []),
    ("进展较快的东湖街道、西山社区等2个单位受到表扬", []),
    ("进展较快的东湖市、西山县等2个单位受到表扬", []),
    ("进展较快的东湖公园、西山步道等2个项目受到表扬", ["东湖公园", "西山步道"]),
]


@pytest.mark.parametrize(("sentence", "names"), NAMES_THEN_STATUS)
def test_names_then_status(sentence: str, names: list[str]) -> None:
    assert [i["task"] for i in named_items(sentence, 1)] == names


@pytest.mark.parametrize(("sentence", "names"), STATUS_FIRST)
def test_status_first(sentence: str, names: list[str]) -> None:
    assert [i["task"] for i in status_first_items(sentence, 1)] == names


@pytest.mark.parametrize("word", list(layout_words("item_noun")))
def test_each_item_noun_closes_a_list(word: str) -> None:
    """Lexicon as data: every item_noun word after 等 closes the names before a status."""
    found = named_items(f"其中，城东水厂、西环路改造等{word}进展较快", 1)
    assert [i["task"] for i in found] == ["城东水厂", "西环路改造"]


@pytest.mark.parametrize("word", list(layout_words("item_noun") + layout_words("item_noun_built")))
def test_each_item_noun_closes_a_status_first_list(word: str) -> None:
    found = status_first_items(f"已完成的城东水厂、西环路改造等{word}将组织验收", 1)
    assert [i["task"] for i in found] == ["城东水厂", "西环路改造"]


@pytest.mark.parametrize("end", list(layout_words("place_end")))
def test_each_place_end_names_a_unit(end: str) -> None:
    """Lexicon as data: names all ending in a place_end word are units praised, not items."""
    assert status_first_items(f"进展较快的东湖{end}、西山{end}等2个单位受到表扬", 1) == []
