"""Learned item starts (issue 10): the weights as data, the model's starts case by case, the
leave-one-collection-out script on two tiny documents.

The model is not used by the reader (docs/reader.md, "Learned item starts": it does not beat the
reader's own starts under leave-one-collection-out); these tests keep the data file, the
features and the measuring script honest. Known failures of the model are strict xfails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.learned_starts import (
    Candidate,
    candidates,
    feature_vocabulary,
    features,
    model_threshold,
    model_weights,
    probability,
    weight_rows,
)

# --- the data file -------------------------------------------------------------------------------


def test_the_weights_load_and_are_finite() -> None:
    weights = model_weights()
    assert len(weights) > 50
    assert all(abs(w) < 50 for w in weights.values())
    assert 0.0 < model_threshold() < 1.0


@pytest.mark.parametrize("name", sorted(n for n, _ in weight_rows() if not n.startswith("@")))
def test_every_weight_names_a_feature_the_code_makes(name: str) -> None:
    assert name in feature_vocabulary()


_TEXTS = [
    ("numbered_items", "一、新增城镇就业2万人。\n1-9月新增15501人：完成77.5%。\n（一）改造老旧小区；\n①已开工25个"),
    ("prose", "今年以来，全市重点项目完成投资120亿元，占年度计划的78%；其中，进度滞后。一是新建公园。二是…"),
    ("bulletin", "1.城区污水管网改造工程，计划投资2亿元。\n2、市体育中心，尚未开工！\n（1）道路，已完成"),
    ("grid", "| 1 | 新增就业 | 2万人 |\n| 2 | 改造小区 | 30个 |"),
    (None, "截至9月底，累计完成投资3.2亿元？目标任务：5亿元"),
]


@pytest.mark.parametrize(("layout", "text"), _TEXTS)
def test_every_feature_made_is_in_the_vocabulary(layout: str | None, text: str) -> None:
    made = {n for names in features(text, candidates(text), layout) for n in names}
    assert made <= feature_vocabulary(), made - feature_vocabulary()


# --- candidates ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kinds"), [
    ("甲。乙", {"stop"}),
    ("甲；乙", {"semi"}),
    ("甲\n乙", {"line"}),
    ("甲：乙", {"colon"}),
    ("甲，乙", {"comma"}),
    ("甲。\n二、乙", {"stop", "line", "num"}),
    ("甲（2）乙", {"num"}),
])
def test_the_candidate_after_甲_has_its_classes(text: str, kinds: set[str]) -> None:
    cand = next(c for c in candidates(text) if text[c.at:].startswith("乙"))
    assert cand.kinds == frozenset(kinds)


@pytest.mark.parametrize(("text", "number"), [
    ("甲。\n二、乙", ("cn_dun", 2)),
    ("甲。（十二）乙", ("cn_paren", 12)),
    ("甲。3.乙", ("ar_dot", 3)),
    ("甲。4、乙", ("ar_dun", 4)),
    ("甲。(5)乙", ("ar_paren", 5)),
    ("甲。⑥乙", ("circled", 6)),
    ("甲。七是乙", ("cn_shi", 7)),
])
def test_a_numbering_mark_gives_its_class_and_value(text: str, number: tuple[str, int]) -> None:
    cand = next(c for c in candidates(text) if text[c.at:].startswith("乙"))
    assert cand.number == number


@pytest.mark.parametrize("text", [
    "完成投资1.5亿元",     # a decimal is no numbering mark
    "统一、规范管理",       # nor is 一、 inside a word
    "增长2.3%",
])
def test_no_numbering_mark_inside_a_figure_or_a_word(text: str) -> None:
    assert all(c.number is None for c in candidates(text))


def test_a_numbering_mark_that_continues_its_sequence_says_so() -> None:
    text = "一、甲。\n二、乙。\n四、丙。"
    names = features(text, candidates(text), "numbered_items")
    by_start = {text[c.at]: n for c, n in zip(candidates(text), names, strict=True)}
    assert "n:first" in by_start["甲"]
    assert "n:continues" in by_start["乙"]
    assert "n:breaks" in by_start["丙"]


# --- the model's starts, case by case (the place probed is marked |) ---------------------------

def _probability(layout: str, marked: str) -> float:
    at = marked.index("|")
    text = marked.replace("|", "")
    cands = candidates(text)
    for cand, names in zip(cands, features(text, cands, layout), strict=True):
        if cand.at == at:
            return probability(names, model_weights())
    raise AssertionError(f"no candidate at {at}: {[c.at for c in cands]}")


def _is_start(layout: str, marked: str) -> bool:
    return _probability(layout, marked) >= model_threshold()


STARTS = [
    ("numbered_items", "一、新增城镇就业2万人。1-9月新增15501人，完成77.5%。\n二、|改造老旧小区30个。已开工25个。"),
    ("numbered_items", "（一）新增城镇就业2万人。1-9月新增15501人。\n（二）|改造老旧小区30个。已开工25个。"),
    ("prose", "今年以来，全市重点项目完成投资120亿元，占年度计划的78%；|新建农村公路200公里，已完成160公里。"),
    ("bulletin", "一、进展滞后的项目\n1.|城区污水管网改造工程，计划投资2亿元，完成0.5亿元，完成率25%。\n"
                 "2.市体育中心建设项目，计划投资3亿元，完成1亿元。"),
    pytest.param("prose", "全市计划改造老旧小区30个，截至9月底已开工25个。|新建城市公园5个，已建成3个，完成年度目标的60%。",
                 marks=pytest.mark.xfail(strict=True, reason="a sentence opening a second item after a "
                                         "full stop in prose: 0.16, below the threshold")),
]


@pytest.mark.parametrize(("layout", "marked"), STARTS)
def test_an_item_starts_here(layout: str, marked: str) -> None:
    assert _is_start(layout, marked)


NOT_STARTS = [
    # A verdict sentence after an item is the item's verdict.
    ("prose", "新建农村公路200公里，已完成160公里。|进度滞后。"),
    # A figure clause of the same item is its progress.
    ("prose", "新建农村公路200公里，|累计完成160公里，占年度计划的80%。"),
    ("prose", "改造棚户区3000套，已开工2800套，|开工率93.3%。"),
    ("numbered_items", "1.新增城镇就业2万人。\n1-9月新增15501人，|完成年度目标的77.5%。\n2.改造老旧小区30个。"),
    # A 其中 part with only an amount stays its parent's (corpus conventions). Close: 0.26 against
    # the threshold 0.30 (trained on 183 documents; 0.27 against 0.25 on the first 176, a miss).
    ("prose", "全市重点项目完成投资120亿元，占年度计划的78%。|其中，农村公路完成投资20亿元。"),
]


@pytest.mark.parametrize(("layout", "marked"), NOT_STARTS)
def test_no_item_starts_here(layout: str, marked: str) -> None:
    assert not _is_start(layout, marked)


# --- the measuring script on two tiny documents ----------------------------------------------------

def _document(folder: Path, doc_id: str, split: str, text: str, tasks: list[str]) -> None:
    header = (f"# source: test\n# place: 测试\n# level: city\n# year: 2021\n# period: 1-9月\n"
              f"# layout: numbered_items\n# split: {split}\n# excerpt: no\n# ---\n")
    (folder / "docs" / f"{doc_id}.txt").write_text(header + text, encoding="utf-8")
    lines = [{"doc": doc_id, "layout": "numbered_items", "rows": len(tasks)}]
    lines += [{"seq": str(i + 1), "cells": {"task": t}} for i, t in enumerate(tasks)]
    (folder / "gold" / f"{doc_id}.jsonl").write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    _document(tmp_path, "a-2021-09", "dev",
              "一、新增城镇就业2万人。已新增1.5万人。\n二、改造老旧小区30个。已开工25个。\n",
              ["新增城镇就业2万人", "改造老旧小区30个"])
    _document(tmp_path, "b-2021-09", "dev",
              "1.新建公园5个；已建成3个。\n2.新建农村公路200公里，已完成160公里。\n",
              ["新建公园5个", "新建农村公路200公里"])
    _document(tmp_path, "c-2021-09", "heldout", "一、不应读到。\n", ["不应读到"])
    (tmp_path / "README.md").write_text(
        "# corpus\n### First collection\na-2021-09\n### Second collection\nb-2021-09\n", encoding="utf-8")
    return tmp_path


def test_only_development_documents_are_loaded(tiny_corpus: Path) -> None:
    from evaluation.item_starts import dev_documents

    assert [d.id for d in dev_documents(tiny_corpus)] == ["a-2021-09", "b-2021-09"]


def test_the_groups_are_the_readme_sections(tiny_corpus: Path) -> None:
    from evaluation.item_starts import collection_groups

    groups = collection_groups(["a-2021-09", "b-2021-09"], tuples=tiny_corpus / "none.py",
                               readme=tiny_corpus / "README.md")
    assert groups == {"a-2021-09": "README: First collection", "b-2021-09": "README: Second collection"}


def test_the_cross_validation_runs_on_two_tiny_documents(tiny_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from evaluation.item_starts import main

    weights = tiny_corpus / "weights.tsv"
    assert main(["--cv", "--train", "--folder", str(tiny_corpus), "--weights", str(weights)]) == 0
    out = capsys.readouterr().out
    assert "2 groups left out in turn" in out
    assert "reader+model" in out
    names = [line.split("\t")[0] for line in weights.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert names[0] == "@threshold"
    assert set(names[1:]) <= feature_vocabulary()


def test_a_candidate_is_frozen() -> None:
    cand = Candidate(3, 2, frozenset({"stop"}))
    with pytest.raises(AttributeError):
        cand.at = 4  # type: ignore[misc]
