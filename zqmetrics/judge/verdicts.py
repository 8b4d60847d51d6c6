"""The report's own verdict on a row, and where the report said it.

Three places say it; the nearest to the row wins:

1. the row's own progress words (``data/verdicts.tsv`` through the clause model: a promise,
   确保年底前全面完成, and a part, 其中一处未开工, are no verdict);
2. its status cell (进展状态: 按时推进), or the lead of the list a bulletin names it in
   (进展偏慢的5项分别是：…), which the reader hands over as ``status_text``: read with
   ``data/cell_verdicts.tsv`` beside ``data/verdicts.tsv``, in the one-to-one fold (進展較快
   reads as 进展较快);
3. a verdict the row already carries (a ``verdict`` column of a frame built elsewhere).

An item a bulletin lists as slow whose own words say 经督办后于11月底全部完工 is done: the list
dates from before the words that follow the item's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from zqmetrics.text.clauses import parse
from zqmetrics.text.cues import word_table
from zqmetrics.text.lexicon import derived
from zqmetrics.text.normalize import normalize

# Rules evaluation/judge_ablation.py switches off one at a time (the package runs with both on).
STATUS_CELLS = True  # a status cell or list lead is read with its own lexicon, in the fold
OWN_WORDS_FIRST = True  # the row's own progress words come before its status cell or list lead


@derived
def cell_table() -> dict[str, str]:
    """``{word: status}`` a status cell or a list lead is read with."""
    return {**word_table("verdicts.tsv"), **word_table("cell_verdicts.tsv")}


@derived
def _cell_pattern() -> regex.Pattern[str]:
    words = sorted(cell_table(), key=lambda w: (-len(w), w))  # 进展较为缓慢 before 缓慢
    return regex.compile("|".join(regex.escape(w) for w in words) or "(?!)")


def cell_verdict(text: Any) -> dict[str, str] | None:
    """The first verdict a status cell or a list lead states, quoted as written, or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    norm = normalize(text)
    table = cell_table()
    for m in _cell_pattern().finditer(norm.text):
        status = table[m.group()]
        if status != "none":
            start, end = norm.span(m.start(), m.end())
            return {"status": status, "quote": text[start:end], "source": "status"}
    return None


def progress_verdict(progress: Any, year: int | None = None) -> dict[str, str] | None:
    """The first whole-row verdict of a progress text (a verdict on a part is none), or None."""
    if not isinstance(progress, str) or not progress.strip():
        return None
    for m in parse(progress, year).verdicts:
        if not m.partial:
            return {"status": m.value, "quote": m.text, "source": "progress"}
    return None


def row_verdict(row: Mapping[str, Any], year: int | None = None) -> dict[str, str] | None:
    """The verdict nearest to the row: its own words, its status cell or list lead, the given one."""
    own = progress_verdict(row.get("progress"), year)
    cell = cell_verdict(row.get("status_text")) if STATUS_CELLS else None
    found = (own or cell) if OWN_WORDS_FIRST else (cell or own)
    if found is not None:
        return found
    given = row.get("verdict")
    if isinstance(given, dict) and given.get("status") in ("lagging", "on_track", "done",
                                                          "not_started"):
        return dict(given)
    return None
