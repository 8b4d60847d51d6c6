"""Layout variants the development documents do not show: other numbering styles, lead phrases,
separators, labels and table shapes (own words, in the style of the corpus), one row a case."""

from __future__ import annotations

import pytest
from layout_rows import assert_row

from zqmetrics import read_report
from zqmetrics.read.articles import read_article
from zqmetrics.read.bulletin import read_bulletin
from zqmetrics.read.items import layout_words
from zqmetrics.read.named import named_items

MARKDOWN = """2023年1-6月主要指标完成情况
| 序号 | 指标 | 单位 | 年度目标 | 1-6月完成 | 完成率 |
| --- | --- | --- | --- | --- | --- |
| 1 | 粮食播种面积 | 万亩 | 320 | 180 | 56.3% |
| 2 | 新增高标准农田 | 万亩 | 12 | 5.1 | 42.5% |
"""
MERGED_GROUP = """2022年1-9月农业农村重点指标
序号 | 类别 | 指标名称 | 单位 | 全年目标 | 1-9月完成 | 完成率 |
1 | 农田建设 | 新建高标准农田 | 万亩 | 8 | 6.2 | 77.5% |
2 |  | 高效节水灌溉 | 万亩 | 2 | 1.1 | 55% |
3 | 农村环境 | 改造农村户厕 | 万户 | 3 | 2.9 | 96.7% |
4 |  | 生活污水治理村 | 个 | 120 | 70 | 58.3% |
"""
NAMES_UNIT = """2020年1-10月各县区项目开工情况
序号 | 单位 | 年度计划 | 1-10月开工 | 开工率 |
1 | 城关区 | 40 | 33 | 82.5% |
2 | 河西县 | 25 | 15 | 60% |
3 | 南岭县 | 18 | 18 | 100% |
"""
UNNUMBERED_HEADER = """2024年一季度重点任务进展

重点任务

牵头单位

一季度进展情况

1

新增城镇就业1.2万人

县人社局

一季度新增城镇就业3100人。

2

改造提升农贸市场4个

县商务局

已完成2个市场的招标。
"""
BULLETIN_LIST = """关于2023年民生实事项目1-9月进展情况的通报
各项目总体推进顺利。未达到序时进度的有：
①新建城区停车场3处（牵头单位：县城管局）；
②改造农村危桥10座（牵头单位：县交通局）；
③新增托育机构5家（第9件）已完成选址（牵头单位：县卫健委）。
"""
BULLETIN_INLINE = """2022年上半年重点工作督查通报
经督查，进度滞后的工作具体为：新建污水处理厂一座；改造老旧供水管网20公里；建成乡镇综合文化站6个。
"""
ITEMS_LABELLED = """2022年县政府重点工作完成情况
（一）新增城镇就业5000人
进展情况：全年新增城镇就业5320人。
牵头单位：县人社局
（二）建成农村寄宿制学校2所
进展情况：2所学校已交付使用。
牵头单位：县教育局
"""
ITEMS_ENCLOSED = """2021年民生实事完成情况
㈠建成城市书房10个
全年建成城市书房12个，超额完成任务。
㈡改造背街小巷30条
已完成改造27条，3条正在施工。
"""
QUALITATIVE = """关于下半年重点工作的安排
1. 推进城乡供水一体化，完善农村供水管网。
2. 加快建设区域医疗中心，提升县级医院服务能力。
3. 深化营商环境改革，推行证照分离。
"""
# Names then their status (A、B等项目<status>), and a counted status then the names in brackets.
NAMED_BEFORE_STATUS = """2022年1-10月全县重点项目推进情况通报
1-10月，全县45个重点项目总体推进顺利。其中，城东污水处理厂扩建、城南片区（一期、二期）棚户区改造、北环路改造等3个项目进度滞后，请责任单位加快推进。
"""
COUNTED_THEN_NAMES = """2023年三季度民生实事督查情况
截至9月底，20项民生实事中，2项已完成全年任务（老年助餐点建设、公交候车亭改造），其余正常推进。
上季度通报进展缓慢的1项（新建社区卫生服务中心2个），目前已完成主体施工；
"""
# The status said in the sentence before the list word.
LEAD_BEFORE_LIST = """2019年1-9月市级民生实事进展情况
截至9月底，各项目总体有序推进。一是已完成或达到序时进度的项目5个，占比50%。分别为：城区公厕改造、农村学校食堂建设、老年活动中心建设、社区书屋、城市绿道建设。二是有一定进度的项目3个，占比30%。分别为：背街小巷整治、农贸市场提升、乡镇污水管网。
"""
# A sentence opening with a count and a status; the sentences after it on the line are its items.
COUNTED_SENTENCE = """2023年1-6月民生实事项目进展情况
（一）2个项目已提前完成年度目标任务。城西供水厂扩建工程于3月通水；河滨路改造项目已竣工验收。
（二）8个项目推进达到时序进度要求。老城区雨污分流改造完成60%；人民公园提升工程正在铺装。
"""
# A discourse or time opener before a comma (此外，近日，7月9日，) and a topic frame 在…中， frame a
# clause: the task is what follows them.
ARTICLE_ASIDES = """全市民生实事推进情况
7月9日，全市十件民生实事推进会召开。近日，城区智慧停车平台正式上线运行，新增泊位1200个。
此外，新建公办幼儿园8所，目前已建成5所；同时，改造农村公路120公里，已完成96公里。
在已完成的投资中，城市燃气管网改造完成投资3200万元，占目标任务的64%。
"""
TWO_LEVEL_HEADER = """2023年民生实事进度表
序号 | 项目名称 | 年度目标 | 1-8月完成情况 | |
 | | | 完成量 | 完成率 |
1 | 新增城镇就业 | 6000人 | 5000人 | 83% |
2 | 改造棚户区 | 1000户 | 700户 | 70% |
"""
# No header: 序号, then a group column filled on its group's first row, then the tasks. The
# assumed task column (the second) turns out a group, and the tasks are read from the next one.
NO_HEADER_GROUP = """2023年重点项目推进情况
1 | 交通类 | 城北快速路建设 | 已完成路基工程 | 市交通局 |
2 |  | 公交首末站改造 | 已完成主体施工 | 市交通局 |
3 |  | 绿道二期工程 | 正在铺设面层 | 市城管局 |
4 | 民生类 | 社区食堂建设 | 已建成12家 | 市民政局 |
5 |  | 老旧电梯更新 | 已更新80台 | 市住建局 |
6 |  | 口袋公园建设 | 已建成9个 | 市城管局 |
"""

CASES = [
    ("pipe_table", MARKDOWN, "粮食播种面积", {"target_text": "320", "actual_text": "180"}),
    ("pipe_table", MARKDOWN, "新增高标准农田", {"ratio_text": "42.5%"}),
    ("pipe_table", MERGED_GROUP, "新建高标准农田", {"actual_text": "6.2"}),
    ("pipe_table", MERGED_GROUP, "高效节水灌溉", {"target_text": "2", "actual_text": "1.1"}),
    ("pipe_table", MERGED_GROUP, "生活污水治理村", {"unit_text": "个", "actual_text": "70"}),
    ("pipe_table", NAMES_UNIT, "城关区", {"target_text": "40", "ratio_text": "82.5%"}),
    ("pipe_table", NAMES_UNIT, "南岭县", {"actual_text": "18"}),
    ("paragraph_table", UNNUMBERED_HEADER, "新增城镇就业1.2万人",
     {"progress": "一季度新增城镇就业3100人", "seq": "1"}),
    ("paragraph_table", UNNUMBERED_HEADER, "改造提升农贸市场4个",
     {"progress": "已完成2个市场", "seq": "2"}),
    ("bulletin", BULLETIN_LIST, "新建城区停车场3处", {"status_text": "未达到序时进度"}),
    ("bulletin", BULLETIN_LIST, "改造农村危桥10座", {"units": "['县交通局']"}),
    ("bulletin", BULLETIN_LIST, "新增托育机构5家（第9件）", {"progress": "已完成选址"}),
    ("bulletin", BULLETIN_INLINE, "新建污水处理厂一座", {}),
    ("bulletin", BULLETIN_INLINE, "改造老旧供水管网20公里", {}),
    ("bulletin", BULLETIN_INLINE, "建成乡镇综合文化站6个", {}),
    ("bulletin", NAMED_BEFORE_STATUS, "城东污水处理厂扩建", {"status_text": "进度滞后"}),
    ("bulletin", NAMED_BEFORE_STATUS, "城南片区（一期、二期）棚户区改造", {"status_text": "进度滞后"}),
    ("bulletin", NAMED_BEFORE_STATUS, "北环路改造", {"status_text": "进度滞后"}),
    ("bulletin", COUNTED_THEN_NAMES, "老年助餐点建设", {"status_text": "2项已完成"}),
    ("bulletin", COUNTED_THEN_NAMES, "公交候车亭改造", {"status_text": "2项已完成"}),
    ("bulletin", COUNTED_THEN_NAMES, "新建社区卫生服务中心2个",
     {"status_text": "上季度通报进展缓慢的1项", "progress": "目前已完成主体施工"}),
    ("bulletin", LEAD_BEFORE_LIST, "城区公厕改造", {"status_text": "一是已完成或达到序时进度"}),
    ("bulletin", LEAD_BEFORE_LIST, "老年活动中心建设", {"status_text": "一是已完成或达到序时进度"}),
    ("bulletin", LEAD_BEFORE_LIST, "城市绿道建设", {"status_text": "一是已完成或达到序时进度"}),
    ("bulletin", LEAD_BEFORE_LIST, "农贸市场提升", {"status_text": "二是有一定进度"}),
    ("bulletin", COUNTED_SENTENCE, "城西供水厂扩建工程", {"status_text": "2个项目已提前完成"}),
    ("bulletin", COUNTED_SENTENCE, "河滨路改造项目", {"progress": "已竣工验收"}),
    ("bulletin", COUNTED_SENTENCE, "老城区雨污分流改造完成60%",
     {"status_text": "8个项目推进达到时序进度要求"}),
    ("bulletin", COUNTED_SENTENCE, "人民公园提升工程正在铺装", {"status_text": "8个项目推进"}),
    ("numbered_items", ITEMS_LABELLED, "新增城镇就业5000人",
     {"progress": "全年新增城镇就业5320人", "units": "['县人社局']"}),
    ("numbered_items", ITEMS_LABELLED, "建成农村寄宿制学校2所",
     {"progress": "2所学校已交付使用", "units": "['县教育局']"}),
    ("numbered_items", ITEMS_ENCLOSED, "建成城市书房10个", {"progress": "全年建成城市书房12个"}),
    ("numbered_items", ITEMS_ENCLOSED, "改造背街小巷30条", {"progress": "已完成改造27条"}),
    ("pipe_table", TWO_LEVEL_HEADER, "新增城镇就业", {"actual_text": "5000人", "ratio_text": "83%"}),
    ("pipe_table", TWO_LEVEL_HEADER, "改造棚户区", {"target_text": "1000户", "actual_text": "700户"}),
    ("pipe_table", NO_HEADER_GROUP, "城北快速路建设", {"seq": "1", "progress": "已完成路基工程"}),
    ("pipe_table", NO_HEADER_GROUP, "老旧电梯更新", {"seq": "5", "progress": "已更新80台"}),
    ("prose", QUALITATIVE, "推进城乡供水一体化", {"seq": "1"}),
    ("prose", QUALITATIVE, "加快建设区域医疗中心", {"seq": "2"}),
    ("prose", QUALITATIVE, "深化营商环境改革", {"seq": "3"}),
]


@pytest.mark.parametrize(("layout", "text", "task", "cells"),
                         [pytest.param(*c, id=f"{c[0]}-{c[2]}") for c in CASES])
def test_variant_row(layout: str, text: str, task: str, cells: dict[str, str]) -> None:
    assert_row(layout, text, task, cells)


def test_generic_reading_says_so() -> None:
    df = read_report(QUALITATIVE)
    assert len(df) == 3
    assert any("layout not recognised" in w for w in df.attrs["warnings"])


def _named_status_words() -> list[str]:
    return list(layout_words("named_status"))


@pytest.mark.parametrize("word", _named_status_words())
def test_named_status_word_closes_a_names_list(word: str) -> None:
    """Lexicon as data: each named_status word, after A、B等项目, makes both names items."""
    found = named_items(f"其中，城西公园建设、老旧小区改造等项目{word}。", 1)
    assert [i["task"] for i in found] == ["城西公园建设", "老旧小区改造"]
    assert found[0]["status"].startswith(word)


@pytest.mark.parametrize("word", list(layout_words("count_lead")))
def test_count_lead_word_opens_a_list_after_a_counted_status(word: str) -> None:
    """Lexicon as data: each count_lead word, after a counted status, opens its items."""
    found = read_bulletin([f"督查发现，进度滞后事项2件，{word}城西公园建设；老旧小区改造。"])
    assert [i["task"] for i in found] == ["城西公园建设", "老旧小区改造"]
    assert "进度滞后事项2件" in found[0]["status"]


def test_a_count_without_a_status_leads_no_list() -> None:
    """A counted clause must state a status: 共办理30件，分别为… is no lead of a status."""
    assert read_bulletin(["今年共办理实事30件。分别为：城西公园建设、老旧小区改造。"]) == []


# The article reading of ARTICLE_ASIDES, one clause per row: (task, progress).
ASIDE_CLAUSES = [
    ("城区智慧停车平台正式上线运行", "新增泊位1200个"),
    ("新建公办幼儿园8所", "目前已建成5所"),
    ("改造农村公路120公里", "已完成96公里"),
    ("城市燃气管网改造", "完成投资3200万元，占目标任务的64%"),
]


@pytest.mark.parametrize(("task", "progress"), ASIDE_CLAUSES, ids=[t for t, _ in ASIDE_CLAUSES])
def test_article_clause_drops_its_opener(task: str, progress: str) -> None:
    """此外，近日，同时，7月9日， and 在…中， frame a clause; the task is what follows them."""
    items = read_article(ARTICLE_ASIDES.split("\n"))
    assert {"task": task, "progress": progress} in [
        {"task": i["task"], "progress": i["progress"]} for i in items]


# One sentence reporting several items, each naming its own subject and what it achieved.
OWN_SUBJECTS = """全市水利建设推进情况
截至9月底，城区防洪堤加固工程完成投资1200万元，占年度计划的80%，农村饮水提升工程完成投资650万元，占年度计划的65%；10个易涝点整治已完成6个，10个积水路段改造已完成4个。
"""
OWN_SUBJECT_ROWS = [
    # The period before the comma dates the figures: it stays in front of the progress.
    ("城区防洪堤加固工程", "完成投资1200万元,占年度计划的80%"),
    ("农村饮水提升工程", "完成投资650万元,占年度计划的65%"),
    ("10个易涝点整治", "已完成6个"),
    ("10个积水路段改造", "已完成4个"),
]


@pytest.mark.parametrize(("task", "progress"), OWN_SUBJECT_ROWS, ids=[t for t, _ in OWN_SUBJECT_ROWS])
def test_a_clause_part_with_its_own_subject_is_an_item(task: str, progress: str) -> None:
    items = read_article(OWN_SUBJECTS.split("\n"))
    got = {i["task"]: i["progress"].replace("，", ",") for i in items}
    assert got.get(task) == progress, got


# A government page's metadata block (rows of one width, no header, no 序号) above a bulletin: the
# block is a table only by its shape, and the text after it holds the report.
METADATA_THEN_BULLETIN = """索引号 | 0001/2023-001 | 生成日期 | 2023-07-02 | 公开日期 | 2023-07-03 |
文件编号 | | 发布机构 | 发展改革局 | 效力状况 | 有效 |
文件下载 | | | | | |
2023年1-6月民生实事项目进展情况
（一）2个项目已提前完成年度目标任务。城西供水厂扩建工程于3月通水；河滨路改造项目已竣工验收。
（二）3个项目推进达到时序进度要求。老城区雨污分流改造完成60%；人民公园提升工程正在铺装；北湖绿道完成80%。
"""


def test_a_metadata_block_does_not_hide_the_report() -> None:
    frame = read_report(METADATA_THEN_BULLETIN)
    assert not any("索引号" in t for t in frame["task"])
    assert len(frame) == 5
    assert any("set aside" in w for w in frame.attrs["warnings"])


def test_a_table_without_header_stands_when_the_text_has_no_more_items() -> None:
    text = "城北快速路建设 | 已完成路基工程 | 市交通局 |\n公交首末站改造 | 已完成主体施工 | 市交通局 |\n" \
           "绿道二期工程 | 正在铺设面层 | 市城管局 |\n"
    frame = read_report(text)
    assert list(frame["task"]) == ["城北快速路建设", "公交首末站改造", "绿道二期工程"]


# A press item's framing before its first clause: the paper's dateline (a bracketed byline, a
# colon), a date, who told the reporter. (paragraph, the first item's task)
PRESS_LEADS = [
    ("记者17日从市发展改革委获悉，截至4月底，200个市重点项目开工131个，完成投资99.3亿元。",
     "200个市重点项目"),
    ("8月5日，记者从市政府常务会议上了解到，全市12项民生实事已完成5项，其余正在推进。",
     "全市12项民生实事"),
    ("22日记者从为民办实事专题会上了解到，城区新建公办幼儿园8所，已建成6所。",
     "城区新建公办幼儿园8所"),
    ("記者從近日召開的市兩會上獲悉，全市新增城鎮就業2.1萬人，完成目標的105%。",
     "全市新增城鎮就業2.1萬人"),
    ("市农民网讯(市农民报记者 张三 文/图)12月26日上午，记者从市政府新闻发布会上获悉，全市农村公路"
     "改造120公里，已完成118公里。", "全市农村公路改造120公里"),
    ("三晋传媒网大同讯：全市改造老旧小区30个，已完工28个。", "全市改造老旧小区30个"),
    # 日前 (a few days ago) before the reporter's source, as 近日 (reader pass 19: nanchang-2023-10).
    ("本报讯(记者 李四)日前，记者从市发改委获悉，全市100个重点项目完成投资52亿元，占年度计划的61%。",
     "全市100个重点项目"),
]


@pytest.mark.parametrize(("text", "task"), PRESS_LEADS, ids=[t[:10] for t, _ in PRESS_LEADS])
def test_a_press_lead_frames_the_first_clause(text: str, task: str) -> None:
    items = read_article(["全市重点工作推进情况", text])
    assert items[0]["task"] == task, items[0]
    assert "记者" not in items[0]["progress"] and "記者" not in items[0]["progress"]


@pytest.mark.parametrize("word", list(layout_words("aside")))
def test_aside_word_frames_a_clause(word: str) -> None:
    """Lexicon as data: each aside word before a comma frames the clause; the task follows it."""
    items = read_article(["全市重点工作推进情况", f"{word}，全市改造老旧小区30个，已完工28个。"])
    assert items[0]["task"] == "全市改造老旧小区30个"


@pytest.mark.parametrize("word", list(layout_words("reported")))
def test_reported_word_closes_a_reporter_source(word: str) -> None:
    """Lexicon as data: each reported word closes the reporter's source (记者从…获悉，)."""
    items = read_article(["全市重点工作推进情况",
                          f"记者从市住建局{word}，全市改造老旧小区30个，已完工28个。"])
    assert items[0]["task"] == "全市改造老旧小区30个"


def test_a_word_ending_in_xun_inside_a_clause_is_no_dateline() -> None:
    items = read_article(["全市重点工作推进情况", "电信通讯网络覆盖工程新建基站120个，已建成96个。"])
    assert items[0]["task"].startswith("电信通讯网络覆盖工程")


# A lead closed by a colon inside a clause: what follows it is the item. (paragraph, task, progress)
LEAD_COLONS = [
    ("截至7月底，全市美丽乡村建设完成情况为：安装太阳能路灯6059盏，完成计划的37.2%；修建文化墙2.5万平米，"
     "完成计划的40.8%。", "安装太阳能路灯6059盏", "完成计划的37.2%"),
    ("此外，基本完成节点计划的项目分别是：城区空气质量改善，完成投资1.2亿元。", "城区空气质量改善",
     "完成投资1.2亿元"),
    ("今年重点工作主要有：新建公办幼儿园8所，已建成6所。", "新建公办幼儿园8所", "已建成6所"),
]


@pytest.mark.parametrize(("text", "task", "progress"), LEAD_COLONS, ids=[t[:10] for t, *_ in LEAD_COLONS])
def test_a_lead_closed_by_a_colon_introduces_the_item(text: str, task: str, progress: str) -> None:
    items = read_article(["全市重点工作推进情况", text])
    assert (items[0]["task"], items[0]["progress"]) == (task, progress)


def test_a_label_colon_is_no_lead() -> None:
    """项目：… names no list lead (项目 is a list_lead word only after a status, 滞后项目：A、B)."""
    items = read_article(["全市重点工作推进情况", "续建项目：计划续建项目107个，完成投资134.94亿元。"])
    assert items[0]["task"].startswith("续建项目")


# The names a lead's list gives, each an item. (paragraph, the items' tasks)
LEAD_LISTS = [
    ("此外，基本完成节点计划的3个项目分别是：城区空气质量改善、公交服务质量提升、农贸市场改造。",
     ["城区空气质量改善", "公交服务质量提升", "农贸市场改造"]),
    ("年初的人代会上，确定了继续推进10件为民实事：中小学食堂扩建工程、城镇新增就业3万人、"
     "农村水利惠民工程。", ["中小学食堂扩建工程", "城镇新增就业3万人", "农村水利惠民工程"]),
]


@pytest.mark.parametrize(("text", "tasks"), LEAD_LISTS, ids=[t[:10] for t, _ in LEAD_LISTS])
def test_the_names_of_a_leads_list_are_items(text: str, tasks: list[str]) -> None:
    # An article reports a figure somewhere: the paragraph before the list gives one.
    items = read_article(["全市重点工作推进情况", "今年全市计划新建公办幼儿园8所，目前已建成投用6所。", text])
    assert [i["task"] for i in items[1:]] == tasks


def test_a_sentence_after_a_lead_is_no_name_list() -> None:
    """A list of names has no comma: after one, the text is a sentence (A、B完成投资…，…)."""
    items = read_article(["全市重点工作推进情况",
                          "重点项目分别是：城西公园、北湖绿道、老城区改造，完成投资3亿元。"])
    assert len(items) == 1 and items[0]["task"].startswith("城西公园")


@pytest.mark.parametrize("word", list(layout_words("achieved")))
def test_achieved_word_opens_the_progress(word: str) -> None:
    """Lexicon as data: each achieved word (完成, 累计, 累計完成 …) ends the clause's subject."""
    items = read_article(["全市重点工作推进情况", f"城区防洪堤加固工程{word}投资1200万元，占年度计划的80%。"])
    assert items[0]["task"] == "城区防洪堤加固工程"
    assert items[0]["progress"].startswith(word)
