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
from zqmetrics.extraction.candidates import with_target
from zqmetrics.extraction.columns import column_actuals, column_targets, verdict_in
from zqmetrics.extraction.figures import metric_phrase, noun_after
from zqmetrics.extraction.targets import extract_targets
from zqmetrics.read.frame_rows import row_records, with_columns
from zqmetrics.text.clauses import parse
from zqmetrics.text.cues import cue_pattern, strip_words
from zqmetrics.text.lexicon import mapping
from zqmetrics.text.quantity import to_quantity
from zqmetrics.text.units import dimension
from zqmetrics.types import RATE_UNITS, Actual, Kind, Target

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


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


# Switched off only to measure the rule (evaluation/statement_ablation.py).
PORTFOLIO_COUNTS = True


def _portfolio(targets: list[Target]) -> list[Target]:
    """A row that plans an investment (年度计划投资58.3亿元) with a count beside it that no verb
    makes a goal (阿左旗21个, 列入江苏省级重点项目5个): the count is the size of the list of
    projects the money is planned for, not a target. ``实施项目54个``, ``新增外贸企业70家`` and
    ``计划改造187个老旧小区`` stay targets (the action cues and the shared verbs of cues.tsv)."""
    if not PORTFOLIO_COUNTS or not any(
            t.kind == "amount" and dimension(t.unit) == "[currency]" for t in targets):
        return targets
    actions, verbs = cue_pattern("action"), cue_pattern("verb")
    return [t for t in targets
            if t.source == "target_column" or mapping("counters.tsv").get(t.unit) != "object"
            or actions.search(t.quote) or verbs.search(t.quote)]


def _listed(a: Actual, b: Actual) -> bool:
    """Two stated ratios listed side by side (100%、100.1%)."""
    return a.stated and b.stated and 0 <= b.start - a.end <= 2


def _implied(targets: list[Target], actuals: list[Actual]) -> tuple[list[Target], list[Actual]]:
    """With no written target, a figure followed by the ratio it is of (改造3057个,完成年度任务的
    100%) implies the target (figure ÷ ratio), labelled implied; both are aligned to it."""
    if targets:
        return targets, actuals
    out_t: list[Target] = []
    out_a = list(actuals)
    for i, a in enumerate(actuals):
        if not a.stated or a.quantity.amount <= 0:
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
                   and "plan" not in actuals[j].cues]
        prev = figures[back - 1] if len(figures) >= back else None
        if prev is None or out_a[prev].target_index is not None:
            continue
        base = actuals[prev]
        if base.unit in RATE_UNITS or a.quote_start - base.quote_end > 40:
            continue
        value = base.quantity.amount * Decimal(100) / a.quantity.amount
        q = replace(base.quantity, amount=value.quantize(Decimal("0.01")), amount_max=None,
                    comparator="exact")
        out_t.append(Target(base.metric, q, "amount", base.quote, base.quote_start, base.quote_end,
                            source="progress", implied=True))
        k = len(out_t) - 1
        out_a[prev] = with_target(base, k)
        out_a[i] = with_target(a, k)
    return out_t, out_a


def extract_row(
    task: Any, progress: Any, year: int | None, section: Any = None,
    row: dict[str, Any] | None = None, frame_month: Any = None,
) -> tuple[list[Target], list[Actual], dict[str, str] | None, str | None]:
    """Targets, actuals and the report's own verdict of one row, and an error reason if
    extraction itself failed."""
    if isinstance(section, str) and section in NOT_TARGET_SECTIONS:
        return [], [], None, None
    row = row or {}
    try:
        text = _text(progress)
        targets = column_targets(row) + extract_targets(_text(task))
        targets += _progress_targets(text, year, targets) if text else []
        targets = _portfolio(targets)
        columns = column_actuals(row, targets, _month(row, frame_month))
        actuals = columns + extract_actuals(text, targets, year)
        targets, actuals = _implied(targets, actuals)
        verdict = verdict_in(_text(row.get("status_text")))
        if verdict is None and text:
            verdict = next(({"status": m.value, "quote": m.text} for m in parse(text, year).verdicts
                            if not m.partial), None)
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
    for row in rows:
        targets, actuals, verdict, issue = extract_row(
            row.get("task"), row.get("progress"), _year(attrs, row), row.get("section"), row, month
        )
        out.append({**row, "targets": targets, "actuals": actuals, "verdict": verdict,
                    "extract_issue": issue})
    return out


def extract(frame: pd.DataFrame) -> pd.DataFrame:
    """A new frame with ``targets``, ``actuals`` (lists of result objects), ``verdict`` and
    ``extract_issue``. The caller's frame is not modified.
    """
    rows = extract_rows(row_records(frame), frame.attrs)
    return with_columns(frame, {key: [row[key] for row in rows] for key in EXTRACTED})
