"""Topic leads (去产能方面，…。去库存方面，…) opening sentences of an item's progress: each a
sub-item after the item (zqmetrics/read/subparts.py TOPIC_PARTS, reader pass 23).

Made-up progress cells in the form of a development document (a numbered heading whose body
reports by field, each field closed by 方面), one case per row, negatives too; docs/reader.md
"Reader pass 23" names the documents. Seen in one development document, the switch is off in the
package; these cases set it on.
"""

from __future__ import annotations

import pytest

from zqmetrics.read import subparts
from zqmetrics.read.subparts import split_topics

# (case, the item's progress, what the item keeps, the sub-items: (frame, task, progress))
CASES = [
    ("two fields, each a sub-item",
     "去产能方面,关停落后产能企业12家,完成年度任务的80%。去库存方面,截至6月底,商品房库存去化周期"
     "15.2个月,比年初减少1.3个月。",
     "",
     [("去产能方面,", "关停落后产能企业", "12家,完成年度任务的80%。"),
      ("去库存方面,截至6月底,", "商品房库存去化周期", "15.2个月,比年初减少1.3个月。")]),
    ("text before the first field stays the item's",
     "上半年总体进展顺利。降成本方面,为企业减负9.6亿元。补短板方面,新建农村公路50公里,"
     "完成年度计划的62%。",
     "上半年总体进展顺利。",
     [("降成本方面,", "为企业减负", "9.6亿元。"),
      ("补短板方面,", "新建农村公路", "50公里,完成年度计划的62%。")]),
    # negatives
    ("one field alone is the item's own account",
     "去产能方面,关停落后产能企业12家,完成年度任务的80%。", None, []),
    ("no field lead", "关停落后产能企业12家,完成年度任务的80%。新建农村公路50公里。", None, []),
    ("方面 inside a sentence is no lead",
     "在多个方面取得进展,关停企业12家。两方面工作均已完成。", None, []),
]


@pytest.fixture(autouse=True)
def _on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subparts, "TOPIC_PARTS", True)


@pytest.mark.parametrize(("progress", "kept", "rows"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_topic_sentences(progress: str, kept: str | None,
                         rows: list[tuple[str, str, str]]) -> None:
    item = {"seq": "一", "task": "以改善供给为主攻方向", "progress": progress, "line": 2}
    out = split_topics([item])
    assert out[0]["progress"] == (progress if kept is None else kept)
    assert [(r["frame"], r["task"], r["progress"]) for r in out[1:]] == rows
    assert all(r["parent_seq"] == "一" for r in out[1:])


def test_switched_off_the_fields_stay_in_the_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subparts, "TOPIC_PARTS", False)
    item = {"seq": "一", "task": "以改善供给为主攻方向", "progress": CASES[0][1], "line": 2}
    assert split_topics([item]) == [item]
