"""A draft 督查通报 and, per lead unit, a 督办单, as Word documents (python-docx, loaded on first use).

The bulletin: title, the period, 一、总体情况 (the counts in words), 二、需重点督办的任务 (a heading
and one table per lead unit, worst unit first: section, task number, target, status, reason),
三、工作要求 (paragraphs to edit). With a history (``at-risk --db``), 一、总体情况 adds a 与上期相比
paragraph (counts of change and of the previous report's promises), each unit's table adds
上期状态, 较上期变化 and 年底预计, and the unit's promises checked follow its table. With
``per_unit``, one 督办单 per lead unit follows, each on a page of its own: number, unit, the items
to chase, the supervising office and phone, the reply deadline.

Fonts are those such documents use: the title in 方正小标宋简体, headings in 黑体 and 楷体_GB2312,
the body in 仿宋_GB2312, Latin text in Times New Roman. Those fonts are not on every machine, so
the font table names a fallback for each (``w:altName``: 宋体, 黑体, 楷体, 仿宋), which Word and
WPS use when the first is missing. The result is a draft, meant to be edited.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zqmetrics.deliver.changes import notes, promise_text, summary
from zqmetrics.deliver.labels import fill, joined, label, percent, status_label
from zqmetrics.deliver.rows import history_values
from zqmetrics.deliver.sections import Item, SupervisionList, summary_sentences
from zqmetrics.deliver.tables import replacing

if TYPE_CHECKING:  # pragma: no cover
    from docx.document import Document

TITLE_FONT, HEADING_FONT, SUBHEADING_FONT, BODY_FONT = "方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312"
LATIN_FONT = "Times New Roman"
# The font installed nearly everywhere that Word and WPS put in each one's place when it is missing.
FALLBACKS = {TITLE_FONT: "宋体", HEADING_FONT: "SimHei", SUBHEADING_FONT: "楷体", BODY_FONT: "仿宋"}
# Sizes by their Chinese names: 二号 22pt (title), 三号 16pt (body), 四号 14pt, 五号 10.5pt (tables).
ERHAO, SANHAO, SIHAO, WUHAO = 22, 16, 14, 10.5
TABLE_COLUMNS = ("section", "seq", "metric", "status", "reason")
# With a history (at-risk --db): the unit tables gain 上期状态, 较上期变化 and 年底预计 (the
# promises of the previous report follow each table, being sentences), in the same 15.6 cm.
HISTORY_TABLE_COLUMNS = ("section", "seq", "metric", "status", "previous_status", "change",
                         "forecast", "reason")
_WIDTHS_CM = {TABLE_COLUMNS: (2.0, 1.2, 3.4, 2.4, 6.6),
              HISTORY_TABLE_COLUMNS: (1.4, 0.9, 2.3, 1.8, 1.6, 1.9, 1.7, 4.0)}


def _set_font(target: Any, east_asia: str, size: float | None = None,
              bold: bool | None = None) -> None:
    """Set the Chinese and Latin font of a run or style (python-docx sets only the Latin one)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    font = target.font
    font.name = LATIN_FONT
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    font.color.rgb = RGBColor(0, 0, 0)
    rpr = target.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)


def _font_fallbacks(document: Document) -> None:
    """Declare each Chinese font in the font table with its fallback (``w:altName``)."""
    from lxml import etree

    part = next((p for p in document.part.package.iter_parts()
                 if str(p.partname) == "/word/fontTable.xml"), None)
    if part is None:  # a template without a font table: Word substitutes on its own
        return
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    root = etree.fromstring(part.blob)
    for name, alt in FALLBACKS.items():
        font = etree.SubElement(root, f"{{{w}}}font", {f"{{{w}}}name": name})
        etree.SubElement(font, f"{{{w}}}altName", {f"{{{w}}}val": alt})
        etree.SubElement(font, f"{{{w}}}charset", {f"{{{w}}}val": "86"})  # GB2312
        etree.SubElement(font, f"{{{w}}}family", {f"{{{w}}}val": "auto"})
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _styles(document: Document) -> None:
    from docx.shared import Cm, Pt

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = document.styles["Normal"]
    _set_font(normal, BODY_FONT, SANHAO)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    _set_font(document.styles["Title"], TITLE_FONT, ERHAO, bold=False)
    _set_font(document.styles["Heading 1"], HEADING_FONT, SANHAO, bold=False)
    _set_font(document.styles["Heading 2"], SUBHEADING_FONT, SANHAO, bold=True)
    for name in ("Title", "Heading 1", "Heading 2"):
        style = document.styles[name]
        style.paragraph_format.space_before = Pt(6)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.line_spacing = Pt(36 if name == "Title" else 28)
    # The template's title has a bottom border; a bulletin's title stands alone.
    ppr = document.styles["Title"].element.pPr
    if ppr is not None:
        for border in ppr.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr"):
            ppr.remove(border)


def _title(document: Document, text: str, *, sub: str = "") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    heading = document.add_paragraph(text, style="Title")
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if sub:
        line = document.add_paragraph(sub)
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _body(document: Document, text: str) -> None:
    from docx.shared import Pt

    paragraph = document.add_paragraph(text)
    paragraph.paragraph_format.first_line_indent = Pt(SANHAO * 2)  # 首行缩进两字


def _cell_text(cell: Any, text: str, *, bold: bool = False) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    _set_font(run, HEADING_FONT if bold else BODY_FONT, WUHAO, bold=False)
    cell.paragraphs[0].paragraph_format.line_spacing = 1.0


def _table(document: Document, sl: SupervisionList, items: list[Item]) -> None:
    from docx.shared import Cm

    lang = sl.meta.lang
    columns = HISTORY_TABLE_COLUMNS if sl.has_history else TABLE_COLUMNS
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    widths = tuple(Cm(w) for w in _WIDTHS_CM[columns])
    _grid(table, widths)
    for cell, column, width in zip(table.rows[0].cells, columns, widths, strict=True):
        _cell_text(cell, label(f"col.{column}", lang), bold=True)
        cell.width = width
    for item in items:
        values = {"section": label(f"section.{item.section}", lang), "seq": item.seq,
                  "metric": item.metric or sl.task(item).task,
                  "status": _status(item, lang), "reason": item.reason,
                  **history_values(sl.task(item), lang, item.target_index)}
        cells = table.add_row().cells
        for cell, column, width in zip(cells, columns, widths, strict=True):
            _cell_text(cell, values[column])
            cell.width = width
    _promises(document, sl, items)


def _promises(document: Document, sl: SupervisionList, items: list[Item]) -> None:
    """The previous report's promises of these tasks, checked (a history only)."""
    lang = sl.meta.lang
    lines = [f"{label('col.seq', lang)}{task.seq}{fill('join.head', lang)}{line}"
             for task in dict.fromkeys(sl.task(i) for i in items)
             for line in promise_text(task.change, lang).splitlines()]
    if lines:
        _body(document, label("word.promises_heading", lang) + fill("join.head", lang)
              + fill("join.clause", lang).join(lines))


def _grid(table: Any, widths: tuple[Any, ...]) -> None:
    """Fixed column widths: Word reads them from the cells, LibreOffice from the table grid."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def _status(item: Item, lang: str) -> str:
    text = status_label(item.status, item.severity, lang)
    return f"{text}\n{percent(item.completion)}" if item.completion is not None else text


def _bulletin(document: Document, sl: SupervisionList) -> None:
    lang, meta = sl.meta.lang, sl.meta
    _title(document, meta.heading(label("word.bulletin_title", lang), with_title=False),
           sub=" ".join(x for x in (meta.period_text, label("word.draft", lang)) if x))
    if meta.title:
        _body(document, fill("bulletin_intro", lang, title=meta.title,
                             period=meta.period_text or meta.data_month))
    document.add_heading(fill("bulletin_h1", lang), level=1)
    for sentence in summary_sentences(sl):
        _body(document, sentence)
    for sentence in summary([t.change for t in sl.tasks], lang):  # 与上期相比 (a history only)
        _body(document, sentence)
    document.add_heading(fill("bulletin_h2", lang), level=1)
    groups = sl.by_unit()
    if not groups:
        _body(document, fill("nothing_listed", lang))
    for n, ((_, unit), items) in enumerate(groups.items(), start=1):
        document.add_heading(fill("bulletin_unit", lang, n=_ordinal(n, lang), unit=unit or "—"),
                             level=2)
        _body(document, fill("bulletin_unit_count", lang, items=len(items)))
        _table(document, sl, items)
    document.add_heading(fill("bulletin_h3", lang), level=1)
    for key in ("bulletin_req1", "bulletin_req2", "bulletin_req3"):
        _body(document, fill(key, lang))


_CHINESE_ORDINALS = "一二三四五六七八九十"


def _ordinal(n: int, lang: str) -> str:
    """一, 二 … 十, 十一 … 九十九 in Chinese; the number itself in English."""
    if lang != "zh" or not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CHINESE_ORDINALS[tens - 1] + "十")
    return head + (_CHINESE_ORDINALS[ones - 1] if ones else "")


def _orders(document: Document, sl: SupervisionList) -> int:
    """One 督办单 per lead unit, each on its own page; returns how many."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm

    lang, meta = sl.meta.lang, sl.meta
    year = meta.period[:4] if meta.period[:4].isdigit() else meta.generated[:4]
    count = 0
    for n, ((_, unit), items) in enumerate(sl.by_unit().items(), start=1):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _title(document, meta.heading(label("word.order_title", lang), with_title=False),
               sub=fill("order_number", lang, year=year, n=n))
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        _grid(table, (Cm(3.0), Cm(12.6)))
        lines = [f"{k}. [{label(f'section.{i.section}', lang)}] {label('col.seq', lang)}"
                 f"{i.seq} " + joined([*notes(sl.task(i).change, lang, i.target_index), i.reason],
                                      lang) for k, i in enumerate(items, start=1)]
        pairs: dict[str, None] = {}
        for task in dict.fromkeys(sl.task(i) for i in items):
            for office, phone in zip(task.office.splitlines() or [""],
                                     task.phone.splitlines() or [""], strict=False):
                pairs.setdefault(f"{office} {phone}".strip())
        contact = "\n".join(p for p in pairs if p)
        for key, value in (("word.order_to", unit or "—"),
                           ("word.order_item", fill("order_intro", lang, title=meta.title)
                            + "\n" + "\n".join(lines)),
                           ("word.order_contact", contact),
                           ("word.order_deadline", label("word.order_deadline_text", lang))):
            cells = table.add_row().cells
            _cell_text(cells[0], label(key, lang), bold=True)
            _cell_text(cells[1], value)
            cells[0].width, cells[1].width = Cm(3.0), Cm(12.6)
        for text in (label("word.order_signoff", lang), meta.generated):
            document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        count += 1
    return count


def write_docx(sl: SupervisionList, path: str | os.PathLike[str], *,
               per_unit: bool = False) -> Path:
    """Save the bulletin (and, with ``per_unit``, the 督办单s) to ``path``."""
    import docx

    path = Path(path)
    document = docx.Document()
    _styles(document)
    _font_fallbacks(document)
    document.core_properties.title = sl.meta.heading(label("word.bulletin_title", sl.meta.lang))
    document.core_properties.language = "zh-CN" if sl.meta.lang == "zh" else "en"
    _bulletin(document, sl)
    if per_unit:
        _orders(document, sl)
    with replacing(path) as tmp:
        document.save(str(tmp))
    return path
