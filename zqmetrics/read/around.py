"""The text around a table read from text, as rows: a lead paragraph over the table, paragraphs
after it, that no cell holds and that state a figure or a status (:func:`.tabletext.around_table`
decides which). Loaded by :mod:`.reader` only for a table with such a line around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zqmetrics.read.layouts import with_bars
from zqmetrics.read.rows import item_records, to_frame

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

# A line a table's reader did not read that may be a sentence of the report: no bar, a Chinese
# word and a digit, and sentence punctuation or more words than a heading holds (coverage.py
# decides; this only spares a table that has no such line the text readers' import).
_SENTENCE_MARKS = frozenset("，,。；;")
_TEXT_TABLES = frozenset({"pipe_table", "paragraph_table", "vertical_pipe", "spaced_table"})
_HEADING_CHARS = 30


def _may_be_sentence(line: str) -> bool:
    text = line.strip()
    return ("|" not in text and any(ch.isdigit() for ch in text)
            and any("\u4e00" <= ch <= "\u9fff" for ch in text)
            and (len(text) > _HEADING_CHARS or any(ch in _SENTENCE_MARKS for ch in text)))


def with_text_around(frame: pd.DataFrame, text: str) -> pd.DataFrame:
    """``frame`` read from ``text``; when it is a table, with the text around the table that no
    cell holds and that states a figure or a status, as rows of their own in text order (read
    with low confidence, said once among the warnings): a lead paragraph over the table,
    paragraphs after it. Never dropped in silence (:func:`.tabletext.around_table`)."""
    if frame.attrs.get("layout") not in _TEXT_TABLES:
        return frame
    # The lines as the table's reader saw them (a tab-separated copy with bars).
    lines, barred = text.split("\n"), with_bars(text).split("\n")
    # The title is the table's (around_table counts it placed): a title line alone is no reason to
    # look further, which spares the common table with nothing around it but its title.
    title = str(frame.attrs.get("title") or "").strip()
    if not any(_may_be_sentence(line) and line.strip() != title for line in barred):
        return frame
    import pandas as pd  # lazy: pandas is heavy; the frame's own import loaded it already

    # lazy: as around_table, for a table with text around it only
    from zqmetrics.read.headed_text import headed_rows, sentence_title

    # lazy: the text readers (which read such a passage) load only for a table with text around
    from zqmetrics.read.tabletext import around_table

    records = frame.to_dict("records")
    title = frame.attrs.get("title")
    rows, notes = around_table(lines, barred, records,
                               None if sentence_title(title, lines) else title)
    starts = [r.get("line") if isinstance(r.get("line"), int) else None for r in records]
    rows = headed_rows(lines, rows, [s for s in starts if s is not None])
    attrs = dict(frame.attrs)
    if not rows:
        frame.attrs["warnings"] = [*attrs.get("warnings", []), *notes]
        return frame
    # Each row goes after the table rows starting on or before its line; a row before the first
    # table row is numbered 0.n, one after row s is s.n (the conventions' unnumbered rows).
    between: dict[int, list[dict[str, Any]]] = {}  # rows going before table row ``at``, in order
    for row in rows:
        at = next((i for i, s in enumerate(starts) if s is not None and s > int(row["line"])),
                  len(starts))
        between.setdefault(at, []).append(row)
        row["seq"] = f"{records[at - 1]['seq'] if at else 0}.{len(between[at])}"
    pieces: list[pd.DataFrame] = []
    done = 0
    for at, own in sorted(between.items()):
        pieces.append(frame.iloc[done:at])
        extra = to_frame(item_records(own), title=attrs.get("title"), period=None,
                         source=str(attrs.get("source")), encoding=None, warnings=[],
                         layout=attrs.get("layout"))
        extra["seq_inferred"] = True
        for column in ("place", "year", "period"):
            extra[column] = [attrs.get(column)] * len(extra)
        extra["data_month"] = [r.get("data_month") or attrs.get("data_month") for r in own]
        pieces.append(extra.astype(frame.dtypes.to_dict(), errors="ignore"))
        done = at
    pieces.append(frame.iloc[done:])
    out = pd.concat(pieces, ignore_index=True)
    out.attrs = {**attrs, "warnings": [*attrs.get("warnings", []), *notes]}
    return out
