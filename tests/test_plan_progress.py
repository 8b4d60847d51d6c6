"""An article's plan and the progress told after it are one item, the plan in the task cell
(reader pass 20, zqmetrics.read.plans): the progress clause's "subject" is only a period cue or
scope words (前10月, 全州共) or the progress itself (开工33项, 目前已开复工7项), in the same clause
or the next sentence. A plan cue standing as a subject (计划年内|完成投资4.5亿元) is the plan of the
item before it (off in the package: one development document so far).

The forms were met in development documents (南昌 2023, 乌鲁木齐 2013, 黔西南 2014, 青海 2015,
民和 2019); the paragraphs below are our own words, one a case.
"""

from __future__ import annotations

import pytest

from zqmetrics.read import plans
from zqmetrics.read.articles import read_article

# (paragraph, the items read as (task, progress))
JOINED = [
    # A bare month count after the plan, in the same clause.
    ("工业项目12个,年度计划投资80亿元,前10月累计完成投资61亿元。",
     [("工业项目12个,年度计划投资80亿元", "前10月累计完成投资61亿元")]),
    # The progress in the next sentence, after its period; the progress opens with its count.
    # (Since reader pass 19's clauses.COUNTED_CONTINUES joins the clause first, its period
    # 截至目前 is set aside from the progress.)
    ("水利项目20项,年度计划投资30亿元。截至目前,开工15项,开工率75%。",
     [("水利项目20项,年度计划投资30亿元", "开工15项,开工率75%")]),
    # A plan with its scope, then 目前 and the count started.
    ("交通项目, 年初安排12项,计划完成投资50亿元。目前已开复工10项,完成投资31亿元。",
     [("交通项目, 年初安排12项,计划完成投资50亿元", "目前已开复工10项,完成投资31亿元")]),
    # Every project started: 已全部开复工 with no count.
    ("能源项目9项,计划完成投资40亿元。目前已全部开复工,完成投资22亿元。",
     [("能源项目9项,计划完成投资40亿元", "目前已全部开复工,完成投资22亿元")]),
    # The whole area as the subject (全市共), after a month span; a traditional copy.
    ("今年全市固定資產投資目標為900億元。1至6月,全市共完成投資400億元。",
     [("今年全市固定資產投資目標為900億元", "1至6月,全市共完成投資400億元")]),
    # Two groups in one sentence cut at ；: each its own plan and progress.
    ("城建项目8个,年度计划投资20亿元,前10月累计完成投资18亿元;社会事业项目5个,年度计划投资6亿元,"
     "前10月累计完成投资5亿元。",
     [("城建项目8个,年度计划投资20亿元", "前10月累计完成投资18亿元"),
      ("社会事业项目5个,年度计划投资6亿元", "前10月累计完成投资5亿元")]),
]

# Paragraphs whose items stay as the clause reader cut them.
APART = [
    # The second clause names a subject of its own.
    ("工业项目12个,年度计划投资80亿元。城北水厂已完成投资3亿元。",
     [("工业项目12个,年度计划投资80亿元", ""), ("城北水厂", "已完成投资3亿元")]),
    # The first item already reports progress, no plan: the bare period row is left as it was.
    ("工业项目12个,完成投资60亿元。前10月累计完成投资70亿元。",
     [("工业项目12个", "完成投资60亿元"), ("前10月", "累计完成投资70亿元")]),
    # A count with its noun after the verb names a subject of its own.
    ("工业项目12个,年度计划投资80亿元。新开工82个产业项目,完成投资20亿元。",
     [("工业项目12个,年度计划投资80亿元", ""), ("新开工82个产业项目", "完成投资20亿元")]),
]

# (paragraph, the items read) for a plan cue standing as the subject
PLAN_CUES = [
    ("续建项目6项,复工率100%,完成投资9000万元,计划年内完成投资5亿元。",
     [("续建项目6项,计划年内完成投资5亿元", "复工率100%,完成投资9000万元")]),
    ("新建项目7项,计划年内完成投资12亿元。",
     [("新建项目7项,计划年内完成投资12亿元", "")]),
]


def _read(paragraph: str) -> list[tuple[str, str]]:
    return [(i["task"], i["progress"]) for i in read_article([paragraph])]


@pytest.mark.parametrize(("paragraph", "items"), JOINED, ids=[c[0][:12] for c in JOINED])
def test_a_plan_and_its_progress_are_one_item(paragraph: str, items: list[tuple[str, str]]) -> None:
    assert _read(paragraph) == items


@pytest.mark.parametrize(("paragraph", "items"), APART, ids=[c[0][:12] for c in APART])
def test_items_with_a_subject_of_their_own_stay_apart(paragraph: str,
                                                      items: list[tuple[str, str]]) -> None:
    assert _read(paragraph) == items


@pytest.mark.parametrize(("paragraph", "items"), PLAN_CUES, ids=[c[0][:12] for c in PLAN_CUES])
def test_a_plan_cue_is_the_plan_of_the_item_before(paragraph: str,
                                                   items: list[tuple[str, str]]) -> None:
    # On since reader pass 23 (民和 2019 and, with PLAN_OPENS, 湘乡 2023).
    assert _read(paragraph) == items


# (line, the items read) for a plan cue opening its line and a forecast cue after an item
# (reader pass 23, plans.PLAN_OPENS), negatives too
PLAN_OPENS = [
    ("——年计划完成地区生产总值300亿元以上,1—9月完成210.5亿元,同比增长3.1%。",
     [("年计划完成地区生产总值300亿元以上", "1—9月完成210.5亿元,同比增长3.1%")]),
    # a forecast after it stays a row of its own (plans.FORECASTS off: its figure is no actual)
    ("——年计划完成地区生产总值300亿元以上,1—9月完成210.5亿元,全年预计完成290亿元,完成年计划的97%。",
     [("年计划完成地区生产总值300亿元以上", "1—9月完成210.5亿元"),
      ("全年预计", "完成290亿元,完成年计划的97%")]),
    ("全年计划新建农村公路120公里,目前已完成80公里。",
     [("全年计划新建农村公路120公里", "目前已完成80公里")]),
    # not a plan cue alone: the subject names its own work
    ("——计划投资项目36个,已开工30个,完成投资12亿元。",
     [("计划投资项目36个", "已开工30个,完成投资12亿元")]),
    ("——目标任务完成情况良好,1—9月完成投资210亿元。",
     [("目标任务", "完成情况良好,1—9月完成投资210亿元")]),
    # a forecast opening its line follows no item of its line
    ("——全年预计完成投资290亿元,同比增长8%。", [("全年预计", "完成投资290亿元,同比增长8%")]),
]


@pytest.mark.parametrize(("line", "items"), PLAN_OPENS, ids=[c[0][:14] for c in PLAN_OPENS])
def test_a_plan_cue_opening_its_line_opens_the_plan(line: str,
                                                    items: list[tuple[str, str]]) -> None:
    assert _read(line) == items


def test_switched_off_plan_cues_are_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plans, "PLAN_CUES", False)
    monkeypatch.setattr(plans, "PLAN_OPENS", False)
    assert _read(PLAN_CUES[1][0]) == [("新建项目7项", ""), ("计划年内", "完成投资12亿元")]
    assert _read(PLAN_OPENS[0][0])[0] == ("年计划", "完成地区生产总值300亿元以上,1—9月完成210.5亿元,同比增长3.1%")


def test_with_the_rule_off_the_plan_and_the_progress_are_two_rows(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plans, "PLAN_PROGRESS", False)
    assert _read(JOINED[0][0]) == [("工业项目12个,年度计划投资80亿元", ""), ("前10月", "累计完成投资61亿元")]


# (what stands as a clause's subject, whether it names nothing of its own)
SUBJECTS = [
    ("前10月", True),
    ("全州共", True),
    ("年内", True),
    ("开工33项", True),
    ("目前已开复工7项", True),
    ("目前已全部开复工", True),
    ("1—6月份", True),
    ("城北水厂", False),
    ("全市重点项目", False),
    ("开工建设的项目", False),
    ("新开工82个产业项目", False),
]


@pytest.mark.parametrize(("task", "bare"), SUBJECTS, ids=[s[0] for s in SUBJECTS])
def test_subjects_naming_nothing(task: str, bare: bool) -> None:
    assert plans.no_subject(task) is bare


def test_with_forecasts_on_a_forecast_is_the_progress_of_the_item_before(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plans, "FORECASTS", True)
    line = "——年计划完成地区生产总值300亿元以上,1—9月完成210.5亿元,全年预计完成290亿元,完成年计划的97%。"
    assert _read(line) == [("年计划完成地区生产总值300亿元以上",
                            "1—9月完成210.5亿元,全年预计完成290亿元,完成年计划的97%")]
