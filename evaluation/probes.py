"""Score the reader's document-level decisions on probes: page openings labelled by hand.

    python -m evaluation.probes [--misses] [--doc ID]

A probe (``data/probes/<id>.txt``) is the first thousand or so characters of a real progress
report, with a provenance header that also holds five hand labels: ``gold-period``,
``gold-data-month``, the ``layout`` code, ``gold-items`` (task rows that start in the excerpt) and
``gold-first-task`` (the first row's task cell). Whole documents take an hour each to annotate;
probes take minutes, so there can be many more places, years and spellings of titles and
datelines among them. They measure what the reader decides once per document -- which layout
reader takes the text, which year and period it reports -- and whether the first task row is
found, which a wrong dispatch usually loses.

Like the corpus, the probes are split in two, alternately in the order they were taken; the
held-out half is printed only as one aggregate line, and only the development half may be read
document by document.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.corpus import ROOT, split_header, squash, task_key
from zqmetrics.read.spellings import one_spelling

PROBES = ROOT / "data" / "probes"
LAYOUTS = frozenset({"pipe_table", "paragraph_table", "vertical_pipe", "spaced_table", "grid",
                     "numbered_items", "prose", "bulletin"})
LABELS = ("gold-period", "gold-data-month", "gold-items", "gold-first-task", "layout", "split")
PERIOD = re.compile(r"none|\d{4}(?:H[12]|Q[1-4]|-(?:0[1-9]|1[0-2]))?")
MONTH = re.compile(r"none|\d{4}-(?:0[1-9]|1[0-2])")


@dataclass(frozen=True)
class Probe:
    id: str
    meta: dict[str, str]
    text: str

    @property
    def split(self) -> str:
        return self.meta.get("split", "dev")

    @property
    def layout(self) -> str:
        return self.meta.get("layout", "?")

    def gold(self, key: str) -> str | None:
        """A label as written; ``none`` (the excerpt never says) reads as None."""
        value = self.meta.get(f"gold-{key}", "").strip()
        return None if value in ("", "none") else value


def problems(probe: Probe) -> list[str]:
    """What is wrong with a probe's labels: a probe that cannot be scored must say so, not count."""
    out = [f"{probe.id}: no {key}" for key in LABELS if not probe.meta.get(key, "").strip()]
    if probe.meta.get("split") not in (None, "dev", "heldout"):
        out.append(f"{probe.id}: split {probe.meta['split']!r}")
    if probe.layout not in LAYOUTS:
        out.append(f"{probe.id}: layout {probe.layout!r}")
    if not PERIOD.fullmatch(probe.meta.get("gold-period", "none")):
        out.append(f"{probe.id}: gold-period {probe.meta.get('gold-period')!r}")
    if not MONTH.fullmatch(probe.meta.get("gold-data-month", "none")):
        out.append(f"{probe.id}: gold-data-month {probe.meta.get('gold-data-month')!r}")
    if not probe.meta.get("gold-items", "0").isdigit():
        out.append(f"{probe.id}: gold-items {probe.meta.get('gold-items')!r}")
    period = probe.gold("period")
    if period is not None and period.isdigit() and probe.gold("data-month") is None:
        # The corpus conventions (2026-11-28): a whole year's report has the data month YYYY-12.
        out.append(f"{probe.id}: gold-data-month none beside the whole year {period} "
                   f"(the conventions give {period}-12)")
    return out


def load_probes(folder: Path = PROBES) -> list[Probe]:
    probes = []
    for path in sorted(folder.glob("*.txt")):
        meta, text = split_header(path.read_text(encoding="utf-8"))
        probes.append(Probe(path.stem, meta, text))
    return probes


@dataclass
class ProbeScore:
    """Hits per (split, measure) and, for the development half, per (layout, measure)."""

    hits: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    totals: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    items: Counter[tuple[str, str]] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[tuple[str, str]] = field(default_factory=list)
    refused: Counter[str] = field(default_factory=Counter)

    def add(self, split: str, layout: str, measure: str, ok: bool) -> None:
        for lay in ("*", layout):
            self.totals[(split, lay, measure)] += 1
            self.hits[(split, lay, measure)] += bool(ok)

    def rate(self, split: str, layout: str, measure: str) -> tuple[float | None, int, int]:
        total = self.totals[(split, layout, measure)]
        hit = self.hits[(split, layout, measure)]
        return (hit / total if total else None), hit, total


MEASURES = ("period", "data_month", "layout", "first task", "items ±20%")


def score_probe(probe: Probe, sc: ProbeScore, read: Callable[[str], Any] | None = None) -> None:
    import zqmetrics as zq
    from zqmetrics.judge.records import records

    split, layout = probe.split, probe.layout
    try:
        frame = (read or zq.read_report)(probe.text)
        attrs = dict(frame.attrs)
        tasks = [squash(r.get("task")) for r in records(frame)]
    except Exception as exc:  # a refusal is a result: every measure of the probe is a miss
        sc.refused[split] += 1
        sc.misses.append((split, f"{probe.id}: refused: {type(exc).__name__}: {exc}"))
        attrs, tasks = {}, []
    got = {key: None if attrs.get(key) in (None, "") else str(attrs.get(key))
           for key in ("period", "data_month")}
    for key in ("period", "data_month"):
        want = probe.gold(key.replace("_", "-"))
        have = got[key]
        # Data through December are the year in either spelling (spellings.one_spelling).
        right = (have == want if key != "period"
                 else one_spelling(have) == one_spelling(want))
        sc.add(split, layout, key, right)
        if not right:
            sc.misses.append((split, f"{probe.id}: {key} {have} vs {want}"))
    chosen = str(attrs.get("layout"))
    sc.add(split, layout, "layout", chosen == layout)
    if split == "dev":
        sc.confusion[(layout, chosen)] += 1
    if chosen != layout:
        sc.misses.append((split, f"{probe.id}: layout {chosen} vs {layout}"))
    first = probe.gold("first-task")
    if first is not None:  # a probe whose excerpt starts no task row has no first task to find
        # Contained, not a prefix: the labellers wrote the task's noun phrase, leaving out a lead-in
        # such as 1至4月份, so a row whose cell opens with the lead-in has still found the task.
        key = task_key(first)
        found = any(key in task_key(t) for t in tasks)
        sc.add(split, layout, "first task", found)
        if not found:
            sc.misses.append((split, f"{probe.id}: first task «{first}» not found"))
    want_items = int(probe.meta.get("gold-items", "0") or 0)
    sc.add(split, layout, "items ±20%", abs(len(tasks) - want_items) <= max(1, 0.2 * want_items))
    sc.items[(split, "gold")] += want_items
    sc.items[(split, "read")] += len(tasks)


def _fmt(rate: tuple[float | None, int, int]) -> str:
    value, hit, total = rate
    return f"{'  -  ' if value is None else f'{value:.3f}'} ({hit}/{total})"


def report(sc: ProbeScore, layouts: Iterable[str] = ()) -> str:
    """Each measure per split; per layout and the layout confusion for the development half only."""
    out = []
    for split in ("dev", "heldout"):
        total = sc.totals[(split, "*", "period")]
        out.append(f"== {split}: {total} probes, {sc.refused[split]} refused, rows read "
                   f"{sc.items[(split, 'read')]} for {sc.items[(split, 'gold')]} labelled")
        names = ["*", *(sorted(layouts) if split == "dev" else [])]
        for layout in names:
            if not sc.totals[(split, layout, "period")]:
                continue
            line = "  ".join(f"{m} {_fmt(sc.rate(split, layout, m))}" for m in MEASURES)
            out.append(f"{'all' if layout == '*' else layout:<16} {line}")
    if sc.confusion:
        out.append("dev layout, labelled -> chosen: " + ", ".join(
            f"{a}->{b} {n}" for (a, b), n in sorted(sc.confusion.items()) if a != b))
    return "\n".join(out)


def evaluate_probes(folder: Path = PROBES, only: str | None = None) -> tuple[ProbeScore, set[str]]:
    sc = ProbeScore()
    layouts: set[str] = set()
    for probe in load_probes(folder):
        if only and probe.id != only:
            continue
        bad = problems(probe)
        if bad:  # said, never scored silently on a guess
            print("\n".join(bad), file=sys.stderr)
            continue
        layouts.add(probe.layout)
        score_probe(probe, sc)
    return sc, layouts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.probes",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the development half's misses")
    parser.add_argument("--doc", help="one development probe")
    args = parser.parse_args(argv)
    if args.doc:
        chosen = [p for p in load_probes() if p.id == args.doc]
        if not chosen:
            print(f"no probe {args.doc}", file=sys.stderr)
            return 2
        if chosen[0].split != "dev":
            print(f"{args.doc} is held out: only the aggregate line is read", file=sys.stderr)
            return 2
    sc, layouts = evaluate_probes(only=args.doc)
    print(report(sc, layouts))
    if args.misses or args.doc:
        print("\n" + "\n".join(m for split, m in sc.misses if split == "dev"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
