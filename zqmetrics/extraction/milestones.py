"""A part-year target beside the year's is a milestone, not a target of the row.

A report may set, beside the year's target, one for a part of the year: a column
(年度投资计划 | 前三季度投资计划), a bracketed whole (为年度投资目标(1237.6亿元)的55.98%,为上半年投资
目标(610亿元)的113.39%), a monthly node (9月底节点目标). The year's target is what the row is
judged against; the part-year one is a milestone (data/corpus/README.md, second round, item 4).
When the part-year target is the row's only one of its unit family it is kept: it is all the row
says. The words that name a part of the year are ``data/part_year.tsv``; month spans and month
ends are read from their numbers here.
"""

from __future__ import annotations

import re

from zqmetrics.extraction.candidates import with_target
from zqmetrics.text.cues import words_alternation
from zqmetrics.text.lexicon import derived
from zqmetrics.text.normalize import fold_chars
from zqmetrics.text.units import dimension
from zqmetrics.types import Actual, Target

# Switched off only to measure the rule (evaluation/statement_ablation.py).
PART_YEAR_MILESTONES = True

# A clause ends at these; the words a figure's own clause holds before it are its own words.
_BREAKS = ",，;；。:：\n"
_WINDOW = 40  # characters of a clause read back from its figure
# A month span from January short of December (1-9月, 1—6月份) or a month's end (6月底, 7月份),
# not a deadline (6月底前).
_MONTHS = r"(?:1\s*[-—–~～至到]\s*(?:[1-9]|1[01])\s*月(?:份)?|(?<!\d)(?:[1-9]|1[01])月(?:底|末|份)(?!前))"


@derived
def _pattern() -> re.Pattern[str]:
    part = "|".join((words_alternation("part_year.tsv", "part"), _MONTHS))
    plan = words_alternation("part_year.tsv", "plan")
    # The part word, then within four characters (no 年: 上半年完成年度目标 is the year's) a
    # word naming a target; the part word may itself be the last (节点目标).
    return re.compile(rf"(?:{part})[^{_BREAKS}年]{{0,4}}?(?:{plan})")


def names_part_year(words: str) -> bool:
    """Whether ``words`` name a target of a part of the year (前三季度投资计划, 上半年投資目標,
    9月底节点目标, 1-6月目标任务); ``年度投资计划``, ``上半年完成年度目标`` and the deadline
    ``6月底前完成`` do not."""
    return bool(_pattern().search(fold_chars(words)))


def _own_words(text: str, start: int, end: int) -> str:
    """The words of a figure's clause up to and including it (为上半年投資目標(610億元))."""
    if not text or start < 0 or end > len(text):
        return ""
    # A bounded look-back keeps a long cell's cost linear in its figures.
    lo = max(0, start - _WINDOW)
    head = max((text.rfind(b, lo, start) for b in _BREAKS), default=-1)
    return text[max(head + 1, lo):end]


def _target_words(t: Target, task: str, progress: str) -> str:
    text = {"task": task, "progress": progress}.get(t.source, "")
    return " ".join((t.metric, t.quote, _own_words(text, t.start, t.end)))


def _actual_words(a: Actual, progress: str) -> str:
    return " ".join((a.metric, a.quote, _own_words(progress, a.start, a.end)))


def milestones(targets: list[Target], actuals: list[Actual], task: str,
               progress: str) -> tuple[list[Target], list[Actual]]:
    """The row's targets without its part-year ones that stand beside a target of the same unit
    family naming the year or no period, and its figures re-aligned: a figure of a dropped target
    measures the year's target of its family (a year-to-date figure is the year's progress); a
    stated ratio of a part-year target measures no written target (target_index None)."""
    if not PART_YEAR_MILESTONES or not targets:
        return targets, actuals
    part = [names_part_year(_target_words(t, task, progress)) for t in targets]
    year_of: dict[int, int] = {}  # a dropped target -> the year's target of its family
    for i, t in enumerate(targets):
        if part[i]:
            family = dimension(t.unit)
            whole = next((j for j, u in enumerate(targets)
                          if not part[j] and dimension(u.unit) == family), None)
            if whole is not None:
                year_of[i] = whole
    kept = [i for i in range(len(targets)) if i not in year_of]
    new = {old: k for k, old in enumerate(kept)}
    out: list[Actual] = []
    seen: set[Actual] = set()
    for a in actuals:
        index = a.target_index
        if a.stated and index is not None and (index in year_of or (
                not part[index] and names_part_year(_actual_words(a, progress)))):
            # A ratio of a milestone (完成节点目标的80%, even when the node target itself is
            # left out as one) measures no written target.
            moved = with_target(a, None)
        elif index in year_of:
            moved = with_target(a, new[year_of[index]])
        else:
            moved = with_target(a, new[index] if index is not None else None)
        if moved not in seen:  # a figure each column set repeats (1-7月完成投资) is one figure
            seen.add(moved)
            out.append(moved)
    return [targets[i] for i in kept], out
