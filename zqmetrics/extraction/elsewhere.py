"""A row's whole written in another sentence of the same report.

A progress article often gives the year's plan in one sentence (2020年海南共安排省重点项目105个,…
年度计划投资677亿元; 竣工项目22个,…; 新开工项目20个,…) and the result with its stated ratio in
another (省重点项目累计完成投资180亿元,完成率27%; 新开工项目11个,开工率55%). Read row by row, the
result's row only implies its target (180 ÷ 27% = 666.7亿元). When exactly one figure written
elsewhere in the report agrees with that implied whole, to the precision the ratio is written
(180/677 = 26.6%, written 27%), and is a figure of the year's plan (a target of its own row, or a
planned figure no result of its row measures), that written figure is the row's target: the
report wrote it, the ratio says which it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from decimal import Decimal
from typing import Any

from zqmetrics.text.cues import cue_pattern
from zqmetrics.text.lexicon import derived_per_text, mapping
from zqmetrics.text.normalize import normalize
from zqmetrics.text.units import dimension
from zqmetrics.types import Actual, Quantity, Target

# Switched off only to measure the rule (evaluation/statement_ablation.py).
WRITTEN_ELSEWHERE = True
# The plan sentence stands near its result, at most this many rows away (the corpus: 2 to 8); the
# bound keeps the cost linear in a long report.
NEAR = 20

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"\d+(?:\.(\d+))?")
_MAGNITUDE = re.compile(r"\s*[万亿千百]")


def _place(m: re.Match[str] | None) -> Decimal:
    """One unit in the last place of a number found by ``_NUMBER``."""
    return Decimal(1).scaleb(-len(m.group(1))) if m and m.group(1) else Decimal(1)


def _last_place(text: str) -> Decimal:
    """One unit in the last place a number is written to (27% → 1, 18.8% → 0.1)."""
    return _place(_NUMBER.search(text))


def _rounding(q: Quantity) -> Decimal:
    """How far a written amount may stand from the one it rounds, relative to it: half its last
    place when a decimal point or a magnitude says it was rounded (12.88亿元, 677亿元), none for a
    count written whole (20个)."""
    m = _NUMBER.search(q.text)
    if m is None or not (m.group(1) or _MAGNITUDE.search(q.text, m.end())):
        return Decimal(0)
    written = Decimal(m.group(0))
    return _place(m) / 2 / written if written else Decimal(0)


def _tolerance(base: Actual, ratio: Actual, whole: Target | Actual) -> Decimal:
    """How far base ÷ whole may stand from the written ratio, in points: the ratio's last place
    and the two amounts' rounding."""
    r = ratio.quantity.amount
    return _last_place(ratio.quantity.text) + r * (_rounding(base.quantity) + _rounding(whole.quantity))


def _planned(a: Actual, task: str) -> bool:
    """A figure no result measures, named by a plan word or the year's scope word, in its own words
    or its row's task (确保今年我区 | 完成4.1万座农村改厕任务; 我市全年新谋划重大产业项目200项以上;
    年度计 划投资677亿元: a copy's line-break space inside the word is no boundary)."""
    if a.target_index is not None or a.stated or "prior" in a.cues:
        return False
    return _plan_words(task + a.metric + a.quote)


@derived_per_text(4096)
def _plan_words(text: str) -> bool:
    """``text`` holds a plan word or the year's scope word, its spaces dropped. Cached per text:
    category_plans and written_elsewhere's pool each ask it of every figure of a plan row."""
    words = _SPACE.sub("", normalize(text).text)
    return cue_pattern("plan").search(words) is not None or _YEAR_SCOPE.search(words) is not None


# The year's scope: a year's amount in a sentence reporting no result is the year's plan.
_YEAR_SCOPE = re.compile(r"全年|今年|年度")


def _reports(row: dict[str, Any]) -> bool:
    """A row reporting a result of its own: a figure measuring a target, or a stated ratio."""
    return any(a.target_index is not None or a.stated for a in row.get("actuals") or [])


def _pool(rows: list[dict[str, Any]]) -> list[tuple[int, Target | Actual]]:
    """The plan's figures: those of the rows that report no result (a plan sentence)."""
    out: list[tuple[int, Target | Actual]] = []
    for k, row in enumerate(rows):
        if _reports(row):
            continue
        out += [(k, t) for t in row.get("targets") or [] if not t.implied]
        task = str(row.get("task") or "")
        out += [(k, a) for a in row.get("actuals") or [] if _planned(a, task)]
    return out


def _whole(target: int, actuals: list[Actual]) -> tuple[Actual, Actual] | None:
    """The figure and the stated ratio that imply target ``target``."""
    mine = [a for a in actuals if a.target_index == target]
    ratio = next((a for a in mine if a.stated), None)
    base = next((a for a in mine if not a.stated), None)
    return (base, ratio) if base is not None and ratio is not None else None


# Switched off only to measure the rule (evaluation/statement_ablation.py).
CATEGORY_PLANS = True
CURRENCY = "[currency]"
# What opens the part of a plan row that one category's plan stands in (按项目建设进度分为四类:竣工项目22个,…).
_SEGMENT_MARK = re.compile(r"[:;。：；]|其中")
_DIGIT = re.compile(r"\d")


def _segment_at(text: str, at: int) -> str:
    """``text`` from the last segment mark before ``at`` (a part's 其中 included), spaces dropped."""
    marks = [m.end() for m in _SEGMENT_MARK.finditer(text, 0, at)]
    return _SPACE.sub("", text[marks[-1] if marks else 0 :]).lstrip(",，")


def _planned_money(row: dict[str, Any]) -> list[tuple[Target | Actual, str, Decimal | None]]:
    """A plan row's planned sums of money, each with the segment of the row it stands in (from the
    last ``:``/``;``/``。`` before it) and the first count of objects of that segment, or None."""
    task, progress = str(row.get("task") or ""), str(row.get("progress") or "")
    text = f"{task},{progress}"
    counters = mapping("counters.tsv")
    figures: list[tuple[int, Target | Actual]] = []
    for t in row.get("targets") or []:
        if not t.implied and t.source == "task" and (at := task.find(t.quote)) >= 0:
            figures.append((at, t))
    for a in row.get("actuals") or []:
        if _planned(a, task) and (at := progress.find(a.quote)) >= 0:
            figures.append((len(task) + 1 + at, a))
    figures.sort(key=lambda x: x[0])
    out = []
    for at, w in figures:
        if dimension(w.unit) != CURRENCY or w.quantity.amount <= 0:
            continue
        segment = _segment_at(text, at + len(w.quote) - 1)
        counts = [f.quantity.amount for _, f in figures
                  if counters.get(f.unit) == "object" and f.quantity.amount > 0 and f.quote
                  and _SPACE.sub("", f.quote) in segment]
        out.append((w, segment, counts[0] if counts else None))
    return out


def _category(row: dict[str, Any]) -> tuple[str, Decimal | None]:
    """What a result row names its category by: its task's words before its first figure (续建30个
    → 续建; 竣工), and the count of objects it targets, if any."""
    task = _SPACE.sub("", normalize(str(row.get("task") or "")).text)
    cut = _DIGIT.search(task)
    key = task[: cut.start()] if cut else task
    counters = mapping("counters.tsv")
    counts = [t.quantity.amount for t in row.get("targets") or []
              if counters.get(t.unit) == "object" and not t.implied]
    return key.strip(",，:："), (counts[0] if counts else None)


def _category_plan(row: dict[str, Any], near: list[tuple[int, Target | Actual, str, Decimal | None]],
                   k: int) -> Target | Actual | None:
    """The one planned sum of money of a plan row near row ``k`` whose segment opens with the
    row's category (竣工 → 竣工项目22个,…年度计划投资160亿元) or counts as many objects as the row
    targets (续建30个 → 续建项目30项,…年度计划完成投资14.56亿元; 160个实施类重点项目 → 安排重点实施类项目160个,
    …计划投资107.68亿元); None when none or several fit."""
    key, count = _category(row)
    fits = [w for j, w, segment, n in near if j != k
            and ((len(key) >= 2 and segment.startswith(key)) or (count is not None and n == count))]
    return fits[0] if len(fits) == 1 else None


def category_plans(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows, each result row with no planned money of its own given the sum a plan sentence
    elsewhere in the report plans for its category (2020年…按项目建设进度分为四类:竣工项目22个,总投资718亿元,
    年度计划投资160亿元;… | 竣工 | 完成率为38%): the report wrote the plan by category in one place
    and the results by category in another. The row's money done, and its stated ratios when it has
    no other target, then measure that sum."""
    if not CATEGORY_PLANS:
        return rows
    plans: list[tuple[int, Target | Actual, str, Decimal | None]] | None = None
    keys: list[int] = []
    out = []
    for k, row in enumerate(rows):
        targets = list(row.get("targets") or [])
        actuals = list(row.get("actuals") or [])
        index, alone = len(targets), not targets
        # What would measure the plan: money done, or a stated ratio of a row with no target.
        task = str(row.get("task") or "")
        measures = [i for i, a in enumerate(actuals) if a.target_index is None and (
            (not a.stated and dimension(a.unit) == CURRENCY and not set(a.cues) & _NOT_DONE
             and not _planned(a, task))
            or (a.stated and alone))]
        if (not measures or any(dimension(t.unit) == CURRENCY for t in targets)
                or any(a.target_index is not None and dimension(a.unit) == CURRENCY for a in actuals)):
            out.append(row)
            continue
        if plans is None:  # built once, for the first row that asks
            plans = [(j, w, seg, n) for j, r in enumerate(rows) if not _reports(r)
                     for w, seg, n in _planned_money(r)]
            keys = [j for j, *_ in plans]
        w = _category_plan(row, plans[bisect_left(keys, k - NEAR) : bisect_right(keys, k + NEAR)], k)
        if w is None:
            out.append(row)
            continue
        q = replace(w.quantity, start=0, end=0)
        targets.append(Target(w.metric, q, "amount", w.quote, 0, 0, source="document"))
        actuals = [replace(a, target_index=index) if i in measures else a for i, a in enumerate(actuals)]
        out.append({**row, "targets": targets, "actuals": actuals})
    return out


# Cues of a figure that measures nothing of the year's plan (a change, a prior year's, a plan's).
_NOT_DONE = frozenset({"change", "prior", "size", "pending", "breakdown", "share", "plan"})


def written_elsewhere(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows, each implied target replaced by the one written whole elsewhere that agrees."""
    rows = category_plans(rows)
    if not WRITTEN_ELSEWHERE:
        return rows
    pool: list[tuple[int, Target | Actual]] | None = None
    keys: list[int] = []
    out = []
    for k, row in enumerate(rows):
        targets = row.get("targets") or []
        if not any(t.implied for t in targets):
            out.append(row)
            continue
        if pool is None:  # built once, for the first row that asks
            pool = _pool(rows)
            keys = [j for j, _ in pool]
        new = list(targets)
        for i, t in enumerate(targets):
            pair = _whole(i, row.get("actuals") or []) if t.implied else None
            if pair is None:
                continue
            base, ratio = pair
            near = pool[bisect_left(keys, k - NEAR) : bisect_right(keys, k + NEAR)]
            fits = {w.quantity.amount: w for j, w in near
                    if j != k and w.unit == base.unit and w.quantity.amount > 0
                    and abs(base.quantity.amount * 100 / w.quantity.amount
                            - ratio.quantity.amount) <= _tolerance(base, ratio, w)}
            if len(fits) != 1:
                continue  # none, or several wholes the ratio cannot tell apart
            w = next(iter(fits.values()))
            # The written figure, quoted as written; its offsets are in another row's cell, so
            # none are given here (nothing of this row's cells to mark).
            q = replace(w.quantity, start=0, end=0, comparator="exact" if w.quantity.comparator
                        in ("at_least", "about") else w.quantity.comparator)
            new[i] = Target(w.metric, q, "amount", w.quote, 0, 0, source="document")
        out.append({**row, "targets": new} if new != targets else row)
    return out
