"""A progress cell holding only the stage a named work reached, read as the row's verdict.

A list of names under one outcome (A、B建成投运; A和B开通运营; A、B提速推进中) is read a row per
name, each with the outcome as its whole progress: words a status cell would hold, not running
text (statements pass 16, issue 11).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from zqmetrics.text.cues import cue_words, word_table
from zqmetrics.text.lexicon import derived, rows
from zqmetrics.text.normalize import normalize
from zqmetrics.text.quantity import has_figure
from zqmetrics.text.verdict_forms import form_words, is_done_form, stage_prefix

# What may stand around a stage closing its cell.
_CLOSING = " \t。.;；,，!！”\"'）)"

# A progress cell that is only a stage reached is the row's verdict (switched off by the ablation).
STAGE_CELLS = True


@derived
def stage_table() -> dict[str, str]:
    """``{word: status}`` a cell holding only a stage is read with: running text's fixed words
    (verdicts.tsv) and the status cell words noted ``stage`` (cell_verdicts.tsv); a status cell's
    loose words (正常推进, 较快) keep running text's value there."""
    stages = {w: v for w, v, note in rows("cell_verdicts.tsv", 3) if w and note == "stage"}
    return {**word_table("verdicts.tsv"), **stages}


@derived
def _stage_pattern() -> re.Pattern[str]:
    words = sorted(stage_table(), key=lambda w: (-len(w), w))
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(f"{stage_prefix()}(?P<word>{alternation})中?")


@derived
def _promise_tail() -> re.Pattern[str]:
    # single-character cues (将, 要) are left out: a name may hold them (将军路); the longer ones
    # end a task cell only where a list's promise was cut from its stage (B力争年底前 | 建成投运)
    words = {*cue_words("plan"), *form_words("promise")}
    longer = sorted((w for w in words if len(w) > 1), key=lambda w: (-len(w), w))
    return re.compile(f"(?:{'|'.join(re.escape(w) for w in longer)})[^，,。；;]{{0,8}}$")


def promises_stage(task: Any) -> bool:
    """Whether a task cell ends in a plan or promise word the stage after it completes (A、B力争年底前
    建成投运 read as a row a name: the promise stays in the last name's task)."""
    return isinstance(task, str) and _promise_tail().search(normalize(task).text.rstrip(_CLOSING)) is not None


def promised_lists(rows: Sequence[Mapping[str, Any]]) -> set[int]:
    """The indexes of the rows whose stage is a list's promise (A、B力争年底前建成投运).

    The names of one list follow one another with the same line and progress, and only the last
    name's cell holds the promise before the stage: a run of such rows up to one that ends in a
    promise is the promised list; the next row starts another (A、B建成投运 may follow on the line)."""
    promised: set[int] = set()
    run: list[int] = []
    key: tuple[Any, Any] | None = None
    for i, r in enumerate(rows):
        here = (r.get("line"), r.get("progress"))
        if here != key:
            run, key = [], here
        run.append(i)
        if isinstance(r.get("progress"), str) and promises_stage(r.get("task")):
            promised.update(run)
            run, key = [], None
    return promised


def stage_verdict(progress: Any, task: Any = None) -> dict[str, str] | None:
    """The verdict of a progress cell holding nothing but the stage a named work reached, or None.

    A list of names under one outcome (A、B建成投运; A和B开通运营; A、B提速推进中) leaves each
    name that outcome as its whole progress: the words are then a status cell's, not running
    text's, and neither the marker the grammar asks of a done verdict (a bare 建成 in running text
    is an aim) nor a figure is there to judge. The whole cell must be the stage: a done form of the
    grammar (建成投运, 开通运营, 完工), a fixed verdict word, or a status cell's stage word
    (data/cell_verdicts.tsv, noted ``stage``: 提前开工建设, 已开工, 部分投产), after a marker or
    adverbs at most. Anything else in the cell (a plan, 计划建成; a date, 年底前建成; a negation,
    未开工; a rate, 开工率; a figure) leaves it to the other readers, as does a task cell ending in a
    promise (B力争年底前 | 建成投运: the list's promise left in its last name)."""
    if not STAGE_CELLS or not isinstance(progress, str) or not progress.strip() or promises_stage(task):
        return None
    norm = normalize(progress)
    text = norm.text.strip(_CLOSING)
    if not text or has_figure(text):
        return None
    lead = len(norm.text) - len(norm.text.lstrip(_CLOSING))
    start, end = norm.span(lead, lead + len(text))
    m = _stage_pattern().fullmatch(text)
    if m is not None:
        status = stage_table()[m.group("word")]
        if status != "none":
            return {"status": status, "quote": progress[start:end], "source": "progress"}
        return None
    if is_done_form(text):
        return {"status": "done", "quote": progress[start:end], "source": "progress"}
    return None
