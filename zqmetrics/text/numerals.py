"""Numerals to exact Decimals: Arabic (1,500 / 26.07), Chinese (一千四百一十, 两万, 三点五) and mixed
forms with a magnitude (1.8亿, 2万, 千亿).

Decimal all the way: ``16.4亿`` is 1640000000 exactly (float arithmetic gives 1639999999.9999998,
the bug cn2an shows). The character table is data (``data/numerals.tsv``).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from zqmetrics.text.lazy import lazy_regex
from zqmetrics.text.lexicon import derived, rows


@derived
def table() -> dict[str, tuple[int, str]]:
    """Numeral character → (value, role) where role is digit, unit or magnitude."""
    return {ch: (int(value), role) for ch, value, role in rows("numerals.tsv", 3)}


@derived
def capitals() -> frozenset[str]:
    """The financial (capital) forms, 壹 … 仟: a lone one is a word (拾起, 陆家嘴), not a number."""
    return frozenset(ch for ch, _, _, form in rows("numerals.tsv", 4) if form == "capital")


@derived
def characters() -> str:
    """Every numeral character, for building character classes."""
    return "".join(table())


def parse_chinese(text: str) -> Decimal | None:
    """Value of a Chinese numeral, or None if ``text`` is not one.

    >>> parse_chinese("一千四百一十"), parse_chinese("两万"), parse_chinese("十五")
    (Decimal('1410'), Decimal('20000'), Decimal('15'))
    >>> parse_chinese("一亿二千万"), parse_chinese("三点五"), parse_chinese("二〇二五")
    (Decimal('120000000'), Decimal('3.5'), Decimal('2025'))

    A last digit right after 百, 千, 万 or 亿 is spoken shorthand for the next place down
    (一万三 is 13000, 两千六 is 2600); with 零 between it is itself (一万零三 is 10003).

    >>> parse_chinese("一万三"), parse_chinese("两千六"), parse_chinese("一万零三")
    (Decimal('13000'), Decimal('2600'), Decimal('10003'))
    """
    if not text:
        return None
    whole, sep, frac = text.partition("点")
    value = _chinese_integer(whole) if whole else Decimal(0)
    if value is None:
        return None
    if sep:
        scale = Decimal(1)
        while frac and table().get(frac[-1], (0, ""))[1] == "magnitude":
            scale *= table()[frac[-1]][0]  # 三点五亿: the magnitude scales the whole decimal
            frac = frac[:-1]
        digits = _digit_string(frac)
        if digits is None or not frac:
            return None
        value = (value + Decimal("0." + digits)) * scale
    return value


def _digit_string(text: str) -> str | None:
    """``二〇二五`` → ``'2025'``: digits read one by one, no place values."""
    t = table()
    out = []
    for ch in text:
        entry = t.get(ch)
        if entry is None or entry[1] != "digit":
            return None
        out.append(str(entry[0]))
    return "".join(out)


def _chinese_integer(text: str) -> Decimal | None:
    t = table()
    if all(t.get(ch, (0, ""))[1] == "magnitude" for ch in text):
        value = 1  # a bare magnitude: 万 is ten thousand, 万亿 a trillion
        for ch in text:
            value *= t[ch][0]
        return Decimal(value)
    if all(t.get(ch, (0, ""))[1] == "digit" for ch in text):
        # A run of bare digits is positional (二〇二五); a single digit is itself.
        digits = _digit_string(text)
        return Decimal(digits) if digits else None
    total = 0  # everything closed by 亿
    section = 0  # the part closed by 万, below the last 亿
    group = 0  # below ten thousand
    digit: int | None = None
    place = 0  # the place character right before the current digit (0 when none, or 零 between)
    previous = 0
    for ch in text:
        entry = t.get(ch)
        if entry is None:
            return None
        value, role = entry
        if role == "digit":
            if digit is not None and digit != 0 and value != 0:
                return None  # two digits in a row inside a place-value numeral: 十五五
            place = previous
            digit = value if value != 0 or digit is None else digit
        elif role == "unit":
            group += (digit if digit else 1) * value
            digit = None
        else:  # magnitude
            group += digit or 0
            digit = None
            if value == 100_000_000:
                total = (total + section + group) * value
                section = 0
            else:
                # 万 closes what stands below it; 万亿 (a magnitude after a magnitude) scales it.
                section = (section + group) * value if group or not section else section * value
            group = 0
        previous = value if role != "digit" else 0
    if digit and place >= 100:
        # Spoken shorthand: the final digit fills the place below (一万三, 两千六, 三百五).
        return Decimal(total + section + group) + Decimal(digit) * place / 10
    group += digit or 0
    return Decimal(total + section + group)


def parse_number(text: str) -> Decimal | None:
    """Value of an Arabic, Chinese or mixed numeral (``1,500``, ``1.8亿``, ``两万``, ``千亿``).

    >>> parse_number("1,500"), parse_number("26.07亿"), parse_number("16.4亿"), parse_number("千亿")
    (Decimal('1500'), Decimal('2607000000.00'), Decimal('1640000000.0'), Decimal('100000000000'))
    >>> parse_number("3万4000"), parse_number("1亿2000万"), parse_number("1万2千")
    (Decimal('34000'), Decimal('120000000'), Decimal('12000'))
    """
    if not text:
        return None
    if text.isdigit() and text.isascii():
        return Decimal(text)  # the common case (12, 2025), without the walk below
    i = 0
    while i < len(text) and (text[i].isascii() and (text[i].isdigit() or text[i] in ".,")):
        i += 1
    if i == 0:
        return parse_chinese(text)
    try:
        base = Decimal(text[:i].replace(",", ""))
    except InvalidOperation:
        return None
    rest = text[i:]
    if not rest:
        return base
    scale = _magnitude_suffix(rest)
    if scale is None:
        return _mixed_groups(text) if _GROUPED.fullmatch(text) else None
    return base * scale


# 3万4000, 1亿2000万, 1万2千: Arabic groups, each closed by a magnitude but the last.
_GROUPED = lazy_regex(r"(?:\d+(?:\.\d+)?[万亿千百]+)+\d+(?:\.\d+)?[万亿千百]*")
_GROUP = lazy_regex(r"(\d+(?:\.\d+)?)([万亿千百]*)")


def _mixed_groups(text: str) -> Decimal | None:
    """The sum of the groups of ``3万4000`` (34000); None unless each group is smaller than the
    place of the group before it (3万40000 is not a number)."""
    total = Decimal(0)
    bound: Decimal | None = None
    for m in _GROUP.finditer(text):
        scale = _magnitude_suffix(m.group(2)) if m.group(2) else Decimal(1)
        if scale is None:
            return None
        value = Decimal(m.group(1)) * scale
        if bound is not None and value >= bound:
            return None
        bound = scale
        total += value
    return total


def _magnitude_suffix(text: str) -> Decimal | None:
    """``万`` → 10⁴, ``亿`` → 10⁸, ``万亿`` → 10¹², ``千万`` → 10⁷; None if not only magnitudes."""
    t = table()
    scale = Decimal(1)
    for ch in text:
        entry = t.get(ch)
        if entry is None or entry[1] == "digit":
            return None
        scale *= entry[0]
    return scale
