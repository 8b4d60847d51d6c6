"""The ablation table: each alignment rule switched off, each threshold moved, and the effect.

    python -m evaluation.align_ablation [--documents | --jieba]

For every rule of ``zqmetrics.extraction.align.RULES`` and every threshold, the sample's actual
F1 and status agreement, and the corpus's actual F1 and status agreement on the development part
and on the held-out part (aggregate lines only: the held-out misses are never printed).

A rule written and left off (``align.OFF_AS_SET``) is tried on instead: its line reads
"with", and "better" still means the code as set (the rule off) scores better.

``--documents`` counts what each setting moves instead: the sample rows whose actuals or status
change, the development documents that move (named), and the held-out aggregate; each is counted
as better or worse *with the code as set* (the rule on, the threshold at its value). A rule that
helps on fewer than two documents (the sample counts as one) has not earned its place (issue 11).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import zqmetrics.extraction.align as align
from evaluation.corpus import CorpusScore, load_corpus, score_document
from evaluation.score import Score, default_golden, evaluate_rows, load_golden

THRESHOLDS = ("SAME_DIMENSION", "ONLY_TARGET", "SENTENCE_WEIGHT", "RESTATED")
STATUS = "status (numeric rows)"
# Measures of one unit (a sample row, a document, a part): actual F1, status agreement.
Measures = tuple[float, ...]


@contextmanager
def setting(rule: str | None = None, threshold: str | None = None, value: float = 0.0) -> Iterator[None]:
    old_rules = dict(align.RULES)
    old_value = getattr(align, threshold) if threshold else None
    try:
        if rule:
            # a rule on as set is switched off, one off as set (written, left off) is tried on
            align.RULES[rule] = not align.RULES[rule]
        if threshold:
            setattr(align, threshold, value)
        yield
    finally:
        align.RULES.clear()
        align.RULES.update(old_rules)
        if threshold:
            setattr(align, threshold, old_value)


@dataclass(frozen=True)
class Measured:
    """One setting's scores: aggregates, and per unit so that moved units can be counted."""

    sample: Measures
    sample_actuals: dict[str, Measures]  # per golden row (seq): the row's actual F1
    sample_status: dict[str, Measures]  # per golden row: 1 if its status agrees (rows with a target)
    dev: Measures
    docs: dict[str, Measures]  # per development document
    heldout: Measures  # aggregate only: held-out documents are never named

    @property
    def line(self) -> Measures:
        return (*self.sample, *self.dev, *self.heldout)


@dataclass(frozen=True)
class Moves:
    """Units that score better, worse, or better on one measure and worse on another, with the
    code as set than with the setting tried."""

    better: tuple[str, ...]
    worse: tuple[str, ...]
    mixed: tuple[str, ...]


def moves(as_set: Mapping[str, Measures], tried: Mapping[str, Measures], tol: float = 5e-4) -> Moves:
    better: list[str] = []
    worse: list[str] = []
    mixed: list[str] = []
    for key, now in as_set.items():
        other = tried.get(key, now)
        up = any(a - b > tol for a, b in zip(now, other, strict=True))
        down = any(b - a > tol for a, b in zip(now, other, strict=True))
        if up and down:
            mixed.append(key)
        elif up:
            better.append(key)
        elif down:
            worse.append(key)
    return Moves(tuple(better), tuple(worse), tuple(mixed))


def _sample() -> tuple[Measures, dict[str, Measures], dict[str, Measures]]:
    from zqmetrics.judge.records import records
    from zqmetrics.read.reader import read_report, sample_path

    predicted = {r["seq"]: r for r in records(read_report(sample_path()))}
    golden = load_golden(default_golden())
    ev = evaluate_rows(golden, predicted)
    actuals: dict[str, Measures] = {}
    status: dict[str, Measures] = {}
    for g in golden:
        one = evaluate_rows([g], predicted)
        actuals[str(g["seq"])] = (one.actuals.f1,)
        if STATUS in one.fields:
            status[str(g["seq"])] = (one.fields[STATUS].rate,)
    return (ev.actuals.f1, ev.fields[STATUS].rate), actuals, status


def _of(sc: CorpusScore, split: str) -> Measures:
    return sc.actuals.f1(split)[2] or 0.0, sc.status.rate(split)[0] or 0.0


def measure(docs: list[Any]) -> Measured:
    sample, sample_actuals, sample_status = _sample()
    per: dict[str, Measures] = {}
    total, agree, rated = Score(), 0, 0
    held = CorpusScore()
    for doc in docs:
        if doc.split != "dev":
            score_document(doc, held)
            continue
        sc = CorpusScore()
        score_document(doc, sc)
        per[doc.id] = _of(sc, "dev")
        counts = sc.actuals.counts.get(("dev", "*"), Score())
        total.tp, total.fp, total.fn = total.tp + counts.tp, total.fp + counts.fp, total.fn + counts.fn
        _, good, n = sc.status.rate("dev")
        agree, rated = agree + good, rated + n
    dev = (total.f1 if total.tp + total.fp + total.fn else 0.0, agree / rated if rated else 0.0)
    return Measured(sample, sample_actuals, sample_status, dev, per, _of(held, "heldout"))


def settings() -> Iterator[tuple[str, dict[str, Any]]]:
    yield "all rules, thresholds as set", {}
    for rule in align.RULES:
        word = "with" if rule in align.OFF_AS_SET else "without"
        yield f"{word} `{rule}`", {"rule": rule}
    for name in THRESHOLDS:
        current = getattr(align, name)
        for delta in (-0.1, 0.1):
            value = round(current + delta, 2)
            yield f"`{name}` {current} → {value}", {"threshold": name, "value": value}


def rows(docs: list[Any]) -> Iterator[tuple[str, Measured]]:
    for name, kwargs in settings():
        with setting(**kwargs):
            yield name, measure(docs)


def table(docs: list[Any]) -> str:
    head = ("| setting | sample actual F1 | sample status | dev actual F1 | dev status "
            "| held-out actual F1 | held-out status |")
    lines = [head, "| --- | --- | --- | --- | --- | --- | --- |"]
    base: Measures | None = None
    for name, measured in rows(docs):
        values = measured.line
        base = base or values
        cells = [f"{v:.3f}" + ("" if values is base or abs(v - b) < 5e-4 else f" ({v - b:+.3f})")
                 for v, b in zip(values, base, strict=True)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _count(m: Moves) -> str:
    return f"+{len(m.better)} / −{len(m.worse)}" + (f" / ±{len(m.mixed)}" if m.mixed else "")


def documents_table(results: list[tuple[str, Measured]]) -> str:
    """What each setting moves, counted with the code as set: + where the code as set is better
    (the rule helps, the threshold's value beats the one tried), − where it is worse."""
    (_, base), *tried = results
    lines = ["| setting | sample rows, actuals | sample rows, status | sample | dev documents "
             "| held-out actual F1, status | documents helped |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    names: list[str] = []
    for name, m in tried:
        sample = moves({"sample": base.sample}, {"sample": m.sample})
        docs = moves(base.docs, m.docs)
        held = "; ".join(f"{b:.3f}" + ("" if abs(b - t) < 5e-4 else f" ({t:.3f} tried)")
                         for b, t in zip(base.heldout, m.heldout, strict=True))
        sample_word = ("better" if sample.better else "worse" if sample.worse
                       else "mixed" if sample.mixed else "same")
        # a rule left off as set helps where the code as set is worse (the rule tried on)
        tried_on = name.startswith("with `")
        helped = (len(docs.worse) + len(sample.worse) if tried_on
                  else len(docs.better) + len(sample.better))
        lines.append(f"| {name} | {_count(moves(base.sample_actuals, m.sample_actuals))} "
                     f"| {_count(moves(base.sample_status, m.sample_status))} | {sample_word} "
                     f"| {_count(docs)} | {held} | {helped} |")
        moved = [f"{word}: {', '.join(ids)}" for word, ids in
                 (("better", docs.better), ("worse", docs.worse), ("mixed", docs.mixed)) if ids]
        if moved:
            names.append(f"- {name}: " + "; ".join(moved))
    return "\n".join(lines + ["", "Development documents moved (better/worse with the code as set):",
                              *names])


# 0.0 included: a fit at the grid's lower edge would otherwise not show whether it goes on down.
GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def fit_on_dev(dev: list[Any], start: tuple[float, float]) -> tuple[float, float]:
    """SAME_DIMENSION and ONLY_TARGET with the best development actual F1, then development status,
    then nearest to ``start`` (the values as set)."""
    best: tuple[tuple[float, ...], tuple[float, float]] | None = None
    for same in GRID:
        for only in GRID:
            align.SAME_DIMENSION, align.ONLY_TARGET = same, only
            sc = CorpusScore()
            for doc in dev:
                score_document(doc, sc)
            key = (*_of(sc, "dev"), -abs(same - start[0]) - abs(only - start[1]))
            if best is None or key > best[0]:
                best = (key, (same, only))
    assert best is not None
    return best[1]


def jieba_trial(docs: list[Any]) -> str:
    """Bigrams against jieba words: each with SAME_DIMENSION and ONLY_TARGET refitted on the
    development part, then measured on every part."""
    dev = [d for d in docs if d.split == "dev"]
    lines = ["| words | SAME_DIMENSION, ONLY_TARGET (fitted on dev) | sample actual F1 | sample status "
             "| dev actual F1 | dev status | held-out actual F1 | held-out status |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    old = (align.SAME_DIMENSION, align.ONLY_TARGET, align.TOKENS["cut"])
    try:
        for cut in ("bigrams", "jieba"):
            align.TOKENS["cut"] = cut
            fitted = fit_on_dev(dev, old[:2])
            align.SAME_DIMENSION, align.ONLY_TARGET = fitted
            values = measure(docs).line
            lines.append(f"| {cut} | {fitted[0]}, {fitted[1]} | "
                         + " | ".join(f"{v:.3f}" for v in values) + " |")
    finally:
        align.SAME_DIMENSION, align.ONLY_TARGET, align.TOKENS["cut"] = old
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.align_ablation",
                                     description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--jieba", action="store_true", help="the jieba trial instead")
    group.add_argument("--documents", action="store_true",
                       help="count the sample rows and development documents each setting moves")
    args = parser.parse_args(argv)
    docs = load_corpus()
    if args.jieba:
        print(jieba_trial(docs))
    elif args.documents:
        print(documents_table(list(rows(docs))))
    else:
        print(table(docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
