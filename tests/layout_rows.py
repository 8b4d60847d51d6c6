"""The one check behind the layout example tables: a text reads as a layout, and the row whose task
starts with the given words holds the given cells."""

from __future__ import annotations

from zqmetrics.read.reader import read_report


def assert_row(layout: str, text: str, task: str, cells: dict[str, str]) -> None:
    df = read_report(text)
    assert df.attrs["layout"] == layout
    rows = df[df["task"].str.startswith(task)]
    assert len(rows) == 1, list(df["task"])
    row = rows.iloc[0]
    for column, value in cells.items():
        assert str(row[column]).startswith(value), (column, row[column])
