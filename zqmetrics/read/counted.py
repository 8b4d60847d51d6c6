"""Items a text reading read as one, when its task is a list of names closed by their count.

A bulletin counts the items it names: ``A、B2项正在进行前期工作``, ``A、B、C等3项常态化开展``,
``A、B2个项目推进较快``. Whichever text reader took such a clause, its task holds the whole list;
each name is an item of its own (the corpus conventions, "Status-led lists"), keeping the words
after the count (and the item's progress) as what is said of it.

The reading is taken only when it is safe: the names are two or more, joined by ``、`` outside
brackets and quotes; their number is the count written after them (``等13个…`` after six names
counts items the sentence does not name, and is left whole); each name is short (2 to 25
characters) and holds no figure with a unit or a share (``完成70%``, ``新增548个``) and no verb
of progress (已, 完成, 正在 …): a name, not a clause. What is said of them (the words after the
count, else the item's progress) opens with a word of progress or status (``data/layout_cues.tsv``
counted_said, named_status, list_status): ``建设A、B、C3个视障阅读空间`` counts the object of a
verb, not the names, and stays one item.
"""

from __future__ import annotations

from typing import Any

from zqmetrics.read import named
from zqmetrics.read.items import layout_words
from zqmetrics.read.named import are_names, count_of, split_names
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.normalize import fold_chars

# The count closing the names: 等?N项/个/件, then an optional noun of what is counted.
_CLOSING = lazy_re(r"(等)?\s*(\d{1,2}|[两二三四五六七八九十])\s*[项个件](?:项目|工作|任务|事项|实事)?")


def counted_names(task: str, progress: str = "") -> tuple[list[str], str] | None:
    """The names ``task`` lists before the count that closes them, and the words after the
    count; None when ``task`` is not such a list, or when what is said of it (those words, else
    ``progress``) does not open with progress or a status."""
    if "、" not in task:
        return None
    for m in _CLOSING.finditer(task):
        names = split_names(task[: m.start()].strip(), keep_empty=True)
        if len(names) < 2 or len(names) != count_of(m[2]):
            continue
        said = task[m.end():].strip().lstrip("，,").strip()
        if are_names(names) and said_of_counted(said or progress.strip()):
            return names, said
    return None


def said_of_counted(text: str) -> bool:
    """``text`` says something of counted items: it opens with a ``counted_said`` word or holds
    a status word (``named_status``, ``list_status``); read.announced asks the same."""
    text = fold_chars(text)
    return text.startswith(layout_words("counted_said")) or any(
        w in text for w in (*layout_words("named_status"), *layout_words("list_status")))


def split_counted(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` with each one whose task is a counted list of names made one item per name."""
    if not named.NAMES_COUNTED:  # one rule with the bulletin reader's (named._names_counted)
        return items
    out: list[dict[str, Any]] = []
    for item in items:
        progress = (item.get("progress") or "").strip()
        found = counted_names(item.get("task") or "", progress)
        if found is None:
            out.append(item)
            continue
        names, said = found
        progress = f"{said}，{progress}" if said and progress else said or progress
        base = {k: v for k, v in item.items() if k not in ("task", "progress", "seq")}
        out.extend({**base, "task": name, "progress": progress} for name in names)
    return out
