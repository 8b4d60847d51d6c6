"""evaluation.transfer: switching a family of rules off at once must leave the package as it was,
and the table must say what share of the development gain the held-out part keeps."""

from __future__ import annotations

import pytest

from evaluation.corpus import load_corpus
from evaluation.transfer import MEASURES, measure, reader_off, statements_off, table


@pytest.fixture(scope="module")
def few_docs() -> list:
    docs = load_corpus()
    # A few of each part, enough for every measure to be defined; held-out ones are only scored.
    dev = [d for d in docs if d.split == "dev"][:4]
    held = [d for d in docs if d.split == "heldout"][:2]
    return dev + held


def test_switching_off_and_back_leaves_the_scores(few_docs: list) -> None:
    before = measure(few_docs)
    with reader_off() as n_reader, statements_off() as n_statements:
        off = measure(few_docs)
    assert n_reader > 100 and n_statements > 40
    assert measure(few_docs) == before
    assert off != before  # the switches reach the package


@pytest.mark.parametrize(("dev", "held", "kept"), [
    ((0.4, 0.8), (0.3, 0.5), "0.50"),
    ((0.8, 0.8), (0.5, 0.6), "—"),  # no development gain: no share
    ((0.857, 0.858), (0.504, 0.505), "—"),  # a row or two: noise, no share
    ((0.2, 0.6), (0.3, 0.2), "-0.25"),  # the held-out part loses
])
def test_table_share_kept(dev: tuple[float, float], held: tuple[float, float], kept: str) -> None:
    width = len(MEASURES)
    off = {"dev": (dev[0],) * width, "heldout": (held[0],) * width}
    on = {"dev": (dev[1],) * width, "heldout": (held[1],) * width}
    lines = table("t", on, off).splitlines()
    assert len(lines) == 4 + width
    assert all(line.endswith(f"| {kept} |") for line in lines[4:])
