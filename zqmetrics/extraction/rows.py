"""The whole pipeline over a report frame: read → extract → align → assess → records.

Each row is processed on its own and guarded: an exception inside one row marks that row
``unclear`` with the reason, and the batch goes on. No row is ever dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from zqmetrics.extraction.actuals import extract_actuals
from zqmetrics.extraction.align import unit_key as _unit_key
from zqmetrics.extraction.candidates import with_target
from zqmetrics.extraction.columns import column_actuals, column_targets, verdict_in
from zqmetrics.extraction.elsewhere import written_elsewhere
from zqmetrics.extraction.figures import in_part, is_descriptive, metric_phrase, noun_after
from zqmetrics.extraction.milestones import milestones
from zqmetrics.extraction.portfolio import counted_at_stage, list_counts
from zqmetrics.extraction.quotients import agrees, checked_by_quotient, compared
from zqmetrics.extraction.results import asserted_verdicts, reports_result
from zqmetrics.extraction.running import START, Running, after, begin
from zqmetrics.extraction.shares import bare_share
from zqmetrics.extraction.tails import achieved_tail, moved_to_cells, period_lead, task_date
from zqmetrics.extraction.targets import task_targets
from zqmetrics.read.frame_rows import row_records, with_columns
from zqmetrics.text.cells import cell_text
from zqmetrics.text.clauses import parse
from zqmetrics.text.cues import cue_pattern, strip_words
from zqmetrics.text.quantity import read_figures, to_quantity
from zqmetrics.text.target_words import heads_sentence
from zqmetrics.text.units import dimension
from zqmetrics.text.verdict_forms import whole_verdict
from zqmetrics.types import RATE_UNITS, Actual, Kind, Target

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def missing(value: Any) -> bool:
    """None, NaN or pandas.NA (whose truth value cannot be asked)."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return True


def _year(attrs: Mapping[str, Any], row: Any) -> int | None:
    year = row.get("year") if hasattr(row, "get") else None
    if missing(year):
        year = attrs.get("year")
    try:
        return None if year is None or missing(year) else int(year)
    except (TypeError, ValueError):
        return None


# Sections of a prose report whose figures are not this year's targets (see read/prose.py).
NOT_TARGET_SECTIONS = {"review", "multi_year", "other"}


def _month(row: dict[str, Any], frame_month: Any) -> int | None:
    label = row.get("data_month")
    label = label if isinstance(label, str) and label else frame_month
    try:
        return int(str(label)[5:7]) if isinstance(label, str) and len(label) >= 7 else None
    except ValueError:
        return None


def _progress_targets(progress: str, year: int | None, known: list[Target]) -> list[Target]:
    """Targets a progress clause names beside its figures (12个…已完成7个, 年度目标(40场)):
    kept unless the task already sets the same figure."""
    cell = parse(progress, year)
    figures = list(cell.figures)  # once: a copy per role was quadratic in a crowded cell
    out = []
    for m in cell.roles:
        if m.figure is None:
            continue
        f = cell.figures[m.figure]
        q = to_quantity(f, cell.norm)
        if any(t.quantity.amount == q.amount and t.unit == q.unit for t in known):
            continue
        phrase, left = metric_phrase(cell, f, figures, m.figure)
        noun = noun_after(cell, f)
        kind: Kind = "level" if q.unit in RATE_UNITS else "amount"
        q0, q1 = cell.norm.span(left, f.cue_end)
        out.append(Target(strip_words(phrase + noun) or noun, q, kind, cell.norm.original[q0:q1],
                          q0, q1, source="progress"))
    return out


# Switched off only to measure the rules (evaluation/statement_ablation.py).
GOALS_IN_PROGRESS = True
# ... and a figure the report's verdict judges in a sentence that reports no result (项目23项,
# 未达序时进度2项为:…) is the target it judges, whatever verb opens its clause.
VERDICT_TARGETS = True
REQUIREMENTS_IN_PROGRESS = True


def _goals_in_progress(progress: str, year: int | None, known: list[Target],
                       running: bool = True) -> list[Target]:
    """In a running text, figures of a progress cell that set goals rather than report results:
    the task's sentence going on past the cell boundary (建设阳光颐养园等10个长者食堂), a target
    restated beside its status (推动“美丽海岸带”建设2公里未启动), a plan (该项目计划投资480万元).

    A figure is a goal when its clause opens with a goal verb or a plan word (``cues.tsv`` verb,
    plan) and nothing in its sentence reports a result: no 已, no achievement verb, no period word,
    no stated ratio, no verdict that it is done. A figure under a requirement word (``cues.tsv``
    requirement: 不低于, 不得高于) is one whatever the sentence says of it (城市低保标准不低于430元/月,
    已达标). Figures the task already sets are left alone.
    """
    if not GOALS_IN_PROGRESS:
        return []
    required = cue_pattern("requirement")
    # read_figures: the cell normalised once (its figures were read before its goals are)
    if not running and not (REQUIREMENTS_IN_PROGRESS
                            and required.search(read_figures(progress)[0].text)):
        return []  # a table's progress cell sets a goal only under a requirement word
    cell = parse(progress, year)
    text = cell.text
    if running and any(heads_sentence(text, s + 1) for s in (-1, *cell.sentence_seps)):
        # 目标任务:…。 …: the heading says which sentence sets the goals; the others report
        # (新增贷款户7645户 after 目标任务:…新增贷款户5000户 is the result, not a second goal).
        running = False
    verbs, plans = cue_pattern("verb"), cue_pattern("plan")
    results, contents = cue_pattern("achieved"), cue_pattern("contents")
    figures = list(cell.figures)
    out: list[Target] = []
    for i, f in enumerate(figures):
        if cell.of_figure(i) is not None or is_descriptive(cell, f) or in_part(cell, f.start):
            continue
        c0 = cell.clause_start(f.cue_start)
        clause = text[c0 : f.cue_start]
        # 城市低保标准不低于430元/月,…,已达标: a requirement stays one beside the word that it is met.
        own = text[c0 : f.start]  # with the figure's own comparator (不低于430元/月)
        requirement = REQUIREMENTS_IN_PROGRESS and bool(required.search(own)) and "已" not in own
        if not requirement:
            if not running:
                continue  # a table's progress cell is written apart from its task
            s0, s1 = cell.sentence_start(f.start), cell.sentence_end(f.start)
            sentence = text[s0:s1]
            if (f.unit in RATE_UNITS or "已" in sentence or results.search(sentence)
                    or any(s0 <= c.start < s1 for c in cell.periods)
                    or any(s0 <= m.start < s1 for m in cell.ratios)
                    or any(s0 <= m.start < s1 and m.value == "done" for m in asserted_verdicts(cell))):
                continue
            # 项目23项,未达序时进度2项; 推动…建设2公里未启动: the report's verdict on the work the
            # figure sizes, with no result said, judges that figure as the target
            judged = VERDICT_TARGETS and any(
                m.start >= f.cue_end and m.value in ("on_track", "lagging", "not_started")
                and not m.partial and not any(f.cue_end <= g.start < m.start for g in figures)
                # a predicate (…2公里未启动; 项目7项,均达序时进度), not a noun's attribute (46个未开工项目)
                and (cell.clause_start(m.start) != c0 or not text[m.end : cell.clause_end(m.start)].strip())
                for m in asserted_verdicts(cell) if m.start < s1)
            if (not judged and (not (verbs.match(strip_words(clause)) or plans.search(clause))
                                or contents.search(clause))) or counted_at_stage(clause):
                continue  # 開工174項: members counted at a stage report the work (decision 16)
        q = to_quantity(f, cell.norm)
        if any(t.quantity.amount == q.amount and t.unit == q.unit for t in known):
            continue
        phrase, left = metric_phrase(cell, f, figures, i)
        noun = noun_after(cell, f)
        q0, q1 = cell.norm.span(left, f.cue_end)
        name = strip_words(phrase if noun and noun in phrase else phrase + noun) or noun
        kind = "level" if f.unit in RATE_UNITS or " / " in dimension(f.unit) else "amount"
        out.append(Target(name, q, kind, cell.norm.original[q0:q1],  # type: ignore[arg-type]
                          q0, q1, source="progress"))
    return out


def _listed(a: Actual, b: Actual) -> bool:
    """Two stated ratios listed side by side (100%、100.1%)."""
    return a.stated and b.stated and 0 <= b.start - a.end <= 2


# Layouts whose task and progress cells are cut from one running text (a sentence may run on
# from one into the other); a table's cells are written apart.
RUNNING_LAYOUTS = frozenset({"prose", "numbered_items", "bulletin"})


# Switched off only to measure the rule (evaluation/statement_ablation.py).
IMPLIED_BESIDE_TARGETS = True


def _implied(targets: list[Target], actuals: list[Actual]) -> tuple[list[Target], list[Actual]]:
    """A figure followed by the ratio it is of (改造3057个,完成年度任务的100%) whose target is not
    written implies the target (figure ÷ ratio), labelled implied; both are aligned to it.

    A row may write other targets that no figure measures: a ratio and a figure that no written
    target holds, in a unit none of them has (新增外资项目62个 … 完成协议注册外资6.33亿美元,完成年度
    目标的57.62%), state the completion of a target the row leaves unwritten, the row's only
    evidence. Implied targets follow the written ones.
    """
    if targets and (not IMPLIED_BESIDE_TARGETS
                    or any(a.target_index is not None for a in actuals)):
        # A row whose written targets are measured has its evidence; a ratio beside them is of
        # something else (省级财政补助资金下达…,完成年度计划的104.44%: the money, not the places).
        return targets, actuals
    held = {_unit_key(t.unit) for t in targets}
    out_t: list[Target] = []
    out_a = list(actuals)
    for i, a in enumerate(actuals):
        if not a.stated or a.quantity.amount <= 0 or out_a[i].target_index is not None:
            continue
        # 新开工11万套、基本建成13.21万套,分别完成年度任务的100%、100.1%: the n-th of a list of
        # ratios is of the n-th of the figures listed before it.
        first = i
        while first > 0 and _listed(actuals[first - 1], actuals[first]):
            first -= 1
        last = i
        while last + 1 < len(actuals) and _listed(actuals[last], actuals[last + 1]):
            last += 1
        back = (last - first + 1) - (i - first)
        figures = [j for j in range(first - 1, -1, -1) if not actuals[j].stated
                   and "plan" not in actuals[j].cues and not compared(actuals[j])]
        prev = figures[back - 1] if len(figures) >= back else None
        if prev is None or out_a[prev].target_index is not None:
            continue
        base = actuals[prev]
        if base.unit in RATE_UNITS or a.quote_start - base.quote_end > 40:
            continue
        if targets and (_unit_key(base.unit) in held or "measure" in a.cues):
            # A figure of a written target's unit measures that target or none; beside written
            # targets, only a ratio that names the year's whole (完成年度目标的57.62%) states the
            # completion of an unwritten one (开工34个,开工率72% is the rate of a step).
            continue
        pair = _written_whole(actuals, out_a, prev, i) if WRITTEN_WHOLE else None
        if pair is not None:
            # The whole the ratio is of is written (全年新谋划重大产业项目200项以上。…新谋划重大项目
            # 193项,任务完成率达到96%; 已完成投资224.17亿元,占年度计划投资(184.08亿元)的121.79%):
            # it is the target, not an implied one, and the figure over it is what measures it.
            prev, whole = pair
            base, w = actuals[prev], actuals[whole]
            out_t.append(Target(w.metric, w.quantity, "amount", w.quote, w.quote_start, w.quote_end,
                                source="progress"))
            out_a[whole] = replace(w, target_index=-1)  # dropped below: it is the target
        else:
            value = base.quantity.amount * Decimal(100) / a.quantity.amount
            q = replace(base.quantity, amount=value.quantize(Decimal("0.01")), amount_max=None,
                        comparator="exact")
            out_t.append(Target(base.metric, q, "amount", base.quote, base.quote_start,
                                base.quote_end, source="progress", implied=True))
        k = len(targets) + len(out_t) - 1
        out_a[prev] = with_target(base, k)
        out_a[i] = with_target(a, k)
    return targets + out_t, [a for a in out_a if a.target_index != -1]


# Switched off only to measure the rule (evaluation/statement_ablation.py).
WRITTEN_WHOLE = True


# The whole's own figure inside a ratio's words stands at most this far before the ratio (占年度计划
# 投资(184.08亿元)的121.79%).
WHOLE_INSIDE = 6


def _agrees(part: Actual, whole: Actual, ratio: Actual) -> bool:
    """Whether ``part`` over ``whole`` is ``ratio`` as written (rounded, cut or a little off)."""
    return agrees(part.quantity.amount, whole.quantity.amount, ratio.quantity.amount)


def _written_whole(actuals: list[Actual], aligned: list[Actual], base: int,
                   ratio: int) -> tuple[int, int] | None:
    """The figure a stated ratio is of and the written whole it is of, as indices, or None.

    The whole is a figure no target holds, in the unit of the other, that the ratio makes the
    whole: the other over it is the ratio as written. It stands before both (全年新谋划…200项以上。
    …193项,任务完成率达到96%: 193 of 200 is 96.5%), or inside the ratio's own words, right before
    it, the figure it is of before that (完成投资224.17亿元,占年度计划投资(184.08亿元)的121.79%)."""
    b, r = actuals[base], actuals[ratio]

    def free(j: int, unit: str) -> bool:
        w = actuals[j]
        return (not w.stated and aligned[j].target_index is None and w.unit == unit
                and w.quantity.amount > 0 and not compared(w))

    earlier = [j for j in range(base - 1, -1, -1) if free(j, b.unit)]
    if 0 <= r.start - b.end <= WHOLE_INSIDE:
        # the figure right before the ratio is its whole when one before it is what it measures
        of = next((j for j in earlier if _agrees(actuals[j], b, r)), None)
        if of is not None:
            return of, base
    whole = next((j for j in earlier if _agrees(b, actuals[j], r)), None)
    return (base, whole) if whole is not None else None


def extract_row(
    task: Any, progress: Any, year: int | None, section: Any = None,
    row: dict[str, Any] | None = None, frame_month: Any = None, before: Running = START,
) -> tuple[list[Target], list[Actual], dict[str, str] | None, str | None]:
    """Targets, actuals and the report's own verdict of one row, and an error reason if
    extraction itself failed. ``before``: what the rows before it in the same running text said
    (see :mod:`zqmetrics.extraction.running`)."""
    if isinstance(section, str) and section in NOT_TARGET_SECTIONS:
        return [], [], None, None
    row = row or {}
    try:
        task_text, text = cell_text(task), cell_text(progress)
        running = row.get("layout") in RUNNING_LAYOUTS
        # The status cell's verdict: the heading a result line is read under, and the row's own.
        heading = verdict_in(cell_text(row.get("status_text")))
        cut = achieved_tail(task_text, text, year, running)
        if cut is None and running:
            # A line that only reports a result (完成燃气管网改造128公里 under a report of work
            # done, or in an article): the whole task cell is read with the progress, as achievements.
            if reports_result(task_text, text, heading["status"] if heading else None, before.report,
                              row.get("layout") == "prose" and not before.listing, before.account):
                cut = 0
        tail = task_text[cut:] if cut is not None else ""
        targets = column_targets(row) + task_targets(task_text, cut, running)
        task_text = task_text[:cut] if cut is not None else task_text
        targets += _progress_targets(text, year, targets) if text else []
        goals = _goals_in_progress(text, year, targets, running) if text else []
        targets += goals
        targets = list_counts(targets, cell_text(task), task_text, text, year, running)
        columns = column_actuals(row, targets, _month(row, frame_month))
        if tail:
            # The achievements the task reports are read with the progress text, before it (the
            # sentence may run on into it); their offsets are put back into the cell they are in.
            joint = "," if text and tail[-1:] not in "，,;；。" else ""
            lead = period_lead(text, year)
            read = extract_actuals(text[:lead] + tail + joint + text[lead:], targets, year)
            head = lead + len(tail) + len(joint)
            actuals = columns + [moved_to_cells(a, cut, head, lead) for a in read]  # type: ignore[arg-type]
        elif running and (date := task_date(task_text, text, year)):
            # The task's last sentence gives the date and runs on into the progress (…截至10月底,
            # 全市 | 已改造户厕31万座): its figures are read under that date, their offsets kept.
            read = extract_actuals(date + "," + text, targets, year)
            actuals = columns + [moved_to_cells(a, 0, len(date) + 1) for a in read]  # type: ignore[arg-type]
        else:
            actuals = columns + extract_actuals(text, targets, year)
        # A stated ratio no target holds, checked by arithmetic against the figure before it
        # and a written target (开工建设160个,开工率为86.5%: 160 of 185); columns are their own.
        actuals = actuals[:len(columns)] + checked_by_quotient(actuals[len(columns):], targets)
        if goals:  # a goal's own figure reports nothing
            spans = {(g.start, g.end) for g in goals}
            actuals = [a for a in actuals if "task" in a.cues or (a.start, a.end) not in spans]
        targets, actuals = _implied(targets, actuals)
        targets, actuals = milestones(targets, actuals, task_text, text)
        # A change against another period, the pace or a place (candidates.CHANGES), or the size of
        # a list a plan sentence states (candidates.LIST_SIZES_IN_PLANS), that measures no target of
        # the row is no progress (second round, item 11: changes and planned figures are no actuals).
        # So is a count of work not done or under way (candidates.PENDING), a total's parts by
        # place (candidates.BREAKDOWNS: second round, item 7) and a share of a result
        # (candidates.SHARES).
        actuals = bare_share(text, targets, running, [a for a in actuals if a.target_index is not None
                             or not {"change", "size", "pending", "breakdown", "share"} & set(a.cues)])
        verdict = heading
        if verdict is None and text:
            cell = parse(text, year)
            found = whole_verdict(cell.text, cell.verdicts)
            if found is not None:
                start, end = cell.norm.span(found.start, found.end)
                verdict = {"status": found.value, "quote": text[start:end]}
        return targets, actuals, verdict, None
    except Exception as exc:  # one bad row must not stop a batch; the row says what went wrong
        return [], [], None, f"extraction failed: {type(exc).__name__}: {exc}"


# The columns extraction adds to a report's rows.
EXTRACTED = ("targets", "actuals", "verdict", "extract_issue")


def extract_rows(rows: Iterable[dict[str, Any]], attrs: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Each row record (as the reader gives it) with ``EXTRACTED`` added, as a new dict.

    Stages hand each other row records; a DataFrame is built only at the public API.
    """
    month = attrs.get("data_month")
    out = []
    state, rows = begin(attrs, rows)
    for row in rows:
        targets, actuals, verdict, issue = extract_row(
            row.get("task"), row.get("progress"), _year(attrs, row), row.get("section"), row, month,
            state,
        )
        # A result line (no target left, achievements read from its task cell) or a row the report
        # says is done carries the report, and the done verdict that opened it, to the next line.
        state, verdict = after(state, row, row.get("layout") in RUNNING_LAYOUTS, verdict,
                               not targets and any("task" in a.cues for a in actuals))
        out.append({**row, "targets": targets, "actuals": actuals, "verdict": verdict,
                    "extract_issue": issue})
    return written_elsewhere(out)


def extract(frame: pd.DataFrame) -> pd.DataFrame:
    """A new frame with ``targets``, ``actuals`` (lists of result objects), ``verdict`` and
    ``extract_issue``. The caller's frame is not modified.
    """
    rows = extract_rows(row_records(frame), frame.attrs)
    return with_columns(frame, {key: [row[key] for row in rows] for key in EXTRACTED})
