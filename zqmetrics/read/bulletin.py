"""督查 bulletins: items named in words inside lists whose lead says their status.

A lead names a status (``data/layout_cues.tsv`` list_status: 滞后, 进度偏慢, 已完成 …) and ends
with a list word and/or a colon (分别是：, …为：, 滞后项目：). Its items follow on the same line,
split at ``；`` or ``、`` (or ``，`` when neither is there), or on the lines after it, one item a
line (①… ；), until a line that is not an item. Each item keeps the lead as ``status``; an item
``<name>(第N项)<progress>`` or ``<name>已<done>`` is split there; an owner in brackets
(``(责任单位：X)``) is taken by :mod:`.labels`, as for every text layout.
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.read.items import LEVELS, layout_words
from zqmetrics.read.named import named_items

# A bracketed reference to the plan's list (第五项, 第3件, 第十二条) closes the item's name.
_NUMBERED = re.compile(r"[（(]\s*第[一二三四五六七八九十百\d]+[项件条个]\s*[)）]")
_ORDINAL = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|[①-⑳]|\d{1,2}[.．、])\s*")
_ITEM_END = "；;。"


def _lead_at(text: str) -> int | None:
    """Where the items start after a status lead in ``text``, or None."""
    statuses = layout_words("list_status")
    for word in layout_words("list_lead"):
        for m in re.finditer(re.escape(word) + r"\s*[:：]?", text):
            before = text[max(0, m.start() - 30) : m.start()]
            colon = m[0].rstrip().endswith((":", "："))
            if any(s in before + word for s in statuses) and (colon or word.startswith("分别")):
                return m.end()
    return None


def _split_items(text: str) -> list[str]:
    text = text.strip().rstrip("。")
    for separators in ("；;", "、", "，,"):
        parts, depth, start = [], 0, 0
        for i, ch in enumerate(text):
            depth += ch in "(（“"
            depth -= ch in ")）”" and depth > 0
            if depth == 0 and ch in separators:
                parts.append(text[start:i])
                start = i + 1
        parts.append(text[start:])
        if len(parts) > 1:
            return [p.strip() for p in parts if p.strip()]
    return [text]


def _item(text: str, status: str, line: int) -> dict[str, Any] | None:
    text = _ORDINAL.sub("", text).strip().rstrip(_ITEM_END)
    if not text or text.startswith(("其他", "其余")):  # the unnamed rest is not an item
        return None
    item: dict[str, Any] = {"status": status, "line": line}
    numbered = _NUMBERED.search(text)
    done = text.find("已")
    if numbered:
        item["task"], item["progress"] = text[: numbered.end()], text[numbered.end():].strip()
    elif done >= 4:
        item["task"], item["progress"] = text[:done], text[done:]
    else:
        item["task"] = text
    return item


def read_bulletin(lines: list[str]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    body = [(i + 1, line.strip()) for i, line in enumerate(lines) if line.strip()]
    k = 0
    while k < len(body):
        number, text = body[k]
        k += 1
        for sentence in re.findall(r"[^。]+。?", text):
            at = _lead_at(sentence)
            if at is None:
                items.extend(named_items(sentence, number))  # A、B等…滞后, N项滞后（A、B）
                continue
            status = sentence[:at].strip()
            rest = sentence[at:].strip()
            if rest:
                for part in _split_items(rest):
                    found = _item(part, status, number)
                    if found:
                        items.append(found)
                if not _ORDINAL.match(rest):
                    continue
            # The list's items on the lines after the lead (or after its first, numbered item).
            # Items of one list share their form: once the list is numbered, an unnumbered
            # line is an item only when it ends as the list's items do (…；), else it is the
            # last item's text (a numbering lost in copying keeps the separator).
            first = rest if rest else body[k][1] if k < len(body) else ""
            numbered = _numbered(first)
            ending = first[-1:] if first[-1:] in "；;" else None
            while k < len(body) and _is_item_line(body[k][1]) and (
                    not numbered or _numbered(body[k][1])
                    or (ending is not None and items[-1:] != [] and _open(body[k - 1][1]))):
                found = _item(body[k][1], status, body[k][0])
                if found:
                    items.append(found)
                k += 1
    return items


def _open(previous: str) -> bool:
    """The list goes on after this line: it ends with the list separator (the last item ends
    with 。)."""
    return previous.endswith(("；", ";"))


def _numbered(text: str) -> bool:
    return bool(_ORDINAL.match(text) or any(p.match(text) for p in LEVELS))


def _is_item_line(text: str) -> bool:
    return bool(_ORDINAL.match(text) or any(p.match(text) for p in LEVELS)) or (
        text.endswith(tuple(_ITEM_END)) and len(text) <= 80)
