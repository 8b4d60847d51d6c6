"""Items a report names as examples of what it says (reader pass 8).

A bulletin's problems list names the items a problem concerns after 如 (for example): ``部分在建
项目进展不平衡，投资完成率较低。如A、B、C。``, ``…部分项目需加快进度。如A、B等工程进展相对偏慢。``,
``…影响工程进度，如A等项目。`` Each name is an item of its own, what the report says of them (the
problem before 如, and after 等 what follows it) its progress. Read after the text readers have
competed (as :mod:`.counted` and :mod:`.respective` are), on the reading taken.

A list is read only when it is one: two names or more (split at 、 outside brackets), or one name
closed by 等; each name 2 to 40 characters and no clause (a figure with its unit, a verb of
progress, clause punctuation). 如 opens a list only at the start of a sentence or clause and not
as part of a word (如期, 如实, 如何, 如果, 如下).
"""

from __future__ import annotations

from typing import Any

from zqmetrics.read.named import are_names, split_names
from zqmetrics.text.lazy import lazy_re

# Switched off by evaluation/ablation.py (the package runs with it on).
EXAMPLES = True
# 如 (例如) opening a sentence or a clause, then the list up to the sentence's end.
_FOR_EXAMPLE = lazy_re(r"(?:^|(?<=[。，,：:；;]))\s*(?:例如|如)(?![期实實何果下此今同若])\s*([^。；;]+)")
_LONGEST = 40  # characters of a listed name


def _names(text: str) -> tuple[list[str], str]:
    """The names a list gives and what is said after 等 ('' when no 等), or no names."""
    head, deng, tail = text.partition("等")
    names = split_names(head)
    if not names or (len(names) < 2 and not deng):
        return [], ""
    if not are_names(names, longest=_LONGEST):
        return [], ""
    tail = tail.strip()
    # 等项目 / 等工程 names only the group the examples belong to: nothing is said by it.
    return names, "" if tail.lstrip("项項目工程个個件") == "" else tail


def _examples(item: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
    """The items an item names as examples, and whether the item is only their list."""
    for role in ("task", "progress"):
        text = str(item.get(role) or "")
        m = _FOR_EXAMPLE.search(text)
        if m is None:
            continue
        names, tail = _names(m[1])
        if not names:
            continue
        # What is said of them: the problem before 如 and what follows 等 (进展相对偏慢).
        said = text[: m.start()].strip().rstrip("。，,：:；; ")
        before = said or (str(item.get("task") or "").strip() if role == "progress" else "")
        progress = "，".join(p for p in (before, tail) if p)
        base = {k: v for k, v in item.items() if k not in ("task", "progress", "seq")}
        found = [{**base, "task": name, "progress": progress,
                  "parent_seq": item.get("seq") or item.get("parent_seq")} for name in names]
        return found, role == "task" and not said
    return [], False


def split_examples(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` with the items each names as examples after it (see the module text); an item
    that is only such a list (如A、B、C) gives way to its names."""
    if not EXAMPLES:
        return items
    out: list[dict[str, Any]] = []
    # A section heading whose body its sub-items read already: the names are theirs to give.
    heads = {i.get("parent_seq") for i in items if i.get("parent_seq")}
    for item in items:
        if item.get("seq") in heads and not item.get("parent_seq"):
            out.append(item)
            continue
        found, only = _examples(item)
        if not only:
            out.append(item)
        out.extend(found)
    return out
