"""A copy with pinyin glosses or in traditional characters is read as its plain simplified copy,
its cells given back as written (reader pass 37, read/scripts.py).

Mirrored copies of government pages gloss many characters with their pinyin (``計(jì)劃``), and
some are in traditional characters throughout (``累計完成``, ``順利開工``). The readers match the text
as written, so a gloss inside a word (``開(kāi)工``, ``計(jì)劃``) or a word in the other script hid
the cue: a plan clause was read as the subject's progress, names sharing an outcome as one row. The
glosses (switch ``GLOSSES``) and the traditional characters (``TRADITIONAL``) are left out of what
the readers see (both off in the package: each lowers a held-out line, docs/reader.md); each text
cell is then the report's own slice, glosses and script as written. The rows below are our own
words, in the forms of huidong-2024-04, shanxi-2019-05 and xingtai-2016-06, one a case.
"""

from __future__ import annotations

from typing import Any
from unittest import mock

import pandas as pd
import pytest

import zqmetrics as zq
from zqmetrics.read import scripts
from zqmetrics.read.scripts import in_simplified
from zqmetrics.text.normalize import traditional_table

_HEAD = "重点项目进展情况\n"

# (paragraph, the rows read with glosses left out: (task, progress))
GLOSSED = [
    # A plan clause with a glossed 計(jì)劃 stays with its subject (huidong-2024-04, shanxi-2019-05).
    ("列入省重點(diǎn)項(xiàng)目36宗，年度投資計(jì)劃236.2億元，完成投資88.6億元，完成年度計(jì)劃的37.5%。",
     [("列入省重點(diǎn)項(xiàng)目36宗，年度投資計(jì)劃236.2億元",
       "完成投資88.6億元，完成年度計(jì)劃的37.5%")]),
    # Names sharing a glossed stage (開(kāi)工) are a row each, the glosses kept in the cells.
    ("全市86個(gè)計(jì)劃新開(kāi)工項(xiàng)目中，有85個(gè)項(xiàng)目開(kāi)工建設(shè)。A水廠、B水廠、C隧道等一批項(xiàng)目順利開(kāi)工建設(shè)。",
     [("全市86個(gè)計(jì)劃新開(kāi)工項(xiàng)目中", "有85個(gè)項(xiàng)目開(kāi)工建設(shè)"),
      ("A水廠", "順利開(kāi)工建設(shè)"), ("B水廠", "順利開(kāi)工建設(shè)"), ("C隧道", "順利開(kāi)工建設(shè)")]),
]

# (paragraph, the rows read with traditional characters folded too)
TRADITIONAL = [
    # A preface in traditional characters is left out; 累計 opens the progress.
    ("據了解，全市重點項目累計完成投資50億元，完成年度計劃的60%。",
     [("全市重點項目", "累計完成投資50億元，完成年度計劃的60%")]),
    # Names sharing a stage written in traditional characters (順利開工建設).
    ("全市重點項目累計完成投資50億元。城北水廠、城南水廠、東湖隧道順利開工建設。",
     [("全市重點項目", "累計完成投資50億元"), ("城北水廠", "順利開工建設"), ("城南水廠", "順利開工建設"),
      ("東湖隧道", "順利開工建設")]),
]

# Simplified paragraphs whose traditional copy must read the same, cell for cell in its own script.
ORIGINALS = [
    "据了解，全市重点项目累计完成投资50亿元，完成年度计划的60%。城北水厂、城南水厂、东湖隧道顺利开工建设。",
    "1-6月，全市新增城镇就业2万人，完成目标任务的80%，“零就业”家庭实现动态清零。",
    "全县水利项目完成投资3亿元，红星水库完成主体工程，滨河堤防工程通过验收。",
]


def _rows(paragraph: str) -> list[tuple[str, str]]:
    frame = zq.read_report(_HEAD + paragraph + "\n")
    return list(zip(frame["task"], frame["progress"], strict=True))


def _traditional(text: str) -> str:
    """``text`` in traditional characters: each simplified character's first traditional form."""
    forms: dict[str, str] = {}
    for code, simp in sorted(traditional_table().items()):
        forms.setdefault(simp, chr(code))
    return "".join(forms.get(ch, ch) for ch in text)


@pytest.mark.parametrize(("paragraph", "rows"), GLOSSED, ids=[p[0][:10] for p in GLOSSED])
def test_a_glossed_copy_reads_without_its_glosses(paragraph: str, rows: list[tuple[str, str]]) -> None:
    with mock.patch.object(scripts, "GLOSSES", True):
        assert _rows(paragraph) == rows
    assert _rows(paragraph) != rows  # off in the package


@pytest.mark.parametrize(("paragraph", "rows"), TRADITIONAL, ids=[p[0][:10] for p in TRADITIONAL])
def test_a_traditional_copy_reads_as_a_simplified_one(paragraph: str,
                                                      rows: list[tuple[str, str]]) -> None:
    with mock.patch.object(scripts, "TRADITIONAL", True):
        assert _rows(paragraph) == rows
    assert _rows(paragraph) != rows  # off in the package


@pytest.mark.parametrize("original", ORIGINALS, ids=[o[:10] for o in ORIGINALS])
def test_a_traditional_copy_gives_the_original_rows_in_its_own_script(original: str) -> None:
    with mock.patch.object(scripts, "TRADITIONAL", True):
        copied = _rows(_traditional(original))
    assert copied == [(_traditional(t), _traditional(p)) for t, p in _rows(original)]


def _fake(cells: list[str]) -> Any:
    """A reader that reads nothing and returns ``cells`` as its task cells (what it was given is
    kept on the frame)."""
    def read(text: str) -> pd.DataFrame:
        frame = pd.DataFrame({"task": cells, "line": [1] * len(cells)})
        frame.attrs["seen"] = text
        return frame
    return read


# (text, the cells a reader returns from what it saw, the cells given back)
RESTORED = [
    # A gloss inside a cell and one after its last character come with the characters.
    ("年度計(jì)劃投資", ["年度計劃投資"], ["年度計(jì)劃投資"]),
    ("投產(chǎn)，完成", ["投產"], ["投產(chǎn)"]),
    # A cell made of two pieces of the text and a comma the reader wrote.
    ("甲項(xiàng)目完成。乙項(xiàng)目開(kāi)工。", ["甲項目，乙項目開工"], ["甲項(xiàng)目，乙項(xiàng)目開(kāi)工"]),
    # Words the text does not hold are the reader's own and stay.
    ("甲項(xiàng)目完成", ["合计"], ["合计"]),
]


@pytest.mark.parametrize(("text", "cells", "back"), RESTORED, ids=[r[0] for r in RESTORED])
def test_cells_are_given_back_as_written(text: str, cells: list[str], back: list[str]) -> None:
    with mock.patch.object(scripts, "GLOSSES", True):
        frame = in_simplified(text, _fake(cells))
    assert "(" not in frame.attrs["seen"]
    assert list(frame["task"]) == back


def test_a_plain_simplified_text_is_read_as_it_is() -> None:
    text = "全市重点项目完成投资50亿元"
    frame = in_simplified(text, _fake([text]))
    assert frame.attrs["seen"] == text


def test_the_reading_switched_off_reads_the_text_as_written() -> None:
    with mock.patch.object(scripts, "SIMPLIFIED_READING", False), \
            mock.patch.object(scripts, "GLOSSES", True):
        frame = in_simplified("年度計(jì)劃投資", _fake(["x"]))
    assert frame.attrs["seen"] == "年度計(jì)劃投資"


@pytest.mark.parametrize("doc_id", ["jiangxi-2018-08", "ningxia-2021-07"])
def test_a_development_document_copied_reads_as_its_original(doc_id: str) -> None:
    from evaluation.corpus import load_corpus
    from evaluation.script_variants import line_copy, score, traditional_copy

    docs = [d for d in load_corpus() if d.id == doc_id]
    with mock.patch.object(scripts, "TRADITIONAL", True):
        assert score(docs, traditional_copy)[0] == 1
        assert score(docs, line_copy)[0] == 1
