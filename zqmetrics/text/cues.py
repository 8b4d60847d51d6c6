"""Cue words and the text structure the extraction stages share: clauses, sentences, periods.

The words themselves are data (``data/cues.tsv``); this module only knows how to look for them.
All positions here are in normalised text (see :mod:`zqmetrics.text.normalize`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from zqmetrics.text.lexicon import derived, rows


@derived
def cue_table(category: str) -> dict[str, str]:
    """``{cue: value}`` for one category of ``data/cues.tsv``."""
    return {cue: value for cue, cat, value in rows("cues.tsv", 3) if cat == category}


@derived
def cue_words(category: str) -> tuple[str, ...]:
    """The cues of one category, longest first."""
    return tuple(sorted(cue_table(category), key=lambda w: (-len(w), w)))


# Word lists as patterns are plain alternations of escaped words: the standard library's re finds
# the same matches (leftmost, the first alternative that matches, longest first), compiles them
# about twice as fast as regex on a cold start and scans them two to six times as fast
# (tests/test_fast_paths.py compares the two engines). The alternations that go into larger
# patterns (cue_alternation, words_alternation) stay in regex syntax.
def _literal_alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@derived
def cue_pattern(category: str) -> re.Pattern[str]:
    """The cues of one category as one pattern, longest first."""
    return re.compile(_literal_alternation(cue_words(category)))


@derived
def word_table(name: str) -> dict[str, str]:
    """``{word: value}`` of a two-column word list of ``data/`` (verdicts.tsv, gaps.tsv …)."""
    return {word: value for word, value in rows(name, 2) if word}


@derived
def word_keys(name: str) -> tuple[str, ...]:
    """The words of a word list as a tuple, for one ``str.endswith``/``startswith`` call."""
    return tuple(word_table(name))


@derived
def words_of(name: str, value: str) -> tuple[str, ...]:
    """The words of one value of a word list, longest first (a word may have several values)."""
    return tuple(sorted({w for w, v in rows(name, 2) if w and v == value},
                        key=lambda w: (-len(w), w)))


@derived
def word_pattern(name: str) -> re.Pattern[str]:
    """Every word of a word list as one alternation, longest first (未达序时进度 before 达序)."""
    return re.compile(_literal_alternation(sorted(word_table(name), key=lambda w: (-len(w), w)))
                      or "(?!)")


def words_alternation(name: str, value: str) -> str:
    return "|".join(regex.escape(w) for w in words_of(name, value))


def cue_alternation(category: str) -> str:
    """The cues of one category as a regex alternation, longest first, for a larger pattern."""
    return "|".join(regex.escape(w) for w in cue_words(category))


@derived
def words_by_end(category: str, first: bool) -> dict[str, tuple[str, ...]]:
    """The cues of one category by their first (or last) character, each group longest first."""
    out: dict[str, list[str]] = {}
    for w in cue_words(category):
        if w:  # an empty cue would strip nothing, forever
            out.setdefault(w[0] if first else w[-1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def strip_words(phrase: str, lead: bool = True, tail: bool = True) -> str:
    """Strip cue words from the start and end of a metric phrase, repeatedly."""
    # most phrases hold no cue at either end: one startswith/endswith over all the words says so
    # before the loop that finds which word it is
    leads, tails = cue_words("lead"), cue_words("tail")
    if not (lead and phrase.startswith(leads) or tail and phrase.endswith(tails)):
        return phrase.strip(" “”\"'‘’")
    # Only the words that open with the phrase's first character (or close with its last) can
    # match: they are tried in the same order, longest first, without trying all the others.
    by_first, by_last = words_by_end("lead", True), words_by_end("tail", False)
    changed = True
    while changed and phrase:
        changed = False
        if lead:
            for w in by_first.get(phrase[0], ()):
                if phrase.startswith(w) and len(phrase) > len(w):
                    phrase = phrase[len(w) :]
                    changed = True
                    break
        if tail:
            for w in by_last.get(phrase[-1], ()):
                if phrase.endswith(w) and len(phrase) > len(w):
                    phrase = phrase[: -len(w)]
                    changed = True
                    break
    return phrase.strip(" “”\"'‘’")


