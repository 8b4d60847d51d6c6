"""A list item's share as its stated completion (statements pass 17).

A list names its items with one figure each (厦门、福州、莆田、泉州超80%; A、B等重点项目进度已超过
90%): the reader gives each name a row whose whole progress is that percentage. With no target in
the row, it is how far the item has come of a plan the report does not write, the row's stated
completion, which the judge compares with the pace.
"""

from __future__ import annotations

from dataclasses import replace

from zqmetrics.text.cues import words_of
from zqmetrics.text.lexicon import derived
from zqmetrics.text.quantity import comparator_cues
from zqmetrics.text.verdict_forms import form_words
from zqmetrics.types import RATE_UNITS, Actual, Target

# Switched off only to measure the rule (evaluation/statement_ablation.py).
BARE_SHARES = True
_CLOSING_MARKS = " \t。.;；,，"


def bare_share(progress: str, targets: list[Target], running: bool,
               actuals: list[Actual]) -> list[Actual]:
    """``actuals``, with a share that is a running text's row's whole progress read as its stated
    completion (a table's share is its ratio column's: ``running`` False leaves it).

    A list names its items with one figure each (厦门、福州超80%; A、B等重点项目进度已超过90%): a
    percentage standing alone after the name, a perfective marker before it at most, is how far
    the item has come, of a plan the report does not write (statements pass 17: fujian-2022-08,
    xilinhaote-2025-09). Anything else in the cell (a noun: 开工率, 增长; another figure) or a
    target of the row leaves the figure as it was read."""
    if not BARE_SHARES or not running or targets or len(actuals) != 1:
        return actuals
    (a,) = actuals
    at = a.quantity.start - a.quote_start
    if (a.stated or a.quantity.unit not in RATE_UNITS or not 0 <= at <= len(a.quote)
            or progress[a.quote_start:a.quote_end] != a.quote
            or progress[a.quote_end:].strip(_CLOSING_MARKS)):
        return actuals
    lead = (progress[:a.quote_start] + a.quote[:at]).strip(_CLOSING_MARKS)
    marker = next((m for m in form_words("marker") if lead.startswith(m)), "")
    if lead[len(marker):] and lead[len(marker):] not in _share_links():
        return actuals  # a noun names what the share is of (覆盖率达98%, 增长8.5%, 开工率85%)
    return [replace(a, stated=True)]


@derived
def _share_links() -> frozenset[str]:
    """The words that may join a list item's name to its share: the links of a stated ratio (达,
    达到), the floors before a figure (超, 超过) and the verdict grammar's comparisons (超出)."""
    links = set(words_of("stated_ratios.tsv", "link"))
    floors = {w for w, comparator in comparator_cues()["before"].items() if comparator == "at_least"}
    return frozenset(links | floors | set(form_words("at")))
