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

A sign over a rubric alone (``■关键词`` over the keyword line naming the item) keeps the rubric as
its task: reading the line under it as the task helped one development document and cost others
(reader pass 36; taken out by the lead).
"""

from __future__ import annotations

import re

from zqmetrics.text import lexicon

# Switched off by evaluation/ablation.py (the package runs with it on).
SYMBOL_ITEMS = True


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

