"""The report's word that a task's work goes on as it should (正常进行中, 有序推进, 常态化开展), as
the on-track verdict of a row that sets no numeric target (judge pass 4).

The corpus's conventions read such words two ways by what the row sets: a row with no numeric
target takes the report's own verdict as its status (second-round decision 1), and these words are
that verdict; on a numeric target they claim no pace (a bare 正常进行中 is unclear there, and
``data/verdicts.tsv`` keeps 正常推进 and 有序推进 as none). So they are read here, by the assessment,
only for a row with no target, no figure-borne status and no other verdict. Their words are
``data/steady_words.tsv``; the negations, promise words and part words are the verdict grammar's
(``data/verdict_forms.tsv``), the contexts judge pass 3's.
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.lexicon import derived, rows
from zqmetrics.text.normalize import normalize
from zqmetrics.text.quantity import has_figure
from zqmetrics.text.verdict_forms import clause_opening, in_context, names_part, negated, promised

# The rule evaluation/judge_ablation.py switches off (the package runs with it on).
STEADY = True

# What may close the cell after the word: an aspect mark (正常进行中), a full stop, spaces.
_CLOSING = lazy_re(r"[中了]?[\s。.;；!！]*$")


@derived
def _pattern() -> re.Pattern[str]:
    words = sorted({w for w, _ in rows("steady_words.tsv", 2) if w}, key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


def steady_verdict(*cells: tuple[str, Any]) -> dict[str, str] | None:
    """The first word of ``(source, text)`` cells saying the work goes on as it should, as an
    on-track verdict quoted as written, or None.

    The word is the cell's whole statement: the cell is one clause and the word closes it (正常进行中,
    各项工作有序推进). In a longer account the same words tell how one activity goes
    (征迁工作正在有序推进中, 常态化开展“解剖式”现场检查, 保障改革稳慎有序推进), not the task's pace. A
    word negated (未能正常推进), promised (确保有序推进), warned against or in a condition (judge
    pass 3's contexts), on a named part (其余小项顺利推进) or after a figure in its clause
    (151个前期项目有序推进: a counted part, or the row's figures) says nothing of the whole row."""
    if not STEADY:
        return None
    for source, text in cells:
        if not isinstance(text, str) or not text.strip():
            continue
        norm = normalize(text)
        folded = norm.text
        for m in _pattern().finditer(folded):
            start, end = m.start(), m.end()
            head = folded[:start].strip()
            if clause_opening(head, len(head)) or not _CLOSING.match(folded, end):
                continue  # one activity of a longer account, or the word has an object after it
            c0 = clause_opening(folded, start)
            if (negated(folded, start) or promised(folded, c0, start)
                    or names_part(folded, c0, start) or has_figure(folded[c0:start])
                    or in_context(folded, start, end, "on_track") is None):
                continue
            s, e = norm.span(start, end)
            return {"status": "on_track", "quote": text[s:e], "source": source}
    return None
