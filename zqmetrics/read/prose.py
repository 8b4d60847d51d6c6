"""Read a government work report written as prose (政府工作报告) into one row per sentence.

Such reports have no progress table: they state targets in sentences, and they open with a
review of last year whose figures were *achieved*, not set. Each sentence is kept (nothing is
dropped) with the ``section`` it belongs to, decided from the headings by the section cues of
``data/cues.tsv``:

- ``review``: 工作回顾, 过去一年 … — figures achieved; the pipeline reads no targets there;
- ``multi_year``: “十五五”时期主要目标 … — goals for several years, not this year's;
- ``plan``: 2026年重点工作, 工作安排, 民生实事 … — this year's targets;
- ``other``: the opening and closing words.

A heading is a short line without a sentence end, or a line opening with a top-level numeral
(``一、``). A sentence ends at ``。``, ``!`` or ``?`` and may run over several lines.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from zqmetrics.read.decode import read_text
from zqmetrics.text.cues import cue_table
from zqmetrics.text.lazy import lazy_re

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_TOP_HEADING = lazy_re(r"^\s*[一二三四五六七八九十]{1,3}、")
_SUB_HEADING = lazy_re(r"^\s*[（(][一二三四五六七八九十]{1,3}[）)]")
_TITLE_YEAR = lazy_re(r"((?:19|20)\d{2})年")
_SENTENCE_END = "。!?！？"
_SENTENCE_ENDS = tuple(_SENTENCE_END)
_SENTENCE_END_AT = lazy_re(f"[{re.escape(_SENTENCE_END)}]")


def classify_heading(heading: str, report_year: int | None = None) -> str | None:
    """The section a heading opens (review, multi_year, plan), or None if it does not say."""
    table = cue_table("section")
    hits = [value for cue, value in table.items() if cue in heading]
    for kind in ("review", "multi_year", "plan"):
        if kind in hits:
            return kind
    m = _TITLE_YEAR.search(heading)
    if m and report_year is not None:
        year = int(m.group(1))
        return "review" if year < report_year else "plan"
    return None


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if _TOP_HEADING.match(stripped) and len(stripped) <= 60:
        return True
    return len(stripped) <= 30 and not any(ch in stripped for ch in _SENTENCE_END + ",，;；")


def sentences(text: str, report_year: int | None = None) -> list[dict[str, object]]:
    """The sentences of a prose report with their section, heading and starting line."""
    out: list[dict[str, object]] = []
    section, heading = "other", ""
    buffer: list[str] = []
    start_line = 0

    def flush() -> None:
        nonlocal buffer
        body = "\n".join(buffer)
        buffer = []
        pos = 0
        for end in _SENTENCE_END_AT.finditer(body):  # the sentence ends, not every character
            sentence = body[pos : end.end()].strip()
            if sentence:
                out.append({"section": section, "heading": heading, "task": sentence,
                            "line": start_line})
            pos = end.end()
        rest = body[pos:].strip()
        if rest:
            out.append({"section": section, "heading": heading, "task": rest, "line": start_line})

    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith("#") or line.strip() in ("COMPLETE", "---- begin stored text ----"):
            continue
        if _is_heading(line):
            flush()
            # Only a top-level heading changes the section by its year; a lesser heading needs a
            # cue word (附件: 2026年省十件民生实事), and a sub-heading (（一）…) never changes it.
            top = bool(_TOP_HEADING.match(line))
            kind = classify_heading(line, report_year if top else None)
            if kind is not None and not _SUB_HEADING.match(line):
                section = kind
            heading = line.strip()
            continue
        if not buffer:
            start_line = number
        buffer.append(line)
        if line.rstrip().endswith(_SENTENCE_ENDS):
            flush()
    flush()
    return out


def looks_like_prose_report(text: str) -> bool:
    """Whether a text without a table reads like a work report: sectioned by numbered headings."""
    lines = text.split("\n")
    return sum(bool(_TOP_HEADING.match(line)) for line in lines) >= 2 and "。" in text


def read_prose(source: str | os.PathLike[str], *, period: str | None = None) -> pd.DataFrame:
    """One row per sentence of a prose work report, in order, with its ``section``.

    ``source`` is a path or the text itself. The columns match :func:`zqmetrics.read_report`
    (``task`` is the sentence; ``progress`` is empty) plus ``section`` and ``heading``.
    """
    period = getattr(period, "label", period)  # a periods.Period or its label
    if isinstance(source, str) and ("\n" in source or len(source) > 400):
        text, name = source, "<text>"
    else:
        decoded = read_text(source)
        text, name = decoded.text, os.path.basename(os.fspath(source))
    return prose_frame(text, name, period=period)


def prose_frame(text: str, name: str, *, period: str | None = None) -> pd.DataFrame:
    """:func:`read_prose` on text already decoded; ``name`` is the source shown in the frame."""
    import pandas as pd  # lazy: pandas is heavy and the package loads nothing heavy at import

    title = next(
        (ln.strip() for ln in text.split("\n") if "工作报告" in ln and len(ln.strip()) < 60), ""
    )
    year_match = _TITLE_YEAR.search(title) or _TITLE_YEAR.search(text[:2000])
    year = int(year_match.group(1)) if year_match else None
    rows = sentences(text, year)
    frame = pd.DataFrame(
        [
            {
                "seq": str(i),
                "task": r["task"],
                "progress": "",
                "plan": "",
                "units": [],
                "contact": "",
                "title": title,
                "place": title.split(str(year))[0] if year and str(year) in title else "",
                "year": year,
                "period": period or (str(year) if year else None),
                "source": name,
                "line": r["line"],
                "seq_inferred": True,
                "read_issue": None,
                "section": r["section"],
                "heading": r["heading"],
            }
            for i, r in enumerate(rows, start=1)
        ]
    )
    frame.attrs.update(
        title=title, year=year, period=period or (str(year) if year else None), source=name
    )
    return frame
