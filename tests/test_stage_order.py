"""Stages of a thing built or granted (``stage_rank`` in cues.tsv) and the two alignment rules that
read them, ``stage_order`` and ``stage_match`` (written and left off: docs/statements.md,
"Alignment pass (stages and objects)"). Synthetic rows, one case a line; the rules are switched on
here, as the ablation tries them."""

from __future__ import annotations

import pytest

import zqmetrics.extraction.align as align
import zqmetrics.extraction.stages as stages
from zqmetrics import extract_actuals, extract_targets
from zqmetrics.text.cues import cue_table


@pytest.fixture
def stages_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(align.RULES, "stage_order", True)
    monkeypatch.setitem(align.RULES, "stage_match", True)


# (target text, progress text, the quote of a figure, the target index it measures or None)
ROWS = [
    # a count at an earlier stage than the one its target names measures something else
    ("完成生活污水治理村庄61个。", "61个村庄已全部开工建设,其中44个村庄已完成治理建设。", "61个", None),
    ("年内建成公办幼儿园8所。", "已开工幼儿园6所。", "已开工幼儿园6所", None),
    ("年内建成公办幼儿园8所。", "已动工幼儿园6所。", "已动工幼儿园6所", None),
    ("竣工保障性住房1200套。", "在建保障性住房900套。", "在建保障性住房900套", None),
    ("竣工保障性住房1200套。", "保障性住房正在施工900套。", "保障性住房正在施工900套", None),
    ("认定高新技术企业50家。", "评审高新技术企业30家。", "评审高新技术企业30家", None),
    ("认定高新技术企业50家。", "入围高新技术企业30家。", "入围高新技术企业30家", None),
    ("认定高新技术企业50家。", "公示高新技术企业30家。", "公示高新技术企业30家", None),
    ("获批专项债项目20个。", "立项专项债项目12个。", "立项专项债项目12个", None),
    ("验收农村公路桥梁30座。", "完工农村公路桥梁18座。", "完工农村公路桥梁18座", None),
    ("投用充电桩500个。", "建成充电桩300个。", "建成充电桩300个", None),
    ("交付安置房800套。", "竣工安置房600套。", "竣工安置房600套", None),
    ("投运污水处理厂3座。", "完成污水处理厂2座。", "完成污水处理厂2座", None),
    # negatives: a count at the target's stage or a later one still measures it
    ("新开工改造老旧小区187个。", "已开工改造老旧小区160个。", "已开工改造老旧小区160个", 0),
    ("计划开工改造棚户区1250套。", "开工建设棚户区1005套。", "开工建设棚户区1005套", 0),
    ("复工项目50个。", "已复工项目45个。", "已复工项目45个", 0),
    ("建成公办幼儿园8所。", "已建成并投用公办幼儿园3所。", "已建成并投用公办幼儿园3所", 0),
    ("申报高新技术企业50家。", "认定高新技术企业30家。", "认定高新技术企业30家", 0),
    ("招标项目20个。", "完成招标项目12个。", "完成招标项目12个", 0),
    # negatives: a target that names no stage says nothing of the stage it is counted at
    ("改扩建公办幼儿园150所。", "开工新建、改扩建公办幼儿园195所。", "改扩建公办幼儿园195所", 0),
    ("实施重点项目76个。", "重点项目已开工50个。", "重点项目已开工50个", 0),
    # negatives: money and rates are not counted at a stage
    ("完成投资20亿元。", "开工项目完成投资12亿元。", "开工项目完成投资12亿元", 0),
    ("建成率达到90%。", "开工率达到95%。", "开工率达到95%", 0),  # as without the rules
    # a count at the very stage its row's only target names pairs with it (stage_match)
    ("完成10家示范型居家养老服务照料中心建设。", "已完成设计方案,5家施工中,5家完成建设。", "5家施工中", None),
    ("完成10家示范型居家养老服务照料中心建设。", "已完成设计方案,5家施工中,5家完成建设。", "5家完成建设", 0),
]


@pytest.mark.parametrize(("target", "progress", "quote", "index"), ROWS,
                         ids=[f"{p[:10]}-{q[:6]}" for _, p, q, _ in ROWS])
def test_a_count_measures_a_target_of_its_stage_or_an_earlier_one(
        stages_on: None, target: str, progress: str, quote: str, index: int | None) -> None:
    actuals = extract_actuals(progress, extract_targets(target))
    found = [a for a in actuals if progress[a.quote_start:].startswith(quote)
             or a.quote == quote]
    assert found, [a.quote for a in actuals]
    assert found[0].target_index == index


# (words, the stage they name: the latest)
STAGES = [
    ("申报", 1), ("提报", 1), ("评审", 2), ("入围", 2), ("推荐", 2), ("招标", 2), ("立项", 2),
    ("开工", 3), ("复工", 3), ("动工", 3), ("在建", 3), ("施工", 3), ("开建", 3), ("公示", 3),
    ("完工", 4), ("建成", 4), ("竣工", 4), ("完成", 4), ("认定", 4), ("获批", 4),
    ("验收", 5), ("投用", 5), ("投运", 5), ("交付", 5),
    ("已开工并建成", 4), ("新建、改扩建", None), ("改造老旧小区", None), ("治理", None),
]


@pytest.mark.parametrize(("words", "stage"), STAGES, ids=[w for w, _ in STAGES])
def test_the_stage_words_name(words: str, stage: int | None) -> None:
    assert stages.stage_of(words) == stage


def test_stage_ranks_are_whole_numbers_in_order() -> None:
    ranks = cue_table("stage_rank")
    assert ranks, "stage_rank lines in cues.tsv"
    assert {int(v) for v in ranks.values()} <= {1, 2, 3, 4, 5}
    assert int(ranks["申报"]) < int(ranks["评审"]) < int(ranks["开工"]) < int(ranks["竣工"]) \
        < int(ranks["验收"])


@pytest.mark.parametrize(("rule"), ["stage_order", "stage_match"])
def test_the_stage_rules_are_left_off_as_set(rule: str) -> None:
    # written and left off: one development document moves by its score (docs/statements.md)
    assert align.RULES[rule] is False
    assert rule in align.OFF_AS_SET


def test_pending_none_is_on_as_set() -> None:
    # on since alignment pass 1: three documents of three collections, nothing lower
    # (docs/statements.md, "Alignment pass 1")
    assert align.RULES["pending_none"] is True
    assert "pending_none" not in align.OFF_AS_SET


def test_off_as_set_the_earlier_stage_aligns_as_before() -> None:
    [a, b] = extract_actuals("61个村庄已全部开工建设,其中44个村庄已完成治理建设。",
                             extract_targets("完成生活污水治理村庄61个。"))
    assert a.target_index == 0  # the reading the rule, left off, would change


# (target text, progress text, the quote of a figure, the target index it measures or None), with
# ``pending_none`` on: a count of work not done or not begun measures no target
REMAINING_ROWS = [
    ("开工项目5个。", "开工2个,未开工3个。", "未开工3个", None),
    ("计划上半年开工项目113个。", "已开工103个,10个项目至目前未开工。", "10个", None),
    ("复工项目5个。", "复工2个,未复工3个。", "未复工3个", None),
    ("开复工项目5个。", "开复工2个,未开复工3个。", "未开复工3个", None),
    ("开工项目5个。", "开工2个,尚未开工3个。", "尚未开工3个", None),
    # what is left (剩余, 下余) was read as no progress before the rule (PENDING in candidates.py)
    ("开工项目5个。", "开工2个,剩余3个。", "剩余3个", None),
    ("开工项目5个。", "开工2个,下余3个。", "下余3个", None),
    # negatives: a target that counts that very state; work under way; the count begun beside it
    ("未开工项目31个。", "目前未开工项目还有25个。", "目前未开工项目还有25个", 0),
    ("实施服务业项目54个。", "上半年正在实施项目56个。", "上半年正在实施项目56个", 0),
    ("开工项目5个。", "开工2个,未开工3个。", "开工2个", 0),
    ("计划上半年开工项目113个。", "已开工103个,10个项目至目前未开工。", "已开工103个", 0),
]


@pytest.mark.parametrize(("target", "progress", "quote", "index"), REMAINING_ROWS,
                         ids=[f"{p[:10]}-{q[:6]}" for _, p, q, _ in REMAINING_ROWS])
def test_a_count_of_work_not_done_measures_no_target(
        monkeypatch: pytest.MonkeyPatch, target: str, progress: str, quote: str,
        index: int | None) -> None:
    monkeypatch.setitem(align.RULES, "pending_none", True)
    actuals = extract_actuals(progress, extract_targets(target))
    found = [a for a in actuals if progress[a.quote_start:].startswith(quote) or a.quote == quote]
    assert found, [a.quote for a in actuals]
    assert found[0].target_index == index
