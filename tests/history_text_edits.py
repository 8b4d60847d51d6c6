"""Edits of a real progress text, as a later report may carry it: copied or updated.

Used to measure and test the 进展未更新 (unchanged_text) rule on all 108 progress texts of the
sample. ``CARRIED`` edits leave the report's content as it was; ``UPDATED`` edits change it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

ADDED = "同时，组织召开专题推进会，研究解决项目推进中的困难和问题。"


def reformatted(text: str) -> str | None:
    """Half-width punctuation made full-width and a space after each full stop."""
    out = text.replace(",", "，").replace(";", "；").replace(":", "：").replace("。", "。 ")
    return out if out != text else None


def period_moved(text: str) -> str | None:
    """The period words moved on a quarter, the figures left alone (a copy with a new date)."""
    out = re.sub(r"(\d{1,2})月", lambda m: f"{min(int(m[1]) + 3, 12)}月", text)
    for old, new in (("二季度", "三季度"), ("上半年", "前三季度")):
        out = out.replace(old, new)
    return out if out != text else None


def figure_updated(text: str) -> str | None:
    """The first figure that is not a date raised by a tenth (a real update)."""
    m = re.search(r"(?<![\d.\-—~])(\d+(?:\.\d+)?)(?![\d.]*\s*[月日号年\-—~])", text)
    if m is None:
        return None
    value = float(m[1]) * 1.1 + 1
    new = f"{value:.2f}" if "." in m[1] else str(round(value))
    return text[: m.start()] + new + text[m.end():]


def sentence_added(text: str) -> str | None:
    return text.rstrip() + ADDED


def sentence_dropped(text: str) -> str | None:
    parts = [p for p in text.split("。") if p.strip()]
    return "。".join(parts[:-1]) + "。" if len(parts) >= 2 else None


CARRIED: dict[str, Callable[[str], str | None]] = {
    "copied": lambda t: t, "reformatted": reformatted, "period_moved": period_moved}
UPDATED: dict[str, Callable[[str], str | None]] = {
    "figure_updated": figure_updated, "sentence_added": sentence_added,
    "sentence_dropped": sentence_dropped}
