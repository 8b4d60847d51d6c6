"""The page's date line: a short line holding a date, or a date after its label on a long line of
page furniture; it gives the year of a data period said without one (1-8月, 截至9月底)."""

from __future__ import annotations

from pathlib import Path

import pytest

from zqmetrics.read.layouts import date_of, report_period

ROOT = Path(__file__).resolve().parents[1]

# (a line, the year and month of the page's date it gives, or None)
LINES = [
    ("发布时间:2010-09-18 00:00 信息来源:重点项目建设战役指挥部办公室 点击数:{{ pvCount }} 字号:【 大 中 小 】 打印本页",
     ("2010", "09")),
    ("来源: 卫健委 发布时间:2020-11-06 16:49 累计次数: 字体:[ 大 中 小 ] 打印 关闭 分享到微信朋友圈",
     ("2020", "11")),
    ("湖南省人民政府门户网站 www.hunan.gov.cn 发布时间: 2019-10-25 09:28 【字体:大 中 小】 打印 关闭",
     ("2019", "10")),
    ("发布日期:2016-09-02 |", ("2016", "09")),  # short: any date on it
    # A long sentence dates an event, not the page.
    ("全市2019年10月完成投资3亿元，比上年同期增长12%，其中民间投资占比达到45%，较上月提升2个百分点，各项工作进展顺利。",
     None),
    ("据统计，截至2019年10月底，全区累计完成投资213.3亿元，占年度计划的86.5%，各项目建设时间：2019年全年，进展顺利。",
     None),
    # Reader pass 13: a date line written day first, as some news portals print it.
    ("03.07.2015 16:16", ("2015", "07")),
    ("25.08.2016  19:33", ("2016", "08")),
    ("31.12.2019", ("2019", "12")),
    ("13.13.2015", None),  # no month 13: no date
]


@pytest.mark.parametrize(("line", "date"), LINES, ids=[line[:16] for line, _ in LINES])
def test_date_of(line: str, date: tuple[str, str] | None) -> None:
    m = date_of(line)
    assert (m.groups()[:2] if m else None) == date


def test_a_long_date_line_gives_the_year_of_a_title_without_one() -> None:
    lines = ["我区1-8月重点项目固投超序时进度7.33个百分点", "",
             LINES[0][0], "我区1-8月份完成重点项目固定资产投资23.68亿元,占年计划74%。"]
    period, notes = report_period(lines)
    assert str(period) == "2010-08" and "page's year" in notes[0]


# Year-end accounts: (the opening lines, the report period read). Figures through the end of
# December are the whole year's; a page of January with no year of its own reports on the year
# before; a December day short of the month's end is still that month's account.
YEAR_END = [
    (["省会全部完成利民惠民十件实事",
      "任务目标:新扩建50所公办标准化幼儿园。 进展情况:截至2014年12月底,50所幼儿园项目已完工。"],
     "2014"),
    (["截止2019年12月31日,市委、市人民政府“十件实事”涉及的16项工作任务全面完成。"], "2019"),
    (["2021年1-12月全县重点项目完成情况"], "2021"),
    (["去年承诺的15件民生实事全完成了", "2015年01月23日 来源:", "齐鲁晚报"], "2014"),
    (["2015年重点项目推进情况", "2016-01-20 来源:市发改委"], "2015"),  # the title's year stands
    (["记者从近日召开的两会上获悉,截至2021年12月17日,十件惠民实事全部完成。"], "2021-12"),
    (["全市重点项目进展情况", "2020-12-27 来源:市发改委"], "2020-12"),
    (["全市重点项目进展情况", "2020-06-16 来源:市发改委"], "2020-06"),
]


@pytest.mark.parametrize(("lines", "period"), YEAR_END, ids=[ls[0][:12] for ls, _ in YEAR_END])
def test_year_end_accounts(lines: list[str], period: str) -> None:
    found, notes = report_period(lines)
    assert str(found) == period, notes


# A sentence leading with its year and a comma gives the year the account covers (ninth
# collection: 厦门 2020 全年 after a dateline, 绵阳 2013 全年 then 截至12月底); a title's year
# stands, and a data period in that year is read from it. (opening lines, the period read)
YEAR_LEADS = [
    (["东海:重点项目建设跑出好成绩",
      "东海网1月10日讯(记者 某某)2021年,东海市80个重点项目完成投资300亿元,完成年度计划的110%。"],
     "2021"),
    (["2019年,南山县重点项目圆满完成全年目标任务。",
      "截至12月底,60个重点项目已全部开工,完成投资52亿元。"], "2019"),
    (["2019年,南山县计划实施重点项目60个。", "1-6月,完成投资30亿元,占年度计划的55%。"], "2019-06"),
    (["2022年重点项目进展情况", "2021年,全县完成投资80亿元。"], "2022"),  # the title's year
    # A year inside a sentence, not leading it, gives nothing.
    (["南山县重点项目进展", "全县重点项目建设进展顺利,各项目单位抓紧推进前期工作和施工组织,"
      "落实要素保障,协调解决用地、资金等困难和问题,全县重点项目计划于2019年,全部开工建设。"], "None"),
    # Reader pass 13: a sentence whose subject opens with its year, no comma, gives the year of
    # the data period said after it without one ...
    (["全区重大项目推进情况", "2018年是全面贯彻落实党的十九大精神的开局之年,也是决胜全面建成小康社会"
      "的关键之年。2018年全区共组织实施重大项目120项,年度计划投资300亿元。",
      "根据调度情况,1至5月累计完成投资80亿元,完成年度计划的26.7%。"], "2018-05"),
    # ... but alone it is no whole-year account (a page of August on the year's tasks would be
    # judged against the year's pace) ...
    (["二、工作进展:", "2022年度重点任务继续实行专班推进模式,各工作专班由分管领导任组长,明确责任"
      "分工,细化推进措施,集中力量攻坚,各项任务总体进展顺利。"], "None"),
    (["二、工作进展:", "2022年度重点任务继续实行专班推进模式,各工作专班由分管领导任组长,明确责任"
      "分工,细化推进措施,集中力量攻坚,截至9月底各项任务总体进展顺利。"], "2022-09"),
    # ... and a deadline, a starting point or a date opening a sentence gives no year at all.
    (["南山县重点项目进展", "2020年底前全部建成投用,目前各项目已完成主体工程,正在抓紧推进附属设施"
      "建设和设备安装调试,确保按期交付使用,各责任单位要倒排工期、挂图作战。"], "None"),
    (["南山县重点项目进展", "2016年以来,全县累计建成重点项目80个,完成投资500亿元,有力支撑了全县"
      "经济社会发展,项目建设呈现良好态势,为高质量发展提供了有力支撑。"], "None"),
    (["南山县重点项目进展", "2019年4月全县召开重点项目推进会,会议要求各项目单位抓紧推进前期工作和"
      "施工组织,落实要素保障,协调解决用地资金等问题。"], "None"),
]


@pytest.mark.parametrize(("lines", "period"), YEAR_LEADS, ids=[ls[0][:12] for ls, _ in YEAR_LEADS])
def test_a_sentence_leading_with_its_year(lines: list[str], period: str) -> None:
    found, notes = report_period(lines)
    assert str(found) == period, notes


# Reader pass 13: a whole year's account whose opening says its figures run to December's end
# gives the data month December as well; a year named alone says nothing of how far the figures
# run. (the text, the period, the data month)
_ITEMS = "全市新建幼儿园10所，完成年度任务的100%。\n全市新增城镇就业2.1万人，完成年度目标的105%。"
YEAR_END_MONTHS = [
    (f"2019年全市民生实事完成情况\n截至12月底，{_ITEMS}", "2019", "2019-12"),
    (f"全市民生实事完成情况\n截止2019年12月31日，{_ITEMS}", "2019", "2019-12"),
    (f"2019年全市民生实事完成情况\n1-12月，{_ITEMS}", "2019", "2019-12"),
    # A year named alone: once None (pass 13: it says nothing of how far the figures run); since
    # the corpus conventions of 2026-11-28 a whole year's report has the data month December, said
    # among the warnings (reader pass 16).
    (f"2019年全市民生实事完成情况\n{_ITEMS}", "2019", "2019-12"),
    # Data to a day in December: the year (periods pass 2: one spelling for data through December;
    # was "2019-12").
    (f"2019年全市民生实事完成情况\n截至12月20日，{_ITEMS}", "2019", "2019-12"),
    # Reader pass 16: an account of a year published once the year is over runs to December's end;
    # a date line in the year itself is that month's account.
    (f"2021年度市政府绩效任务完成情况汇总表\n日期: 2022-01-10 15:25\n{_ITEMS}", "2021", "2021-12"),
    (f"某市2019年民生实事完成情况的通报\n发布时间:2020-01-28 08:33 信息来源:某市人民政府\n{_ITEMS}",
     "2019", "2019-12"),
    (f"某市圆满完成2018年民生实事任务\n更新时间:2019-03-23 信息来源:某网\n{_ITEMS}", "2018",
     "2018-12"),
    (f"2019年全市民生实事完成情况\n发布时间:2019-11-28\n{_ITEMS}", "2019-11", "2019-11"),
]


@pytest.mark.parametrize(("text", "period", "month"), YEAR_END_MONTHS,
                         ids=[t.split("\n")[1][:10] for t, _, _ in YEAR_END_MONTHS])
def test_a_year_end_account_gives_its_data_month(text: str, period: str, month: str | None) -> None:
    import zqmetrics as zq

    frame = zq.read_report(text)
    assert (frame.attrs["period"], frame.attrs["data_month"]) == (period, month)
    assert set(frame["data_month"]) == {month}


# Reader pass 13: a day-first date line dates a data phrase said without its year, and figures
# as they stand (截至目前) under a title naming the year only. (opening lines, the period)
DAY_FIRST = [
    (["前4月某省重点项目建设完成投资4213.7亿元", "09.06.2017  11:27",
      "记者近日从省发改委获悉,前4月,全省重点项目建设平稳推进,累计完成投资4213.7亿元。"], "2017-04"),
    (["某县2015年重点民生项目开工率98%", "03.07.2015 16:16", "本文来源: 某某网",
      "截至目前,某县已开工项目45个,开工率98%;累计完成投资6亿元,完成全年计划投资的71.62%。"],
     "2015-07"),
]


@pytest.mark.parametrize(("lines", "period"), DAY_FIRST, ids=[ls[1][:10] for ls, _ in DAY_FIRST])
def test_a_day_first_date_line(lines: list[str], period: str) -> None:
    found, notes = report_period(lines)
    assert str(found) == period, notes


# Reader pass 13: a year figures are compared with is not the year of the account; a data
# phrase said without its year takes the page's. (opening lines, the period read)
COMPARED = [
    (["全市重点项目建设平稳推进", "2017-06-09 来源:某某日报",
      "前4月重点项目建设呈现的特点是:项目完成投资较快,与2016年同期相比,投资额增长15.4%,投资进度快1.5个百分点。"],
     "2017-04"),
    (["全市重点项目进展情况", "2017-07-24 来源:市政府办公室",
      "截至6月底，全市房地产库存去化周期19.1个月，比2016年底减少2.7个月，去库存成效明显，各项指标总体向好。"],
     "2017-06"),
    (["全市重点项目进展情况", "2021-05-20 来源:市发改委",
      "1-4月，全市重点项目完成投资273.2亿元，同比增长24.4%，比2019年同期增长45.4%，各项目进展顺利。"],
     "2021-04"),
    # A year of the account after the phrase still gives it its year.
    (["全市重点项目进展情况", "截至6月底,2023年16件市办实事总体进展良好,基本实现时间、任务“双过半”。"],
     "2023-06"),
]


@pytest.mark.parametrize(("lines", "period"), COMPARED, ids=[ls[-1][:10] for ls, _ in COMPARED])
def test_a_compared_year_is_not_the_accounts(lines: list[str], period: str) -> None:
    found, notes = report_period(lines)
    assert str(found) == period, notes


# Reader pass 13: the one year the opening names, wherever, gives a data phrase said without a
# year its year; a year figures are compared with or a plan runs to is not counted, and two
# years give none. (opening lines, the period read)
ONLY_YEARS = [
    (["截至10月底 某市重点项目完成投资161.0亿", "30日上午,自治区政府新闻办召开某市2017年经济社会发展重点项目新闻发布会,"
      "介绍2017年某市经济社会发展和重点项目建设情况。",
      "记者从新闻发布会上获悉,截至10月底,全市已开复工项目超出年初计划15个,开工率达到102.6%,各项目进展顺利。"],
     "2017-10"),
    (["某省重大项目进展情况", "近日,记者从省发展和改革委员会获悉,今年1至9月,1775个省级重大项目年度计划投资完成率84.48%、"
      "同比提高10.62个百分点,对全省投资的支撑率为37.76%。",
      "某新材料有限公司20万吨高精铝板带项目已于2025年9月建成投产,达产后预计可实现年产值约70亿元,提供就业岗位500余个。"],
     "2025-09"),
    (["某省重大项目进展情况", "近日,记者从省发展和改革委员会获悉,今年1至9月,1775个省级重大项目年度计划投资完成率84.48%、"
      "比2019年同期提高10.62个百分点,力争到2026年全部建成,对全省投资的支撑率为37.76%,各项目进展顺利。"], "None"),
    (["某省重大项目进展情况", "近日,记者从省发展和改革委员会获悉,今年1至9月,全省重大项目年度计划投资完成率84.48%,"
      "对全省投资的支撑率为37.76%,各项目进展顺利。",
      "分年度看,2023年开工的项目已全部投产,2024年开工的项目完成投资的九成,投资结构持续优化,后劲明显增强,"
      "为全年目标任务的完成打下了坚实基础。"],
     "None"),
]


@pytest.mark.parametrize(("lines", "period"), ONLY_YEARS, ids=[ls[0][:8] for ls, _ in ONLY_YEARS])
def test_the_one_year_of_the_opening(lines: list[str], period: str) -> None:
    found, notes = report_period(lines)
    assert str(found) == period, notes


def test_a_work_report_dated_after_its_year_reads() -> None:
    # Reader pass 16: a work report read as prose keeps no month per row; the year's end is said
    # on the frame only (it once raised KeyError: 'data_month').
    import zqmetrics as zq

    source = ROOT / "data" / "work-reports-2026" / "hainan-2026.txt"
    body = source.read_text(encoding="utf-8").split("# ---- begin stored text ----\n", 1)[1]
    frame = zq.read_report("2025年政府工作报告\n发布时间:2026-02-01 信息来源:某省人民政府\n" + body)
    assert (frame.attrs["period"], frame.attrs["data_month"]) == ("2025", "2025-12")
    assert len(frame) > 100


# Reader pass 16: a report says its period first. The opening's first period phrase without a
# year (a title's month above the first sentence, a data phrase anywhere) is the report's; a later
# line with a year, or the page's date line, gives the year only. A short line after the first
# sentence dates an event. (opening lines, the period)
FIRST_PHRASES = [
    (["重点项目百日会战9月份推进情况", "30.10.2015  14:07",
      "自7月27日启动至9月底,全面推进的8683个项目共到位资金2558.5亿元,占目标任务的46.7%。"], "2015-09"),
    (["基本情况", "全县重点建设项目共143个,1-10月完成投资46.9亿元,占年度目标任务的60%。",
      "市级重点项目进展情况:2012年我县市级重点项目15个,年度计划投资21.3亿元。1-9月,15个市级重点项目完成"
      "投资17.48亿元。"], "2012-10"),
    (["全区重点项目进展情况", "发布时间:2021-10-12", "截至9月底,全区完成投资5亿元。"], "2021-09"),
    (["1-9月,全区完成投资5亿元,占年度计划的80%。", "2021年1-9月,全区新增就业1.2万人。"], "2021-09"),
    (["2025年街道民生实事项目总体进展良好", "目前正在有序推进", "对路灯进行刷漆出新,该项目已于3月完成。",
      "春塘社区居家养老服务站于2月开始运营"], "2025"),
]


@pytest.mark.parametrize(("lines", "period"), FIRST_PHRASES, ids=[ls[0][:10] for ls, _ in FIRST_PHRASES])
def test_the_first_period_phrase_is_the_reports(lines: list[str], period: str) -> None:
    found, notes = report_period(lines)
    assert str(found) == period, notes


def test_a_whole_year_without_a_month_says_its_december() -> None:
    import zqmetrics as zq

    said = zq.read_report(f"2019年全市民生实事完成情况\n{_ITEMS}").attrs["warnings"]
    assert any("2019-12" in w and "names no month" in w for w in said)
    dated = zq.read_report(f"2019年全市民生实事完成情况\n截至12月底，{_ITEMS}").attrs["warnings"]
    assert not any("names no month" in w for w in dated)
