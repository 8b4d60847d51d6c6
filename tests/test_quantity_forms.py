"""Quantity forms of issue 14: one example table per class, properties, and the judgement they feed.

Provenance: every row is written for this table in the language of progress reports and 督查
bulletins (no row is copied from a report; none comes from a reserved one). The expectations were
written by reading each clause. Row format as in ``test_quantities.py``:
``(clause, [(surface, value, value_max, unit, comparator), ...])``, values as decimal strings with
the magnitude folded in, compared as ``Decimal``. A fall keeps its sign (下降3.8% is -3.8).
Rows the code gets wrong are strict xfails with the reason.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_quantities import NOT_QUANTITIES_SYNTHETIC

import zqmetrics as zq
from zqmetrics.judge.targets import assess_target
from zqmetrics.text.numerals import parse_number
from zqmetrics.text.quantity import quantities


def xfail(clause, expected, reason):
    return pytest.param(clause, expected, marks=pytest.mark.xfail(strict=True, reason=reason), id=clause)


def rows(table):
    return [r if hasattr(r, "values") else pytest.param(*r, id=r[0]) for r in table]


def check(clause: str, expected: list[tuple]) -> None:
    found = quantities(clause)
    for q in found:
        assert q.text == clause[q.start : q.end]
    got = [(q.text, q.amount, q.amount_max, q.unit, q.comparator) for q in found]
    want = [
        (text, Decimal(v), None if vmax is None else Decimal(vmax), unit, comparator)
        for text, v, vmax, unit, comparator in expected
    ]
    assert got == want


# --- Ranges with the magnitude or unit written once ----------------------------------------------
RANGES = [
    ("力争完成投资1-3亿元", [("1-3亿元", "1e8", "3e8", "元", "range")]),
    ("年度计划投资3000-5000万元", [("3000-5000万元", "3000e4", "5000e4", "元", "range")]),
    ("建成标准化厂房5—8万平方米", [("5—8万平方米", "5e4", "8e4", "平方米", "range")]),
    ("每个街道打造示范点10至15个", [("10至15个", "10", "15", "个", "range")]),
    ("每个社区培育志愿服务品牌一到两个", [("一到两个", "1", "2", "个", "range")]),
    ("规上工业增加值增长8%—10%", [("8%—10%", "8", "10", "%", "range")]),
    ("对单笔1万(含)-5万元的贷款给予贴息", [("1万(含)-5万元", "1e4", "5e4", "元", "range")]),
    ("新增绿地面积2~3公顷", [("2~3公顷", "2", "3", "公顷", "range")]),
    ("每年安排专项资金十至二十万元", [("十至二十万元", "10e4", "20e4", "元", "range")]),
    ("单个项目补助50-100万元", [("50-100万元", "50e4", "100e4", "元", "range")]),
    ("引进高层次人才5000万-1亿元的项目给予奖励", [("5000万-1亿元", "5000e4", "1e8", "元", "range")]),
    # 千米 is a unit of its own (see test_lexicon): 3—5千米 is 3 to 5 千米, not 3000 to 5000 米.
    ("新建改建农村公路3—5千米", [("3—5千米", "3", "5", "千米", "range")]),
]

# --- Approximate magnitudes --------------------------------------------------------------------------
APPROXIMATE = [
    ("全年完成投资500多亿元", [("500多亿元", "500e8", None, "元", "at_least")]),
    ("带动10余万人就业", [("10余万人", "10e4", None, "人", "at_least")]),
    ("发放补贴二十多万元", [("二十多万元", "20e4", None, "元", "at_least")]),
    ("撬动社会资本数十亿元", [("数十亿元", "20e8", "90e8", "元", "range")]),
    ("吸引上千人参加招聘会", [("千人", "1000", None, "人", "at_least")]),
    ("近百家企业参与对接活动", [("百家", "100", None, "家", "about")]),
    ("走访企业十几家", [("十几家", "11", "19", "家", "range")]),
    ("组织10来个部门联合检查", [("10来个", "10", None, "个", "about")]),
    ("参与群众过万人次", [("万人次", "1e4", None, "人次", "at_least")]),
    ("惠及群众逾万人", [("万人", "1e4", None, "人", "at_least")]),
    ("培训几百人次", [("几百人次", "200", "900", "人次", "range")]),
    ("累计投入数百万元", [("数百万元", "200e4", "900e4", "元", "range")]),
    ("新增就业1万多人", [("1万多人", "1e4", None, "人", "at_least")]),
    ("发放消费券二十几万元", [("二十几万元", "21e4", "29e4", "元", "range")]),
    ("十来个部门参与联合执法", [("十来个", "10", None, "个", "about")]),
]

# --- Mixed groups and colloquial numerals --------------------------------------------------------------
MIXED_GROUPS = [
    ("新增充电桩3万4000个", [("3万4000个", "34000", None, "个", "exact")]),
    ("培训农民工1万2千人", [("1万2千人", "12000", None, "人", "exact")]),
    ("完成改造两万三千户", [("两万三千户", "23000", None, "户", "exact")]),
    ("完成固定资产投资1亿2000万元", [("1亿2000万元", "1.2e8", None, "元", "exact")]),
    ("全年接待游客一万三人次", [("一万三人次", "13000", None, "人次", "exact")]),
    ("发放慰问金两千六元", [("两千六元", "2600", None, "元", "exact")]),
    ("清理垃圾三百五吨", [("三百五吨", "350", None, "吨", "exact")]),
    ("共排查隐患一万零三处", [("一万零三处", "10003", None, "处", "exact")]),
    ("完成造林2万5000亩", [("2万5000亩", "25000", None, "亩", "exact")]),
    ("新增城镇就业1万2000人", [("1万2000人", "12000", None, "人", "exact")]),
    ("实现销售收入3亿5千万元", [("3亿5千万元", "3.5e8", None, "元", "exact")]),
]

# --- Signs and directions ---------------------------------------------------------------------------
SIGNS = [
    ("规上工业增加值增长-3.8%", [("-3.8%", "-3.8", None, "%", "exact")]),
    ("社会消费品零售总额负增长2.1%", [("2.1%", "-2.1", None, "%", "exact")]),
    ("单位地区生产总值能耗下降3.8%", [("3.8%", "-3.8", None, "%", "exact")]),
    ("化肥使用量减少200吨", [("200吨", "-200", None, "吨", "exact")]),
    ("城镇调查失业率同比下降了0.3个百分点", [("0.3个百分点", "-0.3", None, "个百分点", "exact")]),
    ("一般公共预算收入同比降3.2%", [("3.2%", "-3.2", None, "%", "exact")]),
    ("亏损企业亏损额降幅为12.5%", [("12.5%", "-12.5", None, "%", "exact")]),
    ("细颗粒物平均浓度下降5%以上", [("5%", "-5", None, "%", "at_least")]),
    ("实际物流成本下降至15%左右", [("15%", "15", None, "%", "about")]),
    ("城镇登记失业率下降为3.5%", [("3.5%", "3.5", None, "%", "exact")]),
    ("出口总额同比回落4.6个百分点", [("4.6个百分点", "-4.6", None, "个百分点", "exact")]),
    ("固定资产投资增长5.2%", [("5.2%", "5.2", None, "%", "exact")]),
    ("各项指标增减3%以内", [("3%", "3", None, "%", "at_most")]),
    ("全年粗钢产能压减30万吨", [("30万吨", "-30e4", None, "吨", "exact")]),
    ("PM2.5浓度下降3-5个百分点", [("3-5个百分点", "-5", "-3", "个百分点", "range")]),
]

# --- 成, fractions and per-mille ---------------------------------------------------------------------
SHARES = [
    ("九成以上村庄实现生活垃圾分类", [("九成", "90", None, "%", "at_least")]),
    ("七成企业已复工复产", [("七成", "70", None, "%", "exact")]),
    ("力争八成五的问题当年整改到位", [("八成五", "85", None, "%", "at_least")]),
    ("三分之一以上的乡镇建成综合文化站", [("三分之一", str(Decimal(100) / 3), None, "%", "at_least")]),
    ("新生儿死亡率控制在千分之五以内", [("千分之五", "5", None, "‰", "at_most")]),
    ("事故死亡率降至万分之三", [("万分之三", "0.03", None, "%", "exact")]),
    ("百分之五十以上的社区建成嵌入式服务设施", [("百分之五十", "50", None, "%", "at_least")]),
    ("四分之三的行政村通达公交", [("四分之三", "75", None, "%", "exact")]),
    ("市场主体满意度提高一成", [("一成", "10", None, "%", "exact")]),
    ("两成以上的项目延期开工", [("两成", "20", None, "%", "at_least")]),
    ("五分之二的资金用于基层", [("五分之二", "40", None, "%", "exact")]),
    ("新成立3个产业联盟", [("3个", "3", None, "个", "exact")]),
]

# --- 一 with a real unit ----------------------------------------------------------------------------------
ONE = [
    ("新建绿道一公里", [("一公里", "1", None, "公里", "exact")]),
    ("回收废旧农膜一吨", [("一吨", "1", None, "吨", "exact")]),
    ("完成投资一亿元", [("一亿元", "1e8", None, "元", "exact")]),
    ("每个村建设口袋公园一到五个", [("一到五个", "1", "5", "个", "range")]),
    ("新增绿化面积一公顷", [("一公顷", "1", None, "公顷", "exact")]),
    ("补植苗木一亩", [("一亩", "1", None, "亩", "exact")]),
    ("每户补助一万元", [("一万元", "1e4", None, "元", "exact")]),
    ("谋划实施一批重点项目", []),
    ("推行一户一表改造", []),
    ("织密城市安全一张网", []),
    ("打通城市道路最后一公里", []),
    ("开展一次专项检查", []),
]

# --- Money ------------------------------------------------------------------------------------------------
MONEY = [
    ("人均每日伙食补助50元6角", [("50元6角", "50.6", None, "元", "exact")]),
    ("每张门票优惠2元5角", [("2元5角", "2.5", None, "元", "exact")]),
    ("每吨水价上调0元3角5分", [("0元3角5分", "0.35", None, "元", "exact")]),
    ("项目总金额¥1,200万", [("¥1,200万", "1200e4", None, "元", "exact")]),
    ("合同金额￥580000元", [("￥580000元", "580000", None, "元", "exact")]),
    ("每人每月补贴100块钱", [("100块钱", "100", None, "块钱", "exact")]),
    ("拨付资金壹万圆整", [("壹万圆", "1e4", None, "圆", "exact")]),
    ("实际使用外资3.73亿美元", [("3.73亿美元", "3.73e8", None, "美元", "exact")]),
    ("签约港资项目总投资5亿港元", [("5亿港元", "5e8", None, "港元", "exact")]),
    ("对欧出口额1200万欧元", [("1200万欧元", "1200e4", None, "欧元", "exact")]),
    ("日资企业追加投资20亿日元", [("20亿日元", "20e8", None, "日元", "exact")]),
    ("新设外资企业注册资本800万美金", [("800万美金", "800e4", None, "美金", "exact")]),
]

# --- Not quantities (rows in test_quantities.NOT_QUANTITIES_SYNTHETIC, so the lexicon tests see them)
NOT_QUANTITIES = [r for r in NOT_QUANTITIES_SYNTHETIC if "%" in r[0] or r[0] in {
    "打通服务群众“最后一公里”,推动资源下沉", "在各服务窗口前设置一米线", "推动投资主体一元化管理",
    "1月1日元旦期间开展节日安全检查", "坚持因地制宜,不搞一成不变的模式", "组织中小学生赴五台山开展研学活动",
    "接待陆家嘴金融城企业来访", "三元区考察团来我区学习交流", "组织志愿者沿河拾起垃圾", "与三门峡市签订合作协议",
    "七台河市对口合作工作稳步推进", "三里河片区完成房屋征收",
}]
KNOWN_FAILURES = [
    xfail("兴隆三村气模综合体育馆", [], "a numbered village (兴隆三村) reads as 3 村; no general rule tells it from a count"),
]

CLASSES = {
    "ranges": RANGES,
    "approximate": APPROXIMATE,
    "mixed_groups": MIXED_GROUPS,
    "signs": SIGNS,
    "shares": SHARES,
    "one": ONE,
    "money": MONEY,
    "not_quantities": NOT_QUANTITIES,
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_class_has_at_least_ten_rows(name):
    assert len(CLASSES[name]) >= 10


@pytest.mark.parametrize(("clause", "expected"), rows(RANGES))
def test_ranges(clause, expected):
    check(clause, expected)


@pytest.mark.parametrize(("clause", "expected"), rows(APPROXIMATE))
def test_approximate(clause, expected):
    check(clause, expected)


@pytest.mark.parametrize(("clause", "expected"), rows(MIXED_GROUPS))
def test_mixed_groups(clause, expected):
    check(clause, expected)


@pytest.mark.parametrize(("clause", "expected"), rows(SIGNS))
def test_signs(clause, expected):
    check(clause, expected)


@pytest.mark.parametrize(("clause", "expected"), rows(SHARES))
def test_shares(clause, expected):
    check(clause, expected)


@pytest.mark.parametrize(("clause", "expected"), rows(ONE))
def test_one_with_a_unit(clause, expected):
    check(clause, expected)


@pytest.mark.parametrize(("clause", "expected"), rows(MONEY))
def test_money(clause, expected):
    check(clause, expected)


@pytest.mark.parametrize(("clause", "expected"), rows(NOT_QUANTITIES))
def test_not_quantities(clause, expected):
    check(clause, expected)


@pytest.mark.parametrize(("clause", "expected"), rows(KNOWN_FAILURES))
def test_known_failures(clause, expected):
    check(clause, expected)


def test_foreign_money_never_becomes_yuan():
    (q,) = quantities("实际使用外资3.73亿美元")
    with pytest.raises(Exception, match="(?i)dimensionality|cannot convert"):
        q.to_pint().to("yuan")


# --- Properties ------------------------------------------------------------------------------------------

_small = st.integers(min_value=1, max_value=9999)


@settings(max_examples=150, deadline=None)
@given(_small, _small, st.sampled_from(["万", "亿"]), st.sampled_from(["-", "—", "~", "至", "到"]))
def test_magnitude_once_reads_as_magnitude_twice(a, b, magnitude, dash):
    a, b = sorted((a, b))
    if a == b:
        b += 1
    once = quantities(f"完成投资{a}{dash}{b}{magnitude}元")
    twice = quantities(f"完成投资{a}{magnitude}{dash}{b}{magnitude}元")
    assert [(q.amount, q.amount_max, q.unit, q.comparator) for q in once] == [
        (q.amount, q.amount_max, q.unit, q.comparator) for q in twice
    ]
    assert len(once) == 1 and once[0].amount < once[0].amount_max


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(["个", "人", "元", "户"]),
)
def test_mixed_groups_equal_their_sum(high, low, unit):
    (q,) = quantities(f"新增{high}万{low}{unit}")
    assert q.amount == high * 10_000 + low
    assert parse_number(f"{high}万{low}") == Decimal(high * 10_000 + low)


@settings(max_examples=150, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99.9"), places=1),
    st.sampled_from(["下降", "降低", "减少", "同比下降", "负增长", "回落"]),
    st.sampled_from(["%", "个百分点"]),
)
def test_a_fall_keeps_its_direction(size, word, unit):
    (fall,) = quantities(f"能耗{word}{size}{unit}")
    (rise,) = quantities(f"能耗增长{size}{unit}")
    (minus,) = quantities(f"能耗增长-{size}{unit}")
    assert fall.amount == minus.amount == -rise.amount == -size


_FORMS = list("0123456789.,%-—~ 万亿千百十零一二两三四五六七八九余多来几数上逾近成分之角元¥￥块钱圆美港欧日个人吨亩%下降减少负增长至到为了()含")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_FORMS), max_size=40))
def test_quantities_never_raises_and_spans_index_the_input(text):
    found = quantities(text)
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert q.text == text[q.start : q.end]
        assert q.amount_max is None or q.amount < q.amount_max
        assert q.comparator in ("exact", "at_least", "at_most", "about", "range")


# --- Through the public API: what the forms change in a judgement ------------------------------------------


def _judge(task: str, progress: str, month: int = 6):
    targets = zq.extract_targets(task)
    actuals = zq.extract_actuals(progress, targets, report_year=2025)
    return [assess_target(i, t, actuals, month) for i, t in enumerate(targets)]


def test_a_range_in_yi_is_not_done_by_five_thousand_wan():
    (a,) = _judge("力争完成投资1-3亿元。", "1-6月份,累计完成投资5000万元。")
    assert a.target.quantity.amount == Decimal("1e8")
    assert a.status != "done"
    assert a.completion == Decimal("0.5")


def test_a_range_in_yi_is_done_when_the_lower_end_is_reached():
    (a,) = _judge("力争完成投资1-3亿元。", "截至6月底,累计完成投资1.2亿元。")
    assert a.status == "done"


@pytest.mark.parametrize(
    ("progress", "status"),
    [
        ("1-6月份,单位地区生产总值能耗同比下降6%。", "on_track"),  # a fall larger than 5%: reached
        ("1-6月份,单位地区生产总值能耗同比下降5%。", "on_track"),
        ("1-6月份,单位地区生产总值能耗同比下降3.8%。", "lagging"),  # too small a fall
        ("1-6月份,单位地区生产总值能耗同比增长2%。", "lagging"),  # a rise is no fall at all
    ],
    ids=["fall 6", "fall 5", "fall 3.8", "rise 2"],
)
def test_a_fall_target_is_judged_by_the_size_of_the_fall(progress, status):
    (a,) = _judge("单位地区生产总值能耗下降5%。", progress)
    assert a.target.quantity.amount == Decimal(-5)
    assert a.status == status


@pytest.mark.parametrize(
    ("task", "progress", "completion"),
    [
        ("化肥使用量减少200吨。", "1-6月份,累计减少化肥使用量150吨。", "0.75"),
        ("减少化肥使用量200吨。", "1-6月份,化肥使用量累计减少80吨。", "0.4"),
        ("城镇调查失业率下降0.5个百分点。", "1-6月份,城镇调查失业率下降0.3个百分点。", "0.6"),
        ("城镇调查失业率下降0.5个百分点。", "1-6月份,城镇调查失业率提高0.3个百分点。", "-0.6"),
    ],
    ids=["cut as amount", "cut as fall", "pp fall", "pp rise against a fall"],
)
def test_a_cut_counts_by_its_size(task, progress, completion):
    (a,) = _judge(task, progress)
    assert a.completion == Decimal(completion)
