"""A figure its clause plans that a later figure of its unit says was achieved: the target the text
states (计划投资480万元…完成项目投资380万元; 年度投资195亿元…完成投资30.5亿元). Read by the clause
model (text/clauses.py), which holds the switch that measures the rule."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from zqmetrics.text.cues import cue_pattern, word_pattern

# At most this many characters between a plan word and its figure (计划完成投资290亿元).
PLAN_REACH = 8
# The result is looked for among the next few figures only (linear time).
PLAN_LOOK_AHEAD = 6


def planned_target(text: str, figures: Any, i: int, clause_start: Callable[[int], int]) -> bool:
    """A figure its clause plans (计划投资480万元) that a later figure of its unit says was achieved
    (完成项目投资380万元): the target the text states. A project total (计划总投资) is none, nor a
    plan's figure its own clause says was reached (完成年度投资30亿元)."""
    f = figures[i]
    # Only the last few characters can hold the plan word: the cost stays linear in the figures.
    c0 = clause_start(f.cue_start)
    head_start = max(c0, f.cue_start - PLAN_REACH - 2)
    head = text[head_start : f.cue_start]
    plan = list(cue_pattern("plan_target").finditer(head))
    if not plan or len(head) - plan[-1].end() > PLAN_REACH:
        return False
    if word_pattern("not_targets.tsv").search(head, plan[-1].start()):
        return False
    if cue_pattern("achieved").search(text, c0, max(c0, head_start + plan[-1].start())):
        return False
    for later in [g for g in figures[i + 1 : i + 1 + PLAN_LOOK_AHEAD] if g.unit == f.unit]:
        words = text[clause_start(later.cue_start) : later.cue_start]
        if cue_pattern("plan_target").search(words):
            return False  # a second plan: an enumeration of plans, not plan and result
        if cue_pattern("achieved").search(words):  # 完成项目投资…, 1-6月完成投资…
            return True
    return False
