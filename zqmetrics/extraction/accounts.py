"""The report's frame: whether it is an account of work done (statements pass 26, issue 11).

A clause alone does not tell a target from a result in an article: ``实施省级财政专项扶贫项目14个``
and ``城镇新增就业30万人`` read the same in a plan and in a report. The report around them does. A
report whose title or opening says it reports progress or results (``进展``, ``完成情况``,
``截至7月底``, ``1-8月``; ``cues.tsv`` account) tells what was done; a plan's (``工作要点``,
``实施方案``; ``cues.tsv`` plan_document) tells what is to be done, whatever it says before the plan's
name; a report on a plan's progress names the plan first (``工作要点落实情况``). In an
account, an article line whose figure's sentence holds no goal word is a result
(``results.article_result`` with ``framed``), as a line with a done word is in any article.

The opening is what the reader kept before the rows (the title and the lead, ``frame.attrs``) and
the first row's first sentence: a news item often has no title the reader can tell from its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from zqmetrics.text.cells import cell_text
from zqmetrics.text.clauses import Cell
from zqmetrics.text.cues import cue_pattern
from zqmetrics.text.normalize import normalize
from zqmetrics.text.quantity import Found
from zqmetrics.text.units import dimension
from zqmetrics.text.verdict_forms import asserted

# Switched off only to measure the rule (evaluation/statement_ablation.py).
ACCOUNT_FRAMES = True

# A run of months to date (1-8月, 1~11月份) or the first months of the year (前8个月, 前三季度):
# the period of figures already reached. Read in the folded text (1—8月 is 1-8月).
_TO_DATE = re.compile(r"\d{1,2}\s*[-~至到]\s*\d{1,2}\s*月|前[\d一二三四五六七八九十]{1,2}个?月")


# Money and rates: a list word beside them (项目投资达9928亿元) does not count the list.
_NOT_COUNTS = frozenset({dimension("元"), dimension("%")})


def opening(attrs: Mapping[str, Any], rows: Iterable[Mapping[str, Any]]) -> str:
    """The words before a report's rows: its title, its lead and its first row's first sentence."""
    first = next(iter(rows), None)
    head = (cell_text(first.get("task")) + cell_text(first.get("progress"))) if first else ""
    cut = re.search(r"[。;；!！]", head)
    return "\n".join([cell_text(attrs.get("title")), cell_text(attrs.get("lead")),
                      head[: cut.start()] if cut else head])


def is_account(text: str) -> bool:
    """Whether an opening says its report is an account of work done (see the module)."""
    if not ACCOUNT_FRAMES or not text.strip():
        return False
    folded = normalize(text).text
    # a plan's name after which no account word follows (…实施方案) is a plan; one an account
    # word follows (工作要点落实情况) names the plan whose progress the report gives
    plans = [m.end() for m in cue_pattern("plan_document").finditer(folded)]
    after = plans[-1] if plans else 0
    return bool(cue_pattern("account").search(folded, after) or _TO_DATE.search(folded, after))


def told_figure(cell: Cell, first: Found, progress: Cell | None) -> bool:
    """Whether an account's article line tells its first figure as done though no word in its
    clause says so (``results.article_result`` with ``framed``), once the goal words are set aside.

    Not when the progress cell measures it: a figure there of the task's unit, whatever its verb
    (``500个省重大项目 | 开工331个``: the count started of the 500), or a verdict its first sentence
    asserts (``“4个路口增设交通信号灯…” | 已完成``: the task is named and judged, its figure the target). Not when the figure counts a list
    (``85个续建项目 | 累计完成投资…``: a list word of ``cues.tsv`` list_noun in its clause, a count:
    not money, not a rate): what that count is (a size, a target its members are counted against) is decision
    16's, read by ``portfolio``. Not when the clause after it says every member of the counted set
    is in a state (``cues.tsv`` every: ``全市11个图书馆…全部对外免费开放``, or the progress cell's first
    clause, where the sentence runs on: ``规划的20所新建幼儿园 | 已全部开工``: the set's size), nor when a
    month after it in its clause dates the work (``养护工程11公里5月份开工``: a schedule).
    """
    if progress is not None:
        units = {f.unit for f in cell.figures}
        if any(f.unit in units for f in progress.figures):
            return False
        first_sentence = progress.sentence_end(0)
        if any(v.start < first_sentence and v.value != "none"
               for v in asserted(progress.text, progress.verdicts)):
            return False  # “4个路口增设…” | 已完成: the progress judges the task named, its target
    start, end = cell.clause_start(first.cue_start), cell.clause_end(first.start)
    if cue_pattern("every").search(cell.text, first.end, cell.sentence_end(first.start)) or (
            progress is not None and cue_pattern("every").search(progress.text, 0,
                                                                 progress.clause_end(0))):
        return False  # 全市11个图书馆…全部对外免费开放: the set's size, each member's state told
    if any(first.end <= p.start < end for p in cell.periods):
        return False  # 养护工程11公里5月份开工: the month after it says when the work is to be done
    if dimension(first.unit) not in _NOT_COUNTS and cue_pattern("list_noun").search(
            normalize(cell.text[start:end]).text):
        return False
    return True
