"""A report in traditional characters is read as its simplified copy, its cells given back as written.

Copies of government pages in traditional characters (mirror sites, Hong Kong and Taiwan portals,
pages that gloss each character with its pinyin) write every word the readers look for in the
other script: 累計完成, 據了解, 順利開工, 項目. The readers match the text as written (their cells
must stay verbatim), so such a copy lost the cues a simplified one gives: the development
documents copied into traditional characters read as their originals in 88 of 189
(``python -m evaluation.script_variants``, reader pass 37).

Before any reader runs, the pinyin glosses are left out (``GLOSSES``) and the traditional
characters of the one-to-one fold folded (``TRADITIONAL``; both off in the package: each lowers a
held-out line, docs/reader.md "Reader pass 37"; ``text.normalize``: characters that are never
simplified forms, so a simplified report is never changed). Folding keeps every character's
position and leaving out a gloss keeps a map, so the lines and every reader's decisions are the
plain copy's. Each text cell of the frame is then given back in the report's own characters: the
slice of the report at the place the cell was read from (a character's gloss with it), piece by
piece for a cell made of several parts (a figure dealt out to a name, a frame joined to a task).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from zqmetrics.text.lazy import lazy_regex
from zqmetrics.text.normalize import PINYIN_GLOSS, traditional_table

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

# The whole reading (on: it changes nothing while both of its parts are off), and its fold of
# traditional characters (off: the held-out corpus line loses a row with it; switched on by
# evaluation/ablation.py and the tests). GLOSSES below is the other part.
SIMPLIFIED_READING = True
TRADITIONAL = False
# The frame's columns that hold text read from the report (the others are the reader's words).
TEXT_COLUMNS = ("seq", "task", "progress", "plan", "units", "contact", "title", "place",
                "target_text", "unit_text", "actual_text", "ratio_text", "status_text")
TEXT_ATTRS = ("title", "place")
# With it, the pinyin glosses of a mirrored copy (計(jì)劃) are left out of what the readers see, as
# the normaliser leaves them out of what the later stages see: a cue glossed inside (預(yù)計(jì))
# is found. Off: development cells +8 in four documents of four collections and the held-out
# corpus lines unchanged, but a glossed press item among the probes (p-chongqing-2023-09) reads,
# as its plain copy does, as a bulletin, and the probes' held-out line loses an item count
# (docs/reader.md, reader pass 37); switched on by evaluation/ablation.py and the tests.
GLOSSES = False
_GLOSS = lazy_regex(PINYIN_GLOSS)


@cache
def _simplified_forms() -> frozenset[str]:
    """The characters a traditional one folds to: only a cell holding one can differ."""
    return frozenset(traditional_table().values())


def in_simplified(text: str, read: Callable[[str], pd.DataFrame]) -> pd.DataFrame:
    """``read`` run on ``text`` with its traditional characters folded (and, with GLOSSES, its
    pinyin glosses left out), the frame's text cells and title given back as ``text`` writes
    them; ``read(text)`` itself when nothing changes."""
    if not SIMPLIFIED_READING:
        return read(text)
    seen, kept = _reading(text)
    if seen == text:
        return read(text)
    frame = read(seen)
    back = _Restorer(text, seen, kept)
    # Where each row was read from: its cells are looked for from its line on first, so that a
    # report writing the same words in both scripts gives each cell its own place's spelling.
    starts = [0] * len(frame)
    if "line" in frame.columns:
        offsets = [0]
        for line in seen.split("\n"):
            offsets.append(offsets[-1] + len(line) + 1)
        starts = [_line_start(n, offsets) for n in frame["line"]]
    for column in TEXT_COLUMNS:
        if column not in frame.columns:
            continue
        cells = [back(v, at) for v, at in zip(frame[column], starts, strict=True)]
        if any(new is not old for new, old in zip(cells, frame[column], strict=True)):
            given = frame[column].copy()  # the column's own kind kept (None stays None)
            given.iloc[:] = cells
            frame[column] = given
    for key in TEXT_ATTRS:
        if isinstance(frame.attrs.get(key), str):
            frame.attrs[key] = back(frame.attrs[key], 0)
    return frame


def _reading(text: str) -> tuple[str, list[int]]:
    """The text the readers see, and for each of its characters (and its end) the offset in
    ``text`` where that character starts."""
    folded = text.translate(traditional_table()) if TRADITIONAL else text
    glosses = list(_GLOSS.finditer(folded)) if GLOSSES else []
    if not glosses:
        return folded, []
    parts: list[str] = []
    kept: list[int] = []
    at = 0
    for m in glosses:
        parts.append(folded[at : m.start()])
        kept.extend(range(at, m.start()))
        at = m.end()
    parts.append(folded[at:])
    kept.extend(range(at, len(folded)))
    kept.append(len(folded))
    return "".join(parts), kept


def _line_start(line: Any, offsets: list[int]) -> int:
    """The offset of a row's line (numbered from 1) in the report; 0 when it has none."""
    try:
        n = int(line)
    except (TypeError, ValueError, OverflowError):  # no line (None, NaN, an infinite float)
        return 0
    return offsets[n - 1] if 0 < n < len(offsets) else 0


class _Restorer:
    """A folded cell back in the report's characters (see the module text)."""

    def __init__(self, text: str, folded: str, kept: list[int]) -> None:
        self.text, self.folded, self.kept = text, folded, kept
        self.forms = _simplified_forms()

    def slice(self, at: int, end: int) -> str:
        """The report's text read as ``folded[at:end]``: with a gloss left out, from the first
        character's place to the next character's (a character's own gloss comes with it)."""
        if not self.kept:
            return self.text[at:end]
        return self.text[self.kept[at] : self.kept[end]]

    def find(self, piece: str, start: int) -> int:
        """Where ``piece`` stands in the folded report from ``start`` on, else anywhere; -1."""
        at = self.folded.find(piece, start)
        return at if at >= 0 or not start else self.folded.find(piece)

    def __call__(self, value: Any, start: int) -> Any:
        if not isinstance(value, str) or (not self.kept and not any(ch in self.forms for ch in value)):
            return value  # no character of it can have been folded
        at = self.find(value, start)
        if at >= 0:
            return self.slice(at, at + len(value))
        out, i = [], 0
        while i < len(value):
            # The longest piece from i the folded report holds (a piece found, its prefixes are).
            lo, hi = i, len(value)
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if self.find(value[i:mid], start) >= 0:
                    lo = mid
                else:
                    hi = mid - 1
            if lo == i:  # a character the reader wrote itself (a joining comma)
                out.append(value[i])
                i += 1
                continue
            at = self.find(value[i:lo], start)
            out.append(self.slice(at, at + lo - i))
            i = lo
        return "".join(out)
