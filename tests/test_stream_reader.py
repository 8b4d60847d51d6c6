"""A big pipe-table file read a chunk of rows at a time gives what the whole-text reader gives.

The files are the sample's table repeated (序号 renumbered) with lines of debris between copies;
the size threshold, the chunk and the number of rows the column roles are read from are made
small so that a few thousand rows cross many chunk boundaries.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
from pathlib import Path

import pytest

import zqmetrics.batch as batch
import zqmetrics.read.stream as stream
from zqmetrics.cli import main
from zqmetrics.read.pipe import parse_pipe_text
from zqmetrics.read.reader import read_report, sample_path
from zqmetrics.read.stream import stream_frames

_ROW_START = re.compile(r"^(\s*)(\d+)(\s*\|)")


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def repeated(copies: int, markdown: bool = False, crlf: bool = False) -> str:
    """The sample with its table body repeated ``copies`` times, 序号 continued, and a line of
    page debris (no bar) after each copy but the last."""
    lines = sample_path().read_text("utf-8").split("\n")
    head = next(i for i, line in enumerate(lines) if line.startswith("序号") and "|" in line)
    body = lines[head + 1 :]
    last = max(int(m[2]) for line in body if (m := _ROW_START.match(line)))
    out = lines[: head + 1]
    for copy in range(copies):
        for line in body:
            m = _ROW_START.match(line)
            out.append(f"{m[1]}{int(m[2]) + copy * last}{m[3]}{line[m.end():]}" if m else line)
        if copy < copies - 1:
            out.append(f"第{copy + 1}页")
    if markdown:
        out = [f"| {line}" if "|" in line and not line.lstrip().startswith("|") else line
               for line in out]
    text = "\n".join(out) + "\n"
    return text.replace("\n", "\r\n") if crlf else text


def repeated_csv(copies: int, delimiter: str = ",") -> str:
    """The sample's table as CSV (cells over several lines quoted), its rows repeated ``copies``
    times with 序号 continued and a one-cell section row between copies."""
    table = parse_pipe_text(sample_path().read_text("utf-8"), "sample")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow([table.title or ""])
    writer.writerow(table.headers)
    seqs = [int(r.cells[0]) for r in table.rows if r.cells[0].isdigit()]
    for copy in range(copies):
        for row in table.rows:
            cells = list(row.cells)
            if cells[0].isdigit():
                cells[0] = str(int(cells[0]) + copy * max(seqs))
            writer.writerow(cells)
        writer.writerow([f"第{copy + 2}部分"])
    return out.getvalue()


def both_ways(monkeypatch: pytest.MonkeyPatch, path: Path, *args: str
              ) -> tuple[tuple[int, str, str], tuple[int, str, str]]:
    monkeypatch.setattr(batch, "CHUNK_ROWS", 37)
    monkeypatch.setattr(stream, "HEAD_ROWS", 150)
    monkeypatch.setattr(batch, "STREAM_BYTES", 10**12)
    whole = run("extract", str(path), "--jobs", "1", *args)
    monkeypatch.setattr(batch, "STREAM_BYTES", 0)
    streamed = run("extract", str(path), "--jobs", "1", *args)
    return whole, streamed


@pytest.mark.parametrize(("markdown", "crlf"), [(False, False), (True, False), (False, True)])
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_streamed_extract_equals_the_whole(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                           fmt: str, markdown: bool, crlf: bool) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(repeated(12, markdown, crlf).encode("utf-8"))
    whole, streamed = both_ways(monkeypatch, path, "--format", fmt)
    assert whole[0] == streamed[0] == 0
    assert streamed[1] == whole[1]
    assert len(whole[1].splitlines()) > 12 * 100
    notes = [line for line in streamed[2].splitlines() if "按行分块读取" in line]
    assert len(notes) == 1
    assert "按行分块读取" not in whole[2]
    # every other line of stderr (the report's warnings) is said alike, and once
    assert [line for line in streamed[2].splitlines() if line not in notes] == (
        whole[2].splitlines())


def test_a_report_without_its_year_streams_as_it_reads_whole(monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    # The title names the data month but no year: both readers keep the month for the pace.
    text = repeated(12).split("\n", 1)[1]
    path = tmp_path / "big.txt"
    path.write_text("市中区《政府工作报告》主要工作任务推进情况（截至6月底）\n" + text, "utf-8")
    whole, streamed = both_ways(monkeypatch, path)
    assert whole[0] == streamed[0] == 0
    assert streamed[1] == whole[1]
    assert "数据截止月（6月）" in whole[2] and "数据截止月（6月）" in streamed[2]
    records = [json.loads(line) for line in whole[1].splitlines()]
    assert not any("report period unknown" in r for rec in records for r in rec["reasons"])


def test_a_report_through_december_streams_as_it_reads_whole(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    # Periods pass 2: data to a day of December are the year, in chunks as whole, said once.
    text = repeated(12).split("\n", 1)[1]
    path = tmp_path / "big.txt"
    path.write_text("市中区2021年《政府工作报告》主要工作任务推进情况（截至12月17日）\n" + text,
                    "utf-8")
    whole, streamed = both_ways(monkeypatch, path)
    assert whole[0] == streamed[0] == 0
    assert streamed[1] == whole[1]
    said = "报告期 2021：数据截至12月（2021-12），即全年"
    assert whole[2].count(said) == streamed[2].count(said) == 1


@pytest.mark.parametrize(("suffix", "delimiter"), [(".csv", ","), (".tsv", "\t")])
def test_streamed_csv_extract_equals_the_whole(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                               suffix: str, delimiter: str) -> None:
    path = tmp_path / f"big{suffix}"
    path.write_text(repeated_csv(12, delimiter), "utf-8")
    whole, streamed = both_ways(monkeypatch, path)
    assert whole[0] == streamed[0] == 0
    assert streamed[1] == whole[1]
    assert len(whole[1].splitlines()) > 12 * 100
    notes = [line for line in streamed[2].splitlines() if "按行分块读取" in line]
    assert len(notes) == 1
    assert [line for line in streamed[2].splitlines() if line not in notes] == (
        whole[2].splitlines())
    assert "已跳过" in whole[2]


def test_streamed_frames_are_the_slices_of_the_whole(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(repeated(5), "utf-8")
    whole = read_report(path)
    found = stream_frames(path, chunk_rows=61, head_rows=200)
    assert found is not None
    first, rest = found
    frames = [first, *rest]
    assert sum(len(f) for f in frames) == len(whole)
    assert max(len(f) for f in frames) == 61
    at = 0
    for frame in frames:
        part = whole.iloc[at : at + len(frame)].reset_index(drop=True)
        assert frame.reset_index(drop=True).astype(str).equals(part.astype(str))
        # the skipped lines after the first rows are said as they are met, not in the attrs
        said = frame.attrs["warnings"]
        assert {**frame.attrs, "warnings": None} == {**whole.attrs, "warnings": None}
        assert said == whole.attrs["warnings"][: len(said)]
        at += len(frame)


def test_a_small_file_is_not_streamed(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_text(repeated(2), "utf-8")
    code, _, err = run("extract", str(path), "--jobs", "1")
    assert code == 0
    assert "按行分块读取" not in err


@pytest.mark.parametrize("text", [
    "2025年第二季度重点工作进展\n一、推进道路建设，已完成80%。\n二、新建学校2所，已建成1所。\n",
    "任务 进展\n修路 完成一半\n建校 已完成\n",
], ids=["items", "spaced"])
def test_other_layouts_are_left_to_the_whole_text_reader(tmp_path: Path, text: str) -> None:
    path = tmp_path / "other.txt"
    path.write_text(text, "utf-8")
    assert stream_frames(path) is None


def test_a_file_not_utf8_is_left_to_the_whole_text_reader(tmp_path: Path) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes(repeated(2).encode("gb18030"))
    assert stream_frames(path) is None
