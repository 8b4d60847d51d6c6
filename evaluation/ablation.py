"""Which development documents each reader rule helps: the corpus scored with the rule off.

    python -m evaluation.ablation

Each rule is switched off by patching the module that holds it (nothing in the package knows about
this), the development part is scored document by document, and the development documents whose rows,
cells or period get worse are listed; held-out documents are only counted, never named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

from evaluation.corpus import CorpusScore, load_corpus, score_document

NEVER = re.compile(r"(?!)")


def _words_without(module: Any, category: str) -> Any:
    original = module.layout_words

    def patched(cat: str) -> tuple[str, ...]:
        return () if cat == category else original(cat)

    return mock.patch.object(module, "layout_words", patched)


@contextmanager
def _both(flat: Any) -> Iterator[None]:
    with mock.patch.object(flat, "_SHORT_JOIN", 0.0), mock.patch.object(flat, "_FIGURES_JOINED", 0.0):
        yield


def _rules() -> dict[str, Callable[[], Any]]:
    from zqmetrics.read import (  # here: the rules' modules are patched, not used
        articles,
        bulletin,
        columns,
        flat,
        layouts,
        periods,
        pipe,
        reader,
        spaced,
        wide,
    )

    return {
        "period header (1-3月 → actual)": lambda: mock.patch.object(columns, "_PERIOD_HEADER", NEVER),
        "no task column: the names column is the task": lambda: mock.patch.object(
            wide, "_FIGURE_SHARE", -1.0),
        "完成情况 of figures is the actual": lambda: mock.patch.object(wide, "_TARGET_FIGURE", -1),
        "period plan (前三季度投资计划)": lambda: mock.patch.object(wide, "_PART_OF_YEAR", NEVER),
        "short rows placed by content": lambda: mock.patch.object(
            reader, "place_short_rows", lambda rows, width: (rows, 0)),
        "flat: short cells do not wrap": lambda: mock.patch.object(flat, "_SHORT_JOIN", 0.0),
        "flat: two figures are two cells": lambda: mock.patch.object(flat, "_FIGURES_JOINED", 0.0),
        "flat: both of the above": lambda: _both(flat),
        "flat: unit word finishes a figure": lambda: mock.patch.object(flat, "_CONTINUED", 0.0),
        "flat: numbered cell opens a sub-item": lambda: mock.patch.object(flat, "_NEW_ITEM", 4.0),
        "flat: (一) heading is a task": lambda: mock.patch.object(flat, "_HEADING_NUMBER", NEVER),
        "pipe: footnotes are not cells": lambda: mock.patch.object(pipe, "_FOOTNOTE", NEVER),
        "spaced: group header dropped": lambda: mock.patch.object(spaced, "_TEXT_ROLES", frozenset()),
        "article: prefaces dropped": lambda: _words_without(articles, "preface"),
        "article: topic frame dropped": lambda: _words_without(articles, "topic"),
        "article: opener items (关于…)": lambda: _words_without(articles, "opener"),
        "article: subject cut at 完成/累计": lambda: _words_without(articles, "achieved"),
        "article: target part stays in task": lambda: _words_without(articles, "plan"),
        "article: newspaper dateline": lambda: mock.patch.object(articles, "_NEWS_LEAD", NEVER),
        "bulletin: split at (第N项)": lambda: mock.patch.object(bulletin, "_NUMBERED", NEVER),
        "bulletin: names around their status (A、B等…滞后; N项…（A、B）)": lambda: mock.patch.object(
            bulletin, "named_items", lambda sentence, line: []),
        "labelled parts (进展情况：, (责任单位：X)) in text items": lambda: mock.patch.object(
            reader, "apply_labels", lambda item: item),
        "generic reading when no layout is recognised": lambda: mock.patch.object(
            reader, "generic_items", lambda lines: []),
        "pipe table with a header or 序号 stands": lambda: mock.patch.object(
            layouts, "_pipe_wins", lambda table: False),
        "flat: lone row numbers are an unnamed 序号 column": lambda: mock.patch.object(
            flat, "_run", lambda cells, number: 0),
        "单位 holding names is no unit column": lambda: mock.patch.object(
            wide, "_units_share", lambda cells: 1.0),
        "period: a single month in a sentence is no report period": lambda: mock.patch.object(
            layouts, "period_from_title",
            lambda line, year=None, sentence=False: periods.period_from_title(line, year)),
        "period: date line": lambda: mock.patch.object(layouts, "_DATE", NEVER),
        "period: 截至/前N个月 phrases": lambda: mock.patch.object(periods, "_PHRASE", re.compile(
            periods._PHRASE.pattern.replace("前 \\s* (?P<first>", "(?!)(?P<first>").replace(
                "(?:截至|截止) \\s*", "(?!)"), re.VERBOSE)),
    }


def _per_document() -> dict[str, tuple[str, tuple[int, int, int]]]:
    out = {}
    for doc in load_corpus():
        sc = CorpusScore()
        score_document(doc, sc)
        split = doc.split
        out[doc.id] = (split, (sc.rows.rate(split)[1], sc.cells.rate(split)[1],
                               sc.period.rate(split)[1]))
    return out


@contextmanager
def _off(make: Callable[[], Any]) -> Iterator[None]:
    from zqmetrics.text import lexicon

    with make():
        lexicon.use(lexicon.Lexicon())  # derived caches rebuilt with the rule off
        try:
            yield
        finally:
            lexicon.use(lexicon.Lexicon())


def main() -> None:
    base = _per_document()
    print("| rule | development documents it helps (rows, cells, period lost with it off) "
          "| held-out documents it changes |")
    print("| --- | --- | --- |")
    for name, make in _rules().items():
        with _off(make):
            off = _per_document()
        helped, held = [], [0, 0]
        for doc, (split, (r, c, p)) in base.items():
            r2, c2, p2 = off[doc][1]
            if (r2, c2, p2) == (r, c, p):
                continue
            if split == "dev":
                helped.append(f"{doc} ({r - r2:+d}, {c - c2:+d}, {p - p2:+d})")
            else:  # held-out documents are counted, never named
                held[(r2, c2, p2) > (r, c, p)] += 1
        shown = ", ".join(helped) or "— (no dev document; see the example tests)"
        print(f"| {name} | {shown} | {held[0]} helped, {held[1]} hurt |")


if __name__ == "__main__":
    main()
