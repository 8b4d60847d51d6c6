"""The supervisor's list: complete, in four sections, grouped by lead unit worst first, with
reasons rendered from the structured judgement, the same in Chinese and English."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import zqmetrics as zq
from zqmetrics.deliver.sections import SECTIONS, supervision_list
from zqmetrics.deliver.tables import split_contact
from zqmetrics.judge.assessment import assess
from zqmetrics.read.reader import from_frame, read_report, sample_path


@pytest.fixture(scope="module")
def assessed() -> pd.DataFrame:
    return assess(read_report(sample_path()))


@pytest.fixture(scope="module")
def listed(assessed: pd.DataFrame):
    return supervision_list(assessed, sample=True)


def _synthetic(tasks: list[tuple[str, str, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(tasks, columns=["task", "progress", "units"])
    return assess(from_frame(frame, task="task", progress="progress", units="units",
                             period="2025Q2", title="某区2025年重点任务推进情况(2025年第二季度)"))


def test_the_reason_reads_like_a_supervisors_note(listed) -> None:
    reasons = [i.reason for i in listed.items if i.seq == "27"]
    assert ("土地收储：完成20亩，年度目标1410亩，完成1.4%；时序进度50.0%，滞后48.6个百分点；"
            "仅为二季度当季数据，不足以判断全年进度") in reasons


def test_money_in_yi_yuan(listed) -> None:
    reason = next(i.reason for i in listed.items if i.seq == "36")
    assert reason.startswith("投资：完成25.9亿元，年度目标75亿元，完成34.5%；")


def test_every_target_not_on_pace_is_listed(assessed: pd.DataFrame, listed) -> None:
    """Completeness: each target that is not done or on track has a line, as has each task
    that is not started or unclear."""
    lines = {(i.row, i.target_index) for i in listed.items}
    for n, row in enumerate(assessed.to_dict("records")):
        for a in row["assessments"]:
            if a.status not in ("done", "on_track"):
                assert (n, a.index) in lines, (row["seq"], a.target.metric)
        if row["status"] == "not_started" or row["qualitative"] == "not_started" and not row["targets"]:
            assert any(r == n for r, _ in lines), row["seq"]


def test_tasks_without_figures_are_in_progress_unclear(listed) -> None:
    unclear = [(i.seq, i.metric) for i in listed.section("unclear")]
    assert ("97", "筹集保障性租赁住房") in unclear and ("97", "筹集配售型保障性住房") in unclear


def test_sub_targets_without_figures_beside_reached_ones() -> None:
    # 新建公园 and 绿道 reached, two other targets with no figure: each listed as unreported. (The
    # sample's task 81 showed it until the alignment ablation of issue 11 removed the rule that
    # read its progress's headings as the targets restated.)
    frame = _synthetic([("新建公园2处、古树公园2处、绿道6公里，完成人工造林1000亩。",
                         "已建成公园2处；建成绿道6公里。", "区园林绿化服务中心")])
    unclear = [i.metric for i in supervision_list(frame).section("unclear")]
    assert len(unclear) == 2 and not {"新建公园", "绿道"} & set(unclear)


def test_not_started_tasks_without_numeric_target(listed) -> None:
    seqs = [i.seq for i in listed.section("not_started")]
    assert {"7", "47", "102"} <= set(seqs)
    assert all(i.status == "not_started" for i in listed.section("not_started")
               if i.target_index is None)


def test_sections_are_grouped_by_lead_unit_worst_first(listed) -> None:
    codes = [i.section for i in listed.items]
    assert codes == sorted(codes, key=SECTIONS.index)
    lagging = listed.section("lagging")
    # Row 76 (severe: 40 of 2万人) comes first: since the alignment ablation of issue 11 its 40名
    # commended youth measure the recruitment target, which the golden set does not (unclear);
    # row 74 came first before.
    assert [(i.lead_unit, i.seq) for i in lagging[:2]] == [("区委人才办", "76"), ("区发展改革局", "28")]
    units = [i.lead_unit for i in lagging]
    assert units == sorted(units, key=units.index)  # each unit's lines together


def test_zero_figure_beside_a_reached_target_is_not_started() -> None:
    frame = _synthetic([("新建口袋公园4处，建设绿道10公里。",
                         "1-6月新建口袋公园4处，绿道建设累计完成0公里。", "区城管局")])
    sl = supervision_list(frame)
    assert [(i.section, i.metric) for i in sl.items if i.metric == "建设绿道"] == \
        [("not_started", "建设绿道")]


def test_stated_ratio_against_the_figures_is_a_mismatch() -> None:
    frame = _synthetic([("新增城镇就业2万人。", "1-6月累计新增城镇就业15501人，完成全年任务的60%。",
                         "区人社局")])
    mismatch = supervision_list(frame).section("mismatch")
    assert len(mismatch) == 1
    assert "自报完成60.0%，按数据测算77.5%，两者不一致" in mismatch[0].reason


def test_a_verdict_column_against_the_figures_is_a_mismatch() -> None:
    frame = _synthetic([("新增城镇就业2万人。", "1-6月累计新增城镇就业5000人。", "区人社局")])
    frame["verdict"] = [{"status": "on_track", "quote": "序时推进"}]
    mismatch = supervision_list(frame).section("mismatch")
    assert [m.reason for m in mismatch] == ["报告自评“序时推进”，按数据测算为滞后（中度）"]


def test_english_gives_the_same_content(assessed: pd.DataFrame, listed) -> None:
    english = supervision_list(assessed, lang="en", sample=True)
    assert [(i.section, i.seq, i.target_index, i.status) for i in english.items] == \
        [(i.section, i.seq, i.target_index, i.status) for i in listed.items]
    reason = next(i.reason for i in english.items if i.seq == "36")
    assert reason.startswith("投资: CNY 2.59 billion achieved of an annual target of CNY 7.5 billion")
    assert not re.search(r"[\u4e00-\u9fff]", reason.split(":", 1)[1])


def test_no_raw_fraction_in_any_reason(listed) -> None:
    for item in listed.items:
        assert not re.search(r"(?<![\d.])0\.\d{3,}", item.reason), item.reason


def test_sample_marks_every_title(listed) -> None:
    assert listed.meta.heading("清单").startswith("【示例报告】")
    assert (listed.meta.period_text, listed.meta.data_month) == ("2025年二季度", "2025年6月")


@pytest.mark.parametrize("cell,expected", [
    ("区发展改革局产业发展科51806562", ("区发展改革局产业发展科", "51806562")),
    ("区投资促进局 办公室 51807807市中城发集团党务行政部 87598920",
     ("区投资促进局 办公室\n市中城发集团党务行政部", "51807807\n87598920")),
    ("督查室 0531-86081234", ("督查室", "0531-86081234")),
    ("区科技局", ("区科技局", "")),
    (None, ("", "")),
])
def test_split_contact(cell: object, expected: tuple[str, str]) -> None:
    assert split_contact(cell) == expected


def test_an_unassessed_frame_is_assessed_first() -> None:
    sl = supervision_list(zq.read_report(sample_path()))
    assert len(sl.tasks) == 108 and sl.items


# (the title read from a report, the title the outputs' headings show)
TITLES = [
    ("市中区2025年《政府工作报告》主要工作任务推进情况(2025年第二季度)",
     "市中区2025年《政府工作报告》主要工作任务推进情况(2025年第二季度)"),
    ("云浮市2017年重点建设项目督查情况通报(十一)\n• 时间:2017-09-04 00:00\n• 来源:云浮市政府办公室",
     "云浮市2017年重点建设项目督查情况通报(十一)"),  # a page's metadata under it: the first line
    ("日前,区政府督查室对2022年为民办实事项目1-8月份进展情况进行跟踪督查。现将进展情况通报如下:", ""),
    ("根据《德阳市人民政府关于下达全市2016年度经济社会发展目标任务的通知》要求及区委、区政府年度工作安排,"
     "现将全区2016年度经济社会发展目标任务下达你们", ""),  # a sentence without its 。: too long
    ("", ""),
]


@pytest.mark.parametrize(("title", "shown"), TITLES, ids=[t[:12] or "empty" for t, _ in TITLES])
def test_display_title(title: str, shown: str) -> None:
    from zqmetrics.deliver.tables import display_title

    assert display_title(title) == shown


def test_a_sentence_read_as_the_title_heads_no_list() -> None:
    text = ("一季度,全市25个重点工业项目完成投资35.9亿元,完成年度投资计划的23.7%。\n"
            "一季度,全市124个重点项目完成投资99.8亿元,完成年度投资计划的21.9%。\n")
    sl = supervision_list(assess(read_report(text, period="2018Q1")))
    assert "。" not in sl.meta.title
    assert sl.meta.heading("督办清单") == "督办清单"
