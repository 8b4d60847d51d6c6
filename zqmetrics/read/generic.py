"""The last resort for a text no layout reader takes: items by numbered markers, else paragraphs,
else sentences, so that no reported item is silently dropped.

- *numbered markers*: every line opening with an enumerator of any style (一、 （一） 1. 1、 （1）
  ① ㈠ 第一，一是) opens an item, its progress the lines up to the next marker, when at least two
  lines do;
- *paragraphs*: else every body paragraph that reports a figure is an item: its first sentence (up
  to 。；) the task, the rest the progress;
- *sentences*: else every sentence that reports a figure.

The caller marks the rows with the layout ``prose`` and a warning saying the layout was not
recognised. A text with no marker and no figure has no item and is still refused.
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.text.lazy import lazy_re

_CN = "一二三四五六七八九十"
MARKER = lazy_re(
    rf"""\s*(?:
        (?P<a>[{_CN}]{{1,3}})\s*[、.．]                  # 一、
      | [（(]\s*(?P<b>[{_CN}\d]{{1,3}})\s*[)）]          # （一） （1）
      | (?P<c>\d{{1,2}})\s*(?:[、.．](?!\d)|[)）])      # 1. 1、 1）
      | (?P<d>[①-⑳㈠-㈩⑴-⒇])                           # ① ㈠ ⑴
      | 第(?P<e>[{_CN}\d]{{1,3}})[项件条]?[，,、：:]      # 第一， 第3项：
      | (?P<f>[{_CN}]{{1,3}})是                          # 一是
    )\s*""",
    re.VERBOSE,
)


def marker_style(match: re.Match[str]) -> str:
    """The numbering style of a marker: which form matched, with its brackets or punctuation
    (（一） and （1）, ① and ⑴ and ㈠, 1. and 1） are different levels)."""
    name = next(k for k, v in match.groupdict().items() if v)
    if name == "b":
        return "b-digit" if match["b"].isdigit() else "b-han"
    if name == "d":
        ch = match["d"]
        return "d-circled" if "①" <= ch <= "⑳" else "d-paren" if "⑴" <= ch <= "⒇" else "d-han"
    if name == "c":
        return "c-paren" if match[0].strip()[-1] in ")）" else "c-dot"
    return name


def marker_number(match: re.Match[str]) -> str:
    """The number a marker gives (一 of 一、, 1 of （1）, ① of ①): the group that matched."""
    return next(g for g in match.groups() if g)


_SENTENCE = lazy_re(r"[^。；;！？!?\n]+[。；;！？!?]?")
_FIGURE = lazy_re(r"\d")
_PARAGRAPH_MIN = 12  # shorter lines are titles, datelines, headings
_MARKERS_MIN = 2


def _marker_items(body: list[tuple[int, str]]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for number, text in body:
        m = MARKER.match(text)
        if m and len(text) > m.end():
            seq = marker_number(m)
            items.append({"seq": seq, "task": text[m.end():].strip(), "progress": "",
                          "line": number})
        elif items:
            items[-1]["progress"] = (items[-1]["progress"] + "\n" + text).strip()
    return items if len(items) >= _MARKERS_MIN else []


def _split(text: str) -> tuple[str, str]:
    first = _SENTENCE.match(text)
    if first is None:
        return text, ""
    return first[0].strip(), text[first.end():].strip()


def generic_items(lines: list[str]) -> list[dict[str, Any]]:
    """Items of a text no layout reader took (see the module text)."""
    body = [(i + 1, line.strip()) for i, line in enumerate(lines) if line.strip()]
    items = _marker_items(body)
    if items:
        return items
    paragraphs = [(n, t) for n, t in body if len(t) >= _PARAGRAPH_MIN and _FIGURE.search(t)]
    if len(paragraphs) >= 2 or (paragraphs and len(body) <= 3):
        out = []
        for number, text in paragraphs:
            task, progress = _split(text)
            out.append({"task": task, "progress": progress, "line": number})
        return out
    out = []
    for number, text in body:
        for sentence in _SENTENCE.findall(text):
            if _FIGURE.search(sentence) and len(sentence.strip()) >= _PARAGRAPH_MIN:
                out.append({"task": sentence.strip(), "progress": "", "line": number})
    return out
