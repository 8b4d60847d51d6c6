"""The promise ledger: dated commitments in the 下一步计划 column, checked against the next report.

A promise is a clause of the plan text holding a date word from ``data/promise_dates.tsv``
(``7月底前完成招标`` → due in July, ``三季度`` → September, ``年底前`` → December) with the action
that follows it. The next report of the same plan checks it, through the same task's progress text:

- ``not_due``: the next report's figures run to a month before the due month;
- ``not_mentioned``: no sentence of the progress text names what was promised (or the task is gone);
- ``kept``: a sentence names it with a completion word and no not-done word (``data/promise_words.tsv``);
- ``not_kept``: it is named, but only as pending (``正在``, ``尚未``) or without a completion word.

What was promised is matched loosely (RapidFuzz ``partial_ratio`` ≥ ``MENTION_SCORE``) because the
next report rewords it (``完成土地性质调整`` → ``土地性质调整已获批复``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from zqmetrics.history.common import labels, tsv

PromiseStatus = Literal["kept", "not_kept", "not_mentioned", "not_due"]

# A 2+ character object found at 75/100 in a sentence: one character in four may differ, which lets
# 土地性质调整 match 土地用途调整 no more than it should, and 招标 (two characters) must be exact.
MENTION_SCORE = 75.0

_MONTH = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
       "十一": 11, "十二": 12}
# A clause ends at these; 、 does not end one (it lists the parts of one action).
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?\s]")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")


@dataclass(frozen=True, slots=True)
class Promise:
    """One dated commitment. ``start``/``end`` are a half-open span of the date words in the plan."""

    quote: str        # the clause, verbatim from the plan text
    due_label: str    # the date words as written (7月底前)
    due_year: int
    due_month: int
    action: str       # what is promised (完成土地性质调整)
    start: int
    end: int

    @property
    def due(self) -> str:
        return f"{self.due_year}-{self.due_month:02d}"


@cache
def _date_regex() -> re.Pattern[str]:
    entries = sorted(tsv("promise_dates.tsv", 2), key=lambda r: -len(r[0]))
    parts = []
    for i, (pattern, _due) in enumerate(entries):
        body = re.escape(pattern).replace(r"\{m\}", _MONTH.replace("?P<m>", f"?P<m{i}>"))
        body = body.replace(r"\{d\}", _DAY)
        parts.append(f"(?P<p{i}>{body})")
    # Not inside a range (1-6月份 reports the past) or a longer number (17月 is none). A year in
    # front names the due year; before 年底/年末/年内 it keeps its 年 (2025年底前).
    year = r"(?:(?P<year>20\d\d)(?:年(?=[0-9一二三四五六七八九十第上下])|(?=年[底末内])))?"
    return re.compile(r"(?<![0-9\-—–~至到])" + year + "(?:" + "|".join(parts) + ")")


@cache
def _dues() -> tuple[str, ...]:
    return tuple(due for _p, due in sorted(tsv("promise_dates.tsv", 2), key=lambda r: -len(r[0])))


@cache
def _words(kind: str) -> tuple[str, ...]:
    return tuple(sorted((w for w, k in tsv("promise_words.tsv", 2) if k == kind), key=len,
                        reverse=True))


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else _CN[text]


def _due_month(match: re.Match[str]) -> int | None:
    for i, due in enumerate(_dues()):
        if match.group(f"p{i}") is None:
            continue
        if due.isdigit():
            return int(due)
        month = _month_number(match.group(f"m{i}"))
        month = month - 1 if due == "m-1" else month
        return month if 1 <= month <= 12 else None
    return None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    after = _CLAUSE_END.search(text, end)
    return left, after.start() if after else len(text)


def _strip(text: str, words: tuple[str, ...], front: bool, keep: int = 1) -> str:
    """Drop words from the front (or back); ``keep`` characters stay so a bare verb survives."""
    changed = True
    while changed:
        changed = False
        for word in words:
            if front and text.startswith(word) and len(text) >= len(word) + keep:
                text, changed = text[len(word):], True
            elif not front and text.endswith(word):
                text, changed = text[: -len(word)], True
    return text


def _action(plan: str, before: str, left: int, end: int, right: int) -> str:
    """Subject before the date (hedges dropped) + what follows it; short ones keep their context.

    ``后魏华古树园计划7月底建成`` → 后魏华古树园建成; ``一是9月底前,在完成…,逐步推动…落实`` takes the
    rest of the sentence; ``加快“韵动园”建设,争取7月底完工`` takes the clause before as context.
    """
    before = _strip(_strip(before.strip(), _words("ordinal"), True, keep=0), _words("lead"), False)
    after = plan[end:right].strip()
    if not after:
        sentence = _SENTENCE.search(plan, end)
        after = sentence.group().strip(" ，,") if sentence and sentence.start() <= end + 1 else ""
    action = before + after
    if len(promised_object(action)) < 4:
        sentence_start = max((m.end() for m in re.finditer(r"[。；;\s]", plan[:left])), default=0)
        context = plan[sentence_start:left].strip(" ，,")
        if context:
            action = f"{context}，{action}"
    return action


def find_promises(plan: Any, year: int) -> list[Promise]:
    """The dated commitments of a plan cell, in text order; odd or empty text gives []."""
    if not isinstance(plan, str) or not plan.strip():
        return []
    found: list[Promise] = []
    for m in _date_regex().finditer(plan):
        month = _due_month(m)
        if month is None:
            continue
        left, right = _clause(plan, m.start(), m.end())
        before = plan[left:m.start()]
        if any(w in before for w in _words("condition")):
            continue  # 待8月份下达指标后: a condition the plan waits on, not a commitment
        action = _action(plan, before, left, m.end(), right)
        if not action:
            continue
        due_year = int(m["year"]) if m["year"] else year
        found.append(Promise(plan[left:right], plan[m.start():m.end()], due_year, month, action,
                             m.start(), m.end()))
    return found


def promised_object(action: str) -> str:
    """What was promised, without the hedges and verbs in front (争取完成招标 → 招标)."""
    return _strip(action, _words("lead"), True)


def check(promise: Promise, progress: Any, data_month: str | None) -> tuple[PromiseStatus, str]:
    """The promise against the next report's progress text: (status, the sentence that decided)."""
    if data_month is not None and data_month < promise.due:
        return "not_due", ""
    if not isinstance(progress, str) or not progress.strip():
        return "not_mentioned", ""
    from rapidfuzz import fuzz  # lazy: a compiled library, loaded only when promises are checked

    target = promised_object(promise.action)
    mentions = [s.group().strip() for s in _SENTENCE.finditer(progress)
                if fuzz.partial_ratio(target, s.group()) >= MENTION_SCORE]
    if not mentions:
        return "not_mentioned", ""
    for sentence in mentions:
        if any(w in sentence for w in _words("not_done")):
            continue
        if any(w in sentence for w in _words("done")):
            return "kept", sentence
    return "not_kept", mentions[0]


LEDGER_COLUMNS = ("previous_row", "row", "previous_seq", "seq", "due", "due_label", "action",
                  "status", "label", "evidence")


def check_promises(previous: dict[str, Any], current: dict[str, Any], matches: Any) -> Any:
    """The ledger: every promise of the previous report checked against the current one.

    ``previous`` and ``current`` are snapshots (the store's tables for one report); ``matches`` is
    ``match_tasks`` of their tasks. A promise whose task is gone from the current report is
    ``not_mentioned``.
    """
    import pandas as pd


    names = labels()
    report = current["report"].iloc[0] if len(current["report"]) else {}
    month = report.get("data_month") if hasattr(report, "get") else None
    month = month if isinstance(month, str) else None
    found = matches.dropna(subset=["previous_row"])
    row_of = {int(p): r for p, r in zip(found["previous_row"], found["row"], strict=True)}
    tasks = current["tasks"]
    prev_seq = dict(zip(previous["tasks"]["row"], previous["tasks"]["seq"], strict=True))
    out = []
    for p in previous["promises"].to_dict("records"):
        year, mon = (int(x) for x in p["due"].split("-"))
        promise = Promise(p["quote"], p["due_label"], year, mon, p["action"], 0, 0)
        found_row = row_of.get(int(p["row"]))
        row = None if found_row is None or pd.isna(found_row) else int(found_row)
        progress = tasks["progress"].iloc[row] if row is not None else None
        status, evidence = check(promise, progress, month)
        out.append((p["row"], row, prev_seq.get(p["row"]),
                    tasks["seq"].iloc[row] if row is not None else None, p["due"], p["due_label"],
                    p["action"], status, names[status], evidence))
    return pd.DataFrame(out, columns=list(LEDGER_COLUMNS))
