"""An article's plan and the progress told after it, read as one item (reader pass 20).

Articles often state a part's plan, then its progress in the next clause or sentence:
``道路交通新开工及在建项目44项,年度计划投资141.46亿元。截至目前,开工33项,…``;
``工业项目35个,年度计划投资440.07亿元,前10月累计完成投资469.13亿元``;
``水利基础设施项目, 年初安排8项,计划完成投资23.7亿元。目前已开复工7项,…``. The clause reader
cuts the second part at its own "subject", which is only a period cue (``前10月``, ``全州共``) or
the progress itself (``开工33项``, ``目前已开复工7项``), so the plan became a row with no progress
and the progress a row of its own. Here such a pair becomes one item: the plan stays in the task
cell (where the extractor reads a target), the progress is the text after it as written.

A plan cue standing as a "subject" (``计划年内`` | ``完成投资4.5亿元``) is the plan of the item
before it, not an item: it joins that item's task cell, where the extractor reads a target.

The words: ``bare_period`` and ``whole_scope`` of data/layout_cues.tsv, with the ``plan``,
``achieved`` and ``counted_verb`` words the clause reader uses.
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.read.items import layout_words
from zqmetrics.text import lexicon
from zqmetrics.text.lazy import lazy_re

# Switched off by evaluation/ablation.py (the package runs with it on).
PLAN_PROGRESS = True
# On since reader pass 23 (it helped one development document, minhe-2019-05: 续建项目4项,…,计划年内
# 完成投资4.5亿元, the plan then read as the part's target): with PLAN_OPENS below, a plan cue alone
# is no task in two documents (xiangtan-xiangxiang-2023-10: 年计划|完成…); one ablation switch.
PLAN_CUES = True

# A month span or a month count said without a subject (1-6月份, 1至7月, 前10月, 9月底).
_MONTHS = r"(?:前\s*\d{1,2}\s*[个個]?月|\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月份?|\d{1,2}\s*月(?:份|底|末)?)"
_PARTS = lazy_re(r"[^，,]+[，,]?")
_COUNT_ONLY = lazy_re(r"\s*(?:\d+\s*[个個项項件家所座宗处處条條]?)?\s*(?:$|[，,。；;])")
_EDGES = "，,。；;：: \u3000"


@lexicon.derived
def _bare_cue() -> re.Pattern[str]:
    """Period cues and whole-area scope words, any number of them, from the start."""
    words = "|".join(re.escape(w) for w in layout_words("bare_period") + layout_words("whole_scope"))
    return re.compile(rf"^(?:\s*(?:{words}|{_MONTHS})\s*[，,]?)+")


def _rest(task: str) -> str:
    """``task`` without its leading period cues and scope words."""
    m = _bare_cue().match(task)
    return task[m.end():].strip(_EDGES) if m else task.strip(_EDGES)


def _progress_led(rest: str) -> bool:
    """Whether what stands as a subject opens with the progress itself: an achieved word, a
    counted verb followed by its count, or ``(已)全部<counted verb>``."""
    body = rest.lstrip("已").strip()
    body = body[2:] if body.startswith("全部") else body
    if any(body.startswith(w) for w in layout_words("achieved")):
        return True
    for word in layout_words("counted_verb"):
        if body.startswith(word):
            # 开工33项 is the count reached; 新开工82个产业项目 names a subject of its own.
            return _COUNT_ONLY.match(body[len(word):]) is not None
    return False


def no_subject(task: str) -> bool:
    """Whether an item's task names nothing of its own: only a period cue and scope words
    (前10月, 全州共, 年内), or those before the progress (开工33项, 目前已开复工7项)."""
    rest = _rest(task)
    return not rest or _progress_led(rest)


def _plan_only(text: str) -> bool:
    """Whether every comma part of ``text`` states scope or plan, no progress: an achieved word
    only after a plan word (计划完成投资23.7亿元), and the last part holds a plan word and a figure."""
    parts = [p.strip(_EDGES) for p in _PARTS.findall(text) if p.strip(_EDGES)]
    if not parts:
        return False
    plans = layout_words("plan")
    for part in parts:
        done = min((at for w in layout_words("achieved") if (at := part.find(w)) >= 0), default=-1)
        if done >= 0 and not any(0 <= part.find(w) < done for w in plans):
            return False
    last = parts[-1]
    return any(w in last for w in plans) and any(ch.isdigit() for ch in last)


# Reader pass 23 (switched off by evaluation/ablation.py with PLAN_CUES): a plan cue alone
# opening its line opens the plan (its clause to the first comma the task); with FORECASTS, a
# forecast cue alone (全年预计) after an item of its line is that item's progress.
PLAN_OPENS = True
# Off: a forecast cue joined to the item before puts its forecast figure (全年预计完成600亿元) in the
# progress, where the extractor reads an actual (the sixteenth collection's actuals F1 0.399 ->
# 0.379); the forecast stays a row of its own (low value, but no figure misread).
FORECASTS = False
_YEAR_WORD = lazy_re(r"^(?:全年|今年|本年|年度|年)")
_FORECAST = lazy_re(r"(?:全年|今年|年内|年內)?(?:预计|預計)")
_FIRST_COMMA = lazy_re(r"[，,；;。]")


def _year_less(task: str) -> str:
    """``task`` without a year word before its plan word (年计划 → 计划)."""
    return _YEAR_WORD.sub("", task.strip(_EDGES), count=1)


def _open_plan(item: dict[str, Any]) -> None:
    """The plan cue's item with the clause after it (to the first comma) in its task cell."""
    progress = str(item.get("progress") or "")
    cut = _FIRST_COMMA.search(progress)
    if cut is None or cut.start() == 0:
        return
    item["task"] = item["task"].strip() + progress[: cut.start()].strip()
    item["progress"] = progress[cut.end():].strip()


def _plan_cue(task: str) -> bool:
    """A plan word then only a period cue (计划年内, 年計劃): the plan part of the item before."""
    text = task.strip(_EDGES)
    word = next((w for w in layout_words("plan") if text.startswith(w)), None)
    if word is None:
        return False
    after = text[len(word):]
    return not after.strip(_EDGES) or not _rest(after)


def _written(line: str, start: int, item: dict[str, Any]) -> tuple[int, int] | None:
    """Where ``item``'s task then progress stand in ``line`` from ``start``, as (begin, end)."""
    task, progress = item["task"].strip(), (item["progress"] or "").strip()
    begin = line.find(task, start)
    if begin < 0:
        return None
    end = begin + len(task)
    if progress:
        tail = progress[-8:]
        found = line.find(tail, end)
        if found < 0:
            return None
        end = found + len(tail)
    return begin, end


def _plan_to_task(item: dict[str, Any], line: str) -> None:
    """An item whose progress opens with its plan sentence, the progress after it (as the clause
    reader joins a clause going on with the item: 年初安排8项,计划完成投资23.7亿元。目前已开复工7项,…):
    the plan sentence moves to the task cell, as written."""
    head, mark, rest = (item["progress"] or "").partition("。")
    if not mark or not rest.strip() or not _plan_only(head):
        return
    if not no_subject(re.split(r"[，,]", rest.strip(), maxsplit=1)[0]):
        return
    begin = line.find(item["task"])
    end = line.find(head, begin + len(item["task"])) if begin >= 0 else -1
    if end >= 0:
        item["task"] = line[begin:end + len(head)].strip(_EDGES)
        item["progress"] = rest.strip()


def join_plans(items: list[dict[str, Any]], lines: list[str]) -> list[dict[str, Any]]:
    """The items with each plan and the progress told after it read as one (see the module)."""
    if not (PLAN_PROGRESS or PLAN_CUES):
        return items
    out: list[dict[str, Any]] = []
    cursor: dict[int, int] = {}  # how far each line has been matched, so a repeated phrase is found in order
    for item in items:
        before = out[-1] if out else None
        number = item.get("line")
        if not isinstance(number, int) or not 0 < number <= len(lines):
            out.append(item)
            continue
        line = lines[number - 1]
        if PLAN_PROGRESS and item["task"]:
            _plan_to_task(item, line)
        first_here = before is None or before.get("line") != number
        if PLAN_OPENS and first_here and _plan_cue(_year_less(item["task"])):
            # 年计划|完成地区生产总值617亿元以上，1—9月完成…: a plan cue opening its line opens the
            # plan, whose clause runs to the first comma; the progress follows it.
            _open_plan(item)
        elif (PLAN_OPENS and FORECASTS and before is not None and not first_here
              and _FORECAST.fullmatch(item["task"].strip(_EDGES))):
            # …，全年预计|完成600亿元，完成年计划的97%: a forecast of the item before, its progress
            # (joined by the mark the line has between them).
            said = str(before.get("progress") or "").rstrip(_EDGES)
            more = item["task"].strip(_EDGES) + str(item.get("progress") or "")
            mark = next((m for m in (",", "，", "；", ";") if said + m + more in line), "，")
            before["progress"] = mark.join(x for x in (said, more) if x)
            continue
        if before is None or first_here or not line or item.get("seq"):
            out.append(item)
            continue
        prev = _written(line, cursor.get(number, 0), before)
        here = _written(line, prev[1], item) if prev else None
        if prev is None or here is None:
            out.append(item)
            continue
        between = line[prev[1]:here[0]]
        if PLAN_CUES and _plan_cue(item["task"]) and not between.strip(_EDGES):
            # 续建项目4项,复工率100%,完成投资7272万元,计划年内完成投资4.5亿元: the plan part of
            # the item before, read in its task cell (where a target is read), as SCOPE_RUN keeps
            # a plan told before the progress.
            part = line[here[0]:here[1]].strip(_EDGES)
            before["task"] = before["task"].rstrip(_EDGES) + (between.strip() or "，") + part
            cursor[number] = prev[0]
            continue
        if (PLAN_PROGRESS and _plan_only(line[prev[0]:prev[1]]) and no_subject(item["task"])
                and not _rest(between.strip(_EDGES))):
            # The plan, then its progress: one item, the plan in the task cell, the progress the
            # text after it as written (its period cue included).
            before["task"] = line[prev[0]:prev[1]].strip(_EDGES)
            before["progress"] = line[prev[1]:here[1]].strip(_EDGES)
            cursor[number] = prev[0]
            continue
        cursor[number] = prev[0]
        out.append(item)
    return out
