"""The effect of each statement rule of the second pass, per document.

    python -m evaluation.statement_ablation [word ...]   (only the switches whose names hold a word)

Each rule is switched off in turn; every development document whose scores move is listed with
the change, beside the sample and the held-out part's aggregate line (held-out documents are never
named). A rule earns its place by helping two or more documents (the sample counts as one).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import zqmetrics.extraction.accounts as accounts
import zqmetrics.extraction.align as align
import zqmetrics.extraction.candidates as candidates
import zqmetrics.extraction.columns as columns
import zqmetrics.extraction.elsewhere as elsewhere
import zqmetrics.extraction.figures as figures
import zqmetrics.extraction.milestones as milestones
import zqmetrics.extraction.portfolio as portfolio
import zqmetrics.extraction.quotients as quotients
import zqmetrics.extraction.results as results
import zqmetrics.extraction.rows as extraction_rows
import zqmetrics.extraction.running as running
import zqmetrics.extraction.shares as shares
import zqmetrics.extraction.tails as tails
import zqmetrics.extraction.targets as extraction_targets
import zqmetrics.judge.targets as judged
import zqmetrics.text.bare as bare
import zqmetrics.text.clauses as clauses
import zqmetrics.text.normalize as normalize
import zqmetrics.text.period_cues as period_cues
import zqmetrics.text.quantity as quantity
import zqmetrics.text.ranked as ranked
import zqmetrics.text.target_words as target_words
from evaluation.corpus import CorpusScore, load_corpus, score_document
from evaluation.score import evaluate
from zqmetrics.text import lexicon

# rule name -> (module or rule table, attribute or key, value that switches it off)
SWITCHES: dict[str, tuple[Any, str, Any]] = {
    "undated figure is year to date": (judged, "YEAR_TO_DATE", ("ytd", "snapshot")),
    "stated completion runs to date": (candidates, "RATIO_RUNS_TO_DATE", False),
    "a running total under its sentence's date (至9月底,…累计完成投资153.7亿元)": (
        candidates, "DATED_RUN", False),
    "planned figure is the stated target": (clauses, "PLANNED_TARGETS", False),
    "a target word opening a clause or a heading sentence (2023年目标建成…100个, 目标任务:…)": (
        target_words, "TARGET_OPENING", False),
    "a gap to the target is a verdict": (clauses, "GAP_VERDICTS", {}),
    "other words inside a stated ratio (完成年度投资计划的62.5%)": (clauses, "STATED_WORDS", 0),
    "a stated ratio's scope after whose plan it is (占已开工项目年度投资计划31.1%)": (
        clauses, "STATED_LATER_SCOPE", False),
    "a list of stated ratios (分别完成…的100%、100.1%)": (clauses, "LISTED_RATIOS", False),
    "a target's metric by its head (年度计划投资 ~ 完成投资)": (align.RULES, "head", False),
    "one figure and one target of a unit pair off": (align.RULES, "one_to_one", False),
    "a ratio after a figure no target holds measures none": (align.RULES, "stated_of_figure", False),
    "... even when an aligned figure stands further back (复工50个,完成投资33.3亿元,完成年度计划的20.39%)": (
        align.RULES, "nearest_unheld", False),
    "a verbless count beside a planned investment is no target": (
        portfolio, "PORTFOLIO_COUNTS", False),
    "a task's figure a stated completion is of is an achievement (实际改造4559户,超额完成20%)": (
        tails, "ACHIEVED_IN_TASK", False),
    "a project count whose progress reports money only is the list's size (9个重点在建项目 | 完成投资…)": (
        portfolio, "PORTFOLIO_BY_PROGRESS", False),
    "a running sentence cut into task and progress keeps its date (截至7月底, | 全省有2389个…; …截至10月底,全市 | 已改造…)": (
        tails, "CUT_SENTENCE_DATE", False),
    "a project count whose progress reports money and unrated counts is the list's size (20个省重大项目 | 已开工19个,完成投资…)": (
        portfolio, "UNRATED_COUNTS", False),
    "goals in a running text's progress cell (建设阳光颐养园等10个长者食堂)": (
        extraction_rows, "GOALS_IN_PROGRESS", False),
    "a figure the report's verdict judges in a sentence reporting no result (项目23项,未达序时进度2项)": (
        extraction_rows, "VERDICT_TARGETS", False),
    "the year named at the head of a results clause (2021年,全市实现…; 全年提供…)": (
        period_cues, "YEAR_HEAD", False),
    "a requirement in a progress cell (城市低保标准不低于430元/月,已达标)": (
        extraction_rows, "REQUIREMENTS_IN_PROGRESS", False),
    "a target column describing projects sets none (建设面积约15万平方米, 全长190米)": (
        columns, "DESCRIBED_PROJECTS", False),
    "an unwritten target implied beside written ones (完成年度目标的57.62%)": (
        extraction_rows, "IMPLIED_BESIDE_TARGETS", False),
    "the whole a stated ratio implies, when written, is the target (200项以上…193项,任务完成率达到96%; 占年度计划投资(184.08亿元)的121.79%)": (
        extraction_rows, "WRITTEN_WHOLE", False),
    "a count closing a list of names a running text opens with is the list's size (A、B等80个重点项目实现…)": (
        figures, "LIST_SIZES", False),
    "a physical size inside a project's name names the plant (砚山县20万吨高精铝板带项目, 40万吨/年MDI项目)": (
        figures, "PLANT_SIZES", False),
    "a progress cell stating only investment ratios reports money: the task's count of projects is the group's size (1775个省级重大项目 | 年度计划投资完成率84.48%)": (
        portfolio, "INVESTMENT_RATES", False),
    "a count of places followed by 全部/均 is the scope (五个地级市全部建成…)": (
        figures, "SCOPE_COUNTS", False),
    "a mirrored copy's pinyin is no text (計(jì)劃, 任務(wù))": (normalize, "PINYIN", False),
    "a unit opening with a magnitude is read whole (65千米 is 65 千米, not 65000 米)": (
        quantity, "WHOLE_UNITS", False),
    "a column header naming only its role names no metric: the task does (年度目标, 目标任务)": (
        columns, "ROLE_HEADERS_NAME_NOTHING", False),
    "a comparator before a column's bare number is the target's (低于 4.1, 不低于 95)": (
        columns, "BARE_WITH_COMPARATOR", False),
    "a stated ratio checked by arithmetic against the figure before it and a written target (新建项目共185个…开工建设160个,开工率为86.5%)": (
        quotients, "QUOTIENTS", False),
    "a percentage alone in brackets after words ranking progress is a stated completion (进展最快的是盘锦市(70%))": (
        ranked, "RANKED_RATIOS", False),
    "an achievement verb alone before a percentage states the share done (配套设施项目完成90.5%, 已完成投资43%)": (
        bare, "BARE_DONE", False),
    "a whole written in a plan sentence elsewhere in the report, agreeing with a row's stated ratio, is its target (年度计划投资677亿元 … 累计完成投资180亿元,完成率27%)": (
        elsewhere, "WRITTEN_ELSEWHERE", False),
    "a work's task named before its figure is a target (建设任务1497户, 培训任务652人)": (
        target_words, "NAMED_TASKS", False),
    "the funding in brackets after a project's total is part of it, no target (总投资4493.8万元(中央和省级补助资金1578.22万元,…))": (
        figures, "TOTAL_PARTS", False),
    "a part-year target beside the year's is a milestone (年度投资计划 | 前三季度投资计划; 为上半年投资目标(610亿元)的113.39%)": (
        milestones, "PART_YEAR_MILESTONES", False),
    "a change against another period, the pace or a place that measures no target is no actual (较去年同期增加8.1亿元, 增幅35.25%, 超序时进度23.87个百分点)": (
        candidates, "CHANGES", False),
    "a count a plan sentence states before a total or a planned figure is the list's size, no actual (全市安排重点项目458个,总投资7206.7亿元)": (
        candidates, "LIST_SIZES_IN_PLANS", False),
    "a count of work not done or under way that measures no target is no actual (未开工22个, 下余87个, 正在申报11个)": (
        candidates, "PENDING", False),
    "a total's parts listed by place after it are no actuals (其中:西秀区完成6962人、平坝区完成3619人…)": (
        candidates, "BREAKDOWNS", False),
    "a share of a result is no actual (占省重大工程项目完成投资数的23.6%, 占已开工项目数93.56%)": (
        candidates, "SHARES", False),
    "a running text's line that only reports a result, under a heading or after lines that report results, is no target (新增完成的16项具体工作包括:…完成燃气管网改造128公里)": (
        results, "RESULT_LINES", False),
    "a share that is a list item's whole progress is its stated completion (厦门、福州超80%; A、B等重点项目进度已超过90%; statements pass 17)": (
        shares, "BARE_SHARES", False),
    "a rate a standard of payment sets is no target and no actual (按1500元/人标准发放, 按照2200元/户标准; statements pass 18)": (
        figures, "STANDARDS", False),
    "a rate reached with no date of its own is a level as it stands (覆盖率达到95%, 比重为46.3%; statements pass 18)": (
        candidates, "LEVEL_RATES", False),
    "an action word naming the kind of project is no verb of a planned list's count (共安排重大建设项目43个,年度投资39.2亿元; statements pass 18)": (
        portfolio, "ACTION_NOUNS", False),
    "a change against another period before a progress's opening stated ratio is passed over (总额106亿元 | 同比增长21.7%;完成全年任务的69.3%; statements pass 18)": (
        tails, "CHANGE_BEFORE_RATIO", False),
    "a count of a part after its counted whole is no target, an achievement (50个争取开工项目中23个; 108個續建項目有12個; statements pass 19)": (
        tails, "PARTS_OF_WHOLE", False),
    "a figure a target in brackets follows is an achievement of it (149户(年度目标任务为100户), 13家医疗机构(原定目标为5家); statements pass 19)": (
        extraction_targets, "BRACKETED_TARGETS", False),
    "a result row named by a category of a plan sentence elsewhere takes that category's planned money (竣工项目22个,…年度计划投资160亿元 … 竣工 | 完成率为38%; statements pass 19)": (
        elsewhere, "CATEGORY_PLANS", False),
    "a list's count whose members the progress counts at a stage of the work is its target, beside money and no rate (20个省重大项目 | 已开工19个,完成投资…; decision 16; statements pass 20)": (
        portfolio, "STAGED_MEMBERS", False),
    "... and where the row plans the list's money (农牧林水项目9个,年度计划投资7.2亿元 | 开工7个,开工率78%; decision 16; statements pass 20, on since pass 23)": (
        portfolio, "STAGED_BESIDE_PLAN", False),
    "a line with no progress cell whose figure is marked reached (1-3月共有2个项目…; 新开工建设114个项目,占计划新开工项目的87%; decision 16; statements pass 21)": (
        results, "MARKED_RESULTS", False),
    "a line whose progress cell only breaks its closing figure down is a result (新增竣工项目7个 | 其中濮阳县1个、清丰县6个; decision 7; statements pass 21)": (
        results, "BROKEN_DOWN", False),
    "an article's line whose figure follows an achievement word, with no goal word in its sentence, is a result (完成良江街主干道排水系统建设1229米; 城乡居民人均可支配收入分别达到18687元; decisions 5, 8, 11; statements pass 24)": (
        results, "ARTICLE_RESULTS", False),
    "a result line with no verdict of its own takes the done verdict that opened its report (确定…项目4个,目前均已完工 | 完成…1229米; statements pass 24)": (
        results, "LEAD_VERDICTS", False),
    "an article's bare line after a line that sets a goal, names a list of tasks or announces work not done is that list's item, not a result (计划新建公园3个 | 完成绿道建设20公里; statements pass 24, the lead's decision)": (
        running, "OPEN_LISTS", False),
    "in a report whose title or opening says it is an account of work done (进展, 完成情况, 截至…, 1-8月), an article's line whose figure's sentence holds no goal word is a result (共为7.98万名新生儿免费进行了…筛查; statements pass 26)": (
        accounts, "ACCOUNT_FRAMES", False),
    "a comparison's earlier period covers its own figure only, not the clauses after it (较去年同期提高6个百分点;完成投资30.5亿元; statements pass 22)": (
        candidates, "CLOSED_COMPARISONS", False),
    "a count whose clause is only a verb of progress counts the row's one target of its dimension (20个省重大项目 | 已开工19个,…项目15个; statements pass 22)": (
        align.RULES, "elided_object", False),
    "a task's last count that names not the step a progress's opening rate counts is that rate's whole, no achievement (11個市級重點項目 | 開復工率100%; statements pass 22)": (
        tails, "STEP_RATES_OF_LISTS", False),
    "the rest of a list is work not done unless said done (其余8个规划正开展编制招标工作, 另外35个因…不需调整; statements pass 22)": (
        candidates, "REMAINDERS", False),
    "a list's count whose members are counted only by pace or band is no target (建设工程23个 | 达到和基本达到18个; 10项重点任务中,2项完成80%以上; 项目7项,均达序时进度; decision 16; statements pass 23)": (
        portfolio, "BANDED_MEMBERS", False),
    "... and a list's count its own clause judges by pace (18件确定事项进展滞后; 108個續建項目有12個項目推進不理想; decision 16; statements pass 23)": (
        portfolio, "PACED_COUNTS", False),
    "a list's count whose progress reports money only is the list's size whatever verb names it (计划新开工项目69项 | 完成投资152.61亿元…; decision 16; statements pass 23)": (
        portfolio, "MONEY_LISTS", False),
    "a count right after a stage of the work in a progress cell is no goal (開工174項; 国债项目5个,开工2个; decision 16; statements pass 23)": (
        portfolio, "STAGE_COUNTS", False),
}


# rule name -> (a data file, the first field of the lines it added): switched off by reading the
# file without those lines (the other lines of the file, and every other file, as they stand).
LEXICON_LINES: dict[str, tuple[str, tuple[str, ...]]] = {
    "a project phase after a name, whatever follows it, is no count (景电二期提质增效工程, 蒲家二期经济适用房; nonquantities.tsv; statements pass 19)": (
        "nonquantities.tsv",
        ("(?<=[\\u4e00-\\u9fff])(?<![办行展织设训])[一二三四五六七八九十]+期(?!培训|班|讲座|活动|课程|节目|会)",)),
    "the rates of starts and restarts are stated rates of the count before them (开复工率73%, 复工率87%; stated_ratios.tsv; statements pass 22)": (
        "stated_ratios.tsv", ("开复工率", "复工率")),
    "宗 counts objects as 个 and 项 do (我縣安排重點建設項目72宗, 續建項目28宗; counters.tsv; statements pass 23)": (
        "counters.tsv", ("宗",)),
}


@contextmanager
def off(name: str) -> Iterator[None]:
    if name in LEXICON_LINES:
        file, firsts = LEXICON_LINES[name]
        text = lexicon.package_text(file)
        kept = [line for line in text.splitlines(keepends=True) if line.split("\t", 1)[0] not in firsts]
        assert len(kept) < len(text.splitlines()), f"{name}: no such line in {file}"
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / file).write_text("".join(kept), encoding="utf-8")
            was = lexicon.current()
            lexicon.use(lexicon.Lexicon([folder], replace=True))
            _clear()
            try:
                yield
            finally:
                lexicon.use(was)
                _clear()
        return
    module, attr, value = SWITCHES[name]
    table = module if isinstance(module, dict) else vars(module)
    old = table[attr]
    table[attr] = value
    _clear()
    try:
        yield
    finally:
        table[attr] = old
        _clear()


def _clear() -> None:
    clauses.parse.cache_clear()  # the clause model is cached per text
    lexicon.use(lexicon.current())  # and the patterns and figures built from the lexicons


def _doc(sc: CorpusScore, split: str = "dev", layout: str = "*") -> tuple[float, ...]:
    return (sc.targets.f1(split, layout)[2] or 0.0, sc.actuals.f1(split, layout)[2] or 0.0,
            sc.actual_period.rate(split, layout)[0] or 0.0, sc.status.rate(split, layout)[0] or 0.0,
            sc.at_risk.f1(split, layout)[1] or 0.0, sc.stated.rate(split, layout)[0] or 0.0,
            # false targets counted apart: a document with no gold target has F1 0 either way
            float(sc.targets.counts[(split, layout)].fp) if (split, layout) in sc.targets.counts else 0.0)


def per_document(docs: list[Any], measures: Any) -> tuple[dict[str, tuple[float, ...]],
                                                           tuple[float, ...]]:
    """``measures`` of each development document, and of the held-out part as one aggregate."""
    per: dict[str, tuple[float, ...]] = {}
    held = CorpusScore()
    for doc in docs:
        if doc.split == "dev":
            sc = CorpusScore()
            score_document(doc, sc)
            per[doc.id] = measures(sc)
        else:
            score_document(doc, held)
    return per, measures(held, "heldout")


def scores(docs: list[Any]) -> tuple[tuple[float, ...], dict[str, tuple[float, ...]], tuple[float, ...]]:
    ev = evaluate()
    sample = (ev.targets.f1, ev.actuals.f1, ev.fields["status (numeric rows)"].rate)
    return (sample, *per_document(docs, _doc))


NAMES = ("targets F1", "actuals F1", "actual period", "status", "at-risk R", "stated", "false targets")


def _delta(on: tuple[float, ...], without: tuple[float, ...], names: tuple[str, ...]) -> str:
    moved = [f"{n} {b:.3f}→{a:.3f}" for n, a, b in zip(names, on, without, strict=True) if abs(a - b) >= 5e-4]
    return ", ".join(moved) or "no change"


def report(names: list[str], docs: list[Any], scores: Any, off: Any, sample: tuple[str, ...],
           measures: tuple[str, ...]) -> None:
    """Print each switch's effect: the sample, every development document that moves, and the
    held-out aggregate (never its documents)."""
    base = scores(docs)
    for name in names:
        with off(name):
            without = scores(docs)
        print(f"## {name} (without → with)")
        print(f"  sample: {_delta(base[0], without[0], sample)}")
        for d in [d for d in base[1] if base[1][d] != without[1][d]]:
            print(f"  {d}: {_delta(base[1][d], without[1][d], measures)}")
        print(f"  held-out (aggregate): {_delta(base[2], without[2], measures)}")


def main(argv: list[str] | None = None) -> int:
    # Words on the command line keep only the switches whose names hold one of them.
    words = sys.argv[1:] if argv is None else argv
    names = [n for n in (*SWITCHES, *LEXICON_LINES) if not words or any(w in n for w in words)]
    report(names, load_corpus(), scores, off, ("targets F1", "actuals F1", "status"), NAMES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
