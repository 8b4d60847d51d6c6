"""Prose progress articles: an item per sentence pair (关于<task>。<progress>) or per clause.

Two shapes are read (opener words and prefaces in ``data/layout_cues.tsv``):

- *item sentences*: a paragraph opening ``关于<task>。`` is an item, its next sentences the
  progress; ``一是…。二是…。`` components inside it are sub-items (``parent_seq`` the item);
- *clauses*: otherwise every clause (a sentence, or a part of one cut at ``；``) of the body is an
  item; its task is the first comma part, after a discourse preface (统计显示，据介绍，其中：; an
  aside or a date before a comma: 此外，近日，7月9日，) and a paragraph's topic frame (在…方面，
  在…中，) are dropped; a data period before a comma (截至9月底，1-10月，) is read as the item's
  frame (the progress is the text after the task); a target part (年度计划投资…) stays with the
  task; the rest is the progress. Bylines and points of view (分行业看，) frame a clause too
  (.framing); names sharing one outcome are items (.shared). A first part reading
  ``<subject>(已)完成…`` is cut before the verb (a subject then a stage word,
  ``<subject>已找到…``, ``<subject>正在…``, before it), and a later comma part naming
  its own subject and what it achieved (…，B工程完成投资394万元，…) is an item of its own.
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.read import announced as _announced
from zqmetrics.read import framing as _framing
from zqmetrics.read.clauses import COMMA as _COMMA
from zqmetrics.read.clauses import NOT_SUBJECT as _NOT_SUBJECT
from zqmetrics.read.clauses import PERIOD_OPENER as _PERIOD_OPENER
from zqmetrics.read.clauses import SUBJECT_MIN as _SUBJECT_MIN
from zqmetrics.read.clauses import achieved_at as _achieved_at
from zqmetrics.read.clauses import (
    base_only,
    closed_stage_at,
    continues,
    group_subject_end,
    measure_start,
    named_again,
    scope_split,
    sub_item,
    year_lead,
)
from zqmetrics.read.clauses import comma_parts as _comma_parts
from zqmetrics.read.clauses import counted_verb_at as _counted_verb_at
from zqmetrics.read.clauses import group_at as _group_at
from zqmetrics.read.clauses import stage_at as _stage_at
from zqmetrics.read.clauses import stage_subject_at as _stage_subject_at
from zqmetrics.read.framing import byline_end, topic_frame, topic_lead, viewpoint_end
from zqmetrics.read.generic import MARKER, marker_number
from zqmetrics.read.items import layout_words
from zqmetrics.read.lead_status import carry_lead_status
from zqmetrics.read.plans import join_plans
from zqmetrics.read.ranked import ranked_names
from zqmetrics.read.renamed import renamed_item, renamed_progress
from zqmetrics.read.segments import LABELLED_PAIRS, labelled_pairs
from zqmetrics.read.shared import NAME as _NAME
from zqmetrics.read.shared import names_sharing_tail as _names_sharing_tail
from zqmetrics.text import lexicon
from zqmetrics.text.lazy import lazy_re

_SENTENCE = lazy_re(r"[^。！？!?]+[。！？!?]?")
_CLAUSE = lazy_re(r"[^。；;！？!?]+[。；;！？!?]?")
_COMPONENT = lazy_re(r"^([一二三四五六七八九十])是")
_ENUMERATOR = lazy_re(r"^\s*(?:\d{1,2}\s*[.．、)）](?!\d)|[（(]\d{1,2}[)）])")
_BODY_MIN = 20  # a body paragraph is longer than a headline and has sentence punctuation
_DATE_OPENER = lazy_re(r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:上午|下午)?")


def _paragraphs(lines: list[str]) -> list[tuple[int, str]]:
    return [(i + 1, line.strip()) for i, line in enumerate(lines)
            if len(line.strip()) >= _BODY_MIN and re.search(r"[。；;，,]", line)]


def _openers() -> tuple[str, ...]:
    return layout_words("opener")


def opened_items(lines: list[str]) -> list[dict[str, Any]]:
    """Items of paragraphs opening with an opener word (关于…。), with their 一是 components."""
    items: list[dict[str, Any]] = []
    for number, para in _paragraphs(lines):
        if not para.startswith(_openers()):
            continue
        sentences = [s.strip() for s in _SENTENCE.findall(para) if s.strip()]
        parent = str(sum(1 for i in items if i.get("parent_seq") is None) + 1)
        item = {"seq": parent, "task": sentences[0], "progress": "", "line": number}
        items.append(item)
        rest = sentences[1:]
        components = [k for k, s in enumerate(rest) if _COMPONENT.match(s)]
        if not components:
            item["progress"] = "".join(rest)
            continue
        item["progress"] = "".join(rest[: components[0]])
        for a, k in enumerate(components):
            end = components[a + 1] if a + 1 < len(components) else len(rest)
            items.append({"seq": rest[k][0], "parent_seq": parent,
                          "task": rest[k], "progress": "".join(rest[k + 1 : end]),
                          "line": number})
    return items


# Switched off by evaluation/ablation.py (the package runs with them on).
REPORTER_SOURCE = True


@lexicon.derived
def _reporter_source() -> re.Pattern[str]:
    """A reporter's source before a comma: 记者17日从省发展改革委获悉, 8月5日,记者从…上了解到,
    22日记者从…专题会上了解到, 記者從近日召開的兩會上獲悉 (the words in ``reporter`` and
    ``reported`` of data/layout_cues.tsv)."""
    who = "|".join(re.escape(w) for w in layout_words("reporter"))
    said = "|".join(re.escape(w) for w in layout_words("reported"))
    return re.compile(rf"^(?:\d{{1,2}}日)?(?:{who})[^，,。；;]{{0,60}}?(?:{said})\s*[，,：:]")


def _strip_preface(text: str) -> tuple[str, bool, bool]:
    """The clause without its framing; whether the framing names the press item's source (the
    paper's dateline, a byline, who told the reporter); and whether it holds a heading the
    clause is read under (分行业看，)."""
    viewed = False
    stripped = _framing.without_press_lead(text.strip())
    press = len(stripped) < len(text.strip())
    text = stripped
    changed = True
    while changed:
        changed = False
        byline = byline_end(text)
        if byline:  # who wrote the item, before it or as the clause's whole (…支撑。(记者 X))
            text = text[byline:].lstrip()
            changed = press = True
        view = viewpoint_end(text) or _framing.context_end(text)
        if view:  # 分行业看，: a heading over the clause's figures; 面对…，: what it is told in
            text = text[view:].lstrip()
            changed = viewed = True
        source = _reporter_source().match(text) if REPORTER_SOURCE else None
        told = source.end() if source else _framing.source_end(text)
        if told:  # who told the reporter frames the clause: the task follows
            text = text[told:].lstrip()
            changed = press = True
        for word in layout_words("preface"):
            if text.startswith(word):
                text = text[len(word):].lstrip("，,：: ")
                changed = True
        # A discourse or time opener before a comma (此外，近日，7月9日，) frames the clause.
        asides = [w for w in layout_words("aside") if text.startswith(w)]
        date = _DATE_OPENER.match(text)
        opener = asides[0] if asides else date[0] if date else None
        if opener and text[len(opener):len(opener) + 1] in ("，", ","):
            text = text[len(opener) + 1:].lstrip()
            changed = True
    return text, press, viewed


# Switched off by evaluation/ablation.py (the package runs with it on).
YEAR_LEAD = True
# Off (lueyang-2020-06 alone: 47個重點建設項目|開復工44個、完成投資…, a counted verb before the achieved
# word opens the progress); the tests set it on.
COUNTED_FIRST = False
# A later comma part opening with a counted group and its own figure is an item (…59.8%,11個市級重點
# 項目|開復工率100%): on since reader pass 27 (.clauses.comma_parts; hanzhong-2018-08 and lueyang).
COUNTED_GROUPS = True


def split_task(clause: str) -> tuple[str, str]:
    """A clause's subject and the rest: cut before an achieved or stage word or a counted verb,
    else at the first comma (see the module text)."""
    year = year_lead(clause)
    if YEAR_LEAD and year is not None and not year[1]:
        # The year a plan is set out for (2024年,我县安排重点项目91宗…; 2025年,省政府民生实事共有
        # 45件…) is part of the task that sets it out: the subject follows, the year stays before it.
        task, progress = split_task(clause[len(year[0]):])
        return year[0] + task, progress
    parts = _COMMA.split(clause, maxsplit=1)
    first = parts[0]
    at = _achieved_at(first)
    stage = _stage_at(first)
    if stage >= 0 and (at < 2 or stage < at):
        # A subject then its stage (社康中心配套建设已找到…, …工程正在进行施工招标).
        at = stage
    counted = _counted_verb_at(first) if at < 2 or COUNTED_FIRST else -1  # only when it is read
    if at < 2 or (COUNTED_FIRST and 0 <= counted < at):
        # A subject then a count it reached (全市145個百大項目開復工92個), before any achieved
        # word (47個重點建設項目開復工44個、完成投資…: the count opens the progress).
        at = counted
    group = group_subject_end(first)
    if 0 < group < len(first) and (at < 2 or group <= at):
        # Names closing with their group (A、B等80个重点项目实现新开工…; A等一批重大工程加快
        # 建设进度): the group's noun ends the subject, what it did opens the progress.
        return first[:group].strip(), clause[group:].strip()
    if at >= 2:
        at = measure_start(first, at) if MEASURE_WORDS else at
        return first[:at].strip(), clause[at:].strip()
    if len(parts) == 1:
        return clause, ""
    return scope_split(clause, first)


# Switched off by evaluation/ablation.py (the package runs with it on).
LEAD_COLON = True


@lexicon.derived
def _lead_colon() -> re.Pattern[str]:
    """A clause's lead closed by a list-lead word and a colon (…完成情况为：, …分别是：)."""
    words = "|".join(re.escape(w) for w in layout_words("list_lead") if w != "项目")
    # Or a count and what it counts (确定了继续推进10件为民实事：A、B…), after the clause's frame.
    counted = r"(?:[^，,。；;:：]{0,60}[，,])?[^，,。；;:：]{0,20}?\d+\s*[件项个][^，,。；;:：\d]{1,10}"
    return re.compile(rf"([^，,。；;:：]{{2,40}}?(?:{words})|{counted})\s*[:：](.+)", re.DOTALL)


NAMED_AFTER_LEAD = True


def _names(text: str) -> list[str]:
    """The names a lead's list gives (A、B、C, no comma: a list, not a sentence), or none."""
    text = text.strip().rstrip("。；;")
    parts = [p.strip() for p in re.split(r"[、]", text)]
    if _COMMA.search(text) or len(parts) < 3 or not all(_NAME[0] <= len(p) <= _NAME[1] for p in parts):
        return []
    return parts


# Switched off by evaluation/ablation.py (the package runs with it on).
NAMES_SHARING_TAIL = True


# Switched off by evaluation/ablation.py (the package runs with them on): .clauses.continues (a
# clause without a subject of its own), .clauses.named_again (an earlier item named again).
CONTINUED = True
NAMED_AGAIN = True
MEASURE_WORDS = True  # plan or measure words before a rate are the rate's (.clauses.measure_start)
SUB_ITEMS = True  # …，其中：<N个…> opens an item of its own (.clauses.sub_item)
STAGE_SUBJECTS = True  # …正在…，B正在…: a later subject with its own stage (_stage_subject_at)
# A period before the task (1-4月，A完成…) stays out of the progress cell (off: kept in front of it).
PERIOD_IN_PROGRESS = False


def clause_items(lines: list[str]) -> list[dict[str, Any]]:
    """An item per clause of the body paragraphs (see the module text)."""
    items: list[dict[str, Any]] = []
    topic_end = layout_words("topic")
    for number, para in _paragraphs(lines):
        pairs = labelled_pairs(para) if LABELLED_PAIRS else []
        if pairs:
            items.extend({**pair, "line": number} for pair in pairs)
            continue
        # The item a clause without a subject of its own continues: the last one this paragraph's
        # clauses made by subject and progress (not a list of names), with the mark closing it.
        last: dict[str, Any] | None = None
        closed = ""
        raws = [c.strip() for c in _CLAUSE.findall(para)]
        left = _announced.clauses_left(raws)  # to each one's sentence end: .announced.over_clauses
        for k, raw in enumerate(raws):
            clause = raw.rstrip("。；;！？!?")
            mark, closed = closed, raw[len(clause):][:1]
            first = _COMMA.split(clause, maxsplit=1)
            framed = k == 0 and first[0].startswith("在") and first[0].endswith(topic_end)  # 在…方面，
            topic = ""  # a topic heading (在…方面，) as the item's frame: framing.topic_frame
            if len(first) == 2 and (framed or (mark in ("", "。") and topic_lead(first[0]))):
                topic, clause = topic_frame(clause[: len(clause) - len(first[1])]), first[1]
            whole = clause
            clause, press, viewed = _strip_preface(clause)
            if len(clause) < 4:
                continue
            if (CONTINUED and last is not None and not press
                    and continues(clause, last["task"] + (last["progress"] or ""))):
                # No subject of its own: the clause goes on with the item before it (its figures,
                # its 完成年度计划的x%); a later part naming its own subject is still an item.
                more = _own_subjects({"line": number, "task": "", "progress": clause},
                                     owner=last["task"])
                before = last["progress"] + (mark or "，") if last["progress"] else ""
                last["progress"] = before + more[0]["progress"]
                items.extend(more[1:])
                last = more[-1] if len(more) > 1 else last
                continue
            last = None
            item: dict[str, Any] = {"line": number, **({"frame": topic} if topic else {})}
            if press or viewed:
                # A press item's source (its dateline, who told the reporter) and a heading the clause
                # is told under are read, not lost: the text readers' competition counts them read.
                item["frame"] = topic + whole[: len(whole) - len(clause)]
            announced = _announced.clause_items(clause, item, split_task)  # 3项进展较快，A…、B…、C…
            if announced:
                items.extend(announced)
                continue
            shared = (_names_sharing_tail(clause, split_task) if NAMES_SHARING_TAIL else []) or ranked_names(clause)
            if shared:
                items.extend({**one, "line": number} for one in shared)
                continue
            numbered = MARKER.match(clause)
            if numbered and len(clause) > numbered.end():  # 1.新建… : the marker is the seq
                item["seq"] = marker_number(numbered)
                clause = clause[numbered.end():]
            when = _PERIOD_OPENER.match(clause)
            lead = _lead_colon().match(clause[when.end():] if when else clause)
            # A lead naming a status (进度滞后的项目分别是：) heads a bulletin's list: left to it.
            status_led = lead is not None and any(w in lead[1] for w in layout_words("list_status"))
            opened = None if lead else _announced.over_clauses(clause, left[k])
            if opened is not None:  # 有9个指标…，即：A…；B…: the lead frames the first of its clauses
                item["frame"], clause = item.get("frame", "") + opened[0], opened[1]
            if LEAD_COLON and lead and len(lead[2].strip()) >= 4 and not status_led:
                # A lead closed by a colon inside the clause (…建设完成情况为：A6059盏，…): what
                # follows it is the item; the lead only introduces it.
                clause = (when[0] if when else "") + lead[2].strip()
                names = _names(lead[2]) if NAMED_AFTER_LEAD else []
                if names:  # …项目分别是：A、B、C: each name an item, the lead read as their frame
                    items.extend({"line": number, "task": name, "progress": "",
                                  "frame": lead[1] if k == 0 else ""} for k, name in enumerate(names))
                    continue
            if when and len(clause) > when.end() + 4:
                # A data period before a comma (截至9月底，1-10月，) dates the clause's figures:
                # the task follows it. The progress is the text after the task (the corpus
                # conventions), so the period is read as the item's frame; the report's period,
                # read from the same words, dates the figures.
                task, progress = split_task(clause[when.end():].strip())
                if PERIOD_IN_PROGRESS:
                    item["task"], item["progress"] = task, when[0] + progress if progress else ""
                else:
                    item["task"], item["progress"] = task, progress
                    item["frame"] = item.get("frame", "") + when[0]
            else:
                item["task"], item["progress"] = split_task(clause)
            earlier = named_again(item["task"], items) if NAMED_AGAIN and item["progress"] else None
            renamed = None if earlier is not None or not item["progress"] else renamed_item(item["task"], items)
            earlier = earlier or renamed
            if earlier is not None and not press and not item.get("seq"):
                # The clause's subject is an earlier item's counted thing named again (…实施重点
                # 项目76个。1-4月，76个重点项目动工60个…), or the group the item before counted at its
                # opening (.renamed): the clause is that item's progress.
                more = (_own_subjects({**item, "task": "", "progress": whole}, owner=earlier["task"])
                        if renamed is None else renamed_progress(item, whole, _own_subjects))
                close = mark if earlier is last and mark else "。"
                before = earlier["progress"] + close if earlier["progress"] else ""
                earlier["progress"] = before + more[0]["progress"]
                items.extend(more[1:])
                last = more[-1] if len(more) > 1 else earlier
                continue
            made = _own_subjects(item)
            items.extend(made)
            last = made[-1]
    return items


def _own_subjects(item: dict[str, Any], owner: str = "") -> list[dict[str, Any]]:
    """The item, and after it each comma part of its progress that names its own subject and
    what it achieved (…，新汴河灌区续建配套与节水改造完成投资394万元，…; …，10个“黑点”整治已完成3个):
    an item of its own, reported in the same sentence; each item's progress runs to the next.
    ``owner``: the task of the item an item without one (a clause going on with it) reports on."""
    # Parts with the comma that closes each, so that a progress keeps the text as written.
    parts = _comma_parts(item["progress"] or "", glued=COUNTED_GROUPS)
    cuts: list[tuple[int, int]] = []  # (part, where its achieved verb starts)
    # A list of stages (前期 projects: A正在…，B已批复…) is told by the item's own progress opening
    # with a stage word: only then does a later subject before a stage word, with no figure, open
    # an item (a subject and a stage after an item's figures is more often that item's detail).
    staged = bool(parts) and _stage_at("____" + parts[0].lstrip()) == _SUBJECT_MIN
    for k, part in enumerate(parts):
        at = _achieved_at(part)
        sub = sub_item(part) if SUB_ITEMS and k else -1
        if sub >= 0:  # …，其中：42个生态环保项目…: a part of the item, reported as an item
            cuts.append((k, measure_start(part, at) if MEASURE_WORDS and at > sub else len(part)))
            continue
        stage = _stage_subject_at(part) if STAGE_SUBJECTS and k and staged else -1
        if stage < 0 and k and 0 <= (closed := closed_stage_at(part)) and (at < 0 or closed <= at):
            stage = closed  # …，B工程建成投运: other work closed by its own stage (decision 17 b)
        if stage >= 0:  # …正在进行方案深化，B工程正在开展施工图设计: B is reported on its own
            cuts.append((k, stage))
            continue
        group = _group_at(part, item["task"] or owner) if COUNTED_GROUPS and k else -1
        if group >= 0 and (at < 0 or group < at):
            # …占年計劃的59.8%,11個市級重點項目開復工率100%,…: another counted group of the
            # sentence with its own figure, reported as an item.
            cuts.append((k, group))
            continue
        counted = _counted_verb_at(part) if COUNTED_FIRST else -1
        if 0 <= counted < at:  # 47個重點建設項目開復工44個、完成投資…: the count opens it
            at = counted
        subject = part[:at].strip()
        if COUNTED_FIRST and _counted_verb_at("_" * _SUBJECT_MIN + subject) == _SUBJECT_MIN:
            continue  # 開復工44個、完成投資…: the count the item reached, no subject
        if (at >= 0 and len(subject) >= _SUBJECT_MIN and not _NOT_SUBJECT.match(subject)
                and any(ch.isdigit() for ch in part[at:])
                and not (CONTINUED and base_only(subject))):  # 年度计划完成率: the item's plan
            cuts.append((k, measure_start(part, at) if MEASURE_WORDS else at))
    if not cuts:
        return [item]
    ends = [k for k, _ in cuts] + [len(parts)]
    out = [{**item, "progress": "".join(parts[: ends[0]]).rstrip("，,")}]
    for (k, at), end in zip(cuts, ends[1:], strict=True):
        text = parts[k][at:] + "".join(parts[k + 1 : end])
        task = parts[k][:at][max(0, sub_item(parts[k])):].strip().rstrip("，,")
        out.append({"line": item["line"], "task": task,
                    "progress": text.strip().rstrip("，,")})
    return out


def read_article(lines: list[str]) -> list[dict[str, Any]]:
    """Items of a progress article; none when no clause holds a figure (an article reports some)."""
    items = carry_lead_status(opened_items(lines) or join_plans(clause_items(lines), lines), lines)
    # A figure, not an enumerator: 1. 2. opening lines are numbering, not something reported.
    texts = [_ENUMERATOR.sub("", i["task"], count=1) + i["progress"] for i in items]
    return items if any(ch.isdigit() for t in texts for ch in t) else []
