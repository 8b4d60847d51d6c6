"""Which development documents each reader rule helps: the corpus scored with the rule off.

    python -m evaluation.ablation [--variants]

Each rule is switched off by patching the module that holds it (nothing in the package knows about
this), the development part is scored document by document, and the development documents whose rows,
cells or period get worse are listed; held-out documents are only counted, never named. The
metamorphic variants of the development documents (evaluation.table_variants, .item_variants: each
dev table in every layout, each dev item list renumbered and sectioned) are scored too: a rule
that no corpus document needs but that the variants of several documents need is general.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

from evaluation.corpus import CorpusScore, load_corpus, pair_rows, score_document, squash

NEVER = re.compile(r"(?!)")


def _words_without(module: Any, category: str) -> Any:
    original = module.layout_words

    def patched(cat: str) -> tuple[str, ...]:
        return () if cat == category else original(cat)

    return mock.patch.object(module, "layout_words", patched)


@contextmanager
def _and_parts(respective: Any, subparts: Any) -> Iterator[None]:
    with mock.patch.object(respective, "AND_JOINED", True), \
            mock.patch.object(subparts, "TASK_FIGURES", True):
        yield


@contextmanager
def _asides_off(articles: Any) -> Iterator[None]:
    with _words_without(articles, "aside"), mock.patch.object(articles, "_DATE_OPENER", NEVER):
        yield


@contextmanager
def _both(flat: Any) -> Iterator[None]:
    with mock.patch.object(flat, "_SHORT_JOIN", 0.0), mock.patch.object(flat, "_FIGURES_JOINED", 0.0):
        yield


@contextmanager
def _all(*patches: Any) -> Iterator[None]:
    with contextlib.ExitStack() as stack:
        for patch in patches:
            stack.enter_context(patch)
        yield


def _rules() -> dict[str, Callable[[], Any]]:
    from zqmetrics.extraction import columns as cell_figures  # here: patched, not used
    from zqmetrics.read import (  # here: the rules' modules are patched, not used
        announced,
        arith,
        articles,
        bracketed,
        bulletin,
        clauses,
        columns,
        compete,
        coverage,
        examples,
        figure_periods,
        flat,
        flatcells,
        framing,
        glued,
        group_status,
        headed_text,
        items,
        labels,
        later_headers,
        layouts,
        lead_status,
        listed,
        marks,
        merged,
        named,
        periods,
        pipe,
        placement,
        plans,
        ranked,
        reader,
        renamed,
        respective,
        respective_text,
        rows,
        scripts,
        sections,
        segments,
        seqcol,
        shared,
        shares,
        spaced,
        spellings,
        status_first,
        subparts,
        symbols,
        tabletext,
        tail,
        textitems,
        wide,
        year_done,
        year_end,
        yearwords,
    )

    return {
        "period header (1-3月 → actual)": lambda: mock.patch.object(columns, "_PERIOD_HEADER", NEVER),
        "完成情况 of figures is the actual": lambda: mock.patch.object(wide, "_TARGET_FIGURE", -1),
        "period plan (前三季度投资计划)": lambda: mock.patch.object(wide, "_PART_OF_YEAR", NEVER),
        "short rows placed by content": lambda: mock.patch.object(
            reader, "place_short_rows", lambda rows, width, **kw: (rows, 0)),
        "flat: short cells do not wrap": lambda: mock.patch.object(flat, "_SHORT_JOIN", 0.0),
        "flat: two figures are two cells": lambda: mock.patch.object(flat, "_FIGURES_JOINED", 0.0),
        "flat: both of the above": lambda: _both(flat),
        "pipe: footnotes are not cells": lambda: mock.patch.object(pipe, "_FOOTNOTE", NEVER),
        "spaced: group header dropped": lambda: mock.patch.object(spaced, "_TEXT_ROLES", frozenset()),
        "article: prefaces dropped": lambda: _words_without(articles, "preface"),
        "article: topic frame dropped": lambda: _words_without(articles, "topic"),
        "article: opener items (关于…)": lambda: _words_without(articles, "opener"),
        "article: asides and dates before a comma (此外，近日，7月9日，)": lambda: _asides_off(articles),
        "article: a period before a comma goes to the progress (截至9月底，)": lambda: _all(
            mock.patch.object(articles, "_PERIOD_OPENER", NEVER),
            mock.patch.object(clauses, "PERIOD_OPENER", NEVER)),
        "article: a comma part with its own subject is an item": lambda: mock.patch.object(
            articles, "_own_subjects", lambda item: [item]),
        "article: subject cut at 完成/累计": lambda: _all(_words_without(articles, "achieved"),
                                                        _words_without(clauses, "achieved")),
        "article: target part stays in task": lambda: _words_without(articles, "plan"),
        "article: newspaper dateline": lambda: _all(mock.patch.object(framing, "_NEWS_LEAD", NEVER),
                                                   mock.patch.object(framing, "_PRESS_LEAD", NEVER)),
        "bulletin: split at (第N项)": lambda: mock.patch.object(bulletin, "_NUMBERED", NEVER),
        "bulletin: names around their status (A、B等…滞后; N项…（A、B）)": lambda: mock.patch.object(
            bulletin, "named_items", lambda sentence, line: []),
        "names closed by a count equal to their number (A、B2项正在…; A、B2个项目推进较快; A、B、C等3项常态化开展)":
            lambda: mock.patch.object(named, "NAMES_COUNTED", False),
        "labelled parts (进展情况：, (责任单位：X)) in text items": lambda: mock.patch.object(
            textitems, "apply_labels", lambda item: item),
        "generic reading when no layout is recognised": lambda: mock.patch.object(
            textitems, "generic_items", lambda lines: []),
        "pipe table with a header or 序号 stands": lambda: mock.patch.object(
            layouts, "_pipe_wins", lambda table: False),
        "flat: lone row numbers are an unnamed 序号 column": lambda: mock.patch.object(
            flat, "_run", lambda cells, number: 0),
        "单位 holding names is no unit column": lambda: mock.patch.object(
            wide, "_units_share", lambda cells: 1.0),
        "period: a single month in a sentence is no report period": lambda: mock.patch.object(
            layouts, "period_from_title",
            lambda line, year=None, sentence=False: periods.period_from_title(line, year)),
        "period: date line": lambda: mock.patch.object(layouts, "_DATE", NEVER),
        "period: a date after its label on a long line of page furniture (发布时间:…)": lambda:
            mock.patch.object(layouts, "LABELLED_DATES", False),
        # Fifth pass (generalisation): rules found with the metamorphic variants.
        "pipe: a line overflowing the row is a row of its own": lambda: mock.patch.object(
            pipe, "_overflows", lambda row, cells, lead, width:
            len(row.cells) >= width and row.new_cells(cells, lead) > 0),
        "pipe: a 序号 after lost merged cells goes to the 序号 column": lambda: mock.patch.object(
            pipe, "_shifted_seq", lambda cells, seq_at, last_seq: (None, 0)),
        "pipe: header over two lines": lambda: mock.patch.object(
            pipe, "_header_rest", lambda lines, at, width: []),
        "pipe: a second header line naming columns under a merged cell": lambda: mock.patch.object(
            pipe, "_sub_header", lambda lines, at, columns: []),
        "pipe: rows of one width without header or 序号": lambda: mock.patch.object(
            pipe, "_find_even_rows", lambda lines: None),
        "bulletin: a counted status leads a list (项目25个…已完成。分别为：; …3件，如…; (二)16个项目…达到时序进度要求。)":
            lambda: _all(mock.patch.object(bulletin, "_counted", lambda text: False),
                         mock.patch.object(bulletin, "_counted_lead", lambda sentence: None)),
        "text readers compete with a table by shape only (a page's metadata block)":
            lambda: mock.patch.object(reader, "_off_bars", lambda frame, lines: 0),
        "wide: a task-like column filled on few rows is a group": lambda: mock.patch.object(
            wide, "sparse_tasks", lambda tasks, fill, rows, body: []),
        "wide: merged cells placed in group columns first": lambda: mock.patch.object(
            placement, "_GROUP_EMPTY", 0.0),
        # Reader pass 24 (tables of the fifteenth collection).
        "wide: rows read up to a 备注 column blank on every row (rows that lost a merged group "
        "cell placed)": lambda: mock.patch.object(placement, "OPTIONAL_TAIL", False),
        "wide: columns assumed without a header read by their cells (offices the owner, status "
        "words the status)": lambda: mock.patch.object(wide, "ASSUMED_BY_CONTENT", False),
        "wide: the task column must name tasks": lambda: mock.patch.object(
            wide, "_check_task", lambda *args: None),
        "flat: a table of figures (label columns, a label opens a row)": lambda: mock.patch.object(
            flat, "_FIGURE_ROLES", frozenset()),
        "spaced: a row number before the label": lambda: mock.patch.object(
            spaced, "_seq", lambda token: False),
        "spaced: units of measure among the figures": lambda: mock.patch.object(
            spaced, "_is_unit", lambda token: False),
        "spaced: a group label before the row's": lambda: mock.patch.object(
            spaced, "_GROUP_LABELS", 1),
        "spaced: header lines of short cells however long": lambda: mock.patch.object(
            spaced, "_HEADER_PART", -1),
        "spaced: a title line is no header": lambda: mock.patch.object(spaced, "_TITLE", NEVER),
        "spaced: a label and one figure inside the table": lambda: mock.patch.object(
            spaced, "_one_figure_rows", lambda lines, data: []),
        "items: a section's sub-headings are its items": lambda: mock.patch.object(
            items, "_carry_text", lambda body, start, level: False),
        # Seventh collection (text layouts).
        "items: a section heading's body read clause by clause (its sub-items)": lambda: mock.patch.object(
            sections, "section_parts", lambda item, lines: []),
        "article: a stage word (已, 正在, 准备) opens the progress after a subject": lambda: mock.patch.object(
            articles, "_stage_at", lambda part: -1),
        "article: a counted verb (开工18个, 開復工92個) opens the progress after a subject": lambda: (
            mock.patch.object(articles, "_counted_verb_at", lambda part: -1)),
        "bulletin: a numbered labelled line (1.<label>：项目7项，…) is an item": lambda: (
            mock.patch.object(bulletin, "_labelled", lambda text, line: None)),
        "period: an amount is no year (1901.7亿元)": lambda: mock.patch.object(
            periods, "_YEAR_ANYWHERE", re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")),
        # Sixth pass (tables): rules found with the sixth collection.
        "merged heading kept on its first row only is its rows' group": lambda: mock.patch.object(
            merged, "lift_merged_groups", lambda rows, roles, headers=(): (rows, [])),
        "figure columns named by their arithmetic (ratio = 100 × actual ÷ target)":
            lambda: mock.patch.object(reader, "read_by_arithmetic",
                                      lambda rows, roles, assumed=False: (rows, list(roles), {}, [])),
        # Reader pass 11 (the cells of table copies).
        "arithmetic names figure columns whose roles were assumed without a header": lambda:
            mock.patch.object(arith, "ASSUMED_GIVE_WAY", False),
        "pipe: the header's first cells on the line above the one the lexicon finds": lambda:
            mock.patch.object(later_headers, "HEADER_BEFORE", False),
        # Round 2 (tables of the eighth collection: 项目类别, 地区, 项目 | 分值 | 目标任务 | 监考单位).
        "header: words that name a column only as the whole cell (项目, 地区, 单位名称)": lambda:
            mock.patch.object(columns, "whole_cell_lexicon", lambda: {}),
        "wide: with no task column, a group column naming its rows is the task (项目类别)": lambda:
            mock.patch.object(wide, "GROUP_LABELS", False),
        "period: the actual column's header month (1-9月 完成投资) when the text gives a year only":
            lambda: mock.patch.object(periods, "HEADER_MONTH", False),
        "flat: a figure right after a name is that name's, no row number (分值 3, 2, 1)": lambda:
            mock.patch.object(flat, "NUMBERS_OPEN_ROWS", False),
        "flat: numbered rows wider than the header add its trailing cells of no role": lambda:
            mock.patch.object(flat, "WIDTH_BY_NUMBERS", False),
        "flat: the cells before row 1 are a row of their own (全市, 合计)": lambda:
            mock.patch.object(flat, "TOTAL_ROW", False),
        "flat: a name then a figure opens a row (项目, 分值, …; section names left out)": lambda:
            mock.patch.object(flat, "LABEL_THEN_FIGURE", False),
        "table: rows one cell wider than the header and numbered 1, 2, 3 (an unnamed 序号)": lambda:
            mock.patch.object(seqcol, "UNNAMED_SEQ", False),
        # Eighth pass (tables, second pass).
        "header lines under the header (no figure, a bracketed unit) are no rows":
            lambda: mock.patch.object(reader, "header_rows", lambda rows: (rows, [])),
        "units written on a header's lines reach the figure columns under them":
            lambda: mock.patch.object(reader, "block_units", lambda *a, **k: {}),
        "period: a one-cell bar line above the table is its title bar": lambda: mock.patch.object(
            layouts, "_title_lines",
            lambda lines: (x for x in lines if x.strip() and not layouts.pipe_row(x))),
        # Numbered-items pass (issue 10, layout 7).
        "items: a numbered paragraph carries its own text (long, or 标签：text)": lambda:
            mock.patch.object(items, "paragraph_item", lambda text: False),
        "items: a numbered heading naming a status (一、进度滞后的项目) is the items' status": lambda:
            mock.patch.object(items, "NUMBERED_STATUS", False),
        "items: a numbered line's short first sentence is its task (一、新建幼儿园5所。目前已建成3所。)":
            lambda: mock.patch.object(items, "HEAD_SENTENCE", False),
        "items: a status heading without a colon naming its group (进度滞后的项目（3个）)": lambda:
            mock.patch.object(items, "STATUS_GROUPS", False),
        "competition: a list entry counts as read only when an item opens with its name": lambda:
            mock.patch.object(compete, "NAMED_ENTRIES", False),
        "period: 截至/前N个月 phrases": lambda: mock.patch.object(periods, "_PHRASE", re.compile(
            periods._PHRASE.pattern.replace("前 \\s* (?P<first>", "(?!)(?P<first>").replace(
                "(?:截至|截止|(?<![^\\s，,。；;：:、（(])至) \\s* (?:到|今年|本年)?", "(?!)"),
            re.VERBOSE)),
        # Round 2, text layouts (issue 10).
        "period: a date line in January, the text naming no year, is the year before's account":
            lambda: mock.patch.object(layouts, "YEAR_END", False),
        "period: a sentence leading with its year (2020年，厦门市…) gives the year of the account":
            lambda: mock.patch.object(layouts, "YEAR_LEAD", False),
        "article: a reporter's source (记者17日从…获悉，) frames the clause, and is read":
            lambda: mock.patch.object(articles, "REPORTER_SOURCE", False),
        "article: a lead closed by a colon inside a clause (…完成情况为：A…; …分别是：A、B) only introduces it":
            lambda: mock.patch.object(articles, "LEAD_COLON", False),
        "article: the names a lead's list gives (…分别是：A、B、C; 继续推进10件为民实事：A、B…) are items":
            lambda: mock.patch.object(articles, "NAMED_AFTER_LEAD", False),
        "labels inside a line (，牵头部门：X。; 任务目标：… 进展情况：… pairs on one line)":
            lambda: _all(mock.patch.object(labels, "INLINE_LABELS", False),
                         mock.patch.object(segments, "LABELLED_PAIRS", False),
                         mock.patch.object(articles, "LABELLED_PAIRS", False)),
        # Reader pass 5 (issue 10: places not seen).
        "period: 至N月底 opening a clause is 截至N月底": lambda: mock.patch.object(
            periods, "_PHRASE", re.compile(periods._PHRASE.pattern.replace(
                "|(?<![^\\s，,。；;：:、（(])至)", ")"), re.VERBOSE)),
        "period: 前三季度 runs January to September (1-9月), not the third quarter alone": lambda:
            mock.patch.object(periods, "FIRST_QUARTERS", False),
        "period: a span to December's end (截止12月31日, 至12月底) is the whole year": lambda:
            mock.patch.object(periods, "DECEMBER_END", False),
        # Periods pass 2 (issue 10): one spelling for data through December. The scorer counts
        # 2024-12 and 2024 one period, so this switch moves no score; it shows the label only.
        "period: data through December (2024-12: a December date line, 截至12月17日) are the "
        "year 2024, data month 2024-12": lambda:
            mock.patch.object(spellings, "DECEMBER_IS_YEAR", False),
        "period: a dated line with bars (2020-05-08 09:39\\|来源:…) is the page's date line": lambda:
            mock.patch.object(layouts, "DATED_BARS", False),
        "header: a header word of no role (备注, 责任领导, 存在问题) is header evidence": lambda:
            mock.patch.object(columns, "KNOWN_NO_ROLE", False),
        "table: section headings across the table (一、产业发展类, its other cells empty) are no rows": lambda:
            mock.patch.object(marks, "SECTIONS", False),
        "table: a 序号 column numbered another way ((1), 一、, ①) throughout": lambda:
            mock.patch.object(marks, "OTHER_SEQ", False),
        "flat: a cell ending in 表 is the title, not a header cell (…推进情况汇总表)": lambda:
            mock.patch.object(flat, "_NOT_HEADER", re.compile(r"[:：,，。;；]|(?:19|20)\d{2}\s*年|^表")),
        "table: cells between tabs or full-width/box bars (｜ │) are a pipe table's": lambda:
            mock.patch.object(layouts, "OTHER_BARS", False),
        "table: a row numbering the columns under the header (1, 2, 3 …) is no row": lambda:
            mock.patch.object(marks, "COLUMN_NUMBERS", False),
        "article: names sharing one outcome (A、B、C均…, A、B等20多个项目已…, A、B、C超80%) are items": lambda:
            mock.patch.object(articles, "NAMES_SHARING_TAIL", False),
        # Reader pass 6 (issue 10: rows lost, tables of shapes no document has yet).
        "spaced: a table of words under a header naming its columns (序号 主要任务 进展情况 责任单位)":
            lambda: mock.patch.object(spaced, "NAMED_HEADER", False),
        "a word in a figure's cell (全部开工): a spaced line of figures, a flat table's rate cell":
            lambda: _all(mock.patch.object(spaced, "FIGURE_WORDS", False),
                         mock.patch.object(flatcells, "FIGURE_WORDS", False)),
        "vertical pipe, strict form (a cell on its line, then a line holding only |)": lambda:
            _all(mock.patch.object(flatcells, "STRICT_VERTICAL", False),
                 mock.patch.object(layouts, "STRICT_VERTICAL", False)),
        "spaced: a word spread over its cell is one (渠 县, 序 号)": lambda:
            mock.patch.object(spaced, "SPREAD_WORDS", False),
        "pipe: a 序号 cell holding a dash (a total row's —) is no lost 序号": lambda:
            mock.patch.object(later_headers, "DASHED_SEQ", False),
        "pipe: a second table's header (its own columns) places its rows' cells by role": lambda:
            mock.patch.object(later_headers, "OTHER_HEADERS", False),
        "pipe: header cells broken over lines (计划 / 完成数 |) are joined": lambda:
            mock.patch.object(later_headers, "WRAPPED_HEADER", False),
        "tables: thousands set apart by commas (1,504,786.55) in a figure": lambda: _all(
            mock.patch.object(spaced, "_FIGURE", re.compile(r"[-+−]?\d+(?:\.\d+)?[%％]?")),
            mock.patch.object(wide, "_NUMBER", re.compile(r"[-+−]?\d+(?:\.\d+)?\s*[%％]?")),
            mock.patch.object(cell_figures, "_BARE", re.compile(r"^\s*[-+]?\d+(?:\.\d+)?\s*$"))),
        "spaced: a full-width space parts cells (a cell's single spaces are its own)": lambda:
            mock.patch.object(spaced, "_WIDE_GAP", re.compile(r"\s{2,}|\t")),
        "spaced: a line of figures may end with text cells (责任单位, 进展情况)": lambda:
            mock.patch.object(spaced, "TEXT_TAIL", False),
        "figures given 分别 to several names are theirs one by one (A、B分别完成x、y)":
            lambda: mock.patch.object(respective, "RESPECTIVE", False),
        # Reader pass 18 (the twelfth collection's articles).
        "分别 names elided to one character (第一、二、三产业分别完成…) (off in the package, switched ON here)":
            lambda: mock.patch.object(respective, "ELIDED_NAMES", True),
        "article: a year before a comma stays in the task of the plan it sets out (2024年,我县安排重点项目91宗…)":
            lambda: mock.patch.object(articles, "YEAR_LEAD", False),
        "article: a counted verb before the achieved word opens the progress (47個重點建設項目開復工44個、完成投資…) "
        "(off in the package, switched ON here: negative figures are what it would add)":
            lambda: mock.patch.object(articles, "COUNTED_FIRST", True),
        "article: a later comma part opening with a counted group and its own figure is "
        "an item (…59.8%,11個市級重點項目開復工率100%,…; …75%124个新建项目已开工…)":
            lambda: mock.patch.object(articles, "COUNTED_GROUPS", False),
        "article: …the counted group with a short saying and no figure (…,151个前期项目有序推进) "
        "(off in the package, switched ON here)":
            lambda: mock.patch.object(clauses, "GROUP_SAYING", True),
        # Reader pass 8 (issue 10/11: an item's figures and its ratio read into different rows).
        "article: a clause without a subject of its own continues the item before it "
        "(…。累计完成投资x，占年度计划的y%; 年度计划完成率为z%)":
            lambda: mock.patch.object(articles, "CONTINUED", False),
        "article: a subject naming an earlier item's counted thing again (…重点项目76个。1-4月，76个"
        "重点项目动工60个…) is that item's progress":
            lambda: mock.patch.object(articles, "NAMED_AGAIN", False),
        "article: plan or measure words before a rate are the rate's (…项目 | 年度计划投资完成率84%)":
            lambda: mock.patch.object(articles, "MEASURE_WORDS", False),
        "article: a comma part opening 其中：<N个…> is an item of its own (…，其中：42个生态环保项目…)":
            lambda: mock.patch.object(articles, "SUB_ITEMS", False),
        "article: names ranked or singled out after 的是 (…最快的是A(70%)；…依次是A(x)、B(y)和C(z)) are items":
            lambda: mock.patch.object(ranked, "RANKED", False),
        "items named as examples of a problem after 如 (…需加快进度。如A、B、C。; 如A等项目) are items":
            lambda: mock.patch.object(examples, "EXAMPLES", False),
        # Reader pass 19 (rows merged into another row).
        "a 其中 part with its own ratio, verdict or target is a row after its item (…完成率77.9%，"
        "其中新开工项目开工率95.5%)": lambda: mock.patch.object(subparts, "OWN_PARTS", False),
        "article: a clause that is only a counted verb and its count (。截至目前，开工33项，…; 。目前已开复工"
        "7项，…) continues the item whose plan the sentence before set out":
            lambda: mock.patch.object(clauses, "COUNTED_CONTINUES", False),
        # Reader pass 30 (figures outside their row's cells).
        "article: a subject opening with the group the item before counted (…重点建设项目710项，年度投资"
        "计划…。重点建设项目1-3月累计完成…; 15个市级重点项目经审核完成…) is that item's progress":
            lambda: mock.patch.object(renamed, "RENAMED", False),
        "分别 lists whose last name and figure are joined by 和 (A、B和C分别完成x、y和z) (off in the "
        "package, switched ON here)": lambda: mock.patch.object(respective, "AND_JOINED", True),
        "a 其中 part after the item's figures in its task too (off in the package, switched ON here, "
        "with 和-joined 分别 lists)": lambda: _and_parts(respective, subparts),
        "article: a topic heading before the clause's comma (在…方面，) is read as the item's frame, "
        "explained when the text readers compete (off in the package, switched ON here)":
            lambda: mock.patch.object(framing, "TOPIC_FRAMED", True),
        "items: two or more sentences of an item's progress opened by a topic lead (去产能方面，…。"
        "去库存方面，…) are sub-items (off in the package, switched ON here; with the topic frame "
        "above, reader pass 23)":
            lambda: mock.patch.object(subparts, "TOPIC_PARTS", True),
        # Reader pass 21 (names under one status).
        "article: names sharing an outcome matched in the one-to-one fold (順利開工建設, 實現部分投產 in "
        "a traditional copy) (off in the package, switched ON here)":
            lambda: mock.patch.object(shared, "FOLDED", True),
        "article: two names closed by 等 or a stage word share its outcome (A、B等重点项目已完工; A、B建成"
        "投运)": lambda: mock.patch.object(shared, "TWO_NAMES", False),
        "article: a stage word of layout_cues shared_stage closes a list of names (A、B建成投运; A、B、C等"
        "项目全速推进)": lambda: mock.patch.object(shared, "STAGE_CLOSE", False),
        "article: quoted names run together before 等 and an outcome (“A”“B”“C”等5小项已完成; 其中，“A”“B”"
        "等项目超额完成30%以上) are an item each": lambda: mock.patch.object(shared, "QUOTED_RUN", False),
        "article: names before a bare 等 and its noun (A、B等重点项目已完工,C、D…) are items though the clause "
        "goes on (off in the package, switched ON here)": lambda: mock.patch.object(shared, "UNCOUNTED_ON", True),
        "article: the clause after a list of names is read on (…,D、E顺利通车,F完成土建工程), not kept as "
        "the first name's frame": lambda: mock.patch.object(shared, "REST_READ", False),
        "article: a list closed by a stage word ends with two names joined by 和 (A、B和C提前开工建设; "
        "A和B开通运营)": lambda: mock.patch.object(shared, "AND_LAST", False),
        "article: names before 等 and a count of length or places (A、B、C等7条城市道路建设完成) are "
        "examples of the group's amount: one row": lambda: mock.patch.object(shared, "AMOUNT_GROUP", False),
        # Reader pass 13 (the document's period and layout).
        "period: a sentence whose subject opens with its year (2017年是…; 2021年度重点任务…) gives "
        "the year of the account": lambda: mock.patch.object(layouts, "YEAR_SUBJECT", False),
        "period: a span of quarters from the first (一至三季度, 1-3季度) or a quarter's end (截至三季度末) "
        "runs from January": lambda: mock.patch.object(periods, "QUARTER_SPANS", False),
        "period: a whole year's account running to December's end (截至12月底) has the data month "
        "December": lambda: mock.patch.object(year_end, "YEAR_END_MONTH", False),
        "period: a date line written day first (03.07.2015 16:16)": lambda: mock.patch.object(
            layouts, "DAY_FIRST_DATES", False),
        "period: a year figures are compared with (比2016年底, 与2016年同期相比) is not the account's":
            lambda: mock.patch.object(yearwords, "COMPARED_YEARS", False),
        "period: the one year the opening names (not compared with, not a plan's) gives a data "
        "phrase without one its year (召开林芝市2017年…发布会…截至10月底)": lambda:
            mock.patch.object(layouts, "ONLY_YEAR", False),
        "period: a mirrored copy's pinyin glosses (前4個(gè)月) are no text in a period phrase":
            lambda: mock.patch.object(yearwords, "PINYIN_GLOSSES", False),
        "bulletin: a bracket glossing a reading (目標(biāo)) names no item": lambda: mock.patch.object(
            named, "GLOSSES", False),
        # Reader pass 10 (issue 10).
        "article: after an item's stage, a later subject with its own stage (A正在…，B正在…; …已完成…，"
        "B已批复) is an item":
            lambda: mock.patch.object(articles, "STAGE_SUBJECTS", False),
        # Reader pass 12 (issue 10: nothing dropped).
        "text no reader placed in a cell (not furniture, a title, a heading or the framing) is "
        "a row of its own, with low confidence":
            lambda: mock.patch.object(coverage, "UNPLACED_ROWS", False),
        # Reader pass 14 (the eleventh collection's articles).
        "article: a bracketed byline ((记者 X), (通讯员 Y)) before a clause or as a clause is framing":
            lambda: mock.patch.object(framing, "BYLINES", False),
        "article: the point of view before a comma (分行业看，从完成情况看，) is a heading, not the task "
        "(on since reader pass 18)":
            lambda: mock.patch.object(framing, "VIEWPOINTS", False),
        "article: names of a counted group with an outcome said of each after the count (A、B、C等13个项目，"
        "完成年计划70%以上; …等11个项目进展较快，均已完成…) are items":
            lambda: mock.patch.object(shared, "COUNTED_SHARED_REST", False),
        "article: a subject's scope and plan parts before its progress (A项目185项，总投资…，年度计划投资…，"
        "1-6月累计完成…) stay with the task, their commas as written":
            lambda: mock.patch.object(clauses, "SCOPE_RUN", False),
        "article: names closing with their group (A、B等80个重点项目实现新开工…) end the subject at the "
        "group's noun":
            lambda: mock.patch.object(clauses, "GROUP_SUBJECT", False),
        "article: a period before the task (1-4月，A完成…) stays out of the progress cell (the text after the task)":
            lambda: mock.patch.object(articles, "PERIOD_IN_PROGRESS", True),
        # Reader pass 15 (bulletin rows).
        "a passage no reader placed goes before an item of its own line that stands after it "
        "(杞县…2个已完工；A、B2个项目推进较快)":
            lambda: mock.patch.object(coverage, "IN_LINE_ORDER", False),
        # Reader pass 16 (the report's period and data month).
        "period: a whole year's account whose page is dated in a later year (2021年度…完成情况, "
        "日期: 2022-01-10) has the data month December":
            lambda: mock.patch.object(year_end, "DATED_AFTER_YEAR", False),
        "period: a whole year's account whose text names no month has the data month December "
        "(said; the corpus conventions of 2026-11-28)":
            lambda: mock.patch.object(year_end, "WHOLE_YEAR_DECEMBER", False),
        "period: the opening's first period phrase without a year (a title's 9月份, a lead 1-10月) is "
        "the report's, a later line or the date line giving the year only":
            lambda: mock.patch.object(layouts, "FIRST_PERIOD_PHRASE", False),
        # Periods, pass 2 of helper pd2 (issue 10).
        "period: the period of a quarterly statistic (1—9月完成地区生产总值; 上半年,全市地区生产总值…增幅) "
        "dates that figure only, when the opening dates its figures otherwise (1—10月; 截至目前 on a "
        "dated page)": lambda: mock.patch.object(figure_periods, "QUARTERLY_FIGURES", False),
        # Periods, pass 3 (issue 10).
        "period: a lead saying the year's counted items are all done (10件实事已全部完成; 10项民生实事"
        "已全部如期兑现) is the whole year's account, its data month December (said)":
            lambda: mock.patch.object(year_done, "YEAR_DONE", False),
        # Reader pass 17 (bulletin rows).
        "an owner named before the task (（一）县教育局：<task>。…; 县发改局负责的“<task>”…) is the owner, "
        "the task what follows it":
            lambda: mock.patch.object(labels, "OWNER_FIRST", False),
        "article: a sentence led by its field closed by 方面 with no 在 (稳定扩大社会就业方面，全区…) is headed "
        "by it, the task after it":
            lambda: mock.patch.object(framing, "TOPIC_LEADS", False),
        "items: numbers glued to their heading (一开展…, 二开展…, 三开展…: three or more in order) are "
        "item numbers (off in the package, switched ON here: one document so far)":
            lambda: mock.patch.object(glued, "GLUED_NUMERALS", True),
        # Reader pass 20 (plans and their progress, lead phrases, page furniture).
        "article: a plan, then its progress under a subject naming nothing of its own (…年度计划投资"
        "440.07亿元,前10月累计完成…; …年度计划投资141.46亿元。截至目前,开工33项) is one item, the plan "
        "in the task":
            lambda: mock.patch.object(plans, "PLAN_PROGRESS", False),
        "article: a plan cue alone is no task: after an item of its line it is that item's plan "
        "(计划年内|完成投资4.5亿元), opening its line it opens the plan (年计划|完成地区生产总值617亿元以上，"
        "…) (reader passes 20 and 23)":
            lambda: _all(mock.patch.object(plans, "PLAN_CUES", False),
                         mock.patch.object(plans, "PLAN_OPENS", False)),
        "article: a press item's lead (日前，记者从…获悉，; 另悉，; 邢臺日報訊(…)從…獲悉，; 人民網西寧6月26日電 "
        "(…)據…消息，) frames its clause":
            lambda: mock.patch.object(framing, "LEAD_SOURCES", False),
        "article: a month span after 今年 (今年1-5月，) is a data period before the task, as 1-5月， is":
            lambda: _all(*(mock.patch.object(m, name, clauses.PERIOD_OPENER_BEFORE) for m, name in (
                (clauses, "PERIOD_OPENER"), (articles, "_PERIOD_OPENER"), (labels, "PERIOD_OPENER")))),
        "article: a quarter, a month's end after 至/到 or a span with 月 after both months (一季度，; "
        "至9月底，; 1月至8月，) is a data period before the task, as 1-5月， is":
            lambda: _all(*(mock.patch.object(m, name, clauses.PERIOD_OPENER_PASS20) for m, name in (
                (clauses, "PERIOD_OPENER"), (articles, "_PERIOD_OPENER"), (labels, "PERIOD_OPENER")))),
        "article: the context or purpose a clause is told in before its comma (面对…，; 在…带动下，; "
        "为保持…，保证…，) frames it when a figure follows (off in the package, switched ON here: one "
        "document so far)":
            lambda: mock.patch.object(framing, "CONTEXTS", True),
        # Reader pass 25 (bulletins and page furniture).
        "items: a heading naming its owner over sub-items (2、医疗惠民工程(承办单位:…) over "
        "(1)(2)(3)) is an item; such a parent heading is no item swallowed when readings compete (two "
        "switches, off in the package, switched ON here together: one document so far)":
            lambda: _all(mock.patch.object(items, "TASK_HEADINGS", True),
                         mock.patch.object(compete, "SECTION_PARENTS", True)),
        "items: a bulletin's numbered group heading with its status and count ((一)进展较快的实事(6个), "
        "一、进展偏慢的项目（3项）) heads its items (reader pass 25; on since pass 28)":
            lambda: mock.patch.object(items, "GROUP_HEADINGS", False),
        "bulletin: a counted status closed by a colon (进展偏慢的项目有3项：A、B、C) leads the list "
        "after it (reader pass 28)": lambda: mock.patch.object(bulletin, "COUNTED_COLON", False),
        "bulletin: a status said of names (进展较快) leads a list as a list status does "
        "(进展较快9项，分别是：A、B)": lambda: mock.patch.object(bulletin, "NAMED_LEADS", False),
        "bulletin: the ；-clauses of a sentence that each lead a list (已完成12项，分别是：A、B；"
        "进展偏慢4项，分别是：C、D) are read one by one":
            lambda: mock.patch.object(bulletin, "CLAUSE_LEADS", False),
        "generic reading: lines of page furniture (索引号 …/2016-00092, 发布日期 2022/08/01) are not "
        "seen, so their digits make no paragraph reporting a figure":
            lambda: mock.patch.object(textitems, "GENERIC_FURNITURE", False),
        # Reader pass 23 (text in no cell, the cut).
        "table: text around a table read from text (a lead paragraph, paragraphs after it) that "
        "no cell holds and that states a figure or a status is rows of their own, with low "
        "confidence":
            lambda: mock.patch.object(tabletext, "TABLE_TEXT", False),
        "table: the numbered headings of the report's first style head the first passage read "
        "under them around a table ((一)省重点项目进展情况 | 2018年,…), and a sentence is no "
        "table title (reader pass 32)":
            lambda: mock.patch.object(headed_text, "HEADED_PASSAGES", False),
        "table: a progress column (形象进度) holding only percentages is the share done, where no "
        "column is named the ratio (reader pass 32)":
            lambda: mock.patch.object(shares, "PERCENT_SHARES", False),
        "articles: a bracket closing a paragraph with no figure inside ((记者 王某), (供稿:某镇)) "
        "is a byline, no item (reader pass 32)":
            lambda: mock.patch.object(bracketed, "BRACKETED", False),
        "table: paragraphs after the last row are not its figure cell (50.2 | "
        "从项目推进情况看，…)":
            lambda: mock.patch.object(tail, "TEXT_AFTER", False),
        "items: names after 其中 under a status said of each (8项进展较快，其中A、B、C; 其中A、B等12个"
        "计划新开工项目已全部开工; 其中A、B2个…已全部开工) are a row each":
            lambda: mock.patch.object(subparts, "NAMED_PARTS", False),
        # Reader pass 26 (names sharing an outcome inside another item).
        "article: the words before a list of names sharing an outcome, after more than a short "
        "lead (…,X完成土建工程,A、B等项目有序实施), are read as clauses of their own, not the first "
        "name's frame": lambda: mock.patch.object(shared, "LEAD_READ", False),
        # Reader pass 27 (items inside another row, by the shape of the text).
        "article: a count announcing the parts after it splits them when their number agrees "
        "(3项进展较快，A完成率35%、B…、C…; 有9个指标…，即：A…；…(9 ；-clauses))":
            lambda: mock.patch.object(announced, "COUNT_ANNOUNCED", False),
        # Reader pass 28 (tables in the forms of the trade: evaluation/trade_variants.py).
        "table: a heading merged across the table written in each cell it spans (一、产业发展类 | "
        "一、产业发展类 | …) is a heading, no row":
            lambda: mock.patch.object(marks, "REPEATED_HEADINGS", False),
        "table: a row whose one filled cell is words in a column left of the task's (序号, a "
        "group: 产业发展类 | | |) is a heading across the table, no row":
            lambda: mock.patch.object(marks, "LEAD_COLUMN_HEADINGS", False),
        "flattened table: the header written again on a later page (续表), 续表 and a note under "
        "the table (注：…, 备注：…, 数据来源：…) are no row's cells":
            lambda: mock.patch.object(marks, "PAGE_MARKS", False),
        "flattened table: an empty cell written as a dash or a slash (/, —) is read as the empty "
        "cell a copy leaves out": lambda: mock.patch.object(marks, "EMPTY_MARKS", False),
        "flattened table of figures: columns of words after the figures (进度评价, 责任单位) close "
        "each row, so a word after a figure opens the next row only before a figure":
            lambda: mock.patch.object(flatcells, "TRAILING_WORDS", False),
        "pipe table: a second header line under a merged cell repeated over its columns "
        "(完成情况 | 完成情况 over 累计完成 | 完成率) names those columns":
            lambda: mock.patch.object(marks, "REPEATED_MERGES", False),
        "table: a target column naming a part of the year (前三季度投资计划) is a period plan on "
        "either side of the year's target, and actual/ratio columns before the targets make "
        "the sets read right to left (columns in another order; off in the package, switched ON "
        "here: one collection's tables so far)":
            lambda: _all(mock.patch.object(wide, "PART_PLANS_ANY_ORDER", True),
                         mock.patch.object(wide, "REVERSED_SETS", True)),
        # Reader pass 29 (a lead's verdict carried to its items; status moves show in
        # evaluation.judge_ablation, which has the same switch).
        "article: a counted lead stating a verdict before a colon (基本完成节点计划的30个项目分别是：; "
        "新增完成的16项具体工作包括： over the next paragraph) is the status of each item it lists":
            lambda: mock.patch.object(lead_status, "LEAD_STATUS", False),
        # Reader pass 31 (bulletin forms of the trade; no development document has them: the
        # bulletin variants show them, python -m evaluation.bulletin_variants).
        "bulletin: names after their status (对进展偏慢的A、B、C等3个项目实行挂牌督办)":
            lambda: mock.patch.object(status_first, "STATUS_FIRST", False),
        "table: a 序号 of 1 after a higher one opens a new run (groups each numbered from 1), "
        "no duplicate row": lambda: mock.patch.object(rows, "RESTARTED_RUNS", False),
        # Reader pass 33.
        "names listed in an item's running text are items (…，A、B等项目已在实施中; A、B等40个项目正在…: "
        "the counted group one item)": lambda: mock.patch.object(listed, "LISTED", False),
        # Reader pass 34 (decision 17: clauses that name their own work).
        "article: a later comma part whose own subject is closed by the stage it reached (…完成投资…，"
        "B工程建成投运; …，C高速完成土建工程) is a row of its own (reader pass 34)":
            lambda: mock.patch.object(clauses, "STAGE_CLOSED", False),
        # Reader pass 35 (a group's verdict carried to the names given of it; the rows it helps
        # change status only, which this table does not count: docs/reader.md lists them).
        "names of a group keep what is said of each as their status (其中A、B等12个计划新开工项目"
        "已全部开工; A、B等11个项目进展较快，均已完成年度投资目标)":
            lambda: mock.patch.object(group_status, "GROUP_STATUS", False),
        # Reader pass 36 (item headings marked by a sign, no number).
        "numbered items: a sign opens an item heading (☑<task>, ■<task>, §<task>§) as a number "
        "does, the lowest level (reader pass 36)":
            lambda: mock.patch.object(symbols, "SYMBOL_ITEMS", False),
        "numbered items: a group heading's own status words (已完工项目, 已启动实施项目 over the "
        "items under it; reader pass 36)":
            lambda: _words_without(items, "heading_status"),
        # Reader pass 37 (a copy in traditional characters or with pinyin glosses read as its
        # simplified copy, its cells given back as written: read/scripts.py).
        "text: a mirrored copy's pinyin glosses (計(jì)劃) are left out of what the readers see, "
        "the cells given back as written (off in the package, switched ON here; reader pass 37)":
            lambda: mock.patch.object(scripts, "GLOSSES", True),
        "text: a copy in traditional characters is read as its simplified copy (累計完成, 據了解, "
        "順利開工), the cells given back as written (off in the package, switched ON here; reader "
        "pass 37)": lambda: mock.patch.object(scripts, "TRADITIONAL", True),
        # Reader pass 38 (items joined to the row before: a whole list counted).
        "names listed in running text whose count is their number (A、B、C等3个子项目已完成; "
        "A、B、C3个项目已全部完成) are an item each, not a counted group (reader pass 38)":
            lambda: mock.patch.object(listed, "WHOLE_COUNT", False),
        "article: a 分别 list opening a clause of a progress (…：A、B参保率分别达到99.5%、97%) is cut out "
        "of its row, its figures dealt out to each name (off in the package, switched ON here; reader "
        "pass 38)": lambda: mock.patch.object(respective_text, "RESPECTIVE_TEXT", True),
    }


# What ``document_measures`` counts, in its order (more is better in each).
MEASURES = ("rows", "cells", "period", "figures", "data month", "layout", "unpaired rows read")


def document_measures(sc: CorpusScore, split: str = "dev") -> tuple[int, ...]:
    """The counts a reader rule is judged on, for one document scored into ``sc``
    (``evaluation.prospective`` reads the same counts)."""
    # Figures right: targets and actuals matched to the hand annotation (a unit the reader
    # gives a figure column shows here, not in rows or cells).
    figures = sc.targets.counts[(split, "*")].tp + sc.actuals.counts[(split, "*")].tp
    # Rows read that pair with no annotated row, negated so that more is better like the
    # rest (reader pass 22: a rule that stops a period or a heading standing as a row).
    _, paired, read = sc.read.rate(split)
    return (sc.rows.rate(split)[1], sc.cells.rate(split)[1], sc.period.rate(split)[1], figures,
            sc.data_month.rate(split)[1], sc.chosen_layout.rate(split)[1], paired - read)


def _per_document() -> dict[str, tuple[str, tuple[int, ...]]]:
    out: dict[str, tuple[str, tuple[int, ...]]] = {}
    for doc in load_corpus():
        sc = CorpusScore()
        score_document(doc, sc)
        out[doc.id] = (doc.split, document_measures(sc, doc.split))
    return out


def _variants() -> dict[str, tuple[str, str, int]]:
    """Each metamorphic variant's text, the dev document it comes from, and its gold rows found
    (the text readers' variants; the grid files are left to the tests)."""
    from evaluation.item_variants import STYLES, mixed_sections, restyle
    from evaluation.item_variants import documents as item_documents
    from evaluation.table_variants import FIGURE_SOURCES, SPACED_TEXT, TEXT_VARIANTS, sources

    out: dict[str, tuple[str, str, int]] = {}
    tables = sources()  # each reads its development document's table: once for both families
    for source in tables:
        for name, render in TEXT_VARIANTS.items():
            if (not name.startswith("spaced") or source.doc.id in FIGURE_SOURCES
                    or name in SPACED_TEXT):
                out[f"{source.doc.id}:{name}"] = (render(source), source.doc.id, len(source.rows))
    from evaluation.trade_variants import TRADE_VARIANTS, applies, extra_rows
    for source in tables:
        for name, render in TRADE_VARIANTS.items():
            if applies(name, source):
                out[f"{source.doc.id}:trade:{name}"] = (
                    render(source), source.doc.id, len(source.rows) + extra_rows(name, source))
    for doc in item_documents():
        for name in ("dot", "paren_han", "circled", "glued"):
            out[f"{doc.id}:{name}"] = (restyle(doc, STYLES[name]), doc.id, 0)
        out[f"{doc.id}:section"] = (restyle(doc, STYLES["dot"], section="一、总体完成情况"), doc.id, 0)
        out[f"{doc.id}:mixed"] = (mixed_sections(doc), doc.id, 0)
    return out


def _variant_rows(variants: dict[str, tuple[str, str, int]]) -> dict[str, int]:
    """Rows right in each variant: gold rows found, less rows read beyond the table's (a header
    line or a section read as a row); a refusal finds none."""
    from zqmetrics.read.reader import read_report

    golds = {d.id: d.rows for d in load_corpus() if d.split == "dev"}
    found = {}
    for key, (text, doc_id, expected) in variants.items():
        try:
            tasks = [squash(t) for t in read_report(text)["task"]]
        except Exception:  # a refusal is a result: no row found
            tasks = []
        extra = max(0, len(tasks) - expected) if expected else 0
        found[key] = len(pair_rows(golds[doc_id], tasks)) - extra
    return found


@contextmanager
def _off(make: Callable[[], Any]) -> Iterator[None]:
    from zqmetrics.text import lexicon

    with make():
        lexicon.use(lexicon.Lexicon())  # derived caches rebuilt with the rule off
        try:
            yield
        finally:
            lexicon.use(lexicon.Lexicon())


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m evaluation.ablation")
    parser.add_argument("--variants", action="store_true",
                        help="score the metamorphic variants too (several minutes)")
    parser.add_argument("--rule", help="only the rules whose name holds this text")
    args = parser.parse_args(argv)
    base = _per_document()
    variants = _variants() if args.variants else {}
    base_variants = _variant_rows(variants)
    print("| rule | development documents it helps (rows, cells, period, figures, data month, "
          "layout lost with it off, unpaired rows read gained with it off) "
          "| variants it helps (rows lost; dev documents they come from) "
          "| held-out documents it changes |")
    print("| --- | --- | --- | --- |")
    for name, make in _rules().items():
        if args.rule and args.rule not in name:
            continue
        with _off(make):
            off = _per_document()
            off_variants = _variant_rows(variants)
        lost = {k: base_variants[k] - off_variants[k] for k in variants
                if off_variants[k] != base_variants[k]}
        origins = sorted({variants[k][1] for k, v in lost.items() if v > 0})
        shown_variants = (f"{sum(1 for v in lost.values() if v > 0)} ({sum(lost.values()):+d} rows;"
                          f" {len(origins)} docs)" if lost else "—" if variants else "(--variants)")
        helped, held = [], [0, 0]
        for doc, (split, measures) in base.items():
            moved = tuple(a - b for a, b in zip(measures, off[doc][1], strict=True))
            if not any(moved):
                continue
            if split == "dev":
                helped.append(f"{doc} ({', '.join(f'{x:+d}' for x in moved)})")
            else:  # held-out documents are counted, never named
                held[off[doc][1] > measures] += 1
        shown = ", ".join(helped) or "— (no dev document; see the example tests)"
        print(f"| {name} | {shown} | {shown_variants} | {held[0]} helped, {held[1]} hurt |")


if __name__ == "__main__":
    main()
