"""Judge pass 3 (issue 11): where a verdict word states no verdict (data/verdict_contexts.tsv).

One function (``verdict_forms.in_context``) is asked by every verdict path: the fixed words and the
grammar of a progress text (``progress_verdict``), a task cell (``task_verdict``), a status cell or a
list lead (``cell_verdict``). One case a row, each read on every path; negatives (what must stay a
verdict) beside the positives.
"""

from __future__ import annotations

import pytest

from zqmetrics.judge.statuses import qualitative_status
from zqmetrics.judge.verdicts import cell_verdict, progress_verdict, task_verdict
from zqmetrics.text.lexicon import rows
from zqmetrics.text.verdict_forms import CONTEXTS_NAME, context_words, in_context

PATHS = {
    "progress": lambda t: progress_verdict(t, 2024),
    "cell": cell_verdict,
    "task": lambda t: task_verdict(t, 2024),
}

# (text, the status every path reads, or None for no verdict)
CASES = [
    # a lag negated: no verdict, never on track
    ("项目推进顺利，不滞后", None),
    ("未出现滞后情况", None),
    ("没有进度滞后的项目", None),
    ("目前无滞后项目", None),
    ("均未滞后", None),
    ("并未滞后", None),
    ("无一滞后", None),
    ("无一项目滞后", None),
    ("不存在进度滞后问题", None),
    ("没有出现工程进度滞后", None),
    ("无进度较慢项目", None),
    ("未出现进展缓慢", None),
    ("并无明显滞后", None),
    # a question whether: no verdict
    ("检查有无进度滞后", None),
    ("是否滞后", None),
    # a negated lag compared with a pace noun asserts pace
    ("均未滞后于序时进度", "on_track"),
    ("未低于序时进度", "on_track"),
    ("不低于序时进度", "on_track"),
    ("未慢于序时进度", "on_track"),
    # ... but with no pace noun (bare 进度 is the work's own) it stays none
    ("不低于全市平均进度", None),
    ("不低于预期", None),
    # a negated not-started word
    ("没有未开工项目", None),
    ("不存在未开工项目", None),
    ("目前无未启动项目", None),
    # a warning
    ("要防止进度滞后", None),
    ("避免出现进度滞后", None),
    ("杜绝进度滞后", None),
    ("严防工程进度滞后", None),
    ("确保不滞后", None),
    ("防止进展缓慢", None),
    # a condition
    ("如有滞后及时督办", None),
    ("一旦滞后立即约谈", None),
    ("凡是进度滞后的要说明原因", None),
    ("对进度滞后的将约谈", None),
    ("进度滞后的将予以通报", None),
    ("对进度滞后的项目一律通报", None),
    # a question of method
    ("查找滞后原因", None),
    ("认真查找进度滞后原因", None),
    ("深入分析进度滞后的原因", None),
    # negatives: the lag is asserted and stays
    ("进度滞后", "lagging"),
    ("工程进度滞后", "lagging"),
    ("因资金没有到位导致进度滞后", "lagging"),  # the negation is on another verb
    ("项目进度滞后，原因是资金未到位", "lagging"),
    ("进度滞后原因：资金未到位", "lagging"),  # no method word: the cause of a stated lag
    ("认真查找某某路段进度滞后原因", "lagging"),  # a subject of its own between
    ("若干项目进度滞后", "lagging"),
    ("不少项目进度滞后", "lagging"),
    ("以下项目进度滞后，将予以通报", "lagging"),  # the consequence in another clause
    ("项目推进不顺，进度滞后", "lagging"),  # the negation in another clause
    ("未按序时推进", "lagging"),  # the negation is the word's own: longest words win
    ("未达序时进度", "lagging"),
    ("未能按期完成", "lagging"),
    ("低于序时进度", "lagging"),
    ("未开工", "not_started"),
    ("尚未开工", "not_started"),
    ("已完成", "done"),
    # a bulletin's status heading and a group lead: the reader's status-led lists
    ("进度滞后的项目有：", "lagging"),
    ("以下3个项目进度滞后", "lagging"),
    ("对进度滞后的3个项目进行了通报", "lagging"),
]


@pytest.mark.parametrize("path", list(PATHS))
@pytest.mark.parametrize(("text", "status"), CASES, ids=[c[0] for c in CASES])
def test_a_verdict_word_in_its_context(text: str, status: str | None, path: str) -> None:
    assert (PATHS[path](text) or {}).get("status") == status


# The grammar alone (no fixed word reads these): its forms ask the same function.
GRAMMAR = [
    ("落后于时间进度", "lagging"),
    ("未落后于时间进度", "on_track"),
    ("防止落后于时间进度", None),
]


@pytest.mark.parametrize(("text", "status"), GRAMMAR, ids=[c[0] for c in GRAMMAR])
def test_a_grammar_form_in_its_context(text: str, status: str | None) -> None:
    assert (progress_verdict(text, 2024) or {}).get("status") == status


def test_a_negated_lag_on_track_is_quoted_from_its_negation() -> None:
    assert progress_verdict("各项目均未滞后于序时进度", 2024) == {
        "status": "on_track", "quote": "均未滞后于序时进度", "source": "progress"}


def test_a_done_or_on_track_word_keeps_its_own_negation() -> None:
    assert in_context("尚未全部完工", 4, 6, "done") == ("done", 4, 6)  # clauses.py decides it
    assert (progress_verdict("未能达到序时进度", 2024) or {}).get("status") == "lagging"


PARTS = {"negator", "existential", "filler", "warning", "condition", "consequence", "method", "cause"}


def test_the_lexicon_holds_known_parts_only() -> None:
    found = {p for p, w in rows(CONTEXTS_NAME, 2) if w}
    assert found == PARTS


@pytest.mark.parametrize("part", sorted(PARTS))
def test_each_part_has_words(part: str) -> None:
    assert context_words(part)
    assert all(w.strip() == w and w for w in context_words(part))


def test_no_filler_is_a_verb_of_cause() -> None:
    # a filler word lets an existential reach over it: a verb there would carry the negation
    # across another action (资金没有到位导致进度滞后)
    assert not set(context_words("filler")) & {"导致", "造成", "到位", "影响"}


# The not-started cues of cues.tsv a task with no figure falls back on (judge/statuses.py).
CUES = [
    ("没有未开工项目", None),
    ("不存在未开工项目", None),
    ("防止出现未开工", None),
    ("尚未开工", "not_started"),  # negatives: the cue asserted
    ("项目未开工", "not_started"),
    ("目前暂无进展", "not_started"),
    ("已完成", "done"),
]


@pytest.mark.parametrize(("text", "status"), CUES, ids=[c[0] for c in CUES])
def test_a_status_cue_in_its_context(text: str, status: str | None) -> None:
    assert qualitative_status(text) == status
