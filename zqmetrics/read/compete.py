"""Text layouts compete: every text reader that finds items gives a reading, a score picks one.

A text without a table may be a 督查 bulletin, numbered items, a prose article or none of these;
each reader claims some texts and reads them its own way. Rather than taking the first reader
that finds anything, every applicable reader gives a candidate reading and the one that explains
the text best is taken. The score of a reading (higher is better) adds:

- *marker agreement*: the text's own item markers are the strongest evidence of where items
  start. The lines opening with a marker are grouped by numbering style (一、 / （一） / 1. / （1） /
  ① / 一是 / a sign such as ☑ …), and the lines holding the entries of a status-led list
  (进度滞后的有：A、B, or the lines after such a lead) are a style of their own, ``list``, as are
  paragraphs opening with an article's opener word (关于…。), ``opener``. Sub-items (with a
  parent) are a level of their own: the agreement is the items' average over the two levels, each
  with its best style (sub-items on no marker line, the clauses of a heading's body or the
  components inside a paragraph, are left out: no marker opens them). Agreement is the best
  Jaccard overlap between the reading's item start lines and one style's lines: a reading whose
  items line up with one numbering level scores 1; one that mixes levels, or starts items where
  the text has no marker, scores less. A text with no marker gives every reading 0, and the other
  terms decide.
- *swallowed markers*: a marker line of the agreeing style that no item starts at, but that sits
  inside an item's text, is an item merged into its neighbour; so is every entry of a status-led
  list that the reading keeps inside another item (whatever style agrees). Each swallowed item
  costs its share of the reading's items.
- *coverage*: the share of the text's content characters that the items hold (task, progress,
  status, owner; a status shared by several items counted once), so a reading that leaves most
  of the text as orphans scores less.
- *cells filled*: the share of items that have more than a task (a progress, status or owner).

Near ties (within ``_MARGIN``) go to the more specific layout, in the order bulletin, numbered
items, article, generic: the generic reading is the fallback, taken when it explains the text
clearly better.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from zqmetrics.read.generic import MARKER, marker_number, marker_style
from zqmetrics.read.items import layout_words
from zqmetrics.read.symbols import SIGN_LEVEL

Items = list[dict[str, Any]]
# Weights: agreement with the text's markers counts twice coverage; filled cells break near ties.
_W_AGREE = 2.0
_W_COVER = 1.0
_W_FILLED = 0.25
_W_SWALLOW = 2.0
# A later (less specific) reading must beat an earlier one by this much: coverage and filled
# cells move by a few hundredths between a clause and a paragraph reading of the same prose.
_MARGIN = 0.15
# ``frame``: what the article reader sets aside as an item's framing, read though no cell holds
# it: a press item's dateline and source (中经报道…讯(…), 记者从…获悉，), a list's lead (…分别是：).
_PARTS = ("task", "progress", "units", "plan", "contact", "frame")
# A list entry is found in a reading when an item's task opens with its first characters.
_KEY = 6
# Switched off by evaluation/ablation.py (the package runs with it on).
NAMED_ENTRIES = True


@dataclass(frozen=True)
class Reading:
    layout: str
    items: Items
    score: float


def marker_styles(lines: Sequence[str], listed: Counter[int]) -> dict[str, set[int]]:
    """Line numbers (1-based) of the lines opening with an item marker, by style; plus the
    lines holding entries of a status-led list, as the style ``list``."""
    styles: dict[str, set[int]] = {}
    openers = layout_words("opener")
    for number, line in enumerate(lines, start=1):
        if line.strip().startswith(openers):  # 关于…。: an article's item opener
            styles.setdefault("opener", set()).add(number)
        m = MARKER.match(line)
        if m and len(line.strip()) > len(m[0].strip()):
            styles.setdefault(marker_style(m), set()).add(number)
        sign = SIGN_LEVEL.match(line)  # ☑<task>: a signed heading (read.symbols)
        if sign and len(line.strip()) > len(sign[0].strip()):
            styles.setdefault("sign", set()).add(number)
    if listed:
        styles["list"] = set(listed)
    return styles


def _agreement(starts: set[int], styles: dict[str, set[int]]) -> tuple[float, set[int]]:
    best, chosen = 0.0, set()
    for lines in styles.values():
        score = len(starts & lines) / len(starts | lines)
        if score > best:
            best, chosen = score, lines
    return best, chosen


# Reader pass 25, off in the package (one development document so far, jinxiang-2014-08; the tests
# and evaluation/ablation.py set it on): a heading the reading keeps as the parent of the sub-items
# under it (2、医疗惠民工程 over (1)(2)(3)) is no item swallowed: the reading says what it is.
SECTION_PARENTS = False


def _parents_of(items: Items, lines: Sequence[str]) -> set[int]:
    """The marker lines that head sub-items of the reading: numbered as their ``parent_seq``,
    with no top item starting between the line and the first of them."""
    if not SECTION_PARENTS:
        return set()
    tops = sorted(int(i["line"]) for i in items if not i.get("parent_seq"))
    out: set[int] = set()
    for item in items:
        parent, at = item.get("parent_seq"), int(item["line"])
        if not parent:
            continue
        floor = max((t for t in tops if t < at), default=0)
        for number in range(at - 1, floor, -1):
            m = MARKER.match(lines[number - 1])
            if m and marker_number(m) == str(parent):
                out.add(number)
                break
    return out


def _covered(items: Items) -> int:
    statuses = {str(i.get("status") or "") for i in items}
    return sum(len(str(i.get(k) or "")) for i in items for k in _PARTS) + sum(map(len, statuses))


def _key(text: Any) -> str:
    """The opening characters of an item's task or a list entry, without white space."""
    return "".join(str(text or "").split())[:_KEY]


def score_reading(items: Items, lines: Sequence[str], styles: dict[str, set[int]],
                  listed: Counter[int], names: dict[int, list[str]] | None = None) -> float:
    """The score of one reading (see the module text); ``listed`` counts a status-led list's
    entries on each line."""
    if not items:
        return float("-inf")
    content = sum(len(line.strip()) for line in lines)
    # Sub-items (with a parent) are a level of their own: each level agrees with one style. A
    # sub-item on no marker line (a clause of a heading's body, a component inside a paragraph)
    # is neither confirmed nor denied by the markers, and reads no list entry: left out here.
    marker_lines = set().union(*(v for k, v in styles.items() if k != "list"))
    marked = [i for i in items if not i.get("parent_seq") or int(i["line"]) in marker_lines]
    subs = {int(i["line"]) for i in marked if i.get("parent_seq")}
    tops = {int(i["line"]) for i in marked if not i.get("parent_seq")}
    starts = tops | subs
    agree, chosen = _agreement(tops, styles)
    if subs:
        agree_sub, chosen_sub = _agreement(subs, styles)
        agree = (agree * len(tops) + agree_sub * len(subs)) / (len(tops) + len(subs))
        chosen = chosen | chosen_sub
    first = min(starts, default=0)
    # A marker line no item starts at, but after an item's start: inside that item's text.
    inside = {line for line in chosen - starts if line > first} - _parents_of(marked, lines)
    # A status-led list's entries on one line: those the reading does not start an item for
    # are inside another item (A、B、C等项目滞后 read as one item swallows two).
    per_line = Counter(int(i["line"]) for i in marked)
    if NAMED_ENTRIES and names is not None:
        # Each entry of a status-led list is an item of its own: one the reading starts no item
        # with is inside another (counting items per line would take a reading that cuts the
        # line into as many sentences for one that reads its names).
        starts_with = [_key(i.get("task")) for i in items]
        entries = [_key(n) for line, ns in names.items() if line >= first for n in ns]
        lost = sum(not any(t.startswith(e) for t in starts_with) for e in entries if e)
    else:
        lost = sum(max(0, n - per_line[line]) for line, n in listed.items() if line >= first)
    swallowed = len(inside - set(listed)) + lost
    cover = min(1.0, _covered(items) / content) if content else 0.0
    filled = sum(any(i.get(k) for k in ("progress", "status", "units")) for i in items) / len(items)
    return (_W_AGREE * agree + _W_COVER * cover + _W_FILLED * filled
            - _W_SWALLOW * swallowed / len(items))


def best_reading(lines: Sequence[str], readings: Sequence[tuple[str, Items]],
                 listed: Counter[int], names: dict[int, list[str]] | None = None) -> Reading | None:
    """The best-scoring reading among those with items (in order of preference), or None."""
    styles = marker_styles(lines, listed)
    best: Reading | None = None
    for layout, items in readings:
        if not items:
            continue
        found = Reading(layout, items, score_reading(items, lines, styles, listed, names))
        if best is None or found.score > best.score + _MARGIN:
            best = found
    return best
