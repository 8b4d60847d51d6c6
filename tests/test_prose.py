"""Prose work reports (政府工作报告): sections, and no targets read from a review of last year."""

from __future__ import annotations

from pathlib import Path

import pytest

from zqmetrics.extraction.rows import extract
from zqmetrics.read.prose import classify_heading, read_prose
from zqmetrics.read.reader import read_report

REPORTS = Path(__file__).resolve().parent.parent / "data" / "work-reports-2026"

HEADINGS = [
    ("一、2025年和“十四五”时期工作回顾", 2026, "review"),
    ("二、“十五五”时期主要目标任务", 2026, "multi_year"),
    ("三、2026年重点工作", 2026, "plan"),
    ("三、2026年工作安排", 2026, "plan"),
    ("2026年省十件民生实事", None, "plan"),
    ("（一）聚力促进更高水平开放", None, None),
    ("四、2024年工作回顾", 2025, "review"),
]


@pytest.mark.parametrize(("heading", "year", "section"), HEADINGS, ids=[h for h, _, _ in HEADINGS])
def test_classify_heading(heading: str, year: int | None, section: str | None) -> None:
    assert classify_heading(heading, year) == section


@pytest.mark.parametrize("name", ["shandong-2026.txt", "hainan-2026.txt", "guangdong-2026.txt"])
def test_prose_report_sections_and_no_review_targets(name: str) -> None:
    frame = read_report(REPORTS / name)  # no table: read as prose
    assert frame.attrs["year"] == 2026
    sections = set(frame["section"])
    assert {"review", "plan"} <= sections
    # Sentences in order, none lost: the first review sentence comes before the first plan one.
    first = {s: frame.index[frame["section"] == s][0] for s in ("review", "plan")}
    assert first["review"] < first["plan"]
    extracted = extract(frame)
    review = extracted[extracted["section"] == "review"]
    plan = extracted[extracted["section"] == "plan"]
    assert review["targets"].map(len).sum() == 0
    assert plan["targets"].map(len).sum() > 20


def test_prose_text_sentence_split() -> None:
    text = "政府工作报告\n一、2025年工作回顾\n城镇新增就业12万人。全年完成。\n二、2026年主要工作\n城镇新增就业10万人以上。\n"
    frame = read_prose(text)
    assert list(frame["section"]) == ["review", "review", "plan"]
    targets = extract(frame)["targets"]
    assert [len(t) for t in targets] == [0, 0, 1]
    assert targets.iloc[2][0].value == 100000
