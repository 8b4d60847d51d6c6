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

from zqmetrics.read.clauses import PERIOD_OPENER
from zqmetrics.read.columns import header_column
from zqmetrics.read.wide import is_org
from zqmetrics.text.lazy import lazy_re

_LABEL = lazy_re(r"\s*([^\s:：，,。；;()（）]{2,10})\s*[:：]\s*(.*)", re.DOTALL)
_BRACKET = lazy_re(r"[（(]\s*([^\s:：()（）]{2,10})\s*[:：]\s*([^()（）]+)[)）]")
_ROLES = ("units", "progress", "plan", "contact", "status")
# A label inside a task's text, after a comma, a sentence end or a space (农村道路畅通工程，牵头部门：
# 市交通局。): its value runs to the next comma or sentence end.
_INLINE = lazy_re(r"(?<=[，,。；;\s])\s*([^\s:：，,。；;()（）]{2,10})\s*[:：]\s*([^，,。；;\n]+)[。；;]?")
# A task opening with a label naming the task (任务目标：<task>, 目标任务：<task>): the label goes.
_TASK_ROLES = ("task", "target")
# An owner named before the task: offices before 负责的/牵头的 and the task
# (县发改局负责的“严格落实…”), or an office as the label of a numbered line (（一）县教育局：学前教育…).
_OWNER_BEFORE = lazy_re(r"\s*([^\s:：，,。；;“”\"()（）]{2,40}?)(?:牵头)?(?:负责|牵头)的\s*(\S.*)", re.DOTALL)
# The task after an office's label: a short first sentence, else the first clause.
_OWNER_TASK = lazy_re(r"([^。；;，,！？!?\n]{2,30})[。；;，,]\s*(\S.*)", re.DOTALL)
# A body opening with a count (项目7项，均达序时进度): the office's label names the group its
# count is of, the task (闽清新区建设工作指挥部：项目7项…), not an owner over a task.
_COUNT_FIRST = lazy_re(r"[^，,。；;:：]{0,8}?(?:\d+|[一二三四五六七八九十两]+)\s*[项个件]")
_SEPARATORS = lazy_re(r"[、，,；;\s]+")
_LEVELS = ("省", "市", "州", "县", "区", "旗", "镇", "乡")
_QUOTED = lazy_re(r"“([^“”]+)”(.*)", re.DOTALL)
# Switched off by evaluation/ablation.py (the package runs with them on).
INLINE_LABELS = True
OWNER_FIRST = True


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
    if OWNER_FIRST and not out.get("units"):
        out = _owner_first(out)
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


def _offices(text: str) -> bool:
    """Offices of a level of government (县教育局, 市住建局、区财政局): a name ending like an
    office's is not enough before a task (三明汽车维修中心, 国槐路方案市规划局 are projects)."""
    parts = [p for p in _SEPARATORS.split(text.strip()) if p]
    return bool(parts) and is_org(text) and all(p.startswith(_LEVELS) for p in parts)


def _owner_first(out: dict[str, Any]) -> dict[str, Any]:
    """An owner named before the task gives the owner, and the task is what follows it: a task
    cell that is an office's name over the item's text (the label of ``（一）县教育局：学前教育促进工程。
    其中…``), or offices before ``负责的`` (``县发改局负责的“<task>”…``)."""
    task = str(out.get("task") or "").strip()
    progress = str(out.get("progress") or "").strip()
    if task and progress and _offices(task.rstrip(":：")) and not _COUNT_FIRST.match(progress):
        m = _OWNER_TASK.match(progress)
        new_task, new_progress = (m[1].strip(), m[2].strip()) if m else (progress, "")
        return {**out, "units": task.rstrip(":："), "task": new_task, "progress": new_progress}
    m = _OWNER_BEFORE.match(task)
    if m is None or not _offices(m[1]):
        return out
    out = {**out, "units": m[1], "task": m[2].strip()}
    quoted = _QUOTED.match(out["task"])
    if quoted is not None and quoted[2].strip():
        # The quoted task ends at its closing mark: what follows is its progress, a period
        # opening it (截至目前，) the item's frame, as in an article's clause.
        rest = quoted[2].strip().lstrip("。；;，,").strip()
        when = PERIOD_OPENER.match(rest)
        if when is not None:
            out["frame"] = out.get("frame", "") + when[0]
            rest = rest[when.end():].strip()
        out["task"] = quoted[1]
        out["progress"] = "\n".join(p for p in (rest, progress) if p)
    return out


def task_label_end(text: str) -> int:
    """Where the text after a label naming the task starts (任务目标：<task>), or -1."""
    lm = _LABEL.match(text)
    return lm.start(2) if lm is not None and header_column(lm[1]) in _TASK_ROLES else -1


def progress_label_at(text: str) -> int:
    """Where a progress label inside the text starts (…。 进展情况：…), or -1."""
    return next((m.start() for m in _INLINE.finditer(text) if _role(m[1]) == "progress"), -1)
