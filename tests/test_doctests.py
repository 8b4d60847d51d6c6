"""Every docstring example in the package runs, module by module."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "zqmetrics"


def _module(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")


# Modules whose source holds an example; the others have nothing for doctest to run.
WITH_EXAMPLES = sorted(_module(p) for p in PACKAGE.rglob("*.py")
                       if ">>> " in p.read_text(encoding="utf-8") and p.name != "__main__.py")


def test_there_are_examples() -> None:
    assert len(WITH_EXAMPLES) >= 5


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0
    assert result.failed == 0
