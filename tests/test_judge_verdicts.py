"""The judge's evidence beyond the figures: the report's own verdicts and where it says them, a
stated completion no target claims, and the month a title names without a year.

The example rows are written after the development part of the corpus (data/corpus, split dev):
the bulletins' list leads (xiangtan-2019-10, yuhuan-2021-q3, putian-chengxiang-2022-08,
enping-2024-11, suqian-suyu-2023-07, nanchang-xinjian-2020-fy, zibo-zichuan-2025-q3) and the
statements of alashan-2021-05 and wuhu-2021-h1; held-out documents are never used.
"""

from __future__ import annotations

import pytest

import zqmetrics as zq
from zqmetrics.judge.assessment import assess_rows
from zqmetrics.judge.records import records
from zqmetrics.judge.verdicts import (
    benchmark_verdict,
    cell_table,
    cell_verdict,
    progress_verdict,
    row_verdict,
    summary_sentence,
)
from zqmetrics.read.items import layout_words
from zqmetrics.text.lexicon import rows
from zqmetrics.text.normalize import normalize
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
    ("全部开工", "done"),  # a rate cell in words (开工率 | 全部开工), ninth collection
    ("全区兴办12件惠民实事项目(含19个子项目),其中,已完成子项目7个,分别是", "done"),
    ("已投入使用9项:", "done"),
    ("2项已完成年度目标任务", "done"),
    ("未开工项目:", "not_started"),
    ("进度较慢的项目:", "lagging"),
    ("慢于序时的项目有:", "lagging"),
    ("慢序时进度3项", "lagging"),
    ("未达序时的项目:", "lagging"),
    ("低于序时的项目:", "lagging"),
    ("需加快推进的项目:", "lagging"),
    ("需要加快推进落实事项2件,如", "lagging"),
    ("二是有一定进度的项目6个,占比20%。分别为:", "lagging"),
    ("已完成或达到时序进度以上的项目12个", "on_track"),
    ("已完成或达到序时进度的事项:", "on_track"),
    ("未完成序时目标的项目:", "lagging"),
    ("达序时进度的项目:", "on_track"),
    ("超序时进度的项目:", "on_track"),
    ("正常推进", "on_track"),
    ("已完工项目:", "done"),
    ("已竣工的项目:", "done"),
    ("已建成的项目:", "done"),
    ("已投用项目:", "done"),
    # stage words (statements pass 16): a start made early or smoothly is a planned start done,
    # a start alone, a partial production or work sped up is on track
    ("提前开工", "done"),
    ("提前开工建设", "done"),
    ("顺利开工", "done"),
    ("順利開工建設", "done"),
    ("全部开工建设的项目:", "done"),
    ("已开工", "on_track"),
    ("已开工建设的项目:", "on_track"),
    ("提速推进中", "on_track"),
    ("部分投产", "on_track"),
    ("实现部分投产的项目:", "on_track"),
    ("推进中", None),
    ("进行中", None),
    ("4项尚未完成年度目标任务的民生实事项目为:", None),
    ("正在推进的项目:", None),
    ("", None),
    # Reader pass 29: counted leads over the items they list (data lines added at the end).
    ("基本完成节点计划的30个项目分别是:", "on_track"),
    ("基本完成节点任务的8个项目:", "on_track"),
    ("新增完成的16项具体工作包括:", "done"),
    ("基本完成的5个项目:", None),  # 基本完成 alone says no pace
    ("(一)完成事项情况", "done"),
    ("(二)未完成事项情况", None),  # 未完成 first: no verdict at a date before the deadline
    # Reader pass 31: a traffic light rating a bulletin's group (红灯 behind, 黄灯 a warning).
    ("亮红灯的项目3项:", "lagging"),
    ("亮黄灯的项目2项:", "lagging"),
    ("亮绿灯的项目5项:", "on_track"),
    # lx1: words of pages outside the corpus (docs/lexicons.md, tests/test_outside_words.py)
    ("25宗低于时序进度项目:", "lagging"),
    ("达到目标进度的项目32个,分别是:", "on_track"),
    ("未达到目标进度的项目:", "lagging"),
    ("未达目标进度的项目:", "lagging"),
    ("没有达到目标进度的项目:", "lagging"),
    ("不低于时序进度的项目:", None),
    ("红灯", "lagging"),
    ("亮黄灯", "lagging"),
    ("绿灯", "on_track"),
    ("红牌警告", "lagging"),
    ("黄牌提醒", "lagging"),
    ("红绿灯", None),
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


# (progress text, the verdict its own words give or None): words added for running text
RUNNING = [
    ("该项目进展偏慢", "lagging"),
    ("整体进展较慢", "lagging"),
    ("工程推进较慢", "lagging"),
    ("工作进展较为缓慢", "lagging"),
    ("施工进度较为缓慢", "lagging"),
    # a degree word inside (luan-2017-07): 相对较慢 is 较慢 said against the others
    ("建设进度相对较慢的县区为舒城县", "lagging"),
    ("新开工,完成进度相对较慢的为开发区和市本级", "lagging"),
    ("项目整体进展相对较慢", "lagging"),
    ("推进相对较慢", "lagging"),
    ("相对较快", None),
    # a bulletin's problems list (reader pass 9): the problem said of the projects it names
    ("等工程前期工作进展仍不够理想", "lagging"),
    ("前期工作进展不够理想", "lagging"),
    ("部分在建项目投资完成率较低,需要加快项目建设", "lagging"),
    ("投资完成率较高", None),
    ("部分项目因暂停施工,影响工程进度", "lagging"),
    ("前期工作进展偏慢,影响工程建设进度", "lagging"),
    ("错峰施工,不影响工程进度", None),
    ("经督办后于11月底全部完工", "done"),
    ("186条已全部完工", "done"),
    ("3个视障阅读空间全部建成并开放运行", "done"),
    ("30个基层体育设施项目已全部建成", "done"),
    ("9个项目进展较快", "on_track"),
    ("整体进度较快", "on_track"),
    ("计划年底前全部完工", None),
    ("确保11月底前全部建成", None),
    # the year's target said to be reached (anqing-daguan-2024-04: 等2项动态达到年度目标), and not
    # when negated or promised
    ("出生缺陷防治等2项动态达到年度目标", "done"),
    ("该项工作已达到年度目标", "done"),
    ("尚未达到年度目标", None),
    ("力争达到年度目标", None),
]


@pytest.mark.parametrize(("text", "status"), RUNNING, ids=[r[0] for r in RUNNING])
def test_verdict_words_of_running_text(text: str, status: str | None) -> None:
    assert (progress_verdict(text) or {}).get("status") == status


# (progress, status cell or list lead, status, where it was said)
NEAREST = [
    ("经督办后于11月底全部完工", "江门市十件民生实事工作进展较为缓慢1项", "done", "progress"),
    ("推动“美丽海岸带”建设2公里未启动", "滞后项目:", "not_started", "progress"),
    ("", "8项进展偏慢的市政府重点工作为:", "lagging", "status"),
    ("已竣工", "其中,已完成子项目7个,分别是", "done", "progress"),  # the grammar reads 已竣工 too
    ("已完成3个", "其中,已完成子项目7个,分别是", "done", "status"),  # a count is no verdict
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


# A rate cell with words where its column wants a share is a status cell (开工率 | 全部开工); a
# share or an empty cell states no verdict. (rate cell, status)
WORDED_RATE_CELLS = [
    ("全部开工", "done"),
    ("已完成", "done"),
    ("进展滞后", "lagging"),
    ("85.8%", None),
    ("", None),
]


@pytest.mark.parametrize(("cell", "status"), WORDED_RATE_CELLS, ids=[c[0] or "-" for c in WORDED_RATE_CELLS])
def test_a_rate_cell_in_words_is_a_status_cell(cell: str, status: str | None) -> None:
    found = row_verdict({"progress": "", "status_text": None, "ratio_text": cell})
    assert (found or {}).get("status") == status
    assert (found or {}).get("source") == ("status" if status else None)


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
    # Beside targets the figures judge, it is evidence too (changzhou-2018-q1: 开工 on pace, the
    # year's investment plan at 16.4%; hebei-2021-11: 199% of the first task, 88% of the adjusted).
    (["9个"], [("9个", 0, False), ("20%", None, True)], "2021-05", "lagging"),
    (["66个"], [("28个", 0, False), ("16.4%", None, True)], "2018-03", "lagging"),
    (["9个"], [("9个", 0, False), ("60%", None, True)], "2021-05", "on_track"),
    (["9个"], [("9个", 0, False), ("101.5%", None, True)], "2021-05", "done"),
    (["66个"], [("28个", 0, False), ("30%", None, True)], "2018-03", "on_track"),
    (["66个"], [("28个", 0, False), ("16.4%", None, True)], "", "unclear"),
    (["9个", "7.2亿元"], [], "2021-05", "unclear"),
]


@pytest.mark.parametrize(("task", "figures", "month", "status"), UNCLAIMED,
                         ids=[f"{u[3]}-{'+'.join(f[0] for f in u[1]) or 'none'}" for u in UNCLAIMED])
def test_a_stated_completion_no_target_claims_is_the_rows_evidence(task, figures, month,
                                                                    status) -> None:
    (out,) = assess_rows([_row(task, figures, month)], {"year": 2021})
    assert out["status"] == status, out["reasons"]


def test_without_the_rule_the_figures_alone_judge_targets_they_measure(monkeypatch) -> None:
    import zqmetrics.judge.assessment as assessment

    monkeypatch.setattr(assessment, "UNCLAIMED", False)
    (out,) = assess_rows([_row(["66个"], [("28个", 0, False), ("16.4%", None, True)], "2018-03")],
                         {"year": 2018})
    assert out["status"] == "on_track"


def test_one_months_unclaimed_share_is_no_sign_of_lag() -> None:
    # shandong-2021-04: 开工率85.8%, 占年度计划的47.8%, 4月份完成年度计划的14.4% (April alone)
    row = _row(["373个"], [("320个", 0, False), ("47.8%", None, True), ("14.4%", None, True)],
               "2021-04")
    april = row["actuals"][2]
    row["actuals"][2] = Actual(april.metric, april.quantity, "quarter", april.quote, 0,
                               len(april.quote), target_index=None, stated=True)
    (out,) = assess_rows([row], {"year": 2021})
    assert out["status"] == "on_track", out["reasons"]


def test_the_unclaimed_completion_beside_targets_is_said_in_the_reasons() -> None:
    (out,) = assess_rows([_row(["66个"], [("28个", 0, False), ("16.4%", None, True)], "2018-03")],
                         {"year": 2018})
    assert out["reasons"][-1] == "stated completion 16.4% (of no target read in the row) vs 25.0% expected"


def test_the_unclaimed_completion_is_said_in_the_reasons() -> None:
    (out,) = assess_rows([_row(["9个", "7.2亿元"], [("27%", None, True)], "2021-05")],
                         {"year": 2021})
    assert any("stated completion 27.0% (of no target read in the row) vs 41.7% expected" in r
               for r in out["reasons"])
    assert out["stated_ratio"] == pytest.approx(0.27)


# A title naming months but no year (1-9月份…汇总表, 前三季度…) gives the pace's month through the
# reader (MONTH_WITHOUT_YEAR), and the reason says so. The judge's own reading of the title, a second
# path to the same month, was removed in statements pass 7: it moved no development document.
TITLE_TABLES = [
    ("1-9月份州重点项目投资完成情况汇总表", 0.75),
    ("前三季度重点项目投资完成情况", 0.75),
    ("上半年重点工作推进情况", 0.5),
]


@pytest.mark.parametrize(("title", "expected"), TITLE_TABLES, ids=[t[0] for t in TITLE_TABLES])
def test_a_title_without_a_year_sets_the_pace(title: str, expected: float) -> None:
    text = f"{title}\n| 序号 | 重点任务 | 完成情况 |\n| --- | --- | --- |\n| 1 | 完成投资82.5亿元 | 完成投资65.1亿元 |\n"
    (out,) = records(zq.read_report(text))
    assert out["expected"] == pytest.approx(expected)
    assert any("data month" in r for r in out["reasons"])


# (a report's opening, the sentence that says all its items are done, or None)
OPENINGS = [
    ("2021年,在市委的坚强领导下,10件民生实事顺利完成,部分超额完成目标任务。",
     "2021年,在市委的坚强领导下,10件民生实事顺利完成,部分超额完成目标任务"),
    ("大同市10项民生实事已全部如期兑现、办结。", "大同市10项民生实事已全部如期兑现、办结"),
    ("确定的22件为民办实事项目近日全部如期完成目标任务,年度投资约8.44亿元。",
     "确定的22件为民办实事项目近日全部如期完成目标任务,年度投资约8.44亿元"),
    ("10件惠民實事,截至2021年12月17日已完成或超額完成年度任務。",
     "10件惠民實事,截至2021年12月17日已完成或超額完成年度任務"),
    ("河北:18项民生工程提前或超额完成年度目标任务", "河北:18项民生工程提前或超额完成年度目标任务"),
    ("29項為民辦實事項目,如期完成!", "29項為民辦實事項目,如期完成"),
    ("全市12项民生实事全面完成。", "全市12项民生实事全面完成"),
    ("2020年30项重点工作全部完成。", "2020年30项重点工作全部完成"),
    ("5件民生事项已全部办结。", "5件民生事项已全部办结"),
    ("另3项民生实事已全部完成。", None),
    ("其中5项已完成,分别是:", None),
    ("40个非城建类实事项目中,有10个项目超额完成节点任务。", None),
    ("确保10件民生实事全部完成。", None),
    ("湘潭市已提前完成16项省、市重点民生实事项目", None),
    ("2021年市政府10件民生实事完成情况", None),
    ("10件民生实事整体进展顺利。", None),
    # done in any form of the verdict grammar, with a word of totality (verdict_forms.tsv)
    ("2024年甘肃省委省政府10件为民实事如期全面高质量完成",
     "2024年甘肃省委省政府10件为民实事如期全面高质量完成"),
    ("8件民生实事均已建成投用。", "8件民生实事均已建成投用"),
    ("江苏盐城:46件民生实事已提前完成年度目标任务", None),  # no totality: 46 of how many?
    ("10个方面的28项民生实事中,3项已完成全年任务,11项实现时间过半", None),  # a part's count
    ("10件民生实事预计年底前全部建成。", None),
    # the done verb first, its object the items (judge pass 5)
    ("省会全部完成利民惠民十件实事", "省会全部完成利民惠民十件实事"),
    ("标志着全镇全面完成年度重点民生实事项目建设。", "标志着全镇全面完成年度重点民生实事项目建设"),
    ("确保全面完成年度民生实事任务。", None),  # a promise
]


@pytest.mark.parametrize(("text", "sentence"), OPENINGS, ids=[o[0][:16] for o in OPENINGS])
def test_an_opening_may_say_all_the_items_are_done(text: str, sentence: str | None) -> None:
    assert summary_sentence(text) == sentence


def test_summary_words_are_well_formed_and_each_has_an_example() -> None:
    table = rows("summary_words.tsv", 2)
    assert table and all(c in {"counter", "item", "done", "part", "set"} and w for c, w in table)
    examples = normalize("".join(t for t, _ in OPENINGS)).text
    assert all(w in examples for _, w in table), [w for _, w in table if w not in examples]


def test_every_cell_verdict_word_has_an_example() -> None:
    examples = normalize("".join(t for t, _ in CELLS)).text
    missing = [w for w, _ in rows("cell_verdicts.tsv", 2) if w not in examples]
    assert not missing, missing


def _item(task: str, progress: str = "", line: int = 5, status_text: str | None = None) -> dict:
    return {"seq": "1", "task": task, "progress": progress, "line": line,
            "status_text": status_text}


def test_the_openings_verdict_judges_items_without_evidence_of_their_own() -> None:
    attrs = {"year": 2021, "period": "2021", "lead": "2021年,10件民生实事顺利完成。"}
    out = assess_rows([_item("建设长者食堂10个"), _item("开通新线路"),
                       _item("新建公园5个", "完成2个,进度滞后"),
                       _item("新建学校3所", "已建成1所", status_text="进展偏慢的项目:")], attrs)
    assert [r["status"] for r in out] == ["done", "done", "lagging", "lagging"]
    assert out[0]["verdict"]["source"] == "report" and out[2]["verdict"]["source"] == "progress"
    assert out[3]["verdict"]["source"] == "status"


def test_the_opening_is_the_first_line_of_an_article_not_any_line() -> None:
    rows_ = [_item("全市经济运行平稳", line=1),
             _item("建设长者食堂10个", line=3), _item("10件民生实事已全部完成", line=4)]
    out = assess_rows(rows_, {"year": 2021, "period": "2021"})
    assert out[1]["status"] == "unclear"
    rows_[0] = _item("10件民生实事已全部完成", line=1)
    assert assess_rows(rows_, {"year": 2021, "period": "2021"})[1]["status"] == "done"


def test_an_articles_opening_is_its_first_paragraph_past_a_title_and_a_date_line() -> None:
    rows_ = [_item("兑现庄严承诺!", "宁夏2020年十个方面民生实事交出满意“答卷”", line=1),
             _item("2021-01-29 12:17:45 来源:宁夏日报客户端", line=2),
             _item("截至2020年底,10个方面的24项民生实事已全面完成。", line=4),
             _item("在就业方面,开展职业技能培训", line=6)]
    out = assess_rows(rows_, {"year": 2020, "period": "2020"})
    assert out[3]["status"] == "done" and out[3]["verdict"]["source"] == "report"
    rows_[2] = _item("截至2020年底,民生实事落实情况如下。", line=4)
    rows_.insert(3, _item("10件民生实事已全部完成", line=5))  # not the first paragraph
    assert assess_rows(rows_, {"year": 2020, "period": "2020"})[4]["status"] != "done"


# (task, progress, at the year's end, status or None)
BENCHMARKS = [
    ("进出口总额增长高于全国平均水平。", "同比增长36.5%,进出口增速高于全国平均水平", True, "done"),
    ("关于“进出口总额增长高于全国平均水平”事项。",
     "全市实现进出口56.79亿美元、同比增长23.8%,低于同期全国增长水平(27.1%)。", False, "lagging"),
    ("进出口总额增长高于全国平均水平。", "进出口增速高于全国平均水平", False, "on_track"),
    ("居民收入增速快于全省平均增速。", "居民收入增长8.1%,快于全省0.6个百分点", False, "on_track"),
    ("研发投入增幅不低于全市平均增幅。", "研发投入增长5%,慢于全市平均", False, "lagging"),
    ("税收增长超过全区平均水平。", "税收增长落后于全区平均水平", True, "lagging"),
    ("税收增长超过全区平均水平。", "税收增长超过全区平均水平", True, "done"),
    ("进出口总额增长高于全国平均水平。", "增速高于全省平均水平", False, None),
    ("全市固定资产投资增长8%。", "同比下降12.7%,高于全省平均水平1.7个百分点", False, None),
    ("进出口总额增长高于全国平均水平。", "", False, None),
]


@pytest.mark.parametrize(("task", "progress", "year_end", "status"), BENCHMARKS,
                         ids=[f"{b[0][:10]}-{b[1][-10:]}" for b in BENCHMARKS])
def test_a_benchmark_target_is_judged_by_the_same_benchmark(task: str, progress: str,
                                                          year_end: bool, status: str | None) -> None:
    found = benchmark_verdict(task, progress, year_end)
    assert (found or {}).get("status") == status
    if found is not None:
        assert found["quote"] in progress and found["source"] == "benchmark"


def test_benchmark_words_each_have_an_example() -> None:
    examples = normalize("".join(t + p for t, p, *_ in BENCHMARKS)).text
    missing = [w for _, w, _ in rows("benchmarks.tsv", 3) if w not in examples]
    assert not missing, missing


def test_a_benchmark_row_is_judged_when_its_task_sets_no_number() -> None:
    row = _item("进出口总额增长高于全国平均水平。", "同比增长23.8%,低于同期全国增长水平(27.1%)。")
    (out,) = assess_rows([row], {"year": 2021, "period": "2021H1"})
    assert out["status"] == "lagging" and out["verdict"]["source"] == "benchmark"


# (the opening lines of a report whose year is nowhere in its text, the data month they give)
YEARLESS_OPENINGS = [
    (["重点项目推进情况", "截至9月底，全区重点项目完成投资213.3亿元。"], 9),
    (["1-7月份，全区100项民生实事项目有序推进。"], 7),
    (["前三季度，全市水利建设完成投资4.81亿元。"], 9),
    (["上半年，各项民生工程稳步推进。"], 6),
    (["民生实事项目进展情况", "新建幼儿园5所，目前已建成3所。"], None),  # no data period named
    (["7月9日，市人大常委会举行主题活动。"], None),  # a single month in a sentence dates an event
]


@pytest.mark.parametrize(("lines", "month"), YEARLESS_OPENINGS,
                         ids=[t[0][-1][:12] for t in YEARLESS_OPENINGS])
def test_a_text_without_a_year_still_gives_the_month(lines: list[str], month: int | None) -> None:
    from zqmetrics.read.layouts import month_without_year

    assert month_without_year(lines) == month


def test_the_text_month_sets_the_pace_and_is_said() -> None:
    import zqmetrics as zq

    text = ("民生实事项目进展情况\n"
            "一、改造老旧小区30个。截至9月底，已完工18个，完成年度任务的60%。\n"
            "二、新增城镇就业1.2万人。1-9月全市新增城镇就业1.05万人，完成年度目标的87.5%。\n")
    frame = zq.read_report(text)
    assert frame.attrs["period"] is None and frame.attrs["month"] == 9
    assert any("data month (9月)" in w for w in frame.attrs["warnings"])
    rows = zq.assess(frame).to_dict("records")
    reasons = [reason for r in rows for reason in r["reasons"]]
    assert not any("report period unknown" in reason for reason in reasons)
    assert {r["status"] for r in rows} >= {"lagging", "on_track"}  # 60% and 87.5% against 75%


# The report's done verdict covers the targets no figure measures when every measured target is
# reached (wenshang-2023-fy: 美丽乡村 3/3, 卫生乡镇 no figure, 已完成; fujian-2023-fy, kunming-2021-12,
# ningxia-2020-fy under the report's opening verdict). (targets, figures, verdict, status)
DONE = {"status": "done", "quote": "已完成"}
VERDICT_COVERS = [
    (["2个", "3个"], [("3个", 1, False)], DONE, "done"),
    (["300所", "41家"], [("301所", 0, False)], DONE, "done"),
    (["2个", "3个"], [("3个", 1, False)], None, "on_track"),
    (["2个", "3个"], [("1个", 0, False), ("3个", 1, False)], DONE, "on_track"),
    (["2个", "3个"], [("3个", 1, False)], {"status": "on_track", "quote": "按计划推进"}, "on_track"),
    # The order of the rules: the verdict covers first, then a stated completion no target claims
    # that is short of 100% (on pace at June) contradicts it, so the task stays on track. Were the
    # verdict applied after that check, this row would read done.
    (["2个", "3个"], [("3个", 1, False), ("60%", None, True)], DONE, "on_track"),
    (["2个", "3个"], [("3个", 1, False), ("100%", None, True)], DONE, "done"),
    # A row with no numeric target is not this rule's: it takes the verdict as its status
    # (second-round decision 1) through the no-figure branch, after every figure's rule.
    ([], [], DONE, "done"),
]


@pytest.mark.parametrize(("task", "figures", "verdict", "status"), VERDICT_COVERS,
                         ids=[f"{v[3]}-{'+'.join(f[0] for f in v[1])}-{(v[2] or {}).get('status')}"
                              for v in VERDICT_COVERS])
def test_a_done_verdict_covers_the_targets_no_figure_measures(task, figures, verdict, status) -> None:
    row = _row(task, figures, "2023-06")
    if verdict:
        row["verdict"] = verdict
    (out,) = assess_rows([row], {"year": 2023})
    assert out["status"] == status, out["reasons"]


def test_without_the_rule_a_done_verdict_leaves_unmeasured_targets_open(monkeypatch) -> None:
    import zqmetrics.judge.assessment as assessment

    monkeypatch.setattr(assessment, "VERDICT_COVERS", False)
    row = {**_row(["2个", "3个"], [("3个", 1, False)], "2023-06"), "verdict": DONE}
    (out,) = assess_rows([row], {"year": 2023})
    assert out["status"] == "on_track"
    # a row with no numeric target takes the verdict all the same (it never needed this rule)
    (out,) = assess_rows([{**_row([], [], "2023-06"), "verdict": DONE}], {"year": 2023})
    assert out["status"] == "done"
