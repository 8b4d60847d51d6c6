"""``parse_chinese`` and ``parse_number``: example tables, then round-trip properties.

The properties spell generated numbers with a small converter written here (standard 万/亿 sections
and 零 rules, below) and parse them back; cn2an, a dev dependency, is an independent oracle for
integers up to 10^8 in both directions (its spelling, our reading; our spelling, its reading).
Values are compared as ``Decimal`` throughout (STYLE 7).
"""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zqmetrics.text.numerals import parse_chinese, parse_number

# --- Examples ------------------------------------------------------------------------------------

PARSE_CHINESE = [
    # (text, value) — value None means "not a numeral"
    ("一千四百一十", "1410"),
    ("两万", "20000"),
    ("十五", "15"),
    ("十", "10"),
    ("一十", "10"),
    ("十一万", "110000"),
    ("一百零五", "105"),
    ("一千零一十", "1010"),
    ("一万零五百", "10500"),
    ("四十万零三", "400003"),
    ("三万五千", "35000"),
    ("两千三百万", "23000000"),
    ("一亿二千万", "120000000"),
    ("一亿零一", "100000001"),
    ("十亿零一百", "1000000100"),
    ("一万亿", "1e12"),
    ("千亿", "1e11"),
    ("壹万贰仟", "12000"),
    ("玖佰玖拾玖", "999"),
    ("二〇二五", "2025"),
    ("一二三", "123"),
    ("零", "0"),
    ("三点五", "3.5"),
    ("零点零五", "0.05"),
    ("九十五点一六", "95.16"),
    ("三点五亿", "3.5e8"),  # a magnitude after the decimal digits scales the whole number
    ("万", "1e4"),  # a bare magnitude is one of it, as 千亿 is 10^11
    ("亿", "1e8"),
    ("", None),
    ("abc", None),
    ("十五五", None),
    ("三点", None),
    ("一点二点三", None),
    ("二万人", None),
]

PARSE_NUMBER = [
    ("1,500", "1500"),
    ("15501", "15501"),
    ("26.07", "26.07"),
    ("26.07亿", "2607000000"),
    ("16.4亿", "1640000000"),
    ("1.8亿", "180000000"),
    ("0.521亿", "52100000"),
    ("2万", "20000"),
    ("130万", "1300000"),
    ("1806.8452万", "18068452"),
    ("1,806.8452万", "18068452"),
    ("1万亿", "1e12"),
    ("3千万", "3e7"),
    ("千亿", "1e11"),
    ("两万", "20000"),
    ("一千四百一十", "1410"),
    ("", None),
    ("1.2.3", None),
    ("2万人", None),
    ("abc", None),
]


@pytest.mark.parametrize(("text", "value"), PARSE_CHINESE)
def test_parse_chinese(text, value):
    assert parse_chinese(text) == (None if value is None else Decimal(value))


@pytest.mark.parametrize(("text", "value"), PARSE_NUMBER)
def test_parse_number(text, value):
    assert parse_number(text) == (None if value is None else Decimal(value))


def test_16_4_yi_has_no_float_noise():
    # cn2an gives 1639999999.9999998 here; the point of Decimal.
    assert parse_number("16.4亿") == Decimal(1640000000)
    assert isinstance(parse_number("16.4亿"), Decimal)


# --- A small, obviously correct speller -------------------------------------------------------------

DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """0 < n < 10000 → 一千零一十 style: one 零 for each run of inner zeros, none trailing."""
    out: list[str] = []
    pending_zero = False
    for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(DIGITS[digit] + unit)
    return "".join(out)


def _below_yi(n: int) -> str:
    """0 < n < 10^8: [section 万][零][section]."""
    high, low = divmod(n, 10_000)
    text = _section(high) + "万" if high else ""
    if low:
        text += ("零" if high and low < 1000 else "") + _section(low)
    return text


def spell(n: int) -> str:
    """A non-negative integer up to 10^12 in standard Chinese numerals (一万亿 for 10^12)."""
    if n == 0:
        return "零"
    high, low = divmod(n, 100_000_000)
    text = _below_yi(high) + "亿" if high else ""
    if low:
        text += ("零" if high and low < 10_000_000 else "") + _below_yi(low)
    return text[1:] if text.startswith("一十") else text  # 十五, 十万 at the head


def spell_decimal(d: Decimal) -> str:
    """A decimal with up to 2 places: the integer part, then 点 and the digits one by one."""
    whole, _, frac = format(d, "f").partition(".")
    text = spell(int(whole))
    return text + "点" + "".join(DIGITS[int(c)] for c in frac) if frac else text


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "零"),
        (10, "十"),
        (15, "十五"),
        (110, "一百一十"),
        (1010, "一千零一十"),
        (1410, "一千四百一十"),
        (10001, "一万零一"),
        (110000, "十一万"),
        (100010000, "一亿零一万"),
        (100000001, "一亿零一"),
        (1000000100, "十亿零一百"),
        (10**12, "一万亿"),
    ],
)
def test_speller_itself(n, text):
    # The oracle is only as good as its spelling; pin it to hand-checked forms.
    assert spell(n) == text


# --- Properties -------------------------------------------------------------------------------------

_INTEGERS = st.integers(min_value=0, max_value=10**12)
_DECIMALS = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(_INTEGERS)
def test_parse_chinese_reads_back_every_spelled_integer(n):
    assert parse_chinese(spell(n)) == Decimal(n)


@settings(max_examples=200, deadline=None)
@given(_INTEGERS)
def test_parse_chinese_reads_liang_for_two_before_a_place(n):
    """两 for 二 before 千/百/万/亿 (两万, 两千三百) is the everyday spelling."""
    text = spell(n)
    liang = "".join(
        "两" if ch == "二" and nxt in "千百万亿" else ch for ch, nxt in zip(text, text[1:] + " ", strict=False)
    )
    assert parse_chinese(liang) == Decimal(n)


@settings(max_examples=200, deadline=None)
@given(_DECIMALS)
def test_parse_chinese_reads_back_every_spelled_decimal(d):
    assert parse_chinese(spell_decimal(d)) == d


@settings(max_examples=200, deadline=None)
@given(_INTEGERS, st.sampled_from([("万", 4), ("亿", 8)]))
def test_parse_number_reads_mixed_magnitude_spellings_exactly(n, magnitude):
    """n written as (n / 10^k) + 万/亿, e.g. 12300 → '1.23万', reads back to n exactly."""
    suffix, k = magnitude
    text = format(Decimal(n).scaleb(-k).normalize(), "f") + suffix
    assert parse_number(text) == Decimal(n)


@settings(max_examples=200, deadline=None)
@given(_DECIMALS)
def test_parse_number_reads_plain_arabic_decimals(d):
    assert parse_number(format(d, "f")) == d


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**8))
def test_parse_chinese_agrees_with_cn2an_on_our_spelling(n):
    text = spell(n)
    assert parse_chinese(text) == Decimal(cn2an.cn2an(text, "normal"))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**8))
def test_parse_chinese_reads_cn2an_spelling(n):
    assert parse_chinese(cn2an.an2cn(n)) == Decimal(n)
