"""The report's own verdict on a row, and where the report said it.

Three places say it; the nearest to the row wins:

1. the row's own progress words (``data/verdicts.tsv`` through the clause model: a promise,
   确保年底前全面完成, and a part, 其中一处未开工, are no verdict);
2. its status cell (进展状态: 按时推进), or the lead of the list a bulletin names it in
   (进展偏慢的5项分别是：…), which the reader hands over as ``status_text``: read with
   ``data/cell_verdicts.tsv`` beside ``data/verdicts.tsv``, in the one-to-one fold (進展較快
   reads as 进展较快);
3. a verdict the row already carries (a ``verdict`` column of a frame built elsewhere).

Beside words, the row's own evidence includes its comparison with the benchmark its task is set
against (高于全国平均水平: ``data/benchmarks.tsv``), and a report's opening may judge all its items
at once (10件民生实事顺利完成: ``data/summary_words.tsv``), for the rows that say nothing themselves.
The record's ``verdict`` says where it was read: ``source`` progress | task | status | benchmark |
report.

An item a bulletin lists as slow whose own words say 经督办后于11月底全部完工 is done: the list
dates from before the words that follow the item's name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import regex

from zqmetrics.extraction.rows import NOT_TARGET_SECTIONS
from zqmetrics.judge import opening, parts
from zqmetrics.judge.chains import DATED, RUNNING_TEXT, chained, closes, tail_clause
from zqmetrics.judge.pace_pair import pace_pair_verdict
from zqmetrics.judge.stages import stage_verdict
from zqmetrics.text.clauses import Cell, parse
from zqmetrics.text.cues import cue_pattern, word_pattern, word_table
from zqmetrics.text.lexicon import derived, rows
from zqmetrics.text.mentions import Mention
from zqmetrics.text.normalize import normalize
from zqmetrics.text.quantity import has_figure, read_figures
from zqmetrics.text.verdict_forms import (
    asserted,
    form_words,
    in_context,
    is_marked,
    may_hold_form,
    names_part,
    whole_verdict,
)

# Rules evaluation/judge_ablation.py switches off one at a time (the package runs with all on).
STATUS_CELLS = True  # a status cell or list lead is read with its own lexicon, in the fold
OWN_WORDS_FIRST = True  # the row's own progress words come before its status cell or list lead
# A lag the row states outranks a not-started word beside it: in progress_verdict (huoqiu-2019-08)
# and in the assessment, over the not-started cue (yantai-2017-h1). It stays at this depth, not in
# text/verdict_forms.whole_verdict: moved there (judge pass 2) no development verdict, status, the
# held-out aggregate or the sample changes, and the extraction's own verdict would take a judge's
# precedence.
LAG_OVER_NOT_STARTED = True


@derived
def cell_table() -> dict[str, str]:
    """``{word: status}`` a status cell or a list lead is read with."""
    return {**word_table("verdicts.tsv"), **word_table("cell_verdicts.tsv")}


@derived
def _cell_pattern() -> re.Pattern[str]:
    words = sorted(cell_table(), key=lambda w: (-len(w), w))  # 进展较为缓慢 before 缓慢
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


def cell_verdict(text: Any) -> dict[str, str] | None:
    """The first verdict a status cell or a list lead states, quoted as written, or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    norm = normalize(text)
    table = cell_table()
    for m in _cell_pattern().finditer(norm.text):
        status = table[m.group()]
        if status == "none":
            continue
        # 没有进度滞后的项目, 对进度滞后的将约谈: no verdict; 进度滞后的项目有： stays the list's
        found = in_context(norm.text, m.start(), m.end(), status)
        if found is not None:
            start, end = norm.span(found[1], found[2])
            return {"status": found[0], "quote": text[start:end], "source": "status"}
    return None


def _worded_rate(text: Any) -> dict[str, str] | None:
    """The verdict a rate cell says in words, or None for a share or an empty cell.

    A cell that states the row's verdict in words where its column wants a figure is a status
    cell: the status rule (``STATUS_CELLS``) covers a rate cell reading 全部开工 as it covers a
    status column and a list lead (its own switch until the one-document review moved
    quanguo-2023-09 alone)."""
    if not isinstance(text, str) or has_figure(text):
        return None
    return cell_verdict(text)


def progress_verdict(progress: Any, year: int | None = None) -> dict[str, str] | None:
    """The whole-row verdict of a progress text (a verdict on a part is none), or None: see
    :func:`zqmetrics.text.verdict_forms.whole_verdict`."""
    if not isinstance(progress, str) or not progress.strip():
        return None
    cell = parse(progress, year)
    mentions = [replace(m, partial=True) if _on_counted_part(cell, m) else m for m in cell.verdicts]
    found = whole_verdict(cell.text, mentions)
    if LAG_OVER_NOT_STARTED and found is not None and found.value == "not_started":
        # 带二维码上市项目尚未实施…以上项目均低于全市平均进度: beside a lag the report states, a
        # not-started word names a part or a step (statements pass 17, huoqiu-2019-08).
        found = next((m for m in asserted(cell.text, mentions)
                      if m.value == "lagging" and not m.partial), found)
    if found is None and (span := tail_clause(cell)) is not None:
        return _spanned(progress, cell, span, "progress")  # 已完成施工,并验收通车 (pass 20)
    return _quoted(progress, cell, found, "progress") if found else None


def _on_counted_part(cell: Cell, m: Mention) -> bool:
    """Whether a not-started word of a progress cell is said of a count the cell shows is a part
    (15个项目未开工 beside 39个重点项目, 未开工3个 of 国债项目5个; judge pass 4). Read for the row's
    verdict only: the clause model keeps the mention whole, so the extraction reads its figures as
    before (国债项目1个未开工 is that unit's whole target, though a part of the row)."""
    return m.value == "not_started" and not m.partial and parts.counted_part(
        cell.figures, cell.clause_start(m.start), cell.clause_end(m.end))


def _spanned(text: str, cell: Any, span: tuple[int, int], source: str) -> dict[str, str]:
    start, end = cell.norm.span(*span)
    return {"status": "done", "quote": text[start:end], "source": source}


def _quoted(text: str, cell: Any, found: Any, source: str) -> dict[str, str]:
    """A verdict mention as a record's verdict, quoted as written (traditional characters kept)."""
    start, end = cell.norm.span(found.start, found.end)
    return {"status": found.value, "quote": text[start:end], "source": source}


# A verdict in the task cell when the progress says none (switched off by the ablation).
TASK_WORDS = True


def task_verdict(task: Any, year: int | None = None,
                 running: bool = False) -> dict[str, str] | None:
    """The verdict of a task cell that holds the whole item (a bulletin line, an article's
    sentence: XX工程已竣工, 10个项目进度有所滞后), or None.

    A task cell states the task's aim, so its unmarked completion words are the aim (完成100户改造,
    全面完成年度任务) and a promise is none (确保年底前建成): a done verdict must carry a perfective
    marker (已竣工, 均已建成投用) or close its sentence (学生营养餐补助全部兑现。); lagging, on-track
    and not-started words read as in progress text."""
    if not TASK_WORDS or not isinstance(task, str) or not task.strip():
        return None
    # Most task cells state an aim and hold no verdict word: those are not parsed (a verdict is a
    # fixed word, a grammar form around its head or pace noun, or a gap before a figure).
    if not has_figure(task):
        folded = read_figures(task)[0].text  # normalised once, by has_figure just above
        if not (word_pattern("verdicts.tsv").search(folded) or may_hold_form(folded)):
            return None
    cell = parse(task)  # the year is not read here: the model target extraction built is reused
    for m in asserted(cell.text, cell.verdicts):
        if m.partial and not _counts_the_task(cell, m):
            continue
        if m.value == "done" and not is_marked(cell.text, m.start) and (
                not closes(cell, m.end)
                or DATED.search(cell.text, cell.clause_start(m.start), m.start)):
            continue  # the aim (全面完成年度任务), or its deadline (2022年全部建成投用。)
        return _quoted(task, cell, m, "task")
    span = chained(cell, running)  # 完工并试生产 closing a running text's item (pass 20)
    return _spanned(task, cell, span, "task") if span is not None else None


def _counts_the_task(cell: Any, m: Any) -> bool:
    """Whether a done verdict of a task cell is partial only for the count before it: there the
    count is the task's own target (新建5所幼儿园已建成投用 says all five are built), not a part,
    unless the cell counts a larger whole in the same unit (12项重点任务中,2项已完成; judge pass 4)."""
    c0 = cell.clause_start(m.start)
    return (m.value == "done" and not names_part(cell.text, c0, m.start)
            and not parts.counted_part(cell.figures, c0, cell.clause_end(m.end)))


def row_verdict(row: Mapping[str, Any], year: int | None = None,
                year_end: bool = False, stage: bool = True) -> dict[str, str] | None:
    """The verdict nearest to the row: its own words (a verdict word of its progress, else its
    comparison with a benchmark its task is set against, else a verdict its task cell states),
    its status cell or list lead, the given one."""
    if row.get("section") in NOT_TARGET_SECTIONS:
        return None  # a work report's review of last year (十件民生实事全面完成): not this year's task
    own = (_with_pace_pair(progress_verdict(row.get("progress"), year), row.get("progress"))
           or (stage_verdict(row.get("progress"), row.get("task")) if stage else None)
           or benchmark_verdict(row.get("task"), row.get("progress"), year_end)
           or task_verdict(row.get("task"), year, row.get("layout") in RUNNING_TEXT))
    cell = (cell_verdict(row.get("status_text")) or _worded_rate(row.get("ratio_text"))
            if STATUS_CELLS else None)
    found = (own or cell) if OWN_WORDS_FIRST else (cell or own)
    if found is not None:
        return found
    given = row.get("verdict")
    progress = row.get("progress")
    if (parts.COUNTED_PART and isinstance(given, dict) and "source" not in given
            and isinstance(progress, str) and str(given.get("quote") or "\0") in progress):
        # The extraction's verdict of the progress words read just above (the clause model's whole
        # mention), not a verdict given beside them: 15个项目未开工 stays a part (judge pass 4).
        return None
    if isinstance(given, dict) and given.get("status") in ("lagging", "on_track", "done",
                                                          "not_started"):
        return dict(given)
    return None


def _with_pace_pair(found: dict[str, str] | None, progress: Any) -> dict[str, str] | None:
    """The progress verdict, or the pace pair's claim where the progress states none, or where the
    verdict read is the pair's own fixed words inside a longer claim (未实现“时间过半、任务过半”
    is lagging, not the on-track words inside the quotes)."""
    pair = pace_pair_verdict(progress)
    if pair is None:
        return found
    if found is None or (found["source"] == "progress" and found["quote"] in pair["quote"]):
        return pair
    return found


# --- a verdict on all the items at once ---------------------------------------------------------

SUMMARY = True  # the opening's verdict on all the plan's items (switched off by the ablation)

# Patterns without the regex module's own syntax are compiled by the standard library's re:
# the same matches (tests/test_fast_paths.py), a faster compile on a cold start and far less
# overhead a call (a search in a short window costs a tenth of regex's), paid per figure.
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")


# Switched off only to measure the rule (evaluation/judge_ablation.py): the opening read as an
# article's (its first paragraph, past a title and a date line) and its done verdict in any form
# of the grammar, not only the fixed phrases.
SUMMARY_FORMS = True


def _done_form_after(sentence: str, start: int) -> int | None:
    """Where a done verdict of the grammar (data/verdict_forms.tsv) on the whole starts after
    ``start`` (10件为民实事如期全面高质量完成), or None: the done phrases of summary_words.tsv are
    a few of the forms the grammar builds from markers, adverbs and heads."""
    if not SUMMARY_FORMS:
        return None
    for m in parse(sentence, None).verdicts:
        if m.value != "done" or m.partial or m.start < start:
            continue
        # another count between the items and the verb is the subject (28项民生实事中…3项已完成);
        # without a word of totality a count may be a part (46件民生实事已提前完成: of 51)
        if opening.count_pattern().search(sentence, start, m.start) or not any(
                w in sentence[start : m.end] for w in form_words("total")):
            return None
        return m.start
    return None


def summary_sentence(text: str) -> str | None:
    """The sentence of ``text`` saying that all the plan's items are done, as written, or None.

    A count of items with an item noun right after it, then a done phrase, none of it a promise
    (确保…全部完成) and the count no part (其中5项已完成)."""
    if not isinstance(text, str) or not text:
        return None
    norm = normalize(text)
    folded = norm.text
    start = 0
    for end in [m.start() for m in _SENTENCE_END.finditer(folded)] + [len(folded)]:
        sentence = folded[start:end]
        begin, start = start, end + 1
        for count in opening.count_pattern().finditer(sentence):
            if any(sentence[: count.start()].endswith(p) for p in opening.summary_words("part")):
                continue
            item = opening.summary_pattern("item").search(
                sentence, count.end(), count.end() + opening.ITEM_WITHIN)
            if item is None:
                continue
            done = opening.summary_pattern("done").search(sentence, item.end())
            at = done.start() if done is not None else _done_form_after(sentence, item.end())
            if at is None or cue_pattern("plan").search(sentence, 0, at):
                continue
            s, e = norm.span(begin, begin + len(sentence))
            return text[s:e].strip()
        if opening.done_first(sentence):  # 全部完成利民惠民十件实事 (judge pass 5)
            s, e = norm.span(begin, begin + len(sentence))
            return text[s:e].strip()
    return None


_CLAUSE_MARK = re.compile(r"[，,。；;]")


def _first_paragraph(report_rows: Sequence[Mapping[str, Any]]) -> Any:
    """The line of an article's first paragraph: its first line that holds a clause mark, a title
    and a date line before it holding none (兑现庄严承诺!宁夏…交出满意“答卷” / 2021-01-29 来源:…)."""
    if not report_rows:
        return None
    if not SUMMARY_FORMS:
        return report_rows[0].get("line")
    # Only the first three lines are looked at: the rows of the others are not normalised.
    lines: list[Any] = []
    for r in report_rows:
        if r.get("line") not in lines and len(lines) < 3:
            lines.append(r.get("line"))
    texts: dict[Any, list[str]] = {line: [] for line in lines}
    for r in report_rows:
        if r.get("line") in texts:
            texts[r.get("line")].append(
                normalize(f"{r.get('task') or ''}{r.get('progress') or ''}").text)
    for line, cells in texts.items():
        if opening.paragraph_line(cells, _CLAUSE_MARK):
            return line
    return lines[0]


def summary_verdict(attrs: Mapping[str, Any], report_rows: Sequence[Mapping[str, Any]]
                    ) -> dict[str, str] | None:
    """The done verdict a report's opening states for all its items, or None: its title, the
    text before its first item (``attrs["lead"]``), the rows of its first line (an article's
    first paragraph)."""
    if not SUMMARY:
        return None
    said = [attrs.get("title"), attrs.get("lead")]
    first = _first_paragraph(report_rows)
    said += [f"{r.get('task') or ''}{r.get('progress') or ''}" for r in report_rows
             if first is not None and r.get("line") == first]
    for text in said:
        found = summary_sentence(text) if isinstance(text, str) else None
        if found:
            return {"status": "done", "quote": found, "source": "report"}
    return None


# --- a target set against a benchmark -----------------------------------------------------------

BENCHMARK = True  # a benchmark target judged by the progress's comparison (switched off by the ablation)
_BENCH_WITHIN = 8  # characters between a comparison word and its scope (低于同期全国增长水平)


@derived
def _bench(category: str) -> dict[str, str]:
    return {w: v for c, w, v in rows("benchmarks.tsv", 3) if c == category and w}


@derived
def _bench_pattern() -> re.Pattern[str]:
    compare = "|".join(regex.escape(w) for w in sorted(_bench("compare"), key=len, reverse=True))
    scope = "|".join(regex.escape(w) for w in _bench("scope"))
    return re.compile(rf"(?P<compare>{compare})[^,，。;；]{{0,{_BENCH_WITHIN}}}?(?P<scope>{scope})")


def benchmark_verdict(task: Any, progress: Any, year_end: bool = False) -> dict[str, str] | None:
    """The verdict on a target set against a benchmark (高于全国平均水平) from what the progress
    says of the same benchmark, or None."""
    if not BENCHMARK or not isinstance(task, str) or not isinstance(progress, str):
        return None
    if not progress:  # nothing can say how the benchmark went (a prose report's sentences)
        return None
    wanted = normalize(task).text
    measures = tuple(_bench("measure"))
    target = next((m for m in _bench_pattern().finditer(wanted)
                   if _bench("compare")[m["compare"]] == "above"
                   and any(w in wanted[m.end() : m.end() + _BENCH_WITHIN] for w in measures)), None)
    if target is None:
        return None
    norm = normalize(progress)
    for m in _bench_pattern().finditer(norm.text):
        if m["scope"] != target["scope"]:
            continue
        above = _bench("compare")[m["compare"]] == "above"
        status = ("done" if year_end else "on_track") if above else "lagging"
        start, end = norm.span(m.start(), m.end())
        return {"status": status, "quote": progress[start:end], "source": "benchmark"}
    return None
