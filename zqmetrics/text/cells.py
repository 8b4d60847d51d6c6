"""A frame cell's text, for the stages that read cells which may be empty."""

from __future__ import annotations

from typing import Any


def cell_text(value: Any) -> str:
    """A cell's text; an empty cell (None, NaN) has none (``str()`` would read NaN as "nan")."""
    return value if isinstance(value, str) else ""
