"""Reader pass 25 (bulletins and page furniture, issue 10): example rows in our own words, in the
forms the fifteenth development collection showed (data/corpus/README.md, its last section; the
documents each rule helps are in docs/reader.md, "Reader pass 25").
"""

from __future__ import annotations

import pytest

from zqmetrics.read import generic
from zqmetrics.read.generic import generic_items
from zqmetrics.read.reader import read_report

# --- the generic reading: a line of page furniture is no paragraph reporting a figure ---------

# (a line among paragraphs of figures, whether the generic reading takes it as an item)
GENERIC_LINES = [
    ("索 引 号:000000000/2016-00012主题分类:国民经济管理", False),
    ("索引号 1234567890/abc/2022-0000001 发布机构 某某市住房和城乡建设局", False),
    ("公开目录 保障性安居工程建设 发布日期 2022/08/01", False),
    ("文    号成文日期:2016-08-20发布日期:2016-08-20", False),
    ("发文字号：某政办〔2016〕3号 成文日期：2016年8月20日", False),
    ("全区棚户区改造开工1200套，完成年度目标的60%。", True),
    ("新建停车泊位800个，已完成520个，完成率65%。", True),
    ("发布新建公园5个的计划，已建成2个。", True),  # 发布 in a sentence names no furniture
]


@pytest.mark.parametrize(("line", "item"), GENERIC_LINES, ids=[x for x, _ in GENERIC_LINES])
def test_generic_paragraph_of_figures(line: str, item: bool) -> None:
    lines = ["某某区重点工作进展情况", "", line, "",
             "全区新增城镇就业1.2万人，完成年度目标的60%。", "",
             "改造农村公路45公里，完成年度任务的56%。"]
    tasks = [i["task"] for i in generic_items(lines)]
    assert any(line.startswith(t) for t in tasks) is item
    assert len(tasks) == 2 + item


def test_generic_switch_off_takes_furniture(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generic, "REPORTED_FIGURES", False)
    lines = ["索引号 1234567890/abc/2022-0000001 发布机构 某某局",
             "全区新增城镇就业1.2万人，完成年度目标的60%。",
             "改造农村公路45公里，完成年度任务的56%。"]
    assert len(generic_items(lines)) == 3


# A page copied with its metadata block: the article's rows, none of the block's.
PAGE = """某某区1-6月份重点项目推进情况通报

索 引 号:000000000/2016-00012主题分类:国民经济管理 /重大建设项目
发布机构:某某区发改局关 键 词:重大项目
文    号成文日期:2016-08-20发布日期:2016-08-20
某某区1-6月份重点项目推进情况通报

2016年全区重大项目40个,全年计划完成投资120亿元。

截至6月底,甲项目、乙项目等6个项目新开工建设,40个项目共完成投资52亿元,占年计划的43.3%。
"""


def test_page_metadata_block_is_no_row() -> None:
    tasks = [str(t) for t in read_report(PAGE)["task"]]
    assert not any(w in t for t in tasks for w in ("索 引 号", "成文日期", "发布机构"))
    assert any("40个项目" in t for t in tasks)
