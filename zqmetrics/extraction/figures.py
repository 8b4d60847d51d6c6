"""What a figure in task or progress text is: its name (metric phrase), and whether it describes,
qualifies or is part of something else. Shared by the target and actual extractors."""

from __future__ import annotations

import re

import regex

from zqmetrics.text.clauses import Cell
from zqmetrics.text.cues import (
    cue_alternation,
    cue_pattern,
    cue_table,
    cue_words,
    strip_words,
    word_keys,
    word_pattern,
    words_by_end,
)
from zqmetrics.text.lexicon import derived
from zqmetrics.text.normalize import Normalized
from zqmetrics.text.quantity import Found, to_quantity
from zqmetrics.text.segment import CLAUSE_SEPARATORS
from zqmetrics.types import RATE_UNITS, Quantity

# Patterns without the regex module's own syntax are compiled by the standard library's re:
# the same matches (tests/test_fast_paths.py), a faster compile on a cold start and far less
# overhead a call (a search in a short window costs a tenth of regex's), paid per figure.
_CONJUNCTIONS = re.compile(r"[和及与并或]")


def _left_bound(
    cell: Cell, f: Found, found: list[Found], index: int, qualifiers: frozenset[int] = frozenset()
) -> int:
    """Where the words that name ``f`` start: its clause start, or the end of an earlier figure
    (a qualifier such as ``过50亿元`` is part of the name, not a bound)."""
    left = cell.clause_start(f.cue_start)
    for j in range(index - 1, -1, -1):  # backwards, and only as far as the clause goes
        prev = found[j]
        if prev.cue_end < left:
            break
        if j not in qualifiers and prev.cue_end <= f.cue_start:
            return prev.cue_end
    return left


@derived
def _from_to() -> re.Pattern[str]:
    """分别从…提高到 / 由…增至 at the end of a metric phrase: the baseline and the verb, not the name.

    The words are the from, to_verb and to cues of ``data/cues.tsv``.
    """
    return re.compile(f"(?:分别)?(?:{cue_alternation('from')}).*?"
                      f"(?:{cue_alternation('to_verb')})(?:{cue_alternation('to')})$")


@derived
def _baseline() -> re.Pattern[str]:
    return re.compile(f"(?:{cue_alternation('from')})[^,;。]{{0,12}}$")


@derived
def _to_level() -> re.Pattern[str]:
    return re.compile(f"^[^,;。]{{0,6}}?(?:{cue_alternation('to_verb')})"
                      f"(?:{cue_alternation('to')})")


def is_descriptive(cell: Cell, f: Found) -> bool:
    """A figure that describes rather than sets a goal.

    ``总投资380.7亿元的94个项目``: the money describes the projects. ``从209元提高到220元``: the
    first figure is the baseline. ``65岁以上老年人``: an age says who is counted. A rate followed by
    的 is still a goal (``67.5%的初中毕业生就读普通高中``).
    """
    text = cell.text
    after = text[f.cue_end : f.cue_end + 1]
    if after == "的" and f.unit not in RATE_UNITS:
        return True
    if f.unit in cue_table("attribute_unit") and after and "\u4e00" <= after <= "\u9fff":
        return True
    # The words that make a figure descriptive stand right before it: 24 characters are read.
    clause_before = text[max(cell.clause_start(f.cue_start), f.cue_start - 24) : f.cue_start]
    if _baseline().search(clause_before) and _to_level().search(text[f.cue_end : f.cue_end + 16]):
        return True
    before = clause_before
    before = before.rstrip("".join(cue_words("before_figure")))
    return before.endswith(word_keys("not_targets.tsv"))


def is_qualifier(text: str, f: Found, found: list[Found], index: int) -> bool:
    """``过50亿元项目2个``: a figure followed, in its clause, by the figure it qualifies."""
    # only the next figure is read (a slice of the rest, per figure, was quadratic)
    for nxt in found[index + 1 : index + 2]:
        between = text[f.cue_end : nxt.cue_start]
        if any(ch in between for ch in CLAUSE_SEPARATORS) or _CONJUNCTIONS.search(between):
            return False
        return bool(between) and not between.isspace() and len(between) <= 12
    return False


def qualifier_indices(text: str, found: list[Found]) -> frozenset[int]:
    return frozenset(i for i, f in enumerate(found) if is_qualifier(text, f, found, i))


@derived
def _separator_class(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(separators)}]")


def clause_end_of(text: str, separators: str) -> int:
    """Offset of the first separator in ``text``, or its length."""
    # the regex engine finds it: a Python loop paid a bytecode round per character
    m = _separator_class(separators).search(text) if separators else None
    return m.start() if m else len(text)


# The thing named after a counter is a short noun phrase; a longer run is not read (linear time).
NOUN_SPAN = 16


def noun_after(cell: Cell, f: Found) -> str:
    end = min(cell.clause_end(f.cue_end), f.cue_end + NOUN_SPAN)
    noun = cell.text[f.cue_end : end]
    if noun.startswith("的"):  # 67.5%的初中毕业生: the share of whom
        noun = noun[1:]
    cut = noun.find("的")
    return noun[:cut] if cut >= 0 else noun


def leading_verb(phrase: str) -> str:
    # the verbs that open with the phrase's first character, longest first, as over all of them
    for verb in words_by_end("verb", True).get(phrase[:1], ()):
        if phrase.startswith(verb):
            return verb
    return ""


# Compiled once: regex.sub with a pattern string pays the module's cache lookup on every call.
_MONTH_SPAN = regex.compile(r"\d{1,2}(?:月份?)?\s?[-~至到]\s?\d{1,2}\s?月份?|\d{1,2}月份?")


def _strip_periods(phrase: str) -> str:
    """Drop period words and month spans from a metric phrase (二季度完成… → 完成…)."""
    phrase = _MONTH_SPAN.sub("", phrase)
    return word_pattern("period_words.tsv").sub("", phrase)


def metric_phrase(
    cell: Cell,
    f: Found,
    found: list[Found],
    index: int,
    shared_verb: str = "",
    qualifiers: frozenset[int] = frozenset(),
) -> tuple[str, int]:
    """The metric of ``f`` and where its quote starts."""
    text = cell.text
    left = _left_bound(cell, f, found, index, qualifiers)
    raw = text[left : f.cue_start]
    phrase = strip_words(_from_to().sub("", _strip_periods(raw)).strip())
    # A phrase that is only a verb (建设, 推进, 抓好) names nothing: the noun after the counter does.
    bare = len(phrase) <= 2 or phrase in cue_table("verb") or phrase in cue_table("lead")
    if raw.rstrip().endswith("等") or bare or phrase.endswith("的"):
        noun = strip_words(noun_after(cell, f), lead=False)
        phrase = noun if raw.rstrip().endswith("等") or phrase.endswith("的") else phrase + noun
    elif shared_verb and left > 0 and text[left - 1] == "、" and not leading_verb(phrase):
        phrase = shared_verb + phrase
    return phrase, left


def qualifier_of(
    index: int, found: list[Found], qualifiers: frozenset[int], norm: Normalized
) -> Quantity | None:
    """The figure that qualifies figure ``index`` (过50亿元 before 项目2个), if any."""
    return to_quantity(found[index - 1], norm) if index - 1 in qualifiers else None


def in_part(cell: Cell, pos: int) -> bool:
    """Whether a 其中 cue earlier in the figure's sentence (and not past a ';') covers it."""
    start = max(cell.sentence_start(pos), cell.last_before(";", pos) + 1)
    return cell.last_cue_before("part", pos) >= start


def starts_with_cue(category: str, text: str) -> bool:
    return text.startswith(cue_words(category))


def has_cue(category: str, text: str) -> bool:
    return bool(text) and bool(cue_pattern(category).search(text))
