"""The pace pair, 时间过半、任务过半, as the report's own verdict in the spellings the fixed words of
data/verdicts.tsv miss (judge pass 2: ``PACE_PAIR`` in judge/pace_pair.py, its words in data/cues.tsv
``pace_pair``). One example per row, negatives beside the positives.

Written after the development part of the corpus (beijing-xicheng-2017-h1 `均实现“时间过半`, cut by
its excerpt; qingdao-2023-h1 `基本實現時間、任務“雙過半”`; the spellings of ningbo-haishu-2016-h1,
shanghai-putuo-2021-h1, yantai-2017-h1, ningxia-2021-07 and jinzhou-2016-h1 as the negatives and
variants) and the trade's usage; held-out documents are never used.
"""

from __future__ import annotations

import pytest

import zqmetrics.judge.pace_pair as pace_pair
from zqmetrics.judge.assessment import assess_rows
from zqmetrics.judge.pace_pair import pace_pair_verdict
from zqmetrics.judge.verdicts import row_verdict
from zqmetrics.text.cues import cue_table

# (progress text, the status the claim gives, or None for no claim)
CLAIMS = [
    # the claim in its spellings: quotes inside, 、 , or nothing between the halves, 双过半
    ("一般公共预算收入和支出,均实现“时间过半、任务过半”", "on_track"),
    ("一般公共预算收入和支出,均实现“时间过半", "on_track"),  # an excerpt cut inside the quotes
    ("基本實現時間、任務“雙過半”", "on_track"),
    ("总体实现了“时间过半、完成任务过半”", "on_track"),
    ("各项工作实现时间过半任务过半", "on_track"),
    ("全区重点工作达到“时间过半,任务过半”", "on_track"),
    ("全年工作实现时间任务“双过半”", "on_track"),
    ("上半年实现“双过半”", "on_track"),
    ("主要指标实现时间过半、任务超半", "on_track"),
    # negated: the report says the pace was not kept
    ("未实现“时间过半、任务过半”", "lagging"),
    ("部分指标未能实现时间任务双过半", "lagging"),
    ("上半年没有实现“双过半”", "lagging"),
    # no claim: the time half alone names the date, not the pace
    ("时间过半,任务完成率仅30%", None),
    ("时间已经过半,投资完成率偏低", None),
    # no claim: 双过半 as a requirement, with no verb and no subjects before it
    ("按照“双过半”工作进度要求分类督查", None),
    # no claim: an aim (a plan cue or a promise word before it in its clause)
    ("确保实现“双过半”", None),
    ("力争实现“时间过半、任务过半”", None),
    ("年内要实现时间任务双过半", None),
    # no claim for the row: a figure before it in its clause counts the items that reach it
    ("112项总体达到“时间过半,任务过半”要求,5项未达到进度要求", None),
    ("全年任务,11项实现时间过半、任务超半", None),
    # no claim: other halves
    ("完成投资计划已过半,达到54.2%", None),
    ("其余项目均投资过半", None),
    ("", None),
]


@pytest.mark.parametrize(("progress", "status"), CLAIMS, ids=[c[0] or "empty" for c in CLAIMS])
def test_the_pace_pair_claim(progress: str, status: str | None) -> None:
    found = pace_pair_verdict(progress)
    if status is None:
        assert found is None, found
    else:
        assert found is not None and found["status"] == status, found
        assert found["source"] == "progress"
        assert found["quote"] in progress and ("过半" in found["quote"] or "過半" in found["quote"])


# (progress, the row's verdict status): the claim beside the fixed words of verdicts.tsv
ROWS = [
    # the fixed words read alone keep their reading (the claim is the same)
    ("均达到时间过半、任务过半要求", "on_track"),
    # a negation the fixed words inside the quotes would miss
    ("未实现“时间过半、任务过半”", "lagging"),
    # the row's own earlier verdict stays first
    ("项目进展缓慢,未实现“双过半”", "lagging"),
    ("项目已竣工,实现“时间过半", "done"),
    # nothing said
    ("按照“双过半”工作进度要求分类督查", None),
]


@pytest.mark.parametrize(("progress", "status"), ROWS, ids=[r[0] for r in ROWS])
def test_the_claim_in_the_row_verdict(progress: str, status: str | None) -> None:
    found = row_verdict({"progress": progress, "task": "重点工作"})
    assert (found or {}).get("status") == status, found


def test_the_switch_turns_the_claim_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pace_pair, "PACE_PAIR", False)
    assert pace_pair_verdict("基本實現時間、任務“雙過半”") is None
    assert row_verdict({"progress": "基本實現時間、任務“雙過半”"}) is None


# (task with a numeric target, progress with no figure, period, status): the claim decides where
# no figure judges the target (second-round decision 2), and figures still decide over it
JUDGED = [
    ("2023年16件市办实事总体进展良好", "基本實現時間、任務“雙過半”", "2023H1", "on_track"),
    ("一般公共预算收入422.1亿元", "一般公共预算收入和支出,均实现“时间过半", "2017H1", "on_track"),
    ("新建幼儿园10所", "未实现“时间过半、任务过半”", "2022H1", "lagging"),
    ("新建幼儿园10所", "已建成2所,实现“时间过半、任务过半”", "2022-10", "lagging"),
    ("新建幼儿园10所", "实现“时间过半", "2022H1", "on_track"),
]


@pytest.mark.parametrize(("task", "progress", "period", "status"), JUDGED,
                         ids=[f"{j[0]}|{j[1]}|{j[2]}" for j in JUDGED])
def test_the_claim_judges_a_row_no_figure_judges(task: str, progress: str, period: str,
                                                 status: str) -> None:
    item = {"seq": "1", "task": task, "progress": progress, "line": 3, "status_text": None}
    (out,) = assess_rows([item], {"year": int(period[:4]), "period": period})
    assert out["status"] == status, out["reasons"]


def test_the_pace_pair_words_are_data() -> None:
    table = cue_table("pace_pair")
    assert set(table.values()) == {"attain", "time", "task", "pair", "subject"}
    assert {w for w, v in table.items() if v == "time"} == {"时间过半"}
    assert "双过半" in table and "实现" in table
