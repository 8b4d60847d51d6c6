"""Score the reader and the whole pipeline on the corpus of real reports (data/corpus/).

    python -m evaluation.corpus [--misses] [--doc ID]

Each document in ``data/corpus/docs/`` carries a provenance header (``# key: value`` lines closed by
``# ---``) and is read from the text after it; its hand annotation is ``data/corpus/gold/<id>.jsonl``
(conventions in ``data/corpus/README.md``). Every figure is printed for the development part and the
held-out part separately, and per layout, so a rule fitted to the development part shows as a gap.

Rows are paired by their task cell (the annotated first characters of the cell, spaces ignored),
in order, never by sequence number: a reader that renumbers or splits rows must still be scored
fairly. Targets, actuals and statuses are then scored with the same rules as the sample's golden
set (``evaluation.score``), through that pairing. Whether found or not, each annotated item's text
is looked up in every cell of the frame (``placement``): an item in no cell is ``dropped`` (no
later stage can find it), one only in another row's non-task cell is ``inside`` that row.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.score import Score, evaluate_rows

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"

# Annotated cell role -> the frame column the reader puts it in.
ROLE_COLUMNS = {
    "task": "task",
    "progress": "progress",
    "plan": "plan",
    "owner": "units",
    "target": "target_text",
    "unit": "unit_text",
    "actual": "actual_text",
    "ratio": "ratio_text",
    "status": "status_text",
}
AT_RISK = {"lagging", "not_started"}
# How many first characters of an annotated task cell are looked up in the frame's cells to tell
# whether the reader kept the item's text at all (``placement``).
PLACED_KEY = 6


@dataclass(frozen=True)
class Document:
    id: str
    meta: dict[str, str]
    text: str
    gold: dict[str, Any]
    rows: list[dict[str, Any]]

    @property
    def split(self) -> str:
        return self.meta.get("split", "dev")

    @property
    def layout(self) -> str:
        return str(self.gold.get("layout") or self.meta.get("layout", "?"))


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """The provenance header (``# key: value`` up to ``# ---``) and the verbatim text after it."""
    meta: dict[str, str] = {}
    lines = raw.splitlines(keepends=True)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped == "# ---":
            return meta, "".join(lines[i + 1 :])
        if stripped.startswith("#") and ":" in stripped:
            key, _, value = stripped[1:].partition(":")
            meta[key.strip()] = value.strip()
        elif stripped:
            break
    return meta, raw


def load_corpus(folder: Path = CORPUS) -> list[Document]:
    docs = []
    for path in sorted((folder / "docs").glob("*.txt")):
        gold_path = folder / "gold" / f"{path.stem}.jsonl"
        if not gold_path.exists():
            continue
        meta, text = split_header(path.read_text(encoding="utf-8"))
        with open(gold_path, encoding="utf-8") as fh:
            lines = [json.loads(line) for line in fh if line.strip()]
        docs.append(Document(path.stem, meta, text, lines[0], lines[1:]))
    return docs


def squash(text: Any) -> str:
    """Compare cells without white space: the reader may join a cell's lines differently."""
    if isinstance(text, (list, tuple)):
        text = "".join(str(t) for t in text)
    return "".join(str(text or "").split())


def _unsep(text: str) -> str:
    return "".join(ch for ch in text if ch not in "、，,；;")


# An item's own number or bullet and the width of its punctuation are not its content: an
# annotator may copy "（一）" or a full-width colon into a task cell, a reader may leave it out.
_MARKER = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十百零\d]{1,4}[)）]|[一二三四五六七八九十百零\d]{1,4}[、.．:：]"
    r"|[①-⑳㈠-㈩⑴-⒇]|[-—·•●○■□◆*#>]+)\s*"
)


_NUM = "[\\d一二三四五六七八九十〇零两]"
# A period phrase and nothing else before the first comma: the words a report dates a figure with.
# The reader has its own (read.clauses.PERIOD_OPENER); the scorer keeps this one apart on purpose,
# so that a reader rule switched or changed never moves the pairing it is measured by.
_LEAD_PERIOD = re.compile(
    rf"^(?:截至|截止到?|至|到|今年|本年|年初|当前|目前)?(?:{_NUM}{{2,4}}年(?:度)?)?"
    rf"(?:前?{_NUM}{{1,2}}(?:[-—–~～至到]{_NUM}{{1,2}})?月份?|前?[一二三四1-4]季度|前三季度|上半年|下半年)?"
    r"(?:底|末|中旬|上旬|下旬|以来|止|为止|初)?[，,]"
)


def task_key(text: Any) -> str:
    """A task cell as the pairing compares it: no white space, one width, no leading number."""
    key = unicodedata.normalize("NFKC", squash(text))
    for _ in range(3):  # 一、（一）1. nested markers
        stripped = _MARKER.sub("", key, count=1)
        if stripped == key:
            break
        key = stripped
    # An opening quotation mark is not content either: one annotator copies “, another leaves it.
    key = key.lstrip("，,、。.:：;；)）]】“”‘’\"'「」『』")
    # Nor is the connective that opens a part (其中，…): the collections copy it in some task
    # cells and start after it in others (reader pass 18 counted about thirty rows each way).
    if key.startswith("其中") and len(key) > 2:
        key = key[2:].lstrip("，,、:：")
    # Nor is a leading period closed by a comma (1-6月，… 截至9月底，… 今年以来，…): it is the
    # figure's period, a field of its own; older annotations copy it into a result-only line's task
    # cell, the reader keeps it out (the thirteenth collection lost four rows on that alone).
    lead = _LEAD_PERIOD.match(key)
    if lead and len(key) > lead.end():
        key = key[lead.end():]
    return key


def pair_rows(gold: list[dict[str, Any]], tasks: list[str]) -> dict[int, int]:
    """Gold row index -> predicted row index, in order, by the task cell's first characters."""
    pairs: dict[int, int] = {}
    start = 0
    keys = [task_key(t) for t in tasks]
    for gi, row in enumerate(gold):
        head = task_key(row.get("cells", {}).get("task"))
        if not head:
            continue
        found = _find(head, keys, start)
        if found is not None:
            pairs[gi] = found
            start = found + 1
    return pairs


def _find(head: str, keys: list[str], start: int) -> int | None:
    """The first row from ``start`` whose task cell starts with the annotated one (or is its first
    four characters or more).

    A short annotated cell (a place, 全市) is a prefix of many different tasks: a row holding the same
    word (alone, or closed by punctuation or a figure) is looked for first, so that a longer,
    different task cannot take its place and push the later rows out of the ordered pairing (found
    by the second annotation of held-out documents, which lost ten rows to it); only when no such
    row follows does the first row it starts count (城建類 for 城建類項目).
    """
    if len(head) < 4:
        for pi in range(start, len(keys)):
            key = keys[pi]
            if key == head or (key.startswith(head) and not _is_han(key[len(head)])):
                return pi
        return next((pi for pi in range(start, len(keys)) if keys[pi].startswith(head)), None)
    for pi in range(start, len(keys)):
        key = keys[pi]
        if key.startswith(head) or (len(key) >= 4 and head.startswith(key)):
            return pi
    return None


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def placement(task: Any, records: list[dict[str, Any]]) -> str:
    """Where the reader put an annotated item's text: ``"task"`` when its first characters are in
    some row's task cell, ``"inside"`` when only in another cell (another row's progress or
    target: the item is inside another row), ``"dropped"`` when in no cell of the frame at all
    (no later stage can find it). The empty task cell is ``"task"`` (there is nothing to find).
    Examples in ``tests/test_placement.py``.
    """
    return _placed(task, placed_texts(records))


# The frame's cells other than the task's that may hold an item's text (``placement``).
_OTHER_COLUMNS = ("contact", *(c for c in ROLE_COLUMNS.values() if c != "task"))


def placed_texts(records: list[dict[str, Any]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The frame's task cells and its other cells as ``placement`` compares them (one width, no
    white space), folded once per document rather than once per annotated item."""
    def fold(value: Any) -> str:
        return unicodedata.normalize("NFKC", squash(value))

    return (tuple(fold(rec.get("task")) for rec in records),
            tuple(fold(rec.get(column)) for rec in records for column in _OTHER_COLUMNS))


def _placed(task: Any, texts: tuple[tuple[str, ...], tuple[str, ...]]) -> str:
    head = task_key(task)[:PLACED_KEY]
    if not head:
        return "task"
    tasks, others = texts
    if any(head in text for text in tasks):
        return "task"
    return "inside" if any(head in text for text in others) else "dropped"


@dataclass
class Tally:
    """Counts of one measure, kept per split and per layout."""

    hits: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def add(self, split: str, layout: str, ok: bool) -> None:
        for key in ((split, "*"), (split, layout)):
            self.hits[key][0] += bool(ok)
            self.hits[key][1] += 1

    def rate(self, split: str, layout: str = "*") -> tuple[float | None, int, int]:
        good, total = self.hits.get((split, layout), [0, 0])
        return (good / total if total else None), good, total


@dataclass
class PRF:
    """Precision and recall of one measure, kept per split and per layout (the golden set's
    ``Score`` per key)."""

    counts: dict[tuple[str, str], Score] = field(default_factory=lambda: defaultdict(Score))

    def add(self, split: str, layout: str, tp: int, fp: int, fn: int) -> None:
        for key in ((split, "*"), (split, layout)):
            score = self.counts[key]
            score.tp += tp
            score.fp += fp
            score.fn += fn

    def f1(self, split: str, layout: str = "*") -> tuple[float | None, float | None, float | None, int]:
        score = self.counts.get((split, layout))
        if score is None or score.tp + score.fp + score.fn == 0:
            return None, None, None, 0
        return score.precision, score.recall, score.f1, score.tp + score.fn


@dataclass
class CorpusScore:
    # Count the program's amounts of an unwritten target as actuals (score.evaluate_rows): every
    # gold file writes them since the second-round decisions (data/corpus/README.md, item 11).
    count_unwritten: bool = True
    rows: Tally = field(default_factory=Tally)
    # Items whose text the reader kept in no cell, and only in another row's non-task cell.
    dropped: Tally = field(default_factory=Tally)
    inside: Tally = field(default_factory=Tally)
    # Every row the program read, and whether an annotated row paired with it: the share unpaired is
    # what an analyst reads for nothing (headings, furniture, a row cut in two), which the row
    # measure, counting annotated rows found, cannot see.
    read: Tally = field(default_factory=Tally)
    cells: Tally = field(default_factory=Tally)
    period: Tally = field(default_factory=Tally)
    data_month: Tally = field(default_factory=Tally)
    # The same two decisions with a text that names no year (``names_year``) scored on what the
    # program can know: the period left unknown and said so, the data month's month read alone.
    period_known: Tally = field(default_factory=Tally)
    data_month_known: Tally = field(default_factory=Tally)
    yearless: Tally = field(default_factory=Tally)  # per year-less text: said unknown
    layout: Tally = field(default_factory=Tally)
    # The layout reader the document was dispatched to (frame.attrs["layout"]) against the
    # annotated one: a wrong dispatch loses most of a document's rows, whatever the row measures say.
    chosen_layout: Tally = field(default_factory=Tally)
    confusion: dict[str, Counter[tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(Counter))
    stated: Tally = field(default_factory=Tally)
    actual_period: Tally = field(default_factory=Tally)  # on the actuals matched to gold
    status: Tally = field(default_factory=Tally)
    targets: PRF = field(default_factory=PRF)
    actuals: PRF = field(default_factory=PRF)
    at_risk: PRF = field(default_factory=PRF)
    # The same measures on the rows the reader found only (extraction and judgement on their own).
    found_targets: PRF = field(default_factory=PRF)
    found_actuals: PRF = field(default_factory=PRF)
    found_stated: Tally = field(default_factory=Tally)
    found_status: Tally = field(default_factory=Tally)
    found_at_risk: PRF = field(default_factory=PRF)
    refused: list[str] = field(default_factory=list)
    misses: list[tuple[str, str]] = field(default_factory=list)
    layouts: set[str] = field(default_factory=set)
    docs: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def _records(frame: Any) -> list[dict[str, Any]]:
    from zqmetrics.judge.records import records

    return list(records(frame))


def fold_units(row: dict[str, Any]) -> dict[str, Any]:
    """A row whose targets' and actuals' units are folded as the reader folds text (個 → 个).

    The gold writes a unit as the report does, traditional or simplified, and the program writes
    the folded form, so the same unit would otherwise count as a miss in traditional reports.
    Both sides go through this one fold; the record is copied, never changed in place.
    """
    from zqmetrics.text.normalize import normalize

    out = dict(row)
    for key in ("targets", "actuals"):
        items = row.get(key)
        if items:
            out[key] = [{**x, "unit": normalize(x["unit"]).text} if x.get("unit") else x
                        for x in items]
    return out


# A year the text names: 2021年, 2021-09-30, 2021/9, 2021.9, a day-first 30.10.2015, 二〇二一年
# (full-width digits folded first), and, to err on the strict side, any other 19xx/20xx that is
# not an amount (2021Q3, （2019）, 2019版). Amounts such as 2063个 or 2000万元 are no year.
_NAMED_YEAR = re.compile(
    r"(?<![\d.])(?:19|20)\d{2}\s*(?:年|[-/.]\s*\d{1,2}(?![\d%]))"
    r"|(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d)"
    r"|(?:一九|二[〇○零O])[〇○零O一二三四五六七八九]{2}\s*年"
    r"|(?<![\d.])(?:19|20)\d{2}(?![\d.,])(?!\s*(?:多|余|餘)?\s*"
    r"[万萬亿億千百个個项項人户戶亩畝所公里米吨噸元%套家座台辆輛条條处處间間名次件张張份只头頭株棵])")


def names_year(text: str) -> bool:
    """Whether ``text`` names a year anywhere. A page whose year is only in its address or the
    site's furniture (a copy that kept the article, not its date) names none: no reader can know
    its year, and the right answer is a period left unknown, said, not a year guessed. The gold
    keeps the year the annotator took from the address, so such a text is scored twice: strictly,
    and on what the program can know (``period_known``)."""
    return _NAMED_YEAR.search(unicodedata.normalize("NFKC", text)) is not None


def unknown_said(attrs: dict[str, Any]) -> bool:
    """The program left the period unknown and said so among its warnings."""
    return attrs.get("period") is None and attrs.get("data_month") is None and any(
        "period unknown" in str(w) or "year is not stated" in str(w)
        for w in attrs.get("warnings") or [])


def _month_of(label: Any) -> int | None:
    """The month of a ``YYYY-MM`` data month, None for none."""
    return int(str(label)[5:7]) if label else None


# What reading one document gave: its frame, its judged records and its attributes, or the
# refusal (frame None, no records) to report.
Reading = tuple[Any, list[dict[str, Any]], dict[str, Any], str | None]


def read_document(doc: Document, read: Callable[[str], Any] | None = None) -> Reading:
    """Read and judge one document; a refusal is a result, never an exception."""
    import zqmetrics as zq

    try:
        frame = (read or zq.read_report)(doc.text)
        return frame, _records(frame), dict(frame.attrs), None
    except Exception as exc:  # a refusal is a result to report: every annotated row counts as missed
        return None, [], {}, f"{doc.id}: {type(exc).__name__}: {exc}"


def score_document(doc: Document, sc: CorpusScore,
                   read: Callable[[str], Any] | None = None,
                   reading: Reading | None = None) -> None:
    frame, records, attrs, refusal = reading if reading is not None else read_document(doc, read)
    if refusal is not None:
        sc.refused.append(refusal)
    score_records(doc, sc, records, attrs, frame)


def score_records(doc: Document, sc: CorpusScore, records: list[dict[str, Any]],
                  attrs: dict[str, Any], frame: Any = None) -> None:
    """Score rows already read (the program's records, or another annotation's rows put in the
    same shape) against ``doc``'s gold: every corpus measure, through the task-cell pairing."""
    split, layout = doc.split, doc.layout
    sc.layouts.add(layout)
    sc.docs[split].append(doc.id)
    tasks = [squash(r.get("task")) for r in records]
    # The reader's own cells (the records may rewrite a cell's text, e.g. its units).
    placed = placed_texts(frame.to_dict("records") if frame is not None else [])
    pairs = pair_rows(doc.rows, tasks)
    period_ok = str(attrs.get("period")) == str(doc.gold.get("period"))
    sc.period.add(split, layout, period_ok)
    if not period_ok:
        sc.misses.append((split, f"{doc.id}: period {attrs.get('period')} vs {doc.gold.get('period')}"))
    month_ok = str(attrs.get("data_month")) == str(doc.gold.get("data_month"))
    if "data_month" in doc.gold:
        sc.data_month.add(split, layout, month_ok)
    if doc.gold.get("period") is not None and not names_year(doc.text):
        said = unknown_said(attrs)
        sc.yearless.add(split, layout, said)
        period_ok = said
        month_ok = said and attrs.get("month") == _month_of(doc.gold.get("data_month"))
    sc.period_known.add(split, layout, period_ok)
    if "data_month" in doc.gold:
        sc.data_month_known.add(split, layout, month_ok)
    got_layouts = {r.get("layout") for r in records} | {attrs.get("layout")}
    sc.layout.add(split, layout, layout in got_layouts)
    chosen = str(attrs.get("layout") or "refused")
    sc.chosen_layout.add(split, layout, chosen == layout)
    sc.confusion[split][(layout, chosen)] += 1
    paired = set(pairs.values())
    for pi in range(len(records)):
        sc.read.add(split, layout, pi in paired)
    for gi, row in enumerate(doc.rows):
        found = gi in pairs
        sc.rows.add(split, layout, found)
        where = _placed(row.get("cells", {}).get("task"), placed)
        sc.dropped.add(split, layout, where == "dropped")
        sc.inside.add(split, layout, where == "inside")
        if not found:
            sc.misses.append((split, f"{doc.id}: row {row.get('seq')} not found «{row['cells'].get('task')}»"))
            continue
        rec = records[pairs[gi]]
        for role, head in row.get("cells", {}).items():
            if role not in ROLE_COLUMNS or head is None:
                continue
            column = ROLE_COLUMNS[role]
            cell = rec.get(column)
            if cell is None and frame is not None and column in frame.columns:
                cell = frame.iloc[pairs[gi]].get(column)
            got, want = squash(cell), squash(head)
            if role == "owner":  # the frame keeps owners as a list: compare without separators
                got, want = _unsep(got), _unsep(want)
            ok = bool(got) and got.startswith(want)
            sc.cells.add(split, layout, ok)
            if not ok:
                sc.misses.append((split, f"{doc.id}: row {row.get('seq')} {role} «{head}» vs «{got[:20]}»"))
    # Extraction and judgement through the row pairing.
    keyed_gold = []
    predicted = {}
    for gi, row in enumerate(doc.rows):
        key = f"{gi}"
        keyed_gold.append({**fold_units(row), "seq": key})
        if gi in pairs:
            predicted[key] = fold_units(records[pairs[gi]])
    # The corpus's conventions, for every row and for the found rows alike.
    conventions = {"count_implied": True, "undated_is_ytd": True, "count_unwritten": sc.count_unwritten}
    ev = evaluate_rows(keyed_gold, predicted, **conventions)
    sc.targets.add(split, layout, ev.targets.tp, ev.targets.fp, ev.targets.fn)
    sc.actuals.add(split, layout, ev.actuals.tp, ev.actuals.fp, ev.actuals.fn)
    sc.misses += [(split, f"{doc.id}: {m}") for m in ev.misses]
    agreed = ev.fields.get("actual period")
    if agreed is not None:
        for i in range(agreed.total):
            sc.actual_period.add(split, layout, i < agreed.agree)
    found_ev = evaluate_rows([g for g in keyed_gold if g["seq"] in predicted], predicted, **conventions)
    sc.found_targets.add(split, layout, found_ev.targets.tp, found_ev.targets.fp, found_ev.targets.fn)
    sc.found_actuals.add(split, layout, found_ev.actuals.tp, found_ev.actuals.fp, found_ev.actuals.fn)
    for gi, row in enumerate(doc.rows):
        rec = predicted.get(str(gi), {})  # a row not found is a miss on every measure below
        if str(gi) in predicted:
            _found(sc, split, layout, row, rec)
        if row.get("stated_ratio") is not None:
            stated = rec.get("stated_ratio")
            ok = stated is not None and abs(float(stated) - float(row["stated_ratio"])) <= 0.006
            sc.stated.add(split, layout, ok)
            if not ok:
                sc.misses.append((split, f"{doc.id}: row {row.get('seq')} stated {row['stated_ratio']} vs {stated}"))
        if row.get("status") and row["status"] != "no_numeric_target":
            sc.status.add(split, layout, rec.get("status") == row["status"])
        g_risk = row.get("status") in AT_RISK
        p_risk = rec.get("status") in AT_RISK
        sc.at_risk.add(split, layout, int(g_risk and p_risk), int(p_risk and not g_risk),
                       int(g_risk and not p_risk))


def _found(sc: CorpusScore, split: str, layout: str, row: dict[str, Any], rec: dict[str, Any]) -> None:
    if row.get("stated_ratio") is not None:
        got = rec.get("stated_ratio")
        sc.found_stated.add(split, layout, got is not None
                            and abs(float(got) - float(row["stated_ratio"])) <= 0.006)
    if row.get("status") and row["status"] != "no_numeric_target":
        sc.found_status.add(split, layout, rec.get("status") == row["status"])
    g_risk, p_risk = row.get("status") in AT_RISK, rec.get("status") in AT_RISK
    sc.found_at_risk.add(split, layout, int(g_risk and p_risk), int(p_risk and not g_risk),
                         int(g_risk and not p_risk))


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def report(sc: CorpusScore, layouts: Iterable[str] = (), heldout_layouts: bool = False) -> str:
    """Every measure per split, per layout for the development part; the held-out part's own
    per-layout lines only when asked (a closing report), so that working on rules reads it whole."""
    out = []
    for split in ("dev", "heldout"):
        docs = sc.docs.get(split, [])
        out.append(f"== {split}: {len(docs)} documents")
        split_layouts = sorted(layouts or sc.layouts) if split == "dev" or heldout_layouts else []
        for layout in ["*", *split_layouts]:
            r = sc.rows.rate(split, layout)
            if not r[2]:
                continue
            c = sc.cells.rate(split, layout)
            pe = sc.period.rate(split, layout)
            t = sc.targets.f1(split, layout)
            a = sc.actuals.f1(split, layout)
            s = sc.stated.rate(split, layout)
            st = sc.status.rate(split, layout)
            ar = sc.at_risk.f1(split, layout)
            ap = sc.actual_period.rate(split, layout)
            dr, ins = sc.dropped.rate(split, layout), sc.inside.rate(split, layout)
            name = "all" if layout == "*" else layout
            out.append(
                f"{name:<16} rows {_fmt(r[0])} ({r[1]}/{r[2]})  cells {_fmt(c[0])} ({c[1]}/{c[2]})"
                f"  period {_fmt(pe[0])}  targets F1 {_fmt(t[2])} ({t[3]})"
                f"  actuals F1 {_fmt(a[2])} ({a[3]})  a-period {_fmt(ap[0])} ({ap[2]})"
                f"  stated {_fmt(s[0])} ({s[2]})  status {_fmt(st[0])} ({st[2]})  at-risk P {_fmt(ar[0])} R {_fmt(ar[1])} ({ar[3]})"
                f"  dropped {_fmt(dr[0])} ({dr[1]})  inside {_fmt(ins[0])} ({ins[1]})"
            )
        t, a = sc.found_targets.f1(split), sc.found_actuals.f1(split)
        s_, st, ar = sc.found_stated.rate(split), sc.found_status.rate(split), sc.found_at_risk.f1(split)
        out.append(f"{'found rows':<16} targets F1 {_fmt(t[2])} ({t[3]})  actuals F1 {_fmt(a[2])} ({a[3]})"
                   f"  stated {_fmt(s_[0])} ({s_[2]})  status {_fmt(st[0])} ({st[2]})"
                   f"  at-risk P {_fmt(ar[0])} R {_fmt(ar[1])} ({ar[3]})")
        rd = sc.read.rate(split)
        if rd[2]:
            out.append(f"{'rows read':<16} {rd[2]}, of them paired with an annotated row {_fmt(rd[0])}"
                       f" ({rd[1]}); unpaired {rd[2] - rd[1]}")
    out += layout_report(sc, layouts, heldout_layouts)
    if sc.refused:
        out += ["", "refused:", *sc.refused]
    return "\n".join(out)


def layout_report(sc: CorpusScore, layouts: Iterable[str] = (),
                  heldout_layouts: bool = False) -> list[str]:
    """The layout agreement (the reader's choice, frame.attrs["layout"], against the annotated
    layout) per split, per layout for the development part, and the development part's confusion
    (annotated → chosen); the held-out part gives its aggregate share only (its confusion would
    say which of its documents to look at)."""
    out = ["", "== document decisions (frame.attrs against the annotation)"]
    for split in ("dev", "heldout"):
        pe, dm = sc.period.rate(split), sc.data_month.rate(split)
        if pe[2]:
            out.append(f"{split:<8} period {_fmt(pe[0])} ({pe[1]}/{pe[2]})  "
                       f"data month {_fmt(dm[0])} ({dm[1]}/{dm[2]})")
    for split in ("dev", "heldout"):
        yl, pk, dk = sc.yearless.rate(split), sc.period_known.rate(split), sc.data_month_known.rate(split)
        if yl[2]:
            out.append(f"{split:<8} {yl[2]} texts name no year (said unknown {yl[1]}); with those "
                       f"scored on what a text gives: period {_fmt(pk[0])} ({pk[1]}/{pk[2]})  "
                       f"data month {_fmt(dk[0])} ({dk[1]}/{dk[2]})")
    out.append("layout agreement (frame.attrs layout = annotated layout):")
    for split in ("dev", "heldout"):
        rate = sc.chosen_layout.rate(split)
        if not rate[2]:
            continue
        parts = [f"{split:<8} all {_fmt(rate[0])} ({rate[1]}/{rate[2]})"]
        if split == "dev" or heldout_layouts:
            for layout in sorted(layouts or sc.layouts):
                r = sc.chosen_layout.rate(split, layout)
                if r[2]:
                    parts.append(f"{layout} {_fmt(r[0])} ({r[1]}/{r[2]})")
        out.append("  ".join(parts))
    wrong = sorted(((n, pair) for pair, n in sc.confusion.get("dev", Counter()).items()
                    if pair[0] != pair[1]), reverse=True)
    if wrong:
        out.append("dev confusion (annotated → chosen): " + ", ".join(
            f"{a} → {c} {n}" for n, (a, c) in wrong))
    return out


def evaluate_corpus(folder: Path = CORPUS, only: str | None = None,
                    ids: Iterable[str] | None = None, count_unwritten: bool = True,
                    readings: dict[str, Reading] | None = None) -> CorpusScore:
    """Score every document, or only the one named ``only``, or only those in ``ids``.

    ``readings``, when given, keeps each document's reading by id across calls: callers that
    score many parts of one corpus with one program (the floor tests) read each document once.
    Scoring never changes a reading, so one may be scored again and again.
    """
    sc = CorpusScore(count_unwritten=count_unwritten)
    keep = set(ids) if ids is not None else None
    for doc in load_corpus(folder):
        if (only and doc.id != only) or (keep is not None and doc.id not in keep):
            continue
        if readings is None:
            score_document(doc, sc)
            continue
        if doc.id not in readings:
            readings[doc.id] = read_document(doc)
        score_document(doc, sc, reading=readings[doc.id])
    return sc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.corpus",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--doc", help="one document id")
    parser.add_argument("--heldout-misses", action="store_true",
                        help="list the held-out part's misses too (for the final report only: "
                             "reading them while changing rules fits the held-out part)")
    parser.add_argument("--heldout-layouts", action="store_true",
                        help="the held-out part per layout too (for a closing report; while "
                             "changing rules, its aggregate line is the one to read)")
    parser.add_argument("--leave-unwritten", action="store_true",
                        help="leave the program's amounts of an unwritten target out of the actuals "
                             "(the scoring before every gold file wrote them)")
    args = parser.parse_args(argv)
    sc = evaluate_corpus(only=args.doc, count_unwritten=not args.leave_unwritten)
    print(report(sc, heldout_layouts=args.heldout_layouts))
    if args.misses:
        shown = [m for split, m in sc.misses if split == "dev" or args.heldout_misses]
        print("\n" + "\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
