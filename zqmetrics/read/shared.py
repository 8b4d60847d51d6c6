"""Names sharing one outcome in an article's clause: an item per name of ``A、B、C<tail>``
(值得一提的是，A、B、C项目均超额完成…; 从各地完成情况看：A、B、C、D超80%; A、B等13个项目，完成年
计划70%以上), each with the outcome they share as its progress.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zqmetrics.read.clauses import PERIOD_OPENER
from zqmetrics.read.group_status import OUTCOME_WORD, said_of_each
from zqmetrics.read.items import layout_words
from zqmetrics.read.named import NOT_NAME, split_names
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.normalize import fold_chars

NAME = (2, 40)  # a listed name's length
# Switched off by evaluation/ablation.py (the package runs with it on): examples of a counted group
# whose outcome, said of each, follows the count (A、B等13个项目，完成年计划70%以上).
COUNTED_SHARED_REST = True

_GROUP_NOUN = lazy_re(r"^[^，,\d]{0,8}(?:项目|工程|任务|工作)$")


# What closes a list of names and opens what they share: 均/都/全部/分别, a figure they all pass
# (超80%), or 等 and a count (等20多个项目) before an outcome word.
_SHARED = lazy_re(r"(等)\s*(?:\d+|[一二三四五六七八九十两]+)?\s*多?\s*[个项件家条处所]?"
                  r"(?:项目|工程|工作|任务)?(?=\S)|均|都|全部|分别|超\s*\d")
_SCOPE = lazy_re(r"(?:\d+|[一二三四五六七八九十两百]+)\s*[所个项件家条处座户套]|所有|全部")
_FIGURE_UNIT = lazy_re(r"\d+(?:\.\d+)?\s*[^\d\s]")
# What the shared part must say: an outcome or a figure (not 等单位参加).
_OUTCOME = lazy_re(r"完成|开工|竣工|建成|投用|投产|超|达|滞后|缓慢|\d")
_SHARED_NAMES = 3  # a list shared by at least this many names
# Switched off by evaluation/ablation.py (the package runs with them on), reader pass 21:
# - FOLDED: the list and its outcome are matched in the one-to-one fold, so that a traditional
#   copy (順利開工建設, 實現部分投產) reads as a simplified one;
# - TWO_NAMES: two names suffice when 等 or a stage word of data/layout_cues.tsv (shared_stage:
#   提前开工, 建成投运, 已完工 …) closes them (A、B等重点项目已完工; A、B建成投运); the stage words are
#   outcome words too (A、B、C等项目全速推进);
# - AND_LAST: a list closed by a stage word, not by 等, ends with two names joined by 和
#   (A、B和C提前开工建设; A和B开通运营), each at least _AND_NAME characters (及 joins words inside
#   a name: A安防镜头及光学镜片生产项目);
# - AMOUNT_GROUP: names before 等 and a count of length or places (等7条城市道路) are examples
#   of an amount the group reached: the group is the row (the corpus conventions).
# FOLDED is off: xingtai-2016-06 (+6 rows) and xining-haidong-2024-05 (+3) gain with it, but the
# held-out line loses a cell and a status (reader pass 21); the tests switch it on.
FOLDED = False
TWO_NAMES = True
STAGE_CLOSE = True
AND_LAST = True
AMOUNT_GROUP = True
# The clause after the comma part holding a list (…,D、E顺利通车,F完成土建工程) is read on, not kept
# as the first name's frame (text in no cell): its own lists are items, else it is a clause for
# the article reader (the key REST of the last item returned).
REST_READ = True
# Names before 等 with no count (A、B等重点项目已完工,C…) are items though the clause goes on, after
# a short lead with no figure. Off: one development document (xilinhaote-2025-09, +2 rows, +2
# status) and a cell lost in xuzhou-2017-04 (reader pass 21); the tests switch it on.
UNCOUNTED_ON = False
# Reader pass 26: the words before a list after more than a short lead (…，X完成土建工程，A、B等项目有序
# 实施) are read as clauses of their own (their own lists, else the article reader's task and
# progress), not kept as the first name's frame, so that a list need not open its clause to be read.
LEAD_READ = True
_LEAD_MAX = 10
REST = "_rest"
LEAD = "_lead"
# A short first comma part with no figure (其中，; 目前，): a lead, the frame of what follows.
_SHORT_PART = lazy_re(rf"[^，,\d]{{1,{_LEAD_MAX}}}[，,]")
# 等 and the group's noun, no count, closing the last name of a pair (A和B等项目…).
_BARE_GROUP = lazy_re(r"\s*等\s*[^，,\d]{0,6}?(?:项目|工程)\s*$")
_AND_NAME = 4
_AND = lazy_re(r"和")
# A group's noun after 等 (项目 read as 项 and 目 by the count's classifier), before what it reached.
_NOUN_LEAD = lazy_re(r"^(?:一批)?[^，,\d]{0,6}?(?:项目|工程|学校|目)")
_OPENERS = ("已", "均", "全部", "进度", "顺利", "提前", "全速", "加快", "有序", "提速", "建成", "开通",
            "实现", "基本", "皆")
_COUNT_END = lazy_re(r"(?:\d{1,3}|[两二三四五六七八九十])\s*[个项件個項](?:项目|項目)?\s*$")
_COUNTED = lazy_re(r"等\s*(?:\d|[一二三四五六七八九十两百])")
# 等 and a count of things measured rather than items (条, 处, 所, 座 …): an amount.
_AMOUNT = lazy_re(r"^等\s*(?:\d+|[一二三四五六七八九十两百]+)\s*多?\s*[条处所座]")


def _short_lead(lead: str) -> bool:
    """Whether the words before a list are a short lead with no figure (截至目前，, 其中，): the
    first name's frame then; longer words before it would be left in no cell."""
    return len(lead) <= _LEAD_MAX and not re.search(r"\d", lead)


def _stage_at(folded: str, start: int = 0) -> int:
    """Where the first stage word closing a list (data/layout_cues.tsv shared_stage) starts in
    ``folded`` from ``start``, or -1."""
    found = [at for w in layout_words("shared_stage") if (at := folded.find(w, start)) >= 0]
    return min(found, default=-1)


def _and_split(name: str) -> list[str]:
    """A last name holding two joined by 和 (outside brackets) as two, when both are long
    enough to be names; else the name."""
    for m in _AND.finditer(name):
        head, tail = name[: m.start()].strip(), name[m.end():].strip()
        if len(head) >= _AND_NAME and len(tail) >= _AND_NAME and head.count("(") == head.count(")") \
                and head.count("（") == head.count("）"):
            return [head, tail]
    return [name]


# Switched off by evaluation/ablation.py (the package runs with it on), reader pass 21: quoted
# names run together before 等 and an outcome (“A”“B”“C”等5小项已完成; 其中，“A”“B”等项目超额完成
# 30%以上): an item per quote, the quote its task (its marks as written), the outcome its progress.
QUOTED_RUN = True
# Two or more quotes side by side (a 、 or space between them allowed), then 等, an optional count
# and the group's noun (5小项, 项目, 为老项目), then what they reached.
_QUOTED = lazy_re(r"((?:“[^“”]{2,80}”\s*[、]?\s*){2,})等\s*(?:\d+|[一二三四五六七八九十两]+)?\s*"
                  r"[个项件]?[^，,。；;“”\d]{0,6}?(?=已|均|全部|超额|提前|顺利|基本|完成|开工|建成|投用|投产)")
_QUOTE = lazy_re(r"“[^“”]+”")


def quoted_names(clause: str) -> list[dict[str, str]]:
    """An item per quoted name of ``“A”“B”…等<group><outcome>`` (see QUOTED_RUN), the words
    before the quotes (a short lead: 截止目前，, 其中，) the first item's frame, the clause after
    the outcome's comma part given back under REST; none when the clause is no such list."""
    m = _QUOTED.search(fold_chars(clause)) if QUOTED_RUN else None
    if m is None:
        return []
    lead = clause[: m.start()]
    if not _short_lead(lead):
        return []
    said = clause[m.end():]
    cut = re.search(r"[，,；;]", said)
    progress, after = (said[: cut.start()], said[cut.end():].strip()) if cut else (said, "")
    names = [q.group() for q in _QUOTE.finditer(clause, m.start(1), m.end(1))]
    found = [{"task": name, "progress": progress.strip(), "frame": lead if k == 0 else ""}
             for k, name in enumerate(names)]
    if after and REST_READ:
        found[-1] = {**found[-1], REST: after}
    elif after:
        found[0] = {**found[0], "frame": lead + after}
    return found


def names_sharing_tail(clause: str, split: Callable[[str], tuple[str, str]] | None = None
                       ) -> list[dict[str, str]]:
    """An item per name of ``A、B、C<tail>`` (值得一提的是，A、B、C项目均超额完成…; 从各地完成情况
    看：A、B、C、D超80%; 分领域进度看：A、B、C、D超75%), each with the tail as its
    progress: the comma part holding the list, from the last comma or colon before it to the
    next comma. The words before the list are the first item's frame (the text it was read
    from), and so are those after it unless REST_READ reads them as an item of their own, cut
    into task and progress by ``split`` (the article reader's; without it they are given back
    under REST); a list without an outcome (A、B、C都参加了) is none."""
    read: list[dict[str, str]] = []
    for one in _names_sharing_tail(clause):
        lead = one.pop(LEAD, "")
        if lead and split is None:
            one["frame"] = lead + one["frame"]
        elif lead and split is not None:  # the words before a list: clauses of their own
            before = _lead_items(lead, split)
            if not before:  # a scope or a context (在…的项目中), no clause: the frame it was
                one["frame"] = lead + one["frame"]
            read.extend(before)
        read.append(one)
    found = read
    rest = found[-1].pop(REST, "") if found and split is not None else ""
    if rest and split is not None:  # the clause after the list: an item of its own
        task, progress = split(rest)
        found.append({"task": task, "progress": progress, "frame": ""})
    return found


def _lead_items(lead: str, split: Callable[[str], tuple[str, str]]) -> list[dict[str, str]]:
    """The words before a list read as clauses of their own (LEAD_READ): their own lists, else
    one item cut by ``split`` after a data period or a short lead (截至6月底，; 其中，), its
    frame; none when it is a scope with no progress (在总投资大于50亿元的项目中), a clause the split does not cut
    (混凝土管道项目完工并试生产) being a task alone."""
    found = names_sharing_tail(lead, split)
    if found:
        return found
    when = PERIOD_OPENER.match(lead) or _SHORT_PART.match(lead)
    frame = when[0] if when else ""
    task, progress = split(lead[len(frame):].strip())
    if not task or (not progress and task.endswith("中")):
        return []
    return [{"task": task, "progress": progress, "frame": frame}]


def _names_sharing_tail(clause: str) -> list[dict[str, str]]:
    quoted = quoted_names(clause)
    if quoted:
        return quoted
    start = 0
    for part in re.split(r"(?<=[，,:：])", clause):
        end = start + len(part)
        text = part.rstrip("，,:：")
        # The one-to-one fold: every position is the text's own.
        seen = fold_chars(text) if FOLDED else text
        least = 1 if TWO_NAMES or STAGE_CLOSE else _SHARED_NAMES - 1
        parts = split_names(text) if text.count("、") >= least else []
        looked = split_names(seen) if parts else []
        tail = _SHARED.search(looked[-1], 2) if looked else None
        staged = -1
        if looked and STAGE_CLOSE and (tail is None or not tail[1]):
            # A stage word right after the last name closes the list (A、B建成投运).
            staged = _stage_at(looked[-1], 2)
            if staged >= 0 and _COUNT_END.search(looked[-1], 0, staged):
                staged = -1  # A、B2个已完工: names closed by their count (read.counted)
            if staged >= 0 and (tail is None or staged <= tail.start()):
                tail = _STAGE_CLOSE.search(looked[-1], staged)
            else:
                staged = -1
        if (AND_LAST and STAGE_CLOSE and not parts and "、" not in text and _AND.search(text)):
            # A和B开通运营: two names joined by 和, closed by a stage word.
            staged = _stage_at(seen, 2)
            if staged >= 0:
                pair = _and_split(text[:staged])
                if len(pair) == 2:
                    parts, looked = [text], [seen]
                    tail = _STAGE_CLOSE.search(seen, staged)
        if tail is not None and len(parts) < _SHARED_NAMES and not (
                TWO_NAMES and (tail[1] and not _COUNTED.match(looked[-1], tail.start())
                               or staged >= 0)):
            # Two names before 等 and a count are examples of the counted group (A、B等9个项目).
            tail = None
        counted = tail is not None and bool(tail[1])
        if counted and AMOUNT_GROUP and tail is not None and _AMOUNT.match(looked[-1][tail.start():]):
            tail = None  # 等7条城市道路: the group's amount, its row
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
        each = COUNTED_SHARED_REST and counted and bool(after) and said_of_each(
            fold_chars(rest) if FOLDED else rest)
        outcome_at = tail is not None and (
            staged >= 0 or bool(outcome.search(looked[-1], tail.start()))
            or (STAGE_CLOSE and _stage_at(looked[-1], tail.start()) >= 0))
        # A group is counted (等9个, 等一批); names before a bare 等 and its noun (等重点项目已完工,…)
        # are the items even when the clause goes on, only after a short lead (see _short_lead).
        short = _short_lead(clause[:start])
        grouped = counted and not (UNCOUNTED_ON and tail is not None
                                   and not _COUNTED.match(looked[-1], tail.start()) and short)
        # A list only this pass reads (two names, a stage word closing it) after more than a short
        # lead is left: the words before it, the first name's frame, would be in no cell.
        if tail is not None and (len(parts) < _SHARED_NAMES or staged >= 0) and not short \
                and not LEAD_READ:
            tail = None
        if tail is not None and (each or outcome_at and not (grouped and after)):
            names = [*parts[:-1], parts[-1][: tail.start()].strip()]
            if AND_LAST and staged >= 0 and not tail[1]:
                names = [*names[:-1], *_and_split(names[-1])]
                if LEAD_READ and len(names) == 2:
                    # A和B等项目进入收尾阶段: the group's bare noun after the pair is no name's.
                    names[-1] = _BARE_GROUP.sub("", names[-1])
            # Names, not scopes (30所幼儿园新建项目、70所…均已全部完成: a count opens them) nor
            # clauses (a verb of progress); a name may hold a figure (40万吨/年MDI项目).
            if len(names) >= 2 and all(NAME[0] <= len(n) <= NAME[1] and not _SCOPE.match(n)
                   and not NOT_NAME.search(_FIGURE_UNIT.sub("", fold_chars(n) if FOLDED else n))
                   for n in names):
                # The group's count (等26个项目) is not each name's: the outcome follows it.
                progress = parts[-1][tail.end() if counted else tail.start():].strip()
                if counted and STAGE_CLOSE:
                    # The group's noun is no outcome (等重点项目已完工, 等一批新项目顺利开工): the
                    # progress opens where the stage or outcome word does.
                    said = looked[-1][tail.end():].strip()
                    noun = _NOUN_LEAD.match(said)
                    if noun and said[noun.end():].startswith(_OPENERS):
                        progress = progress[noun.end():]
                frame = clause[:start] + clause[end:]
                if each:
                    progress, frame = rest, clause[:start]
                elif REST_READ and after:
                    frame = clause[:start]
                found = [{"task": name, "progress": progress, "frame": frame if k == 0 else ""}
                         for k, name in enumerate(names)]
                # A lead closed by a colon introduces the list (…情况如下：): it stays the frame.
                lead = clause[:start].rstrip()
                if LEAD_READ and not short and len(lead) >= 4 and not lead.endswith(("：", ":")):
                    lead = lead.rstrip("，,")
                    found[0] = {**found[0], "frame": found[0]["frame"][start:], LEAD: lead}
                if REST_READ and after and not each:
                    more = _names_sharing_tail(after)
                    if more and more[0]["frame"]:
                        more = []  # words before the next list would be its frame: read as a clause
                    found = [*found, *more] if more else [*found[:-1], {**found[-1], REST: after}]
                return found
        start = end
    return []


# A stage word closing a list: matched where it starts, nothing taken (the outcome is the rest).
_STAGE_CLOSE = lazy_re(r"(?=\S)()")
