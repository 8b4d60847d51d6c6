"""Which rules help development documents that arrived after they were written.

    python -m evaluation.prospective [--min-later N] [--save FILE | --load FILE] [--refresh]

``evaluation.transfer`` compares the gain of a whole family of rules on the two parts of the
corpus; the held-out part may only be read as aggregates, so it cannot say which rules carry. The
development part can, from its own history: it grew collection by collection, each collection
scored once on arrival, and every rule was written before some of the documents now in it. For
each switch of the three ablations (``evaluation.ablation``, ``statement_ablation``,
``judge_ablation``) the documents it helps or hurts (its ablation's own per-document counts, the
switch off against on) are split into **earlier** (present when the switch was written) and
**later** (arrived after). A rule that helps later documents has shown transfer on text it was not
written on; one that helps only its earlier documents has not (yet).

When a switch was written and when a document arrived come from git (``--refresh``), kept in
``evaluation/data/rule_history.tsv`` so that the measure runs on a clone without history:

- a switch is dated by the first commit whose ``evaluation/*ablation*.py`` names it, followed
  through renames (a name that disappears while a new one takes its switching code, or a close
  wording of it, is the same switch);
- a document by the first commit that added its gold file;
- "present when written" is ancestry: the document's commit is the switch's commit or one before
  it in its history (a document added on a branch the rule's author had not merged is later);
- a later document may have been helped because the rule was extended for it afterwards, so each
  document also carries how many commits named it after its arrival: the help given to later
  documents never named again is the cleanest evidence of transfer.

The figures and how to read them: docs/transfer.md.

Only development documents are read; the held-out part is not scored here at all.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from evaluation.corpus import ROOT, CorpusScore, load_corpus

HISTORY = ROOT / "evaluation" / "data" / "rule_history.tsv"
FAMILIES = ("reader", "statements", "judge")
# The counts every family's gain is also shown in, whatever its ablation judges it on.
GAINS = ("rows", "cells", "status")
# A rule whose earlier documents are of layouts that this many later documents also have, and
# that helps none of those, is listed for a second look.
MIN_LATER = 3
# How close a new name must be to a name that disappeared in the same commit to be its rename
# when its switching code changed too (difflib's ratio).
RENAME_RATIO = 0.6
# A rate of the statement and judge ablations moving less than this has not moved (their own
# reports print three places).
MOVED = 5e-4


# ---------------------------------------------------------------- history (pure parts first)


def dict_entries(source: str) -> dict[str, str]:
    """Every ``"name": value`` of a dict literal in a Python source, the value's code with its
    white space squeezed; a version that does not parse gives nothing."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return {}
    out: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        for key, value in zip(node.keys, node.values, strict=True):
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                code = ast.get_source_segment(source, value) or ""
                out[key.value] = " ".join(code.split())
    return out


@dataclass(frozen=True)
class Written:
    """When a switch was first named, and how it was followed to its present name."""

    commit: str
    how: str  # "named", "renamed (same switch)" or "renamed (similar name)"


def lineages(versions: Iterable[tuple[str, Mapping[str, str]]]) -> dict[str, Written]:
    """The commit each name of the last version was first written in, from the versions of the
    ablation files in order (commit, {name: switching code}).

    A name seen before keeps its lineage. A new name takes the lineage of a name that is gone in
    this version and whose switching code it has (a rename), or failing that whose wording is
    close (a rename with its code edited); otherwise it starts one."""
    first: dict[int, str] = {}
    renamed: dict[int, str] = {}
    of_name: dict[str, int] = {}
    of_code: dict[str, int] = {}
    current: Mapping[str, str] = {}
    for commit, entries in versions:
        gone = {name: of_name[name] for name in current if name not in entries and name in of_name}
        for name, code in entries.items():
            if name in of_name:
                line = of_name[name]
            else:
                was = _renamed_from(name, code, gone, of_code)
                if was is None:
                    line = len(first)
                    first[line] = commit
                else:
                    line = was
                    renamed.setdefault(line, "")
                    if of_code.get(code) != line:
                        renamed[line] = "renamed (similar name)"
                    elif not renamed[line]:
                        renamed[line] = "renamed (same switch)"
                of_name[name] = line
            of_code[code] = line
        current = entries
    return {name: Written(first[of_name[name]], renamed.get(of_name[name]) or "named")
            for name in current}


def _renamed_from(name: str, code: str, gone: Mapping[str, int],
                  of_code: Mapping[str, int]) -> int | None:
    lines = set(gone.values())
    if code and of_code.get(code) in lines:
        return of_code[code]
    best = max(gone, key=lambda old: difflib.SequenceMatcher(None, old, name).ratio(), default=None)
    if best is not None and difflib.SequenceMatcher(None, best, name).ratio() >= RENAME_RATIO:
        return gone[best]
    return None


def first_added(log: str) -> dict[str, str]:
    """The first commit that added each path, from ``git log --reverse --name-status`` output with
    ``@<commit>`` lines before each commit's files."""
    out: dict[str, str] = {}
    commit = ""
    for line in log.splitlines():
        if line.startswith("@"):
            commit = line[1:].strip()
        elif line[:1] == "A" and "\t" in line:
            out.setdefault(line.split("\t", 1)[1].strip(), commit)
    return out


def named_after(messages: Mapping[str, str], arrived: Mapping[str, str],
                before: Mapping[str, set[str]]) -> dict[str, int]:
    """For each document (id -> the commit it arrived in), how many commit messages name it
    (the id whole, not inside a longer one), leaving out its arrival commit and those before it
    (``before``: commit -> itself and its ancestors)."""
    out = {}
    for doc, commit in arrived.items():
        name = re.compile(rf"(?<![\w-]){re.escape(doc)}(?![\w-])")
        out[doc] = sum(1 for c, body in messages.items()
                       if c not in before[commit] and name.search(body))
    return out


def ranges(numbers: Iterable[int]) -> str:
    """``1-4,7`` for {1, 2, 3, 4, 7}; ``-`` for none."""
    parts: list[str] = []
    for n in sorted(set(numbers)):
        if parts and n == int(parts[-1].rpartition("-")[2]) + 1:
            parts[-1] = f"{parts[-1].partition('-')[0]}-{n}"
        else:
            parts.append(str(n))
    return ",".join(parts) or "-"


def parse_ranges(text: str) -> frozenset[int]:
    out: set[int] = set()
    for part in text.strip().split(","):
        if part and part != "-":
            low, _, high = part.partition("-")
            out.update(range(int(low), int(high or low) + 1))
    return frozenset(out)


@dataclass(frozen=True)
class Switch:
    family: str
    name: str
    commit: str
    date: str
    how: str
    seen: frozenset[int]  # the arrivals (numbered document commits) present when it was written


@dataclass(frozen=True)
class Arrival:
    doc: str
    number: int
    commit: str
    date: str
    # Commits after its arrival whose message names the document: work done on it by name (a
    # rule or a word list fitted to it, or a result reported). A later document never named again
    # is the cleanest test of a rule written before it.
    named: int = 0


@dataclass(frozen=True)
class History:
    switches: dict[tuple[str, str], Switch]
    arrivals: dict[str, Arrival]

    def earlier(self, family: str, name: str, doc: str) -> bool | None:
        """Whether ``doc`` was present when the switch was written (None: either not known)."""
        switch = self.switches.get((family, name))
        arrival = self.arrivals.get(doc)
        if switch is None or arrival is None:
            return None
        return arrival.number in switch.seen


HEADER = ("# When each ablation switch was written and when each development document arrived "
          "(python -m evaluation.prospective --refresh; see its docstring).\n"
          "# switch\tfamily\tname\tcommit\tdate\thow\tarrivals present (numbers below)\n"
          "# document\tid\tarrival\tcommit\tdate\tcommits naming it after its arrival\n")


def write_history(history: History, path: Path = HISTORY) -> None:
    lines = [HEADER]
    for s in history.switches.values():
        lines.append("\t".join(("switch", s.family, s.name, s.commit, s.date, s.how,
                                ranges(s.seen))) + "\n")
    for a in sorted(history.arrivals.values(), key=lambda a: (a.number, a.doc)):
        lines.append("\t".join(("document", a.doc, str(a.number), a.commit, a.date,
                                str(a.named))) + "\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(lines), encoding="utf-8")


def read_history(path: Path = HISTORY) -> History:
    switches: dict[tuple[str, str], Switch] = {}
    arrivals: dict[str, Arrival] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0] == "switch" and len(cells) == 7:
            family, name, commit, date, how, seen = cells[1:]
            switches[(family, name)] = Switch(family, name, commit, date, how, parse_ranges(seen))
        elif cells[0] == "document" and len(cells) == 6:
            arrivals[cells[1]] = Arrival(cells[1], int(cells[2]), cells[3], cells[4],
                                         int(cells[5]))
        else:
            raise ValueError(f"{path}:{number}: not a switch or document line: {line[:80]!r}")
    return History(switches, arrivals)


# ---------------------------------------------------------------- the switches of the ablations


def switches() -> dict[str, dict[str, Callable[[], AbstractContextManager[Any]]]]:
    """Each family's switches, name -> a context that turns it off."""
    from evaluation import ablation, judge_ablation, statement_ablation

    # Rules the reader ablation switches ON (off in the package) are left out, as
    # ``evaluation.transfer`` leaves them: their ablation measures a rule the package does not run.
    reader: dict[str, Callable[[], AbstractContextManager[Any]]] = {
        name: partial(ablation._off, make)
        for name, make in ablation._rules().items() if "switched ON" not in name}
    statements: dict[str, Callable[[], AbstractContextManager[Any]]] = {
        name: partial(statement_ablation.off, name) for name in statement_ablation.SWITCHES}
    judge: dict[str, Callable[[], AbstractContextManager[Any]]] = {
        name: partial(judge_ablation.off, name)
        for name in [*judge_ablation.SWITCHES, *judge_ablation.WORD_LISTS]}
    return {"reader": reader, "statements": statements, "judge": judge}


# ---------------------------------------------------------------- git (--refresh only)


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


def refresh(names: Mapping[str, Iterable[str]], dev: Iterable[str]) -> History:
    """The history of the switches ``names`` (per family) and of the development documents
    ``dev``, read from git; needs the whole history (a shallow clone says so)."""
    if _git("rev-parse", "--is-shallow-repository").strip() == "true":
        raise SystemExit("--refresh needs the whole git history: this clone is shallow "
                         "(git fetch --unshallow)")
    versions = []
    for commit in _git("log", "--reverse", "--topo-order", "--format=%H", "--",
                       "evaluation/*ablation*.py").split():
        entries: dict[str, str] = {}
        for path in _git("ls-tree", "--name-only", commit, "evaluation/").split():
            if "ablation" in path and path.endswith(".py"):
                entries.update(dict_entries(_git("show", f"{commit}:{path}")))
        versions.append((commit, entries))
    written = lineages(versions)
    added = first_added(_git("log", "--reverse", "--topo-order", "--format=@%H",
                             "--name-status", "--no-renames", "--", "data/corpus/gold"))
    dev = sorted(dev)
    doc_commits = {doc: added[f"data/corpus/gold/{doc}.jsonl"] for doc in dev}
    order = _git("log", "--reverse", "--topo-order", "--format=%H").split()
    position = {c: i for i, c in enumerate(order)}
    numbered = {c: n for n, c in enumerate(sorted(set(doc_commits.values()), key=lambda c: position[c]), 1)}
    dates = {c: _git("show", "-s", "--format=%cI", c).strip()
             for c in {*doc_commits.values(), *(w.commit for w in written.values())}}
    messages = dict(part.split("\0", 1) for part in
                    _git("log", "--format=%H%x00%B%x01").split("\x01") if "\0" in part)
    messages = {c.strip(): body for c, body in messages.items()}
    before = {c: set(_git("rev-list", c).split()) for c in set(doc_commits.values())}
    named = named_after(messages, doc_commits, before)
    arrivals = {doc: Arrival(doc, numbered[c], c[:10], dates[c], named[doc])
                for doc, c in doc_commits.items()}
    out: dict[tuple[str, str], Switch] = {}
    for family, family_names in names.items():
        for name in family_names:
            if name not in written:
                print(f"prospective: no ablation version names {name!r}: left out",
                      file=sys.stderr)
                continue
            w = written[name]
            ancestors = set(_git("rev-list", w.commit).split())
            seen = frozenset(n for c, n in numbered.items() if c in ancestors)
            out[(family, name)] = Switch(family, name, w.commit[:10], dates[w.commit], w.how, seen)
    return History(out, arrivals)


# ---------------------------------------------------------------- the ablations, run once


def _own_measures(family: str) -> Callable[[CorpusScore, str], tuple[float, ...]]:
    """The counts or rates the family's own ablation judges a document on, each with more better."""
    from evaluation import ablation, judge_ablation, statement_ablation

    if family == "reader":
        return ablation.document_measures
    if family == "statements":
        # Its last measure counts false targets: fewer is better.
        return lambda sc, split: (*statement_ablation._doc(sc, split)[:-1],
                                  -statement_ablation._doc(sc, split)[-1])
    return judge_ablation._measures


def _gains(sc: CorpusScore, split: str) -> tuple[int, ...]:
    return (sc.rows.rate(split)[1], sc.cells.rate(split)[1], sc.status.rate(split)[1])


# family -> switch -> document -> (own measures' change, GAINS' change), switch on minus off;
# only documents that move.
Effects = dict[str, dict[str, dict[str, tuple[tuple[float, ...], tuple[int, ...]]]]]


def run(families: Iterable[str] = FAMILIES) -> Effects:
    """Each switch off in turn on the development documents (a few minutes per family)."""
    from evaluation.statement_ablation import per_document

    docs = [d for d in load_corpus() if d.split == "dev"]
    effects: Effects = {}
    every = switches()
    for family in families:
        own = _own_measures(family)

        def measure(sc: CorpusScore, split: str = "dev", own: Any = own) -> tuple[float, ...]:
            return (*own(sc, split), *_gains(sc, split))

        base, _ = per_document(docs, measure)
        effects[family] = {}
        for name, off in every[family].items():
            try:
                with off():
                    without, _ = per_document(docs, measure)
            except subprocess.CalledProcessError as exc:  # a word list's old version needs history
                print(f"prospective: {family}: {name!r} not run ({exc.cmd[:2]} failed: a shallow "
                      "clone?)", file=sys.stderr)
                continue
            moved = {}
            for doc, on in base.items():
                change = tuple(a - b for a, b in zip(on, without[doc], strict=True))
                if any(change):
                    k = len(change) - len(GAINS)
                    moved[doc] = (change[:k], tuple(int(x) for x in change[k:]))
            effects[family][name] = moved
    return effects


def save(effects: Effects, path: Path) -> None:
    path.write_text(json.dumps(effects, ensure_ascii=False, indent=0), encoding="utf-8")


def load(path: Path) -> Effects:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {family: {name: {doc: (tuple(own), tuple(gain)) for doc, (own, gain) in docs.items()}
                     for name, docs in names.items()} for family, names in raw.items()}


# ---------------------------------------------------------------- earlier against later (pure)


@dataclass(frozen=True)
class Split:
    """One switch's documents, split by whether they were present when it was written."""

    family: str
    name: str
    present: int  # development documents present when it was written
    arrived: int  # and arrived after
    earlier_helped: tuple[str, ...]
    earlier_hurt: tuple[str, ...]
    later_helped: tuple[str, ...]
    later_hurt: tuple[str, ...]
    earlier_gain: tuple[int, ...]  # GAINS summed over the earlier documents
    later_gain: tuple[int, ...]
    # Later documents no commit named after their arrival, and those of them it helps.
    unnamed: int = 0
    unnamed_helped: tuple[str, ...] = ()


def split_switch(family: str, name: str,
                 moved: Mapping[str, tuple[tuple[float, ...], tuple[int, ...]]],
                 history: History, dev: Iterable[str]) -> Split | None:
    """The switch's moved documents by arrival. A document helps when one of its ablation's own
    measures is better with the switch on, is hurt when one is worse (both can hold). None when
    the history does not know the switch."""
    if (family, name) not in history.switches:
        return None
    known = [d for d in dev if d in history.arrivals]
    before = {d for d in known if history.earlier(family, name, d)}
    sides: dict[bool, dict[str, list[str]]] = {True: defaultdict(list), False: defaultdict(list)}
    gain = {True: [0] * len(GAINS), False: [0] * len(GAINS)}
    for doc, (own, gains) in sorted(moved.items()):
        if doc not in history.arrivals:
            continue
        side = doc in before
        if any(x > MOVED for x in own):
            sides[side]["helped"].append(doc)
        if any(x < -MOVED for x in own):
            sides[side]["hurt"].append(doc)
        gain[side] = [a + b for a, b in zip(gain[side], gains, strict=True)]
    unnamed = {d for d in known if d not in before and not history.arrivals[d].named}
    return Split(family, name, len(before), len(known) - len(before),
                 tuple(sides[True]["helped"]), tuple(sides[True]["hurt"]),
                 tuple(sides[False]["helped"]), tuple(sides[False]["hurt"]),
                 tuple(gain[True]), tuple(gain[False]), len(unnamed),
                 tuple(d for d in sides[False]["helped"] if d in unnamed))


@dataclass(frozen=True)
class Summary:
    switches: int
    with_later: int  # switches some development document arrived after
    transferred: int  # switches that helped a later document
    helped_any: int  # switches that helped any development document
    earlier_helped: int  # (switch, document) pairs
    earlier_hurt: int
    later_helped: int
    later_hurt: int
    present: int  # (switch, document) pairs present when written
    arrived: int  # and arriving after
    earlier_gain: tuple[int, ...]
    later_gain: tuple[int, ...]
    unnamed: int = 0  # (switch, later document no commit named again) pairs
    unnamed_helped: int = 0
    transferred_unnamed: int = 0  # switches that helped such a document


def summarise(splits: Iterable[Split]) -> Summary:
    splits = list(splits)

    def total(get: Callable[[Split], tuple[int, ...]]) -> tuple[int, ...]:
        return tuple(sum(get(s)[i] for s in splits) for i in range(len(GAINS)))

    return Summary(
        switches=len(splits),
        with_later=sum(1 for s in splits if s.arrived),
        transferred=sum(1 for s in splits if s.later_helped),
        helped_any=sum(1 for s in splits if s.earlier_helped or s.later_helped),
        earlier_helped=sum(len(s.earlier_helped) for s in splits),
        earlier_hurt=sum(len(s.earlier_hurt) for s in splits),
        later_helped=sum(len(s.later_helped) for s in splits),
        later_hurt=sum(len(s.later_hurt) for s in splits),
        present=sum(s.present for s in splits),
        arrived=sum(s.arrived for s in splits),
        earlier_gain=total(lambda s: s.earlier_gain),
        later_gain=total(lambda s: s.later_gain),
        unnamed=sum(s.unnamed for s in splits),
        unnamed_helped=sum(len(s.unnamed_helped) for s in splits),
        transferred_unnamed=sum(1 for s in splits if s.unnamed_helped),
    )


@dataclass(frozen=True)
class Candidate:
    split: Split
    layouts: tuple[str, ...]  # the layouts of the earlier documents it helps
    later_same: int  # later documents of those layouts, none of them helped


def candidates(splits: Iterable[Split], layouts: Mapping[str, str], history: History,
               min_later: int = MIN_LATER) -> list[Candidate]:
    """Switches that helped earlier documents of some layouts and no later document, although at
    least ``min_later`` later documents of those layouts arrived: for a second look, not removal
    (a later document may simply not have needed the rule)."""
    out = []
    for s in splits:
        if s.later_helped or not s.earlier_helped:
            continue
        kinds = tuple(sorted({layouts.get(d, "?") for d in s.earlier_helped}))
        later = [d for d, kind in layouts.items() if kind in kinds and d in history.arrivals
                 and history.earlier(s.family, s.name, d) is False]
        if len(later) >= min_later:
            out.append(Candidate(s, kinds, len(later)))
    return sorted(out, key=lambda c: (-c.later_same, c.split.family, c.split.name))


def _per(total: int, count: int) -> str:
    return f"{total / count:.2f}" if count else "—"


def _per100(total: int, count: int) -> str:
    return f"{100 * total / count:.1f}" if count else "—"


def kept(s: Summary) -> str:
    """The rate at which later documents are helped as a share of the rate for earlier ones."""
    if not s.present or not s.arrived or not s.earlier_helped:
        return "—"
    return f"{(s.later_helped / s.arrived) / (s.earlier_helped / s.present):.2f}"


def _per_switch(i: int, s: Summary) -> str:
    return f"{_per(s.earlier_gain[i], s.switches)} / **{_per(s.later_gain[i], s.switches)}**"


def _per_document(i: int, s: Summary) -> str:
    return f"{_per100(s.earlier_gain[i], s.present)} → **{_per100(s.later_gain[i], s.arrived)}**"


def summary_table(rows: list[tuple[str, Summary]]) -> str:
    """One column per family and overall."""
    head = "| | " + " | ".join(label for label, _ in rows) + " |"
    lines = [head, "|" + " --- |" * (len(rows) + 1)]

    def line(label: str, cell: Callable[[Summary], str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(s) for _, s in rows) + " |")

    line("switches", lambda s: str(s.switches))
    line("… helping any development document", lambda s: str(s.helped_any))
    line("… with documents that arrived after them", lambda s: str(s.with_later))
    line("… helping one or more of those", lambda s: f"**{s.transferred}**")
    line("documents helped / hurt, earlier (switch × document)",
         lambda s: f"{s.earlier_helped} / {s.earlier_hurt}")
    line("documents helped / hurt, later", lambda s: f"**{s.later_helped}** / {s.later_hurt}")
    line("helped per 100 documents present: earlier → later",
         lambda s: f"{_per100(s.earlier_helped, s.present)} → "
                   f"**{_per100(s.later_helped, s.arrived)}**")
    line("… the later rate as a share of the earlier", lambda s: kept(s))
    line("helped per 100 later documents: named again by a commit / never",
         lambda s: f"{_per100(s.later_helped - s.unnamed_helped, s.arrived - s.unnamed)} / "
                   f"**{_per100(s.unnamed_helped, s.unnamed)}**")
    line("… switches helping one or more later documents never named again",
         lambda s: str(s.transferred_unnamed))
    for i, gain in enumerate(GAINS):
        line(f"{gain} gained per switch: earlier / later", partial(_per_switch, i))
        line(f"{gain} gained per 100 documents: earlier → later", partial(_per_document, i))
    return "\n".join(lines)


def candidate_list(found: list[Candidate], history: History) -> str:
    lines = []
    for c in found:
        s = c.split
        w = history.switches[(s.family, s.name)]
        lines.append(f"- {s.family}: {s.name} — written {w.date[:16]} ({w.commit[:7]}); helps "
                     f"{len(s.earlier_helped)} earlier ({', '.join(s.earlier_helped)}); "
                     f"{c.later_same} later {'/'.join(c.layouts)} documents, none helped")
    return "\n".join(lines) or "(none)"


def switch_table(splits: Iterable[Split], history: History) -> str:
    """Every switch, most later documents helped first."""
    lines = ["| family | switch | written | documents present / after | earlier helped / hurt "
             "| later helped / hurt | later documents helped |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for s in sorted(splits, key=lambda s: (-len(s.later_helped), len(s.later_hurt), s.family,
                                           s.name)):
        w = history.switches[(s.family, s.name)]
        name = s.name.replace("|", "\\|")  # a name quoting a cut (A | B) is one table cell
        lines.append(f"| {s.family} | {name} | {w.date[:16]} {w.commit[:7]} | {s.present} / "
                     f"{s.arrived} | {len(s.earlier_helped)} / {len(s.earlier_hurt)} | "
                     f"{len(s.later_helped)} / {len(s.later_hurt)} | "
                     f"{', '.join(s.later_helped) or '—'} |")
    return "\n".join(lines)


def report(effects: Effects, history: History, layouts: Mapping[str, str],
           min_later: int = MIN_LATER, per_switch: bool = False) -> str:
    splits: dict[str, list[Split]] = {}
    for family, names in effects.items():
        splits[family] = []
        for name, moved in names.items():
            split = split_switch(family, name, moved, history, layouts)
            if split is None:
                print(f"prospective: {family}: {name!r} is not in {HISTORY.name}: left out "
                      "(python -m evaluation.prospective --refresh)", file=sys.stderr)
            else:
                splits[family].append(split)
    every = [s for family in splits.values() for s in family]
    rows = [(family, summarise(found)) for family, found in splits.items()]
    if len(rows) > 1:
        rows.append(("all", summarise(every)))
    found = candidates(every, layouts, history, min_later)
    return (f"{summary_table(rows)}\n\n"
            f"Rules that helped no later document although {min_later} or more later documents "
            f"of the layouts they help arrived ({len(found)}):\n\n"
            f"{candidate_list(found, history)}\n"
            + (f"\nEvery switch:\n\n{switch_table(every, history)}\n" if per_switch else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.prospective")
    parser.add_argument("--refresh", action="store_true",
                        help=f"read the history again from git into {HISTORY.relative_to(ROOT)}")
    parser.add_argument("--save", type=Path, help="also write the ablations' effects to this file")
    parser.add_argument("--load", type=Path, help="read the effects from --save's file, not run")
    parser.add_argument("--family", action="append", choices=FAMILIES,
                        help="only this family (may repeat)")
    parser.add_argument("--min-later", type=int, default=MIN_LATER,
                        help="later documents of a rule's layouts before a rule helping none is "
                             f"listed (default {MIN_LATER})")
    parser.add_argument("--per-switch", action="store_true",
                        help="also a table of every switch, most later documents helped first")
    args = parser.parse_args(argv)
    families = tuple(args.family or FAMILIES)
    if args.load:
        effects = load(args.load)
    else:
        effects = run(families)
        if args.save:
            save(effects, args.save)
    if args.refresh:
        dev = [d.id for d in load_corpus() if d.split == "dev"]
        write_history(refresh({f: list(n) for f, n in switches().items()}, dev))
    history = read_history()
    layouts = {d.id: d.layout for d in load_corpus() if d.split == "dev"}
    missing = sorted(set(layouts) - set(history.arrivals))
    if missing:
        print(f"prospective: {len(missing)} development documents are not in {HISTORY.name} "
              f"(left out; --refresh): {', '.join(missing)}", file=sys.stderr)
    print(report(effects, history, layouts, args.min_later, args.per_switch), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
