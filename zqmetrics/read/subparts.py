"""Parts of an item written after ``其中`` that are rows of their own (reader pass 19).

A report gives an item's figures, then a part of it after 其中: ``…年度计划投资完成率77.9%，其中新开工
项目开工率95.5%``; ``…全省新增城镇就业125.99万人，其中失业人员再就业31.37万人、就业困难人员实现就业
10.96万人，均已全部完成年度目标``; ``…完成年度计划投资的31.45%。其中，省重点项目…年度计划投资7.65亿元，…
完成年度计划投资的55%``. The corpus conventions (decisions after the agreement study) make such a part
a sub-row only when it has its own target, stated ratio or verdict; an amount alone
(``其中建设工程23个、产业项目14个``) stays an actual of its parent. Whichever text reader took the
item, the part sits in its progress, where no later stage can judge it apart: it is cut out into a
row of its own after the item (the parent keeps the text before and after it).

A part runs from 其中 to the end of its sentence or of its ``；`` clause. It is a row when, read on its
own, it states a completion ratio (``完成年度计划的55%``, ``开工率95.5%``), a verdict (``均已全部完成年度
目标``) or a target (``年度计划投资7.65亿元``), and not when it stands in brackets (``（其中11个项目未
按计划节点开工）``), ranks places or units (``其中进展最快的是盘锦市(70%)``) or tallies items by
their status (``其中24个事项已提前完成全年任务，9个事项超序时进度``: the count of each status is the
parent's summary, not a task). Names listed with a figure each and one verdict for all
(``A31.37万人、B10.96万人，均已…``) are a row each, sharing the verdict.

Read after the text readers have competed (as :mod:`.counted` and :mod:`.respective` are), on the
reading taken.
"""

from __future__ import annotations

from typing import Any

from zqmetrics.read import group_status
from zqmetrics.read.articles import clause_items, split_task
from zqmetrics.read.framing import topic_lead
from zqmetrics.read.items import layout_words
from zqmetrics.read.named import NOT_NAME, count_of, depths, list_statuses, split_names
from zqmetrics.read.shared import said_of_each
from zqmetrics.text.clauses import parse
from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.normalize import fold_chars

# Switched off by evaluation/ablation.py (the package runs with it on).
OWN_PARTS = True
# Off: the item's figures in its task as well as before the part in its progress (tried in reader
# pass 19: gansu-2015-10 +2 rows with respective.AND_JOINED, held-out targets F1 0.396 -> 0.395).
TASK_FIGURES = False
# 其中 at the start of the progress or of a clause, then the part up to its sentence's or its
# ；-clause's end.
_PART = lazy_re(r"(?:^|(?<=[，,。；;：:]))\s*其中(?![的之])\s*[，,：:]?\s*([^。；;]+)")
# How far into a part its ranking lead may close (进展最快的是, 开工进展排名靠前的地区为).
_LEAD_MAX = 16
# A tally by status: two or more counted groups, each with a status of its own
# (24個事項已提前完成全年任務，9個事項超序時進度).
_TALLY = lazy_re(r"(?:^|[，,])\s*\d+\s*[个個项項件家所座]\s*(?:事项|事項|项目|項目|指标|指標)?\s*"
                 r"(?:已|超|按|正|未)")
# A figure with its unit: what each name of a shared-verdict list must hold.
_FIGURE = lazy_re(r"\d+(?:\.\d+)?\s*\S")
_COMMA = lazy_re(r"[，,]")
_MARKS = "，,；;：:"
# The first figure of a part, and the rate word (two characters and 率, 为 or 达 after it) before it.
_FIGURE_AT = lazy_re(r"\d+(?:\.\d+)?")
_RATE_BEFORE = lazy_re(r"[^\d\s，,、]{2}率\s*(?:为|為|达到|達到|达|達)?\s*$")


def _own(part: str) -> bool:
    """Whether a part states its own completion ratio, verdict or target (the conventions'
    test for a sub-row)."""
    cell = parse(part)
    return bool(cell.ratios or cell.verdicts or any(r.value == "target" for r in cell.roles))


def _ranked(body: str) -> bool:
    """Whether a part ranks places or units: its first comma part closes a lead with a
    ``ranking`` word of data/layout_cues.tsv (其中进展最快的是A(70%))."""
    lead = _COMMA.split(body, maxsplit=1)[0][:_LEAD_MAX]
    return any(w in lead for w in layout_words("ranking"))


def _rows(prefix: str, body: str) -> list[dict[str, str]]:
    """The rows of one part: one per name of a list sharing what is said after its comma, else
    one, cut into task and progress as an article clause is."""
    cut = _COMMA.search(body)
    head, comma, tail = (body[: cut.start()], cut[0], body[cut.end():]) if cut else (body, "", "")
    names = split_names(head) if comma else []
    if (len(names) >= 2 and all(_FIGURE.search(n) for n in names)
            and not any(ch.isdigit() for ch in tail)):
        rows = []
        for k, name in enumerate(names):
            task, figure = _figure_cut(name)
            said = "，".join(p for p in (figure, tail.strip()) if p)
            rows.append({"task": (prefix if k == 0 else "") + task, "progress": said})
        return rows
    task, progress = split_task(body)
    if not progress:
        task, progress = _figure_cut(task)
    return [{"task": prefix + task, "progress": progress}]


def _figure_cut(text: str) -> tuple[str, str]:
    """A part that is its subject and figure only (新开工项目开工率95.5%, 失业人员再就业31.37万人) cut
    before the figure, or before the rate word naming it: the figure is the progress, where the
    extractor reads results (in a task cell it would be read as the target)."""
    m = _FIGURE_AT.search(text)
    if m is None or m.start() < 2:
        return text, ""
    at = m.start()
    rate = _RATE_BEFORE.search(text, 0, at)
    if rate is not None and rate.start() >= 2:
        at = rate.start()
    return text[:at].strip(), text[at:].strip()


def _parts(progress: str, task: str = "") -> list[tuple[int, int, list[dict[str, str]]]]:
    """The 其中 parts of a progress that are rows: their span and their rows."""
    found = []
    depth = depths(progress)
    for m in _PART.finditer(progress):
        body = m[1].strip()
        start = m.start() + len(m[0]) - len(m[0].lstrip())
        # A part that opens the progress is the item's own account (其中幼师培训任务500人，截至督查时
        # …): a part is one of an item whose figures come first in its progress. (A figure in the
        # task as well, TASK_FIGURES: gansu-2015-10 +2 rows, but held out targets F1 and cells down.)
        before = progress[:start] + (task if TASK_FIGURES else "")
        if depth[start] > 0 or len(body) < 4 or not any(ch.isdigit() for ch in before):
            continue
        if _ranked(body) or len(_TALLY.findall(body)) >= 2:
            continue
        prefix = m[0].strip()[: len(m[0].strip()) - len(m[1].strip())]
        if not _own(body):
            named = _names_under(body, progress[:start])
            if named:
                found.append((start, m.end(), [
                    {"task": (prefix if k == 0 else "") + name, "progress": said,
                     **({"status": said} if group_status.GROUP_STATUS else {})}
                    for k, (name, said) in enumerate(named)]))
            continue
        found.append((start, m.end(), _rows(prefix, body)))
    return found


# Switched off by evaluation/ablation.py (reader pass 23): names after 其中 with no figure or
# verdict of their own, under a status said of each of them.
NAMED_PARTS = True
# A counted status closing the clause before 其中 (10个补助类项目中，8项进展较快，其中A、B…).
_COUNTED_STATUS = lazy_re(r"\d+\s*[项項个個件]\s*(\S{2,8}?)\s*[，,：:]?\s*$")
# 等, a count and the group's noun after the last name (A、B等12个计划新开工项目已全部开工).
# Without 等 the count closes the names and counts them (A、B2个计划新开工项目已全部开工).
_GROUP = lazy_re(r"(等)?\s*(\d+|[一二三四五六七八九十两]+)\s*[个项件個項]\s*[^，,。；;\d]{0,10}?"
                 r"(?:项目|項目|工程|任务|任務|事项|事項)")
_NAME_LEN = (2, 40)


def _names_under(body: str, before: str) -> list[tuple[str, str]]:
    """The names of a 其中 part and what each is said to have reached, when the part lists two
    names or more and what is said applies to each of them: the counted status the clause
    before 其中 ends with (8项进展较快，其中A、B、C、D: each of the eight is going fast), or an
    outcome said of all of a counted group after the names (A、B等12个计划新开工项目已全部开工); the
    conventions' test for names under a status (each named item is its own row). None else."""
    if not NAMED_PARTS:
        return []
    group = _GROUP.search(body)
    if group is not None:
        said = body[group.end():].strip()
        head = body[: group.start()]
        if not said_of_each(fold_chars(said)) or (
                not group[1] and count_of(group[2]) != len(split_names(head))):
            return []
    else:
        status = _COUNTED_STATUS.search(before)
        if status is None or not _is_status(status[1]):
            return []
        said, head = status[1], body
    names = split_names(head)
    if len(names) < 2 or not all(
            _NAME_LEN[0] <= len(n) <= _NAME_LEN[1] and not NOT_NAME.search(n) for n in names):
        return []
    return [(n, said) for n in names]


def _is_status(words: str) -> bool:
    """Whether ``words`` are a status said of a list (进展较快, 已完成): data/layout_cues.tsv."""
    return any(words.startswith(w) or w.startswith(words) for w in list_statuses())


def _bare(task: Any) -> str:
    """A task as another item would name it: without its 其中 and white space."""
    return _LEAD.sub("", "".join(str(task or "").split()))


_LEAD = lazy_re(r"^其中[，,：:]?")


def split_parts(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` with each 其中 part that is a row of its own read after its item (see the module
    text)."""
    if not OWN_PARTS:
        return items
    out: list[dict[str, Any]] = []
    # A part another reading of the same text already made a row (a heading's paragraph read
    # whole and clause by clause) is not read twice.
    tasks = {_bare(i.get("task")) for i in items}
    for item in items:
        progress = str(item.get("progress") or "")
        parts = _parts(progress, str(item.get("task") or "")) if "其中" in progress else []
        parts = [p for p in parts if not any(_bare(r["task"]) in tasks for r in p[2])]
        if not parts:
            out.append(item)
            continue
        rest, at = "", 0
        for start, end, _ in parts:
            rest += progress[at:start]
            at = end
            # the mark before the part goes with it when a mark follows it (A，其中B。C → A。C)
            if progress[at:at + 1] in _MARKS + "。":
                rest = rest.rstrip().rstrip(_MARKS + "。")
            elif at == len(progress):
                rest = rest.rstrip().rstrip(_MARKS)
        rest = (rest + progress[at:]).strip()
        out.append({**item, "progress": rest})
        # The item's own status (a bulletin's list lead) is not the part's: the part has its own.
        base = {k: v for k, v in item.items()
                if k not in ("task", "progress", "seq", "frame", "status")}
        parent = item.get("seq") or item.get("parent_seq")
        for _, _, rows in parts:
            out.extend({**base, **row, "parent_seq": parent} for row in rows)
    return out


# Sentences of an item's progress opened by a topic lead (去产能方面，…。去库存方面，…) are
# sub-items, two such sentences at least (reader pass 23). Off: one development document
# (yantai-2017-h1, +5 rows, +9 figures; with framing.TOPIC_FRAMED, ningxia-2020-fy +8 more, but
# targets F1 falls); a switch for the lead, the tests set it on.
TOPIC_PARTS = False
_SENTENCE = lazy_re(r"[^。！？!?]+[。！？!?]?")


def _topic_at(sentence: str) -> int:
    """Where the text after a sentence's topic lead starts (去库存方面，|截至6月底，…), or 0."""
    cut = _COMMA.search(sentence)
    return cut.end() if cut and topic_lead(sentence[: cut.start()]) else 0


def _topic_starts(progress: str) -> list[tuple[int, int]]:
    """Where each sentence of ``progress`` opened by a topic lead starts, and where the text after
    its lead starts."""
    out = []
    for m in _SENTENCE.finditer(progress):
        sentence = m[0].lstrip()
        at = _topic_at(sentence)
        if at:
            out.append((m.start(), m.start() + len(m[0]) - len(sentence) + at))
    return out


def split_topics(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` with the topic sentences of a progress read as rows after their item: from a
    sentence opened by ``<field>方面，`` to the next such sentence, the lead the row's frame (a
    heading, never the task: the corpus conventions), the rest cut into task and progress as an
    article clause is. A lone topic sentence is the item's own account."""
    if not TOPIC_PARTS:
        return items
    out: list[dict[str, Any]] = []
    for item in items:
        progress = str(item.get("progress") or "")
        starts = _topic_starts(progress)
        if len(starts) < 2:
            out.append(item)
            continue
        out.append({**item, "progress": progress[: starts[0][0]].strip()})
        parent = item.get("seq") or item.get("parent_seq")
        base = {k: v for k, v in item.items()
                if k not in ("task", "progress", "seq", "frame", "status")}
        for k, (at, body) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else len(progress)
            text = progress[body:end].strip()
            # The task as the article reader cuts the first clause (a period before it, 截至6月底，
            # framing it); the progress all that follows the task, so that nothing is lost.
            first = next(iter(clause_items([text])), {})
            task = str(first.get("task") or "")
            if task and task in text:
                lead, rest = text[: text.index(task)], text[text.index(task) + len(task):]
            else:
                (task, rest), lead = split_task(text), ""
            # A result line's figure is the progress, where the extractor reads results (in a task
            # cell it would be read as the target), as a 其中 part's is.
            task, figure = _figure_cut(task)
            rest = figure + rest if figure else rest.lstrip("，, ")
            out.append({**base, "task": task, "progress": rest,
                        "frame": progress[at:body].strip() + lead, "parent_seq": parent})
    return out
