"""Where a report's opening says all its items are done, beyond the count-first sentence of
``judge.verdicts.summary_sentence`` (judge pass 5).

An opening judges the whole list in two more ways the development corpus writes:

1. the done verb first, its object the plan's items: a title (省会全部完成利民惠民十件实事) or the
   first paragraph of an article (标志着良江镇全面完成2024-2025年度重点民生实事项目建设). The verb is a done
   phrase of ``data/summary_words.tsv`` or a done form of the verdict grammar, holding a word of
   totality (全部, 全面); its object, the rest of its clause, holds a count of items (十件实事) or a
   word that names the plan's set by itself (``set``: 实事). A promise (确保全面完成…), a negation
   (未全部完成) or a part (其中…, the grammar's part words) says nothing of the whole;
2. an article's first paragraph that the reader cut into several rows at its clause marks: its rows'
   texts joined hold no clause mark, yet it is a paragraph, not a title or a date line
   (金山網訊 日前,…。記者了解到,截至目前,街道今年4項民生實事項目已全部完成。).
"""

from __future__ import annotations

import re

import regex

from zqmetrics.text.clauses import parse
from zqmetrics.text.cues import cue_pattern
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.lexicon import derived, rows
from zqmetrics.text.verdict_forms import form_words, names_part, negated, promised

# The rules evaluation/judge_ablation.py switches off one at a time (the package runs with all on).
DONE_FIRST = True  # the done verb before the items it is said of (全部完成…十件实事)
PARAGRAPH_ROWS = True  # a line the reader cut into several rows is a paragraph

# The verb's object runs to the end of its clause.
_CLAUSE_END = lazy_re(r"[，,；;。！!？?\n]")
# The window between a count and its item noun (10件民生实事, 22件为民办实事项目).
ITEM_WITHIN = 12


# The words of summary_words.tsv are read here for both forms of the opening's verdict: this
# module's and judge.verdicts.summary_sentence's count first (verdicts imports this module).
@derived
def summary_words(category: str) -> tuple[str, ...]:
    """The words of one category of ``data/summary_words.tsv``, longest first."""
    return tuple(sorted((w for c, w in rows("summary_words.tsv", 2) if c == category and w),
                        key=lambda w: (-len(w), w)))


@derived
def summary_pattern(category: str) -> re.Pattern[str]:
    """The words of one category as one pattern, longest first; one that never matches if none."""
    return re.compile("|".join(re.escape(w) for w in summary_words(category)) or "(?!)")


@derived
def count_pattern() -> regex.Pattern[str]:
    """A count of the plan's items, its counter with it (十件, 10项)."""
    counters = "".join(regex.escape(w) for w in summary_words("counter"))
    return regex.compile(rf"(?:\d+|[一二三四五六七八九十两百]+)\s*[{counters}]")


@derived
def _counted_items() -> regex.Pattern[str]:
    """A count of the plan's items and their noun right after it (十件实事, 10项重点工作)."""
    items = "|".join(regex.escape(w) for w in summary_words("item"))
    return regex.compile(rf"{count_pattern().pattern}[^，,；;。]{{0,{ITEM_WITHIN}}}?(?:{items})")


def _done_spans(sentence: str) -> list[tuple[int, int]]:
    """The done phrases and the grammar's done forms of ``sentence`` holding a word of totality."""
    spans = [(m.start(), m.end()) for m in summary_pattern("done").finditer(sentence)]
    spans += [(m.start, m.end) for m in parse(sentence, None).verdicts
              if m.value == "done" and not m.partial]
    total = form_words("total")
    return sorted({(s, e) for s, e in spans if any(w in sentence[s:e] for w in total)})


def done_first(sentence: str) -> bool:
    """Whether a (normalised) sentence says all the plan's items are done with the verb first:
    全部完成利民惠民十件实事, 全面完成…重点民生实事项目建设."""
    if not DONE_FIRST:
        return False
    for start, end in _done_spans(sentence):
        stop = _CLAUSE_END.search(sentence, end)
        obj = sentence[end : stop.start() if stop else len(sentence)]
        if not (_counted_items().search(obj) or summary_pattern("set").search(obj)):
            continue
        c0 = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
        if (negated(sentence, start) or promised(sentence, c0, start)
                or cue_pattern("plan").search(sentence, 0, start) or names_part(sentence, c0, start)):
            continue
        return True
    return False


def paragraph_line(texts: list[str], clause_mark: re.Pattern[str]) -> bool:
    """Whether the rows of one line (their texts, in order) are a paragraph: a clause mark in
    them, or (``PARAGRAPH_ROWS``) more than one row, the reader having cut it at its marks."""
    return any(clause_mark.search(t) for t in texts) or (PARAGRAPH_ROWS and len(texts) > 1)
