"""Item headings marked by a symbol instead of a number (reader pass 36).

Some reports mark each item's heading with a typographic sign and no number: a check mark
(``☑辖区内老旧路灯改造出新工程项目`` over the lines reporting it), a square or a diamond (``■关键词``
over the keyword line ``危房改造经济房还建`` and its ``承诺：`` / ``完成情况：`` lines), a section sign
(``§省重点项目§``). Read as running text, such a heading is a paragraph like any other: the
article reader cuts its lines into clause items, and the heading's task is lost among them. As a
numbering level of its own (the lowest, after ⑴ and ㈠) it gives the item reader what a number
gives it: the heading is the task, the lines after it to the next sign its progress.

Which signs mark items is data (``item_mark`` in ``data/layout_cues.tsv``). The round bullets
(``•``, ``●``, ``○``, ``·``) are not among them: a web copy prints its menus and metadata as such
bullets (``• 来源：…``, ``• 字号：``), and articles print paragraphs of several reported items each
behind one; read as headings they cost 25 and 11 development rows (reader pass 36).

A sign over a rubric alone (``■关键词``: ``rubric`` in the same file) names no task: the short
line under it does.
"""

from __future__ import annotations

import re

from zqmetrics.text import lexicon
from zqmetrics.text.lazy import lazy_re

# Switched off by evaluation/ablation.py (the package runs with it on).
SYMBOL_ITEMS = True
# Off in the package (reader pass 36): one development document (wuhan-hanyang-2006-11) has a
# rubric; read, its three rows are found, but their ``承诺：`` lines (the promise: the target) stay
# in the progress, where the extractor reads their figures as actuals, and the development cells
# and actuals F1 rates fall (0.902 → 0.900, 0.777 → 0.774), the found rows' status 0.877 → 0.874.
# The tests set it on.
RUBRICS = False
# A rubric's line under it is a heading, not a paragraph.
_RUBRIC_LINE_MAX = 30
_LABEL = lazy_re(r"[：:。]")


@lexicon.derived
def _words(category: str) -> frozenset[str]:
    return frozenset(w for cat, w in lexicon.rows("layout_cues.tsv", 2) if cat == category)


@lexicon.derived
def _sign_pattern() -> re.Pattern[str] | None:
    """The signs as one leading marker, the sign its group 1; None when the lexicon has none."""
    signs = "".join(re.escape(w) for w in sorted(_words("item_mark")))
    return re.compile(rf"\s*([{signs}])\s*") if signs else None


class SignLevel:
    """The numbering level of signed headings, matched as the numbered levels are
    (:data:`.items.LEVELS`): ``match`` gives the sign as the marker's group 1."""

    def match(self, line: str) -> re.Match[str] | None:
        pattern = _sign_pattern() if SYMBOL_ITEMS else None
        return pattern.match(line) if pattern is not None else None


SIGN_LEVEL = SignLevel()


def is_sign(text: str) -> bool:
    """Whether a marker's number is a sign (the item has no number of its own)."""
    return SYMBOL_ITEMS and text in _words("item_mark")


def heading_task(task: str) -> str:
    """A signed heading's task without the sign closing it (§省重点项目§ → 省重点项目)."""
    stripped = task.rstrip()
    if stripped and is_sign(stripped[-1]):
        return stripped[:-1].rstrip()
    return task


def rubric(task: str) -> bool:
    """A signed heading that is a rubric alone (■关键词): the line under it names the item."""
    return RUBRICS and SYMBOL_ITEMS and task.strip().strip("：:【】[]") in _words("rubric")


def rubric_line(text: str) -> bool:
    """The line under a rubric that names the item: short, no label or sentence in it."""
    return 0 < len(text.strip()) <= _RUBRIC_LINE_MAX and not _LABEL.search(text)
