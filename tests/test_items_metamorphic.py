"""Metamorphic tests: each development numbered-items document, renumbered in another style, with
or without blank lines, under a section heading, or with sections mixing sub-items and items,
reads the same rows (tests/item_variants.py; development documents only)."""

from __future__ import annotations

import pytest

from evaluation.corpus import Document, pair_rows, squash
from evaluation.item_variants import STYLES, documents, mixed_sections, restyle
from zqmetrics.read import glued
from zqmetrics.read.reader import read_report

DOCS = {d.id: d for d in documents()}


def _check(doc: Document, text: str) -> None:
    frame = read_report(text)
    tasks = [squash(t) for t in frame["task"]]
    assert len(pair_rows(doc.rows, tasks)) == len(doc.rows), tasks
    assert len(frame) == len(read_report(doc.text)), tasks


@pytest.mark.parametrize("doc_id", list(DOCS))
@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("blank", [None, True, False], ids=["as-is", "blank", "no-blank"])
def test_renumbered_items_read_the_same_rows(monkeypatch: pytest.MonkeyPatch, doc_id: str, style: str,
                                            blank: bool | None) -> None:
    if style == "glued":  # the rule for glued numbers is off in the package (one document so far)
        monkeypatch.setattr(glued, "GLUED_NUMERALS", True)
    _check(DOCS[doc_id], restyle(DOCS[doc_id], STYLES[style], blank))


@pytest.mark.parametrize("doc_id", list(DOCS))
@pytest.mark.parametrize("style", ["dot", "paren_han", "circled"])
def test_items_under_a_section_heading(doc_id: str, style: str) -> None:
    _check(DOCS[doc_id], restyle(DOCS[doc_id], STYLES[style], section="一、总体完成情况"))


@pytest.mark.parametrize("doc_id", list(DOCS))
def test_a_section_of_sub_items_beside_items(doc_id: str) -> None:
    """一、 over （一）（二） beside 二、 三、 with their own text: all of them are the items."""
    _check(DOCS[doc_id], mixed_sections(DOCS[doc_id]))
