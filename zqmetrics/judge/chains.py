"""A completion chained to another states the work done (statements pass 20, issue 11).

Two forms the verdict grammar (:mod:`zqmetrics.text.verdict_forms`) leaves unread, each switched
off by ``evaluation/judge_ablation.py``:

- in a running-text item's task cell, an unmarked completion verb with a tail chained to it,
  closing the sentence (混凝土管道项目完工并试生产, 2号主变建成投运: danzhou-2013-08,
  xining-haidong-2024-05), is a result; a table's task cell keeps it as the aim (XX工程建成通车
  is what the row is to do), so the reader's layout decides;
- a clause that is only a link and completion tails, closing its sentence after a clause with a
  perfective marker (已完成施工,并验收通车; 现已改造成为…,并投入投用: wuxi-xishan-2025-04,
  jiangshan-dachen-2021-fy), is done.
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.text.lazy import lazy_regex
from zqmetrics.text.lexicon import derived
from zqmetrics.text.quantity import has_figure
from zqmetrics.text.verdict_forms import _alt as _words
from zqmetrics.text.verdict_forms import _within, names_part, negated, promised

CHAINED_DONE = True
TAIL_CLAUSES = True
# The layouts whose task cell is a sentence of the text (a table's states the aim).
RUNNING_TEXT = frozenset({"prose", "bulletin", "numbered_items"})
# What may stand between a verdict closing its sentence and the sentence's end.
_CLOSING = " \t。.;；,，!！”\"'）)"
# A date in the clause before an unmarked completion: its deadline (2025年城南变电站建成投运; a
# task cell's 2022年全部建成投用。). Compiled on first use.
DATED = lazy_regex(r"[0-9一二三四五六七八九十〇零]+\s*[年月]")


@derived
def _chain() -> re.Pattern[str]:
    """A completion head with one or more tails chained to it (建成投运, 完工并试生产)."""
    link, tail, head = (_words("link"), _words("tail"), _words("head"))
    return re.compile(f"(?:{head})(?:(?:{link})?(?:{tail}))+")


@derived
def _tails_clause() -> re.Pattern[str]:
    """A clause that is only a link and completion tails (并验收通车, 并投入使用)."""
    return re.compile(f"(?:{_words('link')})(?:(?:{_words('link')})?(?:{_words('tail')}))+")


@derived
def _hedged() -> re.Pattern[str]:
    # A negation or a hedge before the verb: the work is not (wholly) done.
    return re.compile(f"(?:{_words('negation')}|{_words('hedge')})")


@derived
def _ends_clause() -> re.Pattern[str]:
    return re.compile(r"[,，、;；]\s*$")


def closes(cell: Any, end: int) -> bool:
    """Whether only closing marks stand between ``end`` and the end of its sentence."""
    return not cell.text[end : cell.sentence_end(end)].strip(_CLOSING)


def tail_clause(cell: Any) -> tuple[int, int] | None:
    """The span (in the cell's normalised text) of a clause of completion tails closing its
    sentence after a clause that holds a perfective marker (已完成施工,并验收通车), or None. Work
    said to go on (正在施工), a negation, a hedge or a promise in the clause before leaves none."""
    if not TAIL_CLAUSES:
        return None
    text = cell.text
    if _within("ongoing").search(text):
        return None
    for m in _tails_clause().finditer(text):
        start = m.start()
        if cell.clause_start(start) != start or not closes(cell, m.end()):
            continue
        s0 = cell.sentence_start(start)
        before = text[s0:start]
        if not _ends_clause().search(before):
            continue
        if (_within("marker").search(before) and not _hedged().search(before)
                and not promised(text, s0, start)):
            return start, m.end()
    return None


def chained(cell: Any, running: bool) -> tuple[int, int] | None:
    """The span of an unmarked completion chain (完工并试生产, 建成投运) that closes a running-text
    task cell's sentence after the work it names, or None: undated, unpromised, not negated nor
    hedged, on no part and with no step as its subject (方案设计完成并通过验收 names a step)."""
    if not (CHAINED_DONE and running):
        return None
    text = cell.text
    for m in _chain().finditer(text):
        start = m.start()
        c0 = cell.clause_start(start)
        if start == c0 or not closes(cell, m.end()):
            continue  # no subject: the chain is the aim's verb (建成投用XX)
        if (negated(text, start) or _hedged().search(text, max(c0, start - 2), start)
                or promised(text, c0, start) or DATED.search(text, c0, start)
                or names_part(text, c0, start) or _within("stage").search(text, c0, start)
                or has_figure(text[m.end() : cell.sentence_end(m.end())])):
            continue
        return start, m.end()
    return None
