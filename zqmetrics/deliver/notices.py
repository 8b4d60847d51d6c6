"""What the command line says on standard error about a report before it delivers anything.

- ``notices``: said and carried on (``--period`` overriding the period read from the title).
- ``assumptions``: said, and with ``--strict`` refused: a report whose period cannot be found
  (the pace cannot be judged) and every reader warning (a table read without a header, lines
  skipped …), each said once per file.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from zqmetrics.deliver.labels import fill
from zqmetrics.read.periods import period_from_title
from zqmetrics.text.lexicon import data_text

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def report_notices(frame: pd.DataFrame, name: str, period: str | None,
                   lang: str = "zh") -> tuple[list[str], list[str]]:
    """(notices, assumptions) about one report read with ``--period period``."""
    notices: list[str] = []
    assumptions: list[str] = []
    title = frame.attrs.get("title")
    found = period_from_title(title) if isinstance(title, str) and title else None
    if period and found is not None and found.label != period:
        notices.append(fill("notice_period_override", lang, path=name, found=found.label,
                            given=period))
    unknown = not period and found is None and not frame.attrs.get("period")
    if unknown:
        month = frame.attrs.get("month")
        assumptions.append(fill("warn_year_missing", lang, path=name, month=month)
                           if isinstance(month, int) else fill("warn_period_missing", lang, path=name))
    for warning in dict.fromkeys(frame.attrs.get("warnings") or []):
        if unknown and warning.startswith(_SAID_ABOVE):
            continue  # the line above says it, with what to do
        assumptions.append(reader_note(warning, name, lang))
    return notices, assumptions


# The reader's notes of an unknown period, which the period's own assumption says already.
_SAID_ABOVE = ("period unknown:", "the year is not stated;")


def reader_note(warning: str, name: str, lang: str = "zh") -> str:
    """A reader's note on ``name`` as the command line says it: in Chinese by the patterns of
    ``data/reader_notes.tsv`` (the note as written when none matches), in English as written."""
    return fill("warn_reader", lang, path=name,
                warning=note_in_chinese(warning) if lang == "zh" else warning)


def note_in_chinese(warning: str) -> str:
    """``warning`` (a reader's note, in English) in Chinese, or as it is when no pattern of
    ``data/reader_notes.tsv`` matches it whole."""
    for pattern, zh in _patterns():
        m = pattern.fullmatch(warning)
        if m is not None:
            return zh.format(**m.groupdict())
    return warning


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for number, raw in enumerate(data_text("reader_notes.tsv").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) != 2:
            raise ValueError(f"reader_notes.tsv line {number}: expected pattern, zh")
        out.append((re.compile(fields[0]), fields[1]))
    return tuple(out)
