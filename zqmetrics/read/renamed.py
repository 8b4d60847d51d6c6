"""A sentence opening with the thing the item before it counted is that item's progress (reader
pass 30, issue 10).

A plan sentence sets out a counted group and its plan, and the next sentence reports on the group
under its name again: with the count left out (2021年安排全市重点建设项目710项，年度投资计划1015亿元。
全市重点建设项目1-3月累计完成投资…) or put first with words after the name (…市级重点项目15个，年度计划
投资21.3亿元。1-9月，15个市级重点项目经审核完成投资…). :func:`.clauses.named_again` reads the same
count and thing closing a subject; this reads the thing opening it. Before, the plan stayed a row
with no result and its figures a row of their own, so neither could be judged.

Only the item just before is continued, and only while it has set out a plan (a word of ``plan``
in data/layout_cues.tsv) and reported nothing (no achieved word but a plan's own 计划完成: a group
that has its figures already is reported again, not continued). A count before the name must be
the group's own (35个重点项目 after 重点项目40个 is another group); the subject holds no other figure
than a month (重点项目中新开工项目50个… is a part with its own count); the name is at least
:data:`THING_MIN` characters of the item's own words (项目 alone names every group).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from zqmetrics.read.clauses import achieved_at
from zqmetrics.read.items import layout_words
from zqmetrics.text.lazy import lazy_re

# Switched off by evaluation/ablation.py (the package runs with it on).
RENAMED = True
THING_MIN = 4  # characters of the group's name the later subject must open with

_MEASURE = "个個项項件家所座条條"
# A count closing the group's name in the plan sentence (重点建设项目710项).
_COUNT = lazy_re(rf"(\d+)\s*([{_MEASURE}])")
# A count opening the later subject (15个市级重点项目…).
_COUNT_OPEN = lazy_re(rf"^(\d+)\s*([{_MEASURE}])")
# The bracketed pinyin gloss some pages print after a character (重點(diǎn)建設(shè)項(xiàng)目): page furniture.
_GLOSS = lazy_re(r"\([a-z\u00e0-\u01dc]+\)")
# The name before a count: Han characters only (no figure, no punctuation inside a name).
_NAME_TAIL = lazy_re(r"[\u4e00-\u9fff]+$")
# A plan's own verb (年度计划完成投资100.7亿元): the plan, not something reported.
_PLANNED = lazy_re(r"(?:计划|計劃|目标|目標)(?:累计|累計)?完成")
# A data period inside the later subject (…项目1-3月累计…): a date, not a count of its own.
_SPAN = lazy_re(r"\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月份?|\d{1,2}月份?")
_SAME = str.maketrans("個項條", "个项条")


def _measure(count: re.Match[str]) -> tuple[str, str]:
    return count[1], count[2].translate(_SAME)


def _shared_opening(subject: str, name: str) -> int:
    """The longest end of ``name`` that ``subject`` opens with, in characters (0 below THING_MIN)."""
    for k in range(len(name), THING_MIN - 1, -1):
        if subject.startswith(name[-k:]):
            return k
    return 0


def renamed_item(task: str, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The item just before ``task``'s clause when ``task`` opens with the group that item counted
    in its task and the item has reported nothing yet, or None."""
    if not RENAMED or not items or not task:
        return None
    earlier = items[-1]
    task = _GLOSS.sub("", task)
    own = _GLOSS.sub("", str(earlier.get("task") or ""))
    said = own + _GLOSS.sub("", str(earlier.get("progress") or ""))
    if achieved_at(_PLANNED.sub("", said)) >= 0:
        return None
    if not any(word in said for word in layout_words("plan")):
        return None  # no plan set out: nothing waits for its progress
    first = _COUNT_OPEN.match(task)
    subject = task[first.end():].lstrip() if first else task
    if any(ch.isdigit() for ch in _SPAN.sub("", subject)):
        return None  # another count in the subject (…项目中新开工项目50个): a part of its own
    for count in _COUNT.finditer(own):
        if first is not None and _measure(first) != _measure(count):
            continue
        name = _NAME_TAIL.search(own[: count.start()].rstrip())
        if name is not None and _shared_opening(subject, name[0]):
            return earlier
    return None


def renamed_progress(item: dict[str, Any], whole: str,
                     own_subjects: Callable[..., list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The clause of ``item`` as the progress of the item it names again, its subject kept as
    written (the group's name and the words before it), and the items its later comma parts
    name of their own (``own_subjects``: .articles._own_subjects)."""
    more = own_subjects(item)
    at = whole.find(item["progress"])
    more[0]["progress"] = (whole[:at] if at > 0 else item["task"] + "，") + more[0]["progress"]
    return more
