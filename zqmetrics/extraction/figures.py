"""What a figure in task or progress text is: its name (metric phrase), and whether it describes,
qualifies or is part of something else. Shared by the target and actual extractors."""

from __future__ import annotations

import re

import regex

from zqmetrics.text.clauses import Cell
from zqmetrics.text.cues import (
    cue_alternation,
    cue_pattern,
    cue_table,
    cue_words,
    strip_words,
    word_keys,
    word_pattern,
    words_alternation,
    words_by_end,
)
from zqmetrics.text.lexicon import derived
from zqmetrics.text.normalize import Normalized
from zqmetrics.text.quantity import Found, to_quantity
from zqmetrics.text.segment import CLAUSE_SEPARATORS, CLOSING_BRACKETS, OPENING_BRACKETS
from zqmetrics.text.units import dimension
from zqmetrics.types import RATE_UNITS, Quantity

# Patterns without the regex module's own syntax are compiled by the standard library's re:
# the same matches (tests/test_fast_paths.py), a faster compile on a cold start and far less
# overhead a call (a search in a short window costs a tenth of regex's), paid per figure.
_CONJUNCTIONS = re.compile(r"[和及与并或]")


def _left_bound(
    cell: Cell, f: Found, found: list[Found], index: int, qualifiers: frozenset[int] = frozenset()
) -> int:
    """Where the words that name ``f`` start: its clause start, or the end of an earlier figure
    (a qualifier such as ``过50亿元`` is part of the name, not a bound)."""
    left = cell.clause_start(f.cue_start)
    for j in range(index - 1, -1, -1):  # backwards, and only as far as the clause goes
        prev = found[j]
        if prev.cue_end < left:
            break
        if j not in qualifiers and prev.cue_end <= f.cue_start:
            return prev.cue_end
    return left


@derived
def _from_to() -> re.Pattern[str]:
    """分别从…提高到 / 由…增至 at the end of a metric phrase: the baseline and the verb, not the name.

    The words are the from, to_verb and to cues of ``data/cues.tsv``.
    """
    return re.compile(f"(?:分别)?(?:{cue_alternation('from')}).*?"
                      f"(?:{cue_alternation('to_verb')})(?:{cue_alternation('to')})$")


@derived
def _baseline() -> re.Pattern[str]:
    return re.compile(f"(?:{cue_alternation('from')})[^,;。]{{0,12}}$")


@derived
def _to_level() -> re.Pattern[str]:
    return re.compile(f"^[^,;。]{{0,6}}?(?:{cue_alternation('to_verb')})"
                      f"(?:{cue_alternation('to')})")


# Switched off only to measure the rule (evaluation/statement_ablation.py).
LIST_SIZES = True

# Where a list of names is closed: 等 before a count or 一批 (A、B、C等80个重点项目, 等一批重大工程).
_LIST_CLOSE = regex.compile(r"等(?=[0-9一二三四五六七八九十两几数多])")
# The marks that end the run of a list (a comma clause): 、 joins its items.
_RUN_END = regex.compile(r"[,;:。!?\n]")
_RUN_START = regex.compile(r"(?r)[,;:。!?\n]")


def _run(cell: Cell, f: Found) -> tuple[int, int]:
    """The comma clause around a figure: 、 joins the items of a list inside it."""
    text = cell.text
    before = _RUN_START.search(text, 0, f.cue_start)
    after = _RUN_END.search(text, f.cue_end)
    return (before.end() if before else 0), (after.start() if after else len(text))


# Switched off only to measure the rule (evaluation/statement_ablation.py).
PLANT_SIZES = True

# The dimensions a plant's or a line's size is written in (年产20万吨, 40万吨/年, 1000兆瓦): physical
# measures. Counts (个, 户), money and rates never name a project (10个项目 is a count of them).
_SIZE_DIMENSIONS = ("[mass]", "[length]", "[volume]", "[power]", "[energy]")
# After the size: an optional per-year, then the rest of the name (no clause mark, list mark or 等)
# up to the project noun that closes it (砚山县20万吨高精铝板带项目, 美克化工10万吨BDO项目,
# 合盛硅业三期年产20万吨硅氧烷及下游深加工项目).
_NAME_AFTER_SIZE = re.compile(r"(?:/年)?([A-Za-z\u4e00-\u9fff]{1,14}?)(?:项目|工程)")


def in_project_name(cell: Cell, f: Found) -> bool:
    """A physical size inside a project's name (万华化学(福建)40万吨/年MDI项目, 砚山县20万吨高精铝板带
    项目已于9月建成投产): the plant the project builds, not a goal or a figure of progress. The name
    runs on from the figure to 项目/工程 with no clause mark, 等 or verb inside it, and no verb
    stands before the figure in its clause or list item."""
    if not PLANT_SIZES or not any(d in dimension(f.unit) for d in _SIZE_DIMENSIONS):
        return False
    text = cell.text
    m = _NAME_AFTER_SIZE.match(text, f.cue_end)
    if m is None or "等" in m.group(1):
        return False
    # the words before the size, back to its list item or clause, are the name's too: a verb there
    # makes the size the goal (建设100公里高速公路工程)
    item = max(cell.clause_start(f.cue_start), text.rfind("、", 0, f.cue_start) + 1)
    return not any(has_cue(c, words) for c in ("verb", "action")
                   for words in (text[item : f.cue_start], m.group(1)))


def closes_names_list(cell: Cell, f: Found) -> bool:
    """A count after 等 that closes a list of names its clause opens with, no verb before it: the
    list's size (A、B、C等80个重点项目实现新开工建设, A、B等2项动态达到年度目标, 新沂市静脉产业园等10个
    项目…进度有所滞后). A clause that opens with a verb (推进湖田中学、伯塘中学等5所农村中小学校
    改扩建, 建设阳光颐养园等10个长者食堂) sets the count as a goal."""
    if not LIST_SIZES:
        return False
    text = cell.text
    start, end = _run(cell, f)
    head = text[start : f.cue_start]
    if not head.endswith("等"):
        return False
    opening = text[start : start + 4]
    return not any(has_cue(c, opening) for c in ("verb", "action", "lead"))


# Switched off only to measure the rule (evaluation/statement_ablation.py).
SCOPE_COUNTS = True


@derived
def _scope_count() -> regex.Pattern[str]:
    return regex.compile(f"[\u4e00-\u9fff]{{0,3}}?(?:{cue_alternation('jurisdiction')})(?:全部|全都|均|都)")


def is_scope(cell: Cell, f: Found) -> bool:
    """A count of the places a statement covers, all of them (五个地级市全部建成…, 七個區市全部
    啟動…): the scope of what is said, not a goal or an achievement of its own."""
    return SCOPE_COUNTS and f.unit == "个" and bool(_scope_count().match(cell.text, f.cue_end))


# Switched off only to measure the rule (evaluation/statement_ablation.py).
STANDARDS = True

# How far a standard's opening word may stand before its figure (按每人每月200元的标准: 4 words).
_STANDARD_GAP = 6


@derived
def _standard_by() -> re.Pattern[str]:
    """A standard's opening word, at most a few words of who or how often, up to the figure."""
    return re.compile(f"(?:{cue_alternation('standard_by')})[\u4e00-\u9fff]{{0,{_STANDARD_GAP}}}$")


@derived
def _standard_reach() -> int:
    """The longest text ``_standard_by`` can match: the search starts no further back, so that a
    clause of thousands of figures is not read again for each (the answer is the same)."""
    return max((len(w) for w in cue_words("standard_by")), default=0) + _STANDARD_GAP


@derived
def _standard_after() -> re.Pattern[str]:
    """After the figure's unit: the rest of a per-unit rate (/户, 每人), 的, the word of standard."""
    return re.compile(f"(?:[/每][\u4e00-\u9fff]{{1,2}})?的?(?:{cue_alternation('standard')})")


def is_standard(cell: Cell, f: Found) -> bool:
    """A rate of payment a standard sets (按1500元/人标准发放求职创业补贴, 按照2200元/户标准进行补贴,
    按每人每月200元的标准): the rate things are paid at, neither a goal nor an amount done
    (second round, item 11: planned figures and standards are no actuals)."""
    return standard_at(cell.text, cell.clause_start(f.cue_start), f.cue_start, f.cue_end)


def standard_at(text: str, clause_start: int, start: int, end: int) -> bool:
    """:func:`is_standard` on plain text: the figure at ``start:end`` of a clause opening at
    ``clause_start`` (a target cell read whole)."""
    if not STANDARDS:
        return False
    # how far back it reads is the pattern's own reach (an opening word, _STANDARD_GAP words),
    # however long the lexicon's opening words are
    begin = max(clause_start, start - _standard_reach())
    return (_standard_by().search(text, begin, start) is not None
            and _standard_after().match(text, end) is not None)


def is_descriptive(cell: Cell, f: Found) -> bool:
    """A figure that describes rather than sets a goal.

    ``总投资380.7亿元的94个项目``: the money describes the projects. ``从209元提高到220元``: the
    first figure is the baseline. ``65岁以上老年人``: an age says who is counted. A rate followed by
    的 is still a goal (``67.5%的初中毕业生就读普通高中``).
    """
    text = cell.text
    after = text[f.cue_end : f.cue_end + 1]
    if after == "的" and f.unit not in RATE_UNITS:
        return True
    if is_scope(cell, f) or in_project_name(cell, f) or is_standard(cell, f):
        return True
    if f.unit in cue_table("attribute_unit") and after and "\u4e00" <= after <= "\u9fff":
        return True
    # The words that make a figure descriptive stand right before it: 24 characters are read.
    clause_before = text[max(cell.clause_start(f.cue_start), f.cue_start - 24) : f.cue_start]
    if _baseline().search(clause_before) and _to_level().search(text[f.cue_end : f.cue_end + 16]):
        return True
    before = clause_before
    before = before.rstrip("".join(cue_words("before_figure")))
    return before.endswith(word_keys("not_targets.tsv")) or in_total_parts(cell, f)


# Switched off only to measure the rule (evaluation/statement_ablation.py).
TOTAL_PARTS = False  # off until a second development document shows the form (one so far)


@derived
def _total_before() -> re.Pattern[str]:
    """A total and its figure right before a bracket (总投资4493.8万元(): the words of
    ``data/not_targets.tsv`` marked ``total``, a figure, its unit."""
    words = words_alternation("not_targets.tsv", "total")
    return re.compile(f"(?:{words})(?:约|达|为)?\\d+(?:\\.\\d+)?[万亿千百]*[\u4e00-\u9fff]{{0,2}}\\s*$")


# How far back the brackets of a total's parts may open (a bounded window keeps the cost linear).
_PARTS_WINDOW = 120


def in_total_parts(cell: Cell, f: Found) -> bool:
    """A figure inside the brackets that follow a project's total (总投资4493.8万元(中央和省级补助资金
    1578.22万元,县财政匹配419.78万元,…)): a part of the total, the project's funding, no goal."""
    if not TOTAL_PARTS:
        return False
    text = cell.text
    s0 = max(cell.sentence_start(f.start), f.cue_start - _PARTS_WINDOW)
    opened = max(text.rfind(o, s0, f.cue_start) for o in OPENING_BRACKETS)
    if opened < 0 or max(text.rfind(c, opened, f.cue_start) for c in CLOSING_BRACKETS) >= 0:
        return False
    return _total_before().search(text, max(0, opened - 30), opened) is not None


def is_qualifier(text: str, f: Found, found: list[Found], index: int) -> bool:
    """``过50亿元项目2个``: a figure followed, in its clause, by the figure it qualifies."""
    # only the next figure is read (a slice of the rest, per figure, was quadratic)
    for nxt in found[index + 1 : index + 2]:
        between = text[f.cue_end : nxt.cue_start]
        if any(ch in between for ch in CLAUSE_SEPARATORS) or _CONJUNCTIONS.search(between):
            return False
        return bool(between) and not between.isspace() and len(between) <= 12
    return False


def qualifier_indices(text: str, found: list[Found]) -> frozenset[int]:
    return frozenset(i for i, f in enumerate(found) if is_qualifier(text, f, found, i))


@derived
def _separator_class(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(separators)}]")


def clause_end_of(text: str, separators: str) -> int:
    """Offset of the first separator in ``text``, or its length."""
    # the regex engine finds it: a Python loop paid a bytecode round per character
    m = _separator_class(separators).search(text) if separators else None
    return m.start() if m else len(text)


# The thing named after a counter is a short noun phrase; a longer run is not read (linear time).
NOUN_SPAN = 16


def noun_after(cell: Cell, f: Found) -> str:
    end = min(cell.clause_end(f.cue_end), f.cue_end + NOUN_SPAN)
    noun = cell.text[f.cue_end : end]
    if noun.startswith("的"):  # 67.5%的初中毕业生: the share of whom
        noun = noun[1:]
    cut = noun.find("的")
    return noun[:cut] if cut >= 0 else noun


def leading_verb(phrase: str) -> str:
    # the verbs that open with the phrase's first character, longest first, as over all of them
    for verb in words_by_end("verb", True).get(phrase[:1], ()):
        if phrase.startswith(verb):
            return verb
    return ""


# Compiled once: regex.sub with a pattern string pays the module's cache lookup on every call.
_MONTH_SPAN = regex.compile(r"\d{1,2}(?:月份?)?\s?[-~至到]\s?\d{1,2}\s?月份?|\d{1,2}月份?")


def _strip_periods(phrase: str) -> str:
    """Drop period words and month spans from a metric phrase (二季度完成… → 完成…)."""
    phrase = _MONTH_SPAN.sub("", phrase)
    return word_pattern("period_words.tsv").sub("", phrase)


def metric_phrase(
    cell: Cell,
    f: Found,
    found: list[Found],
    index: int,
    shared_verb: str = "",
    qualifiers: frozenset[int] = frozenset(),
) -> tuple[str, int]:
    """The metric of ``f`` and where its quote starts."""
    text = cell.text
    left = _left_bound(cell, f, found, index, qualifiers)
    raw = text[left : f.cue_start]
    phrase = strip_words(_from_to().sub("", _strip_periods(raw)).strip())
    # A phrase that is only a verb (建设, 推进, 抓好) names nothing: the noun after the counter does.
    bare = len(phrase) <= 2 or phrase in cue_table("verb") or phrase in cue_table("lead")
    if raw.rstrip().endswith("等") or bare or phrase.endswith("的"):
        noun = strip_words(noun_after(cell, f), lead=False)
        phrase = noun if raw.rstrip().endswith("等") or phrase.endswith("的") else phrase + noun
    elif shared_verb and left > 0 and text[left - 1] == "、" and not leading_verb(phrase):
        phrase = shared_verb + phrase
    return phrase, left


def qualifier_of(
    index: int, found: list[Found], qualifiers: frozenset[int], norm: Normalized
) -> Quantity | None:
    """The figure that qualifies figure ``index`` (过50亿元 before 项目2个), if any."""
    return to_quantity(found[index - 1], norm) if index - 1 in qualifiers else None


def in_part(cell: Cell, pos: int) -> bool:
    """Whether a 其中 cue earlier in the figure's sentence (and not past a ';') covers it."""
    start = max(cell.sentence_start(pos), cell.last_before(";", pos) + 1)
    return cell.last_cue_before("part", pos) >= start


def starts_with_cue(category: str, text: str) -> bool:
    return text.startswith(cue_words(category))


def has_cue(category: str, text: str) -> bool:
    return bool(text) and bool(cue_pattern(category).search(text))
