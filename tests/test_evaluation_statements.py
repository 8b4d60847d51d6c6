"""Floors of issue 11 on the corpus of real reports, per part, at what the code reaches now.

The issue asks, on each part: target F1 ≥ 0.90, actual F1 ≥ 0.85, stated-ratio agreement ≥ 0.90,
status agreement ≥ 0.85, at-risk recall ≥ 0.85 with precision ≥ 0.80. Only the development part's
stated ratios reach their floor; the rest are asserted where they stand (so that a regression
fails) and the README says why they stay below. The held-out part is scored only through the
aggregate line; its misses are never read.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

from evaluation.corpus import CorpusScore, Document, Reading, fold_units, load_corpus, report
from evaluation.corpus import evaluate_corpus as _evaluate_corpus

# One reading per document for the whole module: every fixture below scores a part of the same
# corpus with the same program, and reading the corpus again for each part made this module most
# of the suite's time (twenty readings of it as the collections grew).
_READINGS: dict[str, Reading] = {}


def evaluate_corpus(**kwargs: Any) -> CorpusScore:
    return _evaluate_corpus(readings=_READINGS, **kwargs)


@functools.cache
def _corpus() -> list[Document]:
    # The fixtures below each pick their part of the corpus by id: the files are read once.
    return load_corpus()

# The development documents of the first collection: their floors were set on them and only rise.
# Documents added later are scored with the rest of the development part below.
FIRST_COLLECTION = (
    "dazhou-2018-07", "fujian-2023-fy", "ganzi-2020-08", "hangzhou-gongshu-2020-q3", "hebei-2021-11",
    "henan-2018-11", "hunan-2021-08", "jiaxing-2021-h1", "jinjiang-2022-fy", "jiujiang-2025-05",
    "nanchang-xinjian-2020-fy", "putian-chengxiang-2022-08",
    "qinghai-2018-03", "shanghai-putuo-2021-h1", "shaoxing-2020-q1", "xiangtan-2019-10",
    "xiangxi-2021-09", "yichun-2021-fy", "yichun-yuanzhou-2023-08", "yuhuan-2021-q3",
)


# The third collection (fresh, annotated by another hand): its first-run figures are recorded in
# data/corpus/README.md; the floors below were set without it, and the whole part has its own.
THIRD_COLLECTION = (
    "anqing-2019-08", "datong-2022-fy", "enping-2024-11", "jiangmen-2021-03", "kunming-2021-12",
    "zibo-zichuan-2025-q3",
)

# The fourth collection (fresh, another hand): first-run figures in data/corpus/README.md. The
# floors above it were set without it and are kept on the documents they were set on.
FOURTH_COLLECTION = (
    "alashan-2021-05", "changzhou-wujin-2016-08", "hengshui-2020-07", "kaiping-2020-08",
    "nanan-2019-10",
)

# The fifth collection (fresh, another hand): first-run figures in data/corpus/README.md. Every
# floor above was set without it and stays on the documents it was set on; the whole part with it
# has its own floors.
FIFTH_COLLECTION = (
    "ankang-ziyang-2024-06", "anshun-2019-fy", "beijing-dongcheng-2021-fy", "beijing-xicheng-2017-h1",
    "changzhou-wujin-2017-09", "fuzhou-minhou-2023-h1", "ganzhou-huichang-2023-10", "hanzhong-2018-08",
    "luan-2017-07", "nantong-haimen-2020-10", "ningxia-2020-fy", "ningxia-2021-07",
    "suzhou-xiangcheng-2023-07", "tianjin-2020-10", "wuxi-jingkai-2022-04", "yongzhou-2018-fy",
    "zhangjiajie-2018-11", "zhoushan-2019-09",
)


# The seventh collection (text layouts: bulletins, numbered items, prose; annotated before any run):
# first-run figures in data/corpus/README.md. Every floor above was set without it and stays on
# the documents it was set on; the collection and the whole part with it have their own.
SEVENTH_COLLECTION = (
    "changzhou-2018-q1", "kaifeng-2016-04", "qingdao-2023-h1", "quzhou-qujiang-2020-09",
    "sanming-sanyuan-2010-08", "shanxi-2017-h1", "shenzhen-luohu-2009-09", "shenzhen-luohu-2012-05",
    "shenzhen-luohu-2013-10", "sichuan-2023-05",
)


# The sixth collection (table documents, issue 10's table pass): first-run figures in
# data/corpus/README.md. The floors above were set without it and stay on their documents.
SIXTH_COLLECTION = ("liangshan-2016-09", "quanguo-2022-05", "wenshang-2023-fy")

# The numbered-items collection (issue 10, layout 7; annotated before any run): first-arrival
# figures in data/corpus/README.md. Every floor above was set without it.
NUMBERED_COLLECTION = ("taian-2021-08", "wuhan-wuchang-2021-h1")

# The second prose/bulletin collection (issue 10, second round; annotated before any run):
# first-arrival figures in data/corpus/README.md. Every floor above was set without it.
TEXTS2_COLLECTION = ("guannan-2017-04", "heihe-2020-05", "heilongjiang-2020-10",
                     "heilongjiang-2022-h1", "minqing-2024-h1", "yancheng-2023-11")

# The eighth collection (issue 10, tables and bulletins; annotated and committed before any run):
# first-arrival figures in data/corpus/README.md. Every floor above was set without it.
EIGHTH_TABLES_COLLECTION = (
    "anqing-daguan-2024-04", "chongqing-tongliang-2024-09", "deyang-jingyang-2016-fy",
    "huaian-2024-06", "linyi-2022-07", "shandong-2021-04", "yunfu-2017-08", "zhuhai-2016-05",
)

# Its second half (progress articles, numbered items and a bulletin from places new to the corpus;
# annotated by another hand and committed before any run). Both hands took anqing-daguan-2024-04
# from the same page; the longer excerpt, annotated as a bulletin, is the one kept.
EIGHTH_TEXTS_COLLECTION = ("gansu-2024-fy", "jinan-2014-fy", "jinzhai-2025-h1", "liaoning-2021-07",
                           "shijiazhuang-2014-fy", "xinjiang-2022-08", "yantai-2017-h1")
EIGHTH = EIGHTH_TABLES_COLLECTION + EIGHTH_TEXTS_COLLECTION

# The ninth collection (issue 10: two vertical-pipe tables, two bulletins and four articles from
# places and years new to the corpus; annotated and committed before any run): first-arrival
# figures in data/corpus/README.md. Every floor above was set without it.
NINTH_COLLECTION = ("aba-2019-04", "fujian-2022-08", "jianghua-2012-10", "mianyang-2013-fy",
                    "qiandongnan-2011-05", "qianxinan-2020-06", "quanguo-2023-09", "xiamen-2020-fy")

# The tenth collection (issue 10: two bulletins and five articles of places and years new to the
# corpus; annotated and committed before any run): first-arrival figures in data/corpus/README.md.
# Every floor above was set without it.
TENTH_COLLECTION = ("ganzi-2017-09", "gansu-2015-10", "gansu-2020-10", "huoqiu-2019-08",
                    "shaanxi-2018-06", "shenzhen-luohu-2011-10", "yunnan-2025-09")

# The eleventh collection (issue 10: a flattened table, two bulletins, five articles and a ☑ list
# of places and years new to the corpus; annotated and committed before any run): first-arrival
# figures in data/corpus/README.md. Every floor above was set without it.
ELEVENTH_COLLECTION = ("dongguan-2021-04", "guizhou-2015-09", "guizhou-2020-q1", "nanyang-2021-h1",
                       "ningxia-2019-08", "ningxia-2022-11", "putian-chengxiang-2020-09",
                       "shanghai-2015-fy", "wuxi-xishan-2025-04")

# The twelfth collection (issue 10: a bulletin, numbered items and eight articles of places and
# years new to the corpus, 海南 the first of its province; annotated and committed before any
# run): first-arrival figures in data/corpus/README.md. Every floor above was set without it.
TWELFTH_COLLECTION = ("danzhou-2013-08", "guangxi-2020-05", "hainan-2020-05", "huidong-2024-04",
                      "liannan-2022-05", "lianyungang-2025-09", "lueyang-2020-06", "lufeng-2022-fy",
                      "suzhou-xiangcheng-2025-h1", "taijiang-2010-11")

# The thirteenth collection (issue 10: a numbered-items account, a bulletin of quoted sub-items
# and six articles of places and years new to the corpus, 内蒙古 锡林浩特 and 新疆 乌鲁木齐 the
# first of their places; annotated and committed before any run, 48f7caf): first-arrival figures
# in data/corpus/README.md. Every floor above was set without it.
THIRTEENTH_COLLECTION = ("changle-2017-08", "dongying-2017-fy", "jiangxi-2018-08", "nanchang-2023-10",
                         "qianxinan-2014-07", "wulumuqi-2013-07", "xilinhaote-2025-09",
                         "xingtai-2016-06")

# The fourteenth collection (issue 10: numbered items, a bulletin and six articles of provinces and
# levels least present in the corpus, 青海, 天津, 吉林 and 辽宁 among them, two of them counties;
# annotated and committed before any run, 10f7f32): first-arrival figures in
# data/corpus/README.md. Every floor above was set without it.
FOURTEENTH_COLLECTION = ("jilin-2020-06", "jingyuan-2019-06", "jinzhou-2016-h1", "minhe-2019-05",
                         "panjin-2015-fy", "qinghai-2015-09", "tianjin-2024-q3",
                         "xining-haidong-2024-05")

# The fifteenth collection (issue 10: a county pipe table, a county 督查 bulletin of numbered items,
# a district's year-end numbered results and three articles, two districts and a town of a district
# among them; annotated and committed before any run, 02df545): first-arrival figures in
# data/corpus/README.md. Every floor above was set without it.
FIFTEENTH_COLLECTION = ("jinxiang-2014-08", "minhang-2019-fy", "ningbo-haishu-2016-h1",
                        "shanghai-zhuanqiao-2022-h1", "shexian-2024-09", "zhengzhou-erqi-2016-06")

# The sixteenth collection (issue 10: a county pipe table with a status column and no header, a
# county's numbered '一是…' categories, a city 公示 in numbered sections and three articles, a
# county-level city's dash-led plan lines among them; annotated and committed before any run,
# faab427): first-arrival figures in data/corpus/README.md. Every floor above was set without it.
SIXTEENTH_COLLECTION = ("dezhou-wucheng-2015-11", "shenzhen-baoan-2012-05", "wenzhou-pingyang-2021-07",
                        "xiangtan-xiangxiang-2023-10", "yulin-xingye-2016-08", "zhuzhou-2019-10")

# The seventeenth collection (issue 10: a town's ten named 实事 under one status, a city article whose
# five unstarted projects are named after '包括', a district's ten ';'-separated 实事 and its '一是…
# 十一是' items four lines broken inside a figure, a district's quarter article with a plan paragraph,
# a city's two numbered sections, a district's traditional-character page; annotated and committed
# before any run, d068b69): first-arrival figures in data/corpus/README.md. Every floor above was
# set without it.
SEVENTEENTH_COLLECTION = ("heyuan-2014-h1", "meishan-2020-07", "nansha-wanqingsha-2021-fy",
                          "qingdao-shinan-2006-fy", "qingdao-shinan-2008-fy", "suzhou-wujiang-2024-11",
                          "wanzhou-2022-q1")

# The eighteenth collection (issue 10: a county 督察通报 whose page opens with its pipe metadata and
# names five items under 进展滞后, a city 通报 with result lines of a ten-day window, a county's
# 目标任务:/目前进度: numbered 实事, a district's numbered 完成事项, a city article with two
# indicators in one sentence, a town's plan-and-progress paragraph; annotated and committed before
# any run, c40a607): first-arrival figures in data/corpus/README.md. Every floor above was set
# without it.
EIGHTEENTH_COLLECTION = ("ankang-ziyang-2022-09", "baoji-longxian-dongnan-2023-07",
                         "luoyang-xinan-2010-04", "puyang-2017-05", "tangshan-lunan-2017-fy",
                         "xiamen-2012-04")

# The nineteenth collection (issue 10: a town's flattened table whose header cells are split over
# two paragraphs, a county's numbered account whose second section names items under three
# statuses, a district's '■关键词' items with '承诺:' and '完成情况:' lines, a town's numbered 实事,
# a district's note naming seven items 进展较好, a district's numbered account with a transposed
# table, a county article naming seventeen items done; annotated and committed before any run,
# 143942f): first-arrival figures in data/corpus/README.md. Every floor above was set without it.
NINETEENTH_COLLECTION = ("changzhou-wujin-2012-11", "huainan-fengtai-2019-11",
                         "jiangshan-dachen-2021-fy", "suqian-suyu-2025-05", "wuhan-hanyang-2006-11",
                         "xiangshan-2007-07", "xiangshan-sizhoutou-2024-q2")

# The twentieth collection (issue 10: a district 交通运输局's year-end pipe table whose every row
# states 形象进度 100.0%, the same bureau's quarter table flattened with its task and progress cells
# run together on one line and its 进度情况 on the line's end or a line of its own, a district's
# numbered account (一)(二)(三) with a table of one cell a line each ending ' |', a county's note with
# its parts in a bracket, a district's article by level with '新建项目共N个,M个项目已开工', a 镇's
# article of four result-only clauses under '均已完工', a 街道's article naming four projects done;
# annotated and committed before any run, d18e731): first-arrival figures in data/corpus/README.md.
# Every floor above was set without it.
TWENTIETH_COLLECTION = ("changzhou-wujin-2020-03", "fuzhou-mawei-2018-11", "huidong-2022-05",
                        "laibin-xingbin-liangjiang-2024-fy", "shaoxing-shangyu-2024-fy",
                        "shaoxing-shangyu-2025-q2", "zhenjiang-runzhou-qilidian-2025-fy")

# The twenty-first collection (issue 10: two provincial articles, one a copy in traditional
# characters with conversion debris whose plans stand in one paragraph and the amounts they
# measure in another, one naming projects under '进展顺利' and '建成投运'; a city's article of
# result-only clauses with '完成年度计划的X%' and '前者…后者…'; a district's five numbered items
# with the year's money plan and the new-start group counted started; a district's notice in
# traditional characters whose numbered lines head sections of result-only clauses; a county's
# article of indicators under '元至九月'; annotated and committed before any run, 3071c17):
# first-arrival figures in data/corpus/README.md. Every floor above was set without it.
TWENTYFIRST_COLLECTION = ("danzhou-2014-05", "guizhou-2018-h1", "jiangmen-pengjiang-2022-06",
                          "shanxi-2019-05", "shiyan-fangxian-2018-09", "suzhou-wujiang-2023-07")

# The twenty-second collection (issue 10: a county's 重点工作清单 as a pipe table whose 进度安排 cells
# precede its 进展情况 and 完成情况 cells; a prefecture's article of ';'-clauses each with its
# share of an unwritten plan; a town's note on five batches of projects under a lead's 序时推进; a
# province's 通报 relayed in traditional characters with conversion debris; a district's 督查通报
# naming 30 sub-projects under three statuses; a city's article with status-led and 分别 lists
# under field leads; annotated and committed before any run, 56597db, f4302eb after a rebase onto
# main 0eda2c8): first-arrival figures in data/corpus/README.md. Every floor above was set without
# it.
TWENTYSECOND_COLLECTION = ("anqing-2015-08", "gansu-2017-08", "kaihua-2023-q1",
                           "liangshan-2011-09", "putian-chengxiang-2016-09",
                           "shucheng-chengguan-2019-07")

# The twenty-third collection (issue 10: five provincial notes and articles of the transport and
# water departments: a data note of eight result clauses each with its share of an unwritten plan
# and three 其中 parts; a water department's note under numbered section headings with labelled
# items, a status-led list of two projects and pre-work groups; a PDF extraction of a monthly
# note on rural water works, numbers broken across lines, whose lead announces its items; two
# articles on a western province's transport work, named projects at stages, a new-start set,
# '分别' lists and field leads; annotated and committed before any run, 243619a): first-arrival
# figures in data/corpus/README.md. Every floor above was set without it.
TWENTYTHIRD_COLLECTION = ("gansu-2019-03", "guangdong-2019-10", "qinghai-2016-fy",
                          "qinghai-2018-h1", "zhejiang-2022-03")

# The collections added in the same session, each with its own floors.
LATER = (SIXTH_COLLECTION + SEVENTH_COLLECTION + NUMBERED_COLLECTION + TEXTS2_COLLECTION
         + EIGHTH + NINTH_COLLECTION + TENTH_COLLECTION + ELEVENTH_COLLECTION + TWELFTH_COLLECTION
         + THIRTEENTH_COLLECTION + FOURTEENTH_COLLECTION + FIFTEENTH_COLLECTION
         + SIXTEENTH_COLLECTION + SEVENTEENTH_COLLECTION + EIGHTEENTH_COLLECTION
         + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION + TWENTYFIRST_COLLECTION
         + TWENTYSECOND_COLLECTION + TWENTYTHIRD_COLLECTION)


@pytest.fixture(scope="module")
def with_twentythird():
    return evaluate_corpus()


@pytest.fixture(scope="module")
def twentythird(with_twentythird):
    return evaluate_corpus(ids=TWENTYTHIRD_COLLECTION)


@pytest.fixture(scope="module")
def with_twentysecond(with_twentythird):
    # The floors of the whole development part set before the twenty-third collection.
    return evaluate_corpus(ids=[d.id for d in _corpus() if d.id not in TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def twentysecond(with_twentysecond):
    return evaluate_corpus(ids=TWENTYSECOND_COLLECTION)


@pytest.fixture(scope="module")
def with_twentyfirst(with_twentysecond):
    # The floors of the whole development part set before the twenty-second collection.
    return evaluate_corpus(ids=[d.id for d in _corpus() if d.id not in TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def twentyfirst(with_twentyfirst):
    return evaluate_corpus(ids=TWENTYFIRST_COLLECTION)


@pytest.fixture(scope="module")
def with_twentieth(with_twentyfirst):
    # The floors of the whole development part set before the twenty-first collection.
    return evaluate_corpus(ids=[d.id for d in _corpus() if d.id not in TWENTYFIRST_COLLECTION
                                + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def twentieth(with_twentieth):
    return evaluate_corpus(ids=TWENTIETH_COLLECTION)


@pytest.fixture(scope="module")
def with_nineteenth(with_twentieth):
    # The floors of the whole development part set before the twentieth collection.
    return evaluate_corpus(ids=[d.id for d in _corpus() if d.id not in TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def nineteenth(with_nineteenth):
    return evaluate_corpus(ids=NINETEENTH_COLLECTION)


@pytest.fixture(scope="module")
def with_eighteenth(with_nineteenth):
    # The floors of the whole development part set before the nineteenth collection.
    return evaluate_corpus(ids=[d.id for d in _corpus() if d.id not in NINETEENTH_COLLECTION
                                + TWENTIETH_COLLECTION + TWENTYFIRST_COLLECTION
                                + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def eighteenth(with_eighteenth):
    return evaluate_corpus(ids=EIGHTEENTH_COLLECTION)


@pytest.fixture(scope="module")
def with_seventeenth(with_eighteenth):
    # The floors of the whole development part set before the eighteenth collection.
    return evaluate_corpus(ids=[d.id for d in _corpus() if d.id not in EIGHTEENTH_COLLECTION
                                + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def seventeenth(with_seventeenth):
    return evaluate_corpus(ids=SEVENTEENTH_COLLECTION)


@pytest.fixture(scope="module")
def with_sixteenth(with_seventeenth):
    # The floors of the whole development part set before the seventeenth collection.
    return evaluate_corpus(ids=[d.id for d in _corpus() if d.id not in SEVENTEENTH_COLLECTION
                                + EIGHTEENTH_COLLECTION
                                + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def sixteenth(with_sixteenth):
    return evaluate_corpus(ids=SIXTEENTH_COLLECTION)


@pytest.fixture(scope="module")
def with_fifteenth(with_sixteenth):
    # The floors of the whole development part set before the sixteenth collection.
    return evaluate_corpus(ids=[d.id for d in _corpus()
                                if d.id not in SIXTEENTH_COLLECTION + SEVENTEENTH_COLLECTION
                                + EIGHTEENTH_COLLECTION
                                + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def fifteenth(with_fifteenth):
    return evaluate_corpus(ids=FIFTEENTH_COLLECTION)


@pytest.fixture(scope="module")
def with_fourteenth(with_fifteenth):
    # The floors of the whole development part set before the fifteenth collection.
    return evaluate_corpus(ids=[d.id for d in _corpus() if d.id not in FIFTEENTH_COLLECTION
                                + SIXTEENTH_COLLECTION
                                + SEVENTEENTH_COLLECTION
                                + EIGHTEENTH_COLLECTION
                                + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def fourteenth(with_fourteenth):
    return evaluate_corpus(ids=FOURTEENTH_COLLECTION)


@pytest.fixture(scope="module")
def with_thirteenth(with_fourteenth):
    # The floors of the whole development part set before the fourteenth collection.
    return evaluate_corpus(ids=[d.id for d in _corpus() if d.id not in FOURTEENTH_COLLECTION
                                + FIFTEENTH_COLLECTION + SIXTEENTH_COLLECTION
                                + SEVENTEENTH_COLLECTION
                                + EIGHTEENTH_COLLECTION
                                + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def thirteenth(with_thirteenth):
    return evaluate_corpus(ids=THIRTEENTH_COLLECTION)


@pytest.fixture(scope="module")
def with_twelfth(with_thirteenth):
    # The floors of the whole development part set before the thirteenth collection.
    return evaluate_corpus(ids=[d.id for d in _corpus()
                                if d.id not in THIRTEENTH_COLLECTION + FOURTEENTH_COLLECTION
                                + FIFTEENTH_COLLECTION + SIXTEENTH_COLLECTION
                                + SEVENTEENTH_COLLECTION
                                + EIGHTEENTH_COLLECTION
                                + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def twelfth(with_twelfth):
    return evaluate_corpus(ids=TWELFTH_COLLECTION)


@pytest.fixture(scope="module")
def with_eleventh(with_twelfth):
    # The floors of the whole development part set before the twelfth collection.
    return evaluate_corpus(ids=[d.id for d in _corpus()
                                if d.id not in TWELFTH_COLLECTION + THIRTEENTH_COLLECTION
                                + FOURTEENTH_COLLECTION
                                + FIFTEENTH_COLLECTION + SIXTEENTH_COLLECTION
                                + SEVENTEENTH_COLLECTION
                                + EIGHTEENTH_COLLECTION
                                + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def eleventh(with_eleventh):
    return evaluate_corpus(ids=ELEVENTH_COLLECTION)


@pytest.fixture(scope="module")
def with_tenth(with_eleventh):
    # The floors of the whole development part set before the eleventh collection.
    return evaluate_corpus(ids=[d.id for d in _corpus()
                                if d.id not in ELEVENTH_COLLECTION + TWELFTH_COLLECTION
                                + THIRTEENTH_COLLECTION + FOURTEENTH_COLLECTION
                                + FIFTEENTH_COLLECTION + SIXTEENTH_COLLECTION
                                + SEVENTEENTH_COLLECTION
                                + EIGHTEENTH_COLLECTION
                                + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def tenth(with_tenth):
    return evaluate_corpus(ids=TENTH_COLLECTION)


@pytest.fixture(scope="module")
def with_ninth(with_tenth):
    # The floors of the whole development part set before the tenth collection.
    return evaluate_corpus(ids=[d.id for d in _corpus()
                                if d.id not in TENTH_COLLECTION + ELEVENTH_COLLECTION
                                + TWELFTH_COLLECTION + THIRTEENTH_COLLECTION
                                + FOURTEENTH_COLLECTION
                                + FIFTEENTH_COLLECTION + SIXTEENTH_COLLECTION
                                + SEVENTEENTH_COLLECTION
                                + EIGHTEENTH_COLLECTION
                                + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def ninth(with_ninth):
    return evaluate_corpus(ids=NINTH_COLLECTION)


@pytest.fixture(scope="module")
def with_eighth(with_ninth):
    # The floors of the whole development part set before the ninth collection.
    return evaluate_corpus(ids=[d.id for d in _corpus()
                                if d.id not in NINTH_COLLECTION + TENTH_COLLECTION
                                + ELEVENTH_COLLECTION + TWELFTH_COLLECTION + THIRTEENTH_COLLECTION
                                + FOURTEENTH_COLLECTION
                                + FIFTEENTH_COLLECTION + SIXTEENTH_COLLECTION
                                + SEVENTEENTH_COLLECTION
                                + EIGHTEENTH_COLLECTION
                                + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def eighth(with_eighth):
    return evaluate_corpus(ids=EIGHTH_TABLES_COLLECTION)


@pytest.fixture(scope="module")
def eighth_texts(with_eighth):
    return evaluate_corpus(ids=EIGHTH_TEXTS_COLLECTION)


@pytest.fixture(scope="module")
def with_texts2(with_eighth):
    # The floors of the whole development part set before the eighth collection.
    return evaluate_corpus(ids=[d.id for d in _corpus()
                                if d.id not in EIGHTH + NINTH_COLLECTION + TENTH_COLLECTION
                                + ELEVENTH_COLLECTION + TWELFTH_COLLECTION + THIRTEENTH_COLLECTION
                                + FOURTEENTH_COLLECTION
                                + FIFTEENTH_COLLECTION + SIXTEENTH_COLLECTION
                                + SEVENTEENTH_COLLECTION
                                + EIGHTEENTH_COLLECTION
                                + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def with_seventh(with_texts2):
    # The floors of the whole development part set before the second prose/bulletin collection.
    return evaluate_corpus(ids=[d.id for d in _corpus()
                                if d.id not in TEXTS2_COLLECTION + EIGHTH + NINTH_COLLECTION
                                + TENTH_COLLECTION + ELEVENTH_COLLECTION + TWELFTH_COLLECTION
                                + THIRTEENTH_COLLECTION + FOURTEENTH_COLLECTION
                                + FIFTEENTH_COLLECTION + SIXTEENTH_COLLECTION
                                + SEVENTEENTH_COLLECTION
                                + EIGHTEENTH_COLLECTION
                                + NINETEENTH_COLLECTION + TWENTIETH_COLLECTION
                                + TWENTYFIRST_COLLECTION + TWENTYSECOND_COLLECTION
                                + TWENTYTHIRD_COLLECTION])


@pytest.fixture(scope="module")
def sixth(with_seventh):
    return evaluate_corpus(ids=SIXTH_COLLECTION)


@pytest.fixture(scope="module")
def seventh(with_seventh):
    return evaluate_corpus(ids=SEVENTH_COLLECTION)


@pytest.fixture(scope="module")
def numbered(with_seventh):
    return evaluate_corpus(ids=NUMBERED_COLLECTION)


@pytest.fixture(scope="module")
def texts2(with_seventh):
    return evaluate_corpus(ids=TEXTS2_COLLECTION)


@pytest.fixture(scope="module")
def with_fifth(with_seventh):
    return evaluate_corpus(ids=[d.id for d in _corpus() if d.id not in LATER])


@pytest.fixture(scope="module")
def whole(with_fifth):
    return evaluate_corpus(ids=[d.id for d in _corpus()
                                if d.id not in FIFTH_COLLECTION + LATER])


@pytest.fixture(scope="module")
def everything(whole):
    return evaluate_corpus(ids=[d.id for d in _corpus()
                                if d.id not in FOURTH_COLLECTION + FIFTH_COLLECTION + LATER])


@pytest.fixture(scope="module")
def sc(everything):
    return evaluate_corpus(ids=[d.id for d in _corpus()
                                if d.id not in THIRD_COLLECTION + FOURTH_COLLECTION + FIFTH_COLLECTION
                                + LATER])


@pytest.fixture(scope="module")
def first(sc):
    return evaluate_corpus(ids=FIRST_COLLECTION)


def test_first_collection_floors(first) -> None:
    # Second pass: 0.386 -> 0.43 targets, 0.259 -> 0.29 actuals, 0.489 -> 0.53 status, at-risk
    # recall 0.532 -> 0.59 (planned targets in progress texts, stated completions run to date).
    assert len(first.docs["dev"]) == len(FIRST_COLLECTION)
    # Was 0.709: gold revised to the second-round decisions (both development halves merged).
    assert first.stated.rate("dev")[0] >= 0.684  # Was 0.95: gold revised to the second-round decisions
    # Third pass: units folded on both sides (個 = 个): 0.45 targets, 0.30 actuals, period 0.88.
    # Wide tables' units (unit line 单位:亿元, a header's own (万元)): 0.78 targets, 0.66 actuals,
    # period 0.94 (dazhou-2018-07, hunan-2021-08, xiangxi-2021-09).
    assert first.targets.f1("dev")[2] >= 0.78
    assert first.actuals.f1("dev")[2] >= 0.66
    # Judge pass: 0.53 -> 0.90 status, at-risk recall 0.59 -> 0.93 (list leads and status cells
    # read as verdicts, the opening's verdict on all items, the month of a title without a year).
    assert first.status.rate("dev")[0] >= 0.860  # Was 0.87: gold revised to the second-round decisions; 0.90 -> 0.87: hunan-2021-08's second set read (docs/statements.md, "Statements and alignment")
    # Was 0.94: scorer now counts the program's amounts of an unwritten target and drops a leading 其中 from the pairing key; reader pass 18 and statements pass 12 merged.
    assert first.actual_period.rate("dev")[0] >= 0.92
    # Fifth pass (extraction of issue 11's second half: a metric's head, one figure to one target,
    # stated-ratio forms, project-list sizes, the first quarter to date): 0.79 targets, 0.68 actuals,
    # period 0.95.
    assert first.targets.f1("dev")[2] >= 0.79
    assert first.actuals.f1("dev")[2] >= 0.68
    # Was 0.95: scorer now counts the program's amounts of an unwritten target and drops a leading 其中 from the pairing key; reader pass 18 and statements pass 12 merged.
    assert first.actual_period.rate("dev")[0] >= 0.92
    # Statements pass (achievements in task cells, goals in running progress, compound units,
    # implied targets beside unmeasured ones): targets 0.922 -> 0.949.
    assert first.targets.f1("dev")[2] >= 0.923  # Was 0.94: gold revised to the second-round decisions
    p, r, _, _ = first.at_risk.f1("dev")
    assert p >= 0.85 and r >= 0.93  # P 0.95 -> 0.85: hunan's second set (docs/statements.md, "Statements and alignment")


def test_dev_floors(sc) -> None:
    # The whole development part, second collection included (floors where it stands).
    # Was 0.763: gold revised to the second-round decisions (both development halves merged).
    assert sc.stated.rate("dev")[0] >= 0.743  # Was 0.89: gold revised to the second-round decisions; 0.88 -> 0.89 (0.90 on the extraction branch alone; the judge reads the first ratio stated)
    assert sc.targets.f1("dev")[2] >= 0.92  # statements pass: 0.909 -> 0.936
    assert sc.actuals.f1("dev")[2] >= 0.68
    assert sc.status.rate("dev")[0] >= 0.78  # judge pass: 0.43 -> 0.78
    assert sc.actual_period.rate("dev")[0] >= 0.92  # 0.90 -> 0.92 (0.93 before the reader pass found more rows)
    p, r, _, _ = sc.at_risk.f1("dev")
    assert p >= 0.85 and r >= 0.82  # P 0.95 -> 0.85: hunan's second set (docs/statements.md, "Statements and alignment")


def test_whole_dev_floors(everything) -> None:
    # With the third collection, where it stands on the reader that first met it.
    # Was 0.782: gold revised to the second-round decisions (both development halves merged).
    assert everything.stated.rate("dev")[0] >= 0.765  # Was 0.89: gold revised to the second-round decisions
    assert everything.targets.f1("dev")[2] >= 0.86  # statements pass: 0.841 -> 0.877
    # Was 0.764: gold revised to the second-round decisions (both development halves merged).
    assert everything.actuals.f1("dev")[2] >= 0.755  # Was 0.78: gold revised to the second-round decisions; statements pass: 0.782 -> 0.790
    assert everything.status.rate("dev")[0] >= 0.74  # judge pass: 0.40 -> 0.74
    p, r, _, _ = everything.at_risk.f1("dev")
    assert p >= 0.85 and r >= 0.81  # P 0.95 -> 0.85: hunan's second set (docs/statements.md, "Statements and alignment")


def test_whole_dev_with_fourth_collection(whole) -> None:
    # With the fourth collection (41 documents, rizhao-2017-07 removed; it lowers every whole-dev
    # figure, so these floors are set from the new denominator, the ones above kept on their
    # documents).
    assert len(whole.docs["dev"]) == len(FIRST_COLLECTION) + 9 + len(THIRD_COLLECTION) + len(
        FOURTH_COLLECTION)
    assert whole.stated.rate("dev")[0] >= 0.80
    assert whole.targets.f1("dev")[2] >= 0.88  # statements pass: 0.832 -> 0.864; third: 0.875 -> 0.889
    # Was 0.777: gold revised to the second-round decisions (both development halves merged).
    assert whole.actuals.f1("dev")[2] >= 0.769  # Was 0.78: gold revised to the second-round decisions; statements pass: 0.770 -> 0.790
    assert whole.status.rate("dev")[0] >= 0.72  # judge pass: 0.386 -> 0.727
    p, r, _, _ = whole.at_risk.f1("dev")
    assert p >= 0.85 and r >= 0.79  # P 0.95 -> 0.85: hunan's second set (docs/statements.md, "Statements and alignment")


def test_judgement_on_the_rows_found(whole) -> None:
    # Judgement on its own, on the rows the reader found (41 documents): status 0.442 -> 0.833,
    # at-risk recall 0.446 -> 0.892 with precision 0.974 (issue 11's at-risk floor is met here).
    assert whole.found_status.rate("dev")[0] >= 0.83
    p, r, _, _ = whole.found_at_risk.f1("dev")
    assert p >= 0.85 and r >= 0.88  # P 0.95 -> 0.85: hunan's second set (docs/statements.md, "Statements and alignment")


def test_issue_judgement_floors_on_whole_dev(whole) -> None:
    # Met since reader pass 29 (a counted lead's verdict carried to xuzhou-2016-h1's listed items):
    # status 228 -> 231/271 (0.841 -> 0.852) on these 40 documents; at-risk P 0.898, R 0.936.
    # Was a strict xfail (status 0.727, at-risk recall 0.796 when written).
    assert whole.status.rate("dev")[0] >= 0.85
    p, r, _, _ = whole.at_risk.f1("dev")
    assert r >= 0.85 and p >= 0.80


def test_whole_dev_with_fifth_collection(with_fifth) -> None:
    # With the fifth collection (59 documents), where it stands on the reader that first met it:
    # its bulletins and status-headed lists are not read yet, so every whole-dev figure drops.
    assert len(with_fifth.docs["dev"]) == len(FIRST_COLLECTION) + 9 + len(THIRD_COLLECTION) + len(
        FOURTH_COLLECTION) + len(FIFTH_COLLECTION)
    # Statements pass (58 documents, every later pass merged): stated 0.795 -> 0.821, targets
    # 0.747 -> 0.821, actuals 0.732 -> 0.750, status 0.693 -> 0.696, at-risk 0.903 / 0.775.
    # Was 0.784: gold revised to the second-round decisions (both development halves merged).
    assert with_fifth.stated.rate("dev")[0] >= 0.762  # Was 0.81: gold revised to the second-round decisions
    assert with_fifth.targets.f1("dev")[2] >= 0.85  # third statements pass: 0.848 -> 0.860
    assert with_fifth.actuals.f1("dev")[2] >= 0.74
    assert with_fifth.status.rate("dev")[0] >= 0.68
    p, r, _, _ = with_fifth.at_risk.f1("dev")
    assert p >= 0.88 and r >= 0.76


def test_heldout_floors(sc) -> None:
    # The reader finds 16 of the 83 held-out rows; every measure below counts the others as misses.
    assert sc.rows.rate("heldout")[0] >= 0.19
    assert sc.targets.f1("heldout")[2] >= 0.12


def test_issue_floors_on_dev(sc) -> None:
    # Reached in reader pass 19 (a strict xfail before): henan-2018-11's two 其中 parts read as rows
    # take status 173 -> 175 of 205 (0.844 -> 0.854) and actuals F1 0.855 -> 0.861 on these 90
    # documents; targets F1 0.956, at-risk recall 0.926 unchanged.
    assert sc.targets.f1("dev")[2] >= 0.90 and sc.actuals.f1("dev")[2] >= 0.85
    assert sc.status.rate("dev")[0] >= 0.85 and sc.at_risk.f1("dev")[1] >= 0.85


@pytest.mark.parametrize("unit, folded", [("個", "个"), ("間", "间"), ("戶", "户"), ("个", "个"), ("%", "%")])
def test_units_are_folded_on_both_sides(unit, folded) -> None:
    # The gold writes a report's units as written; the program writes the folded form.
    row = {"targets": [{"value": 3.0, "unit": unit}], "actuals": [{"value": 1.0, "unit": unit}]}
    out = fold_units(row)
    assert out["targets"][0]["unit"] == folded and out["actuals"][0]["unit"] == folded
    assert row["targets"][0]["unit"] == unit  # the record itself is not changed


def test_seventh_collection_floors(seventh) -> None:
    # First run (the reader as it stood when the ten documents arrived): rows 0.177 (14/79),
    # cells 0.667, period 0.60, targets F1 0.25, actuals F1 0.29, stated 0.30, status 0.07.
    # A section heading's body read clause by clause (its sub-items), sub-items on no marker line
    # left out of the marker agreement: rows 0.620, cells 0.773, stated 0.606, status 0.259.
    assert len(seventh.docs["dev"]) == len(SEVENTH_COLLECTION)
    assert seventh.rows.rate("dev")[0] >= 0.62
    assert seventh.cells.rate("dev")[0] >= 0.77
    assert seventh.period.rate("dev")[0] >= 0.60
    # 0.606 -> 0.545: list entries judged by name in the competition read sanming's three names
    # as rows (+1 row, +2 cells, +1 status) but lose the two stated shares its article reading held.
    assert seventh.stated.rate("dev")[0] >= 0.54
    assert seventh.status.rate("dev")[0] >= 0.25
    # Third statements pass (a count of projects beside money only is the list's size; a stated
    # ratio's scope after whose plan it is): targets F1 0.250 -> 0.444, stated 0.545 -> 0.606,
    # status 0.407 -> 0.444.
    assert seventh.targets.f1("dev")[2] >= 0.44
    assert seventh.stated.rate("dev")[0] >= 0.60
    assert seventh.status.rate("dev")[0] >= 0.44
    # Reader pass 5 (period spellings): period 0.60 -> 0.80.
    assert seventh.period.rate("dev")[0] >= 0.80
    # Where it stands before reader pass 10: rows 62/79; reader pass 10 (a later subject with its
    # own stage after an item's stage: shenzhen-luohu-2009-09's 地质灾害治理…已批复): rows 62 -> 63/79.
    assert seventh.rows.rate("dev")[1:] >= (63, 79)


def test_numbered_collection_floors(numbered) -> None:
    # First arrival (the reader as it stood when the two documents came): rows 5/10, cells 10/10,
    # period 1/2, targets F1 0.909, actuals F1 0.40, status 3/4. Numbered paragraphs carrying
    # their own text (taian's 1.-4. under 三、): rows 9/10, cells 14/14, actuals F1 0.545; targets
    # F1 0.588, as the group sizes (10项重点任务) the gold takes for no target are now read.
    assert len(numbered.docs["dev"]) == len(NUMBERED_COLLECTION)
    # Merged with both round 2 text passes and reader pass 5: rows 10/10 (taian's 一、事项名称：<task>).
    assert numbered.rows.rate("dev")[1:] == (10, 10)
    # The row found brings two cells, one of them not in its role (0.9375: 15/16).
    assert numbered.cells.rate("dev")[0] >= 0.93
    assert numbered.period.rate("dev")[0] >= 0.5
    # taian's row 一, found since the merge of reader pass 5, reads one figure the gold takes for no
    # target: targets F1 0.588 -> 0.556.
    assert numbered.targets.f1("dev")[2] >= 0.55
    assert numbered.actuals.f1("dev")[2] >= 0.54
    assert numbered.status.rate("dev")[0] >= 0.666  # Was 0.75: project-list count convention (decision 16)


def test_texts2_collection_floors(texts2) -> None:
    # First arrival (the reader as it stood when the five documents came, gold as first
    # annotated): rows 16/27, cells 21/25, period 2/5, stated 2/15, status 9/27. The two
    # periods annotated 2022H1/2024H1 were corrected to the months the conventions give
    # (截至6月底, 1-6月 -> YYYY-06): period 3/5 on the same reading.
    assert len(texts2.docs["dev"]) == len(TEXTS2_COLLECTION)
    # After the pass: a counted verb opens an article clause's progress (开工建设2664个), a
    # numbered labelled line is a bulletin item (1.<指挥部>:项目23项,…): rows 20/27, cells
    # 30/33, status 13/27. yancheng-2023-11 came after the pass (first arrival rows 5/5, cells
    # 6/9, period 1/1, stated 1/2, status 2/5): the six together rows 25/32, cells 36/42.
    assert texts2.rows.rate("dev")[1:] >= (25, 32)
    assert texts2.cells.rate("dev")[0] >= 0.85
    assert texts2.period.rate("dev")[1] >= 5  # reader pass 5: heihe's dated line with bars
    assert texts2.stated.rate("dev")[1] >= 3
    assert texts2.status.rate("dev")[1] >= 15


def test_whole_dev_with_texts2(with_texts2) -> None:
    # The whole development part with the second prose/bulletin collection (78 documents) on
    # its first arrival: rows 0.836 (480/574), cells 0.889, status 0.684. After the pass
    # (counted verbs in article clauses, numbered labelled bulletin lines): rows 0.848
    # (487/574), cells 0.894, status 0.696; with yancheng-2023-11 (79 documents) rows 0.850
    # (492/579), cells 0.893, status 0.693.
    assert with_texts2.rows.rate("dev")[0] >= 0.849
    assert with_texts2.cells.rate("dev")[0] >= 0.892
    assert with_texts2.status.rate("dev")[0] >= 0.692
    assert with_texts2.period.rate("dev")[0] >= 0.82  # reader pass 5: 0.785 -> 0.823
    # Fifth statements pass (target words opening a clause, verdict-judged targets, the year's
    # whole before a bare rate, an unclaimed completion beside judged targets): targets 0.820 ->
    # 0.855, actuals 0.762 -> 0.776, stated 0.779 -> 0.797, status 0.701 -> 0.705, at-risk R
    # 0.780 -> 0.792 (P 0.918 -> 0.919); on the rows found at-risk R 0.871 -> 0.884.
    assert with_texts2.targets.f1("dev")[2] >= 0.849  # Was 0.85: clause rows convention (decision 17)
    # Was 0.705: gold revised to the second-round decisions (both development halves merged).
    assert with_texts2.actuals.f1("dev")[2] >= 0.695  # Was 0.775: gold revised to the second-round decisions
    # Was 0.785: gold revised to the second-round decisions (both development halves merged).
    assert with_texts2.stated.rate("dev")[0] >= 0.761  # Was 0.795: gold revised to the second-round decisions
    assert with_texts2.status.rate("dev")[0] >= 0.704
    p, r, _, _ = with_texts2.at_risk.f1("dev")
    assert p >= 0.91 and r >= 0.79
    assert with_texts2.found_at_risk.f1("dev")[1] >= 0.88
    # Merged with round 2's text layouts:
    # Round 2, text layouts (luan-2017-07's owners after 牵头部门：, xuzhou-2016-h1's list after
    # 分别是：, anshun-2019-fy's year): rows 0.855 (495/579), cells 0.898, status 0.701.
    assert with_texts2.rows.rate("dev")[0] >= 0.854
    assert with_texts2.status.rate("dev")[0] >= 0.700
    # Reader pass 7 (the ninth collection's test says what): sanming-sanyuan-2010-08 is read as an
    # article since its names sharing an outcome are items (rows 3 -> 5 of 10), and the article
    # reading cuts its row 1 before the verb (我区1-8月份 | 完成…), as its annotation does not: its
    # cells 3/3 -> 4/6; quanguo-2022-05's 全部开工 row +1 (cells +4/4). Rows 0.860 -> 0.865 (498
    # -> 501 of 579), cells 0.8976 -> 0.8965 (1026/1143 -> 1031/1150).
    # Was 0.865: lowered for the gold correction written at the end of this test.
    assert with_texts2.rows.rate("dev")[0] >= 0.863
    assert with_texts2.cells.rate("dev")[0] >= 0.895
    # Gold correction (the agreement study's slips, corrected by hand before any run; no code
    # changed): ningxia-2020-fy's first three paragraphs annotated as the status-led lists they
    # are (5 -> 14 rows; the reader keeps one row per 在…方面 paragraph and finds 2 of the 14),
    # sanming-sanyuan-2010-08 row 1's 23.68亿元, ankang-ziyang-2024-06's 截至目前 counts ytd.
    # On these 79 documents: rows 0.883 -> 0.864 (511/579 -> 508/588), stated 0.840 -> 0.828,
    # status 0.750 -> 0.732 (379/505 -> 376/514), targets F1 0.870 -> 0.865, actuals 0.801 -> 0.793.
    # Reader pass 12 (text no reader placed is a row of its own): rows 511 -> 515 of 579, cells
    # right 1043 -> 1048, their share 0.8968 -> 0.8950 (1171 cells checked on the rows found).
    assert with_texts2.cells.rate("dev")[0] >= 0.894
    # Was 515, then 512: merged with the gold corrections of the agreement study and the
    # year-to-date convention (figures in the merge's test comments); then the scorer no longer
    # pairs a short annotated cell (a place, 全市) with a longer different task (the held-out second
    # annotation found it; data/corpus/README.md, "Agreement on the held-out part").
    assert with_texts2.rows.rate("dev")[1] >= 511
    # Was 1048, then 1045: merged with the gold corrections of the agreement study and the
    # year-to-date convention (figures in the merge's test comments); then the scorer no longer
    # pairs a short annotated cell (a place, 全市) with a longer different task (the held-out second
    # annotation found it; data/corpus/README.md, "Agreement on the held-out part").
    assert with_texts2.cells.rate("dev")[1] >= 1044


def test_eighth_collection_first_arrival(eighth) -> None:
    # First arrival (the reader of 7702af3, gold as committed before any run in 0442676): rows
    # 23/88, cells 38/40, period 5/8, targets F1 0.091 (33), actuals F1 0.403 (89), stated 15/46,
    # status 17/71, at-risk recall 1/18. The three tables read no row (a task column named
    # 项目类别 or 地区, a flattened header one cell short of its rows, a target table read as
    # prose); the bulletin keeps its status-led name lists as group rows (data/corpus/README.md,
    # eighth collection).
    # The fifth statements pass: stated 15/46 -> 16/46. Round 2, what a figure is (r2stmt: 千米
    # read whole, counts closing a names list, unrated project counts beside money): targets F1
    # 0.091 -> 0.103, actuals F1 0.403 -> 0.433; rows, cells and status unchanged. Round 2,
    # tables (r2tab: header words 项目/地区 as whole cells, 分值 a weight, 监考单位 an owner; a
    # group column naming its rows is the task; the actual header's month; a flattened table's
    # unnamed 序号, total row and rows of 2-4 cells), on top of both: rows 23/88 -> 57/88 (the
    # three tables read whole), cells 38/40 -> 133/139, period 5/8 -> 7/8, targets F1 0.103 ->
    # 0.812, actuals F1 0.433 -> 0.597, stated 16/46 -> 21/46, status 17/71 -> 41/71, at-risk
    # recall 1/18 -> 9/18.
    assert len(eighth.docs["dev"]) == len(EIGHTH_TABLES_COLLECTION)
    # Round 2, text layouts: the reporter's source is framing (shandong-2021-04's lead row is
    # found): rows 23 -> 24, cells 38/40 -> 39/42 (its progress keeps the 截至4月底 the gold
    # leaves out), targets F1 0.091 -> 0.089 (its list size 500个 read as a target: extraction).
    assert eighth.rows.rate("dev")[1:] >= (24, 88)
    assert eighth.cells.rate("dev")[1] >= 39
    assert eighth.period.rate("dev")[1] >= 5
    assert eighth.targets.f1("dev")[2] >= 0.10
    assert eighth.actuals.f1("dev")[2] >= 0.43
    assert eighth.stated.rate("dev")[1] >= 16
    # Merged with round 2's text layouts:
    assert eighth.targets.f1("dev")[2] >= 0.088
    assert eighth.actuals.f1("dev")[2] >= 0.40
    assert eighth.stated.rate("dev")[1] >= 15
    assert eighth.status.rate("dev")[1] >= 17
    assert eighth.at_risk.f1("dev")[1] >= 0.05
    # Round 2, tables (r2tab: header words 项目/地区 as whole cells, 分值 a weight, 监考单位 an
    # owner; a group column naming its rows is the task; the actual header's month; a flattened
    # table's unnamed 序号, total row and rows of 2-4 cells), merged with the passes above: rows
    # 24/88 -> 58/88 (the three tables read whole), cells 39/42 -> 134/141, period 5/8 -> 7/8,
    # targets F1 0.103 -> 0.812, actuals F1 0.433 -> 0.597, stated 16/46 -> 21/46, status 17/71
    # -> 41/71, at-risk recall 1/18 -> 9/18.
    assert eighth.rows.rate("dev")[1:] >= (58, 88)
    assert eighth.cells.rate("dev")[1] >= 134
    assert eighth.period.rate("dev")[1] >= 7
    assert eighth.targets.f1("dev")[2] >= 0.81
    assert eighth.actuals.f1("dev")[2] >= 0.59
    assert eighth.stated.rate("dev")[1] >= 21
    assert eighth.status.rate("dev")[1] >= 41
    assert eighth.at_risk.f1("dev")[1] >= 0.49
    # Round 3 (r3: 百分比 ending a header names a ratio column; a comparator before a column's
    # bare number, 低于 4.1): cells 134/141 -> 138/141, targets F1 0.812 -> 0.831, actuals F1
    # 0.597 -> 0.638, stated 21/46 -> 25/46, status 41/71 -> 42/71 (yunfu-2017-08,
    # deyang-jingyang-2016-fy); rows and at-risk unchanged.
    assert eighth.cells.rate("dev")[1] >= 138
    assert eighth.targets.f1("dev")[2] >= 0.83
    assert eighth.actuals.f1("dev")[2] >= 0.637
    assert eighth.stated.rate("dev")[1] >= 25
    assert eighth.status.rate("dev")[1] >= 42
    # Round 4, bulletins (r4bul: names closed by a count equal to their number, an item each;
    # anqing-daguan-2024-04): rows 58/88 -> 67/88, cells 138/141 -> 147/150, targets F1 0.831 ->
    # 0.844, actuals F1 0.638 -> 0.647, stated 25/46 -> 26/46, status 42/71 -> 46/71.
    assert eighth.rows.rate("dev")[1:] >= (67, 88)
    assert eighth.cells.rate("dev")[1] >= 147
    assert eighth.targets.f1("dev")[2] >= 0.843
    assert eighth.actuals.f1("dev")[2] >= 0.646
    assert eighth.stated.rate("dev")[1] >= 26
    assert eighth.status.rate("dev")[1] >= 46
    # Statements pass 6 (st6: the written whole of a stated ratio, 投产率): zhuhai-2016-05's 55 and
    # 90 projects are targets, 投产 11/55 judged: targets F1 0.844 -> 0.879, actuals F1 0.647 ->
    # 0.701, stated 26/46 -> 27/46, status 46/71 -> 47/71, at-risk recall 9/18 -> 10/18.
    assert eighth.targets.f1("dev")[2] >= 0.878
    assert eighth.actuals.f1("dev")[2] >= 0.70
    assert eighth.stated.rate("dev")[1] >= 27
    assert eighth.status.rate("dev")[1] >= 47
    assert eighth.at_risk.f1("dev")[1] >= 0.55
    # Reader pass 6 (figures given 分别 to several names, anqing-daguan-2024-04): rows 67 ->
    # 70/88, cells 147/150 -> 150/153, stated 26 -> 33/46, status 46 -> 49/71.
    assert eighth.rows.rate("dev")[1:] >= (70, 88)
    assert eighth.cells.rate("dev")[1] >= 150
    assert eighth.stated.rate("dev")[1] >= 33
    assert eighth.status.rate("dev")[1] >= 49
    # Statements pass 9: 达到年度目标 is a done verdict (anqing-daguan-2024-04's 等2项动态达到年度
    # 目标): status 50 -> 51/71, on the rows found 0.909 -> 0.927.
    assert eighth.status.rate("dev")[1] >= 51
    assert eighth.found_status.rate("dev")[0] >= 0.926


def test_eighth_texts_first_arrival(eighth_texts) -> None:
    # First arrival of the second half (the reader of 7702af3; yantai-2017-h1's period, annotated
    # 2017H1, corrected to the conventions' 2017-06 after it): rows 19/47, cells 25/42, period 3/7,
    # targets F1 0.261 (15), actuals F1 0.373 (79), stated 9/19, status 12/40, at-risk recall 5/16.
    # Round 2, what a figure is (r2stmt): targets F1 0.261 -> 0.286, actuals F1 0.373 -> 0.431,
    # actual period 0.789 -> 0.909 (22), stated 9/19 -> 10/19, status 12/40 -> 13/40.
    assert len(eighth_texts.docs["dev"]) == len(EIGHTH_TEXTS_COLLECTION)
    assert eighth_texts.rows.rate("dev")[1:] >= (19, 47)
    assert eighth_texts.cells.rate("dev")[1] >= 25
    assert eighth_texts.period.rate("dev")[1] >= 3
    assert eighth_texts.targets.f1("dev")[2] >= 0.28
    assert eighth_texts.actuals.f1("dev")[2] >= 0.43
    assert eighth_texts.stated.rate("dev")[1] >= 10
    assert eighth_texts.status.rate("dev")[1] >= 13
    assert eighth_texts.at_risk.f1("dev")[1] >= 0.31
    # Merged with round 2's text layouts:
    # Round 2, text layouts (year-end periods, labelled pairs on one line, a lead's colon and
    # its list of names): rows 19 -> 33/47, cells 25 -> 43/61, period 3 -> 5/7, targets F1
    # 0.261 -> 0.625, stated 9 -> 10, status 12 -> 15, at-risk recall 5/16 -> 6/16.
    assert eighth_texts.rows.rate("dev")[1:] >= (33, 47)
    assert eighth_texts.cells.rate("dev")[1] >= 43
    assert eighth_texts.period.rate("dev")[1] >= 5
    assert eighth_texts.targets.f1("dev")[2] >= 0.62
    assert eighth_texts.actuals.f1("dev")[2] >= 0.37
    assert eighth_texts.stated.rate("dev")[1] >= 10
    assert eighth_texts.status.rate("dev")[1] >= 15
    assert eighth_texts.at_risk.f1("dev")[1] >= 0.37
    # Statements pass 6 (st6): gansu-2024-fy's title (10件为民实事如期全面高质量完成) judges its
    # nine items, shijiazhuang-2014-fy's 已于2014年11月14日前完工 is read, liaoning-2021-07's
    # 路灯6059盏 is a figure: status 16/40 -> 26/40, actuals F1 0.431 -> 0.462.
    assert eighth_texts.status.rate("dev")[1] >= 26
    assert eighth_texts.actuals.f1("dev")[2] >= 0.46
    # Reader pass 8: liaoning-2021-07's 完成村内道路建设2457.10公里 (its own thing named again,
    # no subject of its own) stays with its row: status 26/40 -> 28/40, actuals F1 0.462 ->
    # 0.519, at-risk R 0.375 -> 0.500.
    assert eighth_texts.status.rate("dev")[1] >= 28
    assert eighth_texts.actuals.f1("dev")[2] >= 0.518
    assert eighth_texts.at_risk.f1("dev")[1] >= 0.49
    # Statements pass 9 (against main e8d286d: actuals F1 0.541, actual period 27/30, stated
    # 11/19, status 34/40, at-risk R 0.812): a figure with no date of its own is year to date in the
    # gold (jinan-2014-fy, jinzhai-2025-h1, shijiazhuang-2014-fy, xinjiang-2022-08, yantai-2017-h1;
    # actual period 27/30 -> 31/34), and a percentage alone in brackets after words ranking progress
    # is a stated completion (liaoning-2021-07's 进展最快的是盘锦市(70%)): actuals F1 0.541 -> 0.591,
    # stated 11 -> 13/19, status 34 -> 36/40, at-risk R 0.812 -> 0.875.
    # Was 0.59: gold revised to the second-round decisions
    assert eighth_texts.actuals.f1("dev")[2] >= 0.57
    # Was 31: gold revised to the second-round decisions
    assert eighth_texts.actual_period.rate("dev")[1] >= 30
    # Was 13: gold revised to the second-round decisions
    assert eighth_texts.stated.rate("dev")[1] >= 12
    # Periods pass 2: gansu-2024-fy's page of December on the year's account is the year (2024-12
    # = 2024): period 5 -> 6/7.
    assert eighth_texts.period.rate("dev")[1] >= 6  # Was 5
    # Was 36: gold revised to the second-round decisions
    assert eighth_texts.status.rate("dev")[1] >= 29
    assert eighth_texts.at_risk.f1("dev")[1] >= 0.87


def test_whole_dev_with_eighth_collection(with_eighth) -> None:
    # The whole development part with the eighth collection (94 documents) on its first arrival:
    # rows 0.850 -> 0.748 (534/714), cells 0.893 -> 0.884, period 0.785 -> 0.745, targets F1
    # 0.820 -> 0.760, actuals F1 0.762 -> 0.702, stated 0.779 -> 0.689, status 0.701 -> 0.622,
    # at-risk P 0.918 -> 0.922, R 0.780 -> 0.681.
    assert len(with_eighth.docs["dev"]) == 94
    assert with_eighth.rows.rate("dev")[0] >= 0.747
    assert with_eighth.cells.rate("dev")[0] >= 0.884
    assert with_eighth.stated.rate("dev")[0] >= 0.689
    assert with_eighth.status.rate("dev")[0] >= 0.621
    assert with_eighth.targets.f1("dev")[2] >= 0.759
    assert with_eighth.actuals.f1("dev")[2] >= 0.702
    # Fifth statements pass, on the 94: targets 0.760 -> 0.793, actuals 0.702 -> 0.715, stated
    # 0.689 -> 0.706, status 0.622 -> 0.625, at-risk P 0.922 -> 0.923, R 0.681 -> 0.691.
    assert with_eighth.targets.f1("dev")[2] >= 0.79
    # Was 0.711: gold revised to the second-round decisions (both development halves merged).
    assert with_eighth.actuals.f1("dev")[2] >= 0.702  # Was 0.714: gold revised to the second-round decisions
    assert with_eighth.stated.rate("dev")[0] >= 0.705
    assert with_eighth.status.rate("dev")[0] >= 0.624
    p, r, _, _ = with_eighth.at_risk.f1("dev")
    assert p >= 0.92 and r >= 0.69
    # Round 2, what a figure is (r2stmt, on top of the fifth pass): targets 0.793 -> 0.806,
    # actuals 0.715 -> 0.722, actual period 0.876 -> 0.883, stated 0.706 -> 0.709, status 0.625
    # -> 0.627 (386/616), at-risk unchanged (0.923 / 0.691); rows and cells unchanged.
    assert with_eighth.targets.f1("dev")[2] >= 0.805
    # Was 0.711: gold revised to the second-round decisions (both development halves merged).
    assert with_eighth.actuals.f1("dev")[2] >= 0.702  # Was 0.722: gold revised to the second-round decisions
    assert with_eighth.actual_period.rate("dev")[0] >= 0.883
    assert with_eighth.stated.rate("dev")[0] >= 0.709
    assert with_eighth.status.rate("dev")[0] >= 0.626
    # Merged with round 2's text layouts:
    # Round 2, text layouts: rows 0.748 -> 0.773 (552/714), cells 0.884 -> 0.890, period 0.745
    # -> 0.777, targets F1 0.760 -> 0.768, stated 0.689 -> 0.693, status 0.622 -> 0.627; actuals
    # F1 0.7021 -> 0.7018 (the rows found read a figure the gold leaves out: shandong's 开工331个
    # of a list without a target).
    assert with_eighth.rows.rate("dev")[0] >= 0.772
    assert with_eighth.cells.rate("dev")[0] >= 0.889
    assert with_eighth.period.rate("dev")[0] >= 0.776
    assert with_eighth.stated.rate("dev")[0] >= 0.692
    assert with_eighth.status.rate("dev")[0] >= 0.626
    assert with_eighth.targets.f1("dev")[2] >= 0.767
    assert with_eighth.actuals.f1("dev")[2] >= 0.701
    # Merged with reader pass 5: on the 94 (period spellings): period 0.745 -> 0.787.
    assert with_eighth.period.rate("dev")[0] >= 0.78
    # Round 2, tables (r2tab; the eighth collection's test says what), merged with the passes
    # above: rows 0.773 -> 0.821 (586/714), cells 0.890 -> 0.895 (1200/1341), period 0.777 ->
    # 0.798, targets F1 0.815 -> 0.850, actuals F1 0.722 -> 0.735, stated 0.713 -> 0.730, status
    # 0.631 -> 0.670 (413/616), at-risk P 0.923 -> 0.927, R 0.696 -> 0.734.
    assert with_eighth.rows.rate("dev")[0] >= 0.820
    assert with_eighth.cells.rate("dev")[0] >= 0.894
    assert with_eighth.period.rate("dev")[0] >= 0.797
    assert with_eighth.targets.f1("dev")[2] >= 0.848  # 0.8488 merged with reader pass 5
    # Was 0.711: gold revised to the second-round decisions (both development halves merged).
    assert with_eighth.actuals.f1("dev")[2] >= 0.702  # Was 0.734: gold revised to the second-round decisions
    assert with_eighth.stated.rate("dev")[0] >= 0.729
    assert with_eighth.status.rate("dev")[0] >= 0.669
    p, r, _, _ = with_eighth.at_risk.f1("dev")
    assert p >= 0.926 and r >= 0.733
    # Round 3 (r3; the eighth collection's test says what): cells 0.895 -> 0.897 (1205/1343),
    # targets F1 0.8488 -> 0.8503, actuals F1 0.735 -> 0.739, stated 0.730 -> 0.743 (220/296),
    # status 0.670 -> 0.672 (414/616); rows and at-risk unchanged.
    assert with_eighth.cells.rate("dev")[0] >= 0.896
    assert with_eighth.targets.f1("dev")[2] >= 0.850
    # Was 0.711: gold revised to the second-round decisions (both development halves merged).
    assert with_eighth.actuals.f1("dev")[2] >= 0.702  # Was 0.738: gold revised to the second-round decisions
    assert with_eighth.stated.rate("dev")[0] >= 0.743
    assert with_eighth.status.rate("dev")[0] >= 0.672
    # Round 4, bulletins (r4bul): names closed by a count equal to their number, an item each
    # (anqing-daguan-2024-04 +9 rows, kaifeng-2016-04 +2): rows 0.822 -> 0.838 (598/714), cells
    # 0.897 -> 0.898 (1216/1354), stated 0.743 -> 0.747, status 0.672 -> 0.682 (420/616).
    assert with_eighth.rows.rate("dev")[0] >= 0.837
    assert with_eighth.stated.rate("dev")[0] >= 0.746
    assert with_eighth.status.rate("dev")[0] >= 0.681
    # Statements pass 6 (st6; docs/statements.md, "Statements pass 6"), on the 94: targets F1 0.851 -> 0.857,
    # actuals F1 0.740 -> 0.748, stated 0.747 -> 0.750, status 0.682 -> 0.708 (436/616), at-risk
    # P 0.927 -> 0.929, R 0.734 -> 0.754; on the rows found status 0.825 -> 0.857, at-risk R
    # 0.874 -> 0.897.
    # Was 0.855: gold revised to the second-round decisions (both development halves merged).
    assert with_eighth.targets.f1("dev")[2] >= 0.850  # Was 0.852: clause rows convention (decision 17); Was 0.854: project-list count convention (decision 16); Was 0.856: gold revised to the second-round decisions
    # Was 0.711: gold revised to the second-round decisions (both development halves merged).
    assert with_eighth.actuals.f1("dev")[2] >= 0.702  # Was 0.747: gold revised to the second-round decisions
    assert with_eighth.stated.rate("dev")[0] >= 0.749
    assert with_eighth.status.rate("dev")[0] >= 0.707
    p, r, _, _ = with_eighth.at_risk.f1("dev")
    assert p >= 0.928 and r >= 0.753
    assert with_eighth.found_status.rate("dev")[0] >= 0.856
    assert with_eighth.found_at_risk.f1("dev")[1] >= 0.896
    # Reader pass 6 (figures given 分别: anqing-daguan-2024-04 +3 rows, nanan-2019-10 +1; a word
    # in a figure's cell: quanguo-2022-05 +1): rows 0.838 -> 0.845 (603/714), cells 0.898
    # (1224/1363), stated 0.747 -> 0.774, status 0.682 -> 0.690.
    assert with_eighth.rows.rate("dev")[1] >= 603
    assert with_eighth.stated.rate("dev")[0] >= 0.773
    assert with_eighth.status.rate("dev")[0] >= 0.689
    # Reader pass 7: quanguo-2022-05's 全部开工 row and sanming-sanyuan-2010-08's named items
    # (its row 1 cut as the article reading does: see test_whole_dev_with_texts2): rows 0.838 ->
    # 0.842 (601/714), cells 0.898 -> 0.897, stated 0.747 -> 0.753, status 0.682 -> 0.687.
    assert with_eighth.rows.rate("dev")[0] >= 0.841
    assert with_eighth.cells.rate("dev")[0] >= 0.896
    assert with_eighth.stated.rate("dev")[0] >= 0.752
    assert with_eighth.status.rate("dev")[0] >= 0.686


def test_ninth_collection_first_arrival(ninth) -> None:
    # First arrival (the reader of f5fb2ee, gold as committed before any run in e007fe9): rows
    # 28/91, cells 50/68, period 5/8, targets F1 0.529 (18), actuals F1 0.346 (120), actual period
    # 17/28, stated 18/49, status 22/80, at-risk P 0.875 R 0.500 (14). The two vertical-pipe
    # tables lose most rows (a header cell 省份 or 縣(市)、新區 is no task word; '|' lines under
    # each cell), the articles lose the names listed under a status ('A、B、C等20多个项目已提前
    # 完成…', '厦门、福州、莆田、泉州超80%'); data/corpus/README.md, ninth collection.
    assert len(ninth.docs["dev"]) == len(NINTH_COLLECTION)
    assert ninth.rows.rate("dev")[1:] >= (28, 91)
    assert ninth.cells.rate("dev")[1] >= 50
    assert ninth.period.rate("dev")[1] >= 5
    assert ninth.targets.f1("dev")[2] >= 0.52
    assert ninth.actuals.f1("dev")[2] >= 0.34
    assert ninth.stated.rate("dev")[1] >= 18
    assert ninth.status.rate("dev")[1] >= 22
    p, r, _, _ = ninth.at_risk.f1("dev")
    assert p >= 0.87 and r >= 0.50
    # Statements pass 6 (st6): mianyang-2013-fy's 占年度计划投资(184.08亿元)的121.79% (the whole
    # written inside the ratio), aba-2019-04's ratio of the money beside a project count: targets
    # F1 0.529 -> 0.649, actuals F1 0.346 -> 0.410, status 22/80 -> 23/80, at-risk P 0.875 ->
    # 0.889, R 0.500 -> 0.571.
    assert ninth.targets.f1("dev")[2] >= 0.64
    assert ninth.actuals.f1("dev")[2] >= 0.40
    assert ninth.status.rate("dev")[1] >= 23
    p, r, _, _ = ninth.at_risk.f1("dev")
    assert p >= 0.88 and r >= 0.57
    # Reader pass 6 (全国 2023-09's strict vertical pipe and 省份, 新开工 and 全部开工): rows 28 ->
    # 61/91, cells 50/68 -> 149/167, actuals F1 0.346 -> 0.559, stated 18 -> 30/49, status 22 ->
    # 34/80, at-risk P 0.875 -> 0.900, R 0.500 -> 0.643.
    assert ninth.rows.rate("dev")[1] >= 61
    assert ninth.cells.rate("dev")[1] >= 149
    assert ninth.actuals.f1("dev")[2] >= 0.55
    assert ninth.stated.rate("dev")[1] >= 30
    assert ninth.status.rate("dev")[1] >= 34
    p, r, _, _ = ninth.at_risk.f1("dev")
    assert p >= 0.89 and r >= 0.64


def test_ninth_collection_after_reader_pass_7(ninth) -> None:
    # Reader pass 7: the strict vertical pipe and header words of the trade (省份 as the rows'
    # places, 新开工… as the actual, 到位资金 never the actual, …比例 a share), a rate cell saying
    # 全部开工, names sharing one outcome in an article's clause, a sentence leading with its year.
    # Rows 28/91 -> 77/91 (quanguo-2023-09 0 -> 33, fujian-2022-08 1 -> 14, xiamen-2020-fy 4 -> 7),
    # cells 50/68 -> 177/183, period 5/8 -> 7/8, targets F1 0.529 -> 0.621, actuals F1 0.346 ->
    # 0.667, stated 18/49 -> 36/49, status 22/80 -> 64/80, at-risk P 0.875 -> 1.000, R 0.500 -> 0.643.
    assert ninth.rows.rate("dev")[1:] >= (77, 91)
    assert ninth.cells.rate("dev")[1] >= 177
    assert ninth.period.rate("dev")[1] >= 7
    assert ninth.targets.f1("dev")[2] >= 0.62
    assert ninth.actuals.f1("dev")[2] >= 0.66
    assert ninth.stated.rate("dev")[1] >= 36
    assert ninth.status.rate("dev")[1] >= 64
    p, r, _, _ = ninth.at_risk.f1("dev")
    assert p >= 0.99 and r >= 0.64
    # Reader pass 8: aba-2019-04's 1-4月，76个重点项目动工60个… (the item named again) is its
    # row 1's progress: actuals F1 0.723 -> 0.736, stated 36 -> 37/49, status 65 -> 66/80,
    # at-risk R 0.714 -> 0.786.
    assert ninth.actuals.f1("dev")[2] >= 0.719  # Was 0.735: gold revised to the second-round decisions
    assert ninth.stated.rate("dev")[1] >= 37
    assert ninth.status.rate("dev")[1] >= 66
    assert ninth.at_risk.f1("dev")[1] >= 0.78


def test_whole_dev_with_ninth_collection(with_ninth) -> None:
    # The whole development part with the ninth collection (102 documents) on its first arrival:
    # rows 0.838 -> 0.778 (626/805), cells 0.898 -> 0.890, period 0.819 -> 0.804, targets F1
    # 0.851 -> 0.838, actuals F1 0.740 -> 0.699, stated 0.747 -> 0.693, status 0.682 -> 0.635,
    # at-risk P 0.927 -> 0.924, R 0.734 -> 0.719. Held-out aggregate unchanged (no code changed).
    assert len(with_ninth.docs["dev"]) == 102
    assert with_ninth.rows.rate("dev")[0] >= 0.777
    assert with_ninth.cells.rate("dev")[0] >= 0.889
    assert with_ninth.period.rate("dev")[0] >= 0.80
    assert with_ninth.targets.f1("dev")[2] >= 0.837
    assert with_ninth.actuals.f1("dev")[2] >= 0.698
    assert with_ninth.stated.rate("dev")[0] >= 0.692
    assert with_ninth.status.rate("dev")[0] >= 0.634
    p, r, _, _ = with_ninth.at_risk.f1("dev")
    assert p >= 0.92 and r >= 0.71
    # Statements pass 6 (st6), on the 102: targets F1 0.838 -> 0.848, actuals F1 0.699 -> 0.714,
    # stated 0.693 -> 0.696, status 0.635 -> 0.659 (459/696), at-risk P 0.924 -> 0.927, R 0.719
    # -> 0.742; on the rows found status 0.825 -> 0.856. Held-out aggregate: targets 0.309 ->
    # 0.310, actuals 0.266 -> 0.269, the rest unchanged.
    assert with_ninth.targets.f1("dev")[2] >= 0.847
    # Was 0.711: gold revised to the second-round decisions (both development halves merged).
    assert with_ninth.actuals.f1("dev")[2] >= 0.704  # Was 0.713: gold revised to the second-round decisions
    assert with_ninth.stated.rate("dev")[0] >= 0.695
    assert with_ninth.status.rate("dev")[0] >= 0.658
    p, r, _, _ = with_ninth.at_risk.f1("dev")
    assert p >= 0.926 and r >= 0.741
    assert with_ninth.found_status.rate("dev")[0] >= 0.855
    # Reader pass 6 (figures given 分别, a word in a figure's cell, the ninth collection's 全国
    # 2023-09): rows 0.778 -> 0.825 (664/805), cells 0.890 ->
    # 0.897, targets F1 0.838 -> 0.841, actuals F1 0.699 -> 0.723, stated 0.693 -> 0.751, status
    # 0.635 -> 0.659, at-risk P 0.924 -> 0.927, R 0.719 -> 0.742.
    assert with_ninth.rows.rate("dev")[1] >= 664
    assert with_ninth.cells.rate("dev")[0] >= 0.897
    assert with_ninth.targets.f1("dev")[2] >= 0.840
    # Was 0.711: gold revised to the second-round decisions (both development halves merged).
    assert with_ninth.actuals.f1("dev")[2] >= 0.704  # Was 0.722: gold revised to the second-round decisions
    assert with_ninth.stated.rate("dev")[0] >= 0.750
    assert with_ninth.status.rate("dev")[0] >= 0.659
    p, r, _, _ = with_ninth.at_risk.f1("dev")
    assert p >= 0.926 and r >= 0.742
    # Reader pass 7 (the ninth collection's test says what): rows 0.778 -> 0.842 (678/805), cells
    # 0.890 -> 0.905, period 0.804 -> 0.824, targets F1 0.838 -> 0.846, actuals F1 0.699 ->
    # 0.733, stated 0.693 -> 0.751, status 0.635 -> 0.700, at-risk P 0.924 -> 0.931, R 0.719 ->
    # 0.729. Held-out aggregate rows 0.359 -> 0.398 (146 -> 162 of 407).
    assert with_ninth.rows.rate("dev")[0] >= 0.842
    assert with_ninth.cells.rate("dev")[0] >= 0.905
    assert with_ninth.period.rate("dev")[0] >= 0.823
    assert with_ninth.targets.f1("dev")[2] >= 0.845
    # Was 0.711: gold revised to the second-round decisions (both development halves merged).
    assert with_ninth.actuals.f1("dev")[2] >= 0.704  # Was 0.732: gold revised to the second-round decisions
    assert with_ninth.stated.rate("dev")[0] >= 0.750
    assert with_ninth.status.rate("dev")[0] >= 0.699
    p, r, _, _ = with_ninth.at_risk.f1("dev")
    assert p >= 0.93 and r >= 0.728
    # Statements pass 7, on the 102: the corpus measure counts a stated ratio of an unwritten
    # whole on both sides (the measure alone: actuals F1 0.750 -> 0.758, actual period 0.881 ->
    # 0.884), then a stated ratio checked by its quotient (actuals 0.758 -> 0.764, actual period
    # 0.884 -> 0.885, status 0.730 -> 0.728: enping-2024-11's money paid in full is on pace while
    # its standard has no figure).
    # Was 0.711: gold revised to the second-round decisions (both development halves merged).
    assert with_ninth.actuals.f1("dev")[2] >= 0.704  # Was 0.763: gold revised to the second-round decisions
    # Reader pass 12 (text no reader placed is a row of its own): rows 698 -> 709 of 805, the
    # periods of the actuals matched 577/651 -> 588/665 (their share 0.886 -> 0.884).
    assert with_ninth.actual_period.rate("dev")[0] >= 0.884
    assert with_ninth.actual_period.rate("dev")[1] >= 588
    # Reader pass 8 (an article clause without a subject of its own continues the item before
    # it; a later subject naming an earlier item's counted thing again gives its progress; 分別
    # read as 分别): rows 0.847 -> 0.850 (682 -> 684/805), cells 0.905 -> 0.906 (1405/1551),
    # actuals F1 0.750 -> 0.758, stated 0.777 -> 0.797, status 0.730 -> 0.744 (518/696), at-risk
    # P 0.934 -> 0.937, R 0.765 -> 0.801. Held-out aggregate: cells 0.665 -> 0.668, actuals F1
    # 0.337 -> 0.352, stated 0.276 -> 0.296, status 0.205 -> 0.216; rows unchanged.
    assert with_ninth.rows.rate("dev")[1] >= 684
    assert with_ninth.cells.rate("dev")[0] >= 0.905
    # Was 0.711: gold revised to the second-round decisions (both development halves merged).
    assert with_ninth.actuals.f1("dev")[2] >= 0.704  # Was 0.757: gold revised to the second-round decisions
    # Was 0.796: lowered for the gold correction written at the end of this test.
    # Was 0.786: gold revised to the second-round decisions (both development halves merged).
    assert with_ninth.stated.rate("dev")[0] >= 0.774  # Was 0.792: gold revised to the second-round decisions
    assert with_ninth.status.rate("dev")[0] >= 0.743
    p, r, _, _ = with_ninth.at_risk.f1("dev")
    assert p >= 0.936 and r >= 0.80
    # Reader pass 9 (bulletins), on the 102 as merged with pass 8's 如 examples: a bulletin's
    # problem said of the projects it names read as a verdict (完成率较低: shenzhen-luohu-2013-10):
    # status 0.754 -> 0.759 (525 -> 528/696), at-risk R 0.833 -> 0.846.
    # Was 0.758: lowered for the gold correction written at the end of this test.
    assert with_ninth.status.rate("dev")[0] >= 0.746
    assert with_ninth.at_risk.f1("dev")[1] >= 0.845
    # Gold correction (the agreement study's slips, corrected by hand before any run; no code
    # changed): ningxia-2020-fy's first three paragraphs annotated as the status-led lists they
    # are (5 -> 14 rows; the reader keeps one row per 在…方面 paragraph and finds 2 of the 14),
    # sanming-sanyuan-2010-08 row 1's 23.68亿元, ankang-ziyang-2024-06's 截至目前 counts ytd.
    # On the 102: rows 0.867 -> 0.854 (698/805 -> 695/814), stated 0.800 -> 0.793 (276/345 ->
    # 275/347), status 0.760 -> 0.746 (529/696 -> 526/705), actuals F1 0.776 -> 0.770.
    # Statements pass 9 changed the gold, not the program: a figure with no date of its own is year
    # to date (CONVENTIONS.md), so shaoxing-2020-q1 row 2 (growth rates after a 1-2月 sentence)
    # went from unclear to lagging; the program does not align those rates, and at-risk R on the
    # 102 went 0.846 -> 0.842 with one more lagging row to find.
    assert with_ninth.at_risk.f1("dev")[1] >= 0.841


def test_tenth_collection_first_arrival(tenth) -> None:
    # First arrival (the reader of 08db982, gold as committed before any run in c684e1c, 1d061b8,
    # 55c9438, e841b14): rows 68/90, cells 104/121, period 5/7, targets F1 0.286 (10), actuals F1
    # 0.721 (97), actual period 42/62, stated 43/54, status 55/79, at-risk P 1.000 R 0.480 (25).
    # The bulletins lose most rows (names after 如 in a problems list, a department label before
    # the task, targets restated in the progress); the articles lose ranking lists with bracketed
    # figures and the sub-groups of 其中/除…外/分别 clauses; data/corpus/README.md, tenth collection.
    assert len(tenth.docs["dev"]) == len(TENTH_COLLECTION)
    assert tenth.rows.rate("dev")[1:] >= (68, 90)
    assert tenth.cells.rate("dev")[1] >= 104
    assert tenth.period.rate("dev")[1] >= 5
    assert tenth.targets.f1("dev")[2] >= 0.28
    assert tenth.actuals.f1("dev")[2] >= 0.72
    assert tenth.actual_period.rate("dev")[1] >= 42
    assert tenth.stated.rate("dev")[1] >= 43
    assert tenth.status.rate("dev")[1] >= 55
    p, r, _, _ = tenth.at_risk.f1("dev")
    assert p >= 0.99 and r >= 0.48
    # Statements pass 7's measure (a stated ratio of an unwritten whole counted on both sides; no
    # rule of the pass moves these documents): actuals F1 0.721 -> 0.771, actual period 42/62 ->
    # 49/69 (yunnan-2025-09 0.513 -> 0.711 and shaanxi-2018-06 0.600 -> 0.667: their ratios of
    # unwritten plans now count).
    assert tenth.actuals.f1("dev")[2] >= 0.77
    assert tenth.actual_period.rate("dev")[1] >= 49
    # Reader pass 8 (merged after the collection's arrival; its rules met the collection's forms
    # in older documents too): shaanxi-2018-06's names ranked after 依次是 with bracketed figures
    # (+5 rows), yunnan-2025-09's …，其中：42个… sub-group (+1 row) and its 年度计划投资 before
    # 完成率 read as the rate's (+10 cells), gansu-2020-10's clause without a subject of its own:
    # rows 68 -> 74/90, cells 104/121 -> 121/128, actuals F1 0.721 -> 0.733, actual period 42/62
    # -> 43/63, stated 43 -> 45/54, status 55 -> 57/79, at-risk R 0.480 -> 0.520.
    assert tenth.rows.rate("dev")[1:] >= (74, 90)
    assert tenth.cells.rate("dev")[1] >= 121
    assert tenth.actuals.f1("dev")[2] >= 0.732
    assert tenth.stated.rate("dev")[1] >= 45
    assert tenth.status.rate("dev")[1] >= 57
    assert tenth.at_risk.f1("dev")[1] >= 0.52
    # Then shenzhen-luohu-2011-10's names given as examples after 如 (+6 rows): rows 74 -> 80/90,
    # cells 121/128 -> 126/134.
    # Was (80, 90): gold revised to the second-round decisions
    assert tenth.rows.rate("dev")[1:] >= (80, 87)
    assert tenth.cells.rate("dev")[1] >= 126
    # Reader pass 9 (bulletins): the problem said of those names read as a verdict (进展仍不够理想,
    # 影响工程进度): status 57 -> 60/79, at-risk R 0.520 -> 0.640 (shenzhen-luohu-2011-10).
    assert tenth.status.rate("dev")[1] >= 60
    assert tenth.at_risk.f1("dev")[1] >= 0.64
    # Statements pass 8 (a physical size in a project's name names the plant; a count beside
    # investment ratios only is the group's size): targets F1 0.286 -> 0.308, actuals F1 0.789 ->
    # 0.840 (yunnan-2025-09's group counts and plant size, gansu-2015-10's 10个铁路项目).
    assert tenth.targets.f1("dev")[2] >= 0.30
    # Was 0.839: scorer now counts the program's amounts of an unwritten target and drops a leading 其中 from the pairing key; reader pass 18 and statements pass 12 merged.
    # Was 0.816: reader pass 17 merged with pass 18 (extractor reads the plans of the newly found task cells as targets; floors set on mains without each other).
    assert tenth.actuals.f1("dev")[2] >= 0.804
    # Reader pass 10 (A正在…，B正在…: shenzhen-luohu-2011-10's second 前期 project in a sentence):
    # rows 80 -> 81/90, cells 126/134 -> 128/136.
    # Was (81, 90): gold revised to the second-round decisions
    assert tenth.rows.rate("dev")[1:] >= (80, 87)
    # Was 128: gold revised to the second-round decisions
    assert tenth.cells.rate("dev")[1] >= 127
    # Statements pass 9: the year-to-date convention in the gold (ganzi-2017-09, gansu-2015-10,
    # gansu-2020-10, shaanxi-2018-06: actual period 50/71 -> 71/73) and the ranked share in brackets
    # (shaanxi-2018-06's 完成年度计划较快的依次是现代服务业发展工程(80.16%)): actuals F1 0.840 ->
    # 0.854, stated 45 -> 47/54, status 60 -> 62/79.
    # Was 71: gold revised to the second-round decisions
    assert tenth.actual_period.rate("dev")[1] >= 70
    # Was 0.853: scorer now counts the program's amounts of an unwritten target and drops a leading 其中 from the pairing key; reader pass 18 and statements pass 12 merged.
    # Was 0.816: reader pass 17 merged with pass 18 (extractor reads the plans of the newly found task cells as targets; floors set on mains without each other).
    assert tenth.actuals.f1("dev")[2] >= 0.804
    # Was 47: gold revised to the second-round decisions
    assert tenth.stated.rate("dev")[1] >= 45
    # Was 62: gold revised to the second-round decisions
    assert tenth.status.rate("dev")[1] >= 61


def test_whole_dev_with_tenth_collection(with_tenth) -> None:
    # The whole development part with the tenth collection (109 documents) on its first arrival:
    # rows 0.847 -> 0.838 (750/895), cells 0.905 -> 0.902, period 0.824 -> 0.817, targets F1
    # 0.856 -> 0.846, actuals F1 0.750 -> 0.747, stated 0.777 -> 0.779, status 0.730 -> 0.726,
    # at-risk P 0.934 -> 0.938, R 0.765 -> 0.736. Held-out aggregate unchanged (no code changed).
    assert len(with_tenth.docs["dev"]) == 109
    assert with_tenth.rows.rate("dev")[1] >= 750
    assert with_tenth.cells.rate("dev")[0] >= 0.901
    assert with_tenth.period.rate("dev")[0] >= 0.816
    # Was 0.844: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.targets.f1("dev")[2] >= 0.843  # Was 0.845: gold revised to the second-round decisions
    # Was 0.723: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.actuals.f1("dev")[2] >= 0.715  # Was 0.746: gold revised to the second-round decisions
    assert with_tenth.stated.rate("dev")[0] >= 0.778
    assert with_tenth.status.rate("dev")[0] >= 0.725
    p, r, _, _ = with_tenth.at_risk.f1("dev")
    assert p >= 0.937 and r >= 0.735
    # Statements pass 7, on the 109: the measure alone actuals F1 0.747 -> 0.759, actual period
    # 0.862 -> 0.867; the quotient check 0.759 -> 0.765 and 0.867 -> 0.868, status 0.726 -> 0.725.
    # Was 0.723: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.actuals.f1("dev")[2] >= 0.715  # Was 0.764: gold revised to the second-round decisions
    assert with_tenth.actual_period.rate("dev")[0] >= 0.866  # 0.867 -> 0.866: reader pass 12 (below)
    # Reader pass 8 (articles: a clause without a subject of its own continues the item before it,
    # an earlier item's counted thing named again, plan or measure words before a rate, 其中： and
    # a counted subject, names ranked after 的是; 分別 read as 分别): rows 0.838 -> 0.856 (750 ->
    # 766/895), cells 0.902 -> 0.909, targets F1 0.846 -> 0.849, actuals F1 0.747 -> 0.757, actual
    # period 0.862 -> 0.864, stated 0.779 -> 0.805, status 0.726 -> 0.750 (581/775), at-risk P
    # 0.938 -> 0.942, R 0.736 -> 0.793; numbered items' rows 0.768 -> 0.859, prose 0.898 -> 0.919.
    # Held-out aggregate (55): rows unchanged (174/429), cells 0.664 -> 0.669, targets F1 0.349 ->
    # 0.356, actuals F1 0.320 -> 0.339, stated 0.263 -> 0.286, status 0.199 -> 0.213.
    assert with_tenth.rows.rate("dev")[1] >= 766
    assert with_tenth.cells.rate("dev")[0] >= 0.908
    # Was 0.844: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.targets.f1("dev")[2] >= 0.843  # Was 0.848: gold revised to the second-round decisions
    # Was 0.723: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.actuals.f1("dev")[2] >= 0.715  # Was 0.756: gold revised to the second-round decisions
    # Was 0.804: lowered for the gold correction written at the end of this test.
    # Was 0.798: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.stated.rate("dev")[0] >= 0.788
    # Was 0.749: lowered for the gold correction written at the end of this test.
    assert with_tenth.status.rate("dev")[0] >= 0.747
    p, r, _, _ = with_tenth.at_risk.f1("dev")
    assert p >= 0.941 and r >= 0.792
    # Then names given as examples after 如 in a bulletin's problems (shenzhen-luohu-2013-10 +5
    # rows, shenzhen-luohu-2011-10 +6): rows 0.856 -> 0.868 (777/895), status 0.750 -> 0.752
    # (583/775), at-risk P 0.942 -> 0.943, R 0.793 -> 0.801; bulletins' rows 0.704 -> 0.748.
    # Was 777: lowered for the gold correction written at the end of this test.
    assert with_tenth.rows.rate("dev")[1] >= 776
    # Merged with statements pass 7 (its quotient check: enping-2024-11 on pace): status 582/775,
    # actuals F1 0.757 -> 0.776, actual period 0.864 -> 0.868.
    # Was 0.750: lowered for the gold correction written at the end of this test.
    assert with_tenth.status.rate("dev")[0] >= 0.747
    # Was 0.723: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.actuals.f1("dev")[2] >= 0.715  # Was 0.775: gold revised to the second-round decisions
    p, r, _, _ = with_tenth.at_risk.f1("dev")
    assert p >= 0.942 and r >= 0.80
    # Reader pass 9 (bulletins): a bulletin's problem said of the projects it names read as a
    # verdict (进展(仍)不够理想, 完成率较低, 影响工程(建设)进度; shenzhen-luohu-2011-10 and -2013-10):
    # status 0.751 -> 0.759 (582 -> 588/775), at-risk P 0.943 -> 0.944, R 0.801 -> 0.825;
    # bulletins' status 0.594 -> 0.623. Held-out aggregate and sample unchanged.
    # Was 0.758: lowered for the gold correction written at the end of this test.
    assert with_tenth.status.rate("dev")[0] >= 0.747
    p, r, _, _ = with_tenth.at_risk.f1("dev")
    # Statements pass 9 changed the gold: shaoxing-2020-q1 row 2 is lagging once a figure with no
    # date of its own is year to date (CONVENTIONS.md), and the program does not align its growth
    # rates: at-risk R 0.825 -> 0.822 (204/247) with no change in the program.
    assert p >= 0.943 and r >= 0.821
    # Statements pass 8, on the 109 (fujian-2022-08, xinjiang-2022-08, yunnan-2025-09,
    # sichuan-2023-05, gansu-2015-10): targets F1 0.849 -> 0.853, actuals F1 0.776 -> 0.782,
    # status 0.759 -> 0.760 (against main 8745ade); held-out aggregate and sample unchanged.
    # Was 0.852: lowered for the gold correction written at the end of this test.
    # Was 0.844: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.targets.f1("dev")[2] >= 0.843  # Was 0.849: gold revised to the second-round decisions
    # Was 0.781: lowered for the gold correction written at the end of this test.
    # Was 0.723: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.actuals.f1("dev")[2] >= 0.715  # Was 0.776: gold revised to the second-round decisions
    # Reader pass 10 (articles: after an item's stage, a later subject with its own stage is an
    # item; shenzhen-luohu-2011-10 and -2009-09): rows 0.868 -> 0.870 (777 -> 779/895), cells
    # 1545/1699 -> 1548/1703; bulletins' rows 0.748 -> 0.756. Held-out aggregate and sample unchanged.
    # Was 779: lowered for the gold correction written at the end of this test.
    assert with_tenth.rows.rate("dev")[1] >= 776
    # Gold correction (the agreement study's slips, corrected by hand before any run; no code
    # changed): ningxia-2020-fy's first three paragraphs annotated as the status-led lists they
    # are (5 -> 14 rows; the reader keeps one row per 在…方面 paragraph and finds 2 of the 14),
    # sanming-sanyuan-2010-08 row 1's 23.68亿元, ankang-ziyang-2024-06's 截至目前 counts ytd.
    # On the 109: rows 0.870 -> 0.858 (779/895 -> 776/904), stated 0.805 -> 0.798 (321/399 ->
    # 320/401), status 0.760 -> 0.747 (589/775 -> 586/784), targets F1 0.853 -> 0.849, actuals
    # F1 0.782 -> 0.777. Held-out aggregate unchanged.
    # Statements pass 9, on the 109 against main e8d286d: the gold's year-to-date convention (144
    # actuals unknown -> ytd) moves actual period 0.868 -> 0.927 and, with shaoxing-2020-q1 row 2
    # now lagging, status 589 -> 588 and at-risk R 0.825 -> 0.822; then a figure equal to its target
    # whose clause says it was reached (anshun-2019-fy, wenshang-2023-fy), 达到年度目标 as a done
    # verdict (anqing-daguan-2024-04) and the ranked share in brackets (liaoning-2021-07,
    # shaanxi-2018-06): actuals F1 0.782 -> 0.787, stated 0.805 -> 0.815 (321 -> 325/399), status
    # 0.760 -> 0.765 (589 -> 593/775), at-risk R 0.825 -> 0.826, on the rows found status 0.870 ->
    # 0.876. Held-out aggregate and sample unchanged.
    # Then 年度投资 as the year's plan when a later figure of its unit is said achieved
    # (alashan-2021-05, heihe-2020-05): targets F1 0.853 -> 0.855, status 593 -> 594/775, at-risk
    # P 0.944 -> 0.945, R 0.826 -> 0.830, on the rows found status 0.876 -> 0.877.
    # Both merged (pass 9 on the corrected gold, 904 rows): actual period 0.926 (671/725), actuals
    # F1 0.782, stated 324/401, status 591/784, at-risk P 0.945 R 0.830, on the rows found status
    # 0.877, targets F1 0.852 (pass 9 alone had 0.787, 325/399, 594/775 on the uncorrected gold).
    assert with_tenth.actual_period.rate("dev")[0] >= 0.925
    # Was 0.723: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.actuals.f1("dev")[2] >= 0.715  # Was 0.782: gold revised to the second-round decisions
    # Was 320: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.stated.rate("dev")[1] >= 313  # Was 324: gold revised to the second-round decisions
    assert with_tenth.status.rate("dev")[1] >= 591
    # Was 0.876, then 0.874: merged with the gold corrections of the agreement study and the
    # year-to-date convention (figures in the merge's test comments); then the scorer no longer
    # pairs a short annotated cell (a place, 全市) with a longer different task (the held-out second
    # annotation found it; data/corpus/README.md, "Agreement on the held-out part").
    assert with_tenth.found_status.rate("dev")[0] >= 0.872
    # Was 0.844: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.targets.f1("dev")[2] >= 0.843  # Was 0.851: gold revised to the second-round decisions
    p, r, _, _ = with_tenth.at_risk.f1("dev")
    assert p >= 0.944 and r >= 0.829
    # Reader pass 12 (text no reader placed in a cell is a row of its own, read with low
    # confidence, unless it is furniture, a title or heading, framing, an owner label or
    # narrative; changzhou-wujin-2017-09, kaifeng-2016-04, quzhou-qujiang-2020-09,
    # yantai-2017-h1, zhuhai-2016-05): items in no cell 32 -> 15/895, rows 0.870 -> 0.883 (779
    # -> 790/895), targets F1 0.853 -> 0.856, actuals F1 0.782 -> 0.790, stated 0.805 -> 0.822,
    # status 0.760 -> 0.770, at-risk P 0.944 -> 0.946, R 0.825 -> 0.854. Held-out aggregate: in
    # no cell 86 -> 54/429, rows 0.406 -> 0.420, status 0.213 -> 0.226, at-risk P 0.889 -> 0.893;
    # targets F1 0.356 -> 0.352 lower (docs/reader.md, "Reader pass 12"). The shares of the cells and
    # actual periods checked on the rows found fall as more are found: cells right 1548/1703 ->
    # 1567/1725 (0.909 -> 0.908), actual periods 627/722 -> 638/736 (0.868 -> 0.867).
    assert with_tenth.dropped.rate("dev")[1] <= 15
    # Was 1567: merged with the gold corrections of the agreement study and the year-to-date convention (figures in the merge's test comments).
    assert with_tenth.cells.rate("dev")[1] >= 1564
    assert with_tenth.actual_period.rate("dev")[1] >= 638
    # Was 790: merged with the gold corrections of the agreement study and the year-to-date convention (figures in the merge's test comments).
    # Was 787: gold revised to the second-round decisions
    # Was 782: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.rows.rate("dev")[1] >= 780
    # Was 0.855, then 0.854: merged with the gold corrections of the agreement study and the
    # year-to-date convention (figures in the merge's test comments); then merged reader passes 12
    # and 14 (each set its floor on a main without the other; figures in their comments).
    # Was 0.853: gold revised to the second-round decisions
    # Was 0.852: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.targets.f1("dev")[2] >= 0.843
    # Was 0.789: gold revised to the second-round decisions
    # Was 0.783: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.actuals.f1("dev")[2] >= 0.715
    # Was 0.821: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.stated.rate("dev")[0] >= 0.788
    # Was 0.769, then 0.764: merged with the gold corrections of the agreement study and the
    # year-to-date convention (figures in the merge's test comments); then the scorer no longer
    # pairs a short annotated cell (a place, 全市) with a longer different task (the held-out second
    # annotation found it; data/corpus/README.md, "Agreement on the held-out part").
    assert with_tenth.status.rate("dev")[0] >= 0.762
    p, r, _, _ = with_tenth.at_risk.f1("dev")
    # Was 0.945: gold revised to the second-round decisions
    assert p >= 0.944 and r >= 0.853
    # Was 0.876: merged reader passes 12 and 14 (each set its floor on a main without the other; figures in their comments).
    # Was 0.875: reader pass 17 (below) finds 11 more rows, not all with their status right
    # (599/680 -> 604/691 on the rows found; on all rows 0.775 -> 0.781).
    assert with_tenth.found_status.rate("dev")[0] >= 0.874
    p, r, _, _ = with_tenth.at_risk.f1("dev")
    assert p >= 0.944 and r >= 0.829
    # Reader pass 14 (articles), on the 109 against main 8848f72: rows 776 -> 782/904, cells 0.910
    # -> 0.934, actuals F1 0.782 -> 0.785, stated 324 -> 329/401, status 591 -> 597/784; targets
    # F1 0.852 -> 0.851 (aba-2019-04's 76个 read as the target of 动工60个 once its task holds its
    # scope sentence; the gold does not annotate it). Held out: targets F1 0.356 -> 0.374.
    # Was 782: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.rows.rate("dev")[1] >= 780
    # Was 0.933: merged reader passes 12 and 14 (each set its floor on a main without the other; figures in their comments).
    # Was 0.932: reader pass 27 scores 20 more cells on the whole part (2084/2285 -> 2100/2305, 16 of
    # them right): anqing-daguan-2024-04's four parts announced by 4项正在抓紧实施 are rows now, but the
    # gold cuts each progress after the item's name (农村黑臭水体治理|海口镇…), which no shape shows.
    assert with_tenth.cells.rate("dev")[0] >= 0.931
    # Was 0.784: gold revised to the second-round decisions
    # Was 0.783: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.actuals.f1("dev")[2] >= 0.715
    # Was 329: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.stated.rate("dev")[1] >= 313
    assert with_tenth.status.rate("dev")[1] >= 597
    # Reader pass 17 (bulletins and the twelfth collection, issue 10), on the 109 against main
    # bda0778: an owner before the task (ankang-ziyang-2024-06, huoqiu-2019-08), a year alone
    # before the first comma (heihe-2020-05), a 方面 lead (nanan-2019-10, ningxia-2021-07): rows
    # 780 -> 791/896, status 603 -> 608/780, stated 313 -> 314/397, actuals F1 0.716 -> 0.721,
    # at-risk R 0.855 -> 0.863; targets F1 0.844 unchanged; cells 0.938 -> 0.935 (the share of the
    # cells of the rows found, 1576/1681 -> 1596/1707).
    # Was 0.844: gold revised to the second-round decisions (both development halves merged).
    assert with_tenth.targets.f1("dev")[2] >= 0.843  # Was 0.850: gold revised to the second-round decisions
    assert with_tenth.rows.rate("dev")[1] >= 791
    assert with_tenth.status.rate("dev")[1] >= 608
    assert with_tenth.stated.rate("dev")[1] >= 314
    assert with_tenth.actuals.f1("dev")[2] >= 0.720
    assert p >= 0.945 and r >= 0.863


def test_eleventh_collection_first_arrival(eleventh) -> None:
    # First arrival (the reader of e8d286d, gold as committed before any run in 09090cf, 55ad582,
    # f24a4d4): rows 42/76, cells 102/106, period 3/9, targets F1 0.718 (24), actuals F1 0.667
    # (106), actual period 43/54, stated 28/50, status 15/66, at-risk P 0.900 R 0.250 (36). Per
    # layout: the flattened table 14/20 rows (its lead sentence and the paragraphs after it lost,
    # no period read so every region is unclear), bulletins 1/5, the ☑ list 2/10, prose 25/41.
    # After the run: shanghai-2015-fy's period 2015 -> 2015-12 (as the corpus reads 截至12月<day>),
    # then the conventions' lines of 2026-11-28 applied to the collection's gold (amounts with no
    # date of their own ytd; units in a ranking and 其中 parts with an amount only are no rows; a
    # result done without a target an actual): 68 rows. Where it stands on that gold (the floors):
    # rows 37/68, cells 92/96, period 4/9, targets F1 0.718 (24), actuals F1 0.675 (104), actual
    # period 53/54, stated 28/47, status 15/63, at-risk P 0.900 R 0.273 (33); data/corpus/README.md,
    # eleventh collection. Reader pass 14 (a byline frames a clause, a period before the task stays out of
    # the progress cell): rows 37 -> 38/68 (shanghai-2015-fy row 1), cells 92/96 -> 96/98, status
    # 15 -> 16/63. Reader pass 15 (bulletin rows: 进度相对缓慢 closes a names list; a passage no
    # reader placed goes before an item of its own line that stands after it): rows 39 -> 47/68
    # (putian-chengxiang-2020-09 +3, ningxia-2022-11 +5), cells 100/103 -> 108/111, status 32 -> 36/63,
    # at-risk R 0.667 -> 0.788 (docs/reader.md, "Reader pass 15"). Reader pass 18 (the point of
    # view before a comma read as a heading), on the gold revised to the second-round decisions
    # (main at 6c0781d): rows 47 -> 49/68 (ningxia-2019-08, ningxia-2022-11), cells 109/111 ->
    # 112/115, targets F1 0.780 -> 0.810, actuals 0.717 -> 0.746, actual period 62 -> 66, stated
    # 31 -> 33, status 36 -> 38. Reader pass 16 (the opening's first period phrase
    # without a year is the report's): period 5 -> 6/9.
    assert len(eleventh.docs["dev"]) == len(ELEVENTH_COLLECTION)
    assert eleventh.period.rate("dev")[1] >= 6
    assert eleventh.rows.rate("dev")[1:] >= (45, 66)  # Was (47, 68): gold revised to the second-round decisions
    assert eleventh.cells.rate("dev")[1] >= 104  # Was 108: gold revised to the second-round decisions
    assert eleventh.period.rate("dev")[1] >= 4
    assert eleventh.targets.f1("dev")[2] >= 0.71
    assert eleventh.actuals.f1("dev")[2] >= 0.67
    assert eleventh.actual_period.rate("dev")[1] >= 53
    assert eleventh.stated.rate("dev")[1] >= 28
    assert eleventh.status.rate("dev")[1] >= 34  # Was 36: gold revised to the second-round decisions
    p, r, _, _ = eleventh.at_risk.f1("dev")
    assert p >= 0.89 and r >= 0.78


def test_whole_dev_with_eleventh_collection(with_eleventh) -> None:
    # The whole development part with the eleventh collection (118 documents) on its first
    # arrival, gold as first committed: rows 0.870 -> 0.846 (779 -> 821/971), cells 0.909 ->
    # 0.912, period 0.817 -> 0.788, targets F1 0.853 -> 0.847, actuals F1 0.782 -> 0.773, actual
    # period 0.868 -> 0.863, stated 0.805 -> 0.777, status 0.760 -> 0.718 (604/841), at-risk P
    # 0.944 -> 0.942, R 0.825 -> 0.752. On the collection's gold after the 2026-11-28 lines (the
    # floors): rows 816/963, cells 0.912, period 0.788, targets F1 0.847, actuals F1 0.774, actual
    # period 0.876, stated 0.783, status 0.721 (604/838), at-risk P 0.942 R 0.760. Held-out
    # aggregate unchanged (no code changed).
    # Then gs corrected the gold slips the agreement study found (ningxia-2020-fy 5 -> 14 rows, by
    # the status-led-list convention; data/corpus/README.md, "Agreement between two annotators"), no code changed:
    # rows 816/963 -> 813/972, targets F1 0.847 -> 0.843, actuals 0.774 -> 0.769, actual period
    # 0.876 -> 0.875, stated 0.783 -> 0.777, status 0.721 -> 0.710; the floors below follow.
    # Reader pass 14 (articles: bylines, a period before the task out of the progress cell, a
    # subject's scope and plan parts with its task, names closing with their group, counted names
    # sharing an outcome said of each, 特别是), on main at 8848f72: rows 813 -> 820/972, cells 0.913
    # -> 0.936, actuals F1 0.774 -> 0.777, actual period 0.965 -> 0.966, stated 0.786 -> 0.797,
    # status 0.715 -> 0.724 (613/847); targets F1 0.846 -> 0.845, one false target: aba-2019-04's
    # task now holds its whole scope sentence (…实施重点项目76个,总投资…,年度计划投资…) and the
    # extractor reads 76个 as the target of 动工60个, which the gold does not annotate (held out,
    # targets F1 0.356 -> 0.374).
    # Alignment ablation (three sample-only rules removed, SAME_DIMENSION fitted on dev 0.3 -> 0.1;
    # README), measured on ad26e82: actuals F1 0.774 -> 0.778, status 0.715 ->
    # 0.717 (606 -> 607/847); held-out aggregate unchanged on every measure. Merged with main at
    # 14831fd (reader pass 14): actuals F1 0.787 -> 0.792, status 0.737 -> 0.738 (624 -> 625/847);
    # held-out actuals 0.385 -> 0.384, status 0.234 -> 0.236, at-risk R 0.161 -> 0.168.
    # Reader pass 15 (bulletin rows; docs/reader.md): rows 832 -> 842/972 (dev bulletins 196 ->
    # 201/255), status 0.753 -> 0.760, at-risk R 0.836 -> 0.850; held-out aggregate rows 181 ->
    # 189/429, status 0.236 -> 0.247, the rest unchanged.
    # Reader pass 18 (docs/reader.md), on the gold revised to the second-round decisions (main at
    # 6c0781d): rows 829 -> 833/962, targets F1 0.849 -> 0.852, actuals 0.778 -> 0.781, stated
    # 0.811 -> 0.815, status 0.760 -> 0.763 (635 -> 638/836); cells 1694/1802 -> 1700/1810 (0.940
    # -> 0.939: the rows found add cells). Held-out aggregate unchanged.
    assert len(with_eleventh.docs["dev"]) == 118
    # Was 842: gold revised to the second-round decisions
    # Was 829: gold revised to the second-round decisions (both development halves merged).
    assert with_eleventh.rows.rate("dev")[1] >= 825
    # The development bulletins (25 documents), the weakest layout: 196 -> 201/255 rows.
    assert with_eleventh.rows.rate("dev", "bulletin")[1:] >= (201, 255)
    # Was 0.935: merged reader passes 12 and 14 (each set its floor on a main without the other; figures in their comments).
    # Was 0.934: reader pass 27 scores 20 more cells on the whole part (2084/2285 -> 2100/2305, 16 of
    # them right): anqing-daguan-2024-04's four parts announced by 4项正在抓紧实施 are rows now, but the
    # gold cuts each progress after the item's name (农村黑臭水体治理|海口镇…), which no shape shows.
    assert with_eleventh.cells.rate("dev")[0] >= 0.932  # Was 0.933: clause rows convention (decision 17)
    assert with_eleventh.period.rate("dev")[0] >= 0.788
    # Was 0.841: gold revised to the second-round decisions (both development halves merged).
    assert with_eleventh.targets.f1("dev")[2] >= 0.840  # Was 0.844: gold revised to the second-round decisions
    # Was 0.791: restated put back by the lead after the alignment ablation (README): dev actuals F1 0.792 -> 0.790.
    # Statements pass 11 (done_after, VERDICT_COVERS; docs/statements.md): actuals F1 0.790 -> 0.791
    # (808 -> 810 of 1164), status 0.760 -> 0.764 (644 -> 647/847), on the rows found 0.871 -> 0.876.
    # Was 0.789: gold revised to the second-round decisions
    # Was 0.778: gold revised to the second-round decisions (both development halves merged).
    assert with_eleventh.actuals.f1("dev")[2] >= 0.714
    # Was 0.965: merged reader passes 12 and 14 (each set its floor on a main without the other; figures in their comments).
    assert with_eleventh.actual_period.rate("dev")[0] >= 0.962
    # Was 0.796: gold revised to the second-round decisions (both development halves merged).
    assert with_eleventh.stated.rate("dev")[0] >= 0.773
    # Was 0.760: gold revised to the second-round decisions
    # Was 0.759: gold revised to the second-round decisions (both development halves merged).
    assert with_eleventh.status.rate("dev")[0] >= 0.757
    # Was 647: gold revised to the second-round decisions (both development halves merged).
    assert with_eleventh.found_status.rate("dev")[1] >= 637
    p, r, _, _ = with_eleventh.at_risk.f1("dev")
    # Was 0.85: gold revised to the second-round decisions
    assert p >= 0.942 and r >= 0.846


def test_twelfth_collection_first_arrival(twelfth) -> None:
    # First arrival (the reader of 0034182, gold as committed before any run in ea53752 and
    # 5774270; no code changed): rows 27/52, cells 33/50, period 9/10, targets F1 0.429 (14),
    # actuals F1 0.281 (90), actual period 17/17, stated 13/42, status 14/48, at-risk P 0.667
    # R 0.200 (20). Per layout: prose 25/41 rows, the bulletin 2/8 (its named laggards under
    # 存在问题 headings are no items), the numbered items 0/3 (一二三 with no separator, read as
    # prose). Eight of the ten lose rows (tests/test_layouts.py, DEV_MISSES); data/corpus/README.md,
    # twelfth collection.
    # Reader pass 18 (the point of view read as a heading, a year kept in its plan's task): rows
    # 27 -> 32 (prose 25 -> 30: hainan-2020-05's 分别 items and danzhou-2013-08's 竣工项目), cells
    # 33/50 -> 43/56, actuals F1 0.281 -> 0.308, actual period 17 -> 20, stated 13 -> 19, status
    # 14 -> 21, at-risk P 0.667 -> 0.833, R 0.200 -> 0.500. Targets F1 0.429 -> 0.267: hainan's
    # stage items, found now, have no target (their plans are in another paragraph), where the
    # rows paired before by accident held them (2 true targets fewer), and the year kept in a
    # task brings its sizes in as targets (惠东 安排…91宗, 连云港 共有12類45件53個事項: 5 false).
    assert len(twelfth.docs["dev"]) == len(TWELFTH_COLLECTION)
    assert twelfth.rows.rate("dev")[1:] >= (32, 52)
    assert twelfth.rows.rate("dev", "prose")[1:] >= (30, 41)
    assert twelfth.rows.rate("dev", "bulletin")[1:] >= (2, 8)
    assert twelfth.cells.rate("dev")[1] >= 43
    assert twelfth.period.rate("dev")[1] >= 9
    # Was 0.42: reader pass 17 (below) finds rows whose task figures the extractor takes for
    # targets the gold does not annotate (lianyungang-2025-09's 共有12類45件53個事項, lufeng-2022-fy,
    # huidong-2024-04's 91宗), and hainan-2020-05's 竣工/续建/新开工项目 rows, now found by name, no
    # longer pair with the plan rows that held their targets (tp 6 -> 4, fp 8 -> 16).
    # Reader pass 17 (docs/reader.md): 分别 names after a lead's colon or shortened to their
    # numeral (hainan-2020-05 +4, danzhou-2013-08 +2), numbers glued to their heading
    # (lufeng-2022-fy +3), a year alone before the first comma (cells of huidong-2024-04 and
    # lianyungang-2025-09): rows 27 -> 36/52 (prose 25 -> 31/41, numbered items 0 -> 3/3), cells
    # 33/50 -> 49/62, actuals F1 0.281 -> 0.412, actual period 17 -> 28/28, stated 13 -> 24/42,
    # status 14 -> 25/48, at-risk P 0.667 -> 0.857, R 0.200 -> 0.600. The bulletin (liannan-2022-05)
    # stays 2/8: its form is of one document (left).
    # Statements pass 12: targets 0.429 -> 0.667 (a work's task named before its figure, 建设任务
    # 1497户; the funding in a total's brackets no target; a plan sentence's whole joined to the
    # result row stating its ratio), actuals 0.281 -> 0.460, actual period 17 -> 29, stated 13 ->
    # 18 (a bare 完成90.5% opening the cell; the lower of one target's two ratios), status 14 -> 17.
    assert twelfth.targets.f1("dev")[2] >= 0.26
    assert twelfth.actuals.f1("dev")[2] >= 0.30
    assert twelfth.actual_period.rate("dev")[1] >= 20
    assert twelfth.stated.rate("dev")[1] >= 19
    assert twelfth.status.rate("dev")[1] >= 21
    p, r, _, _ = twelfth.at_risk.f1("dev")
    assert p >= 0.83 and r >= 0.5
    # Was (36, 52): glued.GLUED_NUMERALS switched off (one development document, lufeng-2022-fy).
    assert twelfth.rows.rate("dev")[1:] >= (34, 52)
    assert twelfth.rows.rate("dev", "prose")[1] >= 31
    # Was (3, 3): glued.GLUED_NUMERALS switched off (one development document, lufeng-2022-fy).
    assert twelfth.rows.rate("dev", "numbered_items")[2] == 3
    # Was 49: glued.GLUED_NUMERALS switched off (one development document, lufeng-2022-fy).
    assert twelfth.cells.rate("dev")[1] >= 45


def test_whole_dev_with_twelfth_collection(with_twelfth) -> None:
    # The whole development part with the twelfth collection (128 documents) on its first
    # arrival (no code changed): rows 842/972 -> 869/1024 (0.866 -> 0.849), cells 0.934 -> 0.928,
    # period 0.788 -> 0.820, targets F1 0.845 -> 0.837, actuals F1 0.790 -> 0.761, actual period
    # 0.962 -> 0.964, stated 0.796 -> 0.776, status 0.760 -> 0.735 (658/895), at-risk P 0.942 ->
    # 0.938, R 0.850 -> 0.807; bulletins 201/255 -> 203/263 rows. Held-out aggregate unchanged.
    # Gold revised to the second-round decisions (main at 6c0781d, its reader): rows 856/1014,
    # cells 0.933, targets F1 0.836, actuals F1 0.751, actual period 0.982, stated 0.767, status
    # 649/884, at-risk P 0.937 R 0.803. Reader pass 18 on that gold: rows 856 -> 865, cells 0.933
    # -> 0.934, actuals F1 0.751 -> 0.753, stated 0.767 -> 0.784, status 649 -> 659 (0.734 ->
    # 0.745), at-risk P 0.937 -> 0.938, R 0.803 -> 0.823; targets F1 0.836 -> 0.833 (the twelfth
    # collection's, in its test). Held-out aggregate line unchanged.
    # Statements pass 11 (docs/statements.md), merged: actuals F1 0.761 -> 0.763 (825 -> 827 of
    # 1254), status 658 -> 661/895 (0.735 -> 0.739), on the rows found 0.861 -> 0.865 (661/764);
    # none of the twelfth collection's documents moves. Held-out aggregate unchanged.
    assert len(with_twelfth.docs["dev"]) == 118 + len(TWELFTH_COLLECTION)
    # Was 869: gold revised to the second-round decisions (856/1014 on main d85a679, no code changed).
    # Was 869: development gold revised to the second-round decisions (ghdA's half).
    # Was 856: gold revised to the second-round decisions (both development halves merged).
    assert with_twelfth.rows.rate("dev")[1] >= 852
    assert with_twelfth.rows.rate("dev", "bulletin")[1:] >= (203, 263)
    # Was 0.933: scorer now counts the program's amounts of an unwritten target and drops a leading 其中 from the pairing key; reader pass 18 and statements pass 12 merged.
    # Was 0.932: reader pass 17 merged with pass 18 (extractor reads the plans of the newly found task cells as targets; floors set on mains without each other).
    # Was 0.931: glued.GLUED_NUMERALS switched off (one development document, lufeng-2022-fy).
    # Was 0.930: reader pass 19 reads 其中 parts as rows and leaves a part's figure to its progress
    # cell, where the extractor reads it as the actual (in the task it is read as a target), while
    # the gold writes the figure in the task (其中新开工项目开工率95.5%): cells right 1752 -> 1754, of
    # 1882 -> 1888 (four task cells of the five new rows short of their figure).
    # Was 0.929: reader pass 23 reads the text around a table as rows (guizhou-2015-09's three
    # paragraphs after its table, out of its 合计 row's cell): cells right 1902 -> 1905 of the whole
    # development part, of 2059 -> 2065 (the article reader puts a clause's first figure in the
    # task cell, where the gold starts the progress). Was 0.928: merged with reader passes 24 and 25
    # (set on a main without them): 0.9278.
    # Was 0.927: reader pass 27 scores 20 more cells on the whole part (2084/2285 -> 2100/2305, 16 of
    # them right): anqing-daguan-2024-04's four parts announced by 4项正在抓紧实施 are rows now, but the
    # gold cuts each progress after the item's name (农村黑臭水体治理|海口镇…), which no shape shows.
    assert with_twelfth.cells.rate("dev")[0] >= 0.926
    assert with_twelfth.cells.rate("dev")[1] >= 1754
    assert with_twelfth.period.rate("dev")[0] >= 0.82
    # Was 0.836: reader pass 17 (below) finds rows whose task figures the extractor takes for
    # targets the gold does not annotate (figures in test_twelfth_collection_first_arrival).
    # Statements pass 12 (on the revised gold): targets 0.836 -> 0.846, actuals 0.751 -> 0.762,
    # stated 0.767 -> 0.778, status 649 -> 652 of 884 (was 658 of 895 before the gold revision).
    # Was 0.806: gold revised to the second-round decisions (0.803 on main d85a679).
    # Was 0.836: gold revised to the second-round decisions (both development halves merged).
    assert with_twelfth.targets.f1("dev")[2] >= 0.827
    # Was 0.76: development gold revised to the second-round decisions (ghdA's half).
    # Was 0.75: gold revised to the second-round decisions (both development halves merged).
    assert with_twelfth.actuals.f1("dev")[2] >= 0.69
    assert with_twelfth.actual_period.rate("dev")[0] >= 0.963
    # Was 0.775: development gold revised to the second-round decisions (ghdA's half).
    # Was 0.767: gold revised to the second-round decisions (both development halves merged).
    assert with_twelfth.stated.rate("dev")[0] >= 0.733
    # Was 658: development gold revised to the second-round decisions (ghdA's half).
    assert with_twelfth.status.rate("dev")[1] >= 649
    # Was 661: gold revised to the second-round decisions (both development halves merged).
    assert with_twelfth.found_status.rate("dev")[1] >= 651
    p, r, _, _ = with_twelfth.at_risk.f1("dev")
    # Was p >= 0.937 and r >= 0.806: development gold revised to the second-round decisions
    # (ghdA's half).
    assert p >= 0.936 and r >= 0.802
    # Reader pass 17 (docs/reader.md), against main bda0778 (the development gold revised to the
    # second-round decisions, statements pass 11): rows 852 -> 872/1014 (bulletins 203 ->
    # 208/263), cells 1714/1838 -> 1750/1876, actuals F1 0.693 -> 0.701, stated 0.733 -> 0.758,
    # status 651 -> 667/889, at-risk P 0.936 -> 0.939, R 0.802 -> 0.836; targets F1 0.828 -> 0.820
    # (above). Held-out aggregate, probes and sample: docs/reader.md, reader pass 17.
    assert with_twelfth.rows.rate("dev")[1] >= 872
    assert with_twelfth.rows.rate("dev", "bulletin")[1:] >= (208, 263)
    assert with_twelfth.cells.rate("dev")[1] >= 1750
    assert with_twelfth.actuals.f1("dev")[2] >= 0.701
    assert with_twelfth.stated.rate("dev")[0] >= 0.758
    assert with_twelfth.status.rate("dev")[1] >= 667
    p, r, _, _ = with_twelfth.at_risk.f1("dev")
    # Was 0.836: reader pass 17 merged with pass 18 (floors set on mains without each other).
    assert p >= 0.938 and r >= 0.832


def test_thirteenth_collection_first_arrival(thirteenth) -> None:
    # First arrival (the reader of main at a51293c, gold as committed before any run in 48f7caf;
    # no code changed): rows 57/99, cells 65/86, period 5/8 (7/8 on what the texts give: two name
    # no year), targets F1 0.500 (46), actuals F1 0.434 (95), actual period 38/38, stated 12/34,
    # status 23/89, at-risk P 1.000 R 0.389 (18). Per layout: prose 50/81 rows, the bulletin 4/15
    # (its quoted sub-items “A”“B”…等5小项已完成 stay one row), the numbered items 3/3. Layout
    # agreement 7/8 (the bulletin read as prose). Seven of the eight lose rows
    # (tests/test_layouts.py, DEV_MISSES); data/corpus/README.md, thirteenth collection.
    # Reader pass 20 (an article's plan and the progress after it one item, the plan in the task;
    # press leads framing), against main e50ff31 (reader pass 19, statements pass 14): rows 65/99
    # unchanged, cells 70 -> 79/98, targets F1 0.589 -> 0.604, actuals F1 0.685 -> 0.758, actual
    # period 61 -> 72, stated 21 -> 23, status 33 -> 42, at-risk P 1.000, R 0.722 -> 0.778. After
    # merging main 40e8ce6 (reader pass 21), against it: rows 80/99, cells 85 -> 94/113, targets F1
    # 0.702 -> 0.716, actuals F1 0.697 -> 0.768, status 45 -> 54 (docs/reader.md, reader pass 20).
    assert len(thirteenth.docs["dev"]) == len(THIRTEENTH_COLLECTION)
    assert thirteenth.rows.rate("dev")[1:] >= (80, 99)
    assert thirteenth.rows.rate("dev", "prose")[1:] >= (58, 81)
    assert thirteenth.rows.rate("dev", "bulletin")[1:] >= (4, 15)
    assert thirteenth.rows.rate("dev", "numbered_items")[1:] == (3, 3)
    assert thirteenth.cells.rate("dev")[1] >= 94
    assert thirteenth.period.rate("dev")[1] >= 5
    assert thirteenth.period_known.rate("dev")[1] >= 7
    assert thirteenth.targets.f1("dev")[2] >= 0.715
    assert thirteenth.actuals.f1("dev")[2] >= 0.767
    assert thirteenth.actual_period.rate("dev")[1] >= 73
    assert thirteenth.stated.rate("dev")[1] >= 23
    assert thirteenth.status.rate("dev")[1] >= 54
    p, r, _, _ = thirteenth.at_risk.f1("dev")
    assert p >= 0.99 and r >= 0.77


def test_whole_dev_with_thirteenth_collection(with_thirteenth) -> None:
    # The whole development part with the thirteenth collection (136 documents) on its first
    # arrival (no code changed): rows 874/1014 -> 931/1113 (0.862 -> 0.836), cells 0.931 -> 0.923,
    # period 0.836 -> 0.824, targets F1 0.842 -> 0.810, actuals F1 0.741 -> 0.724, actual period
    # 0.970 -> 0.971, stated 0.769 -> 0.741, status 0.755 -> 0.710 (694/978), at-risk P 0.938 ->
    # 0.940, R 0.833 -> 0.807. Held-out aggregate unchanged (no code changed).
    assert len(with_thirteenth.docs["dev"]) == 128 + len(THIRTEENTH_COLLECTION)
    # Reader pass 20, against main e50ff31: rows 944 -> 945/1113, cells 1824/1986 -> 1836/1988,
    # targets F1 0.819 -> 0.820, actuals F1 0.768 -> 0.772, stated 396 -> 398, status 709 -> 718,
    # at-risk P 0.941 -> 0.942, R 0.826 -> 0.830.
    assert with_thirteenth.rows.rate("dev")[1:] >= (963, 1113)
    assert with_thirteenth.cells.rate("dev")[1] >= 1854
    assert with_thirteenth.period.rate("dev")[1] >= 112
    assert with_thirteenth.yearless.rate("dev")[1:] == (16, 16)
    assert with_thirteenth.targets.f1("dev")[2] >= 0.826  # Was 0.832: project-list count convention (decision 16)
    assert with_thirteenth.actuals.f1("dev")[2] >= 0.775
    assert with_thirteenth.stated.rate("dev")[1] >= 402
    assert with_thirteenth.status.rate("dev")[1] >= 734
    p, r, _, _ = with_thirteenth.at_risk.f1("dev")
    assert p >= 0.941 and r >= 0.829


def test_statements_pass_14_floors(with_fourteenth, fourteenth, with_thirteenth, thirteenth,
                                   with_twelfth, twelfth, with_eleventh, with_tenth,
                                   with_eighth) -> None:
    # Statements pass 14 (docs/statements.md): changes against another period, the pace or a place
    # (CHANGES), a plan sentence's list size (LIST_SIZES_IN_PLANS), work not done or under way
    # (PENDING), a total's parts by place (BREAKDOWNS) and a share of a result (SHARES) are no
    # actuals where they measure no target. Measured against main 198c093 (the same documents,
    # gold, reader and scorer): actuals F1 on the whole development part (144) 0.728 -> 0.759 (on
    # the rows found 0.769 -> 0.804), the fourteenth collection 0.487 -> 0.509, before it (136)
    # 0.737 -> 0.768 (0.776 -> 0.811), the thirteenth collection 0.607 -> 0.685, before the
    # thirteenth 0.746 -> 0.773 (0.787 -> 0.818), the twelfth collection 0.509 -> 0.524, before
    # the twelfth 0.761 -> 0.789, before the eleventh 0.765 -> 0.793, before the ninth 0.750 ->
    # 0.775. Targets, stated ratios and statuses unchanged; held-out aggregate actuals F1 0.542
    # -> 0.549 (rows found 0.716 -> 0.727).
    assert with_fourteenth.actuals.f1("dev")[2] >= 0.758
    assert with_fourteenth.found_actuals.f1("dev")[2] >= 0.803
    assert fourteenth.actuals.f1("dev")[2] >= 0.509
    assert with_thirteenth.actuals.f1("dev")[2] >= 0.767
    assert with_thirteenth.found_actuals.f1("dev")[2] >= 0.810
    assert thirteenth.actuals.f1("dev")[2] >= 0.685
    assert with_twelfth.actuals.f1("dev")[2] >= 0.772
    assert with_twelfth.found_actuals.f1("dev")[2] >= 0.810  # Was 0.817: project-list count convention (decision 16)
    assert twelfth.actuals.f1("dev")[2] >= 0.524
    assert with_eleventh.actuals.f1("dev")[2] >= 0.788
    assert with_tenth.actuals.f1("dev")[2] >= 0.787  # Was 0.789: clause rows convention (decision 17); Was 0.792: project-list count convention (decision 16)
    assert with_eighth.actuals.f1("dev")[2] >= 0.769  # Was 0.772: clause rows convention (decision 17); Was 0.774: project-list count convention (decision 16)


def test_statements_pass_15_floors(with_fourteenth, fourteenth, with_thirteenth,
                                   thirteenth) -> None:
    # Statements pass 15 (docs/statements.md): a running text's line that only reports a result,
    # under a heading of progress or after lines reporting results, is no target (RESULT_LINES:
    # changle-2017-08, tianjin-2024-q3, wuxi-jingkai-2022-04). Measured against main e50ff31 (the
    # same documents, gold, reader and scorer): the whole development part (144) targets F1 0.801
    # -> 0.807, actuals F1 0.759 -> 0.762 (on the rows found 0.833 -> 0.840, 0.804 -> 0.807); the
    # fourteenth collection targets 0.400 -> 0.439, actuals 0.509 -> 0.564; before it (136)
    # targets 0.819 -> 0.823, actuals 0.768 -> 0.769; the thirteenth collection targets 0.589 ->
    # 0.596, actuals 0.685 -> 0.693; the fifth collection targets 0.768 -> 0.789, actuals 0.645 ->
    # 0.664. Stated ratios and statuses unchanged; held-out aggregate unchanged.
    assert with_fourteenth.targets.f1("dev")[2] >= 0.806
    assert with_fourteenth.actuals.f1("dev")[2] >= 0.761
    # 0.8396 -> 0.8388 since reader pass 25 (ningxia-2020-fy's newly found rows: see the floor of
    # test_whole_dev_with_fourteenth_collection).
    assert with_fourteenth.found_targets.f1("dev")[2] >= 0.836  # Was 0.838: project-list count convention (decision 16)
    assert with_fourteenth.found_actuals.f1("dev")[2] >= 0.806
    assert fourteenth.targets.f1("dev")[2] >= 0.438
    assert fourteenth.actuals.f1("dev")[2] >= 0.563
    assert with_thirteenth.targets.f1("dev")[2] >= 0.822
    assert with_thirteenth.actuals.f1("dev")[2] >= 0.768
    assert thirteenth.targets.f1("dev")[2] >= 0.595
    assert thirteenth.actuals.f1("dev")[2] >= 0.692
    fifth = evaluate_corpus(ids=FIFTH_COLLECTION)
    # Reader pass 25 (ningxia-2020-fy's article reading taken, its dateline no longer a generic
    # paragraph): the fifth collection's rows 83 -> 91/126, cells 131/160 -> 139/169, actuals F1
    # 0.664 -> 0.708, stated 0.622 -> 0.703, status 70 -> 78; targets F1 0.789 -> 0.761 (recall
    # unchanged, four targets of no annotated target on the rows newly found: see
    # test_whole_dev_with_fourteenth_collection).
    assert fifth.targets.f1("dev")[2] >= 0.752  # Was 0.760: clause rows convention (decision 17)
    assert fifth.actuals.f1("dev")[2] >= 0.707


def test_fourteenth_collection_first_arrival(fourteenth) -> None:
    # First arrival (the reader of a51293c, gold as committed before any run in 10f7f32; no code
    # changed): rows 26/74, cells 25/38, period 5/8 (three texts name no year: 8/8 on what they
    # give), targets F1 0.098 (28), actuals F1 0.188 (65), actual period 9/9, stated 1/16, status
    # 2/43, at-risk P 0.500 R 0.083 (12). Per layout: prose 21/56 rows, the bulletin 5/9 (the
    # names after '3项完成进度(' are no items), the numbered items 0/9 (盘锦's page metadata lines
    # make it a pipe table). data/corpus/README.md, fourteenth collection.
    # On main d5e4a3e (the scorer strips a leading period phrase from the pairing key, third-round
    # decision 14; no reader change): rows 32/74 (prose 27/56; qinghai-2015-09 keeps every row,
    # jilin-2020-06 1 -> 6/10), cells 33/49, targets F1 0.200, actuals F1 0.327, actual period
    # 17/17, stated 5/16, status 6/43, at-risk P 0.750 R 0.250. Four task cells then started after
    # their leading period phrase, as decision 14 asks of new annotations: cells 33 -> 36/49.
    # Six of the eight lose rows (tests/test_layouts.py, DEV_MISSES).
    # Reader pass 20, against main e50ff31 (青海's plan sentences in the task cell; 西宁—海东's
    # agency lead and 今年1-5月 framing): rows 32 -> 33/74 (prose 27 -> 28/56), cells 36/49 ->
    # 47/51, targets F1 0.400 -> 0.435, actuals F1 0.509 -> 0.564, actual period 27 -> 31, stated
    # 10/16, status 11 -> 12, at-risk P 0.800 R 0.333 unchanged. After merging main 40e8ce6,
    # against it: rows 34 -> 35/74, cells 37/51 -> 48/53, targets F1 0.439 -> 0.476, actuals F1
    # 0.564 -> 0.614, status 11 -> 12.
    assert len(fourteenth.docs["dev"]) == len(FOURTEENTH_COLLECTION)
    assert fourteenth.rows.rate("dev")[1:] >= (35, 74)
    assert fourteenth.rows.rate("dev", "prose")[1:] >= (30, 56)
    assert fourteenth.rows.rate("dev", "bulletin")[1:] >= (5, 9)
    assert fourteenth.rows.rate("dev", "numbered_items")[2] == 9
    assert fourteenth.cells.rate("dev")[1] >= 48
    assert fourteenth.period.rate("dev")[1] >= 5
    assert fourteenth.period_known.rate("dev")[1] >= 8
    assert fourteenth.targets.f1("dev")[2] >= 0.475
    assert fourteenth.actuals.f1("dev")[2] >= 0.613
    assert fourteenth.actual_period.rate("dev")[1] >= 35
    assert fourteenth.stated.rate("dev")[1] >= 10
    assert fourteenth.status.rate("dev")[1] >= 12
    p, r, _, _ = fourteenth.at_risk.f1("dev")
    assert p >= 0.79 and r >= 0.33


def test_whole_dev_with_fourteenth_collection(with_fourteenth) -> None:
    # The whole development part with the fourteenth collection (144 documents, with the
    # thirteenth) on main d5e4a3e's reader and scorer (no code changed): rows 935/1113 ->
    # 967/1187 (0.840 -> 0.815), cells 0.921 -> 0.917 (1853/2021), period 0.824 -> 0.813
    # (117/144), targets F1 0.810 -> 0.787, actuals F1 0.726 -> 0.713, actual period 0.972,
    # stated 0.749 -> 0.736, status 698/978 -> 704/1021 (0.714 -> 0.690), at-risk P 0.941 ->
    # 0.938, R 0.814 -> 0.793; bulletins 212/278 -> 217/287 rows. Held-out aggregate unchanged.
    # Reader pass 20, against main e50ff31 (the same documents, gold and scorer): rows 976 ->
    # 978/1187, cells 1860/2035 -> 1883/2039 (0.914 -> 0.923), targets F1 0.801 -> 0.803, actuals
    # F1 0.759 -> 0.765, actual period 1139/1171 -> 1154/1186, stated 406 -> 408, status 720 ->
    # 730 (0.715), at-risk P 0.939, R 0.808 -> 0.811. Held-out aggregate (74): rows 278 ->
    # 280/551, cells 405/581 -> 407/584 (0.697), targets F1 0.398 -> 0.401, actuals F1 0.549 ->
    # 0.550, stated 0.440 -> 0.444, status 0.310 -> 0.312, at-risk P 0.915 -> 0.917, R 0.225 ->
    # 0.230. After merging main 40e8ce6 (reader pass 21), against it: rows 996 -> 998, cells
    # 1879/2055 -> 1902/2059, targets F1 0.817 -> 0.819, actuals F1 0.764 -> 0.770, stated 410 ->
    # 412, status 736 -> 746 (docs/reader.md, reader pass 20).
    assert len(with_fourteenth.docs["dev"]) == 136 + len(FOURTEENTH_COLLECTION)
    # Was (998, 1187) and (217, 287): reader pass 23 (test_reader_pass_23 below).
    assert with_fourteenth.rows.rate("dev")[1:] >= (1009, 1187)
    assert with_fourteenth.rows.rate("dev", "bulletin")[1:] >= (233, 287)
    assert with_fourteenth.cells.rate("dev")[1] >= 1902
    assert with_fourteenth.period.rate("dev")[1] >= 117
    assert with_fourteenth.yearless.rate("dev")[1:] == (19, 19)
    # Reader pass 25 lowers it 0.8185 -> 0.8177: ningxia-2020-fy's article reading now taken finds
    # 8 of its 14 rows, with four targets of no annotated target among them (a result line's
    # 692户 and 7.98万名; 30所 and 70所 on the row that joins three named items). Rows, cells and
    # actuals F1 of the same documents rise (0.7699 -> 0.7721); the whole part's targets F1 rises.
    assert with_fourteenth.targets.f1("dev")[2] >= 0.816  # Was 0.817: project-list count convention (decision 16)
    assert with_fourteenth.actuals.f1("dev")[2] >= 0.769
    assert with_fourteenth.stated.rate("dev")[1] >= 412
    assert with_fourteenth.status.rate("dev")[1] >= 746
    p, r, _, _ = with_fourteenth.at_risk.f1("dev")
    assert p >= 0.938 and r >= 0.810


def test_fifteenth_collection_first_arrival(fifteenth) -> None:
    # First arrival (the reader and scorer of 81f0896, gold as committed before any run in
    # 02df545; no code changed): rows 32/40 (prose 12/16, numbered items 8/10, the pipe table
    # 12/14), cells 51/79, period 6/6, targets F1 0.645 (14), actuals F1 0.557 (54), actual period
    # 25/27, stated 6/13, status 15/33, at-risk P 0.800 R 0.571 (7); inside 1, no cell 4. Per
    # document: 颛桥镇 6/6 rows and every figure; 闵行 5/5 rows; 歙县 12/14 (a task whose
    # sub-indicator line follows loses its 项目名称 row to the target cell); 海曙 5/7 (a status-led
    # list of three names is one row); 金乡 3/5 (the bulletin is read as prose: its two numbered
    # items are not rows); 二七区 1/3 (the task-list and progress paragraphs are read as two rows).
    # data/corpus/README.md, fifteenth collection.
    # Reader pass 25 (the generic reading leaves page furniture out: 二七区's metadata block no
    # longer makes it the reading taken; 2/3 rows): rows 32 -> 33 (prose 12 -> 13), cells 51/79 ->
    # 54/81, targets F1 0.645 -> 0.710, actuals F1 0.557 -> 0.598, actual period 25/27 -> 27/29,
    # stated 6 -> 7; status and at-risk unchanged.
    assert len(fifteenth.docs["dev"]) == len(FIFTEENTH_COLLECTION)
    assert fifteenth.rows.rate("dev")[1:] >= (33, 40)
    assert fifteenth.rows.rate("dev", "prose")[1:] >= (13, 16)
    assert fifteenth.rows.rate("dev", "numbered_items")[1:] >= (8, 10)
    assert fifteenth.rows.rate("dev", "pipe_table")[1:] >= (12, 14)
    # Reader pass 24: 累计进度 names the ratio column (歙县: cells 27 -> 31/46, stated 0 -> 2/6):
    # cells 51 -> 55, actuals F1 0.557 -> 0.598, stated 6 -> 8 (with statements pass 17 merged).
    assert fifteenth.cells.rate("dev")[1:] >= (54, 81)
    assert fifteenth.period.rate("dev")[1:] == (6, 6)
    # Statements pass 18 (a standard's rate is no target: 歙县; a rate reached is a level: 闵行,
    # 金乡): targets F1 0.710 -> 0.733, actual period 29/31 -> 31/31.
    assert fifteenth.targets.f1("dev")[2] >= 0.732  # Was 0.709
    assert fifteenth.actuals.f1("dev")[2] >= 0.597
    assert fifteenth.actual_period.rate("dev")[1] >= 31  # Was 27
    assert fifteenth.stated.rate("dev")[1] >= 7
    assert fifteenth.status.rate("dev")[1] >= 15
    p, r, _, _ = fifteenth.at_risk.f1("dev")
    assert p >= 0.79 and r >= 0.57


def test_whole_dev_with_fifteenth_collection(with_fifteenth) -> None:
    # The whole development part with the fifteenth collection (150 documents) on the reader and
    # scorer of 81f0896 (no code changed): rows 998/1187 -> 1030/1227 (0.841 -> 0.839), cells
    # 1902/2059 -> 1953/2138, period 117/144 -> 123/150, targets F1 0.819 -> 0.813, actuals F1
    # 0.770 -> 0.763, stated 412 -> 418, status 758/1021 -> 773/1054 (0.742 -> 0.733), at-risk P
    # 0.939 -> 0.937, R 0.811 -> 0.806. Held-out aggregate unchanged (its documents did not change).
    # Reader pass 25 (page furniture left out of the generic reading: ningxia-2020-fy +8 rows,
    # 二七区 +1): rows 1030 -> 1039, cells 1953 -> 1964 (of 2149), targets F1 0.813 -> 0.815,
    # actuals F1 0.763 -> 0.767, stated 418 -> 422, status 773 -> 782.
    assert len(with_fifteenth.docs["dev"]) == 144 + len(FIFTEENTH_COLLECTION)
    assert with_fifteenth.rows.rate("dev")[1:] >= (1039, 1227)
    assert with_fifteenth.rows.rate("dev", "bulletin")[1:] >= (229, 287)
    # Reader pass 24 (after merging main 1e5240e, against it): cells 1953 -> 1957, actuals F1
    # 0.7635 -> 0.7647, stated 427 -> 429 (歙县's 累计进度 column).
    assert with_fifteenth.cells.rate("dev")[1] >= 1964
    assert with_fifteenth.period.rate("dev")[1] >= 123
    assert with_fifteenth.yearless.rate("dev")[1:] == (19, 19)
    assert with_fifteenth.targets.f1("dev")[2] >= 0.815  # Was 0.816: project-list count convention (decision 16); Was 0.814 (0.8146 -> 0.8169, statements pass 18)
    assert with_fifteenth.actuals.f1("dev")[2] >= 0.766
    assert with_fifteenth.stated.rate("dev")[1] >= 422
    assert with_fifteenth.status.rate("dev")[1] >= 782
    p, r, _, _ = with_fifteenth.at_risk.f1("dev")
    assert p >= 0.936 and r >= 0.806


def test_sixteenth_collection_first_arrival(sixteenth) -> None:
    # First arrival (the reader and scorer of 295f134, gold as committed before any run in faab427,
    # then one actual's period set to the conventions, ytd for a project's share of its whole; no
    # code changed): rows 24/29 (prose 8/12, numbered items 9/10, the pipe table 7/7), cells 25/55,
    # period 3/6 (平阳 names no year: 4/6 on what the texts give), targets F1 0.722 (18), actuals F1
    # 0.400 (35), actual period 7/10 (8/10 after the period fix), stated 3/5, status 3/18, at-risk
    # P 0 R 0 (4 annotated, one false); inside 2, in no cell 3. Per document: 兴业 9/9 rows (every '一是' paragraph cut at its
    # first '。', the progress lost), 平阳 7/7 (the headerless table's columns shifted: 责任单位 read
    # as the progress, the status column as units, no actual read), 宝安 2/2, 武城 4/5, 湘乡 2/5
    # ('——年计划' lines cut at 年计划 and at 全年预计), 株洲 0/1 (the 公示's section headings are
    # the rows). data/corpus/README.md, sixteenth collection.
    assert len(sixteenth.docs["dev"]) == len(SIXTEENTH_COLLECTION)
    assert sixteenth.rows.rate("dev")[1:] >= (27, 29)  # Was (24, 29): reader pass 23 (湘乡 +3)
    assert sixteenth.rows.rate("dev", "prose")[1:] >= (11, 12)  # Was (8, 12): reader pass 23
    assert sixteenth.rows.rate("dev", "numbered_items")[1:] >= (9, 10)
    assert sixteenth.rows.rate("dev", "pipe_table")[1:] == (7, 7)
    # Reader pass 24: the headerless table's columns read by their cells (平阳: cells 7 -> 27/27,
    # status 1 -> 5/7): cells 25 -> 45, actuals F1 0.400 -> 0.419, stated 3 -> 4, status 3 -> 7
    # (with statements pass 17 merged). Reader pass 23 (湘乡's plans): cells (25, 55) -> (31, 61),
    # targets F1 0.722 -> 0.820, actuals F1 0.399 -> 0.481 (on main 92db8f1). Both merged: cells
    # (51, 61), targets F1 0.821, actuals F1 0.485.
    assert sixteenth.cells.rate("dev")[1:] >= (51, 61)  # Was (25, 55)
    assert sixteenth.period.rate("dev")[1:] >= (3, 6)
    assert sixteenth.period_known.rate("dev")[1] >= 4
    # Statements pass 18 (宝安's 建设项目 count is the list's size, 兴业's 106亿元 an achievement, 武城's
    # rate reached a level): targets F1 0.722 -> 0.765, actuals F1 0.419 -> 0.444, actual period
    # 11/13 -> 13/14. Merged with reader pass 23: targets F1 0.865, actuals F1 0.507, period 16/17.
    assert sixteenth.targets.f1("dev")[2] >= 0.864  # Was 0.722 (0.820 with reader pass 23 alone)
    assert sixteenth.actuals.f1("dev")[2] >= 0.507  # Was 0.419 (0.399 before reader pass 24)
    assert sixteenth.actual_period.rate("dev")[1] >= 16  # Was 8
    assert sixteenth.stated.rate("dev")[1] >= 4  # Was 3
    assert sixteenth.status.rate("dev")[1] >= 7  # Was 3


def test_whole_dev_with_sixteenth_collection(with_sixteenth) -> None:
    # The whole development part with the sixteenth collection (156 documents) on the reader and
    # scorer of 295f134 (no code changed): rows 1030/1227 -> 1054/1256 (0.839 both), cells
    # 1953/2138 -> 1978/2193, period 123/150 -> 126/156, texts naming no year 19 -> 20, targets F1
    # 0.813 -> 0.811, actuals F1 0.763 -> 0.758, stated 418 -> 421, status 773/1054 -> 776/1072
    # (0.733 -> 0.724), at-risk P 0.937 -> 0.933, R 0.806 -> 0.796. Held-out aggregate unchanged
    # (its documents did not change).
    assert len(with_sixteenth.docs["dev"]) == 150 + len(SIXTEENTH_COLLECTION)
    # Was (1054, 1256), after (1030, 1227): reader pass 23 (1065 before its plan cues, 1068 with).
    assert with_sixteenth.rows.rate("dev")[1:] >= (1068, 1256)
    # Reader pass 26 (shared.LEAD_READ: the words before a list of names read as clauses of their
    # own): rows 1077 -> 1081 (danzhou-2013-08 +2, xilinhaote-2025-09 +2), cells 2027 -> 2031.
    assert with_sixteenth.rows.rate("dev")[1] >= 1081  # Was 1077
    assert with_sixteenth.rows.rate("dev", "bulletin")[1:] >= (229, 287)
    # Reader pass 24 (against main 1e5240e): cells 1978 -> 2002, actuals F1 0.7579 -> 0.7582,
    # stated 430 -> 433, status 796 -> 800; rows, targets and at-risk unchanged. Reader pass 23
    # (against 92db8f1): cells 1978 -> 1992, targets F1 0.811 -> 0.815, actuals F1 0.758 -> 0.764.
    # Both merged (with reader pass 25): cells 2027/2224, targets F1 0.816, actuals F1 0.768,
    # stated 440, status 820.
    assert with_sixteenth.cells.rate("dev")[1] >= 2031  # Was 2027 (1978; 1953 before the collection)
    assert with_sixteenth.period.rate("dev")[1] >= 126  # Was 123: fifteenth collection
    assert with_sixteenth.yearless.rate("dev")[1:] == (20, 20)  # Was (19, 19): fifteenth collection
    # Statements pass 18 (four rules; docs/statements.md): targets F1 0.8116 -> 0.8153, actuals F1
    # 0.7615 -> 0.7625, actual period 1212/1250 -> 1222/1252; status, stated and at-risk unchanged.
    # Merged with reader pass 23: targets F1 0.820, actuals F1 0.769, actual period 1239/1269.
    assert with_sixteenth.targets.f1("dev")[2] >= 0.816  # Was 0.819: project-list count convention (decision 16); Was 0.810 (0.813: fifteenth collection)
    assert with_sixteenth.actuals.f1("dev")[2] >= 0.766  # Was 0.767: clause rows convention (decision 17); Was 0.768: project-list count convention (decision 16); Was 0.757 (0.763: fifteenth collection)
    assert with_sixteenth.actual_period.rate("dev")[1] >= 1237  # Was 1239: project-list count convention (decision 16); Was 1212 (no floor before)
    # Lowered by reader pass 26, 440 -> 439: xilinhaote-2025-09's `A、B等重点项目进度已超过90%` is two
    # rows now (the gold's), their progress `进度已超过90%` no stated ratio for the extractor, where
    # the one row `A、B等重点项目进度 | 已超过90%` gave one (an extraction matter, left).
    assert with_sixteenth.stated.rate("dev")[1] >= 439  # Was 440 (421; 418 before the collection)
    assert with_sixteenth.status.rate("dev")[1] >= 820  # Was 776 (773 before the collection)
    p, r, _, _ = with_sixteenth.at_risk.f1("dev")
    assert p >= 0.933 and r >= 0.796  # Was 0.936 and 0.806: fifteenth collection


def test_seventeenth_collection_first_arrival(seventeenth) -> None:
    # First arrival (the reader and scorer of f763e5e, gold as committed before any run in d068b69;
    # no code changed): rows 42/50 (prose 30/36, numbered items 12/14), cells 53/57, period 4/7
    # (three whole-year reports read as their last month or no period), targets F1 0.800 (8),
    # actuals F1 0.689 (52), actual period 31/31, stated 9/11, status 39/50, at-risk P 1.0 R 0.333
    # (12); inside 0, dropped 1. Per document: 万顷沙 10/10, 市南 2008 10/10, 万州 6/6, 眉山 3/3,
    # 市南 2006 9/11 (the store's line breaks inside '7处1' / '2008平方米' cut item 一 into three
    # rows, 一是 kept in its task; 十是超额完成了… cut at 完成), 吴江 3/4 ('民生工程和基礎設施項目…
    # 98.15%和95.90%' one row), 河源 1/6 (the five projects named after '包括' left in one row).
    # data/corpus/README.md, seventeenth collection.
    assert len(seventeenth.docs["dev"]) == len(SEVENTEENTH_COLLECTION)
    assert seventeenth.rows.rate("dev")[1:] >= (42, 50)
    assert seventeenth.rows.rate("dev", "prose")[1:] >= (30, 36)
    assert seventeenth.rows.rate("dev", "numbered_items")[1:] >= (12, 14)
    assert seventeenth.cells.rate("dev")[1:] >= (53, 57)
    # Periods pass 2 (a year's account through December is the year, 2021-12 = 2021): period
    # 4/7 -> 6/7 (nansha-wanqingsha-2021-fy, qingdao-shinan-2006-fy).
    assert seventeenth.period.rate("dev")[1:] >= (6, 7)  # Was (4, 7)
    assert seventeenth.period_known.rate("dev")[1] >= 6  # Was 4
    assert seventeenth.targets.f1("dev")[2] >= 0.799
    assert seventeenth.actuals.f1("dev")[2] >= 0.688
    assert seventeenth.actual_period.rate("dev")[1] >= 31
    assert seventeenth.stated.rate("dev")[1] >= 9
    assert seventeenth.status.rate("dev")[1] >= 39
    p, r, _, _ = seventeenth.at_risk.f1("dev")
    assert p >= 0.99 and r >= 0.333


def test_whole_dev_with_seventeenth_collection(with_seventeenth) -> None:
    # The whole development part with the seventeenth collection (163 documents) on the reader and
    # scorer of f763e5e (no code changed): rows 1077/1256 -> 1119/1306 (0.857 both), cells
    # 2027/2224 -> 2080/2281, period 126/156 -> 130/163, targets F1 0.8196 -> 0.8193, actuals F1
    # 0.769 -> 0.767, actual period 1239 -> 1270, stated 440 -> 449, status 820 -> 859, at-risk P
    # 0.936 -> 0.937, R 0.832 -> 0.815. Held-out aggregate unchanged (its documents did not change).
    # Reader pass 26 merged (shared.LEAD_READ: danzhou-2013-08 and xilinhaote-2025-09 +2 rows each):
    # rows 1123, cells 2084/2285; stated 449 -> 448 (xilinhaote's two new rows whose `进度已超过90%`
    # the extractor reads no stated ratio from, an extraction matter: docs/reader.md, pass 26).
    assert len(with_seventeenth.docs["dev"]) == 156 + len(SEVENTEENTH_COLLECTION)
    assert with_seventeenth.rows.rate("dev")[1:] >= (1123, 1306)  # Was (1068, 1256): seventeenth collection
    assert with_seventeenth.rows.rate("dev", "bulletin")[1:] >= (229, 287)
    assert with_seventeenth.cells.rate("dev")[1] >= 2084  # Was 2027: seventeenth collection
    # Periods pass 2 (data through December are the year, 2024-12 = 2024): period 130 -> 133
    # (gansu-2024-fy, nansha-wanqingsha-2021-fy, qingdao-shinan-2006-fy); on what a text gives
    # 150 -> 153.
    assert with_seventeenth.period.rate("dev")[1] >= 133  # Was 130 (126 before the seventeenth collection)
    assert with_seventeenth.period_known.rate("dev")[1] >= 153  # Was 150 (no floor before)
    assert with_seventeenth.data_month.rate("dev")[1] >= 132  # Unchanged (no floor before)
    assert with_seventeenth.yearless.rate("dev")[1:] == (20, 20)
    assert with_seventeenth.targets.f1("dev")[2] >= 0.816  # Was 0.831: project-list count convention (decision 16); Was 0.819: statements pass 19
    assert with_seventeenth.actuals.f1("dev")[2] >= 0.764  # Was 0.765: clause rows convention (decision 17); Was 0.771: project-list count convention (decision 16); Was 0.766 (0.768 before the seventeenth collection): statements pass 19
    assert with_seventeenth.actual_period.rate("dev")[1] >= 1268  # Was 1280: project-list count convention (decision 16); Was 1270 (1239 before the seventeenth collection): statements pass 19
    assert with_seventeenth.stated.rate("dev")[1] >= 448  # Was 440: seventeenth collection; 449 before pass 26
    assert with_seventeenth.status.rate("dev")[1] >= 862  # Was 859 (820 before the seventeenth collection): statements pass 19
    p, r, _, _ = with_seventeenth.at_risk.f1("dev")
    assert p >= 0.936 and r >= 0.817  # Was 0.933 and 0.796: seventeenth collection; r 0.814: statements pass 19


def test_statements_pass_19_floors(with_seventeenth) -> None:
    # Statements pass 19 (docs/statements.md): a part after its counted whole is an achievement
    # (extraction.tails.PARTS_OF_WHOLE), a figure a bracketed target follows is reached
    # (extraction.targets.BRACKETED_TARGETS), a result row named by a category of a plan sentence
    # elsewhere takes its planned money (extraction.elsewhere.CATEGORY_PLANS), a project phase after a
    # name is no count (nonquantities.tsv). On the 163 development documents, against main d051bcc:
    # targets F1 0.8193 -> 0.8315, actuals F1 0.7671 -> 0.7715, actual period 1271 -> 1280/1310,
    # status 859 -> 862/1122, at-risk P 0.9369 -> 0.9371, R 0.8150 -> 0.8179; on the rows found
    # targets 0.8411 -> 0.8537, actuals 0.8043 -> 0.8089, at-risk R 0.8896 -> 0.8927. Stated
    # unchanged (448/563); the seventeenth collection unchanged. Held-out aggregate: targets 0.3960 ->
    # 0.3980, actuals 0.5519 -> 0.5529, status unchanged; sample and probes unchanged.
    assert with_seventeenth.found_targets.f1("dev")[2] >= 0.837  # Was 0.853: project-list count convention (decision 16); Was 0.841
    assert with_seventeenth.found_actuals.f1("dev")[2] >= 0.797  # Was 0.808: project-list count convention (decision 16); Was 0.804
    _, found_r, _, _ = with_seventeenth.found_at_risk.f1("dev")
    # Reader pass 32: 0.8938 -> 0.8910 (286/320 -> 286/321): one more lagging row found
    # (qianxinan-2020-06 一, its heading now its task; its growth target in the progress not read),
    # not flagged; at-risk on all rows unchanged (P 0.941, R 0.824): nothing flagged was lost.
    assert found_r >= 0.890  # Was 0.892 (0.889 before)


def test_eighteenth_collection_first_arrival(eighteenth) -> None:
    # First arrival (the reader and scorer of d051bcc, gold as committed before any run in c40a607;
    # no code changed): rows 15/19 (bulletin 8/9, prose 1/4, numbered items 6/6), cells 16/26, period
    # 5/6 (陇县东南镇 given its repost's date line, 2024-11), targets F1 0.640 (14), actuals F1 0.720
    # (39), actual period 26/27, stated 1/3, status 6/17, at-risk P 1.0 R 0.25 (8). Per document:
    # 路南 4/4, 紫阳 6/6 (the five named items lose '…件' from their tasks), 新安 2/2 (目标任务:/
    # 目前进度: lines not taken as cells), 陇县 1/1, 濮阳 2/3 (the ten-day window '5月21日至5月31日期间,'
    # taken as a task), 厦门 0/3 (two indicators in one sentence after '表格显示,', read as one row).
    # data/corpus/README.md, eighteenth collection.
    assert len(eighteenth.docs["dev"]) == len(EIGHTEENTH_COLLECTION)
    assert eighteenth.rows.rate("dev")[1:] >= (15, 19)
    assert eighteenth.rows.rate("dev", "bulletin")[1:] >= (8, 9)
    assert eighteenth.rows.rate("dev", "prose")[1:] >= (1, 4)
    assert eighteenth.rows.rate("dev", "numbered_items")[1:] >= (6, 6)
    assert eighteenth.cells.rate("dev")[1:] >= (16, 26)
    assert eighteenth.period.rate("dev")[1:] >= (5, 6)
    assert eighteenth.period_known.rate("dev")[1] >= 5
    assert eighteenth.targets.f1("dev")[2] >= 0.639
    assert eighteenth.actuals.f1("dev")[2] >= 0.719
    assert eighteenth.actual_period.rate("dev")[1] >= 26
    assert eighteenth.stated.rate("dev")[1] >= 1
    assert eighteenth.status.rate("dev")[1] >= 6
    p, r, _, _ = eighteenth.at_risk.f1("dev")
    assert p >= 0.99 and r >= 0.25


def test_whole_dev_with_eighteenth_collection(with_eighteenth) -> None:
    # The whole development part with the eighteenth collection (169 documents) on the reader and
    # scorer of d051bcc (no code changed): rows 1123/1306 -> 1138/1325 (0.860 -> 0.859), cells
    # 2084/2285 -> 2100/2311, period 130/163 -> 135/169, targets F1 0.8193 -> 0.8154, actuals F1
    # 0.7671 -> 0.7661, actual period 1271 -> 1297, stated 448 -> 449, status 859 -> 865, at-risk P
    # 0.937 -> 0.937, R 0.815 -> 0.802. Held-out aggregate unchanged (its documents did not change).
    assert len(with_eighteenth.docs["dev"]) == 163 + len(EIGHTEENTH_COLLECTION)
    assert with_eighteenth.rows.rate("dev")[1:] >= (1138, 1325)  # Was (1123, 1306): eighteenth collection
    assert with_eighteenth.rows.rate("dev", "bulletin")[1:] >= (241, 296)  # Was (229, 287): eighteenth collection
    assert with_eighteenth.cells.rate("dev")[1] >= 2100  # Was 2084: eighteenth collection
    # Periods pass 2 (data through December are the year, 2024-12 = 2024): period 135 -> 138/169,
    # on what a text gives 155 -> 158; data month 137 unchanged.
    assert with_eighteenth.period.rate("dev")[1] >= 138  # Was 135 (130 before the eighteenth collection)
    assert with_eighteenth.period_known.rate("dev")[1] >= 158  # Was 155 (no floor before)
    assert with_eighteenth.data_month.rate("dev")[1] >= 137  # Unchanged (no floor before)
    assert with_eighteenth.yearless.rate("dev")[1:] == (20, 20)
    # Statements pass 19 merged (docs/statements.md): targets 0.8154 -> 0.8273, actuals 0.7661 ->
    # 0.7704, actual period 1297 -> 1306, status 865 -> 868, at-risk R 0.8023 -> 0.8051; the
    # eighteenth collection unchanged.
    assert with_eighteenth.targets.f1("dev")[2] >= 0.814  # Was 0.827: project-list count convention (decision 16); Was 0.815 (0.819 before the eighteenth collection)
    assert with_eighteenth.actuals.f1("dev")[2] >= 0.763  # Was 0.764: clause rows convention (decision 17); Was 0.770: project-list count convention (decision 16); Was 0.766
    assert with_eighteenth.actual_period.rate("dev")[1] >= 1294  # Was 1306: project-list count convention (decision 16); Was 1297 (1270 before the eighteenth collection)
    assert with_eighteenth.stated.rate("dev")[1] >= 449  # Was 448: eighteenth collection
    assert with_eighteenth.status.rate("dev")[1] >= 868  # Was 865 (859 before the eighteenth collection)
    p, r, _, _ = with_eighteenth.at_risk.f1("dev")
    assert p >= 0.937 and r >= 0.805  # Was 0.936 and 0.814: eighteenth collection; r 0.802 before statements pass 19



def test_nineteenth_collection_first_arrival(nineteenth) -> None:
    # First arrival (the reader and scorer of 005162c, gold as committed before any run in 143942f;
    # no code changed): rows 25/62 (bulletin 7/7, prose 1/17, numbered items 15/36, paragraph table
    # 2/2), cells 35/45, period 7/7, targets F1 0.400 (10), actuals F1 0.689 (32), actual period
    # 21/21, stated 10/11, status 13/58, at-risk P 1.0 R 0.5625 (16). Per document: 象山 2007 10/23
    # (names under three statuses in one sentence not split), 泗洲头镇 2/2 (cells 2/10: header cells
    # split over two paragraphs), 汉阳 0/3 ('■关键词' items: the keyword line lost, '承诺:' and
    # '完成情况:' lines read as rows of their own), 大陈乡 3/3, 宿豫 7/7 (status 0/7: the lead
    # '進展較好的項目有:' not carried to the names), 武进 2012 2/7 (the lead paragraph and the four
    # names of 11月份 开工 lost), 凤台 1/17 (seventeen names under one trailing status stay one row).
    # data/corpus/README.md, nineteenth collection.
    assert len(nineteenth.docs["dev"]) == len(NINETEENTH_COLLECTION)
    assert nineteenth.rows.rate("dev")[1:] >= (25, 62)
    assert nineteenth.rows.rate("dev", "bulletin")[1:] >= (7, 7)
    assert nineteenth.rows.rate("dev", "prose")[1:] >= (1, 17)
    assert nineteenth.rows.rate("dev", "numbered_items")[1:] >= (15, 36)
    assert nineteenth.rows.rate("dev", "paragraph_table")[1:] >= (2, 2)
    assert nineteenth.cells.rate("dev")[1:] >= (35, 45)
    assert nineteenth.period.rate("dev")[1:] >= (7, 7)
    assert nineteenth.targets.f1("dev")[2] >= 0.399
    assert nineteenth.actuals.f1("dev")[2] >= 0.688
    assert nineteenth.actual_period.rate("dev")[1] >= 21
    assert nineteenth.stated.rate("dev")[1] >= 10
    assert nineteenth.status.rate("dev")[1] >= 15  # Was 13: statements pass 20 (大陈乡's 并投入投用)
    p, r, _, _ = nineteenth.at_risk.f1("dev")
    assert p >= 0.99 and r >= 0.562


def test_whole_dev_with_nineteenth_collection(with_nineteenth) -> None:
    # The whole development part with the nineteenth collection (176 documents) on the reader and
    # scorer of 005162c (no code changed): rows 1149/1325 -> 1174/1387 (0.867 -> 0.846), cells
    # 2116/2331 -> 2151/2376, period 138/169 -> 145/176, targets F1 0.8291 -> 0.8235, actuals F1
    # 0.7776 -> 0.7761, actual period 1321 -> 1342, stated 457 -> 467, status 878 -> 891, at-risk P
    # 0.938 -> 0.940, R 0.811 -> 0.800. Held-out aggregate unchanged (its documents did not change).
    assert len(with_nineteenth.docs["dev"]) == 169 + len(NINETEENTH_COLLECTION)
    assert with_nineteenth.rows.rate("dev")[1:] >= (1174, 1387)  # Was (1138, 1325): nineteenth collection
    assert with_nineteenth.rows.rate("dev", "bulletin")[1:] >= (254, 303)  # Was (241, 296): nineteenth collection
    assert with_nineteenth.cells.rate("dev")[1] >= 2151  # Was 2100: nineteenth collection
    assert with_nineteenth.period.rate("dev")[1] >= 145  # Was 138: nineteenth collection
    assert with_nineteenth.period_known.rate("dev")[1] >= 165  # Was 158: nineteenth collection
    assert with_nineteenth.data_month.rate("dev")[1] >= 144  # Was 137: nineteenth collection
    assert with_nineteenth.yearless.rate("dev")[1:] == (20, 20)
    assert with_nineteenth.targets.f1("dev")[2] >= 0.814  # Was 0.808 (0.8088): statements pass 20; 0.827: nineteenth collection; 0.823 before decision 16's gold (merged after)
    assert with_nineteenth.actuals.f1("dev")[2] >= 0.763  # Was 0.761 (0.7620): statements pass 20; 0.763: clause rows convention (decision 17); Was 0.770: nineteenth collection (0.7776 without it); 0.776 before decision 16's gold
    assert with_nineteenth.actual_period.rate("dev")[1] >= 1322  # Was 1315 (1318): statements pass 20; 1306: nineteenth collection; 1342 before decision 16's gold
    assert with_nineteenth.stated.rate("dev")[1] >= 467  # Was 449: nineteenth collection
    assert with_nineteenth.status.rate("dev")[1] >= 919  # Was 893 (912 with decision 17's gold): statements pass 20; 868: nineteenth collection; 891 before decision 16's gold
    p, r, _, _ = with_nineteenth.at_risk.f1("dev")
    assert p >= 0.942 and r >= 0.800  # Was 0.937 and 0.805: nineteenth collection; 0.939 and 0.799 before decision 16's gold


def test_statements_pass_20_floors(with_nineteenth) -> None:
    # Statements pass 20 (docs/statements.md): a completion chained to another is done
    # (judge.chains CHAINED_DONE, TAIL_CLAUSES; verdict_forms.tsv tails 试生产, 试运行, 投入投用), a
    # list's count whose members the progress counts at a stage is its target beside money and no
    # rate (extraction.portfolio STAGED_MEMBERS; decision 16). On the 183 development documents,
    # against main ff77a3e (decision 17's gold): targets F1 0.8006 -> 0.8065, actuals F1 0.7570 ->
    # 0.7589, actual period 1360/1397 -> 1364/1401, status 932 -> 939/1258; on the rows found
    # targets 0.8296 -> 0.8354, actuals 0.7935 -> 0.7956, status 0.8606 -> 0.8670; stated and
    # at-risk unchanged; the twentieth collection unchanged. Held-out aggregate (107): status
    # 0.3198 -> 0.3211 (found rows 0.6162 -> 0.6187), every other measure unchanged; sample and
    # probes unchanged. Without the twentieth collection (the fixture here): found targets 0.8357 ->
    # 0.8417, actuals 0.7972 -> 0.7993, status 912 -> 919.
    # Reader pass 32: found targets 0.8417 -> 0.8403 and found actuals 0.7993 -> 0.7979, all through
    # qianxinan-2020-06: its 一 and 二 rows are found now (their headings their tasks), with the
    # growth target 9% and the 1237.6億元 plan in their progress not read as targets (the plan is
    # read as an actual). Targets F1 on all rows unchanged (0.8148); actuals F1 on all rows
    # 0.76399 -> 0.76378 here, up on the whole part with the twentieth collection (0.7589 -> 0.7600).
    assert with_nineteenth.found_targets.f1("dev")[2] >= 0.840  # Was 0.841 (0.835 before)
    assert with_nineteenth.found_actuals.f1("dev")[2] >= 0.797  # Was 0.799 (0.797 before)
    assert with_nineteenth.found_status.rate("dev")[1] >= 919  # Was 912


def test_statements_pass_21_floors(with_twentieth, twentieth) -> None:
    # Statements pass 21 (docs/statements.md): a result read by the shape of its line
    # (extraction.results MARKED_RESULTS: no progress cell, the figure marked reached or beside its
    # share of a plan; BROKEN_DOWN: a progress cell that only breaks the figure down). On the 183
    # development documents, against main 2e07219: targets F1 0.8065 -> 0.8130 (false targets 94 ->
    # 84), actuals F1 0.7589 -> 0.7627, actual period 1364/1401 -> 1373/1411; on the rows found
    # targets 0.8354 -> 0.8425, actuals 0.7956 -> 0.7994; stated, status, at-risk unchanged. The
    # twentieth collection: targets 0.615 -> 0.640, actuals 0.628 -> 0.648, actual period 42 -> 44.
    # Held-out aggregate, sample and probes unchanged.
    # With reader pass 32 merged (qianxinan-2020-06's rows now found, its plan read as an actual in
    # the progress cell: reader pass 32's note) the rows found are 0.8418 and 0.7980.
    assert with_twentieth.found_targets.f1("dev")[2] >= 0.841  # Was 0.835 (0.8354); 0.842 before reader pass 32
    assert with_twentieth.found_actuals.f1("dev")[2] >= 0.797  # Was 0.795 (0.7956); 0.799 before reader pass 32
    assert twentieth.targets.f1("dev")[2] >= 0.640  # Was 0.615
    assert twentieth.actuals.f1("dev")[2] >= 0.647  # Was 0.628 (0.6277)
    assert twentieth.actual_period.rate("dev")[1] >= 44  # Was 42


def test_statements_pass_22_floors(with_twentieth) -> None:
    # Statements pass 22 (docs/statements.md): a comparison's earlier period closes with its own
    # figure (candidates.CLOSED_COMPARISONS), a count with no object counts the row's one target of
    # its dimension (align.RULES elided_object), 开复工率/复工率 are stated rates
    # (stated_ratios.tsv; tails.STEP_RATES_OF_LISTS), the rest of a list is work not done
    # (candidates.REMAINDERS), a target due by a part of the year is expected in full by then
    # (judge.targets.DEADLINES). On the 183 development documents, against main 3939440: actuals
    # F1 0.7638 -> 0.7717, actual period 1378/1416 -> 1392/1430, stated 494 -> 497, status 944 ->
    # 946/1258, at-risk R 0.796 -> 0.802; rows found: actuals 0.7980 -> 0.8063. Targets unchanged.
    assert with_twentieth.actuals.f1("dev")[2] >= 0.771  # Was 0.763 (0.7638)
    assert with_twentieth.found_actuals.f1("dev")[2] >= 0.806  # Was 0.797 (0.7980)
    assert with_twentieth.actual_period.rate("dev")[1] >= 1392  # Was 1378
    assert with_twentieth.stated.rate("dev")[1] >= 497  # Was 494
    assert with_twentieth.status.rate("dev")[1] >= 946  # Was 944
    assert with_twentieth.at_risk.f1("dev")[1] >= 0.801  # Was 0.796


def test_statements_pass_23_floors(with_twentyfirst) -> None:
    # Statements pass 23 (docs/statements.md): decision 16's list counts (portfolio BANDED_MEMBERS,
    # PACED_COUNTS, MONEY_LISTS, STAGE_COUNTS; STAGED_BESIDE_PLAN on; 宗 an object counter) and a
    # row's stated completion before the share started (judge.assessment STARTS_LAST). On the 183
    # development documents of main 3939440: targets F1 0.8159 -> 0.8508 (false targets 84 -> 51),
    # actuals 0.7638 -> 0.7760. On the 189 of main 4116f18 (statements pass 22 and the twenty-first
    # collection merged): targets F1 0.8073 -> 0.8413 (false targets 95 -> 62), actuals F1 0.7628 ->
    # 0.7756, actual period 1427/1465 -> 1452/1490, stated 510 -> 516, status 963 -> 964; on the
    # rows found targets 0.8337 -> 0.8693, actuals 0.7990 -> 0.8124 (the whole development part,
    # the twenty-first collection with it).
    assert with_twentyfirst.targets.f1("dev")[2] >= 0.841  # Was 0.807 (0.8073)
    assert with_twentyfirst.actuals.f1("dev")[2] >= 0.775  # Was 0.763 (0.7628)
    assert with_twentyfirst.actual_period.rate("dev")[1] >= 1452  # Was 1427
    assert with_twentyfirst.stated.rate("dev")[1] >= 516  # Was 510
    assert with_twentyfirst.found_targets.f1("dev")[2] >= 0.869  # Was 0.834 (0.8337)
    assert with_twentyfirst.found_actuals.f1("dev")[2] >= 0.812  # Was 0.799 (0.7990)


def test_statements_pass_24_floors(with_twentyfirst) -> None:
    # Statements pass 24 (docs/statements.md): an article's result clause (results
    # ARTICLE_RESULTS), a result line's carried done verdict (results LEAD_VERDICTS), neither read
    # while a list of goals is open (running OPEN_LISTS, which moves no development document). On
    # the 189 development documents of main 572b55e, and again of e2e9cf1: targets F1 0.8413 ->
    # 0.8440 (false targets 62 -> 58), actuals 0.7756 -> 0.7769, actual period 1452/1490 ->
    # 1456/1494, status 983 -> 986.
    assert with_twentyfirst.targets.f1("dev")[2] >= 0.843  # Was 0.841 (0.8413)
    assert with_twentyfirst.actuals.f1("dev")[2] >= 0.776  # Was 0.775 (0.7756)
    assert with_twentyfirst.actual_period.rate("dev")[1] >= 1456  # Was 1452
    assert with_twentyfirst.status.rate("dev")[1] >= 986  # Was 983


def test_statements_pass_26_floors(with_twentysecond) -> None:
    # Statements pass 26 (docs/statements.md): in a report whose title or opening says it is an
    # account of work done, an article's goal-free figure is a result (accounts.ACCOUNT_FRAMES:
    # ningxia-2020-fy of the fifth collection, dezhou-wucheng-2015-11 of the sixteenth). On the 195
    # development documents of main 7dd54c0: targets F1 0.8357 -> 0.8384, actuals 0.7724 ->
    # 0.7732, actual period 1476/1514 -> 1479/1517; status and the rest unchanged.
    assert with_twentysecond.targets.f1("dev")[2] >= 0.838  # Was 0.836 (0.8357)
    assert with_twentysecond.actuals.f1("dev")[2] >= 0.773  # Was 0.772 (0.7724)
    assert with_twentysecond.actual_period.rate("dev")[1] >= 1479  # Was 1476


def test_twentieth_collection_first_arrival(twentieth) -> None:
    # First arrival (the reader and scorer of 764a95a, gold as committed before any run in d18e731;
    # no code changed): rows 39/47 (prose 17/19, numbered items 8/13, paragraph table 5/6, pipe
    # table 9/9), cells 69/98, period 5/7, targets F1 0.615 (25), actuals F1 0.628 (80), actual
    # period 42/43, stated 13/34, status 20/45, at-risk P 0.667 R 0.571 (7). Per document: 武进 2020
    # 7/7 (status 5/5; the 其中 set '实施项目3个' and the library counts read wrong), 马尾 2018 8/13
    # (taken as vertical_pipe: the (一)(二)(三) headings and the whole (一) lost; the table's first
    # row takes the last header cell), 惠东 2022 2/4 (the bracketed part keeps its '('; the yardstick
    # sentence split), 良江镇 4/4 (status 1/4: '均已完工' not carried, each clause's first amount read
    # as a target), 上虞 2024 9/9 (stated 0/9: the 形象进度 column joined to the progress), 上虞 2025
    # 5/6 (status 0/6: the glued table read as prose, each '51%' line a row of its own), 七里甸 4/4
    # (status 1/4, period unknown). data/corpus/README.md, twentieth collection.
    assert len(twentieth.docs["dev"]) == len(TWENTIETH_COLLECTION)
    assert twentieth.rows.rate("dev")[1:] >= (39, 47)
    assert twentieth.rows.rate("dev", "prose")[1:] >= (17, 19)
    assert twentieth.rows.rate("dev", "numbered_items")[1:] >= (8, 13)
    assert twentieth.rows.rate("dev", "paragraph_table")[1:] >= (5, 6)
    assert twentieth.rows.rate("dev", "pipe_table")[1:] >= (9, 9)
    assert twentieth.cells.rate("dev")[1:] >= (69, 98)
    assert twentieth.period.rate("dev")[1:] >= (5, 7)
    assert twentieth.targets.f1("dev")[2] >= 0.615
    assert twentieth.actuals.f1("dev")[2] >= 0.627
    assert twentieth.actual_period.rate("dev")[1] >= 42
    assert twentieth.stated.rate("dev")[1] >= 13
    assert twentieth.status.rate("dev")[1] >= 20
    p, r, _, _ = twentieth.at_risk.f1("dev")
    assert p >= 0.666 and r >= 0.571


def test_whole_dev_with_twentieth_collection(with_twentieth) -> None:
    # The whole development part with the twentieth collection (183 documents) on the reader and
    # scorer of 764a95a (no code changed): rows 1174/1387 -> 1213/1434 (0.846 -> 0.846), cells
    # 2152/2376 -> 2221/2474, period 145/176 -> 150/183, targets F1 0.8098 -> 0.8016, actuals F1
    # 0.7638 -> 0.7588, actual period 1319 -> 1361, stated 469 -> 482, status 906 -> 926, at-risk P
    # 0.943 -> 0.938, R 0.801 -> 0.796. Held-out aggregate unchanged (its documents did not change).
    assert len(with_twentieth.docs["dev"]) == 176 + len(TWENTIETH_COLLECTION)
    assert with_twentieth.rows.rate("dev")[1:] >= (1221, 1455)  # Was (1174, 1387): twentieth collection; (1213, 1434) before decision 17's gold
    assert with_twentieth.rows.rate("dev", "bulletin")[1:] >= (254, 303)
    assert with_twentieth.cells.rate("dev")[1] >= 2230  # Was 2152: twentieth collection; 2221 before decision 17's gold
    assert with_twentieth.period.rate("dev")[1] >= 152  # Was 150: periods pass 3 (a year all done); 145: twentieth collection
    assert with_twentieth.period_known.rate("dev")[1] >= 173  # Was 171: periods pass 3; 165: twentieth collection
    assert with_twentieth.data_month_known.rate("dev")[1] >= 169  # periods pass 3 (no floor before; 166 on main at 3939440)
    assert with_twentieth.data_month.rate("dev")[1] >= 151  # Was 149: periods pass 3; 144: twentieth collection
    assert with_twentieth.yearless.rate("dev")[1:] == (21, 21)  # Was (20, 20): twentieth collection
    assert with_twentieth.targets.f1("dev")[2] >= 0.813  # Was 0.806 (0.8065): statements pass 21; 0.800 (0.8006): statements pass 20; 0.809: twentieth collection; 0.801 before decision 17's gold
    assert with_twentieth.actuals.f1("dev")[2] >= 0.762  # Was 0.758 (0.7589): statements pass 21; 0.756 (0.7570): statements pass 20; 0.763: twentieth collection; 0.758 before decision 17's gold
    assert with_twentieth.actual_period.rate("dev")[1] >= 1373  # Was 1364: statements pass 21; 1360: statements pass 20; 1319: twentieth collection; 1361 before decision 17's gold
    assert with_twentieth.stated.rate("dev")[1] >= 484  # Was 469: twentieth collection; 482 before decision 17's gold
    assert with_twentieth.status.rate("dev")[1] >= 939  # Was 932: statements pass 20; 906: twentieth collection; 926 before decision 17's gold
    p, r, _, _ = with_twentieth.at_risk.f1("dev")
    assert p >= 0.937 and r >= 0.796  # Was 0.942 and 0.800: twentieth collection


def test_twentyfirst_collection_first_arrival(twentyfirst) -> None:
    # First arrival (the reader and scorer of main 3939440, gold as committed before any run in
    # 3071c17; no code changed): rows 24/42 (prose 19/29, numbered items 5/13), cells 26/33, period
    # 4/6 (6/6 on what the texts give: two name no year), targets F1 0.429 (11), actuals F1 0.511
    # (68), actual period 35/35, stated 13/19, status 12/26, at-risk P 1.000 R 0.667 (9). Per
    # document: 山西 2019 5/6 (the 跨市域 paragraph's lead '建設項目中,' taken as its task; the plans
    # of another paragraph read as targets), 贵州 2018 6/11 (the two status-led name lists kept as
    # one row), 儋州 2014 3/6 (the attribution and the '从…看,' leads taken as tasks; '前者…后者…'
    # one row), 吴江 2023 5/5 (the new-start group's count not read as the target of its starts),
    # 蓬江 2022 0/8 (the section headings read as the items, their clauses as progress), 房县 2018
    # 5/6 (each indicator's amount read as its target, its growth as the actual; '元至九月' a task).
    # data/corpus/README.md, twenty-first collection.
    assert len(twentyfirst.docs["dev"]) == len(TWENTYFIRST_COLLECTION)
    assert twentyfirst.rows.rate("dev")[1:] >= (24, 42)
    assert twentyfirst.rows.rate("dev", "prose")[1:] >= (19, 29)
    assert twentyfirst.rows.rate("dev", "numbered_items")[1:] >= (5, 13)
    assert twentyfirst.cells.rate("dev")[1:] >= (26, 33)
    assert twentyfirst.period.rate("dev")[1:] >= (4, 6)
    assert twentyfirst.period_known.rate("dev")[1:] >= (6, 6)
    assert twentyfirst.targets.f1("dev")[2] >= 0.428
    assert twentyfirst.actuals.f1("dev")[2] >= 0.510
    assert twentyfirst.actual_period.rate("dev")[1] >= 35
    assert twentyfirst.stated.rate("dev")[1] >= 13
    assert twentyfirst.status.rate("dev")[1] >= 12
    p, r, _, _ = twentyfirst.at_risk.f1("dev")
    assert p >= 0.999 and r >= 0.666


def test_whole_dev_with_twentyfirst_collection(with_twentyfirst) -> None:
    # The whole development part with the twenty-first collection (189 documents) on the reader
    # and scorer of main 3939440 (no code changed): rows 1226/1455 -> 1250/1497 (0.843 -> 0.835),
    # numbered items 156/206 -> 161/219, prose 564/676 -> 583/705, cells 2247/2492 -> 2273/2525,
    # period 150/183 -> 154/189 (on what the texts give 171 -> 177), data month 149 -> 153, targets
    # F1 0.8159 -> 0.8073, actuals F1 0.7638 -> 0.7547, actual period 1378 -> 1413, stated 494 ->
    # 507, status 944 -> 956, at-risk P 0.938 -> 0.939, R 0.796 -> 0.793; on the rows found
    # targets 0.8418 -> 0.8337, actuals 0.7980 -> 0.7907. Held-out aggregate unchanged.
    assert len(with_twentyfirst.docs["dev"]) == 183 + len(TWENTYFIRST_COLLECTION)
    assert with_twentyfirst.rows.rate("dev")[1:] >= (1250, 1497)
    assert with_twentyfirst.rows.rate("dev", "bulletin")[1:] >= (254, 303)
    assert with_twentyfirst.cells.rate("dev")[1] >= 2273
    assert with_twentyfirst.period.rate("dev")[1] >= 154
    assert with_twentyfirst.period_known.rate("dev")[1] >= 177
    assert with_twentyfirst.data_month.rate("dev")[1] >= 153
    assert with_twentyfirst.yearless.rate("dev")[1:] == (23, 23)
    assert with_twentyfirst.targets.f1("dev")[2] >= 0.807
    assert with_twentyfirst.actuals.f1("dev")[2] >= 0.754
    assert with_twentyfirst.actual_period.rate("dev")[1] >= 1413
    assert with_twentyfirst.stated.rate("dev")[1] >= 507
    assert with_twentyfirst.status.rate("dev")[1] >= 956
    assert with_twentyfirst.found_targets.f1("dev")[2] >= 0.833
    assert with_twentyfirst.found_actuals.f1("dev")[2] >= 0.790
    p, r, _, _ = with_twentyfirst.at_risk.f1("dev")
    assert p >= 0.938 and r >= 0.793



def test_twentysecond_collection_first_arrival(twentysecond) -> None:
    # First arrival (the reader and scorer of main e2e9cf1, the same code as main 0eda2c8; gold as
    # committed before any run in 56597db; no code changed): rows 33/65 (bulletin 15/33, prose
    # 15/29, pipe table 3/3), cells 35/56, period 5/6 (6/6 on what the texts give: one names no
    # year), targets F1 0.235 (3), actuals F1 0.416 (36), actual period 16/16, stated 5/13, status
    # 20/65, at-risk P 0.867 R 0.867 (15). Per document: 开化 2023 3/3 (the 进度安排 cells read as
    # the progress, 进展情况 and 完成情况 not read), 凉山 2011 4/6 (verb-first result clauses kept
    # in the clause before), 舒城 城关镇 2019 4/5 (the period taken as a task; the lead and the
    # measures read as rows), 甘肃 2017 2/3 (the attribution taken as a task; city breakdowns read as
    # rows), 城厢 2016 13/30 (only the last of three status-led lists read as names), 安庆 2015 7/18
    # (field leads taken as tasks over status-led and 分别 lists). data/corpus/README.md,
    # twenty-second collection.
    assert len(twentysecond.docs["dev"]) == len(TWENTYSECOND_COLLECTION)
    assert twentysecond.rows.rate("dev")[1:] >= (33, 65)
    assert twentysecond.rows.rate("dev", "bulletin")[1:] >= (15, 33)
    assert twentysecond.rows.rate("dev", "prose")[1:] >= (15, 29)
    assert twentysecond.rows.rate("dev", "pipe_table")[1:] >= (3, 3)
    assert twentysecond.cells.rate("dev")[1:] >= (35, 56)
    assert twentysecond.period.rate("dev")[1:] >= (5, 6)
    assert twentysecond.period_known.rate("dev")[1:] >= (6, 6)
    assert twentysecond.targets.f1("dev")[2] >= 0.235
    assert twentysecond.actuals.f1("dev")[2] >= 0.415
    assert twentysecond.actual_period.rate("dev")[1] >= 16
    assert twentysecond.stated.rate("dev")[1] >= 5
    assert twentysecond.status.rate("dev")[1] >= 20
    p, r, _, _ = twentysecond.at_risk.f1("dev")
    assert p >= 0.866 and r >= 0.866


def test_whole_dev_with_twentysecond_collection(with_twentysecond) -> None:
    # The whole development part with the twenty-second collection (195 documents) on the reader
    # and scorer of main e2e9cf1 (no code changed): rows 1283/1497 -> 1316/1562 (0.857 -> 0.843),
    # bulletin 254/303 -> 269/336, prose 601/705 -> 616/734, pipe table 85/87 -> 88/90, cells
    # 2307/2559 -> 2342/2615, period 156/189 -> 161/195 (on what the texts give 179 -> 185), data
    # month 155 -> 160, targets F1 0.8413 -> 0.8331, actuals F1 0.7756 -> 0.7686, actual period
    # 1452 -> 1468, stated 516 -> 521, status 983 -> 1003, at-risk P 0.942 -> 0.939, R 0.798 ->
    # 0.801; on the rows found targets 0.8693 -> 0.8604, actuals 0.8124 -> 0.8075, status 983/1121
    # -> 1003/1154. Held-out aggregate unchanged (its documents did not change). The floors of the
    # whole part set before (on with_twentyfirst) leave the collection out and did not move. With
    # main 96074c4 merged (statements pass 25, judge pass 5): the collection the same to the digit;
    # the whole part targets 0.8357, actuals 0.7698, status 1010, at-risk P 0.942 (the floors here
    # stay at the first arrival's figures).
    assert len(with_twentysecond.docs["dev"]) == 189 + len(TWENTYSECOND_COLLECTION)
    assert with_twentysecond.rows.rate("dev")[1:] >= (1316, 1562)
    assert with_twentysecond.rows.rate("dev", "bulletin")[1:] >= (269, 336)
    assert with_twentysecond.cells.rate("dev")[1] >= 2342
    assert with_twentysecond.period.rate("dev")[1] >= 161
    assert with_twentysecond.period_known.rate("dev")[1] >= 185
    assert with_twentysecond.data_month.rate("dev")[1] >= 160
    assert with_twentysecond.yearless.rate("dev")[1:] == (24, 24)
    assert with_twentysecond.targets.f1("dev")[2] >= 0.833
    assert with_twentysecond.actuals.f1("dev")[2] >= 0.768
    assert with_twentysecond.actual_period.rate("dev")[1] >= 1468
    assert with_twentysecond.stated.rate("dev")[1] >= 521
    assert with_twentysecond.status.rate("dev")[1] >= 1003
    assert with_twentysecond.found_targets.f1("dev")[2] >= 0.860
    assert with_twentysecond.found_actuals.f1("dev")[2] >= 0.807
    p, r, _, _ = with_twentysecond.at_risk.f1("dev")
    assert p >= 0.938 and r >= 0.800

def test_twentythird_collection_first_arrival(twentythird) -> None:
    # First arrival (the reader and scorer of main 04ba0e0; gold as committed before any run in
    # 243619a; no code changed): rows 26/44 (prose 20/31, numbered items 6/13), cells 37/45, period
    # 5/5, data month 5/5, targets F1 0.125 (9), actuals F1 0.430 (67), actual period 26/26,
    # stated 8/16, status 9/29, at-risk P 1.000 R 0.143 (7). Per document: 广东 2019 8/8 (every
    # clause and 其中 part with its stated share), 浙江 2022 4/9 (the labelled items and the
    # plan sentences under the section headings not paired), 甘肃 2019 2/4 (a PDF extraction taken
    # as prose: numbers broken across lines, the numbered parts after '二、' not split), 青海 2018
    # 6/9 (the year's investment clause behind its lead phrase, the rural-road plan sentence and
    # the result clauses after it not paired), 青海 2016 6/14 (the '分别' list, the field lead's
    # result clauses and the closing levels). data/corpus/README.md, twenty-third collection.
    assert len(twentythird.docs["dev"]) == len(TWENTYTHIRD_COLLECTION)
    assert twentythird.rows.rate("dev")[1:] >= (26, 44)
    assert twentythird.rows.rate("dev", "prose")[1:] >= (20, 31)
    assert twentythird.rows.rate("dev", "numbered_items")[1:] >= (6, 13)
    assert twentythird.cells.rate("dev")[1:] >= (37, 45)
    assert twentythird.period.rate("dev")[1:] >= (5, 5)
    assert twentythird.data_month.rate("dev")[1:] >= (5, 5)
    assert twentythird.targets.f1("dev")[2] >= 0.125
    assert twentythird.actuals.f1("dev")[2] >= 0.429
    assert twentythird.actual_period.rate("dev")[1] >= 26
    assert twentythird.stated.rate("dev")[1] >= 8
    assert twentythird.status.rate("dev")[1] >= 9
    p, r, _, _ = twentythird.at_risk.f1("dev")
    assert p >= 0.999 and r >= 0.142


def test_whole_dev_with_twentythird_collection(with_twentythird) -> None:
    # The whole development part with the twenty-third collection (200 documents) on the reader
    # and scorer of main 04ba0e0 (no code changed): rows 1348/1562 -> 1374/1606 (0.863 -> 0.856),
    # prose 626/734 -> 646/765, numbered items 181/219 -> 187/232, cells 2379/2652 -> 2416/2697,
    # period 162/195 -> 167/200 (on what the texts give 186 -> 191), data month 161 -> 166,
    # targets F1 0.8412 -> 0.8322, actuals F1 0.7740 -> 0.7638, actual period 1482 -> 1508,
    # stated 521 -> 529, status 1038 -> 1047, at-risk P 0.942 -> 0.942, R 0.803 -> 0.792; on the
    # rows found targets 0.8661 -> 0.8599, actuals 0.8123 -> 0.8064. Held-out aggregate unchanged
    # (its documents did not change). The floors of the whole part set before (on
    # with_twentysecond) leave the collection out and did not move.
    assert len(with_twentythird.docs["dev"]) == 195 + len(TWENTYTHIRD_COLLECTION)
    assert with_twentythird.rows.rate("dev")[1:] >= (1374, 1606)
    assert with_twentythird.rows.rate("dev", "prose")[1:] >= (646, 765)
    assert with_twentythird.rows.rate("dev", "numbered_items")[1:] >= (187, 232)
    assert with_twentythird.cells.rate("dev")[1] >= 2416
    assert with_twentythird.period.rate("dev")[1] >= 167
    assert with_twentythird.period_known.rate("dev")[1] >= 191
    assert with_twentythird.data_month.rate("dev")[1] >= 166
    assert with_twentythird.yearless.rate("dev")[1:] == (24, 24)
    assert with_twentythird.targets.f1("dev")[2] >= 0.832
    assert with_twentythird.actuals.f1("dev")[2] >= 0.763
    assert with_twentythird.actual_period.rate("dev")[1] >= 1508
    assert with_twentythird.stated.rate("dev")[1] >= 529
    assert with_twentythird.status.rate("dev")[1] >= 1047
    assert with_twentythird.found_targets.f1("dev")[2] >= 0.859
    assert with_twentythird.found_actuals.f1("dev")[2] >= 0.806
    p, r, _, _ = with_twentythird.at_risk.f1("dev")
    assert p >= 0.941 and r >= 0.791


def test_sixth_collection(sixth) -> None:
    # The three table documents of the sixth collection, where they stand after the table pass
    # (first run on the reader before it: rows 33/35, cells 34/122, stated 0/25, status 3/34;
    # data/corpus/README.md, sixth collection). Second table pass: the units written on a header's lines reach the figure
    # columns named by arithmetic: targets F1 0.133 -> 0.819, actuals 0.040 -> 0.954.
    # Reader pass 6: 全国 2022-05's row 1, whose rate cells say 全部开工, is a data line: 34 -> 35.
    # Reader pass 7: a spaced row whose rate cells say 全部开工 is a data line (quanguo-2022-05's
    # 河北): 34/35 -> 35/35.
    assert sixth.rows.rate("dev")[1:] == (35, 35)
    assert sixth.cells.rate("dev")[0] >= 0.99
    # Was 0.99: gold revised to the second-round decisions
    assert sixth.stated.rate("dev")[0] >= 0.92
    assert sixth.targets.f1("dev")[2] >= 0.81
    # Statements pass 5: wenshang-2023-fy's target restated in its progress (2023年目标建成垃圾
    # 分类亭100个) is read (targets 0.933 -> 1.000 on the document), and the figure before it in
    # its sentence (已建成…利用站4个) is aligned to it: one false actual, 0.954 -> 0.947.
    assert sixth.actuals.f1("dev")[2] >= 0.531  # Was 0.94: gold revised to the second-round decisions
    assert sixth.targets.f1("dev")[2] >= 0.83
    # Its title bar read for the period (liangshan-2016-09): period 1/3 -> 2/3, status 16/34 ->
    # 31/34, at-risk recall 0/15 -> 15/15.
    assert sixth.period.rate("dev")[1] >= 2
    assert sixth.status.rate("dev")[0] >= 0.91
    assert sixth.at_risk.f1("dev")[1] >= 0.99


def test_whole_dev_with_seventh_collection(with_seventh) -> None:
    # With the sixth and seventh collections (71 documents): rows 0.837, cells 0.859 with the
    # seventh alone. Targets F1 0.713 -> 0.708: a section heading keeps its body as progress, so
    # its sub-items' figures are read twice.
    assert len(with_seventh.docs["dev"]) == len(FIRST_COLLECTION) + 9 + len(THIRD_COLLECTION) + len(
        FOURTH_COLLECTION) + len(FIFTH_COLLECTION) + len(LATER) - len(TEXTS2_COLLECTION) - len(EIGHTH) - len(
        NINTH_COLLECTION) - len(TENTH_COLLECTION) - len(ELEVENTH_COLLECTION) - len(
        TWELFTH_COLLECTION) - len(THIRTEENTH_COLLECTION) - len(FOURTEENTH_COLLECTION) - len(
        FIFTEENTH_COLLECTION) - len(SIXTEENTH_COLLECTION) - len(SEVENTEENTH_COLLECTION) - len(
        EIGHTEENTH_COLLECTION) - len(NINETEENTH_COLLECTION) - len(TWENTIETH_COLLECTION) - len(
        TWENTYFIRST_COLLECTION) - len(TWENTYSECOND_COLLECTION) - len(
        TWENTYTHIRD_COLLECTION)
    # Merged with the statements and table passes (71 documents): rows 0.847, cells 0.884,
    # targets 0.698, actuals 0.647 (the table documents' figure columns carry no unit yet).
    assert with_seventh.rows.rate("dev")[0] >= 0.84
    assert with_seventh.cells.rate("dev")[0] >= 0.88
    # Second table pass (units from a header's lines): targets 0.698 -> 0.809, actuals
    # 0.647 -> 0.775.
    assert with_seventh.targets.f1("dev")[2] >= 0.80
    # Was 0.714: gold revised to the second-round decisions (both development halves merged).
    assert with_seventh.actuals.f1("dev")[2] >= 0.707  # Was 0.77: gold revised to the second-round decisions
    # The title bar of a pipe table read for its period (liangshan-2016-09): status 0.635 ->
    # 0.667, at-risk recall 0.627 -> 0.722.
    assert with_seventh.status.rate("dev")[0] >= 0.66
    assert with_seventh.at_risk.f1("dev")[1] >= 0.72
    # Third statements pass (73 documents): targets 0.808 -> 0.835, stated 0.808 -> 0.818,
    # status 0.704 -> 0.715, at-risk recall 0.772 -> 0.791.
    assert with_seventh.targets.f1("dev")[2] >= 0.83
    # Was 0.81: gold revised to the second-round decisions (both development halves merged).
    assert with_seventh.stated.rate("dev")[0] >= 0.80
    assert with_seventh.status.rate("dev")[0] >= 0.71
    assert with_seventh.at_risk.f1("dev")[1] >= 0.79


def test_report_gives_the_held_out_part_whole_unless_asked(with_eighth) -> None:
    # While rules change, the held-out part is read as one line; per layout only for a closing
    # report (--heldout-layouts).
    def layout_lines(text: str, split: str) -> list[str]:
        part = text.split(f"== {split}:")[1].split("== ")[0].splitlines()[1:]
        # The rows-read line (868ced6) is the part's aggregate too, not a layout's.
        return [line for line in part
                if line and not line.startswith(("all ", "found rows", "rows read"))]

    plain, asked = report(with_eighth), report(with_eighth, heldout_layouts=True)
    assert layout_lines(plain, "heldout") == []
    assert len(layout_lines(asked, "heldout")) >= 3
    assert layout_lines(plain, "dev") == layout_lines(asked, "dev") != []


def test_whole_dev_after_reader_pass_13(with_eleventh) -> None:
    # Reader pass 13 (the document's period and layout), on the 118 after main 14831fd (reader
    # passes 12 and 14): period 0.788 -> 0.814 (93 -> 96), data month 0.720 -> 0.771 (85 -> 91),
    # status 0.737 -> 0.752, at-risk R 0.789 -> 0.836 (P 0.944); rows, cells, figures and the
    # layout agreement (96/118) unchanged. Held-out aggregate: period 0.545 -> 0.600, data month
    # 0.582 -> 0.673, the rest unchanged.
    assert with_eleventh.period.rate("dev")[1] >= 96
    # Was 91: gold revised to the second-round decisions
    # Was 88: gold revised to the second-round decisions (both development halves merged).
    assert with_eleventh.data_month.rate("dev")[1] >= 87
    assert with_eleventh.chosen_layout.rate("dev")[1] >= 96
    assert with_eleventh.status.rate("dev")[0] >= 0.751
    p, r, _, _ = with_eleventh.at_risk.f1("dev")
    # Was 0.943: gold revised to the second-round decisions (both development halves merged).
    assert p >= 0.942 and r >= 0.835


def test_layout_agreement_is_reported_per_split(with_tenth) -> None:
    # Reader pass 13: the layout the reader dispatches a document to (frame.attrs["layout"])
    # against the annotated one. The development part per layout, with its confusion; the
    # held-out part as one share only, whatever is asked.
    plain = report(with_tenth)
    section = plain.split("== document decisions")[1].split("layout agreement")[1]
    dev_line = next(line for line in section.splitlines() if line.startswith("dev "))
    held_line = next(line for line in section.splitlines() if line.startswith("heldout "))
    assert "bulletin " in dev_line and "prose " in dev_line
    assert held_line.split()[:2] == ["heldout", "all"] and len(held_line.split()) == 4
    assert "dev confusion" in section and "heldout confusion" not in section
    assert sum(with_tenth.confusion["dev"].values()) == len(with_tenth.docs["dev"])


def test_layout_agreement_floor(with_tenth) -> None:
    # Reader pass 13, first measure (109 development documents): 0.835 (91/109); bulletins
    # 10/23, numbered items 13/16, prose 47/49, the tables all agree.
    assert with_tenth.chosen_layout.rate("dev")[1] >= 91


def test_dispatch_reads_each_text_reader_alone() -> None:
    # evaluation.dispatch: a document read by the reader the competition takes finds the rows
    # that reader finds alone; every reader alone gives a count within the document's rows.
    from evaluation.dispatch import READERS, rows_found

    doc = next(d for d in _corpus() if d.split == "dev" and d.layout == "prose")
    found, total, chosen = rows_found(doc)
    assert chosen in READERS and 0 < found <= total
    # A generic reading is named prose (said among the warnings): either reader may be the one.
    taken = ("prose", "generic") if chosen == "prose" else (chosen,)
    assert found in {rows_found(doc, k)[0] for k in taken}
    assert all(0 <= rows_found(doc, k)[0] <= total for k in READERS)


def test_whole_dev_after_reader_pass_16(with_eleventh, with_twelfth) -> None:
    # Reader pass 16 (the report's period and data month), measured on main at 6c0781d (the
    # twelfth collection; half the development gold and the held-out gold revised to the
    # second-round decisions, a whole year's data month YYYY-12). On the 118: period 96 -> 98,
    # data month 88 -> 97; on all 128: period 105 -> 107 (0.820 -> 0.836), data month 96 -> 106
    # (0.750 -> 0.828). Rules: a whole year's account has the data month December (dated in a
    # later year: beijing-dongcheng-2021-fy, jinan-2014-fy, ningxia-2020-fy, wuhu-2021-fy,
    # yongzhou-2018-fy; else said: fujian-2023-fy, lufeng-2022-fy, nanchang-xinjian-2020-fy,
    # xiamen-2020-fy, yichun-2021-fy; against older gold: jinjiang-2022-fy, deyang-jingyang-2016-fy);
    # the opening's first period phrase without a year is the report's (guizhou-2015-09,
    # jianghua-2012-10, period and data month). The texts naming no year (names_year: 13 of the
    # 118, 14 of the 128) are all said unknown; scored on what a text gives, the 128 read period
    # 121, data month 118. Held-out aggregate: period 0.639 unchanged, data month 0.672 -> 0.738.
    assert with_eleventh.period.rate("dev")[1] >= 98
    assert with_eleventh.data_month.rate("dev")[1] >= 97
    assert with_eleventh.yearless.rate("dev")[1:] == (13, 13)
    assert with_eleventh.period_known.rate("dev")[1] >= 111
    assert with_eleventh.data_month_known.rate("dev")[1] >= 108
    assert with_twelfth.period.rate("dev")[1] >= 107
    assert with_twelfth.data_month.rate("dev")[1] >= 106
    assert with_twelfth.yearless.rate("dev")[1:] == (14, 14)
    assert with_twelfth.period_known.rate("dev")[1] >= 121
    assert with_twelfth.data_month_known.rate("dev")[1] >= 118


def test_statements_pass_13(first, with_twelfth) -> None:
    # Statements pass 13 (docs/statements.md): a part-year target beside the year's is a
    # milestone (extraction/milestones.py), measured on main 847993a. dazhou-2018-07 (its
    # 前三季度投资计划 column): targets F1 0.667 -> 1.000, actuals F1 0.800 -> 1.000. First collection:
    # targets 0.924 -> 0.967, actuals 0.894 -> 0.912. The 128: targets 0.831 -> 0.840, actuals
    # 0.745 -> 0.748; on the rows found targets 0.854 -> 0.863, actuals 0.783 -> 0.786. Held-out
    # aggregate targets 0.315 -> 0.328, actuals 0.485 -> 0.493; sample unchanged.
    assert first.targets.f1("dev")[2] >= 0.966
    assert first.actuals.f1("dev")[2] >= 0.911
    assert with_twelfth.targets.f1("dev")[2] >= 0.834  # Was 0.836: clause rows convention (decision 17); Was 0.839: project-list count convention (decision 16)
    # Was 0.747: glued.GLUED_NUMERALS switched off (one development document, lufeng-2022-fy).
    assert with_twelfth.actuals.f1("dev")[2] >= 0.741
    assert with_twelfth.found_targets.f1("dev")[2] >= 0.856  # Was 0.862: project-list count convention (decision 16)


def test_reader_pass_19(twelfth, with_twelfth) -> None:
    # Reader pass 19 (docs/reader.md): a 其中 part with its own ratio, verdict or target is a row
    # after its item (subparts.OWN_PARTS): henan-2018-11 +2 rows, suzhou-xiangcheng-2025-h1 +2,
    # liannan-2022-05 +1. The 128: rows 874 -> 879/1014 (bulletins 208 -> 209/263, prose 364 ->
    # 368/414), stated 372 -> 375/484, status 671 -> 676/889, actuals F1 0.741 -> 0.746, targets
    # F1 0.842 -> 0.844, inside another row 58 -> 53. The twelfth collection: rows 34 -> 37/52,
    # stated 24 -> 27/42, status 25 -> 28/48. Held-out aggregate line unchanged.
    assert with_twelfth.rows.rate("dev")[1] >= 879
    assert with_twelfth.rows.rate("dev", "bulletin")[1] >= 209
    assert with_twelfth.rows.rate("dev", "prose")[1] >= 368
    assert with_twelfth.stated.rate("dev")[1] >= 375
    assert with_twelfth.status.rate("dev")[1] >= 676
    assert with_twelfth.actuals.f1("dev")[2] >= 0.745
    assert with_twelfth.inside.rate("dev")[1] <= 53
    assert twelfth.rows.rate("dev")[1] >= 37
    assert twelfth.stated.rate("dev")[1] >= 27
    assert twelfth.status.rate("dev")[1] >= 28


def test_reader_pass_19_after_the_thirteenth_and_fourteenth(with_fourteenth, thirteenth,
                                                           fourteenth) -> None:
    # Reader pass 19 measured again on main 0c7fbda (144 development documents, its scorer): with
    # its three rules off -> on (subparts.OWN_PARTS; 日前 an aside; clauses.COUNTED_CONTINUES, a clause
    # that is only a counted verb and its count continuing the item before it): rows 967 -> 976/1187
    # (bulletins 217 -> 218/287), cells 1853 -> 1860, stated 393 -> 406/534, status 704 -> 720/1021,
    # targets F1 0.787 -> 0.801, actuals F1 0.713 -> 0.728, at-risk R 0.793 -> 0.808, inside another
    # row 111 -> 103. Thirteenth collection (annotated before any run; the 其中 rule written before
    # it arrived): rows 61 -> 65/99 (nanchang-2023-10 +3, qianxinan-2014-07 +1), stated 16 -> 21,
    # status 27 -> 33/89, at-risk R 0.500 -> 0.722. Fourteenth: stated 5 -> 10/16, status 6 -> 11/43
    # (qinghai-2015-09's five categories). Held-out aggregate line unchanged (254/507 …).
    assert with_fourteenth.rows.rate("dev")[1] >= 976
    assert with_fourteenth.rows.rate("dev", "bulletin")[1] >= 218
    assert with_fourteenth.stated.rate("dev")[1] >= 406
    assert with_fourteenth.status.rate("dev")[1] >= 720
    assert with_fourteenth.targets.f1("dev")[2] >= 0.800
    assert with_fourteenth.actuals.f1("dev")[2] >= 0.727
    assert with_fourteenth.inside.rate("dev")[1] <= 103
    assert thirteenth.rows.rate("dev")[1] >= 65
    assert thirteenth.stated.rate("dev")[1] >= 21
    assert thirteenth.status.rate("dev")[1] >= 33
    assert fourteenth.stated.rate("dev")[1] >= 10
    assert fourteenth.status.rate("dev")[1] >= 11


def test_reader_pass_21_names_under_one_status(with_fourteenth, thirteenth, fourteenth) -> None:
    # Reader pass 21 (names under one status, issue 10) on the 144 development documents, its
    # rules off -> on (read.shared: QUOTED_RUN, TWO_NAMES, STAGE_CLOSE, AND_LAST, AMOUNT_GROUP,
    # REST_READ; FOLDED and UNCOUNTED_ON written as switches, off): rows 976 -> 996/1187 (bulletins
    # 218 -> 229/287: changle-2017-08, annotated a bulletin, read as prose), cells 1860 -> 1879,
    # stated 406 -> 410/534, status 720 -> 736/1021 (0.705 -> 0.721), targets F1 0.801 -> 0.814,
    # actuals F1 0.728 -> 0.731, inside another row 103 -> 96, dropped 25 -> 24. Thirteenth
    # collection: rows 65 -> 80/99, cells 70 -> 85, status 33 -> 45/89 (changle-2017-08 4 -> 15/15,
    # jiangxi-2018-08 +3, xilinhaote-2025-09 +1). Fourteenth: rows 32 -> 34/74 (tianjin-2024-q3).
    # Held-out aggregate line: rows 254 -> 255/507, cells 368/524 -> 369/525, the rest unchanged;
    # after merging main e50ff31 (74 held out): rows 278 -> 279/551, cells 405/581 -> 406/582.
    assert with_fourteenth.rows.rate("dev")[1] >= 996
    assert with_fourteenth.rows.rate("dev", "bulletin")[1] >= 229
    assert with_fourteenth.cells.rate("dev")[1] >= 1879
    assert with_fourteenth.stated.rate("dev")[1] >= 410
    assert with_fourteenth.status.rate("dev")[1] >= 736
    assert with_fourteenth.targets.f1("dev")[2] >= 0.813
    assert with_fourteenth.actuals.f1("dev")[2] >= 0.730
    assert with_fourteenth.inside.rate("dev")[1] <= 96
    assert thirteenth.rows.rate("dev")[1] >= 80
    assert thirteenth.cells.rate("dev")[1] >= 85
    assert thirteenth.status.rate("dev")[1] >= 45
    assert fourteenth.rows.rate("dev")[1] >= 34


def test_statements_pass_16_floors(with_fourteenth, thirteenth, fourteenth) -> None:
    # Statements pass 16 (docs/statements.md): a progress cell that is only the stage a named work
    # reached is its verdict (judge.verdicts.STAGE_CELLS; stage words in cell_verdicts.tsv), the
    # rows reader pass 21 made of names under one outcome. On the 144 development documents, rule
    # off -> on, against main 4d1412f (reader pass 20 merged): status 746 -> 758/1021 (0.731 ->
    # 0.742), on the rows found 0.845 -> 0.858; thirteenth collection status 54 -> 63/89
    # (jiangxi-2018-08 +5, xilinhaote-2025-09 +2, xingtai-2016-06 +2), fourteenth 12 -> 15/43
    # (tianjin-2024-q3). At-risk, targets, actuals and stated unchanged. Held-out aggregate status
    # 0.312 -> 0.320, its rows found 0.621 -> 0.637. (Against main 40e8ce6: 736 -> 748, 45 -> 54,
    # 11 -> 14.)
    assert with_fourteenth.status.rate("dev")[1] >= 758
    # Was 0.858: reader pass 23's names after 其中 (subparts.NAMED_PARTS) add eight found rows,
    # four of them nanchang-2023-10's names under 已全部开工, whose verdict the judge does not read
    # (gold: done): status right 758 -> 765 of the whole part with the pass's table rules, 0.858 ->
    # 0.8557 on the rows found.
    assert with_fourteenth.found_status.rate("dev")[0] >= 0.855
    assert thirteenth.status.rate("dev")[1] >= 63
    assert fourteenth.status.rate("dev")[1] >= 15


def test_statements_pass_17_floors(with_fourteenth, thirteenth, fourteenth) -> None:
    # Statements pass 17 (docs/statements.md): a bulletin's pace words (5项未完成进度,
    # 低于全市平均进度; 进度 a pace noun after a comparison), a lag the row states outranks a
    # not-started word beside it (judge.verdicts.LAG_OVER_NOT_STARTED), a list item's bare share is
    # its stated completion (extraction.shares.BARE_SHARES), the investment plan a done form's whole
    # and 复工/开复工 completion heads. On the 144 development documents, against main 81f0896:
    # status 758 -> 778/1021 (0.742 -> 0.762), on the rows found 0.858 -> 0.881; stated 412 ->
    # 421/534 (0.772 -> 0.788); at-risk P 0.939 -> 0.940, R 0.811 -> 0.830 (on the rows found
    # 0.885 -> 0.905); thirteenth collection status 63 -> 65/89, fourteenth 15 -> 20/43. Targets
    # and actuals unchanged; held-out aggregate line and sample unchanged.
    assert with_fourteenth.status.rate("dev")[1] >= 778
    # Was 0.881 on main: with reader pass 23's rows (guizhou-2015-09 +3, anqing-daguan-2024-04 +4,
    # nanchang-2023-10 +4 found) 0.8781; nanchang's four names under 已全部开工 read no verdict.
    assert with_fourteenth.found_status.rate("dev")[0] >= 0.878
    assert with_fourteenth.stated.rate("dev")[1] >= 421
    p, r, _, _ = with_fourteenth.at_risk.f1("dev")
    assert p >= 0.940 and r >= 0.829
    _, found_r, _, _ = with_fourteenth.found_at_risk.f1("dev")
    assert found_r >= 0.904
    assert thirteenth.status.rate("dev")[1] >= 65
    assert fourteenth.status.rate("dev")[1] >= 20


def test_statements_pass_17_with_the_fifteenth_collection(with_fifteenth, fifteenth) -> None:
    # Statements pass 17 after merging main 295f134 (150 development documents), against the
    # floors main set on them (test_whole_dev_with_fifteenth_collection): status 773 -> 793/1054
    # (0.733 -> 0.752), stated 418 -> 427/547, at-risk P 0.937 -> 0.938, R 0.806 -> 0.824. The
    # fifteenth collection itself is unchanged (status 15/33): its misses on found rows are a
    # table read into the wrong columns (歙县, 7 rows), a level of the whole stock taken for the
    # year's increase (闵行) and a cut row (海曙). Held-out aggregate (81): status 0.316 -> 0.317.
    assert with_fifteenth.status.rate("dev")[1] >= 793
    assert with_fifteenth.stated.rate("dev")[1] >= 427
    p, r, _, _ = with_fifteenth.at_risk.f1("dev")
    assert p >= 0.937 and r >= 0.824
    assert fifteenth.status.rate("dev")[1] >= 15


def test_reader_pass_23(with_fourteenth) -> None:
    # Reader pass 23 (text in no cell, the cut; docs/reader.md) on the 144 development documents,
    # against main 81f0896: the text around a table read from text as rows of its own
    # (tabletext.TABLE_TEXT) and paragraphs after a table's last row out of its figure cell
    # (tail.TEXT_AFTER): guizhou-2015-09 +3 rows; names after 其中 under a status said of each
    # (subparts.NAMED_PARTS): anqing-daguan-2024-04 +4, nanchang-2023-10 +4. Rows 998 -> 1009/1187,
    # bulletins 229 -> 233/287, cells right 1902 -> 1910 (of 2059 -> 2073), stated 412 -> 415,
    # status 758 -> 765, in no cell 24 -> 22, inside another row 93 -> 81. Held-out aggregate
    # line unchanged but for its items in no cell, 58 -> 51.
    assert with_fourteenth.rows.rate("dev")[1] >= 1009
    assert with_fourteenth.rows.rate("dev", "bulletin")[1] >= 233
    assert with_fourteenth.cells.rate("dev")[1] >= 1910
    assert with_fourteenth.stated.rate("dev")[1] >= 415
    assert with_fourteenth.status.rate("dev")[1] >= 765
    assert with_fourteenth.dropped.rate("dev")[1] <= 22
    assert with_fourteenth.inside.rate("dev")[1] <= 81


def test_judge_pass_2_floors(with_seventeenth, with_eighteenth) -> None:
    # Judge pass 2 (docs/statements.md): the pace pair claimed in any spelling (pace_pair.PACE_PAIR:
    # beijing-xicheng-2017-h1 `均实现“时间过半`, qingdao-2023-h1 `基本實現時間、任務“雙過半”`), against
    # main d051bcc: status 859 -> 861/1122, on the rows found 0.869 -> 0.871; held-out aggregate and
    # the sample unchanged.
    assert with_seventeenth.status.rate("dev")[1] >= 861  # Was 859
    assert with_seventeenth.found_status.rate("dev")[0] >= 0.870  # Was 0.869
    # With the eighteenth collection (main 2937d0c, 169 documents): 865 -> 867/1139, found rows
    # 0.862 -> 0.864 (the collection's own status misses are the reader's: docs/statements.md).
    assert with_eighteenth.status.rate("dev")[1] >= 867  # Was 865
    assert with_eighteenth.found_status.rate("dev")[0] >= 0.863  # Was 0.862


def test_reader_pass_27(with_seventeenth) -> None:
    # Reader pass 27 (items read inside another row, by the shape of the text; docs/reader.md) on
    # the 163 development documents, against main d051bcc: a count announcing the parts after it
    # (announced.COUNT_ANNOUNCED: anqing-daguan-2024-04 +6 rows, yongzhou-2018-fy +2) and a later
    # comma part opening with a counted group and its own figure, a share glued to the next
    # group's count ending a part (articles.COUNTED_GROUPS: hanzhong-2018-08 +2, lueyang-2020-06 +1).
    # Rows 1123 -> 1134/1306, bulletins 233 -> 239/287, cells right 2084 -> 2100 (of 2285 -> 2305),
    # targets F1 0.8193 -> 0.8211, actuals F1 0.767 -> 0.774, actual period 1271 -> 1286, stated
    # 448 -> 456, status 859 -> 867, at-risk P 0.9369 -> 0.9373, R 0.815 -> 0.821, inside another
    # row 81 -> 70, rows read that pair with none 607 -> 603. Held-out aggregate line: rows 361 ->
    # 362/709, cells 510/730 -> 512/732, targets F1 0.396 -> 0.400, actuals F1 0.552 -> 0.555,
    # stated 0.487 -> 0.490, status 0.334 -> 0.335, inside 201 -> 200.
    assert with_seventeenth.rows.rate("dev")[1] >= 1134  # Was 1123
    assert with_seventeenth.rows.rate("dev", "bulletin")[1] >= 239  # Was 233 (229 in the floor above)
    assert with_seventeenth.cells.rate("dev")[1] >= 2100  # Was 2084
    assert with_seventeenth.targets.f1("dev")[2] >= 0.816  # Was 0.821: project-list count convention (decision 16); Was 0.819
    assert with_seventeenth.actuals.f1("dev")[2] >= 0.764  # Was 0.765: clause rows convention (decision 17); Was 0.774: project-list count convention (decision 16); Was 0.766
    assert with_seventeenth.actual_period.rate("dev")[1] >= 1268  # Was 1286: project-list count convention (decision 16); Was 1270
    assert with_seventeenth.stated.rate("dev")[1] >= 456  # Was 448
    assert with_seventeenth.status.rate("dev")[1] >= 867  # Was 859
    p, r, _, _ = with_seventeenth.at_risk.f1("dev")
    assert p >= 0.937 and r >= 0.820  # Was 0.936 and 0.814
    assert with_seventeenth.inside.rate("dev")[1] <= 81  # Was 70: clause rows convention (decision 17); Was 81 (docs/reader.md, pass 26)


def test_reader_pass_27_with_the_eighteenth_collection(with_eighteenth) -> None:
    # Reader pass 27 merged with main 749f11a (169 development documents; the eighteenth collection
    # itself unchanged by it): rows 1138 -> 1149/1325, bulletins 241 -> 247/296, cells right 2100 ->
    # 2116 (of 2311 -> 2331), targets F1 0.8154 -> 0.8171, actuals F1 0.766 -> 0.773, actual period
    # 1297 -> 1312, stated 449 -> 457, status 865 -> 873, at-risk P 0.9373 -> 0.9377, R 0.802 ->
    # 0.808, inside another row 84 -> 73. Held out (95), aggregate line: rows 375 -> 376/741, cells
    # 532/754 -> 534/756, targets F1 0.399 -> 0.403, actuals F1 0.548 -> 0.551, stated 0.483 ->
    # 0.486, status 0.330 -> 0.331, inside 218 -> 217.
    assert with_eighteenth.rows.rate("dev")[1] >= 1149  # Was 1138
    assert with_eighteenth.rows.rate("dev", "bulletin")[1] >= 247  # Was 241
    assert with_eighteenth.cells.rate("dev")[1] >= 2116  # Was 2100
    assert with_eighteenth.targets.f1("dev")[2] >= 0.814  # Was 0.817: project-list count convention (decision 16); Was 0.815
    assert with_eighteenth.actuals.f1("dev")[2] >= 0.763  # Was 0.764: clause rows convention (decision 17); Was 0.773: project-list count convention (decision 16); Was 0.766
    assert with_eighteenth.actual_period.rate("dev")[1] >= 1294  # Was 1312: project-list count convention (decision 16); Was 1297
    assert with_eighteenth.stated.rate("dev")[1] >= 457  # Was 449
    assert with_eighteenth.status.rate("dev")[1] >= 873  # Was 865
    p, r, _, _ = with_eighteenth.at_risk.f1("dev")
    assert p >= 0.937 and r >= 0.807  # Was 0.937 and 0.802
    assert with_eighteenth.inside.rate("dev")[1] <= 84  # Was 73: clause rows convention (decision 17); Was 84


def test_reader_pass_33_floors(with_twentyfirst, with_twentieth) -> None:
    # Reader pass 33 (docs/reader.md): names listed in an item's running text are items (listed.LISTED:
    # xiangshan-2007-07 +10 rows, xining-haidong-2024-05 +8, panjin-2015-fy +5, xingtai-2016-06 +2,
    # ningbo-haishu-2016-h1 +2, zhengzhou-erqi-2016-06 +1). Against main 3939440 (183 documents):
    # rows 1226 -> 1254/1455, numbered items 156 -> 171/206, cells 2247 -> 2276, status 944 -> 948,
    # inside another row 104 -> 82; figures, at-risk and bulletins unchanged. Found-row status
    # 0.868 -> 0.859 (15 rows found now carry a gold status, 4 judged right; none right lost).
    assert with_twentieth.rows.rate("dev")[1] >= 1254  # Was 1226
    assert with_twentieth.rows.rate("dev", "numbered_items")[1] >= 171  # Was 156
    assert with_twentieth.rows.rate("dev", "prose")[1] >= 577  # Was 564
    assert with_twentieth.cells.rate("dev")[1] >= 2276  # Was 2247
    assert with_twentieth.status.rate("dev")[1] >= 948  # Was 944
    assert with_twentieth.found_status.rate("dev")[1] >= 948  # Was 944 (of 1088; now of 1103)
    # With the twenty-first collection (189 documents, main a3a845d): guizhou-2018-h1 +3 rows (a
    # collection that arrived after the rule); rows 1250 -> 1281/1497, cells 2273 -> 2305, status
    # 956 -> 960, actuals F1 0.7547 -> 0.7551.
    assert with_twentyfirst.rows.rate("dev")[1] >= 1281  # Was 1250
    assert with_twentyfirst.rows.rate("dev", "numbered_items")[1] >= 176  # Was 161
    assert with_twentyfirst.cells.rate("dev")[1] >= 2305  # Was 2273
    assert with_twentyfirst.status.rate("dev")[1] >= 960  # Was 956
    assert with_twentyfirst.actuals.f1("dev")[2] >= 0.755  # Was 0.7547


def test_reader_pass_32_floors(with_twentieth, twentieth) -> None:
    # Reader pass 32 (docs/reader.md): numbered headings around a table head the first passage under
    # them (headed_text.HEADED_PASSAGES: fuzhou-mawei-2018-11, qianxinan-2020-06), a progress column
    # of percentages is the share done (shares.PERCENT_SHARES: shaoxing-shangyu-2024-fy), a bracketed
    # byline closing a paragraph is no item (bracketed.BRACKETED: five documents, unpaired rows only).
    # Against main 0963a72 (183 documents): rows 1221 -> 1226/1455, cells 2230/2484 -> 2247/2492,
    # targets F1 0.8065 -> 0.8093, actuals F1 0.7589 -> 0.7600, actual period 1364 -> 1369, stated
    # 484 -> 494, status 939 -> 944, at-risk unchanged; the twentieth collection rows 39 -> 42, cells
    # 69 -> 84, stated 13 -> 23, status 20 -> 25. Held-out aggregate, probes and sample unchanged.
    assert with_twentieth.rows.rate("dev")[1] >= 1226  # Was 1221
    assert with_twentieth.rows.rate("dev", "numbered_items")[1] >= 156  # Was 153
    assert with_twentieth.cells.rate("dev")[1] >= 2247  # Was 2230
    assert with_twentieth.cells.rate("dev")[0] >= 0.901  # Was 0.898
    assert with_twentieth.targets.f1("dev")[2] >= 0.809  # Was 0.806 (0.8065)
    assert with_twentieth.actuals.f1("dev")[2] >= 0.759  # Was 0.758 (0.7589)
    assert with_twentieth.actual_period.rate("dev")[1] >= 1369  # Was 1364
    assert with_twentieth.stated.rate("dev")[1] >= 494  # Was 484
    assert with_twentieth.status.rate("dev")[1] >= 944  # Was 939
    assert twentieth.rows.rate("dev")[1] >= 42  # Was 39
    assert twentieth.cells.rate("dev")[1] >= 84  # Was 69
    assert twentieth.stated.rate("dev")[1] >= 23  # Was 13
    assert twentieth.status.rate("dev")[1] >= 25  # Was 20
    assert twentieth.targets.f1("dev")[2] >= 0.69  # Was 0.615
    assert twentieth.actuals.f1("dev")[2] >= 0.666  # Was 0.627


def test_reader_pass_30_floors(with_eighteenth, with_nineteenth) -> None:
    # Reader pass 30 (figures outside their row's cells; docs/reader.md): a subject opening with the
    # group the item before counted is that item's progress (renamed.RENAMED: jiangmen-2021-03 and
    # jianghua-2012-10 status +1 each, xilinhaote-2025-09 cells +1, targets +1). Against main
    # f372bce (gold revised by decision 16), on the 169 documents before the nineteenth
    # collection: status 880 -> 882/1143, on the rows found 0.8661 -> 0.8681, cells right 2116 ->
    # 2117, stated 457 -> 459, targets F1 0.8141 -> 0.8151, actuals F1 0.7644 -> 0.7651; rows,
    # at-risk, the held-out aggregate line, the probes and the sample unchanged.
    assert with_eighteenth.status.rate("dev")[1] >= 882  # Was 880
    assert with_eighteenth.found_status.rate("dev")[0] >= 0.868  # Was 0.8661
    assert with_eighteenth.cells.rate("dev")[1] >= 2117  # Was 2116
    assert with_eighteenth.stated.rate("dev")[1] >= 459  # Was 457
    assert with_eighteenth.targets.f1("dev")[2] >= 0.814  # Was 0.815: clause rows convention (decision 17); Was 0.8141
    assert with_eighteenth.actuals.f1("dev")[2] >= 0.763  # Was 0.765: clause rows convention (decision 17); Was 0.7644
    # With the nineteenth collection (176 documents; no document of it moves): status 893 -> 895/1201.
    assert with_nineteenth.status.rate("dev")[1] >= 895  # Was 893


def test_reader_pass_29_floors(with_nineteenth, with_eighteenth, eighteenth) -> None:
    # Reader pass 29 (docs/reader.md): a counted lead's verdict before a colon carried to the items
    # it lists (lead_status.LEAD_STATUS: xuzhou-2016-h1 +3, tianjin-2024-q3 +5) and 完成事项 as a
    # status heading's word (tangshan-lunan-2017-fy +3). Against main f372bce (after the gold
    # revision of decision 16): status 893 -> 904/1201, on the rows found 0.858 -> 0.868; held-out
    # aggregate, probes and sample unchanged.
    assert with_nineteenth.status.rate("dev")[1] >= 904  # Was 893
    assert with_nineteenth.found_status.rate("dev")[0] >= 0.868  # Was 0.858
    assert with_eighteenth.status.rate("dev")[1] >= 891  # Was 880
    assert with_eighteenth.found_status.rate("dev")[0] >= 0.876  # Was 0.866
    assert eighteenth.status.rate("dev")[1] >= 9  # Was 6


def test_reader_pass_34_floors(with_twentieth) -> None:
    # Reader pass 34 (docs/reader.md): a later comma part whose own subject is closed by the stage
    # it reached is a row (clauses.STAGE_CLOSED: jiangxi-2018-08, xining-haidong-2024-05). Against
    # main 248acc2 (183 development documents): rows 1226 -> 1228/1455, cells 2247/2492 ->
    # 2249/2494, prose rows 564 -> 566/676, items inside another row 104 -> 101 (prose 61 -> 58),
    # status 0.750 -> 0.751. Held-out aggregate: rows 470 -> 471/929, nothing lowered.
    assert with_twentieth.rows.rate("dev")[1] >= 1228  # Was 1226
    assert with_twentieth.rows.rate("dev", "prose")[1] >= 566  # Was 564
    assert with_twentieth.cells.rate("dev")[1] >= 2249  # Was 2247
    assert with_twentieth.inside.rate("dev")[1] <= 101  # Was 104
    assert with_twentieth.inside.rate("dev", "prose")[1] <= 58  # Was 61


def test_judge_pass_4_floors(with_twentyfirst) -> None:
    # Judge pass 4 (docs/statements.md): a word that the work goes on as it should is the on-track
    # verdict of a row with no numeric target (steady.STEADY: hangzhou-gongshu-2020-q3 +2,
    # anqing-daguan-2024-04 +3, guizhou-2018-h1 +4 of the twenty-first collection, which came after
    # the rule) and a not-started or done word on a count the cell shows is a part is no verdict on
    # the row (parts.COUNTED_PART: taian-2021-08 status +1, liannan-2022-05 at-risk P 0 -> 1).
    # Against main 3939440 (183 documents): status 944 -> 950/1258, on the rows found 0.8676 ->
    # 0.8732, at-risk P 0.9377 -> 0.9406. After merging main 4116f18 (189 documents): status
    # 963 -> 973/1284, on the rows found 0.8591 -> 0.8680, at-risk P 0.9392 -> 0.9421 (R
    # unchanged); held-out aggregate status 0.322 -> 0.328, on its rows found 0.616 -> 0.628;
    # targets, actuals, stated, rows, probes and sample unchanged.
    assert with_twentyfirst.status.rate("dev")[1] >= 973  # Was 963
    assert with_twentyfirst.found_status.rate("dev")[0] >= 0.867  # Was 0.8591
    assert with_twentyfirst.at_risk.f1("dev")[0] >= 0.942  # Was 0.9392


def test_judge_pass_5_floors(with_twentyfirst) -> None:
    # Judge pass 5 (docs/statements.md): a report's opening judges all its items with the done verb
    # written first (opening.DONE_FIRST: shijiazhuang-2014-fy +1 of the eighth texts,
    # laibin-xingbin-liangjiang-2024-fy +2 of the twentieth collection) and in a first paragraph the
    # reader cut into rows (opening.PARAGRAPH_ROWS: zhenjiang-runzhou-qilidian-2025-fy +3). Against
    # main e2e9cf1 (189 documents): status 983 -> 989/1284, on the rows found 0.8769 -> 0.8822;
    # at-risk, held-out aggregate, probes, sample and variants unchanged.
    assert with_twentyfirst.status.rate("dev")[1] >= 989  # Was 983
    assert with_twentyfirst.found_status.rate("dev")[0] >= 0.882  # Was 0.8769


def test_reader_pass_35_floors(with_twentyfirst) -> None:
    # Reader pass 35 (docs/reader.md): what is said of each member of a group is each named
    # member's status (group_status.GROUP_STATUS: nanchang-2023-10 +4 of the thirteenth
    # collection, ningxia-2022-11 +5 of the eleventh). Against main b57c207 (189 documents):
    # status 973 -> 982/1284 (0.758 -> 0.765), on the rows found 0.868 -> 0.876, prose status
    # 0.767 -> 0.782; held-out aggregate, probes, sample and variants unchanged. After merging
    # main 53cfc0d (statements pass 23): status 974 -> 983/1284, on the rows found 0.8689 -> 0.8769.
    assert with_twentyfirst.status.rate("dev")[1] >= 983  # Was 974
    assert with_twentyfirst.found_status.rate("dev")[0] >= 0.876  # Was 0.868


def test_reader_pass_36_floors(with_twentyfirst) -> None:
    # Reader pass 36 (docs/reader.md): a sign opening a heading (☑ ■ §) is a numbering level of
    # its own (symbols.SYMBOL_ITEMS), a group heading's own status words (heading_status):
    # wuxi-xishan-2025-04 of the eleventh collection rows 3 -> 8; wuhan-hanyang-2006-11 of the
    # nineteenth read as numbered items (10 unpaired rows fewer). Against main e2e9cf1 (189
    # documents): rows 1283 -> 1288, numbered items 176 -> 181, cells 2307 -> 2317; held-out
    # aggregate, probes, sample unchanged. (The pass's rule of a heading listing names, each on
    # its own labelled line, gave wuxi-xishan two rows more; one document, so the lead took it out.)
    assert with_twentyfirst.rows.rate("dev")[1] >= 1288  # Was 1283
    assert with_twentyfirst.rows.rate("dev", "numbered_items")[1] >= 181  # Was 176
    assert with_twentyfirst.cells.rate("dev")[1] >= 2317  # Was 2307
    assert with_twentyfirst.status.rate("dev")[1] >= 987  # Was 983
    assert with_twentyfirst.chosen_layout.rate("dev", "numbered_items")[1] >= 26  # Was 24


def test_reader_pass_38_floors(with_twentysecond) -> None:
    # Reader pass 38 (docs/reader.md): a list whose count is its number of names is an item per
    # name (listed.WHOLE_COUNT: putian-chengxiang-2016-09 +15, anqing-2015-08 +5) and 子项目, 小项
    # close a list in running text (data/layout_cues.tsv listed_noun: putian +2, huainan-fengtai-
    # 2019-11 +5, the nineteenth collection). Against main 7dd54c0 (195 documents): rows 1316 ->
    # 1343/1562, prose 616 -> 626/734, bulletin 269 -> 286/336, cells 2342/2615 -> 2369/2642,
    # status 1010 -> 1036/1349, inside another row 125 -> 98, rows read that pair with none 734
    # unchanged; figures unchanged. After merging main d486833 (reader pass 36, statements pass
    # 26, periods pass 2): rows 1321 -> 1348, cells 2352/2625 -> 2379/2652, status 1012 -> 1038,
    # inside 128 -> 101, unpaired 709 unchanged.
    assert with_twentysecond.rows.rate("dev")[1] >= 1348  # Was 1321
    assert with_twentysecond.rows.rate("dev", "prose")[1] >= 626  # Was 616
    assert with_twentysecond.rows.rate("dev", "bulletin")[1] >= 286  # Was 269
    assert with_twentysecond.cells.rate("dev")[1] >= 2379  # Was 2352
    assert with_twentysecond.status.rate("dev")[1] >= 1038  # Was 1012
    assert with_twentysecond.inside.rate("dev")[1] <= 101  # Was 128


def test_statements_pass_28_floors(with_twentysecond) -> None:
    # Statements pass 28 (docs/statements.md): a row's stated completion is the lowest of those it
    # states of two or more targets it writes (assessment.ROW_LOWEST: hunan-2021-08 and
    # fujian-2023-fy of the first collection, tianjin-2020-10 of the fifth, quanguo-2022-05 of the
    # sixth). On the 195 development documents of main 04ba0e0: stated 521/646 -> 538/646;
    # status and the rest unchanged.
    assert with_twentysecond.stated.rate("dev")[1] >= 538  # Was 521
    assert with_twentysecond.stated.rate("dev", "vertical_pipe")[1] >= 33  # Was 19
