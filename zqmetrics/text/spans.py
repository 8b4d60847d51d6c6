"""Span lookups by bisection, so that a text's cost stays near-linear in its length.

A finder that asks, for every number it finds, "does this overlap any blocked span?" or "which cue
came last before me, and is a sentence end in between?" pays a scan per number if it keeps plain
lists: quadratic on a long text. These structures are built once per text in one sorted pass and
answer each question in logarithmic time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class MergedSpans:
    """Half-open spans merged into disjoint, sorted runs, for overlap queries.

    >>> spans = MergedSpans([(10, 14), (2, 5), (4, 8)])
    >>> spans.starts, spans.ends
    ([2, 10], [8, 14])
    >>> spans.overlaps(7, 9), spans.overlaps(8, 10), spans.overlaps(13, 20)
    (True, False, True)
    """

    __slots__ = ("starts", "ends")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted(spans):
            # an empty span still blocks a quantity strictly around it, as a plain scan would
            if ends and start <= ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        self.starts, self.ends = starts, ends

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps (shares a position with, or strictly surrounds an
        empty span of) any span."""
        # the last run starting before ``end`` is the only one that can overlap: runs are disjoint
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


class Scoped:
    """Cues that set a value for what follows them up to the next barrier (a sentence end).

    >>> scoped = Scoped([(0, "at_least")], barriers=[5])
    >>> scoped.value_at(3), scoped.value_at(7)
    ('at_least', '')
    """

    __slots__ = ("positions", "values", "barriers")

    def __init__(self, cues: Iterable[tuple[int, str]], barriers: Iterable[int]) -> None:
        found = sorted(cues)
        self.positions = [pos for pos, _ in found]
        self.values = [value for _, value in found]
        self.barriers = sorted(barriers)

    def __bool__(self) -> bool:
        return bool(self.positions)

    def value_at(self, position: int) -> str:
        """The value of the last cue before ``position``, unless a barrier stands at or after the
        cue and before ``position``; ``""`` if none."""
        i = bisect_left(self.positions, position) - 1
        if i < 0:
            return ""
        cue = self.positions[i]
        between = bisect_left(self.barriers, position) - bisect_left(self.barriers, cue)
        return "" if between else self.values[i]
