"""Properties of the pipe-table reader under the ways web and PDF copies damage a table.

Generated wide tables (header words drawn from the header lexicon, a role per column) are written
with their damage: no closing bar, outer bars, blank lines between rows, cells broken over lines,
spaced-out header words, an article before the table, a footer after it, section rows without
序号, trailing empty columns, a unit line, a group header line above the header, a merged group
column, no header at all. Whatever the damage, every task row is read (none lost), with its task in the task cell.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zqmetrics.read.columns import header_lexicon
from zqmetrics.read.reader import read_report

_SETTINGS = settings(max_examples=40, deadline=None)
_DAMAGE = ("noclose", "outer", "blank", "break", "spaced_header", "article", "footer",
           "sections", "trailing", "unit_line", "group_header", "merged_group", "no_header")
# Roles beside the task, and a cell of each (short, as the corpus tables hold them).
_CELLS = {
    "progress": "已完成{n}%，正在推进。",
    "units": "县教育局、县财政局",
    "target": "{n}个",
    "unit": "亿元",
    "actual": "{n}",
    "ratio": "{n}%",
    "status": "未达序",
    "plan": "下一步加快推进施工。",
    "contact": "0731-8888{n}",
}
_NAMES = st.text(st.sampled_from("甲乙丙丁戊庚辛壬癸山水木禾田林草花果"), min_size=3, max_size=8)


def _words(role: str) -> list[str]:
    return sorted(w for w, r in header_lexicon().items() if r == role)


@st.composite
def _tables(draw: st.DrawFn) -> tuple[str, list[str]]:
    roles = draw(st.lists(st.sampled_from(sorted(_CELLS)), min_size=1, max_size=4, unique=True))
    numbered = draw(st.booleans())
    damage = set(draw(st.lists(st.sampled_from(_DAMAGE), max_size=3, unique=True)))
    header = [draw(st.sampled_from(_words("task"))), *(draw(st.sampled_from(_words(r)))
                                                       for r in roles)]
    if len(set(header)) < len(header):
        header = ["重点任务", *header[1:]] if header[0] in header[1:] else header
    tasks = draw(st.lists(_NAMES, min_size=3, max_size=9, unique=True))
    tasks = [f"{t}工程" for t in tasks]
    rows = [[t, *(_CELLS[r].format(n=10 + k) for r in roles)] for k, t in enumerate(tasks)]
    if numbered:
        header = ["序号", *header]
        rows = [[str(k), *r] for k, r in enumerate(rows, 1)]
    if "merged_group" in damage:  # named as a group, or like a task (重点任务 over indicators)
        name = draw(st.sampled_from(["类别", "重点任务", "一级指标"]))
        name = "类别" if name in header else name
        at = draw(st.integers(0, int(numbered)))  # before the 序号, or after it (序号 | 类别 | …)
        header = [*header[:at], name, *header[at:]]
        rows = [[*r[:at], f"第{k // 3 + 1}类" if k % 3 == 0 else "", *r[at:]]
                for k, r in enumerate(rows)]
    if "break" in damage:  # the last cell of each row runs over two lines
        rows = [[*r[:-1], r[-1][:2] + "\n" + r[-1][2:]] if len(r[-1]) > 3 else r for r in rows]
    width = len(header)
    if "spaced_header" in damage:
        header = [" ".join(h) if len(h) <= 4 else h for h in header]
    lines = [" | ".join(header) + " |"]
    for k, r in enumerate(rows):
        if "sections" in damage and k in (0, len(rows) // 2):
            lines.append(("一、经济发展类" if k == 0 else "二、社会民生类") + " |")
        line = " | ".join(r) + " |"
        lines.append(line + "  |  |" if "trailing" in damage else line)
    if "no_header" in damage:
        lines = lines[1:]
    if "group_header" in damage and "no_header" not in damage:
        lines.insert(0, " | ".join(["基本情况"] * 2 + ["进展情况"] * (width - 2)) + " |")
    if "noclose" in damage:
        lines = [x[:-2] if x.endswith(" |") else x for x in lines]
    if "outer" in damage:
        lines = ["| " + x for x in lines]
    if "unit_line" in damage:
        lines.insert(0, "单位：万元、%")
    text = "\n".join(["2023年重点工作进展情况表", *lines])
    if "blank" in damage:
        text = text.replace("\n", "\n\n")
    if "article" in damage:
        text = "今年以来，各项重点工作有序推进。截至8月底，全市经济运行总体平稳。\n附件\n" + text
    if "footer" in damage:
        text += "\n注：以上数据为快报数。\n（责任编辑：王五）"
    return text, tasks


@_SETTINGS
@given(_tables())
def test_a_damaged_pipe_table_keeps_every_row(table: tuple[str, list[str]]) -> None:
    text, tasks = table
    got = [str(t) for t in read_report(text)["task"]]
    missing = [t for t in tasks if not any(g.replace("\n", "").startswith(t) for g in got)]
    assert not missing, (missing, got)
