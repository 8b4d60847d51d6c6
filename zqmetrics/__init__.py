"""zqmetrics: numbers an analyst can trust, from Chinese work-plan progress reports.

The public API is small and loads nothing heavy at import: pandas, the pint registry and
the lexicons load on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# name -> module that defines it; resolved lazily by __getattr__ (PEP 562).
_EXPORTS = {
    "read_report": "zqmetrics.read.reader",
    "from_frame": "zqmetrics.read.reader",
    "quantities": "zqmetrics.text.quantity",
    "extract_targets": "zqmetrics.extraction.targets",
    "extract_actuals": "zqmetrics.extraction.actuals",
    "extract": "zqmetrics.extraction.rows",
    "assess": "zqmetrics.judge.assessment",
    "at_risk": "zqmetrics.judge.assessment",
    "Quantity": "zqmetrics.types",
    "Target": "zqmetrics.types",
    "Actual": "zqmetrics.types",
    "ZqError": "zqmetrics.errors",
    "ReportReadError": "zqmetrics.errors",
}

# Modules reachable as attributes (zq.history.load(db), zq.plot.completion(assessed)) without an
# import of their own; matplotlib loads on the first chart only.
_SUBPACKAGES = {"history": "zqmetrics.history", "plot": "zqmetrics.deliver.plot"}

__all__ = sorted(_EXPORTS) + ["__version__", *_SUBPACKAGES]


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        return import_module(_SUBPACKAGES[name])
    if name == "__version__":
        # Read from the installed metadata (the version lives in pyproject.toml only), on demand:
        # importlib.metadata costs more at import than everything else here.
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("zqmetrics")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'zqmetrics' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover
    from zqmetrics.errors import ReportReadError, ZqError  # noqa: F401
    from zqmetrics.extraction.actuals import extract_actuals  # noqa: F401
    from zqmetrics.extraction.rows import extract  # noqa: F401
    from zqmetrics.extraction.targets import extract_targets  # noqa: F401
    from zqmetrics.judge.assessment import assess, at_risk  # noqa: F401
    from zqmetrics.read.reader import from_frame, read_report  # noqa: F401
    from zqmetrics.text.quantity import quantities  # noqa: F401
    from zqmetrics.types import Actual, Quantity, Target  # noqa: F401
