"""The clause model of one cell: parsed once, read by every later stage.

A cell is cut into sentences (。!? and line ends) and clauses (also , 、 ; : and brackets). The
boundaries are kept as sorted offsets, so a stage finds the clause or sentence of a position by
bisection instead of scanning the text again: a cell with ten thousand figures stays linear.

Mentions are what the clauses hold, each with its half-open span in normalised text:

- ``figure``: every quantity (:func:`zqmetrics.text.quantity.find`), kept in ``figures``;
- ``period``: period words and month spans (:mod:`zqmetrics.text.period_cues`);
- ``ratio``: a completion the text states (``data/stated_ratios.tsv``): ``完成年度目标的77%``,
  ``完成率135%``, ``超额完成49%`` (149%), or a percentage in brackets right after a figure of
  another unit (``已完成7个(58%)``);
- ``verdict``: the report's own verdict words (``data/verdicts.tsv``); a ``not_started`` word in
  brackets or after 其中 names a part only (``partial``);
- ``gap``: a distance to the target (``低于目标1.2个百分点``, ``data/gaps.tsv``);
- ``role``: a figure the clause marks as a target rather than progress: ``年度目标(40场)``,
  ``30所的年度目标任务``, and the first of two figures of one unit joined by an achievement verb
  (``12个社区食堂建设已完成7个``, ``3个口袋公园已建成2个``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

import regex

from zqmetrics.text.bare import bare_done
from zqmetrics.text.cues import cue_pattern, word_pattern, word_table, words_alternation
from zqmetrics.text.lexicon import derived
from zqmetrics.text.mentions import Mention
from zqmetrics.text.normalize import Normalized
from zqmetrics.text.period_cues import PeriodCue, period_cues
from zqmetrics.text.plans import planned_target
from zqmetrics.text.quantity import Found, find, read_figures
from zqmetrics.text.ranked import ranked_share
from zqmetrics.text.segment import (
    ASIDE,
    CLAUSE_SEPARATORS,
    CLOSING_BRACKETS,
    OPENING_BRACKETS,
    SENTENCE_SEPARATORS,
)
from zqmetrics.text.target_words import (
    TARGET_AFTER,
    TARGET_BEFORE,
    TASK_WINDOW,
    heads_sentence,
    names_task,
    opens_clause,
)
from zqmetrics.text.verdict_forms import (
    form_verdicts,
    is_marked,
    may_hold_form,
    names_part,
    negated,
    negation_start,
    plan_noun,
    promised,
)

RATIO_UNITS = frozenset({"%"})


@dataclass(frozen=True, eq=False)
class Cell:
    """One cell, cut into sentences and clauses, with every mention found once."""

    norm: Normalized
    sentence_seps: tuple[int, ...]
    clause_seps: tuple[int, ...]
    figures: tuple[Found, ...]
    periods: tuple[PeriodCue, ...]
    ratios: tuple[Mention, ...]
    read_verdicts: Callable[[], tuple[Mention, ...]] = field(repr=False)  # see ``verdicts``
    gaps: tuple[Mention, ...]
    roles: tuple[Mention, ...]
    _by_figure: dict[int, Mention] = field(default_factory=dict, repr=False)
    _cues: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _marks: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _verdicts: list[tuple[Mention, ...]] = field(default_factory=list, repr=False)

    @property
    def verdicts(self) -> tuple[Mention, ...]:
        """The verdict mentions in text order, read on first use: the grammar's forms take a pass
        over the cell, and most task cells (parsed for their targets) are never asked for one."""
        if not self._verdicts:
            self._verdicts.append(self.read_verdicts())
        return self._verdicts[0]

    @property
    def text(self) -> str:
        return self.norm.text

    def clause_start(self, pos: int) -> int:
        i = bisect_left(self.clause_seps, pos)
        return self.clause_seps[i - 1] + 1 if i else 0

    def clause_end(self, pos: int) -> int:
        i = bisect_left(self.clause_seps, pos)
        return self.clause_seps[i] if i < len(self.clause_seps) else len(self.norm.text)

    def sentence_start(self, pos: int) -> int:
        i = bisect_left(self.sentence_seps, pos)
        return self.sentence_seps[i - 1] + 1 if i else 0

    def sentence_end(self, pos: int) -> int:
        i = bisect_left(self.sentence_seps, pos)
        return self.sentence_seps[i] if i < len(self.sentence_seps) else len(self.norm.text)

    def last_before(self, char: str, pos: int) -> int:
        """Offset of the last ``char`` (a clause separator) before ``pos`` in its sentence (a
        sentence end that is ``char`` itself counts), or -1."""
        if char not in CLAUSE_SEPARATORS:
            return -1
        # Both found by bisection: a walk back over the separators was quadratic in a long
        # sentence without ``char`` (one clause after another, each asking again).
        marks = self._marks.get(char)
        if marks is None:
            text = self.norm.text
            marks = self._marks[char] = [i for i in self.clause_seps if text[i] == char]
        i = bisect_left(marks, pos) - 1
        k = bisect_left(self.sentence_seps, pos) - 1
        mark = marks[i] if i >= 0 else -1
        return mark if mark >= 0 and (k < 0 or mark >= self.sentence_seps[k]) else -1

    def last_cue_before(self, category: str, pos: int) -> int:
        """Start of the last cue of ``category`` (data/cues.tsv) before ``pos``, or -1."""
        starts = self._cue_starts(category)
        i = bisect_left(starts, pos) - 1
        return starts[i] if i >= 0 else -1

    def _cue_starts(self, category: str) -> list[int]:
        cache = self._cues
        if category not in cache:
            # a cue must end before pos: store ends-1 so that bisect on pos keeps whole cues only
            cache[category] = [m.start() for m in cue_pattern(category).finditer(self.norm.text)]
        return cache[category]

    def of_figure(self, figure: int) -> Mention | None:
        """The ratio, gap or target role that reads figure ``figure``, if any."""
        return self.by_figure.get(figure)

    @property
    def by_figure(self) -> dict[int, Mention]:
        return self._by_figure

    def __post_init__(self) -> None:
        index = {m.figure: m for m in (*self.ratios, *self.gaps, *self.roles) if m.figure is not None}
        self._by_figure.update(index)


# At most this many characters of other words between the verb and the whole of a stated ratio
# (完成年度投资计划的62.5%, 占调整后目标的88%); 0 switches them off (evaluation/statement_ablation.py).
STATED_WORDS = 6
# The scope may follow those words (占已开工项目年度投资计划31.1%); False switches it off.
STATED_LATER_SCOPE = True
# The whole may be followed by its own figure (占目标任务6.24亿元的77.1%).
_WHOLE_FIGURE = r"(?:\d+(?:\.\d+)?[万亿千百]*[\u4e00-\u9fff]{0,2})?"


def stated_forms() -> regex.Pattern[str]:
    """The words before a stated percentage under the switches as they stand (extraction's
    tails read a stated ratio's own words with it)."""
    return _stated_forms_of(STATED_WORDS, STATED_LATER_SCOPE)


@derived
def _stated_forms_of(between: int, later_scope: bool = True) -> regex.Pattern[str]:
    """The words before a stated percentage (see ``data/stated_ratios.tsv``); 了, 量, 的 are grammar."""
    verb, scope, kind, whole, measure, link = (words_alternation("stated_ratios.tsv", p) for p in (
        "verb", "scope", "kind", "whole", "measure", "link"))
    words = f"[^\\d,;。、:%()（）]{{0,{between}}}?"
    after = f"[^\\d,;。、:%()（）]{{0,{min(between, 3)}}}?"  # the whole's own noun: 计划投资的
    # The scope may follow the other words (占已开工项目年度投资计划31.1%: whose plan, then the year).
    later = f"(?:(?:{scope}){after})?" if between and later_scope else ""
    return regex.compile(f"(?:{verb})(?:了)?(?:{scope})?{words}{later}(?:{kind})?(?:{whole}){after}(?:量)?"
                         f"(?:{_WHOLE_FIGURE if between else ''})(?:的)?$"
                         f"|(?P<measure>(?:{measure})(?:分别)?(?:{link})?)$")


@derived
def _excess() -> re.Pattern[str]:
    return re.compile(f"(?:{words_alternation('stated_ratios.tsv', 'excess')})(?:了)?$")


# The direction of a gap (data/gaps.tsv) as the verdict it states: above the target is on track, not
# done, since a rate above its target can still fall before the year ends.
GAP_VERDICTS = {"below": "lagging", "above": "on_track"}


@derived
def _gap_before() -> re.Pattern[str]:
    words = "|".join(regex.escape(w) for w in sorted(word_table("gaps.tsv"), key=len, reverse=True))
    return re.compile(f"(?:{words or '(?!)'})(?:了|约)?$")


# An achievement verb between two figures of one unit: 12个社区食堂建设已完成7个.
_ACHIEVED_BETWEEN = re.compile(r"(?:已|累计|共)?(?:完成|建成|建设|开工|实现|开展|改造|培训)了?$")


# Switched off only to measure the rule (evaluation/statement_ablation.py).
PLANNED_TARGETS = True
# Switched off only to measure the rule (evaluation/statement_ablation.py).
LISTED_RATIOS = True
# What joins the items of a list of ratios (完成年度计划投资的89.8%、91.5%).
_LISTING = frozenset({"、", "和", "及", "与"})


# Separator offsets come from the regex engine: a Python loop over every character of every cell
# was a tenth of the pipeline's time. This module's patterns but the stated forms need none of the
# regex module's syntax: re finds the same (tests/test_fast_paths.py), a tenth of the cost a call.
_CLAUSE_SEP = re.compile(f"[{re.escape(CLAUSE_SEPARATORS)}]")
_SENTENCE_SEP = re.compile(f"[{re.escape(SENTENCE_SEPARATORS)}]")


def _last_sep(text: str) -> int:
    return max(map(text.rfind, CLAUSE_SEPARATORS))  # a short window: one rfind per separator


def _seps(text: str, separators: re.Pattern[str]) -> tuple[int, ...]:
    return tuple(m.start() for m in separators.finditer(text))


# Switched off only to measure the grammar (evaluation/judge_ablation.py).
VERDICT_FORMS = True


def _form_mentions(text: str, found: list[Mention], figures: Any, roles: list[Mention],
                   clause_start: Callable[[int], int], seps: tuple[int, ...]) -> list[Mention]:
    """The verdicts of the grammar (data/verdict_forms.tsv) that no fixed word already covers: a
    fixed word (of any value, none included: 尚未完成) wins where both read the same words."""
    # Characters a fixed word holds, marked once: an overlap is then a look at the form's own span.
    taken = bytearray(len(text))
    spans = [(m.start, m.end) for m in found]
    spans += [(m.start(), m.end()) for m in word_pattern("verdicts.tsv").finditer(text)
              if word_table("verdicts.tsv")[m.group()] == "none"]
    for s, e in spans:
        taken[s:e] = b"\x01" * (e - s)

    def clause_end(pos: int) -> int:
        i = bisect_left(seps, pos)
        return seps[i] if i < len(seps) else len(text)

    targets = frozenset(m.figure for m in roles if m.figure is not None)
    spots = sorted((f.start, i in targets) for i, f in enumerate(figures))
    out = []
    for v in form_verdicts(text, clause_start, clause_end, spots):
        if any(taken[v.start : v.end]):
            continue
        taken[v.start : v.end] = b"\x01" * (v.end - v.start)
        out.append(Mention("verdict", v.start, v.end, text[v.start : v.end], v.status,
                           partial=v.partial))
    return out


def parse_normalized(norm: Normalized, report_year: int | None = None, *,
                     figures: list[Found] | None = None) -> Cell:
    """The clause model of a normalised cell (``figures``: its ``find``, when already known)."""
    text = norm.text
    clause_seps = _seps(text, _CLAUSE_SEP)
    sentence_seps = _seps(text, _SENTENCE_SEP)
    figures = find(norm) if figures is None else figures

    def clause_start(pos: int) -> int:
        i = bisect_left(clause_seps, pos)
        return clause_seps[i - 1] + 1 if i else 0

    ratios: list[Mention] = []
    gaps: list[Mention] = []
    roles: list[Mention] = []
    for i, f in enumerate(figures):
        start = clause_start(f.cue_start)
        k = bisect_left(sentence_seps, f.cue_start)
        s0 = sentence_seps[k - 1] + 1 if k else 0
        window = max(s0, f.cue_start - 24)
        # Brackets hold an aside (年度目标(40场)的112.5%): the words around them read as one clause.
        joined = ASIDE.sub("", text[window : f.cue_start])
        before = joined[max(_last_sep(joined) + 1, len(joined) - 16) :]
        prev = figures[i - 1] if i else None
        if f.unit in RATIO_UNITS:
            amount = None
            form = "whole"  # the ratio names the whole it is of (完成年度目标的77%)
            if _excess().search(before):
                amount = Decimal(100) + f.amount
            elif stated := stated_forms().search(before):
                amount = f.amount
                if stated.group("measure") is not None:
                    form = "measure"  # a rate (完成率, 开工率): of what, the words do not say
            elif (
                f.start > 0
                and text[f.start - 1] in OPENING_BRACKETS
                and prev is not None
                and prev.unit not in RATIO_UNITS
                and not text[prev.cue_end : f.start - 1].strip()
            ):
                amount = f.amount  # 已完成7个(58%): the share of the target that figure is
            elif ranked_share(text, window, f):
                amount, form = f.amount, "measure"  # 进展最快的是盘锦市(70%): of what, not said
            elif i == 0 and bare_done(text, start, f):
                # 完成90.5% opening the cell: the row's work, its whole not named. With a subject
                # of its own (科研楼主体结构完成70%) or after other figures, it is a part's.
                amount, form = f.amount, "measure"
            elif (
                LISTED_RATIOS
                and ratios
                and ratios[-1].figure == i - 1
                and text[prev.cue_end : f.start].strip() in _LISTING  # type: ignore[union-attr]
            ):
                # 分别完成年度任务的100%、100.1%: the list goes on, in the form it opened with
                # (分别超额完成19%、14%: 119% and 114%)
                excess = (ratios[-1].amount or Decimal(0)) - figures[i - 1].amount
                amount, form = f.amount + excess, ratios[-1].value
            if amount is not None:
                ratios.append(Mention("ratio", f.start, f.cue_end, text[f.start : f.cue_end],
                                      value=form, figure=i, amount=amount))
                continue
        gap = _gap_before().search(before)
        if gap:
            word = gap.group().rstrip("了约")
            begin = f.cue_start - (len(before) - gap.start())
            gaps.append(Mention("gap", begin, f.cue_end, text[begin : f.cue_end],
                                value=word_table("gaps.tsv").get(word, "below"), figure=i))
            continue
        after = text[f.cue_end : f.cue_end + 14]
        if (TARGET_BEFORE.search(text[max(window, f.cue_start - 12) : f.cue_start]) or TARGET_AFTER.search(after)
                or heads_sentence(text, s0) or opens_clause(text, start, f.cue_start)
                or names_task(text[max(start, f.cue_start - TASK_WINDOW) : f.cue_start])):
            roles.append(Mention("role", f.start, f.cue_end, text[f.start : f.cue_end], "target",
                                 figure=i))
            continue
        if PLANNED_TARGETS and planned_target(text, figures, i, clause_start):
            roles.append(Mention("role", f.start, f.cue_end, text[f.start : f.cue_end], "target",
                                 figure=i))
            continue
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if nxt is not None and nxt.unit == f.unit and f.unit not in RATIO_UNITS:
            between = text[f.cue_end : nxt.cue_start]
            if (len(between) <= 16 and not any(ch in CLAUSE_SEPARATORS for ch in between)
                    and _ACHIEVED_BETWEEN.search(between)
                    and not _ACHIEVED_BETWEEN.search(text[start : f.cue_start])):
                roles.append(Mention("role", f.start, f.cue_end, text[f.start : f.cue_end],
                                     "target", figure=i))
    verdicts = []
    plan = cue_pattern("plan")
    table = word_table("verdicts.tsv")
    for m in word_pattern("verdicts.tsv").finditer(text):
        status = table[m.group()]
        if status == "none" or (status == "done" and text[m.end() : m.end() + 1] == "的"):
            continue  # 完成年度目标任务的23%: a stated ratio follows, not a verdict
        c0 = clause_start(m.start())
        if any(VERDICT_FORMS is False or status == "done" or not plan_noun(p.group())
               for p in plan.finditer(text, c0, m.start())):
            continue  # 确保年底前全面完成: a promise (与目标差距较大 compares, promises nothing)
        begin = m.start()
        if VERDICT_FORMS and status in ("done", "on_track") and negated(text, begin):
            if status == "done":
                continue  # 尚未全部完工
            status, begin = "lagging", negation_start(text, begin)  # 未能达到序时进度
        if VERDICT_FORMS and status == "done" and not is_marked(text, m.start()) and promised(
                text, c0, m.start()):
            continue  # 预计年底全部完工
        k = bisect_left(sentence_seps, m.start())
        s0 = sentence_seps[k - 1] + 1 if k else 0
        opened = max(text.rfind(o, s0, m.start()) for o in OPENING_BRACKETS)
        closed = max(text.rfind(c, s0, m.start()) for c in CLOSING_BRACKETS)
        partial = status == "not_started" and (opened > closed or "其中" in text[c0 : m.start()])
        partial = partial or (VERDICT_FORMS and status == "done" and names_part(text, c0, begin))
        verdicts.append(Mention("verdict", begin, m.end(), text[begin : m.end()], status,
                                partial=partial))
    forms = VERDICT_FORMS and may_hold_form(text)  # no head, no pace noun: no form to read
    # A gap says which side of the target the figure stands (低于目标1.2个百分点): a verdict of its own.
    gapped = [Mention("verdict", g.start, g.end, g.text, GAP_VERDICTS[g.value]) for g in gaps
              if g.value in GAP_VERDICTS]

    def read_verdicts() -> tuple[Mention, ...]:
        found = _form_mentions(text, verdicts, figures, roles, clause_start, clause_seps) if forms else []
        return tuple(sorted(verdicts + found + gapped, key=lambda m: m.start))

    return Cell(norm, sentence_seps, clause_seps, tuple(figures),
                tuple(period_cues(text, report_year)), tuple(ratios), read_verdicts, tuple(gaps),
                tuple(roles))


@lru_cache(maxsize=512)
def parse(text: str, report_year: int | None = None) -> Cell:
    """The clause model of one cell (cached: every stage that reads the cell gets the same model)."""
    norm, figures = read_figures(text)  # found once: has_figure asked the same of the cell
    return parse_normalized(norm, report_year, figures=list(figures))
