"""HTML and DOCX tables as grids of cell text, for the grid rules of formats.py.

Kept apart so that html.parser, zipfile and xml.etree load only when such a file is read: the
command line's cold start on a text report does without them (issue 15).
"""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

from zqmetrics.errors import ReportReadError


class _HTMLTables(HTMLParser):
    """Top-level <table>s as rows of (text, rowspan, colspan), and the text blocks before them."""

    _BLOCKS = frozenset({"title", "h1", "h2", "h3", "h4", "h5", "h6", "p", "caption", "div"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self.before: list[str] = []
        self._depth = 0
        self._row: list[tuple[str, int, int]] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._block: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "table":
            self._depth += 1
            if self._depth == 1:
                self._end_block()
                self.tables.append([])
            else:
                self._text("\n")  # a table nested in a cell is that cell's text, line by line
        elif self._depth > 1 and tag in ("tr", "td", "th"):
            self._text("\n")
        elif self._depth == 1 and tag == "tr":
            self._end_row()
            self._row = []
        elif self._depth == 1 and tag in ("td", "th"):
            self._end_cell()
            self._row = [] if self._row is None else self._row
            self._cell = []
            spans = dict(attrs)
            self._span = (_span(spans.get("rowspan")), _span(spans.get("colspan")))
        elif tag == "br" or (tag in self._BLOCKS and self._cell is not None):
            self._text("\n")
        elif tag in self._BLOCKS and not self.tables:
            self._end_block()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "table" and self._depth:
            if self._depth == 1:
                self._end_row()
            self._depth -= 1
        elif self._depth == 1 and tag == "tr":
            self._end_row()
        elif self._depth == 1 and tag in ("td", "th"):
            self._end_cell()
        elif tag in self._BLOCKS and not self.tables:
            self._end_block()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            # Source line breaks and indentation mean nothing in HTML; <br> and blocks do.
            self._text(re.sub(r"[ \t\r\n\f]+", " ", data))

    def close(self) -> None:
        super().close()
        self._end_row()
        self._end_block()

    def _text(self, s: str) -> None:
        if self._cell is not None:
            self._cell.append(s)
        elif not self.tables:
            self._block.append(s)

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            text = "\n".join(s for s in map(str.strip, "".join(self._cell).split("\n")) if s)
            self._row.append((text, *self._span))
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None and self.tables:
            self.tables[-1].append(self._row)
        self._row = None

    def _end_block(self) -> None:
        text = "".join(self._block).strip()
        if text:
            self.before.append(text)
        self._block = []


def _span(value: str | None) -> int:
    return min(max(int(value), 1), 1000) if value and value.strip().isdigit() else 1


def _expand_spans(rows: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """A grid from cells with rowspan/colspan; a cell spanning rows is repeated in each."""
    grid: list[list[str]] = []
    carried: dict[int, tuple[str, int]] = {}  # column → (text, rows still to fill)
    for row in rows:
        out: list[str] = []
        cells = iter(row)
        cell = next(cells, None)
        while cell is not None or any(col >= len(out) for col in carried):
            col = len(out)
            if col in carried:
                text, left = carried.pop(col)
                out.append(text)
                if left > 1:
                    carried[col] = (text, left - 1)
            elif cell is None:
                out.append("")
            else:
                text, rowspan, colspan = cell
                for k in range(colspan):
                    if rowspan > 1:
                        carried[col + k] = (text if k == 0 else "", rowspan - 1)
                    out.append(text if k == 0 else "")
                cell = next(cells, None)
        grid.append(out)
    return grid


def html_grids(text: str) -> tuple[list[list[list[str]]], list[str]]:
    """The grids of an HTML page's top-level tables, and the text blocks before them."""
    parser = _HTMLTables()
    parser.feed(text)
    parser.close()
    return [_expand_spans(t) for t in parser.tables], parser.before


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_grids(path: Path) -> tuple[list[list[list[str]]], list[str]]:
    """The grids of a DOCX file's top-level tables, and the paragraphs before the first."""
    try:
        with zipfile.ZipFile(path) as archive:
            body = ElementTree.fromstring(archive.read("word/document.xml")).find(f"{_W}body")
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as exc:
        raise ReportReadError(f"not a readable .docx file ({exc})", str(path)) from None
    before: list[str] = []
    grids: list[list[list[str]]] = []
    for element in body if body is not None else ():
        if element.tag == f"{_W}p" and not grids:
            before.append(_docx_text(element))
        elif element.tag == f"{_W}tbl":
            grids.append(_docx_grid(element))
    return grids, before


def _docx_text(paragraph: ElementTree.Element) -> str:
    marks = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n"}
    return "".join((el.text or "") if el.tag == f"{_W}t" else marks.get(el.tag, "")
                   for el in paragraph.iter())


def _docx_grid(table: ElementTree.Element) -> list[list[str]]:
    grid: list[list[str]] = []
    for tr in table.findall(f"{_W}tr"):  # direct rows only: a table nested in a cell is text
        row: list[str] = []
        for tc in tr.findall(f"{_W}tc"):
            props = tc.find(f"{_W}tcPr")
            span = props.find(f"{_W}gridSpan") if props is not None else None
            merge = props.find(f"{_W}vMerge") if props is not None else None
            text = "\n".join(t for t in map(_docx_text, tc.iter(f"{_W}p")) if t.strip())
            if merge is not None and merge.get(f"{_W}val") != "restart" and grid:
                # A continued vertical merge: the cell above (one 责任单位 for several tasks).
                above = grid[-1]
                text = above[len(row)] if len(row) < len(above) else ""
            row.append(text)
            row.extend([""] * (_span(span.get(f"{_W}val") if span is not None else None) - 1))
        grid.append(row)
    return grid
