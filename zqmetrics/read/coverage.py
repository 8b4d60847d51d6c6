"""Text no reader placed in a cell is accounted for: it is no task, or it is a row of its own.

The text readers (bulletin, numbered items, article, generic) each read the shapes they know and
the best reading is taken (:mod:`.compete`); what that reading leaves out would otherwise be lost
without a word. After the reading is taken, every sentence of the text (cut at 。；！？) is looked
up in the reading's items: the items' cells (task, progress, units, status, a press item's
framing) are cut at their punctuation and each piece is found in the text; a sentence most of
whose characters stand in no piece is *unplaced*. An unplaced sentence is one of:

- *page furniture*, when its whole line is: a short line naming the page's source, editor, date,
  hits, share buttons, breadcrumbs or attachments (``data/layout_cues.tsv`` category
  ``furniture``: 来源, 责任编辑, 浏览, 当前位置, 附件 …; a ``dateline`` word before a colon), a short
  line ending with a date (督查局 2016年5月24日), a line with no Chinese word (a date, a URL, a page
  number); and everything after a line closing the report on a web page (``page_end``: 相关新闻,
  网友评论);
- *a title or a heading that names no task*, when its whole line is short and has no sentence
  punctuation (一、总体情况; (一)项目开工情况。): under the first item it names no figure (a date
  or a period is none); over it, a title of up to 60 characters may (珠海市2016年重点建设项目1-5月
  进展情况);
- *the report's framing*: no figure, and opening with a ``framing`` word (根据…, 按照…, 现将…, 下一
  步…) or closing with 如下;
- *an owner label*: a label naming the units responsible (（牵头责任单位：市商务局）, the header
  words of ``units``) and a few names after it: the item above's owner, no task;
- *narrative*: a sentence stating neither a figure nor a status (``data/status_words.tsv``,
  ``list_status``, ``named_status``: 已完工, 进度滞后, 进展较快; a status word followed by 情况
  names a topic: 完成情况): a task in a progress report states one or the other.
  Said once in the reader's notes, with its lines;
- otherwise *rows of its own*, read with low confidence: the sentence is read as the article
  reader reads a paragraph (基础设施工程 | 完成投资54.87亿元…; a later subject with its own figures
  a row of its own; a sentence too short for a paragraph cut as a clause), each row's
  ``read_issue`` says so (:data:`~zqmetrics.read.rows.UNPLACED`), the reader's notes say once how
  many such rows there are and on which lines, and they go through extraction and judgement like
  any row (a figure in them is a figure).

A table read from text is looked at the same way (:mod:`.tabletext`): a lead paragraph over a
table, or paragraphs after it, stating a figure or a status are rows of their own, said once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from zqmetrics.read.articles import clause_items, split_task
from zqmetrics.read.columns import header_lexicon
from zqmetrics.read.generic import MARKER
from zqmetrics.read.items import layout_words
from zqmetrics.read.rows import UNPLACED
from zqmetrics.text import lexicon
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.normalize import fold_chars

# Switched off by evaluation/ablation.py (the package runs with it on).
UNPLACED_ROWS = True

# A sentence is placed when at least this share of its characters (punctuation aside) stand in
# pieces of the items' cells (a cell may hold a sentence cut at its commas, joined, or without its
# marker); pieces shorter than the minimum are not looked for.
_CUT = lazy_re(r"[，,。；;、：:！？!?()（）“”\"'《》【】\[\]·•…\n]+")
_FRAGMENT_MIN = 2
_PLACED_SHARE = 0.5
_SENTENCE = lazy_re(r"[^。；;！？!?]+[。；;！？!?]?")
HAN = lazy_re(r"[\u4e00-\u9fff]")
_FIGURE = lazy_re(r"\d")
# A heading is short and ends without sentence punctuation (一、总体情况; (二)按项目类型完成情况).
HEADING_MAX = 30
_TITLE_MAX = 60  # a title over the items may be longer (grid.pick_title takes 60)
SENTENCE_END = "。；;！？!?，,"
# Furniture words are looked for on lines of page furniture, which are short; a long line holding
# 来源 is a sentence (资金来源…).
_FURNITURE_MAX = 80
_PAGE_END_MAX = 12
# The item keys whose text reaches the frame's cells (rows.item_records), and ``frame``, a press
# item's dateline and source, which the article reader reads as framing.
CELL_KEYS = ("task", "progress", "plan", "contact", "units", "target", "unit", "actual", "ratio",
              "status", "frame", "sets")
# What a passage may hold without stating a figure: a document's title and number (《…》
# (汴政办【2016】50号)), a quoted name (“双50”), a date or a period (2024年6月10日, 1—4月份).
NOT_FIGURE = lazy_re(r"《[^》]*》|“[^”]*”|[（(【〔\[][^）)】〕\]]*[)）】〕\]]"
                      r"|\d+\s*[-—–~至到]\s*\d+\s*月份?|\d+\s*[年月日号]份?")
# A line of furniture may end with the page's date (市委市政府督查局 2016年5月24日).
_DATED = lazy_re(r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
                 r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$")
# A label opening a passage (牵头责任单位：…), after a bracket or a quote left of the item above.
_LABEL = lazy_re(r"^[\s（(“”\"]*([^\s：:，,。；;（()）]{2,8})\s*[：:]")
_OWNER_MAX = 40  # the names after an owner label: a few units


def _squash(text: str) -> str:
    # One character for one: positions in the squashed text are those of the folded sentence.
    return fold_chars("".join(text.split()))


def _fragments(items: Iterable[dict[str, Any]]) -> set[str]:
    """The pieces of the items' cells between punctuation: each is looked for in the text."""
    out: set[str] = set()
    for item in items:
        for key in CELL_KEYS:
            value = item.get(key)
            if not value:
                continue
            parts = value if isinstance(value, (list, tuple)) else [value]
            # A cell over several lines (a flattened table's 提升4个 | 百分点) is looked for a line
            # at a time: the text has the line break the squashed cell would lose.
            for part in (line for p in parts for line in str(p).split("\n")):
                out.update(f for f in _CUT.split(_squash(part)) if len(f) >= _FRAGMENT_MIN)
    return out


def _covered(text: str, fragments: Iterable[str]) -> list[bool]:
    """Which characters of ``text`` stand in some fragment found in it (every occurrence)."""
    covered = [False] * len(text)
    for fragment in fragments:
        at = text.find(fragment)
        while at >= 0:
            covered[at:at + len(fragment)] = [True] * len(fragment)
            at = text.find(fragment, at + 1)
    return covered


def unplaced_sentences(lines: Sequence[str], items: Sequence[dict[str, Any]],
                       skip: frozenset[int] = frozenset()) -> list[tuple[int, list[str], bool]]:
    """(1-based line, its unplaced sentences, whether the whole line is unplaced) of each line
    holding one, in text order; the lines of ``skip`` are not looked at."""
    # A skipped line (a table's own) is left empty: no fragment holds a line break, so a line's
    # coverage never depends on another's, and a table of 100 rows is not searched 1,000 times.
    squashed = ["" if n in skip else _squash(line) for n, line in enumerate(lines, start=1)]
    covered = _covered("\n".join(squashed), _fragments(items))
    out: list[tuple[int, list[str], bool]] = []
    start = 0  # where the line starts in the squashed text
    for number, line in enumerate(squashed, start=1):
        if number in skip:
            start += 1
            continue
        sentences = [x.strip() for x in _SENTENCE.findall(lines[number - 1].strip()) if x.strip()]
        left = []
        at = start
        for sentence in sentences:
            folded = _squash(sentence)
            chars = [at + i for i, ch in enumerate(folded) if not _CUT.match(ch)]
            at += len(folded)
            if len(chars) >= _FRAGMENT_MIN and sum(covered[i] for i in chars) < (
                    _PLACED_SHARE * len(chars)):
                left.append(sentence)
        if left:
            out.append((number, left, len(left) == len(sentences)))
        start += len(line) + 1
    return out


# A page number on a line of its own (第 2 页, 第3页 共5页, 第2頁): a printed page's furniture.
_PAGE_NUMBER = lazy_re(r"^[-—\s]*第\s*\d+\s*[页頁](?:\s*[,，/]?\s*共\s*\d+\s*[页頁])?[-—\s]*$")


# Cached per line: the generic reading blanks the lines of page furniture (textitems) and the
# unplaced text is then looked at line by line again (unplaced_rows), the same lines both times.
@lexicon.derived_per_text(4096)
def furniture(line: str) -> bool:
    """A line of page furniture (see the module text)."""
    text = line.strip()
    if not HAN.search(text) or _PAGE_NUMBER.match(text):
        return True
    if len(text) > _FURNITURE_MAX:
        return False
    # A dateline word labels the page's date only before a colon (时间:2024-06-18; 落后时间进度 is
    # a sentence).
    return (bool(_DATED.search(text)) or any(w in text for w in layout_words("furniture"))
            or any(f"{w}{c}" in text for w in layout_words("dateline") for c in ":："))


def page_end(line: str) -> bool:
    """A short line closing the report on a web page: what follows is the page's (相关新闻)."""
    text = line.strip().rstrip("：:>》 ")
    return len(text) <= _PAGE_END_MAX and any(w in text for w in layout_words("page_end"))


def _states_figure(text: str) -> bool:
    """Whether ``text`` states a figure: a digit outside a date, a period or a cited document."""
    return _FIGURE.search(NOT_FIGURE.sub("", text)) is not None


def heading(text: str, before_items: bool) -> bool:
    """A title or a heading that names no task (see the module text)."""
    m = MARKER.match(text)
    body = text[m.end():] if m else text
    body = body.strip().rstrip("。：:")  # (一)项目开工情况。 is a heading still
    return (0 < len(body) <= (_TITLE_MAX if before_items else HEADING_MAX)
            and (before_items or not _states_figure(body))
            and not any(ch in body for ch in SENTENCE_END))


def framing(text: str) -> bool:
    """A sentence without a figure that says why the report was made or what follows."""
    body = text.strip()
    if _states_figure(body):
        return False
    words = layout_words("framing")
    return body.startswith(words) or body.rstrip("。：:").endswith(
        tuple(w for w in words if w.endswith("如下")))


@lexicon.derived
def _status_words() -> Any:
    # The status words of status cells and of listed items (已完工, 进度滞后, 进展较快); one
    # followed by 情况 names a topic (完成情况, 开工情况), not a status.
    words = {w for (w,) in lexicon.rows("status_words.tsv", 1)}
    words.update(layout_words("list_status"), layout_words("named_status"))
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(f"(?:{alternatives})(?!情况)")


def evidence(text: str) -> bool:
    """Whether a passage states a figure (a date, a period or a cited document is none) or a
    status."""
    return _states_figure(text) or bool(_status_words().search(text))


@lexicon.derived
def _owner_words() -> tuple[str, ...]:
    return tuple(w for w, role in header_lexicon().items() if role == "units")


def owner_label(text: str) -> bool:
    """A passage that only names who is responsible (（牵头责任单位：市商务局）)."""
    m = _LABEL.match(text)
    return (m is not None and any(w in m[1] for w in _owner_words())
            and len(text) - m.end() <= _OWNER_MAX)


def _rows(number: int, text: str) -> list[dict[str, Any]]:
    """The items of an unplaced sentence, read as the article reader reads a paragraph's clause
    (基础设施工程 | 完成投资54.87亿元…; a later subject with its own figures an item of its own)."""
    m = MARKER.match(text)
    body = text[m.end():].strip() if m else text
    items = [i for i in clause_items([body]) if i.get("task")]
    if not items:  # too short for a paragraph of the article reader (杞县柿园工程已完工；)
        task, progress = split_task(body)
        items = [{"task": task, "progress": progress}]
    return [{**i, "line": number, "read_issue": UNPLACED} for i in items]


def unplaced_rows(lines: Sequence[str], items: Sequence[dict[str, Any]],
                  table_lines: frozenset[int] = frozenset()
                  ) -> tuple[list[dict[str, Any]], list[str]]:
    """The rows of the text ``items`` leave unplaced (see the module text), and the notes that
    say so (none when there are none). ``table_lines`` (1-based) are a table's own lines, which
    its reader accounts for."""
    if not UNPLACED_ROWS:
        return [], []
    first = min((int(i["line"]) for i in items if i.get("line")), default=len(lines) + 1)
    rows: list[dict[str, Any]] = []
    narrative: list[int] = []  # lines of sentences stating neither a figure nor a status
    for number, sentences, whole in unplaced_sentences(lines, items, table_lines):
        line = lines[number - 1].strip()
        if whole and page_end(line):
            break  # the rest is the page's, not the report's
        if whole and (furniture(line) or heading(line, number < first)):
            continue
        for sentence in sentences:
            if framing(sentence) or owner_label(sentence):
                continue
            if not evidence(sentence):
                narrative.append(number)
                continue
            rows.extend(_rows(number, sentence))
    notes = [rows_note(rows)] if rows else []
    if narrative:
        where = ", ".join(dict.fromkeys(str(n) for n in narrative))
        notes.append(f"{len(narrative)} sentences no reader placed, stating neither a figure nor "
                     f"a status, read as the report's narrative, not as tasks (lines {where})")
    return rows, notes


def rows_note(rows: Sequence[dict[str, Any]]) -> str:
    """The note saying that ``rows``, text no reader placed, are read as rows of their own."""
    where = ", ".join(dict.fromkeys(str(r["line"]) for r in rows))
    return (f"{len(rows)} passages no reader placed in a cell read as rows of their own, with "
            f"low confidence (lines {where})")


# Switched off by evaluation/ablation.py: rows on an item's own line go by their place in it.
IN_LINE_ORDER = True


def merged(items: Sequence[dict[str, Any]], rows: Sequence[dict[str, Any]],
           lines: Sequence[str] = ()) -> list[dict[str, Any]]:
    """``items`` with ``rows`` put in text order (each after the items starting on or before its
    line), the reading's own order kept. With ``lines``, a row on an item's own line goes before
    the item when its task stands earlier in the line (a bulletin line naming two items after a
    passage no reader placed: 杞县…2个已完工；A、B2个项目推进较快)."""
    out = list(items)
    for row in rows:
        at = next((i for i, item in enumerate(out) if item.get("line") is not None
                   and (int(item["line"]) > int(row["line"]) or _earlier(row, item, lines))),
                  len(out))
        out.insert(at, row)
    return out


def _earlier(row: dict[str, Any], item: dict[str, Any], lines: Sequence[str]) -> bool:
    """``row`` and ``item`` stand on one line and ``row``'s task is found before ``item``'s."""
    if not IN_LINE_ORDER or int(item["line"]) != int(row["line"]) or not lines:
        return False
    number = int(row["line"])
    if not 0 < number <= len(lines):
        return False
    line = lines[number - 1]
    mine, theirs = (line.find(str(x.get("task") or "")) if x.get("task") else -1
                    for x in (row, item))
    return 0 <= mine < theirs
