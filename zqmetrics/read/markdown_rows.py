"""Pipe tables copied as Markdown or wiki tables: rows written ``| a | b |``, a rule line under
the header (``| --- | :---: |``). Read as plain pipe rows by :mod:`.pipe` and :mod:`.stream`."""

from __future__ import annotations

from zqmetrics.text.lazy import lazy_re

_MARKDOWN_SHARE = 0.5  # this share of the bar lines open with a bar: a Markdown/wiki table
_RULE = lazy_re(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")  # | --- | :---: | under a header


def markdown_rows(lines: list[str], barred_header: bool = False) -> list[str]:
    """Rows written ``| a | b |`` (Markdown, wiki copies) as ``a | b |``, the rule line blanked.

    Only when nearly every line with a bar opens with one: in other tables a line opening with
    ``|`` continues the row above.
    """
    barred = [line.strip() for line in lines if "|" in line]
    opened = sum(s.startswith("|") for s in barred)
    first = bool(barred) and barred[0].startswith("|")
    if not markdown_table(barred_header, len(barred), opened, first):
        return lines
    return [markdown_line(line) for line in lines]


def markdown_table(barred_header: bool, barred: int, opened: int, first_opens: bool) -> bool:
    """Whether the rows are Markdown rows, from counts over the bar lines (``barred`` of them,
    ``opened`` opening with a bar, the first one opening with one when ``first_opens``)."""
    # Most bar lines open with one, the first among them too: a cell broken over lines leaves
    # lines without the opening bar, which continue the row.
    return barred_header or (barred >= 2 and first_opens and opened >= _MARKDOWN_SHARE * barred)


def markdown_line(line: str) -> str:
    """A Markdown row as a plain pipe row; its rule line blank."""
    s = line.strip()
    return "" if _RULE.fullmatch(s) else s[1:] if s.startswith("|") else line
