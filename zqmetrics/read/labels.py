"""Labelled parts of an item read from running text: ``<header word>：<text>`` is that role's cell.

Reports written as items often label their parts with the words a table would use as headers
(``进展情况：…``, ``牵头责任单位：市财政局。``, ``(责任单位：市住建局)``, ``完成情况：…``). A line
opening with such a label, or a bracket holding one, gives the labelled role its text; the header
lexicon (``data/headers.tsv``) decides the role, so every header word a table knows works here.
The first owner label is the owner (the lead unit; 协同/配合 units after it stay in the progress).
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.read.columns import header_column
from zqmetrics.text.lazy import lazy_re

_LABEL = lazy_re(r"\s*([^\s:：，,。；;()（）]{2,10})\s*[:：]\s*(.*)", re.DOTALL)
_BRACKET = lazy_re(r"[（(]\s*([^\s:：()（）]{2,10})\s*[:：]\s*([^()（）]+)[)）]")
_ROLES = ("units", "progress", "plan", "contact", "status")
# A label inside a task's text, after a comma, a sentence end or a space (农村道路畅通工程，牵头部门：
# 市交通局。): its value runs to the next comma or sentence end.
_INLINE = lazy_re(r"(?<=[，,。；;\s])\s*([^\s:：，,。；;()（）]{2,10})\s*[:：]\s*([^，,。；;\n]+)[。；;]?")
# A task opening with a label naming the task (任务目标：<task>, 目标任务：<task>): the label goes.
_TASK_ROLES = ("task", "target")
# Switched off by evaluation/ablation.py (the package runs with it on).
INLINE_LABELS = True


def _role(label: str) -> str | None:
    role = header_column(label)
    return role if role in _ROLES else None


def apply_labels(item: dict[str, Any]) -> dict[str, Any]:
    """The item with labelled lines and brackets moved to their roles (see the module text)."""
    out = dict(item)
    for key in ("task", "progress"):
        text = out.get(key) or ""
        for m in reversed(list(_BRACKET.finditer(text))):
            role = _role(m[1])
            if role == "units" and not out.get("units"):
                out["units"] = m[2].strip().rstrip("。；;")
                text = (text[: m.start()] + text[m.end():]).strip()
        out[key] = text
    if INLINE_LABELS:
        out = _inline_labels(out)
    kept: list[str] = []
    for line in (out.get("progress") or "").split("\n"):
        lm = _LABEL.match(line)
        role = _role(lm[1]) if lm else None
        if lm is None or role is None:
            kept.append(line)
        elif role == "units":
            if out.get("units"):
                kept.append(line)
            else:
                out["units"] = lm[2].strip().rstrip("。；;")
        elif role == "progress":
            kept.append(lm[2])
        elif not out.get(role):
            out[role] = lm[2].strip()
        else:
            kept.append(line)
    out["progress"] = "\n".join(s for s in kept if s.strip())
    return out


def _inline_labels(out: dict[str, Any]) -> dict[str, Any]:
    """Labels inside the task's text: an owner label gives the owner (the first), a progress label
    opens the progress (the text after it goes in front of the progress); a label naming the
    task at its start is dropped."""
    task = str(out.get("task") or "")
    lm = _LABEL.match(task)
    if lm is not None and header_column(lm[1]) in _TASK_ROLES and lm[2].strip():
        task = lm[2].strip()
    owner = progress = None
    for m in _INLINE.finditer(task):
        role = _role(m[1])
        if role == "progress":
            progress = m
            break
        if role == "units" and owner is None and not out.get("units"):
            owner = m
    if progress is not None:
        rest = task[progress.start(2):].strip()
        task = task[: progress.start()].strip()
        out["progress"] = "\n".join(p for p in (rest, out.get("progress") or "") if p)
    if owner is not None and owner.end() <= len(task):
        out["units"] = owner[2].strip()
        task = (task[: owner.start()] + task[owner.end():]).strip()
    out["task"] = task.rstrip("，, ")
    return out


def task_label_end(text: str) -> int:
    """Where the text after a label naming the task starts (任务目标：<task>), or -1."""
    lm = _LABEL.match(text)
    return lm.start(2) if lm is not None and header_column(lm[1]) in _TASK_ROLES else -1


def progress_label_at(text: str) -> int:
    """Where a progress label inside the text starts (…。 进展情况：…), or -1."""
    return next((m.start() for m in _INLINE.finditer(text) if _role(m[1]) == "progress"), -1)
