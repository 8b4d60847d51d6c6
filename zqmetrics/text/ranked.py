"""A percentage alone in brackets after words ranking progress: the stated completion of what they
name (进展最快的是盘锦市(70%), 完成年度计划较快(80.16%)). Read by the clause model (text/clauses.py);
the ranking words are data (``data/stated_ratios.tsv``, part ``rank``)."""

from __future__ import annotations

import re

from zqmetrics.text.cues import cue_pattern, words_alternation
from zqmetrics.text.lexicon import derived
from zqmetrics.text.quantity import Found
from zqmetrics.text.segment import ASIDE, CLAUSE_SEPARATORS, CLOSING_BRACKETS, OPENING_BRACKETS

# Switched off only to measure the rule (evaluation/statement_ablation.py).
RANKED_RATIOS = True


def ranked_share(text: str, window: int, f: Found) -> bool:
    """Whether the percentage ``f`` stands alone in brackets after words ranking progress in its
    clause (from ``window`` on; 进展较慢(…)(23.4%) skips the aside). Words of growth (增速最快的是…
    (15%)) rank a change, not a completion; a count or a sum in brackets is no share."""
    if not (RANKED_RATIOS and f.start > 0 and text[f.start - 1] in OPENING_BRACKETS
            and text[f.cue_end : f.cue_end + 1] in tuple(CLOSING_BRACKETS)):
        return False
    words = ASIDE.sub("", text[window : f.start - 1])
    words = words[max(map(words.rfind, CLAUSE_SEPARATORS)) + 1 :]
    return _ranks().search(words) is not None and not cue_pattern("change").search(words)


@derived
def _ranks() -> re.Pattern[str]:
    return re.compile(words_alternation("stated_ratios.tsv", "rank") or "(?!)")
