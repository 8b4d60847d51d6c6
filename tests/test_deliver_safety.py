"""Report text is untrusted: every writer of the supervisor's list keeps it inert and keeps every line.

Also the programs' side of delivery (``tables``): the per-target frame of ``df.zq.targets`` and the
one rule that makes text inert in a spreadsheet.

Provenance: the sample is the bundled report (济南市市中区, 2025年第二季度, 108 rows), assessed once
per module; the small frames below are made up, shaped like ``assess``'s output, one per
behaviour (CSV injection, escaping, control characters); hypothesis makes random ones.
"""

from __future__ import annotations

import csv
import html
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zqmetrics.deliver.flat import render_markdown, to_text
from zqmetrics.deliver.labels import label
from zqmetrics.deliver.sections import supervision_list
from zqmetrics.deliver.tables import TARGET_COLUMNS, csv_safe, targets_table
from zqmetrics.deliver.workbook import HEADER_ROW
from zqmetrics.deliver.write import write
from zqmetrics.judge.assessment import assess
from zqmetrics.read.reader import read_report, sample_path

STATUSES = ("done", "on_track", "lagging", "not_started", "no_numeric_target", "unclear")
LISTED = ("lagging", "not_started", "unclear")  # a task of these statuses is always on the list


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    return assess(read_report(sample_path()))


def task(seq: str, status: str, unit: str = "区财政局", *, severity: str | None = None,
         text: str = "完成目标任务100个", progress: str = "已完成30个",
         completion: float | None = 0.3) -> dict[str, Any]:
    """One assessed row, as ``assess`` makes it, without targets."""
    return {
        "seq": seq, "task": text, "progress": progress, "plan": "", "units": [unit, "区统计局"],
        "contact": "办公室 51800000", "title": "某区2025年任务推进情况", "period": "2025Q2",
        "source": "r.txt", "targets": [], "actuals": [], "extract_issue": None,
        "completion": completion, "expected": 0.5, "gap": None, "required_pace": None,
        "status": status, "severity": severity, "reasons": [f"row {seq}"],
        "assessments": [], "qualitative": None,
    }


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(list(rows)) if rows else pd.DataFrame([task("1", "done")]).iloc[:0]


def csv_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


# --- the inert-text rule ------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1+1"]
HARMLESS = ["完成 -1 个", "增长12%", "a=b", "'quoted"]


@pytest.mark.parametrize("payload", FORMULAS)
def test_csv_safe_quotes_a_formula(payload: str) -> None:
    assert csv_safe(payload) == "'" + payload


@pytest.mark.parametrize("text", HARMLESS)
def test_csv_safe_leaves_harmless_text(text: str) -> None:
    assert csv_safe(text) == text


def test_csv_safe_drops_what_xml_cannot_hold() -> None:
    assert csv_safe("a\x00b\x1fc\td") == "abc\td"


# --- every writer ---------------------------------------------------------------------------------


@pytest.mark.parametrize("payload", FORMULAS)
def test_csv_neutralises_formulas(payload: str, tmp_path: Path) -> None:
    header, row = csv_rows(write(frame(task("1", "lagging", payload, text=payload)),
                                 tmp_path / "x.csv"))
    for key in ("task", "lead_unit"):
        assert row[header.index(label(f"col.{key}"))] == "'" + payload


@pytest.mark.parametrize("text", HARMLESS)
def test_csv_leaves_harmless_text(text: str, tmp_path: Path) -> None:
    header, row = csv_rows(write(frame(task("1", "lagging", text=text)), tmp_path / "x.csv"))
    assert row[header.index(label("col.task"))] == text


@pytest.mark.parametrize("payload", FORMULAS)
def test_xlsx_neutralises_formulas(payload: str, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write(frame(task("1", "lagging", text=payload)),
                                        tmp_path / "x.xlsx"))
    for name in ("at_risk", "tasks"):
        sheet = book[label(f"sheet.{name}")]
        header = [c.value for c in sheet[HEADER_ROW]]
        cell = sheet.cell(HEADER_ROW + 1, header.index(label("col.task")) + 1)
        assert cell.data_type == "s"
        # A bare carriage return reads back as a newline through the standard library's XML and
        # as itself through lxml (openpyxl uses lxml when it is installed); the quote is what matters
        assert cell.value.replace("\r", "\n") == ("'" + payload).replace("\r", "\n")


def test_csv_has_a_bom(tmp_path: Path, sample: pd.DataFrame) -> None:
    path = write(sample, tmp_path / "x.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "区发展改革局" in path.read_text(encoding="utf-8-sig")


def test_page_escapes_everything(tmp_path: Path) -> None:
    evil = '<script>alert("x")</script> & <b>'
    page = write(frame(task("1", "lagging", evil, text=evil, progress=evil)),
                 tmp_path / "x.html").read_text(encoding="utf-8")
    assert '<script>alert("x")' not in page and "<b>" not in page
    assert html.escape(evil) in page
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


MARKDOWN_CASES = {
    "pipe": ("a|b", "a\\|b"),
    "newline": ("一行\n二行", "一行<br>二行"),
    "crlf": ("一行\r\n二行", "一行<br>二行"),
    "backslash before pipe": ("a\\|b", "a\\\\\\|b"),
    "html": ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
}


@pytest.mark.parametrize(("text", "expected"), MARKDOWN_CASES.values(), ids=MARKDOWN_CASES.keys())
def test_markdown_escapes(text: str, expected: str) -> None:
    page = render_markdown(supervision_list(frame(task("1", "lagging", text))))
    rows = [line for line in page.splitlines() if line.startswith("|")]
    assert len(rows) == 3  # header, separator, one line
    assert rows[2].startswith(f"| {expected} |")


def test_terminal_strips_control_characters() -> None:
    text = to_text(supervision_list(frame(task("1", "lagging", "a\x1b[31mred\nx"))), width=100)
    assert "\x1b" not in text
    assert [line.strip() for line in text.splitlines() if "red" in line] == ["a [31mred x"]


def test_write_refuses_unknown_suffix(tmp_path: Path, sample: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="docx"):
        write(sample, tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_list_leaves_the_caller_alone(sample: pd.DataFrame) -> None:
    before = sample.copy()
    supervision_list(sample), targets_table(sample)
    pd.testing.assert_frame_equal(sample, before)


# --- every writer keeps every line, whatever the text ----------------------------------------------

text = st.text(max_size=30)
rows = st.builds(
    lambda seq, words, unit, status, severity, completion: task(
        seq, status, unit, text=words, severity=severity, completion=completion),
    text, text, text, st.sampled_from(STATUSES),
    st.sampled_from([None, "mild", "moderate", "severe"]),
    st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=False)))


def count_lines(path: Path) -> int:
    if path.suffix == ".csv":
        return len(csv_rows(path)) - 1
    if path.suffix == ".md":  # a header and a separator per section with lines
        lines = path.read_text("utf-8").splitlines()
        return sum(line.startswith("|") for line in lines) - 2 * sum(
            line.startswith("|---") or line.startswith("| ---") or line.startswith("|:")
            for line in lines)
    raise AssertionError(path.suffix)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(rows, max_size=8))
def test_writers_keep_every_line(tmp_path: Path, data: list[dict[str, Any]]) -> None:
    assessed = frame(*data)
    listed = supervision_list(assessed)
    assert {i.row for i in listed.items} == {
        n for n, r in enumerate(data) if r["status"] in LISTED}
    lines = len(listed.items)
    for suffix in (".csv", ".md"):
        assert count_lines(write(assessed, tmp_path / f"h{suffix}")) == lines
    book = openpyxl.load_workbook(write(assessed, tmp_path / "h.xlsx"))
    kept = {name: book[label(f"sheet.{name}")].max_row - HEADER_ROW
            for name in ("at_risk", "tasks")}
    assert kept == {"at_risk": lines, "tasks": len(data)}
    page = write(assessed, tmp_path / "h.html").read_text("utf-8")
    assert page.count("<tbody data-status=") == len(data)


# --- the per-target frame (df.zq.targets) ---------------------------------------------------------


def test_targets_table_has_every_target_and_the_best_figure(sample: pd.DataFrame) -> None:
    targets = targets_table(sample)
    assert list(targets.columns) == list(TARGET_COLUMNS)
    assert len(targets) == sum(len(t) for t in sample["targets"]) > 0
    measured = targets[targets["actual_value"].notna()]
    assert len(measured) > 0
    assert set(measured["actual_period"]) <= {"quarter", "ytd", "snapshot", "unknown"}
    assert set(targets["comparator"]) <= {"exact", "at_least", "at_most", "about", "range"}
    assert set(targets["status"]) <= {"done", "on_track", "lagging", "unclear"}


def test_targets_table_assesses_an_unassessed_frame(sample: pd.DataFrame) -> None:
    raw = read_report(sample_path())
    pd.testing.assert_frame_equal(targets_table(raw), targets_table(sample))
    assert "status" not in raw.columns  # not modified


def test_a_failed_write_leaves_the_last_good_file(tmp_path: Path) -> None:
    from zqmetrics.deliver.tables import replacing

    target = tmp_path / "list.html"
    target.write_text("last good", encoding="utf-8")
    with pytest.raises(RuntimeError), replacing(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "last good"
    assert list(tmp_path.iterdir()) == [target]
