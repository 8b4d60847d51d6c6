"""Stages of a thing built or granted, for alignment (``stage_rank`` and ``remaining`` in cues.tsv).

What is applied for is reviewed, then started, then done, then put to use. A count is counted at the
stage its own clause names (已开工160个, 61个村庄已全部开工建设); a target at the stage its words name
(完成…村庄61个, 新开工改造…1250套), or at none. Read by ``align.py`` through its rule switches
(``stage_order``, ``stage_match``, ``pending_none``, ``elided_object``); split from it to keep each
module short.
"""

from __future__ import annotations

import re

from zqmetrics.extraction.candidates import Candidate
from zqmetrics.text.cues import cue_pattern, cue_table, cue_words, strip_words
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.lexicon import derived
from zqmetrics.text.units import dimension
from zqmetrics.types import RATE_UNITS, Target

# A clause ends at a comma, semicolon, colon or full stop.
_CLAUSE_BREAK = lazy_re(r"[,，;；:：。!?！？\n]")


def stage_of(words: str) -> int | None:
    """The latest stage (``stage_rank`` in cues.tsv) that ``words`` name, or None."""
    ranks = cue_table("stage_rank")
    found = [int(ranks[w]) for w in cue_words("stage_rank") if w in words]
    return max(found) if found else None


def own_clause(candidate: Candidate) -> str:
    """The words of a figure's own clause, before it and after it (the figure left out)."""
    before = candidate.sentence[: len(candidate.sentence) - len(candidate.noun)]
    return _CLAUSE_BREAK.split(before)[-1] + clause_after(candidate)


def clause_after(candidate: Candidate) -> str:
    """The words after a figure up to the end of its clause."""
    return _CLAUSE_BREAK.split(candidate.after, maxsplit=1)[0]


def figure_stage(candidate: Candidate) -> int | None:
    """The stage a count is counted at: the latest stage named in its own clause, before the
    figure (已开工160个) or after it (61个村庄已全部开工建设). Money and rates have none: they are
    not counted at a stage (开工项目完成投资 is money spent)."""
    unit = candidate.actual.unit
    if unit in RATE_UNITS or dimension(unit) == "[currency]":
        return None
    return stage_of(own_clause(candidate))


def target_stage(target: Target) -> int | None:
    """The earliest stage a target's words name (新开工改造 is counted at its start), or None: a
    target that names no stage says nothing of the stage it is counted at. The corpus reads
    such targets both ways (fujian-2023-fy: 开工新建、改扩建幼儿园195所 is 130% of 改扩建150所;
    wuhu-2021-h1: 已开工160个 is not 改造187个), so no stage is assumed."""
    ranks = cue_table("stage_rank")
    words = target.metric + target.quote
    found = [int(ranks[w]) for w in cue_words("stage_rank") if w in words]
    return min(found) if found else None


def remaining(candidate: Candidate, target: Target) -> bool:
    """A count of work not done or not begun (flagged pending, with a ``remaining`` word in its own
    clause: 未开工3个, 10个项目至目前未开工) that does not measure ``target``: the target does not
    count that very state (未开工项目中31宗)."""
    if "pending" not in candidate.actual.cues:
        return False
    words = cue_pattern("remaining")
    return words.search(own_clause(candidate)) is not None and words.search(
        target.metric + target.quote) is None


@derived
def _progress_verbs() -> re.Pattern[str]:
    # Longest first and then by the word, as cue_words orders them: the same pattern on every run
    # (a set's order of equal lengths changes with the hash seed).
    words = sorted({w for c in ("step", "achieved", "verb") for w in cue_words(c)},
                   key=lambda w: (-len(w), w))
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")+")


# Cues of a figure that is no count of the row's subject done (a change, a list's size, work not
# done, a breakdown, a share of a result: candidates.py).
_NOT_DONE = frozenset({"change", "size", "pending", "breakdown", "share"})


def names_no_object(candidate: Candidate) -> bool:
    """A count whose own clause holds nothing but verbs of progress (已开工19个, 开工建设91个): it
    names no object of its own, so it counts the row's subject (``elided_object`` in align.py)."""
    actual = candidate.actual
    if actual.unit in RATE_UNITS or _NOT_DONE & set(actual.cues) or candidate.noun:
        return False
    words = strip_words(candidate.clause)
    return bool(words) and _progress_verbs().fullmatch(words) is not None
