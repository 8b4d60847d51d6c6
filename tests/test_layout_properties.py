"""Properties of the layout readers: no generated row is lost in any layout; spans index the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zqmetrics import read_report
from zqmetrics.text.normalize import normalize

# Task names from characters that are no header word, office ending, enumerator or digit.
_NAME = st.text(st.sampled_from("甲乙丙丁戊庚辛壬癸山水木禾田林草花果"), min_size=3, max_size=10)
_ROW = st.tuples(_NAME, st.integers(1, 9999), st.integers(0, 9999))
_ROWS = st.lists(_ROW, min_size=2, max_size=12, unique_by=lambda r: r[0])
_SETTINGS = settings(max_examples=25, deadline=None)


def _tasks(text: str) -> list[str]:
    return list(read_report(text)["task"])


@_SETTINGS
@given(_ROWS)
def test_pipe_table_keeps_every_row(rows: list[tuple[str, int, int]]) -> None:
    lines = ["序号 | 重点任务 | 年度目标 | 完成 | 完成率 |"]
    lines += [f"{i} | {t} | {a} | {b} | {round(100 * b / a)}% |" for i, (t, a, b) in
              enumerate(rows, 1)]
    assert _tasks("\n".join(lines)) == [t for t, _, _ in rows]


@_SETTINGS
@given(_ROWS)
def test_vertical_pipe_keeps_every_row(rows: list[tuple[str, int, int]]) -> None:
    cells = ["序号", "重点任务", "年度目标", "完成", "完成率"]
    for i, (t, a, b) in enumerate(rows, 1):
        cells += [str(i), t, str(a), str(b), f"{round(100 * b / a)}%"]
    assert _tasks("\n".join(f"{c} |" for c in cells)) == [t for t, _, _ in rows]


@_SETTINGS
@given(_ROWS)
def test_paragraph_table_keeps_every_row(rows: list[tuple[str, int, int]]) -> None:
    cells = ["序号", "重点任务", "进展情况", "责任单位"]
    for i, (t, a, b) in enumerate(rows, 1):
        cells += [str(i), f"{t}{a}个", f"已完成{b}个。", "区发改委"]
    tasks = _tasks("\n\n".join(cells))
    assert tasks == [f"{t}{a}个" for t, a, _ in rows]


@_SETTINGS
@given(_ROWS)
def test_spaced_table_keeps_every_row(rows: list[tuple[str, int, int]]) -> None:
    lines = ["地区 年度计划 完成 完成率"]
    lines += [f"{t} {a} {b} {round(100 * b / a)}%" for t, a, b in rows]
    if len(rows) < 3:
        return  # a table of spaces needs three rows to be told from text
    assert _tasks("\n".join(lines)) == [t for t, _, _ in rows]


@_SETTINGS
@given(_ROWS)
def test_numbered_items_keep_every_item(rows: list[tuple[str, int, int]]) -> None:
    numerals = "一二三四五六七八九十"
    lines = []
    for i, (t, a, b) in enumerate(rows[:10]):
        lines += [f"{numerals[i]}、{t}{a}个", f"已完成{b}个。"]
    assert _tasks("\n".join(lines)) == [f"{t}{a}个" for t, a, _ in rows[:10]]


_PIECE = st.sampled_from(["新增", "2", " ", "\u00a0", "\u3000", "\n", "万", "亿元", "12", ".5",
                          "人", "&amp;", "\u200b", "亩", "，"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECE, max_size=20).map("".join))
def test_spans_index_the_input(text: str) -> None:
    n = normalize(text)
    for start in range(len(n.text) + 1):
        for end in range(start, len(n.text) + 1):
            a, b = n.span(start, end)
            assert 0 <= a <= b <= len(text)
    if "&" not in text:  # each folded character is the fold of the input it points at
        rebuilt = "".join(normalize(text[slice(*n.span(i, i + 1))]).text
                          for i in range(len(n.text)))
        assert rebuilt == n.text
