"""The ablation table: each alignment rule switched off, each threshold moved, and the effect.

    python -m evaluation.ablation [--jieba]

For every rule of ``zqmetrics.extraction.align.RULES`` and every threshold, the sample's actual
F1 and status agreement, and the corpus's actual F1 and status agreement on the development part
and on the held-out part (aggregate lines only: the held-out misses are never printed). A rule
that helps on only one document (the sample counts as one) has not earned its place.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import zqmetrics.extraction.align as align
from evaluation.corpus import CorpusScore, load_corpus, score_document
from evaluation.score import evaluate

THRESHOLDS = ("SAME_DIMENSION", "ONLY_TARGET", "OBJECT_GROUP", "SENTENCE_WEIGHT", "RESTATED",
              "QUALIFIED")


@contextmanager
def setting(rule: str | None = None, threshold: str | None = None, value: float = 0.0) -> Iterator[None]:
    old_rules = dict(align.RULES)
    old_value = getattr(align, threshold) if threshold else None
    try:
        if rule:
            align.RULES[rule] = False
        if threshold:
            setattr(align, threshold, value)
        yield
    finally:
        align.RULES.clear()
        align.RULES.update(old_rules)
        if threshold:
            setattr(align, threshold, old_value)


def measure(docs: list[Any]) -> tuple[float, ...]:
    ev = evaluate()
    status = ev.fields["status (numeric rows)"].rate
    sc = CorpusScore()
    for doc in docs:
        score_document(doc, sc)
    out = [ev.actuals.f1, status]
    for split in ("dev", "heldout"):
        out += [sc.actuals.f1(split)[2] or 0.0, sc.status.rate(split)[0] or 0.0]
    return tuple(out)


def rows(docs: list[Any]) -> Iterator[tuple[str, tuple[float, ...]]]:
    base = measure(docs)
    yield "all rules, thresholds as set", base
    for rule in align.RULES:
        with setting(rule=rule):
            yield f"without `{rule}`", measure(docs)
    for name in THRESHOLDS:
        current = getattr(align, name)
        for delta in (-0.1, 0.1):
            value = round(current + delta, 2)
            with setting(threshold=name, value=value):
                yield f"`{name}` {current} → {value}", measure(docs)


def table(docs: list[Any]) -> str:
    head = ("| setting | sample actual F1 | sample status | dev actual F1 | dev status "
            "| held-out actual F1 | held-out status |")
    lines = [head, "| --- | --- | --- | --- | --- | --- | --- |"]
    base: tuple[float, ...] | None = None
    for name, values in rows(docs):
        base = base or values
        cells = [f"{v:.3f}" + ("" if values is base or abs(v - b) < 5e-4 else f" ({v - b:+.3f})")
                 for v, b in zip(values, base, strict=True)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.ablation",
                                     description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    print(table(load_corpus()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
