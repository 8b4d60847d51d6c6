"""Text layouts compete, items are segmented by their markers, and a data period without a year
takes the page's year: variants in the style of the corpus (own words), one row a case."""

from __future__ import annotations

import pytest
from layout_rows import assert_row

from zqmetrics import read_report
from zqmetrics.read.compete import best_reading, score_reading
from zqmetrics.read.segments import split_inline

ONE_LINE_SHI = """2023年重点民生工作进展情况
今年以来，一是新建停车场3处，已建成2处；二是改造危桥10座，已完成6座；三是新增托育机构5家，已开业4家。
"""
ONE_LINE_DIGITS = """2022年为民办实事完成情况
1.新建城市书房8个，已建成8个。2.改造农贸市场4个，已完成3个。3.新增公办学位2000个，已新增2100个。
"""
PARAGRAPH_PARENS = """2021年重点工作推进情况

（1）新增城镇就业6000人

全年新增城镇就业6300人。

（2）完成造林1.5万亩

已完成造林1.2万亩。
"""
STATUS_HEADING = """2024年民生实事1-9月进展
进度滞后的项目：
1、建成乡镇卫生院3所
已建成1所，2所主体完工。
2、改造供水管网30公里
已改造12公里。
"""
ITEM_NUMBERED = """2020年县政府十件实事进展
第1项：新建幼儿园4所
4所幼儿园均已开园。
第2项：改造老旧小区20个
已完工15个。
"""
ENCLOSED_PAREN = """2019年重点项目推进情况
⑴建设污水处理厂1座
主体工程完成80%。
⑵新建公园2个
1个已开放。
"""
LIST_CONTINUED = """2022年1-6月重点工作督查情况通报
进度滞后的项目有：一是新建停车场3处（第二项）尚在选址；
二是改造危桥10座（第五项）完成4座；
三是新增托育机构5家（第七项）完成1家。
"""
SECTIONS_WITH_LISTS = """2021年民生实事1-10月督查通报
一、市级民生实事
市级项目共10项，其中3项已完成，分别是：建成城市书房5个、改造背街小巷12条、新增停车位800个。
二、县级民生实事
县级项目共8项，其中进度滞后的有：新建农贸市场2个、改造危房50户。
"""

CASES = [
    ("prose", ONE_LINE_SHI, "新建停车场3处", {}),
    ("prose", ONE_LINE_SHI, "改造危桥10座", {}),
    ("prose", ONE_LINE_SHI, "新增托育机构5家", {}),
    ("prose", ONE_LINE_DIGITS, "新建城市书房8个", {"seq": "1"}),
    ("prose", ONE_LINE_DIGITS, "改造农贸市场4个", {"seq": "2"}),
    ("prose", ONE_LINE_DIGITS, "新增公办学位2000个", {"seq": "3"}),
    ("numbered_items", PARAGRAPH_PARENS, "新增城镇就业6000人", {"progress": "全年新增城镇就业6300人"}),
    ("numbered_items", PARAGRAPH_PARENS, "完成造林1.5万亩", {"progress": "已完成造林1.2万亩"}),
    ("numbered_items", STATUS_HEADING, "建成乡镇卫生院3所", {"status_text": "进度滞后的项目"}),
    ("numbered_items", STATUS_HEADING, "改造供水管网30公里", {"status_text": "进度滞后的项目"}),
    ("prose", ITEM_NUMBERED, "新建幼儿园4所", {"progress": "4所幼儿园均已开园"}),
    ("prose", ITEM_NUMBERED, "改造老旧小区20个", {"progress": "已完工15个"}),
    ("numbered_items", ENCLOSED_PAREN, "建设污水处理厂1座", {"progress": "主体工程完成80%"}),
    ("numbered_items", ENCLOSED_PAREN, "新建公园2个", {"progress": "1个已开放"}),
    ("bulletin", LIST_CONTINUED, "新建停车场3处（第二项）", {"progress": "尚在选址"}),
    ("bulletin", LIST_CONTINUED, "改造危桥10座（第五项）", {"progress": "完成4座"}),
    ("bulletin", LIST_CONTINUED, "新增托育机构5家（第七项）", {"progress": "完成1家"}),
    ("bulletin", SECTIONS_WITH_LISTS, "建成城市书房5个", {"status_text": "市级项目共10项"}),
    ("bulletin", SECTIONS_WITH_LISTS, "改造背街小巷12条", {}),
    ("bulletin", SECTIONS_WITH_LISTS, "新建农贸市场2个", {}),
    ("bulletin", SECTIONS_WITH_LISTS, "改造危房50户", {}),
]


@pytest.mark.parametrize(("layout", "text", "task", "cells"),
                         [pytest.param(*c, id=f"{c[0]}-{c[2]}") for c in CASES])
def test_variant_row(layout: str, text: str, task: str, cells: dict[str, str]) -> None:
    assert_row(layout, text, task, cells)


ROW_COUNTS = [
    (ONE_LINE_SHI, 3), (ONE_LINE_DIGITS, 3), (PARAGRAPH_PARENS, 2), (STATUS_HEADING, 2),
    (ITEM_NUMBERED, 2), (ENCLOSED_PAREN, 2), (LIST_CONTINUED, 3), (SECTIONS_WITH_LISTS, 5),
]


@pytest.mark.parametrize(("text", "rows"), ROW_COUNTS, ids=[str(k) for k in range(len(ROW_COUNTS))])
def test_no_item_merged_into_its_neighbour(text: str, rows: int) -> None:
    assert len(read_report(text)) == rows


def test_items_on_one_line_keep_their_line() -> None:
    df = read_report(ONE_LINE_SHI)
    assert set(df["line"]) == {2}


SPLITS = [
    ("一是甲；二是乙；三是丙。", 3),
    ("1.甲。2.乙。", 2),
    ("①甲；②乙", 2),
    ("今年完成1.5万亩。全年目标2万亩。", 1),  # figures, not markers
    ("一是甲。", 1),  # one marker: nothing to cut
]


@pytest.mark.parametrize(("line", "segments"), SPLITS, ids=[s[0] for s in SPLITS])
def test_split_inline(line: str, segments: int) -> None:
    cut, origin = split_inline([line])
    assert len(cut) == segments
    assert set(origin) == {1}


def test_swallowing_reading_loses() -> None:
    lines = ["标题", "一、甲类", "其中进度滞后的有：A、B、C。", "二、乙类", "已完成的有：D、E。"]
    whole = [{"task": "甲类", "progress": lines[2], "line": 2},
             {"task": "乙类", "progress": lines[4], "line": 4}]
    listed = [{"task": t, "status": "滞后", "line": 3} for t in "ABC"] + [
        {"task": t, "status": "已完成", "line": 5} for t in "DE"]
    from collections import Counter

    count = Counter(i["line"] for i in listed)
    best = best_reading(lines, [("bulletin", listed), ("numbered_items", whole)], count)
    assert best is not None and best.layout == "bulletin"


def test_empty_reading_scores_lowest() -> None:
    from collections import Counter

    assert score_reading([], ["a"], {}, Counter()) == float("-inf")


PERIODS = [
    ("关于民生实事进展情况的通报\n发布日期：2021-11-05\n截至10月底，10项实事进展顺利。\n", "2021-10"),
    ("2020年民生实事推进情况\n1-9月，各项目有序推进。\n", "2020-09"),
    ("2019年重点工作通报\n前三季度，总体平稳。\n", "2019-09"),  # January to September, as 1-9月
    ("2018年重点工作\n上半年，总体平稳。\n", "2018H1"),
    ("2022年重点工作通报\n截至8月31日，已完成6项。\n", "2022-08"),
    # A month with its year inside a sentence dates an event; the 截至 phrase is the data period.
    ("县城区停车设施建设提前完成\n县融媒体中心  2023-11-20 09:15\n截至11月15日，县城区停车设施建设各项目均已完工投用，比计划提前一个半月。\n2023年3月，县政府将停车设施建设列入民生实事，明确由县住建局牵头推进。\n",
     "2023-11"),
    ("全市农房改造通报\n发布时间：2020-10-08\n2020年5月，省里下达农村危房改造任务后，市里迅速分解到各县区并建立周调度机制。\n1-9月，全市开工率达到92%，竣工率达到71%。\n",
     "2020-09"),
]


@pytest.mark.parametrize(("text", "period"), PERIODS, ids=[p[1] for p in PERIODS])
def test_data_period_takes_the_page_year(text: str, period: str) -> None:
    df = read_report(text + "一是新建停车场3处，已建成2处；二是改造危桥10座，已完成6座。\n")
    assert str(df.attrs["period"]) == period
