"""Names an article ranks or singles out after 的是 (reader pass 8): an item each.

Met in two development documents (辽宁 2021 7月: 进展最快的是A(70%)，最慢的是B(37.3%)…未开工的是C、D和E;
陕西 2018 上半年: 完成投资最多的依次是A(441.12亿元)、B(299.93亿元)和C(255.05亿元)). The rows below are
our own words, one a case: lists that are such lists, and clauses that are not (的是 closed by a
comma, one name without a figure, parts that are clauses).
"""

from __future__ import annotations

import pytest

from zqmetrics.read.articles import clause_items
from zqmetrics.read.ranked import ranked_names

# (clause, the items: (task, progress))
RANKED = [
    ("分领域看，投资最多的依次是交通工程(120.5亿元)、水利工程(80.2亿元)和城建工程(60亿元)",
     [("交通工程", "投资最多(120.5亿元)"), ("水利工程", "投资最多(80.2亿元)"),
      ("城建工程", "投资最多(60亿元)")]),
    ("其中进展最快的是东区(82%)，最慢的是西区(31.5%)",
     [("东区", "其中进展最快(82%)"), ("西区", "最慢(31.5%)")]),
    ("未开工的是南湖片区、北山片区和老城片区",
     [("南湖片区", "未开工"), ("北山片区", "未开工"), ("老城片区", "未开工")]),
    ("完成年度计划较快的依次为高新区（90.1%）、经开区（85%）",
     [("高新区", "完成年度计划较快（90.1%）"), ("经开区", "完成年度计划较快（85%）")]),
]

NOT_RANKED = [
    "需要指出的是，全市项目总体进展顺利",  # 的是 closed by a comma
    "目前全市进展最快的是城东新区",  # one name without a figure of its own: a sentence
    "值得一提的是全市已完成投资50亿元、开工30个项目",  # parts that are clauses
    "全市重点项目完成投资120亿元",  # no 的是
]


@pytest.mark.parametrize(("clause", "items"), RANKED, ids=[c[:12] for c, _ in RANKED])
def test_names_after_a_criterion_are_items(clause: str, items: list[tuple[str, str]]) -> None:
    assert [(i["task"], i["progress"]) for i in ranked_names(clause)] == items


@pytest.mark.parametrize("clause", NOT_RANKED, ids=[c[:12] for c in NOT_RANKED])
def test_not_a_ranked_list(clause: str) -> None:
    assert ranked_names(clause) == []


def test_the_words_outside_the_lists_frame_the_first_item() -> None:
    found = ranked_names("从各县情况看，进展较慢的是东县(23%)、西县(7%)")
    assert [i.get("frame", "") for i in found] == ["从各县情况看，", ""]


def test_an_article_reads_the_ranked_names() -> None:
    lines = ["全省重点项目建设进展",
             "1-6月，全省300个重点项目完成投资900亿元，占年度计划的52%。",
             "分行业看，完成投资最多的依次是交通工程(220亿元)、水利工程(150亿元)和能源工程(120亿元)。"]
    assert [i["task"] for i in clause_items(lines)][-3:] == ["交通工程", "水利工程", "能源工程"]
