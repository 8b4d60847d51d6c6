"""Normalise text once, keeping a map back to the original.

Later stages match against the folded text (ASCII digits and punctuation, simplified characters,
plain spaces, no zero-width characters, HTML entities decoded) but report offsets into the text
the user sees. Most cells need only the one-to-one fold, whose map is the identity; the slow path
that records a map runs only when a character must be dropped or an entity expanded.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from zqmetrics.text.lazy import lazy_regex

# Dropped outright: zero-width space/joiners, BOM, word joiner, soft hyphen.
_DROP = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# An HTML entity left in exported text (&nbsp; &amp; &#12289; &#x3001;).
_ENTITY = lazy_regex(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Copies of PDFs and web pages split a figure: "2 万人", "60\u3000亿元" (the space folded above),
# "1\n2亿元". White space between a digit and a magnitude (万 亿), or a line break between two
# digits that go on to a magnitude or unit, reads as absent.
_SPLIT_FIGURE = lazy_regex(r"(?<=\d)[ \t]*\n?[ \t]*(?=[万亿])|(?<=\d)[ \t]*\n[ \t]*(?=\d+(?:\.\d+)?[万亿])")
# Mirrored copies of some government sites annotate characters with their pinyin (計(jì)劃,
# 任務(wù)): a bracket of latin letters with a tone mark right after a Chinese character is no text.
# Switched off only to measure the rule (evaluation/statement_ablation.py).
PINYIN = True
# The toned vowels of pinyin (ü without a tone is a plain letter of it); read/named.py shares them.
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# The pattern of a gloss, shared with the period reader (read/periods.py), which reads titles
# and opening lines without the normaliser.
PINYIN_GLOSS = rf"(?<=[\u4e00-\u9fff])\([a-zü]{{0,5}}[{TONED}][a-zü]{{0,5}}\)"
_PINYIN = lazy_regex(PINYIN_GLOSS)
# Patterns without the regex module's own syntax are compiled by the standard library's re:
# the same matches (tests/test_fast_paths.py), a faster compile on a cold start and far less
# overhead a call (a search in a short window costs a tenth of regex's), paid per cell.
_SLOW = re.compile(rf"[{_DROP}\r&]|\d[ \t\n]+[万亿\d]|\([a-zü]{{0,5}}[{TONED}]")


@cache
def _fold_table() -> dict[int, str]:
    """One-to-one character folds: full-width ASCII, space and dash variants, traditional forms."""
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ! to ~ map onto ASCII
        table[code] = chr(code - 0xFEE0)
    for ch in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t":
        table[ord(ch)] = " "
    # Dashes: 1—2个 and 1–2个 are ranges like 1-2个; the minus sign is a hyphen for our purposes.
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63":
        table[ord(ch)] = "-"
    for ch in "\u301c\u223c":  # wave dash and tilde operator, as in 3〜5
        table[ord(ch)] = "~"
    table[ord("\u3001")] = "、"  # already canonical; listed so the table documents it
    table.update(_traditional_table())
    return table


@cache
def _traditional_table() -> dict[int, str]:
    """Traditional characters that are never simplified forms, each to its simplified form.

    OpenCC's character table (shipped by ``opencc-python-reimplemented``) is the source. Characters
    that are also valid simplified forms (著, 乾, 於 in some words) are left alone, so a simplified
    report is never changed by this fold.
    """
    # The files are read where the package lies, without importing it (its import costs more
    # than the read on the command line's cold start).
    try:
        from importlib.util import find_spec  # lazy: opencc data is read on first use

        spec = find_spec("opencc")
        if spec is None or not spec.submodule_search_locations:
            return {}
        base = Path(next(iter(spec.submodule_search_locations)), "dictionary")
        ts = (base / "TSCharacters.txt").read_text(encoding="utf-8")
        st = (base / "STCharacters.txt").read_text(encoding="utf-8")
    except (ImportError, ValueError, OSError):
        return {}
    simplified = {line.partition("\t")[0] for line in st.splitlines() if "\t" in line}
    table: dict[int, str] = {}
    for line in ts.splitlines():
        trad, tab, simp = line.partition("\t")
        if not tab:
            continue
        first = simp.split(None, 1)[0] if simp.strip() else ""
        if len(trad) == 1 and len(first) == 1 and trad != first and trad not in simplified:
            table[ord(trad)] = first
    return table


def traditional_table() -> dict[int, str]:
    """The traditional characters of the one-to-one fold, for ``str.translate`` (read it, never
    change it): a copy in traditional characters folded to the simplified one, position by
    position; a simplified text is left as it is."""
    return _traditional_table()


def fold_chars(text: str) -> str:
    """The one-to-one fold alone (same length, so offsets into it are offsets into ``text``):
    for matching words in text whose slices must stay verbatim."""
    return _fold(text)


@cache
def _fold_keys() -> frozenset[str]:
    return frozenset(chr(c) for c, v in _fold_table().items() if chr(c) != v)


@cache
def _fold_pairs() -> dict[str, str] | None:
    """The fold as character → character, or None if one key's value is itself a key (then
    replacing keys one after another could fold a character twice, and translate must do it)."""
    pairs = {chr(c): v for c, v in _fold_table().items() if chr(c) != v}
    return None if any(v in pairs for v in pairs.values()) else pairs


@cache
def _gb2312_keys() -> re.Pattern[str]:
    """The fold's keys that GB2312 can encode (full-width forms, a few spaces, dashes and
    traditional characters), as one character class."""
    every = "".join(sorted(_fold_keys()))
    # one round trip for all (a key GB2312 cannot encode comes back as "?", never a key itself)
    back = every.encode("gb2312", errors="replace").decode("gb2312")
    codes = [ord(key) for key, same in zip(every, back, strict=True) if key == same]
    # runs of code points as ranges (the full-width forms are one): a faster compile
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    ranges = "".join(f"\\U{a:08x}-\\U{b:08x}" if a < b else f"\\U{a:08x}" for a, b in runs)
    return re.compile(f"[{ranges}]" if runs else "(?!)")


def _fold(text: str) -> str:
    """``text.translate(_fold_table())``, faster on the common cell.

    Which keys a text holds: a text that GB2312 encodes (most simplified text) can hold only the
    keys GB2312 encodes, found by one small character class; any other text is tested against
    every key (the 2,700 traditional characters make that class too big for ``re`` to scan fast).
    The keys found are replaced one by one (one-to-one, and no value is a key: the same result as
    translate, which looks up every character in a dict)."""
    pairs = _fold_pairs()
    if pairs is None:
        return text.translate(_fold_table())
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        present: Iterable[str] = _fold_keys().intersection(text)
    else:
        present = set(_gb2312_keys().findall(text))
    for key in present:
        text = text.replace(key, pairs[key])
    return text


@dataclass(frozen=True, slots=True)
class Normalized:
    """Folded text plus, where the fold was not one-to-one, where each character came from.

    ``origin[i]`` is the original offset of folded character ``i`` and ``origin_end[i]`` the end
    of its source (an entity covers several original characters). ``None`` means identity.
    """

    text: str
    original: str
    origin: tuple[int, ...] | None = None
    origin_end: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the folded text onto the original text."""
        if self.origin is None or self.origin_end is None:
            return start, end
        n = len(self.text)
        if start >= n:
            return len(self.original), len(self.original)
        o_start = self.origin[start]
        o_end = self.origin_end[end - 1] if end > start else o_start
        return o_start, o_end

    def folded(self, original: int) -> int:
        """The folded offset of an original offset: the first folded character at or after it."""
        if self.origin is None:
            return original
        return bisect_left(self.origin, original)


def folded_only(text: str) -> str | None:
    """The folded text when the one-to-one fold is all :func:`normalize` does to ``text`` (its
    map the identity), else None: for a caller that needs no ``Normalized``."""
    folded = _fold(text)
    return None if _SLOW.search(folded) else folded


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching, keeping offsets into it.

    >>> n = normalize("新增１，５００人")
    >>> n.text
    '新增1,500人'
    >>> n = normalize("a&amp;b\\u200b2万人")
    >>> n.text, n.span(3, 6), n.original[slice(*n.span(3, 6))]
    ('a&b2万人', (8, 11), '2万人')
    """
    folded = _fold(text)
    if not _SLOW.search(folded):
        return Normalized(folded, text)
    out: list[str] = []
    origin: list[int] = []
    origin_end: list[int] = []
    gaps = {i for m in _SPLIT_FIGURE.finditer(folded) for i in range(m.start(), m.end())}
    if PINYIN:
        gaps |= {i for m in _PINYIN.finditer(folded) for i in range(m.start(), m.end())}
    i, n = 0, len(folded)
    while i < n:
        ch = folded[i]
        if ch in _DROP or i in gaps:
            i += 1
            continue
        if ch == "\r":
            # \r\n becomes \n (the \r dropped); a lone \r is a line break of its own.
            if i + 1 < n and folded[i + 1] == "\n":
                i += 1
                continue
            out.append("\n")
            origin.append(i)
            origin_end.append(i + 1)
            i += 1
            continue
        if ch == "&":
            m = _ENTITY.match(folded, i)
            if m:
                import html  # lazy: its entity table loads only for text that has an entity

                decoded = html.unescape(m.group()).translate(_fold_table())
                decoded = "".join(c for c in decoded if c not in _DROP).replace("\r", "\n")
                if decoded != m.group():
                    for c in decoded:
                        out.append(c)
                        origin.append(i)
                        origin_end.append(m.end())
                    i = m.end()
                    continue
        out.append(ch)
        origin.append(i)
        origin_end.append(i + 1)
        i += 1
    return Normalized("".join(out), text, tuple(origin), tuple(origin_end))
