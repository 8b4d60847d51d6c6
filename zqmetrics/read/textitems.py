"""The text layouts' readings of a report that is not a table: the bulletin, numbered items,
article and generic readers each read it, and the reading that explains the text best is taken.

Loaded by :mod:`zqmetrics.read.reader` only for such a report (a table's cold start never imports
the text readers).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from zqmetrics.read.articles import read_article
from zqmetrics.read.bracketed import bracketed_items
from zqmetrics.read.bulletin import read_bulletin
from zqmetrics.read.compete import best_reading
from zqmetrics.read.counted import split_counted
from zqmetrics.read.coverage import furniture, merged, unplaced_rows
from zqmetrics.read.examples import split_examples
from zqmetrics.read.generic import generic_items
from zqmetrics.read.glued import unglue
from zqmetrics.read.grid import pick_title
from zqmetrics.read.labels import apply_labels
from zqmetrics.read.listed import split_listed
from zqmetrics.read.periods import Period
from zqmetrics.read.respective import split_respective
from zqmetrics.read.respective_text import split_respective_text
from zqmetrics.read.rows import item_records, to_frame
from zqmetrics.read.sections import read_sectioned_items
from zqmetrics.read.segments import segment_of, split_inline
from zqmetrics.read.subparts import split_parts, split_topics

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


# Reader pass 25 (switched off by evaluation/ablation.py): the generic reading does not see lines
# of page furniture (索 引 号:…/2016-00092主题分类:…, 2021-01-29 12:17:45 来源:…). Their digits
# made it take them for paragraphs reporting a figure, and a reading holding them explained more
# of the text than the article reading, which then lost the competition. Tried and not kept: titles
# whose only figures are a date or a period (1-6月份重点项目推进情况通报) left out too (no development
# row more, three more rows read that pair with none, the held-out at-risk R lower).
GENERIC_FURNITURE = True


def _without_furniture(lines: list[str]) -> list[str]:
    """``lines`` with each line of page furniture blanked (the numbering of the lines kept)."""
    if not GENERIC_FURNITURE:
        return lines
    return ["" if line.strip() and furniture(line) else line for line in lines]


def text_items_frame(lines: list[str], name: str, period: Period | None, encoding: str | None,
                     notes: list[str]) -> pd.DataFrame | None:
    """The best reading of the text readers (bulletin, numbered items, article, generic), or None
    when none finds an item."""
    title = pick_title(line for line in lines[:10] if len(line.strip()) <= 60)
    lines = unglue(lines)  # 一开展… 二开展… 三开展…: numbers that lost their separator
    # Items listed inside one line (一是…；二是…) are cut into segments first, for every reader
    # but the article one, which reads 一是 parts as components of its paragraph.
    cut, origin = split_inline(lines)
    article = [{**i, "line": segment_of(cut, origin, i)}
               for i in bracketed_items(read_article(lines))]
    # The entries are named as the labels leave them (an owner before the task is no name).
    listed_items = [apply_labels(i) for i in read_bulletin(cut)]
    names: dict[int, list[str]] = {}  # a status-led list's entries, by line
    for i in listed_items:
        names.setdefault(int(i["line"]), []).append(i.get("task") or "")
    listed = Counter({line: len(entries) for line, entries in names.items()})
    readings = [("bulletin", listed_items)] + [
        (k, [apply_labels(i) for i in r]) for k, r in (
            ("numbered_items", read_sectioned_items(cut)), ("prose", article),
            ("generic", generic_items(_without_furniture(cut))))]
    # Every text reader gives its reading; the one that explains the text best is taken.
    best = best_reading(cut, readings, listed, names)
    if best is not None:
        layout, warnings = best.layout, notes
        if layout == "generic":  # no layout recognised: said, never a silent guess
            layout = "prose"
            warnings = [f"layout not recognised: {len(best.items)} items read by numbered "
                        "markers, paragraphs or sentences", *notes]
        # A task listing names closed by their count (A、B2项正在…) is an item per name: in the
        # reading taken, not before they compete (the split would let the article reading take a
        # bulletin whose names the bulletin reader already reads one by one).
        # Figures given 分别 to several names (A、B分别完成…x、y) are dealt out to them, likewise.
        # Items named as examples of a problem (…需加快进度。如A、B、C。) are items, likewise.
        # A part after 其中 with its own ratio, verdict or target (…，其中新开工项目开工率95.5%) is a
        # row after its item, likewise (before the 分别 lists: such a part may be one).
        # A 分别 list opening a clause of a progress (…：A、B参保率分别达到99.5%、97%) is cut out
        # as an item for the 分别 reading to deal out (reader pass 38).
        # Names listed in an item's running text (…，A、B等项目已在实施中) are items, likewise; a
        # counted group among them (A、B等40个项目正在…) one item.
        # Text the reading placed in no cell is no task (page furniture, a title, the report's
        # framing) or a row of its own, said once: never dropped in silence. Found before the
        # splits below, so that an unplaced list of names closed by its count is split too.
        read = [{**i, "line": origin[i["line"] - 1]} for i in best.items]
        unplaced, said = unplaced_rows(lines, read)
        if said:
            warnings = [*warnings, *said]
        items = split_listed(split_examples(split_respective(split_respective_text(split_parts(
            split_topics(split_counted(merged(read, unplaced, lines))))))))
        frame = to_frame(item_records(items), title=title, period=period, source=name,
                         encoding=encoding, warnings=warnings, layout=layout)
        # The text before the first item (导语: 10件民生实事顺利完成…) may judge every item at once.
        # The reading's own first item: an unplaced passage above it is still the lead.
        first = min((int(i["line"]) for i in read if i.get("line")), default=1)
        frame.attrs["lead"] = "\n".join(line.strip() for line in lines[: first - 1] if line.strip())
        return frame
    return None
