"""Each deliverable, opened the way its reader opens it: openpyxl, python-docx, matplotlib."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import docx
import openpyxl
import pandas as pd
import pytest

from zqmetrics.deliver.sections import supervision_list
from zqmetrics.deliver.write import write
from zqmetrics.judge.assessment import assess
from zqmetrics.read.reader import read_report, sample_path


@pytest.fixture(scope="module")
def assessed() -> pd.DataFrame:
    return assess(read_report(sample_path()))


@pytest.fixture(scope="module")
def listed(assessed: pd.DataFrame):
    return supervision_list(assessed, sample=True, generated=dt.date(2025, 7, 15))


# --- workbook -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workbook(listed, tmp_path_factory: pytest.TempPathFactory):
    from zqmetrics.deliver.workbook import write_workbook

    return openpyxl.load_workbook(write_workbook(listed, tmp_path_factory.mktemp("x") / "l.xlsx"))


def test_workbook_sheets(workbook) -> None:
    assert workbook.sheetnames == ["汇总", "重点督办", "全部任务", "指标明细", "进度图"]


@pytest.mark.parametrize("sheet", ["汇总", "重点督办", "全部任务", "指标明细"])
def test_workbook_title_block_and_print_setup(workbook, sheet: str) -> None:
    ws = workbook[sheet]
    assert ws["A1"].value.startswith("【示例报告】市中区2025年") and ws["A1"].value.endswith(sheet)
    assert "报告期：2025年二季度" in ws["A2"].value and "数据截至：2025年6月" in ws["A2"].value
    assert "生成日期：2025-07-15" in ws["A2"].value and ws["A3"].value.startswith("共108项任务")
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$5:$5"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text


def test_workbook_list_sheet(workbook, listed) -> None:
    ws = workbook["重点督办"]
    header = [c.value for c in ws[5]]
    for column in ("重点任务", "完成情况", "下一步计划", "责任单位", "监督科室", "监督电话", "原因",
                   "类别代码", "状态代码"):
        assert column in header
    rows = list(ws.iter_rows(min_row=6, values_only=True))
    assert len(rows) == len(listed.items)
    assert dict(zip(header, rows[0], strict=True))["类别"] == "滞后"
    at = next(i for i, r in enumerate(rows) if dict(zip(header, r, strict=True))["序号"] == "36")
    row = dict(zip(header, rows[at], strict=True))
    assert (row["类别"], row["状态"], row["状态代码"]) == ("滞后", "滞后（中度）", "lagging")
    assert row["监督电话"].startswith("51806563") and row["下一步计划"]
    assert ws.cell(row=6 + at, column=header.index("完成率") + 1).number_format == "0.0%"


def test_workbook_summary_ranks_units(workbook) -> None:
    ws = workbook["汇总"]
    header = [c.value for c in ws[5]]
    rows = [dict(zip(header, r, strict=False)) for r in ws.iter_rows(min_row=6, values_only=True)
            if r[1]]
    ranks = [r["排名"] for r in rows if isinstance(r["排名"], int)]
    assert ranks == list(range(1, len(ranks) + 1)) and ranks
    assert sum(r["任务数"] for r in rows) == 108


def test_workbook_target_formats_per_unit(workbook) -> None:
    ws = workbook["指标明细"]
    header = [c.value for c in ws[5]]
    col = {name: header.index(name) + 1 for name in ("指标", "目标值", "计量单位")}
    formats = {}
    for r in range(6, ws.max_row + 1):
        formats[ws.cell(r, col["指标"]).value] = (ws.cell(r, col["目标值"]).value,
                                                ws.cell(r, col["计量单位"]).value,
                                                ws.cell(r, col["目标值"]).number_format)
    assert formats["投资"] == (75, "亿元", "#,##0.00")
    assert formats["土地收储"] == (1410, "亩", "#,##0")


def test_workbook_chart(workbook) -> None:
    charts = workbook["进度图"]._charts
    assert len(charts) == 1
    assert charts[0].tagname == "barChart" and len(charts[0].series) == 2
    assert workbook["进度图"]["A1"].value.endswith("进度图")
    assert workbook["进度图"].page_setup.orientation == "landscape"


# --- Word ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bulletin(listed, tmp_path_factory: pytest.TempPathFactory):
    from zqmetrics.deliver.docx import write_docx

    folder = tmp_path_factory.mktemp("d")
    return (docx.Document(str(write_docx(listed, folder / "a.docx"))),
            docx.Document(str(write_docx(listed, folder / "b.docx", per_unit=True))))


def test_bulletin_headings_and_one_table_per_lead_unit(bulletin, listed) -> None:
    document, _ = bulletin
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    units = [unit for _, unit in listed.by_unit()]
    assert headings[:2] == ["一、总体情况", "二、需重点督办的任务"] and headings[-1] == "三、工作要求"
    assert headings[2:-1] == [f"（{n}）{u}" for n, u in zip(
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
         "十五", "十六", "十七", "十八"], units, strict=False)]
    # 15 -> 16 lead units since the alignment ablation of issue 11 changed the sample's statuses
    assert len(document.tables) == len(units) == 16
    assert sum(len(t.rows) - 1 for t in document.tables) == len(listed.items)
    assert document.paragraphs[0].text == "【示例报告】关于重点任务推进情况的督查通报"


def test_bulletin_fonts(bulletin) -> None:
    document, _ = bulletin
    east_asia = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia"
    fonts = {name: document.styles[name].element.rPr.rFonts.get(east_asia)
             for name in ("Normal", "Title", "Heading 1", "Heading 2")}
    assert fonts == {"Normal": "仿宋_GB2312", "Title": "方正小标宋简体", "Heading 1": "黑体",
                     "Heading 2": "楷体_GB2312"}
    table = next(p for p in document.part.package.iter_parts()
                 if str(p.partname) == "/word/fontTable.xml").blob.decode("utf-8")
    assert 'w:name="仿宋_GB2312"' in table and 'w:altName w:val="仿宋"' in table


def test_per_unit_orders(bulletin, listed) -> None:
    _, document = bulletin
    orders = [p for p in document.paragraphs if p.text == "【示例报告】督办单"]
    assert len(orders) == len(listed.by_unit()) == 16  # 15 before the alignment ablation
    assert len(document.tables) == 32  # the bulletin's 16 and one form per order


# --- the write() entry point and English -------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".docx", ".html", ".csv", ".md"])
def test_english_outputs_say_the_same(assessed: pd.DataFrame, tmp_path: Path, suffix: str) -> None:
    zh = write(assessed, tmp_path / f"zh{suffix}", sample=True)
    en = write(assessed, tmp_path / f"en{suffix}", lang="en", sample=True)
    assert zh.stat().st_size > 0 and en.stat().st_size > 0
    if suffix in (".html", ".csv", ".md"):
        zh_text, en_text = zh.read_text("utf-8-sig"), en.read_text("utf-8-sig")
        if suffix != ".csv":  # a CSV is data for programs: a header row, no title
            assert "示例报告" in zh_text and "sample report" in en_text
        assert "滞后（中度）" in zh_text and "lagging (moderate)" in en_text
        assert "0.345333" not in zh_text + en_text  # completion shows as 34.5%, never a fraction


def test_write_refuses_unknown_suffix(assessed: pd.DataFrame, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="docx"):
        write(assessed, tmp_path / "x.pdf")


# --- charts -------------------------------------------------------------------------------------


def test_plot_completion_and_by_unit(assessed: pd.DataFrame, tmp_path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from zqmetrics.deliver import plot

    if plot.cjk_font() is None:
        pytest.skip("no CJK font installed (.ci/run installs fonts-noto-cjk)")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph would warn
        fig = plot.completion(assessed)
        fig.savefig(tmp_path / "c.png")
        unit_fig = plot.by_unit(assessed)
        unit_fig.savefig(tmp_path / "u.png")
        import matplotlib.pyplot as plt

        _, ax = plt.subplots()  # the caller's axes, made outside the charts' font settings
        plot.by_unit(assessed, ax=ax).savefig(tmp_path / "v.png")
    assert (tmp_path / "c.png").stat().st_size > 10_000
    labels = [t.get_text() for t in unit_fig.axes[0].get_yticklabels()]
    # 区科技局 first before and after the alignment ablation of issue 11 (README)
    assert labels[0] == "区科技局" and "区发展改革局" in labels


@pytest.mark.filterwarnings("ignore:Glyph")  # matplotlib's own, one per character
def test_plot_says_when_no_cjk_font(assessed: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from zqmetrics.deliver import plot

    monkeypatch.setattr(plot, "cjk_font", lambda: None)
    with pytest.warns(plot.CJKFontWarning, match="fonts-noto-cjk"):
        plot.by_unit(assessed)


def test_zq_plot_is_reachable() -> None:
    import zqmetrics as zq

    assert callable(zq.plot.completion) and callable(zq.plot.by_unit)
