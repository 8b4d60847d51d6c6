"""A bare completion: an achievement verb alone before a percentage (statements pass 12).

``完成90.5%`` or ``已完成投资43%`` opening a progress cell, with no subject of its own, states the
share of the row's own work done, the whole it is of not named (danzhou-2013-08, hainan-2020-05).
With a subject (``科研楼主体结构完成70%``, ``屋面防水改造完成90%``) or after other figures of the
cell, it is the share of a part, a plain figure; before 的 (``完成80%的项目``) it sorts things; a
bound (``完成90%以上``) is no figure reached. The verbs are data (``stated_ratios.tsv``, ``done``).
"""

from __future__ import annotations

import re

from zqmetrics.text.cues import words_alternation
from zqmetrics.text.lexicon import derived
from zqmetrics.text.quantity import Found

# Switched off only to measure the rule (evaluation/statement_ablation.py).
BARE_DONE = True


@derived
def _bare_done() -> re.Pattern[str]:
    """A clause holding nothing but an achievement verb before a percentage (完成90.5%, 已完成投资
    43%, 目前完成约70%)."""
    words = words_alternation("stated_ratios.tsv", "done") or "(?!)"
    return re.compile(f"\\s*(?:目前|现已|累计)?(?:已经|已)?(?:{words})(?:了)?\\s*$")


# A date alone before the clause that opens the cell (截至5月10日, 目前,).
_DATE_LEAD = re.compile(r"\s*(?:截至|截止|到)?[^,，。；;:：]{0,10}?(?:年|月|日|底|末|目前)[,，]\s*")

# After a percentage, 的 makes it a bucket rather than a result: 完成80%的项目 (a bound, 完成90%以上的,
# is no exact figure and stays out by its comparator).
_NOT_BARE_AFTER = re.compile(r"\s*的")


def bare_done(text: str, clause_start: int, f: Found) -> bool:
    """Whether ``f``, the first figure of a cell, is a bare completion of the row's work (the
    caller checks it is the first: after other figures it is a part's)."""
    return (BARE_DONE and f.comparator in ("exact", "about")
            and (clause_start == 0 or _DATE_LEAD.fullmatch(text, 0, clause_start) is not None)
            and _bare_done().fullmatch(text, clause_start, f.cue_start) is not None
            and not _NOT_BARE_AFTER.match(text, f.cue_end))
