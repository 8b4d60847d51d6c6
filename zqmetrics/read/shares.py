"""The share done under a progress header (reader pass 32): a column its header names progress
(形象进度, 工程进度, 完成进度) whose every filled cell is a bare percentage (100.0%, 51%) is the
row's stated completion, read by :func:`.wide.refine_roles` as the ratio column."""

from __future__ import annotations

from collections.abc import Sequence

from zqmetrics.text.lazy import lazy_re

# Switched off by evaluation/ablation.py: a progress column of percentages stays progress text.
PERCENT_SHARES = True
_SHARE_ROWS = 2  # one percentage under a progress header may be a word of it; two make a column
_PERCENT = lazy_re(r"[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*[%％]")


def share_columns(roles: list[str | None], headers: Sequence[str], body: list[list[str]],
                  warnings: list[str]) -> None:
    """Name the ratio, in ``roles``, the first progress column whose filled cells (``body``: the
    cells by column) are all bare percentages, when no column is named the ratio, and say so in
    ``warnings``. A progress column holds words: its percentages would be read as words of the
    progress beside the row's own progress text. A column of the gap to the pace (与序时进度比较%)
    is a status column or none by its header, never this one."""
    if not PERCENT_SHARES or "ratio" in roles:
        return
    for i, role in enumerate(roles):
        filled = [c.strip() for c in body[i] if c.strip()] if i < len(body) else []
        if role == "progress" and len(filled) >= _SHARE_ROWS and all(
                _PERCENT.fullmatch(c) for c in filled):
            roles[i] = "ratio"
            name = headers[i] if i < len(headers) else str(i + 1)
            warnings.append(f"column {name!r} holds only percentages: read as the share done")
            return
