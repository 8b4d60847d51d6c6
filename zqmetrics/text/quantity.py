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

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import regex

from zqmetrics.text.forms import (
    DIGIT_CN,
    TENTHS,
    approximators,
    digit_value,
    fraction_of,
    is_fall,
    is_round,
    magnitude_only,
    measures,
    place_below,
    shared_magnitude,
    table_role,
    vague_amount,
)
from zqmetrics.text.lexicon import derived, derived_per_text, mapping, rows
from zqmetrics.text.normalize import Normalized, folded_only, normalize
from zqmetrics.text.numerals import capitals as numeral_capitals
from zqmetrics.text.numerals import characters, parse_number
from zqmetrics.text.spans import MergedSpans, Scoped
from zqmetrics.text.titles import quoted_title
from zqmetrics.types import Comparator, Quantity

# Switched off only to measure the rule (evaluation/statement_ablation.py): units that open with a
# magnitude character are read whole (65千米 is 65 千米, not 65000 米).
WHOLE_UNITS = True

# Sentence ends for the scope of 力争: a cue covers its own sentence only.
SENTENCE_END = "。;!?\n"
_NO_SCOPES = Scoped([], [])  # the scopes of a text without a scope cue, shared


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
def comparator_cues() -> dict[str, dict[str, str]]:
    """position → {cue: comparator} from data/comparators.tsv (read once; other stages share it)."""
    out: dict[str, dict[str, str]] = {"before": {}, "after": {}, "scope": {}}
    for cue, comparator, position in rows("comparators.tsv", 3):
        out[position][cue] = comparator
    return out


def _alternation(items: list[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w)))


@derived
def _pattern() -> re.Pattern[str]:
    # Compiled by the standard library's engine, which scans this pattern about twice as fast as
    # the regex module (both engines, same leftmost-first matching: tests/test_quantity_engine.py
    # checks that they find the same groups). Lexicon words are escaped, so any lexicon compiles.
    units = [u for u in mapping("units.tsv") if u != "%"]
    cn = regex.escape(characters())
    # A unit that opens with a magnitude character (千米, 千克, 千瓦时, 百分点) is read whole: 65千米
    # is 65 km, never 65 × 千 metres. A magnitude stops before one (1.2万千米 is 1.2万 × 千米).
    whole = [u for u in units if u[0] in "万亿千百"] if WHOLE_UNITS else []
    mag = f"(?:(?!{_alternation(whole)})[万亿千百])" if whole else "[万亿千百]"
    cn_char = f"(?:(?!{_alternation(whole)})[{cn}])" if whole else f"[{cn}]"
    after = _alternation(list(comparator_cues()["after"]))
    between = _alternation(list(approximators()["between"]))
    # 数十, 几百: the approximator is part of the number (上千, 逾万 are cues, read in find()).
    vague = _alternation([w for w, (c, _, _) in approximators()["before"].items() if c == "range"])
    number = rf"""
        (?> \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)? | \d+(?:\.\d+)? )   # 1,500 / 26.07 / 15501 (atomic:
                                                                # no unit starts with a digit)
        {mag}*                                                  # 1.8亿, 2万, 130万
        (?: (?<=[万亿千]) \d+(?:\.\d+)? {mag}* )*                  # 3万4000, 1亿2000万
      | (?:(?:{vague})(?=[十百千万亿]))? {cn_char}+ (?:点{cn_char}+)?   # 一千四百一十, 两万, 数十
    """
    digit = rf"[0-9{DIGIT_CN}]"
    return re.compile(
        rf"""
        (?=[0-9{cn}数几¥￥-])                                       # a fast reject: what can start one
        (?P<yen>[¥￥]\s?)?                                          # ¥500, ￥1,200万
        (?P<pct_cn>[{cn}]++ 分之)?                                  # 百分之六十, 三分之一
        (?P<sign>(?<![0-9A-Za-z.%)\]])-)?                           # 增长-3.8%
        (?P<num>{number}) (?:\(含\))?
        (?(pct_cn) | (?(yen) (?:元)? |                            # those two need no unit
            (?: (?P<pct1>%)? \s? (?P<dash>[-~至到]) \s? (?P<num2>{number}) )?   # 1-2个, 3%-5%
            (?: \s?(?P<approx>{between}) (?P<mag>[万亿千百]*) )?   # 1500余个, 500多亿元, 十几万
            \s?(?P<unit>%|成|{_alternation(units)})               # a stray space is tolerated
            (?: (?<=元) (?P<jiao>{digit}) [角毛] (?: (?P<fen>{digit}) 分(?!钟) )? )?   # 50元6角5分
            (?: (?<=成) (?P<tail>{digit}) )?                      # 九成 is 90%, 八成五 85%
        ))
        (?P<after>{after})?                                       # 200个以上, 1万户以上
        """,
        re.VERBOSE,
    )


@derived
def _word_bounds() -> dict[str, dict[str, str]]:
    """kind (after | before) → word → the characters that make it part of a longer word
    (data/word_bounds.tsv: 成立 is no share, 通过 no comparator)."""
    out: dict[str, dict[str, str]] = {"after": {}, "before": {}}
    for kind, word, chars in rows("word_bounds.tsv", 3):
        out.setdefault(kind, {})[word] = chars
    return out


@derived
def _nonquantity_pattern() -> regex.Pattern[str]:
    patterns = [p for (p,) in rows("nonquantities.tsv", 1)]
    patterns += [regex.escape(normalize(name).text) for (name,) in rows("places.tsv", 1)]
    return regex.compile("|".join(f"(?:{p})" for p in patterns))


# A short quoted name: a number inside it names a slogan, not a quantity (“两张网”, “三名六专”).
# Compiled by re, not regex: the same matches (tests/test_fast_paths.py), a tenth of the cost a call.
_QUOTED = re.compile(r"“[^“”]{1,16}”|‘[^‘’]{1,16}’|「[^「」]{1,16}」|\"[^\"\n]{1,16}\"")


@derived
def _before_cue_ends() -> frozenset[str]:
    return frozenset(cue[-1] for cue in comparator_cues()["before"])


def _before_cue(text: str, start: int) -> tuple[str, int]:
    """The comparator cue that ends right at ``start`` (longest first), and where it starts."""
    if start == 0 or text[start - 1] not in _before_cue_ends():
        return "", start
    cues = comparator_cues()["before"]
    for length in (3, 2, 1):
        cue = text[max(0, start - length) : start]
        if len(cue) == length and cue in cues:
            # A one-character cue is a comparator only when it is not the end of a longer word.
            blockers = _word_bounds()["before"].get(cue, "")
            if blockers and start - length > 0 and text[start - length - 1] in blockers:
                continue
            return cues[cue], start - length
    return "", start


def _scopes(text: str) -> Scoped:
    """Where the scope cues (力争) of a text stand, with the comparator each sets; a sentence end
    closes a cue's scope."""
    if not _scope_pattern().search(text):
        return _NO_SCOPES  # most texts: no cue, and nothing to sort
    table = comparator_cues()["scope"]
    cues = [(m.start(), table[m.group()]) for m in _scope_pattern().finditer(text)]
    ends = [m.start() for m in _sentence_end().finditer(text)]
    return Scoped(cues, ends)


@derived
def _scope_pattern() -> re.Pattern[str]:
    return re.compile(_alternation(list(comparator_cues()["scope"])))


@derived
def _sentence_end() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(SENTENCE_END)}]")


@derived
def _cn_chars() -> frozenset[str]:
    return frozenset(characters())


def _is_code_char(ch: str) -> bool:
    """A character that makes the number after it part of a code or an ordinal (M9, 第3, 每千)."""
    return (ch.isascii() and (ch.isalnum() or ch in ".+#/")) or ch in "第每数几"


def _blocked(text: str) -> MergedSpans:
    """Where no quantity may stand: short quoted names (no quoted title) and fixed expressions."""
    spans = [m.span() for m in _QUOTED.finditer(text) if not quoted_title(m.group())]
    spans += [m.span() for m in _nonquantity_pattern().finditer(text)]
    return MergedSpans(spans)


_GROUPS = ("yen", "pct_cn", "sign", "num", "pct1", "num2", "approx", "mag", "unit", "jiao", "fen",
           "tail", "after")


@derived
def _tables() -> tuple[Any, ...]:
    """What the finder reads, fetched at once; the pattern's groups by number (a name costs a
    lookup a group), not keyed by the pattern (its hash is slow)."""
    return (_cn_chars(), mapping("units.tsv"), comparator_cues()["after"],
            approximators()["between"], approximators()["before"], numeral_capitals(),
            tuple(_pattern().groupindex[name] for name in _GROUPS))


@derived_per_text(1024)
def read_figures(text: str) -> tuple[Normalized, tuple[Found, ...]]:
    """A cell normalised and its quantities (cached: several stages ask whether a cell holds a
    figure before deciding to build its clause model, which then reuses the figures found)."""
    norm = normalize(text)
    return norm, tuple(find(norm))


def has_figure(text: str) -> bool:
    """Whether a cell holds any quantity."""
    return bool(read_figures(text)[1])


def find(norm: Normalized) -> list[Found]:
    """Every quantity in a normalised text, in order, in normalised coordinates."""
    return [Found(*f) for f in _figures(norm.text)]


def _figures(text: str) -> list[tuple[Any, ...]]:
    """What :func:`find` finds, each as the tuple of its ``Found``'s fields (quantities() makes
    public ones from them without a ``Found`` in between: a frozen object costs 1.3 us)."""
    # most cells hold no figure: one search says so, before the tables are fetched; the scan
    # goes on from the first match (a lookbehind still sees the text before it)
    first = _pattern().search(text)
    if first is None:
        return []
    cn_chars, units, after_cues, between, round_cues, capitals, groups = _tables()
    blocked: MergedSpans | None = None
    scopes: Scoped | None = None
    out: list[tuple[Any, ...]] = []
    for m in _pattern().finditer(text, first.start()):
        yen, pct_cn, sign, num, pct1, num2, approx, mag, unit, jiao, fen, tail, after = m.group(
            *groups
        )
        amount_max: Decimal | None = None
        comparator = ""
        raw, raw2 = num, num2
        start = m.start("pct_cn") if pct_cn else m.start("num")
        end = m.start("after") if after else m.end()
        chinese = raw if raw[0] in cn_chars or raw[0] in round_cues and raw[1:2] in cn_chars else ""
        if pct_cn:
            numerator = parse_number(num)
            fraction = fraction_of(pct_cn[:-2], numerator) if numerator is not None else None
            if fraction is None:
                continue
            amount, unit = fraction
            chinese = ""
        elif unit == "成":
            # 九成 is 90%, 八成五 85%: a share in tenths, of one digit (三五成群 is two).
            if len(raw) != 1 or raw not in TENTHS or approx or num2:
                continue
            following = text[end : end + 1]
            if following and following in _word_bounds()["after"].get("成", "") or (
                    raw == "一" and following == "不"):
                continue
            amount = digit_value(raw) * 10 + (digit_value(tail) if tail else 0)
            unit, chinese = "%", ""
        elif yen:
            start = m.start()
            amount_or_none = parse_number(num)
            if amount_or_none is None:
                continue
            amount, unit, chinese = amount_or_none, "元", ""
        else:
            if pct1 and unit != "%":
                continue
            amount = None
        if amount is None:
            if chinese:
                if all(ch in "万亿" for ch in chinese):
                    # 万人, 亿元 with no digit are not numbers, except after a cue (过亿元项目,
                    # 超万人, 亿元以上: one 亿, as the phrase means).
                    cue = text[max(0, start - 1) : start]
                    threshold = cue in "过超近逾上" and start > 0 or unit == "元" and after
                    if not threshold or start == 0 and not after:
                        continue
                if chinese == "一" and not raw2 and units.get(unit, "") not in measures():
                    continue  # 一 + counter is nearly always idiom (一批, 一户一表, 一件事)
                if len(chinese) == 1 and chinese in capitals:
                    continue  # a lone financial numeral is a word: 拾起, 陆家嘴
                if len(chinese) > 1 and all(table_role(ch) == "digit" for ch in chinese):
                    continue  # digits read one by one (壹壹七项目, 二〇二五) name things
            before = text[max(0, start - 2) : start].rstrip()[-1:]
            # 数 makes a Chinese numeral vague or idiom (数一数二); before Arabic digits it ends a
            # noun (参保人数130万人, 开工数305个), and the figure stands.
            if before and _is_code_char(before) and (chinese or before != "数"):
                continue
            if text[m.end("num") : m.end("num") + 1] == "+":
                continue
            if chinese and chinese[0] in round_cues and round_cues[chinese[0]][0] == "range":
                vague = vague_amount(chinese)
                if vague is None:
                    continue
                amount, amount_max = vague
                comparator = "range"
            else:
                amount = magnitude_only(chinese) if chinese else None
                amount = amount if amount is not None else parse_number(raw)
            if amount is None:
                continue
            if raw2:
                high = parse_number(raw2)
                if high is None:
                    continue
                low = amount * shared_magnitude(raw, raw2)
                amount, amount_max = (low, high) if low < high else (amount, high)
                if amount_max <= amount:
                    continue  # 5-3个 is not a range we can read
            if approx:
                scale = parse_number(mag) if mag else Decimal(1)
                comparator, low_add, high_add = between[approx]
                if scale is None or amount_max is not None:
                    continue
                if comparator == "range":
                    # 十几 is 11-19: 1..9 of the place below the number's last one.
                    step = place_below(amount)
                    if step is None or low_add is None or high_add is None:
                        continue
                    amount, amount_max = amount + step * low_add, amount + step * high_add
                    amount_max *= scale
                amount *= scale
            if jiao:
                amount += digit_value(jiao) / 10
                if fen:
                    amount += digit_value(fen) / 100
            if sign:
                start -= 1
        if blocked is None:
            blocked = _blocked(text)
        if blocked and blocked.overlaps(start, end):
            continue
        cue_comparator, cue_start = _before_cue(text, start)
        if not cue_comparator and chinese and is_round(chinese):
            word = text[start - 1 : start] if start else ""
            if word in round_cues and round_cues[word][0] != "range":
                cue_comparator, cue_start = round_cues[word][0], start - 1
        if amount_max is not None:
            comparator = "range"
        elif after:
            comparator = after_cues[after]
        elif not comparator:  # else the approximator's own (500多亿元: at least)
            comparator = cue_comparator
        if not comparator:
            if scopes is None:
                scopes = _scopes(text)
            comparator = scopes.value_at(start) if scopes else ""
        if sign or is_fall(text, cue_start):
            amount, amount_max = (-amount, None) if amount_max is None else (-amount_max, -amount)
        out.append((amount, amount_max, unit, units.get(unit, ""), comparator or "exact",
                    start, end, cue_start, m.end("after") if after else end, chinese))
    return out


def to_quantity(found: Found, norm: Normalized) -> Quantity:
    """A public :class:`Quantity` with its span mapped back onto the original text."""
    start, end = norm.span(found.start, found.end)  # positional: keywords cost a fifth more
    return Quantity(found.amount, found.unit, found.canonical, found.comparator, start, end,
                    norm.original[start:end], found.amount_max)


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
    folded = folded_only(text)
    if folded is None:
        norm = normalize(text)
        return [to_quantity(Found(*f), norm) for f in _figures(norm.text)]
    # the fold was one-to-one: its spans are spans in ``text``, and to_quantity is not needed
    return [Quantity(amount, unit, canonical, comparator, start, end, text[start:end], high)
            for amount, high, unit, canonical, comparator, start, end, *_ in _figures(folded)]
