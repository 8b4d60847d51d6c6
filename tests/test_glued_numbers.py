"""Item numbers glued to their heading (reader pass 17; 陆丰 2022 ``一开展公办义务教育学位供给保障
行动``): lines opening with 一, 二, 三 … in order, three or more, before a word the numeral does not
form, get the separator back. The item variants (``evaluation.item_variants``, style ``glued``) read
three more development documents written so."""

from __future__ import annotations

import pytest

from zqmetrics import read_report
from zqmetrics.read import glued
from zqmetrics.read.glued import unglue


@pytest.fixture(autouse=True)
def _glued_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # Off in the package until a second development document shows the form.
    monkeypatch.setattr(glued, "GLUED_NUMERALS", True)

# (lines, the lines after unglue); one text a case.
GLUED = [
    (["一开展学位保障行动", "完成投资4.98亿元。", "二开展缓解停车难行动", "新增停车位2.29万个。",
      "三开展医疗救助行动", "救助27.89万人次。"],
     ["一、开展学位保障行动", "完成投资4.98亿元。", "二、开展缓解停车难行动", "新增停车位2.29万个。",
      "三、开展医疗救助行动", "救助27.89万人次。"]),
    (["一新建幼儿园5所", "二改造老旧小区30个", "三新增停车泊位2000个", "四建设口袋公园10个"],
     ["一、新建幼儿园5所", "二、改造老旧小区30个", "三、新增停车泊位2000个", "四、建设口袋公园10个"]),
    (["  一“互联网+教育”示范区", "  二《养老服务条例》实施", "  三城乡低保提标"],
     ["  一、“互联网+教育”示范区", "  二、《养老服务条例》实施", "  三、城乡低保提标"]),
]

# Texts left as they are: numeral words (一批, 二季度, 三是), a run of two, numbers out of order.
NOT_GLUED = [
    ["一批重点项目开工建设", "二季度完成投资30亿元", "三是加快前期工作"],
    ["一新建幼儿园5所", "二改造老旧小区30个", "全市完成投资30亿元"],
    ["二改造老旧小区30个", "一新建幼儿园5所", "三新增停车泊位2000个"],
    ["一、新建幼儿园5所", "二、改造老旧小区30个", "三、新增停车泊位2000个"],
    ["一般公共预算收入增长6.1%", "二〇二二年工作安排", "三个月内完成"],
]


@pytest.mark.parametrize(("lines", "fixed"), GLUED, ids=[x[0][0].strip()[:6] for x in GLUED])
def test_glued_numbers_get_their_separator(lines: list[str], fixed: list[str]) -> None:
    assert unglue(lines) == fixed


@pytest.mark.parametrize("lines", NOT_GLUED, ids=[x[0][:6] for x in NOT_GLUED])
def test_no_glued_numbers(lines: list[str]) -> None:
    assert unglue(lines) == lines


def test_a_glued_report_reads_its_items() -> None:
    text = ("2022年十件民生实事完成情况\n"
            "一开展公办义务教育学位供给保障行动\n全年项目资金支出4.98亿元，完成年初计划的119.64%。\n"
            "二开展缓解停车难行动\n全年项目资金支出4.56亿元，完成年初计划的162.06%。\n"
            "三开展城乡居民医疗保障待遇提升行动\n全年项目资金支出18.13亿元，完成年初计划的100.74%。\n")
    frame = read_report(text)
    assert [str(t)[:6] for t in frame["task"]] == ["开展公办义务", "开展缓解停车", "开展城乡居民"]
    assert all(str(p).startswith("全年项目资金支出") for p in frame["progress"])
