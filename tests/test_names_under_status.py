"""Names under one status in an article (reader pass 21): two names closed by 等 or by a stage
word (A、B等重点项目已完工; A、B建成投运), a list ending in two names joined by 和 (A、B和C提前开工
建设; A和B开通运营), a traditional copy read in the one-to-one fold (順利開工建設), the clause after a
list read on (…,D、E顺利通车,F完成土建工程), and the negatives: a counted group with example names and
an amount of length or places (A、B、C等7条城市道路建设完成), two names before a count (A、B等9个项目).

The forms were met in the thirteenth and fourteenth collections (锡林浩特 2025, 江西 2018, 邢台 2016,
天津 2024, 西宁—海东 2024, 吉林 2020); the rows below are our own words, one a case.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from zqmetrics.read import shared
from zqmetrics.read.articles import _names_sharing_tail
from zqmetrics.read.items import layout_words


@pytest.fixture(autouse=True)
def _folded(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # The fold is off in the package (a held-out cost, reader pass 21): its cases set it on.
    monkeypatch.setattr(shared, "FOLDED", True)
    yield


# (clause, the items: (task, progress))
UNDER_ONE_STATUS = [
    ("东湖排涝工程、北城公厕改造等重点项目已完工",
     [("东湖排涝工程", "已完工"), ("北城公厕改造", "已完工")]),
    ("南山光伏电站、西岭风电场建成投运",
     [("南山光伏电站", "建成投运"), ("西岭风电场", "建成投运")]),
    ("河东产业园项目、城西物流中心项目和滨江文化中心项目提前开工建设",
     [("河东产业园项目", "提前开工建设"), ("城西物流中心项目", "提前开工建设"),
      ("滨江文化中心项目", "提前开工建设")]),
    # 及 joins words inside a name: no split there.
    ("城南光学有限公司安防镜头及光学镜片生产项目、城北电厂建成投运",
     [("城南光学有限公司安防镜头及光学镜片生产项目", "建成投运"), ("城北电厂", "建成投运")]),
    # After a short lead with no figure.
    ("截至目前,东湖排涝工程、北城公厕改造已完工",
     [("东湖排涝工程", "已完工"), ("北城公厕改造", "已完工")]),
    ("市域铁路东线和地铁3号线延伸线开通运营",
     [("市域铁路东线", "开通运营"), ("地铁3号线延伸线", "开通运营")]),
    ("东区、西区、北区等项目全速推进",
     [("东区", "全速推进"), ("西区", "全速推进"), ("北区", "全速推进")]),
    ("北湖湿地修复项目、南山防护林项目提速推进中",
     [("北湖湿地修复项目", "提速推进中"), ("南山防护林项目", "提速推进中")]),
    ("老城供水改造、城南道路等重点项目进度已超过90%",
     [("老城供水改造", "进度已超过90%"), ("城南道路", "进度已超过90%")]),
    # A traditional copy, read in the fold.
    ("東區新材料、西區機車配件、南區電纜設備等一批新項目順利開工建設",
     [("東區新材料", "順利開工建設"), ("西區機車配件", "順利開工建設"),
      ("南區電纜設備", "順利開工建設")]),
]

NOT_UNDER_ONE_STATUS = [
    # Examples of a counted amount of length: the group's row (the conventions).
    "东风路、青年路、长江路等7条城市道路建设完成",
    # Two names before 等 and a count: examples of the counted group.
    "城东水厂、城西水厂等9个新项目全部开工建设",
    # Two names with no closing stage word or 等.
    "东区、西区超70%",
    # 和 inside a short name: no two names.
    "水和电开通运营",
    # Names closed by their count (read.counted reads them), not by the stage word.
    "东湖排涝工程、北城公厕改造2个已完工",
]


@pytest.mark.parametrize(("clause", "items"), UNDER_ONE_STATUS,
                         ids=[c[:12] for c, _ in UNDER_ONE_STATUS])
def test_names_under_one_status_are_items(clause: str, items: list[tuple[str, str]]) -> None:
    found = _names_sharing_tail(clause)
    assert [(i["task"], i["progress"]) for i in found] == items


@pytest.mark.parametrize("clause", NOT_UNDER_ONE_STATUS, ids=[c[:12] for c in NOT_UNDER_ONE_STATUS])
def test_not_names_under_one_status(clause: str) -> None:
    assert _names_sharing_tail(clause) == []


def test_two_names_after_a_long_lead_left_when_the_lead_is_not_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Without reader pass 26's LEAD_READ the lead would be in no cell: the list is left.
    monkeypatch.setattr(shared, "LEAD_READ", False)
    assert _names_sharing_tail("城区道路改造完成投资3亿元,东湖排涝工程、北城公厕改造建成投运") == []


def test_the_fold_switched_off_misses_a_traditional_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared, "FOLDED", False)
    assert _names_sharing_tail("東區新材料、西區機車配件、南區電纜設備等一批新項目順利開工建設") == []


def test_the_clause_after_a_list_is_read_on() -> None:
    from zqmetrics.read.articles import split_task

    clause = "东线、西线全速推进,南桥、北桥顺利通车,城西立交完成土建工程"
    assert _names_sharing_tail(clause)[-1][shared.REST] == "城西立交完成土建工程"
    found = _names_sharing_tail(clause, split_task)
    assert [i["task"] for i in found] == ["东线", "西线", "南桥", "北桥", "城西立交"]
    assert found[-1]["progress"] == "完成土建工程"
    assert all(shared.REST not in i for i in found)


def test_an_article_reads_the_clause_after_the_list() -> None:
    from zqmetrics.read.articles import read_article

    items = read_article(["全市重点项目建设进展",
                          "1-9月,全市120个重点项目完成投资300亿元,占年度计划的78%。",
                          "同时,东线、西线全速推进,南桥、北桥顺利通车,城西立交完成土建工程。"])
    tasks = [i["task"] for i in items]
    assert tasks[-5:-1] == ["东线", "西线", "南桥", "北桥"]
    assert tasks[-1].startswith("城西立交")
    assert all(shared.REST not in i for i in items)


def test_the_rest_kept_as_frame_when_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared, "REST_READ", False)
    found = _names_sharing_tail("东线、西线全速推进,城西立交完成土建工程")
    assert [i["task"] for i in found] == ["东线", "西线"]
    assert "城西立交" in found[0]["frame"]


def test_every_stage_word_of_the_lexicon_closes_two_names() -> None:
    """Lexicon as data: each shared_stage word of data/layout_cues.tsv closes a list of two."""
    words = layout_words("shared_stage")
    assert len(words) >= 20
    for word in words:
        found = _names_sharing_tail(f"东湖工程、西湖工程{word}")
        assert [i["task"] for i in found] == ["东湖工程", "西湖工程"], word


def test_names_before_a_bare_deng_read_on_when_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    clause = "截至目前,东湖排涝工程、北城公厕改造等重点项目已完工,城南道路、城北管网等重点项目进度已超过90%"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shared, "LEAD_READ", False)
        # The second list comes after more than a short lead: the clause is read whole.
        assert _names_sharing_tail(clause) == []
    monkeypatch.setattr(shared, "UNCOUNTED_ON", True)
    on = _names_sharing_tail(clause)
    assert [i["task"] for i in on] == ["东湖排涝工程", "北城公厕改造", "城南道路", "城北管网"]
    assert [i["progress"] for i in on] == ["已完工", "已完工", "进度已超过90%", "进度已超过90%"]


# Quoted names run together (shared.QUOTED_RUN): (clause, the items: (task, progress)).
QUOTED = [
    ("“新建城东幼儿园”“改造供水管网10公里”“新增公交线路2条”等3小项已完成",
     [("“新建城东幼儿园”", "已完成"), ("“改造供水管网10公里”", "已完成"), ("“新增公交线路2条”", "已完成")]),
    ("截止目前,“新建城西幼儿园1所,新增学位360个”“新增公交车50辆”等8小项已完成",
     [("“新建城西幼儿园1所,新增学位360个”", "已完成"), ("“新增公交车50辆”", "已完成")]),
    ("其中,“新建日间照料中心”“新设老年助餐点”等项目超额完成30%以上",
     [("“新建日间照料中心”", "超额完成30%以上"), ("“新设老年助餐点”", "超额完成30%以上")]),
]

NOT_QUOTED = [
    # One quote only.
    "“新建城东幼儿园”等项目已完成",
    # No outcome after the group: what the items are praised for.
    "其中,“新增养老床位”“新设老年助餐点”等为老项目受到市民好评",
    # A lead with a figure before the quotes: the lead would be in no cell.
    "全年25项中,“新建城东幼儿园”“新增公交车50辆”等5小项已完成",
]


@pytest.mark.parametrize(("clause", "items"), QUOTED, ids=[c[:12] for c, _ in QUOTED])
def test_quoted_names_are_items(clause: str, items: list[tuple[str, str]]) -> None:
    found = _names_sharing_tail(clause)
    assert [(i["task"], i["progress"]) for i in found] == items


@pytest.mark.parametrize("clause", NOT_QUOTED, ids=[c[:12] for c in NOT_QUOTED])
def test_not_quoted_names(clause: str) -> None:
    assert shared.quoted_names(clause) == []


def test_quoted_names_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared, "QUOTED_RUN", False)
    assert shared.quoted_names("“新建城东幼儿园”“新增公交车50辆”等2小项已完成") == []


def test_the_clause_after_quoted_names_is_read_on() -> None:
    found = shared.quoted_names("“新建城东幼儿园”“新增公交车50辆”等8小项已完成,其余小项顺利推进")
    assert found[-1][shared.REST] == "其余小项顺利推进"
