"""A topic heading before a clause's comma (在…方面，) read as the item's frame (reader pass 19).

The article reader sets such a heading aside (the conventions: a ``在…方面`` lead is a heading,
never the task), but the text readers' competition counted it as text no item holds, so a page of
``在…方面，`` paragraphs without markers went to the paragraph reading, one row a paragraph
(ningxia-2020-fy: 0 of 14 rows; 8 with the heading read as the frame). Seen in one development
document, the switch ``framing.TOPIC_FRAMED`` is off in the package; these cases set it on.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from zqmetrics.read import framing, textitems
from zqmetrics.read.articles import clause_items
from zqmetrics.read.reader import read_report


@pytest.fixture
def framed() -> Iterator[None]:
    saved = framing.TOPIC_FRAMED
    framing.TOPIC_FRAMED = True
    try:
        yield
    finally:
        framing.TOPIC_FRAMED = saved


# A paragraph → the first item's (task, frame)
PARAGRAPHS = [
    ("在促进就业方面,全市城镇新增就业3.1万人,完成目标任务的103%;开展职业技能培训8.2万人次。",
     ("全市城镇新增就业3.1万人", "在促进就业方面,")),
    ("在教育方面，12所幼儿园新建项目全部完成建设。", ("12所幼儿园新建项目全部", "在教育方面，")),
    ("稳定扩大社会就业方面，全区城镇新增就业4200人。", ("全区城镇新增就业4200人", "稳定扩大社会就业方面，")),
]


@pytest.mark.parametrize(("para", "first"), PARAGRAPHS, ids=[p[:8] for p, _ in PARAGRAPHS])
def test_the_heading_is_the_first_items_frame(framed: None, para: str, first: tuple[str, str]) -> None:
    item = clause_items([para])[0]
    assert (item["task"], item.get("frame")) == first


# Paragraphs whose first comma part is no heading: no frame.
NO_HEADING = [
    "全市城镇新增就业3.1万人,完成目标任务的103%。",
    "在建项目185个,完成投资52亿元。",
]


@pytest.mark.parametrize("para", NO_HEADING, ids=[p[:8] for p in NO_HEADING])
def test_no_heading_no_frame(framed: None, para: str) -> None:
    assert all(not i.get("frame") for i in clause_items([para]))


TEXT = ("某市2024年民生实事全面完成\n"
        "2025-01-20 09:30 来源:某市日报\n"
        "  1月20日,记者从市政府办公室获悉,截至2024年底,8个方面的20项民生实事已全面完成。\n"
        "  在促进就业方面,全市城镇新增就业3.1万人,完成目标任务的103%;开展职业技能培训8.2万人次,"
        "完成目标任务的117%;156户零就业家庭实现动态清零。\n"
        "  在教育方面,12所幼儿园新建项目全部完成建设;公办幼儿园在园幼儿占比达到55%,超过预期目标。\n"
        "  在养老方面,新建社区养老服务站30个,完成目标任务的100%;为1.2万名老年人提供上门服务。\n")


def test_a_page_of_topic_paragraphs_is_read_clause_by_clause(framed: None) -> None:
    frame = read_report(TEXT)
    tasks = list(frame["task"])
    assert "开展职业技能培训8.2万人次" in tasks
    assert "公办幼儿园在园幼儿占比达到55%" in tasks
    assert not any(t.startswith("在") and "方面" in t for t in tasks)


def test_switched_off_the_paragraphs_are_rows(framed: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # Reader pass 25: the generic reading no longer sees the dateline line (2025-01-20 09:30 来源:…),
    # whose digits made it the reading taken; with that rule off as well, the paragraphs are rows.
    monkeypatch.setattr(textitems, "GENERIC_FURNITURE", False)
    framing.TOPIC_FRAMED = False
    tasks = list(read_report(TEXT)["task"])
    assert any(t.startswith("在促进就业方面") for t in tasks)


def test_without_the_dateline_the_article_reading_is_taken() -> None:
    # Reader pass 25 (textitems.GENERIC_FURNITURE), with TOPIC_FRAMED off as in the package: the
    # article reading is taken, a clause a row (ningxia-2020-fy: 0 -> 8 of 14 rows).
    tasks = list(read_report(TEXT)["task"])
    assert "开展职业技能培训8.2万人次" in tasks
    assert not any(t.startswith("在促进就业方面") for t in tasks)
