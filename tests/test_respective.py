"""Figures given 分别 (respectively) to several names: each name an item with its own figures.

Met in two development documents (南安 2019-10: ``A、B分别完成投资x亿元、y亿元，完成年度计划投资的
p%、q%``; 大观区 2024-04: ``A、B、C、D完成率分别为a%、b%、c%、d%`` and, after the counted-names
reading, ``A、B、C等3项完成率分别达…``). Example rows in own words, one row a case: items that are
the form, and items that are not (a count of figures other than the names', no 分别, names that are
clauses).
"""

from __future__ import annotations

import pytest

from zqmetrics.read import respective
from zqmetrics.read.reader import read_report
from zqmetrics.read.respective import split_respective

# (task, progress) of one item → the items it becomes, (task, progress)
ONE_ITEM = [
    (("城东片区、城西片区分别", "完成投资12.5亿元、8.3亿元，完成年度计划的76.2%、61.4%"),
     [("城东片区", "完成投资12.5亿元，完成年度计划的76.2%"),
      ("城西片区", "完成投资8.3亿元，完成年度计划的61.4%")]),
    (("社区食堂建设、老年助餐点建设、托育点建设", "完成率分别为35%、50%、100%"),
     [("社区食堂建设", "完成率为35%"), ("老年助餐点建设", "完成率为50%"),
      ("托育点建设", "完成率为100%")]),
    (("新建公办幼儿园、改扩建中小学", "分别开工5所、12所，其中城区、乡镇各半"),
     [("新建公办幼儿园", "开工5所，其中城区、乡镇各半"),
      ("改扩建中小学", "开工12所，其中城区、乡镇各半")]),
    (("“15分钟健身圈”建设、城市书房(二期)", "分别完成年度任务的60%、45%"),
     [("“15分钟健身圈”建设", "完成年度任务的60%"), ("城市书房(二期)", "完成年度任务的45%")]),
    # A report in traditional characters writes 分別 (開平 2020-08: 交通類、產業類、城建類項目投資完成率
    # 分別為…).
    (("水利類、能源類、市政類項目投資", "完成率分別為48.5%、66.2%、51%"),
     [("水利類", "完成率為48.5%"), ("能源類", "完成率為66.2%"), ("市政類項目投資", "完成率為51%")]),
    (("東區、西區分別", "完成投資3.2億元、2.8億元"),
     [("東區", "完成投資3.2億元"), ("西區", "完成投資2.8億元")]),
    # A name broken by a line-break space (海南 2020-05: 产业、基础设施、 公共服务项目).
    (("教育、卫生、 养老项目", "投资完成率分别达52%、47.5%、60%"),
     [("教育", "投资完成率达52%"), ("卫生", "投资完成率达47.5%"), ("养老项目", "投资完成率达60%")]),
]


@pytest.mark.parametrize(("item", "items"), ONE_ITEM, ids=[i[0][0] for i in ONE_ITEM])
def test_figures_dealt_to_the_names_of_one_item(item: tuple[str, str],
                                               items: list[tuple[str, str]]) -> None:
    got = split_respective([{"task": item[0], "progress": item[1], "line": 4}])
    assert [(i["task"], i["progress"]) for i in got] == items
    assert {i["line"] for i in got} == {4}


# Items left as they are.
NOT_RESPECTIVE = [
    ("城东片区、城西片区、高新区分别", "完成投资12.5亿元、8.3亿元"),  # three names, two figures
    ("第一、二、三产业分别", "完成年度计划的51%、38.6%、44%"),  # elided names: the rule is off
    ("城东片区、城西片区", "完成投资12.5亿元、8.3亿元"),  # no 分别: not said to be theirs
    ("城东片区", "分别完成投资12.5亿元、8.3亿元"),  # one name
    ("城东片区完成投资5亿元，城西片区", "分别增长12%、8%"),  # a part is a clause
    ("城东片区、城西片区分别", "完成投资12.5亿元，增长8%"),  # no list of figures after 分别
]


@pytest.mark.parametrize("item", NOT_RESPECTIVE, ids=[t for t, _ in NOT_RESPECTIVE])
def test_items_that_are_not_dealt_out(item: tuple[str, str]) -> None:
    given = [{"task": item[0], "progress": item[1], "line": 2}]
    assert split_respective(given) == given


def test_a_run_of_items_sharing_figures_given_respectively() -> None:
    shared = "完成率分别达38%、64%、70%"
    items = [{"task": t, "progress": shared, "line": 5} for t in ("法律援助", "送戏下乡", "技能培训")]
    got = split_respective(items)
    assert [i["progress"] for i in got] == ["完成率达38%", "完成率达64%", "完成率达70%"]


def test_a_run_of_another_length_keeps_its_figures() -> None:
    shared = "完成率分别达38%、64%"
    items = [{"task": t, "progress": shared, "line": 5} for t in ("法律援助", "送戏下乡", "技能培训")]
    assert split_respective(items) == items


def test_an_article_clause_reads_one_row_per_name() -> None:
    text = ("某县上半年重点项目建设情况\n"
            "今年以来，全县重点项目建设总体顺利，1-6月累计完成投资45.6亿元，完成年度计划的55.2%。\n"
            "分片区看，城东片区、城西片区分别完成投资12.5亿元、8.3亿元，完成年度计划的76.2%、61.4%。\n")
    frame = read_report(text)
    rows = dict(zip(frame["task"], frame["progress"], strict=True))
    assert rows["城东片区"] == "完成投资12.5亿元，完成年度计划的76.2%"
    assert rows["城西片区"] == "完成投资8.3亿元，完成年度计划的61.4%"



# Reader pass 18 (儋州 2013-08): a name elided to one character (第一、二、三产业) is a name as
# written. Off in the package (one development document); these cases switch it on.
ELIDED = [
    (("第一、二、三产业分别", "完成年度计划的51%、38.6%、44%"),
     [("第一", "完成年度计划的51%"), ("二", "完成年度计划的38.6%"), ("三产业", "完成年度计划的44%")]),
    (("一、二季度分別", "完成投資1.2億元、3.4億元"),
     [("一", "完成投資1.2億元"), ("二季度", "完成投資3.4億元")]),
]


@pytest.mark.parametrize(("item", "items"), ELIDED, ids=[i[0][0] for i in ELIDED])
def test_names_elided_to_one_character(monkeypatch: pytest.MonkeyPatch, item: tuple[str, str],
                                       items: list[tuple[str, str]]) -> None:
    monkeypatch.setattr(respective, "ELIDED_NAMES", True)
    got = split_respective([{"task": item[0], "progress": item[1], "line": 4}])
    assert [(i["task"], i["progress"]) for i in got] == items


def test_no_whole_name_among_one_character_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(respective, "ELIDED_NAMES", True)
    given = [{"task": "东、西、南分别", "progress": "完成投资1亿元、2亿元、3亿元", "line": 2}]
    assert split_respective(given) == given


# The last name and the last figure joined by 和 or 及 (reader pass 19: jiangxi-2018-08's
# `火电、煤炭油气项目分别完成年计划进度100%和96.9%`; the switch respective.AND_JOINED is off in the
# package, one development document). (task, progress) → the items, (task, progress)
AND_JOINED = [
    (("供水、供气项目分别", "完成年度计划的88%和76.5%"),
     [("供水", "完成年度计划的88%"), ("供气项目", "完成年度计划的76.5%")]),
    (("道路、桥梁、排水和照明工程", "分别完成投资2.1亿元、1.4亿元、0.9亿元和0.3亿元"),
     [("道路", "完成投资2.1亿元"), ("桥梁", "完成投资1.4亿元"), ("排水", "完成投资0.9亿元"),
      ("照明工程", "完成投资0.3亿元")]),
    (("新建学校及改建医院", "分别开工12所及5所"),
     [("新建学校", "开工12所"), ("改建医院", "开工5所")]),
    # a name holding 和 in brackets is one name: the 和 outside them joins the last two
    (("城东片区（含老城和新区）和城西片区", "分别完成投资3亿元和2亿元"),
     [("城东片区（含老城和新区）", "完成投资3亿元"), ("城西片区", "完成投资2亿元")]),
]


@pytest.mark.parametrize(("item", "items"), AND_JOINED, ids=[i[0][0] for i in AND_JOINED])
def test_names_and_figures_joined_by_he(monkeypatch: pytest.MonkeyPatch, item: tuple[str, str],
                                        items: list[tuple[str, str]]) -> None:
    monkeypatch.setattr(respective, "AND_JOINED", True)
    got = split_respective([{"task": item[0], "progress": item[1], "line": 4}])
    assert [(i["task"], i["progress"]) for i in got] == items


# Left whole, the switch on: a 和 inside a name when the figures count the names without it; two
# 和 in the last name; off, every list joined by 和 is left.
NOT_AND_JOINED = [
    ("城乡低保和特困供养、临时救助", "分别提高标准8%、10%"),  # two figures: 和 is inside the first name
    ("水运和机场和港口项目", "分别完成60%和70%"),  # two 和 in one name
]


@pytest.mark.parametrize("item", NOT_AND_JOINED, ids=[t for t, _ in NOT_AND_JOINED])
def test_a_he_the_figures_do_not_count(monkeypatch: pytest.MonkeyPatch, item: tuple[str, str]) -> None:
    monkeypatch.setattr(respective, "AND_JOINED", True)
    got = split_respective([{"task": item[0], "progress": item[1], "line": 2}])
    assert [i["task"] for i in got] == (["城乡低保和特困供养", "临时救助"] if "、" in item[0] else [item[0]])


def test_switched_off_a_list_joined_by_he_is_left() -> None:
    given = [{"task": "供水、供气项目分别", "progress": "完成年度计划的88%和76.5%", "line": 1}]
    assert split_respective(given) == given
