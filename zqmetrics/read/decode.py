"""Bytes to text: find the encoding a report file was saved in.

Chinese government files come as UTF-8 (with or without a BOM), UTF-16 (Excel's "Unicode text")
and GB18030 / GBK / GB2312 (older Windows exports; GB18030 decodes all three). The order of the
checks is the order in which a wrong answer is least likely:

1. a byte-order mark settles it;
2. NUL bytes mean UTF-16 without a BOM when they sit on one byte parity, binary data otherwise;
3. strict UTF-8 (random bytes almost never pass it);
4. strict GB18030 when the result is mostly CJK: charset-normalizer tends to guess big5 or cp949
   for short GB texts, which also decode but give nonsense;
5. charset-normalizer's guess for anything else.

Only line endings are normalised here. Full-width digits, NBSP and the like are folded by a later
stage that keeps an offset map, so the text must reach it as written.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

from zqmetrics.errors import DecodeError, ReportNotFoundError, ReportReadError
from zqmetrics.text.lazy import lazy_re

__all__ = ["DecodedText", "decode_bytes", "read_text"]


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from a file or from bytes, with the encoding that was used."""

    text: str
    encoding: str  # Python codec name, e.g. "utf-8", "utf-8-sig", "utf-16-le", "gb18030"
    source: str  # the path as given, or "<bytes>"


# Longest first is not needed: no BOM here is a prefix of another.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that do not occur in text: C0 except \t \n \v \f \r, DEL and C1.
# \x1a (the old DOS end-of-file mark) is tolerated: some exports still end with it.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.01

# What a GB-encoded Chinese document is made of besides ASCII: ideographs, CJK and full-width
# punctuation, general punctuation (“” — …), number forms (Ⅰ ①), symbols (℃ ㎡ ×), box drawing.
_CJKISH = lazy_re(
    r"[\u00b7\u00d7\u00f7\u2000-\u206f\u2100-\u218f\u2190-\u21ff\u2460-\u24ff\u2500-\u25ff"
    r"\u3000-\u303f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)
_NON_ASCII = lazy_re(r"[^\x00-\x7f]")
_MIN_CJK_SHARE = 0.8

# UTF-16 without a BOM: ASCII characters put a NUL in every other byte, so nearly all NULs share
# one parity (CJK characters such as 一 U+4E00 add a few on the other). Random binary data
# spreads them evenly.
_MIN_NUL_PARITY_SHARE = 0.8


def read_text(path: str | os.PathLike[str]) -> DecodedText:
    """Read a file and decode it; see the module docstring for the order of the checks.

    Raises ReportNotFoundError when the path does not exist, DecodeError when the bytes are not
    text in a known encoding. An empty file gives empty text.
    """
    p = Path(path)
    source = str(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ReportNotFoundError("no such file", source) from None
    except IsADirectoryError:
        raise ReportReadError("is a directory, not a report file", source) from None
    except OSError as exc:
        raise ReportReadError(f"cannot read file: {exc.strerror or exc}", source) from None
    return decode_bytes(data, source)


def decode_bytes(data: bytes, source: str | None = None) -> DecodedText:
    """Decode report bytes; ``source`` names them in errors (default ``"<bytes>"``)."""
    src = source or "<bytes>"
    if not data:
        return DecodedText("", "utf-8", src)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], encoding.removesuffix("-sig"))
            if text is None or _is_binary(text):
                message = f"has a {encoding} byte-order mark but is not {encoding} text"
                raise DecodeError(message, src)
            return _done(text, encoding, src)
    if b"\x00" in data:
        utf16 = _utf16_by_nul_parity(data)
        text = _strict(data, utf16) if utf16 else None
        if utf16 is None or text is None or _is_binary(text):
            raise DecodeError("binary data (NUL bytes), not a text report", src)
        return _done(text, utf16, src)
    text = _strict(data, "utf-8")
    if text is not None:
        if _is_binary(text):
            raise DecodeError("binary data (control characters), not a text report", src)
        return _done(text, "utf-8", src)
    text = _strict(data, "gb18030")
    if text is not None and _mostly_cjk(text) and not _is_binary(text):
        return _done(text, "gb18030", src)
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return _done(guess[0], guess[1], src)
    raise DecodeError("not text in UTF-8, UTF-16, GB18030 or another known encoding", src)


def _done(text: str, encoding: str, source: str) -> DecodedText:
    # \r\n first, so a Windows line ending becomes one newline, not two.
    return DecodedText(text.replace("\r\n", "\n").replace("\r", "\n"), encoding, source)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _is_binary(text: str) -> bool:
    return len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text)


def _mostly_cjk(text: str) -> bool:
    non_ascii = len(_NON_ASCII.findall(text))
    return non_ascii > 0 and len(_CJKISH.findall(text)) >= _MIN_CJK_SHARE * non_ascii


def _utf16_by_nul_parity(data: bytes) -> str | None:
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= _MIN_NUL_PARITY_SHARE * (even + odd):
        return "utf-16-le"  # 'A' is 41 00: the NUL comes second
    if even >= _MIN_NUL_PARITY_SHARE * (even + odd):
        return "utf-16-be"
    return None


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    # lazy: charset_normalizer is imported only for the rare file that is neither UTF-8 nor GB18030.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    if _is_binary(text):
        return None
    return text, codecs.lookup(best.encoding).name
