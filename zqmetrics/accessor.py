"""``df.zq``: the pipeline as a pandas accessor.

Registered when this module is imported (``import zqmetrics.accessor``); importing ``zqmetrics``
alone does not load pandas. Every method returns a new frame and leaves the caller's alone.

>>> import zqmetrics.accessor
>>> from zqmetrics.read.reader import read_report, sample_path
>>> df = read_report(sample_path())
>>> assessed = df.zq.assess()
>>> sorted(set(assessed.columns) - set(df.columns))[:4]
['actuals', 'assessments', 'completion', 'expected']
>>> "status" in df.columns  # the caller's frame is untouched
False
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from zqmetrics.deliver.tables import targets_table
from zqmetrics.extraction.rows import extract
from zqmetrics.judge.assessment import assess, at_risk

__all__ = ["ZqAccessor", "quantity_series"]


def _extracted(frame: pd.DataFrame) -> pd.DataFrame:
    if "targets" in frame.columns:
        return frame
    return extract(frame)


def quantity_series(frame: pd.DataFrame) -> pd.Series:
    """Each target's quantity as a pint Quantity (Decimal magnitude), one entry per target.

    Indexed by (the frame's row label, the target's number in its row), so analysts can convert:
    ``quantity_series(df).map(lambda q: q.to("yi_yuan"))`` for the money targets. Targets are
    extracted first when the frame has none yet.
    """
    work = _extracted(frame)
    labels, numbers, values = [], [], []
    for label, targets in zip(work.index, work["targets"], strict=False):
        for number, target in enumerate(targets if isinstance(targets, (list, tuple)) else []):
            labels.append(label)
            numbers.append(number)
            values.append(target.quantity.to_pint())
    index = pd.MultiIndex.from_arrays([labels, numbers], names=[work.index.name or "row", "target"])
    return pd.Series(values, index=index, dtype=object, name="quantity")


@pd.api.extensions.register_dataframe_accessor("zq")
class ZqAccessor:
    """Methods on a frame shaped like ``read_report``'s (at least a ``task`` column)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        if "task" not in frame.columns:
            raise AttributeError(
                "df.zq needs a report frame with a 'task' column (and 'progress'): "
                "make one with zqmetrics.read.read_report or from_frame")
        self._frame = frame

    def extract(self) -> pd.DataFrame:
        """A new frame with ``targets``, ``actuals`` and ``extract_issue``."""

        return extract(self._frame)

    def assess(self, period: str | None = None, **kwargs: Any) -> pd.DataFrame:
        """A new frame with a status per task (see :func:`zqmetrics.judge.assessment.assess`)."""

        return assess(self._frame, period, **kwargs)

    def at_risk(self, period: str | None = None, **kwargs: Any) -> pd.DataFrame:
        """The lagging and not-started tasks with ``lead_unit`` (see :func:`~zqmetrics.assessment.at_risk`)."""

        return at_risk(self._frame, period, **kwargs).copy()

    def targets(self, period: str | None = None, **kwargs: Any) -> pd.DataFrame:
        """One row per target with its best figure and judgement (see ``tables.targets_table``)."""

        frame = self._frame
        if "status" not in frame.columns:
            frame = self.assess(period, **kwargs)
        return targets_table(frame)

    def quantities(self) -> pd.Series:
        """The targets as pint Quantities (see :func:`quantity_series`)."""
        return quantity_series(self._frame)
