"""What a supervision office circulates: the supervisor's list, the workbook, the 督查通报 draft,
a self-contained page and charts, in Chinese by default (``lang="en"`` for English).

Modules load their heavy libraries (openpyxl, python-docx, matplotlib) on first use only.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

FORMATS = (".xlsx", ".docx", ".html", ".htm", ".csv", ".md")


def write(assessed: pd.DataFrame, path: str | os.PathLike[str], *, lang: str = "zh",
          per_unit: bool = False, sample: bool = False) -> Path:
    """Save the supervisor's list of ``assessed`` by the suffix of ``path``: .xlsx (the workbook),
    .docx (督查通报 draft; ``per_unit`` adds a 督办单 per lead unit), .html (the page), .csv, .md.
    ``sample`` marks the bundled sample (示例报告 in every title)."""
    from zqmetrics.deliver.sections import supervision_list

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot write {suffix or 'a file without suffix'}: "
                         f"use one of {', '.join(FORMATS)}")
    sl = supervision_list(assessed, lang=lang, sample=sample)
    if suffix == ".xlsx":
        from zqmetrics.deliver.workbook import write_workbook

        return write_workbook(sl, path)
    if suffix == ".docx":
        from zqmetrics.deliver.docx import write_docx

        return write_docx(sl, path, per_unit=per_unit)
    if suffix in (".html", ".htm"):
        from zqmetrics.deliver.page import write_page

        return write_page(sl, path)
    from zqmetrics.deliver.flat import write_csv, write_markdown

    return (write_csv if suffix == ".csv" else write_markdown)(sl, path)
