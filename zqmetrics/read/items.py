"""Numbered items in paragraphs: ``一、<target>`` headings with the progress in the lines after them.

Item headings open with an enumerator (一、 （一） 1. 1、 （1） ① 1） ㈠ ⑴). The items are the headings of the
highest level that carries body text; lower levels inside an item's body (（一）（二） paragraphs
reporting each of the heading's targets) are its progress, not items. A short line ending with a
colon that names a status (已完成的, 正在推进的, 进度滞后的, 已投入使用9项：) is a status heading:
each item under it keeps it as ``status`` (the report's own word on the item). So is a numbered
heading that names one (一、进度滞后的项目 over 1. 2.): the items under it are items though they
carry no text of their own.

A numbered line longer than a heading is a paragraph item: it carries its own text (1.产业经济发展
工作小组…，10项重点任务中，2项完成80%以上…; (1)新建重点项目：81个新建项目已开工52个…). At the item
level it is an item like a heading with body lines; under a section heading its level gives the
section's items. When it opens with a short label and a colon, the label is its task and the text
after it the progress; otherwise the paragraph is the task.

A heading that names a part of the report (``data/layout_cues.tsv`` section: 一、重点在建项目投资完成
情况, 三、存在问题) and holds no figure (:func:`section_title`) stays an item; :mod:`.sections`
reads its body clause by clause. Each item keeps the numbers of its body lines (``body_lines``).
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.read.columns import header_column
from zqmetrics.read.symbols import SIGN_LEVEL, heading_task, is_sign
from zqmetrics.text import lexicon
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.normalize import fold_chars

_CN = "一二三四五六七八九十"
LEVELS = (
    lazy_re(rf"\s*([{_CN}]{{1,3}})\s*、"),
    lazy_re(rf"\s*[（(]([{_CN}]{{1,3}})[)）]\s*"),
    lazy_re(r"\s*(\d{1,2})\s*[.．、](?!\d)\s*"),
    lazy_re(r"\s*[（(](\d{1,2})[)）]\s*"),
    lazy_re(r"\s*([①-⑳])\s*"),
    lazy_re(r"\s*(\d{1,2})\s*[)）]\s*"),  # 1） 2）
    lazy_re(r"\s*([㈠-㈩⑴-⒇])\s*"),  # ㈠ ⑴: enclosed numbers as one character
    SIGN_LEVEL,  # ☑ ■ §: a heading marked by a sign, no number (read.symbols)
)
_HEADING_MAX = 80  # a heading is a line, not a paragraph
_STATUS_HEADING_MAX = 24
# A paragraph item's opening label (新建重点项目：): short, and ending at the first colon.
# A short first sentence is a label too (1、新建项目。新建项目共185个…): it stays the task, its stop kept.
_COLON_LABEL = lazy_re(r"([^:：，,。；;（）()]{2,12})[:：](.+)", re.DOTALL)
_LABELLED_TEXT = 6  # the text after a label's colon: a figure and its noun at least
# A numbered line that states its task in a short first sentence and reports after it
# (一、新建幼儿园5所。目前已建成3所。): the paragraph form of a heading over its progress lines.
_HEAD_SENTENCE = lazy_re(r"([^。；;！？!?\n]{2,30}。)\s*(\S.{5,})", re.DOTALL)
# Switched off by evaluation/ablation.py (the package runs with it on).
HEAD_SENTENCE = True
_PARAGRAPH_LABEL = lazy_re(r"([^:：，,。；;（）()]{2,12})(?:[:：]|(?=。))(.+)", re.DOTALL)


@lexicon.derived
def layout_words(category: str) -> tuple[str, ...]:
    """The words of one category of ``data/layout_cues.tsv``, longest first."""
    words = {w for cat, w in lexicon.rows("layout_cues.tsv", 2) if cat == category}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def level_of(line: str) -> tuple[int, re.Match[str]] | None:
    for level, pattern in enumerate(LEVELS):
        m = pattern.match(line)
        if m and len(line.strip()) > len(m[0].strip()):
            return level, m
    return None


def section_title(text: str) -> bool:
    """A heading's text (its marker removed) that names a part of the report, not a task: it
    ends with a section word and holds no figure (一、重点在建项目投资完成情况, （一）项目开工情况。)."""
    s = fold_chars(text.strip().rstrip("。.:：;； "))
    if not s or len(s) > _HEADING_MAX or any(ch.isdigit() for ch in s):
        return False
    return s.endswith(layout_words("section"))


# A count closing a status heading without a colon: 进度滞后的项目（3个）, 已完成项目5项.
_HEADING_COUNT = lazy_re(r"\s*[（(]?\s*\d+\s*[个項项件条處处]\s*[)）]?\s*$")
# A numbered group heading's count is in brackets ((6个), （3项）); a bare count (一、进度滞后的项目3个)
# may be a target, and keeps the heading from being a status.
_GROUP_COUNT = lazy_re(r"\s*[（(]\s*\d+\s*[个項项件条處处]\s*[)）]\s*$")


def _short_status(s: str, named: bool = False) -> bool:
    """A heading's text short enough for a heading that holds a status word (进度滞后, 已完成);
    ``named``: the status words said after a list of names (named_status: 进展较快) count too."""
    cues = (layout_words("list_status") + (layout_words("named_status") if named else ())
            + layout_words("heading_status"))
    return bool(s) and len(s) <= _STATUS_HEADING_MAX and any(cue in s for cue in cues)


def status_heading(line: str) -> bool:
    """A short line that names a status for the lines under it: one ending with a colon
    (进度滞后的项目：, 已投入使用9项：), or one naming the group of items it heads, with or without
    its count (进度滞后的项目（3个）: ``group`` words of ``data/layout_cues.tsv``). With
    GROUP_HEADINGS the status words said after names (进展较快的项目（9项）：) count too."""
    s = line.strip()
    if not _short_status(s, GROUP_HEADINGS) or level_of(s):
        return False
    if s[-1] in ":：":
        return True
    bare = _HEADING_COUNT.sub("", s).rstrip("。.")
    return (STATUS_GROUPS and not any(ch.isdigit() for ch in bare)
            and bare.endswith(layout_words("group")))


def paragraph_item(text: str) -> bool:
    """A numbered line that carries its own text: too long for a heading, or a short label with
    the text after its colon ((2)续建重点项目：79个续建项目全部复工。)."""
    found = level_of(text)
    if found is None:
        return False
    if len(text) > _HEADING_MAX:
        return True
    rest = text[found[1].end():]
    m = _COLON_LABEL.match(rest)
    if m is not None and _labelled(m):
        return True
    return HEAD_SENTENCE and _HEAD_SENTENCE.match(rest) is not None


def _labelled(m: re.Match[str]) -> bool:
    """A paragraph label is no role header (进展情况：) and has text after its colon."""
    rest = m[2].strip()
    return not header_column(m[1].strip()) and len(rest) >= _LABELLED_TEXT and rest[0] != "。"


def _carries(body: list[tuple[int, str]], k: int) -> bool:
    """Whether the numbered line ``body[k]`` has text of its own: in the line itself (a paragraph
    item) or in the line after it (a heading over its body)."""
    if paragraph_item(body[k][1]):
        return True
    after = body[k + 1][1] if k + 1 < len(body) else ""
    return bool(after) and level_of(after) is None


def _sets_figures(heading: str) -> bool:
    """A heading with a task of its own: it holds a figure (三、新建、改扩建公办幼儿园8所…) and
    does not name a part of the report (一、1-9月项目推进情况)."""
    s = fold_chars(heading.strip().rstrip("。.:：;； "))
    return any(ch.isdigit() for ch in s) and not s.endswith(layout_words("section"))


# Reader pass 25, off in the package (one development document so far, jinxiang-2014-08; the
# tests and evaluation/ablation.py set it on): a heading over sub-items that names its owner
# (2、医疗惠民工程（承办单位：县卫生局） over (1)(2)(3)) is a task, an item as well as its sub-items'
# parent. A heading over sub-items without one stays a section (dongying-2017-fy's 二、改造敬老院设施，
# 提升养老服务水平 over ① ② is no row in its gold), as does a label closed by a colon (县农业农村局：).
TASK_HEADINGS = False
_OWNER_BRACKET = lazy_re(r"[（(]\s*[^（()）:：]{0,6}(?:承办|责任|牵头|主办)[^（()）:：]{0,4}[:：][^（()）]+[)）]\s*$")


def _names_task(text: str, m: re.Match[str]) -> bool:
    rest = text[m.end():].strip()
    return (TASK_HEADINGS and _OWNER_BRACKET.search(rest) is not None
            and not section_title(rest) and status_title(text) is None)


def _paragraph_parts(text: str) -> tuple[str, str]:
    """A paragraph item's task and progress: a short opening label is the task, else a short
    first sentence."""
    m = _PARAGRAPH_LABEL.match(text)
    if m and not header_column(m[1].strip()):
        rest = m[2].strip()
        if rest.startswith("。"):
            return m[1].strip() + "。", rest[1:].strip()
        return m[1].strip(), rest
    head = _HEAD_SENTENCE.match(text) if HEAD_SENTENCE else None
    if head is not None:
        return head[1].strip(), text[head.end(1):].strip()
    return text, ""


# Switched off by evaluation/ablation.py (the package runs with them on).
NUMBERED_STATUS = True
STATUS_GROUPS = True


# Reader pass 25 (off in the package then: one development document, jinxiang-2014-08), on
# since reader pass 28, when the bulletin variants of five development bulletins from four
# collections needed it (evaluation/bulletin_variants.py, headings_*): a numbered group heading
# naming the group's status and its count ((一)进展较快的实事(6个), 一、进展偏慢的项目（3项）) is a
# status heading, its count left out, the status words after a list of names (named_status:
# 进展较快) counted as well. Switched off by evaluation/ablation.py.
GROUP_HEADINGS = True


def status_title(text: str) -> str | None:
    """The status a numbered heading names for the items under it (一、进度滞后的项目 →
    进度滞后的项目), or None: a short heading without a figure holding a status word."""
    found = level_of(text)
    if not NUMBERED_STATUS or found is None:
        return None
    s = text[found[1].end():].strip().rstrip("。.:：;； ")
    if GROUP_HEADINGS:  # the group's count left out: (一)进展较快的实事(6个)
        s = _GROUP_COUNT.sub("", s).rstrip("。.:：;； ")
    return s if _short_status(s, GROUP_HEADINGS) and not any(ch.isdigit() for ch in s) else None


def _status_level(body: list[tuple[int, str]]) -> int | None:
    """The level of the headings listed right under status headings, numbered (一、进度滞后的项目
    over 1.<item> 2.<item>) or not (进度滞后的项目（3个）), when at least two are: they are the
    items, though they carry no body text of their own (the heading's status is what the report
    says of them)."""
    counts: dict[int, int] = {}
    under: int | None = None  # the level of the status heading the lines are under
    for _, text in body:
        found = level_of(text)
        if found is None:
            if status_heading(text):  # 进度滞后的项目（3个） over 1. 2. 3.
                under = -1
            continue
        if status_title(text) is not None:
            under = found[0]
        elif under is not None and found[0] > under:
            counts[found[0]] = counts.get(found[0], 0) + 1
        else:
            under = None
    return min((lv for lv, n in counts.items() if n >= 2), default=None)


def _body(lines: list[str]) -> list[tuple[int, str]]:
    return [(i + 1, line.strip()) for i, line in enumerate(lines) if line.strip()]


def item_level(lines: list[str]) -> int | None:
    """The level whose headings are the items: the highest one with body text after its headings."""
    body = _body(lines)
    counts: dict[int, list[bool]] = {}
    for k, (_, text) in enumerate(body):
        found = level_of(text)
        if found is None:
            continue
        counts.setdefault(found[0], []).append(_carries(body, k))
    for level in sorted(counts):
        if len(counts[level]) >= 2 and sum(counts[level]) * 2 >= len(counts[level]):
            return level
    return _status_level(body)


def _carry_text(body: list[tuple[int, str]], start: int, level: int) -> bool:
    """Whether the headings of ``level`` from ``start`` on (to the next higher heading) are
    mostly followed by body text."""
    flags = []
    for k in range(start, len(body)):
        found = level_of(body[k][1])
        if found is not None and found[0] < level:
            break
        if found is not None and found[0] == level:
            flags.append(_carries(body, k))
    return len(flags) >= 2 and 2 * sum(flags) >= len(flags)


def _opened(m: re.Match[str], text: str, number: int, status: str | None) -> dict[str, Any]:
    """The item a numbered line opens; a paragraph item's own progress under ``own``."""
    rest = text[m.end():].strip()
    task, own = _paragraph_parts(rest) if paragraph_item(text) else (rest, "")
    if is_sign(m[1]):  # numbered in order by read_items
        return {"seq": m[1], "task": heading_task(task), "line": number, "status": status,
                "own": own}
    return {"seq": m[1], "task": task, "line": number, "status": status, "own": own}


def read_items(lines: list[str]) -> list[dict[str, Any]]:
    """One item per heading of the item level, its progress the lines up to the next heading."""
    level = item_level(lines)
    if level is None:
        return []
    items: list[dict[str, Any]] = []
    status: str | None = None
    current: dict[str, Any] | None = None
    progress: list[str] = []

    def close() -> None:
        if current is not None:
            current["progress"] = "\n".join(progress)
            items.append(current)
            current["body_lines"] = tuple(spans)  # for :mod:`.sections`
        spans.clear()

    spans: list[int] = []  # the line numbers of the current item's progress

    body = _body(lines)
    sub_level: int | None = None  # inside a section heading: the level of its items
    section: str | None = None
    for k, (number, text) in enumerate(body):
        found = level_of(text)
        if found is not None and found[0] < level:
            close()
            # A heading naming a status (一、进度滞后的项目) is the report's word on the items
            # under it; any other higher heading ends the status of the items before it.
            current, progress, status = None, [], status_title(text)
            sub_level = section = None
            continue
        if found is not None and found[0] == level:
            after = level_of(body[k + 1][1]) if k + 1 < len(body) else None
            # A heading followed at once by headings of a lower level that carry text of their
            # own is a section (一、项目总体进展情况 over （一）（二）): those are its items.
            # A heading with a task of its own needs only one: the heading after it cannot be
            # its body text.
            own_task = (paragraph_item(text) or _sets_figures(text[found[1].end():])
                        or _names_task(text, found[1]))
            if after is not None and after[0] > level and (
                    _carry_text(body, k + 1, after[0])
                    or (own_task and _carries(body, k + 1))):
                close()
                # A group's status (（一）进展较快的实事（6个）) is the heading's word on its items,
                # not on their sub-items.
                group = status if GROUP_HEADINGS else None
                current, progress, status = None, [], None
                sub_level, section = after[0], found[1][1]
                if own_task:
                    # A heading with a task of its own over its sub-items (一、<task>（责任单位：…）
                    # over 1. 2.) is an item as well: its sub-items keep it as their parent.
                    current = _opened(found[1], text, number, group)
                    own = current.pop("own")
                    progress = [own] if own else []
                continue
            sub_level = section = None
        if sub_level is not None and found is not None and found[0] == sub_level:
            close()
            current = _opened(found[1], text, number, status)
            current["parent_seq"] = section
            own = current.pop("own")
            progress = [own] if own else []
            continue
        if status_heading(text):
            close()
            current, progress, status = None, [], text.rstrip(":：")
            continue
        if found is not None and found[0] == level:
            close()
            current = _opened(found[1], text, number, status)
            own = current.pop("own")
            progress = [own] if own else []
            continue
        if current is not None:
            progress.append(text)
            spans.append(number)
    close()
    signed = [i for i in items if is_sign(str(i["seq"]))]
    for n, item in enumerate(signed, start=1):  # a sign is no number: the items' order is
        item["seq"] = str(n)
    return items

