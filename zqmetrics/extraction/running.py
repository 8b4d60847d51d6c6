"""What the lines before a row of a running text said, carried from row to row by
:func:`zqmetrics.extraction.rows.extract_rows` (statements passes 21 and 24).

A running text reads the same ``完成…`` line two ways: after lines that report results it is one
more result (``新增完成的16项具体工作包括:`` then ``完成供水管网改造15公里``); after a line that opens a
list of goals it is that list's item, a target. Three kinds of line open such a list:

- a line that sets a goal (``计划新建公园3个``: a plan, requirement or goal word, ``results.GOAL_WORDS``);
- a line that names a list of tasks and counts it (``省级为民办实事项目 | 涉及我市21个小项``: a list
  word of ``cues.tsv`` list_noun and a count of objects, ``counters.tsv``);
- a line announcing a list of work not done (``未按期完成的工作包括:``: it ends with a colon and a
  verdict word in it says the work lags or has not started).

Each kind is only what a report does not do: a line the report says is done, or that reports a
result, opens none. The list stays open through the bare lines that follow, the lines an article
would otherwise read as results (:func:`results.article_result`), and ends at the first other line.
An article's result clause (``ARTICLE_RESULTS``) is not read while a list is open; statements pass
21's readings of the same lines stand (the lead's decision on pass 24, issue 11).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from zqmetrics.extraction.accounts import is_account, opening
from zqmetrics.extraction.columns import verdict_in
from zqmetrics.extraction.results import (
    REPORTING,
    announces_lags,
    article_result,
    report_carried,
    sets_goal,
)
from zqmetrics.text.cells import cell_text
from zqmetrics.text.cues import cue_pattern
from zqmetrics.text.lexicon import mapping
from zqmetrics.text.normalize import normalize
from zqmetrics.text.quantity import read_figures

# Switched off only to measure the rule (evaluation/statement_ablation.py): an open list of goals
# keeps an article's bare lines from being read as results (statements pass 24).
OPEN_LISTS = True


@dataclass(frozen=True, slots=True)
class Running:
    """What the lines before a row of one running text said.

    ``report``: they report results (``results.carries_report``); ``lead``: the done verdict that
    opened that report (``results.LEAD_VERDICTS``); ``listing``: a list of goals or of work not
    done is open (see the module); ``account``: the report is an account of work done, which no
    line changes (:mod:`zqmetrics.extraction.accounts`)."""

    report: bool = False
    lead: dict[str, str] | None = None
    listing: bool = False
    account: bool = False


# The state before a running text's first row: nothing said yet.
START = Running()


def begin(attrs: Mapping[str, Any], rows: Iterable[Mapping[str, Any]],
          ) -> tuple[Running, list[Any]]:
    """The state before a report's first row (its frame, statements pass 26), and its rows."""
    rows = list(rows)
    return Running(account=is_account(opening(attrs, rows))), rows


def opens_list(task: str, progress: str) -> bool:
    """Whether a line that reports nothing opens a list of goals (see the module)."""
    text = task + progress
    if sets_goal(text) or announces_lags(task, progress):
        return True
    if not cue_pattern("list_noun").search(normalize(text).text):
        return False
    # a count of the list's items (涉及我市21个小项), not its money (重点项目完成投资30亿元)
    counters = mapping("counters.tsv")
    return any(counters.get(f.unit) == "object" for f in read_figures(text)[1])


def after(state: Running, row: Mapping[str, Any], running: bool, verdict: dict[str, str] | None,
          result_line: bool) -> tuple[Running, dict[str, str] | None]:
    """The state after ``row`` (one of a running text when ``running``), and the row's verdict,
    which a result line may take from its report's lead (``results.report_carried``)."""
    task, progress = cell_text(row.get("task")), cell_text(row.get("progress"))
    report, verdict, lead = report_carried(running, task, progress, verdict, result_line,
                                           state.report, state.lead)
    status = verdict.get("status") if verdict else None
    if not (OPEN_LISTS and running) or report or status in REPORTING:
        return Running(report, lead, account=state.account), verdict
    if opens_list(task, progress):
        return Running(report, lead, True, state.account), verdict
    # a bare line of the open list is its item: the list goes on past it
    heading = verdict_in(cell_text(row.get("status_text")))
    item = state.listing and article_result(task, progress, heading["status"] if heading else None)
    return Running(report, lead, item, state.account), verdict
