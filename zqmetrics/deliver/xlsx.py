"""The Excel workbook: the three tables, one sheet each, styled by status."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from zqmetrics.deliver.tables import (
    ILLEGAL_CHARS,
    LABELS,
    NUMBER_FORMATS,
    PERCENT,
    SHEETS,
    STATUS_COLOURS,
    WHITE_TEXT,
    all_tables,
    cell_value,
    display_width,
    report_title,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


_WIDTH_CAP, _WIDTH_MIN, _HEADER_CAP = 60, 6, 16  # column widths, in display columns
_XLSX_MAX_CELL = 32767


def write_xlsx(frame: pd.DataFrame, path: Path) -> None:
    # lazy: openpyxl is heavy and only the .xlsx writer needs it
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    header_align = Alignment(wrap_text=True, vertical="center")
    wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    fills = {s: PatternFill("solid", fgColor=c) for s, c in STATUS_COLOURS.items()}
    white = Font(color="FFFFFF")

    book = Workbook()
    book.remove(book.active)
    book.properties.title = ILLEGAL_CHARS.sub("", report_title(frame))[:255] or None
    for key, data in all_tables(frame):
        sheet = book.create_sheet(SHEETS[key])
        columns = list(data.columns)
        labels = [LABELS.get(c, c) for c in columns]
        sheet.append(labels)
        for cell in sheet[1]:
            cell.font, cell.fill, cell.alignment = header_font, header_fill, header_align
        widths = [min(display_width(label), _HEADER_CAP) for label in labels]
        for values in data.itertuples(index=False, name=None):
            cells = [cell_value(c, v) for c, v in zip(columns, values, strict=False)]
            cells = [v[:_XLSX_MAX_CELL] if isinstance(v, str) else v for v in cells]
            sheet.append(cells)
            for j, (column, value, cell) in enumerate(zip(columns, cells, sheet[sheet.max_row], strict=False)):
                if isinstance(value, str):
                    width = max(map(display_width, value.splitlines()), default=0)
                else:
                    width = 0 if value is None else len(f"{value:,.1f}") + 2
                widths[j] = max(widths[j], min(width, _WIDTH_CAP))
                long = isinstance(value, str) and (width > _WIDTH_CAP or "\n" in value)
                cell.alignment = wrap if long else top
                if column in PERCENT:
                    cell.number_format = "0.0%"
                elif column in NUMBER_FORMATS:
                    cell.number_format = NUMBER_FORMATS[column]
                if column == "status" and value in fills:
                    cell.fill = fills[value]
                    if value in WHITE_TEXT:
                        cell.font = white
        for j, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(j)].width = max(width, _WIDTH_MIN) + 2
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(data) + 1}"
    book.save(path)
