"""The reader's notes said in Chinese on the command line (data/reader_notes.tsv)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evaluation.corpus import load_corpus
from evaluation.table_variants import TEXT_VARIANTS, sources
from zqmetrics.deliver.notices import _patterns, note_in_chinese, report_notices
from zqmetrics.read.reader import read_report, sample_path
from zqmetrics.text.lexicon import data_text

ROOT = Path(__file__).resolve().parents[1]

# (the reader's note, as the command line says it in Chinese)
NOTES = [
    ("no period phrase: read as the whole year 2023", "未见报告期表述，按2023年全年读取"),
    ("2 target/actual/ratio sets in a row: each read on its own", "每行有2组目标/完成/比例：各组分别读取"),
    ("no task column: column '项目类别' assumed to be the task", "没有任务列：推定 '项目类别' 列为任务"),
    ("period 2024-09 read from the header '1-9月完成投资' of the figures (the text gives the year "
     "only)", "正文只写了年份，报告期 2024-09 取自数据列表头 '1-9月完成投资'"),
    ("line 12 skipped: not part of a table row", "第12行已跳过：不属于表格行"),
    ("3 lines under the header read as header lines, not rows (lines 5, 6, 7)",
     "表头下3行按表头读取，不作为任务行（第5, 6, 7行）"),
    ("period 2018Q1 taken from the file name 'a2018.txt': the text names no year",
     "正文未写明年份，报告期 2018Q1 取自文件名 'a2018.txt'"),
    ("columns assumed without a header read by their cells (offices, status words): column 3 "
     "units, column 5 status", "无表头推定的各列按单元格内容判断（单位名称、状态词）：column 3 units, "
     "column 5 status"),
    ("a note no pattern knows", "a note no pattern knows"),  # said as it is written
]


@pytest.mark.parametrize(("note", "zh"), NOTES, ids=[n for n, _ in NOTES])
def test_note_in_chinese(note: str, zh: str) -> None:
    assert note_in_chinese(note) == zh


def test_the_table_is_well_formed() -> None:
    lines = [raw for raw in data_text("reader_notes.tsv").splitlines()
             if raw.strip() and not raw.startswith("#")]
    patterns = _patterns()
    assert len(patterns) == len(lines) == len({p.pattern for p, _ in patterns})
    for pattern, zh in patterns:
        assert set(re.findall(r"\{(\w+)\}", zh)) <= set(pattern.groupindex), pattern.pattern
        assert re.search(r"[\u4e00-\u9fff]", zh), pattern.pattern


def _notes() -> set[str]:
    """Every note the reader gives on the development corpus, the sample, the work reports and
    the table variants (held-out documents are not read here)."""
    frames = [read_report(doc.text) for doc in load_corpus() if doc.split == "dev"]
    frames.append(read_report(sample_path()))
    frames.extend(read_report(p) for p in sorted((ROOT / "data" / "work-reports-2026").glob("*.txt")))
    for source in sources():
        for variant in TEXT_VARIANTS.values():
            try:
                frames.append(read_report(variant(source)))
            except Exception:  # noqa: BLE001 - a variant the reader refuses gives no note
                continue
    return {w for f in frames for w in f.attrs.get("warnings") or []}


def test_every_note_the_reader_gives_is_said_in_chinese() -> None:
    notes = _notes()
    assert len(notes) > 50
    untranslated = sorted(n for n in notes if note_in_chinese(n) == n)
    assert untranslated == []


def test_the_notices_of_an_unknown_year_are_said_once(tmp_path: Path) -> None:
    path = tmp_path / "工业项目.txt"
    path.write_text("一季度,全市25个重点工业项目完成投资35.9亿元,完成年度投资计划的23.7%。\n", "utf-8")
    frame = read_report(path)
    _, said = report_notices(frame, path.name, None, "zh")
    assert said == ["工业项目.txt：未能从报告中识别年份，按正文所述数据截止月（3月）对照时序进度（可用 --period 指定年份）"]
    _, said_en = report_notices(frame, path.name, None, "en")
    assert len(said_en) == 1
