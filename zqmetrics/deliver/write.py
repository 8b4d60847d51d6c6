"""Save the tables by file suffix: .xlsx (all three sheets), .csv, .md, .html (one table)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from zqmetrics.deliver.flat import markdown, write_csv
from zqmetrics.deliver.html import html_page
from zqmetrics.deliver.tables import BUILDERS, SHEETS, ensure_assessed, report_title
from zqmetrics.deliver.xlsx import write_xlsx

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


FORMATS = (".xlsx", ".csv", ".md", ".html", ".htm")


def write(assessed: pd.DataFrame, path: str | os.PathLike[str], *, table: str = "at_risk") -> Path:
    """Save the tables to ``path`` by its suffix and return the path.

    .xlsx holds all three tables, one sheet each; .csv (UTF-8 with BOM, for Excel), .md and .html
    hold one, ``table`` (``at_risk``, ``tasks`` or ``targets``). The file is written to a
    temporary name first, so a failure never leaves half a file behind.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot write {suffix or 'a file without suffix'}: "
                         f"use one of {', '.join(FORMATS)}")
    if table not in BUILDERS:
        raise ValueError(f"unknown table {table!r}: use one of {', '.join(BUILDERS)}")
    frame = ensure_assessed(assessed)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        if suffix == ".xlsx":
            write_xlsx(frame, tmp)
        else:
            data = BUILDERS[table](frame)
            title = f"{SHEETS[table]} · {report_title(frame)}".rstrip(" ·")
            if suffix == ".csv":
                write_csv(data, tmp)
            else:
                render = markdown if suffix == ".md" else html_page
                tmp.write_text(render(data, title), encoding="utf-8", errors="replace")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
