"""An analyst's own lexicon folder extends the package's, without editing the package.

Each test installs a lexicon and puts the default back afterwards (the ``restore`` fixture), so
the rest of the suite reads the package's own lexicons.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from zqmetrics.cli import main
from zqmetrics.extraction.targets import extract_targets
from zqmetrics.read.columns import header_column
from zqmetrics.read.coverage import evidence
from zqmetrics.read.reader import read_report
from zqmetrics.text import lexicon
from zqmetrics.text.cues import strip_words

REPORT = "序号 | 攻坚清单 | 办理结果 | 责任单位\n1 | 新建公园2处 | 已建成1处 | 区园林局\n"


@pytest.fixture(autouse=True)
def restore(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(lexicon.ENV, raising=False)
    lexicon.use(None)
    yield
    lexicon.use(None)


@pytest.fixture
def mine(tmp_path: Path) -> Path:
    (tmp_path / "headers.tsv").write_text("# my headers\ntask\t攻坚清单\nprogress\t办理结果\n",
                                          encoding="utf-8")
    (tmp_path / "cues.tsv").write_text("奋力\tlead\n", encoding="utf-8")
    return tmp_path


def test_without_the_folder_the_words_are_unknown() -> None:
    assert header_column("攻坚清单") is None
    assert strip_words("奋力城镇新增就业") == "奋力城镇新增就业"


def test_a_user_folder_adds_header_words_and_cues(mine: Path) -> None:
    lexicon.use(lexicon.Lexicon([mine]))
    assert header_column("攻坚清单") == "task" and header_column("办理结果") == "progress"
    assert header_column("重点任务") == "task"  # the package's words are still there
    assert strip_words("奋力城镇新增就业") == "城镇新增就业"
    df = read_report(REPORT)
    assert df.loc[0, "task"] == "新建公园2处" and df.loc[0, "progress"] == "已建成1处"


def test_the_environment_names_the_folder(mine: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(lexicon.ENV, str(mine))
    lexicon.use(None)  # back to the default, which reads the environment
    assert header_column("攻坚清单") == "task"


def test_replace_reads_the_users_file_instead(tmp_path: Path) -> None:
    kept = [line for line in lexicon.package_text("cues.tsv").splitlines()
            if "\tbefore_figure" not in line]
    (tmp_path / "cues.tsv").write_text("\n".join(kept), encoding="utf-8")
    assert extract_targets("总投资达380亿元,开工建设") == []
    lexicon.use(lexicon.Lexicon([tmp_path], replace=True))
    # without the before_figure cues, 达 hides the descriptive cue: the data is what decides
    assert [t.value for t in extract_targets("总投资达380亿元,开工建设")] == [38_000_000_000.0]


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="lexicon folder"):
        lexicon.Lexicon([tmp_path / "nope"])


def test_the_command_takes_a_lexicon_folder(mine: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert main(["extract", "--jobs", "1", "--lexicon", str(mine), str(report)]) == 0
    assert '"task": "新建公园2处"' in capsys.readouterr().out
    os.environ.pop(lexicon.ENV, None)


def test_the_command_refuses_a_missing_folder(tmp_path: Path) -> None:
    assert main(["extract", "--lexicon", str(tmp_path / "nope"), "x.txt"]) == 2


def test_a_status_word_of_ones_own_reaches_the_coverage_check(tmp_path: Path) -> None:
    # The check that keeps unplaced text with a status as a row reads status_words.tsv through the
    # lexicon in use: a word added after the first call must count too.
    assert not evidence("某某工程尚在酝酿阶段")
    (tmp_path / "status_words.tsv").write_text("尚在酝酿\n", encoding="utf-8")
    lexicon.use(lexicon.Lexicon([tmp_path]))
    assert evidence("某某工程尚在酝酿阶段")


def test_a_users_pace_profile_reaches_the_judge_and_the_forecast_alike(tmp_path: Path) -> None:
    # One reader of pace.tsv (judge/pace.py): the year-end forecast read it again on its own
    # before, from the package's file only, so a user's profile moved the judgement alone.
    from zqmetrics.history.forecast import seasonal_share
    from zqmetrics.judge.pace import expected_share

    (tmp_path / "pace.tsv").write_text("护林\t" + ",".join(["0.5"] * 11 + ["1"]) + "\n",
                                       encoding="utf-8")
    assert seasonal_share("护林面积", 3) is None
    lexicon.use(lexicon.Lexicon([tmp_path]))
    assert str(expected_share(3, "护林面积")) == "0.5"
    assert seasonal_share("护林面积", 3) == 0.5
