"""The ablation table: each alignment rule switched off, each threshold moved, and the effect.

    python -m evaluation.align_ablation [--jieba]

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

THRESHOLDS = ("SAME_DIMENSION", "ONLY_TARGET", "OBJECT_GROUP", "SENTENCE_WEIGHT", "RESTATED")


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


GRID = (0.1, 0.2, 0.3, 0.4, 0.5)


def jieba_trial(docs: list[Any]) -> str:
    """Bigrams against jieba words: each with SAME_DIMENSION and ONLY_TARGET refitted on the
    development part (best dev actual F1, then dev status), then measured on every part."""
    dev = [d for d in docs if d.split == "dev"]
    lines = ["| words | SAME_DIMENSION, ONLY_TARGET (fitted on dev) | sample actual F1 | sample status "
             "| dev actual F1 | dev status | held-out actual F1 | held-out status |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    old = (align.SAME_DIMENSION, align.ONLY_TARGET, align.TOKENS["cut"])
    try:
        for cut in ("bigrams", "jieba"):
            align.TOKENS["cut"] = cut
            best: tuple[tuple[float, ...], tuple[float, float]] | None = None
            for same in GRID:
                for only in GRID:
                    align.SAME_DIMENSION, align.ONLY_TARGET = same, only
                    sc = CorpusScore()
                    for doc in dev:
                        score_document(doc, sc)
                    key = (sc.actuals.f1("dev")[2] or 0.0, sc.status.rate("dev")[0] or 0.0,
                           -abs(same - old[0]) - abs(only - old[1]))
                    if best is None or key > best[0]:
                        best = (key, (same, only))
            assert best is not None
            align.SAME_DIMENSION, align.ONLY_TARGET = best[1]
            values = measure(docs)
            lines.append(f"| {cut} | {best[1][0]}, {best[1][1]} | "
                         + " | ".join(f"{v:.3f}" for v in values) + " |")
    finally:
        align.SAME_DIMENSION, align.ONLY_TARGET, align.TOKENS["cut"] = old
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.align_ablation",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--jieba", action="store_true", help="the jieba trial instead")
    args = parser.parse_args(argv)
    docs = load_corpus()
    print(jieba_trial(docs) if args.jieba else table(docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
