"""The trade's set phrase for a task on pace, 时间过半、任务过半, as the report's own verdict in the
spellings the fixed words of ``data/verdicts.tsv`` miss (judge pass 2): quotes inside
(均实现“时间过半、任务过半”), 、 , or nothing between the halves, 时间、任务“双过半”. Its words are
``data/cues.tsv`` pace_pair; the negations and promise words are the verdict grammar's
(``data/verdict_forms.tsv``).
"""

from __future__ import annotations

from typing import Any

import regex

from zqmetrics.text.cues import cue_pattern, cue_table
from zqmetrics.text.lexicon import derived
from zqmetrics.text.normalize import normalize
from zqmetrics.text.quantity import has_figure
from zqmetrics.text.verdict_forms import clause_opening, form_words

# The rule evaluation/judge_ablation.py switches off (the package runs with it on).
PACE_PAIR = True

# Quotation marks a report puts around a set phrase (实现“时间过半、任务过半”), and what joins its
# two halves (、 , or nothing).
_QUOTES = "[“”\"'‘’「」『』]*"
_JOIN = "[、,，]?"


def _pace_words(value: str) -> str:
    return "|".join(regex.escape(w) for w, v in sorted(cue_table("pace_pair").items(),
                                                       key=lambda x: (-len(x[0]), x[0]))
                    if v == value)


@derived
def _pace_pair() -> regex.Pattern[str]:
    """The pace pair as a claim: an attainment verb before the time half (with or without the task
    half: an excerpt may cut it), the two halves together, or 双过半 after its subjects or a verb."""
    q, j = _QUOTES, _JOIN
    attain, time, task = _pace_words("attain"), _pace_words("time"), _pace_words("task")
    pair, subject = _pace_words("pair"), _pace_words("subject")
    negation = "|".join(regex.escape(w) for w in form_words("negation"))
    return regex.compile(
        rf"(?P<neg>{negation})?(?P<attain>{attain})?了?{q}"
        rf"(?:(?P<time>{time}){q}(?:{j}{q}(?P<task>{task}))?"
        rf"|(?P<subjects>(?:{subject}){j}(?:{subject}))?{q}(?P<pair>{pair})){q}")


def pace_pair_verdict(progress: Any) -> dict[str, str] | None:
    """The report's claim that a row keeps the year's pace, 时间过半、任务过半, in the spellings the
    fixed words miss (均实现“时间过半、任务过半”, 时间、任务“双过半”, “时间过半,任务过半”), or None.

    It is the trade's set phrase for on track; negated (未实现“双过半”) it is lagging. The time half
    alone (时间过半) names the date, not the pace, so it is a claim only after an attainment verb
    (均实现“时间过半, an excerpt cut inside the quotes), and 双过半 only after its subjects or a
    verb (按照“双过半”工作进度要求 is a requirement). A plan cue or promise word before it in its clause
    makes it an aim (确保实现“双过半”), and a figure before it there a claim on a counted part
    (112项总体达到“时间过半,任务过半”要求,5项未达到): both are none."""
    if not PACE_PAIR or not isinstance(progress, str) or "半" not in progress:
        return None  # every spelling holds 半 (过半, 超半): most cells are not normalised again
    norm = normalize(progress)
    text = norm.text
    for m in _pace_pair().finditer(text):
        whole = m.group("time") and m.group("task")
        if not (whole or (m.group("time") and m.group("attain"))
                or (m.group("pair") and (m.group("attain") or m.group("subjects")))):
            continue
        c0 = clause_opening(text, m.start())
        before = text[c0:m.start()]
        if has_figure(before) or cue_pattern("plan").search(before) or any(
                (before.endswith(w) if len(w) == 1 else w in before)  # 主要 is no 要
                for w in form_words("promise")):
            continue
        start, end = norm.span(m.start(), m.end())
        return {"status": "lagging" if m.group("neg") else "on_track",
                "quote": progress[start:end].lstrip("“”\"'‘’「」『』"), "source": "progress"}
    return None
