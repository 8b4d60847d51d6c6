"""zqmetrics: numbers an analyst can trust, from Chinese work-plan progress reports.

The public API is small and loads nothing heavy at import: pandas, the pint registry and
the lexicons load on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# name -> module that defines it; resolved lazily by __getattr__ (PEP 562).
_EXPORTS = {
    "read_report": "zqmetrics.read",
    "from_frame": "zqmetrics.read",
    "quantities": "zqmetrics.quantity",
    "extract_targets": "zqmetrics.extraction",
    "extract_actuals": "zqmetrics.extraction",
    "extract": "zqmetrics.pipeline",
    "assess": "zqmetrics.assessment",
    "at_risk": "zqmetrics.assessment",
    "Quantity": "zqmetrics.types",
    "Target": "zqmetrics.types",
    "Actual": "zqmetrics.types",
    "ZqError": "zqmetrics.errors",
    "ReportReadError": "zqmetrics.errors",
}

__all__ = sorted(_EXPORTS) + ["__version__", "plot"]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        # Read from the installed metadata (the version lives in pyproject.toml only), on demand:
        # importlib.metadata costs more at import than everything else here.
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("zqmetrics")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    if name == "plot":  # zq.plot.completion(...): charts, matplotlib loaded on first use
        value = import_module("zqmetrics.deliver.plot")
        globals()[name] = value
        return value
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'zqmetrics' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover
    from zqmetrics.assessment import assess, at_risk  # noqa: F401
    from zqmetrics.errors import ReportReadError, ZqError  # noqa: F401
    from zqmetrics.extraction import extract_actuals, extract_targets  # noqa: F401
    from zqmetrics.pipeline import extract  # noqa: F401
    from zqmetrics.quantity import quantities  # noqa: F401
    from zqmetrics.read import from_frame, read_report  # noqa: F401
    from zqmetrics.types import Actual, Quantity, Target  # noqa: F401
