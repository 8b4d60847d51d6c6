"""A group's verdict carried to each item it names (reader pass 35, issues 10 and 11).

A report judges a group and names some of its members: ``其中A、B等12个计划新开工项目已全部开工``,
``A、B、C等11个项目进展较快，均已完成年度投资目标``. What is said of each member of the group is the
report's word on each item named, as a list lead's is (:mod:`.lead_status`) and a status heading's
is for the items under it (corpus conventions), so the items keep it as their ``status``, the
status-cell reading the judge gives a list lead (:func:`zqmetrics.judge.verdicts.cell_verdict`).

Structure decides: the words must be said of each (:func:`said_of_each`: an outcome word
and 均/都/全部, no figure of the group's own) and, after a status word, state a verdict of the
status-cell lexicon, which then outranks the status word (the later, fuller word of the same
items: an item going fast that has reached its year's target is done); the carrying stops at the
sentence's end (。；). An item's own status is never replaced.
"""

from __future__ import annotations

import re

from zqmetrics.read.lead_status import states_verdict
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.normalize import fold_chars

# Switched off by evaluation/ablation.py (the package runs with it on).
GROUP_STATUS = True

_SENTENCE_END = "。；;"

# Here, not in .shared (which reads names with .named, which asks this module), and used there.
# After 等 the outcome is a word, not a figure (A、B等5个小组推进69项任务 is no outcome).
OUTCOME_WORD = lazy_re(r"完成|开工|竣工|建成|投用|投产|滞后|缓慢")
# What makes an outcome each name's, not the group's: 均, 都, 全部, a bar each passes (…以上).
_EACH = lazy_re(r"均|都|全部|以上")
# A bar each named example passes on its own (完成年计划70%以上) is no figure of the group.
_BAR = lazy_re(r"\d+(?:\.\d+)?\s*[%％]?\s*及?以上")


def said_of_each(rest: str) -> bool:
    """Whether what follows a counted list (A、B等13个项目，<rest>) is said of each name: an
    outcome word, a word making it each one's (均, 以上) and no figure but such a bar
    (完成年计划70%以上; 进展较快，均已完成年度投资目标); not the group's own outcome or figures
    (建成投运，发挥效益; 实现新开工，较去年同期增加7个，开工率100%; 投资完成率超过75%)."""
    return (bool(OUTCOME_WORD.search(rest)) and bool(_EACH.search(rest))
            and not re.search(r"\d", _BAR.sub("", rest)))


def said_after(sentence: str, end: int) -> str:
    """The clauses after ``end`` (a clause end of ``sentence``) to the sentence's end when they are
    said of each item of the group named before them (进展较快，均已完成年度投资目标), else ''."""
    if not GROUP_STATUS or end >= len(sentence) or sentence[end] in _SENTENCE_END:
        return ""
    stop = min((i for i in range(end + 1, len(sentence)) if sentence[i] in _SENTENCE_END),
               default=len(sentence))
    rest = sentence[end + 1 : stop].strip()
    # Said of each and a verdict of the status-cell lexicon, else the status word keeps its place.
    return rest if rest and said_of_each(fold_chars(rest)) and states_verdict(rest) else ""
