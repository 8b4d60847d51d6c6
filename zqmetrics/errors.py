"""The small error hierarchy.

Only unusable *input* raises; odd text never does. Each class also subclasses the builtin a caller
would naturally catch, so ``except ValueError`` keeps working for code that knows nothing of us.
"""

from __future__ import annotations


class ZqError(Exception):
    """Base class of every error zqmetrics raises on purpose."""


class ReportReadError(ZqError, ValueError):
    """A report cannot be used at all: it cannot be decoded, or holds no task table."""

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class ReportNotFoundError(ReportReadError, FileNotFoundError):
    """The report path does not exist."""


class DecodeError(ReportReadError, UnicodeError):
    """The bytes are in none of the encodings Chinese government files come in."""


class NoTableError(ReportReadError):
    """The text holds nothing that looks like a task table."""


class PeriodError(ZqError, ValueError):
    """A report period such as ``2025Q2`` could not be understood."""
