"""A figure's own period is not the report's (periods pass 2 of helper pd2).

Some statistics are published by the quarter (地区生产总值, 居民人均可支配收入): a report running
to October quotes them to September (湘乡 2023: ``1—9月完成地区生产总值428.3亿元``, then
``1—10月完成`` for every other figure), an article of August to June (黑河 2019: figures
``截至目前`` under the dateline 2019-08-31, then ``上半年,全市地区生产总值…增幅``). The period
phrase in such a figure's sentence dates that figure only. It is left out of the opening the
report period is read from when the opening dates its figures otherwise: another data period
phrase, or an as-of word (截至目前) under the page's date line. Otherwise it stays, for a report
of those statistics alone is dated by them (1-6月，全市实现地区生产总值…). The words are data
(``data/figure_periods.tsv``).
"""

from __future__ import annotations

import re

from zqmetrics.read.periods import data_phrases, fold
from zqmetrics.text import lexicon

# Switched off by evaluation/ablation.py (the package runs with it on).
QUARTERLY_FIGURES = True

# A sentence: a quarterly figure's phrase dates the figures of its own sentence, not the next.
_SENTENCE = re.compile(r"[^。；;!！?？]+")


@lexicon.derived
def _words() -> dict[str, tuple[str, ...]]:
    rows = lexicon.rows("figure_periods.tsv", 2)
    return {kind: tuple(w for w, k in rows if k == kind) for kind in ("quarterly", "as_of")}


def _without_figure_phrases(line: str, left: list[str]) -> str:
    """``line`` (folded where it changes) less the data period phrases of the sentences that name
    a quarterly statistic; each phrase left out is added to ``left``, with its statistic."""
    text = fold(line)
    out, last = [], 0
    for sentence in _SENTENCE.finditer(text):
        word = next((w for w in _words()["quarterly"] if w in sentence[0]), None)
        if word is None:
            continue
        for m in data_phrases(text, sentence.start(), sentence.end()):
            out.append(text[last:m.start()])
            last = m.end()
            left.append(f"{m[0].strip()} ({word})")
    return "".join(out) + text[last:] if out else line


def figure_periods_out(opening: list[str], dated: bool) -> tuple[list[str], list[str]]:
    """``opening`` without the period phrases of quarterly statistics when it dates its figures
    otherwise (a data period phrase elsewhere, or an as-of word and the page's date line:
    ``dated``), with the note that says so; else ``opening`` as it is and no note."""
    if not QUARTERLY_FIGURES:
        return opening, []
    left: list[str] = []
    kept = [_without_figure_phrases(line, left) for line in opening]
    if not left:
        return opening, []
    others = any(next(data_phrases(fold(line)), None) for line in kept)
    as_of = dated and any(w in line for line in opening for w in _words()["as_of"])
    if not (others or as_of):
        return opening, []
    return kept, [f"the period of a quarterly statistic ({', '.join(left)}) dates that figure "
                  "only: not read as the report's"]
