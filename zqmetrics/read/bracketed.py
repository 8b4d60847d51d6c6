"""Items of an article that open with a bracket (reader pass 32). A bracket closing a paragraph
with no figure inside (``(记者 王某)``, ``(供稿:某镇)``, ``(编校:某某)``, ``(某某)``) is the page's
byline or source, no item. A sentence written wholly in brackets after the one before it
(``…的目标。(省、市重点建设项目29宗,完成投资…;县重点建设项目43宗,…。)``) is the report's text, its
items read as any, and the opening bracket is no word of the first item's task (switch
``OPEN_BRACKET``, off: one development document, whose item then pairs with a count the extractor
takes for a target).
"""

from __future__ import annotations

from typing import Any

from zqmetrics.read.generic import MARKER

# Switched off by evaluation/ablation.py: a bracketed byline closing a paragraph is an item.
BRACKETED = True
# The opening bracket of a task whose bracket stays open is taken off (off: huidong-2022-05 alone).
OPEN_BRACKET = False

_OPEN = "(（"
_CLOSE = ")）"


def _closing(text: str) -> int | None:
    """Where the bracket opening ``text`` closes, or None when it stays open in ``text``."""
    depth = 0
    for k, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth == 0:
                return k
    return None


def bracketed_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` with an unclosed opening bracket taken off the front of a task, and the items that
    are only a bracket with no figure inside (a byline, a source) left out."""
    if not BRACKETED:
        return items
    out: list[dict[str, Any]] = []
    for item in items:
        task = str(item.get("task") or "").lstrip()
        if task[:1] not in _OPEN or MARKER.match(task):
            out.append(item)
            continue
        whole = (task + str(item.get("progress") or "")).strip().rstrip("。.")
        end = _closing(whole)
        if end == len(whole) - 1 and not any(ch.isdigit() for ch in whole):
            continue  # a byline or a source note: (记者 王某), (供稿:某镇)
        if OPEN_BRACKET and _closing(task) is None and len(task) > 1:
            item = {**item, "task": task[1:].lstrip()}
        out.append(item)
    return out
