"""A task cell that goes on to report progress: where its achievements start (the figure a stated
completion is of, and what follows it), and how figures read with the progress are put back into
the cell they stand in. Used by :func:`zqmetrics.extraction.rows.extract_row`."""

from __future__ import annotations

import re
from dataclasses import replace

import zqmetrics.extraction.targets as targets
from zqmetrics.extraction.figures import clause_end_of, is_descriptive
from zqmetrics.extraction.portfolio import investment_rates_only
from zqmetrics.text.clauses import Cell, parse, stated_forms
from zqmetrics.text.cues import cue_alternation, cue_pattern, cue_words
from zqmetrics.text.lexicon import derived, mapping
from zqmetrics.text.quantity import has_figure
from zqmetrics.text.segment import CLAUSE_SEPARATORS, SENTENCE_SEPARATORS
from zqmetrics.types import RATE_UNITS, Actual

# Switched off only to measure the rule (evaluation/statement_ablation.py).
ACHIEVED_IN_TASK = True
# The first stated ratio of a progress cell opens it when at most this many characters stand
# before it (农村危房改造竣工3493户 | (不含宿松县),竣工率100.5%).
OPENING_RATIO = 16


def _base_of(cell: Cell, ratio: int, run: int) -> int | None:
    """The figure a stated ratio (figure index ``ratio``, the first of a run of ``run`` listed
    ones) is of: the ``run``-th figure of another unit before it in its sentence, or None."""
    figures = cell.figures
    s0 = cell.sentence_start(figures[ratio].start)
    before = [j for j in range(ratio - 1, -1, -1)
              if figures[j].start >= s0 and figures[j].unit not in RATE_UNITS]
    return before[run - 1] if len(before) >= run else None


def _cut_before(cell: Cell, base: int) -> int:
    """Where the achievement of figure ``base`` starts: its clause, after any figure the clause
    marks as the target (65件民生实事已完成26件)."""
    f = cell.figures[base]
    start = cell.clause_start(f.cue_start)
    for j in range(base - 1, -1, -1):
        g = cell.figures[j]
        if g.cue_end <= start:
            break
        mention = cell.of_figure(j)
        if mention is not None and mention.kind == "role":
            return g.cue_end
    return start


def moved_to_cells(a: Actual, cut: int, head: int, lead: int = 0) -> Actual:
    """An actual read from ``lead + tail + progress`` (``lead``: the progress cell's opening period
    clause, ``head``: where the progress after it starts): offsets into the progress cell, or, for
    a figure of the task's tail (cue ``task``), into the task cell (the tail starts at ``cut``)."""
    in_tail = lead <= a.quantity.start < head
    shift = cut - lead if in_tail else 0 if a.quantity.start < lead else lead - head
    cues = (*a.cues, "task") if in_tail else a.cues
    q = replace(a.quantity, start=a.quantity.start + shift, end=a.quantity.end + shift)
    return replace(a, quantity=q, quote_start=max(0, a.quote_start + shift),
                   quote_end=a.quote_end + shift, cues=cues)


# Switched off only to measure the rule (evaluation/statement_ablation.py): a running sentence cut
# into task and progress keeps its date, in whichever of the two cells it stands.
CUT_SENTENCE_DATE = True


def period_lead(progress: str, year: int | None) -> int:
    """The length of a period clause that opens a progress cell (``截至7月底,``, ``1—8月,``), or 0.

    A running text's sentence opens with its date and goes on with its subject (截至7月底,全省有
    2389个…项目已开工): cut into task and progress, the date stands at the head of the progress
    cell, and it covers the figures of the task's tail as much as those after it."""
    if not CUT_SENTENCE_DATE or not progress:
        return 0
    cell = parse(progress, year)
    first = cell.periods[0] if cell.periods else None
    if (first is None or first.period not in ("ytd", "quarter") or cell.text[: first.start].strip()
            or cell.text[first.end : first.end + 1] not in (",", ":")):
        return 0
    return cell.norm.span(0, first.end + 1)[1]


# Switched off only to measure the rule (evaluation/statement_ablation.py).
CHANGE_BEFORE_RATIO = True


def _opens_with_ratio(cell: Cell) -> bool:
    """A cell whose first figure, near its start and in its first sentence, is a stated ratio;
    changes against another period before it (同比增长21.7%;完成全年任务的69.3%) are passed over,
    with the sentence they close (statements pass 18)."""
    figures, k, opening = cell.figures, 0, 0
    while k < len(figures) and figures[k].cue_start <= opening + OPENING_RATIO:
        f = figures[k]
        # a change (a compare cue opens its clause before it) is passed over, unless it is the last
        if not (CHANGE_BEFORE_RATIO and k < len(figures) - 1
                and cell.last_cue_before("compare", f.start) >= cell.clause_start(f.cue_start)):
            mention = cell.of_figure(k)
            return (mention is not None and mention.kind == "ratio"
                    and f.start < cell.sentence_end(opening))
        opening, k = f.cue_end + 1, k + 1
    return False


# Switched off only to measure the rule (evaluation/statement_ablation.py).
PARTS_OF_WHOLE = True


@derived
def _partitive() -> re.Pattern[str]:
    """The words between a counted whole and the count of its part: the whole's noun (no figure,
    no clause mark, a few characters) closed by a word of ``cues.tsv`` partitive, a comma and a
    second such word at most (40个非城建类实事项目中,有10个)."""
    words = cue_alternation("partitive")
    return re.compile(f"^[^\\d,;。、:()（）]{{1,12}}?(?:{words})(?:,(?:{words})?)?$")


def _part_of_whole(cell: Cell, progress: str, year: int | None) -> int | None:
    """Where the count of a part of the counted whole before it starts (50个争取开工项目中23个项目 |
    已经开工): the part, no larger than the whole and of its unit, in the whole's sentence, and said
    done or started in its clause (the progress's first clause when the task ends with it), is what
    the report found done, no target; None when the cell holds no such pair. A part said to lag
    (108個續建項目有12個項目推進不理想) is left as it was."""
    figures = cell.figures
    for k in range(1, len(figures)):
        whole, part = figures[k - 1], figures[k]
        if (whole.unit != part.unit or part.unit in RATE_UNITS or part.amount > whole.amount
                or cell.sentence_start(part.start) > whole.start
                or not _partitive().match(cell.text[whole.cue_end : part.cue_start])):
            continue
        end = cell.clause_end(part.cue_end)
        said = cell.text[part.cue_end : end]
        if end >= len(cell.text) and progress.strip():
            runs_on = parse(progress, year).text
            said += runs_on[: clause_end_of(runs_on, CLAUSE_SEPARATORS)]
        if cue_pattern("achieved").search(said) or cue_pattern("step").search(said):
            return part.cue_start
    return None


# Switched off only to measure the rule (evaluation/statement_ablation.py).
STEP_RATES_OF_LISTS = True


def _rate_of_list(cell: Cell, figure: int, progress: Cell) -> bool:
    """Whether the progress opens with the rate of a step (開復工率100%, 开工率72%) that the task's
    last figure does not name (11個市級重點項目): the rate is of that list, the figure its whole,
    no achievement (52个续建项目45个复工 | 复工率87% names it: 45 are what was done)."""
    first = next((m for m in progress.ratios if m.figure is not None), None)
    if first is None:
        return False
    said = progress.text[progress.clause_start(first.start) : first.start]
    steps = [w for w in cue_words("step") if w in said]
    f = cell.figures[figure]
    # the running sentence may go on in the progress cell (全省有2389个 | …项目已开工,开工率…)
    own = (cell.text[cell.clause_start(f.cue_start) : cell.clause_end(f.cue_end)]
           + progress.text[: progress.clause_start(first.start)])
    return bool(steps) and not any(w in own for w in steps)


def achieved_tail(task: str, progress: str, year: int | None, running: bool) -> int | None:
    """Where a task cell stops setting targets and starts reporting what was done, as an offset
    into ``task``, or None when it sets targets only.

    A stated completion is of what was achieved, never of the target itself: the figure before
    ``超额完成20%`` or ``分别完成目标任务的101.4%、114.7%`` (the n-th figure back for the first of n
    listed ratios) opens the report of progress, with everything after it. In a running text the
    sentence may go on in the progress cell (``…完工2985公里`` | ``完工率92.83%``): a progress
    cell that opens with a stated ratio makes the task's last figure an achievement too. A rate
    named in the task (开工率达到90%) and a ratio under a plan cue (力争完成年度目标的100%) are
    targets, not reports.
    """
    if not ACHIEVED_IN_TASK or not task.strip() or not has_figure(task):
        return None  # no figure in the task, nothing achieved in it: no clause model built
    cell = parse(task)  # no year (no period cue is read here): the model targets reuse
    cuts = []
    ratios = [m for m in cell.ratios if m.figure is not None]
    for k, m in enumerate(ratios):
        if m.value == "measure" or (k and ratios[k - 1].figure == m.figure - 1):  # type: ignore[operator]
            continue
        c0 = cell.clause_start(m.start)
        form = stated_forms().search(cell.text, c0, m.start)  # 完成目标任务的: its own words
        if cue_pattern("plan").search(cell.text, c0, form.start() if form else m.start):
            continue
        run = 1
        while k + run < len(ratios) and ratios[k + run].figure == m.figure + run:  # type: ignore[operator]
            run += 1
        base = _base_of(cell, m.figure, run)  # type: ignore[arg-type]
        cuts.append(_cut_before(cell, base) if base is not None else cell.clause_start(m.start))
    last = len(cell.figures) - 1
    if (running and not cuts and last >= 0 and _opens_with_ratio(parse(progress, year))
            and cell.figures[last].unit not in RATE_UNITS and cell.of_figure(last) is None
            and not is_descriptive(cell, cell.figures[last])
            and not (STEP_RATES_OF_LISTS and _rate_of_list(cell, last, parse(progress, year)))
            and not (mapping("counters.tsv").get(cell.figures[last].unit) == "object"
                     and investment_rates_only(parse(cell.text[cell.figures[last].cue_end :] + progress, year)))
            and not any(ch in SENTENCE_SEPARATORS for ch in cell.text[cell.figures[last].cue_end :])):
        cuts.append(_cut_before(cell, last))
    if PARTS_OF_WHOLE and (part := _part_of_whole(cell, progress, year)) is not None:
        cuts.append(part)
    if targets.BRACKETED_TARGETS and (done := targets.bracketed(cell)) is not None:
        cuts.append(_cut_before(cell, done))
    if not cuts:
        return None
    return cell.norm.span(min(cuts), min(cuts) + 1)[0]


def task_date(task: str, progress: str, year: int | None) -> str:
    """The end of a task cell, from a period cue on, when the cell's last sentence runs on into
    the progress cell (…全市本年度计划提升改造农村户厕29.59万座,截至10月底,全市 | 已改造户厕31万座):
    the date covers the progress's first figures, which stand in its sentence. "" when the task's
    last sentence is closed, holds no period cue, or has a figure after it (then the figure is the
    date's own)."""
    if not CUT_SENTENCE_DATE or not task.strip() or not progress.strip():
        return ""
    if task.rstrip()[-1:] in "。!?！？;；":
        return ""
    cell = parse(task, year)
    s0 = cell.sentence_start(len(cell.text))
    # 到10月底/至年底 in a task is a deadline (力争到10月底完成), not the date of what is reported.
    cues = [c for c in cell.periods if c.start >= s0 and c.period in ("ytd", "quarter")
            and not c.text.startswith(("到", "至"))]
    if not cues or any(f.start >= cues[-1].start for f in cell.figures):
        return ""
    return task[cell.norm.span(cues[-1].start, cues[-1].end)[0] :]
