"""Bad input: nothing lost, nothing crashes.

Generated tables go through the whole pipeline (read → extract → assess → records) and keep
their row count; extraction is fuzzed with mutated real sentences from the sample; a huge cell is
handled in linear time.
"""

from __future__ import annotations

import math
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zqmetrics import assess, extract_actuals, extract_targets, read_report
from zqmetrics.judge.records import records
from zqmetrics.read.reader import sample_path

# Cells: any text but the table's own separators, with numbers and units mixed in often.
_PIECES = st.one_of(
    st.text(alphabet=st.characters(blacklist_characters="|\n\r", blacklist_categories=("Cs",)), max_size=12),
    st.sampled_from(["2万人", "1410亩", "60亿元以上", "67.6%", "1-6月份", "二季度", "完成", "累计", "的",
                     "其中", "力争", "1—2个", "百分之六十", "尚未开工", "&amp;", "\u200b", "１２３"]),
)
_CELL = st.lists(_PIECES, max_size=6).map(lambda parts: "".join(parts).strip() or "无")


@st.composite
def tables(draw: st.DrawFn) -> tuple[str, int]:
    n = draw(st.integers(min_value=1, max_value=12))
    lines = ["市中区2025年《政府工作报告》主要工作任务推进情况(2025年第二季度)",
             "序号 | 重点任务 | 任务目标完成情况 | 下一步计划 | 责任单位 | 监督科室 监督电话 |"]
    for i in range(1, n + 1):
        cells = [draw(_CELL) for _ in range(5)]
        lines.append(f"{i} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n", n


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_pipeline_keeps_every_row_and_never_raises(table: tuple[str, int]) -> None:
    text, n = table
    frame = read_report(text)
    assert len(frame) == n
    assessed = assess(frame)
    assert len(assessed) == n
    out = list(records(frame))
    assert [r["seq"] for r in out] == [str(i) for i in range(1, n + 1)]
    for r in out:
        assert r["status"] in {"done", "on_track", "lagging", "not_started", "no_numeric_target", "unclear"}
        assert r["reasons"], "every row says why"


def _sample_sentences() -> list[str]:
    frame = read_report(sample_path())
    out: list[str] = []
    for cell in list(frame["task"]) + list(frame["progress"]):
        out += [s + "。" for s in str(cell).split("。") if any(ch.isdigit() for ch in s)]
    return out[:400]


SENTENCES = _sample_sentences()


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = list(draw(st.sampled_from(SENTENCES)))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        op = draw(st.sampled_from(["insert", "delete", "replace", "widen"]))
        if not text:
            break
        i = draw(st.integers(min_value=0, max_value=len(text) - 1))
        ch = draw(st.sampled_from(list("0123456789万亿%个亩元-—~,、。(“”)以上余约\u200b\u3000&;") + [draw(st.characters())]))
        if op == "insert":
            text.insert(i, ch)
        elif op == "delete":
            del text[i]
        elif op == "replace":
            text[i] = ch
        elif text[i].isascii() and text[i].isdigit():
            text[i] = chr(ord(text[i]) + 0xFEE0)  # full-width digit
    return "".join(text)


@settings(max_examples=300, deadline=None)
@given(mutated())
def test_extraction_survives_mutated_real_sentences(text: str) -> None:
    targets = extract_targets(text)
    actuals = extract_actuals(text, targets, report_year=2025)
    for item in [*targets, *actuals]:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start : item.end] == item.quantity.text
        assert text[item.quote_start : item.quote_end] == item.quote
        assert math.isfinite(item.value)
    for a in actuals:
        assert a.target_index is None or 0 <= a.target_index < len(targets)


def test_huge_cell_is_linear_and_kept() -> None:
    unit = "二季度完成土地储备入库20亩,新增城镇就业完成15501人。"
    huge = unit * (100_000 // len(unit))
    text = ("序号 | 重点任务 | 任务目标完成情况 | 下一步计划 | 责任单位 | 监督科室 |\n"
            f"1 | 完成土地收储1410亩。 | {huge} | 无 | 区自然资源局 | 51807025 |\n")
    start = time.process_time()
    out = list(records(read_report(text)))
    elapsed = time.process_time() - start
    assert len(out) == 1 and len(out[0]["progress"]) == len(huge)
    assert elapsed < 5, f"a 100,000-character cell took {elapsed:.1f} s"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("序号 | 重点任务 | 任务目标完成情况 | 下一步计划 | 责任单位 | 监督科室 |\n1 | 新增就业2万人 |\n", 1),
        ("序号 | 重点任务 | 任务目标完成情况 | 下一步计划 | 责任单位 | 监督科室 |\n1 | | | | | |\n", 1),
        ("序号 | 重点任务 | 任务目标完成情况 | 下一步计划 | 责任单位 | 监督科室 |\n1 | a | b | c | d | e | f | g |\n2 | x | y | z | u | v |\n", 2),
        ("序号 | 重点任务 | 任务目标完成情况 | 下一步计划 | 责任单位 | 监督科室 |\n1 | a | b | c | d | e |\n1 | x | y | z | u | v |\n", 2),
    ],
    ids=["too-few-cells", "empty-cells", "too-many-cells", "duplicate-seq"],
)
def test_malformed_rows_are_kept_and_marked(text: str, rows: int) -> None:
    out = list(records(read_report(text)))
    assert len(out) == rows
    assessed = assess(read_report(text))
    flagged = assessed[assessed["read_issue"].notna()]
    assert len(flagged) >= 1
    assert set(flagged["status"]) <= {"unclear", "no_numeric_target", "lagging", "on_track", "done", "not_started"}


ODD_COPIES = [
    ("zero-width space in the header", lambda s: s.replace("任务目标完成情况", "任务目标完\u200b成情况")),
    ("traditional header", lambda s: s.replace("任务目标完成情况", "任務目標完成情況")),
    ("CRLF line ends", lambda s: s.replace("\n", "\r\n")),
    ("entity for 、", lambda s: s.replace("、", "&#12289;")),
    ("NBSP between number and unit", lambda s: s.replace("新增城镇就业2万人", "新增城镇就业２万\u00a0人")),
]


@pytest.mark.parametrize("change", [c for _, c in ODD_COPIES], ids=[n for n, _ in ODD_COPIES])
def test_odd_copies_of_the_sample_read_the_same(change) -> None:
    text = sample_path().read_text(encoding="utf-8")
    frame = read_report(change(text))
    assert len(frame) == 108
    row = {r["seq"]: r for r in records(frame)}["93"]
    assert [(t["value"], t["unit"]) for t in row["targets"]] == [(20000.0, "人")]
    assert row["status"] == "on_track"
    for t in row["targets"]:
        assert row["task"][t["start"] : t["end"]].replace("\u00a0", "") in ("2万人", "２万人")
