"""Names sharing one outcome in an article's clause (A、B、C均超额完成…; 从各地看：A、B、C超80%; …中，
A、B、C等20多个项目已提前完成…): each name is an item with that outcome as its progress.

The forms were met in development documents of the ninth collection (福建省 2022 1—8月, 厦门 2020
全年) and an older one (三明 三元区 2010 1-8月: A、B、C等26个项目滞后); the rows below are our own
words, one a case: lists that are such lists, and clauses that are not (scopes opening with a
count, a list without an outcome, names before 等 whose clause goes on about the group).
"""

from __future__ import annotations

import pytest

from zqmetrics.read.articles import _names_sharing_tail

# (clause, the items: (task, progress))
SHARED = [
    ("值得一提的是,图书馆、体育馆、文化馆项目均超额完成年度投资计划",
     [("图书馆", "均超额完成年度投资计划"), ("体育馆", "均超额完成年度投资计划"),
      ("文化馆项目", "均超额完成年度投资计划")]),
    ("从各区完成情况看:东区、西区、南区超70%",
     [("东区", "超70%"), ("西区", "超70%"), ("南区", "超70%")]),
    ("分行业看:交通、水利、能源、市政超65%",
     [("交通", "超65%"), ("水利", "超65%"), ("能源", "超65%"), ("市政", "超65%")]),
    ("在投资过亿元的项目中,城东污水处理厂、年产5万吨饲料项目、北环路等12个项目已提前完成年度计划",
     [("城东污水处理厂", "已提前完成年度计划"), ("年产5万吨饲料项目", "已提前完成年度计划"),
      ("北环路", "已提前完成年度计划")]),
    ("城北水厂、南湖公园、老城改造等9个项目滞后",
     [("城北水厂", "滞后"), ("南湖公园", "滞后"), ("老城改造", "滞后")]),
    ("东站、西站、北站都已建成投用",
     [("东站", "都已建成投用"), ("西站", "都已建成投用"), ("北站", "都已建成投用")]),
    # Examples of a counted group whose outcome, said of each, follows the count (reader pass 14:
    # 三明 三元区 2010 …等13个省市重点项目,完成年计划70%以上; 宁夏 2022 …等11个项目进展较快,均已完成…).
    ("城北水厂、南湖公园、老城改造等9个市重点项目,完成年计划80%以上",
     [("城北水厂", "完成年计划80%以上"), ("南湖公园", "完成年计划80%以上"),
      ("老城改造", "完成年计划80%以上")]),
    ("东环路、西环路、南环路等7个项目进展较快,均已完成年度投资目标",
     [("东环路", "进展较快，均已完成年度投资目标"), ("西环路", "进展较快，均已完成年度投资目标"),
      ("南环路", "进展较快，均已完成年度投资目标")]),
]

NOT_SHARED = [
    # Scopes opening with a count (a building programme restated), not names.
    "在教育方面,所有项目、30所幼儿园新建项目、70所中小学扩建项目均已全部完成建设",
    # Examples of a counted group whose clause goes on about the group: the group's row.
    "城北水厂、南湖公园、老城改造等80个重点项目实现新开工,开工率达100%",
    # The group's own outcome after the count, not said of each (no 均, no bar …以上).
    "城北水厂、南湖公园、老城改造等15个重点项目建成投运,发挥效益",
    "城北水厂、南湖公园、老城改造等一批重大工程加快建设进度,投资完成率超过75%",
    # The group's own figures after an outcome said of each.
    "城北水厂、南湖公园、老城改造等9个项目均已开工,累计完成投资12亿元",
    # Names before 等 and a count with no outcome word (a figure is no outcome there).
    "东部、西部、南部等3个工作组推进26项重点任务",
    # No outcome at all.
    "市发改委、市财政局、市住建局都参加了会议",
    # Two names only.
    "东区、西区超70%",
    # Parts that say progress of their own: a clause, not a list of names.
    "东区已完成、西区正在推进、南区均超70%",
]


@pytest.mark.parametrize(("clause", "items"), SHARED, ids=[c[:12] for c, _ in SHARED])
def test_names_sharing_an_outcome_are_items(clause: str, items: list[tuple[str, str]]) -> None:
    found = _names_sharing_tail(clause)
    assert [(i["task"], i["progress"]) for i in found] == items


@pytest.mark.parametrize("clause", NOT_SHARED, ids=[c[:12] for c in NOT_SHARED])
def test_not_names_sharing_an_outcome(clause: str) -> None:
    assert _names_sharing_tail(clause) == []


def test_the_lead_before_the_list_is_the_first_items_frame() -> None:
    found = _names_sharing_tail("从各区完成情况看:东区、西区、南区超70%")
    assert [i["frame"] for i in found] == ["从各区完成情况看:", "", ""]


def test_an_article_reads_the_named_items() -> None:
    from zqmetrics.read.articles import read_article

    lines = ["全市重点项目建设进展",
             "1-9月,全市120个重点项目完成投资300亿元,占年度计划的78%。",
             "从各区完成情况看:东区、西区、南区超80%。"]
    tasks = [i["task"] for i in read_article(lines)]
    assert tasks[-3:] == ["东区", "西区", "南区"]
