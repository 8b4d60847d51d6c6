"""Bulletins in the forms other offices write them (reader pass 28).

The items of ten development bulletins (evaluation/bulletin_variants.py), written out again under
status headings numbered four ways or not numbered, as ``、``-lists closed by their count and
status, as a counted status and a colon before the names, with the names in brackets, every group
in one paragraph, and as a table, must read to the same rows with their status. The rules they needed are shown below on lines of our own, one case a row, negatives too.
"""

from __future__ import annotations

import pytest

from evaluation.bulletin_variants import VARIANTS, sources, variant_document
from evaluation.corpus import CorpusScore, score_document
from zqmetrics.read import bulletin, items
from zqmetrics.read.bulletin import read_bulletin

SOURCES = {s.doc.id: s for s in sources()}

_DECIMAL = ("an item numbered 2. or 2、 whose task opens with a figure (2.4座台站…, 2、4座台站…) is "
            "read as the figure 2.4 (or a list 2、4) inside the item before it")
KNOWN = {
    ("xiangtan-2019-10", "headings_dot"): _DECIMAL,
    ("xiangtan-2019-10", "headings_comma"): _DECIMAL,
    ("xiangtan-2019-10", "headings_plain"): _DECIMAL,
    ("putian-chengxiang-2022-08", "counted_list"): "a group of one said as a sentence "
                                                   "(A尚未开工。) after the lists: no lead names it",
    **{("enping-2024-11", v): _DECIMAL for v in ("headings_dot", "headings_comma", "headings_plain")},
    **{("kaifeng-2016-04", v): _DECIMAL for v in ("headings_dot", "headings_comma", "headings_plain")},
    ("enping-2024-11", "counted_list"): "a name holding a clause after a comma (…提高到600元工作,"
                                        "恩平市全年所需撥付資金703.8萬元) in a list closed by its "
                                        "count: the list starts after the comma",
    # Reader pass 31: matter lists numbered 1. 2. under 一、滞后事项清单 as headings_dot is.
    **{(d, "matter_lists"): _DECIMAL for d in ("xiangtan-2019-10", "enping-2024-11",
                                               "kaifeng-2016-04")},
}


def _cases() -> list[object]:
    out = []
    for doc_id in SOURCES:
        for name in VARIANTS:
            marks = ([pytest.mark.xfail(strict=True, reason=KNOWN[(doc_id, name)])]
                     if (doc_id, name) in KNOWN else [])
            out.append(pytest.param(doc_id, name, marks=marks, id=f"{doc_id}-{name}"))
    return out


@pytest.mark.parametrize(("doc_id", "name"), _cases())
def test_a_bulletin_copy_reads_the_same_rows_and_statuses(doc_id: str, name: str) -> None:
    sc = CorpusScore()
    score_document(variant_document(SOURCES[doc_id], name), sc)
    _, rows, gold = sc.rows.rate("dev")
    _, status, judged = sc.status.rate("dev")
    assert (rows, status) == (gold, judged)


def _read(line: str) -> list[tuple[str, str]]:
    return [(i["task"], i["status"]) for i in read_bulletin([line])]


# (a line, the items read from it) one a case.
COUNTED_COLONS = [
    ("进展偏慢的项目有3项：新建学校、改造公园、修建道路。",
     ["新建学校", "改造公园", "修建道路"]),
    ("进展较快的5项：新建学校、改造公园。", ["新建学校", "改造公园"]),
    ("已完成12个：新建学校；改造公园。", ["新建学校", "改造公园"]),
    # Negatives: no status word, no count of items (an amount), the colon inside brackets.
    ("共实施项目20个：新建学校、改造公园。", []),
    ("截至目前，已完成投资3亿元：新建学校、改造公园。", []),
    ("（进展偏慢3项：新建学校）其他", []),
]


@pytest.mark.parametrize(("line", "tasks"), COUNTED_COLONS)
def test_a_counted_status_before_a_colon_leads_its_list(line: str, tasks: list[str]) -> None:
    assert [t for t, _ in _read(line)] == tasks


def test_a_counted_status_before_a_colon_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulletin, "COUNTED_COLON", False)
    assert _read("进展偏慢的项目有3项：新建学校、改造公园、修建道路。") == []


@pytest.mark.parametrize(("line", "tasks"), [
    ("新建学校、改造公园等2项进展偏慢。", ["新建学校", "改造公园"]),
    # Negatives: no status word after the count; the status word inside a clause about a cause.
    ("新建学校、改造公园等20个项目完成投资3亿元。", []),
    ("新建学校、改造公园进展偏慢的原因是资金不足。", []),
])
def test_a_list_closed_by_its_count_and_jinzhan_pianman(line: str, tasks: list[str]) -> None:
    """Lexicon as data: 进展偏慢 (named_status, data/layout_cues.tsv) closes a list of names."""
    assert [t for t, _ in _read(line)] == tasks


@pytest.mark.parametrize(("heading", "status"), [
    ("一、进展偏慢的项目（3项）", "进展偏慢的项目"),
    ("（二）已完成的项目（12项）", "已完成的项目"),
    ("三、尚未开工的项目（1项）", "尚未开工的项目"),
    ("一、新建学校3所", None),  # a task with its figure
])
def test_group_headings_are_on_in_the_package(heading: str, status: str | None) -> None:
    assert items.GROUP_HEADINGS
    assert items.status_title(heading) == status


# (a line, the items read from it and their statuses) one a case.
CLAUSE_LISTS = [
    ("已完成2项，分别是：新建学校、改造公园；进展偏慢1项，分别是：修建道路。",
     [("新建学校", "已完成2项，分别是："), ("改造公园", "已完成2项，分别是："),
      ("修建道路", "进展偏慢1项，分别是：")]),
    ("进展较快2项，分别是：新建学校、改造公园。",
     [("新建学校", "进展较快2项，分别是："), ("改造公园", "进展较快2项，分别是：")]),
    # Negative: one lead, its items set apart by ；: the clauses stay one list.
    ("进展偏慢的项目分别是：新建学校；改造公园；修建道路。",
     [("新建学校", "进展偏慢的项目分别是："), ("改造公园", "进展偏慢的项目分别是："),
      ("修建道路", "进展偏慢的项目分别是：")]),
    # Negative: 分别是 with no status before it.
    ("今年实施的项目分别是：新建学校、改造公园。", []),
]


@pytest.mark.parametrize(("line", "found"), CLAUSE_LISTS)
def test_lists_led_clause_by_clause(line: str, found: list[tuple[str, str]]) -> None:
    assert _read(line) == found


@pytest.mark.parametrize(("switch", "line"), [
    ("CLAUSE_LEADS", "已完成2项，分别是：新建学校、改造公园；进展偏慢1项，分别是：修建道路。"),
    ("NAMED_LEADS", "进展较快2项，分别是：新建学校、改造公园。"),
])
def test_clause_and_named_leads_switched_off(monkeypatch: pytest.MonkeyPatch, switch: str,
                                            line: str) -> None:
    before = _read(line)
    monkeypatch.setattr(bulletin, switch, False)
    assert _read(line) != before


@pytest.mark.parametrize(("line", "heading"), [
    ("进展较快的项目（9项）：", True),
    ("进展偏慢的项目（3项）：", True),
    # Negatives: neither a colon nor a group word closing it; a longer line.
    ("学校建设进展较快", False),
    ("全市重点项目总体进展较快，各地各部门协同推进成效明显：", False),
])
def test_unnumbered_status_headings_with_named_status_words(line: str, heading: bool) -> None:
    assert items.status_heading(line) is heading
