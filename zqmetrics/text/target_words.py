"""Target words that open a clause or head a sentence (``data/target_words.tsv``): the figures
under them set targets, whatever stands between the word and its figures (2023年目标建成垃圾分类亭
100个; 目标任务:全年提供有效就业岗位14万个,城镇新增就业13万人。)."""

from __future__ import annotations

import re

import regex

from zqmetrics.text.cues import words_alternation
from zqmetrics.text.lexicon import derived

# A target named right beside its figure: 年度目标(40场), 目标任务为…, 30所的年度目标任务,
# 500万人以上的培训任务 (text/clauses.py reads these and the openings below as target roles).
# re, as the other patterns of the clause model that need none of regex's syntax: the same
# matches (tests/test_fast_paths.py), a tenth of the cost a call, paid per figure.
TARGET_BEFORE = re.compile(r"(?:目标任务|年度目标|全年目标|目标|年度任务|全年任务)(?:为|是)?[(（]?$")
TARGET_AFTER = re.compile(r"^[)）]?的[^,;。()（）]{0,8}?(?:目标任务|任务|目标)")

# Switched off only to measure the rule (evaluation/statement_ablation.py).
TARGET_OPENING = True

# A work's task named right before its figure (建设任务1497户, 培训任务652人, 全年民生工程任务12000户):
# the amount set, unless the clause reports it done (已完成农村户改厕任务40926座).
TASK_BEFORE = re.compile(r"[\u4e00-\u9fff](?:任务|任務)(?:为|是|為)?$")
# The words read before a figure for its task and what the clause reports (linear time).
TASK_WINDOW = 40
TASK_DONE = re.compile(r"完成|建成|实现|實現|累计|累計|已|实际|實際")
# Switched off only to measure the rule (evaluation/statement_ablation.py).
NAMED_TASKS = True


def names_task(clause: str) -> bool:
    """A clause's words before a figure end with the task of a work and report nothing done."""
    return NAMED_TASKS and TASK_BEFORE.search(clause) is not None and not TASK_DONE.search(clause)


@derived
def heading() -> regex.Pattern[str]:
    """A sentence headed by a target word and a colon (目标任务:): all its figures are targets."""
    return regex.compile(f"\\s*(?:{words_alternation('target_words.tsv', 'head')})[:：]")


@derived
def opening() -> regex.Pattern[str]:
    """A clause opened by a target word, after a year or a scope word (2023年目标建成…)."""
    head, scope, not_after = (words_alternation("target_words.tsv", p)
                              for p in ("head", "scope", "not_after"))
    return regex.compile(f"\\s*(?:\\d{{4}}年|{scope})?(?:{head})(?:为|是)?"
                         f"(?=[\\u4e00-\\u9fff])(?!{not_after})")


def heads_sentence(text: str, sentence_start: int) -> bool:
    return TARGET_OPENING and heading().match(text, sentence_start) is not None


def opens_clause(text: str, clause_start: int, end: int) -> bool:
    return TARGET_OPENING and opening().match(text, clause_start, end) is not None
