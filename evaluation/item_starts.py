"""Learned item starts (issue 10): the target, the model, and its leave-one-collection-out measure.

    python -m evaluation.item_starts            # the target: the reader's starts against the gold's
    python -m evaluation.item_starts --train    # learn the weights on every development document
    python -m evaluation.item_starts --cv       # leave one collection out: model against reader

Every gold row's task head is a position in its document's text. The candidates of
``evaluation.learned_starts`` (after 。；！？, a line break, ：, before a numbering mark, after
，) are labelled positive where a task head starts (after marks and white space, as the corpus
scorer folds a task cell: ``evaluation.corpus.task_key``). Starts are compared as positions in
the text with white space removed: the reader's own (the task cells of ``read_report``'s rows,
found in order), the model's (candidates scored at or above the threshold) and the gold's.

Only development documents are read: a document's split is read from its header before its text
is loaded, and a held-out one is never opened further. The groups left out in turn are the
collections (the tuples of ``tests/test_evaluation_statements.py``; a development document in
none is grouped by the section of ``data/corpus/README.md`` that first names it).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.corpus import CORPUS, ROOT, task_key
from evaluation.learned_starts import WEIGHTS, Candidate, candidates, features, probability

TUPLES = ROOT / "tests" / "test_evaluation_statements.py"
HEAD = 8  # first characters of a folded task cell that place it in the text
L2 = 1.0
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 19))


@dataclass(frozen=True)
class DevDocument:
    id: str
    layout: str
    text: str
    rows: tuple[dict[str, Any], ...]


def _header_split(path: Path) -> str:
    """The document's split, from its header lines only (the text after ``# ---`` is not read)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            stripped = line.strip()
            if stripped == "# ---" or (stripped and not stripped.startswith("#")):
                break
            if stripped.startswith("# split:"):
                return stripped.split(":", 1)[1].strip()
    return "dev"


def dev_documents(folder: Path = CORPUS, ids: Iterable[str] | None = None) -> list[DevDocument]:
    """The development documents with gold (only those named in ``ids`` when given)."""
    from evaluation.corpus import split_header

    keep = set(ids) if ids is not None else None
    out = []
    for path in sorted((folder / "docs").glob("*.txt")):
        if keep is not None and path.stem not in keep:
            continue
        gold_path = folder / "gold" / f"{path.stem}.jsonl"
        if not gold_path.exists() or _header_split(path) != "dev":
            continue
        meta, text = split_header(path.read_text(encoding="utf-8"))
        with open(gold_path, encoding="utf-8") as fh:
            lines = [json.loads(line) for line in fh if line.strip()]
        layout = str(lines[0].get("layout") or meta.get("layout", "?"))
        out.append(DevDocument(path.stem, layout, text, tuple(lines[1:])))
    return out


def collection_groups(ids: Sequence[str], tuples: Path = TUPLES,
                      readme: Path = CORPUS / "README.md") -> dict[str, str]:
    """Each document's group: its collection tuple, else the first README section naming it."""
    groups: dict[str, str] = {}
    if tuples.exists():
        tree = ast.parse(tuples.read_text(encoding="utf-8"))
        for node in tree.body:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)
                    and node.targets[0].id.endswith("_COLLECTION")
                    and isinstance(node.value, ast.Tuple)):
                continue
            for elt in node.value.elts:
                if isinstance(elt, ast.Constant) and isinstance(elt.value, str):
                    groups.setdefault(elt.value, node.targets[0].id)
    sections: list[tuple[str, str]] = []
    if readme.exists():
        title, body = "documents", list[str]()
        for line in readme.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                sections.append((title, "\n".join(body)))
                title, body = line.lstrip("# ").strip(), []
            else:
                body.append(line)
        sections.append((title, "\n".join(body)))
    for doc_id in ids:
        if doc_id in groups:
            continue
        # A collection's own section first: a decisions section may name a document in passing.
        naming = [t for t, b in sections if t != "The documents" and re.search(
            rf"(?<![\w-]){re.escape(doc_id)}(?![\w-])", b)]
        where = next((t for t in naming if "collection" in t.lower()),
                     naming[0] if naming else "The documents")
        groups[doc_id] = f"README: {where}"
    return {i: groups[i] for i in ids}


class Folded:
    """A text with white space removed and each character folded to one width (NFKC), with the
    position in the folded text of each original position."""

    def __init__(self, text: str):
        chars: list[str] = []
        self.at: list[int] = []
        for ch in text:
            self.at.append(len(chars))
            if ch.isspace():
                continue
            chars.extend(unicodedata.normalize("NFKC", ch))
        self.at.append(len(chars))
        self.text = "".join(chars)


def _locate(heads: Iterable[str], folded: Folded) -> list[int | None]:
    """Where each head starts in the folded text, in order (None: not found)."""
    out: list[int | None] = []
    cursor = 0
    for head in heads:
        key = task_key(head)[:HEAD]
        if not key:
            out.append(None)
            continue
        at = folded.text.find(key, cursor)
        if at < 0:
            at = folded.text.find(key)
        out.append(at if at >= 0 else None)
        if at >= 0:
            cursor = at + 1
    return out


_TABLE_LEAD = re.compile(r"^(?:\|?[(（]?\d{1,3}[)）]?\|)?\|*")


def content_start(folded: Folded, cand: Candidate, window: int = 60) -> int:
    """Where a candidate's task head would start as the scorer folds it (marks, a leading period
    phrase, 其中 and a table's row number skipped)."""
    start = folded.at[cand.at]
    piece = folded.text[start:start + window]
    piece = piece[_TABLE_LEAD.match(piece).end():]  # type: ignore[union-attr]
    key = task_key(piece)
    return start + (len(folded.text[start:start + window]) - len(key)) if key else start


@dataclass
class Example:
    doc: str
    layout: str
    starts: list[int]              # each candidate's content start (folded)
    names: list[list[str]]         # each candidate's features
    labels: list[int]
    gold: set[int]
    reader: set[int]


def gold_starts(doc: DevDocument, folded: Folded) -> set[int]:
    heads = [row.get("cells", {}).get("task") for row in doc.rows]
    return {at for at in _locate([h for h in heads if h], folded) if at is not None}


def reader_rows(doc: DevDocument) -> tuple[list[str], str | None]:
    """The task cells of the reader's rows and the layout it chose (a refusal: none)."""
    import zqmetrics as zq

    try:
        frame = zq.read_report(doc.text)
    except Exception as exc:  # a refusal counts as no starts; said, not raised
        print(f"{doc.id}: reader refused: {type(exc).__name__}: {exc}", file=sys.stderr)
        return [], None
    tasks = [str(t) for t in frame["task"].tolist()] if "task" in frame.columns else []
    return tasks, frame.attrs.get("layout")


def examples(docs: Sequence[DevDocument], cache: dict[str, Any] | None = None,
             heads: bool = False) -> list[Example]:
    out = []
    for doc in docs:
        if cache is not None and doc.id in cache:
            tasks, layout = cache[doc.id]
        else:
            tasks, layout = reader_rows(doc)
            if cache is not None:
                cache[doc.id] = (tasks, layout)
        folded = Folded(doc.text)
        cands = candidates(doc.text)
        starts = [content_start(folded, c) for c in cands]
        gold = gold_starts(doc, folded)
        reader = {at for at in _locate(tasks, folded) if at is not None}
        names = features(doc.text, cands, layout, heads=heads)
        labels = [int(s in gold) for s in starts]
        out.append(Example(doc.id, doc.layout, starts, names, labels, gold, reader))
    return out


# --- the model: logistic regression, fitted with numpy (imported here only: training only) ---

def fit(rows: Sequence[Sequence[str]], labels: Sequence[int], l2: float | None = None,
        iterations: int = 300) -> dict[str, float]:
    """Weights of an L2-regularised logistic regression on binary features (Newton's method)."""
    import numpy as np  # heavy: imported for training only

    vocab = sorted({n for r in rows for n in r})
    index = {n: i for i, n in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for i, r in enumerate(rows):
        for n in r:
            x[i, index[n]] = 1.0
    y = np.asarray(labels, dtype=float)
    w = np.zeros(len(vocab))
    penalty = np.full(len(vocab), L2 if l2 is None else l2)
    if "bias" in index:
        penalty[index["bias"]] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    return {n: float(w[i]) for n, i in index.items() if abs(w[i]) > 1e-6}


@dataclass
class StartScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set[int], gold: set[int]) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Table:
    scores: dict[tuple[str, str], StartScore] = field(default_factory=lambda: defaultdict(StartScore))

    def add(self, who: str, layout: str, predicted: set[int], gold: set[int]) -> None:
        for key in ((who, layout), (who, "all")):
            self.scores[key].add(predicted, gold)


def predicted_starts(ex: Example, weights: dict[str, float], threshold: float) -> set[int]:
    return {s for s, names in zip(ex.starts, ex.names, strict=True)
            if probability(names, weights) >= threshold}


def reachable(exs: Sequence[Example]) -> tuple[int, int]:
    """Gold starts that some candidate reaches, of all gold starts."""
    return (sum(len(e.gold & set(e.starts)) for e in exs), sum(len(e.gold) for e in exs))


HEADS_MIN_GROUPS = 3  # a clause's first two characters are a feature only when seen in this many


def kept_heads(exs: Sequence[Example], groups: dict[str, str],
               min_groups: int = HEADS_MIN_GROUPS) -> set[str]:
    """The ``head2:`` features seen in ``min_groups`` collections or more of ``exs``."""
    where: dict[str, set[str]] = defaultdict(set)
    for ex in exs:
        for row in ex.names:
            for n in row:
                if n.startswith("head2:"):
                    where[n].add(groups[ex.doc])
    return {n for n, g in where.items() if len(g) >= min_groups}


def cross_validate(exs: Sequence[Example], groups: dict[str, str],
                   thresholds: Sequence[float]) -> dict[float, Table]:
    """Each group's documents scored by the model trained without that group, at each threshold:
    the model alone, the reader, and the reader's starts with the model's added (``union``)."""
    tables = {t: Table() for t in thresholds}
    for group in sorted(set(groups.values())):
        train = [e for e in exs if groups[e.doc] != group]
        test = [e for e in exs if groups[e.doc] == group]
        keep = kept_heads(train, groups)
        weights = fit(*_design(train, keep))
        for ex in test:
            ex_names = _filtered(ex.names, keep)
            scored = Example(ex.doc, ex.layout, ex.starts, ex_names, ex.labels, ex.gold, ex.reader)
            for t in thresholds:
                model = predicted_starts(scored, weights, t)
                tables[t].add("model", ex.layout, model, ex.gold)
                tables[t].add("reader", ex.layout, ex.reader, ex.gold)
                tables[t].add("union", ex.layout, ex.reader | model, ex.gold)
    return tables


def _filtered(names: list[list[str]], keep: Set[str]) -> list[list[str]]:
    return [[n for n in row if not n.startswith("head2:") or n in keep] for row in names]


def _design(exs: Sequence[Example], keep: Set[str] = frozenset()) -> tuple[list[list[str]], list[int]]:
    rows: list[list[str]] = []
    labels: list[int] = []
    for ex in exs:
        rows += _filtered(ex.names, keep)
        labels += ex.labels
    return rows, labels


def target_table(exs: Sequence[Example]) -> str:
    table = Table()
    for ex in exs:
        table.add("reader", ex.layout, ex.reader, ex.gold)
    layouts = sorted({e.layout for e in exs})
    out = ["layout            docs  gold  reachable   reader P     R     F1"]
    for layout in ["all", *layouts]:
        part = [e for e in exs if layout in ("all", e.layout)]
        reach, total = reachable(part)
        p, r, f = table.scores[("reader", layout)].prf()
        out.append(f"{layout:<16} {len(part):>5} {total:>5} {reach:>5} ({reach / max(total, 1):.2f})"
                   f"  {p:.3f} {r:.3f} {f:.3f}")
    return "\n".join(out)


def cv_table(tables: dict[float, Table], layouts: Sequence[str], threshold: float) -> str:
    table = tables[threshold]
    out = [f"threshold {threshold}",
           "layout            reader P     R     F1   model P     R     F1   reader+model P     R     F1"]
    for layout in ["all", *layouts]:
        cells = []
        for who in ("reader", "model", "union"):
            p, r, f = table.scores[(who, layout)].prf()
            cells.append(f"{p:.3f} {r:.3f} {f:.3f}")
        out.append(f"{layout:<16}  " + "    ".join(cells))
    return "\n".join(out)


def best_threshold(tables: dict[float, Table]) -> float:
    return max(tables, key=lambda t: (tables[t].scores[("model", "all")].prf()[2], -t))


def write_weights(weights: dict[str, float], threshold: float, path: Path = WEIGHTS) -> None:
    lines = [
        "# feature\tweight",
        "# Weights of the learned item starts (evaluation/learned_starts.py), written by",
        "# `python -m evaluation.item_starts --train` from the development gold only (never edit by",
        "# hand). @threshold is the probability at or above which a candidate is a start (chosen",
        "# by leave-one-collection-out on the development part, docs/reader.md).",
        f"@threshold\t{threshold}",
    ]
    lines += [f"{name}\t{weights[name]:.6f}" for name in sorted(weights)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- the reader as it stood when each document arrived (its honest, out-of-sample starts) --------

_READ_TASKS = """
import json, sys
import zqmetrics as zq
out = {}
for doc_id, path in json.loads(sys.argv[1]).items():
    from evaluation_text import text_of
    try:
        frame = zq.read_report(text_of(path))
        out[doc_id] = [str(t) for t in frame["task"].tolist()] if "task" in frame.columns else []
    except Exception as exc:
        print(doc_id, type(exc).__name__, exc, file=sys.stderr)
        out[doc_id] = []
print(json.dumps(out, ensure_ascii=False))
"""
_TEXT_OF = """
def text_of(path):
    raw = open(path, encoding="utf-8").read()
    lines = raw.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.strip() == "# ---":
            return "".join(lines[i + 1:])
    return raw
"""


def arrival_commits(ids: Iterable[str], folder: Path = CORPUS) -> dict[str, str]:
    """Each document's arrival: the first commit that added its gold file (needs the git history)."""
    import subprocess

    out = {}
    for doc_id in ids:
        gold = (folder / "gold" / f"{doc_id}.jsonl").relative_to(ROOT)
        log = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", str(gold)],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
        if log:
            out[doc_id] = log[-1]
    return out


def arrival_readings(docs: Sequence[DevDocument], folder: Path = CORPUS) -> dict[str, list[str]]:
    """The task cells the program read from each document as it stood just before the document's
    gold arrived (the arrival commit's parent; collections were committed before any run)."""
    import subprocess
    import tempfile

    commits = arrival_commits([d.id for d in docs], folder)
    by_commit: dict[str, list[str]] = defaultdict(list)
    for doc_id, commit in commits.items():
        by_commit[commit].append(doc_id)
    tasks: dict[str, list[str]] = {}
    for commit, ids in sorted(by_commit.items()):
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(["git", "archive", f"{commit}^", "zqmetrics"], cwd=ROOT,
                                     capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            Path(tmp, "evaluation_text.py").write_text(_TEXT_OF, encoding="utf-8")
            paths = {i: str(folder / "docs" / f"{i}.txt") for i in ids}
            run = subprocess.run([sys.executable, "-c", _READ_TASKS, json.dumps(paths)], cwd=tmp,
                                 capture_output=True, text=True, env={"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin"})
            if run.returncode != 0:
                print(f"{commit[:7]}: the program of then failed: {run.stderr[-300:]}", file=sys.stderr)
                continue
            tasks.update(json.loads(run.stdout.strip().splitlines()[-1]))
    return tasks


def arrival_table(exs: Sequence[Example], docs: Sequence[DevDocument], groups: dict[str, str],
                  threshold: float, then: dict[str, list[str]]) -> str:
    """Start P/R/F1 of the program of each document's arrival (out of sample, as the held-out part
    meets today's), of the CV model, of the two together, and of today's reader. Documents the
    program of then read no row from are left out (the first collection's program read only the
    bundled sample's table form)."""
    by_id = {d.id: d for d in docs}
    weights = {g: fit(*_design([e for e in exs if groups[e.doc] != g])) for g in set(groups.values())}
    table = Table()
    left = 0
    for ex in exs:
        if not then.get(ex.doc):
            left += 1
            continue
        folded = Folded(by_id[ex.doc].text)
        starts = {at for at in _locate(then[ex.doc], folded) if at is not None}
        model = predicted_starts(ex, weights[groups[ex.doc]], threshold)
        table.add("arrival", ex.layout, starts, ex.gold)
        table.add("model", ex.layout, model, ex.gold)
        table.add("union", ex.layout, starts | model, ex.gold)
        table.add("today", ex.layout, ex.reader, ex.gold)
    out = [f"threshold {threshold}; {len(then) - left} documents read by the program of their arrival "
           f"({left} from which it read no row left out)",
           "layout            at arrival P   R     F1   CV model P   R     F1   arrival+model F1  today F1"]
    for layout in ["all", *sorted({e.layout for e in exs})]:
        if ("arrival", layout) not in table.scores:
            continue
        cells = []
        for who in ("arrival", "model"):
            p, r, f = table.scores[(who, layout)].prf()
            cells.append(f"{p:.3f} {r:.3f} {f:.3f}")
        cells.append(f"{table.scores[('union', layout)].prf()[2]:.3f}            "
                     f"{table.scores[('today', layout)].prf()[2]:.3f}")
        out.append(f"{layout:<16}  " + "    ".join(cells))
    return "\n".join(out)


_CACHE = Path("/tmp") / "zq_item_starts_reader.json"


def _load_cache(use: bool) -> dict[str, Any]:
    if use and _CACHE.exists():
        return {k: tuple(v) for k, v in json.loads(_CACHE.read_text(encoding="utf-8")).items()}
    return {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.item_starts",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="write the weights (all development)")
    parser.add_argument("--cv", action="store_true", help="leave one collection out")
    parser.add_argument("--threshold", type=float, help="the threshold (default: best by CV)")
    parser.add_argument("--cache", action="store_true",
                        help=f"keep the reader's rows in {_CACHE} between runs (same program only)")
    parser.add_argument("--heads", action="store_true",
                        help=f"the first two characters of the clause after as features (only those "
                             f"seen in {HEADS_MIN_GROUPS}+ collections of the training part)")
    parser.add_argument("--arrival", action="store_true",
                        help="with --cv: the starts of the program as it stood when each document "
                             "arrived (its out-of-sample starts; needs the git history, minutes)")
    parser.add_argument("--ids", nargs="*", help="only these development documents")
    parser.add_argument("--folder", type=Path, default=CORPUS, help="the corpus folder")
    parser.add_argument("--weights", type=Path, default=WEIGHTS, help="where --train writes")
    args = parser.parse_args(argv)
    docs = dev_documents(args.folder, ids=args.ids)
    if not docs:
        print("no development document with gold", file=sys.stderr)
        return 1
    cache = _load_cache(args.cache)
    exs = examples(docs, cache, heads=args.heads)
    if args.cache:
        _CACHE.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    print(f"{len(docs)} development documents, {sum(len(e.starts) for e in exs)} candidates, "
          f"{sum(sum(e.labels) for e in exs)} positive")
    print(target_table(exs))
    threshold = args.threshold
    if args.cv:
        groups = collection_groups([d.id for d in docs], readme=args.folder / "README.md")
        if len(set(groups.values())) < 2:
            print("one group only: nothing to leave out", file=sys.stderr)
            return 1
        print(f"\n{len(set(groups.values()))} groups left out in turn")
        tables = cross_validate(exs, groups, THRESHOLDS)
        best = best_threshold(tables)
        threshold = threshold if threshold is not None else best
        layouts = sorted({e.layout for e in exs})
        print(cv_table(tables, layouts, threshold))
        for who in ("model", "union"):
            print(f"{who} F1 by threshold: " + "  ".join(
                f"{t}:{tables[t].scores[(who, 'all')].prf()[2]:.3f}" for t in THRESHOLDS))
        if args.arrival:
            arrival_cache = _CACHE.with_name("zq_item_starts_arrival.json")
            if args.cache and arrival_cache.exists():
                then = json.loads(arrival_cache.read_text(encoding="utf-8"))
            else:
                then = arrival_readings(docs, args.folder)
                if args.cache:
                    arrival_cache.write_text(json.dumps(then, ensure_ascii=False), encoding="utf-8")
            print("\n" + arrival_table(exs, docs, groups, threshold, then))
    if args.train:
        keep = (kept_heads(exs, collection_groups([d.id for d in docs], readme=args.folder / "README.md"))
                if args.heads else set())
        weights = fit(*_design(exs, keep))
        write_weights(weights, threshold if threshold is not None else 0.5, args.weights)
        print(f"wrote {len(weights)} weights to {args.weights}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
