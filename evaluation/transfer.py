"""How much of what the switchable rules gain on the development part carries to the held-out part.

    python -m evaluation.transfer

Each ablation (``evaluation.ablation`` for the reader, ``statement_ablation`` and
``judge_ablation`` for statements and judgement) switches one rule off at a time and names the
development documents it helps. That shows each rule earns its place where it was written; it
cannot show whether the rules, taken together, learnt the corpus or the trade. Here every switch of
a family is off at once and the corpus is scored as aggregates: the gain of the family on each part
(rules on minus rules off) and the share of the development gain that the held-out part keeps.
Held-out documents are never named; only the two aggregate lines are printed.

Rules switched *on* by an ablation (written, off in the package) stay off here, and the judge's
word lists (put back to an older commit by ``judge_ablation``) stay as they are: they are data a
user extends, not rules.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from evaluation import ablation, judge_ablation, statement_ablation
from evaluation.corpus import CorpusScore, Document, load_corpus, score_document

# The measures compared, as (label, how to read it off a part of a CorpusScore).
MEASURES: tuple[tuple[str, Callable[[CorpusScore, str], float]], ...] = (
    ("rows", lambda sc, sp: sc.rows.rate(sp)[0] or 0.0),
    ("cells", lambda sc, sp: sc.cells.rate(sp)[0] or 0.0),
    ("targets F1", lambda sc, sp: sc.targets.f1(sp)[2] or 0.0),
    ("actuals F1", lambda sc, sp: sc.actuals.f1(sp)[2] or 0.0),
    ("status", lambda sc, sp: sc.status.rate(sp)[0] or 0.0),
    ("at-risk R", lambda sc, sp: sc.at_risk.f1(sp)[1] or 0.0),
)
PARTS = ("dev", "heldout")
# A development gain below half a point is noise for a share: a row or two on either part.
MIN_GAIN = 0.005


def measure(docs: list[Document]) -> dict[str, tuple[float, ...]]:
    """Each measure of ``MEASURES`` on each part, the documents scored as they read now."""
    sc = CorpusScore()
    for doc in docs:
        score_document(doc, sc)
    return {part: tuple(read(sc, part) for _, read in MEASURES) for part in PARTS}


def _switched_on(name: str) -> bool:
    # The reader ablation names rules it switches ON ("off in the package, switched ON here"):
    # leave them off.
    return "switched ON" in name


@contextmanager
def reader_off() -> Iterator[int]:
    """Every switchable reader rule off at once; yields how many."""
    # Each rule goes off through the ablation's own ``_off``, which rebuilds the caches derived
    # from the lexicons with the rule off (as ``statements_off`` does with its ablations' ``off``).
    rules = [make for name, make in ablation._rules().items() if not _switched_on(name)]
    with contextlib.ExitStack() as stack:
        for make in rules:
            stack.enter_context(ablation._off(make))
        yield len(rules)


@contextmanager
def statements_off() -> Iterator[int]:
    """Every switch of ``evaluation.statement_ablation`` and ``judge_ablation`` off at once."""
    # Each switch goes off through its own ablation's ``off``, which also clears what was built
    # with it on: one way to switch a rule, whether one at a time or a family at once.
    offs = [(statement_ablation.off, name) for name in statement_ablation.SWITCHES]
    offs += [(judge_ablation.off, name) for name in judge_ablation.SWITCHES]
    with contextlib.ExitStack() as stack:
        for off, name in offs:
            stack.enter_context(off(name))
        yield len(offs)


def table(label: str, on: dict[str, tuple[float, ...]], off: dict[str, tuple[float, ...]]) -> str:
    """A markdown table: each measure with the family off and on, on each part, and the share of
    the development gain the held-out part keeps (— where the development part gains less than
    ``MIN_GAIN``)."""
    lines = [f"**{label}**", "",
             "| measure | development: off → on | held out: off → on | share of the gain kept |",
             "| --- | --- | --- | --- |"]
    for i, (name, _) in enumerate(MEASURES):
        dev, held = (on[p][i] - off[p][i] for p in PARTS)
        kept = f"{held / dev:.2f}" if dev >= MIN_GAIN else "—"
        lines.append(f"| {name} | {off['dev'][i]:.3f} → {on['dev'][i]:.3f} | "
                     f"{off['heldout'][i]:.3f} → {on['heldout'][i]:.3f} | {kept} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    docs = load_corpus()
    on = measure(docs)
    with reader_off() as n_reader:
        reader = measure(docs)
    with statements_off() as n_statements:
        statements = measure(docs)
    with reader_off(), statements_off():
        both = measure(docs)
    print(table(f"The reader's {n_reader} switches off", on, reader), end="\n\n")
    print(table(f"The {n_statements} statement and judge switches off", on, statements), end="\n\n")
    print(table("Both off", on, both))
    return 0


if __name__ == "__main__":
    sys.exit(main())
