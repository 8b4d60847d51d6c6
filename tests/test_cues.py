"""The cue lexicons (data/cues.tsv, synonyms.tsv, counters.tsv, pace.tsv) tested as data.

Every cue must be seen at work: in the sample report, in the 2026 provincial reports, or in an
example row below (made up where the reports never use the word, and marked so). Each row checks
the effect the cue is meant to have.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zqmetrics.extraction.actuals import extract_actuals
from zqmetrics.extraction.figures import _to_level
from zqmetrics.extraction.targets import extract_targets
from zqmetrics.judge.statuses import qualitative_status
from zqmetrics.read.prose import classify_heading
from zqmetrics.text.clauses import stated_forms as _stated
from zqmetrics.text.cues import cue_table, cue_words, strip_words
from zqmetrics.text.lexicon import rows

ROOT = Path(__file__).resolve().parent.parent
CATEGORIES = {
    "lead", "tail", "verb", "change", "descriptive", "plan", "estimate", "period", "status",
    "part", "achieved", "stage", "existing", "attribute_unit", "section", "reach", "level",
    "stated_verb", "stated_scope", "stated_kind", "stated_whole", "stated_measure", "stated_link",
    "from", "to_verb", "to", "before_figure", "stock", "plan_target", "scope", "action",
    "compare", "contents", "requirement", "jurisdiction", "investment", "pace_gap", "step", "pending", "place_end", "not_place_end", "share",
    "goal", "standard_by", "standard", "level_rate", "level_link", "kind_noun", "pace_pair",
    "partitive", "stage_rank", "remaining", "member_stage", "perfective", "remainder",
    "member_band", "list_noun", "distributive", "start_step", "unreached", "account",
    "plan_document", "every",
}

# (progress text, target text, expected period of the first aligned figure) — synthetic rows.
PERIOD_ROWS = [
    ("年初以来,城镇新增就业完成8000人。", "新增城镇就业2万人。", "ytd"),
    ("年初至今,城镇新增就业完成8000人。", "新增城镇就业2万人。", "ytd"),
    ("截止目前,城镇新增就业完成8000人。", "新增城镇就业2万人。", "ytd"),
    ("截至当前,城镇新增就业完成8000人。", "新增城镇就业2万人。", "ytd"),
    ("全年累计城镇新增就业完成8000人。", "新增城镇就业2万人。", "ytd"),
    ("年内已完成城镇新增就业8000人。", "新增城镇就业2万人。", "ytd"),
    ("第四季度城镇新增就业完成8000人。", "新增城镇就业2万人。", "quarter"),
    ("当前线下进厅率98%。", "线下进厅率99%。", "snapshot"),
]

# Figures from another year, or a comparison with one, never measure this year's target.
PRIOR_ROWS = [
    "去年城镇新增就业完成18000人。",
    "上一年城镇新增就业完成18000人。",
    "比上年同期城镇新增就业多完成1000人。",
]

STATUS_ROWS = [
    ("项目尚未启动。", "not_started"),
    ("项目未启动。", "not_started"),
    ("项目暂未开展。", "not_started"),
    ("项目未实施。", "not_started"),
    ("项目进度未达到预期。", "not_started"),
    ("项目已竣工。", "done"),
    ("各项任务均已完成。", "done"),
]

ESTIMATE_ROWS = [
    "预估城镇新增就业完成12000人。",
    "初步测算城镇新增就业完成12000人。",
]

# (task text, [(value, unit, kind)]) — descriptive totals drop out; a fall is a change.
TARGET_ROWS = [
    ("推动计划总投资50亿元的3个项目开工。", [(3, "个", "amount")]),
    ("建成总建筑面积20万平方米的2个产业园。", [(2, "个", "amount")]),
    ("建设占地面积100亩的产业园。", []),
    ("单位地区生产总值能耗降幅3%。", [(-3, "%", "change")]),  # a fall keeps its sign (issue 14)
]

# (progress, task, aligned?) — a reach, another level of government, or another named thing
# after the counter keeps a figure from measuring a target (synthetic rows after the sample's).
# Rules removed by the issue-11 audit (each helped a single sample row and no other document):
# their rows stay as known failures.
_ONE_ROW = pytest.mark.xfail(strict=True, reason="rule removed: it helped one sample row only")

ALIGN_ROWS = [
    ("政策惠及企业100余家。", "力争新增外贸企业70家。", False),
    ("带动就业500人。", "新增城镇就业2万人。", False),
    pytest.param("省级创新型中小企业获评33家。", "力争入库国家科技型中小企业400家。", False,
                 marks=_ONE_ROW),
    pytest.param("县级示范点建成3个。", "创建市级示范点5个。", False, marks=_ONE_ROW),
    ("区级事项线下进厅率99%。", "力争实现区级事项线下进厅率99%。", True),
    pytest.param("成品粮储备方面,已签订135吨小包装食用油的储备合同。", "完成成品粮储备规模3150吨。", False,
                 marks=_ONE_ROW),
    ("成品粮储备方面,已完成成品粮储备1650吨。", "完成成品粮储备规模3150吨。", True),
]

SECTION_ROWS = [
    ("一、过去一年工作回顾", "review"),
    ("一、过去五年工作回顾", "review"),
]


@pytest.mark.parametrize(("progress", "task", "period"), PERIOD_ROWS, ids=[r[0][:8] for r in PERIOD_ROWS])
def test_period_cues(progress: str, task: str, period: str) -> None:
    aligned = [a for a in extract_actuals(progress, extract_targets(task), 2025) if a.target_index is not None]
    assert aligned and aligned[0].period == period


@pytest.mark.parametrize("progress", PRIOR_ROWS, ids=[r[:6] for r in PRIOR_ROWS])
def test_prior_year_figures_never_align(progress: str) -> None:
    actuals = extract_actuals(progress, extract_targets("新增城镇就业2万人。"), 2025)
    assert actuals and all(a.target_index is None for a in actuals)


@pytest.mark.parametrize(("text", "status"), STATUS_ROWS, ids=[r[0] for r in STATUS_ROWS])
def test_status_cues(text: str, status: str) -> None:
    assert qualitative_status(text) == status


@pytest.mark.parametrize("progress", ESTIMATE_ROWS, ids=[r[:4] for r in ESTIMATE_ROWS])
def test_estimate_cues(progress: str) -> None:
    [a] = extract_actuals(progress, extract_targets("新增城镇就业2万人。"), 2025)
    assert a.estimate and a.target_index == 0


@pytest.mark.parametrize(("task", "expected"), TARGET_ROWS, ids=[r[0][:10] for r in TARGET_ROWS])
def test_descriptive_and_change_cues(task: str, expected: list[tuple]) -> None:
    assert [(t.value, t.unit, t.kind) for t in extract_targets(task)] == [
        (float(v), u, k) for v, u, k in expected
    ]


def test_stated_cue_序时进度() -> None:
    [a] = extract_actuals("完成序时进度的55%。", extract_targets("新增城镇就业2万人。"), 2025)
    assert a.stated and a.target_index == 0


@pytest.mark.parametrize("word", ["总计", "合计"])
def test_lead_and_tail_words_are_stripped(word: str) -> None:
    assert strip_words(f"{word}城镇新增就业{word}") == "城镇新增就业"


@pytest.mark.parametrize(("progress", "task", "aligned"), ALIGN_ROWS, ids=[(r.values if hasattr(r, "values") else r)[0][:10] for r in ALIGN_ROWS])
def test_alignment_cues(progress: str, task: str, aligned: bool) -> None:
    actuals = extract_actuals(progress, extract_targets(task), 2025)
    assert actuals
    assert any(a.target_index is not None for a in actuals) == aligned


@pytest.mark.parametrize(("heading", "section"), SECTION_ROWS, ids=[r[0] for r in SECTION_ROWS])
def test_section_cues(heading: str, section: str) -> None:
    assert classify_heading(heading) == section


def _corpus() -> str:
    texts = [(ROOT / "data" / "jinan-shizhong-2025q2.txt").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "data" / "work-reports-2026").glob("*.txt")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_*.py")]
    return "\n".join(texts)


CUES = [(cue, category) for cue, category, _ in rows("cues.tsv", 3)]


@pytest.mark.parametrize(("cue", "category"), CUES, ids=[f"{c}-{k}" for c, k in CUES])
def test_every_cue_is_seen_at_work(cue: str, category: str) -> None:
    assert category in CATEGORIES
    assert cue in _corpus(), f"{cue} ({category}) appears in no report and no example row"


def test_cue_values_are_known() -> None:
    allowed = {
        "period": {"quarter", "ytd", "snapshot", "prior"},
        "status": {"not_started", "done", "in_progress"},
        "section": {"review", "multi_year", "plan"},
        "change": {""},
        "level": {"national", "provincial", "municipal", "county"},
        "stage_rank": {"1", "2", "3", "4", "5"},
    }
    for category, values in allowed.items():
        assert set(cue_table(category).values()) <= values, category


def test_synonym_groups_are_disjoint_and_plural() -> None:
    seen: dict[str, int] = {}
    for i, group in enumerate(rows("synonyms.tsv", 8)):
        words = [w for w in group if w]
        assert len(words) >= 2, group
        for w in words:
            assert w not in seen, f"{w} is in two synonym groups"
            seen[w] = i


def test_counter_groups_name_known_units() -> None:
    units = {surface for surface, _ in rows("units.tsv", 2)}
    for counter, group in rows("counters.tsv", 2):
        assert counter in units and group


def test_pace_profiles_rise_to_one() -> None:
    for word, shares in rows("pace.tsv", 2):
        values = [float(x) for x in shares.split(",")]
        assert len(values) == 12 and values == sorted(values) and values[-1] == 1.0, word


# --- the cues that were patterns in the code ------------------------------------------------------

# (words before a percentage, whether they make it a stated completion) — one row per form.
STATED_ROWS = [
    ("完成全年任务的", True),
    ("占年度目标的", True),
    ("完成任务量的", True),
    ("达到本年度计划任务的", True),
    ("为年目标任务", True),
    ("完成了年度计划的", True),
    ("完成率", True),
    ("序时进度为", True),
    ("完成进度达到", True),
    ("完成投资的", False),
    ("任务的", False),
    ("增长", False),
]


@pytest.mark.parametrize(("before", "stated"), STATED_ROWS, ids=[r[0] for r in STATED_ROWS])
def test_stated_completion_cues(before: str, stated: bool) -> None:
    assert bool(_stated().search(before)) is stated


# (text after a figure, whether it raises the figure to a level: 从209元提高到220元)
TO_LEVEL_ROWS = [("提高到220元", True), ("增加至30家", True), ("调整到", True), ("提高了", False),
                 ("到2025年", False)]


@pytest.mark.parametrize(("after", "expected"), TO_LEVEL_ROWS, ids=[r[0] for r in TO_LEVEL_ROWS])
def test_from_to_cues(after: str, expected: bool) -> None:
    assert bool(_to_level().search(after)) is expected


@pytest.mark.parametrize("task", ["贷款余额增长10亿元", "产业规模扩大50亿元"])
def test_stock_cues_make_a_growth_a_change(task: str) -> None:
    assert [t.kind for t in extract_targets(task)] == ["change"]


@pytest.mark.parametrize("char", cue_words("before_figure"))
def test_before_figure_cues_keep_a_figure_descriptive(char: str) -> None:
    # 总投资 says the money describes the project, whatever stands between it and the figure
    assert extract_targets(f"总投资{char}380亿元,开工建设") == []
