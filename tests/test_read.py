"""Reading reports into one row per task.

Provenance: the sample is the bundled report (济南市市中区, 2025年第二季度, 108 rows); the small
pipe tables below are made up, one per way a real export breaks (each names the sample row that
shows it, where one does); the CSV/TSV/HTML fixtures in tests/fixtures/read/ and the XLSX/DOCX
files built at test time all hold the same three rows, EXPECTED_ROWS.
"""

from __future__ import annotations

import random
import time
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zqmetrics.errors import (
    DecodeError,
    NoTableError,
    PeriodError,
    ReportNotFoundError,
    ReportReadError,
)
from zqmetrics.read.columns import COLUMNS, ROLES, TABLE_COLUMNS, header_column, header_lexicon
from zqmetrics.read.periods import Period
from zqmetrics.read.reader import from_frame, read_report, sample_path

FIXTURES = Path(__file__).parent / "fixtures" / "read"
SAMPLE_TEXT = sample_path().read_text(encoding="utf-8")
TITLE = "市中区2025年重点任务推进情况（2025年第二季度）"


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    return read_report(sample_path())


def row(df: pd.DataFrame, seq: str) -> pd.Series:
    (index,) = df.index[df["seq"] == seq]
    return df.loc[index]


def cells(df: pd.DataFrame) -> list[tuple[Any, ...]]:
    """Each row as (seq, task, progress, plan, units, contact, seq_inferred, read_issue)."""
    return [
        (r.seq, r.task, r.progress, r.plan, r.units, r.contact, bool(r.seq_inferred), r.read_issue)
        for r in df.itertuples()
    ]


# --- the bundled sample ---------------------------------------------------------------------


def test_sample_has_108_rows_in_order(sample: pd.DataFrame) -> None:
    assert sample["seq"].tolist() == [str(n) for n in range(1, 109)]


def test_sample_columns(sample: pd.DataFrame) -> None:
    assert tuple(sample.columns) == COLUMNS


def test_sample_reads_cleanly(sample: pd.DataFrame) -> None:
    assert sample["read_issue"].isna().all()
    assert sample.attrs["warnings"] == []


def test_only_row_15_is_inferred(sample: pd.DataFrame) -> None:
    assert sample.loc[sample["seq_inferred"], "seq"].tolist() == ["15"]
    assert row(sample, "15").task.startswith("健全完善金融机构招商运营服务机制")


def test_no_cell_holds_a_stray_bar(sample: pd.DataFrame) -> None:
    for column in ("seq", "task", "progress", "plan", "contact"):
        assert not sample[column].str.contains("|", regex=False).any(), column
    assert not any("|" in unit for units in sample["units"] for unit in units)


def test_footer_is_not_a_row(sample: pd.DataFrame) -> None:
    assert not sample["contact"].str.contains("扫码").any()
    assert row(sample, "108").contact.endswith("房地产市场监管科 51807100")


ROW_13_CONTACT = (
    "区商务局市场服务工作部51807323区文化和旅游局旅发中心 51807380"
    "区金融运行监测中心产业服务部51808022综合部 51808033监测分析部 51808035"
)
SAMPLE_CELLS = [
    # row 4: the progress cell ends a line with "|", the next line holds plan, units, contact
    ("4", "progress", "endswith", "项目已实现1家企业入驻,10家企业已签订意向协议。"),
    ("4", "progress", "startswith", "项目建设:智立方北区低密厂房已完成竣备。"),
    ("4", "plan", "startswith", "项目建设:推进智立方园区北区高层主体结构建设。"),
    ("4", "contact", "==", "区投资促进局 办公室 51807807市中城发集团党务行政部 87598920"),
    # row 13: the last cell is left open and closed by a line holding only "|"
    ("13", "contact", "==", ROW_13_CONTACT),
    ("14", "task", "startswith", "坚持传统金融与新金融同向发力"),
    # row 15: lost its 序号 and ends with an extra "| |"
    ("15", "contact", "startswith", "区行政审批服务局监督考核科51807824区金融运行监测中心"),
    ("15", "contact", "endswith", "产业服务部51808022"),
    # rows 19, 41, 90: the plan cell runs on, and the next line starts with "| "
    ("19", "plan", "endswith", "三是持续做好现代产业体系规划编制工作,尽快印发实施。"),
    ("19", "contact", "==", "区发展改革局产业发展科51806562"),
    ("41", "plan", "endswith", "助力企业开拓国内外市场。"),
    ("41", "contact", "==", "区商务局商务服务发展科 51807336"),
    ("90", "plan", "endswith", "建立动态检查、处置工作机制,发现一处,治理一处。"),
    ("27", "task", "startswith", "强化土地要素保障,完成土地收储1410亩,推进土地征收930亩,"),
    ("27", "task", "endswith", "力争实现出让供地923亩。"),
]


@pytest.mark.parametrize(("seq", "column", "how", "text"), SAMPLE_CELLS,
                         ids=[f"row{s}-{c}-{h}" for s, c, h, _ in SAMPLE_CELLS])
def test_sample_cell(sample: pd.DataFrame, seq: str, column: str, how: str, text: str) -> None:
    value = row(sample, seq)[column]
    assert value == text if how == "==" else getattr(value, how)(text)


SAMPLE_UNITS = [
    ("27", ["区自然资源局"]),
    ("4", ["区投资促进局", "市中城发集团", "区工业和信息化局", "济南中央活力区发展促进中心",
           "区金融运行监测中心"]),
    ("15", ["区行政审批服务局", "区金融运行监测中心"]),
    ("19", ["区发展改革局", "区产业发展联席会议成员单位"]),
    ("90", ["区农业农村局", "区工业和信息化局", "区住房城乡建设局", "区城管局", "区水务局",
            "市生态环境局市中分局"]),
    ("68", ["区发展改革局(区民营经济服务中心)"]),
]


@pytest.mark.parametrize(("seq", "units"), SAMPLE_UNITS, ids=[f"row{s}" for s, _ in SAMPLE_UNITS])
def test_sample_units(sample: pd.DataFrame, seq: str, units: list[str]) -> None:
    assert row(sample, seq).units == units


SAMPLE_LINES = [("1", 8), ("4", 11), ("5", 13), ("14", 23), ("15", 24), ("16", 25), ("108", 120)]


@pytest.mark.parametrize(("seq", "line"), SAMPLE_LINES, ids=[f"row{s}" for s, _ in SAMPLE_LINES])
def test_sample_line_numbers(sample: pd.DataFrame, seq: str, line: int) -> None:
    assert row(sample, seq).line == line


def test_sample_report_fields(sample: pd.DataFrame) -> None:
    title = "市中区2025年《政府工作报告》主要工作任务推进情况(2025年第二季度)"
    expected = {"title": title, "place": "市中区", "year": 2025, "period": "2025Q2",
                "source": "jinan-shizhong-2025q2.txt", "encoding": "utf-8", "warnings": [],
                "layout": "pipe_table", "data_month": "2025-06", "table_unit": None}
    assert sample.attrs == expected
    for column in ("title", "place", "year", "period", "source"):
        assert sample[column].unique().tolist() == [expected[column]], column


def test_sample_as_text_matches_the_file(sample: pd.DataFrame) -> None:
    from_text = read_report(SAMPLE_TEXT)
    assert from_text.attrs["source"] == "<text>"
    pd.testing.assert_frame_equal(from_text.drop(columns="source"), sample.drop(columns="source"))


@pytest.mark.parametrize(
    ("period", "label", "year"),
    [
        ("2025H1", "2025H1", 2025),
        ("2025-5", "2025-05", 2025),
        (Period.of(2024, "year"), "2024", 2024),
    ],
    ids=["half", "month", "period-object"],
)
def test_period_overrides_the_title(period: str | Period, label: str, year: int) -> None:
    df = read_report(sample_path(), period=period)
    assert (df.attrs["period"], df.attrs["year"]) == (label, year)
    assert set(df["period"]) == {label}
    assert set(df["year"]) == {year}


def test_bad_period_raises() -> None:
    with pytest.raises(PeriodError, match="2025Q7"):
        read_report(sample_path(), period="2025Q7")


# --- the sample in other encodings ----------------------------------------------------------

ENCODED_COPIES = [
    ("gb18030", "gb18030", "\n"),
    ("gbk", "gb18030", "\n"),
    ("utf-16", "utf-16-le", "\n"),
    ("utf-16-le", "utf-16-le", "\n"),
    ("utf-16-be", "utf-16-be", "\n"),
    ("utf-8-sig", "utf-8-sig", "\n"),
    ("utf-8", "utf-8", "\r\n"),
    ("gb18030", "gb18030", "\r\n"),
]


@pytest.mark.parametrize(("codec", "reported", "newline"), ENCODED_COPIES,
                         ids=[f"{c}-{'crlf' if n == chr(13) + chr(10) else 'lf'}"
                              for c, _, n in ENCODED_COPIES])
def test_encoded_copy_reads_the_same(sample: pd.DataFrame, tmp_path: Path, codec: str,
                                     reported: str, newline: str) -> None:
    path = tmp_path / sample_path().name
    path.write_bytes(SAMPLE_TEXT.replace("\n", newline).encode(codec))
    df = read_report(path)
    pd.testing.assert_frame_equal(df, sample)
    assert df.attrs["encoding"] == reported


# --- pipe tables, one way of breaking per case ----------------------------------------------

H6 = "序号 | 重点任务 | 任务目标完成情况 | 下一步计划 | 责任单位 | 监督电话 |"
ROW_A = "1 | 任务甲 | 进展甲 | 计划甲 | 单位甲 | 电话甲 |"
ROW_B = "2 | 任务乙 | 进展乙 | 计划乙 | 单位乙 | 电话乙 |"
A = ("1", "任务甲", "进展甲", "计划甲", ["单位甲"], "电话甲", False, None)
B = ("2", "任务乙", "进展乙", "计划乙", ["单位乙"], "电话乙", False, None)
_FIELDS = ("seq", "task", "progress", "plan", "units", "contact", "seq_inferred", "read_issue")


def but(expected: tuple[Any, ...], **changes: Any) -> tuple[Any, ...]:
    """An expected row with some fields changed: but(A, plan="") is A without its plan."""
    return tuple(changes.get(name, value) for name, value in zip(_FIELDS, expected, strict=True))


PIPE_CASES: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    ("no-header", f"{ROW_A}\n{ROW_B.replace('单位乙', '单位乙、单位丙')}",
     [A, but(B, units=["单位乙", "单位丙"])]),
    ("no-trailing-pipes",
     ("序号 | 重点任务 | 完成情况 | 下步打算 | 责任单位 | 联系电话\n"
      "1 | 任务甲 | 进展甲 | 计划甲 | 单位甲 | 电话甲\n"
      "2 | 任务乙 | 进展乙\n第二段 | 计划乙 | 单位乙 | 电话乙\n电话续"),
     [A, but(B, progress="进展乙\n第二段", contact="电话乙\n电话续")]),
    ("crlf", f"{H6}\r\n{ROW_A}\r\n2 | 任务乙 | 进展乙\r\n续 | 计划乙 | 单位乙 | 电话乙 |\r\n",
     [A, but(B, progress="进展乙\n续")]),
    ("four-columns", "序号 | 工作任务 | 进展情况 | 牵头单位 |\n1 | 任务甲 | 进展甲 | 单位甲 |",
     [but(A, plan="", contact="")]),
    ("unknown-columns-ignored",
     ("序号 | 重点任务 | 完成时限 | 完成情况 | 责任单位 | 备注 |\n"
      "1 | 任务甲 | 6月 | 进展甲 | 单位甲 | 无 |"),
     [but(A, plan="", contact="")]),
    ("lead-and-helper-units",
     "序号 | 重点任务 | 完成情况 | 牵头单位 | 配合单位 |\n1 | 任务甲 | 进展甲 | 单位甲 | 乙、丙 |",
     [but(A, plan="", units=["单位甲", "乙", "丙"], contact="")]),
    ("too-few-cells", f"{H6}\n1 | 任务甲 | 进展甲 |\n{ROW_B}",  # kept, and says why
     [but(A, plan="", units=[], contact="", read_issue="row has 3 cells, expected 6"), B]),
    ("too-many-cells", f"{H6}\n{ROW_A} 多余 |",  # the surplus joins the last cell, not lost
     [but(A, contact="电话甲\n多余", read_issue="row has 7 cells, expected 6")]),
    ("extra-empty-cell", f"{H6}\n{ROW_A} |",  # sample row 15 ends with "| |"
     [A]),
    ("duplicate-seq", f"{H6}\n{ROW_A}\n{ROW_B}\n{ROW_B.replace('乙', '丙')}",
     [A, B, but(B, task="任务丙", progress="进展丙", plan="计划丙", units=["单位丙"],
                contact="电话丙", read_issue="duplicate seq 2")]),
    ("empty-task", f"{H6}\n{ROW_A.replace('任务甲', '')}",
     [but(A, task="", read_issue="empty task cell")]),
    ("year-starts-a-continuation",  # 2025年… is not a 序号
     f"{H6}\n1 | 任务甲 | 进展甲\n2025年上半年 | 计划甲 | 单位甲 | 电话甲 |",
     [but(A, progress="进展甲\n2025年上半年")]),
    ("implausible-number-continues",  # 30 is no next 序号 after 1 while row 1 is unfinished
     f"{H6}\n1 | 任务甲 | 进展甲共\n30 | 计划甲 | 单位甲 | 电话甲 |",
     [but(A, progress="进展甲共\n30")]),
    ("lost-first-seq", f"{H6}\n{ROW_A.removeprefix('1 | ')}\n{ROW_B}",
     [but(A, seq_inferred=True), B]),
    ("lost-seq-after-complete-row", f"{H6}\n{ROW_A}\n{ROW_B.removeprefix('2 | ')}",  # row 15
     [A, but(B, seq_inferred=True)]),
    ("lead-bar-and-lone-bar",  # sample rows 19 and 13
     f"{H6}\n1 | 任务甲 | 进展甲 | 计划甲\n| 单位甲 | 电话甲 |\n{ROW_B.removesuffix(' |')}\n|",
     [A, B]),
    ("debris-and-repeated-header", f"{H6}\n{ROW_A}\n第 1 页\n{H6}\n{ROW_B}\n扫码浏览本页",
     [A, B]),
    ("footer-after-blank-line", "序号 | 重点任务 | 完成情况\n1 | 任务甲 | 进展甲\n\n打印本页",
     [but(A, plan="", units=[], contact="")]),
    ("seq-with-mark", f"{H6}\n{ROW_A.replace('1 |', '1、 |')}\n{ROW_B.replace('2 |', '2. |')}",
     [A, B]),
    ("units-not-split-in-brackets",
     f"{H6}\n{ROW_A.replace('单位甲', '城管局（园林、绿化）；水务局,财政局(国资、债务)，区委')}",
     [but(A, units=["城管局（园林、绿化）", "水务局", "财政局(国资、债务)", "区委"])]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PIPE_CASES],
                         ids=[c[0] for c in PIPE_CASES])
def test_pipe_table(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert cells(read_report(text)) == expected


# These tables name no year anywhere: that the period is unknown is said too (issue 10).
NO_PERIOD = "period unknown: no year in the text (give --period)"
PIPE_WARNINGS = [
    ("no-header", [f"no header row found; assumed the columns {', '.join(TABLE_COLUMNS)}",
                   NO_PERIOD]),
    ("debris-and-repeated-header", ["line 3 skipped: not part of a table row", NO_PERIOD]),
    ("footer-after-blank-line", [NO_PERIOD]),
    ("crlf", [NO_PERIOD]),
]


@pytest.mark.parametrize(("case", "warnings"), PIPE_WARNINGS, ids=[c for c, _ in PIPE_WARNINGS])
def test_pipe_table_warnings(case: str, warnings: list[str]) -> None:
    text = next(c[1] for c in PIPE_CASES if c[0] == case)
    assert read_report(text).attrs["warnings"] == warnings


def test_text_lines_count_from_the_title() -> None:
    row_1 = "1 | 任务甲 | 进展\n续 | 计划 | 单位 | 电话 |"
    df = read_report(f"{TITLE}\n字号:\n\n{H6}\n{row_1}\n{ROW_B}")
    assert df["line"].tolist() == [5, 7]
    assert (df.attrs["title"], df.attrs["place"], df.attrs["period"]) == (TITLE, "市中区", "2025Q2")


def test_text_without_title_has_no_place_year_or_period() -> None:
    df = read_report(f"{H6}\n1 | 任务甲 | 进展 | 计划 | 单位 | 电话 |")
    assert (df.attrs["title"], df.attrs["place"], df.attrs["year"], df.attrs["period"]) == (
        None, None, None, None)
    assert df["year"].isna().all() and df["period"].isna().all()


HUGE_CELLS = [
    ("one-line", "任" * 100_000, 100_000, None),
    ("many-lines", "\n".join(["进展"] * 33_000), 98_999, None),  # one cell over 33,000 lines
    ("many-bars", " | ".join(["续"] * 30_000), 1, "row has 30005 cells, expected 6"),
]


@pytest.mark.parametrize(("cell", "progress_chars", "issue"), [c[1:] for c in HUGE_CELLS],
                         ids=[c[0] for c in HUGE_CELLS])
def test_huge_cell_is_fast(cell: str, progress_chars: int, issue: str | None) -> None:
    text = f"{H6}\n1 | 任务 | {cell} | 计划 | 单位 | 电话 |\n2 | 乙 | 进展 | 计划 | 单位 | 电话 |"
    started = time.process_time()
    df = read_report(text)
    assert time.process_time() - started < 1.0
    assert df["seq"].tolist() == ["1", "2"]
    assert (len(df["progress"][0]), df["read_issue"][0]) == (progress_chars, issue)


# --- other formats ------------------------------------------------------------------------------

EXPECTED_ROWS = [
    ("1", "完成土地收储1410亩", "二季度完成土地储备入库20亩", "加快收储",
     ["区自然资源局", "市中城投集团"], "土地利用科 51807022", False, None),
    ("2", "新增城镇就业2万人", "上半年新增就业1.2万人\n完成全年任务60%", "继续推进",
     ["区人力资源社会保障局"], "就业服务部 51806978", False, None),
    ("3", "建成公园2处", "已完成1处", "",
     ["区城管局（园林、绿化）", "区住房城乡建设局"], "51808060", True, None),
]
HEADER = ["序号", "重点任务", "完成情况", "下步打算", "责任单位", "联系电话"]
GRID = [
    HEADER,
    [1, "完成土地收储1410亩", "二季度完成土地储备入库20亩", "加快收储",
     "区自然资源局、市中城投集团", "土地利用科 51807022"],
    [2.0, "新增城镇就业2万人", "上半年新增就业1.2万人\n完成全年任务60%", "继续推进",
     "区人力资源社会保障局", "就业服务部 51806978"],
    [None, "建成公园2处", "已完成1处", None, "区城管局（园林、绿化）、区住房城乡建设局", 51808060],
]


def write_xlsx(path: Path, grid: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([TITLE])
    sheet.merge_cells("A1:F1")
    for values in grid:
        sheet.append(values)
    for cell_range in merges:
        sheet.merge_cells(cell_range)
    book.save(path)
    return path


def shown(value: Any) -> str:
    """A grid value as a person would type it into a Word table."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _docx_cell(value: Any, props: str = "") -> str:
    paragraphs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
                         for line in shown(value).split("\n"))
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraphs}</w:tc>"


def write_docx(path: Path, rows: list[list[str]]) -> Path:
    """A minimal .docx: a title paragraph, then a table of already-rendered <w:tc> cells."""
    body = "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        f"<w:p><w:r><w:t>{TITLE}</w:t></w:r></w:p><w:tbl>{body}</w:tbl></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                         'openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", document)
    return path


def docx_rows(grid: list[list[Any]]) -> list[list[str]]:
    heading = [_docx_cell("一、经济发展", '<w:gridSpan w:val="6"/>')]
    header, *body = ([_docx_cell(v) for v in r] for r in grid)
    return [header, heading, *body]


def fixture_path(kind: str, tmp_path: Path) -> Path:
    if kind == "xlsx":
        return write_xlsx(tmp_path / "tasks.xlsx", GRID)
    if kind == "docx":
        return write_docx(tmp_path / "tasks.docx", docx_rows(GRID))
    return FIXTURES / f"tasks.{kind}"


@pytest.mark.parametrize("kind", ["csv", "tsv", "html", "xlsx", "docx"])
def test_format_reads_the_expected_rows(kind: str, tmp_path: Path) -> None:
    df = read_report(fixture_path(kind, tmp_path))
    assert cells(df) == EXPECTED_ROWS
    assert tuple(df.columns) == COLUMNS
    assert (df.attrs["title"], df.attrs["place"], df.attrs["year"], df.attrs["period"]) == (
        TITLE, "市中区", 2025, "2025Q2")
    assert df.attrs["source"] == f"tasks.{kind}"


FORMAT_LINES = [("csv", [3, 4, 6]), ("tsv", [3, 4, 6]), ("html", [None] * 3), ("xlsx", [None] * 3),
                ("docx", [None] * 3)]


@pytest.mark.parametrize(("kind", "lines"), FORMAT_LINES, ids=[k for k, _ in FORMAT_LINES])
def test_format_line_numbers(kind: str, lines: list[int | None], tmp_path: Path) -> None:
    df = read_report(fixture_path(kind, tmp_path))
    assert [None if pd.isna(v) else v for v in df["line"]] == lines


def test_html_heading_row_is_skipped_with_a_warning() -> None:
    df = read_report(FIXTURES / "tasks.html")
    assert df.attrs["warnings"] == ["row 2 skipped: a single cell (一、经济发展)"]


def test_html_rowspan_repeats_the_cell(tmp_path: Path) -> None:
    path = tmp_path / "spans.htm"
    path.write_text(
        "<table><tr><td>序号<td>重点任务<td>完成情况<td>责任单位</tr>"
        "<tr><td>1<td>任务甲<td>进展甲<td rowspan=2>区财政局、区城管局</tr>"
        "<tr><td>2<td>任务乙<td>进展乙</tr></table>", encoding="gb18030")
    df = read_report(path)
    assert df["units"].tolist() == [["区财政局", "区城管局"]] * 2
    assert df["task"].tolist() == ["任务甲", "任务乙"]


def test_docx_vertical_merge_repeats_the_cell(tmp_path: Path) -> None:
    merged = ['<w:vMerge w:val="restart"/>', "<w:vMerge/>"]
    rows = [[_docx_cell(v) for v in ["序号", "重点任务", "完成情况", "责任单位"]]]
    rows += [[_docx_cell(str(n)), _docx_cell(f"任务{n}"), _docx_cell("进展"),
              _docx_cell("区财政局", merged[n - 1])] for n in (1, 2)]
    df = read_report(write_docx(tmp_path / "merged.docx", rows))
    assert df["units"].tolist() == [["区财政局"], ["区财政局"]]


def test_html_unclosed_cells_and_nested_table(tmp_path: Path) -> None:
    path = tmp_path / "loose.html"
    path.write_text(
        "<h2>2025年上半年推进情况</h2><table><tr><th>序号<th>工作任务<th>推进情况"
        "<tr><td>1<td>任务甲<td>进展甲<table><tr><td>附表</td></tr></table>"
        "<tr><td>2<td>任务乙<td>进展乙</table>", encoding="utf-8")
    df = read_report(path)
    assert df[["seq", "task", "progress"]].values.tolist() == [
        ["1", "任务甲", "进展甲\n附表"], ["2", "任务乙", "进展乙"]]
    assert df.attrs["period"] == "2025H1"


def test_docx_nested_table_is_cell_text(tmp_path: Path) -> None:
    nested = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>附表</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    rows = [[_docx_cell(v) for v in ["序号", "重点任务", "完成情况"]],
            [_docx_cell("1"), _docx_cell("任务甲"), _docx_cell("进展甲").replace("</w:tc>",
                                                                        f"{nested}</w:tc>")]]
    df = read_report(write_docx(tmp_path / "nested.docx", rows))
    assert df[["seq", "task", "progress"]].values.tolist() == [["1", "任务甲", "进展甲\n附表"]]


def test_xlsx_vertical_merge_repeats_the_cell(tmp_path: Path) -> None:
    df = read_report(write_xlsx(tmp_path / "merged.xlsx", GRID, merges=("E3:E4",)))
    assert df["units"].tolist()[:2] == [["区自然资源局", "市中城投集团"]] * 2


def test_xlsx_without_header_assumes_the_canonical_order(tmp_path: Path) -> None:
    df = read_report(write_xlsx(tmp_path / "bare.xlsx", GRID[1:]))
    assert cells(df) == EXPECTED_ROWS
    assert df.attrs["warnings"][0].startswith("no header row found")


# --- what cannot be read ------------------------------------------------------------------------

PROSE = "2026年政府工作报告\n\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、回顾\n"
UNREADABLE: list[tuple[str, str, bytes, type[Exception], str]] = [
    ("empty-file", "empty.txt", b"", NoTableError, "empty"),
    ("blank-file", "blank.txt", b"\n \n\t\n", NoTableError, "empty"),
    ("prose", "prose.txt", PROSE.encode("utf-8"), NoTableError, "no task table"),
    ("header-only", "header.txt", H6.encode("utf-8"), NoTableError, "no task rows"),
    ("random-bytes", "noise.txt", random.Random(7).randbytes(4096), DecodeError, "binary"),
    ("xls", "old.xls", b"\xd0\xcf\x11\xe0" + bytes(60), ReportReadError, "xlsx"),
    ("corrupt-xlsx", "broken.xlsx", b"not a zip", ReportReadError, "xlsx"),
    ("corrupt-docx", "broken.docx", b"PK\x03\x04 broken", ReportReadError, "docx"),
    ("html-without-table", "page.html", b"<html><p>report</p></html>", NoTableError, "no task"),
    ("csv-without-table", "notes.csv", "说明,备注\n无,无\n".encode(), NoTableError, "no task"),
]


@pytest.mark.parametrize(("name", "data", "error", "message"), [u[1:] for u in UNREADABLE],
                         ids=[u[0] for u in UNREADABLE])
def test_unreadable_file(tmp_path: Path, name: str, data: bytes, error: type[Exception],
                         message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error, match=message) as caught:
        read_report(path)
    assert str(path) in str(caught.value)  # the CLI prints the message: it must name the file


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReportNotFoundError, match=r"nowhere\.txt"):
        read_report(tmp_path / "nowhere.txt")


def test_missing_file_given_as_str(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_report(str(tmp_path / "nowhere.txt"))


def test_directory_is_not_a_report(tmp_path: Path) -> None:
    with pytest.raises(ReportReadError, match="directory"):
        read_report(tmp_path)


@pytest.mark.parametrize("text", [PROSE, "", "  "], ids=["prose", "empty", "blank"])
def test_text_without_a_table(text: str) -> None:
    with pytest.raises(NoTableError, match="<text>"):
        read_report(text)


def test_a_frame_is_not_a_source() -> None:
    with pytest.raises(TypeError, match="from_frame"):
        read_report(pd.DataFrame({"a": [1]}))  # type: ignore[arg-type]


# --- from_frame ---------------------------------------------------------------------------------


def caller_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "编号": [1, None, 3],
        "任务": ["任务甲", "任务乙", None],
        "进展": ["进展甲", "进展乙", "进展丙"],
        "单位": ["单位甲、单位乙（含下属）", ["单位丙", "单位丁"], None],
        "电话": ["123", "456", "789"],
    })


def test_from_frame_shapes_like_read_report() -> None:
    df = from_frame(caller_frame(), task="任务", progress="进展", seq="编号", units="单位",
                    contact="电话", title=TITLE)
    assert cells(df) == [
        ("1", "任务甲", "进展甲", "", ["单位甲", "单位乙（含下属）"], "123", False, None),
        ("2", "任务乙", "进展乙", "", ["单位丙", "单位丁"], "456", True, None),
        ("3", "", "进展丙", "", [], "789", False, "empty task cell"),
    ]
    assert tuple(df.columns) == COLUMNS
    assert (df.attrs["place"], df.attrs["year"], df.attrs["period"], df.attrs["source"]) == (
        "市中区", 2025, "2025Q2", "<frame>")


def test_from_frame_numbers_rows_without_seq() -> None:
    df = from_frame(caller_frame(), task="任务", progress="进展", period="2025H1")
    assert df["seq"].tolist() == ["1", "2", "3"]
    assert df["seq_inferred"].all()
    assert set(df["period"]) == {"2025H1"}


def test_from_frame_does_not_mutate_its_input() -> None:
    original = caller_frame()
    original.attrs["mine"] = True
    before = original.copy(deep=True)
    from_frame(original, task="任务", progress="进展", seq="编号", units="单位", contact="电话")
    pd.testing.assert_frame_equal(original, before)
    assert original.attrs == {"mine": True}
    assert original["单位"][1] == ["单位丙", "单位丁"]


def test_from_frame_keeps_the_callers_index() -> None:
    frame = caller_frame().set_axis(["a", "b", "c"])
    df = from_frame(frame, task="任务", progress="进展")
    assert df.index.tolist() == ["a", "b", "c"]
    assert df.loc["b", "task"] == "任务乙"


def test_from_frame_missing_column_raises() -> None:
    with pytest.raises(ReportReadError, match="缺失"):
        from_frame(caller_frame(), task="缺失", progress="进展")


def test_from_frame_empty() -> None:
    df = from_frame(caller_frame().iloc[0:0], task="任务", progress="进展")
    assert len(df) == 0 and tuple(df.columns) == COLUMNS


# --- the header lexicon ---------------------------------------------------------------------

HEADER_CELLS = [
    ("序号", "seq"),
    ("序 号", "seq"),
    ("重点任务", "task"),
    ("工作任务", "task"),
    ("任务内容", "task"),
    ("主要工作任务及目标", "task"),
    ("任务目标完成情况", "progress"),
    ("任务完成情况", "progress"),
    ("工作任务完成情况", "progress"),
    ("进展情况", "progress"),
    ("推进情况（截至6月底）", "progress"),
    ("下一步计划", "plan"),
    ("下步打算", "plan"),
    ("责任单位 (加黑为牵头单位)", "units"),
    ("牵头单位", "units"),
    ("监督科室 监督电话", "contact"),
    ("联系电话", "contact"),
    ("备注", None),
    ("完成时限", None),
    ("责任领导", None),
    ("1", None),
    # Terms of the trade in project tables.
    ("年度目标任务", "target"),
    ("目标任务", "task"),
    ("年度建设内容", "target"),
    ("占年度计划(%)", "ratio"),
    ("是否达序时进度", "status"),
    ("是否达到序时进度", "status"),
    ("实施单位", "units"),
    ("建设单位", "units"),
    ("计量单位", "unit"),
    ("序时进度", None),
    ("计划开工时间", None),
    ("存在问题", None),
    ("包抓领导", None),
    ("截至目前完成情况", "progress"),
    ("形象进度", "progress"),
    ("完成比例", "ratio"),
    ("民生实事项目", "task"),
    ("为民办实事项目", "task"),
    ("全年任务", "target"),
    ("完成百分比", "ratio"),
    ("占全年%", "ratio"),
    ("督办单位", "units"),
    ("责任单位及责任人", "units"),
    ("项目内容", "target"),
    ("项目个数", None),
]


@pytest.mark.parametrize(("cell", "column"), HEADER_CELLS, ids=[c for c, _ in HEADER_CELLS])
def test_header_column(cell: str, column: str | None) -> None:
    assert header_column(cell) == column


def test_lexicon_covers_every_column() -> None:
    assert set(header_lexicon().values()) == {*ROLES, "ignore"}


def test_lexicon_file_has_no_synonym_twice() -> None:
    path = Path(__file__).parents[1] / "zqmetrics" / "data" / "headers.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert all(len(r) == 2 for r in rows)
    synonyms = [s for _, s in rows]
    assert len(synonyms) == len(set(synonyms))


def test_sample_path_is_the_bundled_report() -> None:
    assert sample_path().is_file()
    assert sample_path().name == "jinan-shizhong-2025q2.txt"


# --- random tables --------------------------------------------------------------------------

_CELL = st.text(st.characters(blacklist_characters="|\n\r", blacklist_categories=("Cs",)),
                max_size=12)
_CELL_OR_NUMBER = st.one_of(_CELL, st.integers(0, 10_000).map(str))
_UNIT_CHARS = st.characters(blacklist_characters="|\n\r、，,；;()（）",
                            blacklist_categories=("Cs",))
_UNIT = st.text(_UNIT_CHARS, min_size=1, max_size=8).filter(str.strip)
_UNITS = st.lists(_UNIT, max_size=3)
_ROW = st.tuples(_CELL_OR_NUMBER, _CELL_OR_NUMBER, _CELL, _UNITS, _CELL_OR_NUMBER)


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(_ROW, min_size=1, max_size=25), with_header=st.booleans(),
       trailing_bar=st.booleans())
def test_random_tables_round_trip(rows: list[tuple[Any, ...]], with_header: bool,
                                  trailing_bar: bool) -> None:
    # Without trailing bars a blank last cell reads like a closing bar ("… | "): the one
    # ambiguity of the format, so those tables end with a filled contact cell.
    if not trailing_bar:
        rows = [(*r[:4], r[4] if r[4].strip() else "电话") for r in rows]
    end = " |" if trailing_bar else ""
    lines = [H6.removesuffix(" |") + end] if with_header else []
    lines += [" | ".join([str(n), task, progress, plan, "、".join(units), contact]) + end
              for n, (task, progress, plan, units, contact) in enumerate(rows, 1)]
    df = read_report("\n".join(lines))
    assert df["seq"].tolist() == [str(n) for n in range(1, len(rows) + 1)]
    assert df["task"].tolist() == [r[0].strip() for r in rows]
    assert df["progress"].tolist() == [r[1].strip() for r in rows]
    assert df["plan"].tolist() == [r[2].strip() for r in rows]
    assert df["units"].tolist() == [[u.strip() for u in r[3]] for r in rows]
    assert df["contact"].tolist() == [r[4].strip() for r in rows]
    assert df["read_issue"].tolist() == [None if r[0].strip() else "empty task cell" for r in rows]
    assert not df["seq_inferred"].any()


@pytest.mark.parametrize("tasks", [["", "", "一一"], ["一一", "", ""]])
def test_a_task_column_filled_on_few_rows_stays_the_task_when_no_other_names_rows(
        tasks: list[str]) -> None:
    # Found by test_random_tables_round_trip: a column filled on few rows is a group only when
    # another column names the rows it groups; here none does (电话 repeats one word), so the
    # column stays the task.
    text = "\n".join(f"{n} | {t} |  |  |  | 电话" for n, t in enumerate(tasks, 1))
    assert read_report(text)["task"].tolist() == tasks
