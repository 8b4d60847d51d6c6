"""A task's title quoted in a report (“新增更新公交车50辆”) against a slogan (“两张网”, “三公里”): short
quoted spans are read as names by the quantity reader (text/quantity.py) unless they are a title."""

from __future__ import annotations

import re

from zqmetrics.text.lexicon import derived, rows
from zqmetrics.text.units import dimension

# A task's quoted title counts (“新增更新公交车50辆”), and a running text's line opening with one is
# the plan's words, no result line (extraction/results.py). Off until a second development document
# moves with it: changle-2017-08 alone does (targets F1 0.832 -> 0.841 on the development part; the
# held-out aggregate rose with it, targets 0.398 -> 0.405, which is no licence). docs/statements.md,
# statements pass 19.
QUOTED_TITLES = False
# Durations and rates say how near or how much (“15分钟生活圈”, “圈内1小时”): a slogan's measures.
_SLOGAN_DIMENSIONS = frozenset({"", "dimensionless", "[time]", "[year_duration]", "[month_duration]",
                                "[ratio]", "[percentage_point]"})


@derived
def _title_figure() -> re.Pattern[str]:
    """An Arabic number and a counter of things, people or money (units.tsv, by dimension)."""
    surfaces = sorted({s for s, _ in rows("units.tsv", 2) if s and dimension(s) not in _SLOGAN_DIMENSIONS},
                      key=len, reverse=True)
    return re.compile(r"\d(?:\.\d+)?\s*[万亿千百]?(?:" + "|".join(map(re.escape, surfaces)) + ")")


def quoted_title(quoted: str) -> bool:
    """A quoted span that is a task's title (“新增更新公交车50辆”, “兜底帮扶2500名困难群体就业”), not a
    slogan (“两张网”, “三公里”, “圈内1小时”): it counts things, people or money in Arabic digits."""
    return QUOTED_TITLES and _title_figure().search(quoted) is not None
