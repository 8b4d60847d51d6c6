"""Items written on one line: a line cut before each item marker that follows a separator.

Running text often lists items inside one paragraph: ``一是新建…；二是改造…。``, ``1.新建…；2.改造…``,
``①…。②…``. Every text reader takes an item per marker *line*, so such a line is cut into one
segment per item first: before a marker (any style of :data:`.generic.MARKER`) that follows
``；``/``;``/``。`` (or the lead-in's ``，``/``：``), when the line holds at least two markers of one style
(a lone ``1.`` after a full stop may be a figure's own numbering). The cut lines keep the line
of the text they came from, so rows still point at the user's text.
"""

from __future__ import annotations

from typing import Any

from zqmetrics.read.columns import header_column
from zqmetrics.read.generic import MARKER, marker_style
from zqmetrics.read.labels import progress_label_at, task_label_end
from zqmetrics.text.lazy import lazy_re

# Cut after every separator; pieces that open with no marker of the list's style go back to
# the piece before them, so a comma only cuts where an item marker follows (今年以来，一是…).
_AFTER_SEPARATOR = lazy_re(r"(?<=[；;。：:，,])")
_MIN_SAME = 2


# A label naming the task (任务目标：, 目标任务：) after a sentence end or a space: on a line
# holding two or more, each opens an item (任务目标：<task>。 进展情况：<progress>。 任务目标：…).
_TASK_LABEL = lazy_re(r"(?:^|(?<=[。；;！？!?\s]))\s*([^\s:：，,。；;()（）]{2,6})\s*[:：]")
# Switched off by evaluation/ablation.py (the package runs with it on).
LABELLED_PAIRS = True


def cut_labels(line: str) -> list[str]:
    """The line cut before each label naming the task when it holds two or more, else whole."""
    starts = [m.start(1) for m in _TASK_LABEL.finditer(line)
              if header_column(m[1]) in ("task", "target")]
    if len(starts) < _MIN_SAME:
        return [line]
    bounds = [0, *starts[1:], len(line)] if starts[0] > 0 else [*starts, len(line)]
    return [p for a, b in zip(bounds, bounds[1:], strict=False) if (p := line[a:b].strip())]


def split_inline(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with inline item lists cut into one segment per item, and for each segment the
    1-based number of the line it came from."""
    out: list[str] = []
    origin: list[int] = []
    for number, line in enumerate(lines, start=1):
        labelled = cut_labels(line) if LABELLED_PAIRS else [line]
        for part in (p for piece in labelled for p in _cut(piece)):
            out.append(part)
            origin.append(number)
    return out, origin


def _cut(line: str) -> list[str]:
    pieces = [p for p in _AFTER_SEPARATOR.split(line) if p]
    if len(pieces) < _MIN_SAME:
        return [line]
    styles = []
    for piece in pieces:
        m = MARKER.match(piece)
        styles.append(marker_style(m) if m and len(piece.strip()) > len(m[0].strip()) else None)
    counts = {s: styles.count(s) for s in styles if s}
    style = max(counts, key=lambda s: counts[s], default=None)
    if style is None or counts[style] < _MIN_SAME:
        return [line]
    segments: list[str] = []
    for piece, found in zip(pieces, styles, strict=True):
        if found == style or not segments:
            segments.append(piece)
        else:
            segments[-1] += piece
    return [s.strip() for s in segments]


def segment_of(cut: list[str], origin: list[int], item: dict[str, Any]) -> int:
    """The segment (1-based) of a line-numbered item: the one of its line holding its task's
    opening, else the line's first segment."""
    line = int(item["line"])
    opening = str(item.get("task") or "")[:6]
    ks = [k for k, n in enumerate(origin, start=1) if n == line]
    return next((k for k in ks if opening and opening in cut[k - 1]), ks[0])


def labelled_pairs(para: str) -> list[dict[str, str]]:
    """The items of a paragraph written as labelled pairs (任务目标：<task>。 进展情况：<progress>。
    任务目标：…): each task label opens an item, its progress label the progress; none unless
    every part opens with a task label and one holds a progress label."""
    pairs = []
    for part in cut_labels(para):
        start = task_label_end(part)
        if start < 0:
            return []
        at = progress_label_at(part)
        task, progress = (part[start:at], part[at:]) if at > start else (part[start:], "")
        pairs.append({"task": task.strip().rstrip("。；; "), "progress": progress.strip()})
    return pairs if any(p["progress"] for p in pairs) else []
