"""Counts of projects that are the size of a list, not a target (issue 11's portfolio rules)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal

from zqmetrics.text.clauses import Cell, parse
from zqmetrics.text.cues import cue_pattern
from zqmetrics.text.lexicon import derived, mapping
from zqmetrics.text.normalize import normalize
from zqmetrics.text.quantity import to_quantity
from zqmetrics.text.segment import SENTENCE_SEPARATORS
from zqmetrics.text.units import dimension
from zqmetrics.types import RATE_UNITS, Target

# Switched off only to measure the rule (evaluation/statement_ablation.py).
PORTFOLIO_COUNTS = True
# ... and the rule reading a compound that names the kind of project (重大建设项目: ``cues.tsv``
# kind_noun) as a noun, no action word of the count; a step's project (新开工项目) stays a goal's words.
ACTION_NOUNS = True
# Switched off only to measure the rule: a count of projects whose progress reports money only.
PORTFOLIO_BY_PROGRESS = True
# ... or money and counts of projects at a step, none of them given a rate.
UNRATED_COUNTS = True
# ... unless a count says how many of the list's members reached a stage of the work (已开工19个):
# then the list's count is the target it measures (decision 16; statements pass 20).
STAGED_MEMBERS = True
# ... and so do they where the row plans the list's money (农牧林水项目9个,年度计划投资7.2亿元 |
# 开工7个,开工率78%: decision 16's own example; alashan-2021-05, heihe-2020-05, qinghai-2015-09).
# Written and left off in statements pass 20 (the count's start rate then became the row's stated
# completion in place of the money's, one held-out row); on since pass 23, whose judge reads the
# other ratio first (judge.assessment.STARTS_LAST).
STAGED_BESIDE_PLAN = True
# Switched off only to measure the rule: a list's count (``cues.tsv`` list_noun) whose progress
# reports money only is the list's size even where a verb names it (statements pass 23).
MONEY_LISTS = True


# Switched off only to measure the rule (evaluation/statement_ablation.py): a count right after a
# stage of the work in a progress cell (开工2个) is no goal (statements pass 23).
STAGE_COUNTS = True


def counted_at_stage(clause: str) -> bool:
    """A progress clause, up to a figure, that ends in a stage of the work and names no plan
    (开工 in 開工174項, 国债项目5个,开工2个): the count after it is of a list's members that reached
    the stage, a report of the work, whatever verb the stage word is (decision 16)."""
    if not STAGE_COUNTS or cue_pattern("plan").search(clause):
        return False
    return _stage_at_end().search(clause.rstrip()) is not None


@derived
def _stage_at_end() -> re.Pattern[str]:
    """A stage word of ``cues.tsv`` member_stage closing the text; built once a lexicon, not a call."""
    return re.compile(f"(?:{cue_pattern('member_stage').pattern})$")


def list_counts(targets: list[Target], task: str, task_text: str, text: str, year: int | None,
                running: bool) -> list[Target]:
    """``targets`` without the counts that only size a list (``portfolio``) or count its members by
    pace or band (``banded``). ``task`` is the whole task cell, ``task_text`` what is left of it
    once the achievements it reports are cut off, ``text`` the progress cell."""
    # Both steps drop counts of objects only: a row with none (most rows) needs neither cell read.
    counters = mapping("counters.tsv")
    if not any(counters.get(t.unit) == "object" for t in targets):
        return targets
    sized = portfolio(targets, money_only(text, year, running_lead(task_text, running)), task_text,
                      staged_counts(text, year), money_done(text, year))
    # the task's whole cell: a count's members may stand in the achievements cut from it
    return banded(sized, task, text, year)


def money_only(text: str, year: int | None, lead: str = "") -> str:
    """What the progress reports beside an investment (完成投资20760万元): ``"money"`` when it
    counts no objects (whatever count the task gives is the list the money went to, since nothing
    in the progress measures it: 9个重点在建项目 | 累计完成投资20760万元,占年度投资计划31.1%),
    ``"unrated"`` when it counts objects but gives none of them a rate, else ``""``."""
    if not PORTFOLIO_BY_PROGRESS or not text:
        return ""
    counters = mapping("counters.tsv")
    cell = parse(text, year)
    figures = cell.figures
    if not any(dimension(f.unit) == "[currency]" for f in figures):
        return "money" if investment_rates_only(parse(lead + text, year) if lead else cell) else ""
    if not any(counters.get(f.unit) == "object" for f in figures):
        return "money"
    # 20个省重大项目 | 已开工19个,完成投资160.45亿元,完成年度计划的73.87%: counts of projects at a
    # step, none given a rate, beside the money. A rate of a count (开工320个,开工率85.8%) makes
    # the task's count the target it refers to.
    rated = any(_rate_of_count(cell, m.figure, counters) for m in cell.ratios if m.figure is not None)
    return "unrated" if UNRATED_COUNTS and not rated else ""


def staged_counts(text: str, year: int | None) -> list[tuple[str, Decimal]]:
    """The counts of objects a progress text says reached a stage of the work, as ``(unit,
    amount)``: a ``cues.tsv`` member_stage word before the count in its clause (已开工19个,
    目前已开复工7项), none of the remaining words (未开工3个 counts work not begun)."""
    if not STAGED_MEMBERS or not text:
        return []
    counters = mapping("counters.tsv")
    cell = parse(text, year)
    stages, remaining = cue_pattern("member_stage"), cue_pattern("remaining")
    out = []
    for f in cell.figures:
        if counters.get(f.unit) != "object":
            continue
        c0 = cell.clause_start(f.start)
        if stages.search(cell.text, c0, f.start) and not remaining.search(cell.text, c0, f.start):
            out.append((f.unit, to_quantity(f, cell.norm).amount))
    return out


# Switched off only to measure the rule: a progress cell stating only how much of an investment
# plan was done reports money as much as one giving the amount.
INVESTMENT_RATES = True


def investment_rates_only(cell: Cell) -> bool:
    """Every figure of the cell a stated ratio whose own clause names an investment (年度计划投资
    完成率84.48%, 投資完成率61.6%, 完成年度投资计划的88.18%): the progress reports the money, and a
    count of projects beside it (1775个省级重大项目, 21個市州省重點項目) is the group it is said
    of, not a target or an achievement."""
    if not INVESTMENT_RATES or not cell.figures:
        return False
    ratios = {m.figure: m for m in cell.ratios if m.figure is not None}
    money = cue_pattern("investment")
    # a difference of rates beside them (同比提高10.62个百分点, 超時序進度14.8個百分點) counts nothing
    points = dimension("个百分点")
    return bool(ratios) and all(
        (i in ratios and money.search(cell.text, cell.clause_start(ratios[i].start),
                                      cell.figures[i].start) is not None)
        or (i not in ratios and dimension(f.unit) == points)
        for i, f in enumerate(cell.figures))


def money_done(text: str, year: int | None) -> bool:
    """Whether a progress cell reports money spent, not only planned: a sum under an achievement
    or summing word in its clause (1-11月完成投资152.61亿元, 累计完成投资…) or a stated ratio
    (完成年度计划投资的100.5%). ``总投资8.59亿元,年度投资4.54亿元`` plans; it reports nothing."""
    if not text:
        return False
    cell = parse(text, year)
    if cell.ratios:
        return True
    said = cue_pattern("achieved"), cue_pattern("perfective")
    return any(dimension(f.unit) == "[currency]"
               and any(p.search(cell.text, cell.clause_start(f.start), f.start) for p in said)
               for f in cell.figures)


def running_lead(task: str, running: bool) -> str:
    """The words after a running task cell's last figure, when its sentence runs on into the
    progress cell (1775个省级重大项目年度计划投资 | 完成率84.48%): they name what the progress's
    first figure is of. "" for a table's cells or a closed sentence."""
    if not running or not task.strip():
        return ""
    cell = parse(task)  # cached: achieved_tail has built it for the same task
    tail = cell.text[cell.figures[-1].cue_end :] if cell.figures else ""
    return "" if any(ch in tail for ch in SENTENCE_SEPARATORS) else tail


def _rate_of_count(cell: Cell, ratio: int, counters: dict[str, str]) -> bool:
    """A stated ratio whose nearest figure before it, in its sentence, is a count of objects."""
    s0 = cell.sentence_start(cell.figures[ratio].start)
    for j in range(ratio - 1, -1, -1):
        f = cell.figures[j]
        if f.start < s0:
            return False
        if f.unit not in RATE_UNITS:
            return counters.get(f.unit) == "object"
    return False


def portfolio(targets: list[Target], money: bool | str = False, task_text: str = "",
              staged: Sequence[tuple[str, Decimal]] = (), done: bool = False) -> list[Target]:
    """A row that plans an investment (年度计划投资58.3亿元) with a count beside it that no verb
    makes a goal (阿左旗21个, 列入江苏省级重点项目5个): the count is the size of the list of
    projects the money is planned for, not a target. ``实施项目54个``, ``新增外贸企业70家`` and
    ``计划改造187个老旧小区`` stay targets (the action cues and the shared verbs of cues.tsv).
    The same holds when the plan is not written but the progress reports money only
    (``money``, see ``money_only``), and, when it reports money and counts none of which it gives
    a rate (``"unrated"``), for a count that opens its clause and names the list by its size
    (``20个省重大项目``): words before the count (力争策划储备在库项目总量350个) may set a goal the
    progress's own count measures. A list's count (``cues.tsv`` list_noun: ``实施项目54个``) beside
    money spent and no count of its members is the list's size whatever verb names it
    (``MONEY_LISTS``, ``done``: see ``money_done``; decision 16)."""
    planned = any(t.kind == "amount" and dimension(t.unit) == "[currency]" for t in targets)
    if not PORTFOLIO_COUNTS or not (money or planned):
        return targets
    actions, verbs = cue_pattern("action"), cue_pattern("verb")

    def acted(t: Target) -> bool:
        # With no plan written, the task's whole sentence up to the count may make it a goal
        # (推动…等148个在建项目加快施工); a written plan's list is read in the count's own words.
        words = t.quote if planned or t.source != "task" else _sentence_to(task_text, t.quote_end)
        if ACTION_NOUNS:
            # 重大建设项目: an action word that names the kind of project is no verb of the count.
            words = cue_pattern("kind_noun").sub("", words)
        return bool(actions.search(words) or verbs.search(words))

    def sized(t: Target) -> bool:
        return money != "unrated" or planned or t.quote.lstrip().startswith(t.quantity.text)

    def measured(t: Target) -> bool:
        # 20个省重大项目 | 已开工19个,完成投资…: members of the list counted at a stage of the
        # work, in its unit and no more than it, make the list's count their target (decision 16).
        return (money == "unrated" and not planned or STAGED_BESIDE_PLAN) and any(
            unit == t.unit and amount <= t.quantity.amount for unit, amount in staged)

    def listed(t: Target) -> bool:
        # 计划新开工项目69项 | 完成投资…: a list's count, named for its plan or its step, that the
        # progress measures only in money is the list's size whatever verb names it (decision 16)
        return MONEY_LISTS and money == "money" and done and not any(
            amount <= t.quantity.amount for unit, amount in staged if unit == t.unit) and bool(
            cue_pattern("list_noun").search(normalize(t.quote).text))

    return [t for t in targets
            if t.source == "target_column" or mapping("counters.tsv").get(t.unit) != "object"
            or ((acted(t) or not sized(t) or measured(t)) and not listed(t))]


def _sentence_to(text: str, end: int) -> str:
    """``text`` from the start of the sentence holding offset ``end`` up to it."""
    head = text[:end]
    return head[max(head.rfind(c) for c in "。；;！？!?") + 1:]


# Switched off only to measure the rule (evaluation/statement_ablation.py): a list's count whose
# members the text counts only by pace or by band is no target (decision 16; statements pass 23).
BANDED_MEMBERS = True
# ... and so is a list's count that its own clause judges by pace (18件确定事项进展滞后).
PACED_COUNTS = True


def banded(targets: list[Target], task: str, text: str, year: int | None) -> list[Target]:
    """``targets`` without the counts of a list (建设工程23个, 10项重点任务, 项目23项: ``cues.tsv``
    list_noun) whose members the rest of the sentence counts only by pace or by band
    (达到和基本达到18个; 2项完成80%以上; 112项总体达到…要求,5项未达到进度要求; 未达序时进度2项) or
    judges all at once by pace (均达序时进度). Decision 16: such counts are verdicts on the members,
    no work done; taken as a target they would set 18 of 23 "at pace" against the year's pace. A
    member counted at a stage of the work (2项已完成, 开工7个) keeps the count a target."""
    if not BANDED_MEMBERS:
        return targets
    counters, lists = mapping("counters.tsv"), cue_pattern("list_noun")
    # Each cell is read once, the task's run on into the progress (its count's sentence may end
    # there), and every count looks only at its own sentence: the cost stays linear in the cell.
    joints = {"task": task + ("," + text if text else ""), "progress": text}
    read: dict[str, tuple[Cell, list[int], list[int]]] = {}
    out = []
    for t in targets:
        if t.source in joints and counters.get(t.unit) == "object":
            if t.source not in read:
                cell = parse(joints[t.source], year)
                read[t.source] = (cell, [f.start for f in cell.figures], [m.start for m in cell.verdicts])
            cell = read[t.source][0]
            p = cell.norm.folded(t.quote_end)
            words = normalize(t.quote).text + cell.text[p : cell.clause_end(p)]
            if lists.search(words) and _members_banded(t, *read[t.source]):
                continue
        out.append(t)
    return out


def _members_banded(t: Target, cell: Cell, starts: list[int], verdict_starts: list[int]) -> bool:
    """Whether ``cell`` counts the members of the list ``t`` counts only by pace or by band in the
    count's sentence (``banded``). ``starts`` and ``verdict_starts`` are the offsets of the cell's
    figures and verdict mentions, sorted, so each count finds its sentence's by bisection."""
    body = cell.text
    p = cell.norm.folded(t.quote_end)  # the count's sentence from the count on
    end, c_end = cell.sentence_end(p), cell.clause_end(p)
    bands, stages = cue_pattern("member_band"), cue_pattern("member_stage")
    if PACED_COUNTS and any(m.value in ("lagging", "on_track") and not m.partial for m in
                            cell.verdicts[bisect_left(verdict_starts, p) : bisect_left(verdict_starts, c_end)]):
        # 18件确定事项进展滞后, 近十个项目进度缓慢: the count is itself of the members at a pace,
        # a band (decision 16), not the list's size the year is to reach
        return True
    perfective = cue_pattern("perfective")
    first, last = bisect_left(starts, p), bisect_left(starts, end)
    members = [i for i in range(first, last) if cell.figures[i].unit == t.unit
               and to_quantity(cell.figures[i], cell.norm).amount <= t.quantity.amount]
    if not members:
        # 项目7项,均达序时进度: one verdict said of every member, in the clause right after the count
        rest = body[p:end].lstrip("，,、 ")
        clause = rest[: min((rest.find(c) for c in "，,;；。" if c in rest), default=len(rest))]
        d = cue_pattern("distributive").search(clause)
        return d is not None and bands.search(clause, d.end()) is not None and not any(ch.isdigit() for ch in clause)
    for i in members:
        f = cell.figures[i]
        c0, c1 = cell.clause_start(f.start), cell.clause_end(f.start)
        clause = body[c0:c1]
        if stages.search(clause) or perfective.search(clause):
            return False
        # a percentage after the member in its clause bands it (2项完成80%以上)
        later = any(g.unit == "%" for g in cell.figures[i + 1 : bisect_left(starts, c1)])
        if not (bands.search(clause) or later):
            return False
    return True
