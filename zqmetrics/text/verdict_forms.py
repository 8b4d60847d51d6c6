"""The report's own verdict as a small grammar (``data/verdict_forms.tsv``), beside the fixed words
of ``data/verdicts.tsv``.

Supervision reports inflect a few completion verbs with a few markers (已竣工, 均已建成投用,
已全部完成, 全部兑现, 已开通运行) and compare with a few pace nouns (未达到时序进度, 超出时间进度):
listing every product would tie the lexicon to the reports it was written from. The clause model
(:mod:`zqmetrics.text.clauses`) calls :func:`form_verdicts` once per cell; what makes a form no
verdict (a count after the verb, a step as its object, a part, a promise) is said in the data file's
header and decided here from the clause around the form.
"""

from __future__ import annotations

# The grammar's patterns are plain alternations of words: the standard library's re reads them
# alike and compiles them about three times faster than regex (they are built on every cold run).
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from zqmetrics.text.cues import cue_pattern
from zqmetrics.text.lexicon import derived, rows
from zqmetrics.text.mentions import Mention
from zqmetrics.text.segment import ASIDE

NAME = "verdict_forms.tsv"
PARTS = ("marker", "adverb", "head", "tail", "link", "whole", "stage", "part", "total", "hedge",
         "negation", "promise", "plan_noun", "ongoing", "below", "at", "pace")
# At most this many adverbs stack before a head (已全部提前建成).
_ADVERBS = 3
# How far a verdict's clause is read on either side of it (subject, promise, object): the words
# that qualify a verdict stand next to it, and a bounded look keeps a long clause linear.
REACH = 24
# A date between 已于 and its verb (已于6月底竣工): digits and the date characters only.
_DATE = "(?:(?<=于)[0-9今本年月日号底末初上中下旬前]{1,12})?"
# Characters an object after the verb may be padded with (quotes, 了).
_PADDING = " \t“”\"'‘’了"


@dataclass(frozen=True, slots=True)
class FormVerdict:
    """A verdict the grammar reads: its half-open span in normalised text and its status."""

    start: int
    end: int
    status: str  # done | on_track | lagging
    partial: bool = False  # on a part only (其中3个已建成)


@derived
def form_words(part: str, name: str = NAME) -> tuple[str, ...]:
    """The words of one part of the grammar (or of another lexicon of parts, ``name``: the
    verdict contexts), longest first."""
    return tuple(sorted({w for p, w in rows(name, 2) if p == part and w}, key=lambda w: (-len(w), w)))


def _alt(part: str, name: str = NAME) -> str:
    return "|".join(re.escape(w) for w in form_words(part, name)) or "(?!)"


@derived
def _anchors() -> re.Pattern[str]:
    # Every form holds a head (竣工, 建成 …) or a pace noun (序时进度 …): a text with neither
    # holds no form, and is not parsed for one.
    return re.compile(f"{_alt('head')}|{_alt('pace')}")


def may_hold_form(text: str) -> bool:
    """Whether a normalised text holds a word every verdict form needs (a cheap test before the
    clause model is built)."""
    return _anchors().search(text) is not None


@derived
def _done_form() -> re.Pattern[str]:
    return re.compile(
        f"(?:(?P<marker>{_alt('marker')}){_DATE})?(?P<adverbs>(?:{_alt('adverb')}){{0,{_ADVERBS}}})"
        f"(?P<head>{_alt('head')})(?:(?:{_alt('link')})?(?:{_alt('tail')}))*")


@derived
def _pace_form() -> re.Pattern[str]:
    return re.compile(f"(?P<below>{_alt('below')})?(?P<at>{_alt('at')})?(?:了)?(?:{_alt('pace')})")


@derived
def _whole_object() -> re.Pattern[str]:
    """The task's whole as the verb's object, perhaps with more completion verbs after it."""
    more = f"(?:{_alt('link')})?(?:{_alt('tail')}|{_alt('head')})"
    return re.compile(f"(?:{_alt('whole')}|{_alt('head')})(?:{more})*$")


@derived
def _of_whole() -> re.Pattern[str]:
    return re.compile(f"的(?:{_alt('whole')})$")


@derived
def _ends(part: str) -> re.Pattern[str]:
    return re.compile(f"(?:{_alt(part)})$")


@derived
def _within(part: str) -> re.Pattern[str]:
    return re.compile(_alt(part))


def is_done_form(text: str) -> bool:
    """Whether a normalised text is wholly one done form, marked or not (建成投运, 已开通运营)."""
    return _done_form().fullmatch(text) is not None


@derived
def stage_prefix() -> str:
    """The pattern of the markers and adverbs a stage word standing alone in a cell may take
    before it (已开工, 均已建成; 提前开工建设, 顺利开工建设)."""
    return f"(?:{_alt('marker')})?(?:{_alt('adverb')}){{0,{_ADVERBS}}}"


def is_marked(text: str, start: int) -> bool:
    """Whether the verdict at ``start`` carries a perfective marker (已竣工, 均已完成): the only
    done verdict a task cell may hold, where an unmarked 全面完成 is the task's own aim."""
    m = _done_form().match(text, start)
    if m is not None and m.group("marker"):
        return True
    return bool(_within("marker").match(text, start)
                or _ends("marker").search(text, max(0, start - 4), start))


def form_verdicts(text: str, clause_start: Callable[[int], int], clause_end: Callable[[int], int],
                  figures: Sequence[tuple[int, bool]]) -> list[FormVerdict]:
    """The verdicts the grammar reads in a normalised cell, in text order.

    ``figures`` are the cell's quantities as ``(start, is_target)`` in text order, ``is_target``
    when the clause model marks the figure as a target (年度目标(40场)): a target after the verb is
    the task's whole (已实现…80%的年度目标), any other figure a count. Figures are found by
    bisection, so a cell of many clauses stays linear."""
    spots = _Figures([s for s, _ in figures], [t for _, t in figures])
    # Heads and pace nouns are looked for with one pattern (one compile less on a cold run): its
    # next match is never after the next head, nor after the next pace noun.
    out = [v for m in _near(_done_form(), _anchors(), _done_reach(), text)
           if (v := _done(text, m, clause_start, clause_end, spots))]
    out += [v for m in _near(_pace_form(), _anchors(), _pace_reach(), text)
            if (v := _pace(text, m, clause_start))]
    return sorted(out, key=lambda v: v.start)


def _near(form: re.Pattern[str], anchor: re.Pattern[str], reach: int, text: str
          ) -> Iterator[re.Match[str]]:
    """``form.finditer(text)``, for a form that holds a word at most ``reach`` characters after its
    start, where ``anchor`` matches no later than that word: each search begins ``reach`` before
    the next anchor, not at every character (a form opens with optional parts, tried everywhere)."""
    pos = 0
    while (a := anchor.search(text, pos)) is not None:
        m = form.search(text, max(pos, a.start() - reach))
        if m is None:
            return
        yield m
        pos = m.end()


def _longest(part: str) -> int:
    return max(map(len, form_words(part)), default=0)


@derived
def _done_reach() -> int:
    """How far a done form's head may stand from its start: a marker, a date, the adverbs."""
    return _longest("marker") + 10 + _ADVERBS * _longest("adverb")


@derived
def _pace_reach() -> int:
    return _longest("below") + _longest("at") + 1  # and 了


@dataclass(frozen=True)
class _Figures:
    starts: list[int]
    targets: list[bool]

    def between(self, start: int, end: int) -> list[bool]:
        """Whether each figure starting in [start, end) is a target."""
        return self.targets[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def plan_noun(cue: str) -> bool:
    """Whether a plan cue of cues.tsv is a noun that a lagging or on-track verdict compares with
    (与目标差距较大), not a promise."""
    return cue in form_words("plan_noun")


def names_part(text: str, c0: int, start: int) -> bool:
    """Whether the clause before a done verdict (from ``c0``) names a part of the row's work
    (其中3个已建成, 大部分项目已完成年度目标任务)."""
    return bool(_within("part").search(text, max(c0, start - REACH), start))


def negated(text: str, start: int) -> bool:
    """Whether a negation stands right before ``start`` (尚未全部完工, 未能达到序时进度)."""
    return bool(_ends("negation").search(text, max(0, start - 3), start))


def negation_start(text: str, start: int) -> int:
    """Where the negation right before ``start`` begins (``start`` when there is none)."""
    m = _ends("negation").search(text, max(0, start - 3), start)
    return m.start() if m else start


def promised(text: str, c0: int, start: int) -> bool:
    """Whether a plan cue or a promise word stands in the clause before ``start`` (from ``c0``).

    A plan noun that is the verdict's subject promises nothing (年度目标按期完成, 目标任务全面完成)."""
    c0 = max(c0, start - REACH)
    if _within("promise").search(text, c0, start):
        return True
    return any(not (plan_noun(p.group()) and _subject_end().match(text, p.end(), start))
               for p in cue_pattern("plan").finditer(text, c0, start))


@derived
def _subject_end() -> re.Pattern[str]:
    return re.compile(f"(?:{_alt('whole')})?$")


def _done(text: str, m: re.Match[str], clause_start: Callable[[int], int],
          clause_end: Callable[[int], int], figures: _Figures) -> FormVerdict | None:
    marked = bool(m.group("marker"))
    if not marked and not m.group("adverbs"):
        return None  # a bare 完成/建成: a target or a plan, not a verdict
    start, end = m.start(), m.end()
    if negated(text, start) or _ends("hedge").search(text, max(0, start - 3), start):
        return None
    if text[end : end + 1] == "的":
        return None  # 已建成的项目: an attribute, or 完成年度目标任务的23%: a ratio follows
    c0 = max(clause_start(start), start - REACH)
    if not marked and promised(text, c0, start):
        return None  # 确保年底前全面建成, 预计年底全部完工: a commitment
    after = end
    aside = ASIDE.match(text, end)
    if aside is not None:
        after = aside.end()  # 已拨付(下达)项目单位: the bracket is an aside, the object follows it
    c1 = clause_end(after)
    if c1 - after > REACH:
        return None  # the clause runs on: the verb has an object of its own
    rest = text[after:c1].strip(_PADDING)
    if rest:
        if _within("stage").search(rest):
            return None  # 已完成招标: a step, not the work
        inside = figures.between(end, c1)
        if not all(inside):
            return None  # 已建成2所, 已完成投资5亿元: a count or a sum, not the whole
        # The object is the task's whole: a whole word (已完成年度任务), or the target itself
        # (已实现…培训率80%的年度目标); any other object is another task (已完成全年网报工作任务)
        # or a part (已改造完成二三市场).
        if not (_whole_object().match(rest) or inside and _of_whole().search(rest)):
            return None
    if _within("stage").search(text, c0, start):
        return None  # 建设方案制定已完成: the subject is a step
    # A part named before the verb (其中3个已建成, 主体工程已完工), or a count of the subject without
    # a word of totality (3个项目已竣工 of how many?): the verdict is on a part.
    counted = bool(figures.between(c0, start))
    total = _within("total").search(text, start, end) or _ends("total").search(text, c0, start)
    partial = names_part(text, c0, start) or (counted and not total)
    return FormVerdict(start, end, "done", partial)


def _pace(text: str, m: re.Match[str], clause_start: Callable[[int], int]) -> FormVerdict | None:
    if not (m.group("below") or m.group("at")):
        return None
    start = m.start()
    c0 = max(clause_start(start), start - REACH)
    if any(not plan_noun(p.group()) for p in cue_pattern("plan").finditer(text, c0, start)):
        return None  # 确保达到序时进度: a commitment (年度目标完成率低于时序进度 compares)
    if not m.group("below") and negated(text, start):
        return FormVerdict(negation_start(text, start), m.end(), "lagging")  # 未能达到时序进度
    return FormVerdict(start, m.end(), "lagging" if m.group("below") else "on_track")


# --- where a verdict word states no verdict (data/verdict_contexts.tsv) ------------------------

CONTEXTS_NAME = "verdict_contexts.tsv"
# Switched off only to measure the rule (evaluation/judge_ablation.py): a verdict word negated, in
# a warning, a condition or a question of method states no verdict (judge pass 3).
CONTEXTS = True
# Clause marks a context word does not reach across (项目推进顺利，不滞后 is negated by its own 不).
_CONTEXT_SEPS = "，,。；;：:！!？?\n"


def clause_opening(text: str, start: int) -> int:
    """Where the clause holding ``start`` opens: after the last clause mark before it (``，：；。!?``
    and a line break), or 0. The ``c0`` that ``names_part`` and ``promised`` take."""
    return max(text.rfind(ch, 0, start) for ch in _CONTEXT_SEPS) + 1


def context_words(part: str) -> tuple[str, ...]:
    """The words of one part of data/verdict_contexts.tsv, longest first."""
    return form_words(part, CONTEXTS_NAME)


def _calt(part: str) -> str:
    """An alternation of one part's words of data/verdict_contexts.tsv."""
    return _alt(part, CONTEXTS_NAME)


@derived
def _negated_before() -> re.Pattern[str]:
    # searched in the clause before the word: a negator right before it, or an existential with
    # only the subject's generic words between (没有进度滞后的项目, 无一项目滞后)
    return re.compile(f"(?:(?:{_calt('negator')})|(?:{_calt('existential')})(?:{_calt('filler')})*)$")


@derived
def _warned() -> re.Pattern[str]:
    return re.compile(f"{_calt('warning')}|{_calt('condition')}")


@derived
def _method_before() -> re.Pattern[str]:
    return re.compile(f"(?:{_calt('method')})(?:{_calt('filler')})*$")


@derived
def _cause_after() -> re.Pattern[str]:
    return re.compile(f"的?(?:{_calt('cause')})")


@derived
def _consequence_after() -> re.Pattern[str]:
    # 进度滞后的将约谈, 对进度滞后的项目一律通报; never 进度滞后的项目有： (a status-led list)
    return re.compile(f"的(?:{_calt('filler')})*[，,]?(?:{_calt('consequence')})")


@derived
def _pace_noun(before: str, after: str) -> re.Pattern[str]:
    """A pace noun the lag is compared with (滞后于序时进度) between ``before`` and ``after``: bare
    进度 is the work's, no pace."""
    paces = "|".join(re.escape(w) for w in form_words("pace") if w != "进度") or "(?!)"
    return re.compile(f"{before}(?:{paces}){after}")


def in_context(text: str, start: int, end: int, status: str) -> tuple[str, int, int] | None:
    """What a verdict word at ``[start, end)`` of a normalised text states in its clause, as
    ``(status, start, end)``, or None when it states no verdict.

    Every verdict path asks this (the fixed words and the grammar through :func:`whole_verdict`, a
    task cell, a status cell or list lead): a warning (要防止进度滞后), a condition (如有滞后,
    进度滞后的将予以通报) or a question of method (查找滞后原因) is no verdict; a lag or a not-started
    word negated (不滞后, 未出现滞后情况, 没有未开工项目) is none either, unless a pace noun says
    what it is compared with (均未滞后于序时进度, 不低于序时进度): then on track from the negation on.
    Done and on-track words keep their own negation (尚未全部完工: none; 未能达到序时进度: lagging)."""
    if not CONTEXTS:
        return status, start, end
    c0 = max(0, start - REACH)
    cut = max(text.rfind(ch, c0, start) for ch in _CONTEXT_SEPS)
    c0 = cut + 1 if cut >= 0 else c0
    before = text[c0:start]
    if _warned().search(before):
        return None
    if _consequence_after().match(text, end):
        return None
    if _method_before().search(before) and _cause_after().match(text, end):
        return None
    if status in ("lagging", "not_started"):
        neg = _negated_before().search(before)
        if neg is not None:
            if status == "lagging" and _pace_noun("", "$").search(text, start, end):
                return "on_track", c0 + neg.start(), end
            if status == "lagging" and (pace := _pace_noun("于?", "").match(text, end)):
                return "on_track", c0 + neg.start(), pace.end()
            return None
    return status, start, end


def asserted(text: str, verdicts: Sequence[Mention]) -> list[Mention]:
    """The verdict mentions of a cell that state a verdict in their clause (:func:`in_context`),
    a negated lag compared with a pace noun turned on track."""
    out = []
    for m in verdicts:
        found = in_context(text, m.start, m.end, m.value)
        if found is None:
            continue
        if found != (m.value, m.start, m.end):
            status, start, end = found
            m = replace(m, value=status, start=start, end=end, text=text[start:end])
        out.append(m)
    return out


# Switched off only to measure the rule (evaluation/judge_ablation.py).
ONGOING = True  # work still going on leaves no done verdict for the row
def whole_verdict(text: str, verdicts: Sequence[Mention]) -> Mention | None:
    """The verdict of the whole row among a cell's verdict mentions (each with ``value`` and
    ``partial``), or None: the first that is on no part.

    Work the text says still goes on (正在施工) leaves no done verdict for the whole row: the one it
    states is on a step or a part (征迁工作已完成，工程正在有序施工中; ①…已全面完工 ②…正在施工)."""
    ongoing = ONGOING and bool(_within("ongoing").search(text))
    return next((m for m in asserted(text, verdicts) if not m.partial
                 and not (ongoing and m.value == "done")), None)
