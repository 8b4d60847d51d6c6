"""Names an article ranks or singles out after 的是 (reader pass 8).

A report often names the items that stand out, each with its figure in brackets, after the
criterion they were picked by: ``完成投资最多的依次是A(441.12亿元)、B(299.93亿元)和C(255.05亿元)``,
``进展最快的是A(70%)，最慢的是B(37.3%)``, ``未开工的是A、B和C``. Each name is an item of its own;
what the report says of it is the criterion and its own figure (``完成投资最多的依次是A(441.12亿元)``);
the words of the clause outside the lists frame the first item (the text it was read from).

A list is read only when it is one: two names or more (split at 、 and at the last 和), or one name
with its own bracketed figure; each name 2 to 20 characters, no clause in it (a figure, a verb of
progress, clause punctuation outside its brackets). ``的是`` closed by a comma (需要指出的是，…)
opens no list.
"""

from __future__ import annotations

from typing import Any

from zqmetrics.read.named import are_names, split_names
from zqmetrics.text.lazy import lazy_re

# Switched off by evaluation/ablation.py (the package runs with it on).
RANKED = True
# The criterion, then the list: …的是 / …依次是 / …依次为 and what follows to the part's end.
_LIST = lazy_re(r"(?:的是|依次是|依次为|依次為)(?=[^，,：:\s])")
# A name's own figure in brackets at its end: A(441.12亿元), B（70%）.
_FIGURE = lazy_re(r"[（(]\s*[-+]?\d+(?:\.\d+)?\s*[^（()）]{0,6}[)）]$")
_LONGEST = 20  # characters of a ranked name
_PART = lazy_re(r"[^，,]+(?:[（(][^（()）]*[)）][^，,]*)*[，,]?")


def _named(text: str) -> list[tuple[str, str]]:
    """The names of a list and each one's bracketed figure ('' when none), or none."""
    parts = split_names(text.strip().rstrip("，,。；;"))
    if parts and "和" in parts[-1]:  # A、B和C: the last two joined by 和
        head, _, tail = parts[-1].rpartition("和")
        parts[-1:] = [head, tail]
    out = []
    for part in parts:
        figure = _FIGURE.search(part)
        name = part[: figure.start()].strip() if figure else part.strip()
        out.append((name, figure[0] if figure else ""))
    if not are_names([name for name, _ in out], longest=_LONGEST):
        return []
    if len(out) == 1 and not out[0][1]:
        return []  # one name without a figure of its own: a sentence, not a list
    return out


def ranked_names(clause: str) -> list[dict[str, Any]]:
    """An item per name the clause lists after a criterion (see the module text), or none."""
    if not RANKED or not _LIST.search(clause):
        return []
    items: list[dict[str, Any]] = []
    frame: list[str] = []
    for m in _PART.finditer(clause):
        part = m[0]
        at = _LIST.search(part)
        names = _named(part[at.end():]) if at else []
        if not names:
            frame.append(part)
            continue
        # What is said of each name: the criterion (进展最快, 未开工) and its own figure.
        said = part[: at.start()].removesuffix("依次").removesuffix("的")
        items.extend({"task": name, "progress": f"{said}{figure}"} for name, figure in names)
    if items:
        items[0]["frame"] = "".join(frame)
    return items
