"""Judge pass 4 (issue 11, docs/statements.md): what a supervisor reads in the words of a row the
figures do not judge. One example per row, negatives beside the positives.

1. A word that the work goes on as it should (正常进行中, 有序推进, 常态化开展: ``data/steady_words.tsv``,
   ``judge/steady.py``, switch ``STEADY``) is the on-track verdict of a row that sets no numeric
   target (the corpus's second-round decision 1); on a numeric target it claims no pace.
2. A not-started or done word on a count the cell shows is a part (15个项目未开工 beside 39个重点项目;
   12项重点任务中,2项已完成) is no verdict on the row (``judge/parts.counted_part``, switch
   ``COUNTED_PART``): 未开工 is not started only for the part it names.

Written after the development part of the corpus (hangzhou-gongshu-2020-q3 `正常进行中`,
anqing-daguan-2024-04 `常态化开展`, liannan-2022-05 `15个项目未开工,24个项目已开工`, taian-2021-08
`12项重点任务中,2项已完成`, ankang-ziyang-2024-06 `开工2个,未开工3个`, changle-2017-08
`其余小项顺利推进`, hanzhong-2018-08 `151个前期项目有序推进`, anqing-daguan-2024-04 and
shenzhen-luohu-2012-05 `正在进行前期工作`, `正在进行施工图审查工作` as negatives) and the trade's
usage; held-out documents are never used.
"""

from __future__ import annotations

import pytest

import zqmetrics.judge.parts as parts
import zqmetrics.judge.steady as steady
from zqmetrics.judge.assessment import assess_rows
from zqmetrics.judge.steady import steady_verdict
from zqmetrics.judge.verdicts import progress_verdict, row_verdict, task_verdict
from zqmetrics.text.clauses import parse
from zqmetrics.text.lexicon import rows

# (progress text, the word read as on track, or None for no verdict)
STEADY = [
    ("正常进行中", "正常进行"),
    ("正常進行中", "正常進行"),  # traditional characters, quoted as written
    ("项目正常推进", "正常推进"),
    ("各项工作有序推进", "有序推进"),
    ("工作稳步推进", "稳步推进"),
    ("顺利推进", "顺利推进"),
    ("项目推进顺利", "推进顺利"),
    ("总体进展顺利", "进展顺利"),
    ("常态化开展", "常态化开展"),
    ("常态化推进", "常态化推进"),
    # negated, promised, warned against or in a condition: nothing said
    ("未能正常推进", None),
    ("确保正常推进", None),
    ("力争有序推进", None),
    ("如有不能正常推进的要通报", None),
    # on a part, or on a count in its clause: nothing said of the whole row
    ("完成10个村,其余小项顺利推进", None),
    ("151个前期项目有序推进", None),
    # one activity of a longer account, or the word with an object after it: how that activity
    # goes, not the task's pace (the sample's rows 50, 82, 106 and 62 read so before the rule
    # asked for the cell's whole statement)
    ("济枣高铁项目:征迁工作已完成,工程正在有序施工中。征迁工作正在有序推进中", None),
    ("各街道各部门常态化开展“解剖式”现场检查", None),
    ("项目推进顺利,不滞后", None),
    ("\n正常进行中。", "正常进行"),
    # a stage of the work says where it stands, not its pace
    ("正在进行前期工作", None),
    ("正在进行施工图审查工作", None),
    ("", None),
]


@pytest.mark.parametrize(("progress", "quote"), STEADY,
                         ids=[s[0].strip() or "empty" for s in STEADY])
def test_a_steady_word(progress: str, quote: str | None) -> None:
    found = steady_verdict(("progress", progress))
    if quote is None:
        assert found is None, found
    else:
        assert found == {"status": "on_track", "quote": quote, "source": "progress"}


@pytest.mark.parametrize("word", [w for w, _ in rows("steady_words.tsv", 2)])
def test_every_steady_word_has_an_example(word: str) -> None:
    assert any(q == word for _, q in STEADY), word


# (task, progress, status cell, period, status): the words decide only on a row with no numeric
# target and no other verdict
JUDGED = [
    ("财政收入与经济增长基本同步", "正常进行中", None, "2020-09", "on_track"),
    ("严打电信网络诈骗", "常态化开展", None, "2024-04", "on_track"),
    ("巩固菜市整治效果", None, "正常进行中", "2024-04", "on_track"),  # a status cell
    # on a numeric target the words claim no pace (a bare 正常进行中 there is unclear)
    ("新建幼儿园10所", "正常进行中", None, "2020-09", "unclear"),
    # the row's own verdict first
    ("财政收入与经济增长基本同步", "进展缓慢,正常推进难度较大", None, "2020-09", "lagging"),
    # nothing said
    ("财政收入与经济增长基本同步", "确保正常推进", None, "2020-09", "no_numeric_target"),
    ("财政收入与经济增长基本同步", "正在进行前期工作", None, "2020-09", "no_numeric_target"),
]


@pytest.mark.parametrize(("task", "progress", "cell", "period", "status"), JUDGED,
                         ids=[f"{j[0]}|{j[1]}|{j[2]}" for j in JUDGED])
def test_steady_words_judge_a_row_with_no_numeric_target(
        task: str, progress: str | None, cell: str | None, period: str, status: str) -> None:
    item = {"seq": "1", "task": task, "progress": progress, "line": 3, "status_text": cell}
    (out,) = assess_rows([item], {"year": int(period[:4]), "period": period})
    assert out["status"] == status, out["reasons"]
    if status == "on_track":
        assert out["verdict"]["status"] == "on_track"
        assert any("goes on as it should" in r for r in out["reasons"]), out["reasons"]


def test_the_switch_turns_steady_words_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(steady, "STEADY", False)
    item = {"seq": "1", "task": "严打电信网络诈骗", "progress": "常态化开展", "line": 3}
    (out,) = assess_rows([item], {"year": 2024, "period": "2024-04"})
    assert out["status"] == "no_numeric_target"


# (progress text, the row's verdict status): a not-started word on a counted part
PARTS = [
    ("今年全县39个重点项目,截至5月份,15个项目未开工,24个项目已开工。", None),
    ("县自然资源局负责国债项目5个,开工2个,未开工3个", None),
    # the count is the whole: as large as any other of its unit
    ("5个项目均未开工", "not_started"),
    ("计划新建3所学校,3所均未开工", "not_started"),
    ("项目尚未开工", "not_started"),
    # a part in brackets or after 其中, as before
    ("完成50%(其中一处未开工)", None),
    # a lag keeps its count: a part behind is a task behind
    ("建设工程23个,其中5个进度滞后", "lagging"),
    ("重点项目39个,5个项目进度滞后", "lagging"),
]


@pytest.mark.parametrize(("progress", "status"), PARTS, ids=[p[0] for p in PARTS])
def test_a_verdict_on_a_counted_part(progress: str, status: str | None) -> None:
    found = progress_verdict(progress)
    assert (found or {}).get("status") == status, found


# (task cell, the verdict status it states)
TASKS = [
    ("乡村振兴工作小组12项重点任务中,2项已完成,在大樱桃产业提质", None),
    ("新建5所幼儿园已建成投用", "done"),
    ("10个项目进度有所滞后", "lagging"),
]


@pytest.mark.parametrize(("task", "status"), TASKS, ids=[t[0] for t in TASKS])
def test_a_task_cell_verdict_on_a_counted_part(task: str, status: str | None) -> None:
    found = task_verdict(task)
    assert (found or {}).get("status") == status, found


def test_the_clause_model_keeps_the_mention_whole() -> None:
    # The extraction reads the same mention: 国债项目1个未开工 is that unit's whole target there.
    (m,) = parse("今年全县39个重点项目,截至5月份,15个项目未开工,24个项目已开工。").verdicts
    assert m.value == "not_started" and not m.partial


PROGRESS = "今年全县39个重点项目,截至5月份,15个项目未开工,24个项目已开工。"


@pytest.mark.parametrize(("given", "status"), [
    # the extraction's verdict of the same progress words: not read again
    ({"status": "not_started", "quote": "未开工"}, None),
    # a verdict given with its place, or on words outside the progress, stays
    ({"status": "not_started", "quote": "未开工", "source": "status"}, "not_started"),
    ({"status": "lagging", "quote": "进展滞后"}, "lagging"),
], ids=["extraction's", "with a source", "other words"])
def test_a_given_verdict_on_a_counted_part(given: dict[str, str], status: str | None) -> None:
    found = row_verdict({"task": "项目开工情况", "progress": PROGRESS, "verdict": given})
    assert (found or {}).get("status") == status, found


def test_the_switch_turns_counted_parts_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parts, "COUNTED_PART", False)
    assert (progress_verdict(PROGRESS) or {}).get("status") == "not_started"
    assert (task_verdict("乡村振兴工作小组12项重点任务中,2项已完成,在大樱桃产业提质")
            or {}).get("status") == "done"
