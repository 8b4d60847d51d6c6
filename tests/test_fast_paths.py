"""Fast paths (issue 15) give what the plain code they replaced gave.

Each faster form is checked against a plain reference on generated inputs: the quantity pattern
run by the standard library's engine against the same pattern in the regex module, the separator
searches and bracket depths against character loops, the flattened-table assignment against
counting afresh, frame records against ``DataFrame.to_dict("records")`` and columns set at once
against setting them one by one; the word lists and the Chinese-character class the standard
library's engine runs against the same patterns in the regex module; the fold by replacing the keys
a text holds against translate; a header cell's last synonym by one reverse search against every
synonym tried; quantities() without Found against to_quantity, the scan from the first match
against the whole scan, the shared empty scopes against scopes built in full.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from zqmetrics.extraction import align
from zqmetrics.extraction.candidates import candidate_actuals
from zqmetrics.extraction.figures import leading_verb
from zqmetrics.extraction.targets import extract_targets
from zqmetrics.read import flat, wide
from zqmetrics.read.frame_rows import row_records, with_columns
from zqmetrics.read.named import _CLOSE, _OPEN, depths
from zqmetrics.read.reader import read_report, sample_path
from zqmetrics.text import segment
from zqmetrics.text.clauses import parse
from zqmetrics.text.cues import cue_pattern, cue_words, strip_words, word_pattern, word_table
from zqmetrics.text.lexicon import rows
from zqmetrics.text.normalize import normalize
from zqmetrics.text.quantity import _pattern

# Characters the quantity pattern reads (digits, numerals, units, cues, separators) and others.
ALPHABET = "0123456789.,-~%至到一二两三四五十百千万亿余多个项亿元万人以上左右分之成角¥ 第每。，、(含)中文"


@pytest.fixture(scope="module")
def both_engines() -> tuple[Any, Any]:
    fast = _pattern()
    return fast, regex.compile(fast.pattern, regex.VERBOSE)


def _matches(pattern: Any, text: str) -> list[tuple[Any, ...]]:
    return [(m.span(), *(m.span(i) for i in range(1, pattern.groups + 1)))
            for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_quantity_pattern_same_in_both_engines(both_engines: tuple[Any, Any], text: str) -> None:
    fast, reference = both_engines
    assert _matches(fast, text) == _matches(reference, text)


def test_quantity_pattern_same_on_the_sample(both_engines: tuple[Any, Any]) -> None:
    fast, reference = both_engines
    text = sample_path().read_text(encoding="utf-8")
    found = _matches(fast, text)
    assert found == _matches(reference, text)
    assert len(found) > 100


def _clause_start(text: str, pos: int) -> int:
    i = pos - 1
    while i >= 0 and text[i] not in segment.CLAUSE_SEPARATORS:
        i -= 1
    return i + 1


def _clause_end(text: str, pos: int) -> int:
    i = pos
    while i < len(text) and text[i] not in segment.CLAUSE_SEPARATORS:
        i += 1
    return i


def _sentence_start(text: str, pos: int) -> int:
    i = pos - 1
    while i >= 0 and text[i] not in segment.SENTENCE_SEPARATORS:
        i -= 1
    return i + 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab完成,、;:。!?\n()（）1", max_size=16), st.integers(0, 18))
def test_separator_searches_agree_with_a_scan(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert segment.clause_start(text, pos) == _clause_start(text, pos)
    assert segment.clause_end(text, pos) == _clause_end(text, pos)
    assert segment.sentence_start(text, pos) == _sentence_start(text, pos)


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a is b or a == b)


def _assert_same_records(frame: pd.DataFrame) -> None:
    expected, got = frame.to_dict("records"), row_records(frame)
    assert len(got) == len(expected)
    for want, have in zip(expected, got, strict=True):
        assert list(have) == list(want)
        for key, value in want.items():
            assert _same(have[key], value), (key, value, have[key])


def test_records_of_the_sample_frame() -> None:
    _assert_same_records(read_report(sample_path()))


MIXED = {
    "numbers with a gap": [1, 2, None],
    "masked integers": pd.array([1, None, 3], dtype="Int64"),
    "numpy scalar among objects": [np.int64(3), "x", None],
    "dates": pd.to_datetime(["2020-01-01", None, "2021-01-01"]),
    "flags": [True, False, True],
    "strings with NA": pd.array(["a", None, "c"], dtype="string"),
    "text": ["x", None, "z"],
    "categories": pd.Categorical(["a", "b", None]),
    "floats": [1.5, np.nan, 2.0],
    "numpy scalars": [np.float32(1), np.bool_(True), np.datetime64("2020-01-01")],
    "lists": [[1], [], None],
}


@pytest.mark.parametrize("name", MIXED)
def test_records_of_a_column_kind(name: str) -> None:
    _assert_same_records(pd.DataFrame({"seq": ["1", "2", "3"], name: MIXED[name]}))


def test_records_without_columns_or_rows() -> None:
    _assert_same_records(pd.DataFrame(index=[0, 1]))
    _assert_same_records(pd.DataFrame({"a": []}))


def test_traditional_table_read_without_importing_opencc() -> None:
    # the plain derivation, through the package's own resources, as the fold was first built
    from importlib import resources

    from zqmetrics.text.normalize import _traditional_table

    base = resources.files("opencc").joinpath("dictionary")
    simplified = {line.split("\t", 1)[0] for line in
                  base.joinpath("STCharacters.txt").read_text(encoding="utf-8").splitlines()
                  if "\t" in line}
    expected: dict[int, str] = {}
    for line in base.joinpath("TSCharacters.txt").read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            trad, simp = line.split("\t", 1)
            first = simp.split()[0] if simp.split() else ""
            if len(trad) == 1 and len(first) == 1 and trad != first and trad not in simplified:
                expected[ord(trad)] = first
    assert _traditional_table() == expected
    assert len(expected) > 1000


def _last_before_by_walk(cell: Any, char: str, pos: int) -> int:
    # the walk back over the clause separators that last_before replaced
    seps = cell.clause_seps
    i = bisect_left(seps, pos) - 1
    while i >= 0 and cell.norm.text[seps[i]] != char:
        if cell.norm.text[seps[i]] in segment.SENTENCE_SEPARATORS:
            return -1
        i -= 1
    return int(seps[i]) if i >= 0 else -1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1个,、;:。!?\n()（）", max_size=20), st.integers(0, 22),
       st.sampled_from(";。,x(\n"))
def test_last_before_agrees_with_a_walk(text: str, pos: int, char: str) -> None:
    cell = parse(text)
    assert cell.last_before(char, pos) == _last_before_by_walk(cell, char, pos)


def _best_by_plain_pass(candidate: Any, targets: list[Any]) -> int | None:
    # the pass over every target that the grouped one replaced
    words = align._Words.of(candidate)
    relations = [align._relation(candidate, t, words) for t in targets]
    eligible = sum(r in ("same", "rate") for r in relations)
    best: tuple[float, int] | None = None
    for i, (target, relation) in enumerate(zip(targets, relations, strict=True)):
        if relation == "none":
            continue
        floor = align.floor_for(eligible)
        score = align.candidate_score(target.metric, candidate)
        if score < floor:
            continue
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


ROWS = [
    # (task, progress): repeated and distinct targets, ties between copies
    ("新建公园2处、古树公园2处，改造小区10个", "已新建公园1处，改造小区6个，古树公园2处"),
    ("完成改造100个，完成改造100个，新增就业2万人", "完成改造60个，新增就业1.2万人"),
    ("培训500人次，培训500人次", "计划培训500人次，已培训300人次，完成率60%"),
]


@pytest.mark.parametrize(("task", "progress"), ROWS)
def test_grouped_alignment_chooses_as_a_plain_pass(task: str, progress: str) -> None:
    targets = extract_targets(task)
    targets += [t for t in extract_targets(task) if t.unit == "个"]  # copies of a target
    for candidate in candidate_actuals(parse(progress).norm, 2025):
        assert align._best_target(candidate, targets) == _best_by_plain_pass(candidate, targets)


def _assign_by_counting(cells: list[Any], columns: list[int], roles: list[Any],
                        new_row: set[int]) -> list[int]:
    # the dynamic programme of read/flat.py as it counted skipped and crossed columns afresh
    m, k = len(cells), len(columns)
    neg = float("-inf")
    best = [[neg] * k for _ in range(m)]
    back = [[0] * k for _ in range(m)]
    best[0][0] = flat._prior(cells[0].text, roles[columns[0]])
    for i in range(1, m):
        for j in range(k):
            here = flat._prior(cells[i].text, roles[columns[j]])
            join = flat._join_cost(cells[i - 1].text, cells[i].text, roles[columns[j]])
            options = [(best[i - 1][j] + here - join, j)] if best[i - 1][j] > neg else []
            opening = flat._NEW_ROW
            for p in range(j):
                if best[i - 1][p] == neg:
                    continue
                cost = sum(1.5 for q in columns[p + 1 : j] if roles[q] == "task")
                crossed = sum(1 for q in range(p + 1, j + 1) if q in new_row)
                cost += opening + flat._NEW_ROW * (crossed - 1) if crossed else 0.0
                options.append((best[i - 1][p] + here - cost, p))
            if options:
                best[i][j], back[i][j] = max(options)
    j = max(range(k), key=lambda q: best[m - 1][q])
    out = [0] * m
    for i in range(m - 1, -1, -1):
        out[i] = j
        j = back[i][j]
    return out


CELL_TEXTS = ["1", "2", "一、修路", "完成12个", "区住建局", "已完成", "85%", "", "推进中，完成年度任务",
              "12345678", "3.5亿元", "（一）", "是"]
ROLES = ["seq", "task", "progress", "units", "status", "ratio", "unit", "actual", "target", "plan",
         "group", "contact", None]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CELL_TEXTS), min_size=1, max_size=10),
       st.lists(st.sampled_from(ROLES), min_size=1, max_size=7), st.data())
def test_flat_assignment_same_as_counting(texts: list[str], roles: list[Any],
                                          data: st.DataObject) -> None:
    cells = [flat.Cell(t, n) for n, t in enumerate(texts)]
    columns = data.draw(st.lists(st.integers(0, len(roles) - 1), min_size=1, max_size=16))
    new_row = set(data.draw(st.lists(st.integers(0, len(columns)), max_size=5)))
    assert flat._assign(cells, columns, roles, new_row) == _assign_by_counting(
        cells, columns, roles, new_row)


def _depths_char_by_char(text: str) -> list[int]:
    # the bracket depth as read/named.py first counted it, one character at a time
    out, depth = [], 0
    for ch in text:
        out.append(depth)
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth > 0:
            depth -= 1
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="项目、。，" + _OPEN + _CLOSE, max_size=40))
def test_bracket_depths_same_as_char_by_char(text: str) -> None:
    assert depths(text) == _depths_char_by_char(text)


def _frame_with_attrs(index: list[Any]) -> pd.DataFrame:
    frame = pd.DataFrame({"seq": ["1", "2", "3"][: len(index)], "n": [1, 2, 3][: len(index)]},
                         index=index)
    frame.attrs.update(title="表", warnings=["w"])
    return frame


SET_COLUMNS = {
    "new columns of every kind": {"a": [[1], [], None], "b": ["x", "y", None], "c": [1.5, None, 2],
                                  "d": [None, None, None], "e": [True, False, True]},
    "an existing column among new ones": {"a": [1, 2, 3], "seq": ["9", "8", "7"], "b": [{}, {}, {}]},
    "existing columns only": {"n": [3, 2, 1]},
}


@pytest.mark.parametrize("name", SET_COLUMNS)
@pytest.mark.parametrize("index", [[0, 1, 2], [5, 3, 9], [1, 1, 2], ["a", "b", "c"]])
def test_columns_set_at_once_as_one_by_one(name: str, index: list[Any]) -> None:
    frame, columns = _frame_with_attrs(index), SET_COLUMNS[name]
    expected = frame.copy()
    for key, values in columns.items():
        expected[key] = values
    got = with_columns(frame, columns)
    assert list(got.columns) == list(expected.columns)
    assert got.dtypes.to_dict() == expected.dtypes.to_dict()
    assert got.equals(expected) and got.index.equals(expected.index)
    assert got.attrs == expected.attrs and got.attrs is not frame.attrs
    assert list(frame.columns) == ["seq", "n"]  # the caller's frame is not modified


def test_columns_set_on_an_empty_frame() -> None:
    frame = _frame_with_attrs([])
    expected = frame.copy()
    expected["a"] = []
    got = with_columns(frame, {"a": []})
    assert got.dtypes.to_dict() == expected.dtypes.to_dict() and got.attrs == expected.attrs


def _strip_words_over_all(phrase: str) -> str:
    # cue words stripped as text/cues.py first did, trying every word at either end
    leads, tails = cue_words("lead"), cue_words("tail")
    changed = True
    while changed and phrase:
        changed = False
        for w in leads:
            if phrase.startswith(w) and len(phrase) > len(w):
                phrase, changed = phrase[len(w) :], True
                break
        for w in tails:
            if phrase.endswith(w) and len(phrase) > len(w):
                phrase, changed = phrase[: -len(w)], True
                break
    return phrase.strip(" “”\"'‘’")


def _cue_phrases() -> st.SearchStrategy[str]:
    words = [*cue_words("lead")[:12], *cue_words("tail")[:12], *cue_words("verb")[:12], "投资", "个"]
    return st.lists(st.sampled_from(words), max_size=5).map("".join)


@settings(max_examples=300, deadline=None)
@given(_cue_phrases())
def test_cue_words_stripped_as_over_every_word(phrase: str) -> None:
    assert strip_words(phrase) == _strip_words_over_all(phrase)
    assert leading_verb(phrase) == next((v for v in cue_words("verb") if phrase.startswith(v)), "")


# --- word lists and character classes under the standard library's engine (the fourth pass) ----

_CUE_CATEGORIES = sorted({cat for _, cat, _ in rows("cues.tsv", 3) if cat})
_WORD_LISTS = ("verdicts.tsv", "period_words.tsv", "not_targets.tsv", "gaps.tsv")


def _in_regex(words: tuple[str, ...], empty: str) -> Any:
    # the plain form: the same alternation as regex compiled it before
    return regex.compile("|".join(regex.escape(w) for w in words) or empty)


def _spans(pattern: Any, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _word_phrases() -> st.SearchStrategy[str]:
    words = [w for c in _CUE_CATEGORIES for w in cue_words(c)[:6]]
    words += [w for name in _WORD_LISTS for w in sorted(word_table(name))[:8]]
    return st.lists(st.sampled_from([*words, "，", "完", "成", "年", "3个", " "]),
                    max_size=8).map("".join)


@pytest.fixture(scope="module")
def sample_cells() -> list[str]:
    frame = read_report(sample_path())
    return [normalize(c).text for col in ("task", "progress") for c in frame[col]
            if isinstance(c, str)]


@pytest.mark.parametrize("category", _CUE_CATEGORIES)
def test_cue_pattern_finds_what_regex_finds(category: str, sample_cells: list[str]) -> None:
    reference = _in_regex(cue_words(category), "")
    for text in sample_cells:
        assert _spans(cue_pattern(category), text) == _spans(reference, text)


@pytest.mark.parametrize("name", _WORD_LISTS)
def test_word_pattern_finds_what_regex_finds(name: str, sample_cells: list[str]) -> None:
    words = tuple(sorted(word_table(name), key=lambda w: (-len(w), w)))
    reference = _in_regex(words, "(?!)")
    for text in sample_cells:
        assert _spans(word_pattern(name), text) == _spans(reference, text)
        assert word_pattern(name).sub("", text) == reference.sub("", text)


@settings(max_examples=300, deadline=None)
@given(_word_phrases())
def test_word_lists_found_alike_in_generated_text(text: str) -> None:
    for category in _CUE_CATEGORIES:
        assert _spans(cue_pattern(category), text) == _spans(
            _in_regex(cue_words(category), ""), text)
    for name in _WORD_LISTS:
        words = tuple(sorted(word_table(name), key=lambda w: (-len(w), w)))
        assert _spans(word_pattern(name), text) == _spans(_in_regex(words, "(?!)"), text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="一中文字鿿〇㐀﨩a1，。 \u4dff\ua000", max_size=20))
def test_chinese_characters_found_alike_in_both_engines(text: str) -> None:
    assert _spans(wide._CJK, text) == _spans(re.compile(r"[\u4e00-\u9fff]"), text)


# --- the history's module loaded only for a row with a history (the fourth pass) ---------------

_HISTORY_RECORDS = {
    "no history": {"seq": "1"},
    "no earlier report": {"previous_period": None},
    "a missing earlier report": {"previous_period": float("nan")},
    "an earlier report": {
        "previous_period": "2025Q1", "previous_seq": "3", "previous_status": "lagging",
        "changes": ["still_lagging", "unchanged_text"], "lagging_reports": 3,
        "forecast_ranges": [{"target_index": 0, "metric": "投资", "low": 0.7, "high": 0.8}],
        "promises_checked": [{"due_label": "6月底前", "action": "开工", "status": "kept"}]},
}


@pytest.mark.parametrize("name", _HISTORY_RECORDS)
def test_history_read_only_when_there_is_one(name: str) -> None:
    from zqmetrics.deliver import changes, flat, sections

    record = _HISTORY_RECORDS[name]
    change = sections._change(record)
    assert change == changes.read_change(record)
    for lang in ("zh", "en"):
        for index in (None, 0, 1):
            assert flat.history_notes(change, lang, index) == changes.notes(change, lang, index)


def test_history_summary_as_the_changes_give_it() -> None:
    from zqmetrics.deliver import changes, flat, sections
    from zqmetrics.judge.assessment import assess

    frame = assess(read_report(sample_path()))
    for records in (dict.fromkeys(range(len(frame))), _HISTORY_RECORDS):
        for lang in ("zh", "en"):
            listed = sections.supervision_list(frame, lang=lang)
            tasks = [replace(t, change=sections._change(r) if isinstance(r, dict) else None)
                     for t, r in zip(listed.tasks, [*records.values(), *[None] * len(frame)],
                                     strict=False)]
            sl = replace(listed, tasks=tuple(tasks))
            assert flat.history_summary(sl) == changes.summary([t.change for t in tasks], lang)


# --- patterns moved from regex to re (the fourth pass): the same matches in both engines --------

def _switched() -> dict[str, Any]:
    from zqmetrics.extraction import figures
    from zqmetrics.judge import opening, verdicts
    from zqmetrics.text import clauses, quantity, target_words
    from zqmetrics.text import normalize as nm

    return {
        "clauses._excess": clauses._excess(), "clauses._gap_before": clauses._gap_before(),
        "target_words.TARGET_BEFORE": target_words.TARGET_BEFORE,
        "target_words.TARGET_AFTER": target_words.TARGET_AFTER,
        "clauses._ACHIEVED_BETWEEN": clauses._ACHIEVED_BETWEEN,
        "segment.ASIDE": segment.ASIDE, "clauses._CLAUSE_SEP": clauses._CLAUSE_SEP,
        "clauses._SENTENCE_SEP": clauses._SENTENCE_SEP, "quantity._QUOTED": quantity._QUOTED,
        "quantity._scope_pattern": quantity._scope_pattern(),
        "quantity._sentence_end": quantity._sentence_end(), "normalize._SLOW": nm._SLOW,
        "figures._CONJUNCTIONS": figures._CONJUNCTIONS, "figures._from_to": figures._from_to(),
        "figures._baseline": figures._baseline(), "figures._to_level": figures._to_level(),
        "figures._separator_class": figures._separator_class(",;。、"),
        "verdicts._cell_pattern": verdicts._cell_pattern(),
        "verdicts._SENTENCE_END": verdicts._SENTENCE_END,
        "opening.summary_pattern(item)": opening.summary_pattern("item"),
        "opening.summary_pattern(done)": opening.summary_pattern("done"),
        "verdicts._bench_pattern": verdicts._bench_pattern(),
    }


_SWITCHED = sorted(_switched())


def _found(pattern: Any, text: str) -> list[Any]:
    whole = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    # the callers search short windows, anchored at either end: every window of 16 characters
    windows = [(m.span(), m.groups()) if (m := pattern.search(text[i : i + 16])) else None
               for i in range(0, max(1, len(text) - 3), 3)]
    return [whole, windows, pattern.sub("", text)]


@pytest.fixture(scope="module")
def prose_lines() -> list[str]:
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "data" / "work-reports-2026"
    lines = [line for p in sorted(folder.glob("*.txt"))[:6]
             for line in p.read_text(encoding="utf-8").split("\n") if line.strip()]
    return [normalize(line).text for line in lines]


@pytest.mark.parametrize("name", _SWITCHED)
def test_switched_pattern_same_in_both_engines(name: str, sample_cells: list[str],
                                              prose_lines: list[str]) -> None:
    fast = _switched()[name]
    assert isinstance(fast, re.Pattern)
    reference = regex.compile(fast.pattern, fast.flags & ~re.UNICODE)
    for text in [*sample_cells, *prose_lines]:
        assert _found(fast, text) == _found(reference, text)


def _pattern_text() -> st.SearchStrategy[str]:
    # the characters the switched patterns name, with digits, spaces, separators and others
    named = sorted({ch for p in _switched().values() for ch in p.pattern if ord(ch) > 127})
    return st.text(alphabet=[*named, *"0123456789 \t\n,;.%&()-", "\u200b", "中", "x"],
                   max_size=30)


@settings(max_examples=300, deadline=None)
@given(_pattern_text())
def test_switched_patterns_same_on_generated_text(text: str) -> None:
    for fast in _switched().values():
        reference = regex.compile(fast.pattern, fast.flags & ~re.UNICODE)
        assert _found(fast, text) == _found(reference, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="，,;；:：。!！?？\n()（）、完成1个 ", max_size=30))
def test_last_separator_as_a_reverse_search_finds_it(text: str) -> None:
    from zqmetrics.text.clauses import _last_sep
    from zqmetrics.text.segment import CLAUSE_SEPARATORS

    m = regex.compile(f"(?r)[{regex.escape(CLAUSE_SEPARATORS)}]").search(text)
    assert _last_sep(text) == (m.start() if m else -1)


def _fold_text() -> st.SearchStrategy[str]:
    # fold keys GB2312 encodes (full-width forms, 　, —, traditional characters such as 於),
    # keys it does not (個, 們, ﹣), characters it does not encode that are no key (①, 𠀀, é),
    # keys' values (，is folded to ",") and plain text
    from zqmetrics.text.normalize import _fold_keys

    keys = sorted(_fold_keys())
    return st.text(alphabet=st.one_of(st.sampled_from(keys),
                                      st.sampled_from([*"，,。完成1个人万　—於個們﹣①é", "\U00020000"]),
                                      st.characters(max_codepoint=0x3000)),
                   max_size=30)


@settings(max_examples=400, deadline=None)
@given(_fold_text())
def test_fold_by_replacing_the_keys_present_is_translate(text: str) -> None:
    from zqmetrics.text.normalize import _fold, _fold_table

    assert _fold(text) == text.translate(_fold_table())


def test_fold_on_every_sample_and_prose_line() -> None:
    from pathlib import Path

    from zqmetrics.text.normalize import _fold, _fold_pairs, _fold_table

    assert _fold_pairs() is not None  # the fast form is the one in use
    folder = Path(__file__).resolve().parents[1] / "data" / "work-reports-2026"
    files = [Path(sample_path()), *sorted(folder.glob("*.txt"))]
    texts = [line for p in files for line in p.read_text(encoding="utf-8").split("\n")]
    assert any(_fold(t) != t for t in texts)  # the fold has work to do on these
    for text in texts:
        assert _fold(text) == text.translate(_fold_table())


def _header_word_by_every_synonym(key: str) -> str | None:
    """The plain form: each synonym's last occurrence, the one ending last (then longest) wins."""
    from zqmetrics.read.columns import header_lexicon

    best: tuple[int, int, str] | None = None
    for synonym, column in header_lexicon().items():
        at = key.rfind(synonym)
        if at >= 0 and (best is None or (at + len(synonym), len(synonym)) > best[:2]):
            best = (at + len(synonym), len(synonym), column)
    return best[2] if best else None


def _header_text() -> st.SearchStrategy[str]:
    from zqmetrics.read.columns import header_lexicon

    words = sorted(header_lexicon())
    pieces = st.one_of(st.sampled_from(words), st.sampled_from(words).map(lambda w: w[1:]),
                       st.sampled_from(words).map(lambda w: w[:-1]),
                       st.sampled_from(["完成", "年", "1-6月", "（万元）", "x", "情况"]))
    return st.lists(pieces, min_size=1, max_size=5).map("".join)


@settings(max_examples=400, deadline=None)
@given(_header_text())
def test_header_word_by_one_reverse_search_is_every_synonym_tried(key: str) -> None:
    from zqmetrics.read.columns import _last_synonym, header_lexicon

    found = _last_synonym().search(key[::-1])
    fast = header_lexicon()[found.group()[::-1]] if found else None
    assert fast == _header_word_by_every_synonym(key)


def test_header_word_on_every_sample_and_prose_line_prefix() -> None:
    from pathlib import Path

    from zqmetrics.read.columns import _MAX_HEADER_CELL, _last_synonym, header_lexicon

    folder = Path(__file__).resolve().parents[1] / "data" / "work-reports-2026"
    files = [Path(sample_path()), *sorted(folder.glob("*.txt"))]
    cells = {c.strip() for p in files for line in p.read_text(encoding="utf-8").split("\n")
             for c in [line[:_MAX_HEADER_CELL], *line.split("|")] if c.strip()}
    named = 0
    for cell in sorted(cells):
        key = normalize(cell).text
        if len(cell) > _MAX_HEADER_CELL or not key or key in header_lexicon():
            continue
        plain = _header_word_by_every_synonym(key)
        named += plain is not None
        found = _last_synonym().search(key[::-1])
        assert (header_lexicon()[found.group()[::-1]] if found else None) == plain, cell
    assert named > 50  # the lines name roles often enough for the check to mean something


def _scoped_text() -> st.SearchStrategy[str]:
    from zqmetrics.text.quantity import SENTENCE_END, comparator_cues

    cues = sorted(comparator_cues()["scope"])
    return st.lists(st.sampled_from([*cues, *SENTENCE_END, "完成", "12个", "，", "x"]),
                    max_size=10).map("".join)


@settings(max_examples=300, deadline=None)
@given(_scoped_text())
def test_scopes_without_a_cue_are_the_empty_scopes(text: str) -> None:
    from zqmetrics.text.quantity import _scope_pattern, _scopes, _sentence_end, comparator_cues
    from zqmetrics.text.spans import Scoped

    table = comparator_cues()["scope"]
    cues = [(m.start(), table[m.group()]) for m in _scope_pattern().finditer(text)]
    plain = Scoped(cues, [m.start() for m in _sentence_end().finditer(text)] if cues else [])
    fast = _scopes(text)
    assert bool(fast) == bool(plain)
    assert [fast.value_at(i) for i in range(len(text) + 1)] == [
        plain.value_at(i) for i in range(len(text) + 1)]


def _by_found(text: str) -> list[Any]:
    """The plain form of quantities(): every Found mapped back by to_quantity."""
    from zqmetrics.text.quantity import find, to_quantity

    norm = normalize(text)
    return [to_quantity(f, norm) for f in find(norm)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*ALPHABET, "１", "０", "\u200b", "&amp;", "\r\n", "力争", "“", "”"]),
                max_size=40).map("".join))
def test_quantities_without_found_are_those_of_to_quantity(text: str) -> None:
    from zqmetrics.text.quantity import quantities

    assert quantities(text) == _by_found(text)


def test_quantities_without_found_on_every_sample_and_prose_line() -> None:
    from pathlib import Path

    from zqmetrics.text.quantity import quantities

    folder = Path(__file__).resolve().parents[1] / "data" / "work-reports-2026"
    files = [Path(sample_path()), *sorted(folder.glob("*.txt"))]
    lines = [line for p in files for line in p.read_text(encoding="utf-8").split("\n")]
    assert sum(len(quantities(line)) for line in lines) > 500
    for line in lines:
        assert quantities(line) == _by_found(line)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_quantity_scan_from_the_first_match_is_the_whole_scan(text: str) -> None:
    pattern = _pattern()
    first = pattern.search(text)
    whole = _matches(pattern, text)
    if first is None:
        assert whole == []
    else:
        assert [(m.span(), *(m.span(i) for i in range(1, pattern.groups + 1)))
                for m in pattern.finditer(text, first.start())] == whole


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*ALPHABET, "１", "\u200b", "&amp;", "&x", "\r\n", "\r", "2 万", "3\n4亿"]),
                max_size=20).map("".join))
def test_folded_only_is_normalize_when_its_map_is_the_identity(text: str) -> None:
    from zqmetrics.text.normalize import folded_only

    norm = normalize(text)
    assert folded_only(text) == (norm.text if norm.origin is None else None)


def test_gb2312_keys_are_the_fold_keys_gb2312_encodes() -> None:
    from zqmetrics.text.normalize import _fold_keys, _gb2312_keys

    def encodes(ch: str) -> bool:
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            return False
        return True

    probe = _gb2312_keys()
    assert {k for k in _fold_keys() if probe.fullmatch(k)} == {k for k in _fold_keys() if encodes(k)}
    assert not any(probe.fullmatch(chr(c)) for c in range(0x20000) if chr(c) not in _fold_keys())
