"""Exporters: the three tables, the four file writers and the terminal table.

Provenance: the sample is the bundled report (济南市市中区, 2025年第二季度, 108 rows), assessed once
per module; the small frames below are made up, shaped like ``assess``'s output, one per
behaviour (ordering, CSV injection, escaping); hypothesis makes random ones.
"""

from __future__ import annotations

import csv
import doctest
import html
import math
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zqmetrics import report
from zqmetrics.assessment import assess
from zqmetrics.read import read_report, sample_path
from zqmetrics.report import (
    AT_RISK_COLUMNS,
    LABELS,
    SHEETS,
    STATUS_COLOURS,
    TARGET_COLUMNS,
    TASK_COLUMNS,
    at_risk_table,
    targets_table,
    tasks_table,
    to_terminal,
    write,
)

STATUSES = ("done", "on_track", "lagging", "not_started", "no_numeric_target", "unclear")


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    return assess(read_report(sample_path()))


def task(seq: str, status: str, unit: str = "区财政局", *, severity: str | None = None,
         gap: float | None = None, text: str = "完成目标任务100个", completion: float | None = 0.3,
         reasons: list[str] | None = None, source: str = "r.txt") -> dict[str, Any]:
    """One assessed row, as ``assess`` makes it, without targets."""
    return {
        "seq": seq, "task": text, "progress": "已完成30个", "plan": "", "units": [unit, "区统计局"],
        "contact": "办公室 51800000", "title": "某区2025年任务推进情况", "period": "2025Q2",
        "source": source, "targets": [], "actuals": [], "extract_issue": None,
        "completion": completion, "expected": 0.5, "gap": gap, "required_pace": None,
        "status": status, "severity": severity, "reasons": reasons or [f"row {seq}"],
        "assessments": [], "qualitative": None,
    }


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(list(rows)) if rows else pd.DataFrame([task("1", "done")]).iloc[:0]


def at_risk_count(data: pd.DataFrame) -> int:
    return int(data["status"].isin(["lagging", "not_started"]).sum())


# --- tables -------------------------------------------------------------------------------------

ORDER_CASES = {
    # name: (rows, expected (lead unit, seq) order)
    "groups by worst task, worst first inside": (
        [task("1", "lagging", "A", severity="mild", gap=0.05),
         task("2", "lagging", "B", severity="severe", gap=0.40),
         task("3", "not_started", "A"),
         task("4", "lagging", "C", severity="moderate", gap=0.20),
         task("5", "lagging", "A", severity="moderate", gap=0.12)],
        [("B", "2"), ("C", "4"), ("A", "5"), ("A", "1"), ("A", "3")]),
    "larger gap first within one severity": (
        [task("1", "lagging", "A", severity="mild", gap=0.02),
         task("2", "lagging", "A", severity="mild", gap=0.08)],
        [("A", "2"), ("A", "1")]),
    "lagging before not started": (
        [task("1", "not_started", "A"), task("2", "lagging", "B", severity="mild", gap=0.01)],
        [("B", "2"), ("A", "1")]),
    "ties keep report order": (
        [task("1", "not_started", "A"), task("2", "not_started", "B"),
         task("3", "not_started", "A")],
        [("A", "1"), ("A", "3"), ("B", "2")]),
    "other statuses left out": (
        [task(str(i), s, "A") for i, s in enumerate(STATUSES)],
        [("A", "2"), ("A", "3")]),
    "reports stay in their order": (
        [task("1", "lagging", "A", severity="mild", gap=0.01, source="x.txt"),
         task("1", "lagging", "A", severity="severe", gap=0.5, source="y.txt")],
        [("A", "1"), ("A", "1")]),
    "nothing at risk": ([task("1", "done")], []),
}


@pytest.mark.parametrize(("rows", "expected"), ORDER_CASES.values(), ids=ORDER_CASES.keys())
def test_at_risk_table_order(rows: list[dict[str, Any]], expected: list[tuple[str, str]]) -> None:
    table = at_risk_table(frame(*rows))
    assert list(table.columns) == list(AT_RISK_COLUMNS)
    assert list(zip(table["lead_unit"], table["seq"], strict=False)) == expected


def test_at_risk_table_values() -> None:
    row = task("7", "lagging", "区商务局", severity="moderate", gap=0.154, completion=0.346,
               reasons=["投资: 2/7 = 28%", "出让供地: 320/923 亩"])
    row["required_pace"] = 1.9
    got = at_risk_table(frame(row)).iloc[0].to_dict()
    assert got["gap_points"] == pytest.approx(15.4)
    assert got["completion"] == pytest.approx(0.346)
    assert got["reasons"] == "投资: 2/7 = 28%; 出让供地: 320/923 亩"
    assert got["lead_unit"] == "区商务局"
    assert got["required_pace"] == 1.9
    assert got["contact"] == "办公室 51800000"


def test_sample_tables_keep_every_row(sample: pd.DataFrame) -> None:
    risky = at_risk_table(sample)
    assert len(risky) == at_risk_count(sample) > 0
    assert set(risky["status"]) <= {"lagging", "not_started"}
    tasks = tasks_table(sample)
    assert list(tasks.columns) == list(TASK_COLUMNS)
    assert list(tasks["seq"]) == list(sample["seq"])
    targets = targets_table(sample)
    assert list(targets.columns) == list(TARGET_COLUMNS)
    assert len(targets) == sum(len(t) for t in sample["targets"]) > 0


def test_targets_table_has_the_best_figure(sample: pd.DataFrame) -> None:
    targets = targets_table(sample)
    measured = targets[targets["actual_value"].notna()]
    assert len(measured) > 0
    assert set(measured["actual_period"]) <= {"quarter", "ytd", "snapshot", "unknown"}
    assert set(targets["comparator"]) <= {"exact", "at_least", "at_most", "about", "range"}
    assert set(targets["status"]) <= {"done", "on_track", "lagging", "unclear"}


def test_tables_assess_an_unassessed_frame(sample: pd.DataFrame) -> None:
    raw = read_report(sample_path())
    pd.testing.assert_frame_equal(at_risk_table(raw), at_risk_table(sample))
    assert "status" not in raw.columns  # not modified


def test_tables_leave_the_caller_alone(sample: pd.DataFrame) -> None:
    before = sample.copy()
    at_risk_table(sample), tasks_table(sample), targets_table(sample), to_terminal(sample)
    pd.testing.assert_frame_equal(sample, before)


# --- xlsx ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workbook(sample: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = write(sample, tmp_path_factory.mktemp("xlsx") / "report.xlsx")
    return openpyxl.load_workbook(path)


def column_of(sheet: Any, name: str) -> int:
    return [c.value for c in sheet[1]].index(LABELS[name]) + 1


def test_xlsx_sheets_and_headers(workbook: Any, sample: pd.DataFrame) -> None:
    assert workbook.sheetnames == list(SHEETS.values())
    for sheet, columns in zip(workbook.worksheets, (AT_RISK_COLUMNS, TASK_COLUMNS, TARGET_COLUMNS), strict=False):
        assert [c.value for c in sheet[1]] == [LABELS[c] for c in columns]
        assert all(c.font.bold for c in sheet[1])
        assert all(c.fill.fgColor.rgb.endswith("DDEBF7") for c in sheet[1])
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(columns)).column_letter}" \
                                        f"{sheet.max_row}"
    rows = [s.max_row - 1 for s in workbook.worksheets]
    assert rows == [at_risk_count(sample), len(sample), sum(len(t) for t in sample["targets"])]


def test_xlsx_formats_and_colours(workbook: Any) -> None:
    sheet = workbook[SHEETS["at_risk"]]
    status_col, done_col = column_of(sheet, "status"), column_of(sheet, "completion")
    lagging = next(r for r in range(2, sheet.max_row + 1)
                   if sheet.cell(r, status_col).value == "lagging")
    assert sheet.cell(lagging, status_col).fill.fgColor.rgb.endswith(STATUS_COLOURS["lagging"])
    assert sheet.cell(lagging, done_col).number_format == "0.0%"
    assert isinstance(sheet.cell(lagging, done_col).value, float)
    assert sheet.cell(lagging, column_of(sheet, "expected")).number_format == "0.0%"


def test_xlsx_wraps_long_text_and_sizes_columns(workbook: Any) -> None:
    sheet = workbook[SHEETS["tasks"]]
    task_col = column_of(sheet, "task")
    letter = sheet.cell(1, task_col).column_letter
    long = [sheet.cell(r, task_col) for r in range(2, sheet.max_row + 1)
            if len(sheet.cell(r, task_col).value or "") > 60]
    assert long and all(c.alignment.wrap_text for c in long)
    widths = {k: d.width for k, d in sheet.column_dimensions.items()}
    assert len(widths) == sheet.max_column
    assert widths[letter] <= 62  # capped
    assert widths[sheet.cell(1, column_of(sheet, "seq")).column_letter] < widths[letter]


def test_xlsx_status_fill_per_status(tmp_path: Path) -> None:
    rows = [task(str(i), s) for i, s in enumerate(STATUSES)]
    sheet = openpyxl.load_workbook(write(frame(*rows), tmp_path / "s.xlsx"))[SHEETS["tasks"]]
    col = column_of(sheet, "status")
    fills = {sheet.cell(r, col).value: sheet.cell(r, col).fill.fgColor.rgb
             for r in range(2, sheet.max_row + 1)}
    for status, colour in STATUS_COLOURS.items():
        assert fills[status].endswith(colour)


# --- safety -------------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1+1"]


def csv_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("payload", FORMULAS)
def test_csv_neutralises_formulas(payload: str, tmp_path: Path) -> None:
    data = frame(task("1", "lagging", payload, text=payload, reasons=[payload]))
    header, row = csv_rows(write(data, tmp_path / "x.csv"))
    for name in ("task", "lead_unit", "reasons"):
        assert row[header.index(LABELS[name])] == "'" + payload


@pytest.mark.parametrize("payload", FORMULAS)
def test_xlsx_neutralises_formulas(payload: str, tmp_path: Path) -> None:
    data = frame(task("1", "lagging", text=payload))
    book = openpyxl.load_workbook(write(data, tmp_path / "x.xlsx"))
    for sheet in (book[SHEETS["at_risk"]], book[SHEETS["tasks"]]):
        cell = sheet.cell(2, column_of(sheet, "task"))
        assert cell.data_type == "s"
        # A bare carriage return reads back as a newline through openpyxl's own XML writer and
        # as itself through lxml's (which python-docx brings in); the quote is what matters.
        assert cell.value in ("'" + payload, ("'" + payload).replace("\r", "\n"))


@pytest.mark.parametrize("text", ["完成 -1 个", "增长12%", "a=b", "'quoted"])
def test_harmless_text_is_left_alone(text: str, tmp_path: Path) -> None:
    header, row = csv_rows(write(frame(task("1", "lagging", text=text)), tmp_path / "x.csv"))
    assert row[header.index(LABELS["task"])] == text


def test_csv_has_a_bom(tmp_path: Path, sample: pd.DataFrame) -> None:
    path = write(sample, tmp_path / "x.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "区发展改革局" in path.read_text(encoding="utf-8-sig")


def test_html_escapes_everything(tmp_path: Path) -> None:
    evil = '<script>alert("x")</script> & <b>'
    page = write(frame(task("1", "lagging", evil, text=evil, reasons=[evil])),
                 tmp_path / "x.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "<b>" not in page
    assert html.escape(evil) in page
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert 'class="status-lagging"' in page


MARKDOWN_CASES = {
    "pipe": ("a|b", "a\\|b"),
    "newline": ("一行\n二行", "一行<br>二行"),
    "crlf": ("一行\r\n二行", "一行<br>二行"),
    "backslash before pipe": ("a\\|b", "a\\\\\\|b"),
    "html": ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
}


@pytest.mark.parametrize(("text", "expected"), MARKDOWN_CASES.values(), ids=MARKDOWN_CASES.keys())
def test_markdown_escapes(text: str, expected: str, tmp_path: Path) -> None:
    page = write(frame(task("1", "lagging", text=text)), tmp_path / "x.md").read_text("utf-8")
    rows = [line for line in page.splitlines() if line.startswith("|")]
    assert len(rows) == 3  # header, separator, one row
    assert f"| {expected} |" in rows[2]


def test_write_refuses_unknown_suffix(tmp_path: Path, sample: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="xlsx"):
        write(sample, tmp_path / "x.pdf")
    with pytest.raises(ValueError, match="table"):
        write(sample, tmp_path / "x.csv", table="nope")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("table", ["at_risk", "tasks", "targets"])
def test_text_writers_choose_a_table(table: str, tmp_path: Path, sample: pd.DataFrame) -> None:
    expected = len(report._BUILDERS[table](sample))
    assert len(csv_rows(write(sample, tmp_path / "x.csv", table=table))) == expected + 1


# --- terminal -----------------------------------------------------------------------------------


def test_terminal_on_the_sample(sample: pd.DataFrame) -> None:
    text = to_terminal(sample, width=120)
    assert "108 tasks" in text and "lagging" in text and "区发展改革局" in text
    assert all(len(line) <= 120 for line in text.splitlines())
    lines = text.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("牵头单位"))
    rows = [line for line in lines[header + 1:] if not line.startswith(" " * 6 + "↳")]
    assert len(rows) == at_risk_count(sample)


def test_terminal_with_nothing_at_risk() -> None:
    assert "No task is lagging or not started" in to_terminal(frame(task("1", "done")))


def test_terminal_strips_control_characters() -> None:
    text = to_terminal(frame(task("1", "lagging", text="a\x1b[31mred\nx")), width=100)
    assert "\x1b" not in text
    assert len([line for line in text.splitlines() if line.startswith("区财政局")]) == 1


def test_doctests() -> None:
    assert doctest.testmod(report).failed == 0


# --- every writer keeps every row, whatever the text ----------------------------------------------

text = st.text(max_size=30)
number = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True))
rows = st.builds(
    lambda seq, words, unit, status, severity, completion, gap, reasons: task(
        seq, status, unit, text=words, severity=severity, completion=completion, gap=gap,
        reasons=reasons),
    text, text, text, st.sampled_from(STATUSES),
    st.sampled_from([None, "mild", "moderate", "severe"]), number, number,
    st.lists(text, max_size=3))


def count_rows(path: Path) -> int:
    suffix = path.suffix
    if suffix == ".csv":
        return len(csv_rows(path)) - 1
    if suffix == ".md":
        return sum(line.startswith("|") for line in path.read_text("utf-8").splitlines()) - 2
    if suffix == ".html":
        return path.read_text("utf-8").count("<tr class=")
    raise AssertionError(suffix)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(rows, max_size=8))
def test_writers_keep_row_counts(tmp_path: Path, data: list[dict[str, Any]]) -> None:
    assessed = frame(*data)
    n, risky = len(assessed), at_risk_count(assessed)
    book = openpyxl.load_workbook(write(assessed, tmp_path / "h.xlsx"))
    assert [s.max_row - 1 for s in book.worksheets] == [risky, n, 0]
    for suffix in (".csv", ".md", ".html"):
        assert count_rows(write(assessed, tmp_path / f"h{suffix}")) == risky
        assert count_rows(write(assessed, tmp_path / f"h{suffix}", table="tasks")) == n
    shown = to_terminal(assessed, width=80, reasons=False).splitlines()
    if risky:
        header = next(i for i, line in enumerate(shown) if line.startswith("牵头单位"))
        assert len(shown) - header - 1 == risky
    table = tasks_table(assessed)
    assert all(v is None or isinstance(v, float) for v in table["completion"])
    assert not any(isinstance(v, float) and math.isnan(v) for v in table["gap_points"])
