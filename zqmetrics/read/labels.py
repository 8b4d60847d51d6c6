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
