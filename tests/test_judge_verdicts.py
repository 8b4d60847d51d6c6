"""The judge's evidence beyond the figures: the report's own verdicts and where it says them, a
stated completion no target claims, and the month a title names without a year.

The example rows are written after the development part of the corpus (data/corpus, split dev):
the bulletins' list leads (xiangtan-2019-10, yuhuan-2021-q3, putian-chengxiang-2022-08,
enping-2024-11, suqian-suyu-2023-07, nanchang-xinjian-2020-fy, zibo-zichuan-2025-q3) and the
statements of alashan-2021-05 and wuhu-2021-h1; held-out documents are never used.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from zqmetrics.judge.assessment import assess_rows, title_month
from zqmetrics.judge.verdicts import cell_table, cell_verdict, row_verdict
from zqmetrics.read.items import layout_words
from zqmetrics.text.lexicon import rows
from zqmetrics.text.quantity import quantities
from zqmetrics.types import Actual, Target

# (status cell or list lead, status it states or None)
CELLS = [
    ("其中,进度偏慢的3项分别是:", "lagging"),
    ("其中,进展偏慢的5项分别是:", "lagging"),
    ("8项进展偏慢的市政府重点工作为:", "lagging"),
    ("市政府通报了省十件民生实事工作进展较为缓慢工作1项", "lagging"),
    ("市政府通報了省十件民生實事工作進展較為緩慢工作1項", "lagging"),
    ("需進一步加快施工速度", "lagging"),
    ("滞后项目:", "lagging"),
    ("未完成季度目标任务具体情况", "lagging"),
    ("進展較快", "on_track"),
    ("按时推进", "on_track"),
    ("其中5项已完成,分别是:", "done"),
    ("全区兴办12件惠民实事项目(含19个子项目),其中,已完成子项目7个,分别是", "done"),
    ("已投入使用9项:", "done"),
    ("2项已完成年度目标任务", "done"),
    ("未开工项目:", "not_started"),
    ("4项尚未完成年度目标任务的民生实事项目为:", None),
    ("正在推进的项目:", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "status"), CELLS, ids=[c[0] or "empty" for c in CELLS])
def test_a_status_cell_or_list_lead_states_a_verdict(text: str, status: str | None) -> None:
    found = cell_verdict(text)
    assert (found or {}).get("status") == status
    if found is not None:
        assert found["quote"] in text  # quoted as written, traditional characters kept


def test_the_quote_is_sliced_from_the_text_as_written() -> None:
    assert cell_verdict("進展較快")["quote"] == "進展較快"  # type: ignore[index]


def _lead_words() -> list[str]:
    return sorted(set(layout_words("list_status")) | set(layout_words("named_status")))


@pytest.mark.parametrize("word", _lead_words())
def test_every_status_word_of_a_list_lead_is_read(word: str) -> None:
    # A lead the reader recognises by one of these words gives its rows a verdict, or says none.
    assert any(w in word or word in w for w in cell_table()), word


def test_cell_verdicts_are_well_formed() -> None:
    table = rows("cell_verdicts.tsv", 2)
    assert table and all(w and v in {"lagging", "on_track", "done", "not_started", "none"}
                         for w, v in table)
    assert len({w for w, _ in table}) == len(table), "a word listed twice"


# (progress, status cell or list lead, status, where it was said)
NEAREST = [
    ("经督办后于11月底全部完工", "江门市十件民生实事工作进展较为缓慢1项", "done", "progress"),
    ("推动“美丽海岸带”建设2公里未启动", "滞后项目:", "not_started", "progress"),
    ("", "8项进展偏慢的市政府重点工作为:", "lagging", "status"),
    ("已竣工", "其中,已完成子项目7个,分别是", "done", "status"),
    ("正在编制招标文件", "滞后项目:", "lagging", "status"),
    ("确保年底前全面完成", "", None, None),
    ("50%(其中一处未开工)", "", None, None),
]


@pytest.mark.parametrize(("progress", "cell", "status", "source"), NEAREST,
                         ids=[f"{n[0] or '-'}|{n[1] or '-'}" for n in NEAREST])
def test_the_verdict_nearest_to_the_row_wins(progress: str, cell: str, status: str | None,
                                             source: str | None) -> None:
    found = row_verdict({"progress": progress, "status_text": cell})
    assert (found or {}).get("status") == status
    assert (found or {}).get("source") == source


def test_a_given_verdict_is_kept_when_the_row_says_none() -> None:
    given = {"status": "on_track", "quote": "序时推进"}
    assert row_verdict({"progress": "", "status_text": None, "verdict": given}) == given


def _row(task: list[str], figures: list[tuple[str, int | None, bool]], month: str) -> dict:
    """A row handed to the judge with its targets and figures already read (the judge alone)."""
    targets = []
    for text in task:
        (q,) = quantities(text)
        targets.append(Target(text, q, "amount", text, 0, len(text)))
    actuals = []
    for text, index, stated in figures:
        (q,) = quantities(text)
        actuals.append(Actual(text, q, "ytd", text, 0, len(text), target_index=index,
                              stated=stated))
    return {"seq": "1", "task": "", "progress": "", "targets": targets, "actuals": actuals,
            "data_month": month}


# (targets, figures: (text, target index, stated), data month, status)
UNCLAIMED = [
    (["9个", "7.2亿元"], [("7个", None, False), ("27%", None, True)], "2021-05", "lagging"),
    (["187个", "29342户"], [("8.7%", None, True)], "2021-06", "lagging"),
    (["9个", "7.2亿元"], [("60%", None, True)], "2021-05", "on_track"),
    (["9个", "7.2亿元"], [("60%", None, True), ("20%", None, True)], "2021-05", "lagging"),
    (["9个"], [("9个", 0, False), ("20%", None, True)], "2021-05", "done"),
    (["9个", "7.2亿元"], [], "2021-05", "unclear"),
]


@pytest.mark.parametrize(("task", "figures", "month", "status"), UNCLAIMED,
                         ids=[f"{u[3]}-{'+'.join(f[0] for f in u[1]) or 'none'}" for u in UNCLAIMED])
def test_a_stated_completion_no_target_claims_is_the_rows_evidence(task, figures, month,
                                                                    status) -> None:
    (out,) = assess_rows([_row(task, figures, month)], {"year": 2021})
    assert out["status"] == status, out["reasons"]


def test_the_unclaimed_completion_is_said_in_the_reasons() -> None:
    (out,) = assess_rows([_row(["9个", "7.2亿元"], [("27%", None, True)], "2021-05")],
                         {"year": 2021})
    assert any("stated completion 27.0% (of no target read in the row) vs 41.7% expected" in r
               for r in out["reasons"])
    assert out["stated_ratio"] == pytest.approx(0.27)


# (title, month its data runs to, or None)
TITLES = [
    ("1-9月份州重点项目投资完成情况汇总表", 9),
    ("前三季度宿州市水利建设完成投资4.81亿元", 9),
    ("上半年重点工作推进情况", 6),
    ("截至10月底民生实事进展情况", 10),
    ("2021年市政府10件民生实事完成情况", None),
    ("关于全市重点项目建设的通报", None),
    ("", None),
]


@pytest.mark.parametrize(("title", "month"), TITLES, ids=[t[0] or "empty" for t in TITLES])
def test_a_title_without_a_year_still_gives_the_month(title: str, month: int | None) -> None:
    assert title_month(title) == month


def test_the_title_month_sets_the_pace_and_is_said() -> None:
    row = _row(["82.5亿元"], [("65.1亿元", 0, False)], "")
    row["data_month"] = None
    (out,) = assess_rows([row], {"title": "1-9月份州重点项目投资完成情况汇总表"})
    assert out["status"] == "on_track" and out["expected"] == pytest.approx(0.75)
    assert any("title gives the data month (9月)" in r for r in out["reasons"])
    assert Decimal(str(out["completion"])).quantize(Decimal("0.001")) == Decimal("0.789")
