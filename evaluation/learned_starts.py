"""Learned item starts (issue 10): where in running text a new item may start, and how likely.

A *candidate* is a place where an item could start: after a sentence mark (``。！？``), after a
``；``, after a line break, after a ``：``, before a numbering mark (一、 （一） 1. 1、 （1） ①), and,
as a class of its own, after a ``，``. Each candidate is described by features of structure
(the mark, the numbering mark and whether it continues the previous one's sequence, where it
stands in its line, the lengths of the clauses around it) and of the trade's terms (whether the
clause after or before holds a figure, a unit, a target word, a verdict, a period opener, a
progress cue: the package's lexicons), never by a document's own words.

The weights are learnt from the development gold by ``python -m evaluation.item_starts --train``
and kept as data (``evaluation/data/item_starts.tsv``: feature, weight). Scoring is a sum of
weights through the logistic function, in plain Python: nothing heavy is imported here.
Examples in ``tests/test_learned_starts.py``; the measure in docs/reader.md, "Learned item
starts".
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from zqmetrics.text.lexicon import derived, rows

# Numbering marks, each with its class: the value is read for the sequence feature.
_CN_DIGITS = "一二三四五六七八九十"
_NUMBERING = re.compile(
    r"(?P<cn_paren>[（(][一二三四五六七八九十]{1,3}[)）])"
    r"|(?P<ar_paren>[（(]\d{1,2}[)）])"
    r"|(?P<circled>[①-⑳])"
    r"|(?<![\d.．\u4e00-\u9fff])(?P<cn_dun>[一二三四五六七八九十]{1,3}、)"
    r"|(?<![\d.．\u4e00-\u9fff])(?P<cn_shi>[一二三四五六七八九十]{1,3}是)"
    r"|(?<![\d.．])(?P<ar_dun>\d{1,2}、)"
    r"|(?<![\d.．])(?P<ar_dot>\d{1,2}[.．])(?![\d％%])"
)
_STOP = "。！？!?"
_SEMI = "；;"
_COLON = "：:"
_COMMA = "，,"
_SPACE = " \t\u3000\r"
CLASSES = ("start", "stop", "semi", "line", "colon", "comma", "num")
NUMBER_CLASSES = ("cn_dun", "cn_shi", "cn_paren", "ar_dot", "ar_dun", "ar_paren", "circled")
LAYOUTS = ("pipe_table", "paragraph_table", "vertical_pipe", "spaced_table", "grid",
           "numbered_items", "prose", "bulletin", "other")


@dataclass(frozen=True)
class Candidate:
    """A place an item may start: ``at`` is where its text starts (after the mark, white space
    and any numbering mark), ``mark`` where the boundary is (the numbering mark's start, or just
    after the punctuation); ``kinds`` the boundary's classes; ``number`` its numbering mark's
    class and value, if any."""

    at: int
    mark: int
    kinds: frozenset[str]
    number: tuple[str, int] | None = None


def _value(kind: str, mark: str) -> int:
    if kind == "circled":
        return ord(mark) - ord("①") + 1
    digits = re.sub(r"[^\d一二三四五六七八九十]", "", mark[:-1] if kind == "cn_shi" else mark)
    if digits.isdigit():
        return int(digits)
    if digits == "十":
        return 10
    if "十" in digits:
        tens, _, ones = digits.partition("十")
        return (_CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (
            _CN_DIGITS.index(ones) + 1 if ones else 0)
    return _CN_DIGITS.index(digits[0]) + 1 if digits and digits[0] in _CN_DIGITS else 0


def candidates(text: str) -> list[Candidate]:
    """Every candidate start of ``text``, in order, one per text position (classes merged)."""
    found: dict[int, tuple[int, set[str], tuple[str, int] | None]] = {}

    def skip(i: int) -> int:
        while i < len(text) and (text[i] in _SPACE or text[i] == "\n"):
            i += 1
        return i

    def add(mark: int, kinds: set[str]) -> None:
        at = skip(mark)
        number = None
        m = _NUMBERING.match(text, at)
        if m:
            kind = m.lastgroup or ""
            number = (kind, _value(kind, m.group()))
            kinds = kinds | {"num"}
            at = skip(m.end())
        if at >= len(text):
            return
        if at in found:
            old_mark, old_kinds, old_number = found[at]
            found[at] = (min(old_mark, mark), old_kinds | kinds, old_number or number)
        else:
            found[at] = (mark, set(kinds), number)

    add(0, {"start"})
    for i, ch in enumerate(text):
        if ch in _STOP:
            add(i + 1, {"stop"})
        elif ch in _SEMI:
            add(i + 1, {"semi"})
        elif ch == "\n":
            add(i + 1, {"line"})
        elif ch in _COLON:
            add(i + 1, {"colon"})
        elif ch in _COMMA:
            add(i + 1, {"comma"})
    for m in _NUMBERING.finditer(text):
        add(m.start(), {"num"})
    return [Candidate(at, mark, frozenset(kinds), number)
            for at, (mark, kinds, number) in sorted(found.items())]


@derived
def _terms() -> dict[str, tuple[str, ...]]:
    """The trade's words each clause is looked up for, from the package's lexicons."""
    cues = rows("cues.tsv", 2)
    period = tuple(w for w, kind in rows("period_words.tsv", 2) if kind in {"ytd", "quarter", "snapshot"})
    verdicts = tuple(w for w, status in rows("verdicts.tsv", 2) if status and status != "none")
    return {
        "progress": tuple(w for w, c in cues if c in {"achieved", "stage"}) + ("累计", "已"),
        "verb": tuple(w for w, c in cues if c == "verb"),
        "target": tuple(w for w, part in rows("target_words.tsv", 2) if part == "head")
        + tuple(w for w, c in cues if c in {"plan", "goal"}),
        "verdict": verdicts + tuple(w for (w,) in rows("status_words.tsv", 1)),
        "period": period,
    }


@derived
def _term_patterns() -> dict[str, re.Pattern[str]]:
    """Each group of :func:`_terms` as one alternation: a clause is scanned once a group, not once
    a word (the sentence around a candidate in a run of commas is long)."""
    # an empty group matches nothing, as any() over it is False
    return {name: re.compile("|".join(map(re.escape, words)) if words else "(?!)")
            for name, words in _terms().items()}


@derived
def _unit_pattern() -> re.Pattern[str]:
    surfaces = sorted({s for s, *_ in rows("units.tsv", 1) if s}, key=len, reverse=True)
    return re.compile(r"[\d０-９][\d.．,，]*\s*[万亿千百]?\s*(?:%|％|" + "|".join(map(re.escape, surfaces)) + ")")


_FIGURE = re.compile(r"[\d０-９]|[一二三四五六七八九十两百千万]+(?:个|项|件|所|家|座|条|户|人)")
_PERIOD_OPEN = re.compile(
    r"^(?:截至|截止到?|至|到|今年|本年|年初|当前|目前)?(?:\d{2,4}年度?)?"
    r"(?:前?\d{1,2}(?:[-—–~～至到]\d{1,2})?月份?|前?[一二三四1-4]季度|前三季度|上半年|下半年)?"
    r"(?:底|末|中旬|上旬|下旬|以来|止|为止|初)?[，,]")


def _bucket(n: int) -> str:
    for edge, name in ((0, "0"), (4, "1-4"), (10, "5-10"), (20, "11-20"), (40, "21-40"), (80, "41-80")):
        if n <= edge:
            return name
    return "81+"


def _regime(text: str, cands: Sequence[Candidate]) -> list[str]:
    """The document's shape: how its text is broken (a list of short lines, long paragraphs,
    numbered lines), which decides which marks open items in it."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return []
    mean = sum(len(line) for line in lines) / len(lines)
    numbered = sum(1 for c in cands if c.number is not None and "line" in c.kinds) / len(lines)
    semis = sum(1 for c in cands if "semi" in c.kinds) / len(lines)
    return [
        "doc:lines_" + ("short" if mean < 25 else "mid" if mean < 80 else "long"),
        "doc:numbered_" + ("none" if numbered == 0 else "some" if numbered < 0.3 else "many"),
        "doc:semis_" + ("none" if semis == 0 else "some" if semis < 1 else "many"),
    ]


def _count(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4+"


def _ending(line: str) -> str:
    last = line[-1:] if line else ""
    if last in _STOP:
        return "stop"
    if last in _SEMI:
        return "semi"
    if last in _COLON:
        return "colon"
    if last in _COMMA:
        return "comma"
    return "none"


def _clause_features(prefix: str, clause: str) -> list[str]:
    terms = _terms()
    out = []
    if _FIGURE.search(clause):
        out.append(f"{prefix}:figure")
        if _FIGURE.match(clause) or _FIGURE.search(clause[:3]):
            out.append(f"{prefix}:opens_figure")
    if _unit_pattern().search(clause):
        out.append(f"{prefix}:unit")
    if "%" in clause or "％" in clause:
        out.append(f"{prefix}:percent")
    for name, pattern in _term_patterns().items():
        if pattern.search(clause):
            out.append(f"{prefix}:{name}")
    if _PERIOD_OPEN.match(clause) or any(clause.startswith(w) for w in terms["period"]):
        out.append(f"{prefix}:period_open")
    if clause.startswith("其中"):
        out.append(f"{prefix}:part")
    return out


def features(text: str, cands: Sequence[Candidate], layout: str | None,
             heads: bool = False) -> list[list[str]]:
    """The feature names of each candidate (binary features: a name present is a 1). With
    ``heads``, the first two characters of the clause after are a feature too (``head2:``; the
    trainer keeps only those seen in several collections)."""
    layout = layout if layout in LAYOUTS else "other"
    out: list[list[str]] = []
    last_number: dict[str, int] = {}
    per_class: dict[str, list[int]] = {}
    for cand in cands:
        if cand.number is not None:
            per_class.setdefault(cand.number[0], []).append(cand.number[1])
    seen: dict[str, int] = {}
    regime = _regime(text, cands)
    # Each candidate's sentence ends at the next candidate that is more than a comma: found in one
    # pass from the end (a scan forward from each candidate is quadratic in a run of commas).
    sentence_ends = [len(text)] * len(cands)
    for k in range(len(cands) - 2, -1, -1):
        following = cands[k + 1]
        sentence_ends[k] = following.mark if following.kinds - {"comma"} else sentence_ends[k + 1]
    line_index = 0
    for k, cand in enumerate(cands):
        end = cands[k + 1].mark if k + 1 < len(cands) else len(text)
        after = text[cand.at:end].strip()
        sentence = text[cand.at:sentence_ends[k]].strip()
        before_start = cands[k - 1].at if k else 0
        before = text[before_start:cand.mark].strip() if k else ""
        kinds = sorted(cand.kinds)
        names = ["bias", *(f"k:{kind}" for kind in kinds)]
        main = next((c for c in ("start", "line", "num", "stop", "semi", "colon", "comma")
                     if c in cand.kinds), "comma")
        names.append(f"main:{main}")
        names.append(f"layout:{layout}")
        names.append(f"main:{main}&layout:{layout}")
        names += [f"main:{main}&{r}" for r in regime]
        if "line" in cand.kinds or "start" in cand.kinds:
            line_index = 0
        else:
            line_index += 1
        names.append(f"line:clause_{min(line_index, 3)}")
        if cand.number is not None:
            kind, value = cand.number
            names.append(f"n:{kind}")
            previous = last_number.get(kind)
            if previous is not None and value == previous + 1:
                names.append("n:continues")
            elif value == 1:
                names.append("n:first")
            else:
                names.append("n:breaks")
            names.append(f"n:{kind}&layout:{layout}")
            values = per_class[kind]
            names.append(f"n:count_{_count(len(values))}")
            position = seen.get(kind, 0)
            if position + 1 < len(values) and values[position + 1] == value + 1:
                names.append("n:next_continues")
            seen[kind] = position + 1
            last_number[kind] = value
        names.append(f"len_after:{_bucket(len(after))}")
        names.append(f"len_sentence:{_bucket(len(sentence))}")
        names.append(f"len_before:{_bucket(len(before))}")
        line_start = text.rfind("\n", 0, cand.at) + 1
        line_end = text.find("\n", cand.at)
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        names.append(f"line_len:{_bucket(len(line))}")
        names.append(f"line_ends:{_ending(line)}")
        if heads and len(after) >= 2:
            names.append(f"head2:{after[:2]}")
        after_feats = _clause_features("after", after)
        names += after_feats
        names += _clause_features("sentence", sentence)
        names += _clause_features("before", before)
        for feat in after_feats:
            names.append(f"{feat}&main:{main}")
        out.append(names)
    return out


def feature_vocabulary() -> frozenset[str]:
    """Every feature name :func:`features` can make (the data file's names are checked against it)."""
    names = {"bias", "n:continues", "n:first", "n:breaks"}
    names |= {f"k:{c}" for c in CLASSES} | {f"main:{c}" for c in CLASSES}
    names |= {f"layout:{lay}" for lay in LAYOUTS}
    names |= {f"main:{c}&layout:{lay}" for c in CLASSES for lay in LAYOUTS}
    names |= {f"line:clause_{i}" for i in range(4)}
    names |= {f"n:{k}" for k in NUMBER_CLASSES}
    names |= {f"n:{k}&layout:{lay}" for k in NUMBER_CLASSES for lay in LAYOUTS}
    buckets = ("0", "1-4", "5-10", "11-20", "21-40", "41-80", "81+")
    names |= {f"{p}:{b}" for p in ("len_after", "len_sentence", "len_before") for b in buckets}
    clause = ("figure", "opens_figure", "unit", "percent", "progress", "verb", "target", "verdict",
              "period", "period_open", "part")
    for prefix in ("after", "sentence", "before"):
        names |= {f"{prefix}:{c}" for c in clause}
    names |= {f"after:{c}&main:{m}" for c in clause for m in CLASSES}
    names |= {"n:next_continues", *(f"n:count_{c}" for c in ("1", "2-3", "4+"))}
    names |= {f"line_len:{b}" for b in buckets}
    regimes = [f"doc:lines_{v}" for v in ("short", "mid", "long")]
    regimes += [f"doc:numbered_{v}" for v in ("none", "some", "many")]
    regimes += [f"doc:semis_{v}" for v in ("none", "some", "many")]
    names |= {f"main:{c}&{r}" for c in CLASSES for r in regimes}
    names |= {f"line_ends:{e}" for e in ("stop", "semi", "colon", "comma", "none")}
    return frozenset(names)


def probability(names: Iterable[str], weights: dict[str, float]) -> float:
    """The model's probability that an item starts at a candidate with these features."""
    z = sum(weights.get(n, 0.0) for n in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# The model is an experiment of the evaluation, not a stage of the reader (it lost to the reader's
# own starts under leave-one-collection-out), so its weights live beside the evaluation's data.
WEIGHTS = Path(__file__).resolve().parent / "data" / "item_starts.tsv"


@functools.cache
def weight_rows() -> tuple[tuple[str, str], ...]:
    """The (feature, weight) lines of the weights file, comments left out."""
    lines = WEIGHTS.read_text(encoding="utf-8").splitlines()
    return tuple((f[0].strip(), f[1].strip() if len(f) > 1 else "")
                 for f in (line.split("\t") for line in lines if line.strip() and not line.startswith("#")))


def model_weights() -> dict[str, float]:
    """The weights of the data file (feature → weight), empty when none has been trained."""
    return {name: float(value) for name, value in weight_rows() if value and not name.startswith("@")}


def model_threshold() -> float:
    """The probability at or above which the model calls a candidate a start (``@threshold``)."""
    return next((float(value) for name, value in weight_rows() if name == "@threshold"), 0.5)


def starts(text: str, layout: str | None, threshold: float | None = None) -> list[tuple[Candidate, float]]:
    """The candidates of ``text`` the model calls starts, with their probabilities."""
    weights = model_weights()
    cut = model_threshold() if threshold is None else threshold
    cands = candidates(text)
    scored = [(c, probability(names, weights)) for c, names in zip(cands, features(text, cands, layout),
                                                                    strict=True)]
    return [(c, p) for c, p in scored if p >= cut]
