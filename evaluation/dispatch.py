"""What the choice among the text readers costs: each development document read by every text
reader in turn.

    python -m evaluation.dispatch [--all]

A text without a table is read by the bulletin, numbered-items, article and generic readers, and
one reading is taken (zqmetrics.read.compete). Here every development document that went to the
text readers is read once more with each reader alone (the competition given that reader's
reading only), and the annotated rows each finds are counted. A document where another reader
finds more rows than the one taken lost rows to the choice (the dispatch); one where the label
differs but the rows do not lost nothing but the name. Only the development part is read: the
held-out part's documents are never named.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any
from unittest import mock

from evaluation.corpus import CorpusScore, Document, load_corpus, score_document

READERS = ("bulletin", "numbered_items", "prose", "generic")
TEXT_LAYOUTS = frozenset({"bulletin", "numbered_items", "prose"})


def _only(layout: str) -> Callable[..., Any]:
    from zqmetrics.read import compete

    best = compete.best_reading

    def chosen(lines: Any, readings: Any, listed: Any, names: Any = None) -> Any:
        return best(lines, [(k, items) for k, items in readings if k == layout], listed, names)

    return chosen


def rows_found(doc: Document, layout: str | None = None) -> tuple[int, int, str]:
    """Annotated rows found (and their number) with the reading taken, or with ``layout``'s
    reader alone; and the layout the frame names."""
    from zqmetrics.read import textitems

    sc = CorpusScore()
    if layout is None:
        score_document(doc, sc)
    else:
        with mock.patch.object(textitems, "best_reading", _only(layout)):
            score_document(doc, sc)
    _, found, total = sc.rows.rate(doc.split)
    chosen = next((c for (_, c), n in sc.confusion[doc.split].items() if n), "?")
    return found, total, chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.dispatch",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true",
                        help="every text document, not only those the choice or the label misses")
    args = parser.parse_args(argv)
    lost_total = mislabelled = costly = 0
    print("| document | annotated | taken | rows taken | " + " | ".join(READERS) + " |")
    print("| --- | --- | --- | --- | " + " | ".join("---" for _ in READERS) + " |")
    for doc in load_corpus():
        if doc.split != "dev" or doc.layout not in TEXT_LAYOUTS:
            continue
        found, total, chosen = rows_found(doc)
        alone = {k: rows_found(doc, k)[0] for k in READERS}
        lost = max(alone.values()) - found
        lost_total += max(0, lost)
        mislabelled += chosen != doc.layout
        costly += lost > 0
        if args.all or lost > 0 or chosen != doc.layout:
            cells = " | ".join(str(alone[k]) for k in READERS)
            print(f"| {doc.id} | {doc.layout} | {chosen} | {found}/{total} | {cells} |")
    print(f"\n{mislabelled} development text documents named another layout than annotated; "
          f"{costly} would find more rows with another reader ({lost_total} rows in all).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
