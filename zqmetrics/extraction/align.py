"""Which target does each figure of a progress text measure?

Three signals, in order of authority:

1. **Dimension** (pint): 亩 never measures 人, and 家 never measures 个 (counters count different things).
2. **Words**: the share of the target metric's character bigrams found in the figure's context
   (its sentence up to the number, and the noun after its counter). Character bigrams need no
   segmenter and suit short Chinese noun phrases; against jieba words, each with its thresholds
   fitted on the development corpus, they align as well there and on the held-out part (README,
   jieba trial) and need no dictionary load (jieba.initialize is ~0.9 s).
3. **Uniqueness**: the only figure of a unit and the row's only target of that unit pair off
   without word evidence; a single target of the figure's dimension among other figures of that
   unit has a word floor of its own (``ONLY_TARGET``, fitted on the development corpus).

A stated completion (``完成全年任务的77%``) measures the target of the figure just before it in
its sentence, else the best-matching target, else the only target. Figures after a plan cue, or
from a prior year, are kept but never aligned.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from zqmetrics.extraction.candidates import Candidate, with_target
from zqmetrics.extraction.members import of_unheld_figure, part_at_stage
from zqmetrics.extraction.reached import all_achieved, done_after, reached_before
from zqmetrics.extraction.stages import figure_stage, names_no_object, remaining, target_stage
from zqmetrics.text.cues import cue_pattern, cue_table, cue_words, strip_words
from zqmetrics.text.lexicon import derived, rows
from zqmetrics.text.units import dimension
from zqmetrics.types import RATE_UNITS, Actual, Target

# Minimum word evidence: same dimension, same dimension and the only such target.
# SAME_DIMENSION and ONLY_TARGET are fitted on the development corpus (README, alignment
# ablation: 0.3 -> 0.1 helps three documents, hurts none; the held-out aggregate moves by one
# figure or row either way: actuals 0.385 -> 0.384, status 0.234 -> 0.236). A lone
# target of a unit needs more than a target among several: its row's other figures of that unit
# count other things more often than they measure it, and there is no second target to prefer.
SAME_DIMENSION = 0.1
ONLY_TARGET = 0.2
# Sentence words count for less than the figure's own clause (0.65 to 0.85 move nothing measured).
SENTENCE_WEIGHT = 0.75
# A figure equal to its target whose words share this much with the target's restates it.
RESTATED = 0.3

# Every alignment rule can be switched off, so that its effect is measured (evaluation/ablation.py
# and the README's ablation table); the package always runs with all of them on.
RULES: dict[str, bool] = {
    "sentence_words": True,  # a same-unit figure may lean on its sentence's words
    "only_target": True,  # a single compatible target has a floor of its own (ONLY_TARGET)
    "steps": True,  # an early step or a reach (申报, 惠及) counts something else
    # A figure equal to its target restates it: kept against the count of documents (README,
    # alignment ablation) because the two errors do not cost the same. Read as a result, a
    # restated target (新建公园2处：正在设计) marks a task done that has not started, and a done task
    # is never put before the supervisor again; the opposite error leaves a finished task unclear,
    # which the supervisor reads.
    "restated": True,
    "reached_before": True,  # ... unless its own clause says it was reached (全市完成…8所)
    "done_after": True,  # ... or says after it that they were done (3个X已建设完成, 配建了)
    "stated_nearest": True,  # a stated ratio measures the target of the figure just before it
    "head": True,  # a target's metric is compared without its scope words (年度计划), and by its head
    "one_to_one": True,  # the only figure of a unit and the only target of that unit pair off
    "stated_of_figure": True,  # a ratio right after a figure no target can hold measures none
    "nearest_unheld": True,  # ... even when an aligned figure stands further back
    # Written and left off (docs/statements.md, "Alignment pass (stages and objects)"): on, they
    # move one development document by its score (wenshang-2023-fy) and read a second right
    # that the scorer cannot tell (wenzhou-pingyang-2021-07), short of two documents.
    # A count whose own clause names only an earlier stage (61个村庄已全部开工建设) than the
    # earliest its target names (完成…村庄61个) counts something else (stage_rank in cues.tsv).
    "stage_order": False,
    # ... and a count at the very stage its target names pairs with that target when it is the
    # row's only one of its unit, without word evidence (5家完成建设 beside 5家施工中)
    "stage_match": False,
    # A count of work not done or not begun (未开工3个) measures no target, unless the target
    # counts that very state (未开工项目中31宗; ``remaining`` in cues.tsv). Written and left off in
    # the stages pass (it cost qianxinan-2014-07 a status); on since alignment pass 1, when it
    # helps three documents of three collections and lowers nothing (docs/statements.md)
    "pending_none": True,
    # A count whose clause is only a verb of progress (已开工19个, 开工建设91个, 开复工73个) names no
    # object of its own: it counts the row's subject, the one target of its dimension, whatever
    # other figures share its unit (statements pass 22).
    "elided_object": True,
    "stage_part": True,  # a part counting the whole's members at a stage measures it (members.py)
    "past_change": True,  # a stated ratio is of no change before it (members.py)
}
# Rules that are off as set; the ablation tries them on (evaluation/align_ablation.py).
OFF_AS_SET = frozenset(rule for rule, on in RULES.items() if not on)


# Synonym groups only say whether a target names a step (策划 ~ 谋划, in _names); as shared words
# for the word score they helped one sample row and no development document, and were removed.
@derived
def _synonym_groups() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w for w in r if w) for r in rows("synonyms.tsv", 8))


# How words are cut for the word score: "bigrams" (characters, no dictionary) or "jieba" (words;
# the trial in the README measured both; set by evaluation/ablation.py --jieba).
TOKENS = {"cut": "bigrams"}


@lru_cache(maxsize=8192)
def _jieba_words(text: str) -> frozenset[str]:
    # lazy: jieba loads a dictionary (~1 s); only the jieba trial imports it
    import jieba

    return frozenset(w for w in jieba.lcut(text) if any("\u4e00" <= c <= "\u9fff" for c in w))


def _bigrams(text: str) -> frozenset[str]:
    if TOKENS["cut"] == "jieba":
        return _jieba_words(text)
    return _char_bigrams(text)


@lru_cache(maxsize=8192)
def _char_bigrams(text: str) -> frozenset[str]:
    # Cached: a target's metric and a figure's words are cut into bigrams once, not once per pair.
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff" or c.isalpha()]
    return frozenset({chars[i] + chars[i + 1] for i in range(len(chars) - 1)} or set(chars))


def word_score(metric: str, context: str) -> float:
    """How well some words name a target's metric, 0..1.

    The share of the metric's bigrams found, smoothed by one so that a one-word metric (项目)
    matched by chance counts for less than a long one matched in full.
    """
    wanted = _bigrams(metric)
    if not wanted:
        return 0.0
    return len(wanted & _bigrams(context)) / (len(wanted) + 1)


def metric_views(metric: str) -> tuple[str, ...]:
    """The words of a target's metric that say what is counted.

    Scope words (年度, 计划, 年度任务是: ``data/cues.tsv``) say when, or that it is planned: they
    are dropped, so that ``完成投资`` names ``年度计划投资`` in full. The words after the last of
    them are the metric's head (村内道路建设年度任务是硬化道路 → 硬化道路), a second view. The
    metric itself is the first view when nothing is dropped.
    """
    return _views(metric) if RULES["head"] else (metric,)


@derived
def _views(metric: str) -> tuple[str, ...]:
    # Cached apart from the rule switch (so that the ablation can turn the rule off and on), and
    # cleared with the lexicon, whose scope words it reads.
    scope = cue_pattern("scope")
    bare = strip_words(scope.sub("", metric))
    views = [bare or metric]
    ends = [m.end() for m in scope.finditer(metric)]
    head = strip_words(metric[ends[-1] :]) if ends else ""
    # A head that is only a verb (改造, 建设) names nothing of its own.
    if len(head) >= 2 and head not in cue_table("verb") and head not in views:
        views.append(head)
    return tuple(views)


def metric_score(metric: str, context: str) -> float:
    """:func:`word_score` of the best view of a target's metric (:func:`metric_views`)."""
    return max(word_score(view, context) for view in metric_views(metric))


def candidate_score(metric: str, candidate: Candidate) -> float:
    own = metric_score(metric, candidate.clause)
    if not RULES["sentence_words"]:
        return own
    return max(own, SENTENCE_WEIGHT * metric_score(metric, candidate.sentence))


def _names(metric: str, word: str) -> bool:
    """Whether a metric names ``word``, itself or through a synonym group it belongs to."""
    if word in metric:
        return True
    for group in _synonym_groups():
        if any(w in metric for w in group) and any(word in w or w in word for w in group):
            return True
    return False


def _is_change(words: str) -> bool:
    return any(cue in words for cue in cue_words("change"))


@dataclass(frozen=True, slots=True)
class _Words:
    """What a figure's own words say, read once per figure (not once per target)."""

    steps: tuple[str, ...]  # stage and reach cues in its clause (申报, 惠及)
    change: bool  # a change cue (增长, 提高)
    stage: int | None = None  # the latest stage its own clause names (stage_rank), if any

    @staticmethod
    def of(candidate: Candidate) -> _Words:
        clause = candidate.clause
        steps = tuple(w for c in ("stage", "reach") for w in cue_words(c) if w in clause)
        staged = RULES["stage_order"] or RULES["stage_match"]
        return _Words(steps, _is_change(clause), figure_stage(candidate) if staged else None)


@lru_cache(maxsize=4096)
def _unit_relation(a: str, t: str) -> str:
    """same | none for two units that are not rates (cached: few distinct pairs)."""
    if a == t:
        return "same"
    da, dt = dimension(a), dimension(t)
    if da and da == dt:
        return "same"
    return "none"


def _relation(candidate: Candidate, target: Target, words: _Words | None = None) -> str:
    """same | rate | none: whether a figure's unit can measure ``target``'s.

    A rate measures a rate of its own kind only: a change (同比改善9.2%, 增幅21.43%) measures a
    change target, a level a level target. A part (其中…) measures only a part target.
    """
    words = words or _Words.of(candidate)
    actual = candidate.actual
    if "part" in actual.cues and not target.part \
            and not (RULES["stage_part"] and part_at_stage(candidate)):
        return "none"
    # An early step (申报, 选址) or a reach (惠及, 带动) counts something else than the target's
    # things, unless the target names that very step.
    if RULES["steps"] and words.steps and not all(_names(target.metric, w) for w in words.steps):
        return "none"
    if RULES["stage_order"] and words.stage is not None:
        wanted = target_stage(target)
        if wanted is not None and words.stage < wanted:
            return "none"
    a, t = actual.unit, target.unit
    if a in RATE_UNITS or t in RATE_UNITS:
        if not (a in RATE_UNITS and t in RATE_UNITS):
            return "none"
        return "rate" if words.change == (target.kind == "change") else "none"
    return _unit_relation(a, t)


def floor_for(eligible: int) -> float:
    """The word evidence a figure needs for a target, given how many compatible targets its row
    has (``eligible``). Same-unit and rate relations share the floors: the relation argument this
    once took served an "object" relation that alignment no longer has."""
    return ONLY_TARGET if eligible == 1 and RULES["only_target"] else SAME_DIMENSION


class _Grouped:
    """A row's targets grouped by all that alignment reads of them (metric, unit, kind, part).

    Copies of one target (a cell that plans the same figure over and over) are judged once, not
    once per figure and copy: the cost stays linear in the figures of a cell. Each group keeps its
    first and last index and its size, so the choice and the tie-breaking are those of a plain
    pass over every target.
    """

    __slots__ = ("groups",)

    def __init__(self, targets: list[Target]) -> None:
        seen: dict[tuple[str, str, str, bool], list[int]] = {}
        for i, t in enumerate(targets):
            seen.setdefault((t.metric, t.unit, t.kind, t.part), []).append(i)
        # insertion order is the order of first indices
        self.groups = [(targets[ix[0]], ix[0], ix[-1], len(ix)) for ix in seen.values()]


def _best_target(candidate: Candidate, targets: list[Target], alone: bool = False,
                 grouped: _Grouped | None = None) -> int | None:
    """The target ``candidate`` measures, or None. ``alone``: no other figure of the text shares
    its unit, so that a single target of that unit and this figure pair off one to one."""
    groups = (grouped or _Grouped(targets)).groups
    words = _Words.of(candidate)
    relations = [_relation(candidate, t, words) for t, _, _, _ in groups]
    eligible = sum(n for (_, _, _, n), r in zip(groups, relations, strict=True)
                   if r in ("same", "rate"))
    best: tuple[float, int] | None = None
    for (target, i, _, _), relation in zip(groups, relations, strict=True):
        if relation == "none":
            continue
        floor = floor_for(eligible)
        if RULES["stage_match"] and eligible == 1 and words.stage is not None \
                and words.stage == target_stage(target):
            floor = 0.0  # counted at the very stage its only target names (5家完成建设)
        if alone and eligible == 1 and relation == "same" and RULES["one_to_one"]:
            floor = 0.0  # one figure, one target of its unit: they pair without word evidence
        if eligible == 1 and relation == "same" and RULES["elided_object"] \
                and names_no_object(candidate):
            floor = 0.0
        score = candidate_score(target.metric, candidate)
        if score < floor:
            continue
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


def _restates(candidate: Candidate, target: Target) -> bool:
    """A figure that repeats its target (a heading 新建公园2处: …) without saying it was reached."""
    actual = candidate.actual
    if actual.unit in RATE_UNITS:
        return False  # a level equal to its target is a measurement (进厅率99%)
    if actual.quantity.amount != target.quantity.amount or _relation(candidate, target) == "none":
        return False
    if word_score(target.metric, candidate.clause) < RESTATED:
        return False
    if RULES["reached_before"] and reached_before(candidate):
        return False
    if RULES["done_after"] and done_after(candidate):
        return False
    return not all_achieved(candidate)


def _counts_alone(candidate: Candidate) -> bool:
    """A figure that may measure a target: not planned, prior, stated or a part."""
    actual = candidate.actual
    return not actual.stated and not {"plan", "prior", "part"} & set(actual.cues)


@derived
def unit_key(unit: str) -> str:
    # Cached, and cleared with the lexicon (a user's units change the dimensions).
    return "rate" if unit in RATE_UNITS else (dimension(unit) or unit)


def align(candidates: list[Candidate], targets: list[Target]) -> list[Actual]:
    """Each candidate figure with ``target_index`` set (or None), in order."""
    if not targets:
        return [c.actual for c in candidates]
    units: dict[str, int] = {}
    for c in candidates:
        if _counts_alone(c):
            key = unit_key(c.actual.unit)
            units[key] = units.get(key, 0) + 1
    out: list[Actual] = []
    grouped = _Grouped(targets)
    # The figures so far that a stated ratio may refer to (aligned, not stated themselves): the
    # look back skips every other figure, so it is given only these (linear time).
    anchors: list[Actual] = []

    def push(aligned: Actual) -> None:
        out.append(aligned)
        if aligned.target_index is not None and not aligned.stated:
            anchors.append(aligned)

    for candidate in candidates:
        actual = candidate.actual
        if "plan" in actual.cues or "prior" in actual.cues:
            push(actual)
            continue
        if actual.stated:
            push(with_target(actual, _stated_target(candidate, out, targets, grouped, anchors)))
            continue
        index = _best_target(candidate, targets, units.get(unit_key(actual.unit), 0) == 1,
                             grouped)
        if RULES["pending_none"] and index is not None and remaining(candidate, targets[index]):
            index = None
        if RULES["restated"] and index is not None and _restates(candidate, targets[index]):
            index = None
        period = actual.period
        if index is not None and targets[index].kind == "level" and actual.unit in RATE_UNITS:
            period = "snapshot"  # a level is read as it stands, whatever period words surround it
        push(with_target(actual, index, period))
    return out


def _of_unheld_figure(actual: Actual, earlier: list[Actual], targets: list[Target]) -> bool:
    return of_unheld_figure(actual, earlier, targets, unit_key, RULES["past_change"])


def _stated_target(
    candidate: Candidate, earlier: list[Actual], targets: list[Target],
    grouped: _Grouped | None = None, anchors: list[Actual] | None = None,
) -> int | None:
    """``anchors``: the aligned, not stated figures of ``earlier`` (the only ones the look back can
    stop at), kept by the caller so that the look back does not pass every earlier figure."""
    actual = candidate.actual
    if RULES["stated_of_figure"] and RULES["nearest_unheld"] and _of_unheld_figure(actual, earlier, targets):
        return None  # 复工50个,完成投资33.3亿元,完成年度计划的20.39%: of the money, not the 50
    for prev in reversed((earlier if anchors is None else anchors) if RULES["stated_nearest"] else []):
        if prev.target_index is not None and not prev.stated and prev.end <= actual.start:
            if actual.start - prev.end <= 30:
                return prev.target_index
            break
    if RULES["stated_of_figure"] and _of_unheld_figure(actual, earlier, targets):
        return None
    # the best score, the last index among equals (as max over (score, index) pairs gives)
    scores = [(candidate_score(t.metric, candidate), last)
              for t, _, last, _ in (grouped or _Grouped(targets)).groups]
    score, index = max(scores)
    if score >= SAME_DIMENSION:
        return index
    return 0 if len(targets) == 1 else None
