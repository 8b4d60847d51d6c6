"""The number forms of reports, as data: approximators (多, 余, 数十), words of falling (下降, 负增长),
fractions (三分之一), magnitudes written once for a range (1-3亿元), and the value helpers the
quantity finder uses for them. The words live in ``data/approximators.tsv``, ``directions.tsv`` and
``measures.tsv``; the example rows are in ``tests/test_quantity_forms.py``.
"""

from __future__ import annotations

from decimal import Decimal

from zqmetrics.text.lexicon import derived, rows
from zqmetrics.text.numerals import parse_chinese, parse_number
from zqmetrics.text.numerals import table as numeral_table


@derived
def approximators() -> dict[str, dict[str, tuple[str, Decimal | None, Decimal | None]]]:
    """position → {word: (comparator, low, high)} from data/approximators.tsv."""
    out: dict[str, dict[str, tuple[str, Decimal | None, Decimal | None]]] = {
        "between": {},
        "before": {},
    }
    for word, position, comparator, low, high in rows("approximators.tsv", 5):
        out[position][word] = (
            comparator,
            Decimal(low) if low else None,
            Decimal(high) if high else None,
        )
    return out


@derived
def directions() -> dict[str, tuple[str, ...]]:
    """role → words of data/directions.tsv, longest first."""
    out: dict[str, list[str]] = {
        "down": [],
        "down_noun": [],
        "filler": [],
        "noun_filler": [],
        "neutral": [],
    }
    for word, role in rows("directions.tsv", 2):
        out[role].append(word)
    return {role: tuple(sorted(ws, key=len, reverse=True)) for role, ws in out.items()}


@derived
def direction_ends() -> frozenset[str]:
    return frozenset(w[-1] for ws in directions().values() for w in ws)


def fall_words() -> tuple[str, ...]:
    """The words of data/directions.tsv that state a fall (下降, 减少, 降幅 …), longest first."""
    words = directions()
    return tuple(sorted(words["down"] + words["down_noun"], key=len, reverse=True))


@derived
def measures() -> frozenset[str]:
    """Canonical units that measure rather than count (data/measures.tsv)."""
    return frozenset(name for (name,) in rows("measures.tsv", 1))


DIGIT_CN = "一二两三四五六七八九"


def table_role(ch: str) -> str:
    entry = numeral_table().get(ch)
    return entry[1] if entry else ""


def magnitude_only(chinese: str) -> Decimal | None:
    """亿 → 10⁸ for a bare magnitude (过亿元); None for a numeral with digits."""
    if not all(ch in "万亿" for ch in chinese):
        return None
    value = Decimal(1)
    for ch in chinese:
        value *= 100_000_000 if ch == "亿" else 10_000
    return value


TENTHS = frozenset("123456789一二两三四五六七八九")


def fraction_of(denominator: str, numerator: Decimal) -> tuple[Decimal, str] | None:
    """百分之六十 → 60 %, 千分之三 → 3 ‰, 万分之三 → 0.03 %, 三分之一 → 33.3… %."""
    if denominator == "百":
        return numerator, "%"
    if denominator == "千":
        return numerator, "‰"
    whole = parse_number(denominator)
    if whole is None or whole <= 0 or numerator >= whole:
        return None
    return numerator * 100 / whole, "%"


def trailing_magnitude(raw: str, chinese: bool) -> str:
    """The magnitude a range's upper end carries for both ends: 万 of 8万, 亿 of 3亿, 千 of 5千
    (Arabic only: in 两千 the 千 is the numeral's own place)."""
    marks = "万亿" if chinese else "万亿千百"
    i = len(raw)
    while i > 0 and raw[i - 1] in marks:
        i -= 1
    return raw[i:] if i > 0 else ""


def shared_magnitude(raw: str, raw2: str) -> Decimal:
    """The factor the lower end of ``1-3亿`` or ``5—8万`` takes from the upper end (1 if none)."""
    chinese2 = raw2[0] not in "0123456789"
    suffix = trailing_magnitude(raw2, chinese2)
    if not suffix:
        return Decimal(1)
    if raw[0] in "0123456789":
        if raw[-1] in "万亿千百":
            return Decimal(1)
    elif any(ch in "万亿" for ch in raw):
        return Decimal(1)
    scale = Decimal(1)
    for ch in suffix:
        scale *= numeral_table()[ch][0]
    return scale


def is_fall(text: str, start: int) -> bool:
    """Whether a word of falling (下降, 减少, 负增长) stands right before ``start``, fillers apart."""
    if start == 0 or text[start - 1] not in direction_ends():
        return False  # nearly every number: no word of falling can end right before it
    words = directions()
    for filler in words["noun_filler"]:  # 降幅为2.1%; but 下降为3.5% is a level reached
        if text.endswith(filler, 0, start):
            return any(text.endswith(w, 0, start - len(filler)) for w in words["down_noun"])
    end = start
    for filler in words["filler"]:
        if text.endswith(filler, 0, end):
            end -= len(filler)
            break
    if any(text.endswith(w, 0, end) for w in words["neutral"]):
        return False
    return any(text.endswith(w, 0, end) for w in words["down"] + words["down_noun"])


def vague_amount(raw: str) -> tuple[Decimal, Decimal] | None:
    """数十 → (20, 90), 几百万 → (2000000, 9000000): a range of several round places."""
    comparator, low, high = approximators()["before"][raw[0]]
    place = parse_chinese(raw[1:])
    if low is None or high is None or place is None or not all(
        table_role(ch) in ("unit", "magnitude") for ch in raw[1:]
    ):
        return None
    return place * low, place * high


def digit_value(ch: str) -> Decimal:
    return Decimal(ch) if ch.isdigit() else Decimal(numeral_table()[ch][0])


def is_round(chinese: str) -> bool:
    """千, 万, 百万: a place numeral with no digit, which 上/逾 can round."""
    return all(table_role(ch) in ("unit", "magnitude") for ch in chinese)


def place_below(amount: Decimal) -> Decimal | None:
    """10 → 1, 20 → 1, 300 → 10: the place under the last non-zero digit of a whole number."""
    if amount <= 0 or amount != amount.to_integral_value():
        return None
    n, place = int(amount), 1
    while n % 10 == 0:
        n //= 10
        place *= 10
    return Decimal(place) / 10 if place >= 10 else None
