"""A clause without a subject of its own continues the article item before it (reader pass 8).

Progress articles often give an item's figures in one sentence and its ratio in the next
(…完成投资30亿元。累计完成投资…，占年度计划的x%), or name the plan a rate is taken against as if it
were a subject (年度计划完成率为91%). Such a clause is no item: its figures and its ratio belong to
the item before it. A clause opening with a new subject, or naming a task after its verb
(完成农村危房改造1万户), still starts an item. The forms were met in development documents (舟山
2019 1-9月, 宿州 2019 前三季度, 阿拉善 2021 5月, 相城 2023 1-7月, 四川 2023 1-5月, 黑龙江 2020
10月, 辽宁 2021 7月); the rows below are our own words, one a case.
"""

from __future__ import annotations

import pytest

from zqmetrics.read.articles import clause_items
from zqmetrics.read.clauses import continues as continues_item

# (clause, the item before it (task and progress), whether the clause continues it)
CLAUSES = [
    ("完成投资30亿元，完成年计划的15%", "全县计划实施项目50个", True),
    ("累计完成投资4亿元，占安排投资计划70%", "全市水利项目已安排投资6亿元", True),
    ("1至8月，累计完成投资12亿元", "全区安排实施20个民生实事项目", True),
    ("截至9月底，已完成投资8亿元", "全市重点项目30个", True),
    ("年度计划完成率为88%", "80个重点项目完成投资50亿元", True),
    ("年度投资完成率为60%", "城东等12个续建项目加快建设", True),
    ("共完成公益演出120场", "开展文艺公益演出100场", True),
    ("完成农村道路建设300公里，工程进度为40%", "全省有500个农村道路项目已开工", True),
    # A task named after the verb, not the item before it: an item of its own.
    ("完成农村危房改造1万户，为任务的120%", "新增城镇就业6万人", False),
    # A subject of its own.
    ("全市完成投资5亿元", "全区重点项目20个", False),
    ("续建项目40个，完成投资9亿元", "全区重点项目60个", False),
    ("南湖公园完成投资2亿元", "城北水厂完成投资3亿元", False),
    # No achieved word at all.
    ("其中续建项目40个", "全区重点项目60个", False),
]


@pytest.mark.parametrize(("clause", "before", "continues"), CLAUSES, ids=[c[0][:12] for c in CLAUSES])
def test_a_clause_without_a_subject_of_its_own(clause: str, before: str, continues: bool) -> None:
    assert continues_item(clause, before) is continues


# (paragraph, the items read: (task, progress))
PARAGRAPHS = [
    ("今年全县计划实施重点项目50个，年度计划投资90亿元。截至6月底，累计完成投资40亿元，完成年计划的44%。",
     [("今年全县计划实施重点项目50个，年度计划投资90亿元", "截至6月底，累计完成投资40亿元，完成年计划的44%")]),
    ("1-9月，80个市重点项目完成投资50亿元，年度计划完成率为88%，较去年同期提高3个百分点。",
     [("80个市重点项目", "完成投资50亿元，年度计划完成率为88%，较去年同期提高3个百分点")]),
    ("新增城镇就业6万人，为任务的110%；完成农村危房改造1万户，为任务的120%。",
     [("新增城镇就业6万人", "为任务的110%"), ("完成农村危房改造1万户", "为任务的120%")]),
    ("全区重点项目60个，开工45个；续建项目40个，完成投资9亿元。",
     [("全区重点项目60个", "开工45个"), ("续建项目40个", "完成投资9亿元")]),
]


@pytest.mark.parametrize(("paragraph", "items"), PARAGRAPHS, ids=[p[0][:12] for p in PARAGRAPHS])
def test_an_article_reads_the_continued_clause_into_its_item(
        paragraph: str, items: list[tuple[str, str]]) -> None:
    found = clause_items(["全市重点项目建设进展", paragraph])
    assert [(i["task"], i["progress"]) for i in found] == items


def test_a_new_paragraph_starts_anew() -> None:
    # The clause opens the paragraph: nothing of this paragraph comes before it to continue.
    found = clause_items(["全区重点项目60个，开工45个，年度计划投资100亿元。",
                          "累计完成投资40亿元，占年度计划的40%。"])
    assert len(found) == 2


# A later sentence whose subject names an earlier item's counted thing again is that item's
# progress (阿坝 2019 1-4月: 实施重点项目76个…。1-4月，76个重点项目动工60个…; 黑河 2020 5月: 安排百大
# 项目145个…。截至目前，全市145个百大项目开复工92个…); our own words, one a case.
# (paragraphs, the items read: (task, progress))
NAMED_AGAIN = [
    (["全县安排重点项目40个，年度计划投资80亿元。1-5月，40个重点项目开工32个，完成投资30亿元。"],
     [("全县安排重点项目40个，年度计划投资80亿元", "1-5月，40个重点项目开工32个，完成投资30亿元")]),
    (["今年全市纳入省重点项目12个，年度投资30亿元。", "其他项目稳步推进，市里加强项目调度和督查工作。",
      "截至目前，全市12个省重点项目开复工9个，完成投资6亿元。"],
     [("今年全市纳入省重点项目12个", "年度投资30亿元。截至目前，全市12个省重点项目开复工9个，完成投资6亿元"),
      ("其他项目稳步推进", "市里加强项目调度和督查工作")]),
    # Another count of the thing: a subject of its own.
    (["全县安排重点项目40个，年度计划投资80亿元。1-5月，35个重点项目开工建设，完成投资30亿元。"],
     [("全县安排重点项目40个，年度计划投资80亿元", ""), ("35个重点项目开工建设", "完成投资30亿元")]),
    # A mention placing something else in the group (…之一) sets out no item (甘肃 2020 10月).
    (["城北大桥也是今年20个计划新开工项目之一，将于年底通车。1-10月，20个计划新开工项目已开工18个，完成投资9亿元。"],
     [("城北大桥也是今年20个计划新开工项目之一", "将于年底通车"),
      ("20个计划新开工项目", "已开工18个，完成投资9亿元")]),
    # The earlier item reported progress already: the later sentence is a report of its own.
    (["全县40个重点项目完成投资20亿元，占年度计划的25%。1-3月，40个重点项目开工32个，进展加快。"],
     [("全县40个重点项目", "完成投资20亿元，占年度计划的25%"), ("40个重点项目", "开工32个，进展加快")]),
]


@pytest.mark.parametrize(("paragraphs", "items"), NAMED_AGAIN, ids=[p[0][:12] for p, _ in NAMED_AGAIN])
def test_a_subject_naming_an_earlier_item_again_gives_its_progress(
        paragraphs: list[str], items: list[tuple[str, str]]) -> None:
    found = clause_items(["全县重点项目建设进展", *paragraphs])
    assert [(i["task"], i["progress"]) for i in found] == items


def test_dong_gong_is_a_counted_verb() -> None:
    # 动工 (work begun) is 开工 in other words: the subject ends before it (阿坝 2019: 动工60个).
    found = clause_items(["全县重点项目建设进展", "1-5月，全县30个重点项目动工21个，完成投资9亿元。"])
    assert [(i["task"], i["progress"]) for i in found] == [("全县30个重点项目", "动工21个，完成投资9亿元")]


# The plan or measure words just before a rate name the rate, not the subject (四川 2023 1-5月:
# 700個省重點項目年度投資完成率為56.5%; 云南 2025 1-9月: 1775个省级重大项目年度计划投资完成率
# 84.48%): they open the progress. Our own words, one a case: (clause, (task, progress)).
MEASURES = [
    ("1-9月，120个省级重点项目年度计划投资完成率81.5%",
     ("120个省级重点项目", "年度计划投资完成率81.5%")),
    ("30个市州重点项目投资完成率62%，超全省平均水平",
     ("30个市州重点项目", "投资完成率62%，超全省平均水平")),
    ("截至8月底，全市重点项目年度投资完成年度计划的70%",
     ("全市重点项目", "年度投资完成年度计划的70%")),
    # Money achieved, not a rate: the subject keeps its words.
    ("全市水利建设项目完成投资4.8亿元，同比增长12%", ("全市水利建设项目", "完成投资4.8亿元，同比增长12%")),
    # Two characters of subject at least stay.
    ("年度投资完成率为60%，超时序进度10个百分点以上", ("年度投资", "完成率为60%，超时序进度10个百分点以上")),
]


@pytest.mark.parametrize(("clause", "item"), MEASURES, ids=[c[:12] for c, _ in MEASURES])
def test_measure_words_before_a_rate_open_the_progress(clause: str, item: tuple[str, str]) -> None:
    found = clause_items(["全省重点项目建设进展", clause + "。"])
    assert (found[0]["task"], found[0]["progress"]) == item


def test_a_later_part_with_a_rate_of_its_own() -> None:
    found = clause_items(["全省重点项目建设进展",
                          "80个交通项目年度计划投资完成率88%，60个水利项目年度计划投资完成率79%。"])
    assert [(i["task"], i["progress"]) for i in found] == [
        ("80个交通项目", "年度计划投资完成率88%"), ("60个水利项目", "年度计划投资完成率79%")]


# A comma part opening 其中 and a colon, then a counted subject, is a part of the item reported
# as an item of its own (云南 2025 1-9月: …，其中：42个生态环保项目年度计划投资完成率106.11%; 闽侯
# 2023 上半年: …，其中：在建项目185项，总投资…). Our own words: (clause, the items' tasks).
SUB_ITEMS = [
    ("全市50个重点项目年度计划投资完成率80%，其中：12个交通项目年度计划投资完成率91%",
     ["全市50个重点项目", "12个交通项目"]),
    ("全区重点项目共300项，完成投资120亿元，其中：续建项目120项，总投资900亿元，完成投资70亿元",
     ["全区重点项目共300项", "续建项目120项"]),
    # 其中 without a colon, or a colon before no counted subject: part of the item's progress.
    ("全区重点项目共300项，完成投资120亿元，其中续建项目120项，完成投资70亿元", ["全区重点项目共300项"]),
    ("全市造林任务12万亩，已完成11.5万亩，其中：人工造林进展顺利，封山育林稳步推进",
     ["全市造林任务12万亩"]),
]


@pytest.mark.parametrize(("clause", "tasks"), SUB_ITEMS, ids=[c[:12] for c, _ in SUB_ITEMS])
def test_a_counted_part_after_qizhong_and_a_colon(clause: str, tasks: list[str]) -> None:
    found = clause_items(["全市重点项目建设进展", clause + "。"])
    assert [i["task"] for i in found] == tasks
