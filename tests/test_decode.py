"""Decoding report bytes: BOMs, UTF-8, UTF-16 without a BOM, GB18030, and what is not text.

The long text is the bundled sample report, re-encoded at test time; the short texts are phrases
from it, short enough that charset-normalizer alone would guess big5 or cp949 for some of them.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from zqmetrics.errors import DecodeError, ReportNotFoundError, ReportReadError
from zqmetrics.read.decode import DecodedText, decode_bytes, read_text
from zqmetrics.read.reader import sample_path

SAMPLE = sample_path().read_text(encoding="utf-8")

# codec used to write the sample → encoding decode_bytes reports
SAMPLE_ENCODINGS = [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("utf-16", "utf-16-le"),  # Python writes a BOM and little-endian
    ("utf-16-le", "utf-16-le"),  # no BOM: found by where the NUL bytes sit
    ("utf-16-be", "utf-16-be"),
    ("gb18030", "gb18030"),
    ("gbk", "gb18030"),  # GB18030 is a superset of GBK
]

SHORT_GB_TEXTS = [
    "重点任务推进情况",
    "区财政局",
    "完成土地收储1410亩。",
    "市中区2025年第二季度",
    "新增城镇就业2万人",
    "一是二季度，城市低保1200户",
]

LINE_ENDINGS = [
    ("a\nb", "a\nb"),
    ("a\r\nb", "a\nb"),
    ("a\rb", "a\nb"),
    ("a\r\n\r\nb\r", "a\n\nb\n"),
    ("a\n\rb", "a\n\nb"),
]

_rng = random.Random(20250630)
NOT_TEXT = [
    ("random-4k", _rng.randbytes(4096)),
    ("random-64", _rng.randbytes(64)),
    ("random-no-nul", bytes(b for b in _rng.randbytes(4096) if b)),
    ("png-header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _rng.randbytes(200)),
    ("control-chars", b"\x01\x02\x03\x04\x05\x06\x07\x08 abc " * 20),
    ("bad-utf16-after-bom", b"\xff\xfe\x00\xd8\x41\x00"),
]


@pytest.mark.parametrize(("codec", "reported"), SAMPLE_ENCODINGS,
                         ids=[c for c, _ in SAMPLE_ENCODINGS])
def test_sample_in_each_encoding(codec: str, reported: str) -> None:
    decoded = decode_bytes(SAMPLE.encode(codec))
    assert decoded == DecodedText(SAMPLE, reported, "<bytes>")


@pytest.mark.parametrize("text", SHORT_GB_TEXTS)
@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
def test_short_gb_text_is_gb18030(codec: str, text: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


@pytest.mark.parametrize(("raw", "expected"), LINE_ENDINGS, ids=[repr(r) for r, _ in LINE_ENDINGS])
def test_line_endings_are_normalised(raw: str, expected: str) -> None:
    assert decode_bytes(raw.encode("utf-8")).text == expected


def test_only_line_endings_are_normalised() -> None:
    raw = "１２３\u00a0亩\u3000—～"  # full-width digits, NBSP, ideographic space, dashes: kept
    assert decode_bytes(raw.encode("gb18030")).text == raw


def test_empty_bytes_give_empty_text() -> None:
    assert decode_bytes(b"", "empty.txt") == DecodedText("", "utf-8", "empty.txt")


@pytest.mark.parametrize(("name", "data"), NOT_TEXT, ids=[n for n, _ in NOT_TEXT])
def test_not_text_raises_decode_error(name: str, data: bytes) -> None:
    with pytest.raises(DecodeError, match=re.escape(f"{name}.bin")):
        decode_bytes(data, f"{name}.bin")


def test_read_text_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(NOT_TEXT[0][1])
    with pytest.raises(DecodeError) as caught:
        read_text(path)
    assert str(path) in str(caught.value)
    assert caught.value.source == str(path)


def test_read_text_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes("序号 | 重点任务\r\n1 | 完成\r\n".encode("gb18030"))
    assert read_text(path) == DecodedText("序号 | 重点任务\n1 | 完成\n", "gb18030", str(path))


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    with pytest.raises(ReportNotFoundError, match=r"missing\.txt"):
        read_text(path)


def test_missing_file_is_a_file_not_found_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_text(tmp_path / "missing.txt")


def test_directory_is_not_a_report(tmp_path: Path) -> None:
    with pytest.raises(ReportReadError, match="directory"):
        read_text(tmp_path)


def test_decode_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        decode_bytes(NOT_TEXT[0][1])
