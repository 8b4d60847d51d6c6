"""A verdict on a counted part of the row's work (judge pass 4): 15个项目未开工 beside 39个重点项目,
未开工3个 of 国债项目5个, 12项重点任务中,2项已完成.

未开工 and 尚未启动 are not started only for the part they name (issue 11), and a count of the items
done is not the group done. Read for the row's verdict only (``judge/verdicts.py``): the clause
model keeps the mention whole, so the extraction reads its figures as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from zqmetrics.text.quantity import Found

# The rule evaluation/judge_ablation.py switches off (the package runs with it on).
COUNTED_PART = True


def counted_part(figures: Sequence[Found], c0: int, c1: int) -> bool:
    """Whether the clause ``[c0, c1)`` of a cell counts what its verdict word is said of, and the
    cell's ``figures`` show the count is a part: a larger figure of the same unit elsewhere.

    A count as large as any other of its unit is the whole (5个项目均未开工, 已建成10所 of 10所). A
    lagging word keeps its count, which callers do not ask about: a part behind is a task behind."""
    if not COUNTED_PART:
        return False
    counts = [f for f in figures if c0 <= f.start and f.end <= c1 and f.unit]
    return any(g.unit == f.unit and g.amount > f.amount
               for f in counts for g in figures if g is not f)
