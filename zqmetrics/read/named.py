"""Items a bulletin names inside a sentence whose status is said around the names.

Besides a lead that introduces its list (:mod:`.bulletin`: 进度滞后的项目分别是：A、B), bulletins
name items in two other forms, each stated once here for every status word:

- *names, then the status*: ``其中，A、B、C等(3项|项目)<status>`` — a list of two or more names
  joined by ``、`` and closed by ``等`` (a count and 项目/工作 may follow), right before a status
  word (``data/layout_cues.tsv`` named_status and list_status: 进展较快, 需进一步加快, 滞后 …).
  The list starts after the clause's last ``，``/``：``/``；`` (a leading 其中 dropped).
- *a counted status, then the names in brackets*: ``2项已完成年度目标任务（A、B）``,
  ``进展较为缓慢工作1项（A，…）``: a clause holding a count (N项/个/件) and a status word, closed
  by a bracket whose text names the items (split at ``、``). A lone named item keeps the text
  after the bracket, up to the clause end (；。), as its progress (经督办后于11月底已拨付…).

Words are matched in the one-to-one fold (traditional and full-width forms read as simplified),
and every cell is sliced from the text as the user sees it. Brackets and quotes nest: a ``、``
inside ``（嘉宝新城、天南天誉城）`` separates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from zqmetrics.read.group_status import said_after
from zqmetrics.read.items import layout_words
from zqmetrics.text import lexicon
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.normalize import TONED, fold_chars
from zqmetrics.text.numerals import parse_chinese

_OPEN, _CLOSE = "(（“‘《", ")）”’》"
_CLAUSE_END = "，,：:；;。"
_COUNT = lazy_re(r"(?:\d+|[一二三四五六七八九十两]+)\s*[项个件条]")


def item_nouns(*categories: str) -> str:
    """An alternation of the nouns of items (项目, 工作 …), longest first: data/layout_cues.tsv
    item_noun and any further ``categories`` (item_noun_built)."""
    words = {w for c in ("item_noun", *categories) for w in layout_words(c)}
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lexicon.derived
def _after_deng() -> re.Pattern[str]:
    """After 等: an optional count and noun before the status (等3项, 等项目, 等工作)."""
    return re.compile(rf"等\s*(?:(?:\d+|[一二三四五六七八九十两]+)\s*[项个件条])?(?:{item_nouns()})?")


# A bracket that labels (责任单位：X) or states a share (占90%) names no item.
_NOT_NAMES = lazy_re(r"[:：]|^\s*(?:占|其中|含|约|共)|^[\d.%％\s]+$")
# Nor does one that glosses the reading of the character before it (目標(biāo), a mirrored copy's
# debris). Switched off by evaluation/ablation.py (the package runs with it on).
GLOSSES = True
_GLOSS = lazy_re(rf"^[a-zü{TONED}]+$")


def _not_names(inner: str) -> bool:
    """Whether a bracket's (folded) text is no list of names: a label, a share or a gloss."""
    return bool(_NOT_NAMES.search(inner) or GLOSSES and _GLOSS.search(inner))


@lexicon.derived
def list_statuses() -> tuple[str, ...]:
    """The statuses said of a list or of named items (进展较快, 已完成), longest first:
    data/layout_cues.tsv named_status and list_status."""
    words = set(layout_words("named_status")) | set(layout_words("list_status"))
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


_BRACKET = lazy_re("[" + re.escape(_OPEN + _CLOSE) + "]")
_OPENING = lazy_re("[(（]")


def depths(text: str) -> list[int]:
    """The bracket and quote depth before each character (a 、 or 。 inside them splits nothing)."""
    # The depth changes only at a bracket or quote: the runs between them are filled whole
    # rather than character by character (most sentences of a bulletin have few or none).
    out: list[int] = []
    depth = start = 0
    for m in _BRACKET.finditer(text):
        at = m.start()
        out += [depth] * (at + 1 - start)  # up to and including the bracket: the depth before it
        if text[at] in _OPEN:
            depth += 1
        elif depth > 0:
            depth -= 1
        start = at + 1
    out += [depth] * (len(text) - start)
    return out


def split_names(text: str, keep_empty: bool = False) -> list[str]:
    """The parts of ``text`` between the 、 outside brackets and quotes; ``keep_empty`` keeps
    the empty ones (A、、B), so that a caller can refuse a list with a gap."""
    parts, start = [], 0
    if "、" not in text:  # nothing to split at, whatever the depths
        return [text.strip()] if text.strip() or keep_empty else []
    for i, (ch, d) in enumerate(zip(text, depths(text), strict=True)):
        if ch == "、" and d == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if keep_empty or p.strip()]


def clause_start(text: str, end: int, depth: list[int]) -> int:
    """Where the clause running up to ``end`` starts: after the last ``，：；。`` before it outside
    brackets (``depth``), or at 0."""
    for i in range(end - 1, -1, -1):
        if text[i] in _CLAUSE_END and depth[i] == 0:
            return i + 1
    return 0


def _names_then_status(sentence: str, folded: str, line: int,
                       depth: list[int]) -> list[dict[str, Any]]:
    return _named_items(sentence, folded, line, depth, _after_deng(), lambda parts, m: True)


def _named_items(sentence: str, folded: str, line: int, depth: list[int],
                 closer: re.Pattern[str], accept: Callable[[list[str], re.Match[str]], bool]
                 ) -> list[dict[str, Any]]:
    """Names before a match of ``closer`` that a status word follows: an item per name, each
    with the status clause, where ``accept`` takes the names and the match."""
    statuses = list_statuses()
    items: list[dict[str, Any]] = []
    for m in closer.finditer(folded):
        if depth[m.start()] or not folded.startswith(statuses, m.end()):
            continue
        start = clause_start(sentence, m.start(), depth)
        names = sentence[start : m.start()].strip()
        if fold_chars(names).startswith("其中"):
            names = names[2:].lstrip("，, ")
        parts = split_names(names)
        if len(parts) < 2 or not accept(parts, m):
            continue
        end = min((i for i in range(m.end(), len(sentence))
                   if sentence[i] in _CLAUSE_END and depth[i] == 0), default=len(sentence))
        status = sentence[m.end() : end].strip()
        # An outcome said of each after the pace word is the group's verdict (the later, fuller
        # word: 进展较快，均已完成年度投资目标 is done, not merely on track).
        status = said_after(sentence, end) or status
        items.extend({"task": p, "status": status, "line": line, "_at": m.start()} for p in parts)
    return items


# Switched off by evaluation/ablation.py (the package runs with it on).
NAMES_COUNTED = True


@lexicon.derived
def _count_close() -> re.Pattern[str]:
    """A count closing the names with no 等 (A、B2个项目推进较快): the names are all the items."""
    return re.compile(rf"(?<!等)(?<!等\s)(\d{{1,2}}|[两二三四五六七八九十])\s*[项个件](?:{item_nouns()})?")


_NAME_LEN = (2, 25)
# A figure with its unit or a share, or a progress verb: a clause, not a name.
NOT_NAME = lazy_re(r"\d+(?:\.\d+)?\s*(?:%|％|个|项|件|元|万|亿|户|人|家|套|所|座|台|辆|公里|米)"
                   r"|已|完成|正在|开工|竣工|达到|推进|[，,。；;：:]")


def count_of(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else int(parse_chinese(numeral) or 0)


def are_names(parts: list[str], longest: int = _NAME_LEN[1]) -> bool:
    """Each part is a short name (2 to ``longest`` characters): no figure with a unit, no verb of
    progress, no clause."""
    return all(_NAME_LEN[0] <= len(p) <= longest and not NOT_NAME.search(p) for p in parts)


def _names_counted(sentence: str, folded: str, line: int,
                   depth: list[int]) -> list[dict[str, Any]]:
    """``A、B2个项目推进较快``: names closed by a count equal to their number, then a status."""
    if not NAMES_COUNTED or "、" not in sentence:
        return []
    # A status word, not any word of progress: the bulletin reading would then take a text
    # whose other lists it cannot read (A、B2项正在…; an article reading names them all).
    return _named_items(sentence, folded, line, depth, _count_close(),
                        lambda parts, m: len(parts) == count_of(m[1]) and are_names(parts))


def _counted_then_bracket(sentence: str, folded: str, line: int,
                          depth: list[int]) -> list[dict[str, Any]]:
    statuses = list_statuses()
    items: list[dict[str, Any]] = []
    for opened in _OPENING.finditer(sentence):  # the brackets only, not every character
        i = opened.start()
        if depth[i]:
            continue
        close = next((j for j in range(i + 1, len(sentence))
                      if sentence[j] in ")）" and depth[j] == 1), None)
        if close is None:
            continue
        start = clause_start(sentence, i, depth)
        clause = folded[start:i]
        inner = sentence[i + 1 : close].strip()
        if not (_COUNT.search(clause) and any(s in clause for s in statuses)) \
                or _not_names(fold_chars(inner)) or len(inner) < 4:
            continue
        parts = split_names(inner)
        status = sentence[start:i].strip()
        if len(parts) == 1:
            end = min((k for k in range(close + 1, len(sentence))
                       if sentence[k] in "；;。" and depth[k] == 0), default=len(sentence))
            progress = sentence[close + 1 : end].strip().lstrip("，,").strip()
            item = {"task": parts[0], "status": status, "line": line, "_at": i}
            items.append({**item, "progress": progress} if progress else item)
        else:
            items.extend({"task": p, "status": status, "line": line, "_at": i} for p in parts)
    return items


def named_items(sentence: str, line: int) -> list[dict[str, Any]]:
    """The items ``sentence`` names in either form above, in text order."""
    folded = fold_chars(sentence)
    depth = depths(sentence)  # once for both forms
    found = (_names_then_status(sentence, folded, line, depth)
             + _names_counted(sentence, folded, line, depth)
             + _counted_then_bracket(sentence, folded, line, depth))
    found.sort(key=lambda item: item["_at"])  # stable: a list keeps its order
    return [{k: v for k, v in item.items() if k != "_at"} for item in found]
