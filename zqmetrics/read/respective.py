"""Items a text reading read as one, when their figures are given ``分别`` (respectively).

Reports name several items and then give each its figure in one list, in the same order:
``A、B分别完成投资149.5亿元、185.3亿元，完成年度计划投资的89.8%、91.5%`` (a prose clause),
``A、B、C、D完成率分别为12.6%、14%、23%、23.3%`` (a bulletin's list). Each name is an item of its
own with its own figures: the first list of figures after 分别 must hold as many as there are
names, and every list of that many figures in what is said of them is dealt out in order (a list
of another length, ``省、泉州市级重点项目``, is left as written).

Two shapes are read, after the text readers have competed (as :mod:`.counted` is):

- one item whose task lists the names (split at ``、`` outside brackets and quotes; each 2 to 40
  characters, no clause punctuation) and whose task ends with, or progress holds, 分别 (with
  ``ELIDED_NAMES``, off in the package, a name elided to one character between the others,
  ``第一、二、三产业``: the 二 of 第二产业, is a name as written);
- a run of items already one per name (``A、B、C等3项完成率分别达38%、64%、67.5%``, split by the
  counted-names reading) sharing a progress that holds 分别: each keeps its own figures.
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.read.named import depths, split_names
from zqmetrics.text.lazy import lazy_re

# Switched off by evaluation/ablation.py (the package runs with it on).
RESPECTIVE = True
# Off: a name cut to one character (第一、二、三产业分别…) read as a name helps one development
# document only (danzhou-2013-08, two rows); kept as a switch for the lead, the tests set it on.
ELIDED_NAMES = False
_WORD = "分别"
# A report in traditional characters writes 分別: read as 分别 (the text itself is kept as written).
_WORDS = (_WORD, "分別")


def _find(text: str) -> tuple[int, str]:
    """Where 分别 (in either form) first stands in ``text``, and the form; -1 if nowhere."""
    found = [(text.find(w), w) for w in _WORDS]
    return min(((at, w) for at, w in found if at >= 0), default=(-1, _WORD))


# A figure and its unit (up to four characters up to the next separator): 185.3亿元, 12.6%, 5元.
_VALUE = r"[-+]?\d+(?:\.\d+)?(?:[%％‰]|[^\d、，,。；;：:\s（()）和及]{0,4})"
_RUN = lazy_re(rf"{_VALUE}(?:、{_VALUE})+")
# With AND_JOINED, the last figure (and the last name) may be joined by 和 or 及, as a list is
# written: 分别完成100%和96.9%; A、B、C和D分别完成74.1%、66.7%、65.4%和62.5% (reader pass 19). Off:
# one development document (jiangxi-2018-08, +2 rows; gansu-2015-10's list is inside a 其中 part
# the package does not read, subparts.TASK_FIGURES); a switch for the lead, the tests set it on.
AND_JOINED = False
_RUN_AND = lazy_re(rf"{_VALUE}(?:、{_VALUE})*(?:和|及){_VALUE}|{_VALUE}(?:、{_VALUE})+")
_JOINS = lazy_re(r"、|和|及")
_AND = lazy_re(r"和|及")
_CLAUSE = lazy_re(r"[，,。；;：:]")
_SEP = lazy_re("、")
_NAME = (2, 40)


def _dealt(text: str, k: int) -> list[str] | None:
    """``text`` once for each of ``k`` items, every list of ``k`` figures dealt out in order and
    分别 dropped; None when the first list after 分别 does not hold ``k`` figures."""
    at, word = _find(text)
    if at < 0:
        return None
    run = _RUN_AND if AND_JOINED else _RUN

    def values(m: re.Match[str]) -> list[str]:
        return (_JOINS if AND_JOINED else _SEP).split(m[0])

    runs = [m for m in run.finditer(text) if len(values(m)) == k]
    first = next((m for m in run.finditer(text, at)), None)
    if first is None or len(values(first)) != k:
        return None
    out = []
    for i in range(k):
        parts, start = [], 0
        for m in runs:
            parts += [text[start : m.start()], values(m)[i]]
            start = m.end()
        parts.append(text[start:])
        whole = "".join(parts)
        out.append(whole.replace(word, "", 1))
    return out


def _all_names(parts: list[str], shortest: int = _NAME[0]) -> bool:
    """Whether each part could be a name: of a name's length, no clause punctuation."""
    return all(shortest <= len(p) <= _NAME[1] and not _CLAUSE.search(p) for p in parts)


def _names(task: str) -> list[str]:
    parts = split_names(task, keep_empty=True)
    # An elided name is as short as one character, but the list still names a whole one.
    shortest = 1 if ELIDED_NAMES and max(map(len, parts)) >= _NAME[0] else _NAME[0]
    if len(parts) < 2 or not _all_names(parts, shortest):
        return []
    return parts


def _and_names(task: str) -> list[str]:
    """The names of a list whose last two are joined by 和 or 及 (outside brackets and quotes),
    or none."""
    parts = split_names(task, keep_empty=True)
    last = parts[-1]
    depth = depths(last)
    joins = [m for m in _AND.finditer(last) if depth[m.start()] == 0]
    if len(joins) != 1:
        return []
    at = joins[0]
    split = [*parts[:-1], last[: at.start()].strip(), last[at.end():].strip()]
    if not _all_names(split):
        return []
    return split


def _one(item: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The items of one item whose task lists the names, or None."""
    task = (item.get("task") or "").strip()
    progress = (item.get("progress") or "").strip()
    if task.endswith(_WORDS):
        word = next(w for w in _WORDS if task.endswith(w))
        task, progress = task[: -len(word)].strip(), word + progress
    names = _names(task)
    dealt = _dealt(progress, len(names)) if names else None
    if dealt is None and AND_JOINED:
        # The last name joined by 和 (A、B和C; A和B): two names, when the figures count them so.
        names = _and_names(task)
        dealt = _dealt(progress, len(names)) if names else None
    if dealt is None:
        return None
    base = {k: v for k, v in item.items() if k not in ("task", "progress", "seq")}
    return [{**base, "task": n, "progress": p.strip()} for n, p in zip(names, dealt, strict=True)]


def find_word(text: str) -> tuple[int, str]:
    """Where 分别 (in either form) first stands in ``text``, and the form; -1 if nowhere."""
    return _find(text)


def dealt_names(task: str, progress: str) -> list[str] | None:
    """The names ``task`` lists when the figures of ``progress`` (from 分别) can be dealt out to
    them, as :func:`split_respective` reads an item; None when they cannot."""
    names = _names(task.strip())
    if not (names and _dealt(progress, len(names)) is not None) and AND_JOINED:
        names = _and_names(task.strip())
    return names if names and _dealt(progress, len(names)) is not None else None


def split_respective(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` with their figures dealt out where they are given 分别 (see the module text)."""
    if not RESPECTIVE:
        return items
    out: list[dict[str, Any]] = []
    k = 0
    while k < len(items):
        item = items[k]
        progress = item.get("progress") or ""
        end = k + 1
        while end < len(items) and progress and items[end].get("progress") == progress:
            end += 1
        if end - k >= 2:  # a run of items sharing a progress: its figures are all of theirs
            run, dealt = items[k:end], _dealt(progress, end - k)
            if dealt is not None:
                run = [{**i, "progress": p.strip()} for i, p in zip(run, dealt, strict=True)]
            out.extend(run)
            k = end
            continue
        out.extend(_one(item) or [item])
        k += 1
    return out
