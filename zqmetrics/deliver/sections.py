"""The supervisor's list: what a 督查室 chases, in four sections, one line per target.

Sections, in the order they are chased:

- ``lagging`` (滞后): a target with a year-to-date figure (or a stated completion, or a level)
  behind the pace expected at the figure's date.
- ``not_started`` (未启动): targets of a task whose progress text says the work has not begun;
  targets whose figure is zero, even beside reached ones; tasks without a numeric target whose
  text says not started (one line for the task).
- ``unclear`` (进展不明): targets that no figure measures (保障房1466套: 积极筹集…), figures that
  cannot show pace (one quarter only, period not stated), and rows the reader could not understand.
- ``mismatch`` (自报与测算不一致): the report's own completion ratio more than two points from the
  one its figures give, or its own verdict (a ``verdict`` column, when the judgement adds one)
  against the computed status.

Inside a section, lines are grouped by lead unit (the first responsible unit): the group with the
worst line first (severity, then the larger gap), then the larger group; worst line first inside
a group. Groups never mix reports (``source``). Nothing is dropped: every target that is not done
or on pace appears in a section, and so does every not-started task.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from zqmetrics.deliver.labels import check_lang, fill, label, percent, period_text, status_label
from zqmetrics.deliver.reasons import (
    disagrees,
    not_started_reason,
    stated_pair,
    target_name,
    target_reason,
    task_reasons,
    verdict_reason,
)
from zqmetrics.deliver.tables import (
    as_number,
    as_text,
    display_title,
    ensure_assessed,
    is_missing,
    split_contact,
)
from zqmetrics.read.frame_rows import row_records
from zqmetrics.read.periods import parse_period

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from zqmetrics.deliver.changes import Change

SECTIONS: tuple[str, ...] = ("lagging", "not_started", "unclear", "mismatch")
STATUSES: tuple[str, ...] = ("done", "on_track", "lagging", "not_started", "unclear",
                             "no_numeric_target")
_SEVERITY_RANK = {"severe": 0, "moderate": 1, "mild": 2}


@dataclass(frozen=True, slots=True)
class Item:
    """One line of the list: one target of a task (``target_index``), or the task itself."""

    section: str
    row: int  # position of the task in the assessed frame
    seq: str
    target_index: int | None
    metric: str
    status: str  # the target's status; the task's for a line about the task itself
    severity: str | None
    completion: float | None
    expected: float | None
    gap: float | None  # share behind the pace (positive = behind)
    required_pace: float | None
    reason: str
    lead_unit: str
    source: str


@dataclass(frozen=True, slots=True)
class Task:
    """A task as the deliverables show it."""

    row: int
    seq: str
    task: str
    progress: str
    plan: str
    units: tuple[str, ...]
    office: str
    phone: str
    contact: str
    status: str
    severity: str | None
    completion: float | None
    expected: float | None
    n_targets: int
    reasons: tuple[str, ...]
    headline: str  # the reason that decided the status (the lagging target furthest behind …)
    source: str
    record: dict[str, Any] = field(repr=False, compare=False)
    change: Change | None = None  # against the previous report, with a history (--db)

    @property
    def lead_unit(self) -> str:
        return self.units[0] if self.units else ""


@dataclass(frozen=True, slots=True)
class UnitSummary:
    unit: str
    source: str
    tasks: int
    targets: int
    counts: dict[str, int]
    items: int
    mean_completion: float | None  # of targets with a figure, each capped at 100%
    expected: float | None
    rank: int | None


@dataclass(frozen=True, slots=True)
class Meta:
    title: str
    place: str
    period: str
    period_text: str
    data_month: str
    generated: str
    sample: bool
    lang: str
    report_month: int | None

    def heading(self, what: str = "", *, with_title: bool = True) -> str:
        """The title every output shows, marked 示例报告 for the bundled sample."""
        text = fill("title_list", self.lang, title=self.title, list=what).strip() \
            if what and self.title and with_title else (what or self.title)
        return fill("title_sample", self.lang, sample=label("word.sample", self.lang),
                    title=text) if self.sample else text


@dataclass(frozen=True, slots=True)
class SupervisionList:
    meta: Meta
    items: tuple[Item, ...]
    tasks: tuple[Task, ...]
    units: tuple[UnitSummary, ...]
    counts: dict[str, int]
    n_targets: int

    def section(self, code: str) -> list[Item]:
        return [i for i in self.items if i.section == code]

    def by_unit(self) -> dict[tuple[str, str], list[Item]]:
        """Lines per (source, lead unit), units in the order of their worst line, sections in
        order inside each."""
        order = {code: n for n, code in enumerate(SECTIONS)}
        groups: dict[tuple[str, str], list[Item]] = {}
        for item in sorted(self.items, key=lambda i: (order[i.section], _worst_key(i))):
            groups.setdefault((item.source, item.lead_unit), []).append(item)
        sources = list(dict.fromkeys(t.source for t in self.tasks))
        return dict(sorted(groups.items(), key=lambda kv: (
            sources.index(kv[0][0]) if kv[0][0] in sources else len(sources),
            min((order[i.section], *_worst_key(i)[:2]) for i in kv[1]), -len(kv[1]),
            min(i.row for i in kv[1]))))

    def task(self, item: Item) -> Task:
        return self.tasks[item.row]

    @property
    def has_history(self) -> bool:
        """An earlier report was compared with: the outputs add their history columns."""
        return any(t.change is not None for t in self.tasks)


def _worst_key(item: Item) -> tuple[int, float, int, int]:
    gap = item.gap if item.gap is not None else 0.0
    return (_SEVERITY_RANK.get(item.severity or "", 3), -gap, item.row,
            -1 if item.target_index is None else item.target_index)


def _order(items: list[Item]) -> list[Item]:
    """Grouped by (source, lead unit): worst group first, worst line first inside a group."""
    groups: dict[tuple[str, str], list[Item]] = {}
    for item in items:
        groups.setdefault((item.source, item.lead_unit), []).append(item)
    for members in groups.values():
        members.sort(key=_worst_key)
    sources = list(dict.fromkeys(i.source for i in items))
    ranked = sorted(groups.items(), key=lambda kv: (
        sources.index(kv[0][0]), _worst_key(kv[1][0])[:2], -len(kv[1]), kv[1][0].row))
    return [i for _, members in ranked for i in members]


# --- values ---------------------------------------------------------------------------------------


def _units(value: Any) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(as_text(u) for u in value if as_text(u))
    text = as_text(value)
    return (text,) if text else ()


def _report_month(record: dict[str, Any], frame: pd.DataFrame) -> int | None:
    period = record.get("period") if not is_missing(record.get("period")) else frame.attrs.get("period")
    try:
        return parse_period(period).end_month if isinstance(period, str) and period else None
    except Exception:  # an unreadable period leaves the month unknown; reasons say so
        return None


# --- building the list --------------------------------------------------------------------------


def _zero_figure(a: Any) -> bool:
    return a.actual is not None and not a.actual.stated and a.actual.quantity.amount == 0


def _items_of(n: int, record: dict[str, Any], task: Task, month: int | None,
              lang: str) -> list[Item]:
    judged = list(record.get("assessments") or [])
    actuals = list(record.get("actuals") or [])
    status = task.status

    def item(section: str, a: Any, reason: str, as_status: str | None = None) -> Item:
        if a is None:
            return Item(section, n, task.seq, None, "", as_status or status, task.severity,
                        task.completion, task.expected, None, None, reason, task.lead_unit,
                        task.source)
        metric = target_name(a.target)
        return Item(section, n, task.seq, a.index, metric, a.status, a.severity,
                    as_number(a.completion), as_number(a.expected), as_number(a.gap),
                    as_number(a.required_pace), reason, task.lead_unit, task.source)

    out: list[Item] = []
    for a in judged:
        reason = target_reason(a, actuals, report_month=month, lang=lang)
        if status == "not_started" or _zero_figure(a):
            if a.status not in ("done", "on_track"):
                note = not_started_reason(task.progress, lang) if status == "not_started" else ""
                out.append(item("not_started", a, fill("join.clause", lang).join(
                    p for p in (reason, note) if p)))
        elif a.status == "lagging":
            out.append(item("lagging", a, reason))
        elif a.status == "unclear":
            out.append(item("unclear", a, reason))
        if disagrees(stated_pair(a, actuals)):
            out.append(item("mismatch", a, reason))
    if not judged:
        if record.get("qualitative") == "not_started" and status == "no_numeric_target":
            out.append(item("not_started", None, fill("join.clause", lang).join(
                (fill("no_numeric", lang), not_started_reason(task.progress, lang))),
                as_status="not_started"))
        elif status in ("unclear", "not_started", "lagging"):
            section = "not_started" if status == "not_started" else "unclear"
            out.append(item(section, None, fill("join.clause", lang).join(task.reasons)))
    verdict = record.get("verdict")
    verdict_status = verdict.get("status") if isinstance(verdict, dict) else None
    if verdict_status and verdict_status != status and status in ("lagging", "on_track", "done"):
        out.append(item("mismatch", None, verdict_reason(verdict, status, task.severity, lang)))
    return out


def _headline(record: dict[str, Any], reasons: list[str], month: int | None, lang: str) -> str:
    status = record.get("status")
    judged = [a for a in record.get("assessments") or [] if a.status == status]
    if judged:
        worst = max(judged, key=lambda a: a.gap if a.gap is not None else Decimal(0))
        return target_reason(worst, list(record.get("actuals") or []), report_month=month,
                             lang=lang)
    return reasons[0] if reasons else ""


def _task(n: int, record: dict[str, Any], month: int | None, lang: str) -> Task:
    office, phone = split_contact(record.get("contact"))
    targets = record.get("targets")
    reasons = task_reasons(record, report_month=month, lang=lang)
    return Task(
        row=n, seq=as_text(record.get("seq")), task=as_text(record.get("task")),
        progress=as_text(record.get("progress")), plan=as_text(record.get("plan")),
        units=_units(record.get("units")), office=office, phone=phone,
        contact=as_text(record.get("contact")), status=as_text(record.get("status")) or "unclear",
        severity=as_text(record.get("severity")) or None,
        completion=as_number(record.get("completion")), expected=as_number(record.get("expected")),
        n_targets=len(targets) if isinstance(targets, (list, tuple)) else 0,
        reasons=tuple(reasons), headline=_headline(record, reasons, month, lang),
        source=as_text(record.get("source")), record=record, change=_change(record))


def _change(record: dict[str, Any]) -> Change | None:
    """read_change, loading the history's module only for a row with an earlier report (--db)."""
    if is_missing(record.get("previous_period")):
        return None  # read_change's own first test and answer
    from zqmetrics.deliver.changes import read_change  # lazy: see deliver/flat.py

    return read_change(record)


def _unit_summaries(tasks: list[Task], items: list[Item]) -> list[UnitSummary]:
    groups: dict[tuple[str, str], list[Task]] = {}
    for task in tasks:
        groups.setdefault((task.source, task.lead_unit), []).append(task)
    listed: dict[tuple[str, str], int] = {}
    for item in items:
        listed[(item.source, item.lead_unit)] = listed.get((item.source, item.lead_unit), 0) + 1
    out = []
    for (source, unit), members in groups.items():
        scored = [a for t in members for a in t.record.get("assessments") or []
                  if a.completion is not None and a.status in ("done", "on_track", "lagging")]
        mean = (sum(min(float(a.completion), 1.0) for a in scored) / len(scored)) if scored else None
        # Time elapsed: the pace amounts are judged against (levels are never prorated).
        expected = [float(a.expected) for a in scored if a.expected is not None
                    and a.basis != "level"]
        counts = {s: sum(t.status == s for t in members) for s in STATUSES}
        out.append(UnitSummary(unit, source, len(members), sum(t.n_targets for t in members),
                               counts, listed.get((source, unit), 0), mean,
                               sum(expected) / len(expected) if expected else None, None))
    # Rank inside each report by mean completion, best first; units without figures are unranked.
    ranked: list[UnitSummary] = []
    for source in dict.fromkeys(u.source for u in out):
        mine = [u for u in out if u.source == source]
        scored_units = sorted((u for u in mine if u.mean_completion is not None),
                              key=lambda u: (-(u.mean_completion or 0), u.items, u.unit))
        ranks = {u.unit: n for n, u in enumerate(scored_units, start=1)}
        ranked += sorted((replace(u, rank=ranks.get(u.unit)) for u in mine),
                         key=lambda u: (u.rank is None, u.rank or 0, -u.items, u.unit))
    return ranked


def _meta(frame: pd.DataFrame, records: list[dict[str, Any]], lang: str, sample: bool,
          generated: _dt.date | None) -> Meta:
    def one(column: str) -> str:
        values = list(dict.fromkeys(as_text(r.get(column)) for r in records)) or [""]
        value = values[0] if len(values) == 1 else ""
        return value or as_text(frame.attrs.get(column))

    period = one("period")
    month = _report_month(records[0], frame) if records else None
    months = sorted({as_text(r.get("data_month")) for r in records} - {""})
    if months:
        year, _, m = months[-1].partition("-")
        data_month = fill("period_label_M", lang, year=int(year), index=int(m))
    else:
        try:
            p = parse_period(period) if period else None
        except Exception:  # shown empty rather than guessed
            p = None
        data_month = fill("period_label_M", lang, year=p.year, index=p.end_month) if p else ""
    return Meta(title=display_title(one("title")), place=one("place"), period=period,
                period_text=period_text(period, lang), data_month=data_month,
                generated=(generated or _dt.date.today()).isoformat(), sample=sample, lang=lang,
                report_month=month)


def supervision_list(assessed: pd.DataFrame, *, lang: str = "zh", sample: bool = False,
                     generated: _dt.date | None = None) -> SupervisionList:
    """The supervisor's list of an assessed frame (a frame not yet assessed is assessed first).

    ``sample`` marks the bundled sample report (示例报告 in every title); ``generated`` is the date
    the title blocks show (today by default).
    """
    check_lang(lang)
    frame = ensure_assessed(assessed)
    records = row_records(frame)  # to_dict("records")'s values, a few times faster
    tasks, items = [], []
    for n, record in enumerate(records):
        month = _report_month(record, frame)
        task = _task(n, record, month, lang)
        tasks.append(task)
        items += _items_of(n, record, task, month, lang)
    # Report by report (several reports never mix), then section by section.
    sources = list(dict.fromkeys(t.source for t in tasks))
    ordered = [i for source in sources for code in SECTIONS
               for i in _order([i for i in items if i.section == code and i.source == source])]
    counts = {s: sum(t.status == s for t in tasks) for s in STATUSES}
    return SupervisionList(_meta(frame, records, lang, sample, generated), tuple(ordered),
                           tuple(tasks), tuple(_unit_summaries(tasks, ordered)), counts,
                           sum(t.n_targets for t in tasks))


def summary_sentences(sl: SupervisionList) -> list[str]:
    """The counts in words: tasks by status, the list by section, the pace expected."""
    lang = sl.meta.lang
    out = [fill("summary_counts", lang, tasks=len(sl.tasks), targets=sl.n_targets, **sl.counts)]
    if sl.items:
        units = len({(i.source, i.lead_unit) for i in sl.items})
        per = {code: len(sl.section(code)) for code in SECTIONS}
        out.append(fill("summary_list", lang, items=len(sl.items), units=units, **per))
    else:
        out.append(fill("nothing_listed", lang))
    if sl.meta.report_month is not None and sl.meta.period_text:
        share = Decimal(sl.meta.report_month) / 12
        out.append(fill("summary_pace", lang, period=sl.meta.period_text, expected=percent(share)))
    return out


def item_status(item: Item, lang: str) -> str:
    return status_label(item.status, item.severity, lang)
