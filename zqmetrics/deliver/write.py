"""Save the supervisor's list by file suffix: the workbook, the Word draft, the page, CSV, Markdown."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from zqmetrics.deliver.docx import write_docx
from zqmetrics.deliver.flat import write_csv, write_markdown
from zqmetrics.deliver.page import write_page
from zqmetrics.deliver.sections import SupervisionList, supervision_list
from zqmetrics.deliver.workbook import write_workbook

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

FORMATS = (".xlsx", ".docx", ".html", ".htm", ".csv", ".md")


def write(assessed: pd.DataFrame, path: str | os.PathLike[str], *, lang: str = "zh",
          per_unit: bool = False, sample: bool = False) -> Path:
    """Save the supervisor's list of ``assessed`` by the suffix of ``path`` and return the path.

    .xlsx: the circulated workbook; .docx: a draft 督查通报 (``per_unit`` adds a 督办单 per lead
    unit); .html: the self-contained page; .csv (UTF-8 with BOM, for Excel) and .md: the flat
    list. ``sample`` marks the bundled sample (示例报告 in every title). Each file is written to a
    temporary name first, so a failure never leaves half a file behind.
    """
    _check(Path(path))
    return write_list(supervision_list(assessed, lang=lang, sample=sample), path,
                      per_unit=per_unit)


def _check(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot write {suffix or 'a file without suffix'}: "
                         f"use one of {', '.join(FORMATS)}")
    return suffix


def write_list(listed: SupervisionList, path: str | os.PathLike[str], *,
               per_unit: bool = False) -> Path:
    """:func:`write` for a list already built (its language and 示例报告 mark are its own)."""
    path = Path(path)
    suffix = _check(path)
    if suffix == ".xlsx":
        return write_workbook(listed, path)
    if suffix == ".docx":
        return write_docx(listed, path, per_unit=per_unit)
    if suffix in (".html", ".htm"):
        return write_page(listed, path)
    return (write_csv if suffix == ".csv" else write_markdown)(listed, path)
