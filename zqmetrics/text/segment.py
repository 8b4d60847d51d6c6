"""Where clauses and sentences of normalised text start and end.

Positions are in normalised text (see :mod:`zqmetrics.text.normalize`).
"""

from __future__ import annotations

# Separators that close a clause inside a sentence, and those that close a sentence.
CLAUSE_SEPARATORS = ",、;:。!?\n()（）"


SENTENCE_SEPARATORS = "。!?\n"


def clause_start(text: str, pos: int) -> int:
    """Start of the clause that holds ``pos`` (just after the previous separator)."""
    i = pos - 1
    while i >= 0 and text[i] not in CLAUSE_SEPARATORS:
        i -= 1
    return i + 1


def clause_end(text: str, pos: int) -> int:
    """End of the clause that holds ``pos`` (at the next separator)."""
    i = pos
    n = len(text)
    while i < n and text[i] not in CLAUSE_SEPARATORS:
        i += 1
    return i


def sentence_start(text: str, pos: int) -> int:
    i = pos - 1
    while i >= 0 and text[i] not in SENTENCE_SEPARATORS:
        i -= 1
    return i + 1
