"""The workbook a supervision office circulates (openpyxl, loaded on first use).

Sheets: 汇总 (per lead unit: tasks, targets, statuses, items to chase, mean completion, time
elapsed, ranking), 重点督办 (the supervisor's list with 重点任务, 完成情况, 下一步计划, 责任单位,
监督科室, 监督电话 and the reason), 全部任务, 指标明细 (number formats per unit: money in 亿元/万元
with two decimals, counts whole), and 进度图 (a sheet holding the chart: mean completion against time
elapsed, by lead unit). With a history (``at-risk --db``), 重点督办 and 全部任务 add 上期状态,
较上期变化, 年底预计 and 承诺兑现 (``rows.HISTORY_COLUMNS``). Every sheet opens with a title block
(title, place, period, figures through, generated date, counts) and prints on A4 landscape, fit
to width, header row repeated, page numbers in the footer.

Report text is untrusted: a cell that a spreadsheet could run as a formula gets a leading ``'``,
and characters XML cannot hold are removed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zqmetrics.deliver.labels import fill, label
from zqmetrics.deliver.rows import (
    PERCENT_COLUMNS,
    Table,
    at_risk_rows,
    target_rows,
    task_rows,
    unit_rows,
)
from zqmetrics.deliver.sections import SupervisionList, summary_sentences
from zqmetrics.deliver.tables import (
    ILLEGAL_CHARS,
    XLSX_MAX_CELL,
    csv_safe,
    display_width,
    replacing,
)

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl.worksheet.worksheet import Worksheet

STATUS_FILLS = {  # light fills per status code (RGB), legible in print; no_numeric_target plain
    "lagging": "FFC7CE", "not_started": "FCE4D6", "unclear": "EDEDED",
    "on_track": "E2EFDA", "done": "C6EFCE",
}
HEADER_ROW = 5  # rows 1-3 hold the title block, row 4 is blank
# Column widths (in characters of half width; a Chinese character counts 2), capped so that a
# sheet fit to the width of A4 landscape stays readable.
_WIDTHS = {"task": 30, "progress": 32, "plan": 26, "reason": 34, "quote": 24, "evidence": 24,
           "units": 16, "office": 18, "lead_unit": 16, "metric": 16, "sections": 12,
           "previous_status": 12, "change": 14, "forecast": 16, "promises": 26}
# For programs: kept, hidden from print.
_HIDDEN = frozenset({"section_code", "status_code", "change_code"})
_LINE_HEIGHT = 13.5  # points per line of 10-point text
_COUNT_FORMAT, _MONEY_FORMAT, _DECIMAL_FORMAT = "#,##0", "#,##0.00", "#,##0.0#"


def _inert(text: str) -> str:
    """Text a spreadsheet will show, never run, cut to what a cell holds."""
    return csv_safe(text[:XLSX_MAX_CELL])


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return _inert(str(value))


def _value_format(row: dict[str, Any], value: Any) -> str:
    """The number format of a target or figure value, by its unit."""
    if row.get("unit_code") == "元":
        return _MONEY_FORMAT
    if isinstance(value, float) and not value.is_integer():
        return _DECIMAL_FORMAT
    return _COUNT_FORMAT


def _title_block(sheet: Worksheet, sl: SupervisionList, what: str, width: int) -> None:
    from openpyxl.styles import Alignment, Font

    lang, meta = sl.meta.lang, sl.meta
    sep = "　" if lang == "zh" else "   "
    head = fill("join.head", lang)
    facts = [(label("word.place", lang), meta.place), (label("word.period", lang), meta.period_text),
             (label("word.data_month", lang), meta.data_month),
             (label("word.generated", lang), meta.generated)]
    lines = [meta.heading(what), sep.join(f"{k}{head}{v}" for k, v in facts if v),
             " ".join(summary_sentences(sl)[:2])]
    for n, line in enumerate(lines, start=1):
        sheet.cell(row=n, column=1, value=_inert(line))
        sheet.merge_cells(start_row=n, start_column=1, end_row=n, end_column=max(width, 1))
        cell = sheet.cell(row=n, column=1)
        cell.font = Font(bold=n == 1, size=16 if n == 1 else 10)
        cell.alignment = Alignment(horizontal="center" if n == 1 else "left", vertical="center",
                                   wrap_text=n == 3)
    sheet.row_dimensions[1].height = 28
    sheet.row_dimensions[3].height = 30


def _print_setup(sheet: Worksheet, lang: str, last_column: str) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages tall as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = label("word.page", lang)
    sheet.oddFooter.center.size = 9
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"


def _sheet(book: Any, name: str, table: Table, sl: SupervisionList) -> Worksheet:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    lang = sl.meta.lang
    columns, rows = table
    sheet = book.create_sheet(label(f"sheet.{name}", lang))
    _title_block(sheet, sl, label(f"sheet.{name}", lang), len(columns))
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")
    body = Font(size=10)
    fills = {s: PatternFill("solid", fgColor=c) for s, c in STATUS_FILLS.items()}
    for j, column in enumerate(columns, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=j, value=label(f"col.{column}", lang))
        cell.font, cell.fill, cell.border = Font(bold=True), header_fill, border
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    widths = [max(display_width(label(f"col.{c}", lang)), 6) for c in columns]
    for i, row in enumerate(rows, start=HEADER_ROW + 1):
        code = row.get("status_code")
        for j, column in enumerate(columns, start=1):
            value = _cell(row.get(column))
            cell = sheet.cell(row=i, column=j, value=value)
            cell.border, cell.alignment = border, wrap
            if column in PERCENT_COLUMNS:
                cell.number_format = "0.0%"
            elif column == "gap":
                cell.number_format = "0.0"
            elif column in ("target_value", "actual_value"):
                cell.number_format = _value_format(row, value)
            elif column in ("rank", "n_targets") or column.startswith("n_"):
                cell.number_format = _COUNT_FORMAT
            if column == "status" and code in fills:
                cell.fill = fills[code]
            cell.font = body
            if isinstance(value, str):
                longest = max(map(display_width, value.splitlines()), default=0)
                widths[j - 1] = max(widths[j - 1], min(longest, _WIDTHS.get(column, 16)))
    for j, width in enumerate(widths, start=1):
        dimension = sheet.column_dimensions[get_column_letter(j)]
        dimension.width = width + 2
        dimension.hidden = columns[j - 1] in _HIDDEN
    # Spreadsheets do not grow a wrapped row on their own when a file sets no height: estimate
    # the lines each row needs in its widest cell.
    for i, row in enumerate(rows, start=HEADER_ROW + 1):
        lines = 1
        for j, column in enumerate(columns):
            value = row.get(column)
            if isinstance(value, str) and column not in _HIDDEN:
                room = int((widths[j] + 2) * 1.1)  # a column holds a little more than its width
                lines = max(lines, sum(-(-display_width(part) // room) or 1
                                       for part in value.splitlines() or [""]))
        sheet.row_dimensions[i].height = min(409, _LINE_HEIGHT * lines + 3)
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(len(rows), 1)}"
    _print_setup(sheet, lang, last)
    return sheet


def _chart(book: Any, summary: Worksheet, sl: SupervisionList, n_units: int) -> None:
    """A chart sheet: each ranked unit's mean completion beside the time elapsed."""
    from openpyxl.chart import BarChart, Reference

    lang = sl.meta.lang
    columns = unit_rows(sl)[0]
    completion_col = columns.index("mean_completion") + 1
    expected_col = columns.index("expected") + 1
    unit_col = columns.index("lead_unit") + 1
    chart = BarChart()
    chart.type = "bar"  # horizontal: long unit names read along the axis
    chart.grouping = "clustered"
    chart.title = " ".join(x for x in (label("word.chart_title", lang), sl.meta.period_text) if x)
    chart.y_axis.title = label("word.chart_axis", lang)
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.majorGridlines = None
    chart.x_axis.scaling.orientation = "maxMin"  # rank 1 at the top
    first, last = HEADER_ROW + 1, HEADER_ROW + max(n_units, 1)
    for col in (completion_col, expected_col):
        chart.add_data(Reference(summary, min_col=col, min_row=HEADER_ROW, max_row=last),
                       titles_from_data=True)
    chart.set_categories(Reference(summary, min_col=unit_col, min_row=first, max_row=last))
    chart.series[0].graphicalProperties.solidFill = "2E75B6"
    chart.series[1].graphicalProperties.solidFill = "BFBFBF"
    chart.legend.position = "b"
    # A worksheet of its own rather than a chartsheet: LibreOffice prints a chartsheet blank,
    # and a worksheet can carry the same title block and print setup as the others.
    sheet = book.create_sheet(label("sheet.chart", lang))
    _title_block(sheet, sl, label("sheet.chart", lang), 12)
    chart.width, chart.height = 26, max(9, 1.0 * n_units + 3)  # centimetres
    sheet.add_chart(chart, f"A{HEADER_ROW}")
    _print_setup(sheet, lang, "L")
    sheet.print_title_rows = None  # no header row to repeat


def write_workbook(sl: SupervisionList, path: str | os.PathLike[str]) -> Path:
    """Save the workbook of ``sl`` to ``path`` (written to a temporary name, then moved)."""
    from openpyxl import Workbook

    path = Path(path)
    lang = sl.meta.lang
    book = Workbook()
    book.remove(book.active)
    book.properties.title = ILLEGAL_CHARS.sub("", sl.meta.heading(label("word.list_title", lang)))[:255]
    units = unit_rows(sl)
    summary = _sheet(book, "summary", units, sl)
    note_row = HEADER_ROW + len(units[1]) + 2
    summary.cell(row=note_row, column=1, value=label("word.ranking_note", lang))
    _sheet(book, "at_risk", at_risk_rows(sl), sl)
    _sheet(book, "tasks", task_rows(sl), sl)
    _sheet(book, "targets", target_rows(sl), sl)
    ranked = sum(1 for row in units[1] if isinstance(row["rank"], int))
    _chart(book, summary, sl, ranked)
    with replacing(path) as tmp:
        book.save(tmp)
    return path
