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

Two shapes say a line is a result with no heading around it (statements pass 21; decision 16's
"the count is itself a result", decision 8's line with no progress cell, decision 7's breakdown):

- :func:`marked_result`: a line with no progress cell at all whose first figure is marked reached
  in its own clause (a perfective or summing word before it: ``已``, ``共有``, ``累计``; ``cues.tsv``
  perfective) or followed in its sentence by its share of a plan (``新开工建设114个项目,占计划新开工项目
  的87%``: the plan is elsewhere, the figure is reached), and whose sentence sets no goal once that
  share is set aside;
- :func:`broken_down`: a line whose figure closes its task cell after a work verb and whose progress
  cell only breaks that figure down (``新增竣工项目7个 | 其中濮阳县1个、清丰县6个``: two or more parts
  in its unit that add up to it exactly). A target's progress measures it; parts that sum to the
  figure measure nothing, they divide it.

Neither reads a line a heading says lags or has not started (``进展偏慢`` over ``实现“小升规”60家``), nor a
line whose progress follows (``新增城镇就业2万人 | 已完成1.2万人`` stays a target).
"""

from __future__ import annotations

from collections.abc import Sequence

from zqmetrics.extraction.accounts import told_figure
from zqmetrics.text import titles
from zqmetrics.text.clauses import Cell, parse
from zqmetrics.text.cues import cue_pattern, word_pattern, word_table
from zqmetrics.text.mentions import Mention
from zqmetrics.text.quantity import has_figure, read_figures
from zqmetrics.text.verdict_forms import asserted, in_context

# Switched off only to measure the rule (evaluation/statement_ablation.py).
RESULT_LINES = True
# The two shapes of statements pass 21 (see the module), each switched apart.
MARKED_RESULTS = True
BROKEN_DOWN = True
# Statements pass 24: an article's line that says what was done, with no goal word, is a result
# (decisions 5, 8, 11) though no heading or line before it reported.
ARTICLE_RESULTS = True
# Statements pass 24: a result line with no verdict of its own, in a report a done verdict opened
# (确定…项目4个,目前均已完工 | 完成…1229米 …), takes that verdict (a status-led list).
LEAD_VERDICTS = True
# The verdict words rows._goals_in_progress reads in a progress cell (a done word says its sentence
# reports, a lag judges a figure as the target) are those their clause asserts: 不滞后 is no lag.
VERDICT_CONTEXTS = True

# Verdicts of a status heading under which a line reports progress.
REPORTING = frozenset({"done", "on_track"})
# Cue categories of words that set a goal (a line holding one is no report of a result).
GOAL_WORDS = ("plan", "requirement", "goal")


def sets_goal(text: str) -> bool:
    """Whether ``text`` holds a plan, requirement or goal word (``GOAL_WORDS``)."""
    return any(cue_pattern(c).search(text) for c in GOAL_WORDS)


# A task cell opening with a quotation mark quotes the plan's words (titles.QUOTED_TITLES).
_QUOTES = frozenset("“\"「")


def reports_result(task: str, progress: str, verdict: str | None, after_report: bool,
                   article: bool = False, framed: bool = False) -> bool:
    """Whether a running text's task cell ``task`` only reports a result (see the module).

    ``verdict``: the status a heading above the line states (its status cell), if any;
    ``after_report``: the lines before it in the same running text report results; ``article``:
    the line is an article's (see :func:`article_result`), ``framed`` of a report that is an account
    of work done (:mod:`zqmetrics.extraction.accounts`).
    """
    if article and article_result(task, progress, verdict, framed):
        return True
    if verdict is None or verdict in REPORTING:
        if marked_result(task, progress) or broken_down(task, progress):
            return True
    if not RESULT_LINES or not (verdict in REPORTING or (verdict is None and after_report)):
        return False
    if not task.strip() or not has_figure(task):
        return False  # no figure, nothing to read: no clause model built
    if titles.QUOTED_TITLES and task.lstrip()[:1] in _QUOTES:
        return False  # “新增更新公交车50辆” | 已完成: the plan's words, quoted, are the task done
    cell = parse(task)
    if not cell.figures or sets_goal(cell.text):
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
    return after_report and verdict in (None, "on_track") and not sets_goal(task + progress)


def report_carried(running: bool, task: str, progress: str, verdict: dict[str, str] | None,
                   result_line: bool, after_report: bool, lead: dict[str, str] | None,
                   ) -> tuple[bool, dict[str, str] | None, dict[str, str] | None]:
    """Whether the report runs on past this row of a running text (:func:`carries_report`), the
    row's verdict, and the done verdict that opened the report.

    A result line with no verdict of its own inside a report a done verdict opened takes that
    verdict (``确定…项目4个,目前均已完工`` then ``完成…道路硬化52米``: each clause is one of the four
    done); ``lead`` is that verdict, kept while the report runs.
    """
    if LEAD_VERDICTS and result_line and verdict is None and after_report and lead is not None:
        verdict = lead
    done = verdict is not None and verdict.get("status") == "done"
    lead = verdict if done else (lead if after_report else None)
    status = verdict.get("status") if verdict else None
    carried = running and carries_report(task, progress, status, result_line, after_report)
    return carried, verdict, lead


def announces_results(task: str, progress: str) -> bool:
    """A line introducing a list of work done (新增完成的16项具体工作包括:): it ends with a colon,
    says what was achieved, and no verdict word in it says the work lags or has not started
    (8项进展偏慢的市政府重点工作为: lists goals by name)."""
    text = (task + progress).strip()
    if not text.endswith((":", "：")) or not cue_pattern("achieved").search(text):
        return False
    return not _says_lag(text)


def announces_lags(task: str, progress: str) -> bool:
    """A line introducing a list of work not done (未按期完成的工作包括:, 8项进展偏慢的市政府重点工作为:):
    it ends with a colon and a verdict word in it says the work lags or has not started. The lines
    after it name goals (statements pass 24, :mod:`zqmetrics.extraction.running`)."""
    text = (task + progress).strip()
    return text.endswith((":", "：")) and _says_lag(text)


def _says_lag(text: str) -> bool:
    table = word_table("verdicts.tsv")
    # a lag denied (没有滞后的工作包括:) lists no goals: only a word its clause asserts counts
    return any(table[m.group()] in ("lagging", "not_started")
               and in_context(text, m.start(), m.end(), table[m.group()]) is not None
               for m in word_pattern("verdicts.tsv").finditer(text))


# A share of a plan after a figure (占计划新开工项目的87%, 占年度计划的109%): 占, the plan's words
# within its clause, and a percentage.
_SHARE_OF_PLAN = ("share", ("plan", "plan_target", "goal"))


def _plan_shares(cell: Cell, after: int) -> list[tuple[int, int]]:
    """The spans of the clauses after ``after`` that state a share of a plan (占…计划…X%)."""
    text, spans = cell.text, []
    share = cue_pattern(_SHARE_OF_PLAN[0])
    for f in cell.figures:
        if f.start <= after or f.unit != "%":
            continue
        start = cell.clause_start(f.start)
        m = share.match(text, start)
        words = text[start:f.start]
        if m and any(cue_pattern(c).search(words) for c in _SHARE_OF_PLAN[1]):
            spans.append((start, cell.clause_end(f.start)))
    return spans


def marked_result(task: str, progress: str) -> bool:
    """A line with no progress cell whose first figure is marked reached (see the module)."""
    if not MARKED_RESULTS or progress.strip() or not task.strip() or not has_figure(task):
        return False
    cell = parse(task)
    if not cell.figures:
        return False
    first = cell.figures[0]
    start, end = cell.sentence_start(first.start), cell.sentence_end(first.start)
    shares = [s for s in _plan_shares(cell, first.end) if s[1] <= end]
    rest, cut = [], start
    for a, b in shares:
        rest.append(cell.text[cut:a])
        cut = b
    rest.append(cell.text[cut:end])
    if sets_goal("".join(rest)):
        return False
    marked = cue_pattern("perfective").search(cell.text, cell.clause_start(first.cue_start), first.start)
    return bool(marked or shares)


def broken_down(task: str, progress: str) -> bool:
    """A line whose progress cell only breaks its task's closing figure down (see the module)."""
    if not BROKEN_DOWN or not progress.strip() or not task.strip() or not has_figure(task):
        return False
    if not cue_pattern("part").match(progress.lstrip()):
        return False
    cell = parse(task)
    if not cell.figures:
        return False
    whole = cell.figures[-1]
    if cell.text[whole.cue_end:].strip(" ,，。;；") or sets_goal(cell.text):
        return False  # the figure does not close the cell, or the line sets a goal
    clause = cell.text[cell.clause_start(whole.cue_start) : whole.start]
    if not (cue_pattern("achieved").search(clause) or cue_pattern("verb").search(clause)):
        return False
    parts_cell = parse(progress)
    first_end = parts_cell.sentence_end(0)
    if sets_goal(parts_cell.text[:first_end]):
        return False
    parts = [f for f in parts_cell.figures if f.start < first_end and f.unit == whole.unit]
    return len(parts) >= 2 and sum(f.amount for f in parts) == whole.amount


# Cue categories that mark a clause as saying what was done: an achievement (完成, 建成, 实现, 达到).
# Not the perfective and summing words (共有, 累计): in an article they as often size a list
# (省政府民生實事共有12類, decision 16) as report one (statements pass 24).
_DONE_WORDS = ("achieved",)


def article_result(task: str, progress: str, verdict: str | None, framed: bool = False) -> bool:
    """Whether an article row's task cell only reports a result (statements pass 24).

    An article tells what was done; its plan is elsewhere. So a line whose first figure's clause
    says what was done (``完成良江街主干道排水系统建设1229米``, ``人均可支配收入达到18687元``), whose sentence holds no
    goal word (``计划``, ``目标``, ``力争``, ``任务``, ``全年`` …) and that no heading says lags is a
    result, though nothing before it reported. A progress cell that measures it makes it the
    target: a figure of its unit after a done word (``新增就业2万人 | 已完成1.2万人``) or after no work
    word (``新增竣工项目9个 | 甲县4个、乙县5个``), or parts (``其中…``, :func:`broken_down`'s to judge).
    ``framed``: the report is an account of work done (statements pass 26), so the figure's clause
    need not say what was done: with no goal word in its sentence, the figure is what was done.
    """
    if not ARTICLE_RESULTS or verdict not in (None, *REPORTING):
        return False
    if not task.strip() or not has_figure(task):
        return False
    if titles.QUOTED_TITLES and task.lstrip()[:1] in _QUOTES:
        return False
    cell = parse(task)
    if not cell.figures:
        return False
    first = cell.figures[0]
    if sets_goal(cell.text[: cell.sentence_end(first.start)]):
        return False
    clause = cell.text[cell.clause_start(first.cue_start) : first.start]
    rest = parse(progress) if progress.strip() else None
    if not any(cue_pattern(c).search(clause) for c in _DONE_WORDS) and not (
            framed and told_figure(cell, first, rest)):
        return False
    if rest is not None:
        if cue_pattern("part").match(progress.lstrip()):
            return False  # 新增竣工项目9个 | 其中甲县4个: the parts measure it (see broken_down)
        if sets_goal(rest.text[: rest.sentence_end(0)]):
            return False
        units = {f.unit for f in cell.figures}
        for f in rest.figures:
            before = rest.text[rest.clause_start(f.cue_start) : f.start]
            if f.unit not in units:
                continue
            if any(cue_pattern(c).search(before) for c in _DONE_WORDS):
                return False  # 新增就业2万人 | 已完成1.2万人: the progress measures it
            if not cue_pattern("verb").search(before):
                return False  # 新增竣工项目9个 | 甲县4个: a bare part of it, no work of its own
    return True


def asserted_verdicts(cell: Cell) -> Sequence[Mention]:
    """The verdict mentions of a parsed cell that their clause asserts (judge pass 3's contexts)."""
    return asserted(cell.text, cell.verdicts) if VERDICT_CONTEXTS else cell.verdicts
