"""Whether a figure equal to its target says the target was reached (alignment's ``restated`` rule).

A figure that repeats its target in a progress text (a heading 新建公园2处: …) is no result; one
whose own clause says the things were reached, before it (全市完成…8所) or after it (3个…已建设完成,
配建了, 均已投用), is a result that happens to equal its target. Split from ``align.py``, which
reads these through its rule switches (``reached_before``, ``done_after``).
"""

from __future__ import annotations

import re

from zqmetrics.extraction.candidates import Candidate
from zqmetrics.text.cues import cue_alternation, cue_pattern
from zqmetrics.text.lexicon import derived
from zqmetrics.text.verdict_forms import negated, promised


def reached_before(candidate: Candidate) -> bool:
    """The figure's own clause says it was reached before it (全市完成新建、改扩建幼儿园8所,
    已建成8所): a result that happens to equal its target, not the target repeated. The figure
    must close its clause: in 已完成10个X的选址工作 what was reached is a step of the X's."""
    rest = candidate.after
    if candidate.noun and rest.startswith(candidate.noun):
        rest = rest[len(candidate.noun):]
    if _WORD.search(rest):
        return False
    before = candidate.sentence[: len(candidate.sentence) - len(candidate.noun)]
    clause = _CLAUSE_BREAK.split(before)[-1]
    return cue_pattern("achieved").search(clause) is not None


# After a figure, in its own clause: a perfective marker (3个省级美丽乡村已建设完成, 41家场馆均已落实,
# 7处教育设施全部按照计划节点施工) or a verb with 了 (为600个行政村配建(更新)了健身器材) says the
# things counted were done, so the figure is a result even when it equals its target. A heading
# that restates a target (新建公园2处:…) ends its clause at the figure; and the figure must be the
# last of its clause (针对28条背街小巷已完成广告牌匾规范48处: what was done is the 48).
_DONE_AFTER = re.compile(r"[^,，;；:：、。!?！？\n]*?(?P<marker>已|均|全部|(?<![为除])了)")


def done_after(candidate: Candidate) -> bool:
    """The figure's clause says after it that the things counted were done (``_DONE_AFTER``), not
    negated (尚未全部开工) nor promised (将于年底前全部建成)."""
    m = _DONE_AFTER.match(candidate.after) if candidate.closes else None
    if m is None:
        return False
    start = m.start("marker")
    return not negated(candidate.after, start) and not promised(candidate.after, 0, start)


# A clause ends at a comma, semicolon or colon (a heading 新建公园2处: ends before its list).
_CLAUSE_BREAK = re.compile(r"[,，;；:：]")
_WORD = re.compile(r"[\u4e00-\u9fff]")


def all_achieved(candidate: Candidate) -> bool:
    """The clause after the figure says all of it was reached (均已建设完成); negated (尚未全部建成)
    or promised (将于年底前全部建成), it says nothing was."""
    m = _achieved().search(candidate.after)
    return m is not None and not negated(candidate.after, m.start()) and not promised(
        candidate.after, 0, m.start())


@derived
def _achieved() -> re.Pattern[str]:
    """All of it said to be reached: 已全部建设完成, 均已投用 (a bare 已完成 may be a part)."""
    # re, not regex: a plain alternation of escaped words (text/cues.py, word lists as patterns)
    return re.compile(rf"(?:均已|全部|已全部|都已)[^,;。]{{0,6}}?(?:{cue_alternation('achieved')})")
