"""A table as a standalone HTML page, every cell escaped."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from zqmetrics.deliver.tables import (
    LABELS,
    LINE_BREAKS,
    NUMBER_FORMATS,
    PERCENT,
    STATUS_COLOURS,
    WHITE_TEXT,
    as_text,
    shown,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


_CSS = """body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:1.5em}
table{border-collapse:collapse;font-size:14px}th,td{border:1px solid #bbb;padding:4px 6px;
vertical-align:top;text-align:left}th{background:#DDEBF7;position:sticky;top:0}
td.num{text-align:right;white-space:nowrap}"""


def html_page(data: pd.DataFrame, title: str) -> str:
    columns = list(data.columns)
    css = _CSS + "".join(
        f"\ntd.status-{s}{{background:#{c}{';color:#fff' if s in WHITE_TEXT else ''}}}"
        for s, c in STATUS_COLOURS.items())
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{html.escape(title)}</title><style>{css}</style></head><body>",
           f"<h1>{html.escape(title)}</h1>", f"<p>{len(data)} rows</p>",
           "<table><thead><tr>"
           + "".join(f"<th>{html.escape(LABELS.get(c, c))}</th>" for c in columns)
           + "</tr></thead><tbody>"]
    numeric = PERCENT | set(NUMBER_FORMATS)
    for values in data.itertuples(index=False, name=None):
        cells = []
        for column, value in zip(columns, values, strict=False):
            text = LINE_BREAKS.sub("<br>", html.escape(shown(column, value)))
            klass = ("num" if column in numeric else
                     f"status-{html.escape(str(value))}" if column == "status" else "")
            cells.append(f'<td class="{klass}">{text}</td>' if klass else f"<td>{text}</td>")
        status = html.escape(as_text(dict(zip(columns, values, strict=False)).get("status")))
        out.append(f'<tr class="row-{status}">' + "".join(cells) + "</tr>")
    out.append("</tbody></table></body></html>")
    return "\n".join(out) + "\n"
