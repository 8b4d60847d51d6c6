"""Labels, sentence templates and numbers as a person writes them, in Chinese or English.

Every word the deliverables show is data: ``data/labels.tsv`` (status, section and column labels,
sheet names …) and ``data/templates.tsv`` (sentences with ``str.format`` fields), each a line
``key<TAB>zh<TAB>en``. Chinese is the default; ``lang="en"`` gives the same content in English.

Numbers are written the way a supervision office writes them: money in 亿元/万元 (never raw 元),
other large counts in 万 when that is exact to two decimals (2万人, 130万平方米, but 15501人),
completion as a percentage (34.7%), gaps in percentage points. No output shows a raw fraction.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import cache
from typing import Any, Literal

from zqmetrics.read.periods import parse_period
from zqmetrics.text.lexicon import data_text
from zqmetrics.types import RATE_UNITS

Lang = Literal["zh", "en"]
LANGS: tuple[str, ...] = ("zh", "en")
MONEY_UNITS = frozenset({"元"})
_YI, _WAN = Decimal(10) ** 8, Decimal(10) ** 4
_BILLION, _MILLION = Decimal(10) ** 9, Decimal(10) ** 6


def _table(name: str) -> dict[str, tuple[str, str]]:
    """``key -> (zh, en)``. Fields are not stripped: a separator such as ``"; "`` keeps its space."""
    table: dict[str, tuple[str, str]] = {}
    for number, raw in enumerate(data_text(name).splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) != 3:
            raise ValueError(f"{name} line {number}: expected key, zh, en; got {len(fields)} fields")
        key, zh, en = fields
        if key in table:
            raise ValueError(f"{name} line {number}: {key!r} is defined twice")
        table[key] = (zh, en)
    return table


@cache
def labels() -> dict[str, tuple[str, str]]:
    return _table("labels.tsv")


@cache
def templates() -> dict[str, tuple[str, str]]:
    return _table("templates.tsv")


def check_lang(lang: str) -> Lang:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")
    return lang  # type: ignore[return-value]


def label(key: str, lang: str = "zh", default: str | None = None) -> str:
    """The label of ``key`` in ``lang``; ``default`` (or the key itself) when there is none."""
    pair = labels().get(key)
    if pair is None:
        return key if default is None else default
    return pair[LANGS.index(check_lang(lang))]


def fill(key: str, lang: str = "zh", **fields: Any) -> str:
    """The template ``key`` in ``lang`` with its fields filled."""
    try:
        pattern = templates()[key][LANGS.index(check_lang(lang))]
    except KeyError:
        raise KeyError(f"no sentence template {key!r} in templates.tsv") from None
    return pattern.format(**fields)


def joined(parts: list[str], lang: str = "zh", how: str = "clause") -> str:
    return fill(f"join.{how}", lang).join(p for p in parts if p)


def status_label(status: str, severity: str | None = None, lang: str = "zh") -> str:
    """滞后（中度）, 未启动 …; a code this table does not know is shown as it is."""
    text = label(f"status.{status}", lang, default=status)
    if status == "lagging" and severity:
        return fill("status_severity", lang, status=text,
                    severity=label(f"severity.{severity}", lang, default=severity))
    return text


# --- numbers ------------------------------------------------------------------------------------


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return None
    return number if number.is_finite() else None


def rounded_to(d: Decimal, places: int) -> Decimal:
    """``d`` rounded half up to ``places`` decimals, however large (the default context's 28
    digits would refuse a nonsense figure such as 1e25 rather than show it)."""
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, d.adjusted() + places + 2)
        return d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def number(value: Any, places: int = 2, lang: str = "zh") -> str:
    """A plain number: at most ``places`` decimals, trailing zeros dropped; thousands separated in
    English (Chinese documents write 15501 without separators)."""
    d = _decimal(value)
    if d is None:
        return ""
    rounded = rounded_to(d, places)
    if rounded == 0 and d != 0:  # a tiny share of a large scale: keep enough digits to be seen
        rounded = rounded_to(d, 4)
    text = f"{rounded:,f}" if lang == "en" else f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def percent(fraction: Any) -> str:
    """0.3467 → ``34.7%``; nothing for a missing value."""
    d = _decimal(fraction)
    return "" if d is None else f"{rounded_to(d * 100, 1)}%"


def points(fraction: Any) -> str:
    """A gap as percentage points, one decimal: 0.1533 → ``15.3``."""
    d = _decimal(fraction)
    return "" if d is None else f"{rounded_to(abs(d * 100), 1)}"


def money_scale(base: Any, lang: str = "zh") -> tuple[Decimal, str]:
    """The scale and unit word money of this size is written in: 亿元, 万元 or 元."""
    d = _decimal(base) or Decimal(0)
    if lang == "en":
        for scale, word in ((_BILLION, "CNY {} billion"), (_MILLION, "CNY {} million")):
            if abs(d) >= scale:
                return scale, word
        return Decimal(1), "CNY {}"
    for scale, word in ((_YI, "{}亿元"), (_WAN, "{}万元")):
        if abs(d) >= scale:
            return scale, word
    return Decimal(1), "{}元"


def _exact_at(d: Decimal, scale: Decimal) -> bool:
    return abs(d) >= scale and (d / scale) == rounded_to(d / scale, 2)


def unit_text(unit: str, lang: str = "zh") -> str:
    return label(f"unit.{unit}", lang, default=unit) if lang == "en" else unit


def amount(value: Any, unit: str, lang: str = "zh", *, base: Any = None) -> str:
    """A quantity as a person writes it: ``26.07亿元``, ``2万人``, ``15501人``, ``76.6%``.

    Money is scaled by ``base`` (the target it is compared with) so that a figure and its target
    read in the same unit: 完成25.9亿元，年度目标75亿元.
    """
    d = _decimal(value)
    if d is None:
        return ""
    if unit in MONEY_UNITS:
        scale, word = money_scale(base if base is not None else d, lang)
        # An English reader gets one more digit: 26.07亿元 is CNY 2.607 billion.
        return word.format(number(d / scale, 3 if lang == "en" else 2, lang))
    if unit in RATE_UNITS:
        return f"{number(d, 2, lang)}{unit}"
    word = unit_text(unit, lang)
    if lang == "en":
        text = number(d, 2, lang)
        return f"{text} {word}" if word[:1].isalpha() else f"{text}{word}"
    for scale, key in ((_YI, "mag.yi"), (_WAN, "mag.wan")):
        if _exact_at(d, scale):
            return f"{number(d / scale, 2)}{label(key)}{word}"
    return f"{number(d, 2)}{word}"


# --- periods ------------------------------------------------------------------------------------


def period_text(period: Any, lang: str = "zh") -> str:
    """A period label (2025Q2, 2025H1, 2025-05, 2025) written out: 2025年二季度 / Q2 2025."""
    if not isinstance(period, str) or not period:
        return ""
    try:
        p = parse_period(period)
    except Exception:  # an odd label is shown as it is rather than lost
        return period
    if p.kind == "quarter":
        return fill("period_label_Q", lang, year=p.year, index=p.index,
                    quarter=label(f"quarter.{p.index}", lang))
    if p.kind == "half":
        return fill("period_label_H", lang, year=p.year, index=p.index,
                    half=fill(f"half.{p.index}", lang))
    if p.kind == "month":
        return fill("period_label_M", lang, year=p.year, index=p.index)
    return fill("period_label_Y", lang, year=p.year)


def month_text(year: int | None, month: int | None, lang: str = "zh") -> str:
    if year is None or month is None:
        return ""
    return fill("period_label_M", lang, year=year, index=month)
