"""Where clauses and sentences of normalised text start and end.

Positions are in normalised text (see :mod:`zqmetrics.text.normalize`).
"""

from __future__ import annotations

import re

import regex

from zqmetrics.text.lazy import lazy_regex

# Separators that close a clause inside a sentence, and those that close a sentence.
CLAUSE_SEPARATORS = ",、;:。!?\n()（）"


SENTENCE_SEPARATORS = "。!?\n"
# The brackets of an aside, half-width and full-width (normalised text may hold either).
OPENING_BRACKETS, CLOSING_BRACKETS = "(（", ")）"
# A short aside in brackets (年度目标(40场), (未达到全年任务计划40%)): the words around it read as one.
ASIDE = re.compile(r"[(（][^()（）]{0,12}[)）]")

# The nearest separator is found by the regex engine (reverse search for the one before a
# position): a character loop in Python costs a bytecode round per character passed.
_CLAUSE_BEFORE = regex.compile(f"(?r)[{regex.escape(CLAUSE_SEPARATORS)}]")
_CLAUSE_AFTER = lazy_regex(f"[{regex.escape(CLAUSE_SEPARATORS)}]")
_SENTENCE_BEFORE = lazy_regex(f"(?r)[{regex.escape(SENTENCE_SEPARATORS)}]")


def clause_start(text: str, pos: int) -> int:
    """Start of the clause that holds ``pos`` (just after the previous separator)."""
    m = _CLAUSE_BEFORE.search(text, 0, pos) if pos > 0 else None
    return m.end() if m else 0


def clause_end(text: str, pos: int) -> int:
    """End of the clause that holds ``pos`` (at the next separator)."""
    m = _CLAUSE_AFTER.search(text, pos)
    return m.start() if m else max(pos, len(text))


def sentence_start(text: str, pos: int) -> int:
    m = _SENTENCE_BEFORE.search(text, 0, pos) if pos > 0 else None
    return m.end() if m else 0
