"""Every figure of a progress text, with its period, flags and the words around it, before alignment."""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from zqmetrics.extraction.figures import (
    clause_end_of,
    has_cue,
    in_part,
    is_descriptive,
    metric_phrase,
    noun_after,
    qualifier_indices,
    qualifier_of,
    starts_with_cue,
)
from zqmetrics.text.cues import words_alternation
from zqmetrics.text.lexicon import derived
from zqmetrics.text.normalize import Normalized
from zqmetrics.text.period_cues import period_at, period_cues
from zqmetrics.text.quantity import Found, find, to_quantity
from zqmetrics.text.segment import SENTENCE_SEPARATORS, clause_start, sentence_start
from zqmetrics.types import Actual, PeriodKind, Quantity


@derived
def _stated() -> regex.Pattern[str]:
    """A stated completion: 完成全年任务的77%, 占年度目标的45%, 完成率83%, 完成任务量的83%.

    The words are the forms of ``data/stated_ratios.tsv``; the particles 了, 量 and 的 are grammar.
    """
    verb, scope, kind, whole, measure, link = (words_alternation("stated_ratios.tsv", part) for part in (
        "verb", "scope", "kind", "whole", "measure", "link"))
    return regex.compile(f"(?:{verb})(?:了)?(?:{scope})?(?:{kind})?(?:{whole})(?:量)?(?:的)?$"
                         f"|(?:{measure})(?:{link})?$")


def _is_stated(text: str, f: Found) -> bool:
    if f.unit != "%":
        return False
    before = text[max(clause_start(text, f.cue_start), f.cue_start - 16) : f.cue_start]
    return bool(_stated().search(before))


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
    qualifiers = qualifier_indices(text, found)
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
        noun = noun_after(text, f)
        if not stated and (has_cue("plan", clause) or starts_with_cue("plan", noun)):
            flags.append("plan")
        if in_part(text, f.start):
            flags.append("part")
        s_start = sentence_start(text, f.start)
        sentence = text[s_start : f.start]
        estimate = has_cue("estimate", sentence)
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
        qualifier = qualifier_of(i, found, qualifiers, norm)
        out.append(Candidate(actual, phrase + noun, sentence[-40:] + noun, after, qualifier, noun))
    return out


def with_target(actual: Actual, index: int | None, period: PeriodKind | None = None) -> Actual:
    """A copy of ``actual`` aligned to target ``index`` (frozen types are replaced, not mutated)."""
    return replace(actual, target_index=index, period=period or actual.period)
