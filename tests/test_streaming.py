"""The streaming command line and the cold path (issue 15).

- ``extract`` writes records as their rows are judged, not after the whole file;
- ``--jobs`` is chosen by the work: a small batch stays in one process, a big file is split by
  rows across the workers, and every way of running gives the same output, in input order;
- the cold path needs neither pint (same-kind units are compared from ``units.txt`` as data) nor
  the installed metadata (``--version`` is read when asked).
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import zqmetrics.batch as batch
from zqmetrics.cli import main
from zqmetrics.read.reader import sample_path
from zqmetrics.text.lexicon import mapping
from zqmetrics.text.units import _dimensions, commensurable, dimension, registry

SAMPLE_ROWS = 108
ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def baseline() -> tuple[int, str, str]:
    path = str(sample_path())
    return run("extract", path, path, "--jobs", "1")


# --- streaming ------------------------------------------------------------------------------------


class Watch(io.StringIO):
    """An output that notes how many row chunks had been judged at each write."""

    def __init__(self, judged: list[int]) -> None:
        super().__init__()
        self.judged = judged
        self.at_write: list[int] = []

    def write(self, s: str) -> int:
        self.at_write.append(self.judged[0])
        return super().write(s)


def test_extract_writes_records_before_the_file_is_done(monkeypatch: pytest.MonkeyPatch) -> None:
    judged = [0]
    real = batch.records

    def counting(frame, period=None):  # type: ignore[no-untyped-def]
        judged[0] += 1
        return real(frame, period=period)

    monkeypatch.setattr(batch, "records", counting)
    monkeypatch.setattr(batch, "CHUNK_ROWS", 10)
    out = Watch(judged)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(["extract", str(sample_path()), "--jobs", "1"]) == 0
    assert len(out.getvalue().splitlines()) == SAMPLE_ROWS
    assert out.at_write[0] == 1  # the first record went out after the first chunk only
    assert judged[0] == 11  # 108 rows in chunks of 10


@pytest.mark.parametrize("chunk", [1, 7, 500])
def test_chunked_records_equal_the_whole(monkeypatch: pytest.MonkeyPatch,
                                         baseline: tuple[int, str, str], chunk: int) -> None:
    monkeypatch.setattr(batch, "CHUNK_ROWS", chunk)
    path = str(sample_path())
    assert run("extract", path, path, "--jobs", "1") == baseline


# --- --jobs chosen by the work ---------------------------------------------------------------------


def test_a_small_batch_stays_in_one_process() -> None:
    jobs = [batch.Job("extract", str(sample_path()), None)] * 3
    assert batch.plan(jobs, None) == 1
    assert batch.plan(jobs, 8) == 1


def test_a_large_batch_uses_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = [batch.Job("extract", str(sample_path()), None)] * 3
    monkeypatch.setattr(batch, "PARALLEL_BYTES", 1)
    assert batch.plan(jobs, 2) == 2
    assert batch.plan(jobs, 1) == 1


def test_a_big_file_is_split_only_when_jobs_are_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = [batch.Job("extract", str(sample_path()), None)]
    monkeypatch.setattr(batch, "PARALLEL_BYTES", 1)
    monkeypatch.setattr(batch, "SPLIT_BYTES", 1)
    assert batch.plan(jobs, None) == 1  # one file, nobody asked: one process
    assert batch.plan(jobs, 2) == 2


def test_worker_processes_give_the_same_output(monkeypatch: pytest.MonkeyPatch,
                                               baseline: tuple[int, str, str]) -> None:
    monkeypatch.setattr(batch, "PARALLEL_BYTES", 1)
    path = str(sample_path())
    assert run("extract", path, path, "--jobs", "2") == baseline


def test_a_big_file_split_by_rows_gives_the_same_output(monkeypatch: pytest.MonkeyPatch,
                                                        baseline: tuple[int, str, str]) -> None:
    monkeypatch.setattr(batch, "PARALLEL_BYTES", 1)
    monkeypatch.setattr(batch, "SPLIT_BYTES", 1)
    monkeypatch.setattr(batch, "CHUNK_ROWS", 25)
    path = str(sample_path())
    assert run("extract", path, path, "--jobs", "2") == baseline


def test_split_keeps_order_and_errors(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    args = [str(sample_path()), str(bad), str(sample_path())]
    one = run("extract", *args, "--jobs", "1")
    monkeypatch.setattr(batch, "PARALLEL_BYTES", 1)
    monkeypatch.setattr(batch, "SPLIT_BYTES", 1)
    monkeypatch.setattr(batch, "CHUNK_ROWS", 40)
    assert run("extract", *args, "--jobs", "2") == one
    assert one[0] == 1 and one[2].count("\n") == 1


def test_at_risk_split_by_rows_gives_the_same_list(monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(sample_path())
    one = run("at-risk", path, "--jobs", "1")
    monkeypatch.setattr(batch, "PARALLEL_BYTES", 1)
    monkeypatch.setattr(batch, "SPLIT_BYTES", 1)
    monkeypatch.setattr(batch, "CHUNK_ROWS", 30)
    assert run("at-risk", path, "--jobs", "2") == one
    assert one[0] == 0 and one[1]


def test_csv_streams_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "CHUNK_ROWS", 9)
    code, out, _ = run("extract", str(sample_path()), "--format", "csv", "--jobs", "1")
    assert code == 0 and len(out.splitlines()) == SAMPLE_ROWS + 1


# --- units compared as data -----------------------------------------------------------------------


def unit_names() -> list[str]:
    return sorted(set(_dimensions()) | set(mapping("units.tsv")))


@pytest.mark.parametrize("unit", unit_names())
def test_dimension_from_data_matches_pint(unit: str) -> None:
    name = mapping("units.tsv").get(unit) or unit
    try:
        expected = str(registry()(name).dimensionality)
    except Exception:  # noqa: BLE001 -- a name pint cannot read has no dimension
        expected = ""
    assert dimension(unit) == expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("人", "户", False), ("家", "个", False), ("亩", "公顷", True), ("元", "亿元", True),
    ("人", "火星", True),  # unknown: pint decides
])
def test_commensurable(a: str, b: str, expected: bool) -> None:
    assert commensurable(a, b) is expected


@pytest.mark.parametrize(("value", "unit", "to", "expected"), [
    (40, "名", "人", "40"),       # two names of one registry unit: the same amount
    (1.5, "公里", "千米", "1.5"),
    (3, "人", "人", "3"),
])
def test_convert_between_names_of_one_unit(value: float, unit: str, to: str, expected: str) -> None:
    from zqmetrics.text.units import convert

    assert convert(value, unit, to) == Decimal(expected)


def python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=True)
    return done.stdout.strip()


def test_at_risk_on_the_sample_imports_no_pint() -> None:
    code = ("import sys, io, contextlib\nfrom zqmetrics.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
            "    main(['at-risk'])\nprint('pint' in sys.modules)")
    assert python(code) == "False"


def test_parser_reads_no_metadata_until_version_is_asked() -> None:
    code = ("import sys\nfrom zqmetrics.cli import build_parser\nbuild_parser()\n"
            "print('importlib.metadata' in sys.modules)")
    assert python(code) == "False"
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("zqmetrics ")


def test_baseline_is_the_contract(baseline: tuple[int, str, str]) -> None:
    code, out, err = baseline
    records = [json.loads(line) for line in out.splitlines()]
    assert (code, err) == (0, "") and len(records) == 2 * SAMPLE_ROWS
