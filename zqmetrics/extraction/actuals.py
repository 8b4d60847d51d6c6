"""Actuals from progress text: every figure, aligned to the target it measures."""

from __future__ import annotations

from zqmetrics.extraction.align import align
from zqmetrics.extraction.candidates import candidate_actuals
from zqmetrics.text.clauses import parse
from zqmetrics.types import Actual, Target


def extract_actuals(
    progress_text: str, targets: list[Target] | None = None, report_year: int | None = None
) -> list[Actual]:
    """Every figure in a progress cell, each aligned to the target it measures (or None).

    Never raises on text; ``[]`` for odd or empty text.
    """
    if not isinstance(progress_text, str) or not progress_text.strip():
        return []

    cell = parse(progress_text, report_year)  # the same model the row's other readers get
    candidates = candidate_actuals(cell.norm, report_year, cell)
    return align(candidates, list(targets or []))
