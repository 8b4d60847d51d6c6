"""督查 bulletins: items named in words inside lists whose lead says their status.

A lead names a status (``data/layout_cues.tsv`` list_status: 滞后, 进度偏慢, 已完成 …) and ends
with a list word and/or a colon (分别是：, …为：, 滞后项目：). Its items follow on the same line,
split at ``；`` or ``、`` (or ``，`` when neither is there), or on the lines after it, one item a
line (①… ；), until a line that is not an item. Each item keeps the lead as ``status``; an item
``<name>(第N项)<progress>`` or ``<name>已<done>`` is split there; an owner in brackets
(``(责任单位：X)``) is taken by :mod:`.labels`, as for every text layout.

A *counted status* (a count of items and a status word in one clause or sentence: ``项目25个``
``…已完成``, ``需要加快推进落实事项3件``, ``16个项目推进达到时序进度要求``) is a lead as well, whatever
words link it to its items on the same line:

- a list word opening the next sentence (``一是已完成…的项目25个，占比62.5%。分别为：A、B；C、D``);
- a ``count_lead`` word after the clause, with no colon (``…事项3件，如A…；B…``);
- nothing: a sentence opening with the count (``（二）16个项目推进达到时序进度要求。``) has the
  sentences after it on its line (split at ``。``/``；``) as its items.

Sentences are cut at ``。`` outside quotes and brackets: a quoted task may hold its own ``。``.
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.read.items import LEVELS, layout_words
from zqmetrics.read.named import depths, named_items
from zqmetrics.read.status_first import status_first_items
from zqmetrics.text.lazy import lazy_re

# A bracketed reference to the plan's list (第五项, 第3件, 第十二条) closes the item's name.
_NUMBERED = lazy_re(r"[（(]\s*第[一二三四五六七八九十百\d]+[项件条个]\s*[)）]")
_ORDINAL = lazy_re(r"^\s*(?:[一二三四五六七八九十]+是|[①-⑳]|\d{1,2}[.．、])\s*")
_ITEM_END = "；;。"
# Switched off by evaluation/ablation.py (the package runs with them on).
COUNTED_COLON = True
NAMED_LEADS = True  # a status said of names (进展较快) leads a list (进展较快9项，分别是：…)
CLAUSE_LEADS = True  # a sentence's ；-clauses that each lead a list are read one by one
_COUNTED_CLAUSE = 30  # a counted status before a colon is a short clause
# A count of items: 3件, 16个项目, 十项.
_COUNT = lazy_re(r"(?:\d+|[一二三四五六七八九十两]+)\s*[项个件条]")



def _sentences(text: str) -> list[str]:
    """``text`` cut after each 。 outside brackets and quotes."""
    out, start = [], 0
    if "。" not in text:  # no sentence end, whatever the depths
        return [text] if text.strip() else []
    for i, (ch, d) in enumerate(zip(text, depths(text), strict=True)):
        if ch == "。" and d == 0:
            out.append(text[start : i + 1])
            start = i + 1
    if text[start:].strip():
        out.append(text[start:])
    return out


def _statused(text: str, also: str | None = None) -> bool:
    """``text`` holds a status word (list_status, and the words of ``also`` if given)."""
    return any(s in text for s in layout_words("list_status")) or (
        also is not None and any(s in text for s in layout_words(also)))


def _counted(text: str) -> bool:
    """``text`` states a counted status: a count of items and a status word."""
    return bool(_COUNT.search(text)) and _statused(text)


def _clause_start(text: str, at: int, depth: list[int], marks: str) -> int:
    """Where the clause holding offset ``at`` of ``text`` starts: after the last of ``marks``
    before it outside brackets (``depth``), or at 0. Looked for back from ``at``, not from the
    text's start for each mark a caller tries."""
    return next((i + 1 for i in range(at - 1, -1, -1) if text[i] in marks and not depth[i]), 0)


def _lead_at(text: str, previous: str = "") -> tuple[int, int] | None:
    """Where the status lead starts and the items start after it in ``text``, or None.

    A list word opening the sentence with a colon takes its status from ``previous`` (the
    sentence before it on the line) when that states a counted status: the start is then -1,
    the lead being ``previous`` + ``text`` up to the items."""
    statuses = layout_words("list_status") + (layout_words("named_status") if NAMED_LEADS else ())
    for word in layout_words("list_lead"):
        if word not in text:  # each pattern below needs its word: most lines hold none of them
            continue
        for m in re.finditer(re.escape(word) + r"\s*[:：]?", text):
            before = text[max(0, m.start() - 30) : m.start()]
            colon = m[0].rstrip().endswith((":", "："))
            if any(s in before + word for s in statuses) and (colon or word.startswith("分别")):
                return 0, m.end()
            if colon and not text[: m.start()].strip() and _counted(previous):
                return -1, m.end()
    if COUNTED_COLON and ("：" in text or ":" in text):
        # A counted status closed by a colon (进展偏慢的项目有3项：A、B、C; 进展较快的5项：…): the
        # items follow it, whatever words link the count to its status.
        depth = depths(text)
        for m in re.finditer(r"[:：]", text):
            if depth[m.start()]:
                continue
            start = _clause_start(text, m.start(), depth, "，,；;。")
            clause = text[start : m.start()]
            if (len(clause) <= _COUNTED_CLAUSE and _COUNT.search(clause)
                    and _statused(clause, "named_status") and text[m.end():].strip()):
                return start, m.end()
    words = [word for word in layout_words("count_lead") if word in text]
    depth = depths(text) if words else []
    for word in words:
        for m in re.finditer(r"[，,]\s*" + re.escape(word), text):
            if depth[m.start()]:
                continue
            start = _clause_start(text, m.start(), depth, "，,：:；;")
            if _counted(text[start : m.start()]):
                return start, m.end()
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


def _split_at(text: str, separators: str) -> list[str]:
    parts, start = [], 0
    if not any(ch in text for ch in separators):  # nothing to split at, whatever the depths
        return [text.strip()] if text.strip() else []
    for i, (ch, d) in enumerate(zip(text, depths(text), strict=True)):
        if d == 0 and ch in separators:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


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


# A labelled line: a short label (a group of projects, a 指挥部) before a colon, and a body that
# opens with a count of its items (项目7项，均达序时进度; 81个新建项目已开工52个).
_LABELLED = lazy_re(r"^([^:：，,。；;\d]{2,20})[:：]\s*(\S.*)$")
_BODY_COUNT = lazy_re(r"^[^，,。；;:：]{0,8}?(?:\d+|[一二三四五六七八九十两]+)\s*[项个件]")


def _labelled(text: str, line: int) -> dict[str, Any] | None:
    """The item of a labelled line (``<label>：<count>…``), or None."""
    bare = _strip_marker(text)
    if bare == text:  # a numbered line only: unnumbered labels (责任单位：…) are page furniture
        return None
    m = _LABELLED.match(bare.strip())
    if m is None or not _BODY_COUNT.match(m[2]):
        return None
    return {"task": m[1].strip(), "progress": m[2].strip(), "line": line}


def read_bulletin(lines: list[str]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    body = [(i + 1, line.strip()) for i, line in enumerate(lines) if line.strip()]
    k = 0
    while k < len(body):
        number, text = body[k]
        k += 1
        labelled = _labelled(text, number)
        if labelled is not None:
            # The label is the item; a list inside its body (未达序时进度2项为：A、B) still
            # gives the named items after it.
            items.append(labelled)
        previous = ""
        sentences = [c for s in _sentences(text) for c in _lead_clauses(s)]
        for s_index, sentence in enumerate(sentences):
            found_lead = _lead_at(sentence, previous)
            before, previous = previous, sentence
            if found_lead is None:
                counted = _counted_lead(sentence)
                if counted and s_index + 1 < len(sentences):
                    # (二)16个项目推进达到时序进度要求。A…；B…。: the rest of the line lists them
                    rest = "".join(sentences[s_index + 1:])
                    for part in _split_at(rest, "。；;"):
                        found = _item(part, counted, number)
                        if found:
                            items.append(found)
                    break
                # 对进展偏慢的A、B等2个项目… (the status first: its list bounds the names, a bracket
                # inside a name names nothing); else A、B等…滞后, N项滞后（A、B）
                items.extend(status_first_items(sentence, number) or named_items(sentence, number))
                continue
            start, at = found_lead
            status = (before + sentence[:at] if start < 0 else sentence[start:at]).strip()
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


def _lead_clauses(sentence: str) -> list[str]:
    """``sentence`` cut at its ``；`` when two of its clauses or more lead a list each (已完成12项，
    分别是：A、B；进展偏慢4项，分别是：C、D): each clause is read as a sentence; else the sentence."""
    if not CLAUSE_LEADS or "；" not in sentence and ";" not in sentence:
        return [sentence]
    parts = _split_at(sentence, "；;")
    if sum(_lead_at(p) is not None for p in parts) < 2:
        return [sentence]
    # A clause without a lead of its own is the previous list's last items (A；B).
    out: list[str] = []
    for part in parts:
        if out and _lead_at(part) is None:
            out[-1] += "；" + part
        else:
            out.append(part)
    return out


def _counted_lead(sentence: str) -> str | None:
    """A sentence opening (after its marker) with a count of items and stating a status: the
    status of the items after it, or None."""
    text = _strip_marker(sentence).rstrip("。").strip()
    m = _COUNT.match(text)
    if m is None or len(text) > 30 or not _statused(text[m.end():]):
        return None
    return text


def _strip_marker(text: str) -> str:
    for pattern in LEVELS:
        m = pattern.match(text)
        if m:
            return text[m.end():]
    return _ORDINAL.sub("", text, count=1)


def _open(previous: str) -> bool:
    """The list goes on after this line: it ends with the list separator (the last item ends
    with 。)."""
    return previous.endswith(("；", ";"))


def _numbered(text: str) -> bool:
    return bool(_ORDINAL.match(text) or any(p.match(text) for p in LEVELS))


def _is_item_line(text: str) -> bool:
    return bool(_ORDINAL.match(text) or any(p.match(text) for p in LEVELS)) or (
        text.endswith(tuple(_ITEM_END)) and len(text) <= 80)
