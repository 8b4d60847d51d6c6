"""Targets from task text, actuals from progress text.

Rules (each one general, each motivated by rows in ``tests/test_extract.py``):

- A target is a quantity in a task cell that is not *descriptive* (``总投资380.7亿元的…``: a
  figure right after a descriptive cue, or right before ``的``) and not a *qualifier* of a later
  figure in its clause (``过50亿元项目2个``: 50亿元 says which projects, 2个 is the goal).
- Its metric is the words before the number in its clause, cue words stripped (力争, 完成 …).
  When those words are only a verb or end in ``等`` (a list of names), the noun after the counter
  completes it (``等14个片区`` → ``片区``). In an enumeration the verb is shared:
  ``新建公园2处、古树公园2处`` gives ``新建公园`` and ``新建古树公园``.
- Kind: a rate (%) is a level unless a change cue (增长, 提高 …) joins it to its metric; 个百分点
  is always a change; other units are amounts unless a stock (规模, 总量) is said to grow.
- An actual is any quantity in a progress cell, with the period cue that covers it (the last one
  before it in its sentence), flags for estimates, and the target it measures (see align.py).
  Figures after a plan cue in their clause (需, 计划, 确保) are requirements, not achievements:
  they are kept, never aligned.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from zqmetrics.cues import (
    CLAUSE_SEPARATORS,
    SENTENCE_SEPARATORS,
    clause_end,
    clause_start,
    cue_pattern,
    cue_table,
    cue_words,
    period_at,
    period_cues,
    sentence_start,
    strip_words,
)
from zqmetrics.normalize import Normalized, normalize
from zqmetrics.quantity import Found, find, to_quantity
from zqmetrics.types import RATE_UNITS, Actual, PeriodKind, Quantity, Target

_CHANGE_UNITS = {"个百分点", "百分点"}
_STOCK_WORDS = ("规模", "总量", "余额", "总额", "存量")
_CONJUNCTIONS = regex.compile(r"[和及与并或]")
# A stated completion: 完成全年任务的77%, 占年度目标的45%, 完成率83%, 完成任务量的83%.
_STATED = regex.compile(
    r"(?:完成|达到|占|为)(?:了)?(?:全年|年度|本年度|年)?(?:目标|计划)?(?:任务|目标|计划)(?:量)?(?:的)?$"
    r"|(?:完成率|序时进度|完成进度)(?:的|为|达|达到)?$"
)


def _left_bound(
    text: str, f: Found, found: list[Found], index: int, qualifiers: frozenset[int] = frozenset()
) -> int:
    """Where the words that name ``f`` start: its clause start, or the end of an earlier figure
    (a qualifier such as ``过50亿元`` is part of the name, not a bound)."""
    left = clause_start(text, f.cue_start)
    for j in range(index - 1, -1, -1):  # backwards, and only as far as the clause goes
        prev = found[j]
        if prev.cue_end < left:
            break
        if j not in qualifiers and prev.cue_end <= f.cue_start:
            return prev.cue_end
    return left


# 分别从…提高到 / 由…增至 at the end of a metric phrase: the baseline and the verb, not the name.
_FROM_TO = regex.compile(
    r"(?:分别)?(?:从|由).*?(?:提高|提升|增加|增长|扩大|下降|降低|减少|调整)(?:到|至)$"
)
_BASELINE = regex.compile(r"(?:从|由)[^,;。]{0,12}$")
_TO_LEVEL = regex.compile(r"^[^,;。]{0,6}?(?:提高|提升|增加|增长|扩大|下降|降低|减少|调整)(?:到|至)")


def is_descriptive(text: str, f: Found) -> bool:
    """A figure that describes rather than sets a goal.

    ``总投资380.7亿元的94个项目``: the money describes the projects. ``从209元提高到220元``: the
    first figure is the baseline. ``65岁以上老年人``: an age says who is counted. A rate followed by
    的 is still a goal (``67.5%的初中毕业生就读普通高中``).
    """
    after = text[f.cue_end : f.cue_end + 1]
    if after == "的" and f.unit not in RATE_UNITS:
        return True
    if f.unit in cue_table("attribute_unit") and after and "\u4e00" <= after <= "\u9fff":
        return True
    clause_before = text[clause_start(text, f.cue_start) : f.cue_start]
    if _BASELINE.search(clause_before) and _TO_LEVEL.search(text[f.cue_end : f.cue_end + 16]):
        return True
    before = text[clause_start(text, f.cue_start) : f.cue_start]
    before = before.rstrip("约近达过为超")
    return any(before.endswith(w) for w in cue_words("descriptive"))


def is_qualifier(text: str, f: Found, found: list[Found], index: int) -> bool:
    """``过50亿元项目2个``: a figure followed, in its clause, by the figure it qualifies."""
    for nxt in found[index + 1 :]:
        between = text[f.cue_end : nxt.cue_start]
        if any(ch in between for ch in CLAUSE_SEPARATORS) or _CONJUNCTIONS.search(between):
            return False
        return bool(between) and not between.isspace() and len(between) <= 12
    return False


def _qualifiers(text: str, found: list[Found]) -> frozenset[int]:
    return frozenset(i for i, f in enumerate(found) if is_qualifier(text, f, found, i))


def clause_end_of(text: str, separators: str) -> int:
    """Offset of the first separator in ``text``, or its length."""
    return next((k for k, ch in enumerate(text) if ch in separators), len(text))


def _refers_to_existing(text: str, f: Found) -> bool:
    """``发挥…等三支区级平台基金创投作用``: a count of things that already exist, put to use."""
    start = f.cue_start
    while start > 0 and text[start - 1] not in ",;:。!?\n":
        start -= 1
    return _starts_with_cue("existing", text[start : f.cue_start])


def _noun_after(text: str, f: Found) -> str:
    end = clause_end(text, f.cue_end)
    noun = text[f.cue_end : end]
    if noun.startswith("的"):  # 67.5%的初中毕业生: the share of whom
        noun = noun[1:]
    cut = noun.find("的")
    return noun[:cut] if cut >= 0 else noun


def _leading_verb(phrase: str) -> str:
    for verb in cue_words("verb"):
        if phrase.startswith(verb):
            return verb
    return ""


def _strip_periods(phrase: str) -> str:
    """Drop period words and month spans from a metric phrase (二季度完成… → 完成…)."""
    phrase = regex.sub(r"\d{1,2}(?:月份?)?\s?[-~至到]\s?\d{1,2}\s?月份?|\d{1,2}月份?", "", phrase)
    return cue_pattern("period").sub("", phrase)


def metric_phrase(
    text: str,
    f: Found,
    found: list[Found],
    index: int,
    shared_verb: str = "",
    qualifiers: frozenset[int] = frozenset(),
) -> tuple[str, int]:
    """The metric of ``f`` and where its quote starts."""
    left = _left_bound(text, f, found, index, qualifiers)
    raw = text[left : f.cue_start]
    phrase = strip_words(_FROM_TO.sub("", _strip_periods(raw)).strip())
    # A phrase that is only a verb (建设, 推进, 抓好) names nothing: the noun after the counter does.
    bare = len(phrase) <= 2 or phrase in cue_table("verb") or phrase in cue_table("lead")
    if raw.rstrip().endswith("等") or bare or phrase.endswith("的"):
        noun = strip_words(_noun_after(text, f), lead=False)
        phrase = noun if raw.rstrip().endswith("等") or phrase.endswith("的") else phrase + noun
    elif shared_verb and left > 0 and text[left - 1] == "、" and not _leading_verb(phrase):
        phrase = shared_verb + phrase
    return phrase, left


def _kind(text: str, f: Found, phrase: str) -> str:
    if f.unit in _CHANGE_UNITS:
        return "change"
    changes = cue_words("change")
    if f.unit in RATE_UNITS:
        return "change" if any(phrase.endswith(c) for c in changes) else "level"
    if any(w in phrase for w in _STOCK_WORDS) and any(c in phrase for c in changes):
        return "change"
    return "amount"


def _targets(norm: Normalized, found: list[Found]) -> list[Target]:
    text = norm.text
    out: list[Target] = []
    shared_verb = ""
    sentence = -1
    qualifiers = _qualifiers(text, found)
    for i, f in enumerate(found):
        s = sentence_start(text, f.start)
        if s != sentence:
            sentence, shared_verb = s, ""
        if i in qualifiers or is_descriptive(text, f) or _refers_to_existing(text, f):
            continue
        phrase, left = metric_phrase(text, f, found, i, shared_verb, qualifiers)
        verb = _leading_verb(phrase)
        if verb and (left == 0 or text[left - 1] != "、" or not shared_verb):
            shared_verb = verb
        kind = _kind(text, f, phrase)
        quantity = to_quantity(f, norm)
        part, qualifier = _in_part(text, f.start), _qualifier_of(i, found, qualifiers, norm)
        names = [(phrase, left)]
        if kind == "level" and "分别" not in phrase:
            names = _shared_rates(text, left) + names
        for name, start in names:
            q_start, q_end = norm.span(start, f.cue_end)
            out.append(
                Target(
                    metric=name,
                    quantity=quantity,
                    kind=kind,  # type: ignore[arg-type]
                    quote=norm.original[q_start:q_end],
                    quote_start=q_start,
                    quote_end=q_end,
                    part=part,
                    qualifier=qualifier,
                )
            )
    return _distribute_respectively(text, norm, out)


def _distribute_respectively(text: str, norm: Normalized, targets: list[Target]) -> list[Target]:
    """``水果、蔬菜、茶叶产量分别达到X、Y、Z``: the listed names go to the figures in order."""
    out = list(targets)
    for i, t in enumerate(out):
        if "分别" not in t.metric:
            continue
        head = t.metric.split("分别")[0]
        begin = norm.folded(t.quote_start)
        names = [n for n, _ in _listed_names(text, begin)] + [strip_words(head)]
        followers = [j for j in range(i + 1, len(out)) if out[j].quote_start >= t.quote_end][: len(names) - 1]
        if len(names) < 2 or len(followers) != len(names) - 1:
            out[i] = replace(t, metric=strip_words(head) or t.metric)
            continue
        for j, name in zip([i, *followers], names, strict=True):
            out[j] = replace(out[j], metric=name)
    return out


def _listed_names(text: str, left: int) -> list[tuple[str, int]]:
    """Names listed with 、 right before ``left`` (each a clause without a number), in order."""
    names: list[tuple[str, int]] = []
    while left > 0 and text[left - 1] == "、":
        start = clause_start(text, left - 1)
        name = strip_words(text[start : left - 1].strip())
        if not name or any(ch.isdigit() for ch in name):
            break
        names.insert(0, (name, start))
        left = start
    return names


_RATE_NAME = regex.compile(r"(?:率|比例|比重|占比)$")


def _shared_rates(text: str, left: int) -> list[tuple[str, int]]:
    """``孕产妇产后访视率、儿童健康管理率达到90%``: rates listed before this one share its figure.

    Each earlier name (a clause of its own, ending in 率/比例/比重/占比, without a number) becomes a
    target of the same level; returned in text order with where its quote starts.
    """
    names = _listed_names(text, left)
    while names and not _RATE_NAME.search(names[0][0]):
        names.pop(0)  # only a run of rates right before this one shares its figure
    return names if all(_RATE_NAME.search(n) for n, _ in names) else []


def _qualifier_of(
    index: int, found: list[Found], qualifiers: frozenset[int], norm: Normalized
) -> Quantity | None:
    """The figure that qualifies figure ``index`` (过50亿元 before 项目2个), if any."""
    return to_quantity(found[index - 1], norm) if index - 1 in qualifiers else None


def _in_part(text: str, pos: int) -> bool:
    """Whether a 其中 cue earlier in the figure's sentence (and not past a ';') covers it."""
    start = max(sentence_start(text, pos), text.rfind(";", 0, pos) + 1)
    return bool(cue_pattern("part").search(text, start, pos))


def extract_targets(task_text: str) -> list[Target]:
    """Every numeric target in a task cell, in order; ``[]`` for odd or empty text.

    >>> [(t.metric, t.value, t.unit, t.comparator) for t in extract_targets(
    ...     "强化土地要素保障,完成土地收储1410亩,推进土地征收930亩,力争实现出让供地923亩。")]
    [('土地收储', 1410.0, '亩', 'exact'), ('土地征收', 930.0, '亩', 'exact'), ('出让供地', 923.0, '亩', 'at_least')]
    """
    if not isinstance(task_text, str) or not task_text.strip():
        return []
    norm = normalize(task_text)
    return _targets(norm, find(norm))


def _is_stated(text: str, f: Found) -> bool:
    if f.unit != "%":
        return False
    before = text[max(clause_start(text, f.cue_start), f.cue_start - 16) : f.cue_start]
    return bool(_STATED.search(before))


def _starts_with_cue(category: str, text: str) -> bool:
    return any(text.startswith(w) for w in cue_words(category))


def _has_cue(category: str, text: str) -> bool:
    return bool(text) and bool(cue_pattern(category).search(text))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A figure of a progress text before alignment, with the words around it.

    ``clause``: its own metric words and the noun after its counter; ``sentence``: its sentence up
    to the number (at most 40 characters) and that noun; ``after``: the rest of its sentence.
    """

    actual: Actual
    clause: str
    sentence: str
    after: str
    qualifier: Quantity | None = None
    noun: str = ""  # the thing named right after the counter (135吨小包装食用油 → 小包装食用油)


def candidate_actuals(norm: Normalized, report_year: int | None = None) -> list[Candidate]:
    """Every figure in a progress text with its period and flags, not yet aligned."""
    text = norm.text
    found = find(norm)
    cues = period_cues(text, report_year)
    qualifiers = _qualifiers(text, found)
    out: list[Candidate] = []
    for i, f in enumerate(found):
        if i in qualifiers or is_descriptive(text, f):
            continue
        stated = _is_stated(text, f)
        phrase, left = metric_phrase(text, f, found, i, qualifiers=qualifiers)
        cue = period_at(cues, text, f.start)
        flags: list[str] = []
        period = cue.period if cue else "unknown"
        if period == "prior":
            flags.append("prior")
            period = "unknown"
        clause = text[clause_start(text, f.cue_start) : f.cue_start]
        noun = _noun_after(text, f)
        if not stated and (_has_cue("plan", clause) or _starts_with_cue("plan", noun)):
            flags.append("plan")
        if _in_part(text, f.start):
            flags.append("part")
        s_start = sentence_start(text, f.start)
        sentence = text[s_start : f.start]
        estimate = _has_cue("estimate", sentence)
        # Words before an earlier figure of the same unit name that figure, not this one.
        for j in range(i - 1, -1, -1):
            prev = found[j]
            if prev.cue_end < s_start:
                break
            if prev.unit == f.unit and prev.cue_end <= f.start:
                s_start = prev.cue_end
                break
        sentence = text[s_start : f.start]
        q_start, q_end = norm.span(
            left if not stated else clause_start(text, f.cue_start), f.cue_end
        )
        actual = Actual(
            metric=phrase,
            quantity=to_quantity(f, norm),
            period=period,  # type: ignore[arg-type]
            quote=norm.original[q_start:q_end],
            quote_start=q_start,
            quote_end=q_end,
            stated=stated,
            estimate=estimate,
            through_month=cue.through_month if cue and "prior" not in flags else None,
            cues=tuple(flags) + ((cue.text,) if cue else ()),
        )
        stop = found[i + 1].start if i + 1 < len(found) else len(text)
        after = text[f.cue_end : stop]
        after = after[: clause_end_of(after, SENTENCE_SEPARATORS)]
        qualifier = _qualifier_of(i, found, qualifiers, norm)
        out.append(Candidate(actual, phrase + noun, sentence[-40:] + noun, after, qualifier, noun))
    return out


def extract_actuals(
    progress_text: str, targets: list[Target] | None = None, report_year: int | None = None
) -> list[Actual]:
    """Every figure in a progress cell, each aligned to the target it measures (or None).

    Never raises on text; ``[]`` for odd or empty text.
    """
    if not isinstance(progress_text, str) or not progress_text.strip():
        return []
    from zqmetrics.align import align

    candidates = candidate_actuals(normalize(progress_text), report_year)
    return align(candidates, list(targets or []))


def with_target(actual: Actual, index: int | None, period: PeriodKind | None = None) -> Actual:
    """A copy of ``actual`` aligned to target ``index`` (frozen types are replaced, not mutated)."""
    return replace(actual, target_index=index, period=period or actual.period)
