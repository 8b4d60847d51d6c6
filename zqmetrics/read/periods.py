"""Report periods: the stretch of the year a progress report covers.

Labels are short strings: ``2025Q2`` (second quarter), ``2025H1`` (first half), ``2025-05``
(monthly, data through May) and ``2025`` (the full year). ``parse_period`` reads a label as a user
types it; ``period_from_title`` finds the period in a report's Chinese title, for example
``市中区2025年《政府工作报告》主要工作任务推进情况(2025年第二季度)`` → 2025Q2.

The title forms handled are the ones seen on Chinese government sites; the example table in
tests/test_periods.py lists them one per row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, Literal

from zqmetrics.errors import PeriodError
from zqmetrics.read.yearwords import compared, unglossed
from zqmetrics.text.lazy import lazy_re

__all__ = ["Period", "PeriodKind", "parse_period", "period_from_name", "period_from_title"]

PeriodKind = Literal["quarter", "half", "month", "year"]

_MIN_YEAR, _MAX_YEAR = 1900, 2100
_INDEX_RANGE = {"quarter": (1, 4), "half": (1, 2), "month": (1, 12), "year": (1, 1)}
# Months per unit of index: Q2 covers months 4-6, H1 months 1-6, a month itself, a year 1-12.
_SPAN = {"quarter": 3, "half": 6, "month": 1, "year": 12}


@dataclass(frozen=True, slots=True)
class Period:
    """A report period. ``index`` is the quarter, half or month number; 1 for a full year."""

    year: int
    kind: PeriodKind
    index: int
    label: str

    def __post_init__(self) -> None:
        if self.kind not in _INDEX_RANGE:
            raise PeriodError(f"unknown period kind {self.kind!r}")
        low, high = _INDEX_RANGE[self.kind]
        if not (low <= self.index <= high):
            raise PeriodError(f"{self.kind} index {self.index} is out of range {low}-{high}")
        if not (_MIN_YEAR <= self.year <= _MAX_YEAR):
            raise PeriodError(f"year {self.year} is out of range {_MIN_YEAR}-{_MAX_YEAR}")

    @classmethod
    def of(cls, year: int, kind: PeriodKind, index: int = 1) -> Period:
        """Build a period with its canonical label."""
        suffix = {"quarter": f"Q{index}", "half": f"H{index}", "month": f"-{index:02d}"}
        return cls(year, kind, index, f"{year}{suffix.get(kind, '')}")

    @property
    def start_month(self) -> int:
        """First month covered: Q2 → 4, H1 → 1, a month → that month, a year → 1."""
        return self.end_month - _SPAN[self.kind] + 1

    @property
    def end_month(self) -> int:
        """Last month covered: Q2 → 6, H1 → 6, H2 → 12, 2025-05 → 5, a year → 12."""
        return _SPAN[self.kind] * self.index

    def __str__(self) -> str:
        return self.label


# 2025Q2 2025q2 2025-Q2 2025H1 2025-05 2025-5 2025
_LABEL = re.compile(
    r"""
    (?P<year>\d{4})
    (?:
        [-_\s]? (?P<q>[Qq]) (?P<qi>\d)      # quarter: 2025Q2, 2025-Q2
      | [-_\s]? (?P<h>[Hh]) (?P<hi>\d)      # half year: 2025H1
      | - (?P<m>\d{1,2})                    # month, data through it: 2025-05, 2025-5
    )?
    """,
    re.VERBOSE,
)
_LABEL_FORMS = "2025Q2, 2025H1, 2025-05 or 2025"


def parse_period(s: str | Period) -> Period:
    """Read a period label; Chinese forms such as ``2025年二季度`` are accepted too.

    Raises PeriodError when ``s`` is neither.
    """
    if isinstance(s, Period):
        return s
    text = str(s).strip()
    m = _LABEL.fullmatch(text)
    if m is None:
        found = period_from_title(text) if _HAN.search(text) else None
        if found is None:
            raise PeriodError(f"cannot read period {s!r}: expected {_LABEL_FORMS}")
        return found
    year = int(m["year"])
    try:
        if m["q"]:
            return Period.of(year, "quarter", int(m["qi"]))
        if m["h"]:
            return Period.of(year, "half", int(m["hi"]))
        if m["m"]:
            return Period.of(year, "month", int(m["m"]))
        return Period.of(year, "year")
    except PeriodError as exc:
        raise PeriodError(f"cannot read period {s!r}: {exc}") from None


_HAN = lazy_re(r"[\u4e00-\u9fff]")

# Titles are folded before matching (values only are read, so no offsets are kept): full-width
# digits and letters to ASCII, and the dash and tilde variants of 1—5月 / 1～5月 to "-".
_FOLD = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)},
     **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
     **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
     **dict.fromkeys(["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212",
                      "\uff0d", "~", "\uff5e", "\u301c"], "-")}
)

# A year in Chinese numerals (二〇二三年, 二零二三年): each digit folded, only before 年.
_HAN_DIGIT = {"〇": "0", "○": "0", "零": "0", "Ｏ": "0", "O": "0", "一": "1", "二": "2", "三": "3",
              "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_HAN_YEAR = re.compile(r"(?<![一二三四五六七八九十〇○零])(?:一九|二[〇○零ＯO])[〇○零ＯO一二三四五六七八九]{2}(?=\s*年)")


def fold(text: str) -> str:
    """``text`` with the spellings a period is read through folded: full-width digits, dash and
    tilde variants, a year in Chinese numerals (二〇二三年 → 2023年), a converted copy's reading
    glosses (前4個(gè)月)."""
    text = unglossed(text.translate(_FOLD))
    if "年" not in text:
        return text
    return _HAN_YEAR.sub(lambda m: "".join(_HAN_DIGIT[c] for c in m[0]), text)


_CN_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "十": 10, "十一": 11, "十二": 12}
_MONTH_NUMBER = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"

# An amount is no year: 1901.7亿元, 2000万元, 2020个, 2000多亿元, 1900余户, 2000多億元 (a year
# is followed by 年, a date separator or nothing numeric).
_AMOUNT = r"\s*(?:多|余|餘)?\s*(?:[万亿千百萬億]|元|个|個|项|項|人|户|戶|亩|畝|所|公里|米|吨|噸|%|％)"
_YEAR_ANYWHERE = lazy_re(
    r"(?<!\d)(?<![.．])((?:19|20)\d{2})(?!\d)(?!\s*[.．]\d+\s*(?:[万亿千百萬億]|元|个|個|项|項|%|％))"
    rf"(?!{_AMOUNT})")

# One period phrase, optionally with its year written right before it.
_PHRASE = re.compile(
    rf"""
    (?: (?<!\d) (?P<year>(?:19|20)\d{{2}}) \s* 年? \s* )?
    (?:
        (?P<first_quarters>前 | 第? [一1] \s* [-至到] \s*)?         # 前三季度 一至三季度 1-3季度
        第? (?P<quarter>[一二三四1-4]) \s* 季度                      # 第二季度 二季度
        (?P<quarter_end> \s* [末底])?                                # 三季度末: January to September
      | (?<![A-Za-z]) [Qq] (?P<qcode>[1-4]) (?![0-9A-Za-z])       # 2025Q2
      | (?<![A-Za-z]) [Hh] (?P<hcode>[12]) (?![0-9A-Za-z])        # 2025H1, not H2O
      | (?P<half>[上下])? 半年                                     # 上半年 下半年 半年
      | (?<!\d) (?P<from>{_MONTH_NUMBER}) \s* 月? \s* [-至到] \s*   # 1-5月 1至5月 1月至5月 1—5月份
            (?P<to>{_MONTH_NUMBER}) \s* 月
      | (?<!\d) (?P<month>{_MONTH_NUMBER}) \s* 月 (?! \s* \d+ \s* [日号])   # 5月 5月份, not 5月20日
      | 前 \s* (?P<first>{_MONTH_NUMBER}) \s* [个個]? \s* 月 (?!\s*\d+\s*[日号])   # 前11个月, 前5月: through the month
      | (?:截至|截止|(?<![^\s，,。；;：:、（(])至) \s* (?:到|今年|本年)? \s*            # 截止到 截至今年
        (?:(?P<uyear>(?:19|20)\d{{2}}) \s* 年 \s*)? (?P<until>{_MONTH_NUMBER}) \s* 月
        \s* (?:(?P<day>\d{{1,2}}) \s* [日号] | 底 | 末 | 份? (?=\s*[，,、：:]))  # 截至5月31日 截至10月底 截至今年7月，
      | (?P<full>全年 | 年度 | 年终 | 年底)                          # 2025年全年 2025年度 (全年)
    )
    """,
    re.VERBOSE,
)


def period_from_title(title: str, year: int | None = None, *, sentence: bool = False) -> Period | None:
    """The period a report title names, or None when it names none (or no year).

    A quarter, half-year or month-span phrase wins over a single month (``2025年3月印发…第二季度``
    is Q2: the month dates something else), which wins over a full-year word (``2025年度…第二季度``
    is Q2); among equals the first wins (``…上半年总结和下半年计划`` is H1). A phrase without its
    own year takes the nearest year before it, else the first year in the title, else ``year``
    (the page's year, from its title or date line: ``截至10月底`` in a sentence of a 2021 page).
    In a ``sentence`` (not a title) a single month or 全年 dates an event or restates the plan
    (``2021年7月，自治区下达任务…``), so only data phrases count there, as in :func:`data_period`.
    """
    text = fold(title)
    best: tuple[int, Period] | None = None
    for m in _PHRASE.finditer(text):
        found_year = int(m["year"] or m["uyear"] or 0) or _nearest_year(text, m.start()) or year
        if found_year is None or not (_MIN_YEAR <= found_year <= _MAX_YEAR):
            continue
        found = _period_of_match(m, found_year)
        rank = 2 if m["full"] else 1 if m["month"] else 0
        if sentence and rank:
            continue
        if found is not None and (best is None or rank < best[0]):
            best = (rank, found)
    return best[1] if best else None


def data_period(line: str, year: int) -> Period | None:
    """The data period a line without a year of its own names (截至10月底, 1-9月, 前三季度,
    上半年, 前11个月), in the page's ``year``; a single month or 全年 in a sentence dates an event
    or restates the plan, so they do not count here."""
    text = fold(line)
    if _years(text):
        return None
    for m in _PHRASE.finditer(text):
        if m["until"] or m["from"] or m["first"] or m["quarter"] or "半年" in m[0]:
            return _period_of_match(m, year)
    return None


def data_phrases(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The data period phrases of folded ``text[start:end]`` (1-9月, 截至9月底, 前三季度, 上半年)."""
    return (m for m in _PHRASE.finditer(text, start, len(text) if end is None else end)
            if m["until"] or m["from"] or m["first"] or m["quarter"] or "半年" in m[0])


# Switched off by evaluation/ablation.py (the package runs with them on).
DECEMBER_END = True
FIRST_QUARTERS = True
QUARTER_SPANS = True  # 一至三季度, 1-3季度, 三季度末: January to the quarter's end


def header_period(header: str, year: int) -> Period | None:
    """The period a figure column's header names (``1-9月 完成投资``, ``截至6月底完成``,
    ``2024年1-9月完成``), in ``year`` when it says none; None for none or the whole year (a
    column of the year's plan says nothing of how far the figures run)."""
    found = period_from_title(header, year)
    return found if found is not None and found.kind != "year" else None


# Switched off by evaluation/ablation.py (the package runs with it on).
HEADER_MONTH = True


def month_of_figures(period: Period | None, title: str | None, headers: Sequence[str],
                     roles: Sequence[str | None], chosen: dict[str, int]
                     ) -> tuple[Period | None, list[str]]:
    """The report period, made the month the actual column's header names (``1-9月 完成投资``)
    when the text gives a year only: the figures run to that month, and the pace is set there."""
    whole = period or (period_from_title(title) if title else None)
    if not HEADER_MONTH or whole is None or whole.kind != "year" or "actual" not in roles:
        return period, []
    at = chosen.get("actual", roles.index("actual"))
    found = header_period(headers[at], whole.year) if at < len(headers) else None
    if found is None:
        return period, []
    return found, [f"period {found.label} read from the header {headers[at]!r} of the figures "
                   "(the text gives the year only)"]


# Switched off by evaluation/ablation.py (the package runs with it on).
NAME_PERIOD = True

# A year in a file name: four digits 1900-2099 standing alone (常州2018年一季度, 2018_q1).
_NAME_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def period_from_name(name: str, month: int | None = None) -> Period | None:
    """The period a report's file name gives when its text names no year, or None.

    Reports are saved under their title more often than not (``常州市2018年一季度工业项目.docx``),
    and a copied page often loses the title line while the file keeps it. The name is read as a
    title; failing a period phrase, one year alone in it is the year (``2018_重点项目``), with the
    data ``month`` the text names when it names one. Two different years, or none, give None: a
    name such as ``2017-2018对比`` or ``20180512`` says no one year.
    """
    if not NAME_PERIOD:
        return None
    stem = PurePath(name).stem
    found = period_from_title(stem)
    if found is not None:
        return found
    years = {int(m[0]) for m in _NAME_YEAR.finditer(fold(stem))}
    if len(years) != 1:
        return None
    year = years.pop()
    return Period.of(year, "month", month) if month is not None and 1 <= month <= 12 else (
        Period.of(year, "year"))


def name_period(attrs: Mapping[str, Any], name: str) -> Period | None:
    """The period of the file ``name`` for a report read with ``attrs`` whose text gave none
    (its data month, ``attrs["month"]``, kept), or None."""
    if attrs.get("period") is not None:
        return None
    month = attrs.get("month")
    return period_from_name(name, month if isinstance(month, int) else None)


def name_warning(found: Period, name: str) -> str:
    """What a report read in the period of its file name says."""
    return f"period {found.label} taken from the file name {name!r}: the text names no year"


def to_year_end(line: str, year: int) -> bool:
    """Whether ``line`` names data running to the end of December of ``year`` (截至12月底,
    截止2019年12月31日, 1-12月, 截至四季度末): the month the figures of a year's account run to.
    A phrase naming another year (截至2018年12月底 in a 2019 account) does not count."""
    text = fold(line)
    for m in _PHRASE.finditer(text):
        if not (m["until"] or m["from"] or (m["quarter"] and m["quarter_end"])):
            continue
        found = _period_of_match(m, int(m["year"] or m["uyear"] or 0) or year)
        if found is not None and found.kind == "year" and found.year == year:
            return True
    return False


# A stand-in year: only the month of a data period phrase is read with it.
_ANY_YEAR = 2000


def data_month(line: str) -> int | None:
    """The month the figures run to by a line that names it without a year (1-9月份…汇总表,
    截至9月底, 前三季度): the pace needs the month, not the year. None when the line names none."""
    found = data_period(line, _ANY_YEAR)
    return found.end_month if found is not None else None


def _years(text: str) -> list[tuple[int, int]]:
    """The years ``text`` names (where, which), less those its figures are compared with."""
    out = []
    for m in _YEAR_ANYWHERE.finditer(text):
        if not compared(text, m.start(1), m.end(1)):
            out.append((m.start(), int(m[1])))
    return out


def _nearest_year(text: str, pos: int) -> int | None:
    years = _years(text)
    before = [y for start, y in years if start < pos]
    if before:
        return before[-1]
    return years[0][1] if years else None


def _period_of_match(m: re.Match[str], year: int) -> Period | None:
    if m["quarter"]:
        if m["first_quarters"] and FIRST_QUARTERS and (QUARTER_SPANS or m["first_quarters"] == "前"):
            # 前三季度 is January to September (as 1-9月), not the third quarter alone.
            return Period.of(year, "month", 3 * _number(m["quarter"]))
        if m["quarter_end"] and QUARTER_SPANS:
            # Figures as they stand at a quarter's end (截至三季度末) run from January, as 截至9月底
            # does; to the fourth quarter's end, the whole year.
            month = 3 * _number(m["quarter"])
            return Period.of(year, "year") if month == 12 and DECEMBER_END else (
                Period.of(year, "month", month))
        return Period.of(year, "quarter", _number(m["quarter"]))
    if m["qcode"] or m["hcode"]:
        # Q2 / H1 count only written against a year (2025Q2): alone they are too often not periods.
        if not m["year"]:
            return None
        kind: PeriodKind = "quarter" if m["qcode"] else "half"
        return Period.of(year, kind, int(m["qcode"] or m["hcode"]))
    if m["from"]:
        return _month_range(year, _number(m["from"]), _number(m["to"]))
    if m["first"]:
        month = _number(m["first"])
        return Period.of(year, "month", month) if 1 <= month <= 12 else None
    if m["until"]:
        # Data up to the 1st of a month (截至9月1日) run through the month before.
        month = _number(m["until"]) - (1 if m["day"] and int(m["day"]) == 1 else 0)
        if DECEMBER_END and month == 12 and (not m["day"] or int(m["day"]) == 31):
            # Data through the end of December are the whole year, as 1-12月 is.
            return Period.of(year, "year")
        return Period.of(year, "month", month) if 1 <= month <= 12 else None
    if m["month"]:
        month = _number(m["month"])
        return Period.of(year, "month", month) if 1 <= month <= 12 else None
    if m["full"]:
        return Period.of(year, "year")
    # Only the half-year branch is left; bare 半年 means the first half.
    return Period.of(year, "half", 2 if m["half"] == "下" else 1)


def _month_range(year: int, first: int, last: int) -> Period | None:
    """1-5月 is data through May; 4-6月 is a quarter, 7-12月 a half, 1-12月 the year."""
    if not (1 <= first <= last <= 12):
        return None
    if (first, last) == (1, 12):
        return Period.of(year, "year")
    if first == 1:
        return Period.of(year, "month", last)
    if last - first == 2 and first % 3 == 1:
        return Period.of(year, "quarter", last // 3)
    if (first, last) == (7, 12):
        return Period.of(year, "half", 2)
    return Period.of(year, "month", last)


def _number(s: str) -> int:
    return int(s) if s.isdigit() else _CN_NUMBER[s]
