"""Counts of projects that are the size of a list, not a target (issue 11's portfolio rules)."""

from __future__ import annotations

from zqmetrics.text.clauses import parse
from zqmetrics.text.cues import cue_pattern
from zqmetrics.text.lexicon import mapping
from zqmetrics.text.units import dimension
from zqmetrics.types import Target

# Switched off only to measure the rule (evaluation/statement_ablation.py).
PORTFOLIO_COUNTS = True
# Switched off only to measure the rule: a count of projects whose progress reports money only.
PORTFOLIO_BY_PROGRESS = True


def money_only(text: str, year: int | None) -> bool:
    """The progress reports an investment (完成投资20760万元) and counts no objects: whatever
    count the task gives is the list the money went to, since nothing in the progress measures it
    (9个重点在建项目 | 累计完成投资20760万元,占年度投资计划31.1%)."""
    if not PORTFOLIO_BY_PROGRESS or not text:
        return False
    counters = mapping("counters.tsv")
    figures = parse(text, year).figures
    return (any(dimension(f.unit) == "[currency]" for f in figures)
            and not any(counters.get(f.unit) == "object" for f in figures))


def portfolio(targets: list[Target], money: bool = False, task_text: str = "") -> list[Target]:
    """A row that plans an investment (年度计划投资58.3亿元) with a count beside it that no verb
    makes a goal (阿左旗21个, 列入江苏省级重点项目5个): the count is the size of the list of
    projects the money is planned for, not a target. ``实施项目54个``, ``新增外贸企业70家`` and
    ``计划改造187个老旧小区`` stay targets (the action cues and the shared verbs of cues.tsv).
    The same holds when the plan is not written but the progress reports money only
    (``money``, see ``money_only``)."""
    planned = any(t.kind == "amount" and dimension(t.unit) == "[currency]" for t in targets)
    if not PORTFOLIO_COUNTS or not (money or planned):
        return targets
    actions, verbs = cue_pattern("action"), cue_pattern("verb")

    def acted(t: Target) -> bool:
        # With no plan written, the task's whole sentence up to the count may make it a goal
        # (推动…等148个在建项目加快施工); a written plan's list is read in the count's own words.
        words = t.quote if planned or t.source != "task" else _sentence_to(task_text, t.quote_end)
        return bool(actions.search(words) or verbs.search(words))

    return [t for t in targets
            if t.source == "target_column" or mapping("counters.tsv").get(t.unit) != "object"
            or acted(t)]


def _sentence_to(text: str, end: int) -> str:
    """``text`` from the start of the sentence holding offset ``end`` up to it."""
    head = text[:end]
    return head[max(head.rfind(c) for c in "。；;！？!?") + 1:]
