"""A counted list lead's verdict carried to the items it introduces (reader pass 29, issue 10).

An article may judge a group in its lead and list the group after a colon: 基本完成节点计划的30个
项目分别是：A、B、C…, or a paragraph closed by 新增完成的16项具体工作包括： over the next paragraph's
clauses. The lead is the report's word on each item it lists, as a status heading is for the items
under it (corpus conventions), so each of those items keeps the lead as its ``status`` (handed over
as ``status_text`` and read by :func:`zqmetrics.judge.verdicts.cell_verdict`).

Structure decides, not topic words: the lead is the last comma part before a colon, holds a count
(N项, N个) and states a verdict in the status-cell lexicon (``data/cell_verdicts.tsv``,
``data/verdicts.tsv``); a lead naming only a topic (主要工作包括：) carries nothing. It reaches the
rest of its own paragraph when the list follows the colon, else the next paragraph only (a verdict
stops where its list does). An item's own status wins: it is never replaced.
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.text.cues import word_table
from zqmetrics.text.lexicon import derived
from zqmetrics.text.normalize import normalize

# Switched off by evaluation/ablation.py (the package runs with it on).
LEAD_STATUS = True

# The lead: the last comma part before a colon, with a count of what it lists (30个, 16项).
_LEAD = re.compile(r"([^，,。；;:：]{2,40})[:：]")
_COUNT = re.compile(r"\d+\s*[项項个個件条條处處]")


@derived
def _verdict_words() -> tuple[dict[str, str], re.Pattern[str]]:
    """The status-cell lexicon the judge reads a lead with (``cell_verdict``: verdicts.tsv, then
    cell_verdicts.tsv over it), longest word first; the reader may not import the judge."""
    table = {**word_table("verdicts.tsv"), **word_table("cell_verdicts.tsv")}
    words = sorted(table, key=lambda w: (-len(w), w))
    return table, re.compile("|".join(re.escape(w) for w in words) or "(?!)")


def _lead_verdict(lead: str) -> bool:
    """Whether a counted lead states a verdict on what it lists (a word that is no verdict, 基本完成
    or 正在推进, says nothing)."""
    return _COUNT.search(lead) is not None and states_verdict(lead)


def states_verdict(text: str) -> bool:
    """Whether ``text`` holds a word of the status-cell lexicon that is a verdict."""
    table, pattern = _verdict_words()
    return any(table[m.group()] != "none" for m in pattern.finditer(normalize(text).text))


def carry_lead_status(items: list[dict[str, Any]], lines: list[str]) -> list[dict[str, Any]]:
    """``items`` (read from ``lines``, each with its 1-based ``line``), the items a counted lead
    with a verdict introduces given the lead as their ``status`` where they have none."""
    if not LEAD_STATUS or not items:
        return items
    paragraphs = [(i + 1, line.strip()) for i, line in enumerate(lines) if line.strip()]
    for k, (number, text) in enumerate(paragraphs):
        for m in _LEAD.finditer(text):
            lead = m[1].strip()
            if not _lead_verdict(lead):
                continue
            rest = text[m.end():].strip()
            if rest:
                # The list follows the colon: the items of this paragraph named after it.
                after = text[m.end():]
                targets = [i for i in items if i.get("line") == number
                           and i.get("task") and i["task"] in after]
            elif k + 1 < len(paragraphs):
                following = paragraphs[k + 1][0]
                targets = [i for i in items if i.get("line") == following]
            else:
                targets = []
            for item in targets:
                if not item.get("status"):
                    item["status"] = lead
    return items
