"""Judge pass 5 (issue 11, docs/statements.md): a report's opening that judges all its items at
once, written in two more ways than the count-first sentence (10件民生实事顺利完成). One example
per row, negatives beside the positives.

1. The done verb first, its object the plan's items (``judge/opening.done_first``, switch
   ``DONE_FIRST``): 省会全部完成利民惠民十件实事; 全面完成…重点民生实事项目建设.
2. An article's first paragraph that the reader cut into rows at its clause marks is still its
   first paragraph (``judge/opening.paragraph_line``, switch ``PARAGRAPH_ROWS``).

Written after the development part of the corpus (shijiazhuang-2014-fy's title,
laibin-xingbin-liangjiang-2024-fy's first paragraph, zhenjiang-runzhou-qilidian-2025-fy's
`截至目前,街道今年4項民生實事項目已全部完成`) and the trade's usage; held-out documents are never used.
"""

from __future__ import annotations

import re

import pytest

import zqmetrics.judge.opening as opening
from zqmetrics.judge.assessment import assess_rows
from zqmetrics.judge.verdicts import summary_sentence
from zqmetrics.text.normalize import normalize

# (sentence, whether it says all the plan's items are done with the verb first)
DONE_FIRST = [
    ("省会全部完成利民惠民十件实事", True),  # a title
    ("标志着全镇全面完成年度重点民生实事项目建设", True),  # the set named by 实事, no count
    ("全市全部完成10项重点工作", True),  # a count and an item noun
    ("今年已全部完成12件为民办实事项目", True),  # a marked form of the grammar
    ("省會全部完成利民惠民十件實事", True),  # traditional characters
    ("确保全面完成年度民生实事任务", False),  # a promise
    ("力争全部完成10件实事", False),  # a plan word
    ("未全部完成十件实事", False),  # negated
    ("其中全部完成3件实事", False),  # a part
    ("全面完成年度目标任务", False),  # no item of the plan's set
    ("完成10件实事", False),  # no word of totality
    ("项目全部完成建设,10件实事正在推进", False),  # the items stand in another clause
]


@pytest.mark.parametrize(("text", "said"), DONE_FIRST, ids=[d[0] for d in DONE_FIRST])
def test_a_done_verb_written_before_the_items(text: str, said: bool) -> None:
    assert opening.done_first(normalize(text).text) is said


def test_the_sentence_is_quoted_as_written() -> None:
    assert summary_sentence("近日,全镇全面完成年度重点民生实事项目建设。下一步,继续推进。") == (
        "近日,全镇全面完成年度重点民生实事项目建设")


def test_the_count_first_sentence_reads_as_before() -> None:
    assert summary_sentence("10件民生实事顺利完成。") == "10件民生实事顺利完成"


def test_the_switch_turns_the_verb_first_form_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opening, "DONE_FIRST", False)
    assert summary_sentence("省会全部完成利民惠民十件实事") is None


_MARK = re.compile(r"[，,。；;]")

# (the texts of one line's rows, whether they are a paragraph)
PARAGRAPHS = [
    (["街道今年4项民生实事项目", "已全部完成"], True),  # cut at its comma
    (["截至目前,街道今年4项民生实事项目已全部完成"], True),  # one row holding a mark
    (["七里甸街道今年4项民生实事项目完成"], False),  # a title
    (["2025-12-03 来源:金山网"], False),  # a date line
]


@pytest.mark.parametrize(("texts", "paragraph"), PARAGRAPHS, ids=[p[0][0] for p in PARAGRAPHS])
def test_a_line_cut_into_rows_is_a_paragraph(texts: list[str], paragraph: bool) -> None:
    assert opening.paragraph_line(texts, _MARK) is paragraph


def test_the_switch_turns_cut_paragraphs_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opening, "PARAGRAPH_ROWS", False)
    assert not opening.paragraph_line(["街道今年4项民生实事项目", "已全部完成"], _MARK)


def _item(task: str, progress: str = "", line: int = 5) -> dict:
    return {"seq": str(line), "task": task, "progress": progress, "line": line, "status_text": None}


def _cut_opening() -> list[dict]:
    # a title line, then the first paragraph cut into two rows, then an item with no evidence
    return [_item("街道今年4项民生实事项目", "已全部完成", line=2), _item("截至目前", "", line=2),
            _item("四圩河生态环境管护项目", "完成后,成为居民家门口的生态休闲廊道", line=4)]


def test_an_opening_cut_into_rows_judges_the_items() -> None:
    out = assess_rows(_cut_opening(), {"year": 2025, "title": "七里甸街道今年4项民生实事项目完成"})
    assert out[-1]["status"] == "done"
    assert out[-1]["verdict"]["source"] == "report"


def test_without_the_switch_the_cut_opening_says_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opening, "PARAGRAPH_ROWS", False)
    out = assess_rows(_cut_opening(), {"year": 2025, "title": "七里甸街道今年4项民生实事项目完成"})
    assert out[-1]["status"] == "no_numeric_target"


def test_a_title_with_the_verb_first_judges_the_items() -> None:
    out = assess_rows([_item("新扩建50所公办标准化幼儿园", "截至去年12月底,50所幼儿园项目")],
                      {"year": 2014, "title": "省会全部完成利民惠民十件实事"})
    assert out[0]["status"] == "done"


def test_the_figures_still_decide_where_they_contradict() -> None:
    # the opening's verdict is the evidence of a row without its own, never over its figures
    out = assess_rows([_item("新建公园10个", "已建成3个", line=5)],
                      {"year": 2024, "period": "2024-06", "data_month": "2024-06",
                       "title": "全镇全面完成年度民生实事项目建设"})
    assert out[0]["status"] != "done"
