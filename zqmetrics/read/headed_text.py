"""Numbered headings in the text around a table read from text (reader pass 32): a report whose
sections are numbered (``（一）省重点项目进展情况``, ``一、固定资产投资``) and whose tables stand
inside a section, each cell on its own line, is read as its table with the passages around it
(:mod:`.around`). Those passages were read clause by clause, the section's heading left out as
a heading: the section's item then had no row, its first clause standing for it. Here the
heading of the document's first numbering style is the task of the first passage read under
it, the passage its progress, as the numbered-items reader reads a heading and its paragraph;
and a passage is never the table's title (a title names; a sentence ending in ``。`` states).
Loaded by :mod:`.around` only for a table with text around it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# A heading is short and holds no sentence mark: the measure coverage.heading applies.
from zqmetrics.read.coverage import HEADING_MAX, SENTENCE_END
from zqmetrics.read.generic import MARKER, marker_style

# Switched off by evaluation/ablation.py: the passages around a table keep their own first
# clause as the task, and a sentence may be the table's title.
HEADED_PASSAGES = True

_HEADINGS_MIN = 2  # one numbered line is a stray mark; two of a style make the report's sections


def sentence_title(title: str | None, lines: Sequence[str]) -> bool:
    """Whether a line taken for the title of a report in numbered sections (``lines``) is a
    sentence (it holds ``。`` or ``；``): a passage of a section, not the report's title. A
    report without such sections keeps its title whatever it holds (a 导读 lead restating the
    text below it is the page's, not an item)."""
    return (HEADED_PASSAGES and bool(title) and any(ch in str(title) for ch in "。；;")
            and bool(_sections(lines)))


def _heading(line: str) -> tuple[str, str] | None:
    """The numbering style and the words of a numbered heading line (``（二）列入市重点项目进展
    情况``: short, no bar, no sentence punctuation), else None."""
    # A run of ``?`` around a line is a copy's debris (a space the page's encoding could not hold).
    text = line.strip().strip("?？ \u3000\xa0")
    m = MARKER.match(text)
    if m is None or "|" in text:
        return None
    body = text[m.end():].strip().rstrip("：:")
    if not body or len(body) > HEADING_MAX or any(ch in body for ch in SENTENCE_END):
        return None
    return marker_style(m), body


def headed_rows(lines: Sequence[str], rows: list[dict[str, Any]],
                table_starts: Sequence[int]) -> list[dict[str, Any]]:
    """``rows`` (passages around a table, each with its 1-based ``line``) with the first row under
    each heading of the report's first numbering style taking that heading's words as its task,
    its own words from its task on as its progress. A heading whose section opens with a table
    row before any passage heads no passage; a style with one heading is no section list."""
    tops = _sections(lines) if HEADED_PASSAGES and rows else []
    if not tops:
        return rows
    out = [dict(r) for r in rows]
    bounds = [n for n, _ in tops[1:]] + [len(lines) + 1]
    for (at, words), end in zip(tops, bounds, strict=True):
        first = next((r for r in out if at < int(r["line"]) < end), None)
        if first is None or any(at < s < int(first["line"]) for s in table_starts):
            continue
        passage = _passage(lines[int(first["line"]) - 1], first)
        if passage is None:
            continue
        first["task"], first["progress"] = words, passage
    return out


def _sections(lines: Sequence[str]) -> list[tuple[int, str]]:
    """The 1-based lines and words of the headings of the first numbering style in ``lines``,
    when there are at least two of them; else none."""
    headings = [(n, h) for n, h in ((n, _heading(line)) for n, line in enumerate(lines, start=1))
                if h is not None]
    if not headings:
        return []
    top = headings[0][1][0]
    tops = [(n, words) for n, (style, words) in headings if style == top]
    return tops if len(tops) >= _HEADINGS_MIN else []


def _passage(line: str, row: dict[str, Any]) -> str | None:
    """The words of ``line`` from its start (the passage's first row opens the section's text: a
    period or a frame before its task is the passage's too) to the end of ``row``'s progress,
    verbatim; None when the row's cells are not found in it in that order."""
    line = line.strip()
    task, progress = str(row.get("task") or ""), str(row.get("progress") or "")
    start = line.find(task) if task else -1
    if start < 0:
        return None
    end = start + len(task)
    if progress:
        at = line.find(progress, end)
        if at < 0:
            return None
        end = at + len(progress)
    return line[:end]
