"""Find numbers with their units or counters in Chinese text.

``quantities(text)`` is the public entry point: it never raises on text and returns spans into
the text it was given. :func:`find` works on a :class:`~zqmetrics.normalize.Normalized` text and
is what the extraction stages build on.

A quantity is a number *with* a unit or counter: bare numbers (years, phone numbers, codes) are
not quantities, and neither are ordinals (第十五届), codes (13+34, X+2, 5G, M9), dates (6月23日,
1-6月份: 月 and 日 are not units), numbers inside short quoted names (“两张网”, “三名六专”) and the
fixed expressions listed in ``data/nonquantities.tsv``. The example rows that motivate each rule
are in ``tests/test_quantities.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from zqmetrics.text.lexicon import derived, mapping, rows
from zqmetrics.text.normalize import Normalized, normalize
from zqmetrics.text.numerals import characters, parse_number
from zqmetrics.text.numerals import table as numeral_table
from zqmetrics.types import Comparator, Quantity

# Sentence ends for the scope of 力争: a cue covers its own sentence only.
SENTENCE_END = "。;!?\n"


@dataclass(frozen=True, slots=True)
class Found:
    """A quantity in normalised coordinates, before its span is mapped back."""

    amount: Decimal
    amount_max: Decimal | None
    unit: str
    canonical: str
    comparator: Comparator
    start: int  # number start (normalised text)
    end: int  # unit end, including 余/多 between number and unit
    cue_start: int  # start of a before-cue (约, 不低于), else start
    cue_end: int  # end of an after-cue (以上, 左右), else end
    chinese: str  # the Chinese numeral as written, "" for Arabic


@derived
def _comparator_cues() -> dict[str, dict[str, str]]:
    """position → {cue: comparator} from data/comparators.tsv."""
    out: dict[str, dict[str, str]] = {"before": {}, "after": {}, "scope": {}}
    for cue, comparator, position in rows("comparators.tsv", 3):
        out[position][cue] = comparator
    return out


def _alternation(items: list[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w)))


@derived
def _pattern() -> regex.Pattern[str]:
    units = [u for u in mapping("units.tsv") if u != "%"]
    cn = regex.escape(characters())
    after = _alternation(list(_comparator_cues()["after"]))
    number = rf"""
        (?: \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)? | \d+(?:\.\d+)? )   # 1,500 / 26.07 / 15501
        [万亿千百]*                                               # 1.8亿, 2万, 130万
      | [{cn}]+ (?:点[{cn}]+)?                                    # 一千四百一十, 两万, 三点五
    """
    return regex.compile(
        rf"""
        (?:
            (?P<pct_cn>百分之|千分之) (?P<pct_num>{number})        # 百分之六十
          |
            (?P<num>{number})
            (?: (?P<pct1>%)? \s? (?P<dash>[-~至到]) \s? (?P<num2>{number}) )?   # 1-2个, 3%-5%
            \s?(?P<approx>余|多)?                                 # 1500余个, 10多家
            \s?(?P<unit>%|{_alternation(units)})                  # a stray space is tolerated
        )
        (?P<after>{after})?                                       # 200个以上, 1万户以上
        """,
        regex.VERBOSE,
    )


@derived
def _nonquantity_pattern() -> regex.Pattern[str]:
    patterns = [p for (p,) in rows("nonquantities.tsv", 1)]
    return regex.compile("|".join(f"(?:{p})" for p in patterns))


# A short quoted name: a number inside it names a slogan, not a quantity (“两张网”, “三名六专”).
_QUOTED = regex.compile(r"“[^“”]{1,16}”|‘[^‘’]{1,16}’|「[^「」]{1,16}」|\"[^\"\n]{1,16}\"")
# A single-character 过/近 cue is a comparator only when it is not the end of a longer word.
_NOT_CUE_BEFORE = {"过": "通经度越穿跨错路走不超", "近": "最附将邻接", "约": "签预节制公条邀契婚"}


@derived
def _before_cue_ends() -> frozenset[str]:
    return frozenset(cue[-1] for cue in _comparator_cues()["before"])


def _before_cue(text: str, start: int) -> tuple[str, int]:
    """The comparator cue that ends right at ``start`` (longest first), and where it starts."""
    if start == 0 or text[start - 1] not in _before_cue_ends():
        return "", start
    cues = _comparator_cues()["before"]
    for length in (3, 2, 1):
        cue = text[max(0, start - length) : start]
        if len(cue) == length and cue in cues:
            blockers = _NOT_CUE_BEFORE.get(cue, "")
            if blockers and start - length > 0 and text[start - length - 1] in blockers:
                continue
            return cues[cue], start - length
    return "", start


def _scope_cues(text: str) -> list[tuple[int, str]]:
    """Where the scope cues (力争) of a text stand, with the comparator each sets."""
    table = _comparator_cues()["scope"]
    return [(m.start(), table[m.group()]) for m in _scope_pattern().finditer(text)]


@derived
def _scope_pattern() -> regex.Pattern[str]:
    return regex.compile(_alternation(list(_comparator_cues()["scope"])))


def _scope_comparator(text: str, start: int, scopes: list[tuple[int, str]]) -> str:
    """The comparator set by a scope cue (力争) earlier in the same sentence, if any."""
    for pos, comparator in reversed(scopes):
        if pos < start:
            between = text[pos:start]
            return "" if any(ch in between for ch in SENTENCE_END) else comparator
    return ""


@derived
def _cn_chars() -> frozenset[str]:
    return frozenset(characters())


def _is_code_char(ch: str) -> bool:
    """A character that makes the number after it part of a code or an ordinal (M9, 第3, 每千)."""
    return (ch.isascii() and (ch.isalnum() or ch in ".+#/")) or ch in "第每数几"


def table_role(ch: str) -> str:
    entry = numeral_table().get(ch)
    return entry[1] if entry else ""


def _magnitude_only(chinese: str) -> Decimal | None:
    """亿 → 10⁸ for a bare magnitude (过亿元); None for a numeral with digits."""
    if not all(ch in "万亿" for ch in chinese):
        return None
    value = Decimal(1)
    for ch in chinese:
        value *= 100_000_000 if ch == "亿" else 10_000
    return value


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _QUOTED.finditer(text)]
    spans += [m.span() for m in _nonquantity_pattern().finditer(text)]
    return spans


_GROUPS = ("pct_cn", "pct_num", "num", "pct1", "num2", "approx", "unit", "after")


def find(norm: Normalized) -> list[Found]:
    """Every quantity in a normalised text, in order, in normalised coordinates."""
    text = norm.text
    if not text:
        return []
    cn_chars = _cn_chars()
    blocked: list[tuple[int, int]] | None = None
    scopes: list[tuple[int, str]] | None = None
    out: list[Found] = []
    units = mapping("units.tsv")
    after_cues = _comparator_cues()["after"]
    for m in _pattern().finditer(text):
        pct_cn, pct_num, num, pct1, num2, approx, unit, after = m.group(*_GROUPS)
        if pct_cn:
            raw, unit = pct_num, "%" if pct_cn == "百分之" else "‰"
            start, end = m.start(), m.end("pct_num")
            raw2 = None
        else:
            raw = num
            start, end = m.start("num"), m.end("unit")
            raw2 = num2
            if pct1 and unit != "%":
                continue
        chinese = raw if raw and raw[0] in cn_chars else ""
        if chinese:
            if all(ch in "万亿" for ch in chinese):
                # 万人, 亿元 with no digit are not numbers, except a money threshold: 过亿元项目,
                # 亿元以上项目 (one 亿, as the phrase means).
                threshold = unit == "元" and (after or text[max(0, start - 1) : start] in "过超")
                if not threshold or start == 0 and not after:
                    continue
            if chinese == "一":
                continue  # 一 + counter is nearly always idiom (一批, 一户一表, 一件事)
            if len(chinese) > 1 and all(table_role(ch) == "digit" for ch in chinese):
                continue  # digits read one by one (壹壹七项目, 二〇二五) name things
        before = text[max(0, start - 2) : start].rstrip()[-1:]
        if before and _is_code_char(before):
            continue
        if not pct_cn and text[m.end("num") : m.end("num") + 1] == "+":
            continue
        amount = _magnitude_only(chinese) if chinese else None
        amount = amount if amount is not None else parse_number(raw)
        if amount is None:
            continue
        amount_max = parse_number(raw2) if raw2 else None
        if raw2 and (amount_max is None or amount_max <= amount):
            continue  # 5-3个 is not a range we can read
        if blocked is None:
            blocked = _blocked_spans(text)
        if blocked and any(bs < end and start < be for bs, be in blocked):
            continue
        comparator, cue_start = _before_cue(text, start)
        if amount_max is not None:
            comparator = "range"
        elif after:
            comparator = after_cues[after]
        elif approx:
            comparator = "at_least"
        if not comparator:
            if scopes is None:
                scopes = _scope_cues(text)
            comparator = _scope_comparator(text, start, scopes) if scopes else ""
        out.append(
            Found(
                amount=amount,
                amount_max=amount_max,
                unit=unit,
                canonical=units.get(unit, ""),
                comparator=(comparator or "exact"),  # type: ignore[arg-type]
                start=start,
                end=end,
                cue_start=cue_start,
                cue_end=m.end("after") if after else end,
                chinese=chinese,
            )
        )
    return out


def to_quantity(found: Found, norm: Normalized) -> Quantity:
    """A public :class:`Quantity` with its span mapped back onto the original text."""
    start, end = norm.span(found.start, found.end)
    return Quantity(
        amount=found.amount,
        unit=found.unit,
        canonical=found.canonical,
        comparator=found.comparator,
        start=start,
        end=end,
        text=norm.original[start:end],
        amount_max=found.amount_max,
    )


def quantities(text: str) -> list[Quantity]:
    """Every number with a unit or counter in ``text``, in order.

    Never raises on text: anything that is not a string, or holds no quantity, gives ``[]``.

    >>> [(q.value, q.unit, q.comparator) for q in quantities("力争获批60亿元以上")]
    [(6000000000.0, '元', 'at_least')]
    >>> [(q.text, q.start, q.end) for q in quantities("新增城镇就业2万人")]
    [('2万人', 6, 9)]
    """
    if not isinstance(text, str) or not text:
        return []
    norm = normalize(text)
    return [to_quantity(f, norm) for f in find(norm)]
