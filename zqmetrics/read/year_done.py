"""A year's list said to be all done: the account of the whole year.

A lead that says the year's counted items are all done (市南区2008年确定的…10件实事已全部完成;
街道今年4项民生实事项目已全部完成; 大同市10项民生实事已全部如期兑现、办结) closes the year's
account: an analyst files it under the year it names, with the figures to December, and so do
the corpus conventions (decision 15: a whole year's account has the data month ``YYYY-12``).
A year named only in a sentence is otherwise no whole-year account (2021年度重点任务继续实行…
on a page of August would be judged at December's pace and be all behind), and a text with no
year and no month gives no month. The words are data (``year_done`` in data/layout_cues.tsv).
"""

from __future__ import annotations

import re

from zqmetrics.read.periods import fold
from zqmetrics.text import lexicon
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.normalize import fold_chars
from zqmetrics.text.verdict_forms import negated

# Switched off by evaluation/ablation.py (the package runs with it on).
YEAR_DONE = True

# A clause: the done words must say it of the count in their own clause (…实事项目已全部完成),
# not of a list named in another (截至目前，…69项重点任务中，…其中全部完成的5个).
_CLAUSE = lazy_re(r"[^。；;，,！!？?\n]+")
# A count of items: 10件, 4项, 十件, 19個.
_COUNT = lazy_re(r"(?:\d+|[一二三四五六七八九十两]+)\s*(?:项|件|个|個)")
# Before the done words, a negation takes them away from the count (尚未全部完成: the verdict
# grammar's own check, text.verdict_forms.negated); so do a word of a part (``done_part`` in
# data/layout_cues.tsv: 其中全部完成的5个) and, after them, 的 (全部完成的5个: the attributive of
# another count, in ``_done_words``).


@lexicon.derived
def _done_words() -> re.Pattern[str]:
    # Lazy, as in read.layouts: a pipe table never loads the items reader.
    from zqmetrics.read.items import layout_words

    words = "|".join(re.escape(fold_chars(w)) for w in layout_words("year_done"))
    return re.compile(rf"(?:{words})(?!\s*的)")


@lexicon.derived
def _part_words() -> tuple[str, ...]:
    from zqmetrics.read.items import layout_words  # lazy, as in _done_words

    return layout_words("done_part")


def year_done(lines: list[str]) -> bool:
    """Whether ``lines`` (a report's opening) say that the year's counted items are all done."""
    if not YEAR_DONE:
        return False
    for line in lines:
        for clause in _CLAUSE.finditer(fold_chars(fold(line))):
            text = clause[0]
            m = _done_words().search(text)
            if m is None or any(p in text[: m.start()] for p in _part_words()):
                continue
            if negated(text, m.start()):
                continue
            if _COUNT.search(text, 0, m.start()):
                return True
    return False
