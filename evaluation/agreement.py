"""How far two annotators agree: a second, blind annotation scored against the corpus gold.

    python -m evaluation.agreement [--misses]

The corpus floors (rows found, cells, targets F1, status …) are measured against one person's
annotation. Where two careful annotators given the same conventions write different rows or start
a task cell at different words, no program can meet a floor, so the floors are only as strict as
the annotators agree. This measures that agreement: for every development document with a second
annotation in ``data/corpus/second/<id>.jsonl`` (written blind, from the conventions alone), the
second annotation is put in place of the program's records and scored with the very measures and
row pairing of ``evaluation.corpus`` (``score_records`` → ``pair_rows`` → ``evaluate_rows``).

Most measures are not symmetric (rows found is the reference's recall, a cell must start with the
reference's cell, status is counted over the reference's rows with a numeric target), so each is
given both ways: ``2nd|gold`` scores the second annotation with the gold as the reference (what a
program written by the second annotator would score), ``gold|2nd`` the reverse.

Held-out documents with a second annotation are scored the same way but only ever shown as one
aggregate line per direction: never one by one, never their differences (``--misses`` lists the
development part's alone), so the held-out part stays held out.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.corpus import (
    CORPUS,
    ROLE_COLUMNS,
    CorpusScore,
    Document,
    load_corpus,
    score_records,
)

SECOND = CORPUS / "second"
DIRECTIONS = ("2nd|gold", "gold|2nd")


def as_records(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Annotated rows in the shape of the program's records: each cell under the frame column
    its role is read from, with the row's targets, actuals, stated ratio and status.

    An amount that measures an unwritten target (``target_index`` null, not stated) is what the
    program writes against an implied target (the figure over its stated ratio); the scorer counts
    it only in that form, so it is given one here. Left as it is, every such figure the two
    annotators both wrote would count as a disagreement (a scorer artefact, not a difference).
    """
    out = []
    for row in rows:
        rec: dict[str, Any] = {ROLE_COLUMNS[role]: cell for role, cell in row.get("cells", {}).items()
                               if role in ROLE_COLUMNS}
        targets = list(row.get("targets", []))
        actuals = list(row.get("actuals", []))
        if any(a.get("target_index") is None and not a.get("stated") for a in actuals):
            implied = len(targets)
            targets.append({"metric": "", "value": None, "value_max": None, "unit": "",
                            "comparator": "exact", "kind": "amount", "quote": "", "implied": True})
            actuals = [{**a, "target_index": implied}
                       if a.get("target_index") is None and not a.get("stated") else a
                       for a in actuals]
        rec.update(targets=targets, actuals=actuals,
                   stated_ratio=row.get("stated_ratio"), status=row.get("status"))
        out.append(rec)
    return out


def attrs_of(head: dict[str, Any]) -> dict[str, Any]:
    """A document object read as the frame attributes the corpus score compares."""
    return {"period": head.get("period"), "data_month": head.get("data_month"),
            "layout": head.get("layout")}


def load_annotation(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with open(path, encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh if line.strip()]
    if not lines or "doc" not in lines[0]:
        raise ValueError(f"{path}: the first line must be the document object")
    return lines[0], lines[1:]


@dataclass
class Agreement:
    """Every corpus measure, per document and in total, in both directions."""

    total: dict[str, CorpusScore] = field(
        default_factory=lambda: {d: CorpusScore() for d in DIRECTIONS})
    per_doc: dict[str, dict[str, CorpusScore]] = field(default_factory=dict)
    # Held-out documents: summed, never kept one by one (their ids are not even listed).
    heldout: dict[str, CorpusScore] = field(
        default_factory=lambda: {d: CorpusScore() for d in DIRECTIONS})
    heldout_docs: int = 0
    skipped: list[str] = field(default_factory=list)


def score_pair(doc: Document, head: dict[str, Any], rows: list[dict[str, Any]],
               scores: dict[str, CorpusScore]) -> None:
    """Score the second annotation (``head``, ``rows``) against ``doc``'s gold, then the reverse."""
    second = Document(doc.id, doc.meta, doc.text, head, rows)
    score_records(doc, scores["2nd|gold"], as_records(rows), attrs_of(head))
    score_records(second, scores["gold|2nd"], as_records(doc.rows), attrs_of(doc.gold))


def measure(second: Path = SECOND, corpus: Path = CORPUS) -> Agreement:
    result = Agreement()
    docs = {d.id: d for d in load_corpus(corpus)}
    for path in sorted(second.glob("*.jsonl")):
        doc = docs.get(path.stem)
        if doc is None:
            result.skipped.append(f"{path.stem}: no such corpus document with a gold annotation")
            continue
        head, rows = load_annotation(path)
        if doc.split != "dev":  # held-out documents are never looked at one by one
            score_pair(doc, head, rows, result.heldout)
            result.heldout_docs += 1
            continue
        per = {d: CorpusScore() for d in DIRECTIONS}
        score_pair(doc, head, rows, per)
        score_pair(doc, head, rows, result.total)
        result.per_doc[doc.id] = per
    return result


def _pct(x: float | None) -> str:
    return "  - " if x is None else f"{x:4.2f}"


def line(sc: CorpusScore, split: str = "dev") -> str:
    """The corpus measures of one score (one split, all layouts) on one line."""
    r, c, pe = sc.rows.rate(split), sc.cells.rate(split), sc.period.rate(split)
    dm, ap = sc.data_month.rate(split), sc.actual_period.rate(split)
    t, a = sc.targets.f1(split), sc.actuals.f1(split)
    s, st, ar = sc.stated.rate(split), sc.status.rate(split), sc.at_risk.f1(split)
    # Status on the paired rows alone tells a judgement apart from a row one side did not write.
    fs = sc.found_status.rate(split)
    return (f"rows {_pct(r[0])} ({r[1]}/{r[2]})  cells {_pct(c[0])} ({c[1]}/{c[2]})  period {_pct(pe[0])}"
            f"  data_month {_pct(dm[0])}  targets F1 {_pct(t[2])} ({t[3]})  actuals F1 {_pct(a[2])} ({a[3]})"
            f"  a-period {_pct(ap[0])} ({ap[1]}/{ap[2]})  stated {_pct(s[0])} ({s[1]}/{s[2]})"
            f"  status {_pct(st[0])} ({st[1]}/{st[2]}) paired {_pct(fs[0])} ({fs[1]}/{fs[2]})"
            f"  at-risk P {_pct(ar[0])} R {_pct(ar[1])} ({ar[3]})")


def report(result: Agreement, misses: bool = False) -> str:
    out = [f"{len(result.per_doc)} documents with a second annotation "
           f"(2nd|gold: the second scored with the gold as reference; gold|2nd: the reverse)"]
    for doc_id, per in result.per_doc.items():
        out.append(doc_id)
        out += [f"  {d}  {line(per[d])}" for d in DIRECTIONS]
    out.append("total")
    out += [f"  {d}  {line(result.total[d])}" for d in DIRECTIONS]
    if result.heldout_docs:
        out.append(f"held out: {result.heldout_docs} documents, aggregate only")
        out += [f"  {d}  {line(result.heldout[d], 'heldout')}" for d in DIRECTIONS]
    out += [f"skipped {s}" for s in result.skipped]
    if misses:  # the development part's differences only: the held-out ones are never listed
        for d in DIRECTIONS:
            out += ["", f"differences ({d}):", *(m for split, m in result.total[d].misses if split == "dev")]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.agreement",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true",
                        help="list every difference of the development part, both ways")
    args = parser.parse_args(argv)
    print(report(measure(), misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
