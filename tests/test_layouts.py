"""Every layout of issue 10: the corpus rows found, example tables per layout, grids alike."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pandas as pd
import pytest
from layout_rows import assert_row

from evaluation.corpus import CorpusScore, load_corpus, score_document
from zqmetrics import from_frame, read_report
from zqmetrics.read.columns import WIDE_ROLES
from zqmetrics.read.rows import UNPLACED

DOCS = load_corpus()

# Dev documents whose every row is not found yet, each with the reason (see data/corpus/README.md).
DEV_MISSES = {
    "hangzhou-gongshu-2020-q3": "group column 项目名称 split over two paragraphs is read as the task",
    "yichun-yuanzhou-2023-08": "row 2.1 has no task cell: the scorer pairs rows by their task",
    # henan-2018-11 keeps every row since reader pass 19 (its 其中 parts, sharing their verdict, are rows).
    # The fresh documents of the second collection, as the reader first met them.
    # The third collection (corpus9), as the reader first met them.
    "datong-2022-fy": "fresh document (third collection): rows missed on the first run",
    "zibo-zichuan-2025-q3": "fresh document (third collection): rows missed on the first run",
    # The fourth collection (corpus10), as the reader first met them.
    # The fifth collection, as the reader first met them.
    "zhangjiajie-2018-11": "fifth collection: a names list switching from 、 to ； (a single-document rule, removed)",
    "hanzhong-2018-08": "fresh document (fifth collection): rows missed on the first run",
    "ningxia-2021-07": "gold revised to decision 17 (clause rows): its four '方面' groups are 14 rows, "
                       "the named items of two status-led lists and each clause naming its own work",
    "ningxia-2020-fy": "gold corrected after the agreement study: the named items of its status-led "
                       "lists are rows (8 of 14 found since reader pass 25, when its dateline line "
                       "no longer made the generic reading the one taken)",
    "wuxi-jingkai-2022-04": "fresh document (fifth collection): rows missed on the first run",
    # yongzhou-2018-fy keeps every row since reader pass 27 (a count announcing its ；-clauses).
    # The seventh collection (text layouts), as the reader first met them.
    "kaifeng-2016-04": "seventh collection: counted targets and names-then-count lists in one paragraph",
    "shenzhen-luohu-2009-09": "seventh collection: names listed under a numbered status heading",
    # The numbered-items collection, and what its pass costs (changzhou-wujin-2017-09 passes since
    # reader pass 12, as quzhou-qujiang-2020-09 of the seventh: their lead paragraphs' rows are read
    # from text no reader placed).
    # The second prose/bulletin collection, as the reader first met them.
    "guannan-2017-04": "texts2: the list's total is read under its section headings (一、工程项目概况)",
    "minqing-2024-h1": "texts2: §省重点项目§ sections, and 3.<指挥部>:暂未明确项目清单 (no count)",
    # The eighth collection (articles, numbered items), as the reader first met them.
    "yantai-2017-h1": "eighth: '<X>方面,' clauses read as the body of their '一、<theme>' heading; "
                      "the lead's 117项 count is no item",
    # The eighth collection (tables and bulletins), as the reader first met them.
    "anqing-daguan-2024-04": "eighth: names in status-led groups (A、B等2项…; A完成率35%、B…) kept as one row",
    "zhuhai-2016-05": "eighth: only (三)'s labelled lines read; (一)'s paragraph and (二)'s 1、<工程>… lost",
    # The ninth collection (tables, bulletins, articles), as the reader first met them.
    "qianxinan-2020-06": "ninth: vertical-pipe 表1 headed 縣(市)、新區 | 1-6月投資增速(%) is read as prose, "
                         "and the parts' headings (一、固定資產投資) between the tables are no items",
    "qiandongnan-2011-05": "ninth: 全州's clause opens with its source (根据各县(市)上报数据,截止…,全州已开工…) "
                           "so the task is the source words and the pairing runs on to 全州共…",
    # The tenth collection (two bulletins, five articles), as the reader first met them.
    "gansu-2015-10": "tenth: the lead's subject after a byline and source clause, '19个…项目目前只有10个已开工', "
                     "'除A仅达到…外' and '3个B项目和6个C项目…分别达到…X%和Y%' not split",
    # shaanxi-2018-06 ('分区域来看,' read as a task) keeps every row since its regions, named in a
    # ranking, are no rows in the gold (second-round decisions, item 7).
    "huoqiu-2019-08": "tenth: '(二)县住建局:棚户区改造新开工1827户,任务已完成;基本建成2208套…' keeps the "
                      "second task after ； in the first one's progress (the office is the owner since "
                      "reader pass 17)",
    # The eleventh collection (a flattened table, bulletins, articles, a ☑ list), as the reader
    # first met them.
    "guizhou-2015-09": "eleventh: a flattened table's lead sentence and the paragraphs after the table "
                       "(从项目推进情况看,1708个…;重点推进的100个…) are no items",
    "guizhou-2020-q1": "eleventh: '一季度貴州省重大工程項目' keeps its period cue in the task, so the "
                       "total does not pair",
    # shanghai-2015-fy keeps every row since reader pass 21 (“A”“B”…等项目超额完成…, shared.QUOTED_RUN).
    "nanyang-2021-h1": "eleventh: the task cell keeps 今年 (今年全市四水同治項目…; the gold's starts at 全市)",
    "ningxia-2019-08": "eleventh: a reporter's project paragraph (当天,记者在<project>建设现场看到…) and "
                       "'分行业看,' take lead words as the task",
    "wuxi-xishan-2025-04": "eleventh: ☑ headings are items since reader pass 36, but a heading listing "
                           "three roads, each reported on its own labelled line, stays one row",
    # The twelfth collection (a bulletin, numbered items, articles), as the reader first met them.
    "danzhou-2013-08": "twelfth: the whole (9日,…发布…通报:今年儋州重点项目已有62个项目开工…) is no row; "
                       "'第一、二、三产业分别…' (respective.ELIDED_NAMES is off) and 'A和B等项目进入收尾"
                       "阶段' are not split into names",
    "liannan-2022-05": "twelfth: the projects named under the 存在问题 headings (…导致15项工程未开工。A…；B…) "
                       "are no rows (its 其中 part with its own plan is one since reader pass 19)",
    "lufeng-2022-fy": "twelfth: items numbered 一二三 with no separator (一开展…) are not items; the rule "
                      "for them (glued.GLUED_NUMERALS) is off until a second document shows the form",
    "lueyang-2020-06": "twelfth: one sentence of three counted groups (47個…, 11個市級重點項目…, 24個…前期項目"
                       "進展順利) read as one row",
    # suzhou-xiangcheng-2025-h1 keeps every row since reader pass 19 (其中新开工项目开工率95.5% is a row).
    # The thirteenth collection (a bulletin, numbered items, articles), as the reader first met them.
    # changle-2017-08 keeps every row since reader pass 21 (quoted names run together, shared.QUOTED_RUN).
    "jiangxi-2018-08": "thirteenth: 分别 lists joined by 和 ('水运和机场项目分别…65.4%和62.5%', 'A、B项目分别…"
                       "100%和96.9%') and status-led names (A、B和C提前开工建设) are not split",
    "nanchang-2023-10": "thirteenth: a bare '前10月' after each group's plan is read as the task of a row of "
                        "its own, and the lead word '日前' as the first task",
    # qianxinan-2014-07 keeps every row since reader pass 19 (its 其中 part with its own plan is a row).
    # wulumuqi-2013-07 keeps every row since main d5e4a3e's scorer (a leading period phrase is no
    # part of the pairing key).
    "xilinhaote-2025-09": "thirteenth: names under one status (A、B等重点项目已完工; A、B提速推进中) stay one row",
    "xingtai-2016-06": "thirteenth: the names of '等7个项目实现部分投产' stay one row (a counted group; "
                       "since reader pass 33 those of '等一批新项目顺利开工建设' are items); the byline's '获悉,1—6月份,' takes the period cue from the result line",
    # The fourteenth collection (numbered items, a bulletin, articles), as the reader first met them
    # (qinghai-2015-09 keeps every row since the scorer strips a leading period phrase).
    "jilin-2020-06": "fourteenth: '雙洮和松通兩個…項目' and '東雙、長余、龍蒲項目' are not split into names",
    "jinzhou-2016-h1": "fourteenth: the names in brackets after '3项完成进度(…)' and '取消1项工作(…)' are no "
                       "items (those after '、5项未完成进度(…)' are, without their verdict)",
    "minhe-2019-05": "fourteenth: a purpose clause (为保持…,) read as the task; the whole's progress "
                     "sentence (截至目前,重点项目开复工7项…) is a row apart from its plan sentence",
    "panjin-2015-fy": "fourteenth: the page's metadata lines (索 引 号: | 主题分类: |) make the whole "
                      "通报 a pipe table; its body is one cell",
    "tianjin-2024-q3": "fourteenth: schools named in '已完工的A、B、C等学校均已…', 'A和B开通运营' and the "
                       "last of two '建成开放' clauses are no items; 'A、B、C等7条城市道路' split by name",
    "xining-haidong-2024-05": "fourteenth: projects named without 等 ('C、D順利通車', 'E完成土建工程') "
                              "are not split (reader pass 33 reads 'A、B等項目全速推進'); a dateline "
                              "and source clause read as the whole's task",
    # The fifteenth collection (a pipe table, a bulletin of numbered items, articles), as the reader
    # first met it (shanghai-zhuanqiao-2022-h1 and minhang-2019-fy keep every row).
    "shexian-2024-09": "fifteenth: a task whose sub-indicator line follows ('“三公里”…6个 | 6 | 100%') "
                       "is read with its 目标任务 cell as the task, its 项目名称 row lost",
    "jinxiang-2014-08": "fifteenth: the 督查 bulletin is read as prose; '1、<实事>(承办单位:…)' headings "
                        "are no rows, their paragraph's sentences are",
    # zhengzhou-erqi-2016-06 and ningbo-haishu-2016-h1 keep every row since reader pass 33 (names
    # listed in an item's running text are items: listed.LISTED).
    # The sixteenth collection (a headerless pipe table, numbered items, a 公示, articles), as the
    # reader first met it (yulin-xingye-2016-08, wenzhou-pingyang-2021-07 and
    # shenzhen-baoan-2012-05 keep every row).
    "dezhou-wucheng-2015-11": "sixteenth: two ';'-clauses of one sentence ('提高…標準,集中供養率…;"
                              "完成9處…') are read as one row",
    # xiangtan-xiangxiang-2023-10 keeps every row since reader pass 23 (a plan cue opening its
    # line opens the plan: plans.PLAN_OPENS).
    "zhuzhou-2019-10": "sixteenth: the 公示's section headings (一、项目名称 二、任务目标 三、…完成情况) "
                       "are read as three rows; the item named under 一、 is none",
    # The seventeenth collection (articles, a list of ';' 实事, numbered '一是' items, two numbered
    # sections), as the reader first met it (nansha-wanqingsha-2021-fy, qingdao-shinan-2008-fy,
    # wanzhou-2022-q1 and meishan-2020-07 keep every row).
    "heyuan-2014-h1": "seventeenth: the projects named after '9 個未動工的重點項目包括A、B、…E等,' stay "
                      "one row with the count",
    "qingdao-shinan-2006-fy": "seventeenth: the store's line breaks inside an item ('新建' / '、改建…7处1' / "
                              "'2008平方米…') cut 一是 into three rows, 一是 kept in its task; "
                              "'十是超额完成了…' cut at 完成 (task 超额)",
    "suzhou-wujiang-2024-11": "seventeenth: two categories joined by 和 with their figures joined by 和 "
                              "('民生工程和基礎設施項目進展較好,…98.15%和95.90%') stay one row",
    # The eighteenth collection (bulletins, numbered items, articles), as the reader first met it
    # (tangshan-lunan-2017-fy, ankang-ziyang-2022-09, luoyang-xinan-2010-04 and
    # baoji-longxian-dongnan-2023-07 keep every row).
    "puyang-2017-05": "eighteenth: a result line opening with its window ('5月21日至5月31日期间,全市新增开工"
                      "项目1个') keeps the window as its task",
    "xiamen-2012-04": "eighteenth: two indicators with their 全年目标 and 1-4月 figures in one sentence "
                      "after '表格显示,' stay one row whose task keeps the lead; the project named for "
                      "超额完成 is none",
    # The nineteenth collection (numbered items, a flattened table, a bulletin, an article), as the
    # reader first met it (xiangshan-sizhoutou-2024-q2, jiangshan-dachen-2021-fy and
    # suqian-suyu-2025-05 keep every row).
    "xiangshan-2007-07": "nineteenth: a counted clause naming one project ('小型水库等13个项目…', "
                         "'天安电工基地等近十个项目…') stays in the row before it; '疏浚、整治河道' is read "
                         "as two names (reader pass 33 reads the names under three statuses)",
    "wuhan-hanyang-2006-11": "nineteenth: '■关键词' items keep the rubric as their task (reader pass "
                             "36 read the keyword line, but its '承诺:' line stayed in the progress: "
                             "taken out)",
    "changzhou-wujin-2012-11": "nineteenth: the lead paragraph (year plan, 至11月底 total and share) is "
                               "no row; the four projects named after '11月份有4个项目开工,分别是' are "
                               "none",
    "huainan-fengtai-2019-11": "nineteenth: seventeen names before one trailing status ('A、B…12大项,"
                               "C、D…等小项已提前完成全年任务') stay one row",
    # The twentieth collection (a pipe table, a flattened table with glued cells, numbered items
    # with a one-cell-a-line table, articles), as the reader first met it
    # (changzhou-wujin-2020-03, laibin-xingbin-liangjiang-2024-fy, shaoxing-shangyu-2024-fy and
    # zhenjiang-runzhou-qilidian-2025-fy keep every row).
    "fuzhou-mawei-2018-11": "twentieth: taken as vertical_pipe for its cells ending ' |' (its "
                            "(一)(二)(三) headings head their paragraphs since reader pass 32); "
                            "'按建设阶段分,' is taken as a task over '续建项目73项', and the "
                            "table's first row takes the last header cell into its task",
    "shaoxing-shangyu-2025-q2": "twentieth: a flattened table whose task and progress cells run "
                                "together on one line is read as prose; a task cut at its first verb "
                                "('编制' | '完成低空经济…') is not paired",
    "huidong-2022-05": "twentieth: a part opened by a bracket ('(省、市重點建設項目29宗,…') keeps the "
                       "bracket in its task; the yardstick sentence (根據…精神,納入…項目,按照…的目標) "
                       "is split at its lead",
    # The twenty-first collection (articles, numbered items), as the reader first met it
    # (suzhou-wujiang-2023-07 keeps every row).
    "shanxi-2019-05": "twenty-first: a paragraph opened by a lead ('建設項目中,跨市域項目18項,…') "
                      "keeps the lead as its task; the plans paragraph's clauses are read as rows",
    "guizhou-2018-h1": "twenty-first: two status-led name lists in one sentence ('A、B、C、D等项目建设"
                       "进展顺利,E、F等22个项目建成投运') stay one row, the second list its progress",
    "danzhou-2014-05": "twenty-first: the attribution and period ('该市…数据显示:今年1月至5月') and the "
                       "'从…分类看' lead are taken as tasks; '即前者…,后者…' stays one row",
    "jiangmen-pengjiang-2022-06": "twenty-first: the numbered lines that head sections ('一、主要經濟指標',"
                                  " '二、…方面') are read as the items, their result clauses as "
                                  "progress; no clause row is found",
    "shiyan-fangxian-2018-09": "twenty-first: '元至九月,' (January to September) is read as the task of "
                               "the first indicator clause",
    # The twenty-second collection (a pipe table, bulletins, articles), as the reader first met it
    # (kaihua-2023-q1 keeps every row).
    "liangshan-2011-09": "twenty-second: '完成10个村、1229户,…' stays in the clause before it and '报账…,"
                         "占应报账的9.89%' in the '项目完成投资' clause; the not-started remainder "
                         "('未启动实施的52个村…') is read as a row",
    "shucheng-chengguan-2019-07": "twenty-second: the period '2019年,截止7月底' is taken as the task of "
                                  "the first result line; the lead and the measures (一是…四是) are "
                                  "read as rows",
    "gansu-2017-08": "twenty-second: a 通报 relayed in traditional characters is taken as prose; the "
                     "attribution '通報顯示' is the first clause's task; the cities named in its "
                     "breakdowns are read as rows",
    "anqing-2015-08": "twenty-second: the '分别' list after a field lead's colon ('其次是参保类项目: "
                      "…A、B参合(保)率分别达到99.5%、97%') stays in the lead's row (read with "
                      "respective_text.RESPECTIVE_TEXT, off: reader pass 38); the '分别' list of "
                      "three 完工率 stays in the 开工率 clause",
    # The twenty-third collection (provincial transport and water notes and articles), as the
    # reader first met it (guangdong-2019-10 keeps every row).
    "gansu-2019-03": "twenty-third: a PDF extraction whose numbers break across lines is taken as "
                     "prose; the numbered parts after '二、招投标及开工情况' are not split",
    "qinghai-2016-fy": "twenty-third: the '分别' list of continued and new projects, the result "
                       "clauses after the field lead '“四好农村路”建设力度加大' and the closing levels "
                       "are not paired",
    "qinghai-2018-h1": "twenty-third: the year's investment clause behind its '在…推动下' phrase, "
                       "the rural-road plan sentence and the result clauses after it are not paired",
    "zhejiang-2022-03": "twenty-third: the labelled items (2022年中央计划:, 年度任务完成情况:) and the "
                        "plan sentences under the section headings are not paired",
}
# Held-out documents that lose rows: never looked into (they would be fitted), kept visible.
HELDOUT_MISSES = {
    "bazhong-2017-09", "dandong-2016-q3",
    "hangzhou-xihu-2019-fy", "hunan-2018-h1", "huzhou-2023-h1",
    "weifang-fangzi-2016-q1", "xian-xincheng-2016-10",
    "chongqing-2017-08",
    # The sixth held-out batch (2026-11-27), listed from the test's pass/fail only (songyang-2025-04
    # passes since reader pass 12, told by the test's pass/fail only).
    "anhui-2015-09", "dalian-2019-07", "huangshi-2023-03", "meishan-2017-07", "ruijin-2022-h1",
    "tongling-2020-09",
    # sichuan-2022-09 keeps every row since reader pass 27 (told by the test's pass/fail only).
    # songyang-2025-04 (reader pass 12) and xuchang-2021-h1 (reader pass 14) keep every row (pass/fail only);
    # yibin-2022-07 keeps every row against its gold revised to the current conventions (2026-11-28,
    # pass/fail only).
    # The seventh held-out batch (2026-11-27, later), listed from the test's pass/fail only.
    "chengdu-2021-09", "fuling-2023-q1", "huangshan-2013-h1",
    "ningbo-2014-h1", "xingan-2020-05", "zhejiang-2017-05", "zichang-2013-09",
    # The eighth held-out batch (2026-11-27, c11held): held out: loses rows (pass/fail only).
    "guinan-2019-03", "hunan-2014-06", "luzhai-2012-11", "qingdao-2019-09", "wuhan-wuchang-2018-h1",
    "xiamen-2024-09", "xinhuang-2015-04",
    # The ninth held-out batch (2026-11-27, c12held): held out: loses rows (pass/fail only).
    "hubei-2013-07", "hubei-2018-07", "kunming-2014-h1", "shanxi-2018-11", "shijiazhuang-2018-08",
    "sichuan-2007-h1",
    # The tenth held-out batch (2026-11-27, c13held): held out: loses rows (pass/fail only).
    "jiaozuo-2011-h1", "qingdao-2010-h1", "wanzhou-2025-q1",
    # The eleventh held-out batch (2026-11-28, c15held): held out: loses rows (pass/fail only);
    # zhuji-jiyang-2023-fy of the same batch keeps every row.
    # shangnan-2012-06 of that batch keeps every row since reader pass 20 (told by the test's
    # pass/fail only).
    "bazhong-2014-fy", "dongfang-2016-h1", "guangxi-2021-q1", "jiangmen-2015-q3",
    # The twelfth held-out batch (2026-11-28, c16held): held out: loses rows (pass/fail only);
    # xilingol-2016-08 of the same batch keeps every row.
    "fujian-2010-09", "hangzhou-linan-2022-09", "jiangxi-2017-fy", "xuzhou-2012-09",
    # zaozhuang-yicheng-2012-10 of that batch keeps every row since reader pass 26 (told by the
    # test's pass/fail only).
    # Main d5e4a3e's scorer (a leading period phrase no part of the pairing key), told by the test's
    # pass/fail only: changchun-2016-q3 and zhonglou-2021-07 keep every row now, shanghai-putuo-2013-fy
    # loses rows.
    "shanghai-putuo-2013-fy",
    # The thirteenth held-out batch (2026-11-28, c17held): held out: loses rows (pass/fail only);
    # hegang-2019-08 and nanyang-2014-06 of the same batch keep every row.
    "changde-2012-fy", "daying-2014-10", "jilin-2011-09", "ningbo-fenghua-2025-06", "shanghai-2005-fy",
    # The fourteenth held-out batch (2026-11-28, c18held): held out: loses rows (pass/fail only);
    # nanjing-gaochun-2020-03 of the same batch keeps every row.
    "beijing-2017-fy", "qianan-2019-q1", "qiongzhong-2014-fy", "shanxi-2004-fy",
    "taizhou-2025-h1",
    # jiangmen-2013-04 of that batch keeps every row since its gold was revised to decision 17 (hv2:
    # its started count merged into the list's row; told by the test's pass/fail only).
    # The fifteenth held-out batch (2026-11-28, c19held): held out: loses rows (pass/fail only);
    # dingan-2013-09 of the same batch keeps every row.
    "akesu-2014-h1", "jingzhou-2012-11", "ningxia-2010-10", "shanghai-jiading-2019-06",
    # The sixteenth held-out batch (2026-11-28, c20held): held out: loses rows (pass/fail only);
    # xian-2014-03 of the same batch keeps every row.
    "harbin-2005-h1", "hongsibu-2025-q1", "lanzhou-2016-07", "wuxi-xinwu-2025-06",
    # The seventeenth held-out batch (2026-11-28, c21held): held out: loses rows (pass/fail only);
    # fujian-2012-05 of the same batch keeps every row.
    "longhui-simenqian-2013-06", "shanxi-2012-10", "shanxi-2015-11",
    # The eighteenth held-out batch (2026-11-28, c22held): held out: loses rows (pass/fail only);
    # guiyang-2014-09, jilin-2012-09 and tianjin-2008-10 of the same batch keep every row.
    "guxianxiang-2011-h1", "xiamen-2011-h1", "xuancheng-2013-08",
    # The nineteenth held-out batch (2026-11-28, c23held): held out: loses rows (pass/fail only);
    # jiujiang-xiushui-2009-07 and xinjiang-yuanjiang-2015-07 of the same batch keep every row.
    "fujian-2017-h1", "jiuquan-subei-2012-09", "shijiazhuang-2004-fy", "tianshui-qingshui-2012-h1",
    # The twentieth held-out batch (2026-11-28, c24held): held out: loses rows (pass/fail only);
    # all six documents of the batch.
    "hainan-2014-h1", "heilongjiang-2016-10", "lufeng-2011-07", "putian-2012-07", "sichuan-2011-fy",
    # zigong-2018-05 of the same batch keeps every row since reader pass 38 (pass/fail only).
    # The twenty-first held-out batch (2026-11-28, c25held): held out: loses rows (pass/fail only);
    # guangzhou-panyu-2017-11 of the same batch keeps every row.
    "bengbu-guzhen-2018-07", "changle-2019-04", "guangxi-2012-q1", "hunan-2012-11",
    "zhengzhou-2012-fy",
}


def _case(doc: Any) -> Any:
    if doc.id in DEV_MISSES:
        return pytest.param(doc, marks=pytest.mark.xfail(strict=True, reason=DEV_MISSES[doc.id]),
                            id=doc.id)
    if doc.id in HELDOUT_MISSES:
        return pytest.param(doc, marks=pytest.mark.xfail(strict=True, reason="held-out miss"),
                            id=doc.id)
    return pytest.param(doc, id=doc.id)


@pytest.mark.parametrize("doc", [_case(d) for d in DOCS])
def test_no_row_lost(doc: Any) -> None:
    score = CorpusScore()
    score_document(doc, score)
    _, found, total = score.rows.rate(doc.split)
    assert (found, total) == (len(doc.rows), len(doc.rows))


# --- example tables, one per layout (own words, in the style of the corpus) ---------------------

PIPE = """2024年1-6月重点指标完成情况
指标名称 | 计量单位 | 年度目标 | 1-5月 | 1-6月 | 完成率 |
新增城镇就业 | 人 | 12000 | 5100 | 6300 | 52.5% |
新建改建公办幼儿园 | 所 | 8 | 3 | 4 | 50% |
"""
VERTICAL = """2023年区民生实事进度表
(截至2023年7月31日)
序号 |
项目名称 |
目标任务 |
责任单位 |
进展情况 |
1 |
改造老旧小区 |
改造老旧小区12个 |
区住建局 |
已开工9个 |
2 |
新建停车泊位 |
新增停车泊位800个 |
区城管局 |
|
"""
PARAGRAPH = """某区2022年上半年政府工作报告重点任务进展情况

序号

重点任务

进展情况

责任单位

进展状态

1

新增城镇就业5000人以上

上半年新增城镇就业2600人。

区人社局

按时推进

2

建成社区食堂6个

已建成3个，

另有2个在装修。

区民政局

区商务局

按时推进
"""
SPACED = """2019年1-9月各县市区投资完成情况
单位:亿元
县市区 年度计划 1-9月完成 完成率
东城区 40.5 31.2 77.0%
西城区 22.0 15.4 70.0%
北山县 18.4 11.0 59.8%
"""
ITEMS = """2021年县政府民生实事完成情况
一、新建农村公路50公里
全年新建农村公路56公里，超额完成年度任务。
二、改造危房300户
已改造危房280户，其余20户正在施工。
"""
ARTICLE = """全市重点项目1-8月完成投资情况
2020年全市重点项目年度计划投资120亿元，1-8月累计完成投资82亿元，完成年度计划的68.3%。
续建项目完成投资60亿元，完成年度计划的75%；新开工项目完成投资22亿元，完成年度计划的55%。
"""
BULLETIN = """关于2021年重点工作三季度推进情况的通报
经督查，大部分项目进展顺利。进度滞后的项目分别是：新建体育公园(第三项)尚未开工；改造污水管网(第七项)完成年度任务的40%。
"""
SECTIONS = """某区2015年重点项目责任制落实情况的督查通报
一、重点在建项目投资完成情况
1-9月，12个重点在建项目累计完成投资3.2亿元，占年度投资计划80.5%，其中，5个市政府投资项目完成1.1亿元，占年度投资计划70.2%；7个区政府投资项目完成2.1亿元，占年度投资计划88.0%。
二、重点前期项目工作进展情况
截至目前，重点前期项目总体进展顺利。城南小学扩建工程已完成施工图设计；滨河公园二期正在进行施工招标。
"""
STAGES = """某区2016年重点前期项目进展情况
截至9月底，全区重点前期项目12个，其中8个已开工。城东污水处理厂扩建工程已取得环评批复；滨江大道改造工程正在进行施工招标；市民公园二期准备进行方案设计。
"""
COUNTED = """某市2019年重点项目推进情况
截至8月底，全市120个重点项目开复工96个，开复工率80%，完成投资45亿元。其中30个新建项目开工18个。计划建成15个的续建项目竣工9个。
"""
LABELLED = """某县2022年重大项目推进情况通报
1-8月，全县重大项目总体推进顺利。未达序时进度项目为：城西停车场（开工滞后）、北环路改造（投资滞后）。
1.城市建设组：项目12项，未达序时进度1项为：东湖公园提升工程。
2.产业发展组：项目20项，均达序时进度。
"""
EXAMPLES = [
    ("pipe_table", PIPE, "2024-06", [
        ("新增城镇就业", {"unit_text": "人", "target_text": "12000", "actual_text": "6300",
                      "ratio_text": "52.5%"}),
        ("新建改建公办幼儿园", {"unit_text": "所", "target_text": "8", "actual_text": "4"})]),
    ("vertical_pipe", VERTICAL, "2023-07", [
        ("改造老旧小区", {"target_text": "改造老旧小区12个", "progress": "已开工9个"}),
        ("新建停车泊位", {"target_text": "新增停车泊位800个"})]),
    ("paragraph_table", PARAGRAPH, "2022H1", [
        ("新增城镇就业5000人以上", {"progress": "上半年新增城镇就业2600人。",
                             "status_text": "按时推进"}),
        ("建成社区食堂6个", {"progress": "已建成3个，\n另有2个在装修。", "status_text": "按时推进"})]),
    ("spaced_table", SPACED, "2019-09", [
        ("东城区", {"target_text": "40.5", "actual_text": "31.2", "ratio_text": "77.0%"}),
        ("北山县", {"target_text": "18.4", "actual_text": "11.0", "ratio_text": "59.8%"})]),
    ("numbered_items", ITEMS, "2021", [
        ("新建农村公路50公里", {"progress": "全年新建农村公路56公里"}),
        ("改造危房300户", {"progress": "已改造危房280户"})]),
    ("prose", ARTICLE, "2020-08", [
        ("2020年全市重点项目", {"progress": "1-8月累计完成投资82亿元"}),
        ("续建项目", {"progress": "完成投资60亿元"}),
        ("新开工项目", {"progress": "完成投资22亿元"})]),
    # A section heading (…情况) over a paragraph of clauses: each clause naming a subject is a
    # sub-item of the heading (seventh collection: the 罗湖 督查通报, 汉中, 六安).
    ("numbered_items", SECTIONS, "2015-09", [
        ("12个重点在建项目", {"progress": "累计完成投资3.2亿元", "parent_seq": "一"}),
        ("5个市政府投资项目", {"progress": "完成1.1亿元", "parent_seq": "一"}),
        ("7个区政府投资项目", {"progress": "完成2.1亿元", "parent_seq": "一"}),
        ("城南小学扩建工程", {"progress": "已完成施工图设计", "parent_seq": "二"})]),
    # A clause's subject then a stage word (已, 正在, 准备) with no comma between: the stage
    # opens the progress (seventh collection: the 罗湖 通报, anqing, xuzhou-2016, changzhou-2018).
    ("prose", STAGES, "2016-09", [
        ("城东污水处理厂扩建工程", {"progress": "已取得环评批复"}),
        ("滨江大道改造工程", {"progress": "正在进行施工招标"}),
        ("市民公园二期", {"progress": "准备进行方案设计"})]),
    # A clause's subject then a verb with its count at once (开复工96个, 开工18个), no 已 or 完成
    # before it: the verb opens the progress; a plan word before it keeps it in the subject
    # (second prose/bulletin collection: heilongjiang-2022-h1, alashan, anqing).
    ("prose", COUNTED, "2019-08", [
        ("全市120个重点项目", {"progress": "开复工96个，开复工率80%，完成投资45亿元"}),
        ("30个新建项目", {"progress": "开工18个"}),
        ("计划建成15个的续建项目", {"progress": "竣工9个"})]),
    # A numbered line whose label closes at a colon and whose body opens with a count of its
    # projects is an item; a list inside the body still gives its named items (second
    # prose/bulletin collection: minqing-2024-h1's 指挥部 lines, quzhou-qujiang-2020-09's (1) lines).
    ("bulletin", LABELLED, "2022-08", [
        ("城市建设组", {"progress": "项目12项，未达序时进度1项为：东湖公园提升工程。"}),
        ("东湖公园提升工程", {}),
        ("产业发展组", {"progress": "项目20项，均达序时进度。"})]),
    ("bulletin", BULLETIN, "2021Q3", [
        ("新建体育公园(第三项)", {"progress": "尚未开工"}),
        ("改造污水管网(第七项)", {"progress": "完成年度任务的40%"})]),
]
ROW_CASES = [pytest.param(layout, text, task, cells, id=f"{layout}-{task}")
             for layout, text, _, rows in EXAMPLES for task, cells in rows]


@pytest.mark.parametrize(("layout", "text", "task", "cells"), ROW_CASES)
def test_example_row(layout: str, text: str, task: str, cells: dict[str, str]) -> None:
    assert_row(layout, text, task, cells)


@pytest.mark.parametrize(("layout", "text", "period"), [(e[0], e[1], e[2]) for e in EXAMPLES],
                         ids=[e[0] for e in EXAMPLES])
def test_example_period(layout: str, text: str, period: str) -> None:
    assert read_report(text).attrs["period"] == period


def test_latest_period_column_is_the_actual() -> None:
    df = read_report(PIPE)
    assert df.iloc[0]["roles"]["actual"] == "1-6月"


def test_person_and_plan_never_task_or_progress() -> None:
    text = ("序号 | 重点任务 | 责任领导 | 月度工作计划 | 完成情况 |\n"
            "1 | 新建学校2所 | 王 明 | 7月完成主体 | 已完成1所 |\n")
    row = read_report(text).iloc[0]
    assert (row["task"], row["plan"], row["progress"]) == ("新建学校2所", "7月完成主体", "已完成1所")


# --- grid formats read alike ---------------------------------------------------------------------

WIDE_DOCS = [d for d in DOCS if d.split == "dev" and d.gold.get("wide")]
FIELDS = ["task", *(f"{r}_text" for r in WIDE_ROLES)]


def _grid(doc: Any) -> tuple[list[str], list[list[str]], pd.DataFrame]:
    df = read_report(doc.text)
    # The table's rows only: text around the table read as rows of its own is no row of the grid.
    df = df[df["read_issue"] != UNPLACED].reset_index(drop=True)
    roles: dict[str, str] = {}
    for r in df["roles"]:
        roles.update({k: v for k, v in r.items() if k in ("task", *WIDE_ROLES)})
    order = [k for k in ("task", *WIDE_ROLES) if k in roles]
    field = {k: ("task" if k == "task" else f"{k}_text") for k in order}
    body = [[str(df.iloc[i][field[k]] or "").replace("None", "") for k in order]
            for i in range(len(df))]
    return [roles[k] for k in order], body, df


def _write(kind: str, path: Path, header: list[str], body: list[list[str]]) -> Path:
    rows = [header, *body]
    if kind == "csv":
        with open(path, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(rows)
    elif kind == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        for r in rows:
            book.active.append(r)
        book.save(path)
    elif kind == "html":
        cells = "".join("<tr>" + "".join(f"<td>{escape(c).replace(chr(10), '<br>')}</td>"
                                          for c in r) + "</tr>" for r in rows)
        path.write_text(f"<html><body><table>{cells}</table></body></html>", encoding="utf-8")
    else:
        tr = "".join("<w:tr>" + "".join(
            f'<w:tc><w:p><w:r><w:t xml:space="preserve">{escape(c)}</w:t></w:r></w:p></w:tc>'
            for c in r) + "</w:tr>" for r in rows)
        document = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
                    'openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                    f"<w:tbl>{tr}</w:tbl></w:body></w:document>")
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("word/document.xml", document)
    return path


# Wide documents whose columns the reader does not name yet: written back as a grid, the header
# it read ('合计(户)' for a count column) names no role, so the grid reads another table.
WIDE_MISNAMED = {
    "liangshan-2016-09": "four-line header with merged cells, every line packed to the left: "
                         "the figure columns are not named (sixth collection)",
    "shexian-2024-09": "项目名称 and 牵头单位 merged over sub-indicator lines packed to the left "
                       "('农村保障人次 | 83342 | 持续推进中'): written back as a grid, those rows come "
                       "back without a task (fifteenth collection)",
    # quanguo-2022-05 (two header lines, groups over repeated names) reads alike in every grid
    # format since reader pass 11: its grid written back with blank header cells is read
    # without a header, and the arithmetic names the columns assumed there.
}


def _wide_case(doc: Any) -> Any:
    if doc.id in WIDE_MISNAMED:
        return pytest.param(doc, marks=pytest.mark.xfail(strict=True, reason=WIDE_MISNAMED[doc.id]),
                            id=doc.id)
    return pytest.param(doc, id=doc.id)


@pytest.mark.parametrize("kind", ["csv", "xlsx", "html", "docx"])
@pytest.mark.parametrize("doc", [_wide_case(d) for d in WIDE_DOCS])
def test_wide_table_reads_alike_in_every_grid_format(doc: Any, kind: str, tmp_path: Path) -> None:
    header, body, _ = _grid(doc)
    back = read_report(_write(kind, tmp_path / f"t.{kind}", header, body))
    assert back.attrs["layout"] == "grid"
    got = [[str(v or "").replace("None", "") for v in row] for row in back[FIELDS].values]
    fields = ["task", *(f"{r}_text" for r in WIDE_ROLES)]
    order = [f for f in fields if f in FIELDS]
    want = {tuple(r[0:1]) for r in body}
    assert {tuple(g[0:1]) for g in got} == want
    assert len(back) == len(body)
    for g, b in zip(got, body, strict=True):
        filled = [x for x in b if x]
        assert [x for x in g if x] == filled, order


def test_from_frame_takes_wide_columns() -> None:
    df = pd.DataFrame({"指标": ["新增就业"], "目标": ["2万人"], "单位": ["人"], "1-9月": ["15501"],
                       "完成率": ["77%"], "状态": ["达序"]})
    out = from_frame(df, task="指标", progress="1-9月", target="目标", unit="单位",
                     actual="1-9月", ratio="完成率", status="状态")
    row = out.iloc[0]
    assert (row["target_text"], row["unit_text"], row["actual_text"], row["ratio_text"],
            row["status_text"]) == ("2万人", "人", "15501", "77%", "达序")
    assert row["roles"]["ratio"] == "完成率"


# A table's own shapes (own words): (the table, the tasks read, a warning said).
TABLE_SHAPES = [
    # Section headings across the table are no rows.
    ("2024年重点项目进展\n序号 | 项目名称 | 进展情况 | 责任单位 |\n一、产业发展类 |  |  |  |\n"
     "1 | 新建标准厂房 | 已完工 | 区发改局 |\n2 | 新建冷链仓库 | 已开工 | 区商务局 |\n"
     "二、社会民生类 |  |  |  |\n3 | 新建九年制学校 | 主体完工 | 区教育局 |\n",
     ["新建标准厂房", "新建冷链仓库", "新建九年制学校"], "section headings"),
    ("2024年重点项目进展\n序号 | 项目名称 | 进展情况 | 责任单位 |\n（一）产业发展类 |\n"
     "1 | 新建标准厂房 | 已完工 | 区发改局 |\n2 | 新建冷链仓库 | 已开工 | 区商务局 |\n",
     ["新建标准厂房", "新建冷链仓库"], "section headings"),
    # A one-cell row with a figure is a row: a task whose other cells are empty.
    ("2024年重点项目进展\n序号 | 项目名称 | 进展情况 | 责任单位 |\n"
     "1 | 新建标准厂房 | 已完工 | 区发改局 |\n2 | 新建冷链仓库 | 已开工 | 区商务局 |\n"
     "一、新建学校3所 |  |  |  |\n", ["新建标准厂房", "新建冷链仓库", "一、新建学校3所"], None),
    # A row numbering the columns under the header is no row.
    ("2024年重点项目进展\n序号 | 项目名称 | 进展情况 | 责任单位 |\n1 | 2 | 3 | 4 |\n"
     "1 | 新建标准厂房 | 已完工 | 区发改局 |\n2 | 新建冷链仓库 | 已开工 | 区商务局 |\n",
     ["新建标准厂房", "新建冷链仓库"], "numbers the columns"),
    ("2024年重点项目进展\n项目名称 | 责任单位 | 年度目标 | 完成 |\n甲 | 乙 | 1 | 2 |\n"
     "新建标准厂房 | 区发改局 | 5 | 3 |\n新建冷链仓库 | 区商务局 | 2 | 1 |\n",
     ["新建标准厂房", "新建冷链仓库"], "numbers the columns"),
    # A 序号 column numbered another way throughout.
    ("2024年重点项目进展\n序号 | 项目名称 | 进展情况 | 责任单位 |\n（1） | 新建标准厂房 | 已完工 | 区发改局 |\n"
     "（2） | 新建冷链仓库 | 已开工 | 区商务局 |\n（3） | 新建九年制学校 | 主体完工 | 区教育局 |\n",
     ["新建标准厂房", "新建冷链仓库", "新建九年制学校"], None),
    ("2024年重点项目进展\n序号 | 项目名称 | 进展情况 | 责任单位 |\n一、 | 新建标准厂房 | 已完工 | 区发改局 |\n"
     "二、 | 新建冷链仓库 | 已开工 | 区商务局 |\n", ["新建标准厂房", "新建冷链仓库"], None),
    # Groups 一, 二 over rows 1, 2, 3: the digits stay the rows' numbers, the groups are headings.
    ("2024年重点项目进展\n序号 | 项目名称 | 进展情况 | 责任单位 |\n一 | 产业发展类 |  |  |\n"
     "1 | 新建标准厂房 | 已完工 | 区发改局 |\n2 | 新建冷链仓库 | 已开工 | 区商务局 |\n"
     "二 | 社会民生类 |  |  |\n3 | 新建九年制学校 | 主体完工 | 区教育局 |\n",
     ["新建标准厂房", "新建冷链仓库", "新建九年制学校"], "section headings"),
    # Cells between tabs (pasted from a spreadsheet), an empty cell kept between two tabs.
    ("2024年重点项目进展\n序号\t项目名称\t进展情况\t责任单位\n1\t新建标准厂房\t已完工\t区发改局\n"
     "2\t新建冷链仓库\t\t区商务局\n3\t新建九年制学校\t主体完工\t区教育局\n",
     ["新建标准厂房", "新建冷链仓库", "新建九年制学校"], None),
    # Full-width bars.
    ("2024年重点项目进展\n序号｜项目名称｜进展情况｜责任单位｜\n1｜新建标准厂房｜已完工｜区发改局｜\n"
     "2｜新建冷链仓库｜已开工｜区商务局｜\n3｜新建九年制学校｜主体完工｜区教育局｜\n",
     ["新建标准厂房", "新建冷链仓库", "新建九年制学校"], None),
    # Header words of no role (责任领导, 存在问题, 备注) are header evidence as role words are.
    ("2021年1-9月项目投资\n隶属 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 | 责任领导 | 存在问题 | 备注 |\n"
     "城东区 | 12 | 30.5 | 24.1 | 79.0% | 张三 | 要素保障压力较大 |  |\n"
     "城西区 | 9 | 18.2 | 12.0 | 65.9% | 李四 |  |  |\n", ["城东区", "城西区"], None),
]


@pytest.mark.parametrize(("text", "tasks", "warning"), TABLE_SHAPES,
                         ids=[str(k) for k in range(len(TABLE_SHAPES))])
def test_table_shape(text: str, tasks: list[str], warning: str | None) -> None:
    frame = read_report(text)
    assert list(frame["task"]) == tasks
    if warning:
        assert any(warning in w for w in frame.attrs["warnings"])


# 序号 cells written another way: (the cell, its number).
OTHER_SEQ_CELLS = [("(1)", 1), ("（12）", 12), ("①", 1), ("⑳", 20), ("一", 1), ("一、", 1), ("（三）", 3),
                   ("十", 10), ("十二、", 12), ("二十", 20), ("二十一", 21), ("1", None), ("一期", None), ("", None),
                   # Not one row number: read as none, never a crash (十十 raised before).
                   ("十十", None), ("一一", None), ("十二三", None), ("十一十", None)]


@pytest.mark.parametrize(("cell", "number"), OTHER_SEQ_CELLS, ids=[c or "empty" for c, _ in OTHER_SEQ_CELLS])
def test_other_seq_number(cell: str, number: int | None) -> None:
    from zqmetrics.read.marks import other_seq_number

    assert other_seq_number(cell) == number


def test_tabbed_table_keeps_its_empty_cells() -> None:
    text = TABLE_SHAPES[-3][0]
    frame = read_report(text)
    assert frame.attrs["layout"] == "pipe_table"
    assert list(frame["progress"]) == ["已完工", "", "主体完工"]
    assert list(frame["units"].map(list)) == [["区发改局"], ["区商务局"], ["区教育局"]]
