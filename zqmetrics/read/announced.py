"""A count that announces the parts after it (reader pass 27).

A report often says how many items it is about to give, then gives them: ``3项进展较快，A完成率35%、
B完成率50%、C完成率100%``; ``有9个指标超额完成年度任务，即：A…；B…；…`` (nine ``；``-clauses). A careful
reader splits there by the shape alone: the count and the number of parts agree. Without that
agreement nothing is split (``2个项目，投资分别为3亿元、5亿元`` is one item's figures; a list of
names whose 、 the count does not match may hold a 、 inside a name).

Two forms, one rule (the switch :data:`COUNT_ANNOUNCED`):

- *in one clause*: a comma part that is only a count and what is said of the counted items
  (``3项进展较快``, ``4项正在抓紧实施``: a status or progress word of ``counted_said``,
  ``named_status`` or ``list_status`` in data/layout_cues.tsv), then parts joined by ``、`` (outside brackets and quotes)
  up to the clause's end, as many as the count: each part is an item, the words up to the count
  the first item's frame;
- *over clauses*: a count closed by a colon, after at most a short comma part (``…，即：``), when
  the ``；``-clauses from there to the sentence's end are as many as the count: the lead is the
  first clause's frame (the later clauses are read as clauses anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from zqmetrics.read.clauses import comma_parts
from zqmetrics.read.counted import said_of_counted
from zqmetrics.read.named import count_of, split_names
from zqmetrics.text.lazy import lazy_re

# Switched off by evaluation/ablation.py (the package runs with it on).
COUNT_ANNOUNCED = True

_CLASSIFIER = r"[个個项項件宗所座处處条條家]"
_NUMERAL = r"(\d{1,2}|[两二三四五六七八九十])"
# A comma part that is only a count and what is said of the counted (3项进展较快; 有4项正在抓紧实施):
# no figure after the count, a short saying.
_COUNT_PART = lazy_re(rf"^\s*(?:其中\s*)?有?\s*{_NUMERAL}\s*{_CLASSIFIER}([^\d，,。；;:：、]{{2,12}})\s*$")
# A count closed by a colon after at most a short comma part (有9个指标超额完成年度任务，即：).
_COUNT_LEAD = lazy_re(rf"^((?:[^，,。；;:：]{{0,30}}[，,])?[^，,。；;:：\d]{{0,6}}?{_NUMERAL}\s*{_CLASSIFIER}"
                      r"[^\d，,。；;:：]{1,16}(?:[，,][^\d，,。；;:：]{0,4})?\s*[:：])(.+)$")
_PART_MIN = 4  # a part names something: at least this many characters, none of them a figure first
_NOT_PART = lazy_re(r"^\s*(?:\d|占|比|同比|其中|分别|均|共|合计)")


def _parts_ok(parts: list[str]) -> bool:
    return all(len(p) >= _PART_MIN and not _NOT_PART.match(p) and "分别" not in p for p in parts)


def in_clause(clause: str) -> tuple[str, list[str]] | None:
    """The lead (up to and including the count's comma part) and the parts of a clause whose count
    announces them, or None."""
    if not COUNT_ANNOUNCED or "、" not in clause:
        return None
    parts = comma_parts(clause)
    # The last comma part that is only a count: the parts it announces follow it.
    for k in range(len(parts) - 2, -1, -1):
        m = _COUNT_PART.match(parts[k].rstrip("，,"))
        if m is None:
            continue
        if not said_of_counted(m[2].strip()):
            # 3所学校，新增学位1200个、教师120名、食堂3个: a count of things, not of items that
            # something is said of (进展较快, 正在…: data/layout_cues.tsv), with its own figures.
            return None
        lead = "".join(parts[: k + 1])
        named = split_names(clause[len(lead):].strip(), keep_empty=True)
        if len(named) >= 2 and len(named) == count_of(m[1]) and _parts_ok(named):
            return lead, named
        return None
    return None


def over_clauses(clause: str, clauses_left: int) -> tuple[str, str] | None:
    """The lead and the first part of a clause whose count, closed by a colon, announces the
    ``clauses_left`` ``；``-clauses from this one to its sentence's end, or None."""
    if not COUNT_ANNOUNCED or clauses_left < 2:
        return None
    m = _COUNT_LEAD.match(clause)
    if m is None or count_of(m[2]) != clauses_left or len(m[3].strip()) < _PART_MIN:
        return None
    return m[1], m[3].strip()


def clause_items(clause: str, item: dict[str, Any],
                 split: Callable[[str], tuple[str, str]]) -> list[dict[str, Any]]:
    """The items of a clause whose count announces its parts (:func:`in_clause`), each cut by
    ``split`` (the article reader's), the lead the first one's frame after ``item``'s own; none
    when the count announces none."""
    found = in_clause(clause)
    if found is None:
        return []
    lead, named = found
    out = []
    for j, part in enumerate(named):
        task, progress = split(part)
        frame = item.get("frame", "") + lead if j == 0 else ""
        out.append({"line": item["line"], "task": task, "progress": progress,
                    **({"frame": frame} if frame else {})})
    return out


def clauses_left(clauses: list[str]) -> list[int]:
    """For each clause of a paragraph (its closing mark kept), how many clauses from it to its
    sentence's end, itself included: the ``；``-clauses a count may announce."""
    left, run = [0] * len(clauses), 0
    for j in range(len(clauses) - 1, -1, -1):
        run = run + 1 if clauses[j][-1:] in ("；", ";") else 1
        left[j] = run
    return left
