"""Later reports of the bundled sample, written by editing a copy of its text, for history tests.

Each edit is a replacement that must apply exactly once, so a change to the sample fails here
loudly instead of quietly testing nothing. What each edit is for:

Q3 (2025年第三季度, from the Q2 sample):
- 3: the 7月底前 promise is reported done (kept); the 8月底前 one is still under way (not kept);
- 14: 1-9月份 5 → 6 家 of 10: was on track, now behind (newly_lagging);
- 41: 32 → 60 家 of 70, 72.8 → 100 亿元 of 130 by September: was lagging, now on track
  (recovered; row 28's bonds showed it until the alignment ablation of issue 11 read row 28's
  0.49亿元 as its figure);
- 36: 25.9 → 40.1 亿元 of 75 by September: still lagging;
- 27: only the period word changes (二季度 → 三季度), the figure stays: progress not updated;
- 93: a raised year-to-date figure; 98: a year-to-date figure that went down (4687 → 4500 户);
- 50 is dropped, so 51-108 are renumbered 50-107; the old 52 is also reworded;
- a new task 108 is added.
Q4 (第四季度, from Q3): 36 still behind (a third report in a row).
"""

from __future__ import annotations

import re
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "zqmetrics" / "data" / "jinan-shizhong-2025q2.txt"

NEW_TASK = ("108 | 推进城市生命线安全工程建设,完成燃气管网更新改造20公里。 | 截至目前,已完成燃气管网"
            "更新改造12公里。 | 持续推进燃气管网更新改造。 | 区住房城乡建设局 | 区住建局 51806000 |")

Q3_EDITS: tuple[tuple[str, str], ...] = (
    ("(2025年第二季度)", "(2025年第三季度)"),
    ("已完成土地性质调整预公示,", "7月25日已完成土地性质调整。土地出让工作正在推进中,尚未挂牌。已完成土地性质调整预公示,"),
    ("上半年新引进科创金融机构5家", "1-9月份新引进科创金融机构6家"),
    ("2025年上半年,新增外贸企业32家,预计可实现进出口额72.8亿元",
     "2025年1-9月份,新增外贸企业60家,预计可实现进出口额100亿元"),
    ("上半年省、市级重点项目完成投资25.9亿元。", "1-9月份省、市级重点项目完成投资40.1亿元。"),
    ("二季度完成土地储备入库20亩", "三季度完成土地储备入库20亩"),
    ("1-6月份,城镇新增就业完成15501人,完成全年任务的77%", "1-9月份,城镇新增就业完成18800人,完成全年任务的94%"),
    ("已完成供电“一户一表”改造4687户", "已完成供电“一户一表”改造4500户"),
    ("实施杆石桥、六里山、七里山等14个片区、130万平方米老旧小区改造工程。",
     "实施杆石桥、六里山、七里山等14个片区老旧小区改造工程,改造面积130万平方米。"),
)

Q4_EDITS: tuple[tuple[str, str], ...] = (
    ("(2025年第三季度)", "(2025年第四季度)"),
    ("1-9月份省、市级重点项目完成投资40.1亿元。", "1-11月份省、市级重点项目完成投资52.0亿元。"),
)


def edit(text: str, edits: tuple[tuple[str, str], ...]) -> str:
    for old, new in edits:
        count = text.count(old)
        assert count == 1, f"edit expects {old!r} once in the text, found {count}"
        text = text.replace(old, new)
    return text


def drop_and_renumber(text: str, dropped: int) -> str:
    """Remove task ``dropped`` (one physical line) and number the tasks after it one lower."""
    lines = text.split("\n")
    rows = [i for i, line in enumerate(lines) if line.startswith(f"{dropped} | ")]
    assert len(rows) == 1 and re.match(r"\d+ \| ", lines[rows[0] + 1]), "task must be one line"
    del lines[rows[0]]

    def lower(m: re.Match[str]) -> str:
        n = int(m[1])
        return f"{n - 1} | " if n > dropped else m[0]

    return "\n".join(re.sub(r"^(\d+) \| ", lower, line) for line in lines)


def add_task(text: str, line: str) -> str:
    footer = "扫码使用手机浏览本页内容"
    assert text.count(footer) == 1
    return text.replace(footer, line + "\n" + footer)


def q3_text() -> str:
    text = edit(SAMPLE.read_text(encoding="utf-8"), Q3_EDITS)
    return add_task(drop_and_renumber(text, 50), NEW_TASK)


def q4_text() -> str:
    return edit(q3_text(), Q4_EDITS)


def write_series(folder: Path) -> dict[str, Path]:
    """The sample (Q2) and its edited Q3 and Q4 in ``folder``."""
    paths = {"q2": folder / "shizhong-2025q2.txt", "q3": folder / "shizhong-2025q3.txt",
             "q4": folder / "shizhong-2025q4.txt"}
    paths["q2"].write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    paths["q3"].write_text(q3_text(), encoding="utf-8")
    paths["q4"].write_text(q4_text(), encoding="utf-8")
    return paths
