"""Period words in a progress text (1-6月份, 截至6月底, 二季度, 2024年) and the figures they cover."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

import regex

from zqmetrics.text.cues import word_pattern, word_table
from zqmetrics.text.segment import sentence_start


@dataclass(frozen=True, slots=True)
class PeriodCue:
    """A period word in a progress text: what it says and, where it says, the last month covered."""

    start: int
    end: int
    period: str  # quarter | ytd | snapshot | prior
    through_month: int | None
    text: str


_QUARTER_END = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}


# Month spans and single months. A month followed by 日/号 is a date, which says nothing about the
# period a figure covers (4月28日召开…).
_MONTHS = regex.compile(
    r"""
    (?P<year>(?:19|20)\d{2})年                                   # 2024年: a year cue
  | (?:截至|截止|截至到|到|(?<![\d月])至)(?:(?P<upyear>(?:19|20)\d{2})年)?(?P<upto>\d{1,2})月(?:底|末|份)?
                                                                # 截至6月底, 截至2019年12月底, 至9月底
  | (?P<m1>\d{1,2})(?:月份?)?\s?[-~至到]\s?(?P<m2>\d{1,2})\s?月(?:份)?(?![\d日号])  # 1-6月份, 4月至6月
  | (?<![\d-~至到])(?P<single>\d{1,2})月(?:份)?(?![\d日号底末初中上下])  # 5月份, 5月
  | (?P<q>[一二三四1-4])季度                                    # 二季度 (word cues also list it)
    """,
    regex.VERBOSE,
)


# The year named at the head of a results clause (2021年,全市实现…; 全年提供…) covers the figures
# after it as the year so far; inside a clause, or before 度/计划/任务/目标, it names a plan or a
# thing (全市计划2021年完成…, 2021年度重点项目, 全年任务为…). False switches it off
# (evaluation/statement_ablation.py).
YEAR_HEAD = True
_OPENERS = frozenset(",，;；。:：、 \n")
_NOT_AFTER = ("度", "计划", "任务", "目标")


def _heads_clause(text: str, start: int, end: int) -> bool:
    return (YEAR_HEAD and (start == 0 or text[start - 1] in _OPENERS)
            and not text.startswith(_NOT_AFTER, end))

# Compiled once: regex.search with a pattern string pays the module's cache lookup on every call.
_QUARTER_WORD = regex.compile(r"([一二三四])季度")


def period_cues(text: str, report_year: int | None = None) -> list[PeriodCue]:
    """Every period cue in ``text``, in order.

    Word cues come from ``data/period_words.tsv``; month spans and years are read here, because their
    numbers matter: ``1-5月份`` is year to date through May, ``5月份`` is May alone, ``2024年``
    (before the report's year) marks a prior-year figure.
    """
    found: list[PeriodCue] = []
    month: int | None
    taken: list[tuple[int, int]] = []
    for m in _MONTHS.finditer(text):
        if m.group("year"):
            year = int(m.group("year"))
            if report_year is not None and year < report_year:
                found.append(PeriodCue(m.start(), m.end(), "prior", None, m.group()))
                taken.append(m.span())
            elif year == report_year and _heads_clause(text, m.start(), m.end()):
                found.append(PeriodCue(m.start(), m.end(), "ytd", None, m.group()))
                taken.append(m.span())
            continue
        if m.group("upto"):
            month = int(m.group("upto"))
            earlier = (m.group("upyear") is not None and report_year is not None
                       and int(m.group("upyear")) < report_year)
            if earlier:  # 截至2018年底 in a 2019 report: a figure of an earlier year
                found.append(PeriodCue(m.start(), m.end(), "prior", None, m.group()))
                taken.append(m.span())
            elif 1 <= month <= 12:
                found.append(PeriodCue(m.start(), m.end(), "ytd", month, m.group()))
                taken.append(m.span())
        elif m.group("m1"):
            first, last = int(m.group("m1")), int(m.group("m2"))
            if 1 <= first < last <= 12:
                period = "ytd" if first == 1 else "quarter"
                found.append(PeriodCue(m.start(), m.end(), period, last, m.group()))
                taken.append(m.span())
        elif m.group("single"):
            month = int(m.group("single"))
            if 1 <= month <= 12:
                found.append(PeriodCue(m.start(), m.end(), "quarter", month, m.group()))
                taken.append(m.span())
        elif m.group("q"):
            # Handled with the word cues below so that 第二季度 and 二季度 read alike.
            pass
    table = word_table("period_words.tsv")
    for m in word_pattern("period_words.tsv").finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        word = m.group()
        if table[word] == "year" and not _heads_clause(text, m.start(), m.end()):
            continue
        month = None
        q = _QUARTER_WORD.search(word)
        if q:
            month = _QUARTER_END[q.group(1)]
        elif word == "上半年":
            month = 6
        elif word == "前三季度":
            month = 9
        period = "ytd" if table[word] == "year" else table[word]
        found.append(PeriodCue(m.start(), m.end(), period, month, word))
    found.sort(key=lambda c: c.start)
    return found


def period_at(cues: list[PeriodCue], text: str, pos: int) -> PeriodCue | None:
    """The period cue that covers a figure at ``pos``: the last cue before it in its sentence."""
    i = bisect_left(cues, pos, key=attrgetter("start"))  # cues are sorted by start
    if i == 0:
        return None
    cue = cues[i - 1]
    return cue if cue.start >= sentence_start(text, pos) else None
