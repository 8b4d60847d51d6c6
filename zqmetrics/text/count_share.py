"""A share word right after a figure reached: the stated completion of the row's whole
(statements pass 28). ``已办结6件,占比27%`` and ``达到和基本达到18个、占比78.3%`` state the share of
the row's items done; ``产业类项目367个,占比76.6%`` states a group's composition (a level), since no
achievement names the figure before it, and after a part of the whole (其中已完成…,占比61.41%) it is
the part's. Read by the clause model (text/clauses.py); the words are
data (``data/stated_ratios.tsv``, parts ``share`` and ``share_reached``)."""

from __future__ import annotations

import re

from zqmetrics.text.cues import cue_pattern, words_alternation
from zqmetrics.text.lexicon import derived
from zqmetrics.text.quantity import Found
from zqmetrics.text.segment import CLAUSE_SEPARATORS

# Switched off only to measure the rule (evaluation/statement_ablation.py).
COUNT_SHARE = True


def count_share(text: str, clause_start: int, f: Found) -> bool:
    """Whether the percentage ``f`` follows a share word alone in its clause (from
    ``clause_start``) and the clause before holds a figure its words say was reached."""
    if not (COUNT_SHARE and clause_start > 0 and f.comparator in ("exact", "about")
            and _share().fullmatch(text, clause_start, f.cue_start)):
        return False
    head = text[: clause_start - 1]
    previous = head[max(map(head.rfind, CLAUSE_SEPARATORS)) + 1 :]
    # 其中已完成…约12.944公里,占比61.41%: the share of a part (cues.tsv part), not the row's.
    sentence = head[max(map(head.rfind, "。;；!?\n")) + 1 :]
    return (bool(re.search(r"\d", previous)) and _reached().search(previous) is not None
            and cue_pattern("part").search(sentence) is None)


@derived
def _share() -> re.Pattern[str]:
    words = words_alternation("stated_ratios.tsv", "share") or "(?!)"
    return re.compile(f"\\s*(?:{words})(?:为|达到|达)?\\s*")


@derived
def _reached() -> re.Pattern[str]:
    return re.compile(words_alternation("stated_ratios.tsv", "share_reached") or "(?!)")
