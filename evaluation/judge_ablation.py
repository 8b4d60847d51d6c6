"""The effect of each judgement rule of issue 11's judge pass, per development document.

    python -m evaluation.judge_ablation [words: only the rules whose names hold one]

Each rule is switched off in turn (a word list is put back as it was before the pass); every
development document whose scores move is listed with the change, beside the sample and the
held-out part's aggregate line (held-out documents are never named). A rule earns its place by
helping two or more documents (the sample counts as one).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import zqmetrics.extraction.columns as extraction_columns
import zqmetrics.extraction.results as extraction_results
import zqmetrics.judge.assessment as assessment
import zqmetrics.judge.chains as chains
import zqmetrics.judge.opening as opening
import zqmetrics.judge.pace_pair as pace_pair
import zqmetrics.judge.parts as parts
import zqmetrics.judge.stages as stages
import zqmetrics.judge.steady as steady
import zqmetrics.judge.targets as judged_targets
import zqmetrics.judge.verdicts as verdicts
import zqmetrics.read.group_status as group_status
import zqmetrics.read.layouts as layouts
import zqmetrics.read.lead_status as lead_status
import zqmetrics.text.clauses as clauses
import zqmetrics.text.verdict_forms as forms
from evaluation.corpus import ROOT, CorpusScore, load_corpus
from evaluation.score import evaluate
from evaluation.statement_ablation import per_document, report
from zqmetrics.text.lexicon import Lexicon, use

# The commit before the judge pass: word lists are put back as they were there.
BEFORE = "be07b61"

# rule name -> (module, attribute, value that switches it off)
SWITCHES: dict[str, tuple[Any, str, Any]] = {
    "a status cell, list lead or rate cell saying its verdict in words (开工率: 全部开工) is the row's verdict": (
        verdicts, "STATUS_CELLS", False),
    "the row's own words before its list lead": (verdicts, "OWN_WORDS_FIRST", False),
    "a stated completion no target claims is the row's evidence, alone or beside targets the figures judge (开工 on pace, 完成年度投资计划的16.4%)": (
        assessment, "UNCLAIMED", False),
    "a row's stated completion names the year's whole before a bare rate (开工率)": (
        assessment, "WHOLE_FIRST", False),
    "... and any other ratio before the share of a list started (开工率83.6% beside 投資完成率46.8%; statements pass 23)": (
        assessment, "STARTS_LAST", False),
    "of the completions a row states of two or more targets it writes the lower is the row's (95.33% and 42.75%; 分别超额完成19%、14%和12%; statements pass 28)": (
        assessment, "ROW_LOWEST", False),
    "the report's done verdict covers the targets no figure measures when the measured ones are reached": (
        assessment, "VERDICT_COVERS", False),
    "the opening's verdict on all the items (10件民生实事顺利完成)": (verdicts, "SUMMARY", False),
    "... read in the article's first paragraph, in any form of the verdict grammar (10件为民实事如期全面高质量完成)": (
        verdicts, "SUMMARY_FORMS", False),
    "a benchmark target judged by the same benchmark (高于全国平均水平)": (verdicts, "BENCHMARK", False),
    "the verdict grammar (已竣工, 均已建成投用, 超出时间进度; negations)": (
        clauses, "VERDICT_FORMS", False),
    "a task cell's own verdict when the progress says none (XX工程已竣工)": (
        verdicts, "TASK_WORDS", False),
    "work still going on leaves no done verdict (正在施工)": (forms, "ONGOING", False),
    "a data month without a year in the text gives the pace's month (截至9月底)": (
        layouts, "MONTH_WITHOUT_YEAR", False),
    "of two stated completions of one target the lower decides (开工率100%, 竣工率97.17%)": (
        judged_targets, "LOWER_STATED", False),
    "a target its own words make due by a part of the year is expected in full by then (計劃上半年開工建設的113個項目; statements pass 22)": (
        judged_targets, "DEADLINES", False),
    "a progress cell that is only the stage a named work reached is its verdict (A、B建成投运; 提速推进中)": (
        stages, "STAGE_CELLS", False),
    "a lag the row states outranks a not-started word or cue beside it (尚未实施…以上项目均低于全市平均进度; statements pass 17)": (
        verdicts, "LAG_OVER_NOT_STARTED", False),
    "the pace pair claimed in any spelling, a negated one lagging (均实现“时间过半; 时间、任务“双过半”; 未实现…; judge pass 2)": (
        pace_pair, "PACE_PAIR", False),
    "a verdict word negated, warned against, in a condition or a question of method states no verdict (不滞后, 没有进度滞后的项目, 防止进度滞后, 如有滞后, 进度滞后的将约谈, 查找滞后原因; 均未滞后于序时进度 on track; judge pass 3)": (
        forms, "CONTEXTS", False),
    "a counted lead's verdict before a colon is each listed item's status (基本完成节点计划的30个项目分别是：; reader pass 29)": (
        lead_status, "LEAD_STATUS", False),
    "what is said of each member of a group is each named member's status (其中A、B等12个计划新开工项目已全部开工; A、B等11个项目进展较快，均已完成年度投资目标; reader pass 35)": (
        group_status, "GROUP_STATUS", False),
    "an unmarked completion chained to another closing a running-text item's task cell is done (完工并试生产, 建成投运; statements pass 20)": (
        chains, "CHAINED_DONE", False),
    "a clause of completion tails after a clause with a perfective marker is done (已完成施工,并验收通车; statements pass 20)": (
        chains, "TAIL_CLAUSES", False),
    "a heading's verdict word the contexts deny states nothing (项目推进顺利，不滞后; judge pass 3's contexts in extraction/columns.verdict_in; statements pass 21)": (
        extraction_columns, "HEADING_CONTEXTS", False),
    "the verdict words a progress cell's goals are read by are the asserted ones (重点项目23项,无一滞后; judge pass 3's contexts in extraction/rows.py; statements pass 21)": (
        extraction_results, "VERDICT_CONTEXTS", False),
    "a word that the work goes on as it should is the on-track verdict of a row with no numeric target (正常进行中, 常态化开展; judge pass 4)": (
        steady, "STEADY", False),
    "a done or not-started word on a count the cell shows is a part is no verdict on the row (15个项目未开工 of 39个; 12项重点任务中,2项已完成; judge pass 4)": (
        parts, "COUNTED_PART", False),
    "the opening's done verb written before the items it is said of (省会全部完成利民惠民十件实事; 全面完成…重点民生实事项目建设; judge pass 5)": (
        opening, "DONE_FIRST", False),
    "an article's first paragraph the reader cut into rows at its clause marks is still its first paragraph (judge pass 5)": (
        opening, "PARAGRAPH_ROWS", False),
}
# The commit before the verdict-grammar pass of issue 11.
BEFORE_FORMS = "5f1dc48"
# The commit before statements pass 16 (stage words of a cell).
BEFORE_STAGES = "40e8ce6"
# The commit before statements pass 17 (pace words of supervision bulletins).
BEFORE_ST17 = "81f0896"
# The commit before statements pass 20 (tails of a completion chain).
BEFORE_ST20 = "764a95a"
# rule name -> (the word list it added to, the commit to put it back to)
WORD_LISTS: dict[str, tuple[str, str]] = {
    "verdict words added to running text (全部完工, 进展偏慢, 进展较快 …)": ("verdicts.tsv", BEFORE),
    "the trade's verdict words (进度落后, 差距较大, 按计划推进, 未动工 …)": (
        "verdicts.tsv", BEFORE_FORMS),
    "stage words of a cell (提前开工建设, 已开工, 部分投产; statements pass 16)": (
        "cell_verdicts.tsv", BEFORE_STAGES),
    "a bulletin's pace words (5项未完成进度, 低于全市平均进度; statements pass 17)": (
        "verdicts.tsv", BEFORE_ST17),
    "the verdict grammar's words of statements pass 17 (进度 a pace noun after a comparison: 未达到进度要求, 欠进度; 年度投资目标 a whole: 均已完成年度投资目标; 复工, 开复工 heads: 79个续建项目全部复工)": (
        "verdict_forms.tsv", BEFORE_ST17),
    "the tails of statements pass 20 (试生产, 试运行 after a plant's completion; 投入投用, the doubled spelling of 投入使用)": (
        "verdict_forms.tsv", BEFORE_ST20),
}


NAMES = ("status", "at-risk P", "at-risk R", "stated")


def _measures(sc: CorpusScore, split: str = "dev") -> tuple[float, ...]:
    p, r, _, _ = sc.at_risk.f1(split)
    return (sc.status.rate(split)[0] or 0.0, p or 0.0, r or 0.0, sc.stated.rate(split)[0] or 0.0)


def scores(docs: list[Any]) -> tuple[tuple[float, ...], dict[str, tuple[float, ...]],
                                     tuple[float, ...]]:
    """The sample's status, each development document's measures, the held-out aggregate."""
    sample = (evaluate().fields["status (numeric rows)"].rate,)
    return (sample, *per_document(docs, _measures))


def _clear() -> None:
    clauses.parse.cache_clear()  # the clause model is cached per text


@contextmanager
def off(name: str) -> Iterator[None]:
    if name in WORD_LISTS:
        with tempfile.TemporaryDirectory() as folder:
            file, commit = WORD_LISTS[name]
            old = subprocess.run(["git", "show", f"{commit}:zqmetrics/data/{file}"], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout
            (Path(folder) / file).write_text(old, encoding="utf-8")
            use(Lexicon([folder], replace=True))
            _clear()
            try:
                yield
            finally:
                use(None)
                _clear()
        return
    module, attr, value = SWITCHES[name]
    was = getattr(module, attr)
    setattr(module, attr, value)
    _clear()
    try:
        yield
    finally:
        setattr(module, attr, was)
        _clear()


def main(argv: list[str] | None = None) -> int:
    # Words on the command line keep only the rules whose names hold one of them.
    words = sys.argv[1:] if argv is None else argv
    names = [n for n in [*SWITCHES, *WORD_LISTS] if not words or any(w in n for w in words)]
    report(names, load_corpus(), scores, off, ("status",), NAMES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
