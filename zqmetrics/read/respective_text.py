"""A 分别 list opening a clause inside an item's running text (reader pass 38, issue 10).

:mod:`.respective` deals out the figures of a list whose names are an item's task
(``A、B分别完成…``). An article's clause often opens such a list after its lead, in the middle of a
row: ``其次是参保类项目 | 完成年度参续保任务:A、B参合(保)率分别达到99.5%、97%``,
``从2020年1月1日起 | A、B每人每月已分别提高5元、40元，C每人每年已提高760元``. The names are items of
their own, each with its own figure (the corpus conventions: names each with a figure); the reader
joined them to the row before. Here such a list is cut out of the progress: the words from the
clause's start to 分别 become an item's task and 分别 with the rest of its clause its progress,
and :mod:`.respective` then deals the figures out to each name, as for a list in a task. The row
before keeps the text before the list and the clauses after it.

A list is read only when :mod:`.respective` can deal it out (the first run of figures after 分别
holds as many as there are names), and its first part is a name (no verb of progress:
``完成了A、B分别…`` is a clause), and no name is an office or a place (``A县、B县分别完成…``: units
ranked, not items). A section heading whose body its sub-items read already is left
to them (as :mod:`.listed` leaves it).
"""

from __future__ import annotations

from typing import Any

from zqmetrics.read.listed import split_each
from zqmetrics.read.named import are_names, clause_start, depths
from zqmetrics.read.respective import dealt_names, find_word
from zqmetrics.read.status_first import names_unit
from zqmetrics.text.cells import cell_text

# Off in the package (reader pass 38): it reads anqing-2015-08 (+2 rows) and ningxia-2020-fy (+2)
# of two collections and lowers no corpus line, but the probes' held-out line loses an item count
# (items ±20% 17/45 -> 16/45, 3 more rows read). Switched on by evaluation/ablation.py and the tests.
RESPECTIVE_TEXT = False

_CLAUSE_END = "，,；;。"


def _split(item: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The row before (its progress without the list) and the list as one item whose task lists
    the names; None when its progress opens no clause with a 分别 list."""
    progress = cell_text(item.get("progress"))
    at, word = find_word(progress)
    if at <= 0:
        return None
    depth = depths(progress)
    start = clause_start(progress, at, depth)
    names = dealt_names(progress[start:at], progress[at:])
    # Offices or places given figures each (A县、B县分别完成…) rank the units doing the work: the
    # corpus conventions make no rows of them (as the 和-joined reading of reader pass 37 left them).
    if names is None or not are_names(names[:1]) or any(names_unit(n) for n in names):
        return None
    # What is said of the list ends with the clause holding its first run of figures.
    end = next((i for i in range(at + len(word), len(progress))
                if progress[i] in _CLAUSE_END and depth[i] == 0), len(progress))
    kept = progress[:start].strip().rstrip("，,；; ")
    rest = progress[end:].strip().strip("，,；;。 ")
    base = {k: v for k, v in item.items() if k not in ("task", "progress", "seq")}
    listed = {**base, "task": progress[start:at].strip(), "progress": progress[at:end].strip(),
              "parent_seq": item.get("seq") or item.get("parent_seq")}
    return [{**item, "progress": "，".join(p for p in (kept, rest) if p)}, listed]


def split_respective_text(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` with each 分别 list opening a clause of a progress cut out as an item after its
    row (see the module text), for :func:`.respective.split_respective` to deal out."""
    return split_each(items, _split) if RESPECTIVE_TEXT else items
