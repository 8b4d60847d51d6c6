"""``normalize()``: fold once, keep a map back to the original (STYLE 6).

Examples first (what each fold does, and quantities found through it with spans on the text the
user sees), then properties: on text mixing full-width digits, NBSP, zero-width characters,
``\\r\\n`` and HTML entities every span maps back into bounds and onto the characters it came
from, and a copy of a report clause obfuscated with full-width characters and zero-width
characters yields the same quantities over the same original characters.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_quantities import ALL_ROWS

from zqmetrics.text.normalize import normalize
from zqmetrics.text.quantity import quantities

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

# --- Examples ---------------------------------------------------------------------------------------

FOLDS = [
    # (original, folded)
    ("新增１，５００人", "新增1,500人"),
    ("同比增长６７．６％", "同比增长67.6%"),
    ("２万\u00a0人", "2万 人"),
    ("2\u200b万\u200d人", "2万人"),
    ("\ufeff新增2万人", "新增2万人"),
    ("第一行\r\n第二行", "第一行\n第二行"),
    ("第一行\r第二行", "第一行\n第二行"),
    ("a&amp;b", "a&b"),
    ("2&nbsp;万人", "2 万人"),
    ("一&#12289;二", "一、二"),
    ("一&#x3001;二", "一、二"),
    ("1&#x2014;2个", "1-2个"),
    ("&bogus;不是实体", "&bogus;不是实体"),
    ("1—2个 1–2个 1−2个", "1-2个 1-2个 1-2个"),
    ("3〜5个", "3~5个"),
    ("新增城鎮就業2萬人", "新增城镇就业2万人"),
    ("发放补贴壹萬貳仟元", "发放补贴壹万贰仟元"),
    ("新增城镇就业2万人", "新增城镇就业2万人"),
    # a mirrored copy's pinyin (jiangmen-2021-03, jianghua-2012-10, enping-2024-11 …) is no text
    ("年度投資計(jì)劃1015億元", "年度投资计划1015亿元"),
    ("占年度考核任務(wù)的82%", "占年度考核任务的82%"),
    ("年度投资计划（jì）", "年度投资计划"),
    # brackets without a tone mark are text
    ("地区生产总值(GDP)", "地区生产总值(GDP)"),
    ("第(a)项", "第(a)项"),
]


@pytest.mark.parametrize(("original", "folded"), FOLDS)
def test_fold(original, folded):
    norm = normalize(original)
    assert norm.text == folded
    assert norm.original == original


THROUGH_NORMALIZE = [
    # (original, [(surface in the original, value, unit)])
    ("新增城镇就业２万人", [("２万人", "2e4", "人")]),
    ("新增城镇就业2\u200b万\u200b人", [("2\u200b万\u200b人", "2e4", "人")]),
    ("\u200b新增城镇就业2万人\u200b", [("2万人", "2e4", "人")]),
    ("新增城镇就业2&#x4E07;人", [("2&#x4E07;人", "2e4", "人")]),
    ("第一行\r\n新增城镇就业2万人\r\n", [("2万人", "2e4", "人")]),
    ("新增城鎮就業2萬人", [("2萬人", "2e4", "人")]),
    ("&lt;b&gt;新增1,500人&lt;/b&gt;", [("1,500人", "1500", "人")]),
    ("充电桩１，５２３个", [("１，５２３个", "1523", "个")]),
    ("新增城镇就业2&#8203;万人", [("2&#8203;万人", "2e4", "人")]),  # decodes to a dropped zero-width space
    ("完成年度計(jì)劃的82%", [("82%", "82", "%")]),
]


@pytest.mark.parametrize(("original", "expected"), THROUGH_NORMALIZE)
def test_quantities_through_normalize(original, expected):
    found = quantities(original)
    assert [(q.text, q.amount, q.unit) for q in found] == [(t, Decimal(v), u) for t, v, u in expected]
    for q in found:
        assert original[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "original",
    [
        "a&#8203;b",  # a zero-width space, dropped
        "a&#xFEFF;b",  # a BOM, dropped
        "a&#13;b",  # a carriage return, folded to a line feed
        "a&#160;b",
        "a&#xFF11;b",
    ],
)
def test_entities_decode_to_clean_text(original):
    text = normalize(original).text
    assert not any(ch in ZERO_WIDTH or ch == "\r" or ch == "\u00a0" for ch in text)
    assert not any("\uff01" <= ch <= "\uff5e" for ch in text)


# --- Properties --------------------------------------------------------------------------------------

_NOISE = [
    "\u00a0", "\u3000", "\u2009", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
    "\r\n", "\r", "\n", "&amp;", "&nbsp;", "&lt;", "&#12289;", "&#x3001;", "&#8203;", "&#13;",
    "&#xFEFF;", "&#xFF11;", "&NotEqualTilde;", "&bogus;", "&", "&#;", "—", "〜",
    "１", "２", "３", "０", "％", "，", "．", "万", "亿", "人", "个", "约", "以上", "萬", "貳",
]
_MIXED = st.lists(st.one_of(st.sampled_from(_NOISE), st.text(max_size=3)), max_size=25).map("".join)


@settings(max_examples=100, deadline=None)
@given(_MIXED)
def test_every_folded_character_maps_back_to_where_it_came_from(original):
    norm = normalize(original)
    previous = 0
    for i, ch in enumerate(norm.text):
        start, end = norm.span(i, i + 1)
        assert 0 <= start < end <= len(original)
        assert start >= previous  # origins never go backwards
        previous = start
        assert ch in normalize(original[start:end]).text


@settings(max_examples=150, deadline=None)
@given(_MIXED, st.data())
def test_every_span_maps_into_bounds(original, data):
    norm = normalize(original)
    n = len(norm.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    o_start, o_end = norm.span(start, end)
    assert 0 <= o_start <= o_end <= len(original)


@settings(max_examples=150, deadline=None)
@given(_MIXED)
def test_folded_text_is_clean(original):
    text = normalize(original).text
    assert not any(ch in ZERO_WIDTH or ch == "\r" or ch == "\u00a0" or ch == "\u3000" for ch in text)
    assert not any("\uff01" <= ch <= "\uff5e" for ch in text)


@settings(max_examples=80, deadline=None)
@given(_MIXED)
def test_quantities_never_raise_on_noisy_text(original):
    for q in quantities(original):
        assert q.text == original[q.start : q.end]
        assert 0 <= q.start < q.end <= len(original)


def _widen(ch: str) -> str:
    return chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch


@settings(max_examples=80, deadline=None)
@given(st.sampled_from([clause for clause, _ in ALL_ROWS]), st.data())
def test_obfuscated_copy_gives_the_same_quantities_over_the_same_characters(clause, data):
    """Full-width ASCII and zero-width characters inserted anywhere change nothing that matters."""
    widen = data.draw(st.lists(st.booleans(), min_size=len(clause), max_size=len(clause)))
    inserts = data.draw(
        st.lists(st.sampled_from(["", "", "", *ZERO_WIDTH]), min_size=len(clause) + 1, max_size=len(clause) + 1)
    )
    pieces: list[str] = []
    where: list[int] = []  # where[i]: index in the copy of clause[i]
    length = 0
    for i, ch in enumerate(clause):
        pieces.append(inserts[i])
        length += len(inserts[i])
        where.append(length)
        pieces.append(_widen(ch) if widen[i] else ch)
        length += 1
    pieces.append(inserts[-1])
    copy = "".join(pieces)

    plain = quantities(clause)
    hidden = quantities(copy)
    assert [(q.amount, q.amount_max, q.unit, q.comparator) for q in hidden] == [
        (q.amount, q.amount_max, q.unit, q.comparator) for q in plain
    ]
    assert [(q.start, q.end) for q in hidden] == [(where[q.start], where[q.end - 1] + 1) for q in plain]
    for q in hidden:
        assert q.text == copy[q.start : q.end]
