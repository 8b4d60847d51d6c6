"""A task's status from its targets' judgements and the words of its progress text."""

from __future__ import annotations

from zqmetrics.judge.targets import TargetAssessment
from zqmetrics.text.cues import cue_pattern, cue_table
from zqmetrics.text.normalize import normalize
from zqmetrics.text.verdict_forms import in_context

STATUS_ORDER = ("lagging", "not_started", "unclear", "on_track", "done", "no_numeric_target")


def qualitative_status(progress: str, folded: str | None = None) -> str | None:
    """The status the progress words give without numbers: not_started, done, in_progress, or None.

    ``folded`` is the progress text as :func:`normalize` folds it, when the caller has it already
    (the judge passes the clause model's, which the row's verdict reads from the same cache).
    """
    if not isinstance(progress, str) or not progress:
        return None
    table = cue_table("status")
    # Read in the normalised text, as every other verdict path reads its words (a full-width or
    # traditional form reads as its simplified one); only the status is kept, so no span is mapped
    # back. 没有未开工项目, 防止出现未开工: a cue negated or warned against says nothing (judge pass 3)
    text = normalize(progress).text if folded is None else folded
    found = {table[m.group()] for m in cue_pattern("status").finditer(text)
             if in_context(text, m.start(), m.end(), table[m.group()]) is not None}
    for status in ("not_started", "done", "in_progress"):
        if status in found:
            return status
    return None


def task_status(assessments: list[TargetAssessment], qualitative: str | None) -> str:
    if not assessments:
        return "no_numeric_target"
    evidenced = [a for a in assessments if a.status in ("done", "on_track", "lagging")]
    if any(a.status == "lagging" for a in evidenced):
        return "lagging"
    if not evidenced:
        return "not_started" if qualitative == "not_started" else "unclear"
    if all(a.status == "done" for a in assessments):
        return "done"
    return "on_track"


def worst_of(assessments: list[TargetAssessment]) -> TargetAssessment | None:
    scored = [
        a
        for a in assessments
        if a.completion is not None and a.status in ("lagging", "on_track", "done")
    ]
    if not scored:
        return None
    return min(
        scored,
        key=lambda a: (STATUS_ORDER.index(a.status), (a.completion or 0) - (a.expected or 0)),
    )
