"""Targets from task text, actuals from progress text.

Rules (each one general, each motivated by rows in ``tests/test_extract.py``):

- A target is a quantity in a task cell that is not *descriptive* (``总投资380.7亿元的…``: a
  figure right after a descriptive cue, or right before ``的``) and not a *qualifier* of a later
  figure in its clause (``过50亿元项目2个``: 50亿元 says which projects, 2个 is the goal).
- Its metric is the words before the number in its clause, cue words stripped (力争, 完成 …).
  When those words are only a verb or end in ``等`` (a list of names), the noun after the counter
  completes it (``等14个片区`` → ``片区``). In an enumeration the verb is shared:
  ``新建公园2处、古树公园2处`` gives ``新建公园`` and ``新建古树公园``.
- Kind: a rate (%) is a level unless a change cue (增长, 提高 …) joins it to its metric; 个百分点
  is always a change; other units are amounts unless a stock (规模, 总量) is said to grow.
- An actual is any quantity in a progress cell, with the period cue that covers it (the last one
  before it in its sentence), flags for estimates, and the target it measures (see align.py).
  Figures after a plan cue in their clause (需, 计划, 确保) are requirements, not achievements:
  they are kept, never aligned.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from zqmetrics.extraction.figures import (
    closes_names_list,
    in_part,
    is_descriptive,
    leading_verb,
    metric_phrase,
    qualifier_indices,
    qualifier_of,
    starts_with_cue,
)
from zqmetrics.text.clauses import Cell, parse
from zqmetrics.text.cues import cue_alternation, cue_words, strip_words, words_alternation
from zqmetrics.text.lexicon import derived
from zqmetrics.text.normalize import Normalized
from zqmetrics.text.quantity import Found, has_figure, to_quantity
from zqmetrics.text.segment import clause_start
from zqmetrics.text.units import dimension
from zqmetrics.types import CHANGE_UNITS, RATE_UNITS, Target

# The last clause mark before a position, found by a reverse search (not a character loop).
_CLAUSE_MARK_BEFORE = regex.compile(r"(?r)[,;:。!?\n]")


def _refers_to_existing(text: str, f: Found) -> bool:
    """``发挥…等三支区级平台基金创投作用``: a count of things that already exist, put to use."""
    m = _CLAUSE_MARK_BEFORE.search(text, 0, f.cue_start) if f.cue_start > 0 else None
    start = m.end() if m else 0
    return starts_with_cue("existing", text[start : f.cue_start])


def _kind(text: str, f: Found, phrase: str) -> str:
    if f.unit in CHANGE_UNITS:
        return "change"
    changes = cue_words("change")
    if f.unit in RATE_UNITS:
        return "change" if phrase.endswith(changes) else "level"
    if " / " in dimension(f.unit):
        return "level"  # a standard or a productivity (430元/月, 280万元/人) is reached, not summed
    if any(w in phrase for w in cue_words("stock")) and any(c in phrase for c in changes):
        return "change"
    return "amount"


def _targets(norm: Normalized, cell: Cell, running: bool = False) -> list[Target]:
    text = norm.text
    found = list(cell.figures)
    out: list[Target] = []
    shared_verb = ""
    sentence = -1
    qualifiers = qualifier_indices(text, found)
    for i, f in enumerate(found):
        s = cell.sentence_start(f.start)
        if s != sentence:
            sentence, shared_verb = s, ""
        if i in qualifiers or is_descriptive(cell, f) or _refers_to_existing(text, f):
            continue
        if running and closes_names_list(cell, f):
            continue  # a running text's subject: the list's size, what its sentence reports on
        phrase, left = metric_phrase(cell, f, found, i, shared_verb, qualifiers)
        verb = leading_verb(phrase)
        if verb and (left == 0 or text[left - 1] != "、" or not shared_verb):
            shared_verb = verb
        kind = _kind(text, f, phrase)
        quantity = to_quantity(f, norm)
        part, qualifier = in_part(cell, f.start), qualifier_of(i, found, qualifiers, norm)
        names = [(phrase, left)]
        if kind == "level" and "分别" not in phrase:
            names = _shared_rates(text, left) + names
        for name, start in names:
            q_start, q_end = norm.span(start, f.cue_end)
            out.append(
                Target(
                    metric=name,
                    quantity=quantity,
                    kind=kind,  # type: ignore[arg-type]
                    quote=norm.original[q_start:q_end],
                    quote_start=q_start,
                    quote_end=q_end,
                    part=part,
                    qualifier=qualifier,
                )
            )
    return _distribute_respectively(text, norm, out)


def _distribute_respectively(text: str, norm: Normalized, targets: list[Target]) -> list[Target]:
    """``水果、蔬菜、茶叶产量分别达到X、Y、Z``: the listed names go to the figures in order."""
    out = list(targets)
    for i, t in enumerate(out):
        if "分别" not in t.metric:
            continue
        head = t.metric.split("分别")[0]
        begin = norm.folded(t.quote_start)
        names = [n for n, _ in _listed_names(text, begin)] + [strip_words(head)]
        followers = [j for j in range(i + 1, len(out)) if out[j].quote_start >= t.quote_end][: len(names) - 1]
        if len(names) < 2 or len(followers) != len(names) - 1:
            out[i] = replace(t, metric=strip_words(head) or t.metric)
            continue
        for j, name in zip([i, *followers], names, strict=True):
            out[j] = replace(out[j], metric=name)
    return out


def _listed_names(text: str, left: int) -> list[tuple[str, int]]:
    """Names listed with 、 right before ``left`` (each a clause without a number), in order."""
    names: list[tuple[str, int]] = []
    while left > 0 and text[left - 1] == "、":
        start = clause_start(text, left - 1)
        name = strip_words(text[start : left - 1].strip())
        if not name or any(ch.isdigit() for ch in name):
            break
        names.insert(0, (name, start))
        left = start
    return names


@derived
def _rate_name() -> regex.Pattern[str]:
    """A name ending in a rate's word (``cues.tsv`` level_rate: 率, 比例, 比重, 占比), the list the
    level rule of candidates.py reads too."""
    return regex.compile(f"(?:{cue_alternation('level_rate')})$")


def _shared_rates(text: str, left: int) -> list[tuple[str, int]]:
    """``孕产妇产后访视率、儿童健康管理率达到90%``: rates listed before this one share its figure.

    Each earlier name (a clause of its own, ending in a rate's word, without a number) becomes a
    target of the same level; returned in text order with where its quote starts.
    """
    names = _listed_names(text, left)
    while names and not _rate_name().search(names[0][0]):
        names.pop(0)  # only a run of rates right before this one shares its figure
    return names if all(_rate_name().search(n) for n, _ in names) else []


def extract_targets(task_text: str, running: bool = False) -> list[Target]:
    """Every numeric target in a task cell, in order; ``[]`` for odd or empty text.

    ``running``: the cell is cut from a running text (an article, a bulletin), where a list of
    names closed by its count is the subject of what the sentence reports, not a goal.

    >>> [(t.metric, t.value, t.unit, t.comparator) for t in extract_targets(
    ...     "强化土地要素保障,完成土地收储1410亩,推进土地征收930亩,力争实现出让供地923亩。")]
    [('土地收储', 1410.0, '亩', 'exact'), ('土地征收', 930.0, '亩', 'exact'), ('出让供地', 923.0, '亩', 'at_least')]
    """
    if not isinstance(task_text, str) or not task_text.strip():
        return []
    if not has_figure(task_text):  # no figure, no target: the clause model is not built for nothing
        return []
    cell = parse(task_text)  # cached: achieved_tail has built it for the same task
    return _targets(cell.norm, cell, running)


# Switched off only to measure the rule (evaluation/statement_ablation.py).
BRACKETED_TARGETS = True


@derived
def _goal_bracket() -> regex.Pattern[str]:
    """From a figure's end to the next figure: a few words of what it counts (no figure, no clause
    mark), a bracket opening, and the words that name a target (target_words.tsv head: 目标,
    目标任务, 年度目标 …) with what stands before them in the bracket (年度, 原定)."""
    heads = words_alternation("target_words.tsv", "head")
    return regex.compile(f"^[^\\d,;。、:()（）]{{0,10}}[(（][^\\d()（）]{{0,6}}?(?:{heads})(?:为|是)?$")


def bracketed(cell: Cell) -> int | None:
    """The figure a target in brackets right after it measures (已新增公共租赁住房149户(年度目标任务为
    100户), 13家医疗机构(原定目标为5家)): a figure of the bracket's unit, the one the report gives as
    reached, so no target; its index, or None."""
    figures = cell.figures
    for k in range(len(figures) - 1):
        done, goal = figures[k], figures[k + 1]
        if (done.unit == goal.unit and done.unit not in RATE_UNITS
                and _goal_bracket().match(cell.text[done.cue_end : goal.cue_start])
                and cell.text[goal.cue_end : goal.cue_end + 1] in ")）"):
            return k
    return None


@derived
def _target_head() -> regex.Pattern[str]:
    """The words that name a target (target_words.tsv head), as in ``_goal_bracket``."""
    return regex.compile(words_alternation("target_words.tsv", "head") or "(?!)")


def _in_goal_bracket(task: str, start: int, cut: int) -> bool:
    """Whether offset ``start`` of ``task`` stands in a bracket opened at or after ``cut`` that
    names a target (the bracket of :func:`bracketed`)."""
    opened = max(task.rfind(o, cut, start) for o in "(（")
    if opened < 0 or max(task.rfind(c, opened, start) for c in ")）") >= 0:
        return False
    return _target_head().search(task[opened:start + 12]) is not None


def bracketed_targets(task: str, cut: int, running: bool) -> list[Target]:
    """The targets in brackets of a task's achievements (the tail from ``cut``): 149户(年度目标任务为
    100户) reports 149 reached of the year's 100, which stays the row's target. It takes the words
    of the figure it follows, which say what both count (13家医疗机构(原定目标为5家))."""
    if not BRACKETED_TARGETS:
        return []
    found = extract_targets(task, running)
    out = []
    for k, t in enumerate(found):
        if t.quote_start >= cut and _in_goal_bracket(task, t.quote_start, cut):
            before = found[k - 1] if k else None
            if before is not None and before.unit == t.unit and before.quote_start >= cut:
                t = replace(t, metric=before.metric)
            out.append(t)
    return out


def task_targets(task: str, cut: int | None, running: bool = False) -> list[Target]:
    """The targets of a task cell whose achievements start at ``cut`` (None: it sets targets only):
    those before it, and the targets in brackets its achievements carry (``bracketed_targets``)."""
    if cut is None:
        return extract_targets(task, running)
    return extract_targets(task[:cut], running) + (bracketed_targets(task, cut, running) if task[cut:] else [])
