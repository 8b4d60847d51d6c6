"""Flat files: CSV (UTF-8 with BOM, for Excel) and Markdown."""

from __future__ import annotations

import csv
import html
from pathlib import Path
from typing import TYPE_CHECKING

from zqmetrics.deliver.tables import LABELS, LINE_BREAKS, cell_value, shown

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def write_csv(data: pd.DataFrame, path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="", errors="replace") as handle:
        out = csv.writer(handle)
        out.writerow([LABELS.get(c, c) for c in data.columns])
        for row in data.itertuples(index=False, name=None):
            out.writerow(["" if v is None else v
                          for v in (cell_value(c, v) for c, v in zip(data.columns, row, strict=False))])


def _md_cell(text: str) -> str:
    text = html.escape(text.replace("\\", "\\\\"), quote=False).replace("|", "\\|")
    return LINE_BREAKS.sub("<br>", text).replace("\t", " ")


def markdown(data: pd.DataFrame, title: str) -> str:
    columns = list(data.columns)
    lines = [f"# {_md_cell(title)}", ""] if title else []
    lines.append("| " + " | ".join(_md_cell(LABELS.get(c, c)) for c in columns) + " |")
    lines.append("|" + "|".join(" --- " for _ in columns) + "|")
    for values in data.itertuples(index=False, name=None):
        lines.append("| " + " | ".join(_md_cell(shown(c, v)) for c, v in zip(columns, values, strict=False))
                     + " |")
    return "\n".join(lines) + "\n"
