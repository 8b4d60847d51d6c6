"""The same task in two reports of one plan, by its number and by the similarity of its text.

Scores are RapidFuzz ``ratio`` (normalised Indel similarity over characters, which suits Chinese:
no word splitting needed) of the two 重点任务 cells, 0-1. The thresholds were measured on the
bundled sample: between two *different* tasks of its 108 the highest score is 0.37 (two 在建项目
tasks), the 99.9th percentile 0.31. So:

- the same number with a score ≥ ``SEQ_MIN`` (0.45) matches ("seq"): a renumbered report that gave
  the number to another task scores far lower and does not;
- any other pair matches on text alone at ≥ ``TEXT_MIN`` (0.60) ("text"), which a reworded task
  keeps (a changed clause or two) and unrelated tasks never reached;
- a task with two candidates within ``AMBIGUOUS`` (0.05) of each other is left unmatched.

What does not match is listed (``new`` in the current report, ``dropped`` from the previous),
never guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

SEQ_MIN = 0.45
TEXT_MIN = 0.60
AMBIGUOUS = 0.05

MATCH_COLUMNS = ("row", "previous_row", "seq", "previous_seq", "match_score", "match")


def _text(row: dict[str, Any]) -> str:
    for key in ("task", "progress"):
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            return "".join(value.split())
    return ""


def match_tasks(previous: pd.DataFrame, current: pd.DataFrame) -> pd.DataFrame:
    """One row per current task (``row``, ``previous_row`` or NA), then one per dropped task.

    ``match`` is ``seq`` or ``text`` for a match, ``new`` for a current task with none, ``dropped``
    for a previous task that no current task matched, ``ambiguous`` for a current task with two
    equally good candidates (listed, not guessed). Rows are positions (0-based) in the frames.
    """
    import numpy as np
    import pandas as pd
    from rapidfuzz import fuzz, process  # lazy: compiled matcher, loaded when reports are compared

    prev = previous.to_dict("records")
    cur = current.to_dict("records")
    scores = (process.cdist([_text(r) for r in cur], [_text(r) for r in prev], scorer=fuzz.ratio,
                            dtype=np.float32) / 100.0 if cur and prev
              else np.zeros((len(cur), len(prev)), dtype=np.float32))
    same_seq = np.array([[str(c.get("seq")) == str(p.get("seq")) for p in prev] for c in cur],
                        dtype=bool).reshape(len(cur), len(prev))
    ok = (same_seq & (scores >= SEQ_MIN)) | (scores >= TEXT_MIN)
    # Best pairs first; at equal scores the same number wins.
    pairs = sorted(zip(*np.nonzero(ok), strict=True),
                   key=lambda ij: (-scores[ij], not same_seq[ij]))
    taken_cur: dict[int, tuple[int, float, str]] = {}
    taken_prev: set[int] = set()
    ambiguous: set[int] = set()
    for i, j in pairs:
        i, j = int(i), int(j)
        if i in taken_cur or j in taken_prev or i in ambiguous:
            continue
        if not same_seq[i, j]:
            rivals = [k for k in np.nonzero(ok[i])[0] if k != j and k not in taken_prev]
            if any(scores[i, j] - scores[i, k] < AMBIGUOUS for k in rivals):
                ambiguous.add(i)
                continue
        taken_cur[i] = (j, float(scores[i, j]), "seq" if same_seq[i, j] else "text")
        taken_prev.add(j)
    out: list[tuple[Any, ...]] = []
    for i, c in enumerate(cur):
        if i in taken_cur:
            j, score, how = taken_cur[i]
            out.append((i, j, c.get("seq"), prev[j].get("seq"), round(score, 3), how))
        else:
            out.append((i, None, c.get("seq"), None, None,
                        "ambiguous" if i in ambiguous else "new"))
    out += [(None, j, None, p.get("seq"), None, "dropped")
            for j, p in enumerate(prev) if j not in taken_prev]
    frame = pd.DataFrame(out, columns=list(MATCH_COLUMNS))
    for col in ("row", "previous_row"):
        frame[col] = frame[col].astype("Int64")
    for col in ("seq", "previous_seq"):  # None, not NaN, for a side with no task
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame
