"""evaluation.prospective, its pure parts: when a switch was written (followed through renames),
which documents were present then, and the earlier/later split of what each switch helps. Made-up
histories and effects, one case a line; the checked-in history read with git out of reach."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from evaluation import prospective as p
from evaluation.prospective import (
    Arrival,
    History,
    Switch,
    Written,
    candidates,
    dict_entries,
    first_added,
    lineages,
    named_after,
    parse_ranges,
    ranges,
    read_history,
    report,
    split_switch,
    summarise,
    write_history,
)

SOURCE = '''
SWITCHES = {
    "one": (mod, "ONE", False),
    "two "
    "joined": (mod, "TWO",
               False),
    3: "not a name",
}
'''


def test_dict_entries_joins_split_names_and_squeezes_code() -> None:
    assert dict_entries(SOURCE) == {"one": '(mod, "ONE", False)', "two joined": '(mod, "TWO", False)'}


def test_dict_entries_of_a_broken_version_is_empty() -> None:
    assert dict_entries("SWITCHES = {") == {}


@pytest.mark.parametrize(
    ("versions", "expected"),
    [
        pytest.param([("c1", {"a": "x"}), ("c2", {"a": "x", "b": "y"})],
                     {"a": Written("c1", "named"), "b": Written("c2", "named")}, id="added-later"),
        pytest.param([("c1", {"a": "x"}), ("c2", {"a": "x2"})],
                     {"a": Written("c1", "named")}, id="code-edited-name-kept"),
        pytest.param([("c1", {"old wording": "x"}), ("c2", {"new words": "x"})],
                     {"new words": Written("c1", "renamed (same switch)")}, id="renamed-same-code"),
        pytest.param([("c1", {"a rule for tables": "x"}), ("c2", {"a rule for tables, reworded": "z"})],
                     {"a rule for tables, reworded": Written("c1", "renamed (similar name)")},
                     id="renamed-similar-wording"),
        pytest.param([("c1", {"a rule for tables": "x"}), ("c2", {"nothing alike here": "z"})],
                     {"nothing alike here": Written("c2", "named")}, id="replaced-is-new"),
        pytest.param([("c1", {"a": "x"}), ("c2", {"a": "x", "b": "x"})],
                     {"a": Written("c1", "named"), "b": Written("c2", "named")},
                     id="same-code-while-the-old-name-stays-is-new"),
        pytest.param([("c1", {"a": "x"}), ("c2", {"b": "x"}), ("c3", {"c": "x"})],
                     {"c": Written("c1", "renamed (same switch)")}, id="renamed-twice"),
        pytest.param([("c1", {"a": "x"}), ("c2", {}), ("c3", {"a": "x"})],
                     {"a": Written("c1", "named")}, id="back-after-a-branch-without-it"),
    ],
)
def test_lineages(versions: list[tuple[str, dict[str, str]]], expected: dict[str, Written]) -> None:
    assert lineages(versions) == expected


@pytest.mark.parametrize(
    ("body", "count"),
    [
        pytest.param("Reader pass 9: wuhu-2021-h1 rows 3 -> 9", 1, id="named"),
        pytest.param("Reader pass 9: wuhu-2021-h1-copy withdrawn", 0, id="inside-a-longer-id"),
        pytest.param("Reader pass 9: xwuhu-2021-h1 rows", 0, id="end-of-a-longer-id"),
        pytest.param("floors raised", 0, id="not-named"),
    ],
)
def test_named_after_counts_later_commits_naming_the_document(body: str, count: int) -> None:
    messages = {"c0": "wuhu-2021-h1 collected", "c1": "wuhu-2021-h1 annotated", "c2": body}
    # c1 is the arrival, c0 before it: neither counts.
    assert named_after(messages, {"wuhu-2021-h1": "c1"}, {"c1": {"c0", "c1"}}) == {"wuhu-2021-h1": count}


def test_first_added_keeps_the_first_addition() -> None:
    log = "@c1\n\nA\tgold/a.jsonl\nM\tgold/b.jsonl\n@c2\nD\tgold/a.jsonl\n@c3\nA\tgold/a.jsonl\nA\tgold/b.jsonl\n"
    assert first_added(log) == {"gold/a.jsonl": "c1", "gold/b.jsonl": "c3"}


@pytest.mark.parametrize(
    ("numbers", "text"),
    [
        pytest.param({1, 2, 3, 4, 7}, "1-4,7", id="run-and-one"),
        pytest.param({5}, "5", id="one"),
        pytest.param(set(), "-", id="none"),
        pytest.param({1, 3, 4, 5, 9, 10}, "1,3-5,9-10", id="gaps"),
    ],
)
def test_ranges_round_trip(numbers: set[int], text: str) -> None:
    assert ranges(numbers) == text
    assert parse_ranges(text) == numbers


def _history() -> History:
    # Arrivals 1 and 2 before the early rule; 3 after it. The late rule has seen all three; the
    # branch rule was written on a branch that had arrival 1 and 3 but not 2.
    # d3 was named by a commit after its arrival (worked on), d4 never was.
    arrivals = {"d1": Arrival("d1", 1, "a1", "t1"), "d2": Arrival("d2", 2, "a2", "t2"),
                "d3": Arrival("d3", 3, "a3", "t3", named=2), "d4": Arrival("d4", 3, "a3", "t3")}
    switches = {
        ("reader", "early"): Switch("reader", "early", "r1", "t2", "named", frozenset({1, 2})),
        ("reader", "late"): Switch("reader", "late", "r2", "t3", "named", frozenset({1, 2, 3})),
        ("judge", "branch"): Switch("judge", "branch", "r3", "t3", "named", frozenset({1, 3})),
    }
    return History(switches, arrivals)


@pytest.mark.parametrize(
    ("family", "name", "doc", "expected"),
    [
        pytest.param("reader", "early", "d2", True, id="present"),
        pytest.param("reader", "early", "d3", False, id="arrived-after"),
        pytest.param("judge", "branch", "d2", False, id="not-on-the-branch"),
        pytest.param("judge", "branch", "d3", True, id="merged-into-the-branch"),
        pytest.param("reader", "unknown", "d1", None, id="switch-not-in-history"),
        pytest.param("reader", "early", "d9", None, id="document-not-in-history"),
    ],
)
def test_earlier(family: str, name: str, doc: str, expected: bool | None) -> None:
    assert _history().earlier(family, name, doc) is expected


def test_history_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "history.tsv"
    write_history(_history(), path)
    assert read_history(path) == _history()


def test_a_broken_history_line_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "history.tsv"
    path.write_text("switch\treader\tonly three\n", encoding="utf-8")
    with pytest.raises(ValueError, match="history.tsv:1"):
        read_history(path)


DEV = ("d1", "d2", "d3", "d4")


def test_split_switch_by_arrival() -> None:
    moved = {"d1": ((1, 0), (1, 2, 0)), "d3": ((0, -1), (0, -1, 0)), "d4": ((2, 0), (0, 0, 1))}
    split = split_switch("reader", "early", moved, _history(), DEV)
    assert split is not None
    assert (split.present, split.arrived) == (2, 2)
    assert (split.earlier_helped, split.earlier_hurt) == (("d1",), ())
    assert (split.later_helped, split.later_hurt) == (("d4",), ("d3",))
    assert (split.earlier_gain, split.later_gain) == ((1, 2, 0), (0, -1, 1))
    assert (split.unnamed, split.unnamed_helped) == (1, ("d4",))


@pytest.mark.parametrize(
    ("own", "helped", "hurt"),
    [
        pytest.param((0.2, 0.0), ("d3",), (), id="better"),
        pytest.param((0.0, -0.2), (), ("d3",), id="worse"),
        pytest.param((0.2, -0.2), ("d3",), ("d3",), id="one-up-one-down-is-both"),
        pytest.param((0.0002, 0.0), (), (), id="below-rounding"),
    ],
)
def test_helped_and_hurt(own: tuple[float, ...], helped: tuple[str, ...], hurt: tuple[str, ...]) -> None:
    split = split_switch("judge", "branch", {"d3": (own, (0, 0, 0))}, _history(), DEV)
    assert split is not None and (split.earlier_helped, split.earlier_hurt) == (helped, hurt)


def test_a_switch_the_history_does_not_know_is_none() -> None:
    assert split_switch("reader", "new", {"d1": ((1,), (1, 0, 0))}, _history(), DEV) is None


def test_summarise_counts_switches_and_pairs() -> None:
    h = _history()
    splits = [split_switch("reader", "early", {"d1": ((1,), (1, 0, 0)), "d3": ((1,), (0, 0, 2))}, h, DEV),
              split_switch("reader", "late", {"d2": ((1,), (1, 1, 0))}, h, DEV)]
    s = summarise(x for x in splits if x is not None)
    assert (s.switches, s.with_later, s.transferred, s.helped_any) == (2, 1, 1, 2)
    assert (s.earlier_helped, s.later_helped, s.present, s.arrived) == (2, 1, 6, 2)
    assert (s.earlier_gain, s.later_gain) == ((2, 1, 0), (0, 0, 2))
    assert (s.unnamed, s.unnamed_helped, s.transferred_unnamed) == (1, 0, 0)
    assert p.kept(s) == f"{(1 / 2) / (2 / 6):.2f}"


@pytest.mark.parametrize(
    ("moved", "min_later", "listed"),
    [
        pytest.param({"d1": ((1,), (1, 0, 0))}, 2, True, id="two-later-of-its-layout-none-helped"),
        pytest.param({"d1": ((1,), (1, 0, 0))}, 3, False, id="too-few-later"),
        pytest.param({"d1": ((1,), (1, 0, 0)), "d3": ((1,), (1, 0, 0))}, 1, False, id="helped-a-later"),
        pytest.param({"d2": ((1,), (1, 0, 0))}, 1, False, id="no-later-of-its-layout"),
        pytest.param({}, 1, False, id="helps-nothing-at-all"),
    ],
)
def test_candidates(moved: dict[str, Any], min_later: int, listed: bool) -> None:
    layouts = {"d1": "table", "d2": "article", "d3": "table", "d4": "table"}
    split = split_switch("reader", "early", moved, _history(), DEV)
    assert split is not None
    found = candidates([split], layouts, _history(), min_later)
    assert bool(found) is listed
    if listed:
        assert found[0].layouts == ("table",) and found[0].later_same == 2


def test_the_checked_in_history_works_without_git(monkeypatch: pytest.MonkeyPatch) -> None:
    # A shallow CI clone has no history to ask: the measure must run from the data file alone.
    def no_git(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"git called: {args}")

    monkeypatch.setattr(subprocess, "run", no_git)
    history = read_history()
    assert len(history.switches) > 150 and len(history.arrivals) > 100
    numbers = {a.number for a in history.arrivals.values()}
    assert numbers == set(range(1, max(numbers) + 1))
    assert all(s.seen <= numbers and s.family in p.FAMILIES for s in history.switches.values())
    (family, name), switch = next(iter(history.switches.items()))
    early = min(history.arrivals.values(), key=lambda a: a.number)
    later = [a for a in history.arrivals.values() if a.number not in switch.seen]
    moved: dict[str, tuple[tuple[float, ...], tuple[int, ...]]] = {early.doc: ((1,), (1, 0, 0))}
    if later:
        moved[later[0].doc] = ((1,), (0, 1, 0))
    text = report({family: {name: moved}}, history, {a.doc: "table" for a in history.arrivals.values()})
    assert "| switches | 1 |" in text
    assert f"| documents helped / hurt, later | **{len(later[:1])}** / 0 |" in text
