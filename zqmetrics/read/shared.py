"""Names sharing one outcome in an article's clause: an item per name of ``A、B、C<tail>``
(值得一提的是，A、B、C项目均超额完成…; 从各地完成情况看：A、B、C、D超80%; A、B等13个项目，完成年
计划70%以上), each with the outcome they share as its progress.
"""

from __future__ import annotations

import re

from zqmetrics.read.named import NOT_NAME, split_names
from zqmetrics.text.lazy import lazy_re

NAME = (2, 40)  # a listed name's length
# Switched off by evaluation/ablation.py (the package runs with it on): examples of a counted group
# whose outcome, said of each, follows the count (A、B等13个项目，完成年计划70%以上).
COUNTED_SHARED_REST = True

# After 等 the outcome is a word, not a figure (A、B等5个小组推进69项任务 is no outcome).
OUTCOME_WORD = lazy_re(r"完成|开工|竣工|建成|投用|投产|滞后|缓慢")
# What makes an outcome each name's, not the group's: 均, 都, 全部, a bar each passes (…以上).
_EACH = lazy_re(r"均|都|全部|以上")
# A bar each named example passes on its own (完成年计划70%以上) is no figure of the group.
_BAR = lazy_re(r"\d+(?:\.\d+)?\s*[%％]?\s*及?以上")
_GROUP_NOUN = lazy_re(r"^[^，,\d]{0,8}(?:项目|工程|任务|工作)$")


def said_of_each(rest: str) -> bool:
    """Whether what follows a counted list (A、B等13个项目，<rest>) is said of each name: an
    outcome word, a word making it each one's (均, 以上) and no figure but such a bar
    (完成年计划70%以上; 进展较快，均已完成年度投资目标); not the group's own outcome or figures
    (建成投运，发挥效益; 实现新开工，较去年同期增加7个，开工率100%; 投资完成率超过75%)."""
    return (bool(OUTCOME_WORD.search(rest)) and bool(_EACH.search(rest))
            and not re.search(r"\d", _BAR.sub("", rest)))


# What closes a list of names and opens what they share: 均/都/全部/分别, a figure they all pass
# (超80%), or 等 and a count (等20多个项目) before an outcome word.
_SHARED = lazy_re(r"(等)\s*(?:\d+|[一二三四五六七八九十两]+)?\s*多?\s*[个项件家条处所]?"
                  r"(?:项目|工程|工作|任务)?(?=\S)|均|都|全部|分别|超\s*\d")
_SCOPE = lazy_re(r"(?:\d+|[一二三四五六七八九十两百]+)\s*[所个项件家条处座户套]|所有|全部")
_FIGURE_UNIT = lazy_re(r"\d+(?:\.\d+)?\s*[^\d\s]")
# What the shared part must say: an outcome or a figure (not 等单位参加).
_OUTCOME = lazy_re(r"完成|开工|竣工|建成|投用|投产|超|达|滞后|缓慢|\d")
_SHARED_NAMES = 3  # a list shared by at least this many names


def names_sharing_tail(clause: str) -> list[dict[str, str]]:
    """An item per name of ``A、B、C<tail>`` (值得一提的是，A、B、C项目均超额完成…; 从各地完成情况
    看：A、B、C、D超80%; 分领域进度看：A、B、C、D超75%), each with the tail as its
    progress: the comma part holding the list, from the last comma or colon before it to the
    next comma. The words before the list and after it are the first item's frame (the text it
    was read from); a list without an outcome (A、B、C都参加了) is none."""
    start = 0
    for part in re.split(r"(?<=[，,:：])", clause):
        end = start + len(part)
        text = part.rstrip("，,:：")
        parts = split_names(text) if text.count("、") >= _SHARED_NAMES - 1 else []
        tail = _SHARED.search(parts[-1], 2) if parts else None
        counted = tail is not None and bool(tail[1])
        after = clause[end:].strip()  # the clause after the comma part holding the list
        # Names before 等 and a count are examples of that group: they are items only where the
        # clause ends with their outcome; a clause going on about the group (…等80个项目实现新
        # 开工,开工率100%) is the group's row.
        outcome = OUTCOME_WORD if counted else _OUTCOME
        # Or examples of the group whose outcome, said of each, follows the count (A、B等13个
        # 项目，完成年计划70%以上; A、B等11个项目进展较快，均已完成年度投资目标).
        own = parts[-1][tail.end():].strip() if tail is not None else ""
        if _GROUP_NOUN.match(own):  # 等13个省市重点项目: the group's noun, no outcome
            own = ""
        rest = "，".join(x for x in (own, after) if x)
        each = COUNTED_SHARED_REST and counted and bool(after) and said_of_each(rest)
        if tail is not None and (each or outcome.search(parts[-1], tail.start()) and not (
                counted and after)):
            names = [*parts[:-1], parts[-1][: tail.start()].strip()]
            # Names, not scopes (30所幼儿园新建项目、70所…均已全部完成: a count opens them) nor
            # clauses (a verb of progress); a name may hold a figure (40万吨/年MDI项目).
            if all(NAME[0] <= len(n) <= NAME[1] and not _SCOPE.match(n)
                   and not NOT_NAME.search(_FIGURE_UNIT.sub("", n)) for n in names):
                # The group's count (等26个项目) is not each name's: the outcome follows it.
                progress = parts[-1][tail.end() if counted else tail.start():].strip()
                frame = clause[:start] + clause[end:]
                if each:
                    progress, frame = rest, clause[:start]
                return [{"task": name, "progress": progress, "frame": frame if k == 0 else ""}
                        for k, name in enumerate(names)]
        start = end
    return []
