"""The one loader of the lexicons: tab-separated data files, the package's and the user's.

Lexicons are tab-separated text: ``#`` starts a comment line, the first fields of each line are
what the code reads, and anything after them is a note for people. The package's own files are in
``zqmetrics/data``. An analyst can add local terms without editing the package: put files with the
same names (``cues.tsv``, ``headers.tsv``, ``synonyms.tsv`` …) in a folder of their own and

- call ``zqmetrics.text.lexicon.use(Lexicon(["my-terms"]))``, or
- set ``ZQMETRICS_LEXICON=my-terms`` (several folders joined by ``os.pathsep``), or
- pass ``--lexicon my-terms`` to the ``zqmetrics`` command.

Their rows are read after the package's (``replace=True`` reads a user file instead of the
package's). Each file is read once, on first use; everything built from the lexicons (patterns,
tables) is cached with :func:`derived` and rebuilt when :func:`use` installs another lexicon.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

ENV = "ZQMETRICS_LEXICON"

F = TypeVar("F", bound=Callable[..., Any])
_DERIVED: list[Any] = []


@dataclass(frozen=True)
class Lexicon:
    """The package's lexicons, extended (or, with ``replace``, replaced) by the user's folders."""

    folders: tuple[Path, ...] = ()
    replace: bool = False
    _files: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __init__(self, folders: Iterable[str | os.PathLike[str]] = (), replace: bool = False):
        paths = tuple(Path(f) for f in folders)
        for path in paths:
            if not path.is_dir():
                raise FileNotFoundError(f"lexicon folder not found: {path}")
        object.__setattr__(self, "folders", paths)
        object.__setattr__(self, "replace", replace)
        object.__setattr__(self, "_files", {})

    def texts(self, name: str) -> tuple[str, ...]:
        """The texts of one data file: the package's, then each user folder's that has it."""
        if name not in self._files:
            own = [p.read_text(encoding="utf-8") for p in (f / name for f in self.folders)
                   if p.is_file()]
            package = [] if self.replace and own else [package_text(name)]
            self._files[name] = (*package, *own)
        return self._files[name]


@cache
def _package_data() -> Any:
    # found once: resources.files resolves the package afresh on every call (a cold start reads
    # some thirty data files)
    return resources.files("zqmetrics").joinpath("data")


def package_text(name: str) -> str:
    """The text of a data file shipped in the package."""
    return _package_data().joinpath(name).read_text(encoding="utf-8")


def _from_environment() -> Lexicon:
    value = os.environ.get(ENV, "")
    return Lexicon([f for f in value.split(os.pathsep) if f])


_current: list[Lexicon] = []


def current() -> Lexicon:
    """The lexicon in use: the one :func:`use` installed, else the package's plus ``$ZQMETRICS_LEXICON``."""
    if not _current:
        _current.append(_from_environment())
    return _current[0]


def use(lexicon: Lexicon | None) -> None:
    """Install ``lexicon`` (None: back to the default) and drop everything built from the old one."""
    _current.clear()
    if lexicon is not None:
        _current.append(lexicon)
    for fn in _DERIVED:
        fn.cache_clear()


def derived(fn: F) -> F:
    """Cache ``fn`` like functools.cache, and clear it when another lexicon is installed."""
    cached = cache(fn)
    _DERIVED.append(cached)
    return cached  # type: ignore[return-value]


def derived_per_text(maxsize: int) -> Callable[[F], F]:
    """Cache ``fn`` per argument like functools.lru_cache(maxsize) (a bounded cache: one entry per
    cell), and clear it when another lexicon is installed (what it read depends on the lexicon)."""
    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _DERIVED.append(cached)
        return cached  # type: ignore[return-value]
    return wrap


def data_text(name: str) -> str:
    """A data file as one text: the package's, then the user's additions."""
    return "\n".join(current().texts(name))


@derived
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


@derived
def mapping(name: str) -> dict[str, str]:
    """A two-column lexicon as a dict from its first field to its second."""
    table: dict[str, str] = {}
    for key, value in rows(name, 2):
        if key in table and table[key] != value:
            raise ValueError(f"{name}: {key!r} maps to both {table[key]!r} and {value!r}")
        table[key] = value
    return table
