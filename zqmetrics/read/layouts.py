"""Which layout a text report has, and the report period its opening lines give.

A pipe table (rows ``a | b | c``) with a header or numbered rows is taken as it is, as it always
was. Otherwise every table reading that finds rows is a candidate: vertical pipe (cells on lines
closed by ``|``), flattened table (a header run of short cells, one per paragraph), space-separated
table (a name then figures); the one explaining the most text wins. Texts without a table go to
the text layouts (reader.py): a 督查 bulletin, numbered items, a prose article, else a generic
reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from zqmetrics.errors import NoTableError
from zqmetrics.read.figure_periods import figure_periods_out
from zqmetrics.read.grid import Table, seq_number
from zqmetrics.read.periods import (
    Period,
    data_month,
    data_period,
    fold,
    period_from_title,
)
from zqmetrics.read.pipe import parse_pipe_text
from zqmetrics.read.tail import without_text_after
from zqmetrics.read.year_done import year_done
from zqmetrics.read.yearwords import compared
from zqmetrics.text import lexicon
from zqmetrics.text.lazy import lazy_re

_VERTICAL_SHARE = 0.3  # this share of the lines are cells closed by a lone trailing |
# Switched off by evaluation/ablation.py (with flatcells.STRICT_VERTICAL; the package runs with it on).
STRICT_VERTICAL = True
_VERTICAL_MIN = 8
_OPENING = 30  # the report period is looked for in this many non-blank opening lines
_LINE = 300
_DATE_LINE = 60  # a date line is short (a dateline, 发布日期); a date in a sentence dates an event
# Not a month span: 2021年1-12月 names no day.
_DATE = lazy_re(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*\d{1,2}(?!\d|\s*月)")
_YEAR = lazy_re(r"(?<!\d)((?:19|20)\d{2})\s*年")
# Switched off by evaluation/ablation.py (the package runs with it on).
DAY_FIRST_DATES = True
# A date line written day first (03.07.2015 16:16, as some news portals print it): the year and
# the month captured in the order _DATE gives them (the lookaheads), then the date itself.
_DAY_FIRST = lazy_re(r"(?<![\d.])(?=(?:0?[1-9]|[12]\d|3[01])\.\d{1,2}\.((?:19|20)\d{2})(?![\d.]))"
                     r"(?=\d{1,2}\.(0?[1-9]|1[0-2])\.)\d{1,2}\.\d{1,2}\.\d{4}")


def is_vertical(lines: list[str]) -> bool:
    """Cells on lines closed by ``|``: ``cell |``, or a line holding only ``|`` after a line of
    text (the strict form, each cell on its own line, then its bar)."""
    filled = [line.strip() for line in lines if line.strip()]
    closed = [s for s in filled if s.endswith("|") and s.count("|") == 1 and len(s) > 1]
    if len(closed) < _VERTICAL_MIN and STRICT_VERTICAL:
        closed = [s for s, before in zip(filled[1:], filled, strict=False)
                  if s == "|" and "|" not in before]
        # The bar lines of the strict form are half the lines: a table, not a page's few bars.
        return len(closed) >= _VERTICAL_MIN and 2 * len(closed) >= _VERTICAL_SHARE * len(filled)
    return len(closed) >= _VERTICAL_MIN and len(closed) >= _VERTICAL_SHARE * len(filled)


def _explained(table: Table) -> int:
    """How much of the text a reading explains: the cells it fills, over all its rows."""
    return sum(sum(1 for c in row.cells if c.strip()) for row in table.rows)


def _pipe_wins(table: Table) -> bool:
    """A pipe reading with a header, or whose rows mostly open with a 序号, is the table."""
    if table.headers:
        return True
    numbered = sum(seq_number(r.cells[0]) is not None for r in table.rows if r.cells)
    return 2 * numbered >= len(table.rows) > 0


# Switched off by evaluation/ablation.py (the package runs with it on).
OTHER_BARS = True
_BAR_LINES = 3  # a table has at least this many rows
_OTHER_BAR = lazy_re(r"[｜│┃]")


def with_bars(text: str) -> str:
    """``text`` with the cells of a table copied with other separators written between ``|``:
    tabs (a table pasted from a spreadsheet or a word processor, empty cells kept between two
    tabs) when the text has no ``|``, and the full-width or box-drawing bars ``｜ │ ┃`` of a copy.
    Lines keep their numbers; lines of another kind are left as they are."""
    if not OTHER_BARS:
        return text
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if not filled:
        return text
    others = [line for line in filled if len(_OTHER_BAR.findall(line)) >= 2]
    if len(others) >= _BAR_LINES:
        return "\n".join(_OTHER_BAR.sub("|", line) if len(_OTHER_BAR.findall(line)) >= 2
                         else line for line in lines)
    tabbed = [line for line in filled if "\t" in line.strip()]
    if "|" in text or len(tabbed) < _BAR_LINES or 10 * len(tabbed) < 3 * len(filled):
        return text
    return "\n".join(f"{line.rstrip().replace(chr(9), ' | ')} |" if "\t" in line.strip() else line
                     for line in lines)


def table_of(text: str, source: str) -> tuple[Table, str] | None:
    """The table of a text report and its layout, or None when it has no table.

    A text with ``a | b | c`` rows is read as a pipe table first, and that reading stands when it
    has a header or numbered rows. Otherwise every table reading that finds rows is a candidate,
    and the one that explains the most text (cells filled over all rows) is taken; on a tie the
    more structured layout, in the order they are tried here.
    """
    text = with_bars(text)
    lines = text.split("\n")
    candidates: list[tuple[Table, str]] = []
    header_only: NoTableError | None = None
    try:
        pipe = parse_pipe_text(text, source)
    except NoTableError as exc:
        header_only = exc if "no task rows" in str(exc) else None
    else:
        if _pipe_wins(pipe):
            return without_text_after(pipe), "pipe_table"
        candidates.append((pipe, "pipe_table"))
    # lazy: the other layouts' readers load only when a pipe table does not win outright, so
    # that a pipe table's cold start (issue 15) does not import them
    from zqmetrics.read.flat import read_flat
    from zqmetrics.read.spaced import read_named, read_spaced

    # Cells closed by ``|`` are the same stream as paragraphs, without the bars as debris: when
    # the vertical reading finds the table, the paragraph reading of the same lines is not tried.
    found = read_flat(lines, vertical=True) if is_vertical(lines) else None
    if found is None:
        found = read_flat(lines, vertical=False)
    if found is not None:
        candidates.append(found)
    spaced = read_spaced(lines)
    if spaced is not None:
        candidates.append((spaced, "spaced_table"))
    # A table of words under a header naming its columns: a candidate as the others are.
    named = read_named(lines, source) if "|" not in text else None
    if named is not None:
        candidates.append((named, "spaced_table"))
    if candidates:
        order = {id(c): k for k, c in enumerate(candidates)}
        table, layout = max(candidates, key=lambda c: (_explained(c[0]), -order[id(c)]))
        return without_text_after(table), layout
    if header_only is not None:  # a pipe header without rows says more than "no table"
        raise header_only
    return None


def pipe_row(line: str) -> bool:
    """A row or cell of a pipe table (a dateline's one `来源 | 作者` bar is not)."""
    stripped = line.strip()
    return stripped.startswith("|") or stripped.count("|") >= 2


def _title_lines(lines: list[str]) -> Iterator[str]:
    """The lines that may title the report: no pipe-table row, but a bar line holding one cell
    above the table's first row of several cells is the table's title bar
    (``| (截至2016年9月30日) | ||||``), the text of that cell."""
    in_table = False
    for line in lines:
        if not line.strip():
            continue
        if not pipe_row(line) or (DATED_BARS and _DATED_BAR.match(line)):
            yield line
            continue
        cells = [c.strip() for c in line.split("|") if c.strip()]
        in_table = in_table or len(cells) > 1
        if not in_table and cells:
            yield cells[0]


# Switched off by evaluation/ablation.py (the package runs with it on).
DATED_BARS = True
# A page's date line with its furniture in bars (2020-05-08 09:39:38|来源:…|编辑:…): a table row
# never opens with a whole date and a clock time.
_DATED_BAR = lazy_re(r"\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*"
                     r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?\|")

# Switched off by evaluation/ablation.py (the package runs with it on).
LABELLED_DATES = True


@lexicon.derived
def _labelled_date() -> re.Pattern[str]:
    from zqmetrics.read.items import layout_words  # lazy: see table_of

    words = "|".join(re.escape(w) for w in layout_words("dateline"))
    return re.compile(rf"(?:{words})\s*[:：]?\s*((?:19|20)\d{{2}})\s*(?:年|[-/.])\s*(\d{{1,2}})")


def date_of(line: str) -> re.Match[str] | None:
    """The page's date on a date line: a short line holding a date, or a date after its label
    (发布时间:2010-09-18 信息来源:… 点击数:…, however long the line of page furniture)."""
    if len(line) <= _DATE_LINE:
        return _DATE.search(line) or (_DAY_FIRST.search(line) if DAY_FIRST_DATES else None)
    return _labelled_date().search(line) if LABELLED_DATES else None


def opening_lines(lines: list[str]) -> list[str]:
    """The lines a report's period is looked for in."""
    # Cut: a line may be a whole table cell of 100,000 characters; a period is said early.
    # A pipe-table cell is never the title: a period phrase in a cell dates that task's figures.
    return [line.strip()[:_LINE] for line in _title_lines(lines)][:_OPENING]


# Switched off by evaluation/ablation.py (the package runs with it on).
YEAR_END = True
# Switched off by evaluation/ablation.py (the package runs with it on).
YEAR_LEAD = True
# A sentence opening with a year and a comma (2013年，绵阳市…; after a dateline: …讯(记者 …)2020年，)
# gives the year its account covers.
_YEAR_LEAD = lazy_re(r"(?:^|[)）】\]。])\s*((?:19|20)\d{2})\s*年\s*[，,]")
# Switched off by evaluation/ablation.py (the package runs with it on).
YEAR_SUBJECT = True
# A sentence whose subject opens with its year, no comma (2017年是…重要一年; 2017年徐州市…组织实施
# 重大项目205项; 2021年度重点任务继续实行…): the year of the data phrases said without one. Not a
# date (2017年4月, 2017年1-4月), a deadline or a starting point (2020年底前, 2016年以来, 2019年内).
_YEAR_SUBJECT = lazy_re(r"(?:^|[)）】\]。；;])\s*((?:19|20)\d{2})\s*年"
                        r"(?!\s*(?:\d|[一二三四五六七八九十]{1,2}\s*月|[底末前内初中以后来起至到]))")


def _lead_year(opening: list[str]) -> int | None:
    """The year of the first opening sentence that leads with it (``2020年，…``), or None."""
    if not YEAR_LEAD:
        return None
    return next((int(m[1]) for line in opening if (m := _YEAR_LEAD.search(fold(line)))), None)


def _subject_year(opening: list[str]) -> int | None:
    """The year of the first opening sentence whose subject opens with it (``2017年是…``,
    ``2021年度重点任务…``), else the one year the opening names (``召开林芝市2017年…新闻发布会``;
    ``已于2025年9月建成投产``), or None."""
    if not YEAR_SUBJECT:
        return None
    found = next((int(m[1]) for line in opening if (m := _YEAR_SUBJECT.search(fold(line)))), None)
    return found if found is not None or not ONLY_YEAR else _only_year(opening)


# Switched off by evaluation/ablation.py (the package runs with it on).
ONLY_YEAR = True


def _only_year(opening: list[str]) -> int | None:
    """The one year the opening names, a year figures are compared with or a plan runs to left
    out; None when it names none or several."""
    years = {int(m[1]) for line in opening for m in _own_years(fold(line))}
    return years.pop() if len(years) == 1 else None


def _own_years(text: str) -> Iterator[re.Match[str]]:
    """The years ``text`` names with 年, less those figures are compared with or a plan runs to."""
    return (m for m in _YEAR.finditer(text) if not compared(text, m.start(1), m.end(1)))


def report_period(lines: list[str]) -> tuple[Period | None, list[str]]:
    """The period the opening lines give (see :func:`_report_period`); one running to the end
    of December is the whole year (the period phrases read it so: periods.DECEMBER_END); with
    the note of a quarterly statistic's period left out (figure_periods)."""
    opening = opening_lines(lines)
    kept, left_out = figure_periods_out(opening, any(date_of(s) for s in opening))
    found, notes = _report_period(kept)
    return found, [*notes, *left_out]


# Switched off by evaluation/ablation.py (the package runs with it on).
FIRST_PERIOD_PHRASE = True
# A stand-in year: only whether a line names a period without one is asked with it.
_ANY_YEAR = 2000


def _yearless_phrase(line: str, heading: bool) -> bool:
    """Whether ``line`` names a period without a year: a data phrase anywhere (1-10月完成投资,
    截至9月底), or a title's month above the first sentence (重点项目百日会战9月份推进情况)."""
    if not FIRST_PERIOD_PHRASE or date_of(line):
        return False
    if data_period(line, _ANY_YEAR) is not None:
        return True
    if not heading or len(line) > _DATE_LINE:
        return False
    found = period_from_title(line, _ANY_YEAR)
    return found is not None and found.kind != "year"


def _first_phrase(line: str | None, year: int) -> Period | None:
    """The period the opening's first phrase without a year names, in ``year``: a report says
    its period first; a later line with a year (2012年…1-9月, of a part of the report) or the
    page's date line gives the year only."""
    if line is None:
        return None
    return data_period(line, year) or period_from_title(line, year)


def _report_period(opening: list[str]) -> tuple[Period | None, list[str]]:
    """The period the opening lines (:func:`opening_lines`, a quarterly statistic's period phrases
    left out) give: a period phrase with its year, else a data period
    phrase without one (截至10月底) in the year of the title or the page's date line, else the
    month of the page's date line (a page of January with no year elsewhere dates the account
    of the year before), else a year alone (a whole-year report); with what was assumed."""
    year: int | None = None
    titled = False  # a year written on a line other than the page's date line
    lead = _lead_year(opening)
    pending: str | None = None  # the opening's first period phrase said without a year
    heading = True  # above the first sentence: where a title stands
    for line in opening:
        # A title is short and unpunctuated; in a sentence a single month dates an event.
        sentence = len(line) > _DATE_LINE or "。" in line
        found = period_from_title(line, sentence=sentence)
        # In a sentence only data phrases count, so a whole year there is a span to December's
        # end (截止2019年12月31日, 1-12月): the report's period, not the plan's year.
        if found is not None and (found.kind != "year" or sentence):
            first = _first_phrase(pending, found.year)
            if pending is not None and first is not None and first != found:
                return first, [f"period {first} read from {pending[:20]!r} in the year of a later line"]
            return found, []
        heading = heading and "。" not in line
        if pending is None and found is None and _yearless_phrase(line, heading):
            pending = line
        if year is None and len(line) <= _DATE_LINE:
            # A year alone is the report's only from a title-like line: a year inside a table
            # cell or a sentence dates an event (2025年第一批国债资金), not the report.
            m = next(_own_years(fold(line)), None)
            year = found.year if found is not None else int(m[1]) if m else None
            titled = year is not None and (found is not None or date_of(line) is None)
    if year is None and lead is not None:
        # 2020年，厦门市…完成投资…: the account of that year (its data phrases, if any, below).
        year, titled = lead, True
    # A sentence whose subject opens with a year (2017年是…，4月份全市重大项目…) gives the year of
    # the data phrases said without one, after the page's date line; alone it is no whole-year
    # account (2021年度重点任务继续实行… on a page of August: judged against the year's pace, a
    # report halfway through would be all behind).
    page_year = (year or next((int(m[1]) for line in opening for m in [date_of(line)] if m), None)
                 or _subject_year(opening))
    if page_year is not None and pending is not None and (
            first := _first_phrase(pending, page_year)) is not None:
        return first, [f"period {first} read from {pending[:20]!r} in the page's year"]
    if page_year is not None:
        # A data period said without its year (截至10月底, 1-9月) is in the page's year.
        for line in opening:
            found = data_period(line, page_year)
            if found is not None:
                return found, [f"period {found} read from {line[:20]!r} in the page's year"]
    for line in opening:
        m = date_of(line)
        if m and not titled and int(m[2]) == 1 and YEAR_END:
            # Figures cannot run to a month not yet over: a page of January with no year of its
            # own reports on the year before (去年承诺的15件民生实事全完成了, dated 2015年01月23日).
            note = (f"the date line {m[0]!r} is in January: read as the account of the whole "
                    f"year {int(m[1]) - 1}")
            return Period.of(int(m[1]) - 1, "year"), [note]
        if m and (year is None or int(m[1]) == year) and 1 <= int(m[2]) <= 12:
            note = f"period {m[1]}-{int(m[2]):02d} taken from the date line {m[0]!r}"
            return Period.of(int(m[1]), "month", int(m[2])), [note]
    if year is not None:
        return Period.of(year, "year"), [f"no period phrase: read as the whole year {year}"]
    if page_year is not None and year_done(opening):
        # A year named only in a sentence, whose lead says the year's items are all done
        # (市南区2008年确定的…10件实事已全部完成): the account closing that year.
        return Period.of(page_year, "year"), [
            f"period {page_year}: the opening says the year's items are all done, read as the "
            "account of the whole year"]
    return None, ["period unknown: no year in the text (give --period)"]


# Switched off by evaluation/ablation.py (the package runs with it on).
MONTH_WITHOUT_YEAR = True


def month_without_year(lines: list[str]) -> int | None:
    """The month the figures run to, named in the opening lines without a year (截至9月底, 1-9月,
    前三季度), for a report whose year is nowhere in its text (a page whose year is only in its
    address): the pace needs the month, not the year. None when no opening line names one."""
    if not MONTH_WITHOUT_YEAR:
        return None
    opening = figure_periods_out(opening_lines(lines), dated=False)[0]  # no year: no date line
    return next((m for line in opening if (m := data_month(line)) is not None), None)


def month_said(lines: list[str]) -> tuple[int | None, list[str]]:
    """The data month of a report whose year is nowhere in its text: the one its opening names
    (:func:`month_without_year`), else December where it says the year's items are all done
    (大同市10项民生实事已全部如期兑现、办结: the account closing its year, whichever year it is);
    with the note that says the second."""
    month = month_without_year(lines)
    if month is not None or not year_done(opening_lines(lines)):
        return month, []
    return 12, ["the text says the year's items are all done: the data month read as December"]
