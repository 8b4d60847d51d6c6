"""Lists of named items inside an item's running text (reader pass 33, issue 10).

A numbered item or an article's clause often ends in what a bulletin would have listed: ``…均已基本
完成、农民引水、安置房、标准海塘加固等项目已在实施中；教育、环境治理等项目还处于落实或筹建阶段``,
``…新开工建设，郑州CSD国际时尚商贸中心、鑫苑名城等40个项目正在加速建设推进``. The bulletin reader
reads such lists only in a text it takes for a bulletin (:mod:`.named`); here they are read in the
reading taken, whichever layout it is, as the corpus conventions read them:

- *names closed by 等 and a noun of items* (``A、B、C等项目<said>``, ``等民生实事项目``): each name an
  item of its own, what is said after the noun its progress (均 applies to each);
- *names closed by 等, a count and a noun* (``A、B等40个项目<said>``): the count names items the text
  does not name, so the group is one item (the counted phrase its task), as a group row is;
- *names closed by a count that is their number* (``A、B、C等3个子项目<said>``, or with no 等:
  ``A、B、C3个项目<said>``; reader pass 38, ``WHOLE_COUNT``): the list is whole, each name an item.

A list opens a clause (after ``，；。：`` outside brackets, or at the text's start), and its names are
short names (:func:`.named.are_names`: 2 to 40 characters, no figure with a unit, no verb of
progress): a list whose first part is a clause (``已完成A、B等项目…``) is none. A clause closed by a
misplaced ``、`` after an earlier list's words (``…等项目内容均已基本完成、农民引水、安置房…等项目``) is
no name: the list is the run of names after it. What is said of a list is its clause's rest, up to
``，；。`` or the next list, and opens (within a few characters: 内容均已…, 主体竣工) with a word of
progress, stage or status: ``等项目现场``, ``等5个工作小组…`` go on as nouns and are no lists. Not split:

- a list of offices or places (``东湖镇、西山乡等项目进展较快``): who does the work, not items;
- an uncounted list with a figure said of it (``A、B等项目完成投资5亿元``): the whole list's figure;
- names after an amount or a share in their sentence (``完成投资17.6亿元，占年度目标任务74.2%，A、B等
  项目抓紧推进``): examples of the group whose figures those are (corpus conventions, "Names as
  examples of a group");
- a counted group opening the item's progress (``严格落实…计划 | A、B等30个重点项目已完成前期论证``):
  the item's own report.

The item keeps the text no list took; an item that is only its lists gives way to them. A section
heading whose body its sub-items read already is left to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from zqmetrics.read.items import layout_words
from zqmetrics.read.named import are_names, clause_start, count_of, depths, item_nouns
from zqmetrics.read.status_first import names_unit
from zqmetrics.text import lexicon
from zqmetrics.text.cells import cell_text
from zqmetrics.text.cues import word_table
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.normalize import fold_chars

# Switched off by evaluation/ablation.py (the package runs with it on).
LISTED = True
# Reader pass 38: a count equal to the names listed closes a whole list, not a group named by
# examples (A、B、C等3个子项目已完成; A、B、C3个项目已全部完成, with no 等): each name is an item, as
# in an uncounted list. Only with it is a count read with no 等 before it (the names are all
# there, so the count can only be theirs).
WHOLE_COUNT = True

_SAID_END = "，,。；;"
_LONGEST = 40  # characters of a listed name (a project's full name with its phase in brackets)
_DIGIT = lazy_re(r"\d")
_OPENING = 4  # characters of adverb or subject before what is said opens (内容均已…, 主体竣工)
# An amount or a share of the group's own (完成投资17.6亿元, 74.2%, 149户), not a class of projects
# (10亿元以上的大项目) nor a count of items (the group's size: 8个实事工程项目中, 等11个项目).
_GROUP_FIGURE = lazy_re(r"\d+(?:\.\d+)?\s*(?:%|％|[万亿]?元|户|人|套|公里|米|亩|吨)(?!\s*以[上下])")
# What is said of a list opens with a word of progress, stage or status (data/layout_cues.tsv:
# the categories the other list readers read) or a verdict of the status-cell lexicon.
_SAID = ("counted_said", "stage", "achieved", "counted_verb", "shared_stage", "named_status",
         "list_status")


@lexicon.derived
def _said_words() -> re.Pattern[str]:
    words = {w for c in _SAID for w in layout_words(c)}
    words |= set(word_table("verdicts.tsv")) | set(word_table("cell_verdicts.tsv"))
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in ordered))


def _says(said: str) -> bool:
    """``said`` opens with a word of progress, stage or status (after ``_OPENING`` characters
    at most): a predicate, not the rest of a noun phrase (等项目现场, 等5个工作小组)."""
    m = _said_words().search(fold_chars(said))
    return m is not None and m.start() <= _OPENING


@lexicon.derived
def _closer() -> re.Pattern[str]:
    """等, an optional count (近十个, 11个) and a noun of items (项目, 工程, 民生实事项目 …)."""
    nouns = item_nouns("item_noun_built", "listed_noun")
    return re.compile(r"等\s*(?:(?:近|约)?(\d+|[一二三四五六七八九十两]+)\s*[项个件]|一批)?"
                      rf"(?:{nouns})"
                      # or a bare count after the last name (…就业技能培训5个项目), the list's
                      # own size only (WHOLE_COUNT)
                      r"|(?<=[^\d等\s、])\s*(\d+|[一二三四五六七八九十两]+)\s*[项个件]"
                      rf"(?:{nouns})")


def _whole(names: list[str], count: str | None) -> bool:
    """Whether ``count`` (the closer's count, if any) is the number of ``names``: the list is
    whole, each name an item, not examples of a larger group."""
    return WHOLE_COUNT and count is not None and count_of(count) == len(names)


def _lists(text: str) -> list[tuple[int, int, list[str], bool]]:
    """Each list in ``text``: where its names start, where its closer ends, its names and
    whether it is counted (a group: the count names more items than the list); in text order."""
    if "、" not in text or ("等" not in text and not WHOLE_COUNT):
        return []
    folded, depth = fold_chars(text), depths(text)
    out: list[tuple[int, int, list[str], bool]] = []
    for m in _closer().finditer(folded):
        if depth[m.start()] or (out and m.start() < out[-1][1]):
            continue
        clause = clause_start(text, m.start(), depth)
        # A clause holding the previous list: its said words, then (after a 、 where a ； belongs)
        # this list.
        after_list = bool(out) and out[-1][1] > clause
        clause = max(clause, out[-1][1] if out else 0)
        # The names right before 等, back to the clause's start or the first part that is no name.
        start = stop = m.start()
        names: list[str] = []
        whole = True
        for k in range(m.start() - 1, clause - 2, -1):
            if k >= clause and (text[k] != "、" or depth[k]):
                continue
            part = text[k + 1 : stop].strip()
            if not part or not are_names([part], longest=_LONGEST):
                whole = False
                break
            names.insert(0, part)
            start, stop = k + 1, k
        # A list continuing its clause names stages or objects (建设A、B等项目), not items.
        if len(names) < 2 or not (whole or after_list) or all(names_unit(p) for p in names):
            continue
        if m[2] is not None and not _whole(names, m[2]):
            continue  # a count with no 等 is read only as the list's own size
        counted = m[1] is not None and not _whole(names, m[1])
        out.append((start, m.end(), names, counted))
    return out


def _said_end(text: str, depth: list[int], at: int, limit: int) -> int:
    """Where what is said of a list ends: its clause's end (``，；。`` outside brackets, ``depth``
    the bracket depth of each character) after ``at``, or ``limit``."""
    return next((i for i in range(at, limit) if text[i] in _SAID_END and depth[i] == 0),
                limit)


def _split(item: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The items ``item``'s text lists, after the item (with the rest of its text) unless it is
    only a list; None when it lists none."""
    task, progress = cell_text(item.get("task")), cell_text(item.get("progress"))
    # The task and progress read as one text: a list in the task says its words in the progress.
    joint = f"{task}，{progress}" if progress.strip() else task
    lists = _lists(joint)
    if not lists:
        return None
    base = {k: v for k, v in item.items() if k not in ("task", "progress", "seq")}
    parent = item.get("seq") or item.get("parent_seq")
    found: list[dict[str, Any]] = []
    spans: list[tuple[int, int, bool]] = []  # each list read: its text and whether counted
    depth = depths(joint)  # once for every list of the text, not once a list
    for k, (start, end, names, counted) in enumerate(lists):
        limit = lists[k + 1][0] if k + 1 < len(lists) else len(joint)
        # The words said of it open after the comma joining a task to its progress, if any.
        opening = end + len(joint[end:limit]) - len(joint[end:limit].lstrip("，, "))
        # A counted group's row keeps what follows it up to the next list (its figures are the
        # group's); what is said of named items ends with its clause.
        said_end = limit if counted else _said_end(joint, depth, opening, limit)
        said = joint[opening:said_end].strip().strip("，,、 ")
        sentence = next((i + 1 for i in range(start - 1, -1, -1) if joint[i] in "。"), 0)
        if not _says(said) or _GROUP_FIGURE.search(joint[sentence:start]):
            continue  # no predicate; or the names are examples of a group with its own figures
        if counted and start == len(task) + 1:
            continue  # a counted group opening the progress reports the item's own task
        if counted:
            found.append({**base, "task": joint[start:end], "progress": said,
                          "parent_seq": parent})
        elif said and not _DIGIT.search(said):
            found.extend({**base, "task": name, "progress": said, "parent_seq": parent}
                         for name in names)
        else:
            continue
        spans.append((start, said_end, counted))
    if not found:
        return None
    first = spans[0][0]
    # The text no list took (between lists, after the last): the item's, never dropped.
    bounds = [*(e for _, e, _ in spans)], [*(b for b, _, _ in spans[1:]), len(joint)]
    rest = "，".join(p for p in (joint[e:b].strip().strip("。；;，,、 ")
                                for e, b in zip(*bounds, strict=True)) if p)
    if first == 0:
        if spans[0][2]:  # a counted group opening the item is the item itself
            return [{**item, "task": found[0]["task"], "progress": found[0]["progress"]},
                    *found[1:]] + ([{**item, "task": rest, "progress": ""}] if rest else [])
        return found if not rest else [{**item, "task": rest, "progress": ""}, *found]
    if first <= len(task):  # a list opening in the task: the item keeps what is before it
        kept = {**item, "task": task[:first].strip().rstrip("，,、"), "progress": rest}
    else:
        before = joint[len(task) + 1 : first].strip().rstrip("，,、")
        kept = {**item, "progress": "，".join(p for p in (before, rest) if p)}
    return [kept, *found]


def split_listed(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` with the items each one's text lists after it (see the module text)."""
    return split_each(items, _split) if LISTED else items


def split_each(items: list[dict[str, Any]],
               split: Callable[[dict[str, Any]], list[dict[str, Any]] | None]
               ) -> list[dict[str, Any]]:
    """``items`` with each one replaced by what ``split`` makes of it (None: the item as it is),
    but for a section heading whose body its sub-items already read: that is left to them."""
    heads = {i.get("parent_seq") for i in items if i.get("parent_seq")}
    out: list[dict[str, Any]] = []
    for item in items:
        found = None if item.get("seq") in heads and not item.get("parent_seq") else split(item)
        out.extend(found if found is not None else [item])
    return out

