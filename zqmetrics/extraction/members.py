"""Two readings of a figure's place in its account, for alignment (alignment pass 1, actuals).

**A part by stage is progress.** ``其中`` opens a part of a larger figure, and a part does not
measure a target of the whole (``其中亿元以上项目5个`` beside 10个项目). But when the count comes
right after ``其中`` and its own clause says its members reached a stage of the work (``61个村庄已全部
开工建设,其中44个村庄已完成治理建设``, ``施工中,其中252户已完成改造``, ``其中14個事項已提前完成全年任務``),
the whole is split by how far each member got, not by kind: the count is the whole's members done,
the very progress of a target on the whole. A stage said not reached (``其中11个项目未按计划节点
开工``) is no progress. Stage words: ``achieved`` and ``member_stage`` of cues.tsv; negators:
``unreached``.

**A stated completion is never of a change.** ``完成投資861億元,同比增長30%,為年度目標的66.2%``: the
ratio after ``同比增長30%`` is not the completion of that rate, which compares the year with the last
and has no whole; it is of the amount before it. A figure flagged a change or a prior year's
(candidates.py) is passed over when the look back asks what a stated ratio is of.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zqmetrics.extraction.candidates import Candidate
from zqmetrics.extraction.stages import clause_after
from zqmetrics.text.cues import cue_pattern, cue_words
from zqmetrics.text.lexicon import derived
from zqmetrics.text.units import dimension
from zqmetrics.types import RATE_UNITS, Actual, Target


@derived
def _stage_words() -> re.Pattern[str]:
    # Longest first, then by the word: the same pattern on every run.
    words = sorted({w for c in ("achieved", "member_stage") for w in cue_words(c)},
                   key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words))


def part_at_stage(candidate: Candidate) -> bool:
    """Whether a part (``其中``) is the count of the whole's members that reached a stage: the figure
    right after the part word, and a stage word, not negated, in its own clause after it. Counts
    only: money and rates are not counted in members."""
    actual = candidate.actual
    if "part" not in actual.cues or actual.stated or actual.unit in RATE_UNITS \
            or dimension(actual.unit) == "[currency]":
        return False  # money and rates have no members (其中12亿元已拨付 is a part of the money)
    before = candidate.sentence[: len(candidate.sentence) - len(candidate.noun)].rstrip()
    if not before.endswith(cue_words("part")):
        return False
    clause = clause_after(candidate)
    stage = _stage_words().search(clause)
    if stage is None:
        return False
    return cue_pattern("unreached").search(clause, 0, stage.start()) is None


def of_no_whole(actual: Actual) -> bool:
    """A figure a stated completion cannot be of: a change (同比增长30%) or a prior year's figure."""
    return "change" in actual.cues or "prior" in actual.cues


def of_unheld_figure(actual: Actual, earlier: list[Actual], targets: list[Target],
                     key: Callable[[str], str], past_change: bool = True) -> bool:
    """``开工7个,开工率78%`` in a row whose only target is money: the ratio is of the figure just
    before it, whose unit no target has, so it measures none of the targets. ``key`` groups units
    as alignment does (align.unit_key); ``past_change``: changes are passed over (of_no_whole)."""
    prev = next((a for a in reversed(earlier) if not a.stated and a.end <= actual.start
                 and not (past_change and of_no_whole(a))), None)
    if prev is None or actual.start - prev.end > 30 or "plan" in prev.cues:
        return False
    return prev.target_index is None and all(key(prev.unit) != key(t.unit) for t in targets)
