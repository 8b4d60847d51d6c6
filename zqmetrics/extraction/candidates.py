"""Every figure of a progress text, with its period, flags and the words around it, before alignment."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from zqmetrics.extraction.figures import (
    clause_end_of,
    in_part,
    is_descriptive,
    metric_phrase,
    noun_after,
    qualifier_indices,
    qualifier_of,
    starts_with_cue,
)
from zqmetrics.text.clauses import Cell, parse_normalized
from zqmetrics.text.cues import cue_alternation, cue_pattern, cue_words
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.lexicon import derived, mapping
from zqmetrics.text.normalize import Normalized
from zqmetrics.text.period_cues import PeriodCue
from zqmetrics.text.quantity import Found, to_quantity
from zqmetrics.text.segment import SENTENCE_SEPARATORS
from zqmetrics.types import CHANGE_UNITS, RATE_UNITS, Actual, PeriodKind, Quantity


@dataclass(frozen=True, slots=True)
class Candidate:
    """A figure of a progress text before alignment, with the words around it.

    ``clause``: its own metric words and the noun after its counter; ``sentence``: its sentence up
    to the number (at most 40 characters) and that noun; ``after``: the rest of its sentence.
    """

    actual: Actual
    clause: str
    sentence: str
    after: str
    qualifier: Quantity | None = None
    noun: str = ""  # the thing named right after the counter (135吨小包装食用油 → 小包装食用油)
    closes: bool = True  # no other figure follows in its clause (brackets do not end a clause here)


def _period_at(cell: Cell, starts: list[int], pos: int) -> PeriodCue | None:
    """The period cue that covers a figure at ``pos``: the last cue before it in its sentence."""
    i = bisect_left(starts, pos)
    if i == 0:
        return None
    s0 = cell.sentence_start(pos)
    if CLOSED_COMPARISONS:
        # 较去年同期提高6个百分点;完成投资30.5亿元: a comparison's earlier period is an adverb of
        # its own figure, not a time frame of the sentence; past that figure's clause it reads
        # nothing, and the cue before it covers the figure.
        while i > 0 and _closed_comparison(cell, cell.periods[i - 1], pos):
            i -= 1
        if i == 0:
            return None
    cue = cell.periods[i - 1]
    if cue.start < s0:
        return None
    if DATED_RUN and cue.period == "ytd" and cue.through_month is None:
        # 至9月底,开工建设160个,…累计完成投资153.7亿元: a running-total word says the figure runs to
        # date; the date is the one its sentence gave before it.
        for j in range(i - 2, -1, -1):
            earlier = cell.periods[j]
            if earlier.start < s0 or earlier.period != "ytd":
                break
            if earlier.through_month is not None:
                return replace(cue, through_month=earlier.through_month)
    return cue


def _closed_comparison(cell: Cell, cue: PeriodCue, pos: int) -> bool:
    """An earlier period named by a comparison (较去年同期, 比上年) whose own clause holds its
    figure, before a figure at ``pos`` in a later clause."""
    if cue.period != "prior":
        return False
    end = cell.clause_end(cue.end)
    if pos < end:
        return False
    start = cell.clause_start(cue.start)
    if cell.last_cue_before("compare", cue.end) < start:
        return False
    return any(cue.end <= f.start < end for f in cell.figures)


# Switched off only to measure the rules (evaluation/statement_ablation.py).
CLOSED_COMPARISONS = True
DATED_RUN = True
RATIO_RUNS_TO_DATE = True
LEVEL_RATES = True
CHANGES = True

# How many characters of a clause before a rate are read for the words naming it a level.
_LEVEL_WINDOW = 24
# A rate listed with 、 right before a figure (57%、): an earlier item of one list.
_LISTED_RATE = r"(?:\d+(?:\.\d+)?%、)"
_LISTED_RATES = lazy_re(_LISTED_RATE + "+$")


@derived
def _level_rate() -> re.Pattern[str]:
    """A rate's name and its link at the end of the words before it (覆盖率达到, 比重为, 利用率均达到,
    占比、…覆盖率分别达到57%、): the words of ``cues.tsv`` level_rate and level_link, a few words
    (均, 分别, 可以) between, earlier rates of a list after it."""
    return re.compile(f"(?:{cue_alternation('level_rate')})[\u4e00-\u9fff]{{0,3}}?"
                      f"(?:{cue_alternation('level_link')})(?:分别|均)?{_LISTED_RATE}*$")


def _is_level_rate(cell: Cell, f: Found) -> bool:
    """A rate reached with no date of its own (覆盖率达到95%, 集中供养率达到50%以上, 比重为46.3%) is
    a level as it stands (``snapshot``: the corpus's conventions, a level stays one), not a
    running total; a stated completion is none of these (it runs to date)."""
    if not (LEVEL_RATES and f.unit == "%"):
        return False
    text = cell.text
    # A later rate of a list (…分别达到57%、89%) is read from the clause of the list's first.
    listed = _LISTED_RATES.search(text, max(0, f.cue_start - _LEVEL_WINDOW), f.cue_start)
    head = listed.start() if listed else f.cue_start
    before = text[max(cell.clause_start(head), head - _LEVEL_WINDOW) : f.cue_start]
    return _level_rate().search(before) is not None


# What joins the figures of one list (增加17%、26%): the later ones share the first one's words.
_LIST_JOIN = re.compile(r"\s*(?:[、和及与]|以及)\s*")


def _changed(cell: Cell, f: Found, previous: Found | None, previous_changed: bool) -> bool:
    """Whether figure ``f`` is a change against another period (较去年同期增加8.1亿元, 同比增长24.4%,
    增幅35.25%) or a distance to the pace (超序时进度23.87个百分点), or any figure in percentage
    points (高于全省平均水平1.7个百分点): a comparison word (``cues.tsv`` compare, pace_gap) opens
    its clause before it, or it is listed right after such a figure (分别较上年度增加17%、26%). A
    percentage the clause model reads as a ratio is one too (低于序时进度5%: 序时进度 is a whole)."""
    if f.unit in CHANGE_UNITS:
        return True  # a difference of two rates (提高3.8个百分点): against a year, the pace or a place
    c0 = cell.clause_start(f.cue_start)
    if max(cell.last_cue_before("compare", f.start), cell.last_cue_before("pace_gap", f.start)) >= c0:
        return True
    return (previous_changed and previous is not None
            and _LIST_JOIN.fullmatch(cell.norm.text, previous.cue_end, f.cue_start) is not None)


# Switched off only to measure the rule (evaluation/statement_ablation.py).
LIST_SIZES_IN_PLANS = True


def _says_done(words: str) -> bool:
    """Whether ``words`` report something done: 已, or an achievement word (``cues.tsv`` achieved).
    The one test of the list-size, share and pending rules below."""
    return "已" in words or cue_pattern("achieved").search(words) is not None


def _list_size(cell: Cell, found: list[Found], i: int, cue: PeriodCue | None) -> bool:
    """Whether count ``i`` is the size of a list of projects a plan sentence states (全市安排重点项目
    458个,总投资7206.7亿元,年度计划投资853.8亿元; 嘉善县今年排定85个重点项目,年内计划完成投资290亿元):
    a count of objects whose own clause reports nothing done (no achievement or step word, no 已), followed
    in its sentence, with nothing done said in the clauses between, by a total (总投资, ``not_targets.tsv``) or a
    planned figure. The list's size is neither a result nor, there, a goal. A count under a date
    (``cue``: 1-6月份,新提报谋划储备项目133个,总投资400.77亿元) is a result with its total."""
    f = found[i]
    if cue is not None and (cue.through_month is not None or cue.period == "quarter"):
        return False
    if i + 1 >= len(found) or mapping("counters.tsv").get(f.unit) != "object":
        return False
    nxt = found[i + 1]
    if nxt.start >= cell.sentence_end(f.start) or nxt.cue_start - f.cue_end > SIZE_GAP:
        return False
    if not (is_descriptive(cell, nxt)
            or cell.last_cue_before("plan", nxt.cue_start) >= cell.clause_start(nxt.cue_start)):
        return False
    text = cell.text
    # the planned figure's own clause may hold 完成 (年内计划完成投资290亿元): the plan governs it;
    # the count's own words are read as far back as is_descriptive reads (a window keeps it linear)
    c0 = max(cell.clause_start(f.cue_start), f.cue_start - SIZE_WORDS)
    between = text[c0 : f.start] + text[f.cue_end : max(f.cue_end, cell.clause_start(nxt.cue_start))]
    return not (_says_done(between) or cue_pattern("step").search(between))


# How far a list's size may stand before the total or plan after it (相城区共安排实施31个民生实事项目,
# 涵盖社会保障、…等领域,总投资170.43亿元), and how many of its own words before it are read
# (characters; bounded windows keep the rule linear in a cell's figures).
SIZE_GAP = 80
SIZE_WORDS = 24


# Switched off only to measure the rules (evaluation/statement_ablation.py).
PENDING = True
BREAKDOWNS = True
SHARES = True
# How far back a share word may open the whole a percentage is of (characters).
SHARE_WINDOW = 24


def _share_of_result(cell: Cell, f: Found) -> bool:
    """Whether percentage ``f`` is a share of a result, no completion (占省重大工程项目完成投资数的
    23.6%, 占已开工项目数93.56%): a share word (``cues.tsv`` share) opens its whole in its clause,
    and the whole names what was done (an achievement word, 已) and no plan, target or task
    (占已开工项目年度投资计划31.1% is the completion of the started projects' plan)."""
    if f.unit not in RATE_UNITS:
        return False
    k = cell.last_cue_before("share", f.cue_start)
    if k < max(cell.clause_start(f.cue_start), f.cue_start - SHARE_WINDOW):
        return False
    whole = cell.text[k : f.cue_start]
    return _says_done(whole) and cue_pattern("scope").search(whole) is None

# What opens the first part after its total (,其中:, a bracket) and what stands between two parts (、),
# each before the part's own words.
_FIRST_PART = re.compile(r"\s*[,;]?\s*(?:其中\s*[:,]?|[(（])\s*([\u4e00-\u9fff]{1,14})")
_NEXT_PART = re.compile(r"\s*[、,;]\s*([\u4e00-\u9fff]{1,14})")
# A part's name is at most ten characters, the verb after it at most four (东营区完成, 农业农村局上传).
PART_NAME = 10
PART_VERB = 4


def _named_place(words: str) -> bool:
    """Whether ``words`` (a listed part's words before its figure) open with the name of a place
    or an office (东营区完成, 西秀区, 农业农村局上传): a name ending as one does (``cues.tsv``
    place_end, not not_place_end), followed by at most a short verb."""
    ends, things = cue_words("place_end"), cue_words("not_place_end")
    for cut in range(len(words), max(0, len(words) - PART_VERB) - 1, -1):
        name = words[:cut]
        if 2 <= len(name) <= PART_NAME and name.endswith(ends) and not name.endswith(things):
            return True
    return False


def _breakdowns(cell: Cell, found: list[Found]) -> set[int]:
    """The figures that break a total down by place (全市完成减少农村扶贫对象7.497万人,其中:西秀区完成
    6962人、平坝区完成3619人…; 全市建设安置点6个(西秀区1个、普定县1个…)): two or more figures of the
    total's unit listed right after it, each after a place's or an office's name, adding up to
    the total or less. The total is the item's actual; its parts by place are none (second round,
    item 7). Each figure is looked at once or twice (linear time)."""
    text = cell.text
    # Each figure as a quantity once: a figure is a total, then a part of the total before it.
    quantities = [to_quantity(f, cell.norm) for f in found] if len(found) > 2 else []
    out: set[int] = set()
    i = 0
    while i < len(quantities):
        total = quantities[i]
        end = cell.sentence_end(found[i].start)
        run: list[int] = []
        j, after = i + 1, found[i].cue_end
        while j < len(found) and found[j].start < end:
            m = (_NEXT_PART if run else _FIRST_PART).fullmatch(text, after, found[j].cue_start)
            if quantities[j].unit != total.unit or m is None or not _named_place(m.group(1)):
                break
            run.append(j)
            after, j = found[j].cue_end, j + 1
        if len(run) >= 2 and sum(quantities[r].amount for r in run) <= total.amount:
            out.update(run)
            i = j
        else:
            i += 1
    return out


def _pending(cell: Cell, f: Found) -> bool:
    """Whether figure ``f`` counts work not done or still under way (未开工22个, 15个项目未开工,
    下余87个项目前期工作推进中, 正在申报11个): a pending word (``cues.tsv`` pending) in its clause,
    before or after it, and no 已 nor achievement word there (其余191个…均已完成 is a result)."""
    c0, c1 = cell.clause_start(f.cue_start), cell.clause_end(f.cue_end)
    if c1 - c0 > PENDING_CLAUSE:
        return False  # a long clause is read no further (linear time); its words may be another's
    words = cell.text[c0:c1]
    rest = REMAINDERS and cell.text[c0 : f.cue_start].endswith(cue_words("remainder"))
    return (rest or cue_pattern("pending").search(words) is not None) and not _says_done(words)


# Switched off only to measure the rule (evaluation/statement_ablation.py): the rest of a list
# (其余8个, 另外35个, 还有30个) counts work not done, as a pending word does.
REMAINDERS = True

# The longest clause read for a pending word (characters).
PENDING_CLAUSE = 40


def _before_ratio(cell: Cell, starts: list[int], periods: list[int], pos: int) -> bool:
    """Whether a stated ratio follows ``pos`` in its sentence, with no period cue between
    (``starts``: the ratios' starts, ``periods``: the period cues' starts; bisection keeps it linear)."""
    i = bisect_left(starts, pos)
    if i == len(starts) or starts[i] >= cell.sentence_end(pos):
        return False
    k = bisect_left(periods, pos)
    return k == len(periods) or periods[k] >= starts[i]


# What ends a figure's clause for ``Candidate.closes``: an aside in brackets (配建(更新)了) does not.
_CLAUSE_END = re.compile(r"[,、;:。!?\n]")

# How many earlier figures of a sentence are looked at for one of the same unit (linear time).
LOOK_BACK = 8


def candidate_actuals(
    norm: Normalized, report_year: int | None = None, cell: Cell | None = None
) -> list[Candidate]:
    """Every figure in a progress text with its period and flags, not yet aligned.

    Figures the clause model reads as targets (``12个…已完成7个``) or as gaps to a target
    (``低于目标1.2个百分点``) are not progress and are left out.
    """
    cell = cell or parse_normalized(norm, report_year)
    text = norm.text
    found = list(cell.figures)
    period_starts = [c.start for c in cell.periods]
    ratio_starts = [m.start for m in cell.ratios]
    qualifiers = qualifier_indices(text, found)
    out: list[Candidate] = []
    changed = False  # whether the figure before is a change (a list shares its words)
    parts = _breakdowns(cell, found) if BREAKDOWNS else set()
    for i, f in enumerate(found):
        changed = CHANGES and _changed(cell, f, found[i - 1] if i else None, changed)
        if i in qualifiers or is_descriptive(cell, f):
            continue
        mention = cell.of_figure(i)
        if mention is not None and mention.kind in ("gap", "role"):
            continue
        stated = mention is not None and mention.kind == "ratio"
        phrase, left = metric_phrase(cell, f, found, i, qualifiers=qualifiers)
        cue = _period_at(cell, period_starts, f.start)
        flags: list[str] = []
        period = cue.period if cue else "unknown"
        if period == "prior":
            flags.append("prior")
            period = "unknown"
        elif RATIO_RUNS_TO_DATE and period == "unknown" and (stated or _before_ratio(cell, ratio_starts, period_starts, f.cue_end)):
            # A stated completion (完成年度任务的100%) runs to date, and so do the figures it states
            # the completion of (新开工11万套、基本建成13.21万套,分别完成年度任务的100%、100.1%).
            period = "ytd"
        if period == "unknown" and not stated and _is_level_rate(cell, f):
            period = "snapshot"
        noun = noun_after(cell, f)
        planned = cell.last_cue_before("plan", f.cue_start) >= cell.clause_start(f.cue_start)
        if not stated and (planned or starts_with_cue("plan", noun)):
            flags.append("plan")
        if in_part(cell, f.start):
            flags.append("part")
        if changed:
            flags.append("change")
        if LIST_SIZES_IN_PLANS and not stated and _list_size(cell, found, i, cue):
            flags.append("size")
        if PENDING and not stated and _pending(cell, f):
            flags.append("pending")
        if i in parts:
            flags.append("breakdown")
        if SHARES and _share_of_result(cell, f):
            flags.append("share")
        if stated and mention is not None and mention.value == "measure":
            flags.append("measure")  # 开工率72%: a rate that does not name the whole it is of
        s_start = cell.sentence_start(f.start)
        estimate = cell.last_cue_before("estimate", f.start) >= s_start
        # Words before an earlier figure of the same unit name that figure, not this one.
        for j in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
            prev = found[j]
            if prev.cue_end < s_start:
                break
            if prev.unit == f.unit and prev.cue_end <= f.start:
                s_start = prev.cue_end
                break
        sentence = text[s_start : f.start]
        q_start, q_end = norm.span(
            left if not stated else cell.clause_start(f.cue_start), f.cue_end
        )
        quantity = to_quantity(f, norm)
        if stated and mention is not None and mention.amount is not None and mention.amount != f.amount:
            quantity = replace(quantity, amount=mention.amount)  # 超额完成49%: 149% of the target
        actual = Actual(
            metric=phrase,
            quantity=quantity,
            period=period,  # type: ignore[arg-type]
            quote=norm.original[q_start:q_end],
            quote_start=q_start,
            quote_end=q_end,
            stated=stated,
            estimate=estimate,
            through_month=cue.through_month if cue and "prior" not in flags else None,
            cues=tuple(flags) + ((cue.text,) if cue else ()),
        )
        stop = found[i + 1].start if i + 1 < len(found) else len(text)
        after = text[f.cue_end : min(stop, cell.sentence_end(f.cue_end))]
        after = after[: clause_end_of(after, SENTENCE_SEPARATORS)]
        qualifier = qualifier_of(i, found, qualifiers, norm)
        closes = i + 1 == len(found) or _CLAUSE_END.search(text, f.cue_end, stop) is not None
        out.append(Candidate(actual, phrase + noun, sentence[-40:] + noun, after, qualifier, noun,
                             closes))
    return out


def with_target(actual: Actual, index: int | None, period: PeriodKind | None = None) -> Actual:
    """A copy of ``actual`` aligned to target ``index`` (frozen types are replaced, not mutated)."""
    return replace(actual, target_index=index, period=period or actual.period)
