"""A line of a running text that only reports a result, read into a task cell: its figures are
achievements, not targets (conventions: "a line that is only a result … is the task cell and has
no progress cell"). Used by :func:`zqmetrics.extraction.rows.extract_row` and ``extract_rows``.

A task cell's ``完成…`` is as often a goal (``完成老旧小区改造9.5万平方米`` listed under ``8项进展偏慢
的市政府重点工作为:``), so the words alone decide nothing; what the report says around the line
does. A line is a result when

- the report says so around it: a status heading above it that the work is done or on pace
  (``16个项目推进达到时序进度要求。…土方工程完成20%``), or the lines before it in the same running
  text report results (see :func:`carries_report`);
- its first figure's clause says what was done (an achievement or work verb, ``cues.tsv``
  achieved, verb: 完成, 新建, 开工 …);
- nothing in it sets a goal: no plan word (力争, 计划, 确保, 目标), no requirement (不低于), no word
  of the year's aim (``cues.tsv`` goal: 全年, 年度, 任务, 以上);
- and nothing in its progress cell measures it (no figure of a unit its figures have: a figure
  there would make it the target, ``新开工项目23个 | 开工10个``).
"""

from __future__ import annotations

from zqmetrics.text import titles
from zqmetrics.text.clauses import parse
from zqmetrics.text.cues import cue_pattern, word_pattern, word_table
from zqmetrics.text.quantity import has_figure, read_figures

# Switched off only to measure the rule (evaluation/statement_ablation.py).
RESULT_LINES = True

# Verdicts of a status heading under which a line reports progress.
REPORTING = frozenset({"done", "on_track"})
# Cue categories of words that set a goal (a line holding one is no report of a result).
GOAL_WORDS = ("plan", "requirement", "goal")


def _sets_goal(text: str) -> bool:
    return any(cue_pattern(c).search(text) for c in GOAL_WORDS)


# A task cell opening with a quotation mark quotes the plan's words (titles.QUOTED_TITLES).
_QUOTES = frozenset("“\"「")


def reports_result(task: str, progress: str, verdict: str | None, after_report: bool) -> bool:
    """Whether a running text's task cell ``task`` only reports a result (see the module).

    ``verdict``: the status a heading above the line states (its status cell), if any;
    ``after_report``: the lines before it in the same running text report results.
    """
    if not RESULT_LINES or not (verdict in REPORTING or (verdict is None and after_report)):
        return False
    if not task.strip() or not has_figure(task):
        return False  # no figure, nothing to read: no clause model built
    if titles.QUOTED_TITLES and task.lstrip()[:1] in _QUOTES:
        return False  # “新增更新公交车50辆” | 已完成: the plan's words, quoted, are the task done
    cell = parse(task)
    if not cell.figures or _sets_goal(cell.text):
        return False
    first = cell.figures[0]
    clause = cell.text[cell.clause_start(first.cue_start) : first.start]
    if not (cue_pattern("achieved").search(clause) or cue_pattern("verb").search(clause)):
        return False
    if progress.strip() and has_figure(progress):
        units = {f.unit for f in cell.figures}
        if any(f.unit in units for f in read_figures(progress)[1]):
            return False
    return True


def carries_report(task: str, progress: str, verdict: str | None, result_line: bool,
                   after_report: bool) -> bool:
    """Whether the lines after this row of a running text go on reporting results.

    A report starts at a row the report's verdict says is done (``…等5小项 | 已完成``), at a result
    line, or at a line announcing a list of work done (``新增完成的16项具体工作包括:``); it goes on
    through the lines after it that set no goal and that no heading says lag (``凤聚路 | 城市道路建设
    完成``), and a line that sets a goal ends it.
    """
    if not RESULT_LINES:
        return False
    if verdict == "done" or result_line or announces_results(task, progress):
        return True
    return after_report and verdict in (None, "on_track") and not _sets_goal(task + progress)


def announces_results(task: str, progress: str) -> bool:
    """A line introducing a list of work done (新增完成的16项具体工作包括:): it ends with a colon,
    says what was achieved, and no verdict word in it says the work lags or has not started
    (8项进展偏慢的市政府重点工作为: lists goals by name)."""
    text = (task + progress).strip()
    if not text.endswith((":", "：")) or not cue_pattern("achieved").search(text):
        return False
    table = word_table("verdicts.tsv")
    return not any(table[m.group()] in ("lagging", "not_started")
                   for m in word_pattern("verdicts.tsv").finditer(text))
