"""Names a bulletin puts after their status (reader pass 31).

Besides names closed by their status (:mod:`.named`: ``A、B、C等3项进展偏慢``), a bulletin may say
the status first and join it to the names with ``的``, the sentence going on with what is done
about them: ``对进展偏慢的A、B、C等3个项目实行挂牌督办``, ``已完成的A、B等项目将组织验收``. The names
run from the ``的`` after a status word (``data/layout_cues.tsv`` named_status and list_status) to
``等``; each is an item with that status when there are two or more, each a short name
(:func:`.named.are_names`), and a count after ``等``, if given, counts them. Names as examples of
a larger group (``进展偏慢的A、B等12个项目``: a count that does not count them) are the group's,
not items.
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.read.items import layout_words
from zqmetrics.read.named import (
    _CLAUSE_END,
    are_names,
    count_of,
    depths,
    item_nouns,
    list_statuses,
    split_names,
)
from zqmetrics.read.wide import is_org
from zqmetrics.read.yearwords import unglossed
from zqmetrics.text import lexicon
from zqmetrics.text.normalize import fold_chars

# Switched off by evaluation/ablation.py (the package runs with it on).
STATUS_FIRST = True


@lexicon.derived
def _close() -> re.Pattern[str]:
    """等, an optional count and an optional noun of the items (等3个项目, 等项目, 等4项)."""
    # The list is closed as a group of items: a bare 等 closes examples of anything (进展偏慢的原因
    # 主要是A、B等。), so a count or an item noun must follow it.
    nouns = item_nouns("item_noun_built")
    return re.compile(rf"等\s*(?:(\d{{1,2}}|[两二三四五六七八九十])\s*[项个件])?(?:{nouns})?")


# The longest name a counted list holds (a project's full name, its phase in brackets).
_LONGEST = 40


def status_first_items(sentence: str, line: int) -> list[dict[str, Any]]:
    """The items of ``<status>的A、B、C等…`` in ``sentence``, in text order."""
    if not STATUS_FIRST or "的" not in sentence or "、" not in sentence:
        return []
    folded, depth = fold_chars(sentence), depths(sentence)
    found: list[tuple[int, dict[str, Any]]] = []  # each with the offset of its status word
    joined: set[int] = set()  # the 的 of each list read: 进展偏慢的 holds 偏慢的, read once
    for status in list_statuses():  # longest first
        start = folded.find(status + "的")
        while start >= 0:
            de = start + len(status)
            names = [] if de in joined else _names_after(sentence, folded, depth, start, status)
            if names:
                joined.add(de)
                found.extend((start, {"task": p, "status": sentence[start:de], "line": line})
                             for p in names)
            start = folded.find(status + "的", start + 1)
    found.sort(key=lambda f: f[0])  # stable: a list keeps its order
    return [item for _, item in found]


def _names_after(sentence: str, folded: str, depth: list[int], start: int,
                 status: str) -> list[str]:
    """The names after ``<status>的`` at ``start``, up to ``等`` in the same clause, or []."""
    if depth[start]:
        return []
    begin = start + len(status) + 1
    end = next((i for i in range(begin, len(sentence))
                if sentence[i] in _CLAUSE_END and depth[i] == 0), len(sentence))
    closer = next((m for m in _close().finditer(folded, begin, end) if not depth[m.start()]), None)
    if closer is None or closer[0].strip() == "等":
        return []
    parts = split_names(sentence[begin : closer.start()])
    if len(parts) < 2 or all(names_unit(p) for p in parts):
        return []  # 进展较快的A县、B局等2个单位: units praised, no items of work
    if closer[1] is None:  # no count: short names only (no figure, no verb of progress)
        return parts if are_names(parts) else []
    if count_of(closer[1]) != len(parts):
        return []  # examples of a larger group: the group's names, not its items
    # Counted: the count bounds the list, so a name may hold a figure (4座台站…), not a clause.
    # A mirrored copy's reading glosses (鎮(zhèn)) are no part of a name's length.
    return parts if all(2 <= len(unglossed(p)) <= _LONGEST for p in parts) else []


def names_unit(name: str) -> bool:
    """Whether ``name`` names a unit (an office or a place) rather than an item of work."""
    # A place of the report's own area (A县, B镇, C街道: data/layout_cues.tsv place_end) does the
    # work; it is no item of it.
    return name.strip().endswith(layout_words("place_end")) or is_org(name)
