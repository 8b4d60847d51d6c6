"""The command line: the extract contract, bad files, folders and globs, at-risk outputs, --jobs.

Provenance: the bundled sample report (108 rows) and copies of it; bad files are made at test
time, one per way a file can be unusable. Most cases call ``main([...])`` in-process; a few run
``python -m zqmetrics`` end to end.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from zqmetrics import __version__
from zqmetrics.batch import expand
from zqmetrics.cli import main
from zqmetrics.read.reader import sample_path

CONTRACT_KEYS = {"seq", "task", "progress", "units", "contact", "targets", "actuals",
                 "completion", "expected", "status", "reasons"}
STATUSES = {"done", "on_track", "lagging", "not_started", "no_numeric_target", "unclear"}
SAMPLE_ROWS = 108


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("copies")
    paths = [folder / "a.txt", folder / "b.txt"]
    for path in paths:
        shutil.copy(sample_path(), path)
    return paths


BAD_FILES = {
    # name: (file name, bytes or None for a missing file, words of the reason)
    "binary": ("bin.txt", b"\x00\x01\x02garbage\x00" * 50, "binary"),
    "empty": ("empty.txt", b"", "empty"),
    "no table": ("prose.txt", "只是一段文字,没有表格。\n".encode(), "no task table"),
    "corrupt xlsx": ("broken.xlsx", b"not a zip", "xlsx"),
    "corrupt docx": ("broken.docx", b"PK\x03\x04junk", "docx"),
    "missing": ("missing.txt", None, "no such file"),
}


def make_bad(folder: Path, name: str, content: bytes | None) -> Path:
    path = folder / name
    if content is not None:
        path.write_bytes(content)
    return path


# --- extract ------------------------------------------------------------------------------------


def test_extract_sample_prints_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "extract", str(sample_path()))
    assert (code, err) == (0, "")
    records = json_lines(out)
    assert len(records) == SAMPLE_ROWS
    for rec in records:
        assert CONTRACT_KEYS <= rec.keys()
        assert rec["status"] in STATUSES
        assert isinstance(rec["seq"], str) and isinstance(rec["units"], list)
    assert [r["seq"] for r in records][:3] == ["1", "2", "3"]
    assert "市中区" in out  # ensure_ascii=False: Chinese as is
    assert {r["source"] for r in records} == {str(sample_path())}


def test_extract_period_override(capsys: pytest.CaptureFixture[str]) -> None:
    q2 = json_lines(run(capsys, "extract", str(sample_path()))[1])
    q4 = json_lines(run(capsys, "extract", str(sample_path()), "--period", "2025Q4")[1])
    # a task without a numeric target shows the report's own pace: half a year, then all of it
    assert {r["expected"] for r in q2 if r["status"] == "no_numeric_target"} == {0.5}
    assert {r["expected"] for r in q4 if r["status"] == "no_numeric_target"} == {1.0}


def test_extract_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", str(sample_path()), "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0
    assert rows[0][:3] == ["source", "seq", "task"]
    assert len(rows) == SAMPLE_ROWS + 1
    assert all(json.loads(r[rows[0].index("targets")]) is not None for r in rows[1:])


@pytest.mark.parametrize(("name", "content", "words"), BAD_FILES.values(), ids=BAD_FILES.keys())
def test_unusable_file_gives_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                      name: str, content: bytes | None, words: str) -> None:
    path = make_bad(tmp_path, name, content)
    code, out, err = run(capsys, "extract", str(path))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"zqmetrics: {path}: ") and words in err
    assert "Traceback" not in err


def test_folder_with_a_good_and_a_bad_file(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    shutil.copy(sample_path(), tmp_path / "good.txt")
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # not a report suffix: ignored
    code, out, err = run(capsys, "extract", str(tmp_path), "--jobs", "1")
    assert code == 1
    assert len(json_lines(out)) == SAMPLE_ROWS
    reason = "not a readable .xlsx file (File is not a zip file)"
    assert err.splitlines() == [f"zqmetrics: {tmp_path / 'bad.xlsx'}: {reason}"]


def test_glob_and_missing_pattern(capsys: pytest.CaptureFixture[str], copies: list[Path]) -> None:
    code, out, err = run(capsys, "extract", str(copies[0].parent / "*.txt"), "nothing-*.txt")
    assert code == 1
    assert len(json_lines(out)) == 2 * SAMPLE_ROWS
    assert err == "zqmetrics: nothing-*.txt: no file matches this pattern\n"


EXPAND_CASES = {
    "file": (["a.txt"], ["a.txt"]),
    "folder": (["."], ["./a.txt", "./b.txt", "./c.xlsx"]),
    "glob": (["*.txt"], ["a.txt", "b.txt"]),
    "glob with folder": (["su*"], ["sub/d.csv"]),
    "missing file kept for read to report": (["nope.txt"], ["nope.txt"]),
}


@pytest.mark.parametrize(("args", "expected"), EXPAND_CASES.values(), ids=EXPAND_CASES.keys())
def test_expand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
                expected: list[str]) -> None:
    for name in ("a.txt", "b.txt", "c.xlsx", "~$c.xlsx", ".hidden.txt", "e.pdf", "sub/d.csv"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    monkeypatch.chdir(tmp_path)
    assert [str(Path(i.path)) for i in expand(args)] == [str(Path(e)) for e in expected]


def test_empty_folder_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "extract", str(tmp_path))
    assert (code, out) == (1, "")
    assert err.startswith(f"zqmetrics: {tmp_path}: no report files")


def test_jobs_give_identical_output(capsys: pytest.CaptureFixture[str],
                                    copies: list[Path]) -> None:
    paths = [str(p) for p in copies]
    one = run(capsys, "extract", *paths, "--jobs", "1")
    two = run(capsys, "extract", *paths, "--jobs", "2")
    assert one == two
    assert one[0] == 0 and len(json_lines(one[1])) == 2 * SAMPLE_ROWS


def test_jobs_keep_order_and_errors(capsys: pytest.CaptureFixture[str], copies: list[Path],
                                    tmp_path: Path) -> None:
    bad = make_bad(tmp_path, "bad.txt", b"")
    args = [str(copies[0]), str(bad), str(copies[1])]
    one = run(capsys, "extract", *args, "--jobs", "1")
    two = run(capsys, "extract", *args, "--jobs", "3")
    assert one == two and one[0] == 1
    sources = [r["source"] for r in json_lines(one[1])]
    assert sources == [str(copies[0])] * SAMPLE_ROWS + [str(copies[1])] * SAMPLE_ROWS


USAGE_ERRORS = {
    "bad period": ["extract", "x.txt", "--period", "2025Q5"],
    "zero jobs": ["extract", "x.txt", "--jobs", "0"],
    "no report": ["extract"],
    "bad format": ["extract", "x.txt", "--format", "xml"],
    "no command": [],
    "unknown command": ["frobnicate"],
    "bad output suffix": ["at-risk", "-o", "out.pdf"],
    "bad tolerance": ["at-risk", "--tolerance", "2"],
}


@pytest.mark.parametrize("argv", USAGE_ERRORS.values(), ids=USAGE_ERRORS.keys())
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "usage:" in err and "Traceback" not in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"zqmetrics {__version__}\n")


# --- at-risk ------------------------------------------------------------------------------------


def test_at_risk_defaults_to_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "at-risk")
    assert code == 0
    assert err.startswith("zqmetrics: 未指定报告，使用示例报告 ") and "jinan-shizhong-2025q2.txt" in err
    assert out.startswith("【示例报告】") and "共108项任务" in out and "【滞后】" in out


def test_tolerance_relaxes_the_rule(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    strict, loose = tmp_path / "strict.csv", tmp_path / "loose.csv"
    assert run(capsys, "at-risk", "-o", str(strict))[0] == 0
    assert run(capsys, "at-risk", "-o", str(loose), "--tolerance", "10%")[0] == 0
    count = [len(strict.read_text("utf-8-sig").splitlines()),
             len(loose.read_text("utf-8-sig").splitlines())]
    assert count[1] < count[0]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".md", ".html"])
def test_at_risk_writes_files(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                              suffix: str) -> None:
    path = tmp_path / f"out{suffix}"
    code, out, err = run(capsys, "at-risk", str(sample_path()), "-o", str(path))
    assert (code, out) == (0, "")
    assert f"已写入 {path}" in err
    assert path.stat().st_size > 0
    if suffix == ".xlsx":
        assert len(openpyxl.load_workbook(path).sheetnames) == 5  # four sheets and the chart
    else:
        assert "区发展改革局" in path.read_text(encoding="utf-8-sig")


def test_at_risk_several_reports_and_a_bad_one(capsys: pytest.CaptureFixture[str],
                                               copies: list[Path], tmp_path: Path) -> None:
    path = tmp_path / "both.csv"
    bad = make_bad(tmp_path, "bad.txt", b"")
    code, _, err = run(capsys, "at-risk", str(copies[0]), str(bad), str(copies[1]),
                       "-o", str(path), "--jobs", "2")
    assert code == 1
    assert f"zqmetrics: {bad}: the report is empty" in err
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    sources = [r["来源"] for r in rows]
    assert sources[: len(rows) // 2] == [str(copies[0])] * (len(rows) // 2)
    assert set(sources) == {str(copies[0]), str(copies[1])}


def test_at_risk_unwritable_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "at-risk", "-o", str(tmp_path / "no" / "such" / "x.csv"))
    assert code == 1
    assert err.startswith("zqmetrics: ") and "cannot write" in err and "Traceback" not in err


def test_at_risk_all_bad(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "at-risk", str(tmp_path / "nope.txt"))
    assert (code, out) == (1, "")
    assert err == f"zqmetrics: {tmp_path / 'nope.txt'}: no such file\n"


# --- end to end ---------------------------------------------------------------------------------


def zqmetrics(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zqmetrics", *argv], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, check=False)


def test_module_extract_end_to_end() -> None:
    done = zqmetrics("extract", str(sample_path()))
    assert done.returncode == 0, done.stderr
    records = json_lines(done.stdout)
    assert len(records) == SAMPLE_ROWS and all(CONTRACT_KEYS <= r.keys() for r in records)


def test_module_bad_file_end_to_end(tmp_path: Path) -> None:
    bad = make_bad(tmp_path, "bad.txt", b"\x00" * 100)
    done = zqmetrics("extract", str(bad))
    assert done.returncode == 1
    assert done.stdout == ""
    reason = "binary data (NUL bytes), not a text report"
    assert done.stderr.splitlines() == [f"zqmetrics: {bad}: {reason}"]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stream", [io.StringIO(), FakeTerminal()], ids=["pipe", "terminal"])
def test_progress_bar_only_on_a_terminal(copies: list[Path], stream: io.StringIO) -> None:
    from zqmetrics.batch import Item, Job, results

    items = [Item(str(p)) for p in copies] + [Item("x*", "no file matches this pattern")]
    results = list(results(items, lambda i: Job("extract", i.path, None), 1, stream,
                           progress_after=0))
    assert [r.path for r in results] == [str(copies[0]), str(copies[1]), "x*"]
    assert "zqmetrics: x*: no file matches this pattern\n" in stream.getvalue()
    bar = "file" in stream.getvalue().replace("zqmetrics: x*: no file matches", "")
    assert bar == isinstance(stream, FakeTerminal)


# --- notices, --strict, --lang, Word (issue 12) -------------------------------------------------


def _untitled(tmp_path: Path) -> Path:
    """The sample's table without its title: no period can be found."""
    lines = sample_path().read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("|"))
    path = tmp_path / "untitled.txt"
    path.write_text("\n".join(lines[start:]) + "\n", encoding="utf-8")
    return path


def test_period_override_prints_a_notice(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "at-risk", str(sample_path()), "--period", "2025Q3")
    assert code == 0
    assert "报告标题中的报告期为 2025Q2，按 --period 改为 2025Q3" in err


def test_missing_period_warns_and_strict_refuses(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    path = _untitled(tmp_path)
    code, out, err = run(capsys, "at-risk", str(path))
    assert code == 0 and out
    assert err.count("未能从报告中识别报告期") == 1
    code, out, err = run(capsys, "at-risk", str(path), "--strict")
    assert (code, out) == (1, "")
    assert "未能从报告中识别报告期" in err and "--strict 下不接受上述假设" in err


def test_strict_accepts_a_clean_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "at-risk", str(sample_path()), "--strict")
    assert code == 0 and "【滞后】" in out


def test_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "at-risk", "--lang", "en")
    assert code == 0 and "no report given: using the bundled sample report" in err
    assert out.startswith("[sample report]") and "lagging (moderate)" in out


def test_docx_per_unit(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import docx

    path = tmp_path / "通报.docx"
    code, _, err = run(capsys, "at-risk", "-o", str(path), "--per-unit")
    assert code == 0 and "已写入" in err
    document = docx.Document(str(path))
    # one sheet per unit with a task at risk: 15 -> 14 since the alignment ablation (README)
    # changed the sample's statuses
    assert sum(p.text == "【示例报告】督办单" for p in document.paragraphs) == 16  # 15, then 14 and 16: README, alignment ablation


_BLAS_PROBE = ("import os, zqmetrics.cli as cli; cli._settle_imports(); "
               "print(os.environ.get('OPENBLAS_NUM_THREADS'), os.environ.get('OMP_NUM_THREADS'))")


@pytest.mark.parametrize(("given", "expected"), [
    ({}, "1 None"),                              # no setting: one BLAS thread for the command
    ({"OPENBLAS_NUM_THREADS": "2"}, "2 None"),   # the user's number is kept
    ({"OMP_NUM_THREADS": "3"}, "None 3"),        # so is one given through OpenMP's variable
])
def test_the_command_starts_one_blas_thread_unless_told(given: dict[str, str],
                                                          expected: str) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "GOTO_NUM_THREADS",
                        "MKL_NUM_THREADS")}
    env.update(given, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    done = subprocess.run([sys.executable, "-c", _BLAS_PROBE], env=env, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == expected
