"""A report frame's rows as records, built column by column.

``DataFrame.to_dict("records")`` walks every cell through pandas' boxing function; on a report
frame (tens of object columns) that was a quarter of the pipeline's time. Here each column is
turned into a list once, and only values that are not already plain Python (numpy scalars in an
object column) go through the same boxing, so the records are those ``to_dict`` gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

# Types whose values boxing leaves as they are (it converts numpy scalars only).
_PLAIN = frozenset({str, list, dict, tuple, type(None), float, int, bool})


def _whole(dtype: Any, np: Any, pd: Any) -> bool:
    """Whether an object copy of a column of ``dtype`` gives the values boxing gives."""
    if isinstance(dtype, np.dtype):
        return dtype.kind in "biufO"
    return isinstance(dtype, (pd.StringDtype, pd.Int64Dtype))


def row_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """``frame.to_dict("records")``, the same values, faster."""
    if not frame.columns.is_unique:
        return frame.to_dict("records")  # pandas warns and keeps the last: its own path says so
    import numpy as np  # lazy: the pandas import is the caller's
    import pandas as pd
    from pandas.core.dtypes.cast import maybe_box_native

    columns = frame.columns.tolist()
    # Every column taken out of a frame deep-copies the frame's attrs (a report's warnings and
    # periods): a view without them shares the same data (copy on write) and costs no copy.
    bare = pd.DataFrame(frame, copy=False) if frame.attrs else frame
    dtypes = bare.dtypes.tolist()
    if all(_whole(d, np, pd) for d in dtypes):
        # The frames of the pipeline (text, objects, Int64, numpy numbers) in one pass over the
        # frame rather than one Series per column (40 columns of a few rows cost 0.4 ms): an
        # object copy keeps objects and text as they are, gives numpy numbers as Python ones,
        # and Int64's missing value as pd.NA, which boxing gives as None.
        rows = bare.to_numpy(dtype=object).tolist()
        masked = [k for k, d in enumerate(dtypes) if isinstance(d, pd.Int64Dtype)]
        plain = _PLAIN
        for row in rows:
            for k in masked:
                if row[k] is pd.NA:
                    row[k] = None
            if not plain.issuperset(map(type, row)):  # a numpy scalar in an object column
                row[:] = [v if type(v) in plain else maybe_box_native(v) for v in row]
        return [dict(zip(columns, row, strict=True)) for row in rows]
    values: list[list[Any]] = []
    # items() takes each column by position, as iloc[:, k] does, without the indexer's
    # validation (about 20 us a column, most of this function on a small report)
    for _, column in bare.items():
        if isinstance(column.dtype, np.dtype) and column.dtype.kind in "biuf":
            # numeric numpy columns: tolist gives Python scalars, as iterating the column does
            # (masked Int64 and the like go the boxing way: their missing value boxes to None)
            values.append(column.tolist())
        else:
            # an object column's values as they are (iterating the column would fetch each one
            # through a method call); an extension column as iterating it gives them
            if column.dtype == object:
                raw = column.to_numpy().tolist()
            elif isinstance(column.dtype, pd.StringDtype):
                # the reader's text columns: their missing value is the one to_numpy gives
                raw = column.to_numpy(na_value=column.dtype.na_value).tolist()
            else:
                raw = list(column)
            plain = _PLAIN
            values.append([v if type(v) in plain else maybe_box_native(v) for v in raw])
    if not values:
        return [{} for _ in range(len(frame))]
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]


def with_columns(frame: pd.DataFrame, columns: dict[str, list[Any]]) -> pd.DataFrame:
    """A copy of ``frame`` with ``columns`` set, as ``out = frame.copy(); out[k] = v`` for each.

    Setting a dozen columns one by one grows the frame a column at a time (about 60 us each, with
    a new column index and block placement every time): the new ones are built as one frame, with
    the same inference of each list's dtype, and joined once; a column the frame already has is
    set in its place as before. Frames a join could misalign (a repeated label) go the plain way.
    """
    import pandas as pd  # lazy: the caller's frame has loaded pandas already

    fresh = [k for k in columns if k not in frame.columns]
    if (not fresh or len(frame) == 0 or not frame.columns.is_unique or not frame.index.is_unique
            or isinstance(frame.columns, pd.MultiIndex)):
        out = frame.copy()
    else:
        added = pd.DataFrame({k: columns[k] for k in fresh}, index=frame.index)
        # the frame's attrs and flags carried over as copy() carries them (a join keeps none)
        out = pd.concat([frame, added], axis=1).__finalize__(frame, method="copy")
        columns = {k: v for k, v in columns.items() if k not in fresh}
    for key, values in columns.items():
        out[key] = values
    return out
