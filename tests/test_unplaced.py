"""Text no reader placed in a cell: no task, or a row of its own (zqmetrics/read/coverage.py).

Made-up lines and reports in the forms of the development documents' pages (a bulletin's title
over two lines and its dateline, a press page's source and editor lines, a lead paragraph of
figures above the numbered items, a 督查 bulletin's framing, an owner label under an item); the
development documents the rule helps are listed in docs/reader.md, "Reader pass 12".
"""

from __future__ import annotations

from typing import Any

import pytest

from zqmetrics.read import coverage
from zqmetrics.read.coverage import (
    evidence,
    framing,
    furniture,
    heading,
    merged,
    owner_label,
    page_end,
    unplaced_rows,
)
from zqmetrics.read.items import layout_words
from zqmetrics.read.reader import read_report
from zqmetrics.read.rows import UNPLACED

# (a line whose whole text no reader placed, whether it is page furniture)
FURNITURE = [
    ("来源：县督查室", True),
    ("第 2 页", True),
    ("第3页 共5页", True),
    ("第2頁", True),
    ("第2批项目开工12个", False),
    ("時間:2020-05-08|來源:黑龍江日報", True),
    ("编辑：张三", True),
    ("編輯：李四", True),
    ("（责任编辑：王五）", True),
    ("责编：赵六 責編：錢七", True),
    ("作者：县重点办", True),
    ("浏览次数：1234", True),
    ("瀏覽：88次", True),
    ("点击数：56", True),
    ("點擊：12", True),
    ("访问量：", True),
    ("字号：大 中 小", True),
    ("字體：大 中 小", True),
    ("字体：【大 中 小】", True),
    ("分享：", True),
    ("【打印】【关闭窗口】", True),
    ("您当前的位置：首页 > 政务公开", True),
    ("您所在位置：首页 >> 工作动态", True),
    ("当前所在：政务公开", True),
    ("某某网 版权所有", True),
    ("蜀ICP备05031156号 网站标识码", True),
    ("公安备案号51170202000231", True),
    ("当前位置：首页 > 新闻中心", True),
    ("网友评论", True),
    ("附件：重点项目汇总表.xlsx", True),
    ("索引号 xxxx/2024-2736 公开目录：政务督查", True),
    ("发布机构 区府办 公开方式 主动公开", True),
    ("文件名称 2024年县政府常务会议确定事项落实情况的通报", True),
    # Reader pass 20: where the page was copied from, who edited it (乌鲁木齐 2013, 民和 2019).
    ("转自：http://www.example.cn/news/content/2013-08/10/content_1.htm", True),
    ("本文轉自：某某網-某某頻道", True),
    ("（编校：王五）", True),
    ("(編校:李四)", True),
    ("内容概述 2024年县政府常务会议确定事项落实情况的通报", True),
    ("（下转第四版）", True),
    ("（上接第一版）", True),
    ("（具体见附表）", True),
    ("详见附件", True),
    ("联系邮箱：xx@qq.com", True),
    ("• 至少输入5个字符", True),
    ("【PDF版】", True),
    ("发布日期：2024-07-05 10:22", True),
    # Reader pass 25: a page's metadata block (二七区 2016; its labels spaced out on the page).
    ("索 引 号:000000000/2016-00012主题分类:国民经济管理", True),
    ("主題分類：綜合政務", True),
    ("发布机构:区统计局关 键 词:重点项目", True),
    ("關鍵詞：重點項目", True),
    ("关键词：重点项目 民生实事", True),
    ("发文机关：某某区人民政府", True),
    ("發文機關：某某縣政府", True),
    ("发文字号：某政办〔2016〕3号", True),
    ("發文字號：某政發〔2019〕8號", True),
    ("文    号成文日期:2016-08-20", True),
    ("公开范围 面向全社会", True),
    ("全区重点项目主题分类推进，完成投资12.5亿元，占年度计划的48%，主要分布在产业、基础设施、民生和"
     "生态四个领域，其中产业类项目完成投资6.1亿元，基础设施类项目完成投资3.2亿元。", False),  # long
    ("市委市政府督查局 2016年5月24日", True),  # a short line ending with a date
    ("2016-06-16", True),  # no Chinese word
    ("- 3 -", True),
    ("全区重点项目完成投资54.87亿元，为年度计划的32.2%，落后时间进度9.5个百分点。", False),
    ("资金来源已落实，完成投资1.2亿元。", True),  # short and naming 来源: taken for furniture
    ("按照资金来源分，财政资金完成投资1.2亿元，社会资金完成投资3.4亿元，银行贷款完成投资2.5亿元，"
     "其他资金完成投资0.8亿元，合计完成投资7.9亿元，占年度计划的六成以上。", False),  # long
]


@pytest.mark.parametrize(("line", "is_furniture"), FURNITURE, ids=[x for x, _ in FURNITURE])
def test_furniture(line: str, is_furniture: bool) -> None:
    assert furniture(line) is is_furniture


# (a line, whether the page's own text starts there)
PAGE_END = [
    ("相关新闻", True),
    ("相關新聞：", True),
    ("新闻推荐", True),
    ("热门资讯 >", True),
    ("网友评论", True),
    ("相关阅读", True),
    ("分享到：", True),
    ("相关新闻报道显示，全市重点项目完成投资120亿元。", False),  # a sentence, not a line of the page
]


@pytest.mark.parametrize(("line", "ends"), PAGE_END, ids=[x for x, _ in PAGE_END])
def test_page_end(line: str, ends: bool) -> None:
    assert page_end(line) is ends


# (a line, whether it is over the first item, whether it is a title or heading naming no task)
HEADINGS = [
    ("一、总体情况", False, True),
    ("(二)按项目建设类型完成情况", False, True),
    ("（一）项目开工情况。", False, True),
    ("二、2019年工作情况", False, True),  # a year is no figure
    ("珠海市2016年重点建设项目1-5月进展情况", True, True),  # a title over the items names figures
    ("38处农村中小学餐厅建成投用", True, True),
    ("38处农村中小学餐厅建成投用", False, False),  # under the first item: a figure, an item
    ("城东污水处理厂完成投资1.2亿元，完成年度计划的60%", True, False),  # sentence punctuation
    ("罗湖区2009年重点投资项目责任制落实情况的督查通报(第七期)", True, True),
]


@pytest.mark.parametrize(("line", "over", "is_heading"), HEADINGS,
                         ids=[f"{x}-{'over' if o else 'under'}" for x, o, _ in HEADINGS])
def test_heading(line: str, over: bool, is_heading: bool) -> None:
    assert heading(line, over) is is_heading


# (a sentence, whether it is the report's framing)
FRAMING = [
    ("根据《开封市重点项目建设督查考核办法》(汴政办【2016】50号)要求，督查组对1—4月份进展情况进行了督查。",
     True),  # a cited document, its number and a period are no figure
    ("根據縣政府工作安排，督查室進行了專項督查。", True),
    ("按照年度督查方案要求，县政府办会同县民生办开展了督查。", True),
    ("现将有关情况通报如下：", True),
    ("現將有關進展情況通報如下。", True),
    ("下一步，各牵头单位要切实负起主体责任。", True),
    ("特此通报。", True),
    ("具体情况如下：", True),
    ("根据统计，全县完成投资45亿元，完成年度计划的56%。", False),  # a figure: no framing
    ("各责任单位高度重视，加强调度。", False),  # narrative, not framing
]


@pytest.mark.parametrize(("sentence", "is_framing"), FRAMING, ids=[x[:20] for x, _ in FRAMING])
def test_framing(sentence: str, is_framing: bool) -> None:
    assert framing(sentence) is is_framing


# (a sentence, whether it states a figure or a status phrase)
EVIDENCE = [
    ("全县完成投资45亿元。", True),
    ("杞县柿园输变电工程已完工；", True),
    ("6个项目存在问题，进展较慢。", True),
    ("但也存在部分省市重点项目进展较慢问题。", True),  # a status phrase (the judge reads it)
    ("各县区和有关市直责任单位高度重视，加强了督导和协调工作。", False),
    ("2014年12月，济南召开专题会议。", False),  # a date is no figure
    ("“双50”项目推进会召开。", False),  # a quoted name is no figure
    ("市委农办对各区指标完成情况进行监测。", False),  # 完成情况 names a topic, not a status
    ("城东污水处理厂已完成。", True),
]


@pytest.mark.parametrize(("sentence", "states"), EVIDENCE, ids=[x[:20] for x, _ in EVIDENCE])
def test_evidence(sentence: str, states: bool) -> None:
    assert evidence(sentence) is states


# (a sentence, whether it only names who is responsible)
OWNERS = [
    ("（牵头责任单位：市商务局）", True),
    ("(市级牵头单位:市科技局;", True),
    ("”(牵头部门:区财政局、区自然资源局)。", True),
    ("责任单位：县住建局、县交通局", True),
    ("牵头单位：县发改委，已完成投资3.2亿元，完成年度计划的45%，其余项目正在推进前期工作，"
     "预计年底前全部开工建设。", False),  # a sentence after the label: no label only
    ("全县：完成投资45亿元", False),  # a label that names no owner
]


@pytest.mark.parametrize(("sentence", "label"), OWNERS, ids=[x[:20] for x, _ in OWNERS])
def test_owner_label(sentence: str, label: bool) -> None:
    assert owner_label(sentence) is label


def _item(line: int, task: str, progress: str = "") -> dict[str, Any]:
    return {"line": line, "task": task, "progress": progress}


# (lines, the reading's items, the unplaced rows as (line, task, progress), notes said)
ROWS = [
    (["一、城东污水处理厂：完成投资1.2亿元。", "全县完成投资45亿元，完成年度计划的56%。"],
     [_item(1, "城东污水处理厂", "完成投资1.2亿元。")],
     [(2, "全县", "完成投资45亿元，完成年度计划的56%")], 1),
    # Part of a line placed: its other sentences are rows of their own (a short one cut as the
    # article reader cuts a clause, a longer one read as its paragraph).
    (["中意湖项目推进较快。杞县柿园工程已完工；54个项目进展顺利。"],
     [_item(1, "中意湖项目", "推进较快。")],
     [(1, "杞县柿园工程", "已完工；"), (1, "54个项目进展顺利。", "")], 1),
    # Furniture, a title, a heading, framing, an owner label: no row and no note.
    (["关于重点项目的督查通报", "来源：县督查室", "现将有关情况通报如下：", "一、城东污水处理厂",
      "完成投资1.2亿元。", "（牵头责任单位：县住建局）"],
     [_item(4, "城东污水处理厂", "完成投资1.2亿元。")], [], 0),
    # Narrative: no row, said once.
    (["一、城东污水处理厂：完成投资1.2亿元。", "各责任单位高度重视，加强调度。"],
     [_item(1, "城东污水处理厂", "完成投资1.2亿元。")], [], 1),
    # The page's own text after the report: no row.
    (["一、城东污水处理厂：完成投资1.2亿元。", "相关新闻", "某县签约项目12个，总投资30亿元。"],
     [_item(1, "城东污水处理厂", "完成投资1.2亿元。")], [], 0),
]


@pytest.mark.parametrize(("lines", "items", "rows", "notes"), ROWS,
                         ids=["lead", "part-of-a-line", "not-tasks", "narrative", "page"])
def test_unplaced_rows(lines: list[str], items: list[dict[str, Any]],
                       rows: list[tuple[int, str, str]], notes: int) -> None:
    got, said = unplaced_rows(lines, items)
    assert [(r["line"], r["task"], r["progress"]) for r in got] == rows
    assert all(r["read_issue"] == UNPLACED for r in got)
    assert len(said) == notes


def test_rows_go_in_text_order() -> None:
    items = [_item(1, "甲"), _item(3, "丙"), _item(3, "丁"), _item(5, "戊")]
    rows = [_item(3, "乙"), _item(6, "己"), _item(0, "零")]
    assert [i["task"] for i in merged(items, rows)] == ["零", "甲", "丙", "丁", "乙", "戊", "己"]


# Rows on an item's own line go by their place in the line, one case a row:
# (the line, the items read on it, the rows no reader placed on it, the tasks in the order merged).
SAME_LINE = [
    ("甲桥2个已完工；乙路、丙园2个项目推进较快。", ["乙路", "丙园"], ["甲桥"], ["甲桥", "乙路", "丙园"]),
    ("乙路、丙园2个项目推进较快；甲桥已完工。", ["乙路", "丙园"], ["甲桥"], ["乙路", "丙园", "甲桥"]),
    ("乙路、丙园2个项目推进较快；甲桥已完工。", ["乙路", "丙园"], ["丁馆"], ["乙路", "丙园", "丁馆"]),
    ("68个项目中应开工28个；乙路已完工。", ["乙路"], ["68个项目中"], ["68个项目中", "乙路"]),
]


@pytest.mark.parametrize(("line", "read", "unplaced", "order"), SAME_LINE)
def test_rows_on_an_items_line_go_by_their_place(line: str, read: list[str], unplaced: list[str],
                                                  order: list[str]) -> None:
    items = [_item(2, t) for t in read]
    rows = [_item(2, t) for t in unplaced]
    assert [i["task"] for i in merged(items, rows, ["标题", line])] == order


def test_rows_on_an_items_line_without_the_lines_follow_it() -> None:
    """Without the text (or with the rule off) a row goes after the items of its line."""
    items, rows = [_item(2, "乙路")], [_item(2, "甲桥")]
    assert [i["task"] for i in merged(items, rows)] == ["乙路", "甲桥"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(coverage, "IN_LINE_ORDER", False)
        assert [i["task"] for i in merged(items, rows, ["", "甲桥；乙路"])] == ["乙路", "甲桥"]


REPORT = """某县2024年上半年重点项目进展情况
发布时间：2024-07-05 来源：县督查室
根据县政府工作安排，县督查室对重点项目进展情况进行了督查，现将有关情况通报如下：
全县安排重点项目50个，年度计划投资80亿元，1-6月完成投资45亿元，完成年度计划的56%。
一、城东污水处理厂：计划投资2亿元，已完成投资1.2亿元，完成年度计划的60%。
二、城西学校：计划投资1亿元，已完成投资0.3亿元，完成年度计划的30%。
三、城南道路：计划投资3亿元，已完成投资1.8亿元，完成年度计划的60%。
"""


def test_a_lead_of_figures_is_a_row_read_with_low_confidence() -> None:
    frame = read_report(REPORT)
    assert frame["task"].tolist() == ["全县安排重点项目50个，年度计划投资80亿元", "城东污水处理厂",
                                      "城西学校", "城南道路"]
    assert frame["read_issue"].tolist() == [UNPLACED, None, None, None]
    assert frame["line"].tolist()[0] == 4
    assert [w for w in frame.attrs["warnings"] if "no reader placed" in w] == [
        "1 passages no reader placed in a cell read as rows of their own, with low confidence "
        "(lines 4)"]


def test_a_row_read_with_low_confidence_is_judged_on_its_figures() -> None:
    import zqmetrics as zq

    frame = zq.assess(zq.extract(read_report(REPORT, period="2024H1")))
    lead = frame.iloc[0]
    assert lead["status"] == "on_track"  # 56% of the year's plan at the half year
    assert frame.iloc[2]["status"] == "lagging"  # 城西学校: 30%


def test_switched_off_the_text_is_read_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coverage, "UNPLACED_ROWS", False)
    frame = read_report(REPORT)
    assert frame["task"].tolist() == ["城东污水处理厂", "城西学校", "城南道路"]
    assert not any("no reader placed" in w for w in frame.attrs["warnings"])


@pytest.mark.parametrize("category", ["furniture", "framing", "page_end"])
def test_every_word_has_an_example(category: str) -> None:
    examples = "\n".join([x for x, _ in FURNITURE] + [x for x, _ in PAGE_END]
                         + [x for x, _ in FRAMING])
    missing = [w for w in layout_words(category) if w not in examples]
    assert missing == []
