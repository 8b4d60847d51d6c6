"""Metamorphic variants of the development corpus's numbered-item documents.

A development document whose items are headings of one numbering level is written out again with
the items numbered in another style (1. 1、 （1） ① 一、, or 一 glued to the heading), with the lines between paragraphs blank
or not, and nested under a section heading of a higher level (一、总体情况 over （一）（二）…).
Each copy must read to the same rows. Only development documents are used.
"""

from __future__ import annotations

from collections.abc import Callable

from evaluation.corpus import Document, load_corpus
from zqmetrics.read.items import item_level, level_of

SOURCE_IDS = ("kunming-2021-12", "nanchang-xinjian-2020-fy", "yichun-2021-fy")
_CN = "一二三四五六七八九十"



def _items_of(doc: Document) -> tuple[list[str], int]:
    """The document's lines and the level of its item headings."""
    lines = doc.text.split("\n")
    level = item_level(lines)
    assert level is not None, doc.id
    return lines, level

def _renumber(doc: Document, heading: Callable[[int, str], list[str]]) -> list[str]:
    """The document's lines, each item heading (the n-th, its text after the marker) replaced by
    the lines ``heading(n, text)`` gives."""
    lines, level = _items_of(doc)
    out: list[str] = []
    n = 0
    for line in lines:
        found = level_of(line.strip())
        if found is not None and found[0] == level:
            n += 1
            out.extend(heading(n, line.strip()[found[1].end():]))
        else:
            out.append(line)
    return out


def _cn(n: int) -> str:
    return _CN[n - 1] if n <= 10 else "十" + _CN[n - 11]


STYLES: dict[str, Callable[[int], str]] = {
    "dot": lambda n: f"{n}.",
    "comma": lambda n: f"{n}、",
    "paren_digit": lambda n: f"（{n}）",
    "circled": lambda n: chr(ord("①") + n - 1),
    "han": lambda n: f"{_cn(n)}、",
    "paren_han": lambda n: f"（{_cn(n)}）",
    # The number glued to its heading, its separator lost in copying (一开展…: 陆丰 2022).
    "glued": lambda n: _cn(n),
}


def documents() -> list[Document]:
    docs = {d.id: d for d in load_corpus() if d.split == "dev"}
    return [docs[i] for i in SOURCE_IDS]


def restyle(doc: Document, style: Callable[[int], str], blank: bool | None = None,
            section: str | None = None) -> str:
    """The document with its item headings renumbered in ``style``; ``blank`` puts a blank line
    between all lines (True) or removes them (False); ``section`` opens the items with a heading
    of a higher level."""
    def heading(n: int, text: str) -> list[str]:
        return [*([section] if n == 1 and section else []), style(n) + text]

    out = _renumber(doc, heading)
    if blank is True:
        return "\n\n".join(x for x in out if x.strip())
    if blank is False:
        return "\n".join(x for x in out if x.strip())
    return "\n".join(out)


def mixed_sections(doc: Document) -> str:
    """The first half of the items under a section heading 一、 as （一）（二）…, the rest items of
    the section level themselves (二、 三、 …), as reports mixing both do."""
    lines, level = _items_of(doc)
    total = sum(1 for line in lines if (f := level_of(line.strip())) and f[0] == level)
    half = max(2, total // 2)

    def heading(n: int, text: str) -> list[str]:
        return [*(["一、总体完成情况"] if n == 1 else []),
                f"（{_cn(n)}）{text}" if n <= half else f"{_cn(n - half + 1)}、{text}"]

    return "\n".join(_renumber(doc, heading))
