"""One small loader for the lexicons kept as data files in ``zqmetrics/data``.

Lexicons are tab-separated text: ``#`` starts a comment line, the first fields of each line are
what the code reads, and anything after them is a note for people. Each file is read once, on
first use, and cached.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def data_text(name: str) -> str:
    """The text of a data file shipped in the package."""
    return resources.files("zqmetrics").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@cache
def rows(name: str, width: int) -> tuple[tuple[str, ...], ...]:
    """The rows of a TSV lexicon, each cut or padded to ``width`` fields.

    A missing trailing field reads as ``""``, so a lexicon can leave notes out.
    """
    out: list[tuple[str, ...]] = []
    for raw in data_text(name).splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        fields = [f.strip() for f in fields[:width]] + [""] * (width - len(fields))
        out.append(tuple(fields))
    return tuple(out)


@cache
def mapping(name: str) -> dict[str, str]:
    """A two-column lexicon as a dict from its first field to its second."""
    table: dict[str, str] = {}
    for key, value in rows(name, 2):
        if key in table and table[key] != value:
            raise ValueError(f"{name}: {key!r} maps to both {table[key]!r} and {value!r}")
        table[key] = value
    return table

